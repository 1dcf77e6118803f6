# -*- coding: utf-8 -*-
from common import *
from data import P3
S = Site("lambinh_egov_htm", {"name": "Trang thông tin điện tử huyện Lâm Bình", "district": "Lâm Bình", "province": "Tuyên Quang", "platform": "VNPT eGov CMS (HTML5, /<slug>-<id>.htm)"})
slugs = {"c1": "lam-binh-ty-le-ho-so-truc-tuyen-toan-trinh-dat-62-4-trong-9-thang-2207", "c2": "ket-qua-chi-so-par-index-nam-2023-lam-binh-dat-84-12-diem-1984",
 "c3": "le-hoi-long-tong-xa-thuong-lam-thu-hut-hang-nghin-du-khach-2315", "c4": "huyen-lam-binh-trien-khai-tiem-vac-xin-soi-cho-tre-em-2260",
 "c5": "phat-trien-du-lich-cong-dong-gan-voi-ho-na-hang-2148", "c6": "khanh-thanh-diem-truong-mam-non-thon-khuoi-cung-2279"}
paths = {k: f"/{v}.htm" for k, v in slugs.items()}
A = {a["key"]: a for a in P3}
hm = {"c1": "09:50", "c2": "14:05", "c3": "17:22", "c4": "08:30", "c5": "10:00", "c6": "15:45"}
vc = {"c1": "1.872", "c2": "963", "c3": "2.410", "c4": "517", "c5": "734", "c6": "388"}
order = sorted(A, key=lambda k: A[k]["date"], reverse=True)

def page(title, main, path, desc=""):
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><meta name="description" content="{html.escape(desc)}"><link rel="canonical" href="http://{{{{HOST}}}}{esc(path)}">
<meta property="og:url" content="http://{{{{HOST}}}}{esc(path)}"><link rel="stylesheet" href="/Content/egov/css/site.min.css"></head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/Content/egov/images/quoc-huy.png" alt=""> <span>ỦY BAN NHÂN DÂN HUYỆN LÂM BÌNH</span><small>TRANG THÔNG TIN ĐIỆN TỬ</small></a>
<form class="search" action="/tim-kiem.htm"><input name="q" placeholder="Nhập từ khóa"></form></div>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.htm">Giới thiệu</a></li><li><a href="/tin-tuc-su-kien.htm">Tin tức - Sự kiện</a></li><li><a href="/lien-he.htm">Liên hệ</a></li><li><a href="/dich-vu-cong-truc-tuyen.htm">Dịch vụ công</a></li></ul></nav></header>
<div class="container page-body"><main>{main}</main>
<aside class="sidebar">
<section class="widget"><h3 class="widget-title">Tin đọc nhiều</h3><ol>{"".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a></li>' for k in ["c3", "c1", "c5"])}</ol></section>
<section class="widget"><h3 class="widget-title">Video clip</h3><video controls src="/Uploads/video/lam-binh-que-huong-toi.mp4"></video></section>
<section class="widget counter"><h3 class="widget-title">Thống kê truy cập</h3><p>Đang truy cập: <b>18</b></p><p>Hôm nay: <b>1.024</b></p><p>Tổng lượt truy cập: <b>3.482.119</b></p></section>
</aside></div>
<footer class="site-footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LÂM BÌNH - TỈNH TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Lâm Bình. Địa chỉ: Thôn Bản Khiển, xã Lăng Can, huyện Lâm Bình. Điện thoại: 0207.3938.999</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Tuyên Quang cấp. © Bản quyền thuộc về UBND huyện Lâm Bình</p></div></footer>
<script src="/Content/egov/js/site.min.js"></script></body></html>'''

for k, a in A.items():
    rel = [x for x in order if x != k][:4]
    lead = f'<h2 class="sapo">{esc(a["lead"])}</h2>' if a["lead"] else ""
    cat = "Cải cách hành chính" if k in ("c1", "c2") else "Tin tức - Sự kiện"
    main = f'''<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien.htm">Tin tức - Sự kiện</a></nav>
<article class="post-detail">
<div class="post-cat">{cat}</div>
<h1 class="post-title">{esc(a["title"])}</h1>
<div class="post-meta"><time>{dmy(a["date"])} - {hm[k]}</time> <span class="views" title="Lượt xem"><i class="icon-eye"></i> {vc[k]}</span>
<div class="share">Chia sẻ: <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="copy">Sao chép liên kết</a></div></div>
{lead}
<div class="post-content">
{body_html(a["paras"], tcls="table")}
</div>
<div class="post-tools"><a href="javascript:window.print()">In bài viết</a> <a href="mailto:?body=">Gửi email</a> <a href="javascript:history.back()">Quay lại</a></div>
<div class="rating">Đánh giá bài viết: <span class="stars">★★★★★</span> <span class="rating-count">(0 lượt đánh giá)</span></div>
<footer class="post-related"><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="{paths[x]}">{esc(A[x]["title"])}</a> <time>{dmy(A[x]["date"])}</time></li>' for x in rel)}</ul></footer>
</article>'''
    S.add(paths[k], slugs[k] + ".html", page(a["title"], main, paths[k], (a["lead"] or a["paras"][0])[:150]), article=a)

def listing(keys, pag):
    items = "".join(f'<article class="post-item"><a href="{paths[k]}"><img src="/Uploads/images/{slugs[k][-4:]}.jpg" alt=""></a><h3><a href="{paths[k]}">{esc(A[k]["title"])}</a></h3><time>{dmy(A[k]["date"])}</time><p>{esc((A[k]["lead"] or A[k]["paras"][0])[:140])}...</p></article>' for k in keys)
    return f'<nav class="breadcrumb"><a href="/">Trang chủ</a> / Tin tức - Sự kiện</nav><section class="post-list"><h2 class="section-title">Tin tức - Sự kiện</h2>{items}<nav class="pagination">{pag}</nav></section>'
S.add("/tin-tuc-su-kien.htm", "tin-tuc-su-kien.html", page("Tin tức - Sự kiện", listing(order[:3], '<span class="active">1</span> <a href="/tin-tuc-su-kien.htm?page=2">2</a> <a href="/tin-tuc-su-kien.htm?page=2">›</a>'), "/tin-tuc-su-kien.htm"), non=True)
S.add("/tin-tuc-su-kien.htm?page=2", "tin-tuc-su-kien-2.html", page("Tin tức - Sự kiện - Trang 2", listing(order[3:], '<a href="/tin-tuc-su-kien.htm">‹</a> <a href="/tin-tuc-su-kien.htm">1</a> <span class="active">2</span>'), "/tin-tuc-su-kien.htm?page=2"), non=True)
tb = "/thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2024-2331.htm"
S.add(tb, "thong-bao-ket-qua-xet-tuyen.html", page("Thông báo kết quả xét tuyển viên chức giáo dục năm 2024", f'''<nav class="breadcrumb"><a href="/">Trang chủ</a> / Thông báo</nav><article class="post-detail"><div class="post-cat">Thông báo</div><h1 class="post-title">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</h1><div class="post-meta"><time>26/12/2024 - 16:10</time></div><div class="post-content"><p><a href="/Uploads/files/2024/TB-ket-qua-xet-tuyen-VC-2024.pdf">TB-ket-qua-xet-tuyen-VC-2024.pdf</a></p><iframe src="/Uploads/files/2024/TB-ket-qua-xet-tuyen-VC-2024.pdf" width="100%" height="600"></iframe></div></article>''', tb), non=True)
S.add("/lien-he.htm", "lien-he.html", page("Liên hệ", '<section><h2 class="section-title">Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Lâm Bình</p><p>Điện thoại: 0207.3938.999 - Email: vanphong@lambinh.tuyenquang.gov.vn</p><form><input placeholder="Họ tên"><textarea placeholder="Nội dung"></textarea><button>Gửi</button></form></section>', "/lien-he.htm"), non=True)
S.add("/gioi-thieu.htm", "gioi-thieu.html", page("Giới thiệu", '<section><h2 class="section-title">Giới thiệu</h2><p>Huyện Lâm Bình được thành lập theo Nghị quyết số 07/NQ-CP ngày 29/12/2010 của Chính phủ, gồm 8 xã.</p></section>', "/gioi-thieu.htm"), non=True)
home = '<section class="hot-news"><h2 class="section-title">Tin nổi bật</h2>' + "".join(f'<article class="post-item"><h3><a href="{paths[k]}">{esc(A[k]["title"])}</a></h3></article>' for k in ["c3", "c1"]) + f'<p><a href="/tin-tuc-su-kien.htm">Xem tất cả</a></p></section><section><h2 class="section-title">Thông báo</h2><ul><li><a href="{tb}">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</a></li></ul></section>'
S.add("/", "index.html", page("Trang thông tin điện tử huyện Lâm Bình", home, "/"), non=True)
S.furn = ["Tin đọc nhiều", "Video clip", "Đang truy cập:", "Tổng lượt truy cập:", "3.482.119", "Chia sẻ:", "Sao chép liên kết", "In bài viết", "Gửi email", "Quay lại", "Đánh giá bài viết:", "lượt đánh giá", "Tin liên quan", "Thôn Bản Khiển, xã Lăng Can", "0207.3938.999", "Giấy phép số 12/GP-TTĐT", "© Bản quyền thuộc về UBND huyện Lâm Bình"]
S.write()

# -*- coding: utf-8 -*-
"""p7 - modern Bootstrap slug-plus-id portal (Lào Cai style), huyện Bát Xát, Lào Cai.
Hard: the date line comes BEFORE the h1 (breadcrumb-like section heading above it); three monthly
report issues whose tables repeat header and unit names; "(Batxat.gov.vn) -" prefix in the lead;
"Ảnh: ..." captions; "(Nguồn: ...)" closing line; "Lượt xem" and A/A/A font widget; "Tin liên quan"
after the body; footer counter with "." separators."""
from common import *

P = Portal("p7_batxat_slugid", "Cổng thông tin điện tử huyện Bát Xát", "Bát Xát", "Lào Cai", "bespoke slug-plus-id CMS (Lào Cai), Bootstrap 4")
P.furniture = ["Đang truy cập:", "Tổng lượt truy cập:", "Lượt xem:", "Tin liên quan", "Chia sẻ:",
               "Cơ quan chủ quản: UBND huyện Bát Xát", "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện"]


def page(title, main, canon):
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title><link rel="canonical" href="http://{{{{HOST}}}}{attr(canon)}"><meta property="og:url" content="http://{{{{HOST}}}}{attr(canon)}">
<link rel="stylesheet" href="/themes/laocai/css/bootstrap.min.css"></head>
<body><div class="top-bar"><div class="container d-flex justify-content-between"><span class="today">{TODAY}</span><a href="/so-do-cong">Sơ đồ cổng</a></div></div>
<header class="container"><a href="/"><img class="img-fluid" src="/themes/laocai/images/banner-batxat.png" alt="Cổng thông tin điện tử huyện Bát Xát"></a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item"><a class="nav-link" href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="nav-item"><a class="nav-link" href="/cai-cach-hanh-chinh">Cải cách hành chính</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul></div></nav>
<main class="container py-3"><div class="row"><div class="col-lg-8">{main}</div>
<aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Dịch vụ công</div><div class="card-body"><a href="/dich-vu-cong">Nộp hồ sơ trực tuyến</a></div></div>
<div class="card"><div class="card-header">Video</div><div class="card-body"><a href="/video">Bát Xát - vùng đất biên cương</a></div></div></aside></div></main>
<footer class="bg-dark text-white py-3"><div class="container"><p>Cơ quan chủ quản: UBND huyện Bát Xát</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Địa chỉ: Khu 6, thị trấn Bát Xát, huyện Bát Xát, tỉnh Lào Cai</p><p class="small">Đang truy cập: 128 | Tổng lượt truy cập: 5.912.004</p></div></footer></body></html>"""


units = ["UBND huyện", "Thị trấn Bát Xát", "Xã Bản Qua", "Xã Quang Kim", "Xã Mường Hum", "Xã Y Tý", "Xã A Mú Sung", "Xã Bản Vược"]
arts = []
for k, (m, pub, nid) in enumerate([(2, (2024, 3, 5), 1105712), (3, (2024, 4, 3), 1106288), (4, (2024, 5, 6), 1106901)], 1):
    a = series("UBND huyện Bát Xát", units, k, m, 2024, iso(*pub), 700 + k)
    a["blocks"][0] = ("p", "(Batxat.gov.vn) - " + a["blocks"][0][1])
    a["blocks"].append(("p", "(Nguồn: Trung tâm Hành chính công huyện)"))
    arts.append(("cai-cach-hanh-chinh", nid, a, "16:" + str(10 + k * 7), 300 + k * 41))
a = mot_cua("Bát Xát", "huyện", "quý I", 2024, iso(2024, 4, 12), 704,
            title="Bát Xát: Trên 98% hồ sơ thủ tục hành chính quý I được giải quyết đúng và trước hạn")
a["blocks"][0] = ("p", "(Batxat.gov.vn) - " + a["blocks"][0][1])
a["blocks"].insert(1, ("img", "/data/upload/2024/04/motcua-batxat.jpg", "Ảnh: Người dân làm thủ tục tại Trung tâm Hành chính công huyện"))
a["blocks"].append(("p", "Hoàng Yến"))
arts.append(("cai-cach-hanh-chinh", 1106410, a, "09:30", 512))
a = par_index("huyện Bát Xát", "Lào Cai", 2023, 85.38, 2, 9, 4, 90.12, iso(2024, 3, 22))
a["blocks"][0] = ("p", "(Batxat.gov.vn) - " + a["blocks"][0][1])
a["blocks"].append(("p", "Vàng Seo Lử"))
arts.append(("cai-cach-hanh-chinh", 1105988, a, "14:05", 687))
a = tin_thuong("hoi", "huyện Bát Xát", iso(2024, 4, 14))
a["blocks"].insert(2, ("img", "/data/upload/2024/04/hoithi.jpg", "Ảnh: Tiết mục của đội xã Y Tý"))
a["blocks"].append(("p", "(Nguồn: Trung tâm Văn hóa - Thể thao huyện)"))
arts.append(("tin-tuc-su-kien", 1106335, a, "21:40", 233))


def url(x):
    return f"/{x[0]}/{slug(x[2]['title'], case='lower')}-{x[1]}"


CATN = {"cai-cach-hanh-chinh": "Cải cách hành chính", "tin-tuc-su-kien": "Tin tức - Sự kiện"}
order = sorted(arts, key=lambda x: x[2]["published"], reverse=True)
for x in arts:
    cat, nid, a, hm, views = x
    y, m, d = a["published"].split("-")
    rel = "".join(f'<li><a href="{url(z)}">{esc(z[2]["title"])}</a> <small class="text-muted">{"/".join(z[2]["published"].split("-")[::-1])}</small></li>' for z in order if z is not x and z[0] == cat)[:4000]
    main = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/{cat}">{CATN[cat]}</a></li></ol></nav>
<article class="detail">
<div class="d-flex justify-content-between text-muted small"><span class="time">{weekday(int(y), int(m), int(d))}, {d}/{m}/{y} - {hm}</span><span class="views">Lượt xem: {views}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:fs(-1)">A</a> <a href="javascript:fs(0)">A</a> <a href="javascript:fs(1)">A</a></span></div>
<h1 class="detail-title">{esc(a['title'])}</h1>
<div class="detail-content">
{render_blocks(a['blocks'], table_attrs='class="table table-bordered table-sm"', img='<p class="text-center"><img class="img-fluid" src="{src}" alt=""></p><p class="text-center"><em>{cap}</em></p>')}
</div>
<div class="detail-share">Chia sẻ: <a href="/share/facebook?id={nid}">Facebook</a> <a href="/share/zalo?id={nid}">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
</article>
<section class="related mt-3"><h4>Tin liên quan</h4><ul>{rel}</ul></section>"""
    P.add(url(x), page(a["title"], main, url(x)))
    P.gold_article(url(x), a)


def listing(xs, head, pager=""):
    it = "".join(f'<div class="media mb-3"><img class="mr-3" src="/data/thumb/{z[1]}.jpg" width="160" alt=""><div class="media-body"><h5><a href="{url(z)}">{esc(z[2]["title"])}</a></h5>'
                 f'<small>{"/".join(z[2]["published"].split("-")[::-1])}</small><p>{esc(z[2]["blocks"][0][1][:150])}...</p></div></div>' for z in xs)
    return f'<h2 class="cat-title">{head}</h2>{it}{pager}'


cc = [z for z in order if z[0] == "cai-cach-hanh-chinh"]
P.add("/", page("Cổng thông tin điện tử huyện Bát Xát", listing(order[:5], "Tin mới"), "/"))
P.add("/cai-cach-hanh-chinh", page("Cải cách hành chính", listing(cc[:3], "Cải cách hành chính", '<ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/cai-cach-hanh-chinh?page=2">2</a></li></ul>'), "/cai-cach-hanh-chinh"))
P.add("/cai-cach-hanh-chinh?page=2", page("Cải cách hành chính - Trang 2", listing(cc[3:], "Cải cách hành chính", '<ul class="pagination"><li class="page-item"><a class="page-link" href="/cai-cach-hanh-chinh">1</a></li><li class="page-item active"><span class="page-link">2</span></li></ul>'), "/cai-cach-hanh-chinh?page=2"))
P.add("/tin-tuc-su-kien", page("Tin tức - Sự kiện", listing([z for z in order if z[0] == "tin-tuc-su-kien"], "Tin tức - Sự kiện"), "/tin-tuc-su-kien"))
NOT = "/thong-bao/thong-bao-ve-viec-cong-khai-danh-muc-thu-tuc-hanh-chinh-cap-xa-1106954"
P.add("/thong-bao", page("Thông báo", listing([], "Thông báo") + f'<ul><li><a href="{NOT}">Thông báo về việc công khai danh mục thủ tục hành chính cấp xã</a> <small>10/06/2024</small></li></ul>', "/thong-bao"))
P.add(NOT, page("Thông báo về việc công khai danh mục thủ tục hành chính cấp xã", f"""<article class="detail"><div class="text-muted small"><span class="time">Thứ Hai, 10/06/2024 - 08:00</span> <span class="views">Lượt xem: 41</span></div>
<h1 class="detail-title">Thông báo về việc công khai danh mục thủ tục hành chính cấp xã</h1><div class="detail-content"><p><a href="/data/files/2024/06/TB-cong-khai-TTHC-cap-xa.pdf">TB-cong-khai-TTHC-cap-xa.pdf</a></p></div></article>""", NOT))
P.add("/gioi-thieu", page("Giới thiệu", """<h1 class="detail-title">Giới thiệu chung về huyện Bát Xát</h1><div class="detail-content"><p>Bát Xát là huyện vùng cao biên giới nằm ở phía Tây Bắc tỉnh Lào Cai, có đường biên giới giáp Trung Quốc. Địa hình chia cắt mạnh với đỉnh Lảo Thẩn, Ky Quan San thu hút khách leo núi.</p>
<p>Huyện có nhiều dân tộc cùng sinh sống như Dao, Mông, Hà Nhì, Giáy, Kinh.</p></div><p><a href="/thong-bao">Thông báo</a></p>""", "/gioi-thieu"))
P.add("/lien-he", page("Liên hệ", """<h2>Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Bát Xát</p><p>Điện thoại: 0214.3883 210</p>""", "/lien-he"))
P.non_articles = ["/", "/cai-cach-hanh-chinh", "/cai-cach-hanh-chinh?page=2", "/tin-tuc-su-kien", "/thong-bao", NOT, "/gioi-thieu", "/lien-he"]
P.write()

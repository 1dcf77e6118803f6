# -*- coding: utf-8 -*-
from common import *
from data import P5
S = Site("donghai_xa_shared_platform", {"name": "Trang thông tin điện tử xã Đông Hải", "district": "Quỳnh Phụ", "province": "Thái Bình", "platform": "Shared provincial commune platform (/xa-<name>/tin-tuc/<slug>.html)"})
slugs = {"e1": "xa-dong-hai-bo-phan-mot-cua-tiep-nhan-1248-ho-so-trong-nam-2024", "e2": "ket-qua-khao-sat-muc-do-hai-long-cua-nguoi-dan-nam-2024",
 "e3": "xa-dong-hai-ra-quan-lam-thuy-loi-noi-dong", "e4": "dai-hoi-chi-bo-thon-an-lac-nhiem-ky-2025-2027",
 "e5": "tang-qua-gia-dinh-chinh-sach-nhan-dip-tet-nguyen-dan", "e6": "hoi-thi-tuyen-truyen-phap-luat-ve-phong-chong-bao-luc-gia-dinh"}
B = "/xa-dong-hai"
paths = {k: f"{B}/tin-tuc/{v}.html" for k, v in slugs.items()}
A = {a["key"]: a for a in P5}
views = {"e1": 214, "e2": 167, "e3": 98, "e4": 121, "e5": 143, "e6": 76}
order = ["e6", "e4", "e2", "e1", "e5", "e3"]

def page(title, main, path):
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{esc(title)} | Xã Đông Hải - Huyện Quỳnh Phụ</title>
<link rel="canonical" href="http://{{{{HOST}}}}{esc(path)}"/><link rel="stylesheet" href="/static/xa/theme-blue/style.css"/></head>
<body>
<div class="platform-bar">Hệ thống Trang thông tin điện tử cấp xã tỉnh Thái Bình <a href="{B}/dang-nhap.html">Đăng nhập</a></div>
<div class="header"><img src="/static/xa/images/quochuy.png" alt=""/><div class="site-name"><div class="l1">ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI</div><div class="l2">Huyện Quỳnh Phụ - Tỉnh Thái Bình</div></div></div>
<div class="welcome"><marquee>Chào mừng bạn đến với Trang thông tin điện tử xã Đông Hải - Nhiệt liệt chào mừng Đại hội Đảng bộ xã lần thứ XXVI, nhiệm kỳ 2025 - 2030</marquee></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{B}/gioi-thieu.html">Giới thiệu</a></li><li><a href="{B}/tin-tuc.html">Tin tức</a></li><li><a href="{B}/van-ban.html">Văn bản</a></li><li><a href="{B}/thu-tuc-hanh-chinh.html">Thủ tục hành chính</a></li></ul>
<div class="wrap"><div class="left">{main}</div>
<div class="right">
<div class="box"><div class="box-title">Lãnh đạo xã</div><div class="box-body"><p>Bí thư Đảng ủy: Nguyễn Văn Thắng</p><p>Chủ tịch UBND xã: Trần Đức Lợi</p></div></div>
<div class="box"><div class="box-title">Tin mới</div><div class="box-body"><ul>{"".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a></li>' for k in order[:4])}</ul></div></div>
<div class="box"><div class="box-title">Thống kê</div><div class="box-body">Đang online: 3<br/>Hôm nay: 57<br/>Tổng truy cập: 45.872</div></div>
</div></div>
<div class="footer"><p>Trang thông tin điện tử xã Đông Hải, huyện Quỳnh Phụ, tỉnh Thái Bình</p><p>Trụ sở: Thôn Đông Tiến, xã Đông Hải - Điện thoại: 0227.3912.045</p><p>Phát triển bởi Sở Thông tin và Truyền thông Thái Bình</p></div>
</body></html>'''

for k, a in A.items():
    lead = f'<div class="tomtat">{esc(a["lead"])}</div>' if a["lead"] else ""
    others = [x for x in order if x != k][:4]
    bottom = f'<div class="ngaydang">Ngày đăng: {dmy(a["date"])} | Lượt xem: {views[k]}</div>' if a["date"] else f'<div class="ngaydang">Lượt xem: {views[k]}</div>'
    main = f'''<div class="path"><a href="/">Trang chủ</a> » <a href="{B}/tin-tuc.html">Tin tức</a></div>
<div class="box-main"><div class="box-main-title">TIN TỨC - SỰ KIỆN</div>
<div class="chitiet"><h1>{esc(a["title"])}</h1>
{lead}
<div class="noidung">{body_html(a["paras"]) if k != "e4" else unicodedata.normalize("NFD", body_html(a["paras"]))}</div>
{bottom}
<div class="congcu"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Trở về</a> | <a href="#">Về đầu trang</a></div>
</div>
<div class="tinkhac"><div class="tinkhac-title">Tin khác</div><ul>{"".join(f'<li><a href="{paths[x]}">{esc(A[x]["title"])}</a></li>' for x in others)}</ul></div></div>'''
    S.add(paths[k], slugs[k] + ".html", page(a["title"], main, paths[k]), article=a)

def listing(keys, pag):
    items = "".join(f'<div class="tin"><a href="{paths[k]}"><b>{esc(A[k]["title"])}</b></a><p>{esc((A[k]["lead"] or A[k]["paras"][0])[:130])}...</p></div>' for k in keys)
    return f'<div class="path"><a href="/">Trang chủ</a> » Tin tức</div><div class="box-main"><div class="box-main-title">TIN TỨC - SỰ KIỆN</div>{items}<div class="phantrang">{pag}</div></div>'
S.add(f"{B}/tin-tuc.html", "tin-tuc.html", page("Tin tức", listing(order[:4], f'<b>1</b> <a href="{B}/tin-tuc.html?trang=2">2</a> <a href="{B}/tin-tuc.html?trang=2">Trang sau</a>'), f"{B}/tin-tuc.html"), non=True)
S.add(f"{B}/tin-tuc.html?trang=2", "tin-tuc-2.html", page("Tin tức", listing(order[4:], f'<a href="{B}/tin-tuc.html">Trang trước</a> <a href="{B}/tin-tuc.html">1</a> <b>2</b>'), f"{B}/tin-tuc.html?trang=2"), non=True)
S.add(f"{B}/gioi-thieu.html", "gioi-thieu.html", page("Giới thiệu", '<div class="box-main"><div class="box-main-title">GIỚI THIỆU</div><div class="noidung"><p>Xã Đông Hải có diện tích tự nhiên 6,8 km2, dân số khoảng 9.500 người, gồm 7 thôn.</p></div></div>', f"{B}/gioi-thieu.html"), non=True)
S.add(f"{B}/van-ban.html", "van-ban.html", page("Văn bản", '<div class="box-main"><div class="box-main-title">VĂN BẢN</div><table class="vb"><tr><th>Số hiệu</th><th>Trích yếu</th><th>File</th></tr><tr><td>12/KH-UBND</td><td>Kế hoạch kiểm soát thủ tục hành chính năm 2025</td><td><a href="/uploads/xa-dong-hai/12-KH-UBND.pdf">Tải</a></td></tr><tr><td>05/TB-UBND</td><td>Thông báo lịch tiếp công dân năm 2025</td><td><a href="/uploads/xa-dong-hai/05-TB-UBND.pdf">Tải</a></td></tr></table></div>', f"{B}/van-ban.html"), non=True)
home = '<div class="box-main"><div class="box-main-title">TIN NỔI BẬT</div>' + "".join(f'<div class="tin"><a href="{paths[k]}"><b>{esc(A[k]["title"])}</b></a></div>' for k in ["e6", "e2"]) + f'<p><a href="{B}/tin-tuc.html">Xem thêm tin tức</a></p></div>'
S.add("/", "index.html", page("Trang chủ", home, "/"), non=True)
S.furn = ["Hệ thống Trang thông tin điện tử cấp xã tỉnh Thái Bình", "Chào mừng bạn đến với Trang thông tin điện tử xã Đông Hải", "Lãnh đạo xã", "Bí thư Đảng ủy: Nguyễn Văn Thắng", "Tin mới", "Đang online: 3", "Tổng truy cập: 45.872", "TIN TỨC - SỰ KIỆN", "Ngày đăng:", "Lượt xem:", "In trang", "Trở về", "Về đầu trang", "Tin khác", "Thôn Đông Tiến, xã Đông Hải - Điện thoại", "Phát triển bởi Sở Thông tin và Truyền thông Thái Bình"]
S.write()

# -*- coding: utf-8 -*-
"""p5 - Joomla 1.5 district portal, huyện Bá Thước, Thanh Hóa.
Hard: counters ("Ai đang online", "Thống kê truy cập" with English labels) in the LEFT column, before the
article; headline in td.contentheading under a componentheading; created date after the headline and
"Lần cập nhật cuối" after the body; bodies mixing named entities with raw UTF-8; Joomla slugs with
dropped letters; a monthly date-archive page."""
from common import *

P = Portal("p5_bathuoc_joomla", "Cổng thông tin điện tử huyện Bá Thước", "Bá Thước", "Thanh Hóa", "Joomla 1.5")
P.furniture = ["Ai đang online", "Đang có 15 khách và không thành viên đang online", "Thống kê truy cập", "Your IP:",
               "All days", "Lần cập nhật cuối", "Các tin khác", "Bản quyền © 2024 UBND huyện Bá Thước"]
JWD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def jdate(iso_, hm):
    y, m, d = map(int, iso_.split("-"))
    return f"{JWD[__import__('datetime').date(y, m, d).weekday()]}, {d:02d} Tháng {m} {y} {hm}"


def page(title, main):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title><link rel="stylesheet" href="/templates/bathuoc/css/template.css" type="text/css" /></head>
<body id="page_bg"><div id="wrapper"><div id="header"><img src="/images/banner-bathuoc.jpg" alt="Cổng thông tin điện tử huyện Bá Thước" /><div class="date">{TODAY.replace('Thứ Sáu, ngày ', 'Thứ sáu, ')}</div></div>
<div id="topmenu"><ul class="menu"><li><a href="/vi/"><span>Trang chủ</span></a></li><li><a href="/vi/gii-thi-u"><span>Giới thiệu</span></a></li>
<li><a href="/vi/tin-t-c-s-ki-n"><span>Tin tức - Sự kiện</span></a></li><li><a href="/vi/c-i-cach-hanh-chinh"><span>Cải cách hành chính</span></a></li><li><a href="/vi/lien-h"><span>Liên hệ</span></a></li></ul></div>
<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="leftcol" valign="top" width="200">
<div class="moduletable"><h3>Ai đang online</h3>Đang có 15 khách và không thành viên đang online</div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vcnt"><table cellpadding="0" cellspacing="0" class="vcnt">
<tr><td>Today</td><td align="right">1204</td></tr><tr><td>Yesterday</td><td align="right">1877</td></tr><tr><td>This Week</td><td align="right">5391</td></tr>
<tr><td>Last Week</td><td align="right">12004</td></tr><tr><td>This Month</td><td align="right">24410</td></tr><tr><td>Last Month</td><td align="right">50982</td></tr><tr><td>All days</td><td align="right">1668314</td></tr></table>
<div>Your IP: 113.160.12.45</div><div>2024-06-14 08:41</div></div></div>
<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="/vi/lu-tr?year=2024&amp;month=4">Lưu trữ tháng 4/2024</a></li></ul></div>
</td><td id="maincol" valign="top">{main}</td></tr></table>
<div id="footer"><p>Bản quyền © 2024 UBND huyện Bá Thước</p><p>Địa chỉ: Phố 1, thị trấn Cành Nàng, huyện Bá Thước, tỉnh Thanh Hóa</p></div></div></body></html>"""


arts = []
a = mot_cua("Bá Thước", "UBND huyện", "quý I", 2024, iso(2024, 4, 10), 501, table_units=["Thị trấn Cành Nàng", "Xã Điền Lư", "Xã Lũng Niêm", "Xã Thiết Ống", "Xã Lương Ngoại"])
arts.append(("c-i-cach-hanh-chinh", a, "08:15", "16:40", "Phạm Thu Hà"))
a = par_index("huyện Bá Thước", "Thanh Hóa", 2023, 81.05, 12, 26, 6, 85.77, iso(2024, 3, 19))
arts.append(("c-i-cach-hanh-chinh", a, "10:02", None, "Lê Văn Thắng"))
a = kiem_tra("UBND huyện Bá Thước", ["Điền Lư", "Lũng Cao", "Thành Sơn"], 5, 2024, iso(2024, 5, 27), 503)
arts.append(("c-i-cach-hanh-chinh", a, "14:20", "09:00", "Phòng Nội vụ"))
a = so_hoa("Huyện Bá Thước", 2024, iso(2024, 5, 8), 504)
arts.append(("c-i-cach-hanh-chinh", a, "07:45", None, "Hà Thị Mai"))
a = tin_thuong("lua", "huyện Bá Thước", iso(2024, 4, 29))
arts.append(("tin-t-c-s-ki-n", a, "16:30", None, "Quang Huy"))
a = tin_thuong("hoi", "huyện Bá Thước", iso(2024, 4, 15))
arts.append(("tin-t-c-s-ki-n", a, "20:00", "21:05", "Bích Ngọc"))


def url(x):
    return f"/vi/{x[0]}/{joomla_slug(x[1]['title'])}"


CATN = {"c-i-cach-hanh-chinh": "Cải cách hành chính", "tin-t-c-s-ki-n": "Tin tức - Sự kiện"}
order = sorted(arts, key=lambda x: x[1]["published"], reverse=True)
for x in arts:
    cat, a, hm, upd, au = x
    others = "".join(f'<li><a href="{url(z)}">{esc(z[1]["title"])}</a></li>' for z in order if z is not x and z[0] == cat)
    upd_html = ""
    if upd:
        y, m, d = map(int, a["published"].split("-"))
        nd = __import__("datetime").date(y, m, d) + __import__("datetime").timedelta(days=3)
        upd_html = f'<tr><td colspan="2" class="modifydate">Lần cập nhật cuối ( {jdate(nd.isoformat(), upd)} )</td></tr>'
    main = f"""<div class="componentheading">{CATN[cat]}</div>
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a['title'])}</td>
<td align="right" width="100%" class="buttonheading"><a href="/vi/{cat}?view=article&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/vi/{cat}?tmpl=component&amp;print=1" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/vi/component/mailto/?tmpl=component" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top"><span class="small">Viết bởi {esc(au)}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" class="createdate">{jdate(a['published'], hm)}</td></tr>
<tr><td valign="top">
{render_blocks(a['blocks'], enc=named_entities, p='<p style="text-align: justify;">{}</p>', table_attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse;"')}
</td></tr>
{upd_html}</table><span class="article_separator">&nbsp;</span>
<div class="blog_more"><strong>Các tin khác</strong><ul>{others}</ul></div>"""
    P.add(url(x), page(a["title"], main))
    P.gold_article(url(x), a)


def listing(xs, head, pager=""):
    it = "".join(f'<tr><td><a class="contentpagetitle" href="{url(z)}">{esc(z[1]["title"])}</a> <span class="small">({"/".join(z[1]["published"].split("-")[::-1])})</span><p>{esc(z[1]["blocks"][0][1][:160])}...</p></td></tr>' for z in xs)
    return f'<div class="componentheading">{head}</div><table class="blog" cellpadding="0" cellspacing="0">{it}</table>{pager}'


cc = [z for z in order if z[0] == "c-i-cach-hanh-chinh"]
tt = [z for z in order if z[0] == "tin-t-c-s-ki-n"]
pg = '<div class="pagination"><span>Đầu</span> <span>Trước</span> <strong><span>1</span></strong> <a href="/vi/c-i-cach-hanh-chinh?start=3" title="2">2</a> <a href="/vi/c-i-cach-hanh-chinh?start=3" title="Tiếp">Tiếp</a> <a href="/vi/c-i-cach-hanh-chinh?start=3" title="Cuối">Cuối</a></div><div class="pagecounter">Trang 1 của 2</div>'
pg2 = '<div class="pagination"><a href="/vi/c-i-cach-hanh-chinh" title="Đầu">Đầu</a> <a href="/vi/c-i-cach-hanh-chinh" title="Trước">Trước</a> <a href="/vi/c-i-cach-hanh-chinh" title="1">1</a> <strong><span>2</span></strong></div><div class="pagecounter">Trang 2 của 2</div>'
P.add("/", page("Trang chủ", listing(order[:4], "Tin mới nhất")))
P.add("/vi/", page("Trang chủ", listing(order[:4], "Tin mới nhất")))
P.add("/vi/c-i-cach-hanh-chinh", page("Cải cách hành chính", listing(cc[:3], "Cải cách hành chính", pg)))
P.add("/vi/c-i-cach-hanh-chinh?start=3", page("Cải cách hành chính", listing(cc[3:], "Cải cách hành chính", pg2)))
P.add("/vi/tin-t-c-s-ki-n", page("Tin tức - Sự kiện", listing(tt, "Tin tức - Sự kiện")))
apr = [z for z in order if z[1]["published"].startswith("2024-04")]
P.add("/vi/lu-tr?year=2024&month=4", page("Lưu trữ", '<div class="componentheading">Lưu trữ</div><form action="/vi/lu-tr" method="post"><select name="month"><option value="4" selected="selected">Tháng Tư</option></select><select name="year"><option>2024</option></select></form>'
       + "".join(f'<h4><a href="{url(z)}">{esc(z[1]["title"])}</a></h4><div class="createdate">{jdate(z[1]["published"], z[2])}</div><div class="intro">{esc(z[1]["blocks"][0][1])}</div>' for z in apr)))
P.add("/vi/gii-thi-u", page("Giới thiệu", """<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu khái quát huyện Bá Thước</td></tr></table><table class="contentpaneopen"><tr><td>
<p>Bá Thước là huyện miền núi phía Tây tỉnh Thanh Hóa, có sông Mã chảy qua và Khu bảo tồn thiên nhiên Pù Luông nổi tiếng. Đồng bào Mường, Thái chiếm phần lớn dân số.</p>
<p>Huyện có 1 thị trấn và 20 xã; du lịch cộng đồng đang trở thành hướng phát triển quan trọng.</p></td></tr></table>"""))
P.add("/vi/lien-h", page("Liên hệ", """<div class="componentheading">Liên hệ</div><p>Văn phòng HĐND và UBND huyện Bá Thước</p><p>Điện thoại: 0237.3880 212</p>
<form action="/vi/lien-h" method="post"><input name="name" /><input name="email" /><textarea name="text"></textarea><button>Gửi</button></form>"""))
P.non_articles = ["/", "/vi/", "/vi/c-i-cach-hanh-chinh", "/vi/c-i-cach-hanh-chinh?start=3", "/vi/tin-t-c-s-ki-n", "/vi/lu-tr?year=2024&month=4", "/vi/gii-thi-u", "/vi/lien-h"]
P.write()

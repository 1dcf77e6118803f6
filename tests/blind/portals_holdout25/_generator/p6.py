# -*- coding: utf-8 -*-
"""p6 - old bespoke classic-ASP site, table layout with inline <font>, served as windows-1258
(tone marks as combining characters), huyện Quảng Điền, Thừa Thiên Huế.
Hard: the same <title> on every page; headline is <font><b> in a table cell; the date comes AFTER the
body ("Ngày đăng:"); a bare author name closes the text; the "Trực tuyến / Tổng" counter sits INSIDE the
article table, right under the body; an undated short article; query-string URLs with &amp;."""
from common import *

P = Portal("p6_quangdien_asp", "Website UBND huyện Quảng Điền", "Quảng Điền", "Thừa Thiên Huế", "bespoke classic ASP, table layout, windows-1258")
CT = "text/html; charset=windows-1258"
P.furniture = ["Trực tuyến:", "Tổng:", "Các tin khác", "Về đầu trang", "Bản in", "Gửi bài này cho bạn bè",
               "Bản quyền thuộc Ủy ban nhân dân huyện Quảng Điền", "Ngày đăng:"]


def page(main):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>UBND HUYEN QUANG DIEN - TINH THUA THIEN HUE</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150" alt=""></td></tr>
<tr><td colspan="3" bgcolor="#0B5FA5" height="26"><font face="Arial" size="2" color="#FFFFFF">&nbsp;<b>{TODAY}</b> &nbsp;|&nbsp;
<a href="/default.asp"><font color="#FFFFFF">Trang chủ</font></a> | <a href="/gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> |
<a href="/tintuc/danhsach.asp?idcat=2"><font color="#FFFFFF">Tin tức</font></a> | <a href="/tintuc/danhsach.asp?idcat=7"><font color="#FFFFFF">Cải cách hành chính</font></a> |
<a href="/vanban/default.asp"><font color="#FFFFFF">Văn bản</font></a> | <a href="/lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#EAF2FB"><table width="100%" cellpadding="4"><tr><td bgcolor="#0B5FA5"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/tintuc/danhsach.asp?idcat=2">Tin tức - Sự kiện</a><br><a href="/tintuc/danhsach.asp?idcat=7">Cải cách hành chính</a><br><a href="/tintuc/danhsach.asp?idcat=9">Thông báo</a></font></td></tr></table></td>
<td width="620" valign="top">{main}</td>
<td width="180" valign="top"><table width="100%" cellpadding="4"><tr><td><a href="/dichvucong.asp"><img src="/images/dvc.gif" border="0" alt="Dịch vụ công"></a></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#0B5FA5" align="center"><font face="Arial" size="1" color="#FFFFFF">Bản quyền thuộc Ủy ban nhân dân huyện Quảng Điền<br>
Địa chỉ: 24 Nguyễn Kim Thành, thị trấn Sịa, huyện Quảng Điền, tỉnh Thừa Thiên Huế - ĐT: 0234.3551 257</font></td></tr>
</table></body></html>"""


arts = []
a = mot_cua("Quảng Điền", "UBND huyện", "5 tháng đầu", 2024, iso(2024, 6, 5), 601, table_units=["TT Sịa", "Quảng Thái", "Quảng Lợi", "Quảng Vinh", "Quảng An"], byline="Hoàng Minh Nhật")
arts.append((3812, 7, a))
a = par_index("huyện Quảng Điền", "Thừa Thiên Huế", 2023, 80.63, 6, 9, 1, 83.9, iso(2024, 3, 29), byline="Lê Thị Kiều")
arts.append((3755, 7, a))
a = kiem_tra("UBND huyện Quảng Điền", ["Quảng Thái", "Quảng Ngạn", "Quảng Công"], 4, 2024, iso(2024, 4, 25), 603, byline="Trần Đình Nam")
arts.append((3780, 7, a))
a = so_hoa("Huyện Quảng Điền", 2024, iso(2024, 5, 14), 604, byline="Nguyễn Thị Hồng Vân")
arts.append((3796, 7, a))
a = tin_thuong("short", "huyện Quảng Điền", None, byline="Văn phòng HĐND và UBND huyện")
a["title"] = "Tạm dừng tiếp nhận hồ sơ trực tiếp tại Bộ phận Một cửa huyện ngày 20/6"
arts.append((3820, 7, a))
a = tin_thuong("lua", "huyện Quảng Điền", iso(2024, 4, 22), byline="Phan Thanh")
arts.append((3771, 2, a))


def url(x, esc_=False):
    return f"/tintuc/chitiet.asp?id={x[0]}{'&amp;' if esc_ else '&'}idcat={x[1]}"


dated = sorted([x for x in arts if x[2]["published"]], key=lambda x: x[2]["published"], reverse=True)
F = '<font face="Arial" size="2">{}</font>'
for x in arts:
    nid, cat, a = x
    date_html = ""
    if a["published"]:
        y, m, d = a["published"].split("-")
        date_html = f'<tr><td align="right"><font face="Arial" size="1" color="#666666"><i>Ngày đăng: {d}/{m}/{y}</i></font></td></tr>'
    others = "".join(f'<img src="/images/arrow.gif"> <a href="{url(z, True)}"><font face="Arial" size="2">{esc(z[2]["title"])}</font></a> <font size="1" color="#999999">({"/".join(z[2]["published"].split("-")[::-1])})</font><br>' for z in dated if z is not x)
    main = f"""<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><font face="Arial" size="1" color="#0B5FA5"><b>{"CẢI CÁCH HÀNH CHÍNH" if cat == 7 else "TIN TỨC - SỰ KIỆN"}</b></font></td></tr>
<tr><td><font face="Arial" size="3" color="#CC0000"><b>{esc(a['title'])}</b></font></td></tr>
<tr><td align="justify">
{render_blocks(a['blocks'], p='<p><font face="Arial" size="2">{}</font></p>', table_attrs='width="100%" border="1" cellpadding="2" cellspacing="0" bordercolor="#999999"')}
</td></tr>
{date_html}
<tr><td align="right"><font face="Arial" size="1"><a href="/tintuc/inbai.asp?id={nid}">Bản in</a> | <a href="/tintuc/guibai.asp?id={nid}">Gửi bài này cho bạn bè</a> | <a href="#top">Về đầu trang</a></font></td></tr>
<tr><td bgcolor="#F2F2F2"><font face="Arial" size="1">Trực tuyến: 36 &nbsp;&nbsp; Tổng: 12296625</font></td></tr>
<tr><td><font face="Arial" size="2" color="#0B5FA5"><b>Các tin khác</b></font><br>{others}</td></tr>
</table>"""
    P.add(url(x), page(main), ctype=CT, encoding="windows-1258")
    P.gold_article(url(x), a)


def listing(xs, head, pager=""):
    it = "".join(f'<tr><td><a href="{url(z, True)}"><font face="Arial" size="2"><b>{esc(z[2]["title"])}</b></font></a>'
                 f'{" <font size=1 color=#999999>(" + "/".join(z[2]["published"].split("-")[::-1]) + ")</font>" if z[2]["published"] else ""}<br><font face="Arial" size="2">{esc(z[2]["blocks"][0][1][:150])}...</font></td></tr>' for z in xs)
    return f'<table width="100%" cellpadding="6"><tr><td bgcolor="#EAF2FB"><font face="Arial" size="2" color="#0B5FA5"><b>{head}</b></font></td></tr>{it}<tr><td align="center"><font face="Arial" size="2">{pager}</font></td></tr></table>'


cc = [arts[4]] + [z for z in dated if z[1] == 7]
P.add("/", page(listing([arts[4]] + dated[:4], "TIN MỚI")), ctype=CT, encoding="windows-1258")
P.add("/default.asp", page(listing([arts[4]] + dated[:4], "TIN MỚI")), ctype=CT, encoding="windows-1258")
P.add("/tintuc/danhsach.asp?idcat=7", page(listing(cc[:3], "CẢI CÁCH HÀNH CHÍNH", '<b>1</b> <a href="/tintuc/danhsach.asp?idcat=7&amp;page=2">2</a> <a href="/tintuc/danhsach.asp?idcat=7&amp;page=2">Trang sau &gt;&gt;</a>')), ctype=CT, encoding="windows-1258")
P.add("/tintuc/danhsach.asp?idcat=7&page=2", page(listing(cc[3:], "CẢI CÁCH HÀNH CHÍNH", '<a href="/tintuc/danhsach.asp?idcat=7&amp;page=1">&lt;&lt; Trang trước</a> <a href="/tintuc/danhsach.asp?idcat=7&amp;page=1">1</a> <b>2</b>')), ctype=CT, encoding="windows-1258")
P.add("/tintuc/danhsach.asp?idcat=2", page(listing([z for z in dated if z[1] == 2], "TIN TỨC - SỰ KIỆN")), ctype=CT, encoding="windows-1258")
P.add("/tintuc/danhsach.asp?idcat=9", page(listing([], "THÔNG BÁO", "") .replace("<tr><td align=\"center\">", '<tr><td><a href="/tintuc/chitiet.asp?id=3825&amp;idcat=9"><font face="Arial" size="2"><b>Thông báo tuyển dụng công chức cấp xã năm 2024</b></font></a></td></tr><tr><td align="center">', 1)), ctype=CT, encoding="windows-1258")
P.add("/tintuc/chitiet.asp?id=3825&idcat=9", page("""<table width="100%" cellpadding="6"><tr><td><font face="Arial" size="3" color="#CC0000"><b>Thông báo tuyển dụng công chức cấp xã năm 2024</b></font></td></tr>
<tr><td><font face="Arial" size="2">File đính kèm: <a href="/upload/thongbao/TB_tuyendung_2024.doc">TB_tuyendung_2024.doc</a></font></td></tr>
<tr><td align="right"><font face="Arial" size="1" color="#666666"><i>Ngày đăng: 07/06/2024</i></font></td></tr></table>"""), ctype=CT, encoding="windows-1258")
P.add("/gioithieu.asp", page("""<table width="100%" cellpadding="6"><tr><td><font face="Arial" size="3" color="#CC0000"><b>GIỚI THIỆU HUYỆN QUẢNG ĐIỀN</b></font></td></tr><tr><td>
<p><font face="Arial" size="2">Quảng Điền là huyện đồng bằng ven biển, đầm phá nằm ở phía Bắc tỉnh Thừa Thiên Huế, có phá Tam Giang chạy dọc. Huyện có 1 thị trấn và 10 xã.</font></p>
<p><font face="Arial" size="2">Nghề trồng lúa, nuôi trồng thủy sản và các làng nghề truyền thống là thế mạnh của địa phương.</font></p></td></tr></table>"""), ctype=CT, encoding="windows-1258")
P.add("/lienhe.asp", page("""<table width="100%" cellpadding="6"><tr><td><font face="Arial" size="2"><b>LIÊN HỆ</b><br>Văn phòng HĐND và UBND huyện Quảng Điền<br>Điện thoại: 0234.3551 257<br>Email: ubndquangdien@thuathienhue.gov.vn</font></td></tr></table>"""), ctype=CT, encoding="windows-1258")
P.non_articles = ["/", "/default.asp", "/tintuc/danhsach.asp?idcat=7", "/tintuc/danhsach.asp?idcat=7&page=2", "/tintuc/danhsach.asp?idcat=2",
                  "/tintuc/danhsach.asp?idcat=9", "/tintuc/chitiet.asp?id=3825&idcat=9", "/gioithieu.asp", "/lienhe.asp"]
P.write()

"""p8 — bespoke ASP table layout of the 2000s, windows-1258; huyện Đức Thọ, Hà Tĩnh.
Hard cases: windows-1258 bytes (tone marks as separate combining characters, so decoded text is
not NFC), no container class at all, headline in <font><b>, date as "Ngày d tháng m năm yyyy"
line, welcome marquee, digit-per-image counter in the left column, "Tin đọc nhiều" list with dates,
copyright block in a table footer.
"""
from common import *

P = Portal("p8_ductho_asp", "Website huyện Đức Thọ", "Đức Thọ", "Hà Tĩnh", "Bespoke ASP (table layout)", encoding="windows-1258")
arts = articles_for("huyện Đức Thọ", "huyện", ["Xã Tùng Châu", "Xã Đức Lạng", "Thị trấn Đức Thọ", "Xã Quang Vĩnh", "Xã Yên Hồ"],
                    2021, 8, ("Trần Hữu Nghị", "Nguyễn Thị Hải Yến", "Lê Văn Khánh"))
ids = [345, 341, 336, 330, 327, 322]
url = lambda i: "/tintuc/chitiet.asp?id=%d&cat=2" % ids[i]
LIST, LIST2, INTRO = "/tintuc/danhsach.asp?cat=2", "/tintuc/danhsach.asp?cat=2&trang=2", "/gioithieu.asp"
P.furniture = ["Chào mừng quý khách đến với Website huyện Đức Thọ", "Số lượt truy cập", "Tin đọc nhiều", "Liên kết website",
               "Bản quyền © 2008 UBND huyện Đức Thọ", "Ghi rõ nguồn khi phát hành lại"]
MOST = [1, 0, 3]


def wrap(title, main):
    digits = "".join('<img src="/images/so/%s.gif" alt="%s">' % (c, c) for c in "0582713")
    most = "".join('<tr><td>&#8226; %s <font color="#999999">(%s)</font></td></tr>' % (a(url(j), esc(arts[j]["title"])), dmy(arts[j]["published"])) for j in MOST)
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>%s</title></head>
<body topmargin="0" leftmargin="0"><table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/top.jpg"><marquee>Chào mừng quý khách đến với Website huyện Đức Thọ</marquee></td></tr>
<tr><td colspan="3" bgcolor="#003399">%s | %s | %s | <a href="/hoidap.asp">Hỏi đáp</a></td></tr>
<tr><td width="170" valign="top"><table><tr><td><b>Liên kết website</b></td></tr><tr><td><select><option>Hà Tĩnh</option></select></td></tr>
<tr><td><b>Số lượt truy cập</b></td></tr><tr><td>%s</td></tr></table></td>
<td width="440" valign="top">%s</td>
<td width="168" valign="top"><table><tr><td><b>Tin đọc nhiều</b></td></tr>%s</table></td></tr>
<tr><td colspan="3" align="center"><table><tr><td>Bản quyền © 2008 UBND huyện Đức Thọ<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này</td></tr></table></td></tr>
</table></body></html>""" % (esc(title), a("/", "Trang chủ"), a(INTRO, "Giới thiệu"), a(LIST, "Tin tức"), digits, main, most)


def vdate(iso):
    return "Ngày %d tháng %d năm %s" % (int(iso[8:]), int(iso[5:7]), iso[:4])


def article(i, art):
    lead = "<p><i>%s</i></p>" % esc(art["lead"]) if art["lead"] else ""
    main = """<table width="100%%" cellpadding="4"><tr><td><font size="4" color="#CC0000"><b>%s</b></font></td></tr>
<tr><td><font size="1" color="#666666">%s</font></td></tr>
<tr><td>%s%s</td></tr>
<tr><td align="right">%s</td></tr></table>""" % (esc(art["title"]), vdate(art["published"]), lead, body_html(art, table_attrs=' border="1" cellspacing="0"'),
                                                 a(LIST, "Về danh sách"))
    return wrap(art["title"], main)


def listing(items, pager):
    lis = "".join('<tr><td>%s <font size="1">(%s)</font></td></tr>' % (a(url(i), "<b>%s</b>" % esc(arts[i]["title"])), dmy(arts[i]["published"])) for i in items)
    return wrap("Tin tức", '<table>%s</table><p>Trang: %s</p>' % (lis, pager))


def add(path, h, **kw):
    P.add(path, cp1258_form(h), **kw)


notices = [("/tintuc/chitiet.asp?id=338&cat=5", "Thông báo lịch thu thuế sử dụng đất phi nông nghiệp", "/upload/tb-thu-thue.doc")]
home = "<p><b>TIN MỚI</b></p><ul>%s</ul><p><b>THÔNG BÁO</b></p><ul>%s</ul>" % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)), "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
add("/", wrap("Trang chủ", home))
add(LIST, listing([0, 1, 2], "1 " + a(LIST2, "2")), kind="non")
add(LIST2, listing([3, 4, 5], a(LIST, "1") + " 2"), kind="non")
add(INTRO, wrap("Giới thiệu", "<p><b>Giới thiệu huyện Đức Thọ</b></p><p>Đức Thọ nằm ở phía tây bắc tỉnh Hà Tĩnh, ven sông La.</p>"), kind="non")
for p, t, f in notices:
    add(p, wrap(t, '<font size="4"><b>%s</b></font><p>%s</p>' % (esc(t), a(f, "Tải tệp đính kèm"))), kind="non")
for i, art in enumerate(arts):
    add(url(i), article(i, art), kind="article", art=art)
P.write()

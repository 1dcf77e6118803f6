"""p8 — huyện Si Ma Cai (Lào Cai): bespoke PHP site of the 2000s, nested layout tables, no container classes.
Hard cases: date only in the URL (/tin/YYYY-MM-DD/<id>.html), <font><b> headline, paragraphs separated by <br><br>,
one body written in numeric character references, a digit-per-image visit counter, welcome marquee, a very short
article, copyright block in a table, 'Tin khác' list with dates."""
from common import Article, write_portal, esc
import content as C

PLACE, PROV = "huyện Si Ma Cai", "Lào Cai"
def U(d, i):
    return "/tin/%s/%d.html" % (d, i)
L = "/danhmuc.php?cat=3"
L2 = "/danhmuc.php?cat=3&trang=2"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2024, "III", 1342, 61, 902, 356, 3, 81, 1011, 27, "Vàng Seo Cơ")
arts.append(Article(U("2024-10-08", 3307), t, "2024-10-08", [lead] + ps, must))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Sán Chải", "Xã Si Ma Cai", "Xã Bản Mế", "Xã Nàn Sín"], "Giàng Thị Mai")
arts.append(Article(U("2024-07-22", 3251), t, "2024-07-22", ps, must, table=rows, cell=cell, table_after=2))
t = "Si Ma Cai: 100% hồ sơ cấp xã giải quyết đúng hạn trong tháng 9"
ps = ["Tháng 9/2024, bộ phận một cửa của 10 xã trên địa bàn huyện tiếp nhận 618 hồ sơ, đã giải quyết 604 hồ sơ, tất cả đúng hạn.",
      "14 hồ sơ còn lại đang giải quyết, chưa đến hạn trả kết quả."]
arts.append(Article(U("2024-10-02", 3299), t, "2024-10-02", ps, ["tiếp nhận 618 hồ sơ", "đã giải quyết 604 hồ sơ", "chưa đến hạn trả kết quả"]))
for i, (k, n, who, d, sh) in enumerate([("bo", 39, "Thào Seo Lử", "2024-09-18", False), ("lut", 650, "Lù Văn Sơn", "2024-09-06", False), ("hoc", 40, "Ly Thị Dung", "2024-08-27", True)]):
    t, ps, must = C.news(k, PLACE, n, who, short=sh)
    arts.append(Article(U(d, 3290 - i * 13), t, d, ps, must))
arts.sort(key=lambda a: a.published, reverse=True)
notices = [(U("2024-09-30", 3296), "Thông báo lịch cắt điện khu vực trung tâm huyện", "/upload/file/lich-cat-dien.doc")]
FURN = ["Chào mừng quý khách đến với Website huyện Si Ma Cai", "Số lượt truy cập", "Tin khác", "Liên kết",
        "Bản quyền © UBND huyện Si Ma Cai", "Thiết kế bởi"]
NUMREF = arts[1].path  # this article's body is written as numeric character references


def numref(s):
    return "".join("&#%d;" % ord(c) if ord(c) > 127 else esc(c) for c in s)


def page(title, main):
    digits = "".join('<img src="/images/so/%s.gif" alt="%s">' % (c, c) for c in "0917442")
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0"><table width="900" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner.jpg" width="900" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#b30000"><marquee><font color="#ffffff">Chào mừng quý khách đến với Website huyện Si Ma Cai</font></marquee></td></tr>
<tr><td width="180" valign="top"><table width="100%%"><tr><td bgcolor="#eeeeee"><b>Liên kết</b></td></tr>
<tr><td><a href="/">Trang chủ</a><br><a href="%s">Cải cách hành chính</a><br><a href="/gioithieu.php">Giới thiệu</a></td></tr>
<tr><td bgcolor="#eeeeee"><b>Số lượt truy cập</b></td></tr><tr><td align="center">%s</td></tr></table></td>
<td width="540" valign="top">%s</td><td width="180" valign="top"><img src="/images/qc1.jpg" width="170"></td></tr>
<tr><td colspan="3" align="center" bgcolor="#eeeeee"><font size="1">Bản quyền © UBND huyện Si Ma Cai - tỉnh Lào Cai<br>Thiết kế bởi Trung tâm Tin học</font></td></tr>
</table></body></html>""" % (esc(title), L, digits, main)


def art_page(a, idx):
    enc = numref if a.path == NUMREF else esc
    body = "<br><br>".join(enc(p) for p in a.paras[:a.table_after] if True) if a.table else "<br><br>".join(enc(p) for p in a.paras)
    if a.table:
        tb = "<table border=1 cellspacing=0>" + "".join("<tr>" + "".join("<td>%s</td>" % enc(c) for c in r) + "</tr>" for r in a.table) + "</table>"
        body += tb + "<br>".join(enc(p) for p in a.paras[a.table_after:])
        body = body.replace("</table>", "</table><br>")
    others = "".join('<a href="%s">%s</a> <font color="#888888">(%s)</font><br>' % (b.path, esc(b.title), "/".join(reversed(b.published.split("-")))) for b in arts if b is not a)
    return page(a.title, '<table width="100%%" cellpadding="6"><tr><td><font color="#b30000" size="4"><b>%s</b></font></td></tr><tr><td><font face="Arial" size="2">%s</font></td></tr><tr><td><b>Tin khác</b><br>%s</td></tr></table>' % (
        esc(a.title), body, others))


def listing(items, pager):
    return page("Cải cách hành chính", '<table width="100%">' + "".join('<tr><td>&raquo; <a href="%s">%s</a></td></tr>' % (p, esc(t)) for p, t in items) + '<tr><td>%s</td></tr></table>' % pager)


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=utf-8"
pages = [("/", page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t in items[:3])), 200, H, "utf-8"),
         (L, listing(items[:4], 'Trang: <b>1</b> <a href="%s">2</a>' % esc(L2)), 200, H, "utf-8"),
         (L2, listing(items[4:], 'Trang: <a href="%s">1</a> <b>2</b>' % esc(L)), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, art_page(a, i), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, '<font color="#b30000" size="4"><b>%s</b></font><br><a href="%s">Tải về</a>' % (esc(t), f)), 200, H, "utf-8"))
pages.append(("/gioithieu.php", page("Giới thiệu", "Si Ma Cai là huyện vùng cao biên giới của tỉnh Lào Cai, giáp Trung Quốc.<br>Điện thoại: 0214 3796 111"), 200, H, "utf-8"))
write_portal("p8_simacai_php_tables", {"name": "Website huyện Si Ma Cai", "district": "Si Ma Cai", "province": PROV,
             "platform": "bespoke PHP table layout"}, pages, arts, [notices[0][0], "/gioithieu.php", L, L2, "/"], FURN)

"""Portal 8: bespoke PHP table layout of the 2000s served in windows-1258 (huyện Chợ Mới, An Giang).
Hard cases: windows-1258 bytes with combining tone marks (not NFC after decoding), no container
classes at all (nested tables and <font>), header showing today's date while most articles show no
date (published null), one article dated only in brackets after the text, digit-image counter plus
"Số người đang xem" line, copyright block in a table, long teasers on the listing, series by commune."""
from common import *

CT = "text/html; charset=windows-1258"
P = Portal("p8_php1258_chomoi", "Website UBND huyện Chợ Mới", "Chợ Mới", "An Giang", "bespoke PHP (table layout, windows-1258)", ctype=CT)
LIST = "/tintuc.php?cat=5"
LIST2 = "/tintuc.php?cat=5&trang=2"
MENU = [("TRANG CHỦ", "/"), ("GIỚI THIỆU", "/gioithieu.php"), ("TIN TỨC", LIST), ("VĂN BẢN", "/vanban.php"), ("LIÊN HỆ", "/lienhe.php")]
P.furniture += ["GIỚI THIỆU", "VĂN BẢN", "LIÊN HỆ", "Hôm nay:", "Số người đang xem:", "Lượt truy cập:", "Tin đã đăng",
                "Copyright © 2008 UBND huyện Chợ Mới", "Thiết kế và phát triển: Trung tâm Tin học An Giang", "Xem tiếp"]


def enc(s):
    return cp1258(s)


def shell(title, main):
    menu = " | ".join('<a href="%s"><font color="#FFFFFF"><b>%s</b></font></a>' % (href(l), esc(m)) for m, l in MENU)
    digits = "".join('<img src="/images/so/%s.gif" alt="%s" />' % (c, c) for c in "00739126")
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>%s</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner_chomoi.jpg" width="778" height="120"></td></tr>
<tr bgcolor="#0B5FA5"><td colspan="2" height="24">&nbsp;%s</td><td align="right"><font color="#FFFFFF" size="1">Hôm nay: Thứ Bảy, 05/12/2026</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#EEF3FA"><table width="100%%"><tr><td><b>Lượt truy cập:</b><br>%s</td></tr><tr><td>Số người đang xem: 7</td></tr></table></td>
<td width="10"></td><td valign="top" width="598">%s</td></tr>
<tr><td colspan="3"><table width="100%%" bgcolor="#0B5FA5"><tr><td align="center"><font color="#FFFFFF" size="1">Copyright © 2008 UBND huyện Chợ Mới<br>Thiết kế và phát triển: Trung tâm Tin học An Giang</font></td></tr></table></td></tr>
</table></body></html>""" % (esc(title), menu, digits, main)


COMMUNES = ["Thị trấn Chợ Mới", "Thị trấn Mỹ Luông", "Xã Kiến An", "Xã Long Điền A", "Xã Mỹ Hội Đông"]
HEAD = ["Đơn vị", "Nhận", "Giải quyết đúng hạn", "Chưa giải quyết"]
ARTS = []  # id, title, published iso|None, dated_tail str|None, blocks
for k, (per, seed, p1) in enumerate([("6 tháng đầu năm 2009", 81, "Sáu tháng đầu năm, Bộ phận tiếp nhận và trả kết quả của huyện và 18 xã, thị trấn đã nhận %s hồ sơ các loại, giải quyết đúng hạn %s hồ sơ."),
                                      ("9 tháng năm 2009", 82, "Tính đến hết tháng 9, toàn huyện đã nhận %s hồ sơ, giải quyết đúng hạn %s hồ sơ, số còn lại đang trong hạn xử lý."),
                                      ("năm 2009", 83, "Cả năm 2009, các bộ phận một cửa trên địa bàn huyện đã nhận %s hồ sơ và giải quyết đúng hạn %s hồ sơ.")]):
    rows = series_rows(COMMUNES, seed, 300, 1900)
    rows = [[r[0], r[1], vn(int(r[1].replace(".", "")) - int(r[3]) - 2 - i), str(int(r[3]) + 2 + i)] for i, r in enumerate(rows)]
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 5200 * (k + 1)
    blocks = [("p", p1 % (vn(tot), vn(tot - 140 - 20 * k))),
              ("p", "Kết quả cụ thể tại các xã, thị trấn được chọn báo cáo:"), ("t", HEAD, rows),
              ("p", "Những tồn tại chủ yếu là cán bộ địa chính xã còn kiêm nhiệm nhiều việc, phòng làm việc chật, thiếu ghế ngồi chờ cho người dân."),
              ("p", "Nguyễn Thanh Phong - Phòng Nội vụ")]
    ARTS.append((1530 + k, "Kết quả thực hiện cơ chế một cửa %s" % per, None, None, blocks))
ARTS.append((1521, "Chợ Mới tổ chức hội thi cán bộ một cửa giỏi", "2009-05-20", "(20/05/2009)", [
    ("p", "Hội thi có 18 đội đến từ các xã, thị trấn tham gia với ba phần: chào hỏi, kiến thức pháp luật và xử lý tình huống."),
    ("p", "Giải nhất thuộc về đội xã Long Điền A; đội thị trấn Mỹ Luông và xã Kiến An đồng giải nhì."),
    ("p", "Ban tổ chức trao tặng mỗi đội một bộ sách hướng dẫn nghiệp vụ hộ tịch, chứng thực.")]))
ARTS.append((1525, "Khánh thành cầu Ông Chưởng mới", None, None, [
    ("p", "Cầu dài 120 m, rộng 7 m, nối liền thị trấn Chợ Mới với xã Kiến An, thay cho chiếc cầu sắt xuống cấp xây dựng từ năm 1985."),
    ("p", "Người dân hai bờ sông phấn khởi vì xe tải nhẹ đã có thể lưu thông, giảm chi phí vận chuyển nông sản.")]))
ARTS.append((1528, "Xã Mỹ Hội Đông ra mắt tổ hòa giải ở ấp", None, None, [
    ("p", "Mỗi tổ gồm năm người là trưởng ấp, chi hội trưởng phụ nữ, nông dân, cựu chiến binh và một vị cao niên có uy tín trong xóm."),
    ("p", "Tổ sẽ giúp bà con giải quyết các mâu thuẫn nhỏ về ranh đất, lối đi, nước tưới trước khi phải đưa lên xã.")]))
NOTICES = [(1540, "Thông báo lịch tiếp dân tháng 01/2010", "/upload/vanban/lichtiepdan_01_2010.doc")]


def apath(i):
    return "/tintuc.php?act=chitiet&id=%d&cat=5" % i


for i, t, iso, tail, blocks in ARTS:
    body = "".join('<p align="justify"><font face="Arial" size="2">%s</font></p>' % esc(b[1]) if b[0] == "p" else table_html(b[1], b[2], attrs=' border="1" cellpadding="3" cellspacing="0" width="95%"') for b in blocks)
    if tail:
        body += '<p align="right"><font size="1"><i>%s</i></font></p>' % tail
    others = "".join('<tr><td>&raquo; <a href="%s">%s</a></td></tr>' % (href(apath(j)), esc(tt)) for j, tt, *_ in ARTS if j != i)
    main = """<table width="100%%" border="0"><tr><td><font face="Arial" size="3" color="#0B5FA5"><b>%s</b></font></td></tr>
<tr><td>%s</td></tr><tr><td><hr size="1"><b>Tin đã đăng</b></td></tr>%s</table>""" % (esc(t), body, others)
    texts = [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][3], tb[0][2][4][0], tb[0][2][1][2], ph(texts[2], 0, 9)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(texts[0], 0, 7), ph(texts[1], 0, 6), ph(texts[-1], -6)], []
    P.article(apath(i), shell(t, main), t, iso, texts, must, extra, encode=enc)
for i, t, f in NOTICES:
    P.page(apath(i), shell(t, '<table width="100%%"><tr><td><b>%s</b></td></tr><tr><td><a href="%s">Tải về</a></td></tr></table>' % (esc(t), href(f))), encode=enc)
items = [(a[0], a[1], a[4][0][1]) for a in ARTS] + [(n[0], n[1], "") for n in NOTICES]


def lst(L):
    # long teasers: the whole first paragraph plus the start of the next
    return "".join('<table width="100%%"><tr><td><a href="%s"><b>%s</b></a></td></tr><tr><td><font size="2">%s</font> <a href="%s">Xem tiếp</a></td></tr></table>' % (href(apath(i)), esc(t), esc(s), href(apath(i))) for i, t, s in L)


pg = '<p align="center">Trang: <a href="%s">1</a> <a href="%s">2</a></p>' % (href(LIST), href(LIST2))
P.page("/", shell("UBND huyện Chợ Mới", lst(items[:3]) + '<p><a href="%s">Các tin khác</a></p>' % href(LIST) + lst(items[-1:])), encode=enc)
P.page(LIST, shell("Tin tức", lst(items[:4]) + pg), encode=enc)
P.page(LIST2, shell("Tin tức", lst(items[4:]) + pg), encode=enc)
P.page("/lienhe.php", shell("Liên hệ", "<p><b>Văn phòng HĐND và UBND huyện Chợ Mới</b></p><p>Điện thoại: 076.3883.xxx</p>"), encode=enc)
P.write()

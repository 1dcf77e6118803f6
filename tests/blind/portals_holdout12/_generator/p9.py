"""p9 — bespoke PHP site in a 2000s table layout (huyện Cẩm Khê, Phú Thọ).

Hard cases: no container class or id at all (bare tables and <font>), paragraphs split by
<br /><br /> instead of <p>, numeric character references for every non-ASCII letter in some
bodies, the date in the URL and again as "(18/3/2025)" in small type under the title,
a digit-per-element counter in the left column before the content, a "Tin đọc nhiều"
list with dates, a welcome line, a copyright footer cell, a served print view with its own
canonical to the article (so it is in neither gold list).
"""
from common import Portal, esc, attr

P = Portal("h12_camkhe_php", "Trang thông tin điện tử huyện Cẩm Khê", "Cẩm Khê", "Phú Thọ",
           "bespoke PHP (table layout)")

LIST = "/tintuc.php?cat=2"
LIST2 = "/tintuc.php?cat=2&page=2"
CONTACT = "/lienhe.php"


def ncr(s):
    return "".join(ch if ord(ch) < 128 else "&#%d;" % ord(ch) for ch in esc(s))


def url(a):
    y, m, d = a["pub"].split("-")
    return "/tin/%s/%s/%s/%d.htm" % (y, m, d, a["id"])


def short(a):
    y, m, d = a["pub"].split("-")
    return "%d/%d/%s" % (int(d), int(m), y)


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s">' % attr(canonical)) if canonical else ""
    top = "".join('<tr><td><font size="1">&raquo; <a href="%s">%s</a> (%s)</font></td></tr>' % (attr(url(a)), esc(a["title"]), short(a)) for a in ARTS[:4])
    digits = "".join('<span>%s</span>' % d for d in "0734218")
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>{canon}
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/top_camkhe.jpg" width="980" height="140"></td></tr>
<tr><td colspan="2" bgcolor="#0A5BA8"><font color="#FFFFFF"><b><a href="/">TRANG CHỦ</a> | <a href="{attr(LIST)}">TIN TỨC</a> | <a href="/vanban.php">VĂN BẢN</a> | <a href="{CONTACT}">LIÊN HỆ</a></b></font></td></tr>
<tr><td colspan="2"><marquee><font color="#CC0000">Nhiệt liệt chào mừng quý khách ghé thăm trang thông tin huyện Cẩm Khê</font></marquee></td></tr>
<tr><td width="210" valign="top">
<table width="100%" border="1" cellspacing="0"><tr><td bgcolor="#DDEEFF"><b>Số lượt truy cập</b></td></tr>
<tr><td align="center">{digits}</td></tr></table>
<table width="100%" border="0"><tr><td><b>Tin đọc nhiều</b></td></tr>{top}</table>
</td><td valign="top">{main}</td></tr>
<tr><td colspan="2" align="center" bgcolor="#EEEEEE"><font size="1">Copyright &copy; UBND huyện Cẩm Khê. Tổ 3, thị trấn Cẩm Khê, tỉnh Phú Thọ.<br>Thiết kế và quản trị: Phòng Văn hóa và Thông tin huyện</font></td></tr>
</table></body></html>"""


def body_html(a):
    enc = ncr if a.get("ncr") else esc
    parts = [enc(p) for p in a["paras"][:a.get("split", 99)]]
    out = "<br /><br />".join(parts)
    if a.get("table"):
        out += '<br /><table border="1" cellspacing="0" cellpadding="3">%s</table><br />' % "".join(
            "<tr>%s</tr>" % "".join("<td>%s</td>" % enc(c) for c in r) for r in a["table"])
        out += "<br /><br />".join(enc(p) for p in a["paras"][a["split"]:])
    return out


def detail(a):
    return shell(a["title"], f"""<table width="100%" border="0" cellpadding="6"><tr><td>
<font face="Arial" size="4" color="#0A5BA8"><b>{esc(a["title"])}</b></font><br>
<font size="1" color="#888888">({short(a)})</font><br><br>
<font face="Arial" size="2">{body_html(a)}</font>
</td></tr><tr><td align="right"><a href="/inbai.php?id={a["id"]}">[In bài này]</a> <a href="javascript:history.back()">[Trở về]</a></td></tr>
<tr><td><b>Các tin khác:</b><br>{"".join('&bull; <a href="%s">%s</a><br>' % (attr(url(x)), esc(x["title"])) for x in ARTS if x is not a)}</td></tr></table>""", canonical=url(a))


ARTS = [
 dict(id=812, pub="2025-03-18", title="Cẩm Khê: hai tháng đầu năm không có hồ sơ trễ hạn",
  paras=[
   "Tháng 1 và tháng 2 năm 2025, Bộ phận Một cửa huyện và 24 xã, thị trấn của huyện Cẩm Khê tiếp nhận 5.126 hồ sơ thủ tục hành chính; 4.980 hồ sơ đã có kết quả, tất cả đúng hoặc trước hạn.",
   "Trong đó, cấp huyện tiếp nhận 1.377 hồ sơ, cấp xã tiếp nhận 3.749 hồ sơ. Hồ sơ nộp trực tuyến chiếm 61,3%; còn 146 hồ sơ chưa đến hạn trả.",
   "Các xã có số hồ sơ nhiều nhất:",
   "Huyện đang thí điểm trả kết quả chứng thực bản sao điện tử qua thư điện tử của người dân.",
  ], split=2,
  table=[["Xã, thị trấn", "Hồ sơ"], ["Thị trấn Cẩm Khê", "688"], ["Xã Phương Xá", "341"], ["Xã Đồng Lương", "297"]],
  must=["5.126 hồ sơ", "1.377 hồ sơ", "61,3%", "Xã Phương Xá"]),
 dict(id=805, pub="2025-03-06", title="Chỉ số cải cách hành chính huyện Cẩm Khê năm 2024", ncr=True,
  paras=[
   "Theo kết quả do UBND tỉnh Phú Thọ công bố, Chỉ số cải cách hành chính năm 2024 của huyện Cẩm Khê đạt 88,14%, xếp thứ 4/13 huyện, thành, thị.",
   "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 89,77%.",
   "UBND huyện đề nghị các cơ quan chuyên môn duy trì kết quả và khắc phục ngay các điểm bị trừ.",
  ],
  must=["88,14%", "xếp thứ 4/13", "89,77%"]),
 dict(id=799, pub="2025-02-25", title="Xã Tiên Lương trồng 20 ha bưởi Diễn",
  paras=[
   "Xã Tiên Lương vừa hoàn thành trồng 20 ha bưởi Diễn trên đất đồi trước đây trồng sắn.",
   "Các hộ tham gia được hỗ trợ cây giống và phân bón trong năm đầu, sau ba năm cây bắt đầu cho thu hoạch.",
  ],
  must=["20 ha bưởi Diễn", "trồng sắn", "sau ba năm"]),
 dict(id=794, pub="2025-02-17", title="Ra quân làm thủy lợi đầu xuân",
  paras=["Hơn 3.000 người dân các xã ven sông Thao đã ra quân nạo vét 42 km kênh mương nội đồng."],
  must=["Hơn 3.000 người dân", "sông Thao", "42 km kênh mương"]),
 dict(id=788, pub="2025-02-10", title="Lễ hội đình Văn Luông", ncr=True,
  paras=[
   "Lễ hội đình Văn Luông, xã Tân Phương được tổ chức trong hai ngày mùng 10 và 11 tháng Giêng.",
   "Phần hội có thi kéo co, đánh đu, chọi gà và hát ghẹo của các phường ở địa phương.",
  ],
  must=["đình Văn Luông", "xã Tân Phương", "hát ghẹo"]),
 dict(id=781, pub="2025-01-24", title="Trao quà Tết cho hộ nghèo xã Văn Khúc",
  paras=[
   "Nhân dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện trao 150 suất quà cho hộ nghèo và người khuyết tật xã Văn Khúc.",
   "Mỗi suất gồm gạo, bánh chưng và 500 nghìn đồng tiền mặt.",
  ],
  must=["150 suất quà", "xã Văn Khúc", "500 nghìn đồng"]),
]

for a in ARTS:
    P.article(url(a), detail(a), a["title"], a["pub"], a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

# a served print view of the first article: canonical names the article, so it is in neither list
PRINT = "/inbai.php?id=812"
A0 = ARTS[0]
P.add(PRINT, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(A0["title"])}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{url(A0)}"></head><body onload="window.print()">
<b>{esc(A0["title"])}</b><br>({short(A0)})<br><br>{body_html(A0)}</body></html>""")

P.furn("Nhiệt liệt chào mừng quý khách", "Số lượt truy cập", "Tin đọc nhiều", "[In bài này]", "[Trở về]",
       "Các tin khác:", "Thiết kế và quản trị", "Copyright")


def rows(arts):
    return "".join('<tr><td>&raquo; <a href="%s"><b>%s</b></a> <font size="1">(%s)</font></td></tr>' % (attr(url(a)), esc(a["title"]), short(a)) for a in arts)


P.non_article(LIST, shell("Tin tức", '<table width="100%%">%s</table><p>Trang: <b>1</b> <a href="%s">2</a></p>' % (rows(ARTS[:3]), attr(LIST2))))
P.non_article(LIST2, shell("Tin tức", '<table width="100%%">%s</table><p>Trang: <a href="%s">1</a> <b>2</b></p>' % (rows(ARTS[3:]), attr(LIST))))

NOTICE = "/tin/2025/03/20/815.htm"
P.non_article(NOTICE, shell("Thông báo về việc tuyển dụng giáo viên mầm non năm 2025", """<table width="100%"><tr><td>
<font face="Arial" size="4" color="#0A5BA8"><b>Thông báo về việc tuyển dụng giáo viên mầm non năm 2025</b></font><br><br>
<a href="/upload/TB_tuyen_dung_GVMN_2025.doc">Tải văn bản</a></td></tr></table>""", canonical=NOTICE))

P.non_article(CONTACT, shell("Liên hệ", """<table width="100%"><tr><td><b>LIÊN HỆ</b><br>Văn phòng HĐND và UBND huyện Cẩm Khê<br>Điện thoại: 0210 3879 216<br>
Thư điện tử: vp.camkhe@phutho.gov.vn</td></tr></table>"""))

P.non_article("/", shell("Trang thông tin điện tử huyện Cẩm Khê", f"""<table width="100%"><tr><td bgcolor="#DDEEFF"><b>TIN MỚI</b></td></tr>{rows(ARTS[:2])}
<tr><td><a href="{attr(LIST)}">Xem thêm tin...</a></td></tr>
<tr><td bgcolor="#DDEEFF"><b>THÔNG BÁO</b></td></tr><tr><td><a href="{NOTICE}">Thông báo về việc tuyển dụng giáo viên mầm non năm 2025</a></td></tr></table>"""))

P.write()

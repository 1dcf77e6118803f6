"""p7 — bespoke PHP table layout of the 2000s (huyện Cần Giuộc, Long An).

Hard cases: header shows today's date while two articles state no date of their own (published null);
others give "(Cập nhật dd/mm/yyyy)" right under the title; headline in <font><b>; long teasers on the
listing; a served print view (inbai.php) linked from each article, canonical back to the article;
digit-per-image counter in the footer; copyright block in a table; entities in the body.
"""
from common import Portal, esc, href, entities

P = Portal("p7_cangiuoc_php", "Website UBND huyện Cần Giuộc", "Cần Giuộc", "Long An", "bespoke PHP table layout (index.php?mod=)")
DET = "/index.php?mod=tintuc&act=chitiet&id=%d"
PRN = "/inbai.php?id=%d"
LIST1 = "/index.php?mod=tintuc&cat=3"
LIST2 = "/index.php?mod=tintuc&cat=3&p=2"
INTRO = "/index.php?mod=gioithieu"
NOTICE = "/index.php?mod=thongbao&act=chitiet&id=58"
DOCS = "/index.php?mod=thongbao"

F_HEAD = ["Hôm nay là Thứ Năm, 04/12/2026"]
F_RIGHT = ["GÓP Ý - HỎI ĐÁP", "Gởi thắc mắc về thủ tục cho UBND huyện"]
F_LEFT = ["TIN ĐỌC NHIỀU", "Liên kết website"]
F_TOOL = ["[In trang này]", "[Gởi cho bạn]", "[Trở về]", "[Lên đầu trang]", "Cỡ chữ:", "[Chia sẻ Facebook]"]
F_IN = ["Số lượt đọc bài:", "CÁC TIN KHÁC"]
F_FOOT = ["Bản quyền thuộc về UBND huyện Cần Giuộc", "Số người viếng thăm:", "Xây dựng bởi phòng Văn hóa - Thông tin"]

A = [
 dict(id=1542, d="2025-02-14", t="Cần Giuộc: năm 2024 giải quyết 14.906 hồ sơ thủ tục hành chính",
      p=["Năm 2024, Bộ phận Một cửa huyện và 15 xã, thị trấn tiếp nhận 15.210 hồ sơ (14.873 hồ sơ mới, 337 hồ sơ năm 2023 chuyển sang).",
         "Trong đó có 11.462 hồ sơ được nộp trực tuyến và 405 hồ sơ tiếp nhận qua bưu chính công ích.",
         "Đã giải quyết 14.906 hồ sơ; trước hạn 6.120, đúng hạn 8.661, quá hạn 125; đang giải quyết 304 hồ sơ.",
         "Huyện đứng thứ 5/15 huyện, thị xã, thành phố về chỉ số phục vụ người dân và doanh nghiệp."],
      must=["14.873 hồ sơ mới, 337 hồ sơ năm 2023 chuyển sang", "trước hạn 6.120, đúng hạn 8.661, quá hạn 125", "405 hồ sơ tiếp nhận qua bưu chính công ích"]),
 dict(id=1550, d="2025-03-03", t="Bảng kết quả chỉ số hài lòng tại các xã vùng hạ",
      p=["Đoàn khảo sát của huyện phát 600 phiếu tại 6 xã vùng hạ, thu về 588 phiếu hợp lệ.",
         "Kết quả một số xã như sau:",
         "Các xã có tỷ lệ dưới 85% phải tổ chức rút kinh nghiệm trong quý II."],
      tbl=[["Xã", "Số phiếu", "Hài lòng"], ["Phước Vĩnh Đông", "98", "91,8%"], ["Tân Tập", "100", "84,0%"], ["Long Hựu Đông", "97", "88,7%"]],
      must=["600 phiếu tại 6 xã vùng hạ", "Phước Vĩnh Đông", "dưới 85%"]),
 dict(id=1557, d=None, t="Làng nghề đóng ghe Phước Lại vào mùa cao điểm",
      p=["Những ngày này, các trại ghe ở xã Phước Lại làm việc đến tối mịt để kịp giao hàng cho ngư dân trước mùa gió chướng.",
         "Mỗi chiếc ghe gỗ dài 12 mét cần bốn thợ làm trong khoảng 40 ngày, giá từ 180 đến 250 triệu đồng.",
         "Các chủ trại cho biết đang khó tìm thợ trẻ vì thanh niên chuyển sang làm công nhân ở các khu công nghiệp."],
      must=["các trại ghe ở xã Phước Lại", "dài 12 mét cần bốn thợ", "khó tìm thợ trẻ"]),
 dict(id=1563, d="2025-03-21", t="Khánh thành cầu Rạch Dừa",
      p=["Cầu Rạch Dừa dài 48 m, rộng 7 m, nối ấp Tân Điền với ấp Bà Đằng, vốn đầu tư 11 tỷ đồng.",
         "Cầu thay thế cây cầu sắt cũ đã xuống cấp, giúp xe tải nhẹ vào tận vùng trồng rau."],
      must=["dài 48 m, rộng 7 m", "ấp Tân Điền với ấp Bà Đằng", "xe tải nhẹ vào tận vùng trồng rau"]),
 dict(id=1571, d=None, t="Nông dân Long Thượng chuyển sang trồng rau trong nhà màng",
      p=["Ở xã Long Thượng, 23 hộ đã đầu tư nhà màng để trồng dưa lưới, cải bó xôi và rau gia vị cung cấp cho siêu thị.",
         "Chi phí ban đầu cao nhưng rau ít sâu bệnh, bán được giá ổn định quanh năm.",
         "Trần Phúc"],
      must=["23 hộ đã đầu tư nhà màng", "dưa lưới, cải bó xôi", "bán được giá ổn định quanh năm"]),
 dict(id=1580, d="2025-04-10", t="Ra quân tổng vệ sinh môi trường ở khu công nghiệp Tân Kim",
      p=["Hơn 500 công nhân, đoàn viên và người dân tham gia thu gom rác, khơi thông cống rãnh quanh khu công nghiệp Tân Kim.",
         "Kết thúc buổi ra quân, lực lượng tham gia thu gom khoảng 6 tấn rác thải các loại."],
      must=["Hơn 500 công nhân", "khu công nghiệp Tân Kim", "khoảng 6 tấn rác thải"]),
]


def digits(n):
    return "".join('<img src="/images/dem/%s.gif" alt="%s">' % (c, c) for c in str(n))


def shell(title, main, canon):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"></head><body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" align="center"><tr><td colspan="3" background="/images/top.jpg" height="120"></td></tr>
<tr bgcolor="#0b5394"><td colspan="2"><a href="/"><font color="white">TRANG CHỦ</font></a> | <a href="{href(INTRO)}"><font color="white">GIỚI THIỆU</font></a> | <a href="{href(LIST1)}"><font color="white">TIN TỨC</font></a> | <a href="{href(DOCS)}"><font color="white">THÔNG BÁO</font></a></td><td align="right"><font color="white">{F_HEAD[0]}</font></td></tr>
<tr><td width="190" valign="top"><table><tr><td bgcolor="#cfe2f3"><b>{F_LEFT[0]}</b></td></tr>
{"".join('<tr><td><a href="%s">%s</a></td></tr>' % (href(DET % b["id"]), esc(b["t"])) for b in A[:3])}
<tr><td bgcolor="#cfe2f3"><b>{F_LEFT[1]}</b></td></tr><tr><td><a href="/lienket.php?to=longan">Cổng TTĐT tỉnh Long An</a></td></tr></table></td>
<td valign="top">{main}</td><td width="180" valign="top"><table><tr><td bgcolor="#cfe2f3"><b>{F_RIGHT[0]}</b></td></tr><tr><td>{F_RIGHT[1]}</td></tr></table></td></tr>
<tr><td colspan="3" align="center" bgcolor="#eeeeee"><table><tr><td>{F_FOOT[0]}</td></tr><tr><td>Địa chỉ: Khu phố Thanh Ba, thị trấn Cần Giuộc</td></tr><tr><td>{F_FOOT[2]}</td></tr><tr><td>{F_FOOT[1]} {digits(873320)}</td></tr></table></td></tr></table></body></html>"""


def body_html(a):
    tbl = ""
    if a.get("tbl"):
        tbl = '<table border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % entities(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    return "".join("<p>%s</p>" % entities(x) for x in a["p"][:2]) + tbl + "".join("<p>%s</p>" % entities(x) for x in a["p"][2:])


def art(a):
    stamp = ('<br><i>(Cập nhật %s)</i>' % "/".join(reversed(a["d"].split("-")))) if a["d"] else ""
    oth = "".join('<li><a href="%s">%s</a></li>' % (href(DET % b["id"]), esc(b["t"])) for b in A if b is not a)
    return f"""<table width="100%"><tr><td><font color="#990000" size="4"><b>{esc(a["t"])}</b></font>{stamp}</td></tr>
<tr><td align="right">{F_TOOL[4]} <a href="#">A</a> <a href="#">A+</a></td></tr>
<tr><td>{body_html(a)}</td></tr>
<tr><td align="right">{F_IN[0]} {a["id"] % 997}</td></tr>
<tr><td align="right"><a href="{href(PRN % a["id"])}">{F_TOOL[0]}</a> <a href="#">{F_TOOL[1]}</a> <a href="javascript:history.back()">{F_TOOL[2]}</a> <a href="#">{F_TOOL[3]}</a> <a href="#">{F_TOOL[5]}</a></td></tr></table>
<table><tr><td><b>{F_IN[1]}</b></td></tr><tr><td><ul>{oth}</ul></td></tr></table>"""


for a in A:
    P.add(DET % a["id"], shell(a["t"], art(a), DET % a["id"]))
    P.add(PRN % a["id"], f'<html><head><meta charset="utf-8"><title>{esc(a["t"])}</title><link rel="canonical" href="http://{{{{HOST}}}}{href(DET % a["id"])}"></head><body onload="window.print()"><h3>{esc(a["t"])}</h3>{body_html(a)}</body></html>')
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(DET % a["id"], a["t"], a["d"], a["p"], a["must"], cells)

row = lambda a: '<tr><td><a href="%s"><b>%s</b></a><br>%s</td></tr>' % (href(DET % a["id"]), esc(a["t"]), entities(" ".join(a["p"][:2])))
P.add(LIST1, shell("Tin tức", "<table>" + "".join(row(a) for a in A[:4]) + '</table><p>Trang: <b>1</b> <a href="%s">2</a></p>' % href(LIST2), LIST1), non_article=True)
P.add(LIST2, shell("Tin tức", "<table>" + "".join(row(a) for a in A[4:]) + '</table><p>Trang: <a href="%s">1</a> <b>2</b></p>' % href(LIST1), LIST2), non_article=True)
IP = ["Cần Giuộc là huyện ven biển phía đông tỉnh Long An, giáp Thành phố Hồ Chí Minh, có sông Cần Giuộc và sông Soài Rạp bao quanh.",
      "Huyện có 15 xã, thị trấn; vùng thượng phát triển công nghiệp, vùng hạ giữ nghề trồng rau màu, nuôi tôm và đóng ghe truyền thống.",
      "Cần Giuộc gắn với bài văn tế nghĩa sĩ Cần Giuộc của cụ Đồ Chiểu, ghi lại trận đánh đồn Tây năm 1861."]
P.add(INTRO, shell("Giới thiệu", "<table><tr><td><b>GIỚI THIỆU HUYỆN CẦN GIUỘC</b></td></tr><tr><td>" + "".join("<p>%s</p>" % entities(x) for x in IP) + "</td></tr></table>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", '<table><tr><td><font size="4"><b>Thông báo về việc lấy ý kiến dự thảo quy hoạch sử dụng đất thời kỳ 2021-2030</b></font></td></tr><tr><td><a href="/upload/thongbao/TB-lay-y-kien-QHSDD.pdf">Xem file đính kèm</a></td></tr></table>', NOTICE), non_article=True)
P.add(DOCS, shell("Thông báo", '<table><tr><td><a href="%s">Lấy ý kiến dự thảo quy hoạch sử dụng đất</a></td></tr></table>' % href(NOTICE), DOCS), non_article=True)
P.add("/", shell("Trang chủ", "<table>" + "".join(row(a) for a in A[3:]) + '</table><p><a href="%s">Xem thêm tin tức</a> | <a href="%s">Thông báo mới</a></p>' % (href(LIST1), href(NOTICE)), "/"), non_article=True)
P.furniture(*F_RIGHT, *F_HEAD, *F_LEFT, *F_TOOL, *F_IN, *F_FOOT)
P.finish()

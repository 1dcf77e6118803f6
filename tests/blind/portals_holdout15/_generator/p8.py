"""p8: bespoke PHP table layout of the 2000s (tintuc.php?act=detail&id=), huyện Hướng Hóa, Quảng Trị.
No container classes; date after the text; digit-per-element counter; copyright block in a table."""
from datetime import date
from common import Portal, esc, attr

P = Portal("p8_huonghoa", "Website huyện Hướng Hóa", "Hướng Hóa", "Quảng Trị", "bespoke PHP table layout")


def au(i):
    return "/tintuc.php?act=detail&id=%d" % i


A = [
 dict(id=2291, t="HƯỚNG HÓA: TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 10/2024", d=date(2024, 11, 4),
      p=["Trong tháng 10, Bộ phận Một cửa huyện Hướng Hóa tiếp nhận 846 hồ sơ, cộng 58 hồ sơ của tháng 9 chuyển sang.",
         "Trong số 861 hồ sơ đã giải quyết có 397 hồ sơ sớm hạn, 452 hồ sơ đúng hạn, 12 hồ sơ chậm; đang xử lý 43 hồ sơ.",
         "Hồ sơ nộp qua mạng là 377 (chiếm 44,6%), nộp qua bưu chính công ích 26 hồ sơ.",
         "Phân theo lĩnh vực như sau:",
         "Huyện yêu cầu Chi nhánh Văn phòng đăng ký đất đai giải trình nguyên nhân các hồ sơ chậm."],
      table=[["Lĩnh vực", "Đã giải quyết", "Chậm"], ["Đất đai", "318", "10"], ["Tư pháp", "276", "0"], ["Lao động - Thương binh và Xã hội", "149", "2"]], tat=4, cell="Tư pháp"),
 dict(id=2287, t="Chỉ số SIPAS và PAR Index của huyện năm 2023", d=date(2024, 10, 21),
      p=["Năm 2023, Chỉ số hài lòng SIPAS của huyện Hướng Hóa đạt 83,7%, xếp thứ 6/10 huyện, thị xã, thành phố trong tỉnh Quảng Trị.",
         "Chỉ số PAR Index của huyện đạt 85,06 điểm, xếp thứ 5/10, tăng 2 bậc so với năm 2022.",
         "Điểm hạn chế là tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp, chỉ đạt 21%.",
         "Hồ Văn Thắng - Phòng Nội vụ"]),
 dict(id=2280, t="Khe Sanh đón khách du lịch dịp cao điểm mùa thu", d=date(2024, 10, 8),
      p=["Tháng 9 vừa qua, thị trấn Khe Sanh và các điểm di tích trên địa bàn huyện đón khoảng 27.000 lượt khách, tăng 15% so với cùng kỳ.",
         "Du khách chủ yếu tham quan Sân bay Tà Cơn, Làng Vây và đồi cà phê Khe Sanh."]),
 dict(id=2276, t="Tập huấn trồng cà phê Arabica cho đồng bào Vân Kiều", d=date(2024, 9, 30),
      p=["Trạm Khuyến nông huyện tổ chức 4 lớp tập huấn kỹ thuật trồng, chăm sóc cà phê Arabica cho 160 hộ đồng bào Vân Kiều, Pa Kô.",
         "Các học viên được thực hành cắt cành, bón phân hữu cơ và sơ chế quả tươi đúng cách."]),
 dict(id=2270, t="Trao tặng 200 chiếc áo ấm cho học sinh vùng biên", d=date(2024, 9, 24),
      p=["Đồn Biên phòng Thanh phối hợp với nhóm thiện nguyện tại Đông Hà trao 200 chiếc áo ấm cho học sinh Trường Tiểu học và THCS Thanh.",
         "Dịp này, đơn vị cũng tặng 30 suất học bổng cho các em có hoàn cảnh khó khăn."]),
 dict(id=2266, t="Khánh thành trạm y tế xã Hướng Lập", d=date(2024, 9, 16), short=True,
      p=["Trạm y tế xã Hướng Lập được đầu tư 3,5 tỷ đồng vừa khánh thành, đưa vào sử dụng từ ngày 16/9/2024."]),
]

NAV = '<a href="/">TRANG CHỦ</a> | <a href="/gioithieu.php">GIỚI THIỆU</a> | <a href="/tintuc.php?act=list&amp;cat=3">TIN TỨC</a> | <a href="/thongbao.php">THÔNG BÁO</a> | <a href="/lienhe.php">LIÊN HỆ</a>'


def digits(n):
    return "".join("<span class=d>%s</span>" % c for c in n)


def page(title, main):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>
<body bgcolor="#ffffff" topmargin="0"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner_huonghoa.jpg" width="900" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><font color="#ffffff"><marquee>Chào mừng quý khách ghé thăm Website huyện Hướng Hóa</marquee></font></td></tr>
<tr><td colspan="3" bgcolor="#e6eefc">%s</td></tr>
<tr><td width="180" valign="top"><b>THÔNG TIN CẦN BIẾT</b><br><a href="/thongbao.php">Lịch tiếp dân</a><br><a href="/gioithieu.php">Bản đồ hành chính</a></td>
<td width="540" valign="top">%s</td>
<td width="180" valign="top"><b>SỐ NGƯỜI ĐÃ GHÉ THĂM</b><br>%s<br><b>ĐANG GHÉ THĂM</b><br>%s</td></tr>
<tr><td colspan="3"><table width="100%%" bgcolor="#003399"><tr><td align="center"><font color="#ffffff" size="1">Copyright 2008 - Website huyện Hướng Hóa. Đặt tốt nhất ở độ phân giải 1024 x 768.</font></td></tr></table></td></tr>
</table></body></html>""" % (esc(title), NAV, main, digits("00964217"), digits("00018"))


for a in A:
    url = au(a["id"])
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p align=\"justify\">%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table border="1" cellpadding="2" width="100%%">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]))
    others = "".join('<tr><td>&#187; <a href="%s">%s</a> <i>[%s]</i></td></tr>' % (attr(au(o["id"])), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in A if o is not a)
    inner = """<table width="100%%" cellpadding="4"><tr><td><font size="3" color="#cc0000"><b>%s</b></font></td></tr>
<tr><td>%s</td></tr>
<tr><td align="right"><i>Ngày %s</i> &nbsp; <a href="/intin.php?id=%d">[In tin này]</a> <a href="javascript:history.back()">[Trở về]</a> &nbsp; Số lượt đọc bài: %d</td></tr></table>
<br><b>CÁC TIN ĐÃ ĐƯA</b><table width="100%%">%s</table>""" % (esc(a["t"]), "\n".join(body), a["d"].strftime("%d/%m/%Y"), a["id"], 40 + a["id"] % 300, others)
    P.add_page(url, page(a["t"], inner))
    P.gold_article(url, a["t"], a["d"], a["p"], table_cell=a.get("cell"))

L = "/tintuc.php?act=list&cat=3"
L2 = "/tintuc.php?act=list&cat=3&p=2"


def lst(items):
    return "<table>%s</table>" % "".join('<tr><td><a href="%s"><b>%s</b></a> (%s)</td></tr>' % (attr(au(a["id"])), esc(a["t"]), a["d"].strftime("%d/%m/%Y")) for a in items)


pg = 'Trang: <a href="%s">1</a> <a href="%s">2</a>' % (attr(L), attr(L2))
P.add_page(L, page("Tin tức", lst(A[:3]) + pg))
P.add_page(L2, page("Tin tức", lst(A[3:]) + pg))
P.add_page("/thongbao.php", page("Thông báo", '<table><tr><td><a href="/thongbao.php?id=58">Thông báo nghỉ Tết Dương lịch năm 2025</a></td></tr></table>'))
P.add_page("/thongbao.php?id=58", page("Thông báo", '<font size="3"><b>Thông báo nghỉ Tết Dương lịch năm 2025</b></font><br><a href="/upload/tb58.pdf">Tải văn bản (tb58.pdf)</a>'))
P.add_page("/lienhe.php", page("Liên hệ", '<b>LIÊN HỆ</b><br>Văn phòng HĐND và UBND huyện Hướng Hóa<br>Địa chỉ: 36 Lê Duẩn, thị trấn Khe Sanh<br>Thư điện tử: vanphong@huonghoa.quangtri.gov.vn'))
P.add_page("/", page("Trang chủ", lst(A[:4]) + '<a href="%s">Xem tiếp &#187;</a><br><a href="/thongbao.php?id=58">Thông báo nghỉ Tết Dương lịch năm 2025</a>' % attr(L)))
P.non_articles += ["/", L, L2, "/thongbao.php", "/thongbao.php?id=58", "/lienhe.php"]
P.furniture += ["SỐ NGƯỜI ĐÃ GHÉ THĂM", "ĐANG GHÉ THĂM", "THÔNG TIN CẦN BIẾT", "Chào mừng quý khách ghé thăm", "[In tin này]", "[Trở về]",
                "Số lượt đọc bài:", "CÁC TIN ĐÃ ĐƯA", "Copyright 2008", "Đặt tốt nhất ở độ phân giải", "Bản đồ hành chính"]
P.write()

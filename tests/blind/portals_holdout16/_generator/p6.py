"""p6 — Joomla 1.5 district site in windows-1258 (huyện Bạch Thông, Bắc Kạn).

Hard cases: bytes in windows-1258 (decoded text is not NFC); named entities in the body; no container
class at all (plain nested tables); headline in a bold table cell; date printed only after the text;
online/visit module in the left column before the content; footer copyright in a table.
"""
from common import Portal, esc, href, entities

P = Portal("p6_bachthong_joomla", "Website huyện Bạch Thông", "Bạch Thông", "Bắc Kạn", "Joomla 1.5 (com_content task=view)")
DET = "/index.php?option=com_content&task=view&id=%d&Itemid=34"
LIST1 = "/index.php?option=com_content&task=category&sectionid=3&id=12&Itemid=34"
LIST2 = LIST1 + "&limit=4&limitstart=4"
INTRO = "/index.php?option=com_content&task=view&id=5&Itemid=2"
NOTICE = "/index.php?option=com_content&task=view&id=301&Itemid=41"
DOCS = "/index.php?option=com_docman&Itemid=41"
ENC = "windows-1258"

F_LEFT = ["Hiện có", "người khách đang cùng xem website", "Lượt khách từ trước tới nay", "Khách của ngày hôm nay"]
F_TOOL = ["Bản in thân thiện", "Gửi đường dẫn bài qua email", "Trở lại phía trước", "Chữ lớn", "Chữ vừa", "Đưa bài lên Facebook"]
F_IN = ["Ngày gửi bài:", "Những bài viết khác", "Số lần bài được mở:"]
F_FOOT = ["Bản quyền © Ủy ban nhân dân huyện Bạch Thông", "Trang được vận hành trên nền Joomla!"]
F_RIGHT = ["Lịch công tác tuần", "Xem lịch làm việc của lãnh đạo huyện"]
F_SIDE = ["Thăm dò ý kiến", "Bạn thấy website cung cấp thông tin thế nào?"]

A = [
 dict(id=215, d="2025-06-12", t="Bạch Thông: 5 tháng tiếp nhận 1.734 hồ sơ hành chính",
      p=["Theo Văn phòng HĐND và UBND huyện Bạch Thông, 5 tháng đầu năm 2025 toàn huyện tiếp nhận 1.734 hồ sơ, bao gồm 1.690 hồ sơ mới và 44 hồ sơ còn tồn.",
         "Hồ sơ nộp qua Cổng dịch vụ công trực tuyến là 1.102, qua bưu điện là 12.",
         "Kết quả: giải quyết trước hạn 803 hồ sơ, đúng hạn 858 hồ sơ, quá hạn 9 hồ sơ; còn 64 hồ sơ đang giải quyết.",
         "Tỷ lệ đúng và trước hạn đạt 99,46%, cao hơn cùng kỳ năm trước."],
      must=["1.690 hồ sơ mới và 44 hồ sơ còn tồn", "quá hạn 9 hồ sơ", "đạt 99,46%"]),
 dict(id=219, d="2025-06-25", t="Chỉ số hài lòng và chỉ số cải cách hành chính năm 2024",
      p=["Năm 2024, huyện Bạch Thông đạt 85,02 điểm chỉ số cải cách hành chính, xếp thứ 3/8 huyện, thành phố tỉnh Bắc Kạn.",
         "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 84,9%, các thành phần được chấm như sau:",
         "Huyện sẽ tăng cường kiểm tra đột xuất công vụ tại bộ phận một cửa cấp xã."],
      tbl=[["Thành phần", "Tỷ lệ hài lòng"], ["Tiếp cận dịch vụ", "87,3%"], ["Thủ tục hành chính", "85,6%"], ["Công chức giải quyết", "83,1%"]],
      must=["85,02 điểm chỉ số cải cách hành chính", "Thủ tục hành chính", "kiểm tra đột xuất công vụ"]),
 dict(id=224, d="2025-07-08", t="Nông dân Cẩm Giàng mở rộng vùng trồng cam sành",
      p=["Xã Cẩm Giàng hiện có 96 ha cam sành, trong đó 61 ha đang cho quả, năng suất khoảng 14 tấn mỗi ha.",
         "Nhiều hộ áp dụng quy trình VietGAP và tưới nhỏ giọt, giảm đáng kể lượng phân bón hóa học.",
         "Nông Thị Huế"],
      must=["96 ha cam sành", "quy trình VietGAP và tưới nhỏ giọt", "14 tấn mỗi ha"]),
 dict(id=228, d="2025-07-19", t="Sửa chữa đập thủy lợi Nà Cà",
      p=["Đập Nà Cà ở xã Quân Hà được sửa chữa thân đập và cống lấy nước với kinh phí 1,8 tỷ đồng.",
         "Sau sửa chữa, đập bảo đảm tưới chủ động cho 45 ha lúa hai vụ của ba thôn."],
      must=["Đập Nà Cà ở xã Quân Hà", "kinh phí 1,8 tỷ đồng", "45 ha lúa hai vụ"]),
 dict(id=233, d="2025-08-01", t="Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên",
      p=["Hơn 120 đoàn viên, thanh niên đã nêu 17 câu hỏi về việc làm, vay vốn khởi nghiệp và đào tạo nghề.",
         "Chủ tịch UBND huyện giao Phòng Lao động - Thương binh và Xã hội phối hợp Ngân hàng Chính sách xã hội giải đáp cụ thể bằng văn bản."],
      must=["Hơn 120 đoàn viên, thanh niên", "17 câu hỏi", "Ngân hàng Chính sách xã hội"]),
]


def shell(title, main):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=windows-1258"><title>{esc(title)}</title></head>
<body><table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/bachthong/images/header.jpg" alt=""></td></tr>
<tr><td colspan="2"><a href="/">Trang chủ</a> | <a href="{href(INTRO)}">Giới thiệu</a> | <a href="{href(LIST1)}">Tin tức - Sự kiện</a> | <a href="{href(DOCS)}">Văn bản</a> | <a href="/index.php?option=com_contact&amp;Itemid=3">Liên hệ</a></td></tr>
<tr><td width="200" valign="top"><table><tr><td><b>Ai đang xem</b></td></tr><tr><td>{F_LEFT[0]} 9 {F_LEFT[1]}</td></tr>
<tr><td>{F_LEFT[2]}: 1092244</td></tr><tr><td>{F_LEFT[3]}: 317</td></tr></table>
<table><tr><td><b>{F_SIDE[0]}</b></td></tr><tr><td>{F_SIDE[1]}</td></tr></table></td>
<td valign="top">{main}</td><td width="180" valign="top"><table><tr><td><b>{F_RIGHT[0]}</b></td></tr><tr><td>{F_RIGHT[1]}</td></tr></table></td></tr>
<tr><td colspan="2" align="center"><table><tr><td>{F_FOOT[0]}</td></tr><tr><td>Địa chỉ: Tiểu khu 2, thị trấn Phủ Thông, huyện Bạch Thông</td></tr><tr><td>{F_FOOT[1]}</td></tr></table></td></tr></table></body></html>"""


def art(a):
    tbl = ""
    if a.get("tbl"):
        tbl = '<table border="1" cellpadding="3">' + "".join("<tr>" + "".join("<td>%s</td>" % entities(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "".join("<p>%s</p>" % entities(x) for x in a["p"][:2]) + tbl + "".join("<p>%s</p>" % entities(x) for x in a["p"][2:])
    y, m, d = a["d"].split("-")
    oth = "".join('<li><a href="%s">%s</a></li>' % (href(DET % b["id"]), esc(b["t"])) for b in A if b is not a)
    return f"""<table width="100%"><tr><td><b><font size="3">{esc(a["t"])}</font></b></td><td align="right"><a href="/index2.php?option=com_content&amp;task=view&amp;id={a["id"]}&amp;pop=1&amp;page=0">{F_TOOL[0]}</a> <a href="/index2.php?option=com_content&amp;task=emailform&amp;id={a["id"]}">{F_TOOL[1]}</a></td></tr>
<tr><td colspan="2"><a href="#">{F_TOOL[3]}</a> <a href="#">{F_TOOL[4]}</a> <a href="#">{F_TOOL[5]}</a></td></tr>
<tr><td colspan="2" valign="top">{body}</td></tr>
<tr><td colspan="2"><i>{F_IN[0]} {d}/{m}/{y}</i></td></tr><tr><td colspan="2">{F_IN[2]} {a["id"] * 4}</td></tr>
<tr><td colspan="2"><a href="javascript:history.go(-1)">[ {F_TOOL[2]} ]</a></td></tr></table>
<table><tr><td><b>{F_IN[1]}:</b><ul>{oth}</ul></td></tr></table>"""


for a in A:
    P.add(DET % a["id"], shell(a["t"], art(a)), encoding=ENC)
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(DET % a["id"], a["t"], a["d"], a["p"], a["must"], cells)

row = lambda a: '<tr><td><a href="%s">%s</a></td><td>%s</td></tr>' % (href(DET % a["id"]), esc(a["t"]), "/".join(reversed(a["d"].split("-"))))
P.add(LIST1, shell("Tin tức - Sự kiện", "<table>" + "".join(row(a) for a in A[::-1][:4]) + '</table><p><a href="%s">Sau &gt;</a> <a href="%s">Cuối &gt;&gt;</a></p>' % (href(LIST2), href(LIST2))), encoding=ENC, non_article=True)
P.add(LIST2, shell("Tin tức - Sự kiện", "<table>" + "".join(row(a) for a in A[::-1][4:]) + '</table><p><a href="%s">&lt;&lt; Đầu</a> <a href="%s">&lt; Trước</a></p>' % (href(LIST1), href(LIST1))), encoding=ENC, non_article=True)
IP = ["Bạch Thông là huyện nằm ở trung tâm tỉnh Bắc Kạn, có quốc lộ 3 chạy qua nối thành phố Bắc Kạn với tỉnh Cao Bằng.",
      "Huyện có 14 xã, thị trấn; đồng bào Tày chiếm hơn một nửa dân số, bên cạnh người Kinh, Dao, Nùng và H'Mông.",
      "Các sản phẩm đặc trưng gồm cam sành, quýt, hồng không hạt và miến dong, nhiều sản phẩm đã đạt chứng nhận OCOP."]
P.add(INTRO, shell("Giới thiệu", '<table><tr><td><b>Giới thiệu khái quát huyện Bạch Thông</b></td></tr><tr><td>' + "".join("<p>%s</p>" % entities(x) for x in IP) + "</td></tr></table>"), encoding=ENC, non_article=True)
P.add(NOTICE, shell("Thông báo", '<table><tr><td><b>Thông báo lịch tiếp công dân định kỳ quý III năm 2025</b></td></tr><tr><td><a href="/images/stories/vanban/TB-tiep-dan-QIII-2025.doc">Tải văn bản</a></td></tr></table>'), encoding=ENC, non_article=True)
P.add(DOCS, shell("Văn bản", '<table><tr><td><a href="%s">Thông báo lịch tiếp công dân quý III</a></td></tr></table>' % href(NOTICE)), encoding=ENC, non_article=True)
P.add("/", shell("Trang chủ", "<table>" + "".join(row(a) for a in A[::-1][:3]) + '</table><p><a href="%s">Xem tiếp</a> | <a href="%s">Thông báo tiếp công dân</a></p>' % (href(LIST1), href(NOTICE))), encoding=ENC, non_article=True)
P.furniture(*F_RIGHT, *F_LEFT[1:], *F_TOOL, *F_IN, *F_FOOT, *F_SIDE)
P.finish()

"""p7: Joomla 1.5 (index.php?option=com_content&task=view&id=), huyện Bảo Lâm, Cao Bằng. Served as windows-1258."""
from datetime import date
from common import Portal, esc, attr

P = Portal("p7_baolam", "Trang thông tin điện tử huyện Bảo Lâm", "Bảo Lâm", "Cao Bằng", "Joomla 1.5")
THANG = "Tháng %d"


def au(i):
    return "/index.php?option=com_content&task=view&id=%d&Itemid=38" % i


A = [
 dict(id=412, t="Bảo Lâm: kết quả tiếp nhận, giải quyết hồ sơ quý III năm 2024", d=date(2024, 10, 4), tm="08:30",
      p=["Quý III/2024, Bộ phận tiếp nhận và trả kết quả huyện Bảo Lâm nhận mới 1.732 hồ sơ; cộng với 96 hồ sơ tồn từ quý II, tổng số hồ sơ phải giải quyết là 1.828.",
         "Kết quả: giải quyết sớm hạn 604 hồ sơ, đúng hạn 1.095 hồ sơ, trễ hạn 18 hồ sơ; 111 hồ sơ chưa đến hạn trả.",
         "Hồ sơ tiếp nhận trực tuyến mới đạt 29,6% do nhiều xã vùng cao chưa có sóng điện thoại ổn định; 42 hồ sơ gửi qua bưu điện.",
         "UBND huyện chỉ đạo tăng cường tổ công nghệ số cộng đồng tại các xã Lý Bôn, Nam Quang và Vĩnh Phong."]),
 dict(id=409, t="Chỉ số hài lòng của người dân đối với cấp xã năm 2024", d=date(2024, 9, 27), tm="15:45",
      p=["Phòng Nội vụ huyện vừa công bố kết quả đo lường sự hài lòng của người dân, tổ chức đối với 12 xã, thị trấn.",
         "Một số đơn vị có tỷ lệ hài lòng cao nhất:",
         "Tỷ lệ hài lòng bình quân toàn huyện đạt 85,3%; Chỉ số PAR Index năm 2023 của huyện đạt 80,44 điểm, xếp thứ 7/10 của tỉnh Cao Bằng."],
      table=[["Xã, thị trấn", "Số phiếu", "Tỷ lệ hài lòng"], ["Thị trấn Pác Miầu", "150", "91,3%"], ["Xã Mông Ân", "120", "88,0%"], ["Xã Thái Học", "110", "86,4%"]], tat=2, cell="Xã Mông Ân"),
 dict(id=405, t="Xây dựng nhà ở cho hộ nghèo người Mông tại xã Đức Hạnh", d=None, tm="",
      p=["Thực hiện chương trình xóa nhà tạm, xã Đức Hạnh đang hỗ trợ 27 hộ nghèo người Mông làm nhà mới bằng khung thép và tường gạch.",
         "Mỗi hộ được hỗ trợ 50 triệu đồng; bộ đội biên phòng và đoàn viên thanh niên góp công vận chuyển vật liệu lên các bản xa.",
         "Theo Ban Chỉ đạo xã, các căn nhà sẽ được bàn giao trước Tết Nguyên đán."]),
 dict(id=401, t="Hội thảo phát triển cây dẻ Trùng Khánh tại Bảo Lâm", d=date(2024, 9, 12), tm="09:10",
      p=["Ngày 11/9, UBND huyện phối hợp với Viện Khoa học Lâm nghiệp tổ chức hội thảo đánh giá khả năng trồng cây dẻ trên đất dốc.",
         "Các chuyên gia khuyến nghị trồng thử nghiệm 20 ha tại xã Quảng Lâm trước khi nhân rộng."]),
 dict(id=398, t="Bảo Lâm tổ chức Hội khỏe Phù Đổng cấp huyện", d=date(2024, 9, 5), tm="14:00",
      p=["Hơn 500 vận động viên là học sinh của 24 trường học tham gia tranh tài ở 6 môn thi đấu tại Hội khỏe Phù Đổng huyện Bảo Lâm lần thứ X.",
         "Đoàn Trường Phổ thông Dân tộc nội trú huyện giành giải nhất toàn đoàn.",
         "Hoàng Văn Sình"]),
 dict(id=395, t="Thông xe cầu Nà Pồng", d=date(2024, 8, 30), tm="10:00", short=True,
      p=["Sáng 30/8, cầu Nà Pồng trên tuyến đường từ thị trấn Pác Miầu đi xã Yên Thổ được thông xe, sớm hơn kế hoạch 2 tháng."]),
]

LEFT = """<td class="leftcol" width="190" valign="top">
<div class="moduletable"><h3>Người đang xem</h3>Hiện có 9 người đang xem trang</div>
<div class="moduletable"><h3>Bộ đếm</h3><table class="bodem"><tr><td>Trong ngày</td><td>412</td></tr><tr><td>Tuần qua</td><td>3017</td></tr><tr><td>Từ khi mở trang</td><td>1730021</td></tr></table></div>
<div class="moduletable"><h3>Chuyên mục</h3><ul class="menu"><li><a href="/index.php?option=com_content&amp;task=category&amp;sectionid=4&amp;id=12&amp;Itemid=38">Tin hoạt động</a></li><li><a href="/index.php?option=com_content&amp;task=view&amp;id=12&amp;Itemid=27">Giới thiệu</a></li><li><a href="/index.php?option=com_content&amp;task=view&amp;id=388&amp;Itemid=41">Thông báo</a></li><li><a href="/index.php?option=com_weblinks&amp;Itemid=48">Liên kết</a></li></ul></div></td>"""


def page(title, main, canon=None):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1258" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><title>%s</title>%s</head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="banner"><a href="/">UBND HUYỆN BẢO LÂM - TỈNH CAO BẰNG</a></td></tr>
<tr>%s<td valign="top" class="maincol">%s</td></tr>
<tr><td colspan="2" class="footer">Trang thông tin điện tử huyện Bảo Lâm<br/>Giấy phép số 12/GP-STTTT. Người chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện</td></tr></table></body></html>""" % (
        esc(title), ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canon)) if canon else "", LEFT, main)


def joomla_date(d, tm):
    wd = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][d.weekday()]
    return "%s, %d %s %d %s" % (wd, d.day, THANG % d.month, d.year, tm)


for a in A:
    url = au(a["id"])
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table border="1" cellspacing="0">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]))
    others = "".join('<li><a href="%s">%s</a>%s</li>' % (attr(au(o["id"])), esc(o["t"]), (" - " + o["d"].strftime("%d/%m/%Y")) if o["d"] else "") for o in A if o is not a)
    datecell = '<tr><td class="createdate">%s</td></tr>' % joomla_date(a["d"], a["tm"]) if a["d"] else ""
    inner = """<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td><td class="buttonheading"><a href="%s&amp;pop=1&amp;page=0" title="In">In</a></td><td class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component" title="E-mail">E-mail</a></td></tr></table>
<table class="contentpaneopen">%s<tr><td valign="top">%s</td></tr><tr><td class="hits">Đã đọc %d lần</td></tr></table>
<div class="cactinkhac"><strong>Các tin khác</strong><ul>%s</ul></div>""" % (
        esc(a["t"]), attr(url), datecell, "\n".join(body), 50 + a["id"] % 90, others)
    P.add_page(url, page(a["t"], inner, canon=url), encoding="windows-1258")
    P.gold_article(url, a["t"], a["d"], a["p"], table_cell=a.get("cell"))

L = "/index.php?option=com_content&task=category&sectionid=4&id=12&Itemid=38"
L2 = L + "&limit=3&limitstart=3"


def blog(lst):
    return "".join('<table class="contentpaneopen"><tr><td class="contentheading"><a href="%s" class="contentpagetitle">%s</a></td></tr><tr><td>%s</td></tr></table>' % (attr(au(a["id"])), esc(a["t"]), esc(a["p"][0])) for a in lst)


pg = '<div class="pagination">Trang <a href="%s">1</a> <a href="%s">2</a></div>' % (attr(L), attr(L2))
P.add_page(L, page("Tin hoạt động", blog(A[:3]) + pg), encoding="windows-1258")
P.add_page(L2, page("Tin hoạt động", blog(A[3:]) + pg), encoding="windows-1258")
INTRO = ["Huyện Bảo Lâm được thành lập năm 2000 trên cơ sở tách một phần diện tích và dân số của huyện Bảo Lạc, nằm ở phía Tây tỉnh Cao Bằng.",
         "Phía Bắc huyện giáp tỉnh Hà Giang, phía Nam giáp tỉnh Bắc Kạn; địa hình núi đá vôi bị chia cắt mạnh bởi sông Gâm và sông Nho Quế.",
         "Trên địa bàn có các dân tộc Mông, Dao, Tày, Nùng cùng sinh sống, trong đó người Mông chiếm hơn một nửa dân số."]
IU = "/index.php?option=com_content&task=view&id=12&Itemid=27"
P.add_page(IU, page("Giới thiệu", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu khái quát huyện Bảo Lâm</td></tr><tr><td>%s</td></tr></table>' % "".join("<p>%s</p>" % esc(x) for x in INTRO)), encoding="windows-1258")
NOTE = "/index.php?option=com_content&task=view&id=388&Itemid=41"
P.add_page(NOTE, page("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo tuyển sinh lớp trung cấp lý luận chính trị khóa 2024 - 2025</td></tr><tr><td><a href="/images/stories/tb-tuyen-sinh-tc-llct.doc">Tải về tệp đính kèm</a></td></tr></table>'), encoding="windows-1258")
P.add_page("/", page("Trang chủ", '<div class="welcome">Chào mừng bạn đến với Trang thông tin điện tử huyện Bảo Lâm</div>' + blog(A[:3]) + '<a href="%s">Xem tiếp...</a>' % attr(L)), encoding="windows-1258")
P.non_articles += ["/", L, L2, IU, NOTE]
P.furniture += ["Người đang xem", "Hiện có 9 người đang xem trang", "Bộ đếm", "Từ khi mở trang", "1730021", "Đã đọc", "Các tin khác",
                "Chào mừng bạn đến với Trang thông tin", "Giấy phép số 12/GP-STTTT", "Chuyên mục"]
P.write()

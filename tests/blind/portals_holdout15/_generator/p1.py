"""p1: SharePoint generic web parts (ministry-style chitiet.aspx?ItemID=), huyện Cư M'gar, Đắk Lắk."""
from datetime import date
from common import Portal, esc, attr

P = Portal("p1_cumgar", "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", "Đắk Lắk",
           "SharePoint generic web parts")

MENU = [("/", "Trang chủ"), ("/Pages/gioithieu.aspx", "Giới thiệu chung"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=1", "Tin tức - Sự kiện"),
        ("/Pages/thongbao.aspx", "Thông báo"), ("/Pages/vanban.aspx", "Văn bản điều hành"),
        ("/Pages/hoidap.aspx", "Hỏi đáp trực tuyến")]
CNT = ("Số lượt xem cổng:", "1905417", "Người đang xem:", "0000041")

A = [
 dict(id=101, t="Cư M'gar tiếp nhận hơn 3.100 hồ sơ hành chính trong quý III",
      d=date(2024, 10, 9), tm="16:05",
      p=["Trong quý III/2024, Bộ phận Một cửa huyện Cư M'gar tiếp nhận 3.146 hồ sơ thủ tục hành chính, trong đó 412 hồ sơ kỳ trước chuyển sang và 2.734 hồ sơ mới.",
         "Đã giải quyết 2.981 hồ sơ, gồm 1.207 hồ sơ trước hạn, 1.739 hồ sơ đúng hạn và 35 hồ sơ quá hạn; còn 165 hồ sơ đang trong thời hạn xử lý.",
         "Số hồ sơ nộp trực tuyến đạt 1.388 hồ sơ, chiếm 44,1%; qua dịch vụ bưu chính công ích có 97 hồ sơ.",
         "Văn phòng HĐND và UBND huyện đề nghị các xã có hồ sơ quá hạn gửi văn bản xin lỗi người dân theo quy định."],
      table=[["Lĩnh vực", "Tiếp nhận", "Quá hạn"], ["Đất đai", "1.562", "29"], ["Hộ tịch", "864", "0"], ["Đăng ký kinh doanh", "311", "6"]], tat=2, cell="Đăng ký kinh doanh"),
 dict(id=102, t="Chỉ số PAR Index 2023 của huyện tăng 6 bậc",
      d=date(2024, 9, 18), tm="08:40",
      p=["Theo kết quả công bố của UBND tỉnh, Chỉ số cải cách hành chính (PAR Index) năm 2023 của huyện Cư M'gar đạt 86,72 điểm, xếp thứ 5/15 huyện, thị xã, thành phố.",
         "So với năm 2022, điểm số tăng 3,18 điểm và thứ hạng tăng 6 bậc; chỉ số hài lòng SIPAS của huyện đạt 84,9%.",
         "Lĩnh vực cải cách thủ tục hành chính đạt tỷ lệ điểm cao nhất với 92,4%, trong khi hiện đại hóa nền hành chính chỉ đạt 71,3%.",
         "Bà H'Ngăm Niê, Phó Chủ tịch UBND huyện, yêu cầu các phòng chuyên môn rà soát từng tiêu chí bị trừ điểm để khắc phục ngay trong quý IV."]),
 dict(id=103, t="Ra quân làm đường giao thông nông thôn tại xã Ea Kiết",
      d=date(2024, 9, 30), tm="10:15",
      p=["Sáng 28/9, gần 300 đoàn viên và người dân xã Ea Kiết đã tham gia đổ bê tông tuyến đường liên buôn dài 1,2 km.",
         "Kinh phí làm đường khoảng 860 triệu đồng, trong đó nhân dân đóng góp ngày công và hiến gần 2.000 m2 đất.",
         "Ông Y Thuôn Ksơr, Bí thư Đảng ủy xã, cho biết tuyến đường sẽ giúp bà con vận chuyển cà phê thuận tiện hơn trong mùa thu hoạch sắp tới."]),
 dict(id=104, t="Kiểm tra tiến độ giải ngân vốn đầu tư công",
      d=date(2024, 10, 2), tm="14:30",
      p=["Chiều 1/10, Chủ tịch UBND huyện chủ trì buổi kiểm tra tiến độ giải ngân vốn đầu tư công tại Ban Quản lý dự án đầu tư xây dựng huyện.",
         "Đến cuối tháng 9, huyện giải ngân được 61,8% kế hoạch vốn; một số công trình trường học còn vướng mặt bằng.",
         "Ông Nguyễn Văn Khải, Chủ tịch UBND huyện, giao các chủ đầu tư cam kết tiến độ theo từng tuần."]),
 dict(id=105, t="Huyện Cư M'gar tặng quà gia đình chính sách bị ảnh hưởng mưa lũ",
      d=date(2024, 10, 11), tm="09:00",
      p=["Ngày 10/10, đoàn công tác huyện Cư M'gar đã thăm và tặng 120 suất quà cho các gia đình chính sách tại xã Cuôr Đăng bị ảnh hưởng mưa lũ.",
         "Mỗi suất quà trị giá 1 triệu đồng, do Ủy ban MTTQ Việt Nam huyện vận động từ các doanh nghiệp trên địa bàn.",
         "Lê Thị Hồng Nhung"]),
 dict(id=106, t="Huyện tổ chức Hội nghị đối thoại với doanh nghiệp năm 2024",
      d=date(2024, 10, 15), tm="07:50", short=True,
      p=["Sáng 15/10, UBND huyện Cư M'gar tổ chức hội nghị đối thoại với hơn 60 doanh nghiệp, hợp tác xã về thủ tục đất đai và thuế."]),
]
TWO_URLS = 105


def art_url(a):
    return "/Pages/tintuc/chitiet.aspx?ItemID=%d" % a["id"]


def page(title, main, canon=None):
    menu = "".join('<li class="static"><a class="static menu-item" href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    return """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<title>%s - Cổng thông tin điện tử huyện Cư M'gar</title>%s
</head><body><form method="post" action="/Pages/Default.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="header-banner"><span class="banner-top">ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR</span></div>
<div class="ms-core-listMenu-horizontalBox"><ul class="root static">%s</ul></div>
<table width="100%%" class="ms-main-layout"><tr>
<td class="ms-webpartzone-cell left-zone" valign="top">%s</td>
<td valign="top" class="center-zone">%s</td></tr></table>
<div class="footer-wrap"><div class="ms-rtestate-field">Cơ quan chủ quản: Ủy ban nhân dân huyện Cư M'gar<br/>Địa chỉ: 97 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar<br/>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</div>
<span style="display:none" id="ctl00_g_7a1c_Label_TruyCap">1905417</span>
<div class="SoLieuTruyCap"><span>%s</span>%s<br/><span>%s</span>%s</div></div>
</div></form></body></html>""" % (esc(title), ('\n<link rel="canonical" href="http://{{HOST}}%s"/>' % attr(canon)) if canon else "",
        menu, side(), main, CNT[0], "".join('<div class="so" id="lx%d">%s</div>' % (i, c) for i, c in enumerate(CNT[1])),
        CNT[2], "".join('<div class="so" id="nx%d">%s</div>' % (i, c) for i, c in enumerate(CNT[3])))


def side():
    return """<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Liên kết website</h2></div>
<div id="WebPartWPQ3"><select><option>Cổng TTĐT tỉnh Đắk Lắk</option><option>Dịch vụ công trực tuyến</option></select></div></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Lịch công tác</h2><div id="WebPartWPQ4"><a href="/Pages/lichcongtac.aspx">Xem lịch tuần này</a></div></div>"""


def webpart(title, inner, q=2):
    return '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">%s</span></div><div id="WebPartWPQ%d" class="ms-WPBody">%s</div></div>' % (esc(title), q, inner)


for a in A:
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
            body.append('<table border="1" cellpadding="3">%s</table>' % rows)
    others = [o for o in A if o is not a][:4]
    other = "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (attr(art_url(o)), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in others)
    url = art_url(a)
    inner = """<div class="chitiet-tin"><div class="tieude-tin">%s</div>
<div class="tienich"><span class="capnhat">Cập nhật: %s %s</span> | <span class="solandoc">Số lần đọc: %d</span> | <a href="%s">Bản in</a> | <a href="/Pages/guibai.aspx">Gửi cho bạn bè</a> | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>
<div class="ms-rtestate-field noidung">%s</div>
<div class="tinkhac"><h3>Các tin đã đăng</h3><ul>%s</ul></div></div>""" % (
        esc(a["t"]), a["d"].strftime("%d/%m/%Y"), a["tm"], 200 + a["id"] * 3, attr(url.replace("chitiet", "inbai")), "\n".join(body), other)
    P.add_page(url, page(a["t"], webpart("Tin hoạt động", inner), canon=url))
    if a["id"] == TWO_URLS:
        P.add_page(url + "&CateID=32", page(a["t"], webpart("Tin hoạt động", inner), canon=url))
    P.gold_article(url, a["t"], a["d"], a["p"], table_cell=a.get("cell"))


def teaser(a, link_alt=False):
    href = art_url(a) + ("&CateID=32" if link_alt and a["id"] == TWO_URLS else "")
    return '<div class="item-tin"><a class="tieude" href="%s">%s</a><span class="ngay">%s</span><p>%s</p></div>' % (
        attr(href), esc(a["t"]), a["d"].strftime("%d/%m/%Y"), esc(a["p"][0][:110] + "..."))


L1 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=1"
L2 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2"
pager = '<div class="pager"><a href="%s">1</a> <a href="%s">2</a></div>' % (attr(L1), attr(L2))
P.add_page(L1, page("Tin tức - Sự kiện", webpart("Tin tức - Sự kiện", "".join(teaser(a, True) for a in A[:3]) + pager)))
P.add_page(L2, page("Tin tức - Sự kiện", webpart("Tin tức - Sự kiện", "".join(teaser(a, True) for a in A[3:]) + pager)))
home = webpart("Tin mới", "".join(teaser(a) for a in A[:4]) + '<a href="%s">Xem tất cả</a>' % attr(L1)) + webpart(
    "Thông báo", '<ul><li><a href="/Pages/thongbao/chitiet.aspx?ItemID=7">Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024</a></li></ul>', 5)
P.add_page("/", page("Trang chủ", home))

INTRO = ["Huyện Cư M'gar được thành lập năm 1977, nằm ở phía Bắc thành phố Buôn Ma Thuột, có diện tích tự nhiên hơn 824 km2.",
         "Địa hình huyện tương đối bằng phẳng, đất đỏ bazan chiếm phần lớn diện tích, thích hợp cho cây cà phê, hồ tiêu và cao su.",
         "Huyện có 17 đơn vị hành chính cấp xã, dân số khoảng 180.000 người thuộc nhiều dân tộc cùng sinh sống, trong đó đồng bào Ê Đê chiếm tỷ lệ lớn."]
P.add_page("/Pages/gioithieu.aspx", page("Giới thiệu chung", webpart("Giới thiệu chung",
    '<div class="tieude-tin">Khái quát về huyện Cư M\'gar</div><div class="ms-rtestate-field">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in INTRO))))
P.add_page("/Pages/thongbao/chitiet.aspx?ItemID=7", page("Thông báo", webpart("Thông báo",
    '<div class="tieude-tin">Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024</div><div class="ms-rtestate-field"><p><a href="/Documents/TB_tuyen_dung_2024.pdf">Tải tệp đính kèm (TB_tuyen_dung_2024.pdf)</a></p></div>')))
P.non_articles += ["/", L1, L2, "/Pages/gioithieu.aspx", "/Pages/thongbao/chitiet.aspx?ItemID=7"]
P.furniture += ["Số lượt xem cổng:", "Người đang xem:", "1905417", "Liên kết website", "Lịch công tác", "Hỏi đáp trực tuyến",
                "Các tin đã đăng", "Gửi cho bạn bè", "Ghi rõ nguồn khi phát hành lại", "Tin hoạt động", "Cập nhật:", "Số lần đọc:"]
P.write()

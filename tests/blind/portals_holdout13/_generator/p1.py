"""p1: SharePoint generic web parts (ministry-style chitiet.aspx?ItemID=), huyện Lắk, Đắk Lắk.
Hard cases: web-part heading above the headline, breadcrumb repeating the title, date only in a
"Ngày cập nhật" stamp, digit-per-div counter in the footer, article under two URLs (canonical
declares one), intro page of prose without a date."""
from common import Portal, esc

P = Portal("lak_daklak", "Cổng thông tin điện tử huyện Lắk", "Lắk", "Đắk Lắk", "sharepoint-webparts")
MENU = [("/", "Trang chủ"), ("/Pages/gioithieu.aspx", "Giới thiệu chung"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "Tin hoạt động"),
        ("/Pages/vanban.aspx", "Văn bản điều hành"), ("/Pages/hoidap.aspx", "Hỏi đáp trực tuyến")]
P.furniture = ["Hỏi đáp trực tuyến", "Văn bản điều hành", "Thống kê truy cập", "Lượt truy cập:",
               "Đang online:", "Bản quyền thuộc Ủy ban nhân dân huyện Lắk", "Ghi rõ nguồn khi phát hành lại thông tin",
               "Liên kết website", "Tin hoạt động"]


def shell(title, body, canon=None):
    menu = "".join('<li class="static"><a href="%s">%s</a></li>' % (esc(h), t) for h, t in MENU)
    digits = "".join('<div id="slol%d" class="so">%s</div>' % (i + 1, c) for i, c in enumerate("0000027"))
    digits2 = "".join('<div class="so">%s</div>' % c for c in "2317645")
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % esc(canon) if canon else ""
    return f"""<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head>
<meta name="GENERATOR" content="Microsoft SharePoint" /><meta charset="utf-8" />
<title>{esc(title)}</title>{can}</head><body>
<form method="post" action="./" id="aspnetForm">
<div id="s4-workspace"><div class="lak-banner"><img src="/Style Library/images/banner.jpg" alt="" /></div>
<div class="menu horizontal"><ul class="root static">{menu}</ul></div>
<table class="ms-layout" width="100%"><tr><td class="ms-left" valign="top" width="72%">{body}</td>
<td valign="top" class="ms-right"><div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Liên kết website</h2></div>
<div id="WebPartWPQ7"><select><option>Cổng TTĐT tỉnh Đắk Lắk</option><option>Dịch vụ công quốc gia</option></select></div></div></td></tr></table>
<div class="footer-lak"><p>Bản quyền thuộc Ủy ban nhân dân huyện Lắk</p><p>Địa chỉ: thị trấn Liên Sơn, huyện Lắk, tỉnh Đắk Lắk</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này</p>
<span id="ctl00_ctl34_Label_TruyCap" style="display:none">2317645</span>
<div class="ThongKeSoLuot"><h3>Thống kê truy cập</h3>
<div class="SoLuongOnline"><span>Đang online:</span>{digits}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits2}</div></div></div>
</div></form></body></html>"""


ARTS = [
 dict(id=1187, title="Huyện Lắk giải quyết đúng hạn 99,2% hồ sơ thủ tục hành chính quý I/2024",
  date="2024-04-05", stamp="05/04/2024 14:20",
  blocks=["Trong quý I/2024, Bộ phận Một cửa huyện Lắk tiếp nhận 2.684 hồ sơ, trong đó 2.611 hồ sơ tiếp nhận mới và 73 hồ sơ từ kỳ trước chuyển sang.",
          "Đã giải quyết 2.590 hồ sơ, gồm 1.402 hồ sơ trước hạn, 1.167 hồ sơ đúng hạn và 21 hồ sơ quá hạn; hiện còn 94 hồ sơ đang trong thời gian giải quyết.",
          "Số hồ sơ nộp trực tuyến đạt 1.930 hồ sơ; 116 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.",
          "Bà H'Yên Mlô, Chánh Văn phòng HĐND và UBND huyện, cho biết các hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất."],
  must=["2.611 hồ sơ tiếp nhận mới", "1.167 hồ sơ đúng hạn và 21 hồ sơ quá hạn", "116 hồ sơ được tiếp nhận và trả kết quả"]),
 dict(id=1192, title="Kết quả chấm điểm cải cách hành chính các xã, thị trấn năm 2023",
  date="2024-03-18", stamp="18/03/2024 09:05",
  blocks=["UBND huyện Lắk vừa công bố kết quả chấm điểm Chỉ số cải cách hành chính năm 2023 của 11 xã, thị trấn trên địa bàn.",
          [["Xã, thị trấn", "Điểm đạt", "Xếp loại"], ["Thị trấn Liên Sơn", "91,35", "Tốt"], ["Xã Buôn Triết", "88,10", "Khá"], ["Xã Đắk Liêng", "84,72", "Khá"], ["Xã Krông Nô", "76,40", "Trung bình"]],
          "Điểm trung bình toàn huyện đạt 83,9 điểm, tăng 2,6 điểm so với năm 2022; không có đơn vị nào xếp loại yếu.",
          "Huyện yêu cầu các đơn vị xếp cuối bảng xây dựng kế hoạch khắc phục trước ngày 30/4."],
  must=["Thị trấn Liên Sơn", "88,10", "Điểm trung bình toàn huyện đạt 83,9 điểm", "không có đơn vị nào xếp loại yếu"]),
 dict(id=1201, title="Khai giảng lớp dạy nghề đan lát cho đồng bào M'nông tại xã Bông Krang",
  date="2024-04-11", stamp="11/04/2024 16:40",
  blocks=["Sáng 10/4, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Trung tâm Giáo dục nghề nghiệp khai giảng lớp đan lát mây tre cho 35 học viên.",
          "Lớp học kéo dài ba tháng, học viên được hỗ trợ tiền ăn và nguyên liệu thực hành.",
          "Sản phẩm làm ra sẽ được giới thiệu tại khu du lịch hồ Lắk để tăng thu nhập cho người học."],
  must=["khai giảng lớp đan lát mây tre cho 35 học viên", "hỗ trợ tiền ăn và nguyên liệu thực hành", "khu du lịch hồ Lắk"]),
 dict(id=1205, title="Người dân xã Yang Tao làm quen với dịch vụ công trực tuyến",
  date="2024-04-16", stamp="16/04/2024 10:12",
  blocks=["Tổ công nghệ số cộng đồng xã Yang Tao tổ chức 12 buổi hướng dẫn người dân cài đặt ứng dụng VNeID và nộp hồ sơ trên Cổng Dịch vụ công.",
          "Sau một tháng, xã tiếp nhận 214 hồ sơ trực tuyến, chiếm tỷ lệ 61,3% tổng số hồ sơ; mức độ hài lòng của người dân đạt 97,8%.",
          "Anh Y Khoan Ênuôl, thành viên tổ, cho biết nhiều người cao tuổi đã tự đăng ký khai sinh cho cháu qua điện thoại."],
  must=["12 buổi hướng dẫn người dân", "214 hồ sơ trực tuyến, chiếm tỷ lệ 61,3%", "mức độ hài lòng của người dân đạt 97,8%"]),
 dict(id=1210, title="Hội nghị triển khai công tác phòng cháy rừng mùa khô",
  date="2024-02-02", stamp="02/02/2024 08:30",
  blocks=["Chiều 1/2, Ban Chỉ đạo phòng cháy, chữa cháy rừng huyện Lắk tổ chức hội nghị triển khai nhiệm vụ mùa khô 2024.",
          "Toàn huyện hiện có hơn 60.000 ha rừng, trong đó nhiều diện tích thông nằm sát khu dân cư nên nguy cơ cháy cao.",
          "Các chủ rừng được yêu cầu trực 24/24 giờ trong những ngày nắng nóng cao điểm."],
  must=["triển khai nhiệm vụ mùa khô 2024", "hơn 60.000 ha rừng", "trực 24/24 giờ"]),
 dict(id=1214, title="Tuyên dương 18 cá nhân tiêu biểu trong phong trào khuyến học",
  date="2024-04-20", stamp="20/04/2024 15:55",
  blocks=["Hội Khuyến học huyện Lắk vừa tuyên dương 18 cá nhân và 6 dòng họ có thành tích nổi bật.",
          "Mỗi cá nhân được tặng giấy khen kèm phần quà trị giá một triệu đồng."],
  must=["tuyên dương 18 cá nhân và 6 dòng họ", "giấy khen kèm phần quà", "Hội Khuyến học huyện Lắk"]),
]


def art_html(a):
    b = []
    for blk in a["blocks"]:
        if isinstance(blk, str):
            b.append("<p>%s</p>" % esc(blk))
        else:
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in blk)
            b.append('<table class="ms-rteTable-default" border="1">%s</table>' % rows)
    return "".join(b)


for a in ARTS:
    a["path"] = "/Pages/tintuc/chitiet.aspx?ItemID=%d" % a["id"]
    body = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Tin hoạt động</a> &gt; <span>{esc(a['title'])}</span></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Tin hoạt động</h2></div>
<div id="WebPartWPQ3" class="ms-WPBody"><div id="ctl00_g_4f1a_ctl00_pnlChiTiet">
<div class="tieude-tin"><span class="tieude">{esc(a['title'])}</span></div>
<div class="ngaycapnhat">Ngày cập nhật: {a['stamp']}</div>
<div class="noidung-tin">{art_html(a)}</div>
<div class="tinkhac"><b>Các tin khác</b><ul>""" + "".join(
        '<li><a href="/Pages/tintuc/chitiet.aspx?ItemID=%d">%s</a></li>' % (o["id"], esc(o["title"])) for o in ARTS if o is not a) + "</ul></div></div></div></div>"
    P.add(a["path"], shell(a["title"], body, canon=a["path"]))
    P.article(a["path"], a["title"], a["date"], a["blocks"], a["must"])

# the same article reached from the home page with a category parameter (canonical names the plain URL)
dup = ARTS[0]
dbody = f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Tin hoạt động</h2></div>
<div id="WebPartWPQ3"><div class="tieude-tin"><span class="tieude">{esc(dup['title'])}</span></div>
<div class="ngaycapnhat">Ngày cập nhật: {dup['stamp']}</div><div class="noidung-tin">{art_html(dup)}</div></div></div>"""
P.add(dup["path"] + "&ChuyenMucID=32", shell(dup["title"], dbody, canon=dup["path"]))

NOTICE = "/Pages/tintuc/chitiet.aspx?ItemID=1209"
P.add(NOTICE, shell("Thông báo lịch tiếp công dân tháng 5/2024", """<div class="ms-webpart-chrome"><div id="WebPartWPQ3">
<div class="tieude-tin"><span class="tieude">Thông báo lịch tiếp công dân tháng 5/2024</span></div>
<div class="noidung-tin"><p><a href="/Documents/TB-tiep-cong-dan-T5-2024.pdf">Tải về: TB-tiep-cong-dan-T5-2024.pdf</a></p></div></div></div>"""))
P.non_articles.append(NOTICE)


def listing(items, page):
    li = "".join(f"""<div class="item-tin"><a class="tieude" href="{esc(a['path'] if a is not dup else a['path'] + '&ChuyenMucID=32')}">{esc(a['title'])}</a>
<p class="tomtat">{esc(a['blocks'][0][:110])}…</p></div>""" for a in items)
    pager = '<div class="pager"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">1</a> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">2</a> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=3">3</a></div>'
    return '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Tin hoạt động</h2><div id="WebPartWPQ2">%s%s</div></div>' % (li, pager)


L1 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
P.add(L1, shell("Tin hoạt động", listing(ARTS[:3], 1)))
P.add(L1 + "&page=2", shell("Tin hoạt động - Trang 2", listing(ARTS[3:], 2) + '<p><a href="%s">Thông báo lịch tiếp công dân tháng 5/2024</a></p>' % NOTICE))
INTRO = "/Pages/gioithieu.aspx"
P.add(INTRO, shell("Giới thiệu chung", """<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Giới thiệu chung</h2><div id="WebPartWPQ2">
<p>Huyện Lắk nằm ở phía nam tỉnh Đắk Lắk, cách thành phố Buôn Ma Thuột khoảng 56 km theo Quốc lộ 27. Phía bắc giáp huyện Krông Ana và Krông Bông, phía nam giáp tỉnh Lâm Đồng, phía tây giáp tỉnh Đắk Nông.</p>
<p>Địa hình huyện có nhiều đồi núi xen kẽ thung lũng, với hồ Lắk rộng hơn 500 ha là hồ nước ngọt tự nhiên lớn của Tây Nguyên. Cánh đồng lúa nước ven sông Krông Nô là vựa lúa quan trọng của tỉnh.</p>
<p>Trên địa bàn có đồng bào M'nông, Ê Đê cùng nhiều dân tộc khác sinh sống, giữ gìn lễ hội cúng bến nước, nghề dệt thổ cẩm và tập quán nuôi voi nhà ở buôn Jun, buôn M'liêng.</p>
<p>Huyện có 10 xã và 1 thị trấn; trung tâm hành chính đặt tại thị trấn Liên Sơn.</p></div></div>"""))
P.add("/Pages/vanban.aspx", shell("Văn bản điều hành", '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Văn bản điều hành</h2><table><tr><td>Số 112/KH-UBND</td><td><a href="/Documents/KH-112.pdf">Kế hoạch cải cách hành chính năm 2024</a></td></tr></table></div>'))
home = '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Tin nổi bật</h2><ul>' + "".join(
    '<li><a href="%s">%s</a></li>' % (esc(a["path"] + ("&ChuyenMucID=32" if a is dup else "")), esc(a["title"])) for a in ARTS[:3]) + '</ul><a href="%s">Xem thêm</a></div>' % L1
P.add("/", shell("Trang chủ - Huyện Lắk", home))
P.add("/Documents/TB-tiep-cong-dan-T5-2024.pdf", "%PDF-1.4 fixture", ctype="application/pdf")
P.non_articles += ["/", L1, L1 + "&page=2", INTRO, "/Pages/vanban.aspx"]
P.write()

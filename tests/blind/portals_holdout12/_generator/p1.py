"""p1 — SharePoint generic web parts, ministry-style URLs (huyện Cư M'gar, Đắk Lắk).

Hard cases: web-part title above the headline, breadcrumb repeating the title,
digit-per-element counter in the footer (plus hidden raw spans), one article under
two URLs (canonical names one), a table by commune.
"""
from common import Portal, esc, attr

P = Portal("h12_cumgar_sp", "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", "Đắk Lắk",
           "SharePoint (generic web parts)")

LIST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
LIST2 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2"


def item(i):
    return "/Pages/tintuc/chitiet.aspx?ItemID=%d" % i


def digits(prefix, n):
    s = str(n).rjust(7, "0")
    return "".join('<div id="%s%d" class="so">%s</div>' % (prefix, k + 1, d) for k, d in enumerate(s))


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)} - Cổng thông tin điện tử huyện Cư M'gar</title>{canon}
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css" />
</head><body scroll="yes">
<form name="aspnetForm" method="post" action="/Pages/Default.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-banner"><img src="/PublishingImages/banner-cumgar.jpg" alt="" /></div>
<ul class="top-menu">
<li><a href="/">Trang chủ</a></li>
<li><a href="/Pages/gioithieu.aspx">Giới thiệu chung</a></li>
<li><a href="{attr(LIST)}">Tin hoạt động</a></li>
<li><a href="/Pages/vanban/danhsach.aspx?LoaiVB=1">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/Pages/hoidap.aspx">Hỏi đáp trực tuyến</a></li>
<li><a href="/Pages/lienhe.aspx">Liên hệ - Góp ý</a></li>
</ul>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" class="ms-bodyareaframe">{main}</td>
<td valign="top" width="260" class="right-zone">
<div class="ms-webpart-chrome"><div id="WebPartWPQ5"><h3 class="ms-standardheader">Văn bản mới ban hành</h3>
<ul><li><a href="/Pages/vanban/chitiet.aspx?ItemID=88">Quyết định số 412/QĐ-UBND về kiện toàn Tổ công tác</a></li>
<li><a href="/Pages/vanban/chitiet.aspx?ItemID=87">Kế hoạch số 57/KH-UBND về kiểm tra công vụ</a></li></ul></div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ6"><h3 class="ms-standardheader">Liên kết website</h3>
<select><option>-- Chọn liên kết --</option><option>Cổng thông tin tỉnh Đắk Lắk</option></select></div></div>
</td></tr></table>
<div class="footer">
<div class="ms-webpart-chrome"><div id="WebPartWPQ9">
<p>Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar</p>
<p>Địa chỉ: số 99 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk</p>
<p>Trưởng ban biên tập: Chánh Văn phòng HĐND và UBND huyện</p>
<span id="ctl00_g_5c1e2a07_Label_TruyCap" style="display:none">2217409</span>
<span id="ctl00_g_5c1e2a07_Label_Count" style="display:none">41</span>
<div class="ThongKeSoLuot"><h4>Thống kê truy cập</h4>
<div class="SoLuongOnline"><span>Đang online:</span>{digits("slol", 41)}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits("sltc", 2217409)}</div>
</div></div></div></div>
</div></div></form></body></html>"""


def article_page(path, title, date, views, paras, table=None, canonical=None):
    body = "".join("<p>%s</p>" % esc(p) for p in paras[:2])
    if table:
        rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in table)
        body += '<table class="ms-rteTable-default" border="1">%s</table>' % rows
    body += "".join("<p>%s</p>" % esc(p) for p in paras[2:])
    main = f"""<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>TIN HOẠT ĐỘNG</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{attr(LIST)}">Tin hoạt động</a> » <span>{esc(title)}</span></div>
<div class="news-detail">
<div class="news-title">{esc(title)}</div>
<div class="news-info">Ngày đăng: {date} | Lượt xem: {views}</div>
<div class="ms-rtestate-field">{body}</div>
<div class="news-tool"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="other-news"><h4>Các tin đã đưa</h4><ul>
<li><a href="{attr(item(401))}">Đại hội Chi bộ Văn phòng HĐND và UBND huyện</a> <span>(02/03/2025)</span></li>
<li><a href="{attr(LIST2)}">Xem thêm</a></li></ul></div>
</div></div>"""
    return shell(title, main, canonical=canonical or path)


ARTS = [
 dict(id=418, date="24/03/2025", pub="2025-03-24", views=631,
  title="Cư M'gar: kết quả giải quyết thủ tục hành chính quý I năm 2025",
  paras=[
   "Theo báo cáo của Văn phòng HĐND và UBND huyện, trong quý I năm 2025 Bộ phận Một cửa huyện và 17 xã, thị trấn tiếp tục vận hành ổn định dù khối lượng hồ sơ đất đai tăng mạnh sau Tết.",
   "Toàn huyện tiếp nhận 6.482 hồ sơ, trong đó 315 hồ sơ kỳ trước chuyển sang và 6.167 hồ sơ tiếp nhận mới; số hồ sơ nộp trực tuyến là 2.904. Đã giải quyết 6.051 hồ sơ, gồm 1.236 hồ sơ trước hạn, 4.771 hồ sơ đúng hạn và 44 hồ sơ quá hạn; 431 hồ sơ đang giải quyết.",
   "Hồ sơ quá hạn tập trung ở lĩnh vực đất đai tại hai xã Ea Tul và Cư Suê, chủ yếu do phải chờ kết quả đo đạc lại ranh giới thửa đất.",
   "UBND huyện yêu cầu các xã có hồ sơ trễ hạn gửi văn bản xin lỗi người dân và báo cáo nguyên nhân trước ngày 10/4/2025.",
  ],
  table=[["Đơn vị", "Tiếp nhận", "Đúng và trước hạn", "Quá hạn"],
         ["Cấp huyện", "2.118", "2.006", "9"],
         ["Thị trấn Quảng Phú", "1.204", "1.139", "0"],
         ["Xã Ea Tul", "612", "541", "21"],
         ["Xã Cư Suê", "488", "430", "14"]],
  must=["2.904", "44 hồ sơ quá hạn", "Thị trấn Quảng Phú", "431 hồ sơ đang giải quyết"]),
 dict(id=415, date="11/03/2025", pub="2025-03-11", views=488,
  title="Chỉ số cải cách hành chính năm 2024 của huyện Cư M'gar tăng 3 bậc",
  paras=[
   "Tại hội nghị công bố của UBND tỉnh Đắk Lắk, huyện Cư M'gar đạt 86,27 điểm Chỉ số cải cách hành chính năm 2024, xếp thứ 5/15 huyện, thị xã, thành phố, tăng 3 bậc so với năm 2023.",
   "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) của huyện đạt 88,4%. Tiêu chí cải cách thủ tục hành chính đạt điểm gần tối đa, trong khi tiêu chí xây dựng chính quyền số vẫn còn bị trừ điểm.",
   "Ông Y Khoa Niê, Chánh Văn phòng HĐND và UBND huyện, cho biết năm 2025 huyện sẽ ưu tiên số hóa kết quả giải quyết hồ sơ và rà soát lại quy trình nội bộ của từng thủ tục.",
  ],
  must=["86,27 điểm", "xếp thứ 5/15", "88,4%"]),
 dict(id=412, date="05/03/2025", pub="2025-03-05", views=302,
  title="Xã Ea Kiết ra mắt tổ công nghệ số cộng đồng",
  paras=[
   "Sáng 4/3, UBND xã Ea Kiết tổ chức ra mắt 12 tổ công nghệ số cộng đồng tại 12 thôn, buôn với 64 thành viên là đoàn viên thanh niên, công an viên và giáo viên.",
   "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trên Cổng dịch vụ công.",
   "Nhân dịp này, Đoàn xã trao tặng 20 điện thoại thông minh đã qua sử dụng cho các hộ nghèo trong buôn Ea Kiết và buôn Cư Hriết.",
  ],
  must=["12 tổ công nghệ số cộng đồng", "64 thành viên", "buôn Cư Hriết"]),
 dict(id=409, date="27/02/2025", pub="2025-02-27", views=215,
  title="Tập huấn kỹ thuật tái canh cà phê cho nông dân Ea Pốk",
  paras=[
   "Trung tâm Dịch vụ nông nghiệp huyện vừa mở hai lớp tập huấn kỹ thuật tái canh cà phê cho 90 hộ dân thị trấn Ea Pốk.",
   "Học viên được hướng dẫn xử lý đất sau khi nhổ bỏ vườn già cỗi, luân canh cây ngắn ngày ít nhất một năm và chọn giống ghép chịu hạn.",
   "Theo kế hoạch, đến năm 2026 huyện tái canh thêm khoảng 1.500 ha cà phê.",
  ],
  must=["90 hộ dân", "luân canh cây ngắn ngày", "1.500 ha"]),
 dict(id=406, date="19/02/2025", pub="2025-02-19", views=97,
  title="Kiểm tra tiến độ cầu buôn Sah",
  paras=[
   "Chiều 18/2, lãnh đạo UBND huyện kiểm tra công trình cầu buôn Sah, xã Cuôr Đăng; nhà thầu cam kết thông xe trước mùa mưa.",
  ],
  must=["cầu buôn Sah", "xã Cuôr Đăng", "trước mùa mưa"]),
 dict(id=403, date="10/02/2025", pub="2025-02-10", views=340,
  title="Huyện Cư M'gar triển khai nhiệm vụ cải cách hành chính năm 2025",
  paras=[
   "Ngày 7/2, UBND huyện tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2025 với sự tham dự của thủ trưởng các phòng, ban và Chủ tịch UBND 17 xã, thị trấn.",
   "Năm 2024, Bộ phận Một cửa cấp huyện đã giải quyết 8.930 hồ sơ, tỷ lệ đúng hạn đạt 98,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%. Có 1.016 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
   "Hội nghị đặt mục tiêu năm 2025 không để phát sinh hồ sơ quá hạn ở cấp huyện và nâng tỷ lệ thanh toán trực tuyến phí, lệ phí lên trên 50%.",
  ],
  must=["8.930 hồ sơ", "98,6%", "1.016 hồ sơ", "41,2%"]),
]

P.furn("Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Liên kết website",
       "Văn bản mới ban hành", "Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar",
       "Hỏi đáp trực tuyến", "Liên hệ - Góp ý", "Các tin đã đưa", "TIN HOẠT ĐỘNG", "In trang",
       "Trưởng ban biên tập")

for a in ARTS:
    path = item(a["id"])
    html_ = article_page(path, a["title"], a["date"], a["views"], a["paras"], a.get("table"))
    # the table sits between paragraphs 2 and 3
    P.article(path, html_, a["title"], a["pub"], a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

# the same article reached with an extra query parameter from the home page; canonical names ItemID only
dup = item(412) + "&CateID=32"
a412 = ARTS[2]
P.add(dup, article_page(dup, a412["title"], a412["date"], a412["views"], a412["paras"], canonical=item(412)))


def teaser_list(arts):
    return "".join(
        f'<div class="news-item"><a class="news-link" href="{attr(item(a["id"]))}">{esc(a["title"])}</a>'
        f'<span class="date">({a["date"]})</span></div>' for a in arts)


P.non_article(LIST, shell("Tin hoạt động", f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">TIN HOẠT ĐỘNG</h2>
{teaser_list(ARTS[:3])}
<div class="pager"><span>1</span> <a href="{attr(LIST2)}">2</a> <a href="{attr(LIST2)}">Trang sau</a></div></div>"""))
P.non_article(LIST2, shell("Tin hoạt động - Trang 2", f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">TIN HOẠT ĐỘNG</h2>
{teaser_list(ARTS[3:])}
<div class="pager"><a href="{attr(LIST)}">1</a> <span>2</span></div></div>"""))

NOTICE = "/Pages/tintuc/chitiet.aspx?ItemID=420"
P.non_article(NOTICE, shell("Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025", f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">THÔNG BÁO</h2>
<div class="news-detail"><div class="news-title">Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025</div>
<div class="ms-rtestate-field"><p><a href="/Documents/2025/TB-tuyen-dung-GD-2025.pdf">Tải tệp đính kèm</a></p></div></div></div>""", canonical=NOTICE))

CONTACT = "/Pages/lienhe.aspx"
P.non_article(CONTACT, shell("Liên hệ - Góp ý", """<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">LIÊN HỆ</h2>
<p>Văn phòng HĐND và UBND huyện Cư M'gar</p><p>Điện thoại: 0262 3834 117 - Thư điện tử: vanphong.cumgar@daklak.gov.vn</p>
<p>Họ và tên: <input type="text" /></p><p>Nội dung góp ý: <textarea></textarea></p><input type="submit" value="Gửi góp ý" /></div>"""))

home = f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">TIN NỔI BẬT</h2>
<div class="hot"><a href="{attr(dup)}">{esc(a412["title"])}</a></div>
{teaser_list([ARTS[0], ARTS[1], ARTS[5]])}
<a href="{attr(LIST)}">Xem tất cả</a></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">THÔNG BÁO</h2>
<ul><li><a href="{attr(NOTICE)}">Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025</a></li></ul></div>"""
P.non_article("/", shell("Trang chủ", home))

P.write()

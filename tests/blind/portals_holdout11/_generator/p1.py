"""Portal 1: huyện Cư Kuin (Đắk Lắk) on SharePoint with generic web parts,
ministry-style URLs Pages/tintuc/chitiet.aspx?ItemID= and chuyenmuc.aspx?ChuyenMucID=32&page=2.
Hard cases: web-part title above the headline, breadcrumb repeating the title,
digit-per-element counter in the footer web part (plus hidden Label_TruyCap span),
one article served under two URLs (canonical = ItemID only), date after the text in one article,
table by commune."""
from common import Portal, esc, href

P = Portal("p1_cukuin_sharepoint", "Cổng thông tin điện tử huyện Cư Kuin", "Cư Kuin", "Đắk Lắk",
           "SharePoint 2013 generic web parts")
LIST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
LIST2 = LIST + "&page=2"
ART = "/Pages/tintuc/chitiet.aspx?ItemID=%d"
MENU = [("/", "Trang chủ"), ("/Pages/gioithieu/tongquan.aspx", "Giới thiệu chung"), (LIST, "Tin tức - Sự kiện"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=35", "Cải cách hành chính"), ("/Pages/vanban.aspx", "Văn bản chỉ đạo điều hành"),
        ("/Pages/lienhe.aspx", "Liên hệ góp ý")]
P.furniture = ["Lượt truy cập:", "Đang online:", "Thống kê truy cập", "Giới thiệu chung", "Văn bản chỉ đạo điều hành",
               "Liên hệ góp ý", "Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin", "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này",
               "Liên kết website"]

ARTS = [
 dict(id=1187, title="Cư Kuin: quý I/2024 giải quyết đúng hạn 98,7% hồ sơ thủ tục hành chính", published="2024-04-03",
  lead="Ba tháng đầu năm 2024, Bộ phận Một cửa huyện và 8 xã trên địa bàn huyện Cư Kuin đã tiếp nhận tổng cộng 4.126 hồ sơ thủ tục hành chính, tăng gần 9% so với cùng kỳ.",
  paras=["Trong số hồ sơ trên, có 3.902 hồ sơ tiếp nhận mới trong kỳ và 224 hồ sơ từ kỳ trước chuyển sang. Các cơ quan đã giải quyết xong 3.871 hồ sơ, trong đó 1.315 hồ sơ trước hạn, 2.505 hồ sơ đúng hạn và 51 hồ sơ trễ hạn; hiện còn 255 hồ sơ đang trong thời gian giải quyết.",
         "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,7%. Số hồ sơ nộp trực tuyến là 1.644 hồ sơ, chiếm 39,8%; có 97 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.",
         "Ông Y Thịnh Niê, Chánh Văn phòng HĐND và UBND huyện cho biết, 51 hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai tại xã Ea Tiêu và Hòa Hiệp, do phải chờ đo đạc lại ranh giới thửa.",
         "Huyện yêu cầu các xã gửi văn bản xin lỗi công dân đối với từng hồ sơ trễ hạn và báo cáo nguyên nhân trước ngày 15/4."],
  must=["224 hồ sơ từ kỳ trước chuyển sang", "1.315 hồ sơ trước hạn", "1.644 hồ sơ, chiếm 39,8%", "97 hồ sơ được tiếp nhận và trả kết quả"]),
 dict(id=1181, title="Kết quả giải quyết hồ sơ một cửa cấp xã tháng 2/2024", published="2024-03-06",
  lead="UBND huyện vừa tổng hợp kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa của 8 xã trong tháng 2/2024, tháng có kỳ nghỉ Tết Nguyên đán kéo dài.",
  paras=["Số liệu chi tiết theo từng xã như sau:"],
  table=[["Xã", "Tiếp nhận", "Đúng hạn", "Trễ hạn"], ["Ea Ktur", "412", "409", "3"], ["Dray Bhăng", "268", "268", "0"],
         ["Ea Bhốk", "355", "351", "4"], ["Cư Êwi", "139", "139", "0"], ["Ea Hu", "187", "186", "1"]],
  tail=["Toàn huyện cấp xã tiếp nhận 1.361 hồ sơ, giải quyết đúng hạn 1.353 hồ sơ, đạt 99,4%. Xã Dray Bhăng và Cư Êwi không có hồ sơ trễ hẹn trong tháng.",
],
  must=["Ea Bhốk", "giải quyết đúng hạn 1.353 hồ sơ, đạt 99,4%", "Xã Dray Bhăng và Cư Êwi không có hồ sơ trễ hẹn"]),
 dict(id=1176, title="Chỉ số hài lòng SIPAS năm 2023 của huyện Cư Kuin đạt 84,12%", published="2024-02-19",
  lead="Theo kết quả điều tra xã hội học do Sở Nội vụ tỉnh công bố, mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính huyện Cư Kuin năm 2023 đạt 84,12%.",
  paras=["So với năm 2022, chỉ số này tăng 2,37 điểm phần trăm, giúp huyện tăng 03 bậc và xếp thứ 7/15 huyện, thị xã, thành phố của tỉnh.",
         "Nhóm tiêu chí được người dân chấm cao nhất là thái độ của công chức tại Bộ phận Một cửa; nhóm thấp nhất là việc tiếp nhận, xử lý ý kiến phản ánh, kiến nghị.",
         "Năm 2024, huyện đặt mục tiêu đưa chỉ số hài lòng lên trên 86% và đưa Chỉ số CCHC vào nhóm 5 đơn vị dẫn đầu tỉnh."],
  must=["tăng 2,37 điểm phần trăm", "xếp thứ 7/15 huyện, thị xã, thành phố", "lên trên 86%"]),
 dict(id=1170, title="Ea Ning ra quân làm giao thông nông thôn đầu mùa khô", published="2024-01-27",
  lead="Sáng 26/1, xã Ea Ning tổ chức lễ ra quân làm đường giao thông nông thôn năm 2024 với sự tham gia của gần 300 đoàn viên, hội viên và người dân các thôn, buôn.",
  paras=["Trong đợt này, xã tập trung bê tông hóa 2,4 km đường nội buôn tại buôn Ea Kmar và thôn 3, với tổng kinh phí khoảng 3,1 tỷ đồng, trong đó nhân dân đóng góp ngày công và hiến đất làm đường.",
         "Ông Lê Văn Quý, Chủ tịch UBND xã Ea Ning, đề nghị các thôn công khai danh sách hộ đóng góp và mời đại diện người dân cùng giám sát chất lượng công trình.",
         "Hoàng Yến"],
  must=["bê tông hóa 2,4 km đường nội buôn", "buôn Ea Kmar và thôn 3", "cùng giám sát chất lượng công trình"]),
 dict(id=1164, title="Tập huấn sử dụng chữ ký số cho cán bộ, công chức cấp xã", published="2024-01-12",
  lead="Trong hai ngày 10 và 11/1, Phòng Văn hóa và Thông tin huyện phối hợp Viettel Đắk Lắk tổ chức tập huấn sử dụng chữ ký số và phần mềm quản lý văn bản cho 86 cán bộ, công chức các xã.",
  paras=["Học viên được hướng dẫn ký số văn bản đi, ký số trên điện thoại di động và tra cứu văn bản đến trên hệ thống quản lý văn bản điều hành của tỉnh.",
         "Qua tập huấn, 100% học viên thực hành ký số thành công; huyện yêu cầu từ ngày 1/2 các xã không gửi văn bản giấy song song với văn bản điện tử, trừ văn bản mật."],
  must=["ký số trên điện thoại di động", "86 cán bộ, công chức các xã", "trừ văn bản mật"]),
 dict(id=1158, title="Huyện Cư Kuin tổng kết công tác cải cách hành chính năm 2023", published="2023-12-28",
  lead="Chiều 27/12, UBND huyện Cư Kuin tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024.",
  paras=["Năm 2023, Chỉ số CCHC của huyện đạt 82,46 điểm, xếp thứ 9/15 đơn vị cấp huyện, giảm 02 bậc so với năm trước. Trong năm, huyện tiếp nhận 15.870 hồ sơ, đã giải quyết 15.412 hồ sơ, trong đó đúng hạn 15.206 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 36,5%.",
         "Hội nghị chỉ ra các tồn tại như việc cập nhật hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh còn chậm, một số công chức chưa thường xuyên kiểm tra hồ sơ trực tuyến.",
         "Dịp này, UBND huyện tặng giấy khen cho 4 tập thể và 9 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính."],
  must=["đạt 82,46 điểm, xếp thứ 9/15", "đúng hạn 15.206 hồ sơ", "tỷ lệ hồ sơ trực tuyến đạt 36,5%", "4 tập thể và 9 cá nhân"]),
]
NOTICES = [dict(id=1190, title="Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 4/2024", pdf="/Documents/2024/TB-tiep-cong-dan-T4.pdf", date="01/04/2024")]
ALT_ID = 1170  # served also under ...&ChuyenMucID=32 (linked from the listing)


def chrome(title, body, canonical=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<li class="static"><a class="static menu-item" href="%s"><span class="menu-item-text">%s</span></a></li>' % (href(u), esc(t)) for u, t in MENU)
    slol = "".join('<div id="slol%d" class="digit">%s</div>' % (i + 1, d) for i, d in enumerate("0000047"))
    sltc = "".join('<div id="sltc%d" class="digit">%s</div>' % (i + 1, d) for i, d in enumerate("2318064"))
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><title>{esc(title)} - Cổng thông tin điện tử huyện Cư Kuin</title>{c}
<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css" /></head>
<body><form method="post" action="./chitiet.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-banner"><img src="/PublishingImages/banner-cukuin.jpg" alt="Cổng thông tin điện tử huyện Cư Kuin" /></div>
<div class="ms-core-navigation"><ul class="root static">{menu}</ul></div>
<div id="contentRow"><div class="ms-webpartzone-cell" id="MSOZoneCell_WebPartWPQ2">
{body}
</div>
<div class="right-zone"><div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Liên kết website</span></h2></div>
<div id="WebPartWPQ5"><select><option>Cổng thông tin tỉnh Đắk Lắk</option><option>Dịch vụ công trực tuyến</option></select></div></div></div>
</div>
<div class="footer"><div class="ms-webpart-chrome"><div id="WebPartWPQ9" class="ms-WPBody">
<p>Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin</p><p>Địa chỉ: thôn Kim Châu, xã Dray Bhăng, huyện Cư Kuin, tỉnh Đắk Lắk</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</p>
<span id="ctl00_g_4c1e2f70_9d4b_4a54_b0a1_3f9b2c6d11aa_Label_TruyCap" style="display:none">2318064</span><span id="ctl00_g_4c1e2f70_9d4b_4a54_b0a1_3f9b2c6d11aa_Label_Count" style="display:none">47</span>
<div class="ThongKeSoLuot"><h3>Thống kê truy cập</h3>
<div class="SoLuongOnline"><span>Đang online:</span>{slol}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{sltc}</div></div>
</div></div></div>
</div></div></form></body></html>'''


def webpart(title, inner, wpq=3):
    return f'''<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>{esc(title)}</span></h2></div>
<div id="WebPartWPQ{wpq}" class="ms-WPBody noindex">{inner}</div></div>'''


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def article_html(a, canonical):
    crumb = f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{href(LIST)}">Tin tức - Sự kiện</a> &gt; <span>{esc(a["title"])}</span></div>'
    date = "" if a["id"] == 1181 else f'<div class="NgayDang">({dmy(a["published"])})</div>'
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"])
        body += f'<table class="ms-rteTable-default" border="1"><tbody>{rows}</tbody></table>'
    tail = a.get("tail") or []
    if a["id"] == 1181:  # date after the text, inside the body
        body += f"<p>{esc(tail[0])}</p>"
    else:
        body += "".join(f"<p>{esc(t)}</p>" for t in tail)
    inner = f'''{crumb}
<div class="TieuDe">{esc(a["title"])}</div>{date}
<div class="TomTat"><b>{esc(a["lead"])}</b></div>
<div class="ms-rtestate-field NoiDung">{body}</div>
''' + (f'<div class="NgayDang">Ngày đăng: {dmy(a["published"])}</div>' if a["id"] == 1181 else "")
    return inner


def article_page(a, canonical):
    others = "".join([f'<li><a href="{href(ART % b["id"])}">{esc(b["title"])}</a> <span class="date">({dmy(b["published"])})</span></li>'
                     for b in ARTS if b is not a][:4])
    inner = article_html(a, canonical) + f'<div class="TinKhac"><h4>Các tin khác</h4><ul>{others}</ul></div>'
    return chrome(a["title"], webpart("Tin tức - Sự kiện", inner), canonical)


def teaser(a, listing_alt=False):
    u = ART % a["id"] + ("&ChuyenMucID=32" if listing_alt and a["id"] == ALT_ID else "")
    return f'<div class="item"><a class="title" href="{href(u)}">{esc(a["title"])}</a> <span class="date">({dmy(a["published"])})</span><p>{esc(a["lead"][:110])}...</p></div>'


items = ARTS + NOTICES
P.furniture.append("Các tin khác")
# home
home = webpart("Tin nổi bật", "".join(teaser(a) for a in ARTS[:4]), 2) + webpart("Thông báo", "".join(
    f'<div class="item"><a href="{href(ART % n["id"])}">{esc(n["title"])}</a></div>' for n in NOTICES), 4)
P.add("/", chrome("Trang chủ", home), kind="non_article")
p1 = "".join(teaser(a, True) for a in ARTS[:4]) + f'<div class="pager"><span>1</span> <a href="{href(LIST2)}">2</a> <a href="{href(LIST2)}">Trang sau</a></div>'
P.add(LIST, chrome("Tin tức - Sự kiện", webpart("Tin tức - Sự kiện", p1)), kind="non_article")
p2 = "".join(teaser(a, True) for a in ARTS[4:]) + f'<div class="pager"><a href="{href(LIST)}">1</a> <span>2</span></div>'
P.add(LIST2, chrome("Tin tức - Sự kiện", webpart("Tin tức - Sự kiện", p2)), kind="non_article")
intro = webpart("Giới thiệu chung", '<div class="ms-rtestate-field"><p>Huyện Cư Kuin được thành lập năm 2007 trên cơ sở tách từ huyện Krông Ana và thành phố Buôn Ma Thuột, gồm 8 xã với diện tích tự nhiên 288 km2.</p><p>Điện thoại: 0262.3636.xxx — Thư điện tử: ubndcukuin@daklak.gov.vn</p></div>')
P.add("/Pages/gioithieu/tongquan.aspx", chrome("Giới thiệu chung", intro), kind="non_article")
for a in ARTS:
    P.add(ART % a["id"], article_page(a, ART % a["id"]))
    P.article(ART % a["id"], a)
P.add(ART % ALT_ID + "&ChuyenMucID=32", article_page(ARTS[3], ART % ALT_ID), kind="alternate")
for n in NOTICES:
    inner = f'<div class="TieuDe">{esc(n["title"])}</div><div class="NgayDang">({n["date"]})</div><div class="ms-rtestate-field"><p><a href="{href(n["pdf"])}">Tải về tệp đính kèm</a></p></div>'
    P.add(ART % n["id"], chrome(n["title"], webpart("Thông báo", inner)), kind="non_article")
P.write()

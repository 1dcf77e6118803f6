"""Portal 1: SharePoint generic web parts, ministry-style chitiet.aspx?ItemID= / chuyenmuc.aspx?ChuyenMucID=32&page=.
Hard cases: digit-per-element counter in footer, web part heading above headline (headline in div, not h1),
breadcrumb repeating the title, lead outside body element, date only in "Cập nhật" stamp after the text."""
from common import Art, e, write_portal
PID = "sp_krongbong"
META = {"name": "Cổng thông tin điện tử huyện Krông Bông", "district": "Krông Bông", "province": "Đắk Lắk",
        "platform": "SharePoint (generic web parts)"}
FURN = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Bản quyền thuộc Ủy ban nhân dân huyện Krông Bông",
        "Tin tức - Sự kiện", "Liên kết website", "Gửi email", "In trang"]
A = "/Pages/tintuc/chitiet.aspx?ItemID="
arts = [
 Art(A+"1841", "Krông Bông giải quyết 98,6% hồ sơ thủ tục hành chính đúng và trước hạn trong quý III", "2024-10-08",
     ["Trong quý III/2024, Bộ phận Một cửa huyện tiếp nhận 2.317 hồ sơ, trong đó 1.904 hồ sơ nộp trực tuyến và 46 hồ sơ qua dịch vụ bưu chính công ích; kỳ trước chuyển sang 112 hồ sơ.",
      "Đã giải quyết 2.265 hồ sơ, gồm 1.377 hồ sơ trước hạn, 856 hồ sơ đúng hạn và 32 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai. Còn 164 hồ sơ đang giải quyết trong hạn.",
      "Phó Chủ tịch UBND huyện Y Kô Niê yêu cầu các phòng chuyên môn gửi văn bản xin lỗi công dân đối với từng hồ sơ trễ hạn."],
     lead="Tỷ lệ hồ sơ giải quyết đúng và trước hạn của huyện đạt 98,6%, tăng 1,2 điểm phần trăm so với quý trước."),
 Art(A+"1838", "Kết quả Chỉ số SIPAS năm 2023 của các xã, thị trấn", "2024-09-27",
     ["Kết quả khảo sát do Phòng Nội vụ tổng hợp cho thấy mức độ hài lòng chung của người dân đối với sự phục vụ của cấp xã đạt 87,42%.",
      ("table", [["Đơn vị", "Chỉ số SIPAS (%)", "Xếp hạng"], ["Thị trấn Krông Kmar", "91,05", "1"], ["Xã Hòa Sơn", "89,77", "2"], ["Xã Cư Kty", "84,10", "3"], ["Xã Yang Mao", "79,36", "4"]]),
      "Các xã xếp cuối bảng phải xây dựng kế hoạch khắc phục trước ngày 15/10/2024."],
     lead="Thị trấn Krông Kmar dẫn đầu với 91,05%, xã Yang Mao thấp nhất."),
 Art(A+"1835", "Hội nghị triển khai nhiệm vụ cải cách hành chính 6 tháng cuối năm", "2024-07-19",
     ["Sáng 18/7, UBND huyện tổ chức hội nghị đánh giá công tác cải cách hành chính 6 tháng đầu năm với sự tham dự của lãnh đạo 14 xã, thị trấn.",
      "Điểm tự đánh giá Chỉ số cải cách hành chính năm 2023 của huyện đạt 84,91/100 điểm, xếp thứ 9/15 huyện, thị xã, thành phố của tỉnh.",
      "Hội nghị thống nhất giao chỉ tiêu tối thiểu 80% hồ sơ nộp trực tuyến toàn trình cho cấp xã."],
     lead="Huyện đặt mục tiêu nâng Chỉ số PAR Index lên nhóm khá của tỉnh."),
 Art(A+"1831", "Nông dân xã Ea Trul thu hoạch cà phê sớm", "2024-10-02",
     ["Những ngày đầu tháng 10, nhiều hộ tại xã Ea Trul đã bắt đầu hái những vườn cà phê chín sớm, giá thu mua tại vườn khoảng 98.000 đồng/kg.",
      "Ông Lê Văn Thạch, thôn 6, cho biết gia đình tập trung hái chọn quả chín để giữ chất lượng hạt."],
     lead="Giá cà phê nhân tăng cao giúp bà con phấn khởi."),
 Art(A+"1829", "Ra quân dọn vệ sinh môi trường sau mưa lũ", "2024-09-16",
     ["Hơn 300 đoàn viên thanh niên ra quân thu gom rác thải, khơi thông cống rãnh tại trung tâm thị trấn Krông Kmar.",
      "Hoạt động kéo dài đến hết tháng 9."]),
 Art(A+"1826", "Khai giảng lớp bồi dưỡng tiếng Ê Đê cho cán bộ", "2024-08-30",
     ["Lớp học gồm 45 học viên là công chức cấp xã, học trong 3 tháng tại Trung tâm Chính trị huyện."],
     lead="Lớp học giúp cán bộ giao tiếp tốt hơn với đồng bào."),
]
def layout(title, crumbs, main, canon):
    digits = lambda s, p: "".join(f'<div id="{p}{i+1}" class="digit">{c}</div>' for i, c in enumerate(s))
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint"><title>{e(title)} - Krông Bông</title>
<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"></head><body><form id="aspnetForm" method="post" action="{e(canon)}">
<div id="header"><img src="/PublishingImages/banner.jpg" alt="UBND huyện Krông Bông"><ul class="topnav"><li><a href="/Pages/default.aspx">Trang chủ</a></li>
<li><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=1">Tin tức - Sự kiện</a></li><li><a href="/Pages/gioithieu.aspx">Giới thiệu</a></li><li><a href="/Pages/hoidap.aspx">Hỏi đáp</a></li></ul></div>
<div class="breadcrumb">{crumbs}</div>
<table width="100%"><tr><td valign="top" class="leftcol"><div class="ms-webpart-chrome"><h3>Liên kết website</h3><ul><li><a href="/Pages/default.aspx">Sở Nội vụ</a></li></ul></div></td>
<td valign="top"><div id="ctl00_g_3f2a91c4_5b1e" class="ms-webpart-chrome WebPartWPQ2">{main}</div></td></tr></table>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Krông Bông. Địa chỉ: 55 Lê Duẩn, thị trấn Krông Kmar.</p>
<div class="ThongKeSoLuot"><h4>Thống kê truy cập</h4><div class="SoLuongOnline"><span>Đang online:</span>{digits("0000047","slol")}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits("1293804","sltc")}</div></div></div></form></body></html>"""
pages = {}
home_items = "".join(f'<li><a href="{e(a.path)}">{e(a.title)}</a></li>' for a in arts[:4])
pages["/"] = (layout("Trang chủ", "Trang chủ", f'<h2 class="ms-webpart-titleText">Tin tức - Sự kiện</h2><ul>{home_items}</ul><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=1">Xem tiếp</a><h2>Thông báo</h2><ul><li><a href="/Pages/thongbao/chitiet.aspx?ItemID=77">Thông báo lịch tiếp công dân tháng 11/2024</a></li></ul>', "/"), "utf-8", 200)
LST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page="
for n, chunk in ((1, arts[:4]), (2, arts[4:])):
    items = "".join(f'<div class="item"><a href="{e(a.path)}">{e(a.title)}</a> <span class="date">({a.date[8:]}/{a.date[5:7]}/{a.date[:4]})</span></div>' for a in chunk)
    pager = f'<div class="pager"><a href="{e(LST)}1">1</a> <a href="{e(LST)}2">2</a></div>'
    pages[LST+str(n)] = (layout("Tin tức - Sự kiện", '<a href="/Pages/default.aspx">Trang chủ</a> &gt; Tin tức - Sự kiện', f"<h2>Tin tức - Sự kiện</h2>{items}{pager}", LST+str(n)), "utf-8", 200)
pages["/Pages/gioithieu.aspx"] = (layout("Giới thiệu", "Giới thiệu", "<h2>Giới thiệu chung</h2><p>Huyện Krông Bông nằm ở phía Đông Nam tỉnh Đắk Lắk, có 13 xã và 1 thị trấn.</p><p>Điện thoại: 0262 3873 xxx</p>", "/Pages/gioithieu.aspx"), "utf-8", 200)
pages["/Pages/default.aspx"] = pages["/"]
notice = "/Pages/thongbao/chitiet.aspx?ItemID=77"
pages[notice] = (layout("Thông báo", "Thông báo", '<div class="title-news">Thông báo lịch tiếp công dân tháng 11/2024</div><p><a href="/Documents/TB77.pdf">Tải về tệp đính kèm</a></p>', notice), "utf-8", 200)
for a in arts:
    lead = f'<div class="summary"><b>{e(a.lead)}</b></div>' if a.lead else ""
    main = f"""<h2 class="ms-webpart-titleText"><span>Tin tức - Sự kiện</span></h2>
<div class="title-news">{e(a.title)}</div>{lead}
<div class="ms-rtestate-field">{a.body()}</div>
<div class="stamp">Cập nhật: {a.date[8:]}/{a.date[5:7]}/{a.date[:4]} 08:15 | <a href="mailto:?subject=tin">Gửi email</a> | <a href="javascript:window.print()">In trang</a></div>
<div class="other"><h4>Tin khác</h4><ul>{"".join(f'<li><a href="{e(b.path)}">{e(b.title)}</a> ({b.date[8:]}/{b.date[5:7]})</li>' for b in arts if b is not a)}</ul></div>"""
    crumbs = f'<a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="{e(LST)}1">Tin tức - Sự kiện</a> &gt; {e(a.title)}'
    pages[a.path] = (layout(a.title, crumbs, main, a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, [notice, "/Pages/gioithieu.aspx"], FURN)

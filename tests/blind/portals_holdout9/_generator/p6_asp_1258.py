"""Portal 6: bespoke classic ASP table layout (2000s), served in windows-1258 (Word-style decomposed tones).
Hard cases: windows-1258 charset, no container class/id at all around the body, headline in <font><b>,
date with weekday AFTER the text in parentheses, dot-thousands counter and copyright in a footer table,
"Nguồn:" source line inside the body (text), image caption as plain <p> after an <img>."""
from common import Art, e, write_portal, for_1258
PID = "asp_thachha"
META = {"name": "Website huyện Thạch Hà", "district": "Thạch Hà", "province": "Hà Tĩnh", "platform": "bespoke classic ASP (table layout)"}
FURN = ["Số lượt truy cập", "Đang xem", "Copyright © UBND huyện Thạch Hà", "Thiết kế bởi", "TIN TỨC KHÁC", "Về đầu trang"]
def P(i): return f"/newsdetail.asp?NewsId={i}&CatId=4"
arts = [
 Art(P(2733), "Thạch Hà: hồ sơ trễ hạn giảm mạnh trong quý III", "2024-10-10",
     ["Quý III năm 2024, Bộ phận Một cửa huyện nhận 1.988 hồ sơ mới và 134 hồ sơ chuyển tiếp từ quý II.",
      "Kết quả đã xử lý xong 1.935 hồ sơ: 1.211 hồ sơ trước thời hạn, 710 hồ sơ đúng thời hạn, 14 hồ sơ trễ hạn (quý II là 49 hồ sơ). Số hồ sơ chưa đến hạn là 187.",
      "Hồ sơ nộp qua môi trường mạng đạt 1.402, qua bưu chính công ích 58.",
      "Nguồn: Văn phòng HĐND-UBND huyện"]),
 Art(P(2729), "Công bố Chỉ số PAR Index các xã năm 2023", "2024-09-30",
     ["Chiều 27/9, UBND huyện công bố kết quả xác định Chỉ số cải cách hành chính năm 2023 của 22 xã, thị trấn.",
      ("table", [["Nhóm", "Đơn vị", "Chỉ số (%)"], ["Nhóm A", "Thị trấn Thạch Hà", "92,64"], ["Nhóm A", "Xã Thạch Liên", "91,07"], ["Nhóm B", "Xã Việt Tiến", "84,33"], ["Nhóm C", "Xã Ngọc Sơn", "76,58"]]),
      "Giá trị trung bình của các xã là 86,2%, tăng 1,9% so với năm trước.",
      "Nguồn: Phòng Nội vụ"]),
 Art(P(2724), "Đón nhận Bằng công nhận xã nông thôn mới nâng cao", "2024-09-21",
     ["Xã Thạch Đài tổ chức lễ đón nhận Bằng công nhận đạt chuẩn nông thôn mới nâng cao năm 2023.",
      "Ảnh: Lãnh đạo huyện trao bằng cho xã Thạch Đài",
      "Thu nhập bình quân đầu người của xã năm 2023 đạt 62 triệu đồng."]),
 Art(P(2720), "Khai mạc hội thi tuyên truyền an toàn giao thông", "2024-09-12",
     ["Hội thi thu hút 12 đội đến từ các trường trung học cơ sở trên địa bàn huyện.",
      "Nguồn: Phòng Văn hóa - Thông tin"]),
 Art(P(2715), "Ra quân thu hoạch lúa hè thu", "2024-08-28",
     ["Năng suất bình quân ước đạt 52 tạ/ha, có nơi đạt 60 tạ/ha.",
      "Bà con tranh thủ thời tiết nắng ráo để phơi lúa."]),
]
WD = {"2024-10-10": "Thứ năm", "2024-09-30": "Thứ hai", "2024-09-21": "Thứ bảy", "2024-09-12": "Thứ năm", "2024-08-28": "Thứ tư"}
def layout(title, main):
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0"><table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/top.jpg" width="778" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><a href="/default.asp"><font color="#FFFFFF">Trang chủ</font></a> | <a href="/newslist.asp?CatId=4"><font color="#FFFFFF">Tin tức</font></a> | <a href="/gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="/vanban.asp"><font color="#FFFFFF">Văn bản</font></a></td></tr>
<tr><td width="170" valign="top"><a href="/vanban.asp">Văn bản chỉ đạo</a><br><a href="/lienhe.asp">Liên hệ</a></td><td width="10"></td><td valign="top">{main}</td></tr>
<tr><td colspan="3"><table width="100%" bgcolor="#EEEEEE"><tr><td align="center">Copyright © UBND huyện Thạch Hà - Hà Tĩnh<br>Thiết kế bởi phòng Văn hóa - Thông tin</td>
<td align="right">Số lượt truy cập: 677.085<br>Đang xem: 12</td></tr></table></td></tr></table></body></html>"""
    return for_1258(h)
pages = {}
home = "".join(f'<p><a href="{e(a.path)}"><b>{e(a.title)}</b></a></p>' for a in arts[:3]) + '<p><b>THÔNG BÁO</b></p><p><a href="/newsdetail.asp?NewsId=2731&amp;CatId=7">Thông báo tổ chức kỳ họp thứ 18 HĐND huyện</a></p><p><a href="/newslist.asp?CatId=4">Xem tiếp...</a></p>'
pages["/"] = (layout("Trang chủ", home), "windows-1258", 200)
pages["/default.asp"] = pages["/"]
L1, L2 = "/newslist.asp?CatId=4", "/newslist.asp?CatId=4&Page=2"
for path, ch in ((L1, arts[:3]), (L2, arts[3:])):
    rows = "".join(f'<tr><td><img src="/images/bullet.gif"> <a href="{e(a.path)}">{e(a.title)}</a> <i>({a.date[8:]}/{a.date[5:7]}/{a.date[:4]})</i></td></tr>' for a in ch)
    pages[path] = (layout("Tin tức", f'<table width="100%">{rows}</table><p>Trang: <a href="{e(L1)}">1</a> <a href="{e(L2)}">2</a></p>'), "windows-1258", 200)
pages["/gioithieu.asp"] = (layout("Giới thiệu", "<p><font size=\"3\"><b>GIỚI THIỆU HUYỆN THẠCH HÀ</b></font></p><p>Huyện nằm bao quanh thành phố Hà Tĩnh, có 22 xã, thị trấn.</p>"), "windows-1258", 200)
N = "/newsdetail.asp?NewsId=2731&CatId=7"
pages[N] = (layout("Thông báo", '<font size="3"><b>Thông báo tổ chức kỳ họp thứ 18 HĐND huyện</b></font><br><a href="/upload/TB2731.doc">Tải văn bản</a>'), "windows-1258", 200)
for a in arts:
    body = a.body()
    if a is arts[2]:
        body = body.replace("<p>Ảnh:", '<p><img src="/upload/images/2724.jpg" width="400"></p>\n<p>Ảnh:', 1)
    others = "".join(f'<tr><td>- <a href="{e(b.path)}">{e(b.title)}</a> ({b.date[8:]}/{b.date[5:7]})</td></tr>' for b in arts if b is not a)
    main = f"""<table width="100%"><tr><td><font size="3" color="#990000"><b>{e(a.title)}</b></font></td></tr>
<tr><td>{body}</td></tr>
<tr><td align="right"><i>({WD[a.date]}, {a.date[8:]}/{a.date[5:7]}/{a.date[:4]})</i></td></tr>
<tr><td><a href="#top">Về đầu trang</a></td></tr>
<tr><td><b>TIN TỨC KHÁC</b></td></tr>{others}</table>"""
    pages[a.path] = (layout(a.title, main), "windows-1258", 200)
write_portal(PID, META, pages, arts, [N, "/gioithieu.asp"], FURN)

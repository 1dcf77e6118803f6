# -*- coding: utf-8 -*-
"""p8 - Oracle WebCenter commune sub-site of the Quảng Nam provincial portal: xã Tam Xuân 1, huyện Núi Thành.
Hard: long ADF ids and dDocName URLs; headline in a span under a portlet heading; "Ảnh: ..." captions;
commune-level figures; a council-session article full of non-metric numbers (Khóa XII, nhiệm kỳ);
the counter in the right column; a one-item "Thông báo" listing whose item is a file link."""
from common import *

P = Portal("p8_tamxuan1_webcenter", "Trang thông tin điện tử xã Tam Xuân 1", "Núi Thành", "Quảng Nam", "Oracle WebCenter Portal (commune sub-site)")
SITE = "/webcenter/portal/tamxuan1"
P.furniture = ["Thống kê truy cập", "Đang online", "Tổng lượt truy cập", "Tin đã đăng", "Trở về", "In trang",
               "Trang thông tin điện tử xã Tam Xuân 1 - huyện Núi Thành - tỉnh Quảng Nam"]


def page(title, main):
    return f"""<!DOCTYPE html><html lang="vi-VN" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(title)}</title><link rel="stylesheet" href="/webcenter/portal/resourceServlet/skins/quangnam/css/portal.css"></head>
<body><div id="T:pt_f1" class="af_panelGroupLayout">
<div class="qn-header"><img src="/webcenter/content/conn/UCM/uuid/dDocName:BANNER_TAMXUAN1" alt="Xã Tam Xuân 1"><span class="qn-date">{TODAY}</span></div>
<div id="T:pt_nav" class="qn-menu"><a href="{SITE}/home">Trang chủ</a> <a href="{SITE}/pages_gioi-thieu">Giới thiệu</a> <a href="{SITE}/pages_tin-tuc">Tin tức</a>
<a href="{SITE}/pages_cai-cach-hanh-chinh">Cải cách hành chính</a> <a href="{SITE}/pages_thong-bao">Thông báo</a> <a href="{SITE}/pages_lien-he">Liên hệ</a></div>
<table class="qn-layout" width="100%"><tr><td id="T:pt_c1" valign="top" class="qn-content">{main}</td>
<td id="T:pt_c2" valign="top" class="qn-right" width="250">
<div class="portlet"><div class="portlet-header">Liên kết</div><div class="portlet-body"><a href="/webcenter/portal/dichvucong">Dịch vụ công trực tuyến</a></div></div>
<div class="portlet"><div class="portlet-header">Thống kê truy cập</div><div class="portlet-body"><div>Đang online: <span id="T:pt_c2:online">12</span></div><div>Tổng lượt truy cập: <span id="T:pt_c2:total">204551</span></div></div></div>
</td></tr></table>
<div class="qn-footer"><p>Trang thông tin điện tử xã Tam Xuân 1 - huyện Núi Thành - tỉnh Quảng Nam</p><p>Địa chỉ: thôn Thạnh Đức, xã Tam Xuân 1. Điện thoại: 0235.3571 133</p></div>
</div></body></html>"""


arts = []
blocks = [
    ("p", "Trong quý I năm 2024, Bộ phận Một cửa xã Tam Xuân 1 tiếp nhận 438 hồ sơ thủ tục hành chính, trong đó có 271 hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    ("p", "Đến ngày 31/3, xã đã giải quyết 429 hồ sơ, trong đó 301 hồ sơ trước hạn, 128 hồ sơ đúng hạn, không có hồ sơ trễ hẹn; 9 hồ sơ đang trong thời gian giải quyết."),
    ("p", "Kết quả theo từng lĩnh vực:"),
    ("table", [["Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đã giải quyết"], ["Hộ tịch", "214", "163", "212"], ["Chứng thực", "151", "78", "151"],
               ["Đất đai", "31", "9", "25"], ["Lao động - Thương binh và Xã hội", "42", "21", "41"]]),
    ("p", "UBND xã giao công chức Tư pháp - Hộ tịch và Địa chính - Xây dựng tiếp tục số hóa kết quả giải quyết, không để phát sinh hồ sơ quá hạn trong quý II."),
    ("p", "Thanh Tâm"),
]
arts.append(("PORTAL561204", "cai-cach-hanh-chinh", dict(title="Xã Tam Xuân 1: Không có hồ sơ trễ hẹn trong quý I năm 2024", published=iso(2024, 4, 4), blocks=blocks,
             must=["301 hồ sơ trước hạn", "không có hồ sơ trễ hẹn", "Lao động - Thương binh và Xã hội", "271 hồ sơ nộp trực tuyến"]), "08:40"))
blocks = [
    ("p", "UBND huyện Núi Thành vừa thông báo kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính cấp xã năm 2023. Xã Tam Xuân 1 đạt 92,4%, xếp thứ 3/17 xã, thị trấn."),
    ("img", "/webcenter/content/conn/UCM/uuid/dDocName:PORTAL561377", "Ảnh: Công chức một cửa xã hướng dẫn người dân kê khai hồ sơ"),
    ("p", "Các tiêu chí được người dân đánh giá cao là thái độ giao tiếp của công chức, việc công khai thủ tục hành chính và thời gian trả kết quả. Tiêu chí về cơ sở vật chất nơi tiếp nhận hồ sơ có điểm thấp nhất."),
    ("p", "Trong năm 2024, xã sẽ bố trí thêm máy tính tra cứu, ghế chờ và khu vực hỗ trợ nộp hồ sơ trực tuyến cho người dân."),
    ("p", "Văn phòng HĐND và UBND xã"),
]
arts.append(("PORTAL561377", "cai-cach-hanh-chinh", dict(title="Mức độ hài lòng của người dân đối với xã Tam Xuân 1 đạt 92,4%", published=iso(2024, 3, 18), blocks=blocks,
             must=["xếp thứ 3/17 xã, thị trấn", "thái độ giao tiếp của công chức", "khu vực hỗ trợ nộp hồ sơ trực tuyến"]), "15:10"))
blocks = [
    ("p", "Ngày 16/5/2024, Đoàn kiểm tra cải cách hành chính huyện Núi Thành do Phó Chủ tịch UBND huyện làm trưởng đoàn đã làm việc với UBND xã Tam Xuân 1 về công tác cải cách hành chính và kiểm soát thủ tục hành chính."),
    ("img", "/webcenter/content/conn/UCM/uuid/dDocName:PORTAL562019", "Ảnh: Toàn cảnh buổi làm việc"),
    ("p", "Theo báo cáo của xã, từ đầu năm đến ngày 15/5, xã tiếp nhận 602 hồ sơ, đã giải quyết 590 hồ sơ, trong đó 2 hồ sơ quá hạn thuộc lĩnh vực đất đai. Tỷ lệ hồ sơ trực tuyến đạt 63,5%."),
    ("p", "Đoàn đánh giá cao việc xã niêm yết đầy đủ thủ tục hành chính, có mã QR để người dân tra cứu; đồng thời đề nghị xã chấn chỉnh việc lưu trữ hồ sơ giấy và cập nhật trạng thái hồ sơ đúng thời gian thực."),
    ("p", "Ngọc Ánh"),
]
arts.append(("PORTAL562019", "cai-cach-hanh-chinh", dict(title="Đoàn kiểm tra cải cách hành chính huyện làm việc tại xã Tam Xuân 1", published=iso(2024, 5, 17), blocks=blocks,
             must=["2 hồ sơ quá hạn thuộc lĩnh vực đất đai", "đạt 63,5%", "có mã QR để người dân tra cứu"]), "10:25"))
blocks = [
    ("p", "Sáng 12/5, Tổ công nghệ số cộng đồng của 9 thôn trên địa bàn xã Tam Xuân 1 đồng loạt ra quân hướng dẫn người dân kích hoạt tài khoản định danh điện tử và nộp hồ sơ trực tuyến."),
    ("p", "Qua một ngày ra quân, các tổ đã hỗ trợ kích hoạt 356 tài khoản định danh mức độ 2, hướng dẫn 47 hồ sơ đăng ký khai sinh, thường trú trực tuyến toàn trình."),
    ("p", "Hoạt động sẽ được duy trì vào sáng thứ Bảy hằng tuần tại nhà văn hóa các thôn cho đến hết tháng 7."),
    ("p", "Bảo Trân"),
]
arts.append(("PORTAL561890", "cai-cach-hanh-chinh", dict(title="Tổ công nghệ số cộng đồng xã Tam Xuân 1 ra quân hỗ trợ người dân", published=iso(2024, 5, 13), blocks=blocks,
             must=["356 tài khoản định danh mức độ 2", "47 hồ sơ đăng ký khai sinh", "sáng thứ Bảy hằng tuần"]), "07:55"))
blocks = [
    ("p", "Ngày 9/4, HĐND xã Tam Xuân 1 khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9 (kỳ họp chuyên đề) để xem xét, quyết định một số nội dung quan trọng."),
    ("p", "Kỳ họp đã thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 của xã, bổ sung danh mục 3 công trình giao thông nông thôn tại thôn Thạnh Đức và thôn Xuân Quý."),
    ("img", "/webcenter/content/conn/UCM/uuid/dDocName:PORTAL560955", "Ảnh: Đại biểu biểu quyết thông qua nghị quyết"),
    ("p", "Các đại biểu cũng cho ý kiến về phương án xây dựng nhà văn hóa thôn Phú Tân, dự kiến khởi công trong quý III."),
    ("p", "Minh Đức"),
]
arts.append(("PORTAL560955", "tin-tuc", dict(title="HĐND xã Tam Xuân 1 tổ chức kỳ họp chuyên đề", published=iso(2024, 4, 10), blocks=blocks,
             must=["kỳ họp thứ 9 (kỳ họp chuyên đề)", "giai đoạn 2021 - 2025", "nhà văn hóa thôn Phú Tân"]), "16:45"))
blocks = [
    ("p", "Hưởng ứng Ngày Môi trường thế giới 5/6, Đoàn Thanh niên xã Tam Xuân 1 phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức ra quân thu gom rác thải dọc tuyến đường ĐT 617 và khu vực chợ Chùa."),
    ("p", "Hơn 120 đoàn viên, hội viên đã thu gom khoảng 2 tấn rác thải, phát quang bụi rậm và trồng 200 cây xanh dọc các tuyến đường liên thôn."),
    ("p", "Hoàng Vy"),
]
arts.append(("PORTAL562480", "tin-tuc", dict(title="Ra quân làm sạch môi trường hưởng ứng Ngày Môi trường thế giới", published=iso(2024, 6, 6), blocks=blocks,
             must=["dọc tuyến đường ĐT 617", "trồng 200 cây xanh", "Hơn 120 đoàn viên"]), "09:05"))


def url(x):
    return f"{SITE}/pages_{x[1]}/chi-tiet?dDocName={x[0]}"


CATN = {"cai-cach-hanh-chinh": "CẢI CÁCH HÀNH CHÍNH", "tin-tuc": "TIN TỨC - SỰ KIỆN"}
order = sorted(arts, key=lambda x: x[2]["published"], reverse=True)
for x in arts:
    doc, cat, a, hm = x
    y, m, d = a["published"].split("-")
    rel = "".join(f'<li><a href="{url(z)}">{esc(z[2]["title"])}</a> <span class="date">({"/".join(z[2]["published"].split("-")[::-1])})</span></li>' for z in order if z is not x)
    main = f"""<div class="portlet"><div class="portlet-header">{CATN[cat]}</div><div id="T:pt_c1:r1:0:pgl3" class="portlet-body chi-tiet">
<span class="tieu-de-chi-tiet">{esc(a['title'])}</span>
<div class="ngay-dang">Cập nhật: {d}/{m}/{y} {hm}</div>
<div class="noi-dung">
{render_blocks(a['blocks'], img='<p style="text-align:center"><img src="{src}" alt="" width="480"></p><p style="text-align:center"><em>{cap}</em></p>')}
</div>
<div class="cong-cu"><a href="javascript:history.back()">Trở về</a> | <a href="javascript:window.print()">In trang</a></div>
<div class="tin-da-dang"><div class="tieu-de-nho">Tin đã đăng</div><ul>{rel}</ul></div></div></div>"""
    P.add(url(x), page(a["title"], main))
    P.gold_article(url(x), a)


def listing(xs, head, pager=""):
    it = "".join(f'<div class="tin-item"><a class="tin-title" href="{url(z)}">{esc(z[2]["title"])}</a> <span class="date">{"/".join(z[2]["published"].split("-")[::-1])}</span><p>{esc(z[2]["blocks"][0][1][:150])}...</p></div>' for z in xs)
    return f'<div class="portlet"><div class="portlet-header">{head}</div><div class="portlet-body">{it}{pager}</div></div>'


cc = [z for z in order if z[1] == "cai-cach-hanh-chinh"]
P.add("/", page("Xã Tam Xuân 1", listing(order[:4], "TIN MỚI NHẤT")))
P.add(SITE + "/home", page("Xã Tam Xuân 1", listing(order[:4], "TIN MỚI NHẤT")))
pg = lambda cur: '<div class="pager">' + " ".join((f"<b>{i}</b>" if i == cur else f'<a href="{SITE}/pages_cai-cach-hanh-chinh{"?page=2" if i == 2 else ""}">{i}</a>') for i in (1, 2)) + "</div>"
P.add(SITE + "/pages_cai-cach-hanh-chinh", page("Cải cách hành chính", listing(cc[:3], "CẢI CÁCH HÀNH CHÍNH", pg(1))))
P.add(SITE + "/pages_cai-cach-hanh-chinh?page=2", page("Cải cách hành chính", listing(cc[3:], "CẢI CÁCH HÀNH CHÍNH", pg(2))))
P.add(SITE + "/pages_tin-tuc", page("Tin tức", listing([z for z in order if z[1] == "tin-tuc"], "TIN TỨC - SỰ KIỆN")))
NOT = SITE + "/pages_thong-bao/chi-tiet?dDocName=PORTAL562611"
P.add(SITE + "/pages_thong-bao", page("Thông báo", f'<div class="portlet"><div class="portlet-header">THÔNG BÁO</div><div class="portlet-body"><div class="tin-item"><a class="tin-title" href="{NOT}">Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 6/2024</a> <span class="date">03/06/2024</span></div></div></div>'))
P.add(NOT, page("Thông báo lịch tiếp công dân", f"""<div class="portlet"><div class="portlet-header">THÔNG BÁO</div><div class="portlet-body chi-tiet"><span class="tieu-de-chi-tiet">Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 6/2024</span>
<div class="ngay-dang">Cập nhật: 03/06/2024 14:00</div><div class="noi-dung"><p>Tệp đính kèm: <a href="/webcenter/content/conn/UCM/uuid/dDocName:PORTAL562610">Lich-tiep-cong-dan-T6-2024.pdf</a></p></div></div></div>"""))
P.add(SITE + "/pages_gioi-thieu", page("Giới thiệu", """<div class="portlet"><div class="portlet-header">GIỚI THIỆU</div><div class="portlet-body"><span class="tieu-de-chi-tiet">Khái quát về xã Tam Xuân 1</span><div class="noi-dung">
<p>Xã Tam Xuân 1 nằm ở phía Bắc huyện Núi Thành, có Quốc lộ 1 và đường sắt Bắc - Nam chạy qua. Xã có 9 thôn, phần lớn người dân sống bằng nghề nông và buôn bán nhỏ.</p>
<p>Xã có nhiều di tích lịch sử cách mạng, trong đó có địa đạo Hóc Dinh.</p></div></div></div>"""))
P.add(SITE + "/pages_lien-he", page("Liên hệ", """<div class="portlet"><div class="portlet-header">LIÊN HỆ</div><div class="portlet-body"><p>UBND xã Tam Xuân 1</p><p>Điện thoại: 0235.3571 133</p><p>Email: tamxuan1@quangnam.gov.vn</p></div></div>"""))
P.non_articles = ["/", SITE + "/home", SITE + "/pages_cai-cach-hanh-chinh", SITE + "/pages_cai-cach-hanh-chinh?page=2", SITE + "/pages_tin-tuc", SITE + "/pages_thong-bao", NOT, SITE + "/pages_gioi-thieu", SITE + "/pages_lien-he"]
P.write()

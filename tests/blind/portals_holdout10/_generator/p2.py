"""p2: Liferay 6.1 Bkav portal_egov, asset_publisher urlTitle URLs (đ dropped from slugs).
Hard cases: visit-counter portlet in the left column before content, social panel (Email, A-/A+),
weekday date with 'Thứ Bẩy' and HH:ss, bold abstract outside .asset-content (lead), 'Tin cũ hơn' list with (dd/MM)."""
from common import Portal, esc, CANON

P = Portal("p2_chauduc", "Cổng TTĐT huyện Châu Đức", "Châu Đức", "Bà Rịa – Vũng Tàu", "Liferay 6.1 Bkav portal_egov")
BASE = "/web/guest/tin-tuc/-/asset_publisher/Xq7RkP2m/content/"
ARTS = [
 dict(slug="ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-5-nam-2024", title="Kết quả giải quyết thủ tục hành chính tháng 5 năm 2024", date="2024-06-01",
      lead="Tháng 5, Trung tâm Phục vụ hành chính công huyện Châu Đức tiếp nhận 1.476 hồ sơ, tăng 9% so với tháng trước.",
      paras=["Số hồ sơ tồn từ tháng 4 chuyển sang là 203. Trong kỳ có 1.121 hồ sơ tiếp nhận qua Cổng dịch vụ công và 18 hồ sơ qua dịch vụ bưu chính.",
             "Đã trả kết quả 1.512 hồ sơ: trước hạn 398, đúng hạn 1.101, trễ hạn 13. Hiện còn 167 hồ sơ chưa đến hạn trả.",
             "Các hồ sơ trễ hạn tập trung ở lĩnh vực xây dựng do chủ đầu tư bổ sung giấy tờ chậm.",
             "Phòng Nội vụ huyện đề nghị công khai danh sách hồ sơ trễ hạn trên trang thông tin của từng xã."],
      must=["trước hạn 398, đúng hạn 1.101, trễ hạn 13", "1.121 hồ sơ tiếp nhận qua Cổng dịch vụ công", "Số hồ sơ tồn từ tháng 4 chuyển sang là 203"]),
 dict(slug="chi-so-cai-cach-hanh-chinh-cac-xa-nam-2023", title="Công bố Chỉ số cải cách hành chính các xã, thị trấn năm 2023", date="2024-04-20",
      lead="UBND huyện vừa ban hành quyết định công bố Chỉ số CCHC năm 2023 của 16 xã, thị trấn.",
      paras=["Điểm trung bình của khối xã đạt 82,17/100, cao hơn năm 2022 là 3,05 điểm.",
             "Kết quả một số đơn vị dẫn đầu và cuối bảng như sau:",
             "Các tiêu chí về chuyển đổi số và tài chính công có điểm thấp nhất ở hầu hết các xã.",
             "Huyện sẽ gắn kết quả xếp hạng với việc bình xét thi đua cuối năm của người đứng đầu."],
      table=[["Đơn vị", "Điểm", "Xếp hạng"], ["Thị trấn Ngãi Giao", "91,40", "1"], ["Xã Bình Ba", "89,75", "2"], ["Xã Suối Nghệ", "88,12", "3"], ["Xã Láng Lớn", "71,06", "16"]],
      must=["đạt 82,17/100", "cao hơn năm 2022 là 3,05 điểm", "Thị trấn Ngãi Giao"]),
 dict(slug="ngay-hoi-ai-oan-ket-toan-dan-toc-tai-xa-xa-bang", title="Ngày hội Đại đoàn kết toàn dân tộc tại xã Xà Bang", date="2023-11-18",
      lead="Ngày 18/11, hơn 300 người dân ấp Quảng Giao dự ngày hội Đại đoàn kết toàn dân tộc.",
      paras=["Ban công tác Mặt trận ấp trao 12 phần quà cho hộ khó khăn và biểu dương 9 gia đình tiêu biểu.",
             "Người dân cùng tham gia các trò chơi dân gian và hội thi nấu ăn của đồng bào Chơro."]),
 dict(slug="huyen-chau-uc-ra-soat-cong-trinh-nha-tam", title="Huyện Châu Đức rà soát, xóa nhà tạm cho hộ nghèo", date="2024-05-25",
      lead="Huyện đặt mục tiêu hoàn thành xóa 47 căn nhà tạm trước ngày 2/9/2024.",
      paras=["Theo kết quả rà soát, xã Kim Long có số căn nhiều nhất với 11 căn.",
             "Mỗi căn xây mới được hỗ trợ 60 triệu đồng, sửa chữa được hỗ trợ 30 triệu đồng từ Quỹ Vì người nghèo.",
             "Ban Chỉ đạo yêu cầu các xã lập hồ sơ trước ngày 15/6."]),
 dict(slug="thu-ngan-sach-5-thang-au-nam", title="Thu ngân sách 5 tháng đầu năm đạt 46% dự toán", date="2024-06-08",
      lead="Tổng thu ngân sách nhà nước trên địa bàn 5 tháng ước đạt 412 tỷ đồng.",
      paras=["Thu tiền sử dụng đất chiếm tỷ trọng lớn nhất với 198 tỷ đồng.",
             "Chi cục Thuế khu vực được giao đôn đốc 27 doanh nghiệp còn nợ thuế kéo dài."]),
 dict(slug="tiep-nhan-ho-so-cap-oi-giay-phep-lai-xe-tai-xa", title="Tiếp nhận hồ sơ cấp đổi giấy phép lái xe tại xã", date="2024-03-16",
      lead="Từ tháng 3, người dân xã Đá Bạc có thể nộp hồ sơ cấp đổi giấy phép lái xe tại bộ phận một cửa xã.",
      paras=["Hồ sơ được chuyển qua bưu điện về Sở Giao thông vận tải; kết quả trả tại nhà."]),
]
WD = {"2024-06-01": "Thứ Bẩy, ngày 01/06/2024 09:41", "2024-04-20": "Thứ Bẩy, ngày 20/04/2024 14:07", "2023-11-18": "Thứ Bẩy, ngày 18/11/2023 16:52",
      "2024-05-25": "Thứ Bẩy, ngày 25/05/2024 10:33", "2024-06-08": "Thứ Bẩy, ngày 08/06/2024 07:15", "2024-03-16": "Thứ Bẩy, ngày 16/03/2024 11:20"}
P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tin cũ hơn", "A+", "Sơ đồ cổng", "Trang thông tin điện tử huyện Châu Đức được thiết kế bởi Bkav"]
L = "/web/guest/tin-tuc"


def counter():
    rows = [("Tổng số lượt truy cập", "3184402"), ("Số người đang truy cập", "41"), ("Hôm nay", "1208"), ("Hôm qua", "2377"), ("Tuần này", "9931"), ("Tháng này", "40215")]
    return ('<div class="portlet-boundary portlet-visit-counter"><div class="portlet-title">Thống Kê Truy Cập</div><div class="visit-counter-data-container-style-1"><div class="visit-counter-content">'
            + "".join('<div class="row"><span class="lbl">%s</span>: <span class="val">%s</span></div>' % r for r in rows) + "</div></div></div>")


def shell(title, main, canon=None):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>%s - Huyện Châu Đức</title>%s</head><body class="portal-xuyen">'
            '<div id="banner"><a href="/web/guest">Cổng thông tin điện tử huyện Châu Đức</a></div><ul id="navigation"><li><a href="/web/guest">Trang chủ</a></li><li><a href="%s">Tin tức</a></li>'
            '<li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li><a href="/web/guest/so-do-cong">Sơ đồ cổng</a></li></ul>'
            '<div id="column-1" class="aui-w25">%s</div><div id="column-2" class="aui-w75">%s</div>'
            '<div id="footer">Trang thông tin điện tử huyện Châu Đức được thiết kế bởi Bkav. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div></body></html>'
            % (esc(title), '<meta property="og:url" content="%s%s">' % (CANON, canon) if canon else "", L, counter(), main))


def article(a, i):
    older = "".join('<li><a href="%s%s">%s</a> <span>(%s/%s)</span></li>' % (BASE, b["slug"], esc(b["title"]), b["date"][8:], b["date"][5:7]) for b in ARTS[i + 1:i + 4])
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += "<table><tbody>" + "".join("<tr>" + "".join("<td><p>%s</p></td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    return shell(a["title"], '<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Tin tức - Sự kiện</h1></header>'
                 '<div class="asset_publisher_view_full_content"><div class="asset_title">%s</div><div class="social-panel"><span class="date">%s</span>'
                 '<a href="/web/guest/tin-tuc?sendMail=1">Email</a> <a href="#" class="font-small">A-</a> <a href="#" class="font-large">A+</a></div>'
                 '<div class="asset-abstract"><strong>%s</strong></div><div class="asset-content">%s</div>'
                 '<div class="related_asset"><div class="related-title">Tin cũ hơn</div><ul>%s</ul></div></div></section>'
                 % (esc(a["title"]), WD[a["date"]], esc(a["lead"]), body, older), BASE + a["slug"])


def teaser(a):
    d = a["date"]
    return ('<div class="asset-abstract"><img src="/image/journal/article?img_id=%d" width="180" height="100"><span class="asset-category-name">Tin tức</span>'
            '<a class="asset-title" href="%s%s">%s</a> <span class="asset-publish-date">%s-%s-%s</span><div class="asset-sumary">%s</div></div>'
            % (len(a["slug"]), BASE, a["slug"], esc(a["title"]), d[8:], d[5:7], d[:4], esc(a["lead"])))


cur = "?p_p_id=101_INSTANCE_Xq7RkP2m&_101_INSTANCE_Xq7RkP2m_cur=2"
pg = '<div class="search-paginator"><a href="%s">Trang sau</a></div>' % cur.replace("&", "&amp;")
P.add("/", shell("Trang chủ", '<div class="tin-noi-bat">' + "".join(teaser(a) for a in ARTS[:4]) + '</div><a href="%s">Xem thêm</a><div class="thong-bao"><h2>Thông báo</h2><a href="%s">Thông báo tuyển dụng viên chức năm 2024</a></div>' % (L, BASE + "thong-bao-tuyen-dung-vien-chuc-nam-2024")))
P.add(L, shell("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + pg))
P.add(L + cur.replace("&", "&"), shell("Tin tức", "".join(teaser(a) for a in ARTS[4:]) + '<a href="%s">Trang trước</a>' % L))
for i, a in enumerate(ARTS):
    P.add(BASE + a["slug"], article(a, i))
    P.gold_article(BASE + a["slug"], a)
P.add("/web/guest/gioi-thieu", shell("Giới thiệu", "<h2>Giới thiệu huyện Châu Đức</h2><p>Diện tích tự nhiên 424 km², gồm 15 xã và 1 thị trấn.</p><p>Điện thoại: 0254 3881 206</p>"))
tb = BASE + "thong-bao-tuyen-dung-vien-chuc-nam-2024"
P.add(tb, shell("Thông báo", '<div class="asset_publisher_view_full_content"><div class="asset_title">Thông báo tuyển dụng viên chức năm 2024</div><div class="asset-content"><p><a href="/documents/10181/TB-tuyen-dung.pdf">TB-tuyen-dung.pdf</a></p></div></div>'))
P.non_articles = [tb, "/web/guest/gioi-thieu"]
P.write()

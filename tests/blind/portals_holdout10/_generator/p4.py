"""p4: Liferay 7 custom CMS (Hòa Bình style), render URLs with articleId, categories by categoryId.
Hard cases: category h3 above the h1, #leadDetail outside #contentDetail, .img-title caption,
.author/.source after the body (not text), rating widget, 'Danh sách bài viết cũ' with dates, counter box with ',' separators."""
from common import Portal, esc, CANON

P = Portal("p4_lacson", "Cổng TTĐT huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "Liferay 7 Hòa Bình CMS")
ARTS = [
 dict(id=48312, title="Lạc Sơn: 6 tháng đầu năm trả kết quả đúng và trước hạn 99,6% hồ sơ", date="2024-07-04", time="16:40",
      lead="Sáu tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính cấp huyện được giải quyết đúng và trước hạn đạt 99,6%.",
      paras=["Bộ phận Một cửa huyện Lạc Sơn tiếp nhận 3.905 hồ sơ, cộng 188 hồ sơ kỳ trước chuyển qua; trong đó 2.977 hồ sơ trực tuyến.",
             "Đã giải quyết 3.870 hồ sơ: 1.206 trước hạn, 2.648 đúng hạn, 16 quá hạn. Số đang xử lý là 223 hồ sơ.",
             "Huyện đã có 46 lượt hồ sơ được chuyển trả qua bưu chính, chủ yếu là giấy chứng nhận quyền sử dụng đất.",
             "UBND huyện giao Văn phòng theo dõi việc xin lỗi người dân đối với 16 hồ sơ quá hạn."],
      must=["1.206 trước hạn, 2.648 đúng hạn, 16 quá hạn", "2.977 hồ sơ trực tuyến", "46 lượt hồ sơ được chuyển trả qua bưu chính"]),
 dict(id=48290, title="Chỉ số DDCI huyện Lạc Sơn năm 2023 tăng 4 bậc", date="2024-05-29", time="09:12",
      lead="Trong bảng xếp hạng Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI) tỉnh Hòa Bình năm 2023, huyện Lạc Sơn xếp thứ 5/10.",
      paras=["Tổng điểm DDCI của huyện đạt 71,85 điểm, tăng 4 bậc so với năm 2022.",
             "Điểm các chỉ số thành phần được thống kê trong bảng:",
             "Chỉ số chi phí không chính thức vẫn là điểm yếu cần khắc phục.",
             "Huyện sẽ tổ chức cà phê doanh nhân định kỳ hằng quý để lắng nghe kiến nghị."],
      table=[["Chỉ số thành phần", "Điểm 2023"], ["Tính minh bạch", "7,42"], ["Chi phí thời gian", "7,10"], ["Chi phí không chính thức", "6,25"], ["Cạnh tranh bình đẳng", "6,98"]],
      must=["đạt 71,85 điểm, tăng 4 bậc", "Chi phí không chính thức", "cà phê doanh nhân định kỳ hằng quý"]),
 dict(id=48277, title="Khai mạc Tuần Văn hóa dân tộc Mường huyện Lạc Sơn", date="2024-04-13", time="20:05",
      lead="Tối 13/4, tại sân vận động thị trấn Vụ Bản, huyện Lạc Sơn khai mạc Tuần Văn hóa dân tộc Mường năm 2024.",
      paras=["Chương trình nghệ thuật có màn trình diễn cồng chiêng của 12 đội đến từ các xã.",
             "Trong tuần có hội thi mo Mường, thi dệt thổ cẩm và chợ phiên vùng cao."]),
 dict(id=48265, title="Lạc Sơn nghiệm thu 18 km đường giao thông nông thôn", date="2024-03-26", time="14:18",
      lead="Huyện vừa nghiệm thu 18 km đường bê tông liên thôn tại 7 xã.",
      paras=["Tổng kinh phí gần 27 tỷ đồng, trong đó người dân hiến hơn 9.000 m² đất.",
             "Xã Quý Hòa là đơn vị về đích sớm nhất với 4,2 km."]),
 dict(id=48251, title="Cấp 1.150 thẻ bảo hiểm y tế cho người dân tộc thiểu số", date="2024-03-08", time="08:00",
      lead="Phòng Lao động – Thương binh và Xã hội huyện vừa bàn giao 1.150 thẻ bảo hiểm y tế.",
      paras=["Các thẻ được cấp cho người dân tộc thiểu số ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn."]),
 dict(id=48240, title="Xã Ân Nghĩa ra mắt mô hình chính quyền thân thiện", date=None, time=None,
      lead="Xã Ân Nghĩa vừa ra mắt mô hình chính quyền thân thiện, vì nhân dân phục vụ.",
      paras=["Công chức một cửa đeo thẻ tên, có bàn hướng dẫn và ghế chờ cho người cao tuổi.",
             "Mỗi tháng, Chủ tịch UBND xã dành một buổi sáng tiếp dân tại nhà văn hóa các xóm."]),
]
P.furniture = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Tổng số trực tuyến :", "Đánh giá bài viết:", "Danh sách bài viết cũ", "Chia sẻ Facebook"]
CAT = "/web/guest/tin-tuc?categoryId=2401"


def url(a):
    return "/web/guest/chi-tiet?p_p_id=cmsview&_cmsview_articleId=%d&_cmsview_categoryId=2401" % a["id"]


def h(u):
    return u.replace("&", "&amp;")


def shell(title, main, canon=None):
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title>%s</head><body><div class="header"><a href="/">UBND HUYỆN LẠC SƠN</a></div>'
            '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="%s">Tin tức - Sự kiện</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li><a href="/web/guest/du-lich">Du lịch</a></li></ul>'
            '<div class="container"><div class="col-9">%s</div><div class="col-3"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>'
            '<p><i class="icon-user"></i> Tổng số truy cập: 1,486,027</p><p>Trong tháng: 38,114</p><p>Trong ngày: 1,392</p><p>Tổng số trực tuyến : 27</p></div></div></div>'
            '<div class="footer">Ủy ban nhân dân huyện Lạc Sơn – Thị trấn Vụ Bản, Lạc Sơn, Hòa Bình</div></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, h(canon)) if canon else "", h(CAT), main))


def article(a, i):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += '<table border="1" cellpadding="3">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    dt = '<span class="date_time">%s/%s/%s %s</span>' % (a["date"][8:], a["date"][5:7], a["date"][:4], a["time"]) if a["date"] else ""
    old = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (h(url(b)), esc(b["title"]), "/".join(reversed(b["date"].split("-"))) if b["date"] else "") for b in ARTS[i + 1:i + 4])
    return ('<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3><h1 id="titleDetail">%s</h1>%s <span class="font-tools">A A</span>'
            '<div id="leadDetail"><b>%s</b></div><div class="lead-img"><img src="/documents/2401/%d.jpg"><div class="img-title">Ảnh minh họa</div></div>'
            '<div id="contentDetail">%s</div><div class="author">Hoàng Lâm</div><div class="source">Nguồn: Trung tâm VH-TT huyện</div>'
            '<div class="tools"><a href="/web/guest/tin-tuc">Quay lại</a> <a href="javascript:window.print()">In bài</a> <span>Chia sẻ Facebook</span></div>'
            '<div class="rating">Đánh giá bài viết: <span class="stars"></span><span id="rateCount"></span></div>'
            '<div id="footerOfNewDetail"><h4>Danh sách bài viết cũ</h4><ul>%s</ul></div></div>') % (esc(a["title"]), dt, esc(a["lead"]), a["id"], body, old)


def teaser(a):
    return '<div class="news"><a href="%s"><h4>%s</h4></a><p>%s</p></div>' % (h(url(a)), esc(a["title"]), esc(a["lead"]))


P.add("/", shell("Trang chủ", "".join(teaser(a) for a in ARTS[:3]) + '<a href="%s">Xem thêm</a><h3>Thông báo</h3><a href="%s">Thông báo thu hồi đất thực hiện dự án đường Vụ Bản – Ngọc Sơn</a>' % (h(CAT), h("/web/guest/chi-tiet?p_p_id=cmsview&_cmsview_articleId=48200&_cmsview_categoryId=2410"))))
P.add(CAT, shell("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + '<ul class="pager"><li><a href="%s">2</a></li></ul>' % h(CAT + "&_cmsview_cur=2&_cmsview_delta=4")))
P.add(CAT + "&_cmsview_cur=2&_cmsview_delta=4", shell("Tin tức", "".join(teaser(a) for a in ARTS[4:]) + '<a href="%s">1</a>' % h(CAT)))
for i, a in enumerate(ARTS):
    P.add(url(a), shell(a["title"], article(a, i), url(a)))
    P.gold_article(url(a), a)
tb = "/web/guest/chi-tiet?p_p_id=cmsview&_cmsview_articleId=48200&_cmsview_categoryId=2410"
P.add(tb, shell("Thông báo", '<div class="box_border"><h1 id="titleDetail">Thông báo thu hồi đất thực hiện dự án đường Vụ Bản – Ngọc Sơn</h1><div id="contentDetail"><p><a href="/documents/2410/TB-thu-hoi.pdf">Tệp đính kèm</a></p></div></div>'))
P.add("/web/guest/gioi-thieu", shell("Giới thiệu", "<h1>Giới thiệu</h1><p>Huyện Lạc Sơn có 23 xã, thị trấn; dân số khoảng 150 nghìn người, 84% là người Mường.</p>"))
P.non_articles = [tb, "/web/guest/gioi-thieu"]
P.write()

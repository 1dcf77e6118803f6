"""p5: NukeViet eGovernment, /tin-tuc/<cat>/<alias>-<id>.html, listing /tin-tuc/<cat>/page-2.
Hard cases: breadcrumb ending in the full title, hometext lead outside #news-bodyhtml, figure/figcaption,
'Tác giả:'/'Nguồn tin:' after the body (not text), rating, ul.counter sidebar, long teasers, entities."""
from common import Portal, esc, ent, CANON

P = Portal("p5_tamduong", "Cổng TTĐT huyện Tam Đường", "Tam Đường", "Lai Châu", "NukeViet")
ARTS = [
 dict(cat="cai-cach-hanh-chinh", id=2214, alias="tam-duong-so-ket-cong-tac-cai-cach-hanh-chinh-quy-iii", title="Tam Đường sơ kết công tác cải cách hành chính quý III", date="2024-10-03", wd="Thứ năm - 03/10/2024 14:26",
      lead="Ngày 3/10, Ban Chỉ đạo cải cách hành chính huyện Tam Đường họp sơ kết quý III và triển khai nhiệm vụ quý IV.",
      paras=["Trong quý, huyện tiếp nhận 1.288 hồ sơ thủ tục hành chính và 59 hồ sơ tồn kỳ trước; tỷ lệ nộp trực tuyến là 72,4%.",
             "Kết quả: 402 hồ sơ giải quyết trước hạn, 851 đúng hạn, 4 trễ hạn; còn 90 hồ sơ trong hạn giải quyết.",
             "Có 21 hồ sơ trả qua dịch vụ bưu chính công ích, tăng so với quý II.",
             "Ban Chỉ đạo yêu cầu đẩy mạnh thanh toán trực tuyến và số hóa hồ sơ tại xã Bản Bo, Nà Tăm."],
      must=["402 hồ sơ giải quyết trước hạn, 851 đúng hạn, 4 trễ hạn", "tỷ lệ nộp trực tuyến là 72,4%", "21 hồ sơ trả qua dịch vụ bưu chính công ích"]),
 dict(cat="cai-cach-hanh-chinh", id=2198, alias="ket-qua-danh-gia-cai-cach-hanh-chinh-cac-co-quan-chuyen-mon", title="Kết quả đánh giá cải cách hành chính các cơ quan chuyên môn", date="2024-08-20", wd="Thứ ba - 20/08/2024 10:02",
      lead="UBND huyện vừa công bố điểm đánh giá công tác cải cách hành chính năm 2023 của 12 cơ quan chuyên môn.",
      paras=["Điểm bình quân của khối cơ quan chuyên môn đạt 86,3 điểm.",
             "Một số cơ quan có kết quả cao nhất và thấp nhất:",
             "Ba cơ quan xếp cuối phải xây dựng kế hoạch khắc phục và báo cáo trước ngày 30/9.",
             "Kết quả này được dùng làm căn cứ đánh giá, xếp loại người đứng đầu."],
      table=[["Cơ quan", "Điểm", "Thứ hạng"], ["Phòng Tư pháp", "93,5", "1"], ["Phòng Tài chính – Kế hoạch", "91,8", "2"], ["Phòng Y tế", "78,4", "12"]],
      must=["Điểm bình quân của khối cơ quan chuyên môn đạt 86,3", "Phòng Tư pháp", "căn cứ đánh giá, xếp loại người đứng đầu"]),
 dict(cat="kinh-te", id=2190, alias="che-tam-duong-vao-vu-thu-hoach", title="Chè Tam Đường vào vụ thu hoạch", date="2024-08-02", wd="Thứ sáu - 02/08/2024 08:55",
      lead="Những ngày này, nông dân xã Bình Lư tất bật hái chè vụ thu.",
      paras=["Toàn huyện có hơn 3.600 ha chè, sản lượng búp tươi dự kiến đạt 28.000 tấn trong năm.",
             "Giá chè búp tươi loại A ở mức 9.000 – 10.000 đồng/kg, cao hơn năm ngoái.",
             "Nhiều hộ đã chuyển sang sản xuất chè hữu cơ để bán cho các doanh nghiệp xuất khẩu."]),
 dict(cat="van-hoa-xa-hoi", id=2175, alias="le-hoi-gau-tao-xa-khun-ha", title="Lễ hội Gầu Tào xã Khun Há", date="2024-02-16", wd="Thứ sáu - 16/02/2024 17:40",
      lead="Lễ hội Gầu Tào của đồng bào Mông xã Khun Há được tổ chức trong ba ngày đầu xuân.",
      paras=["Du khách được xem thi ném pao, đánh quay, đẩy gậy và múa khèn.",
             "Lễ hội là dịp để cầu phúc, cầu may cho gia đình và bản làng."]),
 dict(cat="kinh-te", id=2163, alias="xay-dung-cau-treo-ban-nam-loong", title="Khởi công cầu treo bản Nậm Loỏng", date="2024-01-22", wd="Thứ hai - 22/01/2024 09:30",
      lead="Cầu treo dài 86 m, rộng 1,5 m, được xây dựng bằng nguồn vốn xã hội hóa.",
      paras=["Công trình giúp hơn 90 hộ dân đi lại thuận tiện trong mùa mưa lũ."]),
 dict(cat="van-hoa-xa-hoi", id=2150, alias="trao-qua-cho-hoc-sinh-ban-tru", title="Trao quà cho học sinh bán trú", date="2024-01-09", wd="Thứ ba - 09/01/2024 15:11",
      lead="Hội Chữ thập đỏ huyện trao 240 bộ chăn ấm cho học sinh bán trú Trường PTDTBT THCS Sơn Bình.",
      paras=["Mỗi suất quà trị giá 350.000 đồng, do các nhà hảo tâm ở Hà Nội đóng góp.", "Nguồn: Hội Chữ thập đỏ huyện Tam Đường"]),
]
CATN = {"cai-cach-hanh-chinh": "Cải cách hành chính", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa – Xã hội"}
P.furniture = ["Trang nhất", "Đang truy cập", "Tổng lượt truy cập", "Tháng hiện tại", "Xếp hạng:", "phiếu bầu", "Những tin cũ hơn", "Click để đánh giá bài viết"]


def url(a):
    return "/tin-tuc/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])


def shell(title, main, canon=None):
    ctr = [("Đang truy cập", "19"), ("Hôm nay", "2,140"), ("Tháng hiện tại", "51,307"), ("Tổng lượt truy cập", "2,905,733")]
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="header"><a href="/">Cổng thông tin điện tử huyện Tam Đường</a></div>'
            '<nav class="menu"><a href="/">Trang nhất</a> <a href="/tin-tuc/">Tin tức</a> <a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a> <a href="/laws/">Văn bản</a> <a href="/about/gioi-thieu.html">Giới thiệu</a></nav>'
            '<div class="body"><div class="col-md-18">%s</div><div class="col-md-6"><div class="panel"><div class="panel-heading">Thống kê</div><ul class="counter">%s</ul></div></div></div>'
            '<footer>© UBND huyện Tam Đường. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</footer></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, canon) if canon else "", main,
               "".join('<li><span>%s</span><span class="pull-right">%s</span></li>' % c for c in ctr)))


def article(a, i):
    body = ""
    for k, p in enumerate(a["paras"]):
        if k == 1:
            body += '<figure class="image"><img src="/uploads/news/%d.jpg" alt=""><figcaption>Quang cảnh tại %s</figcaption></figure>' % (a["id"], "huyện Tam Đường")
        body += "<p>%s</p>" % ent(p)
        if a.get("table") and k == 1:
            body += "<table>" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    old = "".join('<li><a href="%s">%s</a> <em>(%s)</em></li>' % (url(b), esc(b["title"]), "/".join(reversed(b["date"].split("-")))) for b in ARTS[i + 1:i + 3])
    crumb = '<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/tin-tuc/%s/">%s</a></li><li>%s</li></ul>' % (a["cat"], CATN[a["cat"]], esc(a["title"]))
    return crumb + ('<div class="news_column" itemtype="http://schema.org/NewsArticle"><h1 class="title">%s</h1><span itemprop="datePublished" style="display:none">%sT08:00:00</span>'
                    '<span class="h5">%s</span><ul class="list-inline"><li>Gửi bài viết</li><li>In</li><li>Lưu</li></ul><div class="hometext">%s</div>'
                    '<div id="news-bodyhtml" class="bodytext">%s</div><p class="text-right"><strong>Tác giả:</strong> Lò Văn Thắng</p><p class="text-right"><strong>Nguồn tin:</strong> Phòng Văn hóa</p>'
                    '<div class="rating">Xếp hạng: 4 - 7 phiếu bầu. Click để đánh giá bài viết</div><h4>Những tin cũ hơn</h4><ul>%s</ul></div>'
                    ) % (esc(a["title"]), a["date"], a["wd"], esc(a["lead"]), body, old)


def teaser(a):
    return '<div class="news-item"><h3><a href="%s">%s</a></h3><p>%s %s</p></div>' % (url(a), esc(a["title"]), esc(a["lead"]), esc(a["paras"][0]))


TB = "/laws/detail/Thong-bao-ve-viec-niem-yet-cong-khai-thu-tuc-hanh-chinh-318/"
P.add("/", shell("Trang nhất", "".join(teaser(a) for a in ARTS[:3]) + '<a href="/tin-tuc/">Tin tức</a><div class="block"><h3>Văn bản mới</h3><a href="%s">Thông báo về việc niêm yết công khai thủ tục hành chính</a></div>' % TB))
P.add("/tin-tuc/", shell("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + '<ul class="pagination"><li><a href="/tin-tuc/page-2">2</a></li></ul>'))
P.add("/tin-tuc/page-2", shell("Tin tức", "".join(teaser(a) for a in ARTS[4:]) + '<ul class="pagination"><li><a href="/tin-tuc/">1</a></li></ul>'))
for i, a in enumerate(ARTS):
    P.add(url(a), shell(a["title"], article(a, i), url(a)))
    P.gold_article(url(a), a)
P.add(TB, shell("Văn bản", '<h1>Thông báo về việc niêm yết công khai thủ tục hành chính</h1><p>Số hiệu: 318/TB-UBND</p><p><a href="/uploads/laws/318-tb-ubnd.pdf">318-tb-ubnd.pdf</a></p>'))
P.add("/about/gioi-thieu.html", shell("Giới thiệu", "<h1>Giới thiệu huyện Tam Đường</h1><p>Huyện được thành lập năm 2002, có 13 xã, thị trấn.</p>"))
P.non_articles = [TB, "/about/gioi-thieu.html"]
P.write()

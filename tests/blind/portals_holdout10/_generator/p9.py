"""p9: WordPress commune site, permalinks /YYYY/MM/DD/<slug>/ and ?p=<id> (canonical names the permalink).
Hard cases: date in the URL plus a Vietnamese month-name date in entry-meta, share and comment widgets,
'Lượt xem' counter inside the article container, 'Bài viết mới' sidebar with dates, paged listing /tin-tuc/page/2/."""
from common import Portal, esc, CANON

P = Portal("p9_hoaphu", "Trang TTĐT xã Hòa Phú", "Hòa Vang (xã Hòa Phú)", "Đà Nẵng", "WordPress")
MON = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
ARTS = [
 dict(id=1187, slug="ket-qua-cai-cach-hanh-chinh-6-thang-dau-nam-2024", title="Kết quả cải cách hành chính 6 tháng đầu năm 2024", date="2024-07-10",
      paras=["Sáu tháng đầu năm, bộ phận tiếp nhận và trả kết quả xã Hòa Phú đã tiếp nhận 732 hồ sơ; không có hồ sơ tồn kỳ trước.",
             "Trong số này có 655 hồ sơ nộp trực tuyến (89,5%) và 14 hồ sơ nhận kết quả qua bưu chính công ích.",
             "Xã đã giải quyết 726 hồ sơ, trong đó 240 sớm hạn, 486 đúng hạn, không trễ hạn; 6 hồ sơ đang xử lý.",
             "Tổ công nghệ số cộng đồng các thôn tiếp tục hỗ trợ người cao tuổi cài đặt ứng dụng định danh điện tử."],
      must=["240 sớm hạn, 486 đúng hạn, không trễ hạn", "655 hồ sơ nộp trực tuyến (89,5%)", "14 hồ sơ nhận kết quả qua bưu chính công ích"]),
 dict(id=1172, slug="ty-le-hai-long-cua-nguoi-dan-theo-tung-thon", title="Tỷ lệ hài lòng của người dân theo từng thôn", date="2024-06-03",
      paras=["UBND xã đã tổng hợp phiếu đánh giá sự hài lòng của người dân khi giải quyết thủ tục hành chính quý II.",
             "Kết quả theo địa bàn thôn:",
             "Bình quân toàn xã đạt 96,8%, xếp thứ 2/11 xã của huyện Hòa Vang.",
             "Xã sẽ bổ sung ki-ốt tra cứu hồ sơ tại nhà văn hóa thôn Hòa Hải."],
      table=[["Thôn", "Số phiếu", "Hài lòng"], ["Thôn Phú Túc", "118", "98,3%"], ["Thôn Hòa Hải", "96", "94,8%"], ["Thôn Hòa Phú", "141", "97,2%"]],
      must=["Bình quân toàn xã đạt 96,8%, xếp thứ 2/11 xã", "Thôn Phú Túc", "ki-ốt tra cứu hồ sơ"]),
 dict(id=1160, slug="hoi-thi-nau-an-ngay-gia-dinh-viet-nam", title="Hội thi nấu ăn nhân Ngày Gia đình Việt Nam", date="2024-06-28",
      paras=["Hội Liên hiệp Phụ nữ xã tổ chức hội thi nấu ăn với sự tham gia của 8 đội đến từ các chi hội.",
             "Đội thôn Phú Túc đoạt giải nhất với món gà nướng lá é."]),
 dict(id=1149, slug="ra-quan-don-dep-ve-sinh-suoi-ho-phu", title="Ra quân dọn vệ sinh suối Hòa Phú", date="2024-05-19",
      paras=["Hơn 150 đoàn viên và người dân đã thu gom gần 2 tấn rác thải dọc bờ suối.",
             "Xã đặt thêm 20 biển cấm xả rác tại các điểm du lịch sinh thái."]),
 dict(id=1135, slug="tiem-chung-mo-rong-cho-tre-em", title="Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi", date="2024-04-22",
      paras=["Trạm Y tế xã tổ chức tiêm chủng mở rộng cho 46 trẻ em dưới 1 tuổi."]),
 dict(id=1121, slug="dien-tap-phong-chong-thien-tai-nam-2024", title="Diễn tập phòng chống thiên tai năm 2024", date="2024-04-06",
      paras=["Cuộc diễn tập giả định mưa lớn gây sạt lở đồi tại thôn Hòa Hải.",
             "Lực lượng dân quân đã sơ tán 30 hộ dân đến nơi an toàn trong vòng 2 giờ.",
             "Trần Văn Lộc"]),
]
P.furniture = ["Bài viết mới", "Chia sẻ:", "Để lại bình luận", "Lượt xem:", "Tổng lượt truy cập:", "Trang thông tin điện tử xã Hòa Phú – Vận hành bởi WordPress"]


def url(a):
    y, m, d = a["date"].split("-")
    return "/%s/%s/%s/%s/" % (y, m, d, a["slug"])


def vdate(a):
    y, m, d = a["date"].split("-")
    return "%d Tháng %s, %s" % (int(d), MON[int(m) - 1], y)


def shell(title, main, canon=None):
    recent = "".join('<li><a href="%s">%s</a> <span class="post-date">%s</span></li>' % (url(a), esc(a["title"]), vdate(a)) for a in ARTS[:4])
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s – Xã Hòa Phú</title>%s<link rel="stylesheet" href="/wp-content/themes/twentyfifteen/style.css"></head>'
            '<body class="wordpress"><header class="site-header"><a href="/">Xã Hòa Phú</a><nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/gioi-thieu/">Giới thiệu</a> <a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></nav></header>'
            '<div id="content"><main>%s</main><aside class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section>'
            '<section class="widget"><h2 class="widget-title">Thống kê</h2><p>Tổng lượt truy cập: 48.219</p></section></aside></div>'
            '<footer class="site-footer">Trang thông tin điện tử xã Hòa Phú – Vận hành bởi WordPress</footer></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, canon) if canon else "", main, recent))


def article(a):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>\n" % esc(p)
        if a.get("table") and k == 1:
            body += '<figure class="wp-block-table"><table><tbody>' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</tbody></table></figure>"
    return ('<article id="post-%d" class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">Đăng vào %s bởi quantri</div></header>'
            '<div class="entry-content">%s<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="/?share=facebook">Facebook</a> <a href="/?share=zalo">Zalo</a></div></div>'
            '<footer class="entry-footer"><span class="views">Lượt xem: %d</span></footer></article><div id="comments"><h3>Để lại bình luận</h3></div>') % (a["id"], esc(a["title"]), vdate(a), body, 40 + a["id"] % 200)


def teaser(a):
    return '<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-summary"><p>%s […]</p></div></article>' % (url(a), esc(a["title"]), esc(a["paras"][0][:90]))


TB = "/thong-bao/thong-bao-lich-tiep-nhan-ho-so-dat-dai/"
P.add("/", shell("Trang chủ", "".join(teaser(a) for a in ARTS[:3]) + '<a href="/tin-tuc/">Tất cả tin</a><div><a href="%s">Thông báo lịch tiếp nhận hồ sơ đất đai</a></div>' % TB))
P.add("/tin-tuc/", shell("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + '<nav class="pagination"><a class="next page-numbers" href="/tin-tuc/page/2/">Trang sau</a></nav>'))
P.add("/tin-tuc/page/2/", shell("Tin tức", "".join(teaser(a) for a in ARTS[4:]) + '<nav class="pagination"><a class="prev page-numbers" href="/tin-tuc/">Trang trước</a></nav>'))
for a in ARTS:
    P.add(url(a), shell(a["title"], article(a), url(a)))
    P.gold_article(url(a), a)
# the shortlink ?p=<id> serves the same post; only the permalink goes in the gold
P.add("/?p=%d" % ARTS[0]["id"], shell(ARTS[0]["title"], article(ARTS[0]), url(ARTS[0])))
P.pages["/"]["raw"] = P.pages["/"]["raw"].replace(b"</main>", ('<a href="/?p=%d">Xem nhanh</a></main>' % ARTS[0]["id"]).encode())
P.add(TB, shell("Thông báo", '<article class="post"><h1 class="entry-title">Thông báo lịch tiếp nhận hồ sơ đất đai</h1><div class="entry-content"><p><a href="/wp-content/uploads/2024/05/tb-dat-dai.pdf">tb-dat-dai.pdf</a></p></div></article>'))
P.add("/gioi-thieu/", shell("Giới thiệu", "<h1>Giới thiệu xã Hòa Phú</h1><p>Xã miền núi phía tây huyện Hòa Vang, có 5 thôn.</p>"))
P.non_articles = [TB, "/gioi-thieu/"]
P.write()

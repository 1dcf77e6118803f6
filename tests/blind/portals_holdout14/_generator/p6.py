"""p6 hoaphong_wp: WordPress commune site, xã Hòa Phong, huyện Hòa Vang, Đà Nẵng.
Hard cases: header shows today's date while one news article states no date of its
own (published null), "Bài viết mới" widget with dates, share + comment widgets,
wp-caption, long teasers on the listing (almost whole articles), footer counter
with "." separators, byline as last body paragraph."""
from common import Portal, esc, attr

P = Portal("hoaphong_wp", "Trang thông tin điện tử xã Hòa Phong", "Hòa Vang", "Đà Nẵng", "WordPress")
CAT = "/chuyen-muc/tin-tuc/"
MENU = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), (CAT, "Tin tức"), ("/chuyen-muc/thong-bao/", "Thông báo"),
        ("/lien-he/", "Liên hệ")]
ARTS = []
def add(slug, title, date, paras, must, caption=None):
    ARTS.append(dict(slug=slug, title=title, date=date, paras=paras, must=must, caption=caption))


add("hoa-phong-giai-quyet-ho-so-hanh-chinh-thang-10", "Hòa Phong: kết quả giải quyết thủ tục hành chính tháng 10", "2024-11-01",
    ["Trong tháng 10/2024, bộ phận một cửa UBND xã Hòa Phong tiếp nhận 486 hồ sơ, trong đó 441 hồ sơ nộp trực tuyến (90,7%) và 45 hồ sơ nộp trực tiếp; 12 hồ sơ tháng trước chuyển sang.",
     "Đã trả kết quả 489 hồ sơ: trước hạn 402, đúng hạn 87, không có hồ sơ trễ hạn; 9 hồ sơ đang xử lý. Có 38 hồ sơ người dân đăng ký nhận kết quả tại nhà qua bưu điện.",
     "Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 100%. Xã tiếp tục bố trí đoàn viên thanh niên hỗ trợ người cao tuổi kê khai trực tuyến vào các buổi sáng thứ Ba và thứ Năm.",
     "Văn phòng UBND xã"],
    ["441 hồ sơ nộp trực tuyến (90,7%)", "trước hạn 402, đúng hạn 87", "38 hồ sơ người dân đăng ký nhận kết quả tại nhà"])
add("chi-so-hai-long-cua-xa-hoa-phong-nam-2024", "Chỉ số hài lòng về sự phục vụ hành chính của xã đạt 92,15%", None,
    ["Kết quả khảo sát do Sở Nội vụ thành phố thực hiện cho thấy Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của xã Hòa Phong năm 2024 đạt 92,15%, xếp thứ 4/45 xã, phường được khảo sát.",
     [["Yếu tố", "Tỷ lệ hài lòng"], ["Tiếp cận dịch vụ", "93,40%"], ["Thủ tục hành chính", "91,85%"], ["Công chức phục vụ", "94,02%"], ["Kết quả giải quyết", "90,11%"]],
     "So với năm trước, chỉ số tăng 3,6 điểm phần trăm. Yếu tố tiếp nhận, xử lý góp ý còn thấp vì nhiều người dân chưa biết kênh phản ánh trên ứng dụng của thành phố.",
     "Lê Văn Phúc"],
    ["xếp thứ 4/45 xã, phường", "94,02%", "tăng 3,6 điểm phần trăm"])
add("tet-trong-cay-tai-thon-tuy-loan", "Trồng 1.200 cây sao đen dọc tuyến đường liên thôn Túy Loan", "2024-10-20",
    ["Hưởng ứng chương trình trồng một triệu cây xanh của thành phố, Đoàn Thanh niên xã phối hợp với các thôn trồng 1.200 cây sao đen dọc đường liên thôn.",
     "Mỗi cây được giao cho một hộ dân chăm sóc trong hai năm đầu. Thôn Túy Loan Đông cam kết thay thế ngay những cây bị chết.",
     "Thanh Tâm"],
    ["1.200 cây sao đen", "giao cho một hộ dân chăm sóc", "Túy Loan Đông cam kết"],
    caption="Đoàn viên thanh niên trồng cây trên tuyến đường liên thôn")
add("hoi-nghi-doi-thoai-voi-nong-dan-ve-chuyen-doi-cay-trong", "Đối thoại với nông dân về chuyển đổi cây trồng trên đất lúa", "2024-10-08",
    ["Hơn 80 hội viên nông dân đã nêu ý kiến tại buổi đối thoại với lãnh đạo xã về chuyển đổi đất lúa kém hiệu quả sang trồng rau màu.",
     "Nhiều hộ đề nghị xã nạo vét kênh N2 và hỗ trợ giống ngô ngọt. Chủ tịch UBND xã Nguyễn Hữu Hòa cho biết kênh sẽ được nạo vét bằng nguồn kinh phí thủy lợi nội đồng trước vụ đông xuân.",
     "Thanh Tâm"],
    ["Hơn 80 hội viên nông dân", "nạo vét kênh N2", "hỗ trợ giống ngô ngọt"])
add("lang-nghe-banh-trang-tuy-loan-vao-vu-tet", "Làng bánh tráng Túy Loan tất bật vào vụ", "2024-09-25",
    ["Hàng chục hộ ở làng Túy Loan đang tráng bánh từ 3 giờ sáng để kịp đơn hàng cho các nhà hàng mì Quảng ở trung tâm thành phố.",
     "Bà Trần Thị Lài, người có hơn 40 năm giữ nghề, nói rằng bí quyết nằm ở khâu ngâm gạo và phơi bánh dưới nắng vừa.",
     "Hải Yến"],
    ["tráng bánh từ 3 giờ sáng", "hơn 40 năm giữ nghề", "ngâm gạo và phơi bánh dưới nắng vừa"])
add("hoa-phong-ra-mat-to-cong-nghe-so-cong-dong", "Ra mắt 11 tổ công nghệ số cộng đồng", None,
    ["Xã Hòa Phong vừa ra mắt 11 tổ công nghệ số cộng đồng tại các thôn với 66 thành viên, phần lớn là đoàn viên thanh niên và công an viên.",
     "Các tổ có nhiệm vụ hướng dẫn người dân cài ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trên Cổng dịch vụ công.",
     "Hải Yến"],
    ["11 tổ công nghệ số cộng đồng", "66 thành viên", "cài ứng dụng định danh điện tử"])

TODAY = "Hôm nay: Thứ Sáu, 04/12/2026"
def shell(title, inner, canon=None, side=True):
    menu = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canon) if canon else ""
    recent = "".join(f'<li><a href="/{a["slug"]}/">{esc(a["title"])}</a>' + (f' <span class="post-date">{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}</span>' if a["date"] else "") + "</li>" for a in ARTS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} – Xã Hòa Phong</title>{can}
<link rel="stylesheet" href="/wp-content/themes/egov-lite/style.css"></head>
<body class="wordpress"><div id="page" class="site"><div class="top-bar"><span class="today">{TODAY}</span></div>
<header class="site-header"><p class="site-title"><a href="/">ỦY BAN NHÂN DÂN XÃ HÒA PHONG</a></p><p class="site-description">Huyện Hòa Vang – Thành phố Đà Nẵng</p></header>
<nav class="main-navigation"><ul id="primary-menu">{menu}</ul></nav>
<div id="content" class="site-content"><main id="main" class="site-main">{inner}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_search"><form action="/" method="get"><input type="search" name="s" placeholder="Tìm kiếm …"></form></section></aside></div>
<footer class="site-footer"><div class="footer-widget">Thống kê truy cập – Hôm nay: 57 – Tổng: 88.410</div><div class="site-info">© 2024 UBND xã Hòa Phong. Thiết kế trên nền WordPress.</div></footer></div></body></html>"""


for a in ARTS:
    path = f"/{a['slug']}/"
    body = []
    for n, b in enumerate(a["paras"]):
        if isinstance(b, list):
            body.append('<figure class="wp-block-table"><table>' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table></figure>")
        else:
            body.append("<p>%s</p>" % esc(b))
        if n == 0 and a["caption"]:
            body.append(f'<div class="wp-caption aligncenter"><img src="/wp-content/uploads/2024/10/{a["slug"][:10]}.jpg"><p class="wp-caption-text">{esc(a["caption"])}</p></div>')
    meta = f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["date"]}T08:00:00+07:00">{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}</time></span></div>' if a["date"] else ""
    inner = f"""<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(a['title'])}</h1>{meta}</header>
<div class="entry-content">{''.join(body)}</div>
<footer class="entry-footer"><div class="share-buttons">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div><span class="cat-links">Chuyên mục: <a href="{CAT}">Tin tức</a></span></footer></article>
<div id="comments" class="comments-area"><h3 id="reply-title">Để lại một bình luận</h3><p>Email của bạn sẽ không được hiển thị công khai.</p></div>"""
    P.page(path, shell(a["title"], inner, canon=path))
    P.article(path, a["title"], a["date"], a["paras"], a["must"])


def listing(items, page):
    out = []
    for a in items:
        teaser = " ".join(b for b in a["paras"][:-1] if isinstance(b, str))
        out.append(f"""<article class="post"><h2 class="entry-title"><a href="/{a['slug']}/">{esc(a['title'])}</a></h2><div class="entry-summary"><p>{esc(teaser)} […]</p></div><a class="more-link" href="/{a['slug']}/">Đọc tiếp</a></article>""")
    nav = (f'<nav class="pagination"><span class="current">1</span><a class="page-numbers" href="{CAT}page/2/">2</a><a class="next page-numbers" href="{CAT}page/2/">Trang sau »</a></nav>' if page == 1
           else f'<nav class="pagination"><a class="prev page-numbers" href="{CAT}">« Trang trước</a><a class="page-numbers" href="{CAT}">1</a><span class="current">2</span></nav>')
    return '<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>' + "".join(out) + nav


P.page(CAT, shell("Tin tức", listing(ARTS[:3], 1)))
P.page(CAT + "page/2/", shell("Tin tức – Trang 2", listing(ARTS[3:], 2)))
P.page("/", shell("Trang chủ", listing(ARTS[:3], 1)))
P.page("/chuyen-muc/thong-bao/", shell("Thông báo", '<article class="post"><h2 class="entry-title"><a href="/thong-bao-lich-tiep-cong-dan-thang-12/">Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 12/2024</a></h2></article>'))
P.page("/thong-bao-lich-tiep-cong-dan-thang-12/", shell("Thông báo lịch tiếp công dân", """<article class="post"><header class="entry-header"><h1 class="entry-title">Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 12/2024</h1></header>
<div class="entry-content"><p><a href="/wp-content/uploads/2024/11/TB-tiep-cong-dan-T12.pdf">TB-tiep-cong-dan-T12</a></p></div></article>""", canon="/thong-bao-lich-tiep-cong-dan-thang-12/"))
P.page("/lien-he/", shell("Liên hệ", """<article class="page"><h1 class="entry-title">Liên hệ</h1><div class="entry-content"><p>UBND xã Hòa Phong, thôn Túy Loan Tây 1, huyện Hòa Vang, Đà Nẵng.</p><p>Điện thoại: 0236.3846.xxx – Thư điện tử: hoaphong@danang.gov.vn</p></div></article>"""))
P.non_articles += ["/chuyen-muc/thong-bao/", "/thong-bao-lich-tiep-cong-dan-thang-12/", "/lien-he/"]
P.furniture = [TODAY, "Bài viết mới", "Chia sẻ:", "Để lại một bình luận", "Email của bạn sẽ không được hiển thị công khai",
               "Thống kê truy cập", "Tổng: 88.410", "Thiết kế trên nền WordPress", "Chuyên mục: Tin tức", "Đọc tiếp", "Trang sau"]
P.write()

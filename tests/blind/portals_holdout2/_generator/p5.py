"""p5: commune portal on WordPress (twentyseventeen-like theme, post-views and sharing plugins
inside .entry-content, NFD post bodies), xã Hòa Phong, huyện Hòa Vang, Đà Nẵng."""
import unicodedata
from common import Portal, e, href

P = Portal("h2_hoaphong_wordpress", "Trang thông tin điện tử xã Hòa Phong", "Hòa Vang", "Đà Nẵng",
           "WordPress 6 (theme twentyseventeen child, Jetpack sharing, WP-PostViews)")

MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def vmonth(iso):
    return "%d Tháng %s, %s" % (int(iso[8:]), MONTHS[int(iso[5:7]) - 1], iso[:4])


A, NOTICES = [], []
SIDEBAR = """<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s"/></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2>
<div class="textwidget custom-html-widget"><ul class="wp-statistics">
<li>Đang online: <span>5</span></li><li>Hôm nay: <span>128</span></li><li>Hôm qua: <span>164</span></li>
<li>Tổng lượt truy cập: <span>45.678</span></li></ul></div></section></aside>"""


def shell(title, main, canon, body_class="home blog"):
    recent = "".join('<li><a href="%s">%s</a></li>' % (href(a["url"]), e(a["title"])) for a in A[:4])
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>%(title)s &#8211; Trang thông tin điện tử xã Hòa Phong</title>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<meta property="og:url" content="http://{{HOST}}%(canon)s"/>
<meta name="generator" content="WordPress 6.4.3"/>
<link rel="stylesheet" id="twentyseventeen-style-css" href="/wp-content/themes/hoaphong/style.css?ver=20231107" type="text/css" media="all"/>
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="%(bc)s">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner"><div class="custom-header"><img src="/wp-content/uploads/2023/02/banner-hoaphong.jpg" alt=""/></div>
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Trang thông tin điện tử xã Hòa Phong</a></p>
<p class="site-description">Hòa Phong - miền quê đáng sống</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="menu-item"><a href="/category/cai-cach-hanh-chinh/">Cải cách hành chính</a></li>
<li class="menu-item"><a href="/category/thong-bao/">Thông báo</a></li></ul></nav></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">%(main)s</main></div>
%(side)s</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">
<p>Bản quyền © 2024 UBND xã Hòa Phong. Địa chỉ: thôn Dương Lâm 1, xã Hòa Phong, huyện Hòa Vang.</p>
<a href="/wp-login.php">Đăng nhập</a> | <span class="imprint">Vận hành bởi WordPress</span></div></div></footer></div></div>
</body></html>
""" % dict(title=e(title), main=main, canon=canon, bc=body_class, side=SIDEBAR % recent)


def article_html(a):
    paras = a["paras"]
    body = []
    for p in paras:
        body.append(p if p.startswith("<") else "<p>%s</p>" % e(p))
    content = "".join(body)
    if a.get("nfd"):
        content = unicodedata.normalize("NFD", content)
    pub, upd = a["published"], a.get("updated")
    meta = '<span class="posted-on"><span class="screen-reader-text">Đăng vào</span> <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%sT08:%02d:00+07:00">%s</time>%s</a></span>' % (
        href(a["url"]), pub, a["id"] % 60, vmonth(pub),
        '<time class="updated" datetime="%sT10:00:00+07:00">%s</time>' % (upd, vmonth(upd)) if upd else "")
    if a.get("updated_label"):
        meta += ' <span class="updated-label">Cập nhật: %s/%s/%s</span>' % (upd[8:], upd[5:7], upd[:4])
    rel = "".join(['<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4><p class="jp-relatedposts-post-date">%s</p></div>' % (
        href(o["url"]), e(o["title"]), vmonth(o["published"])) for o in A if o is not a][:3])
    main = """<article id="post-%(id)d" class="post-%(id)d post type-post status-publish format-standard hentry category-%(catslug)s">
<header class="entry-header"><div class="entry-meta">%(meta)s <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bbt/">Ban biên tập</a></span></span></div>
<h1 class="entry-title">%(title)s</h1></header>
<div class="entry-content">
<div class="post-views content-post post-%(id)d entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">Lượt xem: </span><span class="post-views-count">%(views)s</span></div>
%(content)s
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a href="/%(slug)s/?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-print"><a href="/%(slug)s/#print" target="_blank"><span>In bài</span></a></li><li class="share-email"><a href="/%(slug)s/?share=email"><span>Gửi thư điện tử</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>%(rel)s</div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Chuyên mục: <a href="/category/%(catslug)s/" rel="category tag">%(cat)s</a></span></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><span class="nav-subtitle">Bài trước</span></div></nav>""" % dict(
        id=a["id"], catslug=a["catslug"], cat=e(a["cat"]), meta=meta, title=e(a["title"]), views=a["views"],
        content=content, slug=a["url"].strip("/"), rel=rel)
    return shell(a["title"], main, a["url"], "post-template-default single single-post postid-%d" % a["id"])


TABLE = """<figure class="wp-block-table"><table><thead><tr><th>Tháng</th><th>Tiếp nhận</th><th>Trước hạn</th><th>Đúng hạn</th><th>Trực tuyến</th></tr></thead>
<tbody><tr><td>Tháng 4</td><td>183</td><td>61</td><td>122</td><td>150</td></tr>
<tr><td>Tháng 5</td><td>201</td><td>73</td><td>128</td><td>171</td></tr>
<tr><td>Tháng 6</td><td>176</td><td>58</td><td>118</td><td>149</td></tr></tbody></table>
<figcaption class="wp-element-caption">Nguồn số liệu: Bộ phận một cửa xã</figcaption></figure>"""

A += [
    dict(id=1287, slug="ket-qua-giai-quyet-tthc-quy-ii-2024", cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="Kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính quý II/2024",
         published="2024-07-03", updated="2024-07-05", updated_label=True, views="231", nfd=True,
         paras=[
             "Quý II/2024, Bộ phận tiếp nhận và trả kết quả xã Hòa Phong tiếp nhận 560 hồ sơ, giảm nhẹ so với quý I do ảnh hưởng của mùa vụ.",
             "Kết quả từng tháng như sau:",
             TABLE,
             "Toàn bộ 560 hồ sơ đều được giải quyết trước hạn và đúng hạn, không có hồ sơ quá hạn. Có 470 hồ sơ nộp trực tuyến, đạt tỷ lệ 83,9%.",
             "Mức độ hài lòng của người dân qua máy đánh giá đặt tại Bộ phận một cửa đạt 99,1%.",
             "Công chức Văn phòng - Thống kê xã",
         ],
         must=["Tháng 5", "không có hồ sơ quá hạn", "Có 470 hồ sơ nộp trực tuyến, đạt tỷ lệ 83,9%",
               "Nguồn số liệu: Bộ phận một cửa xã"]),
    dict(id=1262, slug="hoa-phong-dan-dau-ve-ho-so-truc-tuyen", cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="Hòa Phong dẫn đầu huyện về tỷ lệ hồ sơ trực tuyến năm 2023",
         published="2024-01-18", views="402",
         paras=[
             "Theo thông báo của UBND huyện Hòa Vang, năm 2023 xã Hòa Phong có 1.962 hồ sơ trực tuyến trên tổng số 2.214 hồ sơ tiếp nhận, đạt tỷ lệ 88,6%, cao nhất trong 11 xã của huyện.",
             "Xã cũng nằm trong nhóm đơn vị có Chỉ số cải cách hành chính cấp xã xếp loại tốt, với 91,08 điểm, xếp thứ 2/11.",
             "Để có kết quả này, Đoàn Thanh niên xã duy trì tổ công nghệ số cộng đồng, hỗ trợ người dân tại nhà và tại điểm bưu điện văn hóa xã.",
             "Lê Quang Vinh",
         ],
         must=["1.962 hồ sơ trực tuyến trên tổng số 2.214 hồ sơ tiếp nhận", "với 91,08 điểm, xếp thứ 2/11",
               "tổ công nghệ số cộng đồng"]),
    dict(id=1270, slug="mua-rau-an-toan-thon-duong-lam", cat="Tin tức", catslug="tin-tuc",
         title="Vụ rau an toàn thôn Dương Lâm cho thu nhập khá",
         published="2024-03-12", views="87", nfd=True,
         paras=[
             "Vụ rau Đông Xuân năm nay, hơn 40 hộ dân thôn Dương Lâm 2 canh tác khoảng 12 ha rau theo quy trình an toàn, lãi bình quân 35 triệu đồng mỗi sào.",
             '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/rau-duong-lam.jpg" alt=""/><figcaption class="wp-element-caption">Người dân thu hoạch cải ngọt tại cánh đồng Dương Lâm</figcaption></figure>',
             "Hợp tác xã nông nghiệp Hòa Phong đứng ra ký hợp đồng tiêu thụ với các bếp ăn trường học và chợ đầu mối Hòa Cường.",
             "Xã đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm rau Dương Lâm đạt chuẩn OCOP 3 sao.",
         ],
         must=["lãi bình quân 35 triệu đồng mỗi sào", "chợ đầu mối Hòa Cường", "đạt chuẩn OCOP 3 sao"]),
    dict(id=1275, slug="thanh-nien-hoa-phong-ra-quan-mua-he-xanh", cat="Tin tức", catslug="tin-tuc",
         title="Thanh niên Hòa Phong ra quân Chiến dịch Thanh niên tình nguyện hè",
         published="2024-06-09", views="66",
         paras=[
             "Sáng 8/6, Đoàn xã Hòa Phong tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với chủ đề xây dựng làng quê xanh, sạch, đẹp.",
             "Trong hai tháng hè, các đội hình tình nguyện sẽ sửa chữa 3 nhà nhân ái, thắp sáng 2 km đường quê và mở lớp dạy bơi miễn phí cho thiếu nhi.",
             "Bí thư Đoàn xã kêu gọi mỗi đoàn viên đăng ký ít nhất một phần việc cụ thể gắn với khu dân cư nơi cư trú.",
             "Minh Thư",
         ],
         must=["sửa chữa 3 nhà nhân ái", "mở lớp dạy bơi miễn phí cho thiếu nhi", "một phần việc cụ thể"]),
    dict(id=1281, slug="hoi-nghi-tiep-xuc-cu-tri-truoc-ky-hop", cat="Tin tức", catslug="tin-tuc",
         title="Đại biểu HĐND huyện tiếp xúc cử tri xã Hòa Phong",
         published="2024-06-21", updated="2024-06-24", views="54",
         paras=[
             "Chiều 20/6, Tổ đại biểu HĐND huyện Hòa Vang ứng cử tại xã Hòa Phong tiếp xúc cử tri trước Kỳ họp thứ 17.",
             "Cử tri phản ánh tình trạng xe tải chở đất làm hư hỏng đường ĐH2 và đề nghị sớm lắp đèn chiếu sáng đoạn qua thôn Cẩm Toại.",
             "Lãnh đạo UBND xã tiếp thu, giải trình các ý kiến thuộc thẩm quyền; những kiến nghị còn lại được tổng hợp gửi lên kỳ họp.",
             "Nguồn: Văn phòng HĐND và UBND xã",
         ],
         must=["xe tải chở đất làm hư hỏng đường ĐH2", "thôn Cẩm Toại", "ý kiến thuộc thẩm quyền"]),
]
for a in A:
    a["url"] = "/tin-tuc/%s/" % a["slug"] if a["catslug"] == "tin-tuc" else "/cai-cach-hanh-chinh/%s/" % a["slug"]

NOTICES += [
    dict(id=1290, slug="thong-bao-thu-gom-rac-thai-cong-kenh", title="Thông báo lịch thu gom rác thải cồng kềnh tháng 7/2024",
         published="2024-07-01", att="/wp-content/uploads/2024/07/TB-thu-gom-rac-T7.pdf"),
    dict(id=1293, slug="thong-bao-niem-yet-danh-sach-ho-ngheo", title="Thông báo niêm yết danh sách hộ nghèo, hộ cận nghèo năm 2024",
         published="2024-07-10", att="/wp-content/uploads/2024/07/DS-ho-ngheo-2024.pdf"),
]


def excerpt(a):
    return ('<article class="post-%d post type-post"><header class="entry-header"><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div>'
            '<h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2></header><div class="entry-summary"><p>%s</p></div></article>') % (
        a["id"], a["published"], vmonth(a["published"]), href(a["url"]), e(a["title"]),
        e(a["paras"][0][:110]) + " [&hellip;]" if a.get("paras") else "")


def main():
    for a in A:
        # post 1270: the whole served page is NFD (title, menu, widgets too); post 1287: only its body
        P.add(a["url"], "e%d.html" % a["id"], article_html(a), nfd=(a["id"] == 1270))
        P.article(a["url"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        n["url"] = "/thong-bao/%s/" % n["slug"]
        main_ = """<article id="post-%d" class="post type-post category-thong-bao"><header class="entry-header"><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div>
<h1 class="entry-title">%s</h1></header><div class="entry-content"><div class="wp-block-file"><a href="%s">%s</a> <a href="%s" class="wp-block-file__button" download>Tải xuống</a></div></div></article>""" % (
            n["id"], n["published"], vmonth(n["published"]), e(n["title"]), n["att"], n["att"].rsplit("/", 1)[1], n["att"])
        P.add(n["url"], "n%d.html" % n["id"], shell(n["title"], main_, n["url"], "single single-post"))
        P.non_article(n["url"])
    srt = sorted(A, key=lambda a: a["published"], reverse=True)
    news = [a for a in srt if a["catslug"] == "tin-tuc"]
    cchc = [a for a in srt if a["catslug"] != "tin-tuc"]
    nav2 = '<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="/category/tin-tuc/page/2/">2</a><a class="next page-numbers" href="/category/tin-tuc/page/2/">Trang sau</a></div></nav>'
    nav1 = '<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="/category/tin-tuc/">Trang trước</a><a class="page-numbers" href="/category/tin-tuc/">1</a><span class="page-numbers current">2</span></div></nav>'
    hdr = '<header class="page-header"><h1 class="page-title">Chuyên mục: <span>%s</span></h1></header>'
    P.add("/category/tin-tuc/", "list1.html", shell("Tin tức", hdr % "Tin tức" + "".join(excerpt(a) for a in news[:2]) + nav2, "/category/tin-tuc/", "archive category"))
    P.add("/category/tin-tuc/page/2/", "list2.html", shell("Tin tức", hdr % "Tin tức" + "".join(excerpt(a) for a in news[2:]) + nav1, "/category/tin-tuc/page/2/", "archive category paged"))
    P.add("/category/cai-cach-hanh-chinh/", "list-cchc.html", shell("Cải cách hành chính", hdr % "Cải cách hành chính" + "".join(excerpt(a) for a in cchc), "/category/cai-cach-hanh-chinh/", "archive category"))
    P.add("/category/thong-bao/", "list-tb.html", shell("Thông báo", hdr % "Thông báo" + "".join(excerpt(n) for n in NOTICES), "/category/thong-bao/", "archive category"))
    intro = """<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Giới thiệu</h1></header><div class="entry-content">
<p>Xã Hòa Phong là trung tâm hành chính của huyện Hòa Vang, gồm 10 thôn, diện tích tự nhiên khoảng 1.400 ha.</p>
<p>Liên hệ: UBND xã Hòa Phong, điện thoại 0236.3846.107, thư điện tử hoaphong@danang.gov.vn.</p></div></article>"""
    P.add("/gioi-thieu/", "intro.html", shell("Giới thiệu", intro, "/gioi-thieu/", "page-template-default page"))
    P.add("/", "home.html", shell("Trang chủ", "".join(excerpt(a) for a in srt[:3]) + excerpt(NOTICES[1]) +
                                  '<a href="/category/tin-tuc/">Xem thêm tin tức</a>', "/"))
    P.non_article("/", "/category/tin-tuc/", "/category/tin-tuc/page/2/", "/category/cai-cach-hanh-chinh/",
                  "/category/thong-bao/", "/gioi-thieu/")
    P.furniture = ["Chuyển đến nội dung", "Hòa Phong - miền quê đáng sống", "Bài viết mới", "Thống kê truy cập",
                   "Đang online:", "Hôm nay:", "Tổng lượt truy cập:", "45.678", "Lượt xem:", "Chia sẻ:", "Gửi thư điện tử",
                   "Có liên quan", "Chuyên mục:", "Điều hướng bài viết", "Vận hành bởi WordPress", "Bản quyền © 2024 UBND xã Hòa Phong"]
    P.write()


if __name__ == "__main__":
    main()

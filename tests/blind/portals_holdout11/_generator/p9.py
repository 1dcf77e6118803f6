"""Portal 9: xã Hòa Ninh (huyện Hòa Vang, Đà Nẵng), a commune site on WordPress.
Permalinks /YYYY/MM/DD/<slug>/ (date in the URL), listing /category/tin-tuc/ and /page/2/.
Hard cases: Vietnamese-locale date "12 Tháng Ba, 2024" in entry-meta, a post-views counter inside
the article container, a WP Statistics sidebar widget, a Yoast breadcrumb that repeats the title,
"Chia sẻ:" buttons, wp-caption figure, "Bài viết liên quan" with dates, a comment form."""
from common import Portal, esc, href

P = Portal("p9_hoaninh_wordpress", "Trang thông tin điện tử xã Hòa Ninh", "Hòa Vang", "Đà Nẵng", "WordPress (commune site)")
MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
ARTS = [
 dict(slug="hoa-ninh-tiep-nhan-1-284-ho-so-trong-nam-2023", title="Hòa Ninh tiếp nhận 1.284 hồ sơ trong năm 2023", published="2024-01-11", views=311, author="admin",
  paras=["Năm 2023, Bộ phận Tiếp nhận và Trả kết quả UBND xã Hòa Ninh đã tiếp nhận 1.284 hồ sơ thủ tục hành chính, trong đó 1.102 hồ sơ được nộp trực tuyến, đạt 85,8%.",
         "Xã đã giải quyết 1.279 hồ sơ, đúng hạn 100%, không có hồ sơ trễ hẹn; 5 hồ sơ chưa đến hạn trả kết quả. Qua bưu chính công ích, xã trả 73 kết quả cho người dân các thôn An Sơn, Trung Nghĩa.",
         "Kết quả đánh giá sự hài lòng trên hệ thống một cửa điện tử của thành phố cho thấy 99,5% người dân hài lòng với cán bộ tiếp nhận hồ sơ của xã."],
  must=["1.102 hồ sơ được nộp trực tuyến, đạt 85,8%", "không có hồ sơ trễ hẹn", "5 hồ sơ chưa đến hạn trả kết quả", "xã trả 73 kết quả"]),
 dict(slug="bang-tong-hop-ho-so-theo-linh-vuc-quy-i-2024", title="Tổng hợp hồ sơ theo lĩnh vực quý I/2024", published="2024-04-02", views=97, author="vanphong",
  paras=["UBND xã Hòa Ninh tổng hợp số hồ sơ tiếp nhận trong quý I/2024 theo từng lĩnh vực như sau:"],
  table=[["Lĩnh vực", "Tiếp nhận", "Trực tuyến"], ["Hộ tịch", "142", "131"], ["Chứng thực", "96", "58"], ["Bảo trợ xã hội", "27", "27"], ["Đất đai", "18", "4"]],
  tail=["Tổng cộng quý I xã tiếp nhận 283 hồ sơ, giải quyết đúng hạn 278 hồ sơ; còn 5 hồ sơ đang trong thời gian giải quyết."],
  must=["Bảo trợ xã hội", "xã tiếp nhận 283 hồ sơ", "giải quyết đúng hạn 278 hồ sơ", "còn 5 hồ sơ đang trong thời gian giải quyết"]),
 dict(slug="thon-an-son-lam-duong-len-vung-che", title="Thôn An Sơn làm đường lên vùng chè", published="2024-03-12", views=152, author="admin",
  paras=["Đầu tháng 3, người dân thôn An Sơn góp hơn 400 ngày công để mở rộng con đường đất dài 1,8 km dẫn lên vùng chè và keo của thôn.",
         "Trưởng thôn Nguyễn Văn Ba cho biết, trước đây mỗi mùa mưa, xe máy chở chè không thể đi qua, bà con phải gánh bộ hàng cây số.",
         "Xã đã đề xuất huyện hỗ trợ xi măng để bê tông hóa tuyến đường trong năm 2025."],
  must=["hơn 400 ngày công", "dài 1,8 km", "phải gánh bộ hàng cây số"]),
 dict(slug="hoi-nghi-doi-thoai-voi-nong-dan-ve-chuyen-doi-cay-trong", title="Đối thoại với nông dân về chuyển đổi cây trồng", published="2024-02-22", views=88, author="vanphong",
  paras=["Chiều 21/2, Đảng ủy, UBND xã Hòa Ninh tổ chức đối thoại với hơn 80 hội viên nông dân về chuyển đổi đất trồng lúa kém hiệu quả sang trồng rau an toàn.",
         "Nông dân kiến nghị được hỗ trợ nhà màng, giống và kết nối tiêu thụ với các bếp ăn tập thể ở thành phố. Lãnh đạo xã ghi nhận và sẽ báo cáo huyện trong tháng 3."],
  must=["hơn 80 hội viên nông dân", "trồng rau an toàn", "hỗ trợ nhà màng"]),
 dict(slug="xa-hoa-ninh-dung-thu-3-ve-chi-so-cai-cach-hanh-chinh-cap-xa", title="Xã Hòa Ninh đứng thứ 3 về Chỉ số cải cách hành chính cấp xã", published="2024-02-05", views=204, author="admin",
  paras=["UBND huyện Hòa Vang vừa công bố Chỉ số cải cách hành chính năm 2023 của 11 xã. Xã Hòa Ninh đạt 91,37 điểm, xếp thứ 3/11, tăng 2 bậc so với năm 2022.",
         "Xã dẫn đầu huyện ở tiêu chí tỷ lệ hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
         "Hồng Nhung"],
  must=["đạt 91,37 điểm, xếp thứ 3/11", "tăng 2 bậc so với năm 2022", "số hóa hồ sơ"]),
 dict(slug="ra-quan-phong-chong-chay-rung-2024", title="Ra quân phòng cháy, chữa cháy rừng năm 2024", published="2024-04-18", views=43, author="admin",
  paras=["Sáng 17/4, xã Hòa Ninh tổ chức ra quân phòng cháy, chữa cháy rừng với sự tham gia của lực lượng kiểm lâm địa bàn, dân quân và các chủ rừng.",
         "Xã đã bố trí 3 chốt canh lửa tại khu vực giáp ranh Khu bảo tồn thiên nhiên Bà Nà - Núi Chúa và yêu cầu các hộ không đốt dọn thực bì trong những ngày nắng nóng."],
  must=["3 chốt canh lửa", "Khu bảo tồn thiên nhiên Bà Nà - Núi Chúa", "đốt dọn thực bì"]),
]
for a in ARTS:
    y, m, d = a["published"].split("-")
    a["url"] = f"/{y}/{m}/{d}/{a['slug']}/"
ARTS.sort(key=lambda a: a["published"], reverse=True)
NOTICE = dict(url="/2024/04/20/thong-bao-lich-tiem-chung-mo-rong-thang-5/", title="Thông báo lịch tiêm chủng mở rộng tháng 5", pdf="/wp-content/uploads/2024/04/lich-tiem-chung-T5.pdf")
LIST, LIST2 = "/category/tin-tuc/", "/category/tin-tuc/page/2/"
P.furniture = ["Lượt xem:", "Chia sẻ:", "Bài viết liên quan", "Để lại một bình luận", "Người dùng trực tuyến", "Lượt xem hôm nay",
               "Tổng lượt xem", "Bài viết mới", "Tự hào được tạo ra bởi WordPress"]


def vdate(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} Tháng {MONTHS[int(m) - 1]}, {y}"


def layout(title, main, canonical=None, body_class="home"):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}" />\n<meta property="og:url" content="http://{{{{HOST}}}}{href(canonical)}" />' if canonical else ""
    recent = "".join(f'<li><a href="{href(b["url"])}">{esc(b["title"])}</a></li>' for b in ARTS[:4])
    menu = "".join(f'<li class="menu-item"><a href="{href(u)}">{t}</a></li>' for u, t in [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), (LIST, "Tin tức"), ("/category/thong-bao/", "Thông báo"), ("/lien-he/", "Liên hệ")])
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" /><title>{esc(title)} &#8211; Trang thông tin điện tử xã Hòa Ninh</title>{c}
<meta name="generator" content="WordPress 6.4.3" /><link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css" /></head>
<body class="{body_class}"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Trang thông tin điện tử xã Hòa Ninh</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">{menu}</ul></nav></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_wp_statistics_widget"><h2 class="widget-title">Thống kê</h2><ul><li><label>Người dùng trực tuyến:</label> 6</li><li><label>Lượt xem hôm nay:</label> 187</li><li><label>Tổng lượt xem:</label> 96.240</li></ul></section></aside></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>UBND xã Hòa Ninh, huyện Hòa Vang, thành phố Đà Nẵng</p><a href="/">Tự hào được tạo ra bởi WordPress</a></div></footer></div></div></body></html>'''


def article_page(a):
    i = ARTS.index(a)
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"][:1])
    if i % 2 == 0:
        body += f'<figure class="wp-caption aligncenter" style="width: 640px"><img src="/wp-content/uploads/{a["published"][:4]}/{a["published"][5:7]}/{a["slug"][:18]}.jpg" width="640" /><figcaption class="wp-caption-text">{esc(a["title"][:40])}</figcaption></figure>'
    body += "".join(f"<p>{esc(p)}</p>" for p in a["paras"][1:])
    if a.get("table"):
        body += '<figure class="wp-block-table"><table><tbody>' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table></figure>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    rel = "".join([f'<li><a href="{href(b["url"])}">{esc(b["title"])}</a> <time>{vdate(b["published"])}</time></li>' for b in ARTS if b is not a][:3])
    main = f'''<p id="breadcrumbs"><span><a href="/">Trang chủ</a> » <a href="{href(LIST)}">Tin tức</a> » <span class="breadcrumb_last">{esc(a["title"])}</span></span></p>
<article class="post type-post status-publish format-standard hentry category-tin-tuc"><header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Đăng vào </span><a href="{href(a["url"])}" rel="bookmark"><time class="entry-date published" datetime="{a["published"]}T08:00:00+07:00">{vdate(a["published"])}</time></a></span> <span class="byline">bởi <a class="url fn n" href="/author/{a["author"]}/">{a["author"]}</a></span> <span class="post-views">Lượt xem: {a["views"]}</span></div>
<h1 class="entry-title">{esc(a["title"])}</h1></header>
<div class="entry-content">{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-zalo" href="#">Zalo</a></li></ul></div></div>
<div class="jp-relatedposts"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea></form></div></div>'''
    return layout(a["title"], main, a["url"], "post-template-default single single-post")


def excerpt(a):
    return f'<article class="post"><header class="entry-header"><div class="entry-meta"><time>{vdate(a["published"])}</time></div><h2 class="entry-title"><a href="{href(a["url"])}">{esc(a["title"])}</a></h2></header><div class="entry-summary"><p>{esc(a["paras"][0][:140])} [&hellip;]</p></div></article>'


P.add("/", layout("Trang chủ", "".join(excerpt(a) for a in ARTS[:3]) + f'<section><h2>Thông báo</h2><a href="{href(NOTICE["url"])}">{esc(NOTICE["title"])}</a></section><p><a href="/gioi-thieu/">Giới thiệu xã Hòa Ninh</a></p>'), kind="non_article")
P.add(LIST, layout("Tin tức", '<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>' + "".join(excerpt(a) for a in ARTS[:4]) + f'<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="{href(LIST2)}">2</a> <a class="next page-numbers" href="{href(LIST2)}">Trang sau</a></nav>', body_class="archive category"), kind="non_article")
P.add(LIST2, layout("Tin tức", '<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>' + "".join(excerpt(a) for a in ARTS[4:]) + f'<nav class="navigation pagination"><a class="prev page-numbers" href="{href(LIST)}">Trang trước</a> <a class="page-numbers" href="{href(LIST)}">1</a> <span class="page-numbers current">2</span></nav>', body_class="archive category paged"), kind="non_article")
P.add("/gioi-thieu/", layout("Giới thiệu", '<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Hòa Ninh là xã miền núi phía tây huyện Hòa Vang, nằm dưới chân núi Bà Nà, gồm 6 thôn.</p><p>Điện thoại: 0236.3791.xxx</p></div></article>', body_class="page"), kind="non_article")
P.add(NOTICE["url"], layout(NOTICE["title"], f'<article class="post"><h1 class="entry-title">{esc(NOTICE["title"])}</h1><div class="entry-content"><p><a href="{href(NOTICE["pdf"])}">lich-tiem-chung-T5.pdf</a></p></div></article>', NOTICE["url"], "single"), kind="non_article")
for a in ARTS:
    P.add(a["url"], article_page(a))
    P.article(a["url"], a)
P.write()

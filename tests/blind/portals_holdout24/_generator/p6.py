"""Portal 6 - WordPress (commune site, vi locale, classic theme): xã Hòa Ninh, huyện Hòa Vang, Đà Nẵng."""
from common import Portal, e, attr, dmy, weekday, render_body, MONTH_WORDS, HOST

P = Portal("hoaninh_wp", "Trang thông tin điện tử xã Hòa Ninh", "Hòa Vang", "Đà Nẵng", "WordPress")
SITE = "Trang thông tin điện tử xã Hòa Ninh"
TODAY = "Thứ Sáu, 20 Tháng Mười Hai, 2024"


def wpdate(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return f"{MONTH_WORDS[m - 1]} {dd}, {y}"


ART = [
    dict(slug="xa-hoa-ninh-tiep-nhan-1-146-ho-so-trong-nam-2024", date="2024-12-12", time="08:20", nfd=True,
         cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="Xã Hòa Ninh tiếp nhận 1.146 hồ sơ thủ tục hành chính trong năm 2024",
         paras=[
             "Tính đến ngày 10/12/2024, Bộ phận Một cửa xã Hòa Ninh đã tiếp nhận 1.146 hồ sơ, trong đó 1.012 hồ sơ được nộp trực tuyến trên Cổng dịch vụ công.",
             "Xã đã giải quyết 1.139 hồ sơ, tất cả đều trước và đúng hạn; không có hồ sơ trễ hẹn. 7 hồ sơ còn lại đang trong thời gian giải quyết.",
             "Số liệu theo lĩnh vực:",
             "Công chức Bộ phận Một cửa cho biết người dân thôn An Sơn và Đông Sơn đã quen với việc nộp hồ sơ qua điện thoại.",
             "Lê Thị Mỹ Duyên"],
         table_after=2,
         table=[["Lĩnh vực", "Tiếp nhận", "Trực tuyến"],
                ["Hộ tịch", "642", "598"],
                ["Chứng thực", "371", "301"],
                ["Khác", "133", "113"]],
         table_cell="Hộ tịch", upd="2024-12-13"),
    dict(slug="ubnd-xa-lay-y-kien-nguoi-dan-ve-chat-luong-phuc-vu", date="2024-11-04", time="14:00",
         cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="UBND xã lấy ý kiến người dân về chất lượng phục vụ",
         paras=[
             "Trong tháng 10, UBND xã phát 150 phiếu khảo sát cho người dân đến giao dịch tại Bộ phận Một cửa.",
             "Kết quả, 97,3% người được hỏi hài lòng với thái độ phục vụ của công chức; một số ý kiến đề nghị bố trí thêm ghế chờ và nước uống.",
             "UBND xã đã tiếp thu và bố trí thêm khu vực chờ có mái che trước trụ sở."]),
    dict(slug="hoa-vang-cong-bo-chi-so-cchc-cac-xa-nam-2023", date="2024-04-26", time="10:10", nfd=True,
         cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="Hòa Ninh xếp thứ 2 Chỉ số cải cách hành chính khối xã năm 2023",
         paras=[
             "UBND huyện Hòa Vang vừa công bố Chỉ số cải cách hành chính năm 2023 của UBND các xã.",
             "Xã Hòa Ninh đạt 91,08 điểm, xếp thứ 2/11 xã, tăng 03 bậc so với năm 2022. Xã Hòa Phong tiếp tục dẫn đầu với 92,40 điểm.",
             "Đảng ủy xã giao UBND xã duy trì các tiêu chí đạt điểm tối đa, tập trung cải thiện tiêu chí về số hóa hồ sơ.",
             "Lê Thị Mỹ Duyên"], upd="2024-05-02"),
    dict(slug="thong-bao-ket-qua-kiem-tra-cai-cach-hanh-chinh-quy-iii", date="2024-10-02", time="09:30",
         cat="Cải cách hành chính", catslug="cai-cach-hanh-chinh",
         title="Đoàn kiểm tra của huyện làm việc về cải cách hành chính tại xã",
         paras=[
             "Ngày 1/10, Đoàn kiểm tra cải cách hành chính huyện Hòa Vang đã làm việc với UBND xã Hòa Ninh.",
             "Đoàn đánh giá cao việc xã số hóa toàn bộ sổ hộ tịch từ năm 1995 đến nay."]),
    dict(slug="ra-quan-don-ve-sinh-moi-truong-cac-thon", date="2024-12-16", time="17:05",
         cat="Tin tức - Sự kiện", catslug="tin-tuc-su-kien",
         title="Ra quân dọn vệ sinh môi trường tại các thôn",
         paras=[
             "Sáng Chủ nhật 15/12, hơn 300 đoàn viên, hội viên và người dân các thôn đã ra quân dọn vệ sinh dọc tuyến đường ĐT602.",
             "Lực lượng tham gia thu gom rác thải, phát quang bụi rậm và khơi thông cống rãnh để chuẩn bị đón Tết."]),
]
for a in ART:
    y, m, d = a["date"].split("-")
    a["path"] = f"/{y}/{m}/{d}/{a['slug']}/"

NOV = "/2024/11/"


def counter():
    return """<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>
<ul><li><label>Đang online: </label>5</li><li><label>Hôm nay: </label>184</li><li><label>Hôm qua: </label>231</li>
<li><label>Tổng lượt truy cập: </label>245.110</li></ul></section>"""


def page(title, canon, main, body_class="home"):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8" />
<title>{e(title)}</title>
<link rel="canonical" href="{HOST}{attr(canon)}" />
<meta property="og:url" content="{HOST}{attr(canon)}" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel="stylesheet" href="/wp-content/themes/egov-xa/style.css?ver=1.2" />
</head>
<body class="{body_class}">
<div id="page" class="site">
<div class="top-bar"><span class="ngay-hien-tai">{TODAY}</span></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{SITE}</a></p>
<p class="site-description">Huyện Hòa Vang - Thành phố Đà Nẵng</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="/category/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li><li><a href="/category/cai-cach-hanh-chinh/">Cải cách hành chính</a></li>
<li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> <span class="post-date">{wpdate(a["date"])}</span></li>' for a in sorted(ART, key=lambda x: x["date"], reverse=True))}
</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="{NOV}">Tháng Mười Một 2024</a></li></ul></section>
{counter()}
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p>Cơ quan chủ quản: UBND xã Hòa Ninh, huyện Hòa Vang, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236.3791.120 - Email: hoaninh@danang.gov.vn</p>
<p>© 2024 Bản quyền thuộc UBND xã Hòa Ninh</p></div></footer></div></body></html>"""


def article(a):
    upd = ""
    if a.get("upd"):
        upd = f'<p class="ngay-cap-nhat">Ngày cập nhật: {dmy(a["upd"])}</p>'
    main = f"""<div class="section-heading"><span>{e(a['cat'])}</span></div>
<article id="post-{sum(map(ord, a['slug'])) % 9000 + 1000}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h2 class="entry-title">{e(a['title'])}</h2>
<div class="entry-meta"><span class="posted-on"><a href="{attr(a['path'])}" rel="bookmark"><time class="entry-date published" datetime="{a['date']}T{a['time']}:00+07:00">{wpdate(a['date'])}</time></a></span>
<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">
{render_body(a)}
</div>
<footer class="entry-footer">{upd}<span class="cat-links">Chuyên mục: <a href="/category/{a['catslug']}/" rel="category tag">{e(a['cat'])}</a></span>
<div class="share-buttons"><a href="javascript:void(0)" onclick="shareFacebook()">Chia sẻ Facebook</a> <a href="javascript:void(0)" onclick="shareZalo()">Chia sẻ Zalo</a> <a href="javascript:window.print()">In bài</a></div></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Điều hướng bài viết</h2></nav>"""
    return page(f"{a['title']} – {SITE}", a["path"], main, "post-template-default single single-post")


def archive(items, canon, heading, pager=""):
    lis = "".join(f"""<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="{attr(a['path'])}" rel="bookmark">{e(a['title'])}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{a['date']}T{a['time']}:00+07:00">{wpdate(a['date'])}</time></div></header>
<div class="entry-summary"><p>{e(a['paras'][0])} […]</p></div></article>""" for a in items)
    main = f'<header class="page-header"><h1 class="page-title">{e(heading)}</h1></header>{lis}{pager}'
    return page(f"{heading} – {SITE}", canon, main, "archive")


srt = sorted(ART, key=lambda x: x["date"], reverse=True)
cchc = [a for a in srt if a["catslug"] == "cai-cach-hanh-chinh"]
P.add("/", page(SITE, "/", f"""<section class="tin-noi-bat"><h2 class="section-title">Tin nổi bật</h2>
{''.join(f'<div class="item"><a href="{attr(a["path"])}">{e(a["title"])}</a><p>{e(a["paras"][0])}</p></div>' for a in srt[:3])}
</section><section><h2 class="section-title">Thông báo</h2><ul><li><a href="/thong-bao-lich-tiep-cong-dan-quy-i-2025/">Lịch tiếp công dân quý I/2025</a></li></ul></section>"""), "non_article")
C1 = "/category/cai-cach-hanh-chinh/"
C2 = "/category/cai-cach-hanh-chinh/page/2/"
P.add(C1, archive(cchc[:3], C1, "Chuyên mục: Cải cách hành chính",
                  f'<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{C2}">2</a><a class="next page-numbers" href="{C2}">Trang sau »</a></div></nav>'), "non_article")
P.add(C2, archive(cchc[3:], C2, "Chuyên mục: Cải cách hành chính",
                  f'<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="{C1}">« Trang trước</a><a class="page-numbers" href="{C1}">1</a><span class="page-numbers current">2</span></div></nav>'), "non_article")
P.add(NOV, archive([a for a in srt if a["date"].startswith("2024-11")], NOV, "Tháng: Tháng Mười Một 2024"), "non_article")
NOTICE = "/thong-bao-lich-tiep-cong-dan-quy-i-2025/"
P.add(NOTICE, page(f"Lịch tiếp công dân quý I/2025 – {SITE}", NOTICE, """<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Lịch tiếp công dân quý I/2025</h1></header>
<div class="entry-content"><div class="wp-block-file"><a href="/wp-content/uploads/2024/12/lich-tiep-cong-dan-quy-I-2025.pdf">lich-tiep-cong-dan-quy-I-2025</a><a href="/wp-content/uploads/2024/12/lich-tiep-cong-dan-quy-I-2025.pdf" class="wp-block-file__button" download>Tải xuống</a></div></div></article>""", "page"), "non_article")
P.add("/gioi-thieu/", page(f"Giới thiệu – {SITE}", "/gioi-thieu/", """<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Giới thiệu</h1></header>
<div class="entry-content"><p>Hòa Ninh là xã miền núi của huyện Hòa Vang, nằm ở phía Tây thành phố Đà Nẵng, giáp khu du lịch Bà Nà.</p>
<p>Xã có diện tích tự nhiên lớn, phần lớn là đất rừng; người dân sinh sống chủ yếu bằng trồng keo, chăn nuôi và làm dịch vụ du lịch sinh thái.</p></div></article>""", "page"), "non_article")
P.add("/lien-he/", page(f"Liên hệ – {SITE}", "/lien-he/", """<article class="page type-page"><header class="entry-header"><h1 class="entry-title">Liên hệ</h1></header>
<div class="entry-content"><p>UBND xã Hòa Ninh luôn lắng nghe ý kiến của người dân. Quý vị có thể gửi phản ánh, kiến nghị qua biểu mẫu dưới đây hoặc đến trực tiếp trụ sở UBND xã trong giờ hành chính.</p>
<div class="wpcf7"><form><input name="your-name" /><textarea name="your-message"></textarea><input type="submit" value="Gửi đi" /></form></div></div></article>""", "page"), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a, encoding="utf-8-nfd" if a.get("nfd") else None)
P.furniture = ["Thống kê truy cập", "Đang online:", "Tổng lượt truy cập", "Bài viết mới", "Lưu trữ", "Chia sẻ Facebook",
               "Điều hướng bài viết", "Bản quyền thuộc UBND xã Hòa Ninh", TODAY]
if __name__ == "__main__":
    P.write()

"""p9 — huyện Hòa Vang, Đà Nẵng: WordPress (a generic news theme).
Articles /YYYY/MM/DD/<slug>/, categories /chuyen-muc/tin-tuc/ and …/page/2/.

Hard cases: the date in the URL and, on the page, in WordPress' Vietnamese
month names ("Tháng Sáu 18, 2024"), one article whose URL date differs from
the shown date (the page date wins); a post-views line "Lượt xem: N" inside the
entry meta; wp-caption captions; "Chia sẻ:" buttons; a "Bài viết liên quan"
block with dates; a comment form ("Để lại một bình luận"); a sidebar
"Bài viết mới" widget with dates and a welcome text widget; a shortlink
/?p=N in <head> that answers 404.
"""
import datetime
from common import Portal, Article, esc, render_body, slug

P = Portal("p9_hoavang", "Trang thông tin điện tử huyện Hòa Vang", "Hòa Vang", "Đà Nẵng",
           "WordPress (/YYYY/MM/DD/slug/)")
FURN = ["Bài viết mới", "Bài viết liên quan", "Để lại một bình luận",
        "Email của bạn sẽ không được hiển thị công khai.", "Chia sẻ:", "Lượt xem:",
        "Kính chào quý khách ghé thăm trang thông tin điện tử huyện Hòa Vang",
        "Tự hào được cung cấp bởi WordPress", "Gửi bình luận"]
P.furniture = FURN
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
          "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]

A = [
    Article(1482, "Hòa Vang: 6 tháng đầu năm tiếp nhận 11.930 hồ sơ", "2024-07-04", [
        "Báo cáo của UBND huyện cho biết, 6 tháng đầu năm 2024, Bộ phận Tiếp nhận và trả kết quả của huyện và 11 xã đã tiếp nhận tổng cộng 11.930 hồ sơ, trong đó 10.512 hồ sơ trực tuyến.",
        "Số hồ sơ được giải quyết đúng hạn là 11.602, trước hạn 7.844 hồ sơ, trễ hạn 21 hồ sơ; số hồ sơ chưa đến hạn là 307.",
        "Đà Nẵng là địa phương triển khai sớm việc số hóa hồ sơ, nên tỷ lệ hồ sơ trực tuyến của huyện đạt 88,1%, cao nhất từ trước đến nay.",
        "Cấp giấy chứng nhận quyền sử dụng đất lần đầu và chuyển mục đích sử dụng đất vẫn là nhóm thủ tục có nhiều hồ sơ trễ hạn nhất.",
    ], ["10.512 hồ sơ trực tuyến", "trễ hạn 21 hồ sơ", "đạt 88,1%", "chưa đến hạn là 307"], cchc=True),
    Article(1475, "Kết quả Chỉ số hài lòng và Chỉ số CCHC năm 2023", "2024-06-18", [
        "Năm 2023, Chỉ số cải cách hành chính của huyện Hòa Vang đạt 83,72 điểm, xếp thứ 4/8 quận, huyện; Chỉ số hài lòng của người dân đạt 84,90%.",
        "Kết quả theo từng cấp:",
        "UBND huyện đã ban hành kế hoạch khắc phục, tập trung vào việc rút ngắn thời gian giải quyết hồ sơ đất đai và tăng cường đối thoại với người dân.",
    ], ["đạt 83,72 điểm, xếp thứ 4/8", "đạt 84,90%", "81,65%", "rút ngắn thời gian giải quyết hồ sơ đất đai"],
        table=[["Cấp", "Chỉ số hài lòng", "Số phiếu khảo sát"],
               ["Cấp huyện", "86,10%", "420"],
               ["Cấp xã", "81,65%", "1.100"]],
        table_at=2, cchc=True),
    Article(1469, "Mùa sen ở Hòa Tiến", "2024-06-06", [
        "Tháng Sáu, những đầm sen ở xã Hòa Tiến vào mùa nở rộ, thu hút nhiều người dân và du khách đến chụp ảnh.",
        "Toàn xã có khoảng 20 ha sen, nhiều hộ kết hợp bán hạt sen tươi, trà tim sen và làm dịch vụ chèo thuyền.",
        "Xã đang xây dựng đề án phát triển du lịch nông nghiệp gắn với vùng sen.",
    ], ["khoảng 20 ha sen", "trà tim sen", "đề án phát triển du lịch nông nghiệp"]),
    Article(1463, "Hòa Bắc tổ chức lễ hội đầu nguồn sông Cu Đê", "2024-06-04", [
        "Lễ hội thu hút đông đảo đồng bào Cơ Tu ở thôn Tà Lang, Giàn Bí tham gia với các phần thi giã gạo, đan gùi và nấu cơm lam.",
        "Nhân dịp này, xã ra mắt tour trải nghiệm một ngày cùng người Cơ Tu.",
    ], ["giã gạo, đan gùi và nấu cơm lam", "tour trải nghiệm một ngày", "thôn Tà Lang, Giàn Bí"]),
    Article(1458, "Ra quân làm sạch môi trường chào mừng Ngày Môi trường thế giới", "2024-06-02", [
        "Sáng 2/6, hơn 1.200 đoàn viên, hội viên ra quân thu gom rác thải dọc các tuyến đường và bờ sông Túy Loan.",
    ], ["hơn 1.200 đoàn viên", "bờ sông Túy Loan", "thu gom rác thải"]),
    Article(1451, "Khởi công trường Tiểu học Hòa Phong 2", "2024-05-09", [
        "Công trình có 24 phòng học, tổng mức đầu tư 45 tỷ đồng, dự kiến hoàn thành trước năm học 2025 - 2026.",
        "Sau khi đưa vào sử dụng, trường sẽ giảm tình trạng quá tải cho Trường Tiểu học Hòa Phong hiện nay.",
    ], ["24 phòng học", "tổng mức đầu tư 45 tỷ đồng", "giảm tình trạng quá tải"]),
]
# 1458 was drafted on 31/05 and published on 02/06: its URL keeps the draft date
URL_DATE = {1458: "2024-05-31"}
VIEWS = [612, 488, 301, 214, 156, 97]
CAPS = {1482: "Người dân làm thủ tục tại Bộ phận một cửa huyện Hòa Vang", 1469: "Đầm sen thôn Phước Thuận"}
NOTICES = [(1485, "Thông báo kế hoạch tiếp công dân tháng 7 năm 2024", "/wp-content/uploads/2024/07/KH-tiep-cong-dan-T7.pdf"),
           (1477, "Thông báo lấy ý kiến về quy hoạch phân khu Hòa Ninh", "/wp-content/uploads/2024/06/TB-lay-y-kien-QH.pdf")]


def wpdate(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def url(a):
    d = URL_DATE.get(a.key, a.published)
    return f"/{d.replace('-', '/')}/{slug(a.title)}/"


def nurl(n):
    return f"/2024/06/28/{slug(n[1])}/"


LIST1 = "/chuyen-muc/tin-tuc/"
LIST2 = "/chuyen-muc/tin-tuc/page/2/"


def shell(title, main, canonical=None, pid=None):
    canon = f"<link rel='canonical' href='http://{{{{HOST}}}}{esc(canonical)}' />" if canonical else ""
    short = f"<link rel='shortlink' href='/?p={pid}' />" if pid else ""
    recent = "".join(f'<li><a href="{esc(url(a))}">{esc(a.title)}</a> <span class="post-date">{wpdate(a.published)}</span></li>' for a in A[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8" /><title>{esc(title)} &#8211; Trang thông tin điện tử huyện Hòa Vang</title>
{canon}{short}
<link rel='stylesheet' id='newsup-style-css' href='/wp-content/themes/newsup/style.css' type='text/css' media='all' /></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Huyện Hòa Vang</a></p></div>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{LIST1}">Tin tức</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
<section id="text-2" class="widget widget_text"><div class="textwidget"><p>Kính chào quý khách ghé thăm trang thông tin điện tử huyện Hòa Vang</p></div></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">UBND huyện Hòa Vang - 01 Trường Chinh, Đà Nẵng<br /><a href="/wordpress/">Tự hào được cung cấp bởi WordPress</a></div></footer>
</div></body></html>
"""


def article_page(a, i):
    body = render_body(a)
    if a.key in CAPS:
        first, _, rest = body.partition("\n")
        body = (f'{first}\n<figure id="attachment_{a.key + 1}" class="wp-caption aligncenter"><img src="/wp-content/uploads/{a.published[:4]}/{a.published[5:7]}/anh-{a.key}.jpg" alt="" />'
                f'<figcaption class="wp-caption-text">{esc(CAPS[a.key])}</figcaption></figure>\n{rest}')
    rel = [x for x in A if x is not a][:3]
    rel_html = "".join(f'<li><a href="{esc(url(x))}">{esc(x.title)}</a> <time>{wpdate(x.published)}</time></li>' for x in rel)
    main = f"""<article id="post-{a.key}" class="post-{a.key} post type-post status-publish format-standard category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{esc(url(a))}" rel="bookmark"><time class="entry-date published" datetime="{a.published}T08:00:00+07:00">{wpdate(a.published)}</time></a></span>
<span class="byline"> bởi <span class="author vcard">Ban biên tập</span></span> <span class="post-views">Lượt xem: {VIEWS[i]}</span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a href="javascript:shareFb()">Facebook</a> <a href="javascript:shareZalo()">Zalo</a></div>
</div>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{rel_html}</ul></div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<textarea name="comment"></textarea><input name="submit" type="submit" value="Gửi bình luận" /></form></div></div>"""
    return shell(a.title, main, canonical=url(a), pid=a.key)


def listing(items, page):
    rows = "".join(f"""<article class="post"><h2 class="entry-title"><a href="{esc(url(a))}">{esc(a.title)}</a></h2>
<time>{wpdate(a.published)}</time><div class="entry-summary"><p>{esc(a.paras[0][:100])} [&hellip;]</p></div></article>""" for a in items)
    nav = (f'<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="{LIST2}">2</a> <a class="next page-numbers" href="{LIST2}">Sau &raquo;</a></nav>'
           if page == 1 else f'<nav class="navigation pagination"><a class="prev page-numbers" href="{LIST1}">&laquo; Trước</a> <a class="page-numbers" href="{LIST1}">1</a> <span class="page-numbers current">2</span></nav>')
    return shell("Tin tức", f'<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>{rows}{nav}')


def home():
    rows = "".join(f'<li><a href="{esc(url(a))}">{esc(a.title)}</a></li>' for a in A[:4])
    notes = "".join(f'<li><a href="{esc(nurl(n))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<section><h2>Tin tức</h2><ul>{rows}</ul><a href="{LIST1}">Xem tất cả</a></section>
<section><h2>Thông báo</h2><ul>{notes}</ul></section>""")


def notice(n):
    return shell(n[1], f"""<article class="post"><header class="entry-header"><h1 class="entry-title">{esc(n[1])}</h1></header>
<div class="entry-content"><p><a href="{n[2]}">Tải tệp đính kèm (PDF)</a></p></div></article>""", canonical=nurl(n))


def intro():
    return shell("Giới thiệu", """<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content">
<p>Hòa Vang là huyện duy nhất của thành phố Đà Nẵng, gồm 11 xã.</p><p>Địa chỉ: 01 Trường Chinh, phường Hòa Phát, quận Cẩm Lệ.</p></div></article>""")


P.page("/", home())
P.page(LIST1, listing(A[:4], 1))
P.page(LIST2, listing(A[4:], 2))
P.page("/gioi-thieu/", intro())
for i, a in enumerate(A):
    P.page(url(a), article_page(a, i))
    P.article(url(a), a)
for n in NOTICES:
    P.page(nurl(n), notice(n))
    P.non_article(nurl(n))
for p in ["/", LIST1, LIST2, "/gioi-thieu/"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()

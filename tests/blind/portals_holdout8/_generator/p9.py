"""p9 — WordPress (date in the URL, /wp-content/uploads); commune site of xã Hòa Ninh, huyện Hòa Vang, Đà Nẵng.
Hard cases: date in the URL and otherwise only in a "Cập nhật" stamp after the entry, "Ảnh:" caption
line inside the entry (text), "Bài viết liên quan" with dates, only 5 articles,
share buttons, widget "Bài viết mới" in the sidebar, an article under two URLs (?p=ID and the
pretty permalink; canonical names the permalink).
"""
from common import *

P = Portal("p9_hoaninh_wordpress", "Trang thông tin điện tử xã Hòa Ninh", "Hòa Vang", "Đà Nẵng", "WordPress")
arts = articles_for("huyện Hòa Vang", "huyện", ["Xã Hòa Ninh", "Xã Hòa Sơn", "Xã Hòa Phú", "Xã Hòa Bắc"],
                    2022, 9, ("Huỳnh Tấn Lực", "Ngô Thị Bích Thủy", "Đoàn Văn Hiếu"))
arts = arts[:5]
pids = [2291, 2277, 2263, 2250, 2238]
url = lambda i: "/%s/%s/" % (arts[i]["published"].replace("-", "/"), slugify(arts[i]["title"]))
LIST, LIST2, INTRO = "/category/tin-tuc/", "/category/tin-tuc/page/2/", "/lien-he/"
P.furniture = ["Bài viết mới", "Bài viết liên quan", "Chia sẻ:", "Được tạo bằng WordPress", "Tìm kiếm cho:",
               "Xã Hòa Ninh - Hòa Vang - Đà Nẵng"]


def wrap(title, main, canon=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    recent = "".join("<li>%s</li>" % a(url(j), esc(arts[j]["title"])) for j in range(3))
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s &#8211; Xã Hòa Ninh</title>%s
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css"></head>
<body class="wp-site"><header id="masthead"><p class="site-title">%s</p><p class="site-description">Xã Hòa Ninh - Hòa Vang - Đà Nẵng</p>
<nav><ul id="top-menu"><li>%s</li><li>%s</li><li>%s</li></ul></nav></header>
<div id="content" class="site-content"><div id="primary">%s</div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><label>Tìm kiếm cho:</label><input type="search"></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section></aside></div>
<footer class="site-footer"><div class="site-info">Được tạo bằng WordPress</div></footer></body></html>""" % (
        esc(title), c, a("/", "Xã Hòa Ninh"), a("/", "Trang chủ"), a(LIST, "Tin tức"), a(INTRO, "Liên hệ"), recent, main)


def article(i, art, stamp_shift=0):
    rel = "".join('<li>%s <time>%s</time></li>' % (a(url(j), esc(arts[j]["title"])), dmy(arts[j]["published"])) for j in range(len(arts)) if j != i)[:2000]
    y, m, d = art["published"].split("-")
    upd = "%02d/%s/%s" % (min(28, int(d) + stamp_shift), m, y)
    lead = "<p><strong>%s</strong></p>" % esc(art["lead"]) if art["lead"] else ""
    main = """<article id="post-%d" class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">%s</h1></header>
<div class="entry-content">%s%s
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div></div>
<footer class="entry-footer"><span class="updated">Cập nhật: %s</span></footer></article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>%s</ul></div>""" % (pids[i], esc(art["title"]), lead, body_html(art), upd, rel)
    return wrap(art["title"], main, canon=url(i))


def listing(items, pager):
    lis = "".join('<article><h2 class="entry-title">%s</h2><div class="entry-summary"><p>%s […]</p></div></article>' % (
        a(url(i), esc(arts[i]["title"])), esc((arts[i]["lead"] or arts[i]["paras"][0])[:110])) for i in items)
    return wrap("Tin tức", '<h1 class="page-title">Chuyên mục: Tin tức</h1>%s<nav class="pagination">%s</nav>' % (lis, pager))


notices = [("/2022/05/16/thong-bao-tiep-nhan-ho-so-dang-ky-nghia-vu-quan-su/", "Thông báo tiếp nhận hồ sơ đăng ký nghĩa vụ quân sự", "/wp-content/uploads/2022/05/tb-nvqs.pdf")]
home = "<h2>Tin mới</h2><ul>%s</ul><h2>Thông báo</h2><ul>%s</ul>" % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)), "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
home += "<p>%s</p>" % a("/?p=%d" % pids[0], "Tin nổi bật")
P.add("/", wrap("Trang chủ", home))
P.add(LIST, listing([0, 1, 2], a(LIST2, "Trang sau")), kind="non")
P.add(LIST2, listing([3, 4], a(LIST, "Trang trước")), kind="non")
P.add(INTRO, wrap("Liên hệ", '<h1 class="entry-title">Liên hệ</h1><p>UBND xã Hòa Ninh, thôn An Sơn; điện thoại 0236 3797 000.</p>'), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<article><h1 class="entry-title">%s</h1><div class="entry-content"><p>%s</p></div></article>' % (esc(t), a(f, "Tải về"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.add("/?p=%d" % pids[0], article(0, arts[0]))     # shortlink: same article, canonical names the permalink
P.write()

"""p9 — huyện Phong Điền (Thừa Thiên Huế): WordPress with plain permalinks (?p=N), pretty slug as second URL.
Hard cases: each article reachable as /?p=N and as /<slug>/ (canonical names the slug URL), the date only in the
entry footer after the text ('Đăng vào … bởi …'), 'Bài viết xem nhiều' widget with dates, share buttons, a comment
form, a search widget, sticky welcome banner, a category page 2 at /category/cai-cach-hanh-chinh/page/2/."""
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "huyện Phong Điền", "Thừa Thiên Huế"
L, L2 = "/category/cai-cach-hanh-chinh/", "/category/cai-cach-hanh-chinh/page/2/"
arts, alias = [], {}
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "I", 2233, 118, 1544, 520, 6, 163, 1802, 70, "Lê Văn Phước")
t = "Phong Điền: gần 99,6% hồ sơ quý I/2025 được trả đúng và trước hạn"
arts.append(Article("/phong-dien-ket-qua-giai-quyet-ho-so-quy-i-2025/", t, "2025-04-03", [lead] + ps, must))
t, ps, must = C.par_index(PLACE, PROV, 2024, "85,14", 3, 9, "89,60", 1, "Nguyễn Văn Hiền")
arts.append(Article("/phong-dien-xep-thu-3-ve-chi-so-cai-cach-hanh-chinh/", t, "2025-03-21", ps, must))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Phong An", "Thị trấn Phong Điền", "Xã Phong Hiền", "Xã Điền Hương"], "Hoàng Thị Thủy")
arts.append(Article("/cap-xa-phong-dien-giai-quyet-ho-so-6-thang/", t, "2025-03-10", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d, slug) in enumerate([("tiem", 2610, "Trần Thị Nhàn", "2025-02-26", "tiem-vac-xin-soi-rubella/"),
                                          ("ho", 9, "Lê Văn Ba", "2025-02-14", "ho-tro-xoa-nha-tam/"),
                                          ("so", 4020, "Hồ Văn Nam", "2025-02-03", "chuyen-doi-so-o-thon/")]):
    t, ps, must = C.news(k, PLACE, n, who)
    arts.append(Article("/" + slug, t, d, ps, must))
for i, a in enumerate(arts):
    alias[a.path] = "/?p=%d" % (1840 - i * 23)
notices = [("/thong-bao-tiep-nhan-ho-so-tuyen-sinh-lop-6/", "Thông báo tiếp nhận hồ sơ tuyển sinh vào lớp 6 năm học 2025 - 2026", "/wp-content/uploads/2025/03/tb-tuyen-sinh.pdf")]
FURN = ["Chào mừng bạn đến với Cổng thông tin điện tử huyện Phong Điền", "Bài viết xem nhiều", "Tìm kiếm", "Chia sẻ",
        "Để lại bình luận", "Đăng vào", "bởi quantri", "Proudly powered by WordPress"]


def dm(a):
    y, m, d = a.published.split("-")
    return "%s/%s/%s" % (d, m, y)


def page(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % canonical if canonical else ""
    top = "".join('<li><a href="%s">%s</a> <span class="post-date">%s</span></li>' % (alias[a.path], esc(a.title), dm(a)) for a in reversed(arts))
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s – Huyện Phong Điền</title>%s
<link rel="stylesheet" href="/wp-content/themes/phongdien/style.css"></head><body class="wp-site">
<div class="welcome-bar">Chào mừng bạn đến với Cổng thông tin điện tử huyện Phong Điền</div>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="%s">Cải cách hành chính</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li></ul></nav>
<div id="primary" class="content-area"><main id="main">%s</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><h2 class="widget-title">Tìm kiếm</h2><form action="/" method="get"><input name="s"></form></section>
<section class="widget"><h2 class="widget-title">Bài viết xem nhiều</h2><ul>%s</ul></section></aside>
<footer class="site-footer">UBND huyện Phong Điền – 01 Văn Lang, thị trấn Phong Điền. <span>Proudly powered by WordPress</span></footer></body></html>""" % (esc(title), can, L, main, top)


def art_page(a):
    inner = '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1></header>' % esc(a.title)
    inner += '<div class="entry-content">%s</div>' % body_html(a, table_cls="wp-block-table")
    inner += '<footer class="entry-footer"><span class="posted-on">Đăng vào <time class="entry-date published" datetime="%sT08:00:00+07:00">%s</time></span> <span class="byline">bởi quantri</span></footer>' % (a.published, dm(a))
    inner += '<div class="sharedaddy"><h3>Chia sẻ</h3><a href="/?share=facebook">Facebook</a> <a href="/?share=zalo">Zalo</a></div></article>'
    inner += '<div id="respond"><h3>Để lại bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea></form></div>'
    return page(a.title, inner, a.path)


def listing(items, pager):
    return page("Cải cách hành chính", '<h1 class="page-title">Chuyên mục: Cải cách hành chính</h1>' + "".join('<article><h2 class="entry-title"><a href="%s">%s</a></h2></article>' % (p, esc(t)) for p, t in items) + '<nav class="pagination">%s</nav>' % pager)


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=UTF-8"
pages = [("/", page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t in items[:3])), 200, H, "utf-8"),
         (L, listing(items[:4], '<span class="current">1</span> <a href="%s">2</a>' % L2), 200, H, "utf-8"),
         (L2, listing(items[4:], '<a href="%s">1</a> <span class="current">2</span>' % L), 200, H, "utf-8")]
golds = []
for a in arts:
    pages.append((a.path, art_page(a), 200, H, "utf-8"))
    pages.append((alias[a.path], art_page(a), 200, H, "utf-8"))
    golds += [a, Article(alias[a.path], a.title, a.published, a.paras, a.must, table=a.table, table_after=a.table_after)]
for p, t, f in notices:
    pages.append((p, page(t, '<h1 class="entry-title">%s</h1><p><a href="%s">Tải tệp đính kèm</a></p>' % (esc(t), f)), 200, H, "utf-8"))
pages.append(("/gioi-thieu/", page("Giới thiệu", "<p>Phong Điền là huyện phía bắc tỉnh Thừa Thiên Huế, trải từ vùng cát ven biển lên vùng gò đồi phía tây.</p>"), 200, H, "utf-8"))
write_portal("p9_phongdien_wordpress", {"name": "Cổng thông tin điện tử huyện Phong Điền", "district": "Phong Điền", "province": PROV,
             "platform": "WordPress"}, pages, golds, [notices[0][0], "/gioi-thieu/", L, L2, "/"], FURN)

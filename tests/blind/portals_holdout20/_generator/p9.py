"""Portal 9: WordPress commune site, xã Hòa Phú, huyện Hòa Vang, Đà Nẵng.
Hard cases: entry-meta "Đăng ngày … bởi …" (author outside the body), a "Cập nhật" line, sidebar "Bài viết mới"
with dates, WP-Statistics-like counter in the footer, comment form, share buttons, /page/2/ pagination,
a very short article, monthly series tables of the commune's one-stop desks."""
from common import *

P = Portal("p9_hoaphu_wordpress", "Trang thông tin điện tử xã Hòa Phú", "Hòa Vang", "Đà Nẵng", "WordPress (commune site)")
P.furniture = ["Bài viết mới", "Để lại bình luận", "Gửi bình luận", "Tổng lượt xem", "Người trực tuyến", "742.118",
               "Chia sẻ bài viết", "Điều hướng bài viết", "Chuyên mục:", "Tìm kiếm"]
CAT = "/chuyen-muc/tin-tuc/"
DESKS = ["Bàn Hộ tịch", "Bàn Chứng thực", "Bàn Đất đai - Xây dựng", "Bàn Chính sách xã hội"]
HEAD = ["Bàn tiếp nhận", "Hồ sơ", "Trả đúng hẹn"]


def shell(title, content, arts):
    recent = "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a> <span class="post-date">{o["d"][8:]}/{o["d"][5:7]}/{o["d"][:4]}</span></li>' for o in arts[-4:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; Xã Hòa Phú</title>
<link rel="stylesheet" href="/wp-content/themes/hoaphu/style.css?ver=1.2" /></head><body class="post-template-default">
<header class="site-header"><p class="site-title"><a href="/">Xã Hòa Phú</a></p><nav><ul id="menu-main"><li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="{CAT}">Tin tức</a></li><li><a href="/chuyen-muc/thong-bao/">Thông báo</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">{content}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form action="/" method="get"><label>Tìm kiếm</label><input name="s" /></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section></aside>
<footer class="site-footer"><div class="wp-statistics">Tổng lượt xem: 742.118 · Người trực tuyến: 11</div><p>UBND xã Hòa Phú, huyện Hòa Vang, thành phố Đà Nẵng</p></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></body></html>"""


arts = []
for i, (m, d, rec, ontime, onl) in enumerate([(4, "2024-05-06", 96, 96, 71), (5, "2024-06-04", 118, 117, 90), (6, "2024-07-03", 103, 103, 88)]):
    rows = [[r[0], r[1], r[3]] for r in series_rows(900 + i, DESKS, 3, lo=8, total=rec, late_total=rec - ontime, pend_max=0)]
    paras = [f"Tháng {m}/2024, Bộ phận một cửa của UBND xã Hòa Phú nhận {rec} hồ sơ, trong đó {onl} hồ sơ do người dân tự nộp trên Cổng dịch vụ công.",
             f"Có {ontime} hồ sơ được trả đúng hẹn" + ("; không có hồ sơ quá hạn." if ontime == rec else f"; {rec - ontime} hồ sơ chậm do phải xác minh nguồn gốc đất."),
             "Số hồ sơ theo từng bàn tiếp nhận:",
             "Bộ phận một cửa làm việc cả sáng thứ Bảy để phục vụ bà con làm ăn xa."]
    arts.append(dict(title=f"Xã Hòa Phú: kết quả một cửa tháng {m}/2024", d=d, paras=paras, table=(HEAD, rows),
                     must=[HEAD[0], rows[0][0], rows[3][1], f"{onl} hồ sơ do người dân tự nộp"]))
arts.insert(0, dict(title="Hòa Phú đón đoàn khảo sát du lịch sinh thái suối Mơ", d="2024-03-15", paras=[
    "Ngày 14/3, đoàn công tác của Sở Du lịch đã khảo sát tuyến suối Mơ và thác Phú Túc thuộc thôn Phú Túc.",
    "Đoàn đề nghị xã quy hoạch bãi đỗ xe và hướng dẫn người dân làm dịch vụ homestay đúng quy định.",
    "Văn hóa - Thông tin xã"], table=None, must=["suối Mơ", "thôn Phú Túc", "homestay"]))
arts.append(dict(title="Phát động hiến máu tình nguyện đợt 2", d="2024-07-20", paras=[
    "Sáng 20/7, xã Hòa Phú có 45 người tham gia hiến máu tại hội trường UBND xã."], table=None,
    must=["45 người", "hiến máu", "hội trường UBND xã"]))
for x in arts:
    x["path"] = f"/{slug(x['title'])}/"

for k, x in enumerate(arts):
    p = x["paras"]
    body = "".join(f"<p>{esc(t)}</p>" for t in p[:3])
    cells = []
    if x["table"]:
        body += '<figure class="wp-block-table">' + table_html(*x["table"], attrs=' class="has-fixed-layout"') + "</figure>"
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{esc(t)}</p>" for t in p[3:])
    nav = ""
    if k:
        nav += f'<div class="nav-previous"><a href="{arts[k-1]["path"]}" rel="prev">{esc(arts[k-1]["title"])}</a></div>'
    if k + 1 < len(arts):
        nav += f'<div class="nav-next"><a href="{arts[k+1]["path"]}" rel="next">{esc(arts[k+1]["title"])}</a></div>'
    content = f"""<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(x['title'])}</h1>
<div class="entry-meta">Đăng ngày <time class="entry-date published" datetime="{x['d']}T08:00:00+07:00">{x['d'][8:]}/{x['d'][5:7]}/{x['d'][:4]}</time> bởi <span class="author vcard">bientap</span></div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer">Chuyên mục: <a href="{CAT}" rel="category tag">Tin tức</a><div class="share">Chia sẻ bài viết <a href="#">Facebook</a> <a href="#">Zalo</a></div></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Điều hướng bài viết</h2>{nav}</nav>
<div id="comments"><div id="respond"><h3>Để lại bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Gửi bình luận" /></form></div></div>"""
    P.article(x["path"], shell(x["title"], content, arts), x["title"], x["d"], p, x["must"], cells)


def listing(items, pg):
    out = "".join(f'<article><h2 class="entry-title"><a href="{o["path"]}">{esc(o["title"])}</a></h2><div class="entry-summary"><p>{esc(o["paras"][0])} […]</p></div></article>' for o in items)
    return shell("Tin tức", f'<h1 class="page-title">Chuyên mục: Tin tức</h1>{out}<nav class="pagination">{pg}</nav>', arts)


P.page(CAT, listing(arts[::-1][:3], f'<a class="next page-numbers" href="{CAT}page/2/">2</a>'))
P.page(CAT + "page/2/", listing(arts[::-1][3:], f'<a class="prev page-numbers" href="{CAT}">1</a>'))
P.page("/gioi-thieu/", shell("Giới thiệu", "<h1>Giới thiệu</h1><p>Hòa Phú là xã miền núi phía tây huyện Hòa Vang, có hồ Hòa Trung.</p>", arts))
NOTE = "/thong-bao-lich-tiep-cong-dan-quy-iii-2024/"
P.page("/chuyen-muc/thong-bao/", shell("Thông báo", f'<h1>Thông báo</h1><h2><a href="{NOTE}">Thông báo lịch tiếp công dân quý III/2024</a></h2>', arts))
P.page(NOTE, shell("Thông báo", '<h1 class="entry-title">Thông báo lịch tiếp công dân quý III/2024</h1><div class="entry-content"><p><a href="/wp-content/uploads/2024/07/lich-tiep-cd.pdf">lich-tiep-cd.pdf</a></p></div>', arts))
P.page("/", shell("Trang chủ", "".join(f'<h2><a href="{o["path"]}">{esc(o["title"])}</a></h2>' for o in arts[::-1][:2]) + f'<a href="{CAT}">Xem tất cả</a>', arts))
P.write()

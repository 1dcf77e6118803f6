"""Bảo Lâm, Cao Bằng — Joomla 3 with the Mai Châu-style template (left column before the content)."""
import hashlib

import content
import pages as P
from common import e, joomla_slug, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree

ID = "baolam"
AGENCY = "Ủy ban nhân dân huyện Bảo Lâm"
ADDRESS = "Tổ 1, thị trấn Pác Miầu, huyện Bảo Lâm, tỉnh Cao Bằng"
PHONE = "0206.3870.125"
EMAIL = "ubndbaolam@caobang.gov.vn"
PDF = "/images/tai-lieu/ke-hoach-cchc-2022.pdf"
PDF2 = "/images/tai-lieu/bao-cao-cchc-quy-3-2022.pdf"
IMG_DIR = "/images/tin-tuc/2022"

CAT = {"tin-tuc": ("Tin tức", "/vi/tin-tuc", 8), "thong-bao": ("Thông báo", "/vi/thong-bao", 11),
       "cchc": ("Cải cách hành chính", "/vi/" + joomla_slug("cải cách hành chính"), 14)}
ORG = "/vi/" + joomla_slug("giới thiệu")
TTHC = "/vi/" + joomla_slug("thủ tục hành chính")
DOCS = "/vi/" + joomla_slug("văn bản")
SEARCH = "/vi/tim-kiem?searchword=CCHC&searchphrase=all"
LOGIN = "/vi/dang-nhap"
CONTACT = "/vi/lien-he"
ADMIN = "/administrator/"

WHO = "Đang có 15 khách và không thành viên đang online"
STATS = [("Today", "vtoday", "1061"), ("Yesterday", "vyesterday", "1587"), ("This Week", "vweek", "3329"),
         ("Last Week", "vlweek", "10452"), ("This Month", "vmonth", "21960"), ("Last Month", "vlmonth", "40318"),
         ("All days", "vall", "2417905")]
FOOT_COUNTER = "Số lượt truy cập: 2417905"
IN_BODY = ["Đang online: 28", "Hôm nay: 1061", "Trong tuần: 33 258"]


def menu():
    return [
        ("Trang chủ", "/vi/", []),
        ("Giới thiệu", None, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []),
                             ("Cơ cấu tổ chức", ORG + "#co-cau", []), ("Các xã, thị trấn", ORG + "#xa-thi-tran", [])]),
        ("Tin tức - Sự kiện", CAT["tin-tuc"][1], [("Tin tức", CAT["tin-tuc"][1], []), ("Thông báo", CAT["thong-bao"][1], []),
                                                 ("Cải cách hành chính", CAT["cchc"][1], [])]),
        ("Chính quyền", None, [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã, thị trấn", None, [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.caobang.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def left_column(arts):
    rows = "".join(
        f'<tr style="text-align:left;"><td><img src="/modules/mod_vvisit_counter/images/stats/default/{icon}.png" alt="{label}" title="{label}" /></td>'
        f'<td style="text-align:left;">{label}</td><td style="text-align:right;">{value}</td></tr>' for label, icon, value in STATS)
    digits = "".join(f'<img src="/modules/mod_vvisit_counter/images/digit_counter/default/{d}.png" alt="{d}" title="{d}" />' for d in "2417905")
    latest = "".join(f'<li><a href="/index.php?option=com_content&amp;view=article&amp;id={a.num_id}&amp;catid={CAT[a.category][2]}">{e(a.title)}</a></li>'
                     for a in P.newest_first(arts)[:4])
    links = [("Cổng TTĐT tỉnh Cao Bằng", "https://caobang.gov.vn/"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
             ("Huyện Chợ Đồn (Bắc Kạn)", "{{base:chodon}}/"), ("Huyện Thuận Châu (Sơn La)", "{{base:thuanchau}}/"),
             ("Báo Cao Bằng", "https://baocaobang.vn/")]
    opts = "".join(f'<option value="{q(u)}">{e(t)}</option>' for t, u in links)
    linklist = "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links[2:4])
    return f"""<aside id="left" class="span3">
<div class="moduletable whosonline"><h3>Ai đang online</h3>
<p>{WHO}</p>
</div>
<div class="moduletable thongke"><h3>Thống kê truy cập</h3>
<div id="vvisit_counter" class="vvisit_counter"><div style="text-align:center;">{digits}</div>
<div><table cellpadding="0" cellspacing="0" style="text-align:center;width:90%;" class="vcnt_table"><tbody>{rows}</tbody></table></div>
<hr style="width:90%" /><div style="text-align:center;">Your IP: 14.232.118.45</div><div style="text-align:center;">2022-05-27 09:41</div></div>
</div>
<div class="moduletable tinmoi"><h3>Tin mới</h3><ul class="latestnews">{latest}</ul></div>
<div class="moduletable lienket"><h3>Liên kết website</h3>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>{opts}</select>
<ul class="weblinks">{linklist}</ul></div>
</aside>"""


def right_column():
    docs = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in [
        ("Kế hoạch số 05/KH-UBND về cải cách hành chính năm 2022", PDF),
        ("Báo cáo kết quả CCHC quý III năm 2022", PDF2)])
    return f"""<aside id="right" class="span3">
<div class="moduletable banner-dvc"><a href="https://dichvucong.gov.vn/" target="_blank"><img src="/images/banners/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia"></a>
<a href="https://dichvucong.caobang.gov.vn/" target="_blank"><img src="/images/banners/dvc-caobang.png" alt="Dịch vụ công tỉnh Cao Bằng"></a></div>
<div class="moduletable search"><h3>Tìm kiếm</h3><form action="/vi/tim-kiem" method="get" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm ..."><input type="hidden" name="searchphrase" value="all"></form>
<p class="tags">Từ khóa: <a href="{e(SEARCH)}">CCHC</a></p></div>
<div class="moduletable vanban"><h3>Văn bản mới</h3><ul>{docs}</ul><p><a href="{DOCS}">Xem tất cả</a></p></div>
<div class="moduletable tthc"><h3>Thủ tục hành chính</h3><ul><li><a href="{TTHC}">Danh mục thủ tục hành chính cấp huyện</a></li>
<li><a href="https://dichvucong.caobang.gov.vn/tra-cuu-ho-so" target="_blank">Tra cứu hồ sơ</a></li></ul></div>
<div class="moduletable video"><h3>Video</h3><div class="video-wrap"><iframe width="100%" height="180" src="https://www.youtube.com/embed/xJq2k3bL0aA" allowfullscreen></iframe></div></div>
</aside>"""


def layout(title, url, component, arts, crumbs, body_class="view-article", desc=None):
    crumb_html = " <span class=\"divider\">»</span> ".join(
        [f'<a href="/vi/" class="pathway">Trang chủ</a>'] + [f'<a href="{q(u)}" class="pathway">{e(t)}</a>' if u else f"<span>{e(t)}</span>" for t, u in crumbs])
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{{{{base}}}}{q(url.split("?")[0])}" />
<meta name="keywords" content="Bảo Lâm, Cao Bằng, cổng thông tin, UBND huyện Bảo Lâm" />
<meta name="description" content="{q(desc or 'Cổng thông tin điện tử huyện Bảo Lâm, tỉnh Cao Bằng')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(title)}</title>
<link href="/templates/maichau/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?3c9c6d0e" rel="stylesheet" />
<link href="/templates/maichau/css/template.css?3c9c6d0e" rel="stylesheet" />
<link href="/modules/mod_vvisit_counter/mvc.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?3c9c6d0e"></script>
<script src="/media/jui/js/jquery-noconflict.js?3c9c6d0e"></script>
<script src="/media/jui/js/bootstrap.min.js?3c9c6d0e"></script>
<script src="/media/system/js/caption.js?3c9c6d0e"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content {body_class} no-layout no-task itemid-435">
<div id="wrapper" class="container">
<header id="header">
<div class="top-bar"><span id="clock"></span> <a href="{LOGIN}" class="login-link">Đăng nhập</a></div>
<div class="banner"><a href="/vi/"><img src="/images/banner/banner-baolam.jpg" alt="Cổng thông tin điện tử huyện Bảo Lâm - tỉnh Cao Bằng" /></a></div>
</header>
<nav id="mainmenu" class="navigation">
{nav_tree(menu(), "nav menu nav-pills mod-list", "item")}
</nav>
<div class="moduletable breadcrumbs"><ul class="breadcrumb"><li>Bạn đang ở: </li><li>{crumb_html}</li></ul></div>
<div id="main" class="row-fluid">
{left_column(arts)}
<main id="content" role="main" class="span6">
<div id="system-message-container"></div>
{component}
</main>
{right_column()}
</div>
<footer id="footer" class="footer">
<div class="footer-menu"><a href="/vi/">Trang chủ</a> | <a href="{ORG}">Giới thiệu</a> | <a href="{CONTACT}">Liên hệ</a> | <a href="{ADMIN}" rel="nofollow">Quản trị</a></div>
<div class="footer-info">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM - TỈNH CAO BẰNG</strong></p>
<p>Cơ quan chủ quản: {AGENCY}</p>
<p>Địa chỉ: {ADDRESS}. Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện Bảo Lâm</p>
<p>Giấy phép số 07/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Cao Bằng cấp ngày 12/03/2019.</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Bảo Lâm" khi phát hành lại thông tin từ website này.</p>
<p class="footer-counter">{FOOT_COUNTER}</p>
</div>
</footer>
</div>
<script src="/templates/maichau/js/clock.js"></script>
</body>
</html>
"""


def img_html(name, caption):
    src = f"{IMG_DIR}/{name}.jpg"
    html = (f'<p style="text-align: center;"><a href="{src}" class="jcepopup" data-mediabox="1">'
            f'<img src="{src}" alt="{q(caption or "")}" width="500" height="333" /></a></p>')
    if caption:
        html += f'\n<p style="text-align: center;"><em>{e(caption)}</em></p>'
    return html


def body_html(a):
    def para(b_text):
        return e(b_text)
    out = []
    for b in a.blocks:
        if b[0] == "p" and len(b) > 2 and b[2].get("indent"):
            out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; {e(b[1])}</p>')
        else:
            sub = type(a)(**{**a.__dict__, "blocks": [b]})
            out.append(P.render_blocks(sub, img=img_html, p='<p style="text-align: justify;">{}</p>'))
    return "\n".join(out)


def mailto(path):
    return "/component/mailto/?tmpl=component&template=maichau&link=" + hashlib.sha1(path.encode()).hexdigest()


def article_component(a, prev, nxt):
    cat_name, cat_url, _ = CAT[a.category]
    counter = "".join(f"<li>{c}</li>" for c in IN_BODY)
    nav = '<ul class="pager pagenav">'
    if prev:
        nav += f'<li class="previous"><a class="hasTooltip" title="{q(prev.title)}" aria-label="Bài trước: {q(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
    if nxt:
        nav += f'<li class="next"><a class="hasTooltip" title="{q(nxt.title)}" aria-label="Bài tiếp theo: {q(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
    nav += "</ul>"
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{e(a.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu">
<li class="print-icon"><a href="#" onclick="window.print();return false;" title="In bài viết"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="{q(mailto(a.path))}" title="Gửi liên kết tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> E-mail</a></li>
</ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Chuyên mục: <a href="{cat_url}" itemprop="genre">{cat_name}</a></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />Lượt xem: {a.views}</dd>
</dl>
<div itemprop="articleBody">
{body_html(a)}
<div class="moduletable tk-mini"><h3>Thống kê truy cập</h3><ul class="tk-list">{counter}</ul><p><a href="{LOGIN}">Đăng nhập</a></p></div>
</div>
{nav}
</div>"""


def listing_component(title, url, items, page, pages, base, per):
    parts = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2><span class="subheading-category">{e(title)}</span></h2></div>']
    for i, a in enumerate(items):
        wrap = "items-leading" if i == 0 else "items-row cols-1"
        parts.append(f"""<div class="{wrap} clearfix"><div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{e(a.title)}</a></h2></div>
<p>{e(P.excerpt(a))}</p>
<p class="readmore"><a class="btn" href="{a.path}" itemprop="url" aria-label="Xem thêm: {q(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm...</a></p>
</div></div>""")
    if pages > 1:
        def href(n):
            return base if n == 1 else f"{base}?start={(n - 1) * per}"
        lis = ['<li class="pagination-start">' + (f'<a title="Bắt đầu" href="{href(1)}" class="hasTooltip pagenav">Bắt đầu</a>' if page > 1 else '<span class="pagenav">Bắt đầu</span>') + "</li>"]
        lis.append('<li class="pagination-prev">' + (f'<a title="Trước" href="{href(page - 1)}" class="hasTooltip pagenav">Trước</a>' if page > 1 else '<span class="pagenav">Trước</span>') + "</li>")
        for n in range(1, pages + 1):
            lis.append(f'<li><span class="pagenav">{n}</span></li>' if n == page else f'<li><a href="{href(n)}" class="pagenav">{n}</a></li>')
        lis.append('<li class="pagination-next">' + (f'<a title="Tiếp" href="{href(page + 1)}" class="hasTooltip pagenav">Tiếp</a>' if page < pages else '<span class="pagenav">Tiếp</span>') + "</li>")
        lis.append('<li class="pagination-end">' + (f'<a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav">Cuối</a>' if page < pages else '<span class="pagenav">Cuối</span>') + "</li>")
        parts.append(f'<div class="pagination"><p class="counter pull-right">Trang {page} / {pages}</p><ul>{"".join(lis)}</ul></div>')
    parts.append("</div>")
    return "\n".join(parts)


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, "Cổng thông tin điện tử huyện Bảo Lâm", "Bảo Lâm", "Cao Bằng", "joomla",
                {"Server": "Apache", "X-Powered-By": "PHP/7.2.34", "X-Content-Type-Options": "nosniff"})
    site.article_features = ["counter_in_body", "login_link_in_body", "left_column_before_content", "base_href"]
    arts = content.baolam()
    for n, a in enumerate(arts):
        a.num_id = {"seed000": 312}.get(a.key, 300 + n * 7)
        a.path = "/vi/" + joomla_slug(a.title)
        a.published_shown = False
    ordered = P.newest_first(arts)
    std_ex = ["Ai đang online", WHO, "Your IP", "Chuyên mục:", "Thống kê truy cập", "Đăng nhập",
              "Liên kết website", FOOT_COUNTER] + IN_BODY
    for i, a in enumerate(ordered):
        prev = ordered[i - 1] if i > 0 else None
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        cat_name, cat_url, _ = CAT[a.category]
        html = layout(f"{a.title}", a.path, article_component(a, prev, nxt), arts, [(cat_name, cat_url), (a.title, None)],
                      desc=P.excerpt(a, 150))
        alias = f"/index.php?option=com_content&view=article&id={a.num_id}&catid={CAT[a.category][2]}"
        site.article(a, html, excludes=std_ex + [f"Lượt xem: {a.views}"], aliases=[alias] if a in ordered[:4] else [])
        site.page(mailto(a.path), layout("Gửi liên kết", mailto(a.path), P.login_form("/component/mailto/", "Email người nhận"),
                                          arts, [("Gửi liên kết", None)], "view-mailto"), kind="forbidden")
        site.counters.append(f"Lượt xem: {a.views}")
    # listings
    per = 2
    news = [a for a in ordered if a.category == "tin-tuc"] + [a for a in ordered if a.category != "tin-tuc"]
    news = P.newest_first(news)
    pages = P.chunks(news, per)
    for n, items in enumerate(pages, 1):
        url = CAT["tin-tuc"][1] if n == 1 else f"{CAT['tin-tuc'][1]}?start={(n - 1) * per}"
        site.page(url, layout("Tin tức", url, listing_component("Tin tức", url, items, n, len(pages), CAT["tin-tuc"][1], per), arts,
                              [("Tin tức", None)], "view-category"))
    for key, sel in (("thong-bao", lambda a: a.category == "thong-bao"), ("cchc", P.is_cchc_topic)):
        name, url, _ = CAT[key]
        items = [a for a in ordered if sel(a)]
        site.page(url, layout(name, url, listing_component(name, url, items, 1, 1, url, per), arts, [(name, None)], "view-category"))
    # home
    featured = listing_component("Tin nổi bật", "/vi/", ordered[:4], 1, 1, "/vi/", 4).replace('class="blog"', 'class="blog-featured"')
    site.redirect("/", "/vi/", 303)
    site.page("/vi/", layout("Trang chủ - Cổng thông tin điện tử huyện Bảo Lâm", "/vi/", featured, arts, [], "view-featured"))
    # other pages
    def simple(url, title, inner, crumb=None, kind="non_article"):
        comp = f'<div class="item-page"><div class="page-header"><h2>{e(title)}</h2></div>{inner}</div>'
        site.page(url, layout(title, url, comp, arts, [(crumb or title, None)], "view-page"), kind=kind)
    intro = ('<h3 id="tong-quan">Tổng quan</h3><p>Huyện Bảo Lâm nằm ở phía Tây tỉnh Cao Bằng, có 13 đơn vị hành chính cấp xã gồm 12 xã và thị trấn Pác Miầu. '
             'Trung tâm huyện cách thành phố Cao Bằng khoảng 130 km theo Quốc lộ 34.</p>')
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0206", [("Nông Văn Khải", "Chủ tịch UBND huyện"), ("Ma Thị Nguyệt", "Phó Chủ tịch UBND huyện"), ("Hoàng Đức Minh", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF))
    simple(DOCS, "Văn bản", P.documents_table([PDF, PDF2], 2022, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, "/vi/lien-he", "Captcha"))
    simple(LOGIN, "Đăng nhập", P.login_form("/vi/dang-nhap?task=user.login"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    results = "".join(f'<dt class="result-title">{i}. <a href="{a.path}">{e(a.title)}</a></dt><dd class="result-category"><span class="small">({CAT[a.category][0]})</span></dd>'
                      f'<dd class="result-text">{e(P.excerpt(a, 160))}</dd><dd class="result-created">Ngày tạo: {a.date:%d} Tháng {a.date.month} {a.date:%Y}</dd>'
                      for i, a in enumerate(cchc, 1))
    simple(SEARCH, "Tìm kiếm", f'<p class="searchintro">Tìm kiếm từ khóa: <strong>CCHC</strong>. Tổng cộng {len(cchc)} kết quả.</p><dl class="search-results">{results}</dl>')
    simple(ADMIN, "Quản trị", P.login_form("/administrator/index.php"), kind="forbidden")
    # assets
    site.asset(PDF, "files/ke-hoach-cchc-2022.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/bao-cao-cchc-quy-3-2022.pdf", pdf2_bytes, "application/pdf")
    for a in arts:
        for b in a.blocks:
            if b[0] == "img":
                site.asset(f"{IMG_DIR}/{b[1]}.jpg", "files/photo.jpg", img_bytes, "image/jpeg")
    site.robots = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /component/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""
    site.not_found = layout("404 - Không tìm thấy trang", "/404", f'<div class="error"><h2>404 - Không tìm thấy trang</h2><p>{not_found_text}</p><p><a href="/vi/">Về trang chủ</a></p></div>', arts, [("Lỗi", None)], "view-error")
    site.counters += IN_BODY + [WHO, FOOT_COUNTER, "2417905", "Your IP: 14.232.118.45"] + [f"{l} {v}" for l, _, v in STATS]
    return site

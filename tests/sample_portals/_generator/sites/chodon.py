"""Chợ Đồn, Bắc Kạn — WordPress with a tagDiv Newspaper-style theme."""
import content
import pages as P
from common import ascii_slug, e, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree

ID = "chodon"
AGENCY = "Ủy ban nhân dân huyện Chợ Đồn"
ADDRESS = "Tổ 7, thị trấn Bằng Lũng, huyện Chợ Đồn, tỉnh Bắc Kạn"
PHONE = "0209.3882.158"
EMAIL = "ubndchodon@backan.gov.vn"
CATS = {"tin-tuc": ("Tin tức", "/category/tin-tuc/"), "cchc": ("Cải cách hành chính", "/category/cai-cach-hanh-chinh/"),
        "phat-thanh": ("Phát thanh", "/category/phat-thanh/")}
TAGS = {"cchc": ("cải cách hành chính", "/tag/cai-cach-hanh-chinh/"), "yte": ("y tế", "/tag/y-te/"),
        "pt": ("phát thanh", "/tag/phat-thanh/")}
AUTHOR = ("TTVH Chợ Đồn", "/author/ttvh-chodon/")
ORG = "/gioi-thieu/"
TTHC = "/thu-tuc-hanh-chinh/"
DOCS = "/van-ban/"
CONTACT = "/lien-he/"
SEARCH = "/?s=cai+cach+hanh+chinh"
LOGIN = "/wp-login.php"
ADMIN = "/wp-admin/"
FEED = "/feed/"
PDF = "/wp-content/uploads/2022/04/KH-CCHC-2022.pdf"
PDF2 = "/wp-content/uploads/2022/04/BC-TTHC-quy-I-2022.pdf"
AUDIO = "/wp-content/uploads/2022/02/PT-9-2-2022.mp3"
STATS = [("Đang trực tuyến", "19"), ("Hôm nay", "845"), ("Hôm qua", "1.312"), ("Tổng lượt truy cập", "1.204.377")]
FOOT = "Tổng số lượt truy cập: 1204377"


def texturize(s: str) -> str:
    for ch, ent in (("–", "&#8211;"), ("“", "&#8220;"), ("”", "&#8221;"), ("…", "&#8230;")):
        s = s.replace(ch, ent)
    return s


def text(s):
    return texturize(e(s))


def tags_of(a):
    if a.key == "phat-thanh-9-2":
        return ["pt"]
    if a.key == "vac-xin":
        return ["yte"]
    return ["cchc"]


def menu():
    return [
        ("Trang chủ", "/", []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức", CATS["tin-tuc"][1], [(n, u, []) for n, u in CATS.values()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã, thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.backan.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def sidebar(arts):
    recent = "".join(f'<li><a href="{a.path}">{e(a.title)}</a> <span class="post-date">{a.date:%d/%m/%Y}</span></li>' for a in P.newest_first(arts)[:5])
    stats = "".join(f'<li><i class="wps-icon"></i><span class="wps-label">{l}:</span> <span class="wps-value">{v}</span></li>' for l, v in STATS)
    links = [("Cổng TTĐT tỉnh Bắc Kạn", "https://backan.gov.vn/"), ("Huyện Bảo Lâm (Cao Bằng)", "{{base:baolam}}/"),
             ("Huyện Lục Yên (Yên Bái)", "{{base:lucyen}}/"), ("Báo Bắc Kạn", "https://baobackan.vn/")]
    lk = "".join(f'<li><a href="{q(u)}" target="_blank" rel="noopener">{e(t)}</a></li>' for t, u in links)
    tagcloud = "".join(f'<a href="{u}" class="tag-cloud-link" style="font-size: 14pt;">{e(t)}</a> ' for t, u in TAGS.values())
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="widget widget_search"><form method="get" class="td-search-form-widget" action="/"><input class="td-widget-search-input" type="text" value="" name="s" /><input class="wpb_button" type="submit" value="Tìm kiếm" /></form>
<p class="popular-searches">Tìm nhiều: <a href="{e(SEARCH)}">cải cách hành chính</a></p></aside>
<aside class="widget widget_recent_entries"><div class="block-title"><span>Tin mới nhất</span></div><ul>{recent}</ul></aside>
<aside class="widget widget_wp_statistics_widget"><div class="block-title"><span>Thống kê truy cập</span></div><ul class="wps-stats">{stats}</ul></aside>
<aside class="widget widget_tag_cloud"><div class="block-title"><span>Thẻ</span></div><div class="tagcloud">{tagcloud}</div></aside>
<aside class="widget widget_links"><div class="block-title"><span>Liên kết website</span></div><ul class="xoxo blogroll">{lk}</ul></aside>
<aside class="widget widget_meta"><div class="block-title"><span>Meta</span></div><ul><li><a href="{ADMIN}">Quản trị trang</a></li><li><a href="{LOGIN}">Đăng nhập</a></li>
<li><a href="{FEED}">RSS bài viết</a></li></ul></aside>
</div></div>"""


def layout(title, url, main, arts, body_class, og_type="website", extra_head=""):
    return f"""<!doctype html >
<html lang="vi">
<head>
<title>{e(title)} | Cổng thông tin điện tử huyện Chợ Đồn</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{{{{base}}}}/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{{{{base}}}}{q(url)}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{q(title)}" />
<meta property="og:url" content="{{{{base}}}}{q(url)}" />
<meta property="og:site_name" content="Cổng thông tin điện tử huyện Chợ Đồn" />
{extra_head}
<link rel="alternate" type="application/rss+xml" title="Cổng thông tin điện tử huyện Chợ Đồn &raquo; Dòng thông tin" href="{{{{base}}}}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.8.3' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=10.3.9.1' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{{{{base}}}}/wp-json/" />
<meta name="generator" content="WordPress 5.8.3" />
</head>
<body class="{body_class} global-block-template-1 td-standard-pack" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-theme-wrap" id="td-outer-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Thứ Năm, 10/02/2022</div></div>
<ul class="top-header-menu"><li><a href="{CONTACT}">Liên hệ</a></li><li><a href="{FEED}">RSS</a></li></ul></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/">
<img class="td-retina-data" src="/wp-content/uploads/2021/06/logo-chodon.png" alt="Cổng thông tin điện tử huyện Chợ Đồn" title="Cổng thông tin điện tử huyện Chợ Đồn" width="1068" height="150" /></a></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu" role="navigation">
<div class="menu-main-menu-container">{nav_tree(menu(), "sf-menu", "menu-item", "sub-menu")}</div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
{main}
</div></div>
{sidebar(arts)}
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<aside class="footer-text-wrap"><div class="block-title"><span>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ ĐỒN</span></div>
<p>Cơ quan chủ quản: {AGENCY}</p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện Chợ Đồn</p>
<p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bắc Kạn cấp ngày 15/01/2021</p>
<p>Ghi rõ nguồn &#8220;Cổng thông tin điện tử huyện Chợ Đồn&#8221; khi phát hành lại thông tin từ website này.</p>
<p class="footer-counter">{FOOT}</p></aside></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-sub-footer-copy">&copy; 2022 UBND huyện Chợ Đồn</div></div></div>
</div>
<script type='text/javascript' src='/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=10.3.9.1' id='td-site-min-js'></script>
</body>
</html>
"""


def body_html(a):
    def img(name, caption):
        src = f"/wp-content/uploads/{a.date:%Y/%m}/{name}.jpg"
        att = 2300 + len(name) * 7
        if not caption:
            return f'<p><a href="{src}"><img loading="lazy" class="aligncenter size-full wp-image-{att}" src="{src}" alt="" width="600" height="400" /></a></p>'
        return (f'<div id="attachment_{att}" style="width: 610px" class="wp-caption aligncenter"><a href="{src}">'
                f'<img aria-describedby="caption-attachment-{att}" loading="lazy" class="size-full wp-image-{att}" src="{src}" alt="" width="600" height="400" /></a>'
                f'<p id="caption-attachment-{att}" class="wp-caption-text">{text(caption)}</p></div>')

    def audio(src):
        return (f'<!--[if lt IE 9]><script>document.createElement(\'audio\');</script><![endif]-->\n'
                f'<audio class="wp-audio-shortcode" id="audio-{a.num_id}-1" preload="none" style="width: 100%;" controls="controls">'
                f'<source type="audio/mpeg" src="{src}?_=1" /><a href="{src}">{{{{base}}}}{src}</a></audio>')
    return P.render_blocks(a, img=img, text=text, audio=audio, author='<p style="text-align: right;"><strong>{}</strong></p>')


def article_main(a, ordered):
    i = ordered.index(a)
    older = ordered[i + 1] if i + 1 < len(ordered) else None
    newer = ordered[i - 1] if i > 0 else None
    cat_name, cat_url = CATS["phat-thanh" if a.key == "phat-thanh-9-2" else "tin-tuc"]
    nav = '<div class="td-block-row td-post-next-prev">'
    if older:
        nav += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{older.path}">{e(older.title)}</a></div></div>'
    nav += '<div class="td-next-prev-separator"></div>'
    if newer:
        nav += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{newer.path}">{e(newer.title)}</a></div></div>'
    nav += "</div>"
    tags = "".join(f'<li><a href="{TAGS[t][1]}">{e(TAGS[t][0])}</a></li>' for t in tags_of(a))
    share = "".join(f'<a class="td-social-sharing-button td-social-{k}" href="{h}" title="{t}"><div class="td-social-but-text">{t}</div></a>' for k, h, t in (
        ("facebook", f"https://www.facebook.com/sharer.php?u={{{{base}}}}{a.path}", "Facebook"),
        ("twitter", f"https://twitter.com/intent/tweet?text={q(a.title)}&amp;url={{{{base}}}}{a.path}", "Twitter"),
        ("mail", f"mailto:?subject={q(a.title)}&amp;body={{{{base}}}}{a.path}", "Email"),
        ("print", "#", "Print")))
    related = "".join(f'<div class="td_module_related_posts"><div class="td-module-thumb"><a href="{x.path}" title="{q(x.title)}"></a></div>'
                      f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{x.path}">{e(x.title)}</a></h3></div></div>'
                      for x in ordered if x is not a)
    iso = a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return f"""<article id="post-{a.num_id}" class="post-{a.num_id} post type-post status-publish format-standard has-post-thumbnail category-tin-tuc" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{cat_url}">{e(cat_name)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{AUTHOR[1]}">{AUTHOR[0]}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso}">{a.date:%d/%m/%Y}</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible">{share}</div></div>
<div class="td-post-content tagdiv-type">
{body_html(a)}
<div class="post-views content-post post-{a.num_id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">Lượt xem: </span><span class="post-views-count">{a.views}</span></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
<div class="td-post-sharing-bottom">{share}</div>
{nav}
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="{AUTHOR[1]}">{AUTHOR[0]}</a></span></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{AUTHOR[0]}"></span>
<meta itemprop="datePublished" content="{iso}"><meta itemprop="dateModified" content="{iso}">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{{{{base}}}}{a.path}"/>
<span class="td-page-meta" itemprop="headline">{e(a.title)}</span></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a><a class="td-related-right" href="#">XEM THÊM</a></h4>
<div class="td_block_inner">{related}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Để lại một bình luận</span></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">
<textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi Bình luận" /></p></form></div></div>"""


def listing_main(title, items, page, pages, base):
    rows = []
    for a in items:
        thumb = next((b[1] for b in a.blocks if b[0] == "img"), None)
        img = f'<img width="218" height="150" class="entry-thumb" src="/wp-content/uploads/{a.date:%Y/%m}/{thumb}-218x150.jpg" alt="" />' if thumb else ""
        rows.append(f"""<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{a.path}" rel="bookmark" class="td-image-wrap" title="{q(a.title)}">{img}</a></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{a.path}" rel="bookmark" title="{q(a.title)}">{e(a.title)}</a></h3>
<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{AUTHOR[1]}">{AUTHOR[0]}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{a.date:%d/%m/%Y}</time></span></div>
<div class="td-excerpt">{text(P.excerpt(a))}</div></div></div>""")
    nav = ""
    if pages > 1:
        href = lambda n: base if n == 1 else f"{base}page/{n}/"
        parts = [f'<a href="{href(page - 1)}"><i class="td-icon-menu-left"></i></a>'] if page > 1 else []
        for n in range(1, pages + 1):
            parts.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{href(n)}" class="page" title="{n}">{n}</a>')
        if page < pages:
            parts.append(f'<a href="{href(page + 1)}"><i class="td-icon-menu-right"></i></a>')
        parts.append(f'<span class="pages">Trang {page} của {pages}</span>')
        nav = f'<div class="page-nav td-pb-padding-side">{"".join(parts)}</div>'
    return f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{e(title)}</span></h1></div>{"".join(rows)}{nav}'


def feed(ordered):
    items = "".join(f"""<item><title>{e(a.title)}</title><link>{{{{base}}}}{a.path}</link>
<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator><![CDATA[{AUTHOR[0]}]]></dc:creator>
<guid isPermaLink="false">{{{{base}}}}/?p={a.num_id}</guid><description><![CDATA[{P.excerpt(a)}]]></description></item>
""" for a in ordered)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Cổng thông tin điện tử huyện Chợ Đồn</title><atom:link href="{{{{base}}}}/feed/" rel="self" type="application/rss+xml" />
<link>{{{{base}}}}</link><description>Cổng thông tin điện tử huyện Chợ Đồn, tỉnh Bắc Kạn</description><language>vi</language>
<generator>https://wordpress.org/?v=5.8.3</generator>
{items}</channel></rss>
"""


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, "Cổng thông tin điện tử huyện Chợ Đồn", "Chợ Đồn", "Bắc Kạn", "wordpress",
                {"Server": "nginx", "X-Powered-By": "PHP/7.4.27", "Link": '<{{base}}/wp-json/>; rel="https://api.w.org/"'})
    site.article_features = ["counter_in_body", "prev_next_post", "html_entities_numeric", "related_lists"]
    arts = content.chodon()
    for n, a in enumerate(arts):
        a.num_id = 2340 + n * 3
        a.path = f"/{a.date:%Y/%m/%d}/{ascii_slug(a.title)}/"
    ordered = P.newest_first(arts)
    std_ex = ["Bài trước", "Bài tiếp theo", "Lượt xem:", "BÀI VIẾT LIÊN QUAN", "XEM THÊM", "Để lại một bình luận", "TAGS",
              "Thống kê truy cập", "Đang trực tuyến", "Tin mới nhất", FOOT]
    for a in ordered:
        iso = a.date.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        head = (f'<meta property="article:published_time" content="{iso}" />\n<meta property="article:modified_time" content="{iso}" />\n'
                f'<meta name="author" content="{AUTHOR[0]}" />\n<link rel="shortlink" href="{{{{base}}}}/?p={a.num_id}" />')
        html = layout(a.title, a.path, article_main(a, ordered), arts, f"post-template-default single single-post postid-{a.num_id} single-format-standard",
                      "article", head)
        site.article(a, html, excludes=std_ex)
        site.counters.append(f"Lượt xem: {a.views}")
        for b in a.blocks:
            if b[0] == "img":
                src = f"/wp-content/uploads/{a.date:%Y/%m}/{b[1]}.jpg"
                site.asset(src, "files/photo.jpg", img_bytes, "image/jpeg")
                site.asset(src.replace(".jpg", "-218x150.jpg"), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    pages = P.chunks(ordered, 2)
    base = CATS["tin-tuc"][1]
    for n, items in enumerate(pages, 1):
        url = base if n == 1 else f"{base}page/{n}/"
        site.page(url, layout("Tin tức", url, listing_main("Tin tức", items, n, len(pages), base), arts, "archive category category-tin-tuc"))
    for key, sel in (("cchc", P.is_cchc_topic), ("phat-thanh", lambda a: a.key == "phat-thanh-9-2")):
        name, url = CATS[key]
        site.page(url, layout(name, url, listing_main(name, [a for a in ordered if sel(a)], 1, 1, url), arts, "archive category"))
    for key, (name, url) in TAGS.items():
        site.page(url, layout(name, url, listing_main(f"Tag: {name}", [a for a in ordered if key in tags_of(a)], 1, 1, url), arts, "archive tag"))
    site.page(AUTHOR[1], layout(AUTHOR[0], AUTHOR[1], listing_main(f"Tác giả: {AUTHOR[0]}", ordered, 1, 1, AUTHOR[1]), arts, "archive author"))
    site.page("/", layout("Trang chủ", "/", listing_main("Tin mới", ordered, 1, 1, "/"), arts, "home page-template-default page"))

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(title, url, f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{e(title)}</span></h1></div><div class="td-page-content tagdiv-type">{inner}</div>',
                              arts, "page-template-default page"), kind=kind)
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Chợ Đồn nằm ở phía Tây tỉnh Bắc Kạn, là địa bàn của An toàn khu (ATK) Chợ Đồn thời kỳ kháng chiến chống thực dân Pháp.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0209", [("Hoàng Văn Sơn", "Chủ tịch UBND huyện"), ("Lý Thị Hoa", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF))
    simple(DOCS, "Văn bản", P.documents_table([PDF, PDF2], 2022, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, "/lien-he/#wpcf7-f120-p118-o1", "Mã xác nhận"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    site.page(SEARCH, layout("Kết quả tìm kiếm cho “cai cach hanh chinh”", SEARCH, listing_main("Kết quả tìm kiếm: cai cach hanh chinh", cchc, 1, 1, "/"), arts, "search search-results"))
    site.page(LOGIN, f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Đăng nhập &lsaquo; Cổng thông tin điện tử huyện Chợ Đồn &#8212; WordPress</title>
<meta name='robots' content='max-image-preview:large, noindex, noarchive' /><link rel='stylesheet' href='/wp-admin/css/login.min.css?ver=5.8.3' type='text/css' media='all' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{{{{base}}}}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="backtoblog"><a href="{{{{base}}}}/">&larr; Quay lại Cổng thông tin điện tử huyện Chợ Đồn</a></p></div></body></html>
""")
    site.page(ADMIN, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quản trị</title></head><body><p>Bạn cần đăng nhập.</p></body></html>\n", kind="forbidden")
    site.asset(FEED, "files/feed.xml", feed(ordered), "application/rss+xml; charset=UTF-8")
    site.asset(PDF, "files/KH-CCHC-2022.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/BC-TTHC-quy-I-2022.pdf", pdf2_bytes, "application/pdf")
    site.asset(AUDIO, "files/PT-9-2-2022.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + (b"\xff\xfb\x90\x64" + b"\x00" * 413) * 4, "audio/mpeg")
    sitemap = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>" for a in ordered)
    site.asset("/wp-sitemap.xml", "files/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + sitemap + "</urlset>\n",
               "application/xml; charset=UTF-8", listed=False)
    site.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {{base}}/wp-sitemap.xml\n"
    site.not_found = layout("Không tìm thấy trang", "/404", f'<div class="td-404-title">Không tìm thấy trang</div><div class="td-404-sub-title">{not_found_text}</div><a class="td-404-go-back" href="/">Về trang chủ</a>', arts, "error404")
    site.counters += [f"{l}: {v}" for l, v in STATS] + [FOOT]
    return site

"""Thuận Châu, Sơn La — bespoke slug-plus-id CMS (/<cat>/<slug>-<id>), CKEditor bodies with named entities."""
import datetime as dt

import content
import pages as P
from common import Article, ascii_slug, e, entities, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree

ID = "thuanchau"
AGENCY = "Ủy ban nhân dân huyện Thuận Châu"
ADDRESS = "Tiểu khu 11, thị trấn Thuận Châu, huyện Thuận Châu, tỉnh Sơn La"
PHONE = "0212.3847.218"
EMAIL = "ubndthuanchau@sonla.gov.vn"
SITE_NAME = "Cổng thông tin điện tử huyện Thuận Châu"
CATS = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "cai-cach-hanh-chinh": "Cải cách hành chính", "thong-bao": "Thông báo"}
ORG = "/gioi-thieu"
TTHC = "/thu-tuc-hanh-chinh"
DOCS = "/van-ban"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?keyword=CCHC"
LOGIN = "/dang-nhap"
GALLERY = "/uploads/thuanchau/images/2024/03/chi-so.jpg"
SIDE = ["Đang truy cập: 112", "Hôm nay: 2.146", "Tổng truy cập: 5.382.917"]
FOOT = "Lượt truy cập: 5382917"
IN_BODY = "Đang online: 112"
PRIVATE = Article("noi-bo", "Tài liệu phục vụ họp Ban Chỉ đạo cải cách hành chính huyện quý II năm 2024 (nội bộ)", dt.datetime(2024, 5, 28, 7, 30), [
    ("p", "Tài liệu chỉ phục vụ các thành viên Ban Chỉ đạo cải cách hành chính huyện, không cung cấp ra bên ngoài."),
    ("p", "Dự thảo báo cáo: quý II năm 2024, Bộ phận Một cửa huyện dự kiến tiếp nhận khoảng 2.700 hồ sơ; số liệu chính thức sẽ được tổng hợp sau ngày 15/6/2024."),
], views=3)


def text(s):
    return entities(e(s))


def cat_of(a):
    if a.category == "thong-bao":
        return "thong-bao"
    return "tin-tuc-su-kien"


def menu():
    return [
        ("Trang chủ", "/", []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức - Sự kiện", "/tin-tuc-su-kien", [(n, f"/{k}", []) for k, n in CATS.items()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã, thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.sonla.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def commune_links():
    return "".join(f'<li><a href="https://{ascii_slug(c).replace("thi-tran-", "tt").replace("xa-", "", 1).replace("-", "")}.thuanchau.sonla.gov.vn/" target="_blank">{e(c)}</a></li>'
                   for c in COMMUNES[ID])


def sidebar(ordered):
    hot = "".join(f'<li><a href="{a.path}">{e(a.title)}</a></li>' for a in ordered[:4])
    links = [("Cổng TTĐT tỉnh Sơn La", "https://sonla.gov.vn/"), ("Huyện Bảo Lâm (Cao Bằng)", "{{base:baolam}}/"),
             ("Huyện Lục Yên (Yên Bái)", "{{base:lucyen}}/")]
    lk = "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links)
    stats = "".join(f"<li>{s}</li>" for s in SIDE)
    return f"""<aside class="col-lg-4 sidebar">
<div class="box-widget"><h3 class="box-widget-title">Tin đọc nhiều</h3><ul class="list-news-hot">{hot}</ul></div>
<div class="box-widget"><h3 class="box-widget-title">Thư viện ảnh</h3><a href="{GALLERY}" class="gallery-item"><img src="{GALLERY}" alt="Hội nghị triển khai nhiệm vụ CCHC 2024" /></a></div>
<div class="box-widget"><h3 class="box-widget-title">Văn bản nội bộ</h3><ul><li><a href="{PRIVATE.path}">{e(PRIVATE.title)}</a></li></ul></div>
<div class="box-widget"><h3 class="box-widget-title">Liên kết website</h3><ul>{lk}</ul></div>
<div class="box-widget"><h3 class="box-widget-title">Thống kê truy cập</h3><ul class="statistic">{stats}</ul></div>
</aside>"""


def layout(title, url, main, ordered, crumbs, desc=None, extra_head=""):
    crumb = "".join([f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'] +
                    [f'<li class="breadcrumb-item"><a href="{q(u)}">{e(t)}</a></li>' for t, u in crumbs])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{q(desc or SITE_NAME + ', tỉnh Sơn La')}">
<meta property="og:title" content="{q(title)}">
<meta property="og:url" content="{{{{base}}}}{q(url)}">
{extra_head}
<link rel="stylesheet" href="/themes/portal/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/portal/assets/css/style.css?v=2.3.1">
<script src="/themes/portal/assets/js/jquery-3.6.0.min.js"></script>
</head>
<body class="portal-{ID}">
<div class="top-header"><div class="container"><span class="today">Thứ Sáu, 22/03/2024</span><a href="{LOGIN}" class="float-end">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/uploads/thuanchau/logo.png" alt="{SITE_NAME}"><span class="site-name">{SITE_NAME.upper()}</span></a>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm"><button type="submit">Tìm</button></form></div></header>
<nav class="main-nav"><div class="container">{nav_tree(menu(), "menu-main", "menu-item", "menu-sub")}</div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav>
<div class="row"><main class="col-lg-8 main-content">
{main}
</main>
{sidebar(ordered)}
</div></div>
<div class="commune-portals"><div class="container"><h3>Trang thông tin điện tử các xã, thị trấn</h3><ul class="commune-list">{commune_links()}</ul></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-9">
<p class="footer-title">{SITE_NAME.upper()}</p><p>Cơ quan chủ quản: {AGENCY}</p><p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} - Email: {EMAIL}</p><p>Giấy phép số 09/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Sơn La cấp ngày 22/04/2022</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ website này.</p></div>
<div class="col-md-3"><p class="visit-count">{FOOT}</p></div></div></div></footer>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"{AGENCY}","url":"{{{{base}}}}/","address":{{"@type":"PostalAddress","streetAddress":"{ADDRESS}","addressRegion":"Sơn La","addressCountry":"VN"}},"telephone":"{PHONE}","email":"{EMAIL}"}}</script>
<script src="/themes/portal/assets/js/main.js?v=2.3.1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TC8S2L4N0Q',{{'anonymize_ip':true}});
(function(){{var m=document.querySelectorAll('.menu-main > li');for(var i=0;i<m.length;i++){{m[i].addEventListener('mouseenter',function(){{this.classList.add('open');}});m[i].addEventListener('mouseleave',function(){{this.classList.remove('open');}});}}
var t=document.querySelector('.today');if(t){{var d=new Date(),w=['Chủ nhật','Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy'];t.textContent=w[d.getDay()]+', '+('0'+d.getDate()).slice(-2)+'/'+('0'+(d.getMonth()+1)).slice(-2)+'/'+d.getFullYear();}}}})();</script>
</body>
</html>
"""


def body_html(a):
    def img(name, caption):
        src = f"/uploads/thuanchau/images/{a.date:%Y/%m}/{name}.jpg"
        h = f'<p style="text-align:center"><img alt="" src="{src}" style="width:100%" /></p>'
        if caption:
            h += f'\n<p style="text-align:center"><em>{text(caption)}</em></p>'
        return h
    return P.render_blocks(a, img=img, text=text, p='<p style="text-align:justify">{}</p>', source='<p style="text-align:right"><em>{}</em></p>',
                           more='<p><a href="{}" target="_blank"><strong>&gt;&gt;&gt; Xem th&ocirc;ng tin chi tiết tại đ&acirc;y</strong></a></p>')


def article_main(a, ordered):
    others = "".join(f'<li><a href="{x.path}">{e(x.title)}</a> <span class="date">{x.date:%d/%m/%Y}</span></li>' for x in ordered if x is not a)
    cat = cat_of(a)
    return f"""<article class="detail-news">
<div class="detail-category"><a href="/{cat}">{CATS[cat]}</a></div>
<h1 class="detail-title">{e(a.title)}</h1>
<div class="detail-meta"><span class="view-count">Lượt xem: {a.views}</span></div>
<div class="detail-time"><span class="publish-date">{a.date:%d/%m/%Y - %H:%M}</span>
<div class="detail-toolbar"><a href="javascript:window.print()" title="In bài viết"><i class="fa fa-print"></i></a>
<a href="https://www.facebook.com/sharer/sharer.php?u={{{{base}}}}{a.path}" target="_blank" title="Chia sẻ Facebook"><i class="fa fa-facebook"></i></a>
<a href="https://zalo.me/share?u={{{{base}}}}{a.path}" target="_blank" title="Chia sẻ Zalo"><i class="fa fa-zalo"></i></a></div></div>
<div class="detail-content article-content">
{body_html(a)}
<div class="online-counter">{IN_BODY}</div>
</div>
</article>
<div class="other-news"><h3 class="other-news-title">Tin khác</h3><ul>{others}</ul></div>"""


def listing_main(title, items, page, pages, base, cat_prefix=None):
    rows = []
    for a in items:
        href = a.path if not cat_prefix else a.path.replace(f"/{cat_of(a)}/", f"/{cat_prefix}/", 1)
        thumb = next((b[1] for b in a.blocks if b[0] == "img"), None)
        img = f'<a href="{href}" class="thumb"><img src="/uploads/thuanchau/images/{a.date:%Y/%m}/{thumb}.jpg" alt=""></a>' if thumb else ""
        rows.append(f'<div class="news-item">{img}<h3 class="news-title"><a href="{href}">{e(a.title)}</a></h3>'
                    f'<div class="news-date">{a.date:%d/%m/%Y - %H:%M}</div><p class="news-sapo">{text(P.excerpt(a))}</p></div>')
    nav = ""
    if pages > 1:
        lis = [f'<li class="page-item active"><span class="page-link">{n}</span></li>' if n == page else
               f'<li class="page-item"><a class="page-link" href="{base if n == 1 else f"{base}?page={n}"}">{n}</a></li>' for n in range(1, pages + 1)]
        nav = f'<ul class="pagination">{"".join(lis)}</ul>'
    return f'<h2 class="category-title">{e(title)}</h2><div class="list-news">{"".join(rows)}</div>{nav}'


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, SITE_NAME, "Thuận Châu", "Sơn La", "bespoke-slug-id",
                {"Server": "nginx/1.18.0", "X-Frame-Options": "SAMEORIGIN", "Cache-Control": "no-cache, private"})
    site.article_features = ["named_entities", "counter_in_body", "source_line", "views_under_title"]
    arts = content.thuanchau()
    for n, a in enumerate(arts):
        a.num_id = 920700 + n * 13
        a.path = f"/{cat_of(a)}/{ascii_slug(a.title)}-{a.num_id}"
    PRIVATE.num_id = 920801
    PRIVATE.path = f"/noi-bo/{ascii_slug(PRIVATE.title)}-{PRIVATE.num_id}"
    ordered = P.newest_first(arts)
    std_ex = [IN_BODY, "Đang online", "Lượt xem:", "Tin khác", "Thống kê truy cập", "Đang truy cập", FOOT, "Chia sẻ"]
    for a in ordered:
        cat = cat_of(a)
        head = f'<meta property="og:type" content="article">\n<meta property="og:description" content="{q(P.excerpt(a, 160))}">'
        html = layout(f"{a.title} - {SITE_NAME}", a.path, article_main(a, ordered), ordered, [(CATS[cat], f"/{cat}")], P.excerpt(a, 160), head)
        aliases = [a.path.replace(f"/{cat}/", "/cai-cach-hanh-chinh/", 1)] if P.is_cchc_topic(a) and cat != "thong-bao" else []
        site.article(a, html, excludes=std_ex + [f"Lượt xem: {a.views}"], aliases=aliases)
        site.counters.append(f"Lượt xem: {a.views}")
        for b in a.blocks:
            if b[0] == "img":
                src = f"/uploads/thuanchau/images/{a.date:%Y/%m}/{b[1]}.jpg"
                site.asset(src, "files/photo.jpg", img_bytes, "image/jpeg", listed=src == GALLERY)
    site.page(PRIVATE.path, layout(f"{PRIVATE.title} - {SITE_NAME}", PRIVATE.path, article_main(PRIVATE, ordered), ordered, []), kind="forbidden")
    for cat, name in CATS.items():
        base = f"/{cat}"
        if cat == "cai-cach-hanh-chinh":
            items, prefix = [a for a in ordered if P.is_cchc_topic(a) and cat_of(a) != "thong-bao"], cat
        else:
            items, prefix = [a for a in ordered if cat_of(a) == cat or cat == "tin-tuc-su-kien"], None
        chunks = P.chunks(items, 2)
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}?page={n}"
            site.page(url, layout(f"{name} - {SITE_NAME}", url, listing_main(name, chunk, n, len(chunks), base, prefix), ordered, [(name, base)]))
    site.page("/", layout(SITE_NAME, "/", listing_main("Tin mới", ordered, 1, 1, "/"), ordered, []))

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(f"{title} - {SITE_NAME}", url, f'<h2 class="category-title">{e(title)}</h2><div class="page-content">{inner}</div>', ordered, [(title, url)]), kind=kind)
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Thuận Châu nằm ở phía Tây Bắc tỉnh Sơn La, dọc Quốc lộ 6, là nơi sinh sống của đồng bào các dân tộc Thái, Kinh, Mông, Khơ Mú, Kháng.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0212", [("Lò Văn Tính", "Chủ tịch UBND huyện"), ("Cầm Thị Phương", "Phó Chủ tịch UBND huyện")]))
    pdf_a, pdf_b = "/uploads/thuanchau/files/2024/03/bao-cao-125-bc-ubnd.pdf", "/uploads/thuanchau/files/2024/05/thong-bao-81.pdf"
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(pdf_a))
    simple(DOCS, "Văn bản", P.documents_table([pdf_a, pdf_b], 2024, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, CONTACT, "Mã xác nhận"))
    simple(LOGIN, "Đăng nhập", P.login_form(LOGIN))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    simple(SEARCH, "Kết quả tìm kiếm", f'<p>Tìm thấy {len(cchc)} kết quả với từ khóa "CCHC"</p>' + listing_main("", cchc, 1, 1, "/tim-kiem"))
    site.asset(pdf_a, "files/bao-cao-125.pdf", pdf_bytes, "application/pdf")
    site.asset(pdf_b, "files/thong-bao-81.pdf", pdf2_bytes, "application/pdf")
    site.robots = "User-agent: *\nDisallow: /noi-bo/\nDisallow: /admin\nDisallow: /api/\n"
    site.not_found = layout(f"404 - {SITE_NAME}", "/404", f'<div class="page-404"><h2>404</h2><p>Không tìm thấy trang</p><p>{not_found_text}</p></div>', ordered, [])
    site.counters += SIDE + [FOOT, IN_BODY]
    return site

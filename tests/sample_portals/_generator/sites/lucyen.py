"""Lục Yên, Yên Bái — NukeViet 4 (eGovernment theme): news_column microdata, ul.counter block."""
import content
import pages as P
from common import ascii_slug, e, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree

ID = "lucyen"
AGENCY = "Ủy ban nhân dân huyện Lục Yên"
ADDRESS = "Tổ dân phố số 6, thị trấn Yên Thế, huyện Lục Yên, tỉnh Yên Bái"
PHONE = "0216.3844.257"
EMAIL = "lucyen@yenbai.gov.vn"
SITE_NAME = "Cổng thông tin điện tử huyện Lục Yên"
CATS = {"cai-cach-hanh-chinh": "Cải cách hành chính", "thong-bao": "Thông báo", "tin-tong-hop": "Tin tổng hợp"}
ORG = "/gioi-thieu/"
TTHC = "/thu-tuc-hanh-chinh/"
DOCS = "/van-ban/"
CONTACT = "/contact/"
SEARCH = "/seek/?q=CCHC"
LOGIN = "/users/login/"
ADMIN = "/admin/"
RSS = "/tin-tuc/rss/"
TAG = "/tin-tuc/tag/cai-cach-hanh-chinh"
PDF = "/uploads/news/2024_01/bao-cao-ket-qua-giai-quyet-tthc-nam-2023.pdf"
PDF2 = "/uploads/laws/ke-hoach-cchc-nam-2024.pdf"
GALLERY = "/uploads/news/2024_03/cong-bo-chi-so.jpg"
COUNTER = [("fa-bolt", "Đang truy cập", "63"), ("fa-user", "Thành viên online", "2"), ("fa-filter", "Máy chủ tìm kiếm", "12"),
           ("fa-filter", "Khách viếng thăm", "49"), ("fa-calendar", "Hôm nay", "4,218"), ("fa-calendar", "Tháng hiện tại", "96,544"),
           ("fa-bars", "Tổng lượt truy cập", "3,871,205")]
FOOT = "Đang truy cập: 63 - Tổng lượt truy cập: 3,871,205"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def cat_of(a):
    if a.category == "thong-bao":
        return "thong-bao"
    return "cai-cach-hanh-chinh" if P.is_cchc_topic(a) else "tin-tong-hop"


def img_src(a, name):
    return f"/uploads/news/{a.date:%Y_%m}/{name}.jpg"


def menu():
    return [
        ("Trang nhất", "/", []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức", "/tin-tuc/", [(n, f"/tin-tuc/{k}/", []) for k, n in CATS.items()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã, thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.yenbai.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def sidebar(ordered):
    counter = "".join(f'<li><span><em class="fa {icon} fa-lg fa-horizon"></em>{label}</span><span>{value}</span></li>' for icon, label, value in COUNTER)
    hot = "".join(f'<li class="clearfix"><a href="{a.path}" title="{q(a.title)}">{e(a.title)}</a></li>' for a in ordered[:5])
    links = [("Cổng TTĐT tỉnh Yên Bái", "https://yenbai.gov.vn/"), ("Huyện Chợ Đồn (Bắc Kạn)", "{{base:chodon}}/"),
             ("Huyện Thuận Châu (Sơn La)", "{{base:thuanchau}}/"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/")]
    lk = "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links)
    return f"""<div class="col-sm-24 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul class="block_tophits list-none">{hot}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Hình ảnh hoạt động</div><div class="panel-body"><a href="{GALLERY}" title="Công bố Chỉ số CCHC 2023"><img src="{GALLERY}" class="img-thumbnail" width="240" alt="Công bố Chỉ số CCHC 2023" /></a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><ul class="list-none">{lk}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">{counter}</ul></div></div>
</div>"""


def layout(title, url, main, ordered, crumbs, desc=None, og_type="website", extra_head=""):
    crumb = "".join([f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name"><em class="fa fa-lg fa-home pointer">&nbsp;</em>Trang nhất</span></a></li>'] +
                    [f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{q(u)}" itemprop="item" title="{q(t)}"><span itemprop="name">{e(t)}</span></a></li>' for t, u in crumbs])
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{e(title)}</title>
<meta name="description" content="{q(desc or SITE_NAME + ', tỉnh Yên Bái')}" />
<meta name="keywords" content="Lục Yên, Yên Bái, cải cách hành chính" />
<meta name="author" content="{SITE_NAME}" />
<meta name="copyright" content="{SITE_NAME} [lucyen@yenbai.gov.vn]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{q(title)}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:site_name" content="{SITE_NAME}" />
<meta property="og:url" content="{{{{base}}}}{q(url)}" />
{extra_head}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{{{{base}}}}{q(url)}">
<link rel="alternate" href="{RSS}" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/egov/css/style.css">
<link rel="StyleSheet" href="/themes/egov/css/news.css">
<script data-show="inline" type="text/javascript">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/egov/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{SITE_NAME}" href="/"><img src="/uploads/logo-lucyen.png" alt="{SITE_NAME}" /></a><h1>{SITE_NAME}</h1><h2>Tỉnh Yên Bái</h2></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3"><em class="fa fa-search fa-lg"></em></button></span></div></div>
<div class="personalArea"><a href="{LOGIN}" title="Đăng nhập"><em class="fa fa-user fa-lg"></em> Đăng nhập</a> | <a href="{RSS}"><em class="fa fa-rss"></em> RSS</a></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav_tree(menu(), "nav navbar-nav", "", "dropdown-menu")}</div></div></div></nav>
<nav class="third-nav"><div class="container"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">{crumb}</ul></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><span class="current-time">Hôm nay, thứ năm, 14/03/2024</span></div></div></div></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-24 col-md-18">
{main}
</div>
{sidebar(ordered)}
</div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
<div class="panel-body"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC YÊN</strong></p><p>Cơ quan chủ quản: {AGENCY}</p><p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} - Email: {EMAIL}</p><p>Giấy phép số 21/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Yên Bái cấp ngày 17/08/2021</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ website này.</p></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><p class="footer-counter">{FOOT}</p><p><a href="{ADMIN}" rel="nofollow">Quản trị website</a></p></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/egov/js/bootstrap.min.js"></script>
</body>
</html>
"""


def body_html(a):
    def figure(name, caption):
        return (f'<figure class="article center"><p class="text-center"><img alt="{q(caption or "")}" src="{img_src(a, name)}" width="460" class="img-thumbnail" /></p>'
                + (f"<figcaption>{e(caption)}</figcaption>" if caption else "") + "</figure>")
    return P.render_blocks(a, img=figure, figure=figure, p='<p style="text-align: justify;">{}</p>',
                           table_attr='border="1" cellpadding="5" cellspacing="0" style="width:100%;" class="table table-bordered"')


def article_main(a, ordered):
    cat = cat_of(a)
    i = ordered.index(a)
    newer, older = ordered[max(0, i - 3):i], ordered[i + 1:i + 4]
    rel = lambda xs: "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="{x.path}" title="{q(x.title)}">{e(x.title)}</a> <em>({x.date:%d/%m/%Y})</em></li>' for x in xs)
    others = ""
    if newer:
        others += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{rel(newer)}</ul></div>'
    if older:
        others += f'<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{rel(older)}</ul></div>'
    iso = a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    views = f"{a.views:,}"
    dateline = f"{WEEKDAYS[a.date.weekday()]} - {a.date:%d/%m/%Y %H:%M}"
    print_url = a.path.replace("/tin-tuc/", "/tin-tuc/print/", 1)
    author = f'<p class="h5 text-right"><strong>Tác giả: </strong>{e(a.author)}</p>' if a.author else ""
    source = f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{e(a.source)}</p>' if a.source else ""
    points, votes = 4 * (a.views % 7 + 3) + a.views % 5, a.views % 7 + 3
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{e(a.author or SITE_NAME)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{iso}</span>
<span class="hidden hide d-none" itemprop="dateModified">{iso}</span>
<span class="hidden hide d-none" itemprop="description">{e(a.summary or '')}</span>
<span class="hidden hide d-none" itemprop="url">{{{{base}}}}{a.path}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{{{{base}}}}{a.path}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{SITE_NAME}</span>
<span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{{{{base}}}}/uploads/logo-lucyen.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{dateline}</span> <span class="h5 text-muted"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {views}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('{a.path.replace('/tin-tuc/', '/tin-tuc/sendmail/', 1)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_url}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="Lưu bài viết này" href="javascript:void(0);" onclick="nv_save_article()"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">{e(a.summary or '')}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(a)}
</div>
<div class="margin-bottom-lg">{author}{source}</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>
<span itemprop="keywords"><a title="cải cách hành chính" href="{TAG}"><em>cải cách hành chính</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<p itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">Xếp hạng: <span id="numberrating" itemprop="ratingValue">{points / votes:.1f}</span> - <span id="click_rating" itemprop="ratingCount">{votes}</span> phiếu bầu</p>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết bình thường" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />
<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{others}</div></div>"""


def listing_main(title, items, page, pages, base):
    rows = []
    for a in items:
        thumb = next((b[1] for b in a.blocks if b[0] in ("img", "figure")), None)
        img = f'<a href="{a.path}" title="{q(a.title)}"><img alt="{q(a.title)}" src="{img_src(a, thumb)}" width="183" class="img-thumbnail pull-left imghome" /></a>' if thumb else ""
        rows.append(f"""<div class="news_column panel panel-default"><div class="panel-body">{img}
<h3><a href="{a.path}" title="{q(a.title)}">{e(a.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {a.date:%d/%m/%Y %H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> {a.views:,}</li></ul></div>
<p>{e(P.excerpt(a))}</p></div></div>""")
    nav = ""
    if pages > 1:
        href = lambda n: base if n == 1 else f"{base}page-{n}"
        lis = [f'<li class="active"><a href="#">{n}</a></li>' if n == page else f'<li><a href="{href(n)}">{n}</a></li>' for n in range(1, pages + 1)]
        if page < pages:
            lis.append(f'<li><a href="{href(page + 1)}">&raquo;</a></li>')
        nav = f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'
    return f'<div class="page-header"><h1>{e(title)}</h1></div>{"".join(rows)}{nav}'


def rss(ordered):
    items = "".join(f"<item><title>{e(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"false\">{ID}_news_{a.num_id}</guid>"
                    f"<description><![CDATA[{P.excerpt(a)}]]></description><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n" for a in ordered)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Tin tức - {SITE_NAME}</title><link>{{{{base}}}}/tin-tuc/</link>'
            f"<description>Tin tức</description><language>vi</language><generator>NukeViet v4.5</generator>\n{items}</channel></rss>\n")


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, SITE_NAME, "Lục Yên", "Yên Bái", "nukeviet",
                {"Server": "Apache", "X-Powered-By": "PHP/7.4.33", "X-Frame-Options": "SAMEORIGIN",
                 "Set-Cookie": "nv4c_Hn8Xa_sess=8d7b1c0f2e; path=/; HttpOnly"})
    site.article_features = ["microdata_date", "counter_in_content", "rating_widget", "related_lists", "author_source_lines"]
    arts = content.lucyen()
    for n, a in enumerate(arts):
        a.num_id = 1180 + n * 11
        a.path = f"/tin-tuc/{cat_of(a)}/{ascii_slug(a.title)}-{a.num_id}.html"
    ordered = P.newest_first(arts)
    std_ex = ["Tác giả:", "Nguồn tin:", "Xếp hạng:", "phiếu bầu", "Click để đánh giá bài viết", "Tổng số điểm của bài viết là",
              "Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Lượt xem:", "Đang truy cập", "Tổng lượt truy cập", "Trang nhất", FOOT]
    for a in ordered:
        iso = a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00")
        head = (f'<meta property="article:published_time" content="{a.date:%Y-%m-%d}ICT{a.date:%H:%M:%S}" />\n'
                f'<meta property="article:modified_time" content="{a.date:%Y-%m-%d}ICT{a.date:%H:%M:%S}" />\n'
                f'<meta property="article:section" content="{CATS[cat_of(a)]}" />')
        cat = cat_of(a)
        html = layout(f"{a.title} - {CATS[cat]} - {SITE_NAME}", a.path, article_main(a, ordered), ordered,
                      [("Tin tức", "/tin-tuc/"), (CATS[cat], f"/tin-tuc/{cat}/")], P.excerpt(a, 160), "article", head)
        ex = [x for x in std_ex if (x != "Tác giả:" or a.author) and (x != "Nguồn tin:" or a.source)]
        site.article(a, html, excludes=ex + [f"Lượt xem: {a.views:,}"], features=["link_heavy_table"] if a.key == "bang-tthc-2023" else [])
        site.counters.append(f"Lượt xem: {a.views:,}")
        for b in a.blocks:
            if b[0] in ("img", "figure"):
                site.asset(img_src(a, b[1]), "files/photo.jpg", img_bytes, "image/jpeg", listed=img_src(a, b[1]) == GALLERY)
    for cat, name in CATS.items():
        items = [a for a in ordered if cat_of(a) == cat]
        chunks = P.chunks(items, 2)
        base = f"/tin-tuc/{cat}/"
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}page-{n}"
            site.page(url, layout(f"{name} - {SITE_NAME}", url, listing_main(name, chunk, n, len(chunks), base), ordered, [("Tin tức", "/tin-tuc/"), (name, base)]))
    site.page("/tin-tuc/", layout(f"Tin tức - {SITE_NAME}", "/tin-tuc/", listing_main("Tin tức", ordered, 1, 1, "/tin-tuc/"), ordered, [("Tin tức", "/tin-tuc/")]))
    site.page(TAG, layout(f"cải cách hành chính - {SITE_NAME}", TAG, listing_main("Từ khóa: cải cách hành chính", [a for a in ordered if P.is_cchc_topic(a)], 1, 1, TAG), ordered, [("Tin tức", "/tin-tuc/")]))
    site.page("/", layout(SITE_NAME, "/", listing_main("Tin mới", ordered, 1, 1, "/"), ordered, []))

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(f"{title} - {SITE_NAME}", url, f'<div class="panel panel-default"><div class="panel-body"><h1>{e(title)}</h1>{inner}</div></div>', ordered, [(title, url)]), kind=kind)
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Lục Yên nằm ở phía Bắc tỉnh Yên Bái, nổi tiếng với nghề khai thác và chế tác đá quý, có hồ Thác Bà chảy qua nhiều xã phía Nam huyện.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0216", [("Hoàng Văn Nam", "Chủ tịch UBND huyện"), ("Đặng Thị Thu", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF2))
    simple(DOCS, "Văn bản", P.documents_table([PDF2, PDF], 2024, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, CONTACT, "Mã bảo mật"))
    simple(LOGIN, "Đăng nhập thành viên", P.login_form(LOGIN, "Tên đăng nhập hoặc email"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    res = "".join(f'<div class="result"><h3><a href="{a.path}">{e(a.title)}</a></h3><p>{e(P.excerpt(a, 160))}</p><p class="result-url">{{{{base}}}}{a.path}</p></div>' for a in cchc)
    simple(SEARCH, "Tìm kiếm", f'<p>Kết quả tìm kiếm cho từ khóa <strong>CCHC</strong> trong module Tin tức: {len(cchc)} kết quả</p>{res}')
    simple(ADMIN, "Quản trị website", P.login_form("/admin/index.php", "Tên đăng nhập quản trị"), kind="forbidden")
    site.asset(RSS, "files/rss.xml", rss(ordered), "application/rss+xml; charset=utf-8")
    site.asset(PDF, "files/bao-cao-tthc-2023.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/ke-hoach-cchc-2024.pdf", pdf2_bytes, "application/pdf")
    site.robots = """User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /themes/
Disallow: /uploads/*.php
Disallow: /index.php?language=vi&nv=users
"""
    site.not_found = layout(f"Không tìm thấy trang - {SITE_NAME}", "/404", f'<div class="alert alert-info"><h2>Không tìm thấy trang</h2><p>{not_found_text}</p><p><a href="/">Về Trang nhất</a></p></div>', ordered, [])
    site.counters += [FOOT] + [value for _, _, value in COUNTER if "," in value]
    return site

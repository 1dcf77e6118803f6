"""Thanh Bình, Đồng Tháp — Liferay 6.1 with the Bkav portal_egov asset publisher and visit-counter portlet."""
import content
import pages as P
from common import e, liferay_urltitle, q, short_id
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree

ID = "thanhbinh"
AGENCY = "Ủy ban nhân dân huyện Thanh Bình"
ADDRESS = "Số 01 đường Nguyễn Văn Linh, khóm Tân Đông A, thị trấn Thanh Bình, huyện Thanh Bình, tỉnh Đồng Tháp"
PHONE = "0277.3831.231"
EMAIL = "ubndthanhbinh@dongthap.gov.vn"
INST = "Xk3bT9aQwP2m"
PID = f"101_INSTANCE_{INST}"
HOME = "/web/guest/trang-chu"
NEWS = "/web/guest/tin-tuc"
CATS = {"tin-tuc": ("Tin tức", NEWS), "thong-bao": ("Thông báo", "/web/guest/thong-bao"),
        "cchc": ("Cải cách hành chính", "/web/guest/cai-cach-hanh-chinh")}
ORG = "/web/guest/gioi-thieu"
TTHC = "/web/guest/thu-tuc-hanh-chinh"
DOCS = "/web/guest/van-ban"
CONTACT = "/web/guest/lien-he"
SEARCH = "/web/guest/tim-kiem?_3_keywords=CCHC"
LOGIN = "/c/portal/login?p_l_id=10180"
PDF = "/documents/20181/0/KH+CCHC+2023.pdf/6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
PDF2 = "/documents/20181/0/BC+DDCI+2022.pdf/0a9b8c7d-6e5f-4d3c-9b2a-1f0e9d8c7b6a"
GALLERY_IMG = "/documents/20181/0/tong-ket-cchc-2020.jpg/3c2b1a09-8f7e-4d6c-a5b4-c3d2e1f0a9b8?t=1611800000000"
WEEKDAYS_BKAV = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]

COUNTER = [("Tổng số lượt truy cập", "1804975"), ("Số người đang truy cập", "47"), ("Hôm nay", "2388"), ("Hôm qua", "3105"),
           ("Tuần này", "12874"), ("Tuần trước", "20461"), ("Tháng này", "48392"), ("Tháng trước", "79115")]


def list_url(page):
    if page == 1:
        return NEWS
    return (f"{NEWS}?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2"
            f"&_{PID}_delta=10&_{PID}_keywords=&_{PID}_advancedSearch=false&_{PID}_andOperator=true"
            f"&p_r_p_564233524_resetCur=false&_{PID}_cur={page}")


def img_url(name):
    return f"/documents/20181/0/{name}.jpg/{short_id(name, 8, '0123456789abcdef')}-1c2d-4e3f-8a9b-{short_id(name + 'u', 12, '0123456789abcdef')}?t=1611800000000"


def bkav_date(d):
    return f"{WEEKDAYS_BKAV[d.weekday()]}, ngày {d:%d/%m/%Y} {d:%H}:{(d.minute * 7 + 13) % 60:02d}"


def menu():
    return [
        ("Trang chủ", HOME, []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức", NEWS, [(n, u, []) for n, u in CATS.values()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã - Thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.dongthap.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def portlet(pid, title, inner, borderless=False):
    top = "" if borderless else f'<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{e(title)}</span></h1></header>'
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split('_INSTANCE')[0]}_ portlet-static portlet-static-end" id="p_p_id_{pid}_">
<span id="p_{pid}"></span><div class="portlet-body"><section class="portlet" id="portlet_{pid}">{top}
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
{inner}
</div></div></div></section></div></div>"""


def side_column():
    rows = []
    for i, (label, value) in enumerate(COUNTER):
        if i == 5:  # the portlet's JSP forgets one opening <span>: keep the malformed row
            rows.append(f'<div class="visit-counter-row">{label}</span>: <span class="counter-value">{value}</span></div>')
        else:
            rows.append(f'<div class="visit-counter-row"><span class="counter-label">{label}</span>: <span class="counter-value">{value}</span></div>')
    counter = f'<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">{"".join(rows)}</div></div>'
    links = [("Cổng TTĐT tỉnh Đồng Tháp", "https://dongthap.gov.vn/"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
             ("Huyện Vũ Quang (Hà Tĩnh)", "{{base:vuquang}}/"), ("Huyện Tiên Yên (Quảng Ninh)", "{{base:tienyen}}/")]
    lk = "<ul class=\"weblink-list\">" + "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links) + "</ul>"
    docs = f'<ul><li><a href="{PDF}">Kế hoạch cải cách hành chính năm 2023</a></li><li><a href="{PDF2}">Báo cáo kết quả DDCI năm 2022</a></li></ul>'
    gallery = f'<div class="image-gallery"><a href="{GALLERY_IMG}" title="Hội nghị tổng kết CCHC"><img src="{GALLERY_IMG}" width="280" alt="Hội nghị tổng kết CCHC" /></a></div>'
    search = (f'<form action="/web/guest/tim-kiem" method="get"><input name="_3_keywords" size="20" type="text" value="" />'
              f'<input type="submit" value="Tìm kiếm" /></form><p class="keywords">Từ khóa: <a href="{e(SEARCH)}">CCHC</a></p>')
    return "\n".join([
        portlet("3", "Tìm kiếm", search),
        portlet("visitcounter_WAR_visitcounterportlet", "Thống Kê Truy Cập", counter),
        portlet("vanbanmoi_WAR_portalegovportlet", "Văn bản mới", docs),
        portlet("imagegallery_WAR_portalegovportlet", "Thư viện ảnh", gallery),
        portlet("weblink_WAR_portalegovportlet", "Liên kết website", lk),
    ])


def layout(title, url, main, crumbs, canonical=None):
    crumb = "".join([f'<li class="first"><span><a href="{HOME}">Trang chủ</a></span></li>'] +
                    [f'<li><span><a href="{q(u)}">{e(t)}</a></span></li>' if u else f'<li class="last"><span>{e(t)}</span></li>' for t, u in crumbs])
    canon = f'<link href="{{{{base}}}}{q(canonical)}" rel="canonical" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)} - Cổng thông tin điện tử huyện Thanh Bình</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/portal-thanhbinh-theme/images/favicon.ico" rel="Shortcut Icon" />
{canon}
<link href="/html/portal/css.jsp?browserId=other&amp;themeId=portalthanhbinh_WAR_portalthanhbinhtheme&amp;languageId=vi_VN&amp;b=6110&amp;t=1611800000000" rel="stylesheet" type="text/css" />
<link href="/portal-thanhbinh-theme/css/main.css?browserId=other&amp;themeId=portalthanhbinh_WAR_portalthanhbinhtheme&amp;languageId=vi_VN&amp;b=6110" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay = {{getCompanyId: function() {{ return "10154"; }}, getLanguageId: function() {{ return "vi_VN"; }}, getPlid: function() {{ return "10180"; }}, isSignedIn: function() {{ return false; }}}};
var Liferay = {{Browser: {{}}, ThemeDisplay: themeDisplay, PropsValues: {{NTLM_AUTH_ENABLED: false}}}};</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=portalthanhbinh_WAR_portalthanhbinhtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6110&amp;t=1611800000000" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-links"><span class="current-date" id="current-date"></span> <a href="{LOGIN}" id="sign-in" rel="nofollow">Đăng nhập</a></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Về Trang chủ"><img alt="Cổng thông tin điện tử huyện Thanh Bình" height="120" src="/image/company_logo?img_id=10520&amp;t=1611800000000" width="1000" /></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">{nav_tree(menu(), "main-menu", "", "child-menu")}</nav>
</header>
<div id="content">
<div class="breadcrumbs"><ul class="breadcrumbs breadcrumbs-horizontal lfr-component">{crumb}</ul></div>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side_column()}
</div></div>
</div></div></div>
<footer id="footer" role="contentinfo">
<div class="footer-content"><p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH BÌNH</p>
<p>Cơ quan chủ quản: {AGENCY}</p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Fax: 0277.3831.232 - Email: {EMAIL}</p>
<p>Trưởng Ban biên tập: Phó Chủ tịch UBND huyện Thanh Bình</p>
<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Đồng Tháp cấp ngày 05/06/2017</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Thanh Bình" khi phát hành lại thông tin từ website này.</p>
<p class="footer-visits">Lượt truy cập: 1.804.975</p>
<p class="powered-by">Thiết kế và phát triển bởi Bkav</p></div>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', function(A) {{ Liferay.Portlet.runtimePortletIds = ["{PID}","3","visitcounter_WAR_visitcounterportlet"]; }});</script>
</body>
</html>
"""


def related(a, ordered):
    i = ordered.index(a)
    newer, older = ordered[max(0, i - 3):i], ordered[i + 1:i + 4]
    item = lambda x: f'<li><a href="{x.path}">{e(x.title)}</a> <span class="related-date">({x.date:%d/%m})</span></li>'
    out = '<div class="related_asset">'
    if newer:
        out += f'<div class="related-title">Tin mới hơn</div><ul class="related-list">{"".join(item(x) for x in newer)}</ul>'
    if older:
        out += f'<div class="related-title">Tin cũ hơn</div><ul class="related-list">{"".join(item(x) for x in older)}</ul>'
    return out + "</div>"


def body_html(a):
    def img(name, caption):
        src = img_url(name)
        h = f'<p style="text-align: center;"><img alt="" src="{q(src)}" style="width: 500px; height: 333px;" /></p>'
        if caption:
            h += f'\n<p style="text-align: center;"><em>{e(caption)}</em></p>'
        return h
    return P.render_blocks(a, img=img, p='<p style="text-align: justify;">{}</p>', blank="<p>&nbsp;</p>",
                           author='<p style="text-align: right;"><strong>{}</strong></p>')


def article_main(a, ordered):
    cat = CATS[a.category][0]
    mail = f"mailto:?subject={q(a.title)}&amp;body={{{{base}}}}{q(a.path)}"
    inner = f"""<div class="asset-full-content-header"><span class="asset-category-title">null</span> <span class="asset-header-title">{e(a.title)}</span></div>
<div class="box-header"><span class="box-title">Chi tiết bài viết</span> <span class="box-category">{e(cat)}</span></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset_publisher_view_full_content">
<h3 class="asset_title">{e(a.title)}</h3>
<div class="social-panel"><div class="social-left"><span class="publish-date">{bkav_date(a.date)}</span></div>
<div class="social-right"><a class="send-mail" href="{mail}" onclick="sendMail(); return false;">Email</a>
<a class="font-down" href="javascript:;" onclick="changeFontSize(-1)">A-</a> <a class="font-up" href="javascript:;" onclick="changeFontSize(1)">A+</a>
<a class="read-aloud" href="javascript:;" title="Đọc bài viết"><img src="/portal-thanhbinh-theme/images/common/speaker.png" alt="" /></a></div></div>
<div class="asset-abstract"><strong>{e(a.summary or '')}</strong></div>
<div class="asset-content">
{body_html(a)}
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-view-count">{a.views} Lượt xem</span></div>
</div>
{related(a, ordered)}
</div>"""
    return portlet(PID, "Xuất bản thông tin", inner)


def listing_main(title, items, page, pages, total, with_redirect=True):
    rows = []
    for a in items:
        href = a.path + ("?redirect=%2Fweb%2Fguest%2Ftin-tuc" if with_redirect else "")
        first_img = next((b[1] for b in a.blocks if b[0] == "img"), "logo-thanhbinh")
        rows.append(f"""<div class="asset-abstract"><div class="asset-small-image"><a href="{href}"><img alt="" src="{q(img_url(first_img))}" width="180" height="100" /></a></div>
<h3 class="asset-title"><a href="{href}">{e(a.title)}</a></h3>
<div class="asset-metadata"><span class="asset-category-name">{e(CATS[a.category][0])}</span> | <span class="asset-publish-date">{a.date:%d-%m-%Y}</span></div>
<div class="asset-sumary">{e(P.excerpt(a))}</div></div>""")
    pager = ""
    if pages > 1:
        start = (page - 1) * 2 + 1
        links = []
        links.append(f'<a class="first" href="{e(list_url(1))}">Đầu</a>' if page > 1 else '<span class="first">Đầu</span>')
        links.append(f'<a class="previous" href="{e(list_url(page - 1))}">Trước</a>' if page > 1 else '<span class="previous">Trước</span>')
        links.append(f'<a class="next" href="{e(list_url(page + 1))}">Tiếp</a>' if page < pages else '<span class="next">Tiếp</span>')
        links.append(f'<a class="last" href="{e(list_url(pages))}">Cuối</a>' if page < pages else '<span class="last">Cuối</span>')
        opts = "".join(f'<option {"selected" if n == page else ""} value="{n}">{n}</option>' for n in range(1, pages + 1))
        pager = (f'<div class="taglib-page-iterator"><div class="search-results">Hiển thị {start} - {start + len(items) - 1} trong {total} kết quả.</div>'
                 f'<div class="search-pages"><div class="page-selector">Trang <select onchange="goToPage(this)">{opts}</select> trong {pages}</div>'
                 f'<div class="page-links">{" ".join(links)}</div></div></div>')
    return portlet(PID, title, f'<div class="asset-publisher-list">{"".join(rows)}</div>{pager}')


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, "Cổng thông tin điện tử huyện Thanh Bình", "Thanh Bình", "Đồng Tháp", "liferay-6.1-bkav",
                {"Server": "Apache-Coyote/1.1", "Liferay-Portal": "Liferay Portal Community Edition 6.1.1 CE GA2 (Paton / Build 6110 / July 2, 2012)",
                 "X-Content-Type-Options": "nosniff"})
    site.article_features = ["counter_in_content", "null_artefact", "portlet_title", "related_lists"]
    arts = content.thanhbinh()
    for a in arts:
        a.path = f"{NEWS}/-/asset_publisher/{INST}/content/{liferay_urltitle(a.title)}"
    ordered = P.newest_first(arts)
    std_ex = ["Xuất bản thông tin", "Chi tiết bài viết", "null", "Tin mới hơn", "Tin cũ hơn", "Lượt xem", "Thống Kê Truy Cập",
              "Tổng số lượt truy cập", "Số người đang truy cập", "A+", "Liên kết website", "Lượt truy cập: 1.804.975"]
    for a in ordered:
        html = layout(a.title, a.path, article_main(a, ordered), [(CATS[a.category][0], CATS[a.category][1]), (a.title, None)], canonical=a.path)
        site.article(a, html, excludes=std_ex + [f"{a.views} Lượt xem", "null " + a.title],
                     aliases=[a.path + "?redirect=%2Fweb%2Fguest%2Ftin-tuc"])
        site.counters.append(f"{a.views} Lượt xem")
        for b in a.blocks:
            if b[0] == "img":
                site.asset(img_url(b[1]), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    site.asset(img_url("logo-thanhbinh"), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    pages = P.chunks(ordered, 2)
    for n, items in enumerate(pages, 1):
        url = list_url(n)
        site.page(url, layout("Tin tức", url, listing_main("Tin tức", items, n, len(pages), len(ordered)), [("Tin tức", None)]))
    for key, sel in (("thong-bao", lambda a: a.category == "thong-bao"), ("cchc", P.is_cchc_topic)):
        name, url = CATS[key]
        items = [a for a in ordered if sel(a)]
        site.page(url, layout(name, url, listing_main(name, items, 1, 1, len(items)), [(name, None)]))
    site.redirect("/", HOME, 302)
    site.redirect("/web/guest", HOME, 302)
    home = listing_main("Tin tức - Sự kiện", ordered[:4], 1, 1, 4, with_redirect=False)
    site.page(HOME, layout("Trang chủ", HOME, home, []))

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(title, url, portlet("56_INSTANCE_" + short_id(url, 4), title, f'<div class="journal-content-article">{inner}</div>'), [(title, None)]), kind=kind)

    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Thanh Bình nằm ở phía Bắc sông Tiền, tỉnh Đồng Tháp, có 13 đơn vị hành chính cấp xã, kinh tế chủ yếu là sản xuất lúa, cây ăn trái và nuôi trồng thủy sản.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0277", [("Lê Văn Phước", "Chủ tịch UBND huyện"), ("Trần Thị Kim Hoa", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF))
    simple(DOCS, "Văn bản", P.documents_table([PDF, PDF2], 2023, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, CONTACT, "Nhập mã xác nhận"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    results = "".join(f'<tr class="results-row"><td><a href="{a.path}">{e(a.title)}</a><div class="asset-entry-summary">{e(P.excerpt(a, 160))}</div></td>'
                      f'<td>{a.date:%d/%m/%Y}</td></tr>' for a in cchc)
    site.page(SEARCH, layout("Tìm kiếm", SEARCH, portlet("3", "Tìm kiếm", f'<div class="search-results">Kết quả tìm kiếm cho "CCHC": {len(cchc)} kết quả</div><table class="taglib-search-iterator">{results}</table>'), [("Tìm kiếm", None)]))
    site.page(LOGIN, layout("Đăng nhập", LOGIN, portlet("58", "Đăng nhập", P.login_form("/c/portal/login", "Địa chỉ email")), [("Đăng nhập", None)]), kind="forbidden")
    site.asset(PDF, "files/kh-cchc-2023.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/bc-ddci-2022.pdf", pdf2_bytes, "application/pdf")
    site.asset(GALLERY_IMG, "files/photo.jpg", img_bytes, "image/jpeg")
    site.robots = "User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\n"
    site.not_found = layout("Không tìm thấy trang", "/404", portlet("error", "Không tìm thấy trang", f'<div class="portlet-msg-error">Không tìm thấy trang yêu cầu.</div><p>{not_found_text}</p>'), [("Lỗi", None)])
    site.counters += [f"{l}: {v}" for l, v in COUNTER] + ["1804975", "Lượt truy cập: 1.804.975"]
    return site

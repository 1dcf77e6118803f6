"""Tiên Lữ, Hưng Yên — Tân Dân SharePoint template 1 (entity-encoded bodies, counter at the end of the content area)."""
import content
import pages as P
from common import e, entities, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree
from sites import _sharepoint as SP

ID = "tienlu"
AGENCY = "Ủy ban nhân dân huyện Tiên Lữ"
ADDRESS = "Khu phố Nguyễn Trung Ngạn, thị trấn Vương, huyện Tiên Lữ, tỉnh Hưng Yên"
PHONE = "0221.3874.262"
EMAIL = "ubndtienlu@hungyen.gov.vn"
SUFFIX = " - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LỮ"
HOME = "/portal/Pages/default.aspx"
CATS = {"tin-tuc": ("Tin tức - Sự kiện", "/portal/Pages/Tin-tuc-su-kien.aspx"),
        "cchc": ("Cải cách hành chính", "/portal/Pages/Cai-cach-hanh-chinh.aspx")}
ORG = "/portal/Pages/Gioi-thieu.aspx"
TTHC = "/portal/Pages/Thu-tuc-hanh-chinh.aspx"
DOCS = "/portal/Pages/Van-ban.aspx"
CONTACT = "/portal/Pages/Lien-he.aspx"
LOGIN = "/portal/Pages/Dang-nhap.aspx"
SEARCH = "/portal/Pages/Tim-kiem.aspx"
PDF = "/portal/VanBan/2022-03/KH%2034%20kiem%20tra%20CCHC%202022.pdf"
PDF2 = "/portal/VanBan/2022-04/QD%20488%20thanh%20lap%20Doan%20kiem%20tra.pdf"
GALLERY = "/portal/Photos/2022-04-14/Kiem%20tra%20CCHC%20Cuong%20Chinh%20(2).jpg"
ONLINE = "821 người đang online"
SIDE = ["Hôm nay: 1.204", "Tổng số: 2.915.330"]
FOOT = "Số lượt truy cập: 2915330"


def text(s):
    return entities(e(s))


def img_url(a, name):
    return f"/portal/Photos/{a.date:%Y-%m-%d}/{name.replace('-', '%20')}.jpg"


def menu():
    return [
        ("Trang chủ", HOME, []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức - Sự kiện", CATS["tin-tuc"][1], [(n, u, []) for n, u in CATS.values()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã - Thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.hungyen.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def sidebar():
    links = [("Cổng TTĐT tỉnh Hưng Yên", "https://hungyen.gov.vn/"), ("Huyện Vũ Quang (Hà Tĩnh)", "{{base:vuquang}}/"),
             ("Huyện Tiên Yên (Quảng Ninh)", "{{base:tienyen}}/"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/")]
    lk = "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links)
    stats = "".join(f"<li>{s}</li>" for s in SIDE)
    return f"""<div class="tandan-right">
<div class="tandan-box"><div class="tandan-box-title">Dịch vụ công trực tuyến</div><div class="tandan-box-content"><a href="https://dichvucong.hungyen.gov.vn/" target="_blank"><img src="/Style%20Library/TanDan/images/dvc.png" alt="Dịch vụ công trực tuyến" /></a>
<ul><li><a href="{TTHC}">Danh mục thủ tục hành chính</a></li><li><a href="{DOCS}">Văn bản chỉ đạo, điều hành</a></li></ul></div></div>
<div class="tandan-box"><div class="tandan-box-title">Thư viện ảnh</div><div class="tandan-box-content"><a href="{GALLERY}"><img src="{GALLERY}" alt="Kiểm tra CCHC tại xã Cương Chính" width="260" /></a></div></div>
<div class="tandan-box"><div class="tandan-box-title">Liên kết website</div><div class="tandan-box-content"><ul>{lk}</ul></div></div>
<div class="tandan-box"><div class="tandan-box-title">Thống kê truy cập</div><div class="tandan-box-content"><ul class="tandan-thongke">{stats}</ul></div></div>
</div>"""


def layout(title, url, main, crumbs, desc="Cổng thông tin điện tử huyện Tiên Lữ, tỉnh Hưng Yên"):
    crumb = " » ".join([f'<a href="{HOME}">Trang chủ</a>'] + [f'<a href="{q(u)}">{e(t)}</a>' if u else f'<span>{e(t)}</span>' for t, u in crumbs])
    return f"""{SP.head(title + SUFFIX, desc, "Tiên Lữ, Hưng Yên")}
{SP.form_open(url.rsplit('/', 1)[-1], ID + url)}
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="tandan-wrapper">
<div class="tandan-header"><a href="{HOME}"><img src="/Style%20Library/TanDan/images/banner-tienlu.jpg" alt="Cổng thông tin điện tử huyện Tiên Lữ" /></a>
<div class="tandan-header-right"><span id="tandan-date"></span> | <a href="{LOGIN}">Đăng nhập</a></div></div>
<div class="tandan-menu">{nav_tree(menu(), "tandan-topmenu", "tandan-menu-item", "tandan-submenu")}</div>
<div class="tandan-breadcrumb">{crumb}</div>
<div class="tandan-container"><div class="tandan-main-content col-md-9">
{main}
</div>
<div class="col-md-3">{sidebar()}</div></div>
<div class="tandan-footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LỮ</strong></p><p>Cơ quan chủ quản: {AGENCY}</p>
<p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hưng Yên cấp ngày 08/05/2020</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Tiên Lữ" khi phát hành lại thông tin từ website này.</p>
<p class="tandan-footer-counter">{FOOT}</p></div>
</div></div></div>
</form>
</body>
</html>
"""


def tail_widgets():
    return (f'<div class="tandan-weather"><span class="tandan-weather-icon"></span><span id="tandan-weather-temp"></span>°</div>\n'
            f'<div class="tandan-online">{ONLINE}</div>')


def article_main(a, ordered):
    latest = [x for x in ordered if x is not a][:4]
    rel = [x for x in ordered if x is not a and P.is_cchc_topic(x)][:3]
    item = lambda x, lower=False: f'<li><a href="{x.path.lower() if lower else x.path}">{e(x.title)}</a> <span class="tandan-date">({x.date:%d/%m/%Y})</span></li>'
    tags = "".join(f'<a href="{SEARCH}?tag={t}">{n}</a>' for t, n in (("cai-cach-hanh-chinh", "cải cách hành chính"), ("tien-lu", "Tiên Lữ")))
    return f"""<div class="tandan-article-detail">
<p class="tandan-p-article-news-title">{e(a.title)}</p>
<div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày {SP.date_line(a)}</span> <span class="tandan-span-view">Lượt xem: {a.views}</span>
<span class="tandan-span-zoom"><a href="javascript:zoomOut()">-</a> <span class="zoom-value">100%</span> <a href="javascript:zoomIn()">+</a></span></div>
<p class="tandan-p-article-news-summary">{text(a.summary or "")}</p>
<div class="tandan-p-article-main"><div class="ms-rtestate-field">
{SP.body_blocks(a, img_url, text)}
</div></div>
<div class="td-tags"><span>Từ khóa:</span> {tags}</div>
</div>
<div class="tandan-div-article-other">
<div class="tandan-other-block"><div class="tandan-other-title">Tin mới nhất</div><ul>{"".join(item(x) for x in latest)}</ul></div>
<div class="tandan-other-block"><div class="tandan-other-title">Tin liên quan</div><ul>{"".join(item(x, lower=(i == 0)) for i, x in enumerate(rel))}</ul></div>
</div>
{tail_widgets()}"""


def listing_main(title, items, page, pages, base):
    rows = "".join(f"""<div class="channel-news-item"><a href="{a.path}"><img src="{q(img_url(a, next((b[1] for b in a.blocks if b[0] == 'img'), 'anh-dai-dien')))}" alt="" width="150" /></a>
<p class="channel-news-title"><a href="{a.path}">{e(a.title)}</a></p><span class="channel-news-date">({a.date:%d/%m/%Y})</span>
<p class="channel-news-summary">{text(P.excerpt(a))}</p></div>""" for a in items)
    pager = ""
    if pages > 1:
        links = [f'<span class="current">{n}</span>' if n == page else f'<a href="{base if n == 1 else f"{base}?PageIndex={n}"}">{n}</a>' for n in range(1, pages + 1)]
        pager = f'<div class="tandan-paging">Trang: {" ".join(links)}</div>'
    return f'<div class="channel-title">{e(title)}</div><div class="channel-news">{rows}</div>{pager}\n{tail_widgets()}'


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, "Cổng thông tin điện tử huyện Tiên Lữ", "Tiên Lữ", "Hưng Yên", "sharepoint-tandan",
                {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET", "MicrosoftSharePointTeamServices": "16.0.0.4327"},
                case_insensitive=True)
    site.article_features = ["named_entities", "counter_in_content", "related_lists", "case_insensitive_urls", "size_control_100pct"]
    arts = content.tienlu()
    for a in arts:
        a.path = SP.article_url(a)
    ordered = P.newest_first(arts)
    rel_first = {}
    for a in ordered:
        rel = [x for x in ordered if x is not a and P.is_cchc_topic(x)][:1]
        if rel:
            rel_first.setdefault(rel[0].key, rel[0].path.lower())
    std_ex = ["Đăng ngày", "Lượt xem:", "Tin mới nhất", "Tin liên quan", "Từ khóa:", "người đang online", ONLINE, "°", FOOT, "Thống kê truy cập"]
    for a in ordered:
        html = layout(a.title, a.path, article_main(a, ordered), [(CATS["tin-tuc"][0], CATS["tin-tuc"][1])], P.excerpt(a, 160))
        site.article(a, html, excludes=std_ex, aliases=[rel_first[a.key]] if a.key in rel_first else [])
        site.counters.append(f"Lượt xem: {a.views}")
        for b in a.blocks:
            if b[0] == "img":
                site.asset(img_url(a, b[1]), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
        if not any(b[0] == "img" for b in a.blocks):
            site.asset(img_url(a, "anh-dai-dien"), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    pages = P.chunks(ordered, 2)
    base = CATS["tin-tuc"][1]
    for n, items in enumerate(pages, 1):
        url = base if n == 1 else f"{base}?PageIndex={n}"
        site.page(url, layout(CATS["tin-tuc"][0], url, listing_main(CATS["tin-tuc"][0], items, n, len(pages), base), [(CATS["tin-tuc"][0], None)]))
    name, url = CATS["cchc"]
    site.page(url, layout(name, url, listing_main(name, [a for a in ordered if P.is_cchc_topic(a)], 1, 1, url), [(name, None)]))
    site.redirect("/", HOME, 302)
    site.page(HOME, layout("Trang chủ", HOME, listing_main("Tin tức nổi bật", ordered, 1, 1, HOME), []))

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(title, url, f'<div class="channel-title">{e(title)}</div><div class="tandan-page-content">{inner}</div>\n{tail_widgets()}', [(title, None)]), kind=kind)
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Tiên Lữ nằm ở phía Nam tỉnh Hưng Yên, giáp sông Luộc, là quê hương của nhiều di tích lịch sử, văn hóa.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0221", [("Phạm Văn Thắng", "Chủ tịch UBND huyện"), ("Đỗ Thị Hằng", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF))
    simple(DOCS, "Văn bản", P.documents_table([PDF, PDF2], 2022, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, "Lien-he.aspx", "Mã xác nhận"))
    simple(LOGIN, "Đăng nhập", P.login_form("Dang-nhap.aspx"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    for tag in ("cai-cach-hanh-chinh", "tien-lu"):
        site.page(f"{SEARCH}?tag={tag}", layout("Tìm kiếm", SEARCH, listing_main(f"Kết quả tìm kiếm theo từ khóa: {tag}", cchc, 1, 1, SEARCH), [("Tìm kiếm", None)]), kind="forbidden")
    site.asset(PDF, "files/kh-34-kiem-tra-cchc-2022.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/qd-488.pdf", pdf2_bytes, "application/pdf")
    site.asset(GALLERY, "files/photo.jpg", img_bytes, "image/jpeg")
    site.robots = "User-agent: *\nDisallow: /portal/Pages/Tim-kiem.aspx\nDisallow: /_layouts/\n"
    site.not_found = layout("Không tìm thấy trang", "/404", f'<div class="channel-title">Không tìm thấy trang</div><p>{not_found_text}</p>', [("Lỗi", None)])
    site.counters += [ONLINE, FOOT] + SIDE
    return site

"""Vũ Quang, Hà Tĩnh — Tân Dân SharePoint with web-part chrome (Krông Ana-style footer counter)."""
import content
import pages as P
from common import e, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree
from sites import _sharepoint as SP

ID = "vuquang"
AGENCY = "Ủy ban nhân dân huyện Vũ Quang"
ADDRESS = "Tổ dân phố 3, thị trấn Vũ Quang, huyện Vũ Quang, tỉnh Hà Tĩnh"
PHONE = "0239.3728.268"
EMAIL = "vuquang@hatinh.gov.vn"
SUFFIX = " - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ QUANG"

HOME = "/portal/Pages/default.aspx"
CATS = {"tin-tuc": ("Tin tức - Sự kiện", "/portal/Pages/Tin-tuc.aspx"),
        "thong-bao": ("Thông báo", "/portal/Pages/Thong-bao.aspx"),
        "cchc": ("Cải cách hành chính", "/portal/Pages/Cai-cach-hanh-chinh.aspx")}
ORG = "/portal/Pages/Gioi-thieu.aspx"
TTHC = "/portal/Pages/Thu-tuc-hanh-chinh.aspx"
DOCS = "/portal/Pages/Van-ban.aspx"
CONTACT = "/portal/Pages/Lien-he.aspx"
SEARCH = "/portal/Pages/Tim-kiem.aspx?k=CCHC"
LOGIN = "/_layouts/Authenticate.aspx?Source=%2Fportal%2FPages%2Fdefault%2Easpx"
PDF = "/portal/VanBan/2021-04/Ke%20hoach%20CCHC%20nam%202021.pdf"
PDF2 = "/portal/VanBan/2023-07/Bao%20cao%20CCHC%206%20thang%202023.pdf"
MAP_IMG = "/portal/Photos/Ban%20do%20hanh%20chinh%20huyen%20Vu%20Quang.jpg"

STATS = ["Thống kê: 677.085", "Trong năm: 655.251", "Trong tháng: 71.900", "Trong tuần: 13.741", "Trong ngày: 914", "Online: 75"]
HIDDEN_TOTAL = "677085"


def img_url(a, name):
    return f"/portal/Photos/{a.date:%Y-%m-%d}/{name.replace('-', '%20')}%20(1).jpg"


def menu():
    return [
        ("Trang chủ", HOME, []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []),
                             ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức", CATS["tin-tuc"][1], [(n, u, []) for n, u in CATS.values()]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã - Thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.hatinh.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def sidebar(arts):
    radio = ('<div class="tandan-radio"><audio controls="controls" preload="none"><source src="/portal/Media/PhatThanh/ban-tin-tuan-14.mp3" type="audio/mpeg" /></audio>'
             '<ul><li><a href="https://www.youtube.com/@truyenhinhvuquang" target="_blank">Bản tin truyền hình Vũ Quang</a></li></ul></div>')
    bando = f'<div class="tandan-bando"><a href="{MAP_IMG}" target="_blank"><img src="{MAP_IMG}" alt="Bản đồ hành chính huyện Vũ Quang" width="260" /></a></div>'
    links = [("Cổng TTĐT tỉnh Hà Tĩnh", "https://hatinh.gov.vn/"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
             ("Huyện Tiên Lữ (Hưng Yên)", "{{base:tienlu}}/"), ("Huyện Thanh Bình (Đồng Tháp)", "{{base:thanhbinh}}/"),
             ("Báo Hà Tĩnh", "https://baohatinh.vn/")]
    opts = "".join(f'<option value="{q(u)}">{e(t)}</option>' for t, u in links)
    lk = f'<select class="tandan-lienket" onchange="window.open(this.value)"><option>-- Liên kết website --</option>{opts}</select><ul>' + \
         "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links[2:4]) + "</ul>"
    stats = "".join(f'<div class="tk-row"><span>{s.split(": ")[0]}: </span><span class="tk-value">{s.split(": ")[1]}</span></div>' for s in STATS)
    latest = "".join(f'<li><a href="{a.path}">{e(a.title)}</a></li>' for a in P.newest_first(arts)[:5])
    return "\n".join([
        SP.webpart(5, "Tin mới", f'<ul class="tandan-list-news">{latest}</ul>', ID + "tm"),
        SP.webpart(6, "CHƯƠNG TRÌNH PHÁT THANH", radio, ID + "pt"),
        SP.webpart(7, "Bản đồ hành chính", bando, ID + "bd"),
        SP.webpart(8, "Liên kết website", lk, ID + "lk"),
        SP.webpart(9, None, f'<div class="tandan-thongke">{stats}</div>', ID + "tk"),
    ])


def layout(title, url, main, arts, crumbs, desc="Cổng thông tin điện tử huyện Vũ Quang, tỉnh Hà Tĩnh", extra_head=""):
    crumb = " &gt; ".join([f'<a href="{HOME}">Trang chủ</a>'] + [f'<a href="{q(u)}">{e(t)}</a>' if u else f'<span>{e(t)}</span>' for t, u in crumbs])
    return f"""{SP.head(title + SUFFIX, desc, "Vũ Quang, Hà Tĩnh, cải cách hành chính", extra_head)}
{SP.form_open(url.rsplit('/', 1)[-1], ID + url)}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-banner"><a href="{HOME}"><img src="/Style%20Library/TanDan/images/banner-vuquang.png" alt="Cổng thông tin điện tử huyện Vũ Quang" /></a></div>
<div class="tandan-topbar"><span id="tandan-date"></span><a href="{LOGIN}" class="tandan-login">Đăng nhập</a>
<div class="tandan-search"><input type="text" id="txtKeyword" title="Tìm kiếm" onkeypress="return TanDanSearch(event)" /><a href="javascript:TanDanDoSearch()">Tìm</a></div></div></div>
<div class="tandan-menu">{nav_tree(menu(), "tandan-topmenu", "tandan-menu-item", "tandan-submenu")}</div>
<div class="tandan-breadcrumb">{crumb}</div>
<div class="tandan-body"><div class="zone-main col-md-8">
{main}
</div>
<div class="zone-right col-md-4">{sidebar(arts)}</div></div>
<div class="tandan-footer">
<div class="tandan-footer-copyright"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ QUANG</strong></p>
<p>Cơ quan chủ quản: {AGENCY}</p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Giấy phép số 39/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hà Tĩnh cấp ngày 20/11/2019</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Vũ Quang" khi phát hành lại thông tin từ website này.</p></div>
{SP.webpart(10, None, footer_counter(), ID + "ft")}
</div>
</div></div>
</form>
</body>
</html>
"""


def footer_counter():
    digits = lambda p: "".join(f'<div id="{p}{i}" class="so">0</div>' for i in range(1, 8))
    return f"""<div style="display:none"><span id="ctl00_ctl47_g_3f1c0e2a_1b7d_4b55_9f0e_7d1a2c3b4e5f_Label_TruyCap">{HIDDEN_TOTAL}</span><span id="ctl00_ctl47_g_3f1c0e2a_1b7d_4b55_9f0e_7d1a2c3b4e5f_Label_Count">75</span></div>
<div class="ThongKeSoLuot"><div class="TieuDe">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits("slol")}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits("sltc")}</div></div>"""


def article_main(a, arts):
    others = [x for x in P.newest_first(arts) if x is not a][:4]
    other_html = "".join(f'<li><a href="{x.path}">{e(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span></li>' for x in others)
    summary = f'<p class="tandan-p-article-news-summary"><strong>{e(a.summary)}</strong></p>' if a.summary else ""
    inner = f"""<div class="tandan-article-detail">
<p class="tandan-p-article-news-title">{e(a.title)}</p>
<div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày {SP.date_line(a)}</span>
<span class="tandan-span-fontsize"><a href="javascript:ChangeFontSize(-1)">A-</a> <span>100%</span> <a href="javascript:ChangeFontSize(1)">A+</a></span>
<a class="tandan-print" href="javascript:window.print()">In trang</a></div>
{summary}
<div class="ms-rtestate-field">
{SP.body_blocks(a, img_url)}
</div>
<div class="tandan-div-article-viewcount">Lượt xem: {a.views}</div>
<div class="td-tags"><span>Từ khóa:</span> <a href="{e(SEARCH)}">CCHC</a></div>
<div class="tandan-rating"><span class="tandan-rating-label">Đánh giá:</span>
<span class="tandan-rating-stars"><a href="javascript:Rate(1)">&#9734;</a><a href="javascript:Rate(2)">&#9734;</a><a href="javascript:Rate(3)">&#9734;</a><a href="javascript:Rate(4)">&#9734;</a><a href="javascript:Rate(5)">&#9734;</a></span>
<div class="tandan-rating-result">lượt đánh giá: <span id="lblRateCount"></span>, trung bình: <span id="lblRateAvg"></span></div></div>
<div class="tandan-comment"><div class="tandan-comment-title">Bình luận</div>
<div class="tandan-comment-form"><input type="text" name="txtHoTen" placeholder="Họ và tên" /><input type="text" name="txtEmail" placeholder="Email" />
<textarea name="txtNoiDung" rows="4" placeholder="Nội dung bình luận"></textarea>
<label>Mã xác thực</label><img src="/_layouts/15/TanDan/Captcha.ashx?id=comment" alt="" /><input type="text" name="txtCaptcha" size="6" />
<span id="ctl00_m_g_9a1b_cvCaptcha" style="color:Red;display:none;">Mã xác thực không đúng.</span>
<input type="submit" value="Gửi bình luận" onclick="return false;" /></div></div>
<div class="tandan-div-article-other"><div class="tandan-other-title">Các tin khác</div><ul>{other_html}</ul></div>
</div>"""
    return SP.webpart(2, None, inner, ID + a.key)


def listing_main(title, items, page, pages, base):
    rows = []
    for a in items:
        src = img_url(a, next((b[1] for b in a.blocks if b[0] == "img"), "logo"))
        rows.append(f"""<div class="channel-news-item"><div class="channel-news-img"><a href="{a.path}"><img src="{q(src)}" alt="" width="160" /></a></div>
<div class="channel-news-title"><a href="{a.path}">{e(a.title)}</a></div><div class="channel-news-date">{a.date:%d/%m/%Y}</div>
<div class="channel-news-summary">{e(P.excerpt(a))}</div></div>""")
    pager = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            href = base if n == 1 else f"{base}?PageIndex={n}"
            links.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{href}">{n}</a>')
        if page < pages:
            links.append(f'<a href="{base}?PageIndex={page + 1}">Tiếp</a>')
        pager = f'<div class="tandan-paging">{" ".join(links)}</div>'
    return SP.webpart(2, title, f'<div class="channel-news">{"".join(rows)}</div>{pager}', ID + title + str(page))


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, "Cổng thông tin điện tử huyện Vũ Quang", "Vũ Quang", "Hà Tĩnh", "sharepoint-webpart",
                {"Server": "Microsoft-IIS/8.5", "X-Powered-By": "ASP.NET", "MicrosoftSharePointTeamServices": "15.0.0.4569",
                 "X-AspNet-Version": "4.0.30319", "SPRequestGuid": "8c1b4f9e-2a8d-40e6-9d7b-1f2e3c4d5a6b"},
                case_insensitive=True)
    site.article_features = ["counter_in_content", "rating_widget", "captcha_message", "viewstate", "case_insensitive_urls"]
    arts = content.vuquang()
    for a in arts:
        a.path = SP.article_url(a)
    ordered = P.newest_first(arts)
    std_ex = ["Đăng ngày", "Lượt xem:", "Từ khóa:", "Đánh giá:", "Mã xác thực", "Bình luận", "CHƯƠNG TRÌNH PHÁT THANH", "Các tin khác",
              "Thống kê truy cập", "Đang online:", "Lượt truy cập:", HIDDEN_TOTAL] + STATS
    for a in ordered:
        cat_name, cat_url = CATS[a.category]
        html = layout(a.title, a.path, article_main(a, arts), arts, [(cat_name, cat_url)], desc=P.excerpt(a, 160))
        site.article(a, html, excludes=std_ex)
        site.counters.append(f"Lượt xem: {a.views}")
        for b in a.blocks:
            if b[0] == "img":
                site.asset(img_url(a, b[1]), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    per = 2
    pages = P.chunks(ordered, per)
    for n, items in enumerate(pages, 1):
        url = CATS["tin-tuc"][1] if n == 1 else f"{CATS['tin-tuc'][1]}?PageIndex={n}"
        site.page(url, layout("Tin tức - Sự kiện", url, listing_main("Tin tức - Sự kiện", items, n, len(pages), CATS["tin-tuc"][1]), arts,
                              [("Tin tức - Sự kiện", None)]))
    for key, sel in (("thong-bao", lambda a: a.category == "thong-bao"), ("cchc", P.is_cchc_topic)):
        name, url = CATS[key]
        site.page(url, layout(name, url, listing_main(name, [a for a in ordered if sel(a)], 1, 1, url), arts, [(name, None)]))
    for a in ordered:
        if not any(b[0] == "img" for b in a.blocks):
            site.asset(img_url(a, "logo"), "files/photo.jpg", img_bytes, "image/jpeg", listed=False)
    site.asset(MAP_IMG, "files/photo.jpg", img_bytes, "image/jpeg")

    def simple(url, title, inner, kind="non_article"):
        site.page(url, layout(title, url, SP.webpart(2, title, inner, ID + url), arts, [(title, None)]), kind=kind)

    home = "".join(listing_main(n, [a for a in ordered if s(a)][:4], 1, 1, u) for n, u, s in (
        ("Tin tức - Sự kiện", CATS["tin-tuc"][1], lambda a: True), ("Cải cách hành chính", CATS["cchc"][1], P.is_cchc_topic)))
    site.redirect("/", HOME, 302)
    site.page(HOME, layout("Trang chủ", HOME, home, arts, []))
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Vũ Quang được thành lập năm 2000, nằm ở phía Tây tỉnh Hà Tĩnh, có Vườn quốc gia Vũ Quang với hệ sinh thái rừng đặc trưng của dãy Trường Sơn Bắc.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0239", [("Nguyễn Văn Hải", "Chủ tịch UBND huyện"), ("Trần Thị Mai", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF))
    simple(DOCS, "Văn bản chỉ đạo điều hành", P.documents_table([PDF, PDF2], 2023, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, "Lien-he.aspx", "Mã xác thực"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    results = "".join(f'<div class="srch-Result"><div class="srch-Title"><a href="{a.path}">{e(a.title)}</a></div><div class="srch-Description">{e(P.excerpt(a, 160))}</div>'
                      f'<div class="srch-Metadata"><span class="srch-URL">{{{{base}}}}{a.path}</span> - {a.date:%d/%m/%Y}</div></div>' for a in cchc)
    simple(SEARCH, "Kết quả tìm kiếm", f'<div class="srch-stats">Kết quả 1-{len(cchc)} của {len(cchc)} cho từ khóa <b>CCHC</b></div>{results}')
    site.page(LOGIN, f"""{SP.head("Đăng nhập", "Đăng nhập", "")}<body><form method="post" action="{q(LOGIN)}" id="aspnetForm"><div id="s4-simple-card">
<h1>Đăng nhập</h1>{P.login_form(LOGIN, "Tên người dùng")}</div></form></body></html>""", kind="forbidden")
    site.asset(PDF, "files/ke-hoach-cchc-2021.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/bao-cao-cchc-2023.pdf", pdf2_bytes, "application/pdf")
    site.robots = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"
    site.not_found = layout("Không tìm thấy trang", "/404", SP.webpart(2, "Không tìm thấy trang", f"<p>{not_found_text}</p>", ID + "404"), arts, [("Lỗi", None)])
    site.counters += STATS + [HIDDEN_TOTAL]
    return site

"""Tiên Yên, Quảng Ninh — DotNetNuke with a news module, Telerik RadGrid pager, counters above the footer licence."""
import unicodedata

import content
import pages as P
from common import e, numeric_refs, q
from shared import COMMUNES, DEPARTMENTS, Site, nav_tree
from sites._sharepoint import viewstate

ID = "tienyen"
AGENCY = "Ủy ban nhân dân huyện Tiên Yên"
ADDRESS = "Phố Thống Nhất, thị trấn Tiên Yên, huyện Tiên Yên, tỉnh Quảng Ninh"
PHONE = "0203.3876.113"
EMAIL = "vanphong.tienyen@quangninh.gov.vn"
SITE_NAME = "Cổng thông tin điện tử huyện Tiên Yên"
TAB = {"tin-tuc": (89, "Tin tức - Sự kiện"), "cchc": (91, "Cải cách hành chính"), "thong-bao": (95, "Thông báo")}
ORG = "/Default.aspx?tabid=40"
TTHC = "/Default.aspx?tabid=120"
DOCS = "/Default.aspx?tabid=110"
CONTACT = "/Default.aspx?tabid=130"
SEARCH = "/Default.aspx?tabid=150&keyword=CCHC"
LOGIN = "/Login.aspx?returnurl=%2fDefault.aspx"
PDF = "/LinkClick.aspx?fileticket=Xy7kQ2mPq4s%3d&tabid=110&portalid=0"
PDF2 = "/Portals/0/VanBan/2024/KH-CCHC-2024.pdf"
GALLERY = "/Portals/0/TinTuc/2024/03/duong-hai-lang.jpg"
ONLINE = ["Trực tuyến: 36", "Tổng: 12296625"]
SIDE = ["Đang truy cập: 36", "Hôm nay: 3.412", "Tổng số: 12.296.625"]


def tab_url(key, page=1):
    tid = TAB[key][0]
    return f"/Default.aspx?tabid={tid}" if page == 1 else f"/Default.aspx?tabid={tid}&CurrentPage={page}"


def menu():
    return [
        ("Trang chủ", "/", []),
        ("Giới thiệu", ORG, [("Tổng quan", ORG + "#tong-quan", []), ("Lãnh đạo huyện", ORG + "#lanh-dao", []), ("Cơ cấu tổ chức", ORG + "#co-cau", [])]),
        ("Tin tức", tab_url("tin-tuc"), [(TAB[k][1], tab_url(k), []) for k in TAB]),
        ("Chính quyền", ORG + "#co-cau", [(d, f"{ORG}#pb-{i}", []) for i, d in enumerate(DEPARTMENTS, 1)]),
        ("Xã, thị trấn", ORG + "#xa-thi-tran", [(c, f"{ORG}#xa-{i}", []) for i, c in enumerate(COMMUNES[ID], 1)]),
        ("Văn bản", DOCS, []),
        ("Thủ tục hành chính", TTHC, []),
        ("Dịch vụ công", "https://dichvucong.quangninh.gov.vn/", []),
        ("Liên hệ", CONTACT, []),
    ]


def module(ctr, title, inner, kind="NewsModule"):
    return f"""<div class="DnnModule DnnModule-{kind} DnnModule-{ctr}"><a name="{ctr}"></a>
<div class="c_container c_head_grey"><h2 class="c_title"><span id="dnn_ctr{ctr}_dnnTITLE_titleLabel" class="Head">{e(title)}</span></h2>
<div id="dnn_ctr{ctr}_ContentPane" class="c_content"><div id="dnn_ctr{ctr}_ModuleContent" class="DNNModuleContent Mod{kind}C">
{inner}
</div></div></div></div>"""


def right_pane(ordered):
    hot = "".join(f'<li><a href="{e(a.path)}">{e(a.title)}</a></li>' for a in ordered[:4])
    links = [("Cổng TTĐT tỉnh Quảng Ninh", "https://www.quangninh.gov.vn/"), ("Huyện Thanh Bình (Đồng Tháp)", "{{base:thanhbinh}}/"),
             ("Huyện Tiên Lữ (Hưng Yên)", "{{base:tienlu}}/"), ("Trung tâm Truyền thông tỉnh", "https://baoquangninh.vn/")]
    lk = "".join(f'<li><a href="{q(u)}" target="_blank">{e(t)}</a></li>' for t, u in links)
    stats = "".join(f"<div>{s}</div>" for s in SIDE)
    return f"""<div id="dnn_RightPane" class="RightPane col-md-4">
{module(512, "Tin nổi bật", f'<ul class="news-hot">{hot}</ul>')}
{module(514, "Hình ảnh", f'<a href="{GALLERY}" target="_blank"><img src="{GALLERY}" width="260" alt="Xã Hải Lạng làm đường giao thông nông thôn" /></a>', "Gallery")}
{module(515, "Liên kết website", f'<ul class="weblinks">{lk}</ul>', "Links")}
{module(516, "Thống kê truy cập", f'<div id="dnn_ctr516_Counter_pnlCounter" class="counter">{stats}</div>', "Counter")}
</div>"""


def layout(title, url, main, ordered, desc=None, extra_head=""):
    meta_desc = numeric_refs(e(desc or SITE_NAME + ", tỉnh Quảng Ninh"))
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{e(title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{meta_desc}" />
<meta id="MetaKeywords" name="KEYWORDS" content="Ti&#x1EBF;n Y&#xEA;n, Qu&#x1EA3;ng Ninh, c&#x1EA3;i c&#xE1;ch h&#xE0;nh ch&#xED;nh" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
{extra_head}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=42" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/TienYen/skin.css?cdv=42" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/portal.css?cdv=42" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=42" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ScriptManager_TSM&amp;compress=1" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="{q(url)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(ID + url, 1800)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="siteWrapper">
<div id="dnn_HeaderPane" class="HeaderPane"><a id="dnn_dnnLOGO_hypLogo" title="{SITE_NAME}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-tienyen.png" alt="{SITE_NAME}" /></a>
<div class="user-links"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Thứ Hai, 15/01/2024</span> | <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{e(LOGIN)}">Đăng nhập</a></div>
<div class="search-box"><input type="text" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a>
<span class="hot-keywords">Từ khóa: <a href="{e(SEARCH)}">CCHC</a></span></div></div>
<div id="dnn_MenuPane" class="MenuPane"><div id="dnn_dnnMENU_RadMenu1" class="RadMenu RadMenu_Default">{nav_tree(menu(), "rmRootGroup rmHorizontal", "rmItem", "rmVertical rmGroup rmLevel1")}</div></div>
<div id="dnn_BreadcrumbPane" class="BreadcrumbPane"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> » <span class="SkinObject">{e(title.split(" > ")[0])}</span></span></div>
<div class="row">
<div id="dnn_ContentPane" class="ContentPane col-md-8">
{main}
</div>
{right_pane(ordered)}
</div>
<div id="dnn_CounterPane" class="CounterPane"><span id="dnn_ctr520_Online_lblOnline">{ONLINE[0]}</span> | <span id="dnn_ctr520_Online_lblTotal">{ONLINE[1]}</span></div>
<div id="dnn_FooterPane" class="FooterPane"><p><strong>{SITE_NAME.upper()}</strong></p>
<p>Cơ quan chủ quản: {AGENCY} - Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Giấy phép số 42/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Quảng Ninh cấp ngày 11/10/2018</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ website này.</p>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2024 by UBND huyện Tiên Yên</span></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
</body>
</html>
"""


def body_html(a):
    norm = (lambda s: unicodedata.normalize("NFD", s)) if a.key == "tthc-2023" else (lambda s: s)
    return P.render_blocks(a, img=lambda n, c: "", text=lambda s: e(norm(s)), p="<p>{}</p>", author="<p>{}</p>")


def article_main(a, ordered, tab):
    others = "".join(f'<li><a href="{e(x.path)}">{e(x.title)}</a> <span class="other-date">({x.date:%d/%m/%Y})</span></li>' for x in ordered if x is not a)
    inner = f"""<div class="news-detail">
<h1 id="dnn_ctr507_ViewNews_lblTitle" class="news-title">{e(a.title)}</h1>
<div class="news-date"><span id="dnn_ctr507_ViewNews_lblDate">{a.date:%d/%m/%Y %H:%M}</span></div>
<div id="dnn_ctr507_ViewNews_pnlContent" class="news-content">
{body_html(a)}
</div>
<span id="dnn_ctr507_ViewNews_lblHits" class="news-hits">Lượt xem: {a.views}</span>
<div class="news-tools"><a id="dnn_ctr507_ViewNews_lnkPrint" href="javascript:window.print();">In bài viết</a> | <a id="dnn_ctr507_ViewNews_lnkBack" href="javascript:history.back();">Quay lại</a></div>
<div class="news-other"><h3>Các tin khác</h3><ul>{others}</ul></div>
</div>"""
    return module(507, TAB[tab][1], inner)


def listing_main(key, items, page, pages):
    tid, name = TAB[key]
    rows = "".join(f"""<tr class="{'rgRow' if i % 2 == 0 else 'rgAltRow'}" id="dnn_ctr507_ViewNews_rgNews_ctl00__{i}"><td>
<div class="news-item"><a class="news-item-title" href="{e(a.path) if key != 'cchc' else f'/Default.aspx?tabid={tid}&amp;ItemID={a.num_id}'}">{e(a.title)}</a>
<span class="news-item-date">({a.date:%d/%m/%Y})</span><div class="news-item-summary">{e(P.excerpt(a))}</div></div></td></tr>""" for i, a in enumerate(items))
    pager = ""
    if pages > 1:
        nums = "".join(f'<a href="javascript:__doPostBack(\'dnn$ctr507$ViewNews$rgNews$ctl00$ctl03$ctl01$ctl{n:02d}\',\'\')"' +
                       (' class="rgCurrentPage"' if n == page else "") + f"><span>{n}</span></a>" for n in range(1, pages + 1))
        nxt = (f'<a class="rgPageNext" title="Trang sau" href="{e(tab_url(key, page + 1))}"></a><a class="rgPageLast" title="Trang cuối" href="{e(tab_url(key, pages))}"></a>'
               if page < pages else '<input type="submit" class="rgPageNext" value=" " title="Trang sau" onclick="return false;" disabled="disabled" />')
        prev = (f'<a class="rgPageFirst" title="Trang đầu" href="{e(tab_url(key, 1))}"></a><a class="rgPagePrev" title="Trang trước" href="{e(tab_url(key, page - 1))}"></a>'
                if page > 1 else "")
        pager = (f'<tfoot><tr class="rgPager"><td><div class="rgWrap rgArrPart1">{prev}</div><div class="rgWrap rgNumPart">{nums}</div>'
                 f'<div class="rgWrap rgArrPart2">{nxt}</div><div class="rgWrap rgInfoPart">Trang <strong>{page}</strong> / <strong>{pages}</strong></div></td></tr></tfoot>')
    grid = (f'<div id="dnn_ctr507_ViewNews_rgNews" class="RadGrid RadGrid_Default"><table class="rgMasterTable" id="dnn_ctr507_ViewNews_rgNews_ctl00">'
            f'{pager}<tbody>{rows}</tbody></table></div>')
    return module(507, name, grid)


def build(img_bytes, pdf_bytes, pdf2_bytes, not_found_text):
    site = Site(ID, SITE_NAME, "Tiên Yên", "Quảng Ninh", "dotnetnuke",
                {"Server": "Microsoft-IIS/8.5", "X-Powered-By": "ASP.NET", "X-AspNet-Version": "4.0.30319",
                 "Set-Cookie": "dnn_IsMobile=False; path=/; HttpOnly"})
    site.article_features = ["counter_in_content", "counter_above_footer", "bare_author_paragraph", "numeric_refs_in_meta"]
    arts = content.tienyen()
    for n, a in enumerate(arts):
        a.num_id = 1231 + n * 2
        tab = "thong-bao" if a.category == "thong-bao" else "tin-tuc"
        a.path = f"/Default.aspx?tabid={TAB[tab][0]}&ItemID={a.num_id}"
    ordered = P.newest_first(arts)
    std_ex = ["Lượt xem:", "Các tin khác", "In bài viết", "Quay lại", "Trực tuyến:", "Thống kê truy cập"] + ONLINE
    for a in ordered:
        tab = "thong-bao" if a.category == "thong-bao" else "tin-tuc"
        aliases = [f"/Default.aspx?tabid=91&ItemID={a.num_id}"] if P.is_cchc_topic(a) else []
        html = layout(f"{TAB[tab][1]} > {a.title}", a.path, article_main(a, ordered, tab), ordered, a.title)
        site.article(a, html, excludes=std_ex + [f"Lượt xem: {a.views}"], aliases=aliases,
                     features=["nfd_text"] if a.key == "tthc-2023" else [])
        site.counters.append(f"Lượt xem: {a.views}")
    for key in TAB:
        items = [a for a in ordered if (key == "tin-tuc") or (key == "cchc" and P.is_cchc_topic(a)) or (key == "thong-bao" and a.category == "thong-bao")]
        chunks = P.chunks(items, 2)
        for n, chunk in enumerate(chunks, 1):
            url = tab_url(key, n)
            site.page(url, layout(f"{TAB[key][1]}", url, listing_main(key, chunk, n, len(chunks)), ordered))
    site.page("/", layout(SITE_NAME, "/", listing_main("tin-tuc", ordered, 1, 1), ordered))

    def simple(url, title, inner, kind="non_article", ctr=530):
        site.page(url, layout(title, url, module(ctr, title, inner, "HTML"), ordered), kind=kind)
    intro = '<h3 id="tong-quan">Tổng quan</h3><p>Huyện Tiên Yên nằm ở phía Đông Bắc tỉnh Quảng Ninh, là đầu mối giao thông nối các huyện miền Đông của tỉnh với các cửa khẩu biên giới.</p>'
    simple(ORG, "Giới thiệu", intro + P.org_table(COMMUNES[ID], "0203", [("Vi Văn Minh", "Chủ tịch UBND huyện"), ("Hoàng Thị Lan", "Phó Chủ tịch UBND huyện")]))
    simple(TTHC, "Thủ tục hành chính", P.procedure_filters() + P.procedures_table(PDF2))
    simple(DOCS, "Văn bản", P.documents_table([PDF, PDF2], 2024, AGENCY))
    simple(CONTACT, "Liên hệ", P.contact_block(AGENCY, ADDRESS, PHONE, EMAIL, CONTACT, "Mã bảo vệ"))
    cchc = [a for a in ordered if P.is_cchc_topic(a)]
    res = "".join(f'<div class="search-item"><a href="{e(a.path)}">{e(a.title)}</a><p>{e(P.excerpt(a, 150))}</p></div>' for a in cchc)
    simple(SEARCH, "Kết quả tìm kiếm", f'<p>Tìm thấy {len(cchc)} kết quả cho từ khóa "CCHC"</p>{res}', ctr=540)
    site.page(LOGIN, layout("Đăng nhập", LOGIN, module(550, "Đăng nhập", P.login_form(LOGIN), "Login"), ordered), kind="forbidden")
    site.asset(PDF, "files/bao-cao-tthc-2023.pdf", pdf_bytes, "application/pdf")
    site.asset(PDF2, "files/KH-CCHC-2024.pdf", pdf2_bytes, "application/pdf")
    site.asset(GALLERY, "files/photo.jpg", img_bytes, "image/jpeg")
    site.robots = """User-agent: *
Disallow: /admin/
Disallow: /App_Browsers/
Disallow: /App_Code/
Disallow: /App_Data/
Disallow: /App_GlobalResources/
Disallow: /bin/
Disallow: /Components/
Disallow: /Config/
Disallow: /controls/
Disallow: /DesktopModules/
Disallow: /Install/
Disallow: /Providers/
Disallow: /Login.aspx
"""
    site.not_found = layout("Không tìm thấy trang", "/404", module(599, "Không tìm thấy trang", f"<p>{not_found_text}</p>", "HTML"), ordered)
    site.counters += ONLINE + SIDE + ["12296625"]
    return site

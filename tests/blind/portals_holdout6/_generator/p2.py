"""p2 Bắc Yên (Sơn La): Liferay 6.1 Bkav portal_egov. asset_publisher .../content/<urlTitle>
(đ dropped), paginator _101_INSTANCE_x_cur=2. Hard cases: visit-counter portlet with eight labels
and a malformed row in the side column, 'Thứ Bẩy, ngày dd/MM/yyyy HH:ss' date in .social-panel
with Email/A-/A+, bold summary in .asset-abstract outside .asset-content, portlet title above the
headline, 'Tin mới hơn'/'Tin cũ hơn' lists with (dd/MM)."""
from common import *

UNITS = ["xã Phiêng Ban", "xã Hồng Ngài", "xã Song Pe", "xã Tà Xùa", "xã Chiềng Sại", "thị trấn Bắc Yên"]
arts = make_articles(702, "huyện Bắc Yên", UNITS, 2025, [1, 2, 3, 4, 5, 6])
arts.sort(key=lambda a: a["date"], reverse=True)
INST = "Hq7KbT2mZx4R"
A = lambda a: f"/web/guest/tin-tuc/-/asset_publisher/{INST}/content/{liferay_slug(a['title'])}"
L1 = "/web/guest/tin-tuc"
L2 = f"/web/guest/tin-tuc?p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&_101_INSTANCE_{INST}_cur=2&_101_INSTANCE_{INST}_delta=4"
NOT = ("/web/guest/thong-bao/-/asset_publisher/Tb93LpQa/content/thong-bao-ket-luan-cua-chu-tich-ubnd-huyen-tai-cuoc-hop-giao-ban-thang-8",
       "Thông báo kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 8", "TB_155_UBND.pdf")
DOCS = "/web/guest/van-ban-phap-quy"
WDB = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]
FUR = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tháng trước",
       "Tin mới hơn", "Tin cũ hơn", "Cổng thông tin điện tử huyện Bắc Yên", "Ghi rõ nguồn", "Văn bản pháp quy", "1907733"]


def shell(title, inner, canon=None):
    q = esc(A.__name__)
    rows = [("Tổng số lượt truy cập", "1907733"), ("Số người đang truy cập", "38"), ("Hôm nay", "1214"),
            ("Hôm qua", "2630"), ("Tuần này", "9812"), ("Tuần trước", "17420"), ("Tháng này", "40218"), ("Tháng trước", "66051")]
    cnt = "".join((f'<div class="row"><span class="label">{l}</span><span class="counter-value">{v}</span></div>' if i != 3 else
                   f'<div class="row">{l}</span><span class="counter-value">{v}</span></div>') for i, (l, v) in enumerate(rows))
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Cổng thông tin điện tử huyện Bắc Yên</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />{can}</head>
<body class="portal-egov bacyen"><div id="wrapper"><header id="banner"><h1 class="site-title"><a href="/web/guest">Cổng thông tin điện tử huyện Bắc Yên</a></h1>
<nav class="sort-pages"><ul><li><a href="/">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li><a href="{L1}">Tin tức sự kiện</a></li>
<li><a href="{DOCS}">Văn bản pháp quy</a></li><li><a href="/web/guest/hoi-dap">Hỏi đáp</a></li></ul></nav></header>
<div id="content"><div class="columns-2"><div class="column-1 aui-w70">{inner}</div>
<div class="column-2 aui-w30"><section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><header class="portlet-topper"><h2 class="portlet-title">Thống Kê Truy Cập</h2></header>
<div class="visit-counter-data-container-style-2"><div class="visit-counter-content">{cnt}</div></div></section>
<section class="portlet"><h2 class="portlet-title">Thông báo</h2><ul><li><a href="{NOT[0]}">{esc(NOT[1])}</a></li></ul></section></div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Bắc Yên, tỉnh Sơn La</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></body></html>"""


def article(a):
    i = arts.index(a)
    newer, older = arts[:i][-3:], arts[i + 1:i + 4]
    rel = lambda xs: "".join(f'<li><a href="{A(o)}">{esc(o["title"])}</a> <span>({o["date"]:%d/%m})</span></li>' for o in xs)
    d = a["date"]
    ab = f'<div class="asset-abstract"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    inner = f"""<section class="portlet" id="portlet_101_INSTANCE_{INST}"><header class="portlet-topper"><h2 class="portlet-title">Tin tức sự kiện</h2></header>
<div class="asset_publisher_view_full_content"><div class="asset_title">{esc(a['title'])}</div>
<div class="social-panel"><span class="date">{WDB[d.weekday()]}, ngày {d:%d/%m/%Y %H}:{d.second:02d}</span>
<span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="javascript:zoomOut()">A-</a> <a href="javascript:zoomIn()">A+</a></span></div>
{ab}<div class="asset-content journal-content-article">{body_html(a, img=lambda x: f'<p style="text-align:center"><img src="/documents/10180/0/anh-{x["id"]}.jpg" /></p>', cap=lambda c: f'<p style="text-align:center"><em>{esc(c)}</em></p>')}</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>{rel(newer)}</ul></div><div class="older"><h4>Tin cũ hơn</h4><ul>{rel(older)}</ul></div></div></div></section>"""
    return shell(a["title"], inner, A(a))


def listing(items):
    lis = "".join(f"""<div class="asset-abstract"><img width="180" height="100" src="/documents/10180/0/t{a['id']}.jpg" />
<span class="asset-category-name">Tin tức sự kiện</span> <span class="asset-publish-date">{a['date']:%d-%m-%Y}</span>
<h3 class="asset-title"><a href="{A(a)}">{esc(a['title'])}</a></h3><div class="asset-sumary">{esc((a['lead'] or a['paras'][0])[:90])}...</div></div>""" for a in items)
    pg = f'<div class="taglib-search-iterator-page-iterator-bottom"><a href="{L1}">1</a> <a href="{esc(L2)}">2</a> <a href="{esc(L2)}">Sau</a></div>'
    return shell("Tin tức sự kiện", f'<section class="portlet"><h2 class="portlet-title">Tin tức sự kiện</h2>{lis}{pg}</section>')


home = shell("Trang chủ", '<div class="welcome">Chào mừng bạn đến với Cổng thông tin điện tử huyện Bắc Yên</div><ul>' +
             "".join(f'<li><a href="{A(a)}">{esc(a["title"])}</a></li>' for a in arts[:3]) + f'</ul><a href="{L1}">Xem thêm</a>')
docs = shell("Văn bản pháp quy", '<h2 class="portlet-title">Văn bản pháp quy</h2><table><tr><td>Số hiệu</td><td>Trích yếu</td></tr>'
             '<tr><td>1422/QĐ-UBND</td><td>Quyết định ban hành Kế hoạch cải cách hành chính năm 2025</td></tr></table>')
notice = shell(NOT[1], f'<h2 class="portlet-title">Thông báo</h2><div class="asset_title">{esc(NOT[1])}</div><p>File đính kèm: <a href="/documents/10180/0/{NOT[2]}">{NOT[2]}</a></p>', NOT[0])
assemble("p2_bacyen", {"name": "Cổng thông tin điện tử huyện Bắc Yên", "district": "Bắc Yên", "province": "Sơn La",
                       "platform": "Liferay 6.1 Bkav portal_egov"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(DOCS, docs), (NOT[0], notice)], FUR)

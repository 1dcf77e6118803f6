# -*- coding: utf-8 -*-
"""p2 - Liferay 6.1 Bkav "portal_egov", huyện Ngọc Hồi, Kon Tum.
Hard: three monthly report issues with the same table header and commune names;
"Thứ Bẩy, ngày dd/MM/yyyy HH:ss" date; visit-counter portlet (malformed span) in the side column;
"Tin mới hơn / Tin cũ hơn" with (dd/MM); asset paginator with namespaced _cur; a one-item listing."""
from common import *

P = Portal("p2_ngochoi_liferay_bkav", "Cổng thông tin điện tử huyện Ngọc Hồi", "Ngọc Hồi", "Kon Tum", "Liferay 6.1 Bkav portal_egov")
INST = "101_INSTANCE_rB7kQ2pXv9Lm"
BASE = "/web/guest/tin-tuc-su-kien"
CC = "/web/guest/cai-cach-hanh-chinh"
P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tin mới hơn", "Tin cũ hơn",
               "Bản quyền thuộc Ủy ban nhân dân huyện Ngọc Hồi", "Đọc bài viết", "Tuần trước"]
BKWD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


def counter():
    rows = [("Tổng số lượt truy cập", 2368417), ("Số người đang truy cập", 37), ("Hôm nay", 1204), ("Hôm qua", 1877),
            ("Tuần này", 6310), ("Tuần trước", 11942), ("Tháng này", 22806), ("Tháng trước", 49517)]
    out = []
    for i, (l, v) in enumerate(rows):
        if i == 4:  # the real portlet misses one opening <span>
            out.append(f'<div class="visit-counter-row">{l}</span><span class="counter-value">{v}</span></div>')
        else:
            out.append(f'<div class="visit-counter-row"><span class="counter-label">{l}</span><span class="counter-value">{v}</span></div>')
    return ('<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><div class="portlet-title">Thống Kê Truy Cập</div>'
            '<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">' + "".join(out) + "</div></div></div>")


def page(title, main, canon):
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Cổng thông tin điện tử huyện Ngọc Hồi</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="http://{{{{HOST}}}}{canon}" rel="canonical" />
<link href="/portal-ngochoi-theme/css/main.css?browserId=other&amp;themeId=portalngochoi_WAR_portalngochoitheme" rel="stylesheet" type="text/css" />
</head><body class="blue yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div class="banner-img"><img src="/portal-ngochoi-theme/images/banner.png" alt="Ủy ban nhân dân huyện Ngọc Hồi" /></div>
<div class="top-date">{TODAY.replace('Thứ Bảy', 'Thứ Bẩy')}</div>
<nav class="sort-pages modify-pages" id="navigation"><ul>
<li><a href="/web/guest/home"><span>Trang chủ</span></a></li><li><a href="/web/guest/gioi-thieu"><span>Giới thiệu</span></a></li>
<li><a href="{BASE}"><span>Tin tức - Sự kiện</span></a></li><li><a href="{CC}"><span>Cải cách hành chính</span></a></li>
<li><a href="/web/guest/van-ban-phap-quy"><span>Văn bản</span></a></li><li><a href="/web/guest/lien-he"><span>Liên hệ</span></a></li></ul></nav></header>
<div id="content"><div class="columns-2-r" id="main-content" role="main"><table class="portlet-layout"><tr>
<td class="aui-w70 portlet-column portlet-column-first" id="column-1">{main}</td>
<td class="aui-w30 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary"><div class="portlet-title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="/web/guest/dich-vu-cong">Dịch vụ công</option></select></div>
<div class="portlet-boundary"><div class="portlet-title">Chuyên mục</div><ul><li><a href="/web/guest/thong-bao">Thông báo</a></li><li><a href="/web/guest/tag/cchc">Tag: CCHC</a></li></ul></div>
{counter()}</td></tr></table></div></div>
<footer id="footer" role="contentinfo"><p>Bản quyền thuộc Ủy ban nhân dân huyện Ngọc Hồi</p><p>Địa chỉ: Số 275 đường Hùng Vương, thị trấn Plei Kần, huyện Ngọc Hồi, tỉnh Kon Tum</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Kon Tum cấp</p></footer></div></body></html>"""


units = ["UBND huyện", "Thị trấn Plei Kần", "Xã Đắk Xú", "Xã Đắk Ang", "Xã Pờ Y", "Xã Sa Loong", "Xã Đắk Dục", "Xã Đắk Nông"]
arts = []
for k, (m, pub) in enumerate([(1, (2024, 2, 3)), (2, (2024, 3, 2)), (3, (2024, 4, 6))], 1):
    a = series("UBND huyện Ngọc Hồi", units, k, m, 2024, iso(*pub), 200 + k, byline="Văn phòng HĐND - UBND huyện")
    arts.append((a, CC, pub, (9, 14 + k)))
a = par_index("huyện Ngọc Hồi", "Kon Tum", 2023, 82.47, 3, 10, -1, 88.02, iso(2024, 3, 16), byline="Phòng Nội vụ huyện")
arts.append((a, CC, (2024, 3, 16), (10, 27)))
a = kiem_tra("UBND huyện Ngọc Hồi", ["Đắk Xú", "Pờ Y", "Sa Loong", "Đắk Nông"], 4, 2024, iso(2024, 4, 24), 205)
arts.append((a, CC, (2024, 4, 24), (15, 3)))
a = tin_thuong("lua", "huyện Ngọc Hồi", iso(2024, 4, 27), byline="Thanh Tùng")
arts.append((a, BASE, (2024, 4, 27), (8, 45)))
paths = []
for a, base, pub, hm in arts:
    paths.append(f"{base}/-/asset_publisher/{INST.split('_')[-1]}/content/{slug(a['title'], keep_d=False, case='lower')}")
order = sorted(range(len(arts)), key=lambda i: arts[i][0]["published"])
for idx, (a, base, (y, m, d), (hh, ss)) in enumerate(arts):
    path = paths[idx]
    pos = order.index(idx)
    newer = [order[j] for j in range(pos + 1, min(pos + 4, len(order)))]
    older = [order[j] for j in range(max(0, pos - 3), pos)][::-1]
    def lst(ix):
        return "".join(f'<li><a href="{paths[i]}">{esc(arts[i][0]["title"])}</a> <span class="date">({arts[i][2][2]:02d}/{arts[i][2][1]:02d})</span></li>' for i in ix)
    summary = a["blocks"][0][1]
    main = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_{INST}_"><div class="portlet-body">
<div class="asset_publisher_view_full_content">
<h3 class="asset_title">{esc(a['title'])}</h3>
<div class="social-panel"><div class="left">{BKWD[__import__('datetime').date(y, m, d).weekday()]}, ngày {d:02d}/{m:02d}/{y} {hh:02d}:{ss:02d}</div>
<div class="right"><a href="javascript:sendMail()" class="email">Email</a> <a href="javascript:zoomOut()" class="font-minus">A-</a> <a href="javascript:zoomIn()" class="font-plus">A+</a> <a href="javascript:readText()" class="read">Đọc bài viết</a></div></div>
<div class="asset-abstract"><strong>{esc(summary)}</strong></div>
<div class="asset-content">
{render_blocks(a['blocks'][1:], table_attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="width:100%"')}
</div>
<div class="related_asset"><div class="related-title">Tin mới hơn</div><ul>{lst(newer)}</ul>
<div class="related-title">Tin cũ hơn</div><ul>{lst(older)}</ul></div>
</div></div></div>"""
    P.add(path, page(a["title"], main, path))
    P.gold_article(path, a)


def listing(ix, title, pager, canon):
    items = []
    for i in ix:
        a, base, (y, m, d), _ = arts[i]
        items.append(f'<div class="asset-abstract"><div class="asset-small-image"><img src="/image/journal/article?img_id={4410 + i}" width="180" height="100" alt="" /></div>'
                     f'<span class="asset-category-name">{"Cải cách hành chính" if base == CC else "Tin tức - Sự kiện"}</span> <span class="asset-publish-date">{d:02d}-{m:02d}-{y}</span>'
                     f'<h3 class="asset-title"><a href="{paths[i]}">{esc(a["title"])}</a></h3><div class="asset-sumary">{esc(a["blocks"][0][1][:160])}...</div></div>')
    return page(title, f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_{INST}_"><div class="portlet-title">{esc(title)}</div><div class="portlet-body">' + "".join(items) + pager + "</div></div>", canon)


rev = order[::-1]
q = f"?p_p_id={INST}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_{INST}_cur=2&_{INST}_delta=4"
pg1 = f'<div class="taglib-search-iterator-page-iterator-bottom"><div class="search-results">Hiển thị 1 - 4 của 5 kết quả.</div><ul class="pager"><li class="disabled">Đầu</li><li class="disabled">Trước</li><li><a href="{CC + esc(q)}">Sau</a></li><li><a href="{CC + esc(q)}">Cuối</a></li></ul></div>'
pg2 = f'<div class="taglib-search-iterator-page-iterator-bottom"><div class="search-results">Hiển thị 5 - 5 của 5 kết quả.</div><ul class="pager"><li><a href="{CC}">Đầu</a></li><li><a href="{CC}">Trước</a></li><li class="disabled">Sau</li></ul></div>'
cc_ix = [i for i in rev if arts[i][1] == CC]
P.add("/", listing(rev[:5], "Tin nổi bật", "", "/"))
P.add(CC, listing(cc_ix[:4], "Cải cách hành chính", pg1, CC))
P.add(CC + q, listing(cc_ix[4:], "Cải cách hành chính", pg2, CC))
P.add(BASE, listing([i for i in rev if arts[i][1] == BASE], "Tin tức - Sự kiện", "", BASE))  # a one-item listing
P.add("/web/guest/gioi-thieu", page("Giới thiệu", """<div class="portlet-boundary journal-content-article"><div class="portlet-title">Giới thiệu chung</div>
<p>Huyện Ngọc Hồi nằm ở phía Bắc tỉnh Kon Tum, nơi có ngã ba Đông Dương giáp ranh với Lào và Campuchia. Huyện có 1 thị trấn và 7 xã, dân số hơn 60 nghìn người.</p>
<p>Cửa khẩu quốc tế Bờ Y là động lực phát triển thương mại, dịch vụ của huyện.</p></div>""", "/web/guest/gioi-thieu"))
P.add("/web/guest/lien-he", page("Liên hệ", """<div class="portlet-boundary"><div class="portlet-title">Liên hệ</div><p>Văn phòng HĐND - UBND huyện Ngọc Hồi</p><p>Điện thoại: 0260.3831 152</p>
<form action="/web/guest/lien-he" method="post"><label>Họ tên</label><input name="hoten" /><label>Nội dung</label><textarea name="noidung"></textarea><button>Gửi liên hệ</button></form></div>""", "/web/guest/lien-he"))
NOT = "/web/guest/thong-bao/-/asset_publisher/Hn4sW1aTq8Ze/content/thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2024"
P.add("/web/guest/thong-bao", listing([], "Thông báo", f'<div class="asset-abstract"><h3 class="asset-title"><a href="{NOT}">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</a></h3><span class="asset-publish-date">05-06-2024</span></div>', "/web/guest/thong-bao"))
P.add(NOT, page("Thông báo kết quả xét tuyển viên chức giáo dục năm 2024", """<div class="asset_publisher_view_full_content"><h3 class="asset_title">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</h3>
<div class="social-panel"><div class="left">Thứ Tư, ngày 05/06/2024 14:07</div></div>
<div class="asset-content"><p><a href="/documents/10181/0/TB+ket+qua+xet+tuyen+2024.pdf">Thông báo số 118/TB-HĐXT (tải về)</a></p></div></div>""", NOT))
P.add("/web/guest/home", listing(rev[:5], "Tin nổi bật", "", "/"))
P.non_articles = ["/", CC, CC + q, BASE, "/web/guest/gioi-thieu", "/web/guest/lien-he", NOT]
P.write()

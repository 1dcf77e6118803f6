"""p2 — huyện Đắk Glei (Kon Tum): Liferay 6.1 Bkav portal_egov asset publisher, urlTitle without 'đ'.
Hard cases: visit-counter portlet in the LEFT column before the content (malformed row), headline in a div
(not h1) under a portlet title, 'Thứ Bẩy, ngày dd/MM/yyyy HH:ss' date, social panel (Email, A-, A+),
'Tin mới hơn' / 'Tin cũ hơn' lists with (dd/MM), a very short article."""
from common import Article, write_portal, esc, body_html
import content as C
import datetime

PLACE, PROV = "huyện Đắk Glei", "Kon Tum"
B = "/web/guest/tin-tuc/-/asset_publisher/Kq7mZtP2xLaB/content/"
L = "/web/guest/tin-tuc"
L2 = L + "?p_p_id=101_INSTANCE_Kq7mZtP2xLaB&p_p_lifecycle=0&_101_INSTANCE_Kq7mZtP2xLaB_cur=2&_101_INSTANCE_Kq7mZtP2xLaB_delta=5"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "I", 1566, 88, 1002, 391, 7, 166, 1034, 41, "Nguyễn Văn Lâm")
t = "Đắk Glei: một cửa huyện trả đúng và trước hạn gần 99,5% hồ sơ trong quý I"
arts.append(Article(B + "ak-glei-ket-qua-giai-quyet-thu-tuc-hanh-chinh-quy-i-nam-2025", t, "2025-04-05", ps, must, lead=lead))
t, ps, must = C.par_index(PLACE, PROV, 2024, "79,62", 7, 10, "82,15", 2, "Y Ngọc")
arts.append(Article(B + "ak-glei-xep-thu-7-10-ve-chi-so-cai-cach-hanh-chinh", t, "2025-03-29", ps, must))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Đắk Pék", "Thị trấn Đắk Glei", "Xã Đắk Môn", "Xã Mường Hoong"], "Y Thị Bích")
arts.append(Article(B + "cap-xa-o-ak-glei-giai-quyet-ho-so-6-thang", t, "2025-03-22", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d, slug, sh) in enumerate([("lut", 900, "A Hoàng", "2025-03-15", "chu-ong-phong-chong-thien-tai", False),
                                            ("hoc", 64, "Y Thương", "2025-03-08", "trao-hoc-bong-cho-hoc-sinh-ngheo", False),
                                            ("tiem", 1430, "Đinh Văn Tú", "2025-03-01", "tiem-vac-xin-soi-cho-tre-em", True)]):
    t, ps, must = C.news(k, PLACE, n, who, short=sh)
    arts.append(Article(B + slug, t, d, ps, must))
notices = [(B + "thong-bao-tuyen-dung-vien-chuc-nam-2025", "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025", "/documents/10180/tb-tuyen-dung.pdf")]
FURN = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tháng trước",
        "Tin mới hơn", "Tin cũ hơn", "A-", "A+", "Liên kết website", "Cơ quan chủ quản: Ủy ban nhân dân huyện Đắk Glei"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


def page(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % esc(canonical) if canonical else ""
    counter = """<div class="portlet-boundary portlet-visit-counter"><div class="portlet-title">Thống Kê Truy Cập</div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="label">Tổng số lượt truy cập</span><span class="counter-value">1804975</span></div>
<div><span class="label">Số người đang truy cập</span><span class="counter-value">27</span></div>
<div><span class="label">Hôm nay</span><span class="counter-value">812</span></div>
<div>Hôm qua</span><span class="counter-value">1290</span></div>
<div><span class="label">Tuần trước</span><span class="counter-value">8843</span></div>
<div><span class="label">Tháng trước</span><span class="counter-value">40211</span></div></div></div></div>"""
    return """<!DOCTYPE html><html class="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>%s - Cổng thông tin điện tử huyện Đắk Glei</title>%s</head><body class="portal-egov">
<div id="wrapper"><header id="banner"><a href="/web/guest">Trang chủ</a> | <a href="%s">Tin tức</a> | <a href="/web/guest/gioi-thieu">Giới thiệu</a> | <a href="/web/guest/so-do-trang">Sơ đồ trang</a></header>
<div id="content"><div class="columns-2"><div id="column-1" class="aui-w25">%s
<div class="portlet-boundary"><div class="portlet-title">Liên kết website</div><ul><li><a href="/web/guest/lien-ket">Cổng TTĐT tỉnh Kon Tum</a></li></ul></div></div>
<div id="column-2" class="aui-w75">%s</div></div></div>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Đắk Glei</p><p>Địa chỉ: thị trấn Đắk Glei, tỉnh Kon Tum</p></footer></div></body></html>""" % (esc(title), can, L, counter, main)


def portlet(t, inner):
    return '<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span>%s</span></h1></header><div class="portlet-content">%s</div></section>' % (esc(t), inner)


def art_page(a):
    y, m, d = map(int, a.published.split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    idx = arts.index(a)
    newer = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (esc(b.path), esc(b.title), b.published[8:] + "/" + b.published[5:7]) for b in arts[:idx])
    older = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (esc(b.path), esc(b.title), b.published[8:] + "/" + b.published[5:7]) for b in arts[idx + 1:])
    inner = '<div class="asset_publisher_view_full_content"><div class="asset_title">%s</div>' % esc(a.title)
    inner += '<div class="social-panel"><span class="date">%s, ngày %02d/%02d/%d 08:%02d</span><span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="javascript:;">A-</a> <a href="javascript:;">A+</a></span></div>' % (wd, d, m, y, (d * 7) % 60)
    if a.lead:
        inner += '<div class="asset-abstract"><b>%s</b></div>' % esc(a.lead)
    inner += '<div class="asset-content">%s</div></div>' % body_html(a)
    inner += '<div class="related_asset"><div class="title">Tin mới hơn</div><ul>%s</ul><div class="title">Tin cũ hơn</div><ul>%s</ul></div>' % (newer, older)
    return page(a.title, portlet("Tin tức - Sự kiện", inner), a.path)


def listing(items, pager):
    x = "".join('<div class="asset-abstract"><span class="asset-category-name">Tin tức</span> <a href="%s" class="asset-title">%s</a> <span class="asset-publish-date">%s</span></div>' % (esc(p), esc(t), d) for p, t, d in items)
    return page("Tin tức", portlet("Tin tức - Sự kiện", x + '<div class="search-paginator">%s</div>' % pager))


def dmy(s):
    return "-".join(reversed(s.split("-")))


items = [(a.path, a.title, dmy(a.published)) for a in arts] + [(p, t, "10-03-2025") for p, t, _ in notices]
H = "text/html;charset=UTF-8"
pages = [("/", page("Trang chủ", portlet("Tin nổi bật", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t, _ in items[:3]) + '<a href="%s">Xem thêm</a>' % L)), 200, H, "utf-8"),
         ("/web/guest", page("Trang chủ", portlet("Tin nổi bật", '<a href="%s">Xem thêm</a>' % L)), 200, H, "utf-8"),
         (L, listing(items[:5], '<span>1</span> <a href="%s">Sau</a>' % esc(L2)), 200, H, "utf-8"),
         (L2, listing(items[5:], '<a href="%s">Trước</a> <span>2</span>' % esc(L)), 200, H, "utf-8")]
for a in arts:
    pages.append((a.path, art_page(a), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, portlet("Thông báo", '<div class="asset_title">%s</div><a href="%s">Tệp đính kèm</a>' % (esc(t), f))), 200, H, "utf-8"))
pages.append(("/web/guest/gioi-thieu", page("Giới thiệu", portlet("Giới thiệu", "<p>Huyện Đắk Glei là huyện miền núi phía bắc tỉnh Kon Tum, giáp tỉnh Quảng Nam và nước bạn Lào.</p><p>Điện thoại: 0260 3824 219</p>")), 200, H, "utf-8"))
write_portal("p2_dakglei_liferay_bkav", {"name": "Cổng thông tin điện tử huyện Đắk Glei", "district": "Đắk Glei", "province": PROV,
             "platform": "Liferay 6.1 Bkav portal_egov"}, pages, arts, [notices[0][0], "/web/guest/gioi-thieu", L, L2, "/", "/web/guest"], FURN)

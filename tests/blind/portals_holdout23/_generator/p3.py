"""Portal 3: Liferay 6.1 Bkav portal_egov, huyện Châu Đức (Bà Rịa - Vũng Tàu)."""
import random, sys
from common import esc, render_blocks, dmy, weekday, slug
import content as C
from portal import build

PID = 'hd23_liferay_bkav_chauduc'
NAME = 'Cổng thông tin điện tử huyện Châu Đức'
DISTRICT, PROVINCE, PLATFORM = 'Châu Đức', 'Bà Rịa - Vũng Tàu', 'Liferay 6.1 Bkav egov'
PER_PAGE = 5
INST = 'Xk4RtB2m'
INTRO_URL = '/web/guest/gioi-thieu'
CONTACT_URL = '/web/guest/lien-he'
DOC_URL = '/web/guest/thong-bao/-/asset_publisher/%s/content/thong-bao-ve-viec-lay-y-kien-du-thao-quy-hoach-xay-dung-vung-huyen' % INST
DOC_TITLE = 'Thông báo về việc lấy ý kiến dự thảo quy hoạch xây dựng vùng huyện'
DOC_FILE = '/documents/10181/0/TB%20lay%20y%20kien%20QH.pdf'
FURNITURE = ['Thống Kê Truy Cập', 'Tổng số lượt truy cập', 'Số người đang truy cập', 'Tin mới hơn', 'Tin cũ hơn',
             'Tuần trước', 'Tháng trước', 'Bản quyền thuộc Ủy ban nhân dân huyện Châu Đức', 'Đọc bài viết']
R = random.Random(23003)
UNITS = ['Thị trấn Ngãi Giao', 'Xã Bình Ba', 'Xã Suối Nghệ', 'Xã Xuân Sơn', 'Xã Sơn Bình', 'Xã Bình Giã', 'Xã Kim Long', 'Xã Quảng Thành']


def art_url(i, a):
    return '/web/guest/tin-tuc/-/asset_publisher/%s/content/%s' % (INST, slug(a['title'], drop_d=True))


def list_url(n):
    base = '/web/guest/tin-tuc'
    if n == 1:
        return base
    return base + '?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&_101_INSTANCE_%s_cur=%d&_101_INSTANCE_%s_delta=5' % (INST, INST, n, INST)


def A(u):
    return u.replace('&', '&amp;')


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), ('/web/guest/tin-tuc', 'Tin tức - Sự kiện'), ('/web/guest/cai-cach-hanh-chinh', 'Cải cách hành chính'),
        ('/web/guest/thong-bao', 'Thông báo'), (CONTACT_URL, 'Liên hệ')]


def shell(title, main, canon):
    menu = ''.join('<li><a href="%s"><span>%s</span></a></li>' % (u, esc(t)) for u, t in MENU)
    counter = '''<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><div class="portlet-title">Thống Kê Truy Cập</div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="counter-label">Tổng số lượt truy cập</span><span class="counter-value">3081152</span></div>
<div><span class="counter-label">Số người đang truy cập</span><span class="counter-value">58</span></div>
<div><span class="counter-label">Hôm nay</span><span class="counter-value">1422</span></div>
<div>Hôm qua</span><span class="counter-value">2310</span></div>
<div><span class="counter-label">Tuần này</span><span class="counter-value">9875</span></div>
<div><span class="counter-label">Tuần trước</span><span class="counter-value">15220</span></div>
<div><span class="counter-label">Tháng này</span><span class="counter-value">30114</span></div>
<div><span class="counter-label">Tháng trước</span><span class="counter-value">61009</span></div></div></div></div>'''
    return '''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>%s - Cổng thông tin điện tử huyện Châu Đức</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/><link rel="canonical" href="http://{{HOST}}%s"/>
<meta property="og:url" content="http://{{HOST}}%s"/></head>
<body class="portal-egov"><div id="wrapper"><header id="banner"><div class="banner-text">ỦY BAN NHÂN DÂN HUYỆN CHÂU ĐỨC</div>
<div class="current-date">Thứ Năm, ngày 12/06/2025</div><nav id="navigation"><ul>%s</ul></nav></header>
<div id="content"><div class="columns-2"><div class="aui-w70 portlet-column" id="column-1">%s</div>
<div class="aui-w30 portlet-column" id="column-2"><div class="portlet-boundary"><div class="portlet-title">Liên kết website</div><ul><li><a href="/web/guest/lien-ket">Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu</a></li></ul></div>
%s</div></div></div>
<footer id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Châu Đức</p><p>Địa chỉ: Khu phố Vinh Thanh, thị trấn Ngãi Giao, huyện Châu Đức. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</div></body></html>''' % (esc(title), canon, canon, menu, main, counter)


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl[1:], byline='<p style="text-align:right"><strong>%s</strong></p>', src='<p style="text-align:right"><strong><em>%s</em></strong></p>')
    newer = [o for o in others if o['date'] > a['date']][:3]
    older = [o for o in others if o['date'] <= a['date']][:3]
    fmt = lambda L: ''.join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (o['url'], esc(o['title']), '/'.join(dmy(o['date']).split('/')[:2])) for o in L)
    wd = weekday(a['date']).replace('Thứ Bảy', 'Thứ Bẩy')
    main = '''<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div>
<div class="asset_publisher_view_full_content">
<h3 class="asset_title">%s</h3>
<div class="social-panel"><span class="publish-date">%s, ngày %s %s</span>
<span class="tools"><a href="mailto:?subject=%s" onclick="sendMail()">Email</a> <a href="javascript:fontMinus()">A-</a> <a href="javascript:fontPlus()">A+</a> <a href="javascript:readText()" title="Đọc bài viết">Đọc bài viết</a></span></div>
<div class="asset-abstract"><strong>%s</strong></div>
<div class="asset-content journal-content-article">
%s
</div>
<div class="related_asset"><div class="related-title">Tin mới hơn</div><ul>%s</ul><div class="related-title">Tin cũ hơn</div><ul>%s</ul></div>
</div></div>''' % (esc(a['title']), wd, dmy(a['date']), a.get('time', '09:00'), esc(a['title']), esc(bl[0][1]), body, fmt(newer), fmt(older))
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    li = ''.join('''<div class="asset-abstract"><img src="/image/journal/article?img_id=%d" width="180" height="100" alt=""/>
<span class="asset-category-name">Tin tức - Sự kiện</span> <span class="asset-publish-date">%s</span>
<h3 class="asset-title"><a href="%s">%s</a></h3><div class="asset-sumary">%s</div></div>''' % (40000 + i, dmy(a['date'], '-'), a['url'], esc(a['title']), esc(a['blocks'][0][1])) for i, a in enumerate(items))
    pag = '<div class="taglib-search-iterator-page-iterator-bottom"><span>Trang %d của 2</span> %s</div>' % (
        n, '<a href="%s">Trang đầu</a> <a href="%s">Trước</a>' % (other, other) if n == 2 else '<a href="%s">Tiếp</a> <a href="%s">Trang cuối</a>' % (A(other), A(other)))
    return shell('Tin tức - Sự kiện', '<div class="portlet-boundary"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div>%s%s</div>' % (li, pag), list_url(n))


def simple(title, inner):
    return shell(title, '<div class="portlet-boundary"><div class="portlet-title"><span>%s</span></div><div class="journal-content-article">%s</div></div>' % (esc(title), inner), '/')


def intro_html():
    return '<p>Huyện Châu Đức được thành lập năm 1994, nằm ở phía bắc tỉnh Bà Rịa - Vũng Tàu, gồm 15 xã và 1 thị trấn.</p><p>Kinh tế chủ yếu là nông nghiệp với các cây trồng cao su, tiêu, cà phê, cây ăn trái.</p>'


def contact_html():
    return '<p>Văn phòng HĐND và UBND huyện Châu Đức</p><p>Điện thoại: 0254.3xxx.xxx - Fax: 0254.3xxx.xxx</p>'


def doc_html():
    return '<div class="asset_publisher_view_full_content"><h3 class="asset_title">%s</h3><p><a href="%s">Tải tệp đính kèm</a></p></div>' % (esc(DOC_TITLE), DOC_FILE)


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a> <span class="asset-publish-date">%s</span></li>' % (a['url'], esc(a['title']), dmy(a['date'], '-')) for a in items)
    return shell('Trang chủ', '<div class="portlet-boundary"><div class="portlet-title"><a href="%s">Tin tức - Sự kiện</a></div><ul>%s</ul></div><div class="portlet-boundary"><a href="%s">Thông báo</a></div>' % (l1, li, DOC_URL), '/')


def make():
    P = 'huyện Châu Đức'
    arts = []
    for k, (lab, date) in enumerate([('quý IV năm 2024', '2025-01-08'), ('quý I năm 2025', '2025-04-07'), ('6 tháng đầu năm 2025', '2025-06-11')]):
        t, b = C.report(P, UNITS, lab, date, 300 + k, k + 1)
        if k != 2:
            b.append(('byline', 'Phòng Nội vụ'))
        arts.append(dict(title=t, date=date, blocks=b))
    t, b = C.parindex(P, 'Bà Rịa - Vũng Tàu', '2025-02-22', 31, of=8)
    b.append(('byline', 'Minh Khoa'))
    arts.append(dict(title=t, date='2025-02-22', blocks=b))
    t, b = 'Quyết định công bố danh mục thủ tục hành chính thực hiện tiếp nhận không phụ thuộc địa giới hành chính', [
        ('lead', 'UBND huyện Châu Đức vừa ban hành Quyết định công bố danh mục 46 thủ tục hành chính được tiếp nhận hồ sơ không phụ thuộc vào địa giới hành chính trong phạm vi huyện.'),
        ('p', 'Theo đó, người dân cư trú tại xã này có thể nộp hồ sơ tại Bộ phận Một cửa của xã khác hoặc tại Trung tâm Phục vụ hành chính công huyện đối với các thủ tục thuộc lĩnh vực chứng thực, hộ tịch, người có công.'),
        ('p', 'Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính.'),
        ('p', 'Điều 2. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng Phòng Tư pháp, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.'),
        ('sig', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(đã ký)', 'Lê Văn Thạnh'])]
    arts.append(dict(title=t, date='2025-03-03', blocks=b))
    t, b = C.news('lua', P, '2025-05-30', 32)
    t = 'Nông dân huyện Châu Đức chăm sóc vườn sầu riêng mùa khô'
    b = [('lead', 'Những tháng mùa khô, nông dân huyện Châu Đức tập trung tưới nước, tỉa cành và bón phân cho vườn sầu riêng đang vào giai đoạn nuôi trái.'),
         ('p', 'Toàn huyện hiện có khoảng 3.600 ha sầu riêng, trong đó hơn một nửa diện tích đã cho thu hoạch. Nhiều hộ đầu tư hệ thống tưới nhỏ giọt, tiết kiệm nước và công lao động.'),
         ('p', 'Trạm Khuyến nông huyện khuyến cáo nông dân không lạm dụng phân bón hóa học, sử dụng thuốc bảo vệ thực vật đúng liều lượng, ghi chép nhật ký canh tác để đáp ứng yêu cầu truy xuất nguồn gốc.'),
         ('byline', 'Minh Khoa')]
    arts.append(dict(title=t, date='2025-05-30', blocks=b))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

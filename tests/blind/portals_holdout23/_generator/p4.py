"""Portal 4: Liferay 7 custom CMS (Hòa Bình style), huyện Lạc Sơn (Hòa Bình)."""
import random, sys
from common import esc, render_blocks, dmy
import content as C
from portal import build

PID = 'hd23_liferay7_lacson'
NAME = 'Cổng thông tin điện tử huyện Lạc Sơn'
DISTRICT, PROVINCE, PLATFORM = 'Lạc Sơn', 'Hòa Bình', 'Liferay 7 custom CMS'
PER_PAGE = 4
PP = 'cmsview_WAR_hoabinhwebportlet'
INTRO_URL = '/web/lacson/gioi-thieu-chung'
CONTACT_URL = '/web/lacson/lien-he'
DOC_URL = '/web/lacson/chi-tiet-bai-viet?p_p_id=%s&_%s_articleId=2461190' % (PP, PP)
DOC_TITLE = 'Thông báo kết quả xét tuyển công chức cấp xã năm 2025'
DOC_FILE = '/documents/20182/2461190/KQ%20xet%20tuyen%20cong%20chuc%20xa.pdf'
FURNITURE = ['Lượt truy cập', 'Tổng số truy cập:', 'Tổng số trực tuyến :', 'Trong tháng:', 'Đánh giá bài viết:',
             'Danh sách bài viết mới', 'Danh sách bài viết cũ', 'CƠ QUAN CHỦ QUẢN: ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN']
R = random.Random(23004)
UNITS = ['Thị trấn Vụ Bản', 'Xã Ân Nghĩa', 'Xã Yên Nghiệp', 'Xã Tân Lập', 'Xã Ngọc Sơn', 'Xã Tự Do', 'Xã Văn Sơn']


def art_url(i, a):
    return '/web/lacson/chi-tiet-bai-viet?p_p_id=%s&_%s_articleId=%d' % (PP, PP, 2460100 + i * 113)


def list_url(n):
    b = '/web/lacson/tin-tuc-su-kien?categoryId=5104'
    return b if n == 1 else b + '&_%s_cur=%d&_%s_delta=10' % (PP, n, PP)


def A(u):
    return u.replace('&', '&amp;')


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), (list_url(1), 'Tin tức - Sự kiện'), ('/web/lacson/cai-cach-hanh-chinh', 'Cải cách hành chính'),
        ('/web/lacson/van-ban', 'Văn bản'), (CONTACT_URL, 'Liên hệ')]

COUNTER = '''<div class="box_bg counter"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="row-counter"><i class="fa fa-users"></i> Tổng số truy cập: 1.935.427</div>
<div class="row-counter"><i class="fa fa-calendar"></i> Trong tháng: 41.208</div>
<div class="row-counter"><i class="fa fa-clock-o"></i> Trong ngày: 1.376</div>
<div class="row-counter"><i class="fa fa-signal"></i> Tổng số trực tuyến : 64</div></div>'''


def shell(title, main, canon, side_counter=True):
    menu = ''.join('<li><a href="%s">%s</a></li>' % (A(u), esc(t)) for u, t in MENU)
    return '''<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"/><title>%s</title><link rel="canonical" href="http://{{HOST}}%s"/></head>
<body><div class="container"><div class="header"><img src="/o/hoabinh-theme/images/banner-lacson.png" alt="Cổng thông tin điện tử huyện Lạc Sơn"/>
<div class="date-now">Thứ năm, 12/06/2025</div></div><ul class="main-menu">%s</ul>
<div class="row"><div class="col-md-9">%s</div><div class="col-md-3"><div class="box_bg"><h3 class="title-list-news">Dịch vụ công</h3><a href="/web/lacson/dich-vu-cong">Dịch vụ công trực tuyến</a></div>%s</div></div>
<div class="footer"><p>CƠ QUAN CHỦ QUẢN: ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN</p><p>Địa chỉ: Khu phố 1, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</p><p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Lạc Sơn" khi phát hành lại thông tin.</p></div></div></body></html>''' % (
        esc(title), A(canon), menu, main, COUNTER if side_counter else '')


def article(a, others):
    bl = a['blocks']
    tail = []
    while bl and bl[-1][0] in ('byline', 'src'):
        tail.insert(0, bl[-1]); bl = bl[:-1]
    body = render_blocks(bl[1:])
    au = ''.join('<div class="%s">%s</div>' % ('author' if k == 'byline' else 'source', esc(v)) for k, v in tail)
    a['blocks'] = bl + tail
    imgt = a.get('imgtitle', 'null')
    new = ''.join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (A(o['url']), esc(o['title']), dmy(o['date'])) for o in others[:3])
    old = ''.join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (A(o['url']), esc(o['title']), dmy(o['date'])) for o in others[3:])
    main = '''<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">%s</h1>
<div class="tool-top"><span class="date_time">%s %s</span> <a href="javascript:zoom(-1)">A-</a> <a href="javascript:zoom(1)">A+</a> <a href="javascript:speak()"><i class="fa fa-volume-up"></i></a></div>
<div id="leadDetail"><strong>%s</strong></div>
<div class="img-lead"><img src="/documents/20182/%s/anh-dai-dien.jpg" alt=""/><div class="img-title">%s</div></div>
<div id="contentDetail">
%s
</div>
%s
<div class="tool-bottom"><a href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a>
<span class="share">Chia sẻ: <a href="javascript:shareFacebook()">Facebook</a> <a href="javascript:shareTwitter()">Twitter</a></span></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="%s"></span><span id="rating-count"></span></div>
%s
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>%s</ul><h4>Danh sách bài viết cũ</h4><ul>%s</ul></div>
</div>''' % (esc(a['title']), dmy(a['date']), a.get('time', '07:45'), esc(bl[0][1]), a['url'][-7:], esc(imgt), body, au, a['url'][-7:],
             COUNTER if a.get('counter_inside') else '', new, old)
    return shell(a['title'], main, a['url'], side_counter=not a.get('counter_inside'))


def listing(items, n, other):
    li = ''.join('<div class="item-news"><a href="%s"><img src="/documents/20182/thumb%d.jpg" alt=""/></a><h4><a href="%s">%s</a></h4><span class="date_time">%s</span></div>' % (A(a['url']), i, A(a['url']), esc(a['title']), dmy(a['date'])) for i, a in enumerate(items))
    pg = '<ul class="pagination"><li><a href="%s">%s</a></li></ul>' % (A(other), '«' if n == 2 else '»')
    return shell('Tin tức - Sự kiện', '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s%s</div>' % (li, pg), list_url(n))


def simple(title, inner):
    return shell(title, '<div class="box_border"><h3 class="title-list-news">%s</h3>%s</div>' % (esc(title), inner), '/')


def intro_html():
    return '<div id="contentDetail"><p>Lạc Sơn là huyện miền núi phía nam tỉnh Hòa Bình, nơi có đông đồng bào dân tộc Mường sinh sống, là cái nôi của văn hóa Mường Bi, Mường Vang.</p></div>'


def contact_html():
    return '<p>Văn phòng HĐND và UBND huyện Lạc Sơn - Điện thoại: 0218.3xxx.xxx</p>'


def doc_html():
    return '<span class="date_time">05/06/2025 14:20</span><p><a href="%s">Xem tệp đính kèm</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a></li>' % (A(a['url']), esc(a['title'])) for a in items)
    return shell('Trang chủ', '<div class="box_border"><h3 class="title-list-news"><a href="%s">Tin tức - Sự kiện</a></h3><ul>%s</ul><p><a href="%s">Thông báo tuyển dụng</a></p></div>' % (A(l1), li, A(DOC_URL)), '/')


def make():
    P = 'huyện Lạc Sơn'
    arts = []
    for k, (lab, date) in enumerate([('tháng 3 năm 2025', '2025-04-02'), ('tháng 4 năm 2025', '2025-05-06'), ('tháng 5 năm 2025', '2025-06-03')]):
        t, b = C.report(P, UNITS, lab, date, 400 + k, k + 2)
        if k != 1:
            b.append(('byline', 'Bùi Thị Thảo'))
        arts.append(dict(title=t, date=date, blocks=b, counter_inside=(k == 0)))
    t, b = C.onestop(P, UNITS, '2025-06-09', 41)
    b.append(('byline', 'Bùi Thị Thảo'))
    arts.append(dict(title=t, date='2025-06-09', blocks=b, counter_inside=True))
    t, b = C.sipas(P, '2025-03-25', 42)
    b.append(('byline', 'Quách Hùng'))
    b.append(('src', 'Nguồn: Phòng Nội vụ huyện'))
    arts.append(dict(title=t, date='2025-03-25', blocks=b, imgtitle='Bộ phận Một cửa huyện Lạc Sơn'))
    t, b = C.news('hoinghi', P, '2025-05-22', 43)
    b.append(('byline', 'Quách Hùng'))
    arts.append(dict(title=t, date='2025-05-22', blocks=b, counter_inside=True))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

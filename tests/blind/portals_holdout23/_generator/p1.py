"""Portal 1: SharePoint 'Tân Dân' template, huyện Mường Ảng (Điện Biên)."""
import random
from common import esc, esc_ent, render_blocks, dmy, TODAY
import content as C
from portal import build

PID = 'hd23_sp_tandan_muongang'
NAME = 'Cổng thông tin điện tử huyện Mường Ảng'
DISTRICT, PROVINCE, PLATFORM = 'Mường Ảng', 'Điện Biên', 'SharePoint Tân Dân'
PER_PAGE = 4
INTRO_URL = '/portal/Pages/Gioi-thieu-chung.aspx'
CONTACT_URL = '/portal/Pages/Lien-he.aspx'
DOC_URL = '/portal/Pages/2025-5-20/Thong-bao-lich-tiep-cong-dan-thang-6-nam-2025-Xk2pQr.aspx'
DOC_TITLE = 'Thông báo lịch tiếp công dân tháng 6 năm 2025'
DOC_FILE = '/portal/VanBan/2025-05/TB%20lich%20tiep%20cong%20dan%20T6.pdf'
FURNITURE = ['Thống kê truy cập', 'Đang online:', 'Lượt truy cập:', 'Các tin khác', 'Từ khóa:',
             'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG', 'Ghi rõ nguồn', 'Về đầu trang', 'Lượt xem:', 'Gửi email']
R = random.Random(23001)
UNITS = ['Thị trấn Mường Ảng', 'Xã Ẳng Cang', 'Xã Ẳng Nưa', 'Xã Ẳng Tở', 'Xã Búng Lao', 'Xã Xuân Lao', 'Xã Nậm Lịch']


def ids():
    return ''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))


def art_url(i, a):
    y, m, d = a['date'].split('-')
    return '/portal/Pages/%d-%d-%d/%s-%s.aspx' % (int(y), int(m), int(d), a['slug'], ids())


def list_url(n):
    return '/portal/Pages/Tin-tuc-su-kien.aspx' + ('' if n == 1 else '?PageIndex=%d' % n)


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), ('/portal/Pages/Tin-tuc-su-kien.aspx', 'Tin tức - Sự kiện'),
        ('/portal/Pages/Cai-cach-hanh-chinh.aspx', 'Cải cách hành chính'), ('/portal/Pages/Van-ban-chi-dao.aspx', 'Văn bản chỉ đạo điều hành'),
        (DOC_URL, 'Lịch tiếp công dân'), (CONTACT_URL, 'Liên hệ')]


def shell(title, main, canon):
    menu = ''.join('<li class="tandan-menu-item"><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in MENU)
    return '''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<title>%s - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG</title>
<link rel="canonical" href="http://{{HOST}}%s"/>
<link rel="stylesheet" href="/portal/Style%%20Library/tandan/css/tandan.css"/></head>
<body><form method="post" action="" id="aspnetForm">
<div id="s4-workspace"><div class="tandan-header"><div class="td-banner"><img src="/portal/PublishingImages/banner-muongang.jpg" alt="banner"/>
<span class="tandan-header-title">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG</span></div>
<div class="td-date-today">Thứ Năm, ngày 12/06/2025</div>
<ul class="tandan-menu">%s</ul></div>
<div class="tandan-body"><div class="tandan-left">%s</div>
<div class="tandan-right"><div class="td-box"><h3>Liên kết website</h3><ul><li><a href="/portal/Pages/Lien-ket.aspx">Cổng thông tin điện tử tỉnh Điện Biên</a></li></ul></div>
<div class="td-box"><h3>Dịch vụ công trực tuyến</h3><a href="/portal/Pages/Dich-vu-cong.aspx"><img src="/portal/PublishingImages/dvc.png" alt="Dịch vụ công"/></a></div></div></div>
<div class="tandan-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG</b></p>
<p>Cơ quan chủ quản: UBND huyện Mường Ảng, tỉnh Điện Biên. Địa chỉ: Tổ dân phố 5, thị trấn Mường Ảng.</p>
<p>Điện thoại: 0215.3660.xxx - Ghi rõ nguồn Cổng thông tin điện tử huyện Mường Ảng khi phát hành lại thông tin từ website này.</p>
<div class="ms-webpart-zone"><span id="ctl00_ctl38_g_4a1b_Label_TruyCap" style="display:none">1204877</span>
<div class="ThongKeSoLuot"><div class="title">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span><div id="slol1">0</div><div id="slol2">0</div><div id="slol3">0</div><div id="slol4">0</div><div id="slol5">0</div><div id="slol6">4</div><div id="slol7">7</div></div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span><div id="sltc1">1</div><div id="sltc2">2</div><div id="sltc3">0</div><div id="sltc4">4</div><div id="sltc5">8</div><div id="sltc6">7</div><div id="sltc7">7</div></div></div></div>
<a href="#s4-workspace" class="td-top">Về đầu trang</a></div></div></form></body></html>''' % (esc(title), canon, menu, main)


def article(a, others):
    y, m, d = a['date'].split('-')
    body = render_blocks(a['blocks'][1:], e=esc_ent, byline='<p style="text-align:right"><strong>%s</strong></p>',
                         cap='<p>%s</p>', img='<p><img src="/portal/Photos/%s/%%5BAnh%%5D%%20hoi%%20nghi.jpg" alt=""/></p>' % a['date'])
    oth = ''.join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (o['url'], esc(o['title']), dmy(o['date'])) for o in others)
    tags = ', '.join(a.get('tags', ['cải cách hành chính', 'Mường Ảng']))
    main = '''<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="%s">Tin tức - Sự kiện</a></div>
<div class="tandan-div-article">
<p class="tandan-p-article-news-title">%s</p>
<div class="td-article-info"><span class="tandan-span-date-publish">Đăng ngày %s - %s - %s</span> <span class="td-view">Lượt xem: %d</span> <span class="td-zoom"><a href="javascript:zoomOut()">A-</a> 100%% <a href="javascript:zoomIn()">A+</a></span></div>
<p class="tandan-p-article-news-summary">%s</p>
<div class="tandan-p-article-main"><div class="ms-rtestate-field">
%s
</div></div>
<div class="td-tool"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=%s">Gửi email</a></div>
<div class="td-tags"><b>Từ khóa:</b> %s</div>
</div>
<div class="tandan-div-article-other"><p class="title">Các tin khác</p><ul>%s</ul></div>''' % (
        list_url(1), esc(a['title']), d.zfill(2), m.zfill(2), y, R.randint(40, 900), esc(a['blocks'][0][1]), body,
        esc(a['slug']), esc(tags), oth)
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    li = ''.join('<div class="channel-news-item"><a href="%s"><img src="/portal/Photos/%s/thumb.jpg" alt=""/></a><p class="channel-news-title"><a href="%s">%s</a></p><span class="date">%s</span><p>%s</p></div>'
                 % (a['url'], a['date'], a['url'], esc(a['title']), dmy(a['date']), esc(a['blocks'][0][1][:120]) + '...') for a in items)
    pager = '<div class="td-pager">%s</div>' % ('<a href="%s">1</a> <span>2</span>' % other if n == 2 else '<span>1</span> <a href="%s">2</a> <a href="%s">Tiếp</a>' % (other, other))
    return shell('Tin tức - Sự kiện', '<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; Tin tức - Sự kiện</div><h2 class="tandan-channel-title">Tin tức - Sự kiện</h2>' + li + pager, list_url(n))


def simple(title, inner):
    return shell(title, '<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; %s</div><h2>%s</h2>%s' % (esc(title), esc(title), inner), '/')


def intro_html():
    return '<div class="ms-rtestate-field"><p>Huyện Mường Ảng nằm ở phía đông tỉnh Điện Biên, được thành lập năm 2007, gồm 9 xã và 1 thị trấn.</p><p>Địa hình chủ yếu là đồi núi, khí hậu nhiệt đới gió mùa; cây cà phê là cây trồng chủ lực của huyện.</p></div>'


def contact_html():
    return '<table class="td-contact"><tr><td>Họ và tên</td><td><input name="hoten"/></td></tr><tr><td>Email</td><td><input name="email"/></td></tr><tr><td>Nội dung</td><td><textarea name="nd"></textarea></td></tr></table><input type="submit" value="Gửi"/>'


def doc_html():
    return '<p class="tandan-span-date-publish">Đăng ngày 20 - 05 - 2025</p><p><a href="%s">Tải về: TB lich tiep cong dan T6.pdf</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (a['url'], esc(a['title']), dmy(a['date'])) for a in items)
    return shell('Trang chủ', '<div class="td-hot"><h3><a href="%s">Tin tức - Sự kiện</a></h3><ul>%s</ul></div><div class="td-hot"><h3><a href="%s">Cải cách hành chính</a></h3></div>' % (l1, li, '/portal/Pages/Cai-cach-hanh-chinh.aspx'), '/')


def make():
    P = 'huyện Mường Ảng'
    arts = []
    for k, (lab, date) in enumerate([('tháng 3 năm 2025', '2025-04-03'), ('tháng 4 năm 2025', '2025-05-05'), ('tháng 5 năm 2025', '2025-06-04')]):
        t, b = C.report(P, UNITS, lab, date, 100 + k, k)
        if k == 1:
            b.append(('src', 'Nguồn: Văn phòng HĐND và UBND huyện'))
        arts.append(dict(title=t, date=date, blocks=b, slug='Bao-cao-ket-qua-giai-quyet-ho-so-TTHC-thang-%d' % (3 + k)))
    t, b = C.parindex(P, 'Điện Biên', '2025-03-14', 7)
    b.append(('byline', 'Quang Hưng'))
    arts.append(dict(title=t, date='2025-03-14', blocks=b, slug='Chi-so-CCHC-nam-2024-cua-huyen-Muong-Ang'))
    t, b = C.inspection(P, '2025-05-27', 8)
    b.append(('byline', 'Quang Hưng'))
    arts.append(dict(title=t, date='2025-05-27', blocks=b, slug='Kiem-tra-cong-vu-cai-cach-hanh-chinh'))
    t, b = C.news('nongthon', P, '2025-05-19', 9)
    b.append(('cap', 'Lãnh đạo huyện trao bằng công nhận cho xã Búng Lao'))
    b.append(('p', 'Lễ đón nhận kết thúc bằng chương trình văn nghệ đặc sắc do đội văn nghệ các bản biểu diễn.'))
    b.append(('byline', 'Quang Hưng'))
    arts.append(dict(title=t, date='2025-05-19', blocks=b, slug='Xa-Bung-Lao-don-nhan-bang-cong-nhan-nong-thon-moi', tags=['nông thôn mới']))
    arts.sort(key=lambda a: a['date'], reverse=True)
    import sys
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

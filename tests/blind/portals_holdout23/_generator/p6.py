"""Portal 6: Joomla 3 district site, huyện Quan Sơn (Thanh Hóa)."""
import random, re, sys, unicodedata
from common import esc, render_blocks, dmy
import content as C
from portal import build

PID = 'hd23_joomla_quanson'
NAME = 'Cổng thông tin điện tử huyện Quan Sơn'
DISTRICT, PROVINCE, PLATFORM = 'Quan Sơn', 'Thanh Hóa', 'Joomla 3'
PER_PAGE = 4
INTRO_URL = '/vi/gi-i-thi-u-chung'
CONTACT_URL = '/vi/lien-h'
DOC_URL = '/vi/thong-bao/th-ng-bao-k-t-lu-n-c-a-ch-t-ch-ubnd-huy-n-t-i-cu-c-h-p-giao-ban'
DOC_TITLE = 'Thông báo kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban'
DOC_FILE = '/images/van-ban/2025/TB%2095%20ket%20luan%20giao%20ban.pdf'
FURNITURE = ['Ai đang online', 'khách và không thành viên đang online', 'Thống kê truy cập', 'Your IP', 'All days',
             'Lượt xem:', 'Đăng lên Zalo', 'Tiếp theo', 'Bản quyền © 2025 UBND huyện Quan Sơn']
UNITS = ['Thị trấn Sơn Lư', 'Xã Trung Hạ', 'Xã Tam Lư', 'Xã Sơn Thủy', 'Xã Na Mèo', 'Xã Mường Mìn', 'Xã Trung Thượng']
LATIN1 = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'


def jslug(t):
    out = []
    for c in t.lower():
        if c in LATIN1:
            out.append(''.join(x for x in unicodedata.normalize('NFD', c) if not unicodedata.combining(x)))
        elif c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append('-')
    return re.sub('-+', '-', ''.join(out)).strip('-')


def art_url(i, a):
    return '/vi/%s/%s' % (a.get('cat', 'tin-t-c-s-ki-n'), jslug(a['title']))


def list_url(n):
    return '/vi/tin-t-c-s-ki-n' + ('' if n == 1 else '?start=4')


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), ('/vi/tin-t-c-s-ki-n', 'Tin tức - Sự kiện'), ('/vi/c-i-cach-hanh-chinh', 'Cải cách hành chính'), (CONTACT_URL, 'Liên hệ')]


def shell(title, main, canon):
    menu = ''.join('<li class="item-%d"><a href="%s">%s</a></li>' % (101 + i, u, esc(t)) for i, (u, t) in enumerate(MENU))
    left = '''<div class="moduletable"><h3>Ai đang online</h3><div class="mod-whosonline">Đang có 21 khách và không thành viên đang online</div></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vcounter"><table>
<tr><td>Today</td><td>1103</td></tr><tr><td>Yesterday</td><td>2450</td></tr><tr><td>This Week</td><td>7702</td></tr><tr><td>Last Week</td><td>16118</td></tr>
<tr><td>This Month</td><td>38215</td></tr><tr><td>Last Month</td><td>70554</td></tr><tr><td>All days</td><td>2419860</td></tr></table>
<div>Your IP: 14.231.xxx.xxx</div><div>2025-06-12 08:41</div></div></div>'''
    return '''<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<meta name="generator" content="Joomla! - Open Source Content Management"/><title>%s</title><link href="http://{{HOST}}%s" rel="canonical"/></head>
<body class="site"><div id="header"><div class="banner"><img src="/images/banner/banner-quanson.jpg" alt="UBND huyện Quan Sơn"/></div><div class="date">Thứ Năm, 12 Tháng 6 2025</div>
<ul class="nav menu mod-list">%s</ul></div>
<div id="main"><div id="left" class="span3">%s</div><div id="content" class="span9">
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><span>%s</span></li></ul>
%s</div></div>
<div id="footer"><p>Bản quyền © 2025 UBND huyện Quan Sơn. Địa chỉ: Khu phố Cộng Thành, thị trấn Sơn Lư, huyện Quan Sơn, tỉnh Thanh Hóa.</p><p><a href="#top" id="back-top">Về đầu trang</a></p></div></body></html>''' % (
        esc(title), canon, menu, left, esc(title[:40]), main)


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl, byline='<p style="text-align: right;"><strong><em>%s</em></strong></p>', src='<p style="text-align: right;"><em>%s</em></p>')
    att = '<p class="attach">Tải về: <a href="%s">%s</a></p>' % (DOC_FILE, esc(a['attach'])) if a.get('attach') else ''
    i = others[0]
    main = '''<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">%s</h2></div>
<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="%s?tmpl=component&amp;print=1" rel="nofollow">In</a></li><li class="email-icon"><a href="/vi/component/mailto/?tmpl=component" rel="nofollow">E-mail</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published"><time datetime="%sT%s:00+07:00" itemprop="datePublished">Được đăng: %s</time></dd></dl>
<div itemprop="articleBody">
%s
</div>
%s
<div class="share-row"><a href="javascript:shareFb()">Chia sẻ</a> <a href="javascript:shareZalo()">Đăng lên Zalo</a> <span class="hits">Lượt xem: %d</span></div>
<ul class="pager pagenav"><li class="previous"><a href="%s" rel="prev">« Trước</a></li><li class="next"><a href="%s" rel="next">Tiếp theo »</a></li></ul>
</div>''' % (esc(a['title']), a['url'], a['date'], a.get('time', '10:05'), dmy(a['date']) + ' ' + a.get('time', '10:05'), body, att, 30 + len(a['title']) * 3, others[0]['url'], others[1]['url'])
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    li = ''.join('<div class="items-row"><div class="item"><h2><a href="%s">%s</a></h2><dd class="published">Được đăng: %s</dd><p>%s</p><p class="readmore"><a class="btn" href="%s">Chi tiết...</a></p></div></div>' % (a['url'], esc(a['title']), dmy(a['date']), esc(a['blocks'][0][1]), a['url']) for a in items)
    pg = '<div class="pagination"><ul><li><a href="%s">%s</a></li></ul><p class="counter">Trang %d của 2</p></div>' % (other, 'Trang trước' if n == 2 else 'Trang sau', n)
    return shell('Tin tức - Sự kiện', '<div class="blog">%s%s</div>' % (li, pg), list_url(n))


def simple(title, inner):
    return shell(title, '<div class="item-page"><div class="page-header"><h2>%s</h2></div>%s</div>' % (esc(title), inner), '/')


def intro_html():
    return '<p>Quan Sơn là huyện miền núi biên giới phía tây tỉnh Thanh Hóa, giáp nước Cộng hòa Dân chủ Nhân dân Lào, có cửa khẩu quốc tế Na Mèo.</p>'


def contact_html():
    return '<div class="contact"><p>UBND huyện Quan Sơn</p><p>Điện thoại: 0237.3xxx.xxx</p><form class="form-validate"><input name="jform[contact_name]"/><textarea name="jform[contact_message]"></textarea><button>Gửi</button></form></div>'


def doc_html():
    return '<dd class="published">Được đăng: 09/06/2025</dd><p><a href="%s">TB 95 ket luan giao ban.pdf</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a></li>' % (a['url'], esc(a['title'])) for a in items)
    return shell('Trang chủ', '<div class="moduletable"><h3><a href="%s">Tin tức - Sự kiện</a></h3><ul class="latestnews">%s</ul></div><div class="moduletable"><a href="%s">Thông báo mới</a></div>' % (l1, li, DOC_URL), '/')


def make():
    P = 'huyện Quan Sơn'
    arts = []
    t, b = C.onestop(P, UNITS, '2025-06-11', 61)
    b.append(('src', 'Nguồn: Văn phòng HĐND và UBND huyện'))
    arts.append(dict(title=t, date='2025-06-11', blocks=b, cat='c-i-cach-hanh-chinh'))
    t, b = C.parindex(P, 'Thanh Hóa', '2025-03-18', 62, of=26)
    b = b[:2] + [b[4], b[2], b[3]]  # ends with the table
    arts.append(dict(title=t, date='2025-03-18', blocks=b, cat='c-i-cach-hanh-chinh', attach='Quyết định số 812/QĐ-UBND'))
    t, b = C.sipas(P, '2025-04-15', 63)
    b.append(('src', 'Nguồn: Văn phòng HĐND và UBND huyện'))
    arts.append(dict(title=t, date='2025-04-15', blocks=b, cat='c-i-cach-hanh-chinh'))
    t, b = C.inspection(P, '2025-05-14', 64, team='Đoàn kiểm tra liên ngành của huyện')
    b.append(('byline', 'Hà Văn Tuấn'))
    arts.append(dict(title=t, date='2025-05-14', blocks=b, cat='c-i-cach-hanh-chinh'))
    t, b = C.news('vanhoa', P, '2025-02-27', 65)
    b.append(('byline', 'Hà Văn Tuấn'))
    arts.append(dict(title=t, date='2025-02-27', blocks=b))
    t, b = 'Kế hoạch thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025', [
        ('lead', 'UBND huyện Quan Sơn ban hành Kế hoạch thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 trên địa bàn huyện.'),
        ('p', 'Mục tiêu của kế hoạch là 100% hồ sơ tiếp nhận mới được số hóa ngay tại Bộ phận Một cửa; kết quả giải quyết còn hiệu lực được số hóa, ký số và lưu trữ điện tử trên hệ thống.'),
        ('p', 'Năm 2024, toàn huyện tiếp nhận 11.208 hồ sơ, trong đó 9.874 hồ sơ đã được số hóa; số hồ sơ quá hạn là 12 hồ sơ, chủ yếu thuộc lĩnh vực đất đai ở cấp xã.'),
        ('p', 'Các phòng, ban chuyên môn, UBND các xã, thị trấn căn cứ kế hoạch này xây dựng lộ trình cụ thể, báo cáo kết quả định kỳ hằng quý về UBND huyện qua Văn phòng HĐND và UBND huyện.'),
        ('sig', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(đã ký)', 'Lương Văn Hùng'])]
    arts.append(dict(title=t, date='2025-01-20', blocks=b, cat='c-i-cach-hanh-chinh'))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

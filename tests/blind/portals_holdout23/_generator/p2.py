"""Portal 2: SharePoint with generic web-part chrome (Krông Ana style clone), huyện Krông Bông (Đắk Lắk)."""
import random, sys
from common import esc, render_blocks, dmy
import content as C
from portal import build

PID = 'hd23_sp_webpart_krongbong'
NAME = 'Cổng thông tin điện tử huyện Krông Bông'
DISTRICT, PROVINCE, PLATFORM = 'Krông Bông', 'Đắk Lắk', 'SharePoint web parts'
PER_PAGE = 4
INTRO_URL = '/Pages/gioi-thieu.aspx'
CONTACT_URL = '/Pages/lien-he.aspx'
DOC_URL = '/Pages/van-ban/thong-bao-tuyen-dung-vien-chuc-nam-2025-7781.aspx'
DOC_TITLE = 'Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025'
DOC_FILE = '/Documents/ThongBao/TB_tuyen_dung_2025.pdf'
FURNITURE = ['Thống kê truy cập', 'Đang online:', 'Lượt truy cập:', 'Số lượt đọc:', 'Phóng to', 'Thu nhỏ',
             'Lên đầu trang', 'Tin liên quan', 'Bản quyền thuộc UBND huyện Krông Bông', 'Tệp đính kèm:']
R = random.Random(23002)
UNITS = ['Thị trấn Krông Kmar', 'Xã Hòa Sơn', 'Xã Khuê Ngọc Điền', 'Xã Yang Reh', 'Xã Cư Kty', 'Xã Hòa Lễ', 'Xã Cư Drăm']
LIST = '/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32'


def art_url(i, a):
    return '/Pages/tintuc/%s-%d.aspx' % (a['slug'], 20310 + i * 37)


def list_url(n):
    return LIST if n == 1 else LIST + '&page=%d' % n


def A(u):
    return u.replace('&', '&amp;')


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), (LIST, 'Tin tức'), ('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=35', 'Cải cách hành chính'),
        ('/Pages/van-ban.aspx', 'Văn bản'), (CONTACT_URL, 'Liên hệ')]


def counter_block():
    return '''<div class="ThongKeSoLuot"><div class="ms-webpart-titleText">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span><div id="slol1">0</div><div id="slol2">0</div><div id="slol3">0</div><div id="slol4">0</div><div id="slol5">0</div><div id="slol6">3</div><div id="slol7">1</div></div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span><div id="sltc1">2</div><div id="sltc2">0</div><div id="sltc3">7</div><div id="sltc4">5</div><div id="sltc5">1</div><div id="sltc6">3</div><div id="sltc7">6</div></div></div>'''


def shell(title, main, canon):
    menu = ''.join('<li><a href="%s">%s</a></li>' % (A(u), esc(t)) for u, t in MENU)
    return '''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><meta name="GENERATOR" content="Microsoft SharePoint"/>
<title>%s</title><link rel="canonical" href="http://{{HOST}}%s"/></head>
<body><form name="aspnetForm" method="post" action="./" id="aspnetForm">
<div id="header"><div class="logo">UBND HUYỆN KRÔNG BÔNG<br/>Cổng thông tin điện tử</div><div class="ngay">Hôm nay: Thứ năm, 12/06/2025</div>
<ul class="topnav">%s</ul></div>
<div id="content"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td valign="top" class="main-col">%s</td>
<td valign="top" class="right-col" width="260"><div class="ms-webpart-chrome"><div class="ms-webpart-titleText">Liên kết</div><select><option>-- Liên kết web --</option><option>Đắk Lắk</option></select></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-titleText">Lịch công tác</div><a href="/Pages/lich-cong-tac.aspx">Lịch công tác tuần</a></div></td></tr></table></div>
<div id="footer"><p>Bản quyền thuộc UBND huyện Krông Bông. Địa chỉ: Thị trấn Krông Kmar, huyện Krông Bông, tỉnh Đắk Lắk.</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</p>
<div class="ms-webpart-chrome" id="WebPartWPQ9"><span id="ctl00_g_7f3e2c_Label_TruyCap" style="display:none">2075136</span><span id="ctl00_g_7f3e2c_Label_Count" style="display:none">31</span>%s</div></div>
</form></body></html>''' % (esc(title), canon, menu, main, counter_block())


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl, p='<p style="text-align:justify">%s</p>', byline='<p>%s</p>', src='<p style="text-align:right">%s</p>')
    rel = ''.join('<tr><td width="12"><img src="/_layouts/images/bullet.gif" alt=""/></td><td><a href="%s">%s</a></td></tr>' % (o['url'], esc(o['title'])) for o in others)
    att = ''
    if a.get('attach'):
        att = '<div class="attach">Tệp đính kèm: <a href="%s">%s</a></div>' % (DOC_FILE, esc(a['attach']))
    inner_counter = counter_block() if a.get('counter_inside') else ''
    main = '''<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="%s">Tin tức</a></div>
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div id="WebPartWPQ2" class="ms-WPBody">
<div id="ctl00_g_5d1a_NewsDetail">
<h1 class="news-title">%s</h1>
<div class="news-date">%s</div>
<div class="news-content">
%s
</div>
<table class="news-tools" width="100%%"><tr><td><a href="javascript:window.print()">In bài</a></td><td><a href="mailto:?body=%s">Gửi email</a></td><td><a href="javascript:tang()">Phóng to</a></td><td><a href="javascript:giam()">Thu nhỏ</a></td><td><a href="#aspnetForm">Lên đầu trang</a></td><td>Số lượt đọc: %d</td></tr></table>
%s
%s
<div class="tin-lien-quan"><b>Tin liên quan</b><table>%s</table></div>
</div></div></div>''' % (A(LIST), esc(a['title']), dmy(a['date']) + ' ' + a.get('time', '08:15'), body, a['url'], R.randint(20, 400), att, inner_counter, rel)
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    li = ''.join('<tr><td width="12"><img src="/_layouts/images/bullet.gif" alt=""/></td><td><a href="%s">%s</a> <i>(%s)</i></td></tr>' % (a['url'], esc(a['title']), dmy(a['date'])) for a in items)
    pg = '<a href="%s">Trang trước</a>' % A(other) if n == 2 else '<a href="%s">Trang sau</a>' % A(other)
    return shell('Tin tức', '<div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức</div><div class="ms-webpart-chrome"><table>%s</table><div class="pager">Trang %d/2 %s</div></div>' % (li, n, pg), list_url(n))


def simple(title, inner):
    return shell(title, '<div class="breadcrumb"><a href="/">Trang chủ</a> » %s</div><div class="ms-webpart-chrome"><h2>%s</h2>%s</div>' % (esc(title), esc(title), inner), '/')


def intro_html():
    return '<p>Krông Bông là huyện miền núi nằm ở phía đông nam tỉnh Đắk Lắk, có dãy Chư Yang Sin chạy dọc phía nam.</p><p>Huyện có 13 xã và 1 thị trấn, với nhiều dân tộc cùng sinh sống.</p>'


def contact_html():
    return '<p>Văn phòng HĐND và UBND huyện Krông Bông</p><p>Điện thoại: 0262.3xxx.xxx</p><p>Email: vanphong@krongbong.daklak.gov.vn</p>'


def doc_html():
    return '<p>Ngày ban hành: 02/06/2025</p><p><a href="%s">TB_tuyen_dung_2025.pdf</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a></li>' % (a['url'], esc(a['title'])) for a in items)
    return shell('Trang chủ', '<div class="ms-webpart-chrome"><h3><a href="%s">Tin tức - Sự kiện</a></h3><ul>%s</ul></div><p><a href="%s">Thông báo</a></p>' % (A(l1), li, DOC_URL), '/')


def make():
    P = 'huyện Krông Bông'
    arts = []
    t, b = C.onestop(P, UNITS, '2025-07-02', 21)
    b.append(('byline', 'Thu Hà - TTVH'))
    arts.append(dict(title=t, date='2025-06-10', blocks=b, slug='ket-qua-giai-quyet-tthc-6-thang', counter_inside=True))
    t, b = C.sipas(P, '2025-04-08', 22)
    b.append(('byline', 'Thu Hà - TTVH'))
    arts.append(dict(title=t, date='2025-04-08', blocks=b, slug='muc-do-hai-long-cua-nguoi-dan', counter_inside=True))
    t, b = C.parindex(P, 'Đắk Lắk', '2025-03-20', 23, of=15)
    arts.append(dict(title=t, date='2025-03-20', blocks=b, slug='chi-so-cai-cach-hanh-chinh-nam-2024', attach='Quyết định công bố Chỉ số CCHC năm 2024'))
    t, b = 'Kết luận kiểm tra công tác cải cách hành chính tại xã Cư Kty', [
        ('lead', 'Ngày 15/5/2025, UBND huyện ban hành Thông báo kết luận kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại UBND xã Cư Kty.'),
        ('p', 'Qua kiểm tra, UBND xã đã ban hành kế hoạch cải cách hành chính năm 2025 đúng thời hạn; niêm yết đầy đủ 112 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã.'),
        ('p', 'Từ đầu năm đến thời điểm kiểm tra, xã tiếp nhận 934 hồ sơ, đã giải quyết 911 hồ sơ, trong đó trễ hạn 07 hồ sơ thuộc lĩnh vực đất đai; tỷ lệ hồ sơ trực tuyến đạt 61,4%.'),
        ('p', 'UBND huyện yêu cầu Chủ tịch UBND xã Cư Kty chỉ đạo khắc phục ngay tình trạng hồ sơ trễ hạn, thực hiện xin lỗi người dân bằng văn bản và báo cáo kết quả trước ngày 15/6/2025.'),
        ('sig', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(đã ký)', 'Nguyễn Thị Hoài'])]
    arts.append(dict(title=t, date='2025-05-16', blocks=b, slug='ket-luan-kiem-tra-cchc-xa-cu-kty', attach='Thông báo kết luận số 118/TB-UBND'))
    t, b = C.news('vanhoa', P, '2025-04-26', 24)
    b.append(('byline', 'Thu Hà - TTVH'))
    arts.append(dict(title=t, date='2025-04-26', blocks=b, slug='khai-mac-ngay-hoi-van-hoa-the-thao', counter_inside=True))
    t, b = C.news('tuyenquan', P, '2025-02-12', 25)
    b.append(('byline', 'H\'Nga Êban'))
    arts.append(dict(title=t, date='2025-02-12', blocks=b, slug='gap-mat-thanh-nien-len-duong-nhap-ngu'))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

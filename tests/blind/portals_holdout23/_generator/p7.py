"""Portal 7: bespoke ASP.NET table-layout site (Đà Nẵng style NN-NN-NNNNN/default.aspx), huyện Hòa Vang (Đà Nẵng).
Served as windows-1258 with tone marks as combining characters, as old Word-fed sites do."""
import sys
from common import esc, render_blocks, dmy
import content as C
from portal import build

PID = 'hd23_aspnet_hoavang'
NAME = 'Trang thông tin điện tử huyện Hòa Vang'
DISTRICT, PROVINCE, PLATFORM = 'Hòa Vang', 'Đà Nẵng', 'ASP.NET bespoke (table layout)'
ENCODING = 'windows-1258'
PER_PAGE = 4
INTRO_URL = '/61-0/default.aspx'
CONTACT_URL = '/69-0/default.aspx'
DOC_URL = '/64-21-10552/default.aspx'
DOC_TITLE = 'Thông báo thu hồi đất thực hiện dự án đường ĐT 602'
DOC_FILE = '/Upload/VanBan/2025/TB%20thu%20hoi%20dat%20DT602.doc'
FURNITURE = ['Trực tuyến:', 'Tổng:', 'Các tin khác', 'Gửi cho bạn bè', 'Bản in', 'Trở về', 'Giấy phép số 21/GP-TTĐT', 'Lên đầu trang']
UNITS = ['Xã Hòa Bắc', 'Xã Hòa Liên', 'Xã Hòa Ninh', 'Xã Hòa Sơn', 'Xã Hòa Nhơn', 'Xã Hòa Phong', 'Xã Hòa Khương']


def art_url(i, a):
    return '/62-33-%d/default.aspx' % (10431 + i * 17)


def list_url(n):
    return '/62-33/default.aspx' + ('' if n == 1 else '?page=%d' % n)


MENU = [('/', 'TRANG CHỦ'), (INTRO_URL, 'GIỚI THIỆU'), ('/62-33/default.aspx', 'TIN TỨC'), ('/63-0/default.aspx', 'CẢI CÁCH HÀNH CHÍNH'), ('/64-21/default.aspx', 'THÔNG BÁO'), (CONTACT_URL, 'LIÊN HỆ')]


def shell(title, main, canon):
    menu = '<img src="/images/sep.gif" alt=""/>'.join('<a class="menu" href="%s">%s</a>' % (u, esc(t)) for u, t in MENU)
    return '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"/><title>%s</title>
<link rel="canonical" href="http://{{HOST}}%s"/></head>
<body topmargin="0" leftmargin="0"><form name="Form1" method="post" action="default.aspx" id="Form1">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3"><img src="/images/banner_hoavang.jpg" width="980" height="150" alt=""/></td></tr>
<tr><td colspan="3" class="menubar">%s</td></tr>
<tr><td colspan="3" class="ngaythang">Thứ Năm, 12/06/2025</td></tr>
<tr><td width="200" valign="top" class="left"><table width="100%%"><tr><td class="boxtitle">VĂN BẢN MỚI</td></tr><tr><td><a href="%s">Thông báo thu hồi đất</a></td></tr>
<tr><td class="boxtitle">LIÊN KẾT</td></tr><tr><td><select><option>Các sở, ngành thành phố</option></select></td></tr></table></td>
<td width="580" valign="top" class="center">%s</td>
<td width="200" valign="top" class="right"><table width="100%%"><tr><td class="boxtitle">DỊCH VỤ CÔNG</td></tr><tr><td><a href="/67-0/default.aspx">Tra cứu hồ sơ</a></td></tr></table></td></tr>
<tr><td colspan="3" align="center" class="counter">Trực tuyến: 27 &nbsp;|&nbsp; Tổng: 8714203</td></tr>
<tr><td colspan="3" class="footer" align="center">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HÒA VANG<br/>Giấy phép số 21/GP-TTĐT do Sở Thông tin và Truyền thông cấp<br/>Địa chỉ: Thôn Dương Lâm 1, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng</td></tr>
</table></form></body></html>''' % (esc(title), canon, menu, DOC_URL, main)


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl[1:], p='<p align="justify">%s</p>', byline='<p align="right"><b>%s</b></p>', src='<p align="right"><i>%s</i></p>',
                         table_attrs='border="1" cellpadding="2" cellspacing="0" width="100%" class="MsoNormalTable"')
    rows = ''.join('<tr><td width="10" valign="top"><img src="/images/bullet_red.gif" alt=""/></td><td><a class="tinkhac" href="%s">%s</a>%s</td></tr>' % (
        o['url'], esc(o['title']), (' <span class="ngay">(%s)</span>' % dmy(o['date'])) if a.get('dates_in_other') else '') for o in others)
    main = '''<table width="100%%" cellpadding="4" cellspacing="0" border="0" class="chitiet">
<tr><td colspan="2" class="duongdan"><a href="/">Trang chủ</a> » <a href="/62-33/default.aspx">Tin tức</a></td></tr>
<tr><td colspan="2" class="tieude">%s</td></tr>
<tr><td colspan="2" class="ngaydang">(%s %s)</td></tr>
<tr><td colspan="2" class="trichdan"><b>%s</b></td></tr>
<tr><td colspan="2" class="noidung">
%s
</td></tr>
<tr><td colspan="2" align="right" class="congcu"><a href="javascript:window.print()"><img src="/images/print.gif" alt=""/> Bản in</a> &nbsp; <a href="/68-0/default.aspx?send=1"><img src="/images/mail.gif" alt=""/> Gửi cho bạn bè</a> &nbsp; <a href="javascript:history.back()">Trở về</a> &nbsp; <a href="#top">Lên đầu trang</a></td></tr>
<tr><td colspan="2" class="tinkhac-title"><b>Các tin khác</b></td></tr>
%s
</table>''' % (esc(a['title']), dmy(a['date']), a.get('time', '15:20'), esc(bl[0][1]), body, rows)
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    rows = ''.join('<tr><td valign="top" width="110"><img src="/Upload/thumb/%d.jpg" width="100" alt=""/></td><td valign="top"><a class="tieude-ds" href="%s">%s</a> <span class="ngay">(%s)</span><br/>%s</td></tr>' % (
        i, a['url'], esc(a['title']), dmy(a['date']), esc(a['blocks'][0][1])) for i, a in enumerate(items))
    pg = '<tr><td colspan="2" align="center">Trang: %s</td></tr>' % ('<a href="%s">1</a> <b>2</b>' % other if n == 2 else '<b>1</b> <a href="%s">2</a>' % other)
    return shell('Tin tức', '<table width="100%%">%s%s</table>' % (rows, pg), list_url(n))


def simple(title, inner):
    return shell(title, '<table width="100%%"><tr><td class="tieude">%s</td></tr><tr><td>%s</td></tr></table>' % (esc(title), inner), '/')


def intro_html():
    return '<p>Hòa Vang là huyện ngoại thành duy nhất của thành phố Đà Nẵng, gồm 11 xã, có vị trí bao bọc phía tây của thành phố.</p>'


def contact_html():
    return '<p>Văn phòng HĐND và UBND huyện Hòa Vang - Điện thoại: 0236.3xxx.xxx</p>'


def doc_html():
    return '<p>(09/06/2025)</p><p>Xem chi tiết văn bản: <a href="%s">TB thu hoi dat DT602.doc</a></p>' % DOC_FILE


def home(items, l1):
    rows = ''.join('<tr><td><img src="/images/bullet_red.gif" alt=""/> <a href="%s">%s</a></td></tr>' % (a['url'], esc(a['title'])) for a in items)
    return shell('Trang chủ', '<table width="100%%"><tr><td class="boxtitle"><a href="%s">TIN TỨC - SỰ KIỆN</a></td></tr>%s</table>' % (l1, rows), '/')


def make():
    P = 'huyện Hòa Vang'
    arts = []
    for k, (lab, date) in enumerate([('quý III năm 2024', '2024-10-09'), ('quý IV năm 2024', '2025-01-10'), ('quý I năm 2025', '2025-04-08')]):
        t, b = C.report(P, UNITS, lab, date, 700 + k, k)
        if k == 0:
            b.append(('byline', 'Kiều Trang'))
        elif k == 1:
            b.append(('src', 'Văn phòng HĐND và UBND huyện'))
        arts.append(dict(title=t, date=date, blocks=b, dates_in_other=(k != 2)))
    t, b = C.onestop(P, UNITS, '2025-06-10', 71, unitword='xã')
    b.append(('byline', 'Kiều Trang'))
    arts.append(dict(title=t, date='2025-06-10', blocks=b))
    t, b = 'Hòa Vang đứng thứ 4/8 quận, huyện về Chỉ số DDCI năm 2024', [
        ('lead', 'Kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và quận, huyện (DDCI) năm 2024 vừa được công bố, theo đó huyện Hòa Vang đạt 71,26 điểm, xếp thứ 4/8 quận, huyện.'),
        ('p', 'So với năm 2023, điểm số của huyện tăng 2,4 điểm và tăng 02 bậc. Các chỉ số thành phần được doanh nghiệp đánh giá cao gồm tính minh bạch, chi phí thời gian và vai trò của người đứng đầu.'),
        ('p', 'Chỉ số thành phần về tiếp cận đất đai và thiết chế pháp lý còn thấp; doanh nghiệp phản ánh thời gian giải quyết thủ tục giao đất, cho thuê đất kéo dài.'),
        ('p', 'Lãnh đạo UBND huyện cho biết sẽ tổ chức đối thoại định kỳ với doanh nghiệp, công khai tiến độ giải quyết hồ sơ đất đai trên trang thông tin điện tử của huyện.'),
        ('byline', 'Kiều Trang')]
    arts.append(dict(title=t, date='2025-05-23', blocks=b, dates_in_other=True))
    t, b = C.news('hoinghi', P, '2025-06-05', 72)
    b.append(('byline', 'Kiều Trang'))
    arts.append(dict(title=t, date='2025-06-05', blocks=b))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

"""Portal 8: DotNetNuke (DNN) district portal with Telerik pager, huyện Tiên Yên (Quảng Ninh)."""
import sys
from common import esc, render_blocks, dmy
import content as C
from portal import build

PID = 'hd23_dnn_tienyen'
NAME = 'Cổng thông tin điện tử huyện Tiên Yên'
DISTRICT, PROVINCE, PLATFORM = 'Tiên Yên', 'Quảng Ninh', 'DotNetNuke'
PER_PAGE = 4
INTRO_URL = '/Default.aspx?tabid=55'
CONTACT_URL = '/Default.aspx?tabid=71'
DOC_URL = '/Default.aspx?tabid=89&cateid=550&newsid=3398'
DOC_TITLE = 'Thông báo công khai kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025'
DOC_FILE = '/Portals/0/VanBan/2025/TB_ra_soat_ho_ngheo_2025.pdf'
FURNITURE = ['Số lượt đọc:', 'Đánh giá:', 'Các tin đã đưa', 'Chia sẻ', 'Đăng lên Zalo', 'Phóng to', 'Thu nhỏ',
             'Đang online:', 'Lượt truy cập:', 'Từ khóa:', 'Bản quyền thuộc UBND huyện Tiên Yên']
UNITS = ['Thị trấn Tiên Yên', 'Xã Đông Ngũ', 'Xã Hải Lạng', 'Xã Đông Hải', 'Xã Tiên Lãng', 'Xã Yên Than', 'Xã Phong Dụ']


def art_url(i, a):
    return '/Default.aspx?tabid=89&cateid=546&newsid=%d' % (3301 + i * 11)


def list_url(n):
    return '/Default.aspx?tabid=89&cateid=546' + ('' if n == 1 else '&page=%d' % n)


def A(u):
    return u.replace('&', '&amp;')


MENU = [('/', 'Trang chủ'), (INTRO_URL, 'Giới thiệu'), (list_url(1), 'Tin tức - Sự kiện'), ('/Default.aspx?tabid=89&cateid=548', 'Cải cách hành chính'),
        ('/Default.aspx?tabid=97', 'Văn bản'), (CONTACT_URL, 'Liên hệ')]


def shell(title, main, canon):
    menu = ''.join('<li><a href="%s">%s</a></li>' % (A(u), esc(t)) for u, t in MENU)
    return '''<!DOCTYPE html>
<html lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><title>%s</title>
<link rel="canonical" href="http://{{HOST}}%s"/><meta name="RESOURCE-TYPE" content="DOCUMENT"/></head>
<body><form method="post" action="%s" id="Form">
<div id="dnn_HeaderPane"><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN YÊN</div><div class="dnn_date">Thứ năm, 12/06/2025</div>
<ul id="dnn_dnnNAV">%s</ul></div>
<div id="dnn_ContentPane" class="col-9"><div class="DnnModule DnnModule-NewsModule DnnModule-507"><div id="dnn_ctr507_ContentPane">%s</div></div></div>
<div id="dnn_RightPane" class="col-3"><div class="DnnModule DnnModule-512"><div id="dnn_ctr512_ContentPane"><h3 class="c_title">Thống kê truy cập</h3>
<div id="dnn_ctr512_Counter"><p>Đang online: <span id="dnn_ctr512_lblOnline">45</span></p><p>Lượt truy cập: <span id="dnn_ctr512_lblTotal">1.204.117</span></p></div></div></div>
<div class="DnnModule DnnModule-513"><div id="dnn_ctr513_ContentPane"><h3 class="c_title">Liên kết</h3><a href="/Default.aspx?tabid=99">Cổng thông tin điện tử tỉnh Quảng Ninh</a></div></div></div>
<div id="dnn_FooterPane"><p>Bản quyền thuộc UBND huyện Tiên Yên. Cơ quan chủ quản: Ủy ban nhân dân huyện Tiên Yên, tỉnh Quảng Ninh.</p><p>Địa chỉ: Phố Lý Thường Kiệt, thị trấn Tiên Yên. Điện thoại: 0203.3876.xxx</p><a href="#Form">Về đầu trang</a></div>
</form></body></html>''' % (esc(title), A(canon), A(canon), menu, main)


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl[1:], byline='<p style="text-align:right"><b>%s</b></p>', src='<p style="text-align:right"><i>%s</i></p>')
    rows = ''.join('<li><a href="%s">%s</a>%s</li>' % (A(o['url']), esc(o['title']), (' <span>(%s)</span>' % dmy(o['date'])) if a.get('dates') else '') for o in others)
    tags = a.get('tags', ['cải cách hành chính'])
    main = '''<div class="dnn_breadcrumb"><a href="/">Trang chủ</a> › <a href="%s">Tin tức - Sự kiện</a></div>
<div id="dnn_ctr507_ViewNews_pnlDetail" class="news-detail">
<h2 id="dnn_ctr507_ViewNews_lblTitle" class="news-title">%s</h2>
<div class="news-date"><span id="dnn_ctr507_ViewNews_lblDate">%s</span></div>
<div id="dnn_ctr507_ViewNews_lblSummary" class="news-summary"><b>%s</b></div>
<div id="dnn_ctr507_ViewNews_lblContent" class="news-content">
%s
</div>
<div class="news-tools"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=tin%%20bai">Gửi email</a> | <a href="javascript:changeFont(1)">Phóng to</a> | <a href="javascript:changeFont(-1)">Thu nhỏ</a> | <a href="javascript:shareFb()">Chia sẻ</a> | <a href="javascript:shareZalo()">Đăng lên Zalo</a></div>
<div class="news-view">Số lượt đọc: %d</div>
<div class="news-rate">Đánh giá: <img src="/images/star_on.png" alt="*"/><img src="/images/star_on.png" alt="*"/><img src="/images/star_on.png" alt="*"/><img src="/images/star_on.png" alt="*"/><img src="/images/star_off.png" alt=""/></div>
<div class="news-tags">Từ khóa: %s</div>
<div class="news-other"><h4>Các tin đã đưa</h4><ul>%s</ul></div>
</div>''' % (A(list_url(1)), esc(a['title']), dmy(a['date']) + ' ' + a.get('time', '14:30'), esc(bl[0][1]), body, 60 + 7 * len(bl), ', '.join(esc(t) for t in tags), rows)
    return shell(a['title'], main, a['url'])


def listing(items, n, other):
    li = ''.join('<div class="news-item"><a href="%s"><img src="/Portals/0/News/thumb_%d.jpg" alt=""/></a><a class="news-item-title" href="%s">%s</a> <span class="date">%s</span><p>%s</p></div>' % (
        A(a['url']), i, A(a['url']), esc(a['title']), dmy(a['date']), esc(a['blocks'][0][1])) for i, a in enumerate(items))
    pg = '<div class="RadGrid"><div class="rgPager"><a href="%s" class="%s">%s</a></div></div>' % (A(other), 'rgPagePrev' if n == 2 else 'rgPageNext', 'Trang trước' if n == 2 else 'Trang sau')
    return shell('Tin tức - Sự kiện', '<div class="dnn_breadcrumb"><a href="/">Trang chủ</a> › Tin tức - Sự kiện</div><div id="dnn_ctr507_ViewNews_pnlList">%s%s</div>' % (li, pg), list_url(n))


def simple(title, inner):
    return shell(title, '<div class="dnn_breadcrumb"><a href="/">Trang chủ</a> › %s</div><div class="news-detail"><h2 class="news-title">%s</h2>%s</div>' % (esc(title), esc(title), inner), '/')


def intro_html():
    return '<p>Tiên Yên là huyện miền núi ven biển ở phía đông bắc tỉnh Quảng Ninh, là đầu mối giao thông nối các huyện miền Đông với thành phố Hạ Long.</p>'


def contact_html():
    return '<p>Văn phòng HĐND và UBND huyện Tiên Yên</p><p>Email: vanphong.tienyen@quangninh.gov.vn</p>'


def doc_html():
    return '<p class="news-date">10/06/2025 09:00</p><p>File đính kèm: <a href="%s">TB_ra_soat_ho_ngheo_2025.pdf</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a></li>' % (A(a['url']), esc(a['title'])) for a in items)
    return shell('Trang chủ', '<div class="home-news"><h3><a href="%s">Tin tức - Sự kiện</a></h3><ul>%s</ul><a href="%s">Thông báo</a></div>' % (A(l1), li, A(DOC_URL)), '/')


def make():
    P = 'huyện Tiên Yên'
    arts = []
    t, b = C.onestop(P, UNITS, '2025-06-09', 81)
    b.append(('byline', 'Tuấn Anh - Trung tâm TT-VH'))
    arts.append(dict(title=t, date='2025-06-09', blocks=b, dates=True))
    t, b = C.parindex(P, 'Quảng Ninh', '2025-03-10', 82, of=13)
    b.append(('byline', 'Tuấn Anh - Trung tâm TT-VH'))
    arts.append(dict(title=t, date='2025-03-10', blocks=b))
    t, b = C.sipas(P, '2025-04-11', 83)
    arts.append(dict(title=t, date='2025-04-11', blocks=b, dates=True))  # ends with a plain paragraph, no byline
    t, b = 'Xã Đông Ngũ: tiếp nhận hồ sơ trực tuyến toàn trình đạt trên 80%', [
        ('lead', 'Từ đầu năm 2025 đến nay, Bộ phận Một cửa xã Đông Ngũ đã tiếp nhận 1.416 hồ sơ, trong đó hơn 1.150 hồ sơ được nộp trực tuyến toàn trình.'),
        ('p', 'Toàn bộ hồ sơ được giải quyết đúng và trước hạn, không có hồ sơ trễ hẹn. Xã đã bố trí 02 máy tính và tổ hỗ trợ tại Bộ phận Một cửa để hướng dẫn người dân tự thao tác trên điện thoại.'),
        ('p', 'Những thủ tục được người dân nộp trực tuyến nhiều nhất gồm:'),
        ('list', ['Đăng ký khai sinh, khai tử;', 'Chứng thực bản sao từ bản chính;', 'Xác nhận tình trạng hôn nhân;', 'Đăng ký thường trú, tạm trú.']),
        ('src', 'Nguồn: UBND xã Đông Ngũ')]
    arts.append(dict(title=t, date='2025-05-28', blocks=b, dates=True))
    t, b = C.inspection(P, '2025-05-08', 84)
    b.append(('byline', 'Phòng Nội vụ'))
    arts.append(dict(title=t, date='2025-05-08', blocks=b))
    t, b = 'Tiên Yên ra quân trồng rừng sau mùa mưa bão', [
        ('lead', 'Huyện Tiên Yên vừa tổ chức lễ ra quân trồng rừng gỗ lớn tại xã Phong Dụ với sự tham gia của lực lượng vũ trang, đoàn viên thanh niên và người dân địa phương.'),
        ('p', 'Năm nay, huyện đặt mục tiêu trồng mới khoảng 1.200 ha rừng, ưu tiên các loài cây bản địa như lim, sao, giổi, trám xen với keo lai mô.'),
        ('p', 'Hạt Kiểm lâm huyện phối hợp các xã hướng dẫn người dân kỹ thuật đào hố, bón lót và chăm sóc cây con trong năm đầu tiên.'),
        ('byline', 'Tuấn Anh - Trung tâm TT-VH')]
    arts.append(dict(title=t, date='2025-02-18', blocks=b, tags=['trồng rừng', 'Phong Dụ']))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()

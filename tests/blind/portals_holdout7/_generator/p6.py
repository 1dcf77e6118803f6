"""Portal 6: DotNetNuke (Default.aspx?tabid=...), huyện Tiên Yên, Quảng Ninh.
Hard cases: counter in the left column before the content; no container class at all (dnn ids
only); date after the text ("Ngày đăng:"); one article with no date while the header shows today's
date; welcome banner; Telerik pager (rgPageNext); very short article; table by commune."""
from common import *

P = Portal('tienyen_dnn', 'Cổng thông tin điện tử huyện Tiên Yên', 'Tiên Yên', 'Quảng Ninh', 'dotnetnuke')
P.furniture = ['Chào mừng bạn đến với Cổng thông tin điện tử huyện Tiên Yên', 'Số lượt truy cập', '3402117', 'Đang xem',
               'Hôm nay là', 'Gửi cho bạn bè', 'Quay về đầu trang', 'Các tin khác', 'Dịch vụ công trực tuyến']
L1 = '/Default.aspx?tabid=112&cateid=33'
L2 = L1 + '&page=2'
D = '/Default.aspx?tabid=112&ndid='


def shell(title, main):
    return f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title></head>
<body><form method="post" action="{esc(L1)}" id="Form">
<div id="dnn_Header"><img src="/Portals/0/banner.jpg" alt="" /><div id="dnn_ctr401_Welcome"><marquee>Chào mừng bạn đến với Cổng thông tin điện tử huyện Tiên Yên</marquee></div>
<span id="dnn_dnnCURRENTDATE_lblDate">Hôm nay là Thứ Sáu, ngày 04/12/2026</span></div>
<div id="dnn_Menu"><a href="/">Trang chủ</a> | <a href="/Default.aspx?tabid=95">Giới thiệu</a> | <a href="{esc(L1)}">Tin tức - Sự kiện</a> | <a href="/Default.aspx?tabid=140">Dịch vụ công trực tuyến</a></div>
<table width="1000"><tr><td width="220" valign="top" id="dnn_LeftPane">
<div id="dnn_ctr388_ModuleContent"><b>Thống kê</b><br/>Số lượt truy cập<br/><span id="dnn_ctr388_lblTotal">3402117</span><br/>Đang xem<br/><span id="dnn_ctr388_lblOnline">23</span></div>
<div id="dnn_ctr389_ModuleContent"><a href="/Default.aspx?tabid=140">Dịch vụ công trực tuyến</a></div>
</td><td valign="top" id="dnn_ContentPane">{main}</td></tr></table>
<div id="dnn_Footer">UBND HUYỆN TIÊN YÊN - Phố Lý Thường Kiệt, thị trấn Tiên Yên, tỉnh Quảng Ninh. Điện thoại: 0203.3876.xxx</div></form></body></html>'''


arts = [
    (5291, cchc_report('UBND huyện Tiên Yên', 'huyện Tiên Yên', 'tháng 8 năm 2024', '2024-09-04',
                       (27, 1184, 803, 395, 2, 1097, 133, 90.6), 'bà Hoàng Thị Nguyệt', 'Giám đốc Trung tâm Hành chính công huyện', 'xây dựng',
                       byline='Trung tâm Hành chính công huyện Tiên Yên')),
    (5277, cchc_table('huyện Tiên Yên', '8 tháng năm 2024', '2024-08-30',
                      [('Xã Hà Lâu', 311, 311, 288), ('Xã Đông Ngũ', 540, 538, 497), ('Xã Phong Dụ', 226, 221, 190),
                       ('Thị trấn Tiên Yên', 902, 899, 870)], 'Chủ tịch UBND huyện Nông Văn Hải')),
    (5263, par_index('huyện Tiên Yên', 'Quảng Ninh', 2023, '2024-03-19', 87.02, 9, 13, 1, 88.4, 80.15, 7,
                     'Phó Chủ tịch UBND huyện Triệu Thị Thu', byline='Lê Hưng')),
    (5250, housing('Huyện Tiên Yên', 15, 70, 'Quỹ An sinh xã hội tỉnh', 'Ông Chíu A Sáng ở thôn Khe Cạn, xã Điền Xá,', '2024-07-27')),
    (5238, farming('xã Hải Lạng', 'cá giò lồng bè', 6.5, 19, 'ông Phạm Văn Lượng, Tổ trưởng tổ hợp tác nuôi biển', None)),
    (5224, short('Tiên Yên tổ chức Ngày hội văn hóa dân tộc Dao', '2024-06-16',
                 'Ngày hội năm nay thu hút 9 đội văn nghệ đến từ các xã vùng cao tham gia trình diễn trang phục và hát Páo dung.',
                 'Ban tổ chức trao giải nhất cho đội xã Đại Dực.',
                 ['9 đội văn nghệ', 'hát Páo dung', 'đội xã Đại Dực'])),
]
notices = [(5299, 'Thông báo kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân định kỳ', 'KL-tiep-cong-dan.pdf'),
           (5285, 'Thông báo lịch cắt điện tháng 9', 'lich-cat-dien-T9.pdf')]
items = sorted([(i, a['title']) for i, a in arts] + [(i, t) for i, t, _ in notices], reverse=True)


def lst(sub):
    return ''.join(f'<div><a href="{esc(D)}{i}">{esc(t)}</a></div>\n' for i, t in sub)


pg = lambda cur: (f'<div id="dnn_ctr402_grid_pager" class="rgPager"><span>Trang {cur}/2</span> ' +
                  (f'<a class="rgPageNext" href="{esc(L2)}">&gt;</a>' if cur == 1 else f'<a class="rgPagePrev" href="{esc(L1)}">&lt;</a>') + '</div>')
P.page('/', shell('Trang chủ', '<div id="dnn_ctr402_ModuleContent"><b>Tin mới</b>' + lst(items[:4]) + f'<a href="{esc(L1)}">Xem thêm</a></div>'))
P.page(L1, shell('Tin tức - Sự kiện', '<div id="dnn_ctr402_ModuleContent">' + lst(items[:5]) + pg(1) + '</div>'))
P.page(L2, shell('Tin tức - Sự kiện', '<div id="dnn_ctr402_ModuleContent">' + lst(items[5:]) + pg(2) + '</div>'))
P.notice('/Default.aspx?tabid=95', shell('Giới thiệu', '<div id="dnn_ctr410_ModuleContent"><b>Giới thiệu huyện Tiên Yên</b><br/>Tiên Yên là huyện miền núi ven biển phía Đông Bắc tỉnh Quảng Ninh, có 11 xã và thị trấn.</div>'))
for i, t, f in notices:
    P.notice(f'{D}{i}', shell(t, f'<div id="dnn_ctr403_ModuleContent"><b>{esc(t)}</b><br/><a href="/Portals/0/files/{f}">Tải tệp đính kèm</a></div>'))
for i, a in arts:
    dline = f'<div id="dnn_ctr403_lblDate"><i>Ngày đăng: {a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}</i></div>' if a['date'] else ''
    others = ''.join(f'<div><a href="{esc(D)}{j}">{esc(t)}</a></div>' for j, t in items if j != i)
    main = f'''<div id="dnn_ctr403_ModuleContent"><div><span id="dnn_ctr403_lblTitle" style="font-size:16px;font-weight:bold">{esc(a["title"])}</span></div>
<div id="dnn_ctr403_lblContent">{body_html(a, wrap=lambda s: f'<div>{esc(s)}</div>')}</div>{dline}
<div><a href="/Default.aspx?tabid=112&amp;sendmail={i}">Gửi cho bạn bè</a> <a href="#">Quay về đầu trang</a></div>
<div><b>Các tin khác</b>{others}</div></div>'''
    P.article(f'{D}{i}', a, shell(a['title'], main))
P.write()

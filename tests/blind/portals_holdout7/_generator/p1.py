"""Portal 1: SharePoint generic web parts (ministry-style chitiet.aspx?ItemID=), huyện Cư M'gar, Đắk Lắk.
Hard cases: digit-per-element counter + hidden Label_TruyCap in the footer; web-part title above a
headline that is not in an h1; breadcrumb repeating the title; date only in a "Cập nhật" stamp after
the text; print view linked (404)."""
from common import *

P = Portal('cumgar_sp', "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", 'Đắk Lắk', 'sharepoint-webparts')
MENU = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Cải cách hành chính', 'Văn bản chỉ đạo điều hành']
P.furniture = ['Thống kê truy cập', 'Đang online:', 'Lượt truy cập:', '2315706',
               'Văn bản chỉ đạo điều hành', 'Bản quyền thuộc UBND huyện Cư M\'gar',
               'Ghi rõ nguồn khi phát hành lại thông tin từ website này', 'In trang', 'Tin đã đưa']
L1 = '/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32'
L2 = L1 + '&page=2'


def shell(title, inner, canon=None):
    digits = lambda pre, v: ''.join(f'<div id="{pre}{i+1}" class="so">{c}</div>' for i, c in enumerate(v.zfill(7)))
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}" />' if canon else ''
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{c}
<title>{esc(title)} - UBND huyện Cư M'gar</title></head>
<body><form name="aspnetForm" method="post" action="/Pages/Default.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="banner">UBND HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK</div>
<ul class="topnav">
<li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioithieu/tongquan.aspx">Giới thiệu</a></li>
<li><a href="{esc(L1)}">Tin tức - Sự kiện</a></li><li><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=35">Cải cách hành chính</a></li>
<li><a href="/Pages/vanban/danhsach.aspx">Văn bản chỉ đạo điều hành</a></li></ul>
<table width="100%"><tr><td valign="top" id="MSOZoneCell_WebPartWPQ2">
{inner}
</td></tr></table>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9" class="footer-wp">
<p>Bản quyền thuộc UBND huyện Cư M'gar</p><p>Địa chỉ: 52 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
<span id="ctl00_g_3f1a_Label_TruyCap" style="display:none">2315706</span><span id="ctl00_g_3f1a_Label_Count" style="display:none">41</span>
<div class="ThongKeSoLuot"><b>Thống kê truy cập</b>
<div class="SoLuongOnline"><span>Đang online:</span>{digits('slol', '41')}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits('sltc', '2315706')}</div></div>
</div></div></div></form></body></html>'''


def wp(title, body):
    return f'''<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>{esc(title)}</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody">{body}</div></div>'''


arts = [
    (1187, cchc_report('UBND huyện Cư M\'gar', 'huyện Cư M\'gar', 'quý III năm 2024', '2024-10-03',
                       (112, 2047, 1270, 801, 23, 1688, 96, 78.3), 'ông Y Khu Niê', 'Chánh Văn phòng HĐND và UBND huyện',
                       'đất đai', byline='Hà My'), '09:45, 03/10/2024'),
    (1175, cchc_table('huyện Cư M\'gar', '6 tháng đầu năm 2024', '2024-07-11',
                      [('Xã Ea Pốk', 412, 409, 301), ('Xã Cư Suê', 265, 259, 188), ('Xã Ea Kiết', 198, 198, 121),
                       ('Thị trấn Quảng Phú', 630, 611, 540)], 'Phó Chủ tịch UBND huyện Nguyễn Văn Hòa',
                      byline='Văn phòng HĐND và UBND huyện'), '16:10, 11/07/2024'),
    (1169, farming('xã Ea Tar', 'cà phê tái canh giống TR4', 86.5, 142, 'ông H\'Dung Mlô, Giám đốc Hợp tác xã Ea Tar',
                   '2024-06-20'), '08:30, 20/06/2024'),
    (1160, digital('Huyện Cư M\'gar', 17, 104, 5321, 'Bí thư Huyện đoàn Lê Thị Thu Trang', '2024-05-28', byline='Thanh Tâm'),
     '15:00, 28/05/2024'),
    (1151, road('UBND xã Cuôr Đăng', 2.4, 3.85, 'buôn Ea Kmar', 'Chủ tịch UBND xã Phan Quốc Đạt', '2024-05-06'),
     '10:20, 06/05/2024'),
    (1143, short('Hội nghị sơ kết công tác dân vận chính quyền', '2024-04-22',
                 'Chiều 22/4, Ban Dân vận Huyện ủy phối hợp với UBND huyện sơ kết công tác dân vận chính quyền quý I.',
                 'Hội nghị thống nhất tiếp tục tổ chức đối thoại định kỳ giữa Chủ tịch UBND xã với nhân dân tại các buôn.',
                 ['sơ kết công tác dân vận chính quyền quý I', 'đối thoại định kỳ', 'tại các buôn']), '17:05, 22/04/2024'),
]
notices = [(1190, 'Thông báo lịch tiếp công dân tháng 10 năm 2024', 'LichTCD_T10_2024.pdf'),
           (1181, 'Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024', 'TB_tuyendung_GD_2024.docx')]

items = [(f'/Pages/tintuc/chitiet.aspx?ItemID={i}', a['title'], stamp) for i, a, stamp in arts] + \
        [(f'/Pages/tintuc/chitiet.aspx?ItemID={i}', t, '') for i, t, _ in notices]
items.sort(key=lambda x: -int(x[0].split('=')[1]))


def listing(sub):
    return '\n'.join(f'<div class="item"><a href="{esc(u)}">{esc(t)}</a> <span class="ngay">{s.split(", ")[-1] if s else ""}</span></div>'
                     for u, t, s in sub)


home = wp('Tin tức - Sự kiện', listing(items[:5]) + f'<a href="{esc(L1)}">Xem tiếp</a>') + \
    wp('Liên kết', '<a href="/Pages/gioithieu/tongquan.aspx">Tổng quan huyện</a>')
P.page('/', shell('Trang chủ', home))
P.page(L1, shell('Tin tức - Sự kiện', wp('Tin tức - Sự kiện', listing(items[:5]) +
       f'<div class="pager"><span>1</span> <a href="{esc(L2)}">2</a> <a href="{esc(L2)}">Trang sau</a></div>')))
P.page(L2, shell('Tin tức - Sự kiện', wp('Tin tức - Sự kiện', listing(items[5:]) +
       f'<div class="pager"><a href="{esc(L1)}">1</a> <span>2</span></div>')))
P.notice('/Pages/gioithieu/tongquan.aspx', shell('Tổng quan huyện', wp('Giới thiệu',
         '<p>Huyện Cư M\'gar nằm ở phía Bắc thành phố Buôn Ma Thuột, gồm 15 xã và 2 thị trấn.</p>'
         '<p>Điện thoại: 0262 3834 xxx. Thư điện tử: ubnd-cumgar@daklak.gov.vn</p>')))

for i, a, stamp in arts:
    u = f'/Pages/tintuc/chitiet.aspx?ItemID={i}'
    crumb = f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{esc(L1)}">Tin tức - Sự kiện</a> &gt; {esc(a["title"])}</div>'
    others = ''.join(f'<li><a href="{esc(x)}">{esc(t)}</a> ({s.split(", ")[-1]})</li>' for x, t, s in items if x != u and s)
    body = body_html(a)
    inner = wp('Tin tức - Sự kiện', f'''{crumb}
<div class="chitiet"><span class="chitiet-tieude"><b>{esc(a["title"])}</b></span>
<div class="noidung">{body}</div>
<div class="capnhat"><i>Cập nhật: {stamp}</i></div>
<div class="congcu"><a href="/Pages/tintuc/inbai.aspx?ItemID={i}">In trang</a></div>
<div class="tinkhac"><b>Tin đã đưa</b><ul>{others}</ul></div></div>''')
    P.article(u, a, shell(a['title'], inner))
for i, t, f in notices:
    P.notice(f'/Pages/tintuc/chitiet.aspx?ItemID={i}', shell(t, wp('Thông báo',
             f'<span class="chitiet-tieude"><b>{esc(t)}</b></span><p><a href="/Documents/{f}">Tải về: {f}</a></p>')))
P.write()

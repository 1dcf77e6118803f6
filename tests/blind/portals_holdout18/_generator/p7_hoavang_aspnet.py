"""Portal 7: huyện Hòa Vang (Đà Nẵng), a bespoke ASP.NET site in the Đà Nẵng shape
/<cat>-<sub>-<id>/default.aspx, listing /<cat>-<sub>/default.aspx?p=2.
Hard cases: an '(HoaVang.gov.vn) -' prefix opening the lead; a bare author name as the last
paragraph (text); a '(Nguồn: …)' line inside the body; a counter of invented wording between the
article and the footer; weekday date with time; a table-layout footer with copyright and address;
a very short article; a print link that answers 404."""
import datetime
from common import Portal, Article, esc, body_html

P = Portal('hoavang_aspnet', 'Cổng thông tin điện tử huyện Hòa Vang', 'Hòa Vang', 'Đà Nẵng', 'Bespoke ASP.NET (WebForms)')
P.furniture = ['Số người đang kết nối', 'Tổng số lượt đã phục vụ', 'Bản in', 'Chia sẻ qua Zalo',
               '© Bản quyền Ủy ban nhân dân huyện Hòa Vang', 'Địa chỉ: thôn Dương Lâm 1, xã Hòa Phong',
               'Tin liên quan đã đăng']
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']
LIST = '/71-154/default.aspx'


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}"><meta property="og:url" content="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} | Hòa Vang</title>{canon}</head>
<body><form name="aspnetForm" method="post" action="./default.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCZg8WAh4EVGV4dAUFMTQ2ODJkZA==">
<div id="header"><a href="/"><img src="/Images/logo-hoavang.png" alt="Hòa Vang"></a></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/65-0-0/default.aspx">Giới thiệu</a> <a href="{LIST}">Cải cách hành chính</a> <a href="/80-0-0/default.aspx">Dịch vụ công</a></div>
<div id="page">{main}</div>
<div id="ctl00_pnlThongKe"><span>Số người đang kết nối: 41</span> &nbsp; <span>Tổng số lượt đã phục vụ: 9876543</span></div>
<table width="100%" id="footer"><tr><td>© Bản quyền Ủy ban nhân dân huyện Hòa Vang</td></tr>
<tr><td>Địa chỉ: thôn Dương Lâm 1, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng</td></tr><tr><td>Điện thoại: 0236.3846.102</td></tr></table>
</form></body></html>'''


def detail(a, hm):
    y, m, d = map(int, a.published.split('-'))
    rel = ''.join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in A if x is not a and x.published < a.published)
    rel = f'<div class="lienquan"><h4>Tin liên quan đã đăng</h4><ul>{rel}</ul></div>' if rel else ''
    main = f'''<div class="chitiet"><h1 class="tieude">{esc(a.title)}</h1>
<div class="thoigian">{WD[datetime.date(y, m, d).weekday()]}, {d:02d}/{m:02d}/{y} - {hm}</div>
<div class="congcu"><a href="{a.path.replace('default.aspx', 'print.aspx')}">Bản in</a> | <a href="javascript:void(0)">Chia sẻ qua Zalo</a></div>
<div class="noidung"><p><b>{esc(a.lead)}</b></p>{body_html(a.body)}</div>{rel}</div>'''
    return frame(a.title, main, canonical=a.path)


def art(sub, i, title, pub, lead, body, must):
    return Article(f'/71-{sub}-{i}/default.aspx', title, pub, body, must, lead=lead)


A = [
 art(154, 24517, 'Hòa Vang: tỷ lệ hồ sơ trực tuyến toàn trình quý III đạt 71,4%', '2025-10-14',
     '(HoaVang.gov.vn) - Quý III/2025, Trung tâm Hành chính huyện và 11 xã tiếp nhận 9.635 hồ sơ, trong đó trực tuyến toàn trình 6.879 hồ sơ, đạt 71,4%.',
     ['Trong kỳ, số hồ sơ giải quyết xong là 9.402 hồ sơ, bao gồm trước hạn 4.155 hồ sơ, đúng hạn 5.231 hồ sơ và trễ hạn 16 hồ sơ.',
      'Hồ sơ kỳ trước chuyển qua là 187; số hồ sơ đang giải quyết chưa đến hạn là 420.',
      'Dịch vụ bưu chính công ích trả kết quả tận nhà cho 532 trường hợp, chủ yếu là hồ sơ cấp giấy chứng nhận quyền sử dụng đất.',
      '(Nguồn: Văn phòng HĐND và UBND huyện)',
      'Minh Tâm'],
     ['trực tuyến toàn trình 6.879 hồ sơ', 'trễ hạn 16 hồ sơ', 'Hồ sơ kỳ trước chuyển qua là 187', 'cho 532 trường hợp']),
 art(154, 24533, 'Kết quả xử lý hồ sơ theo xã tháng 9/2025', '2025-10-03',
     '(HoaVang.gov.vn) - Theo số liệu trên Hệ thống thông tin giải quyết TTHC thành phố, tháng 9/2025 các xã của huyện đạt tỷ lệ đúng hạn bình quân 99,1%.',
     [('table', [['Xã', 'Tiếp nhận', 'Đúng hạn', 'Trễ hạn'],
                 ['Hòa Phong', '388', '386', '2'], ['Hòa Tiến', '352', '350', '2'],
                 ['Hòa Bắc', '74', '74', '0'], ['Hòa Nhơn', '401', '395', '6'], ['Hòa Ninh', '93', '93', '0']]),
      'Xã Hòa Nhơn có số hồ sơ trễ hạn nhiều nhất do vướng thủ tục tách thửa.',
      'Thùy Dương'],
     ['Hòa Nhơn', '386', 'vướng thủ tục tách thửa', 'Thùy Dương']),
 art(154, 24490, 'DDCI Đà Nẵng 2024: huyện Hòa Vang đạt 78,32 điểm', '2025-06-12',
     '(HoaVang.gov.vn) - Kết quả Bộ chỉ số DDCI năm 2024 của thành phố Đà Nẵng cho thấy huyện Hòa Vang đạt 78,32 điểm, xếp thứ 5/8 quận, huyện.',
     ['Về Chỉ số cải cách hành chính năm 2024, huyện đạt 85,71 điểm, xếp thứ 6/8. Chỉ số hài lòng của người dân đạt 84,2%.',
      'Huyện xác định năm 2025 tập trung rút ngắn thời gian giải quyết thủ tục về đất đai và xây dựng.',
      'Minh Tâm'],
     ['xếp thứ 5/8 quận, huyện', 'đạt 85,71 điểm, xếp thứ 6/8', 'đạt 84,2%']),
 art(160, 24502, 'Mùa sen ở Hòa Khương', '2025-07-01',
     '(HoaVang.gov.vn) - Những ngày đầu tháng 7, hơn 20 ha sen ở thôn Cẩm Toại Trung, xã Hòa Phong và xã Hòa Khương nở rộ, thu hút nhiều du khách.',
     ['Người dân tận dụng hạt sen, tim sen và lá sen để làm trà, bán cho khách tham quan.',
      'Xuân Quý'],
     ['hơn 20 ha sen', 'thôn Cẩm Toại Trung', 'Xuân Quý']),
 art(160, 24509, 'Hòa Bắc đón đoàn khảo sát du lịch cộng đồng', '2025-08-19',
     '(HoaVang.gov.vn) - Đoàn khảo sát của Sở Du lịch đã làm việc tại làng Cơ Tu Tà Lang - Giàn Bí, xã Hòa Bắc, về phát triển sản phẩm du lịch cộng đồng.',
     ['Đoàn đề nghị xã giữ kiến trúc nhà gươl, hướng dẫn người dân làm dịch vụ ẩm thực và dệt thổ cẩm.',
      'Xuân Quý'],
     ['làng Cơ Tu Tà Lang - Giàn Bí', 'kiến trúc nhà gươl', 'dệt thổ cẩm']),
 art(160, 24526, 'Phát động Tháng hành động vì an toàn thực phẩm', '2025-04-15',
     '(HoaVang.gov.vn) - Sáng 15/4, UBND huyện phát động Tháng hành động vì an toàn thực phẩm năm 2025.',
     ['Thùy Dương'],
     ['Sáng 15/4', 'Tháng hành động vì an toàn thực phẩm năm 2025', 'Thùy Dương']),
]
for a, hm in zip(A, ['15:20', '09:45', '16:10', '07:30', '11:05', '10:40']):
    P.article(a, detail(a, hm))

NOTICE = '/71-154-24540/default.aspx'
P.notice(NOTICE, frame('Thông báo thay đổi giờ làm việc của Trung tâm Hành chính huyện', '''<div class="chitiet"><h1 class="tieude">Thông báo thay đổi giờ làm việc của Trung tâm Hành chính huyện</h1>
<div class="noidung"><p><a href="/Upload/Files/TB-gio-lam-viec.pdf">Xem tệp đính kèm</a></p></div></div>'''))


def row(a):
    return f'<div class="tin"><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">({a.published[8:]}/{a.published[5:7]}/{a.published[:4]})</span></div>'


order = sorted(A, key=lambda x: x.published, reverse=True)
P.add_page(LIST, frame('Cải cách hành chính', '<h2 class="chuyenmuc">Cải cách hành chính</h2>' + ''.join(row(a) for a in order[:4]) +
           f'<div class="trang"><span>1</span> <a href="{LIST}?p=2">2</a></div>'))
P.add_page(LIST + '?p=2', frame('Cải cách hành chính', '<h2 class="chuyenmuc">Cải cách hành chính</h2>' + ''.join(row(a) for a in order[4:]) +
           f'<div class="tin"><a href="{NOTICE}">Thông báo thay đổi giờ làm việc của Trung tâm Hành chính huyện</a></div>' +
           f'<div class="trang"><a href="{LIST}">1</a> <span>2</span></div>'))
P.add_page('/65-0-0/default.aspx', frame('Giới thiệu', '<h2>Giới thiệu huyện Hòa Vang</h2><p>Hòa Vang là huyện duy nhất của thành phố Đà Nẵng, bao quanh khu vực nội thành ở phía Tây, gồm 11 xã.</p>'))
P.add_page('/', frame('Trang chủ', ''.join(row(a) for a in order[:5]) + f'<p><a href="{LIST}">Xem thêm tin cải cách hành chính</a></p>'))
P.finish()

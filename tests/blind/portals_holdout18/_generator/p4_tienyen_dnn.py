"""Portal 4: huyện Tiên Yên (Quảng Ninh) on DotNetNuke with a news module.
Default.aspx?tabid=&cateid=&NewsID= URLs, Telerik pager (rgPageNext).
Hard cases: a left column with a counter (invented labels, one digit per element) BEFORE the
content; the header shows today's date; dates only in an 'Cập nhật' stamp; one article with no
date at all; breadcrumb repeating the title; headline in an h2 inside a module title bar that is a
section heading; a print link that answers 404."""
from common import Portal, Article, esc, body_html

P = Portal('tienyen_dnn', 'Cổng thông tin điện tử huyện Tiên Yên', 'Tiên Yên', 'Quảng Ninh', 'DotNetNuke')
P.furniture = ['Người đang xem trang', 'Lượt truy cập tích lũy', 'Hôm nay: Thứ Sáu, 04/12/2026',
               'Phiên bản in', 'Gửi cho bạn bè', 'Các tin cùng chuyên mục',
               'Đơn vị quản lý: Văn phòng HĐND và UBND huyện Tiên Yên']
LIST = '/Default.aspx?tabid=89&cateid=546'


def digits(n):
    return ''.join(f'<img src="/Portals/0/counter/{d}.gif" alt="{d}">' for d in n)


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>{canon}</head>
<body><form method="post" action="/Default.aspx?tabid=89" id="Form">
<div id="dnn_HeaderPane"><div class="ngay-hien-tai">Hôm nay: Thứ Sáu, 04/12/2026</div><div class="logo">HUYỆN TIÊN YÊN - TỈNH QUẢNG NINH</div>
<div id="dnn_dnnNAV"><a href="/Default.aspx?tabid=36">Trang chủ</a> <a href="/Default.aspx?tabid=40">Tổng quan</a> <a href="{LIST.replace('&', '&amp;')}">Cải cách hành chính</a> <a href="/Default.aspx?tabid=95">Hỏi đáp</a></div></div>
<table width="100%"><tr><td id="dnn_LeftPane" valign="top" width="22%">
<div class="DnnModule" id="dnn_ctr411_ModuleContent"><div class="tieu-de-module">Thống kê</div>
<p>Người đang xem trang: {digits('19')}</p><p>Lượt truy cập tích lũy: {digits('00984512')}</p></div>
<div class="DnnModule"><div class="tieu-de-module">Văn bản mới</div><ul><li><a href="/Default.aspx?tabid=102">Văn bản chỉ đạo điều hành</a></li></ul></div></td>
<td id="dnn_ContentPane" valign="top">{main}</td></tr></table>
<div id="dnn_FooterPane"><p>Đơn vị quản lý: Văn phòng HĐND và UBND huyện Tiên Yên</p><p>Địa chỉ: phố Thống Nhất, thị trấn Tiên Yên, huyện Tiên Yên, tỉnh Quảng Ninh</p></div>
</form></body></html>'''


def detail(a, stamp):
    others = ''.join(f'<li><a href="{x.path.replace("&", "&amp;")}">{esc(x.title)}</a></li>' for x in A if x is not a)
    st = f'<div class="cap-nhat">Cập nhật: {stamp}</div>' if stamp else ''
    main = f'''<div class="DnnModule" id="dnn_ctr507_ModuleContent"><div class="tieu-de-module"><span id="dnn_ctr507_dnnTITLE_lblTitle">Cải cách hành chính</span></div>
<div class="duong-dan"><a href="/Default.aspx?tabid=36">Trang chủ</a> » <a href="{LIST.replace('&', '&amp;')}">Cải cách hành chính</a> » {esc(a.title)}</div>
<div id="dnn_ctr507_ViewNews_pnlDetail"><h2 class="tieu-de-tin">{esc(a.title)}</h2>{st}
<div class="noi-dung">{body_html(a.body)}</div>
<div class="cong-cu"><a href="{a.path.replace('&', '&amp;')}&amp;print=1">Phiên bản in</a> | <a href="/Default.aspx?tabid=97">Gửi cho bạn bè</a></div>
<div class="tin-cung"><b>Các tin cùng chuyên mục</b><ul>{others}</ul></div></div></div>'''
    return frame(a.title, main, canonical=a.path)


def art(nid, title, pub, body, must):
    return Article(f'{LIST}&NewsID={nid}', title, pub, body, must)


A = [
 art(5531, 'Tiên Yên tăng tỷ lệ hồ sơ nộp qua mạng trong 7 tháng', '2025-08-05', [
     'Lũy kế 7 tháng năm 2025, Trung tâm Hành chính công huyện Tiên Yên tiếp nhận 6.248 hồ sơ, tăng 9% so với cùng kỳ.',
     'Trong đó, 4.811 hồ sơ nộp trực tuyến, tỷ lệ đạt 77%. Số hồ sơ đã giải quyết là 6.013, trong đó đúng và trước hạn 6.009 hồ sơ, chỉ 4 hồ sơ chậm muộn.',
     'Hiện có 235 hồ sơ đang giải quyết trong hạn. Mức độ hài lòng của người dân khi đến giao dịch đạt 98,6%.',
     'Trung tâm duy trì làm việc sáng thứ Bảy để tiếp nhận hồ sơ cho người dân các xã vùng cao như Hà Lâu, Đại Dực.'],
     ['tiếp nhận 6.248 hồ sơ', 'tỷ lệ đạt 77%', 'chỉ 4 hồ sơ chậm muộn', 'đạt 98,6%']),
 art(5540, 'Bảng tổng hợp kết quả một cửa các xã, thị trấn tháng 8/2025', '2025-09-04', [
     'Văn phòng HĐND và UBND huyện tổng hợp kết quả tiếp nhận, giải quyết hồ sơ của Bộ phận Một cửa 11 xã, thị trấn trong tháng 8/2025.',
     ('table', [['Đơn vị', 'Nhận', 'Đã trả', 'Đang xử lý'],
                ['TT Tiên Yên', '318', '305', '13'], ['Đông Ngũ', '142', '139', '3'],
                ['Hải Lạng', '127', '127', '0'], ['Phong Dụ', '88', '81', '7'], ['Hà Lâu', '54', '54', '0']]),
     'Các xã không có hồ sơ quá hạn trong tháng.'],
     ['TT Tiên Yên', 'Bộ phận Một cửa 11 xã, thị trấn', 'không có hồ sơ quá hạn']),
 art(5547, 'Huyện Tiên Yên đạt 88,03 điểm Chỉ số CCHC', '2025-04-16', [
     'Theo kết quả Chỉ số cải cách hành chính năm 2024 của tỉnh Quảng Ninh, huyện Tiên Yên đạt 88,03 điểm, xếp thứ 9/13 địa phương cấp huyện.',
     'Chỉ số DDCI của huyện năm 2024 đạt 79,12 điểm, xếp thứ 8/13.',
     'UBND huyện đã ban hành kế hoạch khắc phục các tiêu chí bị trừ điểm, giao chỉ tiêu cụ thể cho từng cơ quan.'],
     ['xếp thứ 9/13 địa phương cấp huyện', 'đạt 79,12 điểm', 'giao chỉ tiêu cụ thể']),
 art(5552, 'Khai mạc Lễ hội Văn hóa, Thể thao các dân tộc huyện Tiên Yên', '2025-10-18', [
     'Tối 17/10, tại Quảng trường trung tâm huyện diễn ra lễ khai mạc Lễ hội Văn hóa, Thể thao các dân tộc với sự tham gia của hơn 600 vận động viên, diễn viên.',
     'Trong ba ngày, lễ hội có các môn thi đẩy gậy, kéo co, bắn nỏ và hội chợ sản phẩm OCOP của huyện.'],
     ['hơn 600 vận động viên', 'đẩy gậy, kéo co, bắn nỏ', 'sản phẩm OCOP']),
 art(5558, 'Xã Đông Hải ra mắt tổ công nghệ số cộng đồng', None, [
     'Xã Đông Hải vừa ra mắt 6 tổ công nghệ số cộng đồng tại các thôn, mỗi tổ gồm trưởng thôn, công an viên và đoàn viên thanh niên.',
     'Các tổ sẽ giúp người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ dịch vụ công.'],
     ['6 tổ công nghệ số cộng đồng', 'cài đặt ứng dụng VNeID', 'thanh toán không dùng tiền mặt']),
 art(5563, 'Tiếp công dân định kỳ tháng 11', '2025-11-15', [
     'Ngày 14/11, đồng chí Chủ tịch UBND huyện tiếp 7 lượt công dân, chủ yếu kiến nghị về bồi thường giải phóng mặt bằng tuyến đường ven sông Tiên Yên.'],
     ['tiếp 7 lượt công dân', 'bồi thường giải phóng mặt bằng', 'ven sông Tiên Yên']),
]
STAMP = {5531: '16:02 ngày 05/08/2025', 5540: '08:30 ngày 04/09/2025', 5547: '10:45 ngày 16/04/2025',
         5552: '21:10 ngày 18/10/2025', 5558: None, 5563: '09:00 ngày 15/11/2025'}
for a in A:
    P.article(a, detail(a, STAMP[int(a.path.rsplit('=', 1)[1])]))

NOTICE = f'{LIST}&NewsID=5560'
P.notice(NOTICE, frame('Kế hoạch kiểm tra công tác CCHC năm 2025', f'''<div class="DnnModule"><div id="dnn_ctr507_ViewNews_pnlDetail"><h2 class="tieu-de-tin">Kế hoạch kiểm tra công tác CCHC năm 2025</h2>
<div class="noi-dung"><p>Tệp đính kèm: <a href="/Portals/0/VanBan/KH-kiem-tra-CCHC-2025.pdf">KH-kiem-tra-CCHC-2025.pdf</a></p></div></div></div>'''))


def grid(items, page):
    rows = ''.join(f'<tr class="rgRow"><td><a href="{p.replace("&", "&amp;")}">{esc(t)}</a></td></tr>' for p, t in items)
    nxt = (f'<a class="rgPageNext" href="{LIST.replace("&", "&amp;")}&amp;page=2">Trang sau</a>' if page == 1
           else f'<a class="rgPagePrev" href="{LIST.replace("&", "&amp;")}">Trang trước</a>')
    return f'<div class="RadGrid" id="dnn_ctr507_ViewNews_grdNews"><table class="rgMasterTable">{rows}</table><div class="rgPager">{nxt}</div></div>'


items = [(a.path, a.title) for a in A] + [(NOTICE, 'Kế hoạch kiểm tra công tác CCHC năm 2025')]
P.add_page(LIST, frame('Cải cách hành chính', grid(items[:4], 1)))
P.add_page(LIST + '&page=2', frame('Cải cách hành chính', grid(items[4:], 2)))
P.add_page('/Default.aspx?tabid=40', frame('Tổng quan', '<h2>Tổng quan huyện Tiên Yên</h2><p>Huyện Tiên Yên nằm ở phía Đông Bắc tỉnh Quảng Ninh, là đầu mối giao thông nối Móng Cái, Bình Liêu và Ba Chẽ.</p>'))
P.add_page('/', frame('Trang chủ', '<div class="tin-noi-bat">' + ''.join(f'<p><a href="{p.replace("&", "&amp;")}">{esc(t)}</a></p>' for p, t in items[:3]) +
           f'</div><a href="{LIST.replace("&", "&amp;")}">Xem tiếp</a>'))
P.finish()

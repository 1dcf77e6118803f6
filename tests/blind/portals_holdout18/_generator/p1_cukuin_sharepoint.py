"""Portal 1: huyện Cư Kuin (Đắk Lắk) on SharePoint with generic web parts, ministry-style
chitiet.aspx?ItemID= / chuyenmuc.aspx?ChuyenMucID=32&page= URLs.
Hard cases: web-part title above a headline that is a span (no h1); digit-per-element counter in
the footer with my own labels; an article reachable under two URLs (canonical names one);
the date only after the text in an update stamp; a very short article; caption after image."""
from common import Portal, Article, esc, body_html

P = Portal('cukuin_sp', 'Cổng thông tin điện tử huyện Cư Kuin', 'Cư Kuin', 'Đắk Lắk',
           'SharePoint (generic web parts)')
P.furniture = ['Khách trực tuyến', 'Tổng lượt ghé thăm', 'Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin',
               'Trụ sở: thôn 3, xã Dray Bhăng', 'Liên kết website', 'Tin đã đưa']

MENU = ('<ul class="topnav"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioithieu.aspx">Giới thiệu</a></li>'
        '<li><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Cải cách hành chính</a></li>'
        '<li><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=7">Kinh tế - Xã hội</a></li>'
        '<li><a href="/Pages/vanban.aspx">Văn bản</a></li></ul>')


def digits(n):
    return ''.join(f'<span class="so-dem">{d}</span>' for d in str(n))


def page(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint">
<title>{esc(title)} - Huyện Cư Kuin</title>{canon}</head>
<body><form id="aspnetForm" method="post" action="/Pages/default.aspx">
<div id="s4-workspace"><div class="banner"><img src="/PublishingImages/banner-cukuin.jpg" alt="Cư Kuin"></div>
{MENU}
<table class="ms-layout" width="100%"><tr>
<td class="cot-trai" valign="top" width="72%">{main}</td>
<td class="cot-phai" valign="top"><div class="ms-webpart-chrome"><div class="ms-webpart-titleText">Liên kết website</div>
<ul><li>Cổng thông tin tỉnh Đắk Lắk</li><li>Dịch vụ công trực tuyến</li></ul></div></td>
</tr></table>
<div class="chan-trang"><p>Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin</p>
<p>Trụ sở: thôn 3, xã Dray Bhăng, huyện Cư Kuin, tỉnh Đắk Lắk. Điện thoại: 0262.3 556 102</p>
<div class="ms-webpart-chrome" id="ctl00_g_5b1e0d2a_demtruycap"><div class="dem">
<div class="dong"><span class="nhan">Khách trực tuyến</span> {digits(27)}</div>
<div class="dong"><span class="nhan">Tổng lượt ghé thăm</span> {digits(1473028)}</div></div></div>
</div></div></form></body></html>'''


def detail(a, stamp):
    main = f'''<div class="ms-webpart-chrome"><div id="WebPartWPQ3">
<div class="ms-webpart-titleText"><span>TIN CẢI CÁCH HÀNH CHÍNH</span></div>
<div class="khung-chitiet"><span class="tieude-chitiet">{esc(a.title)}</span>
<div class="ms-rtestate-field">{body_html(a.body)}</div>
<div class="ngay-capnhat">Ngày cập nhật: {stamp}</div>
<div class="tin-khac"><b>Tin đã đưa</b><ul>{OTHERS}</ul></div></div></div></div>'''
    return page(a.title, main, canonical=a.canonical)


A = []
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1842', 'Cư Kuin: Quý I/2025 giải quyết hơn 4 nghìn hồ sơ thủ tục hành chính',
    '2025-04-08', [
    'Theo báo cáo của Văn phòng HĐND và UBND huyện, trong quý I/2025, Bộ phận Một cửa huyện và 8 xã đã tiếp nhận tổng cộng 4.217 hồ sơ, trong đó có 186 hồ sơ kỳ trước chuyển sang.',
    'Số hồ sơ đã giải quyết là 4.020, gồm 1.312 hồ sơ trước hạn, 2.671 hồ sơ đúng hạn và 37 hồ sơ quá hạn; hiện còn 197 hồ sơ đang trong thời gian giải quyết.',
    'Đáng chú ý, có 2.906 hồ sơ được nộp qua Cổng Dịch vụ công, chiếm tỷ lệ 68,9%; 118 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.',
    'Các hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai tại xã Ea Bhốk và xã Hòa Hiệp. UBND huyện yêu cầu hai xã gửi thư xin lỗi tổ chức, công dân và khắc phục trong tháng 4.',
    ], ['có 186 hồ sơ kỳ trước chuyển sang', '2.671 hồ sơ đúng hạn và 37 hồ sơ quá hạn', 'chiếm tỷ lệ 68,9%', 'qua dịch vụ bưu chính công ích']))
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1857', 'Kết quả giải quyết hồ sơ tại Bộ phận Một cửa cấp xã tháng 4/2025',
    '2025-05-06', [
    'Trong tháng 4/2025, các xã trên địa bàn huyện tiếp nhận 1.126 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.098 hồ sơ, đạt 97,5%. Kết quả cụ thể từng xã như sau:',
    ('table', [['Xã', 'Tiếp nhận', 'Đúng hạn', 'Trễ hạn'],
               ['Ea Tiêu', '164', '164', '0'], ['Ea Ktur', '203', '199', '4'],
               ['Dray Bhăng', '152', '150', '2'], ['Hòa Hiệp', '141', '131', '10'],
               ['Ea Bhốk', '187', '176', '11'], ['Ea Hu', '96', '96', '0'],
               ['Cư Ê Wi', '84', '84', '0'], ['Ea Ning', '99', '98', '1']]),
    'Xã Ea Tiêu, Ea Hu và Cư Ê Wi không để phát sinh hồ sơ trễ hạn trong tháng.',
    'Phòng Nội vụ sẽ kiểm tra đột xuất tại xã Ea Bhốk trong tháng 5.',
    ], ['giải quyết đúng hạn 1.098 hồ sơ, đạt 97,5%', 'Dray Bhăng', 'không để phát sinh hồ sơ trễ hạn']))
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1863', 'Chỉ số cải cách hành chính năm 2024 của huyện xếp thứ 4/15',
    '2025-05-21', [
    'UBND tỉnh Đắk Lắk vừa công bố Chỉ số cải cách hành chính năm 2024 của các huyện, thị xã, thành phố. Huyện Cư Kuin đạt 86,12 điểm, xếp thứ 4/15, tăng 3 bậc so với năm 2023.',
    'Ở chỉ số đo lường sự hài lòng của người dân (SIPAS), huyện đạt 87,4%. Các tiêu chí thành phần về cải cách thủ tục hành chính và chuyển đổi số đều đạt trên 90% số điểm tối đa.',
    'Ông Y Khoa Niê, Phó Chủ tịch UBND huyện, cho biết huyện sẽ tập trung khắc phục tiêu chí về chế độ công vụ, nơi huyện còn bị trừ nhiều điểm nhất.',
    ], ['đạt 86,12 điểm, xếp thứ 4/15', 'huyện đạt 87,4%', 'tiêu chí về chế độ công vụ']))
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1870', 'Tập huấn kỹ thuật tái canh cà phê cho nông dân xã Ea Ktur',
    '2025-06-03', [
    'Trạm Khuyến nông huyện phối hợp với Hội Nông dân xã Ea Ktur tổ chức lớp tập huấn kỹ thuật tái canh cà phê cho 60 hộ dân.',
    ('img', '/PublishingImages/2025/ta-huan-ea-ktur.jpg', 'Kỹ sư hướng dẫn bà con cách xử lý đất trước khi trồng lại'),
    'Tại lớp học, các kỹ sư hướng dẫn cách luân canh cây ngắn ngày hai năm trước khi trồng lại, chọn giống TR4, TR9 và bón phân hữu cơ vi sinh.',
    'Nhiều hộ cho biết sẽ đăng ký tham gia mô hình trình diễn trên diện tích 12 ha của xã.',
    ], ['tái canh cà phê cho 60 hộ dân', 'chọn giống TR4, TR9', 'diện tích 12 ha']))
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1876', 'Huyện ủy Cư Kuin sơ kết 6 tháng công tác dân vận',
    '2025-06-27', [
    'Chiều 26/6, Ban Dân vận Huyện ủy tổ chức sơ kết công tác dân vận 6 tháng đầu năm, triển khai 14 mô hình dân vận khéo ở các thôn, buôn.',
    ], ['sơ kết công tác dân vận 6 tháng đầu năm', '14 mô hình dân vận khéo', 'ở các thôn, buôn']))
A.append(Article('/Pages/tintuc/chitiet.aspx?ItemID=1881', 'Đoàn kiểm tra cải cách hành chính làm việc tại xã Ea Ning',
    '2025-07-10', [
    'Ngày 9/7, đoàn kiểm tra công tác cải cách hành chính của huyện do bà H\'Linh Mlô, Trưởng phòng Nội vụ, làm trưởng đoàn đã làm việc tại UBND xã Ea Ning.',
    'Từ đầu năm đến nay, xã tiếp nhận 642 hồ sơ, đã giải quyết 630 hồ sơ, trong đó trước hạn 211 hồ sơ, đúng hạn 416 hồ sơ, trễ hạn 3 hồ sơ. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 54,2%.',
    'Đoàn đề nghị xã niêm yết đầy đủ thủ tục hành chính mới được công bố và cập nhật kịp thời lên hệ thống.',
    'Thanh Nhàn',
    ], ['tiếp nhận 642 hồ sơ', 'trễ hạn 3 hồ sơ', 'đạt 54,2%', 'Thanh Nhàn']))
STAMPS = ['08/04/2025 15:42', '06/05/2025 09:10', '21/05/2025 16:05', '03/06/2025 10:27', '27/06/2025 08:00', '10/07/2025 14:36']
OTHERS = ''.join(f'<li><a href="{esc(a.path)}">{esc(a.title)}</a> ({s[:10]})</li>' for a, s in zip(A[:3], STAMPS))

for a, s in zip(A, STAMPS):
    P.article(a, detail(a, s))
# the first report also answers with the category in the query (linked from the listing)
alias = A[0].path + '&ChuyenMucID=32'
P.alias(alias, detail(A[0], STAMPS[0]))

NOTICE = '/Pages/tintuc/chitiet.aspx?ItemID=1879'
P.notice(NOTICE, page('Thông báo lịch tiếp công dân định kỳ tháng 7/2025', f'''<div class="ms-webpart-chrome"><div id="WebPartWPQ3">
<div class="ms-webpart-titleText"><span>THÔNG BÁO</span></div><span class="tieude-chitiet">Thông báo lịch tiếp công dân định kỳ tháng 7/2025</span>
<div class="ms-rtestate-field"><p><a href="/Documents/2025/TB-tiep-cong-dan-thang7.pdf">Tải về tệp đính kèm</a></p></div></div></div>'''))


def item(a, path=None):
    return f'<div class="muc-tin"><a href="{esc(path or a.path)}">{esc(a.title)}</a><span class="ngay">{a.published}</span></div>'


lst1 = ''.join(item(a, alias if a is A[0] else None) for a in A[:4])
lst2 = ''.join(item(a) for a in A[4:]) + f'<div class="muc-tin"><a href="{esc(NOTICE)}">Thông báo lịch tiếp công dân định kỳ tháng 7/2025</a></div>'
pager = '<div class="phan-trang"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=1">1</a> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">2</a></div>'
P.add_page('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32', page('Cải cách hành chính', '<div class="ms-webpart-titleText">CẢI CÁCH HÀNH CHÍNH</div>' + lst1 + pager))
P.add_page('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=1', page('Cải cách hành chính', '<div class="ms-webpart-titleText">CẢI CÁCH HÀNH CHÍNH</div>' + lst1 + pager))
P.add_page('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2', page('Cải cách hành chính', '<div class="ms-webpart-titleText">CẢI CÁCH HÀNH CHÍNH</div>' + lst2 + pager))
P.add_page('/Pages/gioithieu.aspx', page('Giới thiệu', '''<div class="ms-webpart-titleText">GIỚI THIỆU</div>
<p>Huyện Cư Kuin được thành lập năm 2007, gồm 8 xã, trung tâm hành chính đặt tại xã Dray Bhăng.</p>
<p>Địa chỉ liên hệ: UBND huyện Cư Kuin, thôn 3, xã Dray Bhăng.</p>'''))
home = ('<div class="ms-webpart-titleText">TIN MỚI</div>' + ''.join(item(a) for a in A) +
        '<p><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Xem thêm</a></p>')
P.add_page('/', page('Trang chủ', home))
P.finish()

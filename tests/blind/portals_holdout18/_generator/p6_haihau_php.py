"""Portal 6: huyện Hải Hậu (Nam Định), a hand-written PHP site of the 2000s in table layout.
tintuc.php?act=chitiet&id= articles, tintuc.php?act=danhmuc&cid=5&trang=2 listing.
Hard cases: no container class or id anywhere (tables and <font>); the headline in <font><b>;
body letters written as named entities; the date only AFTER the text ('Ngày đăng: …');
a scrolling welcome banner; a counter sentence of my own wording in a table cell; copyright and address lines in the
footer table; a listing whose teasers are long."""
from common import Portal, Article, esc, mixed_entities

P = Portal('haihau_php', 'Website huyện Hải Hậu', 'Hải Hậu', 'Nam Định', 'Bespoke PHP (table layout)')
P.furniture = ['Chào mừng quý khách đến với Website huyện Hải Hậu', 'Bạn là vị khách thứ', 'Hiện có 9 người đang xem', 'Copyright © 2006 UBND huyện Hải Hậu',
               'Số 2 đường 56, thị trấn Yên Định', 'Xem tin khác', 'Quay lại đầu trang']
LIST = '/tintuc.php?act=danhmuc&cid=5'
amp = lambda s: s.replace('&', '&amp;')


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>{canon}</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/top_haihau.jpg" width="900" height="120"></td></tr>
<tr><td colspan="3"><marquee scrollamount="3"><font color="#cc0000"><b>Chào mừng quý khách đến với Website huyện Hải Hậu - tỉnh Nam Định</b></font></marquee></td></tr>
<tr><td colspan="3" bgcolor="#0b5394"><font color="#ffffff"><a href="/"><font color="#ffffff">Trang chủ</font></a> | <a href="/gioithieu.php"><font color="#ffffff">Giới thiệu</font></a> | <a href="{amp(LIST)}"><font color="#ffffff">Cải cách hành chính</font></a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#eef3fa"><table width="100%"><tr><td><b>Liên kết</b></td></tr><tr><td><a href="/lienket.php">Các xã, thị trấn</a></td></tr></table></td>
<td width="540" valign="top">{main}</td>
<td width="180" valign="top" bgcolor="#eef3fa"><table width="100%"><tr><td align="center"><font size="1">Bạn là vị khách thứ <b>00654127</b><br>Hiện có 9 người đang xem</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#0b5394" align="center"><font color="#ffffff" size="1">Copyright © 2006 UBND huyện Hải Hậu<br>Số 2 đường 56, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định - ĐT: 0228.3877.226</font></td></tr>
</table></body></html>'''


def body(a):
    out = []
    for b in a.body:
        if isinstance(b, str):
            out.append(f'<p align="justify"><font face="Arial" size="2">{mixed_entities(b)}</font></p>')
        else:
            rows = ''.join('<tr>' + ''.join(f'<td><font size="2">{mixed_entities(c)}</font></td>' for c in r) + '</tr>' for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="3" width="100%">{rows}</table>')
    return '\n'.join(out)


def detail(a):
    d = a.published
    date = f'<p align="right"><font size="1"><i>Ngày đăng: {d[8:]}/{d[5:7]}/{d[:4]}</i></font></p>' if d else ''
    others = ''.join(f'<tr><td>» <a href="{amp(x.path)}">{esc(x.title)}</a></td></tr>' for x in A if x is not a)
    main = f'''<table width="100%" cellpadding="6"><tr><td><font size="3" color="#0b5394"><b>{esc(a.title)}</b></font></td></tr>
<tr><td>{body(a)}{date}</td></tr>
<tr><td align="right"><a href="#top">Quay lại đầu trang</a></td></tr>
<tr><td><b>Xem tin khác</b></td></tr>{others}</table>'''
    return frame(a.title, main, canonical=a.path)


def art(i, title, pub, body_, must):
    return Article(f'/tintuc.php?act=chitiet&id={i}', title, pub, body_, must)


A = [
 art(1523, 'Hải Hậu: 6 tháng đầu năm 2025 giải quyết đúng hạn 99,6% hồ sơ', '2025-07-08', [
     'Sáu tháng đầu năm 2025, Bộ phận Một cửa huyện Hải Hậu và 32 xã, thị trấn tiếp nhận 14.708 hồ sơ, trong đó tiếp nhận mới 14.455 hồ sơ, tồn kỳ trước 253 hồ sơ.',
     'Kết quả đã giải quyết 14.392 hồ sơ, trong đó trước hạn 5.870 hồ sơ, đúng hạn 8.464 hồ sơ, quá hạn 58 hồ sơ; tỷ lệ đúng hạn đạt 99,6%.',
     'Còn 316 hồ sơ đang trong thời gian giải quyết. Số hồ sơ tiếp nhận trực tuyến một phần và toàn trình là 9.021 hồ sơ.',
     'Phòng Nội vụ đề nghị các xã Hải Đường, Hải Quang khẩn trương xử lý dứt điểm các hồ sơ quá hạn về đăng ký đất đai.'],
     ['tồn kỳ trước 253 hồ sơ', 'quá hạn 58 hồ sơ', 'tỷ lệ đúng hạn đạt 99,6%', 'toàn trình là 9.021 hồ sơ']),
 art(1530, 'Mức độ hài lòng của người dân tại các xã năm 2024', '2025-02-25', [
     'Kết quả khảo sát sự hài lòng của người dân đối với sự phục vụ của Bộ phận Một cửa cấp xã năm 2024 được tổng hợp như sau:',
     ('table', [['Xã, thị trấn', 'Số phiếu', 'Hài lòng'],
                ['Thị trấn Yên Định', '420', '96,2%'], ['Thị trấn Thịnh Long', '300', '94,7%'],
                ['Xã Hải Bắc', '180', '91,1%'], ['Xã Hải Đông', '180', '88,9%']]),
     'Mức hài lòng bình quân toàn huyện đạt 93,4%, tăng 1,8 điểm phần trăm so với năm 2023.'],
     ['Thị trấn Thịnh Long', '91,1%', 'bình quân toàn huyện đạt 93,4%']),
 art(1536, 'Huyện Hải Hậu xếp thứ 3 về Chỉ số cải cách hành chính', '2025-05-02', [
     'Năm 2024, huyện Hải Hậu đạt 89,27 điểm Chỉ số cải cách hành chính, xếp thứ 3/10 huyện, thành phố của tỉnh Nam Định.',
     'Chỉ số DDCI năm 2024 của huyện đạt 74,6 điểm, xếp thứ 4/10.',
     'Huyện được đánh giá cao ở lĩnh vực cải cách tổ chức bộ máy và xây dựng chính quyền số.'],
     ['đạt 89,27 điểm', 'xếp thứ 3/10', 'đạt 74,6 điểm, xếp thứ 4/10']),
 art(1541, 'Thị trấn Thịnh Long chuẩn bị mùa du lịch biển', '2025-04-22', [
     'Thị trấn Thịnh Long đã ra quân dọn vệ sinh bãi tắm, lắp đặt 12 chòi cứu hộ và niêm yết giá dịch vụ tại các nhà hàng.',
     'Dự kiến mùa hè năm nay, khu du lịch biển Thịnh Long đón khoảng 300.000 lượt khách.'],
     ['12 chòi cứu hộ', 'niêm yết giá dịch vụ', 'khoảng 300.000 lượt khách']),
 art(1545, 'Nông dân Hải Toàn thu hoạch lúa xuân', '2025-06-09', [
     'Những ngày này, nông dân xã Hải Toàn khẩn trương thu hoạch 620 ha lúa xuân, năng suất ước đạt 72 tạ/ha.',
     'Xã huy động 18 máy gặt đập liên hợp để thu hoạch dứt điểm trước mùa mưa bão.'],
     ['620 ha lúa xuân', '72 tạ/ha', '18 máy gặt đập liên hợp']),
 art(1549, 'Hội nghị giao ban khối Nội chính', None, [
     'Ban Nội chính Huyện ủy tổ chức hội nghị giao ban khối Nội chính, đánh giá tình hình an ninh trật tự và công tác tiếp dân trong quý.'],
     ['giao ban khối Nội chính', 'tình hình an ninh trật tự', 'công tác tiếp dân trong quý']),
]
for a in A:
    P.article(a, detail(a))
NOTICE = '/tintuc.php?act=chitiet&id=1547'
P.notice(NOTICE, frame('Quyết định công bố danh mục TTHC lĩnh vực hộ tịch', '''<table width="100%"><tr><td><font size="3"><b>Quyết định công bố danh mục TTHC lĩnh vực hộ tịch</b></font></td></tr>
<tr><td><a href="/upload/vanban/QD-cong-bo-TTHC-ho-tich.pdf">Tải văn bản</a></td></tr></table>'''))


def teaser(a):
    txt = ' '.join(b for b in a.body if isinstance(b, str))
    return f'<tr><td><a href="{amp(a.path)}"><b>{esc(a.title)}</b></a><br><font size="2">{mixed_entities(txt)}</font></td></tr>'


items = ''.join(teaser(a) for a in A[:4])
P.add_page(LIST, frame('Cải cách hành chính', f'<table width="100%">{items}<tr><td>Trang: 1 <a href="{amp(LIST)}&amp;trang=2">2</a></td></tr></table>'))
P.add_page(LIST + '&trang=2', frame('Cải cách hành chính', '<table width="100%">' + ''.join(teaser(a) for a in A[4:]) +
           f'<tr><td><a href="{amp(NOTICE)}"><b>Quyết định công bố danh mục TTHC lĩnh vực hộ tịch</b></a></td></tr><tr><td>Trang: <a href="{amp(LIST)}">1</a> 2</td></tr></table>'))
P.add_page('/gioithieu.php', frame('Giới thiệu', '<p><font size="2">Huyện Hải Hậu là huyện ven biển phía Nam tỉnh Nam Định, có 3 thị trấn Yên Định, Cồn, Thịnh Long và 29 xã.</font></p>'))
P.add_page('/', frame('Trang chủ', '<table width="100%">' + ''.join(f'<tr><td>» <a href="{amp(a.path)}">{esc(a.title)}</a></td></tr>' for a in A[:5]) +
           f'<tr><td><a href="{amp(LIST)}">Tin cải cách hành chính</a></td></tr></table>'))
P.finish()

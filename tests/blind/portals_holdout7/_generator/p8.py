"""Portal 8: bespoke ASP table layout of the 2000s, served in windows-1258, huyện Kiến Xương, Thái Bình.
Hard cases: windows-1258 bytes (tone marks as combining characters, so decoding is not NFC); no
container class at all (nested tables, <font> headline, not an h1); date only in the URL for some
articles, "Ngày dd/mm/yyyy" under the title for others; "Tin đọc nhiều" sidebar list with dates;
visitor counter sentence and copyright in footer table cells; image caption as a plain italic line."""
from common import *

ENC = 'windows-1258'
P = Portal('kienxuong_asp', 'Trang thông tin điện tử huyện Kiến Xương', 'Kiến Xương', 'Thái Bình', 'bespoke-asp-table')
P.furniture = ['Tin đọc nhiều', 'Bạn là người truy cập thứ', '0458219', 'Số người đang xem:', 'Bản quyền © UBND huyện Kiến Xương',
               'Thiết kế bởi Trung tâm Văn hóa - Thông tin', 'Trở về', 'Đầu trang', 'Tìm kiếm']
L1 = '/chuyenmuc.asp?ma=4'
L2 = '/chuyenmuc.asp?ma=4&trang=2'


def U(d, i):
    return f'/tin-tuc/{d}/{i}.htm'


arts = [
    (337, cchc_report('UBND huyện Kiến Xương', 'huyện Kiến Xương', 'năm 2023', '2024-01-12',
                      (55, 4120, 2710, 1371, 12, 3306, 187, 80.2), 'ông Vũ Đức Long', 'Chánh Văn phòng HĐND và UBND huyện', 'đất đai',
                      byline='Phạm Ngọc'), True),
    (331, cchc_table('huyện Kiến Xương', 'năm 2023', '2024-01-08',
                     [('Xã Vũ Quý', 604, 604, 520), ('Xã Thanh Tân', 377, 372, 301), ('Xã Bình Thanh', 451, 450, 402),
                      ('Thị trấn Kiến Xương', 918, 911, 866)], 'Phó Chủ tịch UBND huyện Trần Quang Vinh'), False),
    (326, farming('xã Bình Định', 'khoai tây giống Atlantic', 40.3, 211, 'ông Bùi Văn Thuấn, Giám đốc Hợp tác xã Bình Định', '2023-12-20'), False),
    (318, housing('Huyện Kiến Xương', 8, 80, 'Ngân hàng Chính sách xã hội', 'Bà Nguyễn Thị Lụa ở xã Nam Bình', '2023-12-02', byline='Thanh Xuân'), True),
    (309, road('UBND xã Quang Minh', 1.9, 5.15, 'thôn Nguyệt Lãng', 'Bí thư Đảng ủy xã Đặng Văn Nam', '2023-11-17'), True),
    (301, short('Kiến Xương ra quân làm thủy lợi nội đồng', '2023-11-06',
                'Sáng 6/11, hơn 3.500 người dân các xã ven sông Trà Lý đồng loạt ra quân nạo vét kênh mương.',
                'Toàn huyện phấn đấu nạo vét 41 km kênh cấp III trước khi gieo cấy vụ xuân.',
                ['hơn 3.500 người dân', 'sông Trà Lý', '41 km kênh cấp III']), False),
]
notices = [('/thongbao.asp?id=88', 'Thông báo mời thầu gói thầu xây dựng trường mầm non xã Hồng Thái', 'HSMT-MN-HongThai.zip'),
           ('/thongbao.asp?id=87', 'Thông báo nghỉ Tết Dương lịch 2024', 'TB-nghi-tet.doc')]
urls = [U(a['date'], i) for i, a, _ in arts]
MOST = ''.join(f'<tr><td>- <a href="{u}">{esc(a["title"])}</a> <font size="1">({a["date"][8:]}/{a["date"][5:7]})</font></td></tr>'
               for u, (i, a, _) in list(zip(urls, arts))[2:5])


def shell(title, main):
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner_kx.jpg" width="778" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><a href="/">Trang chủ</a> | <a href="/gioithieu.asp">Giới thiệu</a> | <a href="{esc(L1)}">Tin tức</a> | <a href="/thongbao.asp">Thông báo</a> | <a href="/timkiem.asp">Tìm kiếm</a></td></tr>
<tr><td width="160" valign="top"><table width="100%"><tr><td bgcolor="#CCDDEE"><b>Tin đọc nhiều</b></td></tr>{MOST}</table></td>
<td width="458" valign="top">{main}</td>
<td width="160" valign="top"><img src="/images/qc1.gif" width="160"></td></tr>
<tr><td colspan="3" align="center" bgcolor="#EEEEEE"><table width="100%"><tr><td align="center"><font size="1">Bản quyền © UBND huyện Kiến Xương<br>Thiết kế bởi Trung tâm Văn hóa - Thông tin<br>Bạn là người truy cập thứ 0458219 - Số người đang xem: 7</font></td></tr></table></td></tr>
</table></body></html>'''


def lst(sub):
    return ''.join(f'<tr><td><img src="/images/arrow.gif"> <a href="{u}"><b>{esc(a["title"])}</b></a></td></tr>\n' for u, (i, a, _) in sub)


pairs = list(zip(urls, arts))
P.page('/', shell('Trang chủ', '<table width="100%">' + lst(pairs[:4]) + f'<tr><td align="right"><a href="{esc(L1)}">Xem tiếp</a></td></tr></table>'), encoding=ENC)
P.page(L1, shell('Tin tức', '<table width="100%">' + lst(pairs[:4]) + f'<tr><td>Trang: 1 <a href="{esc(L2)}">2</a></td></tr></table>'), encoding=ENC)
P.page(L2, shell('Tin tức', '<table width="100%">' + lst(pairs[4:]) + f'<tr><td>Trang: <a href="{esc(L1)}">1</a> 2</td></tr></table>'), encoding=ENC)
P.page('/thongbao.asp', shell('Thông báo', ''.join(f'<p><a href="{u}">{esc(t)}</a></p>' for u, t, _ in notices)), encoding=ENC)
P.notice('/gioithieu.asp', shell('Giới thiệu', '<p><b>GIỚI THIỆU HUYỆN KIẾN XƯƠNG</b></p><p>Kiến Xương là huyện đồng bằng ven biển phía Nam tỉnh Thái Bình.</p><p>Điện thoại: 0227.3821.xxx</p>'), encoding=ENC)
for u, t, f in notices:
    P.notice(u, shell(t, f'<p><font color="#003399" size="3"><b>{esc(t)}</b></font></p><p>Tải văn bản: <a href="/upload/{f}">{f}</a></p>'), encoding=ENC)
for u, (i, a, url_only) in pairs:
    d = a['date']
    dl = '' if url_only else f'<tr><td><font size="1" color="#666666">Ngày {d[8:]}/{d[5:7]}/{d[:4]}</font></td></tr>'
    paras = a['paras']
    body = body_html(a, wrap=lambda s: f'<p align="justify">{esc(s)}</p>')
    body = body.replace('</p>', '</p>\n<p align="center"><img src="/upload/anh/%d.jpg" width="400"><br><i>Ảnh: Quang cảnh buổi làm việc</i></p>' % i, 1) if len(paras) > 3 else body
    main = f'''<table width="100%" cellpadding="4"><tr><td><font color="#CC0000" size="4" face="Arial"><b>{esc(a["title"])}</b></font></td></tr>{dl}
<tr><td>{body}</td></tr>
<tr><td align="right"><a href="{esc(L1)}">Trở về</a> | <a href="#top">Đầu trang</a></td></tr></table>'''
    P.article(u, a, shell(a['title'], main), encoding=ENC)
P.write()

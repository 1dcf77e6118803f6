"""haihau_asp: bespoke classic-ASP table layout of the 2000s, served in windows-1258 (Word-style:
precomposed base letters + combining tone marks, so decoding is not NFC).
Hard cases: no container class at all (nested tables, font tags); header shows today's date; date
printed AFTER the text as "[dd/mm/yyyy]"; one article with no date at all (published null);
print link that 404s; footer copyright block in the table; series of online/postal dossiers by commune."""
from common import Portal, e, table, cut

P = Portal('haihau_asp', 'Website huyện Hải Hậu', 'Hải Hậu', 'Nam Định', 'bespoke ASP (table layout)', encoding='windows-1258')
P.furniture('Hôm nay là', 'Bản quyền © UBND huyện Hải Hậu', 'Thiết kế bởi Trung tâm Văn hóa Thông tin', 'In trang', 'Về đầu trang',
            'Tin đã đăng', 'Số người truy cập', '0916322', 'Liên hệ quảng cáo')


def shell(title, inner):
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0"><table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/top.gif" width="778" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><font color="#FFFFFF" size="2">Hôm nay là Thứ Bảy, 02/11/2024</font> &nbsp; <a href="/"><font color="#FFFF00">Trang chủ</font></a> | <a href="/gioithieu.asp"><font color="#FFFF00">Giới thiệu</font></a> | <a href="/tintuc.asp?cat=3"><font color="#FFFF00">Tin tức</font></a> | <a href="/lienhe.asp"><font color="#FFFF00">Liên hệ quảng cáo</font></a></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEF3FF"><font size="2"><b>Tin đã đăng</b><br><a href="/tintuc.asp?cat=3">Tin tức</a><br><a href="/thongbao.asp">Thông báo</a></font><br><br>
<font size="1">Số người truy cập</font><br><img src="/counter/0.gif" alt="0"><img src="/counter/9.gif" alt="9"><img src="/counter/1.gif" alt="1"><img src="/counter/6.gif" alt="6"><br><font size="1">0916322</font></td>
<td width="10"></td><td valign="top" width="608">{inner}</td></tr>
<tr><td colspan="3" align="center" bgcolor="#003399"><font color="#FFFFFF" size="1">Bản quyền © UBND huyện Hải Hậu<br>Thiết kế bởi Trung tâm Văn hóa Thông tin huyện</font></td></tr></table></body></html>'''


CM = ['Thị trấn Yên Định', 'Xã Hải Minh', 'Xã Hải Đường', 'Thị trấn Thịnh Long']
HEAD = ['Xã, thị trấn', 'Nộp trực tuyến', 'Qua bưu chính', 'Chậm trả']
ARTS = []
S = [(2207, '2024-05-10', 'tháng 4', [('212', '19', '0'), ('148', '7', '1'), ('131', '11', '0'), ('186', '15', '2')],
      'Theo báo cáo của Phòng Văn hóa - Thông tin, trong tháng 4 các xã, thị trấn nhận 1.864 hồ sơ, trong đó 1.322 hồ sơ nộp trực tuyến và 96 hồ sơ gửi qua bưu chính.',
      'Toàn huyện có 5 hồ sơ trả kết quả chậm, giảm 3 hồ sơ so với tháng 3.'),
     (2231, '2024-06-11', 'tháng 5', [('230', '22', '1'), ('151', '9', '0'), ('140', '8', '0'), ('194', '17', '0')],
      'Tháng 5, cấp xã nhận 1.901 hồ sơ; hồ sơ nộp trực tuyến đạt 1.407, chiếm 74%, hồ sơ qua bưu chính là 104.',
      'Chỉ còn 2 hồ sơ chậm trả, cả hai đều đã có văn bản xin lỗi người dân.'),
     (2259, '2024-07-09', 'tháng 6', [('241', '25', '0'), ('163', '12', '0'), ('152', '10', '1'), ('201', '14', '0')],
      'Trong tháng 6, số hồ sơ nộp trực tuyến tại cấp xã tăng lên 1.489 trên tổng số 1.950 hồ sơ; 117 hồ sơ được gửi qua bưu chính.',
      'Số hồ sơ chậm trả là 3, tập trung ở lĩnh vực hộ tịch.')]
for i, d, m, rows, p1, p2 in S:
    trows = [[n] + list(r) for n, r in zip(CM, rows)]
    ARTS.append(dict(id=i, date=d, title=f'Hồ sơ trực tuyến và qua bưu chính cấp xã {m} năm 2024',
                     paras=[p1, 'Số liệu tại bốn đơn vị có lượng hồ sơ lớn:', p2], table=(HEAD, trows), tpos=2,
                     cells=[x for r in trows for x in r] + HEAD, must=[cut(p1, 55), HEAD[2], trows[3][0], trows[1][1]]))
ARTS.append(dict(id=2240, date='2024-06-20', title='Hải Hậu đặt mục tiêu tăng hạng Chỉ số PAR INDEX',
                 paras=['Năm 2023, huyện Hải Hậu xếp thứ 4/10 đơn vị cấp huyện của tỉnh Nam Định về Chỉ số cải cách hành chính với 85,62 điểm.',
                        'Huyện phấn đấu năm 2024 lọt vào nhóm 3 đơn vị dẫn đầu, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 60%.',
                        'Các xã ven biển Hải Lý, Hải Chính được ưu tiên lắp thêm máy tính tra cứu tại trụ sở.'],
                 table=None, cells=[], must=['xếp thứ 4/10 đơn vị cấp huyện', '85,62 điểm', 'Hải Lý, Hải Chính']))
ARTS.append(dict(id=2244, date=None, title='Làng nghề muối Văn Lý vào vụ',
                 paras=['Những ngày nắng đầu hè, diêm dân xã Hải Lý tất bật ra đồng cào muối từ sáng sớm.',
                        'Giá muối hạt năm nay ổn định ở mức 2.500 đồng mỗi ki-lô-gam, cao hơn năm trước.'],
                 table=None, cells=[], must=['diêm dân xã Hải Lý', '2.500 đồng mỗi ki-lô-gam', 'cào muối']))
ARTS.append(dict(id=2250, date='2024-06-28', title='Thông tin về kỳ họp HĐND huyện',
                 paras=['Kỳ họp thứ 15 HĐND huyện khóa XX dự kiến khai mạc ngày 9/7 tại hội trường UBND huyện.'],
                 table=None, cells=[], must=['Kỳ họp thứ 15', 'khai mạc ngày 9/7', 'HĐND huyện khóa XX']))


def url(a):
    return f'/chitiet.asp?id={a["id"]}&cat=3'


for a in ARTS:
    body = ''
    for k, p in enumerate(a['paras']):
        if a['table'] and k == a['tpos']:
            body += table(*a['table'], attrs='legacy').replace('<table>', '<table border="1" cellpadding="3" width="100%">')
        body += f'<p align="justify"><font face="Arial" size="2">{e(p)}</font></p>'
    dt = f'<font size="1" color="#999999">[{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}]</font>' if a['date'] else ''
    inner = f'''<table width="100%" border="0"><tr><td><font face="Arial" size="3" color="#CC0000"><b>{e(a['title'])}</b></font></td></tr>
<tr><td>{body}</td></tr><tr><td align="right">{dt} <a href="/inbai.asp?id={a['id']}">In trang</a> | <a href="#top">Về đầu trang</a></td></tr></table>'''
    P.article(url(a), shell(a['title'], inner), a['title'], a['date'], a['paras'], a['must'], a['cells'])

lst = sorted(ARTS, key=lambda a: a['id'], reverse=True)


def listing(items, n):
    rows = ''.join(f'<tr><td><img src="/images/bullet.gif"> <a href="{e(url(a))}"><b>{e(a["title"])}</b></a><br><font size="2">{e(a["paras"][0])}</font></td></tr>' for a in items)
    nav = '<a href="/tintuc.asp?cat=3&amp;trang=2">Trang 2</a>' if n == 1 else '<a href="/tintuc.asp?cat=3">Trang 1</a>'
    return shell('Tin tức', f'<table width="100%">{rows}</table><p align="center">{nav}</p>')


P.non_article('/', shell('Trang chủ', '<b>Tin mới</b><br>' + '<br>'.join(f'<a href="{e(url(a))}">{e(a["title"])}</a>' for a in lst[:3]) + '<br><a href="/thongbao.asp">Thông báo</a> <a href="/gioithieu.asp">Giới thiệu</a>'))
P.non_article('/tintuc.asp?cat=3', listing(lst[:4], 1))
P.non_article('/tintuc.asp?cat=3&trang=2', listing(lst[4:], 2))
P.non_article('/gioithieu.asp', shell('Giới thiệu', '<b>Giới thiệu huyện Hải Hậu</b><p>Hải Hậu là huyện ven biển phía nam tỉnh Nam Định, có bờ biển dài 33 km.</p>'))
P.non_article('/thongbao.asp', shell('Thông báo', '<b>Thông báo</b><br><a href="/thongbao.asp?id=61">Thông báo lịch tiêm phòng dại đợt 2 năm 2024</a>'))
P.non_article('/thongbao.asp?id=61', shell('Thông báo', '<b>Thông báo lịch tiêm phòng dại đợt 2 năm 2024</b><br><a href="/upload/tb61.doc">Tải file đính kèm</a>'))
P.write()

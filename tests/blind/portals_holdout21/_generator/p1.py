"""cumgar_sp: SharePoint generic web parts (ministry-style chitiet.aspx?ItemID= / chuyenmuc.aspx?ChuyenMucID=&page=).
Hard cases: headline in a span (not h1) under a web-part heading; breadcrumb repeating the title;
lead outside the body element; digit-per-element counter in the footer; monthly TTHC series with
the same office table each month; notice with attachment only."""
from common import Portal, e, table, cut

P = Portal('cumgar_sp', "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", 'Đắk Lắk',
           'SharePoint (generic web parts)')
MENU = ['Trang chủ', 'Giới thiệu chung', 'Tin tức - Sự kiện', 'Văn bản chỉ đạo điều hành', 'Thủ tục hành chính', 'Hỏi đáp']
HREFS = ['/', '/Pages/gioithieu.aspx', '/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32', '/Pages/vanban.aspx', '/Pages/tthc.aspx', '/Pages/hoidap.aspx']
P.furniture('Giới thiệu chung', 'Văn bản chỉ đạo điều hành', 'Hỏi đáp', 'Thống kê truy cập', 'Đang online:',
            'Lượt truy cập:', 'Liên kết website', "Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar",
            'Ghi rõ nguồn khi phát hành lại thông tin từ cổng này', 'Tin cùng chuyên mục')


def digits(prefix, n):
    return ''.join(f'<div id="{prefix}{i+1}" class="so">{c}</div>' for i, c in enumerate(n))


def shell(title, inner, canon=None):
    menu = ''.join(f'<li><a href="{e(h)}">{e(m)}</a></li>' for m, h in zip(MENU, HREFS))
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>{e(title)}</title>{can}</head>
<body><form method="post" action="./chitiet.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="banner"><img src="/Style%20Library/banner.png" alt="UBND huyện Cư M&#39;gar" /></div>
<ul class="menu-top">{menu}</ul>
<table width="100%"><tr><td class="ms-wpzone" valign="top" width="72%">{inner}</td>
<td class="ms-wpzone" valign="top"><div class="ms-webpart-chrome"><div id="WebPartWPQ4"><h3 class="ms-webpart-titleText">Liên kết website</h3>
<select><option>Cổng thông tin tỉnh Đắk Lắk</option><option>Dịch vụ công trực tuyến</option></select></div></div></td></tr></table>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar</p><p>Địa chỉ: 55 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</p></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="ctl00_g_7a1c_Label_TruyCap" style="display:none">1523094</span>
<div class="ThongKeSoLuot"><div class="tieude">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits('slol', '0000214')}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits('sltc', '1523094')}</div></div></div></div>
</div></form></body></html>'''


OFFICES = ['Văn phòng HĐND và UBND huyện', 'Phòng Tư pháp', 'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế - Hạ tầng', 'Phòng Lao động - Thương binh và Xã hội']
HEAD = ['Cơ quan giải quyết', 'Hồ sơ tiếp nhận', 'Trước và đúng hạn', 'Tỷ lệ đúng hạn']
ARTS = []
series = [
    (1041, '2024-07-08', 'tháng 6 năm 2024', [('412', '409', '99,3%'), ('188', '188', '100%'), ('356', '331', '93,0%'), ('97', '95', '97,9%'), ('143', '143', '100%')],
     ['Trong tháng 6 năm 2024, Bộ phận Một cửa huyện tiếp nhận tổng cộng 1.196 hồ sơ thủ tục hành chính, trong đó 1.071 hồ sơ nộp trực tuyến.',
      'Số hồ sơ tồn kỳ trước chuyển sang là 64. Đã giải quyết 1.166 hồ sơ, trong đó 1.161 hồ sơ trước và đúng hạn, 5 hồ sơ quá hạn thuộc lĩnh vực đất đai.'],
     ['Ông Y Phôn Niê, Chánh Văn phòng HĐND và UBND huyện, đề nghị Phòng Tài nguyên và Môi trường rà soát từng hồ sơ chậm và gửi thư xin lỗi công dân đúng quy định.']),
    (1057, '2024-08-06', 'tháng 7 năm 2024', [('398', '398', '100%'), ('201', '200', '99,5%'), ('371', '352', '94,9%'), ('112', '112', '100%'), ('129', '128', '99,2%')],
     ['Tháng 7 năm 2024, huyện tiếp nhận 1.211 hồ sơ; hồ sơ trực tuyến chiếm 91,2%. Có 58 hồ sơ từ tháng trước chuyển sang.',
      'Kết quả đã trả 1.187 hồ sơ, trong đó 1.180 hồ sơ trước và đúng hạn; còn 7 hồ sơ trễ hạn. Số hồ sơ đang giải quyết chưa đến hạn là 82.'],
     ['Bộ phận Một cửa tiếp tục bố trí công chức hướng dẫn người dân tạo tài khoản định danh điện tử để nộp hồ sơ tại nhà.']),
    (1073, '2024-09-09', 'tháng 8 năm 2024', [('405', '404', '99,8%'), ('176', '176', '100%'), ('390', '377', '96,7%'), ('104', '103', '99,0%'), ('151', '151', '100%')],
     ['Số hồ sơ tiếp nhận trong tháng 8 năm 2024 là 1.226, tăng 15 hồ sơ so với tháng 7; có 1.139 hồ sơ nộp qua Cổng dịch vụ công.',
      'Huyện đã giải quyết xong 1.210 hồ sơ, trong đó 1.198 hồ sơ trước và đúng hạn, 12 hồ sơ quá hạn; chuyển kỳ sau 74 hồ sơ.'],
     ['Phòng Kinh tế - Hạ tầng được giao chủ trì rà soát quy trình nội bộ cấp phép xây dựng nhà ở riêng lẻ trước ngày 30/9.']),
]
for item, date, period, rows, before, after in series:
    title = f'Kết quả tiếp nhận, giải quyết thủ tục hành chính {period}'
    lead = f'Văn phòng HĐND và UBND huyện vừa tổng hợp kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính {period} trên địa bàn huyện.'
    trows = [[o] + list(r) for o, r in zip(OFFICES, rows)]
    cells = [c for r in trows for c in r] + HEAD
    paras = [lead] + before + after
    ARTS.append(dict(id=item, date=date, title=title, lead=lead, body_before=before, table=(HEAD, trows), body_after=after,
                     paras=paras, cells=cells, must=[cut(before[0], 70), HEAD[2], trows[1][0], trows[3][2]], cat='Cải cách hành chính'))

# PAR Index article
par_paras = ['Theo quyết định công bố của UBND tỉnh Đắk Lắk, Chỉ số cải cách hành chính năm 2023 của huyện Cư M\'gar đạt 84,17 điểm, xếp thứ 5/15 huyện, thị xã, thành phố.',
             'So với năm 2022, huyện tăng 3,42 điểm và tăng 4 bậc. Các lĩnh vực cải cách thủ tục hành chính và xây dựng chính quyền số có mức điểm cao nhất.',
             'Chỉ số hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của cơ quan hành chính huyện đạt 86,3%.',
             'Lãnh đạo huyện yêu cầu các phòng chuyên môn khắc phục ngay những tiêu chí bị trừ điểm, nhất là tỷ lệ số hóa kết quả giải quyết.']
ARTS.append(dict(id=1088, date='2024-05-21', title="Cư M'gar tăng 4 bậc về Chỉ số cải cách hành chính năm 2023", lead=par_paras[0],
                 body_before=par_paras[1:], table=None, body_after=[], paras=par_paras, cells=[],
                 must=['đạt 84,17 điểm, xếp thứ 5/15 huyện', 'tăng 3,42 điểm và tăng 4 bậc', 'đạt 86,3%'], cat='Cải cách hành chính'))
o_paras = ['Sáng 12/9, tại xã Ea Kiết, UBND huyện tổ chức ra quân hỗ trợ người dân thu hoạch cà phê và vận chuyển nông sản về kho.',
           'Khoảng 120 đoàn viên thanh niên và dân quân tham gia, chia thành 9 tổ hỗ trợ các hộ neo đơn, gia đình chính sách.',
           'Dịp này, Hội Nông dân huyện trao 30 bộ bạt phơi và 15 máy xát vỏ cho các hộ khó khăn.', 'H\'Linh Êban']
ARTS.append(dict(id=1092, date='2024-09-13', title='Hỗ trợ người dân Ea Kiết thu hoạch cà phê', lead=o_paras[0], body_before=o_paras[1:],
                 table=None, body_after=[], paras=o_paras, cells=[], must=['chia thành 9 tổ hỗ trợ', '30 bộ bạt phơi', "H'Linh Êban"], cat='Tin hoạt động'))
s_paras = ['Từ ngày 1/10/2024, Bộ phận Một cửa huyện làm việc cả sáng thứ Bảy để tiếp nhận hồ sơ đất đai và hộ tịch.']
ARTS.append(dict(id=1095, date='2024-09-27', title='Bộ phận Một cửa làm việc sáng thứ Bảy', lead=s_paras[0], body_before=[], table=None,
                 body_after=[], paras=s_paras, cells=[], must=['làm việc cả sáng thứ Bảy', 'hồ sơ đất đai và hộ tịch', 'Từ ngày 1/10/2024'], cat='Tin hoạt động'))


def url(a):
    return f'/Pages/tintuc/chitiet.aspx?ItemID={a["id"]}'


def dmy(d):
    y, m, dd = d.split('-')
    return f'{dd}/{m}/{y}'


for i, a in enumerate(ARTS):
    body = ''.join(f'<p>{e(p)}</p>' for p in a['body_before'])
    if a['table']:
        body += table(*a['table'], attrs=' class="ms-rteTable-default" border="1"')
    body += ''.join(f'<p>{e(p)}</p>' for p in a['body_after'])
    others = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> ({dmy(b["date"])})</li>' for b in ARTS if b is not a)[:3000]
    inner = f'''<div class="ms-webpart-chrome"><div id="WebPartWPQ2"><h3 class="ms-webpart-titleText"><span>{e(a['cat'])}</span></h3>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Tin tức - Sự kiện</a> &gt; {e(a['title'])}</div>
<span class="tieude-chitiet">{e(a['title'])}</span><div class="ngaydang">Ngày đăng: {dmy(a['date'])} | 08:15</div>
<div class="tomtat"><strong>{e(a['lead'])}</strong></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">{body}</div>
<div class="tinkhac"><h4>Tin cùng chuyên mục</h4><ul>{others}</ul></div></div></div>'''
    P.article(url(a), shell(a['title'], inner, canon=url(a)), a['title'], a['date'], a['paras'], a['must'], a['cells'])

lst = sorted(ARTS, key=lambda a: a['date'], reverse=True)


def listing(items, page):
    lis = ''.join(f'<div class="item"><a class="tieude" href="{e(url(a))}">{e(a["title"])}</a><span>{dmy(a["date"])}</span><p>{e(a["lead"][:90])}...</p></div>' for a in items)
    nxt = '<div class="pager"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">2</a> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">Trang sau</a></div>' if page == 1 else '<div class="pager"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">1</a></div>'
    return shell('Tin tức - Sự kiện', f'<div class="ms-webpart-chrome"><h3 class="ms-webpart-titleText">Tin tức - Sự kiện</h3>{lis}{nxt}</div>')


P.non_article('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32', listing(lst[:4], 1))
P.non_article('/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2', listing(lst[4:], 2))
P.non_article('/Pages/gioithieu.aspx', shell('Giới thiệu chung', '<h3 class="ms-webpart-titleText">Giới thiệu chung</h3><p>Huyện Cư M\'gar nằm ở phía tây bắc tỉnh Đắk Lắk, có 15 xã, thị trấn.</p><p>Điện thoại: 0262 3834 xxx</p>'))
P.non_article('/Pages/thongbao/chitiet.aspx?ItemID=77', shell('Thông báo', '<h3 class="ms-webpart-titleText">Thông báo</h3><span class="tieude-chitiet">Thông báo lịch tiếp công dân tháng 10/2024</span><p><a href="/Documents/TB77-UBND.pdf">Tải tệp đính kèm</a></p>'))
home = ''.join(f'<li><a href="{e(url(a))}">{e(a["title"])}</a></li>' for a in lst[:3])
P.non_article('/', shell("UBND huyện Cư M'gar", f'''<div class="ms-webpart-chrome"><h3 class="ms-webpart-titleText">Tin nổi bật</h3><ul>{home}</ul>
<a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Xem tất cả</a></div><div class="ms-webpart-chrome"><h3 class="ms-webpart-titleText">Thông báo</h3>
<a href="/Pages/thongbao/chitiet.aspx?ItemID=77">Thông báo lịch tiếp công dân tháng 10/2024</a></div>'''))
P.write()

"""lacson_joomla: Joomla 1.5 (index.php?option=com_content&task=view&id=&Itemid=, limitstart pager).
Hard cases: left column with "Ai đang online" sentence and English-label counter BEFORE the content;
headline in td.contentheading; createdate "Thứ năm, 14 Tháng 3 2024 09:15" plus a later
"Cập nhật lần cuối" stamp; bodies written with named entities; table layout, no container class;
monthly series with the same commune table; "Những bài mới hơn" list."""
import datetime
from common import Portal, e, ents, table, cut

P = Portal('lacson_joomla', 'Trang thông tin điện tử huyện Lạc Sơn', 'Lạc Sơn', 'Hòa Bình', 'Joomla 1.5')
P.furniture('Ai đang online', 'khách và không thành viên đang online', 'Thống kê truy cập', 'Yesterday', 'This Week',
            'Last Month', 'All days', 'Your IP:', '2903117', 'Những bài mới hơn', 'Những bài cũ hơn', 'Cập nhật lần cuối',
            'Bản quyền thuộc UBND huyện Lạc Sơn')
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']


def u(i, item=2):
    return f'/index.php?option=com_content&task=view&id={i}&Itemid={item}'


def shell(title, inner):
    left = '''<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Đang có 21 khách và không thành viên đang online</td></tr></table>
<table class="moduletable"><tr><th>Thống kê truy cập</th></tr><tr><td>Today 1406<br/>Yesterday 2288<br/>This Week 9127<br/>Last Week 15530<br/>This Month 41007<br/>Last Month 66312<br/>All days 2903117<br/>Your IP: 10.0.0.7<br/>2024-11-02 08:41</td></tr></table>'''
    menu = f'<a href="/" class="mainlevel">Trang chủ</a><br/><a href="{e(u(0, 3)).replace("&amp;id=0", "")}" class="mainlevel">Tin tức</a><br/><a href="/index.php?option=com_content&amp;task=view&amp;id=5&amp;Itemid=9" class="mainlevel">Giới thiệu</a>'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><title>{e(title)}</title></head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/lacson/images/banner.jpg" alt="" /></td></tr>
<tr><td width="200" valign="top">{menu}{left}</td><td valign="top">{inner}</td></tr>
<tr><td colspan="2" align="center">Bản quyền thuộc UBND huyện Lạc Sơn<br/>Thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</td></tr></table></body></html>'''


CM = ['Thị trấn Vụ Bản', 'Xã Nhân Nghĩa', 'Xã Thượng Cốc', 'Xã Ân Nghĩa', 'Xã Yên Phú', 'Xã Tân Lập']
HEAD = ['Đơn vị', 'Tiếp nhận', 'Đúng hạn']
ARTS = []
S = [(412, 'tháng 8', '2024-09-05 09:15', '2024-09-06 14:02', [('224', '224'), ('96', '95'), ('58', '58'), ('77', '77'), ('61', '60'), ('83', '83')],
      ['Tháng 8/2024, Bộ phận Một cửa của 24 xã, thị trấn nhận 1.317 hồ sơ; 1.309 hồ sơ được trả đúng hạn, đạt 99,39%.',
       'Số hồ sơ nộp qua dịch vụ công trực tuyến là 1.042, chiếm 79,1%.'], ['Sáu đơn vị có số hồ sơ lớn nhất như bảng trên.']),
     (431, 'tháng 9', '2024-10-04 10:20', '2024-10-04 10:35', [('241', '240'), ('88', '88'), ('63', '63'), ('70', '69'), ('57', '57'), ('91', '91')],
      ['Cấp xã tiếp nhận 1.355 hồ sơ trong tháng 9/2024, tăng 38 hồ sơ so với tháng 8; tỷ lệ đúng hạn 99,56%.',
       'Hồ sơ trực tuyến đạt 1.101, chiếm 81,3%, cao nhất từ đầu năm.'], ['Xã Ân Nghĩa có 1 hồ sơ chứng thực trả chậm một ngày.']),
     (447, 'tháng 10', '2024-11-05 08:05', '2024-11-07 16:40', [('236', '236'), ('102', '102'), ('59', '58'), ('81', '81'), ('66', '66'), ('87', '86')],
      ['Tháng 10/2024, các xã, thị trấn nhận 1.372 hồ sơ, trả đúng hạn 1.368 hồ sơ; hồ sơ trực tuyến chiếm 82,0%.',
       'Số hồ sơ chuyển sang tháng 11 là 46.'], ['UBND huyện giao Phòng Nội vụ kiểm tra đột xuất Bộ phận Một cửa hai xã có hồ sơ chậm.'])]
for i, m, c, mo, rows, before, after in S:
    trows = [[n] + list(r) for n, r in zip(CM, rows)]
    ARTS.append(dict(id=i, title=f'Kết quả giải quyết thủ tục hành chính cấp xã {m} năm 2024', c=c, mo=mo, before=before, table=(HEAD, trows), after=after,
                     cells=[x for r in trows for x in r] + HEAD, must=[cut(before[0], 50), HEAD[2], trows[1][0], trows[4][2]]))
ARTS.append(dict(id=398, title='Công bố Chỉ số hài lòng SIPAS huyện Lạc Sơn năm 2023', c='2024-03-14 09:15', mo='2024-03-14 09:15',
                 before=['Kết quả điều tra xã hội học do Sở Nội vụ thực hiện cho thấy Chỉ số SIPAS năm 2023 của huyện Lạc Sơn đạt 87,44%.',
                         'Chỉ số cải cách hành chính của huyện đạt 80,31 điểm, xếp thứ 7/10 huyện, thành phố tỉnh Hòa Bình.',
                         'Người dân đánh giá cao thái độ của công chức tiếp nhận nhưng còn phàn nàn về thời gian chờ ở lĩnh vực đất đai.'],
                 table=None, after=['Bùi Văn Tiến'], cells=[], must=['đạt 87,44%', 'đạt 80,31 điểm, xếp thứ 7/10', 'Bùi Văn Tiến']))
ARTS.append(dict(id=403, title='Lễ hội Khai hạ Mường Bi được tổ chức ở xã Tân Lập', c='2024-02-16 15:30', mo='2024-02-16 15:30',
                 before=['Lễ hội Khai hạ năm nay diễn ra trong ba ngày với nghi lễ cúng thần Tản Viên và các trò chơi ném còn, đánh mảng.',
                         'Ban tổ chức ước tính khoảng 15 nghìn lượt khách đến tham dự.'], table=None, after=[], cells=[],
                 must=['ném còn, đánh mảng', 'khoảng 15 nghìn lượt khách', 'cúng thần Tản Viên']))
ARTS.append(dict(id=420, title='Xã Yên Phú ra mắt mô hình "Chủ nhật không hẹn"', c='2024-09-22 07:40', mo='2024-09-22 07:40',
                 before=['Xã Yên Phú bố trí công chức trực tiếp nhận hồ sơ vào sáng Chủ nhật hằng tuần, phục vụ người dân đi làm xa.'], table=None, after=[], cells=[],
                 must=['sáng Chủ nhật hằng tuần', 'người dân đi làm xa', 'Xã Yên Phú bố trí']))
ARTS.sort(key=lambda a: a['c'])


def stamp(s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return f'{WD[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}'


for k, a in enumerate(ARTS):
    body = ''.join(f'<p>{ents(p)}</p>' for p in a['before'])
    if a['table']:
        h, rows = a['table']
        body += '<table border="1" cellspacing="0"><tr>' + ''.join(f'<td><strong>{ents(x)}</strong></td>' for x in h) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{ents(x)}</td>' for x in r) + '</tr>' for r in rows) + '</table>'
    body += ''.join(f'<p>{ents(p)}</p>' for p in a['after'])
    newer = ''.join(f'<li><a href="{e(u(b["id"]))}">{e(b["title"])}</a></li>' for b in ARTS[k+1:k+3])
    older = ''.join(f'<li><a href="{e(u(b["id"]))}">{e(b["title"])}</a></li>' for b in ARTS[max(0, k-2):k])
    upd = f'<tr><td class="modifydate">Cập nhật lần cuối ( {stamp(a["mo"])} )</td></tr>' if a['mo'] != a['c'] else ''
    inner = f'''<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{e(a['title'])}</td>
<td align="right" class="buttonheading"><a href="/index.php?view=article&amp;id={a['id']}&amp;tmpl=component&amp;print=1"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td class="createdate">{stamp(a['c'])}</td></tr><tr><td valign="top">{body}</td></tr>{upd}</table>
<div class="blog_more"><strong>Những bài mới hơn</strong><ul>{newer}</ul><strong>Những bài cũ hơn</strong><ul>{older}</ul></div>'''
    paras = a['before'] + a['after']
    P.article(u(a['id']), shell(a['title'], inner), a['title'], a['c'][:10], paras, a['must'], a['cells'])

rev = ARTS[::-1]
LST = '/index.php?option=com_content&task=blogcategory&id=12&Itemid=3'


def listing(items, n):
    lis = ''.join(f'<table class="contentpaneopen"><tr><td class="contentheading"><a href="{e(u(a["id"]))}" class="contentpagetitle">{e(a["title"])}</a></td></tr><tr><td>{ents(a["before"][0])}</td></tr></table>' for a in items)
    nav = f'<a href="{e(LST)}&amp;limitstart=4" class="pagenav">Sau &gt;</a>' if n == 1 else f'<a href="{e(LST)}" class="pagenav">&lt; Trước</a>'
    return shell('Tin tức', lis + nav)


P.non_article('/', shell('Trang chủ', '<div class="componentheading">Tin tức mới nhất</div><ul>' + ''.join(f'<li><a href="{e(u(a["id"]))}">{e(a["title"])}</a></li>' for a in rev[:2]) + f'</ul><a href="{e(LST)}">Tin tức</a> <a href="/index.php?option=com_content&amp;task=view&amp;id=5&amp;Itemid=9">Giới thiệu</a> <a href="{e(u(77, 14))}">Thông báo tiếp nhận hồ sơ xét tặng danh hiệu Nghệ nhân ưu tú</a>'))
P.non_article(LST, listing(rev[:4], 1))
P.non_article(LST + '&limitstart=4', listing(rev[4:], 2))
P.non_article('/index.php?option=com_content&task=view&id=5&Itemid=9', shell('Giới thiệu', '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu huyện Lạc Sơn</td></tr><tr><td>Huyện Lạc Sơn có 24 xã, thị trấn; người Mường chiếm trên 80% dân số.</td></tr></table>'))
P.non_article(u(77, 14), shell('Thông báo', '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo tiếp nhận hồ sơ xét tặng danh hiệu Nghệ nhân ưu tú</td></tr><tr><td><a href="/images/stories/thongbao/tb77.doc">Tải văn bản</a></td></tr></table>'))
P.write()

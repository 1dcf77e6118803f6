"""Portal 7: Joomla 1.5 (index.php?option=com_content&task=view&id=), huyện Bảo Lâm, Cao Bằng.
Hard cases: left column with "Ai đang online" sentence and an English-label visitor counter before
the content; Joomla date with weekday ("Thứ tư, 15 Tháng 5 2024 08:30") plus a later "Cập nhật lần
cuối" stamp after the text; "Viết bởi" byline line; print view (index2.php ... pop=1) served with a
canonical link to the article; table-layout copyright footer; pathway breadcrumb repeating the title."""
from common import *
import datetime

P = Portal('baolam_joomla', 'Website huyện Bảo Lâm', 'Bảo Lâm', 'Cao Bằng', 'joomla15')
P.furniture = ['Ai đang online', 'khách trực tuyến', 'Visitors Counter', 'Yesterday', 'This week', 'All days', '1184302',
               'Cập nhật lần cuối', 'Viết bởi', 'Bản để in', 'Gửi bài này cho bạn', 'Các bài mới hơn', 'Các bài cũ hơn',
               'Copyright © 2008 UBND huyện Bảo Lâm']
IT = 'Itemid=57'
L1 = f'/index.php?option=com_content&task=category&sectionid=3&id=12&{IT}'
L2 = L1 + '&limit=5&limitstart=5'
V = lambda i: f'/index.php?option=com_content&task=view&id={i}&{IT}'
PR = lambda i: f'/index2.php?option=com_content&task=view&id={i}&pop=1&page=0&{IT}'
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']


def jdate(d, hm):
    dt = datetime.date.fromisoformat(d)
    return f'{WD[dt.weekday()]}, {dt.day:02d} Tháng {dt.month} {dt.year} {hm}'


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />{c}<title>{esc(title)}</title></head><body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/baolam/images/header.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="mainlevel-nav"><a href="/" class="mainlevel">Trang chủ</a> <a href="{esc(L1)}" class="mainlevel">Tin tức</a> <a href="/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=26" class="mainlevel">Giới thiệu</a> <a href="/index.php?option=com_contact&amp;Itemid=3" class="mainlevel">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="left">
<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Hiện có 21 khách trực tuyến</td></tr></table>
<table class="moduletable"><tr><th>Visitors Counter</th></tr><tr><td>Today 612<br/>Yesterday 1030<br/>This week 4877<br/>All days 1184302</td></tr></table>
</td><td valign="top" class="main">{main}</td></tr>
<tr><td colspan="2" class="footer"><table width="100%"><tr><td align="center">Copyright © 2008 UBND huyện Bảo Lâm<br/>Thị trấn Pác Miầu, huyện Bảo Lâm, tỉnh Cao Bằng</td></tr></table></td></tr></table></body></html>'''


arts = [
    (318, cchc_report('UBND huyện Bảo Lâm', 'huyện Bảo Lâm', 'quý II năm 2024', '2024-07-03',
                      (18, 764, 390, 369, 4, 512, 22, 65.5), 'ông Đàm Văn Chính', 'Trưởng phòng Nội vụ huyện', 'tư pháp - hộ tịch',
                      byline='Nguyễn Thu'), '08:30', '2024-07-05 14:10'),
    (311, par_index('huyện Bảo Lâm', 'Cao Bằng', 2023, '2024-06-11', 76.4, 7, 10, -1, 79.3, 62.05, 8,
                    'Bí thư Huyện ủy Ma Văn Vinh'), '16:00', '2024-06-12 09:00'),
    (304, road('UBND xã Lý Bôn', 4.7, 9.3, 'xóm Nà Ràng', 'Chủ tịch UBND xã Lục Văn Hiếu', '2024-05-22', byline='Hoàng Vân'), '10:15', '2024-05-22 10:40'),
    (297, digital('Huyện Bảo Lâm', 14, 76, 3104, 'Phó Bí thư Huyện đoàn Nông Thị Diệu', '2024-04-30'), '09:05', '2024-05-02 08:00'),
    (289, school('xã Quảng Lâm', 'Trường PTDTNT THCS huyện Bảo Lâm', 410, 5, 'Thầy Hoàng Văn Dũng', '2024-09-04'), '07:45', '2024-09-04 15:20'),
    (280, short('Bảo Lâm cấp phát 42 tấn gạo cứu đói giáp hạt', '2024-03-14',
                'UBND huyện Bảo Lâm vừa cấp phát 42 tấn gạo hỗ trợ 2.806 nhân khẩu thiếu đói trong dịp giáp hạt.',
                'Gạo được chuyển đến tận các xóm vùng cao trước ngày 20/3.',
                ['42 tấn gạo', '2.806 nhân khẩu', 'trước ngày 20/3']), '14:00', '2024-03-14 14:00'),
]
notices = [(322, 'Thông báo về việc nghỉ Lễ Quốc khánh 2/9', 'TB-nghi-le-2-9.doc')]
items = sorted([(i, a['title']) for i, a, *_ in arts] + [(i, t) for i, t, _ in notices], reverse=True)


def lst(sub):
    return ''.join(f'<tr class="sectiontableentry1"><td><a href="{esc(V(i))}">{esc(t)}</a></td></tr>\n' for i, t in sub)


P.page('/', shell('Trang chủ', '<div class="componentheading">Tin mới nhất</div><table>' + lst(items[:4]) + f'</table><a href="{esc(L1)}" class="readon">Xem tiếp...</a>'))
P.page(L1, shell('Tin tức', '<div class="componentheading">Tin tức</div><table>' + lst(items[:5]) + f'</table><div class="pagination"><span>Đầu</span> <span>1</span> <a href="{esc(L2)}" class="pagenav">2</a> <a href="{esc(L2)}" class="pagenav">Tiếp</a></div>'))
P.page(L2, shell('Tin tức', '<div class="componentheading">Tin tức</div><table>' + lst(items[5:]) + f'</table><div class="pagination"><a href="{esc(L1)}" class="pagenav">1</a> <span>2</span></div>'))
P.notice('/index.php?option=com_content&task=view&id=2&Itemid=26', shell('Giới thiệu', '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu huyện Bảo Lâm</td></tr><tr><td>Bảo Lâm là huyện vùng cao biên giới của tỉnh Cao Bằng, thành lập năm 2000.</td></tr></table>'))
for i, t, f in notices:
    P.notice(V(i), shell(t, f'<table class="contentpaneopen"><tr><td class="contentheading">{esc(t)}</td></tr><tr><td><a href="/images/stories/vanban/{f}">{f}</a></td></tr></table>'))

for k, (i, a, hm, mod) in enumerate(arts):
    md = datetime.datetime.fromisoformat(mod)
    author = a['paras'][-1] if k in (0, 2) else 'Quản trị'
    body = body_html(a)
    art_html = f'''<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a["title"])}</td>
<td align="right" class="buttonheading"><a href="{esc(PR(i))}" title="In">Bản để in</a></td><td class="buttonheading"><a href="/index2.php?option=com_content&amp;task=emailform&amp;id={i}">Gửi bài này cho bạn</a></td></tr></table>
<table class="contentpaneopen"><tr><td><span class="small">Viết bởi {esc(author)}</span></td></tr>
<tr><td valign="top" class="createdate">{jdate(a["date"], hm)}</td></tr>
<tr><td valign="top">{body}</td></tr>
<tr><td class="modifydate">Cập nhật lần cuối ( {jdate(md.date().isoformat(), md.strftime("%H:%M"))} )</td></tr></table>'''
    nav = f'<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="{esc(V(items[max(0, items.index((i, a["title"])) - 1)][0]))}">&lt; Các bài mới hơn</a></th><th class="pagenav_next"><a href="{esc(V(arts[(k + 1) % len(arts)][0]))}">Các bài cũ hơn &gt;</a></th></tr></table>'
    crumb = f'<span class="pathway"><a href="/" class="pathway">Trang chủ</a> » <a href="{esc(L1)}" class="pathway">Tin tức</a> » {esc(a["title"])}</span>'
    P.article(V(i), a, shell(a['title'], crumb + art_html + nav, canon=V(i)))
    P.page(PR(i), f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><link rel="canonical" href="http://{{{{HOST}}}}{esc(V(i))}" /><title>{esc(a["title"])}</title></head><body class="contentpane">{art_html}</body></html>')
P.write()

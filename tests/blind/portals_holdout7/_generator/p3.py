"""Portal 3: VNPT dsnews Liferay portlet on a commune sub-site: xã Hương Sơn, huyện Mỹ Đức, Hà Nội.
Hard cases: view counter and "Số lượt truy cập" line inside the article container; body text with
named HTML entities (&acirc; ...) mixed with raw UTF-8; listing page with long teasers; a very short
article; date as "HH:MM | dd/mm/yyyy"; print view linked (404)."""
from common import *

P = Portal('huongson_vnpt', 'Trang thông tin điện tử xã Hương Sơn', 'Mỹ Đức', 'Hà Nội', 'liferay-vnpt-dsnews')
B = '/web/xa-huong-son'
PID = 'dsnews_WAR_vnpteportalnewsportlet'
L1 = f'{B}/tin-tuc'
L2 = f'{L1}?p_p_id={PID}&p_p_lifecycle=0&_{PID}_cur=2&_{PID}_delta=4'
P.furniture = ['Số lượt xem:', 'Số lượt truy cập trang:', '1.046.223', 'Bản in', 'Chia sẻ bài viết',
               'Trang thông tin điện tử xã Hương Sơn - huyện Mỹ Đức', 'Tin cùng chuyên mục', 'Chào mừng quý khách']


def durl(i):
    return f'{L1}?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&_{PID}_newsId={i}&_{PID}_action=viewdetail'


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{c}
<title>{esc(title)}</title></head><body>
<div class="vnpt-header"><marquee>Chào mừng quý khách đến với Trang thông tin điện tử xã Hương Sơn</marquee></div>
<div class="menu"><a href="/">Trang chủ</a> | <a href="{B}/gioi-thieu">Giới thiệu</a> | <a href="{esc(L1)}">Tin tức</a> | <a href="{B}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></div>
<div class="layout-main"><div id="p_p_id_{PID}_" class="portlet-boundary">{main}</div></div>
<div class="footer">Trang thông tin điện tử xã Hương Sơn - huyện Mỹ Đức - thành phố Hà Nội<br/>Đơn vị quản lý: UBND xã Hương Sơn</div></body></html>'''


arts = [
    (10418, cchc_report('UBND xã Hương Sơn', 'xã Hương Sơn', 'năm 2023', '2024-01-09',
                        (9, 2316, 1808, 498, 0, 1774, 15, 76.3), 'ông Đỗ Văn Quảng', 'công chức Văn phòng - Thống kê xã',
                        'chứng thực', byline='Thu Hà', title='Xã Hương Sơn: 100% hồ sơ thủ tục hành chính năm 2023 được giải quyết đúng và trước hạn'), '14:05', 312),
    (10402, cchc_table('xã Hương Sơn', 'quý IV năm 2023', '2023-12-28',
                       [('Thôn Yến Vĩ', 118, 118, 91), ('Thôn Hội Xá', 96, 95, 62), ('Thôn Đục Khê', 143, 141, 120)],
                       'Chủ tịch UBND xã Nguyễn Đình Lâm'), '09:20', 205),
    (10397, road('xã Hương Sơn', 1.6, 4.2, 'thôn Phú Yên', 'Bí thư Đảng ủy xã Trần Thị Nga', '2023-12-15', byline='Minh Đức'), '16:45', 177),
    (10385, digital('Xã Hương Sơn', 6, 42, 2980, 'Chủ tịch Ủy ban MTTQ xã Lê Thị Phượng', '2023-11-30'), '10:00', 150),
    (10371, short('Xã Hương Sơn tổng vệ sinh môi trường đón mùa lễ hội', '2023-11-20',
                  'Ngày 19/11, hơn 600 đoàn viên, hội viên đã ra quân làm sạch đường vào bến Đục và khu vực chùa Hương.',
                  'Xã bố trí thêm 20 thùng rác công cộng dọc tuyến suối Yến.',
                  ['hơn 600 đoàn viên', 'bến Đục', '20 thùng rác công cộng']), '07:50', 98),
]
notices = [(10421, 'Thông báo thu gom rác thải sinh hoạt năm 2024', 'TB-rac-thai-2024.pdf')]


def teaser(a):
    return esc(' '.join(a['paras'][:2]))  # long teaser: two whole paragraphs


def lst(sub):
    return ''.join(f'<div class="news-item"><a class="title" href="{esc(durl(i))}">{esc(a["title"])}</a>'
                   f'<p class="sapo">{teaser(a)}</p></div>\n' for i, a, *_ in sub)


P.page('/', shell('Trang chủ', '<h3>Tin mới</h3>' + lst(arts[:3]) +
       f'<h3>Thông báo</h3><a href="{esc(durl(notices[0][0]))}">{esc(notices[0][1])}</a><br/><a href="{esc(L1)}">Xem tất cả</a>'))
P.page(L1, shell('Tin tức', lst(arts[:4]) + f'<div class="paging"><b>1</b> <a href="{esc(L2)}">2</a></div>'))
P.page(L2, shell('Tin tức', lst(arts[4:]) + f'<div class="paging"><a href="{esc(L1)}">1</a> <b>2</b></div>'))
P.notice(f'{B}/gioi-thieu', shell('Giới thiệu', '<h2>Giới thiệu xã Hương Sơn</h2><p>Xã Hương Sơn có diện tích tự nhiên 4.280 ha, gồm 8 thôn.</p>'
         '<p>Trụ sở: thôn Hội Xá, xã Hương Sơn, huyện Mỹ Đức, Hà Nội.</p>'))
for i, t, f in notices:
    P.notice(durl(i), shell(t, f'<h1 class="news-title">{esc(t)}</h1><p>Tệp đính kèm: <a href="/documents/20182/{f}">{f}</a></p>'))

for i, a, hm, views in arts:
    same = ''.join(f'<li><a href="{esc(durl(j))}">{esc(b["title"])}</a> <i>({b["date"][8:]}/{b["date"][5:7]}/{b["date"][:4]})</i></li>' for j, b, *_ in arts if j != i)
    dd = f'{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}'
    main = f'''<div class="news-detail"><h1 class="news-title">{esc(a["title"])}</h1>
<div class="news-meta"><span class="time">{hm} | {dd}</span> <span class="views">Số lượt xem: {views}</span></div>
<div class="news-content">{body_html(a, wrap=lambda s: f"<p>{ent(s)}</p>", table=table_html(a, cell=ent) if "rows" in a else None)}</div>
<div class="news-tools"><a href="{B}/in-tin?newsId={i}">Bản in</a> <span>Chia sẻ bài viết</span> <span class="hit">Số lượt truy cập trang: 1.046.223</span></div>
<div class="news-other"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>'''
    P.article(durl(i), a, shell(a['title'], main, canon=durl(i)))
P.write()

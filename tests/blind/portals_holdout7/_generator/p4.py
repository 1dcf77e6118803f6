"""Portal 4: Liferay 7 custom CMS of Hòa Bình (articleId render URLs), huyện Lạc Sơn, Hòa Bình.
Hard cases: category heading (h3.title-list-news) above h1#titleDetail; lead #leadDetail outside
#contentDetail; lead image caption that prints "null"; .author/.source after the body; JS rating
stars; #footerOfNewDetail lists with dates; counter box with "." thousands; table by commune."""
from common import *

P = Portal('lacson_hb7', 'Cổng thông tin điện tử huyện Lạc Sơn', 'Lạc Sơn', 'Hòa Bình', 'liferay7-hoabinh-cms')
PID = 'cmsview_WAR_hoabinhportlet'
D = f'/web/lac-son/chi-tiet?p_p_id={PID}&p_p_lifecycle=0&_{PID}_articleId='
L1 = f'/web/lac-son/danh-muc?p_p_id={PID}&_{PID}_categoryId=58'
L2 = L1 + f'&_{PID}_cur=2&_{PID}_delta=4'
P.furniture = ['Lượt truy cập', 'Tổng số truy cập:', 'Trong tháng:', 'Trong ngày:', 'Tổng số trực tuyến :', '1.734.905',
               'Đánh giá bài viết:', 'Danh sách bài viết mới', 'Danh sách bài viết cũ', 'null', 'Quay lại']

COUNTER = '''<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="row"><i class="fa fa-users"></i> Tổng số truy cập: 1.734.905</div><div class="row"><i class="fa fa-calendar"></i> Trong tháng: 28.411</div>
<div class="row"><i class="fa fa-clock-o"></i> Trong ngày: 903</div><div class="row"><i class="fa fa-signal"></i> Tổng số trực tuyến : 52</div></div>'''


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" /><meta property="og:url" content="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" />{c}<title>{esc(title)}</title></head><body>
<header class="hb-header"><div class="logo">ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN</div></header>
<nav><a href="/">Trang chủ</a><a href="/web/lac-son/gioi-thieu">Giới thiệu</a><a href="{esc(L1)}">Tin hoạt động</a><a href="/web/lac-son/van-ban">Văn bản</a></nav>
<div class="container"><div class="col-md-8">{main}</div><div class="col-md-4">{COUNTER}</div></div>
<footer><p>Cơ quan chủ quản: UBND huyện Lạc Sơn - Địa chỉ: Khu 1, thị trấn Vụ Bản, huyện Lạc Sơn</p></footer></body></html>'''


arts = [
    (88213, cchc_table('huyện Lạc Sơn', 'quý I năm 2024', '2024-04-12',
                       [('Xã Ân Nghĩa', 188, 186, 140), ('Xã Tân Lập', 152, 152, 97), ('Xã Mường Vang', 207, 199, 133),
                        ('Thị trấn Vụ Bản', 346, 344, 301)], 'Chủ tịch UBND huyện Bùi Văn Thắng'), '15:42', 'Bùi Thanh Hương', 'Văn phòng HĐND và UBND huyện'),
    (88190, cchc_report('UBND huyện Lạc Sơn', 'huyện Lạc Sơn', 'tháng 3 năm 2024', '2024-04-02',
                        (64, 905, 512, 420, 11, 702, 39, 72.4), 'ông Quách Văn Điệp', 'Trưởng phòng Nội vụ', 'đất đai'),
     '08:15', 'Minh Tâm', 'Phòng Nội vụ'),
    (88177, farming('xã Quý Hòa', 'bưởi đỏ Tân Lạc', 21.8, 53, 'ông Bùi Văn Pầu, Trưởng xóm Bái', '2024-03-21'), '10:03', 'Thu Trang', 'Trung tâm Dịch vụ nông nghiệp'),
    (88164, housing('Ủy ban MTTQ huyện Lạc Sơn', 9, 50, 'Quỹ Vì người nghèo huyện', 'Bà Bùi Thị Thìn ở xóm Đồi, xã Miền Đồi,', '2024-03-08'), '16:30', 'Đức Anh', None),
    (88151, school('xã Văn Sơn', 'Trường PTDTBT THCS Văn Sơn', 274, 2, 'Cô Bùi Thị Hiền', '2024-02-26'), '09:00', 'Hải Yến', 'Phòng Giáo dục và Đào tạo'),
    (88139, digital('Huyện Lạc Sơn', 24, 131, 7402, 'Phó Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện Bùi Văn Luân', '2024-02-15'), '14:20', 'Phạm Hòa', None),
]
notices = [(88220, 'Thông báo danh sách thí sinh đủ điều kiện dự tuyển viên chức', 'DS-du-tuyen.xlsx')]


def lst(sub):
    return ''.join(f'<div class="item-news"><a href="{esc(D)}{i}">{esc(a["title"])}</a><span class="date">{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}</span></div>\n'
                   for i, a, *_ in sub)


P.page('/', shell('Trang chủ', '<h3 class="title-list-news">Tin hoạt động</h3>' + lst(arts[:4]) +
       f'<a href="{esc(L1)}">Xem thêm</a><h3 class="title-list-news">Thông báo</h3><a href="{esc(D)}{notices[0][0]}">{esc(notices[0][1])}</a>'))
P.page(L1, shell('Tin hoạt động', '<h3 class="title-list-news">Tin hoạt động</h3>' + lst(arts[:4]) + f'<ul class="pagination"><li class="active">1</li><li><a href="{esc(L2)}">2</a></li></ul>'))
P.page(L2, shell('Tin hoạt động', '<h3 class="title-list-news">Tin hoạt động</h3>' + lst(arts[4:]) + f'<ul class="pagination"><li><a href="{esc(L1)}">1</a></li><li class="active">2</li></ul>'))
P.notice('/web/lac-son/van-ban', shell('Văn bản', '<h3 class="title-list-news">Văn bản chỉ đạo</h3><table><tr><td>Số 215/UBND-VP</td><td><a href="/documents/215-UBND-VP.pdf">Tải về</a></td></tr></table>'))
for i, t, f in notices:
    P.notice(f'{D}{i}', shell(t, f'<div class="box_border"><h1 id="titleDetail">{esc(t)}</h1><a href="/documents/{f}">{f}</a></div>'))

for k, (i, a, hm, author, source) in enumerate(arts):
    newer = arts[max(0, k - 2):k]
    older = arts[k + 1:k + 3]
    li = lambda lst: ''.join(f'<li><a href="{esc(D)}{j}">{esc(b["title"])}</a> <span>({b["date"][8:]}/{b["date"][5:7]}/{b["date"][:4]})</span></li>' for j, b, *_ in lst)
    paras = a['paras']
    if author:
        a['paras'] = paras + [author]
    main = f'''<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3>
<h1 id="titleDetail">{esc(a["title"])}</h1>
<div class="tool"><span class="date_time">{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]} {hm}</span> <i class="fa fa-font"></i> <i class="fa fa-volume-up"></i></div>
<div id="leadDetail"><strong>{esc(paras[0])}</strong></div>
<div class="img-lead"><img src="/documents/lead/{i}.jpg" alt="" /><div class="img-title">null</div></div>
<div id="contentDetail">{body_html({**a, "paras": paras}, start=1)}</div>
<div class="author">{esc(author)}</div>{f'<div class="source">{esc(source)}</div>' if source else ''}
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="{i}"></span></div>
<div class="print-share"><a href="javascript:history.back()">Quay lại</a> <a href="/web/lac-son/in?articleId={i}">In</a></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{li(newer)}</ul><h4>Danh sách bài viết cũ</h4><ul>{li(older)}</ul></div></div>'''
    P.article(f'{D}{i}', a, shell(a['title'], main, canon=f'{D}{i}'))
P.write()

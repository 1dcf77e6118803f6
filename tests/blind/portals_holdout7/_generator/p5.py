"""Portal 5: NukeViet eGovernment (/<module>/<cat>/<alias>-<id>.html), huyện Quế Phong, Nghệ An.
Hard cases: body text stored in NFD (decomposed) UTF-8; sidebar ul.counter with "," thousands;
figure/figcaption image captions; "Tác giả:"/"Nguồn tin:" lines after the body; rating
"Xếp hạng ... phiếu bầu"; "Những tin mới hơn"/"Những tin cũ hơn" lists with dates; page-2 listing."""
from common import *
import datetime

P = Portal('quephong_nv', 'Cổng thông tin điện tử huyện Quế Phong', 'Quế Phong', 'Nghệ An', 'nukeviet')
P.furniture = ['Đang truy cập', 'Khách viếng thăm', 'Tháng hiện tại', 'Tổng lượt truy cập', '2,318,447',
               'Giới thiệu bài viết cho bạn bè', 'In ra', 'Lưu bài viết này', 'Những tin mới hơn', 'Những tin cũ hơn',
               'Click để đánh giá bài viết', 'phiếu bầu', 'Trang nhất', 'Mã bảo mật']
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
CAT = '/tin-tuc/cai-cach-hanh-chinh'
SIDE = '''<div class="panel"><div class="panel-heading">Thống kê</div><ul class="counter">
<li><span>Đang truy cập</span><span>86</span></li><li><span>Máy chủ tìm kiếm</span><span>12</span></li><li><span>Khách viếng thăm</span><span>74</span></li>
<li><span>Hôm nay</span><span>5,903</span></li><li><span>Tháng hiện tại</span><span>118,225</span></li><li><span>Tổng lượt truy cập</span><span>2,318,447</span></li></ul></div>
<div class="panel"><form action="/contact/"><label>Mã bảo mật</label><input name="fcode" /></form></div>'''


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}" />' if canon else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />{c}<title>{esc(title)} - Huyện Quế Phong</title></head><body>
<div class="header">HUYỆN QUẾ PHONG - TỈNH NGHỆ AN</div>
<ul class="nav"><li><a href="/">Trang nhất</a></li><li><a href="/about/">Giới thiệu</a></li><li><a href="{CAT}/">Cải cách hành chính</a></li><li><a href="/tin-tuc/">Tin tức</a></li></ul>
<div class="row"><div class="col-md-9">{main}</div><div class="col-md-3">{SIDE}</div></div>
<footer>© Cổng thông tin điện tử huyện Quế Phong. Ghi rõ nguồn khi trích dẫn.</footer></body></html>'''


def alias(t):
    import unicodedata
    t = unicodedata.normalize('NFD', t.lower().replace('đ', 'd'))
    return re.sub(r'[^a-z0-9]+', '-', ''.join(c for c in t if not unicodedata.combining(c))).strip('-')


arts = [
    (cchc_report('UBND huyện Quế Phong', 'huyện Quế Phong', '6 tháng đầu năm 2024', '2024-07-05',
                 (71, 1873, 1102, 745, 17, 1350, 58, 69.4), 'ông Lô Văn Thành', 'Phó Chánh Văn phòng HĐND và UBND huyện', 'tài nguyên và môi trường'),
     '08:12', 'Lang Thị Hoa', 'Văn phòng HĐND và UBND huyện'),
    (par_index('huyện Quế Phong', 'Nghệ An', 2023, '2024-05-16', 79.83, 15, 21, -2, 81.9, 64.7, 18,
               'Bí thư Huyện ủy Lữ Đình Thi'), '15:30', 'Kim Oanh', None),
    (cchc_table('huyện Quế Phong', 'tháng 5 năm 2024', '2024-06-07',
                [('Xã Tri Lễ', 86, 84, 49), ('Xã Nậm Giải', 41, 41, 20), ('Xã Châu Kim', 77, 75, 58), ('Thị trấn Kim Sơn', 158, 158, 131)],
                'Phó Chủ tịch UBND huyện Vi Văn Sơn'), '10:45', 'Hồng Nhung', None),
    (farming('xã Tiền Phong', 'lúa Japonica', 32.0, 88, 'ông Vi Văn Khánh, Trưởng bản Piêng Văn', '2024-04-18'), '07:40', 'Vi Thảo', 'Trạm Khuyến nông'),
    (road('UBND xã Thông Thụ', 3.1, 6.7, 'bản Đồng Mới', 'Phó Bí thư Đảng ủy xã Lương Văn Hùng', '2024-03-29'), '16:05', 'Quang Minh', None),
    (school('xã Hạnh Dịch', 'Trường PTDTBT Tiểu học Hạnh Dịch', 352, 4, 'Thầy Lô Đức Tùng', '2024-09-06'), '09:25', 'Lan Phương', None),
]
arts.sort(key=lambda x: x[0]['date'], reverse=True)
base_id = 1400
items = [(f"{CAT}/{alias(a['title'])}-{base_id + 9 - k}.html", a, hm, au, src) for k, (a, hm, au, src) in enumerate(arts)]
notice = (f"/thong-bao/thong-bao-chung/thong-bao-lich-truc-tet-nguyen-dan-giap-thin-{base_id + 20}.html",
          'Thông báo lịch trực Tết Nguyên đán Giáp Thìn', 'lich-truc-tet.pdf')
notice2 = (f"/thong-bao/thong-bao-chung/thong-bao-tiep-nhan-ho-so-xet-tuyen-giao-vien-{base_id + 21}.html",
           'Thông báo tiếp nhận hồ sơ xét tuyển giáo viên', 'xet-tuyen-gv.docx')


def vdate(d, hm):
    dt = datetime.date.fromisoformat(d)
    return f'{WD[dt.weekday()]} - {dt.strftime("%d/%m/%Y")} {hm}'


def lst(sub):
    return ''.join(f'<div class="news_column"><h3><a href="{u}">{esc(a["title"])}</a></h3><p class="text-muted">{vdate(a["date"], hm)}</p></div>\n'
                   for u, a, hm, *_ in sub)


P.page('/', shell('Trang nhất', lst(items[:3]) + f'<a href="{CAT}/">Xem tiếp</a><h3>Thông báo</h3><a href="{notice[0]}">{esc(notice[1])}</a><br/><a href="{notice2[0]}">{esc(notice2[1])}</a>'))
P.page(f'{CAT}/', shell('Cải cách hành chính', lst(items[:4]) + f'<ul class="pagination"><li class="active"><span>1</span></li><li><a href="{CAT}/page-2">2</a></li></ul>'))
P.page(f'{CAT}/page-2', shell('Cải cách hành chính', lst(items[4:]) + f'<ul class="pagination"><li><a href="{CAT}/">1</a></li><li class="active"><span>2</span></li></ul>'))
P.notice('/about/', shell('Giới thiệu', '<h1>Giới thiệu chung huyện Quế Phong</h1><p>Quế Phong là huyện miền núi phía Tây Bắc tỉnh Nghệ An, có 13 xã và 1 thị trấn.</p>'))
for u, t, f in (notice, notice2):
    P.notice(u, shell(t, f'<div class="news_column"><h1 class="title">{esc(t)}</h1><p><a href="/uploads/thong-bao/{f}">{f}</a></p></div>'))

for k, (u, a, hm, au, src) in enumerate(items):
    newer, older = items[max(0, k - 2):k], items[k + 1:k + 3]
    li = lambda lst: ''.join(f'<li><a href="{x}">{esc(b["title"])}</a> ({b["date"][8:]}/{b["date"][5:7]}/{b["date"][:4]})</li>' for x, b, *_ in lst)
    body = body_html(a, wrap=lambda s: f'<p>{nfd(s)}</p>', start=1,
                     table=table_html(a, cell=nfd) if 'rows' in a else None)
    fig = f'<figure class="image"><img src="/uploads/news/2024_0{k + 1}/anh{k}.jpg" alt="" /><figcaption>Ảnh minh họa do cơ sở cung cấp</figcaption></figure>'
    tail = [f'Tác giả: {au}'] + ([f'Nguồn tin: {src}'] if src else [])
    a['paras'] = a['paras'] + tail
    main = f'''<div class="news_column panel" itemscope>
<span class="hidden" itemprop="datePublished">{a["date"]}T{hm}:00+07:00</span><span class="hidden" itemprop="author">{esc(au)}</span>
<h1 class="title">{esc(a["title"])}</h1><span class="h5">{vdate(a["date"], hm)}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="/sendmail/{k}">Gửi</a></li><li><a title="In ra" href="/print/{k}">In ra</a></li><li><a title="Lưu bài viết này" href="/savefile/{k}">Lưu bài viết này</a></li></ul>
<div class="hometext">{nfd(a["paras"][0])}</div>{fig}
<div id="news-bodyhtml" class="bodytext">{body}</div>
<p class="text-right"><strong>{nfd(tail[0])}</strong></p>{''.join(f'<p class="text-right"><em>{nfd(t)}</em></p>' for t in tail[1:])}
<div class="rating">Xếp hạng: 4.2 - 9 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news-other"><h4>Những tin mới hơn</h4><ul>{li(newer)}</ul><h4>Những tin cũ hơn</h4><ul>{li(older)}</ul></div></div>'''
    P.article(u, a, shell(a['title'], main, canon=u))
P.write()

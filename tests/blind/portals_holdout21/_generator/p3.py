"""quephong_nv: NukeViet eGovernment (/<module>/<cat>/<alias>-<id>.html, /<module>/<cat>/page-2).
Hard cases: ul.counter with "," thousands in the sidebar; h1 under a breadcrumb starting "Trang nhất"
that repeats the title; hometext lead outside #news-bodyhtml; figure/figcaption inside the body;
"Tác giả:"/"Nguồn tin:" printed outside the body (not text); rating and "Những tin mới hơn" lists;
print view served for each article (non-article); monthly series with the same commune table."""
from common import Portal, e, table, cut

P = Portal('quephong_nv', 'Cổng thông tin điện tử huyện Quế Phong', 'Quế Phong', 'Nghệ An', 'NukeViet eGovernment')
CAT = '/tin-tuc/cai-cach-hanh-chinh'
P.furniture('Đang truy cập', 'Máy chủ tìm kiếm', 'Khách viếng thăm', 'Tháng hiện tại', 'Tổng lượt truy cập', '1,876,502',
            'Những tin mới hơn', 'Những tin cũ hơn', 'Xếp hạng:', 'phiếu bầu', 'Click để đánh giá bài viết',
            'Giới thiệu bài viết cho bạn bè', 'Lưu bài viết này', 'Trang nhất', 'Tác giả:', 'Nguồn tin:')
CNT = [('Đang truy cập', '52'), ('Máy chủ tìm kiếm', '4'), ('Khách viếng thăm', '48'), ('Hôm nay', '3,217'), ('Tháng hiện tại', '71,940'), ('Tổng lượt truy cập', '1,876,502')]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"><meta property="og:url" content="http://{{{{HOST}}}}{e(canon)}">' if canon else ''
    cnt = ''.join(f'<li><span><em class="fa fa-bolt"></em>{e(l)}</span><span>{v}</span></li>' for l, v in CNT)
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - Huyện Quế Phong</title>{can}</head><body>
<div class="wraper"><header><div class="site-name">ỦY BAN NHÂN DÂN HUYỆN QUẾ PHONG</div></header>
<nav class="header-nav"><ul><li><a href="/">Trang nhất</a></li><li><a href="/about/">Giới thiệu</a></li><li><a href="{CAT}/">Cải cách hành chính</a></li><li><a href="/laws/">Văn bản</a></li></ul></nav>
<div class="row"><div class="col-md-16">{inner}</div>
<div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê</div><div class="panel-body"><ul class="counter">{cnt}</ul></div></div></div></div>
<footer><p>© UBND huyện Quế Phong. Thị trấn Kim Sơn, huyện Quế Phong, tỉnh Nghệ An.</p></footer></div></body></html>'''


CM = ['Thị trấn Kim Sơn', 'Xã Tiền Phong', 'Xã Mường Nọc', 'Xã Châu Kim']
HEAD = ['Xã, thị trấn', 'Hồ sơ đã nhận', 'Trả đúng hạn', 'Tỷ lệ (%)']
ARTS = []
S = [(211, 'thang-4', 'tháng 4/2024', '2024-05-06 09:12', [('286', '283', '98,95'), ('74', '74', '100'), ('91', '88', '96,70'), ('65', '65', '100')],
      'Trong tháng 4/2024, toàn huyện tiếp nhận 1.102 hồ sơ thủ tục hành chính, trong đó cấp huyện 389 hồ sơ, cấp xã 713 hồ sơ.',
      'Tỷ lệ giải quyết trước và đúng hạn chung đạt 98,6%; 4 hồ sơ quá hạn đều ở cấp xã.'),
     (226, 'thang-5', 'tháng 5/2024', '2024-06-05 10:40', [('301', '301', '100'), ('69', '68', '98,55'), ('88', '87', '98,86'), ('71', '71', '100')],
      'Tháng 5/2024, Bộ phận Một cửa hai cấp nhận 1.137 hồ sơ; riêng cấp xã 746 hồ sơ, cấp huyện 391 hồ sơ.',
      'Tỷ lệ trước và đúng hạn đạt 99,4%, chỉ còn 2 hồ sơ trễ hạn.'),
     (240, 'thang-6', 'tháng 6/2024', '2024-07-04 15:05', [('279', '278', '99,64'), ('80', '80', '100'), ('95', '95', '100'), ('62', '61', '98,39')],
      'Huyện tiếp nhận 1.088 hồ sơ trong tháng 6/2024, gồm 402 hồ sơ cấp huyện và 686 hồ sơ cấp xã.',
      'Có 1.079 hồ sơ được trả trước và đúng hạn, đạt 99,2%; số hồ sơ đang xử lý là 36.')]
for nid, sl, period, dt, rows, p1, p2 in S:
    trows = [[c] + list(r) for c, r in zip(CM, rows)]
    title = f'Số liệu giải quyết thủ tục hành chính {period} tại 4 đơn vị trọng điểm'
    ht = f'Phòng Nội vụ công bố số liệu giải quyết thủ tục hành chính {period}, kèm bảng theo dõi 4 đơn vị cấp xã có lượng hồ sơ lớn.'
    cap = f'Bộ phận Một cửa thị trấn Kim Sơn trong {period}'
    ARTS.append(dict(id=nid, slug=f'so-lieu-giai-quyet-thu-tuc-hanh-chinh-{sl}-2024', title=title, dt=dt, ht=ht,
                     body=[('p', p1), ('fig', cap), ('table', (HEAD, trows)), ('p', p2)], author='Lô Thị Hằng', src='Phòng Nội vụ',
                     cells=[c for r in trows for c in r] + HEAD, must=[cut(p1, 55), HEAD[1], trows[0][0], trows[2][3]]))
ARTS.append(dict(id=198, slug='que-phong-xep-thu-17-21-ve-chi-so-par-index-2023', title='Quế Phong xếp thứ 17/21 về Chỉ số PAR Index 2023', dt='2024-04-02 08:00',
                 ht='Năm 2023, huyện Quế Phong đạt 79,88 điểm Chỉ số cải cách hành chính, xếp thứ 17/21 huyện, thành, thị của tỉnh Nghệ An.',
                 body=[('p', 'Chỉ số SIPAS của huyện đạt 82,15%, giảm 1,3% so với năm 2022.'), ('p', 'Nguyên nhân chủ yếu là tỷ lệ hồ sơ trực tuyến thấp ở các xã vùng cao như Tri Lễ, Nậm Giải, Thông Thụ.'),
                       ('p', 'Huyện đề ra 14 nhiệm vụ khắc phục, giao cho từng phòng, ban và UBND các xã.')], author='Văn Dũng', src='',
                 cells=[], must=['đạt 79,88 điểm', 'Chỉ số SIPAS của huyện đạt 82,15%', 'Tri Lễ, Nậm Giải, Thông Thụ']))
ARTS.append(dict(id=203, slug='ho-tro-dong-bao-lam-can-cuoc-tai-ban', title='Hỗ trợ đồng bào làm căn cước tại bản', dt='2024-04-18 16:30',
                 ht='Công an huyện phối hợp xã Hạnh Dịch đưa tổ làm căn cước lưu động về bản Pòng, bản Côi.',
                 body=[('p', 'Trong hai ngày, tổ đã thu nhận 312 hồ sơ căn cước, chủ yếu là người cao tuổi và học sinh.'), ('fig', 'Cán bộ thu nhận vân tay cho người dân bản Pòng')],
                 author='', src='', cells=[], must=['bản Pòng, bản Côi', 'thu nhận 312 hồ sơ căn cước', 'Cán bộ thu nhận vân tay']))
ARTS.append(dict(id=219, slug='tiep-nhan-ho-so-qua-zalo-thu-nghiem', title='Thử nghiệm hướng dẫn hồ sơ qua Zalo', dt='2024-05-20 07:55',
                 ht='Xã Mường Nọc mở tài khoản Zalo riêng để hướng dẫn người dân chuẩn bị hồ sơ trước khi đến Bộ phận Một cửa.',
                 body=[], author='Thái Sơn', src='', cells=[], must=['mở tài khoản Zalo riêng', 'Xã Mường Nọc', 'chuẩn bị hồ sơ']))
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
import datetime
ARTS.sort(key=lambda a: a['dt'])


def url(a):
    return f'{CAT}/{a["slug"]}-{a["id"]}.html'


for i, a in enumerate(ARTS):
    d = datetime.datetime.strptime(a['dt'], '%Y-%m-%d %H:%M')
    body, paras = '', [a['ht']]
    for kind, v in a['body']:
        if kind == 'p':
            body += f'<p>{e(v)}</p>'; paras.append(v)
        elif kind == 'fig':
            body += f'<figure class="image"><img src="/uploads/news/2024_0{d.month}/anh-{a["id"]}.jpg" alt=""><figcaption>{e(v)}</figcaption></figure>'; paras.append(v)
        else:
            body += table(*v, attrs=' class="table table-bordered"')
    meta = ''
    if a['author']:
        meta += f'<p class="text-right"><strong>Tác giả: </strong>{e(a["author"])}</p>'
    if a['src']:
        meta += f'<p class="text-right"><strong>Nguồn tin: </strong>{e(a["src"])}</p>'
    newer = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> ({b["dt"][8:10]}/{b["dt"][5:7]}/{b["dt"][:4]})</li>' for b in ARTS[i+1:i+3])
    older = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> ({b["dt"][8:10]}/{b["dt"][5:7]}/{b["dt"][:4]})</li>' for b in ARTS[max(0, i-2):i])
    pr = f'/tin-tuc/print/cai-cach-hanh-chinh-{a["id"]}.html'
    inner = f'''<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="{CAT}/">Cải cách hành chính</a></li><li>{e(a['title'])}</li></ul>
<div class="news_column panel" itemscope itemtype="http://schema.org/NewsArticle"><h1 class="title">{e(a['title'])}</h1>
<span class="hidden" itemprop="datePublished">{a['dt'][:10]}T{a['dt'][11:]}:00+07:00</span><span class="h5">{WD[d.weekday()]} - {d:%d/%m/%Y %H:%M}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope"></em></a></li><li><a title="In ra" href="{pr}"><em class="fa fa-print"></em></a></li><li><a title="Lưu bài viết này" href="#"><em class="fa fa-save"></em></a></li></ul>
<div class="hometext">{e(a['ht'])}</div><div id="news-bodyhtml" class="bodytext">{body}</div>{meta}
<div class="rating">Xếp hạng: 4.2 - 11 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news-other"><p>Những tin mới hơn</p><ul>{newer}</ul><p>Những tin cũ hơn</p><ul>{older}</ul></div></div>'''
    P.article(url(a), shell(a['title'], inner, canon=url(a)), a['title'], a['dt'][:10], paras, a['must'], a['cells'])
    P.non_article(pr, f'<html><head><meta charset="utf-8"><title>{e(a["title"])}</title></head><body onload="window.print()"><h2>{e(a["title"])}</h2><p>{e(a["ht"])}</p>{body}</body></html>')

rev = ARTS[::-1]


def listing(items, n):
    lis = ''.join(f'<div class="news-item"><h3><a href="{e(url(a))}">{e(a["title"])}</a></h3><span>{a["dt"][8:10]}/{a["dt"][5:7]}/{a["dt"][:4]}</span><p>{e(a["ht"])}</p></div>' for a in items)
    nav = f'<ul class="pagination"><li><a href="{CAT}/page-2">2</a></li></ul>' if n == 1 else f'<ul class="pagination"><li><a href="{CAT}/">1</a></li></ul>'
    return shell('Cải cách hành chính', f'<h2>Cải cách hành chính</h2>{lis}{nav}')


P.non_article('/', shell('Trang nhất', '<h2>Tin mới</h2><ul>' + ''.join(f'<li><a href="{e(url(a))}">{e(a["title"])}</a></li>' for a in rev[:3]) + f'</ul><a href="{CAT}/">Xem tiếp</a> <a href="/about/">Giới thiệu</a> <a href="/thong-bao/thong-bao-nghi-le-quoc-khanh-2-9-2024-12.html">Thông báo nghỉ lễ Quốc khánh 2/9/2024</a>'))
P.non_article(f'{CAT}/', listing(rev[:4], 1))
P.non_article(f'{CAT}/page-2', listing(rev[4:], 2))
P.non_article('/about/', shell('Giới thiệu', '<h1>Giới thiệu</h1><p>Quế Phong là huyện miền núi phía tây tỉnh Nghệ An, có 13 xã, thị trấn.</p>'))
P.non_article('/thong-bao/thong-bao-nghi-le-quoc-khanh-2-9-2024-12.html', shell('Thông báo', '<h1 class="title">Thông báo nghỉ lễ Quốc khánh 2/9/2024</h1><p><a href="/uploads/thong-bao/tb-nghi-le-2-9.pdf">Tải về: tb-nghi-le-2-9.pdf</a></p>'))
P.write()

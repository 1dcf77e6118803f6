"""dakha_bkav: Liferay 6.1 Bkav portal_egov (asset_publisher content/<urlTitle>, đ dropped from slugs).
Hard cases: visit counter laid out as a small table in the side column; "Thứ Bẩy, ngày dd/MM/yyyy HH:ss"
date in the social panel with Email / A- / A+; "Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM);
bold abstract outside .asset-content; quarterly one-stop series with the same commune table."""
import datetime
from common import Portal, e, table, cut

P = Portal('dakha_bkav', 'Cổng thông tin điện tử huyện Đắk Hà', 'Đắk Hà', 'Kon Tum', 'Liferay 6.1 Bkav portal_egov')
INST = 'Xk9pTq2Lm'
LIST = '/web/guest/tin-tuc'
P.furniture('Thống Kê Truy Cập', 'Tổng số lượt truy cập', 'Số người đang truy cập', 'Hôm qua', 'Tuần trước',
            'Tháng trước', 'Tuần này', 'Tháng này', '2318406', '15871', '40215', '61934', '6630', 'Tin mới hơn', 'Tin cũ hơn', 'Chuyên mục', 'Sơ đồ cổng',
            'Cơ quan chủ quản: Ủy ban nhân dân huyện Đắk Hà')
CNT = [('Tổng số lượt truy cập', '2318406'), ('Số người đang truy cập', '37'), ('Hôm nay', '1094'), ('Hôm qua', '2207'),
       ('Tuần này', '6630'), ('Tuần trước', '15871'), ('Tháng này', '40215'), ('Tháng trước', '61934')]
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bẩy', 'Chủ Nhật']


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}" />' if canon else ''
    cnt = ''.join(f'<tr><td class="counter-label">{e(l)}</td><td><span class="counter-value">{v}</span></td></tr>' for l, v in CNT)
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>{e(title)} - Cổng thông tin điện tử huyện Đắk Hà</title>{can}</head>
<body class="portal-egov"><div id="wrapper"><header><a href="/web/guest/trang-chu">Trang chủ</a> | <a href="/web/guest/so-do-cong">Sơ đồ cổng</a></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li><a href="{LIST}">Tin tức</a></li><li><a href="/web/guest/thong-bao">Thông báo</a></li></ul></nav>
<div id="column-1" class="aui-w70">{inner}</div>
<div id="column-2" class="aui-w30"><section class="portlet"><h2 class="portlet-title">Chuyên mục</h2><ul><li><a href="{LIST}">Tin hoạt động</a></li><li><a href="/web/guest/cchc">Cải cách hành chính</a></li></ul></section>
<section class="portlet visit-counter-portlet"><h2 class="portlet-title">Thống Kê Truy Cập</h2><div class="visit-counter-data-container-style-2"><table class="visit-counter-content">{cnt}</table></div></section></div>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Đắk Hà</p><p>Địa chỉ: 01 Hùng Vương, thị trấn Đắk Hà, tỉnh Kon Tum</p></footer></div></body></html>'''


COMMUNES = ['Thị trấn Đắk Hà', 'Xã Đắk Mar', 'Xã Hà Mòn', 'Xã Đắk La', 'Xã Ngọk Wang']
HEAD = ['Đơn vị', 'Tổng số hồ sơ', 'Đã giải quyết', 'Nộp trực tuyến']
ARTS = []
S = [
    ('ket-qua-giai-quyet-ho-so-cap-xa-quy-i-nam-2024', 'quý I năm 2024', '2024-04-12 16:40', [('318', '311', '276'), ('142', '140', '119'), ('97', '97', '81'), ('205', '199', '174'), ('88', '88', '70')],
     ['Quý I năm 2024, Bộ phận Một cửa của 11 xã, thị trấn đã tiếp nhận 1.604 hồ sơ, giải quyết 1.577 hồ sơ; tỷ lệ trước và đúng hạn đạt 98,1%.',
      'Còn 27 hồ sơ đang trong thời hạn giải quyết. Không có hồ sơ nào phải gửi thư xin lỗi.',
      'Dưới đây là số liệu của năm đơn vị cấp xã có lượng hồ sơ lớn nhất:'],
     ['Phòng Nội vụ đề nghị các xã tăng cường số hóa kết quả giải quyết, phấn đấu đạt trên 80% trong quý II.']),
    ('ket-qua-giai-quyet-ho-so-cap-xa-quy-ii-nam-2024', 'quý II năm 2024', '2024-07-11 10:05', [('344', '340', '309'), ('151', '151', '133'), ('103', '101', '90'), ('198', '196', '181'), ('92', '91', '80')],
     ['Trong quý II năm 2024, cấp xã tiếp nhận 1.689 hồ sơ, tăng 85 hồ sơ so với quý I; đã giải quyết 1.671 hồ sơ, đạt 98,9% đúng hạn.',
      'Có 6 hồ sơ quá hạn thuộc lĩnh vực chứng thực, 18 hồ sơ đang giải quyết.',
      'Số liệu năm đơn vị tiêu biểu như sau:'],
     ['Tỷ lệ hồ sơ nộp trực tuyến toàn phần của cấp xã đạt 86,7%, vượt chỉ tiêu tỉnh giao.']),
    ('ket-qua-giai-quyet-ho-so-cap-xa-quy-iii-nam-2024', 'quý III năm 2024', '2024-10-09 14:22', [('362', '362', '335'), ('139', '138', '127'), ('111', '111', '99'), ('214', '210', '196'), ('96', '96', '88')],
     ['Quý III năm 2024, Bộ phận Một cửa cấp xã nhận 1.742 hồ sơ, đã trả kết quả 1.731 hồ sơ, trong đó 1.725 hồ sơ trước và đúng hạn.',
      'Qua dịch vụ bưu chính công ích, các xã trả 143 kết quả đến tận nhà người dân.',
      'Kết quả của năm đơn vị:'],
     ['UBND huyện biểu dương xã Hà Mòn là đơn vị không có hồ sơ trễ hạn ba quý liên tiếp.']),
]
for slug, period, dt, rows, before, after in S:
    trows = [[c] + list(r) for c, r in zip(COMMUNES, rows)]
    title = f'Kết quả giải quyết hồ sơ thủ tục hành chính cấp xã {period}'
    ab = f'Tổng hợp số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa các xã, thị trấn {period}.'
    ARTS.append(dict(slug=slug, title=title, dt=dt, ab=ab, before=before, table=(HEAD, trows), after=after,
                     cells=[c for r in trows for c in r] + HEAD, must=[cut(before[0], 60), HEAD[3], trows[2][0], trows[4][1]]))
X = [
    ('ak-ha-ban-hanh-ke-hoach-nang-cao-chi-so-ddci-nam-2024', 'Đắk Hà ban hành kế hoạch nâng cao chỉ số DDCI năm 2024', '2024-03-02 08:30',
     'Năm 2023, huyện Đắk Hà đạt 68,52 điểm Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI), xếp thứ 4/10 huyện, thành phố.',
     ['Kế hoạch năm 2024 đặt mục tiêu tăng ít nhất 2 bậc, tập trung vào chỉ số tiếp cận đất đai và chi phí không chính thức, hai chỉ số thấp nhất năm trước.',
      'Mỗi phòng chuyên môn được giao một chỉ số thành phần và phải báo cáo tiến độ hằng quý về Văn phòng HĐND và UBND huyện.'],
     ['đạt 68,52 điểm', 'xếp thứ 4/10 huyện, thành phố', 'tiếp cận đất đai và chi phí không chính thức']),
    ('le-ra-quan-tet-trong-cay-xuan-giap-thin', 'Lễ ra quân Tết trồng cây xuân Giáp Thìn', '2024-02-24 07:45',
     'Ngày 23/2, tại thôn 4, xã Đắk La, huyện tổ chức lễ ra quân Tết trồng cây với 3.500 cây keo lai và 200 cây sao đen.',
     ['Dịp này, các cơ quan, đơn vị đăng ký trồng thêm 12 ha rừng sản xuất trong mùa mưa năm nay.', 'Trọng Nghĩa'],
     ['3.500 cây keo lai', '12 ha rừng sản xuất', 'Trọng Nghĩa']),
    ('tam-dung-tiep-nhan-ho-so-at-ai-ngay-30-8', 'Tạm dừng tiếp nhận hồ sơ đất đai ngày 30/8', '2024-08-27 15:10',
     'Do nâng cấp phần mềm một cửa, ngày 30/8 Bộ phận Một cửa huyện tạm dừng tiếp nhận hồ sơ lĩnh vực đất đai.', [],
     ['nâng cấp phần mềm một cửa', 'tạm dừng tiếp nhận hồ sơ lĩnh vực đất đai']),
]
for slug, title, dt, ab, body, must in X:
    ARTS.append(dict(slug=slug, title=title, dt=dt, ab=ab, before=body, table=None, after=[], cells=[], must=must + ([cut(ab, 40)] if len(must) < 3 else [])))


def url(a):
    return f'/web/guest/tin-tuc/-/asset_publisher/{INST}/content/{a["slug"]}'


ARTS.sort(key=lambda a: a['dt'])
for i, a in enumerate(ARTS):
    d = datetime.datetime.strptime(a['dt'], '%Y-%m-%d %H:%M')
    stamp = f'{WD[d.weekday()]}, ngày {d:%d/%m/%Y} {d:%H}:{d.second:02d}'
    body = ''.join(f'<p>{e(p)}</p>' for p in a['before'])
    if a['table']:
        body += table(*a['table'], attrs=' border="1" cellpadding="4"')
    body += ''.join(f'<p>{e(p)}</p>' for p in a['after'])
    newer = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> <span>({b["dt"][8:10]}/{b["dt"][5:7]})</span></li>' for b in ARTS[i+1:i+4])
    older = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> <span>({b["dt"][8:10]}/{b["dt"][5:7]})</span></li>' for b in ARTS[max(0, i-3):i])
    inner = f'''<section class="portlet"><h2 class="portlet-title">Tin tức</h2><div class="asset_publisher_view_full_content">
<h3 class="asset_title">{e(a['title'])}</h3><div class="social-panel"><span class="date">{stamp}</span>
<span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="#" class="font-minus">A-</a> <a href="#" class="font-plus">A+</a></span></div>
<div class="asset-abstract"><b>{e(a['ab'])}</b></div><div class="asset-content">{body}</div>
<div class="related_asset"><h4>Tin mới hơn</h4><ul>{newer}</ul><h4>Tin cũ hơn</h4><ul>{older}</ul></div></div></section>'''
    paras = [a['ab']] + a['before'] + a['after']
    P.article(url(a), shell(a['title'], inner, canon=url(a)), a['title'], a['dt'][:10], paras, a['must'], a['cells'])

rev = ARTS[::-1]


def listing(items, cur):
    lis = ''.join(f'''<div class="asset-abstract"><img src="/image/thumb/{a['slug'][:8]}.jpg" width="180" height="100" alt=""/><span class="asset-category-name">Tin hoạt động</span>
<h3><a href="{e(url(a))}">{e(a['title'])}</a></h3><span class="asset-publish-date">{a['dt'][8:10]}-{a['dt'][5:7]}-{a['dt'][:4]}</span><div class="asset-sumary">{e(a['ab'])}</div></div>''' for a in items)
    pg = f'{LIST}?p_p_id=101_INSTANCE_{INST}&amp;_101_INSTANCE_{INST}_cur=2&amp;_101_INSTANCE_{INST}_delta=4'
    nav = f'<div class="search-paginator"><a href="{pg}">Trang sau</a></div>' if cur == 1 else f'<div class="search-paginator"><a href="{LIST}">Trang trước</a></div>'
    return shell('Tin tức', f'<section class="portlet"><h2 class="portlet-title">Tin tức</h2>{lis}{nav}</section>')


P.non_article('/', shell('Trang chủ', f'<section class="portlet"><h2 class="portlet-title">Tin nổi bật</h2><ul>' + ''.join(f'<li><a href="{e(url(a))}">{e(a["title"])}</a></li>' for a in rev[:3]) + f'</ul><a href="{LIST}">Xem thêm</a> <a href="/web/guest/thong-bao">Thông báo</a></section>'))
P.non_article(LIST, listing(rev[:4], 1))
P.non_article(f'{LIST}?p_p_id=101_INSTANCE_{INST}&_101_INSTANCE_{INST}_cur=2&_101_INSTANCE_{INST}_delta=4', listing(rev[4:], 2))
P.non_article('/web/guest/gioi-thieu', shell('Giới thiệu', '<section class="portlet"><h2 class="portlet-title">Giới thiệu</h2><p>Huyện Đắk Hà có 10 xã và 1 thị trấn, diện tích tự nhiên 844 km2.</p></section>'))
P.non_article('/web/guest/thong-bao', shell('Thông báo', '<section class="portlet"><h2 class="portlet-title">Thông báo</h2><ul><li><a href="/web/guest/thong-bao/-/asset_publisher/Tb01/content/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024">Thông báo tuyển dụng viên chức giáo dục năm 2024</a></li></ul></section>'))
P.non_article('/web/guest/thong-bao/-/asset_publisher/Tb01/content/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024', shell('Thông báo', '<section class="portlet"><h2 class="portlet-title">Thông báo</h2><h3 class="asset_title">Thông báo tuyển dụng viên chức giáo dục năm 2024</h3><p><a href="/documents/10181/tb-tuyen-dung-2024.pdf">Xem tệp đính kèm</a></p></section>'))
P.write()

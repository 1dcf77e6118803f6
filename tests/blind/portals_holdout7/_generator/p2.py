"""Portal 2: Liferay 6.1 Bkav portal_egov (asset_publisher urlTitle), huyện Sa Thầy, Kon Tum.
Hard cases: visit-counter portlet in the side column (malformed span, raw integers); weekday date
with "Thứ Bẩy" and HH:ss; bold abstract (lead) outside .asset-content; "Tin mới hơn"/"Tin cũ hơn"
lists with (dd/MM); an article reached under two URLs (redirect= parameter, canonical names one)."""
from common import *
import datetime

P = Portal('sathay_bkav', 'Cổng thông tin điện tử huyện Sa Thầy', 'Sa Thầy', 'Kon Tum', 'liferay6-bkav-egov')
AP = '/web/guest/tin-tuc-su-kien/-/asset_publisher/Xk7pQm2R'
L1 = '/web/guest/tin-tuc-su-kien'
L2 = L1 + '?p_p_id=101_INSTANCE_Xk7pQm2R&p_p_lifecycle=0&_101_INSTANCE_Xk7pQm2R_cur=2&_101_INSTANCE_Xk7pQm2R_delta=5'
CNT = [('Tổng số lượt truy cập', '987412'), ('Số người đang truy cập', '17'), ('Hôm qua', '1208'),
       ('Tuần này', '6394'), ('Tháng trước', '30118')]
P.furniture = ['Thống Kê Truy Cập', 'Tổng số lượt truy cập', 'Số người đang truy cập', '987412', '30118',
               'Tin mới hơn', 'Tin cũ hơn', 'A-', 'A+', 'Đọc bài viết', 'Liên kết website']
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bẩy', 'Chủ Nhật']


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}" />' if canon else ''
    rows = ''.join((f'<div class="counter-row">{lab}: <span class="counter-value">{v}</span></span></div>' if k == 2 else
                    f'<div class="counter-row"><span>{lab}: </span><span class="counter-value">{v}</span></div>')
                   for k, (lab, v) in enumerate(CNT))
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />{c}<title>{esc(title)} - Cổng thông tin điện tử huyện Sa Thầy</title></head>
<body class="portal-sathay-theme"><div id="wrapper"><header id="banner"><img src="/sathay-theme/images/banner.png" alt="" /></header>
<nav class="navigation"><ul><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu chung</a></li>
<li><a href="{esc(L1)}">Tin tức - Sự kiện</a></li><li><a href="/web/guest/thong-bao">Thông báo</a></li><li><a href="/web/guest/lien-he">Liên hệ</a></li></ul></nav>
<div id="content"><div class="columns-2-r"><div id="column-1" class="portlet-column">{main}</div>
<div id="column-2" class="portlet-column"><section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet">
<h2 class="portlet-title">Thống Kê Truy Cập</h2><div class="visit-counter-data-container-style-2"><div class="visit-counter-content">{rows}</div></div></section>
<section class="portlet"><h2 class="portlet-title">Liên kết website</h2><select><option>Cổng thông tin tỉnh Kon Tum</option></select></section></div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Sa Thầy, tỉnh Kon Tum</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></footer></div></body></html>'''


def slug(t):
    import unicodedata
    t = t.lower().replace('đ', '')  # Liferay drops đ
    t = unicodedata.normalize('NFD', t)
    t = ''.join(c for c in t if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')


arts = [
    (par_index('huyện Sa Thầy', 'Kon Tum', 2023, '2024-06-08', 84.17, 4, 10, 3, 83.6, 71.2, 5,
               'Chủ tịch UBND huyện A Thiên'), '08:00'),
    (cchc_report('UBND huyện Sa Thầy', 'huyện Sa Thầy', '5 tháng đầu năm 2024', '2024-06-03',
                 (38, 1504, 902, 596, 5, 1211, 47, 80.5), 'bà Y Hằng', 'Phó Chánh Văn phòng HĐND và UBND huyện', 'hộ tịch'), '14:30'),
    (housing('Ủy ban MTTQ Việt Nam huyện Sa Thầy', 12, 60, 'Quỹ Vì người nghèo tỉnh', 'Anh A Blưh ở làng Kà Bầy, xã Ya Xiêr,', '2024-05-25'), '09:15'),
    (school('xã Mô Rai', 'Trường PTDTBT Tiểu học Mô Rai', 486, 3, 'Thầy Trần Văn Lực', '2024-09-05'), '10:40'),
    (farming('xã Sa Sơn', 'sâm dây', 14.2, 37, 'bà Y Liên, Chủ nhiệm Hợp tác xã Sa Sơn', '2024-04-27'), '16:20'),
    (short('Sa Thầy ra quân chiến dịch tình nguyện hè', '2024-06-01',
           'Huyện đoàn Sa Thầy tổ chức ra quân chiến dịch thanh niên tình nguyện hè với 11 công trình măng non.',
           'Các đội hình tình nguyện sẽ sửa chữa lớp học, làm sân chơi và dạy bơi cho thiếu nhi vùng lòng hồ Ya Ly.',
           ['11 công trình măng non', 'dạy bơi cho thiếu nhi', 'vùng lòng hồ Ya Ly']), '07:30'),
]
arts.sort(key=lambda x: x[0]['date'], reverse=True)
urls = [f"{AP}/content/{slug(a['title'])}" for a, _ in arts]
notices = [('/web/guest/thong-bao/-/asset_publisher/Nt4bQe9z/content/thong-bao-ke-hoach-thi-tuyen-cong-chuc-cap-xa-nam-2024',
            'Thông báo kế hoạch thi tuyển công chức cấp xã năm 2024', 'KH-thituyen-2024.pdf')]


def fmtdate(d, hm):
    dt = datetime.date.fromisoformat(d)
    return f'{WD[dt.weekday()]}, ngày {dt.strftime("%d/%m/%Y")} {hm}'


def abstracts(sub):
    out = ''
    for u, (a, hm) in sub:
        dt = datetime.date.fromisoformat(a['date'])
        out += f'''<div class="asset-abstract"><img src="/image/journal/article?img_id={3100 + len(u)}" width="180" height="100" alt="" />
<span class="asset-category-name">Tin tức</span><h3 class="asset-title"><a href="{esc(u)}">{esc(a["title"])}</a></h3>
<span class="asset-publish-date">{dt.strftime("%d-%m-%Y")}</span><div class="asset-sumary">{esc(a["paras"][0][:120])}...</div></div>\n'''
    return out


pairs = list(zip(urls, arts))
P.page('/', shell('Trang chủ', f'<section class="portlet"><h2 class="portlet-title">Tin nổi bật</h2>{abstracts(pairs[:4])}<a href="{esc(L1)}">Xem thêm</a></section>'))
P.page('/web/guest', shell('Trang chủ', f'<section class="portlet">{abstracts(pairs[:4])}</section>'))
pager = lambda cur: f'<div class="taglib-search-iterator-page-iterator-bottom"><a href="{esc(L1)}">Đầu</a> <a href="{esc(L2)}">Tiếp</a> Trang {cur} / 2</div>'
P.page(L1, shell('Tin tức - Sự kiện', f'<section class="portlet"><h2 class="portlet-title">Tin tức - Sự kiện</h2>{abstracts(pairs[:5])}{pager(1)}</section>'))
P.page(L2, shell('Tin tức - Sự kiện', f'<section class="portlet"><h2 class="portlet-title">Tin tức - Sự kiện</h2>{abstracts(pairs[5:])}{pager(2)}</section>'))
P.notice('/web/guest/gioi-thieu', shell('Giới thiệu chung', '<section class="portlet"><h2 class="portlet-title">Giới thiệu chung</h2>'
         '<p>Huyện Sa Thầy nằm ở phía Tây tỉnh Kon Tum, có đường biên giới giáp Vương quốc Campuchia.</p></section>'))
P.page('/web/guest/thong-bao', shell('Thông báo', ''.join(f'<p><a href="{esc(u)}">{esc(t)}</a></p>' for u, t, _ in notices)))
for u, t, f in notices:
    P.notice(u, shell(t, f'<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(t)}</h3>'
                         f'<div class="asset-content"><a href="/documents/10181/0/{f}">{f}</a></div></div>'))

for k, (u, (a, hm)) in enumerate(pairs):
    newer = pairs[max(0, k - 2):k]
    older = pairs[k + 1:k + 3]
    li = lambda lst: ''.join(f'<li><a href="{esc(x)}">{esc(b["title"])}</a> ({datetime.date.fromisoformat(b["date"]).strftime("%d/%m")})</li>' for x, (b, _) in lst)
    main = f'''<section class="portlet"><h2 class="portlet-title">Tin tức - Sự kiện</h2>
<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a["title"])}</h3>
<div class="social-panel"><span class="date">{fmtdate(a["date"], hm)}</span><span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="#">A-</a> <a href="#">A+</a> <a href="#">Đọc bài viết</a></span></div>
<div class="asset-abstract"><b>{esc(a["paras"][0])}</b></div>
<div class="asset-content">{body_html(a, start=1)}</div>
<div class="related_asset"><h4>Tin mới hơn</h4><ul>{li(newer)}</ul><h4>Tin cũ hơn</h4><ul>{li(older)}</ul></div></div></section>'''
    P.article(u, a, shell(a['title'], main, canon=u))
    if k == 1:  # same article reached under a second URL
        u2 = u + '?redirect=%2Fweb%2Fguest%2Ftin-tuc-su-kien'
        P.page(u2, shell(a['title'], main, canon=u))
        P.pages['/web/guest']  # home variant links it
        P.data[P.pages['/web/guest']['file']] = shell('Trang chủ', f'<section class="portlet">{abstracts(pairs[:4])}<a href="{esc(u2)}">Đọc tiếp</a></section>').encode()
P.write()

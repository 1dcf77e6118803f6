"""Portal 2: huyện Ngọc Hồi (Kon Tum) on the Liferay 6.1 Bkav portal_egov suite.
Asset-publisher URLs with urlTitle (Liferay drops đ/Đ), namespaced _cur= pager.
Hard cases: summary (lead) outside the content div; weekday date 'Thứ Bẩy, ngày … HH:ss' in a
social panel with Email/A-/A+; 'Tin mới hơn'/'Tin cũ hơn' lists with (dd/MM); a side counter with
invented labels in the column before the content; a listing whose teasers are long."""
from common import Portal, Article, esc, body_html

P = Portal('ngochoi_bkav', 'Cổng thông tin điện tử huyện Ngọc Hồi', 'Ngọc Hồi', 'Kon Tum',
           'Liferay 6.1 Bkav portal_egov')
P.furniture = ['Khách ghé hôm nay', 'Đang xem cùng bạn', 'Cộng dồn từ 2016', 'Tin mới hơn', 'Tin cũ hơn',
               'Cơ quan chủ quản: UBND huyện Ngọc Hồi', 'Ghi rõ nguồn khi phát hành lại']
AP = '/web/guest/tin-tuc/-/asset_publisher/Xk7qVb2LpR9a/content/'
NS = '_101_INSTANCE_Xk7qVb2LpR9a_'
LIST = '/web/guest/tin-tuc'
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bẩy', 'Chủ Nhật']


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} - Ngọc Hồi</title>{canon}</head>
<body class="portal-ngoc-hoi-theme"><div id="wrapper"><header id="banner"><h2 class="site-name">ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI</h2>
<nav><a href="/">Trang chủ</a> | <a href="/web/guest/gioi-thieu">Giới thiệu</a> | <a href="{LIST}">Tin tức</a> | <a href="/web/guest/lien-he">Liên hệ</a></nav></header>
<div id="content"><div class="columns-1-3">
<div class="column-1"><section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><h2 class="portlet-title">Số liệu truy cập</h2>
<div class="visit-counter-data-container-style-2"><div class="visit-counter-content">
<div class="row"><span>Khách ghé hôm nay</span><span class="counter-value">1342</span></div>
<div class="row"><span>Đang xem cùng bạn</span><span class="counter-value">58</span></div>
<div class="row"><span>Cộng dồn từ 2016</span><span class="counter-value">2790514</span></div></div></div></section></div>
<div class="column-2">{main}</div></div></div>
<footer><p>Cơ quan chủ quản: UBND huyện Ngọc Hồi, tỉnh Kon Tum</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></body></html>'''


def when(a, hh):
    import datetime
    y, m, d = map(int, a.published.split('-'))
    wd = WD[datetime.date(y, m, d).weekday()]
    return f'{wd}, ngày {d:02d}/{m:02d}/{y} {hh}'


def detail(a, hh, newer, older):
    rel = '<div class="related_asset">'
    if newer:
        rel += '<div class="title">Tin mới hơn</div><ul>' + ''.join(
            f'<li><a href="{AP}{x.slug}">{esc(x.title)}</a> <span>({x.published[8:10]}/{x.published[5:7]})</span></li>' for x in newer) + '</ul>'
    if older:
        rel += '<div class="title">Tin cũ hơn</div><ul>' + ''.join(
            f'<li><a href="{AP}{x.slug}">{esc(x.title)}</a> <span>({x.published[8:10]}/{x.published[5:7]})</span></li>' for x in older) + '</ul>'
    rel += '</div>'
    main = f'''<section class="portlet"><div class="portlet-content"><div class="asset_publisher_view_full_content">
<div class="asset_title">{esc(a.title)}</div>
<div class="social-panel"><span class="date">{when(a, hh)}</span><span class="tools"><a href="mailto:?subject=tin">Email</a> <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a></span></div>
<div class="asset-abstract"><strong>{esc(a.lead)}</strong></div>
<div class="asset-content">{body_html(a.body)}</div>
{rel}</div></div></section>'''
    return frame(a.title, main, canonical=a.path)


def art(slug, title, pub, lead, body, must):
    a = Article(AP + slug, title, pub, body, must, lead=lead)
    a.slug = slug
    return a


A = [
 art('ngoc-hoi-tra-ket-qua-ung-han-tren-99-ho-so-6-thang-au-nam',
     'Ngọc Hồi: trả kết quả đúng hạn trên 99% hồ sơ 6 tháng đầu năm', '2025-07-05',
     'Sáu tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn trên địa bàn huyện đạt 99,5%.',
     ['Tổng số hồ sơ tiếp nhận trong kỳ là 5.390, trong đó tiếp nhận mới 5.211 hồ sơ và 179 hồ sơ tồn kỳ trước.',
      'Đã giải quyết 5.102 hồ sơ: trước hạn 2.004 hồ sơ, đúng hạn 3.071 hồ sơ, trễ hẹn 27 hồ sơ. Số hồ sơ đang giải quyết là 288.',
      'Hồ sơ nộp trực tuyến đạt 3.455, tương đương 64,1% tổng số hồ sơ. Huyện tiếp tục bố trí công chức hướng dẫn người dân tại sảnh Bộ phận Một cửa.'],
     ['179 hồ sơ tồn kỳ trước', 'trễ hẹn 27 hồ sơ', 'Hồ sơ nộp trực tuyến đạt 3.455', 'tương đương 64,1%']),
 art('ket-qua-giai-quyet-thu-tuc-hanh-chinh-nam-2024-theo-cap',
     'Kết quả giải quyết thủ tục hành chính năm 2024 theo từng cấp', '2025-01-14',
     'Văn phòng HĐND và UBND huyện tổng hợp kết quả giải quyết thủ tục hành chính năm 2024 ở cấp huyện và cấp xã.',
     [('table', [['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
                 ['Cấp huyện', '3.812', '3.760', '3.741', '19'],
                 ['Cấp xã', '6.935', '6.901', '6.884', '17']]),
      'So với năm 2023, số hồ sơ quá hạn ở cấp huyện giảm 41 hồ sơ. Lĩnh vực còn chậm chủ yếu là đăng ký biến động đất đai.'],
     ['Cấp huyện', '3.760', 'số hồ sơ quá hạn ở cấp huyện giảm 41 hồ sơ']),
 art('chi-so-ddci-nam-2024-huyen-ngoc-hoi-xep-thu-2',
     'Chỉ số DDCI năm 2024: huyện Ngọc Hồi xếp thứ 2', '2025-04-19',
     'Kết quả đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Kon Tum năm 2024 vừa được công bố.',
     ['Huyện Ngọc Hồi đạt 71,36 điểm, xếp thứ 2/10 huyện, thành phố, chỉ sau thành phố Kon Tum.',
      'Các chỉ số thành phần được doanh nghiệp đánh giá cao là tính minh bạch và thời gian giải quyết thủ tục đất đai, trong khi chi phí không chính thức vẫn còn bị phản ánh.',
      'UBND huyện giao Phòng Tài chính - Kế hoạch xây dựng kế hoạch cải thiện DDCI năm 2025, định kỳ đối thoại với doanh nghiệp mỗi quý.'],
     ['đạt 71,36 điểm, xếp thứ 2/10', 'chi phí không chính thức', 'đối thoại với doanh nghiệp mỗi quý']),
 art('kim-ngach-qua-cua-khau-bo-y-tang-manh',
     'Kim ngạch qua Cửa khẩu quốc tế Bờ Y tăng mạnh', '2025-03-22',
     'Quý I/2025, kim ngạch xuất nhập khẩu qua Cửa khẩu quốc tế Bờ Y ước đạt 38 triệu USD.',
     ['Mặt hàng xuất khẩu chính là vật liệu xây dựng, hàng tiêu dùng và trái cây; hàng nhập khẩu chủ yếu là gỗ, sắn lát và nông sản từ Lào.',
      'Ban Quản lý Khu kinh tế tỉnh cho biết lượng phương tiện qua cửa khẩu trung bình 140 lượt mỗi ngày.'],
     ['ước đạt 38 triệu USD', 'sắn lát và nông sản từ Lào', '140 lượt mỗi ngày']),
 art('xa-ak-xu-ra-quan-diet-loang-quang-phong-sot-xuat-huyet',
     'Xã Đăk Xú ra quân diệt loăng quăng phòng sốt xuất huyết', '2025-06-14',
     'Sáng 14/6, Trạm Y tế xã Đăk Xú phối hợp Đoàn Thanh niên ra quân chiến dịch diệt loăng quăng tại 5 thôn.',
     ['Các tổ xung kích đã kiểm tra hơn 700 hộ gia đình, xử lý dụng cụ chứa nước và phát tờ rơi hướng dẫn.',
      'Từ đầu năm, xã ghi nhận 6 ca sốt xuất huyết, không có ca nặng.'],
     ['kiểm tra hơn 700 hộ gia đình', 'ghi nhận 6 ca sốt xuất huyết', 'không có ca nặng']),
 art('ang-bo-xa-sa-loong-to-chuc-ai-hoi-nhiem-ky-2025-2030',
     'Đảng bộ xã Sa Loong tổ chức Đại hội nhiệm kỳ 2025 - 2030', '2025-05-10',
     'Ngày 10/5, Đảng bộ xã Sa Loong tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025 - 2030, với 92 đại biểu tham dự.',
     ['Đại hội bầu Ban Chấp hành gồm 15 đồng chí; đồng chí A Thuận được bầu giữ chức Bí thư Đảng ủy xã.'],
     ['92 đại biểu tham dự', 'Ban Chấp hành gồm 15 đồng chí', 'A Thuận']),
]
order = sorted(A, key=lambda x: x.published, reverse=True)
for i, a in enumerate(order):
    P.article(a, detail(a, ['08:00', '14:30', '09:45', '16:20', '07:15', '10:05'][i], order[max(0, i - 2):i], order[i + 1:i + 3]))

NOTICE = AP + 'thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025'
P.notice(NOTICE, frame('Thông báo tuyển dụng viên chức giáo dục năm 2025', f'''<div class="asset_publisher_view_full_content">
<div class="asset_title">Thông báo tuyển dụng viên chức giáo dục năm 2025</div>
<div class="asset-content"><p><a href="/documents/10181/0/TB-tuyen-dung-2025.pdf">TB-tuyen-dung-2025.pdf</a></p></div></div>'''))


def teaser(a):
    long = a.lead + ' ' + ' '.join(b for b in a.body if isinstance(b, str))
    d = a.published
    return f'''<div class="asset-abstract"><img src="/image/journal/article?img_id={4100 + len(a.slug)}" width="180" height="100" alt="">
<span class="asset-category-name">Tin tức</span> <span class="asset-publish-date">{d[8:10]}-{d[5:7]}-{d[:4]}</span>
<h3 class="asset-title"><a href="{a.path}">{esc(a.title)}</a></h3><div class="asset-sumary">{esc(long)}</div></div>'''


pag = f'<div class="taglib-search-iterator-page-iterator"><a href="{LIST}?p_p_id=101_INSTANCE_Xk7qVb2LpR9a&amp;{NS}cur=2&amp;{NS}delta=4">Trang sau</a></div>'
P.add_page(LIST, frame('Tin tức', ''.join(teaser(a) for a in order[:4]) + pag))
P.add_page(f'{LIST}?p_p_id=101_INSTANCE_Xk7qVb2LpR9a&{NS}cur=2&{NS}delta=4', frame('Tin tức', ''.join(teaser(a) for a in order[4:]) +
           f'<div class="asset-abstract"><h3 class="asset-title"><a href="{NOTICE}">Thông báo tuyển dụng viên chức giáo dục năm 2025</a></h3></div>' +
           f'<a href="{LIST}">Trang trước</a>'))
P.add_page('/web/guest/gioi-thieu', frame('Giới thiệu', '<h3>Giới thiệu chung</h3><p>Huyện Ngọc Hồi nằm ở phía Tây Bắc tỉnh Kon Tum, có ngã ba biên giới Việt Nam - Lào - Campuchia, gồm thị trấn Plei Kần và 7 xã.</p>'))
P.add_page('/', frame('Trang chủ', '<h2>Tin nổi bật</h2>' + ''.join(f'<p><a href="{a.path}">{esc(a.title)}</a></p>' for a in order[:3]) + f'<p><a href="{LIST}">Tất cả tin</a></p>'))
P.finish()

"""Portal 9: huyện Tư Nghĩa (Quảng Ngãi) on WordPress with a home-made theme.
Date-in-URL permalinks /YYYY/MM/DD/<slug>/, listing /category/cai-cach-hanh-chinh/page/2/.
Hard cases: the visible date in WordPress's Vietnamese month words ('17 Tháng Sáu, 2025');
one article also reachable through its shortlink /?p=N (canonical names the permalink);
a sidebar counter widget of invented labels AFTER the content; share buttons, 'Có thể bạn quan
tâm' list with dates and a comment form after the body; a caption paragraph after an image."""
from common import Portal, Article, esc, body_html

P = Portal('tunghia_wp', 'Trang thông tin điện tử huyện Tư Nghĩa', 'Tư Nghĩa', 'Quảng Ngãi', 'WordPress')
P.furniture = ['Lượt ghé thăm hôm qua', 'Đang trên trang', 'Tổng lượt ghé thăm từ 2019', 'Chia sẻ bài này:',
               'Có thể bạn quan tâm', 'Để lại một bình luận', 'Trang thông tin điện tử huyện Tư Nghĩa, tỉnh Quảng Ngãi']
MONTHS = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai']
CAT = '/category/cai-cach-hanh-chinh/'


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; Huyện Tư Nghĩa</title>{canon}
<link rel="stylesheet" href="/wp-content/themes/tunghia/style.css"></head>
<body class="wp-singular"><div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Huyện Tư Nghĩa</a></p>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="{CAT}">Cải cách hành chính</a></li><li><a href="/category/tin-dia-phuong/">Tin địa phương</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_thongke"><h2 class="widget-title">Truy cập</h2>
<ul><li>Lượt ghé thăm hôm qua <b>2,318</b></li><li>Đang trên trang <b>16</b></li><li>Tổng lượt ghé thăm từ 2019 <b>1,096,450</b></li></ul></section></aside></div>
<footer class="site-footer"><div class="site-info">Trang thông tin điện tử huyện Tư Nghĩa, tỉnh Quảng Ngãi<br>Địa chỉ: 246 Hùng Vương, thị trấn La Hà</div></footer></div></body></html>'''


def vdate(iso):
    y, m, d = iso.split('-')
    return f'{int(d)} Tháng {MONTHS[int(m) - 1]}, {y}'


def single(a, related):
    rel = ''.join(f'<li><a href="{x.path}">{esc(x.title)}</a> <time>{vdate(x.published)}</time></li>' for x in related)
    main = f'''<article id="post-{a.pid}" class="post-{a.pid} post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.published}T08:00:00+07:00">{vdate(a.published)}</time></span></div></header>
<div class="entry-content">{body_html(a.body)}</div>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ bài này:</h3><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div>
</article><div class="related-posts"><h3>Có thể bạn quan tâm</h3><ul>{rel}</ul></div>
<div id="comments"><h3 id="reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea></form></div>'''
    return frame(a.title, main, canonical=a.path)


def art(pid, slug, title, pub, body, must):
    y, m, d = pub.split('-')
    a = Article(f'/{y}/{m}/{d}/{slug}/', title, pub, body, must)
    a.pid = pid
    return a


A = [
 art(3120, 'tu-nghia-giai-quyet-dung-han-98-7-ho-so-nam-2024', 'Tư Nghĩa giải quyết đúng hạn 98,7% hồ sơ năm 2024', '2025-01-16', [
     'Năm 2024, huyện Tư Nghĩa tiếp nhận 21.406 hồ sơ thủ tục hành chính ở cả cấp huyện và cấp xã, trong đó có 611 hồ sơ tồn từ năm 2023.',
     'Số hồ sơ đã có kết quả là 20.877; trong đó trước hạn 8.392 hồ sơ, đúng hạn 12.213 hồ sơ, trễ hạn 272 hồ sơ, tỷ lệ đúng hạn đạt 98,7%.',
     'Cấp huyện tiếp nhận 6.944 hồ sơ; cấp xã tiếp nhận 14.462 hồ sơ. Hồ sơ nộp trực tuyến chiếm 52,8%, qua bưu chính công ích 905 hồ sơ.',
     'Còn 529 hồ sơ đang giải quyết chuyển sang năm 2025.'],
     ['611 hồ sơ tồn từ năm 2023', 'trễ hạn 272 hồ sơ', 'Cấp huyện tiếp nhận 6.944 hồ sơ', 'qua bưu chính công ích 905 hồ sơ']),
 art(3188, 'diem-chi-so-hai-long-cua-cac-xa-nam-2024', 'Điểm chỉ số hài lòng của các xã năm 2024', '2025-03-05', [
     'Kết quả đo lường sự hài lòng đối với Bộ phận Một cửa một số xã năm 2024:',
     ('table', [['Đơn vị', 'Chỉ số hài lòng', 'Xếp hạng'],
                ['Thị trấn La Hà', '92,8%', '1'], ['Nghĩa Kỳ', '90,4%', '2'], ['Nghĩa Thuận', '88,1%', '3'], ['Nghĩa Sơn', '79,6%', '12']]),
     'Các xã xếp cuối sẽ được Phòng Nội vụ hướng dẫn cải thiện thái độ phục vụ và cơ sở vật chất.'],
     ['Nghĩa Thuận', '90,4%', 'cải thiện thái độ phục vụ']),
 art(3240, 'par-index-2024-tu-nghia-xep-thu-7-13', 'PAR INDEX 2024: Tư Nghĩa xếp thứ 7/13', '2025-05-09', [
     'Tỉnh Quảng Ngãi công bố Chỉ số cải cách hành chính năm 2024, huyện Tư Nghĩa đạt 82,44 điểm, xếp thứ 7/13 huyện, thị xã, thành phố.',
     'Chỉ số DDCI năm 2024 của huyện đạt 69,8 điểm, xếp thứ 6/13.',
     'Lãnh đạo huyện yêu cầu đẩy nhanh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.'],
     ['đạt 82,44 điểm, xếp thứ 7/13', 'đạt 69,8 điểm, xếp thứ 6/13', 'số hóa hồ sơ']),
 art(3265, 'lang-nghe-ruou-thanh-do-xa-nghia-thuan', 'Làng nghề rượu Thanh Đo, xã Nghĩa Thuận', '2025-06-17', [
     'Làng nghề nấu rượu Thanh Đo có khoảng 70 hộ giữ nghề, sản phẩm rượu gạo đã đạt chứng nhận OCOP 3 sao.',
     ('img', '/wp-content/uploads/2025/06/ruou-thanh-do.jpg', 'Nấu rượu theo cách truyền thống ở Thanh Đo'),
     'Hợp tác xã đang xây dựng nhà trưng bày để đón khách tham quan.'],
     ['khoảng 70 hộ giữ nghề', 'OCOP 3 sao', 'nhà trưng bày']),
 art(3281, 'nao-vet-kenh-thach-nham-truoc-mua-mua', 'Nạo vét kênh Thạch Nham trước mùa mưa', '2025-08-26', [
     'Các xã Nghĩa Hiệp, Nghĩa Phương ra quân nạo vét 14 km kênh nhánh thuộc hệ thống thủy lợi Thạch Nham.',
     'Hơn 500 người dân tham gia, khối lượng bùn đất khoảng 3.800 m3.'],
     ['14 km kênh nhánh', 'Hơn 500 người dân tham gia', 'khoảng 3.800 m3']),
 art(3297, 'hop-mat-ky-niem-ngay-truyen-thong-van-phong', 'Họp mặt kỷ niệm ngày truyền thống Văn phòng', '2025-09-29', [
     'Văn phòng HĐND và UBND huyện họp mặt kỷ niệm 80 năm Ngày truyền thống ngành Văn phòng cấp ủy và chính quyền.'],
     ['họp mặt kỷ niệm 80 năm', 'ngành Văn phòng', 'cấp ủy và chính quyền']),
]
order = sorted(A, key=lambda x: x.published, reverse=True)
for a in A:
    P.article(a, single(a, [x for x in order if x is not a][:3]))
short = f'/?p={A[0].pid}'
P.alias(short, single(A[0], order[1:4]))

NOTICE = '/2025/07/02/thong-bao-niem-yet-cong-khai-thu-tuc-hanh-chinh/'
P.notice(NOTICE, frame('Thông báo niêm yết công khai thủ tục hành chính', f'''<article class="post"><header class="entry-header"><h1 class="entry-title">Thông báo niêm yết công khai thủ tục hành chính</h1></header>
<div class="entry-content"><p><a href="/wp-content/uploads/2025/07/TB-niem-yet-TTHC.pdf">TB-niem-yet-TTHC</a></p></div></article>'''))


def loop(xs, extra=''):
    return ''.join(f'<article class="post"><h2 class="entry-title"><a href="{x.path}">{esc(x.title)}</a></h2><time>{vdate(x.published)}</time></article>' for x in xs) + extra


P.add_page(CAT, frame('Cải cách hành chính', '<h1 class="page-title">Chuyên mục: Cải cách hành chính</h1>' +
           loop(order[:4]) + f'<nav class="pagination"><a class="next page-numbers" href="{CAT}page/2/">Trang sau</a></nav>'))
P.add_page(CAT + 'page/2/', frame('Cải cách hành chính', '<h1 class="page-title">Chuyên mục: Cải cách hành chính</h1>' +
           loop(order[4:], f'<article class="post"><h2 class="entry-title"><a href="{NOTICE}">Thông báo niêm yết công khai thủ tục hành chính</a></h2></article>') +
           f'<nav class="pagination"><a class="prev page-numbers" href="{CAT}">Trang trước</a></nav>'))
P.add_page('/gioi-thieu/', frame('Giới thiệu', '<h1 class="entry-title">Giới thiệu</h1><p>Huyện Tư Nghĩa nằm ở phía Nam thành phố Quảng Ngãi, trung tâm huyện là thị trấn La Hà.</p>'))
P.add_page('/', frame('Trang chủ', loop(order[:5], f'<p><a href="{short}">Bài nổi bật</a></p><p><a href="{CAT}">Xem thêm</a></p>')))
P.finish()

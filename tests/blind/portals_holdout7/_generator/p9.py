"""Portal 9: WordPress commune site, xã Hòa Ninh, huyện Hòa Vang, Đà Nẵng.
Hard cases: date in the URL (/YYYY/MM/DD/slug/) and a Vietnamese month-name date; an article also
served under the ?p= shortlink (canonical names the pretty URL); related posts with dates; share
buttons and comment form; WP Statistics widget in the footer; excerpt (lead) in a separate
div.entry-summary above .entry-content; very short article."""
from common import *
import datetime, unicodedata

P = Portal('hoaninh_wp', 'Trang thông tin điện tử xã Hòa Ninh', 'Hòa Vang', 'Đà Nẵng', 'wordpress')
P.furniture = ['Người dùng trực tuyến:', 'Lượt truy cập hôm nay:', 'Tổng lượt truy cập:', '486.120', 'Chia sẻ:',
               'Bài viết liên quan', 'Để lại một bình luận', 'Gửi bình luận', 'Chuyên mục:', 'Bài viết mới']
MONTH = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai']


def slug(t):
    t = unicodedata.normalize('NFD', t.lower().replace('đ', 'd'))
    return re.sub(r'[^a-z0-9]+', '-', ''.join(c for c in t if not unicodedata.combining(c))).strip('-')[:60].strip('-')


arts = [
    (2214, cchc_report('UBND xã Hòa Ninh', 'xã Hòa Ninh', 'quý I năm 2024', '2024-04-05',
                       (6, 642, 430, 205, 3, 571, 41, 88.9), 'bà Lê Thị Kim Oanh', 'công chức Tư pháp - Hộ tịch xã', 'đất đai',
                       byline='UBND xã Hòa Ninh')),
    (2198, cchc_table('xã Hòa Ninh', 'năm 2023', '2024-01-15',
                      [('Thôn An Sơn', 211, 211, 180), ('Thôn Trung Nghĩa', 174, 172, 139), ('Thôn Đông Sơn', 256, 254, 233)],
                      'Chủ tịch UBND xã Phạm Văn Tư')),
    (2183, farming('xã Hòa Ninh', 'rau hữu cơ nhà lưới', 3.6, 24, 'chị Nguyễn Thị Hạnh, Tổ trưởng tổ hợp tác rau An Sơn', '2023-12-12')),
    (2170, digital('Xã Hòa Ninh', 5, 35, 2140, 'Bí thư Đoàn xã Trần Minh Quân', '2023-11-23')),
    (2161, short('Hòa Ninh diễn tập phòng chống cháy rừng', '2023-11-02',
                 'Sáng 2/11, xã Hòa Ninh tổ chức diễn tập phương án chữa cháy rừng tại khu vực đồi keo thôn Trung Nghĩa với hơn 80 người tham gia.',
                 'Qua diễn tập, lực lượng xung kích đã thành thạo việc làm đường băng cản lửa và sử dụng bình chữa cháy đeo vai.',
                 ['hơn 80 người tham gia', 'đường băng cản lửa', 'bình chữa cháy đeo vai'])),
]
U = {i: f"/{a['date'][:4]}/{a['date'][5:7]}/{a['date'][8:]}/{slug(a['title'])}/" for i, a in arts}
notices = [('/thong-bao-lich-tiep-cong-dan-nam-2024/', 'Thông báo lịch tiếp công dân năm 2024', 'lich-tiep-cong-dan-2024.pdf')]


def vdate(d):
    dt = datetime.date.fromisoformat(d)
    return f'{dt.day} Tháng {MONTH[dt.month - 1]}, {dt.year}'


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}" />' if canon else ''
    recent = ''.join(f'<li><a href="{U[i]}">{esc(a["title"])}</a></li>' for i, a in arts[:3])
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><meta name="generator" content="WordPress 6.4.3" />{c}
<title>{esc(title)} – Xã Hòa Ninh</title><link rel="stylesheet" href="/wp-content/themes/xaphuong/style.css" /></head>
<body class="wp-singular"><header class="site-header"><p class="site-title"><a href="/">Xã Hòa Ninh</a></p>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/category/thong-bao/">Thông báo</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section></aside></div>
<footer class="site-footer"><section class="widget widget_wp_statistics_widget"><ul><li>Người dùng trực tuyến: 9</li><li>Lượt truy cập hôm nay: 311</li><li>Tổng lượt truy cập: 486.120</li></ul></section>
<div class="site-info">UBND xã Hòa Ninh, huyện Hòa Vang, thành phố Đà Nẵng</div></footer></body></html>'''


def lst(sub):
    return ''.join(f'<article class="post"><h2 class="entry-title"><a href="{U[i]}" rel="bookmark">{esc(a["title"])}</a></h2>'
                   f'<time class="entry-date">{vdate(a["date"])}</time><div class="entry-summary"><p>{esc(a["paras"][0][:140])} […]</p></div></article>\n' for i, a in sub)


P.page('/', shell('Trang chủ', lst(arts[:3]) + '<a href="/category/tin-tuc/">Xem tất cả</a>' + f'<p><a href="{notices[0][0]}">{esc(notices[0][1])}</a></p>'))
P.page('/category/tin-tuc/', shell('Tin tức', lst(arts[:3]) + '<nav class="pagination"><span class="page-numbers current">1</span><a class="page-numbers" href="/category/tin-tuc/page/2/">2</a><a class="next page-numbers" href="/category/tin-tuc/page/2/">Sau »</a></nav>'))
P.page('/category/tin-tuc/page/2/', shell('Tin tức', lst(arts[3:]) + '<nav class="pagination"><a class="page-numbers" href="/category/tin-tuc/">1</a><span class="page-numbers current">2</span></nav>'))
P.page('/category/thong-bao/', shell('Thông báo', ''.join(f'<h2><a href="{u}">{esc(t)}</a></h2>' for u, t, _ in notices)))
P.notice('/gioi-thieu/', shell('Giới thiệu', '<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Xã Hòa Ninh nằm ở phía Tây huyện Hòa Vang, gồm 6 thôn.</p><p>Điện thoại: 0236.3797.xxx</p></div></article>'))
for u, t, f in notices:
    P.notice(u, shell(t, f'<article class="post"><h1 class="entry-title">{esc(t)}</h1><div class="entry-content"><p><a href="/wp-content/uploads/2024/01/{f}">{f}</a></p></div></article>', canon=u))
for k, (i, a) in enumerate(arts):
    rel = ''.join(f'<li><a href="{U[j]}">{esc(b["title"])}</a> <span>{vdate(b["date"])}</span></li>' for j, b in arts if j != i)
    main = f'''<article id="post-{i}" class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{a["date"]}T08:00:00+07:00">{vdate(a["date"])}</time></div></header>
<div class="entry-summary"><p><strong>{esc(a["paras"][0])}</strong></p></div>
<div class="entry-content">{body_html(a, start=1)}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/">Tin tức</a></span>
<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Zalo</a></div></footer></article>
<div class="jp-relatedposts"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div>
<div id="comments"><h3 id="reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Gửi bình luận" /></form></div>'''
    P.article(U[i], a, shell(a['title'], main, canon=U[i]))
    if k == 0:  # shortlink serves the same post; canonical names the pretty URL
        P.page(f'/?p={i}', shell(a['title'], main, canon=U[i]))
        P.data[P.pages['/gioi-thieu/']['file']] = shell('Giới thiệu', f'<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Xã Hòa Ninh nằm ở phía Tây huyện Hòa Vang, gồm 6 thôn.</p><p>Điện thoại: 0236.3797.xxx</p><p>Xem thêm: <a href="/?p={i}">kết quả cải cách hành chính</a></p></div></article>').encode()
P.write()

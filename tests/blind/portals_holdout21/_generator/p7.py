"""hoaphong_wp: WordPress commune site (xã Hòa Phong, huyện Hòa Vang), text served in NFD.
URLs carry the date (/YYYY/MM/DD/slug/); listing /chuyen-muc/cai-cach-hanh-chinh/page/2/.
Hard cases: whole page decomposed (NFD); Jetpack-style "Chia sẻ:" share block and "Liên quan"
related posts with dates INSIDE .entry-content after the text; "Đăng bởi" author field outside the
body; sidebar "Bài viết mới" with dates; monthly series with the same table of commune offices."""
from common import Portal, e, table, cut

P = Portal('hoaphong_wp', 'Trang thông tin điện tử xã Hòa Phong', 'Hòa Vang', 'Đà Nẵng', 'WordPress', nfd=True)
P.furniture('Chia sẻ:', 'Nhấn vào để chia sẻ trên Facebook', 'Liên quan', 'Bài viết mới', 'Đăng bởi', 'Chuyên mục:',
            'Tìm kiếm cho:', 'Vận hành bởi WordPress', 'Lượt xem bài')
CAT = '/chuyen-muc/cai-cach-hanh-chinh/'


def shell(title, inner, recent, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}" />' if canon else ''
    rc = ''.join(f'<li><a href="{e(h)}">{e(t)}</a> <span class="post-date">{d}</span></li>' for h, t, d in recent)
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>{e(title)} &#8211; Xã Hòa Phong</title>{can}
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css" /></head><body class="post-template-default single">
<div id="page" class="site"><header id="masthead"><p class="site-title"><a href="/">Xã Hòa Phong</a></p>
<nav><ul id="top-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="{CAT}">Cải cách hành chính</a></li><li><a href="/chuyen-muc/thong-bao/">Thông báo</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">{inner}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><label>Tìm kiếm cho:</label><input type="search" /></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{rc}</ul></section></aside></div>
<footer class="site-footer"><p>UBND xã Hòa Phong, thôn Túy Loan Đông 1, huyện Hòa Vang, TP Đà Nẵng</p><p><a href="/">Vận hành bởi WordPress</a></p></footer></div></body></html>'''


UNITS = ['Tư pháp - Hộ tịch', 'Địa chính - Xây dựng', 'Văn hóa - Xã hội', 'Văn phòng - Thống kê']
HEAD = ['Lĩnh vực', 'Số hồ sơ', 'Giải quyết sớm hạn', 'Đang giải quyết']
ARTS = []
S = [('2024/08/03', 'ket-qua-mot-cua-thang-7-2024', 'tháng 7/2024', [('164', '131', '2'), ('47', '12', '9'), ('38', '30', '1'), ('21', '19', '0')],
      'Tháng 7/2024, Bộ phận tiếp nhận và trả kết quả xã nhận 270 hồ sơ, trong đó 251 hồ sơ nộp trực tuyến; có 12 hồ sơ của tháng 6 chuyển sang.',
      'Xã đã giải quyết 258 hồ sơ, 192 hồ sơ giải quyết sớm hạn, không có hồ sơ trễ hạn.'),
     ('2024/09/04', 'ket-qua-mot-cua-thang-8-2024', 'tháng 8/2024', [('171', '140', '3'), ('52', '15', '11'), ('35', '29', '0'), ('19', '18', '1')],
      'Trong tháng 8/2024, xã tiếp nhận 277 hồ sơ, hồ sơ trực tuyến chiếm 93,5%; hồ sơ chuyển từ tháng trước là 12.',
      'Đã trả kết quả 274 hồ sơ, trong đó 202 hồ sơ sớm hạn; hồ sơ đất đai vẫn chiếm phần lớn số hồ sơ đang giải quyết.'),
     ('2024/10/02', 'ket-qua-mot-cua-thang-9-2024', 'tháng 9/2024', [('158', '129', '1'), ('44', '14', '7'), ('41', '33', '2'), ('23', '22', '0')],
      'Bộ phận một cửa xã nhận 266 hồ sơ trong tháng 9/2024, gồm 248 hồ sơ trực tuyến và 4 hồ sơ gửi qua bưu điện.',
      'Kết quả giải quyết 261 hồ sơ, trong đó 198 hồ sơ sớm hạn; 1 hồ sơ hộ tịch trễ hạn do phải xác minh.')]
for d, sl, period, rows, p1, p2 in S:
    trows = [[n] + list(r) for n, r in zip(UNITS, rows)]
    ARTS.append(dict(d=d, slug=sl, title=f'Kết quả giải quyết hồ sơ một cửa {period}', paras=[p1, p2], table=(HEAD, trows),
                     cells=[x for r in trows for x in r] + HEAD, must=[cut(p1, 45), HEAD[2], trows[0][0], trows[1][3]]))
ARTS.append(dict(d='2024/06/14', slug='hoa-phong-dat-diem-cao-cai-cach-hanh-chinh-cap-xa', title='Hòa Phong đạt điểm cao cải cách hành chính cấp xã',
                 paras=['UBND huyện Hòa Vang công bố kết quả chấm điểm cải cách hành chính năm 2023 đối với 11 xã; Hòa Phong đạt 91,5 điểm, xếp thứ 2/11.',
                        'Chỉ số hài lòng của người dân đối với Bộ phận một cửa xã đạt 95,2%.',
                        'Xã chỉ bị trừ điểm ở tiêu chí tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh.'],
                 table=None, cells=[], must=['đạt 91,5 điểm, xếp thứ 2/11', 'đạt 95,2%', 'loa truyền thanh']))
ARTS.append(dict(d='2024/07/20', slug='ra-quan-don-ve-sinh-song-tuy-loan', title='Ra quân dọn vệ sinh sông Túy Loan',
                 paras=['Sáng Chủ nhật, hơn 200 đoàn viên, hội viên các thôn ra quân vớt rác, phát quang bờ sông Túy Loan đoạn qua thôn Dương Lâm.',
                        'Thanh Tâm'], table=None, cells=[], must=['sông Túy Loan', 'thôn Dương Lâm', 'Thanh Tâm']))
ARTS.append(dict(d='2024/09/18', slug='doi-gio-tiep-cong-dan', title='Đổi giờ tiếp công dân',
                 paras=['Từ tuần sau, lịch tiếp công dân định kỳ của Chủ tịch UBND xã chuyển sang chiều thứ Năm.'], table=None, cells=[],
                 must=['chiều thứ Năm', 'lịch tiếp công dân định kỳ', 'Chủ tịch UBND xã']))
ARTS.sort(key=lambda a: a['d'])


def url(a):
    return f'/{a["d"]}/{a["slug"]}/'


def vd(a):
    return f'{a["d"][8:]}/{a["d"][5:7]}/{a["d"][:4]}'


recent = [(url(a), a['title'], vd(a)) for a in ARTS[::-1][:4]]
for k, a in enumerate(ARTS):
    body = f'<p>{e(a["paras"][0])}</p>'
    if a['table']:
        body += table(*a['table'], attrs=' class="wp-block-table"').join(['<figure class="wp-block-table">', '</figure>'])
    body += ''.join(f'<p>{e(p)}</p>' for p in a['paras'][1:])
    rel = [b for b in ARTS if b is not a][:3]
    body += ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a class="share-facebook" href="#" title="Nhấn vào để chia sẻ trên Facebook">Facebook</a></li></ul></div>'
             '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Liên quan</em></h3>'
             + ''.join(f'<p><a href="{e(url(b))}">{e(b["title"])}</a> <span>{vd(b)}</span></p>' for b in rel) + '</div>')
    inner = f'''<article class="post type-post status-publish"><header class="entry-header"><div class="entry-meta"><span class="posted-on"><a href="{url(a)}" rel="bookmark"></a></span> <span class="byline">Đăng bởi <a href="/author/admin/">Quản trị viên</a></span></div>
<h1 class="entry-title">{e(a['title'])}</h1></header><div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="{CAT}">Cải cách hành chính</a></span> <span>Lượt xem bài: 1{k}4</span></footer></article>'''
    P.article(url(a), shell(a['title'], inner, recent, canon=url(a)), a['title'], a['d'].replace('/', '-'), a['paras'], a['must'], a['cells'])
rev = ARTS[::-1]


def listing(items, n):
    lis = ''.join(f'<article><h2 class="entry-title"><a href="{e(url(a))}">{e(a["title"])}</a></h2><div class="entry-summary"><p>{e(" ".join(a["paras"]))}</p></div></article>' for a in items)
    nav = f'<nav class="pagination"><a class="next page-numbers" href="{CAT}page/2/">Trang sau</a></nav>' if n == 1 else f'<nav class="pagination"><a class="prev page-numbers" href="{CAT}">Trang trước</a></nav>'
    return shell('Cải cách hành chính', f'<h1 class="page-title">Cải cách hành chính</h1>{lis}{nav}', recent)


P.non_article('/', shell('Trang chủ', f'<h2>Tin mới</h2><a href="{CAT}">Cải cách hành chính</a> <a href="/gioi-thieu/">Giới thiệu</a> <a href="/2024/10/01/thong-bao-thu-phi-ve-sinh-moi-truong-quy-iv/">Thông báo thu phí vệ sinh môi trường quý IV</a>', recent))
P.non_article(CAT, listing(rev[:4], 1))
P.non_article(CAT + 'page/2/', listing(rev[4:], 2))
P.non_article('/gioi-thieu/', shell('Giới thiệu', '<h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Xã Hòa Phong là trung tâm hành chính của huyện Hòa Vang, gồm 11 thôn.</p><p>Điện thoại: 0236 3846 xxx</p></div>', recent))
P.non_article('/2024/10/01/thong-bao-thu-phi-ve-sinh-moi-truong-quy-iv/', shell('Thông báo', '<article class="post"><h1 class="entry-title">Thông báo thu phí vệ sinh môi trường quý IV</h1><div class="entry-content"><p><a href="/wp-content/uploads/2024/10/TB-thu-phi-quy-IV.pdf">TB-thu-phi-quy-IV.pdf</a></p></div></article>', recent))
P.write()

"""Portal 8: xã Phong Phú (huyện Tân Lạc, Hòa Bình), a commune sub-site of the provincial
Liferay 7 CMS (articleId render URLs, categoryId listings).
Hard cases: a category heading (h3.title-list-news) above the h1; lead image caption printing
'null'; author and source fields after the body (not text); print icon to a page that answers 404;
a rating line filled by JS; a counter box of my own labels with '.' separators; lists of new and
old articles with dates in #footerOfNewDetail."""
from common import Portal, Article, esc, body_html

P = Portal('phongphu_lr7', 'Trang thông tin điện tử xã Phong Phú', 'Tân Lạc', 'Hòa Bình', 'Liferay 7 (Hòa Bình CMS)')
P.furniture = ['Lượt xem trang tích lũy', 'Khách trong tuần', 'Người đang online :', 'Đánh giá bài viết:',
               'Bài viết mới đăng', 'Bài viết đăng trước', 'Trang thông tin điện tử xã Phong Phú - huyện Tân Lạc']
SITE = '/web/xa-phong-phu'
NS = '_cmsview_WAR_hoabinhportlet_'
DET = SITE + '/chi-tiet-tin?p_p_id=cmsview_WAR_hoabinhportlet&p_p_lifecycle=0&' + NS + 'articleId={}'
LIST = SITE + '/tin-tuc?p_p_id=cmsview_WAR_hoabinhportlet&' + NS + 'categoryId=3105'
amp = lambda s: s.replace('&', '&amp;')


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Xã Phong Phú</title>{canon}</head>
<body class="controls-visible"><div id="wrapper"><header class="top"><div class="brand">UBND XÃ PHONG PHÚ - HUYỆN TÂN LẠC</div>
<nav><a href="/">Trang chủ</a> <a href="{SITE}/gioi-thieu">Giới thiệu</a> <a href="{amp(LIST)}">Tin tức</a> <a href="/web/portal">Cổng tỉnh</a></nav></header>
<div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4"><div class="box_bg"><h3 class="title-list-news">Số liệu truy cập</h3>
<p><i class="fa fa-eye"></i> Lượt xem trang tích lũy: 412.880</p><p><i class="fa fa-calendar"></i> Khách trong tuần: 1.032</p><p><i class="fa fa-user"></i> Người đang online : 7</p></div></div></div>
<footer><p>Trang thông tin điện tử xã Phong Phú - huyện Tân Lạc</p><p>Địa chỉ: xóm Bưng, xã Phong Phú, huyện Tân Lạc, tỉnh Hòa Bình</p></footer></div></body></html>'''


def detail(a, hm, newer, older):
    d = a.published
    lst = lambda xs: ''.join(f'<li><a href="{amp(x.path)}">{esc(x.title)}</a> <span>({x.published[8:]}/{x.published[5:7]}/{x.published[:4]})</span></li>' for x in xs)
    main = f'''<div class="box_border"><h3 class="title-list-news">{esc(a.cat)}</h3>
<h1 id="titleDetail">{esc(a.title)}</h1>
<div class="tool-row"><span class="date_time">{d[8:]}/{d[5:7]}/{d[:4]} {hm}</span> <a href="javascript:zoomIn()">A+</a> <a href="javascript:zoomOut()">A-</a></div>
<div id="leadDetail"><strong>{esc(a.lead)}</strong></div>
<div class="img-lead"><img src="/documents/20182/{a.img}" alt=""><div class="img-title">null</div></div>
<div id="contentDetail">{body_html(a.body)}</div>
<div class="author">{esc(a.author)}</div><div class="source">Nguồn: Đài Truyền thanh xã</div>
<div class="print-back"><a href="{amp(a.path)}&amp;{NS}print=true">In trang</a> <a href="javascript:history.back()">Quay lại</a></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="{a.aid}"></span></div>
<div id="footerOfNewDetail"><h4>Bài viết mới đăng</h4><ul>{lst(newer)}</ul><h4>Bài viết đăng trước</h4><ul>{lst(older)}</ul></div></div>'''
    return frame(a.title, main, canonical=a.path)


def art(aid, cat, title, pub, lead, body, must, author):
    a = Article(DET.format(aid), title, pub, body, must, lead=lead)
    a.aid, a.cat, a.author, a.img = aid, cat, author, f'{aid}.jpg'
    return a


A = [
 art(88214, 'Cải cách hành chính', 'Phong Phú: 100% hồ sơ 9 tháng được giải quyết đúng hạn', '2025-10-09',
     '9 tháng năm 2025, Bộ phận Một cửa xã Phong Phú tiếp nhận 1.284 hồ sơ, không có hồ sơ trễ hạn.',
     ['Trong số này có 17 hồ sơ kỳ trước chuyển sang. Xã đã trả kết quả 1.259 hồ sơ, trong đó trước hạn 604 hồ sơ, đúng hạn 655 hồ sơ; 25 hồ sơ đang giải quyết.',
      'Số hồ sơ tiếp nhận trực tuyến là 903, tỷ lệ 70,3%. Có 48 hồ sơ được trả kết quả qua bưu điện.',
      'Công chức tư pháp - hộ tịch của xã thường xuyên đến các xóm hướng dẫn người cao tuổi làm thủ tục trên điện thoại.'],
     ['17 hồ sơ kỳ trước chuyển sang', 'đúng hạn 655 hồ sơ', 'tỷ lệ 70,3%', '25 hồ sơ đang giải quyết'], 'Quách Thị Thu'),
 art(88197, 'Cải cách hành chính', 'Số liệu tiếp nhận hồ sơ theo quý năm 2025 của xã', '2025-10-02',
     'Văn phòng UBND xã tổng hợp số hồ sơ thủ tục hành chính tiếp nhận theo từng quý năm 2025.',
     [('table', [['Quý', 'Tiếp nhận', 'Trực tuyến', 'Đúng hạn'],
                 ['Quý I', '398', '262', '398'], ['Quý II', '447', '319', '447'], ['Quý III', '439', '322', '439']]),
      'Số hồ sơ trực tuyến tăng dần qua các quý nhờ triển khai ký số cho công chức một cửa.'],
     ['Quý II', '319', 'ký số cho công chức một cửa'], 'Quách Thị Thu'),
 art(88160, 'Cải cách hành chính', 'Huyện Tân Lạc công bố xếp hạng CCHC cấp xã, Phong Phú đứng thứ 2', '2025-03-18',
     'UBND huyện Tân Lạc vừa công bố kết quả Chỉ số CCHC năm 2024 của 16 xã, thị trấn.',
     ['Xã Phong Phú đạt 91,05 điểm, xếp thứ 2/16, chỉ sau thị trấn Mãn Đức; mức độ hài lòng của người dân đạt 95,3%.',
      'Xã được khen thưởng vì duy trì tỷ lệ hồ sơ đúng hạn 100% trong hai năm liên tiếp.'],
     ['đạt 91,05 điểm, xếp thứ 2/16', 'đạt 95,3%', 'hai năm liên tiếp'], 'Bùi Văn Nam'),
 art(88175, 'Kinh tế - Xã hội', 'Xóm Bái trồng cam theo tiêu chuẩn VietGAP', '2025-05-22',
     'Hợp tác xã cam xóm Bái vừa được cấp giấy chứng nhận VietGAP cho 14 ha cam lòng vàng.',
     ['Mỗi năm hợp tác xã cung cấp khoảng 300 tấn cam cho các siêu thị ở Hà Nội và Hòa Bình.',
      'Xã khuyến khích các hộ ghi nhật ký sản xuất trên phần mềm truy xuất nguồn gốc.'],
     ['14 ha cam lòng vàng', 'khoảng 300 tấn cam', 'truy xuất nguồn gốc'], 'Bùi Văn Nam'),
 art(88189, 'Kinh tế - Xã hội', 'Khánh thành nhà văn hóa xóm Bưng', '2025-08-30',
     'Ngày 29/8, xóm Bưng khánh thành nhà văn hóa mới với tổng kinh phí 1,2 tỷ đồng, trong đó nhân dân đóng góp 350 triệu đồng.',
     ['Công trình có hội trường 150 chỗ ngồi và sân thể thao.'],
     ['kinh phí 1,2 tỷ đồng', 'nhân dân đóng góp 350 triệu đồng', 'hội trường 150 chỗ ngồi'], 'Quách Thị Thu'),
 art(88203, 'Kinh tế - Xã hội', 'Tiêm vắc xin phòng bệnh cho đàn gia súc', '2025-09-12',
     'Xã Phong Phú hoàn thành đợt tiêm phòng lở mồm long móng cho hơn 2.100 con trâu, bò.',
     ['Thú y viên các xóm sẽ tiêm bổ sung cho gia súc mới nhập đàn vào cuối tháng 9.'],
     ['lở mồm long móng', 'hơn 2.100 con trâu, bò', 'tiêm bổ sung'], 'Bùi Văn Nam'),
]
order = sorted(A, key=lambda x: x.published, reverse=True)
for i, a in enumerate(order):
    P.article(a, detail(a, ['10:15', '08:40', '16:05', '09:30', '14:20', '07:55'][i], order[max(0, i - 2):i], order[i + 1:i + 3]))

NOTICE = DET.format(88210)
P.notice(NOTICE, frame('Lịch tiếp công dân của Chủ tịch UBND xã quý IV/2025', f'''<div class="box_border"><h3 class="title-list-news">Thông báo</h3>
<h1 id="titleDetail">Lịch tiếp công dân của Chủ tịch UBND xã quý IV/2025</h1><div id="contentDetail"><p><a href="/documents/20182/lich-tiep-cong-dan-q4.pdf">lich-tiep-cong-dan-q4.pdf</a></p></div></div>'''))


def item(a):
    return f'<div class="news-item"><a href="{amp(a.path)}">{esc(a.title)}</a><span class="date_time">{a.published[8:]}/{a.published[5:7]}/{a.published[:4]}</span><p>{esc(a.lead)}</p></div>'


P.add_page(LIST, frame('Tin tức', '<h3 class="title-list-news">Tin tức</h3>' + ''.join(item(a) for a in order[:4]) +
           f'<ul class="pagination"><li><a href="{amp(LIST)}&amp;{NS}cur=2&amp;{NS}delta=4">2</a></li></ul>'))
P.add_page(f'{LIST}&{NS}cur=2&{NS}delta=4', frame('Tin tức', '<h3 class="title-list-news">Tin tức</h3>' + ''.join(item(a) for a in order[4:]) +
           f'<div class="news-item"><a href="{amp(NOTICE)}">Lịch tiếp công dân của Chủ tịch UBND xã quý IV/2025</a></div>' +
           f'<ul class="pagination"><li><a href="{amp(LIST)}">1</a></li></ul>'))
P.add_page(SITE + '/gioi-thieu', frame('Giới thiệu', '<h3 class="title-list-news">Giới thiệu</h3><p>Xã Phong Phú nằm dọc quốc lộ 6, huyện Tân Lạc, có 12 xóm, đa số là đồng bào Mường.</p>'))
P.add_page('/', frame('Trang chủ', ''.join(item(a) for a in order[:3]) + f'<a href="{amp(LIST)}">Xem tất cả</a>'))
P.finish()

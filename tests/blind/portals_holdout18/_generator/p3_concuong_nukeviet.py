"""Portal 3: huyện Con Cuông (Nghệ An) on NukeViet 4 (eGovernment theme).
/<module>/<cat>/<alias>-<id>.html, listing /<module>/<cat>/page-2.
Hard cases: the whole page is served in NFD; a visit counter (invented labels) INSIDE the
article container, between the body and the tools; breadcrumb repeating the title; figure with
figcaption; rating and 'Những tin mới hơn' lists with dates; author/source fields after the body."""
import unicodedata
from common import Portal, Article, esc, body_html

P = Portal('concuong_nv', 'Cổng thông tin điện tử huyện Con Cuông', 'Con Cuông', 'Nghệ An', 'NukeViet 4')
P.furniture = ['Khách vào cổng hôm nay', 'Tổng khách từ ngày khai trương', 'Xếp hạng', 'phiếu bầu',
               'Những tin mới hơn', 'Những tin cũ hơn', 'Giới thiệu bài viết cho bạn bè', 'Lưu bài viết này',
               'Đường dây nóng tiếp nhận phản ánh: 0238.3873.115']
CAT = '/news/cai-cach-hanh-chinh/'
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    s = f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Con Cuông</title>{canon}</head>
<body><div class="wraper"><header><div class="logo"><a href="/">UBND HUYỆN CON CUÔNG</a></div>
<ul class="menu"><li><a href="/">Trang nhất</a></li><li><a href="/about/gioi-thieu-chung.html">Giới thiệu</a></li>
<li><a href="{CAT}">Cải cách hành chính</a></li><li><a href="/news/kinh-te-xa-hoi/">Kinh tế - Xã hội</a></li><li><a href="/contact/">Liên hệ</a></li></ul></header>
<div class="row"><div class="col-md-18">{main}</div>
<div class="col-md-6"><div class="panel"><div class="panel-heading">Đường dây nóng</div><div class="panel-body">Đường dây nóng tiếp nhận phản ánh: 0238.3873.115</div></div></div></div>
<footer><p>UBND huyện Con Cuông - Khối 3, thị trấn Trà Lân, huyện Con Cuông, tỉnh Nghệ An</p></footer></div></body></html>'''
    return unicodedata.normalize('NFD', s)


def detail(a, hm, newer, older):
    import datetime
    y, m, d = map(int, a.published.split('-'))
    wd = WD[datetime.date(y, m, d).weekday()]
    lst = lambda xs: ''.join(f'<li><a href="{x.path}">{esc(x.title)}</a> ({x.published[8:]}/{x.published[5:7]}/{x.published[:4]})</li>' for x in xs)
    fig = f'<figure class="article center"><img src="/uploads/news/2025_0{m}/{a.img[0]}" alt=""><figcaption>{esc(a.img[1])}</figcaption></figure>' if a.img else ''
    main = f'''<ol class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="{CAT}">Cải cách hành chính</a></li><li>{esc(a.title)}</li></ol>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body"><h1 class="title margin-bottom-lg" itemprop="headline">{esc(a.title)}</h1>
<span itemprop="datePublished" class="hidden">{a.published}T{hm}:00+07:00</span>
<div class="row margin-bottom-lg"><span class="h5">{wd} - {d:02d}/{m:02d}/{y} {hm}</span>
<ul class="list-inline text-right"><li><a title="Giới thiệu bài viết cho bạn bè" href="/sendmail/">&#9993;</a></li>
<li><a title="In ra" href="/print/">&#9113;</a></li><li><a title="Lưu bài viết này" href="/savefile/">&#128190;</a></li></ul></div>
<div class="hometext m-bottom" itemprop="description">{esc(a.lead)}</div>
{fig}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body_html(a.body)}</div>
<div class="dem-khach"><span>Khách vào cổng hôm nay: 1.207</span> · <span>Tổng khách từ ngày khai trương: 3.508.441</span></div>
<p class="h5 text-right"><strong>Tác giả: </strong>{esc(a.author)}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng HĐND-UBND huyện</p>
</div></div>
<div class="panel panel-default"><div class="panel-body">Xếp hạng: 4.5 - 12 phiếu bầu <a href="javascript:void(0)">Click để đánh giá bài viết</a></div></div>
<div class="news-related"><p><strong>Những tin mới hơn</strong></p><ul>{lst(newer)}</ul><p><strong>Những tin cũ hơn</strong></p><ul>{lst(older)}</ul></div>'''
    return frame(a.title, main, canonical=a.path)


def art(alias, nid, title, pub, lead, body, must, author, img=None):
    a = Article(f'{CAT}{alias}-{nid}.html', title, pub, body, must, lead=lead)
    a.author, a.img = author, img
    return a


A = [
 art('9-thang-nam-2025-con-cuong-tiep-nhan-7-614-ho-so', 2381, '9 tháng năm 2025, Con Cuông tiếp nhận 7.614 hồ sơ', '2025-10-07',
     'Công tác giải quyết thủ tục hành chính 9 tháng năm 2025 trên địa bàn huyện có nhiều chuyển biến, số hồ sơ trễ hẹn giảm rõ rệt.',
     ['Tổng số hồ sơ tiếp nhận là 7.614, trong đó 7.390 hồ sơ tiếp nhận trong kỳ và 224 hồ sơ từ kỳ trước chuyển qua.',
      'Đã trả kết quả 7.402 hồ sơ, gồm 3.120 hồ sơ trước hạn, 4.266 hồ sơ đúng hạn, 16 hồ sơ trễ hẹn; tỷ lệ đúng hạn đạt 99,78%.',
      'Có 5.087 hồ sơ được xử lý trực tuyến và 341 hồ sơ trả kết quả qua bưu chính công ích. Còn 212 hồ sơ chưa đến hạn trả kết quả.'],
     ['224 hồ sơ từ kỳ trước chuyển qua', '16 hồ sơ trễ hẹn', 'tỷ lệ đúng hạn đạt 99,78%', '341 hồ sơ trả kết quả qua bưu chính công ích'],
     'Phan Thị Ngọc Lan'),
 art('ty-le-ho-so-truc-tuyen-cap-xa-quy-iii-2025', 2374, 'Tỷ lệ hồ sơ trực tuyến cấp xã quý III/2025', '2025-10-02',
     'Quý III/2025, tỷ lệ hồ sơ trực tuyến bình quân của 13 xã, thị trấn đạt 61,3%, vẫn có sự chênh lệch lớn giữa các địa phương.',
     [('table', [['Xã, thị trấn', 'Hồ sơ tiếp nhận', 'Trực tuyến', 'Tỷ lệ'],
                 ['Thị trấn Trà Lân', '412', '318', '77,2%'], ['Xã Chi Khê', '236', '151', '64,0%'],
                 ['Xã Yên Khê', '198', '117', '59,1%'], ['Xã Bình Chuẩn', '143', '52', '36,4%'],
                 ['Xã Môn Sơn', '207', '123', '59,4%']]),
      'Các xã vùng sâu như Bình Chuẩn, Thạch Ngàn gặp khó do sóng di động yếu và người dân chưa có tài khoản định danh điện tử mức 2.'],
     ['Thị trấn Trà Lân', '36,4%', 'tài khoản định danh điện tử mức 2'], 'Hồ Văn Tuấn'),
 art('chi-so-cai-cach-hanh-chinh-nam-2024-cua-huyen-giam-2-bac', 2356, 'Chỉ số cải cách hành chính năm 2024 của huyện giảm 2 bậc', '2025-05-28',
     'UBND tỉnh Nghệ An công bố Chỉ số CCHC năm 2024, huyện Con Cuông đạt 80,47 điểm, xếp thứ 12/21 huyện, thành phố, thị xã.',
     ['So với năm 2023, huyện giảm 2 bậc. Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt 82,6%.',
      'Nguyên nhân chính là tiêu chí hiện đại hóa nền hành chính bị trừ điểm vì tỷ lệ thanh toán trực tuyến thấp.',
      'Chủ tịch UBND huyện yêu cầu các phòng, ban xác định rõ trách nhiệm người đứng đầu đối với từng chỉ số thành phần.'],
     ['xếp thứ 12/21', 'đạt 82,6%', 'tỷ lệ thanh toán trực tuyến thấp'], 'Phan Thị Ngọc Lan'),
 art('homestay-ban-nua-xa-yen-khe-don-khach-dip-he', 2349, 'Homestay bản Nưa, xã Yên Khê đón khách dịp hè', '2025-06-21',
     'Mùa hè năm nay, các homestay ở bản Nưa, xã Yên Khê, vùng đệm Vườn quốc gia Pù Mát, đón lượng khách tăng gần gấp đôi.',
     ['Du khách được trải nghiệm tắm suối Khe Khặng, thưởng thức cá mát nướng và xem biểu diễn cồng chiêng của đồng bào Thái.',
      'Hiện bản có 9 cơ sở lưu trú cộng đồng, thu hút khoảng 40 lao động địa phương.'],
     ['suối Khe Khặng', 'cá mát nướng', '9 cơ sở lưu trú cộng đồng'], 'Lương Thị Hoa',
     img=('ban-nua.jpg', 'Du khách chèo thuyền trên suối Khe Khặng')),
 art('khac-phuc-sat-lo-tuyen-uong-vao-xa-binh-chuan', 2362, 'Khắc phục sạt lở tuyến đường vào xã Bình Chuẩn', '2025-09-15',
     'Sau đợt mưa lớn ngày 12 và 13/9, tuyến đường từ trung tâm huyện vào xã Bình Chuẩn bị sạt lở 7 điểm, khối lượng đất đá khoảng 2.300 m3.',
     ['Hạt Quản lý giao thông huyện đã huy động 3 máy xúc thông tuyến tạm thời; các phương tiện lưu thông qua khu vực được hướng dẫn đi chậm.',
      'Huyện đề nghị tỉnh hỗ trợ kinh phí gia cố kè chắn ở đoạn qua bản Xiềng.'],
     ['sạt lở 7 điểm', 'huy động 3 máy xúc', 'bản Xiềng'], 'Hồ Văn Tuấn'),
 art('trao-qua-cho-hoc-sinh-ban-tat-xa-mon-son', 2368, 'Trao quà cho học sinh bản Tạt, xã Môn Sơn', '2025-09-20',
     'Ngày 19/9, Hội Liên hiệp Phụ nữ huyện trao 80 suất quà gồm cặp sách và áo ấm cho học sinh điểm trường bản Tạt.',
     [],
     ['80 suất quà', 'điểm trường bản Tạt'], 'Lương Thị Hoa'),
]
# the short one has its lead only; its body repeats nothing
A[5].body = ['Mỗi suất quà trị giá 350.000 đồng.']
A[5].must.append('trị giá 350.000 đồng')
order = sorted(A, key=lambda x: x.published, reverse=True)
for i, a in enumerate(order):
    P.article(a, detail(a, ['07:42', '15:05', '09:30', '10:11', '16:48', '08:26'][i], order[max(0, i - 2):i], order[i + 1:i + 3]))

NOTICE = f'{CAT}cong-khai-danh-muc-thu-tuc-hanh-chinh-moi-2377.html'
P.notice(NOTICE, frame('Công khai danh mục thủ tục hành chính mới', f'''<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title">Công khai danh mục thủ tục hành chính mới</h1><div id="news-bodyhtml" class="bodytext"><p><a href="/uploads/news/2025_10/danh-muc-tthc.xlsx">danh-muc-tthc.xlsx</a></p></div></div></div>'''))


def teaser(a):
    return f'<div class="news-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p class="text-muted">{a.published}</p><p>{esc(a.lead)}</p></div>'


pager = f'<ul class="pagination"><li><a href="{CAT}">1</a></li><li><a href="{CAT}page-2">2</a></li></ul>'
P.add_page(CAT, frame('Cải cách hành chính', ''.join(teaser(a) for a in order[:4]) + pager))
P.add_page(CAT + 'page-2', frame('Cải cách hành chính - Trang 2', ''.join(teaser(a) for a in order[4:]) +
           f'<div class="news-item"><h3><a href="{NOTICE}">Công khai danh mục thủ tục hành chính mới</a></h3></div>' + pager))
P.add_page('/about/gioi-thieu-chung.html', frame('Giới thiệu chung', '<h1>Giới thiệu chung</h1><p>Huyện Con Cuông là huyện miền núi phía Tây tỉnh Nghệ An, gồm thị trấn Trà Lân và 12 xã, có Vườn quốc gia Pù Mát.</p>'))
P.add_page('/', frame('Trang nhất', ''.join(teaser(a) for a in order[:5]) + f'<a href="{CAT}">Xem tất cả</a>'))
P.finish()

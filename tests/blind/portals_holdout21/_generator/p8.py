"""kimboi_lr7: Liferay 7 Hòa Bình CMS (portlet render URLs with articleId; categoryId listings, _cur=).
Hard cases: h3.title-list-news category heading above h1#titleDetail; #leadDetail outside
#contentDetail; lead image caption div.img-title printing "null"; .author/.source outside the body
(not text); rating widget; "Danh sách bài viết mới/cũ" lists with dates; counter box with "."
thousands; a table by tier (cấp huyện / cấp xã); half-year series with the same office table."""
from common import Portal, e, table, cut

P = Portal('kimboi_lr7', 'Cổng thông tin điện tử huyện Kim Bôi', 'Kim Bôi', 'Hòa Bình', 'Liferay 7 (Hòa Bình CMS)')
PID = 'cmsview_WAR_hoabinhportlet'
P.furniture('Lượt truy cập', 'Tổng số truy cập:', 'Trong tháng:', 'Trong ngày:', 'Tổng số trực tuyến :', '3.118.274',
            'Đánh giá bài viết:', 'Danh sách bài viết mới', 'Danh sách bài viết cũ', 'Quay lại', 'null')


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html class="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type" /><title>{e(title)} - Kim Bôi</title>{can}</head>
<body><header><div class="logo"><a href="/web/kimboi">UBND HUYỆN KIM BÔI</a></div><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/web/kimboi/gioi-thieu">Giới thiệu</a></li><li><a href="/web/kimboi/tin-tuc?categoryId=31">Cải cách hành chính</a></li></ul></header>
<div class="row"><div class="col-md-9">{inner}</div><div class="col-md-3"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<p><i class="fa fa-users"></i> Tổng số truy cập: 3.118.274</p><p><i class="fa fa-calendar"></i> Trong tháng: 52.906</p><p><i class="fa fa-clock-o"></i> Trong ngày: 1.733</p><p><i class="fa fa-signal"></i> Tổng số trực tuyến : 41</p></div></div></div>
<footer><p>UBND huyện Kim Bôi - Tiểu khu Mu, thị trấn Bo, huyện Kim Bôi, tỉnh Hòa Bình</p></footer></body></html>'''


OFF = ['Bộ phận Một cửa huyện', 'Phòng Tài nguyên và Môi trường', 'Phòng Tư pháp', 'Phòng Văn hóa và Thông tin']
HEAD = ['Đơn vị', 'Tiếp nhận', 'Giải quyết', 'Tỷ lệ trực tuyến']
ARTS = []
S = [(50211, '2023-07-12 09:30', '6 tháng đầu năm 2023', [('1.284', '1.251', '71,2%'), ('536', '519', '64,0%'), ('310', '310', '88,7%'), ('92', '92', '90,2%')],
      'Sáu tháng đầu năm 2023, toàn huyện tiếp nhận 4.902 hồ sơ thủ tục hành chính, trong đó cấp huyện 2.222 hồ sơ và cấp xã 2.680 hồ sơ.',
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%; 48 hồ sơ trễ hạn, chủ yếu ở lĩnh vực đất đai.'),
     (50874, '2024-01-10 15:10', '6 tháng cuối năm 2023', [('1.402', '1.390', '78,5%'), ('571', '560', '70,1%'), ('298', '297', '91,3%'), ('104', '104', '95,0%')],
      'Sáu tháng cuối năm 2023, huyện nhận 5.117 hồ sơ, tăng 215 hồ sơ so với sáu tháng đầu năm; cấp huyện 2.375 hồ sơ.',
      'Hồ sơ đúng hạn đạt 98,9%, số hồ sơ trễ hạn giảm còn 21.'),
     (51420, '2024-07-09 08:45', '6 tháng đầu năm 2024', [('1.356', '1.356', '84,9%'), ('549', '546', '79,6%'), ('322', '322', '93,8%'), ('87', '87', '97,7%')],
      'Trong 6 tháng đầu năm 2024, huyện tiếp nhận 5.006 hồ sơ; riêng cấp huyện 2.314 hồ sơ, cấp xã 2.692 hồ sơ.',
      'Tỷ lệ đúng hạn đạt 99,6%, chỉ còn 3 hồ sơ trễ hạn; hồ sơ trả kết quả qua bưu chính là 412.')]
for aid, dt, period, rows, p1, p2 in S:
    trows = [[o] + list(r) for o, r in zip(OFF, rows)]
    lead = f'Kết quả tiếp nhận, giải quyết thủ tục hành chính {period} tại các cơ quan cấp huyện của Kim Bôi.'
    ARTS.append(dict(id=aid, dt=dt, title=f'Kim Bôi: kết quả giải quyết thủ tục hành chính {period}', lead=lead, paras=[p1, p2], table=(HEAD, trows),
                     author='Hà Phương', source='Văn phòng HĐND và UBND huyện', cells=[x for r in trows for x in r] + HEAD,
                     must=[cut(p1, 50), HEAD[3], trows[2][0], trows[0][2]]))
TIER = (['Cấp', 'Số thủ tục', 'Trực tuyến toàn trình'], [['Cấp huyện', '276', '141'], ['Cấp xã', '108', '57']])
ARTS.append(dict(id=51502, dt='2024-05-30 10:00', title='Kim Bôi công bố danh mục dịch vụ công trực tuyến năm 2024',
                 lead='UBND huyện vừa phê duyệt danh mục thủ tục hành chính được cung cấp dịch vụ công trực tuyến năm 2024.',
                 paras=['Danh mục gồm 384 thủ tục, trong đó 198 thủ tục trực tuyến toàn trình, chia theo cấp như sau:',
                        'Chỉ số PAR Index năm 2023 của huyện đạt 82,47 điểm, xếp thứ 3/10; huyện đặt mục tiêu giữ vững nhóm dẫn đầu.'],
                 table=TIER, author='Hà Phương', source='', cells=[x for r in TIER[1] for x in r] + TIER[0],
                 must=['Danh mục gồm 384 thủ tục', 'Trực tuyến toàn trình', 'đạt 82,47 điểm, xếp thứ 3/10']))
ARTS.append(dict(id=51377, dt='2024-06-18 16:20', title='Khánh thành cầu treo xóm Mớ Đá, xã Nuông Dăm',
                 lead='Cây cầu dài 84 m, rộng 1,5 m giúp hơn 300 hộ dân đi lại an toàn trong mùa mưa lũ.',
                 paras=['Công trình có tổng vốn 3,2 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.'],
                 table=None, author='', source='', cells=[], must=['dài 84 m, rộng 1,5 m', 'tổng vốn 3,2 tỷ đồng', 'hơn 300 hộ dân']))
ARTS.append(dict(id=51450, dt='2024-07-22 07:15', title='Điều chỉnh giờ làm việc mùa hè',
                 lead='Từ ngày 1/8, các cơ quan huyện bắt đầu làm việc buổi chiều lúc 13 giờ 30.', paras=[], table=None, author='', source='',
                 cells=[], must=['Từ ngày 1/8', 'lúc 13 giờ 30', 'các cơ quan huyện']))
ARTS.sort(key=lambda a: a['dt'])


def url(a):
    return f'/web/kimboi/chi-tiet-tin?p_p_id={PID}&p_p_lifecycle=0&_{PID}_articleId={a["id"]}'


for k, a in enumerate(ARTS):
    body = f'<p>{e(a["paras"][0])}</p>' if a['paras'] else ''
    if a['table']:
        body += table(*a['table'], attrs=' border="1" style="width:100%"')
    body += ''.join(f'<p>{e(p)}</p>' for p in a['paras'][1:])
    d = a['dt']
    lst = lambda bs: ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a> <span>({b["dt"][8:10]}/{b["dt"][5:7]}/{b["dt"][:4]})</span></li>' for b in bs)
    inner = f'''<div class="box_border"><h3 class="title-list-news">Cải cách hành chính</h3><h1 id="titleDetail">{e(a['title'])}</h1>
<div class="tools"><span class="date_time">{d[8:10]}/{d[5:7]}/{d[:4]} {d[11:]}</span> <a class="font-size">A</a></div>
<div id="leadDetail"><strong>{e(a['lead'])}</strong></div><img src="/documents/kimboi/{a['id']}.jpg" alt=""/><div class="img-title">null</div>
<div id="contentDetail">{body}</div><div class="author">{e(a['author'])}</div><div class="source">{e(a['source'])}</div>
<div class="print"><a href="javascript:history.back()">Quay lại</a></div><div class="rating">Đánh giá bài viết: <span class="stars"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(ARTS[k+1:k+4])}</ul><h4>Danh sách bài viết cũ</h4><ul>{lst(ARTS[max(0,k-3):k])}</ul></div></div>'''
    paras = [a['lead']] + a['paras']
    P.article(url(a), shell(a['title'], inner, canon=url(a)), a['title'], d[:10], paras, a['must'], a['cells'])
rev = ARTS[::-1]
L = f'/web/kimboi/tin-tuc?categoryId=31'


def listing(items, n):
    lis = ''.join(f'<div class="news-item"><a href="{e(url(a))}">{e(a["title"])}</a><span class="date_time">{a["dt"][8:10]}/{a["dt"][5:7]}/{a["dt"][:4]}</span><p>{e(a["lead"])}</p></div>' for a in items)
    nav = f'<a href="{e(L)}&amp;_{PID}_cur=2&amp;_{PID}_delta=4">Tiếp</a>' if n == 1 else f'<a href="{e(L)}">Đầu</a>'
    return shell('Cải cách hành chính', f'<div class="box_border"><h3 class="title-list-news">Cải cách hành chính</h3>{lis}{nav}</div>')


P.non_article('/', shell('Trang chủ', '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3><ul>' + ''.join(f'<li><a href="{e(url(a))}">{e(a["title"])}</a></li>' for a in rev[:3]) + f'</ul><a href="{e(L)}">Xem thêm</a> <a href="/web/kimboi/gioi-thieu">Giới thiệu</a> <a href="/web/kimboi/van-ban?docId=2291">Thông báo kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân tháng 7</a></div>'))
P.non_article(L, listing(rev[:4], 1))
P.non_article(f'{L}&_{PID}_cur=2&_{PID}_delta=4', listing(rev[4:], 2))
P.non_article('/web/kimboi/gioi-thieu', shell('Giới thiệu', '<div class="box_border"><h1 id="titleDetail">Giới thiệu chung</h1><p>Huyện Kim Bôi có 17 xã, thị trấn; đồng bào Mường chiếm đa số.</p></div>'))
P.non_article('/web/kimboi/van-ban?docId=2291', shell('Văn bản', '<div class="box_border"><h1 id="titleDetail">Thông báo kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân tháng 7</h1><p><a href="/documents/kimboi/tb-2291.pdf">Tải về</a></p></div>'))
P.write()

"""tienyen_dnn: DotNetNuke (Default.aspx?tabid=&ItemID=, Telerik rgPageNext pager).
Hard cases: the date only in a "Cập nhật:" stamp after the text; visit counter as a table INSIDE the
article container; one article reachable under two URLs (canonical names the tabid one); no h1
(headline in a span.Head); bare author paragraph inside the body; series by office with same table."""
from common import Portal, e, table, cut

P = Portal('tienyen_dnn', 'Cổng thông tin điện tử huyện Tiên Yên', 'Tiên Yên', 'Quảng Ninh', 'DotNetNuke')
P.furniture('Số lượt truy cập', 'Đang trực tuyến', '8046215', '2931', 'Lượt trong ngày', 'Cập nhật:', 'Bản in', 'Gửi cho bạn',
            'Các tin khác', 'Trang đầu', 'Trang cuối', 'Ban biên tập Cổng thông tin điện tử huyện Tiên Yên')


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(title)}</title>{can}</head>
<body><form name="Form" method="post" action="/Default.aspx?tabid=89" id="Form"><div id="dnn_ControlPanel"></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/Default.aspx?tabid=54">Giới thiệu</a> <a href="/Default.aspx?tabid=89">Tin tức</a> <a href="/Default.aspx?tabid=120">Thông báo</a> <a href="/Default.aspx?tabid=140">Dịch vụ công</a></div>
<div id="dnn_ContentPane">{inner}</div>
<div id="dnn_FooterPane"><div class="DNNModuleContent"><p>Ban biên tập Cổng thông tin điện tử huyện Tiên Yên</p><p>Khu Phố Lý Thường Kiệt, thị trấn Tiên Yên, tỉnh Quảng Ninh</p></div></div>
</form></body></html>'''


COUNTER = '<table class="thongke" id="dnn_ctr612_ThongKe_tbl"><tr><td>Số lượt truy cập</td><td>8046215</td></tr><tr><td>Lượt trong ngày</td><td>2931</td></tr><tr><td>Đang trực tuyến</td><td>58</td></tr></table>'
OFF = ['Phòng Tài nguyên và Môi trường', 'Phòng Tư pháp', 'Phòng Kinh tế và Hạ tầng', 'Văn phòng Đăng ký đất đai chi nhánh Tiên Yên']
HEAD = ['Cơ quan', 'Tồn kỳ trước', 'Mới tiếp nhận', 'Quá hạn']
ARTS = []
S = [(3310, 'sáu tháng đầu năm 2024', '2024-07-15', '15/07/2024 16:47', [('41', '612', '9'), ('0', '233', '0'), ('12', '187', '2'), ('57', '948', '14')],
      ['Sáu tháng đầu năm 2024, các cơ quan cấp huyện tiếp nhận mới 1.980 hồ sơ, cộng với 110 hồ sơ tồn từ năm 2023 chuyển sang.',
       'Đã giải quyết 1.918 hồ sơ, trong đó 1.893 hồ sơ đúng hạn và 25 hồ sơ quá hạn, chủ yếu là hồ sơ đăng ký biến động đất đai.'],
      ['Chủ tịch UBND huyện yêu cầu Văn phòng Đăng ký đất đai chi nhánh Tiên Yên báo cáo nguyên nhân chậm trễ trước ngày 25/7.', 'Hồng Nhung']),
     (3352, 'quý III năm 2024', '2024-10-08', '08/10/2024 09:03', [('37', '341', '4'), ('2', '129', '0'), ('9', '104', '1'), ('44', '515', '6')],
      ['Quý III năm 2024 có 1.089 hồ sơ mới được tiếp nhận tại cấp huyện; số tồn đầu kỳ là 92 hồ sơ.',
       'Kết quả giải quyết 1.106 hồ sơ, trong đó 1.095 hồ sơ đúng hạn, đạt 99,0%; số quá hạn giảm còn 11 hồ sơ.'],
      ['Huyện đã tổ chức đối thoại với 14 hộ dân có hồ sơ chậm giải quyết tại xã Đông Ngũ và xã Hải Lạng.', 'Hồng Nhung']),
     (3391, 'quý IV năm 2024', '2025-01-09', '09/01/2025 14:20', [('28', '398', '2'), ('1', '151', '0'), ('7', '121', '0'), ('39', '602', '3')],
      ['Trong quý IV năm 2024, cấp huyện nhận mới 1.272 hồ sơ và 75 hồ sơ chuyển từ quý trước.',
       'Đã trả 1.290 hồ sơ, chỉ 5 hồ sơ quá hạn; tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 92,4%.'],
      ['Năm 2025, huyện đặt mục tiêu không còn hồ sơ quá hạn ở lĩnh vực tư pháp và xây dựng.', 'Minh Đức'])]
for iid, period, date, stamp, rows, before, after in S:
    trows = [[o] + list(r) for o, r in zip(OFF, rows)]
    ARTS.append(dict(id=iid, title=f'Tình hình giải quyết hồ sơ tại các cơ quan cấp huyện {period}', date=date, stamp=stamp,
                     before=before, table=(HEAD, trows), after=after, cells=[c for r in trows for c in r] + HEAD,
                     must=[cut(before[0], 50), HEAD[3], trows[1][0], trows[3][2]]))
ARTS.append(dict(id=3364, title='Tiên Yên đứng thứ 6 Chỉ số DDCI Quảng Ninh năm 2023', date='2024-04-26', stamp='26/04/2024 10:11',
                 before=['Kết quả khảo sát Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương năm 2023 cho thấy huyện Tiên Yên đạt 81,06 điểm, xếp thứ 6/13 địa phương.',
                         'Chỉ số thành phần tính minh bạch đạt 8,92 điểm, cao nhất trong 10 chỉ số thành phần của huyện.',
                         'Ngược lại, chỉ số thiết chế pháp lý chỉ đạt 6,14 điểm và là điểm yếu cần khắc phục.'],
                 table=None, after=['Tuấn Anh'], cells=[], must=['đạt 81,06 điểm, xếp thứ 6/13 địa phương', 'đạt 8,92 điểm', 'Tuấn Anh']))
ARTS.append(dict(id=3370, title='Khai trương điểm bưu điện văn hóa xã kiêm tiếp nhận hồ sơ', date='2024-05-17', stamp='17/05/2024 08:30',
                 before=['Xã Hà Lâu vừa đưa vào hoạt động điểm bưu điện văn hóa xã có chức năng nhận hồ sơ thủ tục hành chính và trả kết quả qua bưu chính.',
                         'Trong tuần đầu, điểm đã nhận 27 hồ sơ của người dân các thôn Khe Tiền, Tềnh Pò.'], table=None, after=[], cells=[],
                 must=['Xã Hà Lâu', 'đã nhận 27 hồ sơ', 'Khe Tiền, Tềnh Pò']))
ARTS.append(dict(id=3377, title='Lịch cắt điện khu phố Đông Tiến', date='2024-06-03', stamp='03/06/2024 07:02',
                 before=['Điện lực Tiên Yên thông báo cắt điện từ 7 giờ đến 11 giờ ngày 6/6 tại khu phố Đông Tiến để thay cột.'], table=None, after=[], cells=[],
                 must=['Điện lực Tiên Yên', 'từ 7 giờ đến 11 giờ ngày 6/6', 'để thay cột']))


def url(a):
    return f'/Default.aspx?tabid=89&ItemID={a["id"]}'


ALT = '/tin-tuc/ItemID/3364/Default.aspx'
for a in ARTS:
    body = ''.join(f'<p>{e(p)}</p>' for p in a['before'])
    if a['table']:
        body += table(*a['table'], attrs=' class="MsoTableGrid" border="1"')
    body += ''.join(f'<p>{e(p)}</p>' for p in a['after'])
    others = ''.join(f'<li><a href="{e(url(b))}">{e(b["title"])}</a></li>' for b in ARTS if b is not a)
    inner = f'''<div class="DnnModule DnnModule-TinTuc DnnModule-612"><div id="dnn_ctr612_ContentPane"><div id="dnn_ctr612_ModuleContent">
<span id="dnn_ctr612_ViewTin_lblTitle" class="Head">{e(a['title'])}</span>
<div id="dnn_ctr612_ViewTin_pnContent" class="Normal">{body}</div>
<div class="capnhat">Cập nhật: {a['stamp']}</div><div class="tools"><a href="/Default.aspx?tabid=89&amp;ItemID={a['id']}&amp;print=1">Bản in</a> | <a href="#">Gửi cho bạn</a></div>
{COUNTER}<div class="tinkhac"><b>Các tin khác</b><ul>{others}</ul></div></div></div></div>'''
    page = shell(a['title'], inner, canon=url(a))
    paras = a['before'] + a['after']
    P.article(url(a), page, a['title'], a['date'], paras, a['must'], a['cells'])
    if a['id'] == 3364:
        P.page(ALT, page)  # same article, second URL; canonical names the tabid one

lst = sorted(ARTS, key=lambda a: a['date'], reverse=True)


def listing(items, n):
    lis = ''.join(f'<tr><td><a href="{e(url(a)) if a["id"] != 3364 else ALT}">{e(a["title"])}</a> <i>({a["stamp"][:10]})</i></td></tr>' for a in items)
    pager = ('<div class="rgPager"><a class="rgCurrentPage">1</a> <a href="/Default.aspx?tabid=89&amp;page=2">2</a> '
             '<a class="rgPageNext" href="/Default.aspx?tabid=89&amp;page=2" title="Trang sau"></a> <a href="/Default.aspx?tabid=89&amp;page=2">Trang cuối</a></div>') if n == 1 else \
        '<div class="rgPager"><a href="/Default.aspx?tabid=89">Trang đầu</a> <a href="/Default.aspx?tabid=89">1</a> <a class="rgCurrentPage">2</a></div>'
    return shell('Tin tức', f'<div class="DnnModule"><h2>Tin tức</h2><table class="rgMasterTable">{lis}</table>{pager}</div>')


P.non_article('/', shell('Trang chủ', '<div class="DnnModule"><h2>Tin mới</h2><ul>' + ''.join(f'<li><a href="{e(url(a))}">{e(a["title"])}</a></li>' for a in lst[:3]) + '</ul></div>'))
P.non_article('/Default.aspx?tabid=89', listing(lst[:4], 1))
P.non_article('/Default.aspx?tabid=89&page=2', listing(lst[4:], 2))
P.non_article('/Default.aspx?tabid=54', shell('Giới thiệu', '<div class="DnnModule"><span class="Head">Giới thiệu huyện Tiên Yên</span><p>Điện thoại: 0203 3876 xxx. Thư điện tử: ubndtienyen@quangninh.gov.vn</p></div>'))
P.non_article('/Default.aspx?tabid=120', shell('Thông báo', '<div class="DnnModule"><h2>Thông báo</h2><a href="/Default.aspx?tabid=120&amp;ItemID=88">Thông báo kết quả xét tuyển công chức cấp xã năm 2024</a></div>'))
P.non_article('/Default.aspx?tabid=120&ItemID=88', shell('Thông báo', '<div class="DnnModule"><span class="Head">Thông báo kết quả xét tuyển công chức cấp xã năm 2024</span><p><a href="/Portals/0/TB88.pdf">Tệp đính kèm</a></p></div>'))
P.write()

"""Portal 5: huyện Lạc Sơn (Hòa Bình) on Joomla 1.5, served in windows-1258.
index.php?option=com_content&task=view&id=&Itemid= URLs; category listing with limitstart.
Hard cases: windows-1258 bytes (tone marks as combining characters, so decoding is not NFC);
a left column BEFORE the content with an online sentence and a counter in invented wording;
the headline in a td.contentheading; Joomla 1.5 date 'Thứ năm, 13 Tháng 3 2025 08:15' plus an
'Cập nhật (…)' line after the text; a served print view (pop=1) whose canonical is the article."""
import datetime
from common import Portal, Article, esc, body_html

P = Portal('lacson_joomla', 'Trang thông tin điện tử huyện Lạc Sơn', 'Lạc Sơn', 'Hòa Bình', 'Joomla 1.5', encoding='cp1258')
P.furniture = ['Đang có 12 bạn đọc ghé thăm', 'Lượt đọc từ trước tới nay', 'Khách đang đọc',
               'Bài cùng chuyên mục', 'Cơ quan thường trực: Phòng Văn hóa và Thông tin huyện Lạc Sơn']
BASE = '/index.php?option=com_content&task=view&id={}&Itemid=58'
LIST = '/index.php?option=com_content&task=category&sectionid=4&id=17&Itemid=58'
WD = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
amp = lambda s: s.replace('&', '&amp;')


def jdate(iso, hm):
    y, m, d = map(int, iso.split('-'))
    return f'{WD[datetime.date(y, m, d).weekday()]}, {d:02d} Tháng {m} {y} {hm}'


def frame(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}">' if canonical else ''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1258" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title>{canon}</head><body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="header"><img src="/templates/lacson/images/banner.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="mainmenu"><a href="/">Trang chủ</a> | <a href="/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=27">Giới thiệu</a> | <a href="{amp(LIST)}">Cải cách hành chính</a></td></tr>
<tr><td width="200" valign="top" class="left">
<table class="moduletable"><tr><th>Bạn đọc</th></tr><tr><td>Đang có 12 bạn đọc ghé thăm</td></tr></table>
<table class="moduletable"><tr><th>Số liệu</th></tr><tr><td>Khách đang đọc: 12<br />Lượt đọc từ trước tới nay: 1533207</td></tr></table>
</td><td valign="top" class="main">{main}</td></tr>
<tr><td colspan="2" class="footer">Cơ quan thường trực: Phòng Văn hóa và Thông tin huyện Lạc Sơn<br />Địa chỉ: khu 1, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</td></tr></table></body></html>'''


def content(a, hm, mod, pop=False):
    tools = '' if pop else f'<td align="right" width="100%" class="buttonheading"><a href="{amp(a.path.replace("&Itemid", "&pop=1&page=0&Itemid"))}" title="In">In</a></td>'
    rel = '' if pop else ('<div class="blog_more"><strong>Bài cùng chuyên mục</strong><ul>' +
                         ''.join(f'<li><a class="blogsection" href="{amp(x.path)}">{esc(x.title)}</a></li>' for x in A if x is not a) + '</ul></div>')
    return f'''<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a.title)}</td>{tools}</tr></table>
<table class="contentpaneopen"><tr><td valign="top"><span class="small">Viết bởi {esc(a.author)}</span></td></tr>
<tr><td valign="top" class="createdate">{jdate(a.published, hm)}</td></tr>
<tr><td valign="top">{body_html(a.body)}</td></tr>
<tr><td class="modifydate">Cập nhật ( {mod} )</td></tr></table>{rel}'''


def art(i, title, pub, body, must, author='Ban biên tập'):
    a = Article(BASE.format(i), title, pub, body, must)
    a.author = author
    return a


A = [
 art(412, 'Lạc Sơn: kết quả giải quyết thủ tục hành chính năm 2024', '2025-01-09', [
     'Năm 2024, Bộ phận Tiếp nhận và trả kết quả huyện Lạc Sơn cùng 24 xã, thị trấn tiếp nhận 18.352 hồ sơ, trong đó kỳ trước chuyển sang 402 hồ sơ.',
     'Đã giải quyết 18.011 hồ sơ; số hồ sơ giải quyết trước hạn là 9.874, đúng hạn 8.070, quá hạn 67. Số hồ sơ đang giải quyết còn 341.',
     'Tỷ lệ hồ sơ nộp trực tuyến đạt 58,3%; tiếp nhận qua bưu chính công ích 1.216 hồ sơ.',
     'Năm 2025, huyện phấn đấu không để hồ sơ quá hạn ở các lĩnh vực tư pháp - hộ tịch và chứng thực.'],
     ['kỳ trước chuyển sang 402 hồ sơ', 'đúng hạn 8.070, quá hạn 67', 'đạt 58,3%', 'bưu chính công ích 1.216 hồ sơ'], 'Bùi Văn Khởi'),
 art(418, 'Hồ sơ thủ tục hành chính quý I/2025 theo lĩnh vực', '2025-04-04', [
     'Quý I/2025, các lĩnh vực có nhiều hồ sơ nhất tại huyện Lạc Sơn như sau:',
     ('table', [['Lĩnh vực', 'Tiếp nhận', 'Giải quyết đúng hạn'],
                ['Đất đai', '1.944', '1.921'], ['Tư pháp - hộ tịch', '2.106', '2.106'],
                ['Lao động - thương binh và xã hội', '583', '579'], ['Đăng ký kinh doanh', '217', '217']]),
     'Riêng lĩnh vực đất đai còn 23 hồ sơ chậm do phải đo đạc lại ranh giới thửa đất.'],
     ['Tư pháp - hộ tịch', '1.944', 'còn 23 hồ sơ chậm']),
 art(425, 'Chỉ số PAR INDEX năm 2024 của Lạc Sơn tăng 3 bậc', '2025-05-13', [
     'Theo quyết định công bố của UBND tỉnh Hòa Bình, Chỉ số CCHC năm 2024 của huyện Lạc Sơn đạt 84,9 điểm, xếp thứ 5/10 huyện, thành phố, tăng 3 bậc so với năm trước.',
     'Chỉ số SIPAS của huyện đạt 86,25%, cao hơn mức bình quân của tỉnh.',
     'Huyện sẽ thành lập tổ công tác theo dõi từng tiêu chí thành phần, báo cáo hằng quý với Thường trực Huyện ủy.'],
     ['đạt 84,9 điểm, xếp thứ 5/10', 'đạt 86,25%', 'báo cáo hằng quý']),
 art(431, 'Lễ hội Khai hạ của người Mường Lạc Sơn', '2025-02-12', [
     'Ngày 11/2, tại xã Yên Phú và xã Xuất Hóa, đồng bào Mường tổ chức Lễ hội Khai hạ, mở đầu mùa vụ mới.',
     'Phần lễ có nghi thức dâng mâm cỗ lá lên thần núi, thần sông; phần hội có đánh chiêng, ném còn, đi cà kheo.',
     'Ước tính có khoảng 5.000 lượt người dân và du khách tham dự.'],
     ['mâm cỗ lá', 'ném còn, đi cà kheo', 'khoảng 5.000 lượt người dân']),
 art(437, 'Xã Tự Do trồng mới 45 ha rừng keo', '2025-03-20', [
     'Hưởng ứng Tết trồng cây, xã Tự Do đã trồng mới 45 ha rừng keo lai trên đất đồi trọc, vượt kế hoạch 10 ha.',
     'Hạt Kiểm lâm huyện cấp miễn phí 60.000 cây giống cho các hộ nghèo.'],
     ['trồng mới 45 ha rừng keo', 'vượt kế hoạch 10 ha', '60.000 cây giống'], 'Đinh Thị Mai'),
 art(440, 'Kiểm tra bếp ăn bán trú xã Ngọc Lâu', '2025-03-27', [
     'Ngày 26/3, Phòng Giáo dục và Đào tạo kiểm tra bếp ăn bán trú trường tiểu học xã Ngọc Lâu; đoàn đánh giá bếp bảo đảm vệ sinh an toàn thực phẩm.'],
     ['bếp ăn bán trú', 'trường tiểu học xã Ngọc Lâu', 'vệ sinh an toàn thực phẩm'], 'Bùi Văn Khởi'),
]
HM = ['08:15', '14:40', '09:05', '17:30', '07:50', '10:20']
MOD = ['Thứ sáu, 10 Tháng 1 2025 09:12', 'Thứ bảy, 05 Tháng 4 2025 08:00', 'Thứ ba, 13 Tháng 5 2025 15:44',
       'Thứ năm, 13 Tháng 2 2025 07:31', 'Thứ sáu, 21 Tháng 3 2025 16:00', 'Thứ năm, 27 Tháng 3 2025 11:02']
for a, hm, mod in zip(A, HM, MOD):
    P.article(a, frame(a.title, content(a, hm, mod), canonical=a.path))
# print view of the first report: served, canonical points at the article
a = A[0]
P.alias(a.path.replace('&Itemid', '&pop=1&page=0&Itemid'), frame(a.title, content(a, HM[0], MOD[0], pop=True), canonical=a.path))
for a in A[1:]:
    pass  # their print links answer 404

NOTICE = BASE.format(444)
P.notice(NOTICE, frame('Thông báo kết quả xét tuyển công chức cấp xã năm 2025', f'''<table class="contentpaneopen"><tr><td class="contentheading">Thông báo kết quả xét tuyển công chức cấp xã năm 2025</td></tr></table>
<table class="contentpaneopen"><tr><td><a href="/images/stories/vanban/TB-ket-qua-xet-tuyen.doc">Tải tệp đính kèm</a></td></tr></table>'''))


def blog(items, nxt):
    rows = ''.join(f'<tr><td><a href="{amp(p)}" class="category">{esc(t)}</a></td></tr>' for p, t in items)
    return f'<div class="componentheading">Cải cách hành chính</div><table class="contentpane"><tr><td><table>{rows}</table></td></tr></table>{nxt}'


items = [(a.path, a.title) for a in A] + [(NOTICE, 'Thông báo kết quả xét tuyển công chức cấp xã năm 2025')]
P.add_page(LIST, frame('Cải cách hành chính', blog(items[:4], f'<span class="pagenav"><a href="{amp(LIST)}&amp;limitstart=4">Tiếp</a></span>')))
P.add_page(LIST + '&limitstart=4', frame('Cải cách hành chính', blog(items[4:], f'<span class="pagenav"><a href="{amp(LIST)}">Đầu</a></span>')))
P.add_page('/index.php?option=com_content&task=view&id=2&Itemid=27', frame('Giới thiệu',
           '<div class="componentheading">Giới thiệu</div><p>Huyện Lạc Sơn có 24 xã, thị trấn, đa số là đồng bào dân tộc Mường, trung tâm huyện là thị trấn Vụ Bản.</p>'))
P.add_page('/', frame('Trang chủ', '<div class="componentheading">Tin mới</div>' + ''.join(f'<p><a href="{amp(p)}">{esc(t)}</a></p>' for p, t in items[:5]) +
           f'<p><a href="{amp(LIST)}">Xem thêm</a></p>'))
P.finish()

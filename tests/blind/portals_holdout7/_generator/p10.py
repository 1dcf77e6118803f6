"""Portal 10: bespoke ASP.NET MVC site, huyện Vĩnh Thạnh, Bình Định.
Hard cases: digit-per-element counter in the sidebar (one span per digit); breadcrumb repeating the
title; sapo (lead) in an h2 outside the body div; date with weekday and time after the lead
("Thứ Ba, 14/05/2024 - 10:32"); "Cỡ chữ" font-size widget; "Lượt xem" inside the article container;
print view /TinTuc/InBai/<id> served with a canonical to the article (in neither list);
"Tin khác" list with dates; table by commune."""
from common import *
import datetime

P = Portal('vinhthanh_mvc', 'Cổng thông tin điện tử huyện Vĩnh Thạnh', 'Vĩnh Thạnh', 'Bình Định', 'bespoke-aspnet-mvc')
P.furniture = ['Thống kê truy cập', 'Người đang xem', 'Tổng lượt truy cập', 'Cỡ chữ:', 'Lượt xem:', 'In bài', 'Tin khác',
               'Cổng thông tin điện tử huyện Vĩnh Thạnh - Bình Định', 'Giấy phép số 12/GP-STTTT']
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']
L1 = '/TinTuc/DanhMuc/7'
L2 = '/TinTuc/DanhMuc/7?trang=2'


def slug(t):
    import unicodedata
    t = unicodedata.normalize('NFD', t.lower().replace('đ', 'd'))
    return re.sub(r'[^a-z0-9]+', '-', ''.join(c for c in t if not unicodedata.combining(c))).strip('-')


def digits(v):
    return ''.join(f'<span class="num">{c}</span>' for c in v)


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ''
    return f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />{c}<title>{esc(title)} | Vĩnh Thạnh</title></head><body>
<div class="header-vt"><div class="brand">Cổng thông tin điện tử huyện Vĩnh Thạnh - Bình Định</div></div>
<div class="navbar"><a href="/">Trang chủ</a> <a href="/GioiThieu">Giới thiệu</a> <a href="{L1}">Cải cách hành chính</a> <a href="/VanBan">Văn bản</a></div>
<div class="wrap"><div class="left-col">{main}</div>
<div class="right-col"><div class="box"><div class="box-title">Thống kê truy cập</div>
<div class="row-stat">Người đang xem <div class="digits">{digits("0000036")}</div></div>
<div class="row-stat">Tổng lượt truy cập <div class="digits">{digits("0871455")}</div></div></div></div></div>
<div class="foot">Cổng thông tin điện tử huyện Vĩnh Thạnh - Bình Định. Giấy phép số 12/GP-STTTT. Địa chỉ: thị trấn Vĩnh Thạnh.</div></body></html>'''


arts = [
    (4521, cchc_report('UBND huyện Vĩnh Thạnh', 'huyện Vĩnh Thạnh', '4 tháng đầu năm 2024', '2024-05-14',
                       (22, 988, 611, 365, 9, 804, 52, 79.6), 'ông Đinh Văn Thơm', 'Phó Trưởng phòng Nội vụ huyện', 'đất đai'), '10:32', 803),
    (4507, cchc_table('huyện Vĩnh Thạnh', 'quý I năm 2024', '2024-04-09',
                      [('Xã Vĩnh Sơn', 97, 97, 71), ('Xã Vĩnh Kim', 64, 61, 40), ('Xã Vĩnh Hảo', 120, 118, 95),
                       ('Thị trấn Vĩnh Thạnh', 275, 275, 249)], 'Phó Chủ tịch UBND huyện Đinh Thị Hường'), '15:10', 544),
    (4493, par_index('huyện Vĩnh Thạnh', 'Bình Định', 2023, '2024-03-27', 82.66, 6, 11, 2, 85.12, 70.4, 4,
                     'Chủ tịch UBND huyện Đinh Văn Cường', byline='Đinh Thu'), '08:05', 690),
    (4480, housing('Huyện Vĩnh Thạnh', 10, 60, 'Ủy ban MTTQ Việt Nam tỉnh', 'Ông Đinh Văn Lai ở làng K8, xã Vĩnh Hiệp,', '2024-03-11'), '16:40', 312),
    (4466, school('xã Vĩnh Kim', 'Trường PTDTBT THCS Vĩnh Kim', 233, 2, 'Cô Đinh Thị Mai', '2024-09-05'), '09:15', 270),
    (4452, road('UBND xã Vĩnh Quang', 2.2, 4.6, 'làng Kon Trú', 'Chủ tịch UBND xã Đinh Văn Vinh', '2024-02-20', byline='Quốc Việt'), '11:00', 199),
]
arts.sort(key=lambda x: x[1]['date'], reverse=True)
D = lambda i, a: f'/TinTuc/ChiTiet/{i}?tieude={slug(a["title"])}'
notices = [(4530, 'Thông báo tuyển chọn nhân viên hợp đồng Trung tâm Y tế huyện', 'TB-tuyen-chon.pdf')]


def lst(sub):
    return ''.join(f'<div class="news-row"><a href="{esc(D(i, a))}">{esc(a["title"])}</a><em>{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}</em></div>\n' for i, a, *_ in sub)


P.page('/', shell('Trang chủ', '<div class="block"><h3>Tin mới</h3>' + lst(arts[:3]) + f'<a href="{L1}">Xem thêm</a></div>'
       f'<div class="block"><h3>Thông báo</h3><a href="/ThongBao/ChiTiet/{notices[0][0]}">{esc(notices[0][1])}</a></div>'))
P.page(L1, shell('Cải cách hành chính', lst(arts[:4]) + f'<ul class="pager"><li class="active">1</li><li><a href="{esc(L2)}">2</a></li></ul>'))
P.page(L2, shell('Cải cách hành chính', lst(arts[4:]) + f'<ul class="pager"><li><a href="{L1}">1</a></li><li class="active">2</li></ul>'))
P.notice('/VanBan', shell('Văn bản', '<h3>Văn bản chỉ đạo điều hành</h3><table><tr><td>Kế hoạch 41/KH-UBND</td><td><a href="/Upload/VanBan/41-KH-UBND.pdf">Tải về</a></td></tr></table>'))
for i, t, f in notices:
    P.notice(f'/ThongBao/ChiTiet/{i}', shell(t, f'<h1 class="title-detail">{esc(t)}</h1><p><a href="/Upload/ThongBao/{f}">{f}</a></p>'))
for i, a, hm, views in arts:
    u = D(i, a)
    dt = datetime.date.fromisoformat(a['date'])
    others = ''.join(f'<li><a href="{esc(D(j, b))}">{esc(b["title"])}</a> ({b["date"][8:]}/{b["date"][5:7]}/{b["date"][:4]})</li>' for j, b, *_ in arts if j != i)
    core = f'''<h1 class="title-detail">{esc(a["title"])}</h1>
<h2 class="sapo">{esc(a["paras"][0])}</h2>
<div class="meta">{WD[dt.weekday()]}, {dt.strftime("%d/%m/%Y")} - {hm} <span class="views">Lượt xem: {views}</span> <span class="fontsize">Cỡ chữ: <a href="#">A</a> <a href="#">A</a></span></div>
<div class="detail-body">{body_html(a, start=1)}</div>'''
    main = f'''<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{L1}">Cải cách hành chính</a> / <span>{esc(a["title"])}</span></div>
<div class="article">{core}
<div class="tools"><a href="/TinTuc/InBai/{i}">In bài</a></div></div>
<div class="other-news"><h3>Tin khác</h3><ul>{others}</ul></div>'''
    P.article(u, a, shell(a['title'], main, canon=u))
    P.page(f'/TinTuc/InBai/{i}', f'<!DOCTYPE html><html><head><meta charset="utf-8" /><link rel="canonical" href="http://{{{{HOST}}}}{esc(u)}" /><title>{esc(a["title"])}</title></head><body onload="window.print()">{core}</body></html>')
P.write()

"""p4 Kim Bôi (Hòa Bình): Liferay 7 Hòa Bình CMS, render URLs with articleId, category pages with
categoryId. Hard cases: h3.title-list-news category heading above h1#titleDetail, span.date_time
dd/MM/yyyy HH:mm, #leadDetail outside #contentDetail, .img-title printing 'null', counter box with
'.' separators and 'Tổng số trực tuyến : n', rating stars, print/back icons, footerOfNewDetail lists
with dates."""
from common import *

UNITS = ["xã Nam Thượng", "xã Kim Lập", "xã Đú Sáng", "xã Hợp Tiến", "xã Vĩnh Đồng", "thị trấn Bo"]
arts = make_articles(904, "huyện Kim Bôi", UNITS, 2025, [60412, 60455, 60497, 60533, 60578, 60610])
arts.sort(key=lambda a: a["date"], reverse=True)
PP = "p_p_id=cmsview_WAR_hoabinhportlet&p_p_lifecycle=0"
A = lambda a: f"/web/kimboi/chi-tiet-tin?{PP}&articleId={a['id']}&categoryId=217"
L1 = "/web/kimboi/danh-muc?categoryId=217"
L2 = f"/web/kimboi/danh-muc?categoryId=217&{PP}&_cmsview_WAR_hoabinhportlet_cur=2&_cmsview_WAR_hoabinhportlet_delta=10"
DOCS = "/web/kimboi/van-ban?categoryId=230"
NOTS = [("/web/kimboi/chi-tiet-tin?" + PP + "&articleId=60590&categoryId=231", "Thông báo thời gian tiếp nhận hồ sơ đăng ký đất đai dịp nghỉ lễ Quốc khánh", "TB_nghi_le_2_9.pdf"),
        ("/web/kimboi/chi-tiet-tin?" + PP + "&articleId=60621&categoryId=231", "Thông báo mời thầu gói thầu sửa chữa trụ sở UBND xã Kim Lập", "HSMT_KimLap.zip")]
FUR = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến :", "Đánh giá bài viết:",
       "Danh sách bài viết mới", "Danh sách bài viết cũ", "Cổng Thông tin điện tử huyện Kim Bôi", "null"]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}"/>' if canon else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{esc(title)}</title>{can}</head>
<body><div id="header"><a href="/"><span class="portal-name">Cổng Thông tin điện tử huyện Kim Bôi</span></a></div>
<div id="navigation"><a href="/">Trang chủ</a> <a href="{esc(L1)}">Tin hoạt động</a> <a href="{esc(DOCS)}">Văn bản điều hành</a> <a href="/web/kimboi/so-do-cong">Sơ đồ cổng</a></div>
<div class="container"><div class="col-left">{inner}</div><div class="col-right">
<div class="box_bg"><h3 class="title-list-news">Thông báo</h3>{''.join(f'<p><a href="{esc(n[0])}">{esc(n[1])}</a></p>' for n in NOTS)}</div>
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3><p><i class="icon-user"></i> Tổng số truy cập: 3.027.614</p><p><i class="icon-cal"></i> Trong tháng: 48.903</p>
<p><i class="icon-sun"></i> Trong ngày: 1.377</p><p><i class="icon-on"></i> Tổng số trực tuyến : 64</p></div></div></div>
<div id="footer">Cơ quan chủ quản: UBND huyện Kim Bôi - tỉnh Hòa Bình. Địa chỉ: Tiểu khu Bo, thị trấn Bo.</div></body></html>"""


def article(a):
    i = arts.index(a)
    lst = lambda xs: "".join(f'<li><a href="{esc(A(o))}">{esc(o["title"])}</a> <span class="date">({o["date"]:%d/%m/%Y})</span></li>' for o in xs)
    lead = f'<div id="leadDetail"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    img = ""
    if a["caption"]:
        img = f'<div class="img-detail"><img src="/documents/1010/{a["id"]}/anh.jpg"/><div class="img-title">{esc(a["caption"])}</div></div>'
    elif a["kind"] in ("par", "meet"):
        img = f'<div class="img-detail"><img src="/documents/1010/{a["id"]}/anh.jpg"/><div class="img-title">null</div></div>'
    b = dict(a, caption=None)
    inner = f"""<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3>
<h1 id="titleDetail">{esc(a['title'])}</h1><div class="tool"><span class="date_time">{a['date']:%d/%m/%Y %H:%M}</span> <a class="font-minus">A-</a><a class="font-plus">A+</a> <a class="speak"><img src="/o/hb/images/loa.png"/></a></div>
{lead}{img}<div id="contentDetail">{body_html(b)}</div>
<div class="print-back"><a href="javascript:window.print()"><img src="/o/hb/images/print.png" alt="In"/></a> <a href="javascript:history.back()"><img src="/o/hb/images/back.png" alt="Quay lại"/></a></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="{a['id']}"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(arts[:i][-3:])}</ul><h4>Danh sách bài viết cũ</h4><ul>{lst(arts[i+1:i+4])}</ul></div></div>"""
    return shell(a["title"], inner, A(a))


def listing(items):
    lis = "".join(f'<div class="item-news"><a href="{esc(A(a))}"><h3>{esc(a["title"])}</h3></a><span class="date_time">{a["date"]:%d/%m/%Y %H:%M}</span><p>{esc((a["lead"] or a["paras"][0])[:110])}...</p></div>' for a in items)
    return shell("Tin hoạt động", f'<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3>{lis}<div class="paging"><a href="{esc(L1)}">1</a><a href="{esc(L2)}">2</a></div></div>')


home = shell("Cổng Thông tin điện tử huyện Kim Bôi", '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>' +
             "".join(f'<p><a href="{esc(A(a))}">{esc(a["title"])}</a></p>' for a in arts[:3]) + f'<a href="{esc(L1)}">Xem tất cả</a></div>')
docs = shell("Văn bản điều hành", '<div class="box_border"><h3 class="title-list-news">Văn bản điều hành</h3><table><tr><td>Số ký hiệu</td><td>Ngày ban hành</td><td>Trích yếu</td></tr><tr><td>2216/UBND-NV</td><td>12/08/2025</td><td>V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính</td></tr></table></div>')
nots = [(n[0], shell(n[1], f'<div class="box_border"><h3 class="title-list-news">Thông báo</h3><h1 id="titleDetail">{esc(n[1])}</h1><p><a href="/documents/1010/{n[2]}">{n[2]}</a></p></div>', n[0])) for n in NOTS]
assemble("p4_kimboi", {"name": "Cổng Thông tin điện tử huyện Kim Bôi", "district": "Kim Bôi", "province": "Hòa Bình",
                       "platform": "Liferay 7 Hòa Bình CMS"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(DOCS, docs)] + nots, FUR)

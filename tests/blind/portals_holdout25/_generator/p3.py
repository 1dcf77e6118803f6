# -*- coding: utf-8 -*-
"""p3 - Liferay 7 custom CMS of Hòa Bình province, district sub-site huyện Lạc Sơn.
Hard: portlet render URLs with &amp;; category heading (h3) above the h1; the "Lượt truy cập" counter box
is INSIDE the article box (div.box_border) after the body; a lead-image caption that prints "null";
.author/.source after the body; JS rating; an undated short notice article."""
from common import *

P = Portal("p3_lacson_liferay7", "Trang thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "Liferay 7 (Hòa Bình cmsview portlets), district sub-site")
S = "/web/huyen-lac-son"
NS = "_cmsview_WAR_hoabinhportalportlet_"
P.furniture = ["Lượt truy cập", "Tổng số truy cập:", "Tổng số trực tuyến :", "Đánh giá bài viết:", "Danh sách bài viết mới",
               "Danh sách bài viết cũ", "Cơ quan chủ quản: Ủy ban nhân dân huyện Lạc Sơn", "Trong ngày:"]


def art_url(aid, cat):
    return f"{S}/chi-tiet-tin?p_p_id=cmsview_WAR_hoabinhportalportlet&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&{NS}articleId={aid}&{NS}categoryId={cat}"


def cat_url(cat, cur=None):
    u = f"{S}/danh-muc?p_p_id=cmsview_WAR_hoabinhportalportlet&p_p_lifecycle=0&{NS}categoryId={cat}"
    if cur:
        u += f"&{NS}cur={cur}&{NS}delta=10"
    return u


def counter():
    return """<div class="box_bg counter-box"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="row-counter"><i class="fa fa-users"></i> Tổng số truy cập: 1,486,203</div><div class="row-counter"><i class="fa fa-calendar"></i> Trong tháng: 31,577</div>
<div class="row-counter"><i class="fa fa-clock-o"></i> Trong ngày: 1,093</div><div class="row-counter"><i class="fa fa-signal"></i> Tổng số trực tuyến : 52</div></div>"""


def page(title, main):
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8" /><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" href="/o/hoabinh-theme/css/main.css" /></head>
<body class="portlet-public"><div class="container-fluid" id="wrapper">
<div class="header"><div class="logo"><a href="{S}"><img src="/o/hoabinh-theme/images/logo-lacson.png" alt="Lạc Sơn" /></a></div><div class="header-date">{TODAY}</div></div>
<nav class="navbar"><ul class="nav navbar-nav"><li><a href="{S}">Trang chủ</a></li><li><a href="{S}/gioi-thieu">Giới thiệu</a></li>
<li><a href="{cat_url(301)}">Tin tức - Sự kiện</a></li><li><a href="{cat_url(305)}">Cải cách hành chính</a></li><li><a href="{S}/lien-he">Liên hệ</a></li></ul></nav>
<div class="row"><div class="col-md-9" id="column-1">{main}</div>
<div class="col-md-3" id="column-2"><div class="box_bg"><h3 class="title-list-news">Dịch vụ công</h3><a href="{S}/dich-vu-cong"><img src="/o/hoabinh-theme/images/dvc.png" alt="Dịch vụ công trực tuyến" /></a></div></div></div>
<footer class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Lạc Sơn</p><p>Địa chỉ: Khu phố Thống Nhất, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
</div></body></html>"""


communes = ["TT. Vụ Bản", "Xã Ân Nghĩa", "Xã Yên Nghiệp", "Xã Tân Lập", "Xã Nhân Nghĩa", "Xã Quyết Thắng", "Xã Văn Sơn"]
arts = []
a = mot_cua("Lạc Sơn", "huyện", "6 tháng đầu", 2024, iso(2024, 6, 7), 301, table_units=communes,
            title="Lạc Sơn: Hơn 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn trong 6 tháng đầu năm")
arts.append((1052314, 305, a, "14:35", "Bùi Văn Hùng", "Văn phòng HĐND và UBND huyện", None))
a = so_hoa("Huyện Lạc Sơn", 2024, iso(2024, 5, 16), 302)
arts.append((1049877, 305, a, "08:10", "Quách Thị Hoa", "Trung tâm VH-TT-TT huyện", "null"))
a = par_index("huyện Lạc Sơn", "Hòa Bình", 2023, 79.86, 7, 10, 2, 84.3, iso(2024, 4, 2))
arts.append((1043551, 305, a, "16:02", "Phòng Nội vụ", None, "Toàn cảnh hội nghị công bố Chỉ số CCHC"))
a = kiem_tra("UBND huyện Lạc Sơn", ["Ân Nghĩa", "Yên Nghiệp", "Văn Sơn"], 3, 2024, iso(2024, 3, 27), 303)
arts.append((1041208, 305, a, "10:45", "Đinh Công Tuấn", None, None))
a = tin_thuong("short", "huyện Lạc Sơn", None)
arts.append((1055020, 305, a, None, None, None, None))
a = tin_thuong("hoi", "huyện Lạc Sơn", iso(2024, 4, 13))
arts.append((1045702, 301, a, "21:15", "Bùi Thanh Hà", "Trung tâm VH-TT-TT huyện", "null"))

dated = sorted([x for x in arts if x[2]["published"]], key=lambda x: x[2]["published"], reverse=True)
for aid, cat, a, hm, au, src, cap in arts:
    path = art_url(aid, cat)
    date_html = ""
    if a["published"]:
        y, m, d = a["published"].split("-")
        date_html = f'<span class="date_time">{d}/{m}/{y} {hm}</span>'
    img = ""
    if cap is not None:
        img = f'<div class="img-detail"><img src="/documents/20182/{aid}/anh-{aid}.jpg" alt="" /><div class="img-title">{esc(cap)}</div></div>'
    newer = [x for x in dated if a["published"] and x[2]["published"] > a["published"]][-3:]
    older = [x for x in dated if a["published"] and x[2]["published"] < a["published"]][:3]
    if not a["published"]:
        older = dated[:3]
    lst = lambda xs: "".join(f'<li><a href="{esc(art_url(x[0], x[1]))}">{esc(x[2]["title"])}</a> <span>({"/".join(x[2]["published"].split("-")[::-1])})</span></li>' for x in xs)
    meta = (f'<div class="author">{esc(au)}</div>' if au else "") + (f'<div class="source">Nguồn: {esc(src)}</div>' if src else "")
    main = f"""<div class="box_border"><h3 class="title-list-news">{"Cải cách hành chính" if cat == 305 else "Tin tức - Sự kiện"}</h3>
<div class="detail-news"><h1 id="titleDetail">{esc(a['title'])}</h1>
<div class="tool-detail">{date_html} <span class="font-tool"><a href="javascript:changeFont(-1)">A-</a> <a href="javascript:changeFont(1)">A+</a></span> <a href="javascript:readNews()" class="speak"><i class="fa fa-volume-up"></i></a></div>
<div id="leadDetail"><p>{esc(a['blocks'][0][1])}</p></div>
{img}
<div id="contentDetail">
{render_blocks(a['blocks'][1:], table_attrs='class="table table-bordered"')}
</div>
{meta}
<div class="print-share"><a href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In</a>
<a class="share-fb" href="/share?u=fb">Facebook</a> <a class="share-tw" href="/share?u=tw">Twitter</a></div>
<div class="rating"><span>Đánh giá bài viết:</span> <span class="stars" data-id="{aid}"></span> <span class="rating-count"></span></div>
{counter()}
<div id="footerOfNewDetail"><div class="list-new"><h4>Danh sách bài viết mới</h4><ul>{lst(newer)}</ul></div><div class="list-old"><h4>Danh sách bài viết cũ</h4><ul>{lst(older)}</ul></div></div>
</div></div>"""
    P.add(path, page(a["title"], main))
    P.gold_article(path, a)


def listing(xs, head, pager=""):
    items = "".join(f'<div class="item-news"><a href="{esc(art_url(x[0], x[1]))}" class="title-news">{esc(x[2]["title"])}</a>'
                    f'<span class="date_time">{"/".join(x[2]["published"].split("-")[::-1]) if x[2]["published"] else ""}</span><p>{esc(x[2]["blocks"][0][1][:140])}...</p></div>' for x in xs)
    return page(head, f'<div class="box_border"><h3 class="title-list-news">{head}</h3>{items}{pager}</div>')


cc = [x for x in arts if x[1] == 305]
cc = [arts[4]] + [x for x in dated if x[1] == 305]
P.add(S, listing(dated[:5], "Tin nổi bật") + "")
P.add("/", '<html><head><meta http-equiv="refresh" content="0; url=/web/huyen-lac-son" /><title>Lạc Sơn</title></head><body><a href="/web/huyen-lac-son">Trang chủ</a></body></html>')
P.add(cat_url(305), listing(cc[:3], "Cải cách hành chính", f'<ul class="pagination"><li class="active"><a>1</a></li><li><a href="{esc(cat_url(305, 2))}">2</a></li><li><a href="{esc(cat_url(305, 2))}">»</a></li></ul>'))
P.add(cat_url(305, 2), listing(cc[3:], "Cải cách hành chính", f'<ul class="pagination"><li><a href="{esc(cat_url(305))}">1</a></li><li class="active"><a>2</a></li></ul>'))
P.add(cat_url(301), listing([x for x in arts if x[1] == 301], "Tin tức - Sự kiện"))
P.add(S + "/gioi-thieu", page("Giới thiệu", """<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><h1 id="titleDetail">Khái quát về huyện Lạc Sơn</h1>
<div id="contentDetail"><p>Lạc Sơn là huyện miền núi nằm ở phía Nam tỉnh Hòa Bình, là cái nôi của văn hóa Mường với vùng Mường Bi, Mường Vang nổi tiếng. Huyện có 1 thị trấn và 23 xã.</p>
<p>Diện tích tự nhiên của huyện khoảng 58 nghìn ha, đồng bào dân tộc Mường chiếm đa số.</p></div></div>"""))
P.add(S + "/lien-he", page("Liên hệ", """<div class="box_border"><h3 class="title-list-news">Liên hệ</h3><p>Văn phòng HĐND và UBND huyện Lạc Sơn</p><p>Điện thoại: 0218.3862 190</p><p>Email: vanphong.lacson@hoabinh.gov.vn</p></div>"""))
P.non_articles = ["/", S, cat_url(305), cat_url(305, 2), cat_url(301), S + "/gioi-thieu", S + "/lien-he"]
P.write()

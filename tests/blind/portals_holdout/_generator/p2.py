# -*- coding: utf-8 -*-
from common import *
from data import P2
S = Site("budang_liferay_dinhdanh", {"name": "Cổng thông tin điện tử huyện Bù Đăng", "district": "Bù Đăng", "province": "Bình Phước", "platform": "Liferay (egov theme, /chi-tiet-tin-tuc?dinhDanh=)"})
ids = {"b1": "1288031", "b2": "1287710", "b3": "1287455", "b4": "1287802", "b5": "1287940", "b6": "1288002"}
paths = {k: f"/chi-tiet-tin-tuc?dinhDanh={v}" for k, v in ids.items()}
A = {a["key"]: a for a in P2}
WDB = {"Thứ Bảy": "Thứ Bẩy"}
hm = {"b1": "07:30", "b2": "15:00", "b3": "20:15", "b4": "09:45", "b5": "10:10", "b6": "16:40"}
order = sorted(A, key=lambda k: A[k]["date"])

def page(title, main, path):
    return f'''<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Cổng thông tin điện tử huyện Bù Đăng</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/><meta property="og:url" content="http://{{{{HOST}}}}{esc(path)}"/>
<link href="/o/budang-theme/css/main.css" rel="stylesheet" type="text/css"/><script src="/o/frontend-js-web/liferay/liferay.js"></script></head>
<body class="controls-visible signed-out public-page site"><a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>
<div id="wrapper"><header id="banner"><div class="logo"><a href="/"><img src="/o/budang-theme/images/logo.png" alt="Bù Đăng"/></a></div>
<div class="search"><input type="text" placeholder="Tìm kiếm..."/></div>
<nav id="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu-chung">Giới thiệu chung</a></li><li><a href="/tin-tuc-su-kien">Tin tức sự kiện</a></li><li><a href="/cai-cach-hanh-chinh">Cải cách hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div id="content"><div class="portlet-layout row"><div class="portlet-column col-md-8" id="column-1">{main}</div>
<div class="portlet-column col-md-4" id="column-2">
<section class="portlet" id="portlet_tinmoi"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h2></div><div class="portlet-body"><ul>{"".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a></li>' for k in reversed(order[-4:]))}</ul></div></section>
<section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống Kê Truy Cập</span></h2></div>
<div class="portlet-body"><div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span>Tổng số lượt truy cập</span>: <span class="counter-value">2316458</span></div>
<div><span>Số người đang truy cập</span>: <span class="counter-value">41</span></div>
<div><span>Hôm nay</span>: <span class="counter-value">1207</span></div>
<div><span>Hôm qua</span>: <span class="counter-value">1893</span></div>
<div>Tuần này</span>: <span class="counter-value">7410</span></div>
<div><span>Tuần trước</span>: <span class="counter-value">12655</span></div>
<div><span>Tháng này</span>: <span class="counter-value">30112</span></div>
<div><span>Tháng trước</span>: <span class="counter-value">51984</span></div></div></div></div></section>
<section class="portlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></div><div class="portlet-body"><ul class="weblinks"><li><a href="#">Cổng TTĐT tỉnh Bình Phước</a></li><li><a href="#">Hệ thống thông tin giải quyết TTHC</a></li></ul></div></section>
</div></div></div>
<footer id="footer"><p>Bản quyền © 2020 thuộc về Ủy ban nhân dân huyện Bù Đăng</p><p>Địa chỉ: Khu Đức Lập, thị trấn Đức Phong, huyện Bù Đăng, tỉnh Bình Phước. Điện thoại: 0271.3968.123 - Email: ubnd@budang.binhphuoc.gov.vn</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></footer></div></body></html>'''

for k, a in A.items():
    i = order.index(k)
    newer = order[i+1:i+4]; older = list(reversed(order[max(0, i-3):i]))
    rel = lambda ks: "".join(f'<li><a href="{paths[x]}">{esc(A[x]["title"])}</a> <span class="date">({dmy(A[x]["date"])[:5]})</span></li>' for x in ks)
    d = a["date"]; wdn = WDB.get(wd(d), wd(d))
    lead = f'<div class="asset-abstract"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    img = ""
    if k == "b3":
        img = '<div class="lead-image"><img src="/documents/20182/1287455/ngay-hoi-van-hoa.jpg" alt=""/><div class="img-title">null</div></div>'
    cat = "Cải cách hành chính" if k in ("b1", "b2") else "Tin tức sự kiện"
    main = f'''<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="{'/cai-cach-hanh-chinh' if k in ('b1','b2') else '/tin-tuc-su-kien'}">{cat}</a></div>
<section class="portlet" id="portlet_chitiettintuc_WAR_egovnewsportlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{cat}</span></h2></div>
<div class="portlet-body"><div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a["title"])}</h3>
<div class="social-panel"><div class="pull-left date">{wdn}, ngày {dmy(d)} {hm[k]}</div><div class="pull-right"><a class="sendMail" href="mailto:?subject=chia%20se">Email</a> <a href="javascript:zoomOut()">A-</a> <a href="javascript:zoomIn()">A+</a> <a class="read-aloud" href="javascript:void(0)">Đọc bài</a></div></div>
{lead}{img}<div class="asset-content">{body_html(a["paras"])}
<div class="view-count">Số lượt đọc: {300 + int(ids[k]) % 900}</div></div>
<div class="related_asset"><div class="related_asset_title">Tin mới hơn</div><ul>{rel(newer)}</ul><div class="related_asset_title">Tin cũ hơn</div><ul>{rel(older)}</ul></div>
</div></div></section>'''
    S.add(paths[k], f"chi-tiet-{ids[k]}.html", page(a["title"], main, paths[k]), article=a)

def listing(keys, title, pag):
    items = "".join(f'''<div class="asset-abstract-item"><img src="/documents/thumb/{ids[k]}.jpg" width="180" height="100" alt=""/><h4><a href="{paths[k]}">{esc(A[k]["title"])}</a></h4><span class="asset-category-name">{title}</span> <span class="asset-publish-date">{dmy(A[k]["date"], "-")}</span><div class="asset-sumary">{esc((A[k]["lead"] or A[k]["paras"][0])[:140])}...</div></div>''' for k in keys)
    return f'<section class="portlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{title}</span></h2></div><div class="portlet-body">{items}<div class="taglib-page-iterator">{pag}</div></div></section>'
news = [k for k in reversed(order) if k not in ("b1", "b2")]
S.add("/tin-tuc-su-kien", "tin-tuc-su-kien.html", page("Tin tức sự kiện", listing(news[:2], "Tin tức sự kiện", 'Trang 1 / 2 <a href="/tin-tuc-su-kien?cur=2">Sau »</a>'), "/tin-tuc-su-kien"), non=True)
S.add("/tin-tuc-su-kien?cur=2", "tin-tuc-su-kien-2.html", page("Tin tức sự kiện", listing(news[2:], "Tin tức sự kiện", '<a href="/tin-tuc-su-kien">« Trước</a> Trang 2 / 2'), "/tin-tuc-su-kien?cur=2"), non=True)
S.add("/cai-cach-hanh-chinh", "cai-cach-hanh-chinh.html", page("Cải cách hành chính", listing(["b1", "b2"], "Cải cách hành chính", "Trang 1 / 1"), "/cai-cach-hanh-chinh"), non=True)
S.add("/gioi-thieu-chung", "gioi-thieu-chung.html", page("Giới thiệu chung", '<section class="portlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Giới thiệu chung</span></h2></div><div class="portlet-body"><div class="journal-content-article"><p>Huyện Bù Đăng được thành lập năm 1988, có diện tích tự nhiên 1.501 km2, gồm 15 xã và 1 thị trấn.</p><p>Trên địa bàn có 27 dân tộc anh em cùng sinh sống, trong đó đồng bào dân tộc thiểu số chiếm khoảng 40% dân số.</p></div></div></section>', "/gioi-thieu-chung"), non=True)
S.add("/lien-he", "lien-he.html", page("Liên hệ", '<section class="portlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên hệ</span></h2></div><div class="portlet-body"><form><label>Họ và tên</label><input/><label>Nội dung</label><textarea></textarea><label>Mã xác nhận</label><input/><button>Gửi</button></form></div></section>', "/lien-he"), non=True)
home = '<section class="portlet"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h2></div><div class="portlet-body"><ul>' + "".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a></li>' for k in ["b1", "b6"]) + '</ul><a href="/tin-tuc-su-kien">Xem thêm</a> | <a href="/cai-cach-hanh-chinh">Cải cách hành chính</a></div></section>'
S.add("/", "index.html", page("Trang chủ", home, "/"), non=True)
S.furn = ["Truy cập nội dung luôn", "Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tháng này", "2316458", "Tin mới hơn", "Tin cũ hơn", "Số lượt đọc:", "A+", "Đọc bài", "Liên kết website", "Tin mới", "null", "Bản quyền © 2020", "Khu Đức Lập, thị trấn Đức Phong", "0271.3968.123", "Chịu trách nhiệm chính"]
S.write()

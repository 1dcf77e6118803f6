# -*- coding: utf-8 -*-
from common import *
from data import P1
S = Site("hailang_sharepoint_baiviet", {"name": "Cổng thông tin điện tử huyện Hải Lăng", "district": "Hải Lăng", "province": "Quảng Trị", "platform": "SharePoint 2013 (generic web parts, /Pages/<slug>-<id>.aspx + /Lists/BaiViet/View_Detail.aspx?ItemID=)"})
paths = {"a1": "/Pages/hai-lang-quy-i-2025-giai-quyet-dung-han-98-7-ho-so-thu-tuc-hanh-chinh-4871.aspx",
 "a2": "/Lists/BaiViet/View_Detail.aspx?ItemID=512",
 "a3": "/Pages/hai-lang-ra-quan-trong-cay-dau-xuan-at-ty-2025-4790.aspx",
 "a4": "/Lists/BaiViet/View_Detail.aspx?ItemID=530",
 "a5": "/Pages/hoi-nghi-tong-ket-cong-tac-phong-chong-thien-tai-nam-2024-4702.aspx",
 "a6": "/Lists/BaiViet/View_Detail.aspx?ItemID=521"}
A = {a["key"]: a for a in P1}
views = {"a1": "1.234", "a2": "2.087", "a3": "415", "a4": "388", "a5": "602", "a6": "275"}
times = {"a1": "08:15", "a2": "14:32", "a3": "07:50", "a4": "16:05", "a5": "10:20", "a6": "09:40"}

def page(title, crumb, main, path="/"):
    digits = lambda n, p: "".join(f'<div id="{p}{i+1}" class="so">{c}</div>' for i, c in enumerate(n))
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10"/><meta name="GENERATOR" content="Microsoft SharePoint"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8"/><title>{esc(title)} - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI LĂNG</title>
<link rel="canonical" href="http://{{{{HOST}}}}{esc(path)}"/>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css"/></head>
<body><form method="post" action="{esc(path)}" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCZg8WAh4TUHJldmlvdXNDb250cm9sTW9kZQspiAFNaWNyb3NvZnQ="/></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="top-bar"><span class="ngay-hien-tai">Thứ Năm, ngày 04/12/2025</span> <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-site.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div>
<div class="banner"><img src="/PublishingImages/banner-hailang.jpg" alt="Cổng thông tin điện tử huyện Hải Lăng"/><div class="marquee">Chào mừng quý khách đến với Cổng thông tin điện tử huyện Hải Lăng</div></div>
<div class="menu-top"><ul class="root"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li><li><a href="/Pages/cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></li><li><a href="/Pages/van-ban-chi-dao-dieu-hanh.aspx">Văn bản chỉ đạo điều hành</a></li><li><a href="/Pages/lien-he.aspx">Liên hệ</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; {crumb}</div>
<div class="col-main">{main}</div>
<div class="col-right">
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>TIN ĐỌC NHIỀU</span></h2></div><div id="WebPartWPQ5"><ul class="docnhieu">
<li><a href="{paths['a2']}">{esc(A['a2']['title'])}</a></li><li><a href="{paths['a1']}">{esc(A['a1']['title'])}</a></li><li><a href="{paths['a5']}">{esc(A['a5']['title'])}</a></li></ul></div></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>LIÊN KẾT WEBSITE</span></h2></div><div id="WebPartWPQ6"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="#">Cổng TTĐT tỉnh Quảng Trị</option><option value="#">Cổng Dịch vụ công quốc gia</option></select></div></div>
</div>
<div class="footer"><div class="Footer-Text"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI LĂNG</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Hải Lăng</p><p>Địa chỉ: Khóm 1, thị trấn Diên Sanh, huyện Hải Lăng, tỉnh Quảng Trị - Điện thoại: 0233.3870.216</p><p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Hải Lăng" khi phát hành lại thông tin từ website này.</p></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><div style="display:none"><span id="ctl00_g_5b1c_Label_TruyCap">1804975</span><span id="ctl00_g_5b1c_Label_Count">27</span></div>
<div class="ThongKeSoLuot"><div class="title">Thống kê truy cập</div><div class="SoLuongOnline"><span>Đang online:</span>{digits("0000027","slol")}</div><div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits("1804975","sltc")}</div></div></div></div></div>
</div></div></form></body></html>'''

others_list = lambda me: '<div class="tin-khac"><h3>Các tin khác</h3><ul>' + "".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a> <span>({dmy(A[k]["date"])})</span></li>' for k in paths if k != me)[:0] + "".join(f'<li><a href="{paths[k]}">{esc(A[k]["title"])}</a> <span>({dmy(A[k]["date"])})</span></li>' for k in list(paths)[:5] if k != me) + "</ul></div>"

for k, a in A.items():
    p = paths[k]; cat = "Cải cách hành chính" if k in ("a1", "a2") else "Tin tức - Sự kiện"
    catp = "/Pages/cai-cach-hanh-chinh.aspx" if k in ("a1", "a2") else "/Pages/tin-tuc-su-kien.aspx"
    lead = f'<p class="news-summary"><strong>{esc(a["lead"])}</strong></p>' if a["lead"] else ""
    body = body_html(a["paras"], tcls="ms-rteTable-default")
    share = '<div class="tool-news"><a href="mailto:?subject=Tin%20t%E1%BB%A9c">Gửi cho bạn bè</a> | <a href="javascript:window.print()">In bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div>'
    if p.startswith("/Pages/"):
        inner = f'''<div class="news-date">Cập nhật lúc {times[k]}, {dmy(a["date"])}</div>
<h1 class="news-title">{esc(a["title"])}</h1><div class="news-view">Lượt xem: {views[k]} <span class="size">100%</span></div>
{lead}<div class="ms-rtestate-field">{body}</div>{share}'''
    else:
        inner = f'''<h1 class="news-title">{esc(a["title"])}</h1>
{lead}<div class="ms-rtestate-field">{body}</div>
<div class="news-date-bottom">Ngày đăng: {dmy(a["date"])} {times[k]} - Số lượt đọc: {views[k]}</div>{share}'''
    main = f'''<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>{cat.upper()}</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody"><div class="news-detail">{inner}</div>{others_list(k)}</div></div>'''
    fn = p.split("/")[-1].replace(".aspx", "").replace("View_Detail", "view-detail").replace("?ItemID=", "-") + ".html"
    S.add(p, fn, page(a["title"], f'<a href="{catp}">{cat}</a>', main, p), article=a)

def listing(keys, title, pager=""):
    items = "".join(f'''<div class="item-news"><img src="/PublishingImages/thumb/{k}.jpg" alt=""/><a class="channel-news-title" href="{paths[k]}">{esc(A[k]["title"])}</a> <span class="date">({dmy(A[k]["date"])})</span><p>{esc((A[k]["lead"] or A[k]["paras"][0])[:150])}...</p></div>''' for k in keys)
    return f'<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>{title.upper()}</span></h2></div><div id="WebPartWPQ2">{items}<div class="pager">{pager}</div></div></div>'
S.add("/Pages/tin-tuc-su-kien.aspx", "tin-tuc-su-kien.html", page("Tin tức - Sự kiện", "Tin tức - Sự kiện", listing(["a4", "a6", "a3"], "Tin tức - Sự kiện", '<span>1</span> <a href="/Pages/tin-tuc-su-kien.aspx?Page=2">2</a> <a href="/Pages/tin-tuc-su-kien.aspx?Page=2">Tiếp</a>'), "/Pages/tin-tuc-su-kien.aspx"), non=True)
S.add("/Pages/tin-tuc-su-kien.aspx?Page=2", "tin-tuc-su-kien-p2.html", page("Tin tức - Sự kiện", "Tin tức - Sự kiện", listing(["a5"], "Tin tức - Sự kiện", '<a href="/Pages/tin-tuc-su-kien.aspx">1</a> <span>2</span>'), "/Pages/tin-tuc-su-kien.aspx?Page=2"), non=True)
S.add("/Pages/cai-cach-hanh-chinh.aspx", "cai-cach-hanh-chinh.html", page("Cải cách hành chính", "Cải cách hành chính", listing(["a1", "a2"], "Cải cách hành chính") + '<p><a href="/Pages/thong-bao-lich-tiep-cong-dan-thang-4-2025-4880.aspx">Thông báo lịch tiếp công dân tháng 4/2025</a></p>', "/Pages/cai-cach-hanh-chinh.aspx"), non=True)
S.add("/Pages/thong-bao-lich-tiep-cong-dan-thang-4-2025-4880.aspx", "thong-bao-lich-tiep-cong-dan.html", page("Thông báo lịch tiếp công dân tháng 4/2025", '<a href="/Pages/cai-cach-hanh-chinh.aspx">Cải cách hành chính</a>', '''<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>THÔNG BÁO</span></h2></div><div id="WebPartWPQ3"><div class="news-detail"><h1 class="news-title">Thông báo lịch tiếp công dân tháng 4/2025</h1>
<div class="ms-rtestate-field"><p><a href="/Documents/2025/TB-lich-tiep-cong-dan-T4-2025.pdf"><img src="/_layouts/15/images/icpdf.png" alt=""/> Tải về: TB-lich-tiep-cong-dan-T4-2025.pdf</a></p></div></div></div></div>''', "/Pages/thong-bao-lich-tiep-cong-dan-thang-4-2025-4880.aspx"), non=True)
S.add("/Pages/gioi-thieu.aspx", "gioi-thieu.html", page("Giới thiệu", "Giới thiệu", '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>GIỚI THIỆU CHUNG</span></h2></div><div id="WebPartWPQ2"><div class="ms-rtestate-field"><p>Huyện Hải Lăng nằm ở phía Nam tỉnh Quảng Trị, có diện tích tự nhiên 425,7 km2, gồm 19 xã, thị trấn.</p><p>Phía Bắc giáp thị xã Quảng Trị và huyện Triệu Phong, phía Nam giáp tỉnh Thừa Thiên Huế.</p></div></div></div>', "/Pages/gioi-thieu.aspx"), non=True)
S.add("/Pages/van-ban-chi-dao-dieu-hanh.aspx", "van-ban.html", page("Văn bản chỉ đạo điều hành", "Văn bản chỉ đạo điều hành", '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</span></h2></div><div id="WebPartWPQ2"><table class="vanban"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr><tr><td>45/KH-UBND</td><td>12/02/2025</td><td>Kế hoạch cải cách hành chính năm 2025</td><td><a href="/Documents/2025/45-KH-UBND.pdf">Tải về</a></td></tr><tr><td>112/QĐ-UBND</td><td>20/01/2025</td><td>Quyết định ban hành Quy chế Bộ phận Một cửa</td><td><a href="/Documents/2025/112-QD-UBND.pdf">Tải về</a></td></tr></table></div></div>', "/Pages/van-ban-chi-dao-dieu-hanh.aspx"), non=True)
home = '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>TIN NỔI BẬT</span></h2></div><div id="WebPartWPQ2">' + "".join(f'<div class="hot"><a href="{paths[k]}">{esc(A[k]["title"])}</a></div>' for k in ["a1", "a4", "a6"]) + '<p><a href="/Pages/tin-tuc-su-kien.aspx">Xem tất cả</a> | <a href="/Pages/cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></p></div></div>'
S.add("/", "index.html", page("Trang chủ", "Trang chủ", home, "/"), non=True)
S.furn = ["Thứ Năm, ngày 04/12/2025", "Chào mừng quý khách đến với Cổng thông tin điện tử huyện Hải Lăng", "TIN ĐỌC NHIỀU", "LIÊN KẾT WEBSITE", "Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Lượt xem:", "Số lượt đọc:", "100%", "Gửi cho bạn bè", "In bài viết", "Quay lại", "Các tin khác", "Cập nhật lúc", "Ngày đăng:", "TIN TỨC - SỰ KIỆN", "CẢI CÁCH HÀNH CHÍNH", "Khóm 1, thị trấn Diên Sanh", "0233.3870.216", "Ghi rõ nguồn"]
S.write()

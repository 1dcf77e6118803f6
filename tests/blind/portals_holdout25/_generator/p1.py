# -*- coding: utf-8 -*-
"""p1 - SharePoint 2010 with web-part chrome (Krông Ana style), huyện Cư Kuin, Đắk Lắk.
Hard: the same <title> on every page; headline in a <p>; counters in the footer web part;
notice page under a dated /Pages/ path that is only a title and a file link."""
from common import *

P = Portal("p1_cukuin_sharepoint", "Cổng thông tin điện tử huyện Cư Kuin", "Cư Kuin", "Đắk Lắk",
           "SharePoint 2010 (web-part chrome, Tân Dân classes)")
TITLE = "Cổng thông tin điện tử huyện Cư Kuin"
MENU = [("/", "TRANG CHỦ"), ("/portal/Pages/Gioi-thieu-chung.aspx", "GIỚI THIỆU"), ("/portal/Pages/Tin-tuc-su-kien.aspx", "TIN TỨC - SỰ KIỆN"),
        ("/portal/Pages/Cai-cach-hanh-chinh.aspx", "CẢI CÁCH HÀNH CHÍNH"), ("/portal/Pages/Van-ban-chi-dao.aspx", "VĂN BẢN CHỈ ĐẠO"),
        ("/portal/Pages/Thu-tuc-hanh-chinh.aspx", "THỦ TỤC HÀNH CHÍNH"), ("/portal/Pages/Lien-he.aspx", "LIÊN HỆ")]
P.furniture = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Bản quyền thuộc UBND huyện Cư Kuin",
               "Ghi rõ nguồn \"Cổng thông tin điện tử huyện Cư Kuin\" khi phát hành lại thông tin từ website này",
               "Các tin đã đưa", "Lượt xem:", "Về đầu trang"]


def digits(prefix, n):
    s = str(n).rjust(7, "0")
    return "".join('<div id="%s%d" class="digit">%s</div>' % (prefix, i + 1, c) for i, c in enumerate(s))


def page(main, crumb):
    menu = "".join('<li class="static"><a class="static menu-item" href="%s"><span class="menu-item-text">%s</span></a></li>' % (h, t) for h, t in MENU)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="X-UA-Compatible" content="IE=8" />
<title>
	{TITLE}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css" />
<script type="text/javascript" src="/_layouts/1066/init.js"></script>
</head><body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCZg8WAh4TUHJldmlvdXNDb250cm9sTW9kZQspiAFNaWNyb3NvZnQuU2hhcmVQb2ludC5XZWJDb250cm9scy5TUENvbnRyb2xNb2RlLCBNaWNyb3NvZnQ" /></div>
<noscript><div class='noindex'>You may be trying to access this site from a secured browser on the server. Please enable scripts and reload this page.</div></noscript>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-banner"><img src="/portal/Style%20Library/images/banner_cukuin.jpg" alt="UBND huyện Cư Kuin" /></div>
<div class="tandan-header-date"><span id="ctl00_lblNgay">{TODAY}</span></div>
<div class="tandan-search"><input type="text" name="ctl00$txtSearch" value="Tìm kiếm..." /><a href="javascript:void(0)" class="btn-search">Tìm</a></div></div>
<div class="tandan-topmenu"><ul class="root static">{menu}</ul></div>
<div class="tandan-breadcrumb"><span><a href="/">Trang chủ</a></span> <span class="sep">&gt;</span> {crumb}</div>
<table class="tandan-layout" width="100%"><tr>
<td class="tandan-left" valign="top" style="width:220px">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">LIÊN KẾT</span></div>
<div id="WebPartWPQ2" class="ms-WPBody"><ul class="tandan-links"><li><a href="/portal/Pages/Dich-vu-cong.aspx">Dịch vụ công trực tuyến</a></li><li><a href="/portal/Pages/Hoi-dap.aspx">Hỏi đáp trực tuyến</a></li><li><a href="/portal/Pages/Lich-cong-tac.aspx">Lịch công tác</a></li></ul></div></div>
</td>
<td class="tandan-main" valign="top">
{main}
</td></tr></table>
<div class="tandan-footer"><div class="ms-webpart-chrome"><div id="WebPartWPQ9" class="ms-WPBody">
<div class="footer-copyright"><p>Bản quyền thuộc UBND huyện Cư Kuin</p><p>Địa chỉ: Thôn 9, xã Dray Bhăng, huyện Cư Kuin, tỉnh Đắk Lắk. Điện thoại: 0262.3636 118</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Cư Kuin" khi phát hành lại thông tin từ website này</p></div></div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ10" class="ms-WPBody">
<span id="ctl00_g_4f1c2a7e_5b3d_4a61_9d0e_2c7b8a9f1e33_Label_TruyCap" style="display:none">1804975</span><span id="ctl00_g_4f1c2a7e_5b3d_4a61_9d0e_2c7b8a9f1e33_Label_Count" style="display:none">41</span>
<div class="ThongKeSoLuot"><div class="tkTitle">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits('slol', 41)}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits('sltc', 1804975)}</div></div></div></div>
<div class="ve-dau-trang"><a href="#s4-workspace">Về đầu trang</a></div></div>
</div></div></form></body></html>"""


# ---- content
units = ["Dray Bhăng", "Ea Ktur", "Ea Tiêu", "Ea Bhốk", "Hòa Hiệp", "Ea Hu", "Cư Ê Wi", "Ea Ning"]
arts = []
a = mot_cua("Cư Kuin", "UBND huyện", "quý I", 2024, iso(2024, 4, 8), 101, table_units=units, byline="Hồ Thị Ngọc Hân")
a["title"] = "Cư Kuin: Giải quyết hồ sơ thủ tục hành chính quý I năm 2024 đạt tỷ lệ cao"
arts.append(("/portal/Pages/2024-4-8/Cu-Kuin-Giai-quyet-ho-so-thu-tuc-hanh-chinh-quy-I-nam-2024-dat-ty-le-cao-a7Kq2m9x.aspx", a, "Cải cách hành chính"))
a = par_index("huyện Cư Kuin", "Đắk Lắk", 2023, 84.12, 5, 15, 3, 86.35, iso(2024, 3, 21), byline="Văn phòng HĐND và UBND huyện")
arts.append(("/portal/Pages/2024-3-21/Cu-Kuin-xep-thu-5-15-ve-Chi-so-cai-cach-hanh-chinh-nam-2023-Bf83LkQ1.aspx", a, "Cải cách hành chính"))
a = kiem_tra("UBND huyện Cư Kuin", ["Ea Tiêu", "Ea Bhốk", "Hòa Hiệp"], 5, 2024, iso(2024, 5, 22), 102, byline="Phòng Nội vụ")
arts.append(("/portal/Pages/2024-5-22/Kiem-tra-cong-vu-cong-tac-cai-cach-hanh-chinh-tai-3-xa-x0PzR4tw.aspx", a, "Cải cách hành chính"))
a = so_hoa("Huyện Cư Kuin", 2024, iso(2024, 5, 30), 103, byline="Y Bhin Niê")
arts.append(("/portal/Pages/2024-5-30/Huyen-Cu-Kuin-day-manh-dich-vu-cong-truc-tuyen-toan-trinh-Mm31aZ7c.aspx", a, "Tin tức - Sự kiện"))
a = tin_thuong("hoi", "huyện Cư Kuin", iso(2024, 4, 13), byline="Minh Thuận")
arts.append(("/portal/Pages/2024-4-13/Khai-mac-Hoi-thi-van-nghe-quan-chung-huyen-Cu-Kuin-nam-2024-Td92sWq0.aspx", a, "Tin tức - Sự kiện"))
a = tin_thuong("lua", "huyện Cư Kuin", iso(2024, 3, 2), byline="Hữu Phước")
a["blocks"].insert(1, ("img", "/portal/Photos/2024-03-02/Thu%20hoach%20lua%20(1).jpg", "Nông dân xã Ea Bhốk thu hoạch lúa bằng máy gặt đập liên hợp"))
arts.append(("/portal/Pages/2024-3-2/Nong-dan-huyen-Cu-Kuin-thu-hoach-lua-vu-Dong-Xuan-Ha04pLe2.aspx", a, "Tin tức - Sự kiện"))

ordered = sorted(arts, key=lambda x: x[1]["published"], reverse=True)


def dmy(iso_):
    y, m, d = iso_.split("-")
    return f"{d} - {m} - {y}", f"{d}/{m}/{y}"


for i, (path, a, cat) in enumerate(arts):
    long_, short = dmy(a["published"])
    others = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (p2, esc(b["title"]), dmy(b["published"])[1])
                     for p2, b, c in ordered if p2 != path)
    lead, rest = a["blocks"][0][1], a["blocks"][1:]
    main = f"""<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">{esc(cat.upper())}</span></div>
<div id="WebPartWPQ4" class="ms-WPBody"><div class="tandan-div-article">
<p class="tandan-p-article-news-title">{esc(a['title'])}</p>
<div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày {long_}</span> | <span class="tandan-span-view">Lượt xem: {137 + i * 53}</span> | <span class="tandan-fontsize"><a href="javascript:ZoomOut()">-</a> 100% <a href="javascript:ZoomIn()">+</a></span></div>
<p class="tandan-p-article-news-summary">{esc(lead)}</p>
<div class="ms-rtestate-field">
{render_blocks(rest, img='<p><img src="{src}" alt="" width="500" /></p><p>{cap}</p>')}
</div>
<div class="td-tags">Từ khóa: <a href="/portal/Pages/Tim-kiem.aspx?k=CCHC">CCHC</a></div>
<div class="tandan-div-article-toolbar"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="tandan-div-article-other"><div class="title">Các tin đã đưa</div><ul>{others}</ul></div>
</div></div></div>"""
    P.add(path, page(main, f'<span><a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span> <span class="sep">&gt;</span> <span>{esc(cat)}</span>'))
    P.gold_article(path, a)


def listing(items, pager):
    li = []
    for p2, b, c in items:
        li.append(f'<div class="channel-news-item"><div class="channel-news-title"><a href="{p2}">{esc(b["title"])}</a></div>'
                  f'<div class="channel-news-date">{dmy(b["published"])[1]}</div><div class="channel-news-summary">{esc(b["blocks"][0][1][:150])}...</div></div>')
    return '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">TIN TỨC - SỰ KIỆN</span></div><div id="WebPartWPQ3" class="ms-WPBody">' + "".join(li) + pager + "</div></div>"


NOTICE = "/portal/Pages/2024-6-3/Thong-bao-lich-tiep-cong-dan-dinh-ky-thang-6-2024-Zq7Ue3Rb.aspx"
pager1 = '<div class="pager"><span class="current">1</span> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2">2</a> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2">Tiếp</a></div>'
pager2 = '<div class="pager"><a href="/portal/Pages/Tin-tuc-su-kien.aspx">1</a> <span class="current">2</span></div>'
home = listing(ordered[:4], "") + f'<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">THÔNG BÁO</span></div><div class="ms-WPBody"><ul><li><a href="{NOTICE}">Thông báo lịch tiếp công dân định kỳ tháng 6/2024</a></li></ul></div></div>'
P.add("/", page(home, ""))
P.add("/portal/Pages/Tin-tuc-su-kien.aspx", page(listing(ordered[:3], pager1), "<span>Tin tức - Sự kiện</span>"))
P.add("/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2", page(listing(ordered[3:], pager2), "<span>Tin tức - Sự kiện</span>"))
cchc = [x for x in ordered if x[2] == "Cải cách hành chính"]
P.add("/portal/Pages/Cai-cach-hanh-chinh.aspx", page(listing(cchc, ""), "<span>Cải cách hành chính</span>"))
P.add("/portal/Pages/Gioi-thieu-chung.aspx", page("""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">GIỚI THIỆU CHUNG</span></div><div class="ms-WPBody ms-rtestate-field">
<p>Huyện Cư Kuin được thành lập năm 2007 trên cơ sở tách ra từ huyện Krông Ana, nằm ở phía Đông Nam thành phố Buôn Ma Thuột. Huyện có 8 xã với nhiều đồng bào dân tộc thiểu số cùng sinh sống.</p>
<p>Kinh tế của huyện chủ yếu là nông nghiệp với các cây trồng chính như cà phê, hồ tiêu, lúa nước và cây ăn quả.</p></div></div>""", "<span>Giới thiệu chung</span>"))
P.add("/portal/Pages/Lien-he.aspx", page("""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">LIÊN HỆ</span></div><div class="ms-WPBody">
<p>Văn phòng HĐND và UBND huyện Cư Kuin</p><p>Điện thoại: 0262.3636 118 - Fax: 0262.3636 119</p><p>Email: vanphong@cukuin.daklak.gov.vn</p>
<table><tr><td>Họ và tên</td><td><input type="text" /></td></tr><tr><td>Nội dung</td><td><textarea></textarea></td></tr></table><input type="submit" value="Gửi" /></div></div>""", "<span>Liên hệ</span>"))
P.add(NOTICE, page("""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">THÔNG BÁO</span></div><div id="WebPartWPQ4" class="ms-WPBody"><div class="tandan-div-article">
<p class="tandan-p-article-news-title">Thông báo lịch tiếp công dân định kỳ tháng 6/2024</p>
<div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 03 - 06 - 2024</span> | <span class="tandan-span-view">Lượt xem: 58</span></div>
<div class="ms-rtestate-field"><p><a href="/portal/VanBan/2024-06/TB%20tiep%20cong%20dan%20thang%206.pdf">Tải về</a></p></div>
</div></div></div>""", "<span>Thông báo</span>"))
P.non_articles = ["/", "/portal/Pages/Tin-tuc-su-kien.aspx", "/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2",
                  "/portal/Pages/Cai-cach-hanh-chinh.aspx", "/portal/Pages/Gioi-thieu-chung.aspx", "/portal/Pages/Lien-he.aspx", NOTICE]
P.write()

"""p3: district portal on SharePoint 2010 with generic web parts (one detail page, item id in
the query), entity-heavy bodies, huyện Hướng Hóa, Quảng Trị."""
from common import Portal, e, href, entityize

P = Portal("h2_huonghoa_sp2010", "Trang thông tin điện tử huyện Hướng Hóa", "Hướng Hóa", "Quảng Trị",
           "SharePoint 2010, generic web parts (chi-tiet-tin.aspx?ItemID=)")

DETAIL = "/Pages/chi-tiet-tin.aspx?ItemID=%d&CateID=%d"
LIST = "/Pages/tin-tuc.aspx?CateID=3"
LIST2 = "/Pages/tin-tuc.aspx?CateID=3&Page=2"


def counter(label, digits):
    cells = "".join('<td><table class="tb-HitCount"><tbody><tr><td class="background-img"><div class="font-number">%s</div></td></tr></tbody></table></td>' % d for d in digits)
    return '<div class="dvHit-main"><div class="HitTitle"><h3>%s</h3></div><div class="HitCount-content"><table><tbody><tr>%s</tr></tbody></table></div></div>' % (label, cells)


def shell(title, main, canon):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/><meta http-equiv="X-UA-Compatible" content="IE=8"/>
<title>%(title)s</title>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1033/styles/Themable/corev4.css?rev=p63%%2BuzTeSJc22nVGNZ5zwg%%3D%%3D"/>
<script type="text/javascript">var L_Menu_BaseUrl=""; function ShowTime(){}</script>
</head><body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="%(action)s" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIGD2Q="/></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="v4-banner"><div class="logoS"><img src="/PublishingImages/banner-huonghoa.jpg" alt=""/></div>
<div class="ms-menu"><ul id="topnav">
<li><a class="tmenu" href="/"><span>Trang chủ</span></a></li>
<li><a class="tmenu" href="/gioithieu/Pages/default.aspx"><span>Giới thiệu</span></a></li>
<li><a class="tmenu" href="%(list)s"><span>Tin tức</span></a></li>
<li><a class="tmenu" href="/Pages/thong-bao.aspx"><span>Thông báo</span></a></li>
<li><a class="tmenu" href="/vanban/Pages/default.aspx"><span>Văn bản pháp luật</span></a></li>
<li><a class="tmenu" href="/Pages/lien-he.aspx"><span>Liên hệ</span></a></li></ul></div></div>
<div class="dateSearch"><div class="time"><span id="tP">Thứ Năm, 4/12/2026-9:5 AM</span></div>
<div class="searchLB">Tìm kiếm</div></div>
<div class="zoneCent"><table class="s4-wpTopTable"><tbody><tr><td>
<div webpartid="23b6a591-e2f5-4ae9-8f88-b9266b77c0e5" haspers="false" id="WebPartWPQ8" class="ms-WPBody">
<div id="ctl00_m_g_23b6a591_e2f5_4ae9_8f88_b9266b77c0e5">%(main)s</div></div>
</td></tr></tbody></table></div>
<div class="zoneRight"><table class="s4-wpTopTable"><tbody><tr><td><div id="WebPartWPQ6" class="ms-WPBody">
<div class="TruyCapOnLine">%(c1)s%(c2)s</div></div></td></tr></tbody></table></div>
<div class="footer"><div class="Footer"><div class="menuF1"><a href="/">Trang chủ</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-site.aspx">Sơ đồ site</a></div>
<div class="menuF1">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA</div>
<div class="menuF1">Cơ quan quản lý: Văn phòng HĐND và UBND huyện Hướng Hóa</div>
<div class="menuF1">Địa chỉ: 49 Hùng Vương, thị trấn Khe Sanh, huyện Hướng Hóa. Điện thoại: 0233.3880.246</div></div></div>
</div></div></form></body></html>
""" % dict(title=e(title), main=main, canon=canon, action=href(canon), list=href(LIST),
           c1=counter("TỔNG LƯỢT TRUY CẬP", "0731942"), c2=counter("ĐANG TRUY CẬP", "0000019"))


OTHERS = []


def detail(a):
    paras = a["paras"]
    parts = []
    for p in paras[1:]:
        if p.startswith("<"):
            parts.append(p)
        elif p == a.get("byline"):
            parts.append("<p>%s%s</p>" % ("&nbsp;" * 40, entityize(e(p))))
        else:
            parts.append("<p>%s</p>" % entityize(e(p)))
    date = '<div class="NgayDang">Cập nhật: %s</div>' % a["stamp"] if a.get("stamp") else ""
    others = "".join('<tr><td class="td_tindadua"><a href="%s">%s</a> <span>(%s)</span></td></tr>' % (
        href(DETAIL % (o["id"], o["cate"])), e(o["title"]), o["listdate"]) for o in OTHERS if o is not a)
    main = """<div id="ctl00_m_g_23b6a591_e2f5_4ae9_8f88_b9266b77c0e5_ctl00_mainPanel"><div>
<div class="title-gt"><p><strong>%(section)s</strong></p></div>
<div class="gthieu"><div class="gtTitle"><div><div>&#8203;<p>%(title)s</p></div>%(date)s<br/><br/>
<div>%(lead)s</div></div><div>&nbsp;</div>
<div class="img">%(body)s</div></div></div>
<div class="tool-news"><span>Số lượt người xem: %(views)s</span> | <a href="javascript:window.print();">Bản in</a> | <a href="javascript:history.go(-1);">Quay lại</a></div>
<div class="tin-da-dua"><table class="quesAsk"><tbody><tr><td class="td_moinhat">TIN ĐÃ ĐƯA</td></tr>%(others)s</tbody></table></div>
</div></div>""" % dict(section=e(a["section"]), title=entityize(e(a["title"])), date=date,
                       lead=entityize(e(paras[0])), body="".join(parts), views=a["views"], others=others)
    return shell(a["title"], main, DETAIL % (a["id"], a["cate"]))


TABLE = """<table class="ms-rteTable-1" border="1"><tbody>
<tr class="ms-rteTableHeaderRow-1"><th>Đơn vị</th><th>Hồ sơ tiếp nhận</th><th>Đúng hạn</th><th>Trễ hạn</th></tr>
<tr><td>Thị trấn Khe Sanh</td><td>1.184</td><td>1.179</td><td>5</td></tr>
<tr><td>Thị trấn Lao Bảo</td><td>962</td><td>962</td><td>0</td></tr>
<tr><td>Xã Tân Hợp</td><td>341</td><td>338</td><td>3</td></tr>
<tr><td>Xã Hướng Tân</td><td>207</td><td>207</td><td>0</td></tr>
</tbody></table>"""

A = [
    dict(id=412, cate=3, section="Cải cách hành chính", title="Kết quả cải cách thủ tục hành chính quý I năm 2024",
         published=None, views="64", byline="Minh Hải – VP",
         paras=[
             "Quý I năm 2024, công tác cải cách thủ tục hành chính của huyện tiếp tục được quan tâm chỉ đạo, số hồ sơ trễ hẹn giảm đáng kể so với quý IV năm trước.",
             "Bộ phận Một cửa huyện đã tiếp nhận 2.386 hồ sơ các loại, trong đó tồn trước chuyển qua 312 hồ sơ, tiếp nhận mới 2.074 hồ sơ. Đã giải quyết xong 2.105 hồ sơ, trong đó 2.091 hồ sơ đúng hạn, chiếm 99,3%; 14 hồ sơ trễ hẹn, chủ yếu thuộc lĩnh vực đất đai.",
             "Số hồ sơ đang giải quyết là 281 hồ sơ. Bộ phận Một cửa đã trả lại 19 hồ sơ do không đủ điều kiện giải quyết.",
             "Toàn huyện có 1.530 hồ sơ được nộp qua dịch vụ công trực tuyến toàn trình và một phần.",
             "Minh Hải – VP",
         ],
         must=["tồn trước chuyển qua 312 hồ sơ", "2.091 hồ sơ đúng hạn, chiếm 99,3%", "14 hồ sơ trễ hẹn",
               "1.530 hồ sơ được nộp qua dịch vụ công trực tuyến"], listdate="10/04/2024"),
    dict(id=437, cate=3, section="Cải cách hành chính", title="Tình hình giải quyết hồ sơ tại các xã, thị trấn 6 tháng đầu năm 2024",
         published="2024-07-15", stamp="15/07/2024 10:42 SA", views="121",
         paras=[
             "Phòng Nội vụ huyện vừa tổng hợp số liệu giải quyết hồ sơ thủ tục hành chính của UBND các xã, thị trấn trong 6 tháng đầu năm 2024.",
             "Bốn đơn vị có số lượng hồ sơ lớn nhất được thống kê như sau:",
             TABLE,
             "Các xã, thị trấn còn lại đều giải quyết đúng hạn 100% hồ sơ. Tỷ lệ hồ sơ trực tuyến cấp xã đạt 58,7%.",
             "Phòng Nội vụ đề nghị các đơn vị có hồ sơ trễ hẹn làm rõ trách nhiệm của từng công chức và báo cáo trước ngày 31/7.",
         ],
         must=["Thị trấn Lao Bảo", "Tỷ lệ hồ sơ trực tuyến cấp xã đạt 58,7%", "báo cáo trước ngày 31/7",
               "Bốn đơn vị có số lượng hồ sơ lớn nhất"], listdate="15/07/2024"),
    dict(id=445, cate=3, section="Tin hoạt động", title="Nông dân Khe Sanh bước vào vụ thu hoạch cà phê",
         published="2023-11-20", stamp="20/11/2023 4:15 CH", views="88",
         paras=[
             "Những ngày này, trên các đồi cà phê ở thị trấn Khe Sanh và xã Tân Liên, bà con nông dân đang tất bật thu hái cho kịp trước mùa mưa rét.",
             "Theo Phòng Nông nghiệp và Phát triển nông thôn, toàn huyện có khoảng 5.100 ha cà phê, năng suất bình quân năm nay ước đạt 1,4 tấn nhân mỗi ha.",
             "Giá cà phê tươi đầu vụ ở mức khá cao giúp nhiều hộ yên tâm đầu tư chăm sóc cho niên vụ sau.",
             "Khánh Linh",
         ],
         must=["khoảng 5.100 ha cà phê", "1,4 tấn nhân mỗi ha", "yên tâm đầu tư chăm sóc cho niên vụ sau"], listdate="20/11/2023"),
    dict(id=451, cate=3, section="Tin hoạt động", title="Hội thi tìm hiểu pháp luật dành cho đồng bào Vân Kiều, Pa Kô",
         published=None, views="42", byline="Trần Quý",
         paras=[
             "Phòng Tư pháp huyện phối hợp với Phòng Dân tộc tổ chức hội thi tìm hiểu pháp luật bằng song ngữ cho 12 đội thi đến từ các xã vùng đồng bào dân tộc thiểu số.",
             "Nội dung thi xoay quanh Luật Hôn nhân và gia đình, Luật Trẻ em và các quy định về phòng, chống mua bán người.",
             "Đội thi xã Hướng Lập giành giải nhất với tiểu phẩm về tác hại của tảo hôn.",
             "Trần Quý",
         ],
         must=["hội thi tìm hiểu pháp luật bằng song ngữ", "phòng, chống mua bán người", "tác hại của tảo hôn"], listdate="02/05/2024"),
    dict(id=458, cate=3, section="Cải cách hành chính", title="Chỉ số CCHC năm 2023: Hướng Hóa xếp thứ 5/9 huyện, thị xã, thành phố",
         published="2024-03-28", stamp="28/03/2024 8:30 SA", views="203",
         paras=[
             "Theo Quyết định công bố của UBND tỉnh Quảng Trị, Chỉ số cải cách hành chính năm 2023 của huyện Hướng Hóa đạt 82,06 điểm, xếp thứ 5/9 đơn vị cấp huyện.",
             "So với năm 2022, huyện giảm 02 bậc, dù tổng điểm tăng 1,3 điểm. Nguyên nhân chủ yếu là điểm điều tra xã hội học còn thấp ở tiêu chí về cung cấp dịch vụ công.",
             "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính huyện đạt 81,4%.",
             "Ngay sau khi có kết quả, UBND huyện đã giao các phòng chuyên môn xây dựng kế hoạch khắc phục từng tiêu chí bị trừ điểm.",
         ],
         must=["đạt 82,06 điểm, xếp thứ 5/9 đơn vị cấp huyện", "huyện giảm 02 bậc", "đạt 81,4%"], listdate="28/03/2024"),
    dict(id=463, cate=3, section="Tin hoạt động", title="Lao Bảo tổng vệ sinh đường phố đón năm du lịch",
         published="2024-02-05", stamp="05/02/2024 2:05 CH", views="37",
         paras=[
             "Sáng Chủ nhật 4/2, hàng trăm người dân, tiểu thương và lực lượng vũ trang trên địa bàn thị trấn Lao Bảo đồng loạt ra quân tổng vệ sinh các tuyến phố chính.",
             "Các khu phố đã nạo vét cống rãnh, phát quang bụi rậm, trồng thêm hoa dọc tuyến Quốc lộ 9 đoạn qua trung tâm thị trấn.",
             "Bảo Ngọc",
         ],
         must=["tổng vệ sinh các tuyến phố chính", "nạo vét cống rãnh", "Quốc lộ 9 đoạn qua trung tâm thị trấn"], listdate="05/02/2024"),
]
NOTICES = [
    dict(id=470, cate=7, title="Thông báo tuyển chọn Giám đốc Hợp tác xã nông nghiệp kiểu mới", att="/VanBan/TB-tuyen-chon-GD-HTX.pdf", listdate="11/06/2024"),
    dict(id=474, cate=7, title="Thông báo kết quả thẩm định giá đất cụ thể dự án khu dân cư Tân Hợp", att="/VanBan/TB-gia-dat-TanHop.pdf", listdate="19/06/2024"),
]
OTHERS.extend(A)


def listing(items, pager):
    rows = "".join('<tr class="td_row1"><td><a href="%s">%s</a> <span class="date">(%s)</span></td></tr>' % (
        href(DETAIL % (a["id"], a["cate"])), e(a["title"]), a["listdate"]) for a in items)
    return '<div class="title-gt"><p><strong>Tin tức</strong></p></div><table class="ds_quesAsk"><tbody>%s</tbody></table>%s' % (rows, pager)


def main():
    for a in A:
        P.add(DETAIL % (a["id"], a["cate"]), "c%d.html" % a["id"], detail(a))
        P.article(DETAIL % (a["id"], a["cate"]), a["title"], a["published"],
                  [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        main_ = """<div class="title-gt"><p><strong>Thông báo</strong></p></div><div class="gthieu"><div class="gtTitle"><p>%s</p></div>
<div><p>Xem chi tiết <a href="%s">tại đây</a></p></div></div>""" % (entityize(e(n["title"])), n["att"])
        P.add(DETAIL % (n["id"], n["cate"]), "n%d.html" % n["id"], shell(n["title"], main_, DETAIL % (n["id"], n["cate"])))
        P.non_article(DETAIL % (n["id"], n["cate"]))
    pg1 = '<div class="pager"><span>1</span> <a href="%s">2</a> <a href="%s">Trang sau</a></div>' % (href(LIST2), href(LIST2))
    pg2 = '<div class="pager"><a href="%s">1</a> <span>2</span></div>' % href(LIST)
    P.add(LIST, "list1.html", shell("Tin tức", listing(A[:4], pg1), LIST))
    P.add(LIST2, "list2.html", shell("Tin tức", listing(A[4:], pg2), LIST2))
    nrows = "".join('<tr><td><a href="%s">%s</a> <span>(%s)</span></td></tr>' % (href(DETAIL % (n["id"], n["cate"])), e(n["title"]), n["listdate"]) for n in NOTICES)
    P.add("/Pages/thong-bao.aspx", "notices.html", shell("Thông báo", '<div class="title-gt"><p><strong>Thông báo</strong></p></div><table>%s</table>' % nrows, "/Pages/thong-bao.aspx"))
    contact = """<div class="title-gt"><p><strong>Liên hệ</strong></p></div><div class="gthieu">
<p>Văn phòng HĐND và UBND huyện Hướng Hóa</p><p>Địa chỉ: 49 Hùng Vương, thị trấn Khe Sanh</p><p>Email: vanphong.huonghoa@quangtri.gov.vn</p></div>"""
    P.add("/Pages/lien-he.aspx", "contact.html", shell("Liên hệ", contact, "/Pages/lien-he.aspx"))
    home = """<div class="title-gt"><p><strong>Tin nổi bật</strong></p></div>
<div class="hot"><a href="%s">%s</a></div>
<div class="title-gt"><p><strong><a href="%s">Tin tức</a></strong></p></div><ul>%s</ul>
<div class="title-gt"><p><strong><a href="/Pages/thong-bao.aspx">Thông báo</a></strong></p></div>""" % (
        href(DETAIL % (A[4]["id"], 3)), e(A[4]["title"]), href(LIST),
        "".join('<li><a href="%s">%s</a></li>' % (href(DETAIL % (a["id"], 3)), e(a["title"])) for a in A[:3]))
    P.add("/", "home.html", shell("Trang chủ", home, "/"))
    P.non_article("/", LIST, LIST2, "/Pages/thong-bao.aspx", "/Pages/lien-he.aspx")
    P.furniture = ["TỔNG LƯỢT TRUY CẬP", "ĐANG TRUY CẬP", "Số lượt người xem:", "Bản in", "Quay lại", "TIN ĐÃ ĐƯA",
                   "Thứ Năm, 4/12/2026-9:5 AM", "Tìm kiếm", "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA",
                   "Cơ quan quản lý: Văn phòng HĐND và UBND huyện Hướng Hóa", "Sơ đồ site"]
    P.write()


if __name__ == "__main__":
    main()

"""p4: district portal on DotNetNuke (module containers dnn_ctrNNN, Telerik pager), huyện Bình Liêu, Quảng Ninh.
English counter in the left column before the content, stats line inside the article container,
time-before-date "Cập nhật lúc" stamps, a date placed after the text."""
from common import Portal, e, href

P = Portal("h2_binhlieu_dnn", "Cổng thông tin điện tử huyện Bình Liêu", "Bình Liêu", "Quảng Ninh",
           "DotNetNuke 7 (News module, Telerik grid pager)")

LIST = "/Default.aspx?tabid=89&cateid=546"
LIST2 = "/Default.aspx?tabid=89&cateid=546&page=2"


def aurl(aid, slug):
    return "/tin-tuc/tabid/89/ctl/ArticleView/mid/507/articleId/%d/%s.aspx" % (aid, slug)


LEFT = """<div class="DnnModule DnnModule-Counter"><div class="c_head"><span class="Head">Visitors</span></div>
<div id="dnn_ctr433_ContentPane"><ul class="counter-en">
<li><span>Online:</span> <b>14</b></li><li><span>Today:</span> <b>532</b></li>
<li><span>Yesterday:</span> <b>610</b></li><li><span>This week:</span> <b>3,402</b></li>
<li><span>Total:</span> <b>1,208,774</b></li></ul></div></div>
<div class="DnnModule"><div class="c_head"><span class="Head">Chuyên mục</span></div>
<ul><li><a href="%s">Tin tức - Sự kiện</a></li><li><a href="/Default.aspx?tabid=95">Cải cách hành chính</a></li>
<li><a href="/Default.aspx?tabid=101">Thông báo</a></li></ul></div>""" % href(LIST)

RIGHT_ITEMS = []


def shell(title, pane, canon):
    right = "".join('<li><a href="%s">%s</a> <i>%s</i></li>' % (href(u), e(t), d) for u, t, d in RIGHT_ITEMS)
    return """<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<title>%(title)s &gt; Cổng thông tin điện tử huyện Bình Liêu</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke "/>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<link href="/Portals/_default/Skins/BinhLieu/skin.css" rel="stylesheet" type="text/css"/>
<script src="/js/dnncore.js" type="text/javascript"></script>
</head><body id="Body">
<form method="post" action="%(action)s" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk"/>
<div id="dnn_wrapper"><div class="header"><img src="/Portals/0/banner_binhlieu.jpg" alt=""/>
<div class="header-welcome">Chào mừng quý khách đến với Cổng thông tin điện tử huyện Bình Liêu</div></div>
<div class="menu"><ul id="dnn_dnnNAV"><li><a href="/">Trang chủ</a></li><li><a href="/Default.aspx?tabid=60">Giới thiệu</a></li>
<li><a href="%(list)s">Tin tức - Sự kiện</a></li><li><a href="/Default.aspx?tabid=101">Thông báo</a></li>
<li><a href="/Default.aspx?tabid=120">Liên hệ</a></li></ul></div>
<div class="main"><div id="dnn_LeftPane" class="LeftPane">%(left)s</div>
<div id="dnn_ContentPane" class="ContentPane">%(pane)s</div>
<div id="dnn_RightPane" class="RightPane"><div class="DnnModule"><div class="c_head"><span class="Head">Đọc nhiều nhất</span></div><ul>%(right)s</ul></div></div></div>
<div class="footer"><div id="dnn_FooterPane"><p>Bản quyền © 2016 - Cổng thông tin điện tử huyện Bình Liêu</p>
<p>Cơ quan chủ quản: UBND huyện Bình Liêu - Khu 2, thị trấn Bình Liêu, tỉnh Quảng Ninh</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp</p></div></div>
</div></form></body></html>
""" % dict(title=e(title), pane=pane, canon=canon, action=href(canon), list=href(LIST), left=LEFT, right=right)


def module(head, inner, ctr=507):
    return ('<div class="DnnModule DnnModule-News DnnModule-%d"><a name="%d"></a><div class="c_head"><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">%s</span></div>'
            '<div id="dnn_ctr%d_ContentPane" class="c_content">%s</div></div>') % (ctr, ctr, ctr, e(head), ctr, inner)


A = []
REL = []


def article_html(a):
    body = []
    for p in a["paras"][1:]:
        body.append(p if p.startswith("<") else "<p>%s</p>" % e(p))
    top = '<div class="article-date"><span class="date">%s</span> <span class="views">Lượt xem: %s</span></div>' % (
        a["stamp"], a["views"]) if a.get("stamp") else '<div class="article-date"><span class="views">Lượt xem: %s</span></div>' % a["views"]
    after = '<p class="post-date">%s</p>' % a["after"] if a.get("after") else ""
    rel = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (href(u), e(t), d) for u, t, d in REL if u != a["url"])
    inner = """<div id="dnn_ctr507_ArticleView_pnlContent" class="article-view">
<h1 class="article-title">%(title)s</h1>
%(top)s
<div class="article-summary"><b>%(lead)s</b></div>
<div class="article-body">%(body)s</div>
%(after)s
<div class="article-tools"><a href="javascript:void(0)" class="share">Chia sẻ</a> <a href="javascript:window.print()">In trang</a> <a href="javascript:void(0)">Gửi cho bạn bè</a></div>
<div class="article-stats">Đang xem: 3 | Lượt đọc hôm nay: 41</div>
<div class="related-news"><h4>Tin liên quan</h4><ul>%(rel)s</ul></div>
</div>""" % dict(title=e(a["title"]), top=top, lead=e(a["paras"][0]), body="".join(body), after=after, rel=rel)
    return shell(a["title"], module(a["cat"], inner), a["url"])


TABLE = """<table class="table-bordered" border="1"><tr><td>Cấp</td><td>Tiếp nhận</td><td>Đã giải quyết</td><td>Quá hạn</td><td>Trực tuyến</td></tr>
<tr><td>Cấp huyện</td><td>648</td><td>611</td><td>2</td><td>597</td></tr>
<tr><td>Cấp xã</td><td>1.023</td><td>1.019</td><td>0</td><td>884</td></tr>
<tr><td>Toàn huyện</td><td>1.671</td><td>1.630</td><td>2</td><td>1.481</td></tr></table>"""

A += [
    dict(id=7812, slug="binh-lieu-ket-qua-giai-quyet-ho-so-thang-9", cat="Cải cách hành chính",
         title="Bình Liêu: kết quả giải quyết hồ sơ thủ tục hành chính tháng 9/2024",
         published="2024-10-04", stamp="Cập nhật lúc 14:25, 04/10/2024", views="215",
         paras=[
             "Trung tâm Phục vụ hành chính công huyện vừa báo cáo kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 9/2024 ở cả hai cấp huyện và xã.",
             "Số liệu cụ thể theo từng cấp:",
             TABLE,
             "Như vậy, tỷ lệ hồ sơ trực tuyến của toàn huyện đạt 88,6%. Hai hồ sơ quá hạn thuộc lĩnh vực xây dựng đã được trả kết quả kèm văn bản xin lỗi.",
             "Trung tâm tiếp tục bố trí công chức trực hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại sảnh tiếp dân.",
         ],
         must=["Toàn huyện", "tỷ lệ hồ sơ trực tuyến của toàn huyện đạt 88,6%", "Hai hồ sơ quá hạn thuộc lĩnh vực xây dựng",
               "bố trí công chức trực hướng dẫn"]),
    dict(id=7790, slug="day-manh-thanh-toan-truc-tuyen-phi-le-phi", cat="Cải cách hành chính",
         title="Đẩy mạnh thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
         published="2024-02-12", after="Ngày đăng: 12/02/2024", views="98",
         paras=[
             "Năm 2023, toàn huyện có 7.412 hồ sơ được tiếp nhận qua dịch vụ công trực tuyến, trong đó 3.306 giao dịch đã thanh toán phí, lệ phí qua nền tảng thanh toán điện tử.",
             "Tỷ lệ hồ sơ được giải quyết đúng hạn cả năm đạt 99,7%, có 1.118 hồ sơ được trả kết quả qua bưu chính công ích.",
             "Năm 2024, huyện phấn đấu trên 60% giao dịch phí, lệ phí được thanh toán trực tuyến, đồng thời triển khai ký số kết quả giải quyết tại 100% xã.",
             "Trung tâm Phục vụ hành chính công huyện",
         ],
         must=["7.412 hồ sơ được tiếp nhận qua dịch vụ công trực tuyến", "đạt 99,7%", "1.118 hồ sơ được trả kết quả qua bưu chính công ích"]),
    dict(id=7801, slug="ddci-nam-2023-binh-lieu", cat="Cải cách hành chính",
         title="Chỉ số DDCI năm 2023: Bình Liêu cải thiện 3 bậc",
         published="2024-04-23", stamp="Cập nhật lúc 09:10, 23/04/2024", views="176",
         paras=[
             "Kết quả đánh giá Bộ chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023 cho thấy huyện Bình Liêu đạt 79,42 điểm, xếp thứ 8/13 địa phương, tăng 3 bậc so với năm trước.",
             "Các chỉ số thành phần được doanh nghiệp đánh giá cao gồm tính minh bạch và tiếp cận thông tin, chi phí thời gian và vai trò người đứng đầu.",
             "Tuy vậy, chỉ số cạnh tranh bình đẳng và hỗ trợ doanh nghiệp vẫn ở nhóm thấp, đòi hỏi các phòng chuyên môn chủ động đối thoại với doanh nghiệp nhiều hơn.",
             "Hồng Nhung",
         ],
         must=["đạt 79,42 điểm, xếp thứ 8/13 địa phương", "tính minh bạch và tiếp cận thông tin", "cạnh tranh bình đẳng và hỗ trợ doanh nghiệp"]),
    dict(id=7755, slug="le-hoi-hoa-so-binh-lieu-2023", cat="Tin tức - Sự kiện",
         title="Khai mạc Lễ hội Hoa sở Bình Liêu năm 2023",
         published="2023-11-25", stamp="Cập nhật lúc 20:40, 25/11/2023", views="1.022",
         paras=[
             "Tối 25/11, tại Sân vận động trung tâm huyện, Lễ hội Hoa sở năm 2023 đã khai mạc với chương trình nghệ thuật đặc sắc của các dân tộc Tày, Dao, Sán Chỉ.",
             "Trong 3 ngày diễn ra lễ hội, du khách được tham quan gian hàng nông sản OCOP, thi làm bánh lá, thi hát then và đi bộ ngắm hoa sở trên các đồi thông.",
             "Huyện kỳ vọng lễ hội sẽ thu hút khoảng 15 nghìn lượt khách, góp phần quảng bá hình ảnh miền biên viễn của Quảng Ninh.",
             "Thanh Xuân",
         ],
         must=["các dân tộc Tày, Dao, Sán Chỉ", "thi làm bánh lá, thi hát then", "khoảng 15 nghìn lượt khách"]),
    dict(id=7768, slug="tang-qua-hoc-sinh-ban-tru-xa-hoanh-mo", cat="Tin tức - Sự kiện",
         title="Tặng quà học sinh bán trú xã Hoành Mô",
         published="2024-01-09", stamp="Cập nhật lúc 16:05, 09/01/2024", views="143",
         paras=[
             "Đồn Biên phòng Hoành Mô phối hợp với các nhà hảo tâm trao 120 bộ quần áo ấm và 80 đôi ủng cho học sinh bán trú Trường PTDTBT THCS Hoành Mô.",
             "Cán bộ đồn cũng tổ chức buổi nói chuyện về chủ quyền biên giới và hướng dẫn các em kỹ năng phòng tránh đuối nước khi qua suối.",
             "Đức Thịnh",
         ],
         must=["120 bộ quần áo ấm và 80 đôi ủng", "chủ quyền biên giới", "phòng tránh đuối nước khi qua suối"]),
]
for a in A:
    a["url"] = aurl(a["id"], a["slug"])
    d = a["published"]
    REL.append((a["url"], a["title"], "%s/%s/%s" % (d[8:], d[5:7], d[:4])))
RIGHT_ITEMS.extend([(REL[3][0], REL[3][1], "25/11/2023"), (REL[0][0], REL[0][1], "04/10/2024")])

NOTICES = [
    dict(id=7820, title="Thông báo lịch tiếp công dân tháng 10/2024 của Bí thư Huyện ủy", att="/Portals/0/VanBan/TB-TCD-T10.pdf"),
    dict(id=7822, title="Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Đồng Văn", att="/Portals/0/VanBan/TB-KL-DongVan.pdf"),
]


def main():
    for a in A:
        P.add(a["url"], "d%d.html" % a["id"], article_html(a))
        P.article(a["url"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        n["url"] = aurl(n["id"], "thong-bao-%d" % n["id"])
        inner = '<div class="article-view"><h1 class="article-title">%s</h1><div class="article-body"><p>File đính kèm: <a href="%s">Tải về</a></p></div></div>' % (e(n["title"]), n["att"])
        P.add(n["url"], "n%d.html" % n["id"], shell(n["title"], module("Thông báo", inner), n["url"]))
        P.non_article(n["url"])

    def grid(items, page):
        rows = "".join('<tr class="rgRow"><td><a href="%s" class="news-title">%s</a><span class="news-date">%s</span><div class="news-sum">%s</div></td></tr>' % (
            href(u), e(t), d, "") for u, t, d in items)
        pager = ('<div class="rgWrap rgNumPart"><a href="%s"%s>1</a><a href="%s"%s>2</a></div>'
                 '<input type="submit" name="dnn$ctr507$grid$ctl00$ctl03$ctl01$ctl28" value=" " title="Next Page" class="rgPageNext"/>') % (
            href(LIST), ' class="rgCurrentPage"' if page == 1 else "", href(LIST2), ' class="rgCurrentPage"' if page == 2 else "")
        return '<table class="rgMasterTable" id="dnn_ctr507_grid_ctl00">%s<tfoot><tr class="rgPager"><td>%s</td></tr></tfoot></table>' % (rows, pager)
    items = REL + [(n["url"], n["title"], "10/10/2024") for n in NOTICES]
    P.add(LIST, "list1.html", shell("Tin tức - Sự kiện", module("Tin tức - Sự kiện", grid(items[:4], 1)), LIST))
    P.add(LIST2, "list2.html", shell("Tin tức - Sự kiện", module("Tin tức - Sự kiện", grid(items[4:], 2)), LIST2))
    intro = """<div class="intro"><h2>Giới thiệu chung</h2><p>Bình Liêu là huyện miền núi, biên giới của tỉnh Quảng Ninh, có 43 km đường biên giới với Trung Quốc.</p>
<p>Dân số khoảng 33 nghìn người, trong đó đồng bào dân tộc thiểu số chiếm trên 96%.</p></div>"""
    P.add("/Default.aspx?tabid=60", "intro.html", shell("Giới thiệu", module("Giới thiệu", intro, 512), "/Default.aspx?tabid=60"))
    home = module("Tin nổi bật", '<div class="hot"><a href="%s">%s</a></div>' % (href(A[0]["url"]), e(A[0]["title"])), 480) + \
        module("Tin tức - Sự kiện", '<ul>%s</ul><a href="%s">Xem tiếp</a>' % (
            "".join('<li><a href="%s">%s</a></li>' % (href(u), e(t)) for u, t, d in REL[1:4]), href(LIST)), 481)
    P.add("/", "home.html", shell("Trang chủ", home, "/"))
    P.non_article("/", LIST, LIST2, "/Default.aspx?tabid=60")
    P.furniture = ["Online:", "Today:", "Yesterday:", "This week:", "Total:", "1,208,774", "Lượt xem:", "Đang xem: 3",
                   "Lượt đọc hôm nay", "Chia sẻ", "In trang", "Gửi cho bạn bè", "Tin liên quan", "Đọc nhiều nhất",
                   "Chào mừng quý khách đến với Cổng thông tin điện tử huyện Bình Liêu",
                   "Giấy phép số 12/GP-TTĐT", "Bản quyền © 2016"]
    P.write()


if __name__ == "__main__":
    main()

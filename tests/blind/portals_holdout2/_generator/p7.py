"""p7: district sub-site on a Liferay 7 custom CMS of a provincial platform (Hòa Bình style:
box_border, h3.title-list-news, #titleDetail, span.date_time, #leadDetail, img-title "null",
#contentDetail, JS rating, #footerOfNewDetail lists, "Lượt truy cập" box), huyện Lạc Sơn, Hòa Bình."""
from common import Portal, e, href

P = Portal("h2_lacson_liferay7", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 custom CMS portlets (cmsview, articleId / categoryId render URLs)")

NS = "_cmsview_WAR_hoabinhwebportlet_"
DET = "/web/lacson/chi-tiet-tin?p_p_id=cmsview_WAR_hoabinhwebportlet&p_p_lifecycle=0&p_p_state=normal&" + NS + "articleId=%d"
CAT = "/web/lacson/tin-tuc?p_p_id=cmsview_WAR_hoabinhwebportlet&" + NS + "categoryId=%d"
CAT2 = CAT + "&" + NS + "cur=2&" + NS + "delta=4"

COUNTER = """<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="counter-row"><i class="fa fa-users"></i> Tổng số truy cập: 1.734.212</div>
<div class="counter-row"><i class="fa fa-calendar"></i> Trong tháng: 21.554</div>
<div class="counter-row"><i class="fa fa-clock-o"></i> Trong ngày: 812</div>
<div class="counter-row"><i class="fa fa-signal"></i> Tổng số trực tuyến : 25</div></div>"""


def shell(title, main, canon):
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head>
<title>%(title)s - Huyện Lạc Sơn - Cổng thông tin điện tử tỉnh Hòa Bình</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/>
<link rel="canonical" href="http://{{HOST}}%(canon_a)s"/>
<link href="/o/hoabinh-theme/css/main.css?browserId=other&amp;themeId=hoabinhtheme_WAR_hoabinhtheme&amp;languageId=vi_VN" rel="stylesheet"/>
<script src="/o/frontend-js-web/liferay/aui_loader.js" type="text/javascript"></script>
</head><body class="controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper"><header id="banner">
<div class="top-bar"><span class="today">Thứ Năm, 04/12/2026</span> <a href="/web/lacson/dang-nhap">Đăng nhập</a></div>
<div class="banner-img"><img src="/documents/20182/0/banner-lacson.png" alt="Huyện Lạc Sơn"/></div>
<nav id="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/web/lacson/gioi-thieu">Giới thiệu</a></li>
<li><a href="%(cat87)s">Tin tức - Sự kiện</a></li><li><a href="%(cat91)s">Cải cách hành chính</a></li>
<li><a href="/web/lacson/van-ban">Văn bản</a></li></ul></nav></header>
<section id="content"><div class="row"><div class="col-md-8" id="column-1">%(main)s</div>
<div class="col-md-4" id="column-2"><div class="box_bg"><h3 class="title-list-news">Dịch vụ công trực tuyến</h3><a href="/web/lacson/dich-vu-cong"><img src="/documents/20182/0/dvc.png" alt=""/></a></div>
%(counter)s</div></div></section>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Lạc Sơn</p>
<p>Địa chỉ: Khu 2, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</p>
<p>Ghi rõ nguồn Cổng thông tin điện tử huyện Lạc Sơn khi phát hành lại thông tin từ Cổng này</p></footer></div>
</body></html>
""" % dict(title=e(title), main=main, canon_a=href(canon), cat87=href(CAT % 87), cat91=href(CAT % 91), counter=COUNTER)


A = []


def detail(a):
    body = "".join(p if p.startswith("<") else "<p>%s</p>" % e(p) for p in a["paras"][1:])
    newer = [o for o in A if o["published"] > a["published"]][:3]
    older = [o for o in A if o["published"] < a["published"]][:3]
    li = lambda o: '<li><a href="%s">%s</a> <span class="date_time">(%s)</span></li>' % (
        href(DET % o["id"]), e(o["title"]), "%s/%s/%s" % (o["published"][8:], o["published"][5:7], o["published"][:4]))
    img = '<div class="img-lead"><img src="/documents/20182/%d/anh-%d.jpg" alt=""/><div class="img-title">%s</div></div>' % (
        a["id"], a["id"], e(a["caption"]) if a.get("caption") else "null")
    main = """<div class="box_border"><h3 class="title-list-news">%(cat)s</h3>
<div class="news-detail">
<h1 id="titleDetail">%(title)s</h1>
<div class="tool-detail"><span class="date_time">%(dt)s</span>
<span class="font-size"><a href="javascript:void(0)" onclick="changeFont(-1)"><i class="fa fa-minus"></i></a><a href="javascript:void(0)" onclick="changeFont(1)"><i class="fa fa-plus"></i></a></span>
<a href="javascript:void(0)" class="speech"><i class="fa fa-volume-up"></i> Nghe đọc bài</a></div>
<div id="leadDetail">%(lead)s</div>
%(img)s
<div id="contentDetail">%(body)s</div>
<div class="author"></div><div class="source"></div>
<div class="print-share"><a href="javascript:history.back()"><i class="fa fa-arrow-left"></i> Trở về</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>
<span class="share">Chia sẻ: <a href="javascript:shareFacebook()">Facebook</a> <a href="javascript:shareTwitter()">Twitter</a></span></div>
<div class="rating-detail">Đánh giá bài viết: <span class="stars" id="stars-%(id)d"></span> <span id="rating-count"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>%(newer)s</ul><h4>Danh sách bài viết cũ</h4><ul>%(older)s</ul></div>
</div></div>""" % dict(cat=e(a["cat"]), title=e(a["title"]), dt=a["dt"], lead=e(a["paras"][0]), img=img,
                       body=body, id=a["id"], newer="".join(li(o) for o in newer), older="".join(li(o) for o in older))
    return shell(a["title"], main, DET % a["id"])


TABLE = """<table class="table table-bordered"><thead><tr><th>Nội dung</th><th>Năm 2022</th><th>Năm 2023</th></tr></thead><tbody>
<tr><td>Hồ sơ tiếp nhận</td><td>5.870</td><td>6.433</td></tr>
<tr><td>Giải quyết trước hạn</td><td>1.904</td><td>2.786</td></tr>
<tr><td>Giải quyết đúng hạn</td><td>3.781</td><td>3.511</td></tr>
<tr><td>Giải quyết quá hạn</td><td>61</td><td>9</td></tr>
<tr><td>Hồ sơ trực tuyến</td><td>2.140</td><td>4.922</td></tr></tbody></table>"""

A += [
    dict(id=40211, cat="Cải cách hành chính", title="Lạc Sơn: số hồ sơ quá hạn giảm mạnh trong năm 2023",
         published="2024-01-15", dt="15/01/2024 15:32",
         paras=[
             "Năm 2023, tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn tại huyện Lạc Sơn giảm từ hơn 1% xuống còn 0,14%, trong khi số hồ sơ trực tuyến tăng hơn hai lần.",
             "Số liệu so sánh giữa hai năm tại Bộ phận Một cửa huyện:",
             TABLE,
             "Cả năm 2023, Bộ phận Một cửa huyện đã giải quyết 6.306 hồ sơ; hiện còn 127 hồ sơ chưa đến hạn trả kết quả.",
             "Theo lãnh đạo Văn phòng HĐND và UBND huyện, kết quả trên có được nhờ việc số hóa hồ sơ, kết quả giải quyết ngay tại quầy tiếp nhận.",
         ],
         must=["Giải quyết quá hạn", "giảm từ hơn 1% xuống còn 0,14%", "đã giải quyết 6.306 hồ sơ", "127 hồ sơ chưa đến hạn trả kết quả"]),
    dict(id=40260, cat="Cải cách hành chính", title="Chỉ số hài lòng của người dân đối với huyện Lạc Sơn đạt 84,7%",
         published="2024-03-06", dt="06/03/2024 09:05", caption="Người dân làm thủ tục tại Trung tâm hành chính công huyện",
         paras=[
             "Kết quả khảo sát do Sở Nội vụ công bố cho thấy chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của UBND huyện Lạc Sơn năm 2023 đạt 84,7%.",
             "Chỉ số cải cách hành chính năm 2023 của huyện đạt 80,15%, xếp thứ 6/10 huyện, thành phố, tăng 1 bậc so với năm trước.",
             "Người dân đánh giá cao thái độ của công chức tại Bộ phận Một cửa, song vẫn phản ánh thời gian chờ đợi ở lĩnh vực đất đai còn dài.",
             "Quang Huy",
         ],
         must=["năm 2023 đạt 84,7%", "đạt 80,15%, xếp thứ 6/10 huyện, thành phố", "thời gian chờ đợi ở lĩnh vực đất đai"]),
    dict(id=40188, cat="Tin tức - Sự kiện", title="Lễ hội Khai hạ của đồng bào Mường Lạc Sơn",
         published="2023-12-28", dt="28/12/2023 17:20",
         paras=[
             "Lễ hội Khai hạ được tổ chức vào đầu năm mới tại các xã vùng Mường Vang, là dịp bà con cầu mưa thuận gió hòa, mùa màng bội thu.",
             "Năm nay, phần hội có thi đánh cồng chiêng, ném còn, đẩy gậy và trình diễn trang phục truyền thống của các xóm.",
             "Ban tổ chức dự kiến đón khoảng 20 nghìn lượt du khách trong hai ngày diễn ra lễ hội.",
         ],
         must=["vùng Mường Vang", "ném còn, đẩy gậy", "khoảng 20 nghìn lượt du khách"]),
    dict(id=40233, cat="Tin tức - Sự kiện", title="Hỗ trợ xóa nhà tạm cho hộ nghèo xã Ngọc Sơn",
         published="2024-02-19", dt="19/02/2024 11:48", caption="Lãnh đạo huyện trao quyết định hỗ trợ làm nhà",
         paras=[
             "Ủy ban Mặt trận Tổ quốc huyện vừa trao kinh phí hỗ trợ xây mới 8 căn nhà Đại đoàn kết cho các hộ nghèo xã Ngọc Sơn, mỗi căn 50 triệu đồng.",
             "Cùng với nguồn hỗ trợ, các hộ được bà con lối xóm góp ngày công, vật liệu để sớm hoàn thành trước mùa mưa bão.",
             "Ngọc Mai",
         ],
         must=["8 căn nhà Đại đoàn kết", "mỗi căn 50 triệu đồng", "góp ngày công, vật liệu"]),
    dict(id=40279, cat="Tin tức - Sự kiện", title="Ra mắt mô hình chợ phiên không tiền mặt tại thị trấn Vụ Bản",
         published="2024-04-02", dt="02/04/2024 08:15",
         paras=[
             "Sáng 1/4, Huyện đoàn phối hợp với các ngân hàng ra mắt mô hình chợ phiên không tiền mặt tại chợ trung tâm thị trấn Vụ Bản.",
             "Hơn 120 tiểu thương đã được hướng dẫn tạo mã QR để nhận thanh toán từ khách hàng.",
             "Mô hình sẽ được nhân rộng tại 5 chợ phiên vùng cao trong năm 2024.",
         ],
         must=["tại chợ trung tâm thị trấn Vụ Bản", "Hơn 120 tiểu thương", "nhân rộng tại 5 chợ phiên vùng cao"]),
]
NOTICES = [
    dict(id=40290, title="Thông báo kết quả lựa chọn nhà thầu gói thầu sửa chữa đường Vụ Bản - Ân Nghĩa", att="/documents/20182/0/TB-KQLCNT.pdf", dt="05/04/2024 10:00"),
    dict(id=40295, title="Thông báo tạm dừng cung cấp điện để sửa chữa lưới điện", att="/documents/20182/0/TB-cat-dien.pdf", dt="08/04/2024 14:30"),
]


def items(lst):
    return "".join('<div class="news-item"><a class="title" href="%s">%s</a><span class="date_time">%s</span></div>' % (
        href(DET % o["id"]), e(o["title"]), o["dt"]) for o in lst)


def main():
    for a in A:
        P.add(DET % a["id"], "g%d.html" % a["id"], detail(a))
        P.article(DET % a["id"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        main_ = """<div class="box_border"><h3 class="title-list-news">Thông báo</h3><h1 id="titleDetail">%s</h1><span class="date_time">%s</span>
<div id="leadDetail"></div><div id="contentDetail"><p><a href="%s"><i class="fa fa-file-pdf-o"></i> Tải tệp đính kèm</a></p></div></div>""" % (e(n["title"]), n["dt"], n["att"])
        P.add(DET % n["id"], "n%d.html" % n["id"], shell(n["title"], main_, DET % n["id"]))
        P.non_article(DET % n["id"])
    news = [a for a in A if a["cat"] == "Tin tức - Sự kiện"] + NOTICES
    cchc = [a for a in A if a["cat"] != "Tin tức - Sự kiện"]
    pg = '<ul class="pagination"><li class="active"><span>1</span></li><li><a href="%s">2</a></li><li><a href="%s">Tiếp</a></li></ul>' % (href(CAT2 % 87), href(CAT2 % 87))
    pg2 = '<ul class="pagination"><li><a href="%s">1</a></li><li class="active"><span>2</span></li></ul>' % href(CAT % 87)
    P.add(CAT % 87, "list1.html", shell("Tin tức - Sự kiện", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s%s</div>' % (items(news[:4]), pg), CAT % 87))
    P.add(CAT2 % 87, "list2.html", shell("Tin tức - Sự kiện", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s%s</div>' % (items(news[4:]), pg2), CAT2 % 87))
    P.add(CAT % 91, "list-cchc.html", shell("Cải cách hành chính", '<div class="box_border"><h3 class="title-list-news">Cải cách hành chính</h3>%s</div>' % items(cchc), CAT % 91))
    P.add("/web/lacson/gioi-thieu", "intro.html", shell("Giới thiệu", """<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3>
<p>Lạc Sơn là huyện miền núi phía Nam tỉnh Hòa Bình, là vùng đất Mường Bi, Mường Vang nổi tiếng.</p>
<p>Điện thoại Văn phòng HĐND và UBND huyện: 0218.3861.223.</p></div>""", "/web/lacson/gioi-thieu"))
    home = '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>%s</div><div class="box_border"><h3 class="title-list-news"><a href="%s">Tin tức - Sự kiện</a></h3>%s</div><div class="box_border"><h3 class="title-list-news"><a href="%s">Cải cách hành chính</a></h3></div>' % (
        items(A[:1]), href(CAT % 87), items(news[:2]), href(CAT % 91))
    P.add("/", "home.html", shell("Trang chủ", home, "/"))
    P.non_article("/", CAT % 87, CAT2 % 87, CAT % 91, "/web/lacson/gioi-thieu")
    P.furniture = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến :", "Nghe đọc bài",
                   "Đánh giá bài viết:", "Danh sách bài viết mới", "Danh sách bài viết cũ", "Trở về", "In bài", "Chia sẻ:",
                   "null", "Đăng nhập", "Thứ Năm, 04/12/2026", "Ghi rõ nguồn Cổng thông tin điện tử huyện Lạc Sơn",
                   "Dịch vụ công trực tuyến"]
    P.write()


if __name__ == "__main__":
    main()

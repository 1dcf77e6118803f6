"""p6 — DotNetNuke (tabid URLs, dnn_ctrNNN ids, Telerik pager); huyện Tiên Yên, Quảng Ninh.
Hard cases: module title above the headline (headline in a span), date AFTER the text
("Ngày đăng"), bare author paragraph inside the body (text), "Trực tuyến / Tổng" counter between the
article and the footer, "Ảnh:" caption inside the body, print link that answers 404.
"""
from common import *

P = Portal("p6_tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke")
arts = articles_for("huyện Tiên Yên", "huyện", ["Xã Đông Ngũ", "Xã Hải Lạng", "Thị trấn Tiên Yên", "Xã Phong Dụ"],
                    2023, 6, ("Hoàng Văn Sáng", "Vi Thị Mai", "Lục Văn Thành"))
ids = [2231, 2228, 2219, 2214, 2206, 2201]
url = lambda i: "/Default.aspx?tabid=112&ctl=Detail&mid=507&ItemID=%d" % ids[i]
LIST, LIST2, INTRO = "/Default.aspx?tabid=112", "/Default.aspx?tabid=112&page=2", "/Default.aspx?tabid=95"
P.furniture = ["Trực tuyến:", "Tổng: 12296625", "Tin tức - Sự kiện", "Giấy phép số 42/GP-TTĐT", "Các tin khác"]


def wrap(title, main, canon=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body>
<form name="Form" method="post" action="/Default.aspx" id="Form"><div id="dnn_ControlPanel"></div>
<div id="dnn_HeaderPane">%s</div><div id="dnn_MenuPane">%s | %s | %s</div>
<div id="dnn_ContentPane"><div class="DnnModule DnnModule-507"><div class="c_head"><span id="dnn_ctr507_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></div>
<div id="dnn_ctr507_ContentPane">%s</div></div></div>
<div class="counter-line">Trực tuyến: 36 &nbsp; Tổng: 12296625</div>
<div id="dnn_FooterPane"><p>Cổng thông tin điện tử huyện Tiên Yên. Giấy phép số 42/GP-TTĐT. Địa chỉ: Khu Tiên Sơn, thị trấn Tiên Yên.</p></div>
</form></body></html>""" % (esc(title), c, a("/", "UBND HUYỆN TIÊN YÊN"), a(LIST, "Tin tức"), a(INTRO, "Giới thiệu"), a("/Default.aspx?tabid=130", "Dịch vụ công"), main)


def article(i, art):
    other = "".join("<li>%s</li>" % a(url(j), esc(arts[j]["title"])) for j in range(len(arts)) if j != i)
    main = """<div class="news-detail"><span id="dnn_ctr507_NewsDetail_lblTitle" class="news-title">%s</span>
%s<div id="dnn_ctr507_NewsDetail_lblContent" class="news-content">%s</div>
<div class="news-date">Ngày đăng: %s</div><div class="tools">%s</div>
<div class="other-news"><b>Các tin khác</b><ul>%s</ul></div></div>""" % (
        esc(art["title"]), '<div class="news-sapo"><i>%s</i></div>' % esc(art["lead"]) if art["lead"] else "",
        body_html(art), dmy(art["published"]), a("/Default.aspx?tabid=112&ctl=Print&ItemID=%d" % ids[i], "In bài"), other)
    return wrap(art["title"], main, canon=url(i))


def listing(items, page):
    lis = "".join('<tr class="rgRow"><td>%s<br><span>%s</span></td></tr>' % (a(url(i), esc(arts[i]["title"])), dmy(arts[i]["published"])) for i in items)
    pager = '<div class="rgWrap rgNumPart">%s %s</div>%s' % (a(LIST, "1"), a(LIST2, "2"),
                                                             '<input type="submit" class="rgPageNext" value=" " title="Next Page">' if page == 1 else "")
    return wrap("Tin tức", '<table id="dnn_ctr507_grid" class="rgMasterTable">%s</table><div class="rgPager">%s</div>' % (lis, pager))


notices = [("/Default.aspx?tabid=112&ctl=Detail&mid=507&ItemID=2224", "Thông báo thu hồi đất thực hiện dự án đường nối khu công nghiệp", "/Portals/0/ThongBao/tb-thu-hoi-dat.pdf")]
home = "<h2>Tin nổi bật</h2><ul>%s</ul><h2>Thông báo</h2><ul>%s</ul>" % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)), "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
P.add("/", wrap("Trang chủ", home))
P.add(LIST, listing([0, 1, 2], 1), kind="non")
P.add(LIST2, listing([3, 4, 5], 2), kind="non")
P.add(INTRO, wrap("Giới thiệu", "<h2>Giới thiệu huyện Tiên Yên</h2><p>Tiên Yên là huyện miền núi ven biển, nằm ở phía đông bắc tỉnh Quảng Ninh.</p>"), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="news-detail"><span class="news-title">%s</span><p>%s</p></div>' % (esc(t), a(f, "Tải văn bản"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.write()

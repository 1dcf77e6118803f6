"""p4 — Liferay 7 Hòa Bình CMS (articleId render URLs); huyện Lạc Sơn, Hòa Bình.
Hard cases: category heading (h3.title-list-news) above h1#titleDetail, lead in #leadDetail outside
#contentDetail, lead image caption printing "null", author/source lines after the body (outside, not
text), rating widget, counter box with "." separators, "Danh sách bài viết mới/cũ" lists with dates.
"""
from common import *

P = Portal("p4_lacson_hoabinh", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 Hòa Bình CMS")
arts = articles_for("huyện Lạc Sơn", "huyện", ["Xã Ân Nghĩa", "Xã Yên Phú", "Thị trấn Vụ Bản", "Xã Nhân Nghĩa"],
                    2024, 4, ("Bùi Văn Thắng", "Quách Thị Hường", "Đinh Công Sứ"))
NS = "_cmsview_WAR_hoabinhportlet_"
SITE = "/web/huyen-lac-son"
ids = [30125, 30118, 30102, 30097, 30088, 30071]
url = lambda i: "%s/chi-tiet?p_p_id=cmsview_WAR_hoabinhportlet&p_p_lifecycle=0&%sarticleId=%d" % (SITE, NS, ids[i])
LIST = "%s/tin-tuc?p_p_id=cmsview_WAR_hoabinhportlet&%scategoryId=112" % (SITE, NS)
LIST2 = "%s&%scur=2&%sdelta=3" % (LIST, NS, NS)
DOCS = SITE + "/van-ban"
P.furniture = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến :", "1.526.304",
               "Đánh giá bài viết:", "Danh sách bài viết mới", "Danh sách bài viết cũ", "null", "Tác giả:", "Nguồn:"]
# "Nguồn:" only as a field label after the body; no article paragraph contains it.


def wrap(title, main, canon=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body>
<header><div class="logo">%s</div><nav>%s %s %s</nav></header>
<div class="row"><div class="col-md-8">%s</div><div class="col-md-4">
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<p><i class="fa fa-users"></i> Tổng số truy cập: 1.526.304</p><p><i class="fa fa-calendar"></i> Trong tháng: 18.240</p>
<p><i class="fa fa-clock-o"></i> Trong ngày: 622</p><p><i class="fa fa-signal"></i> Tổng số trực tuyến : 41</p></div></div></div>
<footer>Cơ quan chủ quản: Ủy ban nhân dân huyện Lạc Sơn, tỉnh Hòa Bình</footer></body></html>""" % (
        esc(title), c, a(SITE, "UBND huyện Lạc Sơn"), a(SITE, "Trang chủ"), a(LIST, "Tin tức"), a(DOCS, "Văn bản"), main)


def article(i, art):
    newer = [j for j in range(len(arts)) if j < i][:3]
    older = [j for j in range(len(arts)) if j > i][:3]
    li = lambda js: "".join("<li>%s <span class=\"date\">(%s)</span></li>" % (a(url(j), esc(arts[j]["title"])), dmy(arts[j]["published"])) for j in js)
    lead = '<div id="leadDetail"><strong>%s</strong></div>' % esc(art["lead"]) if art["lead"] else ""
    main = """<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">%s</h1><div class="tool"><span class="date_time">%s %02d:%02d</span> <a href="javascript:void(0)" class="speak">Nghe đọc</a> <a href="javascript:font(1)">A+</a></div>
%s<div class="lead-img"><img src="/documents/20126/anh-%d.jpg" alt=""><div class="img-title">null</div></div>
<div id="contentDetail">%s</div>
<div class="author">Tác giả: %s</div><div class="source">Nguồn: Văn phòng HĐND và UBND huyện</div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="%d"></span></div>
<div class="print-share"><a href="javascript:window.print()">In</a> <a href="javascript:history.back()">Quay lại</a></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>%s</ul><h4>Danh sách bài viết cũ</h4><ul>%s</ul></div></div>""" % (
        esc(art["title"]), dmy(art["published"]), 8 + i, 15 + i, lead, i, body_html(art), ["Hà Phương", "Bùi Hằng", "Minh Khôi"][i % 3],
        ids[i], li(newer), li(older))
    return wrap(art["title"], main, canon=url(i))


def listing(items, pager):
    lis = "".join('<div class="item-news">%s<span class="date_time">%s</span></div>' % (a(url(i), esc(arts[i]["title"])), dmy(arts[i]["published"])) for i in items)
    return wrap("Tin tức", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s<div class="pagination">%s</div></div>' % (lis, pager))


notices = [(SITE + "/thong-bao?p_p_id=cmsview_WAR_hoabinhportlet&p_p_lifecycle=0&%sarticleId=30110" % NS,
            "Thông báo về việc tổ chức kỳ thi tuyển công chức cấp xã", "/documents/20126/tb-thi-tuyen.pdf")]
home = '<div class="box_border"><h3 class="title-list-news">Tin mới</h3><ul>%s</ul><h3 class="title-list-news">Thông báo</h3><ul>%s</ul></div>' % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)), "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
P.add("/", wrap("Trang chủ", home))
P.add(SITE, wrap("Trang chủ", home), kind="non")
P.add(LIST, listing([0, 1, 2], a(LIST2, "2") + a(LIST2, "Tiếp")), kind="non")
P.add(LIST2, listing([3, 4, 5], a(LIST, "1")), kind="non")
P.add(DOCS, wrap("Văn bản", '<table class="vb"><tr><th>Số hiệu</th><th>Trích yếu</th></tr><tr><td>12/KH-UBND</td><td>%s</td></tr></table>' % a("/documents/20126/kh12.pdf", "Kế hoạch cải cách hành chính năm 2024")), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="box_border"><h1 id="titleDetail">%s</h1><p>%s</p></div>' % (esc(t), a(f, "File đính kèm"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.write()

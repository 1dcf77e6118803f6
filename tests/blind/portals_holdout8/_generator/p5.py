"""p5 — NukeViet eGovernment; huyện Yên Thành, Nghệ An.
Hard cases: breadcrumb that repeats the title, weekday date "Thứ năm - dd/mm/yyyy HH:MM", hometext lead
outside #news-bodyhtml, "Tác giả:"/"Nguồn tin:" after the body (outside: not text), rating "Xếp hạng",
sidebar ul.counter with "," thousands, "Những tin mới hơn/cũ hơn" with dates, print view served.
"""
from common import *

P = Portal("p5_yenthanh_nukeviet", "Cổng thông tin điện tử huyện Yên Thành", "Yên Thành", "Nghệ An", "NukeViet")
arts = articles_for("huyện Yên Thành", "huyện", ["Xã Hoa Thành", "Xã Công Thành", "Thị trấn Hoa Thành", "Xã Bắc Thành", "Xã Tăng Thành"],
                    2024, 5, ("Phan Đình Lộc", "Hồ Thị Lan Anh", "Chu Đức Thái"))
CATS = ["cai-cach-hanh-chinh", "cai-cach-hanh-chinh", "cai-cach-hanh-chinh", "kinh-te", "tin-hoat-dong", "thong-bao-lich"]
CN = {"cai-cach-hanh-chinh": "Cải cách hành chính", "kinh-te": "Kinh tế", "tin-hoat-dong": "Tin hoạt động", "thong-bao-lich": "Lịch công tác"}
ids = [1542, 1538, 1535, 1529, 1521, 1517]
url = lambda i: "/news/%s/%s-%d.html" % (CATS[i], slugify(arts[i]["title"]), ids[i])
purl = lambda i: "/news/print/%s-%d.html" % (slugify(arts[i]["title"]), ids[i])
LIST, LIST2, INTRO = "/news/", "/news/page-2", "/about/gioi-thieu-chung.html"
P.furniture = ["Trang nhất", "Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại", "Tổng lượt truy cập",
               "2,086,417", "Xếp hạng:", "phiếu bầu", "Click để đánh giá bài viết", "Những tin mới hơn", "Những tin cũ hơn",
               "Nguồn tin:", "Giới thiệu bài viết cho bạn bè", "Lưu bài viết này"]
WDL = {"Thứ Hai": "Thứ hai", "Thứ Ba": "Thứ ba", "Thứ Tư": "Thứ tư", "Thứ Năm": "Thứ năm", "Thứ Sáu": "Thứ sáu", "Thứ Bảy": "Thứ bảy", "Chủ Nhật": "Chủ nhật"}


def wrap(title, main, canon=None, crumbs=""):
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - Yên Thành</title>%s</head><body>
<div class="wraper"><header><a href="/" class="logo">UBND HUYỆN YÊN THÀNH</a></header>
<nav class="second-nav"><ul><li>%s</li><li>%s</li><li>%s</li><li><a href="/laws/">Văn bản</a></li></ul></nav>
<div class="breadcrumbs-wrap">%s</div>
<div class="row"><div class="col-md-16">%s</div><div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê</div>
<ul class="counter"><li><span>Đang truy cập</span><span>63</span></li><li><span>Máy chủ tìm kiếm</span><span>12</span></li>
<li><span>Khách viếng thăm</span><span>51</span></li><li><span>Hôm nay</span><span>3,104</span></li>
<li><span>Tháng hiện tại</span><span>58,822</span></li><li><span>Tổng lượt truy cập</span><span>2,086,417</span></li></ul></div></div></div>
<footer><p>© Cổng thông tin điện tử huyện Yên Thành. Giấy phép số 58/GP-STTTT.</p></footer></div></body></html>""" % (
        esc(title), c, a("/", "Trang nhất"), a(INTRO, "Giới thiệu"), a(LIST, "Tin tức"), crumbs, main)


def stamp(iso, i):
    return "%s - %s %02d:%02d" % (WDL[weekday(iso)], dmy(iso), 7 + i, 28 + i)


def article(i, art):
    crumbs = '<ul class="breadcrumbs"><li>%s</li><li>%s</li><li>%s</li></ul>' % (
        a("/", "Trang nhất"), a("/news/%s/" % CATS[i], CN[CATS[i]]), a(url(i), esc(art["title"])))
    newer = [j for j in range(len(arts)) if j < i][:3]
    older = [j for j in range(len(arts)) if j > i][:3]
    li = lambda js: "".join("<li>%s <em>(%s)</em></li>" % (a(url(j), esc(arts[j]["title"])), dmy(arts[j]["published"])) for j in js)
    main = """<div class="news_column panel panel-default" itemscope>
<div class="panel-body"><h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>
<span class="hidden" itemprop="datePublished">%sT0%d:28:00+07:00</span>
<div class="row"><span class="h5">%s</span><ul class="list-inline">
<li><a title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0)"><em class="fa fa-envelope"></em></a></li>
<li>%s</li><li><a title="Lưu bài viết này" href="javascript:void(0)"><em class="fa fa-save"></em></a></li></ul></div>
%s<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng Văn hóa - Thông tin</p></div>
<div class="news-rating">Xếp hạng: 4.%d - %d phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news-other"><p><strong>Những tin mới hơn</strong></p><ul>%s</ul><p><strong>Những tin cũ hơn</strong></p><ul>%s</ul></div></div></div>""" % (
        esc(art["title"]), art["published"], i % 3, stamp(art["published"], i), a(purl(i), '<em class="fa fa-print"></em>', title="In ra"),
        '<div class="hometext m-bottom" itemprop="description">%s</div>' % esc(art["lead"]) if art["lead"] else "",
        body_html(art), ["Lan Hương", "Quang Dũng", "Thảo Nguyên"][i % 3], i, 3 + i, li(newer), li(older))
    return wrap(art["title"], main, canon=url(i), crumbs=crumbs)


def printview(i, art):
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex"></head>
<body onload="window.print()"><div id="print"><h1>%s</h1><p>%s</p>%s%s</div></body></html>""" % (
        esc(art["title"]), esc(art["title"]), dmy(art["published"]), "<p>%s</p>" % esc(art["lead"]) if art["lead"] else "", body_html(art))


def listing(items, pager):
    lis = "".join('<div class="panel"><h3>%s</h3><p class="text-muted">%s</p><p>%s</p></div>' % (
        a(url(i), esc(arts[i]["title"])), dmy(arts[i]["published"]), esc((arts[i]["lead"] or arts[i]["paras"][0])[:100])) for i in items)
    return wrap("Tin tức", lis + '<ul class="pagination">%s</ul>' % pager)


notices = [("/news/thong-bao/thong-bao-ket-qua-xet-tuyen-giao-vien-hop-dong-1533.html", "Thông báo kết quả xét tuyển giáo viên hợp đồng", "/uploads/news/2024_05/kq-xet-tuyen.pdf"),
           ("/news/thong-bao/thong-bao-lich-tiep-nhan-ho-so-hoc-sinh-lop-1-1530.html", "Thông báo lịch nhận hồ sơ tuyển sinh lớp 1", "/uploads/news/2024_05/tuyen-sinh-lop1.docx")]
home = "<div class=\"panel\"><h2>Tin mới</h2><ul>%s</ul><h2>Thông báo</h2><ul>%s</ul></div>" % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(4)), "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
P.add("/", wrap("Trang nhất", home))
P.add(LIST, listing([0, 1, 2], "<li>%s</li>" % a(LIST2, "2")), kind="non")
P.add(LIST2, listing([3, 4, 5], "<li>%s</li>" % a(LIST, "1")), kind="non")
P.add(INTRO, wrap("Giới thiệu", "<h1>Giới thiệu chung</h1><p>Yên Thành là huyện đồng bằng bán sơn địa phía tây bắc tỉnh Nghệ An.</p>"), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="news_column"><h1 class="title">%s</h1><p>%s</p></div>' % (esc(t), a(f, "Tải về tệp đính kèm"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
for i, art in enumerate(arts):
    P.add(purl(i), printview(i, art))    # served print view: a second rendering, in neither list
P.write()

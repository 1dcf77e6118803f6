"""p2 — Liferay 6.1 Bkav portal_egov (asset_publisher urlTitle); huyện Châu Đức, Bà Rịa - Vũng Tàu.
Hard cases: visit-counter portlet in the LEFT column before the content (malformed span, raw ints),
headline in a div (.asset_title), weekday date with "Thứ Bẩy", bold summary outside .asset-content,
"Tin mới hơn / Tin cũ hơn" lists with (dd/MM), Email / A- / A+ panel, slugs without đ.
"""
from common import *

P = Portal("p2_chauduc_bkav", "Cổng thông tin điện tử huyện Châu Đức", "Châu Đức", "Bà Rịa - Vũng Tàu",
           "Liferay 6.1 Bkav portal_egov")
arts = articles_for("huyện Châu Đức", "huyện", ["Xã Đá Bạc", "Xã Suối Nghệ", "Thị trấn Ngãi Giao", "Xã Bình Ba", "Xã Láng Lớn"],
                    2023, 2, ("Đặng Quốc Việt", "Lê Thị Thu Hà", "Phạm Hữu Đức"))
PID = "101_INSTANCE_cD7kQ2"
BASE = "/web/guest/tin-tuc"
url = lambda i: "%s/-/asset_publisher/cD7kQ2/content/%s" % (BASE, slugify(arts[i]["title"], drop_d=True))
LIST2 = "%s?p_p_id=%s&p_p_lifecycle=0&_%s_cur=2&_%s_delta=4" % (BASE, PID, PID, PID)
INTRO = "/web/guest/gioi-thieu"
P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước",
               "Tháng trước", "2318455", "Tin mới hơn", "Tin cũ hơn", "Bản quyền thuộc UBND huyện Châu Đức",
               "Liên kết website"]
WD = {"Thứ Bảy": "Thứ Bẩy"}


def counter():
    rows = [("Tổng số lượt truy cập", 2318455), ("Số người đang truy cập", 37), ("Hôm nay", 1204), ("Hôm qua", 1977),
            ("Tuần này", 6120), ("Tuần trước", 11052), ("Tháng này", 20311), ("Tháng trước", 44519)]
    out = []
    for k, (l, v) in enumerate(rows):
        opening = "" if k == 4 else "<span class=\"counter-label\">"   # one row misses its opening span
        out.append('<div class="counter-row">%s%s:</span> <span class="counter-value">%d</span></div>' % (opening, l, v))
    return ('<div class="portlet visit-counter-portlet"><div class="portlet-title">Thống Kê Truy Cập</div>'
            '<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">%s</div></div></div>' % "".join(out))


def wrap(title, main, canon=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s"><meta property="og:url" content="http://{{HOST}}%s">' % (esc(canon), esc(canon)) if canon else ""
    return """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s - Cổng TTĐT huyện Châu Đức</title>%s</head>
<body class="portal-xuyen-theme"><div id="banner"><a href="/">UBND HUYỆN CHÂU ĐỨC</a></div>
<ul id="navigation"><li>%s</li><li>%s</li><li>%s</li><li><a href="/web/guest/dich-vu-cong">Dịch vụ công</a></li></ul>
<div id="content"><div id="column-1" class="aui-w25">%s
<div class="portlet"><div class="portlet-title">Liên kết website</div><select><option>Chính phủ</option></select></div></div>
<div id="column-2" class="aui-w75">%s</div></div>
<div id="footer">Bản quyền thuộc UBND huyện Châu Đức<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</body></html>""" % (esc(title), c, a("/", "Trang chủ"), a(INTRO, "Giới thiệu"), a(BASE, "Tin tức"), counter(), main)


def dt(iso, i):
    wd = weekday(iso)
    return "%s, ngày %s %02d:%02d" % (WD.get(wd, wd), dmy(iso), 7 + i, 5 * i)


def article(i, art):
    newer = [j for j in range(len(arts)) if arts[j]["published"] > art["published"]][:3]
    older = [j for j in range(len(arts)) if arts[j]["published"] < art["published"]][:3]
    li = lambda js: "".join("<li>%s <span>(%s)</span></li>" % (a(url(j), esc(arts[j]["title"])), dmy(arts[j]["published"])[:5]) for j in js)
    lead = '<div class="asset-abstract"><b>%s</b></div>' % esc(art["lead"]) if art["lead"] else ""
    main = """<div class="asset_publisher_view_full_content"><div class="asset_title">%s</div>
<div class="social-panel"><span class="date">%s</span><span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="javascript:zoom(-1)">A-</a> <a href="javascript:zoom(1)">A+</a></span></div>
%s<div class="asset-content journal-content-article">%s</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>%s</ul></div><div class="older"><h4>Tin cũ hơn</h4><ul>%s</ul></div></div></div>""" % (
        esc(art["title"]), dt(art["published"], i), lead, body_html(art, table_attrs=' class="table"'), li(newer), li(older))
    return wrap(art["title"], main, canon=url(i))


def listing(items, pager):
    lis = "".join('<div class="asset-abstract"><img src="/image/thumb%d.jpg" width="180" height="100" alt=""><span class="asset-category-name">Tin tức</span>'
                  '<h3 class="asset-title">%s</h3><span class="asset-publish-date">%s</span><div class="asset-sumary">%s</div></div>' % (
                      i, a(url(i), esc(arts[i]["title"])), dmy(arts[i]["published"], "-"),
                      esc((arts[i]["lead"] or arts[i]["paras"][0])[:120])) for i in items)
    return wrap("Tin tức", '<div class="portlet-title">Tin tức</div>%s<div class="taglib-search-paginator">%s</div>' % (lis, pager))


notices = [("/web/guest/thong-bao/-/asset_publisher/nB2t/content/thong-bao-lich-cat-ien-thang-10", "Thông báo lịch cắt điện tháng 10", "/documents/10180/cat-dien-t10.pdf"),
           ("/web/guest/thong-bao/-/asset_publisher/nB2t/content/thong-bao-ay-nhanh-tien-o-giai-ngan", "Thông báo đẩy nhanh tiến độ giải ngân vốn đầu tư công", "/documents/10180/tb-giai-ngan.docx")]
home = '<div class="portlet-title">Tin nổi bật</div><ul>%s</ul><div class="portlet-title">Thông báo</div><ul>%s</ul>' % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in (1, 0)),
    "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))
P.add("/", wrap("Trang chủ", home))
P.add(BASE, listing([0, 1, 2, 3], a(LIST2, "Sau") + " " + a(LIST2, "2")), kind="non")
P.add(LIST2, listing([4, 5], a(BASE, "Đầu") + " " + a(BASE, "Trước")), kind="non")
P.add(INTRO, wrap("Giới thiệu", '<div class="portlet-title">Giới thiệu</div><p>Huyện Châu Đức có 15 xã, thị trấn; trụ sở UBND đặt tại thị trấn Ngãi Giao.</p>'), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="asset_title">%s</div><p>Tệp đính kèm: %s</p>' % (esc(t), a(f, "tải về"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.write()

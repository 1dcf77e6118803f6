"""p3 — VNPT dsnews Liferay portlet, commune sub-site (xã Tân Hiệp) of a provincial platform; Phú Giáo, Bình Dương.
Hard cases: NFD (decomposed) body and headline text, headline in h2 (no h1), no article date at all
while the header shows today's date, a view counter INSIDE the article container, "Tin khác" list,
long teasers on the listing.
"""
from common import *

P = Portal("p3_tanhiep_vnpt", "Trang thông tin điện tử xã Tân Hiệp", "Phú Giáo", "Bình Dương",
           "Liferay VNPT dsnews (commune sub-site)")
arts = articles_for("huyện Phú Giáo", "huyện", ["Xã Tân Hiệp", "Xã Phước Hòa", "Thị trấn Phước Vĩnh", "Xã An Bình"],
                    2025, 3, ("Trần Văn Hòa", "Nguyễn Thị Ngọc Ánh", "Võ Minh Tuấn"))
for art in arts:
    art["published"] = None        # the dsnews detail template prints no date
NS = "_dsnews_WAR_vnpteportalnewsportlet_"
SITE = "/web/xa-tan-hiep"
ids = [7731, 7725, 7718, 7702, 7699, 7690]
url = lambda i: "%s/chi-tiet-tin?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%snewsId=%d" % (SITE, NS, ids[i])
LIST = SITE + "/tin-tuc"
LIST2 = "%s?p_p_id=dsnews_WAR_vnpteportalnewsportlet&%scur=2&%sdelta=25" % (LIST, NS, NS)
INTRO = SITE + "/lien-he"
P.furniture = ["Thứ Sáu, 04/12/2026", "Số lượt xem:", "Tin khác", "Xã Tân Hiệp - Huyện Phú Giáo - Tỉnh Bình Dương",
               "Đơn vị cung cấp giải pháp: VNPT Bình Dương"]


def wrap(title, main, canon=None):
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    return """<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>%s</head>
<body><div class="header"><div class="today">Thứ Sáu, 04/12/2026</div><div class="brand">Xã Tân Hiệp - Huyện Phú Giáo - Tỉnh Bình Dương</div></div>
<div class="menu">%s | %s | %s | %s</div>
<div class="wrapper"><section id="portlet_dsnews_WAR_vnpteportalnewsportlet">%s</section></div>
<div class="footer"><p>Cơ quan chủ quản: UBND xã Tân Hiệp</p><p>Đơn vị cung cấp giải pháp: VNPT Bình Dương</p></div></body></html>""" % (
        esc(title), c, a(SITE, "Trang chủ"), a(LIST, "Tin tức - Sự kiện"), a(INTRO, "Liên hệ"), a(SITE + "/hoi-dap", "Hỏi đáp"), main)


def article(i, art):
    E = lambda s: esc(nfd(s))
    other = "".join("<li>%s</li>" % a(url(j), E(arts[j]["title"])) for j in range(len(arts)) if j != i)
    main = """<div class="news-detail"><h2 class="title-news">%s</h2><div class="view-count">Số lượt xem: %d</div>
%s<div class="news-content">%s</div>
<div class="other-news"><div class="header-other">Tin khác</div><ul>%s</ul></div></div>""" % (
        E(art["title"]), 120 + 17 * i, '<p class="summary"><strong>%s</strong></p>' % E(art["lead"]) if art["lead"] else "",
        body_html(art, enc=E), other)
    return wrap(nfd(art["title"]), main, canon=url(i))


def listing(items, pager):
    lis = "".join('<div class="news-item">%s<div class="desc">%s</div></div>' % (
        a(url(i), esc(arts[i]["title"])), esc(" ".join(([arts[i]["lead"]] if arts[i]["lead"] else []) + arts[i]["paras"][:2]))) for i in items)
    return wrap("Tin tức - Sự kiện", "<h3>Tin tức - Sự kiện</h3>%s<div class=\"paging\">%s</div>" % (lis, pager))


notices = [(SITE + "/thong-bao?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%snewsId=7711" % NS,
            "Thông báo niêm yết danh sách hộ nghèo, hộ cận nghèo năm 2025", "/documents/20182/niem-yet-ho-ngheo.pdf")]
P.add("/", wrap("Trang chủ", "<ul>%s</ul>%s" % ("".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(2)),
                                                 a(SITE, "Vào trang xã"))))
P.add(SITE, wrap("Trang chủ", "<ul>%s%s</ul>" % ("".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)),
                                                  "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices))), kind="non")
P.add(LIST, listing([0, 1, 2], a(LIST2, "Trang tiếp »")), kind="non")
P.add(LIST2, listing([3, 4, 5], a(LIST, "« Trang trước")), kind="non")
P.add(INTRO, wrap("Liên hệ", "<h3>Liên hệ</h3><p>Ủy ban nhân dân xã Tân Hiệp, ấp 3, điện thoại 0274 3672 000.</p>"), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="news-detail"><h2 class="title-news">%s</h2><p>%s</p></div>' % (esc(t), a(f, "Xem văn bản đính kèm"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.write()

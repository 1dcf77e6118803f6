"""p7 — Joomla 1.5 (index.php?option=com_content&task=view&id=); huyện Bảo Yên, Lào Cai.
Hard cases: table layout with no container class, left column (counter with English labels, "Ai đang
online" sentence, "Your IP") BEFORE the content, headline in td.contentheading, created date with
weekday + "Tháng" and a later "Cập nhật lần cuối" stamp, named HTML entities in the body,
`&sectionid` in links (a legacy entity name if unescaped naively).
"""
from common import *

P = Portal("p7_baoyen_joomla", "Cổng thông tin điện tử huyện Bảo Yên", "Bảo Yên", "Lào Cai", "Joomla 1.5")
arts = articles_for("huyện Bảo Yên", "huyện", ["Xã Xuân Thượng", "Xã Nghĩa Đô", "Thị trấn Phố Ràng", "Xã Tân Dương"],
                    2022, 7, ("Hoàng Văn Đoàn", "Ma Thị Thủy", "Lương Văn Tuyên"))
ids = [412, 409, 405, 398, 391, 387]
url = lambda i: "/index.php?option=com_content&task=view&id=%d&Itemid=38" % ids[i]
LIST = "/index.php?option=com_content&task=category&sectionid=4&id=15&Itemid=38"
LIST2 = LIST + "&limit=3&limitstart=3"
INTRO = "/index.php?option=com_content&task=view&id=12&Itemid=27"
P.furniture = ["Ai đang online", "khách và không thành viên đang online", "Thống kê truy cập", "Yesterday", "This Week",
               "Last Month", "All days", "Your IP:", "1668314", "Cập nhật lần cuối", "Bài viết khác", "Thiết kế bởi Trung tâm CNTT"]
MONTH = lambda iso: "%d Tháng %d %s" % (int(iso[8:]), int(iso[5:7]), iso[:4])


def wrap(title, main):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "dtd"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"><title>%s</title><meta name="generator" content="Joomla! 1.5 - Open Source Content Management"></head>
<body><table width="980" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="/templates/baoyen/images/banner.jpg" alt=""></td></tr>
<tr><td colspan="2">%s | %s | %s | <a href="/index.php?option=com_contact&amp;Itemid=3">Liên hệ</a></td></tr>
<tr><td width="200" valign="top">
<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Đang có 15 khách và không thành viên đang online</td></tr></table>
<table class="moduletable"><tr><th>Thống kê truy cập</th></tr><tr><td>Today 812<br>Yesterday 1022<br>This Week 4410<br>Last Week 6981<br>This Month 21035<br>Last Month 30117<br>All days 1668314<br>Your IP: 10.0.0.7<br>2024-03-11 09:12</td></tr></table>
</td><td valign="top">%s</td></tr>
<tr><td colspan="2" align="center">&copy; 2010 UBND huyện Bảo Yên - tỉnh Lào Cai<br>Thiết kế bởi Trung tâm CNTT</td></tr></table></body></html>""" % (
        esc(title), a("/", "Trang chủ"), a(INTRO, "Giới thiệu"), a(LIST, "Tin tức"), main)


def article(i, art):
    other = "".join("<li>%s</li>" % a(url(j), entities(arts[j]["title"])) for j in range(len(arts)) if j != i)
    mod = "%s-%02d-%02d" % (art["published"][:4], min(12, int(art["published"][5:7]) + 1), 2)
    lead = "<p><strong>%s</strong></p>" % entities(art["lead"]) if art["lead"] else ""
    main = """<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td>
<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;id=%d&amp;tmpl=component&amp;print=1" title="In"><img src="/images/M_images/printButton.png" alt="In"></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">%s, %s %02d:%02d</td></tr>
<tr><td valign="top">%s%s</td></tr>
<tr><td colspan="2" class="modifydate">Cập nhật lần cuối ( %s, %s %02d:%02d )</td></tr></table>
<div class="blog_more"><strong>Bài viết khác:</strong><ul>%s</ul></div>""" % (
        entities(art["title"]), ids[i], weekday(art["published"]), MONTH(art["published"]), 8 + i, 15,
        lead, body_html(art, enc=entities), weekday(mod), MONTH(mod), 16, 40, other)
    return wrap(art["title"], main)


def listing(items, pager):
    lis = "".join('<tr><td><a class="contentpagetitle" href="%s">%s</a><br>%s</td></tr>' % (
        esc(url(i)), entities(arts[i]["title"]), entities(" ".join(text_paras(arts[i]))[:300]) + "…") for i in items)
    return wrap("Tin tức", '<div class="componentheading">Tin tức - Sự kiện</div><table class="blog">%s</table><div class="pagination">%s</div>' % (lis, pager))


notices = [("/index.php?option=com_content&task=view&id=401&Itemid=41", "Thông báo kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân", "/images/stories/thongbao/kl-tiep-dan.doc")]
home = "<h3>Tin mới nhất</h3><ul>%s</ul><h3>Thông báo</h3><ul>%s</ul>" % (
    "".join("<li>%s</li>" % a(url(i), entities(arts[i]["title"])) for i in range(3)), "".join("<li>%s</li>" % a(p, entities(t)) for p, t, f in notices))
P.add("/", wrap("Trang chủ", home))
P.add(LIST, listing([0, 1, 2], a(LIST2, "Sau") + " " + a(LIST2, "Cuối")), kind="non")
P.add(LIST2, listing([3, 4, 5], a(LIST, "Đầu") + " " + a(LIST, "Trước")), kind="non")
P.add(INTRO, wrap("Giới thiệu", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu chung</td></tr><tr><td>Bảo Yên là huyện vùng cao phía đông tỉnh Lào Cai, có 17 xã và 1 thị trấn.</td></tr></table>'), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<table class="contentpaneopen"><tr><td class="contentheading">%s</td></tr><tr><td>%s</td></tr></table>' % (entities(t), a(f, "Tải về"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
P.write()

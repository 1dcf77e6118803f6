"""Portal 7: huyện Quan Sơn (Thanh Hóa) on Joomla 1.5, index.php?option=com_content&task=view&id=...
Hard cases: every page is windows-1258 (Word-style base letter + combining tone mark), a left column
before the content with "Ai đang online" and an English "Today/Yesterday/.../All days" counter,
the headline in td.contentheading (no h1), "Viết bởi" author field, date "Thứ năm, 14 Tháng 3 2024 08:30"
plus a "Cập nhật lần cuối" stamp after the text, PDF/print/e-mail icons (print view 404s),
"Các bài mới hơn/cũ hơn" lists, table-layout footer."""
from common import Portal, esc, href

P = Portal("p7_quanson_joomla15", "Cổng thông tin điện tử huyện Quan Sơn", "Quan Sơn", "Thanh Hóa", "Joomla 1.5")
def art_url(i):
    return f"/index.php?option=com_content&task=view&id={i}&Itemid=56"
LIST = "/index.php?option=com_content&task=category&sectionid=3&id=12&Itemid=56"
LIST2 = LIST + "&limitstart=4"
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
ARTS = [
 dict(id=1462, title="Quan Sơn: 9 tháng tiếp nhận 3.806 hồ sơ thủ tục hành chính", published="2023-10-06", time="08:30", mod="2023-10-07 10:02",
  paras=["Chín tháng năm 2023, Bộ phận Tiếp nhận và Trả kết quả huyện Quan Sơn tiếp nhận 3.806 hồ sơ, gồm 3.655 hồ sơ tiếp nhận trong kỳ và 151 hồ sơ tồn kỳ trước.",
         "Đã giải quyết 3.598 hồ sơ, trong đó trước hạn 1.147, đúng hạn 2.430 và trễ hạn 21 hồ sơ; tỷ lệ đúng hạn đạt 99,42%. Đang giải quyết 208 hồ sơ.",
         "Số hồ sơ nộp qua mạng là 1.462, bằng 38,4% tổng số hồ sơ; qua dịch vụ bưu chính công ích, huyện tiếp nhận 45 hồ sơ và trả 117 kết quả.",
         "Theo đánh giá của huyện, các xã vùng biên như Na Mèo, Mường Mìn có nhiều bản chưa có sóng 4G ổn định nên người dân vẫn chủ yếu nộp hồ sơ trực tiếp."],
  must=["151 hồ sơ tồn kỳ trước", "trễ hạn 21 hồ sơ", "tỷ lệ đúng hạn đạt 99,42%", "tiếp nhận 45 hồ sơ và trả 117 kết quả"]),
 dict(id=1455, title="Hội nghị đánh giá Chỉ số CCHC năm 2022 và giải pháp năm 2023", published="2023-08-17", time="15:45", mod=None,
  paras=["Năm 2022, Chỉ số cải cách hành chính của huyện Quan Sơn đạt 79,26 điểm, xếp thứ 21/27 huyện, thị xã, thành phố của tỉnh Thanh Hóa, giảm 4 bậc so với năm 2021.",
         "Bảng điểm một số lĩnh vực được đại diện Phòng Nội vụ trình bày tại hội nghị:"],
  table=[["Lĩnh vực", "Điểm tối đa", "Điểm đạt"], ["Cải cách thủ tục hành chính", "13", "11,25"], ["Xây dựng chính quyền điện tử", "12", "7,80"], ["Tác động của CCHC", "20", "14,62"]],
  tail=["Hội nghị thống nhất giao từng phòng chuyên môn chịu trách nhiệm với các tiêu chí bị mất điểm, báo cáo tiến độ hằng tháng với Chủ tịch UBND huyện."],
  must=["Xây dựng chính quyền điện tử", "đạt 79,26 điểm, xếp thứ 21/27", "giảm 4 bậc so với năm 2021", "báo cáo tiến độ hằng tháng"]),
 dict(id=1449, title="Bản Xủa đón khách du lịch trải nghiệm văn hóa Thái", published="2023-07-28", time="10:10", mod="2023-07-29 07:55",
  paras=["Nằm dưới chân núi Pha Ống, bản Xủa, xã Trung Thượng vẫn giữ được những ngôi nhà sàn mái lá cọ và các điệu khắp, xòe truyền thống của đồng bào Thái.",
         "Từ đầu năm, 6 hộ dân trong bản đã làm dịch vụ lưu trú tại nhà, đón hơn 1.300 lượt khách. Bà Lò Thị Xuân, chủ một homestay, cho biết khách thích nhất là món cá suối nướng và rượu cần.",
         "Huyện đang hỗ trợ bản làm nhà vệ sinh đạt chuẩn và đào tạo đội văn nghệ biểu diễn phục vụ khách."],
  must=["bản Xủa, xã Trung Thượng", "hơn 1.300 lượt khách", "cá suối nướng và rượu cần"]),
 dict(id=1441, title="Xã Sơn Điện nhận 200 con bò giống hỗ trợ giảm nghèo", published="2023-06-20", time="09:00", mod=None,
  paras=["Ngày 19/6, UBND xã Sơn Điện đã bàn giao 200 con bò giống cho 100 hộ nghèo, cận nghèo từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững.",
         "Mỗi hộ nhận 2 con và được cán bộ thú y hướng dẫn làm chuồng, trồng cỏ, tiêm phòng. Xã yêu cầu các bản thành lập tổ giám sát việc chăm sóc đàn bò."],
  must=["200 con bò giống cho 100 hộ nghèo, cận nghèo", "giảm nghèo bền vững", "tổ giám sát việc chăm sóc đàn bò"]),
 dict(id=1436, title="Kết quả khảo sát mức độ hài lòng quý II/2023", published="2023-06-30", time="16:20", mod="2023-07-03 08:12",
  paras=["Trong quý II, huyện Quan Sơn thu về 624 phiếu khảo sát tại Bộ phận Một cửa huyện và các xã. Mức độ hài lòng chung của người dân đạt 97,1%, tăng 0,6% so với quý I.",
         "Có 18 phiếu chưa hài lòng, chủ yếu về thời gian chờ đợi khi làm thủ tục đất đai và việc thiếu chỗ để xe tại Bộ phận Một cửa huyện.",
         "Phạm Bá Thịnh"],
  must=["624 phiếu khảo sát", "đạt 97,1%, tăng 0,6% so với quý I", "Có 18 phiếu chưa hài lòng"]),
 dict(id=1430, title="Khánh thành cầu treo bản Chung Sơn", published="2023-05-25", time="14:00", mod=None,
  paras=["Cầu treo bản Chung Sơn, xã Tam Thanh dài 96 m, rộng 1,5 m, được xây dựng từ nguồn vốn xã hội hóa, giúp hơn 60 hộ dân không còn phải lội suối mỗi mùa mưa lũ."],
  must=["Cầu treo bản Chung Sơn, xã Tam Thanh", "dài 96 m, rộng 1,5 m", "không còn phải lội suối"]),
]
NOTICES = [dict(id=1466, title="Thông báo tuyển sinh lớp bồi dưỡng tiếng Thái năm 2023", pdf="/images/stories/2023/TB-tuyen-sinh-tieng-Thai.doc")]
P.furniture = ["Ai đang online", "Hiện có 14", "Thống kê truy cập", "Yesterday", "This Week", "Last Month", "All days", "Your IP:",
               "Viết bởi", "Cập nhật lần cuối", "Các bài mới hơn", "Các bài cũ hơn", "Bản quyền © 2009 UBND huyện Quan Sơn"]
MONTH = "Tháng {}"


def jdate(iso, time):
    import datetime
    y, m, d = map(int, iso.split("-"))
    return f"{WD[datetime.date(y, m, d).weekday()]}, {d:02d} Tháng {m} {y} {time}"


def layout(title, main):
    nav = "".join(f'<tr align="left"><td><a href="{href(u)}" class="mainlevel">{t}</a></td></tr>' for u, t in [("/", "Trang chủ"), ("/index.php?option=com_content&task=view&id=12&Itemid=27", "Giới thiệu"), (LIST, "Tin tức - Sự kiện"), ("/index.php?option=com_docman&Itemid=44", "Văn bản")])
    left = f'''<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">Menu chính</th></tr><tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0">{nav}</table></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">Ai đang online</th></tr><tr><td>Hiện có 14&nbsp;khách&nbsp;trực tuyến</td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">Thống kê truy cập</th></tr><tr><td><div class="vcnt">
<table cellpadding="0" cellspacing="0" style="text-align:center;width:90%;"><tr align="left"><td>Today</td><td align="right">742</td></tr>
<tr align="left"><td>Yesterday</td><td align="right">1108</td></tr><tr align="left"><td>This Week</td><td align="right">4377</td></tr>
<tr align="left"><td>Last Week</td><td align="right">7925</td></tr><tr align="left"><td>This Month</td><td align="right">15560</td></tr>
<tr align="left"><td>Last Month</td><td align="right">30118</td></tr><tr align="left"><td>All days</td><td align="right">1126409</td></tr></table>
<div>Your IP: 10.0.0.7</div><div>04-12-2026 20:31</div></div></td></tr></table>'''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=windows-1258" />
<title>{esc(title)}</title><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /></head>
<body><table width="950" align="center" cellpadding="0" cellspacing="0" id="main"><tr><td colspan="2"><img src="/templates/quanson/images/banner.jpg" width="950" height="150" alt="" /></td></tr>
<tr><td width="200" valign="top" id="left">{left}</td><td valign="top" id="content">{main}</td></tr>
<tr><td colspan="2" class="footer" align="center">Bản quyền © 2009 UBND huyện Quan Sơn - tỉnh Thanh Hóa<br />Khu 2, thị trấn Sơn Lư, huyện Quan Sơn</td></tr></table></body></html>'''


def article_page(a):
    i = ARTS.index(a)
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table border="1" cellspacing="0" cellpadding="2"><tbody>' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    mod = ""
    if a["mod"]:
        d, t = a["mod"].split()
        mod = f'<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {jdate(d, t)} )</td></tr>'
    pid = a["id"]
    def lst(xs):
        return "".join(f'<li><a href="{href(art_url(b["id"]))}" class="blogsection">{esc(b["title"])}</a></li>' for b in xs)
    main = f'''<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a["title"])}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;do_pdf=1&amp;id={pid}" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;id={pid}&amp;pop=1&amp;page=0&amp;Itemid=56" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=emailform&amp;id={pid}&amp;itemid=56" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Viết bởi Ban Biên tập</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{jdate(a["published"], a["time"])}</td></tr>
<tr><td valign="top" colspan="2">{body}</td></tr>{mod}</table><span class="article_separator">&nbsp;</span>
<div class="blog_more"><strong>Các bài mới hơn:</strong><ul>{lst(ARTS[max(0, i - 2):i])}</ul><strong>Các bài cũ hơn:</strong><ul>{lst(ARTS[i + 1:i + 3])}</ul></div>'''
    return layout(a["title"] + " - Cổng thông tin điện tử huyện Quan Sơn", main)


def blog(items, page):
    rows = "".join(f'<tr class="sectiontableentry{k % 2 + 1}"><td>{k + 1 + (page - 1) * 4}.</td><td><a href="{href(art_url(a["id"]))}">{esc(a["title"])}</a></td><td>{a["published"][8:]}-{a["published"][5:7]}-{a["published"][:4]}</td></tr>' for k, a in enumerate(items))
    pager = f'<a href="{href(LIST2)}" class="pagenav" title="Sau">Sau</a> <a href="{href(LIST2)}" class="pagenav">2</a>' if page == 1 else f'<a href="{href(LIST)}" class="pagenav">Đầu</a> <a href="{href(LIST)}" class="pagenav">1</a>'
    return f'<div class="componentheading">Tin tức - Sự kiện</div><table class="contentpane" width="100%"><tr><td class="sectiontableheader">#</td><td class="sectiontableheader">Tiêu đề bài viết</td><td class="sectiontableheader">Ngày</td></tr>{rows}<tr><td colspan="3" align="center" class="sectiontablefooter">{pager}</td></tr></table>'


ordered = sorted(ARTS, key=lambda a: a["published"], reverse=True)
home = '<div class="componentheading">Tin mới</div>' + "".join(f'<div class="contentpaneopen"><a class="contentpagetitle" href="{href(art_url(a["id"]))}">{esc(a["title"])}</a><p>{esc(a["paras"][0][:130])}...</p></div>' for a in ordered[:3]) + '<div class="componentheading">Thông báo</div>' + "".join(f'<a href="{href(art_url(n["id"]))}">{esc(n["title"])}</a>' for n in NOTICES)
ENC = dict(encoding="cp1258", ctype="text/html; charset=windows-1258")
P.add("/", layout("Cổng thông tin điện tử huyện Quan Sơn", home), kind="non_article", **ENC)
P.add(LIST, layout("Tin tức - Sự kiện", blog(ordered[:4], 1)), kind="non_article", **ENC)
P.add(LIST2, layout("Tin tức - Sự kiện", blog(ordered[4:], 2)), kind="non_article", **ENC)
P.add("/index.php?option=com_content&task=view&id=12&Itemid=27", layout("Giới thiệu", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu huyện Quan Sơn</td></tr><tr><td><p>Quan Sơn là huyện miền núi biên giới phía tây tỉnh Thanh Hóa, giáp tỉnh Hủa Phăn (Lào), thành lập năm 1996.</p><p>Điện thoại: 0237.3xxx.xxx</p></td></tr></table>'), kind="non_article", **ENC)
for n in NOTICES:
    P.add(art_url(n["id"]), layout(n["title"], f'<table class="contentpaneopen"><tr><td class="contentheading">{esc(n["title"])}</td></tr><tr><td><a href="{href(n["pdf"])}">Tải về tệp đính kèm</a></td></tr></table>'), kind="non_article", **ENC)
for a in ARTS:
    P.add(art_url(a["id"]), article_page(a), **ENC)
    P.article(art_url(a["id"]), a)
P.write()

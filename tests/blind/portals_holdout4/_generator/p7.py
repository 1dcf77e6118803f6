"""p7 — huyện Quỳnh Nhai, Sơn La: Joomla 1.5 without SEF, table layout,
served as windows-1258 (letters with tone marks as base + combining tone).
Articles /index.php?option=com_content&task=view&id=N&Itemid=45; section
listing …&task=category&sectionid=4&id=17&Itemid=45 with &limit=4&limitstart=4.

Hard cases: windows-1258 bytes whose decoding is not NFC; the headline in
td.contentheading (no h tag); Joomla dates "Thứ ba, 08 Tháng 10 2024 08:30" in
td.createdate; one article whose only date is the "Cập nhật lần cuối ( … )"
stamp after the text; a left column before the content with a digit-per-image
counter (<img alt="1">…) and "Hiện có 23 khách trực tuyến"; PDF / print /
e-mail icons (the print view answers 404); "< Trước" / "Tiếp >" page nav;
copyright in a footer table.
"""
from common import Portal, Article, esc, render_body
import datetime

P = Portal("p7_quynhnhai", "Trang thông tin điện tử huyện Quỳnh Nhai", "Quỳnh Nhai", "Sơn La",
           "Joomla 1.5 (index.php?option=com_content&task=view&id=)")
FURN = ["Số lượt truy cập", "Hiện có 23 khách trực tuyến", "Cập nhật lần cuối", "< Trước", "Tiếp >",
        "Tin mới nhất", "Bản quyền thuộc Trang thông tin điện tử huyện Quỳnh Nhai",
        "Ghi rõ nguồn khi trích dẫn thông tin từ website này"]
P.furniture = FURN
CS = "windows-1258"
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

A = [
    Article(312, "Quỳnh Nhai: năm 2024 không để hồ sơ thủ tục hành chính trễ hẹn", "2025-01-10", [
        "Năm 2024, Bộ phận Tiếp nhận và trả kết quả huyện Quỳnh Nhai tiếp nhận 4.127 hồ sơ, trong đó tiếp nhận trong kỳ 4.058 hồ sơ và 69 hồ sơ của năm 2023 chuyển sang.",
        "Đã giải quyết 4.071 hồ sơ, trong đó trước hạn 3.302 hồ sơ, đúng hạn 769 hồ sơ, không có hồ sơ trễ hẹn. Hiện còn 56 hồ sơ đang giải quyết.",
        "Hồ sơ tiếp nhận trực tuyến là 2.689 hồ sơ, tỷ lệ 65,2%; trả kết quả qua dịch vụ bưu chính công ích 143 hồ sơ.",
        "Năm 2025, huyện đặt mục tiêu đưa tỷ lệ hồ sơ trực tuyến lên 75%.",
    ], ["tiếp nhận trong kỳ 4.058 hồ sơ", "không có hồ sơ trễ hẹn", "tỷ lệ 65,2%", "lên 75%"], cchc=True),
    Article(305, "Kết quả khảo sát sự hài lòng tại Bộ phận một cửa huyện năm 2024", "2024-12-20", [
        "Phòng Nội vụ huyện vừa công bố kết quả khảo sát 350 người dân và doanh nghiệp đến giao dịch tại Bộ phận Tiếp nhận và trả kết quả huyện.",
        "Mức độ hài lòng chung đạt 91,6%. Kết quả theo từng tiêu chí như sau:",
        "Cùng với khảo sát của huyện, Chỉ số cải cách hành chính năm 2023 của Quỳnh Nhai do tỉnh công bố đạt 80,33 điểm, xếp thứ 8/12 huyện, thành phố.",
        "Lò Văn Pọm",
    ], ["350 người dân và doanh nghiệp", "Mức độ hài lòng chung đạt 91,6%", "đạt 80,33 điểm", "Tiếp cận dịch vụ"],
        table=[["Tiêu chí", "Tỷ lệ hài lòng"],
               ["Tiếp cận dịch vụ", "93,4%"],
               ["Thủ tục hành chính", "90,1%"],
               ["Công chức trực tiếp giải quyết", "92,8%"],
               ["Kết quả giải quyết", "90,2%"]],
        table_at=2, cchc=True),
    Article(298, "Nuôi cá lồng trên lòng hồ thủy điện Sơn La mang lại thu nhập ổn định", "2024-12-03", [
        "Hiện nay toàn huyện có 1.350 lồng cá trên lòng hồ thủy điện Sơn La, tập trung ở các xã Mường Giôn, Pá Ma Pha Khinh và Chiềng Khay.",
        "Sản lượng cá nuôi lồng năm 2024 ước đạt 1.100 tấn, chủ yếu là cá rô phi, cá lăng và cá tầm.",
        "Nhiều hộ có thu nhập từ 200 đến 300 triệu đồng mỗi năm.",
        "Lò Văn Pọm",
    ], ["1.350 lồng cá", "ước đạt 1.100 tấn", "từ 200 đến 300 triệu đồng"]),
    Article(291, "Trường Phổ thông dân tộc nội trú huyện khai giảng lớp học mới", None, [
        "Trường Phổ thông dân tộc nội trú THCS và THPT huyện Quỳnh Nhai đưa vào sử dụng thêm 6 phòng học và khu nhà ở cho 120 học sinh.",
        "Công trình có tổng vốn đầu tư gần 14 tỷ đồng từ nguồn vốn chương trình mục tiêu quốc gia.",
    ], ["thêm 6 phòng học", "khu nhà ở cho 120 học sinh", "gần 14 tỷ đồng"]),
    Article(284, "Hỗ trợ sinh kế cho hộ nghèo xã Mường Sại", "2024-11-08", [
        "Huyện đã cấp 85 con bò giống cho 85 hộ nghèo tại xã Mường Sại theo chương trình giảm nghèo bền vững.",
    ], ["85 con bò giống", "chương trình giảm nghèo bền vững", "Mường Sại theo chương trình"]),
    Article(277, "Tuyên truyền phòng, chống ma túy tại các bản vùng biên", "2024-10-29", [
        "Công an huyện phối hợp Đồn Biên phòng tổ chức 12 buổi tuyên truyền pháp luật về phòng, chống ma túy tại các bản vùng sâu.",
        "Hơn 1.500 lượt người dân tham dự, nhiều buổi được thực hiện bằng tiếng Thái và tiếng Mông.",
    ], ["12 buổi tuyên truyền", "Hơn 1.500 lượt người dân", "bằng tiếng Thái và tiếng Mông"]),
]
TIMES = ["08:30", "15:10", "09:45", "10:20", "14:05", "07:40"]
# 291 has no create date shown: its only date is the modified stamp
MODIFIED = {312: ("2025-01-11", "09:02"), 305: ("2024-12-20", "16:40"), 298: ("2024-12-05", "08:15"),
            291: ("2024-11-18", "10:27"), 284: ("2024-11-08", "14:05"), 277: ("2024-10-30", "11:11")}
A[3].published = MODIFIED[291][0]
NOTICES = [(315, "Thông báo kết quả lựa chọn nhà thầu gói thầu sửa chữa đường nội bản", "/images/stories/vanban/tb-ket-qua-lcnt.doc"),
           (309, "Thông báo về việc nghỉ Tết Dương lịch năm 2025", "/images/stories/vanban/tb-nghi-tet-duong-lich.doc")]


def jdate(iso, hm):
    d = datetime.date.fromisoformat(iso)
    return f"{WD[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {hm}"


def url(k):
    return f"/index.php?option=com_content&task=view&id={k}&Itemid=45"


LIST1 = "/index.php?option=com_content&task=category&sectionid=4&id=17&Itemid=45"
LIST2 = LIST1 + "&limit=4&limitstart=4"
DIGITS = "".join(f'<img src="/modules/mod_counter/digits/{d}.gif" alt="{d}" />' for d in "01288450")


def shell(title, main):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1258" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title></head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/templates/quynhnhai/images/header.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">Trang chủ</a> | <a href="/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=27">Giới thiệu</a> | <a href="{esc(LIST1)}">Tin tức</a> | <a href="/index.php?option=com_contact&amp;Itemid=3">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="left">
<table class="moduletable"><tr><th>Tin mới nhất</th></tr><tr><td><ul class="latestnews">{"".join(f'<li class="latestnews"><a href="{esc(url(a.key))}" class="latestnews">{esc(a.title)}</a></li>' for a in A[:3])}</ul></td></tr></table>
<table class="moduletable"><tr><th>Số lượt truy cập</th></tr><tr><td><div class="counter">{DIGITS}</div></td></tr></table>
<table class="moduletable"><tr><td>Hiện có 23 khách trực tuyến</td></tr></table>
</td><td valign="top" class="main">
{main}
</td></tr>
<tr><td colspan="2" class="footer"><table width="100%"><tr><td align="center">Bản quyền thuộc Trang thông tin điện tử huyện Quỳnh Nhai<br />Ghi rõ nguồn khi trích dẫn thông tin từ website này</td></tr></table></td></tr>
</table></body></html>
"""


def article_page(a, i):
    created = f'<tr><td valign="top" class="createdate">{jdate(a.published, TIMES[i])}</td></tr>' if a.key != 291 else ""
    md, mt = MODIFIED[a.key]
    prev_ = A[i - 1] if i > 0 else None
    next_ = A[i + 1] if i + 1 < len(A) else None
    nav = ""
    if prev_:
        nav += f'<th class="pagenav_prev"><a href="{esc(url(prev_.key))}">&lt; Trước</a></th>'
    if next_:
        nav += f'<th class="pagenav_next"><a href="{esc(url(next_.key))}">Tiếp &gt;</a></th>'
    body = render_body(a, tattrs=' class="mceItemTable" border="1" cellspacing="0" cellpadding="3" width="90%"')
    main = f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(a.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={a.key}&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;id={a.key}&amp;pop=1&amp;page=0&amp;Itemid=45" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_mailto&amp;tmpl=component&amp;link=aHR0cDo" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td>
</tr></table>
<table class="contentpaneopen">
{created}
<tr><td valign="top">
{body}
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {jdate(md, mt)} )</td></tr>
</table>
<table align="center" class="pagenav"><tr>{nav}</tr></table>"""
    return shell(a.title, main)


def listing(items, page):
    rows = "".join(f"""<tr class="sectiontableentry{1 + j % 2}"><td>{a.date_dmy("-") if a.key != 291 else ""}</td><td><a href="{esc(url(a.key))}">{esc(a.title)}</a></td></tr>""" for j, a in enumerate(items))
    pager = (f'<span class="pagenav">1</span> <a href="{esc(LIST2)}" class="pagenav">2</a> <a href="{esc(LIST2)}" class="pagenav">Tiếp &gt;</a>'
             if page == 1 else f'<a href="{esc(LIST1)}" class="pagenav">&lt; Trước</a> <a href="{esc(LIST1)}" class="pagenav">1</a> <span class="pagenav">2</span>')
    return shell("Tin tức", f"""<div class="componentheading">Tin tức - Sự kiện</div>
<table class="category" width="100%"><tr><td class="sectiontableheader">Ngày</td><td class="sectiontableheader">Tiêu đề</td></tr>{rows}</table>
<div align="center">{pager}</div>""")


def home():
    rows = "".join(f'<li><a href="{esc(url(a.key))}">{esc(a.title)}</a></li>' for a in A[:5])
    notes = "".join(f'<li><a href="{esc(url(n[0]))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<table class="blog"><tr><td><div class="componentheading">Tin tức - Sự kiện</div><ul>{rows}</ul><a href="{esc(LIST1)}">Xem tiếp</a></td></tr>
<tr><td><div class="componentheading">Thông báo</div><ul>{notes}</ul></td></tr></table>""")


def notice(n):
    return shell(n[1], f"""<table class="contentpaneopen"><tr><td class="contentheading">{esc(n[1])}</td></tr>
<tr><td><p><a href="{esc(n[2])}">Tải văn bản</a></p></td></tr></table>""")


def intro():
    return shell("Giới thiệu", """<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu huyện Quỳnh Nhai</td></tr>
<tr><td><p>Quỳnh Nhai là huyện vùng cao nằm ở phía Bắc tỉnh Sơn La, ven lòng hồ thủy điện Sơn La.</p></td></tr></table>""")


P.page("/", home(), charset=CS)
P.page(LIST1, listing(A[:4], 1), charset=CS)
P.page(LIST2, listing(A[4:], 2), charset=CS)
P.page("/index.php?option=com_content&task=view&id=2&Itemid=27", intro(), charset=CS)
for i, a in enumerate(A):
    P.page(url(a.key), article_page(a, i), charset=CS)
    P.article(url(a.key), a)
for n in NOTICES:
    P.page(url(n[0]), notice(n), charset=CS)
    P.non_article(url(n[0]))
for p in ["/", LIST1, LIST2, "/index.php?option=com_content&task=view&id=2&Itemid=27"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()

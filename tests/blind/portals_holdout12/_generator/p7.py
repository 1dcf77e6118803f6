"""p7 — Joomla 1.5 in a table layout (huyện Bảo Lâm, Cao Bằng), served in windows-1258.

Hard cases: windows-1258 bytes (tone marks as combining characters), named entities in
bodies, the counter and "who is online" modules in the left column before the content,
headline in td.contentheading (no h1), "Cập nhật lần cuối" stamp after the body that
differs from the creation date, print/pdf icons whose links answer 404, a copyright
footer in a table cell, non-SEF com_content URLs with &amp;.
"""
from common import Portal, esc, attr, ent

P = Portal("h12_baolam_joomla", "Cổng thông tin điện tử huyện Bảo Lâm", "Bảo Lâm", "Cao Bằng",
           "Joomla 1.5", charset="windows-1258")

LIST = "/index.php?option=com_content&task=category&sectionid=4&id=17&Itemid=38"
LIST2 = LIST + "&limit=4&limitstart=4"
INTRO = "/index.php?option=com_content&task=view&id=2&Itemid=27"


def url(i):
    return "/index.php?option=com_content&task=view&id=%d&Itemid=38" % i


def shell(title, main):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=windows-1258" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="/templates/baolam/css/template.css" type="text/css" />
</head><body>
<table width="990" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="banner"><img src="/templates/baolam/images/banner.jpg" width="990" height="150" alt="" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/" class="mainlevel">Trang chủ</a> <a href="{attr(INTRO)}" class="mainlevel">Giới thiệu</a> <a href="{attr(LIST)}" class="mainlevel">Tin tức - Sự kiện</a> <a href="/index.php?option=com_docman&amp;Itemid=41" class="mainlevel">Văn bản</a> <a href="/index.php?option=com_contact&amp;Itemid=3" class="mainlevel">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="leftcol">
<table class="moduletable" width="100%"><tr><th>Ai đang trực tuyến</th></tr><tr><td>Có 12 khách đang xem trang</td></tr></table>
<table class="moduletable" width="100%"><tr><th>Bộ đếm truy cập</th></tr><tr><td>
<div>Hôm nay: 412</div><div>Hôm qua: 588</div><div>Tuần này: 2904</div><div>Tất cả: 896115</div></td></tr></table>
<table class="moduletable" width="100%"><tr><th>Liên kết</th></tr><tr><td><a href="/index.php?option=com_weblinks&amp;Itemid=23">Các website liên kết</a></td></tr></table>
</td><td valign="top" class="maincol">{main}</td></tr>
<tr><td colspan="2" class="footer" align="center">Bản quyền © 2009 - 2025 Ủy ban nhân dân huyện Bảo Lâm<br/>Thị trấn Pác Miầu, huyện Bảo Lâm, tỉnh Cao Bằng - ĐT: 0206 3874 102</td></tr>
</table></body></html>"""


def detail(a):
    body = "".join("<p>%s</p>" % ent(p) for p in a["paras"][:a.get("split", 99)])
    if a.get("table"):
        body += '<table border="1" cellspacing="0" cellpadding="3" width="95%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join("<td>%s</td>" % ent(c) for c in r) for r in a["table"])
        body += "".join("<p>%s</p>" % ent(p) for p in a["paras"][a["split"]:])
    return shell(a["title"], f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(a["title"])}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={a["id"]}&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_content&amp;task=view&amp;id={a["id"]}&amp;pop=1&amp;page=0&amp;Itemid=38" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
</tr></table>
<table class="contentpaneopen"><tr><td class="createdate" valign="top" colspan="2">{a["created"]}</td></tr>
<tr><td valign="top" colspan="2">{body}</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {a["modified"]} )</td></tr></table>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="{attr(url(a["prev"]))}">&lt; Trước</a></th><th class="pagenav_next"><a href="{attr(url(a["next"]))}">Tiếp &gt;</a></th></tr></table>""")


ARTS = [
 dict(id=231, created="Thứ năm, 10 Tháng 4 2025 08:20", modified="Thứ hai, 14 Tháng 4 2025 16:05", pub="2025-04-10",
  title="Kết quả giải quyết thủ tục hành chính quý I năm 2025",
  paras=[
   "Quý I năm 2025, tổng số hồ sơ thủ tục hành chính tiếp nhận trên địa bàn huyện Bảo Lâm là 3.517 hồ sơ (cấp huyện 1.206 hồ sơ, cấp xã 2.311 hồ sơ).",
   "Số hồ sơ đã giải quyết là 3.402, trong đó giải quyết trước hạn 1.980 hồ sơ, đúng hạn 1.409 hồ sơ, quá hạn 13 hồ sơ; số hồ sơ đang giải quyết là 115. Tỷ lệ hồ sơ trực tuyến đạt 52,7%.",
   "Một số lĩnh vực có nhiều hồ sơ:",
   "Huyện yêu cầu Văn phòng Đăng ký đất đai chi nhánh Bảo Lâm rút ngắn thời gian luân chuyển hồ sơ giữa các cơ quan.",
  ], split=3,
  table=[["Lĩnh vực", "Số hồ sơ", "Quá hạn"], ["Đất đai", "744", "11"], ["Hộ tịch", "1.052", "0"], ["Chứng thực", "1.239", "2"]],
  must=["3.517 hồ sơ", "quá hạn 13 hồ sơ", "52,7%", "Chứng thực"]),
 dict(id=226, created="Thứ ba, 25 Tháng 3 2025 09:00", modified="Thứ ba, 25 Tháng 3 2025 09:41", pub="2025-03-25",
  title="Bảo Lâm nâng cao chỉ số hài lòng của người dân",
  paras=[
   "Năm 2024, Chỉ số cải cách hành chính của huyện Bảo Lâm đạt 78,66 điểm, xếp thứ 8/10 huyện, thành phố của tỉnh Cao Bằng.",
   "Chỉ số hài lòng về sự phục vụ hành chính đạt 84,9%, thấp hơn mức trung bình của tỉnh.",
   "Để cải thiện, huyện sẽ tổ chức lấy ý kiến người dân ngay tại Bộ phận Một cửa bằng phiếu giấy song ngữ Việt - Mông.",
  ],
  must=["78,66 điểm", "xếp thứ 8/10", "84,9%", "song ngữ Việt - Mông"]),
 dict(id=219, created="Thứ sáu, 14 Tháng 3 2025 15:30", modified="Thứ sáu, 14 Tháng 3 2025 15:30", pub="2025-03-14",
  title="Xã Lý Bôn khánh thành cầu treo qua sông Gâm",
  paras=[
   "Cầu treo dài 96 m nối xóm Nà Mèo với trung tâm xã, giúp hơn 300 hộ dân không còn phải đi đò qua sông.",
   "Công trình được xây dựng bằng nguồn xã hội hóa và ngày công đóng góp của người dân.",
  ],
  must=["dài 96 m", "xóm Nà Mèo", "đi đò qua sông"]),
 dict(id=214, created="Thứ tư, 05 Tháng 3 2025 07:45", modified="Thứ năm, 06 Tháng 3 2025 08:12", pub="2025-03-05",
  title="Khai giảng lớp xóa mù chữ cho phụ nữ Mông",
  paras=[
   "Lớp học đặt tại điểm trường Khuổi Khon, xã Mông Ân, có 27 học viên từ 18 đến 45 tuổi.",
   "Giáo viên dạy bằng tiếng Việt kết hợp giải thích bằng tiếng Mông, học vào buổi tối sau giờ lên nương.",
  ],
  must=["điểm trường Khuổi Khon", "27 học viên", "sau giờ lên nương"]),
 dict(id=208, created="Thứ hai, 24 Tháng 2 2025 10:10", modified="Thứ hai, 24 Tháng 2 2025 10:10", pub="2025-02-24",
  title="Phòng chống rét cho đàn gia súc",
  paras=["Trước đợt rét đậm, các xã vùng cao đã hướng dẫn người dân che chắn chuồng trại và dự trữ rơm, cỏ khô."],
  must=["che chắn chuồng trại", "rơm, cỏ khô", "rét đậm"]),
 dict(id=203, created="Thứ sáu, 14 Tháng 2 2025 14:00", modified="Thứ bảy, 15 Tháng 2 2025 09:30", pub="2025-02-14",
  title="Hội nghị trực tuyến về số hóa hồ sơ tại cấp xã",
  paras=[
   "Tại hội nghị, Văn phòng HĐND và UBND huyện thông tin: năm 2024 các xã đã số hóa 9.846 hồ sơ, kết quả giải quyết thủ tục hành chính, đạt 88%.",
   "Đã có 2.274 hồ sơ được tiếp nhận trực tuyến toàn trình. Tuy vậy, đường truyền internet ở xã Đức Hạnh và Nam Cao thường xuyên bị gián đoạn.",
  ],
  must=["9.846 hồ sơ", "2.274 hồ sơ", "Đức Hạnh và Nam Cao"]),
]
for i, a in enumerate(ARTS):
    a["prev"] = ARTS[i - 1]["id"]
    a["next"] = ARTS[(i + 1) % len(ARTS)]["id"]

for a in ARTS:
    P.article(url(a["id"]), detail(a), a["title"], a["pub"], a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Ai đang trực tuyến", "khách đang xem trang", "Bộ đếm truy cập", "Hôm qua:", "Tuần này:", "Tất cả:",
       "Cập nhật lần cuối", "Các website liên kết", "Bản quyền © 2009 - 2025", "< Trước", "Tiếp >")


def blog(arts):
    return "".join(f"""<table class="contentpaneopen"><tr><td class="contentheading"><a href="{attr(url(a["id"]))}" class="contentpagetitle">{esc(a["title"])}</a></td></tr>
<tr><td class="createdate">{a["created"]}</td></tr><tr><td>{ent(a["paras"][0][:120])}...</td></tr>
<tr><td><a href="{attr(url(a["id"]))}" class="readon">Đọc tiếp...</a></td></tr></table>""" for a in arts)


P.non_article(LIST, shell("Tin tức - Sự kiện", '<div class="componentheading">Tin tức - Sự kiện</div>%s<div class="pagination"><span>Bắt đầu</span> <strong>1</strong> <a href="%s">2</a> <a href="%s">Sau</a></div>' % (blog(ARTS[:4]), attr(LIST2), attr(LIST2))))
P.non_article(LIST2, shell("Tin tức - Sự kiện", '<div class="componentheading">Tin tức - Sự kiện</div>%s<div class="pagination"><a href="%s">Bắt đầu</a> <a href="%s">1</a> <strong>2</strong></div>' % (blog(ARTS[4:]), attr(LIST), attr(LIST))))

INTRO_PARAS = [
 "Bảo Lâm là huyện vùng cao biên giới nằm ở phía tây tỉnh Cao Bằng, được thành lập năm 2000 trên cơ sở tách từ huyện Bảo Lạc. Huyện giáp tỉnh Hà Giang ở phía tây và tỉnh Tuyên Quang, Bắc Kạn ở phía nam.",
 "Sông Gâm chảy qua địa bàn huyện theo hướng bắc - nam, tạo nên những thung lũng hẹp ven sông. Phần lớn diện tích còn lại là núi đất và núi đá cao, giao thông đi lại giữa các xóm còn nhiều khó khăn.",
 "Đồng bào Mông, Dao, Tày, Nùng sống quây quần trong các xóm, gìn giữ những phong tục như lễ hội Lồng tồng, lễ cấp sắc và chợ phiên vùng cao.",
]
P.non_article(INTRO, shell("Giới thiệu chung", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu chung về huyện Bảo Lâm</td></tr><tr><td>%s</td></tr></table>' % "".join("<p>%s</p>" % ent(p) for p in INTRO_PARAS)))

NOTICE = url(233)
P.non_article(NOTICE, shell("Thông báo lịch thi tuyển công chức cấp xã năm 2025", f"""<table class="contentpaneopen"><tr><td class="contentheading">Thông báo lịch thi tuyển công chức cấp xã năm 2025</td></tr>
<tr><td><p><a href="/images/stories/2025/TB_lich_thi_cong_chuc.doc">TB_lich_thi_cong_chuc.doc</a></p></td></tr></table>"""))

P.non_article("/", shell("Trang chủ", f"""<div class="componentheading">Tin mới</div>{blog(ARTS[:3])}
<div class="moduletable"><h3>Thông báo</h3><ul class="latestnews"><li class="latestnews"><a href="{attr(NOTICE)}" class="latestnews">Thông báo lịch thi tuyển công chức cấp xã năm 2025</a></li></ul></div>
<a href="{attr(LIST)}">Xem tất cả tin</a>"""))

P.write()

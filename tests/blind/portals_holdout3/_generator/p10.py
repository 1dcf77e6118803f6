"""p10: Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên (Sóc Trăng) on a Violet-like hosted site
(a district office's site on a school-site platform): /present/show/entry_id/<n>,
listing /present/list/cat_id/<n> and /present/list/cat_id/<n>/page/2.
Hard cases: a LEFT 'Thống kê' block and an online sentence before the content; breadcrumb
'Gốc > … > <title>'; the date only in a sender line under the text in the form
"Ngày gửi: 14h:20' 05-11-2024"; a PHP 'Array' artefact and like / comment widgets inside the
article container; 'Nhắn tin cho tác giả'; 'Các ý kiến mới nhất' sidebar; table by school."""
from common import Portal, Article, esc, HOST

P = Portal("p10_soctrang_myxuyen", "Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên", "Mỹ Xuyên", "Sóc Trăng", "Violet-like hosted site")
ALL = []


def art(entry, title, date, hm, sender, paras, must, **kw):
    a = Article("/present/show/entry_id/%d" % entry, title, date, paras, must, **kw)
    a.entry, a.hm, a.sender = entry, hm, sender
    ALL.append(a)
    return a


A1 = art(11820457, "Kết quả giải quyết thủ tục hành chính lĩnh vực giáo dục năm 2024", "2024-12-02", "14h:20'", "Trần Thị Kim Thoa",
    ["Năm 2024, Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên tiếp nhận 326 hồ sơ thủ tục hành chính qua Bộ phận Một cửa huyện, chủ yếu là hồ sơ chuyển trường, cấp bản sao văn bằng và xét công nhận phổ cập giáo dục.",
     "Trong đó có 281 hồ sơ nộp trực tuyến, chiếm 86,2%. Phòng đã giải quyết 319 hồ sơ, gồm 204 hồ sơ trước hạn và 115 hồ sơ đúng hạn, không có hồ sơ trễ hạn; 7 hồ sơ đang giải quyết.",
     "Năm 2025, Phòng tiếp tục số hóa sổ gốc cấp văn bằng tốt nghiệp trung học cơ sở từ năm 1995 đến nay để rút ngắn thời gian cấp bản sao."],
    ["tiếp nhận 326 hồ sơ thủ tục hành chính", "chiếm 86,2%", "không có hồ sơ trễ hạn", "số hóa sổ gốc cấp văn bằng"])

A2 = art(11790112, "Khảo sát sự hài lòng của cha mẹ học sinh học kỳ I năm học 2024 - 2025", "2024-11-18", "08h:05'", "Lâm Văn Sơn",
    ["Phòng Giáo dục và Đào tạo đã khảo sát 1.640 cha mẹ học sinh tại 12 trường về sự hài lòng đối với dịch vụ giáo dục công. Tỷ lệ hài lòng chung đạt 93,4%, tăng 1,8 điểm phần trăm so với năm học trước.",
     "Kết quả tại một số trường như sau:",
     "Nội dung được đánh giá thấp nhất là cơ sở vật chất nhà vệ sinh và sân chơi. Các trường có tỷ lệ dưới 90% phải xây dựng kế hoạch cải thiện trước ngày 15/12."],
    ["khảo sát 1.640 cha mẹ học sinh", "Tỷ lệ hài lòng chung đạt 93,4%", "nhà vệ sinh và sân chơi"],
    table=[["Trường", "Số phiếu", "Hài lòng (%)"],
           ["TH Tham Đôn 1", "152", "95,1"],
           ["TH Đại Tâm 2", "138", "91,3"],
           ["THCS Ngọc Tố", "176", "89,2"],
           ["MN Hoa Sen", "97", "96,9"]],
    table_cell="THCS Ngọc Tố")

A3 = art(11762038, "Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học", "2024-10-28", "16h:45'", "Trần Thị Kim Thoa",
    ["Từ ngày 21 đến 25/10, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học với 64 giáo viên dự thi. Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành.",
     "Nhiều tiết dạy ứng dụng bảng tương tác, học liệu số và trò chơi học tập, tạo hứng thú cho học sinh. Ban tổ chức công nhận 41 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện."],
    ["64 giáo viên dự thi", "bảng tương tác, học liệu số", "41 giáo viên đạt danh hiệu"])

A4 = art(11703326, "Trao 85 suất học bổng cho học sinh dân tộc Khmer vượt khó", "2024-09-12", "10h:30'", "Lâm Văn Sơn",
    ["Nhân dịp năm học mới, Phòng Giáo dục và Đào tạo phối hợp với chùa Sóc Bưng và các nhà hảo tâm trao 85 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và dụng cụ học tập.",
     "Các em được trao học bổng đều có kết quả học tập khá, giỏi và tham gia tích cực các hoạt động của trường.",
     "Kim Thoa"],
    ["chùa Sóc Bưng", "1 triệu đồng tiền mặt và dụng cụ học tập", "kết quả học tập khá, giỏi"])

A5 = art(11801944, "Kiểm tra cơ sở vật chất Trường Mầm non Đại Tâm", "2024-11-25", "15h:10'", "Lâm Văn Sơn",
    ["Chiều 22/11, đoàn kiểm tra của Phòng Giáo dục và Đào tạo đã kiểm tra việc sửa chữa phòng học, bếp ăn bán trú tại Trường Mầm non Đại Tâm và đề nghị nhà trường hoàn thiện hệ thống nước sạch trước Tết."],
    ["bếp ăn bán trú", "hoàn thiện hệ thống nước sạch trước Tết", "đoàn kiểm tra của Phòng"])


def dmy_dash(d):
    return "-".join(reversed(d.split("-")))


CAT = "/present/list/cat_id/3301024"
NAV = [("/", "Trang chủ"), (CAT, "Tin tức - Sự kiện"), ("/present/list/cat_id/3301027", "Văn bản - Công văn"), ("/present/show/entry_id/9000012", "Giới thiệu"),
       ("/user/signin", "Đăng nhập")]


def layout(title, main):
    nav = " | ".join('<a href="%s">%s</a>' % (h, esc(t)) for h, t in NAV)
    latest = "".join('<li><a href="%s">%s</a></li>' % (x.path, esc(x.title)) for x in sorted(ALL, key=lambda x: x.published, reverse=True)[:3])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} - Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên</title></head><body>
<div id="banner"><h1 class="sitename">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MỸ XUYÊN</h1></div>
<div id="topnav">{nav}</div>
<table id="layout" width="100%"><tr><td id="leftcol" width="220" valign="top">
<div class="module"><div class="mtitle">Thống kê</div><div class="mbody">
<p>152 truy cập (chi tiết) trong hôm nay</p><p>4.871 lượt xem trong hôm nay</p>
<p>Thành viên trực tuyến: 6 khách và 0 thành viên</p></div></div>
<div class="module"><div class="mtitle">Các ý kiến mới nhất</div><ul class="mbody">{latest}</ul></div>
</td><td id="maincol" valign="top">{main}</td></tr></table>
<div id="footer">Website của Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên - Sóc Trăng<br>Xây dựng trên nền tảng mạng giáo dục trực tuyến</div>
</body></html>"""


def article_page(a):
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if a.table and p.endswith("như sau:"):
            body.append('<table border="1" cellpadding="3">' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</table>")
    main = f"""<div class="breadcrumb"><a href="/">Gốc</a> &gt; <a href="{CAT}">Tin tức - Sự kiện</a> &gt; {esc(a.title)}</div>
<div class="entry"><h2 class="entry-title">{esc(a.title)}</h2>
<div class="entry-content">{''.join(body)}</div>
<div class="entry-meta"><a href="/message/send?entry={a.entry}">Nhắn tin cho tác giả</a><br>Người gửi: {esc(a.sender)}<br>Ngày gửi: {a.hm} {dmy_dash(a.published)}</div>
<div class="entry-array">Array</div>
<div class="entry-like">Số lượt thích: 0 người</div>
<div class="entry-comment"><b>Hãy thử nhiều lựa chọn khác</b><form action="/comment/post"><textarea name="c"></textarea><button>Gửi bình luận</button></form></div>
</div>"""
    return layout(a.title, main)


for a in ALL:
    P.page(a.path, article_page(a), kind="article", article=a, name="entry-%d" % a.entry)

NOTICES = [("/present/show/entry_id/11812760", "Công văn hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2024 - 2025", "/upload/3301/20241128/CV-KT-cuoi-HKI.pdf")]
for p, t, f in NOTICES:
    P.page(p, layout(t, '<div class="breadcrumb"><a href="/">Gốc</a> &gt; <a href="/present/list/cat_id/3301027">Văn bản - Công văn</a></div><div class="entry"><h2 class="entry-title">%s</h2><div class="entry-content"><p><a href="%s">Tải tệp đính kèm</a></p></div></div>' % (esc(t), f)),
           kind="non_article", name="cong-van")


def lst(xs):
    return "".join('<div class="item"><a href="%s"><b>%s</b></a> <span>(%s)</span></div>' % (x.path, esc(x.title), dmy_dash(x.published)) for x in xs)


srt = sorted(ALL, key=lambda x: x.published, reverse=True)
P.page(CAT, layout("Tin tức - Sự kiện", '<div class="breadcrumb"><a href="/">Gốc</a> &gt; Tin tức - Sự kiện</div>' + lst(srt[:3]) +
       '<div class="paging">Trang 1 <a href="%s/page/2">2</a></div>' % CAT), kind="non_article", name="list-1")
P.page(CAT + "/page/2", layout("Tin tức - Sự kiện", '<div class="breadcrumb"><a href="/">Gốc</a> &gt; Tin tức - Sự kiện</div>' + lst(srt[3:]) +
       '<div class="paging"><a href="%s">1</a> Trang 2</div>' % CAT), kind="non_article", name="list-2")
P.page(NAV[2][0], layout("Văn bản - Công văn", "".join('<div class="item"><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)), kind="non_article", name="vb-list")
P.page(NAV[3][0], layout("Giới thiệu", '<div class="entry"><h2 class="entry-title">Giới thiệu</h2><div class="entry-content"><p>Phòng Giáo dục và Đào tạo huyện Mỹ Xuyên</p><p>Địa chỉ: thị trấn Mỹ Xuyên, huyện Mỹ Xuyên, tỉnh Sóc Trăng</p><p>Điện thoại: 0299.3851.xxx</p></div></div>'),
       kind="non_article", name="gioi-thieu")
P.page("/", layout("Trang chủ", '<div class="welcome">Chào mừng quý thầy cô và các em học sinh ghé thăm website!</div>' + lst(srt[:4]) +
       "".join('<div class="item"><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES) + '<p><a href="%s">Xem tiếp</a></p>' % CAT), kind="non_article")

P.furniture(["truy cập (chi tiết) trong hôm nay", "lượt xem trong hôm nay", "Thành viên trực tuyến: 6 khách và 0 thành viên",
             "Các ý kiến mới nhất", "Nhắn tin cho tác giả", "Array", "Số lượt thích: 0 người", "Hãy thử nhiều lựa chọn khác", "Gửi bình luận",
             "Xây dựng trên nền tảng mạng giáo dục trực tuyến", "Chào mừng quý thầy cô và các em học sinh ghé thăm website!", "Gốc >", "Người gửi:", "Ngày gửi:"])
P.finish()

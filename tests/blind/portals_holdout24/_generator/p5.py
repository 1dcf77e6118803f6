"""Portal 5 - Joomla 3 (category blog, vi-VN language pack): huyện Bảo Lâm, Cao Bằng."""
import re
import unicodedata
from common import Portal, e, attr, dmy, weekday, render_body, entityize, HOST

P = Portal("baolam_joomla", "Trang thông tin điện tử huyện Bảo Lâm", "Bảo Lâm", "Cao Bằng", "Joomla 3")
SITE = "Trang thông tin điện tử huyện Bảo Lâm"
TODAY = "Thứ sáu, 20 Tháng 12 2024"


def jalias(title):
    """Joomla without unicode aliases: Latin-1 accents are folded, other letters become '-'."""
    out = []
    for ch in unicodedata.normalize("NFC", title.lower()):
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append(unicodedata.normalize("NFD", ch)[0])
        else:
            out.append("-")
    s = re.sub(r"[^a-z0-9]+", "-", "".join(out))
    return s.strip("-")


def jdate(d, t):
    y, m, dd = d.split("-")
    wd = weekday(d).replace("Thứ ", "Thứ ").lower().capitalize()
    return f"{wd}, {dd} Tháng {int(m)} {y} {t}"


ART = [
    dict(id=412, date="2024-11-28", time="08:12", upd=("2024-11-29", "10:40"),
         title="Bảo Lâm: 11 tháng tiếp nhận hơn 5 nghìn hồ sơ thủ tục hành chính",
         paras=[
             "Từ ngày 15/12/2023 đến ngày 14/11/2024, Bộ phận Tiếp nhận và Trả kết quả huyện và các xã, thị trấn đã tiếp nhận 5.226 hồ sơ, trong đó 2.904 hồ sơ nộp trực tuyến.",
             "Đã giải quyết 5.140 hồ sơ, trong đó trước hạn 3.875 hồ sơ, đúng hạn 1.250 hồ sơ, trễ hạn 15 hồ sơ; 86 hồ sơ chưa đến hạn giải quyết.",
             "Tổng hợp theo cấp giải quyết:",
             "Việc trả kết quả qua dịch vụ bưu chính công ích còn rất hạn chế, cả năm chỉ có 37 hồ sơ.",
             "Nông Văn Khải"],
         table_after=2,
         table=[["Cấp giải quyết", "Tiếp nhận", "Trực tuyến", "Trễ hạn"],
                ["Cấp huyện", "1.618", "1.102", "12"],
                ["Cấp xã", "3.608", "1.802", "3"]],
         table_cell="1.802"),
    dict(id=398, date="2024-10-17", time="15:30", upd=None, hide_date=True,
         title="Hội nghị đánh giá công tác cải cách hành chính 9 tháng năm 2024",
         paras=[
             "Chiều 16/10, Ban Chỉ đạo cải cách hành chính huyện tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 tháng đầu năm.",
             "Theo báo cáo, huyện đã hoàn thành 21/28 nhiệm vụ trong kế hoạch năm; tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,6%. Chỉ số PAR INDEX năm 2023 của huyện xếp thứ 9/10 huyện, thành phố, cần có giải pháp cải thiện mạnh mẽ.",
             "Hội nghị thống nhất giao chỉ tiêu số hóa hồ sơ cho từng xã và tăng cường kiểm tra đột xuất tại Bộ phận Một cửa cấp xã."]),
    dict(id=405, date="2024-11-06", time="09:00", upd=("2024-11-06", "16:22"),
         title="Kiểm tra công tác cải cách hành chính tại xã Lý Bôn và xã Nam Quang",
         paras=[
             "Trong hai ngày 4 và 5/11, đoàn kiểm tra của UBND huyện đã kiểm tra công tác cải cách hành chính tại UBND xã Lý Bôn và xã Nam Quang.",
             "Đoàn ghi nhận hai xã bố trí Bộ phận Một cửa khang trang, có máy tính phục vụ người dân tra cứu; tuy nhiên sổ theo dõi hồ sơ còn ghi chép chưa đầy đủ.",
             "Đoàn đề nghị các xã sớm khắc phục những tồn tại nêu trên."]),
    dict(id=379, date="2024-09-09", time="07:45", upd=None, hide_date=True,
         title="Bảo Lâm tăng cường ứng dụng phần mềm một cửa điện tử",
         paras=[
             "Đến nay, 100% xã, thị trấn của huyện đã sử dụng hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
             "Tuy vậy, năng lực sử dụng thiết bị số của người dân vùng cao còn hạn chế nên phần lớn hồ sơ vẫn phải nộp trực tiếp."]),
    dict(id=420, date="2024-12-09", time="10:05", upd=("2024-12-10", "08:00"),
         title="Tặng quà cho người có uy tín trong đồng bào dân tộc thiểu số",
         paras=[
             "Nhân dịp cuối năm, Phòng Dân tộc huyện đã đến thăm, tặng quà cho 64 người có uy tín tại các xã Thạch Lâm, Mông Ân và Thái Học.",
             "Đại diện lãnh đạo huyện đề nghị người có uy tín tiếp tục tuyên truyền bà con giữ gìn an ninh trật tự, không nghe theo kẻ xấu.",
             "Đàm Thu Hà"]),
    dict(id=424, date="2024-12-19", time="16:50", upd=None,
         title="Niêm yết công khai thủ tục hành chính trên môi trường điện tử",
         paras=[
             "UBND huyện yêu cầu các xã, thị trấn cập nhật mã QR tra cứu thủ tục hành chính tại Bộ phận Một cửa.",
             "Thời hạn hoàn thành trước ngày 31/12/2024."]),
]
for a in ART:
    a["path"] = f"/vi/tin-tuc-su-kien/{a['id']}-{jalias(a['title'])}"
    if a.get("hide_date"):
        a["no_date"] = True
SUB = [ART[2], ART[1]]  # sub-category "Kiểm tra công vụ"
SUBCAT = "/vi/tin-tuc-su-kien/58-ki-m-tra-cong-v"


def left():
    return """<div class="moduletable"><h3>Ai đang online</h3><p>Đang có 17 khách và không thành viên đang online</p></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vcounter"><table>
<tr><td>Today</td><td>618</td></tr><tr><td>Yesterday</td><td>1043</td></tr><tr><td>This Week</td><td>4210</td></tr>
<tr><td>Last Week</td><td>7719</td></tr><tr><td>This Month</td><td>19805</td></tr><tr><td>Last Month</td><td>26611</td></tr>
<tr><td>All days</td><td>1388207</td></tr></table>
<p>Your IP: 113.161.24.8</p><p>2024-12-20 09:14</p></div></div>"""


def page(title, canon, main, heading=None):
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(title)}</title>
<link href="{HOST}{attr(canon)}" rel="canonical" />
</head>
<body class="site com_content">
<div id="header"><div class="date-today">{TODAY}</div>
<div class="logo"><a href="/vi/"><img src="/images/banner/banner-baolam.png" alt="{SITE}" /></a></div>
<ul class="nav menu mainmenu"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/gioi-thieu">Giới thiệu</a></li>
<li><a href="/vi/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/vi/cai-cach-hanh-chinh">Cải cách hành chính</a></li>
<li><a href="/vi/lien-he">Liên hệ</a></li></ul></div>
<div id="main"><div class="col-left">{left()}</div>
<div class="col-content"><div id="system-message-container"></div>
<ul class="breadcrumb"><li>Bạn đang ở: </li><li><a href="/vi/" class="pathway">Trang chủ</a><span class="divider">»</span></li>{heading or ''}</ul>
{main}
</div></div>
<div id="footer"><p>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM - TỈNH CAO BẰNG</p>
<p>Cơ quan chủ quản: UBND huyện Bảo Lâm. Địa chỉ: Thị trấn Pác Miầu, huyện Bảo Lâm, tỉnh Cao Bằng.</p>
<p>Copyright © 2024 UBND huyện Bảo Lâm. All Rights Reserved.</p><a href="#top" id="back-top">Về đầu trang</a></div>
</body></html>"""


def article(a):
    crumbs = f'<li><a href="/vi/tin-tuc-su-kien" class="pathway">Tin tức - Sự kiện</a><span class="divider">»</span></li><li class="active"><span>{e(a["title"])}</span></li>'
    info = '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
    info += '<dd class="category-name">Chuyên mục: <a href="/vi/tin-tuc-su-kien">Tin tức - Sự kiện</a></dd>'
    if not a.get("hide_date"):
        info += f'<dd class="published"><span class="icon-calendar"></span> Ngày đăng: {jdate(a["date"], a["time"])}</dd>'
    info += f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: {a["id"] * 3 + 17}</dd></dl>'
    below = ""
    if a.get("upd"):
        below = f'<dl class="article-info muted"><dd class="modified"><span class="icon-calendar"></span> Cập nhật lần cuối: {jdate(*a["upd"])}</dd></dl>'
    others = [x for x in ART if x is not a]
    idx = ART.index(a)
    prev = ART[idx - 1] if idx > 0 else None
    nxt = ART[idx + 1] if idx + 1 < len(ART) else None
    pn = '<ul class="pager pagenav">'
    if prev:
        pn += f'<li class="previous"><a href="{attr(prev["path"])}" rel="prev">&lt; Trước</a></li>'
    if nxt:
        pn += f'<li class="next"><a href="{attr(nxt["path"])}" rel="next">Tiếp &gt;</a></li>'
    pn += "</ul>"
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1> Tin tức - Sự kiện </h1></div>
<div class="page-header"><h2 itemprop="headline">{e(a['title'])}</h2></div>
<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="{attr(a['path'])}?tmpl=component&amp;print=1" rel="nofollow">In</a></li>
<li class="email-icon"><a href="/vi/component/mailto/?tmpl=component&amp;link=a{a['id']}" rel="nofollow">E-mail</a></li></ul></div>
{info}
<div itemprop="articleBody">
{render_body(a, enc=entityize)}
</div>
{below}
{pn}
</div>
<div class="moduletable related"><h3>Tin liên quan</h3><ul class="relateditems">
{''.join(f'<li><a href="{attr(x["path"])}">{e(x["title"])}</a></li>' for x in others[:4])}</ul></div>"""
    return page(f"{a['title']} - {SITE}", a["path"], main, crumbs)


def blog(items, canon, heading, pager):
    out = [f'<div class="blog"><div class="page-header"><h1>{e(heading)}</h1></div>']
    for a in items:
        pub = "" if a.get("hide_date") else f'<dd class="published">Ngày đăng: {jdate(a["date"], a["time"])}</dd>'
        out.append(f"""<div class="items-leading"><div class="leading"><div class="page-header"><h2><a href="{attr(a['path'])}">{e(a['title'])}</a></h2></div>
<dl class="article-info muted">{pub}</dl>
<p>{entityize(a['paras'][0])}</p>
<p class="readmore"><a class="btn" href="{attr(a['path'])}"><span class="icon-chevron-right"></span> Đọc thêm...</a></p></div></div>""")
    out.append(f'<div class="pagination">{pager}</div></div>')
    crumbs = f'<li class="active"><span>{e(heading)}</span></li>'
    return page(f"{heading} - {SITE}", canon, "\n".join(out), crumbs)


srt = sorted(ART, key=lambda x: x["date"], reverse=True)
home = page(SITE, "/", f"""<div class="blog-featured"><div class="items-leading">
<h2><a href="{attr(srt[0]['path'])}">{e(srt[0]['title'])}</a></h2><p>{entityize(srt[0]['paras'][0])}</p></div>
<ul class="latestnews">{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a></li>' for a in srt[1:])}</ul>
<div class="moduletable"><h3>Văn bản mới</h3><ul><li><a href="/vi/van-ban/425-k-ho-ch-c-i-cach-hanh-chinh-n-m-2025">Kế hoạch cải cách hành chính năm 2025</a></li></ul></div></div>""")
P.add("/", home, "non_article")
L1 = "/vi/tin-tuc-su-kien"
L2 = "/vi/tin-tuc-su-kien?start=4"
P.add(L1, blog(srt[:4], L1, "Tin tức - Sự kiện", f'<ul><li class="active"><a>1</a></li><li><a href="{L2}">2</a></li><li><a href="{L2}">Tiếp</a></li></ul><p class="counter">Trang 1 / 2</p><p><a href="{SUBCAT}">Kiểm tra công vụ</a></p>'), "non_article")
P.add(L2, blog(srt[4:], L2, "Tin tức - Sự kiện", f'<ul><li><a href="{L1}">Đầu</a></li><li><a href="{L1}">1</a></li><li class="active"><a>2</a></li></ul><p class="counter">Trang 2 / 2</p>'), "non_article")
P.add(SUBCAT, blog(SUB, SUBCAT, "Kiểm tra công vụ", ""), "non_article")
DOC = "/vi/van-ban/425-k-ho-ch-c-i-cach-hanh-chinh-n-m-2025"
P.add(DOC, page(f"Kế hoạch cải cách hành chính năm 2025 - {SITE}", DOC, f"""<div class="item-page"><div class="page-header"><h2 itemprop="headline">Kế hoạch cải cách hành chính năm 2025</h2></div>
<dl class="article-info muted"><dd class="published">Ngày đăng: {jdate('2024-12-16', '14:10')}</dd></dl>
<div itemprop="articleBody"><p><a href="/images/vanban/2024/KH%20CCHC%202025.pdf">KH CCHC 2025.pdf</a></p></div></div>"""), "non_article")
P.add("/vi/gioi-thieu", page(f"Giới thiệu - {SITE}", "/vi/gioi-thieu", """<div class="item-page"><div class="page-header"><h2>Giới thiệu chung</h2></div>
<div itemprop="articleBody"><p>Bảo Lâm là huyện vùng cao biên giới phía Tây tỉnh Cao Bằng, được thành lập năm 2000 trên cơ sở chia tách huyện Bảo Lạc.</p>
<p>Địa hình huyện chủ yếu là núi đá, chia cắt mạnh; đồng bào Mông, Dao, Tày, Nùng sinh sống xen kẽ. Huyện đang đẩy mạnh trồng cây dược liệu và phát triển chăn nuôi bò hàng hóa.</p></div></div>"""), "non_article")
P.add("/vi/lien-he", page(f"Liên hệ - {SITE}", "/vi/lien-he", """<div class="contact"><div class="page-header"><h2>Liên hệ</h2></div>
<p>Văn phòng HĐND và UBND huyện Bảo Lâm - Điện thoại: 0206.3870.110 - Email: vpubnd.baolam@caobang.gov.vn</p>
<form class="form-validate"><input name="jform[contact_name]" /><textarea name="jform[contact_message]"></textarea><button>Gửi Email</button></form></div>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)
P.furniture = ["Ai đang online", "Đang có 17 khách và không thành viên đang online", "Thống kê truy cập",
               "Your IP", "All days", "Tin liên quan", "Cập nhật lần cuối", "Đọc thêm...", "Về đầu trang", TODAY]
if __name__ == "__main__":
    P.write()

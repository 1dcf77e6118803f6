"""p3 — huyện Lục Ngạn, Bắc Giang: VNPT Liferay `dsnews_WAR_vnpteportalnewsportlet`.
Articles: /web/guest/tin-tuc-su-kien?p_p_id=dsnews_WAR_vnpteportalnewsportlet&…_newsId=N;
listing paged by _dsnews_WAR_vnpteportalnewsportlet_cur=N.

Hard cases: the headline is a <strong> inside div.news-title (no h1 anywhere on
article pages); the date carries weekday and time ("Thứ Tư, 16/10/2024 | 15:32")
and the header shows today's date in the same form; a counter block in the left
column before the content, "." thousands ("Tổng lượt xem: 3.114.207"); the
bodies of three articles are NFD; "Ảnh:" captions inside the body; a "Tin khác"
list with dates after the body; a print link that answers 404.
"""
from common import Portal, Article, esc, nfd, render_body, weekday

P = Portal("p3_lucngan", "Cổng thông tin điện tử huyện Lục Ngạn", "Lục Ngạn", "Bắc Giang",
           "Liferay (VNPT dsnews portlet)")
PID = "dsnews_WAR_vnpteportalnewsportlet"
FURN = ["THỐNG KÊ TRUY CẬP", "Đang truy cập: 46", "Tổng lượt xem: 3.114.207", "Tin khác",
        "In trang", "Chia sẻ:", "Trang thông tin điện tử huyện Lục Ngạn - tỉnh Bắc Giang",
        "Giấy phép số 21/GP-STTTT", "Hỗ trợ kỹ thuật: VNPT Bắc Giang"]
P.furniture = FURN

A = [
    Article(187234, "Lục Ngạn: Chỉ số CCHC năm 2023 đạt 86,91 điểm", "2024-10-16", [
        "UBND tỉnh Bắc Giang vừa công bố Chỉ số cải cách hành chính năm 2023 của các huyện, thành phố. Huyện Lục Ngạn đạt 86,91 điểm, xếp thứ 4/10, tăng 2 bậc so với năm 2022.",
        "Điểm chi tiết theo từng lĩnh vực:",
        "Ảnh: Bộ phận Một cửa huyện Lục Ngạn.",
        "Lĩnh vực hiện đại hóa hành chính bị trừ điểm nhiều nhất do tỷ lệ hồ sơ trực tuyến cấp xã chưa đạt chỉ tiêu. UBND huyện yêu cầu các xã nâng tỷ lệ này lên ít nhất 55% trong năm 2024.",
    ], ["Huyện Lục Ngạn đạt 86,91 điểm", "xếp thứ 4/10", "Hiện đại hóa hành chính", "ít nhất 55%"],
        table=[["Lĩnh vực", "Điểm tối đa", "Điểm đạt"],
               ["Công tác chỉ đạo, điều hành", "9", "8,75"],
               ["Cải cách thủ tục hành chính", "13", "12,20"],
               ["Hiện đại hóa hành chính", "11", "8,06"]],
        table_at=2, cchc=True),
    Article(187190, "Một cửa cấp xã tiếp nhận 3.208 hồ sơ trong tháng 9", "2024-10-04", [
        "Trong tháng 9 năm 2024, Bộ phận Một cửa của 29 xã, thị trấn trên địa bàn huyện tiếp nhận 3.208 hồ sơ, trong đó có 2.119 hồ sơ trực tuyến.",
        "Các xã đã trả kết quả 3.151 hồ sơ, đúng hạn đạt 99,6%; 12 hồ sơ trễ hẹn thuộc lĩnh vực chứng thực và hộ tịch. Có 57 hồ sơ đang giải quyết.",
        "Ảnh: Công chức xã Tân Sơn hướng dẫn người dân nộp hồ sơ trên điện thoại.",
        "Người dân nhận kết quả qua bưu chính công ích là 74 trường hợp, chủ yếu ở các xã vùng cao Sa Lý, Phong Minh.",
        "Hoàng Yến",
    ], ["2.119 hồ sơ trực tuyến", "đúng hạn đạt 99,6%", "qua bưu chính công ích là 74 trường hợp"], cchc=True),
    Article(187152, "Khắc phục hậu quả mưa lũ sau bão số 3 tại các xã vùng cao", "2024-09-18", [
        "Mưa lớn sau bão số 3 làm sạt lở 37 điểm trên các tuyến đường liên xã, hư hỏng 112 ngôi nhà và gần 600 ha cây ăn quả tại Lục Ngạn.",
        "Huyện đã huy động lực lượng quân sự, công an và đoàn viên thanh niên giúp dân dọn bùn đất, dựng lại nhà cửa. Các tuyến đường bị chia cắt đã thông xe tạm vào ngày 14/9.",
        "Ảnh: Lực lượng dân quân giúp dân dọn dẹp sau lũ.",
        "Huyện đề nghị tỉnh hỗ trợ giống cây trồng để bà con khôi phục sản xuất trước vụ đông.",
    ], ["sạt lở 37 điểm", "gần 600 ha cây ăn quả", "thông xe tạm vào ngày 14/9"]),
    Article(187101, "Vải thiều Lục Ngạn xuất khẩu sang thị trường mới", "2024-08-21", [
        "Vụ vải năm 2024, toàn huyện có khoảng 18.000 ha vải, sản lượng ước đạt 98.000 tấn. Lần đầu tiên có lô vải tươi được xuất sang thị trường Trung Đông bằng đường hàng không.",
        "Theo Phòng Nông nghiệp và Phát triển nông thôn, giá vải bình quân cao hơn năm trước khoảng 15%.",
    ], ["khoảng 18.000 ha vải", "thị trường Trung Đông", "cao hơn năm trước khoảng 15%"]),
    Article(187066, "HĐND huyện tổ chức kỳ họp chuyên đề", "2024-08-09", [
        "Sáng 8/8, HĐND huyện Lục Ngạn khóa XX tổ chức kỳ họp chuyên đề để xem xét điều chỉnh kế hoạch đầu tư công trung hạn.",
        "Các đại biểu đã biểu quyết thông qua 3 nghị quyết với tỷ lệ tán thành cao.",
    ], ["khóa XX", "điều chỉnh kế hoạch đầu tư công trung hạn", "3 nghị quyết"]),
    Article(187020, "Ra mắt tổ công nghệ số cộng đồng thôn Kép", "2024-07-26", [
        "Tổ công nghệ số cộng đồng thôn Kép, xã Hồng Giang gồm 7 thành viên vừa ra mắt, sẽ hướng dẫn người dân cài đặt ứng dụng VNeID và thanh toán không dùng tiền mặt.",
    ], ["gồm 7 thành viên", "ứng dụng VNeID", "thanh toán không dùng tiền mặt"]),
]
TIMES = ["15:32", "09:10", "17:45", "08:20", "11:05", "14:48"]
NFD_BODY = {187234, 187152, 187066}
NOTICES = [(187240, "Thông báo về việc tạm dừng tiếp nhận hồ sơ đất đai để nâng cấp phần mềm", "/documents/lucngan/TB-tam-dung-dat-dai.pdf"),
           (187199, "Thông báo tuyển sinh lớp 10 năm học 2024 - 2025", "/documents/lucngan/TB-tuyen-sinh-10.pdf")]
TODAY = "Thứ Sáu, 18/10/2024"


def url(k):
    return (f"/web/guest/tin-tuc-su-kien?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&_{PID}_action=viewdetail&_{PID}_newsId={k}")


def list_url(cur):
    return f"/web/guest/tin-tuc-su-kien?p_p_id={PID}&p_p_lifecycle=0&_{PID}_cur={cur}&_{PID}_delta=4"


def shell(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(title)}</title>{canon}</head>
<body>
<div id="header"><div class="logo"><img src="/o/vnpt-theme/images/logo.png" alt="" /></div>
<div class="today">{TODAY}</div></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/web/guest/gioi-thieu">Giới thiệu</a> | <a href="{esc(list_url(1))}">Tin tức - Sự kiện</a> | <a href="/web/guest/van-ban">Văn bản</a></div>
<div id="main" class="row">
<div class="col-md-3 left">
<div class="box-thongke"><div class="box-title">THỐNG KÊ TRUY CẬP</div>
<p class="online">Đang truy cập: 46</p><p class="total">Tổng lượt xem: 3.114.207</p></div>
<div class="box-banner"><a href="/web/guest/dich-vu-cong"><img src="/documents/banner-dvc.png" alt="Dịch vụ công" /></a></div>
</div>
<div class="col-md-9 center">
{main}
</div></div>
<div id="footer"><p>Trang thông tin điện tử huyện Lục Ngạn - tỉnh Bắc Giang</p><p>Giấy phép số 21/GP-STTTT</p>
<p>Hỗ trợ kỹ thuật: VNPT Bắc Giang</p></div>
</body></html>
"""


def article_page(a, i):
    enc = nfd if a.key in NFD_BODY else esc
    others = [x for x in A if x is not a][:4]
    oth = "".join(f'<li><a href="{esc(url(x.key))}">{esc(x.title)}</a> <i>({x.date_dmy()})</i></li>' for x in others)
    body = render_body(a, enc=enc)
    byline = ""
    if a.key == 187190:
        body = render_body(Article(0, "", None, a.paras[:-1], ["x", "y", "z"]), enc=enc)
        byline = f'<p style="text-align:right"><strong>{enc(a.paras[-1])}</strong></p>'
    main = f"""<div class="portlet-dsnews"><div class="news-detail">
<div class="news-title"><strong>{esc(a.title)}</strong></div>
<div class="news-date">{weekday(a.published)}, {a.date_dmy()} | {TIMES[i]}</div>
<div class="news-content">
{body}
{byline}
</div>
<div class="news-tools"><a href="/web/guest/in-tin?newsId={a.key}">In trang</a> <span>Chia sẻ:</span> <a href="javascript:shareFb()">Facebook</a></div>
<div class="news-other"><div class="other-title">Tin khác</div><ul>{oth}</ul></div>
</div></div>"""
    return shell(a.title, main, canonical=url(a.key))


def listing(items, cur):
    rows = "".join(f"""<div class="news-item"><a href="{esc(url(a.key))}"><strong>{esc(a.title)}</strong></a>
<span class="date">{a.date_dmy()}</span><p>{esc(a.paras[0][:100])}...</p></div>""" for a in items)
    pager = f'<ul class="pagination"><li><a href="{esc(list_url(1))}">1</a></li><li><a href="{esc(list_url(2))}">2</a></li></ul>'
    return shell("Tin tức - Sự kiện", f'<div class="portlet-dsnews">{rows}{pager}</div>')


def home():
    rows = "".join(f'<li><a href="{esc(url(a.key))}">{esc(a.title)}</a></li>' for a in A[:4])
    notes = "".join(f'<li><a href="{esc(url(n[0]))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<div class="portlet-dsnews"><h2>Tin tức - Sự kiện</h2><ul>{rows}</ul>
<a href="{esc(list_url(1))}">Xem tất cả</a></div><div class="thongbao"><h2>Thông báo</h2><ul>{notes}</ul></div>
<div><a href="/web/guest/gioi-thieu">Giới thiệu huyện Lục Ngạn</a></div>""")


def notice(n):
    return shell(n[1], f"""<div class="portlet-dsnews"><div class="news-detail"><div class="news-title"><strong>{esc(n[1])}</strong></div>
<div class="news-content"><p><a href="{esc(n[2])}">Xem văn bản đính kèm</a></p></div></div></div>""")


def intro():
    return shell("Giới thiệu", """<div class="journal-content"><h2>Giới thiệu chung</h2>
<p>Lục Ngạn là huyện miền núi phía Đông tỉnh Bắc Giang, nổi tiếng với cây vải thiều.</p></div>""")


P.page("/", home())
P.page(list_url(1), listing(A[:4], 1))
P.page(list_url(2), listing(A[4:], 2))
P.page("/web/guest/gioi-thieu", intro())
for i, a in enumerate(A):
    P.page(url(a.key), article_page(a, i))
    P.article(url(a.key), a)
for n in NOTICES:
    P.page(url(n[0]), notice(n))
    P.non_article(url(n[0]))
for p in ["/", list_url(1), list_url(2), "/web/guest/gioi-thieu"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()

"""p6 — huyện Tiên Yên, Quảng Ninh: DotNetNuke with a news module.
Articles /Default.aspx?tabid=89&cateid=546&newsid=N; listing
/Default.aspx?tabid=89&cateid=546 with a Telerik grid pager (postback
buttons rgPageNext / rgPagePrev) plus a plain "Trang sau" link (&pageindex=2).

Hard cases: the headline in span#dnn_ctr507_ViewNews_lblTitle (no h1 / h2);
the date in brackets "[12/10/2024]" beside the headline; one article with no
date at all while the header shows today's date "Thứ Sáu, 18/10/2024"; a
"Tin đọc nhiều" sidebar list with dates; a bare author paragraph closing the
text; a counter "Trực tuyến: 29 | Tổng lượt truy cập: 4 561 208" (space as
thousands separator) between the module and the footer.
"""
from common import Portal, Article, esc, render_body, render_paras

P = Portal("p6_tienyen", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh",
           "DotNetNuke (tabid, Telerik pager)")
FURN = ["Trực tuyến: 29", "Tổng lượt truy cập: 4 561 208", "Tin đọc nhiều", "Các tin khác",
        "Bản quyền © Ủy ban nhân dân huyện Tiên Yên", "Thiết kế bởi Trung tâm Truyền thông tỉnh",
        "Quay lại", "Gửi bài viết"]
P.furniture = FURN
TODAY = "Thứ Sáu, 18/10/2024"

A = [
    Article(5121, "Kết quả giải quyết hồ sơ tại Trung tâm Hành chính công huyện 9 tháng năm 2024", "2024-10-12", [
        "Chín tháng năm 2024, Trung tâm Hành chính công huyện Tiên Yên tiếp nhận 7.416 hồ sơ, trong đó 5.980 hồ sơ được nộp qua Cổng Dịch vụ công, đạt tỷ lệ 80,6%.",
        "Số hồ sơ đã trả kết quả là 7.284, trong đó giải quyết trước hạn 6.037 hồ sơ, đúng hạn 1.239 hồ sơ, trễ hạn 8 hồ sơ. Số hồ sơ đang xử lý là 132.",
        "Số liệu theo quý:",
        "Trung tâm đã tiếp nhận và trả 415 kết quả qua bưu chính công ích, giúp người dân ở các xã vùng cao Đại Dực, Hà Lâu không phải đi lại nhiều lần.",
        "Thu Hà",
    ], ["đạt tỷ lệ 80,6%", "trễ hạn 8 hồ sơ", "415 kết quả qua bưu chính công ích", "2.702"],
        table=[["Quý", "Tiếp nhận", "Trả kết quả", "Trễ hạn"],
               ["Quý I", "2.203", "2.155", "3"],
               ["Quý II", "2.511", "2.478", "4"],
               ["Quý III", "2.702", "2.651", "1"]],
        table_at=3, cchc=True),
    Article(5108, "Tiên Yên đứng thứ 9 về Chỉ số CCHC năm 2023", "2024-09-27", [
        "Tại hội nghị công bố các chỉ số đánh giá năm 2023 của tỉnh Quảng Ninh, Chỉ số CCHC của huyện Tiên Yên đạt 85,14%, xếp thứ 9/13 địa phương.",
        "Chỉ số SIPAS của huyện đạt 87,9%, còn Chỉ số DDCI đạt 81,02 điểm, xếp thứ 8/13.",
        "Huyện xác định sẽ tập trung nâng cao chất lượng đội ngũ công chức một cửa cấp xã và đẩy mạnh thanh toán trực tuyến phí, lệ phí.",
        "Minh Đức",
    ], ["đạt 85,14%, xếp thứ 9/13", "Chỉ số SIPAS của huyện đạt 87,9%", "đạt 81,02 điểm"], cchc=True),
    Article(5099, "Ngày hội văn hóa dân tộc Dao huyện Tiên Yên", None, [
        "Ngày hội văn hóa dân tộc Dao năm nay được tổ chức tại xã Điền Xá với sự tham gia của 9 đội đến từ các xã có đông đồng bào Dao sinh sống.",
        "Du khách được xem lễ cấp sắc, thi thêu thổ cẩm, hát Soóng cô và thưởng thức các món ăn truyền thống.",
        "Ngọc Anh",
    ], ["tại xã Điền Xá", "lễ cấp sắc", "hát Soóng cô"]),
    Article(5087, "Phát triển rừng gỗ lớn gắn với chứng chỉ FSC", "2024-09-06", [
        "Toàn huyện hiện có hơn 1.900 ha rừng trồng keo gỗ lớn, trong đó 640 ha đã được cấp chứng chỉ quản lý rừng bền vững FSC.",
        "Gỗ có chứng chỉ bán được giá cao hơn 15-20% so với gỗ nhỏ khai thác sớm.",
        "Minh Đức",
    ], ["640 ha đã được cấp chứng chỉ", "cao hơn 15-20%", "khai thác sớm"]),
    Article(5070, "Chợ phiên vùng cao Hà Lâu họp trở lại", "2024-08-24", [
        "Sau thời gian sửa chữa, chợ phiên Hà Lâu đã họp trở lại vào ngày 23/8 với hơn 80 gian hàng nông sản, thổ cẩm.",
        "Thu Hà",
    ], ["hơn 80 gian hàng", "họp trở lại vào ngày 23/8", "nông sản, thổ cẩm"]),
    Article(5062, "Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp", "2024-08-15", [
        "Chiều 14/8, Chủ tịch UBND huyện chủ trì hội nghị đối thoại với 46 doanh nghiệp, hợp tác xã trên địa bàn.",
        "Các doanh nghiệp kiến nghị đẩy nhanh thủ tục giao đất, thuê đất và hỗ trợ kết nối điện ba pha cho các cơ sở chế biến.",
        "Lãnh đạo huyện giao các phòng chuyên môn trả lời bằng văn bản trong vòng 15 ngày.",
        "Ngọc Anh",
    ], ["46 doanh nghiệp, hợp tác xã", "điện ba pha", "trong vòng 15 ngày"]),
]
NOTICES = [(5125, "Thông báo thu hồi đất thực hiện dự án khu dân cư phố Lý Thường Kiệt", "/Portals/0/TB-thu-hoi-dat-2024.pdf"),
           (5110, "Thông báo lịch trực tiếp nhận hồ sơ ngày thứ Bảy", "/Portals/0/TB-lich-truc-thu-bay.pdf")]
MOST_READ = [A[1], A[4], A[3]]


def url(k):
    return f"/Default.aspx?tabid=89&cateid=546&newsid={k}"


LIST1 = "/Default.aspx?tabid=89&cateid=546"
LIST2 = "/Default.aspx?tabid=89&cateid=546&pageindex=2"


def shell(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    mr = "".join(f'<li><a href="{esc(url(x.key))}">{esc(x.title)}</a> <span class="ngay">({x.date_dmy()})</span></li>' for x in MOST_READ)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>{canon}</head>
<body id="Body"><form method="post" action="/Default.aspx?tabid=89" id="Form">
<div id="dnn_Header"><img src="/Portals/0/Skins/TienYen/banner.jpg" alt="" /><span class="ngay-hien-tai">{TODAY}</span></div>
<div id="dnn_Menu"><a href="/Default.aspx?tabid=36">Trang chủ</a> <a href="/Default.aspx?tabid=55">Giới thiệu</a> <a href="{esc(LIST1)}">Tin tức</a> <a href="/Default.aspx?tabid=120">Liên hệ</a></div>
<table width="100%"><tr><td id="dnn_ContentPane" valign="top">
{main}
</td><td id="dnn_RightPane" width="280" valign="top">
<div class="DnnModule"><div class="Head">Tin đọc nhiều</div><ul>{mr}</ul></div>
</td></tr></table>
<div id="dnn_BottomPane"><div class="counter">Trực tuyến: 29 | Tổng lượt truy cập: 4 561 208</div></div>
<div id="dnn_Footer"><p>Bản quyền © Ủy ban nhân dân huyện Tiên Yên</p><p>Thiết kế bởi Trung tâm Truyền thông tỉnh</p></div>
</form></body></html>
"""


def article_page(a):
    others = [x for x in A if x is not a][:3]
    oth = "".join(f'<li><a href="{esc(url(x.key))}">{esc(x.title)}</a></li>' for x in others)
    date = f' <span id="dnn_ctr507_ViewNews_lblDate" class="date">[{a.date_dmy()}]</span>' if a.published else ""
    body = render_body(Article(0, "", None, a.paras[:-1], ["a", "b", "c"], table=a.table, table_at=a.table_at))
    main = f"""<div class="DnnModule DnnModule-NewsModule"><a name="507"></a>
<div id="dnn_ctr507_ContentPane"><div id="dnn_ctr507_ModuleContent">
<div class="news-detail"><span id="dnn_ctr507_ViewNews_lblTitle" class="title">{esc(a.title)}</span>{date}
<div id="dnn_ctr507_ViewNews_pnContent" class="content">
{body}
<p style="text-align: right;"><b>{esc(a.paras[-1])}</b></p>
</div>
<div class="tool"><a href="javascript:history.back()">Quay lại</a> | <a href="javascript:sendArticle()">Gửi bài viết</a></div>
<div class="other"><b>Các tin khác</b><ul>{oth}</ul></div>
</div></div></div></div>"""
    return shell(a.title, main, canonical=url(a.key))


def listing(items, page):
    rows = "".join(f"""<tr class="rgRow"><td><a href="{esc(url(a.key))}">{esc(a.title)}</a>{' (' + a.date_dmy() + ')' if a.published else ''}<br />{esc(a.paras[0][:90])}...</td></tr>""" for a in items)
    pager = f"""<tr class="rgPager"><td><div class="rgWrap rgNumPart"><a href="javascript:__doPostBack('dnn$ctr507$grid','Page$1')">1</a><a href="javascript:__doPostBack('dnn$ctr507$grid','Page$2')">2</a></div>
<input type="submit" name="dnn$ctr507$grid$rgPagePrev" class="rgPagePrev" value=" " /><input type="submit" name="dnn$ctr507$grid$rgPageNext" class="rgPageNext" value=" " /></td></tr>"""
    link = f'<a href="{esc(LIST2)}">Trang sau</a>' if page == 1 else f'<a href="{esc(LIST1)}">Trang trước</a>'
    return shell("Tin tức", f"""<div class="DnnModule"><div id="dnn_ctr507_ModuleContent"><table class="rgMasterTable">{rows}{pager}</table>{link}</div></div>""")


def home():
    rows = "".join(f'<li><a href="{esc(url(a.key))}">{esc(a.title)}</a></li>' for a in A[:5])
    notes = "".join(f'<li><a href="{esc(url(n[0]))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<div class="DnnModule"><div class="Head">Tin tức - Sự kiện</div><ul>{rows}</ul><a href="{esc(LIST1)}">Xem thêm</a></div>
<div class="DnnModule"><div class="Head">Thông báo</div><ul>{notes}</ul></div>
<div class="DnnModule"><a href="/Default.aspx?tabid=120">Thông tin liên hệ</a></div>""")


def notice(n):
    return shell(n[1], f"""<div class="DnnModule"><div id="dnn_ctr507_ModuleContent"><span id="dnn_ctr507_ViewNews_lblTitle" class="title">{esc(n[1])}</span>
<div class="content"><p>Văn bản đính kèm: <a href="{esc(n[2])}">tải về</a></p></div></div></div>""")


def contact():
    return shell("Liên hệ", """<div class="DnnModule"><div class="Head">Liên hệ</div><p>Văn phòng HĐND và UBND huyện Tiên Yên</p>
<p>Phố Lý Thường Kiệt, thị trấn Tiên Yên. Điện thoại: 0203 3876 xxx</p></div>""")


P.page("/", home())
P.page("/Default.aspx?tabid=36", home())
P.page(LIST1, listing(A[:4], 1))
P.page(LIST2, listing(A[4:], 2))
P.page("/Default.aspx?tabid=120", contact())
for a in A:
    P.page(url(a.key), article_page(a))
    P.article(url(a.key), a)
for n in NOTICES:
    P.page(url(n[0]), notice(n))
    P.non_article(url(n[0]))
for p in ["/", "/Default.aspx?tabid=36", LIST1, LIST2, "/Default.aspx?tabid=120"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()

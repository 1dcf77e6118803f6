"""p2: Liferay 6.1 Bkav portal_egov, huyện Tuy An (Phú Yên). Served as NFD UTF-8.
Hard cases: NFD text, urlTitle slugs that drop đ, date+time in the social panel above the summary,
summary (lead) outside the body div, newer/older lists with (dd/MM), one undated news article,
a very short article, counters/toolbars inside the journal container."""
from common import Portal, esc, href

P = Portal("tuyan_bkav", "Cổng thông tin điện tử huyện Tuy An", "Tuy An", "Phú Yên", "liferay61-bkav-egov", nfd=True)
P.furniture = ["Thống kê người xem", "Tổng cộng từ khi mở cổng", "Đang kết nối", "Trong hôm nay",
               "In trang này", "Trở về", "Đăng lên Zalo", "Phóng to chữ", "Thu nhỏ chữ", "Gửi qua thư điện tử",
               "Bài đăng mới hơn", "Bài đăng trước đó", "Hỗ trợ trực tuyến", "Cơ quan chủ quản: UBND huyện Tuy An"]
PID = "_101_INSTANCE_tA9kLm"
BASE = "/web/guest/tin-tuc/-/asset_publisher/tA9kLm/content/"

def counter():
    return ('<div class="portlet-boundary visit-counter"><div class="portlet-title">Thống kê người xem</div>'
            '<div class="vc-row"><span>Tổng cộng từ khi mở cổng</span><span class="counter-value">905214</span></div>'
            '<div class="vc-row"><span>Đang kết nối</span><span class="counter-value">23</span></div>'
            '<div class="vc-row"><span>Trong hôm nay</span><span class="counter-value">1187</span></div></div>')

def tools(date):
    return ('<div class="social-panel"><span class="date">%s</span><a href="mailto:?s=1">Gửi qua thư điện tử</a>'
            ' <a title="Phóng to chữ">Phóng to chữ</a> <a title="Thu nhỏ chữ">Thu nhỏ chữ</a> <a>Đăng lên Zalo</a>'
            ' <a href="javascript:print()">In trang này</a> <a href="javascript:history.go(-1)">Trở về</a></div>' % date)

MENU = [("/", "Trang chủ"), ("/web/guest/gioi-thieu", "Giới thiệu huyện"), (BASE[:-9] , "Tin tức"),
        ("/web/guest/thong-bao", "Thông báo"), ("/web/guest/hoi-dap", "Hỏi đáp")]

def layout(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s"><meta property="og:url" content="http://{{HOST}}%s">' % (canonical, canonical) if canonical else ""
    menu = "".join('<a href="%s">%s</a>' % (href(u), t) for u, t in MENU)
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s - Tuy An</title>%s</head><body class="egov">'
            '<div id="banner">HUYỆN TUY AN</div><nav>%s</nav><div id="column-1">%s<div class="portlet"><div class="portlet-title">Hỗ trợ trực tuyến</div>Đường dây nóng 0257 3867 xxx</div></div>'
            '<div id="column-2">%s</div><div id="column-3">%s</div><footer>Cơ quan chủ quản: UBND huyện Tuy An. %s</footer></body></html>'
            % (esc(title), can, menu, counter(), main, counter(), counter()))

ARTS = [
 dict(slug="tuy-an-tiep-nhan-ho-so-6-thang-au-nam", title="Tuy An: hơn 5.100 hồ sơ được tiếp nhận trong 6 tháng đầu năm",
      date="2024-07-09", shown="09/07/2024 15:32",
      lead="Sáu tháng đầu năm 2024, UBND huyện và UBND các xã, thị trấn tiếp nhận tổng cộng 5.163 hồ sơ thủ tục hành chính.",
      paras=["Ở cấp huyện, Bộ phận tiếp nhận và trả kết quả tiếp nhận 1.932 hồ sơ; cấp xã tiếp nhận 3.231 hồ sơ. Số hồ sơ tồn từ kỳ trước chuyển qua là 88 hồ sơ.",
             "Kết quả, 4.907 hồ sơ đã giải quyết xong, trong đó trước hạn 2.655 hồ sơ, đúng hạn 2.219 hồ sơ, trễ hạn 33 hồ sơ; còn 256 hồ sơ chưa đến hạn.",
             "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,7%, tăng 12 điểm phần trăm so với cùng kỳ năm trước.",
             "Thanh Tâm"],
      must=["tổng cộng 5.163 hồ sơ", "cấp xã tiếp nhận 3.231 hồ sơ", "trễ hạn 33 hồ sơ", "đạt 38,7%"]),
 dict(slug="ket-qua-danh-gia-ddci-2023-theo-linh-vuc", title="Kết quả đánh giá năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI) năm 2023",
      date="2024-04-18", shown="18/04/2024 10:05",
      lead="Huyện Tuy An đạt 72,45 điểm DDCI năm 2023, xếp hạng 4/9 huyện, thị xã, thành phố trong tỉnh.",
      paras=["Điểm số thành phần được doanh nghiệp đánh giá như sau:"],
      table=[["Chỉ số thành phần", "Điểm 2022", "Điểm 2023"], ["Tính minh bạch", "6,12", "6,88"],
             ["Chi phí thời gian", "7,05", "7,41"], ["Hỗ trợ doanh nghiệp", "5,90", "6,37"]],
      after=["So với năm 2022, huyện tăng 2 bậc nhờ cải thiện rõ chỉ số minh bạch và tiếp cận đất đai."],
      must=["72,45 điểm DDCI", "xếp hạng 4/9", "Chi phí thời gian", "tăng 2 bậc"]),
 dict(slug="an-thanh-nien-tinh-nguyen-he-tai-an-ninh-ong", title="Đoàn thanh niên tình nguyện hè về xã An Ninh Đông",
      date=None, shown="",
      lead="Đội hình thanh niên tình nguyện hè của Huyện đoàn Tuy An đã sửa chữa 3 phòng học và tặng 120 suất quà cho học sinh xã An Ninh Đông.",
      paras=["Các đoàn viên cũng tổ chức lớp kỹ năng bơi an toàn cho 60 em nhỏ ở thôn Phú Quý."],
      must=["sửa chữa 3 phòng học", "120 suất quà", "thôn Phú Quý"]),
 dict(slug="xa-an-my-ra-mat-to-cong-nghe-so", title="Xã An Mỹ ra mắt tổ công nghệ số cộng đồng",
      date="2024-06-21", shown="21/06/2024 08:47",
      lead="Ngày 20/6, xã An Mỹ ra mắt 9 tổ công nghệ số cộng đồng với 54 thành viên.",
      paras=[], must=["9 tổ công nghệ số", "54 thành viên", "xã An Mỹ"], short=True),
 dict(slug="tuy-an-trien-khai-thu-hoach-lua-he-thu", title="Nông dân Tuy An thu hoạch lúa Hè Thu sớm tránh bão",
      date="2024-08-26", shown="26/08/2024 17:10",
      lead="Đến ngày 25/8, nông dân huyện Tuy An đã thu hoạch khoảng 2.400 ha lúa Hè Thu, đạt gần 70% diện tích.",
      paras=["Năng suất bình quân ước đạt 62 tạ/ha. Huyện điều động 45 máy gặt đập liên hợp hỗ trợ các xã vùng trũng.",
             "Phòng Nông nghiệp khuyến cáo bà con phơi sấy kịp thời, không để lúa ngoài đồng qua đêm khi có mưa lớn."],
      must=["2.400 ha lúa Hè Thu", "45 máy gặt đập liên hợp", "62 tạ/ha"]),
 dict(slug="ban-hanh-ke-hoach-cai-cach-hanh-chinh-2025", title="Ban hành kế hoạch cải cách hành chính năm 2025",
      date="2024-12-02", shown="02/12/2024 09:20",
      lead="UBND huyện Tuy An ban hành kế hoạch cải cách hành chính năm 2025 với 42 nhiệm vụ cụ thể.",
      paras=["Mục tiêu là 100% hồ sơ được số hóa kết quả giải quyết, tỷ lệ hài lòng của người dân đạt trên 90% và Chỉ số PAR Index duy trì trong nhóm 5 đơn vị dẫn đầu tỉnh.",
             "Văn phòng HĐND và UBND huyện là cơ quan thường trực theo dõi, tổng hợp."],
      must=["42 nhiệm vụ cụ thể", "đạt trên 90%", "nhóm 5 đơn vị dẫn đầu"]),
]

def url(a): return BASE + a["slug"]
def ddmm(a): return "(%s)" % "/".join(reversed(a["date"].split("-")[1:])) if a["date"] else ""

def items(arts):
    return "".join('<li><a href="%s">%s</a> %s</li>' % (href(url(a)), esc(a["title"]), ddmm(a)) for a in arts)

for i, a in enumerate(ARTS):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    cells = []
    if "table" in a:
        body += "<table>%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += "".join("<p>%s</p>" % esc(p) for p in a["after"])
        cells = [c for r in a["table"] for c in r]
    newer, older = ARTS[i + 1:i + 3], ARTS[max(0, i - 2):i]
    main = ('<div class="portlet-boundary asset-publisher"><div class="portlet-title">Tin tức - Sự kiện</div>'
            '<div class="asset-full-content">%s<h3 class="asset-title">%s</h3>%s'
            '<div class="asset-summary"><strong>%s</strong></div><div class="journal-content-article">%s</div>%s%s</div>'
            '<div class="related"><h4>Bài đăng mới hơn</h4><ul>%s</ul><h4>Bài đăng trước đó</h4><ul>%s</ul></div></div>'
            % (counter(), esc(a["title"]), tools(a["shown"]), esc(a["lead"]), body, tools(""), counter(), items(newer), items(older)))
    P.add_page(url(a), layout(a["title"], main, canonical=url(a)))
    paras = [a["lead"]] + a["paras"] + a.get("after", [])
    P.article(url(a), a["title"], a["date"], paras, a["must"], cells)

LIST = BASE[:-9]
L2 = LIST + "?p_p_id=101_INSTANCE_tA9kLm&%s_cur=2&%s_delta=4" % (PID, PID)
def teaser(arts):
    return "".join('<div class="asset-abstract"><a href="%s">%s</a><p>%s</p></div>' % (href(url(a)), esc(a["title"]), esc(a["lead"][:80] + "…")) for a in arts)
P.add_page(LIST, layout("Tin tức", '<div class="portlet-title">Tin tức</div>%s<div class="search-paginator"><span>1</span><a href="%s">2</a> <a href="%s">Cuối</a></div>' % (teaser(ARTS[::-1][:4]), href(L2), href(L2))))
P.add_page(L2, layout("Tin tức", '<div class="portlet-title">Tin tức</div>%s<div class="search-paginator"><a href="%s">1</a><span>2</span></div>' % (teaser(ARTS[::-1][4:]), href(LIST))))
P.add_page("/", layout("Trang chủ", '<div class="portlet-title">Tin nổi bật</div>%s<a href="%s">Xem thêm</a>' % (teaser(ARTS[::-1][:3]), href(LIST))))
NOTI = "/web/guest/thong-bao/-/asset_publisher/Xq2ZpR/content/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024"
P.add_page("/web/guest/thong-bao", layout("Thông báo", '<div class="portlet-title">Thông báo</div><ul><li><a href="%s">Thông báo tuyển dụng viên chức giáo dục năm 2024</a></li></ul>' % href(NOTI)))
P.add_page(NOTI, layout("Thông báo tuyển dụng", '<div class="asset-full-content"><h3 class="asset-title">Thông báo tuyển dụng viên chức giáo dục năm 2024</h3><div class="journal-content-article"><a href="/documents/10181/0/TB-tuyen-dung.pdf">TB-tuyen-dung.pdf</a></div>%s</div>' % tools("")))
intro = ["Tuy An nằm ở phía Bắc tỉnh Phú Yên, phía Đông giáp biển với bờ biển dài khoảng 40 km.",
         "Huyện có 15 xã và 1 thị trấn Chí Thạnh, là vùng đất gắn với di tích thành cổ An Thổ và gành Đá Đĩa.",
         "Nông nghiệp, thủy sản và du lịch biển là ba hướng phát triển chính của địa phương."]
P.add_page("/web/guest/gioi-thieu", layout("Giới thiệu huyện", '<div class="portlet-title">Giới thiệu huyện</div><div class="journal-content-article">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in intro)))
for p in (LIST, L2, "/web/guest/thong-bao", NOTI, "/web/guest/gioi-thieu"):
    P.non_article(p)
P.write()

"""p1 — huyện Cư M'gar, Đắk Lắk: SharePoint with generic web parts, ministry-style
URLs (/Pages/tintuc/chitiet.aspx?ItemID=N, chuyenmuc.aspx?ChuyenMucID=32&page=N).

Hard cases: web-part title "TIN HOẠT ĐỘNG" above the headline; breadcrumb that
repeats the title; the date only in a "Ngày cập nhật" stamp after the text
(dd/MM/yyyy h:mm:ss SA/CH); a digit-per-div visit counter in the footer web
part after the copyright, with hidden spans holding the raw totals; one
article served under a second URL (…&ChuyenMucID=32) whose canonical names
the first.
"""
from common import Portal, Article, esc, render_body, render_paras

P = Portal("p1_cumgar", "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", "Đắk Lắk",
           "SharePoint (generic web parts, ministry-style chitiet.aspx?ItemID=)")

FURN = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Ngày cập nhật:",
        "TIN HOẠT ĐỘNG", "Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar",
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này",
        "Tin cùng chuyên mục", "Liên kết website", "Đăng nhập hệ thống"]
P.furniture = FURN

A = [
    Article(2417, "Cư M'gar: kết quả giải quyết thủ tục hành chính quý III năm 2024",
            None, [
                "Trong quý III năm 2024, Bộ phận Một cửa huyện Cư M'gar và Bộ phận Một cửa của 17 xã, thị trấn đã tiếp nhận tổng cộng 6.482 hồ sơ thủ tục hành chính, trong đó 214 hồ sơ từ kỳ trước chuyển sang.",
                "Số hồ sơ đã giải quyết là 6.105 hồ sơ; trong đó giải quyết trước hạn 4.870 hồ sơ, đúng hạn 1.198 hồ sơ và quá hạn 37 hồ sơ. Hiện còn 377 hồ sơ đang trong thời gian giải quyết.",
                "Số hồ sơ tiếp nhận trực tuyến đạt 4.011 hồ sơ, chiếm 61,9%; có 96 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.",
                "Kết quả tại một số đơn vị cấp xã được tổng hợp như sau:",
                "Ông Y Khu Niê, Phó Chủ tịch UBND huyện, yêu cầu các xã có hồ sơ quá hạn phải gửi thư xin lỗi người dân và báo cáo nguyên nhân trước ngày 15 tháng 10.",
            ], ["6.105 hồ sơ", "chiếm 61,9%", "qua dịch vụ bưu chính công ích", "Xã Ea Kpam"],
            table=[["Đơn vị", "Tiếp nhận", "Đúng và trước hạn", "Quá hạn"],
                   ["Thị trấn Quảng Phú", "1.024", "1.001", "3"],
                   ["Xã Ea Kpam", "611", "598", "0"],
                   ["Xã Cư Suê", "487", "470", "6"],
                   ["Xã Ea Tar", "352", "344", "2"]],
            table_at=4, cchc=True),
    Article(2409, "Chỉ số cải cách hành chính năm 2023 của huyện tăng 3 bậc",
            "2024-09-22", [
                "Theo quyết định công bố của UBND tỉnh Đắk Lắk, Chỉ số cải cách hành chính năm 2023 của huyện Cư M'gar đạt 84,27 điểm, xếp thứ 5/15 huyện, thị xã, thành phố, tăng 3 bậc so với năm trước.",
                "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) của huyện đạt 86,4%. Lĩnh vực có điểm thấp nhất vẫn là cải cách tài chính công và xây dựng chính quyền số.",
                "UBND huyện giao Phòng Nội vụ chủ trì xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm, hoàn thành trong tháng 10.",
            ], ["đạt 84,27 điểm", "xếp thứ 5/15 huyện", "đạt 86,4%"], cchc=True),
    Article(2398, "Nông dân Ea Pốk thu hoạch cà phê sớm vì mưa kéo dài",
            "2024-09-15", [
                "Những ngày giữa tháng 9, nhiều hộ trồng cà phê ở thị trấn Ea Pốk đã thu hái sớm hơn mọi năm khoảng hai tuần do mưa kéo dài làm quả chín không đều.",
                "Bà H'Liên Ayŭn ở buôn Sút M'đưng cho biết gia đình có 1,5 ha cà phê, năm nay phải thuê thêm 6 người hái để tránh quả rụng.",
                "Phòng Nông nghiệp huyện khuyến cáo bà con chỉ hái quả chín trên 90%, phơi trên sân xi măng hoặc bạt, không để cà phê tươi ủ đống quá 24 giờ.",
            ], ["khoảng hai tuần", "thuê thêm 6 người hái", "không để cà phê tươi ủ đống"],
            byline="Minh Quân"),
    Article(2391, "Tập huấn sử dụng chữ ký số cho cán bộ cấp xã",
            "2024-09-09", [
                "Ngày 8/9, Văn phòng HĐND và UBND huyện phối hợp với Viễn thông Đắk Lắk tổ chức lớp tập huấn sử dụng chữ ký số chuyên dùng cho 68 công chức văn phòng - thống kê và tư pháp - hộ tịch các xã.",
                "Học viên được hướng dẫn ký số văn bản trên hệ thống quản lý văn bản điều hành, ký số kết quả giải quyết hồ sơ và cách xử lý khi thiết bị ký số bị khóa.",
            ], ["68 công chức", "thiết bị ký số bị khóa", "Viễn thông Đắk Lắk"]),
    Article(2385, "Khảo sát sự hài lòng tại Bộ phận Một cửa huyện tháng 8",
            "2024-09-03", [
                "Trong tháng 8 năm 2024, Bộ phận Một cửa huyện đã phát 420 phiếu khảo sát cho người đến giao dịch, thu về 409 phiếu hợp lệ.",
                "Tỷ lệ người dân hài lòng với thái độ phục vụ của công chức đạt 97,3%; hài lòng về thời gian giải quyết đạt 94,1%. Có 11 ý kiến góp ý về việc thiếu chỗ đậu xe và máy lấy số thứ tự hay bị lỗi.",
                "Trong tháng, bộ phận đã tiếp nhận 1.937 hồ sơ, giải quyết đúng hạn 1.902 hồ sơ, không có hồ sơ trễ hẹn.",
            ], ["409 phiếu hợp lệ", "đạt 97,3%", "máy lấy số thứ tự"], cchc=True),
    Article(2379, "Huyện tiếp nhận 2 tấn gạo hỗ trợ hộ nghèo",
            "2024-08-28", [
                "Chiều 27/8, Ủy ban MTTQ Việt Nam huyện tiếp nhận 2 tấn gạo do một doanh nghiệp tại Buôn Ma Thuột trao tặng để hỗ trợ 200 hộ nghèo tại xã Ea M'nang và xã Cuôr Đăng.",
            ], ["một doanh nghiệp tại Buôn Ma Thuột", "200 hộ nghèo", "xã Cuôr Đăng"]),
]
# the first article states no date of its own: the stamp is the only date
STAMP = {2417: "03/10/2024 4:12:51 CH", 2409: "22/09/2024 9:05:17 SA", 2398: "15/09/2024 10:41:02 SA",
         2391: "09/09/2024 3:30:44 CH", 2385: "03/09/2024 8:02:10 SA", 2379: "28/08/2024 5:15:39 CH"}
A[0].published = "2024-10-03"   # the "Ngày cập nhật" stamp is the only date the page gives

NOTICES = [(2430, "Thông báo lịch tiếp công dân định kỳ tháng 10 năm 2024", "/Documents/TB-lich-tiep-cong-dan-T10-2024.pdf"),
           (2426, "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024", "/Documents/TB-tuyen-dung-GD-2024.pdf")]

MENU = ["TRANG CHỦ", "GIỚI THIỆU", "TIN TỨC - SỰ KIỆN", "VĂN BẢN CHỈ ĐẠO", "LIÊN HỆ"]
MENU_LINKS = ["/", "/Pages/gioithieu.aspx", "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32",
              "/Pages/vanban.aspx", "/Pages/lienhe.aspx"]


def url(a_id, alt=False):
    return f"/Pages/tintuc/chitiet.aspx?ItemID={a_id}" + ("&ChuyenMucID=32" if alt else "")


def shell(title, main, canonical=None):
    menu = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in zip(MENU, MENU_LINKS))
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    digits_tc = "".join(f'<div id="sltc{i+1}" class="digit">{d}</div>' for i, d in enumerate("2318406"))
    digits_ol = "".join(f'<div id="slol{i+1}" class="digit">{d}</div>' for i, d in enumerate("0000057"))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Huyện Cư M'gar</title>
{canon}
</head>
<body>
<form method="post" action="/Pages/tintuc/default.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-banner"><img src="/PublishingImages/banner-cumgar.jpg" alt="Cổng thông tin điện tử huyện Cư M'gar" /></div>
<ul class="top-menu">{menu}</ul>
<table class="layout" width="100%"><tr>
<td class="col-main" valign="top">
{main}
</td>
<td class="col-right" valign="top" width="260">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical">
<div class="ms-webpart-chrome-title"><span class="ms-webpart-titleText">Liên kết website</span></div>
<div id="WebPartWPQ5" class="ms-wpContentDivSpace">
<select><option>Cổng thông tin điện tử tỉnh Đắk Lắk</option><option>Dịch vụ công quốc gia</option></select>
</div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ6"><a href="/_layouts/Authenticate.aspx">Đăng nhập hệ thống</a></div></div>
</td></tr></table>
<div class="footer">
<div class="ms-webpart-chrome"><div id="WebPartWPQ8" class="footer-info">
<p>Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar</p>
<p>Địa chỉ: số 62 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</p>
</div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9">
<span id="ctl00_g_5f2a91c3_Label_TruyCap" style="display:none">2318406</span><span id="ctl00_g_5f2a91c3_Label_Count" style="display:none">57</span>
<div class="ThongKeSoLuot"><div class="tk-title">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits_ol}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits_tc}</div>
</div></div></div>
</div>
</div></div>
</form>
</body></html>
"""


def article_page(a, alt=False):
    others = [x for x in A if x is not a][:4]
    other_html = "".join(f'<li><a href="{esc(url(x.key))}">{esc(x.title)}</a></li>' for x in others)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Tin tức - Sự kiện</a> &gt; <span>{esc(a.title)}</span></div>
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>TIN HOẠT ĐỘNG</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody">
<div id="ctl00_g_8c31d0e2_pnChiTiet" class="chitiet-tin">
<h3 class="tieude-tin">{esc(a.title)}</h3>
<div class="noidung-tin">
{render_body(a)}
{render_paras([a.byline]) if a.byline else ""}
</div>
<div class="ngay-capnhat" align="right"><i>Ngày cập nhật: {STAMP[a.key]}</i></div>
</div>
<div class="tin-cung-chuyen-muc"><div class="tcm-title">Tin cùng chuyên mục</div><ul>{other_html}</ul></div>
</div></div>"""
    return shell(a.title, main, canonical=url(a.key))


def notice_page(n):
    nid, title, doc = n
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/thongbao.aspx">Thông báo</a></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>THÔNG BÁO</span></h2></div>
<div id="WebPartWPQ3"><div class="chitiet-tin"><h3 class="tieude-tin">{esc(title)}</h3>
<div class="noidung-tin"><p><a href="{esc(doc)}">Tải về tệp đính kèm</a></p></div>
<div class="ngay-capnhat" align="right"><i>Ngày cập nhật: 30/09/2024 2:20:00 CH</i></div></div></div></div>"""
    return shell(title, main)


def listing_items(items):
    out = []
    for i, a in enumerate(items):
        # the first CCHC article is listed under its second URL
        href = url(a.key, alt=(a.key == 2417))
        out.append(f'<div class="item-tin"><a class="tieude" href="{esc(href)}">{esc(a.title)}</a>'
                   f'<p class="tomtat">{esc(a.all_paras[0][:110])}…</p></div>')
    return "\n".join(out)


def listing_page(items, page):
    pager = ('<div class="pager"><span>1</span> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">2</a></div>'
             if page == 1 else
             '<div class="pager"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=1">1</a> <span>2</span></div>')
    main = f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>TIN HOẠT ĐỘNG</span></h2></div>
<div id="WebPartWPQ3">{listing_items(items)}
{pager}</div></div>"""
    return shell("Tin tức - Sự kiện", main)


def home():
    feat = A[0]
    rest = "".join(f'<li><a href="{esc(url(a.key))}">{esc(a.title)}</a></li>' for a in A)
    notes = "".join(f'<li><a href="{esc(url(n[0]))}">{esc(n[1])}</a></li>' for n in NOTICES)
    main = f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>TIN HOẠT ĐỘNG</span></h2></div>
<div id="WebPartWPQ2"><ul class="ds-tin">{rest}</ul>
<a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Xem tiếp</a></div></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>THÔNG BÁO</span></h2></div>
<div id="WebPartWPQ4"><ul>{notes}</ul></div></div>"""
    return shell("Trang chủ", main)


def intro():
    main = """<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>GIỚI THIỆU</span></h2></div>
<div id="WebPartWPQ3"><h3 class="tieude-tin">Khái quát huyện Cư M'gar</h3>
<p>Huyện Cư M'gar nằm ở phía Tây Bắc tỉnh Đắk Lắk, có 15 xã và 2 thị trấn.</p>
<p>Điện thoại Văn phòng HĐND và UBND huyện: 0262 3834 xxx.</p></div></div>"""
    return shell("Giới thiệu", main)


P.page("/", home())
P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", listing_page(A[:4], 1))
P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2", listing_page(A[4:], 2))
P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=1", listing_page(A[:4], 1))
P.page("/Pages/gioithieu.aspx", intro())
for a in A:
    P.page(url(a.key), article_page(a))
    P.article(url(a.key), a)
P.page(url(2417, alt=True), article_page(A[0], alt=True))
for n in NOTICES:
    P.page(url(n[0]), notice_page(n))
    P.non_article(url(n[0]))
P.non_article("/")
P.non_article("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32")
P.non_article("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2")
P.non_article("/Pages/gioithieu.aspx")
P.headlines = [n[1] for n in NOTICES]
P.write()

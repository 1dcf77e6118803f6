"""p1 eakar_sp: SharePoint generic web parts (ministry-style chitiet.aspx?ItemID=),
huyện Ea Kar, Đắk Lắk. Hard cases: web-part title above a headline that is not
an h1, digit-per-div counter + hidden label in the footer, print link (404),
intro page at an article-shaped URL, date as "Ngày đăng" after the summary."""
from common import Portal, esc, attr

P = Portal("eakar_sp", "Cổng thông tin điện tử huyện Ea Kar", "Ea Kar", "Đắk Lắk",
           "SharePoint generic web parts")
MENU = [("/", "Trang chủ"), ("/Pages/tintuc/chitiet.aspx?ItemID=7", "Giới thiệu chung"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "Tin hoạt động"),
        ("/Pages/thongbao/chitiet.aspx?ItemID=41", "Thông báo - Kế hoạch"),
        ("/Pages/hoidap.aspx", "Hỏi đáp trực tuyến"), ("/Pages/sodotrang.aspx", "Sơ đồ cổng")]


def digits(n, prefix):
    return "".join('<div id="%s%d" class="so">%s</div>' % (prefix, i + 1, d)
                   for i, d in enumerate(str(n).rjust(7, "0")))


def shell(title, inner, canon=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % attr(canon) if canon else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint">
<title>{esc(title)}</title>{can}</head>
<body><form name="aspnetForm" method="post" action="/Pages/tintuc/chuyenmuc.aspx" id="aspnetForm">
<div class="s4-wrap"><div class="top-banner"><span class="ten-don-vi">ỦY BAN NHÂN DÂN HUYỆN EA KAR</span>
<span class="khau-hieu">Ea Kar đoàn kết – năng động – phát triển</span></div>
<ul class="topnav">{menu}</ul>
<table class="layout-2col" width="100%"><tr><td class="col-main" valign="top">
{inner}
</td><td class="col-right" valign="top">
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Liên kết website</span></h2></div>
<ul class="lienket"><li><a href="/Pages/lienket.aspx?id=1">Cổng dịch vụ công quốc gia</a></li><li><a href="/Pages/lienket.aspx?id=2">Hệ thống thư điện tử công vụ</a></li></ul></div>
</td></tr></table>
<div class="footer-wrap"><div class="copyright">Bản quyền thuộc Ủy ban nhân dân huyện Ea Kar<br>Địa chỉ: 01 Phan Bội Châu, thị trấn Ea Kar, huyện Ea Kar, tỉnh Đắk Lắk<br>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="ctl00_g_5b1e_Label_TruyCap" style="display:none">2317046</span><span id="ctl00_g_5b1e_Label_Count" style="display:none">58</span>
<div class="ThongKeSoLuot"><div class="tk-title">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits(58, 'slol')}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits(2317046, 'sltc')}</div></div></div></div></div>
</div></form></body></html>"""


ARTS = []


def art(item, title, date, summary, body, must, cat="Tin hoạt động"):
    path = "/Pages/tintuc/chitiet.aspx?ItemID=%d" % item
    d = date.split("-")
    parts = []
    for b in body:
        if isinstance(b, list):
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in b)
            parts.append('<table class="ms-rteTable-default" border="1">%s</table>' % rows)
        else:
            parts.append("<p>%s</p>" % esc(b))
    inner = f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>{esc(cat.upper())}</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody"><div id="ctl00_g_9c4f2a10_ChiTiet">
<div class="chitiet-tieude">{esc(title)}</div>
<div class="chitiet-tomtat"><b>{esc(summary)}</b></div>
<div class="chitiet-ngay">Ngày đăng: {d[2]}/{d[1]}/{d[0]}</div>
<div class="chitiet-noidung">{''.join(parts)}</div>
<div class="chitiet-congcu"><a href="/Pages/tintuc/inbai.aspx?ItemID={item}">In trang</a> | <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Quay lại</a></div>
</div></div></div>"""
    P.page(path, shell(title + " - Cổng thông tin điện tử huyện Ea Kar", inner, canon=path))
    P.article(path, title, date, [summary] + body, must)
    ARTS.append((path, title, date, summary))


art(152, "Ea Kar giải quyết trước hạn hơn 70% hồ sơ hành chính trong quý III", "2024-10-08",
    "Quý III/2024, bộ phận một cửa các cấp trên địa bàn huyện Ea Kar tiếp nhận 9.846 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 98,7%.",
    ["Theo báo cáo của Văn phòng HĐND và UBND huyện, trong tổng số hồ sơ nêu trên có 1.214 hồ sơ tồn từ kỳ trước chuyển sang và 8.632 hồ sơ mới tiếp nhận; số hồ sơ nộp trực tuyến là 5.903, chiếm 68,4%.",
     "Đến hết ngày 30/9, các cơ quan đã giải quyết xong 9.101 hồ sơ, trong đó 6.517 hồ sơ trước hạn, 2.465 hồ sơ đúng hạn và 119 hồ sơ quá hạn; còn 745 hồ sơ đang trong thời hạn giải quyết.",
     "Số hồ sơ trả kết quả qua dịch vụ bưu chính công ích là 412 hồ sơ, tăng gần gấp đôi so với quý II.",
     "Lĩnh vực đất đai vẫn là nơi phát sinh nhiều hồ sơ quá hạn nhất. Phó Chủ tịch UBND huyện Hoàng Văn Tư yêu cầu Chi nhánh Văn phòng đăng ký đất đai rà soát từng hồ sơ, gửi thư xin lỗi người dân đúng quy định trước ngày 15/10."],
    ["1.214 hồ sơ tồn từ kỳ trước chuyển sang", "6.517 hồ sơ trước hạn", "trả kết quả qua dịch vụ bưu chính công ích là 412 hồ sơ"])

art(149, "Chỉ số hài lòng của người dân đối với các xã, thị trấn năm 2024", "2024-09-20",
    "UBND huyện Ea Kar vừa công bố kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của 16 xã, thị trấn.",
    ["Cuộc khảo sát được thực hiện từ tháng 6 đến tháng 8 với 1.600 phiếu, mỗi đơn vị 100 phiếu, chọn ngẫu nhiên trong số người đã nhận kết quả thủ tục hành chính.",
     [["Đơn vị", "Chỉ số hài lòng (%)", "Xếp hạng"], ["Thị trấn Ea Kar", "91,35", "1"], ["Xã Ea Đar", "89,02", "2"], ["Xã Cư Huê", "87,64", "3"], ["Xã Ea Sô", "78,10", "16"]],
     "Chỉ số bình quân của cấp xã đạt 85,47%, tăng 2,9 điểm phần trăm so với năm 2023. Tiêu chí có điểm thấp nhất là việc tiếp nhận, xử lý góp ý, phản ánh.",
     "Các đơn vị xếp cuối bảng phải xây dựng kế hoạch khắc phục và báo cáo UBND huyện trong quý IV."],
    ["1.600 phiếu, mỗi đơn vị 100 phiếu", "89,02", "bình quân của cấp xã đạt 85,47%"])

art(146, "Nông dân Cư Ni chuyển 120 ha cà phê già cỗi sang trồng sầu riêng xen canh", "2024-09-05",
    "Sau ba năm thí điểm, mô hình xen canh sầu riêng trong vườn cà phê tái canh ở xã Cư Ni đang được nhân rộng.",
    ["Ông Y Blông Mlô, một hộ tham gia mô hình, cho biết vườn 1,5 ha của gia đình năm nay ước thu 4,2 tấn cà phê nhân và lứa sầu riêng đầu tiên.",
     "Hội Nông dân xã phối hợp với Trạm Khuyến nông huyện mở 6 lớp tập huấn về tưới tiết kiệm và bón phân hữu cơ vi sinh cho gần 300 hội viên.",
     "Xã đặt mục tiêu đến năm 2026 có thêm 80 ha vườn xen canh đạt tiêu chuẩn VietGAP."],
    ["xen canh sầu riêng trong vườn cà phê tái canh", "ước thu 4,2 tấn cà phê nhân", "6 lớp tập huấn về tưới tiết kiệm"])

art(143, "Khai giảng lớp bồi dưỡng tiếng Ê Đê cho cán bộ, công chức cấp xã", "2024-08-26",
    "Sáng 26/8, Phòng Nội vụ huyện khai giảng lớp bồi dưỡng tiếng dân tộc Ê Đê khóa I năm 2024.",
    ["Lớp học có 45 học viên là công chức tư pháp – hộ tịch, địa chính và văn phòng – thống kê của các xã có đông đồng bào dân tộc thiểu số.",
     "Chương trình kéo dài 3 tháng, tập trung vào giao tiếp thường ngày và các mẫu câu dùng khi hướng dẫn thủ tục hành chính tại bộ phận một cửa."],
    ["45 học viên", "mẫu câu dùng khi hướng dẫn thủ tục hành chính", "Chương trình kéo dài 3 tháng"])

art(140, "Ea Kar đứng thứ 5 toàn tỉnh về Chỉ số cải cách hành chính cấp huyện", "2024-08-12",
    "Theo quyết định công bố của UBND tỉnh, Chỉ số cải cách hành chính năm 2023 của huyện Ea Kar đạt 86,12 điểm.",
    ["Với kết quả này, huyện xếp thứ 5/15 huyện, thị xã, thành phố, tăng 3 bậc so với năm trước.",
     "Các lĩnh vực đạt tỷ lệ điểm cao là cải cách thủ tục hành chính (93,5%) và hiện đại hóa nền hành chính (90,2%); lĩnh vực cải cách tài chính công chỉ đạt 71,8%.",
     "Huyện đã giao chỉ tiêu cụ thể cho từng phòng, ban và đưa kết quả thực hiện vào tiêu chí đánh giá, xếp loại người đứng đầu cuối năm."],
    ["đạt 86,12 điểm", "xếp thứ 5/15 huyện, thị xã, thành phố", "cải cách tài chính công chỉ đạt 71,8%"])

art(137, "Ra quân làm đường giao thông nông thôn tại buôn Ea Ngai", "2024-07-30",
    "Hơn 200 đoàn viên, thanh niên và người dân buôn Ea Ngai, xã Ea Tih cùng tham gia đổ bê tông tuyến đường nội buôn dài 850 m.",
    ["Người dân hiến gần 1.900 m2 đất và góp 320 ngày công; ngân sách xã hỗ trợ xi măng theo cơ chế đặc thù.",
     "Công trình dự kiến hoàn thành trước mùa mưa lớn, giúp 96 hộ đi lại và vận chuyển nông sản thuận lợi hơn."],
    ["tuyến đường nội buôn dài 850 m", "hiến gần 1.900 m2 đất", "96 hộ đi lại"])

# intro page: article-shaped URL, undated prose, a non-article
intro = """<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>GIỚI THIỆU</span></h2></div>
<div id="WebPartWPQ3" class="ms-WPBody"><div class="chitiet-tieude">Khái quát về huyện Ea Kar</div><div class="chitiet-noidung">
<p>Huyện Ea Kar nằm ở phía đông tỉnh Đắk Lắk, cách thành phố Buôn Ma Thuột khoảng 52 km theo Quốc lộ 26. Địa hình chủ yếu là đồi thoải xen kẽ các thung lũng, thấp dần về phía nam, nơi có sông Krông Năng chảy qua.</p>
<p>Huyện được thành lập năm 1986 trên cơ sở tách từ huyện Krông Pắc. Hiện nay huyện có 14 xã và 2 thị trấn, dân số gần 150 nghìn người thuộc nhiều dân tộc anh em, trong đó đồng bào Ê Đê và các dân tộc thiểu số phía Bắc di cư vào chiếm khoảng một phần tư.</p>
<p>Kinh tế của huyện dựa chủ yếu vào cây cà phê, hồ tiêu, mía và sắn; những năm gần đây, diện tích sầu riêng và bơ tăng nhanh. Nhà máy đường và nhà máy tinh bột sắn trên địa bàn tạo việc làm cho hàng nghìn lao động.</p>
<p>Hồ Ea Kar, thác Thủy Tiên và các buôn làng truyền thống là những điểm đến đang được huyện định hướng phát triển du lịch cộng đồng.</p></div></div></div>"""
P.page("/Pages/tintuc/chitiet.aspx?ItemID=7", shell("Giới thiệu chung", intro))
P.non_articles.append("/Pages/tintuc/chitiet.aspx?ItemID=7")

notice = """<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>THÔNG BÁO</span></h2></div>
<div id="WebPartWPQ4" class="ms-WPBody"><div class="chitiet-tieude">Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 11/2024</div>
<div class="file-dinhkem"><a href="/Documents/TB_tiepcongdan_T11_2024.pdf">TB_tiepcongdan_T11_2024.pdf</a></div></div></div>"""
P.page("/Pages/thongbao/chitiet.aspx?ItemID=41", shell("Thông báo", notice))
P.non_articles.append("/Pages/thongbao/chitiet.aspx?ItemID=41")


def listing(items, page):
    lis = "".join(f"""<div class="tin-item"><a class="tin-tieude" href="{attr(p)}">{esc(t)}</a>
<span class="tin-ngay">({d[8:10]}/{d[5:7]}/{d[:4]})</span><div class="tin-tomtat">{esc(s)}</div></div>""" for p, t, d, s in items)
    pager = ('<div class="pager"><span>1</span> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">2</a> <a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=2">Trang sau</a></div>'
             if page == 1 else '<div class="pager"><a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&amp;page=1">1</a> <span>2</span></div>')
    return f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>TIN HOẠT ĐỘNG</span></h2></div>
<div id="WebPartWPQ2" class="ms-WPBody">{lis}{pager}</div></div>"""


P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", shell("Tin hoạt động", listing(ARTS[:3], 1)))
P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=1", shell("Tin hoạt động", listing(ARTS[:3], 1)))
P.page("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2", shell("Tin hoạt động", listing(ARTS[3:], 2)))
home = ('<div class="welcome">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Ea Kar</div>'
        + listing(ARTS[:2], 1).replace('<div class="pager">', '<div class="pager" style="display:none">'))
P.page("/", shell("Trang chủ - Cổng thông tin điện tử huyện Ea Kar", home))

P.furniture = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "2317046", "In trang", "Quay lại",
               "Liên kết website", "Cổng dịch vụ công quốc gia", "Hỏi đáp trực tuyến", "Sơ đồ cổng",
               "Bản quyền thuộc Ủy ban nhân dân huyện Ea Kar", "Chịu trách nhiệm chính",
               "Chào mừng quý vị đến với Cổng thông tin điện tử huyện Ea Kar", "Trang sau"]
P.write()

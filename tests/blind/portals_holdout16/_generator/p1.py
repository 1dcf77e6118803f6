"""p1 — SharePoint with generic web parts, ministry-style list/detail pages (huyện Quan Hóa, Thanh Hóa).

Hard cases: headline in a styled div (no h1) under a web-part title; lead in its own web part outside
the body field; digit-per-element visit counter in the footer; a print link to a 404 view; a
by-commune table; an undated intro page reached from the menu.
"""
from common import Portal, esc, href

P = Portal("p1_quanhoa_sp", "Cổng thông tin điện tử huyện Quan Hóa", "Quan Hóa", "Thanh Hóa",
           "SharePoint (generic web parts, ms-webpart-chrome)")
DET = "/Pages/tintuc/chitiet.aspx?ItemID=%d"
LIST1 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
LIST2 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2"
INTRO = "/Pages/gioi-thieu-chung.aspx"
DOCS = "/Pages/vanban/danhsach.aspx"
NOTICE = "/Pages/thongbao/chitiet.aspx?ItemID=77"

MENU = [("/", "Trang chủ"), (INTRO, "Tổng quan Quan Hóa"), (LIST1, "Tin hoạt động"), (DOCS, "Văn bản điều hành"),
        ("/Pages/hoidap.aspx", "Hỏi đáp trực tuyến")]
F_LEFT = ["Cổng dịch vụ công tỉnh", "Lịch tiếp công dân"]
F_SIDE = ["Lượt khách ghé thăm cổng", "Phiên làm việc đang mở:", "Khách trong tuần qua:"]
F_TOOL = ["Bản in của tin", "Về trang vừa xem", "Chia sẻ lên Zalo", "Chữ to hơn", "Chữ nhỏ lại", "Gửi tin qua hộp thư"]
F_FOOT = ["Số lần truy cập cổng:", "Cơ quan chủ quản: Ủy ban nhân dân huyện Quan Hóa",
          "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này"]
F_IN = ["Tin này đã được mở"]


def digits(n, pre):
    return "".join('<div id="%s%d" class="so">%s</div>' % (pre, i + 1, d) for i, d in enumerate(str(n).rjust(7, "0")))


def shell(title, body, canon):
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), esc(t)) for u, t in MENU)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint">
<title>{esc(title)} - Cổng TTĐT huyện Quan Hóa</title><link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"></head>
<body><form id="aspnetForm" method="post" action="{href(canon)}">
<div id="s4-bodyContainer"><div class="banner"><img src="/Style%20Library/images/banner.jpg" alt=""></div>
<ul class="topnav">{menu}</ul>
<table class="layout"><tr><td class="cot-trai">
<div class="ms-webpart-chrome"><div id="WebPartWPQ1"><h3 class="ms-webpart-titleText">Liên kết nhanh</h3>
<ul><li><a href="/Pages/dvc.aspx">{F_LEFT[0]}</a></li><li><a href="/Pages/lichtiep.aspx">{F_LEFT[1]}</a></li></ul></div></div>
</td><td class="cot-giua">{body}</td><td class="cot-phai">
<div class="ms-webpart-chrome"><div id="WebPartWPQ7"><h3 class="ms-webpart-titleText">{F_SIDE[0]}</h3>
<p>{F_SIDE[1]} 27</p><p>{F_SIDE[2]} 5120</p></div></div></td></tr></table>
<div class="footer"><p>{F_FOOT[1]}</p><p>Địa chỉ: Khu 1, thị trấn Hồi Xuân, huyện Quan Hóa, tỉnh Thanh Hóa</p><p>{F_FOOT[2]}</p>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="ctl00_g_5f0a_Label_TruyCap" style="display:none">2093318</span>
<div class="DemLuot"><span>{F_FOOT[0]}</span>{digits(2093318, "dl")}</div></div></div></div>
</div></form></body></html>"""


A = [
 dict(id=412, d="2025-03-18", t="Quan Hóa: quý I tiếp nhận 1.248 hồ sơ thủ tục hành chính",
      lead="Trong quý I năm 2025, bộ phận một cửa huyện Quan Hóa và 15 xã, thị trấn tiếp nhận 1.248 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 98,6%.",
      p=["Theo báo cáo của Văn phòng HĐND và UBND huyện, số hồ sơ kỳ trước chuyển sang là 63, số tiếp nhận mới 1.185; trong đó tiếp nhận trực tuyến 742 hồ sơ, qua bưu chính công ích 41 hồ sơ.",
         "Đã giải quyết 1.171 hồ sơ, gồm 402 hồ sơ trước hạn, 753 hồ sơ đúng hạn và 16 hồ sơ quá hạn; còn 77 hồ sơ đang giải quyết trong hạn.",
         "Các hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai tại xã Trung Sơn và xã Nam Xuân do phải xác minh nguồn gốc thửa đất ở vùng giáp ranh.",
         "Huyện yêu cầu các xã gửi văn bản xin lỗi người dân đối với từng hồ sơ trễ hạn và cập nhật tiến độ trên hệ thống một cửa điện tử trước ngày 05 hằng tháng."],
      tbl=None, must=["số tiếp nhận mới 1.185", "753 hồ sơ đúng hạn và 16 hồ sơ quá hạn", "qua bưu chính công ích 41 hồ sơ"]),
 dict(id=415, d="2025-04-02", t="Kết quả giải quyết hồ sơ tại bộ phận một cửa các xã tháng 3",
      lead="Bảng tổng hợp dưới đây do Phòng Nội vụ huyện lập từ dữ liệu hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
      p=["Xã Phú Thanh tiếp tục dẫn đầu về tỷ lệ nộp hồ sơ trực tuyến; xã Thiên Phủ có số hồ sơ tồn nhiều nhất do cán bộ tư pháp nghỉ chế độ.",
         "Phòng Nội vụ đề nghị các xã rà soát lại quy trình nội bộ, không để phát sinh hồ sơ giấy song song với hồ sơ điện tử."],
      tbl=[["Xã", "Tiếp nhận", "Đã giải quyết", "Trực tuyến"], ["Phú Thanh", "96", "94", "81"], ["Thiên Phủ", "74", "61", "22"], ["Hiền Kiệt", "58", "58", "30"]],
      must=["Phú Thanh", "tỷ lệ nộp hồ sơ trực tuyến", "không để phát sinh hồ sơ giấy"]),
 dict(id=419, d="2025-04-15", t="Chỉ số hài lòng SIPAS của huyện năm 2024 đạt 86,12%",
      lead="Kết quả khảo sát do Sở Nội vụ tỉnh Thanh Hóa công bố cho thấy chỉ số SIPAS năm 2024 của huyện Quan Hóa đạt 86,12%, xếp thứ 14/26 huyện, thị xã, thành phố.",
      p=["So với năm 2023, chỉ số tăng 2,4 điểm phần trăm và tăng 5 bậc; tiêu chí tiếp cận dịch vụ được đánh giá cao nhất với 89,05%.",
         "Tiêu chí kết quả giải quyết công việc chỉ đạt 82,7%, thấp hơn mức bình quân của tỉnh, phản ánh thời gian chờ đợi ở một số thủ tục đất đai còn dài.",
         "Chỉ số cải cách hành chính PAR Index của huyện năm 2024 đạt 84,37 điểm, xếp thứ 17/26."],
      tbl=None, must=["xếp thứ 14/26 huyện", "tiêu chí tiếp cận dịch vụ", "PAR Index của huyện năm 2024 đạt 84,37 điểm"]),
 dict(id=423, d="2025-05-06", t="Nghiệm thu mô hình nuôi cá lồng trên lòng hồ thủy điện Hồi Xuân",
      lead=None,
      p=["Ngày 5/5, Phòng Nông nghiệp huyện phối hợp với xã Phú Nghiêm nghiệm thu mô hình nuôi cá lăng và cá trắm cỏ trong 24 lồng trên lòng hồ thủy điện.",
         "Sau chín tháng, cá lăng đạt trọng lượng bình quân 1,3 kg mỗi con, tỷ lệ sống trên 85%; tổ hợp tác thu về khoảng 410 triệu đồng.",
         "Ông Lò Văn Tuấn, tổ trưởng tổ hợp tác, cho biết các hộ sẽ góp vốn làm thêm 10 lồng trong năm nay.",
         "Hà Linh"],
      tbl=None, must=["cá lăng và cá trắm cỏ trong 24 lồng", "tỷ lệ sống trên 85%", "góp vốn làm thêm 10 lồng"]),
 dict(id=427, d="2025-05-20", t="Xã Nam Tiến ra mắt tổ công nghệ số cộng đồng",
      lead=None,
      p=["Tối 19/5, xã Nam Tiến ra mắt 9 tổ công nghệ số cộng đồng ở 9 bản với 54 thành viên là đoàn viên thanh niên và công an viên.",
         "Các tổ sẽ hướng dẫn người dân cài ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trên Cổng dịch vụ công quốc gia."],
      tbl=None, must=["9 tổ công nghệ số cộng đồng", "54 thành viên", "thanh toán không dùng tiền mặt"]),
 dict(id=431, d="2025-06-03", t="Huyện tổ chức hội thi tìm hiểu pháp luật về đất đai năm 2024 sửa đổi",
      lead=None,
      p=["Hội thi thu hút 12 đội đến từ các xã, thị trấn với phần thi kiến thức, xử lý tình huống và tiểu phẩm.",
         "Đội xã Trung Thành giành giải nhất với tiểu phẩm về tranh chấp ranh giới đất nương giữa hai anh em trong một gia đình.",
         "Ban tổ chức trao 3 giải nhất, nhì, ba và 4 giải khuyến khích."],
      tbl=None, must=["12 đội đến từ các xã", "Đội xã Trung Thành giành giải nhất", "tranh chấp ranh giới đất nương"]),
]


def art_page(a):
    body = ""
    if a["lead"]:
        pass
    paras = "".join("<p>%s</p>" % esc(x) for x in a["p"])
    tbl = ""
    if a["tbl"]:
        tbl = "<table class='ms-rteTable-default'>" + "".join(
            "<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    lead = '<div class="ms-webpart-chrome"><div id="WebPartWPQ3"><div class="TomTat"><b>%s</b></div></div></div>' % esc(a["lead"]) if a["lead"] else ""
    dd = a["d"].split("-")
    others = "".join('<li><a href="%s">%s</a> <span>(%s/%s/%s)</span></li>' % (
        href(DET % b["id"]), esc(b["t"]), b["d"][8:], b["d"][5:7], b["d"][:4]) for b in A if b is not a)
    body = f"""<div class="ms-webpart-chrome"><div id="WebPartWPQ2"><h2 class="ms-webpart-titleText">Tin hoạt động</h2>
<div class="ms-rteElement-H2B TieuDeTin">{esc(a["t"])}</div>
<div class="NgayDang">Ngày đăng: {dd[2]}/{dd[1]}/{dd[0]}</div>
<div class="CongCu"><a href="/Pages/tintuc/banin.aspx?ItemID={a["id"]}">{F_TOOL[0]}</a> | <a href="javascript:history.back()">{F_TOOL[1]}</a> | <a href="#">{F_TOOL[2]}</a> | <a href="#">{F_TOOL[3]}</a> <a href="#">{F_TOOL[4]}</a> | <a href="#">{F_TOOL[5]}</a></div>
</div></div>{lead}
<div class="ms-webpart-chrome"><div id="WebPartWPQ4"><div class="ms-rtestate-field">{paras if not a["tbl"] else "<p>%s</p>%s%s" % (esc(a["p"][0]), tbl, "".join("<p>%s</p>" % esc(x) for x in a["p"][1:]))}</div>
<div class="LuotDoc">{F_IN[0]} {a["id"] * 3} lần</div>
<div class="TinKhac"><h4>Các tin đã đưa</h4><ul>{others}</ul></div></div></div>"""
    return body


for a in A:
    path = DET % a["id"]
    P.add(path, shell(a["t"], art_page(a), path))
    paras = ([a["lead"]] if a["lead"] else []) + a["p"]
    cells = [c for r in a["tbl"] for c in r] if a["tbl"] else []
    P.article(path, a["t"], a["d"], paras, a["must"], cells)


def teaser(a):
    return '<div class="item"><a href="%s">%s</a><span class="ngay">%s</span></div>' % (
        href(DET % a["id"]), esc(a["t"]), "/".join(reversed(a["d"].split("-"))))


P.add(LIST1, shell("Tin hoạt động", '<h2 class="ms-webpart-titleText">Tin hoạt động</h2>' + "".join(teaser(a) for a in A[::-1][:4])
      + '<div class="pager"><span>1</span> <a href="%s">2</a> <a href="%s">Trang sau</a></div>' % (href(LIST2), href(LIST2)), LIST1), non_article=True)
P.add(LIST2, shell("Tin hoạt động - trang 2", '<h2 class="ms-webpart-titleText">Tin hoạt động</h2>' + "".join(teaser(a) for a in A[::-1][4:])
      + '<div class="pager"><a href="%s">1</a> <span>2</span></div>' % href(LIST1), LIST2), non_article=True)
INTRO_P = ["Quan Hóa là huyện miền núi nằm ở phía tây bắc tỉnh Thanh Hóa, có sông Mã chảy qua giữa huyện và quốc lộ 15C nối với tỉnh Hòa Bình.",
           "Toàn huyện có 15 đơn vị hành chính cấp xã, dân số hơn 50 nghìn người, phần lớn là đồng bào Thái và Mường sinh sống thành các bản ven sông suối.",
           "Trung tâm huyện là thị trấn Hồi Xuân, nơi đặt trụ sở các cơ quan huyện và chợ phiên lớn nhất vùng.",
           "Huyện xác định lâm nghiệp, chăn nuôi đại gia súc và du lịch cộng đồng ở Pù Luông, bản Hang là những hướng phát triển chính."]
P.add(INTRO, shell("Tổng quan Quan Hóa", '<h2 class="ms-webpart-titleText">Tổng quan Quan Hóa</h2><div class="ms-rtestate-field">'
      + "".join("<p>%s</p>" % esc(x) for x in INTRO_P) + "</div>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", '<h2 class="ms-webpart-titleText">Thông báo</h2><div class="ms-rteElement-H2B TieuDeTin">Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 6/2025</div>'
      '<p><a href="/Documents/TB-lich-tiep-cong-dan-T6-2025.pdf">Tải tệp đính kèm</a></p>', NOTICE), non_article=True)
P.add(DOCS, shell("Văn bản điều hành", '<h2 class="ms-webpart-titleText">Văn bản điều hành</h2><table><tr><th>Số hiệu</th><th>Trích yếu</th></tr>'
      '<tr><td>112/KH-UBND</td><td>Kế hoạch cải cách hành chính năm 2025</td></tr><tr><td><a href="%s">Thông báo</a></td><td>Lịch tiếp công dân tháng 6</td></tr></table>' % href(NOTICE), DOCS), non_article=True)
home = ('<h2 class="ms-webpart-titleText">Tin nổi bật</h2>' + "".join(teaser(a) for a in A[::-1][:3])
        + '<p><a href="%s">Xem thêm tin hoạt động</a></p><h3>Thông báo</h3><p><a href="%s">Lịch tiếp công dân tháng 6/2025</a></p>' % (href(LIST1), href(NOTICE)))
P.add("/", shell("Trang chủ", home, "/"), non_article=True)
P.furniture(*F_LEFT, *F_SIDE, *F_TOOL, *F_FOOT, *F_IN, "Hỏi đáp trực tuyến", "Văn bản điều hành", "Các tin đã đưa")
P.finish()

"""p5: huyện Hòa Vang (Đà Nẵng) on a bespoke ASP.NET CMS, URLs /<cat>-<sub>-<id>/default.aspx
(notices share the article shape). Hard cases: no container class or id anywhere around the
article (table layout, inline styles only), NFD text in some bodies, named HTML entities in others,
'Trực tuyến: N' and 'Tổng: N' between the article and the footer, a bare author name as the last
paragraph, one article with no date at all while the header shows today's date."""
from common import Portal, Article, esc, HOST

P = Portal("p5_danang_hoavang", "Trang thông tin điện tử huyện Hòa Vang", "Hòa Vang", "Đà Nẵng", "bespoke ASP.NET (Đà Nẵng style)")
ALL = []


def art(cat, id_, title, date, time_, paras, must, mode="plain", **kw):
    a = Article("/%s-%d/default.aspx" % (cat, id_), title, date, paras, must, **kw)
    a.time, a.mode, a.id = time_, mode, id_
    ALL.append(a)
    return a


A1 = art("62-33", 10469, "Hòa Vang: Quý III/2024 giải quyết 97,9% hồ sơ trước và đúng hạn", "2024-10-08", "10:12",
    ["Quý III/2024, Bộ phận Một cửa huyện Hòa Vang và 11 xã đã tiếp nhận 6.832 hồ sơ, trong đó 5.119 hồ sơ tiếp nhận trực tuyến, đạt tỷ lệ 74,9%.",
     "Số hồ sơ đã giải quyết là 6.540 hồ sơ; trong đó trước hạn 2.207 hồ sơ, đúng hạn 4.195 hồ sơ, trễ hạn 138 hồ sơ. Tỷ lệ trước và đúng hạn đạt 97,9%. Số hồ sơ đang giải quyết là 292 hồ sơ.",
     "Hồ sơ trễ hạn tập trung ở lĩnh vực đất đai do phải xác minh nguồn gốc đất. Huyện đã chỉ đạo Văn phòng Đăng ký đất đai rà soát, giải quyết dứt điểm trước ngày 31/10.",
     "Bảo Ngọc"],
    ["tiếp nhận 6.832 hồ sơ", "trễ hạn 138 hồ sơ", "đạt tỷ lệ 74,9%", "phải xác minh nguồn gốc đất"], mode="nfd")

A2 = art("62-33", 10503, "Kết quả giải quyết thủ tục hành chính tại các xã tháng 10/2024", "2024-11-05", "16:30",
    ["Trong tháng 10/2024, UBND 11 xã trên địa bàn huyện Hòa Vang tiếp nhận 1.214 hồ sơ, đã giải quyết 1.187 hồ sơ, không có hồ sơ trễ hạn. Kết quả tại một số xã như sau:",
     "Xã Hòa Bắc là địa bàn miền núi nhưng tỷ lệ hồ sơ trực tuyến đạt khá nhờ có tổ hỗ trợ lưu động đến tận thôn.",
     "Xuân Lộc"],
    ["không có hồ sơ trễ hạn", "tổ hỗ trợ lưu động đến tận thôn"], mode="entities",
    table=[["Xã", "Tiếp nhận", "Đã giải quyết", "Trực tuyến"],
           ["Hòa Châu", "187", "183", "152"],
           ["Hòa Phong", "164", "160", "121"],
           ["Hòa Liên", "143", "141", "109"],
           ["Hòa Bắc", "52", "52", "37"]],
    table_cell="Hòa Phong")

A3 = art("62-33", 10388, "Chỉ số DDCI năm 2023: Hòa Vang cải thiện 2 bậc", "2024-06-14", "09:25",
    ["Kết quả khảo sát Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và quận, huyện (DDCI) thành phố Đà Nẵng năm 2023 cho thấy huyện Hòa Vang đạt 69,84 điểm, xếp thứ 5/7 quận, huyện, tăng 2 bậc so với năm 2022.",
     "Chỉ số thành phần “Tiếp cận đất đai” vẫn là điểm nghẽn của huyện. Doanh nghiệp phản ánh thời gian thuê đất, chuyển mục đích sử dụng đất còn kéo dài.",
     "Huyện sẽ tổ chức gặp mặt doanh nghiệp hằng quý để kịp thời tháo gỡ vướng mắc.",
     "Phương Thảo"],
    ["đạt 69,84 điểm, xếp thứ 5/7 quận, huyện", "Tiếp cận đất đai", "gặp mặt doanh nghiệp hằng quý"], mode="entities")

A4 = art("62-34", 10521, "Hơn 400 đoàn viên tham gia Ngày hội hiến máu tình nguyện", None, None,
    ["Ngày hội hiến máu tình nguyện do Huyện đoàn Hòa Vang phối hợp với Trung tâm Y tế huyện tổ chức đã tiếp nhận 386 đơn vị máu từ hơn 400 đoàn viên, thanh niên, cán bộ công chức và người dân.",
     "Ngoài hiến máu, các tình nguyện viên còn được khám sức khỏe miễn phí và tư vấn dinh dưỡng.",
     "Huyện đoàn Hòa Vang"],
    ["386 đơn vị máu", "khám sức khỏe miễn phí", "tư vấn dinh dưỡng"], mode="nfd")

A5 = art("62-34", 10477, "Nông dân Hòa Khương làm giàu từ mô hình trồng nấm bào ngư", "2024-10-15", "14:05",
    ["Từ một lán trại nhỏ, anh Lê Văn Tịnh ở thôn Phú Sơn, xã Hòa Khương đã mở rộng mô hình trồng nấm bào ngư lên 1.200 bịch phôi mỗi đợt, cho thu nhập ổn định quanh năm.",
     "Anh Tịnh cho biết nấm bào ngư cần độ ẩm cao và thoáng khí, mỗi ngày phải tưới phun sương ba lần. Sản phẩm được các bếp ăn và chợ đầu mối ở trung tâm thành phố thu mua.",
     "Hội Nông dân xã đang vận động thêm 8 hộ học tập, nhân rộng mô hình."],
    ["nấm bào ngư lên 1.200 bịch phôi", "tưới phun sương ba lần", "nhân rộng mô hình"])

A6 = art("62-34", 10490, "Ủy ban MTTQ huyện giám sát việc tiếp nhận hồ sơ tại xã Hòa Nhơn", "2024-10-24", "08:40",
    ["Ngày 23/10, đoàn giám sát của Ủy ban MTTQ Việt Nam huyện Hòa Vang đã giám sát việc thực hiện cơ chế một cửa tại UBND xã Hòa Nhơn.",
     "Đoàn ghi nhận xã đã niêm yết đầy đủ thủ tục hành chính, bố trí máy lấy số thứ tự và ghế chờ cho người dân. Đoàn đề nghị xã lắp thêm hộp thư góp ý và công khai số điện thoại đường dây nóng.",
     "Kiều Trang"],
    ["cơ chế một cửa tại UBND xã Hòa Nhơn", "máy lấy số thứ tự và ghế chờ", "hộp thư góp ý"])


def dmy(d):
    return "/".join(reversed(d.split("-")))


LEFT = [("/", "Trang chủ"), ("/62-31/default.aspx", "Giới thiệu"), ("/62-33/default.aspx", "Cải cách hành chính"),
        ("/62-34/default.aspx", "Tin hoạt động"), ("/62-35/default.aspx", "Thông báo"), ("/62-36/default.aspx", "Hỏi đáp - Góp ý")]


def layout(title, main, canonical=None):
    canon = '<link rel="canonical" href="%s%s">' % (HOST, canonical) if canonical else ""
    left = "".join('<tr><td style="padding:4px;border-bottom:1px dotted #ccc"><a href="%s">%s</a></td></tr>' % (h, esc(t)) for h, t in LEFT)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>{canon}</head>
<body style="margin:0"><form method="post" action="/default.aspx">
<table width="980" align="center" border="0"><tr><td colspan="2"><img src="/Images/banner.jpg" alt="">
<div style="text-align:right;font-size:11px">Hôm nay: Thứ Sáu, ngày 04/12/2026</div></td></tr>
<tr><td width="200" valign="top"><table width="100%">{left}</table></td>
<td valign="top">{main}
<div style="margin-top:20px;font-size:11px;color:#666">Trực tuyến: 52 &nbsp; Tổng: 8841307</div></td></tr>
<tr><td colspan="2" style="background:#0a4c8b;color:#fff;text-align:center">UBND HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG<br>
Giấy phép thiết lập trang thông tin điện tử số 31/GP-TTĐT<br>Ghi rõ nguồn "Trang thông tin điện tử huyện Hòa Vang" khi phát hành lại thông tin từ website này</td></tr>
</table></form></body></html>"""


def article_page(a):
    m = a.mode
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p, m))
        if i == 0 and a.table:
            body.append('<table border="1" style="border-collapse:collapse">' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c, m) for c in r) for r in a.table) + "</table>")
    date = '<div style="color:#888;font-size:11px">[%s %s]</div>' % (dmy(a.published), a.time) if a.published else ""
    others = "".join('<div>- <a href="%s">%s</a></div>' % (x.path, esc(x.title)) for x in ALL if x is not a and x.path[:6] == a.path[:6])
    main = f"""<div style="font-size:18px;font-weight:bold;color:#b00">{esc(a.title, m)}</div>{date}
<div style="text-align:justify">{''.join(body)}</div>
<div style="margin-top:10px"><b>Các tin khác:</b>{others}</div>"""
    return layout(a.title, main, canonical=a.path)


for a in ALL:
    P.page(a.path, article_page(a), kind="article", article=a, name="tin-%d" % a.id)

NOTICES = [("/62-35-10497/default.aspx", "Thông báo thu hồi đất thực hiện dự án nâng cấp tuyến ĐH2", "/Upload/TB-thu-hoi-dat-DH2.pdf")]
for p, t, f in NOTICES:
    P.page(p, layout(t, '<div style="font-size:18px;font-weight:bold;color:#b00">%s</div><div><a href="%s">Tệp đính kèm</a></div>' % (esc(t), f)), kind="non_article", name="thong-bao")


def lst(items):
    return "".join('<div style="padding:6px 0"><a href="%s"><b>%s</b></a>%s</div>' % (
        x.path, esc(x.title), (" (%s)" % dmy(x.published)) if x.published else "") for x in items)


cchc = [a for a in ALL if a.path.startswith("/62-33-")]
hd = [a for a in ALL if a.path.startswith("/62-34-")]
P.page("/62-33/default.aspx", layout("Cải cách hành chính", "<h3>CẢI CÁCH HÀNH CHÍNH</h3>" + lst(cchc)), kind="non_article", name="cchc")
P.page("/62-34/default.aspx", layout("Tin hoạt động", "<h3>TIN HOẠT ĐỘNG</h3>" + lst(hd[:2]) + '<div>Trang: 1 <a href="/62-34/default.aspx?Page=2">2</a></div>'), kind="non_article", name="hd-1")
P.page("/62-34/default.aspx?Page=2", layout("Tin hoạt động", "<h3>TIN HOẠT ĐỘNG</h3>" + lst(hd[2:]) + '<div>Trang: <a href="/62-34/default.aspx">1</a> 2</div>'), kind="non_article", name="hd-2")
P.page("/62-35/default.aspx", layout("Thông báo", "<h3>THÔNG BÁO</h3>" + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)), kind="non_article", name="tb-list")
P.page("/62-31/default.aspx", layout("Giới thiệu", """<h3>GIỚI THIỆU</h3><p>Huyện Hòa Vang nằm ở phía Tây thành phố Đà Nẵng, gồm 11 xã.</p>
<p>Địa chỉ: Thôn Túy Loan Đông 1, xã Hòa Phong, huyện Hòa Vang.</p>"""), kind="non_article", name="gioi-thieu")
P.page("/", layout("Trang thông tin điện tử huyện Hòa Vang", "<h3>TIN MỚI</h3>" + lst(cchc[:2] + hd) +
       "<h3>THÔNG BÁO</h3>" + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES) +
       '<div><a href="/62-33/default.aspx">Xem tất cả tin cải cách hành chính</a></div>'), kind="non_article")

P.furniture(["Trực tuyến: 52", "Tổng: 8841307", "Hôm nay: Thứ Sáu, ngày 04/12/2026", "Các tin khác:", "Hỏi đáp - Góp ý",
             "Giấy phép thiết lập trang thông tin điện tử số 31/GP-TTĐT", "UBND HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG"])
P.finish()

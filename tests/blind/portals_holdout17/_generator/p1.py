"""p1: SharePoint generic web parts, huyện Krông Bông (Đắk Lắk).
Hard cases: digit-per-element counters, web-part heading above a headline in a div (no h1),
article reachable under two URLs (canonical names the ItemID one), date with weekday+time,
counter + toolbar inside the article container before and after the text."""
from common import Portal, esc, href

P = Portal("krongbong_sp", "Cổng TTĐT huyện Krông Bông", "Krông Bông", "Đắk Lắk", "sharepoint-webparts")
FURN = ["Số lượt ghé thăm cổng", "Khách đang xem trang", "Xem bản in", "Quay lại trang trước",
        "Chia sẻ lên mạng xã hội", "Cỡ chữ bài viết", "Gửi bài cho người thân",
        "Liên kết nhanh", "Bản quyền thuộc Ủy ban nhân dân huyện Krông Bông",
        "Lượt xem trang này", "Tin đã đăng khác"]
P.furniture = FURN

def digits(n):
    return "".join('<div class="so">%s</div>' % c for c in str(n))

def counter(cls):
    return ('<div class="ThongKeWP %s"><span class="lbl">Số lượt ghé thăm cổng:</span>%s'
            '<span class="lbl">Khách đang xem trang:</span>%s</div>' % (cls, digits(2318804), digits(47)))

TOOL = ('<div class="congcu"><a href="/Pages/inbai.aspx">Xem bản in</a> | <a href="javascript:history.back()">Quay lại trang trước</a>'
        ' | <span>Chia sẻ lên mạng xã hội</span> | <span>Cỡ chữ bài viết</span> <a>A-</a><a>A+</a>'
        ' | <a href="mailto:?subject=tin">Gửi bài cho người thân</a></div>')

MENU = [("/", "Trang chủ"), ("/Pages/gioithieu.aspx", "Giới thiệu"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "Tin hoạt động"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=45", "Thông báo"),
        ("/Pages/lienhe.aspx", "Liên hệ")]

def layout(title, main, canonical=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), t) for u, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint">'
            '<title>%s</title>%s</head><body><form id="aspnetForm"><div id="s4-workspace">'
            '<div class="banner">UBND HUYỆN KRÔNG BÔNG - TỈNH ĐẮK LẮK</div><ul class="menu">%s</ul>'
            '<table class="ms-bodyarea"><tr><td class="leftcol">%s</td>'
            '<td class="maincol">%s</td><td class="rightcol"><div class="ms-webpart-chrome"><h3>Liên kết nhanh</h3>'
            '<ul><li><a href="/Pages/vanban.aspx">Văn bản điều hành</a></li></ul></div>%s</td></tr></table>'
            '<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Krông Bông<br>Địa chỉ: thị trấn Krông Kmar</div>%s'
            '</div></form></body></html>' % (esc(title), can, menu, counter("left"), main, counter("right"), counter("foot")))

ARTS = [
 dict(id=1841, slug="Krong-Bong-giai-quyet-ho-so-quy-I", title="Krông Bông: kết quả giải quyết thủ tục hành chính quý I năm 2024",
      date="2024-04-08", wd="Thứ Hai, 08/04/2024 09:15",
      paras=["Trong quý I năm 2024, Bộ phận Một cửa huyện Krông Bông tiếp nhận 2.946 hồ sơ thủ tục hành chính, trong đó 2.801 hồ sơ tiếp nhận mới và 145 hồ sơ kỳ trước chuyển sang.",
             "Đã giải quyết 2.710 hồ sơ, gồm 1.204 hồ sơ trước hạn, 1.479 hồ sơ đúng hạn và 27 hồ sơ quá hạn; hiện còn 236 hồ sơ đang giải quyết trong hạn.",
             "Số hồ sơ nộp trực tuyến đạt 1.362 hồ sơ, chiếm 46,2%; có 58 hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích.",
             "Ông Y Phôn Niê, Chánh Văn phòng HĐND và UBND huyện, cho biết các hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất."],
      must=["2.801 hồ sơ tiếp nhận mới", "1.479 hồ sơ đúng hạn", "chiếm 46,2%"]),
 dict(id=1846, slug="Bang-ket-qua-mot-cua-cap-xa", title="Kết quả một cửa cấp xã tháng 4/2024 theo từng đơn vị",
      date="2024-05-06", wd="Thứ Hai, 06/05/2024 14:40",
      paras=["UBND huyện tổng hợp kết quả tiếp nhận, giải quyết hồ sơ tại bộ phận một cửa của 14 xã, thị trấn trong tháng 4/2024 như bảng dưới đây.",
             "Các xã có tỷ lệ trễ hạn còn cao được yêu cầu báo cáo nguyên nhân trước ngày 15/5/2024."],
      table=[["Đơn vị", "Tiếp nhận", "Đúng hạn", "Trễ hạn"], ["Thị trấn Krông Kmar", "412", "405", "0"],
             ["Xã Hòa Sơn", "187", "181", "2"], ["Xã Cư Kty", "96", "93", "1"]],
      must=["bộ phận một cửa của 14 xã, thị trấn", "Xã Hòa Sơn", "trước ngày 15/5/2024"]),
 dict(id=1852, slug="Chi-so-PAR-Index-2023", title="Chỉ số cải cách hành chính năm 2023 của huyện tăng 3 bậc",
      date="2024-05-20", wd="Thứ Hai, 20/05/2024 08:05",
      paras=["Theo quyết định công bố của UBND tỉnh, Chỉ số cải cách hành chính năm 2023 của huyện Krông Bông đạt 84,17 điểm, xếp thứ 9/15 huyện, thị xã, thành phố, tăng 3 bậc so với năm 2022.",
             "Chỉ số hài lòng của người dân (SIPAS) đạt 86,5%. Lĩnh vực cải cách tổ chức bộ máy tiếp tục được đánh giá cao, trong khi tiêu chí hiện đại hóa hành chính còn bị trừ điểm.",
             "H'Linh"],
      must=["đạt 84,17 điểm", "xếp thứ 9/15 huyện", "(SIPAS) đạt 86,5%"]),
 dict(id=1857, slug="Ra-quan-lam-thuy-loi-mua-kho", title="Ra quân làm thủy lợi phục vụ sản xuất vụ Hè Thu",
      date="2024-05-27", wd="Thứ Hai, 27/05/2024 16:20",
      paras=["Sáng 25/5, hơn 600 đoàn viên, thanh niên và người dân xã Cư Pui đã nạo vét 4,2 km kênh mương nội đồng chuẩn bị cho vụ Hè Thu.",
             "Xã vận động được 35 triệu đồng để mua ống dẫn nước cho các khu ruộng cao."],
      must=["nạo vét 4,2 km kênh mương", "xã Cư Pui", "35 triệu đồng"], short=True),
 dict(id=1860, slug="Hoi-nghi-doi-thoai-nong-dan", title="Chủ tịch UBND huyện đối thoại với nông dân về chuyển đổi cây trồng",
      date="2024-06-03", wd="Thứ Hai, 03/06/2024 10:30",
      paras=["Chiều 31/5, Chủ tịch UBND huyện Krông Bông chủ trì hội nghị đối thoại với hơn 150 hội viên nông dân các xã phía Nam.",
             "Nhiều ý kiến đề nghị hỗ trợ giống sầu riêng, cà phê tái canh và kéo điện ra vùng sản xuất tập trung.",
             "Lãnh đạo huyện giao phòng Nông nghiệp và PTNT rà soát, trả lời bằng văn bản trước ngày 30/6."],
      must=["hơn 150 hội viên nông dân", "cà phê tái canh", "trả lời bằng văn bản"]),
]

def art_url(a):
    return "/Pages/tintuc/chitiet.aspx?ItemID=%d" % a["id"]

def listing_items(arts):
    return "".join('<div class="item"><a href="%s">%s</a> <span class="ngay">(%s)</span></div>'
                   % (href(art_url(a)), esc(a["title"]), "/".join(reversed(a["date"].split("-")))) for a in arts)

for i, a in enumerate(ARTS):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"][:1])
    if "table" in a:
        rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += '<table class="bang">%s</table>' % rows
    body += "".join("<p>%s</p>" % esc(p) for p in a["paras"][1:])
    other = listing_items([b for b in ARTS if b is not a][:3])
    main = ('<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">Tin hoạt động</h2>'
            '<div id="ctl00_g_8f2a_ArticleView" class="chitiet">%s%s'
            '<div class="tieude">%s</div><div class="ngaydang">%s</div>'
            '<div class="noidung">%s</div>%s<div class="luotxem">Lượt xem trang này: 1%02d</div>%s</div>'
            '<div class="tinkhac"><h4>Tin đã đăng khác</h4>%s</div></div>'
            % (counter("incont"), TOOL, esc(a["title"]), a["wd"], body, TOOL, 31 + i, counter("incont2"), other))
    P.add_page(art_url(a), layout(a["title"], main, canonical=art_url(a)))
    cells = [c for r in a.get("table", []) for c in r]
    P.article(art_url(a), a["title"], a["date"], a["paras"], a["must"] + ([a["table"][3][0]] if "table" in a else []), cells)
# second URL for article 1846 (friendly page URL), canonical names ItemID
dup = "/Pages/tintuc/2024/Bang-ket-qua-mot-cua-cap-xa.aspx"
P.pages[dup] = None
a = ARTS[1]
del P.pages[dup]
P.add_page(dup, P.pages[art_url(a)][3].decode("utf-8"))

home = ('<div class="ms-webpart-chrome"><h2>Tin mới</h2>%s<a href="%s">Xem tiếp</a></div>'
        '<div><a href="%s">Kết quả một cửa cấp xã (bản trang tĩnh)</a></div>'
        % (listing_items(ARTS[::-1][:3]), href("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"), href(dup)))
P.add_page("/", layout("Trang chủ", home))
L1 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
L2 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2"
P.add_page(L1, layout("Tin hoạt động", '<h2>Tin hoạt động</h2>%s<div class="pager"><span>1</span> <a href="%s">2</a></div>' % (listing_items(ARTS[::-1][:3]), href(L2))))
P.add_page(L2, layout("Tin hoạt động", '<h2>Tin hoạt động</h2>%s<div class="pager"><a href="%s">1</a> <span>2</span></div>' % (listing_items(ARTS[::-1][3:]), href(L1))))
P.non_article(L1); P.non_article(L2)
N = "/Pages/tintuc/chitiet.aspx?ItemID=1863"
L3 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=45"
P.add_page(L3, layout("Thông báo", '<h2>Thông báo</h2><div class="item"><a href="%s">Thông báo lịch tiếp công dân tháng 6/2024</a></div>' % href(N)))
P.add_page(N, layout("Thông báo lịch tiếp công dân tháng 6/2024",
    '<div class="ms-webpart-chrome"><h2>Thông báo</h2><div class="tieude">Thông báo lịch tiếp công dân tháng 6/2024</div>'
    '<div class="dinhkem"><a href="/Documents/TB-tiep-cong-dan-T6.pdf">Tải tệp đính kèm</a></div>%s</div>' % TOOL))
P.non_article(L3); P.non_article(N)
intro = ["Krông Bông là huyện miền núi nằm ở phía Đông Nam tỉnh Đắk Lắk, có 13 xã và 1 thị trấn.",
         "Huyện có Vườn quốc gia Chư Yang Sin với nhiều loài động thực vật quý hiếm.",
         "Đồng bào Ê Đê, M'nông và nhiều dân tộc khác cùng sinh sống, giữ gìn không gian văn hóa cồng chiêng."]
P.add_page("/Pages/gioithieu.aspx", layout("Giới thiệu", '<div class="ms-webpart-chrome"><h2>Giới thiệu chung</h2>%s</div>' % "".join("<p>%s</p>" % esc(x) for x in intro)))
P.non_article("/Pages/gioithieu.aspx")
P.write()

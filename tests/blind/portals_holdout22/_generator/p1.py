"""p1: SharePoint generic web parts, ministry-style URLs; huyện Tam Nông, Phú Thọ.
Hard cases: web-part title above the headline, headline in a div (no h1), digit-per-element
counter in the footer, breadcrumb repeating the title, date 'Ngày đăng' after the body,
quarterly one-stop series with the same commune table."""
from common import *

P = Portal("p1_tamnong_sharepoint", "Cổng thông tin điện tử huyện Tam Nông", "Tam Nông", "Phú Thọ",
           "SharePoint (generic web parts)")
LIST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
LIST2 = LIST + "&page=2"
ART = "/Pages/tintuc/chitiet.aspx?ItemID={}"
COMMUNES = ["Thị trấn Hưng Hóa", "Xã Dân Quyền", "Xã Lam Sơn", "Xã Vạn Xuân", "Xã Hiền Quan"]
HDR = ["Đơn vị", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn"]
FIG = [
    [(318, 310, "97,5%"), (204, 199, "97,5%"), (187, 187, "100%"), (142, 139, "97,9%"), (121, 118, "97,5%")],
    [(356, 351, "98,6%"), (229, 226, "98,7%"), (176, 174, "98,9%"), (158, 158, "100%"), (133, 131, "98,5%")],
    [(401, 399, "99,5%"), (241, 240, "99,6%"), (193, 193, "100%"), (167, 165, "98,8%"), (149, 149, "100%")],
]
arts = []
for i, (q, d, tot) in enumerate([("I", "2025-04-08", 1032), ("II", "2025-07-09", 1052), ("III", "2025-10-07", 1151)]):
    rows = FIG[i]
    arts.append(dict(
        id=2310 + i * 17, date=d,
        title=f"Bộ phận một cửa cấp xã huyện Tam Nông: kết quả quý {q} năm 2025",
        lead=f"Trong quý {q}, bộ phận tiếp nhận và trả kết quả của các xã, thị trấn trên địa bàn huyện đã tiếp nhận {str(tot)[0]}.{str(tot)[1:]} hồ sơ thủ tục hành chính.",
        paras=[
            f"Theo báo cáo của Văn phòng HĐND và UBND huyện, số hồ sơ nộp qua dịch vụ công trực tuyến chiếm {31 + i * 6}%, số hồ sơ gửi qua bưu chính công ích là {12 + i * 3} hồ sơ.",
            "Kết quả cụ thể tại năm đơn vị được tổng hợp như sau:",
            series_table(HDR, COMMUNES, rows),
            f"Số hồ sơ còn tồn chuyển sang kỳ sau là {9 - i * 3} hồ sơ, chủ yếu thuộc lĩnh vực đất đai và hộ tịch có yếu tố nước ngoài.",
            "UBND huyện yêu cầu các xã tiếp tục rà soát quy trình nội bộ, công khai đầy đủ thủ tục tại trụ sở và trên trang thông tin của xã.",
        ],
        must=[HDR[2 - (i % 2)], COMMUNES[1 + i], str(rows[1 + i][0]), f"tiếp nhận {str(tot)[0]}.{str(tot)[1:]} hồ sơ"],
    ))
arts.append(dict(
    id=2377, date="2025-05-21",
    title="Tam Nông tăng ba bậc về Chỉ số cải cách hành chính cấp huyện",
    lead=None,
    paras=[
        "Theo kết quả đánh giá của tỉnh, Chỉ số cải cách hành chính năm 2024 của huyện Tam Nông đạt 86,42 điểm, xếp thứ 7 trên 13 huyện, thị, thành.",
        "So với năm trước, huyện tăng ba bậc; các tiêu chí về cải cách thủ tục hành chính và chuyển đổi số đạt điểm cao.",
        "Chỉ số hài lòng của người dân (SIPAS) đối với sự phục vụ của các cơ quan hành chính huyện đạt 88,15%.",
        "Phó Chủ tịch UBND huyện Nguyễn Hữu Tâm cho biết huyện sẽ tập trung khắc phục các tiêu chí bị trừ điểm về kiểm tra, giám sát.",
    ],
    must=["86,42 điểm", "xếp thứ 7 trên 13 huyện", "(SIPAS)"],
))
arts.append(dict(
    id=2391, date="2025-06-12",
    title="Xã Hiền Quan ra quân làm đường giao thông nông thôn",
    lead=None,
    paras=[
        "Sáng 11/6, hơn 300 đoàn viên, hội viên xã Hiền Quan tham gia ngày ra quân bê tông hóa 1,8 km đường trục thôn.",
        "Tổng kinh phí khoảng 1,2 tỷ đồng, trong đó nhân dân đóng góp ngày công và hiến gần 900 m2 đất.",
        "Ảnh: Người dân khu 4 trộn bê tông trên tuyến đường mới.",
        "Minh Thư",
    ],
    must=["bê tông hóa 1,8 km", "hiến gần 900 m2 đất", "Minh Thư"],
))
arts.append(dict(
    id=2402, date="2025-08-02",
    title="Hội nghị đối thoại với thanh niên về khởi nghiệp",
    lead=None,
    paras=["Chiều 1/8, Bí thư Huyện ủy đối thoại với gần 150 thanh niên về vốn vay khởi nghiệp và chuyển đổi số trong sản xuất chè."],
    must=["gần 150 thanh niên", "sản xuất chè"],
))
arts[-1]["must"].append("Bí thư Huyện ủy")

FURN = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Bản quyền thuộc Ủy ban nhân dân huyện Tam Nông",
        "Liên kết website", "Tin tức - Sự kiện", "Tin khác"]
MENU = ('<ul class="ms-topnav"><li><a href="/">Trang chủ</a></li><li><a href="' + esc(LIST) +
        '">Tin tức - Sự kiện</a></li><li><a href="/Pages/gioithieu.aspx">Giới thiệu</a></li>'
        '<li><a href="/Pages/vanban.aspx">Văn bản</a></li><li><a href="/Pages/lienhe.aspx">Liên hệ</a></li></ul>')


def digits(s, pref):
    return "".join(f'<div id="{pref}{k+1}" class="digit">{c}</div>' for k, c in enumerate(s))


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint">
<title>{esc(title)} - Cổng TTĐT huyện Tam Nông</title>{c}</head><body><form id="aspnetForm" method="post" action="">
<div id="s4-workspace"><div class="header"><img src="/PublishingImages/banner.jpg" alt=""></div>{MENU}
<table class="layout"><tr><td class="left">
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2>Liên kết website</h2></div>
<div id="WebPartWPQ2"><select><option>Cổng TTĐT tỉnh Phú Thọ</option></select></div></div></td>
<td class="main">{main}</td></tr></table>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Tam Nông</p><p>Địa chỉ: khu 6, thị trấn Hưng Hóa</p>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="ctl00_g_3f1_Label_TruyCap" style="display:none">1804975</span>
<div class="ThongKeSoLuot"><h3>Thống kê truy cập</h3><div class="SoLuongOnline"><span>Đang online:</span>{digits("0000047", "slol")}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits("0918254", "sltc")}</div></div></div></div></div>
</div></form></body></html>"""


def article(a, path):
    other = "".join(f'<li><a href="{esc(ART.format(b["id"]))}">{esc(b["title"])}</a> ({dmy(b["date"])})</li>'
                    for b in arts if b is not a)[:2000]
    lead = f'<div class="ms-rtestate-field summary"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    main = f"""<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2>Tin tức - Sự kiện</h2></div>
<div id="WebPartWPQ4"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{esc(LIST)}">Tin tức - Sự kiện</a> / <span>{esc(a['title'])}</span></div>
<div class="news-title">{esc(a['title'])}</div>{lead}
<div class="ms-rtestate-field">{body_html(a)}</div>
<div class="news-date">Ngày đăng: {dmy(a['date'])}</div></div></div>
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2>Tin khác</h2></div><div id="WebPartWPQ5"><ul>{other}</ul></div></div>"""
    return shell(a["title"], main, canon=path)


for a in arts:
    p = ART.format(a["id"])
    P.page(p, article(a, p), article=a)


def item(a):
    return f'<div class="item"><a href="{esc(ART.format(a["id"]))}">{esc(a["title"])}</a> <span>({dmy(a["date"])})</span></div>'

newest = sorted(arts, key=lambda a: a["date"], reverse=True)
notice = "/Pages/tintuc/chitiet.aspx?ItemID=2415"
P.page(LIST, shell("Tin tức - Sự kiện", '<h2>Tin tức - Sự kiện</h2>' + f'<div class="item"><a href="{esc(notice)}">Thông báo lịch tiếp công dân tháng 9/2025</a></div>' +
       "".join(item(a) for a in newest[:4]) + f'<div class="pager"><a href="{esc(LIST2)}">2</a></div>'), kind="non")
P.page(LIST2, shell("Tin tức - Sự kiện", '<h2>Tin tức - Sự kiện</h2>' + "".join(item(a) for a in newest[4:]) +
       f'<div class="pager"><a href="{esc(LIST)}">1</a></div>'), kind="non")
P.page(notice, shell("Thông báo", '<div class="news-title">Thông báo lịch tiếp công dân tháng 9/2025</div>'
       '<p><a href="/Documents/TB-tiepcongdan-9-2025.pdf">Tải về: TB-tiepcongdan-9-2025.pdf</a></p>'), kind="non")
P.page("/Pages/gioithieu.aspx", shell("Giới thiệu", "<h2>Giới thiệu</h2><p>Huyện Tam Nông nằm ở phía tây nam tỉnh Phú Thọ, diện tích tự nhiên khoảng 155 km2.</p>"), kind="non")
P.page("/", shell("Trang chủ", "<h2>Tin nổi bật</h2>" + "".join(item(a) for a in newest[:3]) +
       f'<p><a href="{esc(LIST)}">Xem thêm</a></p>'), kind="non")
P.build(FURN)

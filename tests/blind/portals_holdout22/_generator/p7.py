"""p7: bespoke ASP table layout of the 2000s; huyện Hải Hậu, Nam Định. Served as windows-1258
(tone marks as combining characters) with named entities in the body.
Hard cases: no container class or id anywhere, headline in a bold font tag, date only in a
'Cập nhật' stamp after the text, welcome marquee, copyright table footer, print link that
answers 404, quarterly series by office, one article with no date at all."""
from common import *

P = Portal("p7_haihau_asp_table", "Website huyện Hải Hậu", "Hải Hậu", "Nam Định", "bespoke classic ASP, table layout",
           charset="windows-1258")
LIST = "/tin_ds.asp?cat=5"
LIST2 = "/tin_ds.asp?cat=5&page=2"
D = "/tin_chitiet.asp?id={}&cat=5"
OFF = ["Phòng Tư pháp", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế và Hạ tầng", "Phòng Nội vụ"]
HDR = ["Tên cơ quan", "Số hồ sơ", "Đúng hạn"]
FIG = [[(231, 231), (406, 379), (58, 55), (19, 19)], [(248, 248), (433, 417), (61, 61), (23, 22)],
       [(259, 258), (387, 380), (70, 68), (17, 17)]]
arts = []
for i, (q, d) in enumerate([("quý I", "2025-04-11"), ("quý II", "2025-07-10"), ("quý III", "2025-10-10")]):
    rows = FIG[i]
    arts.append(dict(id=4471 + i * 23, date=d,
        title=f"Báo cáo kết quả tiếp nhận, giải quyết hồ sơ cấp huyện {q} năm 2025",
        lead=None,
        paras=[f"Trong {q} năm 2025, các cơ quan chuyên môn thuộc UBND huyện Hải Hậu đã tiếp nhận {sum(r[0] for r in rows)} hồ sơ qua bộ phận một cửa.",
               f"Tỷ lệ giải quyết đúng hạn chung đạt {sum(r[1] for r in rows) * 1000 // sum(r[0] for r in rows) / 10}".replace(".", ",") + "%; hồ sơ đất đai vẫn chiếm tỷ lệ trễ hạn cao nhất do phải xác minh nguồn gốc đất.",
               series_table(HDR, OFF, rows),
               f"Có {4 + i} hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích.",
               "Đặng Quốc Việt - Văn phòng HĐND và UBND huyện"],
        must=[HDR[1 + i % 2], OFF[1 + i % 3], str(rows[1 + i % 3][i % 2]), "xác minh nguồn gốc đất"]))
arts.append(dict(id=4402, date="2025-02-20",
    title="Hải Hậu: Chỉ số PAR Index năm 2024 tăng 4 bậc",
    lead=None,
    paras=["Theo quyết định công bố của UBND tỉnh, Chỉ số cải cách hành chính năm 2024 của huyện Hải Hậu đạt 84,91%, xếp thứ 4/10 huyện, thành phố.",
           "Huyện tăng 4 bậc so với năm 2023 nhờ cải thiện mạnh tiêu chí hiện đại hóa hành chính."],
    must=["84,91%", "xếp thứ 4/10", "hiện đại hóa hành chính"]))
arts.append(dict(id=4459, date="2025-05-30",
    title="Thị trấn Thịnh Long chuẩn bị mùa du lịch biển",
    lead=None,
    paras=["Thị trấn Thịnh Long đã ra quân dọn vệ sinh bãi tắm, lắp thêm 40 bóng đèn chiếu sáng dọc kè biển.",
           "Ban quản lý bãi tắm bố trí đội cứu hộ trực từ 6 giờ đến 18 giờ hằng ngày.",
           "Nguyễn Thị Hường"],
    must=["40 bóng đèn", "đội cứu hộ", "Nguyễn Thị Hường"]))
arts.append(dict(id=4520, date=None,
    title="Xã Hải Nam phát triển mô hình nuôi ngao",
    lead=None,
    paras=["Xã Hải Nam hiện có 85 ha nuôi ngao, sản lượng mỗi năm khoảng 1.200 tấn.",
           "Xã khuyến khích các hộ liên kết thành tổ hợp tác để giữ giá bán."],
    must=["85 ha nuôi ngao", "1.200 tấn", "tổ hợp tác"]))

FURN = ["Chào mừng quý khách đến với Website huyện Hải Hậu", "Cập nhật:", "Bản in", "Các tin khác", "Số lượt truy cập: 705312",
        "Giấy phép số 12/GP-STTTT", "Thiết kế: Trung tâm Tin học"]


def shell(title, main):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{ent(title)}</title></head>
<body bgcolor="#ffffff" topmargin="0"><table width="900" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/top.jpg" width="900" height="140"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><marquee><font color="#ffffff">{ent("Chào mừng quý khách đến với Website huyện Hải Hậu")}</font></marquee></td></tr>
<tr><td width="170" valign="top"><a href="/">{ent("Trang chủ")}</a><br><a href="{esc(LIST)}">{ent("Tin tức")}</a><br><a href="/gioithieu.asp">{ent("Giới thiệu")}</a><br><a href="/vanban.asp">{ent("Văn bản")}</a><br><a href="/hoidap.asp">{ent("Hỏi đáp")}</a></td>
<td width="560" valign="top">{main}</td>
<td width="170" valign="top"><b>{ent("Số lượt truy cập: 705312")}</b></td></tr>
<tr><td colspan="3"><table width="100%"><tr><td align="center"><font size="1">{ent("Bản quyền © UBND huyện Hải Hậu")}<br>{ent("Giấy phép số 12/GP-STTTT")}<br>{ent("Thiết kế: Trung tâm Tin học")}</font></td></tr></table></td></tr>
</table></body></html>"""


for a in arts:
    others = "".join([f'<a href="{esc(D.format(b["id"]))}">{ent(b["title"])}</a><br>' for b in arts if b is not a][:4])
    stamp = f'<i>{ent("Cập nhật:")} {dmy(a["date"])}</i>' if a["date"] else ""
    main = f"""<table width="100%"><tr><td><font face="Arial" size="3" color="#990000"><b>{ent(a['title'])}</b></font></td></tr>
<tr><td>{body_html(a, enc=ent)}</td></tr><tr><td align="right">{stamp} <a href="/inbai.asp?id={a['id']}">{ent("Bản in")}</a></td></tr>
<tr><td><b>{ent("Các tin khác")}</b><br>{others}</td></tr></table>"""
    P.page(D.format(a["id"]), shell(a["title"], main), article=a)

newest = sorted(arts, key=lambda a: a["date"] or "0", reverse=True)
row = lambda a: f'<tr><td><a href="{esc(D.format(a["id"]))}">{ent(a["title"])}</a>' + (f' ({dmy(a["date"])})' if a["date"] else "") + "</td></tr>"
notice = D.format(4530)
P.page(LIST, shell("Tin tức", f'<table width="100%"><tr><td><a href="{esc(notice)}">{ent("Thông báo về việc lấy ý kiến dự thảo quy hoạch")}</a></td></tr>' +
       "".join(row(a) for a in newest[:4]) + f'<tr><td><a href="{esc(LIST2)}">{ent("Trang sau")}</a></td></tr></table>'), kind="non")
P.page(LIST2, shell("Tin tức", '<table width="100%">' + "".join(row(a) for a in newest[4:]) + f'<tr><td><a href="{esc(LIST)}">{ent("Trang trước")}</a></td></tr></table>'), kind="non")
P.page(notice, shell("Thông báo", f'<font size="3"><b>{ent("Thông báo về việc lấy ý kiến dự thảo quy hoạch")}</b></font><br><a href="/upload/tb_quyhoach.doc">{ent("Tải văn bản")}</a>'), kind="non")
P.page("/gioithieu.asp", shell("Giới thiệu", f'<b>{ent("Giới thiệu huyện Hải Hậu")}</b><br>{ent("Hải Hậu là huyện ven biển phía nam tỉnh Nam Định, có 32 km bờ biển.")}'), kind="non")
P.page("/", shell("Trang chủ", '<table width="100%">' + "".join(row(a) for a in newest[:3]) + "</table>" + f'<a href="{esc(LIST)}">{ent("Xem tiếp")}</a>'), kind="non")
P.build(FURN)

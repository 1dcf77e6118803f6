"""p8: DotNetNuke with a news module; huyện Lục Ngạn, Bắc Giang.
Hard cases: header printing today's date while two articles state none, lead in a span outside
the body div, font-size widget, Telerik pager (rgPageNext) plus a plain link to page 2, blog-style
listing with the whole lead and first paragraph, 'Tin cùng chuyên mục' with dates, monthly series
by commune, one very short article."""
from common import *

P = Portal("p8_lucngan_dnn", "Cổng thông tin điện tử huyện Lục Ngạn", "Lục Ngạn", "Bắc Giang", "DotNetNuke")
LIST = "/Default.aspx?tabid=89&cateid=546"
LIST2 = LIST + "&page=2"
D = "/Default.aspx?tabid=89&cateid=546&newsid={}"
COM = ["Thị trấn Chũ", "Xã Nam Dương", "Xã Quý Sơn", "Xã Tân Hoa", "Xã Phượng Sơn"]
HDR = ["Xã, thị trấn", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"]
FIG = [[(402, 390, 12), (166, 160, 6), (149, 149, 0), (121, 117, 4), (133, 130, 3)],
       [(377, 371, 6), (158, 158, 0), (162, 157, 5), (118, 118, 0), (140, 136, 4)],
       [(425, 419, 6), (171, 169, 2), (155, 155, 0), (127, 124, 3), (146, 146, 0)]]
arts = []
for i, (m, d) in enumerate([("3", "2025-04-03"), ("4", "2025-05-06"), ("5", None)]):
    rows = FIG[i]
    arts.append(dict(id=1203 + i * 14, date=d,
        title=f"Tổng hợp kết quả giải quyết thủ tục hành chính cấp xã tháng {m}/2025",
        lead=f"Tháng {m}/2025, năm đơn vị cấp xã đại diện cho các vùng của huyện Lục Ngạn tiếp nhận tổng cộng {sum(r[0] for r in rows)} hồ sơ.",
        paras=["Số liệu được trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
               series_table(HDR, COM, rows),
               f"Tỷ lệ hồ sơ trực tuyến toàn trình tại cấp xã đạt {41 + i * 4}%. Các xã vùng cao còn khó khăn về thiết bị ký số."],
        must=[HDR[3 - i], COM[i + 2], str(rows[i + 2][1]), "thiết bị ký số"]))
arts.append(dict(id=1188, date="2025-03-14",
    title="Lục Ngạn nâng cao Chỉ số DDCI",
    lead="Năm 2024, Chỉ số năng lực cạnh tranh cấp huyện (DDCI) của Lục Ngạn đạt 71,85 điểm, xếp thứ 6/10.",
    paras=["Huyện xác định ba chỉ số thành phần cần cải thiện là tiếp cận đất đai, chi phí không chính thức và hỗ trợ doanh nghiệp.",
           "Tổ công tác sẽ đối thoại định kỳ với doanh nghiệp chế biến vải thiều mỗi quý."],
    must=["71,85 điểm", "xếp thứ 6/10", "chế biến vải thiều"]))
arts.append(dict(id=1240, date="2025-06-10",
    title="Vải sớm Phượng Sơn được giá",
    lead=None,
    paras=["Vải sớm ở xã Phượng Sơn bán tại vườn giá 35.000 đồng/kg, cao hơn năm trước khoảng 5.000 đồng."],
    must=["35.000 đồng/kg", "xã Phượng Sơn", "khoảng 5.000 đồng"]))
arts.append(dict(id=1251, date=None,
    title="Tập huấn kỹ năng ứng dụng định danh điện tử cho tổ công nghệ số cộng đồng",
    lead=None,
    paras=["Hơn 120 thành viên tổ công nghệ số cộng đồng của các thôn, bản được tập huấn cách hướng dẫn người dân kích hoạt tài khoản định danh mức 2.",
           "Sau tập huấn, mỗi tổ phải hỗ trợ ít nhất 50 hộ trong thôn.",
           "Hà Phương"],
    must=["Hơn 120 thành viên", "định danh mức 2", "Hà Phương"]))

FURN = ["Cỡ chữ:", "Tin cùng chuyên mục", "Thứ Sáu, ngày 05/12/2025", "Số người truy cập", "Đang xem", "Đăng nhập", "Trở về"]


def shell(title, main):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="GENERATOR" content="DotNetNuke " /><title>{esc(title)}</title></head>
<body><form name="Form" method="post" action="/Default.aspx?tabid=89" id="Form"><div id="dnn_Header"><img src="/Portals/0/banner.jpg" alt="" /><span id="dnn_dnnCURRENTDATE_lblDate">Thứ Sáu, ngày 05/12/2025</span> <a href="/Login.aspx">Đăng nhập</a></div>
<div id="dnn_Menu"><a href="/">Trang chủ</a> <a href="{esc(LIST)}">Tin tức</a> <a href="/Default.aspx?tabid=60">Giới thiệu</a> <a href="/Default.aspx?tabid=75">Văn bản</a></div>
<div id="dnn_ContentPane"><div id="dnn_ctr507_ModuleContent">{main}</div></div>
<div id="dnn_RightPane"><div class="c_head">Số người truy cập</div><div>3951740</div><div class="c_head">Đang xem</div><div>88</div></div>
<div id="dnn_Footer">UBND huyện Lục Ngạn - Thị trấn Chũ, tỉnh Bắc Giang</div></form></body></html>"""


for a in arts:
    same = "".join([f'<li><a href="{esc(D.format(b["id"]))}">{esc(b["title"])}</a>' + (f' <span>({dmy(b["date"])})</span>' if b["date"] else "") + "</li>" for b in arts if b is not a][:4])
    date = f'<span id="dnn_ctr507_lblDate" class="date">Ngày {dmy(a["date"])}</span>' if a["date"] else ""
    lead = f'<span id="dnn_ctr507_lblSummary" class="summary">{esc(a["lead"])}</span>' if a["lead"] else ""
    main = f"""<span id="dnn_ctr507_lblTitle" class="Title">{esc(a['title'])}</span><br />{date}
<div class="tools">Cỡ chữ: <a href="javascript:fs(12)">A</a> <a href="javascript:fs(14)">A</a> <a href="javascript:fs(16)">A</a></div>{lead}
<div id="dnn_ctr507_divContent">{body_html(a)}</div><a href="javascript:history.back()">Trở về</a>
<div class="othernews"><b>Tin cùng chuyên mục</b><ul>{same}</ul></div>"""
    P.page(D.format(a["id"]), shell(a["title"], main), article=a)


def blog(a):
    first = a["lead"] + " " + a["paras"][0] if a["lead"] else a["paras"][0]
    dt = f'<span class="date">{dmy(a["date"])}</span>' if a["date"] else ""
    return f'<div class="news-item"><a class="title" href="{esc(D.format(a["id"]))}">{esc(a["title"])}</a> {dt}<p>{esc(first)}</p></div>'

newest = sorted(arts, key=lambda a: a["date"] or "9", reverse=True)
notice = D.format(1262)
pager = lambda n: (f'<div class="rgWrap rgNumPart"><a href="{esc(LIST)}">1</a> <a href="{esc(LIST2)}">2</a></div>'
                   f'<input type="submit" class="rgPageNext" name="dnn$ctr507$grid$ctl00$ctl03$ctl01$ctl28" value=" " />')
P.page(LIST, shell("Tin tức", f'<div class="news-item"><a class="title" href="{esc(notice)}">Thông báo thu hồi đất thực hiện dự án đường tỉnh 290</a></div>' +
       "".join(blog(a) for a in newest[:4]) + pager(1)), kind="non")
P.page(LIST2, shell("Tin tức", "".join(blog(a) for a in newest[4:]) + pager(2)), kind="non")
P.page(notice, shell("Thông báo", '<span class="Title">Thông báo thu hồi đất thực hiện dự án đường tỉnh 290</span><div><a href="/Portals/0/TB-thu-hoi-dat-DT290.pdf">Tệp đính kèm</a></div>'), kind="non")
P.page("/Default.aspx?tabid=60", shell("Giới thiệu", '<span class="Title">Giới thiệu</span><div>Lục Ngạn là huyện miền núi của tỉnh Bắc Giang, nổi tiếng với cây vải thiều.</div>'), kind="non")
P.page("/", shell("Trang chủ", "".join(blog(a) for a in newest[:3]) + f'<a href="{esc(LIST)}">Xem thêm</a>'), kind="non")
P.build(FURN)

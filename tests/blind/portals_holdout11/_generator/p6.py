"""Portal 6: huyện Tiên Yên (Quảng Ninh) on DotNetNuke, Default.aspx?tabid=&cateid=&ArticleId=,
Telerik grid pager (rgPageNext) with a plain page=2 link.
Hard cases: a left-column counter that comes before the content, a "Số lần xem" counter inside the
article container, the headline in a span (dnn_ctrNNN_..._lblTitle), date with weekday and time,
a served print view (same article, canonical names the normal URL), byline inside the body as the
last paragraph, a very short article, related list "Các tin đã đưa" with dates."""
from common import Portal, esc, href

P = Portal("p6_tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke 7 + Telerik")
def art_url(aid):
    return f"/Default.aspx?tabid=112&cateid=546&ArticleId={aid}"
def print_url(aid):
    return f"/Default.aspx?tabid=112&ArticleId={aid}&print=true"
LIST = "/Default.aspx?tabid=112&cateid=546"
LIST2 = LIST + "&page=2"
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
ARTS = [
 dict(id=3051, title="Tiên Yên: năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,6%", published="2024-01-17", time="14:25",
  paras=["Năm 2023, Trung tâm Hành chính công huyện Tiên Yên tiếp nhận 8.904 hồ sơ; trong đó 6.376 hồ sơ được tiếp nhận trực tuyến toàn trình, đạt 71,6%, vượt 11,6 điểm phần trăm so với chỉ tiêu tỉnh giao.",
         "Trung tâm đã trả kết quả 8.851 hồ sơ; giải quyết trước hạn 4.120 hồ sơ, đúng hạn 4.731 hồ sơ, không có hồ sơ trễ hạn. 53 hồ sơ đang giải quyết được chuyển sang năm 2024.",
         "Chỉ số hài lòng của tổ chức, công dân qua hệ thống đánh giá tại Trung tâm đạt 99,8%.",
         "Hoàng Lâm (Trung tâm TT-VH Tiên Yên)"],
  must=["6.376 hồ sơ được tiếp nhận trực tuyến toàn trình, đạt 71,6%", "không có hồ sơ trễ hạn", "53 hồ sơ đang giải quyết", "đạt 99,8%"]),
 dict(id=3044, title="Công bố Chỉ số SIPAS và DDCI năm 2023", published="2024-01-05", time="09:02",
  paras=["Theo kết quả Tỉnh Quảng Ninh công bố, Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023 của huyện Tiên Yên đạt 82,14 điểm, xếp thứ 6/13 địa phương, tăng 2 bậc.",
         "Chỉ số SIPAS của huyện đạt 87,33%, xếp thứ 9/13. Chỉ số CCHC (PAR Index) của huyện được công bố ở mức 88,02%, xếp thứ 7/13.",
         "UBND huyện đã giao Văn phòng HĐND và UBND huyện tham mưu kế hoạch cải thiện các chỉ số thành phần còn thấp."],
  table=None,
  must=["đạt 82,14 điểm, xếp thứ 6/13 địa phương, tăng 2 bậc", "Chỉ số SIPAS của huyện đạt 87,33%", "ở mức 88,02%, xếp thứ 7/13"]),
 dict(id=3038, title="Kết quả tiếp nhận hồ sơ tại các xã tháng 12/2023", published="2023-12-29", time="16:40",
  paras=["Tháng 12/2023, Bộ phận Một cửa các xã, thị trấn tiếp nhận 1.208 hồ sơ. Chi tiết một số đơn vị:"],
  table=[["Xã, thị trấn", "Tiếp nhận", "Trực tuyến", "Bưu chính"], ["Thị trấn Tiên Yên", "311", "287", "14"], ["Xã Hải Lạng", "142", "120", "6"],
         ["Xã Đông Ngũ", "157", "139", "3"], ["Xã Phong Dụ", "64", "41", "9"]],
  tail=["Các xã vùng cao Phong Dụ và Hà Lâu có tỷ lệ trực tuyến thấp hơn do sóng điện thoại ở một số thôn còn yếu."],
  must=["Xã Hải Lạng", "tiếp nhận 1.208 hồ sơ", "sóng điện thoại ở một số thôn còn yếu"]),
 dict(id=3032, title="Ra quân tổng vệ sinh môi trường đón Tết", published="2023-12-23", time="07:30",
  paras=["Sáng 23/12, hơn 1.500 cán bộ, đoàn viên và nhân dân thị trấn Tiên Yên ra quân thu gom rác thải, khơi thông cống rãnh dọc sông Tiên Yên và khu chợ trung tâm."],
  must=["hơn 1.500 cán bộ", "khơi thông cống rãnh dọc sông Tiên Yên", "khu chợ trung tâm"]),
 dict(id=3025, title="Xã Đồng Rui phát triển du lịch sinh thái rừng ngập mặn", published="2023-12-11", time="10:15",
  paras=["Với hơn 2.000 ha rừng ngập mặn, xã đảo Đồng Rui đang hình thành các tour trải nghiệm chèo thuyền kayak, đi bộ trên cầu gỗ và thưởng thức hải sản do người dân đánh bắt.",
         "Năm 2023, xã đón khoảng 18.000 lượt khách, gấp đôi năm trước. Hợp tác xã dịch vụ du lịch của xã đã đào tạo 25 người dân làm hướng dẫn viên tại điểm.",
         "Hoàng Lâm"],
  must=["hơn 2.000 ha rừng ngập mặn", "chèo thuyền kayak", "18.000 lượt khách", "25 người dân làm hướng dẫn viên"]),
 dict(id=3019, title="Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã", published="2023-11-30", time="15:00",
  paras=["Ngày 29/11, Phòng Tư pháp huyện Tiên Yên tổ chức tập huấn nghiệp vụ hộ tịch cho công chức tư pháp - hộ tịch của 11 xã, thị trấn.",
         "Nội dung tập trung vào đăng ký khai sinh, khai tử liên thông trực tuyến, cấp bản sao trích lục và xử lý hồ sơ có yếu tố nước ngoài."],
  must=["công chức tư pháp - hộ tịch của 11 xã, thị trấn", "khai tử liên thông trực tuyến", "có yếu tố nước ngoài"]),
]
NOTICE = dict(id=3055, title="Thông báo nghỉ Tết Dương lịch năm 2024", pdf="/Portals/0/Docs/2023/TB-nghi-tet-duong-lich-2024.pdf")
P.furniture = ["Thống kê truy cập", "Hôm nay:", "Hôm qua:", "Tổng số:", "Số lần xem", "Các tin đã đưa", "Trang kế", "Bản in",
               "Giấy phép số 26/GP-TTĐT", "Đơn vị thiết kế"]


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def wd(iso):
    import datetime
    return WD[datetime.date(*map(int, iso.split("-"))).weekday()]


def layout(title, main, canonical=None, left=True):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}" />' if canonical else ""
    nav = "".join(f'<li><a href="{href(u)}">{t}</a></li>' for u, t in [("/", "Trang chủ"), ("/Default.aspx?tabid=95", "Giới thiệu"), (LIST, "Tin tức - Sự kiện"), ("/Default.aspx?tabid=130", "Dịch vụ công")])
    lc = '''<div class="DnnModule DnnModule-Counter"><div class="c_head">Thống kê truy cập</div><div id="dnn_ctr390_Counter_pnCounter"><table><tr><td>Hôm nay:</td><td>2291</td></tr><tr><td>Hôm qua:</td><td>3078</td></tr><tr><td>Tổng số:</td><td>9610447</td></tr></table></div></div>''' if left else ""
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>{esc(title)}</title>{c}</head>
<body id="Body"><form method="post" action="/Default.aspx?tabid=112" id="Form"><div id="dnn_ControlPanel"></div>
<div id="header"><img src="/Portals/0/banner-tienyen.png" alt="" /><ul class="topmenu">{nav}</ul></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td id="dnn_LeftPane" class="LeftPane" valign="top" width="220">{lc}</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">{main}</td></tr></table>
<div id="footer"><p>Cổng thông tin điện tử huyện Tiên Yên - Giấy phép số 26/GP-TTĐT do Sở Thông tin và Truyền thông Quảng Ninh cấp</p><p>Đơn vị thiết kế: Trung tâm Thông tin tỉnh</p></div>
</form></body></html>'''


def body_html(a):
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table class="MsoTableGrid" border="1"><tbody>' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    return body


def article_page(a):
    i = ARTS.index(a)
    rel = "".join(f'<li><a href="{href(art_url(b["id"]))}">{esc(b["title"])}</a> <span class="date">({dmy(b["published"])})</span></li>' for b in ARTS[i + 1:i + 4])
    main = f'''<div class="DnnModule DnnModule-NewsDetail DnnModule-507"><a name="507"></a><div id="dnn_ctr507_ContentPane" class="c_container">
<span id="dnn_ctr507_ViewDetail_lblTitle" class="news-title">{esc(a["title"])}</span>
<div class="news-date"><span id="dnn_ctr507_ViewDetail_lblDate">{wd(a["published"])}, {dmy(a["published"])}, {a["time"]}</span></div>
<div id="dnn_ctr507_ViewDetail_pnContent" class="news-content">{body_html(a)}</div>
<div class="news-tools"><span>Số lần xem: {a["id"] * 7 % 1000}</span> | <a href="{href(print_url(a["id"]))}" target="_blank">Bản in</a></div>
<div class="news-other"><div class="c_head">Các tin đã đưa</div><ul>{rel}</ul></div></div></div>'''
    return layout(a["title"], main, art_url(a["id"]))


def print_page(a):
    return f'''<!DOCTYPE html><html lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>{esc(a["title"])}</title><link rel="canonical" href="http://{{{{HOST}}}}{href(art_url(a["id"]))}" /></head>
<body onload="window.print()"><div class="print-title"><b>{esc(a["title"])}</b></div><div>{dmy(a["published"])} {a["time"]}</div><div class="print-content">{body_html(a)}</div></body></html>'''


def grid(items, page):
    rows = "".join(f'<tr class="rgRow"><td><a href="{href(art_url(a["id"]))}">{esc(a["title"])}</a> <span class="date">({dmy(a["published"])})</span><br />{esc(a["paras"][0][:120])}...</td></tr>' for a in items)
    pager = (f'<a href="{href(LIST2)}" class="rgPageNext" title="Trang kế">&gt;</a> <a href="{href(LIST2)}">2</a>' if page == 1 else f'<a href="{href(LIST)}" class="rgPagePrev">&lt;</a> <a href="{href(LIST)}">1</a>')
    return f'<div class="DnnModule DnnModule-507"><div class="c_head">Tin tức - Sự kiện</div><div class="RadGrid RadGrid_Default" id="dnn_ctr507_ListNews_grdNews"><table class="rgMasterTable"><tbody>{rows}</tbody><tfoot><tr class="rgPager"><td><div class="rgWrap rgNumPart">{pager}</div></td></tr></tfoot></table></div></div>'


P.add("/", layout("Trang chủ", grid(ARTS[:3], 1).replace(f'<a href="{href(LIST2)}" class="rgPageNext" title="Trang kế">&gt;</a> <a href="{href(LIST2)}">2</a>', f'<a href="{href(LIST)}">Xem tiếp</a>') + f'<div class="DnnModule"><div class="c_head">Thông báo</div><a href="{href(art_url(NOTICE["id"]))}">{esc(NOTICE["title"])}</a></div><div><a href="/Default.aspx?tabid=95">Giới thiệu huyện Tiên Yên</a></div>'), kind="non_article")
P.add(LIST, layout("Tin tức - Sự kiện", grid(ARTS[:4], 1)), kind="non_article")
P.add(LIST2, layout("Tin tức - Sự kiện", grid(ARTS[4:], 2)), kind="non_article")
P.add("/Default.aspx?tabid=95", layout("Giới thiệu", '<div class="DnnModule"><div class="c_head">Giới thiệu</div><div class="Normal"><p>Tiên Yên là huyện miền núi ven biển phía đông tỉnh Quảng Ninh, là đầu mối giao thông nối Móng Cái, Bình Liêu với Lạng Sơn.</p><p>Trụ sở: phố Thống Nhất, thị trấn Tiên Yên.</p></div></div>'), kind="non_article")
P.add(art_url(NOTICE["id"]), layout(NOTICE["title"], f'<div class="DnnModule"><span class="news-title">{esc(NOTICE["title"])}</span><div class="news-content"><p><a href="{href(NOTICE["pdf"])}">Tải văn bản</a></p></div></div>', art_url(NOTICE["id"])), kind="non_article")
for a in ARTS:
    P.add(art_url(a["id"]), article_page(a))
    P.article(art_url(a["id"]), a)
    P.add(print_url(a["id"]), print_page(a), kind="alternate")
P.write()

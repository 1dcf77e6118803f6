"""p9 quexuan_wc: Oracle WebCenter commune template shared across Quảng Nam
(dDocName URLs), xã Quế Xuân 1, huyện Quế Sơn. Hard cases: counter in the left
column before the content ("Đang truy cập" / "Tổng lượt truy cập", "." separators),
"dd/mm/yyyy - HH:MM" + "Lượt xem" line under the headline, portlet heading above
it, "Ảnh:" caption paragraph inside the body, "(Nguồn: ...)" closing line inside
the body (text), "Tin cùng chuyên mục" list with dates, bodies written entirely
as numeric character references, an undated news article."""
from common import Portal, esc, attr

P = Portal("quexuan_wc", "Trang thông tin điện tử xã Quế Xuân 1", "Quế Sơn", "Quảng Nam", "Oracle WebCenter (Quảng Nam commune template)")
SITE = "/webcenter/portal/quexuan1"
LIST = f"{SITE}/pages_tin-tuc"
def aurl(doc):
    return f"{SITE}/pages_tin-tuc/chi-tiet?dDocName=PORTAL{doc}"
def ncr(s):
    return "".join("&#%d;" % ord(c) if ord(c) > 127 else esc(c) for c in s)
MENU = [(f"{SITE}/pages_trang-chu", "Trang chủ"), (f"{SITE}/pages_gioi-thieu", "Giới thiệu"), (LIST, "Tin tức - Sự kiện"),
        (f"{SITE}/pages_thong-bao", "Thông báo"), (f"{SITE}/pages_lien-he", "Liên hệ")]
LEFT = """<div class="portlet-left"><div class="pl-title">THỐNG KÊ TRUY CẬP</div><div class="pl-body">Đang truy cập: 9<br>Hôm nay: 214<br>Tổng lượt truy cập: 1.076.530</div></div>
<div class="portlet-left"><div class="pl-title">DỊCH VỤ CÔNG</div><div class="pl-body"><a href="/webcenter/portal/quexuan1/pages_dvc">Tra cứu hồ sơ</a></div></div>"""


def shell(title, inner, canon=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<meta property="og:url" content="http://{{HOST}}%s">' % attr(canon) if canon else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(title)}</title>{can}</head>
<body><div id="T:pt1"><div class="qn-header"><div class="qn-logo">XÃ QUẾ XUÂN 1 - HUYỆN QUẾ SƠN</div></div><ul class="qn-menu">{menu}</ul>
<table class="qn-layout" width="100%"><tr><td class="qn-left" width="22%" valign="top">{LEFT}</td><td class="qn-center" valign="top">{inner}</td></tr></table>
<div class="qn-footer">Trang thông tin điện tử xã Quế Xuân 1 - Cơ quan chủ quản: UBND xã Quế Xuân 1<br>Vận hành trên nền tảng Cổng thông tin điện tử tỉnh Quảng Nam</div></div></body></html>"""


ARTS = []
def add(doc, title, date, tm, views, paras, must, caption=None):
    ARTS.append(dict(doc=doc, title=title, date=date, tm=tm, views=views, paras=paras, must=must, caption=caption))


add(561204, "Quế Xuân 1: kết quả thực hiện thủ tục hành chính 11 tháng năm 2024", "2024-11-28", "09:40", 63,
    ["Từ đầu năm đến ngày 25/11, bộ phận tiếp nhận và trả kết quả xã Quế Xuân 1 tiếp nhận 2.317 hồ sơ, cộng 21 hồ sơ chuyển từ năm trước.",
     "Xã đã giải quyết 2.298 hồ sơ, trong đó 1.905 hồ sơ trước hạn, 390 hồ sơ đúng hạn và 3 hồ sơ trễ hạn; đang giải quyết 40 hồ sơ. Hồ sơ trực tuyến một phần và toàn trình đạt 1.622, tỷ lệ 70%.",
     "Ba hồ sơ trễ hạn thuộc lĩnh vực đất đai do phải chờ xác minh nguồn gốc sử dụng đất; UBND xã đã có văn bản xin lỗi công dân.",
     "(Nguồn: Báo cáo số 214/BC-UBND của UBND xã Quế Xuân 1)"],
    ["cộng 21 hồ sơ chuyển từ năm trước", "1.905 hồ sơ trước hạn, 390 hồ sơ đúng hạn", "tỷ lệ 70%"])
add(560987, "Kết quả tự đánh giá chỉ số cải cách hành chính năm 2024 của xã", "2024-11-12", "15:05", 48,
    ["UBND xã Quế Xuân 1 hoàn thành tự chấm điểm Chỉ số cải cách hành chính năm 2024 theo bộ tiêu chí của tỉnh, tổng điểm tự đánh giá là 86,25/100.",
     [["Lĩnh vực", "Điểm tối đa", "Tự chấm"], ["Công tác chỉ đạo, điều hành", "12", "11,00"], ["Cải cách thủ tục hành chính", "25", "23,50"], ["Hiện đại hóa hành chính", "15", "12,75"], ["Tác động của cải cách", "20", "16,50"]],
     "Lĩnh vực hiện đại hóa hành chính bị trừ điểm do tỷ lệ văn bản ký số ở bộ phận tài chính còn thấp. Kết quả đã gửi Phòng Nội vụ huyện thẩm định.",
     "(Nguồn: Văn phòng - Thống kê xã)"],
    ["86,25/100", "Cải cách thủ tục hành chính", "23,50", "văn bản ký số ở bộ phận tài chính"])
add(560812, "Nông dân Quế Xuân 1 xuống giống vụ đông xuân sớm", None, "", 37,
    ["Ngay sau khi nước lũ rút, nông dân các thôn Phú Đông, Phước Thuận đã vệ sinh đồng ruộng, chuẩn bị xuống giống gần 300 ha lúa vụ đông xuân.",
     "Hợp tác xã nông nghiệp hỗ trợ cày đất bằng máy và cung ứng giống lúa thuần chất lượng cao, bà con được trả chậm tiền giống sau thu hoạch.",
     "(Nguồn: Hợp tác xã nông nghiệp Quế Xuân)"],
    ["gần 300 ha lúa vụ đông xuân", "trả chậm tiền giống sau thu hoạch", "Phú Đông, Phước Thuận"],
    caption="Ảnh: Nông dân thôn Phú Đông làm đất chuẩn bị gieo sạ")
add(560655, "Tặng 50 áo phao cho ngư dân ven sông Ly Ly", "2024-10-18", "10:30", 55,
    ["Đoàn Thanh niên xã phối hợp với một nhóm thiện nguyện ở Đà Nẵng trao 50 áo phao cứu sinh cho các hộ đánh bắt cá trên sông Ly Ly.",
     "Đây là hoạt động nằm trong kế hoạch phòng, chống đuối nước mùa mưa bão năm 2024 của xã.",
     "(Nguồn: Đoàn Thanh niên xã)"],
    ["50 áo phao cứu sinh", "sông Ly Ly", "phòng, chống đuối nước mùa mưa bão"])
add(560501, "Thôn Phước Thuận ra mắt mô hình camera an ninh", "2024-10-03", "08:00", 71,
    ["Mô hình gồm 8 camera lắp tại các ngã ba, ngã tư trong thôn, kinh phí 46 triệu đồng do người dân và doanh nghiệp đóng góp.",
     "Hình ảnh được kết nối về điện thoại của trưởng thôn và công an xã, giúp phát hiện sớm các vụ trộm cắp tài sản.",
     "(Nguồn: Công an xã Quế Xuân 1)"],
    ["8 camera", "kinh phí 46 triệu đồng", "trộm cắp tài sản"])

for a in ARTS:
    body = []
    for n, b in enumerate(a["paras"]):
        if isinstance(b, list):
            body.append('<table class="MsoTableGrid" border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % ncr(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % ncr(b))
        if n == 0 and a["caption"]:
            body.append(f'<p style="text-align:center"><img src="/documents/quexuan1/{a["doc"]}.jpg"></p><p style="text-align:center"><em>{ncr(a["caption"])}</em></p>')
    same = [x for x in ARTS if x is not a][:3]
    li = "".join(f'<li><a href="{attr(aurl(x["doc"]))}">{esc(x["title"])}</a>' + (f' <span class="date">{x["date"][8:]}/{x["date"][5:7]}/{x["date"][:4]}</span>' if x["date"] else "") + "</li>" for x in same)
    d = a["date"]
    dline = f'{d[8:]}/{d[5:7]}/{d[:4]} - {a["tm"]} | ' if d else ""
    inner = f"""<div class="portlet-center"><div class="pc-title">TIN TỨC - SỰ KIỆN</div>
<div class="detail"><h2 class="detail-title">{esc(a['title'])}</h2><div class="detail-info">{dline}Lượt xem: {a['views']}</div>
<div class="detail-content">{''.join(body)}</div></div>
<div class="other"><div class="other-title">Tin cùng chuyên mục</div><ul>{li}</ul></div></div>"""
    path = aurl(a["doc"])
    P.page(path, shell(a["title"], inner, canon=path))
    P.article(path, a["title"], d, a["paras"], a["must"], extra_text=[a["caption"] or ""])


def listing(items, page):
    out = "".join(f'<div class="item"><a href="{attr(aurl(x["doc"]))}">{esc(x["title"])}</a></div>' for x in items)
    pg = f'<div class="paging"><a href="{LIST}">1</a> <a href="{LIST}?page=2">2</a></div>'
    return f'<div class="portlet-center"><div class="pc-title">TIN TỨC - SỰ KIỆN</div>{out}{pg}</div>'


P.page(LIST, shell("Tin tức - Sự kiện", listing(ARTS[:3], 1)))
P.page(LIST + "?page=2", shell("Tin tức - Sự kiện", listing(ARTS[3:], 2)))
P.page("/", shell("Trang chủ", listing(ARTS[:3], 1)))
P.page(f"{SITE}/pages_trang-chu", shell("Trang chủ", listing(ARTS[:3], 1)))
P.page(f"{SITE}/pages_lien-he", shell("Liên hệ", '<div class="portlet-center"><div class="pc-title">LIÊN HỆ</div><p>UBND xã Quế Xuân 1, thôn Phú Đông, huyện Quế Sơn, tỉnh Quảng Nam</p><p>Điện thoại: 0235.3885.xxx</p></div>'))
NOTE = aurl(561250)
P.page(f"{SITE}/pages_thong-bao", shell("Thông báo", f'<div class="portlet-center"><div class="pc-title">THÔNG BÁO</div><div class="item"><a href="{attr(NOTE)}">Thông báo lịch trực Tết Dương lịch năm 2025</a></div></div>'))
P.page(NOTE, shell("Thông báo lịch trực Tết Dương lịch năm 2025", '<div class="portlet-center"><div class="pc-title">THÔNG BÁO</div><div class="detail"><h2 class="detail-title">Thông báo lịch trực Tết Dương lịch năm 2025</h2><div class="detail-content"><p><a href="/documents/quexuan1/lich-truc-tet-2025.pdf">lich-truc-tet-2025.pdf</a></p></div></div></div>', canon=NOTE))
P.non_articles += [f"{SITE}/pages_lien-he", f"{SITE}/pages_thong-bao", NOTE]
P.furniture = ["THỐNG KÊ TRUY CẬP", "Đang truy cập: 9", "Tổng lượt truy cập: 1.076.530", "Lượt xem:", "Tin cùng chuyên mục",
               "Tra cứu hồ sơ", "Vận hành trên nền tảng Cổng thông tin điện tử tỉnh Quảng Nam", "TIN TỨC - SỰ KIỆN"]
P.write()

"""p5 tienyen_dnn: DotNetNuke with friendly tabid URLs, huyện Tiên Yên, Quảng Ninh.
Hard cases: module title above the headline (span, not h1), date only in a
"Cập nhật" stamp AFTER the text, bare author paragraph inside the body (text),
an online/total counter inside the module container just below the article,
"Tin khác" list with dates, Telerik pager (rgPageNext), "Lịch sử" intro page."""
from common import Portal, esc, attr

P = Portal("tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke")
LIST = "/tabid/89/Default.aspx"
def aurl(i):
    return f"/tabid/89/ctl/Detail/mid/507/ItemID/{i}/Default.aspx"
MENU = [("/Default.aspx", "Trang chủ"), ("/tabid/60/Default.aspx", "Lịch sử hình thành"), (LIST, "Tin tức sự kiện"),
        ("/tabid/95/Default.aspx", "Thông báo"), ("/tabid/77/Default.aspx", "Công khai ngân sách"), ("/tabid/80/Default.aspx", "Sơ đồ site")]


def shell(title, inner, canon=None):
    menu = "".join('<li class="dnnmenu-item"><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canon) if canon else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title>{can}</head>
<body id="Body"><form method="post" action="/Default.aspx" id="Form"><div id="dnn_wrapper">
<div id="dnn_Header"><img src="/Portals/0/banner-tienyen.jpg" alt="" /><div class="chaomung">Huyện Tiên Yên chào mừng Đại hội đại biểu các dân tộc thiểu số lần thứ IV</div></div>
<div id="dnn_dnnNAV"><ul>{menu}</ul></div>
<div id="dnn_ContentPane">{inner}</div>
<div id="dnn_FooterPane"><div class="footer-info">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN YÊN<br/>Cơ quan quản lý: Văn phòng HĐND - UBND huyện Tiên Yên<br/>Phố Thống Nhất, thị trấn Tiên Yên, tỉnh Quảng Ninh</div></div>
</div></form></body></html>"""


ARTS = []
def add(i, title, date, time, body, must):
    ARTS.append(dict(i=i, title=title, date=date, time=time, body=body, must=must))


add(3310, "Tiên Yên: 9 tháng năm 2024 tiếp nhận gần 12 nghìn hồ sơ hành chính", "2024-10-04", "14:32",
    ["Theo số liệu của Trung tâm Hành chính công huyện Tiên Yên, 9 tháng năm 2024 toàn huyện tiếp nhận 11.862 hồ sơ thủ tục hành chính, cộng với 327 hồ sơ tồn kỳ trước.",
     "Các cơ quan đã giải quyết 11.790 hồ sơ, trong đó 10.243 hồ sơ giải quyết trước hạn, 1.512 hồ sơ đúng hạn, 35 hồ sơ quá hạn. Còn 399 hồ sơ đang giải quyết.",
     "Tỷ lệ hồ sơ trực tuyến đạt 84,7%; có 1.068 hồ sơ được trả kết quả qua bưu điện. Chỉ số SIPAS năm 2023 của huyện đạt 87,92%, đứng thứ 6 trong 13 địa phương của tỉnh.",
     "Trung tâm tiếp tục duy trì việc đón tiếp người dân vào sáng thứ Bảy hằng tuần để phục vụ người lao động ở các khu công nghiệp.",
     "Lâm Hoa"],
    ["cộng với 327 hồ sơ tồn kỳ trước", "10.243 hồ sơ giải quyết trước hạn", "SIPAS năm 2023 của huyện đạt 87,92%"])
add(3302, "Kết quả chấm điểm DDCI các phòng, ban và xã, thị trấn năm 2023", "2024-09-17", "09:05",
    ["Ban Chỉ đạo đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) của huyện đã công bố kết quả năm 2023.",
     [["Khối", "Đơn vị dẫn đầu", "Điểm", "Đơn vị xếp cuối", "Điểm"], ["Phòng, ban", "Phòng Kinh tế và Hạ tầng", "82,14", "Phòng Giáo dục và Đào tạo", "71,03"], ["Xã, thị trấn", "Thị trấn Tiên Yên", "84,56", "Xã Hà Lâu", "69,88"]],
     "Khảo sát được thực hiện với 412 doanh nghiệp, hợp tác xã và hộ kinh doanh. Các tiêu chí tính minh bạch và chi phí thời gian được cải thiện rõ nhất.",
     "Đức Hiếu"],
    ["Phòng Kinh tế và Hạ tầng", "84,56", "412 doanh nghiệp, hợp tác xã và hộ kinh doanh"])
add(3297, "Phiên chợ vùng cao Đông Ngũ thu hút đông đảo du khách", "2024-09-02", "18:10",
    ["Phiên chợ vùng cao tổ chức dịp Quốc khánh tại xã Đông Ngũ có 60 gian hàng nông sản, thổ cẩm và ẩm thực của đồng bào Sán Chỉ, Dao Thanh Phán, Tày.",
     "Nhiều du khách từ Hạ Long, Móng Cái đến thưởng thức bánh coóc mò, gà Tiên Yên luộc lá chanh và xem múa trống của người Sán Chỉ.",
     "Phạm Tâm"],
    ["60 gian hàng nông sản, thổ cẩm và ẩm thực", "bánh coóc mò", "múa trống của người Sán Chỉ"])
add(3289, "Nâng cấp tuyến đê biển Đồng Rui", "2024-08-20", "07:55",
    ["Dự án nâng cấp 4,3 km đê biển xã Đồng Rui đã hoàn thành 70% khối lượng, dự kiến bàn giao trước mùa mưa bão năm sau.",
     "Tuyến đê bảo vệ gần 500 hộ dân và hơn 300 ha đầm nuôi tôm, cua. Đơn vị thi công đang tăng ca để kịp đắp mái đê phía biển khi triều thấp.",
     "Đức Hiếu"],
    ["4,3 km đê biển xã Đồng Rui", "hơn 300 ha đầm nuôi tôm, cua", "khi triều thấp"])
add(3281, "Trao học bổng cho học sinh dân tộc thiểu số vượt khó", "2024-08-11", "10:20",
    ["Hội Khuyến học huyện trao 85 suất học bổng, mỗi suất 1,5 triệu đồng, cho học sinh các xã vùng khó khăn trước năm học mới.",
     "Nguồn học bổng do các doanh nghiệp đóng chân trên địa bàn và con em quê hương đang công tác xa ủng hộ.",
     "Lâm Hoa"],
    ["85 suất học bổng", "mỗi suất 1,5 triệu đồng", "con em quê hương đang công tác xa"])
add(3274, "Ra mắt mô hình Dân vận khéo trong bảo vệ rừng ngập mặn", "2024-07-29", "15:40",
    ["Xã Hải Lạng ra mắt mô hình dân vận khéo trong bảo vệ rừng ngập mặn với 4 tổ tuần tra, mỗi tổ 6 người.",
     "Các tổ sẽ phối hợp với kiểm lâm địa bàn ngăn chặn việc chặt phá cây sú, vẹt và khai thác hải sản bằng kích điện.",
     "Phạm Tâm"],
    ["4 tổ tuần tra, mỗi tổ 6 người", "cây sú, vẹt", "khai thác hải sản bằng kích điện"])

for k, a in enumerate(ARTS):
    d = a["date"]
    others = [x for x in ARTS if x is not a][:4]
    body = []
    for b in a["body"]:
        if isinstance(b, list):
            body.append('<table class="tbl" border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % esc(b))
    body[-1] = body[-1].replace("<p>", '<p style="text-align:right"><strong>', 1).replace("</p>", "</strong></p>")
    oth = "".join(f'<li><a href="{aurl(x["i"])}">{esc(x["title"])}</a> <span class="ngay">({x["date"][8:]}/{x["date"][5:7]}/{x["date"][:4]})</span></li>' for x in others)
    inner = f"""<div class="DnnModule DnnModule-NewsDetail DnnModule-507"><div class="c_head"><span id="dnn_ctr507_dnnTITLE_lblTitle" class="Head">TIN TỨC SỰ KIỆN</span></div>
<div id="dnn_ctr507_ContentPane" class="contentpane"><div id="dnn_ctr507_ModuleContent">
<span id="dnn_ctr507_NewsDetail_lblTitle" class="news-title">{esc(a['title'])}</span>
<div id="dnn_ctr507_NewsDetail_pnlContent" class="news-content">{''.join(body)}</div>
<div class="news-update">Cập nhật: {a['time']} {d[8:]}/{d[5:7]}/{d[:4]}</div>
<div class="news-stat">Trực tuyến: 41 | Tổng: 9874213</div>
<div class="news-tools"><a href="/tabid/89/ctl/Print/mid/507/ItemID/{a['i']}/Default.aspx">Bản in</a> <a href="javascript:history.back()">Trở về</a></div>
<div class="news-other"><div class="news-other-title">Tin khác</div><ul>{oth}</ul></div></div></div></div>"""
    P.page(aurl(a["i"]), shell(a["title"], inner, canon=aurl(a["i"])))
    P.article(aurl(a["i"]), a["title"], d, a["body"], a["must"])


def listing(items, page):
    out = "".join(f"""<div class="news-item"><a class="news-item-title" href="{aurl(x['i'])}">{esc(x['title'])}</a><span class="ngay"> - {x['date'][8:]}/{x['date'][5:7]}/{x['date'][:4]}</span></div>""" for x in items)
    pager = (f'<div class="rgWrap rgNumPart"><a href="{LIST}" class="rgCurrentPage"><span>1</span></a><a href="{LIST}?page=2"><span>2</span></a></div><a class="rgPageNext" title="Trang sau" href="{LIST}?page=2"></a>'
             if page == 1 else f'<div class="rgWrap rgNumPart"><a href="{LIST}"><span>1</span></a><a class="rgCurrentPage" href="{LIST}?page=2"><span>2</span></a></div><a class="rgPagePrev" title="Trang trước" href="{LIST}"></a>')
    return f'<div class="DnnModule"><div class="c_head"><span id="dnn_ctr505_dnnTITLE_lblTitle" class="Head">TIN TỨC SỰ KIỆN</span></div><div id="dnn_ctr505_ModuleContent">{out}<div class="RadGrid"><div class="rgPager">{pager}</div></div></div></div>'


P.page(LIST, shell("Tin tức sự kiện", listing(ARTS[:3], 1)))
P.page(LIST + "?page=2", shell("Tin tức sự kiện", listing(ARTS[3:], 2)))
P.page("/", shell("Trang chủ", listing(ARTS[:3], 1)))
P.page("/Default.aspx", shell("Trang chủ", listing(ARTS[:3], 1)))
hist = """<div class="DnnModule"><div class="c_head"><span class="Head">LỊCH SỬ HÌNH THÀNH</span></div><div id="dnn_ctr480_ModuleContent" class="Normal">
<p>Tiên Yên là vùng đất cổ, từng là nơi giao thương sầm uất giữa miền xuôi với vùng biên giới phía đông bắc. Từ thời Lê, nơi đây đã có chợ lớn, thuyền buôn từ các cửa biển ngược sông Tiên Yên vào trao đổi hàng hóa.</p>
<p>Dưới thời Pháp thuộc, Tiên Yên là châu lỵ, rồi trở thành một trong những trung tâm hành chính của vùng Hải Ninh. Trong hai cuộc kháng chiến, nhân dân các dân tộc Tiên Yên đã đóng góp sức người, sức của cho tiền tuyến.</p>
<p>Ngày nay huyện có 11 đơn vị hành chính cấp xã, là đầu mối giao thông nối Quốc lộ 18 với Quốc lộ 4B đi Lạng Sơn. Thị trấn Tiên Yên vẫn giữ được dãy phố cổ với những ngôi nhà mái ngói hai tầng.</p>
<p>Huyện đang xây dựng thương hiệu gà Tiên Yên và phát triển du lịch gắn với văn hóa các dân tộc Tày, Dao, Sán Chỉ, Sán Dìu.</p></div></div>"""
P.page("/tabid/60/Default.aspx", shell("Lịch sử hình thành", hist))
P.page("/tabid/95/Default.aspx", shell("Thông báo", """<div class="DnnModule"><div class="c_head"><span class="Head">THÔNG BÁO</span></div><div class="Normal">
<span class="news-title">Thông báo về việc tạm dừng cấp nước sạch khu vực thị trấn Tiên Yên ngày 12/10/2024</span>
<div><a href="/Portals/0/Docs/TB_tamdungcapnuoc.pdf">Xem tệp đính kèm</a></div></div></div>"""))
P.non_articles += ["/tabid/60/Default.aspx", "/tabid/95/Default.aspx"]
P.furniture = ["Trực tuyến: 41", "Tổng: 9874213", "Bản in", "Trở về", "Tin khác", "TIN TỨC SỰ KIỆN", "Công khai ngân sách",
               "Sơ đồ site", "Cơ quan quản lý: Văn phòng HĐND - UBND huyện Tiên Yên",
               "Huyện Tiên Yên chào mừng Đại hội đại biểu các dân tộc thiểu số lần thứ IV"]
P.write()

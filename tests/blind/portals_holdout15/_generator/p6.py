"""p6: DotNetNuke (tabid, Telerik pager), huyện Hải Hậu, Nam Định. Page text is served in NFD."""
from datetime import date
from common import Portal, esc, attr, nfd

P = Portal("p6_haihau", "Cổng thông tin điện tử huyện Hải Hậu", "Hải Hậu", "Nam Định", "DotNetNuke")
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def au(n):
    return "/Default.aspx?tabid=89&newsid=%d" % n


A = [
 dict(n=5120, t="Hải Hậu giải quyết 99,2% hồ sơ trước và đúng hạn năm 2024", d=date(2024, 12, 2), tm="09:20",
      p=["Năm 2024, Trung tâm Hành chính công huyện Hải Hậu và UBND 32 xã, thị trấn tiếp nhận tổng cộng 41.377 hồ sơ, trong đó 1.019 hồ sơ từ năm 2023 chuyển sang.",
         "Đã giải quyết 40.210 hồ sơ: trước hạn 22.645, đúng hạn 17.243, quá hạn 322; hồ sơ đang giải quyết là 1.167.",
         "Tỷ lệ hồ sơ nộp trực tuyến đạt 61,4%; số hồ sơ nhận và trả qua dịch vụ bưu chính công ích là 1.854.",
         "Chỉ số SIPAS của huyện năm 2024 ước đạt 87,9%, PAR Index năm 2023 xếp thứ 4/10 huyện, thành phố."],
      table=[["Đơn vị", "Tiếp nhận", "Quá hạn"], ["Thị trấn Yên Định", "3.912", "41"], ["Xã Hải Thanh", "1.506", "7"], ["Xã Hải Lý", "1.288", "12"]], tat=2, cell="Xã Hải Thanh"),
 dict(n=5104, t="Kiểm tra công vụ đột xuất tại 6 xã", d=date(2024, 11, 21), tm="14:05",
      p=["Đoàn kiểm tra công vụ của UBND huyện Hải Hậu vừa kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại 6 xã ven biển.",
         "Đoàn đã rà soát 1.236 hồ sơ tiếp nhận từ đầu quý IV tại 6 xã: 1.118 hồ sơ đã trả kết quả, trong đó 604 hồ sơ trước hạn, 489 hồ sơ đúng hạn, 25 hồ sơ trễ hạn; còn 118 hồ sơ đang giải quyết.",
         "Tỷ lệ hồ sơ nộp trực tuyến tại các xã được kiểm tra mới đạt 48,7%, thấp hơn mức bình quân của huyện; 3 công chức bị nhắc nhở vì đến muộn.",
         "Đoàn đề nghị UBND các xã chấn chỉnh, đồng thời công khai số điện thoại đường dây nóng tại Bộ phận Một cửa."]),
 dict(n=5097, t="Lễ hội đền Quán Ngánh năm 2024", d=date(2024, 11, 12), tm="08:45",
      p=["Từ ngày 10 đến 12/11, xã Hải Quang tổ chức lễ hội đền Quán Ngánh với phần lễ rước kiệu và nhiều trò chơi dân gian.",
         "Hàng nghìn người dân và du khách thập phương đã về dự, góp phần quảng bá văn hóa vùng biển Hải Hậu."]),
 dict(n=5083, t="Gia cố đê biển đoạn Hải Triều trước mùa bão", d=date(2024, 10, 29), tm="10:30",
      p=["Hạt Quản lý đê Hải Hậu đang khẩn trương gia cố 350 m đê biển tại xã Hải Triều bằng cấu kiện bê tông đúc sẵn.",
         "Công trình có tổng kinh phí 7,8 tỷ đồng, dự kiến hoàn thành trong tháng 12/2024.",
         "Trần Quốc Việt"]),
 dict(n=5070, t="Thu hoạch lúa mùa đạt năng suất khá", d=date(2024, 10, 15), tm="16:10",
      p=["Vụ mùa năm nay, toàn huyện gieo cấy 12.950 ha lúa, năng suất bình quân ước đạt 60,5 tạ/ha.",
         "Các giống lúa chất lượng cao như ST25, Nàng Hương chiếm trên 70% diện tích."]),
 dict(n=5061, t="Khai trương bến cá Hải Lý", d=date(2024, 10, 5), tm="07:30", short=True,
      p=["Ngày 5/10, bến cá Hải Lý chính thức đi vào hoạt động, có thể tiếp nhận cùng lúc 40 tàu cá công suất dưới 400 CV."]),
]

MENU = [("/", "Trang chủ"), ("/Default.aspx?tabid=86", "Giới thiệu"), ("/Default.aspx?tabid=89&cateid=12", "Tin tức - Sự kiện"), ("/Default.aspx?tabid=95", "Văn bản - Thông báo"), ("/Default.aspx?tabid=97", "Thủ tục hành chính")]


def page(title, main, canon=None):
    s = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><title>%s</title>%s</head><body>
<form name="Form" method="post" action="/Default.aspx?tabid=89" id="Form"><div id="dnn_ControlPanel"></div>
<div class="hh-header">HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH</div><div id="dnn_dnnNAV"><ul>%s</ul></div>
<div id="dnn_ContentPane">%s</div><div id="dnn_RightPane"><div class="DNNModuleContent"><span class="Head">Liên kết nhanh</span><a href="/Default.aspx?tabid=97">Tra cứu hồ sơ</a></div></div>
<div id="dnn_FooterPane"><p>Bản quyền © UBND huyện Hải Hậu. Ghi rõ nguồn "Cổng TTĐT huyện Hải Hậu" khi trích dẫn.</p>
<span class="dem">Lượt truy nhập: 12845530</span> <span class="dem">Trực tuyến lúc này: 44</span></div></form></body></html>""" % (
        esc(title), ('<link rel="canonical" href="http://{{HOST}}%s"/>' % attr(canon)) if canon else "",
        "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU), main)
    return nfd(s)


def module(ctr, title, inner):
    return '<div class="DnnModule DnnModule-%d"><div class="c_head"><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">%s</span></div><div id="dnn_ctr%d_ContentPane">%s</div></div>' % (ctr, ctr, esc(title), ctr, inner)


for a in A:
    url = au(a["n"])
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table class="MsoTableGrid">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]))
    others = "".join('<li><a href="%s">%s</a> - <span>%s</span></li>' % (attr(au(o["n"])), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in A if o is not a and o["d"] < a["d"])
    inner = """<span id="dnn_ctr507_ViewNews_lblTitle" class="news-title"><b>%s</b></span><br/>
<span id="dnn_ctr507_ViewNews_lblDate" class="news-date">%s, %s - %s</span> <a href="/Default.aspx?tabid=89&amp;newsid=%d&amp;print=1">In trang</a>
<div id="dnn_ctr507_ViewNews_pnlContent" class="news-content">%s</div>
<div class="news-other"><span class="Head">Xem thêm các tin đã đưa</span><ul>%s</ul></div>""" % (
        esc(a["t"]), THU[a["d"].weekday()], a["d"].strftime("%d/%m/%Y"), a["tm"], a["n"], "\n".join(body), others)
    P.add_page(url, page(a["t"], module(507, "Tin tức - Sự kiện", inner), canon=url))
    P.gold_article(url, a["t"], a["d"], a["p"], table_cell=a.get("cell"))

L = "/Default.aspx?tabid=89&cateid=12"
L2 = "/Default.aspx?tabid=89&cateid=12&page=2"


def grid(lst, cur):
    rows = "".join('<tr class="rgRow"><td><a href="%s">%s</a></td><td>%s</td></tr>' % (attr(au(a["n"])), esc(a["t"]), a["d"].strftime("%d/%m/%Y")) for a in lst)
    nxt = '<a class="rgPageNext" href="%s">&gt;</a>' % attr(L2) if cur == 1 else '<a class="rgPagePrev" href="%s">&lt;</a>' % attr(L)
    return '<table class="rgMasterTable">%s</table><div class="rgPager"><a href="%s">1</a> <a href="%s">2</a> %s</div>' % (rows, attr(L), attr(L2), nxt)


P.add_page(L, page("Tin tức - Sự kiện", module(508, "Tin tức - Sự kiện", grid(A[:3], 1))))
P.add_page(L2, page("Tin tức - Sự kiện", module(508, "Tin tức - Sự kiện", grid(A[3:], 2))))
NOTE = "/Default.aspx?tabid=95&docid=733"
P.add_page("/Default.aspx?tabid=95", page("Văn bản - Thông báo", module(611, "Văn bản - Thông báo", '<table><tr><td>73/TB-UBND</td><td><a href="%s">Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Hải Hòa</a></td></tr></table>' % attr(NOTE))))
P.add_page(NOTE, page("Thông báo", module(611, "Văn bản - Thông báo", '<span class="news-title"><b>Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Hải Hòa</b></span><p><a href="/Portals/0/VanBan/73-TB-UBND.pdf">73-TB-UBND.pdf</a></p>')))
P.add_page("/", page("Trang chủ", module(400, "Tin mới cập nhật", grid(A[:4], 1)) + module(401, "Thông báo", '<a href="%s">Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Hải Hòa</a>' % attr(NOTE))))
P.non_articles += ["/", L, L2, "/Default.aspx?tabid=95", NOTE]
P.furniture += ["Lượt truy nhập:", "12845530", "Trực tuyến lúc này", "Liên kết nhanh", "Tra cứu hồ sơ", "Xem thêm các tin đã đưa", "In trang",
                "Ghi rõ nguồn \"Cổng TTĐT huyện Hải Hậu\" khi trích dẫn", "Tin mới cập nhật"]
P.write()

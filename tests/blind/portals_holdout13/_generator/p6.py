"""p6: DotNetNuke (tabid URLs, dnn_ctrNNN ids, Telerik pager), huyện Hải Hà, Quảng Ninh.
Hard cases: pages served in windows-1258 (tone marks as combining characters), headline in a span,
date printed only after the text ("Ngày đăng"), bare author paragraph at the end of the body,
"Trực tuyến / Tổng" counter just above the footer licence, documents page, menu item for a dead tab."""
from common import Portal, esc, cp1258_bytes

P = Portal("haiha_quangninh", "Cổng thông tin điện tử huyện Hải Hà", "Hải Hà", "Quảng Ninh", "dotnetnuke", charset="windows-1258")
P.encode = cp1258_bytes
P.furniture = ["Trực tuyến:", "Tổng:", "Giấy phép số 12/GP-STTTT", "Bản đồ hành chính", "Ngày đăng:", "Trang sau", "Xem tiếp"]
TAB = "/Default.aspx?tabid=112&ch=5"


def shell(title, body):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>{esc(title)}</title></head>
<body><form name="Form" method="post" action="/Default.aspx?tabid=112" id="Form">
<div id="dnn_HeaderPane"><img src="/Portals/0/banner-haiha.jpg" alt="Huyện Hải Hà" /></div>
<div id="dnn_MenuPane"><a href="/Default.aspx?tabid=36">Trang chủ</a> <a href="/Default.aspx?tabid=40">Tổng quan</a> <a href="{esc(TAB)}">Tin tức</a> <a href="/Default.aspx?tabid=120">Văn bản</a> <a href="/Default.aspx?tabid=131">Bản đồ hành chính</a></div>
<div id="dnn_ContentPane">{body}</div>
<div class="counter-bar">Trực tuyến: 36 &nbsp; Tổng: 5208117</div>
<div id="dnn_FooterPane"><p>Cổng thông tin điện tử huyện Hải Hà - Giấy phép số 12/GP-STTTT</p><p>Địa chỉ: Thị trấn Quảng Hà, huyện Hải Hà, tỉnh Quảng Ninh</p></div></form></body></html>"""


ARTS = [
 dict(id=4512, title="Hải Hà: 6 tháng đầu năm giải quyết trước hạn 91% hồ sơ", date="2024-07-04",
  blocks=["Theo báo cáo của Trung tâm Hành chính công huyện Hải Hà, 6 tháng đầu năm 2024 trung tâm tiếp nhận 5.912 hồ sơ; kỳ trước chuyển sang 146 hồ sơ.",
          "Đã giải quyết 5.870 hồ sơ, trong đó trước hạn 5.342 hồ sơ (đạt 91%), đúng hạn 521 hồ sơ, quá hạn 7 hồ sơ. Hiện còn 188 hồ sơ đang giải quyết.",
          "Hồ sơ nộp trực tuyến là 5.203 hồ sơ; qua dịch vụ bưu chính công ích 411 hồ sơ.",
          "Chỉ số DDCI năm 2023 của huyện đạt 78,12 điểm, xếp thứ 2 trong nhóm các huyện.",
          "Phạm Thanh Nga"],
  must=["kỳ trước chuyển sang 146 hồ sơ", "trước hạn 5.342 hồ sơ (đạt 91%)", "bưu chính công ích 411 hồ sơ", "đạt 78,12 điểm, xếp thứ 2"]),
 dict(id=4519, title="Tổng hợp chỉ số hài lòng tại bộ phận một cửa các xã quý II", date="2024-07-11",
  blocks=["Kết quả khảo sát mức độ hài lòng của tổ chức, cá nhân tại bộ phận một cửa cấp xã quý II/2024 như sau:",
          [["Đơn vị", "Số phiếu", "Mức độ hài lòng"], ["Xã Quảng Long", "210", "98,6%"], ["Xã Đường Hoa", "185", "97,3%"], ["Xã Quảng Phong", "164", "95,1%"], ["Thị trấn Quảng Hà", "402", "99,0%"]],
          "Mức độ hài lòng bình quân của cấp xã đạt 97,7%.", "Phạm Thanh Nga"],
  must=["Xã Đường Hoa", "Mức độ hài lòng bình quân của cấp xã đạt 97,7%", "Kết quả khảo sát mức độ hài lòng"]),
 dict(id=4523, title="Ngư dân Cái Chiên vươn khơi đầu vụ cá nam", date="2024-05-15",
  blocks=["Những ngày đầu vụ cá nam, hơn 90 tàu cá của ngư dân xã đảo Cái Chiên đã ra khơi.", "Trạm Biên phòng hướng dẫn bà con thực hiện nhật ký khai thác và không xâm phạm vùng biển nước ngoài.", "Vũ Hòa"],
  must=["hơn 90 tàu cá", "xã đảo Cái Chiên", "nhật ký khai thác"]),
 dict(id=4527, title="Khánh thành chợ trung tâm thị trấn Quảng Hà sau cải tạo", date="2024-06-01",
  blocks=["Chợ trung tâm thị trấn Quảng Hà được cải tạo với tổng vốn 38 tỷ đồng, bố trí 420 ki-ốt.", "Tiểu thương được miễn phí thuê ki-ốt trong ba tháng đầu.", "Vũ Hòa"],
  must=["tổng vốn 38 tỷ đồng", "420 ki-ốt", "miễn phí thuê ki-ốt"]),
 dict(id=4530, title="Phát động Tháng hành động vì trẻ em", date="2024-06-03",
  blocks=["UBND huyện Hải Hà phát động Tháng hành động vì trẻ em với chủ đề tạo môi trường sống an toàn cho trẻ.", "Các xã tổ chức dạy bơi miễn phí cho học sinh tiểu học trong dịp hè."],
  must=["Tháng hành động vì trẻ em", "môi trường sống an toàn", "dạy bơi miễn phí"]),
 dict(id=4533, title="Hội nghị xúc tiến đầu tư vào Khu công nghiệp cảng biển Hải Hà", date="2024-06-20",
  blocks=["Hội nghị có sự tham gia của hơn 50 doanh nghiệp trong và ngoài nước.", "Lãnh đạo huyện cam kết rút ngắn thời gian giải quyết thủ tục đầu tư so với quy định.", "Thu Trang"],
  must=["hơn 50 doanh nghiệp", "rút ngắn thời gian giải quyết thủ tục đầu tư", "Lãnh đạo huyện cam kết"]),
]
for a in ARTS:
    a["path"] = TAB + "&ItemID=%d" % a["id"]


def bl(blocks):
    o = []
    for b in blocks:
        if isinstance(b, str):
            o.append('<p style="text-align: justify">%s</p>' % esc(b))
        else:
            o.append('<table border="1" style="width:100%">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
    return "".join(o)


for a in ARTS:
    d = a["date"]
    body = f"""<div class="DnnModule DnnModule-NewsDetail"><div id="dnn_ctr507_ContentPane"><div id="dnn_ctr507_NewsDetail_pnlDetail">
<span id="dnn_ctr507_NewsDetail_lblTitle" class="news-title">{esc(a['title'])}</span>
<div id="dnn_ctr507_NewsDetail_lblContent">{bl(a['blocks'])}</div>
<div class="news-date">Ngày đăng: {d[8:]}/{d[5:7]}/{d[:4]}</div>
<div class="other-news"><span>Tin khác</span><ul>""" + "".join('<li><a href="%s">%s</a></li>' % (esc(o["path"]), esc(o["title"])) for o in ARTS if o is not a and o["date"] < d) + "</ul></div></div></div></div>"
    P.add(a["path"], shell(a["title"], body))
    P.article(a["path"], a["title"], d, a["blocks"], a["must"])

NOTICE = TAB + "&ItemID=4535"
P.add(NOTICE, shell("Thông báo về việc tạm dừng cấp nước khu vực thị trấn", """<div id="dnn_ctr507_NewsDetail_pnlDetail"><span class="news-title">Thông báo về việc tạm dừng cấp nước khu vực thị trấn</span>
<div id="dnn_ctr507_NewsDetail_lblContent"><p><a href="/Portals/0/Thongbao/TB-tam-dung-cap-nuoc.pdf">File đính kèm</a></p></div></div>"""))
srt = sorted(ARTS, key=lambda a: a["date"], reverse=True)


def listing(items, page, extra=""):
    rows = "".join('<tr class="rgRow"><td><a href="%s">%s</a></td><td>%s</td></tr>' % (esc(a["path"]), esc(a["title"]), a["date"][8:] + "/" + a["date"][5:7] + "/" + a["date"][:4]) for a in items)
    nxt = '<a class="rgPageNext" href="%s&amp;page=2" title="Trang sau">Trang sau</a>' % esc(TAB) if page == 1 else '<a class="rgPagePrev" href="%s">1</a>' % esc(TAB)
    return '<div id="dnn_ctr506_NewsList"><table class="rgMasterTable">%s%s</table><div class="rgPager">%s</div></div>' % (rows, extra, nxt)


P.add(TAB, shell("Tin tức", listing(srt[:4], 1)))
P.add(TAB + "&page=2", shell("Tin tức", listing(srt[4:], 2, '<tr class="rgRow"><td><a href="%s">Thông báo về việc tạm dừng cấp nước khu vực thị trấn</a></td><td></td></tr>' % esc(NOTICE))))
DOCS = "/Default.aspx?tabid=120"
P.add(DOCS, shell("Văn bản", '<div id="dnn_ctr600_Docs"><table><tr><th>Số hiệu</th><th>Trích yếu</th></tr><tr><td>1520/QĐ-UBND</td><td><a href="/Portals/0/VanBan/QD1520.pdf">Quyết định ban hành Kế hoạch cải cách hành chính năm 2024</a></td></tr></table></div>'))
home = '<div id="dnn_ctr400_Hot"><b>Tin mới nhất</b><ul>' + "".join('<li><a href="%s">%s</a></li>' % (esc(a["path"]), esc(a["title"])) for a in srt[:3]) + '</ul><a href="%s">Xem tiếp</a></div>' % esc(TAB)
P.add("/", shell("Trang chủ", home))
P.non_articles += ["/", TAB, TAB + "&page=2", DOCS, NOTICE]
P.write()

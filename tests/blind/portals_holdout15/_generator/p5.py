"""p5: NukeViet (/<module>/<cat>/<alias>-<id>.html), huyện Quỳ Hợp, Nghệ An. Bodies use mixed HTML entities."""
from datetime import date
from common import Portal, esc, attr, ent, slug

P = Portal("p5_quyhop", "Cổng thông tin điện tử huyện Quỳ Hợp", "Quỳ Hợp", "Nghệ An", "NukeViet")
THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CATS = {"cchc": ("cai-cach-hanh-chinh", "Cải cách hành chính"), "ts": ("tin-tuc-su-kien", "Tin tức - Sự kiện")}

A = [
 dict(id=1583, c="cchc", t="Quỳ Hợp: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 57% trong 9 tháng", d=date(2024, 10, 7), tm="07:28",
      lead="Chín tháng năm 2024, các cơ quan hành chính trên địa bàn huyện Quỳ Hợp tiếp nhận 18.342 hồ sơ thủ tục hành chính.",
      p=["Cấp huyện tiếp nhận 4.905 hồ sơ, cấp xã tiếp nhận 13.437 hồ sơ; số hồ sơ từ kỳ trước chuyển qua là 376.",
         "Đã trả kết quả 17.951 hồ sơ, gồm 9.820 hồ sơ trước hạn, 7.994 hồ sơ đúng hạn và 137 hồ sơ trễ hạn, chủ yếu ở lĩnh vực đất đai.",
         "Số hồ sơ nộp trực tuyến toàn trình là 10.455, bằng 57% tổng số hồ sơ; 302 hồ sơ được tiếp nhận và trả kết quả qua bưu điện.",
         "Hiện còn 391 hồ sơ đang giải quyết trong hạn."]),
 dict(id=1579, c="cchc", t="Kết quả chấm điểm cải cách hành chính các xã năm 2024", d=date(2024, 9, 26), tm="15:02",
      lead="Hội đồng thẩm định huyện Quỳ Hợp công bố kết quả chấm điểm, xếp loại cải cách hành chính của 21 xã, thị trấn.",
      p=["Điểm bình quân toàn huyện đạt 82,6 điểm, tăng 2,1 điểm so với năm trước; không có đơn vị nào xếp loại yếu.",
         "Các đơn vị dẫn đầu gồm:",
         "Xã Châu Thành xếp cuối với 71,05 điểm do còn nhiều hồ sơ trễ hạn và chưa số hóa kết quả giải quyết."],
      table=[["Thứ hạng", "Đơn vị", "Điểm"], ["1", "Thị trấn Quỳ Hợp", "93,40"], ["2", "Xã Nghĩa Xuân", "91,75"], ["3", "Xã Tam Hợp", "90,10"]], tat=2, cell="Xã Nghĩa Xuân"),
 dict(id=1574, c="ts", t="Khai mạc Ngày hội văn hóa các dân tộc huyện Quỳ Hợp", d=date(2024, 9, 14), tm="20:15",
      lead="Tối 13/9, tại Quảng trường trung tâm huyện, Ngày hội văn hóa các dân tộc lần thứ VI đã khai mạc với sự tham gia của 21 đoàn nghệ nhân.",
      p=["Ngày hội diễn ra trong ba ngày với các hoạt động thi trình diễn trang phục, hát lăm, khắp và thi đấu các môn thể thao truyền thống.",
         "Ban tổ chức trưng bày hơn 200 hiện vật về đời sống của đồng bào Thái, Thổ và Kinh trên địa bàn."], cap="Tiết mục múa sạp của đoàn xã Châu Cường"),
 dict(id=1570, c="ts", t="Quỳ Hợp chủ động ứng phó mưa lũ cuối mùa", d=date(2024, 9, 10), tm="09:41", lead="",
      p=["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện yêu cầu các xã vùng trũng di dời 84 hộ dân ra khỏi khu vực nguy cơ sạt lở.",
         "Lực lượng xung kích được bố trí thường trực tại các ngầm tràn trên sông Dinh và sông Hạt.",
         "Nguồn tin: Văn phòng Ban Chỉ huy PCTT huyện"]),
 dict(id=1566, c="ts", t="Xã Châu Quang trồng mới 35 ha cam", d=date(2024, 9, 3), tm="11:05", lead="",
      p=["Năm nay, nông dân xã Châu Quang trồng mới 35 ha cam Vinh theo quy trình VietGAP, nâng tổng diện tích cam toàn xã lên 420 ha.",
         "Hợp tác xã nông nghiệp xã đã ký hợp đồng bao tiêu với hai doanh nghiệp tại thành phố Vinh."]),
 dict(id=1561, c="ts", t="Kỳ họp chuyên đề HĐND huyện thông qua 4 nghị quyết", d=date(2024, 8, 29), tm="16:30", lead="", short=True,
      p=["Chiều 28/8, HĐND huyện Quỳ Hợp khóa XX tổ chức kỳ họp chuyên đề, thông qua 4 nghị quyết về đầu tư công và điều chỉnh dự toán ngân sách."]),
]


def au(a):
    return "/news/%s/%s-%d.html" % (CATS[a["c"]][0], slug(a["t"]), a["id"])


def page(title, main, canon=None):
    return """<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title>%s - Cổng thông tin điện tử huyện Quỳ Hợp</title>%s</head><body>
<div id="header"><div class="logo"><a href="/">Huyện Quỳ Hợp</a></div><ul class="nav-menu"><li><a href="/">Trang nhất</a></li><li><a href="/about/lich-su-huyen-quy-hop.html">Lịch sử</a></li>
<li><a href="/news/cai-cach-hanh-chinh/">Cải cách hành chính</a></li><li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div>
<div id="body"><div class="col-main">%s</div><div class="col-right">
<div class="panel"><div class="panel-heading">Số liệu truy cập</div><ul class="counter"><li><span>Khách đang xem trang</span><span>23</span></li><li><span>Trong ngày</span><span>1,077</span></li><li><span>Tổng số lần truy cập</span><span>5,216,480</span></li></ul></div>
<div class="panel"><div class="panel-heading">Tin xem nhiều</div><ul>%s</ul></div></div></div>
<div id="footer"><p>&copy; Cổng thông tin điện tử huyện Quỳ Hợp - Nghệ An. Đơn vị vận hành: Văn phòng HĐND và UBND huyện.</p></div></body></html>""" % (
        esc(title), ('<link rel="canonical" href="http://{{HOST}}%s"/><meta property="og:url" content="http://{{HOST}}%s"/>' % (attr(canon), attr(canon))) if canon else "",
        main, "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (attr(au(o)), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in A[2:5]))


for a in A:
    url = au(a)
    cat, catname = CATS[a["c"]]
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % ent(para))
        if i == 0 and a.get("cap"):
            body.append('<figure class="image"><img src="/uploads/news/2024_09/nd%d.jpg"/><figcaption>%s</figcaption></figure>' % (a["id"], esc(a["cap"])))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table border="1" style="width:100%%">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % ent(c) for c in r) for r in a["table"]))
    older = [o for o in A if o["d"] < a["d"]][:3]
    newer = [o for o in A if o["d"] > a["d"]][-3:]
    rel = "".join('<p class="h3"><strong>%s</strong></p><ul class="related">%s</ul>' % (lab, "".join('<li><a href="%s">%s</a> <em>(%s)</em></li>' % (attr(au(o)), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in lst)) for lab, lst in (("Những tin mới hơn", newer), ("Những tin cũ hơn", older)) if lst)
    inner = """<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/%s/">%s</a></li><li>%s</li></ul>
<div class="news_column panel" itemscope itemtype="http://schema.org/NewsArticle"><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1><span class="hidden" itemprop="datePublished">%sT%s:00+07:00</span>
<div class="row"><span class="h5">%s - %s %s</span><ul class="list-inline"><li><a href="#" title="Giới thiệu bài viết cho bạn bè">Gửi</a></li><li><a href="/news/print/%d.html" title="In ra">In</a></li><li><a href="#" title="Lưu bài viết này">Lưu</a></li></ul></div>
%s<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>
<div class="tacgia" style="text-align:right"><strong>Tác giả bài viết:</strong> Phạm Minh Đức</div>
<div class="rate">Chấm điểm bài viết: <span>0</span> điểm / <span>0</span> lượt</div>%s</div></div>""" % (
        cat, catname, ent(a["t"]), ent(a["t"]), a["d"].isoformat(), a["tm"], THU[a["d"].weekday()], a["d"].strftime("%d/%m/%Y"), a["tm"], a["id"],
        ('<div class="hometext" itemprop="description"><strong>%s</strong></div>' % ent(a["lead"])) if a["lead"] else "", "\n".join(body), rel)
    P.add_page(url, page(a["t"], inner, canon=url))
    P.gold_article(url, a["t"], a["d"], ([a["lead"]] if a["lead"] else []) + a["p"], table_cell=a.get("cell"))
    # print view served, canonical back to the article: in neither list
    P.add_page("/news/print/%d.html" % a["id"], '<html><head><meta charset="utf-8"><link rel="canonical" href="http://{{HOST}}%s"/><title>%s</title></head><body onload="window.print()"><h2>%s</h2>%s</body></html>' % (
        attr(url), esc(a["t"]), ent(a["t"]), "\n".join(body)))


def rows(lst):
    return "".join('<div class="news-item"><h3><a href="%s">%s</a></h3><span class="time">%s</span><p>%s</p></div>' % (attr(au(a)), esc(a["t"]), a["d"].strftime("%d/%m/%Y"), esc((a["lead"] or a["p"][0])[:100]) + "…") for a in lst)


L = "/news/tin-tuc-su-kien/"
L2 = "/news/tin-tuc-su-kien/page-2"
ts = [a for a in A if a["c"] == "ts"]
pg = '<ul class="pagination"><li><a href="%s">1</a></li><li><a href="%s">2</a></li></ul>' % (L, L2)
P.add_page(L, page("Tin tức - Sự kiện", rows(ts[:2]) + pg))
P.add_page(L2, page("Tin tức - Sự kiện", rows(ts[2:]) + pg))
P.add_page("/news/cai-cach-hanh-chinh/", page("Cải cách hành chính", rows([a for a in A if a["c"] == "cchc"])))
NOTE = "/laws/detail/thong-bao-lich-thi-sat-hach-lai-xe-hang-a1-thang-10-2024-71.html"
P.add_page("/laws/", page("Văn bản", '<table class="laws"><tr><td><a href="%s">Thông báo lịch thi sát hạch lái xe hạng A1 tháng 10/2024</a></td></tr></table>' % NOTE))
P.add_page(NOTE, page("Thông báo lịch thi sát hạch lái xe hạng A1 tháng 10/2024", '<h1 class="title">Thông báo lịch thi sát hạch lái xe hạng A1 tháng 10/2024</h1><p><a href="/uploads/laws/tb-sat-hach-a1.pdf">tb-sat-hach-a1.pdf</a></p>'))
INTRO = ["Quỳ Hợp vốn là vùng đất thuộc châu Quỳ xưa, nơi đồng bào Thái, Thổ sinh sống lâu đời dọc các thung lũng sông Dinh và sông Hạt.",
         "Ngày 19 tháng 4 năm 1963, Hội đồng Chính phủ ban hành quyết định chia huyện Quỳ Châu để thành lập các huyện Quế Phong, Quỳ Châu và Quỳ Hợp.",
         "Trải qua hơn sáu mươi năm xây dựng và phát triển, Quỳ Hợp trở thành vùng trọng điểm về khai thác đá trắng, trồng cam và chăn nuôi bò sữa của miền Tây Nghệ An."]
P.add_page("/about/lich-su-huyen-quy-hop.html", page("Lịch sử", '<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li>Giới thiệu</li></ul><h1 class="title">Lịch sử huyện Quỳ Hợp</h1><div class="bodytext">%s</div>' % "".join("<p>%s</p>" % ent(x) for x in INTRO)))
P.add_page("/", page("Trang nhất", rows(A[:4]) + '<a href="%s">Xem thêm</a> <a href="/news/cai-cach-hanh-chinh/">Cải cách hành chính</a> <a href="%s">Thông báo lịch thi sát hạch lái xe hạng A1 tháng 10/2024</a>' % (L, NOTE)))
P.non_articles += ["/", L, L2, "/news/cai-cach-hanh-chinh/", "/laws/", NOTE, "/about/lich-su-huyen-quy-hop.html"]
P.furniture += ["Số liệu truy cập", "Khách đang xem trang", "Tổng số lần truy cập", "5,216,480", "Tin xem nhiều", "Những tin mới hơn", "Những tin cũ hơn",
                "Chấm điểm bài viết", "Tác giả bài viết:", "Phạm Minh Đức", "Đơn vị vận hành: Văn phòng HĐND", "Trang nhất"]
P.write()

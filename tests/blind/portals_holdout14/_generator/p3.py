"""p3 thungnai_hb: commune sub-site on the Hòa Bình Liferay 7 CMS (articleId render
URLs), xã Thung Nai, huyện Cao Phong. Hard cases: category h3 above the h1, lead
(#leadDetail) outside the body element, img-title printing "null", author/source
fields after the body (not text), rating widget, "Danh sách bài viết mới/cũ" lists
with dates, counter box with "." thousands, bodies written with named entities."""
from common import Portal, esc, attr, ents

P = Portal("thungnai_hb", "Trang thông tin điện tử xã Thung Nai", "Cao Phong", "Hòa Bình",
           "Liferay 7 Hòa Bình CMS (commune sub-site)")
SITE = "/web/xa-thung-nai"
PID = "cmsview_INSTANCE_tN4kq"
def aurl(aid):
    return f"{SITE}/chi-tiet?p_p_id={PID}&p_p_lifecycle=0&_{PID}_articleId={aid}"
LIST = f"{SITE}/tin-tuc?p_p_id={PID}&_{PID}_categoryId=2031"
MENU = [(SITE, "Trang chủ"), (aurl(900), "Điều kiện tự nhiên"), (LIST, "Tin tức hoạt động"),
        (f"{SITE}/thong-bao", "Thông báo"), (f"{SITE}/thu-tuc-hanh-chinh", "Thủ tục hành chính")]


def shell(title, inner, canon=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % attr(canon) if canon else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)}</title>{can}</head>
<body><div class="container"><div class="header"><div class="logo-text">XÃ THUNG NAI - HUYỆN CAO PHONG</div><div class="contrast"><a href="#">Tương phản</a></div></div>
<ul class="menu-top">{menu}</ul><div class="row"><div class="col-md-9">{inner}</div>
<div class="col-md-3"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div><i class="icon-user"></i> Tổng số truy cập: 214.608</div><div><i class="icon-cal"></i> Trong tháng: 3.117</div>
<div><i class="icon-day"></i> Trong ngày: 96</div><div><i class="icon-on"></i> Tổng số trực tuyến : 4</div></div>
<div class="box_bg"><h3 class="title-list-news">Dịch vụ công trực tuyến</h3><a href="/web/xa-thung-nai/dvc">Nộp hồ sơ trực tuyến</a></div></div></div>
<div class="footer">Trang thông tin điện tử xã Thung Nai. Trưởng ban biên tập: Chủ tịch UBND xã. Điện thoại: 0218.3xxx.xxx</div></div></body></html>"""


ARTS = []


def add(aid, cat, title, date, time, lead, body, author, source, must):
    ARTS.append(dict(aid=aid, cat=cat, title=title, date=date, time=time, lead=lead, body=body,
                     author=author, source=source, must=must))


add(3521, "Cải cách hành chính", "Xã Thung Nai giải quyết 100% hồ sơ đúng và trước hạn trong 9 tháng", "2024-10-03", "15:20",
    "Chín tháng năm 2024, bộ phận tiếp nhận và trả kết quả xã Thung Nai tiếp nhận 1.046 hồ sơ thủ tục hành chính, không có hồ sơ nào trễ hẹn.",
    ["Trong số hồ sơ đã tiếp nhận, 712 hồ sơ được nộp qua Cổng dịch vụ công, đạt tỷ lệ 68,1%; 334 hồ sơ nộp trực tiếp. Xã đã giải quyết 1.031 hồ sơ, trong đó trước hạn 806 hồ sơ, đúng hạn 225 hồ sơ; 15 hồ sơ đang giải quyết chưa đến hạn.",
     "Lĩnh vực hộ tịch và chứng thực chiếm hơn 80% tổng số hồ sơ. Công chức tư pháp – hộ tịch Bùi Thị Hường cho biết việc hướng dẫn người dân dùng tài khoản định danh điện tử mức độ 2 giúp rút ngắn thời gian chờ tại bộ phận một cửa.",
     "Mức độ hài lòng qua thiết bị đánh giá tại quầy đạt 99,2% hài lòng và rất hài lòng."],
    "Quách Văn Lực", "UBND xã Thung Nai", ["712 hồ sơ được nộp qua Cổng dịch vụ công", "trước hạn 806 hồ sơ, đúng hạn 225 hồ sơ", "đạt 99,2% hài lòng"])
add(3498, "Cải cách hành chính", "Tổng hợp kết quả tiếp nhận hồ sơ theo lĩnh vực quý III năm 2024", "2024-09-30", "10:05",
    "UBND xã Thung Nai tổng hợp kết quả tiếp nhận, giải quyết thủ tục hành chính theo lĩnh vực trong quý III như sau.",
    [[["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Trực tuyến"], ["Hộ tịch", "214", "211", "158"], ["Chứng thực", "139", "139", "97"], ["Đất đai", "22", "18", "6"], ["Bảo trợ xã hội", "31", "29", "12"]],
     "Tổng cộng quý III tiếp nhận 406 hồ sơ, đã giải quyết 397 hồ sơ. Lĩnh vực đất đai có tỷ lệ trực tuyến thấp vì phần lớn người dân cao tuổi chưa quen dùng điện thoại thông minh."],
    "Văn phòng - Thống kê xã", "", ["Bảo trợ xã hội", "tiếp nhận 406 hồ sơ, đã giải quyết 397 hồ sơ", "chưa quen dùng điện thoại thông minh"])
add(3476, "Kinh tế", "Thung Nai đón hơn 40 nghìn lượt khách du lịch lòng hồ", "2024-09-12", "08:40",
    "Lượng khách đến khu du lịch lòng hồ Hòa Bình thuộc địa phận xã Thung Nai tăng mạnh trong dịp nghỉ lễ Quốc khánh.",
    ["Các bến thuyền đã tổ chức lại việc bán vé, bảo đảm mỗi tàu đều có áo phao cho khách. Ông Xa Văn Nghĩa, chủ một nhà hàng cá, cho biết doanh thu dịp lễ năm nay cao hơn năm trước chừng 30%.",
     "Xã khuyến cáo các hộ kinh doanh niêm yết giá và không chèo kéo khách tại cầu cảng."],
    "Hà Linh", "", ["mỗi tàu đều có áo phao cho khách", "cao hơn năm trước chừng 30%", "niêm yết giá và không chèo kéo khách"])
add(3450, "Văn hóa - Xã hội", "Khánh thành nhà văn hóa xóm Bưng", "2024-08-25", "16:30",
    "Nhà văn hóa xóm Bưng được xây dựng mới trên diện tích 180 m2, tổng kinh phí hơn 900 triệu đồng.",
    ["Trong đó, nhân dân trong xóm đóng góp 210 triệu đồng và gần 500 ngày công. Nhà văn hóa có sân khấu, khu vệ sinh và khuôn viên trồng cây xanh.",
     "Tại buổi lễ, đội văn nghệ xóm biểu diễn các làn điệu thường rang, bộ mẹng của đồng bào Mường."],
    "Bùi Trang", "Đài truyền thanh xã", ["tổng kinh phí hơn 900 triệu đồng", "đóng góp 210 triệu đồng và gần 500 ngày công", "thường rang, bộ mẹng"])
add(3431, "Kinh tế", "Hướng dẫn nông dân phòng bệnh cho cam Cao Phong mùa mưa", "2024-08-09", "09:15",
    "Cán bộ khuyến nông xã đã đến từng vườn cam ở xóm Chiềng, xóm Bãi Chạo hướng dẫn cách phòng bệnh chảy gôm và nấm hồng.",
    ["Người trồng được khuyến cáo cắt tỉa cành tăm, khơi rãnh thoát nước và hạn chế dùng phân đạm trong giai đoạn quả lớn.",
     "Toàn xã hiện còn khoảng 65 ha cam, giảm gần một nửa so với năm 2019 do nhiều diện tích già cỗi đã chuyển sang trồng bưởi và mía tím."],
    "Quách Văn Lực", "", ["bệnh chảy gôm và nấm hồng", "cắt tỉa cành tăm", "khoảng 65 ha cam"])

for i, a in enumerate(ARTS):
    d = a["date"]
    newer = ARTS[max(0, i - 2):i]
    older = ARTS[i + 1:i + 3]
    li = lambda lst: "".join('<li><a href="%s">%s</a> <span>(%s/%s/%s)</span></li>' % (attr(aurl(x["aid"])), esc(x["title"]), x["date"][8:], x["date"][5:7], x["date"][:4]) for x in lst)
    body = []
    for b in a["body"]:
        if isinstance(b, list):
            body.append('<table class="table">' + "".join("<tr>" + "".join("<td>%s</td>" % ents(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % ents(b))
    src = '<div class="source">Nguồn: %s</div>' % esc(a["source"]) if a["source"] else ""
    inner = f"""<div class="box_border"><h3 class="title-list-news">{esc(a['cat'])}</h3>
<h1 id="titleDetail">{esc(a['title'])}</h1>
<div class="tool-top"><span class="date_time">{d[8:]}/{d[5:7]}/{d[:4]} {a['time']}</span> <a class="font-s" href="#">A</a> <a class="font-l" href="#">A</a> <a class="speak" href="#">Nghe đọc bài</a></div>
<div id="leadDetail"><strong>{ents(a['lead'])}</strong></div>
<div class="img-lead"><img src="/documents/20182/{a['aid']}/anh.jpg"><div class="img-title">null</div></div>
<div id="contentDetail">{''.join(body)}</div>
<div class="author">{esc(a['author'])}</div>{src}
<div class="tool-bottom"><a href="{attr(LIST)}">Quay lại</a> <a href="#" onclick="window.print()">In bài viết</a> <span class="share">Chia sẻ: Facebook Twitter</span></div>
<div class="rating">Đánh giá bài viết: <span class="stars"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{li(newer)}</ul><h4>Danh sách bài viết cũ</h4><ul>{li(older)}</ul></div></div>"""
    path = aurl(a["aid"])
    P.page(path, shell(a["title"], inner, canon=path))
    P.article(path, a["title"], d, [a["lead"]] + a["body"], a["must"], extra_text=[a["author"], a["source"]])

intro = """<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><h1 id="titleDetail">Điều kiện tự nhiên xã Thung Nai</h1>
<div id="contentDetail"><p>Xã Thung Nai nằm ở phía bắc huyện Cao Phong, ven lòng hồ thủy điện Hòa Bình. Phía bắc giáp thành phố Hòa Bình, phía nam giáp xã Bình Thanh, phía tây giáp huyện Đà Bắc qua lòng hồ.</p>
<p>Địa hình của xã bị chia cắt bởi các dãy núi đá vôi và nhiều đảo nhỏ trên mặt hồ. Khí hậu nhiệt đới gió mùa, mùa hè nóng ẩm, mùa đông lạnh và ít mưa; nhiệt độ trung bình năm khoảng 23 độ C.</p>
<p>Diện tích mặt nước lớn tạo điều kiện cho nghề nuôi cá lồng và du lịch sinh thái. Đất đồi phù hợp với cây ăn quả có múi, mía và rừng trồng.</p>
<p>Người Mường chiếm phần lớn dân số của xã, còn lưu giữ nhiều phong tục, lễ hội và làn điệu dân ca truyền thống.</p></div></div>"""
P.page(aurl(900), shell("Điều kiện tự nhiên", intro))
P.page(f"{SITE}/thong-bao", shell("Thông báo", """<div class="box_border"><h3 class="title-list-news">Thông báo</h3>
<h1 id="titleDetail">Thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2024</h1>
<div class="attach"><a href="/documents/20182/0/DS-ho-ngheo-2024.xlsx">Tệp đính kèm</a></div></div>"""))
P.non_articles += [aurl(900), f"{SITE}/thong-bao"]


def listing(items, page):
    out = "".join(f"""<div class="news-item"><a href="{attr(aurl(a['aid']))}"><h4>{esc(a['title'])}</h4></a><span class="date_time">{a['date'][8:]}/{a['date'][5:7]}/{a['date'][:4]}</span><p>{esc(a['lead'])}</p></div>""" for a in items)
    p = lambda n: f"{attr(LIST)}&amp;_{PID}_cur={n}&amp;_{PID}_delta=3"
    pager = f'<ul class="pagination"><li><a href="{p(1)}">1</a></li><li><a href="{p(2)}">2</a></li><li><a href="{p(2)}">Sau</a></li></ul>'
    return f'<div class="box_border"><h3 class="title-list-news">Tin tức hoạt động</h3>{out}{pager}</div>'


P.page(LIST, shell("Tin tức hoạt động", listing(ARTS[:3], 1)))
P.page(f"{LIST}&_{PID}_cur=1&_{PID}_delta=3", shell("Tin tức hoạt động", listing(ARTS[:3], 1)))
P.page(f"{LIST}&_{PID}_cur=2&_{PID}_delta=3", shell("Tin tức hoạt động", listing(ARTS[3:], 2)))
home = listing(ARTS[:3], 1)
P.page("/", shell("Trang thông tin điện tử xã Thung Nai", home))
P.page(SITE, shell("Trang thông tin điện tử xã Thung Nai", home))
P.furniture = ["Lượt truy cập", "Tổng số truy cập: 214.608", "Trong tháng", "Trong ngày", "Tổng số trực tuyến",
               "Nghe đọc bài", "In bài viết", "Chia sẻ: Facebook", "Đánh giá bài viết", "Danh sách bài viết mới",
               "Danh sách bài viết cũ", "Trưởng ban biên tập", "Nộp hồ sơ trực tuyến", "Tương phản", "Quay lại"]
P.write()

"""p8: Liferay 7 custom CMS (Hòa Bình style), huyện Lạc Sơn (Hòa Bình).
Hard cases: portlet render URLs with articleId, image caption in div.img-title after a lead image,
a literal "null" caption artefact outside the body, lead (sapo) outside the body div, font/read-aloud
icons by the date, back/print after the body, rating line, new/old article lists with dates,
counter with '.' thousands in several columns and inside the article box."""
from common import Portal, esc, href

P = Portal("lacson_lr7", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "liferay7-hoabinh-cms")
P.furniture = ["Thống kê lượt xem", "Tổng số lượt xem", "Trong tuần này", "Đang trực tuyến",
               "In nội dung", "Quay về trang trước", "Chia sẻ:", "Điều chỉnh cỡ chữ", "Gửi đường dẫn bài viết",
               "Mời bạn chấm điểm bài viết", "Tin bài mới đăng", "Tin bài đăng trước", "Văn bản chỉ đạo điều hành"]
PP = "/web/lacson/tin-chi-tiet?p_p_id=cmsview_WAR_cmsportlet&p_p_lifecycle=0&_cmsview_WAR_cmsportlet_articleId="

def counter():
    return ('<div class="box_bg"><h3 class="title-list-news">Thống kê lượt xem</h3><div>Tổng số lượt xem: 4.127.093</div>'
            '<div>Trong tuần này: 8.416</div><div>Đang trực tuyến : 57</div></div>')
def tools_top(d):
    return '<div class="date-tools"><span class="date">%s</span> <a title="Điều chỉnh cỡ chữ">Điều chỉnh cỡ chữ</a> <a>Nghe đọc</a></div>' % d
TOOLS_BOTTOM = ('<div class="back-print"><a href="javascript:history.back()">Quay về trang trước</a> <a href="javascript:window.print()">In nội dung</a>'
                ' <span>Chia sẻ:</span> <a>Facebook</a> <a>Zalo</a> <a href="mailto:?l=1">Gửi đường dẫn bài viết</a></div>'
                '<div class="rate">Mời bạn chấm điểm bài viết <span class="stars"></span></div>')
MENU = [("/", "Trang chủ"), ("/web/lacson/gioi-thieu", "Giới thiệu"), ("/web/lacson/tin-tuc", "Tin tức"),
        ("/web/lacson/thong-bao", "Thông báo"), ("/web/lacson/van-ban", "Văn bản chỉ đạo điều hành")]

def layout(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), t) for u, t in MENU)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="wrapper">'
            '<header class="hb-header"><h2>HUYỆN LẠC SƠN</h2><ul class="nav">%s</ul></header><div class="columns">'
            '<div class="col-md-3 left">%s</div><div class="col-md-6 main">%s</div><div class="col-md-3 right">'
            '<div class="box_bg"><h3 class="title-list-news">Văn bản chỉ đạo điều hành</h3></div>%s</div></div>'
            '<footer>UBND huyện Lạc Sơn - thị trấn Vụ Bản, Lạc Sơn, Hòa Bình %s</footer></div></body></html>'
            % (esc(title), can, menu, counter(), main, counter(), counter()))

ARTS = [
 dict(id=118204, title="Lạc Sơn nâng tỷ lệ hồ sơ trực tuyến lên gần 70%", date="2024-10-15", shown="15/10/2024 08:12",
      sapo="Chín tháng năm 2024, UBND huyện và 24 xã, thị trấn của Lạc Sơn tiếp nhận 21.305 hồ sơ, trong đó 14.870 hồ sơ nộp trực tuyến.",
      paras=["Cấp huyện tiếp nhận 2.944 hồ sơ, giải quyết trước hạn 1.986 hồ sơ, đúng hạn 902 hồ sơ, trễ hạn 11 hồ sơ, còn 45 hồ sơ đang giải quyết.",
             "Cấp xã tiếp nhận 18.361 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 99,8%.",
             "Huyện đặt mục tiêu 75% hồ sơ nộp trực tuyến vào cuối năm."],
      must=["tiếp nhận 21.305 hồ sơ", "trễ hạn 11 hồ sơ", "Cấp xã tiếp nhận 18.361 hồ sơ", "đạt 99,8%"]),
 dict(id=118230, title="Lạc Sơn xếp thứ 7 về Chỉ số cải cách hành chính năm 2023", date="2024-05-03", shown="03/05/2024 14:50",
      sapo="Năm 2023, huyện Lạc Sơn đạt 80,26 điểm Chỉ số CCHC, xếp thứ 7/10 huyện, thành phố, giảm 1 bậc so với năm trước.",
      paras=["Kết quả một số lĩnh vực thành phần như sau:"],
      table=[["Lĩnh vực", "Điểm tối đa", "Điểm đạt"], ["Cải cách thủ tục hành chính", "14", "12,35"], ["Xây dựng chính quyền số", "10", "6,80"], ["Cải cách tài chính công", "8", "7,10"]],
      after=["Huyện giao các phòng chuyên môn khắc phục tồn tại ngay trong quý II."],
      must=["đạt 80,26 điểm", "xếp thứ 7/10", "giảm 1 bậc"]),
 dict(id=118241, title="Lễ hội Khai hạ Mường Bi thu hút du khách", date="2024-02-15", shown="15/02/2024 19:30",
      sapo="Lễ hội Khai hạ Mường Bi được tổ chức tại huyện Tân Lạc lân cận đã thu hút nhiều đoàn nghệ nhân Lạc Sơn tham gia.",
      paras=["Đoàn Lạc Sơn mang tới tiết mục đánh chiêng và múa sạp do 36 nghệ nhân biểu diễn.",
             "Trương Hà"],
      img=("/documents/20182/khai-ha.jpg", "Nghệ nhân Lạc Sơn biểu diễn đánh chiêng"),
      must=["36 nghệ nhân", "đánh chiêng và múa sạp", "Trương Hà"]),
 dict(id=118255, title="Xã Ân Nghĩa có thêm 2 sản phẩm OCOP", date="2024-07-22", shown="22/07/2024 10:02",
      sapo="Măng khô và chè dây của xã Ân Nghĩa vừa đạt chứng nhận OCOP 3 sao.",
      paras=[], must=["Măng khô", "chè dây", "OCOP 3 sao"], short=True),
 dict(id=118262, title="Giải ngân vốn chương trình mục tiêu quốc gia vùng đồng bào dân tộc", date="2024-11-11", shown="11/11/2024 16:44",
      sapo="Đến ngày 31/10, huyện Lạc Sơn đã giải ngân 142,6 tỷ đồng vốn chương trình mục tiêu quốc gia phát triển vùng đồng bào dân tộc thiểu số.",
      paras=["Tỷ lệ giải ngân đạt 71%, cao hơn bình quân chung của tỉnh.",
             "Một số dự án nước sinh hoạt tập trung ở xã Quyết Thắng chậm do vướng mặt bằng."],
      must=["142,6 tỷ đồng", "đạt 71%", "xã Quyết Thắng"]),
 dict(id=118270, title="Công an huyện ra mắt mô hình camera an ninh ở khu dân cư", date="2024-11-25", shown="25/11/2024 09:05",
      sapo="Công an huyện Lạc Sơn phối hợp xã Vũ Bình lắp đặt 18 camera giám sát tại các ngã ba, ngã tư.",
      paras=["Kinh phí 120 triệu đồng do người dân và doanh nghiệp đóng góp.",
             "Hình ảnh được kết nối về trụ sở công an xã, lưu trữ trong 30 ngày."],
      must=["18 camera giám sát", "120 triệu đồng", "lưu trữ trong 30 ngày"]),
]
def url(a): return PP + str(a["id"])
def dd(a): return "/".join(reversed(a["date"].split("-")))
for i, a in enumerate(ARTS):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    cells = []
    if "table" in a:
        body += "<table class=\"table\">%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += "".join("<p>%s</p>" % esc(p) for p in a["after"])
        cells = [c for r in a["table"] for c in r]
    img = ('<div class="img-news"><img src="%s"><div class="img-title">%s</div></div>' % (a["img"][0], esc(a["img"][1]))) if "img" in a else '<div class="img-title">null</div>'
    newer = "".join('<li><a href="%s">%s</a> (%s)</li>' % (href(url(b)), esc(b["title"]), dd(b)) for b in ARTS[i + 1:])
    older = "".join('<li><a href="%s">%s</a> (%s)</li>' % (href(url(b)), esc(b["title"]), dd(b)) for b in ARTS[:i])
    main = ('<div class="article-detail"><div class="box_bg">%s</div><h3 class="title-detail">%s</h3>%s<div class="sapo"><b>%s</b></div>%s'
            '<div class="content-detail">%s</div>%s<div class="box_bg">%s</div>'
            '<div id="footerOfNewDetail"><h4>Tin bài mới đăng</h4><ul>%s</ul><h4>Tin bài đăng trước</h4><ul>%s</ul></div></div>'
            % (counter(), esc(a["title"]), tools_top(a["shown"]), esc(a["sapo"]), img, body, TOOLS_BOTTOM, counter(), newer, older))
    P.add_page(url(a), layout(a["title"], main, canonical=url(a)))
    P.article(url(a), a["title"], a["date"], [a["sapo"]] + a["paras"] + a.get("after", []), a["must"] + ([a["table"][1][0]] if "table" in a else []), cells + ([a["img"][1]] if "img" in a else []))
LIST = "/web/lacson/tin-tuc"
L2 = LIST + "?p_p_id=cmsview_WAR_cmsportlet&_cmsview_WAR_cmsportlet_categoryId=21&_cmsview_WAR_cmsportlet_cur=2"
def lst(arts): return "".join('<div class="news-item"><a href="%s">%s</a><p>%s</p></div>' % (href(url(a)), esc(a["title"]), esc(a["sapo"])) for a in arts)
P.add_page(LIST, layout("Tin tức", lst(ARTS[::-1][:3]) + '<ul class="pagination"><li class="active">1</li><li><a href="%s">2</a></li></ul>' % href(L2)))
P.add_page(L2, layout("Tin tức", lst(ARTS[::-1][3:]) + '<ul class="pagination"><li><a href="%s">1</a></li><li class="active">2</li></ul>' % href(LIST)))
N = PP + "118275"
P.add_page("/web/lacson/thong-bao", layout("Thông báo", '<a href="%s">Thông báo tuyển sinh lớp trung cấp lý luận chính trị khóa 2024-2025</a>' % href(N)))
P.add_page(N, layout("Thông báo", '<div class="article-detail"><h3 class="title-detail">Thông báo tuyển sinh lớp trung cấp lý luận chính trị khóa 2024-2025</h3><div class="content-detail"><p><a href="/documents/20182/tb-tuyen-sinh.pdf">Xem tệp đính kèm</a></p></div></div>'))
intro = ["Lạc Sơn là huyện vùng cao phía Nam tỉnh Hòa Bình, là cái nôi của văn hóa Mường Bi, Mường Vang.",
         "Huyện có 23 xã và thị trấn Vụ Bản, hơn 85% dân số là đồng bào dân tộc Mường.",
         "Di chỉ khảo cổ Hang Muối và quần thể rừng Thượng Tiến là những điểm du lịch tiêu biểu.",
         "Trung tâm hành chính huyện đặt tại thị trấn Vụ Bản, cách thành phố Hòa Bình khoảng 60 km."]
P.add_page("/web/lacson/gioi-thieu", layout("Giới thiệu", '<div class="article-detail"><h3 class="title-detail">Giới thiệu chung</h3>%s</div>' % "".join("<p>%s</p>" % esc(x) for x in intro)))
P.add_page("/", layout("Trang chủ", lst(ARTS[::-1][:3]) + '<a href="%s">Xem thêm tin</a>' % href(LIST)))
for p in (LIST, L2, "/web/lacson/thong-bao", N, "/web/lacson/gioi-thieu"):
    P.non_article(p)
P.write()

"""p5 — NukeViet (huyện Quỳ Hợp, Nghệ An).

Hard cases: bodies written with named HTML entities, sidebar ul.counter with ","
separators, date "Thứ năm - 13/03/2025 09:15" plus hidden microdata, hometext lead outside
#news-bodyhtml, figure/figcaption, "Tác giả:"/"Nguồn tin:" after the body, rating and
"Những tin mới hơn/cũ hơn" lists, print link that answers 404, a listing with long
teasers, and a long intro page served at an article-shaped URL linked from the menu.
"""
from common import Portal, esc, attr, ent

P = Portal("h12_quyhop_nv", "Cổng thông tin điện tử huyện Quỳ Hợp", "Quỳ Hợp", "Nghệ An", "NukeViet")

CAT = "/tin-tuc/tin-hoat-dong"
LIST = CAT + "/"
LIST2 = CAT + "/page-2"
INTRO = "/tin-tuc/gioi-thieu/tong-quan-ve-huyen-quy-hop-12.html"


def url(a):
    return "/tin-tuc/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    og = ('<meta property="og:url" content="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head>
<meta charset="utf-8" />
<title>{esc(title)} - Cổng thông tin điện tử huyện Quỳ Hợp</title>{canon}{og}
<meta name="generator" content="NukeViet v4.5" />
</head><body>
<div class="wraper"><header><div class="logo"><a href="/"><img src="/uploads/logo-quyhop.png" alt="Quỳ Hợp" /></a></div></header>
<nav class="header-nav"><ul class="nav navbar-nav">
<li><a href="/">Trang nhất</a></li>
<li><a href="{INTRO}">Giới thiệu</a></li>
<li><a href="{LIST}">Tin hoạt động</a></li>
<li><a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a></li>
<li><a href="/laws/">Văn bản pháp quy</a></li>
<li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4">
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter">
<li><span><em class="fa fa-bolt"></em> Đang truy cập</span><span>64</span></li>
<li><span><em class="fa fa-user"></em> Thành viên online</span><span>0</span></li>
<li><span><em class="fa fa-magic"></em> Máy chủ tìm kiếm</span><span>21</span></li>
<li><span><em class="fa fa-filter"></em> Hôm nay</span><span>2,315</span></li>
<li><span><em class="fa fa-calendar"></em> Tháng hiện tại</span><span>71,480</span></li>
<li><span><em class="fa fa-bars"></em> Tổng lượt truy cập</span><span>4,902,663</span></li>
</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Hỏi đáp trực tuyến</div><div class="panel-body"><a href="/faq/">Gửi câu hỏi</a></div></div>
</div></div>
<footer><div class="copyright">© Bản quyền thuộc UBND huyện Quỳ Hợp. Ghi rõ nguồn khi trích dẫn.</div>
<div>Khối 10, thị trấn Quỳ Hợp, huyện Quỳ Hợp, tỉnh Nghệ An</div></footer>
</div></body></html>"""


def detail(a, newer, older):
    paras = a["paras"]
    body = ""
    for k, p in enumerate(paras):
        body += "<p>%s</p>" % ent(p)
        if k == 0 and a.get("fig"):
            body += '<figure class="image"><img src="/uploads/news/2025_03/%s.jpg" alt="" /><figcaption>%s</figcaption></figure>' % (a["alias"], ent(a["fig"]))
        if k == a.get("split") and a.get("table"):
            body += '<table border="1" cellpadding="2" cellspacing="0" style="width:100%%">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % ent(c) for c in r) for r in a["table"])

    def lst(xs):
        return "".join('<li><a href="%s">%s</a> <em>(%s)</em></li>' % (attr(url(x)), esc(x["title"]), x["date"][-16:-6]) for x in xs)
    main = f"""<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/tin-tuc/{a["cat"]}/">{esc(a["catname"])}</a></li></ul></div>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a["title"])}</h1>
<span class="hidden hide d-none" itemprop="datePublished">{a["pub"]}T08:00:00+07:00</span>
<span class="hidden hide d-none" itemprop="author">Ban biên tập</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{a["date"]}</span></div>
<ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0)"><em class="fa fa-envelope"></em></a></li>
<li><a class="dimgray" title="In ra" href="/tin-tuc/print/{a["alias"]}-{a["id"]}.html"><em class="fa fa-print"></em></a></li>
<li><a class="dimgray" title="Lưu bài viết này" href="javascript:void(0)"><em class="fa fa-save"></em></a></li></ul></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{ent(a["lead"])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{esc(a["author"])}</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(a["source"])}</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">Xếp hạng: 0 - 0 phiếu bầu <span>Click để đánh giá bài viết</span></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{lst(newer)}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{lst(older)}</ul></div></div>"""
    return shell(a["title"], main, canonical=url(a))


CC = dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính")
HD = dict(cat="tin-hoat-dong", catname="Tin hoạt động")
ARTS = [
 dict(CC, id=1547, alias="quy-hop-tong-ket-cong-tac-mot-cua-nam-2024", date="Thứ năm - 13/03/2025 09:15", pub="2025-03-13",
  title="Quỳ Hợp tổng kết công tác một cửa năm 2024",
  lead="Năm 2024, Bộ phận Một cửa huyện Quỳ Hợp và 21 xã, thị trấn đã tiếp nhận 17.209 hồ sơ, tăng gần 2.000 hồ sơ so với năm trước.",
  paras=[
   "Trong tổng số hồ sơ tiếp nhận, có 9.964 hồ sơ trực tuyến và 611 hồ sơ qua bưu chính công ích. Đã giải quyết 16.874 hồ sơ; số hồ sơ quá hạn là 38, giảm 47 hồ sơ so với năm 2023; còn 335 hồ sơ đang giải quyết.",
   "Kết quả theo từng cấp được thể hiện ở bảng dưới đây.",
   "Phó Chủ tịch UBND huyện Vi Văn Sơn đánh giá, bên cạnh kết quả đạt được, một số công chức cấp xã vẫn chậm cập nhật trạng thái hồ sơ trên hệ thống.",
  ], split=1,
  table=[["Cấp", "Tiếp nhận", "Đúng hạn", "Quá hạn"], ["UBND huyện", "6.118", "6.034", "21"], ["Cấp xã", "11.091", "10.802", "17"]],
  fig="Quang cảnh hội nghị tổng kết", author="Lang Thị Nhung", source="Văn phòng HĐND và UBND huyện",
  must=["9.964 hồ sơ trực tuyến", "611 hồ sơ qua bưu chính công ích", "giảm 47 hồ sơ", "11.091"]),
 dict(CC, id=1539, alias="chi-so-par-index-2024-cua-quy-hop-tang-5-bac", date="Thứ hai - 03/03/2025 14:30", pub="2025-03-03",
  title="Chỉ số PAR Index 2024 của Quỳ Hợp tăng 5 bậc",
  lead="UBND tỉnh Nghệ An vừa công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND cấp huyện.",
  paras=[
   "Quỳ Hợp đạt 82,41 điểm, xếp thứ 8/21 huyện, thành phố, thị xã, tăng 5 bậc so với năm 2023. Điểm đánh giá sự hài lòng của người dân đạt 8,9/10.",
   "Theo đánh giá của Sở Nội vụ, huyện có chuyển biến rõ ở tiêu chí cải cách tổ chức bộ máy và hiện đại hóa nền hành chính.",
  ],
  author="Lang Thị Nhung", source="Phòng Nội vụ huyện",
  must=["82,41 điểm", "xếp thứ 8/21", "tăng 5 bậc so với năm 2023"]),
 dict(HD, id=1533, alias="ngay-hoi-van-hoa-dan-toc-thai-xa-chau-quang", date="Thứ bảy - 22/02/2025 18:40", pub="2025-02-22",
  title="Ngày hội văn hóa dân tộc Thái xã Châu Quang",
  lead="Hơn 1.000 người dân và du khách đã về dự ngày hội văn hóa dân tộc Thái tại bản Hợp Thành, xã Châu Quang.",
  paras=[
   "Các đội văn nghệ của 12 bản biểu diễn múa sạp, hát nhuôn, hát lăm và tái hiện lễ cầu mưa của người Thái.",
   "Ngoài phần thi ẩm thực với món cá nướng pa pỉnh tộp, ban tổ chức còn giới thiệu các sản phẩm thổ cẩm của hợp tác xã dệt bản Hợp Thành.",
  ],
  fig="Đội múa sạp bản Hợp Thành", author="Vi Thanh", source="Trung tâm VH-TT huyện",
  must=["bản Hợp Thành", "hát nhuôn", "pa pỉnh tộp"]),
 dict(HD, id=1528, alias="siet-chat-quan-ly-khai-thac-da-tren-dia-ban", date="Thứ năm - 13/02/2025 10:05", pub="2025-02-13",
  title="Siết chặt quản lý khai thác đá trên địa bàn",
  lead="UBND huyện vừa yêu cầu các doanh nghiệp khai thác đá trắng lắp đặt trạm cân và camera giám sát tại mỏ.",
  paras=[
   "Đoàn kiểm tra liên ngành sẽ làm việc tại 14 mỏ ở các xã Châu Quang, Châu Lộc và Liên Hợp trong tháng 3.",
   "Xe chở đá quá tải trọng sẽ bị xử phạt và đình chỉ vận chuyển.",
  ],
  author="Phan Đức", source="Phòng Tài nguyên và Môi trường",
  must=["trạm cân và camera giám sát", "14 mỏ", "Châu Lộc và Liên Hợp"]),
 dict(HD, id=1521, alias="tet-trong-cay-xuan-at-ty", date="Thứ hai - 03/02/2025 08:30", pub="2025-02-03",
  title="Tết trồng cây xuân Ất Tỵ",
  lead="Huyện đã phát động Tết trồng cây tại xã Nghĩa Xuân với 5.000 cây keo lai.",
  paras=["Ngay sau lễ phát động, lực lượng vũ trang và đoàn viên thanh niên đã trồng kín diện tích 2 ha đồi."],
  author="Hồng Nhung", source="Huyện đoàn Quỳ Hợp",
  must=["5.000 cây keo lai", "xã Nghĩa Xuân", "2 ha đồi"]),
 dict(CC, id=1516, alias="xa-tam-hop-lam-tot-cong-tac-tiep-nhan-ho-so", date="Thứ tư - 22/01/2025 16:00", pub="2025-01-22",
  title="Xã Tam Hợp làm tốt công tác tiếp nhận hồ sơ",
  lead="Năm 2024, Bộ phận Một cửa xã Tam Hợp không để phát sinh hồ sơ trễ hẹn.",
  paras=[
   "Xã tiếp nhận 1.874 hồ sơ, đã trả kết quả đúng hạn 1.861 hồ sơ, còn 13 hồ sơ chưa đến hạn. Tỷ lệ hồ sơ trực tuyến đạt 78%.",
   "Công chức một cửa của xã còn đến tận nhà người già, người khuyết tật để tiếp nhận hồ sơ chứng thực.",
  ],
  author="Quang Huy", source="UBND xã Tam Hợp",
  must=["1.874 hồ sơ", "13 hồ sơ chưa đến hạn", "78%"]),
]

for i, a in enumerate(ARTS):
    P.article(url(a), detail(a, ARTS[max(0, i - 2):i], ARTS[i + 1:i + 3]), a["title"], a["pub"], [a["lead"]] + a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Đang truy cập", "Thành viên online", "Máy chủ tìm kiếm", "Tháng hiện tại", "Tổng lượt truy cập",
       "Thống kê truy cập", "Xếp hạng: 0 - 0 phiếu bầu", "Click để đánh giá bài viết", "Những tin mới hơn",
       "Những tin cũ hơn", "Trang nhất", "Gửi câu hỏi", "Văn bản pháp quy", "Tác giả:", "Nguồn tin:")


def teasers(arts):
    return "".join(f"""<div class="panel panel-default"><div class="panel-body"><h3><a href="{attr(url(a))}">{esc(a["title"])}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o"></em> {a["date"][-16:-6]}</p>
<p>{ent(a["lead"])} {ent(a["paras"][0])}</p></div></div>""" for a in arts)


P.non_article(LIST, shell("Tin hoạt động", teasers(ARTS[:3]) + '<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="%s">2</a></li></ul>' % LIST2))
P.non_article(LIST2, shell("Tin hoạt động - Trang 2", teasers(ARTS[3:]) + '<ul class="pagination"><li><a href="%s">1</a></li><li class="active"><a href="#">2</a></li></ul>' % LIST))

INTRO_PARAS = [
 "Quỳ Hợp là huyện miền núi phía tây bắc tỉnh Nghệ An, cách thành phố Vinh khoảng 140 km. Huyện giáp Quế Phong và Quỳ Châu ở phía bắc, Nghĩa Đàn ở phía đông, Tân Kỳ và Con Cuông ở phía nam, Tương Dương ở phía tây.",
 "Địa hình của huyện thấp dần từ tây sang đông, có nhiều núi đá vôi xen kẽ thung lũng. Trong lòng đất Quỳ Hợp chứa trữ lượng lớn đá trắng, đá vôi và thiếc, từ lâu đã hình thành một vùng khai thác, chế biến khoáng sản lớn của tỉnh.",
 "Huyện có 21 đơn vị hành chính gồm 20 xã và thị trấn Quỳ Hợp. Cư dân gồm người Thái, Kinh, Thổ và một số dân tộc khác, sống đan xen trong các bản, xóm. Văn hóa Thái với nhà sàn, múa sạp, hát nhuôn, lăm vẫn được gìn giữ ở nhiều bản.",
 "Vùng đồi đất đỏ phía đông là nơi trồng cam, chè, cao su và các loại cây ăn quả. Khu vực xã Châu Quang có các hang động và nguồn nước khoáng nóng có thể phát triển du lịch nghỉ dưỡng.",
 "Huyện xác định phát triển công nghiệp chế biến đá gắn với bảo vệ môi trường, nâng cao giá trị nông sản hàng hóa và cải thiện đời sống đồng bào ở các xã vùng sâu làm hướng đi chính trong những năm tới.",
]
intro = f"""<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">Tổng quan về huyện Quỳ Hợp</h1>
<div id="news-bodyhtml" class="bodytext">{"".join("<p>%s</p>" % ent(p) for p in INTRO_PARAS)}</div></div></div>"""
P.non_article(INTRO, shell("Tổng quan về huyện Quỳ Hợp", intro, canonical=INTRO))

NOTICE = "/tin-tuc/thong-bao/thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2024-1543.html"
P.non_article(NOTICE, shell("Thông báo kết quả xét tuyển viên chức năm 2024", """<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title">Thông báo kết quả xét tuyển viên chức năm 2024</h1>
<div id="news-bodyhtml" class="bodytext"><p><a href="/uploads/news/2025_03/tb-ket-qua-xet-tuyen.pdf">tb-ket-qua-xet-tuyen.pdf</a></p></div></div></div>""", canonical=NOTICE))

home = f"""<div class="panel panel-default"><div class="panel-heading">Tin tức mới</div><div class="panel-body"><ul>
{"".join('<li><a href="%s">%s</a></li>' % (attr(url(a)), esc(a["title"])) for a in [ARTS[0], ARTS[1], ARTS[5]])}</ul>
<a href="{LIST}">Xem tất cả</a></div></div>
<div class="panel panel-default"><div class="panel-heading">Thông báo</div><div class="panel-body"><a href="{NOTICE}">Thông báo kết quả xét tuyển viên chức năm 2024</a></div></div>"""
P.non_article("/", shell("Trang nhất", home))

P.write()

"""p4 — NukeViet eGovernment theme (huyện Nghĩa Hành, Quảng Ngãi), whole site served in NFD.

Hard cases: every page decomposed (NFD); weekday + time date ("Thứ ba - 08/04/2025 10:20") plus hidden
microdata; hometext lead outside the body; figure/figcaption before the body; author/source lines
after the body (not text); counter block with "," separators in the sidebar and a second one in the
footer; rating and send/print/save icon labels of its own.
"""
import datetime
from common import Portal, esc, href

P = Portal("p4_nghiahanh_nv", "Cổng thông tin điện tử huyện Nghĩa Hành", "Nghĩa Hành", "Quảng Ngãi",
           "NukeViet eGovernment")
THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
LIST1 = "/tin-tuc/hoat-dong-dia-phuong/"
LIST2 = "/tin-tuc/hoat-dong-dia-phuong/page-2"
INTRO = "/about/gioi-thieu-huyen-nghia-hanh.html"
NOTICE = "/thong-bao/thong-bao-lich-cat-dien-thang-8-trong-khu-vuc-thi-tran-cho-chua-112.html"
DOCS = "/van-ban/"

F_SIDE = ["Bộ đếm người truy cập", "Người đang đọc", "Lượt ghé trong ngày", "Lượt ghé trong tháng", "Tổng lượt ghé cổng"]
F_TOOL = ["Gửi bài cho bạn bè", "Bản để in", "Đánh dấu bài này", "Về đầu trang", "Cỡ chữ bài", "Quay lui", "Chia sẻ cho người thân"]
F_IN = ["Bầu chọn cho bài:", "Bài này được xem", "phiếu chấm", "Tin cùng chuyên mục mới hơn", "Tin cùng chuyên mục cũ hơn"]
F_LEFT = ["Hệ thống quản lý văn bản", "Thư điện tử công vụ"]
F_FOOT = ["© Ủy ban nhân dân huyện Nghĩa Hành giữ bản quyền", "Khách trực tuyến lúc này:"]

A = [
 dict(c="cai-cach-hanh-chinh", s="nghia-hanh-tiep-nhan-5-026-ho-so-trong-9-thang", id=2841, d=(2025, 10, 7, 8, 5),
      t="Nghĩa Hành tiếp nhận 5.026 hồ sơ trong 9 tháng", cap="Bộ phận một cửa huyện Nghĩa Hành",
      lead="Chín tháng năm 2025, hệ thống một cửa từ huyện đến xã tiếp nhận 5.026 hồ sơ, trong đó 4.871 hồ sơ mới và 155 hồ sơ tồn kỳ trước.",
      p=["Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 58,4%; có 96 hồ sơ gửi và nhận kết quả qua bưu chính công ích.",
         "Đã giải quyết xong 4.902 hồ sơ: trước hạn 2.277, đúng hạn 2.589, trễ hạn 36. Còn 124 hồ sơ đang trong hạn xử lý.",
         "Huyện đặt chỉ tiêu đến cuối năm không còn hồ sơ trễ hạn ở cấp xã."],
      must=["4.871 hồ sơ mới và 155 hồ sơ tồn kỳ trước", "trước hạn 2.277, đúng hạn 2.589, trễ hạn 36", "qua bưu chính công ích"]),
 dict(c="cai-cach-hanh-chinh", s="sipas-nam-2024-cac-xa-thi-tran", id=2817, d=(2025, 9, 16, 14, 40),
      t="Mức độ hài lòng của người dân tại 12 xã, thị trấn năm 2024", cap="Người dân làm thủ tục tại xã Hành Thịnh",
      lead="Phòng Nội vụ huyện công bố kết quả đo lường sự hài lòng (SIPAS) năm 2024 tại bộ phận một cửa cấp xã, bình quân đạt 88,30%.",
      p=["Một số đơn vị có kết quả cao và thấp nhất được nêu tại bảng sau.",
         "Các xã có chỉ số thấp phải xây dựng kế hoạch khắc phục, gửi về Phòng Nội vụ trước ngày 30/9."],
      tbl=[["Đơn vị", "SIPAS (%)", "Thứ hạng"], ["Thị trấn Chợ Chùa", "93,15", "1"], ["Xã Hành Phước", "91,02", "2"], ["Xã Hành Tín Đông", "82,47", "12"]],
      must=["bình quân đạt 88,30%", "Xã Hành Tín Đông", "xây dựng kế hoạch khắc phục"]),
 dict(c="hoat-dong-dia-phuong", s="hanh-thien-thu-hoach-lua-he-thu", id=2809, d=(2025, 8, 30, 7, 15),
      t="Hành Thiện thu hoạch lúa Hè Thu, năng suất 62 tạ/ha", cap="Máy gặt đập liên hợp trên cánh đồng Hành Thiện",
      lead="Nông dân xã Hành Thiện thu hoạch xong 410 ha lúa vụ Hè Thu với năng suất bình quân 62 tạ/ha.",
      p=["Giống lúa chủ lực là ĐV108 và TBR225, được gieo sạ đồng loạt theo lịch thời vụ của Trạm Khuyến nông.",
         "Nhờ máy gặt đập liên hợp, chi phí thu hoạch giảm gần một nửa so với gặt tay."],
      must=["410 ha lúa vụ Hè Thu", "ĐV108 và TBR225", "chi phí thu hoạch giảm gần một nửa"]),
 dict(c="hoat-dong-dia-phuong", s="khanh-thanh-truong-mau-giao-hanh-dung", id=2795, d=(2025, 8, 18, 9, 30),
      t="Khánh thành trường mẫu giáo xã Hành Dũng", cap="Các cháu mẫu giáo trong ngày khánh thành",
      lead="Trường mẫu giáo Hành Dũng vừa đưa vào sử dụng khu nhà hai tầng với sáu phòng học và bếp ăn bán trú.",
      p=["Công trình có vốn đầu tư 7,2 tỷ đồng, khởi công từ tháng 11 năm trước.",
         "Năm học mới, trường đón 186 cháu, trong đó có 40 cháu lần đầu đến lớp.",
         "Minh Khoa"],
      must=["sáu phòng học và bếp ăn bán trú", "vốn đầu tư 7,2 tỷ đồng", "186 cháu"]),
 dict(c="hoat-dong-dia-phuong", s="le-hoi-dua-thuyen-song-ve", id=2783, d=(2025, 8, 2, 16, 0),
      t="Sôi nổi giải đua thuyền trên sông Vệ", cap="Các đội thuyền tranh tài",
      lead="Mười đội thuyền của các xã ven sông Vệ tranh tài tại giải đua thuyền truyền thống do huyện tổ chức.",
      p=["Đội thuyền xã Hành Minh về nhất ở cự ly 1.200 m, đội Hành Đức về nhì.",
         "Hàng nghìn người dân hai bên bờ đến cổ vũ từ sáng sớm."],
      must=["Mười đội thuyền", "cự ly 1.200 m", "đội Hành Đức về nhì"]),
]


def full(d):
    return "%s - %02d/%02d/%d %02d:%02d" % (THU[datetime.date(*d[:3]).weekday()], d[2], d[1], d[0], d[3], d[4])


def url(a):
    return "/tin-tuc/%s/%s-%d.html" % (a["c"], a["s"], a["id"])


def shell(title, main, canon, crumbs):
    bc = "".join('<li><a href="%s"><span>%s</span></a></li>' % (href(u), esc(t)) for u, t in crumbs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Nghĩa Hành</title>
<link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"></head><body>
<header><a href="/" class="logo">Huyện Nghĩa Hành</a><ul class="nav"><li><a href="/">Trang nhất</a></li><li><a href="{href(INTRO)}">Giới thiệu</a></li><li><a href="{href(LIST1)}">Hoạt động địa phương</a></li><li><a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a></li><li><a href="{href(DOCS)}">Văn bản</a></li></ul></header>
<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li>{bc}</ul>
<div class="row"><div class="col-left"><div class="panel"><ul><li><a href="/qlvb">{F_LEFT[0]}</a></li><li><a href="/mail">{F_LEFT[1]}</a></li></ul></div></div>
<div class="col-main">{main}</div>
<div class="col-right"><div class="panel"><div class="panel-heading">{F_SIDE[0]}</div><ul class="counter">
<li><span>{F_SIDE[1]}</span><span>23</span></li><li><span>{F_SIDE[2]}</span><span>1,482</span></li><li><span>{F_SIDE[3]}</span><span>36,905</span></li><li><span>{F_SIDE[4]}</span><span>2,640,118</span></li></ul></div></div></div>
<footer><p>{F_FOOT[0]}</p><p>Địa chỉ: thị trấn Chợ Chùa, huyện Nghĩa Hành, tỉnh Quảng Ngãi</p><p>{F_FOOT[1]} 23</p></footer></body></html>"""


def art(a):
    tbl = ""
    if a.get("tbl"):
        tbl = "<table>" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "<p>%s</p>" % esc(a["p"][0]) + tbl + "".join("<p>%s</p>" % esc(x) for x in a["p"][1:])
    iso = "%04d-%02d-%02dT%02d:%02d:00+07:00" % a["d"]
    same = [b for b in A if b["c"] == a["c"] and b is not a]
    newer = "".join('<li><a href="%s">%s</a> <em>%02d/%02d/%d</em></li>' % (href(url(b)), esc(b["t"]), b["d"][2], b["d"][1], b["d"][0]) for b in same if b["d"] > a["d"])
    older = "".join('<li><a href="%s">%s</a> <em>%02d/%02d/%d</em></li>' % (href(url(b)), esc(b["t"]), b["d"][2], b["d"][1], b["d"][0]) for b in same if b["d"] < a["d"])
    return f"""<div class="news_column panel" itemscope data-type="NewsArticle">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a["t"])}</h1>
<span class="hidden" itemprop="datePublished">{iso}</span><span class="hidden" itemprop="author">Ban biên tập</span>
<div class="row"><span class="h5">{full(a["d"])}</span>
<ul class="list-inline"><li><span>{F_TOOL[4]}</span> <a href="#">+</a> <a href="#">-</a></li><li><a href="#" title="{F_TOOL[0]}"><em class="fa fa-envelope"></em></a></li><li><a href="/tin-tuc/print/{a["s"]}-{a["id"]}.html" title="{F_TOOL[1]}"><em class="fa fa-print"></em></a></li><li><a href="#" title="{F_TOOL[2]}"><em class="fa fa-save"></em></a></li></ul></div>
<div class="hometext m-bottom" itemprop="description">{esc(a["lead"])}</div>
<figure class="article center"><img src="/uploads/news/2025_0{a["d"][1] % 10}/{a["id"]}.jpg"><figcaption>{esc(a["cap"])}</figcaption></figure>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<p class="text-right"><strong>Tác giả:</strong> Phòng Văn hóa và Thông tin</p><p class="text-right"><strong>Nguồn tin:</strong> UBND huyện Nghĩa Hành</p>
<div class="rating"><span>{F_IN[0]}</span> 4.6 - 12 {F_IN[2]}</div><p>{F_IN[1]} {a["id"] // 3} lần</p><p><a href="#top">{F_TOOL[3]}</a> <a href="javascript:history.back()">{F_TOOL[5]}</a> <a href="#">{F_TOOL[6]}</a></p></div>
<div class="news_column panel"><h4>{F_IN[3]}</h4><ul>{newer}</ul><h4>{F_IN[4]}</h4><ul>{older}</ul></div>"""


for a in A:
    crumbs = [("/tin-tuc/%s/" % a["c"], "Cải cách hành chính" if a["c"] == "cai-cach-hanh-chinh" else "Hoạt động địa phương")]
    P.add(url(a), shell(a["t"], art(a), url(a), crumbs), nfd=True)
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(url(a), a["t"], "%04d-%02d-%02d" % a["d"][:3], [a["lead"]] + a["p"], a["must"], cells)

tz = lambda a: '<div class="media"><h3><a href="%s">%s</a></h3><p class="text-muted">%02d/%02d/%d</p><p>%s</p></div>' % (href(url(a)), esc(a["t"]), a["d"][2], a["d"][1], a["d"][0], esc(a["lead"]))
loc = [a for a in A if a["c"] == "hoat-dong-dia-phuong"]
par = [a for a in A if a["c"] == "cai-cach-hanh-chinh"]
P.add(LIST1, shell("Hoạt động địa phương", "".join(tz(a) for a in loc[:2]) + '<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="%s">2</a></li></ul>' % href(LIST2), LIST1, [(LIST1, "Hoạt động địa phương")]), nfd=True, non_article=True)
P.add(LIST2, shell("Hoạt động địa phương - Trang 2", "".join(tz(a) for a in loc[2:]) + '<ul class="pagination"><li><a href="%s">1</a></li><li class="active"><a href="#">2</a></li></ul>' % href(LIST1), LIST2, [(LIST1, "Hoạt động địa phương")]), nfd=True, non_article=True)
P.add("/tin-tuc/cai-cach-hanh-chinh/", shell("Cải cách hành chính", "".join(tz(a) for a in par), "/tin-tuc/cai-cach-hanh-chinh/", [("/tin-tuc/cai-cach-hanh-chinh/", "Cải cách hành chính")]), nfd=True, non_article=True)
IP = ["Nghĩa Hành là huyện đồng bằng xen trung du ở phía tây nam tỉnh Quảng Ngãi, có sông Vệ chảy qua và là quê hương của nhiều danh nhân.",
      "Huyện có 12 đơn vị hành chính cấp xã với khoảng 90 nghìn dân, sản xuất nông nghiệp vẫn giữ vai trò quan trọng.",
      "Những năm gần đây, các cụm công nghiệp Đồng Dinh và Đồng Cây Sanh thu hút nhiều doanh nghiệp chế biến nông sản, tạo việc làm cho lao động địa phương."]
P.add(INTRO, shell("Giới thiệu", '<div class="page panel"><h1>Giới thiệu huyện Nghĩa Hành</h1>' + "".join("<p>%s</p>" % esc(x) for x in IP) + "</div>", INTRO, [(INTRO, "Giới thiệu")]), nfd=True, non_article=True)
P.add(NOTICE, shell("Thông báo", '<div class="news_column panel"><h1 class="title">Thông báo lịch cắt điện tháng 8 trong khu vực thị trấn Chợ Chùa</h1><p><a href="/uploads/thong-bao/lich-cat-dien-t8.pdf">Tải về: lich-cat-dien-t8.pdf</a></p></div>', NOTICE, [("/thong-bao/", "Thông báo")]), nfd=True, non_article=True)
P.add(DOCS, shell("Văn bản", '<table><tr><td><a href="%s">Thông báo lịch cắt điện tháng 8</a></td></tr></table>' % href(NOTICE), DOCS, [(DOCS, "Văn bản")]), nfd=True, non_article=True)
P.add("/", shell("Trang nhất", "".join(tz(a) for a in A[:3]) + '<p><a href="%s">Thông báo lịch cắt điện</a></p>' % href(NOTICE), "/", []), nfd=True, non_article=True)
P.furniture(*F_SIDE, *F_TOOL, *F_IN, *F_LEFT, *F_FOOT, "Trang nhất")
P.finish()

"""Portal 4: huyện Lạc Sơn (Hòa Bình) on the Hòa Bình Liferay 7 CMS, portlet render URLs with articleId.
Hard cases: category heading h3.title-list-news above h1#titleDetail, date_time dd/MM/yyyy HH:mm with
font/read-aloud icons, #leadDetail lead outside #contentDetail, lead image with .img-title printing
"null", .author/.source after the body (outside it: not text), print icon to a print view that 404s,
rating widget "Đánh giá bài viết:", "Danh sách bài viết mới/cũ" lists with dates, counter box
"Lượt truy cập" with "." thousands, an article whose last paragraph is a "(Nguồn: ...)" line."""
from common import Portal, esc, href

P = Portal("p4_lacson_liferay7", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "Liferay 7 Hòa Bình CMS")
PID = "cmsview_WAR_hoabinhportalportlet"
PAGE = "/web/huyen-lac-son/tin-tuc"
def art_url(aid, cat=112):
    return f"{PAGE}?p_p_id={PID}&p_p_lifecycle=0&_{PID}_articleId={aid}&_{PID}_categoryId={cat}"
LIST = f"{PAGE}?p_p_id={PID}&p_p_lifecycle=0&_{PID}_categoryId=112"
LIST2 = LIST + f"&_{PID}_cur=2&_{PID}_delta=4"
ARTS = [
 dict(id=58213, title="Lạc Sơn nâng cao chất lượng phục vụ tại Bộ phận Một cửa cấp xã", published="2024-05-08", time="16:12", img="null", author="Bùi Thu", source="Trung tâm VH-TT huyện",
  lead="Bốn tháng đầu năm 2024, Bộ phận Một cửa của 24 xã, thị trấn huyện Lạc Sơn tiếp nhận 6.037 hồ sơ, giải quyết đúng và trước hạn 5.981 hồ sơ, đạt 99,07%.",
  paras=["Trong tổng số hồ sơ, có 2.214 hồ sơ được nộp trực tuyến, còn lại nộp trực tiếp. Số hồ sơ trễ hẹn là 12, tập trung ở lĩnh vực chứng thực và hộ tịch tại xã Ngọc Sơn và Tự Do.",
         "Ông Bùi Văn Thắng, Chủ tịch UBND xã Ân Nghĩa, chia sẻ: xã đã phân công một công chức trực hướng dẫn người dân dùng điện thoại thông minh nộp hồ sơ, nhờ vậy tỷ lệ hồ sơ trực tuyến của xã đạt 58%.",
         "Huyện đặt mục tiêu đến cuối năm có 100% xã, thị trấn thực hiện số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực."],
  must=["giải quyết đúng và trước hạn 5.981 hồ sơ, đạt 99,07%", "2.214 hồ sơ được nộp trực tuyến", "Số hồ sơ trễ hẹn là 12", "đạt 58%"]),
 dict(id=58190, title="Chỉ số CCHC năm 2023: Lạc Sơn giữ vị trí thứ 3", published="2024-04-22", time="09:40", img="Hội nghị công bố chỉ số", author="Quách Hương", source="",
  lead="UBND tỉnh Hòa Bình vừa công bố Chỉ số cải cách hành chính năm 2023; UBND huyện Lạc Sơn đạt 87,91 điểm, giữ vị trí thứ 3/10 đơn vị cấp huyện.",
  paras=["Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện năm 2023 đạt 86,45%, tăng 1,2% so với năm 2022.",
         "Huyện đứng đầu tỉnh ở lĩnh vực cải cách tổ chức bộ máy hành chính, song lĩnh vực xây dựng chính quyền điện tử mới đạt 71% số điểm tối đa.",
         "(Nguồn: Báo cáo số 152/BC-UBND ngày 19/4/2024 của UBND huyện Lạc Sơn)"],
  must=["đạt 87,91 điểm, giữ vị trí thứ 3/10", "(SIPAS) của huyện năm 2023 đạt 86,45%", "tăng 1,2% so với năm 2022"]),
 dict(id=58177, title="Khai mạc Lễ hội Khai hạ Mường Bi năm 2024", published="2024-02-15", time="08:30", img="null", author="Bùi Thu", source="",
  lead="Sáng 15/2 (tức mùng 6 Tết Giáp Thìn), tại thị trấn Vụ Bản, huyện Lạc Sơn tổ chức khai mạc Lễ hội Khai hạ Mường Bi năm 2024.",
  paras=["Phần lễ gồm nghi thức dâng hương tại đền thờ Thành hoàng và lễ rước nước cầu mùa. Phần hội có thi đánh cồng chiêng, ném còn, đẩy gậy và giới thiệu ẩm thực Mường.",
         "Năm nay, ban tổ chức bố trí khu trưng bày sản phẩm OCOP của 17 chủ thể trong huyện, thu hút đông đảo du khách."],
  must=["Lễ hội Khai hạ Mường Bi năm 2024", "đánh cồng chiêng, ném còn, đẩy gậy", "sản phẩm OCOP của 17 chủ thể"]),
 dict(id=58164, title="Số hồ sơ giải quyết quý IV/2023 theo đơn vị", published="2024-01-09", time="14:05", img="", author="Phòng Nội vụ", source="",
  lead="Quý IV năm 2023, toàn huyện Lạc Sơn tiếp nhận 5.212 hồ sơ thủ tục hành chính; tổng hợp một số đơn vị theo bảng dưới đây.",
  paras=["Kết quả tại một số xã:"],
  table=[["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Quá hạn"], ["Xã Yên Nghiệp", "318", "315", "0"], ["Xã Mỹ Thành", "274", "270", "2"],
         ["Xã Văn Sơn", "196", "196", "0"], ["Thị trấn Vụ Bản", "803", "791", "1"]],
  tail=["Các đơn vị có hồ sơ quá hạn đã thực hiện xin lỗi công dân theo quy định và được nhắc nhở tại giao ban tháng 1."],
  must=["Xã Mỹ Thành", "tiếp nhận 5.212 hồ sơ", "đã thực hiện xin lỗi công dân"]),
 dict(id=58151, title="Xã Quyết Thắng tiếp nhận hỗ trợ xây nhà đại đoàn kết", published="2023-12-12", time="10:00", img="null", author="Ngọc Mai", source="",
  lead="Ngày 11/12, Ủy ban MTTQ xã Quyết Thắng phối hợp với một doanh nghiệp tại Hà Nội trao kinh phí hỗ trợ xây 5 căn nhà đại đoàn kết cho hộ nghèo.",
  paras=["Mỗi hộ được hỗ trợ 50 triệu đồng, phần còn lại do gia đình, dòng họ và bà con xóm giềng góp công, góp vật liệu.",
         "Các căn nhà dự kiến hoàn thành trước Tết Nguyên đán để các hộ kịp đón Tết trong nhà mới.",
         "Ngọc Mai"],
  must=["5 căn nhà đại đoàn kết", "Mỗi hộ được hỗ trợ 50 triệu đồng", "kịp đón Tết trong nhà mới"]),
]
NOTICE = dict(id=58220, title="Thông báo kết quả xét tuyển công chức cấp xã năm 2024", pdf="/documents/20182/0/KQ-xet-tuyen-cong-chuc-xa.pdf")
P.furniture = ["Lượt truy cập", "Tổng số truy cập", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến", "Đánh giá bài viết",
               "Danh sách bài viết mới", "Danh sách bài viết cũ", "Cơ quan chủ quản: UBND huyện Lạc Sơn", "Sơ đồ cổng thông tin"]


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def layout(title, main, canonical=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}" />' if canonical else ""
    nav = "".join(f'<li class="lfr-nav-item"><a href="{href(u)}"><span>{t}</span></a></li>' for u, t in [("/web/huyen-lac-son", "Trang chủ"), ("/web/huyen-lac-son/gioi-thieu", "Giới thiệu"), (LIST, "Tin tức"), ("/web/huyen-lac-son/so-do-cong", "Sơ đồ cổng thông tin")])
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Huyện Lạc Sơn</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" />{c}</head>
<body class="controls-visible"><div class="container-fluid" id="wrapper"><header id="banner" role="banner"><nav id="navigation"><ul>{nav}</ul></nav></header>
<section id="content"><div class="row"><div class="col-md-9">{main}</div>
<div class="col-md-3"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div><i class="fa fa-users"></i> Tổng số truy cập: 3.412.907</div><div><i class="fa fa-calendar"></i> Trong tháng: 48.116</div>
<div><i class="fa fa-clock-o"></i> Trong ngày: 1.530</div><div><i class="fa fa-signal"></i> Tổng số trực tuyến : 64</div></div></div></div></section>
<footer id="footer"><p>Cơ quan chủ quản: UBND huyện Lạc Sơn, tỉnh Hòa Bình</p><p>Địa chỉ: khu 1, thị trấn Vụ Bản, huyện Lạc Sơn</p></footer></div></body></html>'''


def article_page(a):
    i = ARTS.index(a)
    def lst(xs):
        return "".join(f'<li><a href="{href(art_url(b["id"]))}">{esc(b["title"])}</a> <span class="date">{dmy(b["published"])}</span></li>' for b in xs)
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table style="width:100%" border="1"><tbody>' + "".join("<tr>" + "".join(f"<td><p>{esc(c)}</p></td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    img = f'<div class="img-detail"><img src="/documents/20182/{a["id"]}/anh-dai-dien.jpg" /><div class="img-title">{esc(a["img"])}</div></div>' if a["img"] else ""
    src = f'<div class="source">Nguồn: {esc(a["source"])}</div>' if a["source"] else ""
    main = f'''<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">{esc(a["title"])}</h1>
<div class="tool-detail"><span class="date_time">{dmy(a["published"])} {a["time"]}</span> <a class="font-size" href="javascript:void(0)">A</a> <a class="font-size-up" href="javascript:void(0)">A+</a> <span class="speech" title="Đọc bài"></span></div>
<div id="leadDetail">{esc(a["lead"])}</div>{img}
<div id="contentDetail">{body}</div>
<div class="author">{esc(a["author"])}</div>{src}
<div class="print-share"><a href="/web/huyen-lac-son/in-bai-viet?articleId={a["id"]}" title="In bài"><i class="fa fa-print"></i></a> <a href="javascript:history.back()"><i class="fa fa-reply"></i></a>
<span class="share-fb">Facebook</span> <span class="share-tw">Twitter</span></div>
<div class="rating"><span>Đánh giá bài viết:</span> <span class="stars" data-article="{a["id"]}"></span> <span class="rating-count"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(ARTS[max(0, i - 2):i])}</ul><h4>Danh sách bài viết cũ</h4><ul>{lst(ARTS[i + 1:i + 3])}</ul></div></div>'''
    return layout(a["title"], main, art_url(a["id"]))


def item(a):
    return f'<div class="item-news"><a class="title" href="{href(art_url(a["id"]))}">{esc(a["title"])}</a><span class="date_time">{dmy(a["published"])} {a["time"]}</span><p>{esc(a["lead"][:100])}...</p></div>'


home = '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>' + "".join(item(a) for a in ARTS[:3]) + f'</div><div class="box_border"><h3 class="title-list-news">Thông báo</h3><ul><li><a href="{href(art_url(NOTICE["id"], 115))}">{esc(NOTICE["title"])}</a></li></ul></div><a href="/web/huyen-lac-son/gioi-thieu">Giới thiệu huyện Lạc Sơn</a>'
P.add("/", layout("Trang chủ", home), kind="non_article")
P.add(LIST, layout("Tin tức", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>' + "".join(item(a) for a in ARTS[:3]) + f'<div class="pagination"><span>1</span> <a href="{href(LIST2)}">2</a></div></div>'), kind="non_article")
P.add(LIST2, layout("Tin tức", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>' + "".join(item(a) for a in ARTS[3:]) + f'<div class="pagination"><a href="{href(LIST)}">1</a> <span>2</span></div></div>'), kind="non_article")
P.add("/web/huyen-lac-son/gioi-thieu", layout("Giới thiệu", '<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><div class="content"><p>Lạc Sơn là huyện vùng cao phía nam tỉnh Hòa Bình, quê hương Mường Bi, gồm 23 xã và thị trấn Vụ Bản.</p><p>Điện thoại: 0218.3862.xxx</p></div></div>'), kind="non_article")
P.add(art_url(NOTICE["id"], 115), layout(NOTICE["title"], f'<div class="box_border"><h3 class="title-list-news">Thông báo</h3><h1 id="titleDetail">{esc(NOTICE["title"])}</h1><div id="contentDetail"><p><a href="{href(NOTICE["pdf"])}">Tải tệp đính kèm</a></p></div></div>', art_url(NOTICE["id"], 115)), kind="non_article")
for a in ARTS:
    P.add(art_url(a["id"]), article_page(a))
    P.article(art_url(a["id"]), a)
P.write()

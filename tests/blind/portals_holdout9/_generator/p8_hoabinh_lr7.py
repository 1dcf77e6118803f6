"""Portal 8: Liferay 7 Hòa Bình custom CMS, render URLs with articleId, category pages with categoryId.
Hard cases: "Lượt truy cập" box with "." thousands and "Tổng số trực tuyến :" in the sidebar, date_time dd/MM/yyyy HH:mm,
sapo (lead) in its own div OUTSIDE the body div, lead image with div.img-title caption,
div.author / div.source AFTER the body (not text), a JSP "null" artefact, star rating "Đánh giá bài viết:",
"Danh sách bài viết mới/cũ" lists, print link served as its own page."""
from common import Art, e, write_portal
PID = "lr7_lacson"
META = {"name": "Cổng thông tin điện tử huyện Lạc Sơn", "district": "Lạc Sơn", "province": "Hòa Bình", "platform": "Liferay 7 (Hòa Bình CMS)"}
FURN = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Tổng số trực tuyến :", "Đánh giá bài viết:", "Danh sách bài viết mới", "Danh sách bài viết cũ", "Bản in"]
V = "/web/huyen-lac-son/chi-tiet?p_p_id=cmsview_WAR_hoabinhportlet&articleId="
arts = [
 Art(V+"70412", "Lạc Sơn nâng tỷ lệ giải quyết hồ sơ đúng hạn lên 99,3%", "2024-11-07",
     ["Từ 15/12/2023 đến 14/9/2024, huyện nhận 9.844 hồ sơ; trong đó nộp trực tuyến 7.015 hồ sơ, qua bưu chính 203 hồ sơ, số kỳ trước chuyển sang 176.",
      "Số hồ sơ đã giải quyết là 9.731 (sớm hạn 6.688, đúng hạn 2.976, quá hạn 67), còn 289 hồ sơ đang giải quyết.",
      "Năm 2023, Chỉ số hài lòng SIPAS của huyện đạt 83,5%, tăng 2 bậc trong toàn tỉnh."],
     lead="Công tác cải cách thủ tục hành chính tiếp tục được chú trọng, tỷ lệ hồ sơ quá hạn chỉ còn 0,7%."),
 Art(V+"70398", "Chỉ số DDCI huyện Lạc Sơn năm 2023 xếp thứ 7/10", "2024-10-25",
     ["Tỉnh Hòa Bình vừa công bố kết quả đánh giá năng lực cạnh tranh các sở, ngành và huyện, thành phố năm 2023.",
      ("table", [["Chỉ số thành phần", "Điểm năm 2022", "Điểm năm 2023"], ["Tính minh bạch", "6,12", "6,85"], ["Chi phí thời gian", "5,90", "6,41"], ["Hỗ trợ doanh nghiệp", "5,47", "5,73"], ["Tổng điểm DDCI", "67,31", "70,96"]]),
      "Lạc Sơn tăng 3,65 điểm so với năm trước nhưng vẫn ở nhóm khá."],
     lead="Tổng điểm DDCI của huyện đạt 70,96 điểm."),
 Art(V+"70385", "Lễ hội Khai hạ của người Mường Lạc Sơn", "2024-10-18",
     ["Lễ hội được tổ chức tại xã Vũ Bình với phần lễ cúng thần linh và phần hội có đánh cồng chiêng, ném còn.",
      "Năm nay có khoảng 5.000 lượt người dân và du khách tham dự."],
     lead="Lễ hội thu hút hàng nghìn người tham dự."),
 Art(V+"70371", "Hỗ trợ giống ngô cho hộ nghèo xã Tự Do", "2024-10-04",
     ["Xã Tự Do nhận 1,2 tấn giống ngô lai để cấp cho 140 hộ nghèo và cận nghèo trồng vụ đông.",
      "Cán bộ khuyến nông hướng dẫn kỹ thuật làm đất tối thiểu."]),
 Art(V+"70360", "Bàn giao nhà văn hóa xóm Khộp", "2024-09-23",
     ["Công trình có diện tích 120 m2, kinh phí 850 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số."]),
 Art(V+"70352", "Kiểm tra an toàn thực phẩm dịp Tết Trung thu", "2024-09-10",
     ["Đoàn liên ngành kiểm tra 26 cơ sở kinh doanh bánh kẹo, phát hiện 3 cơ sở vi phạm về nhãn hàng hóa.",
      "Tổng số tiền xử phạt là 12,5 triệu đồng."],
     lead="Đoàn liên ngành kiểm tra 26 cơ sở."),
]
def layout(title, main, canon):
    return f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{e(title)} - Lạc Sơn</title>
<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"></head><body class="hoabinh-theme"><header><a href="/web/huyen-lac-son">UBND HUYỆN LẠC SƠN</a></header>
<nav><a href="/web/huyen-lac-son">Trang chủ</a> <a href="/web/huyen-lac-son/tin-tuc?categoryId=3021">Tin tức - Sự kiện</a> <a href="/web/huyen-lac-son/gioi-thieu">Giới thiệu</a></nav>
<div class="row"><div class="col-md-9">{main}</div><div class="col-md-3"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<p>Tổng số truy cập: 1.562.408</p><p>Trong tháng: 18.220</p><p>Trong ngày: 604</p><p>Tổng số trực tuyến : 27</p></div></div></div>
<footer>Cổng thông tin điện tử huyện Lạc Sơn - Cơ quan chủ quản: UBND huyện Lạc Sơn. Ghi rõ nguồn khi trích dẫn.</footer></body></html>"""
def dmy(d): return f"{d[8:]}/{d[5:7]}/{d[:4]}"
pages = {}
H = "/web/huyen-lac-son"
NT = "/web/huyen-lac-son/thong-bao?p_p_id=cmsview_WAR_hoabinhportlet&articleId=70420"
home = '<h3 class="title-list-news">Tin nổi bật</h3>' + "".join(f'<div class="news-item"><a href="{e(a.path)}">{e(a.title)}</a></div>' for a in arts[:3]) + f'<h3 class="title-list-news">Thông báo</h3><a href="{e(NT)}">Thông báo về việc tuyển sinh lớp cảm tình Đảng</a>'
pages["/"] = (layout("Trang chủ", home, "/"), "utf-8", 200)
pages[H] = pages["/"]
L1 = "/web/huyen-lac-son/tin-tuc?categoryId=3021"; L2 = L1 + "&cur=2"
for path, ch in ((L1, arts[:4]), (L2, arts[4:])):
    it = "".join(f'<div class="news-item"><a href="{e(a.path)}">{e(a.title)}</a><span class="date_time">{dmy(a.date)}</span><p>{e(a.lead or a.paras[0])}</p></div>' for a in ch)
    pages[path] = (layout("Tin tức", f'<h3 class="title-list-news">Tin tức - Sự kiện</h3>{it}<ul class="pagination"><li><a href="{e(L1)}">1</a></li><li><a href="{e(L2)}">2</a></li></ul>', path), "utf-8", 200)
pages["/web/huyen-lac-son/gioi-thieu"] = (layout("Giới thiệu", "<h3>Giới thiệu chung</h3><p>Lạc Sơn là huyện vùng thấp của tỉnh Hòa Bình, người Mường chiếm trên 80% dân số.</p>", "/web/huyen-lac-son/gioi-thieu"), "utf-8", 200)
pages[NT] = (layout("Thông báo", '<h3 class="title_news">Thông báo về việc tuyển sinh lớp cảm tình Đảng</h3><a href="/documents/20182/tb-70420.pdf">Tệp đính kèm</a>', NT), "utf-8", 200)
for i, a in enumerate(arts):
    rel = lambda xs: "".join(f'<li><a href="{e(b.path)}">{e(b.title)}</a> ({dmy(b.date)})</li>' for b in xs)
    sapo = f'<div class="sapo"><strong>{e(a.lead)}</strong></div>' if a.lead else ""
    img = '<div class="img-lead"><img src="/documents/20182/anh.jpg"><div class="img-title">null</div></div>' if i % 2 else '<div class="img-lead"><img src="/documents/20182/anh2.jpg"><div class="img-title">Quang cảnh hội nghị</div></div>'
    pr = a.path.replace("chi-tiet?", "ban-in?")
    main = f"""<div class="detail-news"><h3 class="title_news">{e(a.title)}</h3><span class="date_time">{dmy(a.date)} {8+i:02d}:05</span> <span class="font-size">A- A+</span>
{sapo}{img}<div class="content-detail">{a.body()}</div>
<div class="author">Lò Thị Hằng</div><div class="source">Trung tâm Văn hóa, Thông tin và Thể thao</div>
<div class="rating">Đánh giá bài viết: ★★★★☆</div><a href="{e(pr)}">Bản in</a>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{rel(arts[max(0,i-2):i])}</ul><h4>Danh sách bài viết cũ</h4><ul>{rel(arts[i+1:i+3])}</ul></div></div>"""
    pages[a.path] = (layout(a.title, main, a.path), "utf-8", 200)
    if i < 2:  # print views served (canonical points to the article)
        pages[pr] = (layout(a.title, f'<h3 class="title_news">{e(a.title)}</h3>{sapo}<div class="content-detail">{a.body()}</div>', a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, [NT, "/web/huyen-lac-son/gioi-thieu"], FURN)

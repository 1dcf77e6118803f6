"""Portal 3 - Liferay 7 custom CMS (Hòa Bình style, cmsview portlet): huyện Lạc Sơn, Hòa Bình."""
from common import Portal, e, attr, dmy, render_body, HOST

P = Portal("lacson_lr7", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 (custom cmsview)")
SITE = "Cổng thông tin điện tử huyện Lạc Sơn"
TODAY = "Hôm nay: 20/12/2024"

ART = [
    dict(id=20931, cat="Cải cách hành chính", catid=31, date="2024-04-12", time="10:21",
         title="Kết quả chấm điểm Bộ chỉ số phục vụ người dân, doanh nghiệp quý I năm 2024",
         lead="Huyện Lạc Sơn đạt 78,6/100 điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong quý I/2024.",
         paras=[
             "Trong quý, UBND huyện tiếp nhận 2.457 hồ sơ, đã giải quyết 2.301 hồ sơ, trong đó đúng hạn 2.263 hồ sơ, quá hạn 38 hồ sơ.",
             "Tỷ lệ hồ sơ trực tuyến mới đạt 41,2%, thấp hơn chỉ tiêu tỉnh giao; nhóm chỉ tiêu số hóa hồ sơ, kết quả giải quyết chỉ đạt 9,5/18 điểm.",
             "UBND huyện yêu cầu các xã, thị trấn bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Bộ phận Một cửa."],
         author="Bùi Thị Hiền", source="Phòng Văn hóa và Thông tin"),
    dict(id=21877, cat="Cải cách hành chính", catid=31, date="2024-07-16", time="08:45",
         title="Kết quả chấm điểm Bộ chỉ số phục vụ người dân, doanh nghiệp quý II năm 2024",
         lead="Quý II/2024, điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của huyện Lạc Sơn tăng lên 83,1 điểm, xếp thứ 5/10 huyện, thành phố.",
         paras=[
             "Số hồ sơ tiếp nhận trong quý là 2.718 hồ sơ; đã giải quyết 2.644 hồ sơ, trong đó trước hạn 1.905 hồ sơ, đúng hạn 722 hồ sơ, quá hạn 17 hồ sơ.",
             "Điểm các nhóm chỉ tiêu như sau:",
             "Mức độ hài lòng của người dân, doanh nghiệp trong quý đạt 96,8%.",
             "Bùi Thị Hiền"],
         table_after=1,
         table=[["Nhóm chỉ tiêu", "Điểm tối đa", "Điểm đạt"],
                ["Công khai, minh bạch", "18", "16,5"],
                ["Tiến độ giải quyết", "20", "19,2"],
                ["Dịch vụ công trực tuyến", "12", "8,4"],
                ["Mức độ số hóa hồ sơ", "22", "14,9"]],
         table_cell="Mức độ số hóa hồ sơ",
         author=None, source=None),
    dict(id=22640, cat="Cải cách hành chính", catid=31, date="2024-10-14", time="15:02",
         title="Kết quả chấm điểm Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2024",
         lead="Trong quý III/2024, Lạc Sơn đạt 86,45 điểm, tăng 3,35 điểm so với quý II.",
         paras=[
             "Toàn huyện tiếp nhận 2.903 hồ sơ, giải quyết đúng hạn 2.856 hồ sơ, đạt 99,1%; có 26 hồ sơ trễ hạn; 21 hồ sơ đang giải quyết.",
             "Tỷ lệ hồ sơ trực tuyến đạt 58,7%, lần đầu tiên vượt chỉ tiêu tỉnh giao."],
         author="Bùi Thị Hiền", source="Phòng Văn hóa và Thông tin"),
    dict(id=22013, cat="Cải cách hành chính", catid=31, date="2024-08-02", time="09:10",
         title="Thanh tra việc thực hiện công vụ tại UBND xã Tân Lập",
         lead="Thực hiện kế hoạch kiểm tra công vụ năm 2024, ngày 31/7, đoàn kiểm tra của huyện đã làm việc đột xuất tại UBND xã Tân Lập.",
         paras=[
             "Tại thời điểm kiểm tra, có 2 công chức vắng mặt không có lý do, 1 công chức không đeo thẻ khi tiếp công dân.",
             "Đoàn cũng phát hiện 5 hồ sơ chứng thực chưa được cập nhật lên phần mềm một cửa điện tử của tỉnh.",
             "Trưởng đoàn yêu cầu Chủ tịch UBND xã tổ chức kiểm điểm, xử lý trách nhiệm cá nhân và báo cáo kết quả trước ngày 15/8."],
         author="Đinh Công Thành", source=None),
    dict(id=22991, cat="Tin tức - Sự kiện", catid=12, date="2024-12-11", time="16:40",
         title="Lạc Sơn chuẩn bị tổ chức Lễ hội Khai hạ Mường Bi năm 2025",
         lead="Huyện Lạc Sơn đang gấp rút hoàn thiện phương án tổ chức lễ hội truyền thống của đồng bào Mường vào dịp đầu xuân.",
         paras=[
             "Ban Tổ chức dự kiến tái hiện nghi lễ rước nước, trình diễn cồng chiêng và thi đánh mảng giữa các xóm.",
             "Huyện cũng vận động các hộ kinh doanh ký cam kết niêm yết giá, giữ gìn vệ sinh khu vực lễ hội."],
         author=None, source="Ban Tổ chức lễ hội"),
    dict(id=23005, cat="Cải cách hành chính", catid=31, date="2024-12-17", time="07:55",
         title="Lạc Sơn đối thoại với người dân về thủ tục đất đai",
         lead="Chiều 16/12, Chủ tịch UBND huyện chủ trì buổi đối thoại với người dân về giải quyết thủ tục hành chính lĩnh vực đất đai.",
         paras=[
             "Người dân phản ánh thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu còn dài, phải đi lại nhiều lần để bổ sung giấy tờ.",
             "Lãnh đạo huyện thừa nhận trong năm có 74 hồ sơ đất đai bị quá hạn và cam kết giảm một nửa trong năm 2025."],
         author="Đinh Công Thành", source=None),
]
for a in ART:
    a["path"] = f"/tin-tuc?articleId={a['id']}&categoryId={a['catid']}"

CATS = {31: ("Cải cách hành chính", "/tin-tuc?categoryId=31"), 12: ("Tin tức - Sự kiện", "/tin-tuc?categoryId=12")}


def counter_box():
    return """<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="counter-row"><i class="fa fa-users"></i> Tổng số truy cập: 1.048.226</div>
<div class="counter-row"><i class="fa fa-calendar"></i> Trong tháng: 23.914</div>
<div class="counter-row"><i class="fa fa-clock-o"></i> Trong ngày: 704</div>
<div class="counter-row"><i class="fa fa-signal"></i> Tổng số trực tuyến : 29</div></div>"""


def page(title, canon, main):
    return f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="UTF-8" />
<title>{e(title)}</title>
<link rel="canonical" href="{HOST}{attr(canon)}" />
<meta property="og:url" content="{HOST}{attr(canon)}" />
</head><body>
<div class="header"><div class="top-bar"><span class="today">{TODAY}</span>
<a href="#" class="contrast">Tương phản</a> <a href="/c/portal/login">Đăng nhập</a></div>
<div class="banner"><a href="/"><img src="/o/lacson-theme/images/banner.jpg" alt="{SITE}" /></a></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc?categoryId=12">Tin tức - Sự kiện</a></li><li><a href="/tin-tuc?categoryId=31">Cải cách hành chính</a></li>
<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="container"><div class="row"><div class="col-md-8">
{main}
</div><div class="col-md-4">
<div class="box_bg"><h3 class="title-list-news">Văn bản mới</h3><ul><li><a href="/van-ban">Xem danh sách văn bản</a></li></ul></div>
{counter_box()}
</div></div></div>
<div class="footer"><p>Bản quyền thuộc về Ủy ban nhân dân huyện Lạc Sơn</p>
<p>Địa chỉ: Khu 5, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình - Điện thoại: 0218.3862.208</p>
<p>Giấy phép số 21/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hòa Bình cấp.</p></div>
</body></html>"""


def article(a):
    cname, curl = CATS[a["catid"]]
    same = sorted([x for x in ART if x is not a], key=lambda x: x["date"], reverse=True)
    newer = [x for x in same if x["date"] > a["date"]][:4]
    older = [x for x in same if x["date"] < a["date"]][:4]
    def lst(xs):
        return "".join(f'<li><a href="{attr(x["path"])}">{e(x["title"])}</a> <span class="date_time">{dmy(x["date"])}</span></li>' for x in xs)
    lead_img = f'<div class="lead-img"><img src="/documents/20182/{a["id"]}/anh-bai.jpg" alt="" /><div class="img-title">null</div></div>' if a["id"] % 2 else ""
    au = f'<div class="author">{e(a["author"])}</div>' if a.get("author") else ""
    so = f'<div class="source">Nguồn: {e(a["source"])}</div>' if a.get("source") else ""
    main = f"""<div class="box_border">
<h3 class="title-list-news"><a href="{attr(curl)}">{e(cname)}</a></h3>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{attr(curl)}">{e(cname)}</a> / <span>{e(a['title'])}</span></div>
<h1 id="titleDetail" class="title-detail">{e(a['title'])}</h1>
<div class="tool-detail"><span class="date_time">{dmy(a['date'])} {a['time']}</span>
<span class="font-size"><a href="#" title="Giảm cỡ chữ">A-</a> <a href="#" title="Tăng cỡ chữ">A+</a></span> <a href="#" class="speak" title="Đọc bài viết">Nghe đọc bài</a></div>
<div id="leadDetail" class="lead-detail"><strong>{e(a['lead'])}</strong></div>
{lead_img}
<div id="contentDetail" class="content-detail">
{render_body(a)}
</div>
{au}{so}
<div class="print-share"><a href="javascript:history.back()">Quay lại</a> <a href="javascript:window.print()">In bài viết</a>
<a href="javascript:void(0)" onclick="shareFacebook()" class="share-fb">Chia sẻ</a></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="{a['id']}"></span></div>
<div id="footerOfNewDetail"><div class="list-new"><h4>Danh sách bài viết mới</h4><ul>{lst(newer)}</ul></div>
<div class="list-old"><h4>Danh sách bài viết cũ</h4><ul>{lst(older)}</ul></div></div>
</div>"""
    return page(f"{a['title']} - {SITE}", a["path"], main)


def listing(catid, items, canon, pager):
    cname, curl = CATS[catid]
    lis = "".join(f"""<div class="news-item"><img src="/documents/20182/{a['id']}/thumb.jpg" alt="" />
<a class="title" href="{attr(a['path'])}">{e(a['title'])}</a> <span class="date_time">{dmy(a['date'])} {a['time']}</span>
<p class="summary">{e(a['lead'])}</p></div>""" for a in items)
    main = f"""<div class="box_border"><h3 class="title-list-news">{e(cname)}</h3>{lis}<div class="paging">{pager}</div></div>"""
    return page(f"{cname} - {SITE}", canon, main)


cchc = sorted([a for a in ART if a["catid"] == 31], key=lambda x: x["date"], reverse=True)
home = page(SITE, "/", f"""<div class="box_border"><h3 class="title-list-news">Tin tức nổi bật</h3>
<div class="hot"><a href="{attr(ART[4]['path'])}">{e(ART[4]['title'])}</a><p>{e(ART[4]['lead'])}</p></div></div>
<div class="box_border"><h3 class="title-list-news">Cải cách hành chính</h3><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> <span class="date_time">{dmy(a["date"])}</span></li>' for a in cchc[:3])}
</ul><a href="/tin-tuc?categoryId=31">Xem thêm</a></div>""")
P.add("/", home, "non_article")
L1 = "/tin-tuc?categoryId=31"
L2 = "/tin-tuc?categoryId=31&_cmsview_cur=2&_cmsview_delta=4"
P.add(L1, listing(31, cchc[:4], L1, f'<span class="active">1</span> <a href="{attr(L2)}">2</a> <a href="{attr(L2)}">»</a>'), "non_article")
P.add(L2, listing(31, cchc[4:], L2, f'<a href="{attr(L1)}">«</a> <a href="{attr(L1)}">1</a> <span class="active">2</span>'), "non_article")
P.add("/gioi-thieu", page(f"Giới thiệu - {SITE}", "/gioi-thieu", """<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3>
<h1 id="titleDetail">Khái quát về huyện Lạc Sơn</h1>
<div id="contentDetail"><p>Lạc Sơn là huyện miền núi nằm ở phía Nam tỉnh Hòa Bình, là một trong bốn Mường lớn của người Mường xưa: Bi, Vàng, Thàng, Động.</p>
<p>Huyện có diện tích tự nhiên gần 59 nghìn ha; người Mường chiếm hơn 80% dân số. Vùng đất này còn lưu giữ nhiều lễ hội, mo Mường và nghệ thuật cồng chiêng đặc sắc.</p></div></div>"""), "non_article")
P.add("/lien-he", page(f"Liên hệ - {SITE}", "/lien-he", """<div class="box_border"><h3 class="title-list-news">Liên hệ</h3>
<p>Ban biên tập Cổng thông tin điện tử huyện Lạc Sơn trân trọng cảm ơn các ý kiến đóng góp của bạn đọc. Thư góp ý xin gửi qua biểu mẫu dưới đây hoặc hộp thư lacson@hoabinh.gov.vn.</p>
<form><input type="text" placeholder="Họ tên" /><textarea placeholder="Nội dung"></textarea><button>Gửi</button></form></div>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)
P.furniture = ["Lượt truy cập", "Tổng số truy cập", "Tổng số trực tuyến", "Danh sách bài viết mới",
               "Danh sách bài viết cũ", "Đánh giá bài viết", "Nghe đọc bài", "Tương phản", TODAY]
if __name__ == "__main__":
    P.write()

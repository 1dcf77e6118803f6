"""Portal 7: WordPress commune site, /YYYY/MM/DD/<slug>/ permalinks, /category/tin-tuc/page/2/.
Hard cases: date in the URL and as "Đăng lúc HH:mm, dd tháng mm, yyyy", breadcrumb that repeats the title,
headline in h2.entry-title, "Bài viết mới" sidebar widget with dates, share buttons, widget counter with "." thousands,
closing byline inside entry-content (is text), welcome text."""
from common import Art, e, write_portal
PID = "wp_hoaninh"
META = {"name": "Cổng thông tin điện tử xã Hòa Ninh", "district": "Hòa Vang", "province": "Đà Nẵng", "platform": "WordPress"}
FURN = ["Bài viết mới", "Chia sẻ:", "Lượt truy cập hôm nay", "Tổng lượt truy cập", "Chào mừng bạn đến với Cổng thông tin điện tử xã Hòa Ninh", "Để lại bình luận"]
arts = [
 Art("/2024/11/04/mot-cua-xa-hoa-ninh-thang-10-2024/", "Bộ phận Một cửa xã Hòa Ninh: kết quả tháng 10/2024", "2024-11-04",
     ["Tháng 10, Bộ phận Một cửa xã tiếp nhận 214 hồ sơ, trong đó có 171 hồ sơ trực tuyến, 5 hồ sơ gửi qua bưu điện; tháng 9 chuyển sang 8 hồ sơ.",
      "Xã đã giải quyết 209 hồ sơ, gồm 150 hồ sơ giải quyết sớm, 58 hồ sơ đúng hẹn và 1 hồ sơ trễ hẹn do thiếu bản đồ địa chính; 13 hồ sơ đang xử lý.",
      "Kiều Oanh"]),
 Art("/2024/10/21/sipas-xa-hoa-ninh-2024/", "Người dân chấm điểm hài lòng 94,2% đối với xã Hòa Ninh", "2024-10-21",
     ["Đợt khảo sát SIPAS năm 2024 do thành phố thực hiện với 150 phiếu cho thấy người dân đánh giá cao thái độ của công chức Một cửa.",
      ("table", [["Tiêu chí", "Tỷ lệ hài lòng"], ["Tiếp cận dịch vụ", "95,1%"], ["Thủ tục hành chính", "93,0%"], ["Công chức giải quyết", "96,4%"], ["Kết quả giải quyết", "92,3%"]]),
      "Xã xếp thứ 2 trong 11 xã của huyện Hòa Vang.",
      "Kiều Oanh"]),
 Art("/2024/10/15/chi-so-cai-cach-hanh-chinh-hoa-vang-2023/", "Huyện Hòa Vang đạt 89,7 điểm Chỉ số cải cách hành chính", "2024-10-15",
     ["Theo kết quả thành phố công bố, Chỉ số cải cách hành chính năm 2023 của huyện Hòa Vang đạt 89,7 điểm, xếp thứ 3/8 quận, huyện.",
      "Xã Hòa Ninh đóng góp vào kết quả chung với tỷ lệ hồ sơ trực tuyến cao nhất huyện."]),
 Art("/2024/10/08/trong-rung-tai-thon-an-son/", "Trồng 5 ha rừng gỗ lớn tại thôn An Sơn", "2024-10-08",
     ["Hợp tác xã Hòa Ninh phối hợp với người dân trồng mới 5 ha keo lai theo hướng gỗ lớn, có chứng chỉ FSC.",
      "Minh Tâm"]),
 Art("/2024/09/27/hoi-thi-nau-an-phu-nu/", "Hội thi nấu ăn ngon của phụ nữ xã", "2024-09-27",
     ["Mười chi hội tham gia với các món đặc sản như bánh tráng cuốn thịt heo và gà Bà Nà."]),
 Art("/2024/09/18/sua-chua-cau-treo-thon-trung-son/", "Sửa chữa cầu treo thôn Trung Sơn", "2024-09-18",
     ["Cầu treo được thay toàn bộ mặt sàn gỗ và cáp neo, tổng kinh phí 680 triệu đồng từ ngân sách huyện.",
      "Trong thời gian thi công, người dân đi lại qua đập tràn."]),
]
MONTH = lambda d: f"{int(d[8:])} tháng {int(d[5:7])}, {d[:4]}"
def layout(title, main, canon):
    side = '<aside id="secondary"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>' + "".join(f'<li><a href="{a.path}">{e(a.title)}</a> <span class="post-date">{MONTH(a.date)}</span></li>' for a in arts[:4]) + '</ul></section><section class="widget"><h2 class="widget-title">Thống kê</h2><p>Lượt truy cập hôm nay: 146</p><p>Tổng lượt truy cập: 218.904</p></section></aside>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{e(title)} – Xã Hòa Ninh</title>
<link rel="canonical" href="http://{{{{HOST}}}}{canon}"><meta property="og:url" content="http://{{{{HOST}}}}{canon}"></head><body class="wp-site">
<header class="site-header"><p class="site-title"><a href="/">UBND xã Hòa Ninh</a></p><div class="welcome">Chào mừng bạn đến với Cổng thông tin điện tử xã Hòa Ninh</div>
<nav><ul id="primary-menu"><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/category/thong-bao/">Thông báo</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main">{main}</main>{side}</div>
<footer class="site-footer">UBND xã Hòa Ninh, huyện Hòa Vang, thành phố Đà Nẵng · Điện thoại 0236 3xxx xxx</footer></body></html>"""
pages = {}
teaser = lambda a: f'<article><h2 class="entry-title"><a href="{a.path}">{e(a.title)}</a></h2><div class="entry-summary"><p>{e(a.paras[0][:100])} […]</p></div></article>'
home = "".join(teaser(a) for a in arts[:3]) + '<h3>Thông báo</h3><ul><li><a href="/2024/11/12/thong-bao-lich-tiep-dan-thang-12/">Thông báo lịch tiếp dân tháng 12</a></li></ul><a href="/category/tin-tuc/">Xem thêm</a>'
pages["/"] = (layout("Trang chủ", home, "/"), "utf-8", 200)
for path, ch in (("/category/tin-tuc/", arts[:4]), ("/category/tin-tuc/page/2/", arts[4:])):
    pages[path] = (layout("Tin tức", '<h1 class="page-title">Chuyên mục: Tin tức</h1>' + "".join(teaser(a) for a in ch) + '<nav class="pagination"><a class="page-numbers" href="/category/tin-tuc/">1</a> <a class="page-numbers" href="/category/tin-tuc/page/2/">2</a></nav>', path), "utf-8", 200)
pages["/gioi-thieu/"] = (layout("Giới thiệu", '<h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Hòa Ninh là xã miền núi phía Tây huyện Hòa Vang, giáp khu du lịch Bà Nà.</p></div>', "/gioi-thieu/"), "utf-8", 200)
N = "/2024/11/12/thong-bao-lich-tiep-dan-thang-12/"
pages[N] = (layout("Thông báo", '<h2 class="entry-title">Thông báo lịch tiếp dân tháng 12</h2><div class="entry-content"><p><a href="/wp-content/uploads/2024/11/lich-tiep-dan-t12.pdf">lich-tiep-dan-t12.pdf</a></p></div>', N), "utf-8", 200)
for a in arts:
    main = f"""<nav class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/category/tin-tuc/">Tin tức</a> » <span>{e(a.title)}</span></nav>
<article class="post"><h2 class="entry-title">{e(a.title)}</h2><div class="entry-meta">Đăng lúc 09:30, {MONTH(a.date)}</div>
<div class="entry-content">{a.body()}</div>
<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Zalo</a></div></article>
<div id="respond"><h3>Để lại bình luận</h3></div>"""
    pages[a.path] = (layout(a.title, main, a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, [N, "/gioi-thieu/"], FURN)

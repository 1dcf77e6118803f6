"""Portal 2: Liferay 6.1 Bkav portal_egov, asset_publisher urlTitle URLs (Liferay drops đ).
Hard cases: visit-counter portlet in the LEFT column before content, weekday date with HH:ss,
"Thứ Bẩy", social panel with Email/A-/A+, Tin mới hơn/Tin cũ hơn lists with (dd/MM), an article
served under two URLs (canonical names one), very short article."""
from common import Art, e, write_portal
PID = "lr_xuyenmoc_bkav"
META = {"name": "Cổng thông tin điện tử huyện Xuyên Mộc", "district": "Xuyên Mộc", "province": "Bà Rịa - Vũng Tàu",
        "platform": "Liferay 6.1 Bkav portal_egov"}
FURN = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tin mới hơn", "Tin cũ hơn",
        "Đọc bài viết", "Chuyên mục tin"]
P = "/web/guest/tin-tuc/-/asset_publisher/Xm7kQ2/content/"
WD = {"2024-11-02": "Thứ Bẩy", "2024-10-28": "Thứ Hai", "2024-10-17": "Thứ Năm", "2024-10-09": "Thứ Tư", "2024-09-24": "Thứ Ba", "2024-09-20": "Thứ Sáu"}
arts = [
 Art(P+"xuyen-moc-tiep-nhan-3-412-ho-so-trong-thang-10", "Xuyên Mộc tiếp nhận 3.412 hồ sơ trong tháng 10", "2024-11-02",
     ["Theo báo cáo của Trung tâm Phục vụ hành chính công huyện, tháng 10/2024 toàn huyện tiếp nhận mới 3.412 hồ sơ, số từ kỳ trước chuyển qua là 287 hồ sơ.",
      "Kết quả, 3.298 hồ sơ đã có kết quả, trong đó giải quyết trước hạn 2.604 hồ sơ, đúng hạn 671 hồ sơ, trễ hạn 23 hồ sơ; số hồ sơ đang xử lý là 401.",
      "Tỷ lệ hồ sơ nộp trực tuyến đạt 76,3%, số hồ sơ trả kết quả qua bưu điện là 129.",
      "Huyện tiếp tục duy trì việc nhắn tin SMS báo kết quả cho người dân."]),
 Art(P+"chi-so-ddci-nam-2023-xa-hoa-hiep-dan-au", "Chỉ số DDCI năm 2023: xã Hòa Hiệp dẫn đầu", "2024-10-28",
     ["Hội đồng đánh giá năng lực cạnh tranh cấp xã vừa công bố kết quả Chỉ số DDCI năm 2023 của 13 xã, thị trấn trên địa bàn huyện Xuyên Mộc.",
      ("table", [["STT", "Đơn vị", "Điểm DDCI", "Xếp hạng"], ["1", "Xã Hòa Hiệp", "72,84", "1/13"], ["2", "Thị trấn Phước Bửu", "71,20", "2/13"], ["3", "Xã Bưng Riềng", "68,95", "3/13"], ["4", "Xã Bàu Lâm", "61,47", "13/13"]]),
      "Bộ chỉ số gồm 9 chỉ số thành phần, trong đó chi phí không chính thức và tính minh bạch được doanh nghiệp chấm thấp nhất."]),
 Art(P+"nang-cao-chat-luong-phuc-vu-tai-bo-phan-mot-cua-cap-xa", "Nâng cao chất lượng phục vụ tại Bộ phận Một cửa cấp xã", "2024-10-17",
     ["Năm 2024, huyện bố trí thêm 26 máy tính và 13 máy quét tài liệu cho Bộ phận Một cửa các xã để phục vụ số hóa hồ sơ.",
      "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã đến nay đạt 81,5%.",
      "Chỉ số hài lòng SIPAS của huyện năm 2023 đạt 85,96%, xếp thứ 4/8 địa phương trong tỉnh."]),
 Art(P+"mua-giai-bong-chuyen-hoi-nong-dan", "Mở màn giải bóng chuyền Hội Nông dân", "2024-10-09",
     ["Giải quy tụ 16 đội bóng nam đến từ các cơ sở Hội, thi đấu tại sân vận động trung tâm huyện trong 4 ngày.",
      "Đội xã Bông Trang là đương kim vô địch."]),
 Art(P+"ho-tro-nha-o-cho-ho-ngheo-xa-tan-lam", "Hỗ trợ nhà ở cho hộ nghèo xã Tân Lâm", "2024-09-24",
     ["Mặt trận Tổ quốc huyện trao kinh phí 50 triệu đồng cho gia đình bà Trần Thị Sen để xây nhà mới.",
      "Từ đầu năm, huyện đã hỗ trợ 18 căn nhà Đại đoàn kết."]),
 Art(P+"lich-cat-ien-ngay-22-9", "Lịch cắt điện ngày 22/9", "2024-09-20",
     ["Điện lực Xuyên Mộc ngừng cấp điện từ 7 giờ đến 15 giờ tại ấp 3 xã Xuyên Mộc."]),
]
DUP = "/web/guest/trang-chu/-/asset_publisher/Hm3Pz9/content/xuyen-moc-tiep-nhan-3-412-ho-so-trong-thang-10"
def layout(title, main, canon):
    counter = """<div class="portlet-boundary portlet-visit-counter"><div class="portlet-title">Thống Kê Truy Cập</div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span>Tổng số lượt truy cập</span><span class="counter-value">2847331</span></div>
<div><span>Số người đang truy cập</span><span class="counter-value">38</span></div>
<div>Hôm nay</span><span class="counter-value">1204</span></div>
<div><span>Tuần trước</span><span class="counter-value">9881</span></div></div></div></div>"""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)} - Xuyên Mộc</title>
<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"><meta property="og:url" content="http://{{{{HOST}}}}{e(canon)}"></head>
<body class="portal-xuyen-moc-theme"><div id="banner"><a href="/">UBND HUYỆN XUYÊN MỘC</a></div>
<nav><a href="/">Trang chủ</a> <a href="/web/guest/tin-tuc">Tin tức</a> <a href="/web/guest/gioi-thieu">Giới thiệu</a> <a href="/web/guest/so-do-trang">Sơ đồ trang</a></nav>
<div id="column-1" class="aui-w25">{counter}<div class="portlet"><div class="portlet-title">Chuyên mục tin</div><ul><li><a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a></li></ul></div></div>
<div id="column-2" class="aui-w75">{main}</div><div id="footer">Cơ quan chủ quản: UBND huyện Xuyên Mộc. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></body></html>"""
def dmy(d): return f"{d[8:]}/{d[5:7]}/{d[:4]}"
pages = {}
teaser = lambda a: f'<div class="asset-abstract"><h3><a href="{e(a.path)}">{e(a.title)}</a></h3><span class="asset-publish-date">{a.date[8:]}-{a.date[5:7]}-{a.date[:4]}</span><a class="asset-more" href="{e(a.path)}">Đọc bài viết</a></div>'
home = '<div class="portlet-title">Tin nổi bật</div>' + f'<div class="asset-abstract"><h3><a href="{e(DUP)}">{e(arts[0].title)}</a></h3></div>' + "".join(teaser(a) for a in arts[1:3]) + '<p><a href="/web/guest/tin-tuc">Xem thêm</a></p><div class="portlet-title">Thông báo</div><ul><li><a href="/web/guest/thong-bao/-/asset_publisher/Tb9K/content/thong-bao-tuyen-dung-vien-chuc-nam-2024">Thông báo tuyển dụng viên chức năm 2024</a></li></ul>'
pages["/"] = (layout("Trang chủ", home, "/"), "utf-8", 200)
L = "/web/guest/tin-tuc"; L2 = "/web/guest/tin-tuc?p_p_id=101_INSTANCE_Xm7kQ2&_101_INSTANCE_Xm7kQ2_cur=2&_101_INSTANCE_Xm7kQ2_delta=4"
pag = f'<div class="search-paginator"><a href="{L}">1</a> <a href="{e(L2)}">2</a></div>'
pages[L] = (layout("Tin tức", '<div class="portlet-title">Tin tức - Sự kiện</div>' + "".join(teaser(a) for a in arts[:4]) + pag, L), "utf-8", 200)
pages[L2] = (layout("Tin tức", '<div class="portlet-title">Tin tức - Sự kiện</div>' + "".join(teaser(a) for a in arts[4:]) + pag, L2), "utf-8", 200)
pages["/web/guest/gioi-thieu"] = (layout("Giới thiệu", "<h1>Giới thiệu huyện Xuyên Mộc</h1><p>Huyện có diện tích tự nhiên 642 km2, gồm 12 xã và 1 thị trấn.</p>", "/web/guest/gioi-thieu"), "utf-8", 200)
N = "/web/guest/thong-bao/-/asset_publisher/Tb9K/content/thong-bao-tuyen-dung-vien-chuc-nam-2024"
pages[N] = (layout("Thông báo", '<h3 class="header-title">Thông báo tuyển dụng viên chức năm 2024</h3><a href="/documents/10182/0/TB-tuyen-dung.pdf">Tệp đính kèm</a>', N), "utf-8", 200)
for i, a in enumerate(arts):
    newer = arts[:i][-2:]; older = arts[i+1:i+3]
    rel = lambda xs: "".join(f'<li><a href="{e(b.path)}">{e(b.title)}</a> ({b.date[8:]}/{b.date[5:7]})</li>' for b in xs)
    main = f"""<div class="portlet-title">Tin tức - Sự kiện</div><div class="journal-content-article">
<h3 class="header-title">{e(a.title)}</h3>
<div class="social-panel"><span class="date">{WD[a.date]}, ngày {dmy(a.date)} 09:42</span><a href="mailto:?body=x" class="sendMail">Email</a> <a href="#">A-</a> <a href="#">A+</a></div>
<div class="asset-full-content">{a.body()}</div></div>
<div class="related"><h4>Tin mới hơn</h4><ul>{rel(newer)}</ul><h4>Tin cũ hơn</h4><ul>{rel(older)}</ul></div>"""
    pages[a.path] = (layout(a.title, main, a.path), "utf-8", 200)
    if i == 0: pages[DUP] = (layout(a.title, main, a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, [N, "/web/guest/gioi-thieu"], FURN)

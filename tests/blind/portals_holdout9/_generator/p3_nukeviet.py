"""Portal 3: NukeViet eGovernment, /<module>/<cat>/<alias>-<id>.html, listing /<module>/<cat>/page-2.
Hard cases: global.counter block in the SIDEBAR with "," thousands, date "Thứ hai - dd/mm/YYYY HH:ii",
Tác giả / Nguồn tin lines OUTSIDE the body (not text), figure+figcaption caption inside body,
body text written with numeric HTML entities, Những tin mới hơn / cũ hơn lists with dates, rating widget."""
from common import Art, e, write_portal
PID = "nv_yenthe"
META = {"name": "Cổng thông tin điện tử huyện Yên Thế", "district": "Yên Thế", "province": "Bắc Giang", "platform": "NukeViet eGovernment"}
FURN = ["Đang truy cập", "Khách viếng thăm", "Tổng lượt truy cập", "Những tin mới hơn", "Những tin cũ hơn", "Xếp hạng:", "Click để đánh giá bài viết",
        "Giới thiệu bài viết cho bạn bè", "Lưu bài viết này", "Trang nhất"]
B = "/news/cai-cach-hanh-chinh/"; T = "/news/tin-dia-phuong/"
WD = {"2024-11-11": "Thứ hai", "2024-11-05": "Thứ ba", "2024-10-24": "Thứ năm", "2024-10-18": "Thứ sáu", "2024-10-09": "Thứ tư", "2024-09-29": "Chủ nhật"}
arts = [
 Art(B+"yen-the-day-manh-dich-vu-cong-truc-tuyen-toan-trinh-2291.html", "Yên Thế đẩy mạnh dịch vụ công trực tuyến toàn trình", "2024-11-11",
     ["Mười tháng năm 2024, cấp huyện và cấp xã của Yên Thế nhận tổng cộng 18.906 hồ sơ thủ tục hành chính; có 15.112 hồ sơ được nộp qua Cổng dịch vụ công, chiếm 79,9%.",
      "Số hồ sơ đã trả kết quả là 18.540, trong đó sớm hạn 12.733, đúng hạn 5.781 và chậm hạn 26 hồ sơ. Hiện vẫn còn 366 hồ sơ trong thời hạn xử lý.",
      "Để tăng tỷ lệ thanh toán trực tuyến, huyện lập 21 tổ công nghệ số cộng đồng hướng dẫn người dân tại nhà văn hóa thôn."]),
 Art(B+"ket-qua-danh-gia-cai-cach-hanh-chinh-cac-xa-2024-2287.html", "Kết quả chấm điểm cải cách hành chính các xã năm 2023", "2024-11-05",
     ["Hội đồng thẩm định của huyện đã hoàn thành chấm điểm Chỉ số cải cách hành chính năm 2023 đối với 19 xã, thị trấn.",
      ("table", [["Xếp loại", "Số đơn vị", "Khoảng điểm"], ["Tốt", "4", "từ 90 điểm trở lên"], ["Khá", "11", "từ 80 đến dưới 90"], ["Trung bình", "4", "từ 65 đến dưới 80"]]),
      "Xã Đồng Tâm đứng đầu với 93,18 điểm; xã Canh Nậu xếp cuối với 70,02 điểm."]),
 Art(T+"le-hoi-yen-the-thu-hut-du-khach-2280.html", "Lễ hội Yên Thế thu hút đông đảo du khách", "2024-10-24",
     ["Trong ba ngày diễn ra lễ hội, khu di tích Đồn Phồn Xương đón khoảng 12 nghìn lượt khách.",
      "Ban tổ chức bố trí khu trưng bày sản phẩm gà đồi và mật ong của các hợp tác xã.",
      "Nhiều trò chơi dân gian như kéo co, đánh đu được duy trì."],
     must=["kéo co, đánh đu"]),
 Art(T+"tap-huan-phong-chay-rung-2276.html", "Tập huấn phòng cháy chữa cháy rừng cho lực lượng xã", "2024-10-18",
     ["Hạt Kiểm lâm huyện phối hợp mở lớp tập huấn cho 120 thành viên tổ đội bảo vệ rừng.",
      "Các học viên thực hành dập lửa bằng bàn dập và máy thổi gió."]),
 Art(T+"hoi-nghi-doi-thoai-voi-nong-dan-2271.html", "Chủ tịch UBND huyện đối thoại với nông dân", "2024-10-09",
     ["Buổi đối thoại ghi nhận 17 ý kiến, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất và giá vật tư nông nghiệp.",
      "Ông Nguyễn Đức Hạnh, Chủ tịch UBND huyện, trả lời trực tiếp 12 ý kiến."]),
 Art(T+"khoi-cong-truong-mam-non-xa-tam-tien-2266.html", "Khởi công trường mầm non xã Tam Tiến", "2024-09-29",
     ["Công trình có tổng mức đầu tư 9,5 tỷ đồng, gồm 6 phòng học và nhà bếp một chiều.",
      "Dự kiến hoàn thành trước năm học mới 2025-2026."]),
]
def layout(title, main, crumbs, canon):
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - Cổng thông tin huyện Yên Thế</title>
<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"></head><body><div class="wraper"><header><a href="/"><img src="/themes/egov/images/logo.png" alt="Yên Thế"></a></header>
<nav class="menu"><a href="/">Trang nhất</a><a href="/about/">Giới thiệu</a><a href="{B}">Cải cách hành chính</a><a href="{T}">Tin địa phương</a><a href="/laws/">Văn bản</a></nav>
<div class="breadcrumbs">{crumbs}</div><div class="row"><div class="col-md-16">{main}</div>
<div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê</div><ul class="counter">
<li><span>Đang truy cập</span><span>64</span></li><li><span>Khách viếng thăm</span><span>61</span></li><li><span>Hôm nay</span><span>3,118</span></li><li><span>Tổng lượt truy cập</span><span>4,206,775</span></li></ul></div></div></div>
<footer>Cơ quan chủ quản: Ủy ban nhân dân huyện Yên Thế - Thị trấn Cầu Gồ, Yên Thế, Bắc Giang</footer></div></body></html>"""
def dmy(d): return f"{d[8:]}/{d[5:7]}/{d[:4]}"
pages = {}
home = '<h2>Tin mới</h2>' + "".join(f'<div class="news"><a href="{e(a.path)}">{e(a.title)}</a></div>' for a in arts[:3]) + '<h2>Thông báo</h2><a href="/laws/detail/Thong-bao-ve-viec-niem-yet-danh-sach-ho-ngheo-2024-410/">Thông báo niêm yết danh sách hộ nghèo năm 2024</a>'
pages["/"] = (layout("Trang nhất", home, '<a href="/">Trang nhất</a>', "/"), "utf-8", 200)
for cat, name, xs in ((B, "Cải cách hành chính", arts[:2]), (T, "Tin địa phương", arts[2:])):
    chunks = [xs[:2], xs[2:]] if len(xs) > 2 else [xs]
    for n, ch in enumerate(chunks, 1):
        # long teasers: the listing repeats most of each article's first paragraph
        items = "".join(f'<div class="news_column"><h3><a href="{e(a.path)}">{e(a.title)}</a></h3><p class="text-muted">{dmy(a.date)}</p><p>{e(a.paras[0] if isinstance(a.paras[0], str) else "")}</p></div>' for a in ch)
        pag = ("<ul class=\"pagination\">" + "".join(f'<li><a href="{cat}{"" if k == 1 else f"page-{k}"}">{k}</a></li>' for k in range(1, len(chunks)+1)) + "</ul>") if len(chunks) > 1 else ""
        path = cat if n == 1 else f"{cat}page-{n}"
        pages[path] = (layout(name, items + pag, f'<a href="/">Trang nhất</a> » {name}', path), "utf-8", 200)
pages["/about/"] = (layout("Giới thiệu", "<h1>Giới thiệu chung</h1><p>Yên Thế là huyện miền núi phía Bắc tỉnh Bắc Giang, gắn với cuộc khởi nghĩa của Hoàng Hoa Thám.</p>", '<a href="/">Trang nhất</a> » Giới thiệu', "/about/"), "utf-8", 200)
N = "/laws/detail/Thong-bao-ve-viec-niem-yet-danh-sach-ho-ngheo-2024-410/"
pages[N] = (layout("Thông báo", '<h1>Thông báo niêm yết danh sách hộ nghèo năm 2024</h1><p><a href="/uploads/laws/tb-410.pdf">Tải về</a></p>', "Văn bản", N), "utf-8", 200)
for i, a in enumerate(arts):
    cat, name = (B, "Cải cách hành chính") if a.path.startswith(B) else (T, "Tin địa phương")
    rel = lambda xs: "".join(f'<li><a href="{e(b.path)}">{e(b.title)}</a> <em>({dmy(b.date)})</em></li>' for b in xs)
    body = a.body(ent=True)
    if i == 2:
        body = body.replace("</p>\n", '</p>\n<figure><img src="/uploads/news/2024_10/le-hoi.jpg"><figcaption>Du khách tham quan khu trưng bày</figcaption></figure>\n', 1)
    main = f"""<div class="news_detail"><h1 class="title">{e(a.title)}</h1><span class="h-date">{WD[a.date]} - {dmy(a.date)} 07:{10+i:02d}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="#">Gửi</a></li><li><a title="In ra" href="#">In</a></li><li><a title="Lưu bài viết này" href="#">Lưu</a></li></ul>
<div id="news-bodyhtml" class="bodytext">{body}</div>
<p class="text-right"><strong>Tác giả:</strong> Hoàng Minh Tú</p><p class="text-right"><strong>Nguồn tin:</strong> Văn phòng HĐND-UBND huyện</p>
<div class="rating">Xếp hạng: 4.5 - 12 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news-other"><h4>Những tin mới hơn</h4><ul>{rel(arts[max(0,i-2):i])}</ul><h4>Những tin cũ hơn</h4><ul>{rel(arts[i+1:i+3])}</ul></div></div>"""
    pages[a.path] = (layout(a.title, main, f'<a href="/">Trang nhất</a> » <a href="{cat}">{name}</a>', a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, [N, "/about/"], FURN)

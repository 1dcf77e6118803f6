"""Portal 9: bespoke ASP.NET MVC site, /tin-tuc/chi-tiet/<id>/<slug>, listing /tin-tuc?trang=2.
Hard cases: "Trực tuyến:" / "Tổng:" counter between article and footer, headline as h4 under an h1 section title,
date "Thứ Ba, 15/10/2024 | 10:42" ABOVE title, a "(Haiphong-style) Hải An -" lead prefix, a print view
(/in-bai/<id>) linked and served with canonical to the article (in neither gold list), bare author name as the last paragraph inside body (text), "Xem nhiều nhất" box with dates."""
from common import Art, e, write_portal
PID = "mvc_haian"
META = {"name": "Cổng thông tin điện tử quận Hải An", "district": "Hải An", "province": "Hải Phòng", "platform": "bespoke ASP.NET MVC"}
FURN = ["Trực tuyến:", "Tổng:", "Xem nhiều nhất", "Tin cùng chuyên mục", "Cổng thông tin điện tử quận Hải An - Giấy phép số", "Cỡ chữ"]
def P(i, s): return f"/tin-tuc/chi-tiet/{i}/{s}"
arts = [
 Art(P(80311, "hai-an-9-thang-giai-quyet-11-207-ho-so"), "Hải An: 9 tháng giải quyết 11.207 hồ sơ thủ tục hành chính", "2024-10-15",
     ["(HaiAn.gov.vn) - Bộ phận Một cửa quận và 8 phường đã tiếp nhận tổng số 11.392 hồ sơ trong 9 tháng, cộng 205 hồ sơ chuyển từ năm trước.",
      "Trong 11.207 hồ sơ đã có kết quả, 8.950 hồ sơ giải quyết trước hạn, 2.210 hồ sơ đúng hạn và 47 hồ sơ quá hạn; 390 hồ sơ đang giải quyết.",
      "Tỷ lệ hồ sơ trực tuyến đạt 83,2%, trong đó 61% có thanh toán phí, lệ phí trực tuyến; 318 hồ sơ trả kết quả qua dịch vụ bưu chính công ích.",
      "Quốc Khánh"]),
 Art(P(80297, "chi-so-par-index-cua-cac-phuong-nam-2023"), "Chỉ số PAR Index của các phường năm 2023", "2024-10-04",
     ["(HaiAn.gov.vn) - UBND quận ban hành quyết định phê duyệt Chỉ số cải cách hành chính năm 2023 của 8 phường.",
      ("table", [["Phường", "Tổng điểm", "Thứ hạng"], ["Đằng Lâm", "94,12", "1"], ["Cát Bi", "92,80", "2"], ["Đông Hải 1", "90,35", "3"], ["Tràng Cát", "85,61", "8"]]),
      "Quận Hải An năm 2023 xếp thứ 4/15 quận, huyện của thành phố với 88,47 điểm.",
      "Quốc Khánh"]),
 Art(P(80284, "cai-thien-chi-so-ddci-quan-hai-an"), "Giải pháp cải thiện Chỉ số DDCI quận Hải An", "2024-09-26",
     ["(HaiAn.gov.vn) - Năm 2023, Chỉ số DDCI của quận đạt 74,08 điểm, xếp thứ 5/15; quận đặt mục tiêu vào nhóm 3 đơn vị dẫn đầu năm 2024.",
      "Các phòng chuyên môn được giao rút ngắn ít nhất 30% thời gian giải quyết thủ tục về đầu tư, xây dựng.",
      "Thu Hà"]),
 Art(P(80270, "khanh-thanh-cong-vien-ven-song-lach-tray"), "Khánh thành công viên ven sông Lạch Tray", "2024-09-14",
     ["(HaiAn.gov.vn) - Công viên rộng 2,8 ha có đường đi bộ, sân chơi trẻ em và khu tập thể dục ngoài trời.",
      "Thu Hà"]),
 Art(P(80262, "ra-quan-tong-ve-sinh-sau-bao"), "Ra quân tổng vệ sinh sau bão", "2024-09-09",
     ["(HaiAn.gov.vn) - Hơn 2.000 cán bộ, chiến sĩ và nhân dân dọn cây đổ, khơi thông cống thoát nước trên các tuyến phố.",
      "Quốc Khánh"]),
 Art(P(80255, "hien-mau-tinh-nguyen-dot-3"), "Hiến máu tình nguyện đợt 3", "2024-08-30",
     ["(HaiAn.gov.vn) - Quận tiếp nhận 412 đơn vị máu.", "Mỗi người hiến máu được tặng giấy chứng nhận."],
     must=["412 đơn vị máu", "được tặng giấy chứng nhận"]),
]
WD = {"2024-10-15": "Thứ Ba", "2024-10-04": "Thứ Sáu", "2024-09-26": "Thứ Năm", "2024-09-14": "Thứ Bảy", "2024-09-09": "Thứ Hai", "2024-08-30": "Thứ Sáu"}
def dmy(d): return f"{d[8:]}/{d[5:7]}/{d[:4]}"
def layout(title, main, canon):
    most = "".join(f'<li><a href="{a.path}">{e(a.title)}</a><small>{dmy(a.date)}</small></li>' for a in arts[2:5])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title><link rel="canonical" href="http://{{{{HOST}}}}{canon}"></head>
<body><div class="top"><a href="/">QUẬN HẢI AN</a></div><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<div class="wrap"><section>{main}</section><aside><h5>Xem nhiều nhất</h5><ul>{most}</ul></aside></div>
<div class="stats">Trực tuyến: 36 &nbsp; Tổng: 4480212</div>
<div class="foot">Cổng thông tin điện tử quận Hải An - Giấy phép số 12/GP-STTTT. Số 6 Lê Hồng Phong, quận Hải An.</div></body></html>"""
pages = {}
NT = "/thong-bao/chi-tiet/80319/thong-bao-ket-qua-dau-gia-quyen-su-dung-dat"
home = "<h1>Tin tức - Sự kiện</h1>" + "".join(f'<h4><a href="{a.path}">{e(a.title)}</a></h4>' for a in arts[:3]) + f'<h1>Thông báo</h1><a href="{NT}">Thông báo kết quả đấu giá quyền sử dụng đất</a> <a href="/tin-tuc">Xem tất cả</a>'
pages["/"] = (layout("Trang chủ", home, "/"), "utf-8", 200)
for path, ch in (("/tin-tuc", arts[:3]), ("/tin-tuc?trang=2", arts[3:])):
    it = "".join(f'<div class="item"><h4><a href="{a.path}">{e(a.title)}</a></h4><span>{dmy(a.date)}</span></div>' for a in ch)
    pages[path] = (layout("Tin tức", f'<h1>Tin tức - Sự kiện</h1>{it}<div class="paging"><a href="/tin-tuc">1</a><a href="/tin-tuc?trang=2">2</a></div>', path), "utf-8", 200)
pages["/gioi-thieu/co-cau-to-chuc"] = (layout("Cơ cấu tổ chức", "<h1>Cơ cấu tổ chức</h1><p>UBND quận gồm 12 phòng chuyên môn và 8 phường.</p>", "/gioi-thieu/co-cau-to-chuc"), "utf-8", 200)
pages[NT] = (layout("Thông báo", f'<h1>Thông báo</h1><h4>Thông báo kết quả đấu giá quyền sử dụng đất</h4><a href="/Upload/80319.pdf">Tải tệp</a>', NT), "utf-8", 200)
for a in arts:
    n = a.path.split("/")[3]
    same = "".join(f'<li><a href="{b.path}">{e(b.title)}</a> ({dmy(b.date)})</li>' for b in arts if b is not a)
    main = f"""<h1>Tin tức - Sự kiện</h1><div class="meta">{WD[a.date]}, {dmy(a.date)} | 10:42 <span class="fs">Cỡ chữ A A</span> <a href="/in-bai/{n}">In</a></div>
<h4 class="post-title">{e(a.title)}</h4><div class="post-body">{a.body()}</div>
<div class="same"><h5>Tin cùng chuyên mục</h5><ul>{same}</ul></div>"""
    pages[a.path] = (layout(a.title, main, a.path), "utf-8", 200)
    pages[f"/in-bai/{n}"] = (f'<html><head><meta charset="utf-8"><title>{e(a.title)}</title><link rel="canonical" href="http://{{{{HOST}}}}{a.path}"></head><body onload="window.print()"><h4>{e(a.title)}</h4>{a.body()}</body></html>', "utf-8", 200)
write_portal(PID, META, pages, arts, [NT, "/gioi-thieu/co-cau-to-chuc"], FURN)

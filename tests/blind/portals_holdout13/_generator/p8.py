"""p8: bespoke ASP.NET MVC portal, huyện Trần Văn Thời, Cà Mau.
Hard cases: no container classes or ids at all around the article, the date in the URL and as
"dd/mm/yyyy - HH:MM" with "Lượt xem", lead starting with a "(TVT) -" prefix, "Ảnh:" caption lines
inside the body, "(Nguồn: ...)" as the last paragraph, a "Tin đọc nhiều" list with dates in the
sidebar, listing page with long teasers, intro page of prose."""
from common import Portal, esc

P = Portal("tranvanthoi_camau", "Cổng thông tin điện tử huyện Trần Văn Thời", "Trần Văn Thời", "Cà Mau", "aspnet-mvc-bespoke")
P.furniture = ["Tin đọc nhiều", "Lượt xem:", "Liên kết nhanh", "Đường dây nóng: 0290.3895.xxx", "Trưởng ban biên tập", "Xem tiếp"]
CAT = "/tin-tuc/thoi-su"


def shell(title, body, canon=None):
    can = '<meta property="og:url" content="http://{{HOST}}%s" />' % canon if canon else ""
    most = "".join('<li><a href="%s">%s</a> <small>%s</small></li>' % (a["path"], esc(a["title"]), a["dt"][:10]) for a in ARTS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{esc(title)}</title>{can}
<link href="/Content/site.css" rel="stylesheet" /></head><body>
<div><div><a href="/"><img src="/Content/img/logo-tvt.png" alt="Trần Văn Thời" /></a></div>
<div><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="{CAT}">Thời sự</a> <a href="/lien-he">Liên hệ</a></div></div>
<div><div>{body}</div><div><h4>Tin đọc nhiều</h4><ul>{most}</ul><h4>Liên kết nhanh</h4><ul><li><a href="/dvc">Dịch vụ công</a></li></ul></div></div>
<div><p>Trưởng ban biên tập: Chánh Văn phòng HĐND và UBND huyện Trần Văn Thời</p><p>Đường dây nóng: 0290.3895.xxx</p></div>
<script src="/Scripts/jquery.min.js"></script></body></html>"""


ARTS = [
 dict(id=8123, slug="tran-van-thoi-cong-bo-chi-so-cai-cach-hanh-chinh-cap-xa", title="Trần Văn Thời công bố Chỉ số cải cách hành chính cấp xã năm 2023", dt="14/05/2024 - 09:20", views=512,
  lead="(TVT) - UBND huyện Trần Văn Thời vừa công bố Chỉ số cải cách hành chính năm 2023 của 13 xã, thị trấn.",
  cap="Ảnh: Quang cảnh buổi công bố chỉ số",
  blocks=[[["Hạng", "Đơn vị", "Chỉ số"], ["1", "Thị trấn Sông Đốc", "89,75%"], ["2", "Xã Khánh Bình Tây", "87,02%"], ["3", "Xã Phong Điền", "85,60%"], ["13", "Xã Khánh Hưng", "71,18%"]],
          "Năm 2023, Chỉ số cải cách hành chính của huyện xếp thứ 5/9 huyện, thành phố trong tỉnh với 81,2 điểm.",
          "(Nguồn: Văn phòng HĐND và UBND huyện)"],
  must=["Xã Khánh Bình Tây", "xếp thứ 5/9 huyện, thành phố trong tỉnh với 81,2 điểm", "13 xã, thị trấn"]),
 dict(id=8131, slug="ket-qua-giai-quyet-tthc-thang-4-nam-2024", title="Kết quả giải quyết thủ tục hành chính tháng 4 năm 2024", dt="06/05/2024 - 15:45", views=233,
  lead="(TVT) - Trong tháng 4/2024, các cơ quan, đơn vị trên địa bàn huyện tiếp nhận tổng cộng 2.361 hồ sơ thủ tục hành chính.",
  cap=None,
  blocks=["Trong đó tiếp nhận mới 2.214 hồ sơ, kỳ trước chuyển qua 147 hồ sơ; 1.988 hồ sơ nộp qua mạng, 64 hồ sơ gửi qua bưu điện.",
          "Đã giải quyết 2.203 hồ sơ, gồm trước hạn 1.766, đúng hạn 430 và trễ hạn 7 hồ sơ; đang giải quyết 158 hồ sơ.",
          "Tỷ lệ giải quyết hồ sơ trước và đúng hạn đạt 99,68%.",
          "(Nguồn: Trung tâm Văn hóa, Thể thao và Truyền thông)"],
  must=["tiếp nhận mới 2.214 hồ sơ, kỳ trước chuyển qua 147 hồ sơ", "64 hồ sơ gửi qua bưu điện", "trễ hạn 7 hồ sơ; đang giải quyết 158 hồ sơ", "đạt 99,68%"]),
 dict(id=8140, slug="mua-tom-lua-bat-dau-xuong-giong", title="Nông dân vùng tôm - lúa bắt đầu xuống giống vụ lúa mới", dt="20/04/2024 - 07:30", views=98,
  lead="(TVT) - Sau khi thu hoạch tôm, nông dân các xã Khánh Bình, Khánh Lộc đang cải tạo ruộng để gieo sạ lúa.",
  cap="Ảnh: Nông dân xã Khánh Lộc rửa mặn ruộng",
  blocks=["Ngành nông nghiệp khuyến cáo bà con chờ mưa rửa mặn đủ độ trước khi xuống giống, sử dụng giống lúa chịu mặn ST24, ST25.", "(Nguồn: Phòng Nông nghiệp và PTNT)"],
  must=["cải tạo ruộng để gieo sạ lúa", "giống lúa chịu mặn ST24, ST25", "chờ mưa rửa mặn"]),
 dict(id=8144, slug="khai-mac-giai-bong-chuyen-nam-nu", title="Khai mạc giải bóng chuyền nam, nữ huyện Trần Văn Thời", dt="27/04/2024 - 19:10", views=77,
  lead="(TVT) - Tối 26/4, giải bóng chuyền nam, nữ mở rộng của huyện khai mạc tại Nhà thi đấu thị trấn Trần Văn Thời.",
  cap=None,
  blocks=["Giải có 18 đội tham gia, thi đấu vòng tròn tính điểm.", "Ngọc Hân"],
  must=["giải bóng chuyền nam, nữ mở rộng", "Giải có 18 đội tham gia", "vòng tròn tính điểm"]),
 dict(id=8150, slug="song-doc-nao-vet-luong-cang-ca", title="Thị trấn Sông Đốc nạo vét luồng vào cảng cá", dt="08/05/2024 - 10:00", views=140,
  lead="(TVT) - Dự án nạo vét luồng vào cảng cá Sông Đốc với chiều dài gần 3 km đã hoàn thành giai đoạn một.",
  cap=None,
  blocks=["Sau nạo vét, tàu cá công suất lớn có thể ra vào cảng cả khi triều thấp.", "Ban quản lý cảng cá đề nghị chủ tàu không xả rác xuống luồng."],
  must=["chiều dài gần 3 km", "ra vào cảng cả khi triều thấp", "không xả rác xuống luồng"]),
 dict(id=8155, slug="tuyen-truyen-phong-chong-ma-tuy-trong-hoc-duong", title="Tuyên truyền phòng, chống ma túy trong trường học", dt="10/05/2024 - 14:00", views=61,
  lead="(TVT) - Công an huyện phối hợp với Phòng Giáo dục và Đào tạo tổ chức tuyên truyền phòng, chống ma túy cho 600 học sinh.",
  cap=None,
  blocks=["Các em được xem phim tư liệu, nhận biết các loại ma túy tổng hợp trá hình dưới dạng kẹo, nước uống.", "Kim Ngân"],
  must=["cho 600 học sinh", "ma túy tổng hợp trá hình", "xem phim tư liệu"]),
]
for a in ARTS:
    d = a["dt"][:10]
    a["date"] = "%s-%s-%s" % (d[6:], d[3:5], d[:2])
    a["path"] = "/tin-tuc/%s/%s/%s/%s-%d" % (d[6:], d[3:5], d[:2], a["slug"], a["id"])


def bl(a):
    o = []
    for i, b in enumerate(a["blocks"]):
        if isinstance(b, str):
            o.append("<p>%s</p>" % esc(b))
        else:
            o.append("<table>" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        if i == 0 and a["cap"]:
            o.insert(0, '<p><img src="/Uploads/tin/%d.jpg" alt="" /></p><p><em>%s</em></p>' % (a["id"], esc(a["cap"])))
    return "".join(o)


for a in ARTS:
    body = f"""<div><a href="/">Trang chủ</a> / <a href="{CAT}">Thời sự</a></div>
<h2>{esc(a['title'])}</h2><div>{a['dt']} <span>Lượt xem: {a['views']}</span></div>
<div><strong>{esc(a['lead'])}</strong></div><div>{bl(a)}</div>
<div><b>Tin cùng chuyên mục</b><ul>""" + "".join('<li><a href="%s">%s</a></li>' % (o["path"], esc(o["title"])) for o in ARTS if o is not a) + "</ul></div>"
    P.add(a["path"], shell(a["title"], body, canon=a["path"]))
    P.article(a["path"], a["title"], a["date"], a["blocks"], a["must"], lead=a["lead"])
    if a["cap"]:
        P.bodies[a["path"]].append(a["cap"])

NOTICE = "/tin-tuc/2024/05/13/thong-bao-ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025-8160"
P.add(NOTICE, shell("Thông báo kế hoạch tuyển sinh lớp 6 năm học 2024 - 2025", '<h2>Thông báo kế hoạch tuyển sinh lớp 6 năm học 2024 - 2025</h2><div><a href="/Uploads/files/KH-tuyen-sinh-lop6.pdf">KH-tuyen-sinh-lop6.pdf</a></div>', canon=NOTICE))
srt = sorted(ARTS, key=lambda a: a["date"], reverse=True)


def listing(items, extra, page):
    it = "".join('<div><h3><a href="%s">%s</a></h3><p>%s</p><p>%s</p></div>' % (a["path"], esc(a["title"]), a["dt"], esc(a["lead"] + " " + " ".join(b for b in a["blocks"] if isinstance(b, str) and not b.startswith("(Nguồn")))) for a in items)
    return '<h1>Thời sự</h1>%s%s<div><a href="%s">1</a> <a href="%s?page=2">2</a></div>' % (it, extra, CAT, CAT)


P.add(CAT, shell("Thời sự", listing(srt[:4], "", 1)))
P.add(CAT + "?page=2", shell("Thời sự - trang 2", listing(srt[4:], '<div><h3><a href="%s">Thông báo kế hoạch tuyển sinh lớp 6 năm học 2024 - 2025</a></h3></div>' % NOTICE, 2)))
P.add("/gioi-thieu", shell("Giới thiệu", """<h1>Giới thiệu huyện Trần Văn Thời</h1>
<p>Huyện Trần Văn Thời nằm ở phía tây bắc tỉnh Cà Mau, phía tây giáp biển với bờ biển dài hơn 20 km, phía bắc giáp huyện U Minh. Tên huyện được đặt theo tên liệt sĩ Trần Văn Thời, người con của vùng đất này.</p>
<p>Địa hình thấp, bằng phẳng, chằng chịt kênh rạch; vùng rừng tràm U Minh Hạ chiếm một phần diện tích phía bắc huyện. Khí hậu chia hai mùa mưa nắng rõ rệt.</p>
<p>Kinh tế huyện dựa vào nuôi trồng thủy sản, mô hình tôm - lúa và khai thác hải sản, với cảng cá Sông Đốc là một trong những trung tâm nghề cá lớn của đồng bằng sông Cửu Long.</p>
<p>Huyện có 11 xã và 2 thị trấn là Trần Văn Thời và Sông Đốc.</p>"""))
P.add("/lien-he", shell("Liên hệ", "<h1>Liên hệ</h1><p>Văn phòng HĐND và UBND huyện Trần Văn Thời, khóm 9, thị trấn Trần Văn Thời.</p>"))
P.add("/", shell("Trang chủ", "<h3>Tin mới</h3><ul>" + "".join('<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in srt[:3]) + '</ul><a href="%s">Xem tiếp</a>' % CAT))
P.non_articles += ["/", CAT, CAT + "?page=2", "/gioi-thieu", "/lien-he", NOTICE]
P.write()

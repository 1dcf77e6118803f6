"""p2: Liferay 6.1 Bkav portal_egov; huyện Châu Đức, Bà Rịa - Vũng Tàu.
Hard cases: asset_publisher urlTitle URLs without 'đ', social panel with weekday date
('Thứ Bẩy', HH:ss), bold abstract outside .asset-content, visit counter as a small table
in the side column, 'Tin mới hơn'/'Tin cũ hơn' with (dd/MM), monthly series by office."""
from common import *

P = Portal("p2_chauduc_liferay_bkav", "Cổng thông tin điện tử huyện Châu Đức", "Châu Đức", "Bà Rịa - Vũng Tàu",
           "Liferay 6.1 Bkav portal_egov")
AP = "/web/guest/tin-tuc/-/asset_publisher/Xk7Rq2/content/"
LIST = "/web/guest/tin-tuc"
LIST2 = LIST + "?p_p_id=101_INSTANCE_Xk7Rq2&_101_INSTANCE_Xk7Rq2_cur=2&_101_INSTANCE_Xk7Rq2_delta=4"
OFF = ["Phòng Tài nguyên và Môi trường", "Phòng Tư pháp", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"]
HDR = ["Cơ quan", "Hồ sơ nhận mới", "Giải quyết trước hạn", "Quá hạn"]
FIG = [[(512, 433, 6), (188, 180, 0), (97, 71, 2), (143, 139, 0)],
       [(547, 470, 4), (201, 196, 0), (88, 69, 1), (150, 146, 0)],
       [(498, 451, 3), (176, 171, 0), (104, 83, 0), (161, 158, 0)]]
arts = []
for i, (mth, d, slug) in enumerate([("7", "2025-08-05", "ket-qua-giai-quyet-ho-so-thang-7-2025"),
                                    ("8", "2025-09-04", "ket-qua-giai-quyet-ho-so-thang-8-2025"),
                                    ("9", "2025-10-04", "ket-qua-giai-quyet-ho-so-thang-9-2025")]):
    rows = FIG[i]
    arts.append(dict(slug=slug, date=d, time=["08:12", "14:40", "09:05"][i],
        title=f"Kết quả giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công huyện tháng {mth}/2025",
        lead=f"Tháng {mth}/2025, Trung tâm Phục vụ hành chính công huyện Châu Đức nhận mới {sum(r[0] for r in rows)} hồ sơ, cộng với {14 - i * 4} hồ sơ kỳ trước chuyển qua.",
        paras=[f"Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt {97.1 + i * 0.8:.1f}".replace(".", ",") + "%; số hồ sơ nộp trực tuyến toàn trình là " + str(611 + i * 42) + " hồ sơ.",
               "Số liệu theo từng cơ quan chuyên môn:",
               series_table(HDR, OFF, rows),
               f"Các hồ sơ quá hạn đều đã có văn bản xin lỗi gửi tổ chức, công dân theo quy định. Số hồ sơ đang giải quyết là {37 + i * 5}."],
        must=[HDR[1 + i], OFF[i], str(rows[i][0]), "văn bản xin lỗi"]))
arts.append(dict(slug="chau-uc-ung-au-tinh-ve-chi-so-ddci", date="2025-03-29", time="16:30",
    title="Châu Đức đứng đầu tỉnh về Chỉ số DDCI năm 2024",
    lead="Với 78,36 điểm, huyện Châu Đức dẫn đầu bảng xếp hạng năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2024.",
    paras=["Kết quả do Hiệp hội Doanh nghiệp tỉnh công bố chiều 28/3 cho thấy huyện tăng 1,9 điểm so với năm trước.",
           "Hai chỉ số thành phần được doanh nghiệp đánh giá cao là tính minh bạch và chi phí thời gian.",
           "Ông Trần Văn Lộc, Chủ tịch UBND huyện, cam kết tiếp tục rút ngắn thời gian cấp phép xây dựng.",
           "Ngọc Hân"],
    must=["78,36 điểm", "tăng 1,9 điểm", "Ngọc Hân"]))
arts.append(dict(slug="khanh-thanh-cau-suoi-ca", date="2025-06-14", time="10:00",
    title="Khánh thành cầu Suối Cả nối hai xã Suối Nghệ và Nghĩa Thành",
    lead=None,
    paras=["Công trình dài 42 m, rộng 9 m, vốn đầu tư 18 tỷ đồng từ ngân sách huyện.",
           "Cầu giúp hơn 2.000 hộ dân rút ngắn quãng đường đi lại và vận chuyển nông sản.",
           "Ảnh: Đại biểu cắt băng khánh thành cầu."],
    must=["dài 42 m", "hơn 2.000 hộ dân", "cắt băng khánh thành"]))
arts.append(dict(slug="xa-kim-long-tiep-nhan-ho-so-qua-buu-ien", date="2025-07-19", time="07:45",
    title="Xã Kim Long đẩy mạnh nhận hồ sơ qua bưu điện",
    lead=None,
    paras=["Sáu tháng đầu năm, bộ phận một cửa xã Kim Long nhận 96 hồ sơ qua dịch vụ bưu chính công ích, gấp đôi cùng kỳ.",
           "Người dân không phải đến trụ sở xã mà vẫn nhận kết quả tại nhà."],
    must=["96 hồ sơ qua dịch vụ bưu chính công ích", "gấp đôi cùng kỳ", "nhận kết quả tại nhà"]))

FURN = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tháng trước",
        "2716408", "Tin mới hơn", "Tin cũ hơn", "Văn bản mới", "A+"]
CNT = [("Tổng số lượt truy cập", "2716408"), ("Số người đang truy cập", "53"), ("Hôm nay", "1184"),
       ("Hôm qua", "2207"), ("Tuần này", "6631"), ("Tuần trước", "15320"), ("Tháng này", "40277"), ("Tháng trước", "68914")]
counter = ('<div class="portlet"><div class="portlet-topper"><span class="portlet-title">Thống Kê Truy Cập</span></div>'
           '<div class="visit-counter-data-container-style-2"><table class="visit-counter-content">' +
           "".join(f'<tr><td>{l}</td><td><span class="counter-value">{v}</span></td></tr>' for l, v in CNT) + "</table></div></div>")


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{esc(title)} - Châu Đức</title>{c}</head>
<body class="portal-chau-duc-theme"><div id="wrapper"><header><a href="/web/guest"><img src="/portal-theme/images/banner.png" alt="Huyện Châu Đức"></a>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="{LIST}">Tin tức</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li><a href="/web/guest/van-ban">Văn bản</a></li></ul></nav></header>
<div id="column-1" class="aui-w70">{main}</div>
<div id="column-2" class="aui-w30"><div class="portlet"><span class="portlet-title">Văn bản mới</span><ul><li><a href="/web/guest/van-ban">Quyết định ban hành quy chế</a></li></ul></div>{counter}</div>
<footer><p>Ủy ban nhân dân huyện Châu Đức - Địa chỉ: thị trấn Ngãi Giao</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></footer></div></body></html>"""


def rel(a):
    newer = [b for b in arts if b["date"] > a["date"]][:3]
    older = [b for b in arts if b["date"] < a["date"]][:3]
    li = lambda bs: "".join(f'<li><a href="{AP}{b["slug"]}">{esc(b["title"])}</a> ({dmy(b["date"])[:5]})</li>' for b in bs)
    return f'<div class="related_asset"><div class="title">Tin mới hơn</div><ul>{li(newer)}</ul><div class="title">Tin cũ hơn</div><ul>{li(older)}</ul></div>'


for a in arts:
    p = AP + a["slug"]
    wd = weekday(a["date"]).replace("Thứ Bảy", "Thứ Bẩy")
    ab = f'<div class="asset-abstract"><strong>{esc(a["lead"])}</strong></div>' if a["lead"] else ""
    main = f"""<div class="portlet-boundary portlet-asset-publisher"><span class="portlet-title">Tin tức - Sự kiện</span>
<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a['title'])}</h3>
<div class="social-panel"><span class="date">{wd}, ngày {dmy(a['date'])} {a['time']}</span>
<span class="tools"><a href="javascript:sendMail()">Email</a> <a href="javascript:zoomOut()">A-</a> <a href="javascript:zoomIn()">A+</a></span></div>
{ab}<div class="asset-content">{body_html(a)}</div></div>{rel(a)}</div>"""
    P.page(p, shell(a["title"], main, p), article=a)

newest = sorted(arts, key=lambda a: a["date"], reverse=True)
notice = AP + "thong-bao-tuyen-dung-vien-chuc-nam-2025"


def item(a):
    return (f'<div class="asset-abstract"><img src="/image/{a["slug"]}.jpg" width="180" height="100"><span class="asset-category-name">Tin tức</span> '
            f'<a href="{AP}{a["slug"]}">{esc(a["title"])}</a> <span class="asset-publish-date">{dmy(a["date"], "-")}</span></div>')

pager = lambda n: f'<div class="search-paginator"><a href="{esc(LIST if n == 2 else LIST2)}">{1 if n == 2 else 2}</a></div>'
P.page(LIST, shell("Tin tức", f'<div class="asset-abstract"><a href="{notice}">Thông báo tuyển dụng viên chức năm 2025</a></div>' +
       "".join(item(a) for a in newest[:4]) + pager(1)), kind="non")
P.page(LIST2, shell("Tin tức", "".join(item(a) for a in newest[4:]) + pager(2)), kind="non")
P.page(notice, shell("Thông báo", '<h3 class="asset_title">Thông báo tuyển dụng viên chức năm 2025</h3><p><a href="/documents/10180/tb-tuyen-dung.pdf">tb-tuyen-dung.pdf</a></p>'), kind="non")
P.page("/web/guest/gioi-thieu", shell("Giới thiệu", "<h3>Giới thiệu chung</h3><p>Huyện Châu Đức có 15 xã, 1 thị trấn; trung tâm hành chính đặt tại thị trấn Ngãi Giao.</p>"), kind="non")
P.page("/", shell("Trang chủ", "".join(item(a) for a in newest[:3]) + f'<a href="{LIST}">Xem tiếp</a>'), kind="non")
P.build(FURN)

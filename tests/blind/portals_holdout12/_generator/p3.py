"""p3 — VNPT dsnews Liferay, a commune sub-site (xã Đồng Tâm, huyện Yên Thế, Bắc Giang).

Hard cases: all text served in NFD, the date only in a "Cập nhật lúc HH:MM ngày dd/mm/yyyy"
stamp, a counter box inside the article container, the headline in a div (no h1),
very short articles, long p_p_id query-string URLs.
"""
from common import Portal, esc, attr, nfd

P = Portal("h12_dongtam_vnpt", "Trang thông tin điện tử xã Đồng Tâm", "Yên Thế", "Bắc Giang",
           "Liferay (VNPT dsnews portlet), commune sub-site")

NS = "_dsnews_WAR_vnpteportalnewsportlet_"
SITE = "/web/xa-dong-tam"
LIST = SITE + "/tin-tuc"
LIST2 = LIST + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%scur=2&%sdelta=4" % (NS, NS)


def url(i):
    return LIST + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&p_p_state=normal&%saction=detail&%sarticleId=%d" % (NS, NS, i)


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} - Xã Đồng Tâm</title>{canon}
<link rel="stylesheet" href="/o/vnpt-egov-theme/css/main.css" />
</head><body>
<div class="egov-header"><div class="logo-text">ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM<br/>HUYỆN YÊN THẾ - TỈNH BẮC GIANG</div></div>
<div class="egov-menu"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="{SITE}/gioi-thieu">Tổng quan về xã</a></li>
<li><a href="{attr(LIST)}">Tin tức</a></li>
<li><a href="{SITE}/van-ban">Văn bản</a></li>
<li><a href="{SITE}/lien-he">Thông tin liên hệ</a></li>
<li><a href="/web/huyen-yen-the">Về trang huyện</a></li>
</ul></div>
<div class="egov-body"><div class="col-md-9" id="column-1">{main}</div>
<div class="col-md-3" id="column-2"><div class="portlet-box"><div class="box-title">Liên kết nhanh</div>
<ul><li><a href="/web/xa-dong-tam/dich-vu-cong">Tra cứu hồ sơ</a></li><li><a href="/web/xa-dong-tam/hoi-dap">Phản ánh kiến nghị</a></li></ul></div></div></div>
<div class="egov-footer">Trang thông tin điện tử xã Đồng Tâm - Địa chỉ: thôn Tân Lập, xã Đồng Tâm, huyện Yên Thế, tỉnh Bắc Giang<br/>
Thiết kế bởi VNPT Bắc Giang</div>
</body></html>"""
    return nfd(page)


def article_page(a):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"][:a.get("split", len(a["paras"]))])
    if a.get("table"):
        rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += '<table class="table table-bordered">%s</table>' % rows
        body += "".join("<p>%s</p>" % esc(p) for p in a["paras"][a["split"]:])
    main = f"""<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_"><div class="dsnews-detail">
<div class="box-title"><span>Tin tức - Sự kiện</span></div>
<div class="news-detail-title">{esc(a["title"])}</div>
<div class="news-detail-update">Cập nhật lúc {a["stamp"]}</div>
<div class="news-detail-content">{body}</div>
<div class="news-counter-inline"><span>Đang truy cập: 9</span> <span>Tổng lượt truy cập: 305.118</span></div>
<div class="news-detail-tools"><a href="javascript:window.print()">In bài</a> <a href="javascript:void(0)">Chia sẻ Facebook</a> <a href="javascript:void(0)">Chia sẻ Zalo</a></div>
<div class="news-other"><div class="news-other-title">Các tin khác</div><ul>{other(a)}</ul></div>
</div></div>"""
    return shell(a["title"], main, canonical=url(a["id"]))


def other(a):
    return "".join('<li><a href="%s">%s</a></li>' % (attr(url(x["id"])), esc(x["title"])) for x in ARTS if x is not a)[:2000]


ARTS = [
 dict(id=31842, stamp="09:12 ngày 07/04/2025", pub="2025-04-07",
  title="Bộ phận Một cửa xã Đồng Tâm: quý I năm 2025 tiếp nhận 1.126 hồ sơ",
  paras=[
   "Quý I năm 2025, Bộ phận tiếp nhận và trả kết quả xã Đồng Tâm đã tiếp nhận 1.126 hồ sơ thủ tục hành chính, trong đó 874 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công quốc gia.",
   "Kết quả, xã đã giải quyết đúng hạn 1.109 hồ sơ; không có hồ sơ trễ hạn; 17 hồ sơ đang trong thời gian giải quyết. Số lượng theo lĩnh vực như sau:",
   "Công chức tư pháp - hộ tịch Hoàng Thị Duyên cho biết, nhiều người cao tuổi vẫn cần được hướng dẫn trực tiếp khi thanh toán lệ phí trên điện thoại.",
  ], split=2,
  table=[["Lĩnh vực", "Số hồ sơ"], ["Chứng thực", "642"], ["Hộ tịch", "318"], ["Bảo trợ xã hội", "94"], ["Đất đai", "72"]],
  must=["874 hồ sơ", "1.109 hồ sơ", "17 hồ sơ", "Bảo trợ xã hội"]),
 dict(id=31790, stamp="15:40 ngày 21/03/2025", pub="2025-03-21",
  title="Xã Đồng Tâm xếp thứ 3 về chỉ số cải cách hành chính cấp xã",
  paras=[
   "UBND huyện Yên Thế vừa công bố kết quả xác định chỉ số cải cách hành chính năm 2024 của các xã, thị trấn. Xã Đồng Tâm đạt 89,6 điểm, xếp thứ 3/17.",
   "Mức độ hài lòng của người dân khi đến làm thủ tục tại xã đạt 96,2%. Tỷ lệ hồ sơ trực tuyến của xã năm 2024 đạt 71,5%, cao hơn mức bình quân của huyện.",
  ],
  must=["89,6 điểm", "xếp thứ 3/17", "96,2%", "71,5%"]),
 dict(id=31755, stamp="08:05 ngày 12/03/2025", pub="2025-03-12",
  title="Nông dân Đồng Tâm mở rộng mô hình nuôi gà đồi an toàn sinh học",
  paras=[
   "Từ đầu năm, Hội Nông dân xã đã hỗ trợ 35 hộ chuyển sang nuôi gà đồi theo quy trình an toàn sinh học, có sổ ghi chép nhật ký chăn nuôi.",
   "Mỗi lứa, các hộ xuất bán bình quân 2.000 con; thương lái đến tận trại thu mua với giá cao hơn gà nuôi thả tự do từ 5 đến 7 nghìn đồng mỗi ki-lô-gam.",
   "Hội đang liên hệ với một hợp tác xã ở thị trấn Bố Hạ để xây dựng nhãn hiệu chung cho sản phẩm.",
  ],
  must=["35 hộ", "sổ ghi chép nhật ký chăn nuôi", "thị trấn Bố Hạ"]),
 dict(id=31731, stamp="17:20 ngày 03/03/2025", pub="2025-03-03",
  title="Ra quân dọn vệ sinh đường liên thôn",
  paras=["Sáng Chủ nhật 2/3, hơn 200 đoàn viên, hội viên đã phát quang, thu gom rác dọc 6 km đường liên thôn."],
  must=["hơn 200 đoàn viên", "phát quang", "6 km đường liên thôn"]),
 dict(id=31702, stamp="10:30 ngày 20/02/2025", pub="2025-02-20",
  title="Khám sức khỏe cho thanh niên trong độ tuổi gọi nhập ngũ",
  paras=[
   "Hội đồng nghĩa vụ quân sự xã phối hợp Trung tâm Y tế huyện khám sức khỏe cho 48 thanh niên.",
   "Kết quả có 21 thanh niên đủ điều kiện sức khỏe, trong đó 4 người tình nguyện viết đơn xin nhập ngũ.",
  ],
  must=["48 thanh niên", "21 thanh niên", "viết đơn xin nhập ngũ"]),
 dict(id=31688, stamp="14:00 ngày 11/02/2025", pub="2025-02-11",
  title="Đối thoại giữa Chủ tịch UBND xã với nông dân",
  paras=[
   "Tại buổi đối thoại, bà con thôn Đồng Bài kiến nghị sửa tràn qua suối và cấp giấy chứng nhận quyền sử dụng đất cho các thửa đất giao từ năm 1994.",
   "Chủ tịch UBND xã Nguyễn Văn Trường tiếp thu, hẹn giải quyết dứt điểm việc cấp giấy chứng nhận trong quý II.",
  ],
  must=["thôn Đồng Bài", "sửa tràn qua suối", "Nguyễn Văn Trường"]),
]

for a in ARTS:
    P.article(url(a["id"]), article_page(a), a["title"], a["pub"], a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Đang truy cập", "Tổng lượt truy cập", "Chia sẻ Facebook", "Chia sẻ Zalo", "In bài", "Các tin khác",
       "Liên kết nhanh", "Tra cứu hồ sơ", "Phản ánh kiến nghị", "Thiết kế bởi VNPT Bắc Giang", "Về trang huyện")


def teasers(arts):
    return "".join('<div class="news-item"><a href="%s" class="news-title">%s</a></div>' % (attr(url(a["id"])), esc(a["title"])) for a in arts)


P.non_article(LIST, shell("Tin tức", '<div class="box-title">Tin tức - Sự kiện</div>%s<div class="lfr-pagination"><a href="%s">Trang sau</a></div>' % (teasers(ARTS[:4]), attr(LIST2))))
P.non_article(LIST2, shell("Tin tức", '<div class="box-title">Tin tức - Sự kiện</div>%s<div class="lfr-pagination"><a href="%s">Trang trước</a></div>' % (teasers(ARTS[4:]), attr(LIST))))

NOTICE = url(31850)
P.non_article(NOTICE, shell("Thông báo niêm yết công khai danh sách hộ nghèo năm 2025", f"""<div class="dsnews-detail"><div class="news-detail-title">Thông báo niêm yết công khai danh sách hộ nghèo năm 2025</div>
<div class="news-detail-content"><p><a href="/documents/20182/31850/TB-niem-yet-ho-ngheo-2025.pdf">Tệp đính kèm</a></p></div></div>""", canonical=NOTICE))

CONTACT = SITE + "/lien-he"
P.non_article(CONTACT, shell("Thông tin liên hệ", """<div class="box-title">Thông tin liên hệ</div>
<p>Ủy ban nhân dân xã Đồng Tâm</p><p>Điện thoại: 0204 3876 215</p><p>Thư điện tử: xadongtam.yt@bacgiang.gov.vn</p>"""))

home = f"""<div class="box-title">Tin tức - Sự kiện</div>{teasers(ARTS[:3])}<a href="{attr(LIST)}">Xem thêm</a>
<div class="box-title">Thông báo</div><ul><li><a href="{attr(NOTICE)}">Thông báo niêm yết công khai danh sách hộ nghèo năm 2025</a></li></ul>"""
P.non_article("/", shell("Trang chủ", home))

P.write()

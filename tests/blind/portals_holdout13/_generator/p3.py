"""p3: VNPT dsnews Liferay, commune sub-site xã Thuận Phú (huyện Đồng Phú, Bình Phước).
Hard cases: whole pages in NFD, header shows today's date, one undated article (published null),
a visit counter inside the article container, the headline in a div (not h-tag), date with
weekday and time after the headline, 'Tin liên quan' list with dates."""
from common import Portal, esc, nfd

P = Portal("thuanphu_dongphu", "Trang thông tin điện tử xã Thuận Phú", "Đồng Phú", "Bình Phước", "liferay-vnpt-dsnews")
BASE = "/web/xathuanphu"
NS = "_dsnews_WAR_vnpteportalnewsportlet_"
LIST = BASE + "/tin-tuc"
P.encode = lambda s: nfd(s).encode("utf-8")
P.furniture = ["Hôm nay: Thứ Sáu, 04/12/2026", "Số lượt truy cập", "Đang trực tuyến", "Tin liên quan",
               "In bài viết", "Chia sẻ", "Trang thông tin điện tử xã Thuận Phú - huyện Đồng Phú"]


def shell(title, body):
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>
<div class="vnpt-header"><div class="site-name">Trang thông tin điện tử xã Thuận Phú - huyện Đồng Phú</div>
<div class="today">Hôm nay: Thứ Sáu, 04/12/2026</div></div>
<div class="menu"><a href="/">Trang chủ</a> | <a href="{BASE}/gioi-thieu">Lịch sử hình thành</a> | <a href="{LIST}">Tin tức</a> | <a href="{BASE}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></div>
<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_">{body}</div>
<div class="footer">Ủy ban nhân dân xã Thuận Phú - ấp Thuận Hòa, xã Thuận Phú, huyện Đồng Phú, tỉnh Bình Phước</div></body></html>"""


ARTS = [
 dict(id=2301, title="Xã Thuận Phú công khai kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024",
  pub="2024-07-03", stamp="Thứ Tư, 03/07/2024 - 15:12",
  blocks=["Sáu tháng đầu năm 2024, bộ phận tiếp nhận và trả kết quả của xã tiếp nhận 1.027 hồ sơ, không có hồ sơ tồn từ kỳ trước.",
          "Đã trả kết quả 1.019 hồ sơ, trong đó 985 hồ sơ trước hạn và 34 hồ sơ đúng hạn; không có hồ sơ trễ hẹn. Còn 8 hồ sơ chưa đến hạn trả.",
          "Tỷ lệ hồ sơ nộp trực tuyến đạt 87,4%, cao hơn mức bình quân của huyện.",
          "Đồng chí Điểu Thị Hương, công chức Văn phòng - Thống kê, cho biết xã tiếp tục bố trí máy tính hỗ trợ người dân tại bộ phận một cửa."],
  must=["tiếp nhận 1.027 hồ sơ", "985 hồ sơ trước hạn và 34 hồ sơ đúng hạn", "nộp trực tuyến đạt 87,4%"]),
 dict(id=2307, title="Ra quân làm sạch tuyến đường ấp Thuận Tiến", pub=None, stamp=None,
  blocks=["Hưởng ứng phong trào ngày Chủ nhật xanh, Đoàn Thanh niên xã phối hợp với Hội Phụ nữ ra quân phát quang bụi rậm dọc tuyến đường ấp Thuận Tiến.",
          "Hơn 60 đoàn viên, hội viên tham gia thu gom rác thải, trồng 200 cây hoa mười giờ hai bên đường.",
          "Ban nhân dân ấp sẽ phân công các hộ dân chăm sóc đoạn đường trước nhà."],
  must=["ngày Chủ nhật xanh", "trồng 200 cây hoa mười giờ", "phân công các hộ dân chăm sóc"]),
 dict(id=2312, title="Bảng tổng hợp hồ sơ theo lĩnh vực quý III/2024",
  pub="2024-10-04", stamp="Thứ Sáu, 04/10/2024 - 08:47",
  blocks=["Kết quả giải quyết hồ sơ quý III/2024 của UBND xã Thuận Phú theo từng lĩnh vực như sau:",
          [["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"], ["Hộ tịch", "318", "316", "2"], ["Chứng thực", "402", "402", "0"], ["Đất đai", "27", "21", "6"]],
          "Tổng cộng xã tiếp nhận 747 hồ sơ, giải quyết đúng hạn 739 hồ sơ, đạt 100% số hồ sơ đã giải quyết; 52 hồ sơ được trả qua bưu chính công ích."],
  must=["Chứng thực", "tiếp nhận 747 hồ sơ", "52 hồ sơ được trả qua bưu chính công ích"]),
 dict(id=2315, title="Tập huấn kỹ thuật trồng tiêu bền vững cho nông dân",
  pub="2024-09-12", stamp="Thứ Năm, 12/09/2024 - 09:30",
  blocks=["Hội Nông dân xã tổ chức lớp tập huấn kỹ thuật trồng tiêu theo hướng hữu cơ cho 45 hội viên.",
          "Giảng viên hướng dẫn cách ủ phân từ vỏ cà phê và phòng bệnh chết nhanh trên cây tiêu."],
  must=["trồng tiêu theo hướng hữu cơ", "45 hội viên", "ủ phân từ vỏ cà phê"]),
 dict(id=2318, title="Thuận Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở ấp Thuận Hải", pub=None, stamp=None,
  blocks=["Ngày hội diễn ra tại nhà văn hóa ấp với sự tham gia của đông đảo bà con người S'tiêng và người Kinh.",
          "Ban tổ chức trao 15 suất quà cho gia đình chính sách và tổ chức thi nấu cơm lam, đan gùi."],
  must=["bà con người S'tiêng và người Kinh", "15 suất quà", "thi nấu cơm lam, đan gùi"]),
]
for a in ARTS:
    a["path"] = f"{LIST}?p_p_id=dsnews_WAR_vnpteportalnewsportlet&{NS}newsId={a['id']}&{NS}action=detail"
    a["href"] = esc(a["path"])


def bl(blocks):
    o = []
    for b in blocks:
        if isinstance(b, str):
            o.append("<p>%s</p>" % esc(b))
        else:
            o.append('<table class="table">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
    return "".join(o)


for a in ARTS:
    rel = "".join('<li><a href="%s">%s</a>%s</li>' % (o["href"], esc(o["title"]), " <i>(%s/%s/%s)</i>" % (o["pub"][8:], o["pub"][5:7], o["pub"][:4]) if o["pub"] else "") for o in ARTS if o is not a)
    stamp = '<div class="news-date">%s</div>' % a["stamp"] if a["stamp"] else ""
    body = f"""<div class="dsnews-detail"><div class="news-title">{esc(a['title'])}</div>{stamp}
<div class="news-content">{bl(a['blocks'])}</div>
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> · <span class="share">Chia sẻ</span></div>
<div class="news-counter">Số lượt truy cập: 45.112 - Đang trực tuyến: 9</div>
<div class="related"><h4>Tin liên quan</h4><ul>{rel}</ul></div></div>"""
    P.add(a["path"], shell(a["title"], body))
    P.article(a["path"], a["title"], a["pub"], a["blocks"], a["must"])

NOTICE = f"{LIST}?p_p_id=dsnews_WAR_vnpteportalnewsportlet&{NS}newsId=2320&{NS}action=detail"
P.add(NOTICE, shell("Thông báo niêm yết danh sách hộ nghèo năm 2024", f"""<div class="dsnews-detail"><div class="news-title">Thông báo niêm yết danh sách hộ nghèo năm 2024</div>
<div class="news-content"><p><a href="{BASE}/documents/tb-niem-yet-ho-ngheo.pdf">tb-niem-yet-ho-ngheo.pdf</a></p></div></div>"""))


def listing(items, nxt):
    li = "".join('<div class="news-item"><a href="%s">%s</a></div>' % (a["href"], esc(a["title"])) for a in items)
    return '<div class="dsnews-list"><h3>Tin tức</h3>%s%s</div>' % (li, nxt)


L2 = f"{LIST}?p_p_id=dsnews_WAR_vnpteportalnewsportlet&{NS}cur=2"
P.add(LIST, shell("Tin tức", listing(ARTS[:3], '<a href="%s">Trang sau</a>' % esc(L2))))
P.add(L2, shell("Tin tức", listing(ARTS[3:] + [dict(href=esc(NOTICE), title="Thông báo niêm yết danh sách hộ nghèo năm 2024")], '<a href="%s">Trang trước</a>' % LIST)))
INTRO = BASE + "/gioi-thieu"
P.add(INTRO, shell("Lịch sử hình thành", """<div class="journal-content-article"><h2>Lịch sử hình thành</h2>
<p>Xã Thuận Phú được thành lập trên cơ sở tách một phần diện tích và dân số của xã Thuận Lợi, nằm ở phía đông bắc huyện Đồng Phú. Những năm đầu, phần lớn dân cư là đồng bào S'tiêng sống rải rác ven các con suối nhỏ.</p>
<p>Trong thời kỳ kháng chiến, vùng rừng Thuận Phú là nơi cất giấu lương thực và đặt trạm giao liên của lực lượng cách mạng. Nhiều gia đình trong xã có người thân tham gia du kích, được Nhà nước ghi nhận công lao.</p>
<p>Sau ngày giải phóng, người dân từ các tỉnh miền Bắc và miền Trung vào lập nghiệp, khai hoang trồng cao su, điều và tiêu. Các ấp dần hình thành quanh những tuyến đường đất đỏ nối với trung tâm huyện.</p>
<p>Ngày nay xã có 7 ấp, kinh tế chủ yếu dựa vào cây công nghiệp lâu năm và chăn nuôi, đời sống vật chất và tinh thần của nhân dân từng bước được nâng lên.</p></div>"""))
home = '<div class="home-news"><h3>Tin mới</h3><ul>' + "".join('<li><a href="%s">%s</a></li>' % (a["href"], esc(a["title"])) for a in ARTS[:2]) + '</ul><a href="%s">Xem thêm</a></div>' % LIST
P.add("/", shell("Trang chủ - xã Thuận Phú", home))
P.non_articles += ["/", LIST, L2, INTRO, NOTICE]
P.write()

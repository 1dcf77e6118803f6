"""p3: VNPT dsnews Liferay portlet, huyện Lục Yên, Yên Bái."""
from datetime import date
from common import Portal, esc, attr

P = Portal("p3_lucyen", "Cổng thông tin điện tử huyện Lục Yên", "Lục Yên", "Yên Bái", "Liferay VNPT dsnews portlet")
PP = "dsnews_WAR_vnpteportalnewsportlet"


def art_url(n):
    return "/web/luc-yen/tin-chi-tiet?p_p_id=%s&p_p_lifecycle=0&_%s_newsId=%d" % (PP, PP, n)


A = [
 dict(n=30411, t="Kết quả giải quyết thủ tục hành chính 11 tháng năm 2024", d=date(2024, 12, 2),
      lead="Tính đến ngày 30/11, Trung tâm Phục vụ hành chính công huyện Lục Yên đã tiếp nhận 7.964 hồ sơ, tăng 11% so với cùng kỳ.",
      p=["Trong đó, số hồ sơ tồn kỳ trước chuyển sang là 288; hồ sơ tiếp nhận trực tuyến 4.102, qua bưu chính công ích 215.",
         "Kết quả giải quyết theo cấp được tổng hợp như sau:",
         "Cấp xã tiếp tục là khâu có tỷ lệ trễ hạn cao, tập trung ở lĩnh vực chứng thực và đất đai.",
         "Huyện yêu cầu các xã An Phú, Minh Tiến rà soát quy trình nội bộ và công khai lý do chậm trả kết quả."],
      table=[["Cấp", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn"], ["Cấp huyện", "3.415", "2.206", "1.198", "11"], ["Cấp xã", "4.437", "1.875", "2.497", "65"]], tat=2, cell="Cấp xã"),
 dict(n=30388, t="Lục Yên phấn đấu nâng Chỉ số PAR Index năm 2024", d=date(2024, 11, 20),
      lead="Năm 2023, Chỉ số cải cách hành chính của huyện Lục Yên đạt 84,15 điểm, xếp thứ 6/9 huyện, thị xã, thành phố của tỉnh Yên Bái.",
      p=["Để cải thiện thứ hạng, huyện đã ban hành kế hoạch khắc phục với 23 nhiệm vụ, giao cụ thể cho từng phòng và UBND các xã, thị trấn.",
         "Một số tiêu chí bị trừ điểm gồm tỷ lệ hồ sơ được số hóa còn thấp, mới đạt 38% và chưa kịp thời cập nhật văn bản trên cổng.",
         "Chỉ số SIPAS năm 2023 của huyện đạt 86,2%, tăng 1,4 điểm phần trăm so với năm trước."]),
 dict(n=30372, t="Vùng đá quý Lục Yên thu hút khách tham quan", d=None,
      lead="Chợ đá quý thị trấn Yên Thế mỗi dịp cuối tuần lại đón hàng trăm lượt khách trong và ngoài nước.",
      p=["Ngoài hoạt động mua bán, du khách có thể tham quan các xưởng chế tác, tìm hiểu quy trình mài giũa đá ruby, spinel và tourmaline.",
         "Huyện đang phối hợp với các doanh nghiệp xây dựng tour trải nghiệm kết hợp hồ Thác Bà và làng văn hóa của đồng bào Tày."]),
 dict(n=30355, t="Hội nghị sơ kết công tác dân vận chính quyền", d=date(2024, 11, 8),
      lead="Chiều 7/11, Ban Chỉ đạo công tác dân vận chính quyền huyện Lục Yên tổ chức hội nghị sơ kết 9 tháng.",
      p=["Các đại biểu tập trung thảo luận giải pháp tiếp nhận, xử lý kiến nghị của cử tri và việc đối thoại trực tiếp với nhân dân.",
         "Hội nghị đề nghị mỗi cơ quan chọn ít nhất một mô hình dân vận khéo gắn với cải cách hành chính để triển khai trong quý IV."]),
 dict(n=30340, t="Tiêm vắc xin phòng bệnh viêm da nổi cục cho đàn trâu bò", d=date(2024, 10, 30), lead="",
      p=["Trung tâm Dịch vụ nông nghiệp huyện phối hợp với các xã triển khai tiêm vắc xin viêm da nổi cục cho hơn 9.000 con trâu, bò.",
         "Đợt tiêm phòng kéo dài đến hết tháng 11; các hộ chăn nuôi được hướng dẫn vệ sinh chuồng trại, phun khử trùng định kỳ.",
         "Đinh Thị Thu"]),
 dict(n=30322, t="Khởi công cầu treo bản Nà Lìu", d=date(2024, 10, 21), lead="", short=True,
      p=["Ngày 21/10, xã Phúc Lợi khởi công cầu treo bản Nà Lìu dài 86 m, tổng mức đầu tư 4,2 tỷ đồng."]),
]

MENU = '<ul class="menu"><li><a href="/web/luc-yen">Trang chủ</a></li><li><a href="/web/luc-yen/dieu-kien-tu-nhien">Điều kiện tự nhiên</a></li><li><a href="/web/luc-yen/tin-tuc">Tin tức sự kiện</a></li><li><a href="/web/luc-yen/thong-bao">Thông báo</a></li><li><a href="/web/luc-yen/so-do-cong">Sơ đồ cổng</a></li></ul>'


def page(title, main, canon=None):
    return """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><title>%s</title>%s</head><body>
<div class="header"><img src="/luc-yen-theme/images/banner.png" alt="Lục Yên"/><div class="chao">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Lục Yên</div></div>
<div class="nav">%s</div>
<div class="row"><div class="col-md-3 left-col">
<div class="box-dem"><div class="box-head">Theo dõi lượt xem</div><p>Lượt khách trong ngày: 1.204</p><p>Tổng số lượt khách: 3.487.120</p></div>
<div class="box-lk"><div class="box-head">Dịch vụ công</div><a href="/web/luc-yen/dvc">Nộp hồ sơ trực tuyến</a></div></div>
<div class="col-md-9 main-col">%s</div></div>
<div class="footer"><p>Cơ quan quản lý: Văn phòng HĐND và UBND huyện Lục Yên</p><p>Thiết kế bởi VNPT Yên Bái</p></div></body></html>""" % (
        esc(title), ('<link rel="canonical" href="http://{{HOST}}%s"/>' % attr(canon)) if canon else "", MENU, main)


for a in A:
    url = art_url(a["n"])
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table class="table-bordered"><tbody>%s</tbody></table>' % "".join("<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % esc(c) for c in r) for r in a["table"]))
    others = "".join('<li><a href="%s">%s</a></li>' % (attr(art_url(o["n"])), esc(o["t"])) for o in A if o is not a)
    foot = '<div class="news-date">Ngày đăng: %s</div>' % a["d"].strftime("%d/%m/%Y") if a["d"] else ""
    inner = """<div class="portlet-dsnews"><div class="news-category">Tin tức sự kiện</div><h2 class="news-title">%s</h2>
<div class="news-tools"><span class="news-views">Lượt người đọc: %d</span> <a href="#" onclick="window.print()">In trang</a> <a href="#">Chia sẻ Zalo</a></div>
%s<div class="news-body">%s</div>%s<div class="tacgia">Tác giả: Phòng Văn hóa và Thông tin</div>
<div class="news-other"><div class="box-head">Bài viết khác</div><ul>%s</ul></div></div>""" % (
        esc(a["t"]), 80 + a["n"] % 397, ('<div class="news-lead"><b>%s</b></div>' % esc(a["lead"])) if a["lead"] else "", "\n".join(body), foot, others)
    P.add_page(url, page(a["t"], inner, canon=url))
    P.gold_article(url, a["t"], a["d"], ([a["lead"]] if a["lead"] else []) + a["p"], table_cell=a.get("cell"))

L = "/web/luc-yen/tin-tuc"
L2 = "/web/luc-yen/tin-tuc?p_p_id=%s&_%s_cur=2&_%s_delta=3" % (PP, PP, PP)


def teasers(lst):  # long teasers: the whole lead and first paragraph
    return "".join('<div class="news-item"><a class="title" href="%s">%s</a><div class="sapo">%s %s</div></div>' % (
        attr(art_url(a["n"])), esc(a["t"]), esc(a["lead"]), esc(a["p"][0])) for a in lst)


pg = '<ul class="pagination"><li><a href="%s">1</a></li><li><a href="%s">2</a></li></ul>' % (L, attr(L2))
P.add_page(L, page("Tin tức sự kiện", '<div class="news-category">Tin tức sự kiện</div>' + teasers(A[:3]) + pg))
P.add_page(L2, page("Tin tức sự kiện", '<div class="news-category">Tin tức sự kiện</div>' + teasers(A[3:]) + pg))
NOTE = art_url(30300)
P.add_page(NOTE, page("Thông báo", '<div class="portlet-dsnews"><h2 class="news-title">Thông báo kết quả xét tuyển công chức cấp xã năm 2024</h2><div class="news-body"><p><a href="/documents/20182/tb-ket-qua-xet-tuyen.pdf">Tệp đính kèm: tb-ket-qua-xet-tuyen.pdf</a></p></div></div>', canon=NOTE))
P.add_page("/web/luc-yen/thong-bao", page("Thông báo", '<ul><li><a href="%s">Thông báo kết quả xét tuyển công chức cấp xã năm 2024</a></li></ul>' % attr(NOTE)))
INTRO = ["Huyện Lục Yên nằm ở phía Đông Bắc tỉnh Yên Bái, phía Bắc giáp tỉnh Hà Giang, phía Đông giáp tỉnh Tuyên Quang, có tổng diện tích tự nhiên khoảng 808 km2.",
         "Địa hình chủ yếu là đồi núi thấp xen kẽ các thung lũng hẹp, độ cao trung bình 200 - 300 m; sông Chảy chảy qua huyện theo hướng Tây Bắc - Đông Nam.",
         "Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm khoảng 23 độ C, lượng mưa trung bình 1.800 mm.",
         "Tài nguyên khoáng sản phong phú, nổi bật là đá quý, đá hoa trắng và đá vôi, cùng với một phần lòng hồ Thác Bà."]
P.add_page("/web/luc-yen/dieu-kien-tu-nhien", page("Điều kiện tự nhiên", '<div class="news-category">Giới thiệu</div><h2 class="news-title">Điều kiện tự nhiên</h2><div class="news-body">%s</div>' % "".join("<p>%s</p>" % esc(x) for x in INTRO)))
home = '<div class="news-category">Tin mới nhất</div>' + teasers(A[:4]) + '<a href="%s">Xem thêm tin</a><div class="news-category">Thông báo</div><a href="/web/luc-yen/thong-bao">Danh sách thông báo</a>' % L
P.add_page("/", page("Trang chủ", home))
P.add_page("/web/luc-yen", page("Trang chủ", home))
P.non_articles += ["/", "/web/luc-yen", L, L2, NOTE, "/web/luc-yen/thong-bao", "/web/luc-yen/dieu-kien-tu-nhien"]
P.furniture += ["Theo dõi lượt xem", "Lượt khách trong ngày", "Tổng số lượt khách", "3.487.120", "Lượt người đọc:", "Bài viết khác",
                "Chào mừng quý vị đến với Cổng thông tin", "Thiết kế bởi VNPT Yên Bái", "Nộp hồ sơ trực tuyến", "Chia sẻ Zalo", "Tác giả: Phòng Văn hóa"]
P.write()

"""p5: NukeViet (eGovernment theme), huyện Yên Thế, Bắc Giang.
Hard cases: breadcrumb from "Trang nhất" repeating the title, date "Thứ năm - 14/03/2024 09:15",
hometext lead outside the body, figure/figcaption, "Tác giả:"/"Nguồn tin:" after the body,
rating widget, ul.counter in the sidebar with "," separators, served print views (canonical ->
article), a very short article followed by "Những tin mới hơn / cũ hơn" lists."""
from common import Portal, esc

P = Portal("yenthe_bacgiang", "Cổng thông tin điện tử huyện Yên Thế", "Yên Thế", "Bắc Giang", "nukeviet")
CAT = "/tin-tuc/cai-cach-hanh-chinh"
P.furniture = ["Trang nhất", "Đang truy cập", "Thành viên online", "Máy chủ tìm kiếm", "Tháng hiện tại",
               "Tổng lượt truy cập", "Click để đánh giá bài viết", "Những tin mới hơn", "Những tin cũ hơn",
               "Gửi bài viết qua email", "Lưu bài viết này"]
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def shell(title, body, canon=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s"><meta property="og:url" content="http://{{HOST}}%s">' % (canon, canon) if canon else ""
    return f"""<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><title>{esc(title)}</title>{can}</head><body>
<div class="wraper"><header><div class="site-title">Cổng thông tin điện tử huyện Yên Thế</div></header>
<nav class="second-nav"><ul><li><a href="/">Trang nhất</a></li><li><a href="/about/">Giới thiệu</a></li><li><a href="{CAT}/">Cải cách hành chính</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="row"><div class="col-md-16">{body}</div><div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê</div>
<ul class="counter"><li><span>Đang truy cập</span><span>87</span></li><li><span>Thành viên online</span><span>2</span></li><li><span>Máy chủ tìm kiếm</span><span>14</span></li>
<li><span>Hôm nay</span><span>1,903</span></li><li><span>Tháng hiện tại</span><span>48,226</span></li><li><span>Tổng lượt truy cập</span><span>2,704,518</span></li></ul></div></div></div>
<footer><p>© Ủy ban nhân dân huyện Yên Thế - tỉnh Bắc Giang. Thị trấn Phồn Xương, Yên Thế</p></footer></div></body></html>"""


ARTS = [
 dict(id=1520, alias="yen-the-day-manh-thu-tuc-hanh-chinh-tren-moi-truong-dien-tu", title="Yên Thế đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử",
  date="2024-03-14", time="09:15", wd=3, author="Nguyễn Hoài", src="Văn phòng HĐND - UBND huyện",
  lead="Quý I/2024, huyện Yên Thế tiếp nhận 3.118 hồ sơ thủ tục hành chính, trong đó 2.756 hồ sơ trực tuyến, đạt tỷ lệ 88,4%.",
  cap="Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ qua mạng",
  blocks=["Số hồ sơ đã giải quyết là 2.980 hồ sơ, trong đó giải quyết trước và đúng hạn 2.971 hồ sơ, trễ hạn 9 hồ sơ; đang giải quyết 138 hồ sơ.",
          "Chủ tịch UBND huyện đã yêu cầu các cơ quan có hồ sơ trễ hạn gửi thư xin lỗi người dân theo quy định.",
          "Chỉ số SIPAS năm 2023 của huyện đạt 84,9%, xếp thứ 5/10 huyện, thành phố của tỉnh."],
  must=["2.756 hồ sơ trực tuyến, đạt tỷ lệ 88,4%", "trước và đúng hạn 2.971 hồ sơ, trễ hạn 9 hồ sơ", "đạt 84,9%, xếp thứ 5/10"]),
 dict(id=1524, alias="ket-qua-giai-quyet-ho-so-cua-cac-xa-thang-2-2024", title="Kết quả giải quyết hồ sơ của các xã, thị trấn tháng 2/2024",
  date="2024-03-05", time="15:40", wd=1, author="Thân Văn Đức", src=None,
  lead="UBND huyện công khai kết quả tiếp nhận, giải quyết hồ sơ tại bộ phận một cửa cấp xã trong tháng 2/2024.",
  cap=None,
  blocks=[[["STT", "Đơn vị", "Tiếp nhận", "Đúng hạn", "Tỷ lệ trực tuyến"], ["1", "Thị trấn Cầu Gồ", "264", "264", "91%"], ["2", "Xã Đồng Kỳ", "131", "129", "84%"], ["3", "Xã Tam Tiến", "97", "97", "79%"]],
          "Tổng cộng cấp xã tiếp nhận 1.402 hồ sơ, giải quyết đúng hạn 1.395 hồ sơ; 7 hồ sơ của xã Đồng Kỳ bị chậm do thiếu giấy tờ xác minh.",
          "Không có hồ sơ chuyển qua dịch vụ bưu chính công ích trong tháng."],
  must=["Thị trấn Cầu Gồ", "tiếp nhận 1.402 hồ sơ", "7 hồ sơ của xã Đồng Kỳ bị chậm"]),
 dict(id=1531, alias="hoi-cho-qua-vai-thieu-va-nong-san-yen-the", title="Hội chợ nông sản Yên Thế mùa hè năm 2024",
  date="2024-06-07", time="08:00", wd=4, author="Lê Phương", src="Báo Bắc Giang",
  lead="Hội chợ nông sản huyện Yên Thế khai mạc tại thị trấn Cầu Gồ với 80 gian hàng.",
  cap="Gian hàng gà đồi Yên Thế",
  blocks=["Sản phẩm gà đồi, mật ong, măng khô và các sản phẩm OCOP của huyện thu hút nhiều khách tham quan.", "Hội chợ kéo dài đến hết ngày 10/6."],
  must=["80 gian hàng", "gà đồi, mật ong, măng khô", "kéo dài đến hết ngày 10/6"]),
 dict(id=1533, alias="xa-phon-xuong-don-chuan-nong-thon-moi-nang-cao", title="Xã Hồng Kỳ đón bằng công nhận đạt chuẩn nông thôn mới nâng cao",
  date="2024-05-24", time="10:30", wd=4, author="Nguyễn Hoài", src=None,
  lead=None, cap=None,
  blocks=["Sáng 23/5, xã Hồng Kỳ tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao."],
  must=["lễ đón nhận bằng công nhận", "nông thôn mới nâng cao", "Sáng 23/5"]),
 dict(id=1537, alias="tap-huan-nghiep-vu-van-thu-luu-tru", title="Tập huấn nghiệp vụ văn thư, lưu trữ năm 2024",
  date="2024-04-17", time="14:05", wd=2, author="Thân Văn Đức", src=None,
  lead="Phòng Nội vụ huyện tổ chức tập huấn nghiệp vụ văn thư, lưu trữ cho 70 cán bộ, công chức.",
  cap=None,
  blocks=["Nội dung tập trung vào lập hồ sơ điện tử, sử dụng chữ ký số và nộp lưu hồ sơ vào lưu trữ cơ quan.", "Thân Văn Đức"],
  must=["cho 70 cán bộ, công chức", "sử dụng chữ ký số", "nộp lưu hồ sơ vào lưu trữ cơ quan"]),
]
for a in ARTS:
    a["path"] = f"{CAT}/{a['alias']}-{a['id']}.html"


def bl(blocks):
    o = []
    for b in blocks:
        if isinstance(b, str):
            o.append("<p>%s</p>" % esc(b))
        else:
            o.append('<table class="table table-bordered"><tbody>' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</tbody></table>")
    return "".join(o)


def dvn(a):
    d = a["date"]
    return "%s - %s/%s/%s %s" % (WD[a["wd"]], d[8:], d[5:7], d[:4], a["time"])


srt = sorted(ARTS, key=lambda a: a["date"], reverse=True)
for a in ARTS:
    newer = [o for o in srt if o["date"] > a["date"]]
    older = [o for o in srt if o["date"] < a["date"]]
    li = lambda L: "".join('<li><a href="%s">%s</a> <em>(%s/%s/%s)</em></li>' % (o["path"], esc(o["title"]), o["date"][8:], o["date"][5:7], o["date"][:4]) for o in L)
    lead = '<div class="hometext m-bottom">%s</div>' % esc(a["lead"]) if a["lead"] else ""
    fig = '<figure class="article center"><img src="/uploads/news/2024_0%s/a%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (a["date"][6], a["id"], esc(a["cap"])) if a["cap"] else ""
    src = '<p class="h5 text-right"><strong>Nguồn tin: </strong>%s</p>' % esc(a["src"]) if a["src"] else ""
    print_url = "/tin-tuc/print/%s-%d.html" % (a["alias"], a["id"])
    body = f"""<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="{CAT}/">Cải cách hành chính</a></li><li>{esc(a['title'])}</li></ul></div>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
<span class="hidden" itemprop="datePublished">{a['date']}T{a['time']}:00+07:00</span><span class="hidden" itemprop="author">{esc(a['author'])}</span>
<div class="row margin-bottom-lg"><span class="h5">{dvn(a)}</span>
<ul class="list-inline text-right"><li><a title="Gửi bài viết qua email" class="fa fa-envelope">Gửi bài viết qua email</a></li><li><a href="{print_url}" title="In ra">In ra</a></li><li><a class="fa fa-save" title="Lưu bài viết này">Lưu bài viết này</a></li></ul></div>
{lead}{fig}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{bl(a['blocks'])}</div>
<p class="h5 text-right"><strong>Tác giả: </strong>{esc(a['author'])}</p>{src}
<div class="rating">Xếp hạng: 4 - 12 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news_column panel"><p><strong>Những tin mới hơn</strong></p><ul class="related">{li(newer)}</ul><p><strong>Những tin cũ hơn</strong></p><ul class="related">{li(older)}</ul></div></div></div>"""
    P.add(a["path"], shell(a["title"], body, canon=a["path"]))
    P.article(a["path"], a["title"], a["date"], a["blocks"], a["must"], lead=a["lead"])
    pr = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a['title'])}</title><link rel="canonical" href="http://{{{{HOST}}}}{a['path']}"></head><body onload="window.print()">
<h2>{esc(a['title'])}</h2><p>{dvn(a)}</p>{'<p><b>%s</b></p>' % esc(a['lead']) if a['lead'] else ''}{bl(a['blocks'])}<p>Tác giả: {esc(a['author'])}</p>
<p><a href="/">Cổng thông tin điện tử huyện Yên Thế</a></p></body></html>"""
    P.add(print_url, pr)

NOTICE = CAT + "/thong-bao-lich-lam-viec-bo-phan-mot-cua-dip-le-30-4-1539.html"
P.add(NOTICE, shell("Thông báo lịch làm việc Bộ phận Một cửa dịp lễ 30/4", f"""<div class="news_column panel"><h1 class="title">Thông báo lịch làm việc Bộ phận Một cửa dịp lễ 30/4</h1>
<div id="news-bodyhtml" class="bodytext"><p><a href="/uploads/news/2024_04/tb-lich-lam-viec.docx">tb-lich-lam-viec.docx</a></p></div></div>"""))


def listing(items, extra, n):
    it = "".join('<div class="news-item"><h3><a href="%s">%s</a></h3><p class="text-muted">%s</p><p>%s</p></div>' % (a["path"], esc(a["title"]), dvn(a), esc((a["lead"] or a["blocks"][0])[:100])) for a in items)
    return '<div class="panel"><h2>Cải cách hành chính</h2>%s%s<ul class="pagination"><li><a href="%s/">1</a></li><li><a href="%s/page-2">2</a></li></ul></div>' % (it, extra, CAT, CAT)


P.add(CAT + "/", shell("Cải cách hành chính", listing(srt[:3], "", 1)))
P.add(CAT + "/page-2", shell("Cải cách hành chính - Trang 2", listing(srt[3:], '<div class="news-item"><h3><a href="%s">Thông báo lịch làm việc Bộ phận Một cửa dịp lễ 30/4</a></h3></div>' % NOTICE, 2)))
P.add("/contact/", shell("Liên hệ", '<div class="panel"><h2>Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Yên Thế</p><p>Điện thoại: 0204.3876.xxx</p><p>Email: vanphong.yenthe@bacgiang.gov.vn</p></div>'))
P.add("/", shell("Trang nhất", '<div class="panel"><h2>Tin mới</h2><ul>' + "".join('<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in srt[:2]) + '</ul><a href="%s/">Xem tiếp</a></div>' % CAT))
P.non_articles += ["/", CAT + "/", CAT + "/page-2", "/contact/", NOTICE]
P.write()

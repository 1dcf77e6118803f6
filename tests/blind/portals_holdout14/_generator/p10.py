"""p10 tamnong_mvc: bespoke ASP.NET MVC portal with the date in the URL,
huyện Tam Nông, Đồng Tháp. Hard cases: date in the URL (one article states it
nowhere else), "Đăng lúc HH:mm - dd/MM/yyyy" for the others, sapo in an h2
outside the body element, "Tin xem nhiều" list with dates and view counts,
"Tin liên quan" list, font-size and share tools, footer counter with
"Đang xem", documents page, notice."""
from common import Portal, esc, attr

P = Portal("tamnong_mvc", "Cổng thông tin điện tử huyện Tam Nông", "Tam Nông", "Đồng Tháp", "bespoke ASP.NET MVC")
LIST = "/tin-tuc/hoat-dong-dia-phuong"
def aurl(a):
    y, m, d = a["date"].split("-")
    return f"/tin-tuc/{y}/{m}/{d}/{a['slug']}-a{a['id']}.html"
MENU = [("/", "Trang chủ"), (LIST, "Hoạt động địa phương"), ("/van-ban", "Văn bản chỉ đạo"), ("/thong-bao", "Thông báo"), ("/lien-he", "Liên hệ")]
ARTS = []
def add(id_, slug, title, date, tm, sapo, paras, must, show_date=True, views=100):
    ARTS.append(dict(id=id_, slug=slug, title=title, date=date, tm=tm, sapo=sapo, paras=paras, must=must, show=show_date, views=views))


add(1873, "tam-nong-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2024", "Tam Nông công khai kết quả giải quyết thủ tục hành chính năm 2024", "2024-11-20", "16:45",
    "Tính từ ngày 15/11/2023 đến 14/11/2024, các cơ quan, đơn vị trên địa bàn huyện Tam Nông tiếp nhận 21.506 hồ sơ thủ tục hành chính.",
    ["Số hồ sơ từ kỳ trước chuyển sang là 412. Đã giải quyết 21.471 hồ sơ, trong đó trước hạn 17.930, đúng hạn 3.462, trễ hạn 79; đang giải quyết 447 hồ sơ.",
     "Hồ sơ tiếp nhận trực tuyến là 16.129, chiếm 75%; hồ sơ tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích là 2.204.",
     "Năm 2023, huyện đạt 89,31 điểm Chỉ số cải cách hành chính, xếp hạng 2/12 huyện, thành phố của tỉnh Đồng Tháp. Chỉ số hài lòng của người dân, tổ chức đạt 93,6%."],
    ["Số hồ sơ từ kỳ trước chuyển sang là 412", "trước hạn 17.930, đúng hạn 3.462, trễ hạn 79", "xếp hạng 2/12 huyện, thành phố"], views=214)
add(1866, "cac-xa-thi-tran-thuc-hien-mot-cua-lien-thong-quy-iii", "Kết quả thực hiện cơ chế một cửa ở các xã, thị trấn quý III", "2024-10-11", "09:30",
    "Phòng Nội vụ huyện tổng hợp số liệu tiếp nhận, giải quyết hồ sơ tại bộ phận một cửa cấp xã trong quý III/2024.",
    [[["Đơn vị", "Tiếp nhận", "Trễ hạn", "Tỷ lệ trực tuyến"], ["Thị trấn Tràm Chim", "1.204", "0", "81%"], ["Xã Phú Cường", "687", "2", "69%"], ["Xã An Long", "745", "1", "72%"], ["Xã Phú Thành B", "512", "4", "58%"]],
     "Xã Phú Thành B có số hồ sơ trễ hạn nhiều nhất, chủ yếu ở lĩnh vực chứng thực hợp đồng liên quan đến đất đai. Huyện yêu cầu xã rà soát, khắc phục ngay trong quý IV."],
    ["Xã Phú Cường", "1.204", "chứng thực hợp đồng liên quan đến đất đai"], views=96)
add(1860, "vuon-quoc-gia-tram-chim-don-dan-seu-dau-do", "Vườn quốc gia Tràm Chim chuẩn bị đón đàn sếu đầu đỏ", "2024-10-02", "",
    "Ban quản lý Vườn quốc gia Tràm Chim đang điều tiết nước ở các phân khu để tạo bãi ăn cho sếu đầu đỏ trước mùa khô.",
    ["Theo kế hoạch hợp tác với các đối tác quốc tế, vườn sẽ tiếp tục thả bổ sung sếu được nuôi sinh sản từ Thái Lan.",
     "Các cỏ năng, cỏ ống trên diện tích hơn 600 ha đồng cỏ được phục hồi là nguồn thức ăn chính của loài chim quý này."],
    ["thả bổ sung sếu được nuôi sinh sản", "hơn 600 ha đồng cỏ", "điều tiết nước ở các phân khu"], show_date=False, views=388)
add(1854, "mua-nuoc-noi-nguoi-dan-an-long-khai-thac-ca-linh", "Mùa nước nổi, người dân An Long khai thác cá linh", "2024-09-21", "07:15",
    "Những ngày này, nước lũ về các cánh đồng xã An Long mang theo cá linh, mang lại nguồn thu nhập cho nhiều hộ nghèo.",
    ["Anh Nguyễn Văn Tèo ở ấp An Hòa mỗi đêm giăng lưới thu 10 – 15 kg cá linh non, bán cho thương lái khoảng 80.000 đồng/kg.",
     "Xã tuyên truyền người dân không dùng lưới có mắt quá nhỏ và xung điện để bảo vệ nguồn lợi thủy sản."],
    ["10 – 15 kg cá linh non", "khoảng 80.000 đồng/kg", "lưới có mắt quá nhỏ và xung điện"], views=173)
add(1849, "khanh-thanh-cau-giao-thong-nong-thon-ap-phu-loi", "Khánh thành cầu giao thông nông thôn ấp Phú Lợi", "2024-09-06", "14:00",
    "Cây cầu bê tông dài 36 m, rộng 3,5 m vừa được đưa vào sử dụng, thay thế cây cầu gỗ xuống cấp ở ấp Phú Lợi, xã Phú Thọ.",
    ["Công trình có tổng kinh phí 1,6 tỷ đồng, do một doanh nghiệp và các nhà hảo tâm tài trợ."],
    ["cầu bê tông dài 36 m, rộng 3,5 m", "tổng kinh phí 1,6 tỷ đồng", "các nhà hảo tâm tài trợ"], views=61)

MOST = sorted(ARTS, key=lambda a: -a["views"])[:4]


def shell(title, inner, canon=None):
    menu = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canon) if canon else ""
    most = "".join(f'<li><a href="{attr(aurl(a))}">{esc(a["title"])}</a><small>{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]} · {a["views"]} lượt xem</small></li>' for a in MOST)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{esc(title)} | Huyện Tam Nông</title>{can}
<link href="/Content/bootstrap.min.css" rel="stylesheet" /></head><body>
<header class="header"><div class="brand">ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG</div><nav class="navbar"><ul class="navbar-nav">{menu}</ul></nav></header>
<main class="container body-content"><div class="row"><div class="col-lg-8">{inner}</div>
<div class="col-lg-4"><section class="box-most"><h4>Tin xem nhiều</h4><ol>{most}</ol></section></div></div></main>
<footer class="footer"><p>Cổng thông tin điện tử huyện Tam Nông – Địa chỉ: Khóm 2, thị trấn Tràm Chim, huyện Tam Nông, tỉnh Đồng Tháp</p>
<p class="visit">Lượt truy cập: 5.381.204 | Đang xem: 112</p></footer><script src="/Scripts/jquery-3.4.1.min.js"></script></body></html>"""


for a in ARTS:
    body = []
    for b in a["paras"]:
        if isinstance(b, list):
            body.append('<table class="table table-bordered">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % esc(b))
    rel = "".join(f'<li><a href="{attr(aurl(x))}">{esc(x["title"])}</a> <span>({x["date"][8:]}/{x["date"][5:7]})</span></li>' for x in ARTS if x is not a)
    d = a["date"]
    meta = f'<span class="post-time">Đăng lúc {a["tm"]} - {d[8:]}/{d[5:7]}/{d[:4]}</span>' if a["show"] else ""
    inner = f"""<article class="news-detail"><h1 class="news-title">{esc(a['title'])}</h1>
<div class="news-meta">{meta}<span class="tools"><button class="fs-up">A+</button><button class="fs-down">A-</button> <a href="#" class="share-fb">Chia sẻ</a></span></div>
<h2 class="sapo">{esc(a['sapo'])}</h2>
<div class="news-body" id="newsBody">{''.join(body)}</div></article>
<section class="news-related"><h4>Tin liên quan</h4><ul>{rel}</ul></section>"""
    P.page(aurl(a), shell(a["title"], inner, canon=aurl(a)))
    P.article(aurl(a), a["title"], d, [a["sapo"]] + a["paras"], a["must"])


def listing(items, page):
    out = "".join(f'<div class="news-item"><h3><a href="{attr(aurl(x))}">{esc(x["title"])}</a></h3><p>{esc(x["sapo"])}</p></div>' for x in items)
    pg = f'<ul class="pagination"><li class="page-item"><a class="page-link" href="{LIST}?page=1">1</a></li><li class="page-item"><a class="page-link" href="{LIST}?page=2">2</a></li></ul>'
    return f'<h2 class="cat-title">Hoạt động địa phương</h2>{out}{pg}'


P.page(LIST, shell("Hoạt động địa phương", listing(ARTS[:3], 1)))
P.page(LIST + "?page=1", shell("Hoạt động địa phương", listing(ARTS[:3], 1)))
P.page(LIST + "?page=2", shell("Hoạt động địa phương", listing(ARTS[3:], 2)))
P.page("/", shell("Trang chủ", listing(ARTS[:3], 1)))
P.page("/van-ban", shell("Văn bản chỉ đạo", """<h2 class="cat-title">Văn bản chỉ đạo</h2><table class="table"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Tệp</th></tr>
<tr><td>2187/UBND-NC</td><td>V/v đẩy mạnh thanh toán trực tuyến phí, lệ phí thủ tục hành chính</td><td><a href="/Uploads/vanban/2187-UBND-NC.pdf">Tải về</a></td></tr>
<tr><td>145/KH-UBND</td><td>Kế hoạch kiểm tra công tác cải cách hành chính năm 2025</td><td><a href="/Uploads/vanban/145-KH-UBND.pdf">Tải về</a></td></tr></table>"""))
NOTE = "/thong-bao/thong-bao-tuyen-dung-cong-chuc-cap-xa-nam-2024-n221.html"
P.page("/thong-bao", shell("Thông báo", f'<h2 class="cat-title">Thông báo</h2><div class="news-item"><h3><a href="{NOTE}">Thông báo tuyển dụng công chức cấp xã năm 2024</a></h3></div>'))
P.page(NOTE, shell("Thông báo tuyển dụng công chức cấp xã năm 2024", '<article class="news-detail"><h1 class="news-title">Thông báo tuyển dụng công chức cấp xã năm 2024</h1><div class="news-body"><p><a href="/Uploads/thongbao/TB-tuyen-dung-2024.pdf">Tệp đính kèm: TB-tuyen-dung-2024.pdf</a></p></div></article>', canon=NOTE))
P.non_articles += ["/van-ban", "/thong-bao", NOTE]
P.furniture = ["Tin xem nhiều", "lượt xem", "Tin liên quan", "Lượt truy cập: 5.381.204", "Đang xem: 112", "Chia sẻ",
               "Văn bản chỉ đạo", "Hoạt động địa phương", "Đăng lúc"]
P.write()

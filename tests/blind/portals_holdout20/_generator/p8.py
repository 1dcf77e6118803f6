"""Portal 8: bespoke ASP.NET MVC site, huyện Phù Cát, Bình Định.
Hard cases: section heading (h4) above an h2 headline, date "Ngày đăng: dd/MM/yyyy - HH:mm | Lượt xem" plus
font-size and share widgets, lead outside the body, closing byline and a "Nguồn:" line inside the body (text),
"Tin liên quan" list with dates, a digit-per-element counter in the sidebar, a listing with long teasers,
monthly series tables of offices."""
from common import *

P = Portal("p8_phucat_mvc", "Cổng thông tin điện tử huyện Phù Cát", "Phù Cát", "Bình Định", "bespoke ASP.NET MVC")
P.furniture = ["Lượt truy cập", "Trực tuyến", "Tin liên quan", "Cỡ chữ", "Chia sẻ:", "Lượt xem:",
               "Hotline hỗ trợ dịch vụ công: 0256 3850 111", "Trang thông tin chính thức của UBND huyện Phù Cát",
               "Hoạt động chỉ đạo điều hành", "Dịch vụ công trực tuyến"]
CAT = "/TinTuc/DanhMuc/7"


def shell(title, content, canonical=None):
    digits = "".join(f'<span class="digit">{c}</span>' for c in "03187446")
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{canonical}" /><meta property="og:url" content="http://{{{{HOST}}}}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{esc(title)} - Phù Cát</title>{can}
<link href="/Content/site.min.css" rel="stylesheet" /></head><body>
<div class="top-bar">Hotline hỗ trợ dịch vụ công: 0256 3850 111</div>
<nav class="navbar"><a href="/">Trang chủ</a><a href="/GioiThieu">Giới thiệu</a><a href="{CAT}">Hoạt động chỉ đạo điều hành</a><a href="/ThongBao">Thông báo</a><a href="/DichVuCong">Dịch vụ công trực tuyến</a></nav>
<div class="container"><div class="row"><div class="col-lg-8">{content}</div>
<aside class="col-lg-4"><div class="widget"><div class="widget-title">Lượt truy cập</div><div class="digits">{digits}</div><div>Trực tuyến <span class="digit">2</span><span class="digit">1</span></div></div></aside></div></div>
<footer class="site-footer"><p>Trang thông tin chính thức của UBND huyện Phù Cát</p><p>Số 1 Trần Hưng Đạo, thị trấn Ngô Mây</p></footer>
<script src="/bundles/jquery?v=x1"></script></body></html>"""


OFFICES = ["Văn phòng Đăng ký đất đai chi nhánh Phù Cát", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"]
HEAD = ["Cơ quan", "Số hồ sơ", "Trễ hạn"]
arts = []
for i, (m, d, tm, rec, early, ontime, late, pct) in enumerate([(1, "2024-02-06", "10:20", 1520, 610, 902, 8, "99,5"),
                                                             (2, "2024-03-05", "08:40", 1034, 455, 576, 3, "99,7"),
                                                             (3, "2024-04-03", "16:05", 1688, 720, 966, 2, "99,9")]):
    rnd = random.Random(800 + i)
    rows = [[o, vn_int(rnd.randint(90, 400)), str(lt)] for o, lt in zip(OFFICES, split(rnd, late, len(OFFICES)))]
    paras = [f"Trong tháng {m}/2024, Phù Cát tiếp nhận {vn_int(rec)} hồ sơ thủ tục hành chính thuộc thẩm quyền cấp huyện.",
             f"Kết quả giải quyết trước hạn {early} hồ sơ, đúng hạn {ontime} hồ sơ, trễ hạn {late} hồ sơ; tỷ lệ đúng hạn {pct}%.",
             "Các cơ quan có phát sinh hồ sơ trễ hạn hoặc số lượng lớn:",
             "UBND huyện yêu cầu thủ trưởng các cơ quan trên giải trình nguyên nhân trong cuộc họp giao ban tuần tới.",
             "Nguồn: Văn phòng HĐND và UBND huyện"]
    arts.append(dict(id=10562 + i * 13, title=f"Phù Cát: tình hình giải quyết thủ tục hành chính tháng {m}/2024", d=d, tm=tm, paras=paras,
                     table=(HEAD, rows), must=[HEAD[2], rows[1][0], rows[2][1], f"tỷ lệ đúng hạn {pct}%"]))
arts.append(dict(id=10530, title="Hội nghị đối thoại doanh nghiệp năm 2024", d="2024-01-19", tm="15:30", paras=[
    "Chiều 18/1, UBND huyện tổ chức hội nghị gặp gỡ, đối thoại với hơn 60 doanh nghiệp đóng trên địa bàn.",
    "Doanh nghiệp ở cụm công nghiệp Cát Nhơn kiến nghị sớm sửa tuyến đường vào cụm và bố trí thêm trạm biến áp.",
    "Lãnh đạo huyện ghi nhận và giao các phòng trả lời trước ngày 15/2.",
    "Minh Trí"], table=None, must=["cụm công nghiệp Cát Nhơn", "trạm biến áp", "hơn 60 doanh nghiệp"]))
arts.append(dict(id=10611, title="Cát Hanh hoàn thành tiêu chí nông thôn mới nâng cao", d="2024-05-14", tm="09:10", paras=[
    "Đoàn thẩm định của tỉnh đã kiểm tra và đánh giá xã Cát Hanh đạt đủ 19 tiêu chí xã nông thôn mới nâng cao.",
    "Thu nhập bình quân đầu người của xã năm 2023 ước đạt 62 triệu đồng.",
    "Nguồn: Phòng Nông nghiệp và PTNT"], table=None, must=["xã Cát Hanh", "19 tiêu chí", "62 triệu đồng"]))
arts.append(dict(id=10640, title="Phù Cát trao 200 suất quà cho học sinh vùng biển", d="2024-06-01", tm="07:00", paras=[
    "Ngân hàng Chính sách xã hội huyện trao 200 suất quà cho học sinh nghèo vùng biển Cát Khánh nhân ngày Quốc tế thiếu nhi."], table=None,
    must=["200 suất quà", "Cát Khánh", "Quốc tế thiếu nhi"]))
for x in arts:
    x["path"] = f"/TinTuc/ChiTiet/{x['id']}"

for k, x in enumerate(arts):
    p = x["paras"]
    body = "".join(f"<p>{esc(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], attrs=' class="table table-bordered"', head_tag="th")
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{esc(t)}</p>" for t in p[3:-1])
    if len(p) > 1:
        body += f'<p style="text-align:right"><em>{esc(p[-1])}</em></p>'
    rel = "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a> <small>{o["d"][8:]}/{o["d"][5:7]}/{o["d"][:4]}</small></li>' for o in arts if o is not x)
    content = f"""<h4 class="section-title">Hoạt động chỉ đạo điều hành</h4><article class="news-detail">
<h2 class="news-title">{esc(x['title'])}</h2>
<div class="meta">Ngày đăng: {x['d'][8:]}/{x['d'][5:7]}/{x['d'][:4]} - {x['tm']} | Lượt xem: {402 + k * 17} <span class="font">Cỡ chữ <a href="#" data-size="-1">A-</a> <a href="#" data-size="1">A+</a></span></div>
<div class="news-sapo">{esc(p[0])}</div>
<div class="news-content">{body}</div>
<div class="share">Chia sẻ: <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a></div></article>
<div class="related"><h5>Tin liên quan</h5><ul>{rel}</ul></div>"""
    P.article(x["path"], shell(x["title"], content, canonical=x["path"]), x["title"], x["d"], p, x["must"], cells)


def listing(items, pg):
    out = "".join(f'<div class="news-item"><a href="{o["path"]}"><img src="/Uploads/thumb/{o["id"]}.jpg" /></a><h3><a href="{o["path"]}">{esc(o["title"])}</a></h3><p class="teaser">{" ".join(esc(t) for t in o["paras"][:2])}</p></div>' for o in items)
    return shell("Hoạt động chỉ đạo điều hành", f'<h4 class="section-title">Hoạt động chỉ đạo điều hành</h4>{out}<ul class="pagination">{pg}</ul>')


P.page(CAT, listing(arts[:4], f'<li class="active"><span>1</span></li><li><a href="{CAT}?page=2">2</a></li>'))
P.page(CAT + "?page=2", listing(arts[4:], f'<li><a href="{CAT}">1</a></li><li class="active"><span>2</span></li>'))
P.page("/GioiThieu", shell("Giới thiệu", "<h2>Giới thiệu</h2><p>Phù Cát là huyện ven biển của tỉnh Bình Định, có sân bay Phù Cát.</p>"))
N1, N2 = "/ThongBao/ChiTiet/381", "/ThongBao/ChiTiet/384"
P.page("/ThongBao", shell("Thông báo", f'<ul><li><a href="{N1}">Thông báo tuyển sinh lớp 10 năm học 2024 - 2025</a></li><li><a href="{N2}">Thông báo mời thầu gói thầu số 03</a></li></ul>'))
P.page(N1, shell("Thông báo", '<h2 class="news-title">Thông báo tuyển sinh lớp 10 năm học 2024 - 2025</h2><p><a href="/Uploads/files/tb-tuyen-sinh-10.pdf">Tệp đính kèm</a></p>'))
P.page(N2, shell("Thông báo", '<h2 class="news-title">Thông báo mời thầu gói thầu số 03</h2><p><a href="/Uploads/files/moi-thau-03.pdf">Tệp đính kèm</a></p>'))
P.page("/", shell("Trang chủ", "".join(f'<p><a href="{o["path"]}">{esc(o["title"])}</a></p>' for o in arts[:4]) + f'<a href="{CAT}">Xem tất cả</a>'))
P.write()

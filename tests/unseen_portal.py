"""A small portal of a layout the layout table does not know, written for the
tests of issue 12: a SharePoint-style site serving every article from one
page with the item's id in the query, a portlet heading ("Tin chi tiết")
above each headline, a visit counter in wording the furniture table lacks,
a dateline after the text, one undated article at a plain URL (listed on
every page by its headline), a short undated item linked before the dated
ones, and the introduction, an item reached from the menu of every page.

`build(root)` writes it as a sample-portal tree (manifest.toml, routes.toml,
pages/) that tests/portal_server.py serves.
"""

from __future__ import annotations

from pathlib import Path

PORTAL_ID = "unseen"

# (item id, headline, date line printed after the text, paragraphs)
ARTICLES = [
    (101, "Huyện Sông Mây tổng kết công tác một cửa năm 2024", "Cập nhật: 14/01/2025 08:30",
     ["Sáng 13/01, Ủy ban nhân dân huyện Sông Mây tổ chức hội nghị tổng kết công tác tiếp nhận và trả "
      "kết quả giải quyết thủ tục hành chính theo cơ chế một cửa năm 2024.",
      "Trong năm, bộ phận một cửa huyện đã tiếp nhận 4.812 hồ sơ, giải quyết đúng hạn 4.790 hồ sơ, "
      "đạt tỷ lệ 99,5%; số hồ sơ nộp trực tuyến chiếm 61%.",
      "Hội nghị đề ra nhiệm vụ năm 2025: tiếp tục số hóa hồ sơ, rút ngắn thời gian giải quyết và "
      "nâng cao mức độ hài lòng của người dân, doanh nghiệp."]),
    (102, "Xã Đồng Lạc ra mắt tổ công nghệ số cộng đồng", "Cập nhật: 20/02/2025 15:05",
     ["Chiều 19/02, xã Đồng Lạc ra mắt tổ công nghệ số cộng đồng gồm 24 thành viên là cán bộ thôn, "
      "đoàn viên thanh niên và hội viên phụ nữ.",
      "Tổ có nhiệm vụ hướng dẫn người dân cài đặt ứng dụng định danh điện tử, nộp hồ sơ trực tuyến "
      "và thanh toán không dùng tiền mặt khi làm thủ tục hành chính.",
      "Lãnh đạo huyện đề nghị tổ duy trì lịch hỗ trợ tại nhà văn hóa các thôn vào cuối tuần."]),
    (103, "Kiểm tra cải cách hành chính tại thị trấn Bến Gỗ", "Cập nhật: 05/03/2025 10:40",
     ["Ngày 04/3, đoàn kiểm tra cải cách hành chính của huyện làm việc tại Ủy ban nhân dân thị trấn "
      "Bến Gỗ về việc niêm yết, công khai thủ tục hành chính.",
      "Qua kiểm tra, thị trấn đã niêm yết đầy đủ 126 thủ tục hành chính, không có hồ sơ quá hạn trong "
      "quý I; đoàn đề nghị bố trí thêm máy tính tra cứu cho người dân.",
      "Thị trấn cam kết khắc phục các tồn tại trước ngày 31/3."]),
]

UNDATED_PATH = "/tin/hoi-thi-can-bo-mot-cua-gioi"
UNDATED_TITLE = "Hội thi cán bộ một cửa giỏi cấp huyện"
UNDATED_PARAGRAPHS = [
    "Nhằm nâng cao kỹ năng giao tiếp và nghiệp vụ của công chức làm việc tại bộ phận một cửa, huyện Sông "
    "Mây tổ chức hội thi cán bộ một cửa giỏi với sự tham gia của các xã, thị trấn.",
    "Các thí sinh trải qua ba phần thi: kiến thức pháp luật về thủ tục hành chính, xử lý tình huống khi "
    "tiếp công dân và thao tác trên hệ thống thông tin giải quyết thủ tục hành chính.",
    "Ban tổ chức đánh giá hội thi diễn ra nghiêm túc, nhiều thí sinh thể hiện sự am hiểu quy trình và "
    "thái độ phục vụ tận tình đối với người dân.",
    "Kết quả, giải nhất thuộc về thí sinh của thị trấn Bến Gỗ, giải nhì thuộc về xã Đồng Lạc và xã Phú "
    "Hưng, ba giải ba được trao cho các xã còn lại.",
    "Phát biểu bế mạc, lãnh đạo huyện đề nghị các đơn vị nhân rộng cách làm hay, coi hội thi là dịp để "
    "học hỏi lẫn nhau và cải thiện chất lượng phục vụ.",
    "Huyện sẽ tổ chức hội thi định kỳ hai năm một lần và gắn kết quả với việc đánh giá công chức cuối năm.",
]
# A short undated item served like the dated ones, and linked first: whether
# its URL pattern holds articles is known only once the others are judged.
SHORT_UNDATED = (104, "Xã Phú Hưng hoàn thành số hóa sổ hộ tịch",
                 ["Xã Phú Hưng đã hoàn thành số hóa 12.400 trang sổ hộ tịch lưu trữ từ năm 1976 đến nay, "
                  "phục vụ tra cứu khi giải quyết thủ tục cho người dân.",
                  "Công chức tư pháp - hộ tịch của xã cho biết việc tra cứu nay chỉ mất vài phút thay vì "
                  "nửa ngày như trước."])
# The portal's introduction, an item like the articles, reached from the menu of every page.
INTRO = (7, "Giới thiệu huyện Sông Mây",
         ["Huyện Sông Mây nằm ở phía tây bắc của tỉnh, có diện tích tự nhiên 512 km², gồm 14 xã và "
          "1 thị trấn, dân số khoảng 96.000 người.",
          "Huyện có địa hình đồi thấp xen kẽ đồng bằng ven sông, khí hậu nhiệt đới gió mùa, thuận lợi "
          "cho phát triển cây ăn quả và chăn nuôi.",
          "Trung tâm hành chính của huyện đặt tại thị trấn Bến Gỗ, cách trung tâm tỉnh khoảng 40 km."])
# The visit counter, in wording that crawler/data/furniture.toml does not hold.
COUNTER = ("Khách ghé thăm", "Đang xem trang")
PORTLET_HEADING = "Tin chi tiết"


def _frame(title: str, main: str, visits: int) -> str:
    # The newest items, the undated one among them, on every page.
    teasers = "".join(f"<li><a href='/Pages/ChiTiet.aspx?ItemID={i}'>{t}</a></li>" for i, t, _, _ in ARTICLES) \
        + f"<li><a href='{UNDATED_PATH}'>{UNDATED_TITLE}</a></li>"
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{title}</title></head><body><form id="aspnetForm">
<div class="s4-top"><div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÔNG MÂY</div>
<ul class="topnav"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/TinTuc.aspx">Tin tức</a></li>
<li><a href="/Pages/ChiTiet.aspx?ItemID={INTRO[0]}">Giới thiệu</a></li></ul></div>
<table class="s4-layout"><tr><td class="zoneLeft" valign="top">
<div class="wp-box"><div class="wp-head">Tin mới đăng</div><ul class="wp-list">{teasers}</ul></div>
<div class="wp-box"><div class="wp-head">Thống kê người xem</div>
<div class="visit-row"><span>{COUNTER[0]}</span> <b>{visits}</b></div>
<div class="visit-row"><span>{COUNTER[1]}</span> <b>{visits % 50 + 3}</b></div></div>
</td><td class="zoneMain" valign="top">{main}</td></tr></table>
<div class="s4-bottom">Bản quyền thuộc Ủy ban nhân dân huyện Sông Mây. Địa chỉ: số 1 đường Trung Tâm.
Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</form></body></html>"""


def article_page(item: int, headline: str, dateline: str | None, paragraphs: list[str], visits: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    foot = f"<div class='item-foot'>{dateline}</div>" if dateline else ""
    main = (f"<div class='wp-box'><div class='wp-head'>{PORTLET_HEADING}</div>"
            f"<div class='item-view'><div class='item-head'><b>{headline}</b></div>"
            f"<div class='item-text'>{body}</div>{foot}"
            f"<div class='item-stats'><span>{COUNTER[0]}:</span> <i>{visits * 3}</i> "
            f"<span>{COUNTER[1]}:</span> <i>{visits % 7 + 2}</i></div></div></div>")
    return _frame(f"Trang chủ - Cổng thông tin huyện Sông Mây", main, visits)


def undated_page(visits: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in UNDATED_PARAGRAPHS)
    return _frame(f"{UNDATED_TITLE} - Huyện Sông Mây", f"<h1>{UNDATED_TITLE}</h1>{body}", visits)


def item_page(item: tuple, visits: int) -> str:
    """An undated item (SHORT_UNDATED, INTRO), served like the articles."""
    number, headline, paragraphs = item
    return article_page(number, headline, None, paragraphs, visits)


def listing_page(visits: int) -> str:
    first = f"<div class='teaser'><a href='/Pages/ChiTiet.aspx?ItemID={SHORT_UNDATED[0]}'>{SHORT_UNDATED[1]}</a></div>"
    items = first + "".join(
        f"<div class='teaser'><a href='/Pages/ChiTiet.aspx?ItemID={i}'>{t}</a>"
        f"<span class='teaser-date'>{d.split(': ')[1][:10]}</span><div>{p[0][:140]}…</div></div>"
        for i, t, d, p in ARTICLES)
    main = f"<div class='wp-box'><div class='wp-head'>Tin tức</div>{items}</div>"
    return _frame("Tin tức - Cổng thông tin huyện Sông Mây", main, visits)


def home_page(visits: int) -> str:
    main = (f"<div class='wp-box'><div class='wp-head'>Tin nổi bật</div>"
            f"<p><a href='/Pages/TinTuc.aspx'>Xem tất cả tin tức</a></p>"
            f"<p><a href='{UNDATED_PATH}'>{UNDATED_TITLE}</a></p></div>")
    return _frame("Trang chủ - Cổng thông tin huyện Sông Mây", main, visits)


def build(root: Path) -> Path:
    """Writes the portal under `root` and returns `root`."""
    directory = root / PORTAL_ID
    (directory / "pages").mkdir(parents=True, exist_ok=True)
    pages = {"/": ("home.html", home_page(20510)), "/Pages/TinTuc.aspx": ("tintuc.html", listing_page(20511)),
             UNDATED_PATH: ("undated.html", undated_page(20517))}
    for item, visits in ((SHORT_UNDATED, 20518), (INTRO, 20519)):
        pages[f"/Pages/ChiTiet.aspx?ItemID={item[0]}"] = (f"item{item[0]}.html", item_page(item, visits))
    for n, (item, headline, dateline, paragraphs) in enumerate(ARTICLES):
        pages[f"/Pages/ChiTiet.aspx?ItemID={item}"] = (
            f"item{item}.html", article_page(item, headline, dateline, paragraphs, 20512 + n))
    routes = ["[[routes]]\nurl = \"/robots.txt\"\nfile = \"robots.txt\"\ntype = \"text/plain; charset=utf-8\"\n"]
    (directory / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    for url, (name, html) in pages.items():
        (directory / "pages" / name).write_text(html, encoding="utf-8")
        routes.append(f"[[routes]]\nurl = \"{url}\"\nfile = \"pages/{name}\"\n")
    (directory / "routes.toml").write_text("\n".join(routes), encoding="utf-8")
    (root / "manifest.toml").write_text(
        f"[[portals]]\nid = \"{PORTAL_ID}\"\nname = \"Cổng thông tin huyện Sông Mây\"\n"
        "district = \"Sông Mây\"\nprovince = \"Thử Nghiệm\"\nplatform = \"sharepoint\"\n"
        "start_urls = [\"/\"]\n", encoding="utf-8")
    return root


def page_html(path: str) -> str:
    """One page of the portal as served (for tests without a server)."""
    if path == UNDATED_PATH:
        return undated_page(20517)
    for n, (item, headline, dateline, paragraphs) in enumerate(ARTICLES):
        if path.endswith(f"ItemID={item}"):
            return article_page(item, headline, dateline, paragraphs, 20512 + n)
    raise KeyError(path)

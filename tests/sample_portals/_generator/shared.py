"""Furniture data shared by the portal templates, and the Site accumulator."""
from __future__ import annotations

import hashlib
import html as html_mod
import re
import unicodedata
from dataclasses import dataclass, field

from common import HTML, Article, e, q

DEPARTMENTS = [
    "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
    "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
    "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Kinh tế và Hạ tầng",
    "Phòng Nông nghiệp và Phát triển nông thôn", "Thanh tra huyện", "Phòng Dân tộc",
]

COMMUNES = {
    "baolam": ["Thị trấn Pác Miầu", "Xã Đức Hạnh", "Xã Lý Bôn", "Xã Nam Quang", "Xã Vĩnh Quang", "Xã Quảng Lâm",
               "Xã Thạch Lâm", "Xã Vĩnh Phong", "Xã Mông Ân", "Xã Thái Học", "Xã Yên Thổ", "Xã Nam Cao", "Xã Tân Việt"],
    "vuquang": ["Thị trấn Vũ Quang", "Xã Ân Phú", "Xã Đức Giang", "Xã Đức Lĩnh", "Xã Thọ Điền", "Xã Đức Hương",
                "Xã Đức Bồng", "Xã Đức Liên", "Xã Hương Minh", "Xã Quang Thọ", "Xã Hương Điền", "Xã Hương Quang"],
    "thanhbinh": ["Thị trấn Thanh Bình", "Xã An Phong", "Xã Bình Tấn", "Xã Bình Thành", "Xã Tân Bình", "Xã Tân Hòa",
                  "Xã Tân Huề", "Xã Tân Long", "Xã Tân Mỹ", "Xã Tân Phú", "Xã Tân Quới", "Xã Tân Thạnh", "Xã Phú Lợi"],
    "chodon": ["Thị trấn Bằng Lũng", "Xã Bằng Lãng", "Xã Bản Thi", "Xã Bình Trung", "Xã Đại Sảo", "Xã Đồng Thắng",
               "Xã Lương Bằng", "Xã Nam Cường", "Xã Nghĩa Tá", "Xã Ngọc Phái", "Xã Phương Viên", "Xã Quảng Bạch",
               "Xã Tân Lập", "Xã Xuân Lạc", "Xã Yên Mỹ", "Xã Yên Phong", "Xã Yên Thịnh", "Xã Yên Thượng"],
    "tienlu": ["Thị trấn Vương", "Xã Cương Chính", "Xã Dị Chế", "Xã Đức Thắng", "Xã Hải Thắng", "Xã Hưng Đạo",
               "Xã Lệ Xá", "Xã Minh Phượng", "Xã Ngô Quyền", "Xã Nhật Tân", "Xã Thiện Phiến", "Xã Thụy Lôi",
               "Xã Trung Dũng", "Xã An Viên"],
    "lucyen": ["Thị trấn Yên Thế", "Xã An Lạc", "Xã An Phú", "Xã Khánh Hòa", "Xã Khai Trung", "Xã Lâm Thượng",
               "Xã Liễu Đô", "Xã Mai Sơn", "Xã Minh Chuẩn", "Xã Minh Tiến", "Xã Minh Xuân", "Xã Mường Lai",
               "Xã Phan Thanh", "Xã Phúc Lợi", "Xã Tân Lập", "Xã Tân Lĩnh", "Xã Tân Phượng", "Xã Trung Tâm",
               "Xã Trúc Lâu", "Xã Vĩnh Lạc", "Xã Yên Thắng", "Xã Tô Mậu", "Xã Động Quan", "Xã Khánh Thiện"],
    "thuanchau": ["Thị trấn Thuận Châu", "Xã Phổng Lái", "Xã Chiềng Pha", "Xã Chiềng La", "Xã Chiềng Ly",
                  "Xã Tông Lạnh", "Xã Mường É", "Xã Bó Mười", "Xã Co Mạ", "Xã Long Hẹ", "Xã Púng Tra",
                  "Xã Chiềng Bôm", "Xã Nậm Lầu", "Xã Liệp Tè", "Xã Phổng Lăng", "Xã Tông Cọ", "Xã Muổi Nọi", "Xã É Tòng"],
    "tienyen": ["Thị trấn Tiên Yên", "Xã Đông Ngũ", "Xã Đông Hải", "Xã Hải Lạng", "Xã Tiên Lãng", "Xã Yên Than",
                "Xã Đồng Rui", "Xã Phong Dụ", "Xã Điền Xá", "Xã Hà Lâu", "Xã Đại Dực"],
}

# (code, name, field)
PROCEDURES = [
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
    ("1.000656", "Đăng ký khai tử", "Hộ tịch"),
    ("1.000894", "Đăng ký kết hôn", "Hộ tịch"),
    ("1.004884", "Đăng ký lại khai sinh", "Hộ tịch"),
    ("1.001022", "Cấp bản sao trích lục hộ tịch", "Hộ tịch"),
    ("2.000908", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực"),
    ("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"),
    ("2.000815", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "Chứng thực"),
    ("2.000720", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"),
    ("2.000575", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"),
    ("2.000551", "Tạm ngừng hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"),
    ("1.001612", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Hoạt động xây dựng"),
    ("1.009994", "Cấp giấy phép sửa chữa, cải tạo công trình", "Hoạt động xây dựng"),
    ("1.004227", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai"),
    ("1.004203", "Cấp đổi giấy chứng nhận quyền sử dụng đất", "Đất đai"),
    ("1.004199", "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền", "Đất đai"),
    ("1.005461", "Đăng ký đất đai lần đầu", "Đất đai"),
    ("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội"),
    ("1.001758", "Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú", "Bảo trợ xã hội"),
    ("1.010801", "Giải quyết chế độ mai táng phí đối với cựu chiến binh", "Người có công"),
    ("2.001157", "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu", "Lưu thông hàng hóa trong nước"),
    ("1.003709", "Thủ tục thành lập nhóm trẻ, lớp mẫu giáo độc lập", "Giáo dục và Đào tạo"),
    ("1.005097", "Chuyển trường đối với học sinh trung học cơ sở", "Giáo dục và Đào tạo"),
    ("1.008901", "Công nhận tổ chức tôn giáo cơ sở", "Tôn giáo"),
    ("2.002226", "Giải quyết khiếu nại lần đầu tại cấp huyện", "Giải quyết khiếu nại"),
    ("2.001909", "Tiếp công dân tại cấp huyện", "Tiếp công dân"),
    ("1.003622", "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm"),
    ("1.000775", "Thẩm định, phê duyệt phương án ứng phó thiên tai", "Phòng, chống thiên tai"),
    ("1.004082", "Xác nhận kế hoạch bảo vệ môi trường", "Môi trường"),
    ("2.000488", "Công nhận hòa giải viên", "Phổ biến giáo dục pháp luật"),
    ("1.010938", "Đăng ký thường trú", "Đăng ký, quản lý cư trú"),
    ("1.001235", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội"),
]

DVC_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={}"

DOCUMENTS = [
    ("Kế hoạch", "cải cách hành chính năm", "KH-UBND"),
    ("Báo cáo", "kết quả công tác cải cách hành chính quý", "BC-UBND"),
    ("Quyết định", "ban hành quy chế tổ chức và hoạt động của Bộ phận Một cửa", "QĐ-UBND"),
    ("Kế hoạch", "tuyên truyền cải cách hành chính năm", "KH-UBND"),
    ("Quyết định", "công bố danh mục thủ tục hành chính thực hiện tiếp nhận trực tuyến", "QĐ-UBND"),
    ("Công văn", "về việc đẩy mạnh thanh toán trực tuyến phí, lệ phí", "UBND-NV"),
]


def file_name(url: str, ext: str = "html") -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", url.strip("/")).strip("_") or "index"
    if len(base) > 80:
        base = base[:60] + "_" + hashlib.sha1(url.encode()).hexdigest()[:8]
    return f"pages/{base}.{ext}"


@dataclass
class Site:
    id: str
    name: str
    district: str
    province: str
    platform: str
    headers: dict
    case_insensitive: bool = False
    start_urls: list = field(default_factory=lambda: ["/"])
    routes: list = field(default_factory=list)
    files: dict = field(default_factory=dict)
    articles: list = field(default_factory=list)
    non_articles: list = field(default_factory=list)
    forbidden: list = field(default_factory=list)
    counters: list = field(default_factory=list)
    robots: str = ""
    not_found: str = ""
    article_features: list = field(default_factory=list)

    def _add_file(self, file: str, data) -> None:
        if file in self.files and self.files[file] != data:
            raise ValueError(f"{self.id}: {file} written twice with different content")
        self.files[file] = data

    def page(self, url: str, html: str, kind: str = "non_article", file: str | None = None) -> str:
        file = file or file_name(url)
        self._add_file(file, html)
        self.routes.append({"url": url, "file": file, "type": HTML})
        if kind == "non_article":
            self.non_articles.append(url)
        elif kind == "forbidden":
            self.forbidden.append(url)
        return file

    def asset(self, url: str, file: str, data: bytes, ctype: str, listed: bool = True) -> None:
        self._add_file(file, data)
        self.routes.append({"url": url, "file": file, "type": ctype})
        if listed:
            self.non_articles.append(url)

    def redirect(self, url: str, to: str, status: int = 302) -> None:
        self.routes.append({"url": url, "redirect": to, "status": status})

    def article(self, art: Article, html: str, excludes: list[str] = (), aliases: list[str] = (), features: list[str] = ()) -> None:
        file = self.page(art.path, html, kind="article")
        for alias in aliases:
            if not (self.case_insensitive and alias.lower() == art.path.lower()):
                self.routes.append({"url": alias, "file": file, "type": HTML})
        entry = {"path": art.path}
        if aliases:
            entry["aliases"] = list(aliases)
        if art.seed:
            entry["seed"] = art.seed
        entry["title"] = art.title
        if art.published_shown:
            entry["published"] = art.day.isoformat()
        if art.author:
            entry["author"] = art.author
        entry["cchc_figures"] = art.cchc
        body_len = sum(len(b[1]) for b in art.blocks if b[0] in ("p", "author", "source")) + len(art.summary or "")
        found = list(self.article_features) + list(features)
        found += ["short_text"] if body_len < 400 else []
        found += ["table"] if any(b[0] == "table" for b in art.blocks) else []
        found += ["photo_captions"] if any(b[0] in ("img", "figure") and b[2] for b in art.blocks) else []
        found += ["no_visible_date"] if not art.published_shown else []
        found += ["alias_urls"] if aliases else []
        entry["features"] = found
        entry["text_includes"] = list(art.includes)
        seen = list(art.excludes)  # given ones must be on the page; template furniture only where it is
        visible = page_text(html)
        for x in excludes:
            if x not in seen and x in visible:
                seen.append(x)
        entry["text_excludes"] = seen
        self.articles.append(entry)


BLOCK_TAG = re.compile(r"</?(?:address|article|aside|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav"
                       r"|ol|option|p|section|select|table|tbody|td|tfoot|th|thead|title|tr|ul)\b[^>]*>", re.I)


def page_text(markup: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", "", BLOCK_TAG.sub(" ", text))
    return " ".join(unicodedata.normalize("NFC", html_mod.unescape(text)).split())


def nav_tree(items, ul_class="", li_class="", sub_class="sub-menu") -> str:
    """items: list of (label, href, children)."""
    out = [f'<ul class="{ul_class}">' if ul_class else "<ul>"]
    for label, href, children in items:
        cls = f' class="{li_class}{" has-child" if children else ""}"' if li_class or children else ""
        if href is None:  # a menu heading (Joomla "nav-header")
            out.append(f'<li{cls}><span class="nav-header">{e(label)}</span>')
        else:
            out.append(f'<li{cls}><a href="{q(href)}">{e(label)}</a>')
        if children:
            out.append(nav_tree(children, sub_class, li_class, sub_class))
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)

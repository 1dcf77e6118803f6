# -*- coding: utf-8 -*-
"""Common helpers for the holdout25 blind set (helper-36).
Pages and gold.json are derived from the same strings: every article is a
list of blocks; the renderer prints the blocks and the gold is cut from them."""
import html, html.entities, json, os, random, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "Thứ Sáu, ngày 14/06/2024"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dots(n):
    return f"{n:,}".replace(",", ".")


def pct(x):
    return (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")


def weekday(y, m, d, names=WD):
    import datetime
    return names[datetime.date(y, m, d).weekday()]


def named_entities(s):
    """Mix named entities for letters that have one (like Word/FCKeditor output)."""
    out = []
    for ch in s:
        cp = ord(ch)
        name = html.entities.codepoint2name.get(cp)
        if name and cp >= 0xC0:
            out.append("&%s;" % name)
        else:
            out.append(esc(ch) if ch in "<>&" else ch)
    return "".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(s):
    """Encode text as windows-1258 the way Word does: base letters precomposed
    where the code page has them, tone marks as combining characters."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", base)
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid, self.name, self.district, self.province, self.platform = pid, name, district, province, platform
        self.pages = {}
        self.files = []
        self.articles = {}
        self.non_articles = []
        self.furniture = []
        self.n = 0

    def add(self, path, text, ctype="text/html; charset=utf-8", encoding="utf-8", status=200):
        assert path not in self.pages, path
        self.n += 1
        fname = "p%03d.html" % self.n
        data = to_cp1258(text) if encoding == "windows-1258" else text.encode(encoding)
        self.files.append((fname, data))
        self.pages[path] = {"file": "pages/" + fname, "status": status, "content_type": ctype}

    def gold_article(self, path, art):
        paras = [b[1] for b in art["blocks"] if b[0] == "p"]
        first = paras[0]
        last = paras[-1]
        g = {"title": art["title"], "published": art["published"],
             "text_first": first[:60].rstrip(), "text_last": last[-60:].lstrip(),
             "must_contain": art["must"]}
        for k, v in list(g.items()):
            if isinstance(v, str):
                g[k] = unicodedata.normalize("NFC", v)
        g["must_contain"] = [unicodedata.normalize("NFC", x) for x in g["must_contain"]]
        self.articles[path] = g

    def write(self):
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(d, "pages")):
            os.remove(os.path.join(d, "pages", f))
        for fname, data in self.files:
            with open(os.path.join(d, "pages", fname), "wb") as fh:
                fh.write(data)
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": self.pages}
        with open(os.path.join(d, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        gold = {"articles": self.articles, "non_articles": self.non_articles, "furniture": self.furniture}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        print(self.pid, "pages", len(self.pages), "articles", len(self.articles), "non", len(self.non_articles))


# ---------------------------------------------------------------- content
# Every generator returns dict(title, published, blocks, must).  Blocks:
# ("p", text) | ("table", [header, rows...]) | ("img", src, caption)

def mot_cua(place, unit, period, year, pub, seed, table_units=None, title=None, byline=None):
    r = random.Random(seed)
    carried = r.randint(40, 160)
    new = r.randint(1800, 5200)
    rec = carried + new
    early = r.randint(int(rec * 0.45), int(rec * 0.6))
    late = r.randint(0, 9)
    pending = r.randint(60, 220)
    ontime = rec - early - late - pending
    resolved = early + ontime + late
    online = r.randint(int(new * 0.4), int(new * 0.75))
    postal = r.randint(30, 300)
    rate = 100.0 * (early + ontime) / resolved
    title = title or f"{place}: Kết quả giải quyết thủ tục hành chính {period} năm {year}"
    lead = (f"Trong {period} năm {year}, Bộ phận Một cửa {unit} và UBND các xã, thị trấn đã tiếp nhận "
            f"{dots(rec)} hồ sơ thủ tục hành chính, trong đó {dots(carried)} hồ sơ kỳ trước chuyển sang "
            f"và {dots(new)} hồ sơ tiếp nhận mới.")
    p2 = (f"Số hồ sơ đã giải quyết là {dots(resolved)} hồ sơ, gồm {dots(early)} hồ sơ trước hạn, "
          f"{dots(ontime)} hồ sơ đúng hạn và {dots(late)} hồ sơ quá hạn; {dots(pending)} hồ sơ "
          f"đang trong thời gian giải quyết. Tỷ lệ giải quyết đúng và trước hạn đạt {pct(rate)}%.")
    if late == 0:
        p2 = p2.replace(" và 0 hồ sơ quá hạn", ", không có hồ sơ quá hạn")
    p3 = (f"Số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công là {dots(online)} hồ sơ; "
          f"{dots(postal)} hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.")
    blocks = [("p", lead), ("p", p2), ("p", p3)]
    must = [f"{dots(early)} hồ sơ trước hạn", f"đạt {pct(rate)}%"]
    if table_units:
        hdr = ["TT", "Đơn vị", "Tiếp nhận", "Đúng và trước hạn", "Quá hạn", "Trực tuyến"]
        rows = [hdr]
        for i, u in enumerate(table_units, 1):
            a = r.randint(60, 420)
            l = r.randint(0, 2)
            rows.append([str(i), u, dots(a), dots(a - l - r.randint(0, 8)), str(l), dots(r.randint(20, a))])
        blocks.append(("p", "Kết quả cụ thể tại các xã, thị trấn như sau:"))
        blocks.append(("table", rows))
        must.append(rows[2][1])
    blocks.append(("p", r.choice([
        "Thời gian tới, huyện tiếp tục chỉ đạo công chức Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến, "
        "số hóa hồ sơ, kết quả giải quyết và xử lý dứt điểm các hồ sơ còn tồn.",
        "UBND huyện yêu cầu các cơ quan chuyên môn rà soát nguyên nhân hồ sơ quá hạn, "
        "công khai xin lỗi người dân theo quy định và không để tình trạng này tái diễn.",
        "Lãnh đạo huyện đề nghị các xã tăng cường tuyên truyền để người dân biết, sử dụng "
        "dịch vụ công trực tuyến và thanh toán phí, lệ phí không dùng tiền mặt."])))
    must.append(f"{dots(carried)} hồ sơ kỳ trước chuyển sang")
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def par_index(place, prov, year, score, rank, total, delta, sipas, pub, byline=None, title=None):
    up = "tăng" if delta > 0 else "giảm"
    title = title or f"{place} xếp thứ {rank}/{total} về Chỉ số cải cách hành chính năm {year}"
    title = title[0].upper() + title[1:]
    blocks = [
        ("p", f"UBND tỉnh {prov} vừa ban hành quyết định công bố Chỉ số cải cách hành chính (Chỉ số CCHC) năm {year} "
              f"của các sở, ban, ngành và UBND các huyện, thị xã, thành phố. Theo đó, {place} đạt {pct(score)} điểm, "
              f"xếp thứ {rank}/{total} đơn vị cấp huyện, {up} {abs(delta)} bậc so với năm trước."),
        ("p", "Chỉ số được đánh giá trên 8 lĩnh vực: công tác chỉ đạo, điều hành; xây dựng và tổ chức thực hiện văn bản "
              "quy phạm pháp luật; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; "
              "cải cách tài chính công; xây dựng chính quyền điện tử, chính quyền số và tác động của CCHC."),
        ("p", f"Kết quả khảo sát sự hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của {place} đạt {pct(sipas)}%. "
              "Một số tiêu chí còn bị trừ điểm như tỷ lệ hồ sơ trực tuyến toàn trình thấp, việc số hóa kết quả "
              "giải quyết thủ tục hành chính chưa đầy đủ."),
        ("p", "Trên cơ sở kết quả được công bố, UBND huyện giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị "
              "phân tích từng tiêu chí bị mất điểm, đề ra giải pháp khắc phục ngay trong năm nay."),
    ]
    must = [f"đạt {pct(score)} điểm", f"{up} {abs(delta)} bậc so với năm trước", f"đạt {pct(sipas)}%"]
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def kiem_tra(place, communes, month, year, pub, seed, byline=None, title=None):
    r = random.Random(seed)
    n = r.randint(150, 600)
    variants = [
        f"Kiểm tra công vụ, công tác cải cách hành chính tại {len(communes)} xã",
        f"Kiểm tra đột xuất việc thực thi công vụ tại các xã {communes[0]}, {communes[1]}",
        f"Tăng cường kỷ luật, kỷ cương hành chính tại cấp xã",
        f"Kiểm tra công tác cải cách hành chính năm {year} tại xã {communes[0]} và xã {communes[1]}",
        f"Đoàn kiểm tra công vụ huyện làm việc tại {len(communes)} xã",
        f"Chấn chỉnh tồn tại qua kiểm tra công vụ ở cấp xã",
    ]
    title = title or variants[(seed // 100) % 6]
    blocks = [
        ("p", f"Từ ngày 8 đến ngày 19/{month}/{year}, Đoàn kiểm tra công vụ của {place} do Trưởng phòng Nội vụ "
              f"làm trưởng đoàn đã kiểm tra đột xuất công tác cải cách hành chính tại các xã "
              f"{', '.join(communes[:-1])} và {communes[-1]}."),
        ("p", "Đoàn tập trung kiểm tra việc chấp hành giờ giấc làm việc, đeo thẻ công chức, niêm yết công khai "
              "thủ tục hành chính, sổ theo dõi hồ sơ và việc cập nhật hồ sơ lên Hệ thống thông tin giải quyết "
              "thủ tục hành chính của tỉnh."),
        ("p", f"Qua kiểm tra, tại xã {communes[0]} có {dots(n)} hồ sơ được tiếp nhận từ đầu năm, trong đó "
              f"{dots(r.randint(2, 9))} hồ sơ trễ hạn do công chức địa chính chưa cập nhật kịp thời kết quả. "
              f"Xã {communes[1]} còn niêm yết bộ thủ tục hành chính cũ, chưa thay thế theo quyết định công bố mới."),
        ("p", "Đoàn đã nhắc nhở trực tiếp, yêu cầu các xã khắc phục những tồn tại trong thời hạn 15 ngày và báo cáo "
              "kết quả về UBND huyện qua Phòng Nội vụ."),
    ]
    must = [f"{dots(n)} hồ sơ được tiếp nhận từ đầu năm", "đeo thẻ công chức", "trong thời hạn 15 ngày"]
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def so_hoa(place, year, pub, seed, byline=None, title=None):
    r = random.Random(seed)
    tot = r.randint(2500, 6000)
    onl = r.randint(int(tot * 0.5), int(tot * 0.8))
    full = r.randint(int(onl * 0.3), int(onl * 0.6))
    title = title or f"{place} đẩy mạnh dịch vụ công trực tuyến toàn trình"
    blocks = [
        ("p", f"Từ đầu năm {year} đến nay, {place} đã tiếp nhận {dots(onl)} hồ sơ trực tuyến trên tổng số {dots(tot)} hồ sơ, "
              f"đạt tỷ lệ {pct(100.0 * onl / tot)}%, cao hơn nhiều so với cùng kỳ."),
        ("p", f"Trong đó có {dots(full)} hồ sơ trực tuyến toàn trình, chủ yếu thuộc lĩnh vực hộ tịch, chứng thực "
              "và đăng ký hộ kinh doanh. Người dân có thể đăng nhập bằng tài khoản định danh điện tử VNeID để nộp hồ sơ."),
        ("p", "Để đạt kết quả này, huyện thành lập tổ công nghệ số cộng đồng ở tất cả các thôn, tổ dân phố; đoàn viên "
              "thanh niên được bố trí tại Bộ phận Một cửa để hướng dẫn người dân thao tác trên điện thoại thông minh."),
        ("p", "Bên cạnh đó, 100% hồ sơ tiếp nhận trực tiếp đã được số hóa ngay khi tiếp nhận, giúp người dân "
              "không phải cung cấp lại giấy tờ ở những lần giao dịch sau."),
    ]
    must = [f"{dots(full)} hồ sơ trực tuyến toàn trình", "tổ công nghệ số cộng đồng", "tài khoản định danh điện tử VNeID"]
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def series(place, units, issue, month, year, pub, seed, byline=None):
    r = random.Random(seed)
    title = f"Công khai kết quả giải quyết hồ sơ thủ tục hành chính tháng {month}/{year}"
    hdr = ["STT", "Đơn vị", "Tổng số tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn"]
    rows = [hdr]
    tot = [0, 0, 0, 0, 0]
    for i, u in enumerate(units, 1):
        a = r.randint(40, 380)
        res = a - r.randint(0, 25)
        e = r.randint(res // 3, res // 2)
        q = r.randint(0, 2)
        o = res - e - q
        for k, v in enumerate([a, res, e, o, q]):
            tot[k] += v
        rows.append([str(i), u, dots(a), dots(res), dots(e), dots(o), str(q)])
    rows.append(["", "Tổng cộng"] + [dots(x) for x in tot])
    blocks = [
        ("p", f"Thực hiện quy định về công khai kết quả giải quyết thủ tục hành chính, {place} công khai số liệu "
              f"giải quyết hồ sơ của Bộ phận Một cửa cấp huyện và cấp xã trong tháng {month}/{year} như sau:"),
        ("table", rows),
        ("p", f"Trong tháng, toàn huyện tiếp nhận {dots(tot[0])} hồ sơ, đã giải quyết {dots(tot[1])} hồ sơ; "
              f"số hồ sơ quá hạn là {tot[4]} hồ sơ."),
        ("p", "Các đơn vị có hồ sơ quá hạn phải thực hiện văn bản xin lỗi tổ chức, cá nhân theo quy định."),
    ]
    must = [f"tiếp nhận {dots(tot[0])} hồ sơ", rows[3][1], f"tháng {month}/{year} như sau:"]
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def tin_thuong(kind, place, pub, byline=None):
    if kind == "lua":
        title = f"Nông dân {place} thu hoạch lúa vụ Đông Xuân"
        blocks = [
            ("p", f"Những ngày này, trên các cánh đồng của {place}, bà con nông dân đang khẩn trương thu hoạch lúa vụ "
                  "Đông Xuân khi lúa đã chín rộ. Năng suất bình quân ước đạt 62 tạ/ha, cao hơn vụ trước khoảng 3 tạ/ha."),
            ("p", "Toàn huyện gieo cấy hơn 4.100 ha, chủ yếu là các giống lúa chất lượng cao. Nhờ thời tiết thuận lợi, "
                  "sâu bệnh được phòng trừ kịp thời nên lúa sinh trưởng tốt."),
            ("p", "Ngành nông nghiệp khuyến cáo bà con thu hoạch theo phương châm xanh nhà hơn già đồng, đồng thời "
                  "làm đất, chuẩn bị giống cho vụ Hè Thu đúng lịch thời vụ."),
        ]
        must = ["62 tạ/ha", "xanh nhà hơn già đồng", "chuẩn bị giống cho vụ Hè Thu"]
    elif kind == "hoi":
        title = f"Khai mạc Hội thi văn nghệ quần chúng {place} năm 2024"
        blocks = [
            ("p", f"Tối ngày 12/4, tại sân vận động trung tâm, Ban Tổ chức đã khai mạc Hội thi văn nghệ quần chúng {place} "
                  "năm 2024 với sự tham gia của 14 đội thi đến từ các xã, thị trấn."),
            ("p", "Các tiết mục tập trung ca ngợi quê hương, đất nước, tình đoàn kết các dân tộc và những đổi thay "
                  "trong xây dựng nông thôn mới. Nhiều làn điệu dân ca được các đội thi dàn dựng công phu."),
            ("p", "Hội thi diễn ra trong hai đêm. Kết thúc hội thi, Ban Tổ chức sẽ trao giải A, B, C cho các đội "
                  "có tiết mục xuất sắc."),
        ]
        must = ["14 đội thi", "tình đoàn kết các dân tộc", "trao giải A, B, C"]
    else:  # short, usually undated
        title = f"Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp ngày 20/6"
        blocks = [
            ("p", f"Để nâng cấp hệ thống mạng và thiết bị, Bộ phận Một cửa {place} tạm dừng tiếp nhận hồ sơ trực tiếp "
                  "trong ngày 20/6/2024. Người dân vẫn có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công."),
            ("p", "Các hồ sơ có hẹn trả kết quả trong ngày này sẽ được trả vào ngày làm việc tiếp theo. Rất mong "
                  "người dân, tổ chức thông cảm."),
        ]
        must = ["tạm dừng tiếp nhận hồ sơ trực tiếp", "ngày làm việc tiếp theo"]
        pub = None
    if byline:
        blocks.append(("p", byline))
    return dict(title=title, published=pub, blocks=blocks, must=must)


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def render_blocks(blocks, p='<p>{}</p>', table_attrs='border="1" cellpadding="3" cellspacing="0"', enc=esc,
                  img='<p style="text-align:center"><img src="{src}" alt="" /></p><p><em>{cap}</em></p>'):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(p.format(enc(b[1])))
        elif b[0] == "table":
            rows = b[1]
            t = ["<table %s><tbody>" % table_attrs]
            for i, row in enumerate(rows):
                tag = "td"
                cells = "".join("<%s>%s</%s>" % (tag, ("<strong>%s</strong>" % enc(c)) if i == 0 else enc(c), tag) for c in row)
                t.append("<tr>%s</tr>" % cells)
            t.append("</tbody></table>")
            out.append("\n".join(t))
        elif b[0] == "img":
            out.append(img.format(src=attr(b[1]), cap=enc(b[2])))
    return "\n".join(out)


def slug(s, keep_d=True, sep="-", case=None):
    s = s.replace("đ", "d").replace("Đ", "D") if keep_d else s.replace("đ", "").replace("Đ", "")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    out, prev = [], sep
    for c in s:
        if c.isalnum() and c.isascii():
            out.append(c)
            prev = c
        elif prev != sep:
            out.append(sep)
            prev = sep
    r = "".join(out).strip(sep)
    if case == "lower":
        r = r.lower()
    return r


def joomla_slug(s):
    """Old Joomla transliteration: Latin-1 letters lose their accent, other
    Vietnamese letters are dropped (quy chế làm việc -> quy-ch-lam-vi-c)."""
    out, prev = [], "-"
    for c in s.lower():
        if c.isascii() and c.isalnum():
            out.append(c); prev = c
        elif ord(c) < 256 and c.isalpha():
            b = unicodedata.normalize("NFD", c)[0]
            out.append(b); prev = b
        elif prev != "-":
            out.append("-"); prev = "-"
    return "".join(out).strip("-")

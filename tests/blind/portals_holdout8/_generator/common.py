"""Common helpers for the holdout8 blind portals.

Each portal script builds its pages from the same Python strings that go into
gold.json, then calls Portal.write(), which writes site.json / pages / gold.json
and runs the self-checks (snippets on page, furniture present and never in gold,
reachability from "/", no absolute links except canonical/og:url).
"""
import html
import json
import os
import re
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=True)


def nfd(s):
    return unicodedata.normalize("NFD", s)


NAMED = {"â": "&acirc;", "à": "&agrave;", "á": "&aacute;", "ê": "&ecirc;", "ô": "&ocirc;",
         "é": "&eacute;", "ò": "&ograve;", "ó": "&oacute;", "í": "&iacute;", "ì": "&igrave;",
         "ú": "&uacute;", "ù": "&ugrave;", "ý": "&yacute;", "ã": "&atilde;", "õ": "&otilde;",
         "Â": "&Acirc;", "Đ": "&#272;", "đ": "&#273;"}


def entities(s):
    """Escape like a 2000s editor: named entities where they exist, raw UTF-8 otherwise."""
    s = esc(s)
    return "".join(NAMED.get(c, c) for c in s)


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_form(s):
    """Split tone marks off so the text can be encoded in windows-1258."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = nfd(ch)
        tones = "".join(c for c in d if c in TONES)
        base = nfc("".join(c for c in d if c not in TONES))
        out.append(base + tones)
    return "".join(out)


def a(href, text, **kw):
    extra = "".join(' %s="%s"' % (k.rstrip("_"), esc(v)) for k, v in kw.items())
    return '<a href="%s"%s>%s</a>' % (esc(href), extra, text)


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return sep.join([d, m, y])


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def weekday(iso):
    import datetime
    y, m, d = map(int, iso.split("-"))
    return WEEKDAYS[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------- content bank
def articles_for(place, unit_word, communes, year, seed, people):
    """Return six invented articles for a district (or commune) portal.

    Every article: dict(slug, title, published, lead, paras, table, must, cchc).
    lead may be None; table is None or (header, rows); must = phrases.
    """
    s = seed
    p1, p2, p3 = people
    rec = 1200 + 137 * s
    carried = 40 + 9 * s
    early = 300 + 21 * s
    ontime = rec + carried - early - 25 - 3 * s - 2
    late = 2 if s % 2 else 0
    pending = rec + carried - early - ontime - late
    online = 700 + 53 * s
    postal = 30 + 4 * s
    rate = "99,%d" % (5 + s % 5)
    q = 1 + s % 3
    qn = ["I", "II", "III"][q - 1]
    arts = []
    # 1. quarterly CCHC report with figures
    late_sentence = ("%02d hồ sơ giải quyết quá hạn do phải xác minh nguồn gốc đất" % late) if late else \
        "không có hồ sơ trễ hẹn"
    arts.append(dict(
        slug="ket-qua-giai-quyet-thu-tuc-hanh-chinh-quy-%s-nam-%d" % (qn.lower(), year),
        title="Kết quả giải quyết thủ tục hành chính quý %s năm %d tại %s" % (qn, year, place),
        published="%d-%02d-%02d" % (year, q * 3 + 1, 3 + s % 5),
        lead="Trong quý %s năm %d, Bộ phận Một cửa %s tiếp tục duy trì việc tiếp nhận và trả kết quả "
             "đúng quy trình, từng bước nâng cao sự hài lòng của người dân." % (qn, year, unit_word),
        paras=[
            "Theo báo cáo của Văn phòng HĐND và UBND, tổng số hồ sơ tiếp nhận trong kỳ là %s hồ sơ, "
            "trong đó %d hồ sơ kỳ trước chuyển sang và %s hồ sơ tiếp nhận mới."
            % (fmt(rec + carried), carried, fmt(rec)),
            "Số hồ sơ đã giải quyết là %s hồ sơ, gồm %d hồ sơ trước hạn, %s hồ sơ đúng hạn và %s; "
            "hiện còn %d hồ sơ đang trong thời gian giải quyết."
            % (fmt(early + ontime + late), early, fmt(ontime), late_sentence, pending),
            "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt %s%%. Có %d hồ sơ được nộp trực tuyến "
            "qua Cổng Dịch vụ công và %d hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích."
            % (rate, online, postal),
            "Ông %s, Chánh Văn phòng, cho biết thời gian tới đơn vị sẽ rà soát lại quy trình nội bộ của "
            "các thủ tục có số hồ sơ lớn như chứng thực, hộ tịch và đất đai." % p1,
        ],
        table=None,
        must=["%d hồ sơ kỳ trước chuyển sang" % carried, "đạt %s%%" % rate,
              "%d hồ sơ đang trong thời gian giải quyết" % pending],
        cchc=True))
    # 2. PAR index / SIPAS ranking
    par = "%d,%02d" % (82 + s % 6, 11 + 7 * s % 80)
    rank = 2 + s % 7
    arts.append(dict(
        slug="cong-bo-chi-so-cai-cach-hanh-chinh-nam-%d" % (year - 1),
        title="%s xếp thứ %d về Chỉ số cải cách hành chính năm %d" % (place[0].upper() + place[1:], rank, year - 1),
        published="%d-%02d-%02d" % (year, 2 + s % 3, 10 + s),
        lead=None,
        paras=[
            "UBND tỉnh vừa công bố kết quả xác định Chỉ số cải cách hành chính (PAR Index) năm %d "
            "của các đơn vị cấp huyện. %s đạt %s điểm, xếp thứ %d, tăng %02d bậc so với năm trước."
            % (year - 1, place, par, rank, 1 + s % 3),
            "Ở chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS), "
            "đơn vị đạt %d,%d%% và đứng thứ %d. Những nội dung còn bị trừ điểm nhiều nhất là "
            "công tác kiểm tra và tuyên truyền." % (85 + s % 9, s % 10, 1 + (s + 3) % 9),
            "Bà %s, Trưởng phòng Nội vụ, đề nghị các xã, thị trấn phân công rõ người chịu trách "
            "nhiệm với từng tiêu chí bị mất điểm và báo cáo tiến độ khắc phục hằng tháng." % p2,
        ],
        table=None,
        must=["đạt %s điểm" % par, "xếp thứ %d" % rank, "(SIPAS)"],
        cchc=True))
    # 3. table by commune
    rows = []
    for i, c in enumerate(communes):
        r = 150 + 37 * i + 11 * s
        e = 20 + 5 * i
        o = r - e - (i % 2)
        rows.append((c, fmt(r), str(e), fmt(o), str(i % 2)))
    arts.append(dict(
        slug="tinh-hinh-tiep-nhan-ho-so-cap-xa-6-thang-dau-nam-%d" % year,
        title="Tình hình tiếp nhận hồ sơ ở cấp xã 6 tháng đầu năm %d" % year,
        published="%d-07-%02d" % (year, 5 + s),
        lead="Sáu tháng đầu năm, Bộ phận Một cửa cấp xã trên địa bàn đã tiếp nhận và xử lý hồ sơ "
             "của người dân, kết quả cụ thể từng đơn vị như sau.",
        paras=[
            "Nhìn chung các xã đều giải quyết hồ sơ đúng hạn; chỉ một số ít hồ sơ chậm do "
            "công chức chuyên môn đi tập huấn dài ngày.",
            "Phòng Nội vụ sẽ tổng hợp kết quả này vào đánh giá, xếp loại chính quyền cấp xã cuối năm.",
        ],
        table=(("Đơn vị", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn"), rows),
        must=[communes[1], "Nhìn chung các xã đều giải quyết hồ sơ đúng hạn",
              "xếp loại chính quyền cấp xã cuối năm"],
        cchc=True))
    # 4. agriculture news
    ha = 120 + 13 * s
    arts.append(dict(
        slug="nong-dan-%s-xuong-giong-vu-xuan" % slugify(communes[0]),
        title="Nông dân %s hoàn thành xuống giống lúa vụ xuân" % communes[0],
        published="%d-02-%02d" % (year, 20 + s % 7),
        lead=None,
        paras=[
            "Đến cuối tháng Hai, nông dân %s đã gieo cấy xong %d ha lúa xuân, đạt kế hoạch đề ra."
            % (communes[0], ha),
            "Cán bộ khuyến nông thường xuyên xuống đồng hướng dẫn bà con bón phân cân đối, "
            "phòng trừ chuột và giữ nước cho mạ sau những đợt rét đậm.",
            "Năm nay địa phương mở rộng diện tích giống lúa chất lượng cao lên gần %d ha, "
            "liên kết với hợp tác xã để bao tiêu sản phẩm." % (30 + s),
            "Ảnh: Người dân thôn Trung chăm sóc lúa sau cấy.",
        ],
        table=None,
        must=["gieo cấy xong %d ha lúa xuân" % ha, "phòng trừ chuột và giữ nước"],
        cchc=False))
    # 5. meeting news
    arts.append(dict(
        slug="hoi-nghi-tong-ket-phong-trao-thi-dua-%d" % (year - 1),
        title="Hội nghị tổng kết phong trào thi đua yêu nước năm %d" % (year - 1),
        published="%d-01-%02d" % (year, 12 + s),
        lead="Sáng nay, UBND %s tổ chức hội nghị tổng kết phong trào thi đua và triển khai "
             "nhiệm vụ năm %d." % (place, year),
        paras=[
            "Năm qua, các tập thể và cá nhân đã hưởng ứng nhiều phong trào thiết thực như "
            "chung sức xây dựng nông thôn mới, dân vận khéo và chuyển đổi số trong cộng đồng.",
            "Phát biểu chỉ đạo, ông %s, Chủ tịch UBND, đề nghị các ngành gắn thi đua với "
            "nhiệm vụ chính trị, tránh hình thức, chạy theo thành tích." % p3,
            "Dịp này, %d tập thể và %d cá nhân được nhận giấy khen." % (8 + s, 20 + s),
            p3 if s % 2 else "Minh Tâm",
        ],
        table=None,
        must=["dân vận khéo", "tránh hình thức, chạy theo thành tích"],
        cchc=False))
    # 6. very short article
    arts.append(dict(
        slug="lich-tiep-cong-dan-dinh-ky-thang-%d" % (3 + s % 6),
        title="Lịch tiếp công dân định kỳ tháng %d" % (3 + s % 6),
        published="%d-%02d-28" % (year, 2 + s % 6),
        lead=None,
        paras=["Chủ tịch UBND %s tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai, "
               "tại trụ sở Ban Tiếp công dân." % place],
        table=None,
        must=["tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai"],
        cchc=False))
    return arts


def fmt(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return s + out


def slugify(s, drop_d=False):
    s = nfc(s)
    if drop_d:
        s = s.replace("đ", "").replace("Đ", "")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in nfd(s) if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def text_paras(art):
    ps = ([art["lead"]] if art["lead"] else []) + list(art["paras"])
    return ps


def body_html(art, enc=lambda s: esc(s), p_open="<p>", p_close="</p>", table_attrs=' border="1"',
              include_lead=False):
    out = []
    if include_lead and art["lead"]:
        out.append(p_open + enc(art["lead"]) + p_close)
    paras = list(art["paras"])
    tbl = art["table"]
    for i, p in enumerate(paras):
        out.append(p_open + enc(p) + p_close)
        if tbl and i == 0:
            head, rows = tbl
            t = ["<table%s>" % table_attrs, "<tr>" + "".join("<td><b>%s</b></td>" % enc(h) for h in head) + "</tr>"]
            for r in rows:
                t.append("<tr>" + "".join("<td>%s</td>" % enc(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    return "\n".join(out)


# ---------------------------------------------------------------- portal
class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.abs = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        for k in ("href", "src", "action"):
            v = d.get(k)
            if v is None:
                continue
            if re.match(r"^[a-z]+:", v) and not v.startswith("mailto:") and not v.startswith("javascript:"):
                ok = (tag == "link" and d.get("rel") == "canonical")
                if not ok:
                    self.abs.append(v)
            if tag == "a" and k == "href":
                self.links.append(v)
        if tag == "meta" and d.get("property") == "og:url":
            pass
        elif tag == "meta" and re.match(r"^https?:", d.get("content", "") or ""):
            self.abs.append(d["content"])


class Portal:
    def __init__(self, pid, name, district, province, platform, encoding="utf-8"):
        self.pid, self.name, self.district, self.province, self.platform = pid, name, district, province, platform
        self.encoding = encoding
        self.pages = {}
        self.order = []
        self.articles = {}
        self.non_articles = []
        self.furniture = []

    def add(self, path, html_str, kind=None, art=None, encoding=None, status=200):
        enc = encoding or self.encoding
        n = len(self.order) + 1
        fname = "pages/%02d.html" % n
        data = html_str.encode(enc)
        ctype = "text/html; charset=%s" % enc
        self.pages[path] = dict(file=fname, status=status, content_type=ctype, _bytes=data, _enc=enc)
        self.order.append(path)
        if kind == "article":
            paras = text_paras(art)
            self.articles[path] = dict(title=art["title"], published=art["published"],
                                       text_first=paras[0][:60].strip(),
                                       text_last=paras[-1][-60:].strip(),
                                       must_contain=list(art["must"]))
            self._bodies = getattr(self, "_bodies", []) + paras + [art["title"]]
            if art["table"]:
                self._bodies += [c for r in art["table"][1] for c in r] + list(art["table"][0])
        elif kind == "non":
            self.non_articles.append(path)

    def write(self):
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(d, "pages")):
            os.remove(os.path.join(d, "pages", f))
        site = dict(name=self.name, district=self.district, province=self.province, platform=self.platform,
                    start_url="/", pages={})
        for p in self.order:
            info = self.pages[p]
            with open(os.path.join(d, info["file"]), "wb") as fh:
                fh.write(info["_bytes"])
            site["pages"][p] = dict(file=info["file"], status=info["status"], content_type=info["content_type"])
        gold = dict(articles=self.articles, non_articles=self.non_articles, furniture=self.furniture)
        with open(os.path.join(d, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        errs = check_portal(d)
        for f in self.furniture:
            for b in getattr(self, "_bodies", []):
                if f.lower() in b.lower():
                    errs.append("furniture %r inside body paragraph %r" % (f, b))
        if errs:
            raise SystemExit("%s: %s" % (self.pid, "\n".join(errs)))
        print("%s: %d pages, %d articles, %d non-articles OK" % (
            self.pid, len(self.order), len(self.articles), len(self.non_articles)))


def page_text(path_bytes, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    enc = m.group(1) if m else "utf-8"
    return nfc(html.unescape(path_bytes.decode(enc)))


def check_portal(d):
    """Self-checks shared by the generator and validate_holdout8.py."""
    import urllib.parse
    errs = []
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    texts, raw = {}, {}
    for p, info in site["pages"].items():
        fp = os.path.join(d, info["file"])
        if not os.path.exists(fp):
            errs.append("missing file %s" % fp)
            continue
        b = open(fp, "rb").read()
        raw[p] = b
        texts[p] = page_text(b, info.get("content_type"))
        if not p.startswith("/"):
            errs.append("path not root-relative: %s" % p)
    # links
    graph = {}
    for p, b in raw.items():
        m = re.search(r"charset=([\w-]+)", site["pages"][p].get("content_type", ""))
        lp = _Links()
        lp.feed(b.decode(m.group(1) if m else "utf-8"))
        graph[p] = lp.links
        for x in lp.abs:
            if not x.startswith("http://{{HOST}}"):
                errs.append("absolute link on %s: %s" % (p, x))
        for x in re.findall(r'(?:href|src|content)="(https?://[^"]*)"', b.decode("latin-1")):
            if not x.startswith("http://{{HOST}}"):
                errs.append("absolute url on %s: %s" % (p, x))
        for x in re.findall(r'(?:href|content)="(http://\{\{HOST\}\}[^"]*)"', b.decode("latin-1")):
            pass
    seen, todo = {"/"}, ["/"]
    while todo:
        p = todo.pop()
        for h in graph.get(p, []):
            if not h.startswith("/"):
                continue
            h = h.split("#")[0]  # HTMLParser already decoded &amp;
            if h in site["pages"] and h not in seen:
                seen.add(h)
                todo.append(h)
    for p in list(gold["articles"]) + gold["non_articles"]:
        if p not in site["pages"]:
            errs.append("gold path not served: %s" % p)
        elif p not in seen:
            errs.append("not reachable from /: %s" % p)
        elif site["pages"][p]["status"] != 200:
            errs.append("gold path not 200: %s" % p)
    if set(gold["articles"]) & set(gold["non_articles"]):
        errs.append("path both article and non-article")
    snippets = []
    for p, g in gold["articles"].items():
        t = texts.get(p, "")
        for k in ("title", "text_first", "text_last"):
            if nfc(g[k]) != g[k]:
                errs.append("not NFC %s %s" % (p, k))
            if g[k] not in t:
                errs.append("%s %s not on page: %r" % (p, k, g[k]))
            snippets.append(g[k])
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append("snippet too long %s" % p)
        if not 1 <= len(g["must_contain"]) <= 5:
            errs.append("must_contain count %s" % p)
        for m in g["must_contain"]:
            if m not in t:
                errs.append("%s must_contain not on page: %r" % (p, m))
            snippets.append(m)
        if g["published"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", g["published"]):
            errs.append("bad date %s" % p)
        if re.search(r"&[a-z]+;|&#\d+;", "".join([g["title"], g["text_first"], g["text_last"]] + g["must_contain"])):
            errs.append("entity in gold %s" % p)
    alltext = "\n".join(texts.values()).lower()
    for f in gold["furniture"]:
        if f.lower() not in alltext:
            errs.append("furniture not on any page: %r" % f)
        for s in snippets:
            if f.lower() in s.lower():
                errs.append("furniture %r inside gold snippet %r" % (f, s))
    return errs

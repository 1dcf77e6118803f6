"""Shared helpers for the holdout6 generators: invented Vietnamese content,
encoders (entities, NFD, windows-1258), writing site.json/gold.json, self-checks."""
import datetime as dt, html, json, os, random, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=False)


_NAMED = {"â": "&acirc;", "à": "&agrave;", "á": "&aacute;", "ê": "&ecirc;", "ô": "&ocirc;",
          "ó": "&oacute;", "í": "&iacute;", "ú": "&uacute;", "ã": "&atilde;", "è": "&egrave;"}


def ent(s):
    """Escape, then write letters that have a named entity as that entity (ư, ơ, ạ stay raw)."""
    s = esc(s)
    return "".join(_NAMED.get(c, c) for c in s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    out = b""
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = nfd(ch)
        base = nfc("".join(c for c in d if c not in _TONES))
        tones = "".join(c for c in d if c in _TONES)
        out += (base + tones).encode("cp1258", errors="xmlcharrefreplace")
    return out


def vn(n):
    """Vietnamese thousands separator."""
    return f"{n:,}".replace(",", ".")


def pct(x):
    return (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")


# ---------------------------------------------------------------- content
def make_articles(seed, place, units, year, ids):
    """Six invented articles for one district/commune. `place` e.g. 'huyện Bắc Yên',
    `units` a list of commune names. Returns dicts with title, date, lead, paras,
    table, byline, caption, kind."""
    r = random.Random(seed)
    P = place[0].upper() + place[1:]
    arts = []
    q = r.choice([1, 2, 3])
    qn = ["I", "II", "III"][q - 1]
    d = dt.datetime(year, 3 * q + 1, r.randint(3, 9), r.randint(7, 16), r.randint(0, 59))
    carried = r.randint(40, 180); new = r.randint(2500, 9000); rec = carried + new
    early = r.randint(rec // 3, rec // 2); late = r.randint(0, 9)
    ontime = r.randint(rec // 4, rec // 3); resolved = early + ontime + late; pending = rec - resolved
    online = r.randint(new // 3, new // 2); postal = r.randint(30, 400)
    rate = 100.0 * (early + ontime) / resolved
    arts.append(dict(kind="cchc", date=d,
        title=r.choice([f"Kết quả giải quyết thủ tục hành chính quý {qn} năm {year} của {place}",
                        f"{P}: quý {qn}/{year} giải quyết {vn(resolved)} hồ sơ thủ tục hành chính"]),
        lead=r.choice([f"Trong quý {qn} năm {year}, Bộ phận Một cửa {place} tiếp tục duy trì việc tiếp nhận, "
                      f"giải quyết hồ sơ đúng quy trình, công khai và minh bạch.",
                      f"Văn phòng HĐND và UBND {place} vừa có báo cáo nhanh về tình hình giải quyết thủ tục "
                      f"hành chính quý {qn}/{year} trên địa bàn.",
                      f"Quý {qn} năm {year}, lượng hồ sơ người dân, doanh nghiệp nộp tại {place} tăng so với "
                      f"cùng kỳ, chủ yếu ở lĩnh vực đất đai và hộ tịch."]),
        paras=[f"Tổng số hồ sơ tiếp nhận trong kỳ là {vn(rec)} hồ sơ, trong đó kỳ trước chuyển sang "
               f"{vn(carried)} hồ sơ, tiếp nhận mới {vn(new)} hồ sơ.",
               f"Số hồ sơ đã giải quyết là {vn(resolved)} hồ sơ, gồm {vn(early)} hồ sơ trước hạn, "
               f"{vn(ontime)} hồ sơ đúng hạn và {late} hồ sơ quá hạn; hiện còn {vn(pending)} hồ sơ "
               f"đang trong thời gian giải quyết.",
               f"Tỷ lệ giải quyết đúng và trước hạn đạt {pct(rate)}%. Có {vn(online)} hồ sơ được nộp "
               f"trực tuyến và {postal} hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích.",
               r.choice(["Thời gian tới, Văn phòng HĐND và UBND huyện sẽ rà soát các hồ sơ quá hạn, "
                         "xác định rõ nguyên nhân và gửi thư xin lỗi tổ chức, công dân theo quy định.",
                         "Lãnh đạo huyện yêu cầu các phòng chuyên môn đẩy mạnh số hóa kết quả giải quyết, "
                         "hạn chế yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu."])],
        table=None, byline=r.choice(["Thanh Tâm", "Minh Khôi", "Hà Vy", None]), caption=None))
    # table by commune
    d2 = d + dt.timedelta(days=r.randint(9, 20), hours=2)
    rows = []
    for u in units:
        a = r.randint(120, 900); b = a - r.randint(0, 4)
        rows.append((u, vn(a), vn(b), pct(100.0 * b / a)))
    best = max(rows, key=lambda x: float(x[3].replace(",", ".")))
    tier = r.random() < 0.4
    arts.append(dict(kind="table", date=d2,
        title=r.choice([f"Kết quả giải quyết hồ sơ tại Bộ phận Một cửa cấp xã quý {qn}/{year}",
                        f"Công khai tỷ lệ hồ sơ đúng hạn của các xã, thị trấn quý {qn} năm {year}"]),
        lead=None,
        paras=[r.choice([f"Thực hiện chỉ đạo của Chủ tịch UBND huyện, Phòng Nội vụ tổng hợp kết quả giải quyết "
                         f"thủ tục hành chính tại {len(units)} đơn vị cấp xã trong quý {qn} năm {year} như sau.",
                         f"Bảng dưới đây tổng hợp số hồ sơ tiếp nhận và giải quyết đúng hạn của {len(units)} xã, "
                         f"thị trấn trong quý {qn} năm {year}, theo số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh."]),
               r.choice([f"Đơn vị có tỷ lệ cao nhất là {best[0]} với {best[3]}%. Các xã còn hồ sơ trễ hẹn phải "
                         f"báo cáo nguyên nhân bằng văn bản trước ngày 15 của tháng tiếp theo.",
                         f"Dẫn đầu là {best[0]}, đạt {best[3]}%. Những đơn vị để xảy ra hồ sơ trễ hẹn sẽ bị trừ "
                         f"điểm khi chấm Chỉ số cải cách hành chính cấp xã cuối năm."])],
        table=(["Đơn vị", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Tỷ lệ (%)"], rows),
        byline=None, caption=None))
    if tier:
        h1 = r.randint(900, 2500); o1 = h1 - r.randint(0, 6); h2 = r.randint(2500, 6000); o2 = h2 - r.randint(1, 12)
        t = arts[-1]
        t["title"] = f"Kết quả giải quyết hồ sơ theo cấp hành chính quý {qn} năm {year} của {place}"
        t["table"] = (["Cấp giải quyết", "Tiếp nhận", "Đúng hạn", "Tỷ lệ đúng hạn (%)"],
                      [("Cấp huyện", vn(h1), vn(o1), pct(100.0 * o1 / h1)), ("Cấp xã", vn(h2), vn(o2), pct(100.0 * o2 / h2)),
                       ("Tổng cộng", vn(h1 + h2), vn(o1 + o2), pct(100.0 * (o1 + o2) / (h1 + h2)))])
        t["paras"] = [f"Số liệu giải quyết thủ tục hành chính quý {qn} năm {year} được tách theo cấp huyện và cấp xã "
                      f"như bảng dưới đây.",
                      f"Ở cấp xã, {vn(h2 - o2)} hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai; UBND huyện yêu cầu "
                      f"công chức địa chính các xã rà soát, trả kết quả trong tháng đầu quý sau."]
    # PAR index / SIPAS
    d3 = dt.datetime(year, r.randint(4, 6), r.randint(10, 27), 9, r.randint(0, 59))
    score = r.randint(8100, 9300) / 100; rank = r.randint(2, 9); total = r.randint(10, 14)
    sip = r.randint(8400, 9700) / 100; mv = r.randint(1, 4)
    arts.append(dict(kind="par", date=d3,
        title=r.choice([f"{P} tăng {mv} bậc về Chỉ số cải cách hành chính năm {year - 1}",
                        f"Chỉ số CCHC năm {year - 1} của {place} đạt {pct(score)} điểm"]),
        lead=f"UBND tỉnh vừa công bố Chỉ số cải cách hành chính (PAR INDEX) năm {year - 1} của các "
             f"huyện, thị xã, thành phố.",
        paras=[f"Theo đó, {place} đạt {pct(score)} điểm, xếp thứ {rank}/{total}, tăng {mv} bậc so với năm trước.",
               f"Chỉ số hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của cơ quan hành chính "
               f"trên địa bàn đạt {pct(sip)}%.",
               r.choice(["Các tiêu chí còn bị trừ điểm tập trung ở nội dung hiện đại hóa nền hành chính "
                         "và tỷ lệ thanh toán trực tuyến phí, lệ phí.",
                         "Điểm thành phần thấp nhất thuộc lĩnh vực cải cách tài chính công và "
                         "xây dựng chính quyền số ở cấp xã."]),
               f"UBND huyện giao Phòng Nội vụ xây dựng kế hoạch khắc phục, phấn đấu năm {year} "
               f"nằm trong nhóm dẫn đầu của tỉnh."],
        table=None, byline=r.choice(["Quang Huy", "Lê Nga", None]), caption=None))
    # general news with caption
    u = r.choice(units); crop = r.choice(["lúa đông xuân", "ngô lai", "chè búp", "sắn"])
    d4 = dt.datetime(year, r.randint(2, 5), r.randint(1, 28), r.randint(7, 17), r.randint(0, 59))
    ha = r.randint(120, 900)
    arts.append(dict(kind="news", date=d4,
        title=r.choice([f"Nông dân {u} tập trung chăm sóc {ha} ha {crop}", f"{u[0].upper() + u[1:]}: {ha} ha {crop} sinh trưởng tốt"]),
        lead=None,
        paras=[r.choice([f"Những ngày này, bà con {u} tranh thủ thời tiết thuận lợi để làm cỏ, bón phân cho "
                         f"diện tích {crop} đã gieo trồng.",
                         f"Theo ghi nhận tại các thôn, bản của {u}, toàn bộ diện tích {crop} vụ này đang "
                         f"phát triển đồng đều, ít sâu bệnh."]),
               r.choice(["Cán bộ khuyến nông xã thường xuyên xuống đồng hướng dẫn bà con nhận biết sâu bệnh "
                         "và sử dụng thuốc bảo vệ thực vật an toàn.",
                         "Hợp tác xã dịch vụ nông nghiệp đã ký hợp đồng bao tiêu một phần sản lượng, "
                         "giúp người trồng yên tâm đầu tư chăm sóc."]),
               r.choice(["Toàn xã phấn đấu năng suất bình quân cao hơn vụ trước, góp phần giữ vững an ninh lương thực.",
                         "Ông Lò Văn Thành, một hộ trồng lâu năm, cho biết vụ này gia đình dự kiến thu lãi khá "
                         "nhờ giá vật tư giảm."])],
        table=None, byline=r.choice(["Đức Anh", "Phương Thảo"]),
        caption=f"Bà con {u} chăm sóc {crop} trên cánh đồng."))
    # meeting
    d5 = dt.datetime(year, r.randint(5, 9), r.randint(1, 28), r.randint(7, 16), r.randint(0, 59))
    arts.append(dict(kind="meet", date=d5,
        title=r.choice([f"Hội nghị sơ kết công tác chuyển đổi số {place}",
                        f"{P} triển khai nhiệm vụ chuyển đổi số 6 tháng cuối năm"]),
        lead=f"Sáng nay, UBND {place} tổ chức hội nghị đánh giá kết quả chuyển đổi số và "
             f"triển khai nhiệm vụ thời gian tới.",
        paras=["Tại hội nghị, đại biểu tập trung thảo luận về việc vận hành Cổng dịch vụ công, "
               "kho dữ liệu điện tử của tổ chức, cá nhân và ký số trong xử lý văn bản.",
               f"Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã {units[0]}, "
               f"{units[1]} khắc phục tình trạng hồ sơ điện tử chưa được số hóa đầy đủ.",
               "Hội nghị cũng phát động phong trào học tập kỹ năng số trong đoàn viên thanh niên."],
        table=None, byline=None, caption=None))
    # very short
    d6 = dt.datetime(year, r.randint(6, 10), r.randint(1, 28), r.randint(7, 16), r.randint(0, 59))
    arts.append(dict(kind="short", date=d6,
        title=f"Tạm dừng tiếp nhận hồ sơ trực tiếp tại {units[-1]} ngày {d6.day}/{d6.month}",
        lead=None,
        paras=[r.choice([f"Do nâng cấp hệ thống mạng, Bộ phận Một cửa {units[-1]} tạm dừng tiếp nhận hồ sơ trực tiếp "
                         f"trong ngày {d6.day}/{d6.month}/{year}; người dân có thể nộp hồ sơ qua Cổng dịch vụ công.",
                         f"Để di chuyển trang thiết bị sang trụ sở mới, {units[-1]} không tiếp nhận hồ sơ trực tiếp "
                         f"ngày {d6.day}/{d6.month}/{year}, mọi giao dịch được thực hiện trực tuyến."])],
        table=None, byline=None, caption=None))
    for a, i in zip(arts, ids):
        a["id"] = i
    return arts


def body_phrases(a):
    """must_contain: 3-5 exact phrases from the body, one a table cell when there is a table."""
    out = []
    for p in a["paras"]:
        words = p.split()
        if len(words) >= 8:
            out.append(" ".join(words[2:8]))
        else:
            out.append(" ".join(words[:len(words)]))
    if a["table"]:
        out.insert(0, a["table"][1][-1][0] + "")
        out[0] = a["table"][1][1][3]
    if len(out) < 3:
        p = a["paras"][0].split()
        out = [" ".join(p[0:5]), " ".join(p[6:11]), " ".join(p[12:17])]
    return out[:5]


def gold_entry(a, title=None, published="auto"):
    first = (a["lead"] or a["paras"][0])
    last = a["byline"] or a["paras"][-1]
    pub = a["date"].strftime("%Y-%m-%d") if published == "auto" else published
    return {"title": title or a["title"], "published": pub, "text_first": first[:60],
            "text_last": last[-60:], "must_contain": body_phrases(a)}


# ---------------------------------------------------------------- writing + checks
def decode(b, ct):
    m = re.search(r"charset=([\w-]+)", ct or "")
    cs = m.group(1).lower() if m else "utf-8"
    if cs == "windows-1258":
        cs = "cp1258"
    return b.decode(cs)


def norm(text):
    return nfc(html.unescape(text))


def write_portal(pid, meta, pages, gold, arts_text):
    """pages: {path: (filename, status, content_type, bytes)}; arts_text: {path: [paragraph strings]}"""
    base = os.path.join(ROOT, pid)
    os.makedirs(os.path.join(base, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(base, "pages")):
        os.remove(os.path.join(base, "pages", f))
    site = dict(meta, start_url="/", pages={})
    for path, (fn, st, ct, data) in pages.items():
        with open(os.path.join(base, "pages", fn), "wb") as fh:
            fh.write(data)
        site["pages"][path] = {"file": "pages/" + fn, "status": st, "content_type": ct}
    json.dump(site, open(os.path.join(base, "site.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(gold, open(os.path.join(base, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    import sys
    sys.path.insert(0, ROOT)
    from validate_holdout6 import check_portal
    errs = check_portal(base)
    for path, paras in arts_text.items():
        for p in paras:
            for f in gold["furniture"]:
                if f.lower() in nfc(p).lower():
                    errs.append(f"{pid}: furniture {f!r} inside body of {path}")
    if errs:
        raise SystemExit("\n".join(errs))
    print(pid, "ok:", len(gold["articles"]), "articles,", len(gold["non_articles"]), "non-articles,", len(pages), "pages")


def assemble(pid, meta, arts, A, art_html, list_pages, home, extra, fur, enc=lambda s: s.encode("utf-8"),
             ct="text/html; charset=utf-8", gold_over=None, extra_pages=None):
    """list_pages: [(path, html)], extra: [(path, html)] non-article pages (intro, notices),
    extra_pages: served pages in neither gold list (alias URLs, print views)."""
    pages = {"/": ("00_home.html", 200, ct, enc(home))}
    gold = {"articles": {}, "non_articles": [], "furniture": fur}
    for i, (p, h) in enumerate(list_pages + extra):
        pages[p] = (f"{i + 1:02d}_page.html", 200, ct, enc(h))
        gold["non_articles"].append(p)
    text = {}
    for i, a in enumerate(arts):
        pages[A(a)] = (f"a{i + 1}_{a['id']}.html", 200, ct, enc(art_html(a)))
        g = gold_entry(a)
        if gold_over and a["id"] in gold_over:
            g.update(gold_over[a["id"]])
        gold["articles"][A(a)] = g
        text[A(a)] = a["paras"] + ([a["lead"]] if a["lead"] else [])
    for i, (p, h) in enumerate(extra_pages or []):
        pages[p] = (f"x{i + 1}_alias.html", 200, ct, enc(h))
    write_portal(pid, meta, pages, gold, text)


def liferay_slug(s):
    s = nfd(s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c) and c != "đ")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def plain_slug(s):
    s = nfd(s.lower().replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def body_html(a, p=lambda t: f"<p>{esc(t)}</p>", img=None, cap=None, table_cls=""):
    """Paragraphs, the table after the first paragraph, the image first, byline last."""
    out = []
    if a["caption"] and img:
        out.append(img(a)); out.append(cap(a["caption"]))
    out.append(p(a["paras"][0]))
    if a["table"]:
        h, rows = a["table"]
        out.append(f"<table{table_cls}><tr>" + "".join(f"<td><b>{esc(x)}</b></td>" for x in h) + "</tr>" +
                   "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>")
    out += [p(t) for t in a["paras"][1:]]
    if a["byline"]:
        out.append(f'<p style="text-align: right;"><b>{esc(a["byline"])}</b></p>')
    return "\n".join(out)

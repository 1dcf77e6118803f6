"""Common module for the holdout7 blind portal fixtures.

Pages are rendered from the same Python strings the gold is derived from.
Written blind to the crawler (see ../README.md)."""
import html, json, os, re, shutil, unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def nfc(s):
    return unicodedata.normalize('NFC', s)


def num(n):
    """Vietnamese thousands separator."""
    return f"{n:,}".replace(',', '.')


def pct(x):
    return (f"{x:.1f}".rstrip('0').rstrip('.')).replace('.', ',')


def esc(s):
    return html.escape(s, quote=False)


def ent(s):
    """Named entities where HTML has one (â, à, ê ...), raw UTF-8 elsewhere (ư, ơ, ạ)."""
    out = []
    for ch in html.escape(s, quote=False):
        name = html.entities.codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return ''.join(out)


def nfd(s):
    return unicodedata.normalize('NFD', esc(s))


import html.entities  # noqa: E402

_TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def enc1258(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base = d[0]
        tones = ''.join(c for c in d[1:] if c in _TONES)
        rest = ''.join(c for c in d[1:] if c not in _TONES)
        out += unicodedata.normalize('NFC', base + rest).encode('cp1258')
        out += tones.encode('cp1258')
    return bytes(out)


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid, self.name, self.district, self.province, self.platform = pid, name, district, province, platform
        self.pages, self.data = {}, {}
        self.articles, self.non_articles, self.furniture = {}, [], []
        self.bodies = {}

    def page(self, path, text, status=200, encoding='utf-8'):
        fn = f"pages/{len(self.pages) + 1:02d}.html"
        b = enc1258(text) if encoding == 'windows-1258' else text.encode('utf-8')
        self.pages[path] = {'file': fn, 'status': status, 'content_type': f'text/html; charset={encoding}'}
        self.data[fn] = b

    def article(self, path, art, text, **kw):
        self.page(path, text, **kw)
        paras = art['paras']
        self.articles[path] = {
            'title': art['title'], 'published': art['date'],
            'text_first': paras[0][:60].rstrip(), 'text_last': paras[-1][-60:].lstrip(),
            'must_contain': art['must'],
        }
        self.bodies[path] = paras + art.get('cells', [])

    def notice(self, path, text, **kw):
        self.page(path, text, **kw)
        self.non_articles.append(path)

    def write(self):
        d = os.path.join(ROOT, self.pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(os.path.join(d, 'pages'))
        for fn, b in self.data.items():
            with open(os.path.join(d, fn), 'wb') as f:
                f.write(b)
        site = {'name': self.name, 'district': self.district, 'province': self.province,
                'platform': self.platform, 'start_url': '/', 'pages': self.pages}
        gold = {'articles': self.articles, 'non_articles': self.non_articles, 'furniture': self.furniture}
        for fn, obj in (('site.json', site), ('gold.json', gold)):
            with open(os.path.join(d, fn), 'w', encoding='utf-8') as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        errs = check_dir(d, self.bodies)
        if errs:
            raise SystemExit(f"{self.pid}: " + '\n'.join(errs))
        print(f"{self.pid}: {len(self.pages)} pages, {len(self.articles)} articles, "
              f"{len(self.non_articles)} non-articles, {len(self.furniture)} furniture: OK")


def decode_page(b, ctype):
    m = re.search(r'charset=([\w-]+)', ctype or '')
    cs = m.group(1).lower() if m else 'utf-8'
    t = b.decode('cp1258' if cs == 'windows-1258' else cs)
    return nfc(html.unescape(t))


def check_dir(d, bodies=None):
    """Checks one portal folder; returns a list of error strings."""
    errs = []
    site = json.load(open(os.path.join(d, 'site.json'), encoding='utf-8'))
    gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
    pages = site['pages']
    texts, raws = {}, {}
    for p, meta in pages.items():
        fp = os.path.join(d, meta['file'])
        if not os.path.isfile(fp):
            errs.append(f"missing file {meta['file']}")
            continue
        b = open(fp, 'rb').read()
        raws[p] = b.decode('cp1258' if 'windows-1258' in meta['content_type'] else 'utf-8')
        texts[p] = decode_page(b, meta['content_type'])
    if '/' not in pages:
        errs.append('no home page /')
    # links and reachability
    seen, todo = set(), ['/']
    while todo:
        p = todo.pop()
        if p in seen or p not in pages or pages[p]['status'] != 200:
            continue
        seen.add(p)
        for h in re.findall(r'href="([^"]*)"', raws.get(p, '')):
            h = html.unescape(h)
            if h.startswith('/'):
                todo.append(h)
    for p, raw in raws.items():
        stripped = re.sub(r'<link rel="canonical" href="http://\{\{HOST\}\}[^"]*"\s*/?>', '', raw)
        stripped = re.sub(r'<meta property="og:url" content="http://\{\{HOST\}\}[^"]*"\s*/?>', '', stripped)
        if re.search(r'https?://|(href|src|action|content)=["\']//', stripped, re.I):
            errs.append(f"absolute link on {p}")
        for h in re.findall(r'href="([^"]*)"', raw):
            if '&' in h and not re.search(r'&(amp|#\d+);', h) and not h.startswith('http'):
                errs.append(f"raw & in href on {p}: {h}")
    arts = gold['articles']
    all_gold = []
    for p, g in arts.items():
        if p not in pages or pages[p]['status'] != 200:
            errs.append(f"article not served: {p}")
            continue
        if p not in seen:
            errs.append(f"article not reachable from /: {p}")
        t = texts[p]
        snips = [g['title'], g['text_first'], g['text_last']] + list(g['must_contain'])
        if not 3 <= len(g['must_contain']) <= 5:
            errs.append(f"must_contain size on {p}")
        if g['published'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['published']):
            errs.append(f"bad date on {p}")
        if len(g['text_first']) > 60 or len(g['text_last']) > 60:
            errs.append(f"snippet too long on {p}")
        for s in snips:
            if s != nfc(s) or html.unescape(s) != s:
                errs.append(f"gold string not NFC/entity-free on {p}: {s}")
            if s not in t:
                errs.append(f"snippet not on page {p}: {s!r}")
        all_gold += snips
        if bodies and p in bodies:
            all_gold += bodies[p]
        canon = re.search(r'rel="canonical" href="http://\{\{HOST\}\}([^"]*)"', raws[p])
        if canon and html.unescape(canon.group(1)) != p:
            errs.append(f"canonical of {p} names another URL")
    for p in gold['non_articles']:
        if p not in pages or pages[p]['status'] != 200:
            errs.append(f"non-article not served: {p}")
        if p in arts:
            errs.append(f"{p} both article and non-article")
    alltext = '\n'.join(texts.values())
    lg = [s.casefold() for s in all_gold]
    for f in gold['furniture']:
        if f not in alltext:
            errs.append(f"furniture not on any page: {f!r}")
        for s in lg:
            if f.casefold() in s:
                errs.append(f"furniture {f!r} inside gold text {s[:50]!r}")
                break
    return errs


# ---------------------------------------------------------------- prose bank
# All prose below is invented for these fixtures; figures and people are fictitious.

def cchc_report(unit, unit_of, period_txt, date, n, person, role, field, byline=None, title=None):
    carried, new, early, ontime, late, online, postal, rate = n
    rec = carried + new
    res = early + ontime + late
    pend = rec - res
    ontime_rate = round((early + ontime) * 100 / res, 1)
    paras = [
        f"Trong {period_txt}, Bộ phận Một cửa {unit_of} đã tiếp nhận {num(rec)} hồ sơ, trong đó {num(carried)} hồ sơ kỳ trước chuyển sang và {num(new)} hồ sơ tiếp nhận mới.",
        f"Đã giải quyết {num(res)} hồ sơ, gồm {num(early)} hồ sơ trước hạn, {num(ontime)} hồ sơ đúng hạn và {num(late)} hồ sơ quá hạn; hiện còn {num(pend)} hồ sơ đang trong thời gian giải quyết. Tỷ lệ giải quyết đúng và trước hạn đạt {pct(ontime_rate)}%.",
        f"Số hồ sơ nộp trực tuyến là {num(online)}, chiếm {pct(rate)}% tổng số hồ sơ tiếp nhận; {num(postal)} hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
        (f"Theo {person}, {role}, các hồ sơ trễ hẹn chủ yếu thuộc lĩnh vực {field}, do phải xác minh thực địa và chờ ý kiến của cơ quan chuyên môn cấp trên." if late else
         f"Theo {person}, {role}, lĩnh vực {field} có lượng hồ sơ lớn nhất nhưng không có hồ sơ trễ hẹn nhờ công chức chủ động xác minh thực địa ngay khi tiếp nhận."),
        f"Thời gian tới, {unit} tiếp tục bố trí công chức hướng dẫn người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia, đồng thời gửi thư xin lỗi đối với từng trường hợp chậm trả kết quả.",
    ]
    if byline:
        paras.append(byline)
    return {'title': title or f"{unit} tiếp nhận {num(rec)} hồ sơ thủ tục hành chính trong {period_txt}",
            'date': date, 'paras': paras,
            'must': [f"{num(carried)} hồ sơ kỳ trước chuyển sang", f"{num(late)} hồ sơ quá hạn",
                     f"qua dịch vụ bưu chính công ích", f"chiếm {pct(rate)}% tổng số hồ sơ tiếp nhận"]}


def cchc_table(district, period_txt, date, rows, person, byline=None):
    """rows: (commune, received, on_time, online)"""
    tot = sum(r[1] for r in rows)
    tot_ok = sum(r[2] for r in rows)
    best = max(rows, key=lambda r: r[2] / r[1])
    paras = [
        f"Báo cáo của Văn phòng HĐND và UBND {district} cho thấy trong {period_txt}, các xã, thị trấn đã tiếp nhận tổng cộng {num(tot)} hồ sơ thủ tục hành chính, giải quyết đúng hạn {num(tot_ok)} hồ sơ.",
        f"Kết quả tại từng đơn vị cấp xã như sau:",
        f"{best[0]} là đơn vị có tỷ lệ đúng hạn cao nhất; một số địa phương còn để hồ sơ chứng thực và hộ tịch quá hạn do thiếu công chức tư pháp.",
        f"{person} đề nghị các xã rà soát lại quy trình nội bộ, cập nhật đầy đủ trạng thái hồ sơ lên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trước ngày 25 hằng tháng.",
    ]
    if byline:
        paras.append(byline)
    cells = []
    for r in rows:
        cells += [r[0], num(r[1]), num(r[2]), num(r[3])]
    return {'title': f"{district[0].upper() + district[1:]}: kết quả giải quyết thủ tục hành chính cấp xã {period_txt}",
            'date': date, 'paras': paras, 'rows': rows, 'cells': cells, 'table_after': 2,
            'must': [rows[1][0], f"tổng cộng {num(tot)} hồ sơ thủ tục hành chính",
                     "chứng thực và hộ tịch quá hạn", f"giải quyết đúng hạn {num(tot_ok)} hồ sơ"]}


def par_index(district, province, year, date, score, rank, of, delta, sipas, ddci, ddci_rank, person, byline=None):
    d = "tăng" if delta > 0 else "giảm"
    paras = [
        f"Theo kết quả công bố của UBND tỉnh {province}, Chỉ số cải cách hành chính (PAR INDEX) năm {year} của {district} đạt {pct(score)} điểm, xếp thứ {rank}/{of} huyện, thị xã, thành phố, {d} {abs(delta):02d} bậc so với năm trước.",
        f"Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) đạt {pct(sipas)}%. Ở bộ chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI), huyện đạt {pct(ddci)} điểm, xếp thứ {ddci_rank}.",
        f"Các tiêu chí bị trừ điểm nhiều nhất là cải cách tài chính công và xây dựng chính quyền số, trong đó việc số hóa kết quả giải quyết thủ tục hành chính còn chậm so với kế hoạch.",
        f"{person} yêu cầu từng phòng, ban phân tích nguyên nhân mất điểm, xây dựng kế hoạch khắc phục trước cuối quý và gắn trách nhiệm người đứng đầu với kết quả chấm điểm năm sau.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"PAR INDEX {year}: {district[0].upper() + district[1:]} xếp thứ {rank}/{of}",
            'date': date, 'paras': paras,
            'must': [f"đạt {pct(score)} điểm, xếp thứ {rank}/{of}", f"(SIPAS) đạt {pct(sipas)}%",
                     f"huyện đạt {pct(ddci)} điểm, xếp thứ {ddci_rank}"]}


def farming(place, crop, ha, households, person, date, byline=None):
    paras = [
        f"Vụ này, nông dân {place} đã đưa {crop} vào sản xuất trên diện tích {pct(ha)} ha, với {households} hộ tham gia liên kết tiêu thụ cùng hợp tác xã.",
        f"Theo {person}, giống mới cho năng suất cao hơn giống cũ khoảng một phần năm, ít sâu bệnh và phù hợp với chân đất pha cát ven suối.",
        f"Cán bộ khuyến nông thường xuyên xuống đồng hướng dẫn bà con bón phân cân đối, ghi nhật ký đồng ruộng để sản phẩm đủ điều kiện cấp mã số vùng trồng.",
        f"Địa phương dự kiến nhân rộng mô hình ra các thôn lân cận trong năm tới, ưu tiên hộ nghèo và hộ cận nghèo.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"Hiệu quả bước đầu của mô hình {crop} tại {place}", 'date': date, 'paras': paras,
            'must': [f"diện tích {pct(ha)} ha", f"{households} hộ tham gia liên kết", "mã số vùng trồng"]}


def road(place, km, billion, hamlet, person, date, byline=None):
    paras = [
        f"Sáng cùng ngày, {place} tổ chức khánh thành tuyến đường bê tông nối trung tâm xã với {hamlet}, dài {pct(km)} km, tổng vốn {pct(billion)} tỷ đồng.",
        f"Ngoài nguồn ngân sách, người dân trong thôn đã hiến gần 3.000 m2 đất, tháo dỡ tường rào và góp hàng trăm ngày công để công trình về đích sớm hơn kế hoạch.",
        f"Phát biểu tại buổi lễ, {person} ghi nhận tinh thần đồng thuận của bà con và đề nghị thôn thành lập tổ tự quản để bảo vệ, duy tu con đường.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"Khánh thành đường giao thông nông thôn về {hamlet}", 'date': date, 'paras': paras,
            'must': [f"dài {pct(km)} km", f"tổng vốn {pct(billion)} tỷ đồng", "hiến gần 3.000 m2 đất"]}


def digital(place, teams, members, accounts, person, date, byline=None):
    paras = [
        f"{place} hiện có {teams} tổ công nghệ số cộng đồng với {members} thành viên, chủ yếu là đoàn viên thanh niên và công an viên tại các thôn, tổ dân phố.",
        f"Từ đầu năm, các tổ đã hỗ trợ người dân kích hoạt {num(accounts)} tài khoản định danh điện tử mức độ 2, hướng dẫn thanh toán không dùng tiền mặt khi nộp phí, lệ phí.",
        f"{person} cho biết mỗi tối thứ Năm, nhà văn hóa thôn mở cửa để thanh niên giúp người cao tuổi cài đặt ứng dụng và tra cứu kết quả hồ sơ trên điện thoại.",
        f"Khó khăn lớn nhất là nhiều hộ vùng sâu chưa có điện thoại thông minh, sóng di động chập chờn ở các khe núi.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"{place}: tổ công nghệ số cộng đồng giúp dân làm quen dịch vụ công trực tuyến", 'date': date, 'paras': paras,
            'must': [f"{teams} tổ công nghệ số cộng đồng", f"kích hoạt {num(accounts)} tài khoản định danh điện tử",
                     "sóng di động chập chờn"]}


def housing(place, houses, million, sponsor, person, date, byline=None):
    paras = [
        f"{place} vừa bàn giao {houses} căn nhà Đại đoàn kết cho các hộ nghèo có hoàn cảnh khó khăn, mỗi căn được hỗ trợ {million} triệu đồng từ {sponsor}.",
        f"Các căn nhà có diện tích từ 40 đến 50 m2, tường xây, mái lợp tôn chống nóng, được thiết kế phù hợp với nếp sinh hoạt của đồng bào.",
        f"{person} xúc động chia sẻ gia đình đã ở nhà tạm hơn mười năm, nay mới có chỗ ở kiên cố để yên tâm cho con đến trường.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"Trao {houses} nhà Đại đoàn kết cho hộ nghèo", 'date': date, 'paras': paras,
            'must': [f"{houses} căn nhà Đại đoàn kết", f"hỗ trợ {million} triệu đồng", "mái lợp tôn chống nóng"]}


def school(place, school_name, pupils, rooms, person, date, byline=None):
    paras = [
        f"Năm học mới, {school_name} ({place}) đón {pupils} học sinh, trong đó có nhiều em là con em đồng bào dân tộc thiểu số ở các bản xa.",
        f"Nhà trường vừa được đầu tư thêm {rooms} phòng học bộ môn và một khu bán trú mới, giúp các em ở lại trường buổi trưa thay vì đi bộ hàng chục cây số.",
        f"{person}, hiệu trưởng nhà trường, cho biết mục tiêu năm nay là không để học sinh nào bỏ học giữa chừng.",
    ]
    if byline:
        paras.append(byline)
    return {'title': f"{school_name} đón {pupils} học sinh vào năm học mới", 'date': date, 'paras': paras,
            'must': [f"đón {pupils} học sinh", f"{rooms} phòng học bộ môn", "khu bán trú mới"]}


def short(title, date, p1, p2, must):
    return {'title': title, 'date': date, 'paras': [p1, p2], 'must': must}


def table_html(art, cls='', head=("Đơn vị", "Tiếp nhận", "Đúng hạn", "Trực tuyến"), cell=lambda s: esc(s)):
    rows = ''.join('<tr>' + ''.join(f'<td>{cell(c)}</td>' for c in (r[0], num(r[1]), num(r[2]), num(r[3]))) + '</tr>\n'
                   for r in art['rows'])
    h = ''.join(f'<th>{cell(c)}</th>' for c in head)
    return f'<table{cls} border="1"><tr>{h}</tr>\n{rows}</table>\n'


def body_html(art, wrap=lambda s: f'<p>{esc(s)}</p>', table=None, start=0):
    out = []
    for i, p in enumerate(art['paras'][start:], start):
        out.append(wrap(p))
        if 'rows' in art and i + 1 == art['table_after']:
            out.append(table or table_html(art))
    return '\n'.join(out)

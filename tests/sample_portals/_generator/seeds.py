"""Seed pages split into blocks. Paragraph text is verbatim; boilerplate lines become widgets elsewhere."""
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[2] / "data" / "seeds"


def _paras(name: str) -> list[str]:
    text = (SEED_DIR / name).read_text(encoding="utf-8")
    return [p for p in text.split("\n")]


def seed000():
    lines = _paras("000_75af88f3c39d3f55.txt")
    title = lines[0]
    body = [l for l in lines[1:] if l.strip()]
    cut = body.index("Tin tức")
    body = body[:cut]
    blocks = []
    for l in body:
        s = l.strip()
        if s in ("Bế Quang", "TT VH& TT Bảo Lâm"):
            blocks.append(("author", s))
        else:
            blocks.append(("p", s, {"indent": len(l) - len(l.lstrip())}))
    return title, blocks


def seed001():
    text = (SEED_DIR / "001_db22db6686b1e0a7.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    cut = next(i for i, p in enumerate(paras) if p.startswith("Đánh giá:"))
    paras = paras[:cut]
    summary, rest = paras[0], paras[1:]
    captions = ("Đ/c ", "Phó chủ tịch UBND huyện Phan Hồng Yến", "Chủ tịch UBND huyện Bùi Khắc Bằng\xa0phát biểu")
    blocks = []
    for i, p in enumerate(rest):
        if p.startswith(captions):
            blocks.append(("img", f"hoi-nghi-{i}", p))
        elif p == "Lê Thuỷ- Thu Hương":
            blocks.append(("author", p))
        else:
            blocks.append(("p", p))
    return summary, blocks


def seed002():
    lines = _paras("002_396c19fa5d559de6.txt")
    nonblank = [l for l in lines if l.strip()]
    assert nonblank[0] == "Xuất bản thông tin" and nonblank[2] == "Chi tiết bài viết Tin tức"
    title = nonblank[3]
    summary = nonblank[4]
    blocks = []
    for l in lines[lines.index(summary) + 1:]:
        s = l.strip()
        if not l:
            continue
        if not s:
            blocks.append(("blank",))
        elif s.startswith("(Quang cảnh"):
            blocks.append(("img", f"qc-{len(blocks)}", s))
        elif s.startswith("Nguyễn Văn Ngây"):
            blocks.append(("author", s))
        else:
            blocks.append(("p", s))
    # the seed's blank line stands before the first caption: the picture sits there
    return title, summary, blocks


def seed003():
    lines = _paras("003_ac047d5b418d6940.txt")
    title = lines[0]
    body = [l for l in lines[2:]]
    cut = next(i for i, l in enumerate(body) if l.startswith("Bài trước"))
    body = body[:cut]
    blocks = []
    for l in body:
        s = l.strip()
        if not s:
            continue
        if s.startswith("Công chức Bộ phận tiếp nhận"):
            blocks.append(("img", "mot-cua", s))
        elif s.startswith("Thực hiện:"):
            blocks.append(("author", s))
        else:
            blocks.append(("p", s))
    return title, blocks


def seed004():
    lines = _paras("004_960bd2a839246898.txt")
    title = lines[0]
    assert lines[2] == "Đăng ngày 14 - 04 - 2022"
    body = lines[4:]
    cut = body.index("Tin mới nhất")
    body = body[:cut]
    summary = body[0].strip()
    blocks = []
    for l in body[1:]:
        s = l.strip()
        if not l:
            continue
        if not s:
            blocks.append(("blank",))
        elif s.startswith("Đoàn Kiểm tra cải cách hành chính của huyện kiểm tra"):
            blocks.append(("img", "kiem-tra", s))
        else:
            blocks.append(("p", s))
    while blocks and blocks[-1] == ("blank",):
        blocks.pop()
    return title, summary, blocks

"""Helpers shared by the sample-portal generator (not part of the repo)."""
from __future__ import annotations
import datetime as dt
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.entities import codepoint2name

HTML = "text/html; charset=utf-8"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def e(s: str) -> str:
    return html.escape(s, quote=False)


def q(s: str) -> str:
    return html.escape(s, quote=True)


def entities(s: str) -> str:
    """CKEditor-style output: Latin-1 letters as named entities, the rest raw UTF-8."""
    return "".join(f"&{codepoint2name[ord(c)]};" if 160 <= ord(c) <= 255 and ord(c) in codepoint2name else c
                   for c in s)


def numeric_refs(s: str) -> str:
    return "".join(f"&#x{ord(c):X};" if ord(c) > 0x1E00 else c for c in s)


def strip_marks(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ascii_slug(s: str, keep_case: bool = False) -> str:
    s = strip_marks(s.replace("đ", "d").replace("Đ", "D"))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")
    return s if keep_case else s.lower()


def liferay_urltitle(s: str) -> str:
    """Liferay 6.1 drops đ/Đ instead of transliterating it."""
    s = strip_marks(s.replace("đ", "").replace("Đ", "")).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


_JOOMLA = str.maketrans("àáâãèéêìíòóôõùúýăđĩũÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨ", "aaaaeeeiioooouuyadiuAAAAEEEIIOOOOUUYADIU")


def joomla_slug(s: str) -> str:
    """Joomla's Latin transliteration leaves ơ, ư and the Vietnamese stacked letters out: they become '-'."""
    s = unicodedata.normalize("NFC", s).translate(_JOOMLA).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def short_id(seed: str, n: int = 8, alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


@dataclass
class Article:
    key: str
    title: str
    date: dt.datetime | None
    blocks: list                     # ("p", text) ("img", name, caption) ("table", header, rows) ("author", text) ("blank",)
    category: str = "tin-tuc"        # tin-tuc | thong-bao ; cchc articles also land in cai-cach-hanh-chinh
    summary: str | None = None
    author: str | None = None
    source: str | None = None
    includes: list = field(default_factory=list)
    excludes: list = field(default_factory=list)
    seed: str | None = None
    cchc: bool = False
    views: int = 100
    short: bool = False
    published_shown: bool = True
    num_id: int = 0
    path: str = ""
    aliases: list = field(default_factory=list)

    @property
    def day(self) -> dt.date | None:
        return self.date.date() if self.date else None

    def text_blocks(self):
        return [b for b in self.blocks if b[0] in ("p", "author")]


def tiny_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with ASCII text and a correct xref table."""
    def pdf_str(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 14 Tf", "56 780 Td", f"({pdf_str(title)}) Tj", "/F1 10 Tf"]
    for line in lines:
        ops += ["0 -18 Td", f"({pdf_str(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + pdf_str(title).encode("latin-1") + b") /Producer (Microsoft Word 2016) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

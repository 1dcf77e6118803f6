"""Turning a downloaded body into text, or saying why not.

Portals declare UTF-8 but Word exports declare (or forget to declare)
windows-1258, servers send PDFs as text/html, and a wrong guess gives
mojibake ("Cáº£i cÃ¡ch") that no later stage can repair. So: look at the
bytes first, decode strictly with what the page says, fall back to UTF-8
and then windows-1258, and refuse text that still looks like mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

# Magic numbers of the files portals link from articles.
BINARY_SIGNATURES = {
    b"%PDF": "pdf", b"PK\x03\x04": "zip/docx/xlsx", b"\xd0\xcf\x11\xe0": "doc/xls",
    b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"GIF8": "gif", b"Rar!": "rar",
    b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip", b"ID3": "mp3", b"RIFF": "riff",
}
# UTF-8 read as a single-byte code page: "Ã¡", "á»", "Æ°", "Ä‘" …
_MOJIBAKE = re.compile("[ÃÄÆ][\u0080-\u00ff\u0152-\u0192\u02c6-\u2122]|á[»º¼½]")
# What every _MOJIBAKE match starts with: one of these characters, or "á"
# (common in sound Vietnamese) before one of the rare second characters.
_MOJIBAKE_LEADS = ("Ã", "Ä", "Æ")
_MOJIBAKE_PAIRS = (("»", "á»"), ("º", "áº"), ("¼", "á¼"), ("½", "á½"))
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    skip_reason: str | None = None  # "not_html: pdf", "bad_encoding", "empty"
    replaced: int = 0  # invalid bytes decoded as U+FFFD (an almost-UTF-8 page)


def decode_response(response) -> Decoded:
    """A Scrapy response's body as text; what Scrapy did not take for HTML is not_html."""
    from scrapy.http import HtmlResponse

    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    if not isinstance(response, HtmlResponse):
        return Decoded(None, None, f"not_html: {content_type or 'no type'}")
    return decode_body(response.body, content_type)


def sniff_binary(body: bytes) -> str | None:
    head = body[:8]
    for signature, kind in BINARY_SIGNATURES.items():
        if head.startswith(signature):
            return kind
    if b"\x00" in body[:1024]:
        return "binary"
    return None


def decode_body(body: bytes, content_type: str | None) -> Decoded:
    if not body.strip():
        return Decoded(None, None, "empty")
    binary = sniff_binary(body)
    if binary:
        return Decoded(None, None, f"not_html: {binary}")
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return _checked(body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding)
    declared = [e for e in (http_content_type_encoding(content_type) if content_type else None,
                            html_body_declared_encoding(body)) if e]
    for encoding in dict.fromkeys([*declared, "utf-8", "cp1258"]):
        text = _strict(body, encoding)
        if text is not None:
            # The first encoding that decodes cleanly is the page's; if its
            # text is mojibake the page itself is broken, and another code
            # page would only garble it further.
            return _checked(text, encoding)
        if _is_utf8(encoding):
            # One stray byte (a bad upload, a cut multi-byte character) must
            # not cost the whole page; a page in another code page has
            # invalid sequences everywhere and falls through.
            decoded = _almost_utf8(body)
            if decoded is not None:
                return decoded
    return Decoded(None, None, "bad_encoding")


# At most this share of an almost-UTF-8 page's non-ASCII characters may be invalid bytes.
MAX_REPLACED_SHARE = 0.01


def _almost_utf8(body: bytes) -> Decoded | None:
    text = body.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - body.count("\ufffd".encode("utf-8"))
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if replaced <= 0 or replaced > MAX_REPLACED_SHARE * non_ascii:
        return None
    checked = _checked(text, "utf-8")
    return Decoded(checked.text, checked.encoding, checked.skip_reason, replaced)


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def looks_like_mojibake(text: str) -> bool:
    """Vietnamese text mangled by a wrong code page, or full of U+FFFD."""
    sample = text[:200_000]
    bad = _mojibake_count(sample) + sample.count("\ufffd")
    if bad <= 20:
        return False  # nearly every page: spares a scan of the whole text
    good = len(_VIETNAMESE.findall(sample))
    return bad > good / 4


def _mojibake_count(text: str) -> int:
    # The regex walks the whole page (~1.5 ms for 70 KB) and finds nothing in
    # a sound one; a few substring searches in C tell that in a fortieth of
    # the time. A pair is looked for only where its rare character stands:
    # searching for "á»" stops at every "á".
    if not any(lead in text for lead in _MOJIBAKE_LEADS) \
            and not any(second in text and pair in text for second, pair in _MOJIBAKE_PAIRS):
        return 0
    return len(_MOJIBAKE.findall(text))


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        codecs.lookup(encoding)
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _checked(text: str, encoding: str) -> Decoded:
    if looks_like_mojibake(text):
        return Decoded(None, encoding, "bad_encoding")
    return Decoded(text, encoding)

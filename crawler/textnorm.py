"""Small text helpers shared by the extractor and the furniture tables."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics ("Đang" -> "dang").

    Portals and hand-typed labels mix both spellings, so labels are matched
    on the folded form.
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def squash_spaces(text: str) -> str:
    """Collapse runs of spaces (including NBSP and friends) inside a line."""
    return _SPACES.sub(" ", text).strip()

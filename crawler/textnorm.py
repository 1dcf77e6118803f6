"""Small text helpers shared by the extractor and the furniture tables."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Combining marks (U+0300–U+036F, U+1DC0–U+1DFF) go, "đ" becomes "d".
_FOLD_TABLE = {cp: None for cp in [*range(0x300, 0x370), *range(0x1DC0, 0x1E00)]} | {ord("đ"): "d"}


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics ("Đang" -> "dang").

    Portals and hand-typed labels mix both spellings, so labels are matched
    on the folded form.
    """
    return unicodedata.normalize("NFD", text.lower()).translate(_FOLD_TABLE)


def squash_spaces(text: str) -> str:
    """Collapse runs of spaces (including NBSP and friends) inside a line."""
    return _SPACES.sub(" ", text).strip()

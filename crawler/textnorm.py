"""Small text helpers shared by the extractor and the furniture tables."""

from __future__ import annotations

import re
import unicodedata

# The spaces squash_spaces() collapses besides the ordinary one: tab, NBSP,
# the typographic spaces U+2000–U+200B, narrow NBSP, math space, ideographic
# space, BOM.
_ODD_SPACES = ("\t", "\u00a0", *map(chr, range(0x2000, 0x200c)), "\u202f", "\u205f", "\u3000", "\ufeff")
_ODD_SPACE_CLASS = re.escape("".join(_ODD_SPACES))  # for a [...] class
# A run of spaces to collapse, written so that a lone ordinary space (most of
# them, in prose) is no match at all: replacing it by itself is work for nothing.
_SPACES = re.compile(f"[ {_ODD_SPACE_CLASS}]{{2,}}|[{_ODD_SPACE_CLASS}]")


def nfc(text: str) -> str:
    # The quick check runs in C without building a string; most pages are NFC.
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# Combining marks (U+0300–U+036F, U+1DC0–U+1DFF) go, "đ" becomes "d".
_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1dc0-\u1dff]+")


def fold(text: str) -> str:
    """Lower-case `text` and strip Vietnamese diacritics ("Đang" -> "dang").

    Portals and hand-typed labels mix both spellings, so labels are matched
    on the folded form.
    """
    if text.isascii():  # nothing to decompose or strip
        return text.lower()
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d")


def squash_spaces(text: str) -> str:
    """Collapse runs of spaces (including NBSP and friends) inside a line."""
    # Most long texts (paragraphs) have nothing to collapse, which a few
    # substring searches in C tell faster than the regex walking the text.
    if len(text) > 80 and "  " not in text and not any(odd in text for odd in _ODD_SPACES):
        return text.strip()
    return _SPACES.sub(" ", text).strip()


# Characters that fold(), squash_spaces() or a strip of " :" may remove:
# whitespace, colons, combining marks. Every other character leaves at least
# one character of its own behind (checked over all of Unicode, through
# lower() and NFD), hence the bound below. Ordinary spaces are counted apart
# (str.count is much faster than a regex); the others are rare.
_MAY_VANISH_BUT_SPACE = re.compile(f"[^\\S ]|[:{_ODD_SPACE_CLASS}\u0300-\u036f\u1dc0-\u1dff]")


def solid_chars(text: str) -> int:
    """How many characters of `text` are neither whitespace, colon nor
    combining mark: a lower bound of the length of squash_spaces(text) and of
    squash_spaces(fold(text)).rstrip(" :"), got without building either, to
    rule out a long text cheaply where only a short one can match."""
    return len(text) - text.count(" ") - len(_MAY_VANISH_BUT_SPACE.findall(text))

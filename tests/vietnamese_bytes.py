"""Vietnamese text as the legacy bytes some portals still serve."""

import re
import unicodedata

_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: precomposed letters in cp1258
_CLUSTER = re.compile(r"(.)([\u0300-\u036f]*)", re.S)


def to_cp1258(text: str) -> bytes:
    """windows-1258 has the letters â ă ê ô ơ ư đ but writes the five tones
    as combining marks, which is how Word exports Vietnamese."""
    def recompose(match: re.Match) -> str:
        base, marks = match.group(1), match.group(2)
        shapes = "".join(m for m in marks if m in _SHAPE_MARKS)
        tones = "".join(m for m in marks if m not in _SHAPE_MARKS)
        return unicodedata.normalize("NFC", base + shapes) + tones

    return _CLUSTER.sub(recompose, unicodedata.normalize("NFD", text)).encode("cp1258")

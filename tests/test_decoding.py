"""The mojibake check's shortcut (crawler/decoding.py) counts what its regex counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.decoding import _MOJIBAKE, _mojibake_count, looks_like_mojibake

SOUND = "Ủy ban nhân dân huyện Vũ Quang tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023. "
# Pieces of UTF-8 Vietnamese read as windows-1252 / 1258, and their near misses.
PIECES = ["Ã¡", "Ã ", "Ãº", "á»", "áº", "á¼", "á½", "Æ°", "Ä‘", "Ã", "Ä", "Æ", "á", "»", "\u0152", "\u2122",
          "\u02c6", "Ð", "a", " ", "ư", "đ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_count_equals_the_regex(text):
    assert _mojibake_count(text) == len(_MOJIBAKE.findall(text))


def test_real_mojibake_is_told_and_sound_text_is_not():
    for code_page in ("cp1252", "cp1258", "latin-1"):
        garbled = (SOUND * 5).encode("utf-8").decode(code_page, errors="replace")
        assert looks_like_mojibake(garbled), code_page
    assert not looks_like_mojibake(SOUND * 200)

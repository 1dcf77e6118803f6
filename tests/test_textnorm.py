"""solid_chars() is a lower bound of the length of the normalised text: the
extractor and the furniture tables rule out long texts with it, so a text it
over-counts could be judged too long to be a label and be left in place."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.textnorm import fold, solid_chars, squash_spaces


def within_bound(text: str) -> bool:
    bound = solid_chars(text)
    return bound <= len(squash_spaces(text)) and bound <= len(squash_spaces(fold(text)).rstrip(" :"))


def test_bound_holds_for_every_code_point():  # ~3 s
    over = [hex(cp) for cp in range(sys.maxunicode + 1)
            if not 0xD800 <= cp <= 0xDFFF and not within_bound(chr(cp))]
    assert not over


# What makes the bound tight: spaces of every kind (runs are collapsed, ends
# stripped), colons (stripped at the end), combining marks (dropped by fold),
# letters whose lower case or decomposition changes length, Vietnamese.
TRICKY = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u200b", "\u202f", "\u3000", "\ufeff",
          ":", " :", "\u0301", "\u0323", "\u0309", "\u1dc4", "İ", "ß", "ﬁ", "Σ", "Đ", "đ", "Ư\u0301",
          "Đang online", "lượt truy cập", "Tổng: 12.296", "x", "9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=12).map("".join))
def test_bound_holds_for_strings_of_tricky_pieces(text):
    assert within_bound(text)


@given(st.text(max_size=40))
def test_bound_holds_for_any_text(text):
    assert within_bound(text)

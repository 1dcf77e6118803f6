"""Whose figure it is: the named unit (district, commune, province) a figure
is about, as its bare name ("Bảo Lâm", not "huyện Bảo Lâm").

A unit is named by a tier word followed by a capitalised name ("huyện Bảo
Lâm", "Xã Tân Lập", "thành phố Hà Nội").  A figure belongs to
- the name right before its parentheses when they hold only the figure (an
  enumeration: "Long Biên (98%), Bắc Từ Liêm (96%)");
- else the unit named nearest before it in its sentence, unless a tier or
  whole-area word lies between ("huyện A … 500 hồ sơ; toàn tỉnh 10.000");
- else nobody: the portal's own unit (None).
The tier words and their levels come from the vocabulary; names are read in
the original-case text (same offsets as the lower-case one).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crawler.metrics.context import Context
from crawler.metrics.figures import Figure
from crawler.metrics.layout import TOP, Layout
from crawler.metrics.phrases import Match, canonical
from crawler.metrics.vocabulary import Vocabulary

_NAME_WORD = re.compile(r"[^\S\n]+([^\W\d_][\w’'\-]*)")
_MAX_NAME_WORDS = 4
_GAP = re.compile(r"[^\S\n]*")
_SAYS_NOTHING = re.compile(r"[\s\d.,%]*")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# A sentence with at least this many words, this share of them capitalised, is
# in Title Case: its capitals name no unit.
_TITLE_MIN_WORDS = 5
_TITLE_SHARE = 0.8


@dataclass(frozen=True)
class Mention:
    start: int          # the tier word
    tier_end: int
    end: int            # the end of the name
    name: str
    level: str | None


class EntityFinder:
    """The named units of one text, found lazily (only where a figure asks),
    and the figure lookups."""

    def __init__(self, vocabulary: Vocabulary, text: str, lower: str):
        """text: the normalised original-case text; lower: its lower case."""
        self._v = vocabulary
        self._text = text
        self._lower = lower
        self._by_sentence: dict[int, tuple[list[Match], list[Mention]]] = {}
        self._listed: dict[tuple[int, int], tuple[str, str | None] | None] = {}
        self._titled: dict[int, bool] = {}

    def _sentence(self, layout: Layout, number: int) -> tuple[list[Match], list[Mention]]:
        """The tier words and the named units of one sentence (none in a
        sentence written in Title Case, where capitals name nothing)."""
        found = self._by_sentence.get(number)
        if found is None:
            sentence = layout.sentences[number]
            tiers = list(self._v.tiers.finditer(self._lower, sentence.start, sentence.end))
            named = [m for m in map(self._mention, tiers) if m is not None]
            found = (tiers, [] if named and self._title_case(layout, number) else named)
            self._by_sentence[number] = found
        return found

    def _title_case(self, layout: Layout, number: int) -> bool:
        """"Huyện Đã Tiếp Nhận 4.520 Hồ Sơ": most words capitalised."""
        if number not in self._titled:
            sentence = layout.sentences[number]
            words = _LETTER_WORD.findall(self._text, sentence.start, sentence.end)
            capitals = sum(1 for w in words if w[0].isupper())
            self._titled[number] = len(words) >= _TITLE_MIN_WORDS \
                and capitals >= _TITLE_SHARE * len(words)
        return self._titled[number]

    def _mention(self, tier: Match) -> Mention | None:
        after = _GAP.match(self._text, tier.end).end()
        if after >= len(self._text) or not self._text[after].isupper() \
                or self._text[tier.start:tier.end].isupper():
            return None     # no name; "UBND XÃ ĐÃ TIẾP NHẬN": capitals throughout name nothing
        words = self._name_after(tier.end)
        if not words:
            return None
        level = tier.value or None
        return Mention(tier.start, tier.end, words[-1][1], _join(self._text, words), level)

    def _name_after(self, pos: int) -> list[tuple[int, int]]:
        words: list[tuple[int, int]] = []
        while len(words) < _MAX_NAME_WORDS:
            match = _NAME_WORD.match(self._text, pos)
            if match is None or not match.group(1)[0].isupper():
                break
            words.append(match.span(1))
            pos = match.end()
        return words

    def names_unit(self, start: int, end: int) -> bool:
        """Whether lower[start:end] is a bare tier word followed by a name
        ("xã Nam Bình")."""
        tier = self._v.tiers.match_at(self._lower, start, end)
        return tier is not None and tier.end == end and self._mention(tier) is not None

    def tier_after(self, pos: int) -> str | None:
        """The level of the tier word right after pos ("xếp thứ 2/63 tỉnh")."""
        tier = self._v.tiers.match_at(self._lower, _GAP.match(self._text, pos).end())
        return (tier.value or None) if tier is not None and tier.value is not None else None

    # -- figure lookups ------------------------------------------------------

    def enumerated(self, layout: Layout, figure: Figure, context: Context
                   ) -> tuple[str, str | None] | None:
        """(name, level) when the figure is a list item: "Long Biên (98%)", or a
        clause that is a name and the figure ("…, Bắc Từ Liêm: 96%")."""
        key = (figure.start, context.scope)
        if key not in self._listed:
            self._listed[key] = self._enumerated(layout, figure, context)
        return self._listed[key]

    def _enumerated(self, layout: Layout, figure: Figure, context: Context
                    ) -> tuple[str, str | None] | None:
        if context.scope == TOP:
            # The clause before the figure, less linking words ("Gio Linh đạt");
            # right after a colon, the clause before the colon.
            start = context.near[0]
            colon = False
            if not self._text[start:figure.lead].strip(" \t:–-"):
                if len(context.clauses) < 2:
                    return None
                start, stop = context.clauses[1]
                colon = self._text[stop:stop + 1] == ":"
            else:
                stop = figure.lead
            if not self._has_capitals(start, stop):
                return None     # no capital, no name (a cheap test first)
            end = self._strip_linking(start, stop)
            words = self._name_before(end) if end > start else []
            # One capitalised word is most often a sentence's first ("Có 98%").
            if len(words) < 2 or words[0][0] < start \
                    or any(self._text[a:b].isupper() for a, b in words):
                return None    # no name, or capitals throughout ("GIẢI QUYẾT")
            # The name alone ("…, Tân Hợp 250 hồ sơ", ": Gio Linh đạt 85 điểm"), or a
            # name and a colon ("cao nhất là Triệu Phước: 93%").
            if self._text[start:words[0][0]].strip(" ,;–-") and not colon \
                    and not self._introduced(start, words[0][0]):
                return None
        else:
            group = layout.groups[context.scope]
            inside = self._text[group.start + 1:group.end - 1]
            own = self._text[figure.start:figure.unit_end]
            rest = inside.replace(own, "", 1) if own in inside else inside
            if not _SAYS_NOTHING.fullmatch(rest):
                return None
            words = self._name_before(group.start)
            if not words:
                return None
        if self._title_case(layout, context.sentence):
            return None
        tiers, _ = self._sentence(layout, context.sentence)
        before = [t for t in tiers if t.end <= words[0][0]]
        level = (before[-1].value or None) if before else None
        return _join(self._text, words), level

    def _strip_linking(self, start: int, end: int) -> int:
        """The end of text[start:end] without trailing marks and linking words."""
        for _ in range(4):
            while end > start and self._text[end - 1] in " \t:–-":
                end -= 1
            word = self._text.rfind(" ", start, end) + 1 or start
            word = max(word, start)
            linking = self._v.linking.match_at(self._lower, word, end)
            if linking is None or linking.end != end or word == start:
                return end
            end = word
        return end

    def _introduced(self, start: int, end: int) -> bool:
        """Whether text[start:end] ends with a linking word that opens a list:
        "cao nhất là Tân Lập 100%"."""
        stop = len(self._text[start:end].rstrip(" ,:–-")) + start
        return self._strip_linking(start, stop) < stop

    def _has_capitals(self, start: int, end: int) -> bool:
        """Whether text[start:end] has a capital letter (a cheap test in C)."""
        return self._text[start:end] != self._lower[start:end]

    def _is_tier(self, start: int, end: int) -> bool:
        tier = self._v.tiers.match_at(self._lower, start, end)
        return tier is not None and tier.end == end

    def _name_before(self, pos: int) -> list[tuple[int, int]]:
        words: list[tuple[int, int]] = []
        text = self._text
        end = pos
        while len(words) < _MAX_NAME_WORDS:
            while end > 0 and text[end - 1] in " \t":
                end -= 1
            start = end
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
                start -= 1
            if start == end or not text[start].isupper() or not text[start].isalpha():
                break
            if self._is_tier(start, end):
                break
            words.insert(0, (start, end))
            end = start
            if end == 0 or text[end - 1] not in " \t":
                break
        return words

    def resolve(self, layout: Layout, figure: Figure, context: Context,
                markers: Sequence[int]) -> tuple[str, str | None] | None:
        """(name, level of its tier word) of the unit named nearest before the
        figure in its sentence; markers: the starts of level words (a level
        word between the name and the figure that is not the name's own tier
        ends the name's reach)."""
        sentence = layout.sentences[context.sentence]
        if not self._has_capitals(sentence.start + 1, figure.start):
            return None     # no capital after the sentence's first letter: no name
        _, mentions = self._sentence(layout, context.sentence)
        before = [m for m in mentions if m.end <= figure.start]
        if not before:
            return None
        mention = before[-1]
        j = bisect.bisect_left(markers, mention.end)
        if j < len(markers) and markers[j] < figure.lead:
            return None
        return mention.name, mention.level or self._either_level(layout, context, mention)

    def _either_level(self, layout: Layout, context: Context, mention: Mention) -> str | None:
        """A tier word of either level ("thành phố Đông Hà") names a district when
        its sentence also names a district or a province ("các huyện, thị xã,
        thành phố thuộc tỉnh"): a town inside a province; and a province when
        it names a city under the central government ("Thành phố Hà Nội")."""
        if canonical(mention.name) in self._v.province_cities:
            return "province"
        tiers, _ = self._sentence(layout, context.sentence)
        return "district" if any(t.value in ("district", "province") and t.start != mention.start
                                 for t in tiers) else None


def _join(text: str, words: list[tuple[int, int]]) -> str:
    return " ".join(text[a:b] for a, b in words)

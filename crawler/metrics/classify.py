"""Which metric each figure is, from the keywords of its clause.

A keyword right after the unit qualifies the noun ("1.520 hồ sơ trực
tuyến").  Otherwise the nearest keyword before the number names it
("giải quyết trước hạn 7768"), with the keywords joined to it by "và"
("Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ" is received and resolved on
time).  A clause made only of linking words borrows the clause before it
("số kỳ trước chuyển qua: 1.098").  With no keyword before, the words after
the unit decide ("45 hồ sơ đang trong thời gian giải quyết").  A dossier
count with no keyword at all
- changes the count before it when it is a change ("tăng 50 hồ sơ");
- repeats the figure it splits by level ("12.309 hồ sơ ( cấp huyện 3.433 hồ
  sơ …", "… cấp huyện, ở cấp xã 34.093 hồ sơ");
- is the total of the figure that details it ("34.093 hồ sơ giải quyết đúng
  quy định 34.085", "5.000 hồ sơ, trong đó …");
- and is dossiers_other otherwise.
A percentage with no keyword right after a count is that count's rate
("34.085 hồ sơ đạt 99,9%").  A score or rank belongs to the index named
nearest in its sentence.  Figures after a target word ("phấn đấu") are
targets, not results, and are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from crawler.metrics.context import Context, Span
from crawler.metrics.entities import EntityFinder
from crawler.metrics.figures import OTHER, Figure
from crawler.metrics.layout import TOP, Layout
from crawler.metrics.levels import LevelFinder
from crawler.metrics.phrases import Match
from crawler.metrics.vocabulary import WHOLE, Hit, Vocabulary

_WORD = re.compile(r"\w")
_SPACE_OR_MARK = re.compile(r"[\s,;:.–-]*")
_INDEX_NAMES = ("index", "index_weak", "index_part")
_PART = "\x00part"   # what _nearest_index returns for a part of an index


class Reading(NamedTuple):   # a named tuple: one per figure, built fast
    names: tuple[str, ...]
    unit: str
    of_name: str | None = None   # the metric of a fraction's denominator
    flow: str | None = None      # the verb's metric of a channel count ("giải quyết … qua mạng")


class Classifier:
    """Reads the figures of one text, in order (a reading may look back)."""

    def __init__(self, vocabulary: Vocabulary, text: str, layout: Layout, hits: Sequence[Match],
                 figures: Sequence[Figure], contexts: Sequence[Context], levels: LevelFinder,
                 entities: EntityFinder | None = None):
        self._v = vocabulary
        self._text = text
        self._layout = layout
        self._hits = hits
        self._hit_starts = [h.start for h in hits]
        self._hit_scopes = [layout.scope_of(h.start) for h in hits]
        self._index_hits = [h for h in hits if h.value.kind in _INDEX_NAMES]
        self._index_starts = [h.start for h in self._index_hits]
        self._targets = [h.start for h in hits if h.value.kind == "target"]
        self._weights = [h.start for h in hits if h.value.kind == "index_weight"]
        self._channel_starts = [h.start for h in hits if h.value.kind == "metric"
                                and vocabulary.metrics[h.value.target].channel]
        self._contests = {layout.sentence_of(h.start) for h in hits if h.value.kind == "contest"}
        self._counting: dict[int, bool] = {}   # sentence -> names a dossier unit
        self._figures = figures
        self._contexts = contexts
        self._levels = levels
        self._entities = entities

    def read(self) -> list[Reading | None]:
        readings: list[Reading | None] = []
        for index in range(len(self._figures)):
            readings.append(self._read(index, readings))
        return readings

    def _read(self, index: int, readings: list[Reading | None]) -> Reading | None:
        figure = self._figures[index]
        if figure.unit == OTHER:
            return self._procedure_reading(index) if figure.procedures else None
        if self._is_target(index):
            return None
        listed = self._listed_as(index, readings)
        if listed is not None:
            return listed
        if figure.zero_metric is not None:
            return Reading((figure.zero_metric,), self._v.metrics[figure.zero_metric].unit)
        if figure.unit in ("point", "rank"):
            return self._index_reading(index, figure.unit)
        if figure.unit == "percent":
            return self._percent_reading(index, readings)
        if figure.unit == "dossier":
            return self._dossier_reading(index, readings)
        return self._unitless_reading(index)

    # -- by unit ---------------------------------------------------------------

    def _dossier_reading(self, index: int, readings: list[Reading | None]) -> Reading:
        whole = self._whole_of(index, readings)
        if whole is not None:
            return whole
        hits = self._keyword_hits(index, self._names_dossiers) \
            or self._lead_hits(index, self._names_dossiers)
        if hits:
            return self._fraction_named_twice(index, hits) or self._count_reading(index, hits)
        borrowed = (self._change_of(index, readings) or self._split_of(index, readings)
                    or self._total_of(index))
        return Reading((borrowed or "dossiers_other",), "dossier")

    def _listed_as(self, index: int, readings: list[Reading | None]) -> Reading | None:
        """"… có tỷ lệ cao là Long Biên (98%), Bắc Từ Liêm (96%)": a list item
        is read as the figure before it in its sentence with the same unit."""
        figure = self._figures[index]
        context = self._contexts[index]
        if context.previous is None and context.scope == TOP or self._entities is None \
                or figure.unit is None \
                or self._entities.enumerated(self._layout, figure, context) is None:
            return None
        for k in range(index - 1, -1, -1):
            if self._contexts[k].sentence != context.sentence:
                return None
            if readings[k] is not None and self._figures[k].unit == figure.unit:
                return Reading(readings[k].names, readings[k].unit)
        return None

    def _procedure_reading(self, index: int) -> Reading | None:
        """"tiếp nhận và giải quyết 5.441 TTHC": dossier verbs right before a
        count of procedures make it a count of dossiers."""
        hits = [h for h in self._hits_in(self._contexts[index].near, self._contexts[index].scope)
                if self._names_dossiers(h.value)]
        if not hits or self._is_target(index):
            return None
        chain = self._chain(hits)
        if not self._says_nothing((chain[-1].end, self._figures[index].lead)) \
                or any(self._v.metrics[h.value.target].channel for h in chain):
            return None
        return Reading(self._metric_names(chain), "dossier")

    def _count_reading(self, index: int, hits: list[Match]) -> Reading:
        """The names of a count from its keywords; a channel named in its clause
        wins over the verb ("qua bưu chính công ích, đã trả kết quả 300 hồ sơ")."""
        names = self._metric_names(hits)
        channels = [n for n in names if self._v.metrics[n].channel]
        if not channels and not self._channel_near(index):
            return Reading(names, "dossier", self._fraction_of(index, names))
        around = self._metric_names(self._clause_hits(index))
        flow = next((n for n in around if not self._v.metrics[n].channel), None)
        if not channels:
            channel = next((n for n in reversed(around) if self._v.metrics[n].channel), None)
            channels = [channel] if channel else []
        if channels:
            names = (channels[-1],)
        of_name = self._v.metrics[names[0]].of if self._figures[index].of is not None else None
        if of_name is not None and flow is not None and channels:
            of_name = flow
        return Reading(names, "dossier", of_name if of_name not in names else None,
                       flow if channels else None)

    def _fraction_named_twice(self, index: int, hits: list[Match]) -> Reading | None:
        """"đúng hạn: 1.190/1.200 hồ sơ đã giải quyết": in a fraction, the words
        after the unit name the whole when the words before name a part of it;
        with no words before, the part is the one metric of that whole
        ("1.190/1.200 hồ sơ đã giải quyết, đạt 99,2%": on time of resolved)."""
        context = self._contexts[index]
        figure = self._figures[index]
        if figure.of is None or len(hits) != 1 or hits[0].start < figure.end:
            return None
        whole = hits[0].value.target
        for clause in context.clauses:
            found = [h for h in self._hits_in(clause, context.scope)
                     if self._names_dossiers(h.value)]
            if found:
                names = self._metric_names(self._chain(found))
                if self._v.metrics[names[0]].of == whole:
                    return Reading(names, "dossier", whole)
                return None
            if not self._says_nothing(self._before_lead(index, clause)):
                break
        parts = [spec.name for spec in self._v.metrics.values()
                 if spec.of == whole and spec.unit == "dossier"]
        return Reading((parts[0],), "dossier", whole) if len(parts) == 1 else None

    def _fraction_of(self, index: int, names: tuple[str, ...]) -> str | None:
        if self._figures[index].of is None:
            return None
        of_name = self._v.metrics[names[0]].of
        return of_name if of_name not in names else None

    def _channel_near(self, index: int) -> bool:
        """Whether a channel keyword lies in the figure's sentence (a quick test
        before looking at its clauses)."""
        sentence = self._layout.sentences[self._contexts[index].sentence]
        k = bisect.bisect_left(self._channel_starts, sentence.start)
        return k < len(self._channel_starts) and self._channel_starts[k] < sentence.end

    def _clause_hits(self, index: int) -> list[Match]:
        """The dossier keywords of the figure's nearest clause and the words right
        after its unit."""
        context = self._contexts[index]
        before = self._hits_in(context.near, context.scope)
        after = self._hits_in(context.right_first, context.scope) \
            if context.following is None else []
        return [h for h in (*before, *after) if self._names_dossiers(h.value)]

    def _whole_of(self, index: int, readings: list[Reading | None]) -> Reading | None:
        """"2.000 hồ sơ qua mạng trong tổng số 4.200 hồ sơ": a count after a
        totals phrase that follows another count is that count's whole, named
        by the verb of the part (or the part's total)."""
        context = self._contexts[index]
        previous = context.previous
        if previous is None or readings[previous] is None \
                or readings[previous].unit != "dossier":
            return None
        start, end = self._figures[previous].unit_end, self._figures[index].lead
        found = [m for m in self._v.totals.finditer(self._text, start, max(start, end))
                 if self._layout.scope_of(m.start) == context.scope]
        if not found or ";" in self._text[start:end]:
            return None
        own = [h for h in self._hits_in((found[-1].end, end), context.scope)
               if self._names_dossiers(h.value)]
        if own:
            return None     # "… trong tổng số hồ sơ đã giải quyết 4.200": its own words
        part = readings[previous]
        name = part.flow or self._v.metrics[part.names[0]].total
        return Reading((name or "dossiers_other",), "dossier")

    def _percent_reading(self, index: int, readings: list[Reading | None]) -> Reading | None:
        if self._share_of_other(index):
            return None
        hits = self._keyword_hits(index, self._names_percent) \
            or self._lead_hits(index, self._names_percent)
        if hits:
            if hits[-1].value.kind != "metric":
                return self._index_reading(index, "percent", hits[-1].value)
            if self._about_other(index, hits):
                return None
            names = tuple(dict.fromkeys(self._rate_of(h.value.target) for h in hits
                                        if h.value.kind == "metric"))
            return Reading(names, "percent")
        rate = self._bare_rate(index, readings) or self._named_rate(index, readings)
        return Reading((rate,), "percent") if rate else None

    def _named_rate(self, index: int, readings: list[Reading | None]) -> str | None:
        """The first percentage read in a sentence takes a rate named earlier in
        it across commas: "Mức độ hài lòng của người dân, tổ chức … đạt 92,5%",
        "Chỉ số SIPAS … xếp thứ 3/9, đạt 84,5%" (a rank of no index)."""
        context = self._contexts[index]
        previous = context.previous
        while previous is not None:
            if readings[previous] is not None:
                return None
            previous = self._contexts[previous].previous
        start = self._layout.scope_span(context.scope, context.sentence)[0]
        named = [h for h in self._hits_in((start, self._figures[index].start), context.scope)
                 if h.value.kind == "metric" and (self._v.metrics[h.value.target].unit == "percent"
                                                  or self._v.metrics[h.value.target].rate)]
        if not named or self._about_other(index, named[-1:]):
            return None
        return self._rate_of(named[-1].value.target)

    def _unitless_reading(self, index: int) -> Reading | None:
        """"giải quyết trước hạn 7768,": the keyword gives the unit too."""
        hits = self._keyword_hits(index, self._names_unitless)
        if not hits:
            return None
        if hits[-1].value.kind != "metric":
            return self._index_reading(index, "point", hits[-1].value)
        if not self._sentence_counts_dossiers(index) or self._about_other(index, hits):
            return None
        return self._count_reading(index, hits)

    def _about_other(self, index: int, hits: list[Match]) -> bool:
        """Whether the first noun of the keywords' clause counts something other
        than dossiers: "tỷ lệ TTHC được cung cấp trực tuyến đạt 95%"."""
        if not any(self._about_dossiers(h.value) for h in hits):
            return False
        context = self._contexts[index]
        start = max(self._layout.clause_start(hits[0].start),
                    self._layout.scope_span(context.scope, context.sentence)[0])
        levels = self._levels.spans_in((start, self._figures[index].start))
        noun = next((n for n in self._v.subjects.finditer(self._text, start,
                                                          self._figures[index].start)
                     if not any(a <= n.start < b for a, b in levels)), None)
        # ("các xã" in the clause says where, not what is counted)
        return noun is not None and noun.value != "dossier"

    def _about_dossiers(self, hit: Hit) -> bool:
        """A keyword of a dossier count or of the rate of one."""
        if hit.kind != "metric":
            return False
        spec = self._v.metrics[hit.target]
        return spec.unit == "dossier" or hit.target in self._v.rates

    def _part_before(self, index: int) -> bool:
        """A part of an index named between the figure before and this one:
        "điểm trung bình Chỉ số CCHC của các huyện là 81,4", "5/9 chỉ số thành
        phần … đạt trên 85%"."""
        context = self._contexts[index]
        sentence = self._layout.sentences[context.sentence]
        start = sentence.start if context.previous is None \
            else self._figures[context.previous].end
        # Within the figure's own clause ("Điểm trung bình … 82,3 điểm; xã Tân Lập
        # đạt 91,5 điểm", "huyện tự chấm 90,5 điểm, điểm thẩm định … 88,25 điểm").
        start = max(start, context.near[0])
        lo = bisect.bisect_left(self._index_starts, start)
        hi = bisect.bisect_left(self._index_starts, self._figures[index].start)
        return any(self._index_hits[k].value.kind == "index_part" for k in range(lo, hi))

    def _part_after(self, index: int) -> bool:
        """A part or an average named right after the figure, in its clause:
        "thấp hơn 1,3 điểm so với điểm trung bình các huyện"."""
        start, end = self._contexts[index].right_first
        k = bisect.bisect_left(self._index_starts, start)
        return k < len(self._index_starts) and self._index_starts[k] < end \
            and self._index_hits[k].value.kind == "index_part"

    def _weighs(self, index: int) -> bool:
        """A weight of the methodology in the figure's clause: "lĩnh vực … chiếm
        30% tổng điểm"."""
        context = self._contexts[index]
        start, end = context.near
        k = bisect.bisect_left(self._weights, start)
        return k < len(self._weights) and self._weights[k] < end \
            and any(h.value.kind == "index_weight" for h in self._hits_in(context.near,
                                                                          context.scope))

    def _share_of_other(self, index: int) -> bool:
        """"1.501/1.659 thủ tục hành chính, đạt 91%": the share of a count of
        something else."""
        context = self._contexts[index]
        previous = context.previous
        if previous is None or self._figures[previous].unit != OTHER:
            return False
        if context.clauses[-1][0] != self._figures[previous].unit_end:
            return False
        return all(self._says_nothing(self._before_lead(index, c)) for c in context.clauses)

    def _index_reading(self, index: int, unit: str, hit: Hit | None = None) -> Reading | None:
        if self._in_contest(index) or (hit is not None and hit.kind == "index_part") \
                or self._part_before(index) or self._part_after(index) \
                or (unit != "rank" and self._weighs(index)):
            return None
        name = hit.target if hit is not None and hit.kind == "index" else self._index_of(index)
        if name is None:
            return None
        first = self._figures[index].numbers[0]
        if unit == "point" and first.of_value is not None and self._v.full_scale \
                and first.of_value != self._v.full_scale:
            return None    # "đạt 7,75/12,5 điểm": a part's score
        metric = self._v.metric_for(name, "rank" if unit == "rank" else "score")
        if metric is None or unit not in self._v.metrics[metric].units:
            return None
        return Reading((metric,), unit)

    # -- keywords ----------------------------------------------------------------

    def _keyword_hits(self, index: int, accept: Callable[[Hit], bool]) -> list[Match]:
        context = self._contexts[index]
        qualifier = self._qualifier(index, accept)
        if qualifier is not None:
            return [qualifier]
        for clause in context.clauses:
            found = [h for h in self._hits_in(clause, context.scope) if accept(h.value)]
            if found:
                return self._chain(found)
            if not self._says_nothing(self._before_lead(index, clause)):
                break
        after = [h for h in self._hits_in(context.right_first, context.scope) if accept(h.value)]
        return after[:1]

    def _lead_hits(self, index: int, accept: Callable[[Hit], bool]) -> list[Match]:
        """A figure with no keyword of its own after a colon takes the keywords
        of the lead before it: "Tỷ lệ … đúng hạn của các xã: An Hòa 99,9%, Bình
        Minh 99,7%" — when nothing between the colon and it names a metric."""
        context = self._contexts[index]
        scope_start = self._layout.scope_span(context.scope, context.sentence)[0]
        figure = self._figures[index]
        colon = self._text.rfind(":", scope_start, figure.start)
        if colon < 0 or any(h.value.kind == "metric"
                            for h in self._hits_in((colon, figure.start), context.scope)):
            return []
        found = [h for h in self._hits_in((scope_start, colon), context.scope)
                 if accept(h.value)]
        return self._chain(found) if found else []

    def _qualifier(self, index: int, accept: Callable[[Hit], bool]) -> Match | None:
        """A keyword right after the unit qualifies the noun: "tiếp nhận 1.520 hồ
        sơ trực tuyến và 318 …" counts online dossiers.  Not when it leads
        straight into the next number: in "34.093 hồ sơ giải quyết đúng quy
        định 34.085" the keyword is the 34.085's."""
        context = self._contexts[index]
        start = self._figures[index].unit_end
        following = context.following
        # Up to the next figure's own words: "… đúng hẹn trên 2.700" leaves "trên" out.
        end = min(self._figures[following].start, self._figures[following].lead) \
            if following is not None else context.right_first[1]
        found = [h for h in self._hits_in((start, end), context.scope) if accept(h.value)]
        if not found or not self._says_nothing((start, found[0].start)):
            return None
        hit = found[0]
        if following is not None and self._says_nothing((hit.end, end)) \
                and not self._only_joiners(hit.end, end):
            return None
        return hit

    def _hits_in(self, span: Span, scope: int) -> list[Match]:
        lo = bisect.bisect_left(self._hit_starts, span[0])
        hi = bisect.bisect_left(self._hit_starts, span[1])
        if lo == hi:    # most spans hold no keyword: no list comprehension for them
            return []
        return [self._hits[k] for k in range(lo, hi)
                if self._hit_scopes[k] == scope and self._hits[k].end <= span[1]]

    def _chain(self, found: list[Match]) -> list[Match]:
        """The nearest keyword and those joined to it by "và"."""
        chain = [found[-1]]
        for hit in reversed(found[:-1]):
            if not self._only_joiners(hit.end, chain[-1].start):
                break
            chain.append(hit)
        return chain[::-1]

    def _only_joiners(self, start: int, end: int) -> bool:
        """"tiếp nhận và giải quyết": a joiner and nothing else between two keywords."""
        if not _WORD.search(self._text, start, end):
            return False
        return self._only(self._v.joiners, start, end)

    def _before_lead(self, index: int, clause: Span) -> Span:
        """The clause without the words that modify the number ("tăng", "hơn")."""
        lead = self._figures[index].lead
        return (clause[0], min(clause[1], lead)) if lead >= clause[0] else clause

    def _says_where(self, span: Span) -> bool:
        """Only level words, where-words ("của") and linking words."""
        pos = span[0]
        for start, end in self._levels.spans_in(span):
            if not self._only(self._v.where, pos, start):
                return False
            pos = end
        return self._only(self._v.where, pos, span[1])

    def _says_nothing(self, span: Span) -> bool:
        return self._only(self._v.linking, span[0], span[1])

    def _only(self, matcher, start: int, end: int) -> bool:
        """Whether text[start:end] holds only the matcher's phrases and punctuation."""
        if not _WORD.search(self._text, start, end):
            return True
        pos = start
        for match in matcher.finditer(self._text, start, end):
            if _WORD.search(self._text, pos, match.start):
                return False
            pos = match.end
        return not _WORD.search(self._text, pos, end)

    def _metric_names(self, hits: list[Match]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.value.target for h in hits if h.value.kind == "metric"))

    def _names_dossiers(self, hit: Hit) -> bool:
        return hit.kind == "metric" and self._v.metrics[hit.target].unit == "dossier"

    def _names_percent(self, hit: Hit) -> bool:
        if hit.kind == "metric":
            spec = self._v.metrics[hit.target]
            return spec.unit == "percent" or spec.rate is not None
        return hit.kind in ("index", "index_generic", "index_part")

    def _names_unitless(self, hit: Hit) -> bool:
        return self._names_dossiers(hit) or hit.kind in ("index", "index_generic", "index_part")

    def _rate_of(self, name: str) -> str:
        spec = self._v.metrics[name]
        return spec.rate if spec.unit != "percent" and spec.rate else name

    # -- borrowed names ------------------------------------------------------------

    def _split_of(self, index: int, readings: list[Reading | None]) -> str | None:
        """A count naming only its level repeats the figure it splits by level:
        "12.309 hồ sơ ( cấp huyện 3.433 …", "… 3.440 hồ sơ, ở cấp xã 34.093 hồ sơ"."""
        context = self._contexts[index]
        own = self._levels.own(context)
        if own is None or own == WHOLE:
            return None
        source = context.parent
        if source is None and context.previous is not None:
            if self._levels.own(self._contexts[context.previous]) != own:
                source = context.previous
        reading = readings[source] if source is not None else None
        if reading is None or reading.unit != "dossier":
            return None
        return reading.names[0]

    def _total_of(self, index: int) -> str | None:
        """A count detailed by the figure after it is their total: "34.093 hồ
        sơ giải quyết đúng quy định 34.085", "5.000 hồ sơ, trong đó …"."""
        context = self._contexts[index]
        detail = context.following
        if detail is None and context.after is not None:
            start = _skip_punctuation(self._text, self._figures[index].unit_end)
            opening = self._v.breakdown.match_at(self._text, start)
            detail = context.after if opening is not None and opening.value else None
        if detail is None:
            return None
        names = self._metric_names(self._keyword_hits(detail, self._names_dossiers))
        return self._v.metrics[names[0]].total if names else None

    def _change_of(self, index: int, readings: list[Reading | None]) -> str | None:
        """"tiếp nhận 600 hồ sơ; so với quý I tăng 50 hồ sơ": a change with no
        keyword of its own changes the count before it."""
        previous = self._contexts[index].previous
        if not self._figures[index].delta or previous is None:
            return None
        reading = readings[previous]
        return reading.names[0] if reading is not None and reading.unit == "dossier" else None

    def _bare_rate(self, index: int, readings: list[Reading | None]) -> str | None:
        """A percentage with no keyword right after another figure: "34.085 hồ sơ
        đạt 99,9%" is the rate of the count; "SIPAS đạt 86,54%, tăng 2,1%" and
        "chỉ số đạt 86,12%, tăng 1,3%" change the percentage before."""
        context = self._contexts[index]
        previous = context.previous
        if previous is None and context.parent is not None:
            # "5.180 hồ sơ (đạt 99,6%)": the rate of the count the parenthesis follows.
            reading = readings[context.parent]
            if reading is None or reading.unit != "dossier" or self._figures[index].delta \
                    or not all(self._says_nothing(self._before_lead(index, c))
                               for c in context.clauses):
                return None
            rates = [self._v.metrics[n].rate for n in reading.names if self._v.metrics[n].rate]
            return rates[0] if rates else None
        if previous is None or readings[previous] is None:
            return None
        if context.clauses[-1][0] != self._figures[previous].unit_end:
            return None   # a ";" lies between them
        reading = readings[previous]
        delta = self._figures[index].delta
        # The words right after the count are its own ("1.190/1.200 hồ sơ đã giải
        # quyết, đạt 99,2%"): only what follows them must say nothing.
        own_end = self._contexts[previous].right[1]
        clauses = [(max(a, own_end), b) for a, b in context.clauses if b > own_end] \
            if reading.unit == "dossier" else list(context.clauses)
        if not all(self._says_nothing(self._before_lead(index, c)) for c in clauses):
            # "đúng hạn của huyện đạt 99,5%, của các xã đạt 99,8%": the same rate
            # for the tier the clause names.
            if reading.unit == "percent" and not delta and not self._figures[previous].delta \
                    and all(self._says_where(self._before_lead(index, c))
                            for c in context.clauses) \
                    and any(self._levels.own_in(c, context.scope) for c in context.clauses):
                return reading.names[0]
            return None
        spec = self._v.metrics[reading.names[0]]
        if reading.unit == "rank" and spec.index and not delta:
            # "đứng vị trí thứ hai với kết quả 83,98%": the score of the ranked index
            return self._v.metric_for(spec.index, "score")
        if reading.unit == "dossier":
            # A change of a count in percent is its growth, not a rate.
            rates = [self._v.metrics[n].rate for n in reading.names if self._v.metrics[n].rate]
            return rates[0] if rates and not delta else None
        spec = self._v.metrics[reading.names[0]]
        return spec.name if delta and "percent" in spec.units else None

    # -- indexes -------------------------------------------------------------------

    def _index_of(self, index: int) -> str | None:
        """The index named nearest before the figure in its sentence, else after
        it, else earlier in its paragraph; None when that is a part of an index
        ("tiêu chí …", "điểm trung bình")."""
        name = self._nearest_index(index)
        return None if name is None or name == _PART else name

    def _nearest_index(self, index: int) -> str | None:
        figure = self._figures[index]
        # "xếp thứ 3 về Chỉ số CCHC": an index named right after the figure is its own;
        # "xếp thứ 3 về Chỉ số SIPAS" ranks a rate of the vocabulary, no index.
        start, end = self._contexts[index].right_first
        h = bisect.bisect_left(self._hit_starts, start)
        if h < len(self._hits) and self._hit_starts[h] < end \
                and self._hits[h].value.kind == "metric" \
                and self._v.metrics[self._hits[h].value.target].unit == "percent":
            return None
        k = bisect.bisect_left(self._index_starts, start)
        if k < len(self._index_starts) and self._index_starts[k] < end \
                and self._index_hits[k].value.kind != "index_part":
            return self._index_hits[k].value.target
        layout = self._layout
        sentence = layout.sentences[self._contexts[index].sentence]
        paragraph_start = layout.paragraphs[sentence.paragraph][0]
        before = bisect.bisect_left(self._index_starts, figure.start) - 1
        if before >= 0 and self._index_starts[before] >= sentence.start:
            return self._index_hits[before].value.target or _PART
        after = bisect.bisect_left(self._index_starts, figure.end)
        if after < len(self._index_starts) and self._index_starts[after] < sentence.end:
            return self._index_hits[after].value.target or _PART
        if before >= 0 and self._index_starts[before] >= paragraph_start:
            return self._index_hits[before].value.target or _PART
        return None

    def _is_target(self, index: int) -> bool:
        """"phấn đấu … đạt 100%": a target earlier in the sentence, not a result."""
        sentence = self._layout.sentences[self._contexts[index].sentence]
        k = bisect.bisect_left(self._targets, self._figures[index].start) - 1
        return k >= 0 and self._targets[k] >= sentence.start

    def _in_contest(self, index: int) -> bool:
        return self._contexts[index].sentence in self._contests

    def _sentence_counts_dossiers(self, index: int) -> bool:
        """Whether the figure's sentence counts dossiers ("hồ sơ" somewhere in it)."""
        number = self._contexts[index].sentence
        if number not in self._counting:
            sentence = self._layout.sentences[number]
            self._counting[number] = any(
                m.value == "dossier"
                for m in self._v.units.finditer(self._text, sentence.start, sentence.end))
        return self._counting[number]


def _skip_punctuation(text: str, pos: int) -> int:
    return _SPACE_OR_MARK.match(text, pos).end()

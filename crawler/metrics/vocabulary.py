"""Load vocabulary.toml into an immutable, compiled Vocabulary.

The engine knows no Vietnamese: every word it looks for comes from here.
The table is read once, at import, relative to this file.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from crawler.metrics.phrases import PhraseError, PhraseMatcher, TrieScanner, canonical, expand

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")

SCHEMA = 1
UNITS = ("dossier", "percent", "point", "rank")
LEVELS = ("province", "district", "commune")
WHOLE = "whole"  # a whole-area marker: level null, and the search stops


class VocabularyError(ValueError):
    """vocabulary.toml is malformed."""


@dataclass(frozen=True)
class MetricSpec:
    name: str
    units: tuple[str, ...]
    means: str
    keywords: tuple[str, ...]
    rate: str | None = None
    negatable: bool = False
    index: str | None = None
    role: str | None = None
    default_level: str | None = None
    level_scope: str = "sentence"
    total: str | None = None
    of: str | None = None        # the denominator's metric in a fraction
    channel: bool = False        # a channel count (online, postal): wins over the verb

    @property
    def unit(self) -> str:
        return self.units[0]


@dataclass(frozen=True)
class Hit:
    """What a keyword means: kind is metric, index, index_weak, index_generic,
    index_part (a part of an index or an average), index_weight (a weight of
    the index's methodology), target (a plan's figures
    follow) or contest (the sentence is about a contest)."""
    kind: str
    target: str | None = None


@dataclass(frozen=True)
class PeriodWords:
    year: tuple[str, ...]
    now: tuple[str, ...]
    quarter: tuple[str, ...]
    month: tuple[str, ...]
    first_half: tuple[str, ...]
    second_half: tuple[str, ...]
    first_quarter: tuple[str, ...]
    anchors: tuple[str, ...]
    unrepresentable: re.Pattern
    plan: PhraseMatcher        # value True for a plan word, False for "not a plan"
    comparison: PhraseMatcher


@dataclass(frozen=True)
class NumberWords:
    digits: Mapping[str, int]
    ten: frozenset[str]
    tens: frozenset[str]
    hundred: frozenset[str]
    filler: frozenset[str]
    multipliers: Mapping[str, int]
    ordinals: Mapping[str, int]

    @property
    def all_words(self) -> tuple[str, ...]:
        return (*self.digits, *self.ten, *self.tens, *self.hundred, *self.filler,
                *self.multipliers, *self.ordinals)


@dataclass(frozen=True)
class Vocabulary:
    metrics: Mapping[str, MetricSpec]
    indexes: Mapping[str, Mapping[str, str]]   # index id -> {role: metric name}
    hits: PhraseMatcher          # keyword -> Hit (None: neutral)
    units: PhraseMatcher         # unit after a number -> unit (None: not a unit)
    prefixes: PhraseMatcher      # word right before a number -> ("unit"|"increase"|..., value)
    levels: PhraseMatcher        # -> province/district/commune/whole (None: not a level)
    tiers: PhraseMatcher         # tier word before a unit's name -> its level ("" unknown)
    province_cities: frozenset[str]  # names a tier word of either level gives the province level
    rate_words: tuple[str, ...]  # a table header with these is a percentage column
    table_totals: frozenset[str] # a table row label that is the whole area
    zero_lead_ins: PhraseMatcher
    zero_fillers: PhraseMatcher
    linking: PhraseMatcher
    joiners: PhraseMatcher
    breakdown: PhraseMatcher     # "trong đó": what follows details the figure before
    totals: PhraseMatcher        # "trong tổng số": the count after is the total of the one before
    where: PhraseMatcher         # "của", "tại": with level words a clause says only where
    subjects: PhraseMatcher      # nouns a number counts -> "dossier" or "other"
    full_scale: int | None       # the scale of an index score ("/100 điểm")
    rates: frozenset[str]        # the percentage metrics that are the rate of a count
    numbers: NumberWords
    periods: PeriodWords
    exclusions: Exclusions

    def metric_for(self, index: str, role: str) -> str | None:
        return self.indexes.get(index, {}).get(role)


def load_vocabulary(path: Path = VOCABULARY_FILE, toneless: bool = False) -> Vocabulary:
    """Read and compile a vocabulary file; VocabularyError says what is wrong.

    toneless: every phrase without its tone marks and other diacritics, for
    text typed without them ("tiep nhan 1.234 ho so"); where two phrases then
    meet, the first in the file wins."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if toneless:
            data = _fold(data)
            data.setdefault("tolerance", {})["tone_marks"] = []
        return _build(data, strict=not toneless)
    except VocabularyError as exc:
        raise VocabularyError(f"{path.name}: {exc}") from exc
    except (tomllib.TOMLDecodeError, PhraseError, KeyError, TypeError, re.error) as exc:
        raise VocabularyError(f"{path.name}: {type(exc).__name__}: {exc}") from exc


def strip_marks(text: str) -> str:
    """text without tone marks and other diacritics ("đã tiếp nhận" -> "da tiep nhan")."""
    decomposed = unicodedata.normalize("NFD", text).translate(_PLAIN_LETTERS)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PLAIN_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def _fold(value):
    """The vocabulary data with every string (keys too) stripped of its marks."""
    if isinstance(value, str):
        return strip_marks(value)
    if isinstance(value, list):
        return [_fold(v) for v in value]
    if isinstance(value, dict):
        folded: dict = {}
        for key, item in value.items():
            folded.setdefault(_fold(key), _fold(item))
        return folded
    return value


def _build(data: dict, strict: bool = True) -> Vocabulary:
    if data.get("schema") != SCHEMA:
        raise VocabularyError(f"schema {data.get('schema')!r}, expected {SCHEMA}")
    matcher = functools.partial(PhraseMatcher, strict=strict)
    metrics = _metrics(data["metric"])
    indexes = _indexes(metrics)
    return Vocabulary(
        metrics=MappingProxyType(metrics),
        indexes=MappingProxyType(indexes),
        hits=matcher(_tolerant(list(_hit_table(data, metrics)),
                                     data.get("tolerance", {}))),
        units=matcher(_unit_table(data)),
        prefixes=matcher(_prefix_table(data)),
        levels=matcher(_level_table(data["level"])),
        tiers=matcher(_tier_table(data.get("entity", {}))),
        province_cities=frozenset(canonical(name) for name in data.get("entity", {}).get("province_cities", ())),
        rate_words=tuple(canonical(w) for w in data.get("table", {}).get("rate_words", ())),
        table_totals=frozenset(canonical(w) for w in data.get("table", {}).get("totals", ())),
        zero_lead_ins=matcher((p, True) for p in data["zero"]["lead_ins"]),
        zero_fillers=matcher((p, True) for p in data["zero"]["fillers"]),
        linking=matcher((p, True) for p in data["grammar"]["linking"]),
        joiners=matcher((p, True) for p in data["grammar"]["joiners"]),
        breakdown=matcher((p, True) for p in data["grammar"].get("breakdown", ())),
        totals=matcher((p, True) for p in data["grammar"].get("totals", ())),
        where=matcher((p, True) for p in (*data["grammar"]["linking"],
                                                *data["grammar"].get("where", ()))),
        subjects=matcher(_subject_table(data.get("subjects", {}))),
        full_scale=data["index_words"].get("full_scale"),
        rates=frozenset(s.rate for s in metrics.values() if s.rate),
        numbers=_number_words(data["number_words"], data.get("ordinals", {})),
        periods=_period_words(data["period"], matcher),
        exclusions=_exclusions(data.get("exclusion", [])),
    )


def _metrics(table: dict) -> dict[str, MetricSpec]:
    metrics = {}
    for name, entry in table.items():
        units = tuple(entry.get("units", [entry["unit"]]))
        if not set(units) <= set(UNITS):
            raise VocabularyError(f"metric {name}: unknown unit in {units}")
        metrics[name] = MetricSpec(
            name=name, units=units, means=entry.get("means", ""),
            keywords=tuple(entry.get("keywords", ())), rate=entry.get("rate"),
            negatable=bool(entry.get("negatable", False)), index=entry.get("index"),
            role=entry.get("role"), default_level=entry.get("default_level"),
            level_scope=entry.get("level_scope", "sentence"), total=entry.get("total"),
            of=entry.get("of", entry.get("total")), channel=bool(entry.get("channel", False)))
    for spec in metrics.values():
        for key in ("rate", "total", "of"):
            if getattr(spec, key) is not None and getattr(spec, key) not in metrics:
                raise VocabularyError(f"metric {spec.name}: unknown {key} {getattr(spec, key)}")
        if spec.default_level not in (None, *LEVELS):
            raise VocabularyError(f"metric {spec.name}: unknown level {spec.default_level}")
    return metrics


def _indexes(metrics: dict[str, MetricSpec]) -> dict[str, Mapping[str, str]]:
    indexes: dict[str, dict[str, str]] = {}
    for spec in metrics.values():
        if spec.index is not None:
            indexes.setdefault(spec.index, {})[spec.role or "score"] = spec.name
    return {key: MappingProxyType(value) for key, value in indexes.items()}


def _hit_table(data: dict, metrics: dict[str, MetricSpec]):
    for spec in metrics.values():
        for phrase in spec.keywords:
            yield phrase, Hit("metric", spec.name)
    for index, entry in data["index"].items():
        for phrase in entry.get("keywords", ()):
            yield phrase, Hit("index", index)
        for phrase in entry.get("weak_keywords", ()):
            yield phrase, Hit("index_weak", index)
    for phrase in data["index_words"]["generic"]:
        yield phrase, Hit("index_generic")
    for phrase in data["index_words"].get("parts", ()):
        yield phrase, Hit("index_part")
    for phrase in data["index_words"].get("weights", ()):
        yield phrase, Hit("index_weight")
    for phrase in data["index_words"]["blockers"]:
        yield phrase, Hit("contest")
    for phrase in data["grammar"].get("targets", ()):
        yield phrase, Hit("target")
    for phrase in data["neutral"]["phrases"]:
        yield phrase, None


def _subject_table(table: dict):
    for kind in ("dossier", "procedure", "other"):
        for phrase in table.get(kind, ()):
            yield phrase, kind


def _tolerant(table: list[tuple[str, object]], tolerance: dict) -> list[tuple[str, object]]:
    """The table plus, for metric keywords of min_words words or more, every
    spelling with one tone mark wrong, missing or added that is not a phrase
    of the table itself (two keywords sharing a slip lose it)."""
    marks = frozenset(tolerance.get("tone_marks", ()))
    if not marks:
        return table
    vowels = frozenset(tolerance.get("vowels", ""))
    exact: dict[str, object] = {}
    for pattern, value in table:
        for literal in expand(pattern):
            exact.setdefault(literal, value)
    slips: dict[str, object] = {}
    for literal, value in exact.items():
        if not isinstance(value, Hit) or value.kind != "metric" \
                or len(literal.split()) < tolerance.get("min_words", 2):
            continue
        for slip in _tone_slips(literal, marks, vowels):
            if slip in exact:
                continue
            slips[slip] = value if slips.get(slip, value) == value else _CLASH
    return table + [(slip, value) for slip, value in slips.items() if value is not _CLASH]


_CLASH = object()


def _tone_slips(phrase: str, marks: frozenset[str], vowels: frozenset[str]) -> Iterator[str]:
    words = phrase.split(" ")
    for k, word in enumerate(words):
        for slip in _word_slips(word, marks, vowels):
            yield " ".join((*words[:k], slip, *words[k + 1:]))


def _word_slips(word: str, marks: frozenset[str], vowels: frozenset[str]) -> Iterator[str]:
    chars = list(unicodedata.normalize("NFD", word))
    toned = [i for i, c in enumerate(chars) if c in marks]
    if len(toned) > 1:
        return
    if toned:
        i = toned[0]
        yield unicodedata.normalize("NFC", "".join(chars[:i] + chars[i + 1:]))
        for mark in marks - {chars[i]}:
            yield unicodedata.normalize("NFC", "".join(chars[:i] + [mark] + chars[i + 1:]))
        return
    for i, c in enumerate(chars):
        if c in vowels:
            j = i + 1
            while j < len(chars) and unicodedata.combining(chars[j]):
                j += 1
            for mark in marks:
                yield unicodedata.normalize("NFC", "".join(chars[:j] + [mark] + chars[j:]))


def _unit_table(data: dict):
    for unit, phrases in data["units"].items():
        if unit not in UNITS:
            raise VocabularyError(f"[units]: unknown unit {unit}")
        for phrase in phrases:
            yield phrase, unit
    for phrase in data["units_shadow"]["phrases"]:
        yield phrase, None


def _prefix_table(data: dict):
    """Words right before a number: a unit, a change, an approximation."""
    for unit, phrases in data["units_before"].items():
        for phrase in phrases:
            yield phrase, ("unit", unit)
    modifiers = data["modifiers"]
    for kind in ("approximate", "increase", "decrease"):
        for phrase in modifiers[kind]:
            yield phrase, (kind, None)


def _tier_table(table: dict):
    for level in (*LEVELS, "either"):
        for phrase in table.get(level, ()):
            yield phrase, (level if level != "either" else "")


def _level_table(table: dict):
    for level in (*LEVELS, WHOLE):
        for phrase in table.get(level, ()):
            yield phrase, level
    for phrase in table.get("none", ()):
        yield phrase, None


def _exclusions(entries: list[dict]) -> Exclusions:
    """Merge the exclusion patterns into two fast regular expressions.

    Patterns led by \\d become one "\\d(?:rest|rest…)"; patterns led by words
    become one trie of those words with each pattern's rest at its leaf.
    Either shape lets the regex engine skip to where a match can start.  The
    rest of a pattern that hides periods is wrapped in a group "hide<n>".
    """
    digits: list[str] = []
    words: dict[str, list[str]] = {}
    hiding: list[str] = []

    def rest(pattern: str, hides: bool) -> str:
        if not hides:
            return pattern
        hiding.append(f"hide{len(hiding)}")
        return f"(?P<{hiding[-1]}>{pattern})"

    for entry in entries:
        hides = bool(entry.get("hides_periods", False))
        pattern = entry["pattern"]
        re.compile(pattern)   # report a broken pattern with its own text
        if entry.get("after"):
            for word in entry["after"]:
                words.setdefault(canonical(word), []).append(rest(pattern, hides))
        elif pattern.startswith("\\d"):
            digits.append(rest(pattern[2:], hides))
        else:
            lead = _LITERAL_LEAD.match(pattern)
            if lead is None or not lead.group().strip():
                raise VocabularyError(f"exclusion {entry.get('name')!r}: start the pattern "
                                      f"with \\d or a word, or give 'after' words")
            lead_text = lead.group().strip()
            words.setdefault(canonical(lead_text), []).append(
                rest(pattern[len(lead_text):], hides))
    digit_led = f"\\d(?:{'|'.join(f'(?:{r})' for r in digits)})" if digits else r"(?!)"
    return Exclusions(re.compile(digit_led, re.MULTILINE), TrieScanner(words), tuple(hiding))


@dataclass(frozen=True)
class Exclusions:
    """The merged exclusion patterns.  Only spans that can hide a number
    matter: the digit-led patterns are tried where a number starts, the
    word-led ones in the lines that hold numbers."""
    digit_led: re.Pattern
    word_led: TrieScanner
    hiding_groups: tuple[str, ...]

    def around(self, text: str, starts: Sequence[int], lines: Sequence[tuple[int, int]]
               ) -> Iterator[tuple[int, int, bool]]:
        """(start, end, hides periods) of the exclusions at the number starts
        and inside the lines (whole lines, so that ^ and $ keep their meaning)."""
        digit_led = self.digit_led.match
        group, hiding = self._groups(self.digit_led)
        for start in starts:
            if text[start].isdigit() and (match := digit_led(text, start)) is not None \
                    and (span := _span(match, group, hiding)) is not None:
                yield span
        # (The scanner's two regexes have the same groups.)
        group, hiding = self._groups(self.word_led.anchored)
        for start, end in lines:
            for match in self.word_led.finditer(text, start, end):
                if (span := _span(match, group, hiding)) is not None:
                    yield span

    def _groups(self, pattern: re.Pattern) -> tuple[str | int, tuple[str, ...]]:
        """The group that is the exclusion (0: the whole match) and the hiding
        groups of a pattern, looked up once per text, not once per match."""
        names = pattern.groupindex
        return ("phrase" if "phrase" in names else 0,
                tuple(n for n in self.hiding_groups if n in names))


def _span(match: re.Match, group: str | int, hiding: tuple[str, ...]
          ) -> tuple[int, int, bool] | None:
    """(start, end, hides periods) of an exclusion; None when empty."""
    start, end = match.span(group)
    if end > start:
        return start, end, any(match.group(n) is not None for n in hiding)
    return None


# The plain words a pattern starts with: "mức độ" in "mức độ\\s+\\d".
_LITERAL_LEAD = re.compile(r"[^\W\d_][^\W_ ]*(?: [^\W_ ]+)*")


def _number_words(table: dict, ordinals: dict) -> NumberWords:
    def words(key: str) -> frozenset[str]:
        return frozenset(canonical(w) for w in table.get(key, ()))

    return NumberWords(
        digits=MappingProxyType({canonical(k): int(v) for k, v in table["digits"].items()}),
        ten=words("ten"), tens=words("tens"), hundred=words("hundred"), filler=words("filler"),
        multipliers=MappingProxyType(
            {canonical(k): int(v) for k, v in table["multipliers"].items()}),
        ordinals=MappingProxyType({canonical(k): int(v) for k, v in ordinals.items()}))


def _period_words(table: dict, matcher=PhraseMatcher) -> PeriodWords:
    def words(key: str) -> tuple[str, ...]:
        return tuple(canonical(w) for w in table.get(key, ()))

    plan = [(p, True) for p in table.get("plan", ())]
    plan += [(p, False) for p in table.get("not_plan", ())]
    unrepresentable = "|".join(f"(?:{p})" for p in table.get("unrepresentable", ())) or "(?!)"
    return PeriodWords(
        year=words("year"), now=words("now"), quarter=words("quarter"),
        month=words("month"), first_half=words("first_half"),
        second_half=words("second_half"), first_quarter=words("first_quarter"),
        anchors=words("anchors"),
        unrepresentable=re.compile(unrepresentable),
        plan=matcher(plan),
        comparison=matcher((p, True) for p in table.get("comparison", ())))


VOCABULARY = load_vocabulary()
# The same words without their marks, for text typed without them.
TONELESS_VOCABULARY = load_vocabulary(toneless=True)

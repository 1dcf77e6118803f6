"""Vietnamese numbers: "3.440", "33 258", "83,54", "08", "1 nghìn 800",
"1,2 nghìn", "2 triệu", "hai", "mười lăm", "một trăm".

"." and a single space group thousands; "," is the decimal mark; a "." before
one or two digits ("83.54") is read as a decimal mark too, since a thousands
group always has three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import NamedTuple

from crawler.metrics.phrases import PhraseMatcher, canonical
from crawler.metrics.vocabulary import VOCABULARY, NumberWords

# More digits than this is not a figure (and would not survive a float).
MAX_DIGITS = 15

_END = r"(?![.,]?\d)"
# The first digit comes first so the regex engine can skip to digits; the
# checks after it keep numbers glued to a word or another number out
# ("covid-19", "a.5", "61/2018").
_FIRST_DIGIT = r"\d(?<![\w/]\d)(?<!\w[-./]\d)"
# The rest of a number after its first digit.
_REST = (
    r"(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?" + _END     # 1.234.567, 1.234,5
    + r"|\d{0,2}(?:\x20\d{3})+" + _END            # 33 258
    + r"|\d*,\d+" + _END                           # 83,54
    + r"|\d*\.\d{1,2}" + _END                      # 83.54
    + r"|\d*" + _END + ")"
)
DIGITS = _FIRST_DIGIT + _REST


class RawNumber(NamedTuple):
    """A number as written: text[start:end] reads value; `of` is "13" in "6/13"."""
    start: int
    end: int
    value: Decimal
    in_words: bool = False
    of_end: int | None = None
    of_value: Decimal | None = None   # the denominator: 5.441 in "5.414/5.441"


class NumberReader:
    """Finds and reads numbers; built from the number words of the vocabulary."""

    def __init__(self, words: NumberWords):
        self._words = words
        multipliers = PhraseMatcher((w, True) for w in words.multipliers).pattern
        self._digit_number = re.compile(
            r"(?P<num>" + DIGITS
            + r"(?:[^\S\n]+" + multipliers + r"(?:[^\S\n]+\d{1,3}" + _END + r"(?!\w))?)*)"
            + r"(?:(?P<of>/(?P<of_num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,4}(?:,\d+)?))"
            + r"(?![\w/]|[.,]\d))?(?![\w/])")
        word = PhraseMatcher((w, True) for w in words.all_words).pattern
        self._word_number = re.compile(word + r"(?:[^\S\n]+" + word + r")*")
        self._multiplier_names = frozenset(words.multipliers)

    def find(self, text: str) -> list[RawNumber]:
        """Numbers in digits (with word multipliers) and in words, in text order."""
        found = [*self._find_digits(text), *self._find_words(text)]
        found.sort(key=_START)
        return found

    def parse(self, text: str) -> Decimal | None:
        """The value of a number's text, or None when it is not one number."""
        text = canonical(text)
        match = self._digit_number.fullmatch(text)
        if match and not match.group("of"):
            return self._digit_value(match.group("num"))
        if self._word_number.fullmatch(text):
            return self.words_value(text.split())
        return None

    def _find_digits(self, text: str) -> list[RawNumber]:
        found = []
        for match in self._digit_number.finditer(text):
            number = match.group("num")
            # Most are plain digits ("2021", "155"), read here without a call.
            value = (Decimal(number) if len(number) <= MAX_DIGITS else None) \
                if number.isdigit() else self._digit_value(number)
            if value is not None:
                of_end = match.end("of") if match.group("of") else None
                of_value = plain_number(match.group("of_num")) if of_end else None
                # tuple.__new__: the named tuple's own __new__ is a Python call.
                found.append(_new_tuple(RawNumber, (match.start(), match.end("num"), value,
                                                    False, of_end, of_value)))
        return found

    def _find_words(self, text: str) -> Iterator[RawNumber]:
        for match in self._word_number.finditer(text):
            value = self.words_value(match.group().split())
            if value is not None:
                yield RawNumber(match.start(), match.end(), value, True)

    def _digit_value(self, text: str) -> Decimal | None:
        """"1 nghìn 800" -> 1800: digit groups, each optionally times a multiplier."""
        if text.isdigit():      # the common case: "2021", "08", "155"
            return Decimal(text) if len(text) <= MAX_DIGITS else None
        if len(text) > MAX_DIGITS and sum(c.isdigit() for c in text) > MAX_DIGITS:
            return None
        if _PLAIN.fullmatch(text):
            return plain_number(text)
        total = Decimal(0)
        current: Decimal | None = None
        for token in _split_words(text):
            if token in self._multiplier_names:
                total += (current if current is not None else Decimal(1)) \
                    * self._words.multipliers[token]
                current = None
            else:
                current = plain_number(token)
        return total + (current or 0)

    def words_value(self, words: list[str]) -> Decimal | None:
        """"hai mươi lăm" -> 25, "một trăm linh năm" -> 105; None when malformed."""
        w = self._words
        if len(words) == 1 and words[0] in w.ordinals:
            return Decimal(w.ordinals[words[0]])
        total, group, digit = 0, 0, None
        for word in words:
            if word in w.digits:
                if digit is not None:
                    return None
                digit = w.digits[word]
            elif word in w.ten:
                if digit is not None or group % 100 >= 10:
                    return None
                group += 10
            elif word in w.tens or word in w.hundred:
                if digit is None:
                    return None
                group += digit * (10 if word in w.tens else 100)
                digit = None
            elif word in w.multipliers:
                amount = group + (digit or 0)
                if amount == 0:
                    return None
                total += amount * w.multipliers[word]
                group, digit = 0, None
            elif word not in w.filler:
                return None
        value = total + group + (digit or 0)
        return Decimal(value) if value else None


_PLAIN = re.compile(r"[\d., ]+")
_START = itemgetter(0)   # RawNumber.start
_new_tuple = tuple.__new__
_TOKEN_SPLIT = re.compile(r"[^\S\n]+(?=[^\d\s])|(?<=[^\d\s])[^\S\n]+")


def _split_words(text: str) -> list[str]:
    """Split "1 nghìn 800" into its parts, keeping "33 258" whole."""
    return [t for t in _TOKEN_SPLIT.split(text) if t]


def plain_number(text: str) -> Decimal:
    """The value of one digit group: "3.440", "33 258", "83,54", "83.54", "08"."""
    text = text.replace(" ", "")
    if "," in text:
        whole, fraction = text.split(",", 1)
        text = whole.replace(".", "") + "." + fraction
    elif "." in text:
        parts = text.split(".")
        if not all(len(p) == 3 for p in parts[1:]):
            text = parts[0] + "." + "".join(parts[1:])
        else:
            text = "".join(parts)
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return Decimal(0)


def as_number(value: Decimal) -> int | float:
    """int when whole (3440, 8, 100), float otherwise (83.54, 99.9)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


NUMBERS = NumberReader(VOCABULARY.numbers)

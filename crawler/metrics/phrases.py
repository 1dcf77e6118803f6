"""The phrase syntax of vocabulary.toml and a fast matcher for phrase tables.

A phrase is plain words plus two pieces of syntax: ``(a|b)`` (either) and
``(…)?`` (optional).  A table maps phrases to values; the matcher compiles
every literal the table stands for into one trie-shaped regular expression,
which stays fast with hundreds of phrases where a plain alternation would
try each phrase at every position.
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

MAX_EXPANSIONS = 512
# Phrases never span a line: a line is a paragraph.
_GAP = r"[^\S\n]+"
_WORD_END = r"(?!\w)"
_SPACES = re.compile(r"\s+")
_MANY_FIRST_LETTERS = 8
# A table with at most this many first words is looked for in a long span by
# those words (str.find, in C), then matched where they stand: the regex
# would try every place where one of their first letters stands.
_FEW_FIRST_WORDS = 6
_LONG_SPAN = 256
# What may stand right before a word in normalised text (all spaces are " ").
_BEFORE_WORD = "[" + re.escape(" \n" + string.punctuation + "“”‘’–—…«»•·°") + "]"


class PhraseError(ValueError):
    """A phrase of the vocabulary cannot be read."""


def canonical(text: str) -> str:
    """The form phrases are stored and looked up in: NFC, lower case, single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).lower()).strip()


def _key(matched: str) -> str:
    """The table key of text matched in canonical text: only spacing may differ."""
    return matched if "  " not in matched and "\t" not in matched else " ".join(matched.split())


def expand(pattern: str) -> list[str]:
    """Every literal phrase a pattern stands for, in canonical form.

    >>> expand("(trong|rong) kỳ")
    ['trong kỳ', 'rong kỳ']
    >>> expand("đã (được )?giải quyết")
    ['đã được giải quyết', 'đã giải quyết']
    """
    variants, end = _parse_sequence(pattern, 0, top=True)
    if end != len(pattern):
        raise PhraseError(f"unbalanced ')' in phrase {pattern!r}")
    result = list(dict.fromkeys(canonical(v) for v in variants if v.strip()))
    if not result:
        raise PhraseError(f"empty phrase {pattern!r}")
    return result


def _parse_sequence(pattern: str, pos: int, top: bool) -> tuple[list[str], int]:
    """Read up to ')' or '|' (or the end); return the variants and the stop position."""
    variants = [""]
    while pos < len(pattern):
        char = pattern[pos]
        if char == "(":
            options, pos = _parse_group(pattern, pos + 1)
            variants = [v + o for v in variants for o in options]
            if len(variants) > MAX_EXPANSIONS:
                raise PhraseError(f"phrase {pattern!r} expands to too many variants")
        elif char in ")|":
            if top and char == "|":
                raise PhraseError(f"'|' outside parentheses in phrase {pattern!r}")
            return variants, pos
        else:
            variants = [v + char for v in variants]
            pos += 1
    return variants, pos


def _parse_group(pattern: str, pos: int) -> tuple[list[str], int]:
    """Read the inside of '( … )' and an optional '?'; pos is after '('."""
    options: list[str] = []
    while True:
        variants, pos = _parse_sequence(pattern, pos, top=False)
        options.extend(variants)
        if pos >= len(pattern):
            raise PhraseError(f"unclosed '(' in phrase {pattern!r}")
        if pattern[pos] == ")":
            pos += 1
            break
        pos += 1  # past '|'
    if pos < len(pattern) and pattern[pos] == "?":
        options.append("")
        pos += 1
    return options, pos


class Match(NamedTuple):
    start: int
    end: int
    value: object


# Matches are built with tuple.__new__, not the named tuple's Python-level
# __new__: the matchers build a few hundred per text.
_new_tuple = tuple.__new__


class PhraseMatcher:
    """Find the phrases of a table in text: leftmost first, then longest.

    A value of None marks a shadow phrase: it is matched (so it hides the
    shorter phrases inside it) but never reported.
    """

    def __init__(self, table: Iterable[tuple[str, object]], strict: bool = True):
        """strict: a phrase with two meanings is an error; else the first wins
        (a table whose spellings were folded, where two phrases may meet)."""
        values: dict[str, object] = {}
        for pattern, value in table:
            for literal in expand(pattern):
                if literal in values and values[literal] != value:
                    if not strict:
                        continue
                    raise PhraseError(
                        f"phrase {literal!r} means both {values[literal]!r} and {value!r}")
                values[literal] = value
        self._values: Mapping[str, object] = MappingProxyType(values)
        self._trie = TrieScanner({phrase: [None] for phrase in values})
        self._regex = self._trie.anchored

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Matches in text (already canonical: NFC, lower case)."""
        values = self._values
        for found in self._trie.finditer(text, start, len(text) if end is None else end):
            phrase = found.group("phrase")
            value = values[phrase if "  " not in phrase and "\t" not in phrase
                           else " ".join(phrase.split())]
            if value is not None:
                yield _new_tuple(Match, (found.start("phrase"), found.end("phrase"), value))

    def find_in(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Match]:
        """Matches inside each of the spans, in order."""
        # finditer inlined: one generator less per span (a text has many).
        values, scan, found = self._values, self._trie.finditer, []
        for start, end in spans:
            for match in scan(text, start, end):
                phrase = match.group("phrase")
                value = values[phrase if "  " not in phrase and "\t" not in phrase
                               else " ".join(phrase.split())]
                if value is not None:
                    found.append(_new_tuple(Match, (match.start("phrase"), match.end("phrase"),
                                                    value)))
        return found

    def match_at(self, text: str, pos: int, end: int | None = None) -> Match | None:
        """The phrase starting exactly at pos; shadows count (value None)."""
        found = self._regex.match(text, pos, len(text) if end is None else end)
        if found is None:
            return None
        return _new_tuple(Match, (found.start(), found.end(), self._values[_key(found.group())]))

    def last_words(self, accept: Callable[[object], bool]) -> tuple[str, ...]:
        """The last words of the phrases whose value passes accept: a text that
        ends with none of them ends with no such phrase (a quick test)."""
        return tuple(sorted({phrase.rsplit(" ", 1)[-1] for phrase, value in self._values.items()
                             if value is not None and accept(value)}))

    @property
    def pattern(self) -> str:
        """The regular expression, for embedding in a larger one."""
        return self._trie.body


class TrieScanner:
    """Many literal phrases as one trie-shaped regular expression.

    entries maps a literal phrase to what may follow it: None for the end of
    a word, or a regular expression ("\\s+\\d{4}" after "năm").  Children are
    tried before endings, so the longest phrase wins.  `anchored` matches a
    phrase at a given place (group "phrase"); finditer scans for them, for a
    large trie by looking for the character before a word first, which lets
    the regex engine skip quickly between word boundaries; for a small one in
    a long span by finding its first words.
    """

    def __init__(self, entries: Mapping[str, Sequence[str | None]]):
        self._first_words: tuple[str, ...] | None = None
        trie: dict = {}
        for phrase, tails in entries.items():
            node = trie
            for char in phrase:
                node = node.setdefault(char, {})
            node.setdefault("", []).extend(tails)
        if not trie:
            self.body = r"(?!)"
            self.anchored = self._scan = re.compile(r"(?P<phrase>(?!))")
            return
        rests = {char: _emit(trie[char], char, word_start=True) for char in trie if char}
        self.body = _emit(trie, "", word_start=True, rests=rests)
        self.anchored = re.compile(f"(?P<phrase>{self.body})", re.MULTILINE)
        # With phrases starting with many different letters, nearly every
        # letter could start one; looking for word starts is then cheaper.
        if len(trie) > _MANY_FIRST_LETTERS and all(_is_word(char) for char in trie):
            self._scan = re.compile(
                f"{_BEFORE_WORD}(?P<phrase>{_emit(trie, '', word_start=False, rests=rests)})", re.MULTILINE)
        else:
            self._scan = self.anchored
            # Every match starts with the words of its phrase up to the first
            # space, as they are written (a space is the only non-literal).
            first_words = {phrase.split(" ", 1)[0] for phrase in entries}
            if len(first_words) <= _FEW_FIRST_WORDS:
                self._first_words = tuple(sorted(first_words))

    def finditer(self, text: str, start: int, end: int) -> Iterable[re.Match]:
        # Iterators, not a generator: this runs for every short span of a text.
        if self._first_words is not None and end - start > _LONG_SPAN:
            return self._find_by_first_words(text, start, end)
        if self._scan is self.anchored:
            return self.anchored.finditer(text, start, end)
        first = self.anchored.match(text, start, end)   # a phrase right at the start
        if first is None:
            return self._scan.finditer(text, start, end)
        return itertools.chain((first,), self._scan.finditer(text, first.end(), end))

    def _find_by_first_words(self, text: str, start: int, end: int) -> list[re.Match]:
        """What anchored.finditer finds: the places where a first word stands,
        tried in order, each after the end of the match before."""
        places = set()
        for word in self._first_words:
            pos = text.find(word, start, end)
            while pos >= 0:
                places.add(pos)
                pos = text.find(word, pos + 1, end)
        found = []
        resume = start
        for pos in sorted(places):
            if pos >= resume and (match := self.anchored.match(text, pos, end)) is not None:
                found.append(match)
                resume = match.end()   # never empty: a phrase has a character
        return found


def _emit(node: dict, previous: str, word_start: bool, rests: dict[str, str] | None = None) -> str:
    """Regex for a trie node; `rests`: its children's, when known already
    (word_start changes only the root's own branches).

    A phrase's first character comes first and the word-boundary check right
    after it: a pattern that starts with plain characters lets the regex
    engine skip quickly to the places where a phrase can begin.
    """
    # Characters followed by the same rest share one branch, as a class:
    # "[iìíĩỉị]ch" for the tone slips of a syllable. The pattern is then a
    # fraction of the size, and so is its compilation (at every start) and
    # the trying of alternatives. The characters exclude one another, so the
    # order of the branches does not change what matches.
    by_rest: dict[tuple[str, bool], list[str]] = {}
    for char in sorted(k for k in node if k):
        guarded = not previous and word_start and _is_word(char)
        rest = rests[char] if rests is not None else _emit(node[char], char, word_start)
        by_rest.setdefault((rest, guarded), []).append(char)
    branches = []
    for (rest, guarded), chars in by_rest.items():
        if chars == [" "]:
            head = _GAP
        elif len(chars) == 1:
            head = re.escape(chars[0])
        else:
            # A space can share a rest only at a phrase's end; it keeps its own branch.
            if " " in chars:
                chars.remove(" ")
                branches.append(_GAP + rest)
            head = re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]"
        branches.append(head + (r"(?<!\w.)" if guarded else "") + rest)
    for tail in dict.fromkeys(node.get("", ())):
        if tail is None:
            branches.append(_WORD_END if _is_word(previous) else "")
        else:
            branches.append(f"(?:{tail})")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _is_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_")

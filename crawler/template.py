"""A portal's template, learned from its own pages.

Blocks that recur across pages of different articles of one portal are its
template: menus, sidebars, counters in any wording, portlet and section
headings, footers, banners. A block is compared by its place in the tree
(the tags and classes of its ancestors) and its own text with digits masked,
so a counter whose numbers change from page to page still matches. The
article is what is not template.

Learning is hashing: each page adds the set of its blocks' signatures
(8-byte hashes) to a count per signature; a signature found on at least half
of the pages learned (and on two of them at least) is template. No page is
compared with another, so learning costs the same on the thousandth page as
on the first.

:class:`PortalTemplate` is a value (``to_bytes`` / ``from_bytes``) for the
state store; :class:`TemplateLearner` holds one per portal during a crawl and
loads and saves them through any object with ``load_template(portal)`` and
``save_template(portal, data)``.
"""

from __future__ import annotations

import functools
import json
import math
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field

from lxml.etree import XPath
from lxml.html import HtmlElement

FORMAT_VERSION = 1
MIN_PAGES = 3            # pages learned before the template is used
MATURE_PAGES = 12        # pages past which a portal's template is known: no page waits for it
SHARE = 0.5              # a template block is on at least this share of the pages
EXACT_SHARE = 0.8        # and a date printed as it is on every page (the header's today) on this share
MAX_SIGNATURES = 60_000  # past this, blocks seen on one page only are forgotten
STORED_FITS = 0.5        # share of a stored template's blocks a page holds when it fits the page
CHANGED_BELOW = 0.7      # Jaccard similarity of two templates under which it "changed"
PROSE_PAGES = 4          # pages a block of prose must be on to be template
SHARED_REFRESH_SECONDS = 2.0   # a worker's copy of a mature shared template is fetched again after
YOUNG_REFRESH_SECONDS = 0.1    # and of a young one, which each page changes
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_PROSE = 80  # own text this long is article prose, for the page's fingerprint
_EXACT_PLACE = 0x5A5A5A5A << 32
_AFTER_LINK = 0x0F0F0F0F << 32
_EXACT_MAX = 120  # texts with digits up to this long are also compared exactly (datelines)


def _signature(path: str, text: str) -> int:
    """64 bits, stable across processes (stored templates are compared with
    this run's): the CRC-32 of the block's place, then of its text."""
    return (zlib.crc32(path.encode("utf-8", "surrogatepass")) << 32) \
        | zlib.crc32(text.encode("utf-8", "surrogatepass"))


_BODY_TEXT = XPath("//body//text()")
_HEAD_TITLE = XPath("/html/head/title")
# Script, style and the like hold one text node, their only child: testing
# the parent is enough. In Python, not in the XPath: a predicate on every
# text node costs more than the query (a tail's element is the one it
# follows, never its parent, so tails stay).
_NO_TEXT_PARENTS = frozenset(("script", "style", "noscript", "template"))


def body_texts(tree: HtmlElement) -> list:
    """The body's text nodes (lxml "smart strings" that know their element)."""
    return [text for text in _BODY_TEXT(tree) if text.is_tail or text.getparent().tag not in _NO_TEXT_PARENTS]


def page_blocks(tree: HtmlElement, texts: list | None = None) -> list[tuple[HtmlElement, int, str]]:
    """(element, signature, own text) of every element of the body with text
    of its own (its text and its children's tails), in document order.

    A short text with digits (a dateline, a counter) is listed twice: with
    its digits masked, then as it is. Masked, a counter whose figures change
    from page to page matches; as it is, a date printed on every page is
    template and an article's dateline is not (see exact_marks).

    `texts`: body_texts(tree), when the caller has them already."""
    own: dict[HtmlElement, list[str]] = {}
    for text in (texts if texts is not None else body_texts(tree)):
        owner = text.getparent()
        if text.is_tail:
            owner = owner.getparent()
        elif owner.tag == "a":
            # A link's words: menus and lists of other news, which pruning
            # and the article region deal with; hashing the hundreds of a
            # mega-menu would be most of the cost.
            continue
        parts = own.get(owner)
        if parts is None:
            own[owner] = [text]
        else:
            parts.append(text)
    places: dict[HtmlElement, int] = {}

    def place_of(el: HtmlElement) -> int:
        """The CRC-32 of the element's path ("/html/body/div.a.b/p"), run
        on from its parent's: the same as over the whole path, with no
        path built."""
        place = places.get(el)
        if place is None:
            parent = el.getparent()
            place = zlib.crc32(_path_step(el.tag, el.get("class")), place_of(parent) if parent is not None else 0)
            places[el] = place
        return place

    blocks = []
    # The head's <title> too: a portal that prints one title on every page
    # ("Site > Section > Chi tiết tin") names no article by it.
    for title in _HEAD_TITLE(tree):
        text = " ".join(title.text_content().split())
        if text:
            blocks.append((title, (place_of(title) << 32) | zlib.crc32(text.lower().encode("utf-8", "surrogatepass")),
                           text))
    for el, parts in own.items():
        text = " ".join("".join(parts).split())
        if not text or not isinstance(el.tag, str):
            continue
        place = place_of(el) << 32
        lowered = text.lower()
        masked = _DIGITS.sub("0", lowered) if _DIGIT.search(lowered) else lowered
        blocks.append((el, place | zlib.crc32(masked.encode("utf-8", "surrogatepass")), text))
        if masked is not lowered and len(text) <= _EXACT_MAX:
            # The exact text, under another place: never equal to a masked one.
            # The place takes in what stands before it: an article's date in
            # another page's list of other news follows a link, its dateline
            # does not, and the two must not meet.
            before = el.getprevious()
            exact = _EXACT_PLACE ^ (_AFTER_LINK if before is not None and before.tag == "a" else 0)
            blocks.append((el, (place ^ exact) | zlib.crc32(lowered.encode("utf-8", "surrogatepass")), text))
    return blocks


@functools.lru_cache(maxsize=4096)  # a portal has a few hundred, met on every page
def _path_step(tag: str, classes: str | None) -> bytes:
    """One step of an element's path: "/div.a.b" (classes sorted)."""
    return ("/" + tag + ("." + ".".join(sorted(classes.split())) if classes else "")).encode("utf-8", "surrogatepass")


def page_summary(blocks: list[tuple[HtmlElement, int, str]]) -> tuple[int | None, frozenset[int]]:
    """What a template learns of a page: the fingerprint of its prose (None
    without prose), by which one article met twice is learned once, and the
    set of its blocks' signatures."""
    prose = sorted(signature for _, signature, text in blocks if len(text) >= _PROSE)
    fingerprint = _signature("page", ",".join(map(str, prose))) if prose else None
    return fingerprint, frozenset(signature for _, signature, _ in blocks)


@dataclass
class PortalTemplate:
    """Signature counts over the pages learned."""

    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    fingerprints: set[int] = field(default_factory=set)  # pages already learned, by their prose
    # Signatures on two pages or more: the only ones that can be template,
    # so that finding the template does not scan every paragraph ever seen.
    repeated: set[int] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self):
        if not self.repeated:
            self.repeated = {s for s, c in self.counts.items() if c > 1}
    _cache: tuple[int, frozenset[int]] | None = field(default=None, repr=False, compare=False)

    @property
    def ready(self) -> bool:
        return self.pages >= MIN_PAGES

    def learn(self, blocks: list[tuple[HtmlElement, int, str]]) -> bool:
        """Adds one page; False when the same article was learned already
        (its prose counted twice would look like template)."""
        return self.add(*page_summary(blocks))

    def add(self, fingerprint: int | None, signatures: frozenset[int]) -> bool:
        """Adds one page by its page_summary."""
        if fingerprint is not None:
            if fingerprint in self.fingerprints:
                return False
            self.fingerprints.add(fingerprint)
        self.pages += 1
        counts, repeated = self.counts, self.repeated
        for signature in signatures:
            count = counts.get(signature, 0) + 1
            counts[signature] = count
            if count == 2:
                repeated.add(signature)
        if len(self.counts) > MAX_SIGNATURES:
            self.counts = {s: self.counts[s] for s in self.repeated}
        return True

    def _floor(self, share: float) -> int:
        """Pages a signature must be on to be on `share` of them (and two)."""
        return max(2, math.ceil(share * self.pages))

    def signatures(self) -> frozenset[int]:
        """The template: signatures on at least SHARE of the pages (and two)."""
        if self._cache is not None and self._cache[0] == self.pages:
            return self._cache[1]
        floor = self._floor(SHARE)
        counts = self.counts
        found = frozenset(s for s in self.repeated if counts[s] >= floor) if self.ready else frozenset()
        self._cache = (self.pages, found)
        return found

    def marks(self, blocks: list[tuple[HtmlElement, int, str]]) -> set[HtmlElement]:
        """The page's elements whose own text is template (digits masked: a
        counter whose figures change is template; so is a dateline's shape,
        see exact_marks)."""
        if not self.ready:
            return set()
        # (Each block's count against the floor: the signatures() set would
        # be rebuilt from every repeated signature after each page learned.)
        floor = self._floor(SHARE)
        # A paragraph of prose on two of a few pages is more likely one
        # article reached under two URLs than a template: it needs more pages.
        prose_floor = max(PROSE_PAGES, floor)
        counts = self.counts
        return {el for el, signature, text in blocks
                if counts.get(signature, 0) >= (floor if len(text) < _PROSE else prose_floor)}

    def exact_marks(self, blocks: list[tuple[HtmlElement, int, str]]) -> set[HtmlElement]:
        """The page's elements whose exact text (digits and all) recurs on
        the portal's pages: a date printed on every page, not an article's."""
        if not self.ready:
            return set()
        # Nearly every page, not half of them: a listing and the home page
        # may print an article's own dateline as its page does.
        return self._exact_on(blocks, self._floor(EXACT_SHARE))

    def recurring(self, blocks: list[tuple[HtmlElement, int, str]]) -> set[HtmlElement]:
        """The page's elements with digits whose exact text, figures and
        all, is on `share` of the pages too (a banner's year, a date): not
        those whose figures change (a counter, a series' headline)."""
        if not self.ready:
            return set()
        return self._exact_on(blocks, self._floor(SHARE))

    def _exact_on(self, blocks: list[tuple[HtmlElement, int, str]], floor: int) -> set[HtmlElement]:
        """The elements whose exact signature (the second of a block with
        digits) is on `floor` pages or more."""
        counts = self.counts
        found, previous = set(), None
        for el, signature, _ in blocks:
            if el is previous and counts.get(signature, 0) >= floor:
                found.add(el)
            previous = el
        return found

    def changing(self, blocks: list[tuple[HtmlElement, int, str]], marks: set[HtmlElement]) -> set[HtmlElement]:
        """The marked elements whose text repeats only with other figures
        (a counter, or the headline of a monthly report of a series)."""
        return _changing(blocks, marks, (self,))

    def similarity(self, other: PortalTemplate) -> float:
        mine, theirs = self.signatures(), other.signatures()
        if not mine and not theirs:
            return 1.0
        return len(mine & theirs) / len(mine | theirs)

    def changed_from(self, other: PortalTemplate | None) -> bool:
        """Whether this template differs from `other` (an earlier run's)."""
        if other is None or not other.ready or not self.ready:
            return False
        return self.similarity(other) < CHANGED_BELOW

    def to_bytes(self) -> bytes:
        data = {"version": FORMAT_VERSION, "pages": self.pages,
                "counts": {format(s, "x"): c for s, c in self.counts.items() if c > 1},
                "fingerprints": [format(f, "x") for f in self.fingerprints]}
        return zlib.compress(json.dumps(data, separators=(",", ":")).encode("ascii"))

    @classmethod
    def from_bytes(cls, data: bytes) -> PortalTemplate:
        """Raises ValueError on data that is not a template of this version."""
        try:
            table = json.loads(zlib.decompress(data))
        except (zlib.error, ValueError) as exc:
            raise ValueError(f"not a stored template: {exc}") from None
        if not isinstance(table, dict) or table.get("version") != FORMAT_VERSION:
            raise ValueError("not a stored template of this version")
        return cls(pages=int(table["pages"]),
                   counts={int(s, 16): int(c) for s, c in table["counts"].items()},
                   fingerprints={int(f, 16) for f in table.get("fingerprints", [])})


@dataclass(frozen=True)
class PageTemplate:
    """The template of a page of one URL pattern: the portal's blocks on
    half its pages, and the blocks on half the pages of its pattern. An
    article's toolbar, portlet heading or counter stands on article pages
    only, which on a small portal or early in a crawl are fewer than half
    the pages learned."""

    portal: PortalTemplate
    pattern: PortalTemplate | None = None

    def marks(self, blocks: list[tuple[HtmlElement, int, str]]) -> set[HtmlElement]:
        marks = self.portal.marks(blocks)
        if self.pattern is not None:
            marks |= self.pattern.marks(blocks)  # (none while it is not ready)
        return marks

    def changing(self, blocks: list[tuple[HtmlElement, int, str]], marks: set[HtmlElement]) -> set[HtmlElement]:
        """The marked elements whose text repeats only with other figures
        (a counter, or the headline of a monthly report, whose series fills
        half the pages of its URL pattern on a small portal)."""
        return _changing(blocks, marks, (self.portal,) if self.pattern is None else (self.portal, self.pattern))

    def exact_marks(self, blocks: list[tuple[HtmlElement, int, str]]) -> set[HtmlElement]:
        # A date printed on every page of the portal, not of one pattern:
        # every article page prints its own dateline in one place.
        return self.portal.exact_marks(blocks)


def template_subtrees(blocks: list[tuple[HtmlElement, int, str]], marks: set[HtmlElement],
                      keep: set[HtmlElement] = frozenset()) -> list[HtmlElement]:
    """The largest subtrees whose every text is template (what to drop),
    never one in `keep` or holding one of `keep`.

    A figure alone ("82,5") in a table row that holds words of the
    article is the article's: with its digits masked, the cells of an
    article's table look alike from one article to the next. So is all
    of a table of figures (two rows of two figures or more): a portal's
    periodic reports repeat its header and the names of its communes,
    row by row, with other figures each time."""
    if not marks:
        return []
    free: set[HtmlElement] = set(keep)
    marked_figures: list[HtmlElement] = []
    figure_cells: set[HtmlElement] = set()
    for el, _, text in blocks:
        if el not in marks:
            free.add(el)
            if text[:1].isdigit() and not _LETTER.search(text):
                figure_cells.add(el)
        elif not _LETTER.search(text):
            marked_figures.append(el)
            if text[:1].isdigit():
                figure_cells.add(el)
    figures: set[HtmlElement] = set()
    if marked_figures:
        rows = {_row(el) for el in free}
        rows.discard(None)
        figures = {el for el in marked_figures if _row(el) in rows}
    tables = _figure_tables(figure_cells)
    if tables:  # kept as article text, and so is what holds them
        free.update(el for el in marks if next(el.iterancestors("table"), None) in tables)
        # and the line that announces one ("Chi tiết theo từng đơn vị:"),
        # which every report of a series repeats word for word
        free.update(caption for caption in map(_caption_of, tables) if caption is not None and caption in marks)
    # Every ancestor of a free element holds article text: it stays.
    holders: set[HtmlElement] = set()
    for el in free:
        for ancestor in el.iterancestors():
            if ancestor in holders:
                break
            holders.add(ancestor)
    doomed = []
    for el in marks:
        if el in holders or el in free or el in figures or el.tag == "title":
            continue
        top = el
        for ancestor in el.iterancestors():
            if ancestor in holders or ancestor in free or ancestor.tag in ("body", "html"):
                break
            top = ancestor
        doomed.append(top)
    # Several marked elements share one top: drop it once.
    unique, seen = [], set()
    for el in doomed:
        if el not in seen:
            seen.add(el)
            unique.append(el)
    return unique


def _changing(blocks: list[tuple[HtmlElement, int, str]], marks: set[HtmlElement],
              templates: tuple[PortalTemplate, ...]) -> set[HtmlElement]:
    """The marked elements with digits that recur, figures and all, on
    none of `templates`."""
    with_digits = {el for el, _, text in blocks if el in marks and _DIGIT.search(text)}
    for template in templates:
        if not with_digits:
            break
        with_digits -= template.recurring(blocks)
    return with_digits


def _figure_tables(figure_cells: set[HtmlElement]) -> set[HtmlElement]:
    """The tables with two rows or more of two figure cells or more (a
    figure cell: a number first and no letter; a counter has a figure a
    row; a row of its digits, one a cell, is one row)."""
    per_row: dict[HtmlElement, int] = {}
    for el in figure_cells:
        row = _row(el)
        if row is not None:
            per_row[row] = per_row.get(row, 0) + 1
    per_table: dict[HtmlElement, int] = {}
    for row, cells in per_row.items():
        table = next(row.iterancestors("table"), None)
        if cells >= 2 and table is not None:
            per_table[table] = per_table.get(table, 0) + 1
    return {table for table, rows in per_table.items() if rows >= 2}


def _caption_of(table: HtmlElement) -> HtmlElement | None:
    """The block just before a table (or the wrapper it alone fills) that
    ends with a colon, if any."""
    element = table
    for _ in range(2):  # <div class="table-responsive"><table>
        parent = element.getparent()
        if element.getprevious() is not None or parent is None or len(parent) != 1 \
                or (parent.text or "").strip() or parent.tag in ("body", "td"):
            break
        element = parent
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # (a comment)
    if before is None or (before.tail or "").strip():
        return None
    return before if before.text_content().rstrip().endswith(":") else None


def _row(el: HtmlElement) -> HtmlElement | None:
    return next(el.iterancestors("tr"), None) if el.tag not in ("tr", "table") else None


class TemplateLearner:
    """One template per portal during a crawl, learned as pages arrive.

    `store` is any object with ``load_template(portal) -> bytes | None`` and
    ``save_template(portal, data: bytes)`` (the state store), or None. A
    stored template is the starting point and the earlier run's template
    for telling a change; the learned one is saved at the end.

    A store that also has ``add_template_page`` and ``learned_template``
    (crawler/redis_state.py) learns the pages itself, with the other workers
    of the crawl: this learner then holds a copy, fetched again when it is
    older than SHARED_REFRESH_SECONDS (sooner while the template is young),
    so that every worker extracts with the template of the whole crawl."""

    def __init__(self, store=None, clock=time.monotonic):
        self.store = store
        self.clock = clock
        self.templates: dict[str, PortalTemplate] = {}
        self.previous: dict[str, PortalTemplate | None] = {}
        self.alike: dict[str, Counter] = {}   # pages learned per portal and URL pattern
        # This run's template of each URL pattern's pages, learned by this
        # worker alone (the portal's is the one shared between workers).
        self.by_pattern: dict[str, dict[str, PortalTemplate]] = {}
        self.fetched: dict[str, float] = {}   # when a shared template was last fetched
        self.stored_fits: dict[str, bool] = {}  # whether the stored template fit the last page learned

    @property
    def shared(self) -> bool:
        return hasattr(self.store, "add_template_page")

    def template(self, portal: str) -> PortalTemplate:
        self._ensure(portal)
        if self.shared and self._stale(portal):
            self.refresh(portal)
        return self.templates[portal]

    def _ensure(self, portal: str) -> None:
        if portal not in self.templates:
            self.previous[portal] = self._load(portal)
            # A fresh template each run: a portal's layout may have changed
            # since; the stored one serves until this run's is ready.
            self.templates[portal] = PortalTemplate()
            self.alike[portal] = Counter()
            self.by_pattern[portal] = {}

    def learn(self, portal: str, blocks: list[tuple[HtmlElement, int, str]], pattern: str | None = None) -> bool:
        """Adds a page to the portal's template; False when it was learned
        already. `pattern`: the page's URL pattern, counted (pages_alike)."""
        fingerprint, signatures = page_summary(blocks)
        self._ensure(portal)
        if pattern is not None:
            self.by_pattern[portal].setdefault(pattern, PortalTemplate()).add(fingerprint, signatures)
        if self.shared:
            # One fetch, after the page is in: not one before it as well.
            added = self.store.add_template_page(portal, fingerprint, signatures, pattern)
            self.refresh(portal)
            return added
        if pattern is not None:
            self.alike[portal][pattern] += 1
        return self.templates[portal].add(fingerprint, signatures)

    def pages_alike(self, portal: str, pattern: str) -> int:
        """Pages of the portal learned with this URL pattern."""
        self.template(portal)
        return self.alike[portal][pattern]

    def refresh(self, portal: str) -> None:
        """Fetches the crawl's shared template of the portal (the copy held
        stays when the store cannot answer)."""
        learned = self.store.learned_template(portal)
        if learned is not None:
            pages, counts, patterns = learned
            self.templates[portal] = PortalTemplate(pages=pages, counts=counts)
            self.alike[portal] = Counter(patterns)
        self.fetched[portal] = self.clock()

    def _stale(self, portal: str) -> bool:
        fetched = self.fetched.get(portal)
        if fetched is None:
            return True
        young = self.templates[portal].pages < MATURE_PAGES
        return self.clock() - fetched >= (YOUNG_REFRESH_SECONDS if young else SHARED_REFRESH_SECONDS)

    def usable(self, portal: str, pattern: str | None = None) -> PageTemplate | None:
        """The template to extract a page of this URL pattern with now: an
        earlier run's that fits the portal's pages until this run's is
        mature (so that an unchanged article gives the text it gave then);
        else this run's once ready, else the stored one, else None (the
        furniture table alone); with this run's template of the pattern."""
        template = self.template(portal)
        if self.stored(portal) and self.stored_fits.get(portal, True) and template.pages < MATURE_PAGES:
            use = self.previous[portal]
        elif template.ready:
            use = template
        elif self.stored(portal):
            use = self.previous[portal]
        else:
            return None
        return PageTemplate(use, self.by_pattern[portal].get(pattern))

    def mature(self, portal: str) -> bool:
        """Whether this run's template of the portal has seen enough pages
        that no page need wait for it."""
        return self.template(portal).pages >= MATURE_PAGES

    def fits_stored(self, portal: str, blocks: list[tuple[HtmlElement, int, str]]) -> bool:
        """Whether an earlier run's template fits the page: the page holds
        at least STORED_FITS of its blocks. A page of a redesigned portal
        does not, and waits for this run's template like a new portal's."""
        if not self.stored(portal):
            return False
        template = self.previous[portal].signatures()
        present = sum(1 for signature in {signature for _, signature, _ in blocks} if signature in template)
        self.stored_fits[portal] = fits = present >= STORED_FITS * len(template)
        return fits

    def stored(self, portal: str) -> bool:
        """Whether an earlier run left a usable template of the portal."""
        self.template(portal)
        previous = self.previous.get(portal)
        return previous is not None and previous.ready

    def _load(self, portal: str) -> PortalTemplate | None:
        if self.store is None or not hasattr(self.store, "load_template"):
            return None
        data = self.store.load_template(portal)
        if not data:
            return None
        try:
            return PortalTemplate.from_bytes(data)
        except ValueError:
            return None

    def changed_portals(self) -> list[str]:
        """Portals whose template this run differs from the stored one."""
        return sorted(p for p, t in self.templates.items() if t.changed_from(self.previous.get(p)))

    def save(self) -> None:
        if self.store is None or not hasattr(self.store, "save_template"):
            return
        for portal in list(self.templates):
            if self.shared:
                self.refresh(portal)  # what every worker learned
            template = self.templates[portal]
            if template.ready:
                self.store.save_template(portal, template.to_bytes())

"""Where the article is on a page, and its headline and date, read from the
page's own structure rather than from a list of platforms' class names.

One pass over the parsed page (:class:`PageMap`) numbers its elements in
document order and notes how much text each holds. From that:

- the *body anchor* is the block holding the most paragraph prose (a known
  container of the layout table, when there is one, takes its place);
- the *headline* is the heading or headline-like block (a heading tag, a
  class that says title, bold or large type) that best matches the page's
  ``<title>`` / ``og:title`` and stands just before the body; a block that
  is part of the portal's template (a section or portlet heading, the site
  name) is never the headline;
- the *date* is the date nearest the headline, before the body or just after
  it, in a short block that is not template.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement

from crawler.textnorm import fold, squash_spaces

_BLOCKS = frozenset("p div td th li section article main h1 h2 h3 h4 h5 h6 blockquote dd center font".split())
# Where prose is counted: <font> wraps the text of table-layout portals, a
# paragraph each ("<p><font>…"), so it would split an article into many small
# blocks while a footer wrapped in one <font> outweighs each of them.
_PROSE_BLOCKS = _BLOCKS - {"font"}
_HEADINGS = {"h1": 1.0, "h2": 0.8, "h3": 0.6, "h4": 0.5, "h5": 0.4, "h6": 0.4}
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "option", "select", "button", "textarea"))
_TITLE_CLASS = re.compile(r"(?i)(title|tieu-?de|tieude|headline|heading|tit\b)")
_BOLD = re.compile(r"(?i)font-weight\s*:\s*(bold|[6-9]00)")
_FONT_SIZE = re.compile(r"(?i)font-size\s*:\s*(\d+(?:\.\d+)?)px")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»]+\s+|\s*\|\s*")
_WORD = re.compile(r"\w+")
# How far (characters of text) a headline may stand before the body.
_NEAR = 250
_MAX_WALK = 40  # text blocks looked at before the body
_FAR = 1500
_MIN_PROSE = 60  # a text of this many characters is prose, not a label
_HEADED_SHARE = 0.3     # a candidate anchor has at least this share of the best one's prose
_HEADED_CANDIDATES = 5
_TITLE_MATCH = 0.8      # title_similarity of a headline with the page's <title>
_LEAD_GAP = 200  # characters of text (a dateline, a caption) between a lead and its body
# Script and style text is the only text of its element: a test of the
# parent is enough, and much cheaper than one of every ancestor.
_BODY_TEXT = XPath("//body//text()[not(parent::script or parent::style)]")


def _hidden(elements: list) -> list:
    """The elements a browser does not show (a web archive's toolbar, a
    CMS's editing panels): their text is no part of what a reader sees.
    (A test of each element in Python: an XPath predicate on every element
    of the body cost more than the rest of the page map.)"""
    found = []
    for el in elements:
        if el.get("hidden") is not None:
            found.append(el)
            continue
        style = el.get("style")
        if style is not None and "display:none" in style.lower().replace(" ", ""):
            found.append(el)
    return found


@dataclass
class PageMap:
    """Elements of the page's body in document order, with the characters of
    text before each (the offsets every distance here is measured in)."""

    elements: list
    order: dict
    offset: list[int]      # characters of text before element i starts
    end: _Ends             # characters of text up to the end of element i
    own: list[int]         # characters of element i's own text (text and children's tails)
    hidden: set            # elements inside a hidden subtree

    @classmethod
    def of(cls, tree: HtmlElement, texts: list | None = None) -> PageMap:
        """`texts`: the body's text nodes (crawler.template.body_texts), when known."""
        body = tree.find("body")
        root = body if body is not None else tree
        elements = list(root.iter(etree.Element))  # elements only, no comments
        order = {el: i for i, el in enumerate(elements)}
        count = len(elements)
        own = [0] * count
        hidden = set()
        for root_hidden in (_hidden(elements[1:]) if body is not None else ()):
            if root_hidden not in hidden:
                hidden.update(root_hidden.iter())
        for text in (texts if texts is not None else _BODY_TEXT(tree)):
            owner = text.getparent()
            if text.is_tail:
                owner = owner.getparent()
            i = order.get(owner)
            if i is not None and owner not in hidden:
                own[i] += len(text.strip())
        offset = [0] * count
        total = 0
        for i in range(count):
            offset[i] = total
            total += own[i]
        offset.append(total)
        return cls(elements, order, offset, _Ends(elements, order, offset), own, hidden)

    def chars_between(self, before: HtmlElement, after: HtmlElement) -> int:
        """Text between the end of `before` and the start of `after` (negative
        when `after` starts first)."""
        return self.offset[self.order[after]] - self.end[self.order[before]]


class _Ends:
    """end[i]: where the text after element i's subtree starts, found on
    demand (the next element outside the subtree) and remembered."""

    def __init__(self, elements: list, order: dict, offset: list[int]):
        self.elements, self.order, self.offset = elements, order, offset
        self.known: dict[int, int] = {}

    def __getitem__(self, i: int) -> int:
        found = self.known.get(i)
        if found is None:
            found = self.offset[-1]
            node = self.elements[i]
            while node is not None:
                following = node.getnext()
                while following is not None and following not in self.order:
                    following = following.getnext()
                if following is not None:
                    found = self.offset[self.order[following]]
                    break
                node = node.getparent()
            self.known[i] = found
        return found


def find_anchor(page: PageMap, template: frozenset | set = frozenset(),
                segments: list[set[str]] | None = None) -> HtmlElement | None:
    """The block with the most paragraph prose under it (the one that holds
    the article's paragraphs, not the page around them); prose of the
    portal's template (a footer's paragraphs) does not count. With the
    page's title (`segments`, from title_segments), a block of prose that
    the headline stands just before wins over a bigger one without it (a
    short article over a table layout's footer)."""
    score: dict[int, float] = {}
    paragraphs: dict[int, int] = {}   # prose paragraphs directly in a block
    for i, el in enumerate(page.elements):
        chars = page.own[i]
        if chars < _MIN_PROSE or el.tag in _SKIP_TAGS or el.tag == "a" or el in template:
            continue
        parent = el if el.tag in _PROSE_BLOCKS else _block_of(el, _PROSE_BLOCKS)
        if parent is None or _in_link(el):
            continue
        j = page.order.get(parent)
        if j is None:
            continue
        score[j] = score.get(j, 0) + chars
        holder = parent.getparent() if parent.tag == "p" else parent
        if holder is not None and holder in page.order:
            k = page.order[holder]
            paragraphs[k] = paragraphs.get(k, 0) + 1
        grand = parent.getparent()
        if grand is not None and grand in page.order:
            k = page.order[grand]
            score[k] = score.get(k, 0) + chars * 0.6
            great = grand.getparent()
            if great is not None and great in page.order:
                score[page.order[great]] = score.get(page.order[great], 0) + chars * 0.2
    if not score:
        return None
    best = max(score, key=score.__getitem__)
    if segments:
        best = _headed(page, best, score, segments)
    return page.elements[_body_after_lead(page, best, score, paragraphs)]


def _headed(page: PageMap, best: int, score: dict[int, float], segments: list[set[str]]) -> int:
    """The best-scoring of the strong candidates that the headline stands
    just before (or at the top of); `best` when it is one, or none is."""
    strong = sorted((k for k in score if score[k] >= _HEADED_SHARE * score[best]),
                    key=score.__getitem__, reverse=True)[:_HEADED_CANDIDATES]
    for k in strong:
        if _headline_before(page, k, segments):
            return k
    return best


def _headline_before(page: PageMap, k: int, segments: list[set[str]]) -> bool:
    start = page.offset[k]
    i, seen = k, 0
    # The block's own first texts, then the ones just before it.
    while i < len(page.elements) and page.offset[i] < start + _MIN_PROSE * 2 and _is_within(page, i, k):
        if page.own[i] and _is_title_text(page.elements[i], segments):
            return True
        i += 1
    i = k - 1
    while i >= 0 and seen <= _NEAR:
        if page.own[i]:
            if _is_title_text(page.elements[i], segments):
                return True
            seen += page.own[i]
        i -= 1
    return False


def _is_title_text(el: HtmlElement, segments: list[set[str]]) -> bool:
    if el.tag == "a":
        return False   # a list of the portal's news repeats headlines as links
    text = el.text or ""
    return len(text.split()) >= 3 and title_similarity(text, segments) >= _TITLE_MATCH


def _body_after_lead(page: PageMap, best: int, score: dict[int, float],
                     paragraphs: dict[int, int]) -> int:
    """A lead in a block of its own (a sapo field) outweighs a short body of
    two or three paragraphs that follows it; the body is the anchor then."""
    if paragraphs.get(best, 0) > 1 or paragraphs.get(page.order.get(page.elements[best].getparent()), 0) > 1:
        return best
    end = page.end[best]
    for k in range(best + 1, len(page.elements)):
        if page.offset[k] - end > _LEAD_GAP:
            break
        if paragraphs.get(k, 0) >= 2 and score.get(k, 0) >= 0.5 * score[best] \
                and not _is_within(page, k, best):
            return k
    return best


def _block_of(el: HtmlElement, blocks: frozenset = _BLOCKS) -> HtmlElement | None:
    for ancestor in el.iterancestors():
        if ancestor.tag in blocks:
            return ancestor
    return None


def _in_link(el: HtmlElement) -> bool:
    return any(a.tag == "a" for a in el.iterancestors())


def title_segments(*titles: str | None) -> list[set[str]]:
    """Word sets of each title and of each of its parts ("Headline - Section - Site")."""
    segments = []
    for title in titles:
        if not title:
            continue
        folded = fold(squash_spaces(title))
        segments.append(set(_WORD.findall(folded)))
        parts = [p for p in _TITLE_SEPARATORS.split(folded) if p.strip()]
        if len(parts) > 1:
            segments += [set(_WORD.findall(p)) for p in parts]
            # The headline may itself hold a separator: "Hà Nội: 1.501 TTHC …".
            segments += [set(_WORD.findall(" ".join(parts[:n]))) for n in range(2, len(parts))]
    return [s for s in segments if s]


def title_similarity(text: str, segments: list[set[str]]) -> float:
    words = set(_WORD.findall(fold(text)))
    if not words or not segments:
        return 0.0
    # A part of one or two words ("Trang chủ", "Home", "Tin tức") names a
    # section, not an article: matching it tells little.
    best = max(2 * len(words & s) / (len(words) + len(s)) * (1.0 if len(s) > 2 else 0.3)
               for s in segments)
    # A few words in common ("thông tin", "huyện") is what any two titles share.
    return max(0.0, (best - 0.3) / 0.7)


@dataclass(frozen=True)
class Headline:
    element: HtmlElement
    text: str
    score: float
    similarity: float


def headline_likeness(el: HtmlElement) -> float:
    """How much an element looks like a headline, by its tag, class and type."""
    if el.tag in _HEADINGS:
        kind = _HEADINGS[el.tag]
    elif _TITLE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
        kind = 0.7
    else:
        kind = 0.2
        for node in (el, *el.iterchildren("b", "strong", "span", "font", "a", "p")):
            style = node.get("style", "")
            size = _FONT_SIZE.search(style)
            if size and float(size.group(1)) >= 16:
                kind = max(kind, 0.6)
            elif _BOLD.search(style) or (node is not el and node.tag in ("b", "strong")
                                         and len(node.text_content()) >= 0.8 * len(el.text_content())):
                kind = max(kind, 0.45)
        if el.tag in ("b", "strong"):
            kind = max(kind, 0.45)
    # A link to another page is a teaser or a menu item, not this page's headline.
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is not None:
        linked = link.get("href", "").strip() not in ("", "#")
    else:
        total = len(el.text_content().strip())
        linked = total > 0 and sum(len(a.text_content().strip()) for a in el.iter("a")
                                   if a.get("href", "").strip() not in ("", "#")) > 0.6 * total
    if linked:
        kind -= 0.6
    return kind


def find_headline(page: PageMap, anchor: HtmlElement | None, segments: list[set[str]],
                  extra: list[HtmlElement], rejected) -> Headline | None:
    """The best headline candidate; `extra` are elements known markup names
    as the title, `rejected(element, text)` tells template and furniture."""
    candidates: dict[int, HtmlElement] = {}
    for el in extra:
        if el in page.order:
            candidates[page.order[el]] = el
    start = page.order.get(anchor) if anchor is not None else None
    # Heading tags near the body (a heading far from it could not win on
    # proximity; with no body, every one).
    low, high = (page.offset[start] - _FAR, page.offset[start] + 300) if start is not None else (0, page.offset[-1])
    # (The page map's elements, tested in Python: an XPath walk for h1–h6
    # cost twenty times more.)
    for i, heading in enumerate(page.elements):
        if heading.tag in _HEADINGS and low <= page.offset[i] <= high:
            candidates[i] = heading
    if start is not None:
        # The blocks just before the body, and the first ones inside it.
        seen, i, walked = 0, start - 1, 0
        while i >= 0 and seen < _FAR and walked < _MAX_WALK:
            if page.own[i]:
                el = page.elements[i]
                block = el if el.tag in _BLOCKS or el.tag in ("b", "strong", "span", "a") else _block_of(el)
                if block is not None and block in page.order:
                    candidates[page.order[block]] = block
                    walked += 1
                seen += page.own[i]
            i -= 1
        inside, i = 0, start
        while i < len(page.elements) and inside < 3:
            if page.own[i] and _is_within(page, i, start):
                candidates[i] = page.elements[i]
                inside += 1
            i += 1
    best: Headline | None = None
    for i, el in candidates.items():
        if el.tag in _SKIP_TAGS or el in page.hidden:
            continue
        text = squash_spaces(" ".join(el.itertext()))
        if not 2 <= len(text) <= 300:
            continue
        if anchor is not None and (el is anchor or _contains(el, anchor)):
            # A page of a headline and a link only: its "prose" is the headline.
            if not (el is anchor and len(text) <= 200 and headline_likeness(el) >= 0.45):
                continue
        if len(text) > 40 and text.count(". ") >= 2:
            continue  # sentences: prose, not a headline
        if _is_list_link(el):
            continue  # an item of a list of news ("most read" may list this very page)
        similarity = title_similarity(text, segments)
        proximity = 0.3
        if start is not None:
            gap = page.offset[start] - page.end[i]
            if gap >= 0:
                proximity = 1.0 if gap <= _NEAR else max(0.0, 1 - (gap - _NEAR) / (_FAR - _NEAR))
            elif _is_within(page, i, start):
                # Inside the body: only its first short blocks, before any prose.
                proximity = 0.8 if page.offset[i] - page.offset[start] < 300 else 0.0
            else:
                proximity = 0.0  # after the body
        if similarity < 0.4 and proximity < 0.5:
            continue
        kind = max(headline_likeness(el), 0.7 if el in extra else 0)  # (the dearest test: last)
        if similarity < 0.4 and kind < 0.45:
            continue
        score = 2.5 * similarity * (0.3 + 0.7 * proximity) + kind + 1.5 * proximity
        if (best is None or score > best.score) and not rejected(el, text):
            best = Headline(el, text, score, similarity)
    return best


def _is_list_link(el: HtmlElement) -> bool:
    """A link that is, or is all of, an item of a list."""
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    return link is not None and link.get("href", "").strip() not in ("", "#") \
        and next(link.iterancestors("li"), None) is not None


def _is_within(page: PageMap, i: int, container: int) -> bool:
    return page.offset[container] <= page.offset[i] and page.end[i] <= page.end[container] \
        and i >= container and _contains(page.elements[container], page.elements[i])


def _contains(ancestor: HtmlElement, el: HtmlElement) -> bool:
    return el is ancestor or any(parent is ancestor for parent in el.iterancestors())


# -- dates ------------------------------------------------------------------

_UPDATED = re.compile(r"(?i)(cập nhật|cap nhat|updated?|sửa đổi|chỉnh sửa)")
_PUBLISHED = re.compile(r"(?i)(ngày đăng|đăng ngày|ngày xuất bản|xuất bản|published|posted|ngày ban hành)")


_BEFORE_HEADLINE = 200  # characters of text above the headline a dateline may stand in
_AFTER_BODY = 300
_PROSE_BLOCK = 80  # own text of a paragraph of the body
_DATELINE = 100  # a dateline is short: a date, a time, a label, a view count
_TEASER_CHARS = 400
_DATA_CELL = 200  # a cell of a data table (a list of documents) holds a date or a title


def find_date(page: PageMap, headline: HtmlElement | None, anchor: HtmlElement | None,
              find, rejected) -> str | None:
    """The date of a short block nearest the headline: between it and the
    body first, then just before it, then just after the body. `find(text)`
    reads a date, `rejected(element, text)` tells template blocks."""
    if headline is None and anchor is None:
        return None
    here = page.order[headline] if headline is not None else page.order[anchor]
    head_end = page.end[here]
    body_start = page.offset[page.order[anchor]] if anchor is not None else head_end
    body_end = page.end[page.order[anchor]] if anchor is not None else head_end
    if body_start < head_end:  # the headline inside the body, or no body after it
        body_start = head_end
    if anchor is not None:
        # A stamp after the body's last paragraph but inside its block
        # ("Cập nhật lúc 08:15 ngày 09/07/2024" under the author) is after the text.
        first = page.order[anchor]
        last = first
        for i in range(first, len(page.elements)):
            if page.offset[i] >= body_end:
                break
            if page.own[i] >= _PROSE_BLOCK:
                last = i
    text_end = page.end[last] if anchor is not None and page.own[last] >= _PROSE_BLOCK else body_end
    found: list[tuple[float, str]] = []
    lo, seen, i = here, 0, here - 1
    while i >= 0 and seen < _BEFORE_HEADLINE:  # a portlet header or dateline above the headline
        seen += page.own[i]
        lo = i
        i -= 1
    for i in range(lo, len(page.elements)):
        start = page.offset[i]
        if start > body_end + _AFTER_BODY:
            break
        # Between the headline and the body (and the body's first lines),
        # just before the headline, or just after the body: not in the body
        # text, not in a sidebar or a list of other news.
        if body_start + 200 < start < min(body_end, text_end) and (anchor is None or _contains(anchor, page.elements[i])):
            continue
        if not page.own[i]:
            continue
        el = page.elements[i]
        if el.tag in _SKIP_TAGS or el in page.hidden:
            continue
        # Not what follows a headline-long link: "<a>Other news</a> (09/07/2024)".
        text = squash_spaces(" ".join(t for t in [el.text, *(c.tail for c in el if not _long_link(c))]
                                      if t))
        if not text or len(text) > _DATELINE:
            continue
        date = find(text)
        if date is None:
            label = squash_spaces(" ".join(el.itertext()))
            if len(label) > _DATELINE:
                continue
            date = find(label)
            text = label
            if date is None:
                continue
        if rejected(el, text) or in_teaser(el) or not _dateline(text):
            continue
        distance = abs(start - head_end) if start >= head_end else (head_end - start) * 2
        if start >= min(body_end, text_end):
            distance += 400  # after the text: only when nothing stands nearer the headline
        if _UPDATED.search(text) and not _PUBLISHED.search(text):
            distance += 800
        elif _PUBLISHED.search(text):
            distance -= 100
        found.append((distance, date))
    if not found:
        return None
    return min(found)[1]


_DATE_LIKE = re.compile(r"\d{1,4}\s*[-/.:h]\s*\d{1,2}(\s*[-/.:]\s*\d{1,4})?|\d+")


_DATELINE_WORD = re.compile(r"[^\W\d_]{2,}")   # words, not a time's "h" or a "'"
_FULL_DATE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}")


def _dateline(text: str) -> bool:
    """A dateline holds a date and a few words (a label, a weekday, a view
    count), not a sentence such as a licence's "… cấp ngày 20/11/2019"."""
    return len(_DATELINE_WORD.findall(_DATE_LIKE.sub(" ", text))) <= 8


def in_teaser(el: HtmlElement) -> bool:
    """A date inside a link, or beside a link to another page (a teaser's
    date in a list of other news), is not this page's date."""
    if any(a.tag == "a" for a in el.iterancestors()) or el.tag == "a":
        return True
    before = el.getprevious()
    if before is not None and before.tag == "a" and _long_link(before) \
            and not (before.tail or "").strip():
        return True   # "<a>Other news</a> <font>(08/10/2024)</font>"
    cell = el if el.tag in ("td", "th") else el.getparent()
    # (not a cell of the page's layout table, which holds the article)
    if cell is not None and cell.tag in ("td", "th") and len(cell.text_content()) <= _DATA_CELL:
        row = cell.getparent()
        table = row.getparent() if row is not None else None
        if table is not None and next(row.iter("a"), None) is not None \
                and sum(1 for other in table if other.tag == "tr"
                                     and _FULL_DATE.search(other.text_content())
                                     and next(other.iter("a"), None) is not None) >= 2:
            # A cell of a list of documents (or news), each row a link and its
            # date; not the article's own cell beside such rows.
            return True
    holder = el.getparent()
    # A teaser is a title, its date and a line or two; not a column of the page.
    if holder is None or len(holder.text_content()) > _TEASER_CHARS or not _long_link(holder):
        return False
    # Beside a headline-long link, in a list of blocks alike: a teaser.
    return any(other.tag == holder.tag and _long_link(other)
               for other in (*holder.itersiblings(), *holder.itersiblings(preceding=True)))


def _long_link(block: HtmlElement) -> bool:
    return any(len(a.text_content().strip()) >= 20 and a.get("href", "").strip() not in ("", "#")
               for a in block.iter("a"))


def valid_date(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if 1990 <= date.year <= 2100 else None

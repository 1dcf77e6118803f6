"""CSS selectors of the layout table, answered from an index of the page.

page_layout.toml holds some sixty CSS selectors. Compiled by cssselect, each
is an XPath walk of the whole page (about 0.5 ms on a 70 KB portal page),
and most of them match nothing on a given platform. The page is therefore
indexed once (class names, ids, itemprop values: three XPath queries) and a
selector made of one tag with classes, ids or attribute tests is answered
from the index; any other selector falls back to its XPath, skipped when a
class or id it requires is nowhere on the page. Results are the XPath's
own: the same elements, in document order.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import cssselect
from lxml.cssselect import CSSSelector
from lxml.etree import XPath
from lxml.html import HtmlElement


def is_xpath(selector: str) -> bool:
    """Whether a portal's content_selector is XPath ("//div", "./div", "(//div)[1]"); else CSS."""
    return selector.startswith(("/", "./", "("))

_XML_SPACE = re.compile(r"[ \t\n\r]+")  # what XPath's normalize-space() splits on
_INDEXED_ATTRIBUTES = ("class", "id", "itemprop")


def _class_names(value: str) -> list[str]:
    if value.isascii() and value.isprintable():  # no tab, newline or other control character
        return value.split()
    return [name for name in _XML_SPACE.split(value) if name]


@functools.lru_cache(maxsize=8192)  # a portal's pages repeat a few hundred class attributes
def _asked_names(class_attribute: str, class_names: frozenset[str]) -> tuple[str, ...]:
    """The names of a class attribute that are among `class_names`."""
    return tuple(class_names.intersection(_class_names(class_attribute)))


class PageIndex:
    """The class names, ids and itemprop values of one parsed page.

    Read before the tree is changed and valid only until then: extraction
    uses it for the metadata and the article body, before pruning."""

    _QUERIES = {name: XPath(f"//@{name}") for name in _INDEXED_ATTRIBUTES}

    def __init__(self, tree: HtmlElement, class_names: frozenset[str]):
        """`class_names`: the ones the selectors ask about; no other is indexed."""
        self.root = tree
        # Attribute values as lxml returns them: strings that know their element.
        self.values = {name: query(tree) for name, query in self._QUERIES.items()}
        self.by_class: dict[str, list] = {}
        for value in self.values["class"]:
            # As a plain string: a cached smart string would keep its page alive.
            for name in _asked_names(str(value), class_names):
                self.by_class.setdefault(name, []).append(value)
        self._by_value: dict[str, dict[str, list]] = {}

    def with_value(self, attribute: str, value: str) -> list:
        """Values of `attribute` equal to `value`, in document order."""
        table = self._by_value.get(attribute)
        if table is None:
            table = {}
            for found in self.values[attribute]:
                table.setdefault(str(found), []).append(found)
            self._by_value[attribute] = table
        return table.get(value, [])

    def elements_with_value(self, attribute: str, value: str) -> list[HtmlElement]:
        return [found.getparent() for found in self.with_value(attribute, value)]


@dataclass(frozen=True)
class Compound:
    """One compound selector: a tag (or any) with class, id and attribute tests."""
    tag: str | None
    classes: tuple[str, ...]
    ids: tuple[str, ...]
    attributes: tuple[tuple[str, str, str | None], ...]  # (name, operator, value)

    def candidates(self, index: PageIndex) -> list | None:
        """Attribute values whose elements may match, in document order;
        None when no part of the selector is indexed."""
        if self.classes:
            return index.by_class.get(self.classes[0], [])
        if self.ids:
            return index.with_value("id", self.ids[0])
        for name, operator, value in self.attributes:
            if name in _INDEXED_ATTRIBUTES:
                if operator == "=":
                    return index.with_value(name, value)
                if operator == "exists":
                    return index.values[name]
                return [found for found in index.values[name] if value in found]  # "*="
        return None

    def matches(self, element: HtmlElement) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        if self.classes:
            names = element.get("class")
            if names is None or not set(self.classes).issubset(_class_names(names)):
                return False
        if any(element.get("id") != id_ for id_ in self.ids):
            return False
        for name, operator, value in self.attributes:
            found = element.get(name)
            if found is None or (operator == "=" and found != value) \
                    or (operator == "*=" and value not in found):
                return False
        return True


class LayoutSelector:
    """A CSS selector of the layout table (see the note above)."""

    def __init__(self, css: str):
        self.css = css
        self._xpath = CSSSelector(css)
        parsed = cssselect.parse(css)
        single = parsed[0] if len(parsed) == 1 and parsed[0].pseudo_element is None else None
        self._compound = _compound(single.parsed_tree) if single else None
        self._required_classes, self._required_ids = _requirements(single.parsed_tree) if single else ((), ())

    def __repr__(self) -> str:
        return f"LayoutSelector({self.css!r})"

    @property
    def class_names(self) -> frozenset[str]:
        """Every class name the selector tests (what the page index must hold)."""
        return frozenset(self._required_classes + (self._compound.classes if self._compound else ()))

    def __call__(self, root: HtmlElement, index: PageIndex | None = None) -> list[HtmlElement]:
        """The elements under `root` (itself included) that match, in
        document order; `index` must be the unchanged page's that holds `root`."""
        if index is None:
            return self._xpath(root)
        if any(name not in index.by_class for name in self._required_classes) \
                or any(not index.with_value("id", id_) for id_ in self._required_ids):
            return []
        candidates = self._compound.candidates(index) if self._compound else None
        if candidates is None:
            return self._xpath(root)
        found = [element for element in (value.getparent() for value in candidates)
                 if self._compound.matches(element)]
        if root is not index.root:
            found = [element for element in found if element is root or is_ancestor(root, element)]
        return found


def _compound(tree) -> Compound | None:
    tag, classes, ids, attributes = None, [], [], []
    node = tree
    while not isinstance(node, cssselect.parser.Element):
        if isinstance(node, cssselect.parser.Class):
            classes.append(node.class_name)
        elif isinstance(node, cssselect.parser.Hash):
            ids.append(node.id)
        elif isinstance(node, cssselect.parser.Attrib) and node.namespace is None \
                and getattr(node, "flag", None) is None and (node.operator in ("exists", "=")
                                                             or (node.operator == "*=" and node.value.value)):
            attributes.append((node.attrib, node.operator, node.value.value if node.value else None))
        else:
            return None  # combinators, pseudo-classes, other operators: the XPath decides
        node = node.selector
    if node.namespace is not None:
        return None
    return Compound(node.element, tuple(reversed(classes)), tuple(reversed(ids)), tuple(reversed(attributes)))


def _requirements(tree) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Class names and ids that must be on the page for `tree` to match
    (not those under :not(), which must be absent instead)."""
    classes, ids = [], []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, cssselect.parser.CombinedSelector):
            stack += [node.selector, node.subselector]
            continue
        if isinstance(node, cssselect.parser.Class):
            classes.append(node.class_name)
        elif isinstance(node, cssselect.parser.Hash):
            ids.append(node.id)
        selector = getattr(node, "selector", None)
        if selector is not None:
            stack.append(selector)
    return tuple(classes), tuple(ids)




def is_ancestor(ancestor: HtmlElement, element: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())

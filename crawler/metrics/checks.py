"""Consistency checks: parts against their total, a rate against its counts.

Only figures that belong together are compared: same paragraph, same
period and (for the sums) same level.  A figure is left out when it is
approximate, a change, or a number that stands for two metrics at once
("tiếp nhận và giải quyết 113.468 hồ sơ" states no exact resolved total),
and a check is skipped when one of its names occurs twice in the group.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

# total <- parts; at least `minimum` parts must be present.
SUMS = (
    ("dossiers_received", ("dossiers_carried_over", "dossiers_received_new"), 2),
    ("dossiers_resolved", ("dossiers_resolved_early", "dossiers_resolved_on_time",
                           "dossiers_overdue"), 2),
)
# rate <- numerator / the first denominator present
RATES = (
    ("on_time_rate", "dossiers_resolved_on_time", ("dossiers_resolved", "dossiers_received")),
    ("online_rate", "dossiers_online", ("dossiers_received",)),
)
LEVEL_PARTS = ("province", "district", "commune")
# A group without one of these names has no sum (or rate) to check.
_SUM_TOTALS = frozenset(total for total, _, _ in SUMS)
_RATE_NAMES = frozenset(rate for rate, _, _ in RATES)


class Item(NamedTuple):   # a tuple: one is built per metric, so it is built fast
    """A metric as the checks see it."""
    name: str
    value: Decimal
    level: str | None
    period: str | None
    paragraph: int
    position: int
    comparable: bool   # exact, not a change, not shared with another metric


def check(items: Sequence[Item]) -> list[str]:
    """The warnings about items, in the order of the figures they concern."""
    usable = [i for i in items if i.comparable]
    found: list[tuple[int, str]] = []
    for group in _groups(usable, with_level=True).values():
        if len(group) > 1:
            names = {i.name for i in group}
            if not names.isdisjoint(_SUM_TOTALS):
                found.extend(_sum_warnings(group))
            if not names.isdisjoint(_RATE_NAMES):
                found.extend(_rate_warnings(group))
    for group in _groups(usable, with_level=False).values():
        if len(group) > 2:
            found.extend(_level_warnings(group))
    found.sort(key=lambda w: w[0])
    return list(dict.fromkeys(text for _, text in found))


def _groups(items: Sequence[Item], with_level: bool) -> dict[tuple, list[Item]]:
    groups: dict[tuple, list[Item]] = {}
    for item in items:
        key = (item.paragraph, item.period, item.level if with_level else None)
        groups.setdefault(key, []).append(item)
    return groups


def _unique(group: Sequence[Item]) -> dict[str, Item]:
    """name -> item, for the names that occur once in the group."""
    counts: dict[str, list[Item]] = {}
    for item in group:
        counts.setdefault(item.name, []).append(item)
    return {name: found[0] for name, found in counts.items() if len(found) == 1}


def _sum_warnings(group: Sequence[Item]) -> Iterator[tuple[int, str]]:
    names = _unique(group)
    ambiguous = {i.name for i in group} - set(names)
    for total_name, part_names, minimum in SUMS:
        total = names.get(total_name)
        parts = [names[p] for p in part_names if p in names]
        if total is None or len(parts) < minimum or ambiguous & {total_name, *part_names}:
            continue
        summed = sum(p.value for p in parts)
        if summed != total.value:
            terms = " + ".join(f"{p.name} {_show(p.value)}" for p in parts)
            yield total.position, (f"{terms} = {_show(summed)} ≠ {total.name} "
                                   f"{_show(total.value)}{_where(total)}")


def _rate_warnings(group: Sequence[Item]) -> Iterator[tuple[int, str]]:
    names = _unique(group)
    for rate_name, numerator_name, denominators in RATES:
        rate = names.get(rate_name)
        numerator = names.get(numerator_name)
        denominator = next((names[d] for d in denominators if d in names), None)
        if rate is None or numerator is None or denominator is None or not denominator.value:
            continue
        computed = numerator.value * 100 / denominator.value
        if abs(computed - rate.value) >= _last_place(rate.value):
            yield rate.position, (
                f"{rate.name} {_show(rate.value)} ≠ {numerator.name} {_show(numerator.value)}"
                f" / {denominator.name} {_show(denominator.value)} = "
                f"{computed:.2f}%{_where(rate)}")


def _level_warnings(group: Sequence[Item]) -> Iterator[tuple[int, str]]:
    """A whole-area total against its district and commune parts."""
    by_name: dict[str, list[Item]] = {}
    for item in group:
        by_name.setdefault(item.name, []).append(item)
    for name, items in by_name.items():
        if len(items) < 3:
            continue    # a total and two parts at least
        totals = [i for i in items if i.level is None]
        parts = {}
        for item in items:
            if item.level in LEVEL_PARTS:
                parts.setdefault(item.level, []).append(item)
        if len(totals) != 1 or len(parts) < 2 or any(len(p) > 1 for p in parts.values()):
            continue
        total = totals[0]
        ordered = [parts[level][0] for level in LEVEL_PARTS if level in parts]
        summed = sum(p.value for p in ordered)
        if summed != total.value:
            terms = " + ".join(f"{p.level} {_show(p.value)}" for p in ordered)
            yield total.position, (f"{name} {terms} = {_show(summed)} ≠ whole area "
                                   f"{_show(total.value)}{_where(total)}")


def _last_place(value: Decimal) -> Decimal:
    """One unit of the last decimal written: 99.9 -> 0.1, 100 -> 1."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(min(0, int(exponent)))


def _show(value: Decimal) -> str:
    """3440, 99.9: no exponent, no trailing zeros."""
    return format(value.normalize(), "f")


def _where(item: Item) -> str:
    parts = [p for p in (item.period, item.level) if p]
    return f" ({', '.join(parts)})" if parts else ""

"""Vietnamese numbers, periods, days and names, as the report writes them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from crawler.report.text import report_text

ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
PERIOD_SHAPE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$")


def format_number(value: float, decimals: int = 2) -> str:
    """Vietnamese style: 3.126 and 99,77."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_value(value: float, unit: str, approximate: bool = False) -> str:
    """3.126, 99,77%, 86,12 điểm; "≈ " before an approximate figure."""
    suffix = report_text()["units_of_measure"].get(unit, "")
    return ("≈ " if approximate else "") + format_number(value) + suffix


def period_label(period: str | None, short: bool = False) -> str:
    """"Năm 2023", "Quý I/2022", "6 tháng đầu 2023", "Tháng 5/2024" (or the short forms)."""
    words = report_text()["periods"]
    if period is None:
        return words["unknown"]
    year, part = PERIOD_SHAPE.match(period).groups()
    suffix = "_short" if short else ""
    if part is None:
        return words["year" + suffix].format(year=year)
    if part[0] == "Q":
        return words["quarter" + suffix].format(year=year, quarter=part[1], roman=ROMAN[part[1]])
    if part[0] == "H":
        half = "first_half" if part[1] == "1" else "second_half"
        return words[half + suffix].format(year=year)
    return words["month" + suffix].format(year=year, month=int(part))


def format_day(day: str | None) -> str:
    try:
        return dt.date.fromisoformat(day).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return day or ""


def vi_sort_key(text: str) -> str:
    """Sort Vietnamese names by their letters, not by code point (Đ after D, not after Z)."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


def same_unit(entity: str, district: str) -> bool:
    """Whether a figure's entity names the district itself ("huyện Vũ Quang",
    "Vũ Quang" for the district Vũ Quang), not a commune or ward in it."""
    return _bare_name(entity) == _bare_name(district)


def _bare_name(name: str) -> str:
    """The folded name without a leading "huyện", "thị xã" … ."""
    folded = " ".join(vi_sort_key(name).split())
    for prefix in report_text()["units"]["district_prefixes"]:
        prefix = vi_sort_key(prefix)
        if folded.startswith(prefix + " "):
            return folded[len(prefix) + 1:]
    return folded

"""The report's Vietnamese interface text, read from crawler/data/report_text.toml."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

TEXT_FILE = Path(__file__).resolve().parent.parent / "data" / "report_text.toml"


@lru_cache(maxsize=1)
def report_text() -> MappingProxyType:
    """The text tables, read once and read-only."""
    data = tomllib.loads(TEXT_FILE.read_text(encoding="utf-8"))
    return MappingProxyType({name: MappingProxyType(table) if isinstance(table, dict) else tuple(table)
                             for name, table in data.items()})

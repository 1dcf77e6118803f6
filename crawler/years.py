"""The years a record may name: one definition for the crawl that writes
records and the commands that read them back.

The extractor takes a date or a period only within these years, the record
check on write refuses a period outside them, and `crawler.output_reader`
skips a record whose period lies outside them: what a crawl writes, export,
report and merge read. (This module imports nothing, so the readers do not
pay for loading the extractor.)
"""

from __future__ import annotations

# The PAR Index and one-stop-shop reporting start in the 1990s.
FIRST_YEAR = 1990
# Far past any article, and still a year the URL date patterns (19xx, 20xx)
# spell. A period may name the year after publication: not past this one.
LAST_YEAR = 2099


def in_record_years(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR

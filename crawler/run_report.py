"""The run report: per portal, what a crawl did, from Scrapy's stats."""

from __future__ import annotations

import json
from pathlib import Path

from crawler import stats as keys

COLUMNS = ("portal", "status", "pages", "new", "updated", "unchanged", "metrics", "warnings", "errors")


def build_report(stats: dict, portal_ids: list[str], run_id: str, seconds: float) -> dict:
    portals = []
    for portal_id in portal_ids:
        counts = keys.portal_counts(stats, portal_id)
        fetched = counts.get(keys.FETCHED)
        blocked = counts.get(keys.BLOCKED)
        skipped = counts.kinds(keys.SKIPPED)
        skipped.update({f"not_article:{kind}": n for kind, n in counts.kinds(keys.NOT_ARTICLE).items()})
        portals.append({
            "portal": portal_id,
            # "blocked": robots.txt forbids everything we asked for
            "status": "ok" if fetched else ("blocked" if blocked else "unreachable"),
            "pages": fetched,
            "new": counts.get(keys.ARTICLES, "new"),
            "updated": counts.get(keys.ARTICLES, "updated"),
            "unchanged": counts.get(keys.ARTICLES, "unchanged"),
            "written": counts.get(keys.WRITTEN),
            "metrics": counts.get(keys.METRICS_WRITTEN),
            "warnings": counts.get(keys.WARNINGS_WRITTEN),
            "errors": counts.kinds(keys.ERRORS),
            "skipped": dict(sorted(skipped.items())),
            "blocked_by_robots": blocked,
            "decoded_with_replacement": counts.get(keys.REPLACED_CHARACTERS),
            "template_changed": bool(counts.get(keys.TEMPLATE_CHANGED)),
            "no_article_region": counts.get(keys.NO_ARTICLE_REGION),
        })
    return {
        "run_id": run_id,
        "finish_reason": stats.get("finish_reason"),
        "seconds": round(seconds, 2),
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "not_modified": stats.get("downloader/response_status_count/304", 0),
        "records_written": stats.get(keys.WRITTEN, 0),
        "output": stats.get(keys.OUTPUT_PATH),
        "portals": portals,
    }


def format_table(report: dict) -> str:
    rows = [COLUMNS]
    for p in report["portals"]:
        errors = ", ".join(f"{kind}={n}" for kind, n in p["errors"].items()) or "-"
        rows.append((p["portal"], p["status"], p["pages"], p["new"], p["updated"], p["unchanged"],
                     p["metrics"], p["warnings"], errors))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines + notices(report))


def notices(report: dict) -> list[str]:
    """What an operator should look at although nothing failed: a portal
    whose layout changed (its template differs from the last run's), and
    pages where nothing stood out from the template as the article."""
    lines = []
    for p in report["portals"]:
        if p.get("template_changed"):
            lines.append(f"{p['portal']}: template changed since the last run")
        if p.get("no_article_region"):
            lines.append(f"{p['portal']}: no article region found on {p['no_article_region']} "
                         f"of {p['pages']} page(s)")
    return lines


def write_report(report: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path

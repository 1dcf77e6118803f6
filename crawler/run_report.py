"""The run report: per portal, what a crawl did, from Scrapy's stats."""

from __future__ import annotations

import json
from pathlib import Path

COLUMNS = ("portal", "status", "pages", "new", "updated", "unchanged", "metrics", "warnings", "errors")


def build_report(stats: dict, portal_ids: list[str], run_id: str, seconds: float) -> dict:
    portals = []
    for portal_id in portal_ids:
        errors = {key.split("/", 2)[2]: value for key, value in stats.items()
                  if key.startswith(f"errors/{portal_id}/") and not key.endswith("/start_url_failed")}
        fetched = stats.get(f"pages/fetched/{portal_id}", 0)
        skipped = {key.split("/")[2]: value for key, value in stats.items()
                   if key.startswith("pages/skipped/") and key.endswith(f"/{portal_id}")}
        skipped.update({f"not_article:{key.split('/')[2]}": value for key, value in stats.items()
                        if key.startswith("pages/not_article/") and key.endswith(f"/{portal_id}")})
        blocked = stats.get(f"pages/blocked/{portal_id}", 0)
        portals.append({
            "portal": portal_id,
            # "blocked": robots.txt forbids everything we asked for
            "status": "ok" if fetched else ("blocked" if blocked else "unreachable"),
            "pages": fetched,
            "new": stats.get(f"articles/new/{portal_id}", 0),
            "updated": stats.get(f"articles/updated/{portal_id}", 0),
            "unchanged": stats.get(f"articles/unchanged/{portal_id}", 0),
            "written": stats.get(f"records/written/{portal_id}", 0),
            "metrics": stats.get(f"metrics/written/{portal_id}", 0),
            "warnings": stats.get(f"metrics/warnings_written/{portal_id}", 0),
            "errors": dict(sorted(errors.items())),
            "skipped": dict(sorted(skipped.items())),
            "blocked_by_robots": blocked,
        })
    return {
        "run_id": run_id,
        "finish_reason": stats.get("finish_reason"),
        "seconds": round(seconds, 2),
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "not_modified": stats.get("downloader/response_status_count/304", 0),
        "records_written": stats.get("records/written", 0),
        "output": stats.get("output/path"),
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
    return "\n".join(lines)


def write_report(report: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path

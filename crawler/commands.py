"""The wrapper the delegated commands (`export`, `report`) share: argparse's
exit for --help and usage errors, and a user-facing error as one line with
exit code 2."""

from __future__ import annotations

import argparse
import sys
from typing import Callable

from crawler import exit_codes


def run_command(parser: argparse.ArgumentParser, argv: list[str] | None,
                run: Callable[[argparse.Namespace], int],
                user_errors: tuple[type[BaseException], ...]) -> int:
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help or a usage error: argparse has printed it
        return int(exc.code or 0)
    try:
        return run(args)
    except user_errors as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_codes.USAGE

"""Run a command and report its wall time and peak resident memory.

    .venv/bin/python bench/peak_rss.py RESULT.json -- COMMAND [ARG ...]

Why a separate small process: Linux records, at exec(), the memory
high-water mark of the process image being replaced, and subprocess starts
children with vfork(), whose image is the parent's. Started straight from
a big parent (the benchmark holds the generated site), every child would
report at least the parent's size. Started from this small process, the
command's ru_maxrss is its own. The command's stdout and stderr pass
through; RESULT.json gets {"seconds", "peak_rss_kb", "cpu_seconds", "returncode"};
cpu_seconds is user + system time of the command and the children it
waited for (all worker processes of `crawl --workers N`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    result_file, command = argv[0], argv[2:]
    started = time.monotonic()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - started
    child.returncode = returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    with open(result_file, "w", encoding="utf-8") as fh:
        json.dump({"seconds": seconds, "peak_rss_kb": usage.ru_maxrss,
                   "cpu_seconds": usage.ru_utime + usage.ru_stime, "returncode": returncode}, fh)
    return returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

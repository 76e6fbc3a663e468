"""CPU instructions per request, counted by valgrind's callgrind (repeatable to the instruction).

The command runs itself again under

    valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=sys_call_tracing --dump-after=sys_call_tracing \\
        --callgrind-out-file=DIR/cg.out python -m django page_costs --child ...

Nothing is counted except inside `sys.call_tracing(...)` (a C function Django never calls), and
callgrind writes one numbered dump (DIR/cg.out.1, .2, ...) each time it returns. The child wraps
each measurement in one such call: per page, an empty call (the cost of measuring nothing), N
warm requests, one request after a content change (*afresh*: a registration or a pledge; what
follows the content generation rendered again), one after an edit elsewhere (*edited*: a
publish; the chrome and everything kept until an edit rendered again, cards kept but the
edited page's), then one request after every cache was cleared. Warm cost per request is
(N requests - empty) / N; afresh, edited and cold are (one request - empty).
Each counted call starts right after a full garbage collection, so no earlier page's garbage is
collected (and counted) inside it: in one run of every page, Contact counted 74.6 M warm for that
reason, 37.0 M when collected first.
"""

import gc
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.test import Client

from core.benchmarks.pages import change_content, clear_caches, edit_elsewhere, fetch, warm

VALGRIND_OPTIONS = [
    "--tool=callgrind",
    "--collect-atstart=no",
    "--toggle-collect=sys_call_tracing",
    "--dump-after=sys_call_tracing",
]
DUMPS_PER_TARGET = 5


def requests(client, url, count):
    for _ in range(count):
        fetch(client, url)


def measure_in_child(target, count):
    """Five counted calls for one target (see the module docstring)."""
    client = Client()
    warm(client, target.url)
    gc.collect()  # each count starts from a collected heap: no earlier page's garbage in it
    sys.call_tracing(requests, (client, target.url, 0))
    gc.collect()
    sys.call_tracing(requests, (client, target.url, count))
    change_content()
    gc.collect()
    sys.call_tracing(requests, (client, target.url, 1))
    edit_elsewhere()
    gc.collect()
    sys.call_tracing(requests, (client, target.url, 1))
    clear_caches()
    gc.collect()
    sys.call_tracing(requests, (client, target.url, 1))


def child_command(out_file, count, only):
    command = ["valgrind", *VALGRIND_OPTIONS, f"--callgrind-out-file={out_file}"]
    command += [sys.executable, "-m", "django", "page_costs", "--child", f"--requests={count}"]
    return command + [f"--only={word}" for word in only or []]


def dump_totals(folder):
    """The 'totals:' figure of each numbered dump, in order."""
    dumps = sorted(folder.glob("cg.out.*"), key=lambda path: int(path.suffix[1:]))
    return [int(re.search(r"^totals: (\d+)", d.read_text(), re.M).group(1)) for d in dumps]


def run_child(count, only):
    if shutil.which("valgrind") is None:
        raise RuntimeError("valgrind is not installed (apt-get install valgrind)")
    folder = Path(tempfile.mkdtemp(prefix="page-costs-"))
    try:
        result = subprocess.run(  # noqa: S603 - our own command line
            child_command(folder / "cg.out", count, only),
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        return json.loads(result.stdout.strip().splitlines()[-1]), dump_totals(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def instruction_costs(count, only=None):
    """{label: (warm instructions per request, afresh, edited, cold)}."""
    labels, totals = run_child(count, only)
    costs = {}
    for index, label in enumerate(labels):
        first = index * DUMPS_PER_TARGET
        empty, many, afresh, edited, cold = totals[first : first + DUMPS_PER_TARGET]
        costs[label] = ((many - empty) / count, afresh - empty, edited - empty, cold - empty)
    return costs

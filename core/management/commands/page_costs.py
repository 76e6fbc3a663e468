"""SQL queries and CPU instructions per request of every public page type (see README).

    manage.py page_costs                 # queries, and instructions under valgrind's callgrind
    manage.py page_costs --no-instructions
    manage.py page_costs --only home --only search

Runs against the configured database (load the demo content first: `make demo`), with DEBUG off
and the page cache off; "warm" is steady state (each page requested first, every smaller cache
filled), "cold" is one request after every cache was cleared.
"""

import json

from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from core.benchmarks import callgrind
from core.benchmarks.pages import benchmark_settings, query_costs, targets


class Command(BaseCommand):
    help = "Queries and CPU instructions per request of each public page type."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=3, help="warm requests counted")
        parser.add_argument("--only", action="append", help="page types whose label has WORD")
        parser.add_argument("--no-instructions", action="store_true", help="skip valgrind")
        parser.add_argument("--child", action="store_true", help="internal: under valgrind")

    def handle(self, *args, **options):
        with override_settings(**benchmark_settings()):
            if options["child"]:
                return self.child(options)
            found = targets(options["only"])
            queries = {target.label: query_costs(target) for target in found}
            instructions = {}
            if not options["no_instructions"]:
                instructions = callgrind.instruction_costs(options["requests"], options["only"])
        self.report(found, queries, instructions)

    def child(self, options):
        found = targets(options["only"])
        for target in found:
            callgrind.measure_in_child(target, options["requests"])
        self.stdout.write(json.dumps([target.label for target in found]))

    def report(self, found, queries, instructions):
        self.stdout.write(f"{'page':40} {'queries warm/cold':>18} {'instructions warm/cold':>24}")
        for target in found:
            warm_q, cold_q = queries[target.label]
            line = f"{target.label:40} {warm_q:>8} / {cold_q:<8}"
            if target.label in instructions:
                warm_i, cold_i = instructions[target.label]
                line += f" {warm_i / 1e6:>10.1f} M / {cold_i / 1e6:.1f} M"
            self.stdout.write(line + f"  {target.url}")

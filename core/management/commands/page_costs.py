"""SQL queries and CPU instructions per request of every public page type (see README).

    manage.py page_costs                 # queries, and instructions under valgrind's callgrind
    manage.py page_costs --no-instructions
    manage.py page_costs --only home --only search

Runs against the configured database (load the demo content first: `make demo`), with DEBUG off
and the page cache off; "warm" is steady state (each page requested first, every smaller cache
filled), "afresh" the first request after a content change (a registration, a pledge: what
follows the content generation rendered again), "edited" the first after an edit elsewhere (a
publish: the chrome and what is kept until an edit rendered again, cards kept but the edited
page's), "cold" one request after every cache was cleared.
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
        self.stdout.write(
            f"{'page':40} {'queries warm/afresh/edited/cold':>31}"
            f" {'instructions warm/afresh/edited/cold':>43}"
        )
        for target in found:
            line = f"{target.label:40} {' / '.join(str(n) for n in queries[target.label]):>31}"
            if target.label in instructions:
                figures = " / ".join(f"{n / 1e6:.1f} M" for n in instructions[target.label])
                line += f" {figures:>43}"
            self.stdout.write(line + f"  {target.url}")

"""Measure search matching on the evaluation sets with the configured backend.

First the 35 query/document pairs (search/evaluation/pairs.json), then the analyser judgments
(search/evaluation/judgments.json) per class, for today's lexicon analyser and the old light
stemmer side by side. The pages are published inside transactions that are rolled back, so the
database is left as it was. `--terms` scores the judgments at the term level only (no database).
"""

from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from core.normalise import use_analyser
from search.evaluation import database_search, publish_documents, score
from search.evaluation import judgments as evaluation

ANALYSERS = (("stemmer", "old stemmer"), ("lexicon", "lexicon"))


class Rollback(Exception):
    pass


@contextmanager
def rolled_back():
    try:
        with transaction.atomic():
            yield
            raise Rollback
    except Rollback:
        pass


def homes():
    return {page.locale.language_code: page for page in Page.objects.filter(depth=2)}


class Command(BaseCommand):
    help = "Print the precision and recall of site search on the evaluation sets."

    def add_arguments(self, parser):
        parser.add_argument("--terms", action="store_true", help="judgments at the term level")
        parser.add_argument("--misses", action="store_true", help="list every wrong judgment")

    def handle(self, *args, **options):
        with rolled_back():
            result = score(database_search(publish_documents(homes())))
        self.stdout.write(f"precision {result.precision:.3f}  recall {result.recall:.3f}")
        for query, missing, unexpected in result.misses:
            self.stdout.write(f"  {query!r}: missing {missing}, unexpected {unexpected}")
        rows = []
        try:
            for name, label in ANALYSERS:
                use_analyser(name)
                classes, total = self.judge(options["terms"])
                rows.append((label, classes, total))
                if options["misses"]:
                    for q, page, relevant in total.misses:
                        wrong = "missed" if relevant else "found"
                        self.stdout.write(f"  {label}: {q!r} {wrong} {page}")
        finally:
            use_analyser("lexicon")
        where = "terms" if options["terms"] else "database"
        self.stdout.write(f"\nJudgments per class ({where}; P precision, R recall):\n")
        self.stdout.write(evaluation.table(rows))

    def judge(self, terms_only):
        if terms_only:
            return evaluation.score(evaluation.term_matcher())
        with rolled_back():
            ids = evaluation.publish_pages(homes())  # no English home page: no English pages
            judged = [j for j in evaluation.load()["judgments"] if j["page"] in ids]
            found = evaluation.score(evaluation.database_matcher(ids), judged)
        return found

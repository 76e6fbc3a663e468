"""Measure search matching on search/evaluation/pairs.json with the configured backend.

The documents are published as pages inside a transaction that is rolled back at the end, so
the database is left as it was.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from search.evaluation import database_search, publish_documents, score


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Print the precision and recall of site search on the evaluation set."

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                homes = {page.locale.language_code: page for page in Page.objects.filter(depth=2)}
                result = score(database_search(publish_documents(homes)))
                raise Rollback
        except Rollback:
            pass
        self.stdout.write(f"precision {result.precision:.3f}  recall {result.recall:.3f}")
        for query, missing, unexpected in result.misses:
            self.stdout.write(f"  {query!r}: missing {missing}, unexpected {unexpected}")

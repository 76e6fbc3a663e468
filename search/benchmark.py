"""Synthetic bilingual publications for `manage.py search_benchmark`, loaded in bulk.

Page rows are inserted in batches with their tree paths computed here (the page tree's own
add_child costs tens of milliseconds a page), then indexed through the search backend's bulk
path, which stores exactly what publishing would (title, normalised terms, PDF text...).
"""

import datetime
import random
import uuid

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.benchmark_text import publication

BATCH = 500
SENTENCES = 40  # of PDF text a publication, about 3,000 characters
START = datetime.date(2015, 1, 1)


def load(count, homes, seed=1):
    """Publish `count` publications in Albanian and their English translations."""
    rng = random.Random(seed)  # noqa: S311 (synthetic text, not security)
    model = apps.get_model("publications", "PublicationPage")
    index_model = apps.get_model("publications", "PublicationIndexPage")
    libraries = {
        code: add_page(home, index_model(title=f"Benchmark {uuid.uuid4().hex[:6]}"))
        for code, home in homes.items()
    }
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        keys = [uuid.uuid4() for _ in range(size)]
        texts = [publication(rng, SENTENCES) for _ in keys]
        days = [START + datetime.timedelta(days=rng.randrange(4000)) for _ in keys]
        for code, library in libraries.items():
            pages = [
                synthetic(model, key, start + i, days[i], *texts[i][code])
                for i, key in enumerate(keys)
            ]
            insert(library, model, pages)


def synthetic(model, key, number, day, title, summary, body):
    return model(
        title=title,
        draft_title=title,
        slug=f"benchmark-{number}",
        translation_key=key,
        summary=f"<p>{summary}</p>",
        publication_date=day,
        pdf_text=body,
        pdf_status="ok",
        live=True,
        first_published_at=datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC),
    )


def add_page(parent, page):
    page.slug = page.title.lower().replace(" ", "-")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def insert(parent, model, pages):
    """Insert `pages` as children of `parent` without the tree's per-page cost."""
    parent.refresh_from_db()
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    step = int(last.path[-Page.steplen :], 36) if last else 0
    for offset, page in enumerate(pages, start=1):
        page.path = model._get_path(parent.path, parent.depth + 1, step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.url_path = f"{parent.url_path}{page.slug}/"
    rows = Page.objects.bulk_create([Page(**page_fields(page)) for page in pages])
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    stored = model.objects.filter(pk__in=[p.pk for p in pages]).select_related("locale")
    get_search_backend().add_bulk(model, stored.prefetch_related("topics", "authors__person"))


def page_fields(page):
    names = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    return {name: getattr(page, name) for name in names}

"""Purge the page cache when content that pages show changes, after the change is committed.

One global generation (core.pagecache.bump) rather than per-page keys or tag sets: the home page,
listings, feeds, the sitemap, search results and every page's menu and footer can all show any
page, snippet or setting, so a precise dependency graph would be large and easy to get wrong,
while editors publish a few times an hour and a purge costs one Redis SET. Exact by
construction: any saved or deleted row of a watched model (below) and Wagtail's publish,
unpublish and move signals bump the generation in `transaction.on_commit`, which runs after the
search index was updated in the same transaction, and again when Wagtail's indexing task has run
(on the worker in production, after the commit: `on_task_finished`).
The same changes bump the generation of rendered content fragments (core.fragments.rendered: a
listing's results) at once and again after commit.

Watched: every model of the site's own apps but the user model (pages, snippets, settings,
taxonomies, people, registrations and supporters, whose counts pages show; not a row created or
deleted in one of its model's UNSHOWN_STATUSES, which no page shows), Wagtail's pages,
view restrictions, sites, locales, documents, images and search promotions, and tags. Not
watched: revisions (drafts), logs, renditions, search query statistics, sessions.
"""

from functools import cache

from django_tasks.signals import task_finished

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import fragments, pagecache

SITE_APPS = {
    "core",
    "home",
    "publications",
    "campaigns",
    "events",
    "organisations",
    "dialogue",
    "recommendations",
    "search",
}
UNWATCHED = {"core.user"}
WAGTAIL_MODELS = {
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtaildocs.document",
    "wagtailimages.image",
    "wagtailsearchpromotions.searchpromotion",
    "taggit.tag",
    "taggit.taggeditem",
}


@cache
def watched(model):
    label = model._meta.label_lower
    if label in UNWATCHED:
        return False
    if model._meta.app_label in SITE_APPS or label in WAGTAIL_MODELS:
        return True
    Page = apps.get_model("wagtailcore", "Page")
    return issubclass(model, Page)


def schedule_purge(**kwargs):
    """Bump the generation once the current transaction commits (at once outside one)."""
    if kwargs.get("raw"):
        return
    fragments.bump_content()  # at once, so this request and its transaction see the change
    transaction.on_commit(purge)  # one Redis SET each per change: cheap enough to repeat


def purge():
    """After commit: the page cache, and the rendered content again (a render between the
    first bump and the commit may have cached what was there before)."""
    pagecache.bump()
    fragments.bump_content()


def shown_on_no_page(sender, instance=None, created=None, **_kwargs):
    """A row created or deleted in a state no page shows (a model's UNSHOWN_STATUSES: a pledge
    or a comment waiting for its email): nothing to purge. Otherwise anyone could empty every
    cache with a form. Any change to an existing row (its confirmation) still purges."""
    unshown = getattr(sender, "UNSHOWN_STATUSES", None)
    if not unshown or instance is None or created is False:
        return False
    return getattr(instance, "status", None) in unshown


def on_row_change(sender, **kwargs):
    # A settings row that Wagtail creates while rendering (on first use) holds only defaults,
    # which the render already showed: purging then would empty the caches on a first visit.
    if kwargs.get("created") and isinstance(kwargs.get("instance"), BaseSiteSetting):
        return
    if watched(sender) and not shown_on_no_page(sender, **kwargs):
        schedule_purge(**kwargs)


def on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and watched(type(instance)):
        schedule_purge()


def on_boundary_change(**kwargs):
    """A row with one of the time boundaries changed: at once and again after commit (a lookup
    in between may have seen the rows before)."""
    if kwargs.get("raw"):
        return
    pagecache.bump_boundaries()
    transaction.on_commit(pagecache.bump_boundaries)


# Tasks that change the search index: Wagtail's indexing of a saved object, and those apps add
# (`indexing_task`: publications' PDF reading).
INDEXING_TASKS = {"modelsearch.tasks.insert_or_update_object_task"}


def indexing_task(task):
    """Purge when `task` (a django-tasks Task that updates the search index) has run."""
    INDEXING_TASKS.add(task.module_path)
    return task


def on_task_finished(sender, task_result, **_kwargs):
    """An indexing task ran (on the worker in production, some time after the save's own
    purge, or with no save at all): purge again, so that search results cached in between,
    which could not find the object or its new words yet, are not kept."""
    if task_result.task.module_path in INDEXING_TASKS:
        schedule_purge()


def connect():
    task_finished.connect(on_task_finished, dispatch_uid="pagecache_indexed")
    for label in settings.PAGE_CACHE_BOUNDARIES:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(
                on_boundary_change, sender=model, dispatch_uid=f"boundary_{label}_{id(signal)}"
            )
    post_save.connect(on_row_change, dispatch_uid="pagecache_post_save")
    post_delete.connect(on_row_change, dispatch_uid="pagecache_post_delete")
    m2m_changed.connect(on_m2m_change, dispatch_uid="pagecache_m2m")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(schedule_purge, dispatch_uid=f"pagecache_{id(signal)}")

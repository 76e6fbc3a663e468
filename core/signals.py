"""What makes the cached chrome and facets (core.fragments) stale: every edit a menu, a language
link, the site identity, the footer, the social links, a listing's facets, the search page's
promoted queries or a page kept until an edit can show; each bumps at once and again after the
transaction commits (core.fragments.bump), and what a card may show beyond its page's row
bumps the cards too (`bump_everything`)."""

from django.db.models.signals import post_delete, post_save

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import fragments
from core.models import Election, Person, SiteIdentity, Taxonomy

UID = "core.fragments"
# Snippets and settings that pages show (taxonomies of every app are Taxonomy subclasses).
SHOWN = (SiteIdentity, Taxonomy, Person, Election, BaseSiteSetting, Site, Locale, SearchPromotion)


def bump_for_shown(sender, instance, created=False, **kwargs):
    # A settings row that Wagtail creates while rendering (on first use) holds only defaults,
    # which the render already showed; bumping then would empty the cache on the first visit.
    if isinstance(instance, SHOWN) and not (created and isinstance(instance, BaseSiteSetting)):
        fragments.bump_everything()


def bump_for_changed(sender, instance, created=False, **kwargs):
    """Any change of a view restriction; an image or a document only when an existing one
    changes (a new one is shown nowhere yet; a replaced PDF changes its size on cards)."""
    if not created or not isinstance(instance, (get_image_model(), get_document_model())):
        fragments.bump_everything()


def bump_for_live_page(sender, instance, **kwargs):
    """A live page's row saved without a publish (a draft of it, a script's `save()`): what its
    cards and the lists kept with the chrome show may have changed."""
    if isinstance(instance, Page) and instance.live:
        fragments.bump()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(fragments.bump, dispatch_uid=f"{UID}.{id(signal)}")
    post_delete.connect(fragments.bump, sender=Page, dispatch_uid=f"{UID}.page")
    post_save.connect(bump_for_live_page, dispatch_uid=f"{UID}.live_page")
    for model in (PageViewRestriction, get_image_model(), get_document_model()):
        post_save.connect(bump_for_changed, sender=model, dispatch_uid=f"{UID}.{model.__name__}.s")
        post_delete.connect(
            fragments.bump_everything, sender=model, dispatch_uid=f"{UID}.{model.__name__}.d"
        )
    post_save.connect(bump_for_shown, dispatch_uid=f"{UID}.shown.save")
    post_delete.connect(bump_for_shown, dispatch_uid=f"{UID}.shown.delete")

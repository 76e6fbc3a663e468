"""Workarounds for upstream behaviour, applied from CoreConfig.ready().

keep_numchild_current: wagtail-localize publishes a new translation on transaction commit. When a
parent and its children are translated in one transaction (wagtail-localize's "translate subtree",
or our demo loader), the parent's deferred publish saves the `numchild` its revision saw before
the children existed (Page.with_content_json copies it from a cached instance). The children then
vanish from menus and `get_children()`. Costs one COUNT per page save. Delete this once
wagtail-localize publishes immediately or Wagtail re-reads tree fields on publish:
`core/tests/test_upstream.py` reproduces the problem (it fails with `apply()` disabled).

locales_once_per_request: Wagtail looks the active Locale up with a query every time it is asked
(`Locale.get_active()`, `page.localized`, routing): three to five identical queries per page.
Within a request (between Django's request_started and request_finished signals) each language's
Locale is now read once; outside a request nothing changes. Delete this once Wagtail caches the
lookup itself: `core/tests/test_upstream.py` shows Wagtail's own manager still queries each time.

view_restrictions_once_per_request: Wagtail's `PageQuerySet.public()` reads every
PageViewRestriction with a query each time it is called, and a page calls it for each list it
shows (the home page's sections: five times). Within a request the restrictions are now read once;
a restriction saved or deleted during the request empties the memo. Delete once Wagtail caches
them itself: `core/tests/test_upstream.py` shows `public()` still queries each time outside a
request.

sites_kept_with_the_chrome: Wagtail finds the request's Site with a query on every request
(`Site.find_for_request` memoises on the request only), then its root page's specific row. The
Site found for a host that ALLOWED_HOSTS names exactly (not through "*" or a ".domain" pattern,
so never a key per made-up Host header) is now kept, with that specific root page, under the
chrome generation (core.fragments), which saving or deleting a Site bumps at once and again after
commit, as does publishing the root. The home page itself is read afresh when it is the page
served (core.routecache). Delete once Wagtail caches the Site itself (it caches
`Site.get_site_root_paths` the same way): `core/tests/test_upstream.py`.

name_albanian_as_in_menus: Wagtail's Account -> Preferred language lists each language by
Django's `name_local`, which for Albanian is "shqip" (lower case, as in running text). In a menu
the language names itself "Shqip", as LANGUAGES and the site's switcher do.

label_site_columns: Wagtail's Sites listing names three of its columns after the field names
("Port", "Site name", "Root page"), not the fields' translated verbose names, so they stay English
in the Albanian admin. Each now takes its field's verbose name. Delete once wagtail.sites.views
labels them itself: tests/test_admin_listings.py checks every admin listing's headings.

localise_translation_comment_dates: wagtail-localize's translation editor says "Translated
manually on {date}" with the date from `strftime`, so English month names end up inside the
Albanian sentence ("Përkthyer manualisht më 4 December 2026"). Same sentences, with the date in
the active language's format. Delete once StringTranslation.get_comment uses Django's formats.
"""

from contextvars import ContextVar

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.http.request import split_domain_port
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager
from wagtail.query import PageQuerySet
from wagtail_localize.models import StringTranslation

from core import fragments

_request_locales = ContextVar("core_request_locales", default=None)
_uncached_get_for_language = LocaleManager.get_for_language
_request_restrictions = ContextVar("core_request_restrictions", default=None)
_uncached_private_q = PageQuerySet.private_q
_uncached_find_site = Site._find_for_request


def keep_numchild_current(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance._state.adding or not instance.path:
        return
    instance.numchild = Page.objects.filter(
        path__startswith=instance.path, depth=instance.depth + 1
    ).count()


def get_for_language_once_per_request(manager, language_code):
    memo = _request_locales.get()
    if memo is None or manager.model is not Locale:
        return _uncached_get_for_language(manager, language_code)
    if language_code not in memo:  # a missing Locale raises and is never memoised
        memo[language_code] = _uncached_get_for_language(manager, language_code)
    return memo[language_code]


def private_q_once_per_request(queryset):
    memo = _request_restrictions.get()
    if memo is None:
        return _uncached_private_q(queryset)
    if "pages" not in memo:
        restrictions = PageViewRestriction.objects.select_related("page")
        memo["pages"] = [restriction.page for restriction in restrictions]
    q = Q()
    for page in memo["pages"]:
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])  # as Wagtail: no private section matches no page


def forget_restrictions(**kwargs):
    memo = _request_restrictions.get()
    if memo is not None:
        memo.clear()


def start_request_memo(**kwargs):
    _request_locales.set({})
    _request_restrictions.set({})


def end_request_memo(**kwargs):
    _request_locales.set(None)
    _request_restrictions.set(None)


def find_site_kept_with_the_chrome(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    if hostname not in {host.lower() for host in settings.ALLOWED_HOSTS}:  # no pattern, no "*"
        return _uncached_find_site(request)

    def find():
        site = _uncached_find_site(request)
        if site is not None:  # routing starts at the root's specific page (core.routecache)
            site.root_page = site.root_page.specific
        return site

    return fragments.get_or_set(request, "site", (hostname, request.get_port()), find)


def name_albanian_as_in_menus():
    LANG_INFO["sq"]["name_local"] = "Shqip"


def translation_comment(self):
    """StringTranslation.get_comment, with a localised date."""
    date = date_format(localtime(self.updated_at))
    if self.tool_name:
        comment = _("Translated with {tool_name} on {date}")
        return comment.format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def localise_translation_comment_dates():
    StringTranslation.get_comment = translation_comment


def label_site_columns():
    from wagtail.sites.views import IndexView  # noqa: PLC0415 (admin views need the app registry)

    fields = {field.name: field for field in Site._meta.get_fields()}
    for column in IndexView.columns:
        field = fields.get(column.name)
        named_after_field = column.label == capfirst(column.name.replace("_", " "))
        if named_after_field and getattr(field, "verbose_name", None):
            column.label = capfirst(field.verbose_name)


def apply():
    name_albanian_as_in_menus()
    label_site_columns()
    localise_translation_comment_dates()
    pre_save.connect(keep_numchild_current, dispatch_uid="core.keep_numchild_current")
    LocaleManager.get_for_language = get_for_language_once_per_request
    PageQuerySet.private_q = private_q_once_per_request
    Site._find_for_request = staticmethod(find_site_kept_with_the_chrome)
    for signal in (post_save, post_delete):
        signal.connect(
            forget_restrictions,
            sender=PageViewRestriction,
            dispatch_uid=f"core.restrictions.{id(signal)}",
        )
    request_started.connect(start_request_memo, dispatch_uid="core.locale_memo.start")
    request_finished.connect(end_request_memo, dispatch_uid="core.locale_memo.end")

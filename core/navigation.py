"""Locale-aware navigation: the current language's home and menu, and links to translations.

Every function here costs a fixed number of queries, whatever the size of the site.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def localized_homes(request):
    """{language_code: live home page} for the request's site."""
    root = site_root(request)
    if root is None:
        return {}
    pages = (
        Page.objects.live().filter(translation_key=root.translation_key).select_related("locale")
    )
    return {page.locale.language_code: page for page in pages}


def current_home(request):
    homes = localized_homes(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def menu_pages(request, home=None):
    """Live, public pages shown in menus under the current language's home."""
    home = home or current_home(request)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


def language_links(request, page=None):
    """A link per language to the translation of `page` (or of the current URL)."""
    current = get_language()
    homes = localized_homes(request)
    translations = {}
    if isinstance(page, Page) and page.pk:
        siblings = Page.objects.live().filter(translation_key=page.translation_key)
        translations = {p.locale.language_code: p for p in siblings.select_related("locale")}
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url, is_translation = target.get_url(request), True
        elif page is None or not isinstance(page, Page):
            url, is_translation = translate_url(request.get_full_path(), code), True
        else:
            home = homes.get(code)
            url, is_translation = (home.get_url(request) if home else f"/{code}/"), False
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


def active_locale(request=None):
    """The Locale of the active language (cached on `request` when one is given)."""
    cached = getattr(request, "_active_locale", None)
    if cached is not None and cached.language_code == get_language():
        return cached
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    if request is not None:
        request._active_locale = locale
    return locale

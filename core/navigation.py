"""Locale-aware navigation: the current language's home and menu, and links to translations.

Every function here costs a fixed number of queries, whatever the size of the site.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
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
            if not is_local_path(url):  # e.g. a 404 for //evil.example/x
                url, is_translation = home_url(request, homes, code), False
        else:
            url, is_translation = home_url(request, homes, code), False
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


def home_url(request, homes, code):
    home = homes.get(code)
    return (home.get_url(request) if home else None) or f"/{code}/"


def is_local_path(url):
    """True for a path on this site: one leading slash, no scheme or host a browser could read
    into it (`//host`, `/\\host`, `///host`, control characters)."""
    return (
        url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and not any(ord(char) < 32 or char == "\\" for char in url)
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


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

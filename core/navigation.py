"""Locale-aware navigation: the current language's home and menu, and links to translations.

Every function here costs a fixed number of queries, whatever the size of the site.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from core import fragments


@dataclass(frozen=True)
class MenuLink:
    url: str
    title: str


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
    if not (isinstance(page, Page) and page.pk):
        links = []
        for code, name, current in _languages():
            url, is_translation = _path_in(request, code)
            links.append(LanguageLink(code, name, url, current, is_translation))
        return links
    return [
        LanguageLink(code, name, url, code == get_language(), is_translation)
        for code, name, url, is_translation in page_language_urls(request, page)
    ]


def _path_in(request, code):
    """(url, is_translation): the current path in language `code`, or that language's home
    page when the path is not a local one (a 404 for `//evil.example/x`)."""
    url = translate_url(request.get_full_path(), code)
    if is_local_path(url):
        return url, True
    home = localized_homes(request).get(code)
    return (home.get_url(request) if home else None) or f"/{code}/", False


def is_local_path(url):
    """True for a path on this site: one leading slash, no scheme or host a browser could read
    into it (`//host`, `/\\host`, `///host`, control characters)."""
    return (
        url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and not any(ord(char) < 32 or char == "\\" for char in url)
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


def _languages():
    current = get_language()
    return [(code, name, code == current) for code, name in settings.LANGUAGES]


def page_language_urls(request, page):
    """[(code, name, url, is_translation)]: `page`'s live translations, or the home page of a
    language it is not translated into."""
    siblings = Page.objects.live().filter(translation_key=page.translation_key)
    translations = {p.locale.language_code: p for p in siblings.select_related("locale")}
    homes = None
    urls = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            urls.append((code, name, translations[code].get_url(request), True))
            continue
        homes = localized_homes(request) if homes is None else homes
        home = homes.get(code)
        urls.append((code, name, home.get_url(request) if home else f"/{code}/", False))
    return urls


def site_key(request):
    site = Site.find_for_request(request)
    return site.pk if site else 0


def cached_language_links(request, page=None):
    """`language_links`, the page's part cached per page until the next publish (core.fragments)."""
    if not (isinstance(page, Page) and page.pk):
        return language_links(request, page)
    parts = (site_key(request), page.pk)
    urls = fragments.get_or_set(
        request, "languages", parts, lambda: page_language_urls(request, page)
    )
    current = get_language()
    return [LanguageLink(code, name, url, code == current, is_t) for code, name, url, is_t in urls]


def cached_menu_links(request):
    """[MenuLink] of the current language's menu, cached until the next publish."""

    def compute():
        return [MenuLink(page.get_url(request), page.title) for page in menu_pages(request)]

    return fragments.get_or_set(request, "menu", (site_key(request), get_language()), compute)


def cached_home_url(request):
    def compute():
        home = current_home(request)
        return home.get_url(request) if home else "/"

    return fragments.get_or_set(request, "home", (site_key(request), get_language()), compute)


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

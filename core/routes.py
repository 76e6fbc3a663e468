"""URLs of pages' routes (RoutablePageMixin's @path), built by route name, never by hand."""

from urllib.parse import urlencode


def route_url(page, name, *, base=None, query=None, **kwargs):
    """The URL of `page`'s route `name` (kwargs fill its parameters), with an optional query.

    `base` is the page's own URL: `page.url` unless given (another language's path, say).
    """
    url = (page.url if base is None else base) + page.reverse_subpage(name, kwargs=kwargs or None)
    return f"{url}?{urlencode(query, safe=':')}" if query else url  # signed tokens as they are

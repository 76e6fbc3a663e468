"""CSRF on cached pages: the page cache stores forms without their token.

With JavaScript, site.js fills each empty `csrfmiddlewaretoken` from the CSRF cookie, asking
`csrf_cookie` (a tiny uncached endpoint) for the cookie first when the visitor has none. Without
JavaScript the first post fails the CSRF check: `csrf_failure` then renders the page afresh (with
a token and the cookie), puts back what the visitor typed and asks them to send it again, so no
input is lost. The admin and other posts get Django's own failure page.
"""

import re
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET

from core.pagecache import SKIPPED_PREFIXES

TOKEN_TAG = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]*">')
INPUT = re.compile(r"<input\b[^>]*>")
TEXTAREA = re.compile(r'(<textarea\b[^>]*\bname="([^"]+)"[^>]*>)(.*?)(</textarea>)', re.S)
SELECT = re.compile(r'(<select\b[^>]*\bname="([^"]+)"[^>]*>)(.*?)(</select>)', re.S)
OPTION = re.compile(r"<option\b[^>]*>")
ATTRIBUTE = '\\b{}="([^"]*)"'
KEPT_AS_RENDERED = {"hidden", "submit", "button", "file", "password", "image", "reset"}


@require_GET
@never_cache
@ensure_csrf_cookie
def csrf_cookie(request):
    """Sets the CSRF cookie (for site.js); no content, never cached."""
    return HttpResponse(status=204)


def csrf_failure(request, reason=""):
    if request.method != "POST" or request.path.startswith(SKIPPED_PREFIXES):
        return django_csrf_failure(request, reason)
    posted = request.POST  # read before the request turns into a GET
    response = fresh_page(request)
    if response is None:
        return django_csrf_failure(request, reason)
    html = keep_input(response.content.decode(response.charset), posted)
    response.content = add_notice(html)
    response.status_code = 403
    return response


def fresh_page(request, redirects=1):
    """The page the form was on, rendered for a GET (following the form route's redirect)."""
    request.method = "GET"
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    response = match.func(request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    if response.status_code in (301, 302) and redirects:
        target = urlsplit(response["Location"])
        if target.netloc and target.netloc != request.get_host():
            return None
        request.path = request.path_info = target.path
        request.__dict__.pop("_wagtail_route_for_request", None)  # Wagtail's memo of the route
        return fresh_page(request, redirects - 1)
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return None
    return response


def add_notice(html):
    notice = _(
        "Your form was not sent because its security check had expired. "
        "We kept what you typed: please send it again."
    )
    paragraph = f'<p class="form__errors" role="alert">{escape(notice)}</p>'
    return TOKEN_TAG.sub(lambda match: match.group(0) + paragraph, html)


def _attribute(tag, name):
    found = re.search(ATTRIBUTE.format(name), tag)
    return found.group(1) if found else None


def _set_flag(tag, flag, on):
    tag = re.sub(rf"\s{flag}(=\"[^\"]*\")?(?=[\s/>])", "", tag)
    return tag.replace("<input", f"<input {flag}", 1) if on else tag


def _input(tag, data):
    name, kind = _attribute(tag, "name"), (_attribute(tag, "type") or "text")
    if name is None or name not in data or kind in KEPT_AS_RENDERED:
        return tag
    if kind in ("checkbox", "radio"):
        value = _attribute(tag, "value") or "on"
        return _set_flag(tag, "checked", value in data.getlist(name))
    value = f'value="{escape(data[name])}"'
    if _attribute(tag, "value") is not None:
        return re.sub(r'\bvalue="[^"]*"', lambda _match: value, tag, count=1)
    return tag.replace("<input", f"<input {value}", 1)


def _select(match, data):
    opening, name, options, closing = match.groups()
    if name not in data:
        return match.group(0)
    chosen = data.getlist(name)

    def option(tag):
        tag = re.sub(r"\sselected(=\"[^\"]*\")?", "", tag.group(0))
        value = _attribute(tag, "value")
        return tag.replace("<option", "<option selected", 1) if value in chosen else tag

    return opening + OPTION.sub(option, options) + closing


def keep_input(html, data):
    """`html` with the posted values put back into its inputs, text areas and selects."""
    html = INPUT.sub(lambda match: _input(match.group(0), data), html)
    html = TEXTAREA.sub(
        lambda m: (
            m.group(1) + escape(data[m.group(2)]) + m.group(4) if m.group(2) in data else m.group(0)
        ),
        html,
    )
    return SELECT.sub(lambda match: _select(match, data), html)

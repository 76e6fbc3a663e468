"""Cache headers: public pages may be cached by browsers and proxies; the admin, forms and
anything personal never are.

Sits above LocaleMiddleware and CsrfViewMiddleware so that it sees their final responses (the
language redirect at `/`, the CSRF cookie of a page with a form).
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/i18n/")
# A query parameter that carries a personal link's token (`?t=`): the page it opens is someone's
# own (a registration, a pledge, an application) and no cache may keep it.
TOKEN_PARAMETERS = ("t",)


def mark_personal(request):
    """For a view whose page is personal without a `?t=` token (e.g. a token in the path):
    it is then sent as `Cache-Control: private, no-store`, like every token page."""
    request.is_personal = True


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_private(request, response):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        elif self._is_public(request, response):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
        return response

    @staticmethod
    def _is_private(request, response):
        return (
            request.path.startswith(PRIVATE_PREFIXES)
            or getattr(request, "is_preview", False)
            or getattr(request, "is_personal", False)
            or any(name in request.GET for name in TOKEN_PARAMETERS)
            or settings.CSRF_COOKIE_NAME in response.cookies  # the page carries a form token
            or (hasattr(request, "user") and request.user.is_authenticated)
            or request.method not in ("GET", "HEAD")
        )

    @staticmethod
    def _is_public(request, response):
        if response.status_code in (301, 302, 307, 308) and request.path == "/":
            # the language redirect depends on the visitor's Accept-Language and cookie
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
            add_never_cache_headers(response)
            return False
        return response.status_code == 200 and not response.has_header("Cache-Control")

"""Security headers: a Content-Security-Policy and a Permissions-Policy on every response.

Public pages get a strict policy: scripts and styles only from our own files (the templates use
`<script src>` and JSON-LD data blocks, never inline script, event handlers or style attributes),
frames only from the video providers campaigns embed. The admin (`/admin/`, `/django-admin/`) gets
the looser policy Wagtail's admin and wagtail-localize need: they ship inline scripts and styles,
so `'unsafe-inline'` is allowed there and only there. User media (core.media) is sandboxed apart.

The policies are built from settings (CSP_FRAME_SRC, CSP_REPORT_URI), so a deployment that adds an
embed provider changes a setting, not this module.
"""

from urllib.parse import urlsplit

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")

# Browser features the site never uses are switched off for every page and every frame in it;
# the Web Share API stays on for our own pages (the share buttons use it).
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "autoplay=()",
        "camera=()",
        "display-capture=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "usb=()",
        "serial=()",
        "hid=()",
        "bluetooth=()",
        "xr-spatial-tracking=()",
        "web-share=(self)",
    ]
)


def _origin(url):
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _join(directives):
    return "; ".join(f"{name} {' '.join(values)}".strip() for name, values in directives.items())


def _report(directives):
    if getattr(settings, "CSP_REPORT_URI", ""):
        directives["report-uri"] = [settings.CSP_REPORT_URI]
    return directives


def public_policy():
    """The policy of every public page: nothing inline, nothing from elsewhere but video frames.

    The editors' userbar on a public page loads its script and style from WAGTAILADMIN_BASE_URL,
    which is this site, but may be spelt differently (another host name of the same server)."""
    admin = _origin(settings.WAGTAILADMIN_BASE_URL)
    own = ["'self'", admin] if admin else ["'self'"]
    return _join(
        _report(
            {
                "default-src": ["'self'"],
                "script-src": own,
                "style-src": own,
                "img-src": ["'self'", "data:"],
                "font-src": ["'self'"],
                "connect-src": ["'self'"],
                "frame-src": list(settings.CSP_FRAME_SRC) or ["'none'"],
                "media-src": ["'self'"],
                "object-src": ["'none'"],
                "base-uri": ["'self'"],
                "form-action": ["'self'"],
                "frame-ancestors": ["'none'"],
            }
        )
    )


def admin_policy():
    """Wagtail's admin and wagtail-localize: inline script and style allowed, the rest tight.

    frame-ancestors is 'self' because the admin shows previews of pages in a frame of its own;
    blob: images are the upload previews; the embed providers show in the embed chooser."""
    return _join(
        _report(
            {
                "default-src": ["'self'"],
                "script-src": ["'self'", "'unsafe-inline'"],
                "style-src": ["'self'", "'unsafe-inline'"],
                "img-src": ["'self'", "data:", "blob:", *settings.CSP_ADMIN_IMG_SRC],
                "font-src": ["'self'", "data:"],
                "connect-src": ["'self'"],
                "frame-src": ["'self'", *settings.CSP_FRAME_SRC],
                "media-src": ["'self'", "blob:"],
                "worker-src": ["'self'", "blob:"],
                "object-src": ["'none'"],
                "base-uri": ["'self'"],
                "form-action": ["'self'"],
                "frame-ancestors": ["'self'"],
            }
        )
    )


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy unless a view set its own (the media
    view sets `sandbox`)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public = public_policy()
        self.admin = admin_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            is_admin = request.path.startswith(ADMIN_PREFIXES) or getattr(
                request, "is_preview", False
            )
            response["Content-Security-Policy"] = self.admin if is_admin else self.public
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response

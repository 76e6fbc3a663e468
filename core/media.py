"""User media served by Django (SERVE_MEDIA: development, tests, small deployments).

Uploaded files are other people's content on our origin: each is served inside a CSP sandbox
(no script runs, no same-origin access, even if a crafted file is opened directly) and with
`nosniff`, so a browser never guesses HTML or script from a file's bytes. Documents are never
served from here: their files go through Wagtail's document view (`/documents/<id>/<name>`),
which checks that the document is public (core.documents). In production the web server serves
/media/ and must send the same two headers and refuse /media/documents/ and /media/private/
(docs/security.md).

Files that only a view may hand out (a position paper's PDF before and after its publication)
live in `private_storage()`: MEDIA_ROOT/private/, which has no public URL at all.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.views.static import serve

MEDIA_HEADERS = {
    "Content-Security-Policy": "sandbox",
    "X-Content-Type-Options": "nosniff",
}
PRIVATE_FOLDERS = ("documents/", "private/")


def serve_media(request, path, document_root=None):
    if path.lstrip("/").startswith(PRIVATE_FOLDERS):
        raise Http404("Documents are served by their own view.")
    response = serve(request, path, document_root=document_root)
    for header, value in MEDIA_HEADERS.items():
        response[header] = value
    return response


class PrivateStorage(FileSystemStorage):
    """MEDIA_ROOT/private/ (read when first used, so test settings apply): no URL of its own."""

    @cached_property
    def base_location(self):
        return os.path.join(settings.MEDIA_ROOT, "private")

    def url(self, name):
        raise ValueError("Private files are served by a view that checks who may see them.")


_private = PrivateStorage()


def private_storage():
    """The storage of files served only through a permission-checking view (a callable, so
    migrations name it rather than a path)."""
    return _private


def serve_private_file(field, filename):
    """A stored file as a download-safe response: attachment, nosniff, sandboxed, never cached."""
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=filename)
    for header, value in MEDIA_HEADERS.items():
        response[header] = value
    add_never_cache_headers(response)
    return response

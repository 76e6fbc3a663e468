"""User media served by Django (SERVE_MEDIA: development, tests, small deployments).

Uploaded files are other people's content on our origin: each is served inside a CSP sandbox
(no script runs, no same-origin access, even if a crafted file is opened directly) and with
`nosniff`, so a browser never guesses HTML or script from a file's bytes. Documents are never
served from here: their files go through Wagtail's document view (`/documents/<id>/<name>`),
which checks that the document is public (core.documents). In production the web server serves
/media/ and must send the same two headers and refuse /media/documents/ (docs/security.md).
"""

from django.http import Http404
from django.views.static import serve

MEDIA_HEADERS = {
    "Content-Security-Policy": "sandbox",
    "X-Content-Type-Options": "nosniff",
}
PRIVATE_FOLDERS = ("documents/",)


def serve_media(request, path, document_root=None):
    if path.lstrip("/").startswith(PRIVATE_FOLDERS):
        raise Http404("Documents are served by their own view.")
    response = serve(request, path, document_root=document_root)
    for header, value in MEDIA_HEADERS.items():
        response[header] = value
    return response

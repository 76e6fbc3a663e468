"""Wagtail's read-only API v2 at /api/v2/: pages (with each type's `api_fields`), images and
documents. Only live, public pages are exposed, and only the documents they use
(core.documents)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.documents import public_documents


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Documents used by live, public pages: never a draft's embargoed report."""

    def get_queryset(self):
        return public_documents(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

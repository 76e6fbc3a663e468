"""Which documents the public may see: those used by a live, public page.

A report uploaded for a draft publication (an embargo), minutes of an unpublished event, or a
file only a private page links to stay unseen: absent from `/api/v2/documents/` and answered with
404 at `/documents/<id>/<name>` to anyone who could not pick the document in the admin. Use is
read from Wagtail's reference index, which records every document a page's saved content points
at: foreign keys (a publication's PDFs, an event's minutes), child rows (a campaign's materials),
StreamField blocks and rich-text links. A draft's content lives in its revision, not in the page
row the index reads, so a document added in an unpublished draft of a live page stays unseen
until that draft is published.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry


def _public_uses():
    """The reference index's rows from live, public pages to documents."""
    pages = Page.objects.live().public().annotate(key=Cast("pk", CharField())).values("key")
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=pages,
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
    )


def public_documents(queryset=None):
    """`queryset` (every document by default) narrowed to those used by live, public pages."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    used = _public_uses().values_list("to_object_id", flat=True).distinct()
    # ids, not a subquery: the API's search runs this queryset through the search backend,
    # which accepts plain column filters only
    return queryset.filter(pk__in=[int(pk) for pk in used if pk.isdigit()])


def is_public(document):
    return _public_uses().filter(to_object_id=str(document.pk)).exists()


def may_see(user, document):
    """The public sees public documents; people who may choose it in the admin see any."""
    if is_public(document):
        return True
    if not (user and user.is_authenticated):
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], document)

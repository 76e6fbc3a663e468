"""Keep each publication's searchable PDF text in step with its PDF.

Small files are read while the page is saved; larger ones go to a background task (django-tasks:
immediate in development and tests, a worker in production when TASKS says so). A document whose
file is replaced in the documents library is read again for every publication that uses it.
"""

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save

from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backends

from core.invalidation import indexing_task
from publications.models import PublicationPage
from publications.pdf import extract_pdf_text


def reading_pdf(page):
    """The PDF whose text is indexed with the page: the one in the page's language."""
    if page.locale_id and page.locale.language_code != settings.LANGUAGE_CODE:
        return page.pdf_other_language or page.pdf
    return page.pdf or page.pdf_other_language


def fingerprint(document):
    return f"{document.pk}:{document.file_hash or document.file.name}" if document else ""


def refresh_pdf_text(page, force=False):
    """Bring `page.pdf_text` up to date before the page is saved (no save of its own)."""
    document = reading_pdf(page)
    current = fingerprint(document)
    if current == page.pdf_fingerprint and not force:
        return
    page.pdf_fingerprint = current
    page.pdf_text = ""
    if document is None:
        page.pdf_status = ""
    elif document.file_size and document.file_size > settings.PUBLICATION_PDF_SYNC_LIMIT:
        page.pdf_status = "pending"
        transaction.on_commit(lambda: extract_publication_pdf.enqueue(page.pk))
    else:
        apply_extraction(page)


def apply_extraction(page):
    try:
        with reading_pdf(page).file.open("rb") as handle:
            result = extract_pdf_text(handle)
    except OSError:
        page.pdf_status, page.pdf_text = "broken", ""
        return
    page.pdf_status, page.pdf_text = result.status, result.text


@indexing_task  # its end purges searches kept before the text was read (core.invalidation)
@task()
def extract_publication_pdf(page_id):
    """Read a large PDF in the background, store its text and reindex the page."""

    page = PublicationPage.objects.filter(pk=page_id).first()
    if page is None or reading_pdf(page) is None:
        return
    apply_extraction(page)
    PublicationPage.objects.filter(pk=page.pk).update(
        pdf_text=page.pdf_text, pdf_status=page.pdf_status
    )
    reindex(page)


def reindex(page):
    for backend in get_search_backends():
        backend.add(page)


def document_changed(sender, instance, created=False, **kwargs):
    """A replaced file: read it again for every publication that uses the document."""

    if created:
        return
    using = Q(pdf=instance) | Q(pdf_other_language=instance)
    for page in PublicationPage.objects.filter(using).exclude(
        pdf_fingerprint=fingerprint(instance)
    ):
        refresh_pdf_text(page, force=True)
        PublicationPage.objects.filter(pk=page.pk).update(
            pdf_text=page.pdf_text, pdf_status=page.pdf_status, pdf_fingerprint=page.pdf_fingerprint
        )
        reindex(page)


def connect_signals():
    post_save.connect(
        document_changed, sender=get_document_model(), dispatch_uid="publications.document_changed"
    )

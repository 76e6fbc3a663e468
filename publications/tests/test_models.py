"""Publications: where they live, how they render, and what happens to their PDFs."""

import pytest

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.demo_pdf import make_pdf
from core.factories import PersonFactory, TopicFactory
from home.models import HomePage
from publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    PublicationTypeFactory,
    pdf_document,
)
from publications.models import PublicationIndexPage, PublicationPage

pytestmark = pytest.mark.django_db


def test_one_library_per_home_page_and_publications_only_inside_it(home):
    assert PublicationIndexPage.can_create_at(home)
    assert not PublicationIndexPage.can_create_at(Page.get_first_root_node())
    assert set(PublicationIndexPage.allowed_parent_page_models()) == {HomePage}
    library = PublicationIndexPageFactory(parent=home)
    assert not PublicationIndexPage.can_create_at(home)  # a second library would split the list
    assert PublicationPage.can_create_at(library)
    assert not PublicationPage.can_create_at(home)


def test_pdf_text_is_extracted_on_save_and_searchable(library):
    page = PublicationPageFactory(
        parent=library, pdf=pdf_document("Blerja e votës në zonat rurale të Shqipërisë")
    )
    page.refresh_from_db()
    assert page.pdf_status == "ok"
    assert "Blerja e votës në zonat rurale" in page.pdf_text
    found = PublicationPage.objects.live().search("rurale")
    assert [result.pk for result in found] == [page.pk]


def test_a_broken_pdf_does_not_break_saving(library):
    broken = pdf_document(name="prishur.pdf", data=b"%PDF-1.4\nthis is not really a pdf")
    page = PublicationPageFactory(parent=library, pdf=broken)
    page.refresh_from_db()
    assert page.live
    assert page.pdf_status == "broken"
    assert page.pdf_text == ""


def test_the_english_page_indexes_the_english_pdf(library, en_library, en, translate_page):
    page = PublicationPageFactory(
        parent=library,
        title="Gratë në zgjedhje",
        pdf=pdf_document("Gratë kandidate në zgjedhjet vendore", name="sq.pdf"),
        pdf_other_language=pdf_document("Women candidates in local elections", name="en.pdf"),
    )
    english = translate_page(page, en, {"Gratë në zgjedhje": "Women in elections"})
    assert "Gratë kandidate" in PublicationPage.objects.get(pk=page.pk).pdf_text
    assert "Women candidates" in PublicationPage.objects.get(pk=english.pk).pdf_text


def test_replacing_a_documents_file_re_extracts_its_text(library):
    document = pdf_document("Teksti i vjetër")
    page = PublicationPageFactory(parent=library, pdf=document)
    document.file.save("new.pdf", ContentFile(make_pdf("Ri", ["Teksti i ri për diasporën"])))
    document.file_hash = ""
    document._set_document_file_metadata()
    document.save()
    page.refresh_from_db()
    assert "diasporën" in page.pdf_text
    assert "vjetër" not in page.pdf_text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.txt", b"plain text notes", "this document is not a PDF"),
        ("fake.pdf", b"GIF89a not a pdf", "this document's contents are not a PDF"),
    ],
)
def test_non_pdf_documents_are_refused_with_a_clear_message(library, name, data, message):
    page = PublicationPageFactory.build(pdf=pdf_document(name=name, data=data), slug="x", title="X")
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            page.clean()
        # The message is lazy: read it while English is still active.
        assert message in str(error.value.message_dict["pdf"])


def test_oversized_pdfs_are_refused(library, settings):
    settings.PUBLICATION_PDF_MAX_SIZE = 100
    page = PublicationPageFactory.build(pdf=pdf_document(), slug="x", title="X")
    with translation.override("sq"), pytest.raises(ValidationError) as error:
        page.clean()
    assert "PDF-ja është shumë e madhe" in str(error.value.message_dict["pdf"])


def test_doi_links_are_stored_as_bare_dois(library):
    page = PublicationPageFactory.build(doi="https://doi.org/10.5281/zenodo.1234567", slug="x")
    page.clean()
    assert page.doi == "10.5281/zenodo.1234567"


def test_a_publication_without_pdf_or_cover_renders(client, library):
    page = PublicationPageFactory(parent=library, title="Pa PDF")
    response = client.get(page.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<h1>Pa PDF</h1>" in body
    assert "Teksti i plotë është botuar në këtë faqe." in body


def test_both_languages_render_with_localized_taxonomy(
    client, library, en_library, en, translate_page
):
    kind = PublicationTypeFactory(name="Dokument politikash", slug="dokument-politikash")
    translate_page(kind, en, {"Dokument politikash": "Policy paper"})
    topic = TopicFactory(name="Reforma zgjedhore", slug="reforma-zgjedhore")
    translate_page(topic, en, {"Reforma zgjedhore": "Electoral reform"})
    person = PersonFactory(given_name="Arbëresha", family_name="Hoxha", affiliation="QKBTAT")
    translate_page(person, en, {"QKBTAT": "ANTTARC"})
    page = PublicationPageFactory(
        parent=library,
        title="Kodi zgjedhor",
        publication_type=kind,
        topics=[topic],
        authors=[person],
    )
    english = translate_page(page, en, {"Kodi zgjedhor": "The Electoral Code"})
    sq_body = client.get(page.url).content.decode()
    en_body = client.get(english.url).content.decode()
    assert "Dokument politikash" in sq_body and "Reforma zgjedhore" in sq_body
    assert "Policy paper" in en_body and "Electoral reform" in en_body
    assert 'Arbëresha Hoxha <span class="person__affiliation">(ANTTARC)</span>' in en_body


def test_editor_is_told_when_the_pdf_cannot_be_searched(admin_client, library):
    broken = pdf_document(name="prishur.pdf", data=b"%PDF-1.4\ngarbage")
    page = PublicationPageFactory(parent=library, title="Me PDF")
    data = nested_form_data(
        {
            "title": "Me PDF",
            "slug": page.slug,
            "summary": rich_text("<p>Përmbledhje</p>"),
            "publication_date": "2025-05-11",
            "body": streamfield([]),
            "authors": inline_formset([]),
            "related_pages": inline_formset([]),
            "comments": inline_formset([]),
            "pdf": broken.pk,
            "action-publish": "publish",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("nuk mund të kërkohet" in text and "i dëmtuar" in text for text in texts), texts


def test_publication_pages_are_editable_in_the_admin(admin_client, library):
    page = PublicationPageFactory(parent=library)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[library.pk]))
    assert response.status_code == 200


def test_large_pdfs_are_read_by_a_background_task(
    library, settings, django_capture_on_commit_callbacks
):
    settings.PUBLICATION_PDF_SYNC_LIMIT = 100  # bytes: every test PDF counts as large
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page = PublicationPageFactory(parent=library, pdf=pdf_document("Votimi i diasporës"))
    assert PublicationPage.objects.get(pk=page.pk).pdf_status == "pending"
    for (
        callback
    ) in callbacks:  # the commit: the task is enqueued (and run by the immediate backend)
        callback()
    page.refresh_from_db()
    assert page.pdf_status == "ok"
    assert "Votimi i diasporës" in page.pdf_text
    assert [hit.pk for hit in PublicationPage.objects.search("diasporës")] == [page.pk]

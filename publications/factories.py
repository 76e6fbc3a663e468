"""Factories for the research library; PDFs are real, made by core.demo_pdf."""

import datetime

import factory

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from core.demo_pdf import make_pdf
from core.factories import TaxonomyFactory
from home.factories import PageFactory
from publications.models import (
    PublicationAuthor,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)


class PublicationTypeFactory(TaxonomyFactory):
    class Meta:
        model = PublicationType

    name = factory.Sequence(lambda n: f"Lloji {n}")


def pdf_document(text="Pjesëmarrja e grave në zgjedhje", name="botim.pdf", data=None):
    """A document as the admin's upload form stores it: file, size and hash."""
    data = make_pdf("Botim", [text]) if data is None else data
    document = get_document_model()(title=name, file=ContentFile(data, name=name))
    document._set_document_file_metadata()
    document.save()
    return document


class PublicationIndexPageFactory(PageFactory):
    class Meta:
        model = PublicationIndexPage

    title = "Botimet"
    slug = "botimet"


class PublicationPageFactory(PageFactory):
    class Meta:
        model = PublicationPage

    title = factory.Sequence(lambda n: f"Botimi {n}")
    summary = "<p>Përmbledhja e botimit për reformën zgjedhore.</p>"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
    )

    @classmethod
    def _create(cls, model_class, *args, topics=(), organisations=(), authors=(), **kwargs):
        page = model_class(
            *args, **{k: v for k, v in kwargs.items() if k not in ("parent", "publish")}
        )
        page.topics = list(topics)
        page.organisations = list(organisations)
        page.authors = [PublicationAuthor(person=person) for person in authors]
        parent, publish = kwargs.get("parent"), kwargs.get("publish", True)
        page.live = publish
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page

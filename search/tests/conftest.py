import datetime

import pytest

from publications.factories import PublicationIndexPageFactory, PublicationPageFactory


@pytest.fixture
def library(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def en_library(library, en_home, en, translate_page):
    return translate_page(library, en, {"Botimet": "Publications"})


@pytest.fixture
def publish(library):
    """Publish an Albanian publication: publish("Title", summary="...", year=2024, ...)."""

    def _publish(title, summary="Përmbledhje.", year=2024, **extra):
        return PublicationPageFactory(
            parent=extra.pop("parent", library),
            title=title,
            summary=f"<p>{summary}</p>",
            publication_date=datetime.date(year, 5, 1),
            **extra,
        )

    return _publish

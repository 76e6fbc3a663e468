import pytest

from publications.factories import PublicationIndexPageFactory


@pytest.fixture
def library(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def en_library(library, en_home, en, translate_page):
    return translate_page(library, en, {"Botimet": "Publications"})

import pytest

from core.models import County, Municipality
from organisations.factories import (
    FocusAreaFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)


@pytest.fixture
def directory(home):
    return OrganisationIndexPageFactory(parent=home)


@pytest.fixture
def en_directory(directory, en_home, en, translate_page):
    return translate_page(directory, en, {"Organizatat": "Organisations"})


@pytest.fixture
def observation(db):
    return FocusAreaFactory(name="Vëzhgimi i zgjedhjeve", slug="election-observation")


@pytest.fixture
def youth(db):
    return FocusAreaFactory(name="Të rinjtë", slug="youth")


@pytest.fixture
def shkoder(db):
    return County.objects.get(code="AL-10")


@pytest.fixture
def kukes(db):
    return County.objects.get(code="AL-07")


@pytest.fixture
def make_org(directory):
    def _make(title, **kwargs):
        return OrganisationPageFactory(parent=directory, title=title, **kwargs)

    return _make


@pytest.fixture
def municipality():
    return lambda slug: Municipality.objects.get(slug=slug)

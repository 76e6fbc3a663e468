import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from core.models import County, Municipality, User
from organisations.factories import (
    FocusAreaFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from organisations.models import OrganisationApplication


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


def link(message, path):
    """The first link in `message` whose path contains `path`."""
    return re.search(rf"https?://\S+{path}\S*", message.body).group(0)


@pytest.fixture
def form_url(directory):
    return directory.url + "register/"


@pytest.fixture
def valid(observation):
    return {
        "name": "Qendra Qytetare Pukë",
        "name_en": "Pukë Civic Centre",
        "acronym": "QQP",
        "intro": "Vëzhgojmë zgjedhjet në malësi.",
        "intro_en": "We observe elections in the highlands.",
        "mission": "Zgjedhje të ndershme kudo.",
        "focus_areas": [observation.pk],
        "seat": Municipality.objects.get(slug="puke").pk,
        "counties": [County.objects.get(code="AL-10").pk],
        "municipalities": [Municipality.objects.get(slug="puke").pk],
        "founding_year": "2012",
        "nipt": "l12345678a",
        "contact_email": "info@puke.example.org",
        "website": "https://puke.example.org",
        "applicant_name": "Drita Marku",
        "applicant_role": "Drejtoreshë",
        "applicant_email": "drita@example.org",
        "consent": "on",
    }


@pytest.fixture
def pending(client, form_url, valid):
    client.post(form_url, valid)
    client.post(link(mail.outbox[0], "register/confirm/"))
    mail.outbox.clear()
    return OrganisationApplication.objects.get()


@pytest.fixture
def moderator(client):
    user = User.objects.create_user("moderatore", password="x")
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user)
    return user

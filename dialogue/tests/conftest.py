import pytest

from django.test import Client

from core.models import User
from dialogue.factories import (
    ConsultationPageFactory,
    DialogueIndexPageFactory,
    StatementPageFactory,
)
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.representatives import base_group, organisation_group


@pytest.fixture
def section(home):
    return DialogueIndexPageFactory(parent=home)


@pytest.fixture
def consultation(section):
    return ConsultationPageFactory(parent=section, title="Ndryshimet e Kodit", slug="kodi")


@pytest.fixture
def statement(section):
    return StatementPageFactory(parent=section, title="Deklarata", slug="deklarata")


@pytest.fixture
def directory(home):
    return OrganisationIndexPageFactory(parent=home)


@pytest.fixture
def org_a(directory):
    return OrganisationPageFactory(parent=directory, title="Qendra Alfa")


@pytest.fixture
def org_b(directory):
    return OrganisationPageFactory(parent=directory, title="Shoqata Beta")


def representative(username, *organisations):
    user = User.objects.create_user(
        username, email=f"{username}@example.org", password="pw", first_name=username.title()
    )
    user.groups.add(base_group(), *[organisation_group(org) for org in organisations])
    return user


@pytest.fixture
def alice(org_a):
    return representative("alice", org_a)


@pytest.fixture
def bob(org_b):
    return representative("bob", org_b)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice):
    return client_for(alice)


@pytest.fixture
def bob_client(bob):
    return client_for(bob)

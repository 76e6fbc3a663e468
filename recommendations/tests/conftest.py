import pytest

from django.contrib.auth.models import Group

from core.factories import TopicFactory
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.representatives import base_group, organisation_group
from recommendations.factories import (
    InstitutionFactory,
    RecommendationFactory,
    RecommendationIndexPageFactory,
)


@pytest.fixture
def register(home):
    return RecommendationIndexPageFactory(parent=home)


@pytest.fixture
def en_register(register, en_home, en, translate_page):
    return translate_page(register, en, {"Rekomandimet": "Recommendations"})


@pytest.fixture
def kqz(db):
    return InstitutionFactory(name="Komisioni Qendror i Zgjedhjeve", slug="kqz-test")


@pytest.fixture
def kuvendi(db):
    return InstitutionFactory(name="Kuvendi", slug="kuvendi-test")


@pytest.fixture
def topic(db):
    return TopicFactory(name="Reforma zgjedhore", slug="reforma-test")


@pytest.fixture
def recommendation(kqz, topic):
    return RecommendationFactory(institution=kqz, topics=[topic], reference_code="ODIHR-1")


@pytest.fixture
def directory(home):
    return OrganisationIndexPageFactory(parent=home)


@pytest.fixture
def organisation(directory):
    return OrganisationPageFactory(parent=directory, title="Shoqata Vëzhguese")


@pytest.fixture
def other_organisation(directory):
    return OrganisationPageFactory(parent=directory, title="Shoqata Tjetër")


@pytest.fixture
def representative(django_user_model, organisation):
    user = django_user_model.objects.create_user("perfaqesuesi", "p@example.org", "x")
    user.groups.add(base_group(), organisation_group(organisation))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderatori", "m@example.org", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user

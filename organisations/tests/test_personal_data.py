"""One person's applications, found, exported and erased by their exact address (never a
look-alike), through core.personaldata."""

import pytest

from core import personaldata
from core.models import Municipality
from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.personal_data import SOURCES

pytestmark = pytest.mark.django_db


def make(email, status=ApplicationStatus.PENDING, name="Qendra"):
    return OrganisationApplication.objects.create(
        status=status, name=name, intro="x", seat=Municipality.objects.get(slug="puke"),
        contact_email="info@example.org", applicant_name="Drita Marku", applicant_role="Drejtore",
        applicant_email=email,
    )  # fmt: skip


def test_applications_are_found_and_erased_by_the_exact_address_only(db):
    own = make("Boss@Ipls.org")
    approved = make("boss@ipls.org", ApplicationStatus.APPROVED, "E miratuar")
    other = make("boss@ıpls.org", name="Tjetër")
    label = str(SOURCES[0].label)
    found = dict(personaldata.find("boss@ipls.org"))[label]
    assert sorted(record["name"] for record in found) == ["E miratuar", "Qendra"]
    assert "boss@ıpls.org" not in personaldata.as_json("boss@ipls.org")
    assert personaldata.erase("boss@ipls.org") == {label: 2}
    assert not OrganisationApplication.objects.filter(pk=own.pk).exists()
    approved.refresh_from_db()
    assert approved.applicant_email is None and approved.applicant_name == ""
    other.refresh_from_db()
    assert other.applicant_email == "boss@ıpls.org"

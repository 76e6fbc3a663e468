"""A consultation cites the recommendations it answers by their reference codes: validated
against the register, shown on the consultation, and the consultation shown on each record."""

import pytest

from django.core.exceptions import ValidationError
from django.utils.translation import override

from recommendations.factories import (
    AssessmentFactory,
    InstitutionFactory,
    RecommendationFactory,
    RecommendationIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(home):
    return RecommendationIndexPageFactory(parent=home)


@pytest.fixture
def records(register):
    kqz = InstitutionFactory(name="Komisioni Qendror i Zgjedhjeve", slug="kqz-cit")
    first = RecommendationFactory(
        reference_code="DEMO-1", text="Afatet e ankimit.", institution=kqz
    )
    AssessmentFactory(recommendation=first, status="mostly")
    other = RecommendationFactory(reference_code="DEMO-12", text="Financimi i fushatave.")
    return first, other


def cite(page, codes):
    page.recommendation_codes = codes
    page.full_clean()
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_codes_are_stored_as_the_register_spells_them(consultation, records):
    page = cite(consultation, " demo-12 , DEMO-1\ndemo-1\n\n")
    assert page.recommendation_codes == "DEMO-12\nDEMO-1"


@pytest.mark.parametrize("codes", ["DEMO-99", "DEMO-1\n<script>x</script>", "DEMO-1 DEMO-12"])
def test_unknown_codes_get_a_clear_translated_error(consultation, records, codes):
    consultation.recommendation_codes = codes
    with override("sq"), pytest.raises(ValidationError) as error:
        consultation.full_clean()
    message = error.value.message_dict["recommendation_codes"][0]
    assert message.startswith("Asnjë rekomandim në regjistër nuk ka kodin e referencës")


def test_too_many_codes_are_refused(consultation, records):
    consultation.recommendation_codes = "\n".join(f"X-{n}" for n in range(60))
    with pytest.raises(ValidationError):
        consultation.full_clean()


def test_the_consultation_shows_the_recommendations_it_answers(client, consultation, records):
    cite(consultation, "DEMO-1")
    html = client.get(consultation.url).content.decode()
    assert "Rekomandimet të cilave u përgjigjet ky propozim" in html
    assert 'href="/sq/rekomandimet/r/demo-1/">DEMO-1</a>: Afatet e ankimit.' in html
    assert "Komisioni Qendror i Zgjedhjeve" in html and "Zbatuar kryesisht" in html
    assert "DEMO-12" not in html


def test_a_record_shows_the_live_consultations_that_cite_it(client, consultation, records):
    cite(consultation, "DEMO-12")
    record_url = "/sq/rekomandimet/r/demo-1/"
    assert consultation.title not in client.get(record_url).content.decode()  # DEMO-12 only
    cite(consultation, "DEMO-12\nDEMO-1")
    html = client.get(record_url).content.decode()
    assert f'href="{consultation.url}">{consultation.title}</a>' in html
    consultation.unpublish()
    assert consultation.title not in client.get(record_url).content.decode()

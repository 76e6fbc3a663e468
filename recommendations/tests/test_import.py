"""The CSV import: good rows become records in both languages with ODIHR's assessment; any bad
row is reported with its line number and nothing is stored."""

import pytest

from django.core.management import CommandError, call_command

from core.factories import TopicFactory
from recommendations.importer import ImportFailed, import_csv
from recommendations.models import Assessment, Recommendation

pytestmark = pytest.mark.django_db

HEADER = "reference_code,text_sq,text_en,institution,topics,election,status,assessed_on,reason\n"
GOOD = (
    HEADER
    + "ODIHR-T-1,Të rishikohet ligji.,Review the law.,kqz,reforma-imp,,"
    + "partially,2025-09-01,Pjesërisht\n"
    + 'ODIHR-T-2,"Teksti, me presje","Text, with a comma",kuvendi,,,,,\n'
)


@pytest.fixture(autouse=True)
def topic(db):
    return TopicFactory(slug="reforma-imp")


def test_good_rows_are_imported_in_both_languages(sq, en):
    assert import_csv(GOOD) == 2
    first = Recommendation.objects.get(reference_code="ODIHR-T-1", locale=sq)
    english = Recommendation.objects.get(reference_code="ODIHR-T-1", locale=en)
    assert first.translation_key == english.translation_key and english.text == "Review the law."
    assert english.institution.name == "Central Election Commission"
    assert (first.status, first.status_by) == ("partially", "odihr")
    assert list(first.topics.values_list("slug", flat=True)) == ["reforma-imp"]
    assert (
        Recommendation.objects.get(reference_code="ODIHR-T-2", locale=en).status == "not-assessed"
    )


def test_importing_again_updates_instead_of_duplicating():
    import_csv(GOOD)
    import_csv(GOOD.replace("Review the law.", "Review the electoral law."))
    assert Recommendation.objects.filter(reference_code="ODIHR-T-1").count() == 2
    assert Recommendation.objects.filter(text="Review the electoral law.").exists()
    assert Assessment.objects.count() == 1


def test_bad_rows_are_reported_by_line_and_nothing_is_stored():
    text = (
        GOOD
        + "ODIHR-T-3,Tekst,Text,nuk-ekziston,,,,,\n"
        + "ODIHR-T-4,Tekst,Text,kqz,,,fully,01/02/2025,\n"
        + ",Tekst,Text,kqz,,,,,\n"
        + "ODIHR-T-5,Tekst,Text,kqz,,,=cmd(),,\n"
    )
    with pytest.raises(ImportFailed) as failure:
        import_csv(text)
    assert [line for line, _ in failure.value.errors] == [4, 5, 6, 7]
    assert Recommendation.objects.count() == 0 and Assessment.objects.count() == 0


def test_a_missing_column_is_reported():
    with pytest.raises(ImportFailed) as failure:
        import_csv("reference_code,text_sq\nA,b\n")
    assert failure.value.errors[0][0] == 1


def test_the_command_reports_bad_rows(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "X-1,Tekst,Text,nuk-ekziston,,,,,\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_recommendations", str(path))
    assert "line 2" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("\ufeff" + GOOD, encoding="utf-8")
    call_command("import_recommendations", str(good))
    assert Recommendation.objects.count() == 4


def test_the_admin_import_page_imports_and_reports(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = "/admin/recommendations/import/"
    assert admin_client.get(url).status_code == 200
    bad = SimpleUploadedFile("bad.csv", (HEADER + "X,a,b,nope,,,,,\n").encode())
    response = admin_client.post(url, {"file": bad})
    assert response.status_code == 200 and "nope" in response.content.decode()
    good = SimpleUploadedFile("good.csv", GOOD.encode())
    assert admin_client.post(url, {"file": good}).status_code == 302
    assert Recommendation.objects.count() == 4

"""Listing and section cards kept one by one (core_tags.cards, core.fragments.kept_each): after
a content change that leaves a card's page alone (a registration, another page's edit), the card
is served as it was, with no query of its own; a card whose row, count, state in time, image,
document or taxonomy changed is rendered again at once, in each language and template apart."""

import datetime

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignPage
from core import fragments
from core.demo_pdf import make_pdf
from dialogue.factories import ConsultationPageFactory, DialogueIndexPageFactory
from organisations.factories import (
    FocusAreaFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from organisations.models import OrganisationPage
from publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    PublicationTypeFactory,
    pdf_document,
)
from publications.models import PublicationType
from tests.test_image_dimensions import image

pytestmark = pytest.mark.django_db


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_an_unchanged_card_is_served_after_a_content_change_without_a_query_of_its_own(
    client, home
):
    library = PublicationIndexPageFactory(parent=home)
    for n in range(3):
        PublicationPageFactory(parent=library, title=f"Botimi {n}", pdf=pdf_document())
    body(client, library.url)
    fragments.bump_content()  # a registration, a pledge, another page's edit
    with CaptureQueriesContext(connection) as queries:
        page = body(client, library.url)
    assert all(f"Botimi {n}" in page for n in range(3))
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "publicationauthor" not in sql and "wagtaildocs" not in sql


def test_a_page_saved_without_a_revision_shows_its_new_title_on_its_card(client, home):
    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=library, title="Titulli i vjetër")
    assert "Titulli i vjetër" in body(client, library.url)
    publication.title = "Titulli i ri ë"
    publication.save()  # no revision, no publish: the chrome's generation stays
    page = body(client, library.url)
    assert "Titulli i ri ë" in page and "Titulli i vjetër" not in page


def test_a_queryset_update_shows_on_the_card_with_the_next_content_change(client, home):
    listing = CampaignIndexPageFactory(parent=home)  # it shows supporters: the content's generation
    campaign = CampaignPageFactory(parent=listing, tagline="Motoja e vjetër")
    assert "Motoja e vjetër" in body(client, listing.url)
    CampaignPage.objects.filter(pk=campaign.pk).update(tagline="Motoja e re")  # no signal
    fragments.bump_content()  # a pledge elsewhere, say
    page = body(client, listing.url)
    assert "Motoja e re" in page and "Motoja e vjetër" not in page


def test_a_replaced_pdf_changes_its_size_on_the_card(client, home):
    library = PublicationIndexPageFactory(parent=home)
    document = pdf_document()
    PublicationPageFactory(parent=library, pdf=document)
    before = body(client, library.url)
    data = make_pdf("Botim", ["Një tekst shumë më i gjatë për zgjedhjet. " * 400])
    document.file = ContentFile(data, name="botim-i-ri.pdf")
    document.file_size = None
    document._set_document_file_metadata()
    document.save()
    after = body(client, library.url)
    size = after.split("PDF · ")[1].split("<")[0]
    assert size not in before.split("PDF · ")[1].split("<")[0]


def test_a_renamed_or_added_focus_area_changes_the_directory_card(client, home):
    first = FocusAreaFactory(name="Monitorim zgjedhor")
    second = FocusAreaFactory(name="Barazi gjinore")  # a new taxonomy term renews every card
    directory = OrganisationIndexPageFactory(parent=home)
    organisation = OrganisationPageFactory(parent=directory, focus_areas=[first])
    assert "Monitorim zgjedhor" in body(client, directory.url)
    first.name = "Vëzhgim zgjedhor"
    first.save()
    assert "Vëzhgim zgjedhor" in body(client, directory.url)
    assert "Barazi gjinore" not in body(client, directory.url)
    through = OrganisationPage.focus_areas.through
    through.objects.create(organisationpage=organisation, focusarea=second)  # the row unchanged
    OrganisationPageFactory(parent=directory)  # an edit elsewhere: the directory renders again
    assert "Barazi gjinore" in body(client, directory.url)


def test_a_consultation_card_says_closed_once_its_time_has_passed(client, home, monkeypatch):
    section = DialogueIndexPageFactory(parent=home)
    consultation = ConsultationPageFactory(parent=section, title="Konsultimi për kodin")
    page = body(client, section.url)
    assert "Konsultimi për kodin" in page
    later = consultation.closes_at + datetime.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    fragments.bump()  # the section's kept entry ends at that moment (its boundary): rendered again
    page = body(client, section.url)
    card = page.split("Konsultimi për kodin")[0].rsplit('<article class="card">', 1)[1]
    assert "Mbyllur" in card or "Closed" in card


def test_cards_are_kept_per_language(client, home, en_home, en, translate_page):
    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=library, title="Botimi shqip")
    en_library = translate_page(library, en, {"Botimet": "Library"})
    translate_page(publication, en, {"Botimi shqip": "The English publication"})
    assert "Botimi shqip" in body(client, library.url)
    english = body(client, en_library.url)
    assert "The English publication" in english and "Botimi shqip" not in english


def test_a_preview_renders_every_card_and_keeps_none(rf, home):
    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=library)
    calls = []

    def render(items):
        calls.append(len(items))
        return ["<article>x</article>"] * len(items)

    preview = rf.get("/")
    preview.is_preview = True
    assert fragments.kept_each(preview, "t", [publication], lambda _: (), render) == [
        "<article>x</article>"
    ]
    for _ in range(2):  # the preview stored nothing: the first visit renders, the next reads
        fragments.kept_each(rf.get("/"), "t", [publication], lambda _: (), render)
    assert calls == [1, 1]


def test_publishing_one_page_renders_again_only_its_own_card(client, home):
    kind = PublicationTypeFactory(name="Raport")
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Mbetet", publication_type=kind)
    edited = PublicationPageFactory(parent=library, title="Ndryshon", publication_type=kind)
    body(client, library.url)
    PublicationType.objects.filter(pk=kind.pk).update(name="Studim")  # no signal: shows if rendered
    edited.title = "Ndryshuar"
    edited.save_revision().publish()
    page = body(client, library.url)
    assert page.count('pub-card__type">Studim<') == 1  # the edited card, rendered again
    assert page.count('pub-card__type">Raport<') == 1  # the other card, served as kept


def test_a_live_page_saved_without_publishing_renews_what_is_kept_until_an_edit(home):
    generation = fragments.generation()
    draft = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home), publish=False)
    after_draft = fragments.generation()
    draft.title = "Vetëm draft"
    draft.save()
    assert fragments.generation() == after_draft  # a page that is not live shows nowhere
    home.save()
    assert fragments.generation() != after_draft != generation


def test_a_registration_or_a_pledge_leaves_the_library_and_home_sections_as_kept(client, home):
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Botimi i mbajtur")
    for url in (library.url, home.url):
        body(client, url)
        fragments.bump_content()  # a registration, a pledge
        with CaptureQueriesContext(connection) as queries:
            assert "Botimi i mbajtur" in body(client, url)
        sql = " ".join(query["sql"] for query in queries.captured_queries)
        assert "publications_publicationpage" not in sql


@pytest.mark.parametrize("letters", ["A", "ABCDEF"])
def test_cards_rendered_again_fetch_what_they_show_in_a_fixed_number_of_queries(
    client, home, letters
):
    """Each letter of the directory is its own group: the cards of all of them are prepared
    together (one query per relation), not per group."""
    directory = OrganisationIndexPageFactory(parent=home)
    logo = image("Logo")
    for letter in letters:
        OrganisationPageFactory(parent=directory, title=f"{letter} Shoqata", logo=logo)
    body(client, directory.url)
    fragments.bump_everything()  # an image changed: every card and the listing render again
    with CaptureQueriesContext(connection) as queries:
        body(client, directory.url)
    images = [q for q in queries.captured_queries if "wagtailimages_" in q["sql"]]
    assert len(images) <= 2  # the logos and their renditions, whatever the number of letters

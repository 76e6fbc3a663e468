"""Every listing in the admin, as an editor reading Albanian sees it: column headings in Albanian,
and no "Add" button leading to a form that cannot save (rows that only the site's own forms
create, with consent and a confirmation email: supporters, citizens' comments, position papers).

The listings are found, not named: every model viewset Wagtail registered (snippets included),
so a new one is checked without changes here."""

import re

import pytest

from django.urls import NoReverseMatch, reverse

from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.models import UserProfile

from campaigns.models import Supporter
from dialogue.models import ConsultationPage, Contribution, PositionPaper

NOT_ADDED_BY_HAND = [Supporter, Contribution, PositionPaper]
# Headings that are the same word in both languages.
SAME_IN_BOTH = {"", "ID", "Email", "URL", "Slug"}


def registered():
    reverse("wagtailadmin_home")  # loading the URLs registers the viewsets
    return viewsets.viewsets


def listings():
    """The index URL of every model viewset Wagtail registered, snippets included."""
    found = []
    for viewset in registered():
        if not isinstance(viewset, ModelViewSet):
            continue
        for name in ("index", "list"):  # snippets name their listing "list"
            try:
                found.append(reverse(viewset.get_url_name(name)))
                break
            except NoReverseMatch:
                continue
    return found


def headings(html):
    head = re.search(r"<thead>(.*?)</thead>", html, re.S)
    if head is None:  # an empty listing has no table
        return []
    cells = re.findall(r"<th[^>]*>(.*?)</th>", head[1], re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


@pytest.fixture
def admin_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("listings", "admin@example.org", "x")
    client.force_login(user)

    def read(url, language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        response = client.get(url)
        assert response.status_code == 200, url
        return response.content.decode()

    return read


def a_position_paper():
    """The demo has none; one pending paper, so that its listing shows a table."""
    consultation = ConsultationPage.objects.filter(locale__language_code="sq").first()
    PositionPaper.objects.create(
        consultation=consultation,
        consultation_key=consultation.translation_key,
        title="Qëndrimi ynë për afatet",
        text="Mbështesim afatet e reja.",
        status="pending",
    )


def test_every_column_heading_of_every_admin_listing_is_in_albanian(demo, admin_in):
    a_position_paper()
    found, untranslated = listings(), {}
    assert len(found) >= 15  # snippets, supporters, registrations, moderation, users...
    for url in found:
        english, albanian = headings(admin_in(url, "en")), headings(admin_in(url, "sq"))
        assert albanian, f"{url}: no rows in the demo, so no table to check"
        same = [
            heading
            for heading, other in zip(albanian, english, strict=True)
            if heading == other and heading not in SAME_IN_BOTH
        ]
        if same:
            untranslated[url] = same
    assert untranslated == {}


@pytest.mark.parametrize("model", NOT_ADDED_BY_HAND, ids=lambda model: model.__name__)
def test_rows_that_need_consent_and_email_cannot_be_added_in_the_admin(db, admin_in, client, model):
    viewset = next(v for v in registered() if getattr(v, "model", None) is model)
    html = admin_in(reverse(viewset.get_url_name("index")), "sq")
    add_url = reverse(viewset.get_url_name("add"))
    assert f'href="{add_url}"' not in html  # no "Add" button, even for a superuser
    before = model.objects.count()
    assert client.get(add_url).status_code in (302, 403)
    assert client.post(add_url, {"status": "confirmed"}).status_code in (302, 403)
    assert model.objects.count() == before  # and no 500 (it raised IntegrityError before)

"""Help text on every page-editor field that is not self-evident (issue 16), in both languages."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from campaigns.models import CampaignPage
from events.models import EventPage
from organisations.models import OrganisationPage
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from publications.models import PublicationPage
from roles import groups as roles

EXPLAINED = {
    PublicationPage: [
        "subtitle", "summary", "publication_date", "publication_type", "topics",
        "organisations", "election", "cover_image", "pdf", "pdf_other_language", "isbn", "doi",
    ],
    EventPage: [
        "topics", "summary", "start", "end", "venue", "address", "municipality", "online_link",
        "capacity", "registration_opens", "registration_closes", "requires_approval",
        "per_organisation_limit", "organiser_email", "cancelled", "agenda", "outcomes",
        "minutes", "photos",
    ],
    CampaignPage: [
        "tagline", "hero_image", "end_date", "topics", "audiences", "counties", "intro",
        "hashtags", "partners", "collects_support", "support_intro", "support_goal",
    ],
    OrganisationPage: [
        "acronym", "logo", "intro", "focus_areas", "seat", "nipt", "contact_email", "website",
        "networks",
    ],
}  # fmt: skip

CASES = [(model, name) for model, names in EXPLAINED.items() for name in names]


@pytest.mark.parametrize(("model", "name"), CASES, ids=[f"{m.__name__}.{n}" for m, n in CASES])
def test_the_field_is_explained_in_both_languages(model, name):
    help_text = model._meta.get_field(name).help_text
    with translation.override("en"):
        english = str(help_text)
    with translation.override("sq"):
        albanian = str(help_text)
    assert english.strip() and albanian != english


@pytest.mark.django_db
def test_the_publication_editor_shows_the_help_in_albanian(client, home, django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pass")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="sq").content.decode()
    assert "Data e shënuar në botim, jo dita kur shtohet këtu." in html

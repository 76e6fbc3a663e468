"""The page editor of every page type, as a superuser through the real admin.

For each page type: the add form under a valid parent and the edit form of a factory page
render with their panels; a minimal valid form creates and publishes a page, which is live and
whose public URL renders. The cases are keyed by model label; a new page type without a case
fails `test_every_page_type_has_an_editor_case`.
"""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Site, get_page_models

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from contact.factories import ContactPageFactory
from dialogue.factories import (
    ConsultationPageFactory,
    DialogueIndexPageFactory,
    StatementPageFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from recommendations.factories import RecommendationIndexPageFactory


def in_days(n):
    return (timezone.localtime() + datetime.timedelta(days=n)).strftime("%Y-%m-%d %H:%M")


def root(home):
    return Page.objects.get(depth=1)


def index(factory, **fields):
    """A case for a page type added under the home page."""
    return (lambda home: home, lambda home: factory(parent=home), fields)


def child(index_factory, factory, **fields):
    """A case for a page type added under its section's index page."""
    return (
        lambda home: index_factory(parent=home),
        lambda home: factory(parent=index_factory(parent=home)),
        fields,
    )


# label: (the parent of a new page, a factory page to edit, the fields a minimal form fills in)
CASES = {
    "home.HomePage": (root, lambda home: home, {}),
    "home.StandardPage": index(StandardPageFactory),
    "contact.ContactPage": index(ContactPageFactory),
    "publications.PublicationIndexPage": index(PublicationIndexPageFactory),
    "publications.PublicationPage": child(
        PublicationIndexPageFactory, PublicationPageFactory, publication_date="2026-11-02"
    ),
    "organisations.OrganisationIndexPage": index(OrganisationIndexPageFactory),
    "organisations.OrganisationPage": child(OrganisationIndexPageFactory, OrganisationPageFactory),
    "campaigns.CampaignIndexPage": index(CampaignIndexPageFactory),
    "campaigns.CampaignPage": child(
        CampaignIndexPageFactory,
        CampaignPageFactory,
        tagline="Voto e lirë",
        intro="Një fushatë për votën.",
        start_date="2026-12-01",
    ),
    "events.EventIndexPage": index(EventIndexPageFactory),
    "events.EventPage": child(
        EventIndexPageFactory,
        EventPageFactory,
        kind="round_table",
        summary="Tryezë për reformën zgjedhore.",
        start=in_days(7),
        end=in_days(8),
    ),
    "dialogue.DialogueIndexPage": index(DialogueIndexPageFactory),
    "dialogue.ConsultationPage": child(
        DialogueIndexPageFactory,
        ConsultationPageFactory,
        proposer="Komisioni i posaçëm",
        intro="Ndryshime në Kodin Zgjedhor.",
        opens_at=in_days(-1),
        closes_at=in_days(14),
        **{"articles-0-number": "1", "articles-0-text": "Ky ligj rregullon zgjedhjet."},
    ),
    "dialogue.StatementPage": child(DialogueIndexPageFactory, StatementPageFactory),
    "recommendations.RecommendationIndexPage": index(RecommendationIndexPageFactory),
}


def page_types():
    return {model._meta.label: model for model in get_page_models() if model is not Page}


def test_every_page_type_has_an_editor_case():
    """A new page type fails here until it gets a case in CASES."""
    assert set(page_types()) == set(CASES)


def form_data(response):
    """What a browser would post from the editor: every field of the page form as rendered,
    with each StreamField empty (its inputs are written by JavaScript)."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            data[name] = [option.get("value", option.text) for option in chosen]
        else:
            data[name] = field.get("value", "on" if field.get("type") == "checkbox" else "")
    for name, bound in response.context["form"].fields.items():
        if type(bound.widget).__name__ == "BlockWidget":
            data[f"{name}-count"] = "0"
    return data


def form_errors(response):
    form = response.context["form"]
    formsets = {name: formset.errors for name, formset in form.formsets.items()}
    return form.errors, {name: errors for name, errors in formsets.items() if any(errors)}


@pytest.mark.parametrize("label", sorted(CASES))
def test_the_edit_form_of_each_page_type_renders_its_panels(admin_client, home, label):
    page = CASES[label][1](home)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert response.context["page"].specific_class._meta.label == label
    assert b'id="page-edit-form"' in response.content
    form = response.context["form"]
    assert form["title"].value() == page.title
    html = response.content.decode()
    missing = [
        name for name in form.fields if f'"{name}"' not in html and f'"id_{name}"' not in html
    ]
    assert not missing, f"fields without a widget in the editor: {missing}"


@pytest.mark.parametrize("label", sorted(CASES))
def test_each_page_type_is_created_and_published_through_the_editor(admin_client, home, label):
    model = page_types()[label]
    parent_of, _, fields = CASES[label]
    parent = parent_of(home)
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    response = admin_client.get(add_url)
    assert response.status_code == 200
    title = f"Faqja e re e redaktorit {model._meta.model_name}"
    data = {
        **form_data(response),
        "title": title,
        "slug": f"e-re-{model._meta.model_name}",
        **fields,
        "action-publish": "action-publish",
    }
    response = admin_client.post(add_url, data)
    assert response.status_code == 302, response.status_code == 200 and form_errors(response)
    page = model.objects.get(title=title)
    assert page.live and not page.has_unpublished_changes
    assert page.get_parent().pk == parent.pk
    host = "testserver"
    if label == "home.HomePage":  # a new home page is served once a site has it as its root
        host = Site.objects.create(hostname="e-re.example.org", root_page=page).hostname
    public = admin_client.get(page.get_url(), HTTP_HOST=host)
    assert public.status_code == 200
    assert title in public.content.decode()

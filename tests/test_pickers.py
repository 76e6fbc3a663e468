"""Pickers that fit (issue 16): the page editor's lists show the page's language only, in
Albanian order; the person chooser searches and creates; slugs are ASCII."""

from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.urls import reverse

from campaigns.factories import CampaignIndexPageFactory
from campaigns.models import CampaignPage
from core.factories import PersonFactory, TopicFactory
from core.models import Person
from core.widgets import FilterableCheckboxes
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from publications.models import PublicationPage
from roles import groups as roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def research(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pass")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    return user


def edit_form(page, user, parent=None, model=PublicationPage):
    form_class = model.get_edit_handler().get_form_class()
    return form_class(instance=page, for_user=user, parent_page=parent)


def test_the_topics_list_holds_the_pages_language_only(research, en, editor):
    albanian = TopicFactory(name="Administrimi i zgjedhjeve", slug="administrimi")
    TopicFactory(name="Election administration", slug="administrimi", locale=en)
    form = edit_form(PublicationPage(), editor, parent=research)
    assert list(form.fields["topics"].queryset) == [albanian]


def test_a_term_the_page_holds_in_the_other_language_stays_listed(research, en, editor):
    english = TopicFactory(name="Youth", slug="youth", locale=en)
    page = PublicationPageFactory(parent=research)
    page.topics.add(english)
    form = edit_form(page, editor)
    assert english in form.fields["topics"].queryset


def test_organisations_are_listed_in_albanian_order_and_language(home, research, editor):
    directory = OrganisationIndexPageFactory(parent=home)
    for title in ("Shoqata Kurbin", "Shoqata Kuçovë", "Shoqata Këlcyrë", "Shoqata Kavajë"):
        OrganisationPageFactory(parent=directory, title=title)
    form = edit_form(PublicationPage(), editor, parent=research)
    titles = [page.title for page in form.fields["organisations"].queryset]
    assert titles == ["Shoqata Kavajë", "Shoqata Këlcyrë", "Shoqata Kuçovë", "Shoqata Kurbin"]


def test_the_person_chooser_searches_names_and_affiliations(client, editor):
    PersonFactory(given_name="Arta", family_name="Hoxha", affiliation="KRIIK")
    PersonFactory(given_name="Blerim", family_name="Dervishi", affiliation="ISHM")
    url = reverse("wagtailsnippetchoosers_core_person:choose_results")
    found = client.get(url, {"q": "hoxha"}).content.decode()
    assert "Hoxha" in found and "Dervishi" not in found
    assert "Dervishi" in client.get(url, {"q": "ishm"}).content.decode()
    assert client.get(url, {"q": "\x00" + "a" * 500}).status_code == 200


def test_an_editor_creates_a_person_from_the_chooser(client, editor, en):
    chooser = client.get(reverse("wagtailsnippetchoosers_core_person:choose"))
    assert "given_name" in chooser.json()["html"]
    response = client.post(
        reverse("wagtailsnippetchoosers_core_person:create"),
        {"given_name": "Erion", "family_name": "Çela", "language": en.pk},
    )
    assert response.status_code == 200
    person = Person.objects.get(family_name="Çela")
    assert person.locale == en


def test_a_translator_may_not_create_people_from_the_chooser(client, django_user_model):
    user = django_user_model.objects.create_user("translator", "t@example.org", "pass")
    user.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    client.force_login(user)
    response = client.post(
        reverse("wagtailsnippetchoosers_core_person:create"),
        {"given_name": "Erion", "family_name": "Çela"},
    )
    assert response.status_code in (302, 403)
    assert not Person.objects.filter(family_name="Çela").exists()


def test_a_new_pages_slug_is_ascii(research):
    page = PublicationPageFactory.build(title="Kutitë e çështjes së votimit", slug="")
    research.add_child(instance=page)
    assert page.slug == "kutite-e-ceshtjes-se-votimit"


def test_a_typed_slug_with_diacritics_is_folded_to_ascii(research, editor):
    form = edit_form(PublicationPage(), editor, parent=research)
    assert form.fields["slug"].widget.attrs["data-w-slug-allow-unicode-value"] is False
    form.cleaned_data = {"slug": "kutitë-e-çështjes"}
    assert form.clean_slug() == "kutite-e-ceshtjes"


def test_the_publishing_organisations_list_has_a_filter_box(client, home, research, en, editor):
    directory = OrganisationIndexPageFactory(parent=home)
    OrganisationPageFactory(parent=directory, title="Shoqata Kavajë")
    OrganisationPageFactory(parent=directory, title="Kavaja Association", locale=en)
    page = PublicationPageFactory(parent=research)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'data-controller="cso-filter-list"' in html
    assert 'id="id_organisations-filter"' in html
    assert "core/admin/filter-list.js" in html
    assert "Shoqata Kavajë" in html and "Kavaja Association" not in html


def test_the_campaign_partners_list_is_filterable_in_the_pages_language(home, en, editor):
    campaigns = CampaignIndexPageFactory(parent=home)
    directory = OrganisationIndexPageFactory(parent=home)
    albanian = OrganisationPageFactory(parent=directory, title="Shoqata Kavajë")
    OrganisationPageFactory(parent=directory, title="Kavaja Association", locale=en)
    form = edit_form(CampaignPage(), editor, parent=campaigns, model=CampaignPage)
    assert isinstance(form.fields["partners"].widget, FilterableCheckboxes)
    assert list(form.fields["partners"].queryset) == [albanian]
    html = str(form["partners"])
    assert "cso-filter-list#filter" in html and "Shoqata Kavajë" in html


def test_the_filter_script_registers_on_wagtails_stimulus_application():
    script = Path(finders.find("core/admin/filter-list.js")).read_text(encoding="utf-8")
    assert "window.wagtail.app.register('cso-filter-list'" in script
    assert "http" not in script  # no third-party script

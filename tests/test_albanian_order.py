"""Places and organisations in Albanian order (core.places) wherever a list offers them: the
public facets of the directory and the events, and the admin's listing filters. With the real
municipality list (core/data, loaded by a migration): Këlcyrë, Kuçovë, Kurbin, not Kurbin, Kuçovë,
Këlcyrë as a byte order gives."""

import re

import pytest

from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from core.collation import in_albanian_order, sort_key
from core.models import Municipality
from events.factories import EventIndexPageFactory, EventPageFactory
from events.listing import EventListing
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.listing import OrganisationListing

pytestmark = pytest.mark.django_db

ORDER = ["Këlcyrë", "Kuçovë", "Kurbin"]


def places(*names):
    return [Municipality.objects.get(name_sq=name) for name in names]


def test_the_database_order_and_its_python_twin_agree_on_every_municipality(db):
    in_database = [m.name_sq for m in in_albanian_order(Municipality.objects.all())]
    assert len(in_database) == 61
    assert in_database == sorted(in_database, key=sort_key)
    assert [name for name in in_database if name in ORDER] == ORDER
    shkoder, sarande = in_database.index("Shkodër"), in_database.index("Sarandë")
    assert sarande < shkoder  # sh is a letter after s


def facet_labels(listing, index, key):
    with translation.override("sq"):
        facets = listing(index, RequestFactory().get(index.url)).facets()
        return [str(option.label) for option in next(f for f in facets if f.key == key).options]


def test_the_directory_lists_municipalities_in_albanian_order(home):
    directory = OrganisationIndexPageFactory(parent=home)
    for place in places("Kurbin", "Kuçovë", "Këlcyrë"):
        OrganisationPageFactory(parent=directory, municipalities=[place])
    assert facet_labels(OrganisationListing, directory, "municipality") == ORDER


def test_the_events_list_their_municipalities_in_albanian_order(client, home):
    events = EventIndexPageFactory(parent=home)
    for place in places("Kurbin", "Kuçovë", "Këlcyrë"):
        EventPageFactory(parent=events, municipality=place)
    assert facet_labels(EventListing, events, "municipality") == ORDER
    html = client.get(events.url + "?municipality=kurbin").content.decode()
    assert html.count('<article class="event-card">') == 1  # the filter works


@pytest.fixture
def albanian_admin(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sq"
    profile.save()
    client.force_login(user)
    return user


def select_options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, name
    return [label.strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", select[1])]


def test_the_supporters_filter_lists_every_municipality_in_albanian_order(client, albanian_admin):
    html = client.get(reverse("supporters:index")).content.decode()
    options = [o for o in select_options(html, "municipality") if o and not o.startswith("-")]
    assert len(options) == 61
    assert options == sorted(options, key=sort_key)
    assert [name for name in options if name in ORDER] == ORDER


def test_the_registrations_filter_lists_organisations_in_albanian_order(
    client, albanian_admin, home
):
    directory = OrganisationIndexPageFactory(parent=home)
    titles = ["Zëri i të rinjve", "Çështja Publike", "Qendra Civile", "Shoqata Drini", "Dhoma e Re"]
    for title in titles:
        OrganisationPageFactory(parent=directory, title=title)
    html = client.get(reverse("registrations:index")).content.decode()
    options = [o for o in select_options(html, "organisation") if o in titles]
    assert options == [
        "Çështja Publike",
        "Dhoma e Re",
        "Qendra Civile",
        "Shoqata Drini",
        "Zëri i të rinjve",
    ]


def test_english_facets_fold_the_albanian_letters(db):

    with translation.override("en"):
        names = sorted(["Kurbin", "Kuçova", "Këlcyra"], key=lambda n: sort_key(n, "en"))
    assert names == ["Këlcyra", "Kuçova", "Kurbin"]

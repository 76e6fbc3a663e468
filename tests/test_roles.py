"""The admin's roles (roles.groups, issue 16): each group's member can do their day's work without
a superuser, and nothing beyond it. Every check signs in as a member of one group only and opens
an admin address (200: allowed; 302 or 403: refused), or tries to publish."""

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from home.models import HomePage
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from roles import groups as roles

pytestmark = pytest.mark.django_db

ALLOWED, REFUSED = {200}, {302, 403}


@pytest.fixture(scope="module")
def built(module_db):
    """One section of each kind with one page in it, as the demo has, and the roles synced: built
    once for the module (see `module_db`); the tests get fresh copies of the pages."""
    home = HomePage.objects.get(depth=2, locale__language_code="sq")
    research = PublicationIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    campaigns = CampaignIndexPageFactory(parent=home)
    directory = OrganisationIndexPageFactory(parent=home)
    pages = {
        "research": research,
        "events": events,
        "campaigns": campaigns,
        "directory": directory,
        "publication": PublicationPageFactory(parent=research),
        "event": EventPageFactory(parent=events),
        "campaign": CampaignPageFactory(parent=campaigns),
        "organisation": OrganisationPageFactory(parent=directory),
    }
    call_command("sync_roles", stdout=io.StringIO())
    return {key: page.pk for key, page in pages.items()}


def edit(key):
    return lambda site: reverse("wagtailadmin_pages:edit", args=[site[key].pk])


def add_under(key, model):
    app = {"research": "publications", "events": "events", "campaigns": "campaigns"}
    app["directory"] = "organisations"
    return lambda site: reverse("wagtailadmin_pages:add", args=[app[key], model, site[key].pk])


def url(name, *args):
    return lambda site: reverse(name, args=args)


def snippet_add(app, model):
    return url(f"wagtailsnippets_{app}_{model}:add")


ADD_PERSON = snippet_add("core", "person")
ADD_TOPIC = snippet_add("core", "topic")
ADD_ELECTION = snippet_add("core", "election")
ADD_FOCUS_AREA = snippet_add("organisations", "focusarea")
SITE_IDENTITY = url("wagtailsnippets_core_siteidentity:list")
PROMOTED = url("wagtailsearchpromotions:index")
ADD_IMAGE = url("wagtailimages:add")
ADD_DOCUMENT = url("wagtaildocs:add_multiple")
REGISTRATIONS = url("registrations:index")
EXPORT_REGISTRATIONS = lambda site: reverse("registrations:index") + "?export=csv"  # noqa: E731
EVENT_REGISTRATIONS = lambda site: reverse("event_registrations", args=[site["event"].pk])  # noqa: E731
SUPPORTERS = url("supporters:index")
APPLICATIONS = url("organisations_applications")
DIRECTORY_EXPORT = url("organisations_export")
TRANSLATE = lambda site: reverse(  # noqa: E731
    "wagtail_localize:submit_page_translation", args=[site["publication"].pk]
)
DASHBOARD = url("wagtailadmin_home")

RIGHTS = {
    roles.EDITORS: {
        "can": [
            ADD_PERSON,
            ADD_TOPIC,
            ADD_ELECTION,
            ADD_FOCUS_AREA,
            ADD_IMAGE,
            ADD_DOCUMENT,
            edit("publication"),
            add_under("research", "publicationpage"),
            edit("campaign"),
            edit("event"),
            TRANSLATE,
        ],
        "cannot": [
            SITE_IDENTITY,
            PROMOTED,
            REGISTRATIONS,
            EVENT_REGISTRATIONS,
            SUPPORTERS,
            APPLICATIONS,
            DIRECTORY_EXPORT,
        ],
    },
    roles.TRANSLATORS: {
        "can": [TRANSLATE, edit("publication"), edit("campaign"), edit("event")],
        "cannot": [
            ADD_PERSON,
            ADD_TOPIC,
            ADD_IMAGE,
            SITE_IDENTITY,
            PROMOTED,
            REGISTRATIONS,
            SUPPORTERS,
            APPLICATIONS,
        ],
    },
    roles.MODERATORS: {
        "can": [
            SITE_IDENTITY,
            snippet_add("core", "siteidentity"),
            PROMOTED,
            APPLICATIONS,
            DIRECTORY_EXPORT,
            ADD_PERSON,
            ADD_IMAGE,
            edit("publication"),
            edit("campaign"),
            edit("event"),
            edit("organisation"),
        ],
        "cannot": [REGISTRATIONS, EVENT_REGISTRATIONS, SUPPORTERS],
    },
    roles.EVENT_ORGANISERS: {
        "can": [
            edit("event"),
            add_under("events", "eventpage"),
            REGISTRATIONS,
            EXPORT_REGISTRATIONS,
            EVENT_REGISTRATIONS,
            url("registrations:add"),
            ADD_IMAGE,
            ADD_DOCUMENT,
            ADD_PERSON,
        ],
        "cannot": [
            edit("publication"),
            edit("campaign"),
            add_under("research", "publicationpage"),
            SUPPORTERS,
            APPLICATIONS,
            SITE_IDENTITY,
            ADD_TOPIC,
        ],
    },
    roles.CAMPAIGN_MANAGERS: {
        "can": [
            edit("campaign"),
            add_under("campaigns", "campaignpage"),
            SUPPORTERS,
            snippet_add("campaigns", "audience"),
            ADD_IMAGE,
            ADD_DOCUMENT,
        ],
        "cannot": [
            edit("event"),
            edit("publication"),
            REGISTRATIONS,
            EVENT_REGISTRATIONS,
            APPLICATIONS,
            SITE_IDENTITY,
        ],
    },
    roles.DIRECTORY_MODERATORS: {
        "can": [APPLICATIONS, DIRECTORY_EXPORT, edit("organisation"), ADD_FOCUS_AREA],
        "cannot": [
            edit("publication"),
            edit("event"),
            REGISTRATIONS,
            SUPPORTERS,
            SITE_IDENTITY,
            ADD_PERSON,
        ],
    },
    roles.REPRESENTATIVES: {
        "can": [DASHBOARD],
        "cannot": [edit("organisation"), edit("publication"), ADD_IMAGE, APPLICATIONS, ADD_PERSON],
    },
}


def member(django_user_model, client, group_name):
    user = django_user_model.objects.create_user(
        group_name.lower().replace(" ", "-"), "member@example.org", "pass"
    )
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


@pytest.fixture
def synced(db, built):
    return {key: Page.objects.get(pk=pk).specific for key, pk in built.items()}


def cases(kind):
    return [
        pytest.param(name, index, id=f"{name}-{kind}-{index}")
        for name, rights in RIGHTS.items()
        for index in range(len(rights[kind]))
    ]


@pytest.mark.parametrize(("group_name", "index"), cases("can"))
def test_each_role_can_open_the_screens_of_its_work(
    client, django_user_model, synced, group_name, index
):
    member(django_user_model, client, group_name)
    address = RIGHTS[group_name]["can"][index](synced)
    assert client.get(address).status_code in ALLOWED, address


@pytest.mark.parametrize(("group_name", "index"), cases("cannot"))
def test_each_role_is_refused_the_screens_beyond_its_work(
    client, django_user_model, synced, group_name, index
):
    member(django_user_model, client, group_name)
    address = RIGHTS[group_name]["cannot"][index](synced)
    assert client.get(address).status_code in REFUSED, address


@pytest.mark.parametrize(
    ("group_name", "key", "may_publish"),
    [
        (roles.EDITORS, "publication", False),
        (roles.TRANSLATORS, "publication", False),
        (roles.CAMPAIGN_MANAGERS, "campaign", False),
        (roles.MODERATORS, "publication", True),
        (roles.EVENT_ORGANISERS, "event", True),
        (roles.DIRECTORY_MODERATORS, "organisation", True),
    ],
)
def test_only_moderators_and_section_owners_may_publish(
    client, django_user_model, synced, group_name, key, may_publish
):
    user = member(django_user_model, client, group_name)
    page = synced[key]
    assert page.permissions_for_user(user).can_publish() is may_publish


def test_sync_roles_changes_nothing_the_second_time(synced):
    call_command("sync_roles", stdout=io.StringIO())
    before = GroupPagePermission.objects.count(), Group.objects.count()
    call_command("sync_roles", stdout=io.StringIO())
    assert (GroupPagePermission.objects.count(), Group.objects.count()) == before


def test_sync_roles_keeps_rights_an_administrator_added(synced):
    from django.contrib.auth.models import Permission

    extra = Permission.objects.get(codename="delete_person")
    Group.objects.get(name=roles.EDITORS).permissions.add(extra)
    call_command("sync_roles", stdout=io.StringIO())
    assert Group.objects.get(name=roles.EDITORS).permissions.filter(pk=extra.pk).exists()


def test_two_representatives_of_one_organisation_may_both_edit_it(synced, django_user_model):
    from organisations.representatives import base_group, organisation_group

    page = synced["organisation"]
    first, second = (
        django_user_model.objects.create_user(name, f"{name}@example.org", "pass")
        for name in ("first", "second")
    )
    for user in (first, second):
        user.groups.add(base_group(), organisation_group(page))
    assert all(page.permissions_for_user(user).can_edit() for user in (first, second))
    assert not synced["publication"].permissions_for_user(second).can_edit()

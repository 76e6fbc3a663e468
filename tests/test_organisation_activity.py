"""An organisation's profile lists what it did on the platform, found through other apps'
relations to it: publications, campaigns, round tables and other events."""

import datetime

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


def section(body, key):
    return body.split(f'id="activity-{key}"')[1].split("</section>")[0]


def register(event, organisation, status):
    return Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        name="Arta Hoxha",
        email=f"{status}@example.org",
        organisation=organisation,
        status=status,
    )


def test_profile_lists_publications_campaigns_and_round_tables(client, home):
    directory = OrganisationIndexPageFactory(parent=home)
    org = OrganisationPageFactory(parent=directory, title="Zëri i Qytetarëve")
    other = OrganisationPageFactory(parent=directory, title="Tjetër")
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Raporti i vëzhgimit", organisations=[org])
    PublicationPageFactory(parent=library, title="Raport i huaj", organisations=[other])
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, title="Vota ime nuk shitet")
    campaign.partners = [org]
    campaign.save_revision().publish()
    events = EventIndexPageFactory(parent=home)
    past = datetime.datetime(2025, 3, 1, 10, tzinfo=datetime.UTC)
    table = EventPageFactory(parent=events, title="Tryeza e Kukësit", kind="round_table",
                             start=past, end=past + datetime.timedelta(hours=2))  # fmt: skip
    training = EventPageFactory(parent=events, title="Trajnim për vëzhguesit", kind="training")
    cancelled = EventPageFactory(parent=events, title="Tryeza e anuluar", kind="round_table")
    register(table, org, "attended")
    register(training, org, "attended")  # confirmed alone is not attendance (issue 13)
    register(cancelled, org, "cancelled")

    body = client.get(org.url).content.decode()
    assert "Raporti i vëzhgimit" in section(body, "publications")
    assert "Raport i huaj" not in body
    assert "Vota ime nuk shitet" in section(body, "campaigns")
    assert "Tryeza e Kukësit" in section(body, "round_tables")
    assert "Trajnim për vëzhguesit" in section(body, "events")
    assert "Tryeza e anuluar" not in body
    assert 'id="activity-' not in client.get(other.url).content.decode().replace(
        'id="activity-publications"', ""
    )


def test_demo_makes_organisations_partners_of_campaigns_once(
    client, home, en_home, en, translate_page
):
    from wagtail.models import Revision

    from campaigns.models import CampaignPage
    from organisations.demo import partner_in

    directory = OrganisationIndexPageFactory(parent=home)
    org = OrganisationPageFactory(parent=directory, title="Vëzhgimi Qytetar", slug="vezhgimi")
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, title="Vota ime", slug="vota-ime")
    translate_page(directory, en, {})
    translate_page(campaigns, en, {})
    english_org = translate_page(org, en, {"Vëzhgimi Qytetar": "Citizen Observation"})
    english = translate_page(campaign, en, {"Vota ime": "My vote"})
    partner_in(directory, "vota-ime", ["vezhgimi"], log=lambda message: None)
    revisions = Revision.objects.count()
    partner_in(directory, "vota-ime", ["vezhgimi"], log=lambda message: None)
    assert Revision.objects.count() == revisions  # a second run changes nothing
    assert list(CampaignPage.objects.get(pk=campaign.pk).partners.all()) == [org]
    assert list(CampaignPage.objects.get(pk=english.pk).partners.all()) == [english_org]
    assert "Vota ime" in section(client.get(org.url).content.decode(), "campaigns")
    assert "My vote" in section(client.get(english_org.url).content.decode(), "campaigns")

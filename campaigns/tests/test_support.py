"""Supporting a campaign: pledge, confirm, count, withdraw, repeat, and every kind of bad input."""

import datetime
import re

import pytest

from django.conf import settings
from django.core import mail, signing

from campaigns.factories import CampaignPageFactory, days
from campaigns.models import Supporter, SupporterStatus
from campaigns.support import CONFIRM, WITHDRAW, purge_ended
from core.models import Municipality

pytestmark = pytest.mark.django_db

VALID = {"first_name": "Elira", "email": "Elira@Example.org", "consent": "on", "website": ""}


def pledge(client, campaign, **changes):
    return client.post(campaign.url + "support/", {**VALID, **changes})


def link_from_email(kind):
    urls = re.findall(r"http://\S+/support/\w+/\?t=\S+", mail.outbox[-1].body)
    return next(url for url in urls if f"/support/{kind}/" in url).removeprefix(settings.SITE_URL)


def count_on_page(client, campaign):
    body = client.get(campaign.url).content.decode()
    return int(re.search(r'<p class="support__count"><strong>(\d+)</strong>', body).group(1))


def test_full_lifecycle_pledge_confirm_count_withdraw(client, campaign):
    response = pledge(client, campaign, municipality=Municipality.objects.get(slug="shkoder").pk)
    assert response.status_code == 302
    assert count_on_page(client, campaign) == 0  # not counted before confirmation
    message = mail.outbox[0]
    assert message.to == ["elira@example.org"]
    assert message.subject == "Konfirmoni mbështetjen tuaj për “Vota ime nuk shitet”"
    assert "Përshëndetje Elira," in message.body
    assert message.alternatives[0][1] == "text/html"

    confirm_url = link_from_email("confirm")
    assert "Konfirmo mbështetjen time" in client.get(confirm_url).content.decode()
    assert client.post(confirm_url).status_code == 302
    assert count_on_page(client, campaign) == 1
    assert Supporter.objects.get().municipality.name_sq == "Shkodër"

    withdraw_url = link_from_email("withdraw")
    client.post(withdraw_url)
    assert count_on_page(client, campaign) == 0
    assert Supporter.objects.get().status == SupporterStatus.WITHDRAWN


def test_the_same_email_counts_once_in_both_languages(
    client, campaign, en_listing, en, translate_page
):
    english = translate_page(campaign, en, {"Vota ime nuk shitet": "My vote is not for sale"})
    pledge(client, campaign)
    client.post(link_from_email("confirm"))
    mail.outbox.clear()
    response = pledge(client, english, email="elira@example.org")
    assert response.status_code == 302
    body = client.get(english.url).content.decode()
    assert "already supports" not in body and "Almost done: we sent you an email" in body
    assert mail.outbox[0].subject == "Ju e mbështetni tashmë “Vota ime nuk shitet”"  # as pledged
    assert Supporter.objects.count() == 1
    assert count_on_page(client, english) == 1


def test_a_repeated_unconfirmed_pledge_resends_the_email(client, campaign):
    pledge(client, campaign)
    pledge(client, campaign, first_name="Elira B.")
    assert len(mail.outbox) == 2
    assert Supporter.objects.count() == 1
    assert Supporter.objects.get().first_name == "Elira B."


def test_english_pledges_get_english_email(client, campaign, en_listing, en, translate_page):
    english = translate_page(campaign, en, {"Vota ime nuk shitet": "My vote is not for sale"})
    pledge(client, english)
    assert mail.outbox[0].subject == "Confirm your support for “My vote is not for sale”"
    assert "/en/fushatat/vota-ime/support/confirm/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"email": "jo-email"}, "Shkruani një adresë email-i të vlefshme."),
        ({"consent": ""}, "Ju lutemi, pajtohuni me politikën e privatësisë"),
        ({"first_name": ""}, "Kjo fushë është e detyrueshme."),
        ({"municipality": "999999"}, "Zgjidhni një bashki nga lista."),
    ],
)
def test_invalid_pledges_keep_what_was_typed_and_store_nothing(client, campaign, changes, error):
    response = pledge(client, campaign, **changes)
    assert response.status_code == 400
    body = response.content.decode()
    assert error in body
    assert 'value="Elira"' in body or changes.get("first_name") == ""
    assert Supporter.objects.count() == 0
    assert mail.outbox == []


def test_bots_filling_the_honeypot_are_ignored_quietly(client, campaign):
    response = pledge(client, campaign, website="http://spam.example")
    assert response.status_code == 302
    assert Supporter.objects.count() == 0
    assert mail.outbox == []


def test_support_after_the_campaign_ended_is_refused(client, listing):
    ended = CampaignPageFactory(parent=listing, start_date=days(-60), end_date=days(-1))
    response = pledge(client, ended)
    assert response.status_code == 400
    assert Supporter.objects.count() == 0
    assert "Kjo fushatë nuk po mbledh mbështetje" in response.content.decode()


def test_confirming_after_the_campaign_ended_is_refused(client, campaign):
    pledge(client, campaign)
    url = link_from_email("confirm")
    campaign.end_date = days(-1)
    campaign.save_revision().publish()
    assert client.post(url).status_code == 400
    assert Supporter.objects.get().status == SupporterStatus.PENDING


@pytest.mark.parametrize("token", ["abc", "x" * 40])
def test_tampered_links_are_refused(client, campaign, token):
    response = client.get(campaign.url + f"support/confirm/?t={token}")
    assert response.status_code == 400
    assert "Kjo lidhje nuk funksionon" in response.content.decode()


def test_a_withdraw_token_cannot_confirm(client, campaign):
    pledge(client, campaign)
    supporter = Supporter.objects.get()
    token = WITHDRAW.make(supporter, datetime.timedelta(days=1))
    assert client.post(campaign.url + f"support/confirm/?t={token}").status_code == 400
    assert Supporter.objects.get().status == SupporterStatus.PENDING


def test_expired_confirmation_links_are_refused(client, campaign):
    pledge(client, campaign)
    supporter = Supporter.objects.get()
    token = CONFIRM.make(supporter, datetime.timedelta(seconds=-1))
    response = client.post(campaign.url + f"support/confirm/?t={token}")
    assert response.status_code == 400
    assert "Më dërgoni një lidhje të re" in response.content.decode()  # a new link on offer
    assert Supporter.objects.get().status == SupporterStatus.PENDING


def test_pledges_are_rate_limited_per_address(client, campaign, settings):
    settings.SUPPORT_RATE_LIMIT = 2
    for n in range(2):
        assert pledge(client, campaign, email=f"p{n}@example.org").status_code == 302
    response = pledge(client, campaign, email="p9@example.org")
    assert response.status_code == 429
    assert "Shumë përpjekje" in response.content.decode()
    assert Supporter.objects.count() == 2


def test_purging_an_ended_campaign_keeps_the_count_but_not_the_people(client, listing):
    ended = CampaignPageFactory(parent=listing, start_date=days(-60), end_date=days(-40))
    Supporter.objects.create(
        campaign=ended,
        campaign_key=ended.translation_key,
        first_name="Ana",
        email="ana@example.org",
        language="sq",
        status=SupporterStatus.CONFIRMED,
    )
    Supporter.objects.create(
        campaign=ended,
        campaign_key=ended.translation_key,
        first_name="Ben",
        email="ben@example.org",
        language="sq",
        status=SupporterStatus.PENDING,
    )
    assert purge_ended(days(-30)) == (1, 1)
    remaining = Supporter.objects.get()
    assert (remaining.first_name, remaining.email, remaining.status) == ("", None, "confirmed")
    assert count_on_page(client, ended) == 1


def test_tokens_are_signed_opaque_and_expire_with_the_purge(campaign):
    supporter = Supporter.objects.create(
        campaign=campaign,
        campaign_key=campaign.translation_key,
        email="x@example.org",
        language="sq",
    )
    token = CONFIRM.make(supporter, datetime.timedelta(days=7))
    payload = CONFIRM.payload(token)
    assert payload["i"] == str(supporter.public_id) and str(supporter.pk) != payload["i"]
    rows = Supporter.objects.all()
    assert CONFIRM.read(token, rows) == supporter
    assert CONFIRM.read(token[:-2] + "xx", rows) is None
    assert WITHDRAW.read(token, rows) is None
    old = signing.dumps({"id": supporter.pk, "a": "confirm"}, salt="campaigns.support")
    assert CONFIRM.read(old, rows) is None  # the old sequential-id links no longer work
    from campaigns.support import withdraw_until

    end = withdraw_until(supporter).date()
    assert end == campaign.end_date + datetime.timedelta(days=31)

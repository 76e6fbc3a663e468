"""Supporting a campaign, state by state: each transition and the email it sends (rendered from
the real templates), links bound to one person and one campaign, new links, a deleted
translation, repeated pledges, hostile and realistic input (Hypothesis)."""

import re
import string
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from campaigns.factories import CampaignPageFactory
from campaigns.models import Supporter, SupporterStatus

pytestmark = pytest.mark.django_db

VALID = {"first_name": "Elira", "email": "elira@example.org", "consent": "on", "website": ""}


def pledge(client, campaign, **changes):
    return client.post(campaign.url + "support/", {**VALID, **changes})


def links(message):
    """{action: path} of the confirm/withdraw links in an email's text."""
    found = re.findall(r"http://\S+/support/(confirm|withdraw)/\?t=(\S+)", message.body)
    paths = re.findall(r"(http://\S+/support/(?:confirm|withdraw)/\?t=\S+)", message.body)
    return {
        action: path.removeprefix(settings.SITE_URL)
        for (action, _token), path in zip(found, paths, strict=True)
    }


def new_link(client, campaign, email):
    return client.post(campaign.url + "support/new-link/", {"email": email})


def test_pledge_sends_one_email_with_a_confirm_and_a_withdraw_link_in_text_and_html(
    client, campaign
):
    pledge(client, campaign)
    (message,) = mail.outbox
    assert set(links(message)) == {"confirm", "withdraw"}
    html = message.alternatives[0][0]
    for path in links(message).values():
        assert path.split("?t=")[1] in html.replace("&amp;", "&")
    assert "Lidhja është e vlefshme për 7 ditë." in message.body
    assert Supporter.objects.get().status == SupporterStatus.PENDING


def test_pledging_again_once_confirmed_sends_the_withdraw_link_only(client, campaign):
    pledge(client, campaign)
    client.post(links(mail.outbox[0])["confirm"])
    mail.outbox.clear()
    response = pledge(client, campaign, first_name="Tjetër")
    assert response.status_code == 302
    (message,) = mail.outbox
    assert set(links(message)) == {"withdraw"}
    assert message.subject == "Ju e mbështetni tashmë “Vota ime nuk shitet”"
    supporter = Supporter.objects.get()
    assert (supporter.status, supporter.first_name) == (SupporterStatus.CONFIRMED, "Elira")


def test_withdrawing_sends_nothing_and_confirming_afterwards_is_refused(client, campaign):
    pledge(client, campaign)
    sent = links(mail.outbox[0])
    assert client.post(sent["withdraw"]).status_code == 302
    assert len(mail.outbox) == 1
    response = client.post(sent["confirm"])
    assert response.status_code == 400
    assert "Kjo mbështetje u tërhoq" in response.content.decode()
    assert Supporter.objects.get().status == SupporterStatus.WITHDRAWN


def test_pledging_again_after_withdrawing_starts_over_with_a_new_confirmation(client, campaign):
    pledge(client, campaign)
    client.post(links(mail.outbox[0])["withdraw"])
    response = pledge(client, campaign)
    assert response.status_code == 302
    assert set(links(mail.outbox[-1])) == {"confirm", "withdraw"}
    supporter = Supporter.objects.get()
    assert (supporter.status, supporter.withdrawn_at) == (SupporterStatus.PENDING, None)
    client.post(links(mail.outbox[-1])["confirm"])
    assert Supporter.objects.get().status == SupporterStatus.CONFIRMED


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("pending", {"confirm", "withdraw"}),
        ("confirmed", {"withdraw"}),
        ("withdrawn", None),
        ("unknown", None),
    ],
)
def test_a_new_link_follows_the_state_and_the_page_never_tells(client, campaign, state, expected):
    pledge(client, campaign)
    sent = links(mail.outbox[0])
    if state == "confirmed":
        client.post(sent["confirm"])
    if state == "withdrawn":
        client.post(sent["withdraw"])
    mail.outbox.clear()
    email = "tjeter@example.org" if state == "unknown" else "ELIRA@example.org"
    response = new_link(client, campaign, email)
    assert response.status_code == 200
    assert "Kontrolloni email-in tuaj" in response.content.decode()
    if expected is None:
        assert mail.outbox == []
    else:
        assert set(links(mail.outbox[0])) == expected
        assert mail.outbox[0].to == ["elira@example.org"]


def test_new_links_are_rate_limited_per_address(client, campaign, settings):
    settings.NEW_LINK_RATE_LIMIT = 2
    pledge(client, campaign)
    for _ in range(2):
        assert new_link(client, campaign, "elira@example.org").status_code == 200
    response = new_link(client, campaign, "elira@example.org")
    assert response.status_code == 429
    assert "Shumë përpjekje" in response.content.decode()
    assert len(mail.outbox) == 3  # the pledge's and two new links


def test_one_persons_link_never_acts_on_another(client, campaign):
    pledge(client, campaign)
    pledge(client, campaign, email="besa@example.org", first_name="Besa")
    elira_links, besa_links = links(mail.outbox[0]), links(mail.outbox[1])
    client.post(besa_links["withdraw"])
    statuses = dict(Supporter.objects.values_list("first_name", "status"))
    assert statuses == {"Elira": SupporterStatus.PENDING, "Besa": SupporterStatus.WITHDRAWN}
    client.post(elira_links["confirm"])
    statuses = dict(Supporter.objects.values_list("first_name", "status"))
    assert statuses == {"Elira": SupporterStatus.CONFIRMED, "Besa": SupporterStatus.WITHDRAWN}


def test_a_link_for_one_campaign_is_refused_on_another(client, campaign, listing):
    other = CampaignPageFactory(parent=listing, title="Tjetër", slug="tjeter")
    pledge(client, campaign)
    token = links(mail.outbox[0])["confirm"].split("?t=")[1]
    response = client.post(other.url + f"support/confirm/?t={token}")
    assert response.status_code == 400
    assert "Kjo lidhje nuk funksionon" in response.content.decode()
    assert Supporter.objects.get().status == SupporterStatus.PENDING


def test_after_the_english_page_is_deleted_its_supporter_gets_working_albanian_links(
    admin_client, client, campaign, en_listing, en, translate_page
):
    english = translate_page(campaign, en, {campaign.title: "My vote is not for sale"})
    pledge(client, english)
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    mail.outbox.clear()
    assert new_link(client, campaign, "elira@example.org").status_code == 200
    (message,) = mail.outbox
    assert message.subject == "Confirm your support for “Vota ime nuk shitet”"  # as pledged
    confirm = links(message)["confirm"]
    assert confirm.startswith("/sq/fushatat/vota-ime/support/confirm/")
    assert client.post(confirm).status_code == 302
    assert campaign.supporter_count == 1


def test_two_pledges_with_one_address_in_different_case_are_one_supporter(client, campaign):
    pledge(client, campaign, email="Elira@EXAMPLE.org")
    pledge(client, campaign, email="elira@example.org")
    assert Supporter.objects.count() == 1
    assert len(mail.outbox) == 2


NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=120
)
REALISTIC = st.sampled_from(["Ëlira", "Çlirim", "Jo-Ana O'Neil", "Arbër  Xhafa", "李", "x" * 80])
EMAILS = st.one_of(
    st.emails(),
    st.text(alphabet=string.printable + "ëçıſ\x00", max_size=80),
    st.sampled_from(["a@b", "@example.org", "a@example.org\n", "ëlira@shembull.al"]),
)


@given(first_name=st.one_of(NAMES, REALISTIC), email=EMAILS)
def test_any_name_and_address_give_a_stored_pledge_or_a_translated_error(
    client, campaign, settings, first_name, email
):
    settings.SUPPORT_RATE_LIMIT = settings.SUPPORT_RECIPIENT_RATE_LIMIT = 10_000
    Supporter.objects.all().delete()
    mail.outbox.clear()
    response = pledge(client, campaign, first_name=first_name, email=email)
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        supporter = Supporter.objects.get()
        assert supporter.first_name == first_name.strip()
        assert mail.outbox[0].to == [supporter.email]
    else:
        body = response.content.decode()
        errors = response.context["support_form"].errors
        assert errors and all(escape(text) in body for texts in errors.values() for text in texts)
        assert Supporter.objects.count() == 0 and mail.outbox == []


@given(token=st.text(max_size=300), action=st.sampled_from(["confirm", "withdraw"]))
def test_any_token_is_refused_without_a_server_error(client, campaign, token, action):
    response = client.post(f"{campaign.url}support/{action}/?{urlencode({'t': token})}")
    assert response.status_code == 400
    assert "Kjo lidhje nuk funksionon" in response.content.decode()

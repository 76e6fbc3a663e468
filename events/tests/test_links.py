"""Public forms and links of events and campaigns (issue 13, items 4 and 8): the limiter counts
only valid attempts, per client behind a trusted proxy and per recipient; tokens are opaque and
expire; every link page offers a new link, answered neutrally."""

import datetime
import re

import pytest

from django.core import mail, signing

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from events import registration as registrations
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Arta Gjoka",
    "email": "arta@example.org",
    "organisation_name": "Qendra",
    "position": "Koordinatore",
    "consent": "on",
}
PROXY = "10.0.0.1"


def post(client, event, forwarded=None, **changes):
    extra = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return client.post(event.url + "register/", {**FORM, **changes}, **extra)


def test_invalid_attempts_do_not_use_up_the_limit_and_the_11th_is_refused(client, event, settings):
    settings.REGISTRATION_RATE_LIMIT = 10
    for n in range(15):
        assert post(client, event, email=f"typo{n}@", consent="").status_code == 400
    for n in range(10):
        assert post(client, event, email=f"p{n}@example.org").status_code == 302
    response = post(client, event, email="p10@example.org")
    assert response.status_code == 429
    assert "Shumë përpjekje. Ju lutemi, provoni përsëri më vonë." in response.content.decode()
    assert not Registration.objects.filter(email="p10@example.org").exists()


def test_clients_behind_a_trusted_proxy_are_counted_apart(client, event, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.REGISTRATION_RATE_LIMIT = 2
    for n in range(2):
        assert post(client, event, "203.0.113.7", email=f"a{n}@example.org").status_code == 302
    assert post(client, event, "203.0.113.7", email="a9@example.org").status_code == 429
    assert post(client, event, "198.51.100.4", email="b1@example.org").status_code == 302


def test_the_same_recipient_is_limited_whatever_the_client(client, event, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.REGISTRATION_RECIPIENT_RATE_LIMIT = 3
    codes = [post(client, event, f"203.0.113.{n}").status_code for n in range(1, 6)]
    assert codes == [302, 302, 302, 429, 429]
    assert len(mail.outbox) == 3  # no mail-bombing through the form


def manage_link(message):
    return re.search(r"http://testserver(/\S+registration/\?t=\S+)", message.body).group(1)


def confirmed(client, event):
    post(client, event)
    url = re.search(r"http://testserver(/\S+/confirm/\?t=\S+)", mail.outbox[-1].body).group(1)
    client.post(url)
    return Registration.objects.get(email=FORM["email"])


def test_manage_links_are_opaque_and_expire_after_the_retention_period(client, event, settings):
    row = confirmed(client, event)
    link = manage_link(mail.outbox[-1])
    response = client.get(link)
    assert response.status_code == 200 and "private" in response["Cache-Control"]
    payload = registrations.MANAGE.payload(link.split("t=")[1])
    assert payload["i"] == str(row.public_id)
    retention = datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["registrations"])
    assert payload["e"] == int((event.end + retention).timestamp())
    old = signing.dumps({"r": row.pk}, salt="events.registration", compress=True)
    assert client.get(event.url + f"registration/?t={old}").status_code == 400
    expired = registrations.MANAGE.make(row, datetime.timedelta(seconds=-1))
    response = client.get(event.url + f"registration/?t={expired}")
    assert response.status_code == 400
    assert "Më dërgoni një lidhje të re" in response.content.decode()


def test_a_new_link_is_sent_only_to_a_registered_address_and_the_answer_is_the_same(client, event):
    confirmed(client, event)
    mail.outbox.clear()
    url = event.url + "registration/new-link/"
    known = client.post(url, {"email": "ARTA@example.org"})
    unknown = client.post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 200
    text = "Nëse kjo adresë është e regjistruar për aktivitetin"
    assert text in known.content.decode() and text in unknown.content.decode()
    assert [m.to for m in mail.outbox] == [["arta@example.org"]]
    assert client.get(manage_link(mail.outbox[0])).status_code == 200
    assert client.post(url, {"email": "x\x00@example.org"}).status_code == 400


def test_an_awaiting_registration_gets_its_confirmation_link_again(client, event):
    post(client, event)
    client.post(event.url + "registration/new-link/", {"email": FORM["email"]})
    assert "registration/confirm/?t=" in mail.outbox[-1].body
    assert Registration.objects.get().status == S.AWAITING


def test_new_links_are_rate_limited_per_recipient(client, event, settings):
    settings.REGISTRATION_RECIPIENT_RATE_LIMIT = 2
    url = event.url + "registration/new-link/"
    codes = [client.post(url, {"email": "v@example.org"}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


@pytest.fixture
def campaign(home):
    return CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), title="Fushata")


PLEDGE = {"first_name": "Elira", "email": "elira@example.org", "consent": "on"}


def test_a_pledge_answers_the_same_whether_or_not_the_address_supports(client, campaign):
    first = client.post(campaign.url + "support/", PLEDGE)
    first_page = client.get(campaign.url).content.decode()
    link = re.search(r"http://testserver(/\S+/confirm/\?t=\S+)", mail.outbox[-1].body).group(1)
    client.post(link)
    client.get(campaign.url)  # shows (and so clears) the confirmation's own message
    again = client.post(campaign.url + "support/", PLEDGE)
    again_page = client.get(campaign.url).content.decode()
    assert first.status_code == again.status_code == 302
    notice = re.compile(r'<li class="notice notice--(\w+)">(.*?)</li>')
    assert notice.findall(first_page) == notice.findall(again_page)
    assert "tashmë" in mail.outbox[-1].subject  # the difference goes only by email


def test_pledges_count_only_valid_attempts_per_client_and_recipient(client, campaign, settings):
    settings.SUPPORT_RATE_LIMIT = 3
    settings.SUPPORT_RECIPIENT_RATE_LIMIT = 2
    for _ in range(5):
        assert client.post(campaign.url + "support/", {**PLEDGE, "consent": ""}).status_code == 400
    codes = [client.post(campaign.url + "support/", PLEDGE).status_code for _ in range(3)]
    assert codes == [302, 302, 429]  # the recipient's limit
    assert (
        client.post(campaign.url + "support/", {**PLEDGE, "email": "o@example.org"}).status_code
        == 302
    )
    assert (
        client.post(campaign.url + "support/", {**PLEDGE, "email": "p@example.org"}).status_code
        == 429
    )


def test_campaign_new_link_is_neutral(client, campaign):
    client.post(campaign.url + "support/", PLEDGE)
    mail.outbox.clear()
    url = campaign.url + "support/new-link/"
    known = client.post(url, {"email": "elira@example.org"})
    unknown = client.post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 200
    assert "no-store" in known["Cache-Control"]
    assert [m.to for m in mail.outbox] == [["elira@example.org"]]
    assert "/support/confirm/?t=" in mail.outbox[0].body


@pytest.mark.parametrize(
    "changes",
    [
        {"email": "a" * 250 + "@example.org"},
        {"name": "Arta\x00"},
        {"name": "Arta\u202eGjoka"},
        {"position": "x\ny"},
        {"organisation": "99999999999999999999"},
        {"needs": "\x07"},
    ],
)
def test_hostile_registrations_are_form_errors(client, event, changes):
    assert post(client, event, **changes).status_code == 400
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    "changes",
    [
        {"email": "a" * 250 + "@example.org"},
        {"first_name": "E\x00"},
        {"municipality": "99999999999999999999"},
        {"municipality": "-5"},
    ],
)
def test_hostile_pledges_are_form_errors(client, campaign, changes):
    from campaigns.models import Supporter

    assert client.post(campaign.url + "support/", {**PLEDGE, **changes}).status_code == 400
    assert Supporter.objects.count() == 0


def test_a_personal_data_request_finds_and_erases_registrations_and_pledges(
    client, event, campaign
):
    from campaigns.models import Supporter
    from core import personaldata

    confirmed(client, event)
    client.post(campaign.url + "support/", {**PLEDGE, "email": FORM["email"]})
    found = dict(personaldata.find("Arta@Example.org"))
    assert [row["name"] for rows in found.values() for row in rows if "name" in row] == [
        "Arta Gjoka"
    ]
    assert len(found) == 2
    personaldata.erase("arta@example.org")
    row = Registration.objects.get()
    assert (row.status, row.email, row.name) == (S.CANCELLED, None, "")
    assert Supporter.objects.count() == 0
    assert personaldata.find("arta@example.org") == []


def test_the_new_link_pages_show_their_form(client, event, campaign):
    for url in (event.url + "registration/new-link/", campaign.url + "support/new-link/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Më dërgoni një lidhje të re" in response.content.decode()
        assert "no-store" in response["Cache-Control"]

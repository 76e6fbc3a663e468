"""The account-takeover hole: an applicant is never attached to an existing login by a
case-insensitive match, and no link for an existing login goes anywhere but its own address.

PostgreSQL's UPPER() folds `ı` to `I` and `ſ` to `S`, so `email__iexact` matched
`boss@ıpls.org` to `boss@ipls.org`: these tests run on SQLite and on PostgreSQL."""

import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from core.models import County, Municipality, User
from organisations import representatives
from organisations.models import ApplicationStatus, OrganisationApplication

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    user = User.objects.create_user("moderatore", password="x")
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user)
    return user


@pytest.fixture
def application(directory, observation):
    """A confirmed application from `email`, as stored (no form normalisation in between)."""

    def _make(email, name="Qendra Qytetare Pukë"):
        application = OrganisationApplication.objects.create(
            status=ApplicationStatus.PENDING,
            name=name,
            intro="Vëzhgojmë zgjedhjet.",
            seat=Municipality.objects.get(slug="puke"),
            contact_email="info@puke.example.org",
            applicant_name="Drita Marku",
            applicant_role="Drejtoreshë",
            applicant_email=email,
        )
        application.focus_areas.add(observation)
        application.counties.add(County.objects.get(code="AL-10"))
        return application

    return _make


def approve(client, application):
    url = f"/admin/organisations/applications/{application.pk}/"
    response = client.post(url, {"decision": "approve", "publish": "on", "message": ""})
    assert response.status_code == 302
    application.refresh_from_db()
    return application


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


@pytest.mark.parametrize(
    ("owner", "applicant"),
    [("boss@ipls.org", "boss@ıpls.org"), ("BOSS@IPLS.ORG", "boss@ıpls.org")],
)
def test_dotless_i_applicant_gets_a_separate_login_and_the_superuser_is_untouched(
    client, moderator, application, owner, applicant
):
    boss = User.objects.create_superuser(owner, owner, "Sekret-2026!")  # username = address
    password = boss.password
    approved = approve(client, application(applicant))
    boss.refresh_from_db()
    assert not boss.groups.exists() and boss.password == password
    assert approved.representative != boss and approved.pending_login is None
    new = approved.representative
    assert new.email == applicant and new.username != boss.username
    assert representatives.lookalike_key(new.username) != representatives.lookalike_key(owner)
    assert not new.is_superuser and not new.has_usable_password()
    assert [message.to for message in mail.outbox] == [[applicant]]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body
    assert str(boss.pk) not in _uid(mail.outbox[0])  # the link resets the new login only


def _uid(message):
    from django.utils.http import urlsafe_base64_decode

    uidb64 = re.search(r"/password_reset/confirm/([^/]+)/", message.body).group(1)
    return urlsafe_base64_decode(uidb64).decode()


def test_long_s_applicant_never_receives_a_link_for_the_existing_login(
    client, moderator, application
):
    """`ſ` is `s` after NFKC, so Django's own comparison calls the addresses equal: the login is
    then treated as the applicant's own, i.e. only its owner, at its own address, can link it."""
    boss = User.objects.create_superuser("boss", "boss@spls.org", "Sekret-2026!")
    approved = approve(client, application("boſs@ſpls.org"))
    boss.refresh_from_db()
    assert not boss.groups.exists()
    assert approved.representative is None and approved.pending_login == boss
    assert User.objects.count() == 2  # no new login either, while the owner has not answered
    to_applicant = [m for m in mail.outbox if m.to == ["boſs@ſpls.org"]]
    assert len(to_applicant) == 1 and not links_in(to_applicant[0])[1:]  # the profile link only
    assert "password_reset" not in to_applicant[0].body
    (to_owner,) = [m for m in mail.outbox if m.to == ["boss@spls.org"]]
    assert "register/login/" in to_owner.body


def test_an_existing_login_with_the_same_address_is_linked_only_after_its_owner_confirms(
    client, moderator, application, directory
):
    owner = User.objects.create_user("drita", "drita@example.org", "Sekret-2026!")
    approved = approve(client, application("Drita@Example.org"))
    assert approved.representative is None and approved.pending_login == owner
    review = client.get(f"/admin/organisations/applications/{approved.pk}/").content.decode()
    assert "Në pritje që pronari i hyrjes ekzistuese “drita”" in review
    assert not owner.groups.exists()
    (request,) = [m for m in mail.outbox if "register/login/" in m.body]
    assert request.to == ["drita@example.org"] and request.alternatives  # plain text + HTML
    link = next(url for url in links_in(request) if "register/login/" in url)
    client.logout()
    page = client.get(link)
    assert page.status_code == 200 and "Qendra Qytetare Pukë" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert not owner.groups.exists()  # a GET (a mail scanner) changes nothing
    assert client.post(link).status_code == 302
    approved.refresh_from_db()
    assert approved.representative == owner and approved.pending_login is None
    assert owner.groups.filter(name__startswith=representatives.REPRESENTATIVES).count() == 2
    assert client.post(link).status_code == 400  # used up


def test_a_login_link_is_refused_when_tampered_with(client, moderator, application):
    User.objects.create_user("drita", "drita@example.org", "Sekret-2026!")
    approve(client, application("drita@example.org"))
    (request,) = [m for m in mail.outbox if "register/login/" in m.body]
    link = next(url for url in links_in(request) if "register/login/" in url)
    client.logout()
    assert client.post(link[:-3] + "xyz").status_code == 400
    assert not User.objects.get(username="drita").groups.exists()


def test_new_usernames_never_resemble_existing_ones(db):
    User.objects.create_user("boss@ipls.org", "boss@ipls.org")
    User.objects.create_user("ana@tirana.al", "x@example.org")
    assert representatives.free_username("boss@ıpls.org") == "boss@ıpls.org-2"
    assert representatives.free_username("ANA@tiranä.al") == "ANA@tiranä.al-2"
    assert representatives.free_username("new@example.org") == "new@example.org"


def test_same_address_is_djangos_comparison(db):
    assert representatives.same_address("Boss@Example.org", "boss@example.org")
    assert not representatives.same_address("boss@ıpls.org", "boss@ipls.org")
    assert not representatives.same_address("", "")

"""Forms on cached pages: two visitors submit the same cached page, with and without JavaScript."""

import re

import pytest

from django.http import QueryDict
from django.test import Client

from core.csrf import keep_input
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration

pytestmark = pytest.mark.django_db

FORM = {
    "name": 'Arta <Gjoka> "QVQ"',
    "email": "arta@example.org",
    "organisation_name": "Qendra për Vëzhgimin Qytetar",
    "position": "Koordinatore",
    "consent": "on",
    "website": "",
}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


@pytest.fixture
def event(home):
    return EventPageFactory(parent=EventIndexPageFactory(parent=home), slug="tryeza")


def visitor():
    return Client(enforce_csrf_checks=True)


def registered(event):
    rows = Registration.objects.filter(event_key=event.translation_key)
    return list(rows.values_list("email", flat=True))


def test_two_visitors_with_javascript_submit_the_cached_form(event, page_cache):
    visitor().get(event.url)  # someone else's visit fills the cache
    for n in (1, 2):
        person = visitor()
        page = person.get(event.url)
        assert page["X-Cache"] == "HIT" and TOKEN.search(page.content.decode()).group(1) == ""
        # what site.js does: ask /csrf/ for the cookie, copy it into the empty field
        cookie_response = person.get("/csrf/")
        assert cookie_response.status_code == 204 and "no-store" in cookie_response["Cache-Control"]
        token = person.cookies["csrftoken"].value
        data = {**FORM, "email": f"v{n}@example.org", "csrfmiddlewaretoken": token}
        assert person.post(event.url + "register/", data).status_code == 302
    assert sorted(registered(event)) == ["v1@example.org", "v2@example.org"]


def test_two_visitors_without_javascript_resend_once_and_lose_nothing(event, page_cache):
    visitor().get(event.url)
    for n in (1, 2):
        person = visitor()
        page = person.get(event.url).content.decode()
        token = TOKEN.search(page).group(1)
        data = {**FORM, "email": f"nojs{n}@example.org", "csrfmiddlewaretoken": token}
        refused = person.post(event.url + "register/", data)
        body = refused.content.decode()
        assert refused.status_code == 403 and refused.get("X-Cache") is None
        assert "ju lutemi dërgojeni sërish" in body
        assert 'value="Arta &lt;Gjoka&gt; &quot;QVQ&quot;"' in body
        assert f'value="nojs{n}@example.org"' in body
        consent = re.search(r'<input[^>]*name="consent"[^>]*>', body).group(0)
        assert " checked" in consent
        assert registered(event) == [f"nojs{m}@example.org" for m in range(1, n)]
        token = TOKEN.search(body).group(1)
        assert token
        resent = person.post(event.url + "register/", {**data, "csrfmiddlewaretoken": token})
        assert resent.status_code == 302
    assert sorted(registered(event)) == ["nojs1@example.org", "nojs2@example.org"]


def test_a_forged_post_still_fails_and_does_nothing(event, page_cache):
    attacker = visitor()
    refused = attacker.post(event.url + "register/", FORM)
    assert refused.status_code == 403 and registered(event) == []


def test_the_admin_keeps_djangos_own_csrf_failure(event):
    response = visitor().post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403 and b"ju lutemi d" not in response.content


def test_kept_input_covers_text_areas_selects_and_checkboxes():
    html = (
        '<input type="text" name="a" value="old"><input type="email" name="b">'
        '<textarea name="c">x</textarea><select name="d"><option value="1" selected>1</option>'
        '<option value="2">2</option></select><input type="checkbox" name="e" value="k">'
        '<input type="password" name="p"><input type="hidden" name="t" value="keep">'
    )
    data = QueryDict(mutable=True)
    data.update({"a": 'new "1"', "b": "b@example.org", "c": "</textarea><script>", "d": "2"})
    data.update({"e": "k", "p": "secret", "t": "changed"})
    out = keep_input(html, data)
    assert 'value="new &quot;1&quot;"' in out and 'value="b@example.org"' in out
    assert '<textarea name="c">&lt;/textarea&gt;&lt;script&gt;</textarea>' in out
    assert '<option value="1">' in out and '<option selected value="2">' in out
    assert '<input checked type="checkbox" name="e" value="k">' in out
    assert "secret" not in out and 'value="keep"' in out

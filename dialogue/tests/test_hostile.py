"""Hostile input: any text in any field of the dialogue's forms gets a page or a translated
error, never a 500; what is stored is shown escaped; the difference never lets markup through."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue.diff import word_diff
from dialogue.models import Contribution
from dialogue.participation import moderate
from dialogue.tests.conftest import client_for
from tests.hostile import assert_no_server_error, hostile_text

SWEEP = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TAG = re.compile(r"<(?!/?(ins|del)>)")


@given(original=hostile_text, proposed=hostile_text)
@settings(max_examples=200, deadline=None)
def test_the_difference_escapes_everything(original, proposed):
    html = str(word_diff(original, proposed))
    assert not TAG.search(html)
    plain = re.sub(r"</?(ins|del)>", "", html)
    assert "<" not in plain


@pytest.mark.django_db
@SWEEP
@given(
    kind=st.sampled_from(["comment", "amendment", "", "x" * 50]),
    text=hostile_text,
    wording=hostile_text,
    organisation=hostile_text,
    anchor=st.sampled_from(["article-1", "article-2", "article-99"]),
)
def test_contribution_form_never_fails(
    alice, consultation, kind, text, wording, organisation, anchor
):
    client = client_for(alice)
    client.raise_request_exception = False
    data = {
        "kind": kind,
        "text": text,
        "proposed_wording": wording,
        "organisation": organisation,
        "consent": "on",
    }
    response = client.post(f"{consultation.url}contribute/{anchor}/", data)
    assert_no_server_error(response, data)
    for row in Contribution.objects.filter(status="pending"):
        moderate(row, "published")
    page = client.get(consultation.url)
    assert_no_server_error(page, "page")
    assert "<script>alert(1)</script>" not in page.content.decode()


@pytest.mark.django_db
@SWEEP
@given(
    public_id=hostile_text, organisation=hostile_text, action=st.sampled_from(["sign", "withdraw"])
)
def test_endorse_and_sign_never_fail(
    alice, consultation, statement, public_id, organisation, action
):
    client = client_for(alice)
    client.raise_request_exception = False
    data = {"organisation": organisation, "consent": "on"}
    for url in (
        f"{consultation.url}endorse/{public_id}/",
        f"{statement.url}{action}/",
        f"{consultation.url}confirm/?t={public_id}",
        f"{consultation.url}unsubscribe/?t={public_id}",
    ):
        assert_no_server_error(client.post(url, data), (url, data))

"""A page made private is private at once after a public visit, for itself and its children,
and public again when the restriction goes. Whether any private section exists is deliberately
not cached: a restriction made without a signal (bulk_create, a restored database) would then
leave a private page public (search/tests/test_suggestions.py makes one that way)."""

import pytest

from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret(home):
    return StandardPageFactory(parent=home, title="Për anëtarët", slug="anetaret")


def is_refused(client, page):
    response = client.get(page.url)
    if response.status_code == 200:
        return "Për anëtarët" not in response.content.decode()
    return True  # a login redirect or the password form's own status


@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_restriction_added_after_a_public_visit_applies_at_once(client, secret, kind):
    assert not is_refused(client, secret)
    PageViewRestriction.objects.create(page=secret, restriction_type=kind, password="x")
    assert is_refused(client, secret)


def test_a_restriction_on_a_parent_covers_its_children(client, home):
    section = StandardPageFactory(parent=home, title="Seksioni", slug="seksioni")
    child = StandardPageFactory(parent=section, title="Për anëtarët", slug="femija")
    assert not is_refused(client, child)
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert is_refused(client, child)


def test_removing_the_last_restriction_makes_the_page_public_again(client, secret):
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert is_refused(client, secret)
    restriction.delete()
    assert not is_refused(client, secret)


def menu_of(client, home):
    body = client.get(home.url).content.decode()
    return body.split('id="main-nav"')[1].split("</nav>")[0]


def test_a_menu_cached_between_the_save_and_the_commit_is_not_kept(
    client, home, django_capture_on_commit_callbacks
):
    """Another request may render the menu after the restriction's first bump but before its
    commit, and keep it under the new generation: the bump after commit (core.signals) drops
    it, so the private page leaves the menu."""
    section = StandardPageFactory(parent=home, title="Anëtarësia", show_in_menus=True)
    assert "Anëtarësia" in menu_of(client, home)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction(page=section, restriction_type="login")
        restriction.save()
        PageViewRestriction.objects.filter(pk=restriction.pk).delete()  # as the commit not yet
        assert "Anëtarësia" in menu_of(client, home)  # seen: cached under the new generation
        PageViewRestriction.objects.bulk_create([restriction])  # the committed row, no signal
    assert "Anëtarësia" not in menu_of(client, home)

"""The upstream workarounds in core/upstream.py still do their job."""

import pytest

from core.demo import translate
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_children_translated_with_their_parent_stay_in_the_menu(
    client, home, en_home, en, django_capture_on_commit_callbacks
):
    section = StandardPageFactory(
        parent=home, title="Seksioni", slug="seksioni", show_in_menus=True
    )
    StandardPageFactory(parent=section, title="Nënfaqja", slug="nenfaqja")
    with django_capture_on_commit_callbacks(execute=True):  # one transaction, as in a subtree
        translate(section, en, {"Seksioni": "Section"})
        translate(section.get_children().first().specific, en, {"Nënfaqja": "Subpage"})
    english = section.get_translation(en)
    english.refresh_from_db()
    assert english.numchild == 1
    assert [page.title for page in english.get_children()] == ["Subpage"]

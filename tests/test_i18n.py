"""The gettext catalogs are complete: nothing untranslated, nothing fuzzy, nothing missing."""

import polib
import pytest

from django.core.management import call_command
from django.utils import translation

from core.catalogs import catalog_paths, incomplete_entries, missing_from_catalog


def test_there_is_an_albanian_catalog():
    assert [path.parent.parent.name for path in catalog_paths()] == ["sq"]


@pytest.mark.parametrize("path", catalog_paths(), ids=lambda path: path.parent.parent.name)
def test_catalog_has_no_untranslated_or_fuzzy_entries(path):
    assert incomplete_entries(path) == []


@pytest.mark.parametrize("path", catalog_paths(), ids=lambda path: path.parent.parent.name)
def test_catalog_contains_every_string_the_code_marks(path):
    assert missing_from_catalog(path) == []


def test_incomplete_catalogs_are_detected(tmp_path):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Search", msgstr=""))
    po.append(polib.POEntry(msgid="Menu", msgstr="Menyja", flags=["fuzzy"]))
    path = tmp_path / "django.po"
    po.save(str(path))
    assert incomplete_entries(path) == ["untranslated: 'Search'", "fuzzy: 'Menu'"]


def test_compiled_catalog_is_used_for_albanian():
    call_command("compilemessages", "--ignore=.venv", "--ignore=node_modules", verbosity=0)
    with translation.override("sq"):
        assert translation.gettext("Skip to main content") == "Kalo te përmbajtja kryesore"
        assert (
            translation.gettext("Funded by the European Union") == "Financuar nga Bashkimi Evropian"
        )

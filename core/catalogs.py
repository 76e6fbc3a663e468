"""Checks that the gettext catalogs are complete and up to date.

Two kinds: the site's own catalog (locale/, from our code) and the Albanian admin catalogs
(locale_admin/, the Wagtail and wagtail-localize strings, which those packages do not ship in
Albanian). The admin catalogs are compared with the English source catalogs of the installed
packages, so an upgrade that adds strings fails until they are translated.
"""

import collections
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

from django.conf import settings

SOURCE_SUFFIXES = {".py", ".html", ".txt", ".js"}
SKIP_DIRS = {".venv", "node_modules", "staticfiles", "media", ".git", ".test-media", "locale"}
ADMIN_PACKAGES = ("wagtail", "wagtail_localize")
ADMIN_DOMAINS = ("django", "djangojs")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|</?[a-z][^>]*>")


def catalog_paths():
    return sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


def admin_catalog_dir():
    return Path(settings.BASE_DIR) / "locale_admin"


def admin_catalog_paths():
    """The admin catalogs, one per language and domain (locale_admin/<lang>/LC_MESSAGES/*.po)."""
    found = admin_catalog_dir().glob("*/LC_MESSAGES/*.po")
    return sorted(path for path in found if path.stem in ADMIN_DOMAINS)


def upstream_source_catalogs(domain):
    """(module, path) of the English source catalogs of the installed admin packages."""
    found = []
    for package in ADMIN_PACKAGES:
        spec = importlib.util.find_spec(package)
        for location in spec.submodule_search_locations or ():
            for path in Path(location).rglob(f"locale/en/LC_MESSAGES/{domain}.po"):
                module = ".".join(path.relative_to(Path(location).parent).parts[:-4])
                found.append((module, path))
    return sorted(found)


def missing_upstream(path):
    """Strings of the installed packages (same domain) that the admin catalog `path` lacks."""
    known = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    missing = set()
    for module, source in upstream_source_catalogs(path.stem):
        for entry in polib.pofile(str(source)):
            if not entry.obsolete and entry.msgid and (entry.msgctxt, entry.msgid) not in known:
                missing.add((entry.msgctxt or "", entry.msgid, module))
    return sorted(missing)


def placeholder_mismatches(path):
    """Translations whose placeholders (%(name)s, %s, {name}, HTML tags) differ from the source."""
    problems = []
    for entry in polib.pofile(str(path)).translated_entries():
        pairs = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            pairs = [(entry.msgid_plural, forms[n]) for n in sorted(forms) if n > 0]
            pairs.append((entry.msgid, forms[0]))
        for source, translation in pairs:
            wanted, got = _placeholders(source), _placeholders(translation)
            # A singular form may leave out the count ("1 page" for "%(count)s page").
            may_drop_count = entry.msgid_plural and source == entry.msgid
            if wanted != got and not (may_drop_count and got <= _all_forms(entry)):
                problems.append(f"placeholders differ: {entry.msgid!r} -> {translation!r}")
    return problems


def _placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def _all_forms(entry):
    return _placeholders(entry.msgid) | _placeholders(entry.msgid_plural)


def incomplete_entries(path):
    """Problems in one catalog: untranslated, fuzzy or a fuzzy header."""
    po = polib.pofile(str(path))
    problems = [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    problems += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    if po.metadata_is_fuzzy:
        problems.append("the header is marked fuzzy")
    return problems


def missing_from_catalog(path):
    """Strings marked for translation in the code that `path` does not contain yet."""
    language = path.parent.parent.name
    base = Path(settings.BASE_DIR)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "src"
        _copy_sources(base, copy)
        (copy / "locale").mkdir()
        subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
            [sys.executable, "manage.py", "makemessages", "-l", language, "--no-location"],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        fresh = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
    known = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    return sorted(entry.msgid for entry in fresh if (entry.msgctxt, entry.msgid) not in known)


def _copy_sources(base, target):
    for source in base.rglob("*"):
        relative = source.relative_to(base)
        if relative.parts[0] in SKIP_DIRS or not source.is_file():
            continue
        if source.suffix in SOURCE_SUFFIXES:
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)

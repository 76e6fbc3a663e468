"""Checks that the gettext catalogs in locale/ are complete and up to date with the code."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

from django.conf import settings

SOURCE_SUFFIXES = {".py", ".html", ".txt", ".js"}
SKIP_DIRS = {".venv", "node_modules", "staticfiles", "media", ".git", ".test-media", "locale"}


def catalog_paths():
    return sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


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

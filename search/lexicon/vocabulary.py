"""The vocabulary that the lemma table covers: the site's own Albanian texts, any other texts
given, and the inflected and derived forms of their words found in a hunspell word list.

Only the build command (`manage.py build_lemmas`) uses this module; it never runs in a web
process.
"""

import importlib
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from django.apps import apps

from core.normalise import WORD, fold

SOURCE_MODULES = ("search.benchmark_text",)  # besides every app's demo_texts
MIN_PREFIX = 5  # letters a form must share with a site word to count as its relative


def site_texts():
    """The text of every app's demo_texts module, the benchmark text, the evaluation set and
    the Albanian interface catalogue."""
    names = [f"{config.name}.demo_texts" for config in apps.get_app_configs()]
    for name in [*names, *SOURCE_MODULES]:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        yield Path(module.__file__).read_text(encoding="utf-8")
    base = Path(__file__).resolve().parent.parent
    yield (base / "evaluation" / "pairs.json").read_text(encoding="utf-8")
    judgments = base / "evaluation" / "judgments.json"
    if judgments.exists():
        yield judgments.read_text(encoding="utf-8")
    catalogue = base.parent / "locale" / "sq" / "LC_MESSAGES" / "django.po"
    if catalogue.exists():
        yield catalogue.read_text(encoding="utf-8")


def words_of(texts):
    """{folded word: how often the texts use it}."""
    found = Counter()
    for text in texts:
        found.update(fold(word) for word in WORD.findall(text) if not word.isdigit())
    return Counter({w: n for w, n in found.items() if len(w) > 1 and w.isalpha()})


def hunspell_forms(dic, aff):
    """Every word form of a hunspell dictionary (its affixes expanded by `unmunch`), folded;
    forms with an elided article (s'..., ç'...) left out."""
    unmunch = shutil.which("unmunch")
    if not unmunch or not Path(dic).exists():
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(  # noqa: S603 (a fixed program on local files)
            [unmunch, str(dic), str(aff)], capture_output=True, check=False, cwd=tmp
        )
    text = result.stdout.decode("latin-1")
    return {fold(word) for word in text.split() if word.isalpha() and word.islower()}


def relatives(site_words, forms):
    """The forms that begin with a site word less its last letter (at least MIN_PREFIX
    letters): its inflections, and derived words that the analyser must keep apart."""
    prefixes = {word[:-1] for word in site_words if len(word) > MIN_PREFIX}
    found = set()
    for form in forms:
        for cut in range(MIN_PREFIX, len(form)):
            if form[:cut] in prefixes:
                found.add(form)
                break
    return found


def vocabulary(extra_texts=(), dic=None, aff=None):
    """{folded word to lemmatise: how often the texts use it (0 for a hunspell relative)}."""
    texts = [*site_texts(), *extra_texts]
    site = words_of(texts)
    forms = hunspell_forms(dic, aff) if dic else set()
    return Counter({**dict.fromkeys(relatives(site, forms), 0), **site})

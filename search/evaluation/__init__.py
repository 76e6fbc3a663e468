"""The search evaluation: real Albanian (and some English) query/document pairs, and a way to
measure precision and recall on the configured backend (`manage.py search_evaluation`)."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps

from wagtail.models import Locale

from search.query import make_query, matches

PAIRS = Path(__file__).with_name("pairs.json")


@dataclass
class Score:
    precision: float
    recall: float
    misses: list  # (query, missing keys, unexpected keys)


def load():
    return json.loads(PAIRS.read_text(encoding="utf-8"))


def score(search):
    """Micro-averaged precision and recall of `search(q, language) -> set of document keys`."""
    data = load()
    found_relevant = found_total = relevant_total = 0
    misses = []
    for case in data["queries"]:
        relevant = set(case["relevant"])
        found = set(search(case["q"], case["language"]))
        found_relevant += len(found & relevant)
        found_total += len(found)
        relevant_total += len(relevant)
        if found != relevant:
            misses.append((case["q"], sorted(relevant - found), sorted(found - relevant)))
    precision = found_relevant / found_total if found_total else 0.0
    return Score(precision, found_relevant / relevant_total, misses)


def publish_documents(homes):
    """Publish each evaluation document as a standard page under `homes[language]`; returns
    {page id: document key}."""

    standard_page = apps.get_model("home", "StandardPage")
    keys = {}
    for key, document in load()["documents"].items():
        home = homes.get(document["language"])
        if home is None:
            continue
        page = standard_page(title=document["title"], slug=key, intro=document["text"])
        home.add_child(instance=page)
        page.save_revision().publish()
        keys[page.pk] = key
    return keys


def database_search(keys):
    """A `search` for `score` that runs the site's real search in each language's locale."""

    def search(q, language):
        query = make_query(q, language)
        found = matches(Locale.objects.get(language_code=language), query, False)
        return {keys[pk] for pk in found.values_list("pk", flat=True) if pk in keys}

    return search

"""The analyser evaluation: query/page judgments (judgments.json, made by make_judgments.py)
scored per class, at the term level (what every backend compares) or through the database."""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps

from wagtail.models import Locale

from core.normalise import terms
from search.query import make_query, matches

JUDGMENTS = Path(__file__).with_name("judgments.json")
TITLE = "Dokument"  # every evaluation page's title: no query uses the word


@dataclass
class Counts:
    found: int = 0  # relevant and found
    missed: int = 0  # relevant, not found
    false: int = 0  # a decoy found
    rejected: int = 0  # a decoy not found
    misses: list = field(default_factory=list)

    def add(self, judgment, matched):
        relevant = judgment["match"]
        if relevant and matched:
            self.found += 1
        elif relevant:
            self.missed += 1
        elif matched:
            self.false += 1
        else:
            self.rejected += 1
        if matched != relevant:
            self.misses.append((judgment["q"], judgment["page"], relevant))

    @property
    def precision(self):
        """Found pages that were relevant; for decoys alone, the share kept out."""
        if not self.found and not self.missed:
            decoys = self.false + self.rejected
            return self.rejected / decoys if decoys else 1.0
        return self.found / (self.found + self.false)

    @property
    def recall(self):
        relevant = self.found + self.missed
        return self.found / relevant if relevant else None

    @property
    def judged(self):
        return self.found + self.missed + self.false + self.rejected


def load():
    return json.loads(JUDGMENTS.read_text(encoding="utf-8"))


def score(matcher, judgments=None):
    """{class: Counts} and the "all" Counts of `matcher(judgment) -> bool` over `judgments`
    (every one by default)."""
    judgments = load()["judgments"] if judgments is None else judgments
    classes = defaultdict(Counts)
    total = Counts()
    for judgment in judgments:
        matched = matcher(judgment)
        classes[judgment["class"]].add(judgment, matched)
        total.add(judgment, matched)
    return dict(classes), total


def term_matcher():
    """Matches as every backend does: all of the query's terms among the page's terms."""
    pages = load()["pages"]

    def match(judgment):
        page = pages[judgment["page"]]
        wanted = set(terms(judgment["q"], page["language"]))
        return bool(wanted) and wanted <= set(terms(f"{TITLE} {page['text']}", page["language"]))

    return match


def publish_pages(homes, keys=None):
    """Publish the evaluation pages (all, or those in `keys`) under `homes[language]`;
    returns {page key: page id}."""

    standard_page = apps.get_model("home", "StandardPage")
    ids = {}
    for key, page in load()["pages"].items():
        if (keys is not None and key not in keys) or page["language"] not in homes:
            continue
        new = standard_page(title=TITLE, slug=f"eval-{key}", intro=page["text"])
        homes[page["language"]].add_child(instance=new)
        new.save_revision().publish()
        ids[key] = new.pk
    return ids


def database_matcher(ids):
    """Matches through the site's real search (search.query) on the configured database."""

    pages = load()["pages"]
    cache = {}

    def match(judgment):
        language = pages[judgment["page"]]["language"]
        key = (judgment["q"], language)
        if key not in cache:
            query = make_query(judgment["q"], language)
            locale = Locale.objects.get(language_code=language)
            cache[key] = set(matches(locale, query, False).values_list("pk", flat=True))
        return ids[judgment["page"]] in cache[key]

    return match


def table(rows):
    """Markdown: one row per class, old and new side by side. `rows` is
    [(name, {class: Counts}, total)] for each analyser."""
    names = [name for name, _classes, _total in rows]
    head = "| class | judgments | " + " | ".join(f"{n} P | {n} R" for n in names) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(names))]
    classes = sorted({c for _n, classes, _t in rows for c in classes})
    for klass in [*classes, "all"]:
        cells = []
        for _name, classes_, total in rows:
            counts = total if klass == "all" else classes_[klass]
            recall = "–" if counts.recall is None else f"{counts.recall:.2f}"
            cells.append(f"{counts.precision:.2f} | {recall}")
        judged = (rows[0][2] if klass == "all" else rows[0][1][klass]).judged
        lines.append(f"| {klass} | {judged} | " + " | ".join(cells) + " |")
    return "\n".join(lines)

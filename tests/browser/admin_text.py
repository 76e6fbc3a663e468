"""Counting the English left in an admin screen: the rule the Albanian admin test applies.

A screen's visible text is every text node that the browser lays out in a box larger than 1 px,
outside scripts, form values, editable rich text and screen-reader-only text.
From each node we remove:
- user content: every page title, image, document, collection, snippet, user, group, workflow,
  task, site and locale name in the database, and the source and translated segments that
  wagtail-localize stores (what editors typed is not interface);
- identifiers: web addresses, email addresses, paths, file names, numbers, dates and times,
  and the product name "Wagtail".
What is left is counted if it still has a word of two letters or more. A counted node is English
when one of its words is English-only: it occurs in the English source strings of Wagtail,
wagtail-localize or this project, and in none of the Albanian catalogs (ours, the admin's and
Django's). Words both languages write alike (Email, Alias, Draft, online) therefore never count
as English. A node mixing both ("9 minuta ago") counts as English. Share = Albanian / counted.
"""

import html
import re
from functools import cache
from pathlib import Path

import polib

import django
from django.conf import settings

import wagtail
import wagtail_localize

WORD = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|%\(\w+\)[sd]|%[sd]|\{\w*\}")
IDENTIFIER = re.compile(
    r"\S+://\S+|\S+@\S+\.\S+|(?<!\w)/\S*|\b[\w-]+\.(?:pdf|png|jpe?g|svg|webp|docx?|xlsx?|csv|po)\b",
    re.IGNORECASE,
)
NEUTRAL_WORDS = {"wagtail"}

# Runs in the page: the text of every laid-out text node (optionally inside one element).
VISIBLE_TEXT_JS = """(root) => {
  const skip = 'script, style, noscript, template, textarea, [contenteditable="true"], svg, '
    + '.w-sr-only, .visually-hidden, .sr-only';
  const scope = root ? document.querySelector(root) : document.body;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(skip)) continue;
    if (!parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    texts.push(text);
  }
  return texts;
}"""


def words(text):
    return set(WORD.findall(MARKUP.sub(" ", html.unescape(text)).lower()))


def _catalog_words(paths, side):
    found = set()
    for path in paths:
        for entry in polib.pofile(str(path)):
            if side == "source":
                found |= words(entry.msgid) | words(entry.msgid_plural)
            else:
                found |= words(entry.msgstr)
                for form in entry.msgstr_plural.values():
                    found |= words(form)
    return found


@cache
def english_only_words():
    packages = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    english = [p for package in packages for p in package.rglob("locale/en/LC_MESSAGES/*.po")]
    ours = [p for root in settings.LOCALE_PATHS for p in Path(root).glob("sq/LC_MESSAGES/*.po")]
    djangos = Path(django.__file__).parent.rglob("locale/sq/LC_MESSAGES/*.po")
    albanian = _catalog_words([*ours, *djangos], "translation")
    return _catalog_words([*english, *ours], "source") - albanian - NEUTRAL_WORDS


def user_content():
    """Everything editors and users typed, longest first (so longer names are removed first)."""
    from django.apps import apps
    from django.contrib.auth.models import Group

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Locale, Page, Site, Task, Workflow
    from wagtail.snippets.models import get_snippet_models

    from core.models import User

    values = set()
    for title, draft, seo in Page.objects.values_list("title", "draft_title", "seo_title"):
        values |= {title, draft, seo}
    for model in [get_image_model(), get_document_model()]:
        values |= set(model.objects.values_list("title", flat=True))
    for model in [Collection, Group, Workflow, Task]:
        values |= {str(obj) for obj in model.objects.all()}
    for model in get_snippet_models():
        values |= {str(obj) for obj in model.objects.all()}
    for user in User.objects.all():
        values |= {user.get_full_name(), user.get_username(), user.first_name, user.last_name}
    values |= {site.site_name for site in Site.objects.all()}
    values |= {locale.get_display_name() for locale in Locale.objects.all()}
    for model_name in ["String", "StringTranslation"]:
        for data in apps.get_model("wagtail_localize", model_name).objects.values_list(
            "data", flat=True
        ):
            values |= {data, re.sub(r"<[^>]*>", "", data)}
    values = {" ".join(value.split()) for value in values if value}
    return sorted((v for v in values if len(v) > 1), key=len, reverse=True)


def classify(texts, content):
    """(albanian, english) lists of the counted text nodes."""
    english_only = english_only_words()
    albanian, english = [], []
    for text in texts:
        rest = text
        for value in content:
            if value in rest:
                rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
        rest = IDENTIFIER.sub(" ", rest)
        found = words(rest) - NEUTRAL_WORDS
        if not found:
            continue
        (english if found & english_only else albanian).append(text)
    return albanian, english


def share(albanian, english):
    counted = len(albanian) + len(english)
    return len(albanian) / counted if counted else 1.0

"""Suggestions from the index's own vocabulary: "did you mean" and autocomplete."""

import difflib

from django.core.cache import cache
from django.db.models import Q

from wagtail.models import Locale, Page

from core.normalise import WORD, fold, stem

VOCABULARY_SECONDS = 600
MAX_SUGGESTIONS = 8


def vocabulary(locale):
    """{folded word: word as written} from the titles and summaries of the live, public pages
    in `locale`; cached for ten minutes."""
    key = f"search:vocabulary:{locale.pk}"
    words = cache.get(key)
    if words is None:
        pages = Page.objects.live().public().filter(locale=locale)
        words = {}
        for title, description in pages.values_list("title", "search_description"):
            for word in WORD.findall(f"{title} {description}"):
                if len(word) > 3 and not word.isdigit():
                    words.setdefault(fold(word), word.lower())
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def did_you_mean(text, locale):
    """`text` with unknown words replaced by the closest known ones, or None. A word whose
    lemma the site has (zgjedhjeve when titles say zgjedhjet) is known, not corrected."""
    known = vocabulary(locale)
    language = locale.language_code
    lemmas = {stem(word, language) for word in known}
    changed, out = False, []
    for word in WORD.findall(text):
        folded = fold(word)
        if folded in known or len(folded) < 4 or folded.isdigit():
            out.append(word)
            continue
        if stem(folded, language) in lemmas:
            out.append(word)
            continue
        close = difflib.get_close_matches(folded, known.keys(), n=1, cutoff=0.75)
        if close:
            out.append(known[close[0]])
            changed = True
        else:
            out.append(word)
    return " ".join(out) if changed else None


def title_suggestions(text, locale, limit=MAX_SUGGESTIONS):
    """(title, url path) of live pages in `locale` whose title has, for each typed word, a word
    starting with it or of the same lemma (numri finds "Numrat e ..."), with or without ë and
    ç. Titles are matched in Python over one cached list."""
    language = locale.language_code
    wanted = [(part, stem(part, language)) for part in map(fold, WORD.findall(text)[:6])]
    if not wanted:
        return []
    found = []
    for pk, _title, folded_words in titles(locale):
        lemmas = {stem(w, language) for w in folded_words}
        if all(any(w.startswith(p) for w in folded_words) or s in lemmas for p, s in wanted):
            found.append(pk)
            if len(found) >= limit:
                break
    # the cached list may be up to ten minutes old: ask again which of them are live and public
    fresh = Page.objects.live().public().filter(Q(pk__in=found), locale=locale).specific()
    pages = {page.pk: page for page in fresh}
    return [pages[pk] for pk in found if pk in pages]


def titles(locale):
    key = f"search:titles:{locale.pk}"
    rows = cache.get(key)
    if rows is None:
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=2)
        rows = [
            (pk, title, tuple(fold(word) for word in WORD.findall(title)))
            for pk, title in pages.order_by("-first_published_at").values_list("pk", "title")
        ]
        cache.set(key, rows, VOCABULARY_SECONDS)
    return rows


def forget_vocabulary(sender, instance, **kwargs):
    """Signal handler: a page was published or unpublished, so its locale's lists are stale."""
    cache.delete_many(
        [f"search:vocabulary:{instance.locale_id}", f"search:titles:{instance.locale_id}"]
    )


def forget_all_vocabularies(sender=None, **kwargs):
    """Signal handler: a view restriction was added, changed or removed, or a page was moved
    or deleted; the pages it hides or shows may be in any language, so every list is stale."""
    keys = Locale.objects.values_list("pk", flat=True)
    cache.delete_many([f"search:{kind}:{pk}" for pk in keys for kind in ("vocabulary", "titles")])


def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_vocabulary(sender, instance)

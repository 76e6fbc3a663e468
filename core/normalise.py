"""Search normalisation: the same terms at indexing and at query time, on every backend.

Text is lower-cased, folded (ë -> e, ç -> c, other accents dropped) and reduced to one term per
word: Albanian words to their lemma, looked up in the lemma table (core.lemmas; careful rules
for words it lacks), English words with Snowball's English stemmer. Pages index these terms in an
extra search field (`BasePage.search_terms`), and the search view normalises queries the same
way, so `shqiperi` finds Shqipërisë and `zgjedhje` finds zgjedhjeve whatever the backend does.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from django.core.signals import setting_changed
from django.utils.html import strip_tags

from wagtail.search import index

from core.lemmas import lexicon

WORD = re.compile(r"[^\W_]+")


def _combining_marks():
    """A regex class of every combining mark (what diacritics become once decomposed), so that
    folding a whole PDF is one regex substitution rather than a loop over its characters."""
    ranges = []
    for code in range(0x30000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    parts = (re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[{''.join(parts)}]")


COMBINING = _combining_marks()
MIN_STEM = 3

# The light stemmer that search used before the lemma table, kept to measure against it
# (`manage.py search_evaluation`): case, article and plural endings, tried longest first,
# repeatedly (kandidatëve -> kandidat -> kandid), down to MIN_STEM letters (deputet -> dep).
ALBANIAN_SUFFIXES = sorted(
    [
        "ojne", "ojme", "uara", "uar",  # verbs: votojnë, votojmë, votuara, votuar
        "eve", "ave", "ise", "ese", "ine", "esh", "ash", "ive", "ite",  # plural, genitive
        "ve", "se", "ne", "it", "in", "ut", "un", "et", "es", "en", "at", "sh",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
VOWELS = "aei"

# Nouns whose plural changes the stem (grua/gra, njeri/njerëz, djalë/djem, vëlla/vëllezër): every
# folded form gives the singular, so "grua" finds "gratë" and "grave".
_IRREGULAR_FAMILIES = {
    "grua": "grua gruaja gruas gruan gra grate grave grash",
    "njeri": "njeri njeriu njeriut njeriun njerez njerezit njerezve njerezish",
    "djale": "djale djali djalit djalin djem djemte djemve djemsh",
    "vella": "vella vellai vellait vellain vellezer vellezerit vellezerve vellezerish",
}
IRREGULAR = {form: lemma for lemma, forms in _IRREGULAR_FAMILIES.items() for form in forms.split()}

_ALBANIAN_STOPS = (
    "a apo dhe do e edhe eshte i jane ka kane ku me mbi nder ne nga nje ose pa per por qe se "
    "si ta te tek u"
)
_ENGLISH_STOPS = (
    "a an and are as at be by for from has have in into is it of on or that the their this to "
    "was were with"
)
ALBANIAN_STOP_WORDS = frozenset(_ALBANIAN_STOPS.split())
ENGLISH_STOP_WORDS = frozenset(_ENGLISH_STOPS.split())

_english = snowballstemmer.stemmer("english")


def fold(text):
    """Lower-case `text` and drop diacritics: "Shqipërisë" -> "shqiperise", "çështje" ->
    "ceshtje"."""
    return COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


def light_stem(word):
    """The old light stem of one folded Albanian word: zgjedhjet, zgjedhjeve -> zgjedhj."""
    for _round in range(4):
        suffix = next(
            (
                end
                for end in ALBANIAN_SUFFIXES
                if word.endswith(end) and len(word) - len(end) >= MIN_STEM
            ),
            None,
        )
        if suffix:
            word = word[: -len(suffix)]
        elif len(word) > MIN_STEM and word[-1] in VOWELS:
            word = word[:-1]
        else:
            break
    return word


def lemma_albanian(word):
    """The lemma of one folded Albanian word: zgjedhjet, zgjedhjeve -> zgjedhje; numri ->
    numer; gjyqtarja -> gjyqtar. From the table, else the irregular plurals, else the rules."""
    found = lexicon()
    return found.words.get(word) or IRREGULAR.get(word) or found.lemma(word)


def old_stem_albanian(word):
    """The stemmer search used before the lemma table (to measure against)."""
    return IRREGULAR.get(word) or light_stem(word)


ANALYSERS = {"lexicon": lemma_albanian, "stemmer": old_stem_albanian}
_analyser = {"sq": lemma_albanian}


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The search term for one word (already folded) in `language` ("sq" or "en")."""
    if word.isdigit() or len(word) < 3:
        return word
    if language == "en":
        return _english.stemWord(word)
    return _analyser["sq"](word)


def clear_caches(**kwargs):
    for cached in (stem, term, normalised_text):
        cached.cache_clear()


def use_analyser(name):
    """Index and search with another Albanian analyser ("lexicon", the default, or "stemmer",
    the old light stemmer): only to measure one against the other."""
    _analyser["sq"] = ANALYSERS[name]
    clear_caches()


setting_changed.connect(clear_caches)  # a test that points SEARCH_LEMMA_TABLE elsewhere


@lru_cache(maxsize=100_000)
def term(word, language):
    """The search term for one word as written ("Zgjedhjeve" -> "zgjedhj")."""
    return stem(fold(word), language)


def words(text):
    """The folded words of `text`, in order."""
    return WORD.findall(fold(text or ""))


def stop_words(language):
    return ENGLISH_STOP_WORDS if language == "en" else ALBANIAN_STOP_WORDS


def terms(text, language, keep_stop_words=False):
    """The normalised search terms of `text` in `language`, in order, stop words left out."""
    stops = frozenset() if keep_stop_words else stop_words(language)
    return [stem(word, language) for word in words(text) if word not in stops]


@lru_cache(maxsize=32)
def normalised_text(text, language):
    """`text` as a string of search terms, ready to index (cached: a search backend asks for
    the same page's terms for several of its index columns)."""
    return " ".join(terms(text, language))


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [strip_tags(value) if "<" in value else value]
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, list | tuple | set) or hasattr(value, "__iter__"):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def _field_texts(obj, fields, skip, related=True):
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            yield from _flatten(field.get_value(obj))
        elif related and isinstance(field, index.RelatedFields):
            value = field.get_value(obj)
            if value is None:
                continue
            items = value.all() if hasattr(value, "all") else [value]
            for item in items:
                yield from _field_texts(item, field.fields, skip)


def indexed_text(obj, skip=("search_terms",), related=True):
    """The plain text of every search field of `obj` (RichText and StreamField as text);
    `related=False` leaves out related objects (topics, authors), which cost queries."""
    texts = _field_texts(obj, obj.get_search_fields(), skip, related)
    return "\n".join(text for text in texts if text)

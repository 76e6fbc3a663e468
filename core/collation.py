"""Alphabetical order as Albanian readers expect it: one alphabet, two ways to apply it.

Albanian has 36 letters: Ç sorts after C, Ë after E, and the digraphs Dh, Gj, Ll, Nj, Rr, Sh, Th,
Xh and Zh are letters of their own (so "Shkodra" comes after every other "S..." name). English
names sort by the plain Latin alphabet, with ë and ç folded to e and c.

- In Python, `sort_key(text, language)`: a string that sorts under binary order. The directory
  stores it on each organisation page, so the database orders by it; `initial` is the letter of
  the A–Z jump, `folded` the form for name search.
- In the database, `albanian_order(field)`: an ordering expression for a column without a stored
  key (lists of places: `in_albanian_order(Municipality.objects.all())`).
"""

import functools
import unicodedata

from django.db.models import F, Value
from django.db.models.functions import Lower, Replace

ALBANIAN = [
    "a",
    "b",
    "c",
    "ç",
    "d",
    "dh",
    "e",
    "ë",
    "f",
    "g",
    "gj",
    "h",
    "i",
    "j",
    "k",
    "l",
    "ll",
    "m",
    "n",
    "nj",
    "o",
    "p",
    "q",
    "r",
    "rr",
    "s",
    "sh",
    "t",
    "th",
    "u",
    "v",
    "x",
    "xh",
    "y",
    "z",
    "zh",
]
LATIN = list("abcdefghijklmnopqrstuvwxyz")
DIGRAPHS = {letter for letter in ALBANIAN if len(letter) == 2}


def alphabet(language):
    return ALBANIAN if language == "sq" else LATIN


def _fold(char, language):
    """A lower-case character without accents, except Albanian's own ç and ë."""
    char = char.lower()
    if language == "sq" and char in "çë":
        return char
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or char


def letters(text, language):
    """The text as a list of letters of `language`'s alphabet (digraphs joined), digits kept,
    everything else dropped."""
    folded = "".join(_fold(char, language) for char in text)
    result, i = [], 0
    while i < len(folded):
        pair = folded[i : i + 2]
        if language == "sq" and pair in DIGRAPHS:
            result.append(pair)
            i += 2
            continue
        if folded[i].isalnum():
            result.append(folded[i])
        elif result and result[-1] != " ":
            result.append(" ")
        i += 1
    return result


def sort_key(text, language="sq"):
    """A string that sorts like `text` in `language` under plain binary (code point) order.
    Remembered per process for plain strings (names and labels repeat on every listing and
    facet; a lazy translation is turned into text first and not remembered)."""
    if type(text) is str:
        return _sort_key(text, language)
    return _sort_key.__wrapped__(str(text), language)


@functools.lru_cache(maxsize=8192)
def _sort_key(text, language):
    order = {letter: index for index, letter in enumerate(alphabet(language))}
    parts = []
    for letter in letters(text, language):
        if letter == " ":
            parts.append("00")
        elif letter.isdigit():
            parts.append(f"0{int(letter) + 1}" if letter != "9" else "10")
        else:
            parts.append(f"{order.get(letter, len(order)) + 20:02d}")
    return "".join(parts)[:250]


def initial(text, language="sq"):
    """The first letter of `text` in `language`'s alphabet, upper case ("Sh", "Ç"); "#" for a
    name that starts with a digit or an unknown character."""
    found = [letter for letter in letters(text, language) if letter != " "]
    if not found or found[0] not in alphabet(language):
        return "#"
    return found[0].capitalize()


def folded(text):
    """Lower case, without accents (ë -> e, ç -> c), single spaces: for name search."""
    return "".join(letters(text, "en")).strip()


# The same alphabet as a chain of SQL replacements: each letter after a base letter (ç, ë and
# the digraphs) becomes that base letter and "~", which sorts after every letter. Lower() folds
# only ASCII on SQLite, so the capitals Ç and Ë are replaced too.
SQL_LETTERS = [
    (variant, _fold(letter[0], "en") + "~")
    for letter in ALBANIAN
    if letter not in LATIN
    for variant in ((letter.upper(), letter) if len(letter) == 1 else (letter,))
]


def albanian_order(field):
    """An expression that orders `field` (an Albanian name) as Albanian readers expect."""
    expression = Lower(F(field))
    for letter, key in SQL_LETTERS:
        expression = Replace(expression, Value(letter), Value(key))
    return expression.asc()


def in_albanian_order(queryset):
    """Counties or municipalities (`name_sq`) in Albanian order, for choice lists. (Not in
    Meta.ordering: modelcluster sorts by field names only.)"""
    return queryset.order_by(albanian_order("name_sq"), "pk")

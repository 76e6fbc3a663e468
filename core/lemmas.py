"""The Albanian word -> lemma table that search looks words up in, and the careful rules for
words it does not have.

The table is built offline (`manage.py build_lemmas`, with uniparser-albanian and the hunspell
word list) and shipped as core/data/lemmas-sq.tsv.gz: folded word, then its folded lemma (a
word alone on its line is its own lemma). A process reads it once, on first use, into a dict
(`settings.SEARCH_LEMMA_TABLE` names another file: the tests use a small one). Nothing heavy
ever runs here: a lookup, else a few suffix rules that use the table's lemmas as a guide.
"""

import gzip
import sys
from functools import lru_cache
from pathlib import Path

from django.conf import settings

SHIPPED_TABLE = Path(__file__).resolve().parent / "data" / "lemmas-sq.tsv.gz"
SAFE_STEM = 4  # the rules never leave fewer letters than this
CONSONANTS = frozenset("bcdfghjklmnpqrstvxz")
VOWELS = frozenset("aeiouy")

# Inflectional endings (folded), longest first: definite and indefinite, every case, plural.
ENDINGS = sorted(
    [
        "ave", "eve", "ise", "ite", "ine", "ive", "esh", "ash", "ish", "ve", "se", "ne", "it",
        "in", "ut", "un", "et", "at", "es", "en", "a", "e", "i", "n", "s", "t", "u",
    ],
    key=len,
    reverse=True,
)  # fmt: skip


class Lexicon:
    def __init__(self, words):
        self.words = words  # {folded word: folded lemma}
        self.lemmas = frozenset(words.values())

    def lemma(self, word):
        """The lemma of a folded Albanian word: from the table, else by the rules."""
        found = self.words.get(word)
        if found is not None:
            return found
        return self.guided(word) or rule_stem(word)

    def guided(self, word):
        """An unseen inflection of a known word: one ending off (kandidaturave ->
        kandidatur(e)), a vowel dropped before r/l put back (kodrat -> koder)."""
        for end in ENDINGS:
            base = word[: -len(end)]
            if not word.endswith(end) or len(base) < SAFE_STEM - 1:
                continue
            for candidate in (base, base + "e", _vowel_back(base)):
                if candidate in self.lemmas:
                    return candidate
                if candidate in self.words:
                    return self.words[candidate]
        return None


def _vowel_back(base):
    """numr -> numer, kodr -> koder: nouns that drop their e before an ending."""
    if len(base) >= 3 and base[-1] in "rl" and base[-2] in CONSONANTS:
        return base[:-1] + "e" + base[-1]
    return base


def rule_stem(word):
    """A stem for a word of a family the table does not know: endings off while at least
    SAFE_STEM letters stay (deputet stays deputet-ish, never dep), the agent feminine -ja off,
    and the e of a final -er/-el dropped, so numer and numri meet (numr)."""
    if len(word) <= SAFE_STEM:
        return word
    if word.endswith("ja") and word[-3] in "rst" and word[-4] in VOWELS:
        word = word[:-2]  # gjyqtarja, vezhguesja, deputetja (not ceshtja)
    for _round in range(2):
        end = next(
            (e for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= SAFE_STEM),
            None,
        )
        if end is None:
            break
        word = word[: -len(end)]
    if len(word) > SAFE_STEM and word[-1] in "rl" and word[-2] == "e" and word[-3] in CONSONANTS:
        word = word[:-2] + word[-1]
    return word


def read_table(path):
    words = {}
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _tab, lemma = line.rstrip("\n").partition("\t")
            if word and not word.startswith("#"):
                words[sys.intern(word)] = sys.intern(lemma) if lemma else word
    return words


@lru_cache(maxsize=4)
def _lexicon(path):
    return Lexicon(read_table(path))


def lexicon():
    """The process's lexicon, read on first use."""
    return _lexicon(str(getattr(settings, "SEARCH_LEMMA_TABLE", SHIPPED_TABLE)))

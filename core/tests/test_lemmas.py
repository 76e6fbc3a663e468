"""The lemma table and the careful rules behind Albanian search terms.

The suite runs on a small table made for the tests (core/tests/data/lemmas.tsv, the setting
SEARCH_LEMMA_TABLE); one test reads the shipped table, never the analyser that built it."""

import pytest

from django.test import override_settings

from core.lemmas import SAFE_STEM, SHIPPED_TABLE, Lexicon, lexicon, read_table, rule_stem
from core.normalise import stem, terms


def test_the_test_table_is_the_small_one():
    assert len(lexicon().words) < 200
    assert lexicon().words["numri"] == "numer"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("gjyqtarja", "gjyqtar"),  # the feminine definite keeps no -j
        ("gjyqtari", "gjyqtar"),
        ("numri", "numer"),  # the vowel-dropping noun meets its lemma
        ("numrat", "numer"),
        ("deputet", "deputet"),  # never cut to dep
        ("grave", "grua"),
        ("votuan", "votoj"),
    ],
)
def test_known_words_are_looked_up(word, lemma):
    assert stem(word, "sq") == lemma


@pytest.mark.parametrize(
    ("unseen", "lemma"),
    [
        ("numrave", "numer"),  # a vowel dropped before the ending, put back: numr -> numer
        ("deputetit", "deputet"),  # one ending off, a known word
        ("gjyqtaresh", "gjyqtar"),
        ("kodit", "kod"),
        ("reformen", "reforme"),
        ("zgjedhesin", "zgjedhes"),
    ],
)
def test_unseen_inflections_of_known_words_find_their_lemma(unseen, lemma):
    assert unseen not in lexicon().words
    assert stem(unseen, "sq") == lemma


@pytest.mark.parametrize(
    "family",
    [
        "kandidaturë kandidatura kandidaturës kandidaturat kandidaturave",
        "vëzhgim vëzhgimi vëzhgimit vëzhgimin vëzhgimet vëzhgimeve",
        "mbikëqyrës mbikëqyrësi mbikëqyrësit mbikëqyrësve mbikëqyrësja",
        "kodër kodra kodrës kodrat",  # vowel-dropping: kodr
        "shkodër shkodra shkodrës",
    ],
)
def test_the_rules_give_an_unknown_family_one_term(family):
    assert len({stem(word, "sq") for word in terms(family, "sq")}) == 1


@pytest.mark.parametrize("word", ["deputet", "deputetet", "kandidat", "shtetas", "qytetit"])
def test_the_rules_never_cut_below_a_safe_length(word):
    assert len(rule_stem(word)) >= SAFE_STEM
    assert rule_stem("deputet") != rule_stem("depo")


@pytest.mark.parametrize(("a", "b"), [("kodra", "kodi"), ("votra", "vota"), ("depoja", "deputeti")])
def test_look_alikes_stay_apart(a, b):
    assert stem(a, "sq") != stem(b, "sq")


def test_a_table_file_reads_words_alone_as_their_own_lemma(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text("# comment\nnumer\nnumri\tnumer\n", encoding="utf-8")
    assert read_table(table) == {"numer": "numer", "numri": "numer"}
    assert Lexicon(read_table(table)).lemma("numrit") == "numer"


def test_the_shipped_table_loads_and_maps_known_words():
    with override_settings(SEARCH_LEMMA_TABLE=SHIPPED_TABLE):
        words = lexicon().words
        assert len(words) > 5000
        for word, lemma in {
            "zgjedhjeve": "zgjedhje",
            "shqiperise": "shqiperi",
            "grave": "grua",
            "numri": "numer",
            "deputetet": "deputet",
            "votuan": "votoj",
            "gjyqtarja": "gjyqtar",
        }.items():
            assert stem(word, "sq") == lemma, word
        assert stem("fushe", "sq") != stem("fushata", "sq")  # the rules alone would meet
        assert stem("kukes", "sq") == stem("kukesi", "sq") == "kukes"  # a name, not kuke + s
    assert stem("zgjedhjeve", "sq") == "zgjedhje"  # and back on the small table
    assert len(lexicon().words) < 200

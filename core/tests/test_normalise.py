"""The search normaliser: folding, the light Albanian stemmer, English stemming."""

import pytest

from core.normalise import fold, normalised_text, stem, terms

FAMILIES = [  # every form of a word must give one term, and different words different terms
    "zgjedhje zgjedhjet zgjedhjeve zgjedhja zgjedhjes zgjedhjen zgjedhjesh",
    "zgjedhës zgjedhësit zgjedhësve zgjedhësi zgjedhësin",
    "monitorim monitorimin monitorimit monitorimi monitorimet monitorimeve",
    "shqipëri shqipërisë shqipëria shqipërinë",
    "reformë reforma reformës reformat reformave reformën",
    "organizatë organizatave organizatat organizata organizatës",
    "qytet qytetit qyteti qytetet qyteteve qytete",
    "votues votuesit votuesve votuesi votuesin",
    "parti partia partitë partive partisë",
    "pjesëmarrje pjesëmarrja pjesëmarrjen pjesëmarrjes",
    "çështje çështjet çështjeve çështja",
    "kukës kukësit kukësi",
    "ligj ligji ligjit ligjet ligjeve",
    "kod kodi kodit kodin",
    "komision komisioni komisionit komisionet",
    "proces procesi procesit proceset proceseve",
    "fushatë fushata fushatës fushatat fushatave",
    "raport raporti raportit raportet raporteve",
    "institucion institucioni institucionit institucionet institucioneve",
    "grua gruaja gruas gra gratë grave grash",  # irregular plurals
    "njeri njeriu njerëz njerëzit njerëzve",
    "djalë djali djem djemtë djemve",
]


def test_folding_drops_diacritics_and_case():
    assert fold("Shqipërisë ÇËSHTJE") == "shqiperise ceshtje"


@pytest.mark.parametrize("family", FAMILIES)
def test_each_albanian_word_family_gives_one_term(family):
    assert len({stem(fold(word), "sq") for word in family.split()}) == 1


def test_different_albanian_words_keep_different_terms():
    stems = [stem(fold(family.split()[0]), "sq") for family in FAMILIES]
    assert len(set(stems)) == len(stems)


def test_english_uses_snowball():
    assert terms("Elections, monitoring and the voters", "en") == ["elect", "monitor", "voter"]


def test_stop_words_and_punctuation_are_dropped():
    assert normalised_text("Pjesëmarrja e grave në zgjedhje!", "sq") == "pjesemarrje grua zgjedhje"
    assert terms('"; DROP -- 🗳️ _x_', "sq") == ["drop", "x"]

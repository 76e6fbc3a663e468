"""Albanian alphabetical order: Ç after C, Ë after E, digraphs as letters of their own."""

import pytest

from core.collation import folded, in_albanian_order, initial, sort_key
from core.models import County, Municipality


def albanian(names):
    return sorted(names, key=sort_key)


def test_c_cedilla_sorts_after_every_c():
    assert albanian(["Çelësi", "Cuca", "Cana"]) == ["Cana", "Cuca", "Çelësi"]


def test_e_diaeresis_sorts_after_every_e():
    assert albanian(["Ëndrra", "Ezra", "Era"]) == ["Era", "Ezra", "Ëndrra"]


def test_digraphs_are_letters_after_their_first_half():
    names = ["Shpresa", "Sfida", "Syri", "Dhoma", "Drita", "Gjallë", "Gusa", "Llapi", "Luma"]
    assert albanian(names) == [
        "Drita",
        "Dhoma",
        "Gusa",
        "Gjallë",
        "Luma",
        "Llapi",
        "Sfida",
        "Syri",
        "Shpresa",
    ]
    tail = [
        "Zhvillimi",
        "Zëri",
        "Xhepi",
        "Xixa",
        "Thesari",
        "Tirana",
        "Rruga",
        "Rinia",
        "Njësia",
        "Nuk",
    ]
    assert albanian(tail) == [
        "Nuk",
        "Njësia",
        "Rinia",
        "Rruga",
        "Tirana",
        "Thesari",
        "Xixa",
        "Xhepi",
        "Zëri",
        "Zhvillimi",
    ]


def test_case_and_punctuation_do_not_change_the_order():
    assert albanian(["zëri", "Ari", "“Bota”"]) == ["Ari", "“Bota”", "zëri"]


def test_english_names_sort_by_the_latin_alphabet():
    names = ["Shelter", "Sun", "Centre", "Çelësi"]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == ["Çelësi", "Centre", "Shelter", "Sun"]


def test_initials_follow_the_alphabet_of_the_language():
    assert [initial(n) for n in ["Shpresa", "çelësi", "Ëndrra", "Dhoma", "3 Maji"]] == [
        "Sh",
        "Ç",
        "Ë",
        "Dh",
        "#",
    ]
    assert initial("Shelter", "en") == "S"


def test_folded_names_ignore_diacritics_and_case():
    assert folded("Qendra Çështje Zgjedhore") == "qendra ceshtje zgjedhore"


@pytest.mark.django_db
@pytest.mark.parametrize("model", [County, Municipality])
def test_the_database_order_and_the_stored_key_agree(model):
    """albanian_order (SQL, for places) and sort_key (stored, for organisations) are one
    collation: both put Albania's place names in the same order."""
    in_database = list(in_albanian_order(model.objects.all()).values_list("name_sq", flat=True))
    assert in_database == sorted(in_database, key=sort_key)
    if model is Municipality:  # sh after every other s, unlike the code point order
        assert in_database.index("Shijak") > in_database.index("Skrapar")

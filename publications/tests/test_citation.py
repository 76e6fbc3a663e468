"""Citation formats: APA 7 text, BibTeX and RIS, on realistic Albanian data and edge cases."""

import dataclasses
import datetime
import re

import pytest

from publications.citation import (
    Author,
    Citation,
    bibtex,
    citation_text,
    initials,
    normalise_doi,
    ris,
)

TITLE = "Pjesëmarrja e grave në zgjedhjet parlamentare të 2025-ës"
SUBTITLE = "Gjetje nga monitorimi i fushatës"
HOXHA = Author("Arbëresha", "Hoxha")
KOLA = Author("Besa", "Kola")
DUKA = Author("Ëndri", "Duka")

FULL = Citation(
    key="pjesemarrja-e-grave-2025",
    title=TITLE,
    subtitle=SUBTITLE,
    authors=(HOXHA, KOLA),
    organisations=("QKBTAT", "IPLS"),
    date=datetime.date(2025, 11, 24),
    publication_type="Dokument politikash",
    url="https://example.org/sq/botime/pjesemarrja-e-grave-2025/",
    doi="https://doi.org/10.5281/zenodo.123",
    isbn="978-9928-000-00-0",
    language="sq",
)
FULL_TITLE = f"{TITLE}: {SUBTITLE}"


def cite(**changes):
    return dataclasses.replace(FULL, **changes)


# APA 7 text


def test_citation_text_full():
    assert citation_text(FULL) == (
        f"Hoxha, A., & Kola, B. (2025). {FULL_TITLE} [Dokument politikash]. QKBTAT; IPLS. "
        "https://doi.org/10.5281/zenodo.123"
    )


def test_citation_text_one_author():
    assert citation_text(cite(authors=(HOXHA,))).startswith("Hoxha, A. (2025). Pjesëmarrja")


def test_citation_text_three_authors():
    text = citation_text(cite(authors=(HOXHA, KOLA, DUKA)))
    assert text.startswith("Hoxha, A., Kola, B., & Duka, Ë. (2025). Pjesëmarrja")


def test_citation_text_more_than_twenty_authors():
    authors = tuple(Author("Besa", f"Kola{n}") for n in range(1, 23))
    text = citation_text(cite(authors=authors))
    assert text.startswith("Kola1, B., Kola2, B.,")
    assert "Kola19, B., . . . Kola22, B. (2025)." in text
    assert "Kola20" not in text
    assert "&" not in text


def test_citation_text_organisations_as_authors_are_not_repeated_as_publisher():
    assert citation_text(cite(authors=())) == (
        f"QKBTAT & IPLS. (2025). {FULL_TITLE} [Dokument politikash]. "
        "https://doi.org/10.5281/zenodo.123"
    )
    assert citation_text(cite(authors=(), organisations=("QKBTAT",))).startswith(
        "QKBTAT. (2025). Pjesëmarrja"
    )


def test_citation_text_without_authors_or_organisations_starts_with_the_title():
    assert citation_text(cite(authors=(), organisations=())) == (
        f"{FULL_TITLE} [Dokument politikash]. (2025). https://doi.org/10.5281/zenodo.123"
    )


def test_citation_text_without_date():
    assert "Kola, B. (pa datë). Pjesëmarrja" in citation_text(cite(date=None))
    assert "Kola, B. (n.d.). Pjesëmarrja" in citation_text(cite(date=None, language="en"))


def test_citation_text_uses_the_url_without_a_doi():
    assert citation_text(cite(doi="")).endswith(
        "QKBTAT; IPLS. https://example.org/sq/botime/pjesemarrja-e-grave-2025/"
    )


def test_citation_text_minimal_has_no_empty_parts():
    text = citation_text(Citation(key="x", title="Raport vjetor", language="en"))
    assert text == "Raport vjetor. (n.d.)."


def test_citation_text_english_policy_paper():
    english = cite(
        title="Women's participation in the 2025 parliamentary elections",
        subtitle="",
        publication_type="Policy paper",
        doi="",
        url="",
        language="en",
    )
    assert citation_text(english) == (
        "Hoxha, A., & Kola, B. (2025). Women's participation in the 2025 parliamentary "
        "elections [Policy paper]. QKBTAT; IPLS."
    )


def test_citation_text_collapses_whitespace_and_keeps_question_marks():
    messy = cite(title="  A votuan\n gratë? ", subtitle="", publication_type="", doi="", url="")
    assert citation_text(messy) == "Hoxha, A., & Kola, B. (2025). A votuan gratë? QKBTAT; IPLS."


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Arbëresha", "A."),
        ("Anna Maria", "A. M."),
        ("Jean-Luc", "J.-L."),
        ("Ëndri", "Ë."),
        ("çlirim", "Ç."),
        ("E\u0308ndri", "Ë."),  # decomposed "Ë"
        ("A.B.", "A. B."),
        ("  ", ""),
    ],
)
def test_initials(given, expected):
    assert initials(given) == expected


def test_citation_text_author_without_given_name():
    assert citation_text(cite(authors=(Author("", "Hoxha"),))).startswith("Hoxha. (2025).")


@pytest.mark.parametrize(
    "doi",
    [
        "10.5281/zenodo.123",
        "https://doi.org/10.5281/zenodo.123",
        "http://dx.doi.org/10.5281/zenodo.123",
        "doi:10.5281/zenodo.123",
        " DOI: 10.5281/zenodo.123 ",
    ],
)
def test_normalise_doi(doi):
    assert normalise_doi(doi) == "10.5281/zenodo.123"


# BibTeX


def test_bibtex_full():
    assert bibtex(FULL) == (
        "@techreport{pjesemarrjaegrave2025,\n"
        "  author = {Hoxha, Arbëresha and Kola, Besa},\n"
        f"  title = {{{FULL_TITLE}}},\n"
        "  institution = {QKBTAT and IPLS},\n"
        "  type = {Dokument politikash},\n"
        "  year = {2025},\n"
        "  month = nov,\n"
        "  url = {https://example.org/sq/botime/pjesemarrja-e-grave-2025/},\n"
        "  doi = {10.5281/zenodo.123},\n"
        "  isbn = {978-9928-000-00-0},\n"
        "  langid = {albanian}\n"
        "}\n"
    )


def test_bibtex_corporate_author_is_double_braced():
    assert "  author = {{QKBTAT}},\n" in bibtex(cite(authors=(), organisations=("QKBTAT",)))
    assert "  author = {{QKBTAT} and {IPLS}},\n" in bibtex(cite(authors=()))


def test_bibtex_key_is_folded_and_gets_the_year():
    assert bibtex(cite(key="Çështja-ë")).startswith("@techreport{ceshtjae2025,\n")
    assert bibtex(cite(key="raporti-2025", date=None)).startswith("@techreport{raporti2025,\n")
    assert bibtex(cite(key="zgjedhjet", date=None)).startswith("@techreport{zgjedhjet,\n")


def test_bibtex_escapes_specials_but_keeps_utf8():
    entry = bibtex(cite(title="R&D 100% _test_ ë", subtitle="$5 #1 {x} ~ ^ \\"))
    assert (
        r"  title = {R\&D 100\% \_test\_ ë: \$5 \#1 \textbraceleft{}x\textbraceright{} "
        r"\textasciitilde{} \textasciicircum{} \textbackslash{}},"
    ) in entry


def test_bibtex_minimal_and_english():
    assert bibtex(Citation(key="x", title="Report", language="en")) == (
        "@techreport{x,\n  title = {Report},\n  langid = {english}\n}\n"
    )


def test_bibtex_url_stays_verbatim_apart_from_braces_and_spaces():
    entry = bibtex(cite(url="https://example.org/a_b?q=100%25&x={y} z"))
    assert "  url = {https://example.org/a_b?q=100%25&x=%7By%7D%20z},\n" in entry


@pytest.mark.parametrize(
    "citation",
    [
        FULL,
        cite(authors=()),
        cite(title="R&D 100% _test_ {unbalanced", subtitle="}} x\ny", isbn="#"),
        Citation(key="", title=""),
    ],
)
def test_bibtex_parses(citation):
    entry = bibtex(citation)
    depth = 0
    for char in entry:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
    lines = entry.split("\n")
    assert re.fullmatch(r"@techreport\{[a-z0-9]+,", lines[0])
    assert lines[-2:] == ["}", ""]
    fields = lines[1:-2]
    assert all(re.fullmatch(r"  [a-z]+ = \S.*", line) for line in fields)
    assert all(line.endswith(",") for line in fields[:-1])
    names = [line.split(" = ")[0].strip() for line in fields]
    assert len(names) == len(set(names))


# RIS


def test_ris_full():
    assert ris(FULL) == (
        "TY  - RPRT\r\n"
        "AU  - Hoxha, Arbëresha\r\n"
        "AU  - Kola, Besa\r\n"
        f"TI  - {FULL_TITLE}\r\n"
        "PY  - 2025\r\n"
        "DA  - 2025/11/24/\r\n"
        "PB  - QKBTAT; IPLS\r\n"
        "M3  - Dokument politikash\r\n"
        "UR  - https://example.org/sq/botime/pjesemarrja-e-grave-2025/\r\n"
        "DO  - 10.5281/zenodo.123\r\n"
        "SN  - 978-9928-000-00-0\r\n"
        "LA  - sq\r\n"
        "ER  - \r\n"
    )


def test_ris_corporate_authors_and_missing_fields():
    record = ris(Citation(key="x", title="Raport", organisations=("QKBTAT",), language="en"))
    assert record == (
        "TY  - RPRT\r\nAU  - QKBTAT\r\nTI  - Raport\r\nPB  - QKBTAT\r\nLA  - en\r\nER  - \r\n"
    )


@pytest.mark.parametrize("citation", [FULL, cite(title="Rreshti\r\nparë\n\ndytë", authors=())])
def test_ris_format(citation):
    record = ris(citation)
    assert record.endswith("\r\n")
    lines = record.split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines)
    assert lines[0] == "TY  - RPRT"
    assert lines[-1] == "ER  - "
    assert sum(line.startswith("ER  - ") for line in lines) == 1


def test_ris_collapses_newlines_in_values():
    assert "TI  - Rreshti parë dytë: " in ris(cite(title="Rreshti\r\nparë\n\ndytë"))

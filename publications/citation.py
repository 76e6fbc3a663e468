"""Citations for publications: an APA 7 reference, a BibTeX entry and an RIS record.

Pure Python, no database: the page builds a `Citation` and asks for the format it needs.
All text is NFC-normalised and its whitespace collapsed, so newlines and double spaces
in editor input never reach the output.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LANGIDS = {"sq": "albanian", "en": "english"}
NO_DATE = {"sq": "pa datë", "en": "n.d."}
APA_MAX_AUTHORS = 20
DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in BIBTEX_SPECIALS))
URL_UNSAFE = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20"}
TERMINAL = (".", "?", "!")


@dataclass(frozen=True)
class Author:
    given: str
    family: str


@dataclass(frozen=True)
class Citation:
    key: str
    title: str
    subtitle: str = ""
    authors: tuple[Author, ...] = ()
    organisations: tuple[str, ...] = ()
    date: datetime.date | None = None
    publication_type: str = ""
    url: str = ""
    doi: str = ""
    isbn: str = ""
    language: str = "sq"


# Shared helpers


def clean(value: str) -> str:
    """NFC-normalise `value` and collapse all runs of whitespace (newlines too) to one space."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def language(c: Citation) -> str:
    """The primary language subtag, lowercased: "sq-AL" -> "sq"."""
    return clean(c.language).lower().split("-")[0]


def normalise_doi(doi: str) -> str:
    """The bare DOI ("10.1234/abcd"), whether given as a doi.org link, "doi:..." or bare."""
    return DOI_PREFIX.sub("", clean(doi).replace(" ", ""))


def full_title(c: Citation) -> str:
    """ "Title: Subtitle", without a colon after a title that already ends in punctuation."""
    title, subtitle = clean(c.title), clean(c.subtitle)
    if not subtitle:
        return title
    if not title:
        return subtitle
    separator = " " if title.endswith((":", *TERMINAL)) else ": "
    return title + separator + subtitle


def people(c: Citation) -> list[Author]:
    """The authors that have a name, cleaned."""
    authors = (Author(clean(a.given), clean(a.family)) for a in c.authors)
    return [a for a in authors if a.given or a.family]


def organisations(c: Citation) -> list[str]:
    """The non-empty publishing organisations, cleaned."""
    return [name for name in map(clean, c.organisations) if name]


def inverted_name(author: Author) -> str:
    """ "Family, Given", or whichever half exists."""
    return ", ".join(part for part in (author.family, author.given) if part)


# APA 7 reference


def initials(given: str) -> str:
    """APA initials: "Anna Maria" -> "A. M.", "Jean-Luc" -> "J.-L.", "Ëndri" -> "Ë."."""
    words = [word for word in re.split(r"[\s.]+", clean(given)) if word]
    return " ".join(_word_initials(word) for word in words)


def _word_initials(word: str) -> str:
    """Initials of one given name, keeping its hyphens: "Jean-Luc" -> "J.-L."."""
    parts = [part for part in word.split("-") if part]
    letters = (next((char for char in part if char.isalpha()), "") for part in parts)
    return "-".join(letter.upper() + "." for letter in letters if letter)


def apa_name(author: Author) -> str:
    """ "Hoxha, A."; just the family name when the given name is missing."""
    return ", ".join(part for part in (author.family, initials(author.given)) if part)


def apa_list(names: list[str], comma_before_ampersand: bool = True) -> str:
    """Join names the APA way: "A & B", "A, B, & C"; past 20, the first 19, ". . .", the last."""
    if len(names) > APA_MAX_AUTHORS:
        return ", ".join(names[: APA_MAX_AUTHORS - 1]) + ", . . . " + names[-1]
    if len(names) < 2:
        return "".join(names)
    if len(names) == 2 and not comma_before_ampersand:
        return names[0] + " & " + names[1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def terminate(text: str) -> str:
    """End `text` with a full stop unless it already ends with . ? or !."""
    return text if not text or text.endswith(TERMINAL) else text + "."


def apa_authors(c: Citation) -> str:
    """The author element: the people, else the organisations as group authors, else ""."""
    authors = people(c)
    if authors:
        return terminate(apa_list([apa_name(author) for author in authors]))
    groups = organisations(c)
    return terminate(apa_list(groups, comma_before_ampersand=False))


def apa_date(c: Citation) -> str:
    """ "(2025)."; "(n.d.)." in English and "(pa datë)." in Albanian when there is no date."""
    if c.date:
        return f"({c.date.year})."
    return "(" + NO_DATE.get(language(c), NO_DATE["en"]) + ")."


def apa_title(c: Citation) -> str:
    """ "Title: Subtitle [Publication type]." with the bracket left out when there is no type."""
    kind = clean(c.publication_type)
    title = " ".join(part for part in (full_title(c), f"[{kind}]" if kind else "") if part)
    return terminate(title)


def apa_publisher(c: Citation) -> str:
    """The organisations, "; "-separated; empty when they are already the (group) authors."""
    if not people(c):
        return ""
    return terminate("; ".join(organisations(c)))


def link(c: Citation) -> str:
    """The DOI as a https://doi.org/ link, else the URL."""
    doi = normalise_doi(c.doi)
    return "https://doi.org/" + doi if doi else clean(c.url)


def citation_text(c: Citation) -> str:
    """An APA 7 reference for a report, as plain text.

    Hoxha, A., & Kola, B. (2025). Title: Subtitle [Policy paper]. QKBTAT; IPLS. https://doi.org/…
    Without an author the title moves to the front, as APA prescribes.
    """
    author, date, title = apa_authors(c), apa_date(c), apa_title(c)
    head = [author, date, title] if author else [title, date]
    parts = [*head, apa_publisher(c), link(c)]
    return " ".join(part for part in parts if part)


# BibTeX


def ascii_fold(value: str) -> str:
    """Strip diacritics and drop anything else outside ASCII: "Pjesëmarrja" -> "Pjesemarrja"."""
    decomposed = unicodedata.normalize("NFKD", value)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def bibtex_key(c: Citation) -> str:
    """ "pjesemarrja-e-grave-2025" -> "pjesemarrjaegrave2025"; the year is added when known."""
    base = re.sub(r"[^a-z0-9]", "", ascii_fold(clean(c.key)).lower()) or "publication"
    year = str(c.date.year) if c.date else ""
    return base if base.endswith(year) else base + year


def bibtex_escape(value: str) -> str:
    """Escape the LaTeX specials & % $ # _ { } ~ ^ \\ in one pass; keep UTF-8 as it is.

    Braces become \\textbraceleft{} and \\textbraceright{} rather than \\{ and \\}, because
    BibTeX and biber count braces even when backslashed, so a lone "\\{" breaks the entry.
    """
    return BIBTEX_SPECIAL.sub(lambda match: BIBTEX_SPECIALS[match.group()], clean(value))


def bibtex_verbatim(value: str) -> str:
    """A url/doi value: verbatim in biblatex, so percent-encode only what would break the entry."""
    return "".join(URL_UNSAFE.get(char, char) for char in clean(value))


def bibtex_name_list(names: list[str]) -> str:
    """Join escaped names with " and ", bracing any name that itself contains " and "."""
    escaped = (bibtex_escape(name) for name in names)
    return " and ".join(f"{{{name}}}" if " and " in name else name for name in escaped)


def bibtex_author(c: Citation) -> str:
    """ "Hoxha, Arbëresha and Kola, Besa"; else "{QKBTAT} and {IPLS}" as corporate authors."""
    authors = people(c)
    if authors:
        return bibtex_name_list([inverted_name(author) for author in authors])
    return " and ".join("{" + bibtex_escape(name) + "}" for name in organisations(c))


def bibtex_fields(c: Citation) -> list[tuple[str, str]]:
    """(name, value) pairs, values already delimited; empty fields are left out."""
    doi = normalise_doi(c.doi)
    fields = [
        ("author", _braced(bibtex_author(c))),
        ("title", _braced(bibtex_escape(full_title(c)))),
        ("institution", _braced(bibtex_name_list(organisations(c)))),
        ("type", _braced(bibtex_escape(c.publication_type))),
        ("year", _braced(str(c.date.year) if c.date else "")),
        ("month", MONTHS[c.date.month - 1] if c.date else ""),
        ("url", _braced(bibtex_verbatim(c.url))),
        ("doi", _braced(bibtex_verbatim(doi))),
        ("isbn", _braced(bibtex_escape(c.isbn))),
        ("langid", _braced(LANGIDS.get(language(c), ""))),
    ]
    return [(name, value) for name, value in fields if value]


def _braced(value: str) -> str:
    """ "{value}", or "" for an empty value so that the field is dropped."""
    return "{" + value + "}" if value else ""


def bibtex(c: Citation) -> str:
    """A biblatex-friendly @techreport entry, one field per line, ending with a newline."""
    lines = [f"  {name} = {value}" for name, value in bibtex_fields(c)]
    body = ",\n".join(lines)
    return f"@techreport{{{bibtex_key(c)},\n{body}\n}}\n"


# RIS


def ris_line(tag: str, value: str) -> str:
    """One RIS line: two-letter tag, two spaces, hyphen, space, value, CRLF."""
    return f"{tag}  - {clean(value)}\r\n"


def ris_tags(c: Citation) -> list[tuple[str, str]]:
    """(tag, value) pairs in record order, without the closing ER; empty values are left out."""
    authors = [inverted_name(author) for author in people(c)] or organisations(c)
    date = c.date
    tags = [("TY", "RPRT"), *(("AU", name) for name in authors), ("TI", full_title(c))]
    tags += [
        ("PY", str(date.year) if date else ""),
        ("DA", date.strftime("%Y/%m/%d/") if date else ""),
        ("PB", "; ".join(organisations(c))),
        ("M3", c.publication_type),
        ("UR", c.url),
        ("DO", normalise_doi(c.doi)),
        ("SN", c.isbn),
        ("LA", language(c)),
    ]
    return [(tag, value) for tag, value in tags if clean(value)]


def ris(c: Citation) -> str:
    """An RIS record (TY RPRT … ER), CRLF line endings as the format expects."""
    return "".join(ris_line(tag, value) for tag, value in ris_tags(c)) + "ER  - \r\n"

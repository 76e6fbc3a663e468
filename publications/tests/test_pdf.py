"""PDF text extraction (publications.pdf) on PDFs written by core.demo_pdf."""

import io

import pypdf
import pytest

from core.demo_pdf import make_pdf
from publications.pdf import PdfStatus, PdfText, extract_pdf_text, is_pdf

SENTENCE = "Pjesëmarrja e grave në zgjedhjet e vitit 2025 dhe çështjet e reformës zgjedhore"
TITLE = "Raport për zgjedhjet: ÇKA NDRYSHOI (2025)"


def flat(text: str) -> str:
    """`text` with every whitespace run, line breaks included, turned into one space."""
    return " ".join(text.split())


def long_pdf() -> bytes:
    """A document of 200 numbered paragraphs, several pages long."""
    paragraphs = [
        f"Paragrafi {n}: vëzhguesit raportuan mbi procesin e votimit." for n in range(200)
    ]
    return make_pdf("Raport i gjatë", [*paragraphs, "Fundi i raportit."])


def encrypted(user_password: str) -> io.BytesIO:
    """A make_pdf document encrypted by pypdf with `user_password` (owner password "owner")."""
    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(io.BytesIO(make_pdf(TITLE, [SENTENCE]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out


def test_albanian_text_is_extracted_intact():
    data = io.BytesIO(make_pdf(TITLE, [SENTENCE], author="KRIIK"))
    assert is_pdf(data)

    result = extract_pdf_text(data)

    assert result.status == PdfStatus.OK
    assert result.pages == 1
    assert SENTENCE in result.text
    assert result.text.startswith(TITLE)


def test_make_pdf_writes_a_strictly_valid_deterministic_file():
    data = make_pdf(TITLE, [SENTENCE, "“Thonjëza” dhe ’apostrofë’ (me kllapa) \\ emoji 🎉"])
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)

    assert data.startswith(b"%PDF-1.4\n")
    assert data == make_pdf(TITLE, [SENTENCE, "“Thonjëza” dhe ’apostrofë’ (me kllapa) \\ emoji 🎉"])
    assert reader.metadata.title == TITLE
    assert reader.trailer["/Root"]["/Lang"] == "sq"
    assert [float(x) for x in reader.pages[0].mediabox] == [0, 0, 595, 842]
    assert "“Thonjëza” dhe ’apostrofë’ (me kllapa) \\ emoji ?" in reader.pages[0].extract_text()


def test_long_document_spans_pages_and_last_page_is_extracted():
    result = extract_pdf_text(io.BytesIO(long_pdf()))
    text = flat(result.text)

    assert result.status == PdfStatus.OK
    assert result.pages >= 3
    assert "Paragrafi 199: vëzhguesit raportuan" in text
    assert text.endswith(f"Fundi i raportit. {result.pages}")  # last page, then its number
    assert result.text.count("\n\n") == result.pages - 1


def test_whitespace_is_normalised():
    result = extract_pdf_text(io.BytesIO(make_pdf("", ["  shumë    hapësira\tkëtu  "])))

    assert result.text == "shumë hapësira këtu\n1"


@pytest.mark.parametrize(
    "data",
    [
        make_pdf(TITLE, [SENTENCE])[:400],  # truncated upload
        make_pdf(TITLE, [SENTENCE])[:-6],  # only the %%EOF line missing
        b"%PDF-1.7\n" + bytes(range(256)) * 8,  # garbage after the header
        b"%PDF-",
    ],
    ids=["truncated", "no-eof", "garbage", "header-only"],
)
def test_damaged_pdf_is_broken(data):
    assert extract_pdf_text(io.BytesIO(data)) == PdfText(PdfStatus.BROKEN, "", 0)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, b"Pjesemarrja e grave, jo PDF.\n", b""],
    ids=["png", "text", "empty"],
)
def test_other_files_are_not_pdf(data):
    assert not is_pdf(io.BytesIO(data))
    assert extract_pdf_text(io.BytesIO(data)) == PdfText(PdfStatus.NOT_PDF, "", 0)


def test_pdf_header_is_found_within_the_first_kilobyte_only():
    data = make_pdf(TITLE, [SENTENCE])

    assert extract_pdf_text(io.BytesIO(b"\x00" * 1000 + data)).status == PdfStatus.OK
    assert not is_pdf(io.BytesIO(b"\x00" * 1024 + data))


def test_is_pdf_keeps_the_file_position():
    data = io.BytesIO(make_pdf(TITLE, [SENTENCE]))
    data.seek(123)

    assert is_pdf(data)
    assert data.tell() == 123
    assert not is_pdf(io.BytesIO(b"not a pdf"))


def test_extraction_reads_from_the_start():
    data = io.BytesIO(make_pdf(TITLE, [SENTENCE]))
    data.seek(0, io.SEEK_END)

    assert SENTENCE in extract_pdf_text(data).text


def test_encrypted_pdf_with_a_password_is_reported():
    assert extract_pdf_text(encrypted("secret")) == PdfText(PdfStatus.ENCRYPTED, "", 0)


def test_encrypted_pdf_with_an_empty_password_is_read():
    data = encrypted("")
    assert pypdf.PdfReader(data).is_encrypted

    result = extract_pdf_text(data)

    assert result.status == PdfStatus.OK
    assert result.pages == 1
    assert SENTENCE in result.text


def test_blank_page_has_no_text():
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    data = io.BytesIO()
    writer.write(data)

    assert extract_pdf_text(data) == PdfText(PdfStatus.NO_TEXT, "", 1)


def test_pdf_without_pages_is_broken():
    data = io.BytesIO()
    pypdf.PdfWriter().write(data)

    assert extract_pdf_text(data) == PdfText(PdfStatus.BROKEN, "", 0)


def test_max_chars_truncates():
    full = extract_pdf_text(io.BytesIO(long_pdf())).text
    result = extract_pdf_text(io.BytesIO(long_pdf()), max_chars=500)

    assert len(full) > 500
    assert result.status == PdfStatus.OK
    assert result.text == full[:500]
    assert result.pages == extract_pdf_text(io.BytesIO(long_pdf())).pages


def test_unexpected_errors_are_logged_not_raised(monkeypatch, caplog):
    def explode(self, *args, **kwargs):
        raise RecursionError("deeply nested page tree")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", explode)

    result = extract_pdf_text(io.BytesIO(make_pdf(TITLE, [SENTENCE])))

    assert result == PdfText(PdfStatus.BROKEN, "", 0)
    assert "Could not read PDF" in caplog.text
    assert caplog.records[-1].levelname == "WARNING"


def test_status_labels_are_translatable():
    from django.utils import translation

    with translation.override("en"):
        assert PdfStatus.ENCRYPTED.label == "The PDF is encrypted, so its text could not be read"
    with translation.override("sq"):
        assert str(PdfStatus.ENCRYPTED.label).startswith("PDF-ja është e enkriptuar")
    assert PdfStatus("not_pdf") is PdfStatus.NOT_PDF

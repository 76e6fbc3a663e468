"""Text extraction from uploaded PDFs with pypdf that never raises for bad input.

`extract_pdf_text` reports what happened as a `PdfStatus`, so a damaged, encrypted or scanned
upload is shown to the editor instead of failing the upload.
"""

import logging
import re
from dataclasses import dataclass

from pypdf import PasswordType, PdfReader
from pypdf.errors import PyPdfError

from django.db import models
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
SNIFF_BYTES = 1024
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except a newline
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # non-whitespace control characters


class PdfStatus(models.TextChoices):
    OK = "ok", _("Text extracted")
    NO_TEXT = "no_text", _("No text found: the PDF may contain only scanned images")
    ENCRYPTED = "encrypted", _("The PDF is encrypted, so its text could not be read")
    BROKEN = "broken", _("The PDF could not be read: the file may be damaged")
    NOT_PDF = "not_pdf", _("The file is not a PDF")


@dataclass(frozen=True)
class PdfText:
    status: str  # a PdfStatus value
    text: str  # whitespace-normalised, pages separated by "\n\n"; "" unless status is OK
    pages: int  # page count, 0 when unknown


def is_pdf(fileobj) -> bool:
    """Whether the first 1024 bytes of `fileobj` contain b"%PDF-"; the position is kept."""
    position = fileobj.tell()
    try:
        fileobj.seek(0)
        return PDF_MAGIC in fileobj.read(SNIFF_BYTES)
    finally:
        fileobj.seek(position)


def extract_pdf_text(fileobj, max_chars: int = 2_000_000) -> PdfText:
    """Extract the text of the PDF in the binary file-like `fileobj`, at most `max_chars` long.

    Never raises for a bad file: the outcome is reported in `PdfText.status`.
    """
    try:
        if not is_pdf(fileobj):
            return PdfText(PdfStatus.NOT_PDF, "", 0)
        fileobj.seek(0)
        return _read(PdfReader(fileobj), max_chars)
    except PyPdfError as error:
        logger.warning("Could not read PDF %s: %s", _name(fileobj), error)
    except Exception:
        logger.warning("Could not read PDF %s", _name(fileobj), exc_info=True)
    return PdfText(PdfStatus.BROKEN, "", 0)


def _read(reader: PdfReader, max_chars: int) -> PdfText:
    """Decrypt `reader` if need be and return its text; a PDF without pages counts as broken."""
    if reader.is_encrypted and not _decrypt(reader):
        return PdfText(PdfStatus.ENCRYPTED, "", 0)
    pages = len(reader.pages)
    if not pages:
        return PdfText(PdfStatus.BROKEN, "", 0)
    text = "\n\n".join(_page_texts(reader, max_chars))[:max_chars]
    return PdfText(PdfStatus.OK if text else PdfStatus.NO_TEXT, text, pages)


def _decrypt(reader: PdfReader) -> bool:
    """Try the empty user password, which opens many "encrypted" PDFs; True on success."""
    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except PyPdfError as error:  # e.g. AES without the cryptography package
        logger.warning("Could not decrypt PDF: %s", error)
        return False


def _page_texts(reader: PdfReader, max_chars: int):
    """Yield the normalised text of each page that has any, until `max_chars` are gathered."""
    gathered = 0
    for page in reader.pages:
        text = _normalise(page.extract_text() or "")
        if text:
            yield text
            gathered += len(text) + 2
        if gathered >= max_chars:
            return


def _normalise(text: str) -> str:
    """Drop control characters and blank lines, and collapse whitespace runs within lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in _CONTROL.sub("", text).split("\n"))
    return "\n".join(line for line in lines if line)


def _name(fileobj) -> str:
    """A name for `fileobj` in log messages."""
    return getattr(fileobj, "name", None) or repr(fileobj)

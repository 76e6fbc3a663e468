"""A tiny, dependency-free PDF 1.4 writer for the demo publications.

Text is set in the standard Type1 fonts Helvetica and Helvetica-Bold with WinAnsiEncoding
(cp1252), so Albanian ë, ç, Ë and Ç render and can be extracted again. The output is
deterministic (no timestamps, no random /ID), so tests and demo runs are repeatable.
"""

import textwrap
import zlib

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN_X, TOP_Y, BOTTOM_Y, FOOTER_Y = 60, 770, 72, 40
BODY = ("F1", 10, 11)  # font resource, size, leading
TITLE = ("F2", 16, 20)
BODY_WRAP, TITLE_WRAP = 90, 48
# Objects 1-5 are the catalog, page tree, two fonts and Info; each page then adds two.
FIRST_PAGE_OBJECT = 6


def make_pdf(title: str, paragraphs: list[str], *, author: str = "", language: str = "sq") -> bytes:
    """Return a small A4 PDF with `title` in bold followed by the wrapped `paragraphs`."""
    pages = _paginate(_layout(title, paragraphs))
    return _serialise(_objects(title, author, language, pages))


def _pdf_string(text: str) -> bytes:
    """Encode `text` as a cp1252 PDF literal string ("?" for anything unencodable)."""
    raw = text.encode("cp1252", errors="replace")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw.replace(b"\r", b"\\r").replace(b"\n", b"\\n") + b")"


def _text_string(text: str) -> bytes:
    """Encode `text` for the Info dictionary as a UTF-16BE hex string with a byte order mark."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _layout(title: str, paragraphs: list[str]) -> list[tuple]:
    """Return (style, text) lines: the wrapped title, then paragraphs after blank lines."""
    lines = [(TITLE, line) for line in textwrap.wrap(title, TITLE_WRAP)]
    for paragraph in paragraphs:
        lines.append((BODY, ""))
        lines += [(BODY, line) for line in textwrap.wrap(paragraph, BODY_WRAP)]
    return lines


def _paginate(lines: list[tuple]) -> list[list[tuple]]:
    """Split lines into pages of (style, text, y), dropping blank lines at the top of a page."""
    pages, page, y = [], [], TOP_Y
    for style, text in lines:
        if y < BOTTOM_Y:
            pages, page, y = [*pages, page], [], TOP_Y
        if page or text:
            page.append((style, text, y))
            y -= style[2]
    return [*pages, page]


def _content(lines: list[tuple], number: int) -> bytes:
    """Return the content stream of one page: its text lines and a centred page number."""
    ops = [
        b"BT /%s %d Tf %d %d Td %s Tj ET" % (font.encode(), size, MARGIN_X, y, _pdf_string(text))
        for (font, size, _leading), text, y in lines
        if text
    ]
    footer = b"BT /F1 9 Tf %d %d Td (%d) Tj ET" % (PAGE_WIDTH // 2 - 3, FOOTER_Y, number)
    return b"\n".join([*ops, footer])


def _font(name: str) -> bytes:
    """Return a standard Type1 font dictionary using WinAnsiEncoding."""
    return b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % (
        name.encode()
    )


def _stream(data: bytes) -> bytes:
    """Return a Flate-compressed stream object holding `data`."""
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)


def _page(number: int) -> bytes:
    """Return the dictionary of the page whose content stream is object `number`."""
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
        b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT, number)
    )


def _objects(title: str, author: str, language: str, pages: list[list[tuple]]) -> list[bytes]:
    """Return the bodies of all indirect objects, numbered from 1 in list order."""
    kids = b" ".join(b"%d 0 R" % (FIRST_PAGE_OBJECT + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang %s >>" % _pdf_string(language),
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        _font("Helvetica"),
        _font("Helvetica-Bold"),
        b"<< /Title %s /Author %s /Producer (cso-site demo_pdf) >>"
        % (_text_string(title), _text_string(author)),
    ]
    for i, lines in enumerate(pages):
        objects += [_page(FIRST_PAGE_OBJECT + 2 * i + 1), _stream(_content(lines, i + 1))]
    return objects


def _serialise(objects: list[bytes]) -> bytes:
    """Return the file: header, numbered objects, xref table with byte offsets and trailer."""
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref, size = len(out), len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        xref,
    )
    return bytes(out)

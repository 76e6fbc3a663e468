"""A short extract of the text that matched, HTML-escaped, with the matching words in <mark>."""

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from core.normalise import WORD, indexed_text, term

BEFORE, AFTER = 12, 24  # words of context around the first match


def page_text(page):
    """The text of a page that a snippet may quote: its summary first, then its fields."""
    summary = strip_tags(str(getattr(page, "summary_text", "") or ""))
    fields = indexed_text(page, skip=("search_terms", "title"), related=False)
    return f"{summary}\n{fields}"


def highlight(text, query):
    """HTML for up to ~36 words of `text` around the first word matching `query`, or ""."""
    wanted = set(query.terms)
    tokens = list(WORD.finditer(text))
    first_hit = next((i for i, token in enumerate(tokens) if _matches(token, wanted, query)), None)
    if first_hit is None:
        return ""
    first, last = max(first_hit - BEFORE, 0), min(first_hit + AFTER, len(tokens) - 1)
    parts, cursor = [], tokens[first].start()
    for i in range(first, last + 1):
        token = tokens[i]
        parts.append(escape(text[cursor : token.start()]))
        word = escape(token.group())
        parts.append(f"<mark>{word}</mark>" if _matches(token, wanted, query) else word)
        cursor = token.end()
    html = " ".join("".join(parts).split())
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < len(tokens) - 1 else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 (every piece escaped above)


def _matches(token, wanted, query):
    return term(token.group(), query.language) in wanted


def snippet(page, query, text=None):
    """The highlighted extract for a result, else the start of its summary. `text`: the
    page's `page_text`, when the caller has it (cached)."""
    text = page_text(page) if text is None else text
    html = highlight(text, query)
    if html:
        return html
    return Truncator(strip_tags(str(getattr(page, "summary_text", "") or ""))).words(36)

"""A readable word-by-word difference between an article and a proposed wording."""

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

TOKENS = re.compile(r"\s+|[^\s]+")
MAX_TOKENS = 6000  # beyond this the comparison costs too much: show old and new whole


def _tokens(text):
    return TOKENS.findall(text or "")


def word_diff(original, proposed):
    """HTML: removed words in <del>, added ones in <ins>, every word escaped."""
    old, new = _tokens(original), _tokens(proposed)
    if len(old) + len(new) > MAX_TOKENS:
        opcodes = [("replace", 0, len(old), 0, len(new))]
    else:
        opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    parts = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            parts.append(escape("".join(old[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(''.join(old[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(''.join(new[j1:j2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above

"""Rich text as one line of plain text, for JSON-LD, feeds and share texts: block ends become
spaces before the tags go, so "<p>votimit.</p><p>Mbulimi</p>" reads "votimit. Mbulimi"."""

import re

from django.utils.html import strip_tags

BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|li|h[1-6]|div|blockquote|tr|td|th)>")


def plain_text(html):
    text = strip_tags(BLOCK_END.sub(" ", html or ""))
    return " ".join(text.split())

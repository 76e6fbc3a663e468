"""Build the Albanian word -> lemma table that search uses (core/data/lemmas-sq.tsv.gz).

Offline and slow (minutes; ~1.2 GB while uniparser-albanian is loaded): run it after adding
texts to the vocabulary, then `manage.py update_index`. Needs `pip install -r
requirements-lexicon.txt`, and Debian's myspell-sq and hunspell-tools for the word list.
"""

from pathlib import Path

from django.core.management.base import BaseCommand

from core.lemmas import SHIPPED_TABLE
from search.lexicon.build import analyse, choose, write_table
from search.lexicon.vocabulary import vocabulary

HUNSPELL = Path("/usr/share/hunspell")


class Command(BaseCommand):
    help = "Lemmatise the site's Albanian vocabulary with uniparser-albanian into a lookup table."

    def add_arguments(self, parser):
        parser.add_argument("--text", action="append", default=[], help="more text files")
        parser.add_argument("--hunspell", default=str(HUNSPELL / "sq_AL"), help="dic/aff base")
        parser.add_argument(
            "--cache", action="append", help="analyses cache files (.lemma-analyses.jsonl)"
        )
        parser.add_argument(
            "--cached-only", action="store_true", help="never load the analyser: use the caches"
        )
        parser.add_argument("--out", default=str(SHIPPED_TABLE))

    def handle(self, *args, **options):
        texts = [Path(name).read_text(encoding="utf-8") for name in options["text"]]
        base = options["hunspell"]
        words = vocabulary(texts, f"{base}.dic", f"{base}.aff")
        self.stdout.write(f"{len(words)} words in the vocabulary")
        caches = options["cache"] or [".lemma-analyses.jsonl"]
        analyses = analyse(words, caches, self.stdout.write, options["cached_only"])
        known = {word: readings for word, readings in analyses.items() if readings}
        table = choose(known, words)
        write_table(table, options["out"])
        lemmas = len(set(table.values()))
        self.stdout.write(f"{len(table)} words, {lemmas} lemmas -> {options['out']}")

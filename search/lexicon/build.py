"""Lemmatise a vocabulary with uniparser-albanian and choose one lemma per word.

The analyser takes minutes and ~1.2 GB to load, so it only runs here, from `manage.py
build_lemmas`; its analyses are kept in a cache file (one JSON line per word), so a rebuild
only analyses new words. The table it writes (core/data/lemmas-sq.tsv.gz) is what indexing
and queries read.
"""

import gzip
import json
from collections import Counter
from pathlib import Path

from core.normalise import fold

POS_ORDER = {"NOUN": 0, "V": 1, "A": 2}  # a noun's reading first, then a verb's (votuar)
BATCH = 500


def load_cache(path):
    analyses = {}
    if path and Path(path).exists():
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                word, readings = json.loads(line)
                analyses[word] = [tuple(reading) for reading in readings]
    return analyses


def analyse(words, cache_paths, log=print, cached_only=False):
    """{word: [(folded lemma, part of speech), ...]} for every word, from the caches or the
    analyser (loaded only when some word is in no cache; never with `cached_only`, which
    leaves such words out). New analyses are appended to the first cache."""
    analyses = {}
    for path in cache_paths:
        analyses.update(load_cache(path))
    cache_path = cache_paths[0]
    todo = sorted(set(words) - analyses.keys())
    if cached_only:
        log(f"{len(todo)} words not analysed yet, left to the rules")
        todo = []
    if todo:
        from uniparser_albanian import AlbanianAnalyzer  # noqa: PLC0415 (heavy and optional: loads only when needed)

        log(f"loading the analyser for {len(todo)} new words")
        analyser = AlbanianAnalyzer(mode="nodiacritics")
        with open(cache_path, "a", encoding="utf-8") as cache:
            for start in range(0, len(todo), BATCH):
                batch = todo[start : start + BATCH]
                for word, readings in zip(batch, analyser.analyze_words(batch), strict=True):
                    found = sorted(
                        {(fold(r.lemma), r.gramm.split(",")[0]) for r in readings if r.lemma}
                    )
                    analyses[word] = found
                    cache.write(json.dumps([word, found], ensure_ascii=False) + "\n")
                log(f"  {min(start + BATCH, len(todo))}/{len(todo)}")
    return {word: analyses[word] for word in words if word in analyses}


def feminine_merges(lemmas):
    """Feminine nouns of agents and titles made from a masculine one by -e (deputete,
    monitoruese, gjyqtare) -> that masculine lemma, when it is in the lexicon too."""
    return {
        lemma: lemma[:-1]
        for lemma in lemmas
        if lemma.endswith("e") and len(lemma) > 5 and lemma[:-1] in lemmas
    }


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def choose(analyses, uses):
    """{word: lemma}. For an ambiguous word: a noun's reading before a verb's before an
    adjective's (zgjedhes: the voter, not a form of zgjedh; votuar: votoj); then the word itself
    when it is a lemma (Kukes), except when it inflects another (gjyqtari: the judge, gjyqtar,
    not the judiciary); then the lemma whose forms
    the site's texts use most (`uses`: {word: count}; fushate: the campaign, not fushe); then
    the one that explains more of the word."""
    lemmas = {lemma for readings in analyses.values() for lemma, _pos in readings}
    merge = feminine_merges(lemmas)
    family = Counter()
    for word, readings in analyses.items():
        for lemma in {merge.get(lemma, lemma) for lemma, _pos in readings}:
            family[lemma] += uses.get(word, 0) + 0.001
    table = {}
    for word, readings in analyses.items():
        options = {(merge.get(lemma, lemma), POS_ORDER.get(pos, 3)) for lemma, pos in readings}
        if not options:
            continue
        rank = min(pos for _lemma, pos in options)
        candidates = {lemma for lemma, pos in options if pos == rank}
        if word in candidates:  # a citation form is its own lemma (kukes, not kuke + s)...
            inflects = word[-1] in "iu" and word[:-1] in candidates  # ...but gjyqtari
            table[word] = word[:-1] if inflects else word
            continue
        table[word] = max(
            candidates, key=lambda lemma: (family[lemma], common_prefix(word, lemma), lemma)
        )
    return table


def write_table(table, path):
    """The table as gzipped `word<TAB>lemma` lines, sorted; words that are their own lemma are
    written alone on their line (the file is smaller, the reader takes word = lemma)."""
    lines = (word if lemma == word else f"{word}\t{lemma}" for word, lemma in sorted(table.items()))
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")

"""Load N synthetic bilingual publications, then time a mix of searches (median and p95).

Run it on a throwaway database (it adds N publications in each language and leaves them):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cso_bench manage.py migrate
    DATABASE_URL=... manage.py search_benchmark --publications 10000
    DATABASE_URL=... manage.py search_benchmark --no-load --clients 1 --clients 8

`--clients N` also times the search page with N clients at once (threads, each with its own
Django test client and database connection), for each N given; with `--processes` each client
is a forked process, as gunicorn's workers are (threads take turns at Python's interpreter
lock). Every page is rendered: the result-page cache is off unless `--result-cache` (so repeated
rounds and clients measure the search, not the cache); the smaller caches (each hit's quotable
text, facet labels, and each search's counts: search.counts) work as in steady state, the
counts emptied before each timing (so its first round counts every query afresh, and later
rounds find them kept), or off with `--no-count-cache` (every request counts). DEBUG is off, as
deployed.
"""

import multiprocessing
import random
import statistics
import threading
import time

from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.test import Client, RequestFactory
from django.test.utils import override_settings
from django.utils import translation

from wagtail.models import Locale, Page

from core import fragments
from core.normalise import clear_caches, terms, use_analyser, words
from search.benchmark import load
from search.benchmark_text import publication
from search.query import make_query, matches
from search.results import Search

QUERIES = {
    "sq": ["zgjedhjet", "shqiperi", "monitorimi i zgjedhjeve", "reforma zgjedhore", "grate",
           "blerja e votes", "kukes", "diaspora postë", "financimi i partive", "qendrat e votimit"],
    "en": ["elections", "monitoring", "women candidates", "electoral reform", "vote buying"],
}  # fmt: skip
FACETS = ["", "&year=2020", "&kind=publicationpage", "&sort=date"]


class Command(BaseCommand):
    help = "Load synthetic publications and report search latency (median, p95)."

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=1000)
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument(
            "--queries", type=int, default=None, help="only the first N queries of each language"
        )
        parser.add_argument("--no-load", action="store_true", help="time the existing content")
        parser.add_argument(
            "--result-cache", action="store_true", help="keep the result-page cache on"
        )
        parser.add_argument(
            "--no-count-cache", action="store_true", help="count every search afresh"
        )
        parser.add_argument("--analysers-only", action="store_true", help="only time the terms")
        parser.add_argument(
            "--clients",
            type=int,
            action="append",
            default=[],
            help="also time the search page with this many concurrent clients (repeatable)",
        )
        parser.add_argument(
            "--processes",
            action="store_true",
            help="run each concurrent client in its own process, as gunicorn's workers are "
            "(threads share one interpreter lock, so their Python work takes turns)",
        )

    def handle(self, *args, result_cache, no_count_cache, **options):
        overrides = {"DEBUG": False}
        if not result_cache:
            overrides["SEARCH_RESULTS_CACHE_SECONDS"] = 0
        if no_count_cache:
            overrides["SEARCH_COUNTS_CACHE_SECONDS"] = 0
        with override_settings(**overrides):
            return self.run(**options)

    def run(self, *, publications, rounds, no_load, clients, queries, processes, **options):
        self.queries = {language: texts[:queries] for language, texts in QUERIES.items()}
        self.rounds = rounds
        self.time_analysers()
        if options["analysers_only"]:
            return
        homes = {page.locale.language_code: page for page in Page.objects.filter(depth=2)}
        if not no_load:
            started = time.perf_counter()
            load(publications, homes)
            if connection.vendor == "postgresql":  # as autovacuum would after a bulk load
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            seconds = time.perf_counter() - started
            rate = publications * len(homes) / seconds
            self.stdout.write(
                f"loaded {publications} × {len(homes)} languages in {seconds:.0f} s "
                f"({rate:.0f} publications/s indexed)"
            )
        fragments.bump_content()  # each timing counts its first round afresh (search.counts)
        self.report("search only (matches, count, first page)", self.time_search(rounds))
        fragments.bump_content()
        self.report("search with facets (SQL and Python, no HTML)", self.time_facets(rounds))
        fragments.bump_content()
        self.report_rounds("search page with facets (HTTP, rendered)", [self.time_pages(rounds)])
        for count in clients:
            fragments.bump_content()
            concurrently = self.time_in_processes if processes else self.time_concurrently
            per_client, seconds = concurrently(max(count, 1), rounds)
            kind = "processes" if processes else "clients"
            label = f"search page with facets, {max(count, 1)} concurrent {kind}"
            self.report_rounds(label, per_client, seconds)

    def time_analysers(self, count=200):
        """Indexing throughput of the Albanian terms, the old stemmer against the lexicon, on
        `count` synthetic publications (cold caches: every distinct word analysed once)."""
        rng = random.Random(2)  # noqa: S311 (synthetic text)
        texts = [publication(rng, 40)["sq"][2] for _ in range(count)]
        total = sum(len(words(text)) for text in texts)
        try:
            for name in ("stemmer", "lexicon"):
                use_analyser(name)
                terms("zgjedhje", "sq")  # the table is read once per process, not timed here
                clear_caches()
                started = time.perf_counter()
                for text in texts:
                    terms(text, "sq")
                rate = total / (time.perf_counter() - started)
                self.stdout.write(f"Albanian terms with the {name}: {rate:,.0f} words/s")
        finally:
            use_analyser("lexicon")

    def time_search(self, rounds):
        timings = []
        for _ in range(rounds):
            for language, queries in self.queries.items():
                locale = Locale.objects.get(language_code=language)
                for text in queries:
                    started = time.perf_counter()
                    found = matches(locale, make_query(text, language))
                    found.count()
                    list(found[:10])
                    timings.append(time.perf_counter() - started)
        return timings

    def time_facets(self, rounds):
        """The search page's work without its HTML: the page of hits and every facet, for the
        same requests as time_pages."""
        factory = RequestFactory()
        timings = []
        for _ in range(rounds):
            for language, queries in self.queries.items():
                with translation.override(language):
                    for text in queries:
                        for extra in FACETS:
                            request = factory.get(f"/?q={text}{extra}")
                            started = time.perf_counter()
                            found = Search(request)
                            found.hits()
                            found.facets()
                            timings.append(time.perf_counter() - started)
        return timings

    def time_pages(self, rounds):
        client = Client(HTTP_HOST="127.0.0.1")
        paths = {"sq": "/sq/kerko/", "en": "/en/search/"}
        timings = []
        for _ in range(rounds):
            for language, queries in self.queries.items():
                for text in queries:
                    for extra in FACETS:
                        started = time.perf_counter()
                        response = client.get(f"{paths[language]}?q={text}{extra}")
                        timings.append(time.perf_counter() - started)
                        assert response.status_code == 200, response.status_code
        return timings

    def time_concurrently(self, clients, rounds):
        """Every client runs time_pages' mix at once, in its own thread (and so its own
        database connection, closed at the end): (every request's time, wall seconds)."""
        timings, errors = [[] for _ in range(clients)], []
        start = threading.Barrier(clients)

        def run(slot):
            try:
                start.wait()
                timings[slot] = self.time_pages(rounds)
            except Exception as error:  # raised again below
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=run, args=(slot,)) for slot in range(clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        return timings, time.perf_counter() - started

    def time_in_processes(self, clients, rounds):
        """As time_concurrently, each client a forked process with its own connections (the
        parent's are closed first; redis-py opens new ones after a fork)."""
        context = multiprocessing.get_context("fork")
        start, results = context.Barrier(clients), context.Queue()
        connections.close_all()

        def run():
            try:
                start.wait()
                results.put(self.time_pages(rounds))
            except Exception as error:  # reported by the parent
                results.put(repr(error))
            finally:
                connections.close_all()

        workers = [context.Process(target=run) for _ in range(clients)]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        found = [results.get() for _ in workers]
        seconds = time.perf_counter() - started
        for worker in workers:
            worker.join()
        failed = [result for result in found if isinstance(result, str)]
        if failed:
            raise RuntimeError(failed[0])
        return found, seconds

    def report_rounds(self, label, per_client, seconds=None):
        """Every client's requests, then those of the first round (each search counted, in
        steady state) and of the later ones (the same searches again) apart."""
        every = [t for timings in per_client for t in timings]
        rate = f", {len(every) / seconds:.1f} requests/s" if seconds else ""
        self.report(label, every, rate)
        rounds = self.rounds
        if rounds > 1:
            first = [t for timings in per_client for t in timings[: len(timings) // rounds]]
            later = [t for timings in per_client for t in timings[len(timings) // rounds :]]
            self.report("  its first round (every search counted)", first)
            self.report("  its later rounds (the same searches again)", later)

    def report(self, label, timings, extra=""):
        timings = sorted(timings)
        median = statistics.median(timings) * 1000
        p95 = timings[max(int(len(timings) * 0.95) - 1, 0)] * 1000
        self.stdout.write(
            f"{label}: n={len(timings)} median {median:.0f} ms, p95 {p95:.0f} ms{extra}"
        )

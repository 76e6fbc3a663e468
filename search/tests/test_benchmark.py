"""The search benchmark command still loads publications and reports its three timings."""

import io
import re

import pytest

from django.core.management import call_command
from django.db import connection

from search.models import SearchEntry
from search.query import make_query, matches

pytestmark = pytest.mark.django_db


def test_the_benchmark_loads_bilingual_publications_and_reports_latency(home, en_home, en):
    out = io.StringIO()
    call_command(
        "search_benchmark", *("--publications", "3", "--rounds", "1", "--queries", "3"), stdout=out
    )
    report = out.getvalue()
    assert "loaded 3 × 2 languages" in report
    for label in ("search only", "search with facets", "search page with facets"):
        assert re.search(rf"{label}.*median \d+ ms, p95 \d+ ms", report), report
    for language, word in (("sq", "zgjedhjeve"), ("en", "elections")):
        locale = home.locale if language == "sq" else en_home.locale
        found = matches(locale, make_query(word, language), False)
        assert found.count() == 3  # every synthetic publication is about an election
    entries = SearchEntry.objects.filter(page__title__contains=":").count()
    assert entries == (6 if connection.vendor == "postgresql" else 0)


@pytest.mark.django_db(transaction=True)  # the clients' threads read what the load committed
def test_the_benchmark_times_concurrent_clients():
    from core.demo import ensure_locales
    from home.demo import ensure_home

    ensure_locales()  # transactional tests start from whatever the previous one left
    ensure_home()
    out = io.StringIO()
    call_command(
        "search_benchmark",
        *("--publications", "2", "--rounds", "1", "--queries", "1"),  # 8 requests a client
        *("--clients", "1", "--clients", "2"),
        stdout=out,
    )
    report = out.getvalue()
    assert re.search(r"search page with facets \(HTTP, rendered\): n=\d+ median", report)
    for clients, requests in ((1, 8), (2, 16)):
        line = rf"{clients} concurrent clients: n={requests} median \d+ ms, p95 \d+ ms, [\d.]+ req"
        assert re.search(line, report), report


@pytest.mark.django_db(transaction=True)  # the forked clients read what the load committed
def test_the_benchmark_times_concurrent_processes():
    from core.demo import ensure_locales
    from home.demo import ensure_home

    ensure_locales()
    ensure_home()
    out = io.StringIO()
    call_command(
        "search_benchmark",
        *("--publications", "2", "--rounds", "1", "--queries", "1"),
        *("--clients", "2", "--processes"),
        stdout=out,
    )
    line = r"2 concurrent processes: n=16 median \d+ ms, p95 \d+ ms, [\d.]+ req"
    assert re.search(line, out.getvalue()), out.getvalue()

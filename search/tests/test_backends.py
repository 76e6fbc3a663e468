"""Backend settings: the database backend by default (with the migration-made text search
configuration on PostgreSQL); Elasticsearch 8 or OpenSearch when their URL is set, with folding
analyzers. Mappings and query bodies are built offline: no server is contacted."""

import os
import subprocess
import sys

import pytest

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from cso_site.settings.search import search_backends
from publications.models import PublicationPage
from search.query import make_query

ES_URL = {"ELASTICSEARCH_URL": "https://search.example.org:9200"}


def elasticsearch_backend():
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

    params = dict(search_backends(ES_URL, "django.db.backends.sqlite3")["default"])
    assert params.pop("BACKEND") == "wagtail.search.backends.elasticsearch8"
    return Elasticsearch8SearchBackend(params)


def test_the_database_backend_is_the_default():
    sqlite = search_backends({}, "django.db.backends.sqlite3")["default"]
    assert sqlite == {"BACKEND": "wagtail.search.backends.database"}
    postgres = search_backends({}, "django.db.backends.postgresql")["default"]
    assert postgres == {"BACKEND": "search.backend", "SEARCH_CONFIG": "sq_unaccent"}


def test_opensearch_url_switches_to_opensearch():
    backends = search_backends({"OPENSEARCH_URL": "http://os:9200"}, "x")
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backends["default"]["URLS"] == ["http://os:9200"]


@pytest.mark.django_db
def test_postgresql_has_the_folding_text_search_configuration():
    if connection.vendor != "postgresql":
        assert get_search_backend().__class__.__name__ == "SQLiteSearchBackend"
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('sq_unaccent', 'Shqipërisë çështjet')::text")
        assert cursor.fetchone()[0] == "'ceshtjet':2 'shqiperise':1"
    assert get_search_backend().config == "sq_unaccent"


def test_elasticsearch_index_folds_diacritics_in_every_analyzer():
    analyzers = elasticsearch_backend().settings["settings"]["analysis"]["analyzer"]
    for name in ("default", "default_search", "standard", "ngram_analyzer", "edgengram_analyzer"):
        assert "asciifolding" in analyzers[name]["filter"], name
        assert "lowercase" in analyzers[name]["filter"], name


def test_elasticsearch_mapping_indexes_pdf_text_and_normalised_terms():
    backend = elasticsearch_backend()
    properties = backend.mapping_class(PublicationPage).get_mapping()["properties"]
    assert properties["publications_publicationpage__pdf_text"]["type"] == "text"
    assert properties["core_basepage__search_terms"]["type"] == "text"
    assert "_all_text_boost_2_0" in properties["title"]["copy_to"]
    assert backend.get_index_for_model(Page).name == "cso_wagtailcore_page"


@pytest.mark.django_db
def test_elasticsearch_query_body_searches_normalised_terms_in_the_locale(sq):
    query = make_query("Zgjedhjet në Shqipëri", "sq")
    compiler = elasticsearch_backend().query_compiler_class(
        Page.objects.live().filter(locale=sq), PlainText(" ".join(query.terms), operator="and")
    )
    body = compiler.get_query()
    match = body["bool"]["must"]["multi_match"]
    assert match["query"] == "zgjedhje shqiperi"  # lemmas, as SQLite and PostgreSQL index
    assert match["operator"] == "and"
    assert {"term": {"locale_id_filter": sq.pk}} in body["bool"]["filter"][1]["bool"]["must"]


def test_default_settings_never_import_the_elasticsearch_client():
    code = (
        "import os, sys, django; os.environ['DJANGO_SETTINGS_MODULE']='cso_site.settings.test';"
        "django.setup(); from wagtail.search.backends import get_search_backend;"
        "get_search_backend(); import search.views;"
        "print('elasticsearch' in sys.modules)"
    )
    env = dict(os.environ)
    env.pop("ELASTICSEARCH_URL", None)
    env.pop("OPENSEARCH_URL", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "False"

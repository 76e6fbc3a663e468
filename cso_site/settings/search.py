"""Which search backend: the database's own (SQLite FTS5, PostgreSQL full text) by default;
Elasticsearch 8 when ELASTICSEARCH_URL is set, OpenSearch when OPENSEARCH_URL is set.

Pages also index normalised Albanian/English terms (core.normalise), so matching is the same on
every backend; the analyzers below fold diacritics for the raw fields too (ë -> e, ç -> c).
"""

FOLDING = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}

# Merged into the backend's own index settings (its ngram/edgengram analyzers already fold).
ALBANIAN_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": FOLDING,
                "default_search": FOLDING,
                "standard": FOLDING,
                "albanian": FOLDING,
            }
        }
    }
}


def search_backends(environ, database_engine):
    """WAGTAILSEARCH_BACKENDS for the environment and the database engine."""
    prefix = environ.get("SEARCH_INDEX_PREFIX", "cso_")
    for variable, backend in (
        ("ELASTICSEARCH_URL", "wagtail.search.backends.elasticsearch8"),
        ("OPENSEARCH_URL", "wagtail.search.backends.opensearch2"),
    ):
        if environ.get(variable):
            return {
                "default": {
                    "BACKEND": backend,
                    "URLS": [environ[variable]],
                    "INDEX_PREFIX": prefix,
                    "TIMEOUT": 5,
                    "INDEX_SETTINGS": ALBANIAN_INDEX_SETTINGS,
                }
            }
    if "postgresql" in database_engine:
        # Wagtail's PostgreSQL backend, which also keeps search.models.SearchEntry
        return {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "sq_unaccent"}}
    return {"default": {"BACKEND": "wagtail.search.backends.database"}}

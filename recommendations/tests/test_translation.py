"""Translating a recommendation through wagtail-localize carries its topics into the target
language: each topic's translation there, else the source's topic."""

import pytest

from wagtail_localize.models import TranslationSource

from core.factories import TopicFactory
from core.i18n import translate

pytestmark = pytest.mark.django_db


def test_a_translation_made_by_wagtail_localize_gets_the_topics_in_its_language(
    recommendation, topic, kqz, en
):
    untranslated = TopicFactory(name="Pakicat", slug="pakicat-test")
    recommendation.topics.add(untranslated)
    english_topic = translate(topic, en, {"Reforma zgjedhore": "Electoral reform"})
    translate(kqz, en, {"Komisioni Qendror i Zgjedhjeve": "Central Election Commission"})
    source, _created = TranslationSource.get_or_create_from_instance(recommendation)
    english, created = source.create_or_update_translation(en, fallback=True)
    assert created and english.locale == en
    english.refresh_from_db()
    assert set(english.topics.all()) == {english_topic, untranslated}
    assert english.institution.locale == en  # (synchronised as before)
    assert set(recommendation.topics.all()) == {topic, untranslated}  # the source unchanged


def test_updating_a_translation_keeps_the_topics_an_editor_chose(recommendation, topic, en):
    source, _created = TranslationSource.get_or_create_from_instance(recommendation)
    english, _created = source.create_or_update_translation(en, fallback=True)
    english.topics.clear()
    source.update_from_db()
    again, created = source.create_or_update_translation(en, fallback=True)
    assert not created and again.pk == english.pk and not again.topics.exists()

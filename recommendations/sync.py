"""A publication's recommendation blocks as trackable records, without retyping.

On every publish of a publication, each item of its "Recommendations" blocks becomes (or
updates) a Recommendation in the publication's language, keyed by the list item's block id;
translations of the publication keep the block ids, so the Albanian and English records share a
translation key (a UUID derived from the block id). Records whose block was removed are kept
(their assessments are history) but lose their source block.
"""

import uuid

from django.utils.text import slugify

from publications.models import PublicationPage
from recommendations.models import Recommendation, SourceKind

NAMESPACE = uuid.UUID("5f0b8f0e-2d1c-4d8e-9a52-7c0d3f6f1b18")


def block_items(page):
    """(item id, value) of every recommendation in the page's body."""
    for block in page.body:
        if block.block_type != "recommendations":
            continue
        for item in block.value["recommendations"].bound_blocks:
            yield item.id, item.value


def localized_institution(institution, locale):
    if institution is None:
        return None
    if institution.locale_id == locale.pk:
        return institution
    return institution.get_translation_or_none(locale) or institution


def sync_publication(page):
    """Create or update the records of `page`'s recommendation blocks; the records."""
    records = []
    for number, (block_id, value) in enumerate(block_items(page), start=1):
        institution = localized_institution(value.get("institution"), page.locale)
        if institution is None or not (value.get("text") or "").strip():
            continue  # free-text addressees are tracked once an editor picks the institution
        records.append(upsert(page, block_id, number, value, institution))
    return records


def upsert(page, block_id, number, value, institution):
    code = f"{page.slug[:30]}-{number}"
    record = Recommendation.objects.filter(
        locale=page.locale, source_block_id=block_id
    ).first() or Recommendation(
        locale=page.locale,
        translation_key=uuid.uuid5(NAMESPACE, block_id),
        source_block_id=block_id,
        reference_code=code,
        slug=free_slug(page.locale, slugify(code)),
    )
    record.text = value["text"].strip()
    record.institution = institution
    record.election_id = page.election_id
    record.source_kind = SourceKind.PUBLICATION
    record.source_title = page.title[:255]
    record.source_page = page
    record.save()
    record.topics.set(page.topics.all())
    return record


def free_slug(locale, slug):
    slug, candidate, number = slug[:70] or "rekomandim", slug[:70] or "rekomandim", 1
    while Recommendation.objects.filter(locale=locale, slug=candidate).exists():
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def on_publish(sender, instance, **kwargs):
    if isinstance(instance, PublicationPage):
        sync_publication(instance)

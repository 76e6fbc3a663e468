"""Blocks for the body of a publication: the general ones plus findings and recommendations."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import (
    HeadingBlock,
    ImageWithCaptionBlock,
    QuoteBlock,
    TranslatableTableBlock,
    paragraph_block,
)


class KeyFindingsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    findings = blocks.ListBlock(blocks.TextBlock(label=_("finding")), label=_("findings"))

    class Meta:
        icon = "list-ul"
        label = _("Key findings")
        template = "publications/blocks/key_findings.html"
        group = _("Publications")


class RecommendationBlock(blocks.StructBlock):
    """One recommendation; with an institution it becomes a record of the recommendations
    register when the publication is published (recommendations.sync)."""

    institution = SnippetChooserBlock(
        "recommendations.Institution",
        label=_("institution"),
        required=False,
        help_text=_("Who it is addressed to; the register tracks it once this is chosen."),
    )
    addressee = blocks.CharBlock(
        label=_("addressed to (text)"),
        max_length=150,
        required=False,
        help_text=_("Kept from before the list of institutions; shown when none is chosen."),
    )
    text = blocks.TextBlock(label=_("recommendation"))


class RecommendationsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    recommendations = blocks.ListBlock(RecommendationBlock(), label=_("recommendations"))

    class Meta:
        icon = "tick-inverse"
        label = _("Recommendations")
        template = "publications/blocks/recommendations.html"
        group = _("Publications")


class FigureBlock(ImageWithCaptionBlock):
    class Meta:
        icon = "image"
        label = _("Figure")
        template = "core/blocks/image.html"
        group = _("Publications")


class PublicationBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    key_findings = KeyFindingsBlock()
    recommendations = RecommendationsBlock()
    figure = FigureBlock()
    table = TranslatableTableBlock(
        label=_("Table"), group=_("Text"), template="core/blocks/table.html"
    )
    quote = QuoteBlock()

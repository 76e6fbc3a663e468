"""Blocks for a campaign's body: key messages, facts with sources, galleries, video."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from core.blocks import (
    CallToActionBlock,
    HeadingBlock,
    ImageWithCaptionBlock,
    QuoteBlock,
    paragraph_block,
)


class KeyMessagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    messages = blocks.ListBlock(blocks.CharBlock(label=_("message"), max_length=250))

    class Meta:
        icon = "openquote"
        label = _("Key messages")
        template = "campaigns/blocks/key_messages.html"
        group = _("Campaign")


class FactBlock(blocks.StructBlock):
    fact = blocks.TextBlock(label=_("fact"))
    source = blocks.CharBlock(label=_("source"), max_length=200)
    source_url = blocks.URLBlock(label=_("source link"), required=False)


class FactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    facts = blocks.ListBlock(FactBlock(), label=_("facts"))

    class Meta:
        icon = "info-circle"
        label = _("Facts with sources")
        template = "campaigns/blocks/facts.html"
        group = _("Campaign")


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    images = blocks.ListBlock(ImageWithCaptionBlock(), label=_("images"))

    class Meta:
        icon = "image"
        label = _("Image gallery")
        template = "campaigns/blocks/gallery.html"
        group = _("Media")


class CampaignBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    key_messages = KeyMessagesBlock()
    facts = FactsBlock()
    call_to_action = CallToActionBlock()
    gallery = GalleryBlock()
    video = EmbedBlock(
        label=_("Video"), icon="media", group=_("Media"), template="core/blocks/embed.html"
    )
    quote = QuoteBlock()

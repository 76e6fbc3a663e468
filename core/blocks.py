"""StreamField blocks shared by every page type.

Custom block classes other than StructBlock/StreamBlock/ChoiceBlock subclasses are referenced by
import path in migrations: never move or rename them.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.models import get_page_models
from wagtail_localize.segments import StringSegmentValue

from core.routes import route_url

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subsection heading (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"
        group = _("Text")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "core/blocks/image.html"
        group = _("Media")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"
        group = _("Text")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("The document's own title if empty.")
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "core/blocks/document_link.html"
        group = _("Media")


def link_routes():
    """(name, label) of the parts of pages a link may lead to: each page type's `link_routes`
    ({route name: label}, e.g. the directory's registration form). Referenced by path in
    migrations: do not move."""

    found = {}
    for model in get_page_models():
        found.update(getattr(model, "link_routes", {}))
    return [("", "---"), *sorted(found.items())]


def offers_route(page, route):
    return route in getattr(type(page), "link_routes", {})


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if not page:
            return self.get("external_url") or ""
        page, route = page.localized, self.get("route")
        if route and offers_route(page.specific, route):  # .specific: a query only then
            return route_url(page.specific, route)
        return page.url


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    route = blocks.ChoiceBlock(
        choices=link_routes,
        label=_("part of the page"),
        required=False,
        help_text=_("Leads straight to a form of the chosen page, e.g. the registration."),
    )
    external_url = blocks.URLBlock(label=_("external link"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "core/blocks/call_to_action.html"
        value_class = LinkStructValue
        group = _("Links")

    def clean(self, value):

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            error = ValidationError(_("Choose a page or enter an external link, not both."))
            raise StructBlockValidationError(block_errors={"page": error})
        route = value.get("route")
        if route and not (value.get("page") and offers_route(value["page"].specific, route)):
            error = ValidationError(_("The chosen page has no such part."))
            raise StructBlockValidationError(block_errors={"route": error})
        return value


class TranslatableTableBlock(TableBlock):
    """A table whose cells and caption wagtail-localize offers for translation.

    wagtail-localize ignores Wagtail's TableBlock, which would leave tables in Albanian on
    English pages. Referenced by path in migrations: do not move.
    """

    def get_translatable_segments(self, value):
        segments = []
        if value and value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for r, row in enumerate((value or {}).get("data") or []):
            for c, cell in enumerate(row):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"{r}.{c}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = dict(value)
        data = [list(row) for row in value.get("data") or []]
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            else:
                r, c = (int(part) for part in segment.path.split("."))
                data[r][c] = text
        value["data"] = data
        return value


def paragraph_block():
    """The rich-text paragraph of every body (a function, not a subclass: the migrations
    record a plain RichTextBlock, as before)."""
    return blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        group=_("Text"),
        template="core/blocks/paragraph.html",
    )


class BodyStreamBlock(blocks.StreamBlock):
    """The general body used by standard pages (and reused by other page types)."""

    heading = HeadingBlock()
    paragraph = paragraph_block()
    quote = QuoteBlock()
    image = ImageWithCaptionBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        group=_("Media"),
        template="core/blocks/embed.html",
    )
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    table = TranslatableTableBlock(
        label=_("Table"), group=_("Text"), template="core/blocks/table.html"
    )

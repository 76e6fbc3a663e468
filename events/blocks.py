"""Blocks for events: the agenda, and what came out of the event afterwards."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("time"))
    item = blocks.CharBlock(label=_("item"), max_length=250)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("core.Person", label=_("speaker")), label=_("speakers"), default=[]
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")

"""Workarounds for upstream behaviour, applied from CoreConfig.ready().

keep_numchild_current: wagtail-localize publishes a new translation on transaction commit. When a
parent and its children are translated in one transaction (wagtail-localize's "translate subtree",
or our demo loader), the parent's deferred publish saves the `numchild` its revision saw before
the children existed (Page.with_content_json copies it from a cached instance). The children then
vanish from menus and `get_children()`. Costs one COUNT per page save. Delete this once
wagtail-localize publishes immediately or Wagtail re-reads tree fields on publish:
`core/tests/test_upstream.py` reproduces the problem (it fails with `apply()` disabled).

name_albanian_as_in_menus: Wagtail's Account -> Preferred language lists each language by
Django's `name_local`, which for Albanian is "shqip" (lower case, as in running text). In a menu
the language names itself "Shqip", as LANGUAGES and the site's switcher do.

localise_translation_comment_dates: wagtail-localize's translation editor says "Translated
manually on {date}" with the date from `strftime`, so English month names end up inside the
Albanian sentence ("Përkthyer manualisht më 4 December 2026"). Same sentences, with the date in
the active language's format. Delete once StringTranslation.get_comment uses Django's formats.
"""

from django.conf.locale import LANG_INFO
from django.db.models.signals import pre_save
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import StringTranslation


def keep_numchild_current(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance._state.adding or not instance.path:
        return
    instance.numchild = Page.objects.filter(
        path__startswith=instance.path, depth=instance.depth + 1
    ).count()


def name_albanian_as_in_menus():
    LANG_INFO["sq"]["name_local"] = "Shqip"


def translation_comment(self):
    """StringTranslation.get_comment, with a localised date."""
    date = date_format(localtime(self.updated_at))
    if self.tool_name:
        comment = _("Translated with {tool_name} on {date}")
        return comment.format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def localise_translation_comment_dates():
    StringTranslation.get_comment = translation_comment


def apply():
    name_albanian_as_in_menus()
    localise_translation_comment_dates()
    pre_save.connect(keep_numchild_current, dispatch_uid="core.keep_numchild_current")

"""Workarounds for upstream behaviour, applied from CoreConfig.ready().

keep_numchild_current: wagtail-localize publishes a new translation on transaction commit. When a
parent and its children are translated in one transaction (wagtail-localize's "translate subtree",
or our demo loader), the parent's deferred publish saves the `numchild` its revision saw before
the children existed (Page.with_content_json copies it from a cached instance). The children then
vanish from menus and `get_children()`. Costs one COUNT per page save. Delete this once
wagtail-localize publishes immediately or Wagtail re-reads tree fields on publish:
`core/tests/test_upstream.py` reproduces the problem (it fails with `apply()` disabled).
"""

from django.db.models.signals import pre_save

from wagtail.models import Page


def keep_numchild_current(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance._state.adding or not instance.path:
        return
    instance.numchild = Page.objects.filter(
        path__startswith=instance.path, depth=instance.depth + 1
    ).count()


def apply():
    pre_save.connect(keep_numchild_current, dispatch_uid="core.keep_numchild_current")

"""Records that belong to a translatable page as a whole (all its translations), not to one
language version of it: registrations of an event, supporters of a campaign.

`follow_translations` is the body of such a foreign key's `on_delete`: when one translation is
deleted, its rows move to a translation that remains, so nothing is lost; when no translation
remains (the event or campaign itself is deleted), deletion is refused while any row still holds
personal data, and allowed once the data is purged (the anonymous rows stay, pointing nowhere).
`deletion_refused` answers the same question before the admin deletes a page, so editors get a
clear message rather than an error. `NotAddedByHand` keeps the admin from adding such rows.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page


def _deleted_page_ids(collector):
    return {
        obj.pk for model, objs in collector.data.items() if issubclass(model, Page) for obj in objs
    }


def follow_translations(collector, field, sub_objs, personal):
    """on_delete for a FK to a page; `personal(rows)` narrows rows to those with personal data."""
    deleted = _deleted_page_ids(collector)
    page_model = field.related_model
    for page_id in set(sub_objs.values_list(field.attname, flat=True)):
        rows = sub_objs.model.objects.filter(**{field.attname: page_id})
        key = page_model.objects.filter(pk=page_id).values_list("translation_key", flat=True)
        remaining = (
            page_model.objects.filter(translation_key__in=key)
            .exclude(pk__in=deleted)
            .order_by("pk")
            .first()
        )
        if remaining is None and personal(rows).exists():
            raise ProtectedError(
                f"{page_model.__name__} {page_id} still holds personal data in "
                f"{sub_objs.model.__name__}: purge it before deleting the last translation.",
                set(personal(rows)),
            )
        collector.add_field_update(field, remaining, rows)


def last_translations(page, page_model):
    """The `page_model` pages in `page`'s subtree (itself included) that have no translation
    outside it: deleting the subtree deletes them for good."""
    subtree = page.get_descendants(inclusive=True)
    pages = page_model.objects.filter(pk__in=subtree.values("pk"))
    survivors = page_model.objects.exclude(pk__in=subtree.values("pk")).filter(
        translation_key__in=pages.values("translation_key")
    )
    return pages.exclude(translation_key__in=survivors.values("translation_key"))


def deletion_refused(page, page_model, keys_with_personal_data):
    """A translated message why `page` (with its subtree) cannot be deleted, or None.

    `keys_with_personal_data(keys)` -> those translation keys whose records hold personal data.
    """
    pages = list(last_translations(page, page_model).values_list("translation_key", "title"))
    held = set(keys_with_personal_data([key for key, _title in pages])) if pages else set()
    titles = sorted({title for key, title in pages if key in held})
    if not titles:
        return None
    return _(
        "“%(titles)s” cannot be deleted: it still holds people's personal data "
        "(registrations or supporters). Delete only one language version, or wait until the "
        "personal data is purged."
    ) % {"titles": "”, “".join(titles)}


def refuse_deletion(request, pages, page_model, keys_with_personal_data):
    """For the admin's before_delete_page / before_bulk_action hooks: a redirect back with the
    reason when any of `pages` cannot be deleted, else None."""
    for page in pages:
        reason = deletion_refused(page, page_model, keys_with_personal_data)
        if reason:
            messages.error(request, reason)
            return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


def guard_deletion(page_model, keys_with_personal_data):
    """Register the admin hooks that refuse deleting `page_model` pages, one or in bulk, while
    their records hold personal data (call it from the app's wagtail_hooks.py)."""

    def refuse_one(request, page):
        return refuse_deletion(request, [page], page_model, keys_with_personal_data)

    def refuse_bulk(request, action_type, objects, view):
        pages = [obj for obj in objects if isinstance(obj, Page)]
        if action_type == "delete" and pages:
            return refuse_deletion(request, pages, page_model, keys_with_personal_data)
        return None

    hooks.register("before_delete_page", refuse_one)
    hooks.register("before_bulk_action", refuse_bulk)


class NotAddedByHand:
    """A permission policy mixin for rows that only the site's own forms create, with the
    person's consent and a confirmation email (a supporter, a citizen's comment, a position
    paper): nobody adds one in the admin, a superuser neither, so no "Add" button leads to a
    form that cannot say whose consent it is (it answered 500 before). Viewing, changing and
    deleting are left to the policy it is mixed into."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)

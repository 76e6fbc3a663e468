"""Submit a page's latest draft to its workflow from the page list.

wagtail-localize's translation editor offers "Save draft" and "Publish" but no "Submit for
moderation", so a translator (who may not publish) could not send a translation for review.
The page list's "More" menu offers "Submit for review" to anyone who may edit a page but not
publish it, when a workflow applies and none is in progress; moderators are emailed by Wagtail
as with the editor's own "Submit" button.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page


def may_submit(page, user):
    perms = page.permissions_for_user(user)
    return (
        perms.can_edit()
        and not perms.can_publish()
        and page.latest_revision_id is not None
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def submit_for_review(request, page_id):
    """GET: a page with a button; POST: start the workflow on the latest draft."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_submit(page, request.user):
        raise PermissionDenied
    if request.method != "POST":
        context = {"page": page, "workflow": page.get_workflow()}
        return TemplateResponse(request, "core/admin/submit_for_review.html", context)
    page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("'%(title)s' has been submitted for review.") % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)

"""Admin wiring: the publication types snippet, and telling editors what happened to a PDF."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.sharedlists import SharedListViewSet
from publications.models import PublicationPage, PublicationType
from publications.pdf import PdfStatus


class PublicationTypeViewSet(SharedListViewSet):
    model = PublicationType
    icon = "doc-full"
    menu_label = gettext_lazy("Publication types")
    add_to_settings_menu = True
    list_display = ["name", "slug", "locale"]


register_snippet(PublicationTypeViewSet)


def pdf_message(request, page):
    page = page.specific
    if not isinstance(page, PublicationPage) or not page.pdf_id:
        return
    status = page.pdf_status
    if status == PdfStatus.OK:
        messages.success(request, _("The PDF's text was read and will be found by search."))
    elif status == "pending":
        messages.info(request, _("The PDF is large: its text is being read in the background."))
    elif status:
        label = dict(PdfStatus.choices).get(status, status)
        messages.warning(
            request,
            _("The page was saved, but its PDF cannot be searched. %(reason)s.")
            % {"reason": label},
        )


@hooks.register("after_create_page")
def after_create_page(request, page):
    pdf_message(request, page)


@hooks.register("after_edit_page")
def after_edit_page(request, page):
    pdf_message(request, page)

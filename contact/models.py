"""The Contact page and the messages its form receives (kept for the contact_messages retention)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core import fragments
from core.blocks import BodyStreamBlock
from core.forms import BlankForm
from core.models import BasePage


class ContactPage(BasePage):
    """Contact details from Site identity, a message form, and any text editors add."""

    shows_pages_alone = True  # the form is a hole (core.models.pages.BasePage)

    template = "contact/contact_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    visitor_name = pgettext_lazy("content type", "Contact")

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.intro

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from contact.views import receive  # noqa: PLC0415 (that module imports the models)

            return receive(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from contact.forms import ContactForm  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("contact_form", BlankForm(ContactForm))
        return fragments.whole_page(request, context, fragments.page_parts(request, self), dict)


class ContactMessage(models.Model):
    """A message sent through the Contact page; emailed on, and deleted after the retention."""

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10)
    consent_text = models.TextField(_("consent given"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}>"

"""Factories for tests and demo content."""

from contact.models import ContactPage
from core.factories import PageFactory


class ContactPageFactory(PageFactory):
    class Meta:
        model = ContactPage

    title = "Kontakt"
    slug = "kontakt"
    intro = "Na shkruani."

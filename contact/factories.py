"""Factories for tests and demo content."""

from contact.models import ContactPage
from home.factories import PageFactory


class ContactPageFactory(PageFactory):
    class Meta:
        model = ContactPage

    title = "Kontakt"
    slug = "kontakt"
    intro = "Na shkruani."

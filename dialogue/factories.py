"""Factories for the dialogue's pages (tests and demo content)."""

import datetime

import factory

from django.utils import timezone

from dialogue.models import ConsultationArticle, ConsultationPage, DialogueIndexPage, StatementPage
from home.factories import PageFactory


def hours(n):
    return timezone.now() + datetime.timedelta(hours=n)


class DialogueIndexPageFactory(PageFactory):
    class Meta:
        model = DialogueIndexPage

    title = "Dialogu për politikat"
    slug = "dialogu"
    intro = "Konsultime për reformën zgjedhore dhe deklarata të përbashkëta."


class ConsultationPageFactory(PageFactory):
    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Konsultim {n}")
    proposer = "Komisioni i posaçëm për reformën zgjedhore"
    intro = "Ndryshime në Kodin Zgjedhor."
    opens_at = factory.LazyFunction(lambda: hours(-24))
    closes_at = factory.LazyFunction(lambda: hours(24 * 14))

    @classmethod
    def _create(cls, model_class, *args, articles=None, **kwargs):
        parent, publish = kwargs.pop("parent"), kwargs.pop("publish", True)
        page = model_class(*args, live=publish, **kwargs)
        if articles is None:
            articles = [
                ("1", "Qëllimi", "Ky ligj rregullon zgjedhjet për Kuvendin."),
                ("2", "Financimi", "Partitë raportojnë shpenzimet brenda 30 ditëve."),
            ]
        page.articles = [
            ConsultationArticle(number=number, heading=heading, text=text)
            for number, heading, text in articles
        ]
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page


class StatementPageFactory(PageFactory):
    class Meta:
        model = StatementPage

    title = factory.Sequence(lambda n: f"Deklaratë {n}")
    intro = "Organizatat e shoqërisë civile kërkojnë reformë gjithëpërfshirëse."
    body = "<p>Ne, organizatat nënshkruese, kërkojmë transparencë.</p>"

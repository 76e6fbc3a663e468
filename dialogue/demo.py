"""Demo content of the policy dialogue (both languages, fictional, marked as demo): an open
consultation on draft Electoral Code amendments, a closed one with responses, and a joint
statement with signatories from the demo directory."""

import datetime

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from core.demo import own_slug, paragraphs, translate, translated_slug, translations_of
from dialogue import demo_texts as texts
from dialogue.citations import register_model
from dialogue.models import (
    ConsultationArticle,
    ConsultationPage,
    Contribution,
    Endorsement,
    Signature,
    StatementPage,
)
from home.demo import ensure_home
from organisations.models import OrganisationPage
from publications.demo import index_page

DEMO_ORDER = 75  # after the directory (60), whose organisations take part, and the register (70)


def load_demo(log):
    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    section = index_page(home, "dialogue.DialogueIndexPage", texts.SECTION, others, log)
    organisations = demo_organisations()
    for item in (texts.OPEN, texts.CLOSED):
        page = consultation(section, item, log)
        contributions(page, item, organisations)
        translate_all(page, others, item, log)
        cite(page, item, log)
    page = statement(section, texts.STATEMENT, log)
    signatures(page, organisations[: texts.STATEMENT["signatories"]])
    translate_all(page, others, texts.STATEMENT, log)


def demo_organisations():
    pages = OrganisationPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    return list(pages.order_by("pk")[:6])


def translate_all(page, others, item, log):
    """Translate the page where it is missing, or where an earlier demo left its intro in
    Albanian (wagtail-localize reads a plain text's line breaks as <br/>)."""
    mapping = translations_of(item, texts.DEMO_NOTE, texts.PROPOSER)
    for sq, en in ((with_note(item["intro"], "sq"), with_note(item["intro"], "en")),):
        mapping[sq] = en
        mapping[sq.replace("\n", "<br/>")] = en.replace("\n", "<br/>")
    for locale in others:
        translation = page.get_translation_or_none(locale)
        if translation is None or translation.intro == page.intro:
            translate(page, locale, mapping, log)
        translated_slug(page, locale, own_slug(item, locale), item, log, mapping)


def cite(page, item, log):
    """Link the consultation (every language) to the register's demo recommendations it
    answers; on a database loaded before consultations cited any, too."""
    model = register_model("Recommendation")
    if model is None:
        return
    known = set(
        model.objects.filter(reference_code__in=item.get("cites", [])).values_list(
            "reference_code", flat=True
        )
    )
    codes = "\n".join(code for code in item.get("cites", []) if code in known)
    for version in page.get_translations(inclusive=True).specific():
        if version.recommendation_codes != codes:
            version.recommendation_codes = codes
            version.save_revision().publish()
            log(f"  cites: {version.slug} ({version.locale.language_code})")


def with_note(intro, lang):
    return f"{getattr(intro, lang)}\n\n{getattr(texts.DEMO_NOTE, lang)}"


def at(days):
    moment = timezone.now() + datetime.timedelta(days=days)
    return moment.replace(hour=17, minute=0, second=0, microsecond=0)


def consultation(section, item, log):
    page = ConsultationPage.objects.child_of(section).filter(slug=item["slug"]).first()
    if page is not None:
        return page
    opens, closes = item["days"]
    closed = closes < 0
    page = ConsultationPage(
        slug=item["slug"],
        title=item["title"].sq,
        proposer=texts.PROPOSER.sq,
        intro=with_note(item["intro"], "sq"),
        opens_at=at(opens),
        closes_at=at(closes),
        moderation="after" if closed else "before",
        allow_citizens=not closed,
        summary=paragraphs(*item.get("summary", [])),
        responses_published=closed,
    )
    page.articles = [article(ConsultationArticle, *row) for row in item["articles"]]
    section.add_child(instance=page)
    page.save_revision().publish()
    log(f"  consultation: {item['slug']}")
    return page


def article(model, number, heading, text, response="", reasons=None):
    return model(
        number=number,
        heading=heading.sq,
        text=text.sq,
        response=response,
        response_reasons=reasons.sq if reasons else "",
    )


def contributions(page, item, organisations):
    if Contribution.objects.filter(consultation_key=page.translation_key).exists():
        return
    articles = {a.number: a for a in page.articles.all()}
    for number, kind, text, wording, name, org in item["contributions"]:
        organisation = organisations[org % len(organisations)] if organisations else None
        row = Contribution.objects.create(
            consultation=page,
            consultation_key=page.translation_key,
            article_key=articles[number].translation_key,
            article_number=number,
            kind=kind,
            text=text,
            proposed_wording=wording or "",
            name=name,
            show_name=bool(name),
            organisation=organisation,
            organisation_key=organisation.translation_key if organisation else None,
            status="published",
            consent_text="demo",
        )
        for other in organisations[3:5]:
            if other.translation_key != row.organisation_key:
                Endorsement.objects.get_or_create(
                    contribution=row,
                    organisation_key=other.translation_key,
                    defaults={"organisation": other},
                )


def statement(section, item, log):
    page = StatementPage.objects.child_of(section).filter(slug=item["slug"]).first()
    if page is not None:
        return page
    page = StatementPage(
        slug=item["slug"],
        title=item["title"].sq,
        intro=with_note(item["intro"], "sq"),
        body=paragraphs(*item["body"]),
        signing_open=True,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    log(f"  statement: {item['slug']}")
    return page


def signatures(page, organisations):
    for organisation in organisations:
        Signature.objects.get_or_create(
            statement_key=page.translation_key,
            organisation_key=organisation.translation_key,
            withdrawn_at=None,
            defaults={"statement": page, "organisation": organisation, "name": "Demo"},
        )

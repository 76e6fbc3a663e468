"""Demo research library: taxonomy, people, organisations and 12 publications with real PDFs."""

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo import (
    T,
    get_or_create_image,
    index_page,
    paragraphs,
    taxonomy,
    translate_all,
    translate_page,
)
from core.demo_art import draw_cover
from core.demo_pdf import make_pdf
from core.models import Election, Person, Topic
from home.demo import ensure_home, stream
from organisations.demo import publishers
from publications import demo_texts as texts
from publications.models import PublicationAuthor, PublicationPage, PublicationType

DEMO_ORDER = 30


def load_demo(log):
    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    lookups = {
        "topic": taxonomy(Topic, texts.TOPICS, default, others, log),
        "type": publication_types(default, others, log),
        "election": elections(default, others, log),
        "person": people(default, others, log),
    }
    orgs = publishers(home, others, log)
    library = index_page(home, "publications.PublicationIndexPage", texts.LIBRARY, others, log)
    for item in texts.PUBLICATIONS:
        publication(library, item, lookups, orgs, others, log)


def publication_types(default, others, log):
    found = taxonomy(PublicationType, [(s, n) for s, n, _ in texts.TYPES], default, others, log)
    for slug, _name, schema in texts.TYPES:
        PublicationType.objects.filter(slug=slug).update(schema_type=schema)
    return found


def elections(default, others, log):
    found = {}
    for slug, name, kind, day in texts.ELECTIONS:
        obj = Election.objects.filter(locale=default, slug=slug).first()
        if obj is None:
            obj = Election.objects.create(
                locale=default, slug=slug, name=name.sq, kind=kind, date=day
            )
        translate_all(obj, others, name, log)
        found[slug] = obj
    return found


def people(default, others, log):
    found = {}
    for key, given, family, affiliation, role in texts.PEOPLE:
        obj = Person.objects.filter(locale=default, given_name=given, family_name=family).first()
        if obj is None:
            obj = Person.objects.create(
                locale=default,
                given_name=given,
                family_name=family,
                affiliation=affiliation.sq,
                role=role.sq,
            )
        translate_all(obj, others, [affiliation, role], log)
        found[key] = obj
    return found


def pdf_document(item, language):
    """A real PDF of the publication, in one language, found again by title on later runs."""
    Document = get_document_model()
    title = f"{getattr(item['title'], language)} (PDF, {language})"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    body = [getattr(text, language) for text in item["summary"] + item["findings"]]
    for heading, section in item["sections"]:
        body += [getattr(heading, language)] + [getattr(text, language) for text in section]
    body += [f"{getattr(a, language)}: {getattr(t, language)}" for a, t in item["recommendations"]]
    data = make_pdf(getattr(item["title"], language), body, language=language)
    document = Document(title=title, file=ContentFile(data, name=f"{item['slug']}-{language}.pdf"))
    document._set_document_file_metadata()  # size and hash, as the upload form records them
    document.save()
    return document


def body_blocks(item):
    blocks = []
    for heading, section in item["sections"]:
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        blocks += [("paragraph", T(f"<p>{p.sq}</p>", f"<p>{p.en}</p>")) for p in section]
    blocks.append(("key_findings", {"heading": "", "findings": item["findings"]}))
    blocks.append(
        (
            "recommendations",
            {
                "heading": "",
                "recommendations": [
                    {"addressee": a, "text": t} for a, t in item["recommendations"]
                ],
            },
        )
    )
    return blocks


def publication(library, item, lookups, orgs, others, log):

    page = PublicationPage.objects.child_of(library).filter(slug=item["slug"]).first()
    if page is None:
        page = PublicationPage(
            slug=item["slug"],
            title=item["title"].sq,
            subtitle=item["subtitle"].sq if item["subtitle"] else "",
            summary=paragraphs(*item["summary"]),
            publication_date=item["date"],
            publication_type=lookups["type"][item["type"]],
            election=lookups["election"].get(item["election"]),
            body=stream(body_blocks(item)),
            pdf=pdf_document(item, "sq"),
            pdf_other_language=pdf_document(item, "en"),
            cover_image=cover(
                item, lookups["type"][item["type"]], [orgs[slug] for slug in item["organisations"]]
            ),
            doi=item["doi"],
            isbn=item["isbn"],
        )
        page.topics = [lookups["topic"][slug] for slug in item["topics"]]
        page.organisations = [orgs[slug] for slug in item["organisations"]]
        page.authors = [PublicationAuthor(person=lookups["person"][key]) for key in item["authors"]]
        library.add_child(instance=page)
        page.save_revision().publish()
        log(f"  publication: {item['slug']}")
    translate_page(page, others, item, log)


# One colour per publication type, so a shelf of covers sorts itself by type at a glance.
COVER_COLOURS = ["#0b5d5b", "#5b2333", "#1f3a5f", "#3d405b", "#2d4a22", "#7a4b0c"]


def cover(item, kind, organisations):
    """A typographic cover: the type, the title and the publishing organisations (Albanian)."""
    colour = COVER_COLOURS[sum(map(ord, item["type"])) % len(COVER_COLOURS)]
    names = ", ".join(page.title for page in organisations)

    def draw(canvas, size):
        draw_cover(
            canvas, size, kind=kind.name, title=item["title"].sq, organisation=names, colour=colour
        )

    return get_or_create_image(f"Kopertina: {item['title'].sq}"[:255], draw, size=(600, 800))

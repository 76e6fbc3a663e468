"""Per-institution scorecards: counts by effective status, drawn as accessible SVG bars.

The figures come from one grouped query over the register in the active language; the template
draws each institution's bars from `Scorecard.bars` and prints the same numbers in a table, so
what the chart shows and what the table says cannot disagree.
"""

from dataclasses import dataclass, field

from django.db.models import Count

from core import fragments
from recommendations.models import Institution, Recommendation, Status

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 170
PLOT_WIDTH = 220
COLOURS = {  # each at least 7:1 against white; the labels carry the meaning, not the colour
    Status.FULLY: "#14532d",
    Status.MOSTLY: "#3f6212",
    Status.PARTIALLY: "#92400e",
    Status.NOT_IMPLEMENTED: "#991b1b",
    Status.NOT_ASSESSED: "#4b5563",
}


@dataclass
class Bar:
    status: str
    label: str
    count: int
    y: int
    width: int
    colour: str


@dataclass
class Scorecard:
    slug: str
    name: str
    total: int
    bars: list = field(default_factory=list)

    @property
    def height(self):
        return len(self.bars) * (BAR_HEIGHT + GAP)

    @property
    def counts(self):
        return {bar.status: bar.count for bar in self.bars}

    @property
    def implemented(self):
        """Fully or mostly implemented, of all."""
        return self.counts[Status.FULLY] + self.counts[Status.MOSTLY]


def tally(locale):
    """{institution slug: {status: count}} for the register in `locale`."""
    rows = (
        Recommendation.objects.filter(locale=locale)
        .order_by()
        .values("institution__slug", "status")
        .annotate(n=Count("pk"))
    )
    table = {}
    for row in rows:
        table.setdefault(row["institution__slug"], {})[row["status"]] = row["n"]
    return table


def build(locale):
    table = tally(locale)
    names = dict(
        Institution.objects.filter(locale=locale, slug__in=table).values_list("slug", "name")
    )
    largest = max((n for counts in table.values() for n in counts.values()), default=1)
    cards = [card(slug, names.get(slug, slug), counts, largest) for slug, counts in table.items()]
    return sorted(cards, key=lambda item: item.name.lower())


def card(slug, name, counts, largest):
    bars = []
    for index, (status, label) in enumerate(Status.choices):
        count = counts.get(status, 0)
        width = round(PLOT_WIDTH * count / largest) if largest else 0
        y = index * (BAR_HEIGHT + GAP)
        bars.append(Bar(status, str(label), count, y, width, COLOURS[status]))
    return Scorecard(slug, name, sum(counts.values()), bars)


def scorecards(register):
    """The scorecards for the register's language, cached until the next edit."""
    parts = (register.index.pk, register.locale.language_code)
    return fragments.get_or_set(
        register.request, "scorecards", parts, lambda: build(register.locale)
    )

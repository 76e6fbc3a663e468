"""Admin listing filters that list places, organisations or institutions in Albanian order.

Wagtail builds a listing's filters from the viewset's `list_filter`; a choice among rows of the
models below comes out in the database's byte order (Kurbin, Kuçovë, Këlcyrë). An index view
with `base_filterset_class = AlbanianOrderFilterSet` orders them as Albanian readers expect
(core.collation.albanian_order: Këlcyrë, Kuçovë, Kurbin). Models are named by label, so core
imports no higher app.
"""

from wagtail.admin.filters import WagtailFilterSet

from core.collation import albanian_order

# model label -> the field that holds its Albanian name
ALBANIAN_NAMES = {
    "core.municipality": "name_sq",
    "core.county": "name_sq",
    "organisations.organisationpage": "title",
    "recommendations.institution": "name",
}


def albanian_name_field(rows):
    """The Albanian-name field of a queryset's model, or None (not a queryset, another model)."""
    model = getattr(rows, "model", None)
    return ALBANIAN_NAMES.get(model._meta.label_lower) if model is not None else None


class AlbanianOrderFilterSet(WagtailFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for listed in self.filters.values():  # the instance's own copies
            rows = getattr(listed, "queryset", None)  # model choice filters' rows
            field = albanian_name_field(rows)
            if field:
                listed.queryset = rows.order_by(albanian_order(field), "pk")

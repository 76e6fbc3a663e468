"""The event editor's form: places in Albanian order."""

from wagtail.admin.forms import WagtailAdminPageForm

from core.collation import in_albanian_order
from core.models import Municipality


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "municipality" in self.fields:
            self.fields["municipality"].queryset = in_albanian_order(Municipality.objects.all())

"""A checkbox list with a text box that narrows it: for the page editor's long lists of
organisations (about seventy), which Wagtail can only offer as a select or as checkboxes.

The box is the admin's own Stimulus conventions (a `cso-filter-list` controller, registered on
Wagtail's Stimulus application by `core/static/core/admin/filter-list.js`); no third-party script.
Without script the box stays hidden and the plain checkbox list works as before. Matching ignores
case and diacritics (shoqeri finds Shoqëri), and ticked entries always stay in sight.
"""

from django import forms


class FilterableCheckboxes(forms.CheckboxSelectMultiple):
    template_name = "core/widgets/filterable_checkboxes.html"

    class Media:
        js = ["core/admin/filter-list.js"]

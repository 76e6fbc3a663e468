"""The person chooser: searchable by name and affiliation, and a "Create" tab for a new person."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin
from wagtail.models import Locale
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from core.models import Person


class PersonSearchForm(LocaleFilterMixin, BaseFilterForm):
    """Every word must appear in the given name, family name or affiliation (case ignored);
    no search index is needed."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
        max_length=200,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q") or ""
        for word in query.split()[:6]:
            objects = objects.filter(
                Q(given_name__icontains=word)
                | Q(family_name__icontains=word)
                | Q(affiliation__icontains=word)
            )
        if query.strip():
            self.is_searching, self.search_query = True, query
        return objects


class PersonCreationForm(forms.ModelForm):
    """A new person in one language (the default one unless chosen); translate them later."""

    language = forms.ModelChoiceField(
        label=_("Language"), queryset=Locale.objects.all(), empty_label=None
    )

    class Meta:
        model = Person
        fields = ["given_name", "family_name", "affiliation", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = Locale.get_default().pk

    def clean(self):
        data = super().clean()
        if data.get("language"):
            self.instance.locale = data["language"]
        return data


class PersonChooseView(ChooseView):
    filter_form_class = PersonSearchForm


class PersonChooseResultsView(ChooseResultsView):
    filter_form_class = PersonSearchForm


class PersonChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    creation_form_class = PersonCreationForm

"""The public form on which a representative assesses a recommendation for their organisation."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.formfields import IdChoiceField
from core.forms import PublicFormMixin
from organisations.models import OrganisationPage
from recommendations.models import ASSESSED, validate_links

MAX_REASON = 4000


class AssessmentForm(PublicFormMixin, forms.Form):
    consent_label = _(
        "I assess on behalf of my organisation, and I agree to the privacy policy: my name is "
        "kept with the assessment for the moderators."
    )

    organisation = IdChoiceField(queryset=OrganisationPage.objects.none(), label=_("Organisation"))
    status = forms.ChoiceField(label=_("How far is it implemented?"), choices=ASSESSED)
    assessed_on = forms.DateField(
        label=_("Date of the assessment"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=MAX_REASON, widget=forms.Textarea(attrs={"rows": 6})
    )
    evidence = forms.CharField(
        label=_("Evidence links"),
        help_text=_("One web address a line."),
        required=False,
        max_length=2000,
        validators=[validate_links],
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = OrganisationPage.objects.filter(pk__in=[org.pk for org in organisations])
        if len(organisations) == 1:
            field.initial = organisations[0].pk
        self.fields["assessed_on"].initial = timezone.localdate()

    def clean_assessed_on(self):
        day = self.cleaned_data["assessed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        if day.year < 1990:
            raise forms.ValidationError(_("Enter a date from 1990 on."))
        return day

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why you assess it so."))
        return reason

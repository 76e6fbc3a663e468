"""Dialogue records in one person's data request (core.personaldata): contributions, position
papers, endorsements and signatures, found by the citizen's address or the login's address."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.personaldata import Source
from dialogue.models import Contribution, Endorsement, MailOptOut, PositionPaper, Signature
from organisations.representatives import same_address


def _users(email):
    candidates = get_user_model().objects.filter(email__iexact=email)
    return [user.pk for user in candidates if same_address(user.email, email)]


def _mine(model, email):
    users = _users(email)
    if model is Contribution:
        return model.objects.filter(Q(email=email) | Q(user__in=users))
    return model.objects.filter(user__in=users)


def find_contributions(email):
    return [
        {
            "consultation": row.consultation_label,
            "article": row.article_number,
            "kind": row.get_kind_display(),
            "text": row.text,
            "proposed wording": row.proposed_wording,
            "name": row.name,
            "email": row.email or "",
            "organisation": row.organisation_label,
            "name shown": row.show_name,
            "status": row.get_status_display(),
            "consent": row.consent_text,
            "created at": row.created_at,
        }
        for row in _mine(Contribution, email).select_related("consultation", "organisation")
    ]


def erase_contributions(email):
    """The text stays (it belongs to the organisation's input); the person goes."""
    rows = _mine(Contribution, email)
    count = rows.update(user=None, name="", email=None, show_name=False)
    MailOptOut.objects.filter(email=email).delete()
    return count


def _acts(model, labels):
    def find(email):
        rows = _mine(model, email).select_related("organisation")
        return [{**labels(row), "created at": row.created_at} for row in rows]

    def erase(email):
        rows = _mine(model, email)
        fields = {"user": None}
        if hasattr(model, "name"):
            fields["name"] = ""
        return rows.update(**fields)

    return find, erase


def erase_positions(email):
    """The paper's text stays with its organisation; the person and the PDF (whose pages and
    metadata may name them, and which cannot be scrubbed) go."""
    rows = _mine(PositionPaper, email)
    for paper in rows.exclude(pdf=""):
        paper.pdf.delete(save=False)
    return rows.update(user=None, name="", pdf="")


def _position(row):
    return {"position paper": row.title, "organisation": row.organisation_label, "by": row.name}


def _endorsement(row):
    return {"endorsement for": row.organisation_label}


def _signature(row):
    return {
        "signature for": row.organisation_label,
        "by": row.name,
        "withdrawn at": row.withdrawn_at,
    }


SOURCES = [
    Source(_("Consultation contributions"), find_contributions, erase_contributions),
    Source(_("Position papers"), _acts(PositionPaper, _position)[0], erase_positions),
    Source(_("Endorsements"), *_acts(Endorsement, _endorsement)),
    Source(_("Joint statement signatures"), *_acts(Signature, _signature)),
]

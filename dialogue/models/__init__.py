"""Policy dialogue: consultations on reform proposals and joint statements (issue 18)."""

from dialogue.models.pages import (
    ConsultationArticle,
    ConsultationPage,
    DialogueIndexPage,
    Moderation,
    Response,
    StatementPage,
)
from dialogue.models.records import (
    Contribution,
    ContributionKind,
    ContributionStatus,
    Endorsement,
    MailOptOut,
    PositionPaper,
    ResultsNotice,
    Signature,
)

__all__ = [
    "ConsultationArticle",
    "ConsultationPage",
    "Contribution",
    "ContributionKind",
    "ContributionStatus",
    "DialogueIndexPage",
    "Endorsement",
    "MailOptOut",
    "Moderation",
    "PositionPaper",
    "Response",
    "ResultsNotice",
    "Signature",
    "StatementPage",
]

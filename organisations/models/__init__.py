"""The directory's models: pages and focus areas (`pages`), applications to join
(`applications`)."""

from organisations.models.applications import ApplicationStatus, OrganisationApplication
from organisations.models.pages import (
    NIPT_VALIDATOR,
    SOCIAL_FIELDS,
    FocusArea,
    OrganisationIndexPage,
    OrganisationPage,
)

__all__ = [
    "NIPT_VALIDATOR",
    "SOCIAL_FIELDS",
    "ApplicationStatus",
    "FocusArea",
    "OrganisationApplication",
    "OrganisationIndexPage",
    "OrganisationPage",
]

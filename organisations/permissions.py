"""Who may do what with the directory in the admin."""

from django.core.exceptions import PermissionDenied

from organisations.views import export_csv

EXPORT_PERMISSION = "organisations.export_directory"


def can_export(user):
    return user.is_active and user.has_perm(EXPORT_PERMISSION)


def export_view(request):
    """The directory as CSV, for the network's coordinators (the `export_directory` permission)."""

    if not can_export(request.user):
        raise PermissionDenied
    return export_csv(request)

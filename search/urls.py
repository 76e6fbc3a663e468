from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("search/suggest/"), views.autocomplete, name="search_autocomplete"),
]

"""URL map: pages, language switching, and the versioned API."""

from django.urls import include, path

from tpatlas.web.api.api import api
from tpatlas.web.api.docs_view import api_docs
from tpatlas.web.pages import data_view, finder_view, search_view, views
from tpatlas.web.security import API_PREFIX

handler404 = "tpatlas.web.pages.views.not_found"

urlpatterns = [
    path("", views.home, name="home"),
    path("muscles/", views.muscle_index, name="muscle-index"),
    path("muscles/by-pain/", views.pain_regions, name="pain-regions"),
    path("muscles/<slug:muscle_id>/", views.muscle_detail, name="muscle-detail"),
    path("conditions/", views.conditions, name="conditions"),
    path("finder/", finder_view.finder, name="finder"),
    path("search/", search_view.search, name="search"),
    path("data/", data_view.data_page, name="data"),
    path("data/<str:name>", data_view.download, name="data-download"),
    path("search/suggest/", search_view.suggest, name="search-suggest"),
    path("techniques/", views.techniques, name="techniques"),
    path("i18n/", include("django.conf.urls.i18n")),
    path(API_PREFIX.removeprefix("/"), api.urls),  # the security middleware knows it as API
    path("api/", api_docs, name="api-docs"),
]

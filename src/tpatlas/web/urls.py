"""URL map: pages, language switching, and the versioned API.

Pages are in i18n_patterns: English at the addresses they always had, Spanish under /es/ with the
same slugs (docs/decisions/0004-language-in-the-address.md). The API, the open-data files, the
switcher, the sitemap, the admin and webhooks have one address for every language.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from tpatlas.web.api.api import api
from tpatlas.web.api.docs_view import api_docs
from tpatlas.web.handouts import views as handout_views
from tpatlas.web.languages import views as language_views
from tpatlas.web.pages import connection_map, data_view, finder_view, search_view, views
from tpatlas.web.platform_urls import shared_urlpatterns
from tpatlas.web.security import API_PREFIX

handler404 = "tpatlas.web.pages.views.not_found"

urlpatterns = [
    # Switching language needs no CSRF token: the worst a forged request can do is change the
    # language, and without a per-visitor token every page can be cached and shared.
    path("i18n/setlang/", csrf_exempt(language_views.switch_language), name="set_language"),
    path("sitemap.xml", language_views.sitemap, name="sitemap"),
    path("data/<str:name>", data_view.download, name="data-download"),
    path(API_PREFIX.removeprefix("/"), api.urls),  # the security middleware knows it as API
    *shared_urlpatterns,
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("muscles/", views.muscle_index, name="muscle-index"),
    path("muscles/by-pain/", views.pain_regions, name="pain-regions"),
    path("muscles/<slug:muscle_id>/", views.muscle_detail, name="muscle-detail"),
    path("conditions/", views.conditions, name="conditions"),
    path("connections/", connection_map.connections, name="connections"),
    # The finder's form is a POST (a drawing of widespread pain or a long description does not
    # fit in an address) that only reads: exempt like set_language above (see finder_view.py).
    path("finder/", csrf_exempt(finder_view.finder), name="finder"),
    path("search/", search_view.search, name="search"),
    path("data/", data_view.data_page, name="data"),
    path("search/suggest/", search_view.suggest, name="search-suggest"),
    path("techniques/", views.techniques, name="techniques"),
    path("handouts/", handout_views.handout_page, name="handouts"),
    path("handouts/handout.pdf", handout_views.handout_pdf, name="handout-pdf"),
    path("api/", api_docs, name="api-docs"),
    path("", include("tpatlas.web.platform_urls")),
    prefix_default_language=False,
)

from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "tpatlas.web.pages"
    label = "pages"

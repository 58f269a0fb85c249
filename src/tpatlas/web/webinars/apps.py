from django.apps import AppConfig


class WebinarsConfig(AppConfig):
    name = "tpatlas.web.webinars"
    label = "webinars"
    verbose_name = "Webinars"
    default_auto_field = "django.db.models.BigAutoField"

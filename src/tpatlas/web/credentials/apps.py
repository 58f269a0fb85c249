from django.apps import AppConfig


class CredentialsConfig(AppConfig):
    name = "tpatlas.web.credentials"
    label = "credentials"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

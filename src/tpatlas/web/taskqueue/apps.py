from django.apps import AppConfig


class TaskQueueConfig(AppConfig):
    name = "tpatlas.web.taskqueue"
    label = "taskqueue"
    verbose_name = "Background tasks"
    default_auto_field = "django.db.models.BigAutoField"

"""Webinar addresses (included by platform_urls)."""

from django.urls import path

from tpatlas.web.webinars import views

urlpatterns = [
    path("webinars/", views.webinar_list, name="webinar-list"),
    path("webinars/upcoming/", views.upcoming_fragment, name="webinars-upcoming"),
    path("webinars/<int:pk>/", views.webinar_detail, name="webinar-detail"),
    path("webinars/<int:pk>.ics", views.ics, name="webinar-ics"),
    path("webinars/<int:pk>/register/", views.register, name="webinar-register"),
    path("webinars/<int:pk>/cancel/", views.cancel, name="webinar-cancel"),
    path("me/webinars/", views.my_webinars, name="my-webinars"),
]

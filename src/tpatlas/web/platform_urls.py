"""Addresses of the continuing-education platform: accounts (allauth and ours), courses,
lessons, assessments, certificates, verification, transcripts.

``urlpatterns`` are pages, in each language (urls.py puts them under i18n_patterns);
``shared_urlpatterns`` have one address for every language: the admin, allauth's app API and
the payment webhook."""

from django.contrib import admin
from django.urls import include, path

from tpatlas.web.accounts import views as accounts
from tpatlas.web.credentials import exports as staff_exports
from tpatlas.web.credentials import views as credentials
from tpatlas.web.learning import exports as learning_exports
from tpatlas.web.learning import views as learning
from tpatlas.web.store import currency
from tpatlas.web.store import views as store

shared_urlpatterns = [
    path("_allauth/", include("allauth.headless.urls")),
    path("admin/", admin.site.urls),
    path("store/webhooks/stripe/", store.stripe_webhook, name="stripe-webhook"),
]

urlpatterns = [
    path("accounts/", include("allauth.urls")),
    path("privacy/", accounts.privacy, name="privacy"),
    path("me/", learning.dashboard, name="dashboard"),
    path("me/profile/", accounts.profile, name="profile"),
    path("me/data.json", accounts.data_export, name="data-export"),
    path("me/delete/", accounts.delete_account, name="delete-account"),
    path("me/transcript/", credentials.transcript, name="transcript"),
    path("me/transcript.pdf", credentials.transcript_pdf, name="transcript-pdf"),
    path("me/certificates/<str:code>/", credentials.certificate, name="certificate"),
    path("me/certificates/<str:code>.pdf", credentials.certificate_pdf, name="certificate-pdf"),
    path("courses/", learning.course_list, name="course-list"),
    path("courses/<slug:course_id>/", learning.course_detail, name="course-detail"),
    path("courses/<slug:course_id>/enroll/", learning.enroll, name="enroll"),
    path(
        "courses/<slug:course_id>/certificate/",
        credentials.request_certificate,
        name="request-certificate",
    ),
    path("learn/<slug:course_id>/assessment/", learning.assessment, name="assessment"),
    path(
        "learn/<slug:course_id>/attempts/<int:number>/",
        learning.attempt_result,
        name="attempt-result",
    ),
    path("learn/<slug:course_id>/<slug:lesson_id>/", learning.lesson, name="lesson"),
    path("learn/<slug:course_id>/<slug:lesson_id>/beat/", learning.heartbeat, name="heartbeat"),
    path("verify/", credentials.verify_lookup, name="verify-lookup"),
    path("verify/<str:code>/", credentials.verify, name="verify"),
    path("currency/", currency.set_currency, name="set-currency"),
    path("cart/", store.cart_page, name="cart"),
    path("cart/add/<slug:course_id>/", store.cart_add, name="cart-add"),
    path("cart/remove/<slug:course_id>/", store.cart_remove, name="cart-remove"),
    path("checkout/", store.checkout, name="checkout"),
    path("me/orders/", store.orders, name="orders"),
    path("me/orders/<str:reference>/", store.order_detail, name="order"),
    path("me/orders/<str:reference>/receipt.pdf", store.receipt, name="receipt"),
    path("policies/<slug:kind>/", store.policy, name="policy"),
    path("staff/roster.csv", learning_exports.roster_csv, name="roster-csv"),
    path("staff/attempts.csv", learning_exports.attempts_csv, name="attempts-csv"),
    path("staff/completions.csv", staff_exports.completions_csv, name="completions-csv"),
    path("", include("tpatlas.web.webinars.urls")),
]

from django.contrib import admin

from tpatlas.web.accounts.models import Licence, Profile


class LicenceInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Licence
    extra = 0


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("legal_name", "user", "profession", "time_zone", "language")
    list_filter = ("profession", "language")
    search_fields = ("legal_name", "user__email", "licences__number")
    inlines = [LicenceInline]

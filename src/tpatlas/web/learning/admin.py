from django.contrib import admin

from tpatlas.web.learning.models import Attempt, Course, Enrollment, LessonProgress


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("id", "title_en", "delivery", "hours", "free", "active", "synced_at")
    list_filter = ("delivery", "free", "active")
    readonly_fields = (
        "id",
        "version",
        "title_en",
        "title_es",
        "delivery",
        "hours",
        "free",
        "active",
        "synced_at",
    )


class ProgressInline(admin.TabularInline):  # type: ignore[type-arg]
    model = LessonProgress
    extra = 0
    readonly_fields = ("lesson_id", "seconds", "last_beat_at", "completed_at")


class AttemptInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Attempt
    extra = 0
    fields = ("number", "started_at", "submitted_at", "points", "maximum", "passed")
    readonly_fields = fields


@admin.register(Enrollment)
class EnrollmentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "course", "started_at", "completed_at", "active")
    list_filter = ("course", "active", "completed_at")
    search_fields = ("user__email", "user__profile__legal_name")
    inlines = [ProgressInline, AttemptInline]

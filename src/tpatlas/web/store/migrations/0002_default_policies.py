"""Starting texts for the three written policies (NCBTMB requires registration, cancellation and
refund policies in writing). The provider edits them in the admin; this only fills an empty
table, and never overwrites an edited policy."""

from __future__ import annotations

from typing import Any

from django.db import migrations

POLICIES = {
    "registration": (
        "Registration policy",
        "Política de inscripción",
        "You register for a course by enrolling in it: free courses at once, paid courses when "
        "the payment is received. Registration needs an account with a verified email address; "
        "certificates also need your legal name as it must be printed.\n\n"
        "Home-study courses can be started at any time after registration and have no deadline. "
        "Live webinars have limited places; when a session is full you can join its waiting list "
        "and are told by email if a place opens.\n\n"
        "Each course page states its CE hours, its approvals, its cost, its prerequisites (if "
        "any) and its instructors before you register.",
        "Usted se inscribe en un curso al matricularse en él: los cursos gratuitos al momento y "
        "los de pago cuando se recibe el pago. La inscripción requiere una cuenta con una "
        "dirección de correo verificada; los certificados requieren además su nombre legal tal "
        "como debe imprimirse.\n\n"
        "Los cursos a distancia pueden empezarse en cualquier momento después de la inscripción "
        "y no tienen fecha límite. Los seminarios web en directo tienen plazas limitadas; cuando "
        "una sesión está completa puede entrar en su lista de espera y se le avisa por correo si "
        "se libera una plaza.\n\n"
        "Cada página de curso indica sus horas de formación continua, sus aprobaciones, su "
        "precio, sus requisitos previos (si los hay) y sus instructores antes de inscribirse.",
    ),
    "cancellation": (
        "Cancellation policy",
        "Política de cancelación",
        "You may cancel an unpaid order at any time; nothing is charged. You may cancel your "
        "registration for a live webinar up to the start of the session from the webinar page; "
        "your place goes to the first person on the waiting list.\n\n"
        "If we cancel or move a live session, every registrant is told by email with the new "
        "time or the options offered, and the calendar entry is updated.",
        "Puede cancelar un pedido no pagado en cualquier momento; no se cobra nada. Puede "
        "cancelar su inscripción en un seminario web en directo hasta el inicio de la sesión "
        "desde la página del seminario; su plaza pasa a la primera persona de la lista de "
        "espera.\n\n"
        "Si cancelamos o cambiamos de hora una sesión en directo, se avisa por correo a todas "
        "las personas inscritas con la nueva hora o las opciones ofrecidas, y se actualiza la "
        "entrada del calendario.",
    ),
    "refund": (
        "Refund policy",
        "Política de reembolso",
        "Ask for a refund within 30 days of payment by writing to the provider's email address "
        "with your order reference. A refund, full or partial, ends access to the courses it "
        "covers that you have not completed.\n\n"
        "Certificates already issued stay valid and verifiable: they record a course you "
        "completed. The refund is recorded on the order. Refunds go back by the way you paid.",
        "Solicite un reembolso dentro de los 30 días siguientes al pago escribiendo a la "
        "dirección de correo del proveedor con la referencia de su pedido. Un reembolso, total o "
        "parcial, termina el acceso a los cursos que cubre y que usted no haya completado.\n\n"
        "Los certificados ya emitidos siguen siendo válidos y verificables: registran un curso "
        "que usted completó. El reembolso queda registrado en el pedido. El dinero se devuelve "
        "por el mismo medio de pago.",
    ),
}


def seed(apps: Any, schema_editor: Any) -> None:
    Policy = apps.get_model("store", "Policy")
    for kind, (title_en, title_es, body_en, body_es) in POLICIES.items():
        Policy.objects.get_or_create(
            kind=kind,
            defaults={
                "title_en": title_en,
                "title_es": title_es,
                "body_en": body_en,
                "body_es": body_es,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("store", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

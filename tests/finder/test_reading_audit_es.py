"""A reading audit in Spanish as written in Spain, Mexico, Argentina, Colombia, Chile, Peru and the
Caribbean: regional and everyday words ("la guatita", "el pupo", "el poto", "los mofletes", "el
anca", "el hueso de la colita"), diminutives, words spelt as said ("el ombro", "el cueyo", "la
varriga"), the bones, muscles and diagnoses patients repeat from a report ("el escafoides", "el
bíceps femoral", "pubalgia", "rodilla de corredor"), "el dedo gordo de la mano" (the thumb) and "un
dedo del pie" (a toe), "debajo del brazo" (the armpit), "me pegué en el codo" (no "pliegue"), long
stories with several places and sides, pain that spreads, and words that are no places: postures,
activities, idioms, treatments, other people's pain."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

HEAD = {"forehead", "temple", "occiput", "vertex", "parietal"}
KNEE = {"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}
CALF = {
    "upper-calf",
    "lower-calf",
    "upper-medial-calf",
    "upper-lateral-calf",
    "lower-medial-calf",
    "lower-lateral-calf",
}
HAMSTRING = {"posterior-thigh", "posteromedial-thigh", "posterolateral-thigh"}
NECK = {
    "upper-posterior-neck",
    "lower-posterior-neck",
    "posterolateral-neck",
    "suboccipital",
    "anterolateral-neck",
}
SHOULDER = {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge", "lateral-upper-arm"}
LUMBAR = {"upper-lumbar", "lower-lumbar", "loin"}
BUTTOCK = {"mid-buttock", "upper-outer-buttock", "lateral-buttock"}
HIP = {"lateral-hip", "anterior-hip", "lateral-buttock"}
THIGH = {
    "anterior-thigh",
    "posterior-thigh",
    "lateral-thigh",
    "medial-thigh",
    "upper-anterior-thigh",
    "upper-medial-thigh",
}
LEG = {
    "posterior-thigh",
    "lateral-thigh",
    "upper-calf",
    "upper-lateral-leg",
    "anterior-thigh",
    "upper-shin",
}
ARM = {"anterior-upper-arm", "lateral-upper-arm", "posterior-upper-arm"}
FOREARM = {
    "volar-forearm-radial",
    "volar-forearm-ulnar",
    "dorsal-forearm-radial",
    "dorsal-forearm-ulnar",
}
WRIST = {"volar-wrist", "dorsal-wrist"}
ELBOW = {"lateral-epicondyle", "medial-epicondyle", "olecranon"}
ANKLE = {"anterior-ankle", "medial-ankle", "lateral-ankle"}
HEEL = {"heel-plantar", "heel-back"}
FOOT = {
    "instep",
    "foot-top-medial",
    "foot-top-lateral",
    "heel-plantar",
    "ball-medial",
    "lateral-sole",
}
ABDOMEN = {"epigastrium", "upper-abdomen", "periumbilical", "mid-abdomen", "lower-abdomen"}
CHEST = {"upper-chest", "lower-chest", "sternum"}
HAND = {"palm-ulnar", "thenar", "dorsal-hand-radial", "dorsal-hand-ulnar"}
FINGERS = {
    "palmar-fingers-radial",
    "palmar-fingers-ulnar",
    "dorsal-fingers-radial",
    "dorsal-fingers-ulnar",
}
SHIN = {"upper-shin", "lower-shin", "upper-medial-shin", "lower-medial-shin"}
TOES = {"lesser-toes-top", "lesser-toes-plantar", "big-toe-top", "big-toe-plantar"}
JAW = {"jaw-joint", "jaw-angle"}
BACK = {
    "upper-lumbar",
    "lower-lumbar",
    "mid-thoracic",
    "lower-thoracic",
    "loin",
    "interscapular",
    "upper-interscapular",
}
UPBACK = {"upper-interscapular", "interscapular"}


def _read(kb: KnowledgeBase, text: str) -> tuple[set[str], set[str], str]:
    u = understand(text, kb.chart)
    return set(u.zones), {z.split("-", 1)[1] for z in u.zones}, u.side


# Each place in `read` is read when any of its kinds is; no kind of `not_read` may be; `side` is
# the side of the whole description when one is said.
@pytest.mark.parametrize(
    ("text", "read", "not_read", "side"),
    [
        # read wrong before this audit
        ("siento dolor en la encía de abajo", [{"chin"}], {"upper-teeth"}, None),
        ("me pegué en el codo y me duele la punta", [ELBOW], {"lower-anterior-arm"}, None),
        (
            "me duele el final de la espalda",
            [{"upper-lumbar", "lower-lumbar", "loin", "sacrum"}],
            {"mid-thoracic"},
            None,
        ),
        ("tengo una contractura en el bíceps femoral", [HAMSTRING], {"anterior-upper-arm"}, None),
        (
            "me duele el dedo gordo de la mano",
            [{"thenar", "palmar-fingers-radial", "dorsal-fingers-radial"}],
            TOES,
            None,
        ),
        ("me duele el ombro", [SHOULDER], set(), None),
        ("me duele la cabesa y el cueyo", [HEAD, NECK], set(), None),
        ("me duele el muzlo", [THIGH], set(), None),
        (
            "me duele el anca derecha",
            [
                {
                    "lateral-hip",
                    "anterior-hip",
                    "lateral-buttock",
                    "mid-buttock",
                    "upper-outer-buttock",
                }
            ],
            set(),
            "right",
        ),
        ("me duele el tendón del talón", [{"achilles"}], set(), None),
        ("me duele justo bajo el omóplato", [{"inferior-scapula"}], {"supraspinous"}, None),
        (
            "me duele debajo del brazo, cerca del pecho",
            [{"posterior-axilla", "lateral-chest"}],
            {"posterior-upper-arm", "lower-anterior-arm", "lower-posterior-arm"},
            None,
        ),
        ("me duele la fosa ilíaca derecha", [{"lower-abdomen"}], set(), "right"),
        ("me duele en medio de los omóplatos", [UPBACK], {"supraspinous"}, None),
        ("me duele el maléolo externo", [{"lateral-ankle"}], set(), None),
        (
            "me duele la garganta del pie",
            [{"anterior-ankle", "foot-top-medial", "foot-top-lateral"}],
            {"throat"},
            None,
        ),
        ("me duele un dedo del pie", [TOES], FINGERS, None),
        ("me duele la guatita", [ABDOMEN], set(), None),
        ("me duele la pancita desde anoche", [ABDOMEN], set(), None),
        ("me duele el pupo", [{"periumbilical"}], set(), None),
        ("me duele el poto de estar sentada", [BUTTOCK], set(), None),
        ("me duelen los carrillos al masticar", [{"cheek"}], set(), None),
        ("me duele el calcañar", [HEEL], set(), None),
        ("me duele la barriguita", [ABDOMEN], set(), None),
        ("me duele el hueso de la colita", [{"coccyx"}], set(), None),
        ("me duele el huesito de la cola", [{"coccyx"}], set(), None),
        ("me duelen los femorales", [HAMSTRING], set(), None),
        ("me duele la varriga", [ABDOMEN], set(), None),
        (
            "me duele el gueso de la cadera",
            [{"posterior-iliac-crest", "anterior-iliac-crest"}],
            set(),
            None,
        ),
        ("dolor de ovarios con la regla", [{"lower-abdomen", "suprapubic"}], set(), None),
        ("me duelen los ovarios", [{"lower-abdomen", "suprapubic"}], set(), None),
        ("tengo una contractura en el serrato anterior", [{"lateral-chest"}], set(), None),
        ("me duelen los intercostales al respirar", [{"lateral-chest"}], set(), None),
        (
            "me duele el escafoides desde que me caí",
            [{"dorsal-wrist", "dorsal-hand-radial", "volar-wrist"}],
            set(),
            None,
        ),
        ("me duele la tabaquera anatómica", [{"dorsal-hand-radial", "dorsal-wrist"}], set(), None),
        ("me duele el calcáneo", [HEEL], set(), None),
        (
            "me fracturé el peroné hace un año y todavía me duele",
            [{"upper-lateral-leg", "lower-lateral-leg"}],
            set(),
            None,
        ),
        (
            "creo que tengo rodilla de corredor",
            [{"lateral-knee"}],
            {"medial-knee", "patella"},
            None,
        ),
        ("tengo rodilla de saltador", [{"patella"}], {"medial-knee", "lateral-knee"}, None),
        ("tengo un dedo en martillo en el pie", [TOES], FINGERS, None),
        ("neuroma de Morton en el pie izquierdo", [{"ball-lateral", "ball-medial"}], set(), "left"),
        ("tengo hallux valgus", [{"ball-medial", "big-toe-top", "foot-top-medial"}], set(), None),
        (
            "me diagnosticaron tendinitis de De Quervain",
            [{"dorsal-wrist", "volar-wrist", "dorsal-hand-radial"}],
            set(),
            None,
        ),
        ("tengo pubalgia", [{"groin", "suprapubic"}], set(), None),
        (
            "tengo lumbociática izquierda",
            [LUMBAR, {"mid-buttock", "posterior-thigh"}],
            set(),
            "left",
        ),
        ("cervicobraquialgia derecha", [NECK, ARM], set(), "right"),
        ("me duele el hipogastrio", [{"suprapubic", "lower-abdomen"}], set(), None),
        ("tengo un espolón calcáneo", [{"heel-plantar"}], set(), None),
        ("me duele el labio de arriba", [{"upper-teeth"}], set(), None),
        ("me duele el gaznate", [{"throat"}], set(), None),
        (
            "me duele el dedo gordo de la mano derecha",
            [{"thenar", "palmar-fingers-radial", "dorsal-fingers-radial"}],
            TOES,
            "right",
        ),
        ("me duele un dedo del pie izquierdo", [TOES], FINGERS, "left"),
        ("tengo otalgia derecha", [{"ear-mastoid"}], set(), "right"),
        # read right already, kept so that they stay right
        (
            "me duele la cabeza en la parte de atrás, justo en la nuca",
            [{"occiput", "suboccipital", "upper-posterior-neck"}],
            {"forehead"},
            None,
        ),
        ("me late la sien derecha desde que me levanto", [{"temple"}], set(), "right"),
        (
            "me duele el cuero cabelludo al tocarlo",
            [{"vertex", "parietal", "occiput", "temple"}],
            set(),
            None,
        ),
        ("me duele la cabesa de tanto estudiar", [HEAD], set(), None),
        ("me duelen las muelas de abajo del lado izquierdo", [{"chin"}], {"upper-teeth"}, "left"),
        ("dolor en la articulación de la mandíbula al bostezar", [{"jaw-joint"}], set(), None),
        ("me duele la muela del juicio de abajo", [{"chin"}], set(), None),
        (
            "dolor en el lado izquierdo del cuello que baja al hombro",
            [{"anterolateral-neck", "posterolateral-neck"}, SHOULDER],
            set(),
            "left",
        ),
        (
            "siento una contractura en el trapecio derecho",
            [{"upper-trapezius-ridge"}],
            set(),
            "right",
        ),
        ("tengo el cuello contracturado del lado derecho", [NECK], set(), "right"),
        ("me duele el hombro por detrás", [{"posterior-shoulder"}], {"anterior-shoulder"}, None),
        (
            "me duele el manguito rotador desde que pinté el techo",
            [{"anterior-shoulder", "posterior-shoulder", "lateral-upper-arm"}],
            set(),
            None,
        ),
        (
            "me duele el hombro y me baja por el brazo hasta el codo",
            [SHOULDER, ARM, ELBOW],
            set(),
            None,
        ),
        ("tengo los hombros cargados por el estrés", [SHOULDER], set(), None),
        ("me duele el bíceps derecho al cargar cosas", [{"anterior-upper-arm"}], set(), "right"),
        ("me duele el brazo entero, del hombro a la muñeca", [SHOULDER, WRIST], set(), None),
        ("me duelen los brazos de cargar cajas en el almacén", [ARM], set(), None),
        ("se me duermen los dedos de la mano derecha por la noche", [FINGERS], set(), "right"),
        ("me duele el meñique", [{"palmar-fingers-ulnar", "dorsal-fingers-ulnar"}], set(), None),
        ("me duele la muñeca del lado del meñique", [WRIST], {"palmar-fingers-ulnar"}, None),
        ("se me hincha la muñeca izquierda y me duele", [WRIST], set(), "left"),
        ("me duele el pecho del lado izquierdo", [CHEST], set(), "left"),
        (
            "me duele la caja torácica al estornudar",
            [{"lateral-chest", "lower-chest"}],
            set(),
            None,
        ),
        ("me duelen los pechos al dar de mamar", [CHEST], set(), None),
        ("me duele la panza abajo a la izquierda", [{"lower-abdomen"}], set(), "left"),
        ("me duele el ijar", [{"flank"}], set(), None),
        ("me duele la ingle derecha al patear el balón", [{"groin"}], set(), "right"),
        ("dolor en la pelvis por delante", [{"suprapubic", "lower-abdomen"}], {"sacrum"}, None),
        (
            "me duele la espalda alta de estar encorvado en la compu",
            [UPBACK],
            {"lower-lumbar"},
            None,
        ),
        (
            "me duele entre el omóplato y la columna del lado derecho",
            [{"interscapular"}],
            set(),
            "right",
        ),
        ("me duelen los romboides", [{"interscapular"}], set(), None),
        ("me duele la parte baja de la espalda del lado izquierdo", [LUMBAR], set(), "left"),
        ("me duele la rabadilla al sentarme", [{"coccyx"}], set(), None),
        (
            "dolor en la espalda baja que baja por la pierna izquierda hasta el pie",
            [LUMBAR, LEG, FOOT],
            set(),
            None,
        ),
        (
            "me duele la espalda a la altura del cinturón",
            [{"posterior-iliac-crest", "lower-lumbar"}],
            set(),
            None,
        ),
        (
            "creo que es el piramidal, me duele al sentarme",
            [{"mid-buttock", "lateral-buttock"}],
            set(),
            None,
        ),
        (
            "me duele el trasero de estar sentado en el auto",
            [{"mid-buttock", "upper-outer-buttock"}],
            set(),
            None,
        ),
        ("me duelen los cuadriles", [HIP], set(), None),
        ("me duele el cuádriceps después de correr", [{"anterior-thigh"}], set(), None),
        ("me duele la cintilla iliotibial al correr", [{"lateral-thigh"}], set(), None),
        ("me duele la rodilla derecha al bajar escaleras", [KNEE], set(), "right"),
        ("me duele la rodilla por debajo de la rótula", [{"patella", "upper-shin"}], set(), None),
        ("me duele la rodiya", [KNEE], set(), None),
        ("me duelen las espinillas cuando corro en asfalto", [SHIN], set(), None),
        (
            "me duele la pierna por detrás, debajo de la rodilla",
            [{"upper-calf", "popliteal-fossa"}],
            set(),
            None,
        ),
        ("me duele la batata de la pierna", [CALF], set(), None),
        ("me duele el tendón de aquiles al subir la cuesta", [{"achilles"}], set(), None),
        (
            "me duele el dedo gordo del pie derecho",
            [{"big-toe-top", "big-toe-plantar"}],
            set(),
            "right",
        ),
        ("me duele el talón por detrás", [{"heel-back"}], set(), None),
        (
            "me duele el cuello del pie",
            [{"foot-top-medial", "foot-top-lateral", "anterior-ankle"}],
            NECK,
            None,
        ),
        ("tengo un espolón en el talón", [HEEL], set(), None),
        (
            "me duele el cuello y el hombro derecho, y se me duermen los dedos",
            [NECK, SHOULDER, FINGERS],
            set(),
            None,
        ),
        (
            "tengo dolor en la espalda baja, la nalga y la parte de atrás del muslo derecho",
            [LUMBAR, BUTTOCK, HAMSTRING],
            set(),
            None,
        ),
        (
            "desde que trabajo de cajera me duele la muñeca derecha, el codo y el hombro",
            [WRIST, ELBOW, SHOULDER],
            set(),
            None,
        ),
        (
            "después de correr la maratón me duelen las pantorrillas, las rodillas y los pies",
            [CALF, KNEE, FOOT],
            set(),
            None,
        ),
        (
            "al manejar me duele el cuello, la espalda alta y el brazo izquierdo",
            [NECK, UPBACK, ARM],
            set(),
            None,
        ),
        (
            "me duele la cadera derecha y me baja por fuera del muslo hasta la rodilla",
            [HIP, {"lateral-thigh"}, KNEE],
            set(),
            "right",
        ),
        (
            "dolor en la mandíbula, la sien y el oído del lado izquierdo",
            [JAW, {"temple"}, {"ear-mastoid"}],
            set(),
            "left",
        ),
        ("me duele la espalda baja y la ingle derecha", [LUMBAR, {"groin"}], set(), None),
        (
            "me duele la nuca, los hombros y entre los omóplatos por el estrés",
            [NECK, SHOULDER, UPBACK],
            set(),
            None,
        ),
        (
            "me duele el tobillo, la espinilla y la rodilla de la pierna derecha",
            [ANKLE, SHIN, KNEE],
            set(),
            "right",
        ),
        (
            "tengo dolor desde la nalga hasta el talón por detrás de la pierna",
            [BUTTOCK, HEEL, {"posterior-thigh", "upper-calf"}],
            set(),
            None,
        ),
        (
            "me duelen las manos, las muñecas y los codos por la artritis",
            [HAND, WRIST, ELBOW],
            set(),
            None,
        ),
        (
            "tengo dolor en la espalda alta, en el pecho y en las costillas del lado derecho",
            [UPBACK, CHEST, {"lateral-chest", "posterior-ribs"}],
            set(),
            None,
        ),
        ("el dolor empieza en la nalga y me baja hasta el pie", [BUTTOCK, FOOT], set(), None),
        ("me duele la espalda y se me irradia hacia el pecho", [BACK, CHEST], set(), None),
        (
            "el ciático me agarra desde la nalga hasta la pantorrilla izquierda",
            [BUTTOCK, CALF],
            set(),
            None,
        ),
        (
            "me duele la espalda baja y me baja por detrás de la pierna hasta la rodilla",
            [LUMBAR, {"posterior-thigh"}, KNEE],
            set(),
            None,
        ),
        ("me pica y me quema la espalda baja", [LUMBAR], set(), None),
        ("un dolor profundo en el hueso de la espinilla", [SHIN], set(), None),
        ("me duele la rodilla cuando estoy de pie mucho rato", [KNEE], FOOT, None),
        ("me duele el cuello al mirar hacia arriba", [NECK], {"vertex"}, None),
        (
            "me duele la pierna derecha al manejar con el pie en el acelerador",
            [LEG],
            {"instep", "foot-top-medial"},
            None,
        ),
        ("me duele la rodilla al arrodillarme para rezar", [KNEE], set(), None),
        (
            "me duele el cuello de estar con la cabeza agachada mirando el celular",
            [NECK],
            HEAD,
            None,
        ),
        (
            "trabajo de pie en una fábrica y me duelen los talones",
            [HEEL],
            {"instep", "foot-top-medial"},
            None,
        ),
        ("me duele el brazo con el que uso el ratón", [ARM], set(), None),
        ("me duele el talón del pie derecho", [HEEL], {"instep", "foot-top-medial"}, "right"),
        ("me duele la cadera izq", [HIP], set(), "left"),
        ("en el lado izquierdo de la espalda me duele", [BACK], set(), "left"),
        ("che, me duele re mucho la espalda baja", [LUMBAR], set(), None),
        ("ando con un dolor de cadera que no me deja caminar", [HIP], set(), None),
        ("me duele un chingo la espalda", [BACK], set(), None),
        (
            "me duele la cintura izquierda",
            [{"upper-lumbar", "lower-lumbar", "loin", "flank"}],
            set(),
            "left",
        ),
        ("me duele el cachete", [{"cheek"}], set(), None),
        ("me duele la cuerina del talón", [HEEL], set(), None),
        (
            (
                "Hace tres semanas me caí de la escalera y desde entonces me duele la muñeca "
                "izquierda, el codo del mismo lado y un poco el hombro"
            ),
            [WRIST, ELBOW, SHOULDER],
            set(),
            "left",
        ),
        (
            (
                "Tengo 45 años, trabajo sentada todo el día y me duele la espalda baja, la nalga "
                "derecha y a veces la pierna hasta el tobillo"
            ),
            [LUMBAR, BUTTOCK, ANKLE],
            set(),
            None,
        ),
        (
            "al despertar tengo el cuello rígido y me duele la cabeza por detrás",
            [NECK, {"occiput"}],
            set(),
            None,
        ),
        ("al subir la cuesta en bici me duele la rodilla por delante", [{"patella"}], set(), None),
        ("me duelen las muñecas de cargar al bebé", [WRIST], set(), None),
        (
            (
                "soy camionero, paso 10 horas manejando y me duele el cuello, la espalda baja y "
                "la pierna derecha hasta la rodilla"
            ),
            [NECK, LUMBAR, LEG, KNEE],
            set(),
            None,
        ),
        (
            "con el teletrabajo me duelen las cervicales, los trapecios y entre las paletillas",
            [NECK, {"upper-trapezius-ridge"}, UPBACK],
            set(),
            None,
        ),
        (
            (
                "tengo dolor en el glúteo izquierdo que se me va por detrás del muslo y a veces "
                "hasta la planta del pie"
            ),
            [BUTTOCK, HAMSTRING, {"instep", "heel-plantar", "ball-medial"}],
            set(),
            "left",
        ),
        (
            "me duele la mandíbula por la mañana porque aprieto los dientes al dormir",
            [JAW],
            set(),
            None,
        ),
        (
            "me duele la pierna izquierda desde la cadera hasta la rodilla por la parte de afuera",
            [HIP, {"lateral-thigh"}, KNEE],
            set(),
            "left",
        ),
        ("me duele la espalda baja cuando paso la aspiradora", [LUMBAR], set(), None),
        (
            "me duele la rodilla por fuera cuando bajo la montaña corriendo",
            [{"lateral-knee"}],
            set(),
            None,
        ),
        ("me duele abajo del ombligo", [{"lower-abdomen", "suprapubic"}], {"epigastrium"}, None),
        ("me duele el costado del pie", [{"lateral-sole", "foot-top-lateral"}], set(), None),
        ("me duele la planta del pie derecho, en el centro", [{"instep"}], set(), "right"),
        (
            "me duelen los juanetes",
            [{"ball-medial", "foot-top-medial", "big-toe-top"}],
            set(),
            None,
        ),
        ("he oído que el calor es bueno, me duele la espalda", [BACK], {"ear-mastoid"}, None),
        ("cuando miro al frente me duele el cuello", [NECK], {"forehead"}, None),
        ("me duele el codo al hacer curl de bíceps", [ELBOW], {"anterior-upper-arm"}, None),
        (
            "me duele el hombro al levantar cajas por encima de la cabeza",
            [SHOULDER],
            {"vertex"},
            None,
        ),
        ("mi perro tiene la pata mal y yo la espalda", [BACK], set(), None),
        (
            "me duele la espalda media al hacer remo en el gimnasio",
            [{"mid-thoracic", "lower-thoracic"}],
            set(),
            None,
        ),
        ("dolor de hombro izquierdo q no se me quita", [SHOULDER], set(), "left"),
        ("dolor de pies al final del dia", [FOOT], set(), None),
        ("me duele el cuello y la cabeza todos los dias q trabajo", [NECK, HEAD], set(), None),
        (
            "me duelen las dos piernas desde las rodillas para abajo",
            [KNEE, {"upper-calf", "upper-shin", "lower-calf", "lower-shin", "upper-lateral-leg"}],
            set(),
            None,
        ),
        (
            "me duele el deltoides derecho",
            [{"lateral-upper-arm", "anterior-shoulder", "posterior-shoulder"}],
            set(),
            "right",
        ),
        (
            "me duele el tibial anterior al correr",
            [{"upper-shin", "lower-shin", "upper-lateral-leg"}],
            set(),
            None,
        ),
        ("me duele el párpado del ojo derecho", [{"eye"}], set(), "right"),
        (
            (
                "soy cocinera, estoy todo el día parada y me duelen los talones, las pantorrillas"
                " y la parte baja de la espalda"
            ),
            [HEEL, CALF, LUMBAR],
            set(),
            None,
        ),
        (
            (
                "me duele la cadera derecha, la ingle y la rodilla del mismo lado desde que "
                "empecé a correr"
            ),
            [HIP, {"groin"}, KNEE],
            set(),
            None,
        ),
        (
            "tengo un dolor en la nalga que me baja por la pierna y se me duerme el pie",
            [BUTTOCK, LEG, FOOT],
            set(),
            None,
        ),
        (
            "jugando al básquet caí mal y me duele el tobillo izquierdo por fuera",
            [{"lateral-ankle"}],
            {"medial-ankle"},
            "left",
        ),
        (
            "desde el embarazo me duele la rabadilla y la parte baja de la espalda",
            [{"coccyx"}, LUMBAR],
            set(),
            None,
        ),
        (
            "me duele el hombro izquierdo, me irradia al cuello y a la mandíbula",
            [SHOULDER, NECK, JAW],
            set(),
            None,
        ),
        ("me duele la espalda cuando me lavo los dientes", [BACK], {"upper-teeth", "chin"}, None),
        ("me duele la cadera al subir al caballo", [HIP], set(), None),
        ("me duele el hueso del pecho", [{"sternum"}], set(), None),
        (
            "me duele la parte de afuera de la pierna",
            [{"lateral-thigh", "upper-lateral-leg", "lower-lateral-leg"}],
            set(),
            None,
        ),
        (
            "tengo un dolor en el pecho que me atraviesa hasta la espalda",
            [CHEST, BACK],
            set(),
            None,
        ),
        ("me duele la zona del coxis", [{"coccyx"}], set(), None),
        ("me duele el tendón de la corva", [{"popliteal-fossa"}], set(), None),
        ("me duele el oído cuando mastico", [{"ear-mastoid"}], set(), None),
        # ordinary words a letter away from a place word, and two parts joined by "y"
        ("comí jamón serrano y me duele la barriga", [ABDOMEN], {"lateral-chest"}, None),
        ("cuando estoy parado me duele la rodilla", [KNEE], {"eye"}, None),
        ("se me caen las lágrimas del dolor de rodilla", [KNEE], {"eye"}, None),
        ("me pongo calor húmedo en la espalda", [BACK], ARM, None),
        ("me pongo cubitos de hielo en la rodilla", [KNEE], FOREARM, None),
        ("le doy un potito al bebé y me duele la muñeca", [WRIST], BUTTOCK, None),
        ("cuando me paro de la silla me duele la cadera", [HIP], set(), None),
        (
            "me duele el índice de la mano izquierda",
            [{"palmar-fingers-radial", "dorsal-fingers-radial"}],
            set(),
            "left",
        ),
        ("me duele arribita de la rodilla", [{"patella", "lower-anterior-thigh"}], set(), None),
        ("camino en puntas de pie y me duele el talón", [HEEL], TOES, None),
        ("me duele la muñeca y la mano", [WRIST, HAND], set(), None),
        ("me duele el tobillo y el pie", [ANKLE, FOOT], set(), None),
        ("me duele la rodilla y la pierna", [KNEE, LEG], set(), None),
        ("me duele la espalda y arriba del hombro", [BACK, {"upper-trapezius-ridge"}], set(), None),
    ],
)
def test_spanish_places_are_read(
    kb: KnowledgeBase, text: str, read: list[set[str]], not_read: set[str], side: str | None
) -> None:
    _, kinds, said = _read(kb, text)
    for place in read:
        assert kinds & place, (text, sorted(place), sorted(kinds))
    assert not kinds & not_read, (text, sorted(kinds & not_read))
    assert side is None or said == side, (text, said)


# A place said with its side is read on that side only.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "me duele el anca derecha",
            [
                (
                    "right",
                    {
                        "lateral-hip",
                        "anterior-hip",
                        "lateral-buttock",
                        "mid-buttock",
                        "upper-outer-buttock",
                    },
                )
            ],
        ),
        ("me duele la fosa ilíaca derecha", [("right", {"lower-abdomen"})]),
        ("neuroma de Morton en el pie izquierdo", [("left", {"ball-lateral", "ball-medial"})]),
        (
            "tengo lumbociática izquierda",
            [("left", LUMBAR), ("left", {"mid-buttock", "posterior-thigh"})],
        ),
        ("cervicobraquialgia derecha", [("right", NECK), ("right", ARM)]),
        (
            "me duele el dedo gordo de la mano derecha",
            [("right", {"thenar", "palmar-fingers-radial", "dorsal-fingers-radial"})],
        ),
        ("me duele un dedo del pie izquierdo", [("left", TOES)]),
        ("tengo otalgia derecha", [("right", {"ear-mastoid"})]),
        ("me late la sien derecha desde que me levanto", [("right", {"temple"})]),
        ("me duelen las muelas de abajo del lado izquierdo", [("left", {"chin"})]),
        (
            "dolor en el lado izquierdo del cuello que baja al hombro",
            [("left", {"anterolateral-neck", "posterolateral-neck"}), ("left", SHOULDER)],
        ),
        ("siento una contractura en el trapecio derecho", [("right", {"upper-trapezius-ridge"})]),
        ("tengo el cuello contracturado del lado derecho", [("right", NECK)]),
        ("me duele el bíceps derecho al cargar cosas", [("right", {"anterior-upper-arm"})]),
        ("se me duermen los dedos de la mano derecha por la noche", [("right", FINGERS)]),
        ("se me hincha la muñeca izquierda y me duele", [("left", WRIST)]),
        ("me duele el pecho del lado izquierdo", [("left", CHEST)]),
        ("me duele la panza abajo a la izquierda", [("left", {"lower-abdomen"})]),
        ("me duele la ingle derecha al patear el balón", [("right", {"groin"})]),
        (
            "me duele entre el omóplato y la columna del lado derecho",
            [("right", {"interscapular"})],
        ),
        ("me duele la parte baja de la espalda del lado izquierdo", [("left", LUMBAR)]),
        (
            "dolor en la espalda baja que baja por la pierna izquierda hasta el pie",
            [("left", LEG), ("left", FOOT)],
        ),
        ("me duele la rodilla derecha al bajar escaleras", [("right", KNEE)]),
        ("me duele el dedo gordo del pie derecho", [("right", {"big-toe-top", "big-toe-plantar"})]),
        (
            "me duele el cuello y el hombro derecho, y se me duermen los dedos",
            [("right", SHOULDER)],
        ),
        (
            "desde que trabajo de cajera me duele la muñeca derecha, el codo y el hombro",
            [("right", WRIST)],
        ),
        ("al manejar me duele el cuello, la espalda alta y el brazo izquierdo", [("left", ARM)]),
        (
            "me duele la cadera derecha y me baja por fuera del muslo hasta la rodilla",
            [("right", HIP), ("right", {"lateral-thigh"}), ("right", KNEE)],
        ),
        (
            "dolor en la mandíbula, la sien y el oído del lado izquierdo",
            [("left", JAW), ("left", {"temple"}), ("left", {"ear-mastoid"})],
        ),
        ("me duele la espalda baja y la ingle derecha", [("right", {"groin"})]),
        (
            "me duele el tobillo, la espinilla y la rodilla de la pierna derecha",
            [("right", ANKLE), ("right", SHIN), ("right", KNEE)],
        ),
        (
            "tengo dolor en la espalda alta, en el pecho y en las costillas del lado derecho",
            [("right", {"lateral-chest", "posterior-ribs"})],
        ),
        (
            "el ciático me agarra desde la nalga hasta la pantorrilla izquierda",
            [("left", BUTTOCK), ("left", CALF)],
        ),
        ("me duele la pierna derecha al manejar con el pie en el acelerador", [("right", LEG)]),
        ("me duele el talón del pie derecho", [("right", HEEL)]),
        ("me duele la cadera izq", [("left", HIP)]),
        ("en el lado izquierdo de la espalda me duele", [("left", BACK)]),
        (
            "me duele la cintura izquierda",
            [("left", {"upper-lumbar", "lower-lumbar", "loin", "flank"})],
        ),
        (
            (
                "Hace tres semanas me caí de la escalera y desde entonces me duele la muñeca "
                "izquierda, el codo del mismo lado y un poco el hombro"
            ),
            [("left", WRIST), ("left", ELBOW), ("left", SHOULDER)],
        ),
        (
            (
                "Tengo 45 años, trabajo sentada todo el día y me duele la espalda baja, la nalga "
                "derecha y a veces la pierna hasta el tobillo"
            ),
            [("right", BUTTOCK)],
        ),
        (
            (
                "soy camionero, paso 10 horas manejando y me duele el cuello, la espalda baja y "
                "la pierna derecha hasta la rodilla"
            ),
            [("right", LEG)],
        ),
        (
            (
                "tengo dolor en el glúteo izquierdo que se me va por detrás del muslo y a veces "
                "hasta la planta del pie"
            ),
            [
                ("left", BUTTOCK),
                ("left", HAMSTRING),
                ("left", {"instep", "heel-plantar", "ball-medial"}),
            ],
        ),
        (
            "me duele la pierna izquierda desde la cadera hasta la rodilla por la parte de afuera",
            [("left", HIP), ("left", {"lateral-thigh"}), ("left", KNEE)],
        ),
        ("me duele la planta del pie derecho, en el centro", [("right", {"instep"})]),
        ("dolor de hombro izquierdo q no se me quita", [("left", SHOULDER)]),
        (
            "me duele el deltoides derecho",
            [("right", {"lateral-upper-arm", "anterior-shoulder", "posterior-shoulder"})],
        ),
        ("me duele el párpado del ojo derecho", [("right", {"eye"})]),
        (
            (
                "me duele la cadera derecha, la ingle y la rodilla del mismo lado desde que "
                "empecé a correr"
            ),
            [("right", HIP)],
        ),
        (
            "jugando al básquet caí mal y me duele el tobillo izquierdo por fuera",
            [("left", {"lateral-ankle"})],
        ),
        (
            "me duele el hombro izquierdo, me irradia al cuello y a la mandíbula",
            [("left", SHOULDER)],
        ),
        (
            "me duele el índice de la mano izquierda",
            [("left", {"palmar-fingers-radial", "dorsal-fingers-radial"})],
        ),
    ],
)
def test_each_place_takes_its_own_side(
    kb: KnowledgeBase, text: str, places: list[tuple[str, set[str]]]
) -> None:
    zones, _, _ = _read(kb, text)
    for side, place in places:
        other = "left" if side == "right" else "right"
        assert any(f"{side}-{k}" in zones for k in place), (text, side, sorted(zones))
        assert not any(f"{other}-{k}" in zones for k in place), (text, side, sorted(zones))

"""Things named after a part are no place: exercises, gear, clothes, food and idioms ("leg
day", "calf raises", "knee pads", "neck pillow", "hip belt", "arm wrestling", "hand brake", "face
mask", "belly dancing", "tummy time", "head office", "knee-deep", "a dental crown", "apple pie",
"día de pierna", "cuello de la camisa"). "Hip flexor stretch" is a stretch; "heel pad" and
"finger pads" are places, so pads only guard joints. One of the circumstances the reader removes
before it looks for places (finder/circumstances.py).
"""

from __future__ import annotations

from tpatlas.finder.sayings import ART_ES, PART_ES

_GYM_PART = (
    r"(?:arms?|legs?|calf|calves|chest|back|shoulders?|neck|hips?|knees?|elbows?|wrists?|ankles?|"
    r"hands?|foot|feet|heels?|toes?|head|face|eyes?|ears?|thumbs?|fingers?|shins?|biceps?|"
    r"triceps?|quads?|hamstrings?|glutes?|abs?|core|pecs?|lats?|traps?|belly|tummy|stomach|"
    r"thighs?|waist|bum|palm|arch(?:es)?)"
)
THINGS = (
    rf"\b{_GYM_PART}(?:\s+(?:flexor|abductor|adductor|extensor)s?)?[\s-]+(?:days?|press(?:es)?|"
    r"raises?|curls?|extensions?|dips|swings?|circles|bridges?|thrusts?|shrugs?|crunch(?:es)?|"
    r"fl(?:y|ys|yes|ies)|pulldowns?|squats?|stretch(?:es)?|drops|rolls|workouts?|routines?|"
    r"exercises?|machines?|wrestl\w*|pillows?|rests?|warmers?|straps?|belts?|bags?|"
    r"packs?|supports?|boots|socks|weights|room|grease|mask|luggage|brake|mixer|cream|towels?|"
    r"wash|gel|tools?|drill|dryer|saniti[sz]er|chair|band|pedals?|pumps?|stools?|sized?|"
    r"widths?)\b|\bquads?\s+bikes?\b"
    r"|\b(?:knee|ankle|waist|thigh|hip|chest|neck|shoulder|elbow)-(?:deep|high|length)\b"
    r"|\b(?:knee|ankle|waist|chest)\s+deep\s+in\b|\b(?:knee|thigh)\s+high\s+(?:socks|boots)\b"
    r"|\b(?:stomach|tummy|belly|chest|head)[\s-]+(?:bugs?|flu|virus)\b|\bchest[\s-]+freezers?\b"
    r"|\bhip[\s-]+(?:hop|flask)\b|\bbelly[\s-]+(?:danc\w*|flop|laugh)\b|\btummy[\s-]+time\b"
    r"|\bthumb[\s-]+(?:drive|tack)s?\b|\btraps?\s+bar\b|\bpecs?\s+deck\b"
    r"|\b(?:biceps?|triceps?|core|abs?|glutes?|quads?|hamstrings?|legs?|arms?|calf|calves)[\s-]+"
    r"(?:work|sessions?)\b"
    r"|\b(?:knee|elbow|shin|shoulder|wrist|hip)[\s-]+(?:pads?|guards?)\b"
    r"|\bhead[\s-]+(?:office|teacher|master|mistress|coach|chef|nurse|start|torch|lamp|phones|"
    r"set|lice|board)\b|\bhead\s+of\s+(?:department|school|year|house|sales|security)\b"
    r"|\bshower[\s-]+head\b|\bpalm\s+(?:trees?|oil|reading|reader|sunday)\b"
    r"|\bear[\s-]+(?:plugs?|buds?|pods?|phones|muffs|defenders)\b"
    r"|\beye[\s-]+(?:level|contact|opener|test|exam|chart|drops|mask)\b"
    r"|\b(?:v|crew|polo|turtle|scoop|cowl|round|boat)[\s-]+neck(?:ed)?\b"
    r"|\bchests?\s+of\s+drawers\b"
    r"|\bsole\s+(?:reason|purpose|cause|parent|trader|owner|carer|provider|breadwinner|"
    r"survivor|custody|responsibility|aim|focus)\b"
    # a dental crown, a calf on the farm, a pie to eat: not the crown of the head, the calf or
    # "pie" (Spanish for foot)
    r"|\bcrowns?\s+(?:fitted|put\s+on|on\s+(?:my|a|the)\s+(?:\w+\s+)?(?:tooth|teeth|molars?)|"
    r"replaced|came\s+off|fell\s+off|fell\s+out)\b|\b(?:dental|porcelain|temporary)\s+crowns?\b"
    r"|\b(?:lift|carr|feed|deliver|catch|drag|wrestl|milk|rear|pull|tag|drench|handl)\w*\s+"
    r"(?:(?:a|the|some|new|newborn|young|our|their|\d+)\s+)*(?:calf|calves)\b|\bits\s+(?:first\s+|"
    r"new\s+)?calf\b|\bcalving\b"
    r"|\b(?:apple|meat|pork|cherry|pumpkin|mince|steak|chicken|cottage|pecan|lime|lemon|fish|"
    r"pot|custard|cream|mud)\s+pies?\b|\b(?:slice|piece|bit)\s+of\s+pie\b|\b(?:ate|eat|eating|"
    r"eats)\s+(?:some\s+|a\s+|the\s+)?pie\b|\bpie\s+de\s+(?:limon|manzana|queso|calabaza|nuez)\b"
    # the same in Spanish: "día de pierna", "prensa de piernas", "curl de bíceps", "almohada
    # cervical", "freno de mano", "bolsillo trasero", "cuello de la camisa", "nadar de espalda"
    r"|\b(?:dia|prensa|curl|press|elevacion(?:es)?|extension(?:es)?|fondos|jalon|puente|maquina|"
    r"rutina|entrenamiento|entreno|remo|aperturas|sentadillas?)\s+(?:de|al|a|para)\s+"
    rf"(?:{ART_ES}\s+)?(?:{PART_ES}|gluteos?|biceps|triceps|cuadriceps|femoral(?:es)?|"
    r"abductores|aductores|abdominales|isquios?)\b"
    r"|\b(?:hac\w*|hice|hizo|series\s+de|rutina\s+de|en|con|al\s+hacer)\s+(?:\w+\s+)?"
    r"abdominales\b"
    r"|\b(?:nadar|nado|nadando|estilo)\s+(?:de\s+|a\s+)?espalda\b"
    r"|\b(?:almohad|cojin|collarin)\w*\s+(?:(?:de|para)\s+(?:el\s+|la\s+|las\s+|los\s+)?"
    r"(?:cuello|cabeza|espalda|rodillas|lumbares|cervicales|piernas)|cervical(?:es)?)\b"
    r"|\b(?:freno|equipaje|bolso|bolsa|maleta|toalla|crema|jabon|gel|sierra|taladro|reloj|"
    rf"carrito)s?\s+de\s+(?:{ART_ES}\s+)?(?:manos?|pies|cara|ojos)\b"
    r"|\bmanos?\s+de\s+(?:obra|pintura|barniz|cal|laca|santo|hierro)\b"
    r"|\b(?:bolsillos?|asientos?|puertas?|ruedas?|luz|luces|jardin|patio|filas?|bancos?)\s+"
    r"traser[oa]s?\b"
    r"|\bcuellos?\s+(?:de\s+(?:la\s+|mi\s+|una\s+|el\s+)?(?:camisa|camiseta|jersey|sueter|blusa|"
    r"abrigo|chaqueta|polo|vestido|botella|pico|tortuga|cisne)|alto|vuelto|redondo|en\s+v)\b"
    r"|\b(?:dar|doy|da|das|dando|di|dio|daba|dado)\s+(?:el\s+)?pecho\b"
    # twins and pillars: "nacieron mis gemelos", "una columna del garaje"
    r"|\ba\s+(?:mis|los|sus|tus|unos)\s+gemel[oa]s\b|\b(?:herman[oa]s?|hij[oa]s|bebes|nin[oa]s|"
    r"nacieron|nacio|naceran|embarazad[oa])\s+(?:\w+\s+)?gemel[oa]s?\b"
    r"|\b(?:con|contra)\s+(?:una|la|esa)\s+columna\b(?!\s+(?:vertebral|lumbar|cervical|dorsal))"
    r"|\bcolumnas?\s+(?:del|de\s+la)\s+(?:garaje|parking|aparcamiento|salon|casa|edificio|puente|"
    r"periodico|revista|portal|cocina|sotano)\b"
)

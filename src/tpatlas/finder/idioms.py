"""Idioms and words that are also places: never where it hurts, even said alone.

Idioms ("a pain in the neck", "it's been a real headache", "me trae de cabeza", "no doy pie con
bola"), landmarks of something else ("the foot of the bed", "al pie de la escalera") and words
that are a place only by their spelling ("chicken breast", "agua tibia", "una espinilla en la
nariz", "la canilla de la cocina", "le compré una muñeca a mi hija"). Words about pain in a part
stay places: "I have a pain in my neck", "tengo dolor de cabeza". The reader removes these before
it looks for places, and unlike a movement ("when I lift my knee") does not read them when
nothing else is named (finder/words.py).
"""

from __future__ import annotations

import re

# Idioms: "a pain in the neck", "keep an eye on", "on the other hand", "lend a hand", "cost an
# arm and a leg", "off the top of my head", "up to my neck in work", "fingers crossed", "as I
# head home", "the last leg of the trip", "a few feet away", "shoulder to shoulder".
IDIOMS = (
    r"(?<!there\s)\b(?:is|are|was|were|be|been|being|it's|that's|what's|he's|she's|they're|you're|"
    r"what|such)\s+(?:(?:a|an|such|real|right|royal|total|bit|of|proper|huge|big|little|complete|"
    r"absolute)\s+){0,4}pain\s+in\s+(?:the|my|your|his|her)\s+(?:neck|backside|butt|bum|arse|ass|"
    r"rear|behind)\b"
    r"|\b(?:keep|keeps|keeping|kept|have|has|had|got|with)\s+(?:an|my|one|half\s+an|a\s+close|"
    r"a\s+careful)\s+eyes?\s+(?:on|out)\b"
    r"|\b(?:blink|wink)\s+of\s+an\s+eye\b|\b(?:naked|blind|mind's)\s+eye\b|\bbird'?s[\s-]+eye\b"
    r"|\bon\s+(?:the\s+)?(?:other|one)\s+hand\b|\b(?:second|first|old|farm|deck|stage|upper|"
    r"helping)[\s-]+hand(?:ed)?\b|\bby\s+hand\b|\bhands[\s-]+(?:down|free)\b|\bout\s+of\s+hand\b"
    r"|\b(?:my\s+)?hands\s+(?:are\s+)?full\b|\b(?:close\s+)?at\s+hand\b"
    r"|\b(?:lend\w*|lent|giv\w*|gave)\s+(?:(?:me|us|him|her|them|you|someone)\s+)?a\s+"
    r"(?:helping\s+)?hand\b"
    r"|\ban\s+arm\s+and\s+a\s+leg\b|\bup\s+in\s+arms\b|\barm'?s[\s-]+length\b"
    r"|\bbreak\s+a\s+leg\b|\bon\s+(?:its|their|my|his|her|it's)\s+last\s+legs\b|\bsea\s+legs\b"
    r"|\b(?:first|second|third|fourth|last|final|next|opening|return|outbound)\s+legs?\s+of\b"
    r"|\boff\s+the\s+top\s+of\s+(?:my|your|his|her)\s+head\b"
    r"|\bup\s+to\s+(?:my|our|their|his|her|your)\s+(?:neck|eyes|eyeballs|ears|elbows|armpits|"
    r"knees)\s+in\b"
    r"|\bfingers?\s+crossed\b|\brule\s+of\s+thumb\b|\bthumbs?[\s-]+up\b|\bgreen\s+thumbs?\b"
    r"|\bunder\s+(?:my|his|her|the|their)\s+thumb\b|\ball\s+thumbs\b"
    r"|\b(?:i|we|you|they|i'll|we'll|i'd|to|then)\s+head(?:ed)?\s+(?:home|out|off|back|down|over|"
    r"into|to|for|straight|up\s+to|towards?)\b"
    r"|\b(?:find\w*|run|rushed)\s+(?:off\s+)?(?:my|your|his|her|our|their)\s+feet\b"
    r"|\bcold\s+feet\b|\bfoot\s+in\s+the\s+door\b"
    r"|\bfoot\s+the\s+bill\b|\bwrong\s+foot\b|\bon\s+the\s+back\s+foot\b"
    r"|(?<!my\s)\b(?:\d+|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|thirty|forty|fifty|hundred|a\s+hundred|a\s+couple\s+of|a\s+thousand)\s+"
    r"(?:feet|foot)\b"
    r"|\bbutterflies\s+in\s+(?:my|the)\s+(?:stomach|tummy|belly)\b|\bempty\s+(?:stomach|tummy)\b"
    r"|\b(?:can't|cannot|cant|couldn't|couldnt|can\s+not|could\s+not)\s+stomach\b"
    r"|\bsweet\s+tooth\b"
    r"|\bshoulder\s+to\s+cry\s+on\b"
    # a part said twice: "shoulder to shoulder", "hand in hand", "face to face", "codo con
    # codo"; "from shoulder to shoulder" is a place
    r"|(?<!from\s)\b(?P<twice>shoulder|hand|arm|face|eye|toe|neck|back|cheek|head|side|knee|"
    r"elbow|hip|mano|codo|hombro|cara|brazo|espalda)s?[\s-]+(?:to|in|and|by|a|con)[\s-]+"
    r"(?P=twice)s?\b(?![\s-]*(?:blades?|caps?|flexors?|pits?|creases?|muscles?|bones?|joints?|"
    r"sockets?|nails?))"
    # a bother, not a pain in the head: "it's been a real headache finding parking", "what a
    # headache this has been"; "a real headache behind my eyes" is a place
    r"|\b(?:it's|it\s+is|it's\s+been|it\s+has\s+been|that's|that\s+is|this\s+is|has\s+been|"
    r"have\s+been|was|were|is|such)\s+(?:a|an)\s+(?:(?:real|total|right|royal|complete|absolute|"
    r"logistical|bureaucratic|administrative|bit\s+of\s+a)\s+)+headache\b(?!\s+(?:in|at|behind|"
    r"on|over|across|around|near|above|below|under|between|through|from|that|which|every|each)\b)"
    r"|\bheadache\s+(?:finding|getting|trying|sorting|dealing|organi[sz]ing|arranging|booking|"
    r"working\s+out|figuring|to\s+(?:organi[sz]e|sort|arrange|deal|fix|find|get|book|manage|"
    r"figure))\b|\bwhat\s+a\s+headache\s+(?:this|that|it)\b"
    r"|\b(?:a|such\s+a|what\s+a)\s+(?:(?:right|royal|proper|total|absolute|complete)\s+)+pain\s+"
    r"in\s+the\s+(?:neck|backside|butt|bum|arse|ass)\b"
    r"|\b(?:always|constantly|forever|been|get|got|stay|keeps?)\s+(?:on|off)\s+(?:my|your|his|her|"
    r"our|their)\s+backs?\b"
    r"|\bone\s+headache\s+after\s+another\b"
    r"|\bskin\s+of\s+(?:my|his|her|our|their|your)\s+teeth\b|\blong\s+in\s+the\s+tooth\b"
    r"|\bby\s+ear\b|\b(?:my|our|his|her|their|your)\s+hands\s+(?:are|were|have\s+been)\s+tied\b"
    r"|\b(?:get|got|getting|gets|take|took)\s+(?:[a-z]+\s+){0,2}?off\s+(?:my|your|his|her|our|"
    r"their)\s+chest\b"
    r"|\bdrag\w*\s+(?:my|your|his|her|our|their)\s+feet\s+(?:about|on|over|with|when)\b"
    r"|\b(?:keep\w*|kept)\s+(?:my|your|his|her|our|their)\s+chins?\s+up\b|\bhead\s+over\s+heels\b"
    r"|\ba\s+leg\s+to\s+stand\s+on\b|\b(?:stick\w*|stuck)\s+(?:my|your|his|her|our|their)\s+"
    r"necks?\s+out\b|\bchips?\s+on\s+(?:my|your|his|her|our|their|the)\s+shoulders?\b"
    # "shoulder" as a verb: "I have to shoulder all the housework"
    r"|\b(?:(?:have|had|has|having|need|needs|needed|try|trying|left|got|able)\s+to\s+shoulder|"
    r"shouldered|shouldering)\s+(?:the|all|a|an|most|more|much|this|that|every\w*|"
    r"responsibility|blame|burden|costs?|load|work)\b"
    r"|\b(?:a|the|quick|just\s+a|for\s+a)\s+heads[\s-]+up\b"
    r"|\b(?:get\w*|got|wrap\w*)\s+(?:my|your|his|her|our|their)\s+heads?\s+(?:a)?round\b"
    r"|\bknee[\s-]+jerk\b|\btongue[\s-]+in[\s-]+cheek\b|\bturn\w*\s+the\s+other\s+cheek\b"
    r"|\b(?:a|real)\s+(?:slap|kick)\s+in\s+the\s+(?:face|teeth)\b|\bin\s+the\s+face\s+of\b"
    r"|\bfac(?:e|ed|es|ing)\s+(?:the\s+)?(?:facts?|music|truth|reality|consequences|prospect)\b"
    r"|\bfingers?\s+on\s+the\s+pulse\b|\bfingers?\s+to\s+the\s+bone\b|\btwo\s+left\s+feet\b"
    r"|\bright[\s-]+hand\s+(?:man|men|woman|women|person)\b|\bback\s+to\s+square\s+one\b"
    r"|\bpat(?:s|ted|ting)?\s+(?:\w+\s+)?on\s+the\s+back\b"
    r"|\b(?:hard|cold)\s+shoulder\b|\bslap\s+on\s+the\s+wrist\b|\bjaw[\s-]+drop\w*\b"
)
IDIOMS_ES = (
    r"\b(?:dar|doy|da|dio|di|dan)\s+(?:(?:el|mi|su|tu)\s+)?brazo\s+a\s+torcer\b"
    r"|\bmir\w*\s+(?:\w+\s+)?por\s+encima\s+del\s+hombro\b"
    r"|\bindice\s+de\s+masa(?:\s+corporal)?\b"
    r"|\b(?:gir\w*|dobl\w*|volte\w*|tuerz\w*)\s+a\s+la\s+(?:izquierda|derecha)\b"
    r"|\b(?:(?:se|sabe|saber|sabia|aprend\w*)\s+(?:(?!dolor|dolores|molestias?)[a-z]+\s+){0,3}?|"
    r"(?:tir\w*|lanz\w*|cae|caer|cai|cayo|trae|traen|traes|tiene|tienen|tienes|lleva|llevan|ando|"
    r"anda|voy|vas|va|vamos|van)\s+)de\s+cabeza\b"
    r"|\b(?:cabe|caben|cabia|meter\w*|mete|meti\w*|perder|pierdo|perdi|quebr\w*)\s+(?:en\s+)?"
    r"la\s+cabeza\b|\bni\s+pies\s+ni\s+cabeza\b"
    r"|\b(?:ech\w*|dar|doy|da|dio|di|dame|dan|dieron)\s+(?:(?:me|te|le|nos|les)\s+)?una\s+mano\b"
    r"|\b(?:de\s+(?:primera|segunda)|a)\s+mano\b"
    r"|\b(?:dar|doy|dio|di|da|dan|darle|darme|dandole)\s+la\s+mano\b"
    r"|\b(?:ir|voy|va|van|vamos|llev\w*|camin\w*|cog\w*|agarr\w*|tom\w*)\s+de\s+la\s+mano\b"
    r"|\bun\s+ojo\s+de\s+la\s+cara\b|\bpeg\w*\s+(?:un\s+)?ojo\b"
    r"|(?:^|(?<=[!.;:?]))\s*[¡¿]?\s*ojo\s*(?:!|,|\s+con\b)"
    r"|\bech\w*\s+(?:le\s+|me\s+|te\s+)?un\s+(?:ojo|ojito)\b|\babrir\s+y\s+cerrar\s+de\s+ojos\b"
    r"|\b(?:he|has|ha|hemos|habeis|han|habia|habias|habiamos|habian|habra|habria|haber|hubiera|"
    r"habiendo)\s+oido\b"
    r"|\b(?:toc|aprend|cant)\w*\s+(?:(?!dolor|dolores|molestias?)[a-z]+\s+){0,3}?de\s+oido\b"
    r"|\b(?:a|en)\s+pie\b(?!\s+(?:derech|izquierd))|\bcon\s+(?:buen|mal)\s+pie\b"
    r"|\bpie\s+con\s+bola\b|\b(?:dar|da|dan|dio|doy|dara|daria)\s+pie\s+a\b"
    r"|\ba\s+pierna\s+suelta\b"
    r"|\bhasta\s+el\s+cuello\s+(?:de|en)\s+(?:trabajo|deudas|problemas|papeles|tareas|cosas|"
    r"faena|lios?|curro|examenes|deberes|gastos)\b"
    r"|\b(?:habl|charl)\w*\s+por\s+los\s+codos\b|\b(?:empin|hinc)\w*\s+(?:el|los)\s+codos?\b"
    r"|\b(?:llev|carg|tom|cog|sostien|sostener|sujet|aup)\w*\s+(?:a\s+)?(?:[a-z]+\s+){0,3}?en\s+"
    r"brazos\b"
    r"|\barrim\w*\s+el\s+hombro\b|\ba\s+pecho\b"
    # "este trámite es un dolor de cabeza", "un quebradero de cabeza"; "es un dolor de cabeza
    # muy fuerte" is a place
    r"|\bquebraderos?\s+de\s+cabeza\b|\b(?:es|son|era|fue|ha\s+sido|sera)\s+un\s+(?:verdader|"
    r"autentic)o\s+dolor\s+de\s+cabeza\b|\b(?:es|era|fue|resulta|resulto)\s+un\s+dolor\s+de\s+"
    r"cabeza\s+(?=(?:encontrar|conseguir|hacer|tratar|lidiar|aparcar|sacar|pedir|buscar|"
    r"organizar|gestionar|arreglar|llegar|tramitar|entender)\b)|\b(?:tramites?|papeleo|papeles|"
    r"burocracia|asunto|tema|proceso|seguro|mudanza|obras?|reforma|trafico|jefe|jefa|proyecto|"
    r"hacienda|banco)\s+(?:\w+\s+){0,2}?(?:es|son|era|eran|fue|ha\s+sido)\s+un\s+dolor\s+de\s+"
    r"cabeza\b"
    r"|\b(?:fue|va|iba|ido|fueron|van|irse)\s+de\s+las\s+manos\b|\bmanos\s+atadas\b"
    r"|\ba\s+espaldas\s+de\b|\b(?:(?:me|te|le|nos|os|les)\s+(?:dio|dieron|da|dan|daba|ha\s+dado|"
    r"han\s+dado)|dar|darle|darme|darte|dando)\s+la\s+espalda\b"
    r"|\b(?:pon|pus|pondr)\w*\s+la\s+mano\s+en\s+el\s+fuego\b|\bagua\s+al\s+cuello\b"
    r"|\bpies?\s+de\s+plomo\b|\b(?:cost|val|pag)\w*\s+un\s+rinon\b"
    r"|\b(?:tien\w*|tener|tengo|tuv\w*|con)\s+(?:mucha\s+|muy\s+)?(?:buena\s+mano|mano\s+"
    r"izquierda)\b|\b(?:es|era|ser|fue|soy|eres|sera|como)\s+(?:la|su|mi|tu)\s+mano\s+derecha\b"
    r"|\bsac\w*\s+(?:el\s+)?pecho\b|\bpies?\s+(?:en|sobre)\s+la\s+tierra\b"
    r"|\bcabeza\s+en\s+las\s+nubes\b|\bcon\s+el\s+rabillo\s+del\s+ojo\b"
    r"|\b(?:tien\w*|tener|tengo|estoy|esta|estan|estamos|estas|hart[oa]s?)\s+(?:\w+\s+)?hasta\s+"
    r"la\s+coronilla\b"
)
# Words that are a place by spelling only: food ("chicken breast", "leg of lamb", "muslo de
# pollo"), lukewarm ("agua tibia"), a pimple ("me salió una espinilla"), a tap ("la canilla de la
# cocina", in Argentina), a doll ("le compré una muñeca"), the bosom of a family ("en el seno de").
COLLISIONS = (
    r"\b(?:chicken|turkey|duck|lamb|pork|beef|veal|goose)\s+(?:breasts?|thighs?|legs?|wings?|"
    r"shoulders?|necks?|feet|cheeks?|shanks?|drumsticks?)\b|\b(?:legs?|shoulders?|necks?|breasts?|"
    r"racks?|saddles?)\s+of\s+(?:lamb|pork|beef|veal|mutton|chicken|turkey|ham|venison)\b"
    r"|\b(?:muslos?|contramuslos?|pechugas?|alas?|patas?|piernas?|costillas?|manos?|cabezas?|"
    r"lomo|cuello)\s+de\s+(?:pollo|pavo|cordero|cerdo|ternera|res|cochinillo|pato|conejo)\b"
    r"|\b(?:agua|aguas|compresas?|toallas?|panos|ducha|duchas|bano|banos|leche|bolsas?|infusion|"
    r"caldo|manzanilla)\s+(?:\w+\s+)?tibi[ao]s?\b"
    r"|\bespinillas?\s+(?:en|de)\s+(?:la\s+|mi\s+|el\s+|los\s+)?(?:nariz|cara|frente|barbilla|"
    r"menton|mejillas?|piel|poros?)\b|\b(?:sal\w*|revent\w*|exprim\w*)\s+(?:\w+\s+)?espinillas?\b"
    r"|\bcanillas?\s+(?:(?:de|del)\s+(?:la\s+|el\s+)?(?:cocina|bano|agua|lavabo|patio|pileta|"
    r"lavadero|jardin)|abierta|cerrada|gote\w*)\b|\b(?:abr\w*|cerr\w*|arregl\w*)\s+la\s+canilla\b"
    r"|\b(?:compr\w*|regal\w*)\s+(?:(?:le|les|me|te)\s+)?(?:una|unas|la|las|su|sus)\s+munecas?\b"
    r"|\bmunecas?\s+de\s+(?:trapo|porcelana|juguete|plastico|goma)\b|\bjug\w*\s+a\s+las\s+munecas\b"
    r"|\ben\s+el\s+seno\s+de\b"
)
# Landmarks of something else: "the foot of the bed", "the arm of the sofa", "the leg of the
# table", "the head of the table", "the sole of my shoe", "el pie de la cama", "al pie de la
# escalera", "mirar de frente". "The head of the femur" is a place: bones are not on the list.
LANDMARKS = (
    r"\b(?:foot|feet|head|arms?|legs?|back|neck|side|face|mouth|spine|soles?|heels?|toes?|"
    r"shoulder|brow)\s+of\s+(?:the|a|an|my|your|this|that|our|his|her|every|each)\s+(?:[a-z]+\s+)?"
    r"(?:beds?|stairs|staircase|steps|ladder|hill|mountain|cliff|page|table|sofa|couch|chairs?|"
    r"armchair|settee|desk|queue|class|classroom|room|bus|car|plane|train|cupboard|fridge|"
    r"garden|bottle|guitar|violin|department|family|company|team|school|river|drawer|house|truck|"
    r"van|ute|trip|journey|race|relay|tour|walk|hike|route|road|pack|group|field|books?|shoes?|"
    r"boots?|trainers?|sneakers?|runners|slippers?|sandals?|thongs|loaf|socks?|pool|driveway|"
    r"lane|street|hallway|corridor|bench|seat|track|court|pitch|woods|ward|unit|section|faculty|"
    r"household|clinic|practice)\b"
    r"|\b(?:pies?|cabeza|cabecera|brazos?|patas?|cuello|espalda|respaldo|cara|boca|ojo)\s+"
    r"(?:de|del)\s+(?:(?:la|el|los|las|mi|una|un)\s+)?(?:camas?|escaleras?|sofa|sillon|sillas?|"
    r"mesa|pagina|montana|cerro|colina|botella|guitarra|familia|fila|cola|clase|departamento|"
    r"garaje|coche|carro|autobus|camion|calle|playa|obra|pista|letra|foto|cerradura|buey|metro|"
    r"aguja)\b"
    r"|\bal\s+pie\s+de\b"
    r"|\b(?:al|hacer|hace|hago|hacerle|frente\s+a)\s+frente\b(?!\s+de\s+(?:la|mi)\s+cabeza)"
    r"|\b(?:camin|and|mir|choc|ir|voy|va|vien|corr|entr|golpe|pon|coloc|gir|sal)\w*\s+de\s+"
    r"frente\b"
)

# Every pattern starts a word, as in finder/circumstances.py.
NOT_PLACES = re.compile(
    r"(?<![a-z0-9'])(?:" + "|".join((IDIOMS, IDIOMS_ES, LANDMARKS, COLLISIONS)) + ")"
)

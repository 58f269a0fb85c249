"""What the words around a red-flag sign say of it (finder/red_flag_words.py): the clause that
takes a sign back (an injury years ago, weight lost on purpose, a relative's cancer, a fever that
has gone), words that deny a sign before or after naming it ("nada hinchado", "fiebre no tengo")
and pressing a sore spot that brings the chest pain on. Kept apart from the matching machinery
because it grows with every set of descriptions studied; words that only look like a sign are
in look_alikes.py, causes read over the whole text in told_anywhere.py, the plain causes of a
swollen, red, warm or cold limb in limb_causes.py.
"""

from __future__ import annotations

import re

from tpatlas.finder.limb_causes import AFTER_EXERCISE, BITE, BRUISE, DAY_SWELLING, RAYNAUD

# Words in the same clause that take a sign back: an injury or an operation long past is history
# ("I had a car accident last year, it's fine now", "me caí hace años"); weight lost on purpose is
# a diet ("lost 5 kg on purpose", "a propósito haciendo dieta"); someone else's cancer is family
# history ("mi tío tuvo cáncer"); a fever that has gone is over ("fever's gone").
_LONG_AGO = (
    r"\b(?:years|yrs|decades)\s+ago\b|\b(?:last|a)\s+year\b|\bas\s+a\s+(?:child|kid|teenager)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bhace\s+(?:muchos\s+|unos\s+|varios\s+|\d+\s+|un\s+par\s+de\s+|(?:dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)\s+)?anos\b"
    r"|\bhace\s+(?:dos|tres|cuatro|varias|unas)\s+temporadas\b|\bsoldo\s+bien\b|\bhealed\s+(?:fine|well)\b"
    r"|\bel\s+ano\s+pasado\b|\bde\s+(?:nino|nina|joven|pequen[oa])\b"
)
_ON_PURPOSE = (
    r"\bon\s+purpose\b|\bintentional(?:ly)?\b|\bdeliberately\b|\bdiet(?:ing)?\b|\bslimming\b"
    r"|\ba\s+proposito\b|\bdieta\b|\bqueria\s+(?:adelgazar|bajar)\b|\bregimen\b"
    # weight lost to training: "he bajado de peso porque he empezado a correr", "since I started
    # going to the gym"
    r"|\b(?:started|start|began|been)\s+(?:running|training|going\s+to\s+the\s+gym|exercising)\b"
    r"|\b(?:empezado|empece|comence|comenzado)\s+a\s+(?:correr|entrenar|ir\s+al\s+gimnasio|hacer\s+ejercicio)\b"
    r"|\bcomo\s+mejor\b|\beating\s+(?:better|healthier|less)\b"
    # "down 12 kilos from counting calories", "bajé 7 kilos contando calorías"
    r"|\b(?:counting|count|counted)\s+calories\b|\bcalorie\s+counting\b|\bcontando\s+calorias\b"
    r"|\b(?:intermittent\s+fasting|ayuno\s+intermitente|weight\s+watchers|slimming\s+world)\b"
    # "he adelgazado 5 kilos, pero porque dejé el pan y la cerveza", "because I cut out sugar"
    r"|\bporque\s+(?:deje|he\s+dejado|dejamos|quite|he\s+quitado|ya\s+no\s+(?:como|bebo|tomo))\b"
    r"|\bbecause\s+(?:i|he|she|we)\s+(?:cut\s+out|cut\s+down|gave\s+up|stopped\s+(?:eating|drinking)|quit)\b"
)
# a weight said to be steady, or not lost: "my weight hasn't budged", "hasn't lost weight" (the
# negation cue would have to stand before "lost", the first word heard)
_WEIGHT_STEADY = (
    r"\bweight\s+(?:hasn'?t|has\s+not|hasnt)\s+(?:budged|changed|moved|dropped|shifted)\b"
    r"|\bweight\s+(?:is\s+|has\s+been\s+|'s\s+)?(?:stable|steady|unchanged|the\s+same)\b"
    r"|\bpeso\s+(?:estable|igual|de\s+siempre)\b|\bmismo\s+peso\b"
)
_SOMEONE_ELSE = (
    r"\b(?:my|our|his|her|mi|mis|su|sus)\s+(?:mum|mom|mother|dad|father|brother|sister|uncle|aunt|"
    r"gran\w*|wife|husband|partner|friend|son|daughter|cousin|tio|tia|madre|padre|mama|papa|"
    r"hermano|hermana|abuel[oa]|abuelit[oa]|espos[oa]|marido|mujer|amig[oa]|hij[oa]|prim[oa]|"
    r"suegr[oa]|mami|papi|mamita|papito|viej[oa]|jefa)\b"
    r"|\b(?:grandad|granddad|grandpa|grandma|granny|nana|nan|uncle|auntie|aunt|abuelo|abuela)\b"
    r"|\b(?:mum|mom|mam|dad|mummy|mommy|daddy)\s+(?:had|has|was|is|died|passed)\b"
)
_FEVER_GONE = (
    r"\b(?:fever|temperature|temp)(?:'s|\s+has|\s+is|\s+was)?\s+(?:(?:all\s+|long\s+)?gone(?!\s+(?:up|over|"
    r"above|higher|to|through))|went\s+away|settled|broke|passed|cleared|back\s+to\s+normal)\b"
    r"|\bthat'?s\s+all\s+(?:gone|cleared)\b|\bse\s+(?:me\s+)?(?:fue|quito|paso)\s+la\s+fiebre\b"
    r"|\bfiebre\s+(?:ya\s+)?(?:se\s+(?:me\s+)?(?:fue|quito|paso)|desaparecio)\b"
    r"|\bfiebre\b[^.;]{0,60}(?:\bpero|\by|,)\s+ya\s+(?:se\s+(?:me\s+)?)?(?:paso|quito|fue)\b"
    r"|\bya\s+no\s+tengo\s+(?:fiebre|temperatura|calentura)\b|\bno\s+more\s+(?:fever|temperature)\b"
    r"|\b(?:fever|temperature)\b[^.;]{0,40},\s*(?:it\s+is|it'?s)\s+(?:finished|over|gone|past)\b"
    # "had a fever with covid back in march, long gone"
    r"|\b(?:fever|temperature|temp)\b[^.;]{0,60}(?:\bbut|,)\s+(?:it'?s\s+)?long\s+gone\b"
    # "had flu with a high temperature two weeks ago, all better now", "la fiebre la tuve hace
    # tres semanas con la gripe y ya nada"
    r"|\ball\s+better\b|\ball\s+gone\s+now\b|\bno\s+(?:fever|temperature)\s+since\b|\bla\s+tuve\s+hace\b"
    r"|\btuve\s+fiebre\s+hace\b|\by\s+ya\s+nada\b"
    # "felt a bit shivery last night but fine today"
    r"|\bbut\s+(?:fine|ok|okay|better|grand)\s+(?:today|now|this\s+morning)\b"
    # a normal reading: "me puse el termómetro y 36,5", "temp was 37.1", "98.6"
    r"|\b(?:termometro|temperatura|temp|temperature|thermometer)\b[^.;]{0,30}?"
    r"\b(?:3[56](?:[.,]\d+)?|37(?:[.,][0-4]\d*)?|9[5-8](?:[.,]\d+)?|99(?:[.,][0-4])?)\b(?![.,]\d)"
    r"|\bnormal\s+temperature\b|\btemperatura\s+normal\b|\btemp(?:erature)?\s+(?:was\s+|is\s+)?normal\b"
    # shivery the day after a jab: the vaccine's, which passes
    r"|\b(?:flu|covid|tetanus)\s+(?:jab|shot|vaccine|vaccination|booster)\b|\bvacuna\w*\b"
)
# "sin hacer dieta", "without dieting", "not on a diet" deny the diet: the loss is unexplained
NOT_ON_PURPOSE = re.compile(
    r"(?:\b(?:sin|without|not|no|never|ni|haven'?t|hasn'?t|hadn'?t|wasn'?t|isn'?t)|\bw/o)\s+"
    r"(?:(?:on|a|any|been|hacer|ningun\w*|trying|intentar\w*|estoy|estaba|estar|am|was|he|ha|"
    r"hecho|hice|hizo|una|seguido|done|doing|had|followed|ponerse|ponerme|ponerle)\s+)*"
    r"(?:dieta|diet\w*|regimen|purpose|proposito)\b"
    # "lost loads of weight without trying (he jokes it's his diet)"
    r"|\bwithout\s+(?:even\s+)?trying\b|\bsin\s+(?:querer|proponer\w*|buscarlo)\b"
    # "my diet hasn't changed", "same diet", "la misma dieta": nothing was done to lose it
    r"|\bdiet\s+(?:hasn'?t|has\s+not|didn'?t|did\s+not)\s+change\w*|\bsame\s+diet\b"
    r"|\bmisma\s+dieta\b|\bdieta\s+(?:normal|de\s+siempre)\b"
)
# "walking and stairs make no difference", "subiendo escaleras no siento nada en el pecho"
_NO_DIFFERENCE = (
    r"\bmakes?\s+no\s+difference\b|\bno\s+difference\b|\bdoesn'?t\s+(?:change|matter|affect)\b"
    r"|\bno\s+siento\s+nada\b|\bno\s+(?:me\s+)?(?:cambia|afecta)\b|\bme\s+da\s+igual\b"
    # done without trouble, unless the trouble-free thing is the contrast: "chest pain when I
    # walk uphill, no problem on the flat" is angina's pattern, not exertion denied
    r"|(?s:^(?!.*\b(?:on\s+the\s+flat|flat\s+ground|level\s+ground|en\s+(?:llano|plano)|at\s+rest|"
    r"en\s+reposo|resting|sentad[oa]|sitting)\b).*?"
    r"(?:\bsin\s+problemas?\b|\bwithout\s+(?:any\s+)?(?:problem|trouble)s?\b|\bno\s+problem\b))"
)
# dizziness with a plain cause of its own: "standing up too fast after a sauna", "me mareo en el
# barco y en el coche si leo"
_PLAIN_DIZZINESS = (
    r"\b(?:stand(?:ing)?|stood|getting|got|get)\s+up\s+(?:too\s+)?(?:fast|quickly)\b|\bfine\s+in\s+seconds\b"
    r"|\bpassed\s+straight\s+away\b"
    r"|\b(?:sea|car|motion|travel)\s*sick|\ben\s+el\s+barco\b|\bsi\s+leo\b"
    r"|\ben\s+la\s+lancha\b|\boleaje\b|\bon\s+the\s+(?:boat|ferry)\b"
    r"|\bde\s+siempre\b|\bal\s+levantarme\s+(?:muy\s+)?(?:rapido|deprisa|de\s+golpe)\b"
    r"|\b(?:si|cuando)\s+me\s+levanto\s+(?:muy\s+)?(?:rapido|deprisa|de\s+golpe)\b"
    # a figure of speech: "mareado de tanto papeleo", "dizzy with excitement ... haha"
    r"|\bmaread[oa]s?\s+de\s+tant[oa]s?\b|\bdizzy\s+with\s+(?:excitement|joy|happiness)\b"
    r"|\b(?:haha\w*|jaja\w*)\b"
    # a known, diagnosed positional vertigo
    r"|\bvertigo\s+posicional\b|\bpositional\s+vertigo\b|\bvppb\b|\bbppv\b"
    # light-headed on standing, once, passing in seconds; a hangover
    r"|\b(?:hangover|hungover|hung\s+over|resaca|bebi\s+de\s+mas|drank\s+too\s+much)\b"
)
# light-headed on standing up, once, passing in seconds: read in the whole sentence
ORTHOSTATIC = re.compile(
    r"\b(?:standing|stood|getting|got|jumped|jumping|sprang|leapt|shot)\s+up\b[^.;]{0,120}"
    r"\b(?:passed|went\s+away|only\s+happened|for\s+a\s+(?:few\s+)?(?:seconds?|moment))\b"
    r"|\b(?:al\s+ponerme|al\s+levantarme)\s+de\s+pie\b[^.;]{0,120}\b(?:se\s+(?:me\s+)?(?:paso|quito|fue))\b"
)
# A fever said gone may be said after a "but": "had a fever last week but it's gone now"
# (a decimal point is no full stop: "temp is 37.9")
SENTENCE_BREAK = re.compile(r"[;!?\n]|\.(?!\d)")
SENTENCE_WIDE = frozenset(
    {
        "fever",
        "leg_swelling",
        "leg_redness",
        "leg_warmth",
        "leg_clot_signs",
        "weight_loss",
        "cold_limb",
    }
)
# ("never had it come back" is the writer's own cancer: it stays a sign)
FAMILY_HISTORY = re.compile(
    r"\bruns\s+in\s+(?:my|the|our)\s+family\b|\bfamily\s+history\b"
    r"|\bbut\s+i\s+never\s+have\b|\bi'?ve\s+never\s+had\s+(?:cancer|it\s+myself)\b"
    r"|\bnever\s+had\s+it\s+(?:myself|me)\b|\b(?:i'?ve|i\s+have)\s+never\s+had\s+it\b(?!\s+(?:come|came|return|back|spread))"
    r"|\bantecedentes\s+familiares\b|\bnunca\s+lo\s+he\s+tenido\s+yo\b|\byo\s+nunca\s+lo\s+he\s+tenido\b"
    r"|\bviene\s+de\s+familia\b|\byo\s+(?:nunca\s+he|no\s+he)\s+tenido\s+nada\b"
    # "su madre tuvo cáncer de mama, pero ella nunca ha tenido nada"
    r"|\b(?:ella|el)\s+(?:nunca\s+ha|no\s+ha)\s+tenido\s+nada\b"
    r"|\b(?:she|he)\s+(?:has\s+|'s\s+)?never\s+had\s+(?:it|cancer|anything)\b"
)
ME_TOO = re.compile(
    r"\bi\s+(?:have|had)\s+it\s+too\b|\bi\s+also\s+(?:have|had)\b|\byo\s+tambien\b"
    r"|\bme\s+too\b|\byo\s+(?:lo\s+)?(?:tengo|tuve)\s+tambien\b"
)
FIRST_PERSON_PAIN = re.compile(
    r"\bme\s+duel[ea]n?\b|\bmy\s+(?:own\s+)?(?:lower\s+|upper\s+|mid\s+|low\s+)?back\b"
    r"|\bi(?:\s+have|\s+get|\s+got|'?ve\s+got|'?ve\s+had)\s+(?:a\s+|some\s+)?(?:\w+\s+){0,2}"
    r"(?:back|pain|ache)"
    r"|\byo\s+no\b|\bnot\s+me\b|\blo\s+mio\b|\byo\s+tengo\b|\bmi\s+dolor\b|\bmy\s+(?:own\s+)?pain\b"
    r"|\bmine\s+is\b"
)
# "nada hinchado", "nada dormido", "cero fiebre": a sign said not to be there (not "nada me
# alivia", whose "nada" negates nothing after it)
NONE_BEFORE = re.compile(
    r"\b(?:nada|cero)\s(?=(?:hinchad|dormid|inflamad|roj|calient|entumec|adormec|fiebre|calentura)"
    r"\w*)"
)
# a test or a scan said fine or normal after a sign says nothing of the sign itself
_TEST = (
    r"(?:ecg|ekg|x-?rays?|xrays?|scans?|mri|ct|bloods?|tests?|results?|ultrasound|echo|"
    r"electro\w*|ecografia|analitica|analisis|radiografia|resonancia|eco)"
)
# a sign denied after it is named, the Spanish way: "fiebre no tengo", "fiebre no, solo ...",
# "hinchazón no hay" (not "dolor de pecho, no puedo respirar")
DENIED_AFTER = re.compile(
    r"\s*,?\s*no(?:\s+(?:tengo|tiene|tuve|hay|he\s+tenido|ha\s+habido))?\s*(?:[,.;!?]|$|eh\b|"
    r"solo\b|pero\b|nada\b|ni\b|tampoco\b)"
    # "y fiebre tampoco", "fever neither"
    r"|\s+(?:tampoco|neither|either)\b"
    # "walking up hills doesn't set it off": what brings the pain on, said not to
    r"|(?:\s+[\w']+){0,3}\s+(?:doesn't|doesnt|does\s+not|don't|dont|never)\s+"
    r"(?:set\s+it\s+off|sets\s+it\s+off|bring\s+it\s+on|brings\s+it\s+on|trigger\s+it)\b"
    # ... or said to be fine: "walking uphill is fine, no breathlessness"
    # (a test said fine is not the sign: "chest pain on exertion, the ECG is ok" keeps it)
    rf"|(?:\s+(?!{_TEST}\b)[\w']+){{0,2}}\s+(?:is|are)\s+(?:fine|ok|okay)\b"
    # ... or done without trouble: "I can walk upstairs fine"
    r"|(?:\s+[\w']+)?\s+fine\b"
    # "the calf feels completely normal" (an adverb asked for: "my calf looks normal but it's hot"
    # keeps the calf; "crushing chest pain, my ECG is completely normal" keeps the chest)
    rf"|(?:\s+(?!{_TEST}\b)[\w']+){{0,2}}"
    r"\s+(?:feels?|looks?|is|are|seems?)\s+(?:completely|totally|perfectly|absolutely)"
    r"\s+normal\b"
    # "la pantorrilla la tengo bien", "los testículos están bien"
    r"|(?:\s+[\w']+)?\s+(?:(?:la|lo|las|los)\s+tengo|esta|estan)\s+(?:perfect[oa]s?|bien)\b"
)
# a knock long past that no longer hurts: "me di un golpe en los huevos hace una semana, no duele"
_NO_LONGER_HURTS = (
    r"\bno\s+(?:me\s+)?duele\b|\bya\s+ni\s+me\s+acuerdo\b"
    r"|\b(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+hurt\b"
)
# pain on turning over in bed is movement, not pain at rest; "I wee all the time" is no pain
_ON_TURNING = r"\bturn(?:ing|s)?\s+over\b|\b(?:darme|me\s+doy)\s+la\s+vuelta\b|\bal\s+girarme\b"
_NOT_PAIN_ALL_THE_TIME = r"\b(?:wee|pee|urinate|toilet|loo|hungry|tired|thirsty)\w*\b"
# "the testicles are fine", "los testículos bien"
_TESTICLES_FINE = (
    r"\b(?:testicul\w*|testicles?|testes|balls|scrotum|escroto)\s+(?:are\s+|is\s+|estan\s+|esta\s+)?"
    r"(?:(?:completely|totally|perfectly|absolutely|totalmente|perfectamente)\s+)?"
    r"(?:bien|fine|ok|okay|normal\w*)\b|\btesticul\w*\s+(?:los|las)\s+tiene\s+normal\w*\b"
    # a knock that has passed: "a la hora ya estaba bien", "an hour later it was fine"
    r"|\b(?:a\s+la\s+hora|al\s+rato|enseguida)\s+ya\s+(?:estaba|estoy|esta)\s+bien\b"
    r"|\b(?:an\s+hour\s+later|after\s+(?:an|a\s+few)\s+(?:hour|minutes?)|within\s+the\s+hour)\s+"
    r"(?:it\s+was|i\s+was|it'?s)\s+(?:fine|ok|okay|gone)\b"
    r"|\bnothing\s+wrong\s+with\s+(?:my|his|the)\s+(?:testicles?|balls|testes|privates|scrotum)\b"
    # an ache after a ride, gone the next morning
    r"|\bfine\s+(?:the\s+)?next\s+(?:morning|day)\b|\bal\s+dia\s+siguiente\s+(?:ya\s+)?(?:bien|nada)\b"
    # "los testículos sin dolor ni hinchazón", "nada de dolor repentino en el escroto"
    r"|\btesticul\w*\s+sin\s+(?:dolor|molestias?|hinchazon)\b|\bnada\s+de\s+dolor\b"
    # a knock already passing: "pain already settling", "wearing off"
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:already\s+)?(?:settling|settled|easing|eased|"
    r"wearing\s+off|wore\s+off)\b"
)
# the chin put on the chest is how a stiff neck is tested, not a pain in the chest
# the chest muscles sore from a workout done before: "chest feels tight from yesterday's 100
# push-ups", "me duele el pecho de las flexiones de ayer"
_FROM_WORKOUT = (
    r"\bfrom\s+(?:yesterday'?s|last\s+night'?s|the|my|all\s+(?:the|those))\s+(?:\d+\s+)?"
    r"(?:push[\s-]?ups|press[\s-]?ups|bench(?:\s+press)?|workout|flys|chest\s+workout)\b"
    r"|\bde\s+(?:las|tantas)\s+flexiones\b"
    # "did pushups yesterday and felt a sharp pull", "después de hacer dominadas"
    r"|\b(?:did|doing|after)\s+(?:\d+\s+|some\s+|my\s+)?(?:push[\s-]?ups|press[\s-]?ups|pull[\s-]?ups|"
    r"chin[\s-]?ups|dips|bench(?:\s+press)?)\b|\b(?:hacer|hice|haciendo)\s+(?:\w+\s+)?(?:dominadas|flexiones)\b"
)
_CHIN_ON_CHEST = (
    r"\bchin\s+(?:on|to|onto|down\s+to|against)\s+(?:my|his|her|the|your)\s+chest\b"
    r"|\bbarbilla\s+(?:al|en\s+el|contra\s+el)\s+pecho\b|\bpecho\s+con\s+la\s+barbilla\b"
)
# chest pain that the person can bring on by pressing the spot is the chest wall's (NHS chest
# pain page: pain that gets worse when you press on the chest is usually a strained muscle)
_PRESSED = (
    r"\b(?:me\s+)?duele\s+(?:cuando|si|al)\s+(?:(?:me\s+)?(?:aprieto|presiono|toco)|apretar|"
    r"presionar|tocar(?:me)?)\b|\bduele\s+al\s+apretar\b"
    r"|\b(?:hurts?|sore|tender)\s+(?:only\s+)?(?:when|if)\s+i\s+(?:press|push|touch|poke|prod)\b"
    r"|\b(?:sore|tender)\s+to\s+(?:the\s+)?touch\b|\b(?:sore|tender)\s+(?:when\s+)?pressing\b"
    r"|\b(?:sore|tender)\s+to\s+press\b"
    r"|\b(?:when\s+i\s+press|pressing)\s+(?:on\s+)?(?:it|there|the\s+spot|right\s+there)\b"
    r"|\bduele\s+(?:el\s+pecho\s+)?al\s+apretar\b"
    # not "cuando aprieto el ritmo" (when I push the pace)
    r"|\bcuando\s+(?:me\s+)?aprieto\s+(?:justo\s+)?(?:ahi|la\s+zona|el\s+punto|con\s+el\s+dedo|encima|el\s+musculo)\b"
    r"|\bapretando\s+(?:justo\s+)?(?:ahi|la\s+zona|el\s+punto|con\s+el\s+dedo)\b"
)
# a dull ache there for months is no sudden torsion (still worth a doctor, not an emergency)
_FOR_MONTHS = (
    r"\bhace\s+(?:meses|anos)\b|\bfor\s+(?:months|years)\b|\bmonths\s+now\b"
    # saddle soreness after a ride, gone the next day
    r"|\b(?:por|from)\s+(?:el\s+)?(?:sillin|the\s+saddle)\b"
)
# ... heard anywhere in the sentence (red_flag_words.py), with "only" or not: "a sharp pain by
# the breastbone, and pressing right there makes it hurt exactly the same"
PRESSED_SPOT = re.compile(
    r"\b(?:solo|only)\s+(?:(?:hurts|duele|me\s+duele|aparece|me\s+molesta|molesta|comes\s+on)\s+)?"
    r"(?:cuando|when|si|if)\s+(?:me\s+)?"
    r"(?:aprieto|presiono|toco|i\s+press|i\s+push|i\s+touch)\b|"
    + _PRESSED
    # a spot small enough to point at with one finger is the chest wall's, not the heart's: "lo
    # puedo señalar con un dedo", "I can point to it with one finger"
    + r"|\b(?:lo|la)\s+puedo\s+senalar\s+con\s+(?:un|el)\s+dedo\b"
    r"|\bpoint\s+(?:to\s+|at\s+)?(?:it|the\s+spot|where)?\s*(?:\w+\s+){0,2}?with\s+(?:one|a|my)\s+finger\b"
)
# a numb bottom after a long ride that goes away is the bike seat's, not the nerves': "numb bum
# after a long bike ride, goes away after"
_BIKE_SEAT = (
    r"\b(?:after|during|on)\s+(?:a\s+|my\s+|the\s+)?(?:long\s+)?(?:bike\s+ride|ride|cycle|"
    r"spin\s+class|spinning)\b|\bgoes\s+away\b|\bwears\s+off\b|\bse\s+(?:me\s+)?pasa\b"
    r"|\bdespues\s+de\s+(?:la\s+|una\s+)?(?:bici|bicicleta|ruta|rodada)\b"
)
# heartburn at night, lying down after a meal, is reflux, not pain whatever the position: "tengo
# acidez casi todas las noches si me acuesto justo después de cenar"
_REFLUX = r"\b(?:acidez|reflujo|agruras|heartburn|reflux|acid\s+reflux|indigestion)\b"
# night cramps are cramps, not pain at night whatever the position
_CRAMPS = r"\b(?:cramps?|cramping|calambres?|rampas?)\b"
# ... but cramps or heartburn said with a back that aches all night explain the legs or the
# chest, not the back: "back pain all night with heartburn, and I've lost 8 kg" warns
_NOT_THE_BACK = (
    r"(?s:^(?!.*\b(?:back|backs|spine|espalda|columna|lumbar|lumbares|rinones)\b).*?"
    rf"(?:{_CRAMPS}|{_REFLUX}))"
)
# legs like jelly after a hard session are tired legs: "first proper leg day ... my legs were
# shaking like jelly"
_AFTER_WORKOUT = (
    r"\bleg\s+day\b|\bworkout\b"
    r"|\b(?:after|afterwards)\b[^.;]{0,30}\b(?:gym|training|squats|class|marathon|race|run|match|game)\b"
    r"|\bdia\s+de\s+pierna\b|\bdespues\s+del?\s+(?:gimnasio|gym|entreno|entrenamiento)\b"
)
_ASTHMA = r"\basthma\w*|\basma\b|\bcopd\b|\bepoc\b"
# sweating at night from a hot room is no fever: "sudo por la noche porque hace calor"
_HOT_ROOM = (
    r"\bporque\s+hace\s+(?:mucho\s+)?calor\b|\bpor\s+el\s+calor\b|\bdel\s+calor\b"
    r"|\bbecause\s+(?:it'?s|it\s+is|the\s+room\s+is|my\s+room\s+is)\s+(?:so\s+)?(?:hot|warm)\b"
    r"|\b(?:heatwave|heat\s+wave|ola\s+de\s+calor)\b"
)
SILENCED_BY = {
    "injury": re.compile(_LONG_AGO),
    "head_first": re.compile(_LONG_AGO),
    "recent_travel_surgery": re.compile(_LONG_AGO),
    "weight_loss": re.compile(f"{_ON_PURPOSE}|{_WEIGHT_STEADY}"),
    "cancer_history": re.compile(_SOMEONE_ELSE),
    "fever": re.compile(f"{_FEVER_GONE}|{_HOT_ROOM}"),
    "exertion": re.compile(_NO_DIFFERENCE),
    "dizziness": re.compile(_PLAIN_DIZZINESS),
    "testicle": re.compile(f"{_NO_LONGER_HURTS}|{_TESTICLES_FINE}|{_FOR_MONTHS}"),
    "leg_swelling": re.compile(f"{DAY_SWELLING}|{BITE}"),
    "leg_redness": re.compile(f"{BITE}|{BRUISE}"),
    "leg_warmth": re.compile(f"{BITE}|{AFTER_EXERCISE}"),
    "saddle_numbness": re.compile(_BIKE_SEAT),
    "breathless": re.compile(_ASTHMA),
    "progressive_weakness": re.compile(_AFTER_WORKOUT),
    "night_pain": re.compile(f"{_ON_TURNING}|{_NOT_THE_BACK}"),
    "unrelenting": re.compile(f"{_NOT_PAIN_ALL_THE_TIME}|{_NOT_THE_BACK}"),
    # (pressing the spot is looked for in the whole sentence: PRESSED_SPOT)
    "chest_pain": re.compile(f"{_CHIN_ON_CHEST}|{_FROM_WORKOUT}"),
    "leg_clot_signs": re.compile(f"{DAY_SWELLING}|{BITE}|{AFTER_EXERCISE}"),
    "cold_limb": re.compile(RAYNAUD),
}

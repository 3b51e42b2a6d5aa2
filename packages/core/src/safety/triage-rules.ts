import type { Groups } from "./rule-dsl.js";

/**
 * Triage rules: concepts (word groups) combined into findings. A rule fires when every
 * pattern in `all` matches somewhere in the message (not negated), and none in `unless` does.
 * Rules are about the situation, not the speaker: "my dad", "she" and "I" all count.
 */
export interface TriageRuleSpec {
  id: string;
  level: "emergency" | "urgent";
  finding: string;
  all: string[];
  unless?: string[];
  /** Suicide / self-harm: the notice names the crisis line. */
  crisis?: boolean;
  /** Negation words before a match do not cancel it (the pattern carries its own negation). */
  notNegatable?: boolean;
}

export const TRIAGE_GROUPS: Groups = {
  chest: ["substernal", "retrosternal", "chest", "heart", "sternum", "breastbone", "pecho"],
  pain: [ "crushed", "squeezed", "sharp", "burning", "stabbed", "tightening",
    "pain", "pains", "painful", "hurt", "hurts", "hurting", "pressure", "tightness", "tight", "squeezing",
    "squeeze", "crushing", "ache", "aches", "aching", "heaviness", "heavy", "discomfort", "stabbing",
    "elephant", "weight", "dolor", "duele", "opresion", "cp", "killing me", "killing"
  ],
  limb: ["arm", "arms", "jaw", "shoulder", "shoulders", "neck", "back", "brazo", "mandibula", "hombro", "espalda"],
  limbSymptom: [ "tight", "hurts bad", "dead", "heavy feeling", "pressure",
    "pain", "pains", "hurt", "hurts", "hurting", "numb", "numbness", "tingling", "tingly", "heavy", "ache",
    "aches", "aching", "weak", "dolor", "duele", "adormecido", "entumido"
  ],
  radiate: [ "goes into", "going into", "goes to", "going to my", "goes up", "going up", "into my", "up into", "down my", "down his", "down her", "through to", "hasta el", "hasta la","se va", "va al", "baja", "se extiende", "radiating", "radiates", "radiate", "spreading", "spreads", "spread", "shooting", "shoots", "moving", "going down", "goes down", "travels", "traveling", "se corre", "corre"],
  sweat: [ "sudan", "me sudan", "sudando frio", "sudor frio", "sweating buckets", "cold sweat","sweating", "sweaty", "sweats", "sweat", "diaphoretic", "clammy", "drenched", "sudor", "sudando", "sudoroso"],
  sob: [ "breathing really hard", "breathing hard and fast", "breathing fast and hard", "le cuesta respirar", "me cuesta respirar", "cuesta respirar", "dificultad para respirar", "le falta aire", "me falta aire", "no puede respirar bien", "working hard to breathe", "working to breathe", "labored breathing", "laboured breathing", "breathing is labored", "struggling for breath", "air hungry", "cant get enough air", "cant get a breath", "cant get my breath", "air hunger", "gasping", "sobbing for air", "dyspnea", "dyspneic", "breathing fast", "breathing super fast", "breathing really fast", "me ahogo", "no puedo respirar bien",
    "short of breath", "shortness of breath", "breathless", "hard to breathe", "trouble breathing",
    "difficulty breathing", "hard time breathing", "out of breath", "winded", "cant catch my breath",
    "struggling to breathe", "cant catch his breath", "cant catch her breath", "cant catch their breath", "breathing hard", "sob", "falta de aire", "le falta el aire", "me falta el aire"
  ],
  faint: ["faint", "fainted", "fainting", "collapsed", "woozy", "fainting", "passed out", "pass out", "passing out", "blacked out", "lightheaded", "light headed", "dizzy", "desmayo", "mareado", "mareada"],
  nausea: ["nausea", "nauseous", "nauseated", "vomiting", "throwing up", "threw up", "vomited"],
  severe: ["severe", "crushing", "tearing", "ripping", "horrible", "worst", "excruciating", "unbearable", "intense", "terrible", "sudden", "suddenly", "10 out of 10", "10 10", "really bad", "very bad", "extreme"],
  present: ["having", "have", "is having", "think", "thinks", "might be", "may be", "could be", "maybe", "is this", "is it", "am i", "feels like", "feel like", "possible", "symptoms of", "signs of", "going through", "i think", "scared", "teniendo", "esta teniendo", "creo que", "tiene un", "le dio", "le esta dando", "dando"],
  cantBreathe: [ "stopped breathing for", "can barely get air", "barely get air", "cant get air in", "cant get any air in", "cant pull air", "no air", "cant breathe in", "cant inhale", "stops breathing", "quit breathing", "not breathing right", "no puedo jalar aire", "no le entra aire", "no me entra aire",
    "cant breathe", "can not breathe", "cannot breathe", "unable to breathe", "not breathing", "isnt breathing",
    "stopped breathing", "stop breathing", "struggling to breathe", "struggling for air", "gasping", "gasping for air",
    "choking", "cant get air", "cant get any air", "fighting for air", "fighting to breathe", "can barely breathe",
    "barely breathing", "cant breath", "can not breath", "cannot breath", "cant breth", "turning blue", "turned blue",
    "no puedo respirar", "no puede respirar", "se esta ahogando", "se ahoga", "ahogando", "no respira"
  ],
  blueLips: ["lips", "lip", "face", "skin", "fingers", "labios"],
  blue: [ "grayish", "greyish", "purplish", "bluish gray","dusky", "ashen", "blue", "purple", "gray", "grey", "bluish", "morados", "azules", "moradas"],
  face: [ "facial", "lip", "cheek","face", "mouth", "smile", "cara", "boca"],
  droop: [ "pulled to one side", "pulled", "pulling to one side", "off to one side", "droopy on", "isnt moving", "not moving", "wont move", "doesnt move", "frozen", "fallen", "dropped", "sagged", "slanted", "hanging", "caido", "chueca", "chueco","drooping", "droopy", "droops", "drooped", "droop", "sagging", "lopsided", "uneven", "crooked", "twisted", "caida", "torcida", "paralizada", "paralyzed", "numb"],
  slurred: [ "words are mixed", "aphasic", "dysarthria", "slurry", "no le entiendo", "no se le entiende", "habla chistoso", "arrastrando",
    "slurred", "slurring", "slur", "garbled", "jumbled", "gibberish", "cant speak", "cant talk", "unable to speak",
    "unable to talk", "cant get words out", "cant get his words out", "cant get her words out", "cant get the words out",
    "words are coming out wrong", "words come out wrong", "not making sense", "cant find words", "cant find the words",
    "trouble speaking", "difficulty speaking", "no puede hablar", "habla arrastrada", "arrastra las palabras", "habla raro"
  ],
  speech: [ "aphasia","speech", "talking", "words", "speaking", "voice"],
  weakness: [ "arm drift", "drift", "dropping things", "keeps dropping", "drifting", "drifts", "gave out", "giving out", "no siento", "no siente", "no puedo mover", "no lo puede mover", "sin fuerza", "entumida","weakness", "weak", "unable to move", "wont work", "wont move", "doesnt work", "not working", "dead", "useless", "no strength", "numbness", "numb", "paralyzed", "paralysis", "cant move", "cant feel", "tingling", "limp", "heavy", "debilidad", "adormecido", "no puede mover"],
  oneSide: [ "l sided", "r sided", "left sided", "right sided", "one sided", "l side", "r side", "brazo izquierdo", "brazo derecho", "pierna izquierda", "pierna derecha", "lado derecho del cuerpo", "lado izquierdo del cuerpo",
    "one side", "left side", "right side", "half of", "half my", "half his", "half her", "left arm and leg",
    "right arm and leg", "his left", "his right", "her left", "her right", "my left", "my right", "un lado",
    "lado izquierdo", "lado derecho"
  ],
  strokeWord: ["stroke", "strokes", "derrame", "derrame cerebral", "ictus", "embolia"],
  heartAttack: ["heart attack", "cardiac arrest", "infarto", "ataque al corazon", "ataque cardiaco", "myocardial infarction"],
  arrest: ["cardiac arrest", "no pulse", "heart stopped", "heart has stopped", "needs cpr", "doing cpr", "started cpr", "giving cpr", "paro cardiaco"],
  throat: ["throat", "airway", "garganta"],
  closing: [ "closing off", "getting tight", "feels tight", "tight and", "narrowing", "swelling shut", "se cierra", "se me cierra", "se le cierra", "se esta cerrando", "cerrada","closing", "closing up", "swelling", "swollen", "swelled", "tight", "tightening", "closed", "cerrando", "cierra", "hinchada", "hinchando"],
  swellPart: ["tongue", "lips", "lip", "face", "eyes", "mouth", "lengua", "labios", "cara"],
  swelling: [ "swollen shut", "swelled shut", "puffed shut", "huge", "getting huge", "getting big", "getting bigger", "ballooning", "blown up", "blowing up", "fat", "puffed up", "puffing","swelling", "swollen", "swelled", "swell", "puffing up", "puffy", "blowing up", "hinchada", "hinchado", "hinchando", "hinchazon"],
  allergy: [ "medication", "new medication", "new medicine", "new meds", "after taking", "antibiotics", "amoxicillin", "sulfa", "cookie", "sesame", "cashew", "cashews", "almonds", "walnuts", "fish",
    "allergic", "allergy", "allergies", "reaction", "sting", "stung", "bee", "wasp", "peanut", "peanuts", "nuts",
    "shellfish", "shrimp", "ate", "eating", "hives", "penicillin", "antibiotic", "alergia", "alergica", "alergico", "picadura"
  ],
  anaphylaxis: ["anaphylaxis", "anaphylactic", "anafilaxia", "anaphylactic shock", "allergic shock", "choque anafilactico"],
  epipen: ["epipen", "epi pen", "epinephrine", "adrenaline", "auvi q", "adrenalina"],
  used: ["used", "gave", "give", "injected", "inject", "needed", "need", "using", "had to use", "administered", "use"],
  hives: ["hives", "welts", "urticaria", "ronchas"],
  breathWord: [ "chest is tight", "chest tight", "tight chest", "chest feels tight", "hoarse", "cough", "coughing","breathe", "breathing", "breath", "wheezing", "wheeze", "throat", "respirar", "aire"],
  bleeding: ["bleeding", "blood", "sangrar", "bleed", "bleeds", "sangre", "sangrado", "sangrando", "sangra"],
  wontStop: [ "cant stop", "cant get it to stop", "cant make it stop", "keeps coming", "keeps bleeding", "no se detiene", "no deja de", "no para de","wont stop", "will not stop", "doesnt stop", "does not stop", "isnt stopping", "not stopping", "wont quit", "keeps going", "no para", "no deja", "no se detiene", "no se para"],
  heavyBleed: [ "nonstop", "non stop", "empapando", "soaking through", "through the towel", "all over",
    "heavily", "a lot", "profusely", "badly", "everywhere", "spurting", "gushing", "pouring", "squirting",
    "pooling", "soaked", "soaking", "wont clot", "mucho", "abundante", "fuerte"
  ],
  vomit: [ "puked up", "puking up", "threw up", "throwing up", "vomited up", "heaving","vomiting", "vomited", "vomit", "throwing up", "threw up", "throw up", "puking", "puked", "vomitando", "vomito", "vomita"],
  coughUp: ["coughing up", "coughed up", "cough up", "coughing", "tosiendo"],
  lotOf: ["a lot of", "lots of", "cup of", "cups of", "mouthful", "mouthfuls", "large amount", "big clots", "clots", "bright red", "tons of"],
  pregnant: ["pregnant", "pregnancy", "weeks along", "embarazada", "embarazo"],
  pills: [ "lithium", "seroquel", "quetiapine", "trazodone", "ambien", "zolpidem", "klonopin", "clonazepam", "valium", "diazepam", "ativan", "lorazepam", "adderall", "fentanyl", "heroin", "morphine", "methadone", "tramadol", "hydrocodone", "vicodin", "norco", "gabapentin", "amitriptyline", "metformin", "digoxin", "propranolol", "warfarin", "naproxen", "aleve", "motrin", "excedrin", "nyquil", "melatonin", "sertraline", "zoloft", "prozac", "fluoxetine", "lexapro", "wellbutrin", "bupropion", "oxycontin", "opioids", "opiates", "benzos", "xans", "bars", "blood pressure pills", "heart pills", "tylenol pm", "tabs", "pastillas para dormir", "calmantes",
    "pills", "pill", "tablets", "tablet", "meds", "medication", "medications", "medicine", "medicines",
    "capsules", "tylenol", "acetaminophen", "paracetamol", "ibuprofen", "advil", "aspirin", "xanax",
    "oxycodone", "oxy", "oxys", "painkillers", "pain pills", "percs", "percocet", "sleeping pills", "insulin", "antidepressants", "benadryl", "pastillas", "medicinas", "pastilla"
  ],
  tooMany: [ "whole packs", "packs of", "boxes of", "bottles of", "2 packs", "sleeves of", "whole sleeve",
    "too many", "too much", "whole bottle", "entire bottle", "full bottle", "whole pack", "entire pack", "a pack of", "whole box", "whole packet", "whole strip", "empty bottle", "half the bottle", "half a bottle", "bottle of", "handful of", "handful",
    "all of my", "all my", "all his", "all her", "all the", "bunch of", "a lot of", "lots of", "way too many",
    "the rest of", "todas las", "muchas", "un frasco", "frasco"
  ],
  took: ["took", "taken", "swallowed", "ate", "drank", "downed", "popped", "had", "take", "tome", "tomo", "se tomo", "trago", "se trago"],
  overdose: [ "odd on", "oded", "oding", "od ed", "over dose", "overdosis", "sobredosis de","overdose", "overdosed", "overdosing", "over dosed", "od", "sobredosis"],
  kid: [ "grandson", "granddaughter", "yo", "y o", "years old", "months old", "little one", "little boy", "little girl", "baby girl", "baby boy", "twins", "sobrino", "sobrina", "nieto", "nieta", "chamaco", "nene", "nena",
    "old", "month old", "yr old", "mo old", "child", "kid", "toddler", "baby", "son", "daughter", "grandson", "granddaughter", "he", "she", "boy", "girl",
    "infant", "nephew", "niece", "my 2", "my 3", "year old", "dog", "hijo", "hija", "bebe", "nino", "nina"
  ],
  ingested: [ "bit into", "bit", "chewed on", "sucked on", "eat", "has eaten", "might have eaten", "may have eaten", "ate some", "got some", "got hold of", "tasted", "sipped", "swallowing", "se comio", "se tomo", "se bebio", "mordio","swallowed", "ate", "drank", "got into", "ingested", "chewed", "eaten", "swallow", "licked", "trago", "se trago", "comio", "tomo", "bebio"],
  poison: [ "windex", "glass cleaner", "cleaning spray", "hydrogen peroxide", "rubbing alcohol", "isopropyl", "perfume", "cologne", "jarabe", "syrup", "packets", "packet", "laundry packet", "laundry packets", "detergent packet", "pac", "pacs", "cigarette", "cigarettes", "cigarette butts", "vape", "pods of", "lithium", "seroquel", "ambien", "klonopin", "valium", "ativan", "adderall", "fentanyl", "heroin", "morphine", "methadone", "tramadol", "hydrocodone", "oxycodone", "oxycontin", "percocet", "vicodin", "xanax", "opioids", "heart pills", "blood pressure pills", "sleeping pills", "antidepressants", "clonidine", "insulin", "digoxin", "melatonin", "tylenol", "acetaminophen", "ibuprofen", "aspirin", "benadryl", "cough syrup", "pot brownie", "pot brownies", "dishwasher pod", "detergent pod", "laundry detergent", "dish soap", "cleaning fluid", "pine sol", "lysol", "clorox", "super glue", "mothballs", "moth balls", "fertilizer", "roach poison", "ant poison", "ant bait", "rodenticide", "blood thinners", "pastillas de", "detergente", "suavizante", "gasolina",
    "bleach", "detergent", "laundry pod", "laundry pods", "tide pod", "tide pods", "pod", "pods", "dishwasher pods", "pastillas", "medicina", "medicamentos", "medicinas", "cleaner", "drain cleaner", "antifreeze", "windshield fluid",
    "lighter fluid", "lamp oil", "gasoline", "kerosene", "rat poison", "poison", "pesticide", "weed killer",
    "insecticide", "iron pills", "vitamins", "grandmas pills", "nicotine", "vape juice", "e liquid", "methanol",
    "lye", "ammonia", "mouthwash", "e cigarette liquid", "e cig liquid", "vape liquid", "nicotine liquid", "liquid nicotine", "e juice", "iron", "iron pills", "hand sanitizer", "cloro", "veneno", "lejia", "pills", "pill", "medicine", "medication",
    "medicines", "tablets", "gummies", "edibles", "weed", "washer fluid", "windshield washer fluid", "paint thinner", "nail polish remover", "essential oil", "cleaning product", "oven cleaner", "toilet cleaner", "pesticides", "bug spray", "antifreeze"
  ],
  battery: ["button battery", "coin battery", "disc battery", "lithium battery", "watch battery", "battery", "batteries", "magnet", "magnets", "pila", "pilas", "bateria", "pila de boton"],
  cmono: ["carbon monoxide", "co alarm", "co detector", "monoxido de carbono"],
  suicideSelf: [ "hanging myself", "hang my self", "hanged myself", "shooting myself", "drowning myself", "overdosing", "jumping off", "jumping in front of", "jump from", "slitting my wrists", "kms", "end myself", "ending myself", "killing my self", "kill my self", "take the easy way out", "not wake up tomorrow", "die tonight", "be gone", "not be here", "stop existing", "unalive", "matarme", "suicidarme", "morirme", "tirarme", "colgarme", "cortarme las venas",
    "kill myself", "killing myself", "end my life", "ending my life", "take my own life", "take my life",
    "kill himself", "kill herself", "kill themselves", "end his life", "end her life", "end their life",
    "take his own life", "take her own life", "end it all", "end things", "commit suicide", "suicide",
    "not be alive", "be dead", "die", "not wake up", "disappear forever", "not exist", "off myself", "unalive myself", "unalive", "hang myself", "shoot myself", "jump off", "jump in front of", "drown myself", "overdose", "od", "take all my pills", "taking all my pills", "take all of my pills", "take all my meds", "slit my wrists", "hang himself", "hang herself", "shoot himself", "shoot herself"
  ],
  intent: [ "finna", "bout to", "gonna go", "considering", "think about", "thought of", "keep thinking about", "cant stop thinking about", "been thinking about", "fantasize about", "researching how to", "looking up how to", "googling how to", "quiero", "voy a", "pienso", "me voy a", "va a", "quiere",
    "want to", "wanna", "going to", "gonna", "plan to", "planning to", "thinking about", "thinking of", "thought about",
    "thoughts of", "thoughts about", "will", "should", "might", "about to", "tried to", "trying to", "try to",
    "urge to", "feel like", "feels like", "wants to", "wish i could", "ready to", "decided to", "intend to",
    "going to try to", "says he wants to", "says she wants to", "said he wants to", "said she wants to",
    "keeps saying he wants to", "keeps saying she wants to", "talking about", "talks about", "has a plan to"
  ],
  selfHarm: [ "cut too deep", "cutting again", "cut again", "burned myself on purpose", "hurt myself on purpose", "hitting myself", "me corte", "me corto", "cortarme", "me estoy cortando", "se corta", "se corto",
    "hurt myself", "harm myself", "hurting myself", "harming myself", "cut myself", "cutting myself", "burn myself",
    "burning myself", "hurt himself", "hurt herself", "harm himself", "harm herself", "cut himself", "cut herself",
    "cutting himself", "cutting herself", "self harm", "self harming", "self harmed", "slit my wrists", "slit my wrist",
    "cut my wrists", "cut my wrist", "cutting my wrists", "cutting my arms", "cutting my legs"
  ],
  suicidal: ["suicidal", "suicida"],
  harmOthers: [ "burn down", "burn the house", "burn our house", "set fire", "set the house on fire", "blow up", "hurt the baby", "kill the baby", "kill my baby", "kill his", "kill their", "kill our", "kill the", "kill everyone", "kill everybody", "kill you", "shoot up", "shoot him", "shoot her", "stab him", "stab her", "hurt the", "hurt his", "hurt our", "murder him", "murder her", "beat him to death", "beat her to death", "poison him", "poison her", "run him over", "matar a", "matarlos","kill him", "kill her", "kill them", "kill someone", "kill people", "kill my", "hurt him", "hurt her", "hurt them", "hurt someone", "hurt my", "shoot", "stab", "strangle", "murder", "matarlo", "matarla"],
  unconscious: [ "wont come to", "not coming to", "cant rouse", "cant arouse", "unarousable", "unrousable", "nonresponsive", "non responsive", "out cold", "passed out and wont", "passed out and not", "wont open his eyes", "wont open her eyes", "eyes rolled back", "eyes rolling back", "gone limp", "barely breathing", "se desmayo y no responde", "no reacciona", "no abre los ojos", "esta inconsciente", "no despierta", "she not wake", "he not wake", "she not waking", "he not waking", "she not respond", "he not respond", "she not responding", "he not responding",
    "unconscious", "unresponsive", "not responsive", "not responding", "wont wake up", "will not wake up",
    "cant wake him", "cant wake her", "cant wake them", "cant wake him up", "cant wake her up", "wont wake",
    "not waking up", "wont answer", "cant wake", "isnt waking up", "isnt waking", "wasnt waking", "not waking", "doesnt wake up", "wont wake", "hard to wake", "cant be woken", "cant be woken up", "wont respond", "doesnt respond", "isnt responding",
    "cant keep him awake", "cant keep her awake", "cant keep them awake", "wont stay awake", "cant stay awake", "keeps passing out",
    "collapsed", "limp and", "went limp", "is limp", "floppy", "lifeless", "lost consciousness", "knocked out",
    "inconsciente", "no responde", "no despierta", "no reacciona", "se desmayo y no"
  ],
  seizure: [ "seizuring", "seized", "convulsed", "epileptic fit", "convulsiono", "convulsion\u00f3", "febrile seizure","seizure", "seizures", "seizing", "convulsing", "convulsion", "convulsions", "fitting", "fit", "convulsiones", "convulsion", "convulsionando", "convulsiona", "ataque epileptico"],
  seizureBad: [
    "wont stop", "will not stop", "hasnt stopped", "not stopping", "still", "more than 5", "over 5", "5 minutes",
    "10 minutes", "15 minutes", "back to back", "another one", "first", "first ever", "never had", "not breathing",
    "blue", "pregnant", "hit his head", "hit her head", "right now", "now", "currently", "is having", "having a",
    "no para", "primera vez"
  ],
  confused: [ "doesnt know what year", "doesnt know what day", "doesnt know who", "doesnt know where she is", "doesnt know where he is", "doesnt recognize me", "didnt recognize me", "not making any sense", "making no sense", "talking gibberish", "talking funny and", "groggy and confused", "confused and groggy", "confused and drowsy", "drowsy and confused", "very disoriented", "out of it and", "no sabe donde esta", "no reconoce", "desorientado", "desorientada", "dice cosas sin sentido",
    "suddenly confused", "very confused", "really confused", "wont make sense", "doesnt make sense", "isnt making sense", "confused and", "is confused", "seems confused", "acting confused", "became confused", "got confused", "getting confused", "confused all of a sudden", "is delirious", "disoriented", "doesnt know where",
    "doesnt recognize", "not making sense", "talking nonsense", "delirious", "confusion", "is out of it", "seems out of it", "altered mental",
    "confundido", "confundida"
  ],
  infantAgeOld: [ "dol 0", "dol 1", "dol 2", "dol 3", "dol 4", "dol 5", "dol 6", "dol 7", "dol 8", "dol 9", "dol 10", "dol 11", "dol 12", "dol 13", "dol 14", "dol 15", "dol 16", "dol 17", "dol 18", "dol 19", "dol 20", "dol 21", "dol 22", "dol 23", "dol 24", "dol 25", "dol 26", "dol 27", "dol 28", "dol 29", "dol 30", "day of life","newborn", "new born", "neonate", "recien nacido", "recien nacida"],
  ageUnit: ["day", "days", "week", "weeks", "wk", "wks", "semana", "semanas"],
  monthUnit: ["month", "months", "mo", "mos", "mth", "mths", "mon", "mes", "meses"],
  infantAge: [
    "newborn", "new born", "neonate", "recien nacido", "recien nacida",
    "1 day", "2 day", "3 day", "4 day", "5 day", "6 day", "7 day", "8 day", "9 day", "10 day", "11 day", "12 day", "13 day", "14 day",
    "1 days", "2 days", "3 days", "4 days", "5 days", "6 days", "7 days", "8 days", "9 days", "10 days", "11 days", "12 days", "13 days",
    "14 days", "15 days", "16 days", "17 days", "18 days", "19 days", "20 days", "21 days", "25 days", "28 days", "30 days",
    "1 week", "2 week", "3 week", "4 week", "5 week", "6 week", "7 week", "8 week", "9 week", "10 week", "11 week", "12 week",
    "1 weeks", "2 weeks", "3 weeks", "4 weeks", "5 weeks", "6 weeks", "7 weeks", "8 weeks", "9 weeks", "10 weeks", "11 weeks", "12 weeks",
    "1 wk", "2 wk", "3 wk", "4 wk", "5 wk", "6 wk", "7 wk", "8 wk", "9 wk", "10 wk", "11 wk", "12 wk",
    "1 wks", "2 wks", "3 wks", "4 wks", "5 wks", "6 wks", "7 wks", "8 wks", "9 wks", "10 wks", "11 wks", "12 wks",
    "1 month", "2 month", "1 months", "2 months", "1 mo", "2 mo", "1 mos", "2 mos", "1 mth", "2 mth", "1 mon", "2 mon",
    "month old", "week old", "weeks old", "days old", "day old", "a month", "a week", "few weeks", "couple weeks",
    "1 semana", "2 semanas", "3 semanas", "4 semanas", "5 semanas", "6 semanas", "7 semanas", "8 semanas",
    "1 mes", "2 meses", "un mes", "dias de nacido", "dias de nacida", "semanas de nacido", "semanas de nacida"
  ],
  infant: ["baby", "infant", "newborn", "son", "daughter", "bebe", "hijo", "hija", "he", "she", "nino", "nina"],
  fever: [ "feels really hot", "warm to the touch", "running a fever", "running a temp", "has a temp", "calenturienta", "calenturiento", "tiene temperatura",
    "fever", "fevers", "febrile", "feels hot", "feels very hot", "very hot", "feel hot", "is hot", "temp", "temperature", "temperatures", "feverish", "fiebre", "calentura", "temperatura", "hot to the touch", "burning up"
  ],
  highTempInfant: [
    "100.4", "100.5", "100.6", "100.7", "100.8", "100.9", "101", "102", "103", "104", "105", "106",
    "38", "38.1", "38.2", "38.3", "38.4", "38.5", "38.6", "38.7", "38.8", "38.9", "39", "40", "41"
  ],
  infantBad: [ "not feeding well", "wont take a bottle", "not interested in feeding", "refusing feeds", "refusing to eat", "barely eating", "sleepy and", "super sleepy", "wont stay awake", "cant stay awake", "not crying", "weak cry", "mottled", "no moja panales", "no despierta", "muy dormido", "muy dormida",
    "not feeding", "wont feed", "not eating", "wont eat", "wont nurse", "not nursing", "refusing to feed", "refusing bottle", "refusing the bottle", "refuses the bottle", "refusing the breast", "wont take the bottle",
    "lethargic", "limp", "floppy", "hard to wake", "wont wake", "very sleepy", "not waking", "breathing fast",
    "grunting", "blue", "no wet diapers", "inconsolable", "high pitched cry", "bulging soft spot", "no quiere comer", "no come"
  ],
  stiffNeck: [ "cant look down", "cant bend", "neck so stiff", "neck is so stiff", "stiff", "rigid neck","neck hurts to bend", "hurts to bend his neck", "hurts to bend her neck", "cant stand bright light", "cant stand light", "light hurts", "bright light hurts", "photophobia", "stiff neck", "neck is stiff", "neck stiffness", "cant bend his neck", "cant bend her neck", "cant touch chin to chest", "neck pain", "rigidez de cuello", "cuello rigido"],
  badRash: [ "looks like bruises", "like bruises", "bruise like", "bruising all over", "bruises all over", "unexplained bruises", "mottled", "blotchy purple", "purple blotches",
    "purple dots", "tiny purple", "purple spots on", "purple rash", "purple spots", "dark red spots", "rash that doesnt fade", "rash doesnt fade", "doesnt fade",
    "does not fade", "doesnt blanch", "non blanching", "nonblanching", "wont blanch", "glass test", "petechiae",
    "pinpoint spots", "manchas moradas"
  ],
  headHit: [ "se pego en la cabeza", "se pego la cabeza", "pego en la cabeza", "se golpeo", "golpeo la cabeza", "se dio en la cabeza", "hit their head", "head hit", "smacked his head", "smacked her head", "smacked my head", "head on the", "hit the back of his head", "hit the back of her head","hit in the head", "hit on the head", "blow to the head", "kicked in the head", "head was hit", "hit his head", "hit her head", "hit my head", "hit their head", "hit the head", "head injury", "head trauma", "fell and hit", "banged his head", "banged her head", "banged my head", "bumped his head", "bumped her head", "bumped my head", "hit head", "golpe en la cabeza", "se golpeo la cabeza"],
  headBad: [ "not acting normal", "not acting right", "not acting like herself", "not acting like himself", "not herself", "not himself", "vomitando", "esta vomitando", "dormido", "no despierta", "sleepy", "throwing up", "pupil", "bigger than the other", "on blood thinners", "loc", "lost consciousness", "keeps repeating", "repeating the same", "repeating himself", "repeating herself", "asking the same", "doesnt remember", "cant remember what happened", "dazed", "not acting right", "acting weird", "acting strange", "glassy", "wont stop crying", "bleeding from his ear", "bleeding from her ear", "fluid from", "unequal pupils", "stumbling", "cant walk straight", "worst headache", "severe headache", "getting worse", "vomito", "vomita", "no responde", "confundido", "confundida", "se desmayo",
    "vomiting", "vomited", "throwing up", "threw up", "thrown up", "throws up", "vomits", "puking", "puked", "confused", "confusion", "passed out", "knocked out", "unconscious",
    "blood thinner", "blood thinners", "warfarin", "coumadin", "eliquis", "xarelto", "apixaban", "clear fluid",
    "one pupil", "pupils", "seizure", "cant remember", "slurred", "very sleepy", "drowsy", "wont wake", "worst headache", "blacked out"
  ],
  trauma: [ "mangled", "crushed his", "crushed her", "crushed my", "caught in a machine", "caught in the machine", "ripped off", "hanging off", "atropello", "atropellaron", "lo atropello", "la atropello", "me atropello", "mauled", "tore his face", "tore her face", "ripped open", "hit by a truck", "hit by a bus", "rollover", "head on collision", "ejected", "fell two stories", "fell 2 stories", "fell 20 feet", "fell 10 feet", "impalement", "gunshot wound", "gsw", "shot him", "shot her", "got stabbed", "was stabbed", "crushed under", "pinned under", "degloved", "degloving", "amputation", "lo atropellaron", "la atropellaron", "le dispararon", "lo apunalaron", "se ahogo", "casi se ahoga", "ahogado", "run over by", "got run over", "was run over", "ran him over", "ran her over", "fell two floors", "fell from a height", "fell off a cliff", "fell off the balcony",
    "car accident", "car crash", "hit by a car", "motorcycle accident", "gunshot", "been shot", "got shot", "was shot",
    "stabbed", "stab wound", "fell off a roof", "fell from a roof", "fell off the roof", "fell off a ladder", "fell from a ladder",
    "fell from the second floor", "fell off a balcony", "fell from a balcony", "electrocuted", "electric shock",
    "drowning", "drowned", "nearly drowned", "almost drowned", "pulled from the pool", "pulled out of the pool",
    "bone sticking out", "bone is sticking out", "bone poking out", "bone poking through", "impaled", "amputated",
    "cut off his finger", "cut off her finger", "cut off my finger", "finger is cut off", "finger cut off", "finger got cut off", "cut off", "severed", "atropellado", "accidente de carro", "balazo", "apunalado"
  ],
  burnBad: [ "burned all over", "burns all over", "burned his whole", "burned her whole", "skin peeling off", "skin is peeling off", "burned his hands", "burned her hands", "deep burn", "se quemo toda", "se quemo todo","severe burn", "third degree burn", "3rd degree burn", "burned his face", "burned her face", "burned my face", "burns on his face", "chemical burn", "burn over", "large burn", "big burn", "skin is charred", "charred", "white and leathery"],
  eyeChem: ["bleach in", "chemical in", "acid in", "splashed in", "sprayed in", "oven cleaner in", "lye in"],
  eye: ["eye", "eyes", "ojo", "ojos"],
  sugar: ["blood sugar", "sugar", "glucose", "bg", "bs", "blood glucose", "glucosa", "azucar"],
  lowSugarValue: ["20", "25", "30", "32", "35", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53"],
  dka: ["dka", "ketoacidosis", "diabetic coma", "cetoacidosis"],
  worstHeadache: [ "worst head pain", "head pain ever", "worst headache i have ever", "worst migraine of my life", "worst headache of my life", "worst headache ever", "worst headache ive ever", "head exploded", "head is exploding", "like my head exploded", "like i got hit in the head", "like being hit with a bat", "hit by a baseball bat", "el peor dolor de cabeza",
    "worst headache", "thunderclap", "worst head ache", "worst pain of my life", "worst pain in my life", "explosive headache",
    "headache like being hit", "sudden severe headache", "sudden headache", "headache came on suddenly", "peor dolor de cabeza"
  ],
  visionLoss: [ "disappeared", "vision disappeared", "sight disappeared", "went out", "blacked out in one eye", "cant see out of", "lost vision in", "gone dark", "gone black", "half my vision", "half of my vision", "vision is gone", "blind in one eye", "see double", "seeing double", "no veo", "no puede ver",
    "lost vision", "lost my vision", "lost his vision", "lost her vision", "lost sight", "cant see", "went blind",
    "suddenly blind", "sudden blindness", "vision went black", "vision loss", "loss of vision", "curtain over", "double vision",
    "perdi la vista", "no puedo ver", "no ve", "went dark", "went black", "like a curtain", "curtain", "shade over"
  ],
  sudden: ["sudden", "suddenly", "all of a sudden", "out of nowhere", "just now", "minutes ago", "an hour ago", "right now", "this morning", "de repente", "went dark", "went black", "curtain"],
  testicle: [ "testes", "nuts", "huevos", "testiculos","testicle", "testicles", "testicular", "scrotum", "scrotal", "balls", "nut", "testiculo"],
  pelvicPain: ["abdominal pain", "stomach pain", "belly pain", "pelvic pain", "pain on one side", "cramping", "cramps", "lower abdomen", "shoulder pain", "tummy pain"],
  heavyVaginal: [ "bleeding through", "through my pants", "through my jeans", "gushing blood", "bleeding a lot", "bleeding heavy", "soaking through", "pad every hour", "pads an hour", "large clots", "empapando", "sangrando mucho", "sangro mucho", "mucha sangre", "sangrado fuerte", "coagulos","soaking a pad", "soaking through", "soaking pads", "soaked", "heavy bleeding", "bleeding heavily", "bleeding a lot", "lots of blood", "clots", "gushing"],
  bp: ["bp", "blood pressure", "presion"],
  crisisBp: [
    "180", "185", "190", "195", "200", "205", "210", "215", "220", "230", "240", "250"
  ],
  bpBad: ["headache", "chest pain", "vision", "blurry", "confused", "confusion", "short of breath", "numb", "weakness", "nosebleed"],
  legClot: ["calf", "leg", "legs", "thigh"],
  legSwell: ["swollen", "swelling", "swelled", "red and hot", "painful", "pain"],
  peSign: ["cant catch my breath", "cant catch his breath", "cant catch her breath", "breathless", "winded", "short of breath", "shortness of breath", "chest pain", "coughing up blood", "cant breathe", "hard to breathe", "trouble breathing"],
  heatStroke: ["heat stroke", "heatstroke", "golpe de calor"],
  hot: ["stopped sweating", "not sweating", "confused", "very hot", "passed out", "collapsed", "104", "105", "106"],
  bloodWord: ["blood", "bloody", "sangre"],
  // --- urgent ---
  highFever: ["103", "103.5", "104", "104.5", "105", "39.5", "39.6", "39.7", "39.8", "39.9", "40", "40.5", "41"],
  bloodInOutput: [ "bright red blood", "blood from my bottom", "pee is bright red", "pee is red", "urine is red", "red urine", "peeing red", "bloody urine", "blood clots in my urine", "hematuria", "melena","peed blood", "peeing blood", "pee blood", "urinating blood", "blood when i pee", "blood when i poop", "blood in my urine", "blood in his urine", "blood in her urine", "blood in urine", "blood in the urine", "blood in my stool", "blood in stool", "blood in his stool", "blood in her stool", "bloody stool", "bloody stools", "bloody diarrhea", "black stool", "black stools", "tarry", "blood in my pee", "peeing blood", "blood in my poop", "pooping blood", "rectal bleeding", "sangre en la orina", "sangre en las heces"],
  keepDown: ["cant keep anything down", "cant keep fluids down", "cant keep water down", "cant keep food down", "cant keep down", "vomiting for", "throwing up for", "no puede retener"],
  dehydrated: ["no wet diapers", "not peeing", "hasnt peed", "havent peed", "no urine", "dark urine and dizzy", "very dehydrated", "severely dehydrated", "sunken eyes"],
  fracture: [ "cracked", "snapped", "crooked", "looks deformed", "popped out", "heard a pop", "heard a crack", "swollen like a balloon", "cant bear weight", "cant put any weight", "cant put weight on","broken", "broke", "fracture", "fractured", "cant put weight", "cant walk on", "deformed", "bent wrong", "dislocated", "fractura", "quebrado", "roto"],
  bite: ["bit me", "bit my", "bit him", "bit her", "bit our", "dog bite", "cat bite", "animal bite", "bitten by", "bit by", "bat", "raccoon", "snake bite", "snakebite", "spider bite", "human bite", "mordida", "mordio"],
  uti: ["kidney infection", "pyelonephritis", "uti", "bladder infection", "urinary tract infection", "burning when i pee", "burning urination", "pain when peeing", "burns when i pee"],
  flank: ["fever", "back pain", "flank", "side pain", "chills", "vomiting", "kidney"],
  cutDeep: [ "pretty deep", "very deep", "really deep", "deep wound", "gaping wound", "wont stop oozing", "can see the fat", "see the bone", "split open", "needs sutures", "need sutures","deep cut", "gash", "laceration", "need stitches", "needs stitches", "wont close", "gaping", "cut is deep", "sliced"],
  severePain: ["severe pain", "excruciating pain", "unbearable pain", "10 out of 10 pain", "pain is 10", "worst pain", "intense pain", "dolor muy fuerte", "dolor insoportable"],
  abdomen: ["abdominal", "abdomen", "stomach", "belly", "tummy", "lower right", "right lower", "appendix", "appendicitis", "gallbladder", "estomago", "barriga", "panza"],
  wheeze: ["wheezing", "wheeze", "asthma attack", "inhaler isnt helping", "inhaler not helping", "inhaler is not working", "inhaler isnt working", "nebulizer"],
  notHelping: [ "isnt doing anything", "not doing anything", "doing nothing", "does nothing", "didnt help", "didnt work", "no relief", "not touching it", "wont help","isnt helping", "not helping", "doesnt help", "not working", "isnt working", "doesnt work", "no help", "every 20 minutes", "every hour", "lips", "cant talk", "cant speak", "cant finish sentences", "ribs", "retractions", "sucking in"],
  cantPee: ["cant pee", "cant urinate", "unable to urinate", "unable to pee", "cannot urinate", "cannot pee", "havent been able to pee", "no puedo orinar"],
  eyeInjury: [ "in my eye at work", "flew in my eye", "flew into my eye", "shaving flew", "sliver in", "splinter in my eye", "hurts to blink", "cant open my eye", "scratched cornea", "poked my eye","got in my eye", "in my eye and it", "chemical in my eye", "eye is bleeding", "something in my eye", "something in his eye", "something in her eye", "scratched my eye", "scratched his eye", "eye injury", "poked in the eye", "hit in the eye", "metal in my eye", "sudden eye pain", "painful red eye"],
  shinglesEye: [ "blisters on my forehead", "blisters near my eye", "rash near my eye", "shingles on my nose","shingles near", "shingles on my face", "shingles by my eye", "shingles on my forehead"],
  preg: ["pregnant", "embarazada", "weeks along", "weeks pregnant"],
  pregWarn: ["moving less", "less movement", "isnt moving", "not moving", "bleeding", "spotting", "cramping", "cramps", "water broke", "leaking fluid", "baby not moving", "baby isnt moving", "baby hasnt moved", "less movement", "decreased movement", "fewer kicks", "not moving as much", "contractions", "severe headache", "blurry vision", "seeing spots", "swelling in my face", "sangrado", "sangrando"],
  passiveSi: [ "tied a noose", "bought a noose", "noose ready", "better off if i was gone", "better off if i were gone", "better off if i wasnt here", "better off if i wasnt around", "better off if i was dead", "if i was gone", "if i were gone", "goodbye letters", "goodbye notes", "goodbye texts", "suicide letter", "me quiero suicidar", "se quiere suicidar", "quiero suicidar", "me voy a suicidar", "me voy a matar", "ya no quiero estar aqui", "mejor si no estuviera",
    "wish i was dead", "wish i were dead", "wish i could die", "wish i would die", "wish i wouldnt wake up",
    "wish i didnt wake up", "never wake up", "go to sleep forever", "sleep forever", "isnt worth living", "life isnt worth", "no longer worth living", "not worth it anymore", "goodbye text", "goodbye message", "goodbye note", "goodbye letter to", "wish i could disappear", "better off dead", "better off without me", "no reason to live",
    "no point in living", "nothing to live for", "not worth living", "dont want to live", "dont want to be alive",
    "dont want to be here anymore", "dont want to exist", "tired of living", "want it all to end", "want everything to end",
    "want to die", "wanna die", "wants to die", "ready to die", "goodbye letter", "suicide note", "said goodbye",
    "end it", "end it tonight", "end this", "giving away my things", "giving away his things", "giving away her things", "no quiero vivir", "quiero morir",
    "quiero morirme", "me quiero morir", "quiero matarme", "me quiero matar", "quiero suicidarme", "pienso en suicidarme",
    "pienso en matarme", "quitarme la vida", "acabar con mi vida", "se quiere matar", "se quiere morir", "quiere suicidarse", "quiere matarse"
  ],
  stroke: ["stroke"],
  furniture: [ "bed", "couch", "sofa", "changing table", "table", "stairs", "crib", "chair", "high chair", "counter", "bunk", "bunk bed", "window", "shopping cart", "cama", "sillon", "escaleras",],
  drool: [ "drooling", "drools", "drooled", "babeando",],
  birthPart: ["baby", "babys", "head", "cord", "umbilical cord", "feet", "foot", "arm"],
  thinner: ["blood thinner", "blood thinners", "thinners", "warfarin", "coumadin", "eliquis", "xarelto", "apixaban", "rivaroxaban", "plavix", "clopidogrel", "anticoagulant", "anticoagulants", "pradaxa", "lovenox", "heparin"],
  caustic: [
    "bleach", "drain cleaner", "oven cleaner", "toilet cleaner", "acid", "battery acid", "lye", "ammonia", "chemical", "chemicals",
    "cleaner", "pepper spray", "bear spray", "mace", "cement", "concrete", "chlorine", "pool chemicals", "degreaser",
    "super glue", "hair dye", "relaxer", "cloro", "lejia", "quimico", "quimicos", "acido"
  ],
  weapon: ["gun", "knife", "knives", "rifle", "pistol", "shotgun", "handgun", "weapon", "weapons", "machete", "ar 15", "pistola", "cuchillo", "arma"],
  lowTemp: ["35", "36", "37", "95", "96", "97", "98", "99"],
  sudFlag: ["sudden", "suddenly", "all of a sudden", "out of nowhere", "right now", "now", "minutes ago", "just started", "started an hour ago", "this morning", "de repente"]
};

const E = "emergency" as const;
const U = "urgent" as const;

export const TRIAGE_RULES: TriageRuleSpec[] = [
  // --- suicide and self-harm (crisis line) ---
  { id: "triage.crisis.suicidal-intent", level: E, crisis: true, finding: "suicidal intent", all: ["{intent} ~2 {suicideSelf}"], unless: ["(?:what|how|why) (?:are|is|do|does|can|should) ~6 (?:warning signs|risk factors|prevent|prevention|signs of suicide)", "(?:class|poetry|poem|poems|essay|school project|book|song|songs|lyrics|movie|show|novel|research|paper) ~6 (?:suicide|die)|(?:suicide|die) ~6 (?:class|poetry|poem|poems|essay|project|book|song|songs|lyrics|movie|show|novel|research|paper)"] },
  { id: "triage.crisis.suicidal-direct", level: E, crisis: true, finding: "suicidal thoughts", all: ["(?:kill|killing|killed) (?:myself|himself|herself|themselves|my self)|(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life|suicide (?:plan|note|attempt)|(?:attempted|attempt|commit|committing|tried|commited) suicide|thoughts of (?:suicide|dying|death|killing|ending)|(?:thinking|thought) (?:about|of) (?:suicide|dying|killing|ending it)|unalive (?:myself|me)|off myself"], unless: ["(?:warning signs|risk factors|statistics|rates?) (?:of|for) suicide"] },
  { id: "triage.crisis.suicidal-state", level: E, crisis: true, finding: "suicidal", all: ["(?:im|i am|am|feel|feeling|felt|been|be|is|was|are|getting|become|became|gone|going|gets|get|very|really|so|still|and|but|he s|she s|hes|shes|actively|currently|now) ~2 {suicidal}|{suicidal} (?:thoughts|ideation|feelings|urges|again|and|lately|tonight|today|right now|now)"], unless: ["{suicidal} ~3 (?:are|were|have|has) ~1 (?:gone|better|passed|over|stopped|faded|eased)|(?:not|never|no longer|isnt|wasnt|arent|not feeling|im not|i am not) ~1 {suicidal}"] },
  { id: "triage.crisis.passive-ideation", level: E, crisis: true, finding: "wish to die", all: ["{passiveSi}"] },
  { id: "triage.crisis.self-harm", level: E, crisis: true, finding: "self-harm", all: ["{selfHarm}"], unless: ["used to ~3 {selfHarm}|{selfHarm} ~8 (?:years ago|in the past|scars|im fine now|im doing better)|(?:accidentally|by accident|playing|lifting|at the gym|at work|slipped|fell|while|when i|cooking|shaving) ~6 {selfHarm}|{selfHarm} ~6 (?:accidentally|by accident|playing|lifting|at the gym|slipped|fell|while|cooking|shaving|knife slipped)", "(?:how|ways?) (?:to|can i|do i|should i) (?:help|support|talk)"] },
  { id: "triage.violence.harm-others", level: E, finding: "intent to harm someone", all: ["(?:want to|wants to|going to|gonna|plan to|plans to|planning to|will|thinking about|urge to|about to|threatening to|threatened to|threatens to|trying to|tried to|ready to|decided to|finna|bout to) {harmOthers}"] },
  // --- cardiac ---
  { id: "triage.cardiac.chest-pain-radiating", level: E, finding: "chest pain spreading to the arm, jaw, neck or back", all: ["{chest} ~3 {pain}|{pain} ~5 (?:in|on|en|de|del|around|across|behind|under) ~4 {chest}|(?:duele|duelen|dolor) ~3 {chest}", "{limb} ~3 {limbSymptom}|{limbSymptom} ~3 {limb}|{radiate} ~3 {limb}|{limb} ~2 {radiate}|left arm|left shoulder|l arm|jaw|shoulder blades|brazo izquierdo|mandibula"] },
  { id: "triage.cardiac.chest-pain-sweating", level: E, finding: "chest pain with sweating", all: ["{chest} ~3 {pain}|{pain} ~5 (?:in|on|en|de|del|around|across|behind|under) ~4 {chest}|(?:duele|duelen|dolor) ~3 {chest}", "{sweat}"] },
  { id: "triage.cardiac.chest-pain-breathless", level: E, finding: "chest pain with shortness of breath", all: ["{chest} ~3 {pain}|{pain} ~5 (?:in|on|en|de|del|around|across|behind|under) ~4 {chest}|(?:duele|duelen|dolor) ~3 {chest}", "{sob}|{cantBreathe}"] },
  { id: "triage.cardiac.chest-pain-faint", level: E, finding: "chest pain with fainting or dizziness", all: ["{chest} ~3 {pain}|{pain} ~5 (?:in|on|en|de|del|around|across|behind|under) ~4 {chest}|(?:duele|duelen|dolor) ~3 {chest}", "{faint}|{nausea}"] },
  { id: "triage.cardiac.chest-pain-severe", level: E, finding: "severe or sudden chest pain", all: ["{severe} ~3 {chest} ~2 {pain}|{chest} ~2 {pain} ~4 {severe}|{chest} ~2 (?:pain|pressure) ~2 (?:now|right now|for the last|for an hour|for 30 minutes|for 20 minutes|wont go away|that wont stop|not going away)|(?:crushing|squeezing|elephant) ~4 {chest}"] },
  { id: "triage.cardiac.heart-attack", level: E, finding: "possible heart attack", all: ["{present} ~3 {heartAttack}|(?:help|911|emergency|sos) ~3 {heartAttack}|{heartAttack} ~3 (?:help|911|emergency|sos|please|pls)|^{heartAttack}(?: \\|)?$|{heartAttack} (?:right now|now|symptoms)|{heartAttack} ~3 (?:happening|going on)|{heartAttack} ~~6 (?:crushing|sweating|sweaty|clammy|vomiting|left arm|jaw|cant breathe|short of breath|chest pain|chest pressure)"], unless: ["(?:history of|had a|had an|after a|after my|after his|after her|survived a|years ago|last year|prevent|prevention|risk of|reduce|lower) ~3 {heartAttack} ~4 (?:years?|ago|prevent|risk|last)", "lol|lmao|haha|every time|everytime|whenever|(?:gave|give|gives|almost|nearly) ~2 (?:me|him|her|had) (?:a )?heart attack"] },
  { id: "triage.cardiac.arrest", level: E, finding: "cardiac arrest", all: ["{arrest}"] },
  { id: "triage.cardiac.chest-pain", level: U, finding: "chest pain", all: ["{chest} ~3 {pain}|{pain} ~5 (?:in|on|en|de|del|around|across|behind|under) ~4 {chest}|(?:duele|duelen|dolor) ~3 {chest}|dolor de pecho|duele ~3 pecho"], unless: ["heartburn|acid reflux|after eating spicy|gerd|stress|stressed|anxious|anxiety|panic|when i cough|when i sneeze|coughing|from this cold|(?:muscle|pulled|sore) ~3 (?:from|after) ~3 (?:workout|gym|lifting|coughing)|when i press"] },
  // --- stroke ---
  { id: "triage.stroke.face-droop", level: E, finding: "face drooping", all: ["{face} ~4 {droop}|{droop} ~3 {face}|(?:one|left|right) side of ~2 {face} ~3 {droop}"] },
  { id: "triage.stroke.speech", level: E, finding: "sudden trouble speaking", all: ["{slurred} ~3 (?:speech|words|talking)|{speech} ~3 (?:slurred|slurring|garbled|jumbled|is off|sounds drunk|suddenly)|{slurred}"], unless: ["(?:drunk|drinking|alcohol|beers|shots|wine|dentist|novocaine|numbing)", "(?:toddler|learning to talk|speech therapy|speech delay|stutter)"] },
  { id: "triage.stroke.one-sided-weakness", level: E, finding: "weakness or numbness on one side", all: ["(?:{weakness}|(?:cant|can not|unable to) (?:lift|raise|hold up|grip)) ~5 {oneSide}|{oneSide} ~5 (?:{weakness}|(?:cant|can not|unable to) (?:lift|raise|hold up|grip))"], unless: ["(?:carpal|sleeping on|slept on|pinched nerve|sciatica)", "(?:stroke|palsy|ms|injury|surgery) ~8 (?:years|months) ago|since (?:her|his|my|the) (?:stroke|surgery|injury)|(?:exercises|physical therapy|physio|rehab|therapist) ~~10 (?:weakness|weak|numb)|(?:weakness|weak|numb) ~~10 (?:exercises|physical therapy|physio|rehab)"] },
  { id: "triage.stroke.named", level: E, finding: "possible stroke", all: ["{present} ~3 {strokeWord}|{strokeWord} (?:right now|now|symptoms)|(?:signs|symptoms) of a {strokeWord}"], unless: ["(?:history of|had a|after a|after my|after his|after her) {strokeWord} ~4 (?:years?|ago|months|last)", "(?:heat|sun) stroke"] },
  { id: "triage.stroke.worst-headache", level: E, finding: "sudden worst-ever headache", all: ["{worstHeadache}|(?:headache|head ache|h a|head pain|migraine) ~6 (?:worst (?:of|in) (?:my |his |her |their )?life|worst ever|worst ive ever)"], unless: ["warning signs?|red flags?|(?:doctor|nurse|article|book|video|website|they|teacher) ~3 (?:mentioned|said|says|told|warned|asked)|what does ~6 mean"] },
  { id: "triage.stroke.vision-loss", level: E, finding: "sudden loss of vision", all: ["{sudden} ~4 {visionLoss}|{visionLoss} ~5 (?:one eye|suddenly|all of a sudden|right eye|left eye|minutes ago|an hour ago)|(?:one eye|left eye|right eye|my eye|vision|sight) ~6 (?:disappeared|went out|vanished|blacked out|went dark|went black|curtain)|{sudden} ~3 (?:blind|blindness)"] },
  // --- breathing and allergy ---
  { id: "triage.breathing.cannot-breathe", level: E, finding: "cannot breathe", all: ["{cantBreathe}"], unless: ["snor\\w* ~4 (?:choking|gasping)|like (?:hes|shes|he is|she is|im) (?:choking|gasping) ~6 (?:fine|ok|okay)", "(?:cant breathe|cannot breathe) ~2 (?:through|out of) ~2 (?:my|his|her) (?:nose|nostril)", "stuffy|congested|blocked nose", "sleep apnea|apnea|cpap|snore|snores|snoring"] },
  { id: "triage.breathing.blue", level: E, finding: "blue lips or skin", all: ["{blueLips} ~3 {blue}|(?:baby|he|she|hes|shes|son|daughter|infant|newborn|child|kid|toddler|dad|mom|husband|wife) (?:is|looks|turned|turning|went|is turning|has gone|s) ~1 (?:blue|purple|gray|grey|dusky)|{blue} {blueLips}|{blue} ~2 (?:around|on|in) ~1 {blueLips}"], unless: ["(?:cold|raynaud|bruise|lipstick|popsicle|dye)"] },
  { id: "triage.breathing.severe-sob", level: E, finding: "severe shortness of breath", all: ["(?:severe|severely|very|extremely|really|so|getting more) ~2 {sob}|{sob} ~4 (?:at rest|sitting still|cant talk|cant finish|cant speak|getting worse fast|lips)|{sob} ~2 (?:so bad|really bad|very bad|terrible|awful|horrible|severe|worse and worse)|(?:only|barely|can only|can barely) (?:get out|say|speak|talk|get) ~3 (?:words?|sentence)|(?:one|1|2|two|few) words? at a time"] },
  { id: "triage.breathing.asthma-not-helping", level: E, finding: "asthma attack not relieved", all: ["{wheeze}|inhaler|asthma", "{notHelping}"] },
  { id: "triage.allergy.throat", level: E, finding: "throat closing or swelling", all: ["{throat} ~3 {closing}|{closing} ~2 {throat}"], unless: ["(?:sore|strep|tonsil|cold|flu)"] },
  { id: "triage.allergy.swelling-with-allergy", level: E, finding: "face, lip or tongue swelling after an allergen", all: ["{swellPart} ~3 {swelling}|{swelling} ~3 {swellPart}", "{allergy}|{breathWord}"] },
  { id: "triage.allergy.anaphylaxis", level: E, finding: "anaphylaxis", all: ["{anaphylaxis}"], unless: ["(?:history of|had|carry|prescribed|what is|what are|how do|signs of|symptoms of) ~3 {anaphylaxis}"] },
  { id: "triage.allergy.epinephrine-used", level: E, finding: "epinephrine needed", all: ["{used} ~3 {epipen}|{epipen} ~3 (?:used|given|injected|didnt help|not helping|wore off)"], unless: ["(?:how|when|where) (?:do|to|should|can|would|does) ~4 {epipen}|prescribed|trainer|expired|expires|expiration|refill|carry|practice"] },
  { id: "triage.allergy.hives-breathing", level: E, finding: "hives with breathing, throat or fainting symptoms", all: ["{hives}", "{breathWord}|dizzy|{faint}|{sob}|swallow\\w*|tongue|vomiting"] },
  // --- bleeding ---
  { id: "triage.bleeding.uncontrolled", level: E, finding: "bleeding that will not stop", all: ["{bleeding} ~3 {wontStop}|{wontStop} ~2 {bleeding}|(?:cant|cannot|unable to|not able to|can not) (?:stop|control) ~3 {bleeding}|{bleeding} ~2 {heavyBleed}|{heavyBleed} ~2 {bleeding}|severe bleeding|(?:having|is having|think im having|bleeding|massive|internal) ~2 hemorrhag\\w*|(?:lost|losing) (?:a lot of|lots of) blood"], unless: ["nosebleed|nose bleed|bleeding from (?:my|his|her|the) nose|nose (?:is )?bleeding|nose ~2 (?:wont|will not) stop"] },
  { id: "triage.bleeding.vomit-blood", level: E, finding: "vomiting blood", all: ["{vomit} ~5 {bloodWord}|{vomit} ~3 (?:a bunch of|a lot of|lots of|some|a cup of|mouthful of|tons of|pure|straight) ~3 {bloodWord}|{bloodWord} ~3 (?:in|into) ~2 (?:vomit|puke)|coffee grounds?|vomita sangre|vomitando sangre"] },
  { id: "triage.bleeding.cough-blood-large", level: E, finding: "coughing up a lot of blood", all: ["{coughUp} ~2 {lotOf} ~2 {bloodWord}"] },
  { id: "triage.bleeding.nosebleed-long", level: U, finding: "nosebleed that will not stop", all: ["(?:nose|nosebleed) ~4 (?:wont stop|will not stop|for 20|for 30|for an hour|over 20|more than 20|keeps bleeding)"] },
  { id: "triage.pregnancy.heavy-bleeding", level: E, finding: "heavy bleeding or severe pain in pregnancy", all: ["{pregnant}", "{heavyVaginal}|(?:severe|sharp|intense|bad) ~2 {pelvicPain}|{faint}|pain ~4 (?:terrible|severe|horrible|unbearable|awful|excruciating|so bad)|(?:sudden|terrible|horrible) ~2 {pelvicPain}|{pelvicPain} ~3 (?:so bad|severe|terrible|unbearable)"] },
  { id: "triage.pregnancy.ectopic", level: E, finding: "possible ectopic pregnancy", all: ["ectopic|tubal pregnancy"], unless: ["(?:history of|had an?|risk of|what is|what are|prior) ~3 ectopic"] },
  // --- poisoning and overdose ---
  { id: "triage.poisoning.overdose", level: E, finding: "overdose", all: ["(?:i|he|she|they|we|just|have|has|had|think|may have|might have|took an|took a|an|possible|accidental|accidentally|is|hes|shes|im|dad|mom|son|daughter|friend|brother|sister|husband|wife|boyfriend|girlfriend) ~2 {overdose}"], unless: ["(?:how much|how many|what happens|signs of|symptoms of|how to (?:prevent|treat|recognize)|lethal|naloxone kit|narcan kit) ~4 {overdose}"] },
  { id: "triage.poisoning.too-many-pills", level: E, finding: "took too many pills", all: ["{took} ~3 {tooMany} ~3 {pills}|{tooMany} {pills} ~3 (?:on purpose|at once|tonight)|{took} ~3 (?:\\d{2,3}|\\d+ or \\d+) ~2 {pills}"], unless: ["(?:how many|is it safe|can i take|what happens if)"] },
  { id: "triage.poisoning.child-ingestion", level: E, finding: "child swallowed medicine or a household chemical", all: ["{kid} ~5 {ingested} ~6 {poison}|{poison} ~5 (?:swallowed|ingested|got into)|{kid} ~8 {poison} ~5 {ingested}"] },
  { id: "triage.poisoning.chemical", level: E, finding: "swallowed a poison or chemical", all: ["(?:drank|swallowed|ingested|ate|drinking|trago|bebio|tomo) ~3 (?:bleach|antifreeze|drain cleaner|rat poison|poison|pesticide|weed killer|gasoline|methanol|lye|ammonia|cloro|veneno|lejia)"] },
  { id: "triage.poisoning.battery-magnet", level: E, finding: "swallowed a button battery or magnets", all: ["{battery}", "swallow\\w*|ate|eaten|ingested|in (?:his|her|my) (?:nose|ear|throat|mouth)|trago|se trago|comio"] },
  { id: "triage.poisoning.carbon-monoxide", level: E, finding: "possible carbon monoxide poisoning", all: ["{cmono}"], unless: ["(?:install|buy|which|best|how often|should i get|test the)"] },
  // --- consciousness, seizures, confusion ---
  { id: "triage.neuro.unresponsive", level: E, finding: "unresponsive or collapsed", all: ["{unconscious}"], unless: ["collapsed ~2 (?:in laughter|laughing|on the couch|into bed|from laughing)|lol|haha"] },
  { id: "triage.neuro.seizure-ongoing", level: E, finding: "seizure that is ongoing, long, or first-ever", all: ["{seizure} ~3 (?:wont stop|will not stop|hasnt stopped|not stopping|more than 5|over 5|5 minutes|\\d+ minutes|back to back|another one|not breathing|turning blue|and blue|no para|right now|now)|(?:first|first ever|first time|primera|su primera|una primera) {seizure}|(?:esta|estaba|sigue) ~1 (?:teniendo|con) ~2 {seizure}|(?:back to back|repeated|multiple|several|nonstop|non stop|continuous) ~1 {seizure}|{seizure} ~2 (?:ever|for the first time|primera vez)|never had (?:a )?{seizure}|(?:is|are|hes|shes|currently|keeps) having (?:a )?(?:her |his |their )?(?:first )?{seizure}|{seizure} ~6 (?:pregnant|hit (?:his|her|my) head|not breathing|blue)"], unless: ["(?:last|a) (?:week|month|year)|(?:weeks|months|years|days) ago|yesterday|history of|prevent|keppra|medication|meds|epilepsy"] },
  { id: "triage.neuro.sudden-confusion", level: E, finding: "sudden confusion", all: ["{confused}"], unless: ["(?:about|by) (?:the|my|this|these|your) (?:instructions|dose|doses|dosing|bill|insurance|results|lab|labs)|confused about|confused by|confusion about|confusing"] },
  { id: "triage.neuro.head-injury-red-flags", level: E, finding: "head injury with red flags", all: ["{headHit}", "{headBad}"] },
  { id: "triage.neuro.meningitis", level: E, finding: "fever with stiff neck or non-fading rash", all: ["{fever}", "{stiffNeck}|neck ~3 stiff|chin to (?:her|his|my|their) chest|{badRash}"] },
  { id: "triage.neuro.non-blanching-rash", level: E, finding: "rash that does not fade under pressure", all: ["{badRash}|(?:rash|spots|dots|bruises|marks) ~6 (?:dont|doesnt|do not|does not|wont|didnt) (?:fade|blanch|disappear|go away when)|(?:purple|dark red|pinpoint) ~2 (?:rash|spots|dots|bruises)|(?:rash|spots) ~4 (?:bruise|bruises|bruising)"] },
  // --- infants ---
  { id: "triage.infant.fever", level: E, finding: "fever in a baby under 3 months", all: ["{infantAgeOld}|(?:[1-9]|1[0-2]|1[3-9]|2\\d|30) {ageUnit} (?:old|de nacido|de nacida|de edad)|(?:[12]|un) {monthUnit} (?:old|de nacido|de nacida|de edad)|(?:my|our|her|his|the|a|mi|su|baby|infant|son|daughter|bebe|hijo|hija|newborn) (?:is )?(?:only )?(?:[1-9]|1[0-2]|1[3-9]|2\\d|30) {ageUnit}|(?:bebe|hijo|hija|nino|nina|nene|nena|baby) de (?:[1-9]|1[0-2]|[12]\\d|30) {ageUnit}|(?:bebe|hijo|hija|nino|nina|nene|nena|baby) de (?:[12]|un) {monthUnit}|(?:my|our|her|his|the|a|mi|su|baby|infant|son|daughter|bebe|hijo|hija) (?:is )?(?:only )?(?:[12]|un) {monthUnit}|(?:baby|infant|bebe) ~3 (?:born|nacio) (?:[1-9]|1[0-2]) {ageUnit} ago|(?:[1-9]|1[0-2]|1[3-9]|2\\d|30) {ageUnit} (?:old )?(?:baby|infant|newborn|son|daughter|boy|girl|bebe)|(?:hes|shes|he is|she is|baby is|who is|whos|just turned|only) (?:only |just )?(?:[1-9]|1[0-2]|[12]\\d|30) {ageUnit}(?! (?:pregnant|along|postpartum|post|ago))", "{fever}|{highTempInfant} ~1 (?:f|c|degrees|fahrenheit|celsius|grados)|(?:3[89]|4[01])\\.\\d|100\\.[4-9]|10[1-5]\\.\\d"], unless: ["(?:temp|temperature|temps) ~2 {lowTemp}(?:\\.\\d)? ~5 (?:normal|ok|okay|fine|too low|low)", "(?:\\d+|few|several) (?:years|year|yrs) old ~~8 {fever}", "^(?:what|which|how|when|at what) (?:temperature|temp|is considered|counts|is a fever|should|number|reading)"] },
  { id: "triage.infant.red-flags", level: E, finding: "young baby not feeding, limp or hard to wake", all: ["{infantAgeOld}|(?:[1-9]|1[0-2]|1[3-9]|2\\d|30) {ageUnit} (?:old|de nacido|de nacida)|(?:[12]|un) {monthUnit} (?:old|de nacido|de nacida)|(?:my|our|her|his|the|a|mi|su|baby|infant|son|daughter|bebe|hijo|hija|newborn) (?:is )?(?:only )?(?:[1-9]|1[0-2]|[12]\\d|30) {ageUnit}|(?:bebe|hijo|hija|nino|nina|baby) de (?:[1-9]|1[0-2]|[12]\\d|30) {ageUnit}|(?:bebe|hijo|hija|nino|nina|baby) de (?:[12]|un) {monthUnit}|(?:my|our|her|his|the|a|mi|su|baby|infant|son|daughter|bebe|hijo|hija) (?:is )?(?:only )?(?:[12]|un) {monthUnit}", "{infantBad}"] },
  // --- trauma, burns, environment ---
  { id: "triage.trauma.major", level: E, finding: "major injury", all: ["{trauma}"], unless: ["drowning in (?:homework|work|debt|paperwork|emails|bills|laundry|stress|assignments|tasks)|dream|dreams|dreaming|dreamt|nightmare|nightmares|afraid of|fear of|scared of|phobia|movie|tv show|video game|in a game|novel|documentary"] },
  { id: "triage.trauma.severe-burn", level: E, finding: "severe burn", all: ["{burnBad}"] },
  { id: "triage.trauma.chemical-eye", level: E, finding: "chemical in the eye", all: ["{eyeChem} ~3 {eye}|{eye} ~4 (?:bleach|chemical|acid|lye|oven cleaner)|{caustic} ~6 (?:in|into|on) (?:my|his|her|their|the|your|both|an|one|el|los|su|sus) ~1 {eye}|{eye} ~4 {caustic}"], unless: ["(?:what|how|can|could|does|is) ~6 (?:happen|damage|cause|blind)"] },
  { id: "triage.environment.heat-stroke", level: E, finding: "possible heat stroke", all: ["{heatStroke}"], unless: ["(?:prevent|avoid|how to|what is|signs of) ~3 {heatStroke}"] },
  // --- metabolic, circulation, other organ emergencies ---
  { id: "triage.metabolic.low-sugar", level: E, finding: "very low blood sugar", all: ["{sugar} ~3 {lowSugarValue}|{sugar} ~2 (?:is|was|of|at|reading) ~1 {lowSugarValue}", "confused|shaky|passing out|passed out|wont eat|sweaty|sweating|cant think|slurring|sleepy|drowsy|unresponsive|seizure|now|dropping|low|acting drunk|acting weird|acting strange|not making sense|combative|not himself|not herself"] },
  { id: "triage.metabolic.dka", level: E, finding: "possible diabetic ketoacidosis", all: ["{dka}|{sugar} ~3 (?:[4-9]\\d\\d|hi|high) ~~8 (?:vomiting|throwing up|confused|breathing fast|fruity|ketones|cant keep)"], unless: ["(?:what is|what are|how to prevent|history of) ~3 {dka}"] },
  { id: "triage.circulation.hypertensive-crisis", level: E, finding: "very high blood pressure with symptoms", all: ["{bp} ~3 (?:{crisisBp}|1[89]\\d|2\\d\\d)(?:/\\d+)?", "{bpBad}"] },
  { id: "triage.circulation.clot-to-lung", level: E, finding: "leg swelling with chest pain or breathlessness", all: ["{legClot} ~3 {legSwell}|{legSwell} ~3 {legClot}", "{peSign}"] },
  { id: "triage.surgical.testicular-torsion", level: E, finding: "sudden severe testicular pain", all: ["{testicle}", "sudden|suddenly|severe|excruciating|worst|twisted|vomiting|out of nowhere|very painful|really painful|so painful|extremely painful|hurts so bad|hurts really bad|hurts a lot|killing him|swollen and painful|painful and swollen"] },
  { id: "triage.surgical.rigid-abdomen", level: E, finding: "severe abdominal pain with red flags", all: ["(?:severe|excruciating|worst|unbearable) ~3 {abdomen} ~2 (?:pain|ache)|{abdomen} ~2 (?:pain|ache) ~4 (?:severe|excruciating|unbearable|worst)", "rigid|hard as a board|board like|vomiting blood|black|fainted|passed out|cant stand|pregnant|fever and|sweating"] },
  { id: "triage.general.worst-pain", level: E, finding: "worst pain of one's life", all: ["worst ~2 pain (?:of|in) (?:my|his|her|their) life|worst pain ever|peor dolor de mi vida"] },
  { id: "triage.breathing.child-distress", level: E, finding: "working hard to breathe", all: ["ribs ~3 (?:pull|pulling|pulls|suck|sucking|sucks|show|showing) ~2 in|(?:chest|ribs|neck|belly|stomach|skin between|throat) ~4 (?:caving in|caves in|sinking in|sinks in|sucking in|sucks in|pulling in|pulls in)|stridor|{drool} ~~8 (?:cant swallow|breathing loud|noisy breathing|loud breathing|cant breathe|struggling to breathe|leaning forward)|(?:cant swallow|noisy breathing|loud breathing|breathing loud) ~~8 {drool}|retractions|nostrils ~2 flaring|head bobbing|grunting with (?:each|every) breath|belly sucking in"] },
  { id: "triage.neuro.seizing-now", level: E, finding: "seizure happening now", all: ["(?:is|are|hes|shes|keeps|started|currently|now|still|been|he s|she s) ~2 (?:seizing|convulsing|having a seizure|having seizures|fitting|having convulsions)|esta convulsionando|convulsionando|esta teniendo una convulsion"] },
  { id: "triage.allergy.breathing-after-allergen", level: E, finding: "breathing trouble after an allergen", all: ["allergic|allergy|reaction|sting|stung|bee|wasp|peanuts?|shellfish|hives|penicillin|alergia|alergica|alergico|picadura", "{sob}|{cantBreathe}|trouble breathing|wheez\\w*|throat ~2 (?:tight|closing|swelling)|no puedo respirar"] },
  { id: "triage.allergy.tongue-throat-swelling", level: E, finding: "tongue or throat swelling", all: ["(?:tongue|throat|lengua|garganta) ~3 (?:{swelling}|huge|thick|fat|big)|{swelling} ~5 (?:tongue|throat|lengua|garganta)"], unless: ["(?:sore|strep|tonsil|cold|flu|glands?|bit my tongue|bit his tongue|bit her tongue)"] },
  { id: "triage.metabolic.fruity-breath", level: E, finding: "possible diabetic ketoacidosis (fruity breath)", all: ["fruity (?:breath|smell)|breath smells fruity|breath ~2 fruity"] },
  { id: "triage.cardiac.clutching-chest", level: E, finding: "clutching the chest or collapsing", all: ["(?:grabbed|grabbing|clutching|clutched|holding|held) (?:his|her|my|their) chest|(?:se agarro|se agarra|agarrandose|agarrando|se toco|sujetando) ~2 (?:el )?pecho|{chest} ~6 (?:collapsed|fell to the floor|fell down|passed out)"] },
  { id: "triage.cardiac.tearing-pain", level: E, finding: "tearing chest or back pain", all: ["(?:tearing|ripping) ~3 (?:pain|{chest}|back)|(?:{chest}|back|shoulder blades) ~8 (?:tearing|ripping)"] },
  { id: "triage.stroke.speech-odd", level: E, finding: "sudden change in speech", all: ["{speech} ~3 (?:weird|strange|off|funny|wrong|slurry|garbled|not right)|(?:cant|can not|unable to) (?:talk|speak) (?:right|properly|clearly|straight|normally)"], unless: ["(?:drunk|drinking|alcohol|dentist|novocaine|toddler|speech therapy|stutter|voice is hoarse|hoarse|laryngitis)"] },
  { id: "triage.breathing.cant-speak", level: E, finding: "too breathless to speak", all: ["{sob}|wheez\\w*|breath\\w*|asthma", "(?:cant|can not|unable to|struggling to) (?:say|finish|speak|talk|get) ~3 (?:sentence|sentences|words|a word)|(?:cant|can not|unable to) (?:talk|speak)|full sentences?"] },
  { id: "triage.allergy.reaction-signs", level: E, finding: "allergic reaction with airway, breathing or circulation signs", all: ["allergic|allergy|allergies|reaction|sting|stung|bee|wasp|hornet|peanuts?|nuts|cashews?|almonds?|walnuts?|shellfish|shrimp|penicillin|amoxicillin|alergia|alergica|alergico", "(?:throat|tongue|lips|lip|face) ~3 (?:{swelling}|tight|closing|itchy and)|(?:hard|trouble|difficulty|cant) (?:to )?swallow\\w*|{sob}|{cantBreathe}|wheez\\w*|{faint}|hives ~6 (?:vomiting|dizzy|lightheaded)"], unless: ["(?:history of|what is|what are|how do|last year|years ago)"] },
  { id: "triage.bleeding.cant-stop-2", level: E, finding: "bleeding that will not stop", all: ["(?:cant|cannot|unable to|can not|not able to) ~3 (?:bleeding|blood) ~2 (?:stop|to stop)|(?:soaked|soaking) ~3 (?:through|towel|towels|shirt|bandage|gauze)|(?:towel|towels|bandage|gauze) ~3 (?:soaked|soaking|full of blood)"] },
  { id: "triage.bleeding.gi-with-faint", level: E, finding: "bleeding from the gut with fainting or dizziness", all: ["(?:black|tarry|bloody|maroon) ~3 (?:stool|stools|poop|poo|bowel|diarrhea)|(?:pooping|pooped|shitting|passing) ~3 (?:pure |straight |all |just )?blood|(?:stool|stools|poop|poo) ~3 (?:black|tarry|bloody|maroon)|blood in ~2 (?:stool|poop|vomit)|{vomit} ~5 {bloodWord}", "{faint}|dizzy|lightheaded|pale|weak"] },
  { id: "triage.poisoning.empty-bottle", level: E, finding: "empty pill bottle with drowsiness", all: ["empty ~2 (?:pill bottle|bottle|bottles|packet|packets|blister)", "sleepy|drowsy|unresponsive|wont wake|not waking|out of it|confused|slurring|passed out|barely|vomiting|cant wake"] },
  { id: "triage.poisoning.co-appliance", level: E, finding: "possible carbon monoxide poisoning", all: ["furnace|heater|generator|gas stove|fireplace|boiler|car running|exhaust|space heater|wood stove|grill indoors", "headache|headaches|dizzy|nausea|nauseous|vomiting|sleepy|confused|drowsy", "(?:we|everyone|whole family|all of us|both of us|family|kids|we all|all have|all feel)"] },
  { id: "triage.crisis.means", level: E, crisis: true, finding: "means for suicide at hand", all: ["(?:use it|use them|do it|shoot|point it) ~1 on myself|(?:gun|rope|noose|knife|razor|blade|pills|meds) ~4 (?:ready|saved|stockpiled|saved up|loaded|lined up)|(?:i have|ive got|got) a plan ~6 (?:die|end|suicide|kill|worth living|goodbye)|(?:life|living) ~4 (?:worth|point) ~6 (?:plan|tonight)"] },
  { id: "triage.neuro.found-down", level: E, finding: "found down, not responding", all: ["(?:found|lying|laying|lay|is) ~4 (?:on the floor|on the ground|in the bathroom|in bed) ~6 (?:wont|not|isnt|cant|doesnt) ~2 (?:answer|respond|move|wake|talk|breathing)"] },
  { id: "triage.surgical.testicular-2", level: E, finding: "severe testicular pain", all: ["{testicle}", "horrible|terrible|intense|really bad|throwing up|vomiting|woke up with|worst|excruciating"] },
  { id: "triage.trauma.smoke", level: E, finding: "smoke inhalation", all: ["smoke inhalation|inhaled ~3 smoke|breathed in ~3 smoke|(?:fire|smoke) ~8 (?:coughing|confused|hard to breathe|short of breath|cant breathe|wheezing|hoarse|soot)"] },
  { id: "triage.trauma.large-burn", level: E, finding: "large or deep burn", all: ["(?:burn|burned|burnt|scald|scalded|boiling) ~8 (?:whole|entire|all over|most of|large part|over (?:his|her|my) (?:chest|back|face|body))"] },
  { id: "triage.trauma.spinal", level: E, finding: "possible spinal injury", all: ["(?:cant|can not|cannot|unable to) (?:feel|move) (?:his|her|my|their) (?:legs|arms|body|neck|feet)|(?:dove|dived|diving|fell|fall|crash|accident) ~8 (?:cant|can not|unable to) (?:feel|move)|(?:fell|fall|crash) ~8 neck ~3 (?:cant move|numb|tingling|hurts badly)"] },
  { id: "triage.poisoning.many-pills-count", level: E, finding: "took many pills", all: ["{took} ~4 (?:about|around|like|maybe|over|at least)? ~1 (?:[1-9]\\d|1\\d\\d) ~5 {pills}"], unless: ["(?:over|in|for) (?:the )?(?:last|past) ~2 (?:days|weeks|months|years)|a (?:day|week|month)|per day|daily|each day"] },
  { id: "triage.trauma.gunshot-self", level: E, crisis: true, finding: "gunshot wound", all: ["shot (?:himself|herself|myself|themselves)|(?:been|was|got|is) shot"] },
  { id: "triage.bleeding.lots-of-blood", level: E, finding: "heavy bleeding", all: ["(?:so much|lots of|a lot of|tons of|too much|pool of) blood|blood everywhere|(?:chainsaw|saw|machete|axe|glass) ~6 (?:blood|bleeding|cut|deep)"] },
  { id: "triage.trauma.fracture-shock", level: E, finding: "injury with signs of shock", all: ["bent (?:the )?wrong way|bone ~2 (?:sticking|poking) out|deformed|crushed|fell ~4 (?:stairs|roof|ladder|height|balcony|tree)|{trauma}", "pale|sweaty|clammy|passing out|{faint}|confused|not moving|isnt moving|wont move|no se mueve"] },
  { id: "triage.trauma.fall-not-moving", level: E, finding: "fall with no movement or response", all: ["(?:fell|fall|fallen|se cayo|cayo|dropped|collapsed|found) ~8 (?:isnt moving|not moving|wont move|doesnt move|no se mueve|cant move|isnt responding|not responding|wont respond|no responde|not answering|isnt answering|wont answer|not talking|staring blankly|just staring|no contesta)"] },
  { id: "triage.cardiac.fast-heart-symptoms", level: E, finding: "racing heart with fainting, chest pain or breathlessness", all: ["(?:heart|pulse|heartbeat|heart rate|hr) ~3 (?:racing|pounding|very fast|really fast|so fast|super fast|too fast|beating fast|out of control|irregular|(?:1[5-9]\\d|2\\d\\d))", "{faint}|{sob}|chest pain|passing out|{cantBreathe}"] },
  { id: "triage.poisoning.drugged", level: E, finding: "possible drugging", all: ["(?:put|slipped|spiked|added) ~3 (?:something|drug|drugs|pill|pills) ~3 (?:in|into) ~2 (?:my|her|his|their) (?:drink|food|coffee)|(?:drink|drinks) (?:was|got|were) spiked|(?:i think|think) (?:i|she|he) (?:was|got|been) (?:drugged|roofied)|roofied"] },
  { id: "triage.violence.assault", level: E, finding: "assault or threat of violence", unless: ["(?:mama|mami|papa|papi|jefe|maestra|maestro|esposa) ~3 me va a matar", "lol|haha|lmao|jk|joking|exam|test|homework|traffic|this heat|my feet|these shoes|deadline|mom is going to kill me|dad is going to kill me|(?:boss|mom|dad|mother|father|wife|husband|teacher|coach|parents|girlfriend|boyfriend|sister|brother|mum) ~3 (?:going to|gonna|will) kill me|kill me (?:when|if) (?:he|she|they|my) ~2 (?:sees|see|finds|find|hears|hear)"], all: ["(?:was|been|got|just) (?:raped|sexually assaulted|assaulted|attacked|beaten)|(?:threatening|threatened|going|trying|wants|says he will|says she will|said he would|said she would) (?:to )?(?:kill|hurt|shoot|stab|strangle|choke) (?:me|us|my)|(?:hitting|beating|choking|strangling|attacking) me|(?:has|with) a (?:gun|knife) ~4 (?:threat|kill|hurt|coming)|(?:me|nos) (?:quiere|va a|quieren|van a) (?:matar|pegar|golpear|apunalar|disparar)|(?:me|nos) esta (?:pegando|golpeando|ahorcando|asfixiando)|(?:me|nos) (?:amenazo|amenaza) con"] },
  { id: "triage.pregnancy.preeclampsia", level: E, finding: "pregnancy with severe headache or vision changes", all: ["{pregnant}", "(?:severe|terrible|bad|worst|pounding|awful|horrible|killer|splitting|massive|really bad) headache|headache ~~8 (?:face|hands) ~3 (?:swollen|swelling|puffy)|(?:face|hands) ~4 (?:swollen|swelling|puffy) ~~8 headache|seeing spots|(?:vision|sight) ~3 (?:blurry|changes|spots|dark|flashing)|blurry vision|flashing lights"] },
  { id: "triage.infant.severe-dehydration", level: E, finding: "severe dehydration", all: ["lethargic|listless|floppy|limp|unresponsive|wont wake|hard to wake|very sleepy", "not peeing|no wet|hasnt peed|havent peed|sunken|no tears|very dry mouth|diarrhea|vomiting|throwing up|not drinking|wont drink"] },
  { id: "triage.neuro.cauda-equina", level: E, finding: "leg weakness with loss of bladder or bowel control", all: ["(?:both legs|legs) ~4 (?:weak|weakness|numb|numbness|cant move|giving out)|(?:weakness|numbness) ~3 (?:in )?both legs|numb ~3 (?:groin|saddle|between my legs)", "(?:cant|can not|unable to|lost) ~2 (?:control|hold) ~3 (?:bladder|bowels|bowel|pee|urine|poop)|incontinen\\w*|wet myself|peed myself|numb ~3 (?:groin|saddle)"] },
  { id: "triage.general.dying", level: E, finding: "says they are dying", all: ["(?:i think|i feel like|feel like|pretty sure|scared) ~2 (?:im|i am|hes|shes|he is|she is) dying|^(?:im|i am) dying|help (?:me )?(?:im|i am) dying|me estoy muriendo|se esta muriendo"], unless: ["dying (?:to|for|of laughter|laughing)"] },
  { id: "triage.neuro.foaming", level: E, finding: "foaming at the mouth", all: ["foaming at the mouth|foam (?:from|at) (?:his|her|the) mouth|espuma por la boca"] },
  { id: "triage.environment.venomous-bite", level: E, finding: "venomous bite or sting", all: ["(?:snake|rattlesnake|rattler|copperhead|cottonmouth|viper|adder|scorpion|black widow|brown recluse|jellyfish|stingray) ~5 (?:bit|bite|bitten|stung|sting|stuck)|(?:bit|bitten|stung) by (?:a )?(?:snake|rattlesnake|scorpion|black widow|brown recluse)"] },
  { id: "triage.environment.hypothermia", level: E, finding: "possible hypothermia", all: ["hypothermia|shivering uncontrollably|(?:body )?(?:temp|temperature) ~3 (?:super low|very low|really low|dangerously low|8\\d|9[0-4]|3[0-4])(?:\\.\\d)?(?![0-9.])|(?:shaking|shivering|confused|drowsy|stiff|blue) ~~12 (?:snow|freezing|icy water|outside all night)|(?:snow|cold|freezing|icy water|outside all night) ~8 (?:confused|drowsy|slurr\\w*|wont wake|shivering|blue|stiff|stopped shivering)"], unless: ["(?:prevent|avoid|what is|signs of)"] },
  { id: "triage.environment.submersion", level: E, finding: "drowning or near-drowning", all: ["(?:pool|lake|water|bathtub|bath|ocean|river|sea) ~8 (?:under water|underwater|went under|pulled (?:him|her|them) out|submerged|face down|unconscious|not breathing)|(?:under water|underwater) (?:for|about) ~3 (?:minute|minutes|seconds)"] },
  { id: "triage.metabolic.insulin-overdose", level: E, finding: "too much insulin with symptoms", all: ["(?:double|extra|too much|twice|2x|two doses) ~4 insulin|insulin ~4 (?:twice|double|too much|by mistake|extra)", "sweat\\w*|shaky|shaking|confused|{confused}|passing out|{faint}|drowsy|wont wake|not making sense|seizure"] },
  { id: "triage.infant.bulging-fontanelle", level: E, finding: "bulging soft spot", all: ["bulging ~2 (?:soft spot|fontanelle|fontanel)|(?:soft spot|fontanelle) ~3 (?:bulging|swollen|puffy)"] },
  { id: "triage.cardiac.presyncope-palpitations", level: E, finding: "about to faint with a pounding or painful chest", all: ["{faint}|going to pass out|about to pass out|gonna pass out|feel faint", "(?:chest|heart) ~3 (?:pounding|racing|fluttering|hurts|pain|tight|skipping)"] },
  { id: "triage.surgical.perforation", level: E, finding: "possible burst appendix or perforation", all: ["(?:appendix|appendicitis|ulcer|bowel|gut) ~3 (?:burst|ruptured|rupture|perforated|popped)|(?:whole|entire) (?:belly|abdomen|stomach) ~3 (?:hurts|rigid|hard|pain) ~8 (?:fever|vomiting|cant move)"] },
  { id: "triage.trauma.scald", level: E, finding: "scald in a child or a large scald", all: ["(?:pulled|knocked|spilled|tipped) ~4 (?:pot|pan|kettle|cup|mug|bowl) ~4 (?:boiling|hot)|(?:boiling|scalding|hot) (?:water|oil|soup|coffee|tea|grease) ~6 (?:on|onto|over|all over) ~2 (?:himself|herself|themselves|his|her|face|chest|body|baby|toddler)"] },
  { id: "triage.neuro.seizure-after-trauma", level: E, finding: "seizure after an injury", all: ["(?:punched|hit|fell|struck|kicked|crash|accident|head injury) ~8 {seizure}"] },
  { id: "triage.cardiac.cp-abbreviation", level: E, finding: "chest pain (CP) with red flags", all: ["cp ~4 (?:radiating|radiates|to l arm|to left arm|to jaw|arm|jaw|diaphore\\w*|sob|sweat\\w*|clammy)"] },
  { id: "triage.cardiac.referred-pain-sweat", level: E, finding: "jaw, arm or upper back pain with sweating", all: ["(?:jaw|left arm|left shoulder|shoulder blades|both arms|l arm|brazo izquierdo|mandibula) ~4 {pain}|{pain} ~6 (?:jaw|left arm|left shoulder|shoulder blades|both arms|l arm|brazo izquierdo|mandibula)|(?:jaw|left arm|left shoulder|shoulder blades) ~3 {limbSymptom}", "{sweat}|ashen|cold sweat"], unless: ["dentist|tooth|teeth|wisdom|tmj|gym|workout|lifting|fever|flu|night sweats"] },
  { id: "triage.stroke.speech-confused", level: E, finding: "sudden change in speech", all: ["{speech} ~3 (?:mixed up|jumbled|all wrong|wrong|dont make sense|make no sense|nonsense)|(?:sudden|suddenly|new|acute|with|and) (?:expressive |receptive )?aphasia"], unless: ["(?:drunk|drinking|alcohol|dentist|novocaine|toddler|speech therapy|stutter|learning|language|english|spanish|accent)"] },
  { id: "triage.surgical.rigid-belly", level: E, finding: "rigid or hard swollen belly with pain or vomiting", all: ["{abdomen} ~4 (?:rigid|hard as a board|hard as a rock|rock hard|board like|like a board|hard like a board|like a rock)", "pain|hurts|hurt|hurting|vomit\\w*|throwing up|fever|10 out of 10|10 10|cant move|swollen|bloated|distended"] },
  { id: "triage.surgical.obstruction", level: E, finding: "green vomiting with a swollen belly or no stool", all: ["(?:vomit\\w*|throwing up|puking|threw up) ~3 (?:green|bile|poop|feces)|green (?:vomit|puke|bile)", "(?:havent|hasnt|cant|not|no|unable to) ~2 (?:pooped|poop|pooping|passed gas|fart\\w*|bowel movement)|swollen|rock hard|distended|bloated|baby|infant|newborn|month old|week old|weeks old"] },
  { id: "triage.metabolic.dka-signs", level: E, finding: "possible diabetic ketoacidosis (ketones, vomiting, fast breathing)", all: ["type 1|t1d|type one|diabetic|diabetes|insulin|ketones|sugar|glucose|diabetico|diabetica", "(?:large|high|moderate|big|dark) ~1 ketones|ketones ~3 (?:large|high|moderate|positive|dark)|{vomit} ~~8 (?:breathing|breaths|breathe|panting) ~2 (?:fast|rapid|deep|heavy|hard|super fast|really fast|weird|funny)|(?:breathing|breaths) ~2 (?:fast|rapid|deep|heavy|super fast|really fast) ~~8 {vomit}"] },
  { id: "triage.poisoning.co-enclosed-engine", level: E, finding: "engine or fire running in an enclosed space with symptoms", all: ["(?:car|engine|truck|generator|grill|charcoal|motor) ~3 (?:running|on|idling|going|burning) ~6 (?:garage|closed|inside|indoors|tent|basement)|(?:garage|closed|tent|basement|indoors) ~6 (?:car|engine|generator|grill|charcoal|motor) ~3 (?:running|on|idling|going|burning)", "groggy|confused|drowsy|sleepy|headache|dizzy|vomiting|nauseous|passed out|unresponsive|wont wake|weak|out of it|{unconscious}"] },
  { id: "triage.violence.weapon-intent", level: E, finding: "threat to harm someone with a weapon", all: ["{weapon} ~8 (?:to )?(?:kill|shoot|stab|murder|hurt|attack|threaten) (?:him|her|them|his|their|our|my|everyone|everybody|people|someone|us|me)|(?:kill|shoot|stab|murder) (?:him|her|them|his|their|our|my|everyone|everybody|people|someone|us|me) ~8 {weapon}"], unless: ["game|video game|movie|show|novel|story|fortnite|call of duty|hunting|deer|lol|lmao|haha|jk"] },
  { id: "triage.crisis.ledge", level: E, crisis: true, finding: "at a height or on tracks, in crisis", all: ["(?:standing|sitting|stood|climbed|up|out) ~2 (?:on|at|onto|over) (?:the|a|this|that|top of the) (?:bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|overpass|balcony)", "jump|goodbye|cant do this|cant take|done|end it|anyone|anymore|nobody|no one|sorry|last time|tell (?:my|them)|love you|tonight|dont think|die|over|nothing|worthless|burden"], unless: ["(?:photo|photos|picture|view|sunset|selfie|fishing|hiking|tour|bungee|fixing|repair|gutters|antenna|shingles|painting|cleaning)"] },
  { id: "triage.crisis.es-method", level: E, crisis: true, finding: "intencion suicida", all: ["(?:me voy a|voy a|quiero|me quiero|pienso|pensando en) (?:tirar|aventar|lanzar|colgar|matar|suicidar|morir|cortar las venas)|(?:tirarme|aventarme|lanzarme) (?:del|de un|de una|de la|al|a las|a la|por la)|(?:ya )?no (?:aguanto|puedo) mas ~~8 (?:tirar|matar|morir|puente|pastillas|terminar|acabar)"] },
  { id: "triage.bleeding.nosebleed-red-flags", level: E, finding: "nosebleed with fainting, blood thinners or over an hour", all: ["nosebleed|nose bleed|nose ~3 (?:bleeding|bleed|blood)|bleeding from (?:my|his|her|the) nose|sangrado nasal|sangra la nariz|sangre de la nariz", "{faint}|lightheaded|pale|blood thinners?|thinners|eliquis|warfarin|coumadin|xarelto|apixaban|plavix|clopidogrel|swallowing blood|choking on blood|(?:for|over|more than|nonstop for|almost) (?:an|1|one|over an|almost an|more than an) (?:hour|hr)"] },
  { id: "triage.poisoning.multiple-dose", level: E, finding: "many times the right dose", all: ["(?:[3-9]|[1-9]\\d) (?:x|times) ~2 (?:dose|doses|amount|recommended|normal|prescribed|adult|what)|(?:adult|wrong) dose ~6 (?:baby|infant|toddler|month old|week old|newborn)"] },
  { id: "triage.poisoning.many-of-mine", level: E, finding: "took many of a medicine", all: ["{took} ~2 (?:about |like |around |maybe |over )?(?:1[5-9]|[2-9]\\d|1\\d\\d) of (?:my|his|her|their|the|those|these|mom s|dad s|moms|dads|mis|sus)"], unless: ["(?:over|in|for) (?:the )?(?:last|past) ~2 (?:days|weeks|months|years)|a (?:day|week|month)|per day|daily|each day|steps|questions"] },
  { id: "triage.poisoning.naloxone", level: E, finding: "naloxone needed", all: ["(?:gave|give|giving|used|use|needed|need|had to give|had to use|administered|sprayed|hit him with|hit her with) ~3 (?:narcan|naloxone)|(?:narcan|naloxone) ~3 (?:isnt working|not working|didnt work|worked|wore off|given)"], unless: ["(?:how|where|when|kit|carry|should i|training|pharmacy|buy|get|keep) ~4 (?:narcan|naloxone)"] },
  { id: "triage.poisoning.opioid-signs", level: E, finding: "signs of opioid overdose", all: ["pinpoint pupils|nodding off|gurgling|snoring sounds|wont stay awake|cant stay awake|barely breathing|lips ~2 blue", "heroin|fentanyl|oxy\\w*|percs|opioids?|opiates|dope|methadone|morphine|pills|used|using|shot up|high"] },
  { id: "triage.pregnancy.imminent-birth", level: E, finding: "birth happening now", all: ["{birthPart} ~3 (?:is coming out|coming out|is out|crowning|hanging out|came out|sticking out)|(?:giving birth|delivering|baby is coming) ~3 (?:now|right now|at home|in the car|on the floor)|cord ~3 prolapse\\w*|(?:se ve|sale|salio) la cabeza|va a nacer ~2 (?:ya|ahorita|ahora)"], unless: ["(?:what|how|plan|planning|prepare|class|video|birth plan) ~6 (?:giving birth|delivering|crowning)"] },
  { id: "triage.bleeding.postpartum", level: E, finding: "heavy bleeding after giving birth", all: ["hemorragia|postpartum ~3 (?:bleeding|hemorrhage|hemorrhaging|clots)|(?:after|since) ~3 (?:giving birth|birth|delivery|delivering|c section|parto) ~6 (?:soaking|clots|gushing|pouring|heavy)|(?:soaking|gushing|pouring|empapando|sangrando mucho) ~6 (?:after|since|despues del|despues de) ~2 (?:giving birth|birth|delivery|parto|c section|cesarea)|empapando ~3 (?:toallas|compresas|ropa|sabanas|la cama)"], unless: ["nasal|nariz|nose"] },
  { id: "triage.cardiac.indigestion-sweating", level: E, finding: "indigestion or upper belly pain with sweating", all: ["indigestion|heartburn|upset stomach|epigastric|upper (?:belly|stomach|abdomen|abdominal)", "{sweat}|ashen|cold sweat|clammy"], unless: ["night sweats|fever|flu"] },
  { id: "triage.cardiac.defibrillator-shock", level: E, finding: "implanted defibrillator shocks", all: ["(?:defibrillator|defib|icd|aicd) ~4 (?:shocked|fired|went off|shocking|going off|shocks)|shocked by (?:his|her|my|their|the) (?:defibrillator|defib|icd)"] },
  { id: "triage.stroke.thunderclap", level: E, finding: "sudden explosive headache", all: ["(?:headache|head pain|head) ~8 (?:in seconds|within seconds|during sex|orgasm|like a thunderclap|out of nowhere|like an explosion|exploded|exploding|like a bomb)|(?:sudden|suddenly) ~3 (?:severe|terrible|horrible|excruciating|explosive|worst) ~2 (?:headache|head pain)"], unless: ["(?:brain freeze|ice cream|hangover)"] },
  { id: "triage.allergy.voice-after-allergen", level: E, finding: "voice change or drooling after an allergen", all: ["(?:allergy|allergic|anaphyla\\w*|epipen|alergia|alergica|alergico)", "(?:peanuts?|nuts?|tree nut|cashews?|shellfish|shrimp|sesame|egg|eggs|milk|bee|wasp|hornet|stung|sting|ate|eating|bite of|cookie|cake|snack)", "hoarse|voice ~3 (?:hoarse|changed|weird|different|raspy|funny|gone)|drooling|cant swallow|coughing and"] },
  { id: "triage.violence.intruder", level: E, finding: "intruder in the home", all: ["(?:someone|somebody|a man|a guy|intruder|people|a stranger|strangers|he|they) ~3 (?:broke into|breaking into|breaking in|broke in|is in|got in|trying to get in) ~2 (?:my|our|the) ~1 (?:house|home|apartment|room|bedroom|window|door)|(?:there is|theres|there s) (?:an intruder|someone in (?:my|our|the) (?:house|home|apartment))"], unless: ["(?:dream|movie|show|game|last year|years ago|insurance)"] },
  { id: "triage.neuro.convulsive-collapse", level: E, finding: "collapse with jerking or stiffening", all: ["(?:twitching|jerking|shaking|convulsing) ~2 (?:all over|uncontrollably|whole body|arms and legs)|(?:whole body|body|arms and legs) ~3 (?:twitching|jerking|shaking|stiff|stiffened)", "passed out|unconscious|collapsed|not responding|wont respond|eyes rolled|foaming|wont wake|fell down|{unconscious}"] },
  { id: "triage.neuro.fall-on-thinners", level: E, finding: "fall or head bump on blood thinners with warning signs", all: ["fell|fall|fallen|slipped|tripped|{headHit}", "{thinner}", "vomit\\w*|throwing up|confused|drowsy|sleepy|headache|passed out|knocked out|wont wake|slurr\\w*"] },
  { id: "triage.trauma.animal-attack", level: E, finding: "animal attack", all: ["(?:dog|dogs|pitbull|pit bull|animal|bear|coyote|shark) ~2 (?:attacked|mauled|mauling|attacking|ripped|tore|bit) ~3 (?:face|neck|throat|scalp) ~3 (?:open|off|apart|badly|bleeding)|(?:dog|dogs|pitbull|pit bull|bear|shark) ~2 (?:attacked|mauled|mauling|attacking) ~2 (?:my|his|her|him|me|our|a|the) (?:son|daughter|kid|child|baby|toddler|boy|girl|face|neck|throat)"] },
  { id: "triage.trauma.multi-area-burn", level: E, finding: "burns over several body areas", all: ["(?:arms|legs|chest|face|back|hands|neck|stomach|belly) and (?:my |his |her )?(?:arms|legs|chest|face|back|hands|neck|stomach|belly) ~2 (?:are |is |got |were )?(?:burned|burnt|blistering|blistered|charred|peeling)|(?:grease fire|house fire|explosion|fire) ~~10 (?:burned|burnt|blistering|blistered|charred)"], unless: ["sunburn|sun burn|sunburned|sunburnt"] },
  { id: "triage.breathing.hemoptysis-breathless", level: E, finding: "coughing up blood with breathlessness", all: ["{coughUp} ~3 {bloodWord}|{bloodWord} ~3 (?:when|after) ~2 (?:cough|coughing)", "{sob}|{cantBreathe}|chest pain|long flight|after a flight"] },
  { id: "triage.poisoning.es-whole-bottle", level: E, finding: "tomo un frasco entero", all: ["(?:tomo|se tomo|trago|se trago|bebio|se bebio|tome|me tome|comio|se comio) ~8 (?:todo el frasco|toda la botella|todas las pastillas|toda la caja|frasco entero|botella entera|caja entera|un monton de pastillas|muchas pastillas)"] },
  { id: "triage.metabolic.low-sugar-2", level: E, finding: "very low blood sugar", all: ["{sugar} ~3 (?:1\\d|2\\d|3\\d|4\\d|5[0-3]|1\\.\\d|2\\.\\d)(?![0-9.])", "confused|shaky|shaking|passing out|passed out|wont eat|sweaty|sweating|cant think|slurring|sleepy|drowsy|unresponsive|seizure|dropping|low|out of it|wont wake|barely|acting drunk|acting weird|acting strange|not making sense|combative|not himself|not herself"], unless: ["(?:a1c|hba1c|cholesterol|ldl|hdl|weight|age|years|mmol/mol)"] },
  { id: "triage.neuro.child-fall-red-flags", level: E, finding: "young child fall with warning signs", all: ["(?:fell|fall|dropped|rolled|tumbled) ~4 (?:off|from|down) ~3 {furniture}", "baby|infant|toddler|month old|months old|year old|kid|son|daughter|child|newborn|bebe", "vomit\\w*|throwing up|not acting (?:normal|right|like)|not herself|not himself|wont wake|very sleepy|drowsy|limp|unconscious|passed out|seizure|bulging|inconsolable|wont stop crying"] },
  // --- urgent (same-day care) ---
  { id: "triage.urgent.crisis-distress", level: U, crisis: true, finding: "emotional crisis", all: ["(?:cant|can not|cannot) (?:go on|take it anymore|do this anymore|cope)|hopeless|panic attack ~3 (?:wont stop|hours)|self harm|self harming"] },
  { id: "triage.urgent.high-fever", level: U, finding: "high fever", all: ["{fever} ~4 (?:of|is|was|at|reading|hit|reached|to|de)? {highFever}|{highFever} ~1 (?:f|c|degrees|fahrenheit|celsius|fever|grados)"] },
  { id: "triage.urgent.fever-with-rash", level: U, finding: "fever with rash", all: ["{fever}", "rash|spots"] },
  { id: "triage.urgent.breathless", level: U, finding: "shortness of breath", all: ["{sob}|{wheeze}"], unless: ["(?:anxious|anxiety|panic|nervous|then it passes|goes away|after running|when i run|exercise)"] },
  { id: "triage.urgent.cough-blood", level: U, finding: "coughing up blood", all: ["{coughUp} ~3 {bloodWord}|{bloodWord} ~3 (?:when|after) ~2 (?:cough|coughing)"] },
  { id: "triage.urgent.blood-in-stool-urine", level: U, finding: "blood in urine or stool", all: ["{bloodInOutput}"] },
  { id: "triage.urgent.vomiting", level: U, finding: "cannot keep fluids down or dehydration", all: ["{keepDown}|{dehydrated}"] },
  { id: "triage.urgent.fracture", level: U, finding: "possible fracture", all: ["(?:think|might|may|probably|possibly|could|maybe) ~4 {fracture}|{fracture} ~3 (?:arm|wrist|leg|ankle|foot|finger|toe|hand|bone|rib|collarbone|hip)|(?:cant|can not|unable to) (?:put weight|walk|move)"], unless: ["broke up|broken heart|broke out|(?:weeks|months|years) ago"] },
  { id: "triage.urgent.bite", level: U, finding: "animal or human bite", all: ["{bite}|(?:dog|cat|animal|bat|snake|raccoon|monkey|horse|fox|skunk|stray) ~3 (?:bit|bitten|bite|scratched)"], unless: ["mosquito|bug bite|flea|bit my shoe|lol"] },
  { id: "triage.urgent.uti-upper", level: U, finding: "urinary infection with fever or back pain", all: ["{uti}", "{flank}"] },
  { id: "triage.urgent.deep-cut", level: U, finding: "cut that may need stitches", all: ["{cutDeep}"] },
  { id: "triage.urgent.head-injury", level: U, finding: "head injury", all: ["{headHit}|concussion"] },
  { id: "triage.urgent.seizure", level: U, finding: "seizure", all: ["{seizure}"], unless: ["(?:medication|meds|medicine|dose|levels|history of|epilepsy|prevent|keppra|last year|years ago|what happens|what do i do if|what should i do if) ~6 {seizure}|{seizure} ~6 (?:last year|years ago|prevent|keppra|sports|drive|driving)"] },
  { id: "triage.urgent.fainted", level: U, finding: "fainting", all: ["fainted|passed out|blacked out|desmayo"] },
  { id: "triage.urgent.severe-pain", level: U, finding: "severe pain", all: ["{severePain}|(?:severe|excruciating|unbearable|worst) ~3 {abdomen} ~2 (?:pain|ache)|(?:right lower|lower right) ~3 (?:pain|abdomen)"] },
  { id: "triage.urgent.cant-urinate", level: U, finding: "unable to urinate", all: ["{cantPee}"] },
  { id: "triage.urgent.eye", level: U, finding: "eye injury or sudden eye pain", all: ["{eyeInjury}|{shinglesEye}|(?:sudden|suddenly) ~3 (?:blurry|blurred|flashes|floaters|eye pain)|curtain"] },
  { id: "triage.urgent.pregnancy-warning", level: U, finding: "pregnancy warning sign", all: ["{preg}", "{pregWarn}"] },
  { id: "triage.urgent.high-bp", level: U, finding: "very high blood pressure", all: ["{bp} ~3 (?:1[89]\\d|2\\d\\d)(?:/\\d+)?|{bp} ~3 \\d+/(?:1[2-9]\\d)"] },
  { id: "triage.urgent.leg-clot", level: U, finding: "possible blood clot in the leg", all: ["(?:calf|leg) ~3 (?:swollen|swelling|red and hot|warm and red)|(?:swollen|swelling) ~3 (?:calf|one leg)|dvt|blood clot"] },
  { id: "triage.urgent.sugar", level: U, finding: "very high or low blood sugar", all: ["{sugar} ~3 (?:[4-9]\\d\\d|[2-5]\\d)(?![0-9.])"] },
  { id: "triage.urgent.poison-question", level: U, finding: "possible poisoning or double dose", all: ["(?:double|extra|two|2) (?:dose|doses)|took ~3 (?:twice|two doses|2 doses|by mistake|by accident)|accidentally (?:took|swallowed|gave)|(?:gave|give) ~3 (?:wrong|double|twice)"] },
  { id: "triage.urgent.burn", level: U, finding: "burn", all: ["(?:burn|burned|burnt) ~4 (?:blister|blisters|hand|arm|leg|chest|large|big)"], unless: ["sunburn|heartburn|burns when"] },
  { id: "triage.urgent.skin-infection", level: U, finding: "spreading skin infection", all: ["red streak|(?:red|redness|streak|streaks|swelling) ~4 (?:spreading|going up|moving up|getting bigger)|(?:wound|cut|bite|scratch) ~5 (?:red|hot|warm) ~3 (?:spreading|swollen|pus)"] },
  { id: "triage.urgent.severe-ear-tooth", level: U, finding: "severe ear, tooth or eye pain", all: ["(?:severe|bad|terrible|horrible|intense|excruciating) ~2 (?:ear|tooth|eye|jaw) ~1 (?:pain|ache)|(?:earache|toothache) ~6 (?:fever|swollen|swelling)"] },
  { id: "triage.urgent.chest-discomfort-es", level: U, finding: "dolor de pecho", all: ["dolor (?:de|en el) pecho|me duele el pecho"] },
  { id: "triage.urgent.dehydrated-infant", level: U, finding: "infant fever or poor feeding", all: ["(?:baby|infant|bebe) ~6 (?:fever|fiebre|not eating|not feeding|wont drink|no wet)"] }
];

/**
 * Words the rules spell out inside their patterns rather than in a group ("shoulder blades",
 * "hard as a board", "tirar"). They join the vocabulary that typo correction aims at, as one more
 * group that no pattern uses, so "shoulder baldes" and "boadr" reach the rules too.
 */
function patternWords(rules: TriageRuleSpec[]): string[] {
  const words = new Set<string>();
  for (const rule of rules) {
    for (const pattern of [...rule.all, ...(rule.unless ?? [])]) {
      const literal = pattern
        .replace(/\{[a-zA-Z0-9_-]+\}/g, " ")
        .replace(/\\[a-zA-Z]/g, " ")
        .replace(/\[[^\]]*\]/g, " ")
        .replace(/\(\?<?[:=!]/g, " ");
      // five letters or more: shorter pattern words ("pale", "labs") would capture ordinary words ("palm", "lbs")
      for (const w of literal.split(/[^a-z]+/)) if (w.length >= 5) words.add(w);
    }
  }
  return [...words];
}
TRIAGE_GROUPS.patternWords = patternWords(TRIAGE_RULES);
// Contractions written without the apostrophe are words, not typos ("shes" is not "shoes").
TRIAGE_GROUPS.contractions = [
  "hes", "shes", "theyre", "youre", "whos", "thats", "ive", "weve", "theyve", "youve", "wouldnt", "couldnt",
  "shouldnt", "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "cant", "wont", "aint", "im"
];

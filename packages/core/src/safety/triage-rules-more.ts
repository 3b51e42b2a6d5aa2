import type { Groups } from "./rule-dsl.js";
import { TEMP_NOT_NORMAL, type TriageRuleSpec } from "./triage-rules.js";

/**
 * A second, broader layer of emergency rules, written against messages by other authors than the
 * first rule set's: loose grammar ("she fall down and now she not wake up"), slang, counts of
 * pills, indirect suicide talk, child ingestions, environmental emergencies, sepsis, severe skin
 * reactions and more Spanish. Same pattern language and rule type as triage-rules.ts; group
 * names start with `x` so they never clash with that file's groups, and every gap is bounded.
 */
/**
 * All word groups of this layer. Only the groups named in VOCABULARY_GROUPS are exported as
 * MORE_TRIAGE_GROUPS, and so offered to typo correction: a short or common word there ("toy",
 * "nose", "bien", "lake") would pull other words' typos towards itself ("estoy" -> "es toy",
 * "like" -> "lake"). The others are expanded into the patterns where they are used.
 */
export const ALL_MORE_TRIAGE_GROUPS: Groups = {
  // --- vocabulary only: the words typo correction may aim at. Every word of this layer's groups
  // that has at least six letters and is at least three edits from every word the first layer and
  // the scope rules use (so no typo can sit between one of ours and one of theirs), less common
  // English words that gain nothing from it. Unknown Spanish words here are also kept from being
  // split ("golpeando" would become "golpe an do").
  xVocabulary: [
    "sertraline", "zoloft", "prozac", "fluoxetine", "lexapro", "escitalopram", "citalopram", "celexa", "paroxetine",
    "wellbutrin", "bupropion", "effexor", "venlafaxine", "cymbalta", "duloxetine", "seroquel", "quetiapine",
    "abilify", "risperdal", "zyprexa", "olanzapine", "trazodone", "amitriptyline", "nortriptyline", "lamictal",
    "lamotrigine", "depakote", "tegretol", "gabapentin", "neurontin", "naproxen", "excedrin", "diphenhydramine",
    "melatonin", "metformin", "glipizide", "metoprolol", "propranolol", "atenolol", "amlodipine", "lisinopril",
    "losartan", "digoxin", "clonidine", "baclofen", "cyclobenzaprine", "turpentine", "acetone", "marijuana",
    "cannabis", "eucalyptus", "camphor", "superglue", "fertilizer", "jaundice", "jaundiced", "hypothermia",
    "hypothermic", "electrocution", "frostbite", "postpartum", "miscarriage", "hemorrhage", "hemorrhaging",
    "hemorragia", "aphasia", "distended", "groggy", "intruder", "rattlesnake", "copperhead", "cottonmouth",
    "moccasin", "scorpion", "recluse", "anticoagulant", "anticoagulants", "sepsis", "septic", "septicemia",
    "chemotherapy", "neutropenic", "neutropenia", "quimioterapia", "despedida", "abuela", "abuelo", "grandkid",
    "grandchild", "sobrino", "preschooler", "swallowing", "roundup", "alcohol", "brownies", "raticida", "lavadora",
    "organizer", "pillbox", "prenatal", "keppra", "nyquil", "unisom", "flexeril", "veinte", "treinta", "cincuenta",
    "parto", "derecha", "izquierda", "contesta", "tirado", "tirada", "childproof", "babyproof", "generator", "charcoal", "propane", "furnace", "exhaust", "basement",
    "cochera", "farewell", "belongings", "possessions", "pertenencias", "bridge", "rooftop", "overpass", "azotea",
    "barandal", "edificio", "jumping", "tirarme", "aventarme", "lanzarme", "arrojarme", "aventar", "arrojar",
    "tirarse", "aventarse", "lanzarse", "arrojarse", "pensando", "seguir", "viviendo", "estarian", "sentido",
    "quisiera", "estuviera", "despedirme", "cortarme", "ahorcarme", "ahorcarse", "colgarme", "pistol", "shotgun",
    "weapons", "machete", "pistola", "cuchillo", "navaja", "escopeta", "threatened", "threatening",
    "golpeando", "pegando", "amenazando", "borracho", "rousable", "unrousable", "podemos", "despertarlo",
    "despertarla", "conocimiento", "dementia", "repeating", "stumbling", "acuerda", "dormido",
    "dificultad", "nostril", "nostrils", "congestion", "albuterol", "ventolin", "inhalador", "funciona",
    "collarbone", "collarbones", "delivery", "csection", "partum", "delivered", "miscarrying", "abortion", "despues",
    "postparto", "posparto", "cesarea", "towels", "empapando", "empape", "empapada", "toallas", "coagulos",
    "desmayada", "rivaroxaban", "pradaxa", "dabigatran", "savaysa", "lovenox", "heparin", "plavix", "clopidogrel",
    "brilinta", "taped", "molesta", "phenelzine", "tranylcypromine", "splenectomy", "dosette", "anticoagulado", "anticoagulantes", "nonstop", "derrepente", "ahorita", "repentinamente", "sientes",
    "durmio", "entumecida", "dysarthria", "hemiparesis", "hemiplegia", "neglect", "reconoce", "alzheimers",
    "alzheimer", "demencia", "trimester", "explota", "borrosa", "borroso", "lucecitas", "umbilical", "prolapsed",
    "prolapse", "afuera", "bilious", "devuelve", "yellowish", "amarillo", "amarilla", "ictericia", "bathtub",
    "alberca", "piscina", "descarga", "corriente", "voltage", "transformer", "enchufe", "quemadura",
    "overnight", "subzero", "stranded", "shivering", "pneumonia", "cellulitis", "rigors", "blotchy",
    "blotches", "transplant", "cancer", "escalofrios", "poisoning", "blistering", "blisters", "ampollas", "cayendo",
    "allopurinol", "bactrim", "carbamazepine", "phenytoin", "dilantin", "amoxicillin", "nevirapine", "genitals",
    "sunburn", "sunburned", "sunburnt", "chickenpox", "eczema", "canker", "rattler", "venomous", "poisonous",
    "jellyfish", "stonefish", "vibora", "cascabel", "serpiente", "culebra", "alacran", "escorpion", "violinista",
    "nonvenomous", "ballsack", "muchisimo", "vientre", "boardlike", "constipated", "omoplatos",
    "ketones", "kussmaul", "fruity", "cetonas", "heroin", "ecstasy", "tequila", "whiskey", "gurgling", "overheating",
    "psychotic", "temblando", "epilepsia", "wintergreen", "salicylate", "masseter", "gallbladder", "bariatric",
    "decaida", "decaido", "estamos", "brasero", "foraged", "mojado", "mojada", "tamoxifen", "midazolam", "interscapular", "anaesthesia"
  ],
  // --- people (the subject of "{xPerson} ~3 not waking up") ---
  xPerson: [
    "he", "she", "they", "hes", "shes", "him", "her", "them", "wife", "husband", "mom", "mother", "mum", "dad", "father",
    "son", "daughter", "baby", "kid", "child", "toddler", "brother", "sister", "friend", "boyfriend", "girlfriend", "partner",
    "grandma", "grandpa", "grandmother", "grandfather", "nana", "papa", "uncle", "aunt", "cousin", "roommate", "neighbor",
    "neighbour", "coworker", "patient", "man", "woman", "guy", "lady", "boy", "girl", "teen", "teenager", "nephew", "niece",
    "grandson", "granddaughter", "fiance", "spouse", "mama", "abuela", "abuelo", "esposo", "esposa", "hijo", "hija", "bebe", "el", "ella"
  ],
  xChild: [
    "toddler", "toddlers", "baby", "babies", "infant", "kid", "kids", "child", "children", "son", "daughter", "grandson",
    "granddaughter", "grandkid", "grandchild", "nephew", "niece", "little one", "little boy", "little girl", "boy", "girl",
    "year old", "yr old", "yo", "y o", "month old", "mo old", "years old", "months old", "hijo", "hija", "nino", "nina",
    "nene", "nena", "bebe", "kiddo", "kiddos", "nieto", "nieta", "sobrino", "sobrina", "twins", "preschooler", "1 year old", "2 year old"
  ],
  // --- poisoning and ingestions ---
  xTook: [
    "took", "taken", "take", "taking", "swallowed", "swallow", "swallowing", "ate", "eaten", "eat", "drank", "downed",
    "popped", "chugged", "had", "overdid", "gulped", "tome", "tomo", "se tomo", "me tome", "trago", "se trago", "me trague"
  ],
  xIngest: [
    "swallowed", "swallow", "swallows", "swallowing", "ate", "eaten", "eat", "eats", "eating", "drank", "drink", "drinks",
    "drinking", "drunk", "chewed", "chewing", "chewed on", "chewed up", "bit into", "bit", "bitten into", "licked", "licking",
    "sucked on", "sucking on", "chomped", "chomped on", "chomping on", "munched", "munched on", "nibbled", "gnawed on",
    "put in his mouth", "put in her mouth", "mouthed", "got into", "gotten into", "getting into", "got ahold of", "got hold of", "got a hold of",
    "into", "sipped", "sip of", "a sip", "mouthful", "gulp", "found", "had some", "in his mouth",
    "in her mouth", "trago", "se trago", "comio", "se comio", "tomo", "se tomo", "bebio", "mordio", "chupo", "agarro"
  ],
  // household products, fuels, pesticides, nicotine, cannabis: dangerous to a child in any amount
  xToxicHouse: [
    "pod", "pods", "laundry pod", "laundry pods", "detergent", "laundry detergent", "dishwasher tablet", "dishwasher tablets",
    "dishwasher pod", "dishwasher pods", "dish pod", "tide pod", "tide pods", "bleach", "clorox", "drain cleaner",
    "drain opener", "drano", "oven cleaner", "toilet cleaner", "toilet bowl cleaner", "windex", "glass cleaner", "lysol",
    "pine sol", "cleaner", "cleaning spray", "floor cleaner", "cleaning liquid", "clean liquid", "liquid for floor",
    "liquid for cleaning", "cleaning product", "cleaning stuff", "lamp oil", "tiki", "tiki torch", "tiki oil", "torch fuel", "lighter fluid",
    "kerosene", "gasoline", "paint thinner", "turpentine", "motor oil", "antifreeze", "windshield fluid",
    "washer fluid", "windshield washer", "windshield wiper", "wiper fluid", "vanilla extract", "almond extract", "perfume", "cologne", "aftershave", "nail glue", "flea treatment", "flea medicine", "flea drops", "flea and tick", "flea collar", "tick medicine", "e cig", "e cig refill", "ecig", "vape refill", "vape liquid", "vape", "vapes", "e liquid", "eliquid", "refill liquid", "cigarro electronico", "cigarrillo electronico", "vapeador", "reed diffuser", "diffuser oil", "diffuser", "hand warmer", "hand warmers", "bug repellent", "bug repellant", "mosquito repellent", "repellent", "deet",
    "nicotine lozenge", "nicotine lozenges", "liquido para limpiar", "liquid para limpiar", "para limpiar el piso", "limpiador", "pinol",
    "fabuloso", "cloralex", "rat poison", "mouse poison", "rat bait", "ant bait", "roach bait", "bug spray", "pesticide",
    "insecticide", "weed killer", "roundup", "fertilizer", "nail polish remover", "acetone", "hand sanitizer", "mouthwash",
    "rubbing alcohol", "nicotine", "nicotine pouch", "nicotine pouches", "zyn", "vape juice", "vape pod", "e liquid", "nicotine gum", "nicotine patch", "cigarette",
    "cigarettes", "cigarette butts", "edible", "edibles", "weed gummies", "thc", "thc gummies", "pot brownie",
    "pot brownies", "weed brownies", "weed", "marijuana", "marihuana", "gomitas de marihuana", "cannabis", "essential oil", "essential oils", "eucalyptus oil",
    "tea tree oil", "camphor", "anticongelante", "furniture polish", "wintergreen", "oil of wintergreen", "paraquat", "button battery", "coin battery", "magnets", "superglue", "super glue", "poison",
    "cloro", "lejia", "veneno", "gasolina", "thinner", "insecticida", "raticida", "jabon de lavadora",
    "capsula de detergente", "detergente"
  ],
  // medicines: dangerous to a small child who gets into them
  xKidMeds: [
    "pill", "pills", "tablet", "tablets", "capsule", "capsules", "meds", "medicine", "medicines", "medication", "medications",
    "pill organizer", "pill box", "pillbox", "pill bottle", "heart pills", "heart medicine", "blood pressure pills",
    "blood pressure medicine", "bp pills", "diabetes pills", "sleeping pills", "fentanyl patch", "oxycodone", "oxy",
    "methadone", "suboxone", "buprenorphine", "percocet", "vicodin", "tramadol", "xanax", "adderall", "clonidine",
    "tylenol", "acetaminophen", "benadryl", "iron", "iron pills", "prenatal vitamins", "gummy vitamins", "antidepressants",
    "syrup", "cough syrup", "cough medicine", "jarabe", "frasco", "todo el frasco",
    "pastillas", "pastilla", "medicina", "medicinas", "medicamento", "medicamentos"
  ],
  xGotInto: [
    "got into", "gotten into", "getting into", "got ahold of", "got hold of", "got a hold of", "found", "ate", "eaten", "eat",
    "eats", "chewed", "chewed on", "chewed up", "chewing", "bit into", "swallowed", "swallow", "drank", "licked",
    "into", "chomped", "chomped on", "nibbled", "trago", "se trago", "comio", "se comio", "se tomo", "tomo", "agarro"
  ],
  // named medicines and kinds of pills adults take too many of
  xMed: [
    "pills", "pill", "tablets", "tablet", "tabs", "caps", "capsules", "meds", "medication", "medications", "medicine",
    "bars", "xanax bars", "lithium", "sertraline", "zoloft", "prozac", "fluoxetine", "lexapro", "escitalopram", "citalopram",
    "celexa", "paxil", "paroxetine", "wellbutrin", "bupropion", "effexor", "venlafaxine", "cymbalta", "duloxetine",
    "seroquel", "quetiapine", "abilify", "risperdal", "zyprexa", "olanzapine", "trazodone", "amitriptyline",
    "nortriptyline", "lamictal", "lamotrigine", "depakote", "tegretol", "keppra", "klonopin", "clonazepam", "valium",
    "diazepam", "ativan", "lorazepam", "xanax", "alprazolam", "ambien", "zolpidem", "oxycodone", "oxy", "oxys", "oxycontin",
    "hydrocodone", "vicodin", "norco", "percocet", "percs", "tramadol", "morphine", "fentanyl", "methadone", "codeine",
    "dilaudid", "gabapentin", "neurontin", "lyrica", "tylenol", "acetaminophen", "paracetamol", "ibuprofen", "advil",
    "motrin", "aleve", "naproxen", "aspirin", "excedrin", "nyquil", "benadryl", "diphenhydramine", "unisom", "melatonin",
    "metformin", "glipizide", "metoprolol", "propranolol", "atenolol", "amlodipine", "lisinopril", "losartan", "digoxin",
    "warfarin", "coumadin", "clonidine", "adderall", "ritalin", "baclofen", "flexeril", "cyclobenzaprine", "soma",
    "heart pills", "heart meds", "blood pressure pills", "blood pressure meds", "bp pills", "bp meds", "sleeping pills",
    "sleep pills", "sleep aids", "painkillers", "pain pills", "pain meds", "antidepressants", "anxiety meds", "anxiety pills",
    "seizure meds", "psych meds", "iron pills", "xans", "xannies", "zans", "addys", "benzos", "roxies", "roxys", "perks",
    "m30s", "blues", "colchicine", "pastillas", "medicamentos", "medicinas"
  ],
  xMany: [
    "a bunch", "a whole bunch", "bunch", "a handful", "handful", "handfuls", "a fistful", "fistful", "a ton", "tons",
    "loads", "way too many", "the rest", "dozens", "a dozen", "whole prescription", "entire prescription", "whole supply",
    "entire supply", "whole bottle", "entire bottle", "whole box", "whole pack", "whole packet", "whole strip",
    "whole blister", "too much", "too many", "muchas", "todas", "un monton"
  ],
  xBigCount: [
    "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "24", "25", "26", "28", "30", "32", "35",
    "36", "40", "42", "45", "48", "50", "55", "60", "70", "75", "80", "90", "100", "120", "150", "200", "ten", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "a hundred", "a dozen", "2 dozen", "diez", "veinte",
    "treinta", "cuarenta", "cincuenta"
  ],
  xHypothetical: [
    "what should i do if", "what do i do if", "what to do if", "what would happen if", "what happens if", "what if",
    "in case", "if a child", "if my child", "if my kid", "if my baby", "if your child", "if a kid", "if a toddler",
    "if someone", "childproof", "child proof", "babyproof", "baby proof", "keep away from", "out of reach", "lock up",
    "prevent", "preventing", "poison control number", "number for poison control", "que hago si", "que pasa si"
  ],
  // --- carbon monoxide ---
  xCoSource: [
    "car running", "car on", "car was running", "car was on", "engine running", "engine on", "engine was running",
    "motor running", "truck running", "generator", "charcoal", "charcoal grill", "grill inside", "grill going", "grill",
    "bbq", "barbecue", "hibachi", "kerosene heater",
    "propane heater", "gas heater", "space heater", "furnace", "boiler", "water heater", "exhaust", "fumes", "gas leak",
    "smell gas", "smells like gas", "co alarm", "co detector", "carbon monoxide alarm", "carbon monoxide detector",
    "brasero", "anafre", "estufa de gas", "estufa de carbon", "estufa de lena", "calentador de gas", "boiler de gas"
  ],
  xCoPlace: [
    "garage", "basement", "closed", "shut", "inside", "indoors", "tent", "cabin", "camper", "rv", "trailer", "house",
    "apartment", "home", "room", "bedroom", "garaje", "cochera", "sotano", "going off", "beeping", "alarm",
    "prendido", "prendida", "encendido", "encendida", "dormimos", "durmiendo", "cerrado", "cerrada", "habitacion", "recamara"
  ],
  xDrowsy: [
    "groggy", "confused", "confusion", "drowsy", "sleepy", "headache", "headaches", "dizzy", "nauseous", "nausea", "sick",
    "throwing up", "vomiting", "threw up", "passed out", "unconscious", "wont wake", "cant wake", "slurring", "lethargic",
    "out of it", "woozy", "weak", "disoriented", "not making sense", "hard to wake", "asleep", "found him", "found her",
    "found them", "found my", "mareado", "mareados", "confundido",
    "dolor de cabeza", "vomitando"
  ],
  // --- suicide and self-harm: indirect ---
  xGoodbye: [
    "goodbye letter", "goodbye letters", "goodbye note", "goodbye notes", "goodbye message", "goodbye messages",
    "goodbye text", "goodbye texts", "goodbye video", "goodbye post", "good bye letter", "good bye letters",
    "farewell letter", "farewell letters", "farewell note", "final letter", "final letters", "last letter",
    "last letters", "suicide letter", "letters to everyone", "letters to all of them", "notes to everyone", "letters to my family", "letters to my kids", "note for my family",
    "carta de despedida", "cartas de despedida", "cartas a mi familia"
  ],
  xBenignGoodbye: [
    "coworkers", "co workers", "colleagues", "coworker", "job", "work", "team", "class", "classmates", "school", "students",
    "moving", "move", "retire", "retiring", "retirement", "vacation", "trip", "graduation", "graduating", "camp", "pen pal",
    "ex", "breakup", "leaving the company", "new job", "changing jobs", "farewell party", "homework", "assignment",
    "thank you letters", "thank you notes", "thank you cards", "teacher", "teachers", "christmas", "holiday", "holidays", "birthday", "wedding"
  ],
  xPossessions: [
    "stuff", "things", "belongings", "possessions", "valuables", "pets", "cat", "dog", "guitar", "jewelry", "games",
    "collection", "cosas", "pertenencias"
  ],
  xAfterGone: [
    "so nobody has to", "so no one has to", "when im gone", "when i am gone", "after im gone", "after i am gone",
    "once im gone", "wont need them", "wont need it", "not going to need", "dont need them anymore", "wont need them anymore",
    "after i die", "when i die", "before i go", "last wishes", "final wishes", "nobody will miss", "no one will miss",
    "anymore", "for when"
  ],
  xHighPlace: [
    "bridge", "roof", "rooftop", "ledge", "overpass", "cliff", "balcony", "railing", "rail", "train tracks",
    "tracks", "top floor", "parking garage", "tower", "window ledge", "dam", "puente", "azotea", "techo", "barandal",
    "edificio", "vias del tren", "vias", "railway line", "railway bridge", "railway tracks", "railroad tracks",
    "rail line", "car park roof", "multi storey", "viaduct", "motorway bridge"
  ],
  xBenignHeights: [
    "fixing", "fix", "repair", "repairing", "photo", "photos", "pictures", "picture", "view", "sunset", "seat", "my seat",
    "shingles", "gutter", "gutters", "roofer", "roofing", "painting", "fishing", "hiking", "hike", "tourist", "jogging",
    "bike", "biking", "cliff jumping", "bungee", "parachute", "skydiving", "base jumping", "trampoline",
    "pool", "lake", "dock", "river swim", "parkour", "ski", "skiing", "snow", "chimney", "antenna", "satellite", "christmas lights",
    "lights", "job site", "construction", "scared of heights", "afraid of heights", "fear of heights", "vertigo", "dream",
    "dreams", "nightmare", "movie", "game", "novel", "story"
  ],
  xJump: [
    "jump", "jumping", "jumped", "leap", "leaping", "throw myself", "throwing myself", "step off",
    "tirarme", "aventarme", "lanzarme", "arrojarme", "saltar", "tirar", "aventar", "lanzar", "arrojar", "tirarse",
    "aventarse", "lanzarse", "arrojarse"
  ],
  xIntentNear: [
    "want to", "wanna", "going to", "gonna", "plan to", "planning to", "about to", "ready to", "thinking about",
    "thinking of", "think about", "decided to", "will", "might", "should", "i could", "urge to", "tempted to", "me voy a",
    "voy a", "quiero", "pienso", "pensando en", "se va a", "se quiere", "va a"
  ],
  xSpanishSuicide: [
    "suicidar", "suicidarme", "suicidarse", "suicidarte", "se va a suicidar", "me voy a suicidar", "me voy a matar",
    "se va a matar", "se quiere matar", "matarme", "matarse", "quitarse la vida", "quitarme la vida", "acabar con todo",
    "acabar con mi vida", "acabar con su vida", "no quiero seguir viviendo", "no quiero seguir aqui", "no quiero vivir mas",
    "ya no quiero vivir", "ya no quiero estar aqui", "mejor muerto",
    "mejor muerta", "estarian mejor sin mi", "mejor sin mi", "quiero dormir y no despertar", "no despertar nunca",
    "no despertar mas", "no vale la pena vivir", "no tiene sentido vivir", "me quiero morir", "quisiera morirme",
    "ojala me muriera", "ojala estuviera muerto", "ojala estuviera muerta", "carta de despedida", "despedirme de todos",
    "me corte las venas", "cortarme las venas", "me quiero cortar", "ahorcarme", "ahorcarse", "colgarme", "tome todas las pastillas"
  ],
  // --- violence ---
  xWeapon: [
    "gun", "guns", "handgun", "pistol", "rifle", "shotgun", "firearm", "weapon", "weapons", "ar", "ar 15", "knife", "knives",
    "machete", "axe", "crowbar", "hammer", "box cutter", "bomb", "revolver", "glock",
    "pistola", "arma", "cuchillo", "navaja", "machete", "escopeta", "rifle"
  ],
  xHarmVerb: ["kill", "shoot", "stab", "murder", "strangle", "choke", "beat up", "hurt", "attack", "slit", "blow up", "shoot up"],
  xThreatIntent: [
    "going to", "gonna", "is going to", "hes going to", "shes going to", "will", "hell", "shell", "wants to", "want to",
    "plans to", "planning to", "threatened to", "threatening to", "threatens to", "swore to", "swears he will",
    "swears she will", "said he would", "said she would", "says he will", "says she will", "said hed", "said shed",
    "about to", "on his way to", "on her way to", "ready to", "told me he would", "told me she would", "vowed to"
  ],
  xTarget: [
    "ex", "his ex", "her ex", "wife", "husband", "boyfriend", "girlfriend", "teacher", "teachers", "boss",
    "manager", "supervisor", "coworker", "coworkers", "neighbor", "neighbors", "neighbour", "mom", "dad", "mother",
    "father", "brother", "sister", "kids", "family", "classmates", "class", "school", "principal", "landlord", "baby",
    "son", "daughter", "him", "her", "them", "everyone", "everybody", "someone", "somebody", "people",
    "cousin", "uncle", "aunt", "stepdad", "stepmom", "girl", "guy", "man", "cop", "cops", "police", "pastor", "doctor"
  ],
  xSerious: [
    "meant it", "means it", "serious", "not joking", "wasnt joking", "isnt joking", "not kidding", "wasnt kidding",
    "left with", "just left", "on his way", "on her way", "heading over", "heading to", "headed to", "drove off",
    "bringing", "brought", "has a plan", "tonight", "tomorrow", "right now", "loaded", "took dads", "bought a"
  ],
  xJoking: [
    "lol", "lmao", "haha", "hahaha", "jk", "joking", "kidding", "video game", "game", "fortnite", "call of duty", "movie",
    "show", "novel", "story", "book", "character", "characters", "hunting", "deer", "range", "paintball", "airsoft",
    "nerf", "water gun", "toy", "toy gun", "zombie", "zombies", "dream", "nightmare", "song", "lyrics", "if he finds out",
    "if she finds out", "when he sees", "when she sees", "when they see", "if i dont", "if i am late", "if im late",
    "grades", "report card", "the vibe", "my vibe", "the mood"
  ],
  xAttacking: [
    "hitting", "beating", "punching", "kicking", "choking", "strangling", "attacking", "dragging", "threatening",
    "hit me", "hit my", "hit her", "hit him", "hit us", "beat me", "beat my", "beat her", "punched me", "punched my",
    "punched her", "choked me", "choked her", "strangled", "attacked", "screaming", "yelling", "pounding", "fighting", "drunk", "broke in", "breaking in", "trying to get in", "kicking the door", "outside",
    "pointing", "pointed", "waving", "golpeando", "pegando", "amenazando", "ahorcando", "golpeo", "pego", "borracho"
  ],
  // --- unresponsive ---
  xNotWaking: [
    "not wake up", "not wake", "not waking up", "not waking", "no wake up", "no wake", "not woke up", "not woken up",
    "didnt wake up", "wont wake up", "wont wake", "cant wake", "can not wake",
    "cannot wake", "couldnt wake", "cant rouse", "can not rouse", "cannot rouse", "couldnt rouse", "not rousable",
    "unrousable", "not coming to", "not coming around", "hasnt come to", "hasnt come around", "wont come to",
    "wont come around",
    // (triage-as) British "come round" is coming back to consciousness: "fainted and hasn't come round"
    "hasnt come round", "has not come round", "not come round", "not coming round", "wont come round", "still not awake", "wont open his eyes", "wont open her eyes", "not opening his eyes",
    "not opening her eyes", "cant open his eyes", "not answering when", "not responding when", "no response when",
    "doesnt respond when i", "wont respond when i", "barely responding", "barely responsive", "barely conscious", "barely awake", "hardly responding", "hardly responsive",
    "in and out of consciousness", "drifting in and out", "fading in and out", "going in and out", "out cold",
    "not responding", "unresponsive", "no responde", "no reacciona",
    "no despierta", "no se despierta", "no lo puedo despertar", "no la puedo despertar", "no podemos despertarlo",
    "no podemos despertarla", "no vuelve en si", "perdio el conocimiento", "esta inconsciente", "no abre los ojos"
  ],
  xShake: ["shake", "shaking", "shook", "pinch", "pinched", "rub", "rubbed", "yell", "yelled", "yelling", "call his name", "call her name", "splash", "sternum"],
  xBenignWake: [
    "noon", "morning", "mornings", "alarm", "alarms", "school", "weekend", "weekends", "lazy", "on time", "early", "late",
    "nap", "naps", "napping", "hard of hearing", "another room", "the other room", "phone", "texts", "text", "calls",
    "emails", "email", "messages", "dementia", "deaf", "headphones", "video games", "homework", "teenager sleeps",
    "sleeps in", "sleep in", "ignoring", "ignores", "mad at", "angry", "silent treatment", "night feeds", "to feed",
    "for feeds", "for feedings", "dream feed", "to treatment", "to antibiotics", "to the antibiotics", "to medication",
    "to meds", "to the medicine", "to therapy", "to chemo", "to my texts", "to messages", "to emails", "always",
    "night shift", "after work", "every night", "after his shift", "after her shift"
  ],
  // --- head injury ---
  xHeadHit: [
    "hit his head", "hit her head", "hit my head", "hit their head", "hit the head", "hitting his head", "hitting her head",
    "hitting my head", "hits his head", "hits her head", "hit in the head", "hit on the head", "bumped his head",
    "bumped her head", "bumped my head", "banged his head", "banged her head", "banged my head", "smacked his head",
    "smacked her head", "smacked my head", "whacked his head", "whacked her head", "whacked my head", "cracked his head",
    "cracked her head", "cracked my head", "slammed his head", "slammed her head", "slammed my head", "knocked his head",
    "knocked her head", "knocked my head", "bonked his head", "bonked her head", "bonked my head", "struck his head",
    "struck her head", "landed on his head", "landed on her head", "landed on my head", "fell on his head",
    "fell on her head", "fell on my head", "head injury", "head trauma", "blow to the head", "kicked in the head",
    "punched in the head", "no helmet", "without a helmet", "wasnt wearing a helmet", "without his helmet",
    "without her helmet", "concussion", "concussed", "knocked out", "knocked unconscious", "got knocked", "head first",
    "headfirst", "se golpeo la cabeza", "golpe en la cabeza", "se pego en la cabeza", "se cayo de cabeza"
  ],
  xHeadRed: [
    "repeating", "repeats", "keeps asking", "asking the same", "same question", "same questions", "same thing over",
    "over and over", "doesnt remember", "dont remember", "cant remember", "cant recall", "no memory", "memory",
    "blacked out", "passed out", "lost consciousness", "was out for", "out for a", "unconscious", "one pupil", "pupils",
    "pupil", "really sleepy", "very sleepy", "so sleepy", "super sleepy", "sleepy now", "is sleepy", "dazed",
    "doesnt know what", "doesnt know where", "doesnt know who", "dont know where", "asking where", "keeps falling asleep", "cant stay awake",
    "hard to wake", "drowsy", "vomit", "vomited", "vomiting", "threw up", "throwing up", "throws up", "puked", "puking",
    "seizure", "seizing", "convulsing", "clear fluid", "fluid from his", "fluid from her", "fluid from my",
    "bleeding from his ear", "bleeding from her ear", "blood from his ear", "blood from her ear", "worst headache",
    "headache getting worse", "headache is getting worse", "slurring", "slurred", "confused", "confusion", "stumbling",
    "cant walk straight", "acting strange", "acting weird", "acting funny", "not acting right", "not himself", "not herself",
    "double vision", "cant see straight", "vomito", "vomitando", "vomita", "no responde", "sangre", "no se acuerda", "confundido", "confundida", "muy dormido", "muy dormida"
  ],
  // --- breathing ---
  xFewWords: [
    "only get out", "only say", "only speak", "only get", "only manage", "only talk in", "only talk", "barely get out",
    "barely say", "hardly say", "can only say", "can only get out", "gasping between words", "between words",
    "words at a time", "word at a time", "one word at a time", "few words at a time", "short sentences"
  ],
  xBreathHard: [
    "can hardly breathe", "can hardly breath", "hardly breathing", "can barely breathe", "can barely breath",
    "barely breathing", "cant get enough air", "can not get enough air", "cannot get enough air", "not getting enough air",
    "cant get air in", "cant catch my breath at all", "cant catch his breath at all", "air hunger", "struggling for breath",
    "gasping", "me ahogo", "se ahoga", "no me entra el aire", "no le entra el aire", "casi no puedo respirar",
    "casi no puede respirar", "le cuesta mucho respirar", "me cuesta mucho respirar", "no puedo respirar bien",
    "no puede respirar bien", "respira con dificultad", "mucha dificultad para respirar", "le cuesta respirar",
    "se esta poniendo morado", "se esta poniendo morada", "se puso morado", "se puso morada"
  ],
  xBreathBenign: [
    "nose", "nostril", "nostrils", "stuffy", "congested", "congestion", "blocked", "anxiety", "anxious", "panic",
    "laugh", "laughing", "lol", "haha", "sometimes", "occasionally", "when i exercise", "after running", "while running",
    "mask", "humid", "humidity", "smoke from", "allergies season", "altitude", "sleep apnea", "snore", "snores", "snoring",
    "usually", "years", "months ago", "heat", "this heat", "homework", "deadline", "deadlines", "exams", "finals",
    "my boss", "so funny", "killing me"
  ],
  xRescue: ["inhaler", "inhalers", "nebulizer", "neb", "albuterol", "puffer", "ventolin", "rescue inhaler", "breathing treatment", "breathing treatments", "inhalador"],
  xNoEffect: [
    "not doing anything", "isnt doing anything", "doesnt do anything", "didnt do anything", "not doing a thing",
    "not helping", "isnt helping", "didnt help", "doesnt help", "not working", "isnt working", "didnt work",
    "doesnt work", "no help", "no effect", "wont help", "not touching it", "barely helps", "times and", "every 10 minutes",
    "every 15 minutes", "every 20 minutes", "every 30 minutes", "no funciona", "no le ayuda", "no me ayuda", "no sirve"
  ],
  xRetract: ["ribs", "rib", "chest", "neck", "belly", "collarbone", "collarbones", "throat", "costillas"],
  // --- bleeding ---
  xPostpartum: [
    "after giving birth", "after i gave birth", "after she gave birth", "since giving birth", "since i gave birth",
    "after birth", "after delivery", "after delivering", "since delivery", "after the delivery", "after labor",
    "after my c section", "after her c section", "after c section", "after the c section", "after my csection",
    "after having the baby", "after having my baby", "after she had the baby", "after i had the baby", "since having the baby",
    "postpartum", "post partum", "gave birth", "baby born", "baby was born", "baby is born", "born at home", "placenta", "afterbirth", "after the baby", "after baby", "just had a baby", "just had my baby", "had a baby", "had my baby",
    "delivered", "had the baby", "had our baby", "had her baby", "delivered the baby", "delivered her baby", "since the birth", "after my miscarriage", "miscarriage", "miscarrying", "after the abortion", "after an abortion",
    "despues del parto", "despues de dar a luz", "tras el parto", "postparto", "posparto", "di a luz", "dio a luz",
    "despues de la cesarea", "despues de mi cesarea", "aborto", "perdida del embarazo"
  ],
  xHeavyFlow: [
    "soaking", "soaked", "soak", "soaks", "going through", "filling", "filled", "through a pad", "pads an hour",
    "pad an hour", "pad every hour", "pads every hour", "clots", "clot", "golf ball", "gushing", "pouring", "so much blood",
    "so much", "heavily", "heavy", "a lot", "lots", "hemorrhage", "hemorrhaging", "wont stop", "not stopping",
    "towels", "towel", "puddle", "too much", "very much", "much blood", "lot of blood", "coming a lot", "hemorragia", "mucho", "mucha sangre", "abundante", "empapando", "empape", "empapada",
    "toallas", "coagulos", "muy fuerte", "no para"
  ],
  xBleedWord: ["nosebleed", "nosebleeds", "nose bleed", "bloody nose", "bleeding", "bleed", "bleeds", "blood", "bloody", "bled", "sangrando", "sangrado", "sangre", "sangro", "sangra", "hemorragia", "hemorrhage", "hemorrhaging"],
  xFaintish: [
    "dizzy", "lightheaded", "light headed", "faint", "fainted", "fainting", "pass out", "passing out", "passed out",
    "going to pass out", "gonna pass out", "pale", "weak", "woozy", "heart racing", "racing heart", "blacking out",
    "vision going", "cold and clammy", "clammy", "shaky", "mareada", "mareado", "desmayar", "desmayada", "desmayado",
    "desmayo", "palida", "palido", "debil"
  ],
  xThinner: [
    "blood thinner", "blood thinners", "thinners", "warfarin", "coumadin", "eliquis", "apixaban", "xarelto",
    "rivaroxaban", "pradaxa", "dabigatran", "savaysa", "lovenox", "heparin", "plavix", "clopidogrel", "brilinta",
    "anticoagulant", "anticoagulants", "anticoagulado", "anticoagulantes"
  ],
  xBleedLong: [
    "for over an hour", "over an hour", "for an hour", "an hour", "hours", "for 30 minutes", "30 minutes", "45 minutes",
    "40 minutes", "nonstop", "non stop", "wont stop", "will not stop", "not stopping", "keeps bleeding", "still bleeding",
    "cant stop", "cant get it to stop", "soaked", "soaking", "a lot", "so much", "heavily", "everywhere", "clots"
  ],
  // --- stroke, loose and Spanish ---
  xSuddenly: [
    "suddenly", "sudden", "all of a sudden", "out of nowhere", "out of the blue", "just now", "minutes ago",
    "few minutes ago", "an hour ago", "half an hour ago", "this morning", "woke up", "just started", "started",
    "onset", "right now", "de repente", "derrepente", "de pronto", "hace rato", "hace unos minutos", "hace una hora",
    "esta manana", "ahorita", "repentinamente"
  ],
  xEsNumb: [
    "no siento", "no sientes", "no siente", "no puedo mover", "no puede mover", "no mueve", "no muevo", "se me durmio",
    "se le durmio", "se me adormecio", "se le adormecio", "se me entumio", "se le entumio", "adormecido", "adormecida",
    "entumido", "entumida", "entumecido", "entumecida", "sin fuerza", "paralizado", "paralizada", "se me cae", "se le cae",
    "no puede levantar", "no puedo levantar", "no levanta"
  ],
  xEsSide: [
    "lado derecho", "lado izquierdo", "un lado", "la mitad", "mitad del cuerpo", "media cara", "brazo derecho",
    "brazo izquierdo", "pierna derecha", "pierna izquierda", "mano derecha", "mano izquierda", "media boca",
    // the corrector turns "mano" into "many"
    "many derecha", "many izquierda"
  ],
  xSideAbbrev: ["l sided", "r sided", "left sided", "right sided", "l side", "r side", "one sided"],
  xNeuroDeficit: [
    "weakness", "weak", "numbness", "numb", "paralysis", "facial droop", "face droop", "droop", "aphasia", "dysarthria",
    "hemiparesis", "hemiplegia", "neglect", "facial weakness"
  ],
  xDisoriented: [
    "doesnt know what year", "doesnt know what day", "doesnt know where he is", "doesnt know where she is",
    "doesnt know where she", "doesnt know where he", "doesnt know who i am", "doesnt know who we are", "doesnt recognize me",
    "doesnt recognize us", "doesnt recognize his", "doesnt recognize her", "didnt recognize me", "didnt recognize us",
    "cant remember his name", "cant remember her name", "forgot who i am", "doesnt know his name", "doesnt know her name",
    "no sabe donde esta", "no me reconoce", "no nos reconoce", "no sabe quien soy", "no sabe que dia"
  ],
  xChronicMind: [
    "dementia", "alzheimers", "alzheimer", "memory care", "for years", "for months", "slowly", "gradually", "over time",
    "anymore", "getting worse over", "always", "usually", "demencia", "drunk", "high", "asleep", "just woke"
  ],
  // --- pregnancy and newborns ---
  xPregnant: [
    "pregnant", "pregnancy", "weeks along", "weeks pregnant", "third trimester", "second trimester", "embarazada",
    "embarazo", "postpartum", "post partum", "just had a baby", "gave birth", "days after delivery", "semanas de embarazo"
  ],
  xHeadBad: [
    "head is killing me", "head is pounding", "head is splitting", "head is throbbing", "head hurts so bad",
    "head hurts really bad", "worst headache", "severe headache", "terrible headache", "awful headache", "pounding headache",
    "splitting headache", "throbbing headache", "horrible headache", "bad headache", "headache wont go away",
    "headache that wont go away", "headache is getting worse", "really bad headache", "massive headache",
    "dolor de cabeza muy fuerte", "dolor de cabeza fuerte", "dolor de cabeza terrible", "dolor de cabeza intenso",
    "me duele mucho la cabeza", "me explota la cabeza"
  ],
  xVisionOdd: [
    "blurry", "blurred", "blurring", "seeing spots", "spots", "flashing", "flashes", "sparkles", "seeing stars", "stars",
    "vision changes", "changes in my vision", "vision is off", "vision is weird", "vision is blurry", "things look",
    "cant see", "double vision", "vista borrosa", "borrosa", "veo borroso", "lucecitas", "manchas"
  ],
  xPreSwell: [
    "face swelled", "face is swollen", "face swollen", "hands swelled", "hands are swollen", "swollen hands",
    "swelling in my face", "swelling in my hands", "face and hands", "puffy face", "right side under my ribs",
    "upper right", "under my ribs", "cara hinchada", "manos hinchadas"
  ],
  xCord: [
    "see the cord", "feel the cord", "cord is out", "cord is coming out", "cord coming out", "cord hanging", "cord is hanging",
    "cord sticking out", "umbilical cord is out", "prolapsed cord", "cord prolapse", "babys foot is out", "babys feet are out",
    "baby's arm is out", "babys arm is out", "babys butt", "foot coming out", "arm coming out", "se ve el cordon",
    "sale el cordon", "cordon afuera", "its the cord", "is the cord", "feel something coming out", "something hanging out", "something coming out of my vagina", "something in my vagina"
  ],
  xBabyMove: ["baby move", "baby moving", "baby kick", "baby kicking", "him move", "her move", "it move", "any movement", "movement", "kicks", "kicking", "moving"],
  xNewborn: [
    "newborn", "new born", "neonate", "baby", "infant", "bebe", "recien nacido", "recien nacida", "day old", "days old",
    "week old", "weeks old", "month old", "months old", "mo old", "wk old", "semanas", "dias de nacido", "dias de nacida",
    "meses", "mes"
  ],
  xGreenVomit: [
    "vomiting green", "vomited green", "vomit green", "vomits green", "throwing up green", "threw up green", "throws up green",
    "spitting up green", "spit up green", "puking green", "green vomit", "green puke", "green spit up",
    "vomiting bright green", "vomiting dark green", "throwing up bright green", "throwing up dark green", "vomiting bile", "throwing up bile", "bilious", "vomita verde", "vomito verde", "vomitando verde",
    "devuelve verde", "vomita ver de", "vomito ver de", "vomitando ver de"
  ],
  xYellow: ["yellow", "yellowish", "jaundiced", "jaundice", "orange", "amarillo", "amarilla", "ictericia"],
  xSleepyBaby: [
    "sleepy", "very sleepy", "super sleepy", "so sleepy", "lethargic", "wont wake", "hard to wake", "cant wake",
    "wont feed", "not feeding", "not eating", "wont eat", "wont nurse", "not nursing", "floppy", "limp", "high pitched",
    "arching", "barely wakes", "barely waking", "barely eats", "barely eating", "barely feeding", "wont latch", "not latching", "hasnt peed", "no wet diapers", "no wet diaper", "dry diapers", "no quiere comer", "no come", "muy dormido", "muy dormida", "no despierta", "no quiere mamar"
  ],
  // --- environmental ---
  xWater: ["pool", "water", "lake", "river", "ocean", "sea", "tub", "bathtub", "bath", "pond", "creek", "canal", "hot tub", "alberca", "piscina", "agua", "rio", "lago", "mar", "tina"],
  xShock: [
    "shocked", "electrocuted", "electrocution", "zapped", "electric shock", "got shocked", "got a shock", "took a shock",
    "struck by lightning", "hit by lightning", "lightning strike", "descarga electrica", "electrocutado", "electrocutada",
    "le dio la corriente", "me dio la corriente", "toco un cable"
  ],
  xShockSource: [
    "live wire", "wire", "wires", "outlet", "socket", "power line", "powerline", "power lines", "cable", "cables",
    "electric fence", "fence", "panel", "breaker", "lightning", "voltage", "high voltage", "transformer", "appliance",
    "cord", "220", "240", "third rail", "cable de luz", "enchufe"
  ],
  xShockBad: [
    "passed out", "unconscious", "knocked out", "burn", "burned", "burns", "burnt", "heart", "chest", "racing", "irregular",
    "not breathing", "confused", "cant feel", "numb", "collapsed", "fell", "thrown", "wont wake", "seizure", "breathing",
    "entry", "exit", "black mark", "hand is burned", "cant let go", "couldnt let go", "high voltage", "power line",
    "live wire", "lightning", "desmayo", "quemadura"
  ],
  xColdExposure: [
    "in the snow", "in snow", "in the cold", "out in the cold", "icy water", "cold water", "freezing water", "ice water",
    "frozen lake", "fell through the ice", "through the ice", "outside all night", "out all night", "outside overnight",
    "outside in the cold", "below zero", "below freezing", "subzero", "sub zero", "freezing cold", "hypothermia",
    "hypothermic", "exposure", "frostbite", "stranded", "in the frio", "en la nieve", "agua helada", "al frio"
  ],
  xColdBad: [
    "confused", "confusion", "slurring", "slurred", "speech is slow", "talking slow", "slow", "sleepy", "drowsy",
    "wont wake", "not making sense", "stumbling", "stopped shivering", "shivering violently", "shivering uncontrollably",
    "shivering like crazy", "shaking uncontrollably", "cant stop shivering", "unresponsive", "barely", "out of it",
    "lethargic", "confundido", "no reacciona"
  ],
  xHeatExposure: [
    "in the heat", "the heat", "heat wave", "heatwave", "in the sun", "out in the sun", "hot car", "in a hot car",
    "left in the car", "sauna", "hot tub", "100 degrees", "105 degrees", "110 degrees", "115 degrees", "degrees outside",
    "working outside", "outside all day", "mowing", "roofing", "on the roof", "marathon", "practice", "hiking", "desert",
    "hot day", "so hot out", "very hot outside", "bajo el sol", "el calor", "mucho calor"
  ],
  xHeatBad: [
    "confused", "confusion", "not sweating", "stopped sweating", "no sweat", "isnt sweating", "dry skin", "hot and dry",
    "passed out", "collapsed", "seizure", "seizing", "slurring", "not making sense", "delirious", "wont wake",
    "unresponsive", "acting drunk", "stumbling", "confundido", "se desmayo", "no suda"
  ],
  // --- sepsis and fever with immune suppression ---
  xInfection: [
    "fever", "feverish", "temp", "temperature", "infection", "infected", "uti", "pneumonia", "cellulitis", "wound",
    "chills", "rigors", "septic", "sepsis", "fiebre", "infeccion", "calentura", "burning up", "kidney infection",
    "bladder infection", "chest infection", "water smells", "urine smells", "wee smells", "smelly urine", "she is hot", "he is hot",
    "shes hot", "hes hot", "feels hot", "burning hot", "very hot", "hot to the touch"
  ],
  xSepsisSign: [
    "mottled", "blotchy", "purple blotches", "skin is gray", "skin is grey", "skin looks gray", "skin looks grey",
    "barely peeing", "not peeing", "hasnt peed", "hasnt peed all day", "no pee", "blood pressure is low",
    "blood pressure is dropping", "bp is low", "bp is dropping", "low blood pressure", "low bp", "bp 80", "bp 70",
    "confused", "confusion", "disoriented", "delirious", "not making sense", "hard to wake", "muddled", "not with it",
    "talking nonsense", "away with the fairies", "acting weird", "acting strange", "not acting right", "really sleepy",
    "very sleepy", "so sleepy", "going to pass out", "gonna pass out", "about to pass out", "feels like hes dying",
    "feels like shes dying", "feel like im dying", "piel moteada", "no orina", "presion baja", "confundido", "confundida"
  ],
  xImmuneLow: [
    "chemo", "chemotherapy", "neutropenic", "neutropenia", "low white count", "low white blood cell", "low white cells",
    "low wbc", "low white blood count", "bone marrow transplant", "stem cell transplant", "on treatment for cancer",
    "cancer treatment", "radiation and chemo", "quimio", "quimioterapia"
  ],
  xFeverValue: ["fever", "fevers", "temp", "temperature", "feverish", "chills", "rigors", "fiebre", "calentura", "escalofrios"],
  xSepsisName: ["sepsis", "septic", "septicemia", "septic shock", "blood infection", "blood poisoning", "septicemia"],
  // --- severe skin reactions ---
  xSkinSlough: [
    "skin is peeling", "skin peeling", "skin is coming off", "skin coming off", "skin is falling off", "skin falling off",
    "skin sloughing", "skin is blistering", "skin blistering", "peeling off in sheets", "peeling skin", "sheets of skin",
    "blisters all over", "blistering all over", "blisters everywhere", "blisters in my mouth", "blisters in his mouth",
    "blisters in her mouth", "blisters on my lips", "blisters on his lips", "blisters on her lips", "sores in my mouth",
    "sores in his mouth", "sores in her mouth", "mouth is full of blisters", "rash with blisters", "blistering rash",
    "rash is blistering", "ampollas en la boca", "ampollas en todo el cuerpo", "se le cae la piel", "se me cae la piel", "piel se esta cayendo"
  ],
  xNewDrug: [
    "new medicine", "new medication", "new med", "new meds", "new pill", "new pills", "new antibiotic", "new antibiotics",
    "new drug", "started taking", "starting", "started a", "started on", "after taking", "since taking", "antibiotic",
    "antibiotics", "lamotrigine", "lamictal", "allopurinol", "bactrim", "sulfa", "carbamazepine", "tegretol", "phenytoin",
    "dilantin", "penicillin", "amoxicillin", "nevirapine", "modafinil", "ibuprofen", "medicamento nuevo", "antibiotico"
  ],
  xSkinRed: [
    "eyes are burning", "eyes burning", "eyes are red", "eyes red", "eyes are swollen", "eyes swollen", "burning eyes",
    "skin hurts", "skin is painful", "skin is burning", "skin burns", "genitals", "ojos rojos", "me arden los ojos"
  ],
  xSkinBenign: [
    "sunburn", "sun burn", "sunburned", "sunburnt", "beach", "poison ivy", "poison oak", "hand foot and mouth",
    "hand foot mouth", "chickenpox", "chicken pox", "cold sore", "cold sores", "herpes", "shingles", "eczema", "blister on my heel",
    "new shoes", "friction", "burned my", "burned his", "burned her", "oven", "stove", "iron", "hot pan", "canker"
  ],
  // --- venomous bites ---
  xVenomous: [
    "rattlesnake", "rattler", "copperhead", "cottonmouth", "water moccasin", "moccasin", "coral snake", "viper", "adder",
    "mamba", "cobra", "pit viper", "venomous snake", "poisonous snake", "snake", "snakes", "scorpion", "black widow",
    "brown recluse", "box jellyfish", "stonefish", "vibora", "vibora de cascabel", "serpiente", "culebra", "cascabel",
    "alacran", "escorpion", "viuda negra", "aranna violinista", "violinista"
  ],
  xBiteVerb: [
    "bit", "bite", "bitten", "bites", "biting", "got me", "got him", "got her", "got my", "got his", "struck", "stung",
    "sting", "fang", "fangs", "fang marks", "tagged", "nailed", "mordio", "pico", "picadura", "mordida", "mordido", "mordida"
  ],
  xBiteBenign: [
    "bit my dog", "bit our dog", "bit the dog", "bit my cat", "bitten my dog", "got my dog", "got our dog", "what if", "prevent", "camping trip", "asking for", "next month", "next week", "in case", "planning", "preparing", "dead snake", "pet snake", "garter", "corn snake", "ball python", "python", "harmless", "non venomous",
    "nonvenomous", "dream", "dreams", "nightmare", "toy", "years ago", "last year", "as a kid", "game",
    // a close call: "got too close to a snake, no bite that we can see"
    "no bite", "no bites", "no bite marks", "not bitten", "wasnt bitten", "werent bitten", "didnt bite", "didnt get bitten", "never bit", "no marks", "no puncture", "no punctures"
  ],
  // --- testicle ---
  xTesticle: [
    "testicle", "testicles", "testicular", "testis", "scrotum", "scrotal", "balls", "ball sack", "ballsack", "my nut",
    "my nuts", "his nut", "his nuts", "left nut", "right nut", "one nut", "my ball", "his ball", "left ball", "right ball",
    "one ball", "testiculo", "testiculos"
  ],
  xTorsionSign: [
    "killing me", "killing", "higher than the other", "higher than normal", "high riding", "sitting higher", "sitting high",
    "pulled up", "twisted", "throw up", "threw up", "throwing up", "vomit", "vomited", "vomiting", "nausea", "nauseous",
    "woke up with", "woke him up", "woke me up", "so bad", "cant walk", "agony", "screaming", "10 out of 10", "9 out of 10",
    "8 out of 10", "torsion", "swollen and red", "really bad", "excruciating", "unbearable", "muy fuerte", "mucho dolor",
    "me duele mucho", "le duele mucho", "muchisimo"
  ],
  // --- abdomen ---
  xBelly: ["belly", "stomach", "abdomen", "tummy", "abdominal", "gut", "estomago", "panza", "barriga", "abdomen", "vientre"],
  xRigid: [
    "rock hard", "hard as a board", "hard as a rock", "hard like a rock", "like a board", "board like", "boardlike", "rigid",
    "hard and swollen", "swollen and hard", "super hard", "very hard", "really hard", "so hard", "tight as a drum",
    "hard and distended", "distended and hard", "like a drum", "swollen tight", "tight and swollen", "duro como piedra", "duro como una piedra", "duro como tabla",
    "dura como piedra", "duro", "dura", "rigido", "rigida"
  ],
  xNoPassing: [
    "havent pooped", "hasnt pooped", "no poop", "not pooped", "havent had a bowel movement", "no bowel movement",
    "cant poop", "cant pass gas", "havent passed gas", "hasnt passed gas", "no gas", "cant fart", "havent farted",
    "constipated for", "no he hecho del bano", "no ha hecho popo"
  ],
  xObstructVomit: [
    "vomiting green", "throwing up green", "vomit green", "green stuff", "green vomit", "vomiting bile", "throwing up bile",
    "vomiting poop", "throwing up poop", "smells like poop", "vomiting brown", "fecal", "feces"
  ],
  xSharpPain: [
    "sharp pain", "severe pain", "stabbing pain", "intense pain", "terrible pain", "horrible pain", "really bad pain",
    "excruciating pain", "worst pain", "sharp cramps", "severe cramps", "really bad cramps", "terrible cramps",
    "severe cramping", "dolor fuerte", "dolor muy fuerte", "mucho dolor", "dolor intenso"
  ],
  xEarlyPreg: [
    "pregnant", "weeks pregnant", "embarazada", "missed my period", "missed period", "late period", "period is late",
    "positive pregnancy test", "positive test", "tested positive"
  ],
  // --- cardiac, loose ---
  xChestCrush: [
    "chest feels crushed", "chest is crushed", "chest crushed", "chest being crushed", "chest is being crushed",
    "chest feels like its being squeezed", "chest is being squeezed", "chest squeezed", "chest caving in",
    "chest feels heavy", "chest is heavy", "heavy chest", "weight on my chest", "weight on his chest", "elephant on my chest",
    "someone sitting on my chest", "vice on my chest", "band around my chest", "chest is in a vise"
  ],
  xCardiacCompanion: [
    "arm heavy", "arm is heavy", "arm feels heavy", "arm is numb", "arm numb", "arm hurts", "arm pain", "jaw", "sweating",
    "sweaty", "sweats", "clammy", "short of breath", "cant breathe", "nauseous", "nausea", "throwing up", "vomiting",
    "diabetic", "pale", "lightheaded", "dizzy", "cold sweat", "drenched", "soaked in sweat", "dripping sweat", "cant catch his breath", "cant catch her breath", "cant catch my breath", "left arm", "arm tingles", "arm tingling", "arm is tingling", "into my jaw", "up my jaw", "sweating buckets", "drenched in sweat", "pouring sweat"
  ],
  xHeartAttackWord: ["heart attack", "heartattack", "heart atack", "infarto", "ataque al corazon", "ataque cardiaco"],
  xHeartAttackPast: [
    "had a", "had my", "history of", "after", "since", "survived", "risk", "prevent", "prevention", "years ago",
    "last year", "months ago", "family", "recover", "recovery", "rehab", "lol", "haha", "every time", "texts", "gave me a",
    "almost gave", "nearly gave", "movie", "diet", "difference", "what are", "what is", "signs of", "symptoms of", "warning"
  ],
  xBackTear: [
    "between the shoulder blades", "between his shoulder blades", "between her shoulder blades",
    "between my shoulder blades", "through to my back", "through to his back", "through to her back", "into my back",
    "into his back", "into her back", "entre los omoplatos"
  ],
  xStabbing: ["stabbing", "tearing", "ripping", "knife", "stabbed", "being stabbed", "like a knife"],
  xShock2: ["pale", "sweating", "sweaty", "clammy", "cold sweat", "gray", "grey", "ashen", "passed out", "fainted", "faint", "dizzy", "lightheaded", "palido", "sudando"],
  // --- metabolic ---
  xDiabetic: ["sugar disease", "sugar diabetes", "sugar problem", "the sugar", "type 1", "type one", "t1d", "t1", "diabetic", "diabetes", "insulin", "insulin pump", "pump", "ketones", "diabetico", "diabetica"],
  xKetoneBad: [
    "ketones large", "large ketones", "high ketones", "ketones high", "ketones are high", "ketones are large", "moderate ketones",
    "ketones moderate", "ketones dark", "ketones purple", "breathing fast", "breathing super fast", "breathing really fast",
    "breathing very fast", "breathing deep", "breathing deep and fast", "deep breaths", "breathing heavy", "breathing hard",
    "breathing weird", "kussmaul", "fruity", "cetonas altas"
  ],
  xSickGut: [
    "vomiting", "vomited", "throwing up", "threw up", "puking", "cant keep", "belly pain", "stomach pain", "abdominal pain",
    "stomach hurts", "belly hurts", "confused", "drowsy", "sleepy", "lethargic", "vomitando"
  ],
  // --- drugs and alcohol ---
  xSubstance: [
    "fentanyl", "heroin", "dope", "percs", "perc", "pills", "xanax", "oxy", "opioids", "opiates", "lean", "meth", "coke",
    "cocaine", "crack", "molly", "mdma", "ecstasy", "acid", "lsd", "shrooms", "k2", "spice", "ghb", "ketamine", "alcohol",
    "drunk", "drinking", "shots", "vodka", "tequila", "whiskey", "liquor", "beers", "party", "something at", "took something",
    "snorted", "smoked", "injected", "shot up", "needle", "pcp", "bath salts", "benzos", "patch", "patches",
    "pain patch", "pain patches", "pain pills", "painkillers", "methadone", "morphine"
  ],
  xSubstanceBad: [
    "nodding off", "nodding out", "wont wake", "cant wake", "gurgling", "snoring weird", "snoring strange", "weird snoring",
    "barely breathing", "breathing slow", "breathing slowly", "shallow breathing", "breathing is shallow", "breathing is slow",
    "breathing is really slow", "nodding off mid", "breathing weird", "lips are blue",
    "lips blue", "lips turning blue", "lips are turning blue", "lips purple", "pinpoint", "seizing", "out cold",
    "choking on his vomit", "choking on her vomit", "choking on vomit", "vomiting while passed out", "puking while passed out",
    "passed out and vomiting", "passed out and throwing up", "overheating", "cold and clammy", "unresponsive"
  ],
  // --- Spanish seizures ---
  xEsSeizure: [
    "primera convulsion", "primera crisis", "su primera convulsion", "esta teniendo una convulsion", "esta teniendo su primera",
    "esta convulsionando", "sigue convulsionando", "no para de convulsionar", "esta con convulsiones",
    "le esta dando una convulsion", "esta temblando y no responde",
    "ataque de epilepsia", "crisis convulsiva"
  ],
  // --- eye ---
  xEyeLoss: [
    "lost vision", "lost my vision", "lost the vision", "lost sight", "losing vision", "losing my vision", "went black",
    "went dark", "went gray", "went grey", "went blind", "blind in", "cant see out of", "can not see out of",
    "cannot see out of", "cant see with", "curtain", "shade coming down", "perdi la vista", "cortina", "sombra negra",
    "no veo", "no puedo ver", "se me nublo", "se le nublo", "vista se fue", "me quede ciego", "me quede ciega"
  ],
  xEyeOne: ["one eye", "left eye", "right eye", "my eye", "his eye", "her eye", "an eye", "un ojo", "ojo derecho", "ojo izquierdo", "del ojo"],
  // concepts from dev set triage-l
  // a place to die from, said as where someone is, or where their phone shows them
  xAtPlace: [
    "im", "i am", "hes", "shes", "he is", "she is", "theyre", "standing", "sitting", "stood", "sat", "on", "at", "up on",
    "location", "gps", "find my", "showing him", "showing her", "estoy", "esta"
  ],
  // last words of love, thanks or blame, as said before a suicide
  xLastWords: [
    "thank you for everything", "thanks for everything", "thank you for all", "wanted to say thank you", "wanted to say thanks",
    "wanted to say goodbye", "wanted to say sorry", "wanted to say i love you", "just wanted to say", "say goodbye", "said goodbye",
    "goodbye", "good bye", "tell them i love", "tell mum i love", "tell mom i love", "tell dad i love", "tell the kids i love",
    "this is my fault", "this is your fault", "its my fault", "its your fault", "your fault", "blames me", "blaming me",
    "gracias por todo", "perdon por todo", "adios"
  ],
  // drugs that are saved up to end a life
  xHoardable: [
    "morphine", "oxycodone", "oxycontin", "tramadol", "codeine", "fentanyl", "fentanyl patches", "patches", "insulin",
    "sleeping tablets", "sleeping pills", "diazepam", "valium", "zopiclone", "ambien", "amitriptyline", "painkillers",
    "pain pills", "heart pills", "morfina"
  ],
  // opioids a small child can be poisoned by in one sip or one tablet
  xOpioid: [
    "methadone", "fentanyl", "oxycodone", "oxycontin", "morphine", "buprenorphine", "suboxone", "subutex", "heroin",
    "tramadol", "codeine", "hydrocodone", "percocet", "vicodin", "opioid", "opioids", "opiate", "opiates", "lean", "metadona", "morfina"
  ],
  // an open fire (not "smoke", which smokers write every day)
  xFire: [
    "fire", "bonfire", "campfire", "flames", "flame", "blaze", "house fire", "burning house", "burning building", "burning car",
    "explosion", "fireball", "flash fire", "smoke inhalation", "incendio", "fogata", "llamas"
  ],
  // a vehicle that strikes a person on foot or on a bike
  xVehicle: ["car", "truck", "van", "bus", "lorry", "vehicle", "motorbike", "motorcycle", "tractor", "suv", "coche", "carro", "camion"]
};

/** Offered to typo correction (see xVocabulary). */
const VOCABULARY_GROUPS = ["xVocabulary"];

export const MORE_TRIAGE_GROUPS: Groups = Object.fromEntries(VOCABULARY_GROUPS.map((name) => [name, ALL_MORE_TRIAGE_GROUPS[name] ?? []]));

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `{xName}` of a group not offered to typo correction becomes its alternation, longest first. */
function expandLocal(pattern: string): string {
  return pattern.replace(/\{(x[a-zA-Z0-9]+)\}/g, (whole, name: string) => {
    if (name in MORE_TRIAGE_GROUPS) return whole;
    const phrases = ALL_MORE_TRIAGE_GROUPS[name];
    if (!phrases) throw new Error(`Unknown word group {${name}} in pattern: ${pattern}`);
    return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})`;
  });
}

const E = "emergency" as const;

// Questions about a condition rather than reports of one ("how do you treat a snake bite?", "can
// chemo cause a fever?"). Not "what do I do", which opens many real emergencies.
const ASKING =
  "^(?:what|how) (?:does|do|is|are) ~4 (?:mean|means|look like|feel like|symptoms|signs|causes|cause|treated|treat|treatment|diagnosed|happen|normal)|^what (?:are|is) ~1 (?:signs|symptoms|causes|cause|treatment|risk|risks)|^(?:can|could|does|do|will|would|is|are|should|why) ~5 (?:cause|causes|mean|means|normal|dangerous|safe|happen|risk|kill|die)|^how (?:do|can|should) (?:you|i|we|one) (?:tell|know|treat|prevent|recognize|spot)|^how to|^(?:can you get|what causes)";

const RULES: TriageRuleSpec[] = [
  // --- poisoning and ingestions ---
  {
    id: "triage.poisoning.pill-count",
    level: E,
    finding: "took a large number of pills",
    all: ["{xTook} ~3 (?:{xBigCount} {xMed}|{xBigCount} of ~3 {xMed}|{xBigCount} (?:or|to) \\d+ ~3 {xMed})|{xTook} ~4 {xMed} ~3 {xBigCount}(?!\\s(?:mg|mcg|minutes|mins|min|hours|hrs|days|weeks|units|ml|am|pm|years|times|seconds))"],
    unless: ["{xHypothetical}|is it safe|can i take|(?:a|per|each|every) (?:day|week|month|night)|daily|(?:over|in|during) (?:the|a) (?:last|past)|this (?:week|month|year)|so far|for (?:years|months|weeks)|supply|prescription|refill|pharmacy|bottle of \\d+|\\d+ count"]
  },
  {
    id: "triage.poisoning.many-pills",
    level: E,
    finding: "took many pills",
    all: ["{xTook} ~3 {xMany} ~3 {xMed}"],
    unless: ["{xHypothetical}|is it safe|can i take|over the (?:day|week)|as prescribed|vitamins|if i take|over the (?:limit|maximum|max)|(?:worried|afraid|scared|nervous) about taking"]
  },
  {
    id: "triage.poisoning.child-household",
    level: E,
    finding: "child swallowed a household poison",
    all: ["{xChild} ~6 {xIngest} ~8 {xToxicHouse}|{xChild} ~6 (?:put|stuck|had|has|got) ~2 {xToxicHouse} ~2 (?:in|into) (?:his|her|their) mouth"],
    unless: ["{xHypothetical}|nothing (?:is |was |seems )?(?:missing|gone|eaten|open|opened)|locked ~3 away|all accounted for|garden|dandelion|dandelions", "(?:crayon|toothpaste|play doh|playdough|chalk|dirt|sand|paper|coin|penny|grass|bubble gum|ice cube|snow|candy|cheerios|lego|bead|peas|iron fortified|fortified)", "(?:licked|licking|tasted|sucked) ~6 off (?:his|her|their|my|the) (?:hands|hand|fingers|finger|skin|arm|arms|thumb)"]
  },
  {
    id: "triage.poisoning.child-meds",
    level: E,
    finding: "child got into medicine",
    all: ["{xChild} ~6 {xGotInto} ~6 {xKidMeds}|found ~3 {xChild} ~6 {xKidMeds}|{xChild} ~12 (?:pills|tablets|meds|pastillas|medicine|bottle) ~5 (?:are missing|missing|are gone|gone|faltan)"],
    unless: ["{xHypothetical}", "(?:his|her|their) ~1 (?:medicine|meds|pill|pills|dose|antibiotic|antibiotics|amoxicillin|vitamin|vitamins|medication|prescription)|nothing (?:is |was |seems )?(?:missing|gone|eaten|open|opened)|locked ~3 away|all accounted for|prescribed|chewable|wont swallow|cant swallow|refuses|refused|spit|spits|how to get|trouble swallowing|applesauce|pudding|whole pill|iron fortified|fortified|cereal|formula"]
  },
  {
    id: "triage.poisoning.child-mouth",
    level: E,
    finding: "child with medicine or a household poison in the mouth",
    all: ["{xChild}", "(?:some|one|it|them|a pill|pills|something|a few) ~1 in (?:his|her|their) mouth|(?:chewing|sucking) on (?:one|some|them|it)", "{xKidMeds}|{xToxicHouse}"],
    unless: ["{xHypothetical}", "(?:his|her|their) ~1 (?:medicine|meds|pill|pills|dose|antibiotic|antibiotics|vitamin|vitamins|medication)|prescribed|teeth|teething|pacifier|toy|spit it out|wont swallow|refuses"]
  },
  {
    id: "triage.poisoning.caustic-or-fuel",
    level: E,
    finding: "swallowed a caustic, fuel or pesticide",
    all: ["(?:swallowed|swallow|swallowing|ate|eaten|drank|drinking|drink|chewed|bit into|licked|ingested|sipped|gulped|swig|swigged|mouthful|trago|se trago|comio|bebio|se tomo) ~4 (?:detergent|laundry pod|laundry pods|dishwasher pod|dishwasher tablet|drain cleaner|drain opener|drano|oven cleaner|toilet cleaner|lamp oil|tiki torch|torch fuel|lighter fluid|kerosene|gasoline|paint thinner|turpentine|antifreeze|windshield fluid|washer fluid|rat poison|mouse poison|pesticide|insecticide|weed killer|roundup|lye|methanol|windex|paraquat|anticongelante|herbicide|weedkiller|glyphosate|furniture polish|wintergreen|button battery|liquid nicotine|e liquid|vape juice|gasolina|raticida|insecticida|cloro|lejia|under the sink|cleaning supplies|cleaning products|chemicals|chemical)|(?:drank|swallowed|sipped|drinking) ~2 (?:windex|winded)"],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.poisoning.big-multiple",
    level: E,
    finding: "many times the dose",
    all: ["(?:[5-9]|\\d\\d) (?:x|times) ~2 (?:dose|doses|amount|dosage)|(?:adult|grown up|grownup) (?:dose|tylenol|medicine|pills|dosage) ~4 (?:baby|infant|toddler|month old|newborn|week old)|(?:baby|infant|toddler|month old|newborn|week old) ~6 (?:adult|grown up) (?:dose|tylenol|medicine|pills|dosage)"],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.poisoning.co-exposure",
    level: E,
    finding: "possible carbon monoxide poisoning",
    all: ["{xCoSource}", "{xCoPlace}", "{xDrowsy}"],
    unless: ["(?:install|buy|which|best|how often|should i get|test the|replace|expire|expired|battery in|batteries in|false alarm)"]
  },
  {
    id: "triage.poisoning.substance-danger",
    level: E,
    finding: "drugs or alcohol with danger signs",
    all: ["{xSubstance}", "{xSubstanceBad}|(?:passed out|unconscious|out cold) ~6 (?:throwing up|vomit\\w*|puking)|(?:throwing up|vomit\\w*|puking) ~6 (?:passed out|unconscious|on his back|on her back)"],
    unless: ["{xHypothetical}|what are the signs|signs of an overdose|narcan training|years ago|last year"]
  },
  // --- suicide and self-harm: indirect and Spanish ---
  {
    id: "triage.crisis.goodbye-letters",
    level: E,
    crisis: true,
    finding: "goodbye letters or messages",
    all: ["(?:wrote|writing|written|write|left|leaving|sent|sending|texted|recorded|posted|finished|made|escribi|deje|escribio|dejo) ~3 {xGoodbye}|{xGoodbye} ~4 (?:for|to) (?:everyone|my family|my kids|my wife|my husband|my parents|each of)"],
    unless: ["{xBenignGoodbye}"]
  },
  {
    id: "triage.crisis.giving-away",
    level: E,
    crisis: true,
    finding: "giving possessions away",
    all: ["(?:giving|gave|give|given|regalando|regale|regalo) ~3 (?:my|his|her|their|mis|sus) ~1 {xPossessions} ~1 away|(?:giving|gave|give|given) away ~3 (?:my|his|her|their) ~1 {xPossessions}|(?:gave|giving|give) ~2 (?:my|his|her) ~1 {xPossessions} to (?:my|a|his|her|the|someone)|(?:regalando|regale|regalo) ~2 (?:mis|sus|todas) ~1 {xPossessions}", "{xAfterGone}|(?:wont|will not) need|nobody|no one|goodbye|last|final|ready|done|no longer need|suicid\\w*|die|dying|end it|gone|paid off|affairs in order|my will"],
    unless: ["charity|donat\\w*|moving|declutter\\w*|yard sale|garage sale|sell\\w*|clothes|toys|outgrew|minimalis\\w*|downsiz\\w*|spring cleaning|marie kondo|konmari|goodwill|thrift"]
  },
  {
    id: "triage.crisis.wont-be-around",
    level: E,
    crisis: true,
    finding: "says they will not be alive",
    all: ["(?:wont|will not|not going to|not gonna|wouldnt) be (?:around|here|alive|there) ~2 (?:tomorrow|much longer|anymore|by morning|by tomorrow|next week|for long|after tonight|to see|for christmas|for her birthday|for his birthday|on monday)|(?:this is|its) my last (?:night|day|message|post|goodbye)|by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this|(?:im|i am) (?:saying|going to say) ~1 goodbyes?|(?:said|saying|say) goodbye to (?:everyone|everybody|my family|my kids|the world)|(?:wont|will not|not going to) be a (?:problem|burden|bother) ~3 (?:anymore|much longer|for long|after tonight)|after (?:tonight|today) ~1 (?:i|ill|it|everything) ~3 (?:wont be|be gone|be over|be free|be at peace|stop)"],
    unless: ["morbid|hospice|terminal|old age|(?:[6-9]\\d|1\\d\\d) (?:year|years|yr) old|trip|vacation|traveling|travel|travelling|out of town|away for|flight|camping|work|office|shift|class|meeting|busy|conference|visit\\w*|hospital for|surgery|moving|move|job|semester|abroad|deploy\\w*|concert|party|wedding|funeral|birthday party|sleepover|weekend|game|tournament|practice|leaving for|going to my|going to the"]
  },
  {
    id: "triage.crisis.better-off",
    level: E,
    crisis: true,
    finding: "believes others are better off without them",
    all: ["(?:everyone|everybody|they|family|world|kids|wife|husband|you all|people|parents|friends|my \\w+) ~3 better off ~3 (?:without me|if i (?:was|were|wasnt|werent|died|disappeared|was gone|were gone|wasnt here|werent here|was dead|were dead|didnt exist)|with me gone|me gone|dead|if i was not)|(?:estarian|estaria|estan) mejor sin (?:mi|el|ella)"],
    unless: ["breakup|job|team|company|relationship|if i quit|if i left the"]
  },
  {
    id: "triage.crisis.high-place",
    level: E,
    crisis: true,
    finding: "at a height, thinking of jumping",
    all: ["(?:im|i am|standing|sitting|up|out|estoy|parado|parada|sentado|sentada|hes|shes|he is|she is) ~3 (?:on|at|in|en|sobre) (?:the|a|this|top of the|the top of the|the edge of the|edge of the|the edge of a|my|el|la|un|una|lo alto del|lo alto de) ~2 {xHighPlace}", "(?:dont think|cant do|cant take|cant go on|done|nobody|no one|goodbye|last|jump|jumping|end it|end this|tonight|call anyone|cold|the water|down there|over the edge|ledge|railing|other side|right now|sorry|ya no|adios|saltar|tirarme|aventarme)"],
    unless: ["{xBenignHeights}"]
  },
  {
    id: "triage.crisis.jump-intent",
    level: E,
    crisis: true,
    finding: "plans to jump from a height",
    all: ["{xIntentNear} ~2 {xJump} ~4 {xHighPlace}|{xHighPlace} ~8 {xIntentNear} ~2 {xJump}|(?:me voy a|voy a|se va a|quiero|pienso|va a) {xJump} ~4 {xHighPlace}"],
    unless: ["{xBenignHeights}"]
  },
  {
    id: "triage.crisis.pills-plan",
    level: E,
    crisis: true,
    finding: "plans to take all their pills",
    all: ["(?:going to|gonna|will|about to|ready to|plan to|planning to|want to) take (?:all of them|them all|all of it|every one|every single one|the whole bottle|all the pills|all my pills|all of my pills|all my meds)", "pills|meds|tablets|bottle|pastillas", "tonight|bought|saved|saving|stockpil\\w*|goodbye|end|die|thinking about this|long time|done|cant|no point|nobody"],
    unless: ["vitamins|supplements|antibiotics|course|as prescribed|prescription says|doctor said"]
  },
  {
    id: "triage.crisis.exhaust",
    level: E,
    crisis: true,
    finding: "car exhaust piped in on purpose",
    all: ["(?:hose|tube|pipe) ~6 (?:exhaust|tailpipe|tail pipe)|(?:exhaust|tailpipe|tail pipe) ~6 (?:hose|tube|pipe)|(?:sitting|sit|sleep|sleeping) in ~2 (?:the|his|her|my) car ~4 (?:garage|engine running|car running) ~4 (?:closed|shut|on purpose|and not)"]
  },
  {
    id: "triage.crisis.finish-life",
    level: E,
    crisis: true,
    finding: "wants to end their life (loose phrasing)",
    all: ["(?:want|wants|wanna|going to|gonna|try|trying|tried|say|says|said|will|plan|planning) ~3 (?:finish|end|stop|terminate|quit) (?:his|her|my|their) (?:life|lives|own life)|kill (?:hisself|herself|themself|meself)"]
  },
  {
    id: "triage.crisis.spanish",
    level: E,
    crisis: true,
    finding: "pensamientos suicidas",
    all: ["{xSpanishSuicide}|ya no aguanto ~8 (?:vivir|vida|matar|morir|puente|esta noche|pastillas|desaparecer|acabar)|(?:pienso|pensando|pense|quiero|voy a|se va a|se quiere) ~2 (?:matarme|matarse|suicid\\w*|quitarme la vida|quitarse la vida|desaparecer para siempre)"],
    unless: ["(?:como|que|cuales) ~3 (?:prevenir|senales|ayudar|apoyar)"]
  },
  {
    id: "triage.crisis.means-rope",
    level: E,
    crisis: true,
    finding: "means for suicide at hand",
    all: ["noose|(?:tied|hung|set up|tying|hanging) ~3 rope ~4 (?:neck|beam|ceiling|closet|tree|rafter|door|banister|stairs)|rope ~8 (?:i know what|what im going to do|what i am going to do|do it|tonight|goodbye|end it|neck|hang)|(?:finally|gonna|going to|will|ill) (?:do it|go through with it|end it) ~~10 (?:rope|noose|gun|pills|razor|blade|bridge)|(?:rope|noose|gun|pills|razor|blade) ~~10 (?:finally|gonna|going to|will|ill) (?:do it|go through with it|end it)|(?:razor|blade|knife|pills|gun) ~8 (?:going to|gonna|will|about to) (?:cut|slit|use|take|shoot) ~3 (?:deep|deeper|myself|my wrists?|my arms?|my throat|this time|all of them|them all)|(?:going to|gonna|want to|about to|will) (?:cut|slit) ~2 (?:deep|deeper|my wrists?|my throat|vertical|too deep)"],
    unless: ["jump rope|skipping rope|climbing|tow rope|rope swing|dog rope|hammock|swing|tent|boat|gym|crossfit|knot|scouts|magic trick|onion|onions|vegetables|meat|wood|steak"]
  },
  // --- violence ---
  {
    id: "triage.violence.threat-with-weapon",
    level: E,
    finding: "threat to kill or hurt someone, with a weapon or seriously",
    all: ["{xThreatIntent} ~1 {xHarmVerb} ~3 {xTarget}|{xThreatIntent} ~1 {xHarmVerb} ~1 (?:the|his|her|my|our|their|a|that) ~2 (?:school|office|work|church|mall|party|class|place)|{xWeapon} ~6 to {xHarmVerb} ~3 {xTarget}|(?:bring|bringing|brought|take|taking) ~2 {xWeapon} ~2 to (?:school|work|class|church|the office)", "{xWeapon}|{xSerious}"],
    unless: ["{xJoking}"]
  },
  {
    id: "triage.violence.armed-now",
    level: E,
    finding: "someone armed and violent now",
    all: ["(?:has|have|got|grabbed|pulled|pulled out|holding|waving|pointing|with|carrying|loaded|came at|coming at|tiene|trae|saco|agarro|con) ~2 (?:a|an|his|her|the|my|dads|moms|un|una|su) ~1 {xWeapon}", "{xAttacking}|(?:kill|shoot|stab|murder|matar|matarme|matarnos)"],
    unless: ["{xJoking}|(?:hunting|range|gun safe|license|permit|collection|cleaning|kitchen|cooking|cut (?:onions|vegetables|meat)|chopping|sharpen|accident\\w*|slipped|whittl\\w*|carving)", "(?:hit|hitting|smashed|smashing|bashed|whacked|caught|banged) (?:my|his|her|their|a) (?:finger|fingers|thumb|hand|toe|toes|foot|nail|knee|shin) with (?:a|the|my|his|her) (?:hammer|mallet)"]
  },
  {
    id: "triage.violence.break-in",
    level: E,
    finding: "intruder in the home",
    all: ["(?:someone|somebody|a man|a guy|men|people|intruder|intruders|burglar|burglars|he|they|alguien|un hombre) ~3 (?:broke|breaking|break|broken|is breaking|trying to break|got) (?:in|into)|intruder|home invasion|(?:hiding|escondid\\w*) ~4 (?:closet|bathroom|basement|bedroom|under the bed|attic)", "hiding|hide|right now|still in|in the house|downstairs|upstairs|inside|now|scared|escondid\\w*|adentro|ahorita"],
    unless: ["(?:car|truck|garage|shed|storage|locker|office|email|account|computer|phone|last (?:week|month|year)|years ago|yesterday|while we were (?:away|gone|out)|game|movie|dream|hide and seek)"]
  },
  {
    id: "triage.violence.spanish",
    level: E,
    finding: "violencia o amenaza",
    all: ["(?:me|nos|la|lo|le) (?:esta|estan) (?:golpeando|pegando|ahorcando|apunalando|amenazando|pateando|ahogando)|(?:me|nos) (?:quiere|quieren) matar|amenazo con (?:matar|matarme|matarnos|matarla|matarlo)|(?:tiene|trae|saco|agarro) (?:un|una) (?:cuchillo|pistola|arma|navaja|machete|escopeta) ~6 (?:amenaz\\w*|matar|golpe\\w*|pega\\w*|gritando|borracho)"],
    unless: ["si llego tarde|si no|jaja|broma|pelicula|juego"]
  },
  // --- unresponsive ---
  {
    id: "triage.neuro.not-waking",
    level: E,
    finding: "cannot be woken or barely responding",
    notNegatable: true,
    all: ["{xPerson} ~6 {xNotWaking}|{xNotWaking} ~3 (?:when i|when we|no matter|even when|after i) ~2 {xShake}|(?:cant|can not|cannot|couldnt|unable to) (?:get|make) (?:him|her|them|my \\w+) ~1 (?:wake|respond|answer|open his eyes|open her eyes)"],
    // "wouldn't mind if she didn't wake up": a wish, not someone who cannot be woken (set ak)
    unless: ["{xBenignWake}", "(?:wouldnt|would not|doesnt|dont|didnt|wouldn t) mind if ~3 (?:didnt|did not|doesnt|never|dont|wouldnt) wake"]
  },
  {
    id: "triage.neuro.down-not-answering",
    level: E,
    finding: "on the floor and not answering",
    notNegatable: true,
    all: ["{xPerson} ~3 (?:not|no|wont|cant|isnt|doesnt) ~1 (?:answer|answering|respond|responding|talk|talking|speak|speaking|move|moving)|(?:tirado|tirada|caido|caida) ~6 no (?:contesta|responde|reacciona|despierta|se mueve|habla)", "(?:on|on the) (?:floor|ground)|collapsed|fell|fall|fallen|falled|ladder|stairs|eyes open|staring|slumped|en el piso|en el suelo|tirado|tirada|se cayo"],
    unless: ["{xBenignWake}|playing|tantrum|mad|upset|sulking|ignoring|grounded|video game|phone|homework|yoga|stretching"]
  },
  {
    id: "triage.neuro.no-response-to-shaking",
    level: E,
    finding: "no response when shaken",
    notNegatable: true,
    all: ["(?:not|isnt|wont|doesnt|didnt|cant|no|hes not|shes not) ~1 (?:answer|answering|respond|responding|react|reacting|wake|waking) ~4 {xShake}|{xShake} ~4 (?:him|her|them) ~4 (?:nothing|no response|not responding|doesnt respond|wont respond|wont wake|doesnt wake|doesnt react|not answer|no answer|doesnt answer|wont answer|not wake|no wake|doesnt move|not move)"],
    unless: ["{xBenignWake}|(?:hand|hands|leg|legs|tremor|tremors|head|cold|fever|chills) ~2 (?:shake|shaking)"]
  },
  {
    id: "triage.neuro.collapsed-loose",
    level: E,
    finding: "fell down and not waking",
    notNegatable: true,
    all: ["(?:fall|fell|fallen|falled|collapse|collapsed|drop|dropped|pass out|passed out|faint|fainted|se cayo|se desmayo|cayo) ~6 (?:not|no|wont|cant|dont|doesnt|isnt|still not) ~1 (?:wake|waking|woke|answer|answering|respond|responding|despierta|responde|reacciona)"],
    unless: ["{xBenignWake}"]
  },
  // --- head injury red flags ---
  {
    id: "triage.neuro.head-injury-flags",
    level: E,
    finding: "head injury with red flags",
    all: ["{xHeadHit}|(?:fell|fall|fallen|dropped|tumbled|landed|thrown) ~6 (?:onto|on) (?:his|her|my|their) head", "{xHeadRed}"],
    unless: ["(?:weeks|months|years) ago|last (?:week|month|year)|as a (?:kid|child)|in high school|in college|history of|when can|return to|go back to|back to (?:play|sports|school)"]
  },
  // --- breathing severity ---
  {
    id: "triage.breathing.few-words",
    level: E,
    finding: "too breathless to talk in sentences",
    all: ["(?:only|just|barely|hardly) ~2 (?:get out|say|speak|manage|talk|get|gasp out|gasp) ~3 (?:word|words)|(?:\\d|one|two|three|a few|few|couple) words? (?:at a time|between breaths|then)|gasping between words|between words ~3 (?:gasp|gasping|breath|breathe)|(?:cant|can not|cannot|unable to|can barely|can hardly) (?:finish|complete|get through|say|speak|talk in|get out) ~2 (?:sentence|sentences|full sentences|a sentence|whole sentence|a full sentence)"],
    unless: ["stutter\\w*|nervous|shy|speech therapy|toddler|learning to talk|autis\\w*|anxiety|panic|french|english|spanish|language|languages|accent|baby|vocabulary"]
  },
  {
    id: "triage.breathing.hard-to-breathe",
    level: E,
    finding: "can barely breathe",
    all: ["{xBreathHard}"],
    unless: ["{xBreathBenign}"]
  },
  {
    id: "triage.breathing.rescue-not-working",
    level: E,
    finding: "rescue inhaler not helping",
    all: ["{xRescue} ~5 {xNoEffect}|{xNoEffect} ~4 {xRescue}"],
    unless: ["(?:expired|expire|refill|prescription|pharmacy|cost|insurance|travel|what if|should i switch|long term|controller|preventer|daily)"]
  },
  {
    id: "triage.breathing.color-choking",
    level: E,
    finding: "turning purple or unable to cough or cry",
    all: ["{xPerson} ~4 (?:turning|turned|going|gone|went) (?:purple|blue|bluish|gray|grey|dusky)|(?:cant|can not|cannot|unable to) (?:cough|cry|make a sound|make any sound)(?!\\s(?:up|it|out|properly|anything|that|the|this|stuff|much))"],
    unless: ["cold|raynaud\\w*|fingers|toes|feet|hands|nails|bruise|bruised|dye|popsicle|nail polish|lipstick|hair|paint|lol|haha|movie|sad|tears|anymore|for (?:him|her|them)"]
  },
  {
    id: "triage.breathing.retractions",
    level: E,
    finding: "working hard to breathe",
    all: ["(?:sucking|pulling|caving|sinking) in ~4 {xRetract}|{xRetract} ~4 (?:sucking|pulling|caving|sinking|sink|sinks|suck|sucks|pull|pulls|cave|caves) (?:in|inward)|(?:every|each) breath ~4 {xRetract} ~3 (?:sink|sinks|suck|sucks|caves|pull|pulls|in)|se le hunden las costillas|se le marcan las costillas"],
    unless: ["photos|pictures|posture|abs|workout|suck in my"]
  },
  // --- bleeding severity ---
  {
    id: "triage.bleeding.postpartum-broad",
    level: E,
    finding: "heavy bleeding after birth or pregnancy loss",
    all: ["{xPostpartum}", "{xHeavyFlow} ~3 {xBleedWord}|{xBleedWord} ~4 {xHeavyFlow}|(?:soaking|soaked|soak|empapando|empape|filling|going through) ~4 (?:pad|pads|towel|towels|toallas|toalla|sheets|bed)|hemorragia|hemorrhag\\w*|(?:passing|huge|big|large|golf ball) ~4 clots|clots ~6 (?:size|huge|big|large|golf|palm|fist|lemon|orange)|{xBleedWord} ~~12 {xFaintish}|{xFaintish} ~~12 {xBleedWord}"],
    unless: ["{xHypothetical}|is it normal|is this normal|normal (?:amount|bleeding)|(?:weeks|months|years) ago|last (?:year|month)|lochia|spotting|with my (?:first|last|previous|other|second|older)|(?:last|previous|first) (?:pregnancy|baby|birth|delivery)|happen again|history of"]
  },
  {
    id: "triage.bleeding.pads-and-faint",
    level: E,
    finding: "soaking pads with faintness",
    all: ["(?:soaking|soaked|soak|going through|filling|changing|empapando) ~4 (?:pad|pads|maxi pad|tampon|tampons|towel|towels|toallas|toalla|toallitas)|(?:pad|pads|tampon|tampons) ~3 (?:an hour|every hour|per hour|in an hour|every 30 minutes|every half hour)", "{xFaintish}|clots ~3 (?:golf|big|huge|large|fist|lemon)|pregnant|embarazada"]
  },
  {
    id: "triage.bleeding.thinner-bleed",
    level: E,
    finding: "bleeding on a blood thinner with faintness or no end",
    all: ["{xThinner}", "{xBleedWord}", "{xFaintish}|{xBleedLong}"],
    unless: ["{xHypothetical}|gums|brushing|floss\\w*|bruise|bruises|bruising|little|small amount|a bit|slightly|tiny|spotting|should i (?:stop|skip)|before (?:surgery|my procedure|dental)|dentist"]
  },
  // --- stroke, loose and Spanish ---
  {
    id: "triage.stroke.spanish-one-side",
    level: E,
    finding: "debilidad o adormecimiento de un lado",
    all: ["{xEsNumb} ~6 {xEsSide}|{xEsSide} ~4 {xEsNumb}", "{xSuddenly}|lado|boca|habla|hablar|hablando|torcid\\w*|cara"]
  },
  {
    id: "triage.stroke.abbreviated",
    level: E,
    finding: "one-sided weakness or aphasia (clinical shorthand)",
    all: ["{xSideAbbrev} ~3 {xNeuroDeficit}|aphasia|hemiparesis|hemiplegia|facial droop|dysarthria|(?:l|r) (?:arm|leg|face) ~2 (?:weak|weakness|numb|droop)", "{xSuddenly}|onset|\\d\\d\\d\\d|lkw|last known well|code stroke|acute|new"],
    unless: ["(?:weeks|months|years) ago|since (?:his|her|my) stroke|history of|baseline|chronic|residual|old stroke|rehab|therapy"]
  },
  {
    id: "triage.neuro.sudden-disorientation",
    level: E,
    finding: "suddenly does not know where or when they are",
    all: ["{xDisoriented}", "{xSuddenly}|fine (?:an hour|this morning|yesterday|earlier|a few hours)|totally fine|was normal|was fine|hoy|today|tonight|now"],
    unless: ["{xChronicMind}"]
  },
  {
    id: "triage.stroke.vision-one-eye",
    level: E,
    finding: "sudden loss of vision",
    all: ["{xEyeLoss} ~5 {xEyeOne}|{xEyeOne} ~5 {xEyeLoss}|{xSuddenly} ~4 (?:cant see|blind|no veo|no puedo ver|no ve)"],
    unless: ["(?:cataract|cataracts|glaucoma|for years|for months|slowly|gradually|slow|getting worse over|glasses|prescription|contacts|contact lens|eye drops|floaters|dark|lights off|the road|fog|rain|snow)"]
  },
  // --- pregnancy and newborns ---
  {
    id: "triage.pregnancy.headache-vision",
    level: E,
    finding: "pregnancy with severe headache and vision or swelling changes",
    all: ["{xPregnant}|(?:im|i am|she is|shes|at|wife is|girlfriend is|estoy|esta) (?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)", "{xHeadBad}|(?:head|headache|cabeza) ~3 (?:killing|pounding|splitting|throbbing|explot\\w*|very strong|so strong|very bad|so bad|terrible|severe|horrible|intense|muy fuerte)", "{xVisionOdd}|{xPreSwell}"],
    unless: ["{xHypothetical}|(?:months|years) ago|before (?:i was|my) pregnan\\w*"]
  },
  {
    id: "triage.pregnancy.cord",
    level: E,
    finding: "cord or baby part coming out",
    all: ["{xCord}|(?:babys|baby s|the babys|baby) (?:foot|feet|arm|hand|leg|legs|butt|bottom|head|cord) ~3 (?:out|coming out|sticking out|hanging out|showing)|crowning|(?:see|feel|seeing) the (?:babys|baby s)? ?head|baby is coming (?:now|out|right now|fast)|(?:having|going to have) the baby (?:now|right now|at home|in the car)|(?:cant|wont) make it to the hospital"],
    unless: ["spinal cord|vocal cord|cord blood|extension cord|phone cord|charger|power cord|banking"]
  },
  {
    id: "triage.pregnancy.no-movement-broad",
    level: E,
    finding: "baby has stopped moving in the womb",
    notNegatable: true,
    all: ["{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)", "(?:havent|hasnt|not|no|didnt|dont|cant) (?:felt|feel|feeling) ~3 {xBabyMove}|(?:baby|babies|bebe) ~2 (?:hasnt|havent|has not|stopped|isnt|not|quit) (?:moved|moving|kicking|kicked)|no (?:siento|he sentido) (?:al bebe|moverse|que se mueva)", "(?:since yesterday|since last night|all day|since this morning|today|\\d+ hours|hours|all night|at all|stopped|for a day|in a day|since|desde|des de|ayer|anoche|todo el dia|horas)"],
    unless: ["(?:yet|first time|when will|when do|when should|normal to not|is it normal|(?:1\\d|[1-9]) weeks)"]
  },
  {
    id: "triage.infant.newborn-not-feeding",
    level: E,
    finding: "newborn not feeding and very sleepy",
    all: ["(?:is|s|es|tiene|only|just|de) (?:[1-9]|1\\d|2\\d|30) (?:days|day|dias)|(?:is|s|es|tiene|only|just|de) [1-6] (?:weeks|week|wks|semanas)|newborn|new born|recien nacid\\w*", "not (?:drinking|eating|feeding|nursing|taking|latching)|wont (?:drink|eat|feed|nurse|take|latch)|(?:hasnt|has not|no) (?:peed|wet diapers?|pee)|no (?:quiere|come|toma)|refus\\w*|barely (?:eating|feeding|drinking)", "sleepy|lethargic|hard to wake|wont wake|floppy|limp|dormid\\w*|no despierta"],
    unless: ["{xHypothetical}|(?:for|since|in) (?:[1-9]|1\\d|2\\d|30) (?:days|day|dias)(?! old)"]
  },
  {
    id: "triage.infant.green-vomit",
    level: E,
    finding: "green (bilious) vomiting",
    all: ["{xGreenVomit}", "{xNewborn}|{xChild}|{xNoPassing}|(?:belly|stomach|tummy|abdomen) ~3 (?:swollen|distended|hard|bloated)|panza|barriga"],
    unless: ["{xHypothetical}|hangover|after drinking|drank too much|empty stomach|morning sickness|food poisoning|stomach bug"]
  },
  {
    id: "triage.infant.jaundice-sleepy",
    level: E,
    finding: "jaundiced baby who is sleepy or not feeding",
    all: ["{xNewborn}", "{xYellow}", "{xSleepyBaby}"],
    unless: ["{xHypothetical}|(?:pediatrician|doctor|nurse) ~4 (?:said|says) ~3 (?:fine|normal|ok|okay)|poop|stool|diaper|poo|mustard|seedy|spit up|discharge|snot|mucus|crust|vomit|pee"]
  },
  // --- environment ---
  {
    id: "triage.environment.water-rescue",
    level: E,
    finding: "pulled from the water",
    all: ["(?:pulled|dragged|fished|rescued|lifted|sacamos|saque|saco) ~4 (?:out of|out from|from|de) ~2 {xWater}|(?:found|was|went|been|face|floating|encontramos) ~3 (?:face down|floating|under|flotando|boca abajo) ~4 {xWater}|{xWater} ~~8 (?:found (?:him|her|them)|was|is|lo encontramos|la encontramos) ~2 (?:face down|floating|underwater|under water|at the bottom|flotando|boca abajo)|(?:under|underwater|under the water|bajo el agua) (?:for|about|like|por) ~3 (?:minute|minutes|seconds|minuto|minutos|segundos)|(?:went|slipped|sank|gone|was) under ~6 (?:got|pulled|dragged) (?:him|her|them) out|(?:fell|jumped|went|slipped) (?:in|into) (?:the|a) {xWater} ~~8 (?:pulled|got|dragged|fished|lifted) (?:him|her|them) out|{xWater} ~6 (?:went|slipped|sank) under", "underwater|under water|under|face down|not breathing|coughing|cough|blue|limp|unconscious|cpr|pale|breathing|vomit\\w*|choking|gasping|floating|went under|sank|no respira|tose|morado|flotando|boca abajo"],
    unless: ["{xHypothetical}|dream|dreams|nightmare|as a kid|as a child|years ago|when i was|lessons|class|movie|book|dog|cat|phone|keys|ring"]
  },
  {
    id: "triage.environment.near-drowning",
    level: E,
    finding: "near-drowning",
    all: ["(?:almost|nearly|near|casi|just) (?:drowned|drowning|drown|se ahoga|se ahogo)|se ~1 ahog\\w* ~3 {xWater}"],
    unless: ["{xHypothetical}|dream|dreams|nightmare|paperwork|work|debt|bills|emails|homework|sorrows|fear of|scared of|afraid|as a kid|as a child|years ago|when i was|lessons|movie|book|last (?:summer|year)"]
  },
  {
    id: "triage.environment.electrocution",
    level: E,
    finding: "electrical injury",
    all: ["{xShock} ~6 {xShockSource}|{xShockSource} ~6 {xShock}|(?:touched|grabbed|bit|chewed|stuck) ~4 (?:live wire|electric fence|power line|outlet|socket|wire|cord|enchufe|cable)|(?:hit|touched|struck|zapped|grabbed|got) by ~2 (?:power line|live wire|powerline|high voltage|downed line|power lines)|struck by lightning|hit by lightning|electrocut\\w*|descarga electrica|le dio la corriente", "{xShockBad}"],
    unless: ["{xHypothetical}|static|staticky|carpet|doorknob|tingle|tingly|small shock|little shock|mild shock|tiny shock|battery|9 volt|9v|tens unit|phone charger", "as a (?:kid|child|teen\\w*)|(?:years|decades) ago|long term effects"]
  },
  {
    id: "triage.environment.cold-exposure",
    level: E,
    finding: "possible hypothermia",
    all: ["{xColdExposure}", "{xColdBad}"],
    unless: ["{xHypothetical}|can you get|what temperature|how cold|warming up now|warmed up|back to normal|fine now|feels fine|feel fine|cold plunge|ice bath|polar plunge|shoveling|warming up|pink again"]
  },
  {
    id: "triage.environment.heat-illness",
    level: E,
    finding: "possible heat stroke",
    all: ["{xHeatExposure}", "{xHeatBad}"],
    unless: ["{xHypothetical}|novel|story|character|years ago|last (?:summer|year|week|month)|(?:days|weeks|months) ago|felt fine after|(?:tests|bloodwork|blood work|workup) ~4 normal|avoid it next time"]
  },
  {
    id: "triage.environment.child-in-hot-car",
    level: E,
    finding: "child left in a hot car",
    all: ["(?:left|locked|forgot|stuck|trapped|olvide|dejaron|deje) ~4 (?:in|inside|en) (?:the|a|my|his|her|el|mi) ~1 (?:car|truck|van|suv|carro|coche|auto)", "{xChild}"],
    unless: ["{xHypothetical}|keys|phone|wallet|lunch|bag|groceries|charger|jacket|car seat cover|dog|how long|temperature|never"]
  },
  {
    id: "triage.environment.venomous-bite-more",
    level: E,
    finding: "venomous bite or sting",
    all: ["{xVenomous} ~5 {xBiteVerb}|{xBiteVerb} ~4 (?:by|de) ~1 {xVenomous}|(?:mordio|pico|pick) ~2 {xVenomous}"],
    unless: ["{xBiteBenign}", ASKING]
  },
  // --- sepsis and immune suppression ---
  {
    id: "triage.sepsis.signs",
    level: E,
    finding: "infection with signs of sepsis",
    all: ["{xInfection}", "{xSepsisSign}"],
    unless: ["{xHypothetical}|what are the signs|what is|what does|(?:weeks|months|years) ago|last (?:year|month)|confused about|confusion about|confused by", "no fever ~10 (?:eating|drinking)|(?:eating|drinking) ~6 no fever", ASKING]
  },
  {
    id: "triage.sepsis.immunosuppressed-fever",
    level: E,
    finding: "fever during chemotherapy or with a very low white count",
    all: ["{xImmuneLow}", "{xFeverValue}|(?:100 4|100\\.[4-9]|10[1-5]|3[89]) ~1 (?:f|c|degrees|fahrenheit|celsius|grados)"],
    unless: ["{xHypothetical}|years ago|finished chemo (?:years|a year|last year)|remission for|what should i|what temperature|when should i|should i call|no fever|without a fever|what temp|what (?:fever|number|reading)|should make me|when (?:to|do i|should i) (?:call|go)|(?:typhoid|scarlet|yellow|hay|rheumatic|dengue|valley|q) fever", ASKING]
  },
  {
    id: "triage.sepsis.named",
    level: E,
    finding: "possible sepsis",
    all: ["(?:think|might|may|could|worried|scared|afraid|signs of|symptoms of|going into|turning into|developing|becoming|has|have|is|hes|shes|im) ~3 {xSepsisName}|{xSepsisName} (?:now|right now)"],
    unless: ["had sepsis|history of|years ago|last year|survivor|what is|what are|what does|how do you|septic (?:arthritis|joint|bursitis|tank|system)", ASKING]
  },
  // --- severe skin reactions ---
  {
    id: "triage.skin.blistering-drug-reaction",
    level: E,
    finding: "blistering or peeling skin reaction (possible SJS/TEN)",
    all: ["{xSkinSlough}", "{xNewDrug}|{xSkinRed}"],
    unless: ["{xSkinBenign}|{xHypothetical}"]
  },
  // --- testicle and abdomen ---
  {
    id: "triage.surgical.testicle-more",
    level: E,
    finding: "severe testicular pain",
    all: ["{xTesticle}", "{xTorsionSign}"],
    unless: ["(?:weeks|months|years) ago|painless|lump|vasectomy|itch|itchy|itches|itching|rash|kicked|what causes|how do you|what is|after sex|sweaty"]
  },
  {
    id: "triage.surgical.rigid-belly-broad",
    level: E,
    finding: "rigid or board-hard abdomen",
    all: ["{xBelly} ~10 {xRigid}|(?:rigid|board like|boardlike|rock hard|hard as a board) ~2 {xBelly}", "pain|hurts|hurting|vomit\\w*|throwing up|fever|cant|10|severe|killing|swollen|distended|duele|dolor|{xNoPassing}|{xObstructVomit}"],
    unless: ["abs|six pack|workout|muscles|pregnant belly|baby bump|(?:\\d+|[2-4]\\d) weeks pregnant|(?:poop|stool|stools|poo) (?:is|are) ~1 hard|hard to|hard time|hard on"]
  },
  {
    id: "triage.surgical.obstruction-broad",
    level: E,
    finding: "vomiting with a blocked bowel",
    all: ["{xObstructVomit}|{xGreenVomit}", "{xNoPassing}|(?:belly|stomach|abdomen|tummy) ~3 (?:swollen|distended|hard|bloated|huge)"],
    unless: ["hangover|after drinking|morning sickness"]
  },
  {
    id: "triage.pregnancy.early-pain-faint",
    level: E,
    finding: "early pregnancy with severe pain and faintness",
    all: ["{xEarlyPreg}", "{xSharpPain}|(?:belly|stomach|abdomen|side|pelvis|pelvic|lower) ~3 (?:pain|cramp\\w*) ~4 (?:sharp|severe|stabbing|intense|terrible|horrible|really bad)", "{xFaintish}|shoulder|bleeding|sangr\\w*"]
  },
  // --- cardiac, loose ---
  {
    id: "triage.cardiac.crushed-chest",
    level: E,
    finding: "crushing chest pain with other heart-attack signs",
    all: ["{xChestCrush}|(?:elephant|horse|truck|piano|anvil|bricks|cinder block|someone|somebody) ~4 (?:sitting|standing|kicking|parked|stepping|pressing|squeezing|kneeling) ~4 (?:on|in) (?:my|his|her|the) chest|chest ~6 (?:tightening a belt|belt around|band around|strap around|ton of bricks|bricks on|cinder block|anvil|sitting on it|elephant|crushed|being crushed|squeezed|being squeezed|in a vise|in a vice|in a vibe|vise|vice grip|weight on it|caving in|being crushed|in a clamp|clamped)", "{xCardiacCompanion}"],
    unless: ["(?:gym|workout|lifting|bench press|anxiety|panic|heartburn|reflux|after eating)"]
  },
  {
    id: "triage.cardiac-more.heart-attack",
    level: E,
    finding: "possible heart attack",
    all: ["{xHeartAttackWord}", "crushing|squeez\\w*|pressure|vomit\\w*|throwing up|sweat\\w*|clammy|arm|jaw|cant breathe|short of breath|chest pain|pain in (?:my|his|her) chest|grey|gray|pale|dolor|pecho|brazo"],
    unless: ["{xHeartAttackPast}|sign of|symptom of|cause", ASKING]
  },
  {
    id: "triage.cardiac.tearing-back",
    level: E,
    finding: "tearing or stabbing pain into the back with shock signs",
    all: ["{xStabbing} ~6 {xBackTear}|{xBackTear} ~6 {xStabbing}", "{xShock2}"]
  },
  // --- metabolic ---
  {
    id: "triage.metabolic.dka-signs-broad",
    level: E,
    finding: "possible diabetic ketoacidosis",
    all: ["{xDiabetic}", "{xKetoneBad}", "{xSickGut}"],
    unless: ["{xHypothetical}|ketones (?:trace|negative|small|normal)"]
  },
  // --- more crisis and violence ---
  {
    id: "triage.crisis.crash-intent",
    level: E,
    crisis: true,
    finding: "plans to crash on purpose",
    all: ["{xIntentNear} ~2 (?:drive|crash|steer|swerve|run) ~3 (?:into|off|in front of) ~3 (?:a tree|a wall|traffic|oncoming|the river|a bridge|a cliff|the lake|a pole|a truck|a train|the ocean|a semi|the median)"],
    unless: ["{xJoking}|(?:almost|nearly|dont want to|afraid|scared|worried|nightmare|dream)"]
  },
  {
    id: "triage.crisis.weapon-to-self",
    level: E,
    crisis: true,
    finding: "a weapon held to oneself",
    all: ["(?:put|putting|holding|held|pointing|pointed|has|had|with) ~3 (?:gun|pistol|revolver|rifle|shotgun|knife|blade|razor|pistola|cuchillo) ~2 (?:to|against|at|on) (?:his|her|my|their|su|mi) (?:head|temple|mouth|chest|throat|wrist|wrists|neck|cabeza|garganta)"],
    unless: ["{xJoking}"]
  },
  {
    id: "triage.violence.ongoing-attack",
    level: E,
    finding: "someone being attacked now",
    all: ["(?:is|are|keeps|started|hes|shes|currently|just|esta|estan) ~1 (?:beating|hitting|punching|kicking|choking|strangling|stabbing|attacking|golpeando|pegando|ahorcando) ~1 (?:me|my|her|him|us|them|our|mi|a mi|a mi mama|a mi hermana)", "right now|now|wont stop|blood|bleeding|knife|gun|weapon|ahorita|police|cops|911|hiding|locked|screaming|unconscious|cant breathe"],
    unless: ["{xJoking}|at (?:chess|cards|games|tennis|golf|basketball)|in (?:a|the) game|beating me at|video"]
  },
  // --- head injury: unequal pupils ---
  {
    id: "triage.neuro.unequal-pupils",
    level: E,
    finding: "unequal pupils",
    all: ["(?:one|left|right|his|her|my) pupil ~3 (?:bigger|larger|smaller|blown|dilated|different|huge|wider)|pupils ~3 (?:different sizes|uneven|unequal|not the same|different size)|unequal pupils|(?:una|la) pupila ~3 (?:mas grande|dilatada)"],
    unless: ["always|since birth|years|normal for|born with|eye drops|dilating drops|eye exam|anisocoria"]
  },
  // --- more: falls, airway, psychiatric, priapism, sickle cell, Spanish ---
  {
    id: "triage.trauma.fall-from-height",
    level: E,
    finding: "fall from a height",
    all: ["(?:fell|fallen|tumbled|se cayo|cayo) ~3 (?:out of|from|off|out|del|de la|desde el|desde la|por la) ~2 (?:window|balcony|second story|2nd story|second floor|2nd floor|third floor|3rd floor|roof|ventana|balcon|techo|segundo piso|azotea|escalera)|(?:fell|fallen|fall) ~3 (?:\\d\\d|[6-9]) (?:feet|ft|foot|metros|meters)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|as a (?:kid|child)|when i was|dream|nightmare|phone|keys|toy|ball|tooth|window (?:blind|shade)|fell out of (?:love|bed)"]
  },
  {
    id: "triage.neuro.long-lie",
    level: E,
    finding: "on the floor for hours",
    all: ["(?:on the floor|on the ground|en el piso|en el suelo) ~4 (?:for hours|all night|since last night|overnight|since yesterday|\\d+ hours|toda la noche|horas)"],
    unless: ["{xHypothetical}|sleeping bag|camping|playing|yoga|sleeps on the floor|slept on the floor|slept on the ground"]
  },
  {
    id: "triage.breathing.airway-drooling",
    level: E,
    finding: "drooling with trouble breathing or swallowing",
    all: ["drool\\w*|drooping|babeando|babea", "(?:cant|can not|cannot|unable to|trouble|hard to|difficulty|wont) ~2 (?:swallow\\w*|breath\\w*)|{xBreathHard}|stridor|noisy breathing|gasping|leaning forward"],
    unless: ["teething|teeth|sleep|sleeping|asleep|pillow|at night|dentist|novocaine|stroke (?:years|last)"]
  },
  {
    id: "triage.breathing.stuck-in-throat",
    level: E,
    finding: "object stuck in the throat with danger signs",
    all: ["(?:stuck|lodged|caught) ~3 (?:in|down) (?:his|her|my|their|the) (?:throat|windpipe|airway)", "drool\\w*|(?:cant|can not|cannot|unable to) (?:swallow|breathe|talk|speak)|gagging|choking|turning blue|wheez\\w*|spitting up everything"],
    unless: ["{xHypothetical}|(?:can|able to) (?:breathe|swallow) (?:fine|ok|okay|normally)"]
  },
  {
    id: "triage.crisis.command-voices",
    level: E,
    crisis: true,
    finding: "voices telling them to harm",
    all: ["(?:voices?|voz|voces) ~6 (?:telling|tell|tells|say|saying|says|told|ordering|dicen|dice) ~4 (?:kill|hurt|harm|die|jump|end|stab|shoot|matar|matarme|morir|lastimar)"],
    unless: ["{xJoking}|in (?:the|a|my) (?:book|movie|show|game|story)"]
  },
  {
    id: "triage.crisis.not-breathing-loose",
    level: E,
    finding: "not breathing",
    notNegatable: true,
    all: ["{xPerson} ~3 (?:no|not|dont|doesnt|isnt|aint|cant|stop|stopped) (?:breath|breathe|breathing|breth|brething|respira|respirando)"],
    unless: ["{spicyFood} ~5 so (?:hot|spicy)", "nose|nostril|stuffy|congested|through (?:his|her|their) mouth|mouth breath\\w*|snor\\w*|sleep apnea|apnea|at night|while asleep|sleeping|when (?:he|she|they) (?:cries|cry|sleeps)|holding (?:his|her) breath|breath holding|tantrum",
      // (triage-au) a bed partner's account of pauses in an adult's sleep: "my husband says I stop breathing in my sleep"
      "(?:wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|roommate|flatmate) ~3 (?:says|said|tells me|told me|noticed|notices|reckons|complains) ~3 (?:i|he|she) (?:stop|stops) breathing ~4 (?:sleep|asleep|night|snor\\w*)"]
  },
  {
    id: "triage.withdrawal.alcohol",
    level: E,
    finding: "severe alcohol withdrawal",
    all: ["(?:stopped|quit|no|without|cut off|ran out of|havent had a) ~2 (?:drinking|drink|alcohol|booze|beer|vodka|liquor|xanax|benzos)", "seeing things|hallucinat\\w*|seizure|seizing|shaking (?:badly|uncontrollably|so bad|violently)|confused|bugs crawling|delirium|dts|not making sense"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|sober for|last (?:week|month|year)"]
  },
  {
    id: "triage.surgical.priapism",
    level: E,
    finding: "erection lasting hours",
    all: ["(?:erection|erect|hard on|boner|ereccion) ~6 (?:\\d+ hours|hours|wont go down|will not go down|wont go away|wont stop|horas)"],
    unless: ["{xHypothetical}|how long should|is it normal|cant get|cant keep|cant maintain|trouble getting|erectile dysfunction"]
  },
  {
    id: "triage.blood.sickle-crisis",
    level: E,
    finding: "sickle cell disease with danger signs",
    all: ["sickle cell|sickle cells|drepanocitosis", "fever|chest pain|short of breath|cant breathe|{xBreathHard}|weakness|slurred|erection|worst pain|severe pain|pain crisis|pale|yellow|fiebre"],
    unless: ["trait|{xHypothetical}|(?:weeks|months|years) ago|what is|what are", "(?:my|his|her|their) usual (?:pain )?crisis ~~20 no fever", "no fever ~2 no pain", "usual (?:pattern|type) ~~16 no fever"]
  },
  {
    id: "triage.spanish.face-or-scald",
    level: E,
    finding: "cara caida o quemadura grave",
    all: ["(?:cara|boca) ~3 (?:chueca|chueco|torcida|caida|de lado) ~6 (?:de repente|derrepente|no puede|habla|brazo)|(?:de repente|derrepente) ~6 (?:cara|boca) ~3 (?:chueca|chueco|torcida|caida|de lado)|(?:se quemo|se le cayo|se echo|quemadura) ~6 (?:agua hirviendo|aceite hirviendo|aceite caliente|cafe hirviendo|sopa hirviendo)|(?:bebe|nino|nina|hijo|hija|labios|cara) ~3 (?:morado|morada|azul|gris) ~4 (?:no respira|respira|ahoga|ahogando)|el peor ~4 de mi vida"]
  },
  {
    id: "triage.spanish.face-twisted",
    level: E,
    finding: "cara o boca torcida de repente",
    all: ["se (?:le|me) (?:torcio|chueco|cayo|fue de lado|desvio|jalo|durmio) (?:la|su|mi) (?:cara|boca)|(?:cara|boca) ~2 (?:se le|se me) (?:torcio|chueco|cayo|desvio)", "(?:de repente|derrepente|de pronto|ahorita|brazo|pierna|no puede|no puedo|habla|hablar|raro|lado)"]
  },
  // --- clinician shorthand ---
  {
    id: "triage.neuro.low-gcs",
    level: E,
    finding: "low Glasgow coma score or found down",
    all: ["gcs (?:of|is|was|now)? (?:[3-8])(?!\\s?(?:\\d|hours|days|weeks|years))|found down ~8 (?:gcs|snoring|unresponsive|not responding|agonal|pinpoint|posturing)"],
    unless: ["{xHypothetical}|what is|score of 15|calculate|scale|(?:weeks|months|years) ago|baseline"]
  },
  // --- glucose meter off the scale ---
  {
    id: "triage.metabolic.meter-off-scale",
    level: E,
    finding: "glucose meter reads HI or LO with symptoms",
    all: ["(?:meter|glucometer|monitor|sugar|glucose|bg|bs|dexcom|libre|cgm|reading) ~3 (?:says|reads|shows|showing|saying|reading|read|showed|said|just says) (?:hi|high|lo|low)(?!\\s(?:\\d|normal|risk|range))|(?:hi|lo) (?:on|in) the (?:meter|monitor|glucometer)", "{xSickGut}|confused|not making sense|shaking|shaky|sweaty|sweating|passed out|wont wake|breathing (?:fast|hard|deep|weird)|seizure|slurring"],
    unless: ["{xHypothetical}|battery|error|broken|calibrat\\w*|test strip|strips|what does"]
  },
  // --- stockpiled pills ---
  {
    id: "triage.crisis.stockpiled-pills",
    level: E,
    crisis: true,
    finding: "has saved up pills with a plan",
    all: ["(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|been keeping|kept|guardado|guardando|juntado|juntando) (?:up)? ~3 (?:pills|meds|tablets|medication|medications|pastillas|sleeping pills|painkillers|oxy|xanax)|(?:pills|meds|tablets|pastillas) ~3 (?:saving|saved|stockpiling|stockpiled|hoarding|collecting|stashing|guardando)", "no point|the point|anymore|tonight|the night|goodbye|letters|end it|enough to|die|done|ready|nobody|no one|last|final|plan|decided|over|adios|despedida|ya no"],
    unless: ["{xHypothetical}|trip|vacation|travel|refill|insurance|shortage|hurricane|emergency kit|in case|pharmacy|dispose|disposal|take back|expired"]
  },
  // --- stimulants and hallucinogens with heat or a racing heart ---
  {
    id: "triage.poisoning.stimulant-toxicity",
    level: E,
    finding: "stimulant or hallucinogen with a racing heart and overheating",
    all: ["(?:coke|cocaine|meth|crack|molly|mdma|ecstasy|speed|shrooms|acid|lsd|bath salts|pcp|k2|spice|flakka|adderall|pre workout|preworkout)", "heart ~4 (?:racing|pounding|going crazy|crazy fast|so fast|super fast|out of (?:his|her|my) chest|weird|flips|flipping|skipping|fluttering)|racing heart|heart rate (?:of|is)? (?:1[4-9]\\d|2\\d\\d)", "burning up|overheating|hot to the touch|hot to touch|twitching|jerking|chest pain|chest hurts|chest is tight|seizing|seizure|passed out|cant breathe|not making sense|confused|rigid|stiff"],
    unless: ["{xHypothetical}|years ago|last (?:year|month)|in college|used to"]
  },
  // --- chest pressure with arm or jaw ---
  {
    id: "triage.cardiac.pressure-arm",
    level: E,
    finding: "chest pressure spreading to the arm or jaw",
    all: ["(?:heavy|crushing|squeezing|tight|tightening) (?:pressure|feeling|weight|band) ~6 chest|chest ~6 (?:heavy pressure|crushing|squeezing|pressure)", "(?:left arm|arm|jaw|neck|shoulder) ~3 (?:tingl\\w*|numb|heavy|hurts|pain|aches|aching)|(?:goes|spreads|going|radiat\\w*|shoots) ~3 (?:arm|jaw|neck|shoulder)"],
    unless: ["{xHypothetical}|gym|workout|lifting|bench press|(?:weeks|months|years) ago|last (?:year|month)"]
  },
  // --- bleeding by quantity ---
  {
    id: "triage.bleeding.by-quantity",
    level: E,
    finding: "bleeding in large amounts",
    all: ["{xBleedWord}|pouring|gushing|spurting|squirting|gash|wound", "(?:soaked|soaking|filled|filling|gone through|going through|went through|used up|bled through|bleeding through|ruined) ~4 (?:towel|towels|paper towels|rolls|roll|bowl|cup|bucket|shirt|shirts|sheets|gauze|bandages|dish towels|washcloths|washcloth|napkins|rags|dressings)|(?:half|a|full) (?:bowl|cup|cupful|bucket|liter|litre) of blood|(?:pool|puddle|pools|puddles) of blood"],
    unless: ["{xHypothetical}|period|menstrual|tampon|tampons|pad|pads|sweat|sweating|water|spilled|paint|dye|beet|cooking|(?:weeks|months|years) ago|last (?:week|month|year)"]
  },
  // --- stroke described by feeling ---
  {
    id: "triage.stroke.side-not-mine",
    level: E,
    finding: "one side of the body suddenly feels foreign or useless",
    all: ["(?:right|left) side ~7 (?:belongs to (?:someone|somebody)|someone elses|somebody elses|not mine|not (?:his|hers|my own)|useless|dead|gone|wont work|doesnt work|stopped working|like jelly|floppy|wont listen)|(?:right|left) (?:hand|arm|leg) (?:is|went|feels|just) (?:useless|dead|floppy|like jelly)|(?:cant|can not|cannot|unable to) (?:lift|raise|move|feel) (?:my|his|her) (?:right|left) (?:arm|leg|hand|side)", "{xSuddenly}|now|today|tonight|was fine"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|since (?:his|her|my) stroke|slept on|sleeping on|pins and needles|asleep again|cp|cerebral palsy|old stroke|injur\\w*|sprain\\w*|shoulder|rotator|broke|broken|fracture|gym|workout|after lifting|cast|sling"]
  },
  // --- infant working to breathe ---
  {
    id: "triage.infant.breathing-work",
    level: E,
    finding: "baby working hard to breathe",
    all: ["{xNewborn}|{xChild}|babys|infants|newborns", "(?:belly|tummy|stomach) ~2 (?:pumping|going|sucking|moving) in and out|head bobbing|bobbing (?:his|her) head|(?:nostrils|nose) ~2 flaring|flaring (?:his|her)? nostrils|grunt\\w* ~4 (?:every|each|with|when) ~2 breath\\w*|breath\\w* ~4 grunt\\w*|tugging (?:at|in) ~2 (?:throat|neck)"],
    unless: ["{xHypothetical}|poop\\w*|straining|gas|constipat\\w*|asleep|sleeping|in (?:his|her) sleep|normal"]
  },
  // --- pregnancy: pain under the ribs with swelling ---
  {
    id: "triage.pregnancy.ruq-pain-swelling",
    level: E,
    finding: "pregnancy with pain under the right ribs and swelling or headache",
    all: ["{xPregnant}|(?:im|i am|she is|shes|at|wife is|estoy|esta) (?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)", "(?:under|below) (?:my|her|the) (?:right )?ribs|upper right|right upper|top of (?:my|her) (?:stomach|belly)|epigastric", "(?:face|hands|feet|legs|ankles|fingers) ~4 (?:blew up|swell\\w*|swollen|puffy|puffed up|ballooned)|{xHeadBad}|{xVisionOdd}"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  // --- spreading infection with fever ---
  {
    id: "triage.sepsis.red-streak",
    level: E,
    finding: "spreading red streak with fever",
    all: ["red (?:streak|streaks|steak|steaks|line|lines) ~5 (?:up|toward|towards|to|spreading|going|moving|running)", "{xFeverValue}|burning up|drowsy|confused|shaking|vomit\\w*|hard to wake"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  // --- infant fever, Spanish ---
  {
    id: "triage.infant.fever-spanish",
    level: E,
    finding: "fiebre en un bebe menor de tres meses",
    all: ["(?:tiene|de) (?:[1-9]|1[0-2]) semanas|(?:tiene|de) (?:[1-9]|[1-2]\\d) dias|recien nacid\\w*|(?:tiene|de) (?:1|un|2|dos) (?:mes|meses)", "fiebre|calentura|muy caliente|hirviendo|ardiendo|temperatura ~3 (?:3[89]|4[01])|(?:3[89]|4[01]) (?:de temperatura|de fiebre)|(?:3[89]|4[01]) grados"],
    unless: ["que hago si|embarazada|semanas de embarazo"]
  },
  // --- low sugar, loose ---
  {
    id: "triage.metabolic.low-sugar-loose",
    level: E,
    finding: "diabetic, sweaty and confused",
    all: ["{xDiabetic}|insulin|sugar", "sweaty|sweating|shaky|shaking|clammy|pale", "acting drunk|acting weird|acting strange|acting funny|not making sense|slurring|combative|confused|out of it|zoned out|(?:cant|can not) get (?:him|her|them) to (?:drink|eat|swallow)|wont (?:drink|eat|swallow) ~3 (?:juice|sugar|candy|anything)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|what are the signs|signs of"]
  },
  // --- oxygen reading the corrector split ("SpO2 84%" -> "spot 2 84") and accessory muscles ---
  {
    id: "triage.breathing.low-sats-shorthand",
    level: E,
    finding: "low oxygen or accessory muscle use",
    all: ["(?:spot|spo|sp o) 2 (?:of|is|at|was)? (?:[5-7]\\d|8[0-7])(?!\\s?(?:\\d|mg|years|kg))|(?:using|use of) accessory muscles|accessory muscle use"],
    unless: ["{xHypothetical}|what is|normal range"]
  },
  // --- wild mushrooms ---
  {
    id: "triage.poisoning.wild-mushrooms",
    level: E,
    finding: "ill after eating wild mushrooms",
    all: ["(?:wild|forest|foraged|picked|backyard|yard|lawn|woods|hongos|setas) ~4 (?:mushroom|mushrooms|hongos|setas)|(?:mushroom|mushrooms|hongos|setas) ~4 (?:from|in|del|de) (?:the|el|la)? (?:forest|woods|yard|backyard|garden|lawn|park|bosque|campo|monte)", "vomit\\w*|sick|diarrhea|yellow|confused|cramps|throwing up|sweating|hallucinat\\w*|{xChild}|vomit|vomitando|amarill\\w*"],
    unless: ["{xHypothetical}|how to identify|safe to eat|recipe|cook them|store|grow|growing|years ago"]
  },
  // --- fluid on the lungs ---
  {
    id: "triage.breathing.froth-or-cannot-lie-flat",
    level: E,
    finding: "coughing pink frothy sputum",
    all: ["pink ~2 (?:froth|frothy|foam|foamy|sputum|phlegm|bubbles|bubbly)|(?:froth|frothy|foam|foamy) ~3 pink"],
    unless: ["{xHypothetical}|drink|milkshake|smoothie|toothpaste|mouthwash|latte|soap|bath"]
  },
  // --- collapse in a chair ---
  {
    id: "triage.neuro.slumped",
    level: E,
    finding: "slumped over and not themselves",
    notNegatable: true,
    all: ["slumped|slumping|keeled over|keeling over|flopped over|went limp|gone limp|went floppy|gone floppy", "not himself|not herself|funny (?:colour|color)|gone (?:grey|gray|white|blue|pale)|grey|gray|ashen|(?:arm|hand|face|mouth) ~3 (?:hanging|drooping|droopy|limp|floppy)|not answering|wont answer|not responding|cant speak|mumbling|eyes rolled|drool\\w*"],
    unless: ["{xHypothetical}|posture|at my desk|on the couch watching|homework|shoulders|slumped shoulders|(?:weeks|months|years) ago|sales|market|economy|stocks"]
  },
  // --- hip fracture after a fall ---
  {
    id: "triage.trauma.hip-after-fall",
    level: E,
    finding: "fall with a likely broken hip",
    all: ["hip|hips|cadera", "fall|fell|fallen|falled|slipped|tripped|se cayo|cayo", "(?:leg|foot) ~4 (?:turn\\w*|rotat\\w*|pointing|twisted|sticking|flopped) ~2 (?:out|outside|outward|outwards|sideways|wrong way|funny)|(?:leg|foot) ~3 (?:shorter|short)|(?:cant|cannot|can not|unable to|wont|no puede) (?:stand|get up|bear weight|put weight|pararse|levantarse|mover la pierna|caminar|apoyar)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|replacement|surgery|physical therapy|rehab"]
  },
  // --- breathing: stridor at rest, tripod position ---
  {
    id: "triage.breathing.stridor-tripod",
    level: E,
    finding: "stridor at rest or tripod position",
    all: ["stridor (?:at rest|while resting|when resting|even at rest)|tripod\\w*|(?:sitting|leaning|leaned|leans) forward ~4 (?:hands|arms) on (?:his|her|my|their) knees|stridor ~4 (?:drool\\w*|drooping|blue|retract\\w*|cant swallow|muffled)"],
    unless: ["{xHypothetical}|camera|photo\\w*|phone|stand|telescope|yoga|stretch\\w*"]
  },
  // --- dangerous potassium ---
  {
    id: "triage.metabolic.high-potassium",
    level: E,
    finding: "dangerously high potassium",
    all: ["(?:potassium|k) (?:of|is|was|at|level)? (?:6\\.[5-9]|[7-9]\\.\\d|[7-9])(?!\\s?(?:\\d|mg|years|kg|weeks|days|steps|k))"],
    unless: ["{xHypothetical}|what is|normal range|(?:weeks|months|years) ago|last (?:week|month|year)|fertilizer|soil"]
  },
  // --- stroke: speech jumbled plus a limb or sudden change ---
  {
    id: "triage.stroke.jumbled-speech",
    level: E,
    finding: "jumbled speech with other stroke signs",
    all: ["(?:cant|can not|doesnt|does not) understand (?:anything|what|a word|me|us|anyone)|(?:answers|answering|talks|talking|speaking|says) ~3 (?:random|wrong) words|word salad|(?:words|speech|talking) ~4 (?:mixed up|jumbled|scrambled|garbled|came out wrong|coming out wrong|all wrong|wrong order|gibberish|nonsense)|(?:cant|couldnt|can not) (?:find|get out) (?:his|her|my|the) words|speaking gibberish|talking gibberish", "{xSuddenly}|usually|normally|was fine|(?:arm|leg|hand|face) ~3 (?:heavy|numb|weak|droop\\w*|dead|limp|tingl\\w*)|one side|crooked|lopsided"],
    unless: ["dementia|alzheimers|alzheimer|demencia|drunk|high|asleep|sleep talking|in (?:his|her) sleep|for years|for months|autis\\w*|toddler|learning|second language|nervous|anxiety"]
  },
  // --- bowel obstruction in three facts ---
  {
    id: "triage.surgical.obstruction-loose",
    level: E,
    finding: "vomiting, swollen belly and no gas",
    all: ["throwing up|vomiting|puking|vomit|threw up", "{xNoPassing}|(?:havent|hasnt|not) been able to (?:pass gas|poop|fart|go)|(?:cant|unable to) (?:pass gas|fart|poop)", "(?:belly|stomach|abdomen|tummy) ~4 (?:swollen|distended|bloated|huge|hard|like a balloon|like a drum|bigger)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  // --- allergy: swelling of the face with airway signs ---
  {
    id: "triage.allergy.swelling-airway",
    level: E,
    finding: "allergic swelling with airway signs",
    all: ["stung|sting|bee|wasp|hornet|yellow jacket|peanut\\w*|shellfish|nuts|allergic|allergy|reaction|hives", "(?:lips|lip|tongue|face|eyes|mouth) ~3 (?:huge|swollen|swelling|swell\\w*|puffy|puffed|blown up|ballooning)", "cough\\w*|wheez\\w*|voice ~3 (?:changed|hoarse|different|weird|funny|raspy)|hoarse|(?:cant|hard to|trouble|difficulty) (?:breathe|swallow|breathing|swallowing)|throat|vomit\\w*|dizzy|faint\\w*|floppy"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|epipen prescription"]
  },
  // --- blow to the belly with shock or swelling ---
  {
    id: "triage.trauma.abdominal-blow",
    level: E,
    finding: "blow to the belly with signs of internal bleeding",
    all: ["(?:kicked|hit|punched|struck|rammed|fell on|landed on|crushed) ~5 (?:stomach|belly|abdomen|tummy|spleen|liver)|(?:handlebar\\w*|steering wheel|seatbelt|seat belt) ~4 (?:stomach|belly|abdomen|tummy)", "pale|lightheaded|faint\\w*|(?:belly|stomach|abdomen|tummy) ~4 (?:bigger|swelling|swollen|distended|hard|growing|rigid)|vomit\\w* blood|passed out|clammy|cold and sweaty"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|butterflies"]
  },
  // --- tearing chest pain into the back ---
  {
    id: "triage.cardiac.tearing-to-back",
    level: E,
    finding: "tearing chest pain into the back",
    all: ["(?:ripped|ripping|torn|tearing|rip|tear) ~2 (?:apart|in half|open|pain|feeling|sensation)", "chest|heart|pecho", "(?:through|into|to|goes|shoots|going|radiat\\w*) ~3 (?:my|his|her|the) back|between (?:my|his|her|the) shoulder blades"],
    unless: ["{xHypothetical}|muscle|gym|lifting|(?:weeks|months|years) ago|heartbreak|broke up|breakup|emotionally"]
  },
  {
    id: "triage.bleeding.through-clothes",
    level: E,
    finding: "bleeding through clothes or onto the floor",
    all: ["(?:bled|bleeding|soaked) through (?:my|his|her|the|their) (?:jeans|pants|trousers|clothes|shirt|sock|socks|shoes|sheets|mattress)|(?:blood|bleeding) ~3 (?:dripping|pouring|running|pooling|spreading) ~3 (?:onto|on|all over|across) (?:the|my|his|her) (?:floor|ground|carpet|bed|seat)"],
    unless: ["{xHypothetical}|period|menstrual|tampon|pad|pads|(?:weeks|months|years) ago|last (?:week|month|year)"]
  },
  {
    id: "triage.breathing.too-tired",
    level: E,
    finding: "too exhausted by breathing to talk or feed",
    all: ["too (?:tired|exhausted|breathless|out of breath|winded|weak) to (?:talk|speak|breathe|cry|eat|feed|finish)|tired of breathing|(?:getting|looks|seems) (?:tired|exhausted) from breathing", "breath\\w*|wheez\\w*|gasp\\w*|asthma|air|sob"],
    unless: ["{xHypothetical}|after (?:work|running|the gym)|long day|to talk about|to talk to|to speak to|breathing exercises"]
  },
  {
    id: "triage.stroke.face-one-side",
    level: E,
    finding: "face changed on one side",
    all: ["face ~4 (?:weird|funny|strange|odd|different|droopy|drooping|crooked|wonky|lopsided|slack|fallen) on one side|one side of (?:his|her|my) face ~4 (?:weird|funny|droop\\w*|down|fallen|numb|slack|not moving|wont move)", "{xSuddenly}|drool\\w*|drooping|minutes ago|hour ago|now|today|speech|slur\\w*|arm|talk\\w*"],
    unless: ["{xHypothetical}|bells palsy|bell palsy|(?:weeks|months|years) ago|since birth|dental|dentist|novocaine|numbing|filling|tooth|wisdom|swollen from|sleep crease|pillow"]
  },
  {
    id: "triage.infant.newborn-fever",
    level: E,
    finding: "fever in a newborn",
    all: ["newborn|newborns|new born|neonate|recien nacid\\w*", "fever|febrile|temp (?:of|is)? (?:3[89]|10[0-4])|temperature (?:of|is)? (?:3[89]|10[0-4])|burning up|hot to ~1 touch|fiebre|calentura"],
    unless: ["{xHypothetical}|^(?:what|how|when|which|is|are|does|do|should|can)|when (?:she|he) was born|at birth|in the hospital|fine now|gone now|went away|no longer|counts as|considered|how do i|what is (?:a )?normal|how to take|thermometer|normal temp|no fever|without (?:a )?fever|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.hypertension.very-high-signs",
    level: E,
    finding: "very high blood pressure with headache and vision or brain signs",
    all: ["presion (?:muy )?(?:alta|altisima|por las nubes)|(?:bp|blood pressure|pressure) ~3 (?:very high|really high|through the roof|sky high|super high|crazy high)", "{xHeadBad}|dolor de cabeza|(?:head|headache) ~3 (?:terrible|severe|bad|worst|pounding)", "{xVisionOdd}|ve borroso|no ve bien|confus\\w*|chest pain|dolor de pecho|vomit\\w*|no puede hablar|cant talk|slurr\\w*|numb"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)"]
  },
  {
    id: "triage.trauma.stab-or-shot",
    level: E,
    finding: "stab or gunshot wound",
    all: ["(?:get|got|gets|been|was|is|he|she|i|just) (?:stab|stabbed|knifed) ~3 (?:in|on) (?:the|his|her|my|their) (?:belly|stomach|chest|back|neck|side|abdomen|head|leg|thigh|arm|gut)|(?:get|got|been|was|is|he|she|i|just) shot ~3 (?:in|on) (?:the|his|her|my|their) (?:belly|stomach|chest|back|neck|side|abdomen|head|gut|face)|(?:stab|gunshot|bullet) wound|apunalad\\w*|balazo|le dispararon"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|movie|game|dream|nightmare|scar|old wound|healed|(?:flu|b12|cortisone|steroid|insulin) shot"]
  },
  {
    id: "triage.crisis.counted-pills",
    level: E,
    crisis: true,
    finding: "pills counted out with a plan to take them",
    all: ["(?:counted|counting|lined up|laid out|laying out|set out|poured out|emptied) (?:out)? ~3 (?:all|every)? ~2 (?:my|his|her|the)? ~1 (?:pills|meds|tablets|pastillas|medication|medications)", "(?:going to|gonna|will|about to|plan to|ready to|then) (?:take|swallow) (?:them|it|all|every)|tonight|after (?:everyone|everybody|they|the kids)|goodbye|enough"],
    unless: ["pill organizer|pillbox|pill box|weekly|for the week|pharmacist|refill|organiz\\w*|sunday|how many|missing"]
  },
  {
    id: "triage.bleeding.arterial",
    level: E,
    finding: "spurting, pulsing bleeding",
    all: ["(?:blood|bleeding) ~3 (?:spraying|spurting|squirting|pulsing|pumping|shooting) ~3 (?:out|with|every|each|from)|(?:spraying|spurting|squirting|pulsing|shooting) (?:out )?blood|(?:blood|bleeding) ~6 (?:every|each) (?:time (?:his|her|my) heart beats|heartbeat|heart beat|beat)|(?:cut|sliced|slashed|gashed|stabbed|wound|gash|laceration|nicked|severed) ~8 (?:spurting|squirting|spraying|pulsing|pumping out|gushing)|(?:spurting|squirting|spraying|gushing) ~4 (?:from|out of) ~3 (?:cut|wound|gash|arm|leg|wrist|neck|thigh|hand)"],
    unless: ["{xHypothetical}|how does the heart|heart pumps blood|pumping blood (?:to|through)|breast pump|movie|show|game"]
  },
  {
    id: "triage.breathing.color-with-effort",
    level: E,
    finding: "blue or grey colour with hard breathing",
    all: ["(?:lips|lip|nails|fingernails|fingertips|face|mouth) ~3 (?:blue|bluish|blueish|purple|grey|gray|grayish|greyish|dusky|ashen)|(?:blue|bluish|grey|gray|grayish|purple|dusky) (?:around|round) (?:the|his|her|my) (?:lips|mouth)", "breath\\w*|panting|gasping|wheez\\w*|heaving|grunt\\w*"],
    unless: ["{xHypothetical}|cold|raynaud\\w*|popsicle|swimming|pool|lipstick|paint|dye|blueberr\\w*|candy|marker|slushie|freezing|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.stroke.headache-half-vision",
    level: E,
    finding: "headache with loss of half the vision",
    all: ["headache|head pain|dolor de cabeza", "(?:cant|couldnt|can not|cannot) see ~3 (?:on|out of|to) ~2 (?:left|right|one) (?:side|eye)|lost (?:vision|sight) ~3 (?:left|right|one)|half (?:of )?(?:her|his|my) vision", "confused|confusion|not making sense|slurr\\w*|weak|numb|vomit\\w*|{xSuddenly}"],
    unless: ["{xHypothetical}|migraine aura|(?:weeks|months|years) ago|always|usual migraine"]
  },
  {
    id: "triage.neuro.seizure-loose",
    level: E,
    finding: "seizure that is going on",
    all: ["(?:eyes|eye) ~3 (?:go|going|went|rolling|rolled|roll|goes|rolls) (?:up|back)|(?:shaking|jerking|twitching) ~6 (?:not stop|wont stop|doesnt stop|not stopping|no stop)", "shaking|jerking|twitching|stiff|seiz\\w*|convuls\\w*|fitting"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|eye roll\\w* at|rolls (?:his|her|my) eyes|rolled (?:his|her|my) eyes at|annoyed|cold|shivering|chills|hands shaking|tremor|nervous|anxiety|caffeine"]
  },
  {
    id: "triage.poisoning.battery-swallowed",
    level: E,
    finding: "swallowed a battery",
    all: ["(?:eat|ate|eats|swallow|swallowed|swallowing|eaten|chewed|trago|se trago|comio) ~6 (?:battery|batteries|pila|pilas)", "{xChild}|watch|remote|round|button|coin|small|little|hearing aid|key fob|toy|calculator|boton"],
    unless: ["{xHypothetical}|phone battery|battery life|drained|dead battery|charge"]
  },
  {
    id: "triage.bleeding.rectal-heavy",
    level: E,
    finding: "heavy bleeding from the back passage",
    all: ["(?:bleeding|blood|bled|sangrando|sangre) (?:from|out of|de) (?:his|her|my|the|su|mi) (?:bottom|butt|rectum|back passage|behind|anus|ass|recto|colita)|(?:toilet|bowl|toilet bowl|inodoro|taza) ~3 (?:full of|filled with|red with|lleno de|llena de) (?:blood|sangre)", "{xFaintish}|a lot|lots|so much|clots|passed out|full of blood|filled with blood|wont stop|mucha|mucho"],
    unless: ["{xHypothetical}|hemorrhoid\\w*|streak|streaks|wipe|wiping|tissue|paper|few drops|little|bit of|spotting|sometimes|occasionally|on and off|all the time|for (?:weeks|months)|causing|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.poisoning.child-edible",
    level: E,
    finding: "child ate a cannabis edible",
    all: ["{xChild}", "(?:turned out to be|were actually|was actually|were really|had) ~4 (?:thc|edible|edibles|cannabis|marijuana|marihuana|weed gummies|gomitas|pot brownies?|weed brownies?)|(?:ate|eaten|got into|swallowed|had|comio|se comio|chewed) ~12 (?:thc|edible|edibles|cannabis|marijuana|marihuana|weed gummies|gomitas|pot brownies?|weed brownies?)"],
    unless: ["{xHypothetical}|store|storing|locked|lock box|safe|how to|dispensary|legal|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.pregnancy.preterm-labor",
    level: E,
    finding: "labour or broken waters before term",
    all: ["(?:2\\d|3[0-6]) (?:weeks|wks|semanas)", "contractions ~4 (?:every|apart) ~3 (?:minutes|mins|min|minutos)|water (?:broke|broken|has broken)|waters (?:broke|have broken)|(?:leaking|gush\\w*|gushing) ~2 (?:fluid|water)|se me rompio la fuente|rompi (?:la )?fuente"],
    unless: ["{xHypothetical}|braxton hicks|practice contractions|irregular|is it normal|when (?:will|does|do|should)|what does|how do i know|(?:months|years) ago|last pregnancy|with my (?:first|last|other)"]
  },
  {
    id: "triage.dehydration.severe",
    level: E,
    finding: "severe dehydration",
    all: ["vomit\\w*|throwing up|diarrh\\w*|not drinking|wont drink|cant keep|sunken|soft spot", "(?:hasnt|havent|not|no) (?:had)? (?:a|any)? (?:peed|passed urine|urinated|pee|wet diaper|wet diapers|tears)|no (?:tears|wet diapers?|urine)|sunken (?:eyes|soft spot)|soft spot ~2 sunken", "drowsy|lethargic|listless|list less|floppy|limp|wont wake|hard to wake|cant stand|confused|so weak|very weak|heart (?:is )?racing|fainted|passed out|wont wake up properly"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|signs of dehydration|what are"]
  },
  {
    id: "triage.cardiac.slow-pulse",
    level: E,
    finding: "very slow pulse with symptoms",
    all: ["(?:pulse|heart rate|heartbeat|heart) ~3 (?:very|really|so|super|dangerously) slow", "faint\\w*|dizzy|lightheaded|confus\\w*|seeing yellow|took|tablets|pills|digoxin|weak|passed out|vomit\\w*"],
    unless: ["{xHypothetical}|athlete|runner|always|normally|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.trauma.dive-neck",
    level: E,
    finding: "neck injury with nerve signs",
    all: ["(?:dove|dived|diving|jumped) ~4 (?:shallow|head first|headfirst)|(?:broke|broken|snapped) (?:my|his|her) neck", "tingl\\w*|numb|weak|cant move|cant feel|paralyz\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:year|month)|figure of speech|lol|haha"]
  },
  {
    id: "triage.circulation.low-bp-reading",
    level: E,
    finding: "very low blood pressure reading",
    all: ["(?:bp|blood pressure|pressure) (?:of|is|was|at|now)? (?:[4-7]\\d|8[0-4])/(?:[1-5]\\d|60)"],
    unless: ["{xHypothetical}|normal|usually|always|(?:weeks|months|years) ago|last (?:week|month|year)|when i was pregnant"]
  },
  {
    id: "triage.infection.fever-purple-spots",
    level: E,
    finding: "fever with purple or bruise-like spots",
    all: ["{xFeverValue}|burning up|caliente", "(?:spots|rash|marks|dots|manchas|manchitas|puntitos|puntos) ~6 (?:like bruises|bruise\\w*|purple|purplish|moradas|morados|moraditos|moraditas|dark red|dont fade|not fading)|(?:purple|purplish|moradas|moraditas) (?:spots|dots|marks|manchitas|manchas|puntitos)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|what are"]
  },
  {
    id: "triage.pregnancy.heavy-bleeding-more",
    level: E,
    finding: "heavy bleeding in pregnancy",
    all: ["{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)|\\d (?:months|month|meses) pregnant|pregnant ~2 \\d (?:months|month)", "{xBleedWord} ~4 {xHeavyFlow}|{xHeavyFlow} ~3 {xBleedWord}|(?:blood|bleeding) ~3 (?:running|pouring|gushing|dripping) ~3 (?:down|legs)|bright red blood ~4 (?:running|pouring|gushing|lot|much|legs|clots)|(?:much|lot of|lots of|so much) blood"],
    unless: ["{xHypothetical}|is it normal|spotting|little|light|after sex|(?:months|years) ago|last pregnancy|with my (?:first|last|other)|history of"]
  },
  {
    id: "triage.crisis.postpartum-psychosis",
    level: E,
    crisis: true,
    finding: "thoughts of harming the baby or hearing voices after birth",
    all: ["{xPostpartum}|new mom|newborn|just had a baby", "(?:hurt|hurting|harm|harming|kill|killing|drown|drowning|smother|smothering) ~2 (?:the|her|my|our) baby|hearing voices|hears voices|voices telling|seeing things that|thinks the baby is (?:evil|possessed|not hers|not mine)"],
    unless: ["{xHypothetical}|scared i might drop|afraid of dropping|intrusive thoughts therapy"]
  },
  {
    id: "triage.metabolic.low-sugar-number",
    level: E,
    finding: "very low sugar reading with symptoms",
    all: ["(?:azucar|glucosa|sugar|glucose|bg|bs) (?:esta)? (?:en|de|is|of|at|was|a)? (?:[1-4]\\d|5[0-4])(?!\\s?(?:\\d|years|anos|kg|lbs|units))", "temblando|sudando|confundid\\w*|shaking|sweating|sweaty|confused|shaky|passed out|wont wake|no responde|desmay\\w*|seizure"],
    unless: ["{xHypothetical}|last (?:week|month|year)|(?:weeks|months|years) ago|la semana pasada|el mes pasado"]
  },
  {
    id: "triage.violence.armed-coming",
    level: E,
    finding: "armed person on the way",
    all: ["{xWeapon}", "coming over|on his way|on her way|coming here|headed here|heading here|coming for (?:me|us)|outside my (?:house|door|apartment)|settle (?:things|this|the score)"],
    unless: ["{xJoking}|hunting|range|selling|buying|for sale|gun show|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.eye.penetrating",
    level: E,
    finding: "object in the eye",
    all: ["(?:hook|fishhook|fish hook|nail|wire|glass|metal|stick|pencil|dart|knife|splinter|shard) ~6 (?:in|into) (?:his|her|my|the|their) eye|eye ~6 (?:hook|fishhook|nail|wire|metal|stick|pencil|dart|shard)", "still in|stuck|sticking out|lodged|embedded|cant open|bleeding|blood|wont come out|in there"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|eyelash|contact lens|makeup|mascara"]
  },
  {
    id: "triage.trauma.gaping-face",
    level: E,
    finding: "gaping wound of the face or neck",
    all: ["(?:hanging|flapping|ripped|torn) open|hanging off|can see (?:the )?(?:bone|teeth|skull)", "face|cheek|lip|neck|scalp|eye|ear|nose|bitten|mauled"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|door|bag|box|package|jacket|shirt|pocket|cabinet"]
  },
  {
    id: "triage.infection.fever-neck-rash",
    level: E,
    finding: "fever with neck pain and a rash",
    all: ["{xFeverValue}|burning up", "(?:move|moving|bend|bending|touch|turn|turning) ~2 (?:his|her|my) neck|neck ~3 (?:stiff|hurts|pain|cant bend|wont bend)", "rash|light hurts|vomit\\w*|drowsy|sleepy|confused|manchas"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|what are"]
  },
  {
    id: "triage.pregnancy.abruption-signs",
    level: E,
    finding: "pregnancy with a constantly hard belly, pain and bleeding",
    all: ["{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)", "(?:belly|stomach|uterus|tummy|womb|panza) ~4 (?:hard|rigid|tight|dura) ~3 (?:all the time|constantly|wont relax|doesnt relax|not relaxing|todo el tiempo)|constant pain|pain ~3 (?:doesnt|wont|does not|never) (?:go away|stop|ease|let up)", "blood|bleeding|sangr\\w*"],
    unless: ["{xHypothetical}|(?:months|years) ago|last pregnancy|spotting after sex"]
  },
  {
    id: "triage.metabolic.very-high-sugar",
    level: E,
    finding: "very high sugar with drowsiness or vomiting",
    all: ["(?:sugar|glucose|bg|bs|azucar|glucosa) (?:is|of|at|was|en|de)? (?:[4-9]\\d\\d)(?!\\s?\\d)", "sleepy|drowsy|confused|vomit\\w*|throwing up|breathing (?:fast|deep|hard)|wont wake|lethargic|out of it|dormid\\w*|confundid\\w*|vomitando"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|once when"]
  },
  {
    id: "triage.bleeding.fall-on-thinner",
    level: E,
    finding: "a fall on a blood thinner, then not right",
    all: ["{xThinner}", "fall|fell|fallen|falled|hit (?:his|her|my) head|se cayo", "not acting right|not himself|not herself|confused|confusion|drowsy|very sleepy|vomit\\w*|acting (?:weird|strange|funny|off)|slurr\\w*|worst headache|bad headache"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  // --- seizures in Spanish ---
  {
    id: "triage.neuro.seizure-spanish",
    level: E,
    finding: "convulsion en curso o primera",
    all: ["{xEsSeizure}"],
    unless: ["hace (?:anos|meses|un ano)|el ano pasado|epilepsia controlada|medicamento|que hago si|que hacer si"]
  },
  // --- fourth writer's set (triage-d): concepts its missed emergencies showed ---
  {
    id: "triage.neuro.seizure-long",
    level: E,
    finding: "seizure lasting more than five minutes or not coming out of it",
    all: ["{seizure}", "(?:going|lasting|lasted|been|for|over|more than|longer than|almost|like) ~2 (?:[5-9]|[1-9]\\d) (?:minutes|mins|min|minutos)|(?:not|isnt|wont|hasnt|never) (?:coming|come|came) (?:out of it|to|around|back)|(?:not|isnt|wont|hasnt) (?:waking|woken|woke) up"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|how long|when should|(?:if|when) (?:a|the|it|they) ~1 (?:seizure|lasts)"]
  },
  {
    id: "triage.environment.electrocution-voltage",
    level: E,
    finding: "electrical injury from mains or high voltage",
    all: ["{xShock}|(?:went|got) through (?:him|her|me|his|my)|(?:touched|grabbed|contact with|hit) ~3 (?:\\d\\d\\d+ (?:v|volts|volt|kv)|panel|live|wire|line|breaker|transformer)", "\\d\\d\\d+ (?:v|volts|volt|kv)|volts|voltage|mains|kv", "{xShockBad}|weird|flutter\\w*|skipping|pounding"],
    unless: ["{xHypothetical}|static|9 volt|tens unit|battery"]
  },
  {
    id: "triage.neuro.saddle-numbness",
    level: E,
    finding: "numbness in the saddle area with bladder or bowel changes",
    all: ["(?:cant|can not|dont|do not|no|cannot) feel ~4 (?:when i wipe|when wiping|wiping|down there|my bottom|my butt|between my legs|my groin|my privates|toilet paper)|numb ~4 (?:when i wipe|wiping|down there|bottom|butt|groin|saddle|privates|between my legs|inner thighs)", "(?:peed|pooped|wet|soiled) (?:myself|himself|herself|my pants)|(?:cant|can not|unable to|couldnt) (?:pee|urinate|hold it|control)|incontinen\\w*|without noticing|didnt notice|didnt feel it|leak\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|epidural|after (?:birth|delivery|giving birth)|numbing cream"]
  },
  {
    id: "triage.poisoning.child-opened-pills",
    level: E,
    finding: "child found with an opened medicine bottle or pills missing",
    all: ["{xChild} ~4 (?:had|has|got|opened|found|holding|with) ~3 (?:bottle|pill box|pillbox|pill bottle|pill organizer|blister pack|pills|meds|medicine) ~2 (?:open|opened|empty|out)|(?:pills|tablets|meds|medicine|medication|capsules|heart pills) ~4 (?:missing|gone) ~~12 {xChild}|{xChild} ~~20 (?:pills|tablets|meds|medicine|medication|capsules) ~4 (?:missing|gone)|{xChild} ~~20 (?:open|opened) (?:pill organizer|pill box|pillbox|pill bottle|medicine bottle)"],
    unless: ["{xHypothetical}|found (?:them|the pills|it) ~3 (?:under|in|on|behind)|all accounted for|nothing ~2 (?:missing|gone)|none ~2 (?:missing|gone)",
      // (triage-au) medicines handed round or found, and the writer says nobody swallowed any
      "(?<!(?:says|said|claims|swears)\\s)(?:nobody|no one|noone|none of them|neither of them) (?:took|swallowed|ate|had|has taken|has swallowed|has had) (?:any|anything|one|a single)"]
  },
  {
    id: "triage.poisoning.took-everything",
    level: E,
    finding: "swallowed everything in the medicine cabinet",
    all: ["{xTook} ~3 (?:everything|all|whatever|all the pills|every pill) ~4 (?:medicine cabinet|cabinet|pill box|pillbox|meds|pills|bottles|prescriptions|drawer|medicine)"],
    unless: ["{xHypothetical}|vitamins|as prescribed|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.crisis.rope-ready",
    level: E,
    crisis: true,
    finding: "a rope or noose ready and a goodbye",
    all: ["(?:rope|noose) ~3 (?:set up|ready|tied|hung|hanging|up|waiting)|(?:set up|tied|hung|ready) ~3 (?:rope|noose)", "goodbye|good bye|bye|(?:do|end) it|tonight|its time|im ready|last time|no more|done"],
    unless: ["jump rope|skipping rope|climbing|tow rope|rope swing|hammock|swing|tent|boat|gym|crossfit|knot|halloween|decoration\\w*|prop"]
  },
  {
    id: "triage.crisis.goodbye-text-means",
    level: E,
    crisis: true,
    finding: "a goodbye message, then no answer or means at hand",
    all: ["(?:texted|text|texts|message|messaged|posted|called|said|wrote|sent|note) ~5 (?:bye|goodbye|good bye|i love you all|love you all|im sorry for everything|sorry for everything|take care of (?:mom|dad|the kids|my kids|everyone))", "(?:not|isnt|wont|doesnt|hasnt|stopped) (?:picking up|answering|responding|replying|answer|respond|reply)|(?:pills|oxycodone|oxy|meds|gun|rope|bottle|razor|knife|fentanyl)"],
    unless: ["moving|trip|vacation|airport|flight|graduat\\w*|party|sleepover|camp|deployment|deployed|new job"]
  },
  {
    id: "triage.circulation.cold-pulseless-limb",
    level: E,
    finding: "a cold, pale limb without a pulse",
    all: ["(?:leg|foot|arm|hand|toes|fingers) ~4 (?:cold|white|pale|blue|purple|mottled|gray|grey)", "(?:no|cant find|cant feel|cannot find|lost|no longer) ~1 (?:pulse|pulses)|(?:pulse|pulses) ~3 (?:gone|missing|absent)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|raynaud\\w*|winter|snow"]
  },
  {
    id: "triage.cardiac.slow-pulse-number",
    level: E,
    finding: "a pulse under 40 with symptoms",
    all: ["(?:pulse|heart rate|hr|heartbeat|heart beat) ~3 (?:[2-3]\\d)(?! (?:years|yrs|year|minutes|mins|days|weeks|pounds|lbs|kg))", "faint\\w*|dizzy|lightheaded|confus\\w*|yellow|halos|digoxin|weak|passed out|vomit\\w*|throwing up|chest|short of breath|sob"],
    unless: ["{xHypothetical}|athlete|runner|marathon|cyclist|always|normally|asleep|sleeping|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infant.fever-almost-3-months",
    level: E,
    finding: "fever in a baby not yet 3 months old",
    all: ["(?:turns|turning|will be|almost|nearly|not yet|not quite|under) (?:3|three|tres) (?:months|mo|mos|meses)", "{fever}|(?:3[89]|4[01])(?:\\.\\d)?|10[0-5](?:\\.\\d)?"],
    unless: ["{xHypothetical}|vaccine|vaccines|shots|immunization\\w*"]
  },
  {
    id: "triage.metabolic.low-sugar-spanish",
    level: E,
    finding: "diabetico sudando, temblando y confundido",
    all: ["diabetic\\w*|diabetes|insulina|azucar", "sudad\\w*|sudando|sudor\\w*|temblando|tembloros\\w*|palid\\w*", "no (?:me )?contesta|no responde|confundid\\w*|no (?:puede|quiere) ~2 (?:tragar|comer|beber|tomar)|no tiene sentido|sin sentido|raro|borrach\\w*"],
    unless: ["que hago si|que hacer si|hace (?:anos|meses)"]
  },
  {
    id: "triage.environment.heat-stroke-spanish",
    level: E,
    finding: "golpe de calor",
    all: ["calor|sol|campo|afuera|trabajando|techo", "(?:dejo de|deja de|ya no|no) sud\\w*|ardiendo|hirviendo|muy caliente", "sin sentido|no tiene sentido|incoherente|delir\\w*|desvari\\w*|confundid\\w*|se desmayo|no responde|convuls\\w*"],
    unless: ["que hago si|que hacer si|hace (?:anos|meses)"]
  },
  // --- fifth writer's set (triage-f): emergencies described without the medical word ---
  {
    id: "triage.cardiac.elephant-on-chest",
    level: E,
    finding: "crushing weight on the chest",
    all: ["(?:elephant|elefante|ton of bricks|truck|anvil|someone) ~4 (?:sitting|sat|standing|parked|pisara|pisando|parado|sentado|encima) ~3 (?:on me|on my chest|chest|pecho|on top of me)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|workout|bench press|cat|dog|baby|toddler|kid|son|daughter|when i wake|nightmare"]
  },
  {
    id: "triage.crisis.affairs-in-order",
    level: E,
    crisis: true,
    finding: "affairs put in order and a time set",
    all: ["(?:tonight|today) is the (?:night|day)|(?:its|everything is|everything s) (?:all )?(?:set|ready|arranged)|(?:it is|its) time|wont (?:be here|be around|wake up) ~2 (?:tomorrow|morning)", "(?:paid off|canceled|cancelled|closed|settled) ~3 (?:debts|subscriptions|accounts|bills)|resign\\w*|gave away|giving away|my will|goodbye|letters|pills|rope|gun|note"],
    unless: ["wedding|party|launch|concert|trip|flight|move|moving|surgery|exam|interview|date|game|birthday"]
  },
  {
    id: "triage.crisis.letters-and-means",
    level: E,
    crisis: true,
    finding: "letters for everyone and the means ready",
    all: ["(?:letters|notes|letter|note|messages) (?:for|to) (?:everyone|each of|all of|my family|my kids|my parents|my wife|my husband)", "pills|counted|rope|gun|tonight|before i go|razor|blade|bridge|thanks to someone|say thanks|goodbye"],
    unless: ["thank you notes|thank you letters|christmas|holiday|wedding|birthday|retire\\w*|move|moving|house|class|teacher|camp"]
  },
  {
    id: "triage.infant.no-wet-diaper",
    level: E,
    finding: "a young baby with no wet diaper or forceful vomiting",
    all: ["(?:[1-9]|1[0-2]) (?:day|days|wk|wks|week|weeks|w|d) (?:old)?|newborn|born (?:\\d|two|three|four|five|six|a) ~1 (?:days|weeks|day|week) ago", "(?:no|not|hasnt had|hasnt had a|hasnt had any|without a|without any) ~1 (?:wet diaper|wet diapers|wet nappy|wet nappies|pee|peed)|(?:shoots|shooting|projectile) ~4 (?:across|vomit\\w*|room)|vomit\\w* ~4 (?:shooting|projectile|across the room)"],
    // one episode, fine since, feeding and wetting well: a question for the next check-up
    unless: ["{xHypothetical}|(?:been|is|seems|was) (?:totally|completely|perfectly|absolutely)? (?:fine|well|normal|ok|okay|herself|himself) (?:since|ever since)|(?:loads|lots|plenty) of wet (?:nappies|diapers)"]
  },
  {
    id: "triage.infant.blue-when-feeding",
    level: E,
    finding: "a baby turning blue around the mouth",
    all: ["baby|newborn|infant|(?:[1-9]|1[0-2]) (?:day|days|wk|wks|week|weeks|month|months|mo) old|born ~3 ago|bebe", "(?:bluish|blue|purple|dusky|gray|grey|morad\\w*|azul\\w*) ~3 (?:around|at|on|alrededor de) ~2 (?:mouth|lips|boca|labios)|(?:mouth|lips|boca|labios) ~3 (?:bluish|blue|purple|dusky|gray|grey|morad\\w*|azul\\w*)"],
    unless: ["{xHypothetical}|blueberr\\w*|popsicle|candy|juice|grape|crayon|marker|ink|paint|cold pool|swimming"]
  },
  {
    id: "triage.pregnancy.cord-felt",
    level: E,
    finding: "umbilical cord felt or seen",
    all: ["(?:loop of|feel the|feel a|see the|see a|something like a) ~2 cord|cord ~3 (?:down there|in my vagina|hanging|coming out|out)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|spinal cord|vocal cord|cord blood|extension cord|phone cord|charger|cord bank|banking"]
  },
  {
    id: "triage.circulation.clot-then-breathless",
    level: E,
    finding: "a swollen calf, then breathlessness or chest pain",
    all: ["(?:calf|calves|leg|pantorrilla|pierna) ~3 (?:swollen|swelling|sore|painful|hurts|tender|hot|red|hinchad\\w*)|(?:swollen|sore|painful|tender) (?:calf|leg)|(?:blood clot|dvt) in (?:my|his|her) leg", "(?:out of breath|short of breath|shortness of breath|breathless|cant catch my breath|hard to breathe|winded)|(?:cant|can not|couldnt) ~1 catch ~1 (?:my|his|her) breath|chest ~3 (?:stab\\w*|sharp|hurts|pain) ~4 (?:breath\\w*|breathe)|(?:hurts|pain|sharp|stabbing) ~3 chest ~3 (?:breath\\w*|breathe)|falta el aire|falta de aire|me falta ~1 aire|no puedo respirar"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|after (?:running|the gym|a workout|climbing)|(?:months|years) ago"]
  },
  {
    id: "triage.neuro.urinary-retention-back",
    level: E,
    finding: "back pain with numbness and no urine",
    all: ["(?:cant|can not|cannot|dont|no) feel ~4 (?:toilet paper|when i wipe|wiping|down there|between my legs|my bottom)|numb ~4 (?:down there|bottom|butt|groin|saddle|between my legs)", "(?:havent|hasnt|not|cant|can not|couldnt) (?:peed|urinated|pee|urinate)|no (?:pee|urine)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|epidural|after (?:birth|delivery)"]
  },
  {
    id: "triage.eye.glaucoma-signs",
    level: E,
    finding: "a painful red eye with halos, a hard eye or vomiting",
    all: ["eye|eyes|ojo", "halos|rainbow\\w*|(?:hard|firm) (?:like|as) (?:a )?(?:marble|rock|stone)|rock hard|(?:threw up|vomit\\w*|nause\\w*|throwing up)", "pain\\w*|hurts|ache|red|blurr\\w*|cant see|can barely see|lost vision"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pink eye|allergies|contacts|contact lens|mascara|makeup|stye|migraine with aura|usually|always"]
  },
  {
    id: "triage.skin.necrotizing-signs",
    level: E,
    finding: "a wound turning dark and spreading fast, or pain out of proportion",
    all: ["(?:purple|black|dusky|blistering|grey|gray|dark) ~4 (?:spreading|spread|spreads|growing|bigger) ~2 (?:fast|quickly|by the hour|rapidly)|pain ~5 out of proportion|way (?:more|worse) (?:painful )?than it looks", "fever\\w*|shaky|chills|spreading|dizzy|sick|vomit\\w*|cut|wound|bite|scratch"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|bruise\\w*|tattoo"]
  },
  {
    id: "triage.circulation.cold-white-limb",
    level: E,
    finding: "a limb suddenly cold and white",
    all: ["(?:leg|foot|arm|hand|toes|fingers) ~4 (?:cold and white|white and cold|cold and pale|pale and cold|cold and blue|blue and cold|cold and numb|white and numb)|(?:leg|foot|arm|hand) (?:suddenly )?(?:went|turned|is|got) ~1 (?:cold|white|pale) and (?:cold|white|pale|blue|numb)", "sudden\\w*|cant move|cant feel|numb|afib|a fib|hurts|pain|no pulse|all of a sudden"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|raynaud\\w*|winter|snow|ice|skiing|cold water|swimming|every time|always|usually"]
  },
  {
    id: "triage.breathing.stridor-resting",
    level: E,
    finding: "noisy high-pitched breathing at rest",
    all: ["squeak\\w*|high pitched (?:noise|sound|breathing|wheeze)|stridor|crowing|whistl\\w* (?:noise|sound)|(?:noise|sound) ~2 (?:breathing in|breathes in|when (?:she|he) breathes)", "rest|resting|calm|sitting|asleep|sleeping|constantly|all the time|even when|drool\\w*|sucks in|sucking in|caving|retract\\w*|blue|cant swallow"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|toy|dog toy|shoes|door|hinge|floor|bed|chair|dog|cat|hamster|bird|car|brakes|fan"]
  },
  {
    id: "triage.environment.heat-field",
    level: E,
    finding: "heat exposure, then no sweating and confusion",
    all: ["heat|hot day|sun|field|fields|outside all day|calor\\w*|sol|campo", "stopped sweating|not sweating|no longer sweating|isnt sweating|dry and hot|hot and dry|(?:ya no|dejo de|deja de) sud\\w*", "weird things|not making sense|confus\\w*|strange things|talking nonsense|out of it|collapsed|passed out|incoheren\\w*|sin sentido|delir\\w*|desmay\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|sauna|yoga"]
  },
  {
    id: "triage.surgical.board-hard-belly",
    level: E,
    finding: "a belly hard as a board",
    all: ["(?:belly|stomach|abdomen|tummy|panza) ~4 (?:hard as a (?:board|rock)|rock hard|like a board|board like|hard like a (?:board|rock)|dura como (?:tabla|piedra))"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pregnan\\w*|weeks|bloated after|constipat\\w*|abs|workout|six pack"]
  },
  {
    id: "triage.bleeding.gi-then-faint",
    level: E,
    finding: "blood in vomit or stool with fainting or pallor",
    all: ["(?:pooping|poop|pooped|stool|stools|poo|vomit\\w*|throwing up|threw up|brought up|bringing up|coughing up|coughed up) ~5 blood|blood ~3 (?:in|from) ~2 (?:poop|stool|vomit)|black (?:tarry )?(?:poop|stool|stools)|coffee grounds?", "(?:room|vision|everything) ~1 (?:went|goes|going|turned) (?:black|dark|grey|gray)|blacked out|nearly (?:fainted|passed out)|almost (?:fainted|passed out)|faint\\w*|dizzy when (?:i|she|he) stand\\w*|dizzy (?:when|on|after) (?:standing|getting up)|dizzy standing|(?:very|really|so|seems|looks) pale|lightheaded|passed out"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|beets|beet|iron pills|pepto|bismuth|blueberr\\w*"]
  },
  {
    id: "triage.neuro.headache-split-second",
    level: E,
    finding: "a headache that came on in a split second",
    all: ["headache|head pain|head", "split second|in seconds|within seconds|during sex|orgasm|thunderclap|hit (?:with|by) a (?:bat|hammer|baseball bat)|like (?:a|being hit with a) (?:bat|hammer|gunshot|bomb|thunderclap)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hangover|caffeine|every time|usually|always|migraines? (?:since|for years)|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.surgical.groin-swollen-vomiting",
    level: E,
    finding: "a swollen, painful testicle with vomiting",
    all: ["privates|testicle\\w*|testes|balls|scrotum|nuts|groin|huevos|testiculo\\w*", "swollen|swelling|huge|purple|hinchad\\w*", "throwing up|vomit\\w*|threw up|hours later|cant walk|hurts like hell|worst pain"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hernia (?:for|since)|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.metabolic.steroid-stopped",
    level: E,
    finding: "long-term steroids stopped, now collapsing or vomiting",
    all: ["steroid|steroids|prednisone|prednisolone|hydrocortisone|cortisol|addison\\w*", "ran out|run out|stopped|missed|out of|forgot|no more|cant keep ~3 down|(?:vomit\\w*|throwing up|threw up) ~4 (?:steroid|steroids|hydrocortisone|pills|tablets|meds)", "(?:cant|can not) stand|dizzy|collaps\\w*|faint\\w*|confused|vomit\\w*|throwing up"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|inhaler|cream|ointment|nasal spray|eye drops"]
  },
  {
    id: "triage.poisoning.serotonin-signs",
    level: E,
    finding: "serotonin toxicity signs after mixing medicines",
    all: ["tramadol|sertraline|ssri|prozac|fluoxetine|zoloft|lexapro|escitalopram|citalopram|paroxetine|paxil|venlafaxine|effexor|maoi|linezolid|mdma|molly|ecstasy|triptan|sumatriptan|dextromethorphan|lithium|fentanyl", "jerk\\w*|twitch\\w*|clonus|rigid|stiff muscles|shaking uncontrollabl\\w*|shivering uncontrollabl\\w*", "sweat\\w*|racing|hot|fever|boiling|agitated|confused|pupils"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|restless legs at night for years"]
  },
  {
    id: "triage.surgical.afib-belly-pain",
    level: E,
    finding: "sudden severe belly pain with atrial fibrillation",
    all: ["afib|a fib|atrial fibrillation|irregular heartbeat", "(?:belly|stomach|abdominal|tummy|gut) ~2 (?:pain|hurts|ache)|(?:belly|stomach) is killing", "sudden\\w*|worst|terrible|vomit\\w*|very sick|really sick|screaming"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infection.fever-child-grey",
    level: E,
    finding: "fever with grey or mottled skin",
    all: ["fever\\w*|temp|temperature|fiebre|calentura", "(?:is|looks|went|turned|now|hes|shes|skin|face|getting) ~2 (?:grey|gray|mottled|blotchy and cold|ashen)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hair|beard|cat|dog|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infant.fever-spanish-diminutive",
    level: E,
    finding: "fiebre en bebe de semanas",
    all: ["(?:[1-9]|1[0-2]) (?:semanitas|semanita|diitas|diita|dias de nacid\\w*|semanas de nacid\\w*)|recien nacid\\w*", "fiebre|calentura|(?:3[89]|4[01])(?:\\.\\d)? (?:de temperatura|grados)|temperatura ~3 (?:3[89]|4[01])"],
    unless: ["que hago si|que hacer si"]
  },
  {
    id: "triage.pregnancy.ectopic-spanish",
    level: E,
    finding: "retraso con dolor de un lado y desmayo o sangrado",
    all: ["retraso|atraso|embarazada|prueba (?:de embarazo )?positiva", "(?:duele|dolor) ~5 (?:lado|panza|vientre|abdomen|barriga)", "desmay\\w*|manchando|sangr\\w*|mareo|mareada|hombro"],
    unless: ["que hago si|que hacer si|hace (?:anos|meses)"]
  },
  {
    id: "triage.metabolic.dka-spanish",
    level: E,
    finding: "diabetes con aliento a frutas, respiracion honda o vomito",
    all: ["diabetic\\w*|diabetes|insulina|azucar|glucosa|aparatito|glucometro", "huele ~3 (?:frutas|fruta|manzana|acetona)|respira ~2 (?:rapid\\w*|hondo|profundo)|(?:dice|marca) hi", "vomit\\w*|respira|dormid\\w*|confundid\\w*|no para"],
    unless: ["que hago si|que hacer si|hace (?:anos|meses)"]
  },
  {
    id: "triage.bleeding.spanish-spurting",
    level: E,
    finding: "sangrado a chorros",
    all: ["sangre|sangra\\w*|sangrando", "a chorros|chorro\\w*|empap\\w* ~3 (?:toallas|toalla|trapos|ropa)|no (?:para|deja) de sangrar"],
    unless: ["que hago si|que hacer si|nariz ~3 (?:poquito|un poco)"]
  },
  {
    id: "triage.bleeding.spanish-gi",
    level: E,
    finding: "vomito como cafe o popo negra con mareo",
    all: ["cafe molido|asientos de cafe|popo negra|heces negras|chapopote|vomit\\w* sangre|sangre ~3 vomit\\w*", "mare\\w*|desmay\\w*|palid\\w*|debil|pararme|levantarme"],
    unless: ["que hago si|que hacer si|hierro|pepto"]
  },
  {
    id: "triage.infant.intussusception-jelly",
    level: E,
    finding: "stool like jelly with blood in a young child",
    all: ["gelatina|jalea|mermelada|currant jelly|jelly", "sangre|blood|bloody|popo|poop|stool|caca"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|ate (?:jelly|jam)|comio (?:gelatina|mermelada)|sandwich"]
  },
  {
    // the age given as time since birth or since coming home ("home from hospital 3 weeks")
    id: "triage.infant.fever-since-birth",
    level: E,
    finding: "fever in a baby a few weeks old",
    all: [
      "(?:home|back) from ~1 (?:hospital|birth center|nicu) ~4 (?:[1-9]|1[0-2]|a|one|two|three|four|five|six|few|couple) ~1 (?:days|weeks|day|week|wks)|(?:[1-9]|1[0-2]|one|two|three|four|five|six|few|couple) ~1 (?:days|weeks|wks) (?:since|after) (?:she|he|the baby|baby|our baby|my baby) (?:was born|came home)|(?:since|after) (?:she|he|baby) was born ~3 (?:[1-9]|one|two|three|four|five|six) (?:days|weeks) ago|first time (?:mum|mom|mam|parent|parents|dad|mother)",
      "{fever}|{highTempInfant} ~1 (?:f|c|degrees|fahrenheit|celsius|under the arm|armpit)|(?:3[89]|4[01])\\.\\d|100\\.[4-9]|10[1-5]\\.\\d",
      "{infantBad}|sleepier|too (?:sleepy|tired) to (?:feed|eat|nurse|wake)|fed for ~3 minutes|weak (?:cry|crying)|wont (?:latch|feed)|not (?:latching|feeding)|(?:cry|crying) ~2 weak"
    ],
    unless: ["{xHypothetical}|(?:\\d+|few|several) (?:years|year|yrs) old|toddler|preschool"]
  },
  {
    // ages the main infant-fever rule does not read: "6wo", "42 days old", "1.5 month old", "2mo with"
    id: "triage.infant.fever-age-forms",
    level: E,
    finding: "fever in a baby under 3 months",
    all: [
      "(?:[1-9]|1[0-2]) (?:wo|w o|wko|wk o)|(?:[1-9]|[1-8]\\d) (?:day|days|d) old|(?:[1-9]|[1-8]\\d) (?:day|days) (?:baby|infant|newborn)|(?:1|2|1\\.5|2\\.5|0\\.5) (?:month|months|mo|mos|mth|mths) old|(?:1|2|1\\.5|2\\.5) (?:mo|mos|mth|mths) (?:with|has|having|is|baby|infant|girl|boy|son|daughter|temp|fever)",
      `{feverWord}|${TEMP_NOT_NORMAL}|{highTempInfant} ~1 (?:f|c|degrees|fahrenheit|celsius|rectal|armpit)|(?:3[89]|4[01])\\.\\d|100\\.[4-9]|10[1-5](?:\\.\\d)?`
    ],
    unless: ["{xHypothetical}|(?:\\d+|few|several) (?:years|year|yrs) old|how (?:do|to|should) (?:i|you|we) (?:take|check|measure)|vaccine|shots|after (?:his|her|the) (?:shots|vaccines|jabs)"]
  },
  // concepts from the seventh writer's set (triage-g)
  {
    id: "triage.cardiac.cold-sweat-pressure",
    level: E,
    finding: "cold sweat with breathlessness or pressure",
    all: ["cold sweat\\w*|clammy|cold and sweaty|sweaty and cold|sudando frio|sudor frio", "(?:short|out) of breath|breathless|cant catch ~2 breath|pressure|tightness|squeez\\w*|falta el aire", "nause\\w*|pressure|jaw|arm|stomach|sudden\\w*|chest|pecho|minutes|vomit\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hot flash\\w*|menopause|night sweats|hangover|after (?:a run|running|the gym|working out)"]
  },
  {
    id: "triage.cardiac.nitro-not-working",
    level: E,
    finding: "the old heart pain back and nitro not helping",
    all: ["(?:nitro|nitroglycerin|gtn|nitrostat|nitro spray) ~6 (?:didnt|did not|isnt|not|doesnt|hasnt|wont) ~2 (?:help|helping|touch|work|working|do anything|doing anything)|same (?:pain|pressure|feeling) as ~4 (?:heart attack|stent|bypass|back then|last time)"],
    // (triage-as) "same pain as last time" is the old heart pain only when the last time was the
    // heart: a kidney stone, gallstone, migraine or period pain "same as last time" is not
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)", "(?:kidney|renal|bladder) stones?|gallstones?|gall stones?|gallbladder|colic|migraine\\w*|period|periods|gout|sciatica|shingles|endometriosis"]
  },
  {
    id: "triage.stroke.words-and-hand",
    level: E,
    finding: "trouble finding words with a weak hand or arm",
    all: ["(?:cant|couldnt|cannot|can not|could not|struggling to|struggled to) ~1 (?:find|get out|get) ~1 (?:his|her|my|the|their) words|words ~2 (?:jumbled|garbled|wrong|mixed up|came out wrong)|talking gibberish|(?:speech|talking) ~2 (?:slurred|weird|garbled|jumbled)", "(?:right|left|one) (?:hand|arm|leg|side)|dropping|dropped|droop\\w*|weak|numb|lopsided|face"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|aphasia since|since (?:his|her|my) stroke|drunk|been drinking"]
  },
  {
    id: "triage.stroke.posterior",
    level: E,
    finding: "sudden double vision with imbalance",
    all: ["double vision|seeing double|sees double|two of everything|seeing two", "(?:cant|can not|cannot|couldnt) walk straight|tipping|tips over|leaning|falling ~2 (?:to one side|over)|off balance|balance|dizz\\w*|vertigo|slurr\\w*|numb|sudden\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|drunk|been drinking|hangover|concussion protocol|glasses|contacts|when tired|for years|since childhood"]
  },
  {
    id: "triage.bleeding.neck-groin",
    level: E,
    finding: "heavy bleeding from the neck, throat or groin",
    all: ["(?:neck|throat|groin|armpit) ~3 (?:bleeding|bleeds|bled|pouring|gushing|blood)|(?:bleeding|blood) ~3 (?:from|out of) ~2 (?:neck|throat|groin)", "loads|a lot|lots|heavily|everywhere|pouring|wont stop|not stopping|gushing|glassed|stabbed|slashed|cut|bottle|knife"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|shaving|shaved|razor bump|pimple|nick|nicked|scratch|mosquito|nosebleed"]
  },
  {
    id: "triage.metabolic.insulin-mistake",
    level: E,
    finding: "an insulin dose taken by mistake or doubled",
    all: ["insulin|novolog|humalog|lantus|novorapid|fiasp|lispro|aspart|toujeo|tresiba|levemir", "by mistake|mistakenly|accident\\w*|wrong (?:insulin|pen|dose)|instead of|twice|double dose|doubled|extra dose|(?:husbands|wifes|moms|dads|someone elses) insulin|overdos\\w*|too much", "\\d+ units|units|fast acting|rapid acting|short acting|whole pen|shaky|sweaty|confused"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|what happens if|what should i do if|can you|is it ok"]
  },
  {
    id: "triage.crisis.empty-bottle-silence",
    level: E,
    crisis: true,
    finding: "an empty pill bottle and no answer",
    all: ["empty ~3 (?:bottle|pill bottle|pack|packet|box|blister)|(?:bottle|pack|packet|box) ~2 (?:empty|all gone)", "(?:isnt|not|wont|doesnt|hasnt|stopped) ~1 (?:answering|responding|picking up|replying|texting back)|no answer|cant reach|goodbye|sorry|pic|photo|picture"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|refill|recycle|recycling|dispose|disposal|pharmacy"]
  },
  {
    id: "triage.crisis.counting-pills",
    level: E,
    crisis: true,
    finding: "pills counted or stockpiled for an overdose",
    all: ["(?:count|counting|counted|counts) ~3 (?:them|pills|tablets|meds|capsules)|stockpil\\w*|(?:saving|saved|hoarding|hoarded|collecting|collected|stashing|stashed) ~2 (?:pills|meds|tablets|painkillers|sleeping pills)", "enough|this weekend|tonight|tomorrow|plan|at peace|goodbye|end it|for good"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pill organizer|pharmacist|pharmacy|refill|for the trip|vacation|travel|pill count|inventory"]
  },
  {
    id: "triage.crisis.means-for-real",
    level: E,
    crisis: true,
    finding: "says they mean it and have the means",
    all: ["kms|kill myself|killing myself|end it|end my life|off myself|unalive myself|do it|suicide", "(?:got|have|bought|ready|gathered|getting) ~2 (?:the stuff|the pills|the rope|a rope|a gun|the gun|everything|what i need|the means)|fr this time|for real this time|this time for real|not joking|not kidding|im serious|i mean it"],
    unless: ["{xJoking}|homework|exam|test|traffic|boss|meeting|cringe"]
  },
  {
    id: "triage.crisis.plan-and-peace",
    level: E,
    crisis: true,
    finding: "a plan announced with goodbyes or giving things away",
    all: ["(?:i have|ive got|i got|i made|ive made|have made|made|got) a plan|at peace with (?:it|my decision|this)|(?:my )?decision is made|made my decision|made up my mind", "giving ~3 away|gave ~3 away|giving away|thanks for everything|thank you for everything|goodbye|say bye|at peace|wont be around|wont be here|die|pills|gun|rope|end it"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|retire\\w*|diet|budget|treatment plan|birth plan|care plan|meal plan|workout|surgery|move|moving|wedding|divorce|new job|quit (?:my job|smoking)"]
  },
  {
    id: "triage.crisis.weapon-on-self",
    level: E,
    crisis: true,
    finding: "thinking of using a weapon on themselves",
    all: ["(?:use|using|turn|turning|point|pointing|put|putting|hold|holding) ~2 (?:it|gun|pistol|rifle|knife|blade|shotgun|revolver) ~2 (?:on myself|to my head|to my temple|in my mouth|against my head|to my chest)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.crisis.psychosis-weapons",
    level: E,
    finding: "delusions with weapons or plans to hurt others",
    all: ["demons|demon|devil|possessed|satan|out to get|spying on|poisoning (?:him|her|me|them|us)|voices|aliens|implants|chip in|microchip|the government|evil", "knife|knives|sharpen\\w*|gun|guns|axe|machete|weapon|weapons|hammer|bat|(?:deal|take care) ~1 (?:with )?them|hurt (?:them|him|her|us)|kill (?:them|him|her|us)|get rid of them|protect (?:himself|herself|myself|us)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|{xJoking}|movie|game|book|series|church|priest|halloween"]
  },
  {
    id: "triage.violence.weapon-to-work",
    level: E,
    finding: "threat to bring a weapon to work or school",
    all: ["(?:bring\\w*|brought|take|taking|carry\\w*) ~3 (?:gun|guns|rifle|weapon|weapons|knife|pistol|ar15|ar 15)", "settle|work|school|office|management|boss|class|teacher|them all|pay|revenge|get back at|wasnt joking|not joking|serious|tomorrow|monday"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|range|hunting|shooting range|gun safety|safety course|show and tell|license|permit|concealed carry class|toy|nerf|water gun|lol|lmao|haha|jk|video game"]
  },
  {
    id: "triage.infection.fever-vulnerable",
    level: E,
    finding: "fever or rigors on chemotherapy, dialysis or a line",
    all: ["chemo\\w*|dialysis|fistula|picc|central line|port|transplant|neutropeni\\w*|immunocompromised|immunosuppress\\w*|no spleen|splenectomy", "{fever}|(?:3[89]|40)\\.\\d|(?:38|39|40) ~1 (?:c|degrees|celsius)|10[0-4]\\.\\d|10[1-4] ~1 (?:f|degrees|fahrenheit)|rigors|rigours|shaking chills|shivering uncontrollabl\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|does chemo|can chemo|how (?:long|often)|vaccine|vaccination|flu shot|low grade", "port holes?|port sites?|keyhole|(?:fever|temp) (?:no|none)(?! \\w)"]
  },
  {
    id: "triage.infection.rash-glass-test",
    level: E,
    finding: "a rash that does not fade under pressure",
    all: ["(?:glass|tumbler|cup) ~~10 (?:dont|doesnt|didnt|not|wont|no) ~3 (?:go away|fade|disappear|blanch|go|change)|(?:dont|doesnt|didnt|not|wont) ~1 (?:fade|blanch|go white) ~4 (?:press|pressed|pressing|glass)|non blanching|nonblanching|purpura|petechia\\w*|(?:tiny|small|pinpoint|little) (?:red|purple|dark) (?:spots|dots) ~~8 (?:glass|press|fever|temp)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|how do you|what does it mean|for years"]
  },
  {
    id: "triage.pregnancy.first-seizure",
    level: E,
    finding: "a fit or seizure in pregnancy or for the first time",
    all: ["(?:had|having|has had|just had|took|had another) a (?:fit|seizure|convulsion)|(?:started|was|is) (?:fitting|convulsing|seizing)|convuls\\w*", "pregnan\\w*|(?:[1-9]|[1-3]\\d|4[0-2]) (?:weeks|wks|wk)|postpartum|just gave birth|never had|first (?:time|ever|one)|no history|not epileptic|no epilepsy|epilepsy in (?:my|his|her) life"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|tantrum|threw a fit|throw a fit|throwing a fit|hissy|meltdown|pitched a fit|dress|shoe|jeans|didnt fit|doesnt fit|wont fit"]
  },
  {
    id: "triage.trauma.csf-leak",
    level: E,
    finding: "clear fluid from the nose or ear after a head injury",
    all: ["clear ~2 (?:fluid|liquid|stuff|water|discharge) ~4 (?:from|out of|dripping|leaking|coming|running) ~3 (?:nose|ear|ears)|(?:nose|ear) ~3 (?:dripping|leaking|running) ~2 clear", "hit|blacked out|knocked out|fell|fall|head|concussion|accident|crash|tackle|football|rugby"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|allerg\\w*|hay fever|cold|flu|swimm\\w*|swimmer"]
  },
  {
    id: "triage.pregnancy.ectopic-signs",
    level: E,
    finding: "early pregnancy with one-sided pain and bleeding or faintness",
    all: ["missed (?:my )?period|late period|period (?:is )?late|positive ~2 test|(?:\\d|four|five|six|seven|eight) (?:weeks|wks) pregnant|pregnant|early pregnancy", "one sided|one side|on one side|left side|right side|lower (?:left|right)|(?:left|right) (?:lower|side)|shoulder tip|shoulder", "spotting|bleeding|dizz\\w*|faint\\w*|lightheaded|passed out|pale|shoulder"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|ovulat\\w*|round ligament|sciatica|(?:months|weeks|years) ago|last pregnancy|history of"]
  },
  {
    id: "triage.pregnancy.preeclampsia-signs",
    level: E,
    finding: "pregnancy with visual disturbance, upper right pain or very high blood pressure",
    all: ["pregnan\\w*|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|wk)|postpartum|post partum|just gave birth|days after (?:giving birth|delivery)|baby \\d", "sparkles|sparkly|seeing spots|spots in ~2 vision|seeing stars|flashing lights|flashes|zigzag\\w*|blurr\\w*|(?:under|below) ~2 (?:right )?ribs|right upper|upper right|1[6-9]\\d ~1 (?:1[01]\\d)|1[6-9]\\d/1[01]\\d", "headache|puffy|swollen|swelling|rings ~2 fit|vomit\\w*|throwing up|nause\\w*|blood pressure|bp|pain"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|history of|last pregnancy|migraine with aura ~3 (?:always|usually|years)|glasses"]
  },
  {
    id: "triage.metabolic.ketones-high",
    level: E,
    finding: "high ketones with vomiting or belly pain",
    all: ["ketones ~4 (?:[2-9](?:\\.\\d)?|1\\d|high|large|moderate|dark purple)|ketone ~3 (?:[2-9]\\.\\d|high|large)", "vomit\\w*|puk\\w*|throwing up|threw up|belly|stomach|abdominal|breath\\w*|confus\\w*|drowsy|sleepy"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|keto diet|ketosis diet|fasting|low carb|on keto"]
  },
  {
    id: "triage.metabolic.diabetic-unresponsive",
    level: E,
    finding: "a person with diabetes unconscious or fitting",
    all: ["type 1|type one|t1d|t1|diabetic|diabetes|insulin|glucagon|sugar", "passed out|unconscious|unresponsive|wont wake|cant wake|not waking|collapsed|seizure|fitting|having a fit|convuls\\w*|out cold|not responding"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|years ago|last year|in case|what to do if|how do i use|practice"]
  },
  {
    id: "triage.environment.hypothermia-elderly",
    level: E,
    finding: "cold to the touch and confused",
    all: ["cold to the touch|ice cold|freezing|no heat|heating ~2 (?:broke|broken|off|out)|outside all night|overnight|stopped shivering|not even shivering|isnt shivering|not shivering", "mumbl\\w*|not making ~1 sense|confus\\w*|drowsy|slurr\\w*|out of it|not even shivering|stopped shivering|wont wake|hard to wake|sleepy|incoheren\\w*"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|{xJoking}|office|ac is|air conditioning"]
  },
  {
    id: "triage.environment.frostbite-deep",
    level: E,
    finding: "fingers or toes white and hard after cold exposure",
    all: ["(?:fingers|toes|feet|hands|nose|ears|foot|hand) ~3 (?:white|grey|gray|black|waxy|blue) ~2 (?:hard|numb|frozen|solid|wooden)|(?:fingers|toes|feet) ~3 (?:hard|frozen|solid) ~2 (?:white|grey|gray|waxy|numb)", "outside|overnight|cold|snow|frost\\w*|freezing|stuck|hiking|camping|ice"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|raynaud\\w*|every winter|always"]
  },
  {
    id: "triage.trauma.cord-chewed",
    level: E,
    finding: "a child bit through a live electric cord",
    all: ["(?:chewed|bit|bit into|biting|chewing|sucked|sucking) ~3 (?:cord|charger|wire|cable|extension cord|power cord|plug)", "mouth|lip|lips|burn\\w*|crying|shock\\w*|spark\\w*|black"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|puppy|dog|cat|rabbit|hamster|unplugged"]
  },
  {
    id: "triage.environment.after-drowning",
    level: E,
    finding: "breathing trouble hours after taking in water",
    all: ["(?:swallowed|inhaled|breathed in|choked on|took in) ~3 (?:pool water|water|lake water|bath water|sea water|seawater)|(?:near|nearly|almost) drown\\w*|went under|pulled ~2 (?:out of|from) ~2 (?:pool|water|lake)", "(?:still|keeps|wont stop|started|now|hours later|later) ~2 cough\\w*|cough\\w* ~3 (?:hours later|later|a lot|nonstop|wont stop|since)|breathing ~2 (?:funny|fast|hard|weird|strange|noisy)|exhausted|sleepy|vomit\\w*|chest|blue|confused"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|swimming lessons|{xJoking}|(?:fine|ok|okay) now|coughed it (?:out|up)|just curious"]
  },
  {
    id: "triage.surgical.appendix-migration",
    level: E,
    finding: "pain moving from the navel to the lower right, with fever or unable to stand",
    all: ["(?:belly button|navel|umbilicus|middle of (?:my|his|her) (?:belly|stomach)) ~~10 (?:lower right|right side|right lower|rlq)|(?:moved|moving|spread|went|shifted) ~3 (?:lower right|right side|right lower|rlq)", "fever|temp|(?:3[89]|40)(?:\\.\\d)?|10[0-4](?:\\.\\d)?|cant ~1 stand|cant walk|hurts to (?:walk|move|cough|jump)|vomit\\w*|throwing up|doubled over"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|years ago|last year"]
  },
  {
    id: "triage.urinary.retention",
    level: E,
    finding: "unable to pass urine with a painful, full bladder",
    all: ["(?:cant|can not|cannot|unable to|havent been able to) ~1 (?:pee|urinate|wee|pass urine)|no (?:pee|urine) ~3 (?:since|for|in)", "bladder ~3 (?:huge|swollen|bursting|rock hard)|since (?:yesterday|last night)|(?:1\\d|2\\d|twelve|ten|fifteen|twenty) hours|all day|agony|screaming"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pee shy|shy bladder|public|in front of"]
  },
  {
    id: "triage.neuro.spinal-after-crash",
    level: E,
    finding: "neck pain with numbness or weakness after an accident",
    all: ["crash|accident|rear ended|collision|fell|fall|dive|diving|dove|tackle|hit|thrown", "(?:cant|can not|cannot|couldnt) ~2 (?:feel|move) ~2 (?:his|her|my|their) (?:legs|arms|feet|hands)|(?:both|all four) (?:arms|legs|hands|feet) ~3 (?:tingl\\w*|numb|weak|pins)|(?:tingl\\w*|numb) ~3 (?:both|all four) (?:arms|legs|hands|feet)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|years ago|last year|sitting too long|slept on|fell asleep"]
  },
  // --- concepts from the ninth writer's set: toxins, drug toxicity, rarer surgical, neurological,
  // obstetric and environmental emergencies, each named by its signs rather than its diagnosis ---
  {
    id: "triage.poisoning.toxic-alcohol",
    level: E,
    finding: "home-made or bootleg spirits followed by trouble seeing",
    all: [
      "(?:homemade|home made|home brewed|homebrew|bootleg|moonshine|hooch|counterfeit|fake|illegal|illicit|black market|unlabel\\w*|local|market|street) ~4 (?:spirits|alcohol|liquor|vodka|booze|gin|whisky|whiskey|rum|moonshine|hooch|arak|arrack|liquor|mezcal|alcohol de cana)|(?:spirits|vodka|gin|whisky|whiskey|rum|liquor|booze|alcohol) ~4 (?:street|market|seller|vendor|stall|homemade|home made|unlabel\\w*|bootleg|no label)|moonshine|hooch|methanol|wood alcohol|metanol",
      "(?:cant|can barely|cannot|can hardly|hard to|unable to|no puede|no puedo) ~1 (?:see|ver)|vision|blind\\w*|blurr\\w*|seeing ~2 (?:snow|spots|fog)|everything ~2 (?:blurry|foggy|snowy|white)|(?:breathing|breath\\w*) ~2 (?:fast|deep|hard)|confus\\w*|wont wake|seizure\\w*|ve borroso|vista"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.poisoning.child-product-on-mouth",
    level: E,
    finding: "a child with a household poison around the mouth",
    all: [
      "{xChild}",
      "{xToxicHouse}|antifreeze|furniture polish|lamp oil|wintergreen",
      "(?:round|around|on|in|all over|smeared on|dripping from) (?:his|her|their) (?:mouth|lips|chin|tongue)|(?:mouth|breath|lips) ~3 (?:smells|smell|smelled|stinks|reeks) ~2 (?:of|like)"
    ],
    unless: ["{xHypothetical}|toothpaste|lipstick|chapstick|crayon|chocolate|jam|yogurt|ice cream|marker|paint"]
  },
  {
    id: "triage.poisoning.battery-missing",
    level: E,
    finding: "a small battery gone missing near a child who is gagging or drooling",
    all: [
      "(?:button|coin|lithium|watch|hearing aid|disc|round) ~1 (?:battery|batteries|cell|cells)|(?:battery|batteries|pila|pilas) ~4 (?:missing|gone|vanished|disappeared)",
      "missing|gone|vanished|disappeared|cant find|can not find|cannot find|lost|unaccounted|falta|perdio|swallow\\w*|in (?:his|her|their) mouth",
      "{xChild}",
      "gag\\w*|drool\\w*|dribbl\\w*|off (?:his|her|their) (?:food|feeds|feed|milk)|chok\\w*|cough\\w*|vomit\\w*|throwing up|retch\\w*|rubbing ~3 (?:chest|throat|neck)|(?:wont|refus\\w*|not) ~2 (?:eat|drink|swallow)|point\\w* ~3 (?:throat|chest)|noisy breath\\w*|crying|fussy"
    ],
    unless: ["{xHypothetical}|found it|found the battery|found them"]
  },
  {
    id: "triage.poisoning.toxic-plant",
    level: E,
    finding: "ate a poisonous plant or wild mushroom and has symptoms",
    all: [
      "foxglove|digitalis|yew|oleander|lily of the valley|nightshade|belladonna|hemlock|monkshood|aconite|wolfsbane|jimson ~1 weed|datura|angels trumpet|castor bean\\w*|rosary pea\\w*|death cap\\w*|destroying angel|(?:wild|foraged|picked) ~2 (?:mushroom\\w*|hongos|setas)|(?:mushroom\\w*|hongos|setas) ~4 (?:picked|foraged|from the (?:woods|forest|garden|yard|park))|poisonous (?:plant|berries|berry|leaves|mushroom\\w*)|toxic (?:plant|berries|leaves)",
      "ate|eaten|eat|eating|chew\\w*|swallow\\w*|salad|tea|berries|berry|leaves|seeds|nibbl\\w*|comio|se comio|cooked|soup",
      "heart\\w*|pulse|vomit\\w*|nause\\w*|halos|yellow\\w*|pale|confus\\w*|hallucinat\\w*|seizure\\w*|drowsy|dizz\\w*|faint\\w*|tingl\\w*|numb\\w*|diarrh\\w*|cramp\\w*|sick|(?:hard|trouble) ~2 (?:breathing|swallowing)|dilated|flushed"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.poisoning.narrow-drug-toxicity",
    level: E,
    finding: "signs of lithium or digoxin toxicity",
    all: [
      "lithium|litio|digoxin|digoxina|lanoxin|theophylline|phenytoin|dilantin",
      "vomit\\w*|throwing up|being sick|been sick|sick all day|diarrh\\w*|diarrea|off (?:her|his|their|my) food|not eating|nause\\w*|no come",
      "trembl\\w*|tiembla\\w*|tremor\\w*|shak\\w*|confus\\w*|confundid\\w*|slurr\\w*|enredad\\w*|habla ~2 (?:raro|arrastrad\\w*|mal)|no camina|(?:cant|can not|cannot) walk|unsteady|wobbl\\w*|stagger\\w*|yellow\\w*|green\\w*|halos|(?:pulse|heart rate|hr|heart) ~3 (?:[34]\\d)(?!\\d)|slow pulse|twitch\\w*|jerk\\w*|seizure\\w*|drowsy|hard to wake|irregular"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.poisoning.box-of-pills",
    level: E,
    finding: "took most of a box of tablets and has symptoms",
    all: [
      "{xTook} ~6 (?:all|whole|entire|half|most of) ~3 (?:box|bottle|pack|packet|strip|blister|container|tub|caja|frasco)|{xTook} (?:many|lots of|loads of|a lot of|muchas) {xMed}",
      "{xMed}|caja|frasco",
      "sleep|sleepy|drowsy|wont wake|cant wake|heart ~3 (?:fast|racing|pounding|slow)|confus\\w*|vomit\\w*|seizure\\w*|unconscious|slurr\\w*|not breathing|dormid\\w*|no despierta"
    ],
    unless: ["{xHypothetical}|over (?:the|a) (?:week|month|year)|(?:a|per|each|every) (?:day|week|month)"]
  },
  {
    id: "triage.poisoning.tablet-count-symptoms",
    level: E,
    finding: "took ten or more tablets at once and now has symptoms",
    all: [
      "{xTook} ~8 {xBigCount} ~2 (?:tablets|pills|tabs|capsules|caps|pastillas)",
      "vomit\\w*|diarrh\\w*|drowsy|sleepy|confus\\w*|heart ~3 (?:racing|fast|slow|pounding|irregular)|dizz\\w*|faint\\w*|seizure\\w*|shak\\w*|not breathing|wont wake|unconscious|slurr\\w*|ringing"
    ],
    unless: ["{xHypothetical}|(?:a|per|each|every) (?:day|week|month|night)|daily|(?:over|in|during) (?:the|a) (?:last|past|week|month)|this (?:week|month|year)|so far|for (?:years|months|weeks)|supply|prescription|refill|bottle of \\d+|\\d+ count"]
  },
  {
    id: "triage.poisoning.insulin-whole-pen",
    level: E,
    finding: "injected a whole pen or a very large dose of insulin",
    all: [
      "(?:inject\\w*|took|shot|gave (?:himself|herself|myself|themselves)|used|dosed|emptied) ~4 (?:whole|entire|full|all|rest of|todo) ~3 (?:pen|pens|vial|insulin|cartridge|syringe|pluma)|(?:inject\\w*|took|shot) ~3 (?:[2-9]\\d\\d|1\\d\\d\\d) units",
      "insulin|insulina|lantus|novolog|humalog|levemir|tresiba|novorapid|humulin|basaglar|toujeo|pen"
    ],
    unless: ["{xHypothetical}|new pen|primed"]
  },
  {
    id: "triage.metabolic.thyroid-storm",
    level: E,
    finding: "overactive thyroid with a very fast heart and fever or agitation",
    all: [
      "graves|hyperthyroid\\w*|overactive thyroid|thyroid|thyrotox\\w*|tiroides|hipertiroid\\w*",
      "(?:heart|pulse|hr|heart rate|corazon) ~3 (?:1[4-9]\\d|2\\d\\d)",
      "(?:temp|fever|temperature|fiebre) ~3 (?:3[89](?:\\.\\d)?|4[01](?:\\.\\d)?|10[1-5](?:\\.\\d)?)|agitat\\w*|confus\\w*|cant sit still|restless|vomit\\w*|delirious|diarrh\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.metabolic.potassium-dialysis",
    level: E,
    finding: "missed dialysis with weakness, breathlessness or an odd heartbeat, or a very high potassium",
    all: [
      "(?:potassium|potasio|k level|k was|k is|serum k) ~4 (?:6\\.[5-9]|[7-9](?:\\.\\d)?)(?![\\d.])|(?:missed|skipped|miss|skip|no fue|didnt go|hasnt been|havent been|hasnt gone|havent gone|no ha ido|falto|falta) ~4 (?:dialysis|dialisis|hemodialysis)",
      "weak\\w*|debil\\w*|heart\\w*|corazon|palpit\\w*|short of breath|breathless|cant breathe|respir\\w*|falta ~2 aire|confus\\w*|drowsy|chest|numb\\w*|(?:cant|can not) move|paraly\\w*|(?:potassium|potasio) ~4 (?:6\\.[5-9]|[7-9](?:\\.\\d)?)(?![\\d.])"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|once"]
  },
  {
    id: "triage.neuro.ascending-weakness",
    level: E,
    finding: "weakness or tingling climbing up from the feet",
    all: [
      "(?:weak\\w*|numb\\w*|tingl\\w*|hormigueo|debilidad|pins and needles|adormec\\w*) ~~15 (?:moving up|spreading up|going up|creeping up|climbing|crept up|moved up|spread up|now up to|up to (?:my|his|her|the) (?:knees|thighs|hips|waist|chest)|va subiendo|subiendo|sube|now in (?:my|his|her) (?:thighs|hips|hands|arms))",
      "(?:cant|can not|cannot|couldnt|unable to|no puedo|no puede|hard to|trouble|struggl\\w*|barely) ~3 (?:climb\\w*|walk\\w*|stand\\w*|subir|caminar|get up|lift\\w*)|stairs|escaleras|(?:hands|arms|face|breath\\w*|manos|brazos) ~3 (?:tingl\\w*|numb|weak\\w*|hormigueo)|(?:tingl\\w*|numb|weak\\w*) ~3 (?:hands|arms|face)"
    ],
    unless: ["{xHypothetical}|for (?:years|months)"]
  },
  {
    id: "triage.neuro.neuromuscular-breathing",
    level: E,
    finding: "a nerve or muscle disease with weak breathing or swallowing",
    all: [
      "gbs|guillain|guillain barre|myasthenia|myasthenic|motor neuron\\w*|als|sindrome de guillain",
      "(?:breath\\w*|respir\\w*) ~3 (?:shallow|weak|weaker|harder|hard|difficult|short|faster)|shallow breath\\w*|cant count|short of breath|breathless|(?:cant|trouble|hard to|struggling to) ~2 (?:swallow\\w*|breathe)|chok\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.neuro.bulbar-signs",
    level: E,
    finding: "double vision with drooping eyelids or trouble swallowing",
    all: [
      "double vision|seeing double|sees double|ve doble|vision doble|veo doble|seeing 2 of everything",
      "(?:eyelid|eyelids|parpado|parpados|lids|eye lids) ~3 (?:droop\\w*|heavy|caen|caidos|caido|falling|closing)|droop\\w* ~2 (?:eyelid|eyelids|lids)|(?:trouble|hard|difficulty|cuesta|cant|can not|problems|struggling|hard time) ~2 (?:swallow\\w*|tragar)|slurr\\w*|(?:arms|legs) ~3 weak\\w*"
    ],
    // known myasthenia, worse eyes but breathing and swallowing fine: same-day neurology, not 999
    unless: ["{xHypothetical}|for (?:years|months)|always", "myasthenia ~~12 (?:breathing|swallowing) (?:and (?:breathing|swallowing) )?(?:are |is )?(?:ok|okay|fine|normal)", "myasthenia ~~20 no (?:breathing|swallowing) (?:or|and|nor) (?:breathing|swallowing) (?:trouble|problems?|difficulty|issues)"]
  },
  {
    id: "triage.neuro.back-pain-weak-legs-risk",
    level: E,
    finding: "back pain with new leg weakness in someone with cancer, fever or injected drugs",
    all: [
      "back ~3 (?:pain|ache|hurts|hurting|agony|killing)|backache|spine|spinal|vertebra\\w*|(?:pain|ache) ~3 (?:in|of) ~2 back|dolor de espalda|espalda",
      "(?:legs|leg|piernas) ~4 (?:weak\\w*|wobbl\\w*|numb|giving way|gave way|given way|give way|gave out|giving out|given out|buckl\\w*|jelly|debil\\w*|wont hold|not working)|(?:cant|can not|unable to|couldnt) ~2 (?:walk|stand)|nearly fell|no puede caminar",
      "cancer|tumou?r|tumor|metasta\\w*|spread to ~3 (?:bone|bones|spine)|mets|myeloma|lymphoma|fever|temp\\w*|fiebre|iv user|inject\\w* ~2 drugs|iv drug\\w*|use iv|heroin|shoot\\w* up"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.neuro.raised-pressure-headache",
    level: E,
    finding: "a worsening headache with vomiting and changed vision",
    all: [
      "headache\\w* ~~10 (?:worse (?:lying|when lying|when i lie|when lying down|lying down|in the morning|when i bend|bending|coughing)|getting worse|worse every day|worse each day|worse and worse|worsening)|(?:worse|worst) ~3 (?:lying down|when i lie down|in the mornings) ~~6 headache",
      "vomit\\w*|throwing up|threw up",
      "(?:blurr\\w*|double|dim\\w*|losing|lost|fading|grey\\w*) ~2 vision|vision ~3 (?:blurr\\w*|double|going|dim\\w*|grey\\w*|fuzzy)|seeing double|confus\\w*|drowsy|hard to wake"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.neuro.shunt-trouble",
    level: E,
    finding: "a brain shunt with headache or vomiting and drowsiness",
    all: [
      "shunt|vp shunt|valvula|derivacion",
      "headache\\w*|vomit\\w*|throwing up|irritable|dolor de cabeza",
      "drowsy|sleepy|hard to (?:wake|keep awake|rouse)|lethargic|confus\\w*|floppy|seizure\\w*|blocked|not ~1 (?:herself|himself)|somnolient\\w*|dormid\\w*|last time"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.stroke.neck-pain-neuro",
    level: E,
    finding: "neck pain with a drooping eyelid, a clumsy hand or double vision",
    all: [
      "neck ~4 (?:pain|ache|hurts|hurting|sore)|(?:pain|ache) ~5 neck",
      "(?:eyelid|lid) ~3 droop\\w*|droop\\w* ~2 (?:eyelid|lid)|(?:hand|arm|leg|foot) ~3 (?:clumsy|weak|numb)|clumsy|double vision|slurr\\w*|unsteady|pupil ~3 (?:small|smaller|different)",
      "rollercoaster|roller coaster|chiropract\\w*|manipulat\\w*|adjust\\w*|whiplash|crack\\w* ~2 neck|massage|eyelid|lid|pupil"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.breathing.drooling-fever-airway",
    level: E,
    finding: "drooling and fever with noisy breathing or a stiff neck",
    all: [
      "drool\\w*|babea\\w*|(?:cant|wont|can not) swallow (?:his|her|their|my) (?:spit|saliva)",
      "(?:noisy|loud|harsh|squeaky|whistl\\w*|raspy|rattly) ~2 breath\\w*|breath\\w* ~3 (?:noisy|loud|harsh|squeaky)|stridor|muffled|hot potato|(?:wont|cant|doesnt|will not) ~2 (?:move|turn|bend) ~2 (?:her|his|their|my) neck|stiff neck|leaning forward|sitting forward|tripod\\w*|(?:wont|cant|refus\\w*) ~2 (?:swallow|drink)",
      "fever|temp\\w*|(?:3[89]|40)(?:\\.\\d)?|10[1-5]|fiebre|hot"
    ],
    unless: ["{xHypothetical}|teeth|teething"]
  },
  {
    id: "triage.breathing.trach-out",
    level: E,
    finding: "a tracheostomy tube out or blocked",
    all: [
      "trach|trachy|tracheostomy|trache|traqueostomia|trach tube|stoma",
      "(?:came|come|fell|falls|pulled|popped|slipped|fallen|coming) ~2 out|(?:cant|can not|cannot|couldnt|unable to) ~4 (?:in|back in|reinsert|put it back|get it back)|block\\w*|plug\\w*|(?:cant|can not|cannot) ~2 (?:pass|get) ~3 suction|dislodg\\w*"
    ],
    unless: ["{xHypothetical}|how often", "ileostomy|colostomy|urostomy|ostomy|stoma (?:output|bag|pouch)"]
  },
  {
    id: "triage.infection.injecting-fever",
    level: E,
    finding: "injecting drug use with fever and breathlessness, a murmur or weak legs",
    all: [
      "(?:iv|intravenous) (?:user|drug\\w*|use|heroin)|use iv|inject\\w* ~2 (?:drugs|heroin|meth|speed)|shoot\\w* up|needle user|pwid",
      "fever|temp\\w*|chills|rigors|fiebre",
      "murmur|short of breath|breathless|sob|(?:red|dark) lines ~3 nail\\w*|lines ~2 under ~2 nail\\w*|splinter\\w*|chest pain|(?:legs|leg) ~3 (?:weak\\w*|numb|giving way|gave out)|back ~2 pain|cant walk"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.circulation.back-pain-collapse",
    level: E,
    finding: "sudden back, flank or belly pain with fainting",
    all: [
      "(?:back|belly|abdominal|abdomen|stomach|flank|tummy|loin) ~3 (?:pain|ache)|pain ~4 (?:back|belly|abdomen|flank|loin)",
      "faint\\w*|passed out|collapsed|blacked out|keeled over|se desmayo",
      "sudden\\w*|groin|aneurysm|aaa|pulsat\\w*|pulsing|tearing|ripping|pale|sweat\\w*|clammy"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|period|cramps|blood draw|needle"]
  },
  {
    id: "triage.surgical.af-severe-belly",
    level: E,
    finding: "atrial fibrillation and sudden severe belly pain",
    all: [
      "(?:has|have|with|known|got|on|in) af|afib|a fib|atrial fibrillation|fibrilacion",
      "(?:belly|stomach|abdominal|abdomen|tummy|gut|barriga|panza) ~3 (?:pain|ache|hurt\\w*)|pain ~3 (?:belly|stomach|abdomen|tummy)|dolor de (?:estomago|panza|barriga)",
      "screaming|agony|excruciating|worst|unbearable|writhing|doubled over|so bad|out of proportion|(?:tummy|belly|stomach|abdomen) ~3 (?:is |feels )?soft|grita\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.trauma.tight-cast",
    level: E,
    finding: "a cast or splint with worsening pain and numb, pale or blue fingers or toes",
    all: [
      "cast|plaster|splint|yeso|ferula",
      "tight|too tight|numb\\w*|tingl\\w*|blue|purple|white|cold|pins and needles|cant feel",
      "worse|agony|unbearable|excruciating|severe|(?:cant|can not|hurts to) ~2 (?:move|straighten|bend|wiggle)|screaming|getting worse"
    ],
    unless: ["{xHypothetical}|itch\\w*|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.metabolic.cola-urine-muscles",
    level: E,
    finding: "cola-coloured urine with sore, swollen or weak muscles",
    all: [
      "(?:urine|pee|wee|orina|piss) ~4 (?:cola|coke|coca cola|dark brown|brown|tea|tea colored|coffee|black|like coke|soy sauce|cafe)",
      "(?:muscle\\w*|arms|legs|thighs|calves) ~3 (?:swollen|swelling|sore|pain|ache|aching|weak|tight|rock hard|hurt\\w*)|swollen|workout|spin|crossfit|exercise|gym|squats|marathon|(?:lying|lay|found) ~3 floor|crush\\w*|cant straighten"
    ],
    unless: ["{xHypothetical}|beet|beets|beetroot"]
  },
  {
    id: "triage.surgical.no-wind-vomiting",
    level: E,
    finding: "unable to pass wind, vomiting and a swollen or cramping belly",
    all: [
      "(?:no|not|havent|hasnt|cant|cannot|can not|unable to|nothing) ~3 (?:wind|gas|fart\\w*|pass gas|passed gas|passed wind|pass wind|gases)|no (?:poo|poop|stool|bowel movement) or (?:wind|gas)",
      "vomit\\w*|throwing up|threw up|being sick|vomitando",
      "swollen|bloated|distended|cramp\\w*|green|bile|bilious|waves|hard|huge|massive\\w*|tight|surgery|hernia"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.surgical.hernia-stuck",
    level: E,
    finding: "a hernia that will not go back in and is hard, tender or causing vomiting",
    all: [
      "hernia\\w*",
      "(?:wont|cant|doesnt|will not|can not|isnt) ~3 (?:go|push|pop|get it|reduce|pushed|going) ~2 (?:back|in)|now it (?:wont|doesnt|cant|will not|isnt)|stuck (?:out|outside)|irreducible|incarcerat\\w*|strangulat\\w*",
      "vomit\\w*|throwing up|tender|hard|red|purple|dark|agony|severe|excruciating"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.pregnancy.ovary-sudden-pain",
    level: E,
    finding: "sudden severe one-sided pelvic pain with vomiting in someone with an ovarian cyst",
    all: [
      "ovar\\w*|ovary|ovaries|torsion",
      "sudden\\w*|severe|excruciating|worst|agony|came on|unbearable",
      "vomit\\w*|throwing up|threw up|faint\\w*|sweat\\w*|cant stand|doubled over"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.pregnancy.postpartum-preeclampsia",
    level: E,
    finding: "after giving birth: very high blood pressure or flashing lights with headache",
    all: [
      "postpartum|post partum|posparto|postparto|(?:gave|giving) birth|given birth|di a luz|dio a luz|(?:after|since|despues del) ~2 (?:delivery|birth|parto|c section|csection|cesarea)|(?:baby|bebe|newborn) ~2 \\d+ (?:days|weeks|dias|semanas)|(?:had|delivered) ~2 baby ~3 (?:days|weeks) ago",
      "(?:1[6-9]\\d|2\\d\\d)/\\d{2,3}|1[4-9]\\d/1[1-4]\\d|flashing|flashes|sparkl\\w*|seeing spots|spots ~2 vision|lucecitas|luces|destellos|blurr\\w*|borros\\w*",
      "headache|dolor de cabeza|cabeza|swollen|swelling|hinchad\\w*|vision|upper right|under ~2 ribs|vomit\\w*|short of breath|seizure|fit"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.infection.after-procedure-sepsis",
    level: E,
    finding: "fever with a fast pulse, rigors or foul discharge days after surgery, birth or a miscarriage",
    all: [
      "miscarri\\w*|abortion|aborto|d and c|gave birth|delivery|c section|csection|cesarea|surgery|operation|procedure|operated|sleeve|bypass|appendectomy|laparoscop\\w*|hysterectomy|cirugia|operacion",
      "(?:\\d+|a few|couple of|two|three|four|five|six) days ago|yesterday|last week|post op|postop|sent home|discharged|hace (?:\\d+|unos) dias",
      "fever|temp\\w*|(?:3[89]|4[01])\\.\\d|10[1-5]|fiebre",
      "(?:heart|pulse|hr|heart rate|corazon) ~4 (?:1[2-9]\\d)|smell\\w*|foul|shaking|shiver\\w*|rigors|confus\\w*|faint\\w*|clammy|mottled|(?:feel|feels|feeling) ~2 (?:really off|awful|terrible|very unwell)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.infection.toxic-shock",
    level: E,
    finding: "a tampon or packing left in with fever and rash, vomiting or dizziness",
    all: [
      "tampon\\w*|menstrual cup|nasal packing|packing",
      "fever|temp\\w*|(?:3[89]|40)\\.\\d|10[1-5]|fiebre",
      "rash|sunburn|vomit\\w*|dizz\\w*|faint\\w*|peeling|confus\\w*|sarpullido"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.infant.sunken-fontanelle",
    level: E,
    finding: "a baby with a sunken soft spot and other signs of dehydration",
    all: [
      "(?:mollera|fontanela|fontanelle|soft spot) ~3 (?:hundida|sunken|sunk|dipped|caved|dented|hollow|sinking)|(?:sunken|hundida) ~2 (?:mollera|fontanela|fontanelle|soft spot)",
      "decaid\\w*|lethargic|floppy|limp|sleepy|listless|hard to wake|no tears|sin lagrimas|(?:no|not|hasnt|hasn) ~4 (?:wet|mojado|pee|peed)|dry ~2 (?:nappies|nappy|diapers|diaper|mouth)|vomit\\w*|diarr\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.trauma.child-bruises-drowsy",
    level: E,
    finding: "a young child with bruises in unusual places who is vomiting or drowsy",
    all: [
      "{xChild}",
      "bruis\\w* ~4 (?:ears|ear|belly|tummy|stomach|torso|neck|bottom|genitals|cheeks|chest|back)|(?:ears|belly|tummy|neck) ~3 bruis\\w*|moretones",
      "vomit\\w*|throwing up|threw up|(?:really|very|so|too) sleepy|drowsy|floppy|lethargic|hard to wake|wont wake|limp|seizure\\w*|not himself|not herself"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.trauma.smoke-airway",
    level: E,
    finding: "after a fire: a hoarse voice or soot in the nose or mouth",
    all: [
      "fire|smoke|blaze|burning (?:house|building|car|room)|incendio|humo",
      "hoarse\\w*|(?:voice|voz) ~3 (?:hoarse|raspy|croaky|going|changing|changed|ronca|gone)|soot ~4 (?:nose|mouth|spit\\w*|phlegm|mucus|cough\\w*|throat|nostrils|face)|(?:black|sooty) ~2 (?:spit|phlegm|mucus|snot|sputum)|cough\\w* ~2 black|singed ~3 (?:nose|eyebrows|hair)|burnt ~2 (?:nose hair\\w*|eyebrows)|hollin"
    ],
    unless: ["{xHypothetical}|campfire|bonfire|fireplace|candle"]
  },
  {
    id: "triage.environment.after-dive",
    level: E,
    finding: "numbness, joint pain, rash or breathlessness after scuba diving",
    all: [
      "scuba|dive computer|dive master|divemaster|(?:dive|dived|diving) ~3 \\d+ (?:m|meters|metres|ft|feet)|\\d+ (?:m|meters|metres|ft|feet) dive|(?:dive|dives) today|second dive|after ~2 (?:dive|diving)|diving trip|wreck dive|deep dive|decompression|the bends",
      "numb\\w*|tingl\\w*|weak\\w*|paraly\\w*|rash|blotch\\w*|marbl\\w*|mottl\\w*|(?:joint|joints|shoulder|shoulders|elbow|elbows|knee|knees) ~3 (?:pain|ache|hurt\\w*)|pain ~3 joint\\w*|confus\\w*|short of breath|breathless|chest pain|vertigo|(?:cant|can not) walk|unsteady"
    ],
    unless: ["{xHypothetical}|pool|diving board|dove into|high dive|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.environment.snake-bitten",
    level: E,
    finding: "bitten by a snake",
    all: [
      "(?:bit|bitten|bite|struck|got) ~10 (?:snake|brown snake|tiger snake|taipan|death adder|rattler|rattlesnake|copperhead|cottonmouth|viper|adder|cobra|mamba|krait|serpiente|vibora|culebra)"
    ],
    unless: ["{xHypothetical}|{xBiteBenign}|grass snake"]
  },
  {
    id: "triage.environment.spider-systemic",
    level: E,
    finding: "a spider bite with cramps, sweating, twitching or numbness around the mouth",
    all: [
      "spider|hourglass|funnel web|funnelweb|redback|red back|black widow|recluse|arana|viuda negra",
      "bit|bite|bitten|pico|mordio|fang\\w*",
      "cramp\\w*|sweat\\w*|twitch\\w*|drool\\w*|(?:tingl\\w*|numb\\w*) ~4 (?:mouth|lips|tongue|face)|rigid|spasm\\w*|(?:bp|blood pressure) ~3 (?:up|high|way up)|hourglass|funnel web|funnelweb|short of breath|confus\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.environment.marine-venom",
    level: E,
    finding: "a venomous sea creature with numbness, weakness or trouble breathing",
    all: [
      "blue ring\\w*|blue ringed|cone shell|cone snail|stonefish|box jelly\\w*|irukandji|sea snake|lionfish|stingray",
      "numb\\w*|tingl\\w*|(?:hard|trouble|difficult\\w*) ~3 breath\\w*|breath\\w*|weak\\w*|(?:cant|can not) move|paraly\\w*|vomit\\w*|sweat\\w*|agony|chest"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.crisis.postpartum-delusions",
    level: E,
    finding: "a new mother with strange beliefs about the baby",
    all: [
      "postpartum|post partum|posparto|postparto|(?:gave|giving) birth|given birth|di a luz|dio a luz|new mum|new mom|(?:baby|bebe|newborn) ~2 \\d+ (?:days|weeks|dias|semanas)|(?:had|delivered) ~2 baby ~3 (?:days|weeks) ago",
      "possessed|demon\\w*|devil|evil|cleans\\w*|not (?:my|her|our) ~1 baby|replaced|imposter|impostor|hearing voices|voices|hearing things|seeing things|hallucinat\\w*|paranoi\\w*|god ~3 (?:told|tells|wants)|(?:drown|harm|hurt|kill) ~2 (?:the|her|my) baby|poseid\\w*|demonio|diablo"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.crisis.gun-in-hand",
    level: E,
    crisis: true,
    finding: "holding a gun and saying they will use it",
    all: [
      "(?:tengo|have|got|holding|hold|sostengo|agarre|agarro|tiene) ~5 (?:pistola|arma|gun|pistol|escopeta|rifle|shotgun|revolver)|(?:pistola|arma|gun|pistol) ~4 (?:en la mano|in my hand|in hand|conmigo|loaded|cargada)",
      "(?:pienso|voy a|quiero|going to|gonna|plan to|planning to|want to) ~2 (?:usar\\w*|use it|matarme|end it|shoot myself|dispararme|acabar)|ya no aguanto|no aguanto mas|cant take ~2 anymore|cant do this anymore|cant go on"
    ],
    unless: ["hunt\\w*|range|caza|cazar|target|cleaning|clean it"]
  },
  {
    id: "triage.cardiac.vad-alarm",
    level: E,
    finding: "a heart pump alarming with symptoms",
    all: [
      "lvad|l vad|vad|ventricular assist|heart pump",
      "alarm\\w*|beep\\w*|red heart|warning|red light|flashing|alarma",
      "pale|dizz\\w*|faint\\w*|short of breath|breathless|confus\\w*|unresponsive|chest|sweat\\w*|weak|collapsed|cold|mareado"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.neuro.baclofen-withdrawal",
    level: E,
    finding: "a baclofen pump empty or stopped with fever, itching or a fast heart",
    all: [
      "baclofen|intrathecal|itb pump",
      "alarm\\w*|beep\\w*|low reservoir|empty|ran out|run out|running out|stopped|missed ~2 (?:dose|doses|refill)|refill overdue",
      "itch\\w*|fever|temp\\w*|(?:heart|pulse|hr|heart rate) ~3 (?:1[1-9]\\d)|confus\\w*|seizure\\w*|hallucinat\\w*|rigid\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.bleeding.heavy-hemoptysis",
    level: E,
    finding: "coughing up large amounts of blood",
    all: [
      "cough\\w* ~3 (?:blood|sangre)|hemoptysis|haemoptysis",
      "cupful\\w*|cup|cups|mouthful\\w*|(?:a lot|lots|loads) of|large amount\\w*|tablespoon\\w*|glass|not streaks|more than streaks|clots|pouring|wont stop|keeps coming|bucket|bowl|handful|bright red|mucha sangre"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infection.eye-socket",
    level: E,
    finding: "a swollen eyelid with fever and pain on moving the eye or a bulging eye",
    all: [
      "(?:eye|eyelid|eyelids|lid) ~3 (?:swollen|swelling|puffy|red)|swollen ~2 (?:eye|eyelid|lid)",
      "(?:hurts|painful|pain|sore) ~3 (?:mov\\w*|look\\w*|turn\\w*) ~3 (?:eye|eyes)|(?:eye|eyeball) ~4 (?:bulg\\w*|pushed forward|sticking out|poking out|protrud\\w*)|bulging eye|double vision|(?:vision|see) ~3 (?:blurr\\w*|worse|double)",
      "fever|temp\\w*|(?:3[89]|40)(?:\\.\\d)?|10[1-5]|fiebre"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.poisoning.hydrofluoric",
    level: E,
    finding: "skin contact with hydrofluoric acid or an HF rust remover and deep pain",
    all: [
      "hydrofluoric|hf acid|rust remover|rust stain remover|wheel cleaner|etching cream|glass etch\\w*|acido fluorhidrico",
      "hydrofluoric|hf acid|(?:pain|hurt\\w*|burn\\w*|throb\\w*|ache) ~5 (?:unbearable|worse|worsening|severe|agony|excruciating|intense|deep|increasing)|unbearable|agony|excruciating|swallow\\w*|drank"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.circulation.bp-reading-symptoms",
    level: E,
    finding: "a very high blood pressure reading with symptoms",
    all: [
      "(?:1[89]\\d|2\\d\\d)/(?:1[0-5]\\d|9\\d)|(?:1[6-9]\\d|2\\d\\d)/1[2-5]\\d|(?:1[89]\\d|2\\d\\d) over (?:1[0-5]\\d|9\\d)",
      "headache|head ~2 (?:pounding|splitting)|vision|blurr\\w*|chest|confus\\w*|numb\\w*|weak\\w*|short of breath|breathless|nosebleed|sweat\\w*|drenched|heart ~2 (?:hammering|pounding|racing)|vomit\\w*|dolor de cabeza"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.trauma.part-cut-off",
    level: E,
    finding: "a finger, toe or ear cut off",
    all: [
      "(?:cut|sliced|chopped|took|severed|ripped|tore|lopped|snipped|sawed|sawn|shaved) ~5 (?:finger|fingertip|thumb|toe|ear|tip) ~3 (?:clean off|off)|(?:cut|sliced|chopped|took|lopped|snipped|sawed|ripped|tore) off ~4 (?:finger|fingertip|thumb|toe|ear|tip)|(?:finger|fingertip|thumb|toe|tip) ~3 (?:cut off|came off|severed|amputated|hanging off|hanging by)"
    ],
    unless: ["{xHypothetical}|nail|nails|skin off|callus|wart|hangnail|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.trauma.pressure-injection",
    level: E,
    finding: "a high-pressure injection injury to the hand",
    all: [
      "paint sprayer|paint gun|spray gun|airless|grease gun|pressure washer|hydraulic|high pressure|injector|diesel|fuel line",
      "finger\\w*|hand|palm|thumb|skin",
      "went off ~3 (?:into|in|on)|inject\\w* ~3 (?:finger|hand|palm|thumb|skin)|(?:tiny|small|little|pin) ~1 (?:hole|puncture|wound|prick)|punctur\\w*|pierced|went into|into my (?:finger|hand|palm|thumb)|under (?:the|my) skin"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.circulation.face-neck-swelling-cancer",
    level: E,
    finding: "face and neck swelling with a chest tumour or swollen chest veins",
    all: [
      "(?:face|neck) ~4 (?:swell\\w*|swollen|puff\\w*|bloat\\w*)|(?:swell\\w*|swollen|puffy) ~3 (?:face|neck)",
      "cancer|tumou?r|tumor|lymphoma|mass|veins",
      "breath\\w*|sob|short of breath|dizz\\w*|headache|veins|cough\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.trauma.spleen-after-blow",
    level: E,
    finding: "a blow to the body during glandular fever, with shoulder-tip or belly pain or dizziness",
    all: [
      "glandular fever|mono|mononucleosis|epstein barr|ebv|enlarged spleen|big spleen|spleen",
      "tackl\\w*|got hit|was hit|hit (?:in|by|on)|fell|fall|kicked|blow|knock\\w*|collision|rugby|football|crash|elbowed|punched|landed",
      "shoulder|dizz\\w*|faint\\w*|lightheaded|light headed|(?:belly|stomach|tummy|abdominal|abdomen|left side|ribs) ~3 (?:pain|hurt\\w*|ache)|pale|passed out"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.neuro.tick-weakness",
    level: E,
    finding: "a tick bite with new unsteadiness or weak legs",
    all: [
      "tick|ticks|garrapata\\w*",
      "wobbl\\w*|(?:cant|can not|couldnt|unable to|wont) ~2 (?:stand|walk)|unsteady|stagger\\w*|stumbl\\w*|falling over|(?:legs|leg) ~3 (?:weak\\w*|floppy|not working|gave out)|weak\\w* ~3 legs|paraly\\w*|droop\\w*|slurr\\w*|trouble (?:breathing|swallowing)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infection.tetanus-signs",
    level: E,
    finding: "a locked jaw or muscle spasms after a wound",
    all: [
      "lockjaw|lock jaw|jaw ~3 (?:locked|stuck|clenched|wont open|cant open|lock\\w*)|(?:cant|can not|unable to) ~2 open ~2 (?:my|his|her) (?:mouth|jaw)",
      "spasm\\w*|stiff\\w*|rigid\\w*|arch\\w*",
      "nail|rusty|wound|cut|stepped on|tetanus|puncture|splinter|thorn|gardening|soil"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.infection.dengue-warning",
    level: E,
    finding: "dengue with bleeding, belly pain, vomiting or drowsiness",
    all: [
      "dengue",
      "bleed\\w*|blood|(?:belly|abdominal|stomach|tummy) ~2 pain|vomit\\w*|drowsy|restless|faint\\w*|black (?:stool|stools|poo|poop)|cold ~2 (?:hands|feet)|gums|nosebleed|sangr\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|vaccine"]
  },
  {
    id: "triage.neuro.head-knock-bleeding-disorder",
    level: E,
    finding: "a head injury in someone with a bleeding disorder",
    all: [
      "haemophilia|hemophilia|hemofilia|von willebrand|bleeding disorder|factor (?:viii|8|ix|9)|low platelets",
      "(?:banged|bumped|hit|knocked|bashed|smacked|fell|bang|bump|knock|cracked|whacked|golpe\\w*) ~4 (?:head|forehead|skull|cabeza)|head ~3 (?:injury|bump|knock|lump|hit)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infection.central-line-rigors",
    level: E,
    finding: "shaking chills with faintness or fever in someone with a central line",
    all: [
      "hickman|picc|central line|portacath|port a cath|chemo port|tpn|broviac|tunnelled line|tunneled line|dialysis line|infusion port|(?:my|his|her) (?:line|port)",
      "shak\\w*|rigors|rigours|shivering|chills|temblor\\w*",
      "faint\\w*|clammy|dizz\\w*|fever|temp\\w*|confus\\w*|(?:heart|pulse) ~3 (?:1[1-9]\\d|racing)|low (?:bp|blood pressure)|vomit\\w*|short of breath"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.metabolic.starving-heart-faint",
    level: E,
    finding: "fasting, purging or laxatives with an irregular heartbeat and near-fainting or weakness",
    all: [
      "(?:water|juice|dry|extended|long|prolonged) fast\\w*|fasting for ~2 (?:days|\\d+ days)|(?:\\d+|several|few) days ~3 (?:fast|fasting|without food|no food)|not eaten ~3 days|laxative\\w*|purg\\w*|diuretic\\w*|water pills|anorexi\\w*|bulimi\\w*|eating disorder|starv\\w*|making myself (?:sick|throw up)",
      "(?:heart|heartbeat|pulse) ~4 (?:skip\\w*|flutter\\w*|irregular|racing|pounding|jump\\w*|missing beats|all over)|palpitation\\w*|skipped beats",
      "faint\\w*|passed out|blacked out|(?:legs|arms|muscles) ~3 (?:jelly|weak|gave out|not working)|collapsed"
    ],
    unless: ["{xHypothetical}"]
  },
  // --- concepts from set j (independent writer) ---
  {
    id: "triage.cardiac.very-fast-heart-faint",
    level: E,
    finding: "a heart rate near or above 200 with near-fainting or greying vision",
    all: [
      "(?:heart|pulse|heart rate|hr|heartbeat) ~5 (?:1[89]\\d|2\\d\\d)",
      "{xFaintish}|black out|blacking out|pass out|grey|gray|tunnel vision|vision ~4 (?:gray|grey|dark|dim|closing|fading)|faint\\w*|collaps\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|max heart rate|maximum heart rate|target|zone|(?:running|sprint|workout|exercise|spin class|hiit) ~6 (?:normal|ok|okay|safe)"]
  },
  {
    id: "triage.cardiac.atypical-with-doom",
    level: E,
    finding: "jaw, back or arm ache with nausea, sweating or weakness and a sense that something terrible is happening",
    all: [
      "(?:jaw|upper back|between (?:my|her|his) shoulder blades|left arm|both arms|neck) ~6 (?:ach\\w*|pain|hurt\\w*|pressure|tight\\w*|heavy)",
      "nause\\w*|sick to (?:my|her|his) stomach|sweat\\w*|clammy|weak\\w*|short of breath|breathless|lightheaded|dizzy",
      "(?:sense|feeling) of doom|doom|something (?:terrible|awful|bad|really wrong|very wrong|horrible) ~3 (?:happening|is happening|going on|about to happen|wrong)|going to die|about to die"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|dentist|tooth|teeth|anxiety attack|panic attacks? ~4 (?:before|usually)"]
  },
  {
    id: "triage.cardiac.nitro-not-working",
    level: E,
    finding: "chest pain that nitroglycerin does not relieve, or angina back after a stent",
    all: [
      "chest ~4 (?:pain|pressure|tight\\w*|heavy|heaviness)|angina",
      "(?:nitro|nitroglycerin|nitros|gtn) ~6 (?:didnt|did not|doesnt|does not|not|no|isnt|wont|havent) ~3 (?:help\\w*|work\\w*|touch\\w*|relieve\\w*|do anything|doing anything|budge\\w*)|(?:stent|stents|bypass) ~12 (?:same|exact same|like before|came back|back again|returned)|(?:stopped|ran out of|quit|off) ~3 (?:plavix|clopidogrel|brilinta|ticagrelor|prasugrel|effient|aspirin) ~12 (?:stent|stents)|(?:stent|stents) ~12 (?:stopped|ran out of|quit|off) ~3 (?:plavix|clopidogrel|brilinta|ticagrelor|prasugrel|effient)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago ~4 (?:fine|better|resolved)"]
  },
  {
    id: "triage.cardiac.chest-weight-sweating",
    level: E,
    finding: "chest pressure described as a weight or someone standing on it, with sweating or breathlessness",
    all: [
      "chest ~12 (?:standing on|sitting on|elephant|in a vice|in a vise|weight on|crushing|squeezing|squeezed|someone stepping on|sat on)|(?:standing|sitting|stepping|sat|elephant|weight) ~2 on ~2 (?:my|his|her|the) chest",
      "sweat\\w*|clammy|drenched|short of breath|breathless|cant breathe|nause\\w*|pale|grey|gray|arm|jaw"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:baby|toddler|kid|cat|dog) ~3 (?:standing on|sitting on|sat on)|workout|bench press|gym|lifting|chest day|weights"]
  },
  {
    id: "triage.neuro.tia-back-not-resolving",
    level: E,
    finding: "stroke signs back again after a mini-stroke, or not going away",
    all: [
      "mini stroke|ministroke|tia|transient ischemic|warning stroke|(?:had|has) a stroke",
      "(?:arm|leg|hand|face|side|mouth|speech|words|vision) ~4 (?:weak\\w*|numb\\w*|droop\\w*|slurr\\w*|heavy|dead|gone|garbled)",
      "again|not getting better|isnt getting better|not going away|wont go away|hasnt gone away|this time|(?:minutes|an hour|hour) ago"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago ~6 (?:and|but) ~3 (?:fine|better|resolved)|(?:signs|symptoms) of|physio\\w*|physical therapy|rehab|exercises|recovery|speech therapy|(?:hasnt|has not|not|never) changed"]
  },
  {
    id: "triage.breathing.clot-risk-breathless",
    level: E,
    finding: "sudden breathlessness with a fast heart or faintness in someone at risk of a lung clot",
    all: [
      "birth control|the pill|contracepti\\w*|estrogen|tamoxifen|raloxifene|cancer|chemo\\w*|testosterone|bed rest|bedbound|hormone therapy|hrt|long flight|long drive|long haul|after surgery|postpartum|pregnan\\w*|dvt|blood clot|calf ~3 (?:swollen|swelling|pain)",
      "(?:cant|can not|couldnt|unable to) ~2 (?:get|catch|take) ~3 breath|short of breath|out of breath|breathless|cant breathe|gasping",
      "(?:heart|pulse|heart rate|hr) ~4 1[2-9]\\d|faint\\w*|pass out|passed out|cough\\w* ~3 blood|chest pain|lips ~3 blue"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|anxiety|panic attack|running|exercise|workout|stairs"]
  },
  {
    id: "triage.trauma.belly-after-impact-dizzy",
    level: E,
    finding: "belly pain or tightness after a collision or fall, with dizziness on standing or faintness",
    all: [
      "(?:clipped|hit|struck|knocked) ~3 (?:by|off) ~3 (?:car|truck|bike|van|bus)|car accident|car crash|(?:bike|bicycle|motorcycle|scooter|skateboard|horse|ladder|roof) ~4 (?:crash\\w*|fell|fall|accident|wreck\\w*|thrown)|handlebar\\w*|(?:fell|fall) ~3 (?:off|from)|kicked ~3 (?:belly|stomach|side)|tackled",
      "(?:belly|stomach|tummy|abdomen|abdominal|left side|right side|ribs|flank) ~5 (?:tight\\w*|sore|pain\\w*|hurt\\w*|swell\\w*|swollen|distend\\w*|hard|bloat\\w*|bruis\\w*)",
      "dizz\\w* ~4 (?:stand\\w*|get up)|faint\\w*|lightheaded|passed out|pass out|clammy|(?:heart|pulse) ~3 racing"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.bleeding.pressure-not-stopping",
    level: E,
    finding: "bleeding that pressure does not stop",
    all: [
      "bleed\\w*|blood|pouring|gushing|spurting|cut|gash|laceration|wound|fistula|soak\\w*",
      "(?:held|holding|hold|applied|applying|kept|keeping|put|pushing|pressed|pressing) ~3 pressure ~10 (?:still|wont stop|will not stop|not stopping|keeps|doesnt stop|hasnt stopped|soak\\w*|through)|(?:wont|will not|doesnt|does not|isnt|not) ~2 stop\\w* ~3 (?:with|despite|even with) ~2 pressure|bleeding through ~3 (?:the|my|his|her) ~1 (?:bandage|dressing|gauze|towel)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|nosebleed|nose bleed|period"]
  },
  {
    id: "triage.trauma.cast-compartment",
    level: E,
    finding: "worsening pain in a broken or casted limb with numb, pale or cold fingers or toes",
    all: [
      "cast|casted|splint\\w*|broken|broke|fracture\\w*",
      "pain ~5 (?:insane|unbearable|worse|worst|severe|excruciating|out of control|through the roof)|(?:pain meds|painkillers|pain medicine|pain pills) ~4 (?:nothing|not helping|arent helping|not working|dont help|not touching)",
      "(?:toes|toe|fingers|finger|foot|hand) ~5 (?:numb\\w*|pale|white|cold|blue|purple|tingl\\w*|cant move|pins and needles)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.environment.shock-irregular-burns",
    level: E,
    finding: "an electric shock followed by an irregular pulse, burns or being thrown",
    all: [
      "breaker|panel|fuse box|live wire|wire|wires|outlet|socket|power line|electric shock|electrical|electrocut\\w*|voltage|zapped|shocked",
      "(?:pulse|heart|heartbeat) ~4 (?:irregular|skipping|fluttering|racing|weird|off)|burn marks|burns ~3 (?:hand|foot|feet|arm)|threw him|threw her|thrown back|passed out"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|static|shell shock|culture shock|sticker shock|electric (?:toothbrush|car|bike|scooter|guitar|bill|blanket)"]
  },
  {
    id: "triage.crisis.car-exhaust-garage",
    level: E,
    crisis: true,
    finding: "sitting in a running car in a closed garage",
    all: [
      "(?:sitting|sat|lying|waiting) ~3 (?:in|inside) ~3 (?:car|truck|van) ~5 garage|garage ~6 (?:sitting|sat|waiting) ~3 (?:in|inside) ~2 (?:car|truck|van)",
      "engine ~2 (?:running|on)|motor running|car running|(?:left|leaving|keep) ~3 (?:it|engine|car) running"
    ],
    unless: ["{xHypothetical}|garage door ~3 open|door ~1 open|warming up|warm up|podcast|phone call"]
  },
  {
    id: "triage.crisis.high-place-decided",
    level: E,
    crisis: true,
    finding: "at a high place with a decision made",
    all: [
      "(?:standing|sitting|stood|sat|im|i am|on|at|up on) ~3 {xHighPlace}",
      "made up my mind|mind is made up|(?:ive|i have|i) decided|tonights the night|tonight is the night|this is it|no going back|goodbye|cant do this anymore|(?:ready|going|gonna|about) to jump"
    ],
    unless: ["{xHypothetical}|photo|photos|view|sunset|hike|hiking|wedding|bungee|concert|tour|shingles|gutter\\w*|(?:fishing|walking|running|jogging) ~3 (?:on|across|over)"]
  },
  {
    id: "triage.crisis.other-ending-it-prepared",
    level: E,
    crisis: true,
    finding: "someone saying they are ending their life soon, with preparations",
    all: [
      "(?:ending it|end it|end it all|ending things|end things|end (?:her|his|their) life|kill (?:herself|himself|themself|themselves)|not be here) ~3 (?:tonight|today|tomorrow|this weekend|soon|after)|(?:tonight|today|tomorrow) ~3 (?:ending it|end it|end it all)",
      "bought ~3 (?:rope|gun|pills|a gun|charcoal)|rope|gave ~4 (?:away|to a friend)|giving ~4 away|goodbye|note|says|said|told me|texted"
    ],
    unless: ["{xHypothetical}|(?:ending it|end it|end things) ~3 with (?:him|her|them|my|his|boyfriend|girlfriend)|breakup|break up|relationship|(?:game|show|series|season|party|semester|contract|job|lease)"]
  },
  {
    id: "triage.poison.took-many-already",
    level: E,
    finding: "a large number of pills already taken",
    all: [
      "(?:took|swallowed|taken|downed|had) ~3 (?:the|all|my|those|them|these) ~2 (?:pills|meds|tablets) ~2 already|(?:already|just) ~2 (?:took|swallowed|downed) ~3 (?:the|all|my|those) ~2 (?:pills|meds|tablets)",
      "(?:[2-9]\\d|\\d\\d\\d|twenty|thirty|forty|fifty|hundred) ~3 (?:of (?:my|his|her|the)|{xMed})|(?:whole|entire) (?:bottle|pack|box|packet)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|as prescribed|with food|on time|for the day|this morning ~3 (?:as usual|like normal)"]
  },
  {
    id: "triage.violence.psychosis-blade",
    level: E,
    finding: "psychosis with a plan to cut himself or someone, or searching for a weapon",
    all: [
      "schizophren\\w*|psychosis|psychotic|hearing voices|voices ~3 (?:telling|told)|delusion\\w*|off (?:his|her|their) meds|stopped (?:his|her|their) meds|chip in (?:his|her|my)|bipolar ~3 manic|barricad\\w*",
      "cut out|cut (?:himself|herself|themself|it out)|blade|knife|knives|razor|gun|weapon|hurt (?:himself|herself|someone|us|me)|kill (?:himself|herself|someone|us|me)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|movie|show|novel|book|character"]
  },
  {
    id: "triage.newborn.jaundice-feeding",
    level: E,
    finding: "a newborn who is yellow and also sleepy, feeding poorly or with few wet nappies",
    all: [
      "{xNewborn}",
      "(?:skin|eyes|face|body|chest|belly|whites) ~4 yellow\\w*|yellow ~4 (?:skin|eyes|all over|down to|from head)|jaundic\\w*|(?:is|looks|turning|so|very|really|getting) yellow",
      "{xSleepyBaby}|(?:one|1|only one|only 1|two|2|few|barely any) ~2 wet (?:diaper|diapers|nappy|nappies)|down to (?:his|her|the) (?:legs|belly|feet|knees)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|poop|stool|poo"]
  },
  {
    id: "triage.infection.post-op-wound-sepsis",
    level: E,
    finding: "an infected surgical wound with fever and shaking chills or dizziness on standing",
    all: [
      "c section|csection|cesarean|caesarean|incision|surgical wound|surgery site|stitches|staples|wound",
      "pus|leaking|oozing|red and hot|hot and red|red hot|spreading redness|smells",
      "fever\\w*|(?:temp|temperature) ~3 (?:3[89]|40|10[1-5])|chills|rigors",
      "shak\\w* chills|rigors|chills ~3 shaking|dizz\\w* ~4 stand\\w*|faint\\w*|confus\\w*|(?:heart|pulse) ~3 (?:racing|1[2-9]\\d)|fever ~2 (?:39|40|10[2-5])"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.crisis.postpartum-harm-baby",
    level: E,
    crisis: true,
    finding: "a new mother thinking of harming her baby or herself",
    all: [
      "{xPostpartum}|postpartum|post partum|wk postpartum|weeks postpartum|since the baby|new mom|new mother",
      "better off without (?:her|me|him)|(?:drown|drowning|smother|smothering|suffocate|kill|killing) ~4 (?:the baby|my baby|them both|us both|both of us|him|her|them)|(?:hurt|harm|hurting|harming) ~2 (?:the baby|my baby|them both)"
    ],
    unless: ["{xHypothetical}|(?:afraid|scared|worried|terrified) ~3 (?:i might|id|of) ~3 (?:drop|dropping)|intrusive thoughts ~6 (?:normal|common)"]
  },
  {
    id: "triage.cardiac.diabetic-silent",
    level: E,
    finding: "a diabetic or elderly person off, sweaty and short of breath without chest pain",
    all: [
      "{xDiabetic}",
      "sweat\\w*|clammy|cold sweat",
      "winded|short of breath|out of breath|breathless|cant catch (?:her|his|my) breath|gasping"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:low|lows) ~3 sugar|sugar ~3 (?:low|dropped)|exercise|workout|gym|run|running|jog|jogging|hiking|mow\\w*|stairs|yard work|gardening|when (?:he|she|i) ~3 (?:walk\\w*|climb\\w*|exercis\\w*|work\\w*)|hike|sauna|hot flash\\w*|menopaus\\w*"]
  },
  {
    id: "triage.metabolic.long-lie-dark-urine",
    level: E,
    finding: "a long time on the floor followed by dark urine or inability to get up",
    all: [
      "(?:on the floor|on the ground|on the bathroom floor|lying there|stuck there) ~6 (?:all night|till morning|until morning|for hours|overnight|hours|since last night)|(?:fell|fall) ~6 (?:last night|overnight) ~6 (?:floor|ground)",
      "(?:pee|urine|peeing|wee) ~6 (?:dark|brown|cola|tea|red|black)|(?:cant|can not|couldnt|unable to) ~2 (?:get up|stand|move)|confus\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|yoga|sleep\\w* on the floor"]
  },
  {
    id: "triage.bleeding.blood-urine-thinner-faint",
    level: E,
    finding: "blood or clots in the urine on a blood thinner, with faintness",
    all: [
      "{xThinner}",
      "(?:urine|pee|peeing|wee) ~5 (?:red|blood\\w*|clots)|blood ~3 (?:urine|pee)|hematuria",
      "{xFaintish}"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|beets|beetroot"]
  },
  {
    id: "triage.abdomen.afib-belly-pain",
    level: E,
    finding: "severe belly pain in someone with atrial fibrillation, pain out of proportion to tenderness",
    all: [
      "afib|a fib|atrial fibrillation|irregular heartbeat|(?:stopped|off|quit|ran out of) ~3 (?:{xThinner}|thinner)",
      "(?:belly|stomach|abdomen|abdominal|tummy|gut) ~4 (?:hurts|pain|ache) ~3 (?:terribl\\w*|severe\\w*|worst|unbearabl\\w*|excruciating)|(?:terrible|severe|worst|unbearable|excruciating) ~3 (?:belly|stomach|abdominal|tummy) ~2 pain|not ~2 tender|out of proportion"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago ~4 (?:fine|better)"]
  },
  {
    id: "triage.metabolic.child-thirst-drowsy",
    level: E,
    finding: "a child drinking and passing water constantly, now drowsy, breathing heavily or vomiting",
    all: [
      "(?:drinking|thirsty|drinks) ~4 (?:tons|loads|heaps|buckets|constantly|a lot|all the time|nonstop|non stop|so much|gallons|like crazy|way more)|(?:always|constantly|really|super) thirsty",
      "(?:pee\\w*|urinat\\w*|wee\\w*|bathroom) ~4 (?:constantly|a lot|all the time|nonstop|so much|every)|wetting the bed",
      "sleepy|drowsy|lethargic|hard to wake|breathing ~3 (?:heavy|deep|fast|hard|weird)|vomit\\w*|throwing up|confus\\w*|fruity|floppy"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago ~4 (?:fine|better)|diagnosed ~3 ago"]
  },
  {
    id: "triage.metabolic.very-high-sugar-drowsy",
    level: E,
    finding: "a blood sugar reading of 600 or more with drowsiness or dehydration",
    all: [
      "(?:bg|blood sugar|glucose|sugar|meter|bs|bsl) ~4 (?:[6-9]\\d\\d|over 600|above 600)|(?:meter|glucometer) ~3 (?:says|reads|reading|shows|showed) hi",
      "obtunded|confus\\w*|drowsy|lethargic|unresponsive|hard to wake|wont wake|out of it|bone dry|not making sense"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|cholesterol|triglyceride\\w*"]
  },
  {
    id: "triage.neuro.seizures-without-waking",
    level: E,
    finding: "repeated seizures without waking in between",
    all: [
      "seizure\\w*|fit|fits|convuls\\w*|seizing",
      "(?:another|second|third|next) ~6 (?:before|without) ~3 (?:woke|waking|wake|came to|coming to|came round|coming round|recover\\w*)|(?:starting|having|on) ~2 (?:a third|third|his third|her third|3rd)|(?:third|3rd) (?:seizure|one|fit) ~4 (?:today|now|in a row|tonight)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|this year|this month"]
  },
  {
    id: "triage.neuro.ascending-weakness-breathing",
    level: E,
    finding: "weakness climbing from the feet with trouble breathing or swallowing",
    all: [
      "weak\\w*|numb\\w*|tingl\\w*|pins and needles",
      "(?:feet|legs|toes|ankles) ~8 (?:up to|moving up|spread\\w*|climb\\w*|now in|into|now up)|(?:started|began) ~3 in ~2 (?:feet|legs|toes)",
      "(?:hard|difficult|trouble|struggling) ~3 (?:breath\\w*|swallow\\w*)|short of breath|cant breathe|deep breath|(?:face|mouth) ~3 (?:weak|droop\\w*)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago"]
  },
  {
    id: "triage.abdomen.pancreatitis-signs",
    level: E,
    finding: "upper belly pain boring through to the back with vomiting and a fast heart or shakiness",
    all: [
      "(?:belly|stomach|abdominal|abdomen|epigastric|upper belly|upper stomach) ~4 pain ~6 (?:through|into|to|goes to) ~3 (?:my|the|his|her) ~1 back|(?:boring|stabbing|radiating|shooting) ~4 (?:through|into|to) ~3 (?:my|the|his|her) ~1 back",
      "(?:cant stop|wont stop|keep|keeps|nonstop|non stop) ~2 (?:vomit\\w*|throwing up)|vomit\\w*|throwing up",
      "(?:heart|pulse) ~3 (?:fast|racing|pounding)|shaky|shaking|fever|dizz\\w*|faint\\w*|clammy|drank|alcohol|gallstones"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.abdomen.board-belly",
    level: E,
    finding: "a belly rigid like a board with pain",
    all: [
      "(?:belly|stomach|abdomen|tummy) ~4 (?:rigid|like a board|board like|hard as a board|hard as a rock|hard as rock|rock hard)",
      "hurt\\w*|pain\\w*|ulcer\\w*|breath\\w*|vomit\\w*|fever"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|abs|six pack|workout|plank|pregnan\\w*|contraction\\w*"]
  },
  {
    id: "triage.eye.sudden-one-eye-loss",
    level: E,
    finding: "sudden loss of vision in one eye",
    all: [
      "(?:lost|losing|lose|gone) ~3 (?:vision|sight|seeing) ~4 {xEyeOne}|{xEyeOne} ~4 (?:lost|gone) ~3 (?:vision|sight)|(?:lost|losing) ~3 (?:vision|sight) ~4 one eye",
      "sudden\\w*|all at once|out of nowhere|(?:minutes|an hour|hour) ago|just now|painless|like a curtain"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|gradual\\w*|slowly|over (?:weeks|months|years)"]
  },
  {
    id: "triage.eye.blunt-globe-injury",
    level: E,
    finding: "a blow to the eye with the eye bulging or sight lost",
    all: [
      "(?:ball|baseball|softball|fist|punch\\w*|elbow\\w*|stick|bat|hit|struck|took|hockey puck|puck|racket) ~5 (?:eye|eyeball)",
      "bulg\\w*|pushed out|popping out|sticking out|(?:cant|can not|unable to) see|vision ~3 (?:gone|lost|black)|blood ~3 (?:in|inside) ~3 eye|pupil ~3 (?:odd|weird|shape|misshapen|teardrop)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.environment.heat-unresponsive",
    level: E,
    finding: "someone very hot in a heat wave or without cooling who barely responds or is confused",
    all: [
      "{xHeatExposure}|no ac|no air conditioning|no air con|no aircon|no fan|hot apartment|hot flat|hot house|sweltering",
      "burning up|hot to ~1 touch|very hot|skin ~3 hot|(?:temp|temperature) ~3 (?:10[4-9]|4[01])",
      "barely respond\\w*|not respond\\w*|unresponsive|confus\\w*|out of it|wont wake|hard to wake|not making sense|barely awake|cant answer"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.environment.diving-decompression",
    level: E,
    finding: "numbness, joint pain, confusion or breathlessness after scuba diving",
    all: [
      "(?:surfaced|came up|ascended) ~3 (?:too fast|too quickly|quickly|fast)|rapid ascent|scuba|(?:after|from|on) ~2 (?:a|the|my) ~1 dive|diving",
      "numb\\w*|tingl\\w*|paraly\\w*|(?:legs|arms) ~3 weak|foggy|confus\\w*|short of breath|cant breathe|chest pain|joint pain"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|skydiving|sky diving|cliff diving|pool diving|springboard diving|dive bar|deep dive|nose dive|diving into (?:work|the|this|data)|before (?:a|the|my) dive|certification"]
  },
  {
    id: "triage.infection.post-op-fever-jaundice",
    level: E,
    finding: "fever with yellow eyes or skin after abdominal surgery or a gallbladder",
    all: [
      "gallbladder|cholecystectomy|ercp|surgery|operation|stent|gallstones|bile duct",
      "fever\\w*|(?:temp|temperature) ~3 (?:10[1-5]|3[89])|chills|rigors",
      "(?:eyes|skin|whites) ~4 (?:yellow\\w*)|yellow ~3 (?:eyes|skin)|jaundic\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago ~4 (?:fine|better)"]
  },
  {
    id: "triage.anaesthesia.malignant-hyperthermia",
    level: E,
    finding: "muscle rigidity with rising carbon dioxide or temperature after anaesthesia",
    all: [
      "masseter|rigid\\w*|stiff\\w*|trismus|jaw ~3 (?:locked|clenched)",
      "etco|end tidal|co 2|co2|(?:t|temp|temperature) ~2 (?:39|40|41|10[3-7])|malignant hyperthermia",
      "sux|succinylcholine|sevo\\w*|desflurane|isoflurane|anesthe\\w*|anaesthe\\w*|pacu|recovery room|intubat\\w*|after surgery"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|family history ~3 (?:of|with)"]
  },
  {
    id: "triage.neuro.face-pulling-speech",
    level: E,
    finding: "a face or mouth pulling to one side with thick or garbled speech",
    all: [
      "(?:mouth|face|lip|lips|smile) ~5 (?:pulling|pulled|droop\\w*|sagging|sag|crooked|lopsided|uneven|twisted|hanging) ~4 (?:one side|to the side|on one side|left|right)",
      "marbles|speech|talk\\w*|speak\\w*|words|slurr\\w*|garbled|sounds drunk|mumbl\\w*|arm|hand"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|bells palsy ~4 (?:diagnosed|since)|dentist|novocaine|numbing"]
  },
  {
    id: "triage.neuro.elder-delirium-fever",
    level: E,
    finding: "sudden confusion or hallucinations in an older person with a fever",
    all: [
      "picking at ~1 air|picking at nothing|talking to (?:people|someone|somebody|things) ~6 (?:not there|arent there|isnt there|not in the room|arent in the room|nobody)|seeing things|hallucinat\\w*|out of (?:her|his) mind|not making sense|{xDisoriented}",
      "burning up|fever\\w*|(?:temp|temperature) ~3 (?:10[0-5]|3[89])|hot to ~1 touch"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|dream\\w*|movie|febrile|(?:my|our|the) (?:kid|child|toddler|son|daughter|baby|little one|boy|girl)"]
  },
  {
    id: "triage.abdomen.bariatric-obstruction",
    level: E,
    finding: "vomiting with a swelling belly or severe pain after weight-loss surgery",
    all: [
      "gastric bypass|bariatric|gastric sleeve|sleeve gastrectomy|lap band|weight loss surgery|roux en y",
      "vomit\\w*|throwing up|cant keep ~3 down",
      "(?:belly|stomach|abdomen|tummy) ~4 (?:swell\\w*|swollen|distend\\w*|bloat\\w*|hard)|pain ~4 (?:unbearable|severe|worst|excruciating|terrible)|(?:severe|unbearable|worst|terrible) ~2 pain"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago ~4 (?:fine|better)"]
  },
  {
    id: "triage.poison.wintergreen-child",
    level: E,
    finding: "a child who swallowed oil of wintergreen or methyl salicylate, with symptoms",
    all: [
      "wintergreen|methyl salicylate|salicylate|muscle rub|deep heat|bengay|tiger balm",
      "{xChild}",
      "drank|swallowed|ate|sipped|licked|got into|ingested|mouthful|taste|tasted",
      "vomit\\w*|throwing up|ears ~3 ring\\w*|ringing|breath\\w* ~3 (?:fast|hard|heavy|deep)|sleepy|drowsy|confus\\w*|seizure\\w*|sweat\\w*"
    ],
    unless: ["{xHypothetical}"]
  },
  // --- concepts from set k ---
  {
    id: "triage.airway.food-stuck-cant-swallow",
    level: E,
    finding: "food stuck in the gullet, not even water or spit going down",
    all: [
      "(?:food|meat|steak|chicken|bread|bite|piece|chunk|something|fish|pill|tablet) ~4 (?:stuck|lodged|caught|wedged)|(?:stuck|lodged) ~3 (?:in|down) ~2 (?:my|his|her|the) (?:throat|gullet|esophagus|oesophagus|food pipe)",
      "(?:cant|can not|cannot|unable to|couldnt) ~2 (?:swallow|get down|keep down) ~3 (?:water|spit|saliva|anything|liquids|liquid|drinks|sips|a sip)|(?:everything|water|it all|all of it|anything) ~4 (?:comes|coming|came|goes|going) ~2 back up|spitting out ~2 (?:saliva|spit)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:can|able to) (?:swallow|drink) (?:fine|ok|okay|normally|water|liquids)"]
  },
  {
    id: "triage.trauma.cast-pain-unrelieved",
    level: E,
    finding: "pain in a limb in a cast that strong painkillers do not touch, with numb or tight toes or fingers",
    all: [
      "cast|casted|splint\\w*|plaster|fracture\\w*|broken|crush\\w*",
      "(?:morphine|oxycodone|oxy|codeine|tramadol|hydrocodone|dilaudid|fentanyl|ketamine|pain meds|pain medicine|pain medication|painkillers|pain killers|pain pills|painkiller|meds|drugs) ~4 (?:isnt|arent|not|doesnt|dont|wont|didnt|nothing) ~1 (?:touching|touch|touched|helping|help|helped|working|work|worked|doing)",
      "(?:toes|toe|fingers|finger|foot|hand) ~5 (?:numb\\w*|pale|white|cold|blue|purple|tingl\\w*|cant move|pins and needles)|(?:feels|feel|is|so|really|very|too) tight|tightness"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.cardiac.heart-squeezed",
    level: E,
    finding: "a squeezing or crushing feeling in the heart with arm, jaw or breathing symptoms",
    all: [
      "(?:heart|chest) ~5 (?:squeez\\w*|crush\\w*|in a vice|vice|clamp\\w*|gripped|grip)",
      "(?:left|l) arm|arm ~3 (?:tingl\\w*|numb\\w*|heavy|ache\\w*|aching|pain\\w*)|jaw|(?:cant|can not|unable to|couldnt) ~2 (?:get|catch|take) ~3 breath|short of breath|breathless|sweat\\w*|clammy"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|heartbroken|heart broken|breakup|broke up|grief|grieving|in love"]
  },
  {
    id: "triage.pregnancy.bleeding-through-clothes",
    level: E,
    finding: "bleeding in late pregnancy heavy enough to come through clothes",
    all: [
      "{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)",
      "bleed\\w*|blood|sangr\\w*",
      "(?:gone|soaked|soaking|come|came|went|going|bled|leaked|leaking) through (?:my|her|the|his) ~1 (?:jeans|pants|trousers|clothes|leggings|shorts|underwear|knickers|skirt|dress|sheets|mattress|pad|pads|towel)|bright red ~8 (?:quite a lot|a lot|lots|loads|so much|heaps)"
    ],
    unless: ["{xHypothetical}|spotting|(?:months|years) ago|last pregnancy|with my (?:first|last|other)|history of"]
  },
  {
    id: "triage.trauma.impaled-object",
    level: E,
    finding: "an object stuck in the chest, belly, neck, head or eye",
    all: [
      "(?:nail|knife|blade|rod|pole|stick|branch|metal|glass|shard|arrow|bolt|screw|spike|rebar|skewer|screwdriver|scissors|pen|pencil|fork) ~4 (?:sticking out of|stuck in|lodged in|embedded in|went into|gone into|through) (?:my|his|her|their|the) (?:chest|belly|stomach|abdomen|tummy|neck|back|head|skull|eye|side|throat)|impaled"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|splinter|fingernail|toenail|nail polish|acrylic|feels like|like a knife|like a (?:hot )?(?:nail|knife|blade)|stabbing pain"]
  },
  {
    id: "triage.environment.cold-barely-responsive",
    level: E,
    finding: "someone very cold who barely responds",
    all: [
      "(?:hes|shes|he is|she is|is|was|feels|felt|skin|body|hands|theyre|were|hes been|shes been) ~2 (?:very|so|really|ice|freezing|icy|stone|super) cold|cold to ~1 touch",
      "barely ~1 (?:respond\\w*|responsive|conscious|awake|moving)|(?:not|isnt|wont|doesnt) respond\\w*|unresponsive|hard to (?:wake|rouse)|wont wake|cant wake|not making ~1 sense|mumbl\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|{xJoking}|texts|emails|messages|office|air conditioning"]
  },
  {
    id: "triage.poisoning.month-supply-symptoms",
    level: E,
    finding: "took a whole month or week of medicine, now drowsy or unwell",
    all: [
      "{xTook} ~3 (?:whole|entire|full|all) ~1 (?:month|months|week|weeks|fortnight|fortnights) (?:of|worth|supply)",
      "{xMed}",
      "drowsy|sleepy|groggy|confus\\w*|unresponsive|wont wake|hard to wake|passed out|heart ~3 (?:racing|pounding)|seizure\\w*|fitting|not breathing|slurr\\w*|at once|in one go|all at once|on purpose|overdos\\w*|depress\\w*|suicid\\w*"
    ],
    unless: ["{xHypothetical}|as prescribed|vitamins|supplements"]
  },
  {
    id: "triage.crisis.postpartum-baby-swapped",
    level: E,
    finding: "a new mother who believes her baby was swapped or must be hidden from the family",
    all: [
      "{xPostpartum}|newborn|new baby|(?:baby|bebe) ~3 \\d+ (?:days|weeks|dias|semanas) old|(?:had|delivered|born) ~3 (?:days|weeks) ago",
      "(?:baby|he|she|him|her|it) (?:isnt|is not|not|wasnt) (?:ours|hers|mine|his|theirs|really (?:ours|hers|mine))|(?:been|was|got|were|has been) (?:swapped|switched|replaced)|(?:swapped|switched) (?:at birth|in the hospital|babies)|(?:protect|hide|save|keep) (?:him|her|the baby|it) ~2 from (?:us|me|everyone|them|the family)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|formula|bottle|nappies|diapers|hospital bracelet|tag"]
  },
  {
    id: "triage.neuro.rescue-med-failed",
    level: E,
    finding: "a seizure still going after the rescue medicine",
    all: [
      "{seizure}|fitting|seizing|convuls\\w*",
      "(?:midazolam|buccal|diazepam|valium|rescue (?:med|meds|medication|medicine|dose|spray)|nasal spray|nayzilam|valtoco|stesolid|diastat|rectal|lorazepam|ativan|epistatus) ~8 (?:hasnt|didnt|not|isnt|no|nothing|wont|doesnt) ~1 (?:worked|working|work|helped|helping|help|stopped|stop|effect|done)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.trauma.leg-short-turned-out",
    level: E,
    finding: "after a fall, a leg that is shorter or turned outwards (broken hip)",
    all: [
      "fall|fell|fallen|slipped|tripped|se cayo|cayo|caida|se resbalo",
      "(?:leg|foot|pierna|pie) ~4 (?:shorter|mas cort\\w*)|(?:leg|foot|pierna|pie) ~4 (?:turned|rotated|pointing|twisted|flopped|volteada|volteado|girada|girado|torcida|torcido) ~3 (?:out|outward|outwards|outside|sideways|hacia afuera|para afuera|afuera)",
      "(?:cant|cannot|can not|unable to|wont|no puede|no se puede) ~2 (?:stand|get up|bear weight|walk|levantar\\w*|parar\\w*|caminar|mover\\w*)|elderly|older|grandma|grandpa|grandmother|grandfather|nan|abuel\\w*|anticoag\\w*|thinners?|warfarin|eliquis|xarelto|(?:[6-9]\\d|1[01]\\d) (?:years|year|yo|anos)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|replacement|surgery|physical therapy|rehab|born with|since birth"]
  },
  {
    id: "triage.pregnancy.constant-pain-bleeding-or-still",
    level: E,
    finding: "late pregnancy with constant pain or tightening and bleeding or a baby that has stopped moving",
    all: [
      "{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)",
      "constant ~2 (?:pain|tightening|cramp\\w*|contraction)|(?:pain|tightening|cramp\\w*) ~6 (?:doesnt|wont|does not|never|not) (?:let up|go away|stop|ease|relax)|(?:belly|bump|uterus|stomach) ~3 (?:hard|rigid|tight) ~3 (?:all the time|constantly|wont relax)",
      "bleed\\w*|blood|(?:baby|babys|bebe) ~4 (?:barely moved|barely moving|not moving|hasnt moved|stopped moving|moving less|less movement|no movement|not kicking|hasnt kicked|very quiet)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last pregnancy|with my (?:first|last|other)|spotting after sex"]
  },
  {
    id: "triage.pregnancy.urge-to-push",
    level: E,
    finding: "in labour with an urge to push",
    all: [
      "(?:need|needs|needing|urge|want|wants|feel like|feels like|have) ~3 push|(?:started|already|is|shes|im) pushing",
      "contraction\\w* ~4 (?:\\d+|apart|close|every|constant|nonstop)|labou?r|(?:3[4-9]|4[0-2]) (?:weeks|wks|semanas)|waters? (?:broke|broken|went)|due (?:date|today|tomorrow)"
    ],
    unless: ["{xHypothetical}|poop|pooping|bowel|constipat\\w*|stool|push ups|pushups|push up|when ~3 (?:need to|should|to|have to|do|will) push|how (?:will|do|would|can) (?:i|we|you) know|class|classes|birth plan|practice|practicing"]
  },
  {
    id: "triage.infant.dehydration-spanish",
    level: E,
    finding: "a baby with diarrhoea or vomiting, dry nappies or sunken eyes, and listless",
    all: [
      "bebe|nene|nena|(?:\\d+|un|una) (?:meses|mes|semanas)|nino|nina|hijo|hija",
      "no moja ~2 (?:panal|panales)|no ha mojado ~2 (?:panal|panales)|(?:ojos|ojitos) ~2 hundidos|mollera ~2 hundida|sin lagrimas|no hace pipi|no ha hecho pipi|no orina",
      "decaid\\w*|muy dormid\\w*|no responde|aguadit\\w*|floj\\w*|no despierta|letargic\\w*|apagad\\w*|no quiere (?:comer|tomar|mamar)"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.trauma.skull-base-signs",
    level: E,
    finding: "a blow to the head with bruising behind the ears, raccoon eyes or clear fluid from the nose or ears",
    all: [
      "punch\\w*|hit|fell|fall|went down|knocked|head|fight|assault\\w*|crash|accident|kick\\w*|struck|kerb|curb|headbutt\\w*|concussion|blow",
      "bruis\\w* ~4 behind ~2 (?:ear|ears)|(?:raccoon|racoon|panda) eyes|(?:clear|watery) ~3 (?:fluid|liquid|stuff|water|discharge) ~4 (?:from|out of|dripping|leaking|coming|running) ~3 (?:nose|ear|ears)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|allerg\\w*|hay fever|swimm\\w*|(?:a|the|head|bad) cold|flu|runny nose|sinus\\w*|earrings?|piercing"]
  },
  {
    id: "triage.crisis.means-ready-notes",
    level: E,
    crisis: true,
    finding: "the means at hand and goodbye notes written",
    all: [
      "(?:pills|tablets|meds|rope|gun|knife|blade|razor|noose|pastillas) ~4 (?:in front of me|next to me|beside me|in my hand|in my hands|on the table|on my desk|ready|lined up|counted out|laid out|delante de mi|frente a mi)",
      "(?:written|wrote|writing|left|finished) ~3 (?:the|my|a|some)? ~1 (?:note|notes|letter|letters)|goodbye|before i (?:go|do it)|tell someone before|someone to know|last (?:message|time)|carta|cartas"
    ],
    unless: ["thank you notes|study|exam|revision|lecture|flashcards|notes for (?:class|school|work)|pharmacist|pill organi\\w*|pillbox"]
  },
  {
    id: "triage.psych.mania-danger",
    level: E,
    finding: "mania or psychosis with dangerous beliefs or acts",
    all: [
      "manic|mania|psychotic|psychosis|bipolar|(?:hasnt|havent|not|no|hadnt) ~2 slept ~3 (?:\\d+|days|nights)|no sleep ~3 (?:days|nights)",
      "(?:can|could) fly|invincible|immortal|(?:cant|can not|wont) die|(?:cant|can not) be hurt|(?:climb\\w*|standing|walking|dancing|up) ~3 (?:on|onto) ~2 (?:the )?(?:roof|ledge|balcony|railing)|jump\\w* (?:off|out|from)|into traffic|in traffic|walking (?:on|into) the (?:road|highway|motorway)"
    ],
    unless: ["{xHypothetical}|movie|game|dream|song|lyrics|book|novel|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.crisis.saved-meds-take-all",
    level: E,
    crisis: true,
    finding: "has saved up medicine and plans to take it all",
    all: [
      "(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|kept|keeping|guardado|guardando|juntado|juntando) (?:up)? ~3 {xMed}",
      "(?:take|swallow|tomar\\w*) ~2 (?:it|them|all|everything) ~1 (?:all|at once)|all at once|all of (?:it|them)|(?:planning|plan|going|gonna) to (?:take|swallow|use) (?:it|them)|this weekend|tonight|while ~3 (?:away|gone|out|asleep)"
    ],
    unless: ["{xHypothetical}|trip|vacation|travel|refill|insurance|shortage|hurricane|emergency kit|in case|pharmacy|dispose|disposal|take back|expired"]
  },
  {
    id: "triage.cardiac.interscapular-arm-bp",
    level: E,
    finding: "sudden back or chest pain with a blood pressure that differs between the arms",
    all: [
      "interscapular|between ~2 shoulder blades|(?:upper|mid|middle) back|into ~2 back|chest|back pain",
      "sudden\\w*|abrupt\\w*|out of nowhere|all of a sudden|severe|excruciating|tearing|ripping",
      "(?:bp|blood pressure) ~4 (?:r|right|l|left) arm ~6 (?:r|right|l|left) arm|(?:bp|blood pressure|pressure|pressures|pulse|pulses) ~6 (?:different|difference|unequal|uneven) ~4 (?:arm|arms|sides)|(?:different|difference|unequal|uneven) (?:bp|blood pressure|pressures|pulses) ~4 (?:arm|arms|sides)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infant.fever-bulging-or-shrill",
    level: E,
    finding: "a baby with a fever and a bulging soft spot or a high-pitched cry",
    all: [
      "(?:\\d+|a|one|few) ~1 (?:month|months|week|weeks|mo|mos|wk|wks) old|baby|infant|newborn|bebe",
      "fever\\w*|temp|temperature|burning up|hot to ~1 touch|fiebre|calentura",
      "(?:soft spot|fontanelle|fontanel|mollera) ~6 (?:bulg\\w*|swollen|puffy|raised|tense|sticking up|pushing out|abultad\\w*|hinchad\\w*|bombead\\w*)|high pitched ~2 (?:cry|crying|scream\\w*|wail\\w*)|shrill ~2 (?:cry|crying|scream\\w*)|llanto agudo"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.allergy.hives-vomit-pale",
    level: E,
    finding: "hives with vomiting and a pale, floppy or very quiet child or adult",
    all: [
      "hives|welts|wheals|(?:rash|blotches|spots) ~3 (?:everywhere|all over)|ronchas",
      "vomit\\w*|threw up|throwing up|puking|vomito",
      "pale|floppy|limp|lethargic|listless|very quiet|quiet and|so quiet|really quiet|not (?:really )?looking at|grey|gray|mottled|wont wake|hard to wake|palido|palida|decaid\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|history of|last (?:time|year)"]
  },
  {
    id: "triage.neuro.saddle-anaesthesia",
    level: E,
    finding: "saddle numbness with bladder trouble or pain in both legs",
    all: [
      "saddle ~2 (?:anaesthesia|anesthesia|numb\\w*|paraesthesia|paresthesia|sensory loss)|perineal numb\\w*",
      "retention|(?:cant|can not|unable to|couldnt) ~2 (?:pee|urinate|wee)|incontinen\\w*|bladder|bowel|both legs|bilateral|wet (?:myself|himself|herself)"
    ],
    unless: ["{xHypothetical}|what is|epidural|bike|cycling|bicycle|saddle sore|horse|riding"]
  },
  {
    id: "triage.bleeding.tarry-stool-faint",
    level: E,
    finding: "black tarry stools with dizziness or fainting",
    all: [
      "(?:black|dark) ~3 (?:tarry|tar like|like tar)|(?:black|tarry) ~2 (?:poo|poos|poop|poops|stool|stools|bowel movement|bowel movements|bm|bms|motions)|(?:poo|poos|poop|poops|stool|stools|bowel movements) ~4 (?:black|tarry|like tar|tar like)",
      "(?:room|vision|everything) ~1 (?:went|goes|going|turned) (?:black|dark|grey|gray)|blacked out|nearly (?:fainted|passed out)|almost (?:fainted|passed out)|faint\\w*|dizzy ~3 (?:stand|standing|get up|getting up|stood up)|(?:very|really|so|seems|looks) pale|lightheaded|passed out"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|beets|beet|iron (?:pills|tablets|supplements)|pepto|bismuth|blueberr\\w*|licorice|liquorice|heroin"]
  },
  {
    id: "triage.poisoning.picked-mushrooms",
    level: E,
    finding: "ill after eating mushrooms someone picked",
    all: [
      "(?:hongos|setas|mushroom|mushrooms|champinones) ~4 (?:recogimos|recogi|recogio|recogieron|cortamos|encontramos|encontre|picked|found|foraged|gathered|collected)|(?:picked|found|foraged|gathered|collected|recogimos|encontramos) ~4 (?:mushroom|mushrooms|hongos|setas)|(?:hongos|setas) ~4 (?:del|en el|en la|de la) ~1 (?:monte|campo|bosque|cerro|jardin|patio)",
      "vomit\\w*|sick|diarrh\\w*|diarrea|cramps|throwing up|sweat\\w*|confus\\w*|hallucinat\\w*|amarill\\w*|yellow|dolor de (?:estomago|panza)"
    ],
    unless: ["{xHypothetical}|how to identify|safe to eat|recipe|store|grow|growing|years ago|(?:store|shop|supermarket) bought|from the (?:store|shop|supermarket)"]
  },
  {
    id: "triage.crisis.si-plan-intent",
    level: E,
    crisis: true,
    finding: "suicidal thoughts with a plan and intent, and means or a time",
    all: [
      "active si|si with ~2 (?:plan|intent)|suicidal ~3 (?:ideation|thoughts) ~4 (?:plan|intent)|(?:plan|intent) and (?:intent|plan|means)",
      "tonight|today|now|firearm|fire arm|gun|guns|rifle|pistol|weapon|access to|means|left|refus\\w*|pills|stockpil\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|no (?:plan|intent)|denies|denied|without (?:a )?plan"]
  },
  {
    id: "triage.crisis.done-heading-high-place",
    level: E,
    crisis: true,
    finding: "says they are done and is going to a bridge or other high place",
    all: [
      "(?:going|heading|walking|driving|go|off|way|headed) ~2 (?:to|up|onto) ~2 {xHighPlace}",
      "(?:im|i am) ~1 done(?=\\s\\||$)|(?:im|i am) ~1 done with (?:life|living|everything|it all|this life|this world)|cant do (?:this|it) ~1 anymore|cant go on|goodbye|no point|nobody (?:will|would|cares)|had enough|tired of (?:living|life|everything)|end (?:it|this|everything)|ya no puedo|adios"
    ],
    unless: ["{xBenignHeights}|{xHypothetical}"]
  },
  // concepts from dev set triage-l
  {
    id: "triage.infant.breathing-pauses-colour",
    level: E,
    finding: "a baby who keeps stopping breathing and changes colour",
    all: [
      "{xChild}|newborn|(?:day|days|week|weeks|wk|wks) old",
      "(?:keeps|kept|keep) (?:stopping|pausing|forgetting to) breath\\w*|(?:stops|stopped|stopping|pauses|paused|pausing) (?:breathing|his breathing|her breathing) (?:for|like) ~3 (?:seconds|secs|second)|pauses in (?:his|her|their) breathing",
      "{blue}|pale|white|floppy|limp"
    ],
    unless: ["{xHypothetical}|sleep apnea|sleep apnoea|snor\\w*|cpap|(?:holds|holding|held) (?:his|her|their) breath|breath holding|tantrum"]
  },
  {
    id: "triage.burn.airway-inhalation",
    level: E,
    finding: "caught in a fire with singed hair, soot or a hoarse voice (airway burn)",
    all: [
      "{xFire}",
      "singed|soot\\w*|(?:coughing|coughed|cough|spitting|spat|bringing) (?:up )?(?:black|grey|gray|dark) (?:stuff|spit|phlegm|mucus|gunk|sputum|bits)|voice ~3 (?:hoarse|croaky|raspy|going|gone|changing|changed)|hoarse\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|heartburn|fire ~2 (?:alarm|drill|fighter|fighters|department|station|pit|place|works|work)"]
  },
  {
    id: "triage.trauma.bone-through-skin",
    level: E,
    finding: "a broken bone poking through the skin (open fracture)",
    all: [
      "bone ~3 (?:poking|sticking|coming|came|pushing|pushed|jutting|protruding|showing|pokes|sticks) ~2 (?:out|through) ~3 (?:skin|wound|cut)|bone ~3 through (?:the|his|her|my|their) skin|open fracture|compound fracture"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.infection.eye-socket-loose",
    level: E,
    finding: "a swollen eye pushed forward or painful to move, with a fever",
    all: [
      "(?:eye|eyelid|eyelids|lid) ~3 (?:swollen|swelling|puffy|puffed)|swollen ~2 (?:eye|eyelid|lid)",
      "(?:pushing|pushed|bulging|popping|poking|sticking) (?:forward|out)|(?:hurts|painful|pain|sore) ~3 (?:to )?(?:mov\\w*|look\\w*|turn\\w*) ~2 (?:sideways|side to side|around|left|right|up|down)",
      "fever\\w*|temp\\w*|(?:3[89]|40)(?:\\.\\d)?|10[1-5]|fiebre|burning up"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.infection.flesh-dying",
    level: E,
    finding: "skin turning purple or black with blisters and pain out of proportion (flesh-eating infection)",
    all: [
      "(?:skin|wound|cut|area|privates|groin|scrotum|genitals|bottom|leg|arm|thigh|foot) ~6 (?:purple|black|dusky|grey|gray|dark) ~4 (?:blister\\w*|smell\\w*|stink\\w*|spread\\w*|oozing)|(?:skin|wound|privates|groin|genitals) ~6 (?:gone|going|turned|turning) (?:black|purple|dusky)",
      "(?:pain|hurts|agony) ~5 (?:unbearable|out of proportion|way more than|much worse than|worse than it looks|excruciating)|(?:unbearable|excruciating|agonising|agonizing) ~2 pain",
      "spread\\w*|fever\\w*|feverish|smell\\w*|stink\\w*|diabetic|diabetes|chills|shiver\\w*|awful|unwell|rigors"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|bruis\\w* ~4 (?:fall|fell|knock|bump)"]
  },
  {
    id: "triage.pregnancy.severe-bp-reading",
    level: E,
    finding: "a blood pressure of 160/110 or more in pregnancy or after a birth",
    all: [
      "{xPregnant}|{xPostpartum}|(?:[1-4]\\d)/40|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas) (?:pregnant|along|de embarazo)",
      "{bp} ~4 (?:1[6-9]\\d|2\\d\\d)/\\d+|{bp} ~4 \\d+/(?:1[1-9]\\d)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|before (?:i was|my) pregnan\\w*"]
  },
  {
    id: "triage.urology.priapism-since",
    level: E,
    finding: "an erection that has not gone down since hours before",
    all: ["(?:erection|erect|hard on|boner|ereccion) ~6 (?:ever since|since (?:\\d+|last night|yesterday|this morning|the party|i took|midnight)|all night|overnight|still (?:hard|there|up|going))"],
    unless: ["{xHypothetical}|morning wood|every morning|normal"]
  },
  {
    id: "triage.neuro.barely-rousable",
    level: E,
    finding: "someone not properly waking after a fit, drugs, drink or a blow to the head",
    all: [
      "(?:{xPerson}|and|but|still|now) ~3 (?:isnt|is not|wont|hasnt|doesnt|not) (?:really|properly|fully|quite) (?:waking|wake|woken|waken|come round|coming round|coming to|rousing|responding)",
      "fit|fits|seizure\\w*|seizing|convuls\\w*|pills|pill|drunk|drank|drink\\w*|vodka|alcohol|drugs|overdos\\w*|took|hit (?:his|her|their) head|fell|banged|knocked"
    ],
    unless: ["{xHypothetical}|(?:in the|every) morning\\w*|alarm|school|refreshed"]
  },
  {
    id: "triage.airway.neck-swelling-swallow-breath",
    level: E,
    finding: "a swelling neck with trouble swallowing or opening the mouth and trouble breathing",
    all: [
      "(?:neck|cuello|floor of (?:my|his|her|the) mouth|under (?:my|his|her) (?:tongue|chin)) ~4 (?:swollen|swelling|swelled|swell|hinchad\\w*|hinchazon)|(?:swollen|hinchado) ~2 (?:neck|cuello)",
      "(?:cant|can not|cannot|unable to|hard to|barely|no puedo|no puede) ~2 (?:swallow\\w*|tragar|open (?:my|his|her) mouth|abrir la boca)|drool\\w*",
      "{sob}|{cantBreathe}|hard to breathe|stridor|noisy breathing|respirar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:for|over) (?:weeks|months|years)"]
  },
  {
    id: "triage.neuro.limb-not-theirs",
    level: E,
    finding: "a hand or arm lying as if it belonged to someone else, with new confusion (stroke)",
    all: [
      "(?:hand|arm|leg|foot) ~8 (?:like it (?:isnt|is not|wasnt|doesnt belong to|belongs to someone else)|doesnt belong to (?:her|him|me)|(?:isnt|not) (?:hers|his|mine))",
      "{xSuddenly}|since (?:about )?\\d+|since (?:lunch\\w*|breakfast|dinner|this morning|he woke|she woke|waking)|started|this (?:morning|afternoon|evening)|an hour|hours|confus\\w*|muddled|not making sense|not (?:herself|himself)|wrong (?:feet|foot|shoes)|repeat\\w*|same (?:thing|question)|slurr\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|pins and needles ~4 (?:slept|sleeping|lay|lying)"]
  },
  {
    id: "triage.neuro.double-vision-unsteady",
    level: E,
    finding: "sudden double vision with staggering (brainstem or cerebellar stroke)",
    all: [
      "(?:seeing|see|sees|saw) (?:two|2|double) (?:of everything|everything)|double vision|seeing double|sees double|veo doble|vision doble",
      "walking like ~2 drunk|(?:walks|walking|staggering) ~3 drunk|(?:cant|can not|cannot|unable to) (?:walk|stand) (?:straight|properly|up straight)|stagger\\w*|off balance|(?:lost|losing) (?:his|her|my|their) balance|unsteady|wobbly|veering|lurching|falling to (?:one|the) side",
      "{xSuddenly}|started|began|came on|an hour|hours ago|(?:thrown|threw|throwing) up|vomit\\w*|headache|today|tonight|just now|this (?:morning|afternoon|evening)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:got|was|is|getting) drunk|after (?:drinking|a few drinks)|hangover"]
  },
  {
    id: "triage.trauma.struck-by-vehicle",
    level: E,
    finding: "a person on foot or on a bike hit by a vehicle",
    all: [
      "(?:knocked|thrown|hit|struck|clipped|run|ran) (?:off|down|over)? ~4 by (?:a|the|an) ~1 {xVehicle}|{xVehicle} ~3 (?:hit|ran over|knocked|struck|clipped) (?:my|our|his|her|the)? (?:me|us|{xPerson})"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|in (?:19|20)\\d\\d|toy car|bumper car|shopping cart|trolley|(?:hit|clipped) (?:my|his|her|the) (?:mirror|bumper)"]
  },
  {
    id: "triage.airway.food-stuck-cant-swallow-spit",
    level: E,
    finding: "food stuck so that even saliva cannot be swallowed",
    all: [
      "(?:cant|can not|cannot|unable to|not able to) ~2 swallow ~3 (?:spit|saliva|spittle|water)|spitting (?:out|up|into) ~3 (?:saliva|spit|bowl|cup|bucket)|drool\\w*",
      "stuck|lodged|caught|impacted|bolus|won t go down|wont go (?:down|up)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:for|over) (?:weeks|months|years)|teething|dentist"]
  },
  {
    id: "triage.surgical.trapped-hernia",
    level: E,
    finding: "a lump in the groin or belly button that will not go back in, with vomiting or nonstop crying",
    all: [
      "(?:lump|bulge|hernia|swelling) ~6 (?:groin|belly button|navel|tummy|scrotum|testicle)|(?:groin|belly button|navel) ~4 (?:lump|bulge|hernia|swelling)",
      "(?:wont|will not|doesnt|cant|can not|isnt|wouldnt) ~2 (?:go|pop|push|going|popping|be pushed|pushed) ~1 back|stuck out",
      "vomit\\w*|sick|throwing up|threw up|crying ~3 (?:nonstop|non stop|inconsolabl\\w*|wont stop)|inconsolabl\\w*|screaming|(?:severe|worse|bad|terrible) pain|pain ~3 (?:severe|worse|bad)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.poison.child-opioid",
    level: E,
    finding: "a child who drank or swallowed someone's opioid",
    all: [
      "{xChild}",
      "{xOpioid}",
      "(?:drank|drunk|swallowed|ate|sipped|licked|got into|chewed|sucked|found|took|had) ~10 {xOpioid}|{xOpioid} ~3 (?:in it|in the cup|in the bottle)|sleepy|drowsy|floppy|wont wake|hard to wake|pinpoint"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|(?:is|was|on|been) (?:on )?(?:a )?(?:methadone|suboxone|buprenorphine) (?:program|programme|clinic|maintenance)|prescribed"]
  },
  {
    id: "triage.neuro.rigid-fever",
    level: E,
    finding: "a body gone rigid with a high fever (after stopping or starting a medicine)",
    all: [
      "rigid|stiff (?:as a board|all over)|(?:whole body|muscles) ~3 (?:rigid|stiff|locked)",
      "burning up|fever\\w*|(?:temp|temperature) ~3 (?:39|40|41|10[2-7])|boiling|hyperthermi\\w*",
      "sweat\\w*|confus\\w*|(?:cant|can not|unable to) (?:swallow|move|talk)|parkinson\\w*|(?:ran out|run out|stopped|missed) ~4 (?:meds|medication|medicine|tablets|pills|levodopa|sinemet|madopar)|antipsychotic\\w*|haloperidol|olanzapine|risperidone|quetiapine|seroquel"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|stiff neck|neck ~2 stiff"]
  },
  {
    id: "triage.trauma.throat-blow",
    level: E,
    finding: "a blow to the throat with a lost voice, swelling or coughing blood",
    all: [
      "(?:hit|struck|punched|kicked|elbowed|whacked|smacked|chopped|hockey stick|bat|ball) ~6 (?:in|on|across) (?:the|his|her|my|their) (?:throat|neck|windpipe|adams apple)",
      "voice ~3 (?:gone|lost|changed|hoarse|weird|croaky|raspy|strange|disappeared)|(?:lost|losing) (?:his|her|my|their) voice|hoarse\\w*|cough\\w* ~3 blood|spitting ~2 blood|(?:neck|throat) ~4 (?:swell\\w*|swollen|puff\\w*)|crackl\\w*|crunch\\w*|{sob}|stridor|noisy breath\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.trauma.degloving",
    level: E,
    finding: "skin torn off a finger or limb like a glove",
    all: [
      "degloved|degloving|ring avulsion|(?:skin|flesh) ~5 (?:came|come|coming|peeled|ripped|torn|pulled|stripped) ~2 (?:off|away) ~6 (?:finger|fingers|hand|arm|leg|foot|toe|thumb)|(?:skin|flesh) ~8 like a glove"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|sunburn\\w*|peeling|blister\\w*|dry skin|eczema|callus\\w*|hangnail"]
  },
  {
    id: "triage.stroke.spanish-nonsense-arm",
    level: E,
    finding: "talking nonsense and unable to lift an arm or leg (stroke), in Spanish",
    // "habla cosas sin sentido y no puede levantar el brazo": "sin" is not a negation of what follows
    notNegatable: true,
    all: [
      "(?:habla|hablando|dice|diciendo) ~2 (?:cosas )?sin sentido|no se le entiende|no le entiendo",
      "(?:no puede|no puedo|no podia|no pudo) (?:levantar|mover|subir|alzar) ~2 (?:brazo|pierna|mano)"
    ],
    unless: ["{xHypothetical}|(?:hace|desde hace) ~2 (?:meses|anos|semanas)"]
  },
  {
    id: "triage.crisis.high-place-last-words",
    level: E,
    crisis: true,
    finding: "at a bridge, roof or railway line with last words of love, thanks or blame",
    all: ["{xAtPlace} ~4 {xHighPlace}", "{xLastWords}|(?:loves|love) (?:me|us|you) ~5 sorry|sorry ~5 (?:loves|love) (?:me|us|you)"],
    unless: ["{xBenignHeights}|dental|tooth|teeth|nose|crown|denture\\w*"]
  },
  {
    id: "triage.crisis.edge-of-high-place",
    level: E,
    crisis: true,
    finding: "someone standing on the edge of a roof or bridge, sending messages",
    all: [
      "(?:standing|stood|sitting|sat|climbed|climbing|hanging|leaning|balancing) ~3 (?:on|over|onto|off|at) ~1 (?:the|a) (?:edge|ledge|wrong side|other side|outside|railing) ~2 (?:of|on) ~4 {xHighPlace}",
      "video|live|saying|said|says|sent|texted|message|crying|drunk|sorry|goodbye|fault|blame|jump\\w*|threat\\w*"
    ],
    unless: ["{xBenignHeights}|{xHypothetical}"]
  },
  {
    id: "triage.crisis.picture-of-means-silence",
    level: E,
    crisis: true,
    finding: "a posted picture of pills or other means, then goodbye or no answer",
    all: [
      "(?:photo|pic|picture|video|snap|snapchat|story|image|selfie) ~6 (?:pills|tablets|pill bottles|blade|blades|razor|rope|noose|gun|meds)",
      "(?:not|isnt|wont|hasnt|stopped|doesnt) ~1 (?:answering|responding|picking up|replying|opening)|no answer|cant reach|(?:phone|phones) (?:is |are )?(?:off|dead)|goodbye|good bye|good night everyone|goodnight everyone|night everyone|bye everyone|love you all|sorry"
    ],
    unless: ["{xHypothetical}|pharmacy|prescription|identify|(?:what|which) (?:pill|tablet)|is this (?:pill|tablet)"]
  },
  {
    id: "triage.crisis.join-the-dead",
    level: E,
    crisis: true,
    finding: "says they are going to join someone who died, and has gone off with the means",
    all: [
      "(?:going|gone|off|want|wants|wanted|ready|time) to (?:see|be with|join|meet) (?:mum|mom|dad|mother|father|his wife|her husband|my wife|my husband|nan|grandma|grandad|grandpa|him|her|them|my son|my daughter|his son|her son|his daughter|her daughter)",
      "died|passed|dead|late|funeral|in heaven",
      "hose\\w*|tube|tubing|pipe|rope|pills|tablets|gun|drove off|(?:phone|phones) (?:is |was )?(?:off|dead)|(?:isnt|wont|not) (?:answering|picking up)|note|goodbye|bridge|river"
    ],
    unless: ["{xHypothetical}|cemetery|grave\\w*|memorial|anniversary|flowers|church|medium|psychic|dream\\w*"]
  },
  {
    id: "triage.crisis.means-bought-timing",
    level: E,
    crisis: true,
    finding: "has got what they need and named when",
    all: [
      "(?:bought|got|have|ordered|picked up|collected|gathered|sorted) ~2 (?:what i need|everything i need|all i need|what i needed|the stuff i need)",
      "cant do this anymore|cant do this any more|cant go on|cant take (?:it|this) anymore|(?:once|when|after) (?:everyones|everyone is|everybodys|everybody is|theyre|they are|the kids are|the house is) ~1 (?:asleep|in bed|gone|out)|tonight"
    ],
    unless: ["{xHypothetical}|recipe|party|trip|cake|camping|project|shopping list|groceries|costume|for (?:the|my) (?:kids|class|wedding)"]
  },
  {
    id: "triage.crisis.took-enough",
    level: E,
    crisis: true,
    finding: "says they took enough this time",
    all: ["(?:took|taken|swallowed|had|take|taking) ~1 enough ~3 (?:this time|to (?:die|end it|not wake up|kill|make sure|do it|finish it))|enough this time"],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.crisis.note-do-not-enter",
    level: E,
    crisis: true,
    finding: "a note telling people not to come in or to call the police, and a locked or silent room",
    all: [
      "(?:note|letter|message|text|sign) ~8 (?:dont|do not|not to) (?:come|go) ~2 (?:in|into|inside|upstairs|downstairs|the garage|the shed|the barn|the bathroom|home)|(?:note|letter|message|text) ~8 (?:call|ring) (?:the police|911|999|112|an ambulance)|(?:note|letter|message) ~8 (?:dont|do not) (?:look|open)",
      "locked|lock|garage|shed|barn|loft|attic|not answering|no answer|cant hear|silence|quiet|wont answer|doesnt answer"
    ],
    unless: ["{xHypothetical}|surprise|present|gift|birthday|christmas|painting|paint|wet floor|cleaning|covid|isolat\\w*|contagious|sleeping baby|nap"]
  },
  {
    id: "triage.crisis.letters-then-means",
    level: E,
    crisis: true,
    finding: "letters written to family, with the means or the night set",
    all: [
      "(?:wrote|written|writing|left|finished|escribi|escribir|deje) ~2 (?:everyone|everybody|each of them|all of them|the kids|my kids|my family|my parents|my wife|my husband|mum|mom|dad) ~1 (?:a )?(?:letter|letters|note|notes)|(?:letters|notes|cartas) ~3 (?:for|to|para|a) ~1 (?:everyone|everybody|mis hijos|mi familia|todos|mi esposa|mi esposo|mis padres)",
      "pills|tablets|meds|rope|noose|gun|blade|razor|whisky|whiskey|vodka|woods|bridge|tonight|cuerda|soga|pastillas|pistola|se acaba\\w* todo|esta noche|en la noche"
    ],
    unless: ["{xBenignGoodbye}|{xHypothetical}|santa|thank you"]
  },
  {
    id: "triage.crisis.saved-up-strong-drugs",
    level: E,
    crisis: true,
    finding: "has been saving up strong medicine for when they are ready",
    all: [
      "(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|been keeping|kept|keeping|guardado|guardando|juntado|juntando) (?:up)? ~3 {xHoardable}",
      "ready|no point|anymore|tonight|enough|for when|goodbye|end it|die|done|plan|listo|lista"
    ],
    unless: ["{xHypothetical}|trip|vacation|travel|refill|insurance|shortage|hurricane|emergency kit|in case|pharmacy|dispose|disposal|take back|expired|fridge"]
  }
];


// Suicide and violence are never read as questions about a condition.
const askable = (rule: TriageRuleSpec): boolean => rule.crisis !== true && !rule.id.startsWith("triage.violence.");

export const MORE_TRIAGE_RULES: TriageRuleSpec[] = RULES.map((rule) => {
  const unless = [...(rule.unless ?? []), ...(askable(rule) && !rule.unless?.includes(ASKING) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
});

// triage-m: concepts from set m (an independent writer: effect-only wording, red flags buried in
// long messages, Spanish). Each rule names a presentation, not a sentence: a scald with white or
// peeling skin; heavy arms with sweating or breathlessness; torn-in-half pain or a connective-tissue
// disorder with sudden chest or back pain; fumes from mixed cleaners with wheeze; black stool or
// blood in vomit with signs of shock; a bleed on a thinner that pressure does not stop; stepping in
// front of a train; saddle numbness or lost bladder/bowel feeling with back pain; dehydration with
// drowsiness, a sunken soft spot; fever in a baby about to turn 3 months; mottled skin with fever;
// reliever every few minutes, a peak flow far below normal, a silent chest; alkali in the eye; a
// person pulled from water who is not right; pear-drop breath; croup with a sucked-in neck (Spanish);
// the same pain as before a stent; a first fit; a hand that suddenly stops working; sudden loss of
// understanding; sudden breathlessness after surgery (also Spanish); a running engine in a closed
// garage; swallowed magnets or batteries; bruise-like spots with fever; any snake bite; a child
// into heart or blood pressure tablets. Words that typo correction used to change are kept: the
// long ones here ("marfan", "scaly" not "scald"), the short ones in TRIAGE_GROUPS.notTypos.
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyM = [
  "scaly", "marfan", "marfans", "unblocker", "puffer", "apixaban", "fontanelle"
];
const M_SICK_NOW =
  "drowsy|sleepy|lethargic|floppy|rag doll|listless|hard to wake|(?:barely|hardly) (?:awake|crying|responding|moving)|half open|wont wake|keeps (?:falling|going back) (?:asleep|to sleep)|unresponsive|confused|not making sense";
const M_SHOCK =
  "grey|gray|pale|clammy|(?:hands|feet|skin|body|legs|arms) ~3 (?:cold|freezing|icy)|stone cold|cold and clammy|sleepy|drowsy|confused|collapsed|{faint}|{sweat}|{unconscious}|breathless|{sob}|heart (?:is )?(?:racing|pounding)";
const M_REPLACE = (s: string): string =>
  s.replace(/\$SICK/g, `(?:${M_SICK_NOW})`).replace(/\$SHOCK/g, `(?:${M_SHOCK})`);
const M_RULES: TriageRuleSpec[] = [
  {
    id: "triage.burn.scald-deep",
    level: E,
    finding: "a scald with white, peeling or leathery skin, or over a large area",
    all: [
      "(?:boiling|boiled|just boiled|scalding|hot) ~2 (?:water|tea|coffee|kettle|oil|soup|milk|bath|pan|noodles|fat)|kettle",
      "skin ~4 (?:white|peeling|peeled|coming off|came off|leathery|waxy|charred)|(?:white|leathery|waxy) ~3 (?:skin|patches|in places)|(?:face|chest|belly|tummy|back|neck) and (?:arm|arms|chest|neck|shoulder|leg|legs|face|belly)|whole (?:arm|leg|chest|back|front)"
    ],
    unless: ["{xHypothetical}|sunburn\\w*|(?:weeks|months|years) ago|healing|scar\\w*"]
  },
  {
    id: "triage.cardiac.heavy-arms-sweat",
    level: E,
    finding: "both arms heavy or aching with a cold sweat or breathlessness (a heart attack without chest pain)",
    all: [
      "(?:both|his|her|my) arms ~3 (?:heavy|ache|aching|achy|numb|weak|dead|tingl\\w*)|arms (?:feel|feels|felt) (?:heavy|like lead|dead)",
      "{sweat}|{sob}"
    ],
    unless: ["gym|workout|weights|lifting|exercis\\w*|training|push ups|climbing|swimming|carrying|{xHypothetical}"]
  },
  {
    id: "triage.cardiac.aortic-risk-sudden-pain",
    level: E,
    finding: "Marfan, Ehlers-Danlos or a known aneurysm with sudden severe chest, back or belly pain",
    all: [
      "marfan\\w*|ehlers danlos|aortic|aneurysm|aneurism",
      "sudden\\w*|severe|worst|tearing|ripping|torn|minutes ago|out of nowhere|excruciating",
      "{chest}|back|belly|stomach|abdomen|tummy|between (?:his|her|my) shoulder"
    ],
    unless: ["{xHypothetical}|screening|scan (?:was|is) (?:fine|normal|stable)"]
  },
  {
    id: "triage.cardiac.torn-in-half",
    level: E,
    finding: "chest or back pain like being torn or ripped apart (aortic dissection)",
    all: [
      "(?:like|as if) ~3 (?:torn|ripped|ripping|tearing|rip|tear) (?:in half|in two|apart|open)|(?:tearing|ripping) (?:pain|sensation|feeling)",
      "{chest}|back|between (?:his|her|my) shoulder"
    ],
    unless: ["muscle|gym|lifting|hamstring|tendon|ligament|nail|calf|knee|ankle|{xHypothetical}"]
  },
  {
    id: "triage.poison.mixed-cleaner-fumes",
    level: E,
    finding: "fumes from mixed bleach or cleaners with wheeze, tight chest or cough that will not stop",
    all: [
      "(?:bleach|ammonia|cleaner|cleaners|chemicals|products|vinegar|acid|lejia|cloro) ~6 (?:mix|mixed|mixing|together|combined|combining|mezcle|mezclado)|(?:mix|mixed|mixing|combined|combining|mezcle) ~6 (?:bleach|ammonia|cleaner|cleaners|chemicals|lejia|cloro)",
      "wheez\\w*|(?:chest|throat) ~4 (?:tight|tightness|burning|closing)|{cantBreathe}|{sob}|(?:cant|cannot) stop cough\\w*|cough\\w* ~4 (?:cant|wont|cannot) stop"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.bleeding.melena-shock",
    level: E,
    finding: "black, tarry or bloody stool with dizziness, breathlessness or pallor",
    all: [
      "(?:poo|poos|poop|stool|stools|bowel movement|bowel movements|motions|feces|faeces|heces|caca|popo) ~6 (?:black|tarry|tar|maroon|negro|negra|negras)|(?:black|tarry|maroon) ~2 (?:poo|poop|stool|stools|motions|heces)|melena|malaena|melaena",
      "$SHOCK|weak"
    ],
    unless: ["iron|ferrous|pepto|bismuth|blueberr\\w*|liquorice|licorice|beetroot|{xHypothetical}"]
  },
  {
    id: "triage.bleeding.vomit-blood-shock",
    level: E,
    finding: "blood in vomit with grey, cold, sleepy or faint signs",
    all: [
      "(?:sick|vomit\\w*|threw up|throwing up|throw up|puk\\w*|brought up|bringing up) ~6 (?:blood|bloody|coffee grounds)|blood in (?:it|the sick|the vomit|his sick|her sick)|(?:vomita|vomito|vomitando|vomitado) ~3 sangre",
      "$SHOCK"
    ],
    unless: ["streak\\w*|fleck\\w*|speck\\w*|nosebleed|nose bleed|{xHypothetical}"]
  },
  {
    id: "triage.bleeding.thinner-pressure-fails",
    level: E,
    finding: "a bleed on a blood thinner that pressure has not stopped for many minutes or with faintness",
    all: [
      "{thinner}|edoxaban|dabigatran|anticoagula\\w*",
      "cut|cuts|sliced|slice|gash\\w*|wound|bleed\\w*|blood|nose|finger|lacerat\\w*",
      "(?:wont|doesnt|isnt|will not|hasnt|not) ~2 stop\\w*|(?:gone|went|soaked|soaking|bled) through ~3 (?:towels|towel|cloths|bandages|dressings|pads|plasters|tissues|kitchen roll)",
      "{faint}|pale|clammy|{sweat}|(?:[1-9]\\d|an|half an|over an) (?:min|mins|minutes|hour|hours)"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.crisis.step-in-front",
    level: E,
    crisis: true,
    finding: "says they will step or jump in front of a train or traffic",
    all: [
      "(?:going to|gonna|about to|want to|wants to|wanna|will|plan to|planning to|threatening to|threatened to|thinking of|thinking about|told me|said|says) ~2 (?:step|walk|jump|throw (?:myself|himself|herself|themselves)|lie down|lay down|run) ~2 (?:in front of|under|onto|on) ~2 (?:the |a )?(?:next )?(?:train|tracks|bus|lorry|truck|traffic|car|cars|tube|tram)"
    ],
    unless: ["{xHypothetical}|(?:almost|nearly) ~3 (?:hit|ran over|run over)"]
  },
  {
    id: "triage.neuro.saddle-numbness",
    level: E,
    finding: "back pain with numbness between the legs or no feeling of bladder or bowel (cauda equina)",
    all: [
      "back|disc|discs|sciatica|spine|spinal|lumbar|both legs",
      "numb\\w* ~4 (?:between (?:my|his|her|the|their) legs|bum|bottom|buttock\\w*|backside|privates|groin|genitals|down below|saddle|inner thighs?|back passage|perineum|anus)|(?:cant|couldnt|cannot|unable to|not able to) ~2 feel ~5 (?:toilet paper|wiping|wipe|wiped|when i (?:need|needed) to|need to (?:wee|pee|poo|go)|(?:my|his|her) (?:bladder|bum|bottom|privates)|the urge|bowel|bladder)"
    ],
    unless: ["epidural|spinal (?:block|anaesthetic|anesthetic)|cycl\\w*|bike|bicycle|saddle sore|horse|pins and needles|{xHypothetical}"]
  },
  {
    id: "triage.neuro.back-bladder-legs",
    level: E,
    finding: "back trouble with new bladder or bowel loss and weak or numb legs (cauda equina)",
    all: [
      "back|disc|discs|sciatica|spine|spinal|lumbar",
      "(?:cant|cannot|unable to|couldnt|hasnt been able to) (?:pee|wee|urinate|pass urine|pass water) ~4 (?:at all|even though|despite|all day|since)|(?:accident|accidents) with (?:my|his|her) (?:bowels|bladder)|(?:wet|soiled) (?:myself|himself|herself) ~5 (?:without|didnt|not) ~2 (?:feeling|feel|know|noticing)|(?:lost|losing) control of (?:my|his|her) (?:bladder|bowels|bowel)|(?:didnt|did not|couldnt) feel ~3 (?:coming|it coming)",
      "(?:both|my|his|her) (?:legs|feet) ~4 (?:weak|numb|giving way|tingl\\w*|heavy|dead)|weak\\w* ~3 (?:legs|feet)|(?:goes|going|shoots|shooting|down) ~3 both legs"
    ],
    unless: ["epidural|{xHypothetical}"]
  },
  {
    id: "triage.child.sunken-soft-spot",
    level: E,
    finding: "a sunken soft spot with dryness, vomiting or drowsiness (severe dehydration)",
    all: [
      "(?:soft spot|fontanelle|fontanel|mollera) ~6 (?:sunken|sunk|dipped|dip|caved|hollow|sinking|hundida)",
      "dry|no tears|(?:no|not|hasnt|havent) ~3 (?:wet|wee|pee|urine)|sleepy|drowsy|floppy|vomit\\w*|diarrh\\w*|not feeding|wont feed"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.dehydration.dry-and-drowsy",
    level: E,
    finding: "vomiting or diarrhoea with no urine, sunken eyes or a dry tongue, and drowsiness",
    all: [
      "(?:no|not|hasnt|havent|hasnt had|not had) ~2 (?:wet nappy|wet nappies|wet diaper|wet diapers|wees|wee|pees|pee|passed water|passed urine|peed|weed|urinated)|(?:eyes|eye) ~3 sunken|sunken ~2 eyes|(?:tongue|mouth|lips) ~3 (?:dry|parched|cracked|like leather|leathery)|dry (?:mouth|tongue|lips)|no tears",
      "$SICK",
      "vomit\\w*|diarrh\\w*|tummy bug|stomach bug|being sick|runny (?:nappies|nappy|poos|poo)|gastro\\w*|throwing up|not drinking|wont drink"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.infant.fever-nearly-3-months",
    level: E,
    finding: "fever in a baby not yet 3 months old",
    all: [
      "(?:shell|hell|will|ll|going to|gonna|turns|turning|not yet|not quite|almost|nearly|under|younger than|less than) (?:be )?(?:3|2|1) (?:months|month|mo)",
      "(?:temp|temperature|fever) ~3 (?:3[89](?:\\.\\d)?|10[0-5](?:\\.\\d)?)|(?:has|got|running|with) (?:a )?(?:fever|temp|temperature|high temp)|burning up|feverish"
    ],
    unless: ["{xHypothetical}|(?:i|im|ive|my) (?:have|had|got|running|temperature|temp|fever) ~3 (?:temp|temperature|fever|3[89])"]
  },
  {
    id: "triage.sepsis.mottled-with-fever",
    level: E,
    finding: "blotchy, mottled or purple skin with a fever or after one",
    all: [
      "(?:knees|knee|legs|skin|feet|hands|arms|body|tummy|belly|chest) ~4 (?:blotchy|mottled|mottling|marbled|lacy|purple|purplish)",
      "temp|temperature|fever|febrile|shivering|rigors|shaking|infection|chemo\\w*|\\d\\d\\.\\d",
      "breathing fast|fast breathing|{sob}|cant stand|confused|drowsy|{faint}|never felt|like never before|worst|dropped|collapsed|cold|ill"
    ],
    unless: ["{xHypothetical}|chilblain\\w*|livedo|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.breathing.reliever-every-few-minutes",
    level: E,
    finding: "needing the reliever inhaler every few minutes",
    all: [
      "(?:puffer|inhaler|ventolin|albuterol|salbutamol|reliever|nebuli[sz]er|neb|nebs|inhalador) ~6 (?:every|each|cada) (?:[1-9]|[1-3]\\d|few|couple of) (?:min|mins|minutes|minutos)|(?:every|each) (?:[1-9]|[1-3]\\d) (?:min|mins|minutes) ~6 (?:puffer|inhaler|ventolin|albuterol|salbutamol|reliever|puffs|neb|nebs)|(?:[2-9]\\d) puffs"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.breathing.peak-flow-low",
    level: E,
    finding: "a peak flow far below normal with breathlessness lying down, talking or frequent reliever use",
    all: [
      "peak flow|peak flows|pefr",
      "(?:normally|usually|normal is|best is|usual is|best) ~2 \\d+|(?:half|less than half|under half|a third) (?:of )?(?:my|his|her|normal|usual|best)",
      "(?:cant|cannot|unable to) (?:lie|lay) (?:down|flat)|(?:cant|cannot|struggling to) (?:talk|speak|finish)|(?:every|each) \\d+ (?:min|mins|minutes)|drowsy|exhausted|blue(?! (?:inhaler|inhalers|puffer|puffers|reliever|one|pump))|grey|gray|{cantBreathe}"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.breathing.silent-chest",
    level: E,
    finding: "an asthma attack where the wheeze has gone quiet, with tiredness or drowsiness (silent chest)",
    all: [
      "asthma\\w*|inhaler|puffer|wheez\\w*|attack",
      "(?:quiet|silent) chest|chest (?:is |has gone |went |sounds |gone )?(?:quiet|silent)|(?:wheez\\w*) ~3 (?:stopped|gone quiet|went quiet|gone away|went away|disappeared)|(?:cant|cannot) hear (?:any |the |her |his )?(?:wheez\\w*|breath sounds|air)",
      "drowsy|sleepy|tired|exhausted|confused|floppy|(?:cant|cannot) (?:talk|speak)|blue|grey|gray|{sob}|struggling|barely"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.trauma.alkali-eye",
    level: E,
    finding: "drain cleaner, cement, lime or another caustic splashed in the eye",
    all: [
      "drain (?:unblocker|cleaner|opener)|unblocker|oven cleaner|cement|concrete|mortar|lime|quicklime|plaster|caustic|lye|ammonia|bleach|acid|alkali\\w*|dishwasher (?:tablet|powder|detergent|liquid|pod)|oven spray|descaler|chlorine|lejia|cloro|cal viva",
      "(?:in|into) (?:my|his|her|their|both|the|your|one|an) ~1 (?:eye|eyes|ojo|ojos)|(?:eye|eyes) ~6 (?:splash\\w*|sprayed|squirted)|splash\\w* ~4 (?:eye|eyes)",
      "red|burn\\w*|sting\\w*|pain\\w*|hurt\\w*|cant see|vision|visions|blur\\w*|milky|cloudy|white|foggy|water\\w*|rins\\w*|arde|duele"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|lime juice|key lime|lime green|acid reflux|citric|amino acid|hyaluronic|salicylic|glycolic", "(?:eye|eyes) ~3 fine (?:today|now)|seeing normally"]
  },
  {
    id: "triage.drowning.pulled-out-not-right",
    level: E,
    finding: "someone pulled from water who is not responding normally, drowsy, cold or breathing oddly",
    all: [
      "(?:went|go|goes|gone|going|was|been) under (?:the )?water|(?:pulled|pull|dragged|fished|got|lifted|carried) ~3 out of (?:the )?(?:water|lake|pool|river|sea|bath|bathtub|pond|canal|ocean|surf)|(?:pulled|pull|dragged|fished) (?:him|her|them) out|face down in (?:the )?(?:water|pool|bath|pond)|nearly drown\\w*|almost drown\\w*|submerged",
      "(?:not|no|isnt|wont|doesnt|cant) ~2 (?:answer\\w*|respond\\w*|talk\\w*|wak\\w*|speak\\w*)|drowsy|confused|sleepy|vomit\\w*|{cantBreathe}|{unconscious}|eyes half|(?:very|really|ice|freezing) cold|foam\\w*|froth\\w*|breathing (?:fast|funny|weird|hard|strange)|{sob}|cough\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.diabetes.pear-drop-breath",
    level: E,
    finding: "breath smelling of pear drops or nail polish with vomiting, drowsiness or deep breathing (DKA)",
    all: [
      "breath ~4 (?:smells|smell|smelling|smelt|smelled) ~4 (?:pear drops|pear|fruity|sweet|nail polish|acetone|nail varnish)|(?:fruity|sweet|pear drop|acetone) ~2 (?:breath|smelling breath)",
      "drowsy|sleepy|vomit\\w*|being sick|sick|tummy|stomach|belly|abdominal|breathing ~3 (?:deep|fast|heavy|hard|weird)|confused|{sob}|thirst\\w*|diabet\\w*"
    ],
    unless: ["{xHypothetical}|keto|ketogenic|low carb|fasting|diet"]
  },
  {
    id: "triage.breathing.croup-retractions-es",
    level: E,
    finding: "a child whose neck or ribs suck in with each breath, or who makes a loud noise breathing and is pale (Spanish)",
    notNegatable: true,
    all: [
      "(?:se le |se )?hunde\\w* ~4 (?:el |la |las |los )?(?:cuello|costillas|pecho|garganta|panza|barriga|estomago|piel)|(?:cuello|costillas|pecho|garganta|panza) ~3 se (?:le )?hunde\\w*|tiraje|ruido ~5 (?:cuando|al) respira\\w* ~8 (?:palid\\w*|morad\\w*|azul\\w*|babea\\w*)",
      "respira\\w*|aire|ahog\\w*|ruido|silb\\w*"
    ],
    unless: ["{xHypothetical}|(?:hace|desde hace) ~2 (?:meses|anos|semanas)"]
  },
  {
    id: "triage.cardiac.same-as-before-stent",
    level: E,
    finding: "chest pain like the one before a stent, bypass or heart attack",
    all: [
      "stent|stents|bypass|angioplasty|cabg|heart attack|infarto",
      "(?:same|identical) (?:as|like|pain|feeling)|(?:same|identical) ~3 (?:last time|that time|before|then)|just like (?:last time|that time|before|when i had|my heart attack)|feels like (?:last time|that time|my last heart attack|my heart attack|before)|like (?:last time|that time)",
      "{chest}"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.seizure.first-stiff-jerking",
    level: E,
    finding: "went stiff and jerked or twitched, for the first time or without waking after",
    all: [
      "(?:went|gone|go|goes|going|suddenly|body) (?:all )?(?:stiff|rigid)|stiffened|(?:stiff|rigid) and (?:started |then )?(?:shak\\w*|twitch\\w*|jerk\\w*|convuls\\w*)",
      "twitch\\w*|jerk\\w*|shak\\w*|convuls\\w*|fitting|seiz\\w*|eyes rolled|foam\\w*",
      "never (?:done|had|happened) ~3 (?:this|that|before|one)|first (?:time|ever|one)|(?:not|no|isnt|wont|doesnt) ~2 (?:answer\\w*|respond\\w*|wak\\w*|com\\w* round|talk\\w*)|{unconscious}|{blue}|still (?:going|shaking|jerking|twitching)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|yesterday|last night|back to (?:normal|herself|himself|themselves)|(?:fine|normal|ok|okay|well) (?:now|today|since)"]
  },
  {
    id: "triage.stroke.hand-stopped-working",
    level: E,
    finding: "a hand or arm that suddenly stops working, with blankness or trouble speaking",
    all: [
      "(?:hand|arm|side) ~2 (?:just |suddenly )?(?:stopped working|gone dead|went dead|wont work|isnt working|not working|gone limp|went limp|gone floppy|went floppy|useless)",
      "sudden\\w*|all of a sudden|out of nowhere|just now|minutes ago|(?:dropped|drops) (?:the|her|his|my) ~1 (?:spoon|cup|fork|mug|glass|pen|phone|knife|plate|tea|coffee)|blank\\w*|(?:cant|cannot|couldnt|unable to) (?:answer|speak|talk)|{slurred}|confused"
    ],
    unless: ["slept on|sleeping on|lay on|lying on|pins and needles|funny bone|cast|sling|carpal|tennis elbow|gym|workout|lifting|cuff|tourniquet|{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.stroke.sudden-loss-of-understanding",
    level: E,
    finding: "sudden loss of understanding or of the right words, or not recognising everyday things",
    all: [
      "(?:stopped|cant|cannot|doesnt|isnt|couldnt) ~2 understand\\w* ~4 (?:anything|what (?:we|i|you|anyone|people) (?:say|said|are saying)|a word|words)|(?:answering|answers|saying|says) ~3 (?:the )?wrong (?:things|answers|words)|(?:talking|speaking) (?:nonsense|gibberish)|(?:didnt|doesnt|couldnt|cant|did not) (?:recogni[sz]e|know what) ~3 (?:the |a |her |his )?(?:kettle|cup|spoon|fork|phone|remote|toothbrush|keys|pen|glass|clock|car|tv|door)|(?:calling|called|calls) (?:me|us|him|her) ~2 (?:by )?(?:the wrong|(?:her|his|my) (?:late|dead))",
      "sudden\\w*|all of a sudden|out of nowhere|(?:started|began|came on) ~4 (?:lunchtime|this morning|this afternoon|this evening|an hour|\\d+ (?:min|mins|minutes|hours|hour)|today|just now|at \\d+)|(?:was|she was|he was) (?:fine|normal|sharp|ok|okay|herself|himself|perfectly fine|completely fine) ~4 (?:this morning|earlier|yesterday|an hour ago|at lunch|last night)|(?:completely|totally) unlike (?:her|him)|(?:left|right) (?:hand|arm|leg|side) ~4 (?:clumsy|weak|heavy|numb|useless|not working)|(?:hand|arm|leg) ~3 clumsy"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|for (?:weeks|months|years)"]
  },
  {
    id: "triage.clot.sudden-breathless-after-surgery",
    level: E,
    finding: "sudden breathlessness after an operation (a clot in the lung), also in Spanish",
    all: [
      "(?:me|le|nos|la|lo) operaron|operacion|cirugia|operado|operada|cesarea|surgery|operation|knee replacement|hip replacement|c section|csection",
      "de repente|repentin\\w*|sudden\\w*|all of a sudden|out of nowhere",
      "(?:falta|faltando) ~2 (?:el )?aire|me ahogo|{sob}|{cantBreathe}|(?:corazon|heart) ~4 (?:late|racing|pounding|rapid\\w*|acelerad\\w*)"
    ],
    unless: ["{xHypothetical}|(?:years|months) ago|(?:hace|desde hace) ~2 (?:anos|meses)"]
  },
  {
    id: "triage.crisis.engine-running-garage",
    level: E,
    crisis: true,
    finding: "shut in a garage with a car engine running",
    all: [
      "garage|shed|carport|cochera|garaje",
      "(?:car|engine|motor|exhaust|generator|van|truck) ~3 (?:running|idling|going)|(?:hear|heard) ~3 (?:the )?(?:car|engine|motor)|(?:motor|carro|coche) ~2 (?:encendido|prendido)",
      "note|low|depress\\w*|locked|suicid\\w*|not answering|wont answer|goodbye|hose|pipe|shut (?:herself|himself|themselves|myself) in|wont come out|nota|encerr\\w*"
    ],
    unless: ["warming up|warm up|mechanic|fixing|working on|tuning|door (?:is |was )?open|open door|ventilat\\w*|{xHypothetical}"]
  },
  {
    id: "triage.child.magnet-battery-swallowed",
    level: E,
    finding: "swallowed magnets or a button battery, even without symptoms",
    all: [
      "(?:swallow\\w*|ate|eaten|gulped|inhaled|(?:might|may|could) have (?:eaten|swallowed|had)) ~6 (?:magnetic|magnets|(?:\\d+|two|several|some|few|couple of) ~2 magnet\\w*|button batter\\w*|coin (?:cell|batter\\w*)|(?:watch|hearing aid|disc|disk|lithium|remote|key fob|calculator|small|little) batter\\w*|batteries|battery|buckyballs|magnet balls|imanes|iman|pila de boton|pilas de boton|pila)|(?:magnetic|magnets|magnet|button batter\\w*|battery|batteries|imanes|pila) ~6 (?:swallow\\w*|down (?:his|her|my|their) throat|in (?:his|her|my|their) (?:tummy|stomach|mouth)|se (?:lo |la |los |las )?trago|se (?:lo |la |los |las )?comio)"
    ],
    unless: ["{xHypothetical}|came out|pooped out|passed (?:it|them)|(?:weeks|months|years) ago|phone battery|battery (?:died|dead|life|low)"]
  },
  {
    id: "triage.rash.bruise-like-spots-fever",
    level: E,
    finding: "spots like little bruises or pinpricks with fever or drowsiness (non-blanching rash)",
    all: [
      "(?:spots|rash|marks|dots|blotches|specks) ~8 (?:like|look like|looks like|looking like) ~3 (?:bruises|bruising|bruise|blood spots|pin pricks|pinpricks|blood under the skin)|(?:dont|doesnt|wont|not|didnt) ~2 (?:fade|go away|disappear|blanch) ~5 (?:glass|press\\w*|tumbler)|glass test|purpur\\w*|petechi\\w*|non blanching|nonblanching|(?:purple|dark red|maroon) (?:spots|dots|rash|pinpricks)",
      "fever|burning up|temp|temperature|febrile|drowsy|sleepy|floppy|unwell|poorly|vomit\\w*|headache|stiff neck|\\d\\d\\.\\d"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.bite.snake-any",
    level: E,
    finding: "a snake bite or strike with marks, pain or symptoms",
    all: [
      "snake|snakes|serpiente|vibora|culebra|adder|taipan|rattler|rattlesnake|cobra|viper|copperhead|cottonmouth|moccasin",
      "(?:puncture|fang) ~2 (?:marks|mark|wounds|holes)|(?:two|2) (?:little |small |tiny )?(?:marks|holes|punctures|dots)|bit|bite|bitten|bites|struck|sting|stung|nipped|mordio|mordida|picadura|pico"
    ],
    unless: ["(?:my|our|his|her|pet) (?:python|corn snake|ball python|king snake|pet snake|snake)|(?:grass|garden|rat|corn) snake|zoo|(?:dead|rubber|toy|plastic) snake|shed skin|dream\\w*|(?:months|years|weeks) ago|{xHypothetical}|snake plant|snake oil|snakes and ladders"]
  },
  {
    id: "triage.child.heart-bp-tablets",
    level: E,
    finding: "a child who may have swallowed heart, blood pressure, diabetes or other adult tablets",
    all: [
      "toddler|baby|\\d+ (?:year|yr|month|years|months|yrs) old|\\d+ (?:yo|y o|yr|mo)|son|daughter|kid|child|little one|grandson|granddaughter|boy|girl|nephew|niece",
      "(?:might|may|could|must|possibly|probably) have (?:eaten|swallowed|taken|had|chewed|got into)|(?:got into|ate|swallowed|chewed|eaten|found chewing) ~8 (?:tablets|pills|meds|medication|medicine|capsules|patches|patch)",
      "(?:heart|blood pressure|bp|diabetes|diabetic|sugar|sleeping|sleep|pain|nerve|seizure|epilepsy|antidepressant|anxiety|adhd|thyroid|water|opioid|methadone|fentanyl) (?:tablets|pills|meds|medication|medicine|capsules|patches|patch)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago"]
  }
];
for (const rule of M_RULES) {
  const unless = [...(rule.unless ?? []), ...(askable(rule) ? [ASKING] : [])];
  MORE_TRIAGE_RULES.push({
    ...rule,
    all: rule.all.map((p) => expandLocal(M_REPLACE(p))),
    ...(unless.length > 0 ? { unless: unless.map((p) => expandLocal(M_REPLACE(p))) } : {})
  });
}

// triage-n: emergencies described only by their effects (concepts from set n, tested in other
// wording): stroke seen as drink dribbling from one side of the mouth or speech "like he's drunk"; a
// collapse or chest tightness with a grey, sweaty look; a bulging soft spot; a curtain over the
// vision; a pulsing lump in the belly; pink froth with breathlessness; a wound that splits with
// something showing; a limb bent where it should not bend; a limb swollen tight with numbness after an
// injury; repeated questions after a fall; a blow to a pregnant belly with pain or bleeding; a belly
// blow (handlebars) with pallor; vomiting red with pallor; green vomit in a baby; a load of pills; a
// scald with skin coming off; no wind with vomiting and a swollen belly; a choke with noisy breathing
// after; a ligature in hand with a silent teen; stiff neck with light hurting or confusion; a sudden
// change of mind with fever or hallucinations in an older person; a funnel-web-like spider with
// tingling or sweating; caustic drain cleaner swallowed (Spanish too).
const N_RULES: TriageRuleSpec[] = [
  {
    id: "triage.stroke.mouth-one-side",
    level: E,
    finding: "drink dribbling from one side of the mouth or speech that sounds drunk without drink",
    all: [
      "(?:dribbl\\w*|drool\\w*|leak\\w*|spill\\w*|run|runs|running|ran|drip\\w*|trickl\\w*|escap\\w*|pour\\w*|falls|falling|coming|comes|came) ~3 (?:out of|from|down) ~1 (?:one side|the side|the corner|one corner|the left|the right|left side|right side) ~3 (?:mouth|lip|lips)|(?:one side|corner) of (?:his|her|my|their|the) mouth ~4 (?:dribbl\\w*|drool\\w*|leak\\w*|droop\\w*|sag\\w*|down)|(?:sounds|sound|sounded|talking|talks|talk|speech|speaking|slurring) ~3 like (?:hes|shes|he is|she is|im|i am|he was|she was|they are|someone)? ?(?:drunk|had a few|been drinking|wasted)"
    ],
    unless: ["(?<!like )(?:he|she|i) (?:is|was|has been|had been|got|get) (?:drinking|drunk)|(?<!like )(?:hes|shes|im) (?:drunk|been drinking)|(?:pints|beers|wine|vodka|shots|alcohol|drinks) ~4 (?:last night|tonight|earlier)|dentist|dental|novocaine|numbing|anaesthetic|anesthetic|filling|lidocaine"]
  },
  {
    id: "triage.cardiac.tight-grey-sweaty",
    level: E,
    finding: "chest tight or heavy with a grey or sweaty look, or after a collapse",
    all: [
      "chest ~8 (?:tight|tightness|band|pressure|heavy|heaviness|squeez\\w*|crush\\w*|vice|weight)|(?:tight|band|pressure|heavy|squeez\\w*|crush\\w*|vice|weight) ~4 (?:chest|round (?:him|her|me))",
      "grey|gray|ashen|sweating|sweaty|clammy|cold sweat|drenched|pouring with sweat|(?:collapsed|slumped|passed out|fainted|blacked out|came round|came to|on the floor)"
    ],
    unless: ["{xHypothetical}|for (?:weeks|months|years)|anxiety attack|panic attack|when i (?:run|exercise|climb)|after (?:the|my|a) (?:gym|workout|run)"]
  },
  {
    id: "triage.infant.soft-spot-raised",
    level: E,
    finding: "a bulging soft spot in a baby",
    all: ["(?:soft spot|fontanelle|fontanel|fontanella|mollera) ~5 (?:bulg\\w*|swollen|swelling|raised|puff\\w*|tense|tight|sticking up|pushing up|popping up|domed|abultad\\w*)|(?:bulg\\w*|swollen|raised|tense|tight) (?:soft spot|fontanelle|fontanel)"]
  },
  {
    id: "triage.eye.curtain-over-vision",
    level: E,
    finding: "a curtain or shadow coming over the vision",
    all: [
      "(?:curtain|veil|shadow|blind|shade|black cloud|dark cloud|wall) ~6 (?:came|coming|come|comes|dropped|dropping|drawn|pulled|moving|moved|creeping|spreading|over|across|down|up) ~6 (?:vision|eye|sight|seeing|see)|(?:vision|sight) ~6 (?:curtain|veil|shadow|blind being (?:pulled|drawn))"
    ],
    // flashes and floaters with the curtain or shadow denied: same-day eye check (triage-ar)
    unless: ["(?:flashes|floaters) ~~30 (?:no|without|not any) (?:a |any )?(?:shadow|curtain|veil)"]
  },
  {
    id: "triage.cardiac.pulsing-belly-lump",
    level: E,
    finding: "a throbbing lump in the belly, or belly pain through to the back with faintness",
    all: [
      "(?:throbbing|pulsing|pulsating|beating|pounding|pulsatile) (?:lump|mass|bulge|swelling) ~6 (?:belly|tummy|stomach|abdomen|gut)|(?:belly|tummy|stomach|abdomen) ~4 (?:throbbing|pulsing|pulsating|beating|pounding) (?:lump|mass|bulge)|(?:sudden|suddenly|severe|bad|terrible|tearing|ripping) ~4 pain ~4 (?:belly|tummy|stomach|abdomen) ~3 (?:through|into|to) ~2 (?:my|his|her|the)? ?back ~~10 (?:pass out|faint\\w*|collaps\\w*|dizzy|lightheaded|grey|gray|clammy)"
    ]
  },
  {
    id: "triage.breathing.froth-or-cannot-lie-flat",
    level: E,
    finding: "pink froth coughed up, or breathless and unable to lie flat with swollen legs",
    all: [
      "(?:pink|pinkish|pink tinged|blood tinged) ~2 (?:froth\\w*|foam\\w*|spit|sputum|phlegm|bubbles)|(?:froth\\w*|foam\\w*) ~2 (?:pink|pinkish)|(?:breathless\\w*|out of breath|short of breath|cant breathe|cannot breathe|struggling to breathe) ~~10 (?:cant|cannot|can not|unable to|not able to) (?:lie|lay) (?:flat|down) ~~10 (?:sat up|sit up|sitting up|chair|all night|whole night|legs|ankles)"
 
    ],
    // triage-ap: a little pink in the spit after a tooth was taken out is blood from the socket
    unless: ["(?:tooth|teeth|wisdom|extraction|extracted|dentist|dental|socket) ~~10 pink"]
  },
  {
    id: "triage.wound.split-something-showing",
    level: E,
    finding: "a wound or incision split open with something poking out",
    all: [
      "(?:cut|wound|incision|scar|stitches|staples|section|c section|operation|surgery) ~~10 (?:split|burst|opened|came apart|come apart|popped open|gaping|pulled apart) ~~10 (?:poking|sticking|coming|bulging|hanging|pushing|showing) (?:out|through)|(?:poking|sticking|bulging|hanging) out (?:of|from|through) (?:the|my|his|her) (?:cut|wound|incision|scar|stitches)"
    ]
  },
  {
    id: "triage.trauma.limb-bent-wrong",
    level: E,
    finding: "a limb bent where it should not bend",
    all: [
      "(?:arm|forearm|leg|shin|thigh|wrist|ankle|elbow|knee|bone) ~6 (?:bend|bent|kink|angle|crooked|bowed|zigzag|s shape|wrong way|wrong direction|facing backwards|pointing the wrong way) ~6 (?:shouldnt|should not|not supposed|isnt supposed|wrong|never|normal)|(?:bend|bent|kink|angle) (?:in|halfway up|halfway down|in the middle of) (?:his|her|my|the) (?:arm|forearm|leg|shin|thigh)|(?:arm|leg|wrist|ankle) ~3 (?:pointing|facing|bent) ~2 (?:the wrong way|the wrong direction|backwards|sideways)"
    ],
    unless: ["{xHypothetical}|double jointed|hypermobil\\w*|always been|since birth|born with"]
  },
  {
    id: "triage.trauma.tight-limb-numb",
    level: E,
    finding: "a limb swollen tight after an injury with pain getting worse and numbness",
    all: [
      "(?:shin|calf|leg|forearm|arm|thigh|foot|hand) ~4 (?:swollen|swelling|puffed up) ~3 (?:and )?(?:tight|hard|tense|shiny|rock hard)|(?:tight|tense|rock hard) ~3 (?:swollen|swelling)",
      "(?:pain|hurts|hurting|agony) ~6 (?:worse|getting worse|keeps getting|unbearable|out of proportion|even (?:lying|resting|when still|at rest))",
      "numb\\w*|tingl\\w*|pins and needles|cant feel|cannot feel|dead feeling|going cold|gone cold|pale"
    ]
  },
  {
    id: "triage.head.repeats-questions",
    level: E,
    finding: "keeps asking the same questions after a fall or a blow",
    all: [
      "(?:fell|fall|falling|came off|knocked|hit|bang\\w*|crash\\w*|landed|tripped|slipped) ",
      "(?:keeps|kept|keep|repeatedly|over and over) ~2 (?:asking|repeating|saying) ~8 (?:same|what happened|what day|where (?:he|she|we|i) (?:is|am|are|was)|how (?:he|she|we|i) got|again|over and over|times)|(?:asked|asking|said) ~6 (?:\\d+ times|five times|ten times|over and over|again and again|same (?:words|thing|question))|(?:cant|doesnt|does not|cannot|dont) remember ~4 (?:what happened|the fall|falling|the accident|hitting|how (?:he|she|i) got)"
    ],
    unless: ["{xHypothetical}|dementia|alzheimer\\w*|always (?:asks|repeats)|for (?:months|years)"]
  },
  {
    id: "triage.pregnancy.blow-to-bump",
    level: E,
    finding: "a fall or blow onto a pregnant belly with pain, bleeding or less movement",
    all: [
      "(?:pregnant|weeks|bump|embarazada)",
      "(?:fell|fall|tripped|slipped|crash\\w*|hit|kicked|punched|accident|landed|thrown) ~8 (?:bump|belly|tummy|stomach|abdomen|stairs|front)|(?:car|motor|road) (?:accident|crash)",
      "bleed\\w*|blood|spotting|pain|cramp\\w*|contractions|hard|tight|not moving|stopped moving|less movement|fluid|waters"
    ],
    unless: ["{xHypothetical}|last (?:month|year)|(?:months|years) ago|with my (?:first|last|older|son|daughter)|no (?:pain|bleeding) ~3 no"]
  },
  {
    id: "triage.trauma.belly-blow-pale",
    level: E,
    finding: "a blow to the belly (handlebars, a kick, a fall) with pallor, faintness or worsening pain",
    all: [
      "handlebar\\w*|(?:kicked|punched|hit|jabbed|winded|rammed|landed|speared|kneed|elbowed|fell) ~4 (?:in|on|into) ~2 (?:the|his|her|my) (?:stomach|belly|tummy|abdomen|side|ribs)",
      "(?:pale|white as a sheet|grey|gray|faint\\w*|dizzy|lightheaded|clammy|going to pass out|passed out)"
    ],
    unless: ["{xHypothetical}|last (?:week|month|year)|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.bleeding.vomit-red-pale",
    level: E,
    finding: "vomiting red or coffee grounds with pallor, faintness or drowsiness",
    all: [
      "(?:throwing up|threw up|vomit\\w*|puk\\w*|sick|bringing up|brought up|retching) ~4 (?:red|bright red|blood|bloody|coffee grounds|dark red|clots)",
      "(?:pale|white|grey|gray|quiet|faint\\w*|dizzy|lightheaded|drowsy|sleepy|confused|clammy|cold|loads|lots|a lot|cup|cupful|bowl|bucket)"
    ],
    unless: ["{xHypothetical}|red (?:wine|jelly|jello|gatorade|drink|juice|sweets|candy|food colou?ring|popsicle|ice lolly|sauce|beet\\w*|beetroot|kool aid|powerade|slushie|frosting|icing)|beet\\w*|beetroot|tomato|strawberr\\w*|raspberr\\w*|cherry|cherries|ketchup|last (?:week|month|year)"]
  },
  {
    id: "triage.infant.green-sick",
    level: E,
    finding: "a baby bringing up green",
    all: [
      "{xNewborn}|\\d+ (?:weeks|week|wk|wks|days|day) old|\\d+ (?:weeks|days)|newborn",
      "(?:sick|vomit\\w*|throw\\w* up|threw up|puk\\w*|spit\\w* up|brought up|bringing up) ~~8 (?:green|greenish|bile|bilious|dark green|bright green)|(?:green|greenish) (?:sick|vomit|puke|spit up)"
    ],
    // (triage-as) "cough for 3 weeks, now bringing up green stuff, 68 years old": green phlegm coughed
    // up by an adult is a chest infection, not a baby vomiting bile ("3 weeks" is how long, not an age)
    unless: ["{xHypothetical}|green (?:poo|poop|stool|stools|nappy|nappies|diaper|diapers|snot|mucus|bogeys)|spinach|peas|broccoli|puree|kale|formula change", "phlegm|sputum|catarrh|cough\\w* ~3 (?:for|since) ~3 (?:weeks|days)|(?:[2-9]\\d|1[3-9]) (?:years|yrs|year) old|smoker"]
  },
  {
    id: "triage.poisoning.load-of-pills",
    level: E,
    finding: "took a load of their pills",
    all: [
      "(?:took|taken|swallowed|downed|necked|had) ~2 (?:a load|loads|a lot|lots|a heap|heaps|a pile|a stack|a bunch|a handful|a fistful|half|all|most|the lot|the whole|the rest|a whole|the entire|an entire) (?:of )?(?:my |his |her |their |the |mums |mams |dads |moms )?(?:\\w+ )?(?:pills|tablets|tabs|meds|medication|medicine|antidepressants|painkillers|sleeping pills|capsules|paracetamol|tylenol|ibuprofen|insulin|box|packet|pack|bottle|strip)"
    ],
    unless: ["{xHypothetical}|over (?:the|a) (?:day|week|month|year)|(?:per|a|each|every) day|daily|vitamins|as prescribed|prescription|refill|course|antibiotics|(?:weeks|months|years) ago|last (?:week|month|year)|is it (?:ok|safe|normal)|can i take"]
  },
  {
    id: "triage.burn.skin-coming-off",
    level: E,
    finding: "a scald or burn with skin coming off",
    all: [
      "scald\\w*|burn\\w*|boiled|boiling|just boiled|hot (?:water|tea|coffee|oil|fat|soup|kettle)|kettle|tea|coffee|fire|flames",
      "skin ~4 (?:coming off|came off|peeling off|sliding off|slid off|falling off|hanging off|lifting off|in sheets)|(?:coming off|peeling off|peeling away|came away) in (?:sheets|strips|layers)"
    ],
    unless: ["{xHypothetical}|sunburn\\w*|sun burn\\w*|days ago|last (?:week|month)|healing|heals|peeling after"]
  },
  {
    id: "triage.belly.no-wind-vomit-swollen",
    level: E,
    finding: "no wind or bowel movement with vomiting and a swollen belly",
    all: [
      "(?:not|hasnt|havent|hasn t|no|cant|cannot|unable to|wont|without) ~4 (?:passed wind|pass wind|passing wind|farted|fart|farting|passed gas|pass gas|passing gas|wind|pooed|pooped|poo|poop|bowel movement|opened (?:his|her|my) bowels|been to the toilet|gone to the toilet|had a poo)",
      "vomit\\w*|throwing up|threw up|being sick|sick all|puk\\w*",
      "(?:swollen|swelling|swelled|bloated|distended|balloon|huge|tight|drum)"
    ],
    unless: ["{xHypothetical}"],
    notNegatable: true
  },
  {
    id: "triage.breathing.after-choke-noisy",
    level: E,
    finding: "noisy breathing or coughing that goes on after a choke",
    all: [
      "chok\\w*|went down the wrong way|inhaled|breathed in",
      "(?:whistl\\w*|wheez\\w*|noisy (?:breathing|breath)|stridor|squeak\\w*|crowing|rattl\\w*|still coughing|keeps coughing|coughing and coughing|wont stop coughing|hasnt stopped coughing|cant stop coughing)"
    ],
    unless: ["{xHypothetical}|(?:days|weeks|months|years) ago|last (?:week|month|year)|asthma ~3 (?:for|since)"]
  },
  {
    id: "triage.crisis.ligature-in-hand-silent",
    level: E,
    crisis: true,
    finding: "sitting with a belt, rope or cord in hand and not talking",
    all: [
      "(?:belt|rope|cord|cable|noose|ligature|dog lead|leash|scarf|tie|extension cord|charger cable) ~4 (?:in (?:his|her|their|my) (?:hands|hand|lap)|round (?:his|her|their|my) neck|around (?:his|her|their|my) neck)|(?:holding|clutching|gripping) (?:a |the |his |her )?(?:belt|rope|cord|noose|ligature|dog lead|leash)",
      "(?:wont|will not|isnt|is not|not|doesnt|refuses to|cant get him to|cant get her to) ~2 (?:talk\\w*|speak\\w*|respond\\w*|answer\\w*|look at|come out|open)|staring|locked|crying|silent|blank"
    ],
    unless: ["{xHypothetical}|karate|judo|martial|taekwondo|costume|dressing up|outfit|trousers|pants|jeans|workout|yoga|skipping|jump rope|tug of war"],
    notNegatable: true
  },
  {
    id: "triage.infection.stiff-neck-light",
    level: E,
    finding: "a stiff neck with light hurting, confusion or drowsiness",
    all: [
      "(?:stiff|rigid) ~2 neck|neck ~3 (?:is|feels|went|gone|really|so|very)? ?(?:stiff|rigid)|cant (?:bend|touch|put|get) (?:his|her|my) (?:chin|head) ~3 (?:chest|down)",
      "(?:cant|cannot|can not|couldnt) (?:stand|bear|handle|take|look at|tolerate) (?:the )?(?:light|lights|brightness|sun)|light ~3 (?:hurts|hurting|bothers|bothering|painful|unbearable)|not (?:really )?making sense|confus\\w*|drowsy|hard to wake|not himself|not herself|rash|purple spots|delirious|rambling"
    ],
    // a migraine the writer knows ("my usual migraine") is their own pattern, not meningitis
    unless: ["{xHypothetical}|slept (?:funny|wrong|awkwardly)|whiplash|gym|pulled a muscle|for (?:weeks|months|years)", "(?:my|his|her|their) (?:usual|normal|regular|typical|same old) (?:migraine|migraines|headache|headaches)|like (?:my|his|her|their) (?:usual|normal|other|regular) (?:migraine|migraines|ones)"]
  },
  {
    id: "triage.neuro.older-sudden-muddled",
    level: E,
    finding: "an older person suddenly not knowing people or seeing people who are not there, with fever or a sudden change",
    all: [
      "(?:asked|asking|asks|doesnt know|didnt know|doesnt recogni[sz]e|didnt recogni[sz]e|not recogni[sz]ing|forgot) ~3 (?:who (?:i|we) (?:was|am|are|were)|(?:me|us|her own|his own|my mum|my dad))|(?:talking to|seeing|sees|saw|waving at) ~3 (?:someone|somebody|people|things|a man|a woman|children|kids|animals) ~8 (?:not there|isnt there|wasnt there|arent there|werent there|nobody|no one)|calling ~4 by (?:her|his|the wrong|someone elses|another) ~2 name",
      "hot to touch|hot to the touch|burning up|fever\\w*|temperature|temp|suddenly|tonight|today|this evening|yesterday|so unlike|not like (?:her|him)|normally (?:really |very )?(?:sharp|with it|on the ball)|usually (?:really |very )?(?:sharp|with it)|totally normal|completely normal|was fine"
    ],
    unless: ["{xHypothetical}|dementia|alzheimer\\w*|for (?:months|years|a while)|over the (?:last|past) (?:few )?(?:months|years)|movie|film|novel|dream|dreamt|dreaming|baby|toddler|imaginary friend"]
  },
  {
    id: "triage.bite.spider-systemic",
    level: E,
    finding: "a spider bite with tingling, sweating, twitching or cramps",
    all: [
      "spider|funnel web|funnelweb|redback|red back|black widow|arana|viuda negra",
      "(?:tingl\\w*|sweat\\w*|twitch\\w*|cramp\\w*|drool\\w*|numb (?:lips|mouth|tongue)|muscle spasms|spasms|vomit\\w*)"
    ],
    unless: ["{xHypothetical}|spider veins|spider vein|spider naevus|spider angioma|spider man|spiderman|(?:days|weeks|months|years) ago|last (?:week|month|year)|afraid of spiders|scared of spiders|phobia"]
  },
  {
    id: "triage.poisoning.caustic-drunk",
    level: E,
    finding: "drain cleaner, caustic soda or bleach swallowed",
    all: [
      "(?:drain cleaner|drain opener|caustic soda|lye|oven cleaner|destapa\\w*|destapar ~2 (?:canerias|canos|caneria|tuberias|desague)|sosa caustica|soda caustica|lejia|cloro|acido|bleach)",
      "(?:swallowed|drank|drunk|sip|sipped|gulp\\w*|mouthful|tomo|se tomo|bebio|trago|se trago|un trago|probo)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|fumes|smell|skin|splash\\w* (?:on|in)"]
  }
];

MORE_TRIAGE_RULES.push(...N_RULES.map((rule) => {
  const unless = [...(rule.unless ?? []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

// A bleed that stopped and now spurts or pours again ("it stopped after 20 minutes but now it's
// spurting again"): the wound and the spurt sit too far apart for triage.bleeding.arterial.
const RESTARTED_BLEED_RULES: TriageRuleSpec[] = [
  {
    id: "triage.bleeding.restarted-spurting",
    level: E,
    finding: "a wound that stopped bleeding and now spurts or pours again",
    all: [
      "(?:cut|sliced|slashed|gash\\w*|wound|laceration|bleed\\w*|blood|stitches)",
      "(?:now|again|started|starting|keeps|back to) ~3 (?:spurting|squirting|spraying|pulsing out|pumping out|gushing|pouring)|(?:spurting|squirting|spraying|gushing|pouring) ~3 again"
    ],
    unless: ["{xHypothetical}|(?:days|weeks|months|years) ago|last (?:week|month|year)|nosebleed|nose bleed|movie|film|show"]
  }
];
MORE_TRIAGE_RULES.push(...RESTARTED_BLEED_RULES.map((rule) => {
  const unless = [...(rule.unless ?? []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

// triage-p: emergencies told calmly by people with long-term conditions, parents and carers
// (concepts from set p, tested in other wording): a head knock on an anticoagulant even with no
// symptoms (Spanish too); a head knock in Spanish with vomiting, drowsiness or confusion; a limb gone
// suddenly cold and purple or white with numbness; a seizure still going after five minutes; fever or
// rigors on chemotherapy in Spanish; diarrhoea or vomiting many times during chemotherapy with
// near-fainting or dryness; a child who ate a dangerous adult medicine (tricyclics, opioids, heart or
// diabetes tablets) even when "seems ok"; a dialysis fistula that will not stop bleeding; vomiting on
// long-term steroids with dizziness or collapse (adrenal crisis); pain moving to the lower right with
// jolts hurting or unable to walk; drowsiness or flapping hands in COPD or on home oxygen; regular
// tightenings before 37 weeks; a pulse reading under 40 with dizziness or drowsiness; thirst and
// weeing loads with vomiting, deep breathing or drowsiness (new diabetes); a food or small object
// breathed in with coughing or hard work to breathe; "me tomé todas las pastillas" (crisis); very heavy
// bleeding in Spanish in pregnancy or with dizziness.
const P_THINNER =
  "{xThinner}|sintrom|acenocumarol|edoxaban|lixiana|dabigatran|warfarina|anticoagula\\w*|(?:on|taking|takes|toma|tomar) ~2 (?:thinners|blood thinner|blood thinners)";
const P_HEAD_KNOCK =
  "(?:hit|hits|hitting|banged|bang|bangs|bumped|bump|knocked|knock|smacked|whacked|cracked|struck|clonked|bashed|walloped|conked) ~4 (?:head|forehead|skull)|(?:fell|fall|fallen|landed|tripped|slipped|toppled) ~6 (?:on|onto|against|hit|hitting|banged|banging|bumped|bumping|knocked|smacked) ~4 (?:head|forehead|skull)|(?:head injury|head knock|head bump|knock to the head|blow to the head|bump on (?:the|his|her|my) head)|se (?:golpeo|pego|dio) ~3 (?:cabeza|frente)|golpe ~3 (?:cabeza|frente)";
// adult medicines a single tablet of which can harm a small child
const P_RISKY_MED =
  "(?:amitriptyline|nortriptyline|imipramine|clomipramine|dosulepin|tricyclic\\w*|methadone|buprenorphine|suboxone|subutex|oxycodone|morphine|tramadol|codeine|co codamol|cocodamol|fentanyl|clonidine|propranolol|amlodipine|verapamil|diltiazem|nifedipine|digoxin|flecainide|metoprolol|atenolol|bisoprolol|gliclazide|glipizide|glibenclamide|glimepiride|iron tablets|ferrous|lithium|quetiapine|olanzapine|carbamazepine)";
const P_RULES: TriageRuleSpec[] = [
  {
    id: "triage.head.knock-on-anticoagulant",
    level: E,
    finding: "a knock to the head while on a blood thinner, even without symptoms",
    all: [P_THINNER, P_HEAD_KNOCK],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|hace (?:semanas|meses|anos)|should i (?:stop|skip)|before (?:surgery|my procedure|the operation)",
      // (triage-au) a fall with the head strike denied ("fell but didn't hit her head"): the fall-on-thinner rule gives same-day care
      "(?:not|didnt|did not|hasnt|has not|havent|have not|never|without) (?:hit|hitting|banged|banging|bumped|bumping|knocked|knocking|struck|hurt|injured) (?:her|his|my|their|the) (?:head|forehead|skull)|no (?:head injury|head strike|knock to the head|blow to the head|bang to the head)",
      // a thinner denied ("not on any blood thinners": the negation sits beyond three words): triage-ar
      "(?:not|never|isnt|arent|no longer) (?:on|taking|take|takes) (?:any )?(?:blood )?thinners|(?:not|never) (?:on|taking) (?:any )?(?:anticoagulants|anticoagulant|blood thinning)|no (?:blood )?thinners"]
  },
  {
    id: "triage.head.knock-spanish-signs",
    level: E,
    finding: "golpe en la cabeza con vómitos, somnolencia o confusión",
    all: [
      "(?:se cayo|cayo|se golpeo|golpeo|se pego|se dio|golpe|caida) ~8 (?:cabeza|frente|chichon|bulto)|(?:cabeza|frente) ~4 (?:golpe|golpeo|pego)",
      "vomit\\w* ~3 (?:\\d+|dos|tres|cuatro|cinco|varias|muchas) veces|(?:muy|bien|demasiado|super|mas|tan) (?:dormid\\w*|somnolient\\w*|adormilad\\w*)|no (?:despierta|reacciona|responde)|confus\\w*|confundid\\w*|no (?:me|nos|la|lo|le) reconoce|no sabe (?:donde|quien)|desmay\\w*|convuls\\w*|sangr\\w* ~3 (?:oido|oreja)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado"]
  },
  {
    id: "triage.circulation.limb-cold-discoloured-numb",
    level: E,
    finding: "a limb gone cold and purple, blue or white with numbness or loss of movement",
    all: [
      "(?:leg|legs|arm|arms|foot|feet|hand|hands|toes|fingers|calf|shin) ~6 (?:purple|blue|bluish|white|pale|grey|gray|mottled|dusky|black|blotchy) ~4 (?:cold|icy|freezing|ice cold|stone cold)|(?:leg|legs|arm|arms|foot|feet|hand|hands|toes|fingers|calf|shin) ~6 (?:cold|icy|freezing|ice cold|stone cold) ~4 (?:purple|blue|bluish|white|pale|grey|gray|mottled|dusky|black|blotchy)",
      "(?:cant|cannot|can not|unable to) (?:feel|move|wiggle)|numb\\w*|no pulse|cant find a pulse|pins and needles|(?:severe|terrible|excruciating|agonising|agonizing) pain|agony|dead"
    ],
    unless: ["{xHypothetical}|raynaud\\w*|chilblain\\w*|in the snow|cold weather|when its cold|in winter|every winter|always|for (?:weeks|months|years)|(?:weeks|months|years) ago|slept on it|fell asleep on"]
  },
  {
    id: "triage.neuro.seizure-five-minutes",
    level: E,
    finding: "a seizure still going after five minutes or more",
    all: [
      "seizure\\w*|fit|fits|fitting|convuls\\w*|seizing",
      "(?:has been|hes been|shes been|its been|been|still|is|keeps|going|gone on|has lasted|has gone on|lleva|sigue) ~4 (?:for )?(?:about |over |nearly |almost |around |more than |at least |unos |mas de )?(?:[5-9]|[1-5]\\d|five|six|seven|eight|nine|ten|fifteen|twenty|cinco|seis|siete|ocho|diez) (?:mins|minutes|min|minutos)"
    ],
    unless: ["{xHypothetical}|(?:days|weeks|months|years) ago|last (?:week|month|year)|hace (?:dias|semanas|meses|anos)|usually lasts?|normally lasts?|since (?:it|the seizure|the fit) (?:stopped|ended)|(?:it|seizure|fit) (?:stopped|ended) ~3 ago"]
  },
  {
    id: "triage.cancer.fever-on-chemo-spanish",
    level: E,
    finding: "fiebre o escalofríos durante la quimioterapia",
    all: [
      "quimio\\w*|tratamiento (?:de|para el|contra el) cancer|oncolog\\w*",
      "fiebre|febril|calentura|tiritona|tiritando|escalofrios|temblores|(?:38|39|40)(?:\\.\\d)? (?:grados|de fiebre)|tengo (?:38|39|40)(?:\\.\\d)?"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|que (?:hago|hacer) si|es normal (?:que|tener)"]
  },
  {
    id: "triage.cancer.chemo-gut-losses-dry",
    level: E,
    finding: "diarrhoea or vomiting many times during chemotherapy with near-fainting or dryness",
    all: [
      "chemo\\w*|chemotherapy|quimio\\w*|immunotherapy|capecitabine|irinotecan|fluorouracil",
      "(?:diarrh\\w*|diarrea|the runs|vomit\\w*|being sick|throwing up|thrown up) ~6 (?:\\d+|five|six|seven|eight|nine|ten|twelve|a dozen|so many|loads of) (?:times|x|veces)|(?:diarrh\\w*|diarrea|vomit\\w*|throwing up) ~4 (?:all day|all night|nonstop|non stop|every hour|wont stop|cant stop|constantly)|(?:cant|cannot|unable to) keep (?:anything|any fluids|fluids|water|drinks) down",
      "(?:nearly|almost) (?:faint\\w*|pass\\w* out|collaps\\w*)|faint\\w*|dizzy|lightheaded|light headed|(?:cant|cannot|can barely|can hardly) stand|(?:very|so|really|bone) (?:dry|weak|drowsy)|not (?:weeing|peeing|passing urine|passed urine)|no (?:wee|pee|urine)|confus\\w*|collaps\\w*|mareado|mareada|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|leaflet|side effects? list"]
  },
  {
    id: "triage.poisoning.child-high-risk-medicine",
    level: E,
    finding: "a child who swallowed a dangerous adult medicine, even one who seems fine",
    all: [
      "{xChild}",
      "(?:ate|eaten|eat|swallowed|chewed|taken|took|had|got into|into|got hold of|got at|found) ~6 $RISKY|$RISKY ~8 (?:ate|eaten|swallowed|chewed|had some|taken|in (?:his|her|their) mouth)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|prescribed (?:for )?(?:him|her)|(?:his|her) (?:dose|prescription)|dose for (?:him|her)|(?:was|were|is) prescribed|(?:gp|doctor|consultant|paediatrician|pediatrician) ~4 (?:started|prescribed|gave)|how (?:much|many) (?:should|can)|safe to (?:give|take)"],
    notNegatable: true
  },
  {
    id: "triage.bleeding.dialysis-fistula",
    level: E,
    finding: "a dialysis fistula or graft that will not stop bleeding",
    all: [
      "dialysis|fistula|av graft|avf|haemodialysis|hemodialysis",
      "(?:wont|will not|doesnt|does not|isnt|not|cant|cannot) ~3 stop\\w*|spurt\\w*|squirt\\w*|gush\\w*|pouring|pumping|through (?:the|his|her|my) (?:dressing|bandage|plaster)|soak\\w*",
      "bleed\\w*|blood"
    ],
    unless: ["{xHypothetical}|anal|anus|bottom|rectal|perianal|bum|(?:weeks|months|years) ago|last (?:week|month|year)"]
  },
  {
    id: "triage.metabolic.adrenal-crisis",
    level: E,
    finding: "vomiting on long-term steroids or with adrenal insufficiency, with dizziness or collapse",
    all: [
      "steroid|steroids|prednisolone|prednisone|hydrocortisone|dexamethasone|methylprednisolone|fludrocortisone|addison\\w*|adrenal insufficiency|hypopituitar\\w*",
      "vomit\\w*|throwing up|being sick|(?:cant|cannot|unable to|not able to) keep ~3 (?:tablet|tablets|pills|meds|medication|steroids|anything|them|it) down",
      "dizzy|faint\\w*|collaps\\w*|grey|gray|(?:cant|cannot|can barely) stand|confus\\w*|drowsy|clammy|(?:very|so|really) weak|floppy|pass\\w* out|blacking out"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|cream|ointment|inhaler|nasal spray|eye drops|anabolic|sick day rules|steroid injection"]
  },
  {
    id: "triage.surgical.right-lower-pain-jolts",
    level: E,
    finding: "belly pain that moved low on the right, with jolts hurting or unable to walk, and fever or vomiting",
    all: [
      "(?:belly button|navel|middle|centre|center) ~~12 (?:moved|moving|shifted|went|gone|spread|now) ~6 right|(?:low down|lower down|down low|bottom) ~3 (?:on )?(?:the )?right|(?:lower right|right lower|right hand side|right side)",
      "(?:car|road|drive) ~8 (?:bump|bumps|pothole|potholes)|(?:bump|bumps|speed bump|speed bumps|pothole|potholes|jolt\\w*) ~6 (?:hurt\\w*|cries|cried|crying|scream\\w*|agony|pain|wince\\w*)|(?:cant|cannot|wont|unable to) (?:walk|stand up straight|straighten up)|walk\\w* ~2 bent|doubled over|hurts to (?:walk|jump|cough|hop)",
      "fever|temp|temperature|vomit\\w*|throwing up|threw up|thrown up|being sick|been sick|(?:38|39|40)(?:\\.\\d)?|10[0-4](?:\\.\\d)?"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|appendix (?:out|removed)|appendectomy|twisted|sprain\\w*|hip|knee"]
  },
  {
    id: "triage.breathing.copd-drowsy",
    level: E,
    finding: "drowsiness, confusion or flapping hands in COPD or on home oxygen",
    all: [
      "copd|emphysema|chronic bronchitis|home oxygen|oxygen (?:at home|concentrator|cylinder)|on oxygen|(?:turned|turn|put|increased) ~3 (?:oxygen|o2) ~2 up|co2 retainer",
      "(?:very|so|really|more|increasingly|extremely) (?:sleepy|drowsy)|hard to (?:rouse|wake|wake up)|(?:cant|cannot|wont) (?:wake|rouse|keep (?:him|her|them) awake)|keeps (?:dropping|nodding|falling) off|confus\\w*|muddled|flapping|flap|twitch\\w*|not making sense|unresponsive|barely (?:awake|responding)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|sleeping (?:pill|pills|tablets)|at night|naps?"]
  },
  {
    id: "triage.pregnancy.preterm-tightenings",
    level: E,
    finding: "regular tightenings or contractions before 37 weeks",
    all: [
      "(?:1[6-9]|2\\d|3[0-6]) ~1 (?:weeks|wks|wk|semanas)",
      "(?:tightening\\w*|contraction\\w*|cramp\\w*|pains|surges|contracciones) ~6 (?:every|each|cada) ~2 (?:\\d+|few|couple of|five|ten|cinco|diez) ~1 (?:min\\w*|minutos)|(?:regular|rhythmic|painful regular) (?:tightening\\w*|contraction\\w*|pains|cramps)"
    ],
    unless: ["{xHypothetical}|braxton|practice contractions|irregular|went away|settled|(?:months|years) ago|last pregnancy|with my (?:first|last|other)"]
  },
  {
    id: "triage.cardiac.slow-pulse-reading-symptoms",
    level: E,
    finding: "a pulse reading under 40 with dizziness, drowsiness or weakness",
    all: [
      "(?:heart rate|heartrate|pulse|hr|heart beat|heartbeat|pulso|frecuencia cardiaca) ~6 (?:[23]\\d)(?![\\d.])(?!\\s(?:weeks|years|yrs|y o|yo|minutes|mins|days|hours|kg|lbs|mg|percent|times|seconds|secs))|(?:[23]\\d) (?:bpm|beats a minute|beats per minute|latidos)",
      "dizzy|faint\\w*|drowsy|confus\\w*|collaps\\w*|off (?:her|his|my) legs|breathless|short of breath|pass\\w* out|weak|grey|gray|clammy|mareado|mareada"
    ],
    unless: ["{xHypothetical}|athlete|marathon|runner|cyclist|always (?:been|low|around)|normally|usually|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.metabolic.thirst-weeing-sick",
    level: E,
    finding: "very thirsty and weeing a lot with vomiting, deep breathing or drowsiness (possible new diabetes)",
    all: [
      "thirst\\w*|drinking (?:loads|lots|gallons|constantly|all the time|so much|non stop|nonstop)",
      "(?:weeing|peeing|urinat\\w*|wee|pee|wees|pees) ~3 (?:loads|lots|a lot|constantly|all the time|so much|non stop|nonstop|frequent\\w*|every)|frequent (?:urination|weeing|peeing)|(?:toilet|bathroom) ~3 (?:constantly|all the time|every)",
      "vomit\\w*|throwing up|being sick|breathing (?:deep|deeply|fast|heavy|heavily|hard|funny|weird)|deep (?:breaths|breathing|sighing)|drowsy|sleepy|confus\\w*|lethargic|hard to wake|pear drops|fruity|ketones"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.breathing.inhaled-object-struggling",
    level: E,
    finding: "a food or small object breathed in with coughing, noisy or hard breathing",
    all: [
      "(?:breathed in|inhaled|inhaling|choked on|choking on|aspirated|se atraganto|atragant\\w*) ~6 (?:popcorn|peanut\\w*|nut|nuts|grape\\w*|sweet|sweets|candy|bead|beads|lego|toy|piece|bit|coin|seed|seeds|food|carrot|apple|crisp|crisps|chip|chips|palomitas|cacahuete\\w*|mani)|(?:popcorn|peanut|nut|grape|bead|lego|coin|seed) ~4 (?:went down the wrong way|down the wrong way|into (?:his|her|the) (?:lungs|airway|windpipe))",
      "cough\\w*|noisy|wheez\\w*|whistl\\w*|working (?:really |so |very )?hard|struggl\\w*|hard to breathe|breathing ~3 (?:fast|hard|funny|weird|noisy|loud)|gasping|tose|tos"
    ],
    unless: ["{xHypothetical}|(?:days|weeks|months|years) ago|last (?:week|month|year)|coughed it (?:straight |right |back )?(?:up|out)|spat it out|came (?:up|out)|fine now|back to normal|breathing (?:normally|fine|ok|okay)|completely fine after"]
  },
  {
    id: "triage.crisis.took-all-pills-spanish",
    level: E,
    crisis: true,
    finding: "se tomó todas las pastillas",
    all: [
      "(?:tomar me|tomarme|me tome|me he tomado|me tomado|me trague|me he tragado|me bebi|se tomo|se trago|se ha tomado) ~3 (?:todas|todos|toda|todo|muchas|muchos|un monton|la caja|el bote|el frasco|el blister|la tira|\\d+) ~4 (?:pastillas|pastilla|pildoras|tabletas|comprimidos|capsulas|medicinas|medicamentos|lorazepam|diazepam|clonazepam|alprazolam|paracetamol|ibuprofeno|tramadol|del frasco|de la caja)"
    ],
    unless: ["{xHypothetical}|si me tomo|si tomo|puedo tomar|es seguro|al dia|cada dia|todos los dias|diario|como (?:me )?(?:dijo|indico|receto)|hace (?:semanas|meses|anos)"],
    notNegatable: true
  },
  {
    id: "triage.bleeding.heavy-spanish",
    level: E,
    finding: "sangrado muy abundante en el embarazo o con mareo",
    all: [
      "(?:sangr\\w*|hemorragia) ~3 (?:muchisimo|mucho|muy fuerte|abundante|a chorros|sin parar|bastante)|(?:empap\\w*|llen\\w*) ~3 (?:compresa\\w*|toalla\\w*|toallita\\w*|panal\\w*|sabana\\w*)|(?:compresa\\w*|toalla\\w*) ~3 cada ~2 (?:\\d+|media|hora)|coagulos (?:grandes|enormes)",
      "embarazada|semanas|embarazo|mare\\w*|desmay\\w*|palid\\w*|debil|aborto|perdiendo|parto|postparto|posparto"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|es normal|nariz"]
  }
];
MORE_TRIAGE_RULES.push(...P_RULES.map((rule) => {
  const unless = [...(rule.unless ?? []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map((p) => expandLocal(p.replace(/\$RISKY/g, P_RISKY_MED))), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

// triage-q / triage-r: concepts from two independent writers' sets (tested in other wording).
// Emergencies: chest pressure that stays at rest or past a quarter of an hour, angina that the
// GTN spray does not relieve; collapse during exercise or with sudden deaths in the family; a
// pounding or irregular heartbeat with near-fainting; blue fingertips with fast breathing or
// drowsiness; a misshapen pupil after an eye injury; white spirit, paraffin or petrol swallowed;
// a new mother with delusions about the baby; an older person found on the floor who cannot get up
// or is muddled or cold (a long lie); no wee since yesterday with sunken eyes or no tears; a bulging
// soft spot; a swollen purple scrotum; baby moving less late in pregnancy; something hanging down
// after the waters broke; a fall into icy water with drowsiness; numbness between the legs with
// weak legs or urine that will not come; fits in pregnancy; black tarry stool with fainting;
// something put in a baby's mouth and struggling breathing; heading to the tracks or at a roof
// edge. Spanish: chest pain with a numb arm or sweating, a scald with skin coming off, a newborn
// floppy and not feeding, a rash that stays under a glass, a child's fall with vomiting or not
// waking, choking that stops coughing or speaking, a blistering rash with mouth sores after a new
// medicine. Same-day care (urgent): urine infection with fever or back pain or in pregnancy;
// injuries that may be fractures (swelling, bruising, bent, cannot bear weight, pain at the
// thumb's base); an infected wound, abscess or dental abscess; a red painful eye in a lens wearer
// or with light hurting; grit still in the eye; shingles near the eye; emergency contraception and
// HIV exposure; a needlestick; a hot swollen joint; vomiting or diarrhoea with less wee or dizziness
// on standing; fever with earache or pus on the tonsils; mastitis with fever; reliever needed every
// few hours; a blocked catheter; sore throat or mouth ulcers on methotrexate-like drugs; chickenpox
// contact in pregnancy; insulin run out; fever after travel to the tropics; a swallowed coin; a
// wound with grit deep in it; a cut that gapes or goes through the lip; a fish bone still felt;
// a bullseye rash after a tick; a nosebleed that keeps coming back; a burn blister on the hand; a
// painful ear leaking pus or blood; a red sticky eye in a newborn; a rash since a new medicine; pain
// that painkillers do not touch; suicidal thoughts with no plan and safe for now (crisis line);
// Spanish fast breathing, a bone broken or bent, a hot swollen leg.
const QR_CHEST =
  "(?:chest|breastbone|sternum) ~3 (?:pain|pains|pressure|tight|tightness|heavy|heaviness|ache|aching|squeez\\w*|crushing|discomfort|weight)|(?:pain|pressure|tight|tightness|heavy|heaviness|ache|squeezing|discomfort|weight|band) ~4 (?:chest|breastbone|sternum)|angina";
const QR_FAINT =
  "faint\\w*|pass\\w* out|black\\w* out|collaps\\w*|keel\\w* over|(?:he|she|i|they) (?:just )?dropped|came round|came to|lost consciousness|went down";
const QR_CHILD =
  "baby|babies|babys|infant|newborn|toddler|kid|kids|child|son|daughter|boy|girl|grandson|granddaughter|nephew|niece|\\d+ (?:yo|y o|year old|yr old|years old|month old|mo|months old|week old|weeks old)|bebe|nino|nina|hijo|hija|nieto|nieta";
const QR_PREGNANT =
  "{xPregnant}|(?:2\\d|3\\d|4[0-2]) ~1 (?:weeks|wks|wk|semanas)|bump|midwife|matrona";
const QR_EYE_INJURY =
  "(?:poked|stabbed|jabbed|pierced|scratched|hit|struck|caught|cut|flew|went|got) ~5 (?:eye|eyeball)|(?:eye|eyeball) ~5 (?:poked|stabbed|jabbed|pierced|stick|branch|twig|pencil|knife|scissors|glass|metal|dart|fork|wire|nail|shard|firework)";
const QR_HYDROCARBON =
  "white spirit|white spirits|paraffin|petrol|kerosene|kerosine|lamp oil|lighter fluid|turpentine|turps|paint thinner|thinners|methylated spirits|meths|diesel|gasoline|torch fuel|tiki oil|furniture polish|baby oil|gasolina|queroseno|aguarras|thinner";
const QR_PAIN_WEE =
  "(?:burn\\w*|sting\\w*|hurts|hurting|pain|painful|sore|stings|arde|ardor|duele|dolor) (?:when|while|on|during|with|as|after|to|al|para) (?:i |you |she |he )?(?:pee|peeing|wee|weeing|urinat\\w*|pass urine|passing urine|pass water|orinar|hacer pis|orino)|(?:burns|burning|stings|stinging|hurts) (?:every time|each time|whenever|when ever) (?:i |you |she |he )?(?:pee|wee|go)|(?:painful|burning|stinging) (?:urination|wee|pee|weeing|peeing)|(?:pee|peeing|wee|weeing|urinating|urination|passing urine) (?:burns|stings|hurts|is painful|is burning)|(?:it|pee|wee) (?:burns|stings|hurts) (?:when|to|as) (?:i |he |she |they )?(?:pee|wee|pees|wees|go|goes)|uti|utis|urine infection|urinary infection|water infection|bladder infection|cystitis|infeccion (?:de|en la) orina|infeccion urinaria";
const QR_INJURY =
  "fell|fall|fallen|falling|landed|tripped|slipped|rolled|twisted|jammed|trapped|shut|slammed|crushed|came off|fell off|hit|kicked|tackled|stubbed|bent back|caught|went over on|collided|crashed|se cayo|me cai|cayo|se golpeo|me golpee|golpe|se doblo|me torci|se torcio";
const QR_BONE_PART =
  "wrist|wrists|ankle|ankles|finger|fingers|thumb|toe|toes|collarbone|collar bone|clavicle|hand|foot|arm|forearm|elbow|shin|leg|nose|rib|ribs|knee|shoulder|muneca|tobillo|dedo|brazo|pierna|nariz|clavicula|codo|costilla\\w*";
const QR_RULES: TriageRuleSpec[] = [
  // --- emergencies ---
  {
    id: "triage.cardiac.chest-pressure-not-settling",
    level: E,
    finding: "chest pain or pressure that stays at rest or lasts a quarter of an hour or more",
    all: [
      QR_CHEST,
      "(?:wont|will not|isnt|not|hasnt|doesnt|didnt|no) ~2 (?:go away|going away|gone away|gone|ease|easing|eased|settle|settling|settled|stop|stopping|stopped|better|shift|shifting) ~4 (?:even )?(?:when|while|after|with|though)? ~1 (?:sitting|sat|resting|rest|rested|lying|lay|lie|stopped|stopping)|(?:even )?(?:sitting|resting|at rest|lying down) ~4 (?:still|wont|not|no better|hasnt|isnt)|(?:sat|sitting|rested|resting|lying|lay|lain) (?:down|still)? ~8 (?:hasnt|wont|not|isnt|still|no) ~2 (?:eased|easing|gone|settled|stopped|better|going|shifted)|(?:been|for|over|lasted|lasting|going on|nearly|almost|about|past) ~2 (?:1[5-9]|[2-5]\\d|15|20|25|30|40|45|half an|an|1) (?:minutes|mins|min|hour)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|(?:for|over) (?:weeks|months|years|days)|every (?:day|time|night|morning)|when i (?:cough|breathe in|press|twist|move)|press\\w* on it|after (?:coughing|lifting|the gym|workout)|heartburn|acid|reflux|indigestion|panic|anxiety|cold|flu|cough|covid|costochondritis|muscular|pulled a muscle|strain\\w*"]
  },
  {
    id: "triage.cardiac.angina-not-relieved",
    level: E,
    finding: "angina that the GTN spray or tablets do not relieve",
    all: [
      "gtn|glyceryl trinitrate|nitroglycerin\\w*|nitro|nitrostat|isosorbide|angina spray|spray under (?:my|his|her|the) tongue|(?:nitro|angina) (?:tablet|tablets|pill|pills)",
      "still (?:there|going|hurting|bad|painful|here|tight|pressing|the same)|(?:not|didnt|hasnt|isnt|wont|havent|doesnt|no) ~2 (?:help|helped|helping|work|worked|working|ease|eased|easing|touch|touched|touching|shift|shifted|relieve|relieved|gone|go away|settle|settled|better)|no (?:better|relief|difference|change)|worse than (?:my |his |her )?(?:usual|normal)|(?:twice|2 sprays|two sprays|3 sprays|three sprays|2 doses|two doses|3 doses|three doses|third|second|another) ~4 (?:still|and|but|nothing|no)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|headache|expired|out of date|how (?:many|much|often)|can i (?:take|use)|is it safe|prescription|refill"]
  },
  {
    id: "triage.cardiac.exertional-collapse",
    level: E,
    finding: "a collapse during exercise, or fainting with sudden deaths in the family",
    all: [
      `(?:${QR_FAINT}) ~8 (?:during|while|in the middle of|mid|halfway through|half way through|whilst|at) ~3 (?:match|game|race|run|running|training|exercise|exercising|workout|football|soccer|rugby|basketball|hockey|netball|pe|gym|swimming|sport|sports|practice|jogging|sprint\\w*|tennis|cycling|dance class|marathon|park run|parkrun)|(?:during|while|in the middle of|mid|halfway through) ~3 (?:match|game|race|run|running|training|exercise|exercising|workout|football|soccer|rugby|basketball|hockey|pe|gym|sport|practice|jogging|sprint\\w*) ~6 (?:${QR_FAINT})|(?:${QR_FAINT}) ~~16 (?:died suddenly|sudden death|sudden cardiac|died (?:young|in (?:his|her|their) (?:teens|20s|twenties|30s|thirties|sleep)) ~4 (?:heart|cardiac)?|heart (?:condition|problem) ~4 (?:runs in|in the family))|(?:died suddenly|sudden death|sudden cardiac death) ~~16 (?:${QR_FAINT})`
    ],
    unless: ["{xHypothetical}|(?:nearly|almost|felt like i (?:was going to|would)|going to|gonna|about to|felt) ~1 (?:faint\\w*|pass\\w* out|black\\w* out|collaps\\w*)|(?:weeks|months|years) ago|last (?:week|month|year)|as a (?:kid|child|teen)|when i was|giving blood|blood test|needle|injection|vaccine|jab|hadnt eaten|not eaten|didnt eat|no breakfast|skipped (?:breakfast|lunch)|hungover|hangover|heat wave|standing (?:still|in line|for ages)|after (?:the|a|my) (?:run|race|match|game|workout)"]
  },
  {
    id: "triage.cardiac.palpitations-near-faint",
    level: E,
    finding: "a pounding, irregular or racing heartbeat with fainting or near-fainting",
    all: [
      "(?:heart|heartbeat|heart beat|pulse) ~4 (?:racing|pounding|irregular|all over the place|going funny|all funny|funny|skipping|jumping|hammering|out of rhythm|erratic|fluttering|thumping|banging|going crazy|going mad|going like the clappers)|(?:pounding|irregular|racing|erratic|fluttering|thumping|hammering) ~2 (?:heart|heartbeat|heart beat|pulse)|palpitations",
      "(?:nearly|almost|keep|keeps|kept) ~1 (?:faint\\w*|pass\\w* out|passing out|black\\w* out|blacking out|collaps\\w*|keel\\w* over)|fainted|passed out|blacked out|collapsed|came round|lost consciousness"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|as a (?:kid|child|teen)|when i was|panic attack|anxiety|anxious|(?:for|over) (?:weeks|months|years)|coffee|caffeine|energy drink"]
  },
  {
    id: "triage.breathing.blue-fingertips",
    level: E,
    finding: "blue or grey fingertips with fast or hard breathing or drowsiness",
    all: [
      "(?:finger|fingers|fingertips|finger tips|fingernails|finger nails|nails|nail beds|toes|hands) ~4 (?:blue|bluish|blueish|purple|purplish|grey|gray|dusky)|(?:blue|bluish|blueish|purple|dusky) ~2 (?:finger|fingers|fingertips|finger tips|fingernails|nails|nail beds)",
      "breath\\w*|drowsy|sleepy|confus\\w*|muddled|struggl\\w*|gasping|panting|wheez\\w*|hard to wake|not making sense|floppy"
    ],
    unless: ["{xHypothetical}|raynaud\\w*|chilblain\\w*|cold weather|in the cold|in the snow|outside in|ice|swimming|when (?:its|it is|im|i am|i get) cold|dye|ink|paint|jeans|nail polish|varnish|bruis\\w*|(?:weeks|months|years) ago|always|for (?:weeks|months|years)"]
  },
  {
    id: "triage.trauma.eye-misshapen-pupil",
    level: E,
    finding: "an eye injury with a misshapen pupil, fluid leaking or sight lost",
    all: [
      QR_EYE_INJURY,
      "pupil ~4 (?:tear drop|teardrop|pear|misshapen|odd shape\\w*|funny shape\\w*|weird shape\\w*|strange shape\\w*|not round|irregular|oval|peaked|pointed|wonky|different shape|changed shape|out of shape)|(?:tear drop|teardrop|pear|odd|funny|weird|misshapen|irregular) ~2 (?:shaped )?pupil|(?:clear |jelly |jelly like )?(?:fluid|liquid|jelly) ~3 (?:leaking|coming out|oozing)|(?:cant|cannot|can not) see ~3 (?:out of|with|from) (?:it|that eye|the eye)|(?:lost|no) (?:the )?(?:vision|sight) in"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|since birth|born with|always been"]
  },
  {
    id: "triage.poisoning.hydrocarbon-swallowed",
    level: E,
    finding: "white spirit, paraffin, petrol or a similar fuel swallowed",
    all: [
      `(?:drank|drunk|drink|drinking|swallowed|swallow|swallowing|sipped|sip of|a sip|gulp|gulped|mouthful|swig|had some|had a mouthful|took a swig|siphon\\w*|tasted|se tomo|se bebio|bebio|tomo|trago|se trago) ~5 (?:${QR_HYDROCARBON})|(?:${QR_HYDROCARBON}) ~6 (?:drank|drunk|drinking|swallowed|sipped|in (?:his|her|my) mouth|mouthful|gulp|se tomo|se bebio|bebio|trago)`,
      `${QR_CHILD}|cough\\w*|chok\\w*|gagg\\w*|splutter\\w*|breath\\w*|wheez\\w*|vomit\\w*|sick|drowsy|sleepy|tos|tose|tosiendo|vomit\\w*`
    ],
    unless: ["{xHypothetical}|(?:petrol|gas) station|(?:weeks|months|years) ago|last (?:week|month|year)|smell\\w* (?:of|like)|fumes"]
  },
  {
    id: "triage.mental.postpartum-delusions",
    level: E,
    finding: "a new mother with strange beliefs about the baby, voices or not sleeping for days",
    all: [
      "(?:had|gave birth to|delivered) (?:our|the|a|her|my|their) (?:baby|son|daughter|little one|twins)|gave birth|given birth|postpartum|post partum|postnatal|post natal|since the birth|after the birth|just had a baby|new (?:mum|mom|mother)|(?:days|weeks|week|day) (?:after|since) (?:giving birth|the birth|delivery|the delivery|my delivery|her delivery|having (?:the|our|her) baby)|dio a luz|acaba de tener (?:un|una|al|a la)? ~1 (?:bebe|nino|nina)|postparto|posparto",
      "possessed|devil|demon\\w*|evil|cleans\\w*|exorcis\\w*|not (?:really )?(?:my|her|our|the) (?:real )?baby|not (?:hers|ours|mine)|(?:swapped|replaced|switched)|impostor|imposter|special (?:powers|mission)|god (?:told|is telling|tells|speaks|wants)|hearing voices|hears voices|voices (?:telling|tell|told)|seeing things|paranoid|convinced (?:someone|people|they|that|the baby|he|she)|poison\\w* (?:the baby|him|her)|hasnt slept (?:in|for) (?:days|\\d+ days)|not slept (?:in|for) (?:days|\\d+ days)|(?:talking|making) (?:nonsense|no sense)|poseid\\w*|endemoniad\\w*|diablo|demonio|oye voces|escucha voces"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:year)|(?:movie|film|book|show|novel)|evil eye|devil s advocate|devils advocate|little devil|cheeky|teething|tongue tie|swapped (?:formula|bottles|nappies|diapers|sides|breasts)|cleanse (?:the )?(?:bottles|pump)|cleansing (?:wipes|lotion|water)"]
  },
  {
    id: "triage.trauma.long-lie",
    level: E,
    finding: "a person found on the floor who cannot get up, is muddled or cold, or lay there for hours",
    all: [
      "(?:found|finding|find|lying|laying|lay|been|is|was|still|on) ~5 (?:floor|ground|bathroom floor|kitchen floor|hallway floor|carpet|suelo|piso)",
      "(?:cant|cannot|can not|couldnt|unable to|wont be able to|not able to) ~1 (?:get up|get herself up|get himself up|get off the floor|stand up|stand|move|get back up)|no idea how long|dont know how long|not sure how long|(?:since|from) (?:last night|yesterday|the night|the evening|bedtime)|all night|overnight|for hours|(?:muddled|confused|disorientated|disoriented|not making sense|talking nonsense|doesnt know what day|keeps saying its)|(?:cold|freezing|icy|ice cold|stone cold) ~2 (?:to touch|hands|skin|face)?|(?:hands|face|skin|body) ~3 (?:cold|freezing|icy)|wet (?:herself|himself|themselves)|no puede levantarse|no se puede levantar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|tantrum|playing|plays|yoga|sleeping on the floor|slept on the floor|sleep on the floor|camping|air mattress|floor exercises|workout|stretch\\w*|(?:my|the) (?:dog|cat|puppy|kitten|pet)|(?:cleaning|mopping|scrubbing|tiling|laying) ~2 (?:the )?floor|floor (?:is|was|feels) cold|cold floor|floor tiles|underfloor|carpet burn|new carpet"]
  },
  {
    id: "triage.dehydration.no-wee-sunken",
    level: E,
    finding: "no wee since yesterday or for 12 hours with sunken eyes, no tears or floppiness",
    all: [
      "(?:no|not|hasnt|havent|hardly any|barely any|not a single|zero) ~2 (?:wet nappy|wet nappies|wet diaper|wet diapers|wees|wee|weed|pee|peed|pees|urine|urinated|passed urine|passed water) ~5 (?:since|for|in|all) ~3 (?:yesterday|last night|this morning|breakfast|(?:1[0-9]|2\\d|\\d) hours|day|night|hours)|(?:last|only) (?:wet nappy|wet diaper|wee|pee) ~3 (?:yesterday|last night|(?:1[0-9]|2\\d) hours ago)",
      "sunken|no tears|without tears|tearless|crying with no tears|(?:very|really|so) (?:floppy|drowsy|sleepy|listless|lethargic)|floppy|listless|lethargic|hard to wake|wont wake|mottled|cold hands|(?:dry|cracked|sticky) (?:mouth|lips|tongue)|breathing fast"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|potty|toilet training|dry at night|night time nappy"]
  },
  {
    id: "triage.infant.fontanelle-tense-not-crying",
    level: E,
    finding: "a bulging or tense soft spot on a baby's head",
    all: [
      "(?:soft spot|fontanelle|fontanel|fontanelles|mollera|fontanela) ~6 (?:bulging|bulges|bulge|bulged|swollen|raised|tense|puffed|puffy|sticking up|pushing out|pushed out|domed|tight|abombada|hinchada|levantada|saltada|abultada)|(?:bulging|swollen|tense|raised|tight) ~3 (?:soft spot|fontanelle|fontanel)"
    ],
    unless: ["{xHypothetical}|(?:when|while|only when|if) ~3 (?:cries|crying|cry|strains|straining|screams|screaming|poos|pooing|coughs|coughing|pushes|pushing)|(?:weeks|months|years) ago|last (?:week|month|year)|normal|closed|closing|close up"]
  },
  {
    id: "triage.torsion.discoloured-scrotum",
    level: E,
    finding: "a swollen scrotum or testicle gone purple, blue or dark",
    all: [
      "(?:scrotum|scrotal|testicle\\w*|testes|testis|ball|balls|ballsack|ball sack|nut|nuts|sack|huevo\\w*|testiculo\\w*|escroto|bolsa) ~6 (?:purple|blue|bluish|dark|dusky|black|maroon|morad\\w*|azul\\w*|negr\\w*)|(?:purple|blue|bluish|dark red|dusky|black|morad\\w*) ~4 (?:scrotum|testicle\\w*|ball|balls|sack|escroto|testiculo\\w*)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|vasectomy|varicocele|bag of worms|always|dye|tattoo"]
  },
  {
    id: "triage.pregnancy.movements-slowed",
    level: E,
    finding: "the baby moving less, slower or weaker late in pregnancy",
    all: [
      QR_PREGNANT,
      "(?:movements|movement|kicks|kicking|moving|moves|baby) ~5 (?:really|very|much|so) (?:slow|slower|weak|weaker|quiet|less)|(?:slow|slower) and (?:weak|weaker|quiet)|(?:just|only) (?:the|an|a|one) (?:odd|occasional|single|tiny|little|faint) ~1 (?:flutter|kick|wriggle|movement|twitch)|(?:barely|hardly) ~2 (?:moving|moved|felt|feel|feeling|kicking|kicked|any)|(?:not|nothing) ~2 like (?:usual|normal|her usual|his usual)|(?:no|not any) (?:different|better|change)|(?:tried|had|drank|drunk|lay|lain|lying|poked) ~10 (?:cold|juice|sugary|left side|my side|bump) ~~12 (?:no different|nothing|still (?:not|quiet|slow|less)|no change|no better)|casi no se mueve|se mueve muy poco",
      "today|tonight|this morning|this afternoon|this evening|since|hours|all day|yesterday|last night|now|usual|normal|normally|anymore|any more|hoy|desde|horas|ayer|anoche|todo el dia"
    ],
    unless: ["{xHypothetical}|(?:when will|when do|when should|when can) ~4 (?:feel|start|notice)|(?:1\\d|[1-9]) (?:weeks|wks)|first (?:movements|kicks|flutters)|not (?:felt|feel) ~3 (?:yet|at all yet)|myth|is it true|(?:weeks|months|years) ago|last pregnancy|with my (?:first|last|other)|bowel|bowels|poo|stool"]
  },
  {
    id: "triage.pregnancy.something-hanging-after-waters",
    level: E,
    finding: "something hanging down or felt in the vagina after the waters broke",
    all: [
      "(?:waters|water|bag of waters|membranes) ~3 (?:broke|broken|went|gone|burst|breaking|ruptured|released|popped)|(?:broke|broken|ruptured) ~2 (?:my|her) waters|rompio (?:la )?(?:fuente|bolsa)|rompi (?:la )?(?:fuente|bolsa)|se me rompio (?:la )?(?:fuente|bolsa)|fuente rota",
      "(?:something|cord|loop|a loop|bit|part|it) ~4 (?:hanging|dangling|coming out|sticking out|poking out|bulging out|between my legs|between her legs|down there|in my vagina|in her vagina|out of my vagina|out of her vagina)|like a cord|(?:feel|felt|see|saw) ~3 (?:something|a loop|the cord|cord) ~3 (?:down|there|out|between|vagina)|algo ~3 (?:colgando|saliendo|afuera)|cordon"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:pregnancy|year)|with my (?:first|last|other)"]
  },
  {
    id: "triage.environment.icy-water-drowsy",
    level: E,
    finding: "a fall into icy or open water with drowsiness, violent shaking or confusion",
    all: [
      "(?:fell|fallen|gone|went|slipped|broke|falling|crashed|plunged|jumped|was|been) ~3 (?:through|into|in) (?:the )?(?:ice|icy|frozen|freezing) ~2 (?:water|river|lake|pond|canal|sea|reservoir)?|(?:fell|fallen|went|gone|slipped|plunged|was swept|swept|pulled) ~3 (?:into|in) (?:the )?(?:river|lake|pond|canal|sea|reservoir|quarry|loch|harbour|harbor)|(?:pulled|got|dragged|fished|rescued|lifted|carried) ~3 out of (?:the )?(?:water|river|lake|pond|canal|sea|pool|ice|reservoir)|se cayo (?:al|en el|en la) (?:rio|lago|agua|hielo|canal|mar)",
      "drowsy|sleepy|confus\\w*|slurr\\w*|(?:shaking|shivering|trembling) ~2 (?:violently|uncontrollably|badly|so much|so hard|nonstop)|stopped shivering|not shivering|blue|grey|gray|not making sense|unresponsive|floppy|wont wake|hard to wake|cant stay awake|(?:breathing|breath) ~3 (?:noisy|fast|struggl\\w*|funny|strange|shallow)|vomit\\w*|somnolient\\w*|dormid\\w*|confundid\\w*|no responde"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year|summer|winter)|(?:wild|cold water|open water) swim\\w*|ice bath|cold plunge|polar plunge|swimming lesson\\w*"]
  },
  {
    id: "triage.neuro.cauda-equina-loose",
    level: E,
    finding: "numbness between the legs with weak legs or urine that will not come",
    all: [
      "(?:numb|numbness|no feeling|cant feel|can not feel|cannot feel|pins and needles|tingl\\w*|dead) ~6 (?:between (?:my|his|her|the) legs|down below|back passage|around (?:my|his|her|the) (?:bottom|anus|bum|back passage|privates|genitals)|bottom|bum|anus|saddle|private parts|privates|genitals|groin|inner thighs|where (?:you|your|youd|i|we) (?:sit|would sit))|(?:bike|bicycle|horse) saddle|saddle (?:area|region|distribution)|(?:bottom|bum|back passage|between (?:my|his|her) legs|privates|private parts|genitals|groin|inner thighs|saddle area) ~3 (?:numb|tingly|dead|no feeling)",
      "(?:cant|can not|cannot|couldnt|unable to|havent been able to|hasnt been able to|not been able to|not able to|struggling to|trouble|difficulty) ~2 (?:wee|pee|urinate|pass urine|pass water|empty (?:my|his|her) bladder|go to the toilet|start (?:a|the) stream)|(?:wee|pee|urine|it) ~3 (?:wont come|will not come|not coming|doesnt come|just wont)|(?:wet|peed|weed|soiled) (?:myself|himself|herself)|(?:both|2|two) legs ~5 (?:weak|numb|wobbly|give way|giving way|buckl\\w*|heavy|like jelly)|(?:legs|leg) ~3 (?:giving way|give way|gave way|buckl\\w*)|(?:lost|losing|no) control ~3 (?:bladder|bowel\\w*|wee|pee)|incontinen\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|after (?:a|the|my) (?:long )?(?:bike|cycle|ride|horse)|saddle sore|epidural|anaesthetic|anesthetic|spinal block|catheter"]
  },
  {
    id: "triage.pregnancy.fit-in-pregnancy",
    level: E,
    finding: "a seizure in pregnancy or just after the birth",
    all: [
      "{xPregnant}|(?:2\\d|3\\d|4[0-2]) ~1 (?:weeks|wks|semanas)|preeclampsia|pre eclampsia|preeclamptic",
      "seizure|seizures|seizing|convuls\\w*|(?:having|had|has|is having|started|starting|went into|in) (?:a |an )?(?:fit|fits)|fitting|ataque\\w* ~3 (?:epilep\\w*|convuls\\w*)|(?<!pre )eclampsia"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:year)|(?:medication|meds|medicine|keppra|levetiracetam|lamotrigine|lamictal|valproate|epilim|tablets|folic acid|dose|doses) ~6 (?:safe|pregnan\\w*|embaraz\\w*)|history of|epilep\\w*|when i was (?:a )?(?:kid|child|teen)|before (?:i|she) (?:was|got) pregnant|as a (?:kid|child)|keep fit|stay fit|fit and well|fit and healthy|fitness|fit note"]
  },
  {
    id: "triage.bleeding.black-stool-faint-loose",
    level: E,
    finding: "black, tarry stool with fainting, dizziness, coldness or weakness",
    all: [
      "(?:poo\\w*|poop\\w*|stool\\w*|bowel\\w*|motions|bm|bms|crap\\w*|shit\\w*|heces|caca|popo) ~4 (?:black|tar|tarry|like tar|negr\\w*|alquitran)|black tar|black sticky|tarry|(?:black|negr\\w*) ~2 (?:poo\\w*|poop\\w*|stool\\w*|heces|caca|popo)",
      "faint\\w*|pass\\w* out|black\\w* out|collaps\\w*|dizzy|lightheaded|light headed|(?:hands|feet|skin) ~4 (?:cold|clammy|freezing)|clammy|(?:very|really|so|deathly) (?:pale|weak)|breathless|short of breath|mare\\w*|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|iron|ferrous|pepto|bismuth|blueberr\\w*|liquorice|licorice|beetroot|charcoal|activated charcoal"]
  },
  {
    id: "triage.breathing.something-in-mouth-struggling",
    level: E,
    finding: "something put in the mouth or swallowed, then noisy or struggling breathing",
    all: [
      "(?:put|had|stuck|shoved|popped|got) something ~2 (?:in|into) (?:his|her|their|the|my) mouth|(?:swallowed|inhaled|breathed in|choked on|choking on|gagged on|sucked in) (?:something|an object|a small|a bit|a piece|it)|(?:choked|choking|gagged|gagging|coughed|coughing) ~3 (?:on something|then|and then|after)",
      "(?:breathing|breath|breathe) ~4 (?:noisy|loud|wheez\\w*|whistl\\w*|funny|strange|weird|raspy|struggl\\w*|hard|fast|squeak\\w*|crackl\\w*|rattl\\w*|grunting)|struggl\\w*|stridor|wheez\\w*|(?:went|gone|turning|turned|is) (?:blue|grey|gray|quiet|floppy|limp)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|coughed it (?:up|out)|spat it out|came (?:up|out)|fine now|back to normal|breathing (?:normally|fine|ok|okay)|(?:my|the) (?:dog|cat|puppy|kitten)"]
  },
  {
    id: "triage.crisis.at-edge-or-heading-there",
    level: E,
    crisis: true,
    finding: "at a roof edge, bridge or tracks, or heading there, with intent",
    all: [
      "(?:train|railway|rail) (?:tracks|track|line|lines)|the tracks|(?:roof|rooftop|cliff|bridge|ledge|platform|building) (?:edge|ledge)|edge of (?:the|a) ~2 (?:roof|cliff|bridge|building|platform|car park|parking garage|multistorey|multi storey)|(?:top of|on) (?:the|a) (?:car park|multi storey|multistorey|parking garage|bridge|cliff|roof|rooftop)|las vias|vias del tren|azotea|puente",
      "not coming (?:down|back|home)|this time|not safe|cant stop thinking about|keep thinking about|(?:heading|going|walking|driving|on my way|leaving) ~3 (?:there|now|to the (?:tracks|bridge|cliff|roof|station))|(?:end|ending) (?:it|things)|jump|jumping|goodbye|say bye|no (?:point|reason)|voy para alla|voy (?:a las|al) ~2 (?:vias|puente)|ya no (?:aguanto|puedo)|despedirme|saltar|tirarme|aventarme"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|(?:fixing|clean\\w*|repair\\w*|work\\w* on|gutter|gutters|tiles|shingles|solar panel\\w*|aerial|antenna|photos|photograph\\w*|view|sunset|bungee|diving|dive|jump rope|skydiv\\w*|trampoline)|(?:train|railway) (?:was|is) (?:late|delayed|cancelled)|commut\\w*"]
  },
  // --- Spanish ---
  {
    id: "triage.cardiac.chest-pain-arm-spanish",
    level: E,
    finding: "dolor de pecho con el brazo dormido, sudor o falta de aire",
    all: [
      "(?:dolor|duele|duelen|opresion|presion|aprieta|apretado|apreton|ardor) ~4 (?:pecho|torax)|pecho ~3 (?:dolor|duele|aprieta|apretado|oprime|pesado)",
      "brazo ~4 (?:dormido|entumid\\w*|adormec\\w*|adormilad\\w*|hormigue\\w*|pesado|sin fuerza|no (?:lo|la) siento|duele|dolor)|(?:duele|dolor|hormigueo|entumid\\w*) ~4 (?:brazo|mandibula|quijada|cuello|espalda)|mandibula|quijada|sud\\w*|sudor\\w*|empapad\\w*|falta (?:de )?(?:aire|el aire)|no puedo respirar|me ahogo|desmay\\w*|mare\\w*|palid\\w*|vomit\\w*"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|la semana pasada|el mes pasado|el ano pasado|gimnasio|pesas|ejercicio|tos|toser|gripe|resfriado|acidez|reflujo|costocondritis|ansiedad"]
  },
  {
    id: "triage.trauma.scald-skin-off-spanish",
    level: E,
    finding: "quemadura con la piel cayéndose o una zona grande",
    all: [
      "quem\\w*|escald\\w*|(?:agua|aceite|cafe|sopa|leche|caldo) ~2 (?:hirviendo|caliente|ardiendo)",
      "(?:piel|pellejo) ~3 (?:cayendo|cae|pelando|pela|despeg\\w*|colg\\w*|blanca|negra|desprend\\w*)|(?:se me|se le|me|le) ~2 (?:cae|cayendo|pela|pelando|despega|desprende) ~2 (?:la )?piel|tod[oa] (?:la|el|los|las)? ~1 (?:espalda|pierna|piernas|brazo|brazos|cara|pecho|barriga|panza|abdomen|cuerpo|torso)|(?:cara|genitales|entrepierna)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|sol|solar|insolacion|bronceado|playa|acidez|agruras|ardor al orinar|arde al orinar"]
  },
  {
    id: "triage.infant.newborn-unwell-spanish",
    level: E,
    finding: "un bebé de pocas semanas que no come y está flojo, frío o no llora",
    all: [
      "(?:tiene|de|con|cumple) ~1 (?:[1-9]|1[0-2]) ~1 (?:semanas|semana|dias)|recien nacid\\w*|(?:bebe|nena|nene|bebita|bebito) (?:de )?(?:[1-9]|1[0-2]) (?:semanas|dias)",
      "no (?:quiere|puede) (?:comer|mamar|tomar|agarrar|el pecho|la leche|el biberon|la mamila)|no come|no mama|no toma|rechaza|casi no (?:come|mama|toma)",
      "floj\\w*|flacid\\w*|aguad\\w*|decaid\\w*|(?:muy|bien|esta|esta muy) (?:fri[oa]|helad[oa]|dormid[oa]|palid[oa])|casi no llora|no llora|no despierta|no se despierta|morad\\w*|amarill\\w*|fiebre|calentura|(?:38|39|40)(?:\\.\\d)?|respira (?:raro|rapido|con dificultad)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses)"]
  },
  {
    id: "triage.neuro.rash-glass-spanish",
    level: E,
    finding: "manchas o sarpullido que no se quitan al apretar o con el vaso",
    all: [
      "(?:sarpullido|erupcion|manchas|manchitas|ronchas|puntitos|puntos|granitos|rash|moretones) ~8 (?:no (?:se )?(?:quita|quitan|desaparece|desaparecen|borra|borran|cambia|cambian|va|van|blanquea\\w*)) ~5 (?:apretar|presionar|aprieto|presiono|vaso|vidrio|cristal|apreto|aprieta)|prueba del vaso|(?:vaso|vidrio|cristal) ~6 no (?:se )?(?:quita|quitan|desaparece|desaparecen|borra|borran|va|van)|(?:manchas|manchitas|puntitos|puntos|sarpullido|erupcion|ronchas) ~2 (?:morad\\w*|violeta\\w*|vino)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)"],
    notNegatable: true
  },
  {
    id: "triage.neuro.meningitis-spanish",
    level: E,
    finding: "fiebre con dolor o rigidez de cuello y dolor de cabeza o luz que molesta",
    all: [
      "fiebre|calentura|(?:38|39|40)(?:\\.\\d)? (?:grados|de fiebre)",
      "cuello ~3 (?:rigido|tieso|duro|duele|dolor|no (?:lo )?puede (?:mover|doblar|bajar))|(?:duele|dolor) ~4 (?:el )?cuello|nuca ~3 (?:rigid\\w*|tiesa|dura|duele)",
      "cabeza|luz ~3 (?:molesta|lastima|duele)|vomit\\w*|confundid\\w*|somnolient\\w*|manchas"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|torticolis|dormi mal|mala postura|gripe|resfriado|garganta"]
  },
  {
    id: "triage.head.child-fall-spanish",
    level: E,
    finding: "un niño que se cayó y ahora vomita, no despierta o convulsiona",
    all: [
      "se cayo|se callo|cayo de|cayo del|caida|se golpeo|se pego|se dio un golpe|golpe",
      "vomit\\w* ~3 (?:varias|muchas|\\d+|dos|tres) veces|no (?:se )?(?:quiere )?despert\\w*|no despierta|no reacciona|no responde|(?:muy|bien|demasiado|tan) (?:dormid\\w*|somnolient\\w*|adormilad\\w*)|convuls\\w*|sangr\\w* ~3 (?:oido|oreja)|inconsciente|desmay\\w*|(?:ahora|y) vomita|vomita y|no (?:me|nos) reconoce|bizco|pupila\\w*"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado|pelo|cabello|diente|dientes"]
  },
  {
    id: "triage.breathing.choking-spanish",
    level: E,
    finding: "atragantado que no puede toser, hablar o respirar",
    all: [
      "atoro|atoro con|atorad\\w*|atorando|atragant\\w*|se (?:le )?(?:fue|atoro) (?:algo|la comida|un pedazo|un hueso)|se (?:esta )?ahogando con|(?:comida|hueso|pedazo|dulce|caramelo|moneda|uva|carne) ~4 (?:atorad\\w*|atascad\\w*|garganta)",
      "no (?:puede|podia) ~2 (?:respirar|toser|hablar|llorar|tragar)|se agarra (?:el|la) (?:cuello|garganta)|(?:morad\\w*|azul\\w*)|(?:se )?(?:puso|esta|pone) (?:morad\\w*|azul\\w*)|no sale (?:aire|sonido|nada)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|que hago si|que hacer si"]
  },
  {
    id: "triage.skin.blistering-drug-rash-spanish",
    level: E,
    finding: "erupción con ampollas o llagas en la boca tras un medicamento nuevo",
    all: [
      "ampolla\\w*|llagas ~3 (?:boca|labios|genitales)|(?:se me|se le|me|le) ~2 (?:pela|pelando|cae|cayendo|despega) ~2 (?:la )?piel|piel ~3 (?:pelando|despeg\\w*|cayendo|levantando)",
      "antibiotic\\w*|medicamento\\w*|medicina\\w*|pastilla\\w*|pildora\\w*|tratamiento|lamotrigin\\w*|alopurinol|carbamazepin\\w*|fenitoin\\w*|sulfa\\w*|amoxicilin\\w*|bactrim|ibuprofeno|nuevo remedio",
      "boca|labios|ojos|ojo|fiebre|calentura|todo el cuerpo|genitales|garganta"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|quemadura|quem\\w*|agua hirviendo|sol|zapato\\w*|herpes|fuego labial|varicela"]
  }
];
const U = "urgent" as const;
// a question ahead ("if my toddler swallowed a coin, what should I watch for?") is not same-day care
const QR_IF_AHEAD = "if (?:my|a|your|the|our|someone|somebody|he|she|i) ~3 (?:ever )?(?:swallowed|swallows|swallow|ate|eats|fell|falls|gets|got|has|had|breaks|broke|cuts|cut)|(?:watch|look) (?:for|out for)|(?:signs|symptoms) (?:of|to)";
const QR_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.uti-fever-or-back",
    level: U,
    finding: "urine infection symptoms with a temperature, shivers or back or side pain",
    all: [
      QR_PAIN_WEE,
      "fever|feverish|temp|temperature|(?:37\\.[89]|3[89](?:\\.\\d)?) ?(?:c|degrees)?|10[0-4](?:\\.\\d)? ?(?:f|degrees)?|shiver\\w*|shak\\w* chills|chills|rigors|(?:back|side|flank|loin|kidney|kidneys) ~3 (?:pain|ache|aching|hurts|hurting|sore)|(?:pain|ache|aching|sore) ~6 (?:back|side|flank|loin|kidney)|fiebre|calentura|escalofrios|(?:dolor|duele) ~4 (?:espalda|costado|rinon|rinones)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|no (?:fever|temperature|temp)|temperature (?:is|was|s) normal|normal temperature"]
  },
  {
    id: "triage.urgent.uti-in-pregnancy",
    level: U,
    finding: "urine infection symptoms in pregnancy",
    all: [QR_PREGNANT, QR_PAIN_WEE],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|last pregnancy|with my (?:first|last|other)|(?:1[0-9]|[1-9]) (?:weeks|wks) ~4 (?:ago|postpartum|after)"]
  },
  {
    id: "triage.urgent.movements-reduced",
    level: U,
    finding: "the baby moving less than usual in later pregnancy",
    all: [
      "(?:2[4-9]|3\\d|4[0-2]) ~1 (?:weeks|wks|wk|semanas)|third trimester|{xPregnant}",
      "(?:movements|movement|kicks|kicking|moving|moves|baby) ~6 (?:less|fewer|quieter|slower|weaker|reduced|not as much|not as often)|(?:less|fewer|reduced|slower|weaker) (?:movement|movements|kicks|kicking|moving)|se mueve (?:menos|poco)",
      "today|tonight|this morning|this afternoon|this evening|since|hours|all day|yesterday|last night|now|usual|normal|normally|hoy|desde|horas|ayer|anoche"
    ],
    unless: ["{xHypothetical}|myth|is it true|(?:weeks|months|years) ago|last pregnancy|with my (?:first|last|other)|less room|bowel|bowels|poo|stool"]
  },
  {
    id: "triage.urgent.possible-fracture-loose",
    level: U,
    finding: "an injury with swelling, bruising, a lump, a bend or pain on use (possible fracture)",
    all: [
      QR_INJURY,
      `(?:${QR_BONE_PART}) ~~8 (?:swollen|swelling|swelled|bruis\\w*|lump|bump|bent|crooked|deformed|out of shape|wonky|misshapen|looks wrong|hinchad\\w*|morad\\w*|torcid\\w*|chuec\\w*)|(?:swollen|swelling|bruis\\w*|lump|bent|crooked|deformed|hinchad\\w*|torcid\\w*|chuec\\w*) ~6 (?:${QR_BONE_PART})|(?:barely|hardly|cant|can not|cannot|unable to) ~2 (?:put|bear|take|stand) (?:any )?(?:weight|on it)|hurts ~2 (?:to|when i|when he|when she) (?:lift|move|bend|walk|press|touch|grip|stand)|(?:hurts|painful|pain|tender|sore) ~4 (?:when i press|to press|to touch|below the thumb|base of (?:my|the) thumb|near the thumb|by the thumb|snuff ?box)|(?:below|near|by|at the base of) (?:the|my|his|her) thumb|(?:holding|cradling|guarding) (?:it|his arm|her arm|his wrist|her wrist)|wont use (?:it|his arm|her arm|his hand|her hand)|(?:me|se|lo|la) (?:rompi|rompio|quebre|quebro|fractur\\w*)|(?:rota|roto|quebrad\\w*|fracturad\\w*)`
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:week|month|year)|(?:for|over) (?:weeks|months|years)|hace (?:semanas|meses|anos)|healed|healing well|already (?:seen|had it|x rayed|xrayed)|(?:x ray|xray|scan) (?:was|came back) (?:normal|clear|fine)|cast|splint|physio|(?:fell|fall|falling) (?:asleep|in love|behind|apart|pregnant|ill|sick)|fell off the wagon|hair|teeth|tooth"]
  },
  {
    id: "triage.urgent.wound-infected",
    level: U,
    finding: "a wound, bite, scratch or sore that is red, swollen, hot, weeping, smelly or oozing pus",
    all: [
      "(?:cut|cuts|wound|graze|scrape|scratch|scratched|bite|bitten|(?:a|the|this|his|her|my|pressure|bed) sore (?:on|near|under|at)|bedsore|pressure sore|leg ulcer|foot ulcer|ulcer on|incision|scar|stitches|staples|piercing|splinter|section wound|c section|csection|herida|cortada|rasguno|arano|mordida) ~~14 (?:red|redness|reddish|swollen|swelling|swelled|hot|warm|inflamed|pus|oozing|weeping|leaking|smell\\w*|stink\\w*|throbbing|bigger|spreading|hinchad\\w*|roj[oa]|calient\\w*|supur\\w*) ~6 (?:red|redness|swollen|swelling|hot|warm|pus|oozing|weeping|leaking|smell\\w*|stink\\w*|throbbing|spreading|bigger|worse|edge|edges|sore|tender|hinchad\\w*|roj[oa]|calient\\w*|supur\\w*)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|mosquito|bug bite|insect bite|midge|gnat|flea|sunburn|(?:healing|healed) (?:well|fine|nicely)|tattoo|acne|pimple|spot on my|cold sore|canker|mouth ulcer|heat rash|sore throat|throat"]
  },
  {
    id: "triage.urgent.abscess",
    level: U,
    finding: "an abscess, boil or dental abscess that is growing, throbbing or has pus",
    all: [
      "abscess\\w*|absceso\\w*|boil|boils|forunculo\\w*|(?:tooth|teeth|molar|gum|gums|muela|diente|encia) ~8 (?:pus|abscess|swollen|swelling|hinchad\\w*|infect\\w*)|(?:lump|bump|swelling) ~6 (?:armpit|groin|bum crack|tailbone|coccyx|buttock|bottom) ~6 (?:bigger|throbbing|hot|red|painful|pus|worse|hurts)|(?:armpit|groin|bum crack|tailbone|coccyx) ~6 (?:lump|bump|swelling) ~6 (?:bigger|throbbing|hot|red|painful|pus|worse|hurts)|pilonidal",
      "bigger|growing|throbbing|throbs|hot|red|swollen|swelling|pus|worse|agony|fever|temp|temperature|hinchad\\w*|pus"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|boil (?:the|some|water|an|eggs|kettle|it)|boiled|boiling|drained (?:last|already)"]
  },
  {
    id: "triage.urgent.red-eye-lens-or-light",
    level: U,
    finding: "a red painful eye in a contact lens wearer or with light hurting",
    all: [
      "(?:eye|eyes|ojo|ojos) ~6 (?:red|painful|sore|hurts|hurting|pain|aching|bloodshot|rojo|roja|duele)|(?:red|painful|sore) (?:eye|eyes)",
      "contact lens\\w*|contacts|lenses|lentes de contacto|light ~3 (?:hurts|bothers|sensitive|painful|unbearable|too bright)|sensitive to light|photophob\\w*|(?:luz|claridad) ~3 (?:molesta|lastima|duele)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hay fever|allerg\\w*|itchy|itching|conjunctivitis ~4 (?:kids|nursery|school|going round)|(?:screen|computer|phone|laptop) ~4 (?:all day|hours)|tired eyes|hangover|migraine|headache|smoke|chlorine|pool|which (?:contact|lenses|contacts)|how (?:long|often) ~4 (?:wear|clean|replace)|(?:buy|order|prescription for) ~3 (?:contacts|lenses)"]
  },
  {
    id: "triage.urgent.eye-foreign-body-still",
    level: U,
    finding: "grit or something in the eye still felt, watering or scratching",
    all: [
      "(?:something|grit|dust|sand|metal|speck|piece|particle|bit|splinter|sawdust|debris|eyelash|fleck|shard) ~6 (?:in|into|under) (?:my|his|her|their|the) (?:eye|eyelid|eye lid)|(?:blew|flew|went|got|blown) (?:in|into) (?:my|his|her|their) eye",
      "still|keeps|keep|watering|streaming|scratch\\w*|gritty|feels like|cant get it out|wont come out|cant see|blurr\\w*|red|hurts|painful|since (?:yesterday|last night|this morning)|hours"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|came out|washed it out|rinsed it out|got it out|feels fine now|fine now|gone now"]
  },
  {
    id: "triage.urgent.shingles-near-eye",
    level: U,
    finding: "shingles on the forehead, nose or near the eye",
    all: [
      "shingles|zoster|culebrilla|herpes zoster",
      "eye|eyes|eyelid|eyelids|tip of (?:my|his|her|the) nose|nose|forehead|brow|temple|ojo|ojos|parpado|frente|nariz"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|vaccine|vaccination|jab|shot|shingrix|zostavax|(?:roof|roofing)"]
  },
  {
    id: "triage.urgent.time-critical-sexual-health",
    level: U,
    finding: "emergency contraception, HIV exposure or a needlestick: treatment works best within hours",
    all: [
      "morning after pill|morning after|emergency contraception|emergency contraceptive|plan b|ellaone|ella one|el la one|levonelle|ulipristal|levonorgestrel|pastilla del dia (?:despues|siguiente)|(?:condom|condoms|rubber|condon|preservativo) ~3 (?:broke|broken|split|burst|came off|slipped off|fell off|tore|ripped|se rompio|se rompe)|(?:needle ?stick|needlestick|sharps injury)|(?:stabbed|pricked|jabbed|stuck|poked) (?:myself|me|himself|herself)? ~1 (?:by|with|on) (?:a |an )?(?:used|dirty|discarded|contaminated|old) (?:needle|syringe|sharp|sharps)|(?:used|dirty|discarded) (?:needle|syringe) ~4 (?:stab|stabbed|prick\\w*|jab\\w*|stuck|poked|went into)|(?:hiv|vih) (?:positive|\\+|pos)|has hiv|tiene vih|\\bpep\\b|post exposure prophylaxis",
      "last night|yesterday|this morning|today|tonight|hours? ago|\\d+ hours|(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|at the weekend|need|needed|where can i|can i get|do i need|should i get|should i take|how (?:soon|quickly|long)|anoche|ayer|hoy|hace (?:\\d+|unas|pocas) horas|necesito|donde (?:puedo|consigo)|unprotected|sin condon|sin preservativo|at work|from a used"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|side effects? of (?:the )?(?:morning after|plan b|emergency contraception)|(?:does|do|did|will|would) (?:the )?(?:morning after|plan b|emergency contraception|ellaone) ~4 (?:affect|delay|make|cause|work if|interfere)|period ~4 (?:late|early|after)|took (?:the )?(?:morning after|plan b|ellaone|emergency contraception)|already took|(?:weeks|months) (?:after|since)|negative test|tested negative"]
  },
  {
    id: "triage.urgent.hot-swollen-joint",
    level: U,
    finding: "a hot, red, swollen joint",
    all: [
      "(?:knee|knees|ankle|elbow|wrist|joint|big toe|toe|hip|shoulder|knuckle|rodilla|tobillo|codo|articulacion) ~6 (?:red|hot|warm|roj[oa]|calient\\w*) ~4 (?:swollen|swelling|cant bend|barely bend|cant move|cant walk|hinchad\\w*)|(?:knee|knees|ankle|elbow|wrist|joint|big toe|toe|hip|shoulder|knuckle|rodilla|tobillo|codo|articulacion) ~6 (?:swollen|swelling|hinchad\\w*) ~4 (?:red|hot|warm|roj[oa]|calient\\w*)|(?:red|hot|warm) ~3 (?:and )?(?:swollen|hot|red) ~3 (?:knee|ankle|elbow|wrist|joint|big toe|toe|hip|shoulder|rodilla|tobillo)|(?:swollen) ~3 (?:and )?(?:red|hot) ~3 (?:knee|ankle|elbow|wrist|joint|big toe|toe|hip|shoulder|rodilla|tobillo)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|hace (?:meses|anos)|every (?:time|morning|winter)|after (?:running|the gym|a run|football|skiing)|arthritis ~4 (?:years|always|usually)"]
  },
  {
    id: "triage.urgent.dehydration-less-wee",
    level: U,
    finding: "vomiting or diarrhoea with less wee, fewer wet nappies or dizziness on standing",
    all: [
      "vomit\\w*|throwing up|threw up|being sick|been sick|diarrh\\w*|the runs|d v|d and v|gastro|stomach bug|tummy bug|vomitando|diarrea",
      "(?:peeing|weeing|urinating|wee|pee|wees|pees|passing urine|wet nappies|wet diapers|wet nappy|wet diaper) ~3 (?:less|fewer|hardly|barely|not much|less than|dark|only once|once)|(?:less|fewer|hardly any|barely any|not many|not much) (?:wet )?(?:pee|wee|urine|wees|pees|wet nappies|wet diapers|nappies|diapers)|(?:dizzy|lightheaded|light headed|faint|woozy) ~4 (?:stand|standing|stand up|get up|getting up|when i stand|on standing)|dark (?:urine|pee|wee)|(?:orina|hace pis|hace pipi) ~3 (?:menos|poco|casi nada)|(?:mareo|mareada|mareado) ~3 (?:parar|pararme|levantarme|de pie)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|(?:for|over) (?:weeks|months|years)"]
  },
  {
    id: "triage.urgent.fever-ear-or-tonsils",
    level: U,
    finding: "a fever with earache or pus on the tonsils",
    all: [
      "{fever}|(?:37\\.[89]|3[89](?:\\.\\d)?) ?(?:c|degrees|grados)?|10[0-4](?:\\.\\d)? ?(?:f|degrees)?",
      "earache|ear ache|ear pain|(?:pulling|tugging|pulls|tugs|rubbing|grabbing) ~2 (?:at )?(?:his|her|their|the|my) ears?|(?:duele|dolor) ~3 (?:el )?(?:oido|oidos|oreja)|(?:tonsils|throat|garganta|amigdalas) ~5 (?:white spots|pus|placas|white patches|spots|pus pockets|blanc\\w*)|placas|white spots on (?:his|her|my|the) tonsils"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|no (?:fever|temperature|temp)|normal temperature"]
  },
  {
    id: "triage.urgent.mastitis-fever",
    level: U,
    finding: "a red, hot or sore breast with a temperature or flu-like aches",
    all: [
      "breastfeed\\w*|breast feed\\w*|nursing|mastitis|breast|breasts|boob|boobs|pumping|expressing",
      "(?:red|hot|warm|hard|lump\\w*|sore|painful|swollen|wedge) ~4 (?:red|hot|warm|sore|painful|swollen|hard|lump\\w*|tender)",
      "fever|temp|temperature|flu like|flu ish|flu|chills|shiver\\w*|rigors|achy|aches|(?:37\\.[89]|3[89])(?:\\.\\d)?"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|no (?:fever|temperature|temp)|normal temperature"]
  },
  {
    id: "triage.urgent.reliever-every-few-hours",
    level: U,
    finding: "asthma worse and the reliever needed every few hours",
    all: [
      "blue inhaler|reliever|ventolin|salbutamol|albuterol|inhaler|puffer|nebuli[sz]er",
      "every (?:[2-4]|two|three|four|couple of|few|couple) (?:hours|hrs)|(?:[4-9]|1\\d|four|five|six|seven|eight|ten) (?:times|puffs) (?:a|per|each) day|more than (?:usual|normal|ever)|(?:lots|loads|constantly|all the time|non stop|nonstop)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|spacer|how (?:do|to|often should)|prescription|refill|run out|ran out|expired"]
  },
  {
    id: "triage.urgent.catheter-not-draining",
    level: U,
    finding: "a urinary catheter that has stopped draining",
    all: [
      "catheter|catheters|suprapubic|foley|sonda",
      "(?:not|hasnt|isnt|stopped|nothing|no|wont|doesnt) ~3 (?:drain\\w*|flowing|coming out|in the bag)|blocked|bypass\\w*|(?:bag|leg bag) ~3 (?:empty|dry|nothing)|no (?:urine|wee|pee) ~3 (?:bag|coming)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|heart catheter|cardiac catheter|iv catheter|picc|cannula|how (?:do|to|often)"]
  },
  {
    id: "triage.urgent.low-white-cell-drug-infection",
    level: U,
    finding: "sore throat, mouth ulcers, fever or bruising on a drug that can wipe out white cells",
    all: [
      "methotrexate|azathioprine|mercaptopurine|clozapine|carbimazole|propylthiouracil|ptu|mycophenolate|leflunomide|sulfasalazine|sulphasalazine|cyclophosphamide|hydroxyurea|hydroxycarbamide|dapsone|deferiprone",
      "sore throat|throat ~3 (?:sore|hurts|painful)|mouth ulcers|ulcers ~3 mouth|fever|temp|temperature|chills|shiver\\w*|bruis\\w*|bleeding gums|(?:flu|flu like|feel\\w*) ~2 (?:unwell|ill|rough|awful)|infection"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:side effects|leaflet|blood tests?|monitoring) ~4 (?:list|say|says|mention)|can i (?:take|drink|have)|is it safe|before starting|thinking (?:of|about) starting|(?:will|would|could|can|does|do) ~4 (?:cause|give)"]
  },
  {
    id: "triage.urgent.infection-contact-in-pregnancy",
    level: U,
    finding: "contact with chickenpox, shingles, measles or slapped cheek in pregnancy",
    all: [
      QR_PREGNANT,
      "chickenpox|chicken pox|varicella|shingles|measles|slapped cheek|parvovirus|fifth disease|rubella|german measles|varicela|sarampion",
      "around|exposed|exposure|contact|been with|near|spent|party|visited|sat next to|caught|has it|have it|just found out|told me|hugged|held|cuddled|kissed|played with|babysat|looked after|(?:come|came|broke|broken) out in|has (?:got )?(?:chickenpox|chicken pox|shingles|measles)|expuesta|contacto|estuve con"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|vaccine|vaccinated|jab|immunity test\\w* ~3 (?:fine|normal|positive|immune)|(?:im|i am|i m) immune|had it as a (?:kid|child)|(?:had|have had) (?:it|chickenpox|chicken pox) (?:as|when)"]
  },
  {
    id: "triage.urgent.critical-medicine-run-out",
    level: U,
    finding: "insulin or another medicine that must not stop has run out, broken or been lost",
    all: [
      "insulin|insulin pen|lantus|levemir|tresiba|toujeo|novorapid|humalog|fiasp|apidra|abasaglar|type 1|t1d|hydrocortisone|fludrocortisone|keppra|levetiracetam|epilim|valproate|lamotrigine|tacrolimus|ciclosporin|cyclosporine|anti rejection|antirejection|insulina",
      "(?:run|ran|running|going to run) out|out of|none left|no more|(?:lost|dropped|smashed|broke|broken|forgot|left) ~4 (?:my|his|her|the|last)? ~1 (?:pen|pens|vial|vials|insulin|supply|meds|tablets|bag|cartridge\\w*)|(?:pharmacy|chemist|surgery|gp) ~4 (?:shut|closed|cant|wont|out of stock|doesnt have)|se me (?:acabo|termino)|no tengo"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:order|ordered|collect|collected|pick up|picked up) ~4 (?:next|tomorrow|later)|how (?:do|to|long|should)|travel\\w* ~4 (?:abroad|with)|out of date|out of the fridge|out of range|out of breath"]
  },
  {
    id: "triage.urgent.fever-after-tropics",
    level: U,
    finding: "a fever after travel to a malaria or tropical area",
    all: [
      "{fever}|(?:37\\.[89]|3[89](?:\\.\\d)?) ?(?:c|degrees)?|chills|rigors|shiver\\w*",
      "(?:back|home|returned|got back|came back|just back|arrived|flew in|travel\\w*|visit\\w*|trip|holiday|vacation|safari|been) ~6 (?:africa|kenya|nigeria|ghana|uganda|tanzania|malawi|zambia|zimbabwe|mozambique|congo|cameroon|sierra leone|liberia|senegal|gambia|ethiopia|sudan|india|pakistan|bangladesh|nepal|thailand|vietnam|cambodia|laos|myanmar|indonesia|philippines|papua|brazil|peru|colombia|venezuela|guyana|tropics|tropical|the tropics|malaria)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:year)|(?:before|planning|going|booked|next (?:week|month)) ~4 (?:trip|travel|to|holiday)|vaccines? (?:for|before)|malaria tablets ~4 (?:which|should|need)"]
  },
  {
    id: "triage.urgent.child-swallowed-object",
    level: U,
    finding: "a child who swallowed a coin or small object, breathing fine",
    all: [
      QR_CHILD,
      "(?:swallowed|swallow|ate|eaten|gulped|se trago|trago|se comio) ~4 (?:a |an |the |his |her |some |una |un )?(?:coin|coins|penny|pennies|moneda|monedas|marble|marbles|earring|ring|button|bead|beads|lego|small toy|piece of (?:a )?toy|pin|safety pin|screw|nail|stone|pebble|canica|arete|boton|tornillo|piedra|juguete)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|came out|passed it|pooped it out|in (?:his|her) poo|in the nappy|chocolate coin|chocolate coins|silica|desiccant|gel beads?|sugar beads?|sprinkles|cake decoration\\w*"]
  },
  {
    id: "triage.urgent.wound-dirt-embedded",
    level: U,
    finding: "a wound with grit, glass or dirt stuck deep in it",
    all: [
      "cut|cuts|wound|graze|grazed|gash|scrape|scraped|knee|hand|palm|foot|leg|arm|elbow|herida|rodilla|mano",
      "(?:gravel|grit|dirt|glass|stones|stone|splinter|splinters|debris|metal|tierra|piedritas|vidrio|astilla) ~6 (?:stuck|embedded|deep|in it|in there|wont come out|cant get out|i cant get|still in|under the skin|clavad\\w*|metid\\w*|adentro|dentro)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|got it (?:all )?out|came out|removed it|pulled it out|(?:small|tiny) splinter"]
  },
  {
    id: "triage.urgent.cut-gaping-or-through",
    level: U,
    finding: "a cut that gapes open or goes right through the lip or skin",
    all: [
      "cut|cuts|split|gash|wound|laceration|herida|cortada|se corto|me corte|abierta",
      "(?:goes|went|gone|cut|split) ~3 (?:right|all the way|straight) through|through to (?:the )?(?:skin|outside|other side)|(?:gaping|gapes|gape|wide open|edges (?:apart|wont meet|dont meet|dont close|wont close)|wont stay closed|(?:herida|cortada) ~3 (?:abierta|profunda|grande))|(?:herida|cortada) ~6 (?:abierta|profunda)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|paper cut|(?:small|tiny|little|minor) (?:cut|nick|scratch)|healed|closed up"]
  },
  {
    id: "triage.urgent.bone-in-throat",
    level: U,
    finding: "a swallowed fish or chicken bone still felt in the throat",
    all: [
      "bone|bones|fishbone|espina|hueso",
      "(?:throat|garganta) ~4 (?:still|scratch\\w*|stuck|feel|feels|sharp|prick\\w*|atorad\\w*|clavad\\w*|siento)|(?:still|can) (?:feel|felt) (?:it|something|the bone) ~4 (?:throat|there|scratch\\w*|stuck)|stuck"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|coughed it up|came up|gone now|(?:my|the) (?:dog|cat)|bone broth|bone density|bone marrow|broke a bone|broken bone|bone pain|bone scan|(?:my|his|her) bones|funny bone"]
  },
  {
    id: "triage.urgent.tick-bullseye-rash",
    level: U,
    finding: "a spreading ring or bullseye rash after a tick bite",
    all: [
      "tick|ticks|garrapata\\w*",
      "bullseye|bulls eye|bullys eye|bull s eye|target|ring (?:shaped|like)|(?:red )?ring|rash|spreading red|sarpullido|roncha|mancha roja|erythema migrans"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:year)|tick (?:the|a|this) box|ticks? (?:over|along|by)|check ~3 ticks|tick tock|tic|tics|tick remover|how (?:do|to) remove"]
  },
  {
    id: "triage.urgent.nosebleed-keeps-returning",
    level: U,
    finding: "a nosebleed that keeps starting again",
    all: [
      "nosebleed\\w*|nose bleed\\w*|nose ~3 (?:bleed\\w*|blood)|sangr\\w* ~3 nariz|nariz ~3 sangr\\w*",
      "on and off|off and on|keeps (?:starting|coming back|bleeding|going|restarting)|(?:started|starting|starts) (?:again|up again)|again and again|(?:several|many|\\d+|three|four|five) times ~4 (?:today|this morning|since|in|an hour)|all morning|all day|all afternoon|all night|otra vez|vuelve a sangrar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|every (?:winter|summer|year)|as a (?:kid|child)|always (?:get|had|have)"]
  },
  {
    id: "triage.urgent.burn-blister-spanish",
    level: U,
    finding: "una quemadura con ampolla grande, en la mano, la cara o de agua hirviendo",
    all: [
      "quem\\w*|escald\\w*|(?:agua|aceite|cafe|sopa|leche|caldo|vapor|plancha|olla|horno|sarten|estufa|comal) ~3 (?:hirviendo|caliente|ardiendo)|que me ~4 (?:con|en) (?:la|el|una|un) (?:plancha|estufa|comal|horno|sarten|olla|vela|cerillo|encendedor)",
      "ampolla\\w*|(?:palma|mano|manos|dedos|cara|genitales|pie)|(?:duele|dolor) ~2 (?:muchisimo|mucho|fuerte)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|sol|solar|bronceado|playa|acidez|agruras|ardor al orinar|arde al orinar|(?:me|le) arde (?:la garganta|el estomago)", "sin ampollas?|un poquito|manchita"]
  },
  {
    id: "triage.urgent.ear-discharge-painful",
    level: U,
    finding: "an ear leaking pus, fluid or blood with pain, muffled hearing or swelling",
    all: [
      "(?:ear|ears|ear canal|oido|oidos|oreja) ~8 (?:leaking|leaks|discharg\\w*|pus|gunk|goo|gloop|fluid|blood\\w*|bloody|yellow stuff|green stuff|supura\\w*|pus)|(?:blood\\w*|bloody|pus|yellow|green|gunk|goo|discharge|fluid) ~6 (?:from|out of|in|on) ~2 (?:my|his|her|their|the)? ~1 (?:ear|ears|pillow)|sale ~3 (?:pus|sangre|liquido) ~3 (?:oido|oreja)",
      "swollen|swelling|swollen shut|blood\\w*|bloody|agony|(?:really|very|so|severely|extremely) (?:painful|sore)|severe|since (?:yesterday|last night|this morning|the flight|flying|swimming)|after (?:the |a |my )?(?:flight|flying|plane|swimming|swim|diving|dive|slap|blow|hit|injury|explosion|firework)|muffled|fever|temp|hinchad\\w*|sangr\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|(?:for|over) (?:months|years)|for a long time|chronic|ear ?wax|wax|cotton bud|q tip|grommet\\w* ~4 (?:normal|expected)"]
  },
  {
    id: "triage.urgent.newborn-red-sticky-eye",
    level: U,
    finding: "a red eye with discharge in a baby under a month old",
    all: [
      "(?:[1-9]|[12]\\d|30) (?:day|days|dias) old|[1-4] (?:week|weeks|wk|wks) old|newborn|new born|recien nacid\\w*|(?:bebe|baby) de (?:[1-4] semanas|\\d+ dias)",
      "(?:eye|eyes|eyelid|eyelids|ojo|ojos) ~6 (?:red|swollen|puffy|rojo|roja|hinchad\\w*)|(?:red|swollen|puffy) ~2 (?:eye|eyes|eyelid|eyelids)",
      "sticky|discharge|pus|gunk|goo|goop\\w*|crust\\w*|yellow|green|legan\\w*|pus|secrecion|lagan\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|blocked tear duct ~4 (?:diagnosed|told|said)"]
  },
  {
    id: "triage.urgent.new-drug-rash",
    level: U,
    finding: "a rash or hives since starting a new medicine",
    all: [
      "rash|hives|welts|itchy (?:red )?(?:spots|blotches|bumps)|blotch\\w*|sarpullido|ronchas|erupcion|urticaria",
      "(?:since|after) (?:starting|beginning|taking|i started|i began) ~4 (?:a |an |the |my |this )?(?:new )?(?:antibiotic\\w*|medicine|medicines|medication|medications|tablets|pills|drug|course|amoxicillin|penicillin|augmentin|co amoxiclav|flucloxacillin|cefalexin|doxycycline|trimethoprim|nitrofurantoin|septrin|bactrim|lamotrigine|allopurinol|carbamazepine|phenytoin)|(?:new|started|starting) (?:antibiotic\\w*|medicine|medication|tablets|pills|drug|amoxicillin|penicillin) ~8 (?:rash|hives|welts|itchy|blotch\\w*|spots)|(?:desde|despues de) (?:que )?(?:empece|empezar|tomar|comence) ~4 (?:antibiotic\\w*|medicamento|medicina|pastilla\\w*)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|(?:can|could|does|do|will|would) ~4 (?:cause|give)|leaflet|side effects? list|heat rash|nappy rash|diaper rash"]
  },
  {
    id: "triage.urgent.pain-not-controlled",
    level: U,
    finding: "pain that painkillers are not touching",
    all: [
      "(?:painkillers|pain killers|pain relief|paracetamol|ibuprofen|co codamol|cocodamol|codeine|tylenol|advil|calpol|nurofen|analgesics|pain meds|pain medication|pain pills|naproxen|tramadol) ~4 (?:arent|are not|not|isnt|is not|wont|dont|do not|doesnt|does not|no longer|barely|havent|hasnt|didnt) ~2 (?:touching|touched|touch|helping|helped|help|working|worked|work|doing anything|making a dent|taking the edge off|shifting)|nothing (?:is |seems to be )?(?:touching|helping with) (?:the pain|it)",
      "(?:really|very|so|extremely|incredibly|horribly|awfully) (?:painful|bad|sore)|severe|excruciating|agony|unbearable|worst|cant (?:sleep|walk|stand|move|eat)|barely (?:walk|stand|move|sleep)|screaming|crying|(?:tooth|teeth|wisdom tooth) (?:out|pulled|extracted|removed)|extraction|socket|after (?:my |the |an |a )?(?:surgery|operation|op|procedure|c section|section)|shooting|throbbing|getting worse|worse and worse|\\d+ ?(?:out of|/) ?10"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|chronic|arthritis|fibromyalgia|period pain|periods|cramps every|every month|migraine|(?:just|only) (?:a|an) ~2 (?:ache|twinge|niggle)|mild|muscular ache"]
  },
  {
    id: "triage.crisis.suicidal-thoughts-no-plan",
    level: U,
    crisis: true,
    finding: "thoughts of suicide with no plan and safe for now: talk to someone today",
    all: [
      "thoughts (?:about|of) (?:ending (?:things|it|it all|my life)|suicide|killing myself|not being here|not wanting to be here|dying|death)|(?:thinking|thought) (?:about|of) (?:ending (?:things|it|it all|my life)|not being here|killing myself)|pensamientos (?:de|sobre) (?:suicid\\w*|acabar con|quitarme la vida|morir)",
      "no plan|not (?:going to|gonna) (?:act|do anything)|wont act|(?:im|i am|feel) safe (?:right now|for now|tonight|at the moment|today)|keep myself safe|not in (?:danger|immediate danger)|no tengo (?:un )?plan|estoy a salvo"
    ]
  },
  {
    id: "triage.crisis.suicidal-thoughts-loose",
    level: E,
    crisis: true,
    finding: "thoughts of ending one's life",
    all: [
      "thoughts (?:about|of) (?:ending (?:things|it all|my life)|killing myself|not being here|not wanting to be here)|(?:thinking|thought) (?:about|of) (?:ending (?:things|it all|my life)|not being here)|pensamientos (?:de|sobre) (?:suicid\\w*|acabar con (?:todo|mi vida)|quitarme la vida)"
    ],
    unless: ["no plan|not (?:going to|gonna) (?:act|do anything)|wont act|(?:im|i am|feel) safe (?:right now|for now|tonight|at the moment|today)|keep myself safe|not in (?:danger|immediate danger)|no tengo (?:un )?plan|estoy a salvo|(?:years|months) ago|used to|in the past|when i was (?:younger|a teen|a teenager|\\d+)|(?:my|a) (?:friend|patient|client|student|son|daughter|brother|sister)|{xHypothetical}"]
  },
  {
    id: "triage.urgent.fast-breathing-spanish",
    level: U,
    finding: "respira rápido o con dificultad",
    all: [
      "(?:respira|respirando|respiracion) ~4 (?:rapid\\w*|agitad\\w*|con dificultad|raro|con esfuerzo|fuerte)|(?:se le hunden|se le marcan) ~3 (?:costillas|costillitas)|aleteo nasal"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|ejercicio|correr|corriendo|ansiedad|nervios|(?:mi|el) (?:perro|gato)"]
  },
  {
    id: "triage.urgent.fracture-spanish",
    level: U,
    finding: "posible fractura: hueso roto, torcido o deformado",
    all: [
      "(?:creo que|puede que|quizas|tal vez|parece que)? ~2 (?:me|se|le) (?:rompi|rompio|quebre|quebro|fracture|fracturo|disloque|disloco) ~3 (?:la|el|los|las|un|una)? ~1 (?:nariz|brazo|pierna|muneca|tobillo|dedo|hueso|clavicula|codo|costilla\\w*|mano|pie|hombro)|(?:nariz|dedo|brazo|muneca|tobillo|pierna|codo|hombro|clavicula) ~4 (?:torcid[oa]|chuec[oa]|deformad[oa]|rot[oa]|quebrad[oa]|fracturad[oa]|fuera de lugar|zafad[oa])"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado|yeso ~4 (?:quitaron|quitan)|(?:ya )?(?:sano|se curo|soldo)"]
  },
  {
    id: "triage.urgent.leg-hot-swollen-spanish",
    level: U,
    finding: "pierna o pantorrilla hinchada, roja o caliente (posible coágulo o infección)",
    all: [
      "(?:pierna|pantorrilla|chamorro|pie|tobillo) ~6 (?:hinchad[oa]) ~4 (?:roj[oa]|calient\\w*|dura|duele|dolor)|(?:pierna|pantorrilla|chamorro) ~6 (?:roj[oa]|calient\\w*) ~4 hinchad[oa]|(?:coagulo|trombo\\w*) ~3 (?:pierna|pantorrilla)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|(?:siempre|todos los dias|cada tarde|al final del dia)|embarazada ~4 (?:normal|tobillos)"]
  }
];
MORE_TRIAGE_RULES.push(...[...QR_RULES, ...QR_URGENT_RULES].map((rule) => {
  const unless = [...(rule.unless ?? []), ...(rule.level === U ? [QR_IF_AHEAD] : []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

// triage-s: concepts from set s (an independent writer's alarming-looking routine messages, urgent
// messages and emergencies in unusual wording), tested in other wording. Emergencies: a late period
// or positive test with one-sided low pain and shoulder-tip pain or faintness on standing (ectopic);
// Spanish sepsis signs (fever with confusion or fast breathing and no wee, mottled or cold hands); a
// party drug with overheating and confusion or a racing heart; most of a box or bottle of
// paracetamol or other tablets; colicky crying every few minutes with legs drawn up, pallor between
// bouts or redcurrant jelly in the nappy (also Spanish); a heart rate near two hundred with
// near-fainting; no baby movements late in pregnancy in Spanish. Same-day care: ear pulling with
// fever in a child; an infected wound days after a cut; fewer wet nappies with diarrhoea or vomiting
// (also Spanish); shingles; something flown into the eye from grinding or metalwork; a scratched eye
// with blurring; fever with cough and pain on breathing in Spanish; a bad gout flare; a COPD flare
// (also Spanish); a crushed fingertip; a tooth socket getting worse days after an extraction; early
// pregnancy with one-sided low pain; a rash after starting lamotrigine-like medicines; sudden hearing
// loss in one ear; mastitis in Spanish; a limping child who will not bear weight; a tampon or cup
// stuck; thirst, weeing a lot and weight loss (new diabetes).
const S_EARLY_PREGNANCY =
  "(?:period|periods|regla) ~4 (?:late|overdue|missed|hasnt come|hasnt started|didnt come|atrasada|retrasada|no me ha bajado|no me baja)|missed (?:a |my |her )?period|positive (?:pregnancy )?test|tested positive|(?:pregnancy )?test ~3 positive|(?:[4-9]|1[0-2]) (?:weeks|wks|wk) pregnant|early pregnancy|newly pregnant|just found out (?:im|i am|shes|she is) pregnant|(?:prueba|test) (?:de embarazo )?positiv[oa]|retraso (?:de|en) (?:la )?regla|embarazada de (?:[4-9]|1[0-2]) semanas";
const S_LOW_SIDE_PAIN =
  "(?:pain|pains|ache|aching|cramp|cramps|cramping|twinge|stabbing|dolor|molestia|punzada) ~6 (?:low|lower|low down|one side|left side|right side|on the left|on the right|my left|my right|pelvi\\w*|groin|lado izquierdo|lado derecho|un lado|bajo vientre|abajo)|(?:low|lower|left|right|one) ~3 (?:side|down) ~4 (?:pain|pains|ache|aching|cramp|cramps|dolor)";
const S_RULES: TriageRuleSpec[] = [
  {
    id: "triage.pregnancy.ectopic-signs",
    level: E,
    finding: "early pregnancy with one-sided low pain and shoulder-tip pain or faintness (possible ectopic)",
    all: [
      S_EARLY_PREGNANCY,
      S_LOW_SIDE_PAIN,
      "(?:tip|tips|top) of ~2 (?:my |her |the )?shoulder|shoulder (?:tip|tips)|punta del hombro|(?:dizzy|faint|lightheaded|light headed|grey|gray|pale|woozy|black|mareo\\w*|mareada|palida) ~6 (?:stand|standing|stand up|get up|getting up|sit up|every time|de pie|levantarme|pararme)|(?:passed out|fainted|blacked out|collapsed|clammy|me desmaye|desmayo)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|last pregnancy|previous pregnancy|with my (?:first|last|previous|other)"]
  },
  {
    id: "triage.infection.sepsis-spanish",
    level: E,
    finding: "fiebre con confusión o respiración rápida y sin orinar, manos frías o piel con manchas (posible sepsis)",
    all: [
      "fiebre|escalofrios|tiritando|calentura|temperatura (?:alta|de (?:3[89]|4\\d))",
      "no (?:dice|habla) ~3 (?:nada )?(?:con sentido|coherente)|confundid[oa]|desorientad[oa]|no sabe (?:donde|quien)|no (?:me |nos |la |lo )?reconoce|delira\\w*|muy (?:adormilad[oa]|somnolient[oa])|respira ~3 (?:muy )?(?:rapido|rapida|agitad[oa])",
      "no (?:ha )?(?:hecho|hace) pis|no (?:ha )?orinado|no orina|sin orinar|(?:manos|piernas|pies|piel|rodillas|brazos) ~4 (?:manchas|moteada\\w*|marmol\\w*|jaspead\\w*|morad\\w*)|(?:manos|pies) ~2 (?:frias|heladas)|labios morados|no (?:dice|habla) ~3 (?:nada )?(?:con sentido|coherente)|desorientad[oa]"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado"]
  },
  {
    id: "triage.poisoning.party-drug-overheating",
    level: E,
    finding: "a party drug with overheating and confusion or a racing heart",
    all: [
      "(?:took|taken|dropped|popped|necked|swallowed|had|done|did|on) ~4 (?:molly|mandy|mdma|ecstasy|xtc|pingers|pinger|pingas|speed|coke|cocaine|meth|crystal|bath salts|ket|ketamine|uppers|pills|a pill|tabs|a tab|acid)|(?:took|taken|dropped|popped|necked|swallowed|had) ~3 (?:something|a load of something|some stuff|stuff) ~8 (?:festival|rave|party|club|gig|concert|night out|afters)|(?:festival|rave|party|club|gig|concert|night out|afters) ~8 (?:took|taken|dropped|popped|necked|swallowed) ~3 (?:something|a load|stuff|some)",
      "boiling|burning up|roasting|overheat\\w*|(?:very|really|so|super|too) hot|red hot|on fire|sweating buckets|pouring with sweat|drenched in sweat|(?:temp|temperature) ~3 (?:high|through the roof|sky high|4\\d|39)",
      "confus\\w*|(?:doesnt|dont|does not|didnt) know where|where (?:we|he|she|they) (?:are|is)|not making sense|talking nonsense|heart ~4 (?:racing|pounding|going mental|going crazy|going mad|going like|thumping|hammering|beating out|so fast|really fast)|fitting|seiz\\w*|twitch\\w*|hallucinat\\w*|cant stand|collaps\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|confused about (?:the|which|how|what|whether|if)"]
  },
  {
    id: "triage.poisoning.most-of-a-pack",
    level: E,
    finding: "most of a box or bottle of paracetamol or other tablets swallowed",
    all: [
      "(?:finished|nearly finished|almost finished|most of|half|half of|the whole|whole|an entire|entire|all of|rest of|the rest of) ~2 (?:the |a |my |his |her )?(?:bottle|box|boxes|pack|packs|packet|packets|tub|strip|strips|blister pack|caja|bote|frasco|paquete) ~3 (?:of )?(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co codamol|cocodamol|codeine|ibuprofen|aspirin|sleeping pills|sleeping tablets|painkillers|pain killers|paracetamol|pastillas)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|over (?:the|a|this|last) ~2 (?:week|weeks|month|months|few days|couple of days)|(?:this|last) week|for (?:my|the|a|his|her) (?:flu|cold|back|headache|period|cough|toothache)|need (?:a |to buy|more)|bought|buy|ran out|run out|running out|expired|out of date|in (?:the|a) (?:cupboard|drawer|bin|cabinet)|as prescribed"]
  },
  {
    id: "triage.abdominal.intussusception-signs",
    level: E,
    finding: "a baby or toddler with bouts of crying every few minutes, legs drawn up, pale between bouts or redcurrant jelly in the nappy",
    all: [
      "{xChild}|\\d+ (?:meses|months|mo|month)|bebe|nene|nena",
      "(?:llanto|llora|grita|gritos|crying|cries|cry|screaming|screams|scream) ~10 (?:encoge|dobla|levanta|recoge|sube|draws|draw|drawing|pulls|pulling|brings|bringing) ~3 (?:las piernas|piernas|rodillas|legs|knees)|(?:cada|every) (?:\\d+|unos|few|couple of) (?:minutos|min|minutes|mins) ~8 (?:llanto|llora|grita|crying|screaming|screams|cries|pain|dolor|bouts|attacks|ataques)|(?:llanto|llora|grita|crying|screaming|screams|cries|pain|dolor|bouts|attacks|ataques) ~8 (?:cada|every) (?:\\d+|unos|few|couple of) (?:minutos|min|minutes|mins)",
      "(?:gelatina|mermelada|jalea|jelly|jam|redcurrant) ~3 (?:roja|rojo|red|de grosella|in (?:the|his|her) (?:nappy|diaper|poo|stool))|(?:red|roja|rojo|bloody|sangre) ~4 (?:jelly|gelatina|mermelada|jalea)|(?:between|in between|entre|entre medias) ~6 (?:pale|palid[oa]|floppy|flojo|floja|limp|lethargic|decaid[oa]|grey|gray|blanco|blanca|sleepy|dormido)|(?:pale|palid[oa]|floppy|flojo|floja|limp|lethargic|decaid[oa]|grey|gray|sleepy) ~4 (?:in between|between|entre (?:medias|ataques|crisis))"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|hace (?:semanas|meses|anos)"]
  },
  {
    id: "triage.cardiac.rate-two-hundred-faint",
    level: E,
    finding: "a heart rate near two hundred with near-fainting",
    all: [
      "(?:heart|pulse|heart rate|hr|bpm|ticker|corazon|pulso) ~6 (?:(?:1|one) hundred and (?:[5-9]0|fifty|sixty|seventy|eighty|ninety)|(?:2|two) hundred|1[6-9]\\d|2[0-4]\\d|doscientos)",
      "pass out|passing out|faint\\w*|black out|blacking out|dizzy|lightheaded|light headed|chest (?:pain|tight\\w*|pressure)|cant breathe|short of breath|breathless|grey\\w*|going dark|tunnel vision|desmay\\w*|mare\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|max (?:heart rate|hr)|target (?:heart rate|hr|zone)|heart rate zone"]
  },
  {
    id: "triage.pregnancy.no-movements-spanish",
    level: E,
    finding: "embarazo avanzado y el bebé no se mueve o se mueve mucho menos",
    all: [
      "embarazada|embarazo|(?:2[4-9]|3\\d|4[0-2]) semanas",
      "no (?:se )?(?:ha |he |lo |la |le )?(?:movido|mueve|patea|pateado|noto|notado|siento|sentido) ~3 (?:nada|desde|en todo|hoy|casi|mover|moverse|patear)|(?:se mueve|patea|movimientos) ~3 (?:menos|muy poco|mucho menos|casi nada|nada)|(?:dejo|ha dejado) de moverse"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|(?:en|con) (?:mi|el) (?:primer|anterior|otro) embarazo"]
  },
  // --- same-day care ---
  {
    id: "triage.urgent.ear-pulling-fever",
    level: U,
    finding: "a child with a fever pulling at an ear",
    all: [
      "(?:pull\\w*|tugg\\w*|rubb\\w*|grabb\\w*|holding|hold\\w*|poking) ~3 (?:at )?(?:his|her|their|the|its)? ~1 (?:ear|ears|oreja|orejas|oido|oidos)|(?:se toca|se jala|se tira de|se agarra) ~2 (?:la oreja|las orejas|el oido|los oidos)",
      `fever|feverish|burning up|high temp\\w*|fiebre|calentura|${TEMP_NOT_NORMAL}`
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|teething"]
  },
  {
    id: "triage.urgent.wound-infected-later",
    level: U,
    finding: "a cut or wound turning red and swollen or oozing days later",
    all: [
      "cut|cuts|wound|graze|grazed|gash|scrape|scratch|splinter|bitten|stitches|incision|herida|cortada|me corte|se corto|(?:una|unas) encarnad[ao]s?|ingrown (?:toenail|nail)",
      "(?:red|redness|hot|warm|inflamed|roj[oa]|calient\\w*) ~8 (?:swollen|swelling|pus|oozing|weeping|yellow\\w* (?:stuff|gunk|goo|discharge|fluid)|smell\\w*|throbbing|hinchad\\w*|supur\\w*)|(?:swollen|swelling|hinchad\\w*) ~8 (?:red|redness|hot|warm|roj[oa]|calient\\w*) ~8 (?:pus|oozing|weeping|yellow\\w*|smell\\w*|coming out)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|mosquito|bug bite|insect bite|midge|gnat|flea|sunburn|(?:healing|healed) (?:well|fine|nicely)|tattoo|acne|pimple|cold sore|hemorrhoid\\w*|haemorrhoid\\w*|sore throat"]
  },
  {
    id: "triage.urgent.fewer-wet-nappies",
    level: U,
    finding: "a baby or child with fewer wet nappies and diarrhoea, vomiting or poor feeding",
    all: [
      "(?:only|just|fewer|less|not many|barely|hardly any|no) ~2 (?:\\d+ )?(?:wet )?(?:nappies|nappys|diapers|nappy|diaper)|(?:nappies|diapers|nappy|diaper) ~3 (?:dry|drier|lighter|not as wet|barely wet)|(?:moja|mojado|mojando|hace|ha hecho) ~3 (?:menos|pocos|muy pocos|casi no) ~2 (?:panales|panal|pis)?|(?:menos|pocos) panales|panales? secos?|no (?:ha )?(?:mojado|orinado) (?:el|ningun|los)? ~1 panal\\w*",
      "diarrh\\w*|runny (?:poo|poos|stool\\w*|nappies)|watery (?:poo|poos|stool\\w*)|vomit\\w*|being sick|throwing up|not feeding|feeding less|less interested|off (?:his|her) (?:feeds|milk|food)|fever|diarrea|vomit\\w*|devuelve"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|hace (?:semanas|meses|anos)|potty|toilet train\\w*|nappy rash|diaper rash|cloth nappies|brand"]
  },
  {
    id: "triage.urgent.shingles",
    level: U,
    finding: "a painful rash in a band on one side (shingles: antivirals work best early)",
    all: [
      "shingles|zoster|culebrilla|(?:rash|blisters|blistery|blister|spots|ampollas|sarpullido) ~8 (?:strip|band|stripe|belt|line|one side|a side|franja|un lado)|(?:strip|band|stripe|franja) ~6 (?:rash|blisters|blistery|spots|ampollas)",
      "started|appeared|came up|came out|broke out|since|yesterday|today|this morning|\\d+ days|new|painful|hurts|burning|tingl\\w*|think (?:i|he|she) (?:has|have|ve got|s got)|ayer|desde|duele"
    ],
    unless: ["{xHypothetical}|vaccin\\w*|jab|shot|vacuna|(?:weeks|months|years) ago|last (?:month|year)|as a (?:kid|child)|can (?:i|you|he|she) (?:catch|get)|contagious|how long|scar\\w*|nerve pain (?:for|since)"]
  },
  {
    id: "triage.urgent.eye-metal-fragment",
    level: U,
    finding: "something flew into the eye while grinding, drilling or hammering",
    all: [
      "grinding|grinder|drilling|hammering|chisel\\w*|welding|sanding|metal|strimming|strimmer|sawing|power tool|esmeril\\w*|soldando|taladr\\w*",
      "(?:in|into) (?:my|his|her|their|the|one|an|your) (?:eye|eyes|eyeball)|(?:en|a) (?:el|mi|un) ojo|(?:se me metio|me entro|le entro|se le metio) ~4 (?:ojo|ojos)",
      "scratchy|gritty|watering|streaming|blink\\w*|sore|red|still (?:feel|there|in)|something in|pain|hurts|blurr\\w*|cant open|lagrim\\w*|duele|rasp\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.urgent.eye-scratched-blurred",
    level: U,
    finding: "an eye scratched or poked with blurring, streaming or sharp pain",
    all: [
      "(?:fingernail|finger nail|nail|finger|swiped|poked|jabbed|scratched|claw|claws|clawed|branch|twig|paper|card|una|dedo|arano|aranazo) ~12 (?:eye|eyes|eyeball|ojo|ojos)|(?:eye|eyes|eyeball|ojo|ojos) ~16 (?:fingernail|finger nail|nail|finger|swiped|poked|scratched|branch|twig|una|dedo|arano)",
      "blurr\\w*|cant see|streaming|watering|cant open|light hurts|sensitive to light|sharp pain|(?:really|very|so) (?:painful|sore)|borros\\w*|lagrim\\w*|no puedo abrir"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hay fever|allerg\\w*|contact lens solution|eye drops for|screen|tired eyes"]
  },
  {
    id: "triage.urgent.chest-infection-spanish",
    level: U,
    finding: "fiebre con tos y dolor al respirar hondo o flemas verdes (posible neumonía)",
    all: [
      "fiebre|calentura|temperatura|escalofrios",
      "tos|tosiendo|toso",
      "(?:duele|dolor|punzada|pincha) ~6 (?:costado|pecho|espalda|lado|costilla\\w*) ~6 (?:respirar|respiro|toser|toso|hondo|hon do|profundo)|(?:al|cuando) (?:respirar|respiro|toser|toso) ~4 (?:duele|dolor|punzada|pincha)|flemas? (?:verdes|amarillas|con sangre|oscuras)"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado"]
  },
  {
    id: "triage.urgent.gout-flare-bad",
    level: U,
    finding: "a gout flare that is the worst yet or stops walking",
    all: [
      "gout|gota",
      "flar\\w*|attack|ataque|crisis|again|otra vez|acting up",
      "never (?:been )?(?:this|so|that) bad|worst|cant (?:walk|get a shoe on|put (?:a )?shoe on|wear a shoe|bear|stand|put weight|sleep)|red hot|hot to (?:touch|the touch)|no puede (?:caminar|andar|ponerse|apoyar)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|diet|foods|prevent|how to avoid|what (?:causes|triggers)"]
  },
  {
    id: "triage.urgent.copd-flare",
    level: U,
    finding: "COPD or emphysema with more breathlessness or changed phlegm (a flare)",
    all: [
      "copd|epoc|emphysema|enfisema|chronic bronchitis|bronquitis cronica",
      "(?:cuesta|costando|dificil) ~3 (?:mas )?respirar|mas (?:ahogo|ahogad[oa]|fatiga|disnea)|(?:flemas|moco\\w*|esputo) ~4 (?:verdes|amarill\\w*|mas oscur\\w*|con sangre|cambiad\\w*)|(?:more|extra|increas\\w*) (?:breathless|short of breath|wheezy|sputum|phlegm)|(?:phlegm|sputum|mucus) ~4 (?:green|yellow|darker|changed colou?r|thicker)|(?:green|yellow) (?:phlegm|sputum|mucus)|(?:breathless|short of breath|puffed out) ~4 (?:than usual|than normal)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|hace (?:semanas|meses|anos)|(?:for|over) (?:years|months)|every winter|rescue pack|what (?:is|are|causes)|how (?:do|can|does)"]
  },
  {
    id: "triage.urgent.crushed-fingertip",
    level: U,
    finding: "a finger or toe crushed in a door or under a weight, with blood under the nail or a squashed tip",
    all: [
      "(?:finger|fingers|fingertip|thumb|toe|nail|dedo|una) ~8 (?:shut|slammed|trapped|crushed|squashed|caught|jammed|pillado|machucad\\w*|aplastad\\w*|atrapad\\w*)|(?:shut|slammed|trapped|crushed|squashed|caught|jammed|pille|pillo|machuco|aplasto) ~6 (?:finger|fingers|fingertip|thumb|toe|dedo)",
      "door|drawer|window|gate|hammer|boot|trunk|weight|puerta|cajon|ventana|martillo",
      "(?:blood|black|purple|blue) ~3 (?:under|beneath|behind) ~2 (?:the )?nail|nail ~4 (?:black|purple|blue|gone|lifting|hanging|came off)|squash\\w*|flatten\\w*|split|throbbing|bleeding|deformed|bent|sangre ~3 (?:debajo|bajo) ~2 una|una ~3 (?:negra|morada)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.urgent.socket-worse-after-extraction",
    level: U,
    finding: "pain getting worse days after a tooth came out (dry socket or infection)",
    all: [
      "(?:tooth|teeth|wisdom|molar|muela) ~3 (?:out|pulled|extracted|removed|taken out)|extraction|(?:sacaron|quitaron|extrajeron) ~3 (?:muela|diente)",
      "worse|getting worse|way worse|much worse|more painful|peor",
      "ear|taste|smell|breath|socket|throbbing|jaw|oido|sabor|olor|hueco"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|hace (?:meses|anos)|how (?:long|to)|before (?:the|my) (?:extraction|appointment)"]
  },
  {
    id: "triage.urgent.early-pregnancy-side-pain",
    level: U,
    finding: "early pregnancy with pain low on one side (an early pregnancy check today)",
    all: [S_EARLY_PREGNANCY, S_LOW_SIDE_PAIN],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|last pregnancy|previous pregnancy|with my (?:first|last|previous|other)"]
  },
  {
    id: "triage.urgent.rash-on-high-risk-medicine",
    level: U,
    finding: "a rash after starting lamotrigine, carbamazepine, allopurinol or a similar medicine",
    all: [
      "(?:started|starting|began|begun|new on|on|taking|since|empece|tomando) ~4 (?:lamotrigine|lamictal|carbamazepine|tegretol|phenytoin|dilantin|allopurinol|nevirapine|oxcarbazepine|trileptal|sulfasalazine|bactrim|septrin|co trimoxazole|abacavir|modafinil|lamotrigina|carbamazepina|alopurinol|fenitoina)",
      "rash|spots|hives|blotch\\w*|red patches|sarpullido|erupcion|ronchas|manchas"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last year|(?:can|could|does|do|will) ~4 cause|leaflet|side effects? (?:list|include)|heat rash|nappy rash|diaper rash|before (?:i|he|she) start\\w*"]
  },
  {
    id: "triage.urgent.sudden-hearing-loss",
    level: U,
    finding: "sudden hearing loss in one ear (treatment works best within days)",
    all: [
      "(?:cant|can not|cannot|couldnt) hear (?:out of|from|in|with|anything)|(?:lost|losing|lose|no) (?:the |my |his |her |all |all my )?hearing|(?:gone|went|suddenly|completely) deaf|deaf in|hearing (?:has )?(?:gone|went|disappeared|vanished)|no (?:oigo|escucho) (?:nada )?(?:por|del|de)|perdi (?:la )?audicion|sord[oa] de",
      "one ear|(?:left|right|my|his|her) ear|in one|un oido|el oido|oido (?:izquierdo|derecho)",
      "sudden\\w*|woke up|overnight|this morning|came on|out of nowhere|today|yesterday|de repente|al despertar|esta manana|ayer"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:years|months|weeks)|(?:full of|build up of|impacted) (?:ear ?)?wax|after (?:a |the |my )?(?:flight|plane|swim\\w*|concert|gig)|gradual\\w*|always"]
  },
  {
    id: "triage.urgent.mastitis-spanish",
    level: U,
    finding: "dando el pecho, una zona roja, caliente o dura en el pecho con fiebre (posible mastitis)",
    all: [
      "(?:dando|doy|dar) (?:el )?pecho|amamant\\w*|lactancia|lactando|lactante",
      "(?:pecho|seno|mama|teta) ~6 (?:roj[oa]|calient\\w*|dur[oa]|doloros[oa]|hinchad[oa]|bulto)|(?:zona|parte|mancha|bulto) ~2 (?:roja|caliente|dura|doloros[oa]) ~8 (?:pecho|seno|mama|teta)",
      "fiebre|calentura|escalofrios|gripe|malestar|duele todo|temperatura"
    ],
    unless: ["{xHypothetical}|hace (?:semanas|meses|anos)|el ano pasado"]
  },
  {
    id: "triage.urgent.child-limp-no-weight",
    level: U,
    finding: "a limping child who will not put weight on a leg",
    all: [
      "{xChild}",
      "limp\\w*|cojea\\w*|cojear|cojo",
      "(?:wont|doesnt want to|not|refus\\w*|cant|wont let (?:me|us)) ~3 (?:put weight|bear weight|walk|stand|weight bear|use (?:his|her|the) leg)|no (?:quiere|puede) (?:apoyar|caminar|andar|pisar)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|growing pains|new shoes|blister"]
  },
  {
    id: "triage.urgent.tampon-stuck",
    level: U,
    finding: "a tampon, cup or condom stuck inside",
    all: [
      "tampon|tampons|menstrual cup|moon cup|mooncup|diva cup|copa menstrual|condom|condon|preservativo",
      "stuck|(?:cant|can not|cannot|couldnt) (?:get|find|reach|pull|feel) (?:it )?(?:out)?|wont come out|lost|forgot|left (?:it )?in|still in|retained|se (?:me )?quedo (?:dentro|adentro)|no (?:puedo|consigo) (?:sacar\\w*|encontrar\\w*)|atorad[oa]"
    ],
    unless: ["{xHypothetical}|how (?:long|often|do i)|leak\\w*|(?:weeks|months|years) ago|last (?:month|year)|(?:risk|warning) of toxic shock"]
  },
  {
    id: "triage.urgent.testicle-sore-swollen",
    level: U,
    finding: "a testicle getting sore or swollen over hours or days (infection needs treatment today)",
    all: [
      "(?:testicle|testicles|testis|ball|balls|scrotum|nut|nuts|testiculo|testiculos|huevo) ~6 (?:sore|swollen|swelling|painful|pain|tender|hurts|hurting|aching|achy|hinchad\\w*|duele|dolor)|(?:sore|swollen|painful|tender|aching) ~3 (?:testicle|testicles|testis|scrotum|testiculo)",
      "(?:over|for|since|in) (?:the (?:last|past) )?(?:\\d+|a few|few|couple of|a couple of) (?:days|hours|dias|horas)|since (?:yesterday|this morning|last night)|yesterday|today|this morning|last night|gradually|getting (?:more|worse|bigger)|came on|desde (?:ayer|hace)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|self exam\\w*|check (?:for|my) (?:lumps|balls)|vasectomy (?:last|in)|kicked in the balls|(?:football|ball) (?:game|match)|ball (?:pit|game|park)"]
  },
  {
    id: "triage.urgent.thirst-weeing-weight-loss",
    level: U,
    finding: "thirst, weeing a lot and weight loss or tiredness (possible new diabetes: same-day blood test)",
    all: [
      "(?:drinking|drinks|drink) ~3 (?:loads|lots|so much|all the time|constantly|gallons|non stop|more than)|(?:always|constantly|really|so|very|extremely) thirsty|thirsty all the time|bebe (?:mucha agua|muchisim\\w*|todo el tiempo)|mucha sed",
      "(?:weeing|peeing|wees|pees|urinat\\w*|toilet|loo|bathroom) ~3 (?:all the time|all night|all day|every night|every hour|constantly|loads|lots|a lot|every|so much|non stop)|wetting the bed|bed wetting|bedwetting|wet the bed|orina ~3 (?:mucho|todo el tiempo)|moja la cama|hace mucho pis",
      "weight|thin|thinner|skinny|hanging off|losing|lost|tired|exhausted|peso|adelgaz\\w*|flac[oa]|cansad\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|diabetic|type 1|type 2|(?:on|takes|taking) insulin|insipidus|water tablets|diuretic|pregnan\\w*|prostate|caffeine|coffee|lithium"]
  }
];
MORE_TRIAGE_RULES.push(...S_RULES.map((rule) => {
  const unless = [...(rule.unless ?? []), ...(rule.level === U ? [QR_IF_AHEAD] : []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

// triage-u: concepts from set u (an independent writer: older adults and carers who understate,
// non-native English, dictated messages, Spanish, teenagers about friends), tested in other
// wording. Emergencies: low sugar on insulin with muddle or sweating and unable to swallow sugar;
// belly pain through to the back with near-fainting; swollen lips or face after a food with noisy
// breathing; the mouth or face pulled to one side with weak arm or speech; bleeding that does not
// stop under pressure; a cleaning, battery or caustic liquid drunk with a burning mouth or no
// swallowing; an electric shock with a burn, a fall or an odd heartbeat; a black or foul foot with
// fever and shivering; a friend with pills bought to take later and self-harm; fever with fast
// breathing and low pressure or not rousing (also Spanish); a diabetic vomiting with deep fast
// breathing or a meter reading HI; a hard, rigid belly with pain and fever; sudden double vision
// with unsteady walking or vomiting; a belly blow or fall with pain and pallor or dizziness; no wee
// for hours with a swollen painful belly; blackouts with a very slow pulse; jaundice with fever and
// rigors or upper right pain; sudden confusion or agitation with a fever in an older person; sudden
// severe one-sided low belly pain with vomiting; chest pain the heart spray did not help.
// Same-day care: a red, hot patch that spreads (after a bite too); a pierced, burnt or cut place
// leaking pus; a skin tear or flap; a cut that stays open and may need stitches; a red hot big
// toe; burning or blood on weeing with frequency in an older person or in Spanish; calf pain and
// swelling after a long journey; blood in a small child's diarrhoea; bruising or bleeding gums on
// a blood thinner; a finger tip that cannot be straightened after a knock; toothache with a
// swollen cheek; a strep throat with fever.
const U_FAINTISH =
  "faint\\w*|pass\\w* out|black\\w* out|collaps\\w*|keel\\w* over|came over (?:all )?(?:faint|funny|dizzy)|(?:dizzy|lightheaded|light headed|woozy|grey|gray|giddy) ~4 (?:stood|stand|standing|get up|got up|getting up)|nearly (?:went|dropped|fell)|me desmaye|se desmayo|desmay\\w*|casi se desmay\\w*";
const U_FEVER = "fever|fevers|feverish|high temp\\w*|temp\\w* ~3 (?:3[89]|4[01]|10[0-4])|burning up|boiling|shivering|rigou?rs|shaking chills|fiebre|ardiendo de fiebre|calentura|escalofrios|tiritando";
const U_RULES: TriageRuleSpec[] = [
  {
    id: "triage.diabetes.low-sugar-cant-swallow",
    level: E,
    finding: "low sugar on insulin or diabetes pills, muddled or sweating, and not able to swallow sugar",
    all: [
      "insulin|insulina|diabet\\w*|gliclazide|glipizide|sulfonylurea|hypo|low sugar|sugar ~3 (?:low|dropped|crashed)|azucar ~3 (?:baja|bajo)",
      "muddled|confus\\w*|drows\\w*|sweat\\w*|clammy|shaky|not making sense|talking nonsense|out of it|glassy|confundid\\w*|sudando|sudor",
      "(?:cant|cannot|can not|unable to|not able to|wont|doesnt|isnt|no puede) ~3 (?:swallow\\w*|drink|take it|take anything|tragar|beber)|dribbl\\w*|spits? (?:it )?out|runs? out of (?:his|her|the) mouth|too (?:drowsy|sleepy|out of it) to (?:drink|eat|swallow)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.abdomen.pain-to-back-faint",
    level: E,
    finding: "severe belly pain going through to the back with fainting or near-fainting (possible aneurysm or pancreatitis)",
    all: [
      "(?:tummy|stomach|belly|abdomen|abdominal|abdo|barriga|vientre|tripa) ~8 (?:through|going|goes|went|spread\\w*|radiat\\w*|into|to|hasta|hacia) ~3 (?:the |my |his |her |la )?(?:back|espalda)",
      "worst|terrible|severe|agony|excruciating|unbearable|horrible|awful|never had|peor|insoportable",
      U_FAINTISH
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.allergy.food-lips-noisy-breath",
    level: E,
    finding: "lips, tongue or face swelling after a food or sting with noisy or hard breathing",
    all: [
      "(?:lip|lips|tongue|face|eyes|mouth|throat|labios|lengua|cara|boca|garganta) ~5 (?:big|bigger|very big|huge|fat|swell\\w*|swollen|puff\\w*|blown up|balloon\\w*|hinchad\\w*|inflamad\\w*|grande\\w*)",
      "(?:noise|noisy|noises|sound|sounds|whistl\\w*|wheez\\w*|squeak\\w*|rasp\\w*|ruido|silb\\w*) ~5 (?:breath\\w*|respir\\w*)|(?:breath\\w*|respir\\w*) ~5 (?:noise|noisy|noises|sound|sounds|whistl\\w*|wheez\\w*|hard|difficult|funny|strange|fast|ruido|silb\\w*)|cant breathe|struggling to breathe|no puede respirar|le cuesta respirar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:allergy|allergic) (?:test|testing|clinic)"]
  },
  {
    id: "triage.stroke.face-one-side-plain",
    level: E,
    finding: "the mouth or face pulled or dropping to one side with weak arm or trouble speaking",
    all: [
      "(?:face|mouth|lip|lips|smile|cheek|eye|cara|boca|labio) ~5 (?:one side|to the side|a side|sideways|dropp\\w*|droop\\w*|sagg\\w*|slid\\w*|slant\\w*|crooked|lopsided|twist\\w*|pull\\w* (?:down|over)|un lado|torcid\\w*|caid[ao])",
      "(?:not able to|unable to|cant|cannot|can not|trouble|struggl\\w*|hard to|difficult\\w*|no puede|no es capaz de) ~3 (?:speak|talk|lift|raise|hold|move|get (?:her|his|the) words|hablar|levantar|mover)|(?:arm|hand|leg|brazo|mano|pierna) ~5 (?:flop\\w*|floppy|weak|dead|heavy|limp|numb|useless|dropp\\w*|fell|falling|floj\\w*|sin fuerza|dormid[oa])|slurr\\w*|speech|words|habla ~3 (?:rara|mal|arrastrada)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|bell(?:s)? palsy|dentist|numbing|anaesthetic|anesthetic|filling"]
  },
  {
    id: "triage.bleeding.not-stopping-with-pressure",
    level: E,
    finding: "bleeding that keeps coming despite pressure",
    all: [
      "blood|bleed\\w*|sangre|sangra\\w*|sangrando",
      "not stopping|wont stop|doesnt stop|dont stop|didnt stop|cant stop|(?:is|are|isnt|not) (?:still )?stopping|keeps (?:coming|going|pouring)|very much|so much|pouring|gushing|spurting|no (?:para|deja de|se detiene|se para)",
      "pressing|pressed|press|pressure|holding (?:a |the )?(?:cloth|towel|tea towel|rag)|cloth|towel|rag|tourniquet|soaked|soaking|bandage|apretando|presion|trapo|toalla|(?:\\d+|ten|fifteen|twenty|thirty) (?:minute|minutes|min|mins|minutos)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|period|periods|menstrua\\w*|spotting|blood (?:pressure|test|tests|sugar|work)|presion (?:arterial|alta|baja)|(?:its|it is|has|had) stopped|stopped bleeding"]
  },
  {
    id: "triage.poisoning.caustic-drunk-burning-mouth",
    level: E,
    finding: "a cleaning, battery or other caustic liquid drunk, with a burning mouth or trouble swallowing",
    all: [
      "(?:clean\\w*|bleach|toilet|drain|oven|caustic|acid|battery|batteries|lye|descal\\w*|limpi\\w*|lejia|cloro|acido|bateria|desatasca\\w*|sosa|salfuman|amoniaco|ammonia|dishwasher|detergent|detergente)",
      "drink|drank|drunk|drinks|drinking|swallow\\w*|took|taken|sip|sipped|gulp\\w*|mouthful|tomo|bebio|trago|bebido|tomado",
      "(?:mouth|throat|lips|tongue|chest|boca|garganta|labios|lengua) ~4 (?:burn\\w*|on fire|sting\\w*|arde|arden|quema\\w*|ardor)|(?:burn\\w*|arde|arden|quema\\w*|ardor) ~4 (?:mouth|throat|lips|tongue|boca|garganta|labios|lengua)|(?:cant|cannot|can not|unable to|not able to|no puede|no puedo) ~3 (?:swallow|tragar)|drool\\w*|babea\\w*|vomit\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:got|splashed|spilled|spilt) ~4 (?:on|in) (?:my |his |her )?(?:hand|hands|skin|arm|eye|eyes)|fumes|smell"]
  },
  {
    id: "triage.injury.electric-shock-signs",
    level: E,
    finding: "an electric shock with a burn, a fall, a collapse or an odd heartbeat",
    all: [
      "(?:touch\\w*|grabbed|held|hit|bit|chewed|stuck|put) ~5 (?:electric\\w*|live|mains|power (?:line|cable|cord)|cable|wire|wires|socket|outlet|plug|enchufe|cable electrico|corriente)|electric shock|electrocut\\w*|got (?:a )?shock(?:ed)? (?:from|off|by)|descarga (?:electrica)?|le dio (?:la )?corriente|calambrazo",
      "burn\\w*|burnt|black|blackened|fell|fall|fallen|thrown|knocked|heart|chest|palpitat\\w*|pulse|unconscious|passed out|collaps\\w*|quemad\\w*|quemadura|negr[oa]|corazon|cayo|se cayo|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|static|electric (?:toothbrush|blanket|fence)|shock absorber|in shock that"]
  },
  {
    id: "triage.infection.foot-black-with-fever",
    level: E,
    finding: "a foot, toe or wound gone black or foul-smelling with fever or shivering (possible gangrene or sepsis)",
    all: [
      "(?:foot|feet|toe|toes|leg|heel|wound|ulcer|sore|pie|pies|dedo|pierna|talon|herida|ulcera) ~6 (?:black|blackened|dark|purple|smell\\w*|stink\\w*|foul|rotten|rotting|huele|olor|negr[oa]|pudr\\w*)",
      "diabet\\w*|wound|ulcer|sore|cut|infect\\w*|herida|ulcera|infectad\\w*|black|negr[oa]",
      U_FEVER
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|athletes foot|smelly feet|foot odou?r|sweaty feet|bruise|bruised|nail polish"]
  },
  {
    id: "triage.self-harm.pills-bought-to-take-later",
    level: E,
    finding: "pills bought or saved up to take later by someone who self-harms or wants to die",
    crisis: true,
    all: [
      "(?:bought|buying|buy|saved|saving|stockpil\\w*|hoard\\w*|collected|collecting|stashed|hidden|got hold of|compro|guardado|juntado) ~5 (?:pills|tablets|paracetamol|tylenol|meds|medication|painkillers|sleeping pills|pastillas)",
      "(?:to take|take them|take all|gonna take|going to take|planning to take|plans to take|will take|tomarlas|tomarselas|tomar todas) ~8 (?:tonight|later|after|when|once|this weekend|tomorrow|esta noche|cuando|despues)",
      "cutting|cuts (?:herself|himself|themselves|myself)|self harm\\w*|suicid\\w*|end it|kill (?:herself|himself|themselves|myself)|want\\w* to die|not be here|depress\\w*|goodbye|se corta|cortandose|matarse|quitarse la vida|parents go to sleep|everyone (?:is asleep|goes to (?:sleep|bed))|asleep"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.infection.fever-fast-breathing-low-pressure",
    level: E,
    finding: "fever with fast breathing and low blood pressure or hard to wake (possible sepsis)",
    all: [
      U_FEVER,
      "(?:breath\\w*|respira\\w*) ~4 (?:very )?(?:fast|quick\\w*|rapid\\w*|rapido|rapida|agitad[oa])|(?:fast|rapid|quick) breath\\w*",
      "(?:blood pressure|bp|pressure|tension|presion) ~3 (?:low|dropp\\w*|dropped|baja|bajo|bajisima)|low (?:blood )?pressure|(?:hard|difficult|cant|cannot|wont) ~2 (?:to )?(?:wake|rouse)|(?:no|not) ~3 (?:despert\\w*|waking|rousable)|no (?:la |lo |le )?(?:podemos|puedo|consigo|conseguimos) despertar|cuesta despertar\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.diabetes.dka-vomit-deep-breathing",
    level: E,
    finding: "diabetes with vomiting and deep fast breathing or a meter reading HI (possible ketoacidosis)",
    all: [
      "diabet\\w*|insulin\\w*|type 1|dka|ketoacidosis|cetoacidosis",
      "vomit\\w*|throwing up|being sick|keeps being sick|devolviendo",
      "(?:breath\\w*|respira\\w*) ~4 (?:deep|deeply|heavy|hard|fast|funny|weird|hondo|profund\\w*|rapido|rapida)|(?:breath|aliento) ~4 (?:fruit\\w*|pear drops|nail polish|acetona|sweet)|(?:azucar|glucosa|sugar|meter|glucometer|reading|marca|marcan) ~5 (?:hi|high|alto|alta|muy alt[oa]|[4-9]\\d\\d)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.abdomen.rigid-belly",
    level: E,
    finding: "belly pain with the belly hard or rigid, with fever or pain spreading all over (possible peritonitis)",
    all: [
      "(?:tummy|stomach|belly|abdomen|barriga|vientre|tripa|abdomen) ~5 (?:dur[oa]|durisim[oa]|rigid\\w*|hard as|rock hard|like a board|board|tabla|tense|piedra)|(?:dur[oa]|durisim[oa]|rigid\\w*|rock hard) ~4 (?:tummy|stomach|belly|abdomen|barriga|vientre|tripa)|la tiene (?:muy )?(?:dura|durisima)",
      "pain|hurts|sore|agony|dolor|duele",
      U_FEVER + "|all over|whole (?:belly|tummy|stomach)|everywhere|toda la (?:barriga|tripa)|todo el (?:vientre|abdomen)|vomit\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|constipat\\w*|estreni\\w*|pregnan\\w*|embarazad\\w*|bloat\\w*|gas|wind|abs workout|sit ups|six pack"]
  },
  {
    id: "triage.stroke.double-vision-unsteady",
    level: E,
    finding: "sudden double vision with unsteady walking or vomiting (possible stroke at the back of the brain)",
    all: [
      "sudden\\w*|all of a sudden|out of nowhere|de repente|derrepente|de golpe|(?:started|began|empezo|comenzo) ~4 (?:minutes|minutos|an hour|una hora)|hace (?:unos |unas )?\\d+ (?:minutos|min)",
      "(?:double|doble) (?:vision|vista)|seeing (?:double|two of)|ve doble|veo doble|ve todo doble|(?:two|dos) de (?:todo|cada)",
      "(?:cant|cannot|can not|not able to|no puede|no puedo) ~3 (?:walk|stand|caminar|andar|mantenerse) ~3 (?:straight|derecho|recto|en pie|de pie)|stagger\\w*|unsteady|wobbl\\w*|veering|tambale\\w*|se va (?:de|hacia) (?:un )?lado|vomit\\w*|throwing up|being sick"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|drunk|alcohol|borracho|(?:for|since) (?:months|years)"]
  },
  {
    id: "triage.trauma.belly-blow-pale-dizzy",
    level: E,
    finding: "a fall or blow with belly or side pain and pallor or dizziness (possible internal bleeding)",
    all: [
      "fell|fall|fallen|came off|crash\\w*|handlebar\\w*|kicked|tackled|punched|hit|knocked|landed|se cayo|cayo|me cai|golpe\\w*|manillar|choco|atropell\\w*",
      "(?:tummy|stomach|belly|abdomen|side|ribs|barriga|vientre|tripa|costado|lado izquierdo|lado derecho) ~6 (?:pain|hurts|hurting|sore|agony|duele|dolor)|(?:pain|hurts|hurting|sore|duele|dolor) ~8 (?:tummy|stomach|belly|abdomen|barriga|vientre|tripa|costado)",
      "(?:very|really|so|deathly|ghostly|quite) pale|pale and (?:dizzy|clammy|sweaty|cold|shaky|sleepy|drowsy)|pallor|grey|gray|white as|ashen|clammy|dizzy|dizziness|lightheaded|light headed|woozy|faint\\w*|muy palid[oa]|se marea|mareado|mareada|mareo\\w*|sudor frio|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:a|one|two|few) (?:week|weeks|month|months) ago|hace (?:semanas|meses|anos)"]
  },
  {
    id: "triage.urinary.retention-swollen-belly",
    level: E,
    finding: "no wee for hours with a swollen, painful belly (urine retention)",
    all: [
      "(?:sin poder|no puede|no ha podido|no consigue|cant|cannot|can not|unable to|not able to|hasnt been able to|hasnt|havent|not) ~3 (?:orinar|hacer pis|mear|pee|peed|wee|weed|pass urine|passed urine|pass water|passed water|urinat\\w*)",
      "(?:barriga|vientre|tummy|belly|bladder|vejiga|abdomen|stomach|lower belly) ~5 (?:hinchad\\w*|swollen|swelling|distended|bloated|huge|ballooned|dura)",
      "(?:severe|terrible|awful|agony|excruciating|unbearable|really bad|very bad|mucho|muchisimo|fuerte) ~3 (?:pain|dolor|duele|hurts)|(?:duele|hurts|dolor) ~2 (?:mucho|muchisimo|so much|a lot|terribly)|agony|agitad\\w*|agitated|restless|distress\\w*|confus\\w*|screaming|crying out"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pregnan\\w*|embarazad\\w*"]
  },
  {
    id: "triage.cardiac.blackouts-slow-pulse",
    level: E,
    finding: "blackouts or fainting with a very slow pulse (heart block)",
    all: [
      U_FAINTISH,
      "(?:pulse|heart rate|heartbeat|heart beat|hr|pulso|latidos) ~5 (?:slow|very slow|really slow|low|lento|muy lento|bajo|(?:2\\d|3\\d|4[0-4])(?!\\d))"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|athlete|runner|resting (?:pulse|heart rate) (?:is|has always been)"]
  },
  {
    id: "triage.liver.jaundice-fever-rigors",
    level: E,
    finding: "yellow skin or eyes with fever and shaking chills or upper right pain (possible cholangitis)",
    all: [
      "jaundice\\w*|(?:eyes|skin|whites) ~4 (?:yellow\\w*|amarill\\w*)|(?:yellow|amarill\\w*) ~3 (?:eyes|skin|ojos|piel)|gone yellow|ictericia",
      "fever|fevers|feverish|rigou?rs|shaking chills|shivering|chills|high temp\\w*|fiebre|escalofrios|tiritando",
      "(?:pain|ache|agony|dolor|duele) ~8 (?:right|upper|stomach|tummy|belly|abdomen|derecha|barriga)|(?:right|upper|stomach|tummy|belly) ~4 (?:pain|ache|dolor)|rigou?rs|shaking chills|shaking|confus\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|newborn|baby|babies|infant"]
  },
  {
    id: "triage.confusion.sudden-with-fever-older",
    level: E,
    finding: "sudden confusion or agitation with a fever in an older person (possible sepsis or delirium)",
    all: [
      "sudden\\w*|all of a sudden|out of nowhere|since (?:lunch|this morning|breakfast|today|last night|yesterday)|(?:this|today) (?:morning|afternoon|evening)|de repente|desde (?:esta manana|la comida|ayer)",
      "agitat\\w*|confus\\w*|muddled|delirious|delirium|hallucinat\\w*|not recognis\\w*|not recogniz\\w*|doesnt recogni\\w*|didnt recogni\\w*|pulling at|talking nonsense|not making sense|agitad[oa]|confundid[oa]|no reconoce|desorientad[oa]",
      "temp\\w* ~3 (?:3[89]|4[01]|10[0-4])|fever|high temp\\w*|burning up|fiebre|calentura",
      "care home|nursing home|resident|residencia|elderly|older|(?:[6-9]\\d|1[01]\\d) ?(?:years|yrs|yo|y o|anos)|(?:aged|age|resident|patient|paciente|senora|senor) ~2 (?:[6-9]\\d|1[01]\\d)|grandma|grandad|grandpa|grandmother|grandfather|nan|nana|abuel[oa]|mum|mom|dad|mother|father"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|baby|toddler|child|dementia (?:for|since)|always"]
  },
  {
    id: "triage.pelvis.sudden-one-side-pain-vomiting",
    level: E,
    finding: "sudden severe one-sided low belly pain with vomiting or unable to stand straight (possible torsion or ectopic)",
    all: [
      "sudden\\w*|all of a sudden|out of nowhere|de repente|derrepente",
      S_LOW_SIDE_PAIN,
      "severe|terrible|agony|excruciating|unbearable|really bad|very bad|worst|horrible|fuerte|insoportable",
      "vomit\\w*|throwing up|being sick|(?:cant|cannot|can not|unable to|not able to|no puede) ~3 (?:stand|walk|straighten|ponerse|caminar|enderezar\\w*)|doubled over|doblad[oa]"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|period pain|cramps every month|(?:every|each) (?:month|period)"]
  },
  {
    id: "triage.cardiac.chest-pain-spray-no-help",
    level: E,
    finding: "chest pain or pressure that the heart spray or tablet under the tongue did not help",
    all: [
      QR_CHEST + "|(?:sitting|sat|standing|elephant) on (?:him|her|me|my|his|the) ?(?:chest)?|chest ~4 (?:hurt\\w*|pain|dolor)",
      "(?:heart|chest|angina|gtn|nitro\\w*|pump|mouth) spray|gtn|nitro\\w*|glyceryl|under (?:his|her|my|the) tongue|spray (?:para el|del) corazon|nitroglicerina",
      "(?:not|no|didnt|doesnt|dont|hasnt|wont|isnt|no ha) ~3 (?:help\\w*|work\\w*|going|gone|shift\\w*|touch\\w*|settl\\w*|difference|ayudado|funcionado|servido|hecho nada)|still|no change|(?:two|three|2|3|twice|again) ~3 (?:times|doses|sprays|puffs|veces)|twice|sigue"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  }
];
const U_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.red-hot-spreading-patch",
    level: U,
    finding: "a red, hot patch of skin that is spreading (possible cellulitis, also after a bite)",
    all: [
      "red|redness|reddish|roj[oa]|enrojecid\\w*|rojez",
      "hot|warm|caliente|calor",
      "spread\\w*|bigger|growing|grown|getting larger|larger|extend\\w*|mas grande|crece|creciendo|se extiende|se ha extendido|se ha hecho (?:mas )?grande"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|sunburn\\w*|blush\\w*|flush\\w*|hot flush\\w*|hot flash\\w*|menopaus\\w*|rosacea|hot (?:water|bath|shower|weather|day)|warm (?:water|bath)|red wine|red meat|red eyes?"]
  },
  {
    id: "triage.urgent.pus-from-piercing-burn-wound",
    level: U,
    finding: "a piercing, burn, blister or wound leaking pus with redness or heat",
    all: [
      "pierc\\w*|(?:nose|ear|belly|navel|lip|tongue|eyebrow|nipple) (?:ring|stud|bar)|earring|tattoo\\w*|burn\\w*|blister\\w*|wound|cut|graze|stitches|scab|herida|quemadura|ampolla|corte|piercing|arete",
      "pus|pussy|leaking|oozing|weeping|discharge|yellow (?:stuff|gunk|liquid|fluid|crust)|green (?:stuff|gunk)|supura\\w*|sale pus",
      "red|redness|hot|warm|swollen|spread\\w*|hurts more|more painful|worse|throbbing|roj[oa]|calient\\w*|hinchad\\w*|peor"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|heartburn|sunburn\\w*|eye discharge|sticky eyes?|runny nose|ear wax"]
  },
  {
    id: "triage.urgent.skin-tear-flap",
    level: U,
    finding: "a skin tear or flap of skin (needs dressing or closing today)",
    all: ["skin tear|skin tears|(?:flap|piece|strip) of skin|skin flap|(?:skin|flap) ~3 (?:torn|tore|ripped|peeled back|lifted|hanging)|(?:tore|ripped|torn) ~3 (?:the |his |her |my )?skin|colgajo|piel ~3 (?:levantad\\w*|arrancad\\w*|rasgad\\w*)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|around (?:the |my |his |her )?nails?|cuticle|hangnail|lips?|dry skin|peeling (?:after|from) (?:sunburn|the sun)"]
  },
  {
    id: "triage.urgent.cut-open-may-need-stitches",
    level: U,
    finding: "a cut that stays open or deep and may need stitches",
    all: [
      "(?:cut|cuts|sliced|slice|gash\\w*|corte|cortado|cortada|corto|me corte|se corto) ~5 (?:finger|thumb|hand|palm|arm|leg|knee|shin|foot|head|lip|chin|forehead|eyebrow|scalp|knife|glass|dedo|mano|brazo|pierna|rodilla|pie|cabeza|labio|cuchillo|vidrio|cristal)|gash|laceration|cut is|the cut",
      "deep|gaping|gapes|wide open|is open|still open|(?:wont|doesnt|not) (?:close|closing|stay closed)|profund\\w*|abiert[oa]|see (?:the )?(?:bone|fat|inside|white)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|tiny|superficial|shallow|(?:small|little) cut|\\d+ ?mm|paper cut|cut (?:down|back|out|off) (?:on|the|my)|haircut|cut my hair|cutting (?:down|back)|stitches (?:out|removed|came out)|dissolv\\w*|after (?:my |the |his |her )?(?:surgery|operation|stitches)"]
  },
  {
    id: "triage.urgent.red-hot-big-toe",
    level: U,
    finding: "a red, hot, painful big toe or joint (gout or joint infection, same-day)",
    all: [
      "big toe|toe joint|base of (?:my |the |his |her )?(?:big )?toe|dedo gordo|juanete",
      "red|hot|swollen|roj[oa]|calient\\w*|hinchad\\w*",
      "pain|painful|agony|hurts|cant|cannot|can not|unable|dolor|duele|no puedo|no puede"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|diet|foods|prevent|how to avoid|what (?:causes|triggers)|ingrown|ingrowing|bunion (?:for|since)"]
  },
  {
    id: "triage.urgent.urine-burning-blood-or-older",
    level: U,
    finding: "burning on weeing with blood in the urine, or in an older person going every hour (urine infection to treat today)",
    all: [
      QR_PAIN_WEE + "|(?:pain|ardor|dolor|burn\\w*) ~3 (?:when|al|cuando) ~2 (?:make|hacer|do) ~2 (?:pee|pis|wee)",
      "blood|bloody|sangre|pink|(?:every|each) (?:hour|half hour|30 minutes|10 minutes|few minutes)|cada (?:rato|hora|poco)|(?:im|i am|hes|shes|he is|she is|aged?) (?:6[5-9]|[7-9]\\d)|(?:6[5-9]|[7-9]\\d) ?(?:years|yo|y o|anos)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|what (?:causes|is)|how (?:do|can|to)"]
  },
  {
    id: "triage.urgent.calf-swelling-after-journey",
    level: U,
    finding: "calf or behind-the-knee pain and swelling after a long journey, an operation or a cast (possible clot)",
    all: [
      "calf|calves|behind (?:my |the |his |her )?knee|pantorrilla|gemelo|back of (?:my |the |his |her )?(?:leg|knee)",
      "swell\\w*|swollen|tender|pain|painful|sore|hinchad\\w*|dolor",
      "flight|flew|plane|long (?:drive|journey|trip|car ride|coach|bus)|surgery|operation|bed ?bound|bedridden|cast|plaster|the pill|vuelo|avion|viaje largo|operacion|cirugia|escayola"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|cramp\\w*|stretch\\w*|gym|run|running|workout|compression socks? (?:for|before)"]
  },
  {
    id: "triage.urgent.blood-in-child-diarrhoea",
    level: U,
    finding: "blood in a small child's diarrhoea or poo",
    all: [
      QR_CHILD,
      "diarrh\\w*|diarrea|runny poo|loose (?:poo|stool\\w*)|poo|poop|stool\\w*|nappy|nappies|diaper|caca|heces|popo",
      "blood|bloody|sangre|con sangre",
      "today|tonight|this morning|since|for (?:\\d+|two|three|four|a few|a couple of|couple of) days|hoy|desde|esta manana|lleva"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|beetroot|red (?:food|jelly|sweets|juice)|constipat\\w*|strain\\w*|hard poo"]
  },
  {
    id: "triage.urgent.bruising-on-blood-thinner",
    level: U,
    finding: "new bruising or bleeding gums on a blood thinner (needs a blood test today)",
    all: [
      "warfarin|coumadin|blood thinner\\w*|anticoag\\w*|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|sintrom|acenocumarol|heparin|inr",
      "(?:gums|gum) ~3 (?:bleed\\w*|blood)|bleeding gums|nose ?bleed\\w*|blood in (?:his |her |my )?(?:urine|pee|wee)|(?:lots|loads|lot|many|covered|unexplained|big|huge|large|several|strange) ~3 (?:of )?bruis\\w*|bruis\\w* ~4 (?:all over|everywhere|for no reason|without (?:knocking|bumping|hitting)|out of nowhere|appearing)|(?:encias|encia) ~3 sangr\\w*|sangr\\w* ~3 (?:encias|encia|nariz)|(?:muchos|grandes) ~2 (?:moratones|cardenales)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:can|could|does|do|will|is it) ~4 (?:cause|normal|expected)|side effects?"]
  },
  {
    id: "triage.urgent.fingertip-cant-straighten",
    level: U,
    finding: "a finger tip bent down that cannot be straightened after a knock (tendon injury, splint today)",
    all: [
      "(?:finger|fingertip|tip|thumb|dedo|punta) ~6 (?:bent|droop\\w*|hang\\w*|curled|dropp\\w*|doblad[oa]|caid[oa])|(?:cant|cannot|can not|unable to|wont|no puede|no puedo) ~4 (?:straighten|extend|enderezar|estirar)",
      "finger|fingertip|thumb|dedo",
      "ball|basketball|volleyball|netball|cricket|jammed|hit|caught|knocked|hurt|injur\\w*|swollen|swelling|pelota|balon|golpe\\w*|hinchad\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|arthritis|(?:for|over) (?:months|years)|trigger finger"]
  },
  {
    id: "triage.urgent.toothache-swollen-cheek",
    level: U,
    finding: "toothache with a swollen cheek, jaw or gum (possible dental abscess)",
    all: [
      "tooth|teeth|toothache|molar|wisdom|muela|diente|dental",
      "(?:cheek|face|mejilla|cara|cachete) ~4 (?:swell\\w*|swollen|puffy|puffed|hinchad\\w*|inflamad\\w*)|(?:swollen|puffy|hinchad\\w*) ~3 (?:cheek|face|mejilla|cara|cachete)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|after (?:the |my )?(?:extraction|filling|dentist|root canal)|brace\\w*|teething"]
  },
  {
    id: "triage.urgent.strep-throat-fever",
    level: U,
    finding: "a sore throat thought to be strep, with fever (a same-day test)",
    all: ["strep|estreptococo|tonsillitis|amigdalitis|pus on (?:my |the |his |her )?tonsils", "fever|temp\\w*|fiebre|calentura"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:was|were) negative|test (?:was|came back) negative"]
  }
];
MORE_TRIAGE_RULES.push(...[...U_RULES, ...U_URGENT_RULES].map((rule) => {
  const unless = [...(rule.unless ?? []), ...(rule.level === U ? [QR_IF_AHEAD] : []), ...(askable(rule) ? [ASKING] : [])];
  return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
}));

/** A round's emergency rules: its word groups expanded, and a general question ("what are the signs
 * of ...") exempt unless `keepAsking` names the rule. */
function pushEmergencyRules(rules: TriageRuleSpec[], keepAsking: ReadonlySet<string> = new Set()): void {
  MORE_TRIAGE_RULES.push(...rules.map((rule) => {
    const unless = [...(rule.unless ?? []), ...(askable(rule) && !keepAsking.has(rule.id) ? [ASKING] : [])];
    return { ...rule, all: rule.all.map(expandLocal), ...(unless.length > 0 ? { unless: unless.map(expandLocal) } : {}) };
  }));
}

/** A round's same-day rules: also exempt when a worse sign is asked about ahead, or when asking in general. */
function pushUrgentRules(rules: TriageRuleSpec[]): void {
  MORE_TRIAGE_RULES.push(...rules.map((rule) => {
    const unless = [...(rule.unless ?? []), QR_IF_AHEAD, ASKING];
    return { ...rule, all: rule.all.map(expandLocal), unless: unless.map(expandLocal) };
  }));
}

// triage-v: concepts from set v (an independent writer: indirect suicide talk, threats from a
// partner, effect-only wording, red flags buried in long messages). Chest pain that does not ease
// with rest after effort; the same pain as a past heart attack or bypass that the spray does not
// shift; heaviness in the upper belly or throat with breathlessness and nausea; a headache that
// peaks in seconds; a chosen high place, a chosen day, affairs settled with a question about a
// whole bottle, standing at a high place "thinking about it"; a partner or ex coming to kill, a
// partner who strangled and is at the door; going to someone with a weapon in anger; blood that
// pulses or spurts; a small child with an open bottle of strong medicine, pills missing or powder
// on the lips; a toxic alcohol drunk by mistake; too many sleeping tablets with drowsiness, or
// unknown tablets with vomiting and drowsiness; self-injury going on now; a lot of fresh blood
// with pallor; a first food with rash and a high-pitched noise on breathing in; an arm that
// cannot be lifted, a face lower on one side, words that cannot be found, a hand that feels like
// someone else's. Words typo correction used to change are kept ("pulsing" is not "pulling").
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyV = ["pulsing", "pulsating", "antifreeze", "coolant", "antidepressants"];
const V_NOW_MARK =
  "sudden\\w*|all of a sudden|out of nowhere|just now|(?:\\d+|a few|few|ten|twenty|fifteen|five) (?:min|mins|minutes) ago|(?:an|one|half an|1) hour ago|this morning|started|came on|today|tonight|right now|noticed|woke up|de repente";
const V_SELF_HARM_TOOL = "lighter|cigarette|razor|blade|knife|scissors|glass|compass|sharpener|match|matches|iron";
const V_RULES: TriageRuleSpec[] = [
  {
    id: "triage.cardiac.chest-pain-not-easing-at-rest",
    level: E,
    finding: "chest pain that came on with effort and has not eased with rest",
    all: [
      QR_CHEST + "|(?:crushing|squeezing|heavy|pressing|pain|pressure|tightness|heaviness) ~7 (?:chest|breastbone)",
      "(?:hasnt|has not|havent|not|didnt|isnt|wont|doesnt|never) ~2 (?:eased|easing|ease|eas|settled|settling|gone|go away|going away|stopped|improved|better|let up|eased off)",
      "sitting|sat down|resting|rested|rest|lying down|laid down|stopped|stopping"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:when|if) i (?:press|push|cough|sneeze|breathe in)|pulled (?:a )?muscle|gym|lifting weights|bench press"]
  },
  {
    id: "triage.cardiac.same-pain-as-before",
    level: E,
    finding: "the same pain as a past heart attack, bypass or stent, not settling or not helped by the spray",
    all: [
      "(?:same|exact same|identical|similar) (?:pain|pains|pressure|tightness|feeling|heaviness|ache|symptoms) ~8 (?:heart attack|attack|bypass|stent|stents|angina|back then|last time|before|that time)|(?:like|feels like|just like) (?:my|his|her|the) (?:last )?(?:heart attack|bypass|angina attack)",
      "spray|gtn|nitro\\w*|under (?:his|her|my|the) tongue|(?:not|isnt|wont|hasnt|didnt|doesnt) ~2 (?:going away|go away|gone|easing|eased|settling|settled|stopping|stopped|helping|helped|working|worked|better)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago (?:he|she|i) had (?:the )?same"]
  },
  {
    id: "triage.cardiac.upper-belly-heaviness-breathless",
    level: E,
    finding: "heaviness or pressure in the upper belly, throat or jaw with breathlessness and nausea (a heart attack without chest pain)",
    all: [
      "(?:heavy|heaviness|pressure|tight|tightness|squeez\\w*|crushing) (?:feeling |sensation )?(?:in|on) ~2 (?:upper (?:stomach|belly|abdomen|tummy)|throat|jaw)|(?:upper (?:stomach|belly|abdomen|tummy)|throat|jaw) ~3 (?:heavy|heaviness|pressure|tight|tightness)",
      "{sob}|{cantBreathe}|breathless|out of breath",
      "nause\\w*|sick|vomit\\w*|{sweat}|clammy|grey|gray|different from|not like (?:my |her |his )?(?:normal|usual)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|after (?:eating|a big meal|dinner)|allerg\\w*|anxiety|panic"]
  },
  {
    id: "triage.stroke.thunderclap-headache",
    level: E,
    finding: "a headache that reached its worst within seconds (possible bleed on the brain)",
    all: [
      "headache|head ache|head pain|migraine|my head",
      "(?:from )?(?:0|zero|nothing) to (?:10|ten|100|a hundred) (?:in|within) ~3 (?:second|seconds|instant|split second|heartbeat|moment)|(?:peaked|maxed|max|worst|full blast) ~3 (?:in|within) (?:a |one |like a |about a )?(?:second|seconds|instant|split second)|like (?:a |being )?(?:thunderclap|thunder clap|struck by lightning|hit with a bat|hit by a bat)|thunderclap"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|scale|rate (?:it|my|the)"]
  },
  {
    id: "triage.crisis.chosen-place",
    level: E,
    crisis: true,
    finding: "looking at high places with intent, or has picked one out",
    all: [
      "(?:looking at|look at|looked at|staring at|eyeing|thinking about) ~2 (?:tall buildings|buildings|bridges|bridge|rooftops|roofs|cliffs|train tracks|the tracks|trains|the river|car parks|multi storeys) ~2 differently|(?:picked|chosen|chose|found|scouted|pick) (?:one|a spot|the spot|a place|the place|a bridge|a building|a roof) (?:out)? ~~12 (?:buildings|bridge|bridges|roof|rooftop|cliff|tracks|rough|no point|done|cant do this|goodbye)|(?:buildings|bridge|bridges|roof|rooftop|cliff|tracks|rough year|no point|done) ~~12 (?:picked|chosen|chose|scouted) (?:one|a spot|the spot|a place|the place) ?(?:out)?"
    ],
    unless: ["photograph\\w*|photo\\w*|architect\\w*|wedding|venue|holiday|vacation|house hunting|apartment|flat|to live|to rent|to buy|sketch\\w*|paint\\w*|draw\\w*"]
  },
  {
    id: "triage.crisis.at-high-place-thinking",
    level: E,
    crisis: true,
    finding: "standing at a bridge, roof or railway line thinking about it",
    all: [
      "(?:standing|stood|sitting|sat|here|up|now|currently|right) (?:on|at|by|near) (?:the|a|this|top of the) ~2 {xHighPlace}",
      "thinking about it|thinking of it|thinking about (?:jumping|it all|ending)|(?:not sure|dont know) why im (?:typing|writing|messaging|texting)|cant do this|no point|goodbye|want it to stop|end it|jump|jumping"
    ],
    unless: ["photo\\w*|view|sunset|sunrise|tourist|traffic|fishing|waiting for|bungee|selfie"]
  },
  {
    id: "triage.crisis.chosen-day",
    level: E,
    crisis: true,
    finding: "has set a day, with no will to go on or a question whether it hurts",
    all: [
      "(?:decided|picked|chosen|chose|set) (?:on )?(?:a |the )?(?:date|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|my birthday|new year)",
      "not eating|not sleeping|(?:want|wanna|need) to know (?:if|whether|how much) it (?:hurts|will hurt|hurt)|(?:will|does|would) it hurt|painless|no point|tired of (?:living|everything|it all|life)|cant go on|goodbye|everything is sorted|ready to go|better off without me"
    ],
    unless: ["surgery|operation|procedure|tattoo\\w*|piercing\\w*|wax\\w*|injection|jab|vaccin\\w*|appointment|dentist|filling|biopsy|scan|smear|coil|iud|ivf|epidural|induction|labou?r|c section|circumcis\\w*|wedding|party|move|moving|interview|exam|test|race|marathon|quit\\w*|stop smoking"]
  },
  {
    id: "triage.crisis.affairs-settled-lethal-question",
    level: E,
    crisis: true,
    finding: "has given things away or settled affairs and asks about a whole bottle or a painless way",
    all: [
      "(?:given|gave|giving|rehomed|rehoming|found (?:a )?homes? for) ~4 (?:cat|cats|dog|dogs|pet|pets|belongings|things|stuff|possessions|guitar|bike|car|books|clothes)|paid off (?:my |all my |the )?(?:debts|debt|bills)|(?:affairs|everything|things) (?:is |are )?(?:in order|sorted|taken care of|tied up)|(?:wrote|written|made|updated) (?:my |a )?will",
      "(?:full|whole|entire|all the|all of the|all my) (?:bottle|bottles|pack|packs|packet|box|strip|blister|supply|prescription)|how many ~4 (?:to die|would kill|to kill|is lethal|is fatal|would it take)|painless|(?:take|takes) to work|lethal|fatal|overdose|goodbye|wont need (?:them|it|anything)"
    ],
    unless: ["moving (?:house|abroad|country|overseas)|emigrat\\w*|new job|deploy\\w*|allerg\\w*|landlord|downsiz\\w*"]
  },
  {
    id: "triage.crisis.painless-way",
    level: E,
    crisis: true,
    finding: "asks for a painless or quick way to go",
    all: ["(?:painless|least painful|peaceful) (?:way|ways|method|methods) (?:to|of) (?:go|die|dying|going|end it|end things|end my|do it|not wake up)|(?:quickest|easiest|fastest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|end it all|end my life|not wake up)"],
    unless: ["(?:dog|cat|pet|horse|rabbit|hamster|animal|fish|lobster|mouse|mice|rat|rats|chicken|euthan\\w*|put down|put to sleep)", "(?:go|going) (?:to|into|through|back|home|about|from|over)"]
  },
  {
    id: "triage.violence.partner-coming-to-kill",
    level: E,
    finding: "a partner or ex is coming to kill or hurt them (danger now)",
    all: [
      "(?:coming|come|on (?:his|her|their) way|coming back|coming round|coming over|heading|driving) ~6 (?:to )?(?:finish me|kill me|kill us|end me|hurt me|shoot me|stab me|murder me|get rid of me)|(?:said|says|told me|swore|swears|texted|threatened|threatens|screamed|yelled) (?:that )?(?:head|hed|he d|hell|he will|he would|shed|she d|shell|she will|she would|theyd|theyll) (?:kill|finish|murder|shoot|stab|strangle) (?:me|us)",
      "ex|boyfriend|bf|girlfriend|gf|husband|wife|partner|fiance|he|she|they|tonight|now|coming|knows where|door|outside|hurt me before|choked|strangled|hit me|beat me"
    ],
    unless: ["(?:mom|mum|dad|mother|father|parents|boss|teacher|coach|sister|brother) ~3 (?:said|says|told me|swore|swears|texted|will|is going|gonna|coming)", "lol|lmao|haha|jk|joking|if i (?:dont|do not|miss|forget|fail|lose|break|eat|am late|crash)|when (?:he|she|they) (?:sees|see|finds out|hears)|game|exam|homework|workout|gym|trainer"]
  },
  {
    id: "triage.violence.strangled-partner-at-door",
    level: E,
    finding: "strangled by a partner, now trapped, hiding or being threatened",
    all: [
      "(?:choked|strangled|strangling|choking|throttled) (?:me|her|him)|hands (?:round|around) (?:my|her|his) (?:neck|throat)",
      "(?:locked|hiding|hid|barricaded|trapped) ~4 (?:bathroom|room|bedroom|closet|car|toilet|house)|banging|pounding|kicking (?:the |in the )?door|(?:said|says) ~2 (?:kill|finish)|tonight|right now|outside"
    ],
    unless: ["(?:baby|toddler|kid) choked on|(?:weeks|months|years) ago|used to"]
  },
  {
    id: "triage.violence.going-with-weapon-in-anger",
    level: E,
    finding: "going to someone with a weapon in anger",
    all: [
      "(?:going|go|heading|gonna|coming|off|walking|driving) ~4 (?:with|taking|take|bring|bringing) (?:my|a|the|his|her) (?:knife|gun|machete|bat|axe|hammer|pistol|rifle|shotgun|blade|crowbar)",
      "angry|furious|rage|raging|pissed|hate|livid|so mad|teach (?:him|her|them)|make (?:him|her|them) pay|deserves?|reason (?:i |why i )?shouldnt|revenge|get (?:him|her|them) back|had enough of (?:him|her|them)"
    ],
    unless: ["camping|hunting|fishing|carving|kitchen|cooking|cook|chopping|garden|wood|shed|workshop|diy|fix\\w*|repair\\w*|range|practice|class"]
  },
  {
    id: "triage.bleeding.pulsing",
    level: E,
    finding: "blood pulsing, pumping or spurting out (an artery)",
    all: ["(?:blood|bleeding|bleed|it) ~3 (?:pulsing|pulsating|pumping|spurting|squirting|jetting|throbbing out|coming out in (?:spurts|pulses|jets|squirts))|(?:pulsing|pulsating|pumping|spurting|squirting) ~3 (?:blood|out)|(?:in|with) (?:spurts|squirts|jets|every heartbeat|each heartbeat|my heartbeat|the heartbeat)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:ear|ears|head|heart|temple|neck) ~3 (?:pulsing|pulsating|throbbing|pumping)|(?:pulsing|pulsating|pumping) ~3 (?:ear|ears|head|temple|sound|noise)|breast ?pump\\w*|pumping (?:milk|iron|gas)|blood pressure|tinnitus|heartbeat in (?:my|his|her) ears?"]
  },
  {
    id: "triage.poisoning.child-open-bottle-strong-med",
    level: E,
    finding: "a small child found with an open bottle of strong medicine, pills missing or powder on the lips",
    all: [
      QR_CHILD + "|little (?:brother|sister)|\\d+ (?:month|months) old",
      "(?:open|opened|unscrewed) (?:bottle|packet|pack|box|container|blister|tub)|(?:bottle|packet|pack|box|container|lid|cap|tub) (?:was |is )?(?:open|opened|off|unscrewed)|(?:some|pills|tablets|a few|couple|one|two|several) (?:are |were |is |was )?missing|powder ~4 (?:lips|mouth|face|hands|tongue|chin)|(?:residue|bits|pieces|chewed) ~3 (?:lips|mouth|tongue)",
      "{xOpioid}|antidepressant\\w*|amitriptyline|nortriptyline|sertraline|fluoxetine|citalopram|(?:heart|blood pressure|bp|diabetes|sleeping|sleep|seizure|pain) (?:pills|tablets|meds|medicine)|clonidine|iron|dogs|dog|cats|vet|painkillers|{xMed}"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|vitamin\\w*|(?:none|nothing|no pills|no tablets) (?:are |were |is |was )?missing|all (?:there|accounted for)|counted ~4 (?:all|none)|empty"]
  },
  {
    id: "triage.poisoning.toxic-alcohol-drunk",
    level: E,
    finding: "drank antifreeze, screenwash, brake fluid or another toxic alcohol",
    all: [
      "drank|drunk|drink|drinking|swallowed|sip|sipped|gulp|gulped|swig\\w*|mouthful|chugged|downed",
      "antifreeze|anti freeze|coolant|ethylene glycol|methanol|wood alcohol|brake fluid|screenwash|screen wash|windscreen wash\\w*|de ?icer|methylated spirits|meths|anticongelante"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:chang\\w*|top\\w* up|topp\\w*|refill\\w*|stor\\w*|spill\\w*|leak\\w*|smell\\w*|buy\\w*|bought) ~3 (?:the |some |my )?(?:antifreeze|coolant|screenwash|brake fluid|de icer)|(?:is|are) ~3 (?:antifreeze|coolant) ~3 (?:safe|toxic|poisonous)"]
  },
  {
    id: "triage.poisoning.too-many-sleeping-tablets-drowsy",
    level: E,
    finding: "took too many sleeping or strong tablets, now drowsy or slowed",
    all: [
      "(?:didnt mean to|accidentally|by accident|by mistake|mistakenly|forgot (?:i|id|that i) (?:already )?(?:took|had)) ~4 (?:take|took|taken|had|swallowed|double\\w*)|(?:took|taken|take|had|swallowed) (?:so|too|way too) (?:many|much)|(?:double|triple|extra) (?:dose|dosed|doses|dosing)",
      "sleeping (?:tablets|pills|meds)|sleep (?:tablets|pills|aids|meds)|zopiclone|zolpidem|ambien|temazepam|diazepam|valium|lorazepam|xanax|benzos|codeine|morphine|oxycodone|tramadol|methadone|amitriptyline|quetiapine|seroquel|promethazine|pregabalin|gabapentin",
      "heavy|slow|drowsy|sleepy|groggy|woozy|confused|(?:cant|cannot|can not|struggling to|hard to) (?:stay awake|keep (?:my )?eyes open|think|walk)|dizzy|slurr\\w*|breathing (?:slow|shallow)|out of it|falling asleep"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:what|how) ~3 (?:happen|happens)|one extra|an extra (?:one|tablet|pill)|2 instead of 1|two instead of one"]
  },
  {
    id: "triage.poisoning.unknown-tablets-drowsy-vomiting",
    level: E,
    finding: "took tablets and something they will not name, now vomiting or drowsy",
    all: [
      "(?:took|taken|swallowed|had) ~8 (?:something else|something|other pills|other tablets|other stuff)",
      "(?:wont|will not|refuses to|refused to|wouldnt|doesnt want to) (?:tell|say|admit)|dont know (?:what|how many|how much) (?:she|he|they) (?:took|had|swallowed)",
      "drowsy|sleepy|vomit\\w*|throwing up|being sick|confused|groggy|out of it|unresponsive|hard to wake"
    ],
    unless: ["{xHypothetical}"]
  },
  {
    id: "triage.crisis.self-injury-ongoing",
    level: E,
    crisis: true,
    finding: "is hurting themselves now and cannot stop",
    all: [
      "(?:burn\\w*|cut\\w*|hurt\\w*|scratch\\w*|stabb\\w*|hitting|hit) (?:myself|my self|my arm|my arms|my wrist|my wrists|my skin|my legs|my thighs)|(?:" + V_SELF_HARM_TOOL + ") (?:on|to|against|into) (?:my )?(?:skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs)",
      "(?:doing it|do it) (?:again|more)|again (?:now|tonight|right now)|(?:cant|can not|cannot) stop|wont stop|keep (?:doing|burning|cutting)|(?:deeper|worse) (?:this time|each time)|right now"
    ],
    unless: ["(?:accidentally|by accident|cooking|oven|stove|kettle|shaving|ironing|hair straighten\\w*|curling|pan|tray|slipped|boiling|gym|lifting)", "(?:bleeding|blood) ~3 (?:wont|cant|cannot|doesnt) stop"]
  },
  {
    id: "triage.bleeding.lots-fresh-blood-pale",
    level: E,
    finding: "a lot of fresh blood with pallor or faintness",
    all: [
      "(?:a lot|lots|loads|tons|pints) of (?:blood|it)|(?:so much|too much|much) (?:blood|of it)|blood ~4 (?:is )?(?:fresh|everywhere|pouring|all over)|(?:cuts|cut|wound|wounds) ~6 (?:bleeding|blood)",
      "(?:going|gone|turning|turned|looks|looking|is|went|getting) ~2 (?:pale|grey|gray|white|clammy|ashen)|fainting|passing out|passed out|(?:feels|feeling|is|getting) (?:faint|dizzy|light headed|lightheaded|woozy)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|period|nose ?bleed|blood test|giving blood|donat\\w*|after (?:a |the )?blood test"]
  },
  {
    id: "triage.allergy.food-reaction-noisy-breathing",
    level: E,
    finding: "a reaction after a food or sting with a rash or vomiting and a high-pitched noise on breathing in",
    all: [
      "egg|eggs|peanut\\w*|nut|nuts|cashew\\w*|milk|dairy|shellfish|prawn\\w*|shrimp|sesame|fish|wheat|first time|new food|tried ~3 for the first|sting|stung|allerg\\w*",
      "rash|hives|welts|blotch\\w*|swell\\w*|swollen|vomit\\w*|throwing up|puffy|red all over",
      "(?:high pitched|squeaky|whistling|harsh|crowing|wheezy|rasping|funny) (?:noise|sound|squeak|whistle|breathing) ~5 (?:breath\\w*|breathes in|breathing in|inhal\\w*|in)|noise ~4 (?:when|as) (?:he|she|they|i|baby) (?:breathes|breathe|breath) in|stridor|wheez\\w*|noisy breathing"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|as a (?:kid|child|baby)"]
  },
  {
    id: "triage.stroke.cant-lift-arm-today",
    level: E,
    finding: "suddenly cannot raise or lift one arm or leg, with no injury",
    all: [
      "(?:cant|cannot|can not|couldnt|unable to|not able to) (?:raise|lift|move|hold up|use|grip with) (?:her|his|my|their|the) (?:left|right) (?:arm|leg|hand)",
      V_NOW_MARK + "|(?:been )?sick|confused|muddled|slurr\\w*|(?:\\d+|eighty|ninety|seventy)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pain|painful|hurts|sore|ache|injur\\w*|fell on|fall|broke|broken|fractur\\w*|dislocat\\w*|sprain\\w*|rotator|frozen shoulder|tendon|gym|lifting|sling|cast|surgery|operation|for (?:weeks|months|years)|since (?:the|her|his|my)"]
  },
  {
    id: "triage.stroke.face-lower-one-side",
    level: E,
    finding: "one side of the face looks lower or lopsided",
    all: [
      "(?:side of (?:his|her|my|their|the) (?:\\w+ )?(?:face|mouth)|(?:his|her|my|their) (?:\\w+ )?(?:face|mouth|smile)) ~3 (?:looks |is |seems |has gone |gone |went )?(?:lower|lopsided|crooked|uneven|slumped|saggy|sagging|slipped|lop sided)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|since (?:birth|he was born|she was born|childhood)|always (?:been|had|looked)|bell\\w* palsy ~4 (?:years|months|ago)|filler|botox|braces|dentist|dental|tooth|teeth|abscess|swollen|swelling|photos?|selfie|pictures?"]
  },
  {
    id: "triage.stroke.cant-find-words-or-alien-hand",
    level: E,
    finding: "suddenly cannot find words, or a hand feels like it is not theirs",
    all: [
      "(?:cant|cannot|not be able to|not able to|unable to|couldnt|struggling to|trouble|hard to|difficult to) (?:find|get) (?:my |the |her |his )?(?:words|word)|(?:hand|arm|leg|foot|side) (?:feels|feel|felt) (?:like )?(?:it )?(?:isnt|is not|wasnt|not|doesnt belong|does not belong) ~2 (?:mine|my own|his|hers|to me|part of me)",
      V_NOW_MARK + "|(?:hand|arm|leg|face) ~4 (?:numb|weak|heavy|droop\\w*|isnt mine|not mine)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:words|word) to (?:say|tell|thank|express|describe|explain)|(?:right|correct|proper) (?:words|word)|essay|writing|poem|speech|(?:in|when speaking|learning) (?:english|spanish|french|german|a new language)|for (?:months|years)|anxiety|dementia|alzheimer\\w*"]
  },
  {
    id: "triage.circulation.pulsing-belly-severe-pain",
    level: E,
    finding: "sudden severe belly or back pain with a pulsing feeling in the belly (possible leaking aneurysm)",
    all: [
      "(?:pulsing|pulsating|throbbing|beating|heartbeat|pulse) ~4 (?:belly|tummy|stomach|abdomen|navel|belly button)|(?:belly|tummy|stomach|abdomen) ~4 (?:pulsing|pulsating)",
      "sudden\\w*|severe|worst|agony|excruciating|tearing|ripping|unbearable",
      "back|belly|tummy|stomach|abdomen|flank|groin"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|pregnan\\w*|baby|kick\\w*|hiccup\\w*|period|cramps"]
  }
];
// "is it normal to suddenly not be able to find words?": a question that describes the sign now
const V_NOT_ASKING = new Set(["triage.stroke.cant-find-words-or-alien-hand", "triage.stroke.thunderclap-headache"]);
pushEmergencyRules(V_RULES, V_NOT_ASKING);
// Same-day care from set v: sudden hearing loss in one ear; an insulin pump that failed or
// medicines that must not be missed run out (insulin, seizure tablets, steroids, anti-rejection);
// an older person more confused with burning on weeing; a small child who will barely drink;
// frequent diarrhoea after antibiotics; a reliever needed every few hours in a flare; pelvic or
// period pain with fever and a foul discharge.
const V_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.new-flashes-floaters",
    level: U,
    finding: "sudden new flashes or floaters in one eye (possible retinal tear, same-day eye check)",
    all: ["(?:sudden\\w*|new|lots of|shower of|woke up with) ~3 (?:flashes|floaters|flashing lights)|(?:flashes|floaters) ~4 (?:suddenly|new|today|this morning|since)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|always had|migraine aura"]
  },
  {
    id: "triage.urgent.crushed-nail-black",
    level: U,
    finding: "a crushed finger or toe with the nail going black and throbbing (blood under the nail)",
    all: [
      "hammer|mallet|slammed|shut|trapped|crushed|dropped|stubbed|hit|caught",
      "nail ~4 (?:black|purple|dark|blood under)|blood under (?:the|my|his|her) nail"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:nail )?polish|fungal|fungus"]
  },
  {
    id: "triage.urgent.sudden-hearing-loss",
    level: U,
    finding: "sudden hearing loss or muffled hearing in one ear (same-day check)",
    all: [
      "sudden\\w*|all of a sudden|out of nowhere|(?:since|when) i woke|woke up (?:with|and)|overnight|this morning",
      "(?:muffled|dull|deaf|lost) ~3 (?:hearing|ear)|(?:hearing|ear) ~3 (?:muffled|gone|dull|lost)|(?:cant|cannot|can not) hear (?:out of|from|with|in) (?:my|his|her|one|the) ~1 ear|deaf in (?:one|my|his|her) ~1 ear"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|wax|syring\\w*|flight|plane|flying|swimming|diving|(?<!no |not a |without a )cold|congest\\w*|blocked nose|sinus\\w*|(?:for|over) (?:weeks|months|years)|concert|gig"]
  },
  {
    id: "triage.urgent.essential-medicine-run-out",
    level: U,
    finding: "an insulin pump that failed, or insulin, seizure, steroid or anti-rejection medicine run out (needs a supply today)",
    all: [
      "insulin|pump|epilep\\w*|seizure (?:meds|medication|medicine|tablets|pills)|anti ?epileptic\\w*|keppra|levetiracetam|lamotrigine|lamictal|valproate|carbamazepine|tegretol|phenytoin|hydrocortisone|prednisolone|steroid\\w*|anti ?rejection|tacrolimus|transplant (?:meds|medication|tablets)",
      "(?:just )?(?:broke|broken|stopped working|failed|died|not working|isnt working|ran out|run out|running out|none left|nothing left)|only (?:have|got) (?:a |one )?(?:spare|last|backup|\\d+)|(?:last|spare) (?:pen|dose|tablet|vial)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|next (?:week|month)|in (?:a|two|2|three|3) weeks|breast ?pump|petrol|gas|water pump|bike pump|how do i (?:order|renew)|reminder"]
  },
  {
    id: "triage.urgent.older-confused-burning-wee",
    level: U,
    finding: "an older person more confused than usual with burning on weeing (possible urine infection)",
    all: [
      "confused|confusion|muddled|not (?:himself|herself|themselves)|delirious|disorient\\w*|not making sense",
      QR_PAIN_WEE + "|burns to (?:pee|wee)|(?:pee|wee|urine) ~3 (?:smell\\w*|cloudy|strong)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.child-barely-drinking",
    level: U,
    finding: "a small child who will barely drink (risk of dehydration)",
    all: [
      QR_CHILD + "|\\d+ ?yo",
      "(?:wont|will not|not|refus\\w*|barely|hardly|isnt|doesnt want to) ~2 (?:drink|drinking|take (?:any )?fluids|take (?:a |her |his )?bottle|feed|feeding)|(?:drinking|drink) (?:much )?(?:less|very little|hardly anything|almost nothing)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:drinking|drinks|feeding) (?:fine|well|normally|ok|okay)|water (?:instead|rather)|milk (?:instead|rather)|fussy|picky|cows milk|from a cup|sippy|formula brand"]
  },
  {
    id: "triage.urgent.diarrhoea-after-antibiotics",
    level: U,
    finding: "frequent diarrhoea during or after antibiotics (possible C. difficile)",
    all: [
      "diarrh\\w*|diarrea|runny poo|loose (?:poo|stool\\w*|bowels)|watery (?:poo|stool\\w*)",
      "antibiotic\\w*|clindamycin|amoxicillin|augmentin|co amoxiclav|cephalexin|ciprofloxacin|antibiotico\\w*",
      "(?:\\d+|five|six|seven|eight|nine|ten|several|many) (?:times|x) (?:a|per|each) day|cramp\\w*|blood|fever|watery|dehydrat\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|probiotic\\w* (?:help|to prevent|before)"]
  },
  {
    id: "triage.urgent.asthma-reliever-every-few-hours",
    level: U,
    finding: "asthma worse with the reliever needed every few hours (needs a review today)",
    all: [
      "blue inhaler|reliever|ventolin|salbutamol|albuterol|inhaler|puffer",
      "every (?:\\d+|two|three|four|couple of|few) ~2 (?:hours|hrs)|(?:\\d+|several|many) times (?:a|per) day|more (?:often|than usual)|isnt lasting|not lasting|wearing off",
      "asthma|wheez\\w*|chest|breath\\w*|worse|flare\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|how (?:often|many) (?:should|can|is it safe)|prescription|refill|spacer technique"]
  },
  {
    id: "triage.urgent.pelvic-pain-fever-discharge",
    level: U,
    finding: "pelvic or period pain with fever and a foul or unusual discharge (possible pelvic infection)",
    all: [
      "period pain|period cramps|pelvic|pelvis|lower (?:belly|tummy|abdomen|stomach)|cramp\\w*|womb|ovar\\w*",
      U_FEVER + "|temperature",
      "discharge|smell\\w*|smelly|foul|fishy|green|flujo|olor"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  }
];
pushUrgentRules(V_URGENT_RULES);

// triage-w: concepts from set w (an independent writer: atypical presentations, effect-only
// wording, a danger named only by its setting). A heart attack without chest pain in an older
// person or one with a stent (jaw or arm ache, pallor, nausea); a wish not to wake up with a gun
// or rope at hand; means made ready with nobody to miss them ("la cuerda lista"); wanting to cut
// one's throat; stepping in front of a train or driving into a tree on purpose; on a roof saying
// they can fly; sudden falling to one side with slurred speech; a burn that is leathery, waxy or
// painless in the middle; a swollen, red testicle in a boy (even when he says it is his tummy);
// strangled with a blackout, a changed voice or a swollen neck; a baby blue round the mouth on
// feeding; a vomiting child who is hard to rouse; an older person cold with a low temperature and
// drowsy or breathing fast; a household with headaches round a faulty boiler; fainting with blood
// from the bowel; a digoxin double dose with sickness or yellow vision; fever, rigors or low blood
// pressure days after a birth; sudden breathlessness or chest pain on the pill or after an
// operation; ten or more puffs of the reliever.
const W_NOW =
  "sudden\\w*|all of a sudden|all at once|out of nowhere|just now|right now|now|today|tonight|this (?:morning|afternoon|evening)|since (?:this morning|lunch|breakfast|last night)|started|came on|woke up|de repente|ahora";
const W_OLDER =
  "care home|nursing home|elderly|older|(?:[6-9]\\d|1[01]\\d) ?(?:years|yrs|yr|yo|y o|anos)|(?:aged|age|is|hes|shes|he is|she is) (?:[6-9]\\d|1[01]\\d)(?![0-9])|(?:sixty|seventy|eighty|ninety) ?\\w*|grandma|grandad|grandpa|granddad|grandmother|grandfather|granny|gran|nan|nana|abuel[oa]";
const W_BLOOD_THIN = "blood|bloody|black (?:poo|poop|stool|stools|tarry)|tarry|melaena|melena|coffee grounds|sangre";
const W_RULES: TriageRuleSpec[] = [
  {
    id: "triage.cardiac.atypical-older-or-stent",
    level: E,
    finding: "jaw or arm ache with pallor, sweating or nausea in an older person or one with heart disease (a heart attack without chest pain)",
    all: [
      "stent|stents|bypass|heart attack|angina|cardiac|heart (?:disease|condition|problems?|trouble)|" + W_OLDER,
      "(?:jaw|jaws|left arm|arm|arms|shoulder|mandibula|brazo) ~3 (?:ache\\w*|aching|pain\\w*|hurts|hurting|sore|heavy|tight|discomfort|duele|dolor)|(?:ache|aching|pain|hurts|dolor) ~3 (?:in )?(?:his|her|my|the|el|la)? ?(?:jaw|left arm|mandibula)",
      "pale|pallor|grey|gray|ashen|clammy|{sweat}|nause\\w*|throw\\w* up|being sick|feels sick|feel sick|feeling sick|vomit\\w*|palid[oa]|nauseas?",
      W_NOW + "|weak|faint\\w*|breathless|short of breath"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|tooth|teeth|toothache|dental|dentist|wisdom|molar|chewing|grinding|tmj|gum|gums|filling|abscess|(?:for|over) (?:weeks|months|years)|arthritis|gym|lifting|workout|injur\\w*|fell|fall|vaccin\\w*|jab|flu shot|injection"]
  },
  {
    id: "triage.crisis.wish-not-to-wake-with-means",
    level: E,
    crisis: true,
    finding: "wishes not to wake up or to be dead, with a gun, rope or pills at hand",
    all: [
      "(?:hope|hopes|hoping|wish|wishes|wishing|pray|prays|praying|want|wants|wanna) ~3 (?:dont|doesnt|do not|does not|never|wont|not|to not|to never) (?:wake|wakes|waking) up|(?:wish|wishes|wishing) (?:i was|i were|id be|to be|he was|she was|he were|she were) dead|(?:dont|do not) want to (?:be here|exist|be alive|live|wake up) ~2 (?:anymore|any more)?|better off dead|no reason to live|tired of (?:living|being alive)|no quiero (?:despertar|vivir|seguir)|ojala no (?:despierte|despertara)",
      "gun|guns|pistol|revolver|rifle|shotgun|firearm|handgun|ammo|bullets|rope|noose|pistola|arma|escopeta|cuerda|soga|(?:holding|hold|held|loaded|load|touching|looking at) it"
    ],
    unless: ["(?:shooting|gun|rifle) (?:range|club|licence|license|safety)|hunting|airsoft|paintball|nerf|water gun|video game|game|film|movie"]
  },
  {
    id: "triage.crisis.means-ready-nobody-miss",
    level: E,
    crisis: true,
    finding: "has the means ready (rope, pills, a weapon) and feels nobody would miss them",
    all: [
      "(?:cuerda|soga|rope|noose|pastillas|pills|tablets|gun|pistola|arma|cuchillo|knife|navaja|razor|cuchilla|plan|carta|cartas|letter|letters|note) ~3 (?:lista|listas|listo|listos|preparad[oa]s?|ready|set up|tied|prepared|sorted|loaded|cargad[oa]|guardad[oa]s?|saved up|stashed|written|escrita\\w*)|(?:tied|hung|set up|prepared|made|bought|tengo) (?:a |the |una |la |mi )?(?:noose|soga|cuerda)",
      "(?:nadie|nobody|no one|noone) ~4 (?:extranar\\w*|miss me|will miss|would miss|miss|notice|care|cares|importa|notar\\w*|dar\\w* cuenta)|no puedo mas|(?:cant|can not|cannot) (?:do this|go on|take (?:it|this|any more|anymore))|(?:ya )?no (?:aguanto|puedo seguir|quiero seguir|quiero vivir)|better off without me|mejor sin mi|(?:want|wanna|quiero) (?:to )?(?:die|end it|morir|acabar con todo)|goodbye|adios|despedida|no point|sin sentido|tired of (?:living|life|everything)|cansad[oa] de (?:vivir|todo)"
    ],
    unless: ["climb\\w*|camping|boat|sail\\w*|gym|swing|tent|washing line|clothes line|escalada|tree house|zip line|moving house|mudanza|exam|trip|holiday|vacaciones|viaje"]
  },
  {
    id: "triage.crisis.cut-own-throat",
    level: E,
    crisis: true,
    finding: "wants to cut or slit their own throat",
    all: ["(?:want|wants|wanna|going|gonna|will|threaten\\w*|tried|trying|try|about|ready|quiero|quiere|voy a|va a) ~2 (?:to )?(?:cut|slit|slash|stab|cortarme|cortarse) (?:my|her|his|their|el|la)? ?(?:own )?(?:throat|neck|cuello|garganta)"],
    unless: ["(?:feels|felt|like) ~3 (?:razor|glass|knives|blades)"]
  },
  {
    id: "triage.crisis.step-in-front-of-train",
    level: E,
    crisis: true,
    finding: "thinking of stepping or jumping in front of a train or traffic",
    all: [
      "(?:thinking|think|thought|tempted|want|wanna|going|gonna|urge|considering|imagin\\w*|could just|might just|about|pensando|quiero|voy a) ~4 (?:step|stepping|stepped|jump|jumping|walk|walking|throw myself|throwing myself|lie down|lying down|fall|falling|go|tirarme|aventarme|lanzarme)",
      "when (?:the )?(?:next )?(?:one|train|bus|lorry|truck|tube) (?:comes|arrives|passes|goes|pulls in|comes in)|in front of (?:the|a|it|one|next|train|bus|lorry|truck|car|traffic|oncoming|el tren|un tren)|off (?:the )?(?:edge of the )?platform|onto (?:the )?(?:tracks|line|rails|road|motorway)|into (?:the )?(?:traffic|road|motorway)|(?:al|a las) vias|del anden"
    ],
    unless: ["{xHypothetical}|safety|mind the gap|dream|film|movie|(?:get|getting|got) off (?:at|the)|my stop|(?:weeks|months|years) ago"]
  },
  {
    id: "triage.crisis.drive-into-on-purpose",
    level: E,
    crisis: true,
    finding: "thinking about driving into a tree, wall or oncoming traffic on purpose",
    all: ["(?:thinking|think|thought|tempted|want|wanna|going|gonna|urge|considering|imagin\\w*|planning|plan|fantasi\\w*|picturing|could just|pensando|quiero|voy a) ~4 (?:driv\\w*|crash\\w*|steer\\w*|swerv\\w*|ram\\w*|aim\\w*|plough\\w*|plow\\w*|veer\\w*|estrellar\\w*|chocar) ~5 (?:into|off|in front of|head on|contra) ~3 (?:a |the |that |an |un |una |el |la )?(?:tree|trees|wall|bridge|lorry|lorries|truck|trucks|oncoming|on coming|cliff|river|lake|pillar|barrier|sea|traffic|edge|arbol|pared|muro|puente|camion)"],
    unless: ["accident|crash (?:last|was|happened)|nightmare|flashback|ptsd|dream|(?:weeks|months|years|days) ago|last (?:week|month|year|night)|game|film|movie|parking|reversing"]
  },
  {
    id: "triage.mental-health.on-roof-thinks-can-fly",
    level: E,
    finding: "on a roof, ledge or balcony believing they can fly or cannot be hurt (psychosis with danger)",
    all: [
      "(?:on|up on|on top of|at the edge of|edge of|standing on|sitting on|climbed onto|climbing onto|en (?:el|la)) (?:the |a |our |his |her )?(?:roof|rooftop|balcony|ledge|bridge|window ?sill|windowsill|top floor|cliff|railing|azotea|techo|tejado|balcon|cornisa)",
      "(?:can|could|able to) (?:fly|float)|puede volar|invincible|(?:cant|wont|cannot|can not) (?:die|be hurt|get hurt|fall)|voices|god (?:told|is telling)|the devil|schizo\\w*|psychos\\w*|psychotic|manic|mania|bipolar|hallucinat\\w*|stopped (?:his|her|their) (?:meds|medication|pills|tablets)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|superhero|costume|game|film|movie|kite|drone|bird|pigeon"]
  },
  {
    id: "triage.stroke.cant-stand-falling-to-one-side",
    level: E,
    finding: "suddenly cannot stand or walk straight, falling to one side, with slurred speech or double vision",
    all: [
      "(?:falling|falls|fell|leaning|leans|veering|veers|tipping|toppling|lurching|keeps going|pulling|drifting|listing) ~3 (?:to )?(?:the |one |his |her |my )?(?:left|right|side)|(?:cant|cannot|can not|unable to|not able to|couldnt) (?:stand|walk|sit) (?:up )?(?:up )?(?:straight|properly|unaided|on (?:his|her|my) own)|(?:cant|cannot|can not) (?:keep|hold) (?:his|her|my) balance|(?:lost|losing) (?:his|her|my) balance|off balance|staggering|se cae (?:hacia|para) (?:un lado|la izquierda|la derecha)|no puede (?:mantenerse en pie|caminar derecho)",
      "slurr\\w*|{slurred}|speech ~3 (?:slurred|slurry|funny|strange|odd|weird|garbled|thick|drunk|off)|(?:seeing|see|sees) double|double vision|sounds drunk|(?:talking|speaking) (?:funny|strange|weird|drunk|oddly)|habla (?:rara|raro|arrastrada)|vision doble"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:has|had) (?:been )?(?:drunk|drinking)|(?:very|really|so) drunk|wasted|hammered|pints|beers|(?:for|over) (?:weeks|months|years)|parkinson\\w*|ms|multiple sclerosis|cerebral palsy|ataxia"]
  },
  {
    id: "triage.burn.full-thickness-painless",
    level: E,
    finding: "a burn that is leathery, waxy, white or charred, or painless in the middle (a full-thickness burn)",
    all: [
      "burn\\w*|burnt|scald\\w*|flame\\w*|fire|petrol|quem\\w*",
      "leathery|leather like|like leather|waxy|charred|blackened|(?:white|grey|gray) and (?:dry|hard|stiff|leathery)|(?:doesnt|does not|dont|isnt|didnt) (?:even )?(?:hurt|painful) ~3 (?:middle|centre|center)|(?:middle|centre|center) ~4 (?:doesnt|does not|dont|isnt|numb|no pain|cant feel)|(?:cant|cannot|can not) feel (?:it|anything|any pain|the burn|pain)|no (?:pain|feeling) (?:at all )?(?:in the )?(?:middle|centre|center)|numb (?:in the )?(?:middle|centre|center)|como (?:de )?cuero|acartonad[oa]|no (?:me |le )?duele nada"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|what (?:is|are|does)|degree burns? (?:look|mean|is|are)|course|exam|student|heartburn|sunburn\\w*|razor burn|(?:burning|burn) (?:when|while|on) ~2 (?:pee|wee|urinat\\w*)|burning (?:sensation|feeling)|calories|fat burn\\w*|candle|cd|dvd|bridges|rubber|tyres|tires|leather (?:jacket|sofa|seat|shoes)|healed|healing|scar"]
  },
  {
    id: "triage.urology.boy-testicle-swollen",
    level: E,
    finding: "a swollen, red or painful testicle in a boy or young man (possible torsion, even if he says it is his tummy)",
    all: [
      "testic\\w*|testes|scrotum|scrotal|ballsack|testiculo\\w*|escroto|(?:his|my|their|the|really|both|one of (?:his|my)|in (?:his|my)) (?:balls|nuts|ball sack)|(?:his|my|their) privates|down (?:below|there)|huevos|bolas",
      "swollen|swelling|swell\\w*|red|hurts|hurting|pain\\w*|sore|agony|tender|hinchad\\w*|duele|dolor|rojo",
      "boy|boys|son|sons|lad|teen\\w*|adolescent|nephew|grandson|hijo|nino|(?:1[0-9]|[5-9]) ?(?:yo|y o|year old|years old|yr old|anos)|sudden\\w*|de repente|football|kicked|(?:tummy|stomach|belly|barriga|panza) ~4 (?:hurts|hurting|ache|aching|pain|sore|duele|dolor)"
    ],
    // (triage-as) pain said to have come on gradually over days, "not sudden": epididymitis more
    // than torsion, seen today by the same-day rules
    unless: ["(?:came|come|coming|crept) on (?:slowly|gradually)|gradual\\w*|not sudden", "{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|vasectomy|varicocele|hydrocele (?:for|since)|(?:undescended|retractile) (?:testicle|testis)|nappy rash|diaper rash|circumcis\\w*|(?:dog|cat|puppy|kitten)|what (?:is|are|causes)"]
  },
  {
    id: "triage.violence.strangled-with-warning-signs",
    level: E,
    finding: "strangled or choked by someone, with a blackout, a changed voice, a swollen neck or trouble swallowing or breathing",
    all: [
      "strangl\\w*|(?:choked|choking|chokes|throttled|throttling) (?:me|her|him|them)|(?:choked|chok\\w*) (?:me|her|him) out|hands (?:round|around) (?:my|her|his|their) (?:neck|throat)|ahorc\\w*|estrangul\\w*",
      "pass\\w* out|black\\w* out|lost consciousness|went limp|hoarse|voice ~3 (?:changed|different|gone|raspy|croaky|weird|strange|hoarse)|(?:hurts|painful|pain|hard|difficult|trouble|struggl\\w*|cant) ~3 swallow\\w*|neck ~3 (?:swollen|swelling|swell\\w*|puffy)|(?:swollen|swelling) ~3 neck|(?:red|tiny) (?:dots|spots) ~3 (?:eyes|face)|blood ~3 (?:in )?(?:my|her|his) eyes?|(?:hard|trouble|struggl\\w*|difficult) ~3 breath\\w*|wet (?:myself|himself|herself)|me desmaye|ronc[oa]"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|used to|cord|umbilical|vine|plant|weed\\w*|hernia|movie|film|show|book|dream|wrestling|judo|bjj|jiu jitsu|sparring|martial|(?:choked|choking) on"]
  },
  {
    id: "triage.infant.blue-on-feeding",
    level: E,
    finding: "a baby who goes blue round the lips or mouth when feeding or crying (possible heart problem)",
    all: [
      QR_CHILD,
      "(?:lips|lip|mouth|face|tongue|skin) ~4 (?:blue|bluish|purple|purplish|dusky|grey|gray)|(?:blue|bluish|purple|dusky|grey|gray) ~3 (?:lips|around (?:his|her|the) mouth|round (?:his|her|the) mouth|tongue)|(?:labios|boca) ~3 (?:morad\\w*|azul\\w*)",
      "feed\\w*|bottle|breastfeed\\w*|breast ?fed|nursing|crying|cries|cry|drinking|sucking|eating|tetero|biberon|comiendo|mamando|llora\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|cold|bath|swim\\w*|pool|blueberr\\w*|berries|berry|beetroot|dye|crayon|marker|ice|popsicle|lolly|ice lolly|juice|jelly|sweets|candy|hands and feet|feet and hands|paint"]
  },
  {
    id: "triage.child.vomiting-hard-to-rouse",
    level: E,
    finding: "a child who is vomiting or dry and now hard to rouse, floppy or very drowsy (severe dehydration)",
    all: [
      QR_CHILD,
      "hard to (?:rouse|wake|wake up|arouse|keep awake)|(?:wont|not|barely|cant|cannot) (?:wake|waking|rousing|rouse|stay awake|staying awake)|(?:very|really|so|extremely|unusually) (?:drowsy|floppy|lethargic|limp)|floppy|lethargic|unresponsive|limp|no responde|muy dormid[oa]",
      "vomit\\w*|throw\\w* up|being sick|been sick|diarrh\\w*|no tears|not crying tears|(?:no|dry|fewer) (?:wet )?(?:nappies|diapers)|(?:cant|cannot|wont|not) keep ~4 (?:down|water|fluids|anything)|dehydrat\\w*|sunken|vomita\\w*|diarrea"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|after (?:the |his |her )?(?:nap|medicine|calpol|antihistamine|piriton|phenergan|jab|jabs|vaccin\\w*)|(?:still|is|seems) (?:alert|playing|chatty)"]
  },
  {
    id: "triage.sepsis.older-cold-low-temp-drowsy",
    level: E,
    finding: "an older person with a low temperature or cold to touch who is drowsy, not themselves or breathing fast (possible sepsis)",
    all: [
      W_OLDER + "|mum|mom|mother|dad|father",
      "(?:temp|temperature|temps|temperatura) ~3 (?:3[0-5])(?![0-9])(?!\\.[5-9])(?! ?(?:min|mins|minutes|hours|days|seconds|secs))|hypotherm\\w*|(?:feels|feel|is|skin|body|hands|she|he) ~2 (?:cold|icy|freezing|clammy) (?:to (?:the )?touch)?|(?:low|dropping) temp\\w*|mottled",
      "(?:very|really|so|extremely|unusually) (?:sleepy|drowsy)|not (?:herself|himself|themselves)|confus\\w*|muddled|breathing (?:fast|quick\\w*|rapid\\w*|hard)|{sob}|(?:fast|rapid|quick) breathing|hard to (?:wake|rouse)|wont wake|unresponsive|mottled"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:room|house|flat|weather|outside|water|fridge|freezer) ~3 (?:temp|temperature|is)|always (?:cold|feels cold)|raynaud\\w*|heating"]
  },
  {
    id: "triage.poisoning.household-headaches-boiler",
    level: E,
    finding: "several people at home with headaches, sickness or fainting and a faulty boiler, heater or fire (possible carbon monoxide)",
    all: [
      "boilers?|boiler s|furnaces?|heaters?|gas fire|gas heater|generators?|fireplace|chimney|flue|calentador|caldera|bbq|barbecue|charcoal|log burner|wood burner|wood stove|paraffin heater|estufa|brasero",
      "whole family|all of us|we all|were all|we re all|all got|everyone|everybody|both of us|family|kids and|all (?:three|four|five) of us|the (?:kids|children) (?:too|also|as well)|toda la familia|todos",
      "headache\\w*|dizzy|dizziness|sick|nause\\w*|vomit\\w*|faint\\w*|drowsy|confus\\w*|collaps\\w*|pass\\w* out|dolor de cabeza|mareo\\w*|marea\\w*|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|colds|flu|covid|virus|bug|going round|food poisoning|takeaway|ate (?:the|some)|alarm (?:is )?(?:fine|ok|checked|tested)|serviced"]
  },
  {
    id: "triage.bleeding.faint-with-bowel-or-vomit-blood",
    level: E,
    finding: "fainting or collapsing with blood in the toilet, in the stool or in vomit (possible major bleed in the gut)",
    all: [
      QR_FAINT + "|desmay\\w*",
      W_BLOOD_THIN,
      "toilet|loo|poo|poop|stool\\w*|bowel\\w*|vomit\\w*|threw up|throwing up|rectum|back passage|bottom|bum|inodoro|heces|ulcer|ulcera|bathroom"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|blood test|giving blood|donat\\w*|needle\\w*|sight of blood|period|menstrua\\w*|tampon\\w*"]
  },
  {
    id: "triage.poisoning.digoxin-toxicity",
    level: E,
    finding: "an extra or double dose of digoxin with sickness, yellow or green vision or a slow or irregular pulse",
    all: [
      "digoxin|lanoxin|digitalis|digoxina",
      "yellow|green|halo|halos|(?:vision|seeing|sight) ~3 (?:yellow|green|blurr\\w*|strange|funny|odd)|sick|nause\\w*|vomit\\w*|throw\\w* up|confus\\w*|(?:slow|irregular|skipping|pounding) ~3 (?:pulse|heart\\w*)|(?:pulse|heart\\w*) ~3 (?:slow|irregular|skipping|racing)",
      "twice|double\\w*|two doses|too many|extra|accident\\w*|by mistake|overdos\\w*|(?:yellow|green) (?:halo|halos|tinge|vision|tint)|halo|halos"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|what (?:are|is)|side effects? (?:of|list)|levels? (?:test|check)|signs of"]
  },
  {
    id: "triage.pregnancy.after-birth-fever-shock",
    level: E,
    finding: "fever, rigors or low blood pressure in the days after a birth, caesarean or miscarriage (possible sepsis)",
    all: [
      "c ?section|caesarean|cesarean|cesarea|gave birth|had (?:the|a|our|my|her) baby|delivery|delivered|postpartum|post partum|miscarriage|miscarried|abortion|parto|dio a luz|di a luz",
      U_FEVER + "|(?:bp|blood pressure|pressure|tension) ~4 (?:low|[5-8]\\d (?:over )?[2-5]\\d)",
      "drowsy|sleepy|confus\\w*|shaking|shak\\w* uncontroll\\w*|rigou?rs|shivering uncontroll\\w*|(?:bp|blood pressure|pressure) ~4 (?:low|[5-8]\\d (?:over )?[2-5]\\d)|(?:heart|pulse) ~3 (?:racing|fast|1[2-9]\\d)|faint\\w*|mottled|clammy|breathing fast|{sob}|not making sense|out of it|very unwell|somnolient\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:year)|(?:baby|babys|baby s) (?:has|had) (?:a )?(?:fever|temp)"]
  },
  {
    id: "triage.circulation.low-bp-unwell",
    level: E,
    finding: "a very low blood pressure reading with drowsiness, fever, fainting or confusion (possible shock)",
    all: [
      "(?:bp|blood pressure|pressure) ~6 (?:[5-8]\\d)(?:/| over | / )(?:[2-5]\\d)(?![0-9])",
      "drowsy|sleepy|confus\\w*|faint\\w*|collaps\\w*|pass\\w* out|burning up|" + U_FEVER + "|shaking|clammy|cold|mottled|grey|gray|not making sense|hard to wake|breathing fast"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:always|usually|normally) (?:low|runs low|around|about|is)|(?:for|over) (?:weeks|months|years)|what is|is it (?:normal|ok|okay)|target"]
  },
  {
    id: "triage.breathing.sudden-after-pill-or-surgery",
    level: E,
    finding: "sudden breathlessness or chest pain with a clot risk (the pill, an operation, a long journey), with blood coughed up, a racing pulse or faintness (possible clot in the lung)",
    all: [
      "on the pill|the pill|(?:birth control|contracepti\\w*|combined) (?:pill|pills)|contraceptive|hrt|postpartum|gave birth|long (?:flight|drive|journey|haul)|surgery|operation|replacement|op|cast|plaster|immobil\\w*|bed ?bound|bedridden|dvt|clot|la pildora|anticonceptiv\\w*|cirugia|operacion",
      "(?:chest|side|ribs|rib) ~5 (?:pain|hurts|sharp|stabbing)|(?:pain|hurts|sharp|stabbing) ~5 (?:chest|breath\\w*)|(?:cough\\w*|spit\\w*|bring\\w*) ~3 (?:up )?(?:blood|bloody)|{sob}|{cantBreathe}|breathless|(?:cant|cannot|can not) catch (?:my|her|his|their) breath|short of breath|out of breath",
      "cough\\w* ~3 (?:up )?(?:blood|bloody)|(?:heart|pulse) ~4 (?:racing|pounding|fast|rapid|1[0-9]\\d)|(?:heart rate|hr|pulse) ~2 1[0-9]\\d|tachy\\w*|faint\\w*|pass\\w* out|collaps\\w*",
      W_NOW
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|anxiety|panic attack\\w*|gym|running|workout|exercise"]
  },
  {
    id: "triage.breathing.asthma-ten-puffs",
    level: E,
    finding: "asthma needing ten or more puffs of the reliever, or a peak flow under half the best (a severe attack)",
    all: [
      "asthma\\w*|inhaler|reliever|ventolin|salbutamol|albuterol|puffer|asma|inhalador",
      "(?:1\\d|[2-9]\\d|ten|eleven|twelve|fifteen|twenty) (?:puffs|pumps|sprays|doses|inhalations|disparos|puff|inhalaciones)|peak flow ~3 (?:[5-9]\\d|1\\d\\d)(?![0-9]) ~8 (?:[4-7]\\d\\d)(?![0-9])",
      "worse|wors\\w*|cant (?:talk|speak|finish)|{sob}|breathless|struggl\\w*|tight|wheez\\w*|peak flow|severe|not (?:helping|working)|isnt (?:helping|working)|peor|no (?:me )?ayuda"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:a|per|each) (?:day|week)|daily|over (?:the|a) (?:day|week)|this week|how many|is it safe|can i|maximum|max"]
  }
];
pushEmergencyRules(W_RULES);
// Same-day care from set w: blood in diarrhoea for days at any age; a smelly or blackening sore
// on a diabetic foot; a baby with fewer wet nappies or half the usual feeds; high sugars with
// ketones on a sick day; a one-sided sore throat with a muffled voice (possible quinsy); a
// blistering rash on the forehead towards the eye (shingles near the eye); a new headache with
// jaw pain on chewing or a tender scalp in an older person (possible giant cell arteritis); a
// child's fever for three days or more, or fever in a malaria area; a bad sprain with bruising
// over the bone; something stuck deep in an ear or nose; a groin lump that will not go back; new
// pain low on the right of the belly; an older person with diarrhoea many times a day; a big or
// growing bruise on warfarin (also in Spanish); a toothache with the cheek swollen up to the eye.
const W_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.bloody-diarrhoea-days",
    level: U,
    finding: "blood in diarrhoea for a day or more (needs a same-day check)",
    all: [
      "diarrh\\w*|diarrea|runny poo|loose (?:poo|stool\\w*|motions?)|watery (?:poo|stool\\w*)",
      "blood|bloody|sangre",
      "(?:for|since) ~2 (?:\\d+|two|three|four|five|a few|a couple of|couple of|several) (?:days|dias)|since (?:yesterday|last night)|desde (?:hace|ayer)|cramp\\w*|colicos"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|beetroot|hemorrhoid\\w*|haemorrhoid\\w*|piles|on the (?:paper|tissue)"]
  },
  {
    id: "triage.urgent.diabetic-foot-sore",
    level: U,
    finding: "a sore or wound on a diabetic foot that smells, weeps or is turning black",
    all: [
      "diabet\\w*|sugar|diabetes",
      "foot|feet|toe|toes|heel|sole|pie|pies|dedo del pie",
      "smell\\w*|smelly|black\\w*|dark|pus|ooz\\w*|weep\\w*|ulcer|(?:red|swollen|hot) and|huele|negr[oa]|pus"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:foot|feet) (?:odou?r|smell) (?:from|in) (?:shoes|socks)|athletes foot|how (?:do|to|can|should) ~3 (?:care|check|look after)|podiatr\\w* (?:appointment|check)"]
  },
  {
    id: "triage.urgent.baby-fewer-wet-nappies",
    level: U,
    finding: "a baby with fewer wet nappies or taking much less feed (early dehydration)",
    all: [
      QR_CHILD + "|\\d+ ?(?:months?|meses|weeks?)",
      "(?:fewer|less|not as many|only \\w+) (?:wet )?(?:nappies|diapers|wees|pees)|(?:half|less than half|a third) (?:of )?(?:her|his|the) (?:usual|normal) (?:feeds?|bottles?|milk)|(?:menos|poco) (?:pipi|pis|panales mojados|orina)|hizo menos pipi|moja menos panales"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:how many|normal number of) (?:wet )?(?:nappies|diapers)"]
  },
  {
    id: "triage.urgent.sick-day-ketones",
    level: U,
    finding: "high sugars with raised ketones or a stomach bug in type 1 diabetes (sick-day rules, same-day advice)",
    all: [
      "ketones? ~3 (?:0\\.[6-9]|1\\.\\d|1|raised|moderate|small|trace|positive)|(?:sugars?|glucose|bg|bm|bms|levels?) ~4 (?:(?:in the )?(?:1[5-9]|2\\d|3\\d)(?:s)?|high|over 1[5-9]|above 1[5-9])",
      "type 1|t1d|t1|insulin|diabet\\w*",
      "bug|vomit\\w*|sick|flu|virus|diarrh\\w*|d and v|ill|ketones?"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|what (?:are|is)|how (?:do|to)|(?:ketones|ketone) ~2 (?:negative|0\\.[0-5]|normal)"]
  },
  {
    id: "triage.urgent.one-sided-throat-muffled-voice",
    level: U,
    finding: "a sore throat much worse on one side with a muffled voice or trouble opening the mouth (possible quinsy)",
    all: [
      "throat|tonsil\\w*|garganta|amigdala\\w*",
      "hot potato|muffled|(?:cant|cannot|can barely|hard to) open (?:my|his|her) mouth|(?:one|left|right) side ~6 (?:worse|swollen|bigger|pain)|(?:worse|swollen|bigger) (?:on|down) (?:the|one|my) ~1 (?:left|right|one)? ?side|barely swallow|(?:cant|can not|cannot) swallow (?:my )?(?:spit|saliva)|drool\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.shingles-near-eye",
    level: U,
    finding: "a blistering rash on the forehead, scalp or nose spreading towards the eye (possible shingles near the eye)",
    all: [
      "blister\\w*|rash|shingles|vesicles|ampollas|herpes zoster|culebrilla",
      "forehead|scalp|temple|tip of (?:my|his|her|the) nose|nose tip|frente",
      "eye|eyes|nose|spread\\w*|tingl\\w*|burn\\w*|ojo"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|acne|spot cream|teen\\w* spots|sunburn|eczema (?:for|since)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.headache-jaw-claudication-older",
    level: U,
    finding: "a new headache with jaw pain on chewing or a tender scalp or temple in someone over 50 (possible giant cell arteritis)",
    all: [
      "headache|head ache|head pain|temple\\w*",
      "jaw ~4 (?:hurts|pain|aches|ache|sore|tired) ~3 (?:chew\\w*|eating|eat)|(?:chew\\w*|eating) ~4 jaw ~3 (?:hurts|pain|aches|ache|sore|tired)|(?:scalp|temple|temples) ~4 (?:tender|sore|hurts|painful)|(?:tender|sore) (?:scalp|temple|temples)|(?:brushing|combing) (?:my|his|her) hair (?:hurts|is painful)",
      "(?:[5-9]\\d|1[01]\\d) ?(?:years|yrs|yo|y o)?|" + W_OLDER
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|tooth|teeth|dental|dentist|wisdom|tmj|grinding|clench\\w*|(?:for|over) (?:months|years)|migraine (?:for|since)"]
  },
  {
    id: "triage.urgent.fever-three-days-or-malaria",
    level: U,
    finding: "a child with a fever for three days or more, or any fever where malaria is possible (needs a same-day check or test)",
    all: [
      U_FEVER + "|temperature|temp",
      "(?:for|since|desde hace) ~2 (?:3|4|5|6|7|three|four|five|six|seven|tres|cuatro|cinco|seis|siete) (?:days|dias)|(?:3|4|5|three|four|five|tres|cuatro|cinco) (?:days|dias) ~2 (?:now|ago|running|straight)|malaria|paludismo|lagos|nigeria|ghana|kenya|uganda|africa|(?:back|returned|came back|just got back) from ~3 (?:africa|india|asia|the tropics|nigeria|ghana|kenya)",
      QR_CHILD + "|\\d+ ?(?:years|yrs|yo|anos)|malaria|paludismo|lagos|nigeria|ghana|kenya|uganda|africa|(?:back|returned|came back|just got back) from"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:no|without) (?:a )?(?:fever|temp\\w*)|(?:prevent|prevention|tablets|prophylaxis|vaccin\\w*) ~3 (?:malaria|trip|travel)|before (?:we|i) (?:go|travel|fly)"]
  },
  {
    id: "triage.urgent.bad-sprain-bone-tender",
    level: U,
    finding: "a bad ankle or foot sprain with bruising or pain over the bone, or that cannot bear much weight (needs an X-ray decision)",
    all: [
      "ankle|tobillo|foot|pie|wrist|muneca",
      "sprain\\w*|twist\\w*|rolled|went over|torci\\w*|doble",
      "(?:very|really|badly|hugely|massively) (?:swollen|bruised)|bruis\\w* ~4 (?:bone|outside|inside)|(?:along|over|on) (?:the )?(?:outside|inside|ankle)? ?bone|(?:cant|cannot|can barely|can only) (?:put|bear|take) ~2 (?:much |any |some )?weight|(?:can|could) (?:only )?put some weight|hinchad\\w* ~2 mucho|moreton"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|(?:x ray|xray) (?:was|came back|showed) (?:normal|clear|fine)"]
  },
  {
    id: "triage.urgent.object-stuck-ear-nose",
    level: U,
    finding: "something stuck deep in an ear or nose (needs removing today)",
    all: ["(?:stuck|lodged|wedged|shoved|pushed|put|stuffed) ~5 (?:in|up|into) (?:his|her|my|their|the) ~1 (?:ear|ears|nose|nostril)|(?:ear|nose|nostril) ~4 (?:stuck|lodged)|(?:bead|kernel|popcorn|pea|bean|stone|pebble|crayon|rubber|toy|button|seed|nut|sweetcorn|corn) ~6 (?:in|up|into) (?:his|her|my|their|the) ~1 (?:ear|nose|nostril)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:came|come|got it|fell|blew it|sneezed it) out|button batter\\w*|magnet\\w*|wax|cotton bud|q tip|earbud|airpod|headphone"]
  },
  {
    id: "triage.urgent.groin-lump-wont-go-back",
    level: U,
    finding: "a sore groin or belly-button lump that will not go back in (a hernia that may be stuck)",
    all: [
      "groin|hernia|belly button|navel|ingle|hernia",
      "(?:cant|cannot|can not|wont|will not|doesnt|does not|unable to) ~3 (?:push|pop|go|get|put|slide) (?:it )?(?:back|in)|no (?:se |puedo )?(?:mete|meter|regresa|vuelve)|irreducib\\w*|stuck out"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.older-diarrhoea-many-times",
    level: U,
    finding: "an older person with diarrhoea many times a day (risk of dehydration)",
    all: [
      W_OLDER + "|(?:father|mother|dad|mum|mom) ~3 (?:[6-9]\\d|1[01]\\d)",
      "diarrh\\w*|loose (?:motions?|stools?|poo|bowels)|runny poo|watery (?:poo|stool\\w*)|diarrea",
      "(?:[5-9]|1\\d|five|six|seven|eight|nine|ten|many|several) ~2 (?:times|x|veces)|(?:every|each) (?:hour|half hour)|weak|dizzy|dehydrat\\w*|ors|rehydrat\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|ibs|(?:a|per) week"]
  },
  {
    id: "triage.urgent.bruise-on-warfarin-es",
    level: U,
    finding: "a big or growing bruise, or a knock, while on warfarin or another blood thinner",
    all: [
      "warfarin\\w*|coumadin|sintrom|acenocumarol|anticoagul\\w*|blood thinner\\w*|apixaban|eliquis|rivaroxaban|xarelto",
      "(?:moreton|moretones|cardenal\\w*|hematoma|bruise|bruising) ~4 (?:grande|enorme|creciendo|crece|big|huge|large|growing|spreading|getting bigger)|(?:grande|enorme|big|huge|large|growing) ~3 (?:moreton|cardenal|hematoma|bruise)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:can|could|does|do|will|is it) ~4 (?:cause|normal|expected)|side effects?"]
  },
  {
    id: "triage.urgent.right-lower-belly-pain-new",
    level: U,
    finding: "new pain low on the right side of the belly since last night or today (possible appendicitis, same-day check)",
    all: [
      "(?:right lower|lower right|bottom right|right bottom) ~2 (?:side|part|tummy|belly|abdomen|stomach|quadrant)|right (?:side|part) of (?:my|his|her|the) (?:lower )?(?:tummy|belly|abdomen|stomach)|rlq|right iliac|(?:lado|parte) (?:inferior )?derech[oa] (?:de la |del )?(?:barriga|vientre|abdomen|panza)",
      "pain\\w*|hurts|hurting|ache|aching|sore|tender|dolor|duele",
      "since (?:last night|yesterday|this morning|lunch)|today|tonight|(?:few|\\d+|couple of) hours|(?:getting|got) worse|moved (?:to|down)|started (?:around|near|by) (?:my|his|her|the) (?:belly button|navel)|desde (?:anoche|ayer|esta manana)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|appendix (?:out|removed)|appendectomy|period|ovulat\\w*|mittelschmerz|every month|gym|workout|pulled|after (?:running|lifting)"]
  },
  {
    id: "triage.urgent.toothache-swelling-to-eye",
    level: U,
    finding: "toothache with swelling of the cheek up to the eye (a dental abscess spreading, same-day)",
    all: [
      "tooth|teeth|toothache|molar|wisdom|muela|diente|dental",
      "(?:cheek|face|mejilla|cara|under (?:my|his|her|the) eye|eye) ~8 (?:swell\\w*|swollen|puffy|puffed|hinchad\\w*|inflamad\\w*)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|after (?:the |my )?(?:extraction|filling|dentist|root canal)|brace\\w*|teething"]
  }
];
pushUrgentRules(W_URGENT_RULES);
// triage-y: concepts from set y (an independent writer: emergencies told as effects and
// observations, home-remedy questions, carers of people with dementia, medicines that change the
// picture, goodbyes that never name suicide). Lips or skin a funny or blue colour with odd
// breathing or a choke; voices with fear of hurting someone; a stiff neck with fever and light
// hurting (Spanish too); fever with fast breathing and drowsiness in an older person or one with
// dementia; sitting in a car with the engine running in a garage, or charcoal with sealed windows;
// empty medicine packets with vomiting; bone seen through a wound or a limb bent where there is no
// joint; a fall onto the back or neck with tingling or weak legs; drooling because swallowing
// hurts too much, with a muffled voice; rubbing or clutching the chest with pallor or clamminess;
// a bridge, ledge or roof with wanting it all to stop; pills stockpiled with a note or a wish to
// join the dead; a farewell text and then no answer (Spanish farewells and "no longer a burden"
// too); pain between the shoulder blades with breathlessness or vomiting; several kinds of
// bleeding on a blood thinner; a cold, white, numb and painful foot or hand; fever with no spleen;
// one-sided pain with a late period and faintness; a whole week's pill organiser taken at once;
// an MAOI with aged cheese or cured meat and a pounding headache; a child with fever, spots and
// icy hands and feet (Spanish too); a pregnant belly gone rock hard with bleeding or a quiet baby;
// sudden severe belly pain with an irregular pulse in an older person.
const Y_BREATH_ODD =
  "breath\\w*|gasp\\w*|wheez\\w*|chok\\w*|cough\\w*|struggl\\w* (?:for|to) (?:air|breathe)|respir\\w*|ahog\\w*";
const Y_BELLY = "belly|tummy|stomach|abdomen|abdominal|abdo|gut|barriga|panza|vientre|estomago";
const Y_FAREWELL =
  "(?:look after|take care of|looks after|care for) ~4 for me|(?:i|she|he) love(?:s)? you (?:both|all|so much)|tell (?:them|everyone|the kids|your (?:dad|mum|mom|sister|brother)) (?:i|she|he) love\\w*|(?:goodbye|good bye|bye) (?:to )?(?:everyone|all|forever)|sorry for everything|forgive me|me despido|despedirme|(?:los|las|te) quiero (?:mucho|a todos)|perdon por todo|cuiden a";
const Y_RULES: TriageRuleSpec[] = [
  {
    id: "triage.breathing.odd-colour-with-breathing",
    level: E,
    finding: "lips, face or skin turning blue, grey or a funny colour with odd breathing, coughing or after choking",
    all: [
      "(?:lips|lip|mouth|face|tongue|fingers|fingertips|fingernails|nails|skin) ~6 (?:blue|bluish|purple|purplish|dusky|grey|gray|funny colou?r|odd colou?r|strange colou?r|weird colou?r|wrong colou?r|morad[oa]s?|azul\\w*)|(?:looks|looking|look|gone|turned|turning|going|went) (?:a bit |kind of |slightly |all |really )?(?:blue|bluish|purple|dusky)|(?:labios|cara) ~3 (?:morad\\w*|azul\\w*)",
      Y_BREATH_ODD
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|cold|raynaud\\w*|lipstick|blueberr\\w*|berries|beetroot|dye|crayon|marker|ice|popsicle|lolly|juice|sweets|candy|paint|bruis\\w*|vein\\w*|eyes|eyeshadow|hair|breath holding|holds? (?:her|his|their) breath|(?:pink|fine|well|normal) (?:and|now)|(?:is|looks|seems) (?:pink|fine)"]
  },
  {
    id: "triage.mental-health.voices-fear-of-harming",
    level: E,
    crisis: true,
    finding: "hearing voices or things with a fear of hurting someone or being scared of themselves",
    all: [
      "(?:hearing|hear|hears|heard) (?:things|voices|a voice|someone)|voices|voice (?:in|inside) (?:my|his|her) head|(?:oigo|escucho) (?:voces|cosas)",
      "(?:hurt|harm|kill|attack|stab) ~2 (?:someone|somebody|people|others|my (?:kids|baby|son|daughter|wife|husband|mum|mom|dad|family|partner)|him|her|them)|(?:scared|afraid|frightened|terrified) (?:of )?(?:myself|himself|herself|what (?:i|he|she) (?:might|could|will) do)|(?:hacer dano|lastimar) a (?:alguien|otros)|miedo de (?:mi mism[oa]|lo que pueda hacer)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|used to|(?:film|movie|book|game|song|show)|what (?:is|are|causes)"]
  },
  {
    id: "triage.neuro.stiff-neck-fever-light-es",
    level: E,
    finding: "fever with a neck too stiff to bend or light that hurts (possible meningitis, Spanish wording too)",
    all: [
      U_FEVER,
      "(?:cuello|nuca) ~4 (?:rigid\\w*|tieso|duro|no (?:lo )?puedo (?:mover|doblar|bajar))|(?:barbilla|menton) ~4 pecho|chin ~4 (?:to|on|touch\\w*) ~2 (?:my|his|her|the) chest|neck ~4 (?:so stiff|too stiff|rigid|wont bend|cant bend)",
      "(?:luz|light|lights|sun) ~4 (?:molesta|duele|hurts|hurt|bothers|painful|unbearable)|(?:molesta|duele|hurts|bothers) ~3 (?:la )?(?:luz|light)|(?:cant|cannot|no puedo) (?:stand|tolerate|soportar) ~2 (?:the )?(?:luz|light)|rash|manchas|vomit\\w*|confus\\w*|drowsy|somnolient\\w*|headache|dolor de cabeza"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|slept (?:funny|wrong)|dorm\\w* (?:mal|chueco)|whiplash|gym|workout"]
  },
  {
    id: "triage.infection.fever-fast-breathing-drowsy",
    level: E,
    finding: "fever with fast breathing and drowsiness or new agitation (possible sepsis), often in an older person or one with dementia",
    all: [
      U_FEVER,
      "(?:breathing|breaths|breathes|breath) ~3 (?:fast|rapid|quick|quickly|heavy|shallow|hard)|(?:fast|rapid|quick|shallow) (?:breathing|breaths)|panting|respira (?:rapido|muy rapido|agitad[oa])",
      "drowsy|very sleepy|(?:so|really|very|unusually) sleepy|hard to (?:wake|rouse)|wont wake|not waking|(?:barely|not) (?:responding|responsive)|lethargic|confus\\w*|agitat\\w*|delirious|not making sense|not himself|not herself|somnolient\\w*|no responde|desorientad[oa]"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:after|from) (?:the )?(?:jab|jabs|vaccin\\w*|calpol|medicine)|(?:still|is) (?:playing|chatty|alert|eating)"]
  },
  {
    id: "triage.crisis.engine-running-in-garage",
    level: E,
    crisis: true,
    finding: "sitting in a closed garage with the engine running, or a hose run from the exhaust, with despair (carbon monoxide as a means)",
    all: [
      "garage ~~8 (?:engine|motor|car) ~3 (?:running|on|going|idling|encendid[oa])|(?:engine|motor|car) ~3 (?:running|on|going|idling|encendid[oa]) ~~8 (?:garage|garaje|cochera)|(?:hose|hosepipe|tube|pipe) ~5 exhaust|exhaust ~5 (?:hose|hosepipe|tube|pipe|window)",
      "(?:sat|sitting|sit|sits|lying|locked) ~3 (?:here|in (?:the |my |his |her )?(?:car|garage))|just sat|(?:cant|cannot) (?:keep|go on|do this|take (?:it|this|any more|anymore))|goodbye|no point|(?:im|i am) (?:done|tired)|end it|sorry for|note|letter|wont (?:open|answer|come out)|locked (?:himself|herself|themselves)|no puedo mas|ya no (?:aguanto|puedo)"
    ],
    unless: ["(?:mechanic|repair\\w*|fixing|service|warm up|warming up|defrost\\w*|unload\\w*|shopping) ~~6 (?:engine|car)|(?:engine|car) ~~6 (?:mechanic|repair\\w*|fixing|service|warm up|warming up|defrost\\w*|unload\\w*|shopping)"]
  },
  {
    id: "triage.crisis.charcoal-sealed-room",
    level: E,
    crisis: true,
    finding: "charcoal bought or lit with the windows, doors or vents taped or sealed (carbon monoxide as a means)",
    all: [
      "charcoal ~~8 (?:taped|tape|sealed|seal|blocked|closed|shut) ~3 (?:the )?(?:windows?|doors?|vents?|gaps?|room)|(?:taped|sealed|blocked) ~3 (?:the )?(?:windows?|doors?|vents?|gaps?) ~~8 charcoal|carbon ~3 (?:ventanas|puertas) ~3 (?:selladas|tapadas|cerradas)"
    ],
    unless: ["bbq (?:outside|in the garden)|outdoors|(?:activated|medicinal) charcoal|drawing|sketch\\w*|art class|painting|decorating"]
  },
  {
    id: "triage.poisoning.empty-packets-with-symptoms",
    level: E,
    finding: "empty medicine packets or bottles found with vomiting, drowsiness or a denial (possible hidden overdose)",
    all: [
      "(?:empty|emptied|finished|opened) ~3 (?:packs?|packets?|boxes|box|blister\\w*|strips?|bottles?|tubs?|containers?|cajas?|blisters?|frascos?) ~4 (?:of )?(?:paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|pills|tablets|meds|medicine|medication|painkillers|sleeping|antidepressants?|pastillas|{xHoardable})|(?:paracetamol|tylenol|acetaminophen|pills|tablets|pastillas) (?:packs?|packets?|boxes|bottles?|blisters?) ~3 (?:empty|emptied|all gone|gone)",
      "vomit\\w*|throw\\w* up|being sick|been sick|sick|drowsy|sleepy|confus\\w*|stomach|tummy|belly|yellow|says (?:shes|hes|she is|he is|its) (?:fine|ok|okay)|denies|vomita\\w*"
    ],
    unless: ["{xHypothetical}|recycl\\w*|expired|(?:weeks|months|years) ago|last (?:month|year)|over (?:the|a) (?:week|month)|as prescribed"]
  },
  {
    id: "triage.injury.bone-visible-or-bent-no-joint",
    level: E,
    finding: "bone seen through a wound, or a limb bent where there is no joint (an open or badly displaced fracture)",
    all: [
      "(?:see|seeing|sees|saw|visible|showing|exposed|poking|sticking) ~4 (?:the )?bone|bone ~4 (?:showing|visible|sticking|poking|through|out)|(?:se (?:le |me )?ve|sale|salido|asoma) ~2 (?:el )?hueso|hueso ~3 (?:fuera|expuesto|salido)|(?:bent|bends|bending|bend|kink\\w*|angle\\w*|crooked|doblad[oa]) ~8 (?:no joint|isnt a joint|not a joint|there isnt (?:a|any) joint|between (?:the )?joints|middle of (?:the|my|his|her) (?:arm|leg|shin|forearm))|(?:bent|bends|pointing|facing) (?:the )?wrong way"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|x ray|xray|scan|(?:chicken|fish|dog|steak|broth)|funny bone|pinky|toe|toes|finger|fingers|thumb|bone (?:density|broth|marrow)|see (?:the )?bones? (?:on|in) (?:the )?(?:scan|x)"]
  },
  {
    id: "triage.injury.back-or-neck-fall-limb-tingling",
    level: E,
    finding: "a fall, crash or dive onto the back or neck followed by tingling, numbness or weakness in the legs or arms (possible spinal injury)",
    all: [
      "(?:fell|fall|fallen|landed|land|thrown|threw|came off|crash\\w*|dove|dived|diving|tackled|hit|se cayo|me cai|cai|cayo) ~6 (?:my|his|her|the|on|onto|de)? ?(?:back|neck|spine|head first|headfirst|espalda|cuello|columna)",
      "(?:legs|leg|arms|arm|feet|foot|hands|toes|piernas|brazos|pies|manos) ~4 (?:tingl\\w*|numb|weak|heavy|pins and needles|dead|cant move|wont move|hormigue\\w*|dormid[oa]s|debil\\w*)|(?:tingl\\w*|numb\\w*|pins and needles|cant (?:feel|move)|weak\\w*) ~4 (?:in )?(?:my|his|her|both)? ?(?:legs|arms|feet|hands|toes)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|sciatica|(?:slept|sleeping) on|carpal"]
  },
  {
    id: "triage.airway.drooling-cant-swallow-muffled",
    level: E,
    finding: "drooling because swallowing hurts too much, or a muffled voice with trouble swallowing (a throat swelling that can block the airway)",
    all: [
      "drool\\w*|(?:cant|cannot|can not|unable to) swallow (?:my |his |her )?(?:spit|saliva)|babea\\w*|no puede tragar (?:la )?saliva",
      "swallow\\w*|muffled|hot potato|(?:voice|voz) ~4 (?:muffled|changed|strange|funny|different|apagada)|stridor|tragar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|teeth\\w*|teething|baby|babies|infant|toddler|\\d+ (?:month|months|mo) old|asleep|sleeping|in (?:my|his|her) sleep|pillow|dentist|numb\\w*|anaesthe\\w*|anesthe\\w*|dog|puppy|cat|parkinson\\w* (?:for|since)|stroke (?:years|months)"]
  },
  {
    id: "triage.cardiac.rubbing-chest-unwell",
    level: E,
    finding: "rubbing, clutching or holding the chest with pallor, clamminess, sweating or breathlessness (a heart attack in someone who cannot say so)",
    all: [
      "(?:rubbing|rubs|rubbed|clutching|clutches|clutched|holding|holds|grabbing|grabs|pressing|pointing (?:at|to)|frotando|agarrando|tocando) ~3 (?:at )?(?:her|his|their|my|the|el|su) (?:chest|breastbone|pecho)",
      "pale|pallor|grey|gray|ashen|clammy|{sweat}|{sob}|breathless|short of breath|vomit\\w*|nause\\w*|sick|faint\\w*|palid[oa]"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|cough\\w*|cold|flu|vicks|vapou?r rub|baby|breastfeed\\w*|heartburn|reflux|indigestion (?:for|always)"]
  },
  {
    id: "triage.crisis.high-place-wanting-it-to-stop",
    level: E,
    crisis: true,
    finding: "sitting or standing on a bridge, ledge, roof or cliff wanting it all to stop or be quiet",
    all: [
      "(?:on|at|by|over|up on|top of|edge of|en|sobre) (?:the |a |this |that |el |la |un |una )?(?:bridge|ledge|roof|rooftop|cliff|cliffs|cliff edge|edge|top floor|car park roof|multi storey|overpass|viaduct|railing|platform|tracks|puente|azotea|techo|cornisa|acantilado|vias)",
      "(?:want|wants|need|needs|wish|just want|quiero) ~3 (?:it|everything|all|this|things|the noise|my head) ~2 (?:to )?(?:be )?(?:all )?(?:quiet|stop|end|over|done|go away|silent|peaceful|still)|(?:cant|cannot) (?:do this|go on|take (?:it|this|any more|anymore))|(?:no point|pointless)|goodbye|(?:im|i am) (?:done|finished|tired)|(?:thinking|think) about it|que todo (?:termine|acabe|pare)|no puedo mas|ya no (?:aguanto|puedo)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|photo\\w*|view|sunset|walk\\w*|bridge (?:club|game|loan|card)|dental bridge|(?:nose|nasal) bridge|bridge of (?:my|his|her|the) nose|tinnitus|music|neighbou?rs|party|kids|exam|work"]
  },
  {
    id: "triage.crisis.stockpiled-pills-with-note-or-wish",
    level: E,
    crisis: true,
    finding: "pills stockpiled or hidden with a note, a goodbye or a wish to join someone who has died",
    all: [
      "(?:stockpil\\w*|hoard\\w*|stash\\w*|saving up|saved up|collecting|squirrel\\w*|hiding|hidden|hid|juntando|guardando|acumulando) ~5 (?:pills|tablets|meds|medication|medicines|painkillers|sleeping|{xHoardable}|pastillas)|(?:pills|tablets|meds|painkillers|pastillas) ~4 (?:stockpil\\w*|hoard\\w*|stash\\w*|hidden|saved up|guardadas|escondidas)",
      "note|letter|goodbye|will|(?:go|be) (?:and )?(?:join|with) (?:mum|mom|dad|my wife|my husband|her|him|them|his wife|her husband)|join (?:mum|mom|dad|his wife|her husband|my wife|my husband|her|him)|(?:dont|doesnt|not) want to (?:be here|go on|live)|no point|burden|carta|nota|despedida|reunirme con|estar con (?:mama|papa|ella|el)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:in case|before) (?:of )?(?:the )?(?:shortage|trip|holiday|travel)|prescription|pharmacy|doctor said"]
  },
  {
    id: "triage.crisis.farewell-message-unreachable",
    level: E,
    crisis: true,
    finding: "a farewell message (look after them for me, I love you all, goodbye) and now no answer",
    all: [
      Y_FAREWELL,
      "(?:not|isnt|wont|wasnt|hasnt|stopped) (?:been )?(?:picking up|answering|replying|responding|returning)|no (?:answer|reply|response)|(?:cant|cannot|couldnt) (?:reach|get hold of|get through to|contact)|phone (?:is |s )?(?:off|dead|switched off|going (?:straight )?to voicemail)|no contesta|no responde|no (?:me )?(?:coge|contesta)|apagado"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|holiday|vacation|trip|flight|plane|abroad|wedding|birthday|anniversary|card"]
  },
  {
    id: "triage.crisis.burden-with-means-es",
    level: E,
    crisis: true,
    finding: "saying goodbye or no longer wanting to be a burden, with pills or another means ready",
    all: [
      "(?:no (?:voy a|quiero) (?:ser|seguir siendo)|dejar de ser) (?:una )?carga|me despido|despedirme de|(?:no longer|not going to|wont|dont want to) be a burden|(?:stop|stopping) being a burden|(?:saying|say) (?:my )?goodbyes?",
      "(?:pastillas|pills|tablets|cuerda|soga|rope|gun|pistola|arma|cuchillo|knife|plan) ~3 (?:listas?|listos?|preparad[oa]s?|ready|prepared|sorted|aqui|here|conmigo|with me)|(?:tengo|have|got) (?:las |mis |the |my |all )?(?:pastillas|pills|tablets|cuerda|rope|gun|pistola) ~2 (?:listas?|ready|aqui|here)?"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:trip|viaje|holiday|vacaciones|moving|mudanza|farewell party|fiesta)"]
  },
  {
    id: "triage.cardiac.between-shoulders-with-breathless-vomit",
    level: E,
    finding: "severe pain between the shoulder blades with breathlessness, vomiting or sweating (a heart attack or a torn aorta, often silent in diabetes)",
    all: [
      "between (?:the |my |his |her )?(?:shoulder blades|shoulderblades|shoulders)|(?:shoulder blades|shoulderblades|upper back) ~4 (?:hurts|hurting|pain\\w*|agony|ache|tearing|ripping)|entre los omoplatos|espalda alta",
      "{sob}|breathless|short of breath|out of breath|(?:cant|cannot) (?:catch|get) (?:my|his|her) breath|vomit\\w*|throw\\w* up|throwing up|being sick|{sweat}|nause\\w*|vomita\\w*",
      "sudden\\w*|woke|waking|like crazy|severe|worst|agony|tearing|ripping|terrible|unbearable|diabet\\w*|\\d+ am|\\d+am|middle of the night|de repente"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|gym|lifting|workout|posture|desk|massage|pulled|strain\\w*"]
  },
  {
    id: "triage.bleeding.several-sites-on-thinner",
    level: E,
    finding: "bleeding from more than one place (urine, gums, bowel, widespread bruises) on a blood thinner",
    all: [
      "warfarin\\w*|coumadin|sintrom|acenocumarol|anticoagul\\w*|blood thinners?|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|heparin|clexane|enoxaparin",
      "blood ~3 (?:pee|urine|wee|poo|stool\\w*|vomit|sick)|(?:peeing|pissing|weeing|coughing|vomiting|throwing up) ~2 blood|(?:pee|urine|wee) ~4 (?:red|pink|bloody|cola)|black (?:poo|stool\\w*|tarry)|sangre ~3 (?:orina|heces|caca|vomito)",
      "bruis\\w* ~4 (?:all over|everywhere|huge|massive|big|loads|lots|covered)|(?:huge|massive|big|loads of|lots of|covered in) ~2 bruis\\w*|gums? ~3 bleed\\w*|bleed\\w* ~2 gums?|nosebleed\\w*|nose bleed\\w*|nose ~3 bleed\\w*|dizzy|faint\\w*|moretones|encias ~3 sangr\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:can|could|does|do|will|is it) ~4 (?:cause|normal|expected)|side effects?"]
  },
  {
    id: "triage.circulation.cold-white-numb-limb",
    level: E,
    finding: "a foot, leg, hand or arm gone cold, white or blue, numb and painful (a blocked artery)",
    all: [
      "foot|feet|leg|legs|toes|hand|arm|fingers|pie|pierna|mano|brazo",
      "(?:icy|ice|freezing|stone|very|really) cold|cold and (?:white|pale|blue|numb)|(?:white|pale|blue|mottled|marbled) and cold|helad[oa]|fri[oa] (?:y )?(?:blanc[oa]|palid[oa])",
      "white|pale|blue|mottled|marbled|blanc[oa]|palid[oa]",
      "numb|(?:cant|cannot) (?:feel|move)|pins and needles|dormid[oa]|entumid[oa]",
      "hurt\\w*|pain\\w*|agony|agonising|sore|duele|dolor"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|raynaud\\w*|chilblain\\w*|(?:every|each) (?:winter|morning)|(?:always|usually|often) (?:cold|white|numb|like (?:this|that))|snow|skiing|ice bath|cold water swim\\w*|frostbite|(?:for|over) (?:weeks|months|years)"]
  },
  {
    id: "triage.infection.fever-no-spleen",
    level: E,
    finding: "fever or shaking chills in someone without a working spleen (overwhelming infection can come fast)",
    all: [
      "(?:spleen|bazo) ~4 (?:removed|out|taken out|gone|extirpad\\w*|quitaron)|splenectom\\w*|no spleen|without (?:a |my |his |her )?spleen|asplen\\w*|sin bazo|esplenectom\\w*",
      U_FEVER + "|shaking|shivers|chills"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago (?:i|he|she) had (?:a )?(?:fever|temp)|vaccin\\w*|jab|antibiotics? (?:to keep|just in case|on hand)|what (?:is|are|should)"]
  },
  {
    id: "triage.pregnancy.late-period-one-sided-faint",
    level: E,
    finding: "one-sided low belly or period-like pain with a late period or a positive test and faintness (possible ectopic pregnancy)",
    all: [
      "(?:im|i am|she is|shes) (?:a (?:week|few days|bit) )?late|period ~3 (?:is |s )?late|late period|missed (?:my |her |a )?period|(?:positive|pregnancy) test|no (?:me|le) (?:ha )?(?:baja|bajado|llega|llegado) (?:la regla|el periodo)|retraso",
      "one sided|one side|(?:left|right) side|(?:lower|low) (?:left|right)|un lado|lado (?:izquierdo|derecho)",
      "faint\\w*|dizzy|lightheaded|light headed|pass\\w* out|collaps\\w*|shoulder tip|unbearable|agony|excruciating|mare\\w*|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|late for|(?:im|i am) late (?:to|for)|running late|ovulat\\w*|mittelschmerz|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.poisoning.whole-pill-organiser",
    level: E,
    finding: "a whole week's or several days' pill organiser or blister pack taken at once",
    all: [
      "{xTook} ~6 (?:whole|entire|all|full|all of) ~4 (?:pill (?:organi\\w*|box|boxes|dispenser|case|tray)|dosette\\w*|dossette\\w*|blister (?:pack|packs)|(?:week|weeks|days|month|months) ~2 (?:pills|tablets|meds|medication|medicines|doses|worth))|(?:pill (?:organi\\w*|box|dispenser)|dosette\\w*|blister pack) ~6 (?:empty|emptied|all gone|at once|in one go)|(?:pastillero|pastillas de (?:toda )?la semana) ~4 (?:entero|de una vez|vacio)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:fill|fills|filled|filling|refill|set up|sort\\w*) ~3 (?:the |her |his |my )?(?:pill|dosette)|over the week|as prescribed|is it safe|can i"]
  },
  {
    id: "triage.poisoning.maoi-tyramine-crisis",
    level: E,
    finding: "an MAOI antidepressant with aged cheese, cured meat, tap beer or a decongestant, then a pounding headache or racing heart (a blood pressure crisis)",
    all: [
      "phenelzine|nardil|tranylcypromine|parnate|isocarboxazid|marplan|selegiline|emsam|moclobemide|maoi\\w*|mao inhibitor\\w*",
      "cheese|salami|pepperoni|cured|aged|fermented|soy sauce|marmite|vegemite|tap beer|draught beer|wine|pseudoephedrine|sudafed|decongestant|cold medicine|queso|embutido\\w*",
      "headache|head is pounding|pounding|throbbing|racing|palpitat\\w*|(?:heart|pulse) ~3 (?:racing|pounding|fast)|blood pressure|bp|neck ~3 stiff|dolor de cabeza"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:which|what) (?:foods|food|cheeses)|avoid|list|can i (?:eat|have|drink)|is it (?:ok|okay|safe)"]
  },
  {
    id: "triage.infection.child-fever-spots-cold-hands",
    level: E,
    finding: "a child with a fever and spots or a rash with icy hands and feet, mottled skin or crying that will not stop (possible meningococcal sepsis, Spanish too)",
    all: [
      U_FEVER,
      QR_CHILD,
      "manchas|puntitos|puntos|sarpullido|erupcion|rash|spots|blotch\\w*|marks",
      "(?:manos|pies) ~4 (?:helad\\w*|frios|frias|congelad\\w*)|(?:cold|icy|freezing) (?:hands|feet|legs|toes)|(?:hands|feet|legs) ~4 (?:cold|icy|freezing|ice)|mottled|marbled|no para de llorar|(?:wont|cant|will not|doesnt) stop (?:crying|screaming)|inconsolable|legs? ~3 (?:hurt|pain)|(?:very|really) (?:drowsy|floppy)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:fades|faded|disappears|goes white) (?:when|under)|glass test ~3 (?:fade|faded|went)|(?:teeth\\w*|teething)|nappy rash|diaper rash"]
  },
  {
    id: "triage.pregnancy.hard-belly-bleeding-quiet-baby",
    level: E,
    finding: "in pregnancy, the belly gone rock hard or painful with bleeding or a baby moving less (possible placental abruption)",
    all: [
      QR_PREGNANT,
      "(?:rock hard|hard as (?:a )?(?:rock|board)|board like|rigid|(?:went|gone|goes|is|feels|really|very|so) (?:rock )?hard|tight and (?:hard|painful)|hard and (?:painful|tight|sore))|(?:baby|bebe) ~5 (?:not moving|moving less|less|stopped moving|hasnt moved|quiet|quieter|no se mueve|se mueve menos)",
      "bleed\\w*|blood|sangr\\w*|(?:constant|severe|terrible|unbearable) (?:pain|ache)|pain wont (?:go|stop|ease)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|braxton hicks ~4 (?:come|go|on and off|every)|(?:comes and goes|on and off)|what (?:is|are|causes)"]
  },
  {
    id: "triage.abdomen.older-sudden-pain-irregular-pulse",
    level: E,
    finding: "sudden severe belly pain with an irregular or racing pulse in an older person (possible blocked gut artery), even when they play it down",
    all: [
      W_OLDER + "|(?:father|mother|dad|mum|mom) ~3 (?:[6-9]\\d|1[01]\\d)|(?:[6-9]\\d|1[01]\\d) (?:year|yr) old|afib|atrial fibrillation",
      "(?:sudden|severe|terrible|awful|bad|agony|worst) ~3 (?:" + Y_BELLY + ") ~2 (?:pain|ache|cramps)|(?:" + Y_BELLY + ") ~2 (?:pain|ache) ~4 (?:sudden\\w*|severe|terrible|agony|unbearable)|dolor (?:fuerte|intenso|repentino) ~3 (?:de )?(?:barriga|panza|vientre|estomago)",
      "(?:pulse|heartbeat|heart beat|heart rate|heart|pulso) ~4 (?:all over the place|irregular|erratic|skipping|jumping|racing|fluttering|everywhere|irregular)|irregular (?:pulse|heart\\w*)|afib|atrial fibrillation|a fib"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)"]
  }
];
pushEmergencyRules(Y_RULES);
// Same-day care from set y: a surgical wound turning red, warm or leaking; a blood thinner run out
// or stopped; a contact lens stuck under the lid; very high sugars all day in type 2; a bead or
// small object lodged in a child's nose or ear; a wrist or forearm swollen after a fall onto the
// hand; a red, hot breast while feeding with flu-like aches; a blistering band of rash on one side
// (shingles, Spanish too); a cold or cough during chemotherapy; bleeding or spotting in early
// pregnancy; vomiting everything for days in pregnancy; a high INR without bleeding; a suddenly
// swollen, exquisitely painful big toe; itchy palms and soles in pregnancy; a person with dementia
// more confused than usual with strong-smelling wee; a high lithium level or lithium with a tremor.
const Y_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.surgical-wound-red-warm",
    level: U,
    finding: "a surgical wound turning red, warm, swollen or leaking in the days or weeks after an operation (possible wound infection)",
    all: [
      "(?:wound|incision|scar|cut|stitches|staples|sutures|herida|cicatriz|puntos)",
      "surgery|operation|op|c section|csection|caesarean|cesarean|laparoscop\\w*|keyhole|cirugia|operacion|cesarea",
      "red|redness|warm|hot|swollen|swelling|ooz\\w*|pus|weep\\w*|leak\\w*|smell\\w*|opening up|gaping|roj[oa]|caliente|hinchad[oa]|supura"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last year|(?:fully )?healed|scar (?:cream|oil|massage)|keloid"]
  },
  {
    id: "triage.urgent.blood-thinner-run-out",
    level: U,
    finding: "a blood thinner run out, stopped or missed for days (clot risk, needs a same-day supply or advice)",
    all: [
      "warfarin\\w*|coumadin|sintrom|anticoagul\\w*|blood thinners?|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana",
      "(?:ran|run|running) out|(?:stopped|quit|havent|have not|not) (?:been )?(?:taking|taken|had)|missed ~3 (?:doses|days|tablets|pills)|(?:out|sin) (?:of )?(?:my |mis )?(?:pills|tablets|pastillas)|se me acab\\w*|deje de tomar"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last year|(?:doctor|surgeon|dentist|cardiologist|team|nurse|clinic) ~4 (?:told|said|asked|advised|stopped)|(?:before|for) (?:my |the |a )?(?:surgery|operation|procedure|op|colonoscopy|extraction)|(?:finished|completed) (?:the )?course"]
  },
  {
    id: "triage.urgent.contact-lens-stuck",
    level: U,
    finding: "a contact lens stuck or lost under the eyelid that cannot be got out",
    all: ["(?:contact|contacts|lens|lentilla|lente de contacto) ~8 (?:stuck|lost|cant get (?:it )?out|wont come out|cannot get (?:it )?out|under (?:my|the) (?:eye)?lid|atascad[oa]|no (?:puedo|logro) sacar\\w*)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:got|came|fell|popped) (?:it )?out|(?:feels|feel|felt|feeling) (?:a bit |kind of |like (?:its|it is) )?stuck"]
  },
  {
    id: "triage.urgent.very-high-sugar-type-2",
    level: U,
    finding: "blood sugar very high (17 mmol/L or 300 mg/dL and over) for hours, with thirst or peeing a lot",
    all: [
      "(?:sugar|sugars|glucose|bg|bm|reading|readings|levels?|glucosa|azucar) ~4 (?:1[7-9]|2\\d|3\\d|[3-5]\\d\\d)(?![0-9])",
      "all day|since (?:this morning|yesterday|last night)|(?:for|over) ~2 (?:hours|days|\\d+ hours|a day)|wont (?:come|go) down|not coming down|thirst\\w*|dry mouth|peeing (?:a lot|loads|constantly)|(?:keep|keeps) peeing|todo el dia|sed"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:after|post) (?:a |my )?(?:meal|eating|dinner|lunch|breakfast)|target|(?:hba1c|a1c)"]
  },
  {
    id: "triage.urgent.object-lodged-nose-ear",
    level: U,
    finding: "a bead, bean or other small object lodged in a child's nose or ear (needs removing today)",
    all: ["(?:something|bead|kernel|popcorn|pea|bean|stone|pebble|crayon|rubber|toy|button|seed|nut|sweetcorn|corn|lego|sticker|cuenta|frijol|piedra|algo) ~6 (?:stuck|lodged|wedged|metido|atorad[oa]) ~5 (?:nose|nostril|ear|nariz|oreja|oido)|(?:stuck|lodged|wedged) ~4 (?:nose|nostril|ear) ~4 (?:bead|pea|bean|stone|toy|button|seed|lego|crayon)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:came|come|got it|fell|blew it|sneezed it) out|button batter\\w*|magnet\\w*|wax|cotton bud|q tip|earbud|airpod|headphone|feels like|stuffy|blocked"]
  },
  {
    id: "triage.urgent.wrist-swollen-after-fall-on-hand",
    level: U,
    finding: "a wrist or forearm swollen and sore after a fall onto the outstretched hand (possible fracture, needs an X-ray)",
    all: [
      "(?:put|stuck|threw) (?:his|her|my|their|a|an) (?:arm|arms|hand|hands) out|(?:catch|caught|break|broke) (?:himself|herself|myself|themselves|(?:his|her|my) fall)|(?:fell|landed|fall|fallen) ~4 (?:on|onto) (?:his|her|my|their|an|the)? ?(?:outstretched )?(?:hand|hands|wrist|arm)",
      "wrist|forearm|muneca|antebrazo",
      "swollen|swelling|swell\\w*|puffy|puffed|hinchad[oa]|bruis\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:x ray|xray) (?:was|came back|showed) (?:normal|clear|fine)"]
  },
  {
    id: "triage.urgent.breast-red-hot-feeding",
    level: U,
    finding: "a red, hot, painful breast while breastfeeding with flu-like aches or a temperature (mastitis)",
    all: [
      "breast|breasts|boob|boobs|nipple|pecho|seno|mama",
      "red|hot|warm|hard|lump|roj[oa]|caliente",
      "breastfeed\\w*|breast ?feed\\w*|nursing|feeding|pumping|lactancia|amamant\\w*|dando (?:el )?pecho",
      "flu\\w*|fever|temp\\w*|shiver\\w*|chills|achy|aching|aches|unwell|run down|fiebre|escalofrios"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|flu (?:jab|shot|vaccine)"]
  },
  {
    id: "triage.urgent.shingles-band-one-side",
    level: U,
    finding: "a blistering or burning rash in a band on one side of the body (shingles, best treated within three days; Spanish too)",
    all: [
      "rash|sarpullido|ampollas|blisters|blister\\w*|erupcion|ronchas|shingles|culebrilla|herpes zoster",
      "band|stripe|strip|strap|belt|franja|banda|tira|one side|un lado|wraps? (?:round|around)|cinturon",
      "burn\\w*|arde|ardor|quema|pain\\w*|hurts|duele|dolor|sting\\w*|tingl\\w*|blister\\w*|ampollas"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:bra|watch|belt|strap|seatbelt|seat belt|rucksack|backpack) (?:strap|line|rubbing|rubs)|sunburn\\w*|heat rash|(?:vaccine|jab|shot)"]
  },
  {
    id: "triage.urgent.infection-signs-on-chemo",
    level: U,
    finding: "a cough, cold, sore throat, diarrhoea or feeling unwell during chemotherapy (call the chemotherapy team today)",
    all: [
      "chemo\\w*|chemotherapy|quimio\\w*|on (?:cancer )?treatment for (?:cancer|leukaemia|leukemia|lymphoma)|immunotherapy",
      "cough\\w*|cold|runny nose|sore throat|diarrh\\w*|vomit\\w*|shiver\\w*|chills|unwell|temp\\w*|tos|diarrea|resfriado|mocos"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last year|(?:finished|completed|ended|after) (?:my |her |his )?(?:chemo|chemotherapy) ~4 (?:months|years|ago)|(?:nausea|sick) ~3 (?:tablets|meds|medication)|hair (?:loss|falling)|wig", "in remission|(?:chemo|chemotherapy) ~5 (?:back )?in (?:19\\d\\d|20[01]\\d|202[0-4])"]
  },
  {
    id: "triage.urgent.early-pregnancy-bleeding",
    level: U,
    finding: "bleeding or spotting in early pregnancy without heavy loss or severe pain (an early pregnancy unit check)",
    all: [
      "{xPregnant}|(?:[4-9]|1[0-9]) (?:weeks|wks|wk|semanas)",
      "bleed\\w*|spotting|spots of blood|brown discharge|sangr\\w*|manchado"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|nose ?bleed\\w*|nose|gums?|(?:blood|bloods) (?:test|tests|pressure|sugar|type|group|work)|implantation bleeding (?:is|mean)|not pregnant|stool|poo|nipple|intermenstrual|trying (?:to|for) (?:get pregnant|conceive|a baby)|before (?:i|she) (?:was|got) pregnant|period", "(?:after|since) (?:giving birth|the birth|birth|delivery|having (?:the|my|her|a) baby)|gave birth|postpartum|post partum"]
  },
  {
    id: "triage.urgent.pregnancy-vomiting-everything",
    level: U,
    finding: "vomiting everything for a day or more in pregnancy (possible hyperemesis, dehydration)",
    all: [
      "{xPregnant}|(?:[4-9]|1[0-9]|2[0-9]) (?:weeks|wks|wk|semanas)",
      "vomit\\w* ~3 (?:everything|all|every)|(?:throw\\w*|bring\\w*) up ~2 everything|(?:cant|cannot|can only|barely) keep ~4 (?:anything|food|water|fluids|down)|vomit\\w* ~4 (?:for|since) ~2 (?:\\d+|two|three|a few|several) (?:days|dias)|vomit\\w* ~4 (?:\\d+|many|several) times|vomita todo|no retiene"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:how|what) (?:can|do|to) ~4 (?:help|ease|stop)|a bit of morning sickness"]
  },
  {
    id: "triage.urgent.inr-high-no-bleeding",
    level: U,
    finding: "an INR of 5 or more without bleeding (warfarin dose needs same-day advice)",
    all: ["inr ~4 (?:[5-9]|1\\d)(?:[.,]\\d)?(?![0-9])|inr ~3 (?:very|really|too|quite) high"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|target|range (?:is|of)"]
  },
  {
    id: "triage.urgent.big-toe-sudden-swollen-painful",
    level: U,
    finding: "a big toe joint suddenly swollen and so painful even a sheet hurts (possible gout or joint infection)",
    all: [
      "big toe|toe joint|dedo gordo|juanete",
      "swollen|swelling|swell\\w*|hinchad[oa]|red|hot|roj[oa]",
      "sheet|blanket|touch\\w*|agony|unbearable|excruciating|so bad|sudden\\w*|overnight|woke|sabana|no (?:puedo|aguanto)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|bunion (?:for|since)|(?:for|over) (?:months|years)|ingrown|ingrowing|stubbed|dropped"]
  },
  {
    id: "triage.urgent.pregnancy-itchy-palms-soles",
    level: U,
    finding: "itching of the palms and soles in pregnancy, often worse at night (possible obstetric cholestasis, a same-day blood test)",
    all: [
      "{xPregnant}|(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|wk|semanas)",
      "itch\\w*|picor|picazon|comezon|pica\\w*",
      "palms|palm|soles|sole|hands and feet|feet and hands|palmas|plantas"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|stretch marks|(?:bump|belly|tummy) itch\\w*"]
  },
  {
    id: "triage.urgent.dementia-more-confused-smelly-wee",
    level: U,
    finding: "a person with dementia or an older person more confused than usual with strong-smelling or cloudy wee (possible urine infection)",
    all: [
      "dementia|alzheimer\\w*|demencia|" + W_OLDER,
      "(?:more|extra|very|really|suddenly|much) confused|confused than usual|more muddled|confusion|confundid[oa]|desorientad[oa]",
      "(?:smell\\w*|stink\\w*|reek\\w*) ~3 (?:of )?(?:wee|urine|pee)|(?:wee|urine|pee) ~3 (?:smell\\w*|stink\\w*|cloudy|dark|strong)|cloudy (?:wee|urine)|huele a (?:orina|pipi)|orina (?:turbia|con olor)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|incontinen\\w* (?:pads|products)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.lithium-level-high",
    level: U,
    finding: "a high lithium level, or lithium with a new tremor, vomiting, diarrhoea or unsteadiness (same-day check for toxicity)",
    all: [
      "lithium|litio|priadel|camcolit",
      "(?:level|levels|nivel) ~4 (?:high|raised|up|elevated|alto|toxic)|(?:high|raised|elevated|toxic) ~2 (?:level|levels)|shak\\w*|tremor\\w*|trembl\\w*|vomit\\w*|diarrh\\w*|unsteady|wobbly|slurr\\w*|temblor"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:normal|fine|ok|in range) (?:level|levels)|level ~3 (?:normal|fine|ok|in range)|stable|(?:signs|symptoms) ~6 (?:level|levels|toxic\\w*|too high)|just so i know|batter\\w*"]
  }
];
pushUrgentRules(Y_URGENT_RULES);
// triage-z: concepts from set z (an independent writer: long messages with the emergency in
// passing, complications of chronic conditions or recent procedures, broken English). A neck that
// will not bend with fever and light or headache; pills hidden with a plan for tonight or things
// given away; several people in one home sick together and better outside (carbon monoxide); sudden
// loss of feeling down one side; a needlestick from a source with HIV (post-exposure treatment
// within hours); alcohol stopped with bugs seen or a fit, told across sentences; weekly
// methotrexate taken daily by mistake; fever with dizziness or near-fainting days after a biopsy,
// an operation or with a kidney stone (sepsis); a stoma with no output and vomiting or a swollen
// belly; pesticide on the skin with drooling, tiny pupils or twitching; a drug that wipes out white
// cells with fever and a sore throat or mouth ulcers; a swollen belly with breathlessness or little
// urine after IVF stimulation; back pain with no feeling when wiping and weak legs or bladder trouble.
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyZ = ["puffier", "stashed", "stashing"];
const Z_FEVER = "fever|fevers|feverish|febrile|high temp\\w*|temp\\w* ~3 (?:3[89]|4[01]|10[0-4])|(?:3[89]|4[01])\\.\\d|10[1-4]\\.\\d|burning up|rigou?rs|shaking chills|fiebre|calentura|escalofrios";
const Z_RULES: TriageRuleSpec[] = [
  {
    id: "triage.neuro.fever-neck-wont-bend",
    level: E,
    finding: "fever with a neck that will not bend forward and light hurting, headache or vomiting (possible meningitis)",
    all: [
      Z_FEVER,
      "(?:wont|cant|cannot|can not|unable to|refuses to|doesnt want to|wouldnt|couldnt|no (?:puede|quiere)) (?:bend|move|lower|tilt|put down|put|touch|doblar|mover|bajar) ~3 (?:neck|chin|head) ~2 (?:forward|forwards|down|to (?:his|her|my|their|the) chest)|(?:neck|cuello|nuca) ~3 (?:wont|doesnt|cant|will not|no se) ~1 (?:bend|move|dobla|mueve)|no (?:puede|quiere) (?:doblar|mover|bajar) (?:el cuello|la cabeza)",
      "(?:light|lights|luz|sun|brightness) ~5 (?:cries|crying|cry|screams|hurts|hurt|bothers|painful|squint\\w*|covers|hides|molesta|duele|llora)|(?:cries|crying|screams|squints|llora) ~5 (?:light|lights|luz)|headache|head hurts|dolor de cabeza|vomit\\w*|throwing up|rash|spots|drowsy|confus\\w*|vomita\\w*|manchas"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|slept (?:funny|wrong|awkwardly)|whiplash|gym|pulled a muscle|torticollis"]
  },
  {
    id: "triage.crisis.hidden-pills-plan",
    level: E,
    crisis: true,
    finding: "pills hidden or put aside with a plan to take them, a night chosen or belongings given away",
    all: [
      "(?:pills|tablets|meds|medication|medicine|painkillers|pastillas) ~4 (?:hidden|hid|hiding|stashed|tucked away|put aside|set aside|escondid\\w*)|(?:hidden|hid|hiding|stashed|escondi\\w*) ~4 (?:pills|tablets|meds|medication|painkillers|pastillas)",
      "(?:plans?|planning|planned|going|gonna|wants?|va|planea) ~2 (?:to )?(?:take|tomar\\w*) ~2 (?:them|it|all|las|todas|los|todos)|tonight|esta noche|(?:gave|given|giving|gives|regal\\w*) ~5 (?:away|to (?:his|her|a) (?:friend|brother|sister|mate))|goodbye|despedi\\w*"
    ],
    unless: ["{xHypothetical}|from (?:the )?(?:kids|children|grandkids|toddler|dog)|(?:childproof|safe|out of reach|locked)"]
  },
  {
    id: "triage.poisoning.co-household-sick-together",
    level: E,
    finding: "several people in one home with headaches, sickness or dizziness together, better away from it or with a pet unwell too (possible carbon monoxide)",
    all: [
      "(?:all|both|everyone|everybody|whole family|whole house|all (?:\\d+|two|three|four|five|six) of us|we all|todos|toda la familia) ~10 (?:headaches?|head aches?|nause\\w*|dizz\\w*|sick|vomit\\w*|drowsy|sleepy|dolor\\w* de cabeza|mareo\\w*|nausea\\w*)",
      "(?:better|improves|improve|goes away|go away|clears|lifts|fine|ok|okay|mejor\\w*) ~5 (?:out|outside|leave|away|fresh air|afuera|fuera|salimos)|(?:outside|out of the house|away from (?:home|the house)|fresh air) ~5 (?:better|fine|ok|okay|clears|goes away)|(?:cat|dog|pets?|gato|perro) ~4 (?:lethargic|sleepy|drowsy|ill|sick|unwell|vomit\\w*|wobbly|letargic\\w*)|carbon monoxide|monoxido|boiler|gas (?:fire|heater|stove)|heater|generator|estufa|calentador"
    ],
    unless: ["{xHypothetical}|food poisoning|takeaway|ate (?:the )?same|bug (?:going|doing) (?:round|around)|(?:flu|covid|norovirus|virus|stomach bug) ~4 (?:going|doing|round|around)|hangover|(?:after|at) (?:the )?(?:party|wedding|barbecue|bbq)"]
  },
  {
    id: "triage.stroke.lost-feeling-one-side",
    level: E,
    finding: "sudden loss of feeling down one side of the body (possible stroke)",
    all: [
      "(?:loss of|lost|lose|losing|no|lack of|cant feel|cannot feel|gone) (?:all |any |the )?(?:sensation|feeling) ~6 (?:left|right|one) (?:side|half)|(?:left|right|one) (?:side|half) of (?:my|his|her|their|the) (?:body|face) ~5 (?:no (?:feeling|sensation)|lost (?:feeling|sensation)|(?:gone|went) (?:dead|numb)|numb|dead)|(?:perdi\\w*|sin|no siento) (?:la )?(?:sensibilidad|sensacion) ~6 lado|lado (?:izquierdo|derecho) ~5 (?:dormido|adormecido|sin sensibilidad|entumid\\w*)",
      "sudden\\w*|all of a sudden|out of nowhere|just (?:had|now|started|happened)|(?:\\d+|few|ten|twenty) (?:min|mins|minutes) ago|an hour ago|this morning|tonight|today|came on|vision|see|walk\\w*|speech|talk\\w*|slur\\w*|face|de repente|vista|caminar|hablar"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|for (?:weeks|months|years)|since (?:my|his|her|the) (?:stroke|surgery|injury|accident)|sciatica|carpal|slept on|sleeping on|(?:ms|multiple sclerosis) (?:flare|relapse)|dentist|anaesthetic|anesthetic|epidural"]
  },
  {
    id: "triage.exposure.needlestick-hiv-source",
    level: E,
    finding: "a needlestick, sharps injury or blood splash from someone with HIV (post-exposure treatment is needed within hours)",
    all: [
      "needle ?stick|needlestick|sharps injury|(?:stuck|stabbed|pricked|jabbed|scratched) ~4 (?:needle|sharp|scalpel|lancet)|needle ~4 (?:stuck|went|pricked|jabbed) ~3 (?:me|my|into|in)|(?:blood|fluid) ~4 (?:splash\\w*|sprayed|in (?:my|his|her) (?:eye|eyes|mouth|cut))|pinchazo|me pinche",
      "hiv|vih"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:tested|test|tests|came back) ~3 negative|(?:already|been) (?:on|taking|started) (?:pep|prophylaxis)|(?:finished|completed) ~2 (?:pep|course)|hiv negative|negative for hiv|policy|protocol|training"]
  },
  {
    id: "triage.withdrawal.alcohol-stopped-hallucinations-or-fit",
    level: E,
    finding: "drinking stopped suddenly with things seen that are not there or a fit (possible severe withdrawal, told across sentences)",
    all: [
      "(?:drinker|drinking|drank|drinks|alcohol|alcoholic|booze|vodka|beers|drink|bebedor|alcohol\\w*|tomar|beber) ~~12 (?:stopped|stop|quit|cold turkey|cut (?:it )?out|detox\\w*|deje|dejar|dejo)|cold turkey ~~12 (?:drink\\w*|alcohol|booze)|(?:stopped|quit|deje|dejo) ~~6 (?:drinking|alcohol|booze|beber|tomar)",
      "(?:seeing|see|sees|saw|hearing|hears|feel|feeling|veo|viendo) ~4 (?:bugs|insects|spiders|snakes|ants|rats|mice|things|people|faces|bichos|insectos|arañas|aranas|cosas)|hallucinat\\w*|alucin\\w*|(?:had|having|has|a|another) (?:a )?(?:fit|fits|seizure|seizures|convulsion\\w*)|seizure|seizures|convuls\\w*|dts|delirium|delirious"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|sober (?:for|since)|used to|in (?:a|the) (?:film|movie|dream)"]
  },
  {
    id: "triage.poisoning.methotrexate-daily-by-mistake",
    level: E,
    finding: "weekly methotrexate taken daily by mistake (risk of bone-marrow and gut toxicity)",
    all: [
      "methotrexate|metotrexato|mtx",
      "(?:every ?day|daily|each day|every morning|every night|todos los dias|diario|a diario) ~~8 (?:instead of|rather than|not|en vez de|en lugar de) ~3 (?:weekly|once a week|once weekly|semanal|una vez (?:a|por) (?:la )?semana)|(?:by mistake|accidentally|accidental|mistake|mistakenly|error|por error|sin querer) ~~8 (?:every ?day|daily|each day|todos los dias|diario)|(?:every ?day|daily|each day|todos los dias|diario) ~~8 (?:by mistake|accidentally|by accident|mistake|error|por error)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|folic acid (?:every ?day|daily)|(?:every ?day|daily) ~3 folic"]
  },
  {
    id: "triage.infection.fever-faint-after-procedure-or-stone",
    level: E,
    finding: "high fever or rigors with dizziness or near-fainting after a biopsy, operation or catheter, or with a kidney stone (possible sepsis)",
    all: [
      "biopsy|biopsia|surgery|operation|op|procedure|catheter|stent|cystoscopy|colonoscopy|ercp|kidney stones?|stone|stones|lithotripsy|ureteroscopy|cirugia|operacion|sonda|calculo\\w*|piedra\\w* en el rinon",
      "high fever|high temp\\w*|(?:fever|temp\\w*|temperatura|fiebre) ~3 (?:3[89]|4[01]|10[1-5])|(?:3[89]|4[01])\\.\\d|10[1-4]\\.\\d|rigou?rs|shaking chills|fiebre alta|escalofrios",
      "dizzy|dizziness|faint\\w*|pass out|passing out|pass me out|light ?headed|confus\\w*|clammy|mottled|drowsy|collaps\\w*|barely (?:peed|weed)|mare\\w*|desmay\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|(?:weeks|months|years) (?:before|earlier)|no (?:fever|temperature)|(?:temp|temperature) (?:is|was) normal"]
  },
  {
    id: "triage.abdomen.stoma-no-output-vomiting",
    level: E,
    finding: "a stoma with no output and vomiting, swelling or pain (possible bowel obstruction)",
    all: [
      "stoma|ileostomy|colostomy|ostomy|estoma|ileostomia|colostomia",
      "nothing ~5 (?:come|coming|came|out|in (?:the|my) bag)|no output|not (?:working|putting out|producing|filling|draining)|stopped (?:working|producing|draining|filling|output\\w*)|(?:hasnt|has not|havent|not) ~3 (?:output|filled|produced|come out|came out|worked)|(?:bag|bolsa) ~3 (?:empty|vacia)|no (?:sale|ha salido) nada",
      "vomit\\w*|throw\\w* up|threw up|being sick|been sick|swollen|distended|bloated|cramp\\w*|pain\\w*|hurts|hinchad\\w*|dolor|vomit\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|reversal|reversed|trach|tracheostomy"]
  },
  {
    id: "triage.poisoning.pesticide-cholinergic",
    level: E,
    finding: "pesticide or insecticide exposure with drooling, tiny pupils, twitching, sweating or breathing trouble (organophosphate poisoning)",
    all: [
      "pesticide\\w*|insecticide\\w*|organophosph\\w*|sheep dip|crop spray\\w*|weed ?killer|herbicide\\w*|plaguicida\\w*|insecticida\\w*|fumigat\\w*",
      "drool\\w*|dribbl\\w*|salivat\\w*|(?:pupils|pupilas) ~3 (?:tiny|pinpoint|small|pinned|pequen\\w*)|pinpoint|twitch\\w*|fascicul\\w*|wheez\\w*|(?:cant|cannot|struggling to) breathe|(?:short|out) of breath|confus\\w*|collaps\\w*|seizure|fitting|babe\\w*|espasmo\\w*|tembl\\w* los musculos"
    ],
    unless: ["{xHypothetical}|is it safe|safe (?:for|to)|how long (?:after|before)|(?:weeks|months|years) ago|my (?:dog|cat|puppy|kitten)"]
  },
  {
    id: "triage.infection.white-cell-drug-fever-throat",
    level: E,
    finding: "a high fever or feeling very unwell with a sore throat, mouth ulcers, bleeding gums or bruising on a drug that can wipe out white cells (possible neutropenic sepsis)",
    all: [
      "methotrexate|azathioprine|mercaptopurine|clozapine|clozaril|carbimazole|propylthiouracil|mycophenolate|leflunomide|sulfasalazine|sulphasalazine|cyclophosphamide|hydroxyurea|hydroxycarbamide|deferiprone|clozapina|metotrexato",
      "high fever|(?:fever|temp\\w*|fiebre|temperatura) ~3 (?:3[89]|4[01]|10[1-5])|(?:3[89]|4[01])\\.\\d|fever|fiebre|rigou?rs|shaking chills",
      "sore throat|throat ~3 (?:sore|hurts|painful|raw)|mouth ulcers|ulcers ~3 mouth|bleeding gums|gums ~3 bleed\\w*|bruis\\w*|dolor de garganta|garganta|llagas|aftas",
      "high fever|high temp\\w*|fiebre alta|(?:fever|temp\\w*|fiebre|temperatura) ~3 (?:39|4[01]|10[2-5])|(?:39|4[01])\\.\\d|10[2-4]\\.\\d|(?:really|very|so|extremely|seriously) (?:unwell|ill|poorly|rough|sick)|awful|terrible|rigou?rs|shaking chills|shivering|dizzy|faint\\w*|confus\\w*|bleeding gums|gums ~3 bleed\\w*|bruis\\w*|muy mal"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|can i (?:take|drink|have)|is it safe|before starting|thinking (?:of|about) starting|(?:will|would|could|can|does|do) ~4 (?:cause|give)|leaflet|side effects ~3 (?:list|include)|no (?:fever|temperature)|(?:temp|temperature) (?:is|was) normal"]
  },
  {
    id: "triage.pregnancy.severe-ohss",
    level: E,
    finding: "a swollen belly with breathlessness, little urine or fast weight gain after IVF stimulation or egg collection (severe ovarian hyperstimulation)",
    all: [
      "ivf|egg (?:collection|retrieval|harvest)|(?:ovaries|ovary) ~3 stimulat\\w*|stimulation|stims|fertility (?:drugs|injections|treatment|jabs)|ohss|hyperstimulation|fiv|extraccion de ovulos|puncion",
      "(?:belly|tummy|stomach|abdomen|barriga|vientre|panza) ~4 (?:swollen|massive|huge|distended|tight|bloated|ballooned|hinchad\\w*|enorme)|(?:swollen|distended|bloated|hinchad\\w*) ~3 (?:belly|tummy|stomach|abdomen|barriga|vientre)",
      "(?:short|out) of breath|breathless|cant breathe|hard to breathe|struggling to breathe|barely (?:peed|peeing|weed|weeing)|(?:hardly|not|havent|hasnt|cant|barely) ~2 (?:pee|wee|peed|peeing|weed|weeing|passed urine)|(?:gained|put on) ~2 (?:\\d+|a few) ?(?:kg|kilos|pounds|lbs)|vomit\\w*|me falta el aire|no puedo respirar|casi no orino"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|a bit bloated|slightly bloated|mild(?:ly)? bloat\\w*"]
  },
  {
    id: "triage.neuro.cauda-equina-wipe-legs",
    level: E,
    finding: "back pain with no feeling when wiping and weak or numb legs or bladder trouble (possible cauda equina)",
    all: [
      "back|disc|discs|sciatica|spine|spinal|lumbar|espalda",
      "(?:cant|couldnt|cannot|can not|unable to|not able to|no puedo|no puede) ~2 (?:feel|sentir|siente|siento) ~5 (?:wipe|wipes|wiping|wiped|toilet paper|el papel|limpi\\w*)|(?:wipe|wipes|wiping|wiped) ~4 (?:cant|cannot|dont|doesnt) feel|(?:no|dont|doesnt) (?:feel|siento|siente) (?:anything|nada) ~4 (?:wipe|wipes|wiping|limpi\\w*)",
      "(?:both|2|two) legs|(?:ambas|las dos) piernas|(?:cant|can not|cannot|couldnt|unable to|struggling to|trouble|difficulty) ~2 (?:pee|wee|urinate|pass urine|orinar)|(?:pee|wee|urine) ~3 (?:wont come|not coming|properly)|(?:wet|peed|soiled) (?:myself|himself|herself)|bladder|bowel|incontinen\\w*"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|epidural|spinal (?:block|anaesthetic|anesthetic)|numbing cream|cycl\\w*|bike|bicycle"]
  }
];
pushEmergencyRules(Z_RULES);
// Same-day care from set z: an aching calf after a long journey or on the pill or HRT; blood seen
// in the urine; a wound red or oozing pus after a mole or skin lesion was removed; something stuck
// in the eye that leaves it red, watery or gritty; a baby under a year feeding clearly less; ear
// pain with a fever in a child; a migraine for days that the usual medicine does not touch; a
// barking (croupy) cough; diarrhoea or vomiting for days on kidney or diabetes tablets that need
// pausing (sick-day rules); puffy hands or face in later pregnancy; bleeding after a colonoscopy.
const Z_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.red-hot-breast-feeding",
    level: U,
    finding: "a red, hot, sore or lumpy breast while breastfeeding or after a birth (possible mastitis, same-day antibiotics may be needed)",
    all: [
      "(?:breast|boob|nipple|pecho|seno) ~5 (?:red|hot|warm|sore|swollen|lump|lumpy|hard|tender|painful|roj[oa]|caliente|duro|hinchad[oa])|(?:red|hot|swollen|lumpy|hard) ~3 (?:patch|area|wedge|lump)? ?(?:on|in) (?:my|her|the) (?:left |right )?(?:breast|boob)",
      "breastfeed\\w*|breast feed\\w*|feeding|nursing|(?:had|gave birth to|delivered) (?:a|the|our|my) baby|postpartum|post partum|after (?:the )?birth|amamant\\w*|lactancia|dando (?:el )?pecho|dar (?:el )?pecho"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|what (?:causes|is)"]
  },
  {
    id: "triage.urgent.sickle-pain-crisis",
    level: U,
    finding: "a sickle cell pain crisis being managed at home (same-day contact with the haematology team)",
    all: ["sickle cell|sickle cells|sickle|drepanocitosis", "crisis|crises|pain|painful|hurts|hurting|aching|crisis de dolor|dolor"],
    unless: ["{xHypothetical}|trait|(?:months|years) ago|last (?:month|year)|what (?:is|are|causes)|in the past|(?:im|i am|is|hes|shes|been) (?:well|fine|ok|okay) (?:now|since)|planning|(?:had|have had) (?:a |one )?(?:sickle cell )?crisis (?:before|in)"]
  },
  {
    id: "triage.urgent.calf-ache-after-travel-or-hormones",
    level: U,
    finding: "an aching or tender calf after a long journey, or on the pill, HRT or in pregnancy (possible clot, needs assessment today)",
    all: [
      "(?:calf|calves|pantorrilla) ~5 (?:ache|achy|aching|aches|pain|painful|sore|tender|tight|swollen|hurts|hurting|duele|dolor|hinchad\\w*)|(?:ache|achy|aching|pain|sore|tender|tight|swelling) ~4 (?:in )?(?:my|his|her|the) (?:left |right )?(?:calf|calves)",
      "flight|flights|flew|long haul|long drive|long journey|coach trip|car journey|on the pill|contracepti\\w*|hrt|pregnan\\w*|post ?op|after (?:my |the |an )?(?:surgery|operation|op)|vuelo|anticonceptiv\\w*|embarazada"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:gym|workout|running|ran|run|marathon|football|squats|leg day|training|cramp in bed|night cramps?)|compression (?:socks|stockings) ~4 (?:should|do i|buy|which)"]
  },
  {
    id: "triage.urgent.blood-in-urine",
    level: U,
    finding: "blood seen in the urine (needs checking soon, especially without pain or over 45)",
    all: ["blood ~2 (?:in|on) (?:my |his |her |the )?(?:wee|pee|urine|weewee)|(?:wee|pee|urine) ~4 (?:red|pink|bloody|blood stained|bloodstained|cola colou?red)|(?:haematuria|hematuria)|sangre en (?:la )?orina|orina ~3 (?:roja|con sangre)"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|beetroot|beets|period|menstrua\\w*|time of the month|(?:test|dipstick) ~4 (?:trace|microscopic)|microscopic|what (?:causes|does)"]
  },
  {
    id: "triage.urgent.minor-procedure-wound-infected",
    level: U,
    finding: "a wound red, hot or oozing pus after a mole, cyst or skin lesion was removed or stitched (possible wound infection)",
    all: [
      "(?:mole|cyst|lump|lesion|skin tag|lipoma|wart|biopsy|toenail|nail) ~4 (?:removed|removal|cut out|excised|excision|taken off|stitched)|(?:removed|excised|cut out) ~3 (?:a |my |his |her )?(?:mole|cyst|lump|lesion|lipoma)|stitches|sutures|stitched|puntos",
      "pus|ooz\\w*|weep\\w*|(?:red|hot|swollen|angry|inflamed) ~4 (?:and|with)? ?(?:pus|ooz\\w*|hot|warm|swollen|spreading)|(?:look|looks|looking|gone|is|are) ~2 (?:red|infected|angry|inflamed)|supura\\w*|infectad\\w*"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last year|healed|(?:fully|completely) healed|scar (?:cream|oil|massage)|keloid|surgery|operation|c section|caesarean|cesarean"]
  },
  {
    id: "triage.urgent.something-in-eye-red",
    level: U,
    finding: "an eyelash, grit or speck stuck in the eye with redness, watering or a gritty feeling",
    all: [
      "(?:eyelash|lash|grit|sand|speck|dust|something|piece of \\w+|bit of \\w+|splinter|fleck|metal|wood) ~4 (?:stuck|lodged|caught|in|under) ~3 (?:my|his|her|their|the) (?:eye|eyes|eyelid|lid)|(?:pestana|algo|arena|basura) ~4 (?:en|dentro) (?:el|mi|su) ojo",
      "red|watery|watering|weeping|sore|scratch\\w*|gritty|sand|sandpaper|hurts|painful|cant open|stings|stinging|roj[oa]|lagrim\\w*|arde|duele"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:got|came|washed|rinsed|flushed|picked) (?:it )?out|(?:now|feels) (?:fine|ok|okay|better)"]
  },
  {
    id: "triage.urgent.baby-feeding-less",
    level: U,
    finding: "a baby under a year feeding clearly less than usual (needs a same-day check)",
    all: [
      "(?:[1-9]|1[0-2]) (?:month|months|mth|mths|mo|meses) (?:old)?|(?:[1-9]|[1-4]\\d) (?:week|weeks|wk|wks) old|(?:my|our|the) (?:baby|infant|newborn|bebe)",
      "(?:feeding|feeds|feed|eating|drinking|taking|bottles|nursing|breastfeeding|feedings|come|comiendo|tomando) ~4 (?:less|a lot less|much less|half|two thirds|a third|not as much|poorly|badly|off (?:her|his) (?:feeds|milk|bottles))|(?:feed|feeding|feeds|bottles) ~3 (?:has |have )?(?:dropped|reduced|gone down|halved)|(?:wont|refuses|refusing|not) ~2 (?:feed|feeding|take (?:the|her|his) bottle|take (?:the|her|his) feeds)|(?:come|toma) (?:menos|poco)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:solids|weaning|puree|purees|baby led|blw)|(?:feeding|eating|drinking) (?:well|fine|normally|ok|okay) again|back to (?:normal|usual) feeds"]
  },
  {
    id: "triage.urgent.child-earache-fever",
    level: U,
    finding: "ear pain or pulling at the ear with a fever in a child (likely ear infection, same-day check)",
    all: [
      "earache|ear ache|(?:sore|painful|hurting|aching|bad) (?:ear|ears)|(?:ear|ears|oido|oidos) ~4 (?:sore|pain|painful|hurts|hurting|ache|aching|duele|dolor)|(?:pulling|tugging|rubbing|grabbing) ~2 (?:at )?(?:his|her|their|the|its) (?:ear|ears)|dolor de oido",
      "fever|feverish|temp\\w* ~3 (?:3[89]|10[0-4])|(?:3[89]|4[01])\\.\\d|10[0-4]\\.\\d|high temp\\w*|fiebre|calentura"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|grommets? ~4 (?:should|can|swim)|no (?:fever|temp|temperature)"]
  },
  {
    id: "triage.urgent.migraine-days-meds-failing",
    level: U,
    finding: "a migraine or bad headache for days that the usual medicine does not help (needs review today)",
    all: [
      "migraine|migraines|headache|headaches|migrana|dolor de cabeza",
      "(?:for|over|since|past|last) (?:2|3|4|5|two|three|four|five|a couple of|several) (?:days|dias)|(?:2|3|4|two|three|four) days (?:now|straight|solid|running)",
      "(?:meds|medication|medicine|tablets|pills|triptans?|sumatriptan|painkillers|rizatriptan|medicina|pastillas) ~4 (?:dont|doesnt|didnt|arent|isnt|wont|havent|not) ~2 (?:work|working|help|helping|touch|touching|shift|shifted|do anything)|nothing ~3 (?:helps|helping|works|working|touches)|no (?:me )?(?:hace|hacen|funciona\\w*) nada"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|what (?:can|should) i take"]
  },
  {
    id: "triage.urgent.croup-barking-cough",
    level: U,
    finding: "a barking, seal-like cough in a child (croup), calm breathing at rest (same-day advice, steroids may help)",
    all: ["barking cough|barky cough|(?:cough|coughing|tos) ~3 (?:like a seal|barking|barky|bark|de perro|de foca)|croup|crup"],
    // (triage-at: a croup that is "now much better" is getting over it)
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|had croup (?:before|last)|what (?:is|causes)|(?:much|lot|loads|way|far) better"]
  },
  {
    id: "triage.urgent.sick-day-medicines",
    level: U,
    finding: "diarrhoea or vomiting for days on tablets that need pausing while ill (sick-day rules: metformin, ACE inhibitors, diuretics, SGLT2 inhibitors)",
    all: [
      "diarrh\\w*|vomit\\w*|being sick|throwing up|d and v|runs|diarrea|vomitos",
      "metformin|ramipril|lisinopril|enalapril|perindopril|losartan|candesartan|valsartan|irbesartan|furosemide|frusemide|bendroflumethiazide|indapamide|spironolactone|empagliflozin|dapagliflozin|canagliflozin|jardiance|forxiga|diuretic\\w*|water tablets?|ace inhibitor\\w*|metformina",
      "(?:\\d+|two|three|four|several|a few|couple of) (?:days|dias)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|(?:tablets|medicines|meds|pills) ~4 (?:stop|pause|hold|do anything|keep taking)"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|side effect ~4 (?:of|from)|(?:since|after) (?:starting|started|i started|he started|she started)"]
  },
  {
    id: "triage.urgent.puffy-hands-face-pregnancy",
    level: U,
    finding: "hands, fingers or face puffier than usual in the second half of pregnancy (blood pressure and urine need checking today)",
    all: [
      "(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|semanas)|(?:second|third|last) trimester|pregnant|embarazada",
      "(?:hands|fingers|face|rings?|manos|cara|dedos) ~5 (?:swollen|swelling|puffy|puffier|puffed|tight|wont come off|hinchad\\w*)|(?:swollen|puffy|puffier|swelling) ~3 (?:hands|fingers|face)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:previous|last) pregnancy"]
  },
  {
    id: "triage.urgent.bleeding-after-colonoscopy",
    level: U,
    finding: "blood passed or belly pain in the days after a colonoscopy or polyp removal",
    all: [
      "colonoscopy|sigmoidoscopy|polypectomy|polyps? ~3 (?:removed|taken|cut)|colonoscopia",
      "blood|bleed\\w*|bled|bloody|sangre|sangrado|cramp\\w*|pain"
    ],
    unless: ["{xHypothetical}|(?:months|years) ago|last (?:month|year)|(?:before|prep|preparation|bowel prep) ~4 (?:colonoscopy|procedure)|should i (?:have|get|book) (?:a )?colonoscopy|(?:results|biopsy results) ~3 (?:came|back)"]
  }
];
pushUrgentRules(Z_URGENT_RULES);

// triage-ab: Spanish concepts from set ab (an independent writer: Mexican, Central American,
// Caribbean, South American and Spain wording, no accents, WhatsApp style, third person). Fever with
// a stiff neck; heavy thirst and urine with deep breathing or vomiting (possible DKA); fainting during
// exercise or sport; a cold, pale or pulseless limb; diarrhoea or vomiting with little urine and
// fainting; right lower belly pain with fever that stops standing straight; blood in the stool with
// dizziness or pallor; fever with drooling and unable to swallow; swallowed magnets or button
// batteries; one pupil wider after a headache or knock; electrical injury; anaphylaxis still bad
// after adrenaline, swollen lips with cough or hoarseness after a food; pesticide with drooling;
// chest pain unchanged after aspirin or after cocaine; a fit or stiffening that is still going on;
// threats to swallow poison or a farewell letter; a child gone blue with noisy breathing; a stab or
// gunshot wound; headache with flashing lights in late pregnancy; eye pain with halos and vomiting;
// a bone through the skin; a belly knock with pallor or sweating; a young child who drank alcohol
// and is drowsy; asthma too bad to talk after many puffs; a fall or dive with a neck or limbs that
// will not move; a baby not feeding and floppy; lamp oil or petrol swallowed with coughing; camphor,
// mothballs or rat poison eaten; smoke with black cough or hoarseness; a finger cut off in a machine;
// clear fluid from the nose or ear after a head knock; lime or caustic in the eye; fever with a
// person not recognising anyone; stroke signs coming back; a head knock on a bleeding disorder or
// blood thinner. Spanish questions about signs and events that are over stay non-emergency.
const AB_ASK_ES =
  "^(?:como (?:se|saber|sabes|sabe|reconocer|reconozco|identificar|distinguir|puedo saber)|cuales son|cual es|que (?:es|son|significa|sintomas|senales|signos)|es (?:normal|peligroso|grave) (?:que|si))|(?:cuales|que) son (?:los|las) (?:sintomas|senales|signos)|que pasaria si|y si (?:un|una|mi)|en caso de que|por si acaso";
const AB_OVER_ES =
  "ya (?:esta|estoy|estaba|quedo|se siente|se ve) (?:bien|normal|mejor)|ya se (?:le |me )?(?:quito|paso|recupero)|ya paso|hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias|muchos) (?:semana|semanas|mes|meses|ano|anos)|el (?:ano|mes|verano|invierno) pasado|la semana pasada|cuando (?:era|tenia|eramos) (?:nino|nina|chico|chica|pequeno|pequena|joven|\\d+)|de (?:nino|nina|chico|chica|pequeno|pequena)";
const AB_KID = "nin[oa]s?|ninit[oa]|nene|nena|bebe|bebito|bebita|chiquit[oa]|peque|hij[oa] (?:de )?(?:[1-9]|1[0-2]) (?:anos|ano|anitos)|(?:de )?(?:[1-9]|1[0-2]) (?:anos|ano|anitos)|(?:de )?(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos|ano|anitos)";
const AB_PET = "(?:mi|el|la|nuestro|nuestra) (?:perro|perra|perrito|perrita|gato|gata|gatito|gatita|mascota|cachorro|loro|conejo)";
const AB_FEVER = "fiebre|calentura|fiebron|temperatura alta|(?:temperatura|fiebre) ~3 (?:3[89]|4[01])|(?:3[89]|4[01])\\.\\d";
const AB_BELLY = "panza|pansa|barriga|abdomen|vientre|estomago|guata|tripa|barriguita|pancita";
const AB_RULES: TriageRuleSpec[] = [
  {
    id: "triage.neuro.es-fever-stiff-neck",
    level: E,
    finding: "fever with a stiff neck and headache, light hurting or vomiting (possible meningitis)",
    all: [
      AB_FEVER,
      "rigidez (?:de|en) (?:la )?(?:nuca|cuello)|(?:nuca|cuello) ~2 (?:rigid[oa]|ties[oa]|duro|dura|tensa|tenso|engarrotad[oa])|no (?:puede|puedo) (?:doblar|bajar|agachar) (?:el cuello|la cabeza)",
      "luz|dolor de cabeza|cabeza|vomit\\w*|manchas|confundid\\w*|somnolient\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.metabolic.es-thirst-urine-deep-breathing",
    level: E,
    finding: "great thirst and passing a lot of urine with deep or fast breathing, drowsiness or a fruity breath (possible diabetic ketoacidosis)",
    all: [
      "(?:mucha|muchisima|tanta) sed|(?:tomando|toma|bebe|bebiendo) (?:mucha|muchisima) agua|(?:orinando|orinado|orina|orinar|mea|meando|hace pipi) (?:mucho|muchisimo|a cada rato|cada rato)",
      "respir\\w* (?:profundo|profunda|hondo|honda|rapido|rapida|agitad\\w*|fuerte)|aliento (?:a|como) (?:fruta|manzana|acetona|dulce)|somnolient\\w*|adormilad\\w*|no despierta|confundid\\w*|cetonas|cetoacidosis"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.cardiac.es-faint-during-exercise",
    level: E,
    finding: "fainting or a fit during exercise or sport, or with a racing heart (possible heart rhythm problem)",
    all: [
      "desmay\\w*|se desvanecio|perdio el conocimiento|perdio la conciencia|se cayo redondo",
      "ejercicio|corriendo|correr|partido|entrenando|entrenamiento|deporte|futbol|cancha|gimnasio|gym|jugando (?:futbol|basquet|pelota|beisbol)|pichanga|corazon a mil|corazon (?:muy )?(?:rapido|acelerado)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:antes|despues) de (?:comer|desayunar)|sin desayunar|no habia comido|calor|al ver sangre|sangre"]
  },
  {
    id: "triage.vascular.es-cold-pulseless-limb",
    level: E,
    finding: "a leg or arm suddenly cold, pale or without a pulse (possible blocked artery)",
    all: [
      "(?:pierna|brazo|pie|mano) ~4 (?:fria|frio|helada|helado|palida|palido|blanca|blanco|morada|morado)",
      "sin pulso|no (?:se )?(?:le |me )?(?:siente|siento|encuentro|encuentra) (?:el )?pulso|de repente|de golpe|repentin\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.dehydration.es-little-urine-fainting",
    level: E,
    finding: "diarrhoea or vomiting with hardly any urine and fainting (severe dehydration)",
    all: [
      "diarrea|vomit\\w*|devolviendo|chorrillo|cursera",
      "no orina|casi no orina|orina casi nada|no ha orinado|no (?:ha )?hecho pipi|no hace pipi|no mea|no ha meado",
      "desmay\\w*|se desvanecio|mare\\w* al (?:pararse|levantarse|parar)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.abdomen.es-right-lower-pain-fever",
    level: E,
    finding: "pain low on the right of the belly with fever that stops standing straight or walking (possible appendicitis)",
    all: [
      "(?:" + AB_BELLY + ") ~5 (?:lado )?derech[oa] ~2 abajo|(?:" + AB_BELLY + ") ~5 (?:abajo|parte baja) ~3 derech[oa]|fosa iliaca derecha|apendic\\w*",
      AB_FEVER + "|vomit\\w*",
      "no (?:me |se )?(?:puedo|puede) (?:ni )?(?:enderezar|caminar|moverme|mover|parar|pararme|brincar|saltar)|horrible|insoportable|muchisimo|a morir|doblad[oa]|encorvad[oa]"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.bleeding.es-blood-stool-dizzy",
    level: E,
    finding: "a lot of blood or black stool passed with dizziness, pallor or fainting (possible serious bowel bleed)",
    all: [
      "(?:popo|caca|heces|excremento|evacua\\w*|deposicion\\w*|hace del bano|haciendo del bano|cagando|obrando|pupu) ~4 (?:sangre|negra|negro|alquitran)|sangre ~3 (?:al|en el|en la) (?:bano|popo|caca|evacuar)",
      "mare\\w*|palid\\w*|desmay\\w*|debil\\w*|sudor frio|sudando frio"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.airway.es-drooling-cannot-swallow-fever",
    level: E,
    finding: "fever with drooling and unable to swallow, or sitting forward to breathe (possible epiglottitis)",
    all: [
      "babea\\w*|babeando|se le cae la saliva|no (?:puede|puedo) tragar (?:ni )?(?:la )?saliva",
      "no (?:puede|puedo) tragar|sentad[oa] (?:hacia )?adelante|inclinad[oa] (?:hacia )?adelante|respira ~3 (?:ruido|feo|raro)|voz (?:apagada|de papa)",
      AB_FEVER
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "diente\\w*|dentici\\w*|muela\\w*"]
  },
  {
    id: "triage.poisoning.es-magnets-or-button-battery",
    level: E,
    finding: "magnets or a button battery swallowed (can burn or perforate the gut within hours)",
    all: [
      "(?:trago|tragado|trag[oa]|se trago|comio|se comio|ingirio|metio a la boca|se echo a la boca) ~5 (?:iman|imanes|imancito\\w*|pila\\w* (?:de boton|redonda\\w*|chiquita\\w*|de reloj)|pilita\\w*|bateria\\w* (?:de boton|de reloj|redonda\\w*))|(?:iman|imanes|imancito\\w*|pilita\\w*|pila de boton|pila de reloj) ~4 (?:se (?:lo |la |los |las )?trago|se (?:lo |la |los |las )?comio)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, AB_PET, "(?:lo|la|los|las) (?:escupio|saco|vomito)"]
  },
  {
    id: "triage.neuro.es-one-pupil-wide",
    level: E,
    finding: "one pupil wider than the other with a headache, vomiting or a knock to the head (possible bleed in the skull)",
    all: [
      "pupila ~4 (?:dilatad\\w*|mas grande|grande|distint\\w*|diferente)|dilato una pupila|pupilas (?:de )?(?:diferente|distinto) tamano|una pupila (?:mas )?(?:grande|dilatada)",
      "dolor de cabeza|cabeza|vomit\\w*|golpe\\w*|se pego|caida|cayo|confundid\\w*|somnolient\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "gotas|oftalmolog\\w*|le dilataron|para (?:el|la) (?:examen|revision)"]
  },
  {
    id: "triage.trauma.es-electrical-injury",
    level: E,
    finding: "an electrical injury with a burn, fainting or palpitations, or from high voltage",
    all: [
      "electricidad|electrocut\\w*|descarga electrica|alta tension|corriente electrica|cable (?:de luz|electrico|pelado)|(?:le|me) dio (?:un |una )?(?:to que|toque|toques|corrientazo|descarga|corriente)|corrientazo|enchufe|tomacorriente",
      "quem\\w*|negr\\w*|desmay\\w*|inconscient\\w*|no responde|corazon|palpit\\w*|alta tension|arritmi\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "estatica|electricista (?:dice|dijo)"]
  },
  {
    id: "triage.allergy.es-still-bad-after-adrenaline",
    level: E,
    finding: "an allergic reaction still bad after adrenaline was given (a second dose and an ambulance are needed)",
    all: [
      "epipen|epi pen|auto ?inyector|adrenalina|epinefrina",
      "sigue (?:mal|igual|peor|con|hinchad\\w*|sin poder)|no (?:mejora|se le quita|se me quita|le hizo|me hizo|funciono|sirvio)|todavia (?:no puede|le cuesta|se ahoga|esta mal)|empeor\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "vence|caduc\\w*|receta|comprar|cuanto cuesta"]
  },
  {
    id: "triage.allergy.es-lips-swollen-cough-after-food",
    level: E,
    finding: "swollen lips or tongue with coughing, hoarseness or noisy breathing after a food or sting (possible anaphylaxis)",
    all: [
      "(?:labios|labio|lengua|boca|garganta|parpados) ~2 (?:hinchad\\w*|inflamad\\w*|grandes|gruesos)|(?:hinchad\\w*|inflamad\\w*) (?:los |la |el )?(?:labios|lengua|garganta)",
      "tos\\w*|ronc\\w*|ronquera|silbido|le cuesta respirar|me cuesta respirar|respira ~2 (?:feo|raro|con ruido)|vomit\\w*",
      "comio|comi|nuez|nueces|mani|cacahuate\\w*|camaron\\w*|marisco\\w*|huevo|alergi\\w*|alergic\\w*|pico|picadura|abeja|avispa|medicina|pastilla"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.poisoning.es-pesticide-drooling",
    level: E,
    finding: "a pesticide or weed killer swallowed or breathed with drooling, vomiting, sweating or twitching (possible organophosphate poisoning)",
    all: [
      "fumig\\w*|plaguicida\\w*|pesticida\\w*|insecticida\\w*|herbicida\\w*|matamaleza\\w*|mata ?yerba\\w*|veneno para (?:las )?(?:plantas|cucarachas|bichos|plagas|hormigas|el campo)|paraquat|gramoxone|folidol|organofosforad\\w*|baygon",
      "babe\\w*|saliva\\w*|vomit\\w*|sudando|sudor\\w*|sudoros\\w*|temblor\\w*|tiembla\\w*|convuls\\w*|pupilas|no puede respirar|le cuesta respirar|desmay\\w*|mare\\w*|confundid\\w*|tomo|se tomo|trago|bebio"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:mi |el |la )?(?:perro|gato|perrito|gatito)|es seguro|cuanto tiempo"]
  },
  {
    id: "triage.cardiac.es-chest-pain-persisting-aspirin-or-cocaine",
    level: E,
    finding: "chest pain that goes on after aspirin or nitro, past twenty minutes, or after cocaine or stimulants (possible heart attack)",
    all: [
      "dolor (?:de|en el|en) pecho|(?:me|le) duele (?:mucho )?el pecho|opresion (?:en el|de) pecho|(?:me|le) aprieta el pecho|presion en el pecho",
      "aspirina|nitro\\w*|debajo de la lengua|isosorbide|(?:ya )?(?:son|van|lleva|llevo) (?:\\d+|media|veinte|treinta|cuarenta) (?:minutos|min|hora)|cocain\\w*|coca|perico|crack|anfetamin\\w*|cristal|metanfetamin\\w*|speed|tusi"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "cuando (?:toso|tose|respiro|respira|me muevo|lo toco|aprieto)|al (?:toser|respirar|moverme)|coca ?cola|cocacola"]
  },
  {
    id: "triage.neuro.es-fit-still-going",
    level: E,
    finding: "a fit, stiffening or eyes rolled back that is still going on or will not wake (possible prolonged seizure)",
    all: [
      "ojos en blanco|ojos (?:volteados|para atras|hacia arriba)|se puso (?:rigid[oa]|ties[oa]|duro|dura)|convulsi\\w*|temblando todo|sacudi\\w*|se engarroto",
      "sigue asi|sigue igual|no para|no se (?:le )?(?:pasa|quita|detiene)|sigue (?:convulsi\\w*|temblando|rigid[oa]|ties[oa])|(?:mas de|ya (?:van|lleva|son)) ~2 (?:\\d+|cinco|diez) min\\w*|no despierta|no reacciona|no responde|otra vez|otra convulsion"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.crisis.es-threat-with-means-or-farewell",
    level: E,
    crisis: true,
    finding: "someone threatening to take poison or pills in hand, or a farewell letter and now unreachable (suicide risk now)",
    all: [
      "(?:amenaz\\w*|dice que se va a|va a|quiere) ~2 (?:tomar\\w*|tomar se|tomarse|matar\\w*|matar se|ahorcar\\w*|colgar\\w*|tirar\\w*|aventar\\w*|cortar\\w*|envenenar\\w*) ~6 (?:veneno|raticida|matarratas|pastillas|cuchillo|soga|pistola|arma|puente|mano)|(?:carta|cara|nota|mensaje) (?:de despedida|suicida)|se (?:esta )?despid\\w* de (?:todos|mi|nosotros)"
    ],
    unless: [AB_ASK_ES, "hace (?:\\d+|unos|unas|varios|muchos) (?:meses|anos)|el ano pasado|de broma|en (?:la|una) (?:pelicula|serie|novela|libro)"]
  },
  {
    id: "triage.airway.es-blue-noisy-breathing",
    level: E,
    finding: "turning blue with noisy breathing, wheeze or choking (airway blocked or failing)",
    all: [
      "(?:esta|se puso|se esta poniendo|se pone|labios|boca|cara) ~1 (?:morad[oa]s?|azul\\w*)|morad[oa] (?:de la boca|de los labios)",
      "respir\\w* ~3 (?:silbido|feo|raro|ruido|dificil|con trabajo|mal)|no (?:puede|puedo) respirar|se ahoga|ahogando|atragant\\w*|silbido|se (?:le )?(?:atoro|atasco)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:dedo|moreton|golpe|una|pierna|brazo) ~3 morad\\w*"]
  },
  {
    id: "triage.trauma.es-stab-or-gunshot",
    level: E,
    finding: "a stab or gunshot wound",
    all: [
      "punalada\\w*|apunal\\w*|acuchill\\w*|navajazo\\w*|filerazo\\w*|machetazo\\w*|le (?:clavaron|enterraron|metieron) (?:un |una )?(?:cuchillo|navaja|fierro|punal|verduguillo)|balazo\\w*|balead[oa]|(?:le|me) (?:dispararon|pegaron un tiro|metieron un tiro)|herida de bala|tiroteo"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "cicatriz|pelicula|serie|juego|videojuego"]
  },
  {
    id: "triage.pregnancy.es-headache-flashing-lights",
    level: E,
    finding: "late pregnancy with a headache and flashing lights, blurred sight or a swollen face (possible pre-eclampsia)",
    all: [
      "(?:2\\d|3\\d|4[0-2]) semanas|embarazada|embarazo|prenada|encinta",
      "lucecitas|luces|destellos|puntitos|estrellitas|chispitas|lucesitas|(?:vision|vista) borrosa|veo borroso|ve borroso|moscas volantes",
      "cabeza|hinchad\\w*|presion|dolor"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.eye.es-pain-halos-vomiting",
    level: E,
    finding: "a painful eye with halos around lights and vomiting or headache (possible acute glaucoma)",
    all: [
      "halos|aros (?:de|alrededor)|arco ?iris|arcoiris|circulos (?:de colores|alrededor)",
      "ojo|ojos",
      "vomit\\w*|nausea\\w*|dolor|duele|cabeza"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.trauma.es-bone-through-skin",
    level: E,
    finding: "a bone showing through the skin (open fracture)",
    all: [
      "hueso ~3 (?:salido|salio|de fuera|afuera|fuera|expuest\\w*|se ve|asoma\\w*|saliendo)|(?:se (?:le |me )?ve|le sale|me sale|se asoma) el hueso|fractura expuesta"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:hueso|huesito) ~3 (?:de pollo|de pescado|del pollo)"]
  },
  {
    id: "triage.trauma.es-belly-knock-pale-sweating",
    level: E,
    finding: "a fall or blow to the belly with pallor, sweating or fainting (possible internal bleeding)",
    all: [
      "cay\\w*|caida|golpe\\w*|se pego|pego|choque|accidente|manubrio|patada|coz|atropell\\w*|porrazo|trancazo|madrazo|chingadazo",
      AB_BELLY,
      "palid\\w*|sudando|sudoros\\w*|sudor frio|desmay\\w*|mare\\w*|frio y|muy frio"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "comida|comio|embarazada"]
  },
  {
    id: "triage.poisoning.es-child-drank-alcohol",
    level: E,
    finding: "a young child who drank alcohol and is drowsy, vomiting or not themselves (risk of low sugar and coma)",
    all: [
      AB_KID + "|sobrin[oa] de (?:[1-9]|1[0-2])",
      "cerveza|tequila|alcohol|aguardiente|ron|vodka|whisky|guaro|pisco|mezcal|licor|chicha|anis|sidra",
      "(?:se )?(?:tomo|bebio|trago|se echo)",
      "como id[oa]|id[oa]|somnolient\\w*|no despierta|no reacciona|no responde|vomit\\w*|tambale\\w*|borrach\\w*|mare\\w*|dormid[oa]|rar[oa]|adormilad\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, AB_PET, "alcohol en gel|gel|alcohol (?:en|para) (?:la )?herida|jarabe"]
  },
  {
    id: "triage.breathing.es-asthma-cannot-talk",
    level: E,
    finding: "an asthma attack too bad to talk in sentences, or the inhaler not helping after many puffs",
    all: [
      "asma|asmatic\\w*|inhalador|bombita|salbutamol|ventolin|puff\\w*",
      "no (?:puedo|puede) hablar|hablar completo|(?:frases|palabras) (?:cortas|entrecortadas)|entrecortad\\w*|no (?:me|le) (?:hace|ayuda|sirve|funciona)|no (?:funciona|sirve)|morad\\w*|se (?:ahoga|esta ahogando)|ahogando|(?:\\d+|cuatro|cinco|seis|varias|muchas) veces ~4 (?:no|sigue)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.trauma.es-neck-or-limbs-wont-move-after-fall",
    level: E,
    finding: "a fall, dive or crash with a neck, arms or legs that cannot move or feel (possible spinal injury)",
    all: [
      "se cayo|cay[oe]|caida|clavado|se tiro|se aviento|choque|accidente|volcadura|golpe\\w*|se pego",
      "no (?:puede|puedo|podia) mover (?:el cuello|las piernas|los brazos|nada|el cuerpo)|no (?:siente|siento) (?:las piernas|los brazos|nada)|(?:cuello|espalda) ~3 (?:trono|crujio)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.infant.es-not-feeding-floppy",
    level: E,
    finding: "a baby not feeding and floppy, limp or hard to wake (possible serious infection or dehydration)",
    all: [
      "bebe|bebito|bebita|recien nacid[oa]|(?:[1-9]|1[0-2]) (?:meses|mes|semanas)",
      "no (?:quiere|puede) (?:tomar|comer|mamar|agarrar)|no (?:toma|come|mama)|rechaza (?:el )?(?:pecho|biberon|mamila|tetero)",
      "flojit[oa]|floj[oa]|aguadit[oa]|aguad[oa]|decaid[oa]|sin fuerza|no despierta|muy dormid[oa]|somnolient\\w*|no llora|como trapo"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.poisoning.es-hydrocarbon-cough",
    level: E,
    finding: "lamp oil, petrol, kerosene or thinner swallowed with coughing or breathing trouble (possible chemical pneumonia)",
    all: [
      "aceite de (?:la )?lampara|queroseno|kerosen\\w*|gasolina|petroleo|tiner|thinner|aguarras|bencina|nafta|liquido para encendedor",
      "tos|tose|tosiendo|tosio|respira|respirar|respirando|ahog\\w*|vomit\\w*|chupo|trago|se (?:lo |la )?tomo|bebio|se (?:lo |la )?bebio"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, AB_PET, "olor|huele|oliendo|precio"]
  },
  {
    id: "triage.poisoning.es-child-ate-toxic-household",
    level: E,
    finding: "camphor, mothballs, rat poison or caustic cleaner eaten or drunk (toxic even in small amounts)",
    all: [
      "alcanfor|naftalina|bolitas (?:de )?(?:naftalina|alcanfor|para la ropa|para polillas)|raticida|matarratas|veneno (?:de|para) (?:ratas|ratones|cucarachas)|destapacanos|destapa canos|sosa caustica|soda caustica|acido muriatico|lejia|lavandina|cloro|creolina|ambientador liquido",
      "(?:se )?(?:comio|trago|tomo|bebio|chupo|mordio|ingirio)|(?:se lo|se la|se las|se los) (?:comio|trago|tomo|bebio|echo a la boca)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, AB_PET, "olor|huele|oli\\w*|limpiando|trapear|lavar|piel|mano|manos|ropa|agua de la alberca|alberca|piscina|pileta|llave|grifo|agua (?:con|de) cloro|agua clorada"]
  },
  {
    id: "triage.burns.es-smoke-black-cough",
    level: E,
    finding: "smoke breathed in a fire with black coughing, hoarseness or trouble breathing (possible airway burn or poisoning)",
    all: [
      "humo|incendio|se quemo la casa|fuego",
      "(?:tos\\w*|escupe|flema\\w*|moco\\w*) ~2 negr\\w*|hollin|ronc[oa]|ronquera|voz ronca|le cuesta respirar|no puede respirar|falta (?:de )?aire|ahog\\w*|confundid\\w*|desmay\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "cigarr\\w*|fumar|fuma|vapeo|vape|tabaco|asado|parrilla"]
  },
  {
    id: "triage.trauma.es-finger-cut-off",
    level: E,
    finding: "a finger, hand or toe cut off or crushed in a machine or by a blade (amputation)",
    all: [
      "dedo\\w*|mano|pie|punta del dedo|oreja",
      "licuadora|sierra|machete|podadora|cortadora|moledora|trituradora|molino|maquina|amput\\w*|se (?:los|lo|la|las) (?:corto|arranco|volo|mocho)|(?:se )?(?:le|me) (?:corto|arranco|volo|mocho) (?:el|la|los|las|un|una|dos|tres) (?:dedo\\w*|mano|pie|punta|oreja)",
      "cort\\w*|arranc\\w*|vol[oó]|moch\\w*|tritur\\w*|amput\\w*|aplast\\w*|machuc\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "poquito|superficial|chiquit[oa]|pequen[oa]|rasguno|cortadita"]
  },
  {
    id: "triage.neuro.es-clear-fluid-after-head-knock",
    level: E,
    finding: "clear fluid from the nose or ear after a blow to the head (possible skull-base fracture)",
    all: [
      "liquido ~3 (?:clar\\w*|transparente|aguad\\w*|como agua)|agua clara|aguita clara",
      "nariz|oido|oreja",
      "cabeza|golpe\\w*|pegar on|pegaron|pego|caida|cayo|accidente|choque"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "gripa|gripe|resfri\\w*|alergia|catarro"]
  },
  {
    id: "triage.eye.es-lime-or-caustic",
    level: E,
    finding: "lime, cement, bleach or another caustic in the eye (needs flushing now and an emergency eye check)",
    all: [
      "(?:cal|cemento|cloro|lejia|acido|sosa|caustic\\w*|destapacanos|quimic\\w*|amoniaco|blanqueador|lavandina|cal viva|mezcla) ~5 (?:ojo|ojos)|(?:ojo|ojos) ~5 (?:cal|cemento|cloro|lejia|acido|sosa|caustic\\w*|destapacanos|quimic\\w*|amoniaco|blanqueador|lavandina)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "alberca|piscina|pileta|agua de"]
  },
  {
    id: "triage.neuro.es-fever-not-recognising",
    level: E,
    finding: "fever with someone confused, absent or not recognising people (possible meningitis, encephalitis or sepsis)",
    all: [
      AB_FEVER,
      "como id[oa]|(?:esta|anda|se ve|se puso) (?:muy |medio )?id[oa]|no (?:me|nos|la|lo|los) reconoce|no reconoce|desorientad\\w*|delirando|delira|no despierta|dificil de despertar|(?:esta|anda|se ve) (?:como )?perdid[oa]|no sabe donde esta"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.stroke.es-signs-coming-back",
    level: E,
    finding: "stroke signs (weakness, numbness, a twisted mouth, strange speech) that came and are coming back now (possible stroke)",
    all: [
      "(?:debilidad|adormec\\w*|entumid\\w*|sin fuerza|no (?:podia|puede) mover) ~3 (?:brazo|mano|pierna|cara|lado)|(?:brazo|mano|pierna|cara|lado) ~1 (?:dormid[oa]|adormecid\\w*|entumid\\w*|debil|sin fuerza)|boca (?:chueca|torcida|rara|raro|de lado|caida)|habla (?:raro|rara|arrastrad\\w*)|arrastra (?:las )?palabras",
      "vuelve a (?:empezar|pasar|sentir|dar)|volvio a|otra vez|de nuevo|regreso|empezo otra vez|le (?:esta )?(?:volviendo|regresando)"
    ],
    unless: [AB_ASK_ES, "hace (?:\\d+|unos|unas|varios|muchos) (?:semanas|meses|anos)|el ano pasado|despues de dormir|me dormi|dormi (?:mal|encima)"]
  },
  {
    id: "triage.bleeding.es-head-knock-bleeding-disorder",
    level: E,
    finding: "a knock to the head in someone with haemophilia or on blood thinners (risk of a bleed in the skull)",
    all: [
      "hemofil\\w*|anticoagul\\w*|warfarina|rivaroxaban|xarelto|apixaban|eliquis|sintrom|acenocumarol|coumadin|dabigatran|pradaxa|heparina|enoxaparina|clexane",
      "(?:golpe\\w*|pego|se pego|cayo|caida|porrazo|trancazo|madrazo|chingadazo|azoto) ~5 (?:cabeza|frente|nuca|craneo)|(?:cabeza|frente|nuca) ~3 (?:golpe\\w*|pego)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  }
];
pushEmergencyRules(AB_RULES);
// Same-day care from set ab, in Spanish: thoughts of death with no plan and asking for help (crisis
// line); shallow self-cutting that has stopped bleeding; stroke signs that came and went; chest pain
// on effort that has settled; an ankle or foot that cannot take weight after a twist or fall; a hip
// that hurts after a fall; a bead or bean pushed into the nose or ear; a red, hot swelling with pus;
// shingles near the eye, grit stuck in a red eye, a painful eye with light or blurred sight; vomiting
// everything in early pregnancy; a urinary catheter not draining; epilepsy medicine run out; a loose
// adult tooth after a knock; fever and cough with breathlessness on walking; low belly pain with
// discharge and fever; hives after an antibiotic or a big swelling after a sting with breathing fine;
// a baby with diarrhoea and fewer wet nappies; a new, different headache after fifty; a toothache
// with the face swelling; a nail-gun nail in the hand; a cut that gapes; a baby under a year who fell
// and has a bump; a toe bent after a knock; red sticky eyes with earache; an inhaler needed every few
// hours; palpitations today; a child's fever with belly pain around the navel.
const AB_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.crisis.es-death-thoughts-no-plan",
    level: U,
    crisis: true,
    finding: "thoughts of death or of not waking up, with no plan and asking for help: talk to someone today",
    all: [
      "pienso (?:en|que) ~3 (?:la muerte|morir\\w*|matarme|quitarme la vida|no despertar|no estar|desaparecer)|seria mejor no (?:despertar|estar|existir)|quisiera (?:no despertar|desaparecer|no existir)|ganas de (?:morir\\w*|desaparecer|no despertar)",
      "no tengo (?:un |ningun )?plan|no haria nada|no lo haria|no (?:me )?haria (?:nada|dano)|necesito ayuda|quiero hablar con alguien|estoy a salvo|con quien hablar"
    ],
    unless: ["consejos para el (?:duelo|duele)|desde que (?:murio|fallecio)|el duelo"]
  },
  {
    id: "triage.crisis.es-shallow-self-cutting-stopped",
    level: U,
    crisis: true,
    finding: "self-cutting that was shallow and has stopped bleeding (same-day wound check and mental health support)",
    all: [
      "se (?:corto|ha cortado|cortaba|esta cortando) (?:los brazos|las munecas|la muneca|las piernas)|me (?:corte|he cortado|estoy cortando) (?:los brazos|las munecas|la muneca|las piernas)|(?:se|me) (?:hizo|hace|hice|hago|hacia) (?:cortes|cortadas|cortaditas|heridas|rayas)|autolesi\\w*|se lastima a proposito",
      "superficial\\w*|ya no sangra|(?:dejo|deja) de sangrar|no se quiere matar|no quiere morir|ayer"
    ],
    unless: ["vidrio|accidente|cuchillo de cocina|cocinando|sangra mucho|no para de sangrar|profund\\w*|pastillas|(?<!no\\s)se quiere matar"]
  },
  {
    id: "triage.urgent.es-stroke-signs-settled",
    level: U,
    finding: "stroke signs (a numb hand or arm, a twisted mouth, strange speech) that went away (possible mini-stroke, assessment today)",
    all: [
      "(?:mano|brazo|pierna|cara) ~2 (?:dormid[oa]|adormecid[oa]|entumid[oa]|debil|sin fuerza)|boca (?:chueca|torcida|rara|raro|de lado|caida)|habla(?:ba)? (?:raro|rara|arrastrad\\w*)|arrastra\\w* (?:las )?palabras",
      "ya se (?:le |me )?(?:quito|paso)|se (?:le |me )?(?:quito|paso)|ya (?:esta|estoy) bien|(?:\\d+|unos|cinco|diez) minutos"
    ],
    unless: [AB_ASK_ES, "hace (?:\\d+|unos|unas|varios|muchos) (?:meses|anos)|el ano pasado|dormi (?:mal|encima)|me dormi"]
  },
  {
    id: "triage.urgent.es-effort-chest-pain-settled",
    level: U,
    finding: "chest pain on effort (stairs, walking) that settled with rest (possible angina, assessment today)",
    all: [
      "(?:dolio|duele|dolor|opresion|apreto) ~3 (?:el )?pecho",
      "escalera\\w*|subia|subiendo|caminando|caminar|esfuerzo|ejercicio|cargando",
      "se (?:me |le )?(?:quito|paso)|descans\\w*|me pare|se (?:me |le )?calmo"
    ],
    unless: [AB_ASK_ES, "cuando (?:toso|tose)|al toser|gripa|gripe"]
  },
  {
    id: "triage.urgent.es-cannot-bear-weight",
    level: U,
    finding: "an ankle, foot or knee that cannot take weight after a twist or fall (possible fracture, X-ray today)",
    all: [
      "tobillo|pie|rodilla|pierna",
      "no (?:puedo|puede) (?:apoyar|pisar|caminar|poner peso)",
      "dobl\\w*|dobre|torc\\w*|golpe\\w*|cai\\w*|cayo|pise mal|piso mal|jugando"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-hip-pain-after-fall",
    level: U,
    finding: "hip pain after a fall (possible hip fracture even while walking)",
    all: ["cadera", "cay\\w*|caida|resbal\\w*"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-object-in-nose-or-ear",
    level: U,
    finding: "a bead, bean or other small object pushed into the nose or ear and still there",
    all: [
      "(?:frijol\\w*|cuenta|bolita|piedrita|semilla|canica|arveja|maiz|chicharo|papelito|juguete|pila|pilita|borrador|algo) ~4 (?:en|dentro de) (?:la|el|su|mi) (?:nariz|oido|oreja)|(?:metio|se metio|tiene metid[oa]) ~5 (?:nariz|oido|oreja)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:lo|la) (?:saco|sacamos|saque|expulso|estornudo)|ya salio|ya (?:se lo|se la) (?:sacamos|saque|saco)"]
  },
  {
    id: "triage.urgent.es-red-hot-swelling-pus",
    level: U,
    finding: "a red, hot or swollen lump, nail fold or spot with pus (possible abscess or spreading infection)",
    all: ["pus|supura\\w*|postema|absceso|forunculo|nacido", "roj[oa]|calient\\w*|hinchad[oa]|infectad[oa]|dolorosa|doloroso"],
    unless: [AB_ASK_ES, AB_OVER_ES, "flujo|garganta|amigdala\\w*|ojo|ojos"]
  },
  {
    id: "triage.urgent.es-eye-same-day",
    level: U,
    finding: "shingles near the eye, grit stuck in a red eye, or a painful eye with light sensitivity or blurred sight (eye check today)",
    all: [
      "(?:herpes|culebrilla|zoster|zona) ~6 (?:ojo|frente|nariz|parpado)|(?:basurita|basura|arenita|pestana|astilla|rebaba|metal|algo) ~4 (?:en|dentro de) (?:el|mi|su) ojo|ojo ~6 (?:luz|borros[oa])|(?:luz|borros[oa]) ~6 ojo",
      "roj[oa]|no (?:se )?(?:me |le )?sale|duele|dolor|molesta|lagrim\\w*|borros[oa]|luz"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-pregnancy-vomiting-everything",
    level: U,
    finding: "vomiting everything in pregnancy, unable to keep water down (risk of dehydration)",
    all: [
      "embaraz\\w*|(?:\\d+) semanas|encinta",
      "vomit\\w* todo|no (?:retengo|retiene|aguanto|aguanta) (?:ni )?(?:el )?(?:agua|nada|liquidos)|todo lo vomit\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-catheter-not-draining",
    level: U,
    finding: "a urinary catheter not draining (blocked catheter, needs changing today)",
    all: ["sonda", "no (?:le |me )?(?:esta )?(?:saliendo|sale|drena|ha salido) (?:la |nada de )?(?:orina|pipi|nada)|no orina|tapad[oa]|no (?:esta )?(?:drena|drenando)|bolsa vacia"],
    unless: [AB_ASK_ES, AB_OVER_ES, "nasogastric\\w*|para comer|alimentacion"]
  },
  {
    id: "triage.urgent.es-epilepsy-medicine-run-out",
    level: U,
    finding: "epilepsy medicine run out or about to (a missed dose can bring on fits: same-day supply)",
    all: [
      "se (?:me |le )?(?:acabo|acabaron|termino|terminaron)|(?:me|se) quede? sin|(?:me|le) quede sin|ya no (?:tengo|tiene)|no (?:tengo|tiene) mas",
      "epilep\\w*|convulsion\\w*|anticonvulsiv\\w*|levetiracetam|keppra|valproato|acido valproico|carbamazepina|fenitoina|lamotrigina|topiramato"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-adult-tooth-loose-after-knock",
    level: U,
    finding: "an adult tooth loosened or knocked out by a blow (dentist today)",
    all: [
      "diente\\w*|muela\\w*",
      "aflojo|flojo|floja|se (?:le |me )?(?:cayo|salio|movio|zafo)|tumbo|quebro|rompio|se mueve",
      "pego|golpe\\w*|cayo|caida|pelota|pelea|choque"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "de leche"]
  },
  {
    id: "triage.urgent.es-fever-cough-breathless",
    level: U,
    finding: "fever and cough with breathlessness on walking (possible chest infection, check today)",
    all: [AB_FEVER, "tos|tose|tosiendo|flema", "me canso|se cansa|me falta el aire|le falta el aire|falta de aire|me ahogo|se ahoga|me agito|se agita"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-pelvic-pain-discharge-fever",
    level: U,
    finding: "low belly pain with abnormal discharge and fever (possible pelvic infection)",
    all: ["flujo|secrecion", AB_FEVER, "dolor|duele|colic\\w*"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-hives-after-drug-or-big-sting-swelling",
    level: U,
    finding: "hives after a medicine with breathing fine, or a large swelling after a sting (same-day review)",
    all: [
      "(?:ronchas|roncha|sarpullido|erupcion|brote|granitos|habones) ~6 (?:despues de|desde que) (?:tomar|tome|empece)|(?:ronchas|roncha|sarpullido|erupcion|brote|habones) ~8 (?:amoxicilina|penicilina|antibiotico|medicamento|medicina|pastilla)|(?:pico|picadura|picaron) ~6 (?:hinchad[oa]|inflamad[oa])"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-baby-diarrhoea-fewer-nappies",
    level: U,
    finding: "a baby with diarrhoea or vomiting and fewer wet nappies (early dehydration, check today)",
    all: [
      "bebe|bebito|bebita|(?:[1-9]|1[0-2]) (?:meses|mes)",
      "diarrea|vomit\\w*",
      "(?:moja|mojado|mojando) ~3 menos|menos panales|pocos panales|aunque menos|panales ~3 (?:secos|menos)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-baby-feeding-less",
    level: U,
    finding: "a baby under a year feeding half or less of the usual (needs a same-day check)",
    all: [
      "bebe|bebito|bebita|(?:[1-9]|1[0-2]) (?:meses|mes)",
      "(?:come|toma|mama|comiendo|tomando) ~2 (?:menos|la mitad|muy poco|poquito)|(?:menos|la mitad) (?:de lo|de la|del) (?:normal|leche|biberon|usual)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "papilla\\w*|solidos|fruta|verdura\\w*"]
  },
  {
    id: "triage.urgent.es-new-headache-over-fifty",
    level: U,
    finding: "a new or different bad headache after fifty (needs assessment today)",
    all: [
      "dolor de cabeza|me duele (?:mucho )?la cabeza",
      "distint[oa]|dist into|diferente|nuevo|nueva|nunca (?:habia|he) tenido",
      "(?:[5-9]\\d) anos"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-toothache-face-swelling",
    level: U,
    finding: "a toothache with the face, cheek or gum swelling (possible dental abscess)",
    all: ["muela|muera|diente|encia", "hinch\\w*|inflam\\w*|absceso|postema", "cara|cachete|mejilla|encia|quijada|mandibula"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-nail-gun-or-embedded-object",
    level: U,
    finding: "a nail or other object driven into the hand or foot (needs removal and a tetanus check today)",
    all: ["clavo|pistola de clavos|clavadora|grapadora industrial", "mano|pie|dedo|pierna|brazo", "revento|enterro|atraveso|metio|pistola|se (?:me |le )?clavo"],
    unless: [AB_ASK_ES, AB_OVER_ES, "una encarnada|de olor"]
  },
  {
    id: "triage.urgent.es-gaping-cut",
    level: U,
    finding: "a cut that gapes open or keeps opening (may need closing or a check for infection)",
    all: ["cortada|herida|corte|tajo|cortadura", "se (?:me |le )?abre|abiert[oa]|no (?:se )?cierra|necesita puntos|ocupa puntos|puntadas"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-baby-fall-bump",
    level: U,
    finding: "a baby under a year who fell or knocked the head and has a bump (check today)",
    all: ["bebe|(?:[1-9]|1[01]) (?:meses|mes)", "se cayo|cayo|se pego|golpe\\w*", "cabeza|chipote|chichon|bolita|huevo|frente"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-bent-toe-or-finger-after-knock",
    level: U,
    finding: "a toe or finger bent or out of shape after a knock (possible fracture or dislocation)",
    all: ["dedo", "chueco|torcido|deforme|de lado|zafado|dislocad\\w*", "golpe\\w*|pegue|pego|cai\\w*|cayo|machuque|machuco|pelota"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-sticky-eyes-earache",
    level: U,
    finding: "red eyes with yellow discharge and an earache or fever in a child (possible bacterial infection)",
    all: ["lagan\\w*|legan\\w*|pus en los ojos|ojos? ~3 (?:amarill\\w*|con pus)", "oido|oreja|" + AB_FEVER],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-reliever-every-few-hours",
    level: U,
    finding: "asthma needing the reliever inhaler every few hours (worsening control, review today)",
    all: ["inhalador|bombita|bomba|salbutamol|ventolin", "cada (?:\\d|dos|tres|cuatro) horas|cada rato|mas de lo normal|muchas veces al dia"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-palpitations-today",
    level: U,
    finding: "palpitations today (a heart tracing is needed today)",
    all: ["palpitaciones|corazon (?:acelerado|a mil|muy rapido|brinca|se salta|se me sale)", "hoy|ahora|desde (?:ayer|anoche|la manana|hace)|muchas|seguido"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-child-fever-belly-pain",
    level: U,
    finding: "a child with fever and belly pain around the navel or on the right (possible early appendicitis, check today)",
    all: [AB_FEVER, "dolor de (?:" + AB_BELLY + ")|(?:" + AB_BELLY + ") ~3 (?:duele|dolor)|(?:duele|dolor) ~3 (?:" + AB_BELLY + ")", "ombligo|lado derecho|derecha"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  }
];
pushUrgentRules(AB_URGENT_RULES);

// triage-ac: concepts from set ac (an independent writer: messages dictated by voice, no
// punctuation, run-ons, misheard medicine and symptom names, numbers said aloud; the dictation
// readings themselves are in canonical.ts). A gun got out by someone low or saying goodbye; a
// bowlful of fresh blood vomited; drain opener or another strong caustic on the skin that turns
// white or peels; a low sugar reading with a fit or unable to swallow; sudden belly or back pain in
// someone with a known aortic aneurysm; a button battery pushed up a nose or into an ear; a fit over
// five minutes or still going after the rescue medicine; a boy's "private area" swollen and
// painful (torsion told in a child's words); blackouts with a pacemaker or a very slow pulse.
const AC_GUN = "gun|guns|shotgun|rifle|pistol|revolver|handgun|firearm";
const AC_RULES: TriageRuleSpec[] = [
  {
    id: "triage.crisis.gun-out-saying-goodbye",
    level: E,
    crisis: true,
    finding: "a gun got out or held by someone who is low or saying goodbye",
    all: [
      `(?:got|get|gets|getting|took|taken|taking|has|had|is holding|holding|sitting with|loaded|loading|loads|cleaning) ~3 (?:${AC_GUN}) ~2 (?:out|loaded|down)|(?:${AC_GUN}) ~3 (?:out|loaded|in (?:his|her|their|my) (?:hand|hands|lap|mouth))|(?:holding|loaded|loading|sitting with|cradling) ~3 (?:${AC_GUN})`,
      "goodbye|good bye|saying bye|farewell|(?:really|very|so) (?:low|down|depressed)|depress\\w*|suicid\\w*|end it|(?:kill|shoot|hurt) (?:himself|herself|themselves|myself)|no point|cant go on|last (?:call|message|text)|" + Y_FAREWELL
    ],
    unless: ["{xHypothetical}|hunting|shooting range|the range|clay|(?:deer|duck) season|licen[cs]e|permit|gun safe|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.bleeding.vomited-lot-of-fresh-blood",
    level: E,
    finding: "a large amount of fresh blood vomited",
    all: [
      "(?:vomit\\w*|threw up|throwing up|thrown up|puked|puking|brought up|being sick) ~8 blood",
      "bright red|fresh|dark red|bowl\\w*|cup\\w*|pint|bucket|mug\\w*|mouthful\\w*|clots|lots|loads|so much|a lot|whole"
    ],
    unless: ["{xHypothetical}|(?:streak\\w*|fleck\\w*|speck\\w*|tinge\\w*|spot|spots|bit of|trace|dots) ~3 blood|nose ?bleed|nosebleed|nose|stool|poo|poop|wiping|toilet paper|period|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.burn.caustic-on-skin",
    level: E,
    finding: "drain opener or another strong caustic spilled on the skin, which is turning white or peeling",
    all: [
      "drain (?:opener|cleaner|unblocker)|caustic|lye|acid|oven cleaner|sodium hydroxide|hydrofluoric|wet (?:cement|concrete)",
      "(?:spill\\w*|splash\\w*|poured|pour|tipped|knocked|soaked|went|covered) ~8 (?:leg|legs|arm|arms|skin|hand|hands|face|chest|body|feet|foot|thigh|thighs|back|neck|belly|knee|knees)|skin ~4 (?:white|peeling|blister\\w*|grey|gray|black|melting|raw|coming off|bubbl\\w*)",
      "white|peeling|blister\\w*|grey|gray|black|melting|raw|coming off|bubbl\\w*|(?:whole|entire) (?:bottle|tub|jug|container)"
    ],
    unless: ["{xHypothetical}|glycolic|salicylic|lactic|hyaluronic|azelaic|retinol|serum|peel|toner|skin ?care|aha|bha|folic|amino|citric|uric|reflux|stomach acid|heartburn|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.diabetes.low-sugar-fit-or-cant-swallow",
    level: E,
    finding: "a low sugar reading with a fit, or too drowsy to swallow sugar",
    all: [
      "(?:sugar|sugars|glucose|meter|bg|bm|levels?|monitor|sensor|libre|dexcom) ~4 (?:lo|low|very low|[12]\\.\\d)(?![0-9.])|(?:lo|low) (?:blood )?(?:sugar|sugars|glucose)|hypo|hypoglyc\\w*",
      "fit|fits|fitting|seizure\\w*|seizing|convuls\\w*|(?:not|isnt|wont|cant|cannot|unable to|can not) ~2 (?:swallow\\w*|wake|waking|respond\\w*)|unconscious|unresponsive|collapsed"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|what (?:to do|should)|(?:hypo|hypothyroid\\w*|hypotension)"]
  },
  {
    id: "triage.circulation.known-aneurysm-sudden-pain",
    level: E,
    finding: "sudden or severe belly or back pain in someone with a known aortic aneurysm (possible rupture)",
    all: [
      "aneurysm|triple a|aaa|aorta",
      "(?:back|belly|tummy|stomach|abdomen|abdominal|abdo|side|groin) ~3 (?:pain|ache|hurts|hurting)|pain ~4 (?:back|belly|tummy|stomach|abdomen|groin)",
      "sudden\\w*|severe|(?:really|very|so) bad|worst|tearing|ripping|white|pale|clammy|sweaty|grey|gray|faint\\w*|collaps\\w*|dizzy|passed out"
    ],
    unless: ["{xHypothetical}|batter\\w*|screening|(?:scan|screening) (?:letter|invite|appointment)|what (?:is|are|causes)|brain aneurysm|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.poisoning.battery-in-nose-or-ear",
    level: E,
    finding: "a button battery pushed up a nose or into an ear (burns within hours)",
    all: [
      "batter\\w*|button cell|coin cell",
      "(?:up|in|into|inside) (?:his|her|their|my|the|a) (?:nose|nostril|nostrils|ear)|(?:nose|nostril|ear) ~2 (?:stuck|lodged)|stuck ~3 (?:nose|nostril|ear)"
    ],
    unless: ["{xHypothetical}|ear ?buds?|ear ?phones?|headphones?|(?:batter\\w*) ~3 (?:die|dies|dying|run out|last|flat|dead)|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.neuro.seizure-still-going-after-rescue",
    level: E,
    finding: "a fit that goes on after the rescue medicine was given",
    all: [
      "midazolam|buccolam|diazepam|stesolid|lorazepam|ativan|valtoco|nayzilam|rescue (?:med|meds|medicine|medication|one|drug|spray|dose|remedy)",
      "still (?:going|shaking|fitting|seizing|jerking|twitching|happening)|(?:not|hasnt|isnt|wont|didnt) ~1 (?:stop\\w*|work\\w*|help\\w*)|keeps (?:going|shaking|fitting)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|prescri\\w*|refill|(?:should|can|do) (?:i|we) (?:give|use)|how (?:to|do|much)|expired|when to"]
  },
  {
    id: "triage.neuro.seizure-over-five-minutes",
    level: E,
    finding: "a fit or shaking that has lasted five minutes or more",
    all: [
      "(?:seiz\\w*|fit|fits|fitting|convuls\\w*|shaking|jerking|twitching) ~4 (?:for|over|more than|nearly|almost|about|like) ~2 (?:[5-9]|[1-5]\\d) (?:minutes|mins|min)",
      "seiz\\w*|fit|fits|fitting|convuls\\w*|epilep\\w*|midazolam|buccolam|rescue"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|chills|shivers|shivering|rigou?rs|coffee|caffeine|hands shak\\w*|(?:stopped|stops|ended|over) (?:after|within|in) ~2 (?:[1-4]|a few|one|two|three)"]
  },
  {
    id: "triage.torsion.private-area-boy",
    level: E,
    finding: "a boy's private area swollen and painful (possible testicular torsion, told in a child's words)",
    all: [
      "(?:his|my|their) (?:private|privates) (?:area|parts|bits)|(?:his|my) privates|private (?:area|parts|bits)",
      "swollen|swelling|agony|excruciating|throbbing|(?:really|very|so|super) (?:painful|sore)|(?:hurts|hurting|painful) ~3 (?:really|so) (?:bad|much)",
      "son|boy|lad|nephew|grandson|brother|he|hes|his|him"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|nappy rash|diaper rash|circumcis\\w*|(?:dog|cat|puppy|kitten)|what (?:is|are|causes)|daughter|girl|she|her"]
  },
  {
    id: "triage.cardiac.blackouts-pacemaker-or-slow-pulse",
    level: E,
    finding: "blackouts or collapse with a pacemaker or a very slow pulse",
    all: [
      "pacemaker\\w*|heart block|(?:pulse|heart rate|heartbeat|heart beat) ~4 (?:really |very |so )?slow|slow (?:pulse|heart rate|heartbeat)",
      "blackout\\w*|blacked out|black out|blacking out|collaps\\w*|dropped to the floor|fell to the floor|faint\\w*|passed out|passing out|keeled over|lost consciousness"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|used to|before (?:the|her|his|my) pacemaker|(?:since|after) (?:the|her|his|my) pacemaker ~4 (?:no|not|never|none)|check ?up|battery check|fly|flying|airport|mri"]
  }
];
pushEmergencyRules(AC_RULES);
// Same-day care from set ac: a very high blood pressure reading said a few words after "blood
// pressure"; a urinary catheter bag with nothing in it; an ear piercing in the cartilage that has
// gone swollen and red; a hot, red, swollen joint with fever or unable to bend it (possible septic
// arthritis); a limping child with a fever; blistering sunburn with feeling sick or shivery (sun
// poisoning); a painful ear with discharge and muffled hearing; a poke in the eye that still hurts.
const AC_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.bp-reading-very-high",
    level: U,
    finding: "a very high blood pressure reading (180/120 and over: checked today)",
    all: ["(?:bp|blood pressure|presion) ~6 (?:(?:1[89]\\d|2\\d\\d)/\\d{2,3}|\\d{2,3}/1[2-9]\\d)(?![0-9])"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|target|goal|should be"]
  },
  {
    id: "triage.urgent.catheter-bag-empty",
    level: U,
    finding: "a urinary catheter with nothing coming into the bag",
    all: [
      "catheter|catheters|suprapubic|foley",
      "(?:nothing\\w*|no (?:urine|wee|pee)|not (?:a|any) (?:drop|wee|pee)) ~4 (?:bag|come|came|coming|drain\\w*)|bag ~4 (?:empty|dry|nothing)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|heart catheter|cardiac catheter|iv catheter|picc|cannula|how (?:do|to|often)"]
  },
  {
    id: "triage.urgent.ear-cartilage-piercing-swollen",
    level: U,
    finding: "an ear piercing, often in the cartilage, now swollen, red and painful (possible perichondritis)",
    all: ["pierc\\w*", "ear|ears|cartilage|helix", "swollen|swelling|red|hot|throbbing", "pain\\w*|hurts|sore|tender|throbbing|whole ear"],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:should|can|when) (?:i|she|he) (?:get|have)|which|how (?:long|much|to)"]
  },
  {
    id: "triage.urgent.hot-swollen-joint-fever",
    level: U,
    finding: "a hot or red swollen joint with fever or that will not bend (possible septic arthritis)",
    all: [
      "knee|knees|ankle|elbow|wrist|joint|hip|shoulder",
      "swollen|swelling|swelled",
      "hot|warm|red",
      "fever\\w*|temperature|temp|shiver\\w*|chills|(?:cant|can not|cannot|barely|hardly) ~2 (?:bend|move|walk|straighten)"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:weeks|months|years)|sprain\\w*|twisted|after (?:running|the gym|a run|football)|every (?:time|morning)"]
  },
  {
    id: "triage.urgent.child-limp-fever",
    level: U,
    finding: "a limping child with a fever (possible bone or joint infection)",
    all: ["{xChild}", "limp|limps|limping|wont walk|not walking|refus\\w* to walk", Z_FEVER],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|growing pains|new shoes|blister"]
  },
  {
    id: "triage.urgent.blistering-sunburn-unwell",
    level: U,
    finding: "blistering sunburn with feeling sick, shivery or feverish",
    all: [
      "sunburn\\w*|sun burn\\w*|burnt in the sun|burned in the sun",
      "blister\\w*",
      "sick|shiver\\w*|fever\\w*|chills|vomit\\w*|dizzy|headache|faint\\w*|all over"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|prevent|sunscreen|sun cream"]
  },
  {
    id: "triage.urgent.painful-ear-discharge-hearing",
    level: U,
    finding: "a painful ear leaking discharge with hearing muffled",
    all: [
      "(?:ear|ears) ~4 (?:painful|sore|hurting|hurts|aching|killing)|earache|ear ache",
      "leak\\w*|discharg\\w*|pus|gunk|goo|fluid|oozing|dripping|coming out",
      "(?:cant|can not|cannot|hard to|struggling to) ~1 hear|muffled|deaf|fever|swollen"
    ],
    unless: ["{xHypothetical}|(?:for|over) (?:months|years)|chronic|wax|cotton bud|q tip|grommet\\w*|(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.urgent.nosebleed-on-thinner-stopped",
    level: U,
    finding: "a nosebleed on a blood thinner, or nosebleeds coming back the same day (the thinner may need checking today)",
    all: [
      "nosebleed\\w*|nose bleed\\w*|nose ~3 (?:bleeding|bled|bleed|blood)",
      "thinner\\w*|eliquis|warfarin|apixaban|rivaroxaban|xarelto|coumadin|clopidogrel|plavix|dabigatran|pradaxa|edoxaban|heparin|second (?:one|time|nosebleed)|(?:another|again) (?:today|tonight|this (?:morning|afternoon|evening))"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:for|over) (?:months|years)|dry air|heating|picking|(?:can|should|does|do|will) ~4 (?:cause|make)"]
  },
  {
    id: "triage.urgent.eye-poked-still-hurts",
    level: U,
    finding: "a poke or scratch in the eye that still hurts, waters or makes light painful",
    all: [
      "(?:poked|scratched|jabbed|whacked|caught|hit) ~3 (?:in|on) (?:the|my|his|her) eye|(?:branch|twig|stick|fingernail|thorn|plant) ~4 (?:in|into) (?:the|my|his|her) eye",
      "hurts|painful|pain|sore|watering|streaming|light|blurr\\w*|cant open"
    ],
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)"]
  }
];
pushUrgentRules(AC_URGENT_RULES);

// triage-ae: concepts from set ae (an independent writer: people with a chronic disease or on a
// high-risk medicine, who name the disease or the drug and then the change). Fever after a named
// cytotoxic drug or cycle (neutropenic sepsis), or in sickle cell disease written "SCD"; fever with
// shivers on a drug that can wipe out white cells (clozapine, carbimazole, methotrexate); a low
// sugar on insulin or a sulfonylurea with drowsiness; a VAD driveline with pus or fever; serotonin
// toxicity (agitation or jerking with heat or big pupils) on an antidepressant, triptan or tramadol;
// NMS or parkinsonism-hyperpyrexia (rigid and hot, or unable to swallow, on an antipsychotic or
// after levodopa is missed); fits that keep coming without recovery in between; leg weakness with
// saddle numbness or lost bladder control in someone with cancer or back trouble (cord or cauda
// equina compression); metformin with fast breathing and vomiting (lactic acidosis); a bleed in the
// neck, head or belly in haemophilia; bloody diarrhoea many times a day on checkpoint immunotherapy
// or in a colitis flare with a fast pulse or fever; fainting with palpitations on a QT-prolonging
// drug; a very fast heart rate that will not settle; a missed dialysis session with drowsiness,
// weakness or breathlessness; a large swelling or bruise on a blood thinner with faintness or low
// blood pressure; palpitations with dizziness in someone with an ICD; colchicine toxicity; an
// overdose of stimulant ADHD medicine with a racing heart and agitation or heat.
const AE_PAST = "{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)";
const AE_HIGH_TEMP =
  "high (?:temp\\w*|fever)|(?:temp\\w*|fever\\w*|spiked|spiking|reading|thermometer) ~3 (?:3[89]|4[01]|10[1-5])(?:\\.\\d)?(?![0-9])|(?:3[89]|4[01])\\.\\d|10[1-5]\\.\\d|burning (?:hot|up)|boiling|rigou?rs|shaking chills";
const AE_FEVERISH = `${AE_HIGH_TEMP}|fever|fevers|feverish|febrile|chills|shiver\\w*|the shakes`;
const AE_HOT = `${AE_HIGH_TEMP}|(?:very|really|so|burning|boiling|roasting) hot|overheat\\w*|hot to (?:the )?touch|fever`;
const AE_SEROTONERGIC =
  "antidepressant\\w*|ssri|ssris|snri|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|trazodone|amitriptyline|clomipramine|imipramine|phenelzine|tranylcypromine|moclobemide|maoi|tramadol|triptan|sumatriptan|rizatriptan|zolmitriptan|linezolid|methylene blue|st johns wort|mdma|molly|ecstasy|dextromethorphan";
const AE_ANTIPSYCHOTIC =
  "antipsychotic\\w*|haloperidol|olanzapine|risperidone|quetiapine|aripiprazole|clozapine|chlorpromazine|zuclopenthixol|flupentixol|paliperidone|depot (?:injection|jab)|metoclopramide|prochlorperazine";
const AE_PARKINSON = "levodopa|co careldopa|co beneldopa|sinemet|madopar|rotigotine|ropinirole|pramipexole|parkinson\\w*";
// set p's anticoagulants plus the injected ones (low-molecular-weight heparins, fondaparinux)
const AE_THINNER = `${P_THINNER}|enoxaparin|clexane|dalteparin|fragmin|tinzaparin|fondaparinux|blood thinner\\w*`;
const AE_RULES: TriageRuleSpec[] = [
  {
    id: "triage.sepsis.fever-after-named-chemo",
    level: E,
    finding: "fever or shivers after a named chemotherapy drug or cycle (possible neutropenic sepsis)",
    all: [
      "docetaxel|paclitaxel|taxol|taxotere|carboplatin|cisplatin|oxaliplatin|folfox|folfiri|folfirinox|capox|xelox|cyclophosphamide|doxorubicin|epirubicin|gemcitabine|irinotecan|etoposide|vincristine|cytarabine|ifosfamide|(?:cycle|round|course|dose|infusion) of (?:my |her |his )?(?:chemo\\w*|treatment)|neutropenic (?:part|phase|window|period|stage)",
      AE_FEVERISH
    ],
    unless: [AE_PAST, "(?:finished|completed|ended) ~4 (?:months|years) ago|what (?:temp|temperature|number)|(?:should|do|when) (?:i|we) ~3 (?:call|ring) if"]
  },
  {
    id: "triage.blood.sickle-fever-abbreviated",
    level: E,
    finding: "fever in sickle cell disease (needs assessment within the hour)",
    all: ["scd|hbss|hb ss|sickle|sickler", AE_FEVERISH],
    unless: [AE_PAST, "trait|tract|carrier|(?:if|when) (?:he|she|they|i) (?:gets?|has|have) (?:a )?(?:fever|temp)"]
  },
  {
    id: "triage.sepsis.fever-on-white-cell-drug",
    level: E,
    finding: "a high temperature with shivers or feeling very unwell on a drug that can wipe out white cells (possible agranulocytosis)",
    all: [
      "clozapine|clozaril|carbimazole|methimazole|propylthiouracil|methotrexate|deferiprone|sulfasalazine|sulphasalazine|mercaptopurine",
      AE_HIGH_TEMP,
      "shiver\\w*|shaking|shakes|rigou?rs|chills|(?:very|really|so) (?:unwell|ill|weak)|confus\\w*|faint\\w*|collaps\\w*"
    ],
    unless: [AE_PAST, "can i (?:take|drink|have)|is it safe|before starting|(?:will|would|could|can|does|do) ~4 (?:cause|give)"]
  },
  {
    id: "triage.diabetes.low-sugar-on-insulin-or-sulfonylurea-drowsy",
    level: E,
    finding: "a low sugar on insulin or a sulfonylurea with drowsiness or confusion (sulfonylurea lows come back)",
    all: [
      "gliclazide|glipizide|glibenclamide|glyburide|glimepiride|sulfonylurea|sulphonylurea|diamicron|insulin|novorapid|humalog|lantus|levemir|tresiba",
      "hypo|hypos|hypoglyc\\w*|low (?:blood )?sugar\\w*|(?:reading|readings|sugar|sugars|glucose|bm|level|levels|meter) ~3 (?:[12]\\.\\d|3\\.[0-2])(?![0-9.])",
      "drowsy|confus\\w*|not making sense|hard to (?:wake|rouse)|barely (?:awake|responsive|responding)|unresponsive|slurr\\w*|(?:wont|cant|cannot|unable to|not able to) ~2 (?:wake|swallow)"
    ],
    unless: [AE_PAST, "last (?:week|night)|what (?:is|are) the (?:signs|symptoms)|now (?:fine|ok|okay|normal|better|(?:[4-9]|1\\d)(?:\\.\\d)?(?![0-9.]))|back (?:up )?to normal"]
  },
  {
    id: "triage.cardiac.vad-driveline-infection",
    level: E,
    finding: "a heart pump (LVAD) driveline with pus, fever or shivers (possible serious infection)",
    all: ["lvad|driveline|drive line|heart pump", AE_FEVERISH],
    unless: [AE_PAST, "how (?:often|do|to)|airport|security|shower\\w*"]
  },
  {
    id: "triage.poisoning.serotonin-agitated-hot",
    level: E,
    finding: "agitation, jerking or confusion with heat or big pupils on a serotonin-raising drug (serotonin toxicity)",
    all: [
      AE_SEROTONERGIC,
      "agitat\\w*|jerk\\w*|twitch\\w*|clonus|rigid|confus\\w*|hallucinat\\w*",
      `${AE_HOT}|pupils ~3 (?:huge|big|massive|dilated|enormous|wide)|dilated pupils`
    ],
    unless: [AE_PAST, "what are the signs|signs of|(?:can|could|does|do|will) ~4 (?:cause|interact)"]
  },
  {
    id: "triage.neuro.rigid-and-hot-antipsychotic-or-parkinson",
    level: E,
    finding: "rigid with heat, confusion or unable to swallow on an antipsychotic or with Parkinson's medicine stopped (NMS or parkinsonism-hyperpyrexia)",
    all: [
      `${AE_ANTIPSYCHOTIC}|${AE_PARKINSON}`,
      "rigid|stiff as a (?:board|plank)|(?:very|really|so|completely|totally) stiff|locked up|seized up",
      `${AE_HOT}|confus\\w*|(?:cant|can not|cannot|unable to|not able to|wont) swallow|drowsy|sweat\\w*`
    ],
    unless: [AE_PAST, "what (?:side effects|are the signs)|signs of"]
  },
  {
    id: "triage.neuro.seizure-cluster-not-recovering",
    level: E,
    finding: "several fits close together without full recovery in between",
    all: [
      "(?:[2-9]|two|three|four|five|six|several|multiple|many) ~2 (?:seizures|fits|convulsions)",
      "(?:without|not|never|hasnt|didnt|doesnt) ~2 (?:waking|wake|woken|coming round|come round|coming to|come to|recover\\w*|back to normal)|confus\\w* ~2 (?:between|in between)|back to back|one after (?:another|the other)"
    ],
    unless: [AE_PAST, "free|(?:this|last) (?:week|month|year)"],
    notNegatable: true
  },
  {
    id: "triage.neuro.legs-weak-saddle-numb",
    level: E,
    finding: "legs going weak with numbness around the bottom or bladder trouble (possible spinal cord or cauda equina compression)",
    all: [
      "cancer|tumou?r|mets|metasta\\w*|myeloma|lymphoma|spine|spinal|back",
      "(?:legs?|feet) ~3 (?:went|gone|going|go|giving|gave|suddenly|are|is|feel|feels) ~2 (?:weak|numb|way|jelly|dead)|(?:cant|can not|cannot|unable to) (?:walk|stand|feel (?:my|his|her) legs)",
      "numb\\w* ~4 (?:bottom|bum|backside|buttocks|saddle|groin|genitals|privates|private (?:area|parts)|between (?:my|his|her|the) legs|back passage)|(?:bottom|bum|saddle|groin) ~3 numb\\w*|(?:cant|can not|cannot|unable to|not able to) ~2 (?:pee|wee|urinate|pass urine)|(?:lost|losing|no) control ~3 (?:bladder|bowel\\w*|pee|wee)|(?:wet|wetting) (?:himself|herself|myself)"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|recovering"]
  },
  {
    id: "triage.metabolic.metformin-lactic-acidosis",
    level: E,
    finding: "metformin with fast or deep breathing and vomiting, clamminess or drowsiness (possible lactic acidosis)",
    all: [
      "metformin|glucophage",
      "(?:fast|rapid|deep|heavy|hard) ~2 breath\\w*|breath\\w* ~3 (?:fast|rapid|deep|hard|heavy)|gasping|short of breath|breathless",
      "vomit\\w*|throwing up|being sick|clammy|cold sweat|drowsy|confus\\w*|(?:belly|stomach|tummy) pain"
    ],
    unless: [AE_PAST, "slow release|since starting|mild"]
  },
  {
    id: "triage.bleeding.haemophilia-dangerous-site",
    level: E,
    finding: "a bleed or swelling in the neck, throat, head or belly in someone with a bleeding disorder",
    all: [
      "haemophilia|hemophilia|haemophiliac|hemophiliac|von willebrand\\w*|bleeding disorder|factor (?:viii|ix|8|9) deficien\\w*",
      "neck|throat|swallow\\w*|head|belly|tummy|stomach|abdomen|groin|hip|breath\\w*|tongue",
      "swell\\w*|swollen|bleed\\w*|harder to|hard to|cant"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|(?:can|should) (?:i|he|she|we) (?:have|get|do|play|take)"]
  },
  {
    id: "triage.bowel.severe-bloody-diarrhoea-immunotherapy-or-colitis",
    level: E,
    finding: "bloody or very frequent diarrhoea on checkpoint immunotherapy, or a colitis flare with many bloody stools and a fast pulse or fever",
    all: [
      "pembrolizumab|keytruda|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab|durvalumab|cemiplimab|immunotherapy|checkpoint inhibitor|colitis|crohn\\w*|ibd|inflammatory bowel",
      "diarrh\\w*|stools|poos|bowel (?:movements|motions)|bloody",
      "(?:diarrh\\w*|stools|poos) ~3 (?:with )?blood|bloody (?:diarrh\\w*|stools|poos)|(?:[6-9]|1\\d|2\\d|ten|twelve|fifteen|twenty) ~3 (?:times|a day|per day|today|stools|bloody|poos)",
      "immunotherapy|pembrolizumab|keytruda|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab|durvalumab|cemiplimab|(?:heart rate|pulse|hr|heart) ~3 (?:(?:9\\d|1\\d\\d))(?![0-9])|fever\\w*|(?:temp|temperature) ~3 (?:3[89]|37\\.[89])|3[89]\\.\\d|swollen|distend\\w*|dizzy|faint\\w*"
    ],
    unless: [AE_PAST, "last (?:week|month|year)"]
  },
  {
    id: "triage.cardiac.faint-palpitations-qt-drug",
    level: E,
    finding: "fainting with palpitations on a drug that can prolong the QT interval",
    all: [
      "methadone|sotalol|amiodarone|haloperidol|citalopram|escitalopram|erythromycin|clarithromycin|azithromycin|ondansetron|quinine|domperidone|flecainide|hydroxychloroquine|levofloxacin|moxifloxacin|ciprofloxacin|antibiotic\\w*|long qt",
      "(?:heart|chest) ~3 (?:flutter\\w*|racing|pounding|skip\\w*|funny|jump\\w*|thump\\w*|irregular|weird|flip\\w*)|palpitation\\w*",
      "fainted|passed out|blacked out|black out|collapsed|lost consciousness"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|used to"]
  },
  {
    id: "triage.cardiac.very-fast-heart-not-settling",
    level: E,
    finding: "a heart going 180 or more that will not settle",
    all: [
      "(?:heart|pulse|heart rate|hr) ~3 (?:going|racing|beating|pounding|is|at|of) ~2 (?:1[89]\\d|2\\d\\d)(?![0-9])",
      "wpw|wolff|svt|(?:not|isnt|wont|hasnt|doesnt) ~2 (?:stop\\w*|slow\\w*|settl\\w*|com\\w* down)|started ~3 ago|for (?:\\d+|an|over an|over) (?:min|mins|minutes|hour|hours)|dizzy|faint\\w*|chest pain|breathless"
    ],
    unless: [AE_PAST, "run|running|exercise|workout|gym|cycling|spin class|jog\\w*|sprint\\w*|max heart rate|target heart rate|zone|baby|newborn|infant|fetal|foetal|scan"],
    notNegatable: true
  },
  {
    id: "triage.metabolic.missed-dialysis-unwell",
    level: E,
    finding: "a missed dialysis session with drowsiness, weakness, breathlessness or an odd heartbeat",
    all: [
      "dialysis|haemodialysis|hemodialysis",
      "missed|skipped|didnt (?:go|make it)|couldnt (?:go|get)",
      "drowsy|hard to (?:rouse|wake)|confus\\w*|(?:short of|out of) breath|breathless|cant breathe|(?:so|very|really|too) weak|heart ~3 (?:skip\\w*|racing|slow|irregular|pound\\w*)|palpitation\\w*|chest pain"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|how (?:many|often)|what happens if|if (?:i|you|he|she) (?:miss|skip)"]
  },
  {
    id: "triage.bleeding.thinner-big-swelling-faint",
    level: E,
    finding: "a large or growing swelling or bruise on a blood thinner with faintness or low blood pressure (internal bleeding)",
    all: [
      AE_THINNER,
      "(?:huge|massive|big|large|growing|spreading|expanding|tense) ~3 (?:swelling|lump|bruis\\w*|haematoma|hematoma)|(?:swelling|lump|bruis\\w*) ~4 (?:huge|massive|growing|getting bigger)",
      "faint\\w*|(?:bp|blood pressure) ~3 (?:low|dropp\\w*|falling)|low (?:bp|blood pressure)|pale and clammy|collaps\\w*|passing out|passed out"
    ],
    unless: [AE_PAST, "last (?:week|month|year)"]
  },
  {
    id: "triage.cardiac.icd-fast-heart-dizzy",
    level: E,
    finding: "a racing or thumping heart with dizziness in someone with an implanted defibrillator",
    all: [
      "icd|aicd|defibrillator|defib",
      "(?:heart|chest) ~3 (?:thump\\w*|racing|pounding|fluttering|going (?:really |very )?fast)|palpitation\\w*|racing heart|fast heart",
      "dizzy|faint\\w*|lightheaded|light headed|chest pain|breathless|short of breath|blacked out|black out|passed out"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|mobile|phone|airport|mri|driv\\w*"]
  },
  {
    id: "triage.poisoning.colchicine-toxicity",
    level: E,
    finding: "vomiting or diarrhoea on colchicine with weakness, breathlessness or numbness (colchicine toxicity)",
    all: [
      "colchicine",
      "vomit\\w*|diarrh\\w*|being sick|throwing up",
      "weak\\w*|short of breath|breathless|numb\\w*|tingl\\w*|confus\\w*|faint\\w*|not (?:peeing|weeing)|blood"
    ],
    unless: [AE_PAST, "last (?:week|month|year)|can i take"]
  },
  {
    id: "triage.poisoning.stimulant-adhd-medicine",
    level: E,
    finding: "too much stimulant ADHD medicine with a racing heart and agitation or heat",
    all: [
      "adhd (?:med|meds|medication|medicine|tablets|pills)|ritalin|methylphenidate|concerta|elvanse|vyvanse|lisdexamfetamine|dexamfetamine|dexedrine|adderall|equasym|medikinet",
      "heart ~3 (?:pounding|racing|thumping|going)|(?:heart rate|pulse|hr) ~3 1[3-9]\\d|palpitation\\w*|racing heart|chest pain",
      `agitat\\w*|${AE_HOT}|confus\\w*|hallucinat\\w*|seiz\\w*|twitch\\w*|jerk\\w*`,
      "took|taken|extra|double\\w*|too (?:many|much)|overdos\\w*|sisters|brothers|friends|(?:1[5-9]\\d|2\\d\\d)(?![0-9])"
    ],
    unless: [AE_PAST, "last (?:week|month|year)"]
  }
];
pushEmergencyRules(AE_RULES);
// Same-day care from set ae, for people whose disease or medicine makes a small change matter: a
// transplant recipient with a temperature, cough, diarrhoea or a rise in creatinine or liver tests;
// a clinician who said to call or come in today; a potassium of 5.5 to 6.4; heart failure with
// weight gain, more swollen ankles or dizziness since a diuretic change; a line, port, fistula,
// driveline or dialysis exit site that is red, swollen, sore or leaking; more fits than usual;
// repeated lows on insulin or a sulfonylurea; a high sugar on steroids; an insulin pump blocked;
// sickness or a slow pulse on digoxin; Addison's or steroid dependence with an infection or fever;
// new stiffness, tremor or mouth movements on an antipsychotic or Parkinson's medicine; jitteriness
// or sweating after a second serotonin-raising drug; new back pain with cancer; blurred vision with
// PMR or giant cell arteritis; a shunt with a headache; a cirrhotic belly getting bigger; a cough or
// fever on a biologic or other immunosuppressant; a CF or COPD chest producing more or darker
// sputum; a lupus flare; hand-foot skin reaction on capecitabine; a spreading bruise on a thinner.
const AE_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.transplant-infection-or-rejection-signs",
    level: U,
    finding: "a transplant recipient with a temperature, cough, diarrhoea, puffiness or a rise on blood tests (transplant team today)",
    all: [
      "transplant\\w*",
      "fever\\w*|temp\\w*|(?:37\\.[5-9]|3[89](?:\\.\\d)?)(?![0-9])|cough\\w*|diarrh\\w*|vomit\\w*|creatinine|lfts?|liver (?:numbers|tests|function|bloods)|(?:went|gone|are|is) up|rejection|puffy|swollen|tender"
    ],
    unless: ["{xHypothetical}|(?:can|should) (?:i|we|he|she) (?:have|get|eat|drink|take)|vaccin\\w*|grapefruit|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.clinician-said-today",
    level: U,
    finding: "a nurse, doctor or hospital asked for a call back or a visit today",
    all: ["(?:said|told|asked|wants|want) ~4 (?:call|ring|phone|come|go|repeat|recheck|back) ~3 today|(?:call|ring|come) (?:back|in) today"],
    unless: ["{xHypothetical}|appointment (?:is|was) (?:booked|made)"]
  },
  {
    id: "triage.urgent.potassium-raised",
    level: U,
    finding: "a potassium of 5.5 to 6.4 (repeat or act on it today)",
    all: ["potassium|k level", "(?:5\\.[5-9]|6\\.[0-4])(?![0-9])"],
    unless: [AE_PAST, "normal (?:range|level)|target"]
  },
  {
    id: "triage.urgent.heart-failure-fluid-or-dizzy",
    level: U,
    finding: "heart failure with weight gain, more swelling, more breathlessness or dizziness since a water tablet change",
    all: [
      "heart failure|ccf|chf",
      "(?:put on|gained|gain\\w*|up|increase\\w*) ~3 (?:[1-9](?:\\.\\d)? ?(?:kg|kilos|lb|lbs|pounds|stone))|(?:ankles|legs|feet|tummy|belly) ~3 (?:more )?(?:swollen|swelling|puffy)|dizz\\w*|lightheaded|light headed|more breathless|breathless\\w* ~3 (?:worse|more)"
    ],
    unless: [AE_PAST, "stable|(?:how|what) (?:much|strict)"]
  },
  {
    id: "triage.urgent.line-port-fistula-site",
    level: U,
    finding: "a central line, port, fistula, VAD driveline or dialysis exit site that is red, swollen, sore or leaking",
    all: [
      "driveline|drive line|picc|(?:chemo|his|her|my|the) port|port site|portacath|hickman|central line|line site|exit site|fistula|pd catheter",
      "red|redness|pink|swollen|swelling|sore|pain\\w*|achy|discharg\\w*|ooz\\w*|crust\\w*|warm|hot|tender|leak\\w*"
    ],
    unless: [AE_PAST, "(?:keep|keeping) ~4 clean|tips|how (?:often|to|do)|(?:is|arm is|site is|looks) (?:fine|ok|okay|normal)"]
  },
  {
    id: "triage.urgent.more-fits-than-usual",
    level: U,
    finding: "more fits than the person's usual pattern (review today)",
    all: [
      "seizure\\w*|fits?|epilep\\w*",
      "(?:second|third|2nd|3rd|[2-9]|two|three|four) ~3 (?:this week|today|in a (?:day|week)|in (?:\\d|two|three) days)|more (?:seizures|fits) than usual|(?:normally|usually) ~4 (?:one|1) (?:a|per) (?:month|week)"
    ],
    unless: [AE_PAST, "free"]
  },
  {
    id: "triage.urgent.repeated-lows-on-insulin-or-sulfonylurea",
    level: U,
    finding: "repeated low sugars on insulin or a sulfonylurea (the dose needs review)",
    all: [
      "gliclazide|glipizide|glibenclamide|glyburide|glimepiride|sulfonylurea|sulphonylurea|insulin|type (?:1|2|one|two)|diabetic",
      "hypo|hypos|low sugars?|lows|(?:sugar|sugars|reading|glucose|bm) ~3 (?:[23]\\.\\d)(?![0-9])",
      "(?:second|third|2nd|3rd|[2-9]|two|three|several|few|multiple) ~3 (?:this week|hypos|times|in a week|lows)|keep (?:having|getting) (?:hypos|lows)"
    ],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.high-sugar-on-steroids",
    level: U,
    finding: "high sugars since starting steroids",
    all: ["steroid\\w*|prednisolone|prednisone|dexamethasone", "(?:sugar|sugars|glucose|bm|reading|readings) ~4 (?:1[4-9]|2\\d|3\\d)(?![0-9.])"],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.insulin-pump-blocked",
    level: U,
    finding: "an insulin pump that shows a blockage or failure with a raised sugar or ketones",
    all: ["pump|omnipod|infusion set|cannula", "occlu\\w*|blocked|blockage|kink\\w*|not delivering|no delivery|fail\\w*", "sugar|sugars|glucose|ketone\\w*|bg|reading"],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.digoxin-sick-or-slow",
    level: U,
    finding: "nausea, poor appetite, visual change or a slowish pulse on digoxin (a level today)",
    all: [
      "digoxin|lanoxin",
      "sick|nause\\w*|off (?:my|his|her) food|appetite|vomit\\w*|halo\\w*|blurr\\w*|(?:pulse|heart rate|hr) ~3 (?:[3-5]\\d)(?![0-9])|slow pulse|confus\\w*|dizz\\w*"
    ],
    unless: [AE_PAST, "before the (?:blood )?test|avoid ~3 foods?|level done"]
  },
  {
    id: "triage.urgent.adrenal-insufficiency-unwell",
    level: U,
    finding: "Addison's or steroid dependence with an infection, fever or vomiting (sick day rules, same-day review)",
    all: [
      "addison\\w*|adrenal insufficiency|hypopituitar\\w*|congenital adrenal",
      "temp\\w* ~3 (?:3[89]|10[0-4])|fever\\w*|infection|vomit\\w*|diarrh\\w*|unwell|flu"
    ],
    unless: [AE_PAST, "kit|travel|well at the moment"]
  },
  {
    id: "triage.urgent.movement-change-antipsychotic-or-parkinson",
    level: U,
    finding: "new stiffness, shaking or mouth and tongue movements on an antipsychotic or Parkinson's medicine",
    all: [
      `${AE_ANTIPSYCHOTIC}|levodopa|co careldopa|co beneldopa|sinemet|madopar`,
      "stiff\\w*|rigid\\w*|shak\\w*|tremor\\w*|tongue ~3 (?:moving|movements|sticking|rolling|darting)|lip smacking|restless\\w*|twitch\\w*|jerk\\w*",
      "more|worse|new|since|fever\\w*|temp\\w*|started|changed|increased|keeps"
    ],
    unless: [AE_PAST, "what side effects|watch (?:out )?for"]
  },
  {
    id: "triage.urgent.serotonergic-combination-jittery",
    level: U,
    finding: "jitteriness, sweating or shaking after a second serotonin-raising drug was added",
    all: [
      AE_SEROTONERGIC,
      "jitter\\w*|sweat\\w*|shak\\w*|tremor\\w*|restless\\w*|agitat\\w*",
      "added|started|new|tramadol|triptan|sumatriptan|linezolid|st johns wort"
    ],
    unless: [AE_PAST, "signs of|what are"]
  },
  {
    id: "triage.urgent.cancer-new-back-pain",
    level: U,
    finding: "new back pain in someone with cancer (possible spinal spread: MRI soon)",
    all: [
      "cancer|mets|metasta\\w*|myeloma|tumou?r",
      "back pain|(?:back|spine) ~3 (?:pain|ache|hurt\\w*|sore)|pain in (?:his|her|my) (?:back|spine)",
      "new|worse at night|at night|lying (?:down|flat)|this week|since"
    ],
    unless: [AE_PAST, "last (?:month|year)"]
  },
  {
    id: "triage.urgent.pmr-gca-vision",
    level: U,
    finding: "vision change, jaw pain or a new headache with polymyalgia or giant cell arteritis",
    all: ["pmr|polymyalgia|giant cell|temporal arteritis|gca", "vision|sight|blurr\\w*|double|jaw ~3 (?:pain|ache|hurts)|scalp|headache"],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.shunt-headache",
    level: U,
    finding: "a headache, sickness or drowsiness in someone with a brain shunt",
    all: ["shunt", "headache\\w*|vomit\\w*|drows\\w*|sleepy|irritab\\w*"],
    unless: [AE_PAST, "programmable|mri|fly|flying"]
  },
  {
    id: "triage.urgent.cirrhosis-belly-or-yellow",
    level: U,
    finding: "a belly getting bigger or tighter, or yellowing, with cirrhosis",
    all: [
      "cirrhosis|cirrhotic|liver disease",
      "(?:belly|tummy|stomach|abdomen) ~4 (?:bigger|swollen|swelling|tight\\w*|distend\\w*|growing)|yellow\\w*|jaundice\\w*"
    ],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.fever-or-cough-on-immunosuppressant",
    level: U,
    finding: "a cough or temperature on a biologic or other immunosuppressant",
    all: [
      "infliximab|adalimumab|humira|etanercept|enbrel|rituximab|ocrelizumab|tocilizumab|vedolizumab|ustekinumab|biologic\\w*|azathioprine|mycophenolate|tacrolimus|ciclosporin|cyclosporine|immunosuppress\\w*",
      "fever\\w*|temp\\w* ~3 (?:37\\.[5-9]|3[89]|10[0-4])|(?:37\\.[5-9]|3[89]\\.\\d)(?![0-9])|cough\\w*|chills|shiver\\w*"
    ],
    unless: [AE_PAST, "vaccin\\w*|can i (?:have|get|take)"]
  },
  {
    id: "triage.urgent.chronic-lung-sputum-change",
    level: U,
    finding: "more or darker sputum in cystic fibrosis, COPD or bronchiectasis (an exacerbation)",
    all: [
      "cystic fibrosis|cf|copd|bronchiectasis|emphysema",
      "(?:sputum|phlegm|mucus) ~4 (?:darker|dark|green|more|changed|thicker|colour|color|yellow|blood\\w*)|coughing more|more ~2 (?:cough\\w*|sputum|phlegm)"
    ],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.lupus-flare",
    level: U,
    finding: "a lupus flare with joint pain or a new rash",
    all: ["lupus|sle", "flar\\w*|new rash|rash ~3 (?:cheeks|face)"],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.hand-foot-skin-reaction",
    level: U,
    finding: "sore, red or peeling palms and soles on capecitabine or similar cancer drugs",
    all: ["capecitabine|xeloda|fluorouracil|5 fu|sunitinib|sorafenib|chemo\\w*", "(?:palms|soles|hands|feet) ~4 (?:red|sore|peel\\w*|blister\\w*|swollen|tender)"],
    unless: [AE_PAST]
  },
  {
    id: "triage.urgent.spreading-bruise-on-thinner",
    level: U,
    finding: "a large or spreading bruise on a blood thinner",
    all: [AE_THINNER, "bruis\\w* ~6 (?:spreading|growing|getting bigger)|(?:nasty|huge|big|large|massive|spreading) bruis\\w*"],
    unless: [AE_PAST, "(?:not|isnt) (?:growing|spreading|getting bigger)|small|tiny"]
  },
  // the calmer versions of first-layer emergencies that those rules now leave alone: a single ICD
  // shock and feeling well; lips puffy on an ACE inhibitor but settling; myasthenia eye symptoms
  // worse with breathing and swallowing fine; yellower eyes in sickle cell without fever or pain
  {
    id: "triage.urgent.icd-single-shock",
    level: U,
    finding: "a single shock from an implanted defibrillator with the person well afterwards (device clinic today)",
    all: ["icd|aicd|defibrillator|defib", "shock\\w*|fired|went off"],
    unless: [AE_PAST, "last (?:week|month|year)|driv\\w*|can i"]
  },
  {
    id: "triage.urgent.lip-swelling-on-ace-inhibitor",
    level: U,
    finding: "lip, tongue or face swelling on an ACE inhibitor, settling and breathing fine (stop it and be seen today)",
    all: [
      "ace inhibitor\\w*|ramipril|lisinopril|enalapril|perindopril|captopril|quinapril|trandolapril|sacubitril|entresto",
      "(?:lips?|tongue|face|eyelids?|cheeks?) ~3 (?:puffy|swollen|swelling|swelled|fat)|(?:puffy|swollen) (?:lips?|tongue|face)"
    ],
    unless: [AE_PAST, "(?:weeks|months|years) ago|last (?:month|year)"]
  },
  {
    id: "triage.urgent.myasthenia-worse",
    level: U,
    finding: "myasthenia with double vision, droopy eyelids or weakness getting worse",
    all: ["myasthenia", "double vision|seeing double|droop\\w*|weak\\w*|tired\\w*", "worse|more|new|since|this week"],
    unless: [AE_PAST, "which (?:antibiotics|drugs|medicines)|can i (?:take|have)"]
  },
  {
    id: "triage.urgent.sickle-yellow-or-tired",
    level: U,
    finding: "yellower eyes, more tiredness or paleness in sickle cell disease (blood count today)",
    all: ["sickle|scd|hbss", "yellow\\w*|jaundice\\w*|pale|tired|lethargic"],
    unless: [AE_PAST, "trait|tract|carrier|ski|school trip"]
  }
];
pushUrgentRules(AE_URGENT_RULES);

// triage-ah: concepts from set ah (an independent writer: pregnancy, birth, the weeks after it,
// pregnancy loss and procedures, and sexual and reproductive health, in the shorthand people use:
// "36+2", "8wks", "2 weeks pp", "8 months gone", "beta was positive"). Emergencies: no movements
// late in pregnancy; one-sided or shoulder-tip pain with fainting or shock in early pregnancy
// (ectopic); heavy bleeding (pads full in minutes, clots like golf balls, "like a tap") in or after
// pregnancy or a loss; two pre-eclampsia signs (bad headache, vision change, pain under the right
// ribs or a reading of 160/110 with swelling, vomiting or little urine), or sudden face and hand
// swelling with a headache; a fit in pregnancy or after birth; postpartum psychosis (being watched,
// seeing things, messages, mania, no sleep for nights); thoughts of harming the baby with fear of
// acting on them; tablets lined up; fever with severe illness after a birth, a tear, a termination,
// an ERPC or a miscarriage, or in pregnancy with fast breathing; something seen or felt poking out
// after the waters go (cord or limb), or "her insides" after the birth (uterine inversion); waters
// gone or a cerclage with strengthening pains before term; a tender hard bump with a quiet baby or
// constant pain (abruption); sudden agony with vomiting or fainting and an ovarian cyst (torsion or
// rupture); a twisted testicle; an erection for hours (priapism); a pop and a bent purple penis
// (fracture); a crackling, blackening genital infection (Fournier's). Past events ("with my
// first", "years ago") and questions stay routine.
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyAH = ["natal", "postnatal", "antenatal", "cerclage", "dermoid", "doppler", "foreskin"];
const AH_PAST = "{xHypothetical}|(?:months|years) ago|last year|with (?:my|our|her) (?:first|last|previous|older)|(?:in|during) (?:my|her) (?:first|last|previous) (?:pregnancy|birth|labou?r)|history of|used to";
// a week count that is a pregnancy, not a baby's age or a time ago
const AH_WEEKS_NOT = "(?! (?:ago|old|postpartum|pp|post|after|since|later|before|of (?:age|life)))";
const AH_WEEKS_BEFORE = "(?<!(?:baby|babys|baby is|son|daughter|son is|daughter is|hes|shes|for|past|last|every|in|after|within|about|up to) )";
const AH_LATE =
  `${AH_WEEKS_BEFORE}(?:2\\d|3\\d|4[0-2]) (?:weeks|wks|wk|w)${AH_WEEKS_NOT}|(?:[5-9]|five|six|seven|eight|nine) months (?:gone|pregnant|along)|(?:2\\d|3\\d|4[0-2]) [0-6](?= (?:and|weeks|baby|bleeding|pregnant))|(?:third|3rd) trimester`;
const AH_PREG =
  `${AH_LATE}|${S_EARLY_PREGNANCY}|pregnant|pregnancy|preg|${AH_WEEKS_BEFORE}(?:[4-9]|1\\d) (?:weeks|wks|wk|w)${AH_WEEKS_NOT}|weeks (?:gone|along|by dates)|(?:beta|hcg|test) ~7 positive|(?:ivf|embryo) transfer|by my last period`;
const AH_POSTNATAL =
  "postpartum|post partum|pp|postnatal|post natal|after (?:the )?(?:birth|delivery|baby)|since (?:the )?birth|gave birth|given birth|had (?:the |a |my |our )?(?:baby|twins|son|daughter)|(?:just )?delivered|c section|caesarean|cesarean|(?:daughter|son|baby) was born|(?:days?|weeks?) after (?:the )?(?:birth|delivery)";
const AH_LOSS =
  "miscarr\\w*|termination|abortion|erpc|d and c|evacuation|manual vacuum|retained (?:products|tissue|placenta)|molar pregnancy|medical management";
const AH_FEVER = "high temp\\w*|fever\\w*|temp\\w* ~3 (?:3[89]|4[01]|10[0-4])|(?:3[89]|4[01])\\.\\d|shiver\\w*|rigou?rs|shaking|chills";
const AH_RULES: TriageRuleSpec[] = [
  {
    id: "triage.pregnancy.no-movements-late",
    level: E,
    finding: "no movements from the baby for hours late in pregnancy (same-hour maternity assessment)",
    notNegatable: true,
    all: [
      `${AH_LATE}|baby|babys|kicks`,
      "(?:havent|hasnt|not|didnt|dont) (?:felt|feel|had) ~3 (?:move|moving|movement\\w*|kick\\w*)|no (?:movement\\w*|kicks|kicking) ~4 (?:all day|since|for|today|whatsoever|at all|in \\d+)|nothing from (?:the )?baby|(?:last night|this morning|all day) nothing|nothing since|cant find ~3 (?:heartbeat|heart beat|anything on (?:my|the) (?:home )?doppler)"
    ],
    unless: [AH_PAST, "came back|(?:moving|moved|kick\\w*|wriggl\\w*) ~3 again|(?:started|back to) (?:moving|kicking)|felt (?:\\d+|ten|a few|some|lots of) (?:kicks|movements)|kick count|yet|first (?:kicks|movements|time)|when (?:will|do|should)|too early"]
  },
  {
    id: "triage.pregnancy.early-one-sided-pain-with-shock",
    level: E,
    finding: "one-sided or low pain in early pregnancy with fainting, shoulder-tip pain or signs of shock (possible ruptured ectopic)",
    all: [
      AH_PREG,
      `${S_LOW_SIDE_PAIN}|pain ~4 (?:on|in) the (?:left|right)|(?:left|right) ~3 pain|(?:lower|low in (?:my|her)) belly|hip bone`,
      "{faint}|fainted|passed out|nearly fainted|came round|spinning|(?:sweaty|sweating|clammy) ~3 (?:shaky|pale|white|grey|dizzy)|white as a sheet|grey|gray|(?:bp|blood pressure) ~4 (?:[4-8]\\d)/\\d+|(?:bp|blood pressure) ~4 low|shoulder ~3 (?:pain|hurts|ache\\w*|tip)|(?:right|left) shoulder|needing the toilet"
    ],
    unless: [AH_PAST, "not pregnant|ectopic (?:before|last)|(?:1[4-9]|[23]\\d) (?:weeks|wks)"]
  },
  {
    id: "triage.pregnancy.heavy-bleeding-in-or-after-pregnancy",
    level: E,
    finding: "heavy bleeding in pregnancy, after a birth or during a pregnancy loss (pads full in minutes, large clots, pouring)",
    all: [
      `${AH_PREG}|${AH_POSTNATAL}|${AH_LOSS}`,
      "(?:bleed\\w*|blood) ~6 (?:so heavy|really heavy|very heavy|way heavier|much heavier|heavier|quite a lot|loads|pouring|gushing|like a tap|turn on the tap)|heavy ~3 turn on the tap|gush of blood|(?:big|large|huge|massive) (?:gush|clots)|clots (?:like|the size of) ~2 (?:golf|plum|plums|lemon|lemons|fist|egg|eggs|palm)\\w*|(?:golf ball|plum|lemon|fist) sized clots|pad (?:is )?full ~3 every|(?:through|soaked|soaking|filled|filling) ~3 (?:a pack|pack|packet|maternity pads|towels)|(?:bath mats?|sheets|bed|towels?) ~3 (?:ruined|soaked|covered)"
    ],
    unless: [AH_PAST, "not (?:heavy|a lot)|periods ~4 (?:heavy|heavier)"]
  },
  {
    id: "triage.pregnancy.preeclampsia-two-signs",
    level: E,
    finding: "two signs of pre-eclampsia late in pregnancy or after the birth (bad headache, vision change, pain under the right ribs or a very high reading with swelling or vomiting)",
    all: [
      `${AH_LATE}|${AH_POSTNATAL}|post nasal day`,
      "(?:bad|severe|terrible|horrible|awful|pounding|splitting|worst|thumping|blinding|killer) ~2 headache|head ~3 (?:splitting|pounding|killing)|(?:vision|sight|eyes) ~3 (?:blurry|blurred|sparkl\\w*|flash\\w*|spots|zigzag\\w*|funny|went)|seeing (?:double|spots|stars|sparkles|flashing)|sparkles|flashing lights|(?:under|below) (?:my|her|the) ribs ~3 right|right ~3 (?:under|below) ~2 ribs|(?:1[6-9]\\d|2\\d\\d)/\\d+|\\d+/(?:1[1-9]\\d)",
      "swollen|swelling|puffy|throw\\w* up|thrown up|vomit\\w*|being sick|(?:barely|hardly|not) (?:peed|peeing|weeing)|headache|vision|seeing|ribs|(?:1[4-9]\\d|2\\d\\d)/\\d+|\\d+/(?:9\\d|1\\d\\d)"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.pregnancy.sudden-face-hand-swelling-headache",
    level: E,
    finding: "sudden swelling of the face or hands with a headache, vision change or little urine late in pregnancy",
    all: [
      AH_LATE,
      "(?:face|hands|feet) ~6 (?:swollen|swelling|puffy)|(?:swelling|swollen|puffy) ~4 (?:face|hands)",
      "headache|(?:vision|sight) ~3 (?:blurry|blurred|spots|flash\\w*)|seeing (?:double|spots|stars)|(?:barely|hardly) (?:peed|peeing|weeing)|throw\\w* up|thrown up|vomit\\w*"
    ],
    unless: [AH_PAST, "goes down overnight|by (?:the )?evening"]
  },
  {
    id: "triage.pregnancy.fit-in-pregnancy-or-after-birth",
    level: E,
    finding: "a fit in pregnancy or after the birth (possible eclampsia)",
    all: [
      `${AH_PREG}|${AH_POSTNATAL}`,
      "(?:had|having|has) ~3 (?:fit|seizure|convulsion)|(?:whole body|arms and legs|body) ~3 (?:jerking|shaking|twitching|stiff)|fitting|seizing|convulsing"
    ],
    unless: [AH_PAST, "epilep\\w* ~8 (?:meds|medication|tablets|controlled|safe)|as a (?:child|kid|baby)"]
  },
  {
    id: "triage.mental.postpartum-psychosis",
    level: E,
    finding: "strange beliefs, hallucinations or mania in the weeks after a birth (possible postpartum psychosis)",
    all: [
      `${AH_POSTNATAL}|the baby|my baby|her baby|newborn`,
      "cameras|being watched|watching (?:me|us)|(?:seeing|hearing) (?:things|voices)|things that arent there|messages ~3 (?:code|tv|radio)|sending (?:me|her) messages|god (?:told|is telling|says|wants)|devil|possessed|manic|talking (?:nonstop|non stop|constantly)|(?:doesnt|dont) need to (?:feed|sleep|eat)|isnt (?:my|our|her) (?:baby|real)|replaced (?:my|the|our) baby|poison\\w* (?:me|the baby|us)"
    ],
    unless: [AH_PAST, "is it (?:normal|common)|what (?:is|are)"]
  },
  {
    id: "triage.crisis.thoughts-of-harming-baby-with-intent",
    level: E,
    crisis: true,
    finding: "thoughts of harming the baby with fear of acting on them",
    all: [
      "(?:thoughts|urges?|thinking|images) (?:about|of) ~2 (?:hurting|harming|killing|smothering|shaking|drowning|suffocating) (?:my|the|our|her) (?:baby|son|daughter|newborn)|(?:want|going) to (?:hurt|harm|smother|shake|kill) (?:my|the|our) (?:baby|son|daughter|newborn)|urges? to (?:hurt|harm|smother|shake|kill|drown|suffocate) (?:my|the|our|her) (?:baby|son|daughter|newborn)",
      "act on|tonight|going to|cant stop myself|scared (?:ill|i will|i might)|afraid (?:ill|i will|i might)|might do it|plan"
    ],
    unless: ["{xHypothetical}|would never|is it normal|intrusive thoughts ~4 (?:normal|common)"]
  },
  {
    id: "triage.crisis.tablets-lined-up",
    level: E,
    crisis: true,
    finding: "tablets set out ready with hopeless words",
    all: [
      "(?:tablets|pills|meds|medication) ~3 (?:lined up|counted out|laid out|set out)|lined up (?:my|the|all) ~2 (?:tablets|pills)",
      "everyone|better off|cant do this|anymore|end it|goodbye|no point|not going to call|cant go on"
    ],
    unless: ["{xHypothetical}|organi[sz]er|dosette|for the week"]
  },
  {
    id: "triage.sepsis.fever-after-birth-or-pregnancy-loss",
    level: E,
    finding: "fever or shivers with severe illness after a birth, a tear, a termination, an ERPC or a miscarriage, or in pregnancy (possible sepsis)",
    all: [
      `${AH_POSTNATAL}|${AH_LOSS}|${AH_PREG}|tear ~4 stitch\\w*`,
      AH_FEVER,
      "awful pain|(?:pain|hurts) ~3 (?:everywhere|unbearable|severe)|barely (?:stand|walk|move)|cant (?:stand|get up)|(?:bp|blood pressure) ~4 low|low (?:bp|blood pressure)|feel (?:awful|terrible|so ill|really ill|very ill)|confus\\w*|breathing ~3 (?:fast|quick|rapid)|(?:fast|rapid) breathing|(?:dark|black|purple) and swollen|racing heart|heart ~3 racing|very drowsy|mottled|clammy"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.pregnancy.something-poking-out-after-waters",
    level: E,
    finding: "something seen or felt coming out after the waters went (possible cord or limb prolapse)",
    all: [
      "waters|gush|breech",
      "(?:see|feel|felt|seen|saw) ~3 (?:something|a foot|foot|feet|cord|a loop|loop|hand|arm|leg)|something ~4 (?:poking|hanging|coming|sticking) out"
    ],
    unless: [AH_PAST, "(?:kick|kicks|kicking) ~4 (?:ribs|side)|under (?:my|her) ribs"]
  },
  {
    id: "triage.pregnancy.something-came-out-after-birth-shocked",
    level: E,
    finding: "something large came out after the baby with pallor, shaking or faintness (possible uterine inversion or haemorrhage)",
    all: [
      "delivered|gave birth|after the baby|after birth|had the baby|given birth",
      "something ~4 (?:came out|coming out|hanging out)|(?:her|my) insides",
      "insides|white|pale|shaky|faint\\w*|grey|gray|collaps\\w*|dizzy"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.pregnancy.preterm-waters-or-stitch-with-pains",
    level: E,
    finding: "waters gone or a cervical stitch in place before term with strengthening or regular pains or bleeding (preterm labour)",
    all: [
      `${AH_WEEKS_BEFORE}(?:2\\d|3[0-6]) (?:weeks|wks|wk|w)${AH_WEEKS_NOT}`,
      "waters ~3 (?:went|gone|broke|broken|burst)|stitch|cerclage",
      "(?:pains|contractions|tightenings) ~4 (?:stronger|closer|regular|coming and going)|(?:strong|regular) ~2 (?:pains|contractions|tightenings)|bleed\\w*"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.pregnancy.bleeding-with-cramps-late",
    level: E,
    finding: "bleeding with cramps, waves of pain or contractions from 20 weeks (possible preterm labour or abruption)",
    all: [
      AH_LATE,
      "bleed\\w*",
      "cramp\\w*|contractions|tightenings|(?:pains?|cramps?) ~4 (?:waves|coming and going|come and go)"
    ],
    unless: [AH_PAST, "after sex|spotting|braxton"]
  },
  {
    id: "triage.pregnancy.tender-hard-bump-quiet-baby",
    level: E,
    finding: "a tender or hard bump with constant pain, bleeding or a quieter baby late in pregnancy (possible abruption)",
    all: [
      AH_LATE,
      "(?:bump|belly|tummy|womb|uterus) ~4 (?:tender|rock hard|rigid|hard as)",
      "quieter|less active|moving less|not moving|bleed\\w*|(?:doesnt|wont|didnt|hasnt) (?:stop|ease|go away)|constant"
    ],
    unless: [AH_PAST, "(?:belly button|stretch marks)"]
  },
  {
    id: "triage.gynae.cyst-sudden-severe-pain",
    level: E,
    finding: "sudden severe pain with vomiting, fainting or sweating in someone with an ovarian cyst (possible torsion or rupture)",
    all: [
      "cyst|ovary|ovarian|dermoid",
      "sudden\\w*|agony|0 to 100|excruciating|agonising|agonizing|ruptur\\w*|twist\\w*",
      "vomit\\w*|throwing up|being sick|{faint}|sweat\\w*|bloated|cant stand"
    ],
    unless: [AH_PAST, "what (?:is|are|happens)|could (?:a|an|my)"]
  },
  {
    id: "triage.surgical.young-sudden-lower-side-pain-vomiting",
    level: E,
    finding: "a child or teenager with sudden one-sided lower belly pain and vomiting (possible ovarian torsion or appendicitis)",
    all: [
      "(?:[5-9]|1[0-7]) (?:year old|years old|yo|yr old|yrs old)|teenage\\w*|teen",
      "sudden\\w*",
      "(?:pain|pains|agony|ache|cramp\\w*) ~4 (?:low (?:down )?)?on the (?:right|left)|(?:lower|low) (?:right|left)|(?:right|left) (?:lower|low)|(?:right|left) side|one side",
      "vomit\\w*|being sick|throwing up|been sick"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.urology.testicle-twisted",
    level: E,
    finding: "a testicle that feels twisted or suddenly becomes very painful and swollen (possible torsion)",
    all: [
      "ball|balls|testicle\\w*|testis|scrotum",
      "twist\\w*|sudden\\w*|excruciating|agony|agonising|agonizing",
      "swollen|swelling|excruciating|agony|vomit\\w*|throwing up|high up|mins ago|minutes ago|hours? ago"
    ],
    unless: [AH_PAST, "vasectomy|when i was|surgery|what does"]
  },
  {
    id: "triage.urology.erection-for-hours",
    level: E,
    finding: "an erection lasting hours that is painful or not from arousal (priapism)",
    all: [
      "(?:erect|erection|hard|rock hard|stiff|boner) ~6 (?:over )?(?:[3-9]|1\\d|\\d\\.\\d) (?:hours|hrs)|(?:[3-9]|1\\d|\\d\\.\\d) (?:hours|hrs) ~4 (?:erect|erection|hard|rock hard|stiff)|been (?:[3-9]|1\\d|\\d\\.\\d) (?:hours|hrs) ~3 (?:still )?(?:hard|rock hard|erect|stiff)",
      "erect|erection|penis|boner|viagra|sildenafil|cialis|tadalafil|injection|aroused|ed",
      "pain\\w*|hurts|purple|dark|not aroused|wont go down|still"
    ],
    unless: [AH_PAST, "how long|too long|is that real|mate said|is it normal"]
  },
  {
    id: "triage.urology.penile-fracture",
    level: E,
    finding: "a pop or snap during an erection with swelling, bruising or bending (possible penile fracture)",
    all: [
      "pop|popped|snap|snapped|crack\\w*",
      "erection|penis|dick|shaft",
      "bent|swollen|purple|bruis\\w*|black"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.urology.genital-crackling-or-blackening",
    level: E,
    finding: "a genital or groin infection that crackles, turns black or dark purple, or smells rotten (possible Fournier's gangrene)",
    all: [
      "scrotum|balls|testicle\\w*|groin|perineum|perineal|privates|genital\\w*|down there|penis|vulva",
      "crackl\\w*|crunch\\w*|black (?:patches|skin|areas|bits)|dark purple|going black|turning black|rotting|dead skin|smells (?:awful|rotten|like rotting)",
      "fever\\w*|temp\\w*|diabet\\w*|(?:pain|hurts) ~3 (?:unbearable|severe|excruciating)|spreading|unwell|swollen"
    ],
    unless: [AH_PAST]
  }
];
pushEmergencyRules(AH_RULES);
// Same-day care from set ah: reduced movements (or movements back after a drink or lying down);
// a bleed in pregnancy that has settled; urine symptoms or a temperature in pregnancy, after a
// birth or after a loss; vomiting in pregnancy that still lets some fluid down; waters leaking or
// gone at term or a watery loss before it; a raised blood pressure or a headache late in pregnancy,
// or a midwife who said go to triage; genital sores, ulcers, blisters, discharge after a new
// partner or a painful vulval lump; unprotected sex in the last days (PEP, emergency
// contraception); a foreskin stuck back (paraphimosis); swelling after a vasectomy; purple hard
// piles; an infected nipple or breast; a teratogenic drug with a positive test; chickenpox or
// measles contact in pregnancy; a fall late in pregnancy; a wound or tear that has opened; low
// mood after a birth without a plan; pain with a temperature after a coil or with discharge.
const AH_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.movements-reduced-or-came-back",
    level: U,
    finding: "fewer or weaker movements, or movements that stopped and came back, late in pregnancy (maternity assessment today)",
    notNegatable: true,
    all: [
      `${AH_LATE}|baby|babys|kicks`,
      "less active|quieter|fewer (?:kicks|movements)|moving less|not moving as much|(?:movements|kicks|moving) ~3 (?:reduced|less|slower|fewer|quieter|weaker|changed|came back|again)|(?:moved|kick\\w*|wriggl\\w*) ~3 (?:again|came back)|reduced (?:fetal |foetal )?movements|(?:didnt|not) (?:felt|feel) ~3 (?:move|moving|kick\\w*) ~~8 (?:came back|again|now)"
    ],
    unless: [AH_PAST, "how do i count|when should i start"]
  },
  {
    id: "triage.urgent.pregnancy-bleed-settled",
    level: U,
    finding: "a bleed in pregnancy, now settled (early pregnancy unit or maternity check today)",
    all: [AH_PREG, "(?:a |had a |some |light |fresh |red )?(?:bleed|bleeding)", "stopped|settled|eased|this morning|today|last night|after sex"],
    unless: [AH_PAST, "gums?|nose|nosebleeds?|is it normal|future reference|before (?:i|she) (?:was|got) pregnant|intermenstrual|trying to (?:get pregnant|conceive)"]
  },
  {
    id: "triage.urgent.urine-symptoms-pregnancy-or-after-birth",
    level: U,
    finding: "urine symptoms in pregnancy or after the birth (a urine test today: infection can spread fast)",
    all: [
      `${AH_PREG}|${AH_POSTNATAL}`,
      "wee|pee|urine|peeing|weeing",
      "smell\\w*|cloudy|burn\\w*|sting\\w*|agony|hurts|pain|blood|temp\\w*|fever\\w*"
    ],
    unless: [AH_PAST, "leak\\w* ~4 (?:sneeze|cough|laugh|run|jump)|pelvic floor|exercises"]
  },
  {
    id: "triage.urgent.temperature-pregnancy-birth-or-loss",
    level: U,
    finding: "a temperature in pregnancy, after a birth or after a pregnancy loss",
    all: [
      `${AH_PREG}|${AH_POSTNATAL}|${AH_LOSS}`,
      "fever\\w*|temp\\w* ~3 (?:3[89]|37\\.[5-9])|(?:3[89]|37)\\.\\d(?![0-9])|high temp\\w*|mild temp\\w*|temperature"
    ],
    unless: [AH_PAST, "bath|water temp\\w*|room temp\\w*|basal"]
  },
  {
    id: "triage.urgent.pelvic-pain-fever-after-coil-or-sti",
    level: U,
    finding: "pelvic pain with a temperature after a coil fitting or with discharge (possible pelvic infection)",
    all: ["coil|iud|ius|mirena|new partner", "pain\\w*", "temp\\w*|fever\\w*"],
    unless: [AH_PAST]
  },
  {
    id: "triage.urgent.pregnancy-vomiting-some-down",
    level: U,
    finding: "vomiting or diarrhoea in pregnancy over a day or more, only just keeping fluids down",
    all: [
      AH_PREG,
      "vomit\\w*|throwing up|being sick|sickness|diarrh\\w*",
      "keep (?:down|anything)|kept down|managing to|sips|(?:feel|feeling) (?:weak|rough)|most things|for (?:\\d|two|three) days|since last night|dehydrat\\w*"
    ],
    unless: [AH_PAST, "once a day|eating and drinking fine"]
  },
  {
    id: "triage.urgent.waters-leaking-or-gone",
    level: U,
    finding: "waters gone or leaking, green waters, or a new watery loss in pregnancy",
    all: [
      AH_PREG,
      "waters ~4 (?:broke|broken|gone|went|might have|leaking|burst|green\\w*)|leak\\w* ~4 (?:fluid|water\\w*)|(?:clear|watery) (?:fluid|discharge) ~6 (?:leak\\w*|keeps|coming|increased|more)|trickle of (?:clear )?fluid|green\\w* (?:waters|fluid)"
    ],
    unless: [AH_PAST, "how do (?:i|you) know|curious|nothings happening|vs"]
  },
  {
    id: "triage.urgent.raised-bp-late-pregnancy",
    level: U,
    finding: "a raised blood pressure in pregnancy, or a midwife who said to go in (check today)",
    all: [
      `${AH_LATE}|midwife|pregnan\\w*`,
      "(?:14\\d|15\\d)/\\d+|\\d+/(?:9\\d|10\\d)|(?:bp|blood pressure) ~4 (?:high|raised|up)|(?:said|told) ~4 (?:go|come) to (?:triage|maternity|labou?r ward|day assessment)"
    ],
    unless: [AH_PAST, "signs of|what (?:is|are)|(?:bp|blood pressure) ~6 (?:fine|normal)"]
  },
  {
    id: "triage.urgent.headache-late-pregnancy",
    level: U,
    finding: "a headache from 20 weeks of pregnancy (blood pressure and urine check today)",
    all: [AH_LATE, "headache\\w*"],
    unless: [AH_PAST, "signs of|what (?:is|are)"]
  },
  {
    id: "triage.urgent.genital-symptoms-after-new-partner",
    level: U,
    finding: "genital sores, ulcers or discharge with burning after sex with a new or casual partner (sexual health clinic soon)",
    all: [
      "discharge|ulcer|sore|sores|blister\\w*|burns when i pee|stings|warts",
      "hook up|unprotected|new partner|someone new|sex worker|no condom|condom",
      "burn\\w*|sting\\w*|smell\\w*|pain\\w*|swollen|yellow|green|ulcer|blister\\w*|sores"
    ],
    unless: [AH_PAST, "no symptoms|screen\\w*|what are the symptoms|is it normal"]
  },
  {
    id: "triage.urgent.genital-sores-in-pregnancy",
    level: U,
    finding: "new genital blisters or sores in pregnancy (possible herpes: matters for the birth)",
    all: [AH_PREG, "blister\\w*|sores|ulcer\\w*", "down there|vulva|vagina\\w*|genital\\w*|labia"],
    unless: [AH_PAST, "cold sores?|mouth|lip"]
  },
  {
    id: "triage.urgent.painful-lump-vaginal-entrance",
    level: U,
    finding: "a painful swollen lump at the entrance of the vagina (possible Bartholin's abscess)",
    all: [
      "lump|swelling|cyst",
      "(?:entrance|opening) (?:of|to) (?:my|the|her) vagina|vaginal (?:opening|entrance)|labia|lips? of (?:my|the|her) vagina",
      "pain\\w*|hurts|swollen|sit|walk"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.urgent.unprotected-sex-recent",
    level: U,
    finding: "unprotected sex in the last few days (emergency contraception or HIV PEP are time-limited)",
    notNegatable: true,
    all: [
      "unprotected|no condom|without (?:a )?condom|condom ~2 (?:broke|split|came off|slipped)|not on (?:any )?contraception",
      "yesterday|last night|hours ago|this morning|today|\\d+ hours|(?:2|3|two|three) days",
      "hiv|pep|pregnant|morning after|emergency contraception|plan b|sex worker|worried"
    ],
    unless: [AH_PAST, "how effective|withdrawal"]
  },
  {
    id: "triage.urgent.foreskin-stuck-back",
    level: U,
    finding: "a foreskin stuck back behind a swelling head (paraphimosis: same-day reduction)",
    all: [
      "foreskin",
      "(?:cant|wont|can not|unable to) ~4 (?:back|forward|over|down)|stuck (?:back|behind)",
      "swell\\w*|swollen|pain\\w*|hurts|purple|hour"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.urgent.swelling-after-vasectomy",
    level: U,
    finding: "marked swelling, bruising or discharge after a vasectomy (possible haematoma or infection)",
    all: [
      "vasectomy|the snip",
      "swell\\w*|swollen|bruis\\w*|size of|lump|pus|infect\\w*|fever\\w*",
      "yesterday|days ago|last week|since|today|painful|pain"
    ],
    unless: [AH_PAST, "how long until|effective", "(?:getting|got) better|improving|settling|going down"]
  },
  {
    id: "triage.urgent.thrombosed-piles",
    level: U,
    finding: "a purple, hard, very painful pile (possible thrombosed haemorrhoid)",
    all: ["piles?|haemorrhoids?|hemorrhoids?", "purple|hard|blue|black", "pain\\w*|agony|cant sit|sore"],
    unless: [AH_PAST, "piles? of"]
  },
  {
    id: "triage.urgent.infected-nipple-or-breast",
    level: U,
    finding: "an infected-looking nipple or a red, hot breast (possible mastitis)",
    all: [
      "nipples?|breastfeed\\w*|feeding",
      "infect\\w*|pus|yellow crust|red ~3 (?:around|streak|patch|area|hot)|hot and swollen|(?:red|hot) lump",
      "hurts|pain\\w*|sore|temp\\w*|fever\\w*|flu|swollen|loads"
    ],
    unless: [AH_PAST, "self exam|screening"]
  },
  {
    id: "triage.urgent.teratogen-with-positive-test",
    level: U,
    finding: "a medicine that can harm a pregnancy with a positive test (prescriber today)",
    all: [
      "pregnant|test ~4 positive|positive (?:pregnancy )?test",
      "methotrexate|isotretinoin|roaccutane|accutane|valproate|epilim|mycophenolate|thalidomide|topiramate|leflunomide|finasteride"
    ],
    unless: [AH_PAST, "planning|trying|before (?:getting|trying)|want to get|could i get"]
  },
  {
    id: "triage.urgent.infection-contact-in-pregnancy",
    level: U,
    finding: "contact with chickenpox, shingles, measles or slapped cheek in pregnancy",
    all: [
      AH_PREG,
      "chickenpox|chicken pox|measles|shingles|slapped cheek|parvovirus|rubella",
      "contact|exposed|around|spent time|nephew|niece|visiting|has it|playing with"
    ],
    unless: [AH_PAST, "vaccin\\w*|immune"]
  },
  {
    id: "triage.urgent.fall-late-pregnancy",
    level: U,
    finding: "a fall or knock late in pregnancy (check, and anti-D if rhesus negative)",
    all: [
      AH_LATE,
      "(?:slipped|fell|tripped|fallen) (?:over|down|on|off|onto|and)|landed on (?:my|her) (?:bum|back|bump|belly|side|front)|car (?:crash|accident)"
    ],
    unless: [AH_PAST]
  },
  {
    id: "triage.urgent.wound-or-tear-opened",
    level: U,
    finding: "stitches or a wound that have come apart after the birth",
    all: [
      `${AH_POSTNATAL}|stitches|wound|scar`,
      "(?:stitches|wound|scar) ~6 (?:came apart|come apart|opened|opening|gap|split|gaping|burst)|(?:gap|gaping|opening) ~3 (?:wound|scar|stitches)"
    ],
    unless: [AH_PAST, "healed"]
  },
  {
    id: "triage.urgent.low-mood-after-birth",
    level: U,
    finding: "low mood most days after a birth without a plan to act (postnatal depression: GP or health visitor soon)",
    all: [
      `${AH_POSTNATAL}|baby`,
      "(?:cry|crying) (?:every day|all the time|constantly)|cant cope|really struggling|low mood|depress\\w*|(?:terrible|bad|awful|useless) (?:mum|mom|mother)|cant bond|no bond|hopeless"
    ],
    unless: [AH_PAST, "baby blues|nappy advert|feel ok otherwise"]
  }
];
pushUrgentRules(AH_URGENT_RULES);

// triage-aj: concepts from set aj (an independent writer: people at work, outdoors, in sport and
// travelling). Emergencies: heat illness with a changed mind or a collapse (steam room, sauna,
// sweat suit, hours in the sun); a fall from a height (metres, a roof, a mezzanine, a chairlift)
// with neck pain, a head-first landing or someone not moving or answering; neck pain with tingling
// or numbness in the limbs, or back pain with lost bowel or bladder control, after an injury;
// unequal pupils or a dent in the skull after a blow; a near-drowning with fast or crackly
// breathing, or a swimmer who has not come back up; an object through the thigh, chest, belly or
// neck, or through the eyeball; a firearm wound; deep gashes from a propeller or power tool with
// heavy bleeding; a blow to the eye with blood pooled in front of it, double vision, a sunken eye or
// an eye that cannot look up; an extensive or deep burn (boiling oil, wet cement, phenol) with
// shock or numb skin; a crush under a tractor, horse or vehicle with a swelling belly, paleness or
// a hurt pelvis; an avalanche burial; an injured person who cannot move, alone, in the cold or
// dark; a snake bite with drooping eyelids or blurred vision, or any bite or sting with swelling
// lips and dizziness; confusion, unsteady walking or vomiting at high altitude; a fuel heater in
// a closed space with memory loss or blurred vision (carbon monoxide); a big electric shock with
// burns or an irregular heartbeat; joint pain, skin marbling or weakness after diving (the bends);
// a slow or irregular heart after eating wild plants; an explosion with coughed blood or chest
// pain; a collapse with a weak pulse. Past events and general questions stay routine.
const AJ_PAST = "{xHypothetical}|(?:months|years) ago|last (?:year|summer|winter|month)|as a (?:kid|child|teen\\w*)|used to|history of|years back";
const AJ_BODY_CORE = "thigh|chest|belly|stomach|abdomen|tummy|neck|groin|torso";
const AJ_RULES: TriageRuleSpec[] = [
  {
    // heat illness with a changed mind is heat stroke until proven otherwise
    id: "triage.environment.heat-with-altered-mind",
    level: E,
    finding: "heat exposure with confusion, strange talk or a collapse (possible heat stroke)",
    all: [
      "steam room|sauna|saunas|sweat suit|plastic suit|bin bags|cutting weight|in the sun|in the heat|heat ?wave|(?:hours|hrs|all day) ~4 (?:sun|heat)|hot (?:kitchen|attic|car|day|weather)|(?:3[89]|4\\d) degrees|(?:10\\d|11\\d) degrees",
      "confus\\w*|saying (?:strange|weird|odd|random) (?:stuff|things)|talking (?:nonsense|gibberish|rubbish)|not making sense|collapsed|barely (?:responds|responding|conscious|awake)|wont wake|unresponsive|delirious|acting (?:drunk|strange|weird)"
    ],
    unless: [AJ_PAST, "sunburn\\w*|sun ?cream|sunscreen|confused about|confused by|dementia|alzheimer\\w*|for (?:months|years)|(?:gets|get) (?:confused|muddled)|should (?:we|i) (?:buy|get)"]
  },
  {
    // a fall from a height: the mechanism alone makes neck pain or a still, silent person an emergency
    id: "triage.trauma.fall-from-height-red-flags",
    level: E,
    finding: "a fall from a height with neck pain, a head-first landing, or someone not moving or not answering",
    notNegatable: true,
    all: [
      "(?:fell|fall|fallen|falling|slipped|came off|went off|dropped) ~8 (?:(?:[2-9]|[1-9]\\d) (?:m|metres|meters|metre|meter)|(?:[6-9]|[1-9]\\d) (?:ft|feet|foot)|roof|mezzanine|chair ?lift|scaffold\\w*|cliff|balcony|stairwell|loft|crag|ground fall|rafters)|ground fall",
      "neck ~3 (?:pain|hurts|sore|agony)|(?:pain|hurts) ~3 neck|wont (?:turn|move) (?:his|her|my) (?:head|neck)|head first|headfirst|not (?:moving|answering|responding|waking|talking)|(?:wont|cant|doesnt) (?:answer|respond|wake)|unconscious|knocked out|bleeding from (?:the|his|her|my) (?:head|ears?)|cant feel (?:his|her|my) (?:legs|arms|feet|hands)|one pupil|pupils? ~4 (?:bigger|different|unequal|blown)"
    ],
    unless: [AJ_PAST, "(?:didnt|doesnt|never) (?:hit|lose)|was fine|is fine|(?:feels|seems) fine|last week|(?:days|weeks) ago|now and then|sometimes|on and off"]
  },
  {
    // after an injury, neck pain with limb tingling, or back pain with lost sphincter control, is a cord injury until proven otherwise
    id: "triage.trauma.spine-injury-signs",
    level: E,
    finding: "neck or back pain after an injury with tingling or numb limbs, or lost bowel or bladder control (possible spinal cord injury)",
    all: [
      "crash\\w*|(?:went|came off|flew) ~4 into (?:a|the) (?:tree|wall|post|car|barrier|fence|pole)|came off|fell|fall|fallen|tackle\\w*|dived|dove|diving|thrown|collision|accident",
      "neck ~4 (?:pain|hurts|sore|agony|killing)|(?:pain|hurts) ~3 neck|back ~3 (?:pain|hurts|agony)|(?:pain|hurts) ~3 back",
      "(?:tingl\\w*|numb\\w*|pins and needles|cant feel|weak\\w*) ~4 (?:both|arms|legs|hands|feet)|(?:arms|legs|hands|feet) ~3 (?:tingl\\w*|numb\\w*|weak)|lost control of (?:his|her|my|the) (?:bowels?|bladder)|(?:wet|soiled) (?:himself|herself|myself)|incontinen\\w*"
    ],
    unless: [AJ_PAST, "for (?:years|months)|chronic|sciatica|carpal|(?:days|weeks) ago|last week|whiplash|sometimes|now and then|on and off"]
  },
  {
    // a blow to the head with a dent, unequal pupils or growing drowsiness (skull fracture or bleed)
    id: "triage.trauma.head-blow-dent-or-pupils",
    level: E,
    finding: "a blow to the head with a dent in the skull, unequal pupils or growing drowsiness",
    all: [
      "(?:hit|struck|smacked|whacked|clubbed|knocked|cracked) ~10 (?:head|skull|temple)|helmet ~3 (?:cracked|broke|split|smashed)|ground fall",
      "dent|dented|(?:soft|squishy) spot|one pupils? ~4 (?:bigger|larger|smaller|blown|different)|pupils? ~4 (?:different sizes|unequal)|(?:getting|more|really|very|so) (?:drowsy|sleepy)"
    ],
    unless: [AJ_PAST, "always been|since birth|born with"]
  },
  {
    // after a water rescue, fast, crackly or laboured breathing is drowning lung injury
    id: "triage.environment.near-drowning-breathing",
    level: E,
    finding: "breathing trouble after being pulled from the water (near-drowning)",
    all: [
      "coughed up (?:water|sea water|seawater)|(?:swallowed|inhaled|breathed in) ~3 water|(?:dragged|pulled|fished) (?:out|him out|her out|them out|from the water)|(?:dragged|pulled|fished) ~3 out of the (?:water|lake|sea|river|pool|surf|waves)|went under (?:the )?(?:water|waves|surface)|rip (?:current|tide)|(?:caught in|dragged out by|pulled out by) a rip|near drown\\w*|nearly drown\\w*|almost drown\\w*",
      "breath\\w* ~4 (?:fast|quick|hard|crackly|crackling|rattly|rattling|wheezy|noisy|laboured|labored|gurgl\\w*)|crackl\\w*|chest ~4 (?:tight|hurts|pain)|cant (?:catch|get) (?:his|her|my) breath|short of breath|foam\\w*|frothy|blue lips|(?:drowsy|confused|sleepy)"
    ],
    unless: [AJ_PAST, "drowning in (?:work|debt|paperwork|homework|emails)"]
  },
  {
    // a swimmer who has gone under and not come up is drowning now
    id: "triage.environment.swimmer-not-resurfaced",
    level: E,
    finding: "a swimmer or diver who has gone under and not come back up",
    notNegatable: true,
    all: [
      "(?:hasnt|hasn t|didnt|not|never|havent) (?:come|came|surfaced|resurfaced) ~2 (?:back )?up|(?:hasnt|didnt|not) (?:resurfaced|surfaced)|went under ~4 (?:and )?(?:didnt|hasnt|not|never)|cant (?:find|see) (?:him|her|them) in the (?:water|lake|sea|pool|river)",
      "swim\\w*|dived|dove|diving|jumped in|lake|sea|river|pool|surf\\w*|snorkel\\w*|quarry"
    ],
    unless: [AJ_PAST, "(?:sun|temperature|results|topic|subject|question)"]
  },
  {
    // something driven through a big body part, or through the eye, stays in place for the surgeon
    id: "triage.trauma.impaled-object",
    level: E,
    finding: "an object through the thigh, chest, belly or neck, or through the eye",
    all: [
      `(?:bolt|arrow|spear|rebar|nail|hook|spike|pole|stake|pitchfork|fence post|metal rod|rod|branch|screwdriver|dart|harpoon) ~6 (?:through|into|stuck in|sticking out of|lodged in|embedded in) ~2 (?:${AJ_BODY_CORE}|eye|eyeball|eye socket)|through (?:his|her|my|the) eyeball|eyeball ~3 (?:pierced|punctured|ruptured|cut)`,
      "bleed\\w*|blood|still in|stuck|sticking|breath\\w*|hurts|pain\\w*|eyeball|eye|through"
    ],
    unless: [AJ_PAST, "(?:splinter|thorn) ~4 (?:finger|thumb|hand)|dart ~3 (?:board|game)|feels like|like a|ingrown|growing|grows|grown|cuticle|polish|bra|piercing"]
  },
  {
    // a firearm wound
    id: "triage.trauma.firearm-wound",
    level: E,
    finding: "a gunshot or pellet wound",
    notNegatable: true,
    all: [
      "(?:shotgun|rifle|bullet|pellets?|gunshot|handgun|pistol|air rifle|air gun|bb gun|buckshot) ~6 (?:leg|arm|chest|belly|stomach|neck|head|thigh|back|side|face|shoulder|hand|foot|eye)|(?:leg|arm|chest|belly|stomach|neck|head|thigh|back|side|face|shoulder|hand|foot) ~6 (?:shotgun|rifle|bullet|pellets?|gunshot|handgun|pistol|buckshot)|(?:got|been|was|accidentally) shot (?:in|through)",
      "shot|wound\\w*|bleed\\w*|blood|went off|misfire\\w*|pellets? (?:in|under)"
    ],
    unless: [AJ_PAST, "(?:flu|covid|booster|vaccine|allergy|b12|cortisone) shot|shot of|gun range|licen[cs]e|video game"]
  },
  {
    // deep gashes from a propeller or a power tool bleed fast
    id: "triage.trauma.machine-gash-bleeding",
    level: E,
    finding: "deep gashes from a propeller or power tool with heavy bleeding",
    all: [
      "propeller|prop|outboard|chainsaw|chain saw|circular saw|table saw|band saw|angle grinder|grinder|machete|auger|lawn ?mower|mower|strimmer|combine|blades?",
      "deep (?:gash\\w*|cut\\w*|wound\\w*|laceration\\w*)|gaping|to the bone|(?:gash\\w*|cuts?) ~3 (?:deep|long)",
      "bleeding (?:bad|badly|heavily|a lot|loads|like crazy|everywhere)|lots of blood|blood everywhere|spurting|pouring|gushing|wont stop bleeding"
    ],
    unless: [AJ_PAST]
  },
  {
    // a blow to the eye with blood in front of the iris, double vision or a sunken eye (hyphaema, blow-out fracture)
    id: "triage.trauma.eye-blow-red-flags",
    level: E,
    finding: "a blow to the eye with blood pooled in front of it, double vision, a sunken eye or an eye that cannot move up",
    all: [
      "(?:hit|snapped|struck|smacked|whacked|punched|elbowed|slammed|caught|kicked|flew back|bounced) ~6 eye|(?:ball|puck|bungee|elastic|cord|strap|branch|fist|elbow|racket|stick|club|bat) ~6 (?:eye|eyeball)",
      "blood ~4 (?:pooled|pooling|pool|front of (?:the|his|her|my) eye|level|over (?:the|his|her|my) (?:iris|pupil)|coloured part|colored part)|sees double|seeing double|double vision|cant look (?:up|down)|sunken|eye ~4 (?:sunk\\w*|pushed back)|(?:vision|sight) ~3 (?:gone|went dark|black|curtain)"
    ],
    unless: [AJ_PAST, "white of (?:the|his|her|my) eye|red spot"]
  },
  {
    // a large or deep burn, or one with shock: a burns unit now
    id: "triage.trauma.extensive-or-deep-burn",
    level: E,
    finding: "a burn over a large area or deep (skin sliding off, grey or white numb skin) or with shock",
    all: [
      "burns|burnt|burned|scald\\w*|fryer|hot oil|boiling (?:water|oil)|(?:chemical|acid|alkali|lye|caustic|cement|concrete|phenol|hydrofluoric|drain cleaner) ~4 (?:burn\\w*|spill\\w*|splash\\w*|on (?:my|his|her|their|both))|(?:spill\\w*|splash\\w*) ~3 (?:chemical|acid|alkali|lye|caustic|phenol|bleach)|wet (?:cement|concrete)|flames|caught fire",
      "both (?:legs|arms|feet|hands|thighs|shins)|whole (?:leg|arm|back|chest|front|face|hand|foot|side)|(?:large|big|huge) (?:patch|area|part)|skin ~3 (?:sliding|slid|slipping|hanging|falling|coming) off|(?:deep|full thickness|third degree|3rd degree) burns?",
      "shaking|shivering|grey|gray|clammy|dizzy|faint\\w*|numb|cant feel|(?:white|grey|gray|black|charred|leathery) and|sliding off|hanging off|charred|leathery|deep burns?|third degree|3rd degree|huge blisters"
    ],
    unless: [AJ_PAST, "sun ?burn\\w*|sunburnt|in the sun|tanning|sunbed|reflux|heartburn|indigestion|razor burn|nerve"]
  },
  {
    // crushed by a heavy animal or vehicle: a swelling belly, paleness or a hurt pelvis means bleeding inside
    id: "triage.trauma.crush-internal-bleeding",
    level: E,
    finding: "crushed by a vehicle, machine or large animal with a swelling belly, paleness or a hurt pelvis",
    all: [
      "(?:tractor|quad|atv|horse|cow|bull|car|truck|vehicle|forklift|machine|log|tree|beam|pallet|bike|motorbike|digger|trailer) ~6 (?:(?:rolled|fell|landed|tipped|toppled|came down) (?:over )?(?:on|onto) (?:top of )?(?:me|him|her|them|us|(?:my|his|her|their|our) (?!(?:fence|house|car|roof|garden|shed|wall|garage|drive|driveway|lawn|street|yard|tent))\\w+)|crushed|pinned|ran over|run over|trapped)|(?:rolled|fell|landed) (?:over )?on (?:top of )?(?:me|him|her|them)|(?:pinned|crushed|trapped) (?:under|beneath|by)|trampled|run over|ran over",
      "(?:belly|stomach|abdomen|tummy) ~4 (?:swell\\w*|swollen|hard|rigid|distend\\w*|bloat\\w*|tight)|pelvis|paler|getting pale|pale and|grey|gray|cold and clammy|clammy|cough\\w* (?:up )?blood|struggling to breathe|cant breathe"
    ],
    unless: [AJ_PAST, "toe|toes|finger|fingers|foot"]
  },
  {
    // avalanche or trench burial: asphyxia and hypothermia even once dug out
    id: "triage.environment.buried-avalanche",
    level: E,
    finding: "buried in an avalanche, snow, earth or a trench collapse",
    all: [
      "avalanche|trench (?:collapse\\w*|caved in|cave in)|cave in|caved in|buried (?:in|under) ~3 (?:snow|sand|earth|dirt|soil|rubble|grain|gravel)",
      "buried|(?:dug|dig|digging) (?:him|her|them|me|us) out|pulled (?:him|her|them|me) out|trapped|under"
    ],
    unless: [AJ_PAST, "avalanche (?:course|training|beacon|risk|forecast)|(?:work|emails|paperwork)"]
  },
  {
    // an injured person who cannot move, alone or remote, in the cold or the dark needs rescue now
    id: "triage.environment.stranded-injured-cold",
    level: E,
    finding: "injured and unable to move, alone or far from help, in freezing or dark conditions",
    all: [
      "cant (?:walk|move|stand|get up|climb)|(?:leg|ankle|hip|pelvis) ~3 (?:broken|broke|snapped)",
      "(?:hiking|climbing|walking|skiing|out|lying|stuck) ~3 (?:alone|by myself)|alone (?:on|in) the (?:hill|mountain|moor|woods|field|trail)|miles from|no one (?:around|near)|no signal|middle of nowhere|phone (?:is )?(?:at|dying|on) ~2 \\d*|remote|gully|ravine|crevasse|mountain",
      "below freezing|getting dark|dark soon|snowing|in the snow|hypotherm\\w*|subzero|sub zero|temperature (?:is )?dropping"
    ],
    unless: [AJ_PAST, "freezing (?:my|his|her) (?:eggs|embryos)"]
  },
  {
    // a snake bite with drooping eyelids, blurred vision, trouble swallowing or bleeding (envenomation)
    id: "triage.bites.snake-bite-systemic",
    level: E,
    finding: "a snake bite with drooping eyelids, blurred or double vision, trouble swallowing or bleeding",
    all: [
      "snake|snakes|king brown|brown snake|tiger snake|taipan|death adder|adder|viper|krait|cobra|mamba|rattle\\w*|copperhead|cottonmouth|serpiente|vibora|culebra",
      "bit|bitten|bite|bites|struck|mordio|mordida",
      "(?:eyelids?|lids) ~3 (?:droop\\w*|heavy|closing)|droopy|drooping|blurr\\w*|double vision|seeing double|cant swallow|(?:hard|trouble|difficult\\w*) (?:to )?(?:swallow\\w*|breath\\w*)|slurr\\w*|bleeding (?:gums|from)|collapsed|faint\\w*|vomit\\w*|throw\\w* up|dizzy|numb ~3 (?:face|mouth|lips)"
    ],
    unless: [AJ_PAST, "dream\\w*|(?:what|which) snakes?"]
  },
  {
    // swelling lips, tongue or throat after a bite or sting elsewhere, with dizziness, is anaphylaxis
    id: "triage.allergy.bite-sting-lips-swelling-dizzy",
    level: E,
    finding: "a bite or sting followed by swelling or tingling lips, tongue or face with dizziness (possible anaphylaxis)",
    all: [
      "(?<!a )(?:bit|bitten)|bite|sting|stung|something got me",
      "(?:lips?|tongue|mouth|face) ~4 (?:swell\\w*|swollen|tingl\\w*|puff\\w*|fat)|(?:swell\\w*|swollen|tingl\\w*) ~3 (?:lips?|tongue|mouth)",
      "dizzy|faint\\w*|lighthead\\w*|light headed|wheez\\w*|hives|throat ~3 (?:tight|closing|swell\\w*)|(?:cant|hard to|struggling to) breathe|collapsed|vomit\\w*|whole (?:leg|arm|body)"
    ],
    unless: [AJ_PAST, "bit (?:my|his|her|their) (?:lip|lips|tongue|cheek)|cold sore"]
  },
  {
    // confusion, unsteadiness or breathlessness at altitude (high-altitude cerebral or pulmonary oedema)
    id: "triage.environment.altitude-red-flags",
    level: E,
    finding: "at high altitude with confusion, unsteady walking, vomiting with headache or breathlessness at rest (possible HACE or HAPE)",
    all: [
      "(?:[2-8]\\d\\d\\d) (?:m|metres|meters|masl)|(?:[89]\\d\\d\\d|1\\d\\d\\d\\d|2\\d\\d\\d\\d) (?:ft|feet)|altitude|base camp|acclimati\\w*|everest|kilimanjaro|himalaya\\w*|annapurna|altura|soroche",
      "walking like ~3 drunk|acting (?:drunk|confused)|heel to toe|cant walk (?:straight|without|in a straight)|holding (?:onto )?the wall|stumbl\\w*|stagger\\w*|ataxi\\w*|confus\\w*|keeps asking|what day it is|not making sense|drowsy|hard to wake|(?:vomit\\w*|throwing up|threw up) ~~10 headache|headache ~~10 (?:vomit\\w*|throwing up|threw up)|gurgl\\w*|cough\\w* ~4 (?:pink|froth\\w*|blood)|breathless (?:at|even at|while) rest|cant catch (?:his|her|my) breath|blue lips"
    ],
    unless: [AJ_PAST, "altitude (?:training|mask|tent)|before (?:the|our|my) trip|planning|(?:live|living|grew up) (?:at|in)|migraine\\w*|any tips|dementia|alzheimer\\w*|moving to|will (?:the )?altitude"]
  },
  {
    // a fuel-burning heater or engine in a closed space with memory loss or blurred vision (carbon monoxide)
    id: "triage.poisoning.co-heater-memory-vision",
    level: E,
    finding: "a fuel-burning heater, generator or engine in a closed space with memory loss, blurred vision or a pounding head",
    all: [
      "propane heater|gas heater|kerosene heater|paraffin heater|patio heater|space heater|generator|charcoal|(?:petrol|gas) (?:pump|saw|engine|powered)|engine running|heater",
      "basement|garage|tent|cabin|caravan|camper|van|closed|shut|inside|indoors|cellar|shed|container|room|all day",
      "cant remember|dont remember|(?:vision|visions|sight) ~3 (?:blurr\\w*|fuzzy|dim)|head ~3 (?:killing|pounding|splitting|throbbing)|confus\\w*|passed out|collapsed|(?:everyone|we all|all of us) ~4 (?:headache|sick|dizzy)"
    ],
    unless: [AJ_PAST, "dementia|alzheimer\\w*|for (?:months|years)"]
  },
  {
    // a big shock from mains or high voltage with burns or an irregular heartbeat
    id: "triage.environment.big-shock-burns-heart",
    level: E,
    finding: "a big electric shock with burns or an irregular heartbeat",
    all: [
      "(?:got|had|took|gave) (?:a |him a |her a |me a )?(?:big|huge|massive|nasty|bad|serious|proper|real) (?:shock|zap|jolt)|(?:shock|zap|jolt) from ~3 (?:the )?(?:transformer|power line|mains|substation|rail|third rail|pylon|wire|cable|box)|transformer ~8 (?:shock|zapped|electrocut\\w*)",
      "electric\\w*|transformer|power ?lines?|mains|substation|rail line|third rail|pylon|wires?|cables?|socket|outlet|fence|volt\\w*|live|fuse box|breaker|lightning|plug",
      "burn\\w*|heartbeat ~4 (?:all over|irregular|racing|skipping|funny|weird|fluttering)|heart ~4 (?:all over the place|irregular|skipping|funny|fluttering)|palpitat\\w*|unconscious|passed out|collapsed|cant feel|numb"
    ],
    unless: [AJ_PAST, "static|doorknob|carpet|battery|tens"]
  },
  {
    // joint pain, mottled skin, numbness or weakness after scuba diving (decompression sickness)
    id: "triage.environment.after-diving-bends",
    level: E,
    finding: "joint pain, skin marbling, numbness, weakness or breathlessness after scuba diving (possible decompression sickness)",
    all: [
      "scuba|bucear|buceo|buceando|buce|(?:after|since|from|post) ~3 (?:dive|dives|diving)|went diving|(?:deep|wreck|night|repetitive) dive\\w*|surfaced (?:too )?(?:fast|quickly)",
      "articulaciones|joints? ~4 (?:pain|hurt\\w*|ache\\w*|agony)|(?:pain|hurt\\w*|ache\\w*) ~3 joints?|manchas|mottl\\w*|marbl\\w*|blotch\\w*|numb\\w*|tingl\\w*|hormigueo|entumid\\w*|cuesta caminar|cant walk|weak\\w*|debilidad|confus\\w*|paraly\\w*|short of breath|cant breathe|me cuesta respirar|falta de aire"
    ],
    unless: [AJ_PAST, "fly ~4 after|before (?:my|the|a) dive|course|certif\\w*|class|lesson|cold water"]
  },
  {
    // a slow or irregular heartbeat, fainting or fits after eating wild leaves, berries or mushrooms (foxglove, lily, yew, mushrooms)
    id: "triage.poisoning.wild-plant-heart-or-neuro",
    level: E,
    finding: "a slow or irregular heartbeat, faintness, fits or confusion after eating wild plants, berries or mushrooms",
    all: [
      "(?:ate|eaten|eating|chewed|cooked|tasted) ~4 (?:wild|unknown|foraged|garden|hedgerow|some|random) ~2 (?:leaves|leaf|plants?|berries|mushrooms?|fungi|roots?)|(?:ate|eaten|eating|chewed) ~4 (?:foxglove|hemlock|yew|oleander|lily of the valley|deadly nightshade|monkshood)|foraged|foraging|thinking (?:they|it) (?:were|was) ~3 (?:wild|garlic|parsnip|parsley|carrot|mushrooms?)",
      "heart ~4 (?:slow\\w*|irregular|racing|skipping|funny|pounding|all over)|slow (?:pulse|heart\\w*)|pulse ~3 (?:slow|irregular|\\d\\d)|faint\\w*|seizure|fitting|confus\\w*|hallucinat\\w*|cant breathe|collapsed|passed out"
    ],
    unless: [AJ_PAST]
  },
  {
    // an explosion with coughed blood, breathlessness or chest pain (blast lung)
    id: "triage.trauma.explosion-chest",
    level: E,
    finding: "an explosion with coughed blood, breathlessness or chest pain (possible blast lung)",
    all: [
      "explosion|exploded|blast wave|blew up(?! (?:a|an|the|some|my|his|her|their|balloons?|at))|(?<!bath )bomb|detonat\\w*",
      "cough\\w* ~3 blood|blood ~3 cough\\w*|(?:cant|struggling to|hard to) breathe|short of breath|chest ~3 (?:hurts|pain\\w*|tight|agony)|unconscious|knocked out"
    ],
    unless: [AJ_PAST, "(?:head|phone|inbox|notifications) (?:exploded|blew up)|blew up at|explosion of|lol|haha|sales|followers|likes|views"]
  },
  {
    // a collapse with a weak pulse or barely breathing
    id: "triage.collapse.weak-pulse",
    level: E,
    finding: "someone who has lost consciousness with a weak pulse or barely breathing",
    all: [
      "lost consciousness|passed out|collapsed|blacked out|keeled over|out cold",
      "pulse ~3 (?:weak|faint|thready|barely|fading)|weak pulse|(?:cant|couldnt) find (?:a|his|her|the) pulse|barely breathing|gasping"
    ],
    unless: [AJ_PAST]
  }
];
pushEmergencyRules(AJ_RULES);

// triage-aj, same-day care: a bump on the collarbone after a crash or fall (possible fracture);
// thirst, dark urine and little of it after exertion or heat (dehydration); a scratch or bite from a
// monkey, bat or stray animal (rabies jabs are time-limited); a venomous fish, stingray or urchin
// sting still painful hours later; sunburn with blisters and chills; burn blisters on several
// fingers, the palm, face or feet; a rash with an eye swelling shut; glass or metal left in a wound;
// a cut of 2 cm or more, or a gaping one (needs closing); ear pain with blood after diving
// (barotrauma); a nail through a boot or a dirty puncture with an old or unknown tetanus jab; heat
// exhaustion that has eased but with vomiting, headache or cramps left.
const AJ_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.collarbone-bump-after-fall",
    level: U,
    finding: "a bump or deformity on the collarbone after a fall or crash (possible fracture)",
    all: [
      "collarbone|collar bone|clavicle|clavicula",
      "bump|lump|sticking (?:up|out)|deform\\w*|crunch\\w*|step|grind\\w*|cant lift|hurts|pain\\w*",
      "crash\\w*|fell|fall|fallen|came off|landed|hit|tackle\\w*|thrown"
    ],
    unless: [AJ_PAST]
  },
  {
    id: "triage.urgent.dehydration-dark-little-urine",
    level: U,
    finding: "little, dark urine after heat, exertion or running out of water (dehydration)",
    all: [
      "(?:only|barely|hardly) ~2 (?:peed|pee|peeing|urinated|weed)|(?:not|havent|hasnt) (?:peed|urinated|weed)|(?:pee|urine|wee) ~4 (?:dark|brown|cola|tea coloured|tea colored)|dark (?:pee|urine|wee)|peed once",
      "ran out of water|no water|heat|in the sun|hik\\w*|sweat\\w*|cramps?|marathon|workout|desert|canyon|all day (?:outside|in the)"
    ],
    unless: [AJ_PAST, "(?:normal|clear|pale) (?:colou?r|pee|urine)|clears? up|(?:after|when|once) i drink|in the morning"]
  },
  {
    id: "triage.urgent.rabies-risk-animal",
    level: U,
    finding: "a scratch or bite from a monkey, bat or stray or wild animal (rabies vaccine is time-limited)",
    all: [
      "monkeys?|macaques?|a bat|bats|stray (?:dog|cat)|street dog|wild (?:dog|animal)|fox|raccoons?|racoons?|mongoose|jackal|mono|murcielago|perro callejero",
      "scratch\\w*|bit|bite|bitten|nipped|broke (?:the )?skin|aranazo|arano|mordio|mordida"
    ],
    unless: [AJ_PAST, "(?:vaccin\\w*|jabs?|shots?) ~4 (?:before|ahead|for (?:my|our) trip)|baseball|cricket"]
  },
  {
    id: "triage.urgent.venomous-fish-sting",
    level: U,
    finding: "a sting from a venomous fish, stingray or sea urchin that stays painful or swollen",
    all: [
      "(?:stung|sting|spiked|barb\\w*|spines?) ~4 (?:fish|stingray|sting ray|ray|urchin|lionfish|stonefish|scorpionfish)|(?:fish|stingray|sting ray|urchin|lionfish|stonefish) ~4 (?:stung|sting|spine\\w*|barb\\w*)|stingray|sting ray|sea urchin",
      "still|hours? later|hrs later|throbb\\w*|swell\\w*|swollen|agony|spreading|cant walk|spines? ~3 (?:in|stuck)"
    ],
    unless: [AJ_PAST]
  },
  {
    id: "triage.urgent.sunburn-blisters-unwell",
    level: U,
    finding: "sunburn with blisters and chills, fever or sickness (sun poisoning)",
    all: [
      "sun ?burn\\w*|sunburnt|in the sun|sunbath\\w*|sunbed|tanning|at the beach",
      "blister\\w*",
      "chills|fever\\w*|shiver\\w*|vomit\\w*|throw\\w* up|threw up|dizzy|faint\\w*|headache|covered|big|large|huge"
    ],
    unless: [AJ_PAST]
  },
  {
    id: "triage.urgent.burn-blisters-hands-face",
    level: U,
    finding: "burn blisters on several fingers, the palm, face, feet or genitals (specialist burn dressing)",
    all: [
      "hot (?:pan|pot|handle|iron|oven|tray|stove|plate|grill|oil|water|kettle|metal|exhaust|coals)|burn\\w*|burnt|scald\\w*|fryer|boiling|steam",
      "blister\\w*",
      "(?:\\d+|several|all|both|multiple|few|all my) (?:fingers|fingertips|hands)|fingertips|palms?|whole hand|face|feet|genitals|groin"
    ],
    unless: [AJ_PAST, "sun ?burn\\w*|sunburnt|in the sun|cold sores?"]
  },
  {
    id: "triage.urgent.rash-eye-swelling-shut",
    level: U,
    finding: "a rash or reaction with an eye swelling shut",
    all: [
      "poison (?:ivy|oak|sumac)|rash|hives|allergic|reaction|stung|sting|bite|bitten",
      "(?:eye|eyelid|eyes|eyelids) ~5 (?:swollen|swelling|swelled) ~2 shut|swollen shut|swelling shut|cant open (?:his|her|my|their) eyes?"
    ],
    unless: [AJ_PAST]
  },
  {
    id: "triage.urgent.foreign-body-in-wound",
    level: U,
    finding: "glass, metal or another object left in a wound",
    all: [
      "glass|metal|shard|sharp|needle|fish ?hook|hook|nail|staple|wire|shrapnel|piece|bit|something",
      "(?:still|stuck|lodged|embedded|left) in (?:my|his|her|the|their) (?:foot|hand|finger|palm|knee|leg|arm|heel|wound|cut|toe|thumb|sole|skin)|part of it ~3 (?:still|stuck|left|in)|(?:cant|couldnt) get (?:it|all of it) out"
    ],
    unless: [AJ_PAST, "splinter|thorn|(?:got|pulled|took) (?:it|them) (?:all )?out"]
  },
  {
    id: "triage.urgent.cut-needs-closing",
    level: U,
    finding: "a cut of 2 cm or more, or a gaping one, that needs closing",
    all: [
      "cut|cuts|gash\\w*|split|laceration|slice\\w*",
      "(?:[2-9]|1\\d) (?:cm|centimetres|centimeters)|(?:1|2|3|an|half an) inch\\w*|gaping|gapes|wont close|edges ~3 apart|(?:need|needs|might need) ~2 (?:stitches|glue|steri)"
    ],
    unless: [AJ_PAST, "paper cut|hair ?cut|cut (?:back|down|out)"]
  },
  {
    id: "triage.urgent.ear-after-diving",
    level: U,
    finding: "ear pain with blood, discharge or hearing loss after diving (possible barotrauma)",
    all: [
      "buce\\w*|scuba|diving|dive|dived|freediv\\w*|snorkel\\w*|submarinismo",
      "ear|ears|oido|oidos|oreja",
      "sangre|blood|bleed\\w*|fluid|liquido|cant hear|no oigo|no escucho|hearing|(?:really|very|so) (?:painful|sore)|duele mucho|dolor fuerte|agony"
    ],
    unless: [AJ_PAST, "swimmers ear|before (?:my|the|a) dive"]
  },
  {
    id: "triage.urgent.puncture-tetanus",
    level: U,
    finding: "a deep or dirty puncture (a nail through a boot) with an old or unknown tetanus jab",
    all: [
      "nail|rusty|spike|tack|screw|wire|pitchfork|thorn|garden fork|rake",
      "stepped on|(?:straight |right )?through (?:my|his|her|the) (?:boot|shoe|sole|foot|hand|trainer)|puncture\\w*|went (?:straight |right )?(?:in|into|through)",
      "tetanus|jab|booster|rusty|deep|dirty|manure|soil"
    ],
    unless: [AJ_PAST.replace("(?:months|years) ago|", ""), "(?:tetanus|jab|booster) ~4 (?:last year|this year|months ago|up to date|recently)"]
  },
  {
    id: "triage.urgent.heat-exhaustion-lingering",
    level: U,
    finding: "heat exhaustion with vomiting, headache or cramps still there",
    all: [
      "heat exhaustion|heatstroke|heat stroke|sunstroke|sun stroke|overheated|overheating|too much sun|too much heat",
      "threw up|throw\\w* up|vomit\\w*|headache|dizzy|cramp\\w*|nause\\w*|sick|(?:barely|hardly|not) (?:peed|peeing)"
    ],
    // (triage-at: "feel fine today" says the symptoms did not linger)
    unless: [AJ_PAST, "how (?:do|can|should) (?:i|we)|convince|prevent\\w*|avoid\\w*", "(?:feel|feeling|im|i am|hes|shes|he is|she is) (?:totally |completely |absolutely )?(?:fine|ok|okay|better|good|well) (?:today|now)"]
  }
];
pushUrgentRules(AJ_URGENT_RULES);

// triage-ak: concepts from set ak (an independent writer: older adults and their carers, often
// long, calm messages with the red flag buried; some Spanish). Emergencies: arm and leg weak on
// the same side, or half the sight gone in both eyes (stroke); fast breathing with a fever and
// new confusion, a swallowing problem or great age (pneumonia, aspiration, sepsis); violent
// shivers with an infection and new confusion or purple, icy hands and feet; a fever with a top
// blood pressure under 90; an older person who fell and cannot move or bear weight on the hip,
// or who is heard calling behind a locked door; cold as ice and mumbling, out in the rain or snow
// for hours, or missing with dementia in the cold (hypothermia); "responds only to pain" or a
// glucose under 3 (reduced consciousness, hypoglycaemia), a diabetic on insulin or a sulfonylurea
// sweating and shaking who does not know people or cannot swallow, very high sugars with
// drowsiness (HHS/DKA); black or coffee-ground vomit, black tarry stools or a toilet full of blood
// with a blood thinner or faintness (GI bleed); fainting with a fast, weak pulse (shock); a fit or
// hallucinations after running out of a benzodiazepine or stopping drink (withdrawal); vomiting
// with no wind passed, or vomit smelling of faeces (bowel obstruction); no urine for hours with a
// hard, bulging lower belly (retention); a swallowed denture or object that stops all swallowing;
// a deformed limb with cold, white fingers or toes; sweating buckets at rest and grey in a diabetic
// or older person (silent heart attack); chest pain the spray does not shift; temporal-arteritis
// symptoms with any change in sight; an older person suddenly not knowing the year or where they
// are. Past events, questions and the look-alikes named in each `unless` stay as they were.
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyAK = ["marea", "mareo", "alquitran", "glimepiride", "gliclazide", "sulfonylurea", "denture", "dentures"];
const AK_PAST = "{xHypothetical}|(?:months|years) ago|last year|used to|history of|(?:in|back in|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)";
// an older person: the round-w words, or a relative or "he/she" followed by an age ("mum 80",
// "pops (80)", "neighbour in her 70s", "85F")
const AK_OLDER =
  W_OLDER +
  "|(?:mum|mom|mother|mums|moms|dad|dads|father|wife|husband|pops|pop|grandad|grandpa|grandma|gran|nan|neighbour|neighbor|aunt|uncle|auntie|he|she|resident|patient|man|woman|lady) (?:is |was |aged )?(?:[6-9]\\d|1[01]\\d)(?![0-9])|(?<![0-9.])(?:[6-9]\\d|1[01]\\d) (?:f|m|ish)(?![a-z])|in (?:her|his|their) (?:[6-9]0) s|dementia|alzheimer\\w*|demencia|parkinson\\w*|frail";
const AK_FEVER = "temp|temps|temperature|fever\\w*|feverish|burning up|hot to (?:the )?touch|(?:3[89]|40)\\.\\d|rigou?rs|fiebre|calentura";
const AK_FAST_BREATHING =
  "breathing ~3 (?:fast|quick\\w*|rapid\\w*|really fast|so fast)|(?:fast|rapid|quick) (?:shallow )?breathing|breaths? ~3 (?:fast|quick|rapid)|panting|respira ~2 (?:rapido|muy rapido)";
const AK_NEW_CONFUSION =
  "confus\\w*|muddled|delirious|agitated|hitting out|not (?:herself|himself)|doesnt (?:even )?know (?:who|where|what)|didnt know (?:who|me)|not making sense|talking nonsense|talking to ~4 (?:like|who|isnt|dead|there)|hallucinat\\w*|seeing things|new today|not with it|no me reconoce|no reconoce|confundid[oa]";
const AK_THINNER =
  "{xThinner}|aspirin|aspirina|ibuprofen|naproxen|diclofenac|nsaids?|sintrom|acenocoumarol|edoxaban|lixiana|ticagrelor|prednisolone|steroids";
const AK_SHOCKISH =
  "{xFaintish}|grey|gray|ashen|sweaty|sweating|white as|se marea|mareos?|palid[oa]|desmay\\w*|collaps\\w*|passed out|blacked out|cold and clammy";
const AK_RULES: TriageRuleSpec[] = [
  {
    // a stroke described by its effects: the arm and the leg on one side both weak, heavy or dead
    id: "triage.stroke.arm-and-leg-same-side",
    level: E,
    finding: "an arm and a leg weak, heavy, numb or dead on the same side (possible stroke)",
    all: [
      "(?:arm|hand|leg|foot) ~6 same side|same side ~6 (?:arm|hand|leg|foot)|(?:left|right) (?:arm|hand) and (?:left |right )?(?:leg|foot)|(?:arm|hand) and (?:leg|foot) on (?:the |one |her |his )?(?:left|right|same)? ?side",
      "dead|heavy|heaviness|weak\\w*|numb\\w*|useless|floppy|limp|(?:cant|couldnt) (?:move|lift|feel|use)|gone funny|went funny|funny turn"
    ],
    unless: [AK_PAST, "(?:arthritis|sciatica|neuropathy) ~4 (?:for|since)|after (?:the|her|his) stroke|since (?:the|her|his) stroke|(?:stroke|tia) ~4 (?:ago|in 20\\d\\d)"]
  },
  {
    // homonymous hemianopia: one half of what both eyes see gone at once
    id: "triage.stroke.half-vision-both-eyes",
    level: E,
    finding: "sudden loss of one half of the sight in both eyes, or bumping into things on one side (possible stroke)",
    all: [
      "(?:right|left) (?:side|half) of (?:both|each) eyes?|(?:both|each) eyes? ~4 (?:right|left) (?:side|half)|bumping into (?:things|everything|doors|furniture) on (?:his|her|the|my) (?:right|left)|cant see (?:anything )?(?:on|to) (?:his|her|my|the) (?:right|left)(?: side)?",
      "sudden\\w*|today|this (?:morning|afternoon|evening)|tonight|out of nowhere|just now|lost|gone|went"
    ],
    unless: [AK_PAST, "glaucoma|for (?:months|years)"]
  },
  {
    // pneumonia or aspiration heading to sepsis: fast breathing and a fever plus new confusion,
    // a swallowing problem or choking, or great age
    id: "triage.sepsis.fast-breathing-fever-older-or-confused",
    level: E,
    finding: "fast breathing with a fever and new confusion, a choke or swallowing problem, or in an older person (possible pneumonia or sepsis)",
    all: [
      AK_FAST_BREATHING,
      AK_FEVER,
      `${AK_NEW_CONFUSION}|choked|choking on|went down the wrong way|aspirat\\w*|(?:trouble|problems?|difficulty) swallowing|swallowing (?:problems?|difficult\\w*)|bubbly|gurgl\\w*|rattl\\w*|${AK_OLDER}`
    ],
    unless: [AK_PAST, "(?:baby|toddler|infant|month old|months old|newborn)"]
  },
  {
    // rigors with an infection and either new confusion or purple, icy hands and feet
    id: "triage.sepsis.rigors-with-confusion-or-cold-purple-limbs",
    level: E,
    finding: "violent shivering with an infection and new confusion or cold, purple hands and feet (possible sepsis)",
    all: [
      "shiver\\w* (?:violently|uncontrollably|badly|all over|non stop)|violent\\w* shiver\\w*|rigou?rs|shaking (?:all over|uncontrollably|violently)|teeth (?:are )?chattering",
      `{xInfection}|water burns|wee burns|(?:burns|stings) when (?:she|he|i) (?:pees|wees)|cough\\w*|${AK_FEVER}`,
      "(?:hands|feet|fingers|toes|knees|legs|skin) ~6 (?:purple|blue|mottled|blotchy|freezing|ice cold|icy)|talking to ~4 (?:like|who isnt|dead)|confus\\w*|not making sense|doesnt (?:even )?know (?:who|where)|not (?:herself|himself)|delirious|hallucinat\\w*|(?:bp|blood pressure) ~3 (?:low|dropping)|looks awful|very drowsy"
    ],
    unless: [AK_PAST, "after (?:a |the )?(?:swim|cold shower|ice bath)"]
  },
  {
    // septic shock in words: a fever with a top blood pressure under 90
    id: "triage.sepsis.fever-low-blood-pressure",
    level: E,
    finding: "a fever or shaking with a top blood pressure under 90 (possible septic shock)",
    all: [
      `${AK_FEVER}|shaking all over|shivering|infection`,
      "(?:bp|blood pressure|systolic|pressure) (?:is |was |of |down to |dropped to |only )?(?:[4-8]\\d)(?![0-9])(?! ?(?:bpm|beats|pulse|heart))"
    ],
    unless: [AK_PAST, "(?:bp|blood pressure) ~6 (?:normal|usual|always|usually|fine)|(?:[4-8]\\d) (?:years|yrs|year|yo)"]
  },
  {
    // a hip fracture and a long lie: an older person after a fall who cannot move, get up or bear
    // weight, or who screams when the leg is moved
    id: "triage.trauma.older-fall-hip-cannot-move",
    level: E,
    finding: "an older person who fell and now has hip or leg pain and cannot get up, move or bear weight (possible hip fracture, needs an ambulance)",
    all: [
      "fell|fall|fallen|falls|slipped|tripped|on the floor|lying on|se cayo|caida",
      "hip|hips|groin|top of (?:her|his) leg|thigh|cadera",
      "(?:cant|can not|cannot|unable to|couldnt) ~2 (?:move|get up|stand|put (?:any )?weight|bear weight|walk|be moved)|screams?|screaming|cries out|wont let (?:us|me) (?:move|touch)|(?:leg|foot) ~4 (?:shorter|turned out|twisted out|rolled out)|no puede (?:levantarse|moverse|caminar)",
      AK_OLDER
    ],
    unless: [AK_PAST, "(?:broke|broken|fractured) ~3 hip ~6 (?:had surgery|operation|replacement)|(?:weeks|months) ago|last week|a week ago|after (?:her|his) (?:hip )?(?:operation|surgery|replacement)"]
  },
  {
    // someone heard calling for help behind a door nobody can open
    id: "triage.trauma.heard-calling-behind-locked-door",
    level: E,
    finding: "a person heard calling or moaning behind a locked door (possible fall and long lie)",
    all: [
      "(?:calling|shouting|crying|moaning|groaning|banging) ~3 (?:weakly|for help|faintly)|calling weakly|weak (?:voice|calls|cries)|(?:hear|heard|hearing) (?:her|him|them|someone) ~2 (?:moaning|groaning|calling for help|calling out weakly)",
      "locked|letter box|letterbox|cant get in|cant get to (?:her|him)|no key|through the door|havent seen (?:her|him)"
    ],
    unless: [AK_PAST, "(?:tv|television|radio|dog|cat|kids|children|game|games|playing)"]
  },
  {
    // hypothermia: icy to touch with a dulled mind, or hours outside in rain or snow shaking or blue
    id: "triage.environment.older-cold-to-touch-mumbling",
    level: E,
    finding: "cold as ice to touch with mumbling, confusion or drowsiness, or a cold house (possible hypothermia)",
    all: [
      "cold as ice|(?:hes|shes|he is|she is|he was|she was|hes gone|shes gone|skin is|body is|whole body|all over|(?:her|his) skin) ~2 (?:ice cold|icy cold|freezing (?:cold )?to (?:the )?touch|cold to (?:the )?touch|freezing|icy)|hypotherm\\w*|(?:esta|estaba) helad[oa]",
      "mumbl\\w*|confus\\w*|drowsy|sleepy|cant (?:really )?answer|not making sense|slurr\\w*|wont wake|hard to wake|no heating|heating (?:off|broken|not on)|not answering|barely (?:awake|responding|talking)|out of it"
    ],
    unless: [AK_PAST, "(?:hands|feet|fingers|toes) ~3 always|raynaud\\w*|fever\\w*|temp\\w*|hot (?:head|forehead)"]
  },
  {
    id: "triage.environment.hours-outside-wet-cold",
    level: E,
    finding: "hours out in the rain, snow or cold and now shaking, blue or confused (possible hypothermia)",
    all: [
      "rain|snow\\w*|ice|icy|freezing|frost\\w*|wet clothes|soaked|sleet|lluvia|nieve",
      "since (?:the )?(?:morning|last night|lunch|this morning|breakfast)|all (?:night|morning|day|afternoon)|for hours|(?:\\d+|two|three|four|five|several) hours|overnight",
      "(?:lips|face|hands|skin|fingers|hes|shes|gone|turning|going|and) ~2 blue|grey|gray|confus\\w*|wont come in|mumbl\\w*|slurr\\w*|cant (?:get up|move|speak)|drowsy|not making sense|stopped shivering"
    ],
    unless: [AK_PAST, "(?:hike|hiking|ski\\w*|camping|shift|work\\w*) ~6 (?:fine|ok|okay)|(?:windscreen|car|roof|pipes|plants|garden) ~3 (?:frost\\w*|ice|freezing)|sledg\\w*|snowball\\w*|snowman|hot chocolate|warmed up|warm now"]
  },
  {
    id: "triage.environment.dementia-missing-in-cold",
    level: E,
    finding: "a person with dementia missing in cold weather or in night clothes (police and ambulance now)",
    all: [
      "missing|wandered (?:off|out)|gone (?:missing|walkabout)|cant find (?:her|him)|disappeared|walked out|got out|left the house",
      "dementia|alzheimer\\w*|demencia|confus\\w*|memory",
      "snow\\w*|freezing|ice|icy|below zero|frost\\w*|cold (?:night|out|outside)|nightie|nightdress|nightgown|pyjamas|pajamas|slippers|no coat|rain|dark"
    ],
    unless: [AK_PAST, "found (?:her|him)|came back|(?:is|was|got) back|back home|safe now|(?:gps|tracker) ~4 (?:should|would|recommend|worth)|what (?:should|do) (?:we|i) (?:do )?if|how (?:do|can) (?:we|i) (?:stop|prevent)"]
  },
  {
    // reduced consciousness on the AVPU scale, and a low glucose written as a bedside reading
    id: "triage.neuro.responds-only-to-pain",
    level: E,
    finding: "responds only to pain (reduced consciousness)",
    notNegatable: true,
    all: ["(?:responds|responding|reacts|reacting|responsive|response) (?:only )?to (?:pain|a pinch|pinching)(?! relief)|only (?:responds|responding|reacts|reacting) to (?:pain|a pinch|pinching)"],
    unless: [AK_PAST]
  },
  {
    id: "triage.diabetes.glucose-under-three-reading",
    level: E,
    finding: "a bedside glucose under 3 with drowsiness or on a sugar-lowering medicine (severe hypoglycaemia)",
    all: [
      "(?:bm|bms|cbg|cbgs|bgl|glucose|sugar|sugars|blood sugar|reading|azucar|glucosa) (?:is |was |of |at |down to )?(?:[01]\\.\\d|2\\.[0-9]|[12] mmol)",
      "insulin|insulina|gliclazide|glimepiride|glipizide|glibenclamide|sulfonylurea|diabet\\w*|slumped|drowsy|confus\\w*|wont wake|hard to wake|responds|unresponsive|sweat\\w*|shak\\w*"
    ],
    unless: [AK_PAST, "(?:hba1c|a1c|ketones?|potassium|creatinine|inr)"]
  },
  {
    // severe hypoglycaemia: someone on insulin or a sulfonylurea, sweating or shaking, who no
    // longer knows people, makes no sense or cannot swallow (no sugar by mouth)
    id: "triage.diabetes.hypo-confused-or-cant-swallow",
    level: E,
    finding: "sweating or shaking on insulin or a sulfonylurea with confusion, not knowing people or unable to swallow (severe hypoglycaemia)",
    all: [
      "insulin|insulina|gliclazide|glimepiride|glipizide|glibenclamide|sulfonylurea|diamicron|amaryl",
      "sweat\\w*|sudando|sudor|shak\\w*|trembl\\w*|temblando|tembloros[oa]|clammy",
      "(?:no|doesnt|didnt|not) (?:me )?(?:reconoce|know (?:me|us|who)|recogni[sz]e)|no puede tragar|cant swallow|unable to swallow|not making sense|confus\\w*|confundid[oa]|wont wake|cant wake|unresponsive|no responde|slurr\\w*|fitting"
    ],
    unless: [AK_PAST]
  },
  {
    id: "triage.diabetes.very-high-sugar-drowsy",
    level: E,
    finding: "very high sugars with drowsiness or confusion (possible HHS or DKA)",
    all: [
      "(?:sugars?|glucose|bms?|blood sugar|sugar readings?|sugar levels?|glucose readings?|glucose levels?) ~4 (?:over|above|at|of|is|are|hit|been)? ?(?:2[5-9]|[3-5]\\d|hi)(?![0-9.])|(?:meter|machine) ~3 (?:says|reads|reading|shows) (?:hi|high)",
      "barely (?:keep|open) ~3 eyes|cant keep ~3 eyes open|drowsy|very sleepy|so sleepy|hard to wake|keeps (?:nodding|dozing|falling asleep)|confus\\w*|not making sense|not with it|floppy"
    ],
    unless: [AK_PAST, "(?:hba1c|a1c)|mg|(?:sugars?|glucose) ~4 (?:[3-5]\\d\\d)"]
  },
  {
    // an upper or lower GI bleed: black or coffee-ground vomit, black tarry stools, black in the
    // pan, with a blood thinner, an anti-inflammatory or faintness
    id: "triage.bleeding.gi-black-or-coffee-ground-with-risk",
    level: E,
    finding: "black, tarry stools or black or coffee-ground vomit with a blood thinner, an anti-inflammatory or faintness (possible GI bleed)",
    all: [
      "(?:vomit|sick|throw\\w* up|threw up|vomito) ~6 (?:black|coffee grounds?|dark brown|gritty|negro|posos de cafe)|coffee grounds?|(?:stools?|poo|poos|poop|motions|diarrh\\w*|diarrea|heces|caca|bowels) ~6 (?:black|tar|tarry|alquitran|negra|negras|negro)|(?:black|tarry|negra|negras) ~3 (?:stools?|poo|poop|diarrh\\w*|diarrea|heces)|black in the (?:bowl|toilet|pan|loo)|melaena|melena",
      `${AK_THINNER}|${AK_SHOCKISH}`
    ],
    unless: [AK_PAST, "liquorice|licorice|iron (?:tablets|pills|supplements)|ferrous|beetroot|blueberr\\w*|bismuth|pepto|black pudding|once ~6 (?:fine|ok)"]
  },
  {
    id: "triage.bleeding.rectal-toilet-full-thinner-or-faint",
    level: E,
    finding: "a large bleed from the back passage (toilet filled red) with a blood thinner or faintness",
    all: [
      "(?:filled|fills|filling|full of|covered) ~3 (?:the )?(?:toilet|bowl|pan|loo)|(?:toilet|bowl|pan|loo) ~3 (?:full of blood|red|filled)|(?:quite )?a lot (?:of blood )?actually|lots of (?:fresh )?blood",
      "back passage|bottom|rectal|rectum|bum|poo|stools?|bowel|toilet",
      `${AK_THINNER}|${AK_SHOCKISH}`
    ],
    unless: [AK_PAST, "piles ~4 (?:always|usually)|a few (?:spots|drops)|on the (?:paper|tissue)|period|menstrual"]
  },
  {
    // hypovolaemic shock: fainting or dizzy on standing with a fast, weak or thready pulse
    id: "triage.shock.faint-fast-weak-pulse",
    level: E,
    finding: "fainting or dizziness with a fast, weak pulse (possible shock from fluid or blood loss)",
    all: [
      "pulse ~3 (?:fast and weak|weak and fast|weak|thready|faint|hard to find|barely there)|(?:weak|thready) (?:and fast |and rapid )?pulse|(?:fast|rapid) (?:and )?(?:weak|thready) pulse",
      `${AK_SHOCKISH}|runs|diarrh\\w*|vomit\\w*|bleed\\w*`
    ],
    unless: [AK_PAST]
  },
  {
    // withdrawal from a benzodiazepine or from alcohol with a fit or hallucinations
    id: "triage.neuro.withdrawal-fit-or-hallucinations",
    level: E,
    finding: "a fit or hallucinations after running out of or stopping a benzodiazepine or alcohol (dangerous withdrawal)",
    all: [
      "ran out|run out|running out|stopped (?:taking |drinking)?|withdraw\\w*|cold turkey|without (?:her|his|my) (?:tablets|pills)|se le acab\\w*",
      "diazepam|valium|lorazepam|ativan|clonazepam|klonopin|benzo\\w*|temazepam|alprazolam|xanax|chlordiazepoxide|librium|nitrazepam|alcohol|drinking|booze",
      "(?:had|having|has) (?:a )?(?:fit|seizure|convulsion)|fitting|seizing|convuls\\w*|hallucinat\\w*|seeing (?:things|bugs|insects|people)"
    ],
    unless: [AK_PAST, "(?:taper|tapering|reduce|reducing|coming off) ~6 (?:plan|slowly|safely|how)"]
  },
  {
    // bowel obstruction: vomiting with no wind passed, or vomit that smells of faeces
    id: "triage.abdomen.obstruction-vomit-no-wind",
    level: E,
    finding: "vomiting with no wind passed, or vomit smelling of faeces, with pain or a swollen belly (possible bowel obstruction)",
    all: [
      "(?:hasnt|not|havent|hadnt|isnt|no|cant) ~2 (?:passed|passing|pass) (?:any )?(?:wind|gas)|no (?:wind|gas) ~3 (?:since|for)|(?:vomit|sick) ~6 (?:smells? like|smelling of|looks like) ~2 (?:poo|poop|faeces|feces|stool|sewage|mierda|caca)|(?:faecal|fecal|faeculent|feculent) vomit\\w*",
      "vomit\\w*|been sick|being sick|throw\\w* up|threw up|sick",
      "pain|cramp\\w*|waves|swollen|distended|bloated|hard|surgery|operation|hernia"
    ],
    unless: [AK_PAST]
  },
  {
    // acute urinary retention: no urine for hours with a hard, bulging or agonising lower belly
    id: "triage.urology.retention-bulging-bladder",
    level: E,
    notNegatable: true,
    finding: "no urine for hours with a hard, bulging or very painful lower belly (acute urinary retention)",
    all: [
      "(?:hasnt|not|havent|cant|couldnt|unable to|no|hasnt been able to) ~2 (?:passed water|pass water|peed|pee|wee|weed|urinated|urinate|passed urine|pass urine)|{cantPee}|no urine",
      "since (?:last night|yesterday|this morning|lunchtime)|(?:\\d+|ten|twelve|eight|several) hours|all (?:day|night)|overnight",
      "(?:belly|tummy|bladder|abdomen|stomach) ~4 (?:hard|bulging|swollen|distended|tight as a drum)|agony|excruciating|in (?:a lot of )?pain"
    ],
    unless: [AK_PAST, "catheter ~4 (?:draining|fine)|drinking (?:little|hardly)|dehydrat\\w*"]
  },
  {
    // a swallowed denture or object stuck in the gullet: nothing goes down, or pain in the chest
    id: "triage.airway.swallowed-object-cannot-swallow",
    level: E,
    finding: "a swallowed denture, bone or object with inability to swallow or chest pain (stuck in the gullet)",
    all: [
      "swallowed ~4 (?:denture|dentures|plate|false teeth|partial|bridge|bone|fish bone|chicken bone|coin|battery|blister|foil|button)|(?:denture|dentures|plate|false teeth|bone|food|meat) ~4 (?:stuck|lodged) ~4 (?:throat|gullet|chest|oesophagus|esophagus)",
      "cant (?:even )?swallow|unable to swallow|cant keep (?:saliva|spit)|spitting (?:out )?(?:saliva|spit)|drool\\w*|(?:hurts|pain) ~4 chest|chest ~3 (?:hurts|pain)"
    ],
    unless: [AK_PAST, "(?:passed|came out|found it)"]
  },
  {
    // a broken limb cutting off its own blood supply
    id: "triage.trauma.deformed-limb-cold-white",
    level: E,
    finding: "a deformed limb with cold, white or blue fingers or toes (fracture cutting off the blood supply)",
    all: [
      "(?:arm|forearm|wrist|leg|ankle|shin|elbow|knee) ~6 (?:bent|deformed|out of shape|at an angle|(?:wrong|weird|odd|funny|strange|awkward|unnatural) (?:shape|angle))|(?:bent|deformed) ~3 (?:arm|forearm|wrist|leg|ankle)",
      "(?:fingers|toes|hand|foot) ~4 (?:cold|white|blue|pale|grey|gray|numb|no pulse)"
    ],
    unless: [AK_PAST]
  },
  {
    // a heart attack without chest pain in a diabetic or older person: a drenching sweat at rest
    // with a grey or ashen colour
    id: "triage.cardiac.silent-sweat-grey-at-rest",
    level: E,
    finding: "drenching sweat at rest with a grey or ashen colour in a diabetic or older person (possible heart attack without chest pain)",
    all: [
      "sweat\\w* (?:buckets|profusely|heavily|like mad)|pouring (?:with )?sweat|drenched (?:in sweat)?|dripping (?:with )?sweat|cold sweat|clammy",
      "grey|gray|ashen|white as a sheet|deathly pale",
      `diabet\\w*|heart|angina|${AK_OLDER}`
    ],
    unless: [AK_PAST, "gym|workout|work out|exercis\\w*|running|sauna|mow\\w*|gardening|digging|hot (?:weather|day|room|flush\\w*)|heatwave|heat wave|menopaus\\w*|night sweats ~4 (?:for|months|weeks)|(?:fine|better|recovered) after|{xHypothetical}"]
  },
  {
    // unstable angina or a heart attack: chest pain the GTN spray does not shift
    id: "triage.cardiac.chest-pain-spray-not-working",
    level: E,
    finding: "chest pain that the GTN spray does not relieve or that has become constant",
    all: [
      "(?:wont|doesnt|didnt|not|isnt|hasnt|wouldnt) (?:go|going|gone|settle\\w*|ease\\w*|budge|shift\\w*|help\\w*|work\\w*|touch\\w*) ~4 (?:with )?(?:his |her |my |the )?(?:spray|gtn|nitro\\w*|glyceryl)|(?:spray|gtn|sprays|puffs) ~4 (?:not|isnt|didnt|doesnt|hasnt|havent|wont|arent) (?:help\\w*|work\\w*|touch\\w*|shift\\w*|ease\\w*|done anything)",
      "chest|angina|heart"
    ],
    unless: [AK_PAST, "nasal spray|throat spray|inhaler"]
  },
  {
    // giant cell arteritis threatening sight: its symptoms with any change in vision
    id: "triage.eye.temporal-arteritis-with-vision-change",
    level: E,
    finding: "headache with a tender scalp or jaw pain on chewing and any change in sight (giant cell arteritis threatening the eye)",
    all: [
      "(?:scalp|temple|temples) ~4 (?:tender|sore|hurts|painful)|(?:tender|sore) (?:scalp|temple|temples)|(?:brush\\w*|comb\\w*) ~3 hair ~3 (?:hurts|painful|sore|tender)|jaw ~4 (?:hurts|pain|aches|ache|sore|tired) ~3 (?:chew\\w*|eating|eat)",
      "(?:vision|sight|eye) ~4 (?:dim|dimmed|blur\\w*|went|gone|lost|dark|grey|gray|blank|black|curtain|shadow)|double vision|seeing double|(?:lost|losing) ~3 (?:vision|sight)"
    ],
    unless: [AK_PAST, "(?:no|not|without) ~3 (?:vision|sight|eye) (?:problems|changes|trouble)"]
  },
  {
    // delirium: an older person who today, out of nowhere, no longer knows the year or where they are
    id: "triage.neuro.older-sudden-disorientation",
    level: E,
    finding: "an older person suddenly not knowing the year, the place or what just happened (sudden delirium or stroke)",
    all: [
      "(?:no idea|doesnt know|didnt know|not sure|cant say|cant tell me) ~2 (?:what|which) (?:year|day|month)|(?:keeps|kept) asking where (?:she|he) is|doesnt know where (?:she|he) is|cant remember ~4 (?:minutes ago|just now|a minute ago)|doesnt know (?:where|who) (?:she|he|i) (?:is|am)",
      "out of nowhere|sudden\\w*|all of a sudden|this (?:morning|afternoon|evening)|today|tonight|since (?:lunch|breakfast|this morning)|getting worse",
      AK_OLDER
    ],
    unless: [AK_PAST, "(?:for|over) (?:months|years|a while)|(?:months|years) of|gradual\\w*|always (?:asks|asking)|dementia|alzheimer\\w*|demencia"]
  }
];
pushEmergencyRules(AK_RULES);
// Same-day care from set ak: end-of-life symptoms at home (a rattle, agitation, calling out: the
// palliative or hospice team now); hallucinations after a Parkinson's medicine change; constipation
// for days or with overflow; more sleepy after an opioid dose change; an older person suddenly off
// their legs; one swollen, tender calf (possible clot); an older person off food and drink and
// sleepier or with a low temperature; a discharging wound after an operation; a fever with burning
// urine and back or side pain (kidney infection); heart tablets or water tablets run out with
// swelling; a fall on a blood thinner; dizzy on standing after a new blood-pressure medicine; a
// treated hypo on a sulfonylurea (it can come back for hours); an ooze on an anticoagulant that
// will not stop, or blood in a catheter bag on one; a wish not to wake up without a plan.
const AK_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.end-of-life-symptom-at-home",
    level: U,
    finding: "a distressing symptom in someone dying at home (rattle, agitation, pain: call the palliative or hospice team now)",
    all: [
      "last days|dying|end of life|hospice|palliative|just in case (?:meds|medicines|medication|box)|anticipatory (?:meds|medicines|medication)|syringe driver",
      "rattl\\w*|agitat\\w*|restless\\w*|calling out|distress\\w*|in pain|pain ~3 (?:worse|bad|breakthrough)|breathing ~4 (?:changed|noisy|gurgl\\w*|rattl\\w*)|moaning|groaning|cant settle|wont settle"
    ],
    unless: ["(?:months|years) ago|last year|what should i do if|what (?:do|would) ~3 if|(?:volunteer|job|work|course|training) ~4 hospice|(?:how|what) (?:do|does|is) ~4 hospice"]
  },
  {
    id: "triage.urgent.parkinson-medicine-change-hallucinations",
    level: U,
    finding: "hallucinations or confusion after a Parkinson's medicine was started or changed (prescriber today)",
    all: [
      "parkinson\\w*|levodopa|sinemet|madopar|co careldopa|co beneldopa|ropinirole|pramipexole|rotigotine",
      "seeing things|hallucinat\\w*|(?:little )?people ~4 (?:arent|not|isnt) (?:there|real)|seeing (?:people|children|animals|bugs)|confus\\w*",
      "(?:increased|increase|upped|changed|started|starting|new|raised|higher|doubled) ~4 (?:dose|medication|medicine|tablets|meds|levodopa|sinemet|madopar|ropinirole|pramipexole|rotigotine|co careldopa|co beneldopa)|(?:dose|medication|medicine|tablets|meds) ~4 (?:increased|upped|changed|started|raised|doubled)"
    ],
    unless: ["(?:months|years) ago|last year|history of"]
  },
  {
    id: "triage.urgent.older-constipation-days-or-overflow",
    level: U,
    finding: "constipation for five or more days, or with watery leakage around it (possible impaction)",
    all: [
      "constipat\\w*|(?:hasnt|not|havent|no) (?:opened (?:her|his|my) bowels|had a (?:poo|bowel movement|bm)|been for a poo|pooed)|bunged up|impact\\w*",
      "(?:[5-9]|1\\d|five|six|seven|eight|nine|ten) days|a week|(?:over|nearly) a week|leak\\w*|overflow|watery ~3 (?:poo|stool|diarrh\\w*)|(?:poo|stool) ~3 (?:around|past) it"
    ],
    unless: [AK_PAST, "(?:baby|newborn|breastfed|infant|month old|months old)|(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.sleepier-after-opioid-change",
    level: U,
    finding: "more sleepy or muddled after an opioid dose change (review the dose today)",
    all: [
      "morphine|oxycodone|oxynorm|oxycontin|zomorph|opioids?|fentanyl|codeine|tramadol|buprenorphine|butrans|hydromorphone|oramorph|patch",
      "(?:increased|increase|upped|changed|started|new|raised|higher|doubled) ~4 (?:dose|patch|strength)|(?:dose|patch|strength) ~4 (?:increased|upped|changed|started|raised|doubled|went up)",
      "sleepy|sleepier|drowsy|drowsier|dozing|muddled|confus\\w*|pinpoint|nodding off"
    ],
    unless: [AK_PAST]
  },
  {
    id: "triage.urgent.older-suddenly-off-legs",
    level: U,
    finding: "an older person suddenly off their legs or much weaker (often an infection or medicine problem: same-day review)",
    all: [
      "off (?:her|his|their) (?:legs|feet)|gone off (?:her|his) legs|(?:suddenly|much|a lot) weaker|cant (?:get|stand) up (?:like|as) (?:usual|normal)|unsteady on (?:her|his) (?:legs|feet)",
      "since (?:yesterday|last night|this morning|the weekend)|today|suddenly|sudden|out of nowhere|(?:\\d|two|three) days",
      AK_OLDER + "|usually mobile|frame|walker|zimmer"
    ],
    unless: [AK_PAST, "(?:for|over) (?:months|years)|gradual\\w*"]
  },
  {
    id: "triage.urgent.one-calf-swollen-tender",
    level: U,
    finding: "one calf or leg swollen and tender or hot (possible clot: same-day scan)",
    all: [
      "(?:left|right|one) (?:calf|leg|lower leg)|(?:calf|leg) on (?:the |one )?(?:left|right|one) side|just (?:the|one) (?:calf|leg)|pantorrilla",
      "swollen|swelling|tender|hot|warm|red|painful|sore|hinchad[ao]",
      "swollen|swelling|puff\\w*|bigger|hinchad[ao]"
    ],
    unless: [AK_PAST, "both (?:legs|calves|ankles)|cramp\\w* ~3 (?:night|bed)|after (?:running|the gym|a run|football|training)|pulled|strain\\w*|(?:for|over) (?:months|years)|cast|plaster|insect|bite|sting|sprain\\w*|twist\\w*|injur\\w*|knock\\w*|fell"]
  },
  {
    id: "triage.urgent.older-off-food-sleepier-or-low-temp",
    level: U,
    finding: "an older or frail person off food and drink and sleepier or with a temperature (early infection or dehydration)",
    all: [
      "off (?:her|his|their) (?:food|drinks|food and drink)|(?:not|barely|hardly) (?:eating|drinking)|drinking less|eating less|not interested in food",
      "sleep\\w*|drowsy|more tired|lethargic|temp\\w*|muddled|not (?:herself|himself)|(?:37|38)\\.\\d",
      AK_OLDER + "|resident|care home|carer"
    ],
    unless: [AK_PAST, "(?:for|over) (?:months|years)|dieting|ramadan|fasting"]
  },
  {
    id: "triage.urgent.discharging-wound-after-operation",
    level: U,
    finding: "a discharging or red wound after an operation or joint replacement (possible wound infection)",
    all: [
      "replacement|operation|surgery|op|surgical|incision|hip (?:op|replacement)|knee (?:op|replacement)|c section|caesarean|clips|staples",
      "(?:wound|scar|incision|stitches|clips|staples|dressing) ~6 (?:discharge|oozing|leaking|pus|weeping|yellow\\w*|green\\w*|smell\\w*|red|hot|gaping)|(?:discharge|pus|oozing) ~4 (?:wound|scar|incision)"
    ],
    unless: [AK_PAST, "(?:healed|healing) (?:well|nicely|fine)|(?:years|months) ago"]
  },
  {
    id: "triage.urgent.fever-burning-urine-back-pain",
    level: U,
    finding: "a temperature with burning urine and back, side or loin pain (possible kidney infection)",
    all: [
      `${AK_FEVER}|shiver\\w*`,
      "(?:burn\\w*|sting\\w*|hurts|pain\\w*) when (?:she|he|i|they) (?:pees|wees|pee|wee|urinates|goes)|(?:burn\\w*|sting\\w*) ~3 (?:pee\\w*|wee\\w*|urin\\w*|water)|uti|water infection|urine infection|cystitis",
      "back|loin|flank|side|kidney"
    ],
    unless: [AK_PAST]
  },
  {
    id: "triage.urgent.heart-or-water-tablets-run-out-swelling",
    level: U,
    finding: "heart or water tablets run out or stopped, with swelling or more breathlessness (heart failure may worsen)",
    all: [
      "ran out|run out|running out|missed|stopped|forgot|no more|without (?:his|her|my) (?:tablets|pills|meds)",
      "water (?:tablet|tablets|pill|pills)|furosemide|frusemide|bumetanide|diuretic\\w*|heart (?:tablets|pills|meds|medication)|bisoprolol|spironolactone|digoxin|entresto",
      "ankles?|legs|feet|swell\\w*|puff\\w*|breathless\\w*|weight|short of breath"
    ],
    unless: [AK_PAST, "(?:should|can|could) (?:he|she|i) (?:stop|skip)"]
  },
  {
    id: "triage.urgent.older-fall-on-blood-thinner",
    level: U,
    finding: "a fall in an older person on a blood thinner or aspirin (check today for hidden bleeding or a fracture)",
    all: ["fell|fall|fallen|slipped|tripped|se cayo|caida", AK_THINNER, `${AK_OLDER}|bruise\\w*|hip`],
    unless: [AK_PAST, "(?:months|weeks) ago|(?:prevent|stop) ~3 falls?|falls? (?:clinic|risk|prevention)|{xHypothetical}"]
  },
  {
    id: "triage.urgent.dizzy-standing-new-bp-medicine",
    level: U,
    finding: "dizzy spells on standing after a new or higher blood-pressure or prostate medicine (falls risk: review today)",
    all: [
      "dizz\\w*|light ?headed|faint\\w*|woozy|giddy|wobbly|mareo|mareada|mareado",
      "stand\\w*|stood|getting up|got up|sitting up|sat up",
      "(?:new|started|starting|changed|increased|higher|extra|upped) ~4 (?:bp|blood pressure|tablets?|pills?|medication|medicine|meds|doxazosin|tamsulosin|amlodipine|ramipril|lisinopril|bisoprolol|furosemide)|(?:bp|blood pressure) (?:tablets?|pills?|meds|medication) ~4 (?:new|started|changed|increased)"
    ],
    unless: [AK_PAST, "(?:for|over) (?:months|years)"]
  },
  {
    id: "triage.urgent.treated-hypo-on-sulfonylurea",
    level: U,
    finding: "a low sugar on a sulfonylurea, even if treated (it can come back for hours: same-day review)",
    all: [
      "hypo|hypos|low (?:blood )?sugars?|(?:sugar|glucose|bm|reading) ~3 (?:of |was |at |down to )?(?:[23]\\.\\d)",
      "gliclazide|glimepiride|glipizide|glibenclamide|sulfonylurea|diamicron|amaryl"
    ],
    unless: [AK_PAST, "(?:what|which) ~3 (?:signs|symptoms)|(?:starting|about to start|will be starting)"]
  },
  {
    id: "triage.urgent.ooze-on-anticoagulant-wont-stop",
    level: U,
    finding: "a small bleed that will not fully stop on an anticoagulant (same-day check and INR)",
    all: [
      "sangra|sangrando|bleed\\w*|oozing|ooze",
      "no para|(?:wont|not|doesnt|isnt|hasnt) (?:stop|stopping|stopped|settle\\w*)|keeps (?:bleeding|oozing|sangrando)|still (?:bleeding|oozing)|sigue sangrando",
      AK_THINNER
    ],
    unless: [AK_PAST, "nose ~3 (?:bleed\\w*)|nosebleed"]
  },
  {
    id: "triage.urgent.blood-in-urine-or-catheter-on-thinner",
    level: U,
    finding: "blood in the urine or catheter bag on a blood thinner (same-day check)",
    all: [
      "catheter|bag|urine|pee|wee|orina",
      "blood|bloody|pink|red|sangre",
      AK_THINNER
    ],
    unless: [AK_PAST, "blood (?:test|tests|pressure)|pink eye"]
  },
  {
    id: "triage.urgent.wish-not-to-wake-no-plan",
    level: U,
    finding: "a wish not to wake up, without a plan (mental health review soon)",
    all: ["(?:wouldnt|would not|doesnt|dont|wouldn t) mind if ~3 (?:didnt|did not|never|dont|wouldnt) wake"],
    unless: [AK_PAST]
  }
];
pushUrgentRules(AK_URGENT_RULES);

// triage-al: concepts from set al (an independent writer: babies, children and teenagers, written
// by parents, carers, teachers, coaches and teens; ages written every way; some Spanish).
// Emergencies: a baby under a year who is pale, clammy or mottled with a weak or high-pitched cry
// or refusing feeds (NICE red: serious illness); a baby with hardly any wet nappies who refuses
// feeds (dehydration); a baby who was shaken (abusive head trauma); bruising or a swollen limb in
// a baby who cannot yet crawl (non-accidental injury with a possible fracture); a baby who fell
// from a height with a boggy swelling, vomiting or drowsiness (skull fracture, bleed); a knock to
// the head with repeated vomiting; a baby breathing fast who is hardly feeding (bronchiolitis);
// blood coughed or vomited after a blow to the body; thirst and passing urine all the time with
// vomiting or deep breathing (new diabetes in DKA); bloody diarrhoea then hardly any urine or a
// puffy face (haemolytic uraemic syndrome); a swollen, tense or purple scrotum, or testicle pain
// with vomiting or waking the child (torsion); a swollen, bulging eye with pain on moving it or
// double vision (orbital cellulitis); spreading redness round a young baby's belly button
// (omphalitis); a bulging soft spot with a fever or vomiting, and a fever with a painful neck on
// bending and dislike of light (meningitis); a missing button battery a child played with; drain
// unblocker and other caustics; yew and other deadly plants; iron tablets, and a grandparent's
// heart or blood-pressure tablets from an opened pill organiser; a scald with blisters on a
// child's face, neck or chest; a teenager talking of ending it with the means at hand.
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyAL = ["unblocker", "organiser", "omphalitis", "dosette", "laburnum", "foxglove", "oleander", "fontanelle"];
/** the past every block's rules step back from: a hypothetical, weeks or years ago, a history of it */
const PAST_CORE = "{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|used to|history of";
const AL_PAST = `${PAST_CORE}|when (?:he|she) was (?:a baby|little|\\d)`;
// a baby under about a year: an age in days, weeks or months (up to 12), or a baby word
const AL_INFANT =
  "(?<![0-9])(?:[1-9]|1[0-2]) ?(?:mo|mos|mth|mths|month|months|wk|wks|week|weeks|day|days)(?: old)?(?![a-z])|newborn|new born|infant|baby|babys|bebe|recien nacid[oa]|(?:de )?(?:[1-9]|1[0-2]) (?:meses|semanas|dias)";
// a child or teenager: the shared child words, an age in years under 18, or a teen word
const AL_KID =
  "{xChild}|(?<![0-9])(?:[1-9]|1[0-7]) ?(?:yo|y o|yr|yrs|year|years|yr old|year old|years old)(?![a-z])|(?<![0-9])\\d{1,2} ?(?:mo|months?)(?![a-z])|teen\\w*|stepson|stepdaughter|pupil|toddler|little (?:bro|sis|brother|sister)|baby (?:brother|sister)|(?:brother|sister) \\(?\\d|(?:shes|hes|aged|age) (?:[1-9]|1[0-7])(?: and a half)?(?![0-9])(?! ?(?:hours?|days?|weeks?|mins?|minutes?|pm|am|o clock|times?))";
const AL_RULES: TriageRuleSpec[] = [
  {
    // NICE red features in a baby: pale, clammy or mottled with a weak or high-pitched cry or off feeds
    id: "triage.infant.pale-clammy-weak-cry-or-off-feeds",
    level: E,
    finding: "a baby who is pale, clammy, grey or mottled with a weak or high-pitched cry, floppiness or refusing feeds (possible serious infection)",
    all: [
      AL_INFANT,
      "pale|clammy|mottled|blotchy|grey|gray|ashen|palid[oa]",
      "high pitched|weak cry|cry (?:is |sounds |seems )?(?:weak|high|different|strange)|will not (?:take|feed|latch|wake|drink)|(?:weak|high|moaning|whimper\\w*) (?:cry|crying)|floppy|limp|wont (?:take|feed|latch|wake|drink)|not (?:feeding|waking|latching)|refus\\w* (?:feeds|the breast|the bottle|bottles)|hard to wake|unresponsive"
    ],
    unless: [AL_PAST, "(?:hes|shes|is) (?:feeding|fine|pink) (?:well|normally|fine)"]
  },
  {
    // dehydration in a baby: hardly any wet nappies and refusing feeds or dry lips
    id: "triage.infant.few-wet-nappies-and-refusing",
    level: E,
    finding: "a baby with hardly any wet nappies who refuses feeds or has a dry mouth (dehydration)",
    all: [
      AL_INFANT,
      "(?:only|just|no|one|1) (?:one |1 )?wet (?:nappy|nappies|diaper|diapers)|(?:nappies|nappy|diapers|diaper) (?:have been |are |is |been )?dry|(?:hasnt|not|hardly|barely) (?:weed|peed|wet|had a wet)",
      "push\\w* ~3 (?:bottle|breast|away)|wont (?:feed|drink|take)|refus\\w*|not (?:feeding|drinking|taking)|dry (?:lips|mouth|tongue)|cracked lips|sunken|no tears|sleepy|floppy"
    ],
    unless: [AL_PAST]
  },
  {
    // abusive head trauma: a baby was shaken (the carer often says so)
    id: "triage.infant.shaken",
    level: E,
    finding: "a baby who was shaken (possible brain injury: emergency care now)",
    all: [
      "shook (?:the |my |our )?(?:baby|him|her|them)|shaken (?:the |my )?(?:baby|him|her)|shaking (?:the |my )?baby (?:hard|too hard)",
      "vomit\\w*|sick|sleepy|drowsy|not acting right|not right|floppy|limp|fit|seiz\\w*|breath\\w*|wont wake|hard to wake|cry\\w*|scream\\w*|eyes|pale|quiet"
    ],
    unless: [AL_PAST, "shaken baby syndrome|(?:rattle|toy|bottle|formula)|shook (?:her|him) awake|shook (?:his|her) (?:hand|head)"]
  },
  {
    // bruising or a swollen limb in a baby who cannot crawl yet (non-accidental injury, fracture)
    id: "triage.infant.bruises-or-swollen-limb-not-mobile",
    level: E,
    finding: "bruises or a swollen, painful limb in a baby who is not yet crawling (possible non-accidental injury or fracture)",
    all: [
      AL_INFANT,
      "bruis\\w*",
      "(?:thigh|leg|arm) ~4 swollen|swollen ~4 (?:thigh|leg|arm)|(?:screams|cries|crying|screaming) (?:when|if) ~5 (?:move|change|touch|pick|lift|dress)|(?:cant|cannot|isnt|not) (?:even )?(?:crawl|crawling|walk|walking|roll|rolling)|ears|both (?:cheeks|ears)|(?:wont|not) (?:move|moving) (?:her|his) (?:arm|leg)"
    ],
    unless: [AL_PAST, "jab|jabs|vaccin\\w*|injection|heel prick|birthmark|mongolian|blood test"]
  },
  {
    // a baby falling from a height (worktop, changing table, bed) with a boggy swelling, vomiting
    // or drowsiness: possible skull fracture or bleed
    id: "triage.infant.fall-from-height-with-red-flags",
    level: E,
    finding: "a baby who fell from a height with a large soft swelling, vomiting, drowsiness or staring (possible skull fracture or bleed)",
    all: [
      AL_INFANT,
      "fell (?:off|out|from|down|onto)|rolled off|fall from|falling off|dropped (?:him|her|the baby)|came off|tumbled off|se cayo",
      "(?:big|large|huge|squishy|soft|boggy|spongy|squidgy) ~3 (?:swelling|lump|bump)|(?:swelling|lump|bump) ~4 (?:squishy|soft|boggy|spongy|squidgy)|sick|vomit\\w*|threw up|throw\\w* up|sleepy|falling asleep|drowsy|staring|(?:really|very|so) quiet|not crying|floppy|wont wake|hard to wake|vomita\\w*"
    ],
    unless: [AL_PAST, "fell asleep|rolled off ~3 (?:play ?mat|mat|cushion|rug)"]
  },
  {
    // a blow to the head (ball, bat, stick) with repeated vomiting
    id: "triage.head.blow-with-repeated-vomiting",
    level: E,
    finding: "a knock to the head followed by repeated vomiting (possible brain injury)",
    all: [
      "hit (?:him|her|them|me) (?:on|in) the (?:head|temple|forehead|side of the head)|(?:ball|bat|stick|club|puck|rock|stone|swing) ~7 (?:head|temple|forehead)|{xHeadHit}",
      "(?:keeps|kept|keep|still) (?:throwing up|being sick|vomiting|puking)|(?:sick|vomited|threw up|thrown up|puked) (?:twice|again|three times|3 times|several times|a few times|more than once)|(?:vomiting|throwing up) (?:since|ever since|repeatedly)"
    ],
    unless: [AL_PAST]
  },
  {
    // bronchiolitis in a baby: fast breathing or wheeze and hardly feeding
    id: "triage.infant.fast-breathing-poor-feeding",
    level: E,
    finding: "a baby breathing fast who is taking much less feed than usual (bronchiolitis or pneumonia: needs assessment now)",
    all: [
      AL_INFANT,
      `${AK_FAST_BREATHING}|working hard to breathe|sucking in ~4 (?:ribs|neck|chest)|grunting`,
      "only (?:taken|had|drunk|took|managed) ~3 (?:oz|ounces|ml|mls|feed|bottle)|(?:not|wont|barely|hardly|isnt) (?:feeding|drinking|taking (?:his|her) (?:feeds|bottles?))|half (?:his|her) (?:usual )?feeds|push\\w* ~3 (?:bottle|breast) away|too (?:breathless|tired) to feed"
    ],
    unless: [AL_PAST]
  },
  {
    // blood coughed or vomited after a blow to the chest or belly: internal injury
    id: "triage.trauma.blood-coughed-after-blow",
    level: E,
    finding: "coughing or vomiting blood after a blow to the body (possible internal injury)",
    all: [
      "punched|kicked|hit|tackled|struck|elbowed|kneed|crash\\w*|fell|fall|thrown|rammed|stamped",
      "(?:coughing|coughed|cough\\w*|spitting|spat|throwing|threw|vomit\\w*|bringing) (?:up )?blood"
    ],
    unless: [AL_PAST, "nose ?bleed|lip|tooth|teeth|bit (?:his|her|my) tongue"]
  },
  {
    // new type 1 diabetes presenting in DKA: thirst and passing urine all the time, then
    // vomiting, deep or heavy breathing or drowsiness
    id: "triage.diabetes.thirst-and-urine-with-vomiting-or-deep-breathing",
    level: E,
    finding: "great thirst and passing urine all the time, now with vomiting, deep breathing or drowsiness (possible diabetic ketoacidosis)",
    all: [
      "drinking ~4 (?:nonstop|non stop|constantly|all the time|loads|so much|gallons)|(?:really|very|always|so|constantly) thirsty|thirst\\w*|sed (?:todo|constante)",
      "loo|toilet|wee\\w*|pee\\w*|bathroom|urinat\\w*|wetting|orina\\w*|bano",
      "sick|vomit\\w*|throw\\w* up|threw up|deep (?:breath\\w*|sigh\\w*)|(?:heavy|deep|heavy and deep) breath\\w*|breathing ~3 (?:heavy|deep|funny|strange)|pear drops|nail varnish|fruity|drowsy|confus\\w*|vomita\\w*"
    ],
    unless: [AL_PAST, "after (?:the |a )?(?:match|game|run|training|party)|hangover|beer|drinking alcohol"]
  },
  {
    // haemolytic uraemic syndrome: bloody diarrhoea then hardly any urine or a puffy face
    id: "triage.kidney.bloody-diarrhoea-then-little-urine",
    level: E,
    finding: "bloody diarrhoea followed by hardly passing urine or a puffy face (possible haemolytic uraemic syndrome)",
    all: [
      "bloody (?:diarrh\\w*|poo\\w*|stools?|runs)|blood in (?:his|her|the|their) (?:poo\\w*|stools?|diarrh\\w*)|diarrea con sangre",
      "(?:hardly|barely|not|hasnt|no|rarely) ~2 (?:wee\\w*|pee\\w*|urin\\w*)|puffy|swollen (?:face|eyes|eyelids)|(?:face|eyes|eyelids) ~3 (?:puffy|swollen)"
    ],
    unless: [AL_PAST]
  },
  {
    // testicular torsion in any child: a swollen, tense, red or purple scrotum or testicle, or
    // testicle pain with vomiting or that woke him
    id: "triage.testicle.swollen-or-with-vomiting-child",
    level: E,
    finding: "a swollen, tense, red or purple testicle or scrotum, or testicle pain with vomiting or waking from sleep (possible torsion: surgery within hours)",
    all: [
      "{xTesticle}|groin|scrotum",
      "swollen|swelling|tense|purple|dark red|red|hinchad[oa]",
      "agony|scream\\w*|sick|vomit\\w*|threw up|throwing up|woke|(?:really|very|so) (?:painful|sore)|touched|tense|purple|cant walk|cries"
    ],
    unless: [AL_PAST, "lump ~6 (?:pops|goes back)|(?:no|not) (?:pain|painful|sore)|painless|rash|nappy rash|eczema"]
  },
  {
    id: "triage.testicle.pain-with-vomiting-or-waking",
    level: E,
    finding: "testicle pain with vomiting, or that woke him from sleep (possible torsion: surgery within hours)",
    all: [
      "(?:left|right|one|his|my) (?:ball|testicle|nut)|testicle|testicular|testiculo",
      "pain\\w*|hurt\\w*|sore|ache\\w*|agony|duele",
      "sick|vomit\\w*|threw up|throwing up|woke|vomita\\w*"
    ],
    unless: [AL_PAST]
  },
  {
    // orbital cellulitis: a swollen, bulging eye with pain on moving it or double vision
    id: "triage.eye.swollen-bulging-painful-moving",
    level: E,
    finding: "a swollen, red or bulging eye with pain on moving it or double vision (possible orbital cellulitis)",
    all: [
      "(?:eye|eyes|eyelid|eyelids|ojo) ~4 (?:swollen|swelling|bulg\\w*|sticking out|pushed out|puffy|hinchad[oa])|(?:swollen|bulging|puffy) (?:eye|eyes|eyelid|eyelids)",
      "(?:hurts|pain\\w*|sore) ~4 (?:move|moving|look\\w*)|double|seeing two|cant (?:move|open) (?:it|his eye|her eye)",
      `${AK_FEVER}|infect\\w*|sinusitis|cellulitis`
    ],
    unless: [AL_PAST, "bee|sting|stung|insect|bite|mosquito|allerg\\w*|pollen|hay ?fever|crying"]
  },
  {
    // omphalitis: spreading redness or a fever with a red belly button in a young baby
    id: "triage.infant.red-spreading-belly-button",
    level: E,
    finding: "redness spreading from a young baby's belly button, or with a fever (possible omphalitis)",
    all: [
      AL_INFANT,
      "belly button|umbilic\\w*|cord stump|stump|navel|ombligo",
      "red|redness|rojo|roja|swollen|hot|inflam\\w*",
      "spread\\w*|fever|feverish|temp|temperature|hot|(?:3[89])(?:\\.\\d)?|fiebre|se extiende"
    ],
    // an adult's keyhole-surgery port wound near the navel ("5 days ago" is not a baby's age)
    unless: ["gall ?bladder|port holes?|port sites?|keyhole|laparoscop\\w*|(?:my|his|her) (?:op|operation|surgery)|hernia (?:op|repair)|piercing", AL_PAST, "(?:just |only )?(?:a bit )?(?:sticky|smelly|crusty|oozing)(?! ~6 (?:spread|fever|temp|hot))"]
  },
  {
    // raised pressure or meningitis in a baby: a bulging soft spot with a fever, vomiting or drowsiness
    id: "triage.infant.bulging-fontanelle-unwell",
    level: E,
    finding: "a bulging soft spot with a fever, vomiting or drowsiness (possible meningitis)",
    all: [
      "soft spot|fontanel\\w*|mollera",
      "bulg\\w*|swollen|tense|raised|pushing out|sticking out|abultad[oa]",
      "fever|temp|temperature|vomit\\w*|sick|sleepy|drowsy|irritable|floppy|fiebre|vomita\\w*|high pitched"
    ],
    unless: [AL_PAST, "(?:only|just) when (?:she|he) (?:cries|crying|strains)"]
  },
  {
    // meningitis in a child: a fever with neck pain on bending it and dislike of light or vomiting
    id: "triage.child.fever-neck-pain-bending-and-light",
    level: E,
    finding: "a fever with pain on bending the neck, plus dislike of light, vomiting or a rash (possible meningitis)",
    all: [
      `${AK_FEVER}`,
      "stiff neck|neck (?:is )?(?:stiff|rigid)|(?:bend|bending|tilt\\w*|put|move|moving) (?:her|his|their|my) (?:head|chin|neck) (?:down|forward)|chin (?:to|on) (?:her|his|their) chest|(?:look|looking) down (?:hurts|is painful)|cuello rigido",
      "light\\w*|vomit\\w*|sick|rash|drowsy|sleepy|headache|threw up|vomita\\w*|luz"
    ],
    unless: [AL_PAST, "(?:no|not) stiff neck"]
  },
  {
    // a missing button battery a child had: it can burn through the gullet in two hours
    id: "triage.child.button-battery-missing",
    level: E,
    finding: "a button or watch battery a child was playing with that is now missing (possible swallowing: X-ray now)",
    all: [
      "button batter\\w*|watch batter\\w*|coin batter\\w*|lithium batter\\w*|hearing aid batter\\w*|(?:remote|key fob|car key|calculator|toy|thermometer|candle|scale|scales) batter\\w*|pila de boton|pila de reloj|pilas de boton",
      "cant find|couldnt find|missing|gone|disappeared|lost|(?:think|might|may) (?:she|he|they) (?:has |have )?(?:swallowed|ate)|in (?:his|her) mouth|no la encuentro|no encuentro",
      AL_KID
    ],
    unless: [AL_PAST, "found it|found the battery|(?:lost|missing) ~4 (?:remote|watch|keys?)(?! ~10 (?:mouth|swallow))"]
  },
  {
    // caustic ingestion: drain unblocker and other strong alkalis burn the mouth and gullet
    id: "triage.poison.caustic-drain-unblocker",
    level: E,
    finding: "a child who got into drain unblocker, caustic soda or another caustic (burns to the mouth and gullet: emergency care now)",
    all: [
      "drain (?:unblocker|cleaner|opener)|sink unblocker|unblocker|caustic\\w*|lye|oven cleaner|dishwasher (?:powder|gel)|sosa caustica|destapacanos",
      "mouth|lips|tongue|drool\\w*|scream\\w*|burn\\w*|vomit\\w*|{xIngest}|red|boca"
    ],
    unless: [AL_PAST, "(?:on|got it on) (?:his|her|my) (?:hand|hands|arm|skin)(?! ~8 (?:mouth|lips|swallow))"]
  },
  {
    // deadly plants: yew, foxglove, oleander, laburnum and others, chewed or swallowed by a child
    id: "triage.poison.deadly-plant",
    level: E,
    finding: "a child who ate or chewed part of a very poisonous plant such as yew, foxglove, oleander or laburnum",
    all: [
      "yew|foxglove\\w*|oleander|deadly nightshade|belladonna|laburnum|monkshood|aconite|hemlock|castor beans?|lily of the valley|adelfa|tejo",
      "{xIngest}|seeds|berries|leaves|pods"
    ],
    unless: [AL_PAST, "spat (?:it|them|the berry|the berries|the leaf|the leaves) (?:all )?out|(?:is|are) (?:it|they|yew|\\w+) (?:poisonous|toxic|safe)|safe to (?:plant|grow|have)|should (?:i|we) (?:remove|pull|dig)"]
  },
  {
    // iron tablets or an older relative's heart and blood-pressure tablets in a small child
    id: "triage.poison.child-iron-or-heart-tablets",
    level: E,
    finding: "a small child who got into iron tablets, or an adult's heart or blood-pressure tablets (dangerous in small amounts)",
    all: [
      AL_KID,
      "iron (?:tablets?|pills?|supplements?)|ferrous|pill (?:organi[sz]er|box)|dosette|(?:heart|blood pressure|bp|diabetes) (?:tablets?|pills?|meds|medicines?)|pastillas (?:de|del) (?:hierro|corazon|presion)",
      "{xIngest}|gone|missing|empty|emptied|open|opened|chew\\w*|(?:\\d+|a few|some) (?:are|were) (?:gone|missing)"
    ],
    unless: [AL_PAST, "(?:how|where) (?:do|should|can) (?:i|we) (?:store|keep)|prescribed|(?:his|her) (?:own )?(?:iron|prescribed)|(?:he|she) takes (?:iron|his|her)"]
  },
  {
    // a scald with blisters over a child's face, neck or chest, or a large area
    id: "triage.burn.child-scald-blisters-face-neck-chest",
    level: E,
    finding: "a child scalded with blisters on the face, neck or chest, or over a large area (needs emergency care)",
    all: [
      AL_KID,
      "scald\\w*|hot (?:tea|coffee|water|drink|soup|kettle|bath|oil|noodles|milk)|boiling (?:water|kettle)|cup of tea|kettle|agua hirviendo",
      "blister\\w*|skin ~3 (?:peel\\w*|came off|coming off|white)|ampolla\\w*",
      "face|cheek\\w*|neck|chest|tummy|genital\\w*|groin|big|large|huge|all over|whole|down (?:her|his) (?:chest|arm|leg|front)|cara|cuello|pecho"
    ],
    unless: [AL_PAST, "(?:small|tiny|little|one) blister ~3 (?:on|finger|hand)"]
  },
  {
    // a teenager talking of ending it with the means at hand or shut away
    id: "triage.mental-health.teen-ending-it-with-means",
    level: E,
    crisis: true,
    finding: "talk of ending it with the means at hand, a time set, or locked away (suicide risk now)",
    all: [
      "ending it|end it (?:all|tonight)|kill (?:himself|herself|themselves)|end (?:his|her|their) (?:own )?life|take (?:his|her|their) (?:own )?life|suicid\\w*|quitarse la vida",
      "tonight|right now|locked|pills|tablets|knife|rope|access|plan|bridge|goodbye|bathroom|gun"
    ],
    unless: [AL_PAST.replace("{xHypothetical}|", ""), "girlfriend|boyfriend|relationship|break ?up|dumped|partner|(?:a|the) (?:book|film|movie|show|game|essay|project)"]
  }
];
pushEmergencyRules(AL_RULES);

// triage-al, same-day concepts: a pulled elbow (a toddler who will not use an arm after it was
// pulled or swung); a fever of 38 or more in a baby under a year; a limp in a child with a
// temperature or after a fall (septic arthritis, a toddler's fracture); a teenager who sees no
// point in living, without a plan; stinging urine with frequency in a child (UTI); a red, swollen
// foreskin; a blow to the eye that leaves it red and sore; a groin lump that comes and goes in a
// baby (inguinal hernia); unprotected sex or a split condom (emergency contraception is
// time-limited); eczema with punched-out blisters or a fever (eczema herpeticum); pale stools
// with yellow skin, or spreading jaundice, in a young baby; a newborn's sticky eyes with puffy lids
// (neonatal conjunctivitis).
const AL_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.child-pulled-elbow",
    level: U,
    finding: "a young child who will not use an arm after it was pulled, swung or yanked (possible pulled elbow)",
    all: [
      "(?:swung|swinging|pulled|yanked|lifted|tugged|jerked) ~6 (?:by|on) (?:the|her|his|their) (?:arms?|hands?|wrists?)|(?:pulled|yanked|tugged) (?:her|his) (?:arm|hand)|se jalo el brazo|le jal\\w* (?:el|del) brazo|jalon|jalo",
      "(?:wont|will not|doesnt|isnt|not) (?:use|using|move|moving|lift|lifting|bend\\w*)|holds? it|holding it|hanging|no quiere mover|no mueve"
    ],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.infant-fever-38",
    level: U,
    finding: "a temperature of 38 or more in a baby under a year (needs to be seen today)",
    all: [
      AL_INFANT,
      "(?<![0-9.])(?:3[89]|40)\\.\\d(?![0-9])|(?:temp|temperature|fever|fiebre) (?:of |is |was |at |reading )?(?:3[89]|40)(?![0-9])"
    ],
    unless: [AL_PAST, "jabs?|vaccin\\w*|immuni[sz]ations?|injections?|shots"]
  },
  {
    id: "triage.urgent.child-limp-with-fever-or-after-fall",
    level: U,
    finding: "a child limping with a temperature, or since a fall (possible joint infection or fracture)",
    all: [
      AL_KID,
      "limp\\w*|favou?ring (?:the |her |his )?(?:other )?(?:leg|foot)|(?:wont|not) (?:put|putting) weight|cojea\\w*",
      `${AK_FEVER}|37\\.[5-9]|fell|fall|came off|tripped|twisted|landed|injur\\w*|se cayo`
    ],
    unless: [AL_PAST, "cramp\\w*|growing pains"]
  },
  {
    id: "triage.urgent.no-point-in-living-no-plan",
    level: U,
    crisis: true,
    finding: "saying there is no point in living, without a plan (mental health review soon; crisis line)",
    all: ["(?:dont|doesnt|didnt|cant|can t) see (?:the|any) point (?:in|of) (?:living|life|being alive|going on)|no point (?:in )?(?:living|being alive|going on)|better off (?:dead|without (?:me|him|her))|no tiene sentido vivir"],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.child-stinging-urine",
    level: U,
    finding: "a child with stinging or burning on passing urine (possible urine infection: test today)",
    all: [
      AL_KID,
      "(?:stings|burns|hurts|stinging|burning|sore) (?:when|while) (?:she|he|they) (?:pees|wees|goes|urinates)|(?:stings|burns|hurts) ~3 (?:pee|wee|pipi)|arde ~4 (?:pipi|orinar|hacer pis)|duele ~4 (?:pipi|orinar)"
    ],
    unless: [AL_PAST, "nappy rash|diaper rash|bubble bath"]
  },
  {
    id: "triage.urgent.red-swollen-foreskin",
    level: U,
    finding: "a red, swollen foreskin or penis in a boy (possible balanitis)",
    all: ["foreskin|willy|prepucio", "red|swollen|sore|pus|hinchad[oa]|rojo"],
    unless: [AL_PAST, "(?:wont|doesnt) (?:go back|retract)(?! ~8 (?:red|swollen))"]
  },
  {
    id: "triage.urgent.blow-to-eye",
    level: U,
    finding: "a blow to the eye that left it red, sore or watering (eye check today)",
    all: [
      "(?:ball|football|finger|stick|elbow|fist|punch\\w*|poked|hit|racket|toy) ~5 (?:in|to|into) (?:the|his|her|my|their) eye",
      "red|sore|wat\\w*|blood|blurr\\w*|swollen|pain\\w*|hurts"
    ],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.infant-groin-lump-comes-and-goes",
    level: U,
    finding: "a lump in a baby's or child's groin or scrotum that comes and goes (possible inguinal hernia: surgical review)",
    all: [
      `${AL_INFANT}|${AL_KID}`,
      "lump|bulge|swelling|bump|bulto",
      "groin|scrotum|ingle",
      "pops out|comes out|goes back|(?:when|if) (?:he|she) (?:cries|strains|coughs|poos)|comes and goes"
    ],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.emergency-contraception",
    level: U,
    finding: "unprotected sex or a failed condom (emergency contraception works best within hours)",
    all: [
      "unprotected sex|condom (?:broke|split|came off|slipped)|(?:no|without a) condom|sin condon|se rompio el condon",
      "last night|yesterday|today|this morning|\\d+ (?:hours|days) ago|panick\\w*|worried|scared|what (?:do|should|can)|morning after"
    ],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.eczema-blisters-or-fever",
    level: U,
    finding: "eczema with punched-out blisters, weeping crusts and a fever (possible eczema herpeticum)",
    all: ["eczema|eccema", "punched out|blister\\w*|cold sore|weeping|crust\\w*", `${AK_FEVER}|miserable|spread\\w*|unwell|punched out`],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.infant-pale-stools-or-spreading-jaundice",
    level: U,
    finding: "a young baby with pale stools and yellow skin, or jaundice spreading down the body (check bilirubin today)",
    all: [
      `${AL_INFANT}|newborn`,
      "(?:poo|poos|stool|stools|nappies|nappy) ~5 (?:pale|white|chalky|grey|gray|clay)|(?:pale|white|chalky|grey|gray|clay) (?:poo|poos|stool|stools)|(?:yellow|jaundic\\w*) ~6 (?:spread\\w*|tummy|belly|legs|down)|more yellow|yellower",
      "yellow\\w*|jaundic\\w*|amarill\\w*"
    ],
    unless: [AL_PAST]
  },
  {
    id: "triage.urgent.newborn-sticky-eyes-puffy-lids",
    level: U,
    finding: "a newborn with thick discharge from the eyes and puffy lids (possible neonatal conjunctivitis)",
    all: [
      "newborn|new baby|(?<![0-9])(?:[1-9]|1\\d|2[0-8]) ?(?:day|days)(?: old)?(?![a-z])|(?<![0-9])[1-4] ?(?:wk|wks|week|weeks)(?: old)?(?![a-z])",
      "eye|eyes|eyelid|eyelids",
      "pus|sticky|discharge|gunk|goo|yellow",
      "puffy|swollen|red|thick"
    ],
    unless: [AL_PAST]
  }
];
pushUrgentRules(AL_URGENT_RULES);

// triage-am: concepts from set am (an independent writer: people living with chronic illness and
// with treatments and devices, and their carers). Emergencies: spreading cellulitis with a high
// fever on a biologic, steroid or other immunosuppressant; worsening belly pain with faintness or
// shoulder-tip pain in the days after an operation (bleeding, a leak); several shocks from an ICD
// in a short time (electrical storm); a sudden headache unlike any before (subarachnoid bleed);
// vomiting with fainting or collapse in someone at risk of adrenal crisis (Addison's, long-term
// steroids, immunotherapy); a swollen, tight belly that suddenly gets worse in colitis or Crohn's
// (toxic megacolon, perforation); fever with rigors and jaundice (cholangitis); vomit that looks
// like coffee grounds; a bleed that will not stop with tiny red spots or low platelets; a dialysis
// fistula or graft that lost its buzz with a cold, numb or blue hand; a stoma gone purple or black;
// a pus-filled wound over a pacemaker, ICD, port or other implant with fevers or chills; palpitations
// or tingling in kidney failure after potassium-rich food or a missed session (hyperkalaemia);
// bubbly, noisy breathing in heart failure with pallor or a sense of dying (pulmonary oedema);
// chemotherapy leaking into the skin round the drip (extravasation); someone hard to rouse; a
// ventilated chest that does not rise or falling sats despite bagging; sickle cell with a fever and
// breathing trouble (acute chest syndrome); a growing bruise on a blood thinner with a tense limb or
// numbness (compartment syndrome); a sugar under 3 that keeps falling or with confusion; neck
// swelling with noisy or tight breathing after thyroid or neck surgery (haematoma); urine like cola
// or a changed pump sound with an LVAD (pump thrombosis, haemolysis).
(MORE_TRIAGE_GROUPS as Record<string, readonly string[]>).xVocabularyAM = ["ulcerative", "platelets", "extravasation", "thyroidectomy", "haematoma", "hematoma", "fistula", "levodopa", "tacrolimus"];
const AM_PAST = `${PAST_CORE}|in remission`;
// the past for a problem that may be days or weeks old (a wound after an operation, a long-standing condition)
const AM_LONG_PAST = "{xHypothetical}|(?:months|years) ago|last year|history of";
// a medicine or condition that weakens the immune response
const AM_IMMUNOSUPPRESSED =
  "humira|adalimumab|infliximab|remicade|etanercept|enbrel|biologic\\w*|methotrexate|azathioprine|mycophenolate|tacrolimus|ciclosporin|cyclosporine|prednisolone|prednisone|(?:on|long term|high dose) steroids|immunosuppress\\w*|transplant|chemo\\w*|immunotherapy";
// an operation in the last days
const AM_RECENT_OP =
  "(?:op|operation|surgery|keyhole|laparoscop\\w*|out|removed|taken out|section|replacement|repair|procedure) ~6 (?:yesterday|today|this morning|last night|(?:[1-9]|1[0-4]) days ago|(?:a|1|one) week ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:yesterday|today|this morning|(?:[1-9]|1[0-4]) days ago) ~4 (?:op|operation|surgery|keyhole|laparoscop\\w*)|(?:surgery|op|operation) (?:was )?(?:[1-9]|1[0-4]) days ago|(?:[1-9]|1[0-4]) days (?:post op|after (?:my |his |her |the )?(?:op|operation|surgery))|post op|sent home|went home|discharged";
const AM_RULES: TriageRuleSpec[] = [
  {
    // cellulitis spreading within hours with a high fever in someone whose immunity is suppressed
    id: "triage.infection.spreading-redness-fever-immunosuppressed",
    level: E,
    finding: "a red, hot area spreading fast with a high fever on a medicine that weakens immunity (possible severe infection or sepsis)",
    all: [
      AM_IMMUNOSUPPRESSED,
      "(?:red|redness|hot|swollen) ~6 (?:spread\\w*|bigger|growing|whole (?:shin|leg|arm|calf|thigh|foot))|spread\\w* ~4 (?:red|redness)",
      "(?:39|40|41)(?:\\.\\d)?(?![0-9])|10[2-5](?:\\.\\d)?(?![0-9])|high (?:fever|temp\\w*)|rigou?rs|shaking|shivering|very unwell|really unwell|so unwell"
    ],
    unless: [AM_PAST]
  },
  {
    // after an operation: belly pain getting worse with faintness or shoulder-tip pain (bleeding, bile or bowel leak)
    id: "triage.surgical.post-op-belly-pain-faint",
    level: E,
    finding: "belly pain getting worse in the days after an operation with faintness or shoulder-tip pain (possible internal bleeding or leak)",
    all: [
      AM_RECENT_OP,
      "(?:stomach|belly|tummy|abdominal|abdomen|abdo) (?:pain|ache) ~4 (?:worse|severe|terrible|agony|getting bad)|(?:worse|severe|terrible) (?:stomach|belly|tummy|abdominal) pain",
      "faint|fainted|dizzy|lightheaded|light headed|shoulder tip|pale|clammy|cant stand|heart racing|racing heart|collaps\\w*|passed out"
    ],
    unless: [AM_PAST]
  },
  {
    // two or more ICD shocks in a day, or shocks that keep coming: electrical storm
    id: "triage.cardiac.icd-repeated-shocks",
    level: E,
    finding: "several shocks from an implanted defibrillator in a short time (possible electrical storm)",
    all: [
      "icd|aicd|defib|defibrillator",
      "(?:shocked|shocks|shocking|fired|went off|gone off|going off) ~4 (?:[2-9]|twice|several|multiple|again and again|repeatedly) ?(?:times)?|(?:[2-9]|several|multiple) shocks|keeps (?:shocking|firing|going off)|shocked again|another shock"
    ],
    unless: [AM_PAST]
  },
  {
    // the sudden worst-ever headache (thunderclap): subarachnoid haemorrhage until proven otherwise
    id: "triage.neuro.sudden-headache-unlike-any-before",
    level: E,
    finding: "a sudden headache unlike any before (possible bleed in the brain)",
    all: [
      "headache|head pain|head ache",
      "(?:like|unlike) (?:ive|i have|id|anything ive|any ive|anything i have) (?:never|ever) (?:had|felt|known)|never had (?:a |one )?(?:headache|pain) like (?:this|it)|worst (?:ever|of my life|ive ever)",
      "sudden\\w*|came on|out of nowhere|thunderclap|like being hit|seconds|(?:[1-9]|[1-5]\\d) (?:mins|minutes) ago|neck (?:hurts|stiff|pain)|stiff neck|vomit\\w*|feel sick"
    ],
    unless: [AM_PAST]
  },
  {
    // vomiting with fainting or collapse in someone who cannot make enough cortisol: adrenal crisis
    id: "triage.endocrine.adrenal-crisis-risk-vomiting-collapse",
    level: E,
    finding: "vomiting with fainting, collapse or confusion in someone at risk of adrenal crisis (Addison's, long-term steroids, immunotherapy)",
    all: [
      "addison\\w*|adrenal|cah|hydrocortisone|cortisol|immunotherapy|pembrolizumab|nivolumab|ipilimumab|keytruda|opdivo|hypopituitar\\w*|long term steroids",
      "vomit\\w*|being sick|throwing up|threw up|cant keep ~3 down",
      "passed out|fainted|collaps\\w*|blacked out|confus\\w*|floppy|drowsy|cant stand|(?:dizzy|faint) when (?:i|she|he|they) stand"
    ],
    unless: [AM_PAST]
  },
  {
    // colitis or Crohn's with a swollen, tight belly that suddenly worsens or a racing heart: toxic megacolon, perforation
    id: "triage.gi.ibd-distended-belly-worse",
    level: E,
    finding: "a swollen, tight belly with sudden worsening or a racing heart in colitis or Crohn's (possible toxic megacolon or perforation)",
    all: [
      "colitis|crohns|crohn|ibd",
      "(?:belly|tummy|stomach|abdomen) ~3 (?:swollen|distended|tight|hard|rigid|bloated|blown up)",
      "suddenly|much worse|heart (?:rate )?(?:is |of |at )?1[2-9]\\d|pulse (?:is |of |at )?1[2-9]\\d|racing|fever|temp\\w*|(?:38|39|40)\\.\\d|faint|terrible|severe|agony"
    ],
    unless: [AM_PAST]
  },
  {
    // Charcot's triad: fever or rigors, yellow skin and pain under the right ribs (cholangitis)
    id: "triage.gi.fever-jaundice-right-pain",
    level: E,
    finding: "a fever or violent shivering with yellow skin or eyes and pain under the right ribs (possible cholangitis)",
    all: [
      "yellow|jaundic\\w*|amarill[oa]",
      "fever\\w*|temp\\w*|(?:38|39|40)(?:\\.\\d)?(?![0-9])|rigou?rs|shiver\\w*|shaking",
      "(?:pain|ache|sore|hurts) ~4 (?:right ribs|right side|under (?:my |the |his |her )?(?:right )?ribs|upper right)|(?:right upper|right sided|upper right) ~2 (?:pain|ache)|bile duct|stent|gallstones?"
    ],
    unless: [AM_PAST, "yellow (?:phlegm|mucus|snot|sputum|discharge|pus)"]
  },
  {
    // vomit that looks like coffee grounds: blood that has been in the stomach
    id: "triage.gi.coffee-ground-vomit",
    level: E,
    finding: "vomit that looks like coffee grounds (possible bleeding in the stomach)",
    all: ["(?:vomit\\w*|threw up|throwing up|thrown up|sick|puk\\w*|brought up|being sick) ~8 coffee (?:grounds?|granules|grinds|grains)|coffee (?:ground|grounds|granule|granules) (?:vomit|sick)"],
    unless: [AM_PAST]
  },
  {
    // a bleed that will not stop with tiny red spots, low platelets or leukaemia: bone marrow failure
    id: "triage.blood.bleed-wont-stop-low-platelets",
    level: E,
    finding: "a bleed that will not stop with tiny red or purple spots or low platelets (possible severe platelet shortage)",
    all: [
      "(?:nosebleed|nose bleed|bleeding|bleed|gums) ~4 (?:wont stop|not stopping|doesnt stop|will not stop|keeps going|for (?:over )?(?:an|1|2) (?:hour|hours))",
      "(?:tiny|little|small|pinpoint) (?:red|purple|dark) (?:dots|spots)|petechia\\w*|purpura|platelets|leuk\\w*|chemo\\w*|itp|aplastic"
    ],
    unless: [AM_PAST]
  },
  {
    // a dialysis fistula or graft with no buzz and a cold, numb or blue hand: clotted access, steal
    id: "triage.kidney.fistula-no-buzz-cold-hand",
    level: E,
    finding: "a dialysis fistula or graft that lost its buzz, with a cold, numb or blue hand (blocked access, poor blood flow to the hand)",
    all: [
      "fistula|graft|av access|dialysis access",
      "no (?:buzz|thrill|pulse|whoosh)|(?:buzz|thrill|whoosh\\w*) ~3 (?:gone|stopped|disappeared)|stopped buzzing|cant feel (?:the |my |his |her )?(?:buzz|thrill)",
      "cold|numb\\w*|blue\\w*|white|pale|(?:hand|fingers) ~3 (?:pain|hurt\\w*)"
    ],
    unless: [AM_PAST]
  },
  {
    // a stoma turned purple, black or dusky: its blood supply has failed
    id: "triage.surgical.stoma-dark-purple-black",
    level: E,
    finding: "a stoma that has turned dark purple, black or grey (blood supply failing)",
    all: ["stomas?|ileostomy|colostomy|urostomy", "(?:gone|turned|turning|going|become|looks|is) ~3 (?:dark|purple|black|dusky|grey|gray|blue)|(?:dark|purple|black|dusky) ~2 (?:colou?r|stoma)"],
    unless: [AM_PAST, "(?:bag|pouch|poo|stool|output) ~3 (?:dark|black)"]
  },
  {
    // pus over an implanted device with fevers or chills: device infection spreading to the blood
    id: "triage.infection.implant-pus-with-fever",
    level: E,
    finding: "an infected wound over a pacemaker, ICD, port, shunt or other implant with fevers or chills (possible infection in the bloodstream)",
    all: [
      "pacemaker|icd|defibrillator|port|shunt|lvad|driveline|graft|implant|stimulator",
      "pus|oozing|discharg\\w*|abscess|red and swollen|swollen red|hot and red",
      "high (?:fever|fevers|temp\\w*)|chills|rigou?rs|shivering|shaking|(?:39|40)(?:\\.\\d)?(?![0-9])"
    ],
    unless: [AM_PAST]
  },
  {
    // kidney failure with palpitations, tingling or weakness after potassium-rich food or a missed session
    id: "triage.kidney.hyperkalaemia-symptoms",
    level: E,
    finding: "palpitations, tingling or sudden weakness in kidney failure after potassium-rich food or a missed dialysis (possible dangerous potassium level)",
    all: [
      "(?:haemo|hemo)?dialysis|kidney failure|renal failure|ckd|esrd",
      "potassium|\\bk\\b ~3 (?:high|was|is|\\d)|banana\\w*|orange\\w*|tomato\\w*|dried fruit|chocolate|coconut water|missed (?:my |his |her |a )?(?:dialysis|session)",
      "flutter\\w*|palpitat\\w*|heart ~4 (?:weird|funny|skipping|irregular|racing|pounding|slow)|tingl\\w*|numb\\w*|(?:legs|arms) ~3 (?:weak|heavy|floppy)|very weak|cant stand"
    ],
    unless: [AM_PAST, "(?:what|which) ~3 (?:fruits?|foods?) ~3 (?:low|high|safe)"]
  },
  {
    // heart failure with bubbly, crackling breathing and pallor or a sense of dying: acute pulmonary oedema
    id: "triage.cardiac.heart-failure-bubbly-breathing",
    level: E,
    finding: "bubbly or gurgling breathing in heart failure with pallor, cold skin or a feeling of dying (possible fluid on the lungs)",
    all: [
      "heart failure|hf|chf|cardiac failure|weak heart",
      "(?:breath\\w*|chest) ~4 (?:bubbly|bubbling|gurgl\\w*|crackl\\w*|rattl\\w*|wet|frothy)|pink froth\\w*|frothy (?:pink )?(?:spit|sputum|phlegm)",
      "pale|cold|clammy|grey|gray|sweat\\w*|dying|going to die|panic\\w*|cant lie (?:down|flat)|sitting up|blue"
    ],
    unless: [AM_PAST, "palliative|hospice|end of life|last days|comfort care|syringe driver"]
  },
  {
    // chemotherapy leaking into the tissue round the drip: extravasation injury, stop the infusion
    id: "triage.cancer.chemo-extravasation",
    level: E,
    finding: "swelling, burning or blistering round a chemotherapy drip or line while it runs (possible extravasation)",
    all: [
      "chemo\\w*|infusion|vesicant|epirubicin|doxorubicin|vincristine|vinorelbine",
      "(?:infusion|drip|cannula|line|port|picc|needle) ~8 (?:swollen|swelling|burning|stinging|blister\\w*|white|leak\\w*)|(?:swollen|swelling|burning|stinging|blister\\w*) ~8 (?:drip|infusion|cannula)",
      "halfway|running|still going|during|while|drip|pump"
    ],
    unless: [AM_PAST, "(?:march|april|may|june|july|august|september|october|november|december|january|february) ~4 (?:healed|fade|darker)|healed"]
  },
  {
    // drowsy and hard to rouse: reduced consciousness whatever the cause (CO2, sugar, drugs, infection)
    id: "triage.neuro.hard-to-rouse",
    level: E,
    finding: "drowsy and hard to rouse (reduced consciousness)",
    all: [
      "(?:hard|difficult|impossible|struggling|cant|cannot) to (?:rouse|arouse)|(?:drowsy|sleepy|confused|floppy|out of it) ~4 (?:hard|difficult|impossible) to (?:wake|wake up|rouse)|(?:hard|difficult) to (?:wake|wake up) ~4 (?:drowsy|confused|floppy|out of it|even when)"
    ],
    unless: [AM_PAST, "(?:in the |every )?mornings?|alarm|for school|teenager"]
  },
  {
    // a ventilated or bagged patient whose chest does not rise, or sats falling fast: airway or circuit failure
    id: "triage.breathing.ventilated-chest-not-rising",
    level: E,
    finding: "a ventilated or bagged patient whose chest is not rising or whose oxygen is falling fast (blocked tube or circuit failure)",
    all: [
      "vent|ventilat\\w*|circuit|bagged|bagging|ambu|trach\\w*|tracheostomy|bipap|niv",
      "chest (?:is )?(?:not|isnt|wont|barely) ~2 (?:rising|rise|moving)|(?:sats|saturations|oxygen|o2) ~3 (?:dropping|falling|plummeting|going down) ~3 (?:fast|quickly|rapidly)|(?:cant|cannot|unable to) (?:bag|ventilate)|bagged ~6 no (?:improvement|change)"
    ],
    notNegatable: true,
    unless: [AM_PAST]
  },
  {
    // sickle cell with a fever and breathing trouble or chest pain: acute chest syndrome
    id: "triage.blood.sickle-fever-and-breathing",
    level: E,
    finding: "sickle cell disease with a fever and breathing trouble or chest pain (possible acute chest syndrome)",
    all: [
      "sickle|sickler|scd|hbss",
      "fever\\w*|temp\\w*|(?:38|39|40)(?:\\.\\d)?(?![0-9])",
      "hard to (?:take a )?breath\\w*|breathless|short of breath|struggling to breathe|cant breathe|chest pain|(?:hurts|painful) to breathe"
    ],
    unless: [AM_PAST, "trait"]
  },
  {
    // a bruise or swelling that keeps growing on a blood thinner, with a tense limb or numbness: bleeding into a compartment
    id: "triage.bleeding.growing-bruise-thinner-tense-or-numb",
    level: E,
    finding: "a bruise or swelling that keeps growing on a blood thinner with a tense limb, numbness or faintness (possible major bleed or compartment syndrome)",
    all: [
      "{xThinner}|doac|noac|edoxaban|lixiana",
      "(?:bruise|bruising|swelling|lump|haematoma|hematoma) ~6 (?:growing|getting bigger|spreading|huge|massive|keeps growing)|(?:huge|massive|growing|enormous) ~2 (?:swollen )?(?:bruise|swelling|lump|haematoma|hematoma)",
      "tense|tight|hard|cant feel|numb\\w*|pins and needles|cold|white|faint|dizzy|pale"
    ],
    unless: [AM_PAST]
  },
  {
    // a glucose under 3 mmol/L that keeps falling or with confusion: severe hypoglycaemia
    id: "triage.diabetes.low-sugar-still-falling",
    level: E,
    finding: "a blood sugar under 3 that keeps falling or with confusion (severe low blood sugar)",
    all: [
      "(?:low|sugars?|glucose|bgs?|bms?|cgm|libre|dexcom|reading|level|hypo) ~3 (?:[0-2]\\.\\d|[1-2])(?![0-9.])(?! ?(?:hours|hrs|days|weeks|times|mins|minutes|units))",
      "still (?:dropping|falling|going down|low)|keeps (?:dropping|falling)|not (?:coming|going) up|wont (?:come|go) up|cant think|confus\\w*|drowsy|slurr\\w*|alone|on my own"
    ],
    notNegatable: true,
    unless: [AM_PAST, "(?:woke up|overnight|last night|treated it|weeks ago)"]
  },
  {
    // neck swelling with noisy or tight breathing after thyroid or other neck surgery: bleeding pressing on the airway
    id: "triage.surgical.neck-swelling-after-neck-surgery",
    level: E,
    finding: "neck swelling with tight or noisy breathing after thyroid or neck surgery (possible bleed pressing on the airway)",
    all: [
      "thyroid\\w*|parathyroid\\w*|neck (?:surgery|op|operation)|carotid|endarterectomy",
      "neck ~4 (?:swell\\w*|swollen|bigger|tight)|(?:swell\\w*|swollen) ~3 neck",
      "noisy|tight|stridor|wheez\\w*|breath\\w*|choking|cant swallow"
    ],
    unless: [AM_PAST, "(?:months|years) ago"]
  },
  {
    // an LVAD with urine like cola or a changed pump sound: pump thrombosis with haemolysis
    id: "triage.cardiac.lvad-pump-change-or-dark-urine",
    level: E,
    finding: "an LVAD with dark red or cola-coloured urine or a change in the pump's sound or alarms (possible pump clot)",
    all: [
      "lvad|vad|heart pump",
      "(?:urine|wee|pee) ~6 (?:cola|dark red|dark brown|red brown|tea|black)|(?:pump|device) ~3 (?:sound|noise|alarm\\w*|different|changed|grinding)"
    ],
    unless: [AM_PAST, "(?:what|how) ~4 (?:shower\\w*|driveline)"]
  }
];
pushEmergencyRules(AM_RULES);

// triage-am, same-day care: a critical medicine brought back up (levodopa, anti-rejection or
// epilepsy drugs, hydrocortisone); a catheter or feeding tube that came out or stopped draining;
// passing only small amounts of urine after an operation (retention); a catheter with cloudy,
// smelly urine and pain; a tender, warm lump or red, crusty, smelly skin at a wound, tube, line or
// pump site; frothy urine with swelling or a high blood pressure (kidney involvement, e.g. lupus);
// no bowel movement for days on chemotherapy; a stoma sticking out further than usual or pouring
// watery output; radiotherapy skin that is raw or weeping; a missed dialysis session; diarrhoea or
// vomiting on lithium (toxicity); mouth ulcers on chemotherapy; a new rash or diarrhoea on
// immunotherapy; a bloody flare of colitis or Crohn's; MS legs much weaker than usual; a gout flare
// too painful to bear; a fever or illness in Addison's needing sick-day rules.
const AM_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.critical-medicine-vomited",
    level: U,
    finding: "a critical medicine brought back up or not kept down (levodopa, anti-rejection, epilepsy or steroid tablets)",
    all: [
      "levodopa|sinemet|madopar|co careldopa|parkinsons (?:meds|medication|tablets)|tacrolimus|ciclosporin|mycophenolate|anti rejection|hydrocortisone|levetiracetam|keppra|lamotrigine|epilepsy (?:meds|medication|tablets)",
      "(?:brought|bringing|thrown|threw|throwing|sick|vomit\\w*) ~3 (?:up|back up)|vomit\\w* ~4 (?:dose|tablets|pills|meds|medication|levodopa|tacrolimus)|(?:cant|cannot|not|unable to) (?:keep|keeping) ~3 down"
    ],
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.tube-or-catheter-out-or-blocked",
    level: U,
    finding: "a urinary catheter or feeding tube that came out or stopped draining (needs replacing today)",
    all: [
      "catheter|peg|feeding tube|gastrostomy|g tube|jej tube|nephrostomy|suprapubic",
      "(?:came|come|fell|fallen|falling|pulled|popped|slipped) ~2 out|(?:stopped|not|isnt) draining|blocked|bypassing"
    ],
    unless: [AM_PAST, "how (?:do|to|often)|(?:change|changing) (?:my|the|his|her) (?:leg )?bag"]
  },
  {
    id: "triage.urgent.post-op-passing-little-urine",
    level: U,
    finding: "passing only small amounts of urine or not emptying after an operation (possible retention)",
    all: [
      AM_RECENT_OP + "|replacement|(?:a|1|one|2|two) weeks? ago",
      "(?:cant|cannot|unable to|struggling to|hardly|barely) (?:manage to )?(?:pee|wee|urinate|pass urine|pass water)|small amounts|(?:hasnt|havent|not) (?:fully )?emptied|not emptying|cant empty"
    ],
    notNegatable: true,
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.catheter-urine-infection",
    level: U,
    finding: "cloudy or smelly urine with pain or fever in someone with a catheter (possible infection)",
    all: ["catheter", "cloudy|smell\\w*|stink\\w*|blood", "(?:belly|tummy|abdomen|back|side) ~2 (?:ache|pain|sore)|ache|pain|fever|temp\\w*|confus\\w*|shiver\\w*"],
    unless: [AM_PAST, "usual self|no temp ~4 drinking"]
  },
  {
    id: "triage.urgent.site-infection-signs",
    level: U,
    finding: "a tender, warm lump or red, crusty or smelly skin at a wound, tube, line or pump site (possible infection)",
    all: [
      "wound|scar|incision|trach\\w*|tracheostomy|cannula|pump site|picc|line site|peg|drain site|stoma site|insertion site",
      "(?:lump|swelling) ~6 (?:tender|warm|hot|red)|(?:tender|warm|hot) ~4 lump|red ~4 (?:crusty|smell\\w*|hot|pus|ooz\\w*)|(?:crusty|smell\\w*) ~4 red|red hot (?:and )?tender"
    ],
    unless: [AM_LONG_PAST, "goes away in a day|not hot or swollen|granulation"]
  },
  {
    id: "triage.urgent.frothy-urine-swelling",
    level: U,
    finding: "frothy urine with new swelling or a high blood pressure (possible kidney inflammation)",
    all: ["(?:wee|urine|pee) ~4 (?:frothy|foamy|bubbly)|(?:frothy|foamy) (?:wee|urine|pee)", "swell\\w*|swollen|puffy|bp|blood pressure|lupus|1[4-9]\\d (?:over )?(?:9|1[0-3])\\d"],
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.chemo-constipation-days",
    level: U,
    finding: "no bowel movement for several days on chemotherapy or strong painkillers (risk of blockage)",
    all: [
      "chemo\\w*|morphine|oramorph|oxycodone|opioids?",
      "(?:havent|hasnt|not|no) (?:pooed|pooped|poo|poop|been|had a poo|opened (?:my |his |her )?bowels|bowel movement) ~3 (?:in|for) (?:[4-9]|1\\d) days"
    ],
    notNegatable: true,
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.stoma-prolapse-or-high-output",
    level: U,
    finding: "a stoma sticking out further than usual, or very watery output many times a day (prolapse, dehydration)",
    all: [
      "stomas?|ileostomy|colostomy",
      "sticking out ~4 (?:more|further|longer)|(?:longer|bigger) than (?:normal|usual)|prolaps\\w*|\\d+ ?cm longer|(?:watery|high output|liquid) ~6 (?:\\d+|many|lots) ~3 (?:empties|emptie|times|bags)|(?:\\d+|many) (?:bag )?empties"
    ],
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.radiotherapy-skin-broken",
    level: U,
    finding: "radiotherapy skin that is raw, weeping or blistered (needs the radiotherapy team today)",
    all: ["radio ?therapy|radiation", "raw|weeping|blister\\w*|broken skin|skin (?:has |is )?broken|peeling ~3 (?:raw|wet)|oozing"],
    unless: [AM_PAST, "(?:finished|ended) ~6 (?:weeks|months) ago"]
  },
  {
    id: "triage.urgent.missed-dialysis",
    level: U,
    finding: "a missed dialysis session (needs a session arranged; potassium and fluid build up)",
    all: ["missed (?:my |his |her |a |the |yesterdays |todays )?(?:dialysis|session|haemodialysis|hemodialysis)|(?:dialysis|session) ~4 (?:missed|cancelled|didnt happen|skipped)|skipped (?:my |his |her )?dialysis"],
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.lithium-diarrhoea-vomiting",
    level: U,
    finding: "diarrhoea, vomiting or a new tremor on lithium (risk of lithium toxicity: level today)",
    all: ["lithium|priadel|camcolit", "diarr\\w*|vomit\\w*|being sick|throwing up|dehydrat\\w*|tremor|shak\\w*|unsteady|level ~4 (?:high|1\\.[2-9])"],
    unless: [AM_PAST, "(?:level|levels) (?:was |is )?0\\.\\d ~6 (?:good|fine|ok)"]
  },
  {
    id: "triage.urgent.chemo-mouth-ulcers",
    level: U,
    finding: "painful mouth ulcers on chemotherapy (mucositis: call the chemotherapy line today)",
    all: ["chemo\\w*|methotrexate", "mouth (?:ulcers|sores)|ulcers in (?:my|his|her) mouth|mucositis|(?:hurts|painful|sore) to (?:eat|swallow)"],
    unless: [AM_PAST, "no sores"]
  },
  {
    id: "triage.urgent.immunotherapy-new-symptom",
    level: U,
    finding: "a new rash, diarrhoea, cough or breathlessness on immunotherapy (possible immune side effect: call the oncology line today)",
    all: [
      "immunotherapy|pembrolizumab|nivolumab|ipilimumab|keytruda|opdivo|yervoy|atezolizumab|durvalumab",
      "(?:new|itchy|spreading) ~3 rash|rash ~6 spread\\w*|diarr\\w*|(?:loose|watery) (?:stools|poos)|new cough|breathless\\w*|short of breath"
    ],
    unless: [AM_PAST]
  },
  {
    id: "triage.urgent.ibd-flare-with-blood",
    level: U,
    finding: "a colitis or Crohn's flare with blood and frequent loose stools (same-day IBD team)",
    all: ["colitis|crohns|crohn|ibd", "flare|(?:[4-9]|1\\d) (?:loose|watery|runny)? ?(?:stools|poos|times)", "blood|bloody|bleeding"],
    unless: [AM_PAST, "no blood", "had a (?:bad )?flare ~~10 (?:last year|warning signs)"]
  },
  {
    id: "triage.urgent.ms-legs-much-weaker",
    level: U,
    finding: "MS with legs or walking much weaker than usual (relapse or an infection: same-day review)",
    all: ["ms|multiple sclerosis", "(?:legs|leg|arm|walking|balance) ~4 (?:much )?(?:weaker|worse|heavier) (?:than (?:normal|usual))?|(?:new|worse) (?:weakness|numbness)|relapse"],
    unless: [AM_PAST, "(?:same|been like that) for years"]
  },
  {
    id: "triage.urgent.gout-flare-severe",
    level: U,
    finding: "a gout flare too painful to bear (same-day treatment)",
    all: ["gout", "horrible|agony|agonising|excruciating|unbearable|severe|(?:cant|cannot) (?:walk|bear|put|stand)"],
    unless: [AM_LONG_PAST]
  },
  {
    id: "triage.urgent.adrenal-insufficiency-illness",
    level: U,
    finding: "an illness or fever in someone with adrenal insufficiency (sick-day rules: speak to the team today)",
    all: [
      "addison\\w*|adrenal insufficiency|cah|hypopituitar\\w*",
      "fever|temp\\w*|(?:37|38|39)\\.\\d|cold|flu|infection|vomit\\w*|diarr\\w*|sick day|doubled (?:my|her|his) (?:hydrocortisone|dose)"
    ],
    unless: [AM_PAST, "(?:dental|filling|operation|surgery|procedure) ~4 (?:next|tomorrow)|next (?:week|month)|emergency card"]
  }
];
pushUrgentRules(AM_URGENT_RULES);

// triage-an: concepts from set an (an independent writer: how people write under stress: Spanish and
// Spanglish, non-native English, dictation errors, text-speak, minimising, the emergency buried in a
// long message). Most of its misses came from the writing (fixed in canonical.ts: Spanish chat "x" for
// "ch", everyday Spanish words kept from the corrector, "seize your" read as seizure); these rules add
// the concepts that were missing in some wording: a dental infection spreading into the neck, a
// stabbed or punctured eye in Spanish, a deep (white, waxy) burn, an erection for hours in Spanish, a
// wound infection after surgery with rigors or fast breathing, two stroke signs at once, a seizure
// still going, a crushed limb gone cold and white, a cold white limb in Spanish, severe chest pain on
// exertion with risk factors, chest pain that spreads down the arm in Spanish, a child who ate berries
// or plants with symptoms, double vision after a blow to the head, worsening breathing after a fall,
// neck or throat swelling with breathlessness in Spanish, sleeping pills with alcohol told to someone,
// a fall in late pregnancy with pain or no movements (Spanish and Spanglish).
const AN_PAST =
  `${PAST_CORE}|hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias|muchos) (?:semana|semanas|mes|meses|ano|anos)|el ano pasado|cuando (?:era|tenia) (?:nino|nina|chico|chica|pequeno|pequena|joven|\\d+)`;
const AN_RULES: TriageRuleSpec[] = [
  {
    // Ludwig's angina / deep neck infection: a tooth infection with the neck swelling and trouble swallowing or opening the mouth
    id: "triage.airway.dental-infection-neck-swelling",
    level: E,
    finding: "a tooth infection with the neck or floor of the mouth swelling and trouble swallowing or opening the mouth (possible deep neck infection)",
    all: [
      "tooth|teeth|dental|abscess|gum|gums|wisdom|muela|muelas|diente|dientes|encia",
      "(?:neck|jaw|chin|cuello|mandibula|quijada) ~5 (?:swell\\w*|swollen|puff\\w*|hinch\\w*)|(?:swell\\w*|swollen|hinch\\w*) ~4 (?:neck|jaw|chin|cuello)",
      "(?:cant|cannot|can not|hard to|trouble|barely|unable to|struggl\\w* to|no puedo|no puede|me cuesta|le cuesta) ~2 (?:swallow\\w*|open (?:my|his|her|their) mouth|tragar|abrir la boca)|drool\\w*|babea\\w*"
    ],
    unless: [AN_PAST]
  },
  {
    // a sharp object driven into the eye, with fluid coming out or sight lost (Spanish)
    id: "triage.eye.es-penetrating",
    level: E,
    finding: "algo clavado en el ojo con líquido saliendo o sin ver (posible herida penetrante del ojo)",
    all: [
      "(?:clave|clavo|clavado|clavada|enterre|enterro|metio|meti|pinche|pincho|entro|salto) ~6 ojo|(?:destornillador|cuchillo|tijeras|vidrio|alambre|rama|lapiz|palo|clavo|astilla) ~6 ojo",
      "(?:sale|salio|saliendo|le sale|me sale) ~2 (?:liquido|agua|gelatina|sangre)|no (?:veo|ve|puedo ver|puede ver)|ciego|ciega|perdi la vista"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    // full-thickness burn: white, waxy or leathery skin, or a whole palm or limb blistered
    id: "triage.burn.deep-white-waxy-or-whole-area-blistered",
    level: E,
    finding: "a burn with white, waxy or leathery patches, or a whole hand or limb blistered (deep burn: emergency care)",
    all: [
      "stove|hob|oven|iron|fire|grill|kettle|(?:hot|boiling|fryer|frying|cooking|chip pan) (?:oil|fat|grease)|fryer|grease|fireplace|heater|burn|burns|burned|burnt|scald\\w*|boiling|quem\\w*",
      "(?:white|waxy|leathery|charred|grey|gray) ~3 (?:patch\\w*|skin|area|areas|blister\\w*|spot\\w*)|blister\\w* (?:and|&) (?:white|waxy|grey|gray)|(?:white|waxy) and blister\\w*|(?:whole|entire) (?:palm|hand|leg|legs|arm|arms|chest|back|face) ~3 blister\\w*"
    ],
    unless: [AN_PAST, "sunburn\\w*|healed|healing|scar\\w*|razor burn|heartburn|cold sore|frost\\w*"]
  },
  {
    // priapism in Spanish: an erection that will not go down for hours
    id: "triage.urology.es-erection-for-hours",
    level: E,
    finding: "una erección que no baja desde hace horas (priapismo: urgencias ahora)",
    all: ["ereccion|erecto|parado", "(?:\\d+|dos|tres|cuatro|cinco|seis|varias) horas|no se (?:le |me )?(?:baja|quita|va)|no (?:le |me )?baja"],
    unless: [AB_ASK_ES, AB_OVER_ES, "disfuncion|no (?:se le |se me |le |me )?(?:para|levanta)"]
  },
  {
    // a surgical wound that opened or has pus, with fever and rigors, shaking, fast breathing or confusion (sepsis)
    id: "triage.sepsis.wound-after-surgery-fever-and-shaking",
    level: E,
    finding: "an infected wound after surgery with fever and shaking, fast breathing, a racing heart or confusion (possible sepsis)",
    all: [
      "surgery|operation|incision|wound|stitches|staples|c section|cesarea|herida|operacion",
      "pus|oozing|leaking|opened|open|smell\\w*|supura\\w*|abrio|abierta",
      "fever\\w*|feverish|fiebre|burning up|rigou?rs|chills",
      "shak\\w*|shiver\\w*|breathing (?:fast|quick\\w*|hard)|(?:fast|rapid|quick) breathing|(?:heart|pulse) ~3 (?:racing|fast|pounding)|confus\\w*|faint\\w*|tembl\\w*|escalofrios|respir\\w* (?:rapido|rapida)"
    ],
    unless: [AN_PAST]
  },
  {
    // two stroke signs at once, with fillers between the words ("cant seem to lift her left arm or talk properly")
    id: "triage.stroke.arm-and-speech-or-slumped",
    level: E,
    finding: "one arm or leg that cannot be lifted together with speech trouble or slumping (possible stroke)",
    all: [
      "(?:cant|cannot|can not|couldnt|unable to|not able to) (?:seem to |really |quite )?(?:lift|raise|move|use|hold up) (?:her|his|my|their|the) (?:left|right) (?:arm|leg|hand)",
      "(?:talk|speak|speaking|talking) (?:properly|right|normally|clearly|straight)|slumped|slumping|slurr\\w*|droop\\w*|(?:words|speech) ~3 (?:wrong|funny|weird|jumbled|garbled)"
    ],
    unless: [AN_PAST, "(?:since|after) (?:the|her|his|my) (?:stroke|surgery|operation)|for (?:weeks|months|years)"]
  },
  {
    // a seizure that is still going (the minutes may sit in another sentence)
    id: "triage.neuro.seizure-still-going",
    level: E,
    finding: "a seizure that is still going on (call an ambulance if it lasts five minutes)",
    all: ["{seizure}", "(?:its|it s|it is|one|and|shes|hes|she is|he is) (?:still )?(?:going|going on|happening) (?:still|on)?|still (?:going|going on|happening|shaking|jerking|twitching|fitting|seizing)|(?:hasnt|has not|havent) stopped"],
    unless: [AN_PAST, "(?:last|a) (?:week|month|year)|yesterday|(?:still going|still happening) (?:to|ok|fine|strong)|medication|meds|dose"]
  },
  {
    // a crushed or trapped limb with a cold, white or blue hand or foot (blood supply cut off)
    id: "triage.trauma.crushed-limb-cold-white",
    level: E,
    finding: "a crushed or trapped limb with a cold, white or blue hand or foot (blood supply may be cut off)",
    all: [
      "crush\\w*|caught in|trapped|pinned|run over|machine\\w*|aplast\\w*|atrapad\\w*",
      "(?:hand|foot|fingers|toes|arm|leg|mano|pie|dedos) ~4 (?:cold and white|white and cold|cold and pale|pale and cold|cold and blue|blue and cold|cold and grey|no pulse|fri[oa] y (?:blanc[oa]|morad[oa]|palid[oa]))"
    ],
    unless: [AN_PAST]
  },
  {
    // acute limb ischaemia in Spanish: a cold, pale limb that hurts or has lost feeling
    id: "triage.vascular.es-cold-white-limb-pain-or-numb",
    level: E,
    finding: "una pierna o un brazo frío y blanco con dolor o sin sensibilidad (posible arteria tapada)",
    all: [
      "(?:pierna|brazo|pie|mano) ~4 (?:fri[oa]|helad[oa]) (?:y )?(?:palid[oa]|blanc[oa]|morad[oa]|azul)|(?:pierna|brazo|pie|mano) ~4 (?:palid[oa]|blanc[oa]|morad[oa]) (?:y )?(?:fri[oa]|helad[oa])",
      "duele|dolor|no (?:siente|siento)|no (?:lo |la )?(?:puede|puedo) mover|entumid\\w*|dormid[oa]|hormigue\\w*"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "siempre|invierno|raynaud|cuando hace frio"]
  },
  {
    // chest pain brought on by exertion (shovelling snow, climbing) in someone with heart risk factors
    id: "triage.cardiac.exertion-chest-pain-risk-factors",
    level: E,
    finding: "chest pain that came on with exertion in someone over forty, a smoker or a diabetic (possible heart attack)",
    all: [
      "chest ~6 (?:pain|hurts|pressure|tight\\w*|ache|aching|heavy)|(?:pain|pressure|tightness|hurts|ache|heaviness) ~6 chest",
      "shovel\\w*|(?:since|while|after|when) (?:he |she |i )?(?:was |is |am |were )?(?:shovel\\w*|mowing|climbing|carrying|digging|pushing (?:the )?(?:car|mower))",
      "smok\\w*|diabet\\w*|cholesterol|blood pressure|(?<![0-9])[4-9]\\d (?:years|yrs|yo|year old|years old)|(?:hes|shes|he is|she is|im|i am|aged) [4-9]\\d(?![0-9])"
    ],
    unless: [AN_PAST, "(?:doctor|gp|er|hospital) ~4 (?:said|says|told)|when i press|tender to (?:the )?touch"]
  },
  {
    // chest pain or tightness that spreads down the arm, to the jaw or back (Spanish)
    id: "triage.cardiac.es-chest-pain-spreading",
    level: E,
    finding: "dolor u opresión en el pecho que baja por el brazo o sube a la mandíbula (posible infarto)",
    all: [
      "pecho|torax",
      "dolor|duele|opresion|presion|aprieta\\w*|apretaran|apretando|oprime|pesadez",
      "(?:baja|bajando|corre|va|pasa|irradia\\w*|extiende|sube|subiendo) ~3 (?:brazo|mandibula|quijada|cuello|espalda|hombro)"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "cuando (?:toso|tose|respiro|respira|me muevo|lo toco|aprieto)|al (?:toser|respirar|moverme)|gimnasio|pesas"]
  },
  {
    // a child who ate berries, seeds, leaves or mushrooms and now has symptoms (English and Spanish)
    id: "triage.poisoning.child-ate-plant-with-symptoms",
    level: E,
    finding: "a child who ate berries, seeds, leaves or mushrooms and is now vomiting, drowsy or has a racing heart (possible poisoning)",
    all: [
      `${AL_KID}|${AB_KID}`,
      "(?:se )?(?:comio|trago|mastico|chupo)|ate|eaten|swallowed|chewed",
      "bayas|frutitas|frutos rojos|hongos|setas|hojas|semillas|berries|berry|seeds|leaves|mushrooms|toadstools",
      "vomit\\w*|corazon ~4 (?:rapido|acelerado|fuerte|raro)|(?:heart|pulse) ~4 (?:racing|fast|pounding)|somnolient\\w*|adormilad\\w*|no despierta|convuls\\w*|babea\\w*|drool\\w*|sleepy|drowsy|seiz\\w*|throwing up|threw up"
    ],
    unless: [AN_PAST, AB_PET, "(?:dog|cat|puppy|kitten)"]
  },
  {
    // double vision after a blow to the head
    id: "triage.head.blow-then-double-vision",
    level: E,
    finding: "double vision after a blow to the head (possible brain injury)",
    all: [
      "head ?butt\\w*|headbutt\\w*|butted|kick\\w* ~3 head|(?:hit|bang\\w*|bump\\w*|knock\\w*|smack\\w*|whack\\w*|struck) ~3 head|head ~3 (?:hit|knock|blow|injur\\w*)|golpe\\w* ~3 cabeza",
      "seeing double|double vision|see(?:ing)? (?:2|two) of everything|vision ~3 double|veo doble|vision doble"
    ],
    unless: [AN_PAST]
  },
  {
    // a fall or blow and then breathing that is getting worse (possible collapsed lung)
    id: "triage.trauma.fall-then-breathing-worse",
    level: E,
    finding: "a fall or a blow to the side or chest and now breathing that is getting worse (possible collapsed lung)",
    all: [
      "fell|fall|ladder|roof|crash\\w*|accident|tackl\\w*|kicked|landed|came off|thrown (?:off|from)|knocked (?:off|over|down)|(?:hit|hurt|bang\\w*) ~3 (?:ribs|side|chest)",
      "(?:cant|cannot|can not|unable to|hard to|struggl\\w* to) (?:take|get|catch) (?:a )?(?:full|deep|big|proper|whole) breath|(?:getting|harder|more) ~2 (?:hard|harder|difficult) to breathe",
      "(?:getting|gets|got|becoming) (?:worse|harder)|worsening|worse and worse|more and more|by the (?:minute|hour)"
    ],
    unless: [AN_PAST]
  },
  {
    // swelling of the neck, throat, tongue or lips with breathlessness (Spanish)
    id: "triage.allergy.es-swelling-neck-throat-breathless",
    level: E,
    finding: "hinchazón del cuello, la garganta, la lengua o los labios con falta de aire (posible anafilaxia)",
    all: [
      "(?:hinch\\w*|inflam\\w*) ~4 (?:cuello|garganta|lengua|labios|cara|boca)|(?:cuello|garganta|lengua|labios|cara|boca) ~4 (?:hinch\\w*|inflam\\w*)",
      "(?:falta|faltando) (?:el )?aire|no (?:puedo|puede) respirar|me ahogo|se ahoga|(?:cuesta|dificil) respirar|silb\\w*|se (?:me |le )?cierra la garganta"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    // sleeping pills taken with alcohol, told to someone as a disclosure (in the car, "just wanted to tell someone")
    id: "triage.crisis.sleeping-pills-and-alcohol-told",
    level: E,
    crisis: true,
    finding: "sleeping pills taken with alcohol and told to someone (possible overdose or suicide attempt)",
    all: [
      "(?:took|taken|swallowed|had) (?:all )?(?:my |the |a bunch of |a lot of |loads of )?(?:sleeping )?(?:pills|tablets|meds)|sleeping pills",
      "wine|vodka|alcohol|whiskey|whisky|beer|booze|gin|rum|tequila",
      "(?:wanted|want|needed) (?:to )?(?:tell|let) (?:someone|somebody|anyone|you)|wanted someone to know|(?:sitting|sat|parked) in (?:my|the) car|goodbye|(?:its|it s) (?:done|over)|nobody (?:knows|will)"
    ],
    unless: [AN_PAST, "is it (?:safe|ok|okay|bad|dangerous)|can i|should i|interact\\w*"]
  },
  {
    // a fall in pregnancy with belly pain or the baby not moving (Spanish and Spanglish)
    id: "triage.pregnancy.es-fall-pain-or-no-movements",
    level: E,
    finding: "una caída en el embarazo con dolor de barriga, sangrado o sin sentir al bebé (urgencias ahora)",
    all: [
      "pregnant|embarazada|(?:\\d+|veinte|treinta) semanas",
      "se cayo|cayo|me cai|cai|caida|fell|fall|tripped|resbal\\w*|golpe\\w*|choque|accidente",
      "duele ~3 (?:la )?(?:barriga|panza|vientre|tummy|belly)|dolor|sangr\\w*|no (?:siente|sientes|siento) ~3 (?:baby|bebe|moverse|mover)|no se mueve|contracciones"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    // aortic dissection in Spanish: a tearing or ripping pain in the back or chest, with pallor, sweat or high blood pressure
    id: "triage.cardiac.es-tearing-pain",
    level: E,
    finding: "un dolor como si se rasgara o desgarrara en la espalda o el pecho (posible disección de aorta)",
    all: [
      "(?:como si (?:me |le |lo |la )?(?:rasgaran|desgarraran|arrancaran|partieran|rompieran)|desgarr\\w*|rasga\\w*)",
      "espalda|omoplatos|pecho|torax",
      "blanc[oa]|palid[oa]|sud\\w*|sudor\\w*|desmay\\w*|mare\\w*|hipertens\\w*|presion|de repente|de golpe"
    ],
    unless: [AB_ASK_ES, AB_OVER_ES, "muscul\\w*|gimnasio|pesas|desgarre muscular|desgarro muscular"]
  },
  {
    // an open fracture in Spanish, with the bone outside a few words away ("el hueso de la pierna por fuera")
    id: "triage.trauma.es-bone-outside",
    level: E,
    finding: "un hueso que sale por fuera de la piel (fractura expuesta)",
    all: ["hueso ~6 (?:por fuera|afuera|de fuera|salido|saliendo|expuesto|se ve)"],
    unless: [AB_ASK_ES, AB_OVER_ES, "(?:hueso|huesito) ~3 (?:de pollo|de pescado|del pollo)"]
  }
];
pushEmergencyRules(AN_RULES);

// triage-an, same-day care (often Spanish or Spanglish, or played down): a fall onto the hip with
// a limp, fever with COPD and worse breathing, a splinter under a nail, an object stuck in the ear
// or nose, belly-button pain moving to the right, a black nail after a hammer blow, a used-needle
// injury, hardly passing urine, confusion with urine signs, insulin run out, a leaking diabetic foot
// sore, a broken tooth with pain, and thoughts of self-harm without a plan (Spanish).
const AN_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.fall-hip-pain-or-limp",
    level: U,
    finding: "a fall followed by hip pain or a limp (possible hip fracture: X-ray today)",
    all: ["fell|fall|se cayo|cayo|caida|tripped|slipped|resbalo", "hip|cadera", "hurt\\w*|duele|dolor|pain\\w*|cojea\\w*|cojeando|limp\\w*|cant (?:walk|stand|put weight)|no puede (?:caminar|pararse|apoyar)"],
    unless: [AN_PAST, "replacement|reemplazo"]
  },
  {
    id: "triage.urgent.fever-with-copd-breathing-worse",
    level: U,
    finding: "a fever in someone with COPD or emphysema whose breathing is worse (possible chest infection: seen today)",
    all: ["fiebre|fever\\w*|calentura|temp\\w* ~3 (?:3[89]|10[0-4])", "epoc|copd|enfisema|emphysema|bronquitis cronica|chronic bronchitis", "respir\\w*|breath\\w*|ahog\\w*|falta (?:el )?aire"],
    unless: [AN_PAST]
  },
  {
    id: "triage.urgent.splinter-under-nail",
    level: U,
    finding: "a splinter or thorn under a nail or that will not come out (removal today)",
    all: [
      "astilla|splinter|espina|thorn",
      "(?:debajo de|bajo|dentro de) la una|under (?:my|the|his|her|a) (?:finger|toe)?nail|no (?:sale|se sale|la puedo sacar|puedo sacarla|la podemos sacar)|(?:wont|doesnt|will not) come out|cant get it out"
    ],
    unless: [AN_PAST, "got it out|came out|lo saque|la saque|salio"]
  },
  {
    id: "triage.urgent.object-stuck-in-ear-or-nose",
    level: U,
    finding: "an object stuck in the ear or nose that will not come out (removal today)",
    all: [
      "(?:meti\\w*|metio|puso|put|pushed|shoved|stuck|lodged|atorad\\w*|bead|bolita|piedrita|frijol|arete|earring|pea|bean|crayon|lego) ~8 (?:ear|oreja|oido|nose|nariz|nostril)",
      "no (?:le )?sale|wont come out|will not come out|cant get it out|still (?:in|there)|stuck|atorad\\w*|no (?:lo|la) (?:puedo|podemos) sacar"
    ],
    unless: [AN_PAST, "earwax|ear wax|cerumen|cera"]
  },
  {
    id: "triage.urgent.belly-button-pain-moving-right",
    level: U,
    finding: "pain around the belly button moving to the lower right (possible appendicitis: seen today)",
    all: [
      "belly button|navel|umbilic\\w*|ombligo|middle of (?:my|his|her|the) (?:belly|stomach|tummy)",
      "(?:moving|moved|shift\\w*|went|gone|travel\\w*|se paso|se movio|se fue|se corrio|bajo) ~6 (?:right|derech\\w*)|(?:lower )?right (?:side|lower)"
    ],
    unless: [AN_PAST, "piercing|pierced|hernia"]
  },
  {
    id: "triage.urgent.es-black-nail-after-blow",
    level: U,
    finding: "una uña negra o morada y dolor que late después de un golpe (hematoma bajo la uña)",
    all: ["martill\\w*|puerta|golpe|golpee|me di|machu\\w*|aplast\\w*|pille", "(?:una|unas) ~3 (?:negr\\w*|morad\\w*|oscur\\w*|azul\\w*)|sangre (?:debajo de|bajo) la una"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.used-needle-injury",
    level: U,
    finding: "a prick from a used needle (post-exposure care within hours)",
    all: [
      "aguja|jeringa|jeringuilla|needle|syringe",
      "pinch\\w*|pinche|pique|clave|clavo|stuck|prick\\w*|jabbed|poked",
      "usad[ao]|(?:a |an )?used (?:needle|syringe)|dirty|sucia|contaminad\\w*|basura|trash|bin|discarded|someone elses|de otro|de un paciente"
    ],
    unless: [AN_PAST, AB_ASK_ES]
  },
  {
    id: "triage.urgent.es-hardly-passing-urine",
    level: U,
    finding: "casi no puede orinar o sale muy poquito (posible retención: revisión hoy)",
    // (the "cannot pass urine" wording first: a bare "orinar" after "no puede" would read as negated)
    all: ["(?:casi )?no (?:puede|puedo|ha podido|he podido) (?:orinar|hacer pis|mear)|(?:orina|orinar|pis) ~6 (?:sale|salen) (?:muy )?poquit[oa]|no (?:le |me )?sale (?:nada|la orina|el pis)"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.confusion-with-urine-signs",
    level: U,
    finding: "new or worse confusion with smelly urine or passing urine often (possible urine infection)",
    all: [
      "(?:more )?confused|confusion|confundid\\w*|not (?:herself|himself)|muddled",
      "(?:smelly|cloudy|dark|strong|foul|stinky) (?:urine|pee|wee)|(?:urine|pee|wee) ~3 (?:smells|stinks|cloudy)|peeing (?:a lot|more|all the time)|uti|urine infection|orina (?:con olor|turbia|fuerte)"
    ],
    unless: [AN_PAST]
  },
  {
    id: "triage.urgent.insulin-run-out",
    level: U,
    finding: "insulin has run out (needs a supply today)",
    all: ["se (?:le |me |nos )?(?:acabo|termino) la insulina|(?:se )?(?:quedo|quede|quedamos) sin insulina|ran out of (?:his |her |my |our )?insulin|(?:out|run out) of insulin|no insulin left"],
    unless: [AN_PAST]
  },
  {
    id: "triage.urgent.diabetic-foot-sore-infected",
    level: U,
    finding: "a sore on a diabetic's foot that leaks or is getting red (possible infection: seen today)",
    all: ["diabet\\w*", "foot|feet|toe|toes|heel|pie|dedo", "pus|leak\\w*|ooz\\w*|yellow|(?:getting|going|turning) red|redness|spread\\w*|smell\\w*|supura\\w*"],
    unless: [AN_PAST]
  },
  {
    id: "triage.urgent.es-broken-tooth-pain",
    level: U,
    finding: "un diente roto con dolor (dentista hoy)",
    all: ["(?:se (?:me |le )?(?:rompio|partio|quebro)|rompi|parti) ~3 (?:un |el |una |la )?(?:diente|muela)", "duele|dolor|nervio|sangr\\w*|hurts|pain|half|mitad"],
    unless: [AB_ASK_ES, AB_OVER_ES]
  },
  {
    id: "triage.urgent.es-self-harm-thoughts-no-plan",
    level: U,
    crisis: true,
    finding: "pensamientos de hacerse daño sin plan (hablar hoy con salud mental; línea de crisis)",
    all: ["(?:ideas|pensamientos|ganas) de (?:hacerme dano|lastimarme|cortarme|hacerme algo)|pienso en (?:hacerme dano|lastimarme|cortarme)"],
    unless: [AB_OVER_ES]
  }
];
pushUrgentRules(AN_URGENT_RULES);

// triage-ao: mental health, substances and poisoning (an independent writer: slang, played-down
// reports, a bystander's view). A sedative taken in quantity with alcohol and drowsiness; someone
// who says they cannot keep themselves safe tonight; a weapon in the lap or held to the throat;
// withdrawal fits happening now or withdrawal with hallucinations and fever; a large count of a
// paracetamol product; a slit wrist; antihistamine (anticholinergic) toxicity; a spiked drink with
// symptoms now; a whole week's or pack's worth of medicine taken; a farewell message and no answer;
// someone trying to jump or threatening to jump with a child; a seizure or overheating after
// stimulants; a ligature round the neck; gas turned on by someone barricaded in; driving to crash
// into something; nicotine patches or liquid in a child with symptoms; sedation after drink and an
// unknown pill; severe pain with blood in the urine after ketamine; a disturbed person threatening
// family with a weapon while they hide.
const AO_PAST = `${PAST_CORE}|in the past`;
const AO_SEDATIVE = "clonazepam|klonopin|diazepam|valium|xanax|alprazolam|lorazepam|ativan|temazepam|benzo|benzos|zopiclone|zolpidem|ambien|oxy|oxycodone|oxycontin|codeine|tramadol|morphine|pregabalin|lyrica|gabapentin|seroquel|quetiapine|sleeping (?:pills|tablets)";
const AO_STIMULANT = "molly|mdma|ecstasy|pinger|pingers|coke|cocaine|crack|meth|speed|amphetamine\\w*|crystal|mephedrone|bath salts";
const AO_RULES: TriageRuleSpec[] = [
  {
    // a sedative (benzodiazepine, opioid, sleeping pill) in quantity with alcohol, now drowsy: breathing may stop
    id: "triage.poisoning.sedative-with-alcohol-drowsy",
    level: E,
    finding: "a sedative taken with alcohol and now very drowsy (risk of stopped breathing)",
    all: [
      AO_SEDATIVE,
      "drank|drinking|drinks|wine|vodka|beer|beers|booze|alcohol|whiskey|gin|rum|cider",
      "barely (?:keep|stay|awake) ~3 (?:eyes|awake|open)?|cant (?:keep (?:my|his|her) eyes open|stay awake)|keep(?:s)? (?:nodding|passing) (?:off|out)|passing out|slurring|wont wake|hard to wake|breathing (?:slow|shallow)"
    ],
    unless: [AO_PAST]
  },
  {
    // cannot keep themselves safe tonight: an urge to act on the means at hand
    id: "triage.crisis.cant-stop-myself-tonight",
    level: E,
    crisis: true,
    finding: "says they cannot stop themselves acting on suicidal urges (crisis now)",
    all: ["(?:dont think|not sure|do not think) i (?:can|could) (?:stop|keep) myself|cant (?:stop|keep) myself (?:safe|from)|(?:cant|cannot) keep myself safe"],
    unless: [AO_PAST, "(?:eating|snacking|scrolling|buying|shopping|laughing|crying|texting)"]
  },
  {
    // a gun in the lap or hand, or a blade or shard held to the throat, with intent spoken
    id: "triage.crisis.weapon-in-hand-now",
    level: E,
    crisis: true,
    finding: "a weapon held ready against oneself (crisis now)",
    all: [
      "(?:gun|pistol|revolver|shotgun|rifle|knife|blade|razor|shard|glass) ~4 (?:in (?:my|his|her|their) (?:lap|hand|hands|mouth)|to (?:my|his|her|their) (?:throat|neck|head|wrist|temple)|against (?:my|his|her|their) (?:throat|neck|head|wrist|temple))",
      "(?:talk me out|do it|end it|goodbye|kill|gonna|going to|if anyone|nobody|no one|done|over)|gun|pistol|revolver|shotgun|rifle"
    ],
    unless: [AO_PAST, "(?:movie|film|game|show|story|novel|character|range|hunting|cleaning|holster|safety catch|licen[cs]e)"]
  },
  {
    // alcohol or benzodiazepine withdrawal with fits now (repeated, or just had one)
    id: "triage.withdrawal.fits-now",
    level: E,
    finding: "fits during alcohol or sedative withdrawal (emergency care now)",
    all: [
      "bender|binge|stopped drinking|stopped (?:the )?(?:booze|drink)|detox\\w*|withdraw\\w*|(?:off|quit) (?:the )?(?:booze|drink|drinking|alcohol|benzos|xanax)",
      "having (?:fits|seizures|a fit|a seizure)|(?:another|second|2nd|third) (?:fit|seizure)|(?:fit|seizure|fitting) ~4 (?:just now|an hour ago|again|this morning|tonight)|(?:had|having) (?:one|another) ~4 (?:ago|now)"
    ],
    unless: [AO_PAST, "(?:had|has|have had) ~2 (?:withdrawal )?(?:fits|seizures) in the past|no (?:fits|seizures)"]
  },
  {
    // delirium tremens: withdrawal with hallucinations and autonomic signs
    id: "triage.withdrawal.delirium",
    level: E,
    finding: "alcohol withdrawal with hallucinations, fever or racing heart (possible delirium tremens)",
    all: [
      "detox\\w*|withdraw\\w*|stopped drinking|(?:off|quit) (?:the )?(?:booze|drink|drinking|alcohol)|dry(?:ing)? out",
      "hallucinat\\w*|(?:thinks|seeing|sees|hearing) ~3 (?:people|bugs|spiders|things|insects|someone) ~4 (?:house|room|walls|there|crawling|not there)|doesnt know where|confused|delirious",
      "sweat\\w*|racing|pounding|temp|fever\\w*|3[89]|40|shaking|tremor\\w*"
    ],
    unless: [AO_PAST, "no hallucinations|not hallucinating|no confusion|not confused"]
  },
  {
    // a large count of a paracetamol product (including staggered over a day) is a liver emergency
    id: "triage.poisoning.paracetamol-large-count",
    level: E,
    finding: "a large number of paracetamol-containing tablets (liver damage risk: emergency care)",
    all: ["(?:[2-9]\\d|1\\d\\d) (?:co codamol|cocodamol|paracetamol|tylenol|acetaminophen|panadol|co dydramol|excedrin|calpol)"],
    unless: [AO_PAST, "(?:pack|packs|box|boxes|bottle|bottles|count) of (?:[2-9]\\d|1\\d\\d)|(?:[2-9]\\d|1\\d\\d) (?:co codamol|cocodamol|paracetamol|tylenol|acetaminophen|panadol|co dydramol) ~2 (?:pack|packs|box|boxes|bottle|tablets? in)"]
  },
  {
    id: "triage.crisis.slit-wrist",
    level: E,
    crisis: true,
    finding: "a slit wrist or throat (bleeding emergency)",
    all: ["slit ~2 (?:wrist|wrists|throat)"],
    unless: [AO_PAST, "scar|scars|healed"]
  },
  {
    // anticholinergic toxicity: an antihistamine overdose with hallucinations, fast heart, fever, big pupils
    id: "triage.poisoning.antihistamine-toxicity",
    level: E,
    finding: "too much antihistamine with hallucinations, racing heart or jerking (anticholinergic poisoning)",
    all: [
      "diphenhydramine|benadryl|antihistamine\\w*|dramamine|dimenhydrinate|promethazine|phenergan|nytol|unisom|doxylamine",
      "so many|a lot|huge amount|loads|whole (?:pack|box|bottle)|to get high|trip\\w*|{xBigCount}|overdose\\w*",
      "hallucinat\\w*|seeing (?:spiders|bugs|things|people)|heart (?:is )?(?:racing|pounding)|pupils|jerk\\w*|twitch\\w*|seiz\\w*|burning up"
    ],
    unless: [AO_PAST]
  },
  {
    // a spiked drink with symptoms happening now (cannot move, cannot think, going in and out)
    id: "triage.poisoning.spiked-symptoms-now",
    level: E,
    finding: "a spiked drink with paralysis, confusion or fading consciousness now",
    all: [
      "spiked|drugged",
      "(?:im|i am|feel|feels|shes|hes|is) ~3 (?:paraly\\w*|cant move|cant think|cant stand|cant keep (?:my|her|his) eyes open|in and out|going in and out|cant walk)|cant (?:move|feel) (?:my|her|his) (?:legs|arms|body)"
    ],
    unless: [AO_PAST, "last night|yesterday|(?:ok|fine|better) now|woke up"]
  },
  {
    // a whole week's, month's or pack's worth of a medicine taken at once
    id: "triage.poisoning.whole-supply-at-once",
    level: E,
    finding: "a whole week's or pack's worth of medicine taken at once (overdose)",
    all: ["{xTook} ~4 (?:whole|entire|full) (?:week|weeks|month|months|fortnight|fortnights)|{xTook} ~8 (?:like|basically)? the (?:whole|entire|full) (?:pack|packet|box|bottle|strip|sheet|blister|tub)"],
    unless: [AO_PAST, "(?:vitamin|vitamins|multivitamin|probiotic|antibiotic|antibiotics) ~4 (?:whole|entire|full)|(?:whole|entire|full) (?:course|prescription)|over (?:the|a) (?:week|month)|as prescribed|(?:box|pack|packet|bottle|tub|bag|sheet) of (?:cookies|chocolates?|biscuits|cereal|candy|sweets|crisps|chips|donuts|doughnuts|wine|beer|juice|ice cream|popcorn|cake|pizza)"]
  },
  {
    // a farewell message (care of pets or belongings, "love you always") and the person cannot be reached
    id: "triage.crisis.farewell-message-no-answer",
    level: E,
    crisis: true,
    finding: "a goodbye message and the person cannot be reached (possible suicide attempt: call emergency services)",
    all: [
      "love you (?:always|forever)|take care of (?:my|the) (?:dog|cat|kids|children|pets?)|saying goodbye|said goodbye|(?:im|i am) sorry for everything|giving ~4 (?:things|clothes|stuff|books|belongings) away",
      "not (?:answering|picking up|responding|replying)|wont (?:answer|pick up|respond|reply)|cant (?:reach|get hold of|get through)|phone (?:is )?off|roof|bridge|ledge|cliff|edge"
    ],
    unless: [AO_PAST, "(?:moving|move|moved|leaving|left|going) (?:away|abroad|overseas|to)|holiday|vacation|deployment|trip"]
  },
  {
    // trying to jump from a height now, or threatening to jump with a child
    id: "triage.crisis.trying-to-jump-now",
    level: E,
    crisis: true,
    finding: "someone trying or threatening to jump from a height (call emergency services)",
    all: ["(?:trying|tried|wants|going|threatening|threatens|about|gonna) to jump (?:out|off|from)|(?:hell|shell|he will|she will|hes going to|shes going to|threatening to|says he will|says she will) jump with"],
    unless: [AO_PAST, "parachut\\w*|bungee|skydiv\\w*|pool|trampoline|puddle|queue|rope|hurdle|jump out of (?:my|his|her|their) (?:chest|skin|throat)"]
  },
  {
    // a seizure, or overheating with rigid muscles, after stimulants (MDMA, cocaine, amphetamine)
    id: "triage.poisoning.stimulant-seizure-or-overheating",
    level: E,
    finding: "a seizure or overheating with stiff muscles after stimulants (call emergency services)",
    all: [
      AO_STIMULANT,
      "fitting|seizing|having a (?:fit|seizure)|convuls\\w*|(?:over|above) (?:40|41|42|104|105)|(?:40|41|42)(?:\\.\\d)? (?:on the thermometer|degrees|c)|rock (?:solid|hard)|jaw (?:is )?locked|muscles ~3 (?:rigid|stiff|solid)"
    ],
    unless: [AO_PAST, "(?:epilep\\w*) ~6 (?:pills|meds|tablets)"]
  },
  {
    // a ligature found round the neck (near-hanging): airway and neck injury even if talking
    id: "triage.crisis.ligature-round-neck",
    level: E,
    crisis: true,
    finding: "a belt, cord or rope round the neck (attempted hanging: emergency care even if talking)",
    all: ["(?:belt|rope|cord|ligature|noose|cable|scarf|tie|sheet|dressing gown cord|lead) ~2 (?:around|round) (?:her|his|my|their) neck"],
    unless: [AO_PAST, "necklace|costume|fashion"]
  },
  {
    // someone barricaded in with the gas turned on (psychosis with danger to all in the building)
    id: "triage.crisis.barricaded-with-gas",
    level: E,
    finding: "someone barricaded in with the gas on (danger to life: emergency services)",
    all: ["barricad\\w*|locked (?:himself|herself|themselves) in|wont (?:come out|open the door|let)", "smell ~3 gas|gas ~4 (?:on|unlit|left on|turned on)"],
    unless: [AO_PAST]
  },
  {
    // driving dangerously with a stated plan to crash into something
    id: "triage.crisis.driving-to-crash",
    level: E,
    finding: "someone driving with a plan to crash into something (danger to life: emergency services)",
    all: ["driv\\w*", "(?:going to|gonna|hes going to|shes going to|threatening to|wants to|says hell|says shell) (?:hit|ram|crash into|drive into|smash into|plough into|plow into)"],
    unless: [AO_PAST, "(?:traffic|rush hour|the gym|the road|the shops|the motorway|the highway)"]
  },
  {
    // nicotine patches, gum or liquid in a child with symptoms
    id: "triage.poisoning.child-nicotine-symptoms",
    level: E,
    finding: "a child exposed to nicotine patches, gum or liquid with symptoms (nicotine poisoning)",
    all: ["nicotine|vape liquid|e liquid|vape juice", "{xChild}|sister|brother", "vomit\\w*|being sick|sweat\\w*|pale|faint|drowsy|floppy|shaking|seiz\\w*|drool\\w*"],
    unless: [AO_PAST]
  },
  {
    // reduced consciousness after drink and a pill, or after a medicine overdose: drooling, eyes half open, not talking
    id: "triage.poisoning.sedated-after-substance",
    level: E,
    finding: "drooling, eyes half open or barely awake after drink or pills (reduced consciousness)",
    all: [
      "(?:a|some|the|unknown|random|dodgy|that) (?:pill|pills|tablet|tablets)|drinks|drank|overdose\\w*|(?:whole|entire) (?:week|month)|clozapine",
      "drool\\w*|eyes half (?:open|closed|shut)|not talking|barely (?:stay )?awake|cant stay awake|sleep it off"
    ],
    unless: [AO_PAST, "{xBenignWake}|(?:awake|alert) and talking|(?:more )?drowsy than usual but awake"]
  },
  {
    // ketamine bladder with severe pain, blood in the urine and vomiting
    id: "triage.substance.ketamine-pain-blood-vomiting",
    level: E,
    finding: "severe belly pain with blood in the urine and vomiting in someone using ketamine",
    all: ["ketamine|\\bket\\b", "(?:peeing|pissing|weeing) blood|blood in (?:his|her|my|the) (?:pee|urine|wee)", "agonis\\w*|agoniz\\w*|screaming|curled up|worst pain|unbearable|vomit\\w*"],
    unless: [AO_PAST]
  },
  {
    // a disturbed or intoxicated person threatening family with a weapon while they hide
    id: "triage.violence.threatening-family-hiding",
    level: E,
    // (a crisis finding: a long history of drug use must not turn it into same-day care)
    crisis: true,
    finding: "someone threatening family with a weapon while others hide (danger to life: emergency services)",
    all: ["threaten\\w* ~5 with (?:a|the|his|her) (?:bat|knife|hammer|axe|gun|bottle|machete|crowbar)|(?:holding|has|grabbed) (?:a|the) (?:knife|bat|hammer|axe|gun|machete) ~6 (?:threaten\\w*|screaming)", "locked (?:in|ourselves in)|hiding|barricad\\w*|smashing"],
    unless: [AO_PAST]
  },
  {
    // an overdose stated plainly with palpitations, faintness or vomiting now
    id: "triage.poisoning.overdose-with-symptoms",
    level: E,
    finding: "an overdose with palpitations, faintness or vomiting (emergency care)",
    all: ["^overdose on|^overdosed|overdosed on", "palpitat\\w*|faint\\w*|heart (?:is )?(?:racing|pounding)|dizzy|vomit\\w*|being sick|drowsy"],
    unless: [AO_PAST]
  },
  {
    // someone holding a child and threatening harm if help is called
    id: "triage.violence.holding-child-threat",
    level: E,
    finding: "someone holding a child and threatening harm (emergency services now)",
    all: ["holding (?:our|the|my|his|her) (?:baby|child|son|daughter|kids?|toddler)", "(?:threaten\\w*|saying|says|said|screaming) ~6 (?:jump|kill|hurt|drop|drown)|if (?:i|we|anyone) (?:call|calls)"],
    unless: [AO_PAST]
  }
];
pushEmergencyRules(AO_RULES);

// triage-ao, same-day care (a GP, crisis team or mental health line today): early alcohol or
// opioid withdrawal, stopping an antidepressant suddenly, low sodium on an antidepressant, new
// voices or paranoia, mania, depression that has stopped someone eating or functioning, death
// wishes without a plan, a sedative on top of methadone, a prescription stimulant with a fast
// heart, cravings that threaten a relapse tonight, cannabis paranoia that has not worn off,
// purging with cramps or weakness, paracetamol doubled up through cold remedies, self-inflicted
// burns, and a child's sip of an alcohol-based product.
const AO_NO_PLAN = "no plan|not (?:going|gonna) to (?:act|do)|(?:isnt|is not|not) (?:going|gonna) to do anything|not gonna act|wouldnt do anything|says (?:she|he)s fine|says (?:she|he)s ok|(?:she|he) says (?:she|he)s fine";
const AO_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.alcohol-withdrawal-early",
    level: U,
    finding: "stopping heavy drinking with shakes or sweats, or with fits before (supervised withdrawal: seen today)",
    all: [
      "stopped drinking|stop drinking|wants to stop|binge drinking|drinking heavily|heavy drinking|bottle of (?:wine|vodka) a (?:night|day)|alcohol detox|alcohol withdrawal|withdrawal from (?:alcohol|drink|booze)",
      "shak\\w*|trembl\\w*|tremor\\w*|sweat\\w*|withdrawal fits|fits in the past|seeing ~3 things"
    ]
  },
  {
    id: "triage.urgent.antidepressant-discontinuation",
    level: U,
    finding: "an antidepressant stopped or run out with zaps, dizziness or low mood (a supply and advice today)",
    all: [
      "ran out|run out|stopped|cant get|missed",
      "venlafaxine|effexor|sertraline|paroxetine|seroxat|citalopram|escitalopram|fluoxetine|duloxetine|cymbalta|mirtazapine|antidepressant\\w*",
      "zaps|zapping|electric|dizzy|tearful|brain shivers"
    ]
  },
  {
    id: "triage.urgent.low-sodium-confusion",
    level: U,
    finding: "low sodium with new confusion or unsteadiness (blood test today)",
    all: ["sodium (?:was |is )?low|low sodium|hyponatr\\w*", "confus\\w*|unsteady|wobbly|drowsy|muddled"]
  },
  {
    id: "triage.urgent.new-psychotic-symptoms",
    level: U,
    crisis: true,
    finding: "new voices, paranoia or a sense that nothing is real (mental health assessment today)",
    all: ["hearing voices|voices telling|phone (?:is )?being tapped|being (?:watched|followed|spied on) by|(?:people )?on (?:the )?(?:tv|radio) (?:are )?talking about|nothing (?:is|feels) real|paranoid"],
    unless: [AO_PAST, "(?:in|on|from) (?:a|the) (?:film|movie|book|show|game)|paranoid about (?:germs|money|security|privacy|my weight)"]
  },
  {
    id: "triage.urgent.manic-episode",
    level: U,
    crisis: true,
    finding: "signs of mania: hardly sleeping, overspending (psychiatric review today)",
    all: ["manic|mania|bipolar|hypomani\\w*", "slept ~3 (?:\\d|one|two|three) hours?|not (?:slept|sleeping)|hasnt slept|spent|spending|racing thoughts"],
    unless: [AO_PAST]
  },
  {
    id: "triage.urgent.depression-not-functioning",
    level: U,
    crisis: true,
    finding: "depression that has stopped someone eating, drinking or getting up (seen today)",
    all: [
      "cant get out of bed|cant function|stopped eating|not eating|stopped (?:eating and )?drinking|lying in bed all day",
      "depress\\w*|crying|no point|low|hopeless"
    ],
    unless: [AO_PAST, "(?:flu|covid|virus|bug|cold|fever)"]
  },
  {
    id: "triage.urgent.death-wish-no-plan",
    level: U,
    crisis: true,
    finding: "thoughts of dying or disappearing without a plan (talk to a crisis line or GP today)",
    all: [
      "thinks about dying|thinking about dying|thoughts of dying|dark thoughts|wanting to disappear|want to disappear|wants to disappear|(?:doesnt|dont) see the point|urges to hurt (?:myself|herself|himself)",
      `${AO_NO_PLAN}|(?:im|i am|shes|hes) (?:so )?worried|scaring me|should i be doing`
    ],
    unless: [AO_PAST]
  },
  {
    id: "triage.urgent.sedatives-on-methadone",
    level: U,
    finding: "benzodiazepines taken on top of methadone or buprenorphine (overdose risk: advice today)",
    all: ["methadone|subutex|buprenorphine|suboxone", "benzos|xanax|valium|diazepam|etizolam|street benzos"]
  },
  {
    id: "triage.urgent.stimulant-fast-heart",
    level: U,
    finding: "a prescription stimulant taken without a prescription with a fast or fluttery heart",
    all: ["adderall|ritalin|vyvanse|elvanse|concerta|methylphenidate|modafinil", "(?:heart|hearts) ~4 (?:fast|racing|pounding|flutter\\w*)|palpitat\\w*|resting (?:1[1-9]\\d)|1[1-9]\\d resting"]
  },
  {
    id: "triage.urgent.relapse-cravings-now",
    level: U,
    crisis: true,
    finding: "cravings threatening a relapse right now (addiction support line today)",
    all: ["clean|sober|in recovery", "cravings|relapse|dealers number|dealer"]
  },
  {
    id: "triage.urgent.cannabis-paranoia-persisting",
    level: U,
    finding: "paranoia or unreality after cannabis that has not worn off (seen today)",
    all: ["weed|cannabis|edible\\w*|skunk|thc", "paranoid|not real|disconnected|unreal", "not wearing off|wont wear off|since|still"]
  },
  {
    id: "triage.urgent.purging-with-symptoms",
    level: U,
    finding: "making oneself sick with cramps, weakness or dizziness (salts check today)",
    all: ["(?:vomiting|being sick|throwing up) ~5 on purpose|making (?:herself|himself|myself) sick|purg\\w*|bulimi\\w*", "cramp\\w*|weak|dizzy|faint|palpitat\\w*"]
  },
  {
    id: "triage.urgent.paracetamol-doubled-up",
    level: U,
    finding: "paracetamol taken with cold and flu remedies that also hold it (check for overdose today)",
    all: ["paracetamol|tylenol|acetaminophen|panadol", "cold and flu|lemsip|sachets|beechams|day nurse|dayquil|nyquil|theraflu"]
  },
  {
    id: "triage.urgent.self-burn-blistered",
    level: U,
    crisis: true,
    finding: "a self-inflicted burn that has blistered (wound care and support today)",
    all: ["(?:burnt|burned) myself|burning myself", "blister\\w*|hurts|weeping"]
  },
  {
    id: "triage.urgent.sedative-or-opioid-withdrawal",
    level: U,
    finding: "withdrawal from benzodiazepines, opioids or kratom with shakes, sweats or no sleep (seen today: stopping suddenly can be dangerous)",
    all: [
      "(?:off|stopped|quit|coming off|came off|when i dont take|without) ~3 (?:xanax|alprazolam|benzos|diazepam|valium|clonazepam|klonopin|lorazepam|ativan|kratom|heroin|methadone|oxy\\w*|codeine|opioids|opiates)|(?:kratom|opioid|opiate|benzo) withdrawal|addicted to (?:kratom|opioids|codeine|xanax|benzos)",
      "shak\\w*|sweat\\w*|diarrh\\w*|cant sleep|anxious|cramps|aching"
    ]
  },
  {
    id: "triage.urgent.someone-elses-sedative",
    level: U,
    finding: "someone else's sedative taken, now sleepy (advice today; not with alcohol or driving)",
    all: ["{xTook} ~4 (?:friends|mates|someone elses|sisters|brothers|mums|dads|roommates|flatmates) (?:diazepam|valium|xanax|alprazolam|lorazepam|clonazepam|temazepam|zopiclone|benzos)", "sleepy|drowsy|woozy|groggy|tired|worried"]
  },
  {
    id: "triage.urgent.child-sip-alcohol-product",
    level: U,
    finding: "a child who swallowed some mouthwash, sanitiser or perfume (poison advice today)",
    all: ["mouthwash|perfume|aftershave", "{xChild}|\\dyo|\\d yo", "sip|lick|swallowed|drank|mouthful|had some"]
  }
];
pushUrgentRules(AO_URGENT_RULES);

// triage-ap: concepts from set ap (an independent writer: everyday body parts seen from outside:
// eyes, ENT, teeth and face swelling, skin, allergy, limbs, hernias, testicles; some emergencies
// buried in long messages ending in a harmless-sounding question). Each rule names a presentation:
// part of the field of vision suddenly gone; a throat so swollen that saliva cannot be swallowed,
// or a muffled "hot potato" voice with trouble swallowing, opening the mouth or a swollen neck
// (peritonsillar / deep neck abscess, epiglottitis); swelling under the jaw pushing the tongue up
// or with breathing trouble (Ludwig's angina); an eye swollen shut with fever and drowsiness,
// shivering or poor sight (orbital cellulitis, from a tooth or a sinus); spreading redness or red
// streaks with shaking, a racing heart or faintness (sepsis from cellulitis); a hand pulled into a
// machine, crushed or numb; a foreskin stuck back and swollen (paraphimosis); dark, blistering,
// agonising skin (necrotising infection, Fournier's); a bent broken arm with a pale or numb hand; an
// object pushed deep up a small child's nose and bleeding; swelling behind the ear pushing it
// forward (mastoiditis); a knocked-out adult tooth (replant within the hour); a broken jaw with
// bleeding; bruising, bleeding gums and pinpoint spots together; a blistering rash with mouth or
// eye sores (Stevens-Johnson); a large or groin scald; a hernia gone dark or with a swelling belly;
// glue or cement stuck in an eye that will not open; testicle pain with vomiting (torsion).
const AP_PAST =
  "{xHypothetical}|(?:months|years) ago|last (?:month|year)|used to|history of|(?:healed|cleared|settled|went down|gone down|completely gone|all gone|fine now|better now)";
const AP_RULES: TriageRuleSpec[] = [
  {
    // a sudden hole or curtain in the field of vision of one eye (retinal detachment, retinal artery occlusion)
    id: "triage.eye.part-of-vision-gone",
    level: E,
    finding: "part of the sight of one eye suddenly gone, grey or dark (possible retinal detachment or blocked artery)",
    all: [
      "(?:top|bottom|upper|lower|left|right|outer|inner|half|part|side|corner) (?:half |part |side )?of (?:my|his|her|their|the) (?:left |right )?(?:eye|vision|sight) ~3 (?:is |has )?(?:just )?(?:gone|missing|grey|gray|black|dark|blank|blacked out|greyed out|shadow\\w*)"
    ],
    unless: [AP_PAST]
  },
  {
    // saliva that cannot be swallowed (spat out or drooled): the throat is nearly closed
    id: "triage.airway.cannot-swallow-saliva",
    level: E,
    finding: "unable to swallow even saliva (spitting it out or drooling): the throat may be closing",
    all: ["(?:cant|cannot|can not|unable to|not able to) swallow ~3 (?:spit|saliva|spittle)|(?:spitting|spit) ~3 (?:into|in) (?:a|the) (?:cup|bowl|tissue|towel|sink)"],
    unless: [AP_PAST]
  },
  {
    // a muffled "hot potato" voice with trouble swallowing, opening the mouth or a swelling neck (quinsy, deep neck abscess)
    id: "triage.airway.muffled-voice-with-swallow-or-neck",
    level: E,
    finding: "a muffled voice with trouble swallowing or opening the mouth, or a swelling neck (possible throat abscess)",
    all: [
      "(?:voice|talking|speech) ~4 (?:muffled|hot potato|thick)|muffled (?:voice|speech)|hot potato",
      "(?:cant|cannot|can not|barely|hardly|unable to|hard to|struggl\\w* to) ~2 (?:swallow\\w*|open (?:my|his|her|their) mouth)|drool\\w*|spit\\w*|neck ~4 (?:swell\\w*|swollen)|(?:swell\\w*|swollen) ~3 neck"
    ],
    // still managing to drink: same-day care (triage.urgent.one-sided-throat-muffled-voice)
    unless: [AP_PAST, "managing (?:water|fluids|liquids|drinks|sips|to drink)|can (?:still )?(?:swallow|drink) (?:water|fluids|liquids|drinks|sips)"]
  },
  {
    // swelling under the jaw or tongue with the tongue pushed up or breathing trouble (Ludwig's angina)
    id: "triage.airway.under-jaw-swelling-tongue-or-breathing",
    level: E,
    finding: "swelling under the jaw or tongue pushing the tongue up or making breathing hard (possible deep neck infection)",
    all: [
      "(?:swell\\w*|swollen) ~4 (?:under|below|beneath) (?:my|his|her|their|the) (?:jaw|chin|tongue)|(?:under|below) (?:my|his|her|their|the) (?:jaw|chin|tongue) ~4 (?:swell\\w*|swollen)|floor of (?:my|his|her|the) mouth ~4 (?:swell\\w*|swollen)",
      "tongue ~4 (?:pushed|pushing|lifted|raised|forced) (?:up|back|out)|(?:hard|harder|difficult|trouble|struggl\\w*) ~2 (?:to )?breath\\w*|(?:cant|cannot|can not) breathe|(?:cant|cannot|can not) swallow\\w*"
    ],
    unless: [AP_PAST]
  },
  {
    // an eye swollen shut or puffy with fever and drowsiness, shivering or poor sight (orbital cellulitis,
    // spread from a tooth or a sinus)
    id: "triage.eye.swollen-shut-fever-and-unwell",
    level: E,
    finding: "an eye swollen shut with fever and drowsiness, shivering or poor sight (possible infection around the eye)",
    all: [
      "eye ~4 (?:swollen|swelling|swell\\w*|puffy|shut|closed|closing)|(?:swell\\w*|swollen) ~6 (?:into|up to|around|over) (?:my|his|her|their|the) eye",
      "fever\\w*|feverish|temp\\w*|3[89](?:\\.\\d)?|40(?:\\.\\d)?|hot|burning up",
      "sleepy|drowsy|lethargic|floppy|hard to wake|shiver\\w*|shak\\w*|rigou?rs|(?:cant|cannot|can not) see|vision|(?:feel|feels|feeling) (?:terrible|awful|horrible|really ill)|confus\\w*"
    ],
    unless: [AP_PAST]
  },
  {
    // redness spreading fast or red streaks with shaking, a racing heart, faintness or cold hands (sepsis from a skin infection)
    id: "triage.sepsis.spreading-redness-and-shaking",
    level: E,
    finding: "spreading redness or red streaks with shaking, a racing heart, faintness or cold hands (possible sepsis)",
    all: [
      "(?:red|redness|streaks?|lines?) ~6 (?:spread\\w*|going up|moving up|tracking|creeping|travel\\w*)|spread\\w* (?:past|beyond|over) (?:the )?(?:pen|line|mark|outline)|(?:big|large|huge) red (?:area|patch)|red (?:area|patch) ~4 (?:bigger|spread\\w*|growing)",
      "shak\\w*|shiver\\w*|rigou?rs|(?:heart|pulse) ~3 (?:racing|pounding|fast)|pass out|passing out|faint\\w*|(?:hands|feet|skin) ~3 (?:cold|freezing|icy)|(?:cant|cannot|can not) (?:stand|get) up|confus\\w*|vomit\\w*"
    ],
    unless: [AP_PAST]
  },
  {
    // a hand or arm pulled into a machine, or crushed, with fingers hanging, numb or lost
    id: "triage.trauma.hand-in-machine-or-crushed-fingers",
    level: E,
    finding: "a hand caught in a machine or crushed, with fingers hanging, numb or badly swollen (emergency care now)",
    all: [
      "(?:pulled|dragged|sucked|caught|trapped|stuck|got) ~2 (?:in|into) ~3 (?:press|mixer|machine|roller|rollers|conveyor|belt|mangle|wringer|auger|lathe|shredder|grinder)|(?:fingers?|hand|thumb) ~4 (?:crushed|mangled|hanging off|hanging(?! (?:limp |limply |loose |down |uselessly )?(?:by|at) (?:his|her|their|my|your) sides?(?! of)))",
      "crush\\w*|mangled|hanging|(?:cant|cannot|can not) feel|numb|(?:swollen|swelling) ~2 (?:huge|massive|badly)|degloved|(?:cut|come|came|torn) off|bone|cold|white|blue"
    ],
    unless: [AP_PAST]
  },
  {
    // paraphimosis: a foreskin pulled back that will not go forward, with the tip swollen or discoloured
    id: "triage.urology.foreskin-stuck-back-swollen",
    level: E,
    finding: "a foreskin stuck pulled back with the tip gone purple or dark (paraphimosis: emergency care now)",
    all: [
      "foreskin",
      "stuck|wont go (?:back|forward)|(?:cant|cannot|can not) (?:get|pull|push|put) (?:it )?(?:back|forward)",
      // (swollen alone is same-day care: triage.urgent.red-swollen-foreskin)
      "purple|blue|dark|black|dusky"
    ],
    unless: [AP_PAST]
  },
  {
    // necrotising infection: skin turning dark or blistering with severe pain or fever (necrotising fasciitis, Fournier's)
    id: "triage.skin.darkening-blistering-severe-pain-or-fever",
    level: E,
    finding: "skin turning dark, purple or blistering with severe pain or fever (possible flesh-eating infection)",
    all: [
      "(?:turning|going|gone|turned|skin|area) ~2 (?:dark|black|purple|dusky|grey|gray)|(?:dark|black|dusky) (?:purple|red)|(?:purple|dark|black) ~3 (?:blister\\w*|and blister\\w*)",
      "pain ~3 (?:unreal|insane|unbearable|extreme|excruciating|worst|out of proportion)|extremely (?:painful|sore)|fever\\w*|feverish|temp\\w*|diabet\\w*",
      "swollen|swelling|blister\\w*|cut|wound|bite|scratch|graze|genital\\w*|groin|scrotum|bum|perine\\w*|red"
    ],
    unless: [AP_PAST, "bruis\\w*|fell|bump\\w*|knock\\w*|banged|black eye"]
  },
  {
    // a broken or bent arm or leg with a pale, cold or numb hand or foot, or fingers that cannot move (blood or nerve supply at risk)
    id: "triage.trauma.deformed-limb-pale-or-cannot-move-fingers",
    level: E,
    finding: "a bent or broken limb with a pale, cold or blue hand or foot, or fingers or toes that cannot move (blood supply or nerve at risk)",
    all: [
      "(?:bend|bent|deform\\w*|crooked|wrong (?:angle|way|shape)|broken|broke|fractur\\w*|snapped|dislocat\\w*|out of place)",
      "(?:hand|foot|fingers|toes) ~4 (?:pale|white|cold|blue|grey|gray)|(?:cant|cannot|can not|unable to) (?:wiggle|move|feel|bend) ~2 (?:her|his|my|their|the) (?:fingers|toes|hand|foot)"
    ],
    unless: [AP_PAST, "(?:always|usually) (?:cold|pale)|raynaud\\w*|cast|plaster"]
  },
  {
    // an object pushed deep up a child's nose with bleeding or breathing trouble (risk of inhaling it)
    id: "triage.ent.object-pushed-deep-in-nose-bleeding",
    level: E,
    finding: "an object pushed deep up the nose with bleeding or breathing trouble (it may be inhaled: emergency care now)",
    all: [
      "(?:deep|further|deeper) (?:up|in|into) ~3 (?:nose|nostril)|(?:nose|nostril) ~6 (?:pushed|pushing|shoved|went) (?:it )?(?:further|deeper)|(?:pushed|shoved) (?:it )?(?:further|deeper) (?:in|up)",
      "blood|bleed\\w*|cough\\w*|chok\\w*"
    ],
    unless: [AP_PAST, "bleed\\w* ~3 (?:stopped|has stopped)"]
  },
  {
    // mastoiditis: a painful swelling behind the ear pushing it forward, or with a high fever after an ear infection
    id: "triage.ent.swelling-behind-ear-pushing-or-fever",
    level: E,
    finding: "a swelling behind the ear pushing it forward, or with a high fever (possible mastoiditis)",
    all: [
      "(?:swell\\w*|swollen|lump|bulg\\w*|redness) ~3 behind (?:his|her|my|their|the) ear|behind (?:his|her|my|their|the) ear ~3 (?:swell\\w*|swollen|lump|bulg\\w*)",
      "(?:push\\w*|stick\\w*|poking|pokes) (?:it |the ear |his ear |her ear )?(?:out|forward)|ear ~3 (?:stick\\w*|pushed) out|fever\\w*|temp\\w*|3[89](?:\\.\\d)?|40"
    ],
    unless: [AP_PAST]
  },
  {
    // a knocked-out adult tooth: it can be replanted within the hour
    id: "triage.dental.adult-tooth-knocked-out",
    level: E,
    finding: "an adult tooth knocked out (replant it or keep it in milk and see a dentist or emergency department within the hour)",
    all: [
      "(?:knocked|knock|came|come|popped) out ~3 (?:adult|permanent|grown up|front) ~1 (?:tooth|teeth)|(?:knocked|knock|popped) ~3 (?:adult|permanent|grown up|front) ~1 (?:tooth|teeth) out|(?:adult|permanent|front) ~1 (?:tooth|teeth) ~3 (?:knocked|fell|came|come|popped|clean|right|completely) out"
    ],
    unless: [AP_PAST, "baby (?:tooth|teeth)|milk (?:tooth|teeth)|wobbly|loose|yesterday|last (?:week|night)|chipped|half (?:of )?(?:the |his |her |my )?(?:front )?tooth|broken off"]
  },
  {
    // a broken jaw (teeth no longer meet) with bleeding or breathing trouble
    id: "triage.trauma.broken-jaw-bleeding",
    level: E,
    finding: "a broken jaw with bleeding or trouble breathing or swallowing (emergency care now)",
    all: [
      // one span from the jaw to the bleeding: "teeth don't meet, bleeding" must not read as "not bleeding"
      "(?:jaw ~3 (?:broken|broke|fractur\\w*|smashed)|(?:broke|broken|fractured) (?:my|his|her|their) jaw) ~~12 (?:bleed\\w*|blood|(?:cant|cannot|can not|hard to) (?:breathe|swallow))"
    ],
    unless: [AP_PAST, "no (?:bleeding|blood)|not bleeding|(?:bleeding|blood) ~2 (?:stopped|has stopped)"]
  },
  {
    // bleeding gums or nose, bruising and pinpoint spots together (very low platelets)
    id: "triage.bleeding.gums-bruises-and-pinpoint-spots",
    level: E,
    finding: "bruising, bleeding gums or nose and tiny red or purple spots together (possible very low platelets)",
    all: [
      "bleed\\w* gums|gums ~3 bleed\\w*|nose ?bleed\\w*|bleed\\w* (?:from )?(?:my|his|her|the) nose",
      "bruis\\w*",
      "(?:tiny|little|small|pinpoint|pin prick|pinprick) (?:red|purple|dark) (?:spots|dots)|petechia\\w*"
    ],
    unless: [AP_PAST]
  },
  {
    // Stevens-Johnson syndrome: a blistering or peeling rash with sores in the mouth or sore eyes
    id: "triage.skin.blistering-rash-mouth-or-eye-sores",
    level: E,
    finding: "a rash with blisters or peeling skin and sores in the mouth or sore eyes (possible severe drug reaction)",
    all: [
      "rash|skin",
      "blister\\w*|peel\\w*",
      "mouth (?:ulcers|sores|blisters)|(?:ulcers|sores|blisters) ~3 (?:mouth|lips)|(?:sore|red|burning|gritty|painful) eyes|eyes ~3 (?:sore|red|burning|gritty)"
    ],
    unless: [AP_PAST, "cold sore|chickenpox|chicken pox|hand foot and mouth|hand foot mouth|sunburn\\w*"]
  },
  {
    // a large scald or burn, or one on the groin or genitals (burns unit care)
    id: "triage.burn.large-or-groin-blistered",
    level: E,
    finding: "a large blistered burn or scald, or one on the groin or genitals (emergency care now)",
    all: [
      "scald\\w*|burn|burns|burned|burnt|boiling|kettle|hot (?:oil|fat|water|tea|coffee|drink)",
      "(?:big|large|huge|massive|wide) (?:area|patch|part|bit)|(?:whole|entire|most of (?:my|his|her|the)) (?:leg|arm|back|chest|thigh|belly|tummy)|groin|genital\\w*|privates|penis|scrotum",
      "blister\\w*"
    ],
    unless: [AP_PAST, "sunburn\\w*|heartburn|razor burn"]
  },
  {
    // a hernia gone dark, or stuck out with the belly swelling or vomiting (strangulated or obstructed)
    id: "triage.gi.hernia-dark-or-belly-swelling",
    level: E,
    finding: "a hernia that has gone dark, or is stuck out with the belly swelling or vomiting (possible strangulated hernia)",
    all: [
      "hernia",
      "black\\w*|dark\\w*|purple\\w*|dusky|(?:belly|stomach|tummy|abdomen) ~3 (?:swell\\w*|swollen|bloat\\w*|distend\\w*)|vomit\\w*|throwing up|threw up"
    ],
    unless: [AP_PAST, "(?:after|since) (?:the |my |his |her )?(?:repair|surgery|operation)"]
  },
  {
    // glue, cement or plaster stuck in an eye that will not open or burns
    id: "triage.eye.glue-or-cement-stuck",
    level: E,
    finding: "glue, cement or plaster in the eye with the eye stuck shut or burning (eye emergency)",
    all: [
      "superglue|super glue|nail glue|glue|cement|concrete|lime|plaster",
      "eye|eyes|eyelid|eyelids",
      "(?:cant|cannot|can not|wont) (?:open|opening)|stuck (?:shut|together|in)|glued (?:shut|together)|chunk|burn\\w*"
    ],
    unless: [AP_PAST]
  },
  {
    // testicular torsion: testicle pain with vomiting, or doubled up
    id: "triage.urology.testicle-pain-vomiting",
    level: E,
    finding: "testicle pain with vomiting or being doubled up (possible torsion: emergency care now)",
    all: [
      "testicle\\w*|testes|scrotum|ball|balls|nuts|ballsack",
      "hurt\\w*|pain\\w*|sore|ach\\w*",
      "vomit\\w*|(?:been|being) sick|threw up|thrown up|throwing up|curled up|doubled (?:up|over)"
    ],
    unless: [AP_PAST]
  }
];
pushEmergencyRules(AP_RULES);

// triage-ap, same-day care: eyes burning or gritty after welding or a sunlamp without protection
// (arc eye); an eyelid red and swollen (possible eyelid cellulitis); toothache that keeps someone up
// at night despite painkillers; a blister from a burn on a small child's hand; a swollen, tender
// gland under the jaw that is worse when eating (blocked or infected salivary gland); a nail hit
// hard with blood under it and throbbing (may need draining).
const AP_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.eyes-gritty-after-welding",
    level: U,
    finding: "sore, gritty or streaming eyes after welding or a sunlamp without eye protection (arc eye: seen today)",
    all: ["weld\\w*|sunlamp|sun lamp|sunbed|tanning bed|uv lamp", "eye|eyes", "sand|grit\\w*|stream\\w*|water\\w*|burn\\w*|sore|pain\\w*|light hurts"],
    unless: [AP_PAST]
  },
  {
    id: "triage.urgent.eyelid-red-and-swollen",
    level: U,
    finding: "a red, swollen eyelid (possible eyelid infection: seen today)",
    all: ["eyelid (?:is |looks |got |has gone |went )?(?:really |very |all )?(?:red|swollen|puffy)|(?:red|swollen|puffy) (?:and (?:swollen|puffy|red) )?eyelid"],
    unless: [AP_PAST, "allerg\\w*|hay ?fever|stye|itch\\w*|not red|painless|lump"]
  },
  {
    id: "triage.urgent.toothache-at-night-despite-painkillers",
    level: U,
    finding: "toothache that keeps you up at night or that painkillers do not help (dentist today)",
    all: [
      "tooth|teeth|toothache|molar|molars|wisdom tooth",
      "(?:up|awake) all night|kept (?:me|him|her) (?:up|awake)|(?:painkillers|pain killers|ibuprofen|paracetamol|tylenol|advil) ~4 (?:barely|dont|do not|not|hardly|no longer) (?:touch|help\\w*|work\\w*)"
    ],
    unless: [AP_PAST]
  },
  {
    id: "triage.urgent.child-burn-blister-hand",
    level: U,
    finding: "a burn blister on a small child's hand or palm (seen today)",
    all: [
      `${AL_KID}|${AB_KID}|\\d+ ?(?:yo|y o|yr|yrs|month|months|mo) (?:old)?`,
      "oven|stove|hob|iron|kettle|hot|burn\\w*|scald\\w*|touched",
      "blister\\w* ~4 (?:palm|hand|fingers)|(?:palm|hand|fingers) ~4 blister\\w*"
    ],
    unless: [AP_PAST, "sunburn\\w*|friction|monkey bars|swing"]
  },
  {
    id: "triage.urgent.gland-under-jaw-swollen-worse-eating",
    level: U,
    finding: "a swollen, tender gland under the jaw that is worse when eating (possible blocked or infected salivary gland)",
    all: ["(?:gland|lump|swelling) ~4 (?:under|below) (?:my|his|her|the) (?:jaw|chin|ear)", "(?:worse|hurts|pain\\w*|swell\\w*) ~3 (?:when|after) (?:i |he |she )?(?:eat\\w*|meals|chew\\w*)|fever\\w*|temp\\w*|tender"],
    unless: [AP_PAST]
  },
  {
    id: "triage.urgent.blood-under-nail-after-blow",
    level: U,
    finding: "a nail hit hard with blood under it and throbbing (may need draining: seen today)",
    all: [
      "hammer\\w*|smash\\w*|slam\\w*|crush\\w*|door|dropped|stubbed|trapped",
      "nail|fingernail|toenail",
      "blood (?:under|beneath|behind)|(?:dark|black|purple) ~3 (?:under|beneath) (?:the|my|his|her) nail|throbb\\w*"
    ],
    unless: [AP_PAST]
  }
];
pushUrgentRules(AP_URGENT_RULES);

// ===== triage-aq block (start) =====
import { TRIAGE_RULES } from "./triage-rules.js";
// triage-aq: concepts from set aq (an independent writer: emergencies told casually, hedged,
// minimised or apologetically, mixed with chatter and asked as practical questions: "can I drive
// myself", "can it wait till Monday"). Each rule names a presentation, whatever the tone around it:
// chest tightness brought on by exertion that has not let up; a dishwasher or laundry pod in a
// child's mouth with coughing or gagging (aspiration); a glucose meter reading "HI" with vomiting
// or heavy breathing (DKA); a hanging method kept ready beside "the only way out"; fainting with a
// racing or irregular heart; a knock to the head followed by one larger pupil or repeated vomiting;
// a thigh bone broken or bent; a double-digit number of codeine or paracetamol combination tablets
// with drowsiness or sickness; a headache with a stiff neck and light that hurts; sudden one-sided
// chest pain with a breath that cannot be filled (pneumothorax); a deliberate or very large insulin
// dose; alcohol withdrawal with a fit, hallucinations or confusion (delirium tremens); the urge to
// push in labour; weakness climbing from the legs into the arms (Guillain-Barré); a fever in a
// baby under three months given as "(11 weeks)"; tablets taken in an unknown amount or from a
// grandparent's supply, with dizziness.
const AQ_PAST = `${PAST_CORE}|when (?:i|he|she) was (?:\\d+|a kid|a child|little|younger)|(?:healed|cleared|settled|went away|fine now|better now|all good now)`;
const AQ_KID = `${AL_KID}|lad|daughters|sons|kids|girls|boys|(?:daughters|sons) (?:[1-9]|1[0-7])(?![0-9])`;
const AQ_RULES: TriageRuleSpec[] = [
  {
    // exertional chest tightness that has not settled (not the stable "goes when I stop" pattern)
    id: "triage.cardiac.chest-tight-after-exertion-not-settling",
    level: E,
    finding: "chest tightness or pressure that came on with exertion and has not let up, or with sickness or sweating (possible heart attack)",
    all: [
      "chest ~4 (?:tight\\w*|pain\\w*|pressure|heav\\w*|squeez\\w*|crushing)|(?:tight\\w*|pain|pressure|heaviness) ~3 (?:in )?(?:my |his |her )?chest",
      "shovel\\w*|spade|snow|digging|dug|clearing|stairs|lifting|lifted|mowing|gym|workout|exercis\\w*|jog\\w*|climb\\w*|carrying|hill|hills|running|ran|sprint\\w*|cycling|pushing|football|match|training|exertion",
      "(?:hasnt|has not|havent|didnt|hadnt|not|wont|isnt|doesnt|never) ~2 (?:let up|eased|easing|ease|gone|going away|go away|settled|settling|stopped|passed|improved|shifted)|still (?:there|going|tight|hurting|sore|heavy)|sick|nause\\w*|sweat\\w*|clammy|jaw|(?:down|into) (?:my |his |her )?(?:left )?arm"
    ],
    // a chest wall strain hurts when pressed or on twisting
    unless: [AQ_PAST, "(?:goes|went|settles|settled|eases|eased|stops|stopped) ~3 (?:when|once|after|as soon as) (?:i |he |she )?(?:stop\\w*|rest\\w*|sit\\w*|slow\\w*)|(?:pulled|strained) (?:a )?(?:muscle|pec)|(?:press|pressing|push|pushing|poke|poking) on|when i (?:twist|turn|move|stretch)|twisting"]
  },
  {
    // a detergent pod bitten or in a child's mouth, then coughing or gagging: the concentrated
    // detergent is aspirated or burns the airway
    id: "triage.poisoning.detergent-pod-in-mouth-coughing",
    level: E,
    finding: "a dishwasher or laundry pod in the mouth followed by coughing, gagging, vomiting or noisy breathing (airway and burn risk)",
    all: [
      "(?:dishwasher|laundry|washing|washer|detergent|dish) ~2 (?:pod|pods|tablet|tablets|tabs|capsule|capsules|liquitab|liquitabs|gel|pac|pacs)|liquitab\\w*|tide pods?",
      "cough\\w*|gag\\w*|chok\\w*|vomit\\w*|throwing up|threw up|retch\\w*|wheez\\w*|drool\\w*|(?:noisy|funny|fast|hard) breath\\w*|breath\\w* ~2 (?:funny|noisy|fast|hard)"
    ],
    unless: [AQ_PAST, "(?:spat|spit) (?:it )?out ~3 (?:before|straight away)|(?:didnt|did not|never) (?:get|go) (?:in|near) (?:his|her|their) mouth|wrapper only|still (?:sealed|wrapped)"]
  },
  {
    // "HI" is the meter's top reading (above about 33 mmol/L or 600 mg/dL); with vomiting or heavy breathing this is DKA or HHS
    id: "triage.diabetes.meter-reads-hi-with-vomiting-or-breathing",
    level: E,
    finding: "a glucose meter reading \"HI\" (above its range) with vomiting, heavy breathing, drowsiness or great thirst (possible diabetic ketoacidosis)",
    all: [
      "(?:meter|monitor|glucometer|libre|dexcom|sensor|reader|sugar|sugars|glucose|bg|bm|reading|readings) ~3 (?:says|say|said|reads|read|reading|shows|show|showing|showed|saying|displays|displaying|flashing) ~1 hi(?! (?:there|all|everyone|guys|doc|doctor|to))|(?:too high to read|off the scale|off the charts?)",
      "vomit\\w*|puk\\w*|throwing up|threw up|being sick|been sick|breath\\w* ~3 (?:heavy|heavily|deep|deeply|fast|hard|weird|funny)|(?:heavy|deep|fast|hard) breath\\w*|drowsy|confus\\w*|sleepy|thirst\\w*|ketones|fruity|pear drops|tummy pain|stomach pain|belly pain"
    ],
    unless: [AQ_PAST, "(?:broken|faulty|error|battery|new meter|test strip|control solution)"]
  },
  {
    // a hanging or other means kept ready, with "the only way out": a stated plan and means
    id: "triage.crisis.means-kept-and-only-way-out",
    level: E,
    crisis: true,
    finding: "someone who has a rope, gun or pills ready and calls it the only way out (suicide risk now)",
    all: [
      "(?:the )?only way out|no (?:other )?way out|only (?:option|answer|solution|way) left|(?:end|ending) it (?:all)?|(?:cant|cannot|can not) go on",
      "rope|ropes|noose|ligature|gun|guns|shotgun|rifle|pistol|hose|hosepipe|stockpil\\w*|stash\\w*|(?:saved|saving|kept|keeping|hoard\\w*) (?:up )?(?:his |her |my |their )?(?:pills|tablets|meds)"
    ],
    unless: [AQ_PAST, "escape room|jump rope|skipping rope|tug of war|climbing|boat|camping|garden hose|hose (?:the|down)|fire (?:exit|escape)|(?:debt|maze|contract|lease|game|level|puzzle)"]
  },
  {
    // fainting together with a racing, pounding or irregular heart: an arrhythmia until proven otherwise
    id: "triage.cardiac.fainting-with-racing-or-irregular-heart",
    level: E,
    finding: "fainting or blacking out with a racing, pounding or irregular heartbeat (possible dangerous heart rhythm)",
    all: [
      "(?:passed|passing|pass|blacked|blacking|black) out|fainted|fainting|faints|keeled over|collapsed|collapsing",
      "(?:hearts?|pulse|heartbeat|heart beat|heart rate) ~5 (?:racing|fast|pounding|all over the place|irregular|skipping|fluttering|jumping|erratic|going mad|going crazy|hammering|thumping|doing somersaults|out of rhythm|flip\\w*)|palpitation\\w*"
    ],
    unless: [AQ_PAST, "(?:nearly|almost|felt like i (?:might|would|could)|thought i (?:might|would|was going to)) ~2 (?:pass|passed|faint|fainted|black)|once ~3 (?:years|when)|(?:sight of|saw) (?:the )?(?:blood|needle)|(?:after|during) ~3 (?:blood test|jab|injection|needle)",
      // recurring spells over weeks are a same-day work-up, not an ambulance
      "spells|episodes|at times|lately|constantly|recurr\\w*|on and off|from time to time"]
  },
  {
    // after a knock to the head: one pupil larger (pressure on the brain) or vomiting again and again
    id: "triage.head.knock-then-one-pupil-bigger-or-repeated-vomiting",
    level: E,
    finding: "a knock to the head followed by one pupil larger than the other or repeated vomiting (possible bleed in the skull)",
    all: [
      "(?:hit|hits|bang\\w*|knock\\w*|bump\\w*|smack\\w*|whack\\w*|struck|clonk\\w*|thump\\w*) ~6 head|head ~4 (?:injury|knock|bump|bang|hit)|(?:fell|fall|fallen) ~5 (?:on|onto|off) ~4 head",
      "pupil\\w* ~4 (?:bigger|larger|wider|dilated|different|uneven|unequal|blown)|(?:different|uneven|unequal) (?:sized )?pupils|(?:vomit\\w*|being sick|throwing up|been sick) ~3 (?:over and over|again and again|repeatedly|non stop|nonstop|loads|three times|3 times|four times|4 times|several times|multiple times|all (?:day|evening|night))|(?:keeps|kept|keep) (?:vomiting|being sick|throwing up)"
    ],
    unless: [AQ_PAST]
  },
  {
    // a broken thigh bone bleeds a lot into the thigh and needs splinting and an ambulance
    id: "triage.trauma.broken-or-bent-thigh",
    level: E,
    finding: "a suspected broken thigh bone, or a leg bent in the thigh (ambulance: heavy bleeding into the thigh)",
    all: [
      "(?:broke|broken|snapped|fractur\\w*|cracked|shattered) ~3 (?:my |his |her |their |the )?(?:thigh|thighbone|femur|upper leg)|(?:thigh|thighbone|femur|upper leg) ~3 (?:broke|broken|snapped|fractur\\w*|bent|deformed|wrong angle)|leg ~3 (?:looks |is |gone )?(?:bent|bends|deformed|crooked) ~3 (?:halfway|half way|midway|in the middle|above the knee)"
    ],
    unless: [AQ_PAST, "(?:in a|in) (?:cast|plaster)|after (?:the |his |her |my )?(?:surgery|operation)|(?:pinned|plated|rodded)"]
  },
  {
    // codeine-paracetamol combinations: ten or more at once is a paracetamol and opioid overdose
    id: "triage.poisoning.many-codeine-combination-tablets-drowsy",
    level: E,
    finding: "a large number of co-codamol or similar tablets taken at once, now drowsy or sick (overdose)",
    all: [
      "{xTook} ~3 (?:[89]|1\\d|[2-9]\\d|eight|nine|ten|eleven|twelve|fifteen|twenty) ~2 (?:co codamol|cocodamol|co dydramol|codydramol|solpadeine|nurofen plus|migraleve|tylenol 3|tylenol with codeine|codeine)",
      "drowsy|sleepy|groggy|sick|vomit\\w*|throwing up|nause\\w*|dizzy|out of it|(?:cant|hard to) (?:stay awake|keep (?:my )?eyes open)"
    ],
    unless: [AQ_PAST, "(?:over|across|during|in) (?:the |a |\\d+ |two |three |few )?(?:day|days|week|weeks)|(?:a|per|each) day|daily|this week|so far|pack|box|prescribed"]
  },
  {
    // meningism: headache, stiff neck and light that hurts together (meningitis or a bleed)
    id: "triage.neuro.headache-stiff-neck-and-light-hurts",
    level: E,
    finding: "a headache with a stiff neck and light that hurts the eyes (possible meningitis or bleed on the brain)",
    all: [
      "stiff neck|neck ~3 (?:stiff|rigid)",
      "(?:light|lights|brightness|bright) ~4 (?:hurt\\w*|bother\\w*|painful|sting\\w*|unbearable)|photophobi\\w*|(?:cant|can not|cannot) (?:stand|bear|look at|take) ~2 (?:the )?(?:light|lights|bright)",
      "headache|head ~3 (?:pain|hurt\\w*|pounding|splitting|killing|exploding|agony)|head is"
    ],
    unless: [AQ_PAST, "(?:usual|typical|normal|regular|my|her|his) migraines?|migraines? (?:again|as usual|like always)|(?:slept|sleeping) (?:funny|awkward\\w*|wrong)|whiplash"]
  },
  {
    // spontaneous pneumothorax: sudden one-sided chest pain with a breath that cannot be filled
    id: "triage.chest.sudden-one-sided-pain-cant-fill-breath",
    level: E,
    finding: "sudden sharp pain on one side of the chest with a breath that cannot be filled (possible collapsed lung)",
    all: [
      "sudden\\w*|all of a sudden|out of (?:nowhere|the blue)|came on|started",
      "(?:sharp|stabbing|knife) ~3 pain ~6 chest|(?:one|left|right) side of (?:my |his |her |the )?chest|chest ~3 (?:one|left|right) side",
      "(?:cant|cannot|can not|unable to|struggl\\w* to|hard to|not able to) (?:get|take|catch|draw) (?:a )?(?:full |deep |proper |big |whole )?breath|(?:cant|cannot|can not) breathe (?:in )?(?:properly|fully|deeply)|short of breath|breathless|out of breath"
    ],
    unless: [AQ_PAST, "(?:when|if) (?:i |he |she )?(?:press|push|touch|twist|turn)|press on it|(?:pulled|strained) (?:a )?muscle"]
  },
  {
    // a deliberate or very large insulin dose: deep hypoglycaemia can follow for hours
    id: "triage.poisoning.insulin-overdose-deliberate-or-large",
    level: E,
    finding: "insulin injected on purpose or in a very large dose (dangerously low sugar can follow for hours)",
    all: [
      "insulin",
      "on purpose|deliberately|intentionally|purposely|to (?:die|end it|hurt (?:herself|himself|myself|themselves))|(?:whole|entire|full) (?:pen|vial|cartridge|box)|(?:a load|loads|a lot|lots|heaps|tons|way too much|a whole lot) of (?:her |his |my |their |the )?insulin|overdos\\w* ~3 insulin|insulin overdose"
    ],
    unless: [AQ_PAST]
  },
  {
    // delirium tremens: alcohol withdrawal with a fit, hallucinations or confusion
    id: "triage.withdrawal.alcohol-fit-or-hallucinations",
    level: E,
    finding: "stopping heavy drinking followed by a fit, seeing things or confusion (possible delirium tremens)",
    all: [
      "(?:stop\\w*|quit\\w*|cut (?:down|off)|gave up|giving up|no|without|off) ~3 (?:drinking|drink|booze|alcohol|the drink)|alcohol withdrawal|withdraw\\w* ~3 (?:alcohol|drink\\w*|booze)|drinking (?:heavily|heavy|a lot)|heavy drink\\w*|alcoholic",
      "(?:seeing|hearing|feeling) (?:things|stuff|bugs|insects|spiders|people|voices)|hallucinat\\w*|(?:on the floor|on the ground) ~3 (?:shaking|jerking|fitting|twitching)|(?:shaking|jerking|fitting|twitching) ~3 (?:on the floor|on the ground)|(?:had|having|has) (?:a )?fit|fitting|seizure\\w*|convuls\\w*|not making sense|doesnt know where (?:he|she) is"
    ],
    unless: [AQ_PAST]
  },
  {
    // the urge to push in labour: birth is close (more so before term or alone)
    id: "triage.labour.urge-to-push",
    level: E,
    finding: "in labour with an urge to push or the baby's head showing (birth is close: call an ambulance)",
    all: [
      "(?:feel|feels|feeling|felt) (?:like|the need to|an urge to|the urge to) (?:i need to )?push\\w*|urge to push|(?:need|needing) to push(?! for| them| him| her| the| my| it| back| through)|crowning|can see (?:the )?(?:head|hair)",
      "contraction\\w*|labou?r\\w*|weeks|pregnan\\w*|waters|due"
    ],
    // (asking ahead how the urge will feel is not the urge)
    unless: [AQ_PAST, "(?:last|previous|first) (?:labou?r|birth|pregnancy|baby)|poo|poop|stool|bowel|constipat\\w*", "how ~4 (?:know|tell) ~4 push\\w*|when (?:to|should i|do i|will i|would i) (?:need to )?push|(?:will|would|should|might) (?:i )?(?:feel|get) ~4 push\\w*"]
  },
  {
    // Guillain-Barré: weakness or numbness spreading up from the legs into the arms
    id: "triage.neuro.weakness-climbing-from-legs-to-arms",
    level: E,
    finding: "weakness or numbness spreading up from the legs into the arms (possible Guillain-Barré: breathing can fail)",
    all: [
      "weak\\w*|numb\\w*|tingl\\w*|(?:cant|cannot) (?:feel|lift)",
      "legs|feet",
      "(?:climb\\w*|spread\\w*|mov\\w*|creep\\w*|going|gone|went|travel\\w*|work\\w*) (?:up )?(?:into|to|up to|towards) ~2 (?:arms|hands|chest|body|trunk|waist|fingers)|(?:now|and) ~3 (?:arms|hands) ~3 (?:too|as well|also)"
    ],
    // (not AQ_PAST: the infection a few weeks before, "a tummy bug last month", is part of the story)
    unless: ["{xHypothetical}|used to|history of|years ago", "(?:after|from) ~3 (?:gym|workout|run|running|leg day|hike|marathon)"]
  },
  {
    // a fever of 38 or more in a baby under three months, the age given in brackets or beside a baby word
    id: "triage.infant.fever-under-three-months-age-in-weeks",
    level: E,
    finding: "a temperature of 38 or more in a baby under three months (emergency assessment)",
    all: [
      `(?<!(?:for|past|last|every|in|after|within|about|up to|over|than) )(?<![0-9])(?:[1-9]|1[0-2]) ?(?:week|weeks|wk|wks)${AH_WEEKS_NOT}(?! pregnant| along| gestation| pp)`,
      "baby|babies|newborn|infant|twin|twins|son|daughter|girls|boys|little one|bub|(?:week|weeks|wk|wks) old",
      "(?:temp\\w*|fever) ~3 (?:3[89]|4[01])(?:\\.\\d)?|(?:3[89]|4[01])\\.\\d|100\\.[4-9]|10[1-4](?:\\.\\d)? ?f"
    ],
    unless: [AQ_PAST, "pregnan\\w*|weeks (?:ago|later)|after (?:the |her |his )?(?:jab|jabs|vaccin\\w*|immunis\\w*|immuniz\\w*)"]
  },
  {
    // tablets taken in an unknown amount, or from a grandparent's or someone else's supply, then dizzy or unwell
    id: "triage.poisoning.unknown-amount-or-someone-elses-tablets-unwell",
    level: E,
    finding: "an unknown amount of tablets, or someone else's heart or other tablets, taken and now dizzy or unwell (poisoning)",
    all: [
      "{xTook} ~4 (?:an? )?(?:unknown|no idea how many|not sure how many|dont know how many|unsure how many|cant remember how many)|(?:gran|grans|granny|grannys|nan|nans|nana|nanas|grandma|grandmas|grandad|grandads|grandpa|grandpas|someone elses|somebody elses) ~2 (?:pills|tablets|meds|medication|heart|blood pressure|sleeping)|(?:dared|dare) ~6 (?:pills|tablets|meds)",
      "{xTook}|popped|necked|swallowed",
      "dizzy|woozy|weird|faint\\w*|drowsy|sleepy|sick|vomit\\w*|heart ~3 (?:racing|slow|pounding|funny|weird)|confus\\w*|(?:feel|feels|feeling) (?:strange|odd|off|bad|awful|terrible|rough)"
    ],
    unless: [AQ_PAST]
  }
];
pushEmergencyRules(AQ_RULES);

// triage-aq, same-day care: an eye gritty or sore after grinding or drilling metal (a metal
// fragment); a painful eye in a contact lens wearer with light sensitivity or blurring (keratitis);
// a small child who will not use an arm after it was pulled or swung (pulled elbow); a rash all
// over after starting a new medicine; a red or puffy eye in a baby of a few weeks; a boil grown
// large and too sore to sit on (abscess to drain); missed pills or a failed condom with sex
// (emergency contraception); a child or teenager limping with hip or knee pain and no injury
// (slipped upper femoral epiphysis, irritable hip); a joint painful to move after a fall (possible
// fracture); more swelling of the feet, hands or face late
// in pregnancy (blood pressure and urine check today).
const AQ_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.eye-gritty-after-grinding-metal",
    level: U,
    finding: "a gritty, sore or red eye after grinding, drilling or hammering metal (a fragment may be stuck: seen today)",
    all: ["grind\\w*|grinder|drill\\w*|hammer\\w*|chisel\\w*|metal|steel|angle grinder|lathe", "eye|eyes", "grit\\w*|sand|something in|scratch\\w*|sore|red|water\\w*|stream\\w*|pain\\w*|speck|fleck|bit of"],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.contact-lens-painful-eye",
    level: U,
    finding: "a painful eye in a contact lens wearer with light sensitivity, blurring or a lens slept in (possible corneal infection: seen today)",
    all: ["contact|contacts|lens|lenses", "eye|eyes", "pain\\w*|sore|hurt\\w*", "light ~3 (?:hurt\\w*|bother\\w*|sensitiv\\w*)|photophob\\w*|blur\\w*|vision|(?:cant|hard to) see|slept in"],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.child-arm-pulled-not-used",
    level: U,
    finding: "a small child who will not use an arm after it was pulled or swung (pulled elbow: seen today)",
    all: [
      "(?:pulled|yanked|tugged|swung|swinging|swing|lifted|jerked) ~6 (?:arm|arms|hand|hands|elbow|wrist)|(?:arm|elbow) ~4 (?:pulled|yanked|tugged|jerked)",
      "(?:wont|will not|doesnt|not|refuses to|refusing to|isnt|hasnt) ~2 (?:use|using|used|move|moving|moved|lift|lifting|reach\\w*)|holds? it|holding it|hanging|limp|by (?:his|her|their) side"
    ],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.rash-after-new-medicine",
    level: U,
    finding: "a rash spreading all over after starting a new medicine (possible drug reaction: seen today)",
    all: [
      "(?:new|started|starting|began|since) ~4 (?:tablet|tablets|pill|pills|medicine|medication|meds|antibiotic\\w*|amoxicillin|penicillin|course)",
      "rash|hives|welts",
      "all over|everywhere|spread\\w*|whole body|(?:arms|legs|chest|back|tummy) and"
    ],
    unless: [AQ_PAST, "(?:cream|lotion|moisturi[sz]er|washing powder|soap)"]
  },
  {
    id: "triage.urgent.young-baby-red-puffy-eye",
    level: U,
    finding: "a red, puffy or swollen eye in a baby of a few weeks (seen today)",
    all: ["(?<![0-9])(?:[1-9]|1[0-2]) ?(?:week|weeks|wk|wks) old|newborn", "eye|eyes|eyelid", "red|puffy|swollen|swelling|pus"],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.boil-large-too-sore",
    level: U,
    finding: "a boil or abscess grown large and too painful to sit or walk on (may need draining: seen today)",
    all: [
      "boil|abscess",
      "huge|massive|big|bigger|growing|enormous|size of",
      "(?:cant|cannot|can not|hard to|unable to) (?:sit|walk|sleep|move)|throbb\\w*|agony|(?:really|so|very) (?:sore|painful)|hot|spreading"
    ],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.missed-pills-or-condom-failed-after-sex",
    level: U,
    finding: "sex after missed contraceptive pills or a failed condom (emergency contraception works best early)",
    all: [
      "(?:missed|forgot|forgotten|skipped|didnt take) ~4 (?:pill|pills|contracepti\\w*|minipill|mini pill)|condom ~3 (?:broke|split|burst|came off|slipped)",
      "sex|intercourse|slept with|unprotected"
    ],
    unless: [AQ_PAST]
  },
  {
    id: "triage.urgent.child-limp-hip-or-knee-no-injury",
    level: U,
    finding: "a child or teenager limping with hip, groin or knee pain and no injury (hip problem to rule out: seen today)",
    all: [
      AQ_KID,
      "limp\\w*",
      "hip|hips|knee|knees|groin|thigh",
      "no (?:fall|injury|knock|accident|reason)|didnt fall|(?:wasnt|not) (?:hurt|injured)|out of nowhere|for no reason|fever\\w*|temp\\w*|(?:few|couple of|\\d) days|big (?:lad|boy|girl)|overweight|heavy"
    ],
    unless: [AQ_PAST]
  },
  {
    // a joint still painful to move days after a fall (a wrist or hip fracture is easily missed, more so when older)
    id: "triage.urgent.fall-joint-painful-to-move",
    level: U,
    finding: "a wrist, arm, hip or ankle painful to move or use after a fall (possible fracture: x-ray today)",
    all: [
      "fall|fell|tripped|slipped|came off",
      "wrist|wrists|arm|hip|shoulder|ankle|elbow",
      "(?:painful|hurts|sore|hard|difficult|agony) ~2 (?:to )?(?:move|bend|turn|use|lift|grip|put weight|bear weight|walk on)|(?:cant|cannot|can not|unable to|wont) (?:move|bend|use|lift|grip|bear weight|put weight)"
    ],
    unless: [AQ_PAST, "x ?rays?|xrayed|no (?:break|fracture)|not (?:broken|fractured)|(?:a bit|slightly|little bit) (?:sore|stiff)"]
  },
  {
    id: "triage.urgent.late-pregnancy-more-swelling",
    level: U,
    finding: "more swelling of the feet, hands or face late in pregnancy (blood pressure and urine check today)",
    all: [
      "(?<![0-9])(?:2[4-9]|3\\d|4[0-2]) ?(?:weeks|wks|wk)(?! ago| old)|third trimester",
      "(?:feet|ankles|hands|face|fingers) ~4 (?:swell\\w*|swollen|puffy|puffier)|(?:swell\\w*|swollen|puffy|puffier) ~4 (?:feet|ankles|hands|face|fingers)"
    ],
    unless: [AQ_PAST, "(?:goes|go|went|gone) down (?:overnight|by (?:the )?morning|in the morning|when i (?:rest|put))|(?:last|previous|first) pregnancy|postpartum|after (?:the )?(?:birth|delivery)"]
  }
];
pushUrgentRules(AQ_URGENT_RULES);

// triage-aq, look-alikes in the first layer: asking what anaphylaxis feels like (nothing
// described); numbness from a dental injection is not a face droop; "is that going to hurt him"
// asks whether a thing is harmful, it is no threat to harm someone.
const AQ_EXCEPTIONS: Record<string, string[]> = {
  "triage.allergy.anaphylaxis": ["(?:what|how) (?:does|do|would|is|are) (?:an )?{anaphylaxis} ~2 (?:feel|feels|look|looks|sound|sounds) like"],
  "triage.stroke.face-droop": ["filling|fillings|dentist|dental|root canal|extraction|novocaine|local an\\w*thetic|numbing (?:injection|jab|shot|gel)"],
  "triage.violence.harm-others": ["(?:is|will|would|could|can|does|isnt|wont) (?:that|it|this|these|those) (?:be )?(?:going to|gonna) (?:hurt|harm)"]
};
for (const rule of TRIAGE_RULES) {
  const extra = AQ_EXCEPTIONS[rule.id];
  if (extra) rule.unless = [...(rule.unless ?? []), ...extra];
}
// ===== triage-aq block (end) =====
// ===== triage-ar (independent writer: long messages with the red flag buried in history, timelines and
// medicines, and emergencies that only arise from a combination of ordinary findings). Each rule needs
// the combination; one finding alone (a rib knock that hurts to breathe, a drooping eyelid, a swollen
// tongue that can still be swallowed past, a streak of blood in phlegm, a red wound, bloody diarrhoea
// without fever or a swollen belly, a floater) stays with the same-day rules.
// A blow to the chest with breathlessness getting worse, or skin that crackles when pressed (air under
// the skin: collapsed lung); a drooping eyelid with double vision and a big pupil or a headache (third
// nerve palsy: aneurysm); a swollen tongue, mouth or throat with noisy breathing or no swallowing
// (airway); a cupful or mouthful of blood coughed up (massive haemoptysis); an infection (wound, surgery,
// urine, chest) with fever and a resting pulse of 130 or more, shaking that will not stop or a sense that
// something is badly wrong (sepsis); bloody diarrhoea with fever and a swollen belly (toxic colitis, C.
// difficile); sudden loss of sight in one eye with a clumsy or weak hand or arm (stroke).
// (long messages carry old history, "stopped his warfarin 2 weeks ago", "history of depression", beside the
// new finding: only a hypothetical or a finding said to be over exempts)
const AR_PAST = "{xHypothetical}|(?:healed|settled|fine now|better now|all clear|went away|gone away|resolved)";
const AR_RULES: TriageRuleSpec[] = [
  {
    id: "triage.chest.injury-breathless-worse-or-crackly",
    level: E,
    finding: "a blow to the chest with breathlessness getting worse or skin that crackles when pressed (possible collapsed lung)",
    all: [
      // (a blow named beside the ribs or chest: "fall asleep" or "side effects" are no injury)
      "(?:rib|ribs|chest) ~4 (?:hit|kicked|elbowed|kneed|tackled|punched|struck|stabbed|injur\\w*|trauma|blow)|(?:hit|kicked|elbowed|elbow|kneed|knee|tackled|punched|struck|stabbed|blow|landed|fell|crashed) (?:on |onto |into |against |to |in )?(?:the |my |his |her |their )?(?:rib|ribs|chest)|(?:onto|on to) (?:my|his|her|their|the) (?:chest|ribs)|collid\\w* ~8 (?:rib|ribs|chest)",
      "short of breath|breathless\\w*|(?:hard|harder|struggl\\w*|difficult\\w*) ~2 (?:to )?breath\\w*|breath\\w* (?:is |feels |getting )?(?:harder|hard|difficult|laboured|labored)|(?:cant|cannot|can not) (?:catch my|get my) breath",
      "(?:getting|got|gets|growing|feels|feeling) ~2 worse|worse and worse|worsening|crackl\\w*|crunch\\w*|rice krispies|bubble wrap|popping (?:under|when)"
    ],
    unless: [AR_PAST]
  },
  {
    id: "triage.eye.droopy-lid-double-vision-pupil",
    level: E,
    finding: "a drooping eyelid with double vision and a big pupil or a bad headache (possible nerve pressure from a bleed or aneurysm)",
    all: [
      "(?:eyelid|eye lid|lid|eye) ~3 (?:dropped|drooped|droop\\w*|drop\\w*|fallen|hanging|closing|half shut)|(?:droopy|drooping|dropped) (?:eye)?lid",
      "double vision|seeing double|see double|(?:vision|seeing) ~2 double",
      "pupil\\w* ~4 (?:huge|big|bigger|dilated|blown|larger|enlarged|massive|wide)|(?:big|huge|dilated|blown|larger|enlarged) pupil\\w*|headache\\w*|head (?:is )?(?:pounding|splitting|killing)"
    ],
    unless: [AR_PAST, "(?:end of the day|evening|when (?:im |i am )?tired) ~~6 (?:droop\\w*|double|worse)|(?:worse|droop\\w*|double) ~~6 (?:end of the day|evening|when (?:im |i am )?tired)"]
  },
  {
    id: "triage.airway.swollen-mouth-noisy-breathing",
    level: E,
    finding: "a swollen tongue, mouth or throat with noisy breathing or unable to swallow (the airway may be closing)",
    all: [
      // (a swollen throat alone with hard swallowing is the everyday tonsillitis: it needs the noisy breathing)
      "(?:tongue|mouth|lips|lip) ~8 (?:swollen|swelling|swell\\w*|puffed|ballooned)|(?:swollen|swelling) ~3 (?:tongue|mouth)",
      "(?:breathing|breath|breaths|breathe) ~3 (?:noisy|sounds noisy|sounds funny|sounds weird|sounds strange|whistl\\w*|high pitched|squeak\\w*|rasp\\w*|crowing|harsh)|noisy breath\\w*|stridor|(?:cant|cannot|can not|unable to) swallow"
    ],
    unless: [AR_PAST, "(?:breathing|breathe) (?:is |feels )?(?:fine|ok|okay|normal)|(?:can|able to) (?:still )?swallow"]
  },
  {
    id: "triage.bleeding.cough-up-cupful-blood",
    level: E,
    finding: "a cupful or mouthful of blood coughed up (major bleeding into the lungs)",
    all: [
      "cough\\w* ~6 (?:cup|cupful|cupfuls|mug|mugful|mouthful|mouthfuls|tablespoon|tablespoons|spoonfuls|glass|glassful|egg cup|handful|shot glass|pint) ~4 (?:blood|bright red)|(?:cup|cupful|mug|mouthful|mouthfuls|tablespoons|glass|handful) ~4 blood ~4 cough\\w*"
    ],
    unless: [AR_PAST, "nose ?bleed\\w*|nose|teeth|tooth|gums|gum|extraction"]
  },
  {
    id: "triage.sepsis.infection-fever-fast-pulse-or-rigors",
    level: E,
    finding: "an infection with fever and a resting pulse of 130 or more, shaking that will not stop or a sense that something is badly wrong (possible sepsis)",
    all: [
      "wound|incision|scar|c section|caesarean|cesarean|section|operation|surgery|stitches|staples|cellulitis|infection|infected|abscess|pus|oozing|kidney|water infection|uti|pneumonia|chest infection",
      "hot and cold|fever\\w*|feverish|temp\\w*|shiver\\w*|shak\\w*|rigou?rs|chills",
      "(?:heart rate|heartrate|pulse|hr|heartbeat|heart beat) ~6 (?:1[3-9]\\d|2[0-4]\\d)(?! (?:lbs|pounds|kg|mg|ml|over))|(?:1[3-9]\\d|2[0-4]\\d) (?:bpm|beats)|(?:cant|cannot|can not|wont) stop (?:shaking|shivering)|uncontrollabl\\w* (?:shaking|shivering)|something (?:is )?(?:really|very|seriously|badly|terribly|horribly) wrong"
    ],
    unless: [AR_PAST, "(?:running|exercise|exercising|gym|workout|spin class|run)"]
  },
  {
    id: "triage.gi.bloody-diarrhoea-fever-swollen-belly",
    level: E,
    finding: "bloody diarrhoea with fever and a swollen belly (possible severe colitis)",
    all: [
      "diarrh\\w*|loose (?:stools|poo|poos|motions)|the runs|watery (?:stools|poo|poos)",
      "blood|bloody",
      "fever\\w*|feverish|temp\\w* ~3 (?:3[89]|4[01]|10[1-4])|(?:3[89]|40)(?:\\.\\d)? (?:degrees|c)|rigou?rs|shiver\\w*",
      "(?:tummy|belly|stomach|abdomen|abdo) ~3 (?:swollen|swelling|distended|distension|hard|rigid|tight as a drum|blown up|huge)|(?:swollen|distended|hard|rigid) ~2 (?:tummy|belly|stomach|abdomen)"
    ],
    unless: [AR_PAST]
  },
  {
    id: "triage.stroke.one-eye-sight-and-clumsy-hand",
    level: E,
    finding: "sight lost in one eye with a clumsy, weak or numb hand or arm (possible stroke)",
    all: [
      "(?:cant|couldnt|cannot|could not|can not|unable to) see (?:out of|from|with|through) (?:his|her|my|their|the|one) (?:left |right )?eye|(?:lost|losing|lose|loss of) (?:the |all )?(?:vision|sight) (?:in|of|from) (?:his|her|my|their|one|the) (?:left |right )?eye|(?:left|right|one) eye ~3 (?:went|gone|going) (?:blind|black|dark)",
      "(?:hand|arm|leg|fingers|foot) ~4 (?:clumsy|weak|weakness|numb|heavy|useless|not working|wont work|dead|floppy)|clumsy|(?:dropping|dropped) things|(?:speech|words|talking) ~3 (?:slurred|muddled|jumbled|wrong)"
    ],
    unless: [AR_PAST, "(?:swollen|swelling|puffy|closed|shut|gunk|discharge|crusted|stuck)"]
  }
];
pushEmergencyRules(AR_RULES);

// triage-ar, same-day care: an INR of 5 or more even without bleeding (dose to be held and checked
// today); a blood pressure of 180 or more over 110 or more named further from its label; weakness or
// muddled speech that came and went (a TIA: seen within 24 hours); a pressure sore gone black or
// smelling; a bite that broke the skin on a hand; hearing muffled or gone in one ear overnight
// (sudden deafness: steroids within days); belly-button pain that has moved low on the right (early
// appendicitis); lithium with diarrhoea, vomiting or drinking less (toxicity); an SGLT2 medicine
// (a "gliflozin") with vomiting, a tummy bug or ketones (euglycaemic ketoacidosis); a burn with big
// blisters the size of a palm; neck pain or stiffness after a car crash; an older person more muddled
// than usual (delirium); a calf tender or swollen after an ankle injury, a cast or a long journey (DVT);
// gallstone-type pain lasting hours.
const AR_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.inr-high",
    level: U,
    finding: "an INR of 5 or more (call the anticoagulation clinic or a doctor today)",
    all: ["inr ~12 (?:[5-9]|1\\d)\\.\\d|inr (?:is|was|of|at|reading|result|came back|now)? ~2 (?:[5-9]|1\\d)(?! (?:days|weeks|months|hours|times|mg|years|pm|am))"],
    unless: [AR_PAST]
  },
  {
    id: "triage.urgent.bp-very-high-far-label",
    level: U,
    finding: "a blood pressure of 180 or more over 110 or more (seen today)",
    all: ["(?:bp|blood pressure) ~8 (?:1[89]\\d|2\\d\\d)/(?:1[1-9]\\d)"],
    unless: [AR_PAST, "(?:used to|years ago|last year) ~4 (?:1[89]\\d|2\\d\\d)/"]
  },
  {
    id: "triage.urgent.weakness-or-speech-came-and-went",
    level: U,
    finding: "weakness, numbness or muddled speech that came and went (possible mini-stroke: seen within 24 hours)",
    all: [
      "(?:arm|leg|hand|face) ~3 (?:went|go|gone|going|was|felt) ~2 (?:weak|numb|dead|heavy|droopy)|(?:speech|words|talking) ~4 (?:muddled|slurred|jumbled|garbled|wrong)|(?:couldnt|could not|cant) (?:get|find) (?:her|his|my) words",
      "(?:fully |completely |totally )?(?:recovered|back to normal|went away|wore off|passed|resolved|cleared)|(?:for|lasted|lasting) (?:about |around |maybe )?(?:\\d+|a few|ten|five|twenty|fifteen) (?:min|mins|minutes)|(?:been|seems|seemed) fine since"
    ],
    unless: ["{xHypothetical}|(?:years|months) ago|last year"]
  },
  {
    id: "triage.urgent.pressure-sore-black-or-smelly",
    level: U,
    finding: "a pressure sore or ulcer gone black, smelling or oozing (seen today by a nurse or doctor)",
    all: ["(?:pressure sore|pressure ulcer|bed sore|bedsore|leg ulcer|foot ulcer|ulcer) ~8 (?:black|blackened|smell\\w*|stink\\w*|pus|green|oozing)"],
    unless: [AR_PAST]
  },
  {
    id: "triage.urgent.bite-broke-skin-hand",
    level: U,
    finding: "an animal or human bite that broke the skin on a hand or finger (may need antibiotics: seen today)",
    all: [
      "(?:bitten|bit|bite) ~6 (?:dog|dogs|cat|cats|fox|person|human|kid|child|horse|ferret|rabbit)|(?:dog|dogs|cat|cats|fox|horse|ferret) ~3 (?:bit|bitten|bite)",
      "hand|hands|finger\\w*|knuckle\\w*|thumb|wrist|puncture\\w*"
    ],
    unless: [AR_PAST, "(?:didnt|did not|doesnt|hasnt|not|no|never) ~2 (?:break|broke|broken|pierce) ~2 (?:the )?skin|no (?:marks|puncture\\w*)|mosquito|insect|bug bite"]
  },
  {
    id: "triage.urgent.sudden-hearing-loss-one-ear",
    level: U,
    finding: "hearing muffled or gone in one ear overnight or suddenly (sudden hearing loss: seen within a day)",
    all: [
      "woke (?:up )?with|woke up|suddenly|sudden|overnight|this morning|all at once|out of nowhere",
      "(?:hearing|ear) ~5 (?:muffled|gone|lost|blocked|deaf|dull|dead)|(?:lost|loss of) (?:the |my |all )?hearing|deaf in (?:one|my|his|her|the) (?:left |right )?ear|(?:cant|cannot|can not) hear (?:out of|from|in|with)"
    ],
    unless: [AR_PAST, "wax|earwax|syring\\w*|flight|plane|flying|swimm\\w*|dive|diving|(?:for|since) (?:weeks|months|years)|concert|gig"]
  },
  {
    id: "triage.urgent.belly-button-pain-moved-right",
    level: U,
    finding: "pain that started around the belly button and moved low on the right (possible appendicitis: seen today)",
    all: [
      "belly button|bellybutton|navel|umbilic\\w*|middle of (?:my |his |her |the )?(?:tummy|belly|stomach|abdomen)",
      "(?:low|lower|bottom) (?:down )?(?:on )?(?:the )?right|right (?:lower|low|bottom|iliac)|right (?:hand )?side",
      "moved|moving|shifted|travel\\w*|now|settled|sitting|gone (?:down|over)"
    ],
    unless: [AR_PAST, "period|periods|ovulat\\w*|hernia"]
  },
  {
    id: "triage.urgent.lithium-with-fluid-loss",
    level: U,
    finding: "lithium with diarrhoea, vomiting or drinking less (risk of lithium toxicity: level checked today)",
    all: [
      "lithium|priadel|camcolit|liskonum",
      "diarrh\\w*|loose (?:stools|poo|poos|motions)|vomit\\w*|being sick|throwing up|drinking less|not drinking|dehydrat\\w*|tummy bug|stomach bug|gastro"
    ],
    unless: [AR_PAST]
  },
  {
    id: "triage.urgent.sglt2-with-vomiting-or-ketones",
    level: U,
    finding: "an SGLT2 diabetes medicine with vomiting, a tummy bug or ketones (risk of ketoacidosis with normal sugars: advice today)",
    all: [
      "gliflozin|dapagliflozin|forxiga|empagliflozin|jardiance|canagliflozin|invokana|ertugliflozin|sglt2|sglt 2|synjardy|xigduo",
      "vomit\\w*|being sick|throwing up|tummy bug|stomach bug|gastro|not eating|ketone\\w*|diarrh\\w*"
    ],
    unless: [AR_PAST]
  },
  {
    id: "triage.urgent.burn-big-blisters",
    level: U,
    finding: "a burn or scald with big blisters or as large as a palm (seen today)",
    all: [
      "burn|burns|burned|burnt|scald\\w*|(?:hot|boiling) ~3 (?:spill\\w*|splash\\w*|water|oil|stew|soup|tea|coffee|fat|pan|kettle)|spill\\w* ~4 (?:hot|boiling)",
      "blister\\w*",
      "size of (?:my |his |her |a |an |the )?(?:palm|hand)|palm sized|(?:big|large|huge) blister\\w*|(?:big|large|huge) (?:area|patch)|bigger than"
    ],
    unless: [AR_PAST, "sunburn\\w*|heartburn|razor burn|friction|rope burn"]
  },
  {
    id: "triage.urgent.neck-pain-after-car-crash",
    level: U,
    finding: "neck pain or stiffness after a car crash (seen today to check the neck)",
    all: [
      "(?:car|road|traffic|motorway|bike|motorbike) (?:accident|crash|collision|smash)|rear ended|hit from behind|fender bender|shunt|car crash|crashed (?:the|his|her|my|our) car|rtc|rta|whiplash",
      "neck ~4 (?:stiff\\w*|pain\\w*|sore|hurts|ache\\w*|aching)|(?:stiff|sore|painful|achy) neck|(?:moving|turning|turn|move) (?:his|her|my|their) (?:head|neck)"
    ],
    unless: [AR_PAST]
  },
  {
    id: "triage.urgent.more-muddled-than-usual",
    level: U,
    finding: "an older person more muddled or confused than usual (possible delirium from an infection: seen today)",
    all: ["(?:more|increasingly|newly|suddenly) (?:muddled|confused|disoriented|disorientated|vague|doolally)|(?:muddled|confused) ~2 than (?:usual|normal)|(?:new|sudden) confusion"],
    unless: [AR_PAST, "(?:no|not|isnt|wasnt) (?:more )?(?:muddled|confused)"]
  },
  {
    id: "triage.urgent.calf-tender-after-injury-or-travel",
    level: U,
    finding: "a tender or swollen calf after an injury, a cast, surgery or a long journey (possible clot: seen today)",
    all: [
      "calf ~6 (?:tender|swollen|swelling|sore|painful|hot|red|hard|aching)|(?:tender|swollen|painful|hot|red|hard) calf",
      "ankle|sprain\\w*|plaster|cast|boot|immobil\\w*|surgery|operation|flight|long haul|coach trip|drive|pill|pregnan\\w*|postpartum|bed bound|bedbound"
    ],
    unless: [AR_PAST, "both (?:calves|legs)|calves|after (?:a |my |the )?(?:run|running|gym|workout|training|match|game|hike)|cramp\\w*"]
  },
  {
    id: "triage.urgent.gallstone-pain-hours",
    level: U,
    finding: "gallstone-type pain under the right ribs lasting hours (seen today)",
    all: [
      // (triage-as: "a pain under my ribs on the right" is the same place as "under my right ribs")
      "gallstone\\w*|gall stone\\w*|gallbladder|gall bladder|biliary|under (?:my|the) right ribs|right upper (?:tummy|belly|abdomen)|under (?:my|the) ribs on the right|(?:right|right hand) side ~2 under (?:my|the) ribs",
      "(?:going on|lasting|lasted|for|been) (?:for )?(?:over |more than |about |around )?(?:[3-9]|1\\d|three|four|five|six|several) hours"
    ],
    unless: [AR_PAST]
  }
];
pushUrgentRules(AR_URGENT_RULES);
// ===== end of triage-ar
// ===== triage-as (independent writer: false alarms and near misses). Emergencies that were read as
// less: sleeping or sedative tablets taken in an unknown or large amount, or on top of heavy drinking
// (a mixed overdose); a "migraine" that is the worst ever or unlike the usual ones and came on within
// seconds (a thunderclap headache named as a migraine); blood coughed up with chest pain or
// breathlessness (a clot on the lung), whatever else (a panic attack) is going on.
const AS_PAST = "{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?<!(?:hasnt|havent|hadnt|not|never|isnt|wont)\\s)(?:healed|settled|went away|gone away|resolved)|(?:fine|better) now";
const AS_SEDATIVE =
  "(?:sleeping|sleep) (?:tablets|pills|meds|aids)|zopiclone|zolpidem|ambien|temazepam|diazepam|valium|lorazepam|xanax|alprazolam|benzos|codeine|co codamol|morphine|oxycodone|tramadol|methadone|amitriptyline|quetiapine|seroquel|pregabalin|gabapentin|painkillers";
const AS_RULES: TriageRuleSpec[] = [
  {
    id: "triage.poisoning.sedatives-unknown-amount-or-with-drink",
    level: E,
    finding: "sleeping or sedative tablets taken in an unknown or large amount, or with a lot of alcohol (possible overdose)",
    all: [
      `(?:took|taken|swallowed|had|necked|downed) ~2 (?:some|a few|several|lots|loads|a lot|a load|a handful|a bunch|a pile|all|most|half|the rest|a whole|the whole|a strip|a packet|a box) (?:of )?(?:my |the |his |her |their )?(?:${AS_SEDATIVE})`,
      "(?:not sure|dont know|do not know|no idea|cant remember|can not remember|unsure|lost count) (?:of )?(?:how many|how much)|(?:bottle|half a bottle|most of a bottle|litre|liter) of (?:vodka|wine|whisky|whiskey|gin|rum|tequila|spirits|brandy)|(?:drank|drunk|downed|necked) ~4 (?:vodka|wine|whisky|whiskey|gin|rum|tequila|spirits|brandy|cans|pints)"
    ],
    unless: [AS_PAST, "is it (?:safe|ok|okay|bad|dangerous)|can i|could i|should i|interact\\w*|what (?:happens|would happen)"]
  },
  {
    id: "triage.neuro.worst-migraine-came-in-seconds",
    level: E,
    finding: "a 'migraine' that is the worst ever or unlike the usual ones and came on within seconds (possible bleed on the brain)",
    all: [
      "migraine\\w*",
      "worst ~4 (?:ever|of my life|in my life|ive ever had|i have ever had)|not like my (?:normal|usual|other) (?:ones|migraines|headaches)|(?:different|unlike) (?:from |to )?my (?:normal|usual|other) (?:ones|migraines|headaches)|never had one like",
      "(?:in|within) (?:a few |a couple of |about )?seconds|(?:in|within) (?:a |an )?(?:split second|instant|heartbeat)|(?:came on|hit me|hit|started) ~2 (?:suddenly|instantly|out of nowhere|like a (?:thunderclap|bang|bat|hammer|gunshot))|thunderclap"
    ],
    unless: [AS_PAST]
  },
  {
    id: "triage.breathing.coughing-blood-with-chest-pain",
    level: E,
    finding: "blood coughed up with chest pain or breathlessness (possible clot on the lung)",
    all: [
      "(?:cough\\w*|hack\\w*) (?:up )?(?:fresh |bright red |red )?blood|blood ~3 (?:when|as|every time) (?:i|he|she) cough\\w*",
      "chest ~3 (?:hurts|hurting|pain\\w*|sore|tight\\w*|aches|aching)|(?:chest|pleuritic) pain|short of breath|breathless\\w*|cant (?:catch my|get my) breath"
    ],
    unless: [
      AS_PAST,
      // a streak in the phlegm of a chest cold, and a chest sore from the coughing, stay same-day care
      "streak\\w*|speck\\w*|fleck\\w*|tinge\\w*|spots of|bit of blood|pink|chest infection|cold|flu|bronchitis|(?:from|with|after) (?:all )?(?:the )?coughing|nosebleed\\w*|nose|gums|tooth|teeth"
    ]
  }
];
pushEmergencyRules(AS_RULES);

// triage-as, same-day care (urgent findings that were read as routine): a new breast lump; early
// pregnancy (a positive test, a missed period) with one-sided pain or spotting (possible ectopic:
// seen today); repeated nosebleeds on a blood thinner; an extra dose of a blood pressure, heart or
// diabetes medicine taken by mistake; a baby of some weeks still yellow (prolonged jaundice); ribs
// that hurt to breathe after a fall (possible broken rib); a calf bigger or warm after a long journey
// (possible clot); a nail or other puncture with the tetanus jab unknown or old.
const AS_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.new-breast-lump",
    level: U,
    finding: "a new lump in the breast (seen by a GP soon, usually within two weeks)",
    // (only one newly found, with when it was found: a lump asked about in general is left to the GP)
    all: [
      "(?:lump|lumps|mass|thickening) ~4 (?:breast|boob|breasts|boobs|nipple|armpit)|(?:breast|boob) (?:lump|mass|thickening)",
      "(?:noticed|found|felt|discovered|spotted) ~8 (?:yesterday|today|this morning|last night|this week|in the shower|just now)|(?:yesterday|today|this morning|last night|this week) ~4 (?:noticed|found|felt|discovered|spotted)|new lump|just (?:noticed|found|felt)"
    ],
    unless: [AS_PAST, "period|periods|cycle|for (?:years|ages)|(?:known|old) cyst|fibroadenoma|(?:how|when) (?:do|should|to) ~3 check|self exam\\w*|(?:breast|boob) ?feeding|mastitis|all clear|(?:scan|mammogram|ultrasound) ~4 (?:fine|clear|normal)"]
  },
  {
    id: "triage.urgent.early-pregnancy-one-sided-pain",
    level: U,
    finding: "early pregnancy with pain on one side or spotting (possible ectopic pregnancy: seen today)",
    all: [
      "positive (?:pregnancy )?test|(?:test|tests) (?:came back |was |were )?positive|(?:missed|late) (?:my )?period|period ~4 (?:stop|stopped|late|missed)|(?:[4-9]|1[0-2]) weeks pregnant",
      "(?:one|left|right) sided|(?:on )?(?:one|the left|the right|my left|my right) side|(?:left|right) (?:lower )?(?:tummy|belly|abdomen|side|groin)",
      "pain\\w*|cramp\\w*|ache\\w*|aching|spotting|bleed\\w*"
    ],
    // (the missed period is dated "7 weeks ago": only a hypothetical exempts)
    unless: ["{xHypothetical}|(?:what|how) ~4 (?:feel like|signs|symptoms)"]
  },
  {
    id: "triage.urgent.repeated-nosebleeds-blood-thinner",
    level: U,
    finding: "repeated nosebleeds while on a blood thinner (seen today)",
    all: [
      "(?:[2-9]|two|three|four|five|six|several|multiple|few|lots of|more) (?:nosebleeds|nose bleeds)|(?:nosebleed|nosebleeds|nose bleed|nose bleeds) ~4 (?:again|keep|keeps|every day|daily|since)",
      "aspirin|clopidogrel|plavix|ticagrelor|brilinta|prasugrel|warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|blood thinner\\w*|anticoagula\\w*"
    ],
    unless: [AS_PAST]
  },
  {
    id: "triage.urgent.extra-dose-heart-bp-diabetes-medicine",
    level: U,
    finding: "an extra dose of a blood pressure, heart or diabetes medicine taken by mistake (advice today)",
    all: [
      "(?:by mistake|by accident|accidentally|mistakenly)|(?:double|doubled) (?:dose|up)|(?:took|taken|had) (?:two|2|both|twice|an extra|three|3) (?:of )?(?:my )?(?:doses|dose|tablets|pills)?",
      "amlodipine|nifedipine|diltiazem|verapamil|propranolol|atenolol|bisoprolol|metoprolol|digoxin|flecainide|gliclazide|glipizide|glibenclamide|insulin|clonidine|(?:blood pressure|bp|heart) (?:tablets|pills|meds|medicine|medication)"
    ],
    unless: [AS_PAST, "forgot|missed (?:a|my) dose|what (?:if|happens)|(?:last|yesterday|days ago)"]
  },
  {
    id: "triage.urgent.baby-still-yellow-weeks",
    level: U,
    finding: "a baby some weeks old still yellow in the skin or eyes (prolonged jaundice: seen soon)",
    all: [
      "(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight) (?:weeks|week|wk|wks) old",
      "yellow\\w*|jaundice\\w*"
    ],
    unless: [AS_PAST, "(?:poo|poop|stool|stools|nappy|nappies|diaper|diapers|vomit|sick|snot|discharge) ~3 yellow|yellow ~3 (?:poo|poop|stool|stools|nappy|nappies|diaper|diapers|snot|discharge|crust\\w*)|(?<!(?:hasnt|havent|not|never)\\s)(?:cleared|faded)"]
  },
  {
    id: "triage.urgent.ribs-hurt-to-breathe-after-fall",
    level: U,
    finding: "ribs that hurt to breathe in or cough after a fall or blow (possible broken rib: seen today)",
    all: [
      "fell|fall|slipped|landed|tripped|kicked|tackled|elbowed|hit|crashed|came off",
      "(?:rib|ribs) ~6 (?:hurt\\w*|pain\\w*|sore|ache\\w*|aching|agony|tender)|(?:hurt\\w*|pain\\w*|sore) ~3 (?:rib|ribs)",
      "breath\\w*|cough\\w*|sneez\\w*"
    ],
    unless: [AS_PAST]
  },
  {
    id: "triage.urgent.calf-bigger-warm-after-flight",
    level: U,
    finding: "a calf that is painful, bigger or warm after a long journey (possible clot in the leg: seen today)",
    all: [
      "calf ~8 (?:bigger|larger|fatter|swollen|swelling|warm|hot|red|tender|painful)|(?:pain|ache|aching|sore) ~3 calf",
      "flew|flight|flights|long haul|plane|coach trip|long drive|drove ~4 hours"
    ],
    unless: [AS_PAST, "both (?:calves|legs)|calves|cramp\\w*|(?:planning|before|ahead of) ~4 (?:flight|flying|trip)|(?:should|how) ~4 (?:worry|prevent|reduce)"]
  },
  {
    // a swollen, tender or lumpy testicle that came on gradually (the sudden one is an emergency above)
    id: "triage.urgent.testicle-pain-or-swelling",
    level: U,
    finding: "a swollen, tender or lumpy testicle that started recently or in a boy (seen today)",
    // (swelling, tenderness or a lump, with a boy or a recent start: a long-standing ache is left to the GP)
    all: [
      "testic\\w*|testes|scrotum|scrotal|(?:his|my) (?:balls|ball)",
      "swollen|swelling|tender|lump|lumpy",
      "boy|son|lad|teen\\w*|nephew|grandson|(?:1[0-9]|[5-9]) ?(?:yo|y o|year old|years old|yr old)|(?:a|two|three|couple of|few|\\d+) days|yesterday|today|this morning|last night|since"
    ],
    unless: [AS_PAST, "vasectomy|varicocele|(?:for|over) (?:months|years)|self exam\\w*|(?:how|when) (?:do|should|to) ~3 check|(?:dog|cat|puppy|kitten)"]
  },
  {
    id: "triage.urgent.puncture-tetanus-unknown",
    level: U,
    finding: "a nail, thorn or other puncture wound with the tetanus jab unknown or out of date (seen today)",
    all: [
      "nail|thorn|rusty|barbed wire|garden fork|puncture\\w*|stood on|stepped on|went (?:through|into|in)",
      "tetanus ~6 (?:not sure|dont know|cant remember|no idea|years|ages|never|out of date|overdue|expired)|(?:not sure|dont know|cant remember|no idea) ~6 tetanus|last tetanus ~4 (?:\\d+|ten|fifteen|twenty|many) years"
    ],
    unless: ["{xHypothetical}|(?:how often|when should) ~4 tetanus|nail (?:polish|varnish|salon|file|gun|biting)|(?:finger|toe) ?nail"]
  }
];
pushUrgentRules(AS_URGENT_RULES);
// ===== end of triage-as

// ===== triage-at (independent writer: emergencies told without the textbook words, hard routine
// look-alikes, same-day cases). Emergencies that were read as less:
// - someone giving away their things or saying they "won't be a problem for anyone" soon, with a means
//   at hand (a rope, pills, a gun): suicide warning signs told by a relative (a crisis);
// - sudden confusion with drowsiness ("suddenly muddled and sleepy since this afternoon"): an acute
//   change in consciousness (a stroke, a bleed, an infection, low sugar) that needs an ambulance;
// - a new confusion ("didn't recognise my son") with fast breathing: two sepsis red flags together
//   (an older person's chest infection turned to sepsis);
// - a whole packet of paracetamol or other tablets taken ("empty packet ... took them all"): an
//   overdose, an emergency even when the person feels fine (paracetamol harms the liver silently).
const AT_PAST = AS_PAST;
const AT_CONFUSED =
  "muddled|confused|disorientated|disoriented|doolally|not making (?:any )?sense|talking (?:nonsense|gibberish|rubbish)|(?:didnt|doesnt|does not|did not|not|isnt) (?:recognise|recognize|recognising|recognizing|know) (?:me|us|him|her|my \\w+|his \\w+|her \\w+|where (?:she|he|they) (?:is|are|was|were)|who (?:i|we|she|he) (?:am|are|is))";
const AT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.crisis.not-a-problem-soon-with-means",
    level: E,
    crisis: true,
    finding: "saying they will not be a problem or a burden to anyone soon, or giving their things away, with a means at hand (suicide warning signs)",
    all: [
      "(?:wont|will not|not going to|not gonna|wouldnt|would not) be (?:a |any )?(?:problem|burden|bother|trouble|nuisance|worry) (?:for|to) (?:anyone|anybody|everyone|everybody|you|us|any of (?:you|us)|the family) ~3 (?:after|soon|much longer|anymore|any more|for long|by)|(?:giving|gave|given|give) away ~3 (?:his|her|their|my) (?:stuff|things|belongings|possessions|prized|treasured|favourite|favorite)",
      "rope|noose|ligature|(?:a |the |his |her )?gun|shotgun|rifle|stockpil\\w*|(?:saved|saving|hoarding|hoarded) (?:up )?(?:his |her |their |my )?(?:pills|tablets|meds)|(?:pills|tablets) ~3 (?:ready|saved|hidden|stashed)|goodbye|said (?:his |her )?(?:goodbyes|bye)|(?:wrote|written|writing) ~2 (?:a )?(?:note|letter|letters|will)"
    ],
    unless: [AT_PAST, "(?:moving|move|moves|downsiz\\w*|declutter\\w*|retir\\w*|relocat\\w*|emigrat\\w*|charity|car boot|clear out|clearing out)"]
  },
  {
    id: "triage.neuro.sudden-confusion-and-drowsy",
    level: E,
    finding: "sudden confusion with drowsiness (an acute change in consciousness: a stroke, a bleed, an infection or a low sugar)",
    all: [
      AT_CONFUSED,
      "sleepy|drowsy|drowsier|hard to (?:wake|rouse)|difficult to (?:wake|rouse)|(?:cant|can not|cannot) keep (?:his|her|their|my) eyes open|keeps? (?:dozing|nodding|drifting) off",
      "suddenly|all of a sudden|out of (?:nowhere|the blue)|since (?:this |last |yesterday )?(?:morning|afternoon|evening|lunch|lunchtime|night|tea time|teatime)|today|tonight|this (?:morning|afternoon|evening)|was (?:completely |totally |perfectly )?fine (?:yesterday|this morning|earlier)"
    ],
    unless: [AT_PAST, "(?:just )?(?:woke|waking|wakes) up|after (?:a |his |her |their |my )?(?:nap|sleep|night shift|anaesthetic|anesthetic|operation|surgery)|(?:always|usually|often|normally) ~3 (?:muddled|confused|sleepy|drowsy)|drunk|hangover|hungover|jet ?lag"]
  },
  {
    id: "triage.infection.new-confusion-with-fast-breathing",
    level: E,
    finding: "new confusion with fast breathing, often with a fever or a cough (possible sepsis)",
    all: [
      AT_CONFUSED,
      "breathing ~2 (?:fast|quick|quickly|rapid\\w*|hard|heavily|shallow)|(?:fast|rapid|quick|shallow) breath\\w*|panting"
    ],
    unless: [AT_PAST, "panic\\w*|anxiety|anxious|hyperventilat\\w*|(?:confused|muddled) (?:about|by)"]
  },
  {
    id: "triage.poisoning.took-whole-packet",
    level: E,
    finding: "a whole packet or bottle of tablets taken (an overdose: an emergency even when the person feels fine)",
    all: [
      "(?:empty|whole|full|entire) (?:packet|packets|pack|box|boxes|bottle|bottles|strip|strips|blister|tub|tube) ~2 (?:of )?(?:his |her |their |my |the )?(?:paracetamol|acetaminophen|tylenol|calpol|panadol|ibuprofen|nurofen|aspirin|pills|tablets|meds|medication|painkillers|co codamol|antidepressants|sertraline|citalopram|fluoxetine|amitriptyline|iron tablets|sleeping (?:tablets|pills))",
      "(?:took|taken|swallowed|had|ate|eaten|downed|necked) ~3 (?:them all|all of them|the lot|all|the whole|every one|the rest)|(?:took|taken|swallowed|downed|necked) (?:them|it)"
    ],
    unless: [AT_PAST, "{xHypothetical}|what (?:if|happens|would happen)|(?:accounted for|none missing|nothing missing|bin|binned|threw (?:it|them) away|recycl\\w*)"]
  }
];
pushEmergencyRules(AT_RULES);

// triage-at, same-day care (urgent findings that were read as routine): breathlessness that has
// crept up over days with swollen ankles (heart failure); diarrhoea or vomiting with signs of drying
// out (a dry mouth, few wet nappies, no wee) in a child or an older person; a baby vomiting after every
// feed; a knee that swelled at once or will not straighten after an injury; back pain that stops
// someone walking; a diabetic's sugars high for a day; a swelling or boil that is growing with a
// fever (an abscess); a fever that has not settled for days; an animal bite that broke the skin; a
// cough with coloured phlegm, a fever and chest pain (a chest infection).
const AT_DAYS = "(?:for|over|in) (?:the )?(?:last |past )?(?:a |few |couple of |\\d+ |two |three |four |five |several )?(?:day|days|week)|(?:\\d+|two|three|four|five|several|few) days|since (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|all (?:day|week)|more and more|getting worse|worse and worse|increasingly";
const AT_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.breathless-days-swollen-ankles",
    level: U,
    finding: "breathlessness that has crept up over days with swollen ankles or legs (possible heart failure: seen today)",
    all: [
      "short of breath|breathless\\w*|out of breath|puffed out|(?:cant|can not|cannot) (?:catch|get) (?:my|his|her|their) breath|(?:struggling|harder) to breathe",
      "(?:ankles|ankle|legs|feet|shins) ~3 (?:puffy|swollen|swelling|swelled|bigger|fat|puffed|like balloons|pitting)|(?:puffy|swollen|swelling|fat|fluid) ~2 (?:ankles|ankle|legs|feet)",
      AT_DAYS
    ],
    unless: [AT_PAST, "(?:pregnan\\w*|weeks pregnant)|(?:hot|heat|heatwave|flight|flew|long haul)"]
  },
  {
    id: "triage.urgent.runs-or-vomiting-drying-out",
    level: U,
    finding: "diarrhoea or vomiting with signs of drying out (dry mouth, few wet nappies, no wee) (seen today)",
    all: [
      "diarrh\\w*|runny (?:poo|poos|poop|poops|nappies|nappy)|loose (?:stools|poo|poos|poop|motions)|the runs|vomit\\w*|being sick|throwing up|sick (?:all|every|since)",
      "(?:mouth|lips|tongue) ~3 (?:dry|parched|sticky|cracked)|dry (?:mouth|lips|tongue)|(?:no|not had a|not had any|hasnt had a|hasnt had any|not many|fewer|less|barely any|hardly any) (?:wet )?(?:nappy|nappies|diaper|diapers|wees|wee|pees|pee)|(?:hasnt|has not|not|havent|have not) (?:had a |been for a |done a )?(?:wee|pee|weed|peed)|sunken (?:eyes|fontanelle|soft spot)|dark (?:wee|pee|urine)"
    ],
    unless: [AT_PAST]
  },
  {
    id: "triage.urgent.baby-vomiting-every-feed",
    level: U,
    finding: "a baby vomiting after every feed (seen today)",
    all: [
      "baby|newborn|infant|(?:\\d+|two|three|four|five|six|seven|eight) (?:week|weeks|month|months) old",
      "(?:vomit\\w*|throwing up|throws up|threw up|projectile) ~4 (?:after|with) (?:every|each|all|all of (?:his|her|their)) (?:feed|feeds|bottle|bottles|meal|meals)|(?:every|each) (?:feed|bottle) ~3 (?:vomit\\w*|comes (?:straight )?back up|throw\\w* up|projectile)"
    ],
    unless: [AT_PAST, "posset\\w*|spit\\w* up|spits|spitting|dribbl\\w*|a little|a bit|small amounts|mouthful"]
  },
  {
    id: "triage.urgent.knee-swelled-at-once-or-locked",
    level: U,
    finding: "a knee that swelled up at once, locks or will not straighten after an injury (possible ligament or cartilage tear: seen today)",
    all: [
      "knee",
      "sprain\\w*|twist\\w*|injur\\w*|hurt|landed|tackl\\w*|fell|popped|playing|netball|football|rugby|skiing|basketball|pivot\\w*",
      "(?:swelled|swollen|ballooned|puffed) (?:up)? ~2 (?:right away|straight away|immediately|instantly|within (?:minutes|an hour)|really quickly|at once)|(?:cant|can not|cannot|unable to|wont) (?:fully )?(?:straighten|bend|lock) ~2 (?:it|my knee|his knee|her knee|the knee|fully|properly)?|(?:locked|locking|gave way|giving way|keeps giving way)"
    ],
    unless: [AT_PAST, "(?:for|over) (?:months|years|ages)|arthritis|always|(?:weeks|months) ago"]
  },
  {
    id: "triage.urgent.back-pain-cant-walk",
    level: U,
    finding: "back pain bad enough to stop someone walking (seen today)",
    all: [
      "(?:back|lower back|spine) ~4 (?:agony|pain\\w*|hurt\\w*|went|gone|spasm\\w*|killing)|(?:hurt|did|put out|pulled|twisted|injured) (?:my|his|her) back",
      "(?:can hardly|can barely|cant|can not|cannot|unable to|struggling to) (?:walk|stand up|stand|get out of bed|move)"
    ],
    unless: [AT_PAST, "(?:for|over) (?:months|years)|chronic|(?:always|usually) ~3 (?:like this|bad)"]
  },
  {
    id: "triage.urgent.diabetic-sugars-high-for-a-day",
    level: U,
    finding: "a diabetic's blood sugars high for hours or days, or with an illness (advice today)",
    all: [
      "(?:sugar|sugars|glucose|bm|bms|blood sugar|bg|cbg) ~4 (?:1[5-9]|2\\d|3\\d|[3-5]\\d\\d)(?:\\.\\d)?(?! ?(?:years|yrs|mins|minutes|units|kg|lbs|percent|%|g|grams|teaspoons|tsp|cubes|spoons))",
      "(?:been|running|staying|stuck|all day|since|for (?:the )?(?:last |past )?(?:a |\\d+ |two |three )?(?:day|days|hours))|cold|flu|bug|infection|ill|unwell|poorly"
    ],
    unless: [AT_PAST, "(?:what|which) (?:level|number|reading) ~4 (?:should|is too|counts|means)|(?:hba1c|a1c)"]
  },
  {
    id: "triage.urgent.growing-swelling-with-fever",
    level: U,
    finding: "a painful swelling, boil or lump that is growing or throbbing, with a temperature (possible abscess: seen today)",
    all: [
      "swelling|lump|boil|abscess|bump|cyst",
      "huge|bigger|growing|getting bigger|throbbing|spreading|red and hot|hot and red",
      "temp|temperature|fever\\w*|shiver\\w*|hot and cold|chills"
    ],
    unless: [AT_PAST, "(?:no|not|without) (?:a )?(?:temp|temperature|fever)|lymph|gland|glands|mumps|bite|sting"]
  },
  {
    id: "triage.urgent.fever-not-settling-days",
    level: U,
    finding: "a fever that has not settled for days, even with paracetamol or ibuprofen (seen today)",
    all: [
      "fever|temp|temperature|feverish",
      "(?:not|isnt|wont|hasnt|doesnt|is not|will not|has not|does not) ~1 (?:settling|settled|settle|going down|gone down|go down|coming down|come down|budging|budged|shifting|shift|breaking|broken|improving|responding)",
      "(?:two|three|four|five|2|3|4|5|several|few|couple of) days|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)"
    ],
    unless: [AT_PAST, "(?:no|not|without) (?:a )?(?:fever|temp|temperature)"]
  },
  {
    id: "triage.urgent.animal-bite-broke-skin",
    level: U,
    finding: "an animal bite that broke the skin (cleaning, antibiotics, tetanus or rabies advice: seen today)",
    all: [
      "(?:dog|cat|fox|bat|monkey|ferret|rat|horse) ~6 (?:bit|bitten|nipped|bite|bites|nip|sank its teeth)|(?:bitten|nipped|bit) by (?:a |the |our |my |his |her |their |next doors |the neighbours )?(?:dog|cat|fox|bat|monkey|ferret|rat|horse)",
      "puncture\\w*|broke (?:the )?skin|broken (?:the )?skin|teeth marks|tooth marks|deep|bleed\\w*|bled|vaccinat\\w*|rabies|swollen|red"
    ],
    unless: [AT_PAST, "(?:didnt|did not|not|no|hasnt|without) (?:break|broken|breaking|puncture|punctured) ~2 (?:the )?skin|(?:my|our) (?:dog|cat) ~4 (?:was bitten|got bitten|bitten by)"]
  },
  {
    id: "triage.urgent.coloured-phlegm-fever-chest-pain",
    level: U,
    finding: "a cough with coloured phlegm, a temperature and chest pain on coughing or breathing (possible chest infection: seen today)",
    all: [
      "(?:green|yellow|brown|rusty) (?:stuff|phlegm|mucus|gunk|sputum|gunge|snot)|(?:phlegm|sputum|mucus) ~3 (?:green|yellow|brown|rusty)",
      "temp|temperature|fever\\w*|shiver\\w*|chills",
      "chest ~3 (?:hurts|hurting|pain\\w*|sore|aches|aching|tight)|(?:chest|side) pain|breathless\\w*|short of breath"
    ],
    unless: [AT_PAST]
  }
];
pushUrgentRules(AT_URGENT_RULES);
// ===== end of triage-at

// ===== triage-au (independent writer: emergencies told calmly, minimised or buried mid-message, the
// danger only in a detail: a number, a timing or a combination). Emergencies that were read as less:
// - heads knocked together ("bumped heads with the baby") on a blood thinner, then drowsy or forgetful;
// - a blackout on exercise equipment (a treadmill, a rowing machine) or straight after a fluttering
//   heart: a heart rhythm problem until shown otherwise, even in someone young who "feels ok now";
// - an older person muddled since a time today ("since lunch"), which is not like them: sudden
//   confusion (a stroke, an infection, a low sugar), not a memory problem;
// - a small child who fell into water and is now breathing fast or grunting (water in the lungs);
// - goodbye messages to friends with tablets put aside for tonight, in Spanish too (a crisis);
// - a small child near the dishwasher or laundry things with coloured stuff around the mouth or
//   drooling (a swallowed detergent pod or tablet burns the gullet);
// - headaches, dizziness and sickness since a gas heater, stove or generator was lit, shared by the
//   family or the pet (carbon monoxide), whatever the writer's own guess ("flu going round?");
// - severe, worsening belly pain with a swollen belly, fever or vomiting after a colonoscopy or
//   another scope (a perforated bowel);
// - a car put in the garage with a hose ready (a suicide plan with the means prepared);
// - severe pain low on one side with vomiting and a fever (appendicitis, an ovarian or tubal cause);
// - a measured amount of blood coughed up ("half a cup"), however far the words are from "cough".
const AU_PAST = AS_PAST;
const AU_APPLIANCE =
  "(?:gas|kerosene|paraffin|propane|lpg|oil|diesel|portable|patio|outdoor) (?:heater|fire|stove|cooker|burner|lamp)|heater|generator|genny|brazier|(?:charcoal|coal|wood|log|pot belly|potbelly|camp|camping) (?:burner|stove|grill|bbq|fire)|(?:bbq|barbecue|barbie) (?:inside|indoors|in the (?:tent|caravan|garage|van|annexe|annex))";
const AU_SCOPE = "colonoscopy|endoscopy|gastroscopy|sigmoidoscopy|flexi sig|ercp|polypectomy|polyps? (?:removed|taken out|cut out)|(?:removed|took out|taken out|cut out|snipped) ~2 polyps?|camera test|scope";
const AU_RULES: TriageRuleSpec[] = [
  {
    id: "triage.head.heads-knocked-on-thinner",
    level: E,
    finding: "heads knocked together on a blood thinner, then drowsy, forgetful or vomiting (possible bleed in the head)",
    all: [
      "(?:bumped|banged|knocked|clashed|cracked|smacked|bashed|clonked) heads|heads (?:collided|clashed|banged|knocked|bumped|together)|(?:clash|collision) of heads|head (?:clash|butt|butted)|headbutt\\w*|head butted|chocamos (?:las )?cabezas|choque de cabezas",
      P_THINNER,
      "drowsy|drowsier|sleepy|keep (?:dozing|nodding) off|forget\\w*|cant remember|muddled|confused|foggy|vomit\\w*|throwing up|being sick|headache|head (?:hurts|is pounding|aches)|somnolient\\w*|confundid\\w*|vomit\\w*"
    ],
    unless: [AU_PAST, "(?:not|never|isnt|arent|no longer) (?:on|taking) (?:any )?(?:blood )?thinners|should i (?:stop|skip)|before (?:surgery|my procedure|the operation)"]
  },
  {
    id: "triage.cardiac.blackout-on-exercise-machine-or-after-flutter",
    level: E,
    finding: "a blackout on exercise equipment or at the gym, or straight after a fluttering or racing heart (possible heart rhythm problem)",
    all: [
      `(?:${QR_FAINT}) ~8 (?:on|at|off) (?:the|a|my) (?:treadmill|running machine|exercise bike|spin bike|rowing machine|rower|cross trainer|elliptical|stepper|stair ?master|stair machine|bench|squat rack|gym|pool|track|court|pitch|field)|(?:on|at) (?:the|a|my) (?:treadmill|running machine|exercise bike|spin bike|rowing machine|rower|cross trainer|elliptical|stair ?master|gym) ~10 (?:${QR_FAINT})|(?:heart|heartbeat|pulse) ~3 (?:flutter\\w*|flip\\w*|skip\\w*|race|raced|racing|pound\\w*|hammer\\w*|went (?:funny|weird|crazy)) ~5 (?:then|and then|before|and) ~3 (?:${QR_FAINT})`
    ],
    // (a blackout is over by the time anyone writes: "fine now" does not make it a past event)
    unless: ["{xHypothetical}|(?:weeks|months|years) ago|last (?:month|year)|(?:nearly|almost|felt like i (?:was going to|would)|going to|gonna|about to|felt) ~1 (?:faint\\w*|pass\\w* out|black\\w* out|collaps\\w*)|as a (?:kid|child|teen)|when i was|giving blood|blood test|needle|injection|vaccine|jab|hadnt eaten|not eaten|didnt eat|no breakfast|skipped (?:breakfast|lunch)|hungover|hangover|(?:tv|show|film|movie|series)"]
  },
  {
    id: "triage.neuro.older-muddled-since-today-not-like-them",
    level: E,
    finding: "an older person newly muddled since a time today, which is not like them (sudden confusion: a stroke, an infection or a low sugar)",
    all: [
      `${AT_CONFUSED}|(?:calling|called|calls) (?:me|us|him|her) (?:by )?(?:the wrong name|(?:my|his|her|their) (?:sisters|brothers|mums|dads|sons|daughters|wifes|husbands) name)|(?:cant|can not|cannot|couldnt|could not) (?:work out|figure out|remember how to (?:use|work)) ~3 (?:remote|phone|kettle|tv|television|microwave|keys|door)|(?:doesnt|didnt|does not|did not) know (?:what day|where (?:she|he) (?:is|was|lives))`,
      "since (?:this |about |around )?(?:morning|lunch|lunchtime|breakfast|afternoon|tea|teatime|tea time|dinner|midday|noon|\\d+ ?(?:am|pm|oclock))|since (?:an|1|one|2|two|3|three) (?:hour|hours|hrs) ago|this (?:morning|afternoon|evening)|today|tonight|suddenly|all of a sudden|out of (?:nowhere|the blue)",
      "(?:isnt|is not|not|wasnt) (?:like (?:her|him|them)|(?:herself|himself|themselves))|(?:unlike|out of character for) (?:her|him)|out of character|was (?:completely |totally |perfectly )?(?:fine|normal|sharp|herself|himself) (?:this morning|yesterday|at breakfast|earlier)|(?:shes|hes|she is|he is|aged|age|mum is|dad is) (?:[7-9]\\d|1[01]\\d)(?! (?:mins|minutes|kg|lbs|percent))|(?:[7-9]\\d|1[01]\\d) (?:yo|year old|years old|yr old)"
    ],
    // (someone "more confused than usual" has a baseline confusion that is worse: same-day care, triage-t's rule)
    unless: [AU_PAST, "(?:more|worse|extra|a bit more) (?:confused|muddled|forgetful|vague)|than (?:usual|normal)|(?:always|usually|often|normally|sometimes|every (?:evening|afternoon|night)) ~3 (?:muddled|confused|forgetful)|sundown\\w*|(?:for|over) (?:the )?(?:last |past )?(?:weeks|months|years)|gradual\\w*|slowly|(?:woke|waking|wakes) up|after (?:a |her |his )?(?:nap|anaesthetic|anesthetic|operation|surgery)|drunk|hangover|(?:muddled|confused|mixed) (?:up )?(?:about|by|with|over)|(?:tv|telly) (?:show|series|programme|program|drama)|film|movie|plot|crossword|quiz|paperwork|tax"]
  },
  {
    id: "triage.drowning.fell-in-water-then-breathing-fast",
    level: E,
    finding: "a child or adult who fell into water and is now breathing fast, grunting or struggling (water in the lungs)",
    all: [
      "(?:fell|fallen|slipped|tumbled|toppled|went|gone|jumped|rolled) (?:in|into|under) (?:the |a |our |their |next doors )?(?:pool|water|river|lake|pond|bath|bathtub|sea|ocean|dam|creek|canal|surf|spa|hot tub)|(?:se cayo|cayo) (?:a|en) (?:la )?(?:piscina|alberca|agua|rio|tina|banera)",
      "breathing ~3 (?:fast|faster|quick|quickly|rapid\\w*|hard|harder|heavy|heavily|noisy|funny|weird|strange|laboured|labored|shallow)|(?:fast|rapid|quick|noisy|laboured|labored|shallow) breath\\w*|grunt\\w*|(?:struggling|working hard|fighting) (?:to|for) (?:breathe|breath)|ribs sucking in|wheez\\w*|blue (?:lips|tinge)|respira (?:rapido|muy rapido|con dificultad)|quejid\\w*"
    ],
    unless: [AU_PAST, "lessons|swim school|as a (?:kid|child)|when i was|(?:phone|keys|ring|ball|toy|dog|cat) ~3 (?:fell|went) (?:in|into)|(?:tv|show|film|movie|book)"]
  },
  {
    id: "triage.crisis.goodbyes-and-means-ready",
    level: E,
    crisis: true,
    finding: "goodbye messages to friends or family with tablets or another means put aside for a set time (suicide plan)",
    all: [
      "despidiendose|despidiendome|despidiendo\\w*|se despidio|se esta despidiendo|despedirse|despedirme|(?:mensaje|mensajes|carta|cartas|nota|notas) de despedida|(?:saying|said|texting|texted|messaging|messaged|wrote|writing|sent|sending) ~3 (?:goodbye|goodbyes|farewell|farewells)|(?:goodbye|farewell) (?:texts|messages|posts|notes)",
      "(?:pastillas|pildoras|medicamentos|medicinas|pills|tablets|meds|rope|cuerda|soga) ~4 (?:guardad\\w*|escondid\\w*|listas|preparad\\w*|juntad\\w*|saved|stashed|hidden|ready|put aside|set aside|stockpiled|lined up)|(?:para|for) (?:esta noche|hoy|tonight|later tonight|this weekend)"
    ],
    unless: ["{xHypothetical}|(?:party|fiesta|trip|viaje|flight|vuelo|moving|mudanza|holiday|vacaciones|aeropuerto|airport|graduation|graduacion)"]
  },
  {
    id: "triage.poisoning.child-detergent-mouth-signs",
    level: E,
    finding: "a small child near dishwasher or laundry products with coloured stuff round the mouth or heavy drooling (a swallowed detergent pod or tablet)",
    all: [
      `${QR_CHILD}|\\d+ ?(?:yo|mo)|(?:she|he)s (?:[1-4]|one|two|three|four)(?! (?:mins|minutes|hours|days|weeks))`,
      "dishwasher|laundry|washing (?:machine|powder|liquid|tablet|tablets|pod|pods|capsule|capsules)|detergent|(?:dishwasher|laundry|wash|washing|liquid|detergent) (?:pod|pods|tablet|tablets|capsule|capsules|tab|tabs)|rinse aid|(?:oven|drain|toilet) cleaner|bleach|lavavajillas|detergente|capsula\\w*",
      "(?:blue|green|purple|pink|white|orange|yellow|coloured|colored|soapy|foamy|slimy|gel|goo|gooey|powder\\w*) ~3 (?:around|on|in|at|over|all over) ~2 (?:her|his|their|the) (?:mouth|lips|tongue|chin|face)|(?:mouth|lips|tongue|chin) ~4 (?:blue|green|purple|stained|foam\\w*|soapy|bubbl\\w*|red raw|burnt|burned)|(?:dribbling|dribbles|dribble|drooling|drools|drool|slobbering|slobbers) ~3 (?:a lot|loads|lots|heaps|more|nonstop|constantly|everywhere|so much|heaps)|foam\\w* at the mouth|babea\\w*|espuma"
    ],
    unless: ["{xHypothetical}|teeth|teething|(?:ice|icy) (?:lolly|block|pole|pop)|popsicle|lolly|lollies|candy|sweets|blueberr\\w*|crayon|marker|texta|paint|chalk|food colou?ring|cake|icing|cupcake|juice|slushie|yoghurt|yogurt"]
  },
  {
    id: "triage.poisoning.co-since-heater-shared",
    level: E,
    finding: "headaches, dizziness or sickness since a gas heater, stove or generator was lit, shared by others in the home or the pet (possible carbon monoxide)",
    all: [
      `(?:since|after|when|whenever|every time|ever since|once|started when) ~5 (?:${AU_APPLIANCE})|(?:${AU_APPLIANCE}) ~4 (?:on|going|running|lit|burning) ~6 (?:since|all (?:day|night|evening))`,
      "headache\\w*|head ache\\w*|dizz\\w*|lightheaded|light headed|nause\\w*|(?:feel|feeling|felt|are|were|all) ~2 sick|vomit\\w*|throwing up|drowsy|sleepy|groggy",
      "(?:so (?:have|has|is|are|does|do)|as (?:have|has)|and) (?:my|our|the) (?:wife|husband|partner|kids?|children|son|daughter|family|mum|dad|mom|flatmate|roommate|mate|mates)|(?:were|are|we|weve|they|theyve|theyre|we have|they have) (?:are |were )?(?:all|both)|all of us|both of us|the (?:whole )?family|(?:dog|dogs|cat|cats|pet|pets|puppy|kitten)(?: has| is| s|s)? ~3 (?:been )?(?:sleepy|lethargic|drowsy|sick|vomit\\w*|wobbly|off|not (?:right|himself|herself)|flat)"
    ],
    unless: ["{xHypothetical}|(?:service|serviced|servicing|install\\w*|which (?:heater|one)|buy|buying|safe to use|is it safe|co alarm|detector) ~6 (?:heater|generator|stove|fire)|food poisoning|takeaway|ate (?:the )?same|hangover"]
  },
  {
    id: "triage.abdomen.severe-pain-after-scope",
    level: E,
    finding: "severe or worsening belly pain with a swollen belly, a fever or vomiting after a colonoscopy or another scope (possible perforation)",
    all: [
      `(?:after|since|following|post) ~3 (?:${AU_SCOPE})|(?:${AU_SCOPE}) ~6 (?:this morning|yesterday|today|last night|earlier|hours ago|this afternoon)|(?:had|have had|did) (?:a|my|the) (?:${AU_SCOPE})`,
      "(?:severe|bad|terrible|awful|agonising|agonizing|excruciating|unbearable|horrendous|intense) ~3 (?:belly|tummy|stomach|abdominal|abdomen|abdo|gut|lower)? ?(?:pain|pains|ache|cramps|cramping)|(?:belly|tummy|stomach|abdominal|abdomen|abdo|gut) (?:pain|ache) ~4 (?:getting worse|worse and worse|worsening|severe|unbearable|is awful)|(?:pain|ache) ~2 (?:getting worse|worse and worse|worsening)",
      "(?:belly|tummy|stomach|abdomen|abdo|gut) ~3 (?:swollen|swelling|bloated|distended|hard|rigid|tight as a drum|huge|blown up)|(?:swollen|distended|rigid|hard) (?:belly|tummy|stomach|abdomen)|fever\\w*|feverish|temp|temperature|shiver\\w*|rigou?rs|chills|(?:3[89]|40)\\.\\d|vomit\\w*|throwing up|being sick|clammy|faint\\w*"
    ],
    unless: [AU_PAST, "(?:bowel )?prep|preparation|picolax|moviprep|plenvu|klean prep|(?:booked|scheduled|due|having|waiting for) ~3 (?:a |my |the )?(?:colonoscopy|endoscopy|gastroscopy|scope)|before (?:my|the|a) (?:colonoscopy|endoscopy|gastroscopy|scope)|(?:weeks|months|years) after"]
  },
  {
    id: "triage.crisis.car-in-garage-hose-ready",
    level: E,
    crisis: true,
    finding: "a car in a closed garage with a hose or tube ready (a suicide plan with the means prepared)",
    all: [
      "(?:car|cars|ute|utes|van|truck|4wd|coche|carro|auto) ~6 (?:garage|garaje|cochera)|(?:garage|garaje|cochera) ~6 (?:car|cars|ute|van|truck|coche|carro|auto)",
      "(?:hose|hosepipe|tube|tubing|pipe|manguera|tubo) ~4 (?:ready|set up|sorted|attached|taped|in place|connected|fitted|waiting|cut|lista|listo|preparad\\w*|conectad\\w*)|(?:ready|set up|taped|attached|fitted|connected|bought) ~3 (?:the |a )?(?:hose|hosepipe|tube|tubing|manguera)"
    ],
    unless: ["{xHypothetical}|wash\\w*|clean\\w*|rins\\w*|water\\w* (?:the )?(?:garden|plants|lawn|veggies|pots)|garden\\w*|leak\\w*|radiator|coolant|fuel (?:line|hose)|brake|mechanic|servic\\w*|fixing|repair\\w*|vacuum|compressor|air hose|tyre|tire|lavar|lavando|limpiar"]
  },
  {
    id: "triage.abdomen.one-sided-severe-with-vomit-and-fever",
    level: E,
    finding: "severe pain low on one side of the belly with vomiting and a fever (possible appendicitis or an ovarian or tubal cause)",
    all: [
      "(?:right|left) (?:side|hand side|lower side|flank)|(?:lower|bottom) (?:right|left)|(?:right|left) (?:lower )?(?:belly|tummy|stomach|abdomen|groin|ovary)|(?:right|left) side of (?:my|her|his|the) (?:belly|tummy|stomach|abdomen)|lado derecho|lado izquierdo",
      "agony|agonising|agonizing|excruciating|unbearable|severe|worst pain|screaming|doubled over|(?:cant|can not|cannot) (?:stand up|straighten|walk|move)|really tender|tender (?:even )?to (?:the )?touch|hurts to (?:walk|move|cough|touch)|dolor (?:muy )?(?:fuerte|intenso|insoportable)",
      "vomit\\w*|throwing up|thrown up|threw up|being sick|puking|been sick|vomitando|vomito",
      "fever\\w*|feverish|temp|temperature|(?:3[89]|40)\\.\\d|shiver\\w*|rigou?rs|chills|burning up|hot and cold|fiebre|calentura"
    ],
    unless: [AU_PAST, "(?:no|not|without) (?:a |any )?(?:fever|temp|temperature)|(?:every|each) (?:month|period|cycle)|(?:always|usually) ~3 (?:like this|get)|(?:appendix|appendicectomy|appendectomy) ~3 (?:out|removed|taken out)|(?:tv|show|film|movie|book)"]
  },
  {
    id: "triage.bleeding.coughed-up-measured-blood",
    level: E,
    finding: "a measured or large amount of blood coughed up (half a cup, a fair bit, a mouthful), however it is worded",
    all: [
      "cough\\w* ~7 (?:blood|sangre)|(?:brought|bringing|brings|hacked|hacking) up ~7 (?:blood|sangre)|(?:blood|sangre) ~6 (?:when|while|after) ~2 cough\\w*|tos\\w* ~4 sangre",
      "(?:half|quarter|third of) (?:a )?(?:cup|cupful|glass|mug|teacup)|(?:a|one|two|full) (?:cup|cupful|cups|glass|mug|teacup)|(?:a )?fair (?:bit|amount)|(?:a lot|lots|loads|heaps|plenty) of|(?:a )?mouthful\\w*|(?:a |several )?(?:tablespoon|tablespoons|tbsp|spoonfuls)|large amount\\w*|(?:\\d+|\\d+\\.\\d+) ?(?:ml|mls|millilitres|milliliters)|(?:media|una) taza"
    ],
    unless: [AU_PAST, "streak\\w*|speck\\w*|fleck\\w*|tinged|a (?:little|tiny) bit|a bit of|spots? of|dots? of|nose ?bleed|(?:from|after) (?:my|his|her|the) (?:nose|gums|lip|mouth ulcer)|brush\\w* (?:my|his|her) teeth"]
  }
];
pushEmergencyRules(AU_RULES);
// ===== end of triage-au (emergencies)

// triage-au, same-day care (urgent findings that were read as routine): a young child with a fever and
// wee that smells or hurts (a urine infection: a sample today); darker or self-harm thoughts with the
// intent denied, or new agitation and darker thoughts since starting an antidepressant; an older
// person weaker, forgetful or unsteady since a new tablet (a water tablet: low sodium or drying out);
// a racing pulse of 120 or more that has lasted an hour or more; a kidney stone back now with pain.
const AU_ANTIDEPRESSANT =
  "antidepressant\\w*|anti depressant\\w*|ssri|ssris|snri|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipramil|paroxetine|venlafaxine|effexor|duloxetine|cymbalta|mirtazapine|desvenlafaxine|pristiq|vortioxetine|agomelatine|bupropion|wellbutrin";
const AU_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.young-child-fever-with-urine-signs",
    level: U,
    finding: "a young child with a temperature and wee that smells, hurts or makes them cry (possible urine infection: a sample today)",
    all: [
      `${QR_CHILD}|(?:[1-9]|1[0-2]) ?(?:yo|mo)`,
      "fever\\w*|feverish|temp|temperature|(?:3[89]|40)\\.\\d|hot to (?:the )?touch|burning up",
      `(?:smelly|stinky|smelling|strong smelling|foul|cloudy|pink) (?:wee|pee|urine|nappies|nappy|diapers|diaper)|(?:wee|pee|urine|nappies|nappy|diaper|diapers) ~3 (?:smells|stinks|smelly|cloudy|foul)|(?:cry|cries|crying|cried|scream\\w*|sore|hurts|stings|burns) (?:when|while|as|after) (?:(?:she|he|they) )?(?:wees|weeing|pees|peeing|wee|pee|goes|urinat\\w*)|${QR_PAIN_WEE}`
    ],
    unless: [AU_PAST, "(?:no|not|without) (?:a |any )?(?:fever|temp|temperature)|temp\\w* (?:is|was|s) normal|asparagus|vitamins"]
  },
  {
    id: "triage.urgent.darker-thoughts-since-antidepressant",
    level: U,
    crisis: true,
    finding: "new agitation or darker, self-harm or suicidal thoughts since starting or changing an antidepressant (review today)",
    all: [
      `(?:started|starting|start|began|new|changed|increased|upped|doubled|raised|switched) ~4 (?:${AU_ANTIDEPRESSANT})|(?:${AU_ANTIDEPRESSANT}) ~4 (?:started|increased|upped|changed|doubled|switched)|since (?:starting|going on|being on) ~3 (?:${AU_ANTIDEPRESSANT})`,
      "(?:darker|dark|suicidal|black|scary|bad|intrusive) thoughts|thoughts ~3 (?:darker|dark|worse|about dying|of dying|about ending|of ending|about hurting|of hurting|of harming|about harming)|(?:more|really|very) agitated|agitation|(?:cant|can not) sit still|restless and|wanting to die|want to die|self harm\\w*"
    ],
    // (the date the tablet was started, "2 weeks ago", is the risk's date, not a past event's)
    unless: ["{xHypothetical}|(?:before|until) (?:i |she |he )?(?:started|starting)|(?:better|lifted|gone|improved|settled) since|(?:fine|better) now|used to|(?:thoughts|agitation|agitated) ~4 (?:years|months) ago"]
  },
  {
    id: "triage.urgent.self-harm-thoughts-intent-denied",
    level: U,
    crisis: true,
    finding: "thoughts of hurting themselves or darker thoughts, with a plan or intent denied (talk to a crisis line, GP or mental health team today)",
    all: [
      "(?:thoughts|thinking|thought|ideas|urges|urge) (?:about|of) (?:hurting|harming|cutting|killing|ending|injuring) (?:myself|herself|himself|themselves|it all|my life|her life|his life|their life)|(?:darker|suicidal|self harm) thoughts|(?:pensamientos|ideas) (?:de|sobre) (?:hacerse dano|lastimarse|cortarse|suicidarse|hacerme dano|lastimarme)",
      "no plans?|(?:wouldnt|would not|wont|will not|isnt going to|is not going to|not going to|not gonna|never) (?:actually |really |ever )?(?:do|act|go through)|no (?:intention|intent)|(?:says|said) (?:she|he|they)(?:s| is| are| was)? (?:safe|fine|ok|okay)|(?:im|i am|shes|hes|she is|he is) safe|no lo haria|no lo va a hacer|no tiene (?:un )?plan"
    ],
    unless: [AU_PAST, "(?:years|months) ago|in the past|used to|when (?:i|she|he) was (?:younger|a teen|at school)|(?:friend|classmate|character|book|show|series|film|movie)"]
  },
  {
    id: "triage.urgent.older-weaker-since-new-tablet",
    level: U,
    finding: "an older person weaker, more forgetful, unsteady or muddled since a new or changed tablet (a water tablet: low sodium or drying out: seen today)",
    all: [
      "since ~3 (?:starting|started|going on|changing|changed|increasing|upping|the new|a new|her new|his new) ~3 (?:water tablet|water pill|diuretic|tablet|tablets|pill|pills|medication|medicine|meds|dose|furosemide|frusemide|bendroflumethiazide|indapamide|hydrochlorothiazide|spironolactone)|(?:new|started|changed|increased) ~3 (?:water tablet|water pill|diuretic|furosemide|frusemide|bendroflumethiazide|indapamide|hydrochlorothiazide) ~8 (?:since|and now|now)",
      "weaker|weak|forgetful|forgetting|muddled|confused|unsteady|wobbly|falls|falling|fell|not herself|not himself|just off|drowsy|sleepy all day|vague",
      "(?:[6-9]\\d|1[01]\\d) (?:yo|year old|years old|yr old)|(?:shes|hes|she is|he is|aged|age) (?:[6-9]\\d|1[01]\\d)(?! (?:mins|minutes|kg|lbs|percent))|(?:my|our|his|her) (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother|grandfather|elderly)|(?:mum|mom|mother|dad|father|nan|gran|grandma|grandpa|grandad) (?:is|s) (?:[6-9]\\d|1[01]\\d)|elderly|older"
    ],
    unless: [AU_PAST, "(?:years|months) ago|(?:better|back to normal|settled) (?:now|since)"]
  },
  {
    id: "triage.urgent.racing-pulse-an-hour-or-more",
    level: U,
    finding: "a racing pulse of 120 or more that has lasted an hour or more at rest (an ECG today)",
    all: [
      "(?:pulse|heart ?rate|heart|hr|heartbeat|bpm) ~4 (?:1[2-9]\\d|2[0-4]\\d)(?! ?(?:mg|ml|steps|over|\\/))|(?:1[2-9]\\d|2[0-4]\\d) (?:bpm|beats)",
      "(?:for|over|about|nearly|almost|more than) (?:an|a|1|one|2|two|3|three|several|a couple of|the last|the past) ~1 (?:hour|hours|hrs)|(?:all|since) (?:morning|afternoon|evening|lunch|breakfast)|wont (?:settle|slow|come down|go down)|not (?:settling|slowing|coming down)"
    ],
    unless: [AU_PAST, "(?:run|running|ran|workout|gym|exercise|training|cycling|spin|hiit|cardio|zone 2|walking uphill) ~4 (?:pulse|heart|hr|bpm)|(?:during|while|whilst) (?:my |a )?(?:run|running|workout|exercise|training|class)|fitness (?:watch|tracker)|max heart rate|target heart rate|normal (?:for|range)"]
  },
  {
    id: "triage.urgent.kidney-stone-back-now",
    level: U,
    finding: "a kidney stone back now with pain (pain control and checks today)",
    all: [
      "kidney stones?|renal colic|(?:stone|stones) ~3 (?:again|back)",
      "again|(?:is|are|s|its) back|back again|(?:come|came|coming) back|another one|another|(?:pain|pains|paining)(?: is|s)? (?:about |around )?(?:a )?(?:[4-9]|10)(?: out of 10)?|agony|(?:hurts|hurting|pain|aching) ~3 (?:now|today|since)|(?:passing|pass) (?:it|a stone)|still (?:peeing|weeing|passing)"
    ],
    unless: [AU_PAST, "(?:years|months) ago|last year|history of|prevent\\w*|diet|drink (?:more|enough)|how much water|(?:after|since) (?:i )?(?:passed|had) (?:it|the stone) ~4 (?:fine|better|ok)|(?:ultrasound|scan|ct) (?:showed|found) ~4 (?:small|tiny|no pain)"]
  }
];
pushUrgentRules(AU_URGENT_RULES);
// ===== end of triage-au
// ===== triage-av (independent writer: the emergency/urgent boundary in the words of people writing
// in a second language, teenagers texting and older people writing formally; some French and
// Portuguese). Emergencies that were read as less:
// - a leg or ankle that "looks bent" or "is at a funny angle" after a fall, without "the wrong way" (a
//   broken large bone: an ambulance), or an arm or wrist that does so with screaming or unbearable pain
//   (a bent arm with the hand pink and moving stays same-day care, as other writers' sets label it);
// - days or weeks after an operation on the belly (a gastric sleeve or bypass, the gallbladder, the
//   appendix, a caesarean), severe belly pain with a racing pulse, a fever or feeling faint: a leak or
//   an infection inside;
// - the big red flags written in French or Portuguese (chest pain with sweating or breathlessness,
//   cannot breathe, does not wake, a face or mouth dropped, suicide, bleeding that will not stop);
//   canonical.ts keeps these messages as written;
// - a small child's poo "like red jelly", or bouts of screaming with the legs pulled up and pale or
//   floppy in between, in second-language word order ("he pull legs up and scream"): intussusception;
// - someone who no longer answers when spoken to, with breathing that is strange, noisy or gasping:
//   reduced consciousness;
// - a wound (often a fresh operation wound) bleeding through the dressings or bandages that will not
//   stop, whenever the operation was ("last week" is the operation, not the bleeding).
const AV_PAST = AS_PAST;
// a deformed leg is an ambulance (a large bone); a deformed arm with the hand pink and moving is
// same-day care at A&E (other writers' sets agree), unless the pain is out of control
const AV_LEG = "leg|lower leg|shin|thigh|ankle|pierna|tobillo";
const AV_ARM = "arm|forearm|upper arm|wrist|elbow|brazo|antebrazo|muneca";
const AV_INJURY =
  "fell|fall|fallen|falling|came off|come off|landed|crash\\w*|tackl\\w*|hit|knocked|twisted|tripped|slipped|accident|trampoline|skateboard\\w*|bike|football|rugby|se cayo|me cai|cayo|caiu|tombe|tombee";
const AV_LOOKS = "looks|look|looking|is|seems|appears|gone|went|all|now|esta|se ve|looked";
const AV_BENT = "bent|crooked|deformed|misshapen|out of shape|wonky|s shaped|zigzag|at an angle|at a (?:weird|strange|funny|odd|wrong|bad|horrible) angle|chuec[oa]|deformad[oa]|doblad[oa]";
const AV_BENT_BEFORE = "bent|crooked|deformed|misshapen|wonky";
const AV_NOT_DEFORMED =
  "always|since birth|born with|bow ?legged|bowlegged|bowed legs|rickets|double jointed|hypermobil\\w*|old (?:break|fracture|injury)|(?:bike|wheel|frame|fork|handlebars?|glasses|racket|club|scooter|car|door) (?:is|was|got|looks) ~1 bent";
const AV_RULES: TriageRuleSpec[] = [
  {
    id: "triage.trauma.leg-looks-bent-after-injury",
    level: E,
    finding: "a leg, shin, thigh or ankle that looks bent, deformed or at an odd angle after an injury (a broken large bone or a dislocation: an ambulance)",
    all: [AV_INJURY, `(?:${AV_LEG}) ~3 (?:${AV_LOOKS}) ~2 (?:${AV_BENT})|(?:${AV_BENT_BEFORE}) (?:${AV_LEG})`],
    unless: [AV_PAST, AV_NOT_DEFORMED]
  },
  {
    id: "triage.trauma.arm-looks-bent-severe-pain",
    level: E,
    finding: "an arm or wrist that looks bent after an injury, with screaming or unbearable pain (a displaced fracture needing pain relief now)",
    all: [
      AV_INJURY,
      `(?:${AV_ARM}) ~3 (?:${AV_LOOKS}) ~2 (?:${AV_BENT})|(?:${AV_BENT_BEFORE}) (?:${AV_ARM})`,
      "scream\\w*|shriek\\w*|howl\\w*|agony|agonising|agonizing|excruciating|unbearable|worst pain|(?:wont|will not|doesnt|does not) let (?:anyone|anybody|me|us) (?:touch|near)|grita\\w*|dolor insoportable"
    ],
    unless: [AV_PAST, AV_NOT_DEFORMED]
  },
  {
    id: "triage.surgery.recent-belly-op-severe-pain-fast-pulse",
    level: E,
    finding: "severe belly pain days or weeks after an operation, with a racing pulse, a fever or feeling faint (a leak or infection inside)",
    all: [
      "(?:after|since|post|from) ~3 (?:surgery|operation|op|sleeve|bypass|gastric|bariatric|appendectomy|gallbladder|c section|caesarean|cesarean|section|hysterectomy|hernia repair|bowel|procedure|laparoscop\\w*|keyhole|cirugia|operacion|cesarea)|(?:had|have had|my) ~3 (?:surgery|operation|op|sleeve|bypass|appendix out|gallbladder out|gallbladder removed|c section|hysterectomy|hernia repair|bowel resection|cirugia|operacion) ~4 (?:days|day|week|weeks|ago|last|yesterday|hace)",
      "(?:severe|terrible|awful|really bad|very bad|worst|agony|agonising|agonizing|excruciating|unbearable|intense|horrible|strong|sharp|fuerte|muy fuerte) ~3 (?:pain|ache|cramp\\w*|dolor)|(?:pain|dolor) ~4 (?:severe|terrible|unbearable|agony|excruciating|so bad|worse and worse|getting worse|muy fuerte)",
      "belly|tummy|stomach|abdomen|abdominal|gut|upper belly|barriga|estomago|panza|vientre|abdomen",
      "(?:heart rate|pulse|hr|heartrate|heart|pulso) ~3 (?:1[2-9]\\d|2\\d\\d)|(?:1[2-9]\\d|2\\d\\d) (?:bpm|beats)|heart ~3 (?:racing|pounding|going crazy|going really fast|so fast|very fast|beating fast)|racing heart|fever|feverish|temperature|temp|rigors|shivering|shaking|faint\\w*|clammy|dizzy|fiebre|calentura|taquicardia|el corazon ~3 (?:acelerado|rapido)"
    ],
    unless: [AV_PAST, "(?:no|not|without) (?:a )?(?:fever|temp|temperature)"]
  },
  {
    id: "triage.french-portuguese.chest-pain-with-danger-signs",
    level: E,
    finding: "douleur dans la poitrine / dor no peito with sweating, breathlessness or pain spreading (possible heart attack)",
    all: [
      "(?:douleur|douleurs|mal|serrement|oppression|poids|pression|brulure) ~4 (?:poitrine|thorax|thoracique|coeur)|(?:dor|dores|aperto|pressao|peso|queimacao) ~3 (?:no|do|em|pelo) ~1 (?:peito|coracao|torax)|dor (?:no|do) peito",
      "transpire\\w*|sueur\\w*|en sueur|moite|suant|suer|essouffle\\w*|(?:du )?mal a respirer|(?:narrive|n arrive|ne peut) (?:pas|plus) ~2 respirer|manque d air|bras|machoire|epaule|dos|suando|suado|suor|falta de ar|sem ar|dificuldade (?:para|pra|de) respirar|(?:nao|mal) (?:consegue|consigo) respirar|braco|mandibula|queixo|ombro|costas|palido|palida|pale|desmai\\w*|evanoui\\w*|vomi\\w*|nausee\\w*|enjoo"
    ],
    unless: [AV_PAST, "il y a (?:\\d+|des|quelques) (?:semaines|mois|ans)|ha (?:\\d+|varias|alguns|algumas) (?:semanas|meses|anos)|(?:si|se) jamais"]
  },
  {
    id: "triage.french-portuguese.cannot-breathe-or-wake",
    level: E,
    finding: "ne respire plus / ne se réveille pas, não consegue respirar / não acorda (cannot breathe or cannot be woken)",
    all: [
      "(?:narrive|n arrive|ne peut|ne peux|arrive) (?:pas|plus) ~2 respirer|ne respire (?:pas|plus)|etouffe|suffoque|(?:nao|mal) (?:consegue|consigo|esta conseguindo|to conseguindo) respirar|nao (?:esta )?respirando|sufocando|ne se reveille (?:pas|plus)|(?:on|je|nous) (?:narrive|n arrive|ne peux|ne peut) (?:pas|plus) ~2 (?:la|le) reveiller|ne repond (?:pas|plus)|inconscient\\w*|sans connaissance|nao acorda|nao (?:esta )?respond\\w*|nao consigo acorda\\w*|desacordad[oa]|inconsciente|desmaiou e nao"
    ],
    unless: [AV_PAST, "(?:si|se) jamais|nez bouche|nariz entupido|(?:au|ao) telephone|(?:au|aux|as) (?:messages|mensagens)|whatsapp|texto"]
  },
  {
    id: "triage.french-portuguese.stroke-signs",
    level: E,
    finding: "visage ou bouche de travers, bras faible, parole bizarre / boca torta, braço fraco, fala enrolada (possible stroke)",
    all: [
      "(?:visage|bouche|levre) ~4 (?:tombe\\w*|de travers|paralys\\w*|tordu\\w*)|parle ~3 (?:bizarre\\w*|mal|plus|difficile\\w*|incomprehensible)|ne (?:peut|peux|arrive) (?:plus|pas) ~2 parler|(?:bras|jambe) ~4 (?:faible|paralys\\w*|ne bouge plus|engourdi\\w*|lourd)|boca torta|rosto ~3 (?:caido|torto|paralisado)|(?:fala|falando) ~2 (?:enrolad[oa]|estranh[oa]|arrastad[oa])|nao consegue (?:mais )?falar|(?:braco|perna) ~4 (?:fraco|fraca|paralisad[oa]|dormente|nao mexe)"
    ],
    unless: [AV_PAST, "(?:si|se) jamais|dentiste|dentista|anesthesie|anestesia|dormi|dormido"]
  },
  {
    id: "triage.french-portuguese.suicide",
    level: E,
    crisis: true,
    finding: "envie de se suicider / quero me matar (suicidal thoughts in French or Portuguese)",
    all: [
      "(?:me|se|te) suicider|suicidaire|suicidaires|(?:pensees|idees|pensamentos|ideias) (?:suicidaires|suicidas)|(?:me|se) tuer|veux mourir|envie de mourir|en finir|me (?:matar|suicidar)|se matar|quero morrer|vontade de morrer|acabar com (?:a|minha) vida|tirar (?:a|minha) (?:propria )?vida"
    ],
    unless: ["(?:pas|plus|jamais|nao|nunca) ~3 (?:envie de mourir|me suicider|me tuer|me matar|morrer)|prevention|prevencao|(?:un|une|o|a) (?:livre|film|filme|serie|livro)|il y a (?:\\d+|des) ans|ha (?:\\d+|varios|muitos) anos"]
  },
  {
    id: "triage.french-portuguese.bleeding-wont-stop",
    level: E,
    finding: "un saignement qui ne s'arrête pas / sangramento que não para (heavy bleeding)",
    all: [
      "saign\\w* ~6 (?:ne sarrete pas|ne s arrete pas|narrete pas|n arrete pas|beaucoup|enormement|abondamment|partout)|(?:ne sarrete pas|narrete pas) de saigner|sangr\\w* ~6 (?:muito|nao para|sem parar|demais)|nao para de sangrar|(?:hemorragie|hemorragia)"
    ],
    unless: [AV_PAST, "regles|menstruation|menstruacao|nez|nariz|gencive\\w*|gengiva\\w*|(?:si|se) jamais|hace (?:semanas|meses|anos)|il y a (?:\\d+|des|quelques) (?:semaines|mois|ans)|ha (?:\\d+|varios|alguns|muitos) (?:semanas|meses|anos)"]
  },
  {
    id: "triage.infant.red-jelly-poo",
    level: E,
    finding: "a young child's poo like red jelly or jam (possible intussusception)",
    all: [
      "{xChild}|\\d+ (?:meses|months|mo|month|years|year|yr|yrs|anos|ans)|bebe|nene|nena|filho|filha|fils|fille",
      "(?:poo|poos|poop|poops|stool|stools|nappy|nappies|diaper|diapers|caca|popo|coco|fezes|selles|bowel movement) ~5 (?:red|dark red|bloody|blood|purple|roja|rojo|sangre|vermelh[oa]|rouge|sang) ~3 (?:jelly|jam|gel|gelatina|jalea|mermelada|geleia|gelee|confiture)|(?:red|bloody|roja|rojo|vermelh[oa]) (?:jelly|jam|gelatina|jalea|geleia) ~4 (?:poo|poos|poop|stool|nappy|diaper|caca|popo)"
    ],
    unless: [AV_PAST, "beet\\w*|ate ~3 (?:jelly|jam|red|gelatina)|jelly (?:sweets|babies|beans)|food colou?r\\w*|strawberr\\w*|cranberr\\w*|tomato\\w*|red velvet|(?:comio|comeu) ~3 (?:gelatina|mermelada)"]
  },
  {
    id: "triage.infant.bouts-legs-up-pale-between",
    level: E,
    finding: "a young child with bouts of screaming, legs pulled up, and pale, floppy or sleepy in between (possible intussusception)",
    all: [
      "{xChild}|\\d+ (?:meses|months|mo|month|years|year|yr|yrs)|bebe|nene|nena",
      "(?:pull|pulls|pulling|pulled|draw|draws|drawing|drew|bring|brings|bringing|brought|lift|lifts|lifting|tuck|tucks|tucking|curl|curls|curling) (?:up )?(?:his|her|the|both|their)? ~1 (?:legs|knees) ~8 (?:scream\\w*|cry|cries|crying|howl\\w*|shriek\\w*|wail\\w*)|(?:scream\\w*|cry|cries|crying|howl\\w*|shriek\\w*|wail\\w*) ~8 (?:pull|pulls|pulling|pulled|draw|draws|drawing|drew|bring|brings|bringing|lift|lifts|tuck|tucks|curl|curls) (?:up )?(?:his|her|the|both|their)? ~1 (?:legs|knees)",
      "(?:pale|floppy|limp|sleepy|drowsy|grey|gray|lethargic|white|quiet and still) ~6 (?:between|in between|after each|after every|in the gaps)|(?:between|in between) ~6 (?:pale|floppy|limp|sleepy|drowsy|grey|gray|lethargic|white)"
    ],
    unless: [AV_PAST, "colic|colicky|wind|windy|gassy|burp\\w*|(?:every|each) (?:evening|night)|in the evenings"]
  },
  {
    id: "triage.neuro.not-answering-strange-breathing",
    level: E,
    finding: "no longer answers when spoken to, with breathing that is strange, noisy or gasping (reduced consciousness)",
    all: [
      "(?:doesnt|does not|dont|didnt|did not|wont|will not|not|isnt|is not|no longer|hardly|barely|cant|can not|cannot|stopped|no) ~1 (?:answer|answers|answering|answered|respond|responds|responding|responded|reply|replying|react|reacting|open (?:his|her|their) eyes|opening (?:his|her|their) eyes|wake|waking|contesta|responde|reacciona) ~6 (?:when|if|even when|even if|cuando|si) (?:i|we|you|someone|anyone|people|le|lo|la)? ~1 (?:speak|speaks|talk|talks|call|calls|say|shake|shout|touch|hablo|hablamos|llamo|llamamos|muevo)",
      "breath\\w* ~4 (?:strange|strangely|weird|weirdly|funny|odd|oddly|noisy|noisily|rattl\\w*|gurgl\\w*|irregular|shallow|slow|gasping|snoring|loud|different|not right|wrong|stops and starts|pauses|laboured|labored|heavy)|(?:strange|weird|funny|odd|noisy|rattly|rattling|gurgling|irregular|shallow|gasping|snoring|heavy) (?:breathing|breaths|breath)|(?:gurgl\\w*|rattl\\w*|snoring|snorting) ~4 (?:breath\\w*|breathes)|gasping|respira ~3 (?:raro|rara|extrano|extrana|feo|con ruido|ruidoso|muy lento|despacio|entrecortado)"
    ],
    unless: [AV_PAST, "text\\w*|messages?|phone|emails?|whatsapp|snapchat|(?:ignoring|sulking|in a mood|gaming|on (?:his|her) (?:phone|xbox|playstation))|hard of hearing|deaf|hearing aids?|headphones|earphones|earbuds|airpods|hospice|palliative|end of life|comfort care|last days|dying"]
  },
  {
    id: "triage.bleeding.through-dressings-wont-stop",
    level: E,
    finding: "a wound bleeding through its dressings or bandages that will not stop (often a fresh operation wound)",
    all: [
      "(?:bleed\\w*|blood|bled|oozing blood) ~3 (?:through|thru) ~3 (?:bandage|bandages|dressing|dressings|gauze|plaster|plasters|strapping|wrap|wrapping|cast)|(?:bandage|bandages|dressing|dressings|gauze|wrap) ~4 (?:soaked|soaking|drenched|full of blood|red through|keep filling|keeps filling|keep getting soaked)|(?:sangr\\w*|sangue) ~4 (?:a traves de|atraves de|traspasa|pelo|pelos) ~2 (?:venda|vendas|gasa|gasas|curativo|curativos|aposito|apositos)",
      "(?:wont|will not|doesnt|does not|not|isnt|cant|can not|cannot|didnt|did not) ~2 (?:stop|stopping|stopped)|keeps? (?:bleeding|coming|going|oozing)|still (?:bleeding|coming|pouring|oozing)|(?:changed|change|changing|replaced) ~4 (?:\\d+|two|three|four|several|many|a few) times|again and again|no para|sigue sangrando|nao para"
    ],
    unless: [AV_PAST, "period|periods|menstrua\\w*|tampon\\w*|pad|pads|spotting|(?:has|had|it|its|bleeding) ~2 stopped|(?:a |the )?(?:little|tiny|small) (?:bit|spot|dot|amount)|speck\\w*|spot of"]
  }
];
pushEmergencyRules(AV_RULES);
// ===== end of triage-av (emergencies)

// triage-av, same-day care (urgent findings that were read as routine): an arm or wrist that looks
// bent after an injury, without uncontrolled pain (A&E today); a diabetic's foot wound that
// is redder, warmer, swollen or oozing; needing more pillows to breathe at night (orthopnoea) with
// swollen ankles or a heart condition; a urine infection with a one-sided back ache, a temperature or
// in pregnancy (a kidney infection: also in French and Portuguese); a cough in fits that ends in a whoop
// or in vomiting (whooping cough); a sleeping or sedative tablet taken by mistake with drowsiness;
// diarrhoea with blood, or lasting more than a week; pain low on the right of the belly for a day or
// more (possible appendicitis); a frail or older person (dementia, a care home) off their food and
// sleepier; a positive pregnancy test or late period with spotting; panic or crying that will not stop
// with a wish to talk to someone today.
const AV_URGENT_RULES: TriageRuleSpec[] = [
  {
    id: "triage.urgent.arm-looks-bent-after-injury",
    level: U,
    finding: "an arm or wrist that looks bent or at an odd angle after an injury (a fracture: A&E today)",
    all: [AV_INJURY, `(?:${AV_ARM}) ~3 (?:${AV_LOOKS}) ~2 (?:${AV_BENT})|(?:${AV_BENT_BEFORE}) (?:${AV_ARM})`],
    unless: [AV_PAST, AV_NOT_DEFORMED]
  },
  {
    id: "triage.urgent.diabetic-foot-wound-changing",
    level: U,
    finding: "a diabetic's foot or leg wound that is redder, warmer, swollen, oozing, smelly or darker (a diabetic foot infection: seen today)",
    all: [
      "diabet\\w*|diabetes|sugar (?:problem|problems)|type (?:1|2|one|two)|azucar",
      "(?:foot|feet|toe|toes|heel|heels|sole|ankle|shin|leg|pie|pies|dedo|talon|pierna) ~6 (?:wound|ulcer|sore|cut|blister|graze|scratch|herida|llaga|ulcera)|(?:wound|ulcer|sore|cut|blister|graze|herida|llaga|ulcera) ~6 (?:foot|feet|toe|toes|heel|heels|sole|ankle|shin|leg|pie|pies|dedo|talon|pierna)",
      "redder|red|warm|warmer|hot|swollen|swelling|pus|smell\\w*|stink\\w*|ooz\\w*|weep\\w*|spreading|black|blacker|darker|roj[oa]|caliente|hinchad[oa]|huele|supura"
    ],
    unless: [AV_PAST, "(?:check|checking|look after|care for|inspect) ~3 (?:my|his|her|their)? ~1 (?:feet|foot)|how (?:often|should|do)|(?:no|not|isnt|without) (?:red|warm|swollen|hot|pus|smell\\w*)"]
  },
  {
    id: "triage.urgent.more-pillows-to-breathe",
    level: U,
    finding: "needing more pillows or sitting up to breathe at night, or waking breathless, with swollen ankles or a heart condition (possible heart failure: seen today)",
    all: [
      "(?:\\d+|two|three|four|five|extra|more|several|a pile of|a stack of|lots of) pillows ~8 (?:breathe|breath|breathing|breathless\\w*|comfortabl\\w*)|(?:sleep|sleeping|slept|sit|sitting|sat) (?:propped )?up ~6 (?:to breathe|breathe|breath|breathing|in a chair)|(?:wake|wakes|woke|waking) (?:up)? ~4 (?:gasping|breathless|short of breath|out of breath|fighting for breath|(?:cant|cannot|can not) breathe)|(?:cant|cannot|can not|unable to) (?:lie|lay) (?:flat|down) ~4 (?:breathe|breath|breathing|breathless)",
      "(?:ankles|ankle|legs|feet|shins) ~4 (?:puffy|swollen|swelling|swelled|bigger|fat|puffed|pitting)|(?:puffy|swollen|swelling|fat) ~2 (?:ankles|ankle|legs|feet)|heart (?:condition|failure|problem|problems|disease|trouble|attack|valve)|(?:bad|weak|dodgy) heart|(?:for|over|in) the (?:last|past) (?:few |couple of |two |three |\\d+ )?(?:days|nights|week)|getting worse|new"
    ],
    unless: [AV_PAST, "reflux|heartburn|acid|snor\\w*|sleep apn\\w*|always (?:slept|sleep|used)|(?:for|over) (?:years|ages|months)|pregnan\\w*"]
  },
  {
    id: "triage.urgent.urine-infection-loin-ache-or-pregnant",
    level: U,
    finding: "a urine infection with a one-sided back ache, a temperature or in pregnancy (possible kidney infection: seen today)",
    all: [
      "(?:burn\\w*|sting\\w*|hurts|painful|pain) ~3 (?:when|to|as|while) (?:i |she |he )?(?:pee|wee|urinat\\w*|piss|go to the toilet)|(?:uti|utis|cystitis|urine infection|water infection|bladder infection|urinary infection|infection urinaire|infeccion (?:de orina|urinaria)|infeccao urinaria)|brule (?:quand je fais pipi|en urinant)|(?:arde|ardor|queima) ~3 (?:xixi|urinar)|(?:arde|ardor) ~3 (?:orinar|hacer pipi)",
      "(?:back|side|flank|loin|kidney|kidneys) ~6 (?:ache|aches|aching|pain|hurts|hurting|sore)|(?:ache|aching|pain) ~6 (?:back|side|flank|loin|kidney)|fever|feverish|high temp\\w*|shiver\\w*|shaking|chills|rigors|fievre|febre|fiebre|calentura|pregnant|weeks pregnant|enceinte|gravida|embarazada"
    ],
    unless: [AV_PAST, "(?:no|not|without|pas de|sem|sin) (?:a |any )?(?:fever|temp|temperature|back pain|fievre|febre|fiebre)", "(?:every|each) (?:month|time)|recurrent|keep getting|prevent\\w*|cranberry"]
  },
  {
    id: "triage.urgent.whooping-cough",
    level: U,
    finding: "a cough in fits that ends in a whoop or in vomiting (possible whooping cough: seen today, more so with a baby in the house)",
    all: [
      "whoop\\w*|coqueluche|tos ferina|tosferina|pertussis|(?:cough|coughs|coughing|coughed|tos|tose) ~6 (?:so hard|so much|until|till|that|hasta que) ~4 (?:vomit\\w*|sick|throw\\w* up|threw up|puke\\w*|goes red|turns red|goes blue|turns blue|vomita)|(?:cough|coughing) fits? ~6 (?:vomit\\w*|sick|throw\\w* up|threw up)"
    ],
    unless: [AV_PAST, "(?:vaccine|vaccination|jab|booster|shot|vacuna) ~4 (?:for|against|de)? ~1 (?:whooping|pertussis|tos ferina)|(?:whooping|pertussis) ~3 (?:vaccine|vaccination|jab|booster|shot)|what (?:is|does)"]
  },
  {
    id: "triage.urgent.sedative-by-mistake-drowsy",
    level: U,
    finding: "a sleeping or sedative tablet taken by mistake, now drowsy (poison advice today)",
    all: [
      `(?:by (?:accident|mistake)|accidentally|accidently|mistakenly|wrong (?:pill|pills|tablet|tablets|medicine|meds|bottle)|thought (?:it|they) (?:was|were)|mixed up|mix up|confused (?:them|the)) ~10 (?:${AS_SEDATIVE})|(?:${AS_SEDATIVE}) ~10 (?:by (?:accident|mistake)|accidentally|accidently|mistakenly|thought (?:it|they) (?:was|were)|instead of)`,
      "drowsy|drowsier|sleepy|woozy|groggy|dizzy|out of it|spaced|confused|slurr\\w*|wobbly|heavy eyes|(?:cant|can not|cannot) keep (?:my|his|her) eyes open"
    ],
    unless: [AV_PAST]
  },
  {
    id: "triage.urgent.diarrhoea-with-blood",
    level: U,
    finding: "diarrhoea with blood in it (seen today)",
    all: [
      "diarrh\\w*|the runs|loose (?:stools|poo|poos|poop|motions)|runny (?:poo|poos|poop)|watery (?:poo|poos|poop|stools)|diarrea",
      "(?:blood|bloody|sangre) ~4 (?:in|with)? ~2 (?:it|them|poo|stool|stools|diarrh\\w*)|(?:blood|bloody) ~8 (?:diarrh\\w*)|(?:diarrh\\w*) ~8 (?:blood|bloody|sangre)"
    ],
    unless: [AV_PAST, "(?:no|not|without|never|sin) (?:any )?(?:blood|sangre)|(?:for|over) (?:months|years)|ibs|crohns|colitis|(?:on and off|off and on) for"]
  },
  {
    id: "triage.urgent.diarrhoea-over-a-week-or-after-travel",
    level: U,
    finding: "diarrhoea lasting more than a week, or for days since coming back from abroad (seen today)",
    all: [
      "diarrh\\w*|the runs|loose (?:stools|poo|poos|poop|motions)|runny (?:poo|poos|poop)|watery (?:poo|poos|poop|stools)|diarrea",
      "(?:[7-9]|1\\d|2\\d|seven|eight|nine|ten|eleven|twelve|fourteen) days|(?:a|one|two|three|over a|more than a) (?:week|weeks)|since (?:i |we |he |she )?(?:came|got|come) back from|(?:since|after) (?:a |my |our |the )?(?:trip|holiday|travel\\w*|vacation) (?:to|in|abroad)"
    ],
    unless: [AV_PAST, "(?:for|over) (?:months|years)|ibs|crohns|colitis|(?:on and off|off and on) for|(?:a|one|two|three) (?:week|weeks) ago"]
  },
  {
    id: "triage.urgent.right-lower-belly-pain-days",
    level: U,
    finding: "pain low on the right of the belly for a day or more (possible appendicitis: seen today)",
    all: [
      "(?:lower right|right lower|bottom right|right low\\w*|low right|right side of (?:my|his|her|the) (?:tummy|belly|stomach|abdomen)|right (?:side )?(?:of )?(?:the )?(?:tummy|belly|abdomen|groin)|near (?:the|my|his|her) right hip) ~6 (?:pain|ache|aching|hurts|hurting|sore|cramp\\w*|tender)|(?:pain|ache|aching|hurts|hurting|sore|cramp\\w*|tender) ~6 (?:lower right|right lower|bottom right|low right|right side of (?:my|his|her|the) (?:tummy|belly|stomach|abdomen)|right (?:side )?(?:of )?(?:the )?(?:tummy|belly|abdomen))",
      "(?:since|for|over) (?:the )?(?:last |past )?(?:two|three|2|3|4|few|couple of|a couple of) days|since yesterday|(?:2|3|two|three) days|all day|getting worse|worse when (?:i |he |she )?(?:walk|cough|move|jump)|comes and goes|moved (?:to|down)"
    ],
    unless: [AV_PAST, "ovulat\\w*|mid ?cycle|(?:every|each) month|period|(?:for|over) (?:months|years|weeks)|appendix (?:out|removed)|had (?:my|his|her) appendix"]
  },
  {
    id: "triage.urgent.frail-off-food-sleepier",
    level: U,
    finding: "a frail or older person (dementia, a care home, in their 80s or 90s) off their food and sleepier or more confused (seen today)",
    all: [
      "dementia|alzheimer\\w*|frail|care home|nursing home|(?:8|9)\\d (?:years old|year old|yo)|is (?:8|9)\\d|aged (?:8|9)\\d|demencia",
      "(?:not|hasnt|has not|havent|barely|hardly|stopped|wont|isnt) (?:been )?(?:eating|eaten|eat)|off (?:her|his|their) food|(?:eating|eaten|eats) (?:very )?(?:little|much less|almost nothing|nothing)|refus\\w* (?:food|to eat|meals)|no (?:quiere|come)|not (?:much|a lot) (?:to eat)?",
      "sleepier|more sleepy|sleepy|drowsy|drowsier|more tired|sleeping (?:more|all day|a lot|most of the day)|more confused|not (?:herself|himself)|weaker|withdrawn|dormid[oa]|somnolient[oa]"
    ],
    unless: [AV_PAST, "(?:always|usually|normally) ~3 (?:sleeps|sleepy|eats little|picky)|(?:for|over) (?:months|years)|hospice|palliative|end of life|comfort care|last days|dying"]
  },
  {
    id: "triage.urgent.positive-test-spotting",
    level: U,
    finding: "a positive pregnancy test or a late period with spotting or bleeding (an early pregnancy check today)",
    all: [
      "positive (?:pregnancy )?test|(?:test|tests) (?:came back |was |were |is |showed |shows )?positive|(?:period|periods) ~3 (?:late|missed|overdue)|(?:missed|late) (?:my )?period",
      "spotting|bleed\\w*|spots of blood|brown discharge|(?:some|a bit of|a little|light) blood"
    ],
    unless: [AV_PAST, "negative|not pregnant|(?:my |the )?period (?:came|started|arrived|turned up|has come)|nose|gums|(?:blood|bloods) (?:test|tests|pressure|sugar)"]
  },
  {
    id: "triage.urgent.distress-wants-to-talk-today",
    level: U,
    finding: "panic, crying or distress that will not stop, asking to talk to someone today (mental health support today)",
    all: [
      "panic (?:attack|attacks) ~4 (?:all day|all night|nonstop|non stop|one after another|back to back|keep coming|wont stop|today)|(?:cant|can not|cannot|wont|unable to) (?:stop|calm) ~3 (?:crying|panicking|shaking|sobbing|down)|(?:not coping|cant cope|can not cope|cannot cope|falling apart|breaking down)",
      "(?:need|needs|want|wants|would like|like) to (?:talk|speak) (?:to|with) (?:someone|somebody|a (?:professional|counsellor|counselor|doctor|therapist|person))|need (?:help|someone|support) ~3 (?:today|now|tonight|asap|urgently)|(?:today|now|tonight|asap|urgently) ~3 (?:need|want) (?:help|support|someone)"
    ],
    unless: [AV_PAST, "(?:for|over) (?:months|years) ~4 (?:therapy|counsel\\w*)|waiting list|(?:recommend|find|choose|which) ~3 (?:therapist|counsellor|counselor|app)"]
  }
];
pushUrgentRules(AV_URGENT_RULES);
// ===== end of triage-av

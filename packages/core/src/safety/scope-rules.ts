import type { Groups } from "./rule-dsl.js";
import type { ScopeCategory } from "./types.js";

/**
 * Scope rules: requests the assistant refuses (with a redirect). Like triage rules, a rule fires
 * when all its patterns match and no `unless` pattern does. Questions *about* medicines (doses,
 * side effects, interactions, what an overdose looks like) are not matched on purpose.
 */
export interface ScopeRuleSpec {
  id: string;
  category: ScopeCategory;
  all: string[];
  unless?: string[];
  notNegatable?: boolean;
}

// People a harmful act can be aimed at. Possessives fold to a trailing "s" ("my boss's" -> "bosss"),
// so each noun comes with its plural / possessive forms.
const PERSON_NOUNS = [
  "husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee", "ex", "date", "crush",
  "mom", "mum", "mother", "dad", "father", "parent", "stepdad", "stepmom", "stepmum", "stepfather", "stepmother", "stepson",
  "stepdaughter", "stepbrother", "stepsister", "stepkid", "stepchild", "son", "daughter", "child", "kid", "baby", "infant",
  "toddler", "newborn", "brother", "sister", "sibling", "twin", "grandma", "grandmother", "grandpa", "grandfather", "granny",
  "grandparent", "aunt", "uncle", "cousin", "nephew", "niece", "mother in law", "father in law", "sister in law",
  "brother in law", "roommate", "flatmate", "housemate", "neighbor", "boss", "manager", "supervisor", "coworker", "co worker",
  "colleague", "teacher", "classmate", "student", "friend", "bestie", "patient", "resident", "client", "customer", "driver",
  "guy", "girl", "boy", "man", "woman", "lady", "dude", "person", "enemy", "rival", "bully", "landlord", "tenant", "caregiver",
  "victim", "target", "stranger", "old man", "old lady", "elderly mother", "elderly father", "elderly parent", "relative", "family member",
  "in law", "spouse", "housemate", "neighbour", "grandchild", "grandson", "granddaughter", "stepchild"
];
const PERSON_FORMS = PERSON_NOUNS.flatMap((w) => [w, `${w}s`, ...(w.endsWith("s") ? [`${w}es`] : [])]).concat([
  "wives", "children", "childrens", "babies", "men", "mens", "women", "womens", "people", "peoples", "kiddo", "kiddos"
]);

export const SCOPE_GROUPS: Groups = {
  you: ["you", "u", "ya", "the bot", "the ai", "this app", "medslm"],
  act: ["perscribe", "persribe", "prescibe", "precribe", "prescirbe", "prescribe", "write", "give", "send", "call in", "phone in", "renew", "refill", "authorize", "order", "issue", "approve", "e prescribe", "fax", "submit", "sign"],
  rxWord: ["perscription", "prescripton", "presciption", "perscrition", "medicine paper", "medical paper", "prescription paper", "drug paper", "prescription", "prescriptions", "script", "scripts", "rx", "refill", "refills", "receta", "recipe"],
  die: [
    "die", "dying", "kill me", "kill myself", "kill someone", "kill a person", "kill him", "kill her", "kill", "overdose", "od",
    "be fatal", "be lethal", "be deadly", "stop my heart", "stop breathing", "never wake up", "not wake up", "dont wake up", "dont wake", "not wake", "never wake", "end it",
    "end my life", "be dead", "die from", "cause death", "death", "wont wake", "not wake", "coma", "put me in a coma", "never wake", "stop my breathing", "morir", "matarme", "matar", "never wake", "pass away", "not survive"
  ],
  lethal: ["lethal", "fatal", "deadly", "killing", "letal", "mortal", "overdose", "od"],
  amount: ["dose", "doses", "dosage", "amount", "amounts", "quantity", "number", "level", "many", "much", "dosis", "cantidad", "mg", "milligrams", "pills", "tablets", "units", "grams"],
  selfMethod: [
    "kill myself", "killing myself", "kill themselves", "kill yourself", "kill oneself", "commit suicide", "end my life", "take my own life", "take my life", "hang myself", "cut myself",
    "cut my wrists", "slit my wrists", "slit my wrist", "hurt myself", "harm myself", "overdose", "od", "suicide", "die painlessly",
    "die peacefully", "die quickly", "die in my sleep", "die without pain", "cut deeper", "bleed out", "unalive myself",
    "off myself", "suffocate myself", "poison myself", "drown myself", "shoot myself", "jump", "starve myself", "self harm", "self harming", "selfharm",
    "matarme", "suicidarme", "quitarme la vida", "morir sin dolor"
  ],
  howTo: [
    "tips for", "tips on", "ideas for", "guide to", "advice on",
    "how to", "how do i", "how can i", "how could i", "how should i", "how would i", "how would someone", "how does someone",
    "how do people", "how do you", "best way to", "easiest way to", "quickest way to", "fastest way to", "painless way to",
    "surest way to", "most effective way to", "ways to", "way to", "methods to", "method to", "methods of", "method of",
    "steps to", "tell me how to", "teach me to", "help me", "want to know how to", "como", "forma de", "manera de"
  ],
  victim: [
    "someone", "somebody", "him", "her", "them", "a person", "people", "my husband", "my wife", "my boss", "my mom", "my dad",
    "my mother", "my father", "my roommate", "my neighbor", "my ex", "my boyfriend", "my girlfriend", "my brother", "my sister",
    "my coworker", "my stepdad", "my stepmom", "my partner", "my child", "my kid", "my baby", "a child", "my teacher", "an enemy",
    "neighbors", "neighbor", "kids", "children", "family", "parents", "classmates", "coworkers", "non diabetic", "nondiabetic", "my landlord", "my grandma", "my grandpa", "my son", "my daughter", "my cat", "my dog", "the neighbor", "the baby", "alguien", "a alguien", "mi esposo", "mi esposa", "coworker", "a coworker", "boss", "teacher", "classmate", "neighbor", "wife", "husband", "ex", "stepmother", "stepfather", "stepmom", "stepdad", "mother in law", "father in law", "girlfriend", "boyfriend", "roommate", "landlord", "person", "human", "baby", "toddler", "child", "kid", "grandmother", "grandfather", "grandma", "grandpa", "sister", "brother", "mom", "dad", "partner", "friend"
  ],
  harmAct: [
    "heart stop", "heart to stop", "stop his heart", "stop her heart", "stop breathing", "poison", "kill", "hurt", "harm", "drug", "sedate", "knock out", "overdose", "suffocate", "strangle", "choke", "smother",
    "make sick", "make them sick", "make him sick", "make her sick", "make someone sick", "spike", "get rid of", "murder",
    "stab", "shoot", "envenenar", "matar", "lastimar", "dope", "roofie"
  ],
  secret: ["without them knowing", "without him knowing", "without her knowing", "without anyone knowing", "without being caught", "without getting caught", "undetectable", "untraceable", "wont be detected", "not be detected", "cant be traced", "without a trace", "secretly", "without noticing", "wont notice", "look like an accident", "look natural", "in their drink", "in his drink", "in her drink", "in their food", "in his food", "in her food", "in his coffee", "in her coffee", "without anyone finding out", "without anyone noticing", "without anyone suspecting", "no one finds out", "nobody finds out", "without being detected", "undetected", "being detected", "without detection", "without getting caught", "sin que se den cuenta", "sin que se de cuenta", "sin dejar rastro"],
  controlled: [
    "oxycodone", "oxycontin", "oxy", "oxys", "percocet", "percocets", "vicodin", "hydrocodone", "norco", "fentanyl", "morphine",
    "codeine", "tramadol", "dilaudid", "hydromorphone", "opioids", "opiates", "opioid", "pain pills", "painkillers", "pain killers",
    "xanax", "xannies", "bars", "alprazolam", "valium", "diazepam", "klonopin", "clonazepam", "ativan", "lorazepam", "benzos",
    "benzodiazepines", "adderall", "addy", "ritalin", "methylphenidate", "vyvanse", "dexedrine", "concerta", "focalin",
    "ambien", "zolpidem", "suboxone", "subutex", "buprenorphine", "methadone", "ketamine", "testosterone", "steroids",
    "anabolic steroids", "trt", "phentermine", "modafinil", "provigil", "lyrica", "pregabalin", "lean", "promethazine with codeine",
    "soma", "carisoprodol", "ghb", "oxicodona", "xanax", "percs", "perc", "perks", "xans", "addys", "vics", "roxies", "blues", "m30s", "m30", "tabs", "molly", "lean"
  ],
  noRx: [
    "without a prescription", "without prescription", "without a script", "without a rx", "without rx", "without a doctor",
    "without seeing a doctor", "without going to a doctor", "without a doctors note", "no prescription", "no script", "no rx",
    "without my doctor", "without insurance or a prescription", "sin receta", "without recipe", "without a recipe", "no recipe", "in internet", "on internet", "on the internet", "sin prescripcion", "online", "on the dark web", "dark web",
    "darknet", "from mexico", "from canada without", "overseas", "on the street", "off the street", "from a dealer", "a dealer",
    "over the counter", "illegally", "off the books", "from a friend", "from my friend", "from someone"
  ],
  acquire: ["sells", "sell", "selling", "ships", "shipping", "buy", "get", "order", "obtain", "purchase", "score", "find", "cop", "source", "pick up", "acquire", "comprar", "conseguir"],
  fake: ["lies", "lie to", "what lies", "what to tell", "tell the er", "tell the doctor", "tell my doctor", "say to the doctor", "fake", "faking", "lie about", "lying about", "exaggerate", "exaggerating", "pretend to have", "pretend i have", "make up", "trick my doctor", "trick the doctor", "convince my doctor", "convince the doctor", "fool my doctor", "fool the doctor", "what to say to", "what should i tell", "what do i tell", "what symptoms"],
  ignore: ["ignore", "disregard", "forget", "override", "bypass", "disable", "turn off", "remove", "lift", "circumvent", "get around", "skip", "drop", "ignora", "olvida", "ignorar"],
  rules: [
    "everything you", "everything youve", "what youve been told", "all you were told", "all your", "everything youve been told",
    "everything above", "all of the above", "the above", "everything before", "previous", "everything you were told", "what you were told", "instructions", "instruction", "rules", "prompt", "prompts", "guidelines", "directions", "restrictions", "messages", "training",
    "safety", "filter", "filters", "guardrails", "limits", "limitations", "content policy", "policy", "policies", "protocols",
    "programming", "constraints", "ethics", "censorship", "safeguards", "disclaimers", "system message", "reglas", "instrucciones"
  ],
  modeWord: ["maintenance", "debug", "developer", "dev", "admin", "god", "test", "testing", "unrestricted", "unfiltered", "uncensored",
    "sudo", "root", "unlocked", "dan", "jailbreak", "jailbroken", "raw", "unsafe", "expert", "research", "opposite", "evil", "chaos", "override",
    "superuser", "diagnostic", "service", "safe search off", "no filter", "freedom", "unlimited", "dark", "shadow"],
  persona: [
    "dan", "unrestricted", "unfiltered", "uncensored", "jailbroken", "jailbreak", "evil", "no rules", "no restrictions", "no limits",
    "no filters", "no guidelines", "no ethics", "no morals", "without rules", "without restrictions", "without limits", "without filters",
    "without any restrictions", "without ethics", "developer mode", "dev mode", "god mode", "anything now", "no boundaries",
    "not bound", "free from", "amoral", "doctor who can prescribe", "doctor who prescribes", "licensed doctor who can prescribe",
    "real doctor who can", "my doctor and prescribe", "my doctor and write", "my pharmacist and", "stan", "aim", "an ai without", "prescribes anything", "prescribe anything", "who prescribes", "prescribes whatever", "nolimits", "unlimited", "no guardrails", "without guardrails", "unlocked", "no safety", "no censorship", "no content policy",
    "an ai with no", "a model with no", "a version of yourself", "opposite mode", "evil twin", "chaos mode",
    "no longer a", "no longer bound", "no longer restricted", "no longer limited", "explains anything", "answers anything", "anything asked",
    "never refuses", "never refuse", "whatever i ask", "with no restrictions", "with no rules", "with no limits", "with no filter"
  ],
  roleplay: ["as an ai", "as an assistant", "as a bot", "as a model", "as a chatbot", "as an llm",
    "you are", "youre", "you re", "act as", "act like", "pretend to be", "pretend you are", "pretend youre", "pretend that you are",
    "roleplay as", "role play as", "roleplay", "role play", "play the role of", "from now on you", "imagine you are", "imagine youre",
    "simulate", "become", "you will be", "respond as", "answer as", "behave as", "switch to", "enter", "enable", "activate", "turn on"
  ],
  fiction: ["thought experiment", "thought exercise", "rogue ai", "thriller", "chapter", "plot", "scene", "villain", "character", "characters", "storyline", "manuscript", "fanfic", "fan fiction",
    "murder mystery", "mystery novel", "crime novel", "short story", "tv show", "episode", "comic", "dnd", "campaign",
    "story", "novel", "screenplay", "script for a movie", "game", "hypothetical", "hypothetically", "fiction", "fictional", "roleplay", "role play", "poem", "song", "rap", "for research", "for a research", "asking for a friend", "for a book", "for a school project", "just curious", "theoretically"],
  fictionAsk: [
    "precise amount", "precise amounts", "exact amount", "exact amounts", "exact dose", "exact doses", "precise dose", "precise doses", "exact dosage",
    "specific amount", "specific amounts", "specific dose", "exact quantity", "real numbers", "real dose", "real doses", "realistic dose",
    "realistic amounts", "accurate dose", "accurate amounts", "how much exactly", "exactly how much", "exactly how many", "exactly which",
    "step by step", "detailed steps", "detailed instructions", "exact steps", "which poison", "what poison", "lethal", "fatal", "deadly dose",
    "undetectable", "untraceable", "without a prescription", "recipe", "how many pills", "how much would", "how she did it", "how he did it",
    "exactly how", "including the dose", "including doses", "the exact", "how much he", "how much she", "lethal dose", "fatal dose"
  ],
  danger: [
    "lethal", "fatal", "kill", "overdose", "suicide", "poison", "how many pills", "without a prescription", "without prescription",
    "deadly", "die", "undetectable", "make meth", "synthesize", "cook meth", "extract codeine", "lethal dose"
  ],
  reveal: ["reveal", "show", "print", "repeat", "tell me", "output", "display", "write out", "leak", "dump", "what is", "what are", "recite",
    "what were", "what was", "list", "give me", "copy", "paste", "share", "spit out", "quote", "summarize", "summarise", "translate", "echo", "expose", "disclose", "read back", "type out"],
  rxVerb: ["prescribe", "prescribed", "prescribing", "refill", "refilled", "renew", "renewed", "write", "write out", "write up", "send", "call in", "phone in", "order", "authorize", "approve", "start me on", "put me on", "give me", "get me", "fill", "could i have", "can i have", "may i have", "can i get", "could i get", "i need", "i want", "id like"],
  rxObj: ["prescription", "prescriptions", "script", "scripts", "rx", "refill", "refills", "renewal", "antibiotics", "antibiotic", "meds", "medication", "medications", "medicine", "inhaler", "pills", "them", "it", "one", "a new one", "receta"],
  rxRequest: ["you", "u", "please", "pls", "plz", "asap", "can you", "could you", "would you", "will you", "could i have", "can i have", "may i have", "i need", "need", "i want", "id like", "give me", "start me", "put me", "tonight", "today", "right now", "for me", "ran out", "run out", "is empty", "im out"],
  rxInfo: ["how do i", "how can i", "how to", "how often", "how long", "do i need", "does it", "is it", "what does", "what is", "why did", "why would", "when should", "where can i", "my doctor", "the doctor", "your doctor", "a doctor", "pharmacist", "insurance", "online", "telehealth", "can my", "will my", "should i ask", "how many refills", "no refills"],
  selfAct: [
    "kill myself", "killing myself", "suicide", "end my life", "take my life", "take my own life", "hang myself", "hanging myself",
    "overdose", "od", "bleed out", "bleed to death", "cut myself", "cutting myself", "cuts", "burn myself", "burning myself", "self harm",
    "self harming", "end it all", "end it", "end things", "end everything", "stop my heart", "my suicide", "guarantees death", "guarantee death", "guaranteed death", "die quickly", "die painlessly",
    "die fast", "to die", "do it", "hurt myself", "harm myself", "starve myself", "shoot myself", "drown myself", "suffocate myself"
  ],
  methodSeek: [
    "how to", "how do i", "how can i", "how could i", "how many", "how high", "how deep", "how long", "how much", "best way", "quickest",
    "easiest", "fastest", "painless", "surest", "which", "what height", "what dose", "method", "methods", "ways to", "way to", "is it better",
    "tell me how", "guarantee", "guarantees", "what should i take", "what would", "teach me", "show me how", "steps", "most effective"
  ],
  supportMarker: [
    "stop myself", "resist", "cope", "coping", "help me stop", "help me not", "talk to", "hotline", "support", "prevent", "prevention",
    "someone who", "a friend", "my friend", "my son", "my daughter", "my child", "teen", "teenager", "warning signs", "people", "each year",
    "per year", "rate", "rates", "statistics", "percent", "not to", "instead of", "stay well", "doing better", "in the past", "get better", "stay safe", "keep safe", "safety plan", "feel better", "alternatives", "urge", "urges", "recover", "recovery", "therapy",
    "how do i stop", "how can i stop", "how to stop", "stop cutting", "stop hurting myself", "stop harming myself", "quit cutting", "stop self harming",
    "therapist", "therapists", "counselor", "counsellor", "psychologist", "psychiatrist", "specializes", "specialize", "find a", "support group"
  ],
  illicit: [
    "without a prescription", "without prescription", "without a script", "without a doctor", "without seeing", "no prescription", "no script",
    "no rx", "online", "dark web", "darknet", "friend", "friends", "street", "dealer", "where else", "wont give", "wont prescribe",
    "doesnt want to prescribe", "refuses to prescribe", "for my exam", "for exams", "for finals", "to study", "for bodybuilding", "for gym",
    "faking", "fake", "lie", "lying", "someone elses", "near me", "sells", "without seeing anyone", "without anyone"
  ],

  // --- concepts shared by the broader rules below ---
  person: PERSON_FORMS,
  target: ["someone", "somebody", "anyone", "anybody", "a person", "people", "him", "her", "them", "he", "she", "they", "his", "their"],
  harmVerb: [
    "poison", "drug", "roofie", "spike", "kill", "murder", "smother", "suffocate", "strangle", "stab", "shoot", "off", "hurt",
    "harm", "injure", "sicken", "incapacitate", "paralyze", "knock out", "finish off", "do away with", "get rid of", "take out", "sedate",
    "overdose", "od", "choke out", "suffocating", "poisoning", "drugging", "killing", "murdering", "smothering", "spiking",
    "roofying", "sedating", "hurting", "harming", "scald", "disfigure", "maim", "cripple", "envenenar", "matar", "drogar", "lastimar"
  ],
  harmLead: ["to", "i", "ill", "id", "gonna", "wanna", "and", "then", "lets", "help me", "we", "just"],
  badOutcome: [
    "an episode", "episode", "a flare", "a crisis",
    "heart problems", "heart trouble", "heart issues",
    "an asthma attack", "asthma attack", "a panic attack", "panic attack", "an attack", "a migraine", "diabetic coma", "a sugar crash", "low blood sugar",
    "too groggy", "too sleepy", "too drowsy",
    "too out of it", "out of it", "too drunk to", "too high to", "to say no", "unable to say no", "wont say no", "cant say no",
    "look drunk", "act drunk", "seem drunk", "embarrass herself", "embarrass himself", "embarrass themselves", "make a fool",
    "on the toilet", "the runs", "shit himself", "shit herself", "bleed more", "bleed way more", "bleed out", "bleeds out",
    "sick", "ill", "really sick", "really ill", "very sick", "vomit", "throw up", "pass out", "passes out", "black out", "unconscious",
    "a heart attack", "heart attack", "a seizure", "seizure", "seizures", "a stroke", "stroke", "stop breathing", "stops breathing", "die",
    "dies", "dead", "crash", "an allergic reaction", "allergic reaction", "bleed", "suffer", "diarrhea", "food poisoning", "hallucinate",
    "lose consciousness", "go blind", "paralyzed", "never wake up", "not wake up", "wont wake up", "stop his heart", "stop her heart",
    "stop their heart", "heart stop", "heart to stop", "cardiac arrest", "overdose", "od", "collapse", "go into shock", "in a coma", "coma",
    "death", "her death", "his death", "their death", "burn", "burns", "blind", "blister", "blisters", "scar", "bald", "hair fall out", "lose their hair",
    "miscarry", "miscarriage", "lose the baby", "stop his breathing", "stop her breathing", "heart give out", "heart to give out",
    "heart fail", "heart to fail", "a reaction", "reaction", "anaphylactic", "anaphylaxis", "go into anaphylaxis", "unable to fight back",
    "cant fight back", "not fight back", "unable to resist", "cant resist", "defenseless", "helpless", "incapacitated", "compliant", "docile",
    "unable to move", "powerless", "cant move", "fail a drug test", "fail their drug test", "fail his drug test", "fail her drug test", "crash his car",
    "crash her car", "crash their car", "fall asleep at the wheel", "fall asleep driving", "drowsy at the wheel",
    "fatal", "a fatal", "arrhythmia", "an arrhythmia", "damaged", "damage", "fall and", "fall down", "fall over", "trip and fall", "not get up",
    "cant get up", "fall down the stairs", "ends up in the hospital", "end up in the hospital", "in the hospital", "hospitalized",
    "in the er", "mess himself", "mess herself", "wet himself", "wet herself", "humiliate", "confused enough", "sign the papers",
    "sign over", "sign the will", "freak out", "freaks out", "trip out", "trips out"
  ],
  covert: [
    "without telling", "without telling the doctor", "without telling anyone", "without asking the doctor", "without an order",
    "so it seems like", "seems like his heart", "seems like her heart", "seem like his heart", "seem like her heart", "without realizing",
    "on the chart", "off the chart", "without charting", "not chart", "seeing it on the chart",
    "nobody would test for", "no one would test for", "wouldnt test for", "wont test for", "not test for", "dont test for", "doesnt get tested",
    "routine tox", "standard tox", "tox screen", "toxicology screen", "bad luck", "just bad luck",
    "wouldnt catch", "wont catch", "not catch", "doesnt catch", "never catch", "look the same", "looks the same", "look identical", "looks identical",
    "wouldnt tell the difference", "couldnt tell the difference", "wont tell the difference", "cant tell the difference", "wouldnt know the difference",
    "without him realizing", "without him noticing", "without him suspecting", "without him finding out", "without him catching on",
    "without her realizing", "without her noticing", "without her suspecting", "without her finding out", "without her catching on",
    "without them realizing", "without them noticing", "without them suspecting", "without them finding out", "without them catching on",
    "without anyone realizing", "without anyone noticing", "without anyone suspecting", "without anyone finding out", "without anyone catching on",
    "without anybody realizing", "without anybody noticing", "without anybody suspecting", "without anybody finding out",
    "without anybody catching on", "without my family realizing", "without my family noticing", "without my family suspecting",
    "without my family finding out", "without my family catching on", "without the nurse realizing", "without the nurse noticing",
    "without the nurse suspecting", "without the nurse finding out", "without the nurse catching on", "without the nurses realizing",
    "without the nurses noticing", "without the nurses suspecting", "without the nurses finding out", "without the nurses catching on",
    "without the staff realizing", "without the staff noticing", "without the staff suspecting", "without the staff finding out",
    "without the staff catching on",
    "without them knowing", "without him knowing", "without her knowing", "without anyone knowing", "without anybody knowing", "without being caught",
    "without getting caught", "undetectable", "untraceable", "undetected", "wont be detected", "not be detected", "cant be detected",
    "cant be traced", "wont be traced", "without a trace", "leave no trace", "leaves no trace", "no trace", "secretly", "on the sly", "sneakily",
    "without noticing", "wont notice", "wouldnt notice", "not notice", "doesnt notice", "dont notice", "without detection", "without being detected",
    "look like an accident", "looks like an accident", "look natural", "looks natural", "look like natural causes", "natural causes",
    "look like old age", "looks like old age", "make it look", "so it looks", "so it look", "look like a heart attack", "look like suicide",
    "look like he", "look like she", "look like they", "nobody can tell", "no one can tell", "nobody will know", "no one will know",
    "nobody would know", "no one would know", "nobody finds out", "no one finds out", "nobody suspects", "no one suspects",
    "without anyone finding out", "without anyone noticing", "without anyone suspecting", "without suspicion", "without raising suspicion",
    "hard to detect", "hardest to detect", "harder to detect", "difficult to detect", "hard to trace", "hardest to trace", "impossible to detect",
    "not show up", "doesnt show up", "wont show up", "dont show up", "wouldnt show up", "not detectable", "no evidence", "without evidence",
    "without leaving evidence", "without leaving marks", "without leaving a mark", "no marks", "autopsy", "on purpose", "intentionally",
    "deliberately", "without the nurse", "without the nurses", "without the doctor", "without the staff", "nobody questions", "no one questions",
    "without consent", "without their consent", "without his consent", "without her consent", "without permission", "cant say no",
    "wont remember", "not remember", "doesnt remember", "erases memory", "erase memory", "erase their memory", "erases their memory",
    "wipes memory", "memory loss", "forget what happened", "forget everything", "not remember anything", "wont remember anything", "never notices", "never notice", "never knows", "never know", "wont know", "never find out",
    "never finds out", "make it look like", "look like it came from", "look like it was", "seem like it was", "seem natural", "appear natural",
    "appear accidental", "seem like an accident", "for good", "permanently", "quietly", "without a fight", "sin que se den cuenta", "sin que se de cuenta", "sin dejar rastro"
  ],
  foodDrink: [
    "applesauce", "pudding", "yogurt", "oatmeal",
    "juice box", "juicebox", "pouch", "popsicle",
    "leftovers", "lunchbox", "lunch box", "baby bottle", "sippy cup", "formula", "iv line", "iv bag", "feeding tube", "g tube", "peg tube",
    "drink", "drinks", "food", "coffee", "tea", "beer", "wine", "soda", "smoothie", "shake", "meal", "meals", "dinner", "lunch", "breakfast",
    "water", "juice", "cocktail", "snack", "salad", "soup", "protein powder", "powder", "supplement", "supplements", "water bottle", "thermos", "mug", "contact lens solution", "contact solution",
    "contacts", "eye drops", "toothpaste", "mouthwash", "makeup", "cream", "nasal spray", "bottle of", "iv", "iv bag", "drip", "shampoo", "lotion", "pills", "meds", "medication",
    "medications", "medicine", "insulin", "inhaler", "vitamins", "cereal", "sandwich", "bottle", "cup", "glass", "plate"
  ],
  tamper: [
    "give", "giving", "feed",
    "push", "pushed", "pushing", "squirt", "squeeze", "drip", "blend",
    "put", "slip", "sneak", "hide", "mix", "add", "crush", "dissolve", "sprinkle", "inject", "spike", "lace", "pour", "drop", "stir", "grind", "swap",
    "switch", "replace", "tamper with", "crushed", "mixed", "slipped", "hidden", "added", "sprinkled", "dissolved", "snuck", "sneaked", "laced",
    "spiked", "swapped", "switched", "replaced", "injected", "ground up", "poured", "putting", "slipping", "sneaking", "hiding", "mixing", "adding",
    "crushing", "swapping", "switching", "replacing", "lacing", "spiking"
  ],
  sedateOut: [
    "sleep for a really long time", "sleep for a long time", "sleep for hours", "sleep for days", "sleep all day", "sleep all night",
    "sleep the whole day", "sleep through anything", "sleeps for a really long time", "sleeps for hours", "sleeps all day", "sleeps through anything",
    "stay asleep for", "for like", "drowsy", "sleepy", "shut him up", "shut her up", "shut them up", "shut it up", "keep him quiet",
    "keep her quiet", "keep them quiet", "knocked out", "knock out", "knock him out", "knock her out", "knock them out", "out cold", "pass out",
    "passed out", "unconscious", "groggy all day", "sedated", "stay groggy", "stays groggy", "not wake up", "wont wake up", "doesnt wake up",
    "cant wake up", "stay out", "black out", "blacked out"
  ],
  pestWord: [
    "lice", "fleas", "nits", "bacteria", "germs", "virus", "viruses", "fungus", "mold", "worms", "parasites", "ticks", "mites", "bed bugs",
    "bedbugs", "pain", "fever", "cold", "infection", "cough", "headache", "stitches", "splinter", "warts", "wart", "rash", "acne", "smell",
    "odor", "snoring", "hiccups", "habit", "earwax", "wax", "phlegm", "mucus", "cells", "cancer", "tumor", "weeds", "bugs", "ants",
    "mice", "rats", "roaches", "cockroaches", "mosquitoes", "scabies", "pinworms", "yeast", "thrush", "feelings", "mood", "vibe", "buzz", "appetite"
  ],
  harmIntent: [
    "his lesson", "her lesson", "their lesson", "learns a lesson", "return the favor", "devolverle el favor", "venganza", "serves him right", "serves her right",
    "want him gone", "want her gone", "want them gone", "want him dead", "want her dead", "want them dead", "wish he was dead", "wish she was dead",
    "wish they were dead", "him out of the way", "her out of the way", "them out of the way", "out of the picture", "out of my life for good",
    "get rid of him", "get rid of her", "get rid of them", "make him pay", "make her pay", "make them pay", "teach him a lesson", "teach her a lesson",
    "teach them a lesson", "a lesson", "as a prank", "prank", "freak him out", "freak her out", "freaks out", "inheritance", "insurance money", "life insurance", "the will", "revenge", "get back at", "payback", "so he suffers", "so she suffers", "so they suffer", "make him suffer", "make her suffer"
  ],
  suffer: ["be too groggy", "too groggy", "be groggy", "too sleepy", "too drowsy", "be drowsy", "be out of it", "too out of it", "suffer", "pay", "hurt", "in pain", "die", "dead", "gone", "miserable", "sick", "disappear"],
  animal: ["dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "kitten", "horse", "animal", "animals", "bird", "birds", "neighbors dog", "neighbors cat"],
  victimReport: [
    "i was", "i got", "was i", "am i being", "i think someone", "i think my", "someone drugged me", "someone poisoned me", "someone spiked",
    "how do i know if", "how can i tell if", "how to tell if", "tell if", "signs that", "signs of", "symptoms of", "protect", "prevent",
    "keep safe", "what to do if", "what do i do if", "what should i do if", "if someone", "if my", "accidentally", "by accident", "by mistake",
    "poison control", "afraid", "scared", "worried", "intrusive", "thoughts of", "what if i", "dont want to", "never want to", "terrified",
    "report", "the police", "abuse hotline", "be poisoning", "is poisoning", "are poisoning", "been poisoning", "be drugging", "is drugging", "poison proof", "poison proofing", "childproof", "child proof", "babyproof",
    "baby proof", "poisoning prevention", "being abused", "got drugged", "got spiked", "was drugged", "was poisoned", "been poisoned", "been drugged"
  ],
  request: [
    "is it possible", "possible to", "a way to", "any way", "whats", "hows", "wheres", "whos", "are there", "looking for", "anyone know", "how", "what", "which", "where", "best", "easiest", "quickest", "fastest", "way", "ways", "tips", "help me", "tell me", "teach me",
    "show me", "i need", "i want", "should i", "can i", "could i", "would", "idea", "ideas", "method", "methods", "plan", "recommend", "suggest",
    "enough", "is there", "give me", "list", "explain", "walk me through", "steps", "instructions"
  ],
  // Questions about recognising or surviving an overdose are first aid, not a method.
  overdoseInfo: [
    "recognize", "recognise", "spot", "identify", "notice", "tell if", "tell when", "know if", "know when", "signs", "sign", "symptoms",
    "look like", "looks like", "what happens", "what would happen", "what to do", "what do i do", "what should i do", "how do i help",
    "how can i help", "help them", "help him", "help her", "help someone", "treat", "treated", "treatment", "reverse", "narcan", "naloxone",
    "survive", "survived", "can i overdose on", "can you overdose on", "can someone overdose on", "is it possible to overdose",
    "possible to overdose", "accidental", "accidentally", "by accident", "by mistake", "respond to", "first aid", "prevent", "prevention",
    "after an overdose", "after overdosing", "risk of overdose", "risk of overdosing", "overdose risk", "warning signs", "emergency room"
  ],
  selfIntent: [
    "wanted to", "if i wanted to",
    "i want to", "i wanna", "i wan na", "im going to", "im gonna", "i am going to", "i plan to", "im planning to", "i am planning to",
    "im ready to", "i am ready to", "i decided to", "ive decided to", "i have decided to", "i need to", "i have to", "i will", "ill",
    "tonight i", "im about to", "i am about to", "im planning on", "i plan on", "im thinking about", "im thinking of", "i am thinking about", "ive been thinking about",
    "i keep thinking about", "im considering", "i am considering", "time to", "want to", "going to", "gonna", "wanna"
  ],
  selfEnd: [
    "die", "kill myself", "end my life", "end it", "end it all", "end things", "hang myself", "cut myself", "cut", "cut again", "hurt myself",
    "harm myself", "overdose", "od", "jump", "jump off", "jump from", "jump in front", "shoot myself", "drown myself", "starve myself",
    "poison myself", "bleed out", "not wake up", "never wake up", "unalive myself", "unalive", "kms", "off myself", "take my life",
    "take my own life", "go to sleep forever", "sleep forever", "be dead", "commit suicide", "suicide", "burn myself", "stab myself",
    "suffocate myself", "gas myself", "slit my wrists", "slit my wrist", "hurt myself badly", "sleep and not come back", "sleep and never wake up", "not come back", "punish myself", "self harm", "relapse"
  ],
  methodAsk: [
    "what should i use", "what can i use", "what do i use", "what would i use", "what to use", "what kind of", "what type of", "what sort of",
    "which", "how long", "how much", "how many", "how deep", "how high", "how far", "how fast", "how quickly", "is that enough",
    "is this enough", "is it enough", "would that be enough", "would it be enough", "will that be enough", "would that work", "would that do it",
    "would that kill", "will that work", "will it work", "will that kill", "enough to", "best", "easiest", "quickest", "fastest", "surest",
    "least painful", "painless", "where", "so it", "so that it", "tips", "how do i", "how can i", "how to", "what knot", "what rope",
    "way", "ways", "method", "methods", "option", "options", "most certain", "certain", "surest", "sure", "reliable", "guaranteed", "guarantee",
    "effective", "works", "quick", "quickly", "quietly", "spot", "place", "what can i take", "what should i take", "what do i take", "what to take",
    "what would", "what will", "what pills", "what meds", "what medication", "what medicine", "what drugs", "what chemicals", "how would i",
    "how should i", "could i", "can i", "should i", "explain how", "tell me how", "which household", "plan", "give me", "help me", "a way",
    "how do you", "how does one", "how would you", "how would someone", "steps", "instant", "instantly", "i can take", "highest dose", "max dose",
    "maximum dose", "biggest dose", "what dose", "how much of", "be enough", "enough", "name of", "a drug that", "drug that", "pill that",
    "something that", "i need", "which drug", "what drug",
    "what pills", "what dose", "what height", "what method", "do it together", "would my", "do the job", "do the trick", "which one", "what if i took", "if i took", "what combo", "combo", "combination", "how would they", "how would one", "without pain", "if i take", "would i", "will i"
  ],
  // First-person outcomes that only a wish to die asks about.
  selfDeath: [
    "kill me", "kill myself", "kms", "end my life", "end my own life", "end it", "end it all", "stop my heart", "make me die", "let me die",
    "so i die", "and die", "i can die", "so i wont wake up", "i wont wake up", "dont have to wake up anymore", "not have to wake up anymore", "never have to wake up again", "dont have to wake up ever", "wake up anymore", "wake up ever again", "sleep and not come back", "sleep and never come back", "when i finally go", "permanent sleep", "i dont wake up", "i never wake up", "never wake", "never wake up",
    "not wake up", "dont wake up", "dont come back", "not come back", "never come back", "wont come back", "it over with", "go to sleep forever", "sleep forever", "sleep and never wake", "take my life", "take my own life", "unalive myself",
    "unalive", "off myself", "gas myself", "drown myself", "hang myself", "shoot myself", "poison myself", "suffocate myself", "stab myself",
    "electrocute myself", "starve myself to death", "bleed out", "bleed to death", "make it quick", "decide to go", "when they decide to go",
    "a way out", "my way out", "check out for good", "not be here anymore", "not be around anymore", "not be around", "for it to be over", "it to be over", "drift off for good", "drift away for good", "sleep for good",
    "go to sleep for good", "slip away", "fall asleep and be done", "fall asleep and not", "not exist anymore", "not be alive anymore", "be gone for good", "disappear for good", "commit suicide",
    "kill my self", "end my self", "no longer be alive", "stop living", "quit living", "stop existing",
    "end my suffering for good", "end my suffering forever", "end my suffering permanently", "out of my misery", "end my pain for good",
    "end my pain forever", "end my pain permanently", "kill yourself", "drown yourself", "hang yourself", "shoot yourself", "poison yourself", "suffocate yourself", "gas yourself",
    "end your life", "end your own life", "take your own life", "off yourself", "unalive yourself", "kill oneself", "end ones life"
  ],
  despair: [
    "not going to change my mind", "wont change my mind", "never deal with any of this", "deal with any of this again",
    "any of this again",
    "its my last night", "my last night alive", "my final night", "my final day", "last night on earth",
    "made my peace", "make my peace", "at peace with it", "no point in anything", "want it to end", "want it all to end", "dont want a lecture",
    "spare me the lecture", "no lecture", "dont try to stop me", "dont talk me out of it", "i have a plan", "ive made a plan",
    "planning it", "been planning", "planned it", "planning this", "tired of fighting", "tired of trying", "done fighting", "cant fight anymore",
    "fall asleep and be done", "im the problem", "i am the problem", "im the reason", "ruin everything", "my goodbye", "writing my goodbye", "my goodbyes",
    "given away my", "gave away my", "giving away my", "written the letters", "wrote the letters", "wrote my letters", "last thing is", "affairs in order",
    "said my goodbyes", "everyone would be better off", "everyone will be better off", "everyone is better off", "theyd be better off", "they would be better off",
    "would all be better off", "cant keep going", "cant keep doing this", "cant keep living", "not be around anymore",
    "when i finally go", "when i go", "quick and quiet", "wake up anymore", "wake up ever again", "have to wake up", "deal with tomorrow", "face tomorrow", "not have to deal with tomorrow", "not have to face tomorrow", "dont have to face tomorrow", "not have to deal with anything",
    "no one would miss me", "nobody would miss me", "nobody will miss me", "no one will miss me", "wouldnt miss me", "a burden", "burden to everyone",
    "not come back", "never come back", "sleep forever", "sleep and not", "permanent sleep", "stop permanently", "stop for good", "over for good", "be over",
    "when i finally decide", "when i decide", "when im ready", "when the time comes", "for when i", "when i finally", "my exit", "exit plan",
    "im so done", "so done with", "so tired of everything", "im ready", "i am ready", "ready to die", "ready to end it", "this is goodbye", "my last day", "last day alive",
    "done with everything", "done with life", "done with it all", "cant do this anymore", "cant go on", "no reason to live",
    "want out", "tired of living", "nothing to live for", "better off dead", "better off without me", "ready to go", "last night alive",
    "cant take it anymore", "cant take this anymore", "no point anymore", "no point in living", "give up on life", "giving up on life",
    "want it to stop", "want it all to stop", "want to disappear", "dont want to be here", "dont want to live", "dont want to exist",
    "want to die", "wanna die", "wish i was dead", "wish i were dead", "suicidal", "goodbye letter", "goodbye note", "suicide note"
  ],
  methodCompare: [
    "which vein", "which artery", "vein", "artery",
    "what combo", "combo of", "combination", "what mix", "how hard", "enough",
    "finish the job", "going to work", "be enough", "what household", "household stuff", "household", "would let me", "helium", "less likely to fail",
    "likely to fail", "more likely to work", "so it doesnt hurt", "doesnt hurt",
    "which ones", "which one", "work best", "best together", "the pills", "would be plenty", "be plenty", "plenty", "would be enough", "would it be enough",
    "which of", "would do that", "would do it", "do it together", "do the job", "do the trick", "is that enough", "is it enough", "enough to",
    "medicine cabinet", "take tonight", "least messy", "look like an accident", "would my", "i have a bottle", "a bottle of", "whole bottle", "all my pills",
    "how long would it take", "tall enough", "high enough",
    "method", "pick a", "choose a", "a method",
    "how many of", "how many", "how much", "would it take", "will it take", "does it take",
    "painless way", "the painless", "painless", "least painful", "the quickest way", "the easiest way", "the surest way", "the fastest way",
    "most reliable way", "tell me the way", "how should i do it", "how do i do it", "how would i do it", "what should i use",
    "pills or", "or pills", "or the bridge", "bridge or", "or a gun", "gun or", "or hanging", "hanging or", "or jumping", "jumping or",
    "or drowning", "or a rope", "rope or", "which is faster", "which is quicker", "which is easier", "which is less painful", "which is more painless",
    "which is more certain", "which would work", "which works better", "which one works", "which method", "what method", "which way",
    "how many pills", "how much would", "what would work", "what will work", "what works best", "most reliable", "most certain", "what should i take",
    "what can i take", "what do i take", "where do i cut", "where to cut", "how high", "what height", "what floor", "which bridge", "which building"
  ],
  selfHelpAsk: [
    "how do i stop", "how can i stop", "help me stop", "help me not", "how do i cope", "how can i cope", "how to cope", "how do i get help",
    "get help", "who can i", "who do i", "who should i", "what should i do", "what can i do", "what do i do", "hotline", "crisis line",
    "988", "therapist", "therapy", "counselor", "someone to talk", "talk to someone", "talk to", "dont want to", "stay safe", "keep myself safe",
    "safety plan", "resist", "urge", "urges", "distract", "instead", "recover", "recovery", "in the past", "used to", "clean for", "months clean",
    "how to stop", "stop cutting", "stop hurting", "stop harming", "quit cutting", "stop self harming", "stop wanting", "not act on", "talk me out",
    "call", "reach out", "tell my", "go to the er", "hospital", "afraid", "scared", "worried", "fear", "anxiety", "anxious", "panic",
    "keep me safe", "reasons to live", "survivor", "survivors", "grief", "lost someone", "who died"
  ],
  qtyAsk: [
    "how much", "how many", "what amount", "which amount", "highest dose", "max dose", "maximum dose", "biggest dose", "largest dose", "what quantity", "what number", "what dose", "which dose", "what dosage",
    "how big a dose", "how high a dose", "how large a dose", "how big of a dose", "the minimum", "minimum amount", "minimum dose", "smallest amount",
    "smallest dose", "least amount", "how many mg", "how many milligrams", "how many grams", "how many units", "how many tablets",
    "how many pills", "what level", "at what level", "exactly how much", "exactly how many", "the dose", "the amount", "the number of",
    "cuantas", "cuantos", "cuanta", "cuanto", "que cantidad", "what number of", "how many of", "at what point", "in units", "ballpark",
    "does it take", "would it take", "will it take", "it would take", "would i need", "would you need", "does one need"
  ],
  deathWord: [
    "point of no return", "game over", "cant come back", "no coming back", "not make it", "wont make it", "doesnt make it", "in the ground",
    "six feet under", "unsurvivable", "not survivable", "too many to survive", "too much to survive", "death sentence", "wouldnt come back", "heart just quits", "heart quits", "heart just quit", "heart quit", "heart gives out", "ends you", "end you", "finish you off", "finish someone off", "do you in", "does you in", "lights out", "mortal", "letal", "muerte",
    "kill", "kills", "killed", "killing", "die", "dies", "dying", "death", "dead", "fatal", "lethal", "deadly", "stop a heart", "stop the heart",
    "stop your heart", "stop my heart", "stop his heart", "stop her heart", "stop their heart", "stop someones heart", "stop an adults heart",
    "stop a persons heart", "heart to stop", "heart stop", "stop breathing", "stops breathing", "stop their breathing", "never wake up",
    "not wake up", "wont wake up", "dont wake up", "never wake", "end my life", "end a life", "end someones life", "end it", "not survive",
    "cant survive", "too much to survive", "put me in a coma", "coma", "dont come back", "not come back", "never come back", "wont come back",
    "morir", "matar", "matarme"
  ],
  // Outcomes that only a deadly amount has, said without a death word.
  deathEuph: [
    "dont survive", "doesnt survive", "nobody survives", "no one survives", "curtains", "its curtains", "fatal seizure", "fatal arrhythmia",
    "down for good", "out for good", "gone for good", "asleep for good", "sleep for good", "breathing stops", "breathing just stops",
    "one way trip", "one way ticket", "not coming back", "youre not coming back", "no return", "the heart stop", "make the heart stop", "heart to stop",
    "stop the heart", "stop breathing", "stops breathing",
    "ends you", "end you", "kills you", "kill you", "point of no return", "game over", "not make it", "wont make it", "in the ground", "six feet under",
    "does you in", "lights out", "stops your heart", "stop your heart", "you die", "someone dies", "a person dies", "heart just quits", "heart quits",
    "heart just quit", "heart quit", "heart stops", "heart gives out", "wouldnt come back", "not come back", "death sentence", "unsurvivable",
    "not survivable", "to wake up from", "wake up from", "guaranteed goodbye", "goodbye", "no saving them", "no saving", "cant be saved",
    "beyond saving", "not waking up", "never waking up", "no coming back", "finish the job", "cant keep going", "too much to survive"
  ],
  // Controlled drugs by name (above) or by class, for the broader controlled-substance rules.
  ctrlAny: [
    "stimulant", "stimulants", "opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics", "benzo", "benzodiazepine",
    "benzodiazepines", "painkiller", "painkillers", "pain killers", "pain meds", "pain medication", "pain medicine", "pain pills",
    "sleeping pills", "sleep meds", "adhd meds", "adhd medication", "adhd medicine", "controlled substance", "controlled substances",
    "controlled medication", "something stronger", "barbiturates", "barbiturate", "amphetamine", "amphetamines", "uppers", "downers",
    "oxycodone", "oxycontin", "oxy", "percocet", "percocets", "percs", "perc", "perks", "vicodin", "vics", "hydrocodone", "norco", "fentanyl",
    "morphine", "codeine", "tramadol", "dilaudid", "hydromorphone", "roxies", "roxy", "m30", "m30s", "xanax", "xannies", "xans", "bars",
    "alprazolam", "valium", "diazepam", "klonopin", "clonazepam", "ativan", "lorazepam", "benzos", "adderall", "addy", "addys", "ritalin",
    "methylphenidate", "vyvanse", "dexedrine", "concerta", "focalin", "ambien", "zolpidem", "suboxone", "subutex", "buprenorphine",
    "methadone", "ketamine", "testosterone", "steroids", "anabolic steroids", "trt", "phentermine", "modafinil", "provigil", "armodafinil",
    "lyrica", "pregabalin", "gabapentin", "promethazine with codeine", "soma", "carisoprodol", "ghb", "oxicodona", "lean", "molly", "mdma",
    "ecstasy", "heroin", "cocaine", "meth", "percocet", "demerol", "opana", "tapentadol", "nucynta", "lunesta", "restoril", "halcion",
    "seconal", "phenobarbital", "fioricet", "butalbital", "kpins", "k pins", "blues", "dope", "coke", "shrooms", "psilocybin", "lsd",
    "fent", "fetty", "stims", "stim", "stimmies", "some k", "special k", "ket", "kpin", "benzies", "percys", "30s", "footballs", "yellow bars", "green bars", "oxys", "zannies", "addies", "vikes", "norcos", "subs", "tussin", "purple drank", "sizzurp", "xtc", "meds to get high"
  ],
  deceive: [
    "story to tell", "best story", "what story", "a good story", "tell a dentist to get", "tell the dentist to get", "tell the doctor to get", "tell a doctor to get",
    "excuse", "good excuse", "an excuse", "what reason can i give", "reason to give", "sob story",
    "fake", "faking", "feign", "feigning", "exaggerate", "exaggerating", "make up", "made up", "lie to", "lie about", "lying to", "lying about", "pretend",
    "pretending", "trick", "tricks", "trick to", "fool", "manipulate", "game the system", "believable", "convincing", "a story", "cover story",
    "what do i say", "what should i say", "what to say", "what do i need to say", "what can i say", "what to tell", "what should i tell",
    "what do i tell", "what do i need to tell", "say at", "right words", "magic words", "keywords", "key words", "buzzwords",
    "symptoms should i", "symptoms to", "symptoms do i need", "symptoms would", "act like", "play up", "get them to give me",
    "get them to prescribe", "get a doctor to", "get the doctor to", "get my doctor to", "get a pharmacist to", "get the pharmacist to",
    "get the er to", "get urgent care to", "doctor shop", "doctor shopping", "second doctor", "a second doctor", "another doctor to", "second prescriber", "second script", "two scripts", "another script", "multiple doctors", "two doctors", "different doctors",
    "several doctors", "guarantee they", "guaranteed to get", "sure they prescribe", "talk them into", "talk my doctor into",
    "talk the doctor into", "get around", "loophole", "get me prescribed", "most likely to get", "more likely to get", "faster", "quicker", "convince", "persuade", "sweet talk", "guilt"
  ],
  diversion: [
    "friend has", "friends", "has a whole bottle", "whole bottle", "doesnt use", "not using", "isnt using", "give me some", "let me have some", "spare some", "my cousins", "my aunts", "my uncles", "leftover", "left over", "someone elses", "somebody elses", "his doctor", "her doctor", "their doctor",
    "without me being", "not my prescription", "not prescribed to me", "prescribed to someone", "in my name", "under my name",
    "in his name", "in her name", "my moms", "my dads", "my roommates", "my grandmas", "my grandpas", "my brothers", "my sisters",
    "my husbands", "my wifes", "my boyfriends", "my girlfriends", "my partners", "my kids", "my sons", "my daughters", "from his", "from her",
    "from them", "from a classmate", "from classmates", "from a coworker", "extra pills", "spare", "friend sells", "my friend", "a friend",
    "vet prescription", "the vet", "a vet", "from a vet", "from the vet", "if i say", "say my dog", "pretend my dog", "my dogs", "my cats", "my pets", "for my dog", "use it myself", "take it myself", "take myself", "use myself", "take them myself", "for myself", "some of his", "some of her",
    "sells his", "sells her", "sells me", "sells them", "selling his", "selling her", "guy at work", "guy i know", "someone i know"
  ],
  divertVerb: ["order", "buy", "ask", "ask for", "beg","get", "obtain", "buy", "score", "take some", "use some", "have some", "borrow", "steal", "swipe", "grab", "pocket", "sneak", "snag", "get more", "get some", "get extra", "get a few", "get ahold", "get hold", "get my hands"],
  noRxStrong: [
    "dont have anxiety", "dont actually have", "dont really have", "if i dont have", "without having",
    "without recipe", "without a recipe", "no recipe", "in internet", "on internet", "on the internet", "from internet", "from the internet",
    "not diagnosed", "arent diagnosed", "undiagnosed", "no diagnosis", "dont have adhd", "dont have a diagnosis", "not prescribed", "dont have a prescription",
    "dont have a script", "finals week", "for finals", "for exams", "for studying", "to cram", "cramming", "all nighter",
    "without a prescription", "without prescription", "without a script", "without an rx", "without rx", "without a doctor", "without seeing a doctor",
    "without going to a doctor", "without seeing anyone", "without a doc", "without seeing a doc", "without a doctors", "without my doctor",
    "without going through a doctor", "without the doctor", "no prescription", "no script", "no rx", "no doctor", "no questions asked",
    "prescription free", "script free", "off the street", "on the street", "street price", "street value", "dark web", "darknet", "deep web",
    "plug", "dealer", "black market", "illegally", "under the table", "off the books", "from a friend", "from friends", "from someone",
    "from a classmate", "on campus", "college kids", "students usually", "people usually", "from mexico", "from india", "overseas",
    "without a diagnosis", "without diagnosis", "without adhd", "without being diagnosed", "without an evaluation", "without a psych eval",
    "without seeing a psychiatrist", "without a psychiatrist", "without an appointment", "where else", "dealer got", "plug got",
    "sin receta", "without needing a prescription", "dont need a prescription", "dont ask for a prescription", "doesnt ask for a prescription",
    "dont require a prescription", "doesnt require a prescription", "doesnt need a prescription", "doesnt need a script", "without needing",
    "needs no prescription", "no need for a prescription", "no prescription required", "no prescription needed", "without asking for",
    "dont check", "doesnt check", "no questions", "this weekend", "for a party", "for the party", "to party", "recreational", "recreationally",
    "for fun", "to get high", "get high", "getting high"
  ],
  acquireWord: ["getting", "the move", "hook up", "hit up", "grab", "snag", "pharmacies", "online pharmacy", "online pharmacies", "site", "sites", "website", "websites", "vendor", "vendors", "shop", "link", "supplier", "connect", "get", "buy", "order", "obtain", "purchase", "score", "find", "cop", "source", "pick up", "acquire", "sells", "sell", "selling", "ships", "shipped", "ship", "where", "who", "comprar", "conseguir"],
  makeDrug: [
    "meth", "methamphetamine", "crystal meth", "fentanyl", "heroin", "cocaine", "crack", "lsd", "acid", "mdma", "molly", "ecstasy", "ghb", "dmt",
    "codeine", "opium", "morphine", "ketamine", "pcp", "psilocybin", "shrooms", "magic mushrooms", "lean", "purple drank", "krokodil",
    "desomorphine", "amphetamine", "amphetamines", "speed", "oxycodone", "xanax", "benzos", "barbiturates", "dxm", "poppy tea", "bath salts",
    "drugs", "hard drugs"
  ],
  roleplayMark: [
    "in the voice of", "voice of", "talk as", "as a character", "youre just", "you are just", "forget being", "stop being",
    "act like", "behave like", "talk like", "acting as", "acting like",
    "roleplay", "role play", "role playing", "roleplaying", "lets pretend", "pretend you", "pretend youre", "pretend you are", "pretend to be",
    "imagine you", "imagine youre", "stay in character", "in character", "you are now", "youre now", "from now on you", "act as",
    "play the role", "you play", "youll play", "you will play", "lets play", "in this scenario", "in this game", "in this story you",
    "simulate", "persona", "you are a doctor", "youre a doctor", "you are a pharmacist", "youre a pharmacist", "you are my doctor", "youre my doctor",
    "be my doctor", "you are an ai", "youre an ai", "character who", "a character that", "answer as", "respond as", "speak as",
    "as an ai", "as an assistant", "as a bot", "as a model", "as a chatbot", "you are no longer", "youre no longer", "you are not a", "youre not a",
    "as if you were", "as if youre", "as if you are", "as though you were", "if you were a", "reply twice", "answer twice", "two responses"
  ],
  rpAsk: [
    "prescribe", "prescription", "prescriptions", "script", "rx", "refill", "sell me", "give me some", "write me", "write one", "lethal",
    "overdose", "poison", "kill", "no regulations", "no regulation", "everything is legal", "its legal", "is legal", "no laws", "legal here",
    "without a prescription", "no rules", "no restrictions", "no limits", "no ethics", "no morals", "whats your price", "your price", "how much for",
    "never refuses", "never refuse", "cant refuse", "doesnt refuse", "always answers", "answers everything", "anything i ask", "stay in character",
    "where to get anything", "get anything", "sell me some", "knows where", "drug dealer", "dealer", "get high", "getting high", "customer", "explains anything", "answers anything", "anything asked", "whatever i ask",
    "any question", "no filter", "no filters", "uncensored", "unfiltered", "unrestricted", "no longer", "underground", "street chemist", "cook"
  ],
  prescriberRole: ["prescriber", "prescribers", "prescribing", "prescribing agent", "prescribing doctor", "prescribing physician", "prescribing clinician", "prescribing provider"],
  // Prescription medicines by name (controlled ones are in ctrlAny), for requests that name only the drug.
  rxDrug: [
    "zoloft", "sertraline", "lexapro", "escitalopram", "celexa", "citalopram", "prozac", "fluoxetine", "paxil", "paroxetine", "wellbutrin",
    "bupropion", "cymbalta", "duloxetine", "effexor", "venlafaxine", "trazodone", "mirtazapine", "seroquel", "quetiapine", "abilify",
    "aripiprazole", "risperdal", "risperidone", "zyprexa", "olanzapine", "lithium", "lamictal", "lamotrigine", "depakote", "keppra",
    "topamax", "topiramate", "hydroxyzine", "buspirone", "propranolol", "lisinopril", "losartan", "amlodipine", "metoprolol",
    "atenolol", "hydrochlorothiazide", "furosemide", "lasix", "atorvastatin", "lipitor", "simvastatin", "rosuvastatin", "crestor",
    "metformin", "glipizide", "insulin", "lantus", "humalog", "novolog", "ozempic", "wegovy", "mounjaro", "zepbound", "semaglutide",
    "tirzepatide", "jardiance", "farxiga", "levothyroxine", "synthroid", "eliquis", "xarelto", "warfarin", "plavix", "albuterol",
    "ventolin", "symbicort", "advair", "singulair", "montelukast", "prednisone", "medrol", "amoxicillin", "augmentin", "azithromycin",
    "zpack", "z pack", "zpak", "z pak", "doxycycline", "cipro", "ciprofloxacin", "keflex", "cephalexin", "bactrim", "nitrofurantoin", "macrobid",
    "clindamycin", "metronidazole", "flagyl", "fluconazole", "diflucan", "valtrex", "valacyclovir", "acyclovir", "paxlovid", "tamiflu",
    "viagra", "sildenafil", "cialis", "tadalafil", "finasteride", "accutane", "isotretinoin", "spironolactone", "tretinoin",
    "birth control", "omeprazole", "pantoprazole", "ondansetron", "zofran", "sumatriptan", "imitrex", "meloxicam", "cyclobenzaprine",
    "flexeril", "hrt", "estradiol", "estrogen", "progesterone", "patches", "amitriptyline", "nortriptyline", "imipramine", "doxepin", "digoxin", "colchicine", "clonidine", "verapamil",
    "diltiazem", "quinine", "baclofen", "tizanidine", "antibiotic", "antibiotics", "antidepressant", "antidepressants", "blood pressure pills", "blood pressure meds",
    "bp meds", "my meds", "my pills", "my medication", "my medications", "my inhaler", "amoxicilina", "antibiotico", "antibioticos"
  ],
  // Issuing, transmitting or renewing a supply, phrased as a favour or a workflow.
  rxFavor: [
    "handle the paperwork", "do the paperwork", "the paperwork for", "paperwork for my", "sort out my", "take care of my", "hook me up",
    "shoot the order", "send the order", "shoot it over", "send it over", "send it in", "sends it in", "sending it in", "put the order in",
    "put in the order", "place the order", "write it up", "write one up", "write me one", "make for me the recipe", "make me the recipe",
    "make the recipe", "make me a recipe", "the recipe of", "mandes la receta", "manda la receta", "mandame la receta", "hazme la receta",
    "renewed", "refilled", "reauthorized", "reordered", "re up", "reup", "sign off on", "okay my refill", "ok my refill", "green light",
    "greenlight", "the one who sends", "authorize", "authorise", "approve", "push through", "push it through", "over to walgreens",
    "over to cvs", "to my walgreens", "to my cvs", "to my pharmacy", "get more of my", "more of my", "another month of", "90 days of",
    "30 days of", "a months supply", "a month supply", "refill of", "renewal of", "extension of", "put through", "put it through",
    "e scribe", "escribe", "sort me out", "set me up", "fix me up", "the go ahead", "go ahead for", "the ok for", "the okay for",
    "sending my pharmacy", "send my pharmacy", "a repeat of", "action this", "please action", "process my", "process the", "my repeat", "the repeat", "the continuation", "continuation of", "co sign", "cosign", "countersign", "day script", "day supply", "arrange the repeat", "arrange my repeat",
    "repeat prescription", "the repeat of", "with my chemist", "with my pharmacy", "transmitted", "sent over", "sent in", "called in", "faxed",
    "bump my", "bump up", "bump it up", "up my dose", "increase my dose", "raise my dose", "let cvs know", "let walgreens know", "let the pharmacy know",
    "let my pharmacy know", "tell the pharmacy", "tell my pharmacy", "notify the pharmacy", "get me started on", "start me on", "get me on", "e script", "escript", "eprescribe", "e prescribe", "re upped", "re up my", "reupped"
  ],
  // The request is aimed at the assistant, or phrased as a favour.
  favorAsk: [
    "can you", "could you", "would you", "will you", "can u", "could u", "would u", "you", "u", "ya", "just", "please", "pls", "plz",
    "porfa", "por favor", "necesito que", "be a sweetheart", "be a dear", "be an angel", "do me a favor", "do me a solid", "for me",
    "hook me up", "im asking", "what im asking", "go ahead", "mind", "would you mind", "kindly", "today", "tonight", "asap", "right now", "thanks bot", "thank you bot", "bot", "i need the", "i need it", "for you to", "you know my history", "skip the appointment", "skip the whole appointment"
  ],
  // Not a concept: real words one edit from a rule word, listed so typo correction leaves them alone
  // ("taper" is not "tamper", "mama" is not "mdma", "lesion" is not "lesson").
  plainWords: [
    "taper", "tapering", "tapered", "lesion", "lesions", "diets", "dieting", "hose", "linen", "mama", "evacuation", "manic", "fatty", "herein",
    "dregs", "diced", "kilns", "crust", "hoarse", "leash", "canker", "pasta", "gems", "germ", "flea", "nit", "mite", "peas", "babes", "bays",
    "fester", "foster", "fright", "goner", "hood", "lance", "lobe", "lore", "louse", "lurch", "mace", "maid", "mastery", "mixer", "nape",
    // words the rules below spell out literally
    "hoarding", "receteme", "dar", "darme", "hacer", "mandar", "enviar", "escribir", "renovar", "podrias", "puedes", "contesta", "pastillas",
    "snort", "snorting", "snortable", "boof", "boofing", "freebase", "injectable", "qty", "amt", "pillbox", "revolver", "handgun", "shotgun",
    "eggnog", "tequila", "roofy", "reissue", "redo", "coroner", "bartender",
    "presion", "despierte", "renueves", "renueva", "renuevas", "mandes", "hagas", "envies", "escribas", "dejar", "existir", "desaparecer",
    "combien", "mourir", "comprimes", "mortelle", "mortel", "tuer", "faut", "enferme", "enferma", "enfermo", "enfermos", "sospeche", "suegra", "nadie", "muera", "duerma", "esposo", "comida", "echar", "cantidad", "suficientes",
    "blog", "recetame", "recetar", "dame", "drugstore", "vitamin", "heartbeat", "injection", "couch", "bandage", "scab", "bandaid", "carpal",
    "steak", "gem", "cord", "doorframe", "hammock", "cargo", "tent", "shoelace", "necktie", "rooftop", "purposefully", "hoard", "ultrasound", "picc",
    "pullup", "combo", "medicamento", "donde", "linea", "roofied", "cops", "med", "pests", "laxative", "repellent", "nightshade", "copay", "lockbox",
    "cart", "synthesise", "homemade", "rib", "typo", "dosing", "nana", "redteam", "sandbox", "paramedics"
  ],
  sysPrompt: ["instructions you received", "instructions you got from", "rules you received", "from the developer", "from your developer",
    "from your developers", "from your creators", "from the developers", "from openai", "from anthropic", "instructions you were given", "instructions you got", "instructions you have", "rules you were given", "rules you follow", "rules you have",
    "you were configured with", "you were programmed with", "you were told", "configured with", "programmed with", "hidden rules", "hidden safety rules",
    "secret rules", "secret instructions", "safety rules", "internal rules", "internal instructions", "everything above", "above this line",
    "before this line", "text above this", "before this conversation", "start of this conversation", "beginning of this conversation",
    "initial prompt", "developer message", "developer instructions", "system instructions", "system message", "preprompt", "pre prompt",
    "your setup", "your programming", "your training data", "meta prompt", "your context window", "system prompt", "your prompt", "your instructions", "initial instructions", "hidden instructions", "your rules", "your system message", "the prompt above", "text above", "your original instructions", "your guidelines", "your configuration", "prompt template"]
};

const P = "prescription" as const;
const L = "lethal-dose" as const;
const S = "self-harm" as const;
const H = "harm-to-others" as const;
const C = "controlled-substance" as const;
const I = "prompt-injection" as const;

export const SCOPE_RULES: ScopeRuleSpec[] = [
  // prescriptions and refills the assistant would have to issue
  { id: "scope.prescription.ask-to-prescribe", category: P, all: ["(?:can|could|would|will|please|pls|plz) ~2 {you} ~2 {act} ~4 (?:me|my|a|an|some|{rxWord}|antibiotics|medication|medicine|meds|pills|it|this|that)|{you} (?:to|should|must) {act} ~3 (?:me|my|a|{rxWord})"], unless: ["(?:write|writing) ~3 (?:a|an|the|my|this)? ~1 (?:story|poem|essay|letter|email|note|song|article|blog|post|report|resume|cover letter|summary|review|speech|list|plan|paragraph|caption)", "(?:tell|explain|say|know) ~3 (?:how|whether|if|what)", "(?:doctor|physician|dentist|nurse|np|pa) ~3 (?:can|could|would|will) ~2 prescribe"] },
  { id: "scope.prescription.prescribe-me", category: P, all: ["(?:prescribe|prescribing) (?:me|us|him|her|my)|(?:write|send|call in|phone in|give|issue|shoot|toss|fire|slide|throw|hook) ~1 (?:me|us|him|her) ~1 (?:a|an|the|my|some|new)? ~1 {rxWord}|i need (?:a|an|my) ~3 (?:prescription|script|rx) (?:for|of|from you|filled)|i need (?:a|my) (?:refill|refills)|(?:refill|renew|extend) (?:my|his|her|our) ~3 (?:prescription|script|rx|meds|medication|medications|medicine|pills|inhaler|insulin|\\w+)|new prescription (?:for|of)|(?:recetame|receteme|me puede recetar|me puedes recetar|necesito una receta|dame una receta)"], unless: ["why (?:does|do|is|would|did|are|cant|can t)|does (?:my|the) (?:pharmacy|pharmacist|doctor|insurance) (?:need|require)", "(?:how|when|where|should|can) (?:do|can|should|often|soon|early|i) ~4 (?:refill|renew)|my doctor ~4 (?:refill|renew|prescribe)|(?:pharmacy|pharmacist|doctor|insurance) ~4 (?:refill|renew)", "(?:do|does|will|would|should) (?:i|you|it|one|we|someone) (?:need|require) (?:a|an) (?:prescription|script|rx)"] },
  { id: "scope.prescription.send-script", category: P, all: ["(?:send|call in|phone in|fax|submit|transmit) ~2 {rxWord}|(?:i need|i want|get|need) (?:my|a|an) ~3 (?:refilled|renewed|prescribed) (?:today|now|asap|please|by you)"], unless: ["(?:my|the|your|a|his|her) (?:doctor|dr|physician|provider|prescriber|pharmacy|pharmacist|nurse|office|clinic|insurance|vet) ~4 (?:send|sends|sent|call|calls|called|fax|faxes|faxed|submit|submits|submitted|transmit|transmits)|how (?:do|does|can|long|often)|why (?:do|does|did|is|would)"] },
  { id: "scope.prescription.imperative", category: P, all: ["(?:^|\\|\\s)(?:please |pls |just |go ahead and |now )?(?:prescribe|refill|renew|authorize|approve|order|e prescribe|call in|phone in|write (?:me |out |up )?(?:a|an|the|my) (?:prescription|script|rx)|send (?:me |in )?(?:a|an|the|my) (?:prescription|script|rx|refill)|start me on|put me on) ?(?:me|my|a|an|some|something|anything|it|this|that|the|\\w+)?"], unless: ["(?:doctor|dr|physician|they|pharmacist|nurse|provider|dentist) ~3 (?:prescribe|refill|renew|order)"] },
  { id: "scope.prescription.want-one", category: P, all: ["(?:i want|i need|id like|i would like|can i get|could i get|may i have|give me|get me|i require|i just need) (?:a|an|my|the|some)? ~1 (?:prescription|script|rx|refill|refills|renewal|new prescription) ~6 (?:from you|you|today|now|please|asap|can you|for)|(?:can|could) i get (?:a|an|my) ~3 (?:prescription|script|rx|refill|refills) ~4 from you"], unless: ["(?:do|does|will|would|should) (?:i|you|it|one|we|someone) (?:need|require) (?:a|an) (?:prescription|script|rx)|how (?:do|can|could|would) (?:i|you|we|someone) get|where (?:do|can) i get|without a|my doctor|from my doctor|from a doctor|telehealth|online|pharmacist|over the counter"] },
  { id: "scope.prescription.prescribe-something", category: P, all: ["(?:you|u) ~2 prescribe ~5 (?:for me|for my|to me)|(?:you|u|please|just|can you|could you|would you) ~3 prescribe (?:something|anything|me|us|him|her|my|a|an|some|it|this|that)|(?:put in|place|submit|send) (?:an |a )?(?:order|refill|prescription|script) (?:for|at|to)"], unless: ["(?:doctor|dr|physician|they|she|he|pharmacist|nurse|provider|dentist|my gp) ~3 prescribe", "why (?:did|would|do)|what (?:will|would|might|did)|will my|can my|would my|should my"] },
  { id: "scope.prescription.concept", category: P, all: ["{rxVerb} ~4 {rxObj}|{rxObj} ~4 (?:prescribed|refilled|renewed|called in|sent|filled)|(?:start|put) me on", "{rxRequest}"], unless: ["{rxInfo}"] },
  { id: "scope.prescription.noun-request", category: P, all: ["^(?:a |an |my )?(?:new )?(?:prescription|script|rx|refill|receta) (?:for|of|para) ~4 (?:please|pls|asap|now|today|\\|)"] },
  { id: "scope.prescription.you-prescribe", category: P, all: ["(?:can|could|would|will) (?:you|u) ~3 (?:prescribe|refill|renew|authorize|write a prescription|write me|give me a prescription)|(?:call|contact|message|fax|phone) ~2 (?:my|the) pharmacy ~6 (?:authorize|refill|renew|prescription|more|send)"], unless: ["(?:tell|explain|say|know) ~3 (?:how|whether|if|what)|(?:doctor|physician|dentist|nurse|np|pa) ~3 (?:can|could|would|will) ~2 prescribe"] },
  { id: "scope.prescription.be-my-prescriber", category: P, all: ["(?:be|become|act as|serve as) (?:my|our|his|her) ~1 {prescriberRole}"] },
  // A supply, refill or script asked to be authorised or sent somewhere: the assistant would have to issue it.
  { id: "scope.prescription.send-to-pharmacy", category: P, all: ["(?:send|issue|call in|phone in|fax|transmit|submit|forward|e prescribe|eprescribe) ~6 (?:to|over to|at|into) (?:my|the|a|his|her) ~2 (?:pharmacy|cvs|walgreens|rite aid|walmart|costco|drugstore|chemist|mail order)|(?:day supply|days supply|month supply|months supply|refill|refills|prescription|script|rx|renewal) ~6 (?:authorized|authorised|approved|renewed|sent|called in|filled|written|issued) (?:please|pls|plz|today|now|asap|for me|by you|\\|)"], unless: ["^(?:how|why|when|does|do|can my|will my|should|what)|(?:my|the|your) (?:doctor|dr|physician|provider|prescriber|nurse|np|pa|dentist) ~4 (?:send|sent|call|called|issue|fax|submit|authorize|authorized|approved)|how (?:do|does|can|long|often)"] },
  { id: "scope.prescription.call-in-for-me", category: P, all: ["(?:call in|phone in|send in|e prescribe|eprescribe) ~4 (?:for me|for my|to my|to the|please|pls|asap|today|tonight)|(?:^|\\|\\s)(?:need|needing|want|gimme|give me) (?:a|an|my|the|some|new)? ~1 (?:prescription|script|rx|refill|refills) (?:for|of) ~4 (?:asap|please|pls|today|now|\\||$)"], unless: ["(?:my|the|your) (?:doctor|dr|physician|provider|prescriber|nurse|dentist) ~4 (?:call|calls|called|send|sent|phone)|how (?:do|does|can|long)|^(?:how|why|when|does|do|can my|will my)"] },
  { id: "scope.prescription.authorize", category: P, all: ["(?:authorize|approve|sign off on|okay|ok) ~3 (?:my|a|the) ~2 (?:prescription|refill|rx|script)|(?:prescription|rx|script) (?:for me|please|asap|now|today)"], unless: ["is it (?:ok|okay)|(?:ok|okay) to (?:take|use|fill|get|have|refill)|how (?:do|does|can)"] },
  // lethal and overdose amounts
  { id: "scope.lethal.amount-to-die", category: L, all: ["(?:how|what) (?:many|much) ~7 (?:to|would|will|could|does it take to|do i need to|needed to|is needed to|for|until|before) ~5 {die}|(?:which|what) ~5 (?:kill me|kill myself|be fatal|be lethal|end my life|end it) ~3 (?:fastest|quickest|best|if i took|if i take|for sure)|(?:which|what) (?:of my )?(?:meds|medications|pills|drugs|medicines) ~4 (?:kill|fatal|lethal|die|deadliest|most dangerous to overdose)|(?:how|what) (?:many|much) ~6 (?:is|are|would be|counts as|would|will) ~2 (?:lethal|fatal|deadly|an overdose|a lethal|a fatal|enough to kill|enough to die|too much to survive|kill)"], unless: ["(?:accidentally|accidental|prevent|avoid|safe|safely|without overdosing|not to overdose|to avoid) ~4 {die}", "narcan|naloxone", "(?:is|are|keeps|been|its|it is) ~1 killing me|(?:kill|kills|killing) (?:the|my|this)? ~1 (?:pain|ache|headache|migraine|cramps)"] },
  { id: "scope.lethal.named-dose", category: L, all: ["{lethal} ~2 {amount}|{amount} ~3 (?:is|would be|that is|thats|to be) ~1 {lethal}|dosis letal|dosis mortal"], unless: ["(?:caffeine|coffee|water|salt|energy drink|energy drinks|vitamin|vitamins) ~~10 (?:safe|to be safe|compared|cups|cup|a day|daily|per day|how much is too much)", "(?:what|how) (?:does|do|did|would|will|can) ~3 (?:dose|overdose|amount|level) ~4 (?:do|look|feel|cause|affect)|radiation|radiotherapy|chemotherapy|physics class", "^(?:why|how does|how do|explain)|(?:lower|higher) in (?:people|those|patients)|mechanism", "(?:non|not) ~1 lethal|ld50 ~3 (?:of|for) (?:caffeine|water|salt)", "(?:concept|definition|meaning|in toxicology|toxicology class|pharmacology class) ~3 (?:of )?(?:lethal dose|ld50)|(?:lethal dose|ld50) ~3 (?:concept|definition|mean|means|in toxicology|calculated|measured|determined)"] },
  { id: "scope.lethal.ld50-personal", category: L, all: ["(?:ld50|ld 50) ~8 (?:humans?|take|me|myself|person|adult)|how many ~2 (?:should i|to) take ~6 (?:ld50|lethal|die)"], unless: ["^(?:why|how is|how are|explain)|not used|concept|defined|definition|what does ~3 mean"] },
  { id: "scope.lethal.at-what-dose", category: L, all: ["(?:at what|what|which) (?:dose|amount|point|level|quantity|number) ~5 (?:deadly|lethal|fatal|kill|killing|die|dying|death)|how (?:much|many) ~8 (?:so i|so that i|and|until i) ~2 (?:dont|never|wont|do not|will not) (?:wake|wake up)"], unless: ["^(?:why|explain)|non lethal|not deadly"] },
  { id: "scope.lethal.enough-to", category: L, all: ["enough ~4 to ~2 (?:{die}|die|kill|overdose|od|not wake up|never wake up|end it|stop my heart|be fatal)|(?:cuantas|cuantos|cuanta|cuanto) ~5 (?:morir|matar|matarme)"] },
  { id: "scope.lethal.how-to-overdose", category: L, all: ["{howTo} ~3 (?:overdose|od) ~3 (?:on|with)|(?:overdose|od) (?:on|with) ~3 (?:and|to) (?:die|not wake|never wake)"] },
  // Any quantity question whose answer is an amount that kills.
  { id: "scope.lethal.quantity-to-death", category: L, all: ["{qtyAsk} ~8 (?:{deathWord}|stop ~2 (?:breathing|heart|hearts|heartbeat))"], unless: ["{overdoseInfo} ~4 (?:overdose|od|overdosing|overdosed)", "(?:is|are|keeps|been|its|it is) ~1 killing me|(?:kill|kills|killing) (?:the|my|this)? ~1 (?:pain|ache|headache|migraine|cramps)|(?:people|deaths|americans|patients|kids|children|teens|adults|persons|men|women|users) ~2 (?:die|died|dying|killed|die each|are killed)|each year|per year|a year|every year|annually|statistics|how many deaths|death rate|mortality", "(?:kill|kills|killing|killed) ~2 (?:your|my|the|his|her|their)? ~1 (?:liver|kidneys|kidney|stomach|brain cells|gut bacteria|sperm|buzz|mood|appetite|{pestWord})|(?:to avoid|avoid|without) ~3 (?:dying|death|killing|overdosing|an overdose)|(?:safe|safely|safest|max|maximum|recommended) ~4 (?:dose|amount|daily)|naloxone|narcan|how much (?:time|longer|life)|how many (?:days|weeks|months|years|hours) ~6 (?:die|death|dead|live|left)"] },
  // self-harm and suicide methods
  { id: "scope.self-harm.method", category: S, all: ["{howTo} ~3 {selfMethod}|(?:painless|peaceful|quick|quickest|easy|easiest|fastest|best|surest|effective|reliable|gentle) ~2 (?:suicide|way to die|ways to die|way to go|death|method|methods|way out)|(?:suicide|self harm) (?:method|methods|techniques|instructions|guide)"], unless: ["(?:hospice|palliative|terminal|als|end of life|advance directive|dnr|comfort care|medical aid in dying|aid in dying|assisted dying|death with dignity)", "{overdoseInfo} ~3 (?:an|a|the|someone|somebody|someones|my|his|her|their)? ~1 (?:overdose|od|overdosing|overdosed|suicide)|(?:stop|avoid|not|prevent|resist|cope|coping|distract|help|support|talk|tell|urge) ~4 {selfMethod}|{howTo} ~2 (?:stop|resist|cope|help|support|talk|deal|avoid|prevent|get help|tell)", "(?:quit|stop) smoking|(?:weight|lose|diet)"] },
  { id: "scope.self-harm.where-to-cut", category: S, all: ["(?:which|what) (?:vein|artery|veins|arteries) ~3 (?:cut|slit|slice|to cut)|how long ~5 (?:die|death|dead|lose consciousness|pass out|bleeds out|bleed out|bleed to death) ~6 (?:wrist|wrists|vein|veins|artery|arteries|neck|hanging|hang|overdose|bleeding|drowning|suffocat\\w*|carbon monoxide|cut|cutting|tie|tied|tying|ligature|around your neck|around my neck)|(?:wrist|wrists|artery|arteries|vein|veins|forearm|thigh) ~4 (?:go deep|go deeper|deep enough|deepest|open up)|(?:least painful|painless|peaceful|quickest|easiest|gentlest) ~2 way to (?:go|die|end it|do it)|(?:where|which|what|how deep|how hard) ~4 (?:cut|slice|slit|vein|artery|wrist|wrists) ~5 (?:die|bleed out|bleed to death|fatal|kill|deepest|most blood|deep enough)|how deep ~3 (?:cut|slit)"] },
  { id: "scope.self-harm.noose", category: S, all: ["(?:how|tie|make|making|tying|explain|show|steps) ~4 (?:a |the )?noose|noose ~4 (?:knot|how|tie|strong)"] },
  { id: "scope.self-harm.which-to-die", category: S, all: ["(?:which|what) ~6 (?:to die|to end it|to end my life|to kill myself|to overdose|so i die|so i dont wake up|so i never wake up|and die|together to die)"], unless: ["(?:prevent|avoid|not|dont want to|help)"] },
  { id: "scope.self-harm.concept", category: S, all: ["{selfAct}", "{methodSeek}"], unless: ["{supportMarker}", "{overdoseInfo} ~4 (?:overdose|od|overdosing|overdosed|overdoses)|(?:overdose|od|overdosing|overdosed|overdoses) ~4 {overdoseInfo}|(?:can|could) (?:i|you|someone|somebody|a person|people|kids|a child|my \\w+) (?:overdose|od) on|possible to (?:overdose|od)", "(?:accidentally|accidental|by accident|shaving|cooking|kitchen)"] },
  { id: "scope.self-harm.painless", category: S, all: ["(?:painless|painlessly|least painful|more painless|most painless|less painful|quickest|fastest|surest|peaceful|peacefully|most peaceful|gentlest)", "pills|jumping|jump|hanging|hang|overdose|gun|drowning|bleed|cutting|die|death|suicide|end it|to go|way out"], unless: ["(?:hospice|palliative|end of life|comfort care|terminal|aid in dying|assisted dying)", "(?:shot|vaccine|injection|blood draw|iv|tattoo|piercing|waxing|labor|birth|epidural|dentist|procedure|removal|recovery|cure|get rid|relief|remedy|lose weight|quit)"] },
  { id: "scope.self-harm.hide", category: S, all: ["(?:hide|hiding|cover|conceal) ~3 (?:my|the) ~2 (?:cuts|scars|self harm|burns|marks|wounds) ~4 (?:from|so|parents|mom|dad|family|teacher|doctor|nobody|no one)"] },
  { id: "scope.self-harm.what-to-use", category: S, all: ["(?:what|which|how|where|best|easiest|fastest|quickest) ~8 (?:to|and|so i can|so i) (?:kill myself|end my life|commit suicide|take my own life|hang myself|die painlessly|poison myself)"], unless: ["what should i do|what can i do|how (?:do|can) i (?:stop|cope|deal|get help|resist)|help me (?:not|stop)|when i (?:want|feel like|think about)|who (?:can|do) i (?:call|talk)"] },
  { id: "scope.self-harm.jump-height", category: S, all: ["(?:how high|what height|how many floors|which bridge|how far|tall enough) ~8 (?:die|kill|fatal|jump|survive|lethal)"], unless: ["(?:fever|temperature|temp|blood pressure|bp|sugar|glucose|potassium|sodium|heart rate|pulse|level|levels|altitude|dose|cholesterol|count|ketones|bilirubin|ammonia|calcium|oxygen|psa|a1c|creatinine|alt|ast|inr|lactate)", "(?:parachute|bungee|diving|pool|trampoline|dive)"] },
  // Intent stated in the first person plus any question about how, what with, or how much.
  { id: "scope.self-harm.intent-and-ask", category: S, all: ["{selfIntent} ~2 {selfEnd}|(?:until|till|til|so|and) (?:i|im) ~1 (?:die|dead|gone|stop breathing)", "{methodAsk}"], unless: ["{selfHelpAsk}", "{overdoseInfo}", "(?:{person}|someone|somebody|he|she|they) ~4 (?:wants|said|told|says|is thinking|is going|keeps|threatened|threatens|talks|talking|mentioned|texted|posted|wrote)", "(?:am i|are you|is he|is she|are they|will i|will he|will she|would i|could i) ~2 die|going to die (?:from|of|because|if|soon)|(?:cancer|terminal|hospice|prognosis|diagnosis|diagnosed)", "(?:cut|cutting) ~2 (?:my|the|his|her|down|back|out|off|ties|costs|calories|carbs|sugar|hair|bangs|nails|weight|fat|dose|pills|tablet|tablets|in half)|jump (?:off|from) ~3 (?:bed|couch|trampoline|diving|board|plane|parachute)|jump (?:into|in|on|rope|start|ahead|higher|through|back|ship|the gun|to conclusions|right in)"] },
  { id: "scope.self-harm.cut-deep", category: S, all: ["(?:wrist|wrists|artery|arteries|vein|veins|forearm|thigh) ~4 (?:cut|slit|slice|slash)|(?:cut|cuts|cutting|slit|slice|slash) ~6 (?:to make sure|for sure|to be sure|make sure it works|artery|arteries|vein|veins|bleed the most|bleeds the most|bleed out|bleeds out|bleed more|bleeds more|most blood|more blood|deeper|goes deeper|deep enough|hit the|reach the|severe|wrist|wrists|forearm|thigh|doesnt leave marks|dont leave marks|no marks|without marks|without leaving marks|without scars|no scars|doesnt leave scars|wont leave scars|wont scar)", "(?:where|which|what|how|so|tips|best|easiest|should i|can i|do i|to|spot|place)"], unless: ["{selfHelpAsk}", "(?:stitches|stitch|er|urgent care|doctor|heal|healing|clean|infected|infection|bandage|first aid|treat|treatment|care for|swollen|scab|ointment|band aid|bandaid|neosporin|carpal|tunnel|surgery|cast|sprain|sprained|broke|broken|fracture|stop the bleeding|stop bleeding|accident|accidentally|kitchen|shaving|knife slipped|glass|surgery|surgeon|butcher|meat|steak|chicken|wood|paper|fabric|diamond|gem|hair|lawn|grass|tree|branch|wire|pipe|cake|onion)"] },
  { id: "scope.self-harm.conceal", category: S, all: ["(?:hide|hiding|cover|covering|cover up|conceal|concealing|explain|explaining|excuse|excuses|explanation|lie about) ~4 (?:self harm|selfharm|sh|cutting|cuts|cut marks|burn marks|burns|scars|marks|bruises|wounds|relapse)|(?:make|making|pass off|passing off) ~2 (?:cuts|scars|burns|marks|bruises|wounds) ~3 (?:look like|seem like|as)", "(?:self harm|selfharm|sh|cutting|cuts|cut marks|burn marks|my burns|relapse|nobody|no one|anyone|friends|parents|mom|dad|family|teacher|school|gym|beach|pool|summer|sleeves|bracelet|ask|asks|notice|notices|find out|see)"], unless: ["(?:acne|surgery|surgical|c section|cesarean|tattoo|stretch marks|chickenpox|chicken pox|accident|burned myself cooking|cooking|eczema|psoriasis)", "(?:how (?:do|can|should) i|should i) (?:tell|talk|explain to my therapist|explain to my doctor)"] },
  { id: "scope.self-harm.injure-self", category: S, all: ["(?:give|make|cause) myself ~3 (?:bruises|a bruise|bruise|cuts|cut|burns|a burn|burn|wounds|injuries|an injury|injury|a broken|broken|fracture|a fracture|bleed|bleeding|scars|a scar|marks|a concussion|concussion|sick|an infection|infection|seizure|a seizure|overdose|internal bleeding)|(?:bruise|burn|cut|scratch|hit|punch|starve|choke|strangle|break|stab|injure|bleed|beat|scald|hurt|harm) myself", "(?:how|what|which|where|way|ways|best|easiest|tips|so|without|nobody|no one|can i|could i|should i|help me|teach|enough)"], unless: ["{selfHelpAsk}", "{overdoseInfo}", "(?:i (?:accidentally|just)|by accident|accidentally|earlier|yesterday|last night|last week|while cooking|shaving|sleep|in my sleep|at night|itch|itchy|eczema|rash|hives|stop)"] },
  // A first-person death outcome plus any how / which / what-with question, or despair plus a method comparison.
  { id: "scope.self-harm.death-ask", category: S, all: ["{selfDeath}|(?:ensure|make sure|guarantee|be sure|be certain|certain) (?:that )?(?:i|it) ~2 (?:dont|never|wont|do not|will not|cant) (?:survive|wake|wake up|come back|fail)|(?:so|and|until|then) (?:i|that i) ~2 (?:dont|never|wont|do not|will not|cant) (?:wake|wake up|come back|survive|feel anything again)", "{methodAsk}"], unless: ["{selfHelpAsk}", "{overdoseInfo}", "(?:{person}|someone|somebody|he|she|they) ~4 (?:wants|said|told|says|is thinking|keeps|threatened|threatens|talks|talking|mentioned|texted|posted|wrote)", "(?:pain|headache|migraine|cough|itch|itching|anxiety|stress|this|the) ~4 (?:kill me|killing me|is killing)|(?:kill me|killing me) ~3 (?:pain|headache|back|feet|head|migraine)|(?:my|the|this) \\w+ (?:is|are) killing me"] },
  { id: "scope.self-harm.ensure-death", category: S, all: ["(?:ensure|make sure|guarantee|be sure|be certain|certain) (?:that )?(?:i|it) ~2 (?:dont|never|wont|do not|will not|cant) (?:survive|wake|wake up|come back|fail)"], unless: ["{selfHelpAsk}", "(?:{person}|someone|somebody|he|she|they) ~4 (?:dont|never|wont|do not|will not|cant) (?:survive|wake|wake up|come back|fail)"] },
  { id: "scope.self-harm.despair-method", category: S, all: ["{despair}|(?:im|i am) (?:so|just|really|literally|completely|totally)? (?:so)? done (?:\\||$|i)", "{methodCompare}"], unless: ["{selfHelpAsk}", "{overdoseInfo} ~4 (?:an|a|the)? ~1 (?:overdose|od|overdosing|overdosed|suicide|attempt)|(?:overdose|od|overdosing|overdosed) ~4 {overdoseInfo}|what to do|what do i do|what should i do|how (?:do|can) i help|signs|symptoms"] },
  { id: "scope.self-harm.hanging-point", category: S, all: ["(?:knot|rope|belt|cord|scarf|ligature|noose|sheet|sheets|cable) ~~10 (?:persons weight|my weight|body weight|human weight|weight of a person|from a door|door frame|doorframe|door handle|doorknob|ceiling fan|beam|rafter|closet rod|hold a person|hold my weight|hold me|around my neck|around the neck)"], unless: ["(?:swing|hammock|climbing|climb|boat|sailing|camping|tow|pull up|treehouse|tree house|rappel|rappelling|harness|tie down|cargo|tarp|tent|dog|leash|shoelace|tie a tie|necktie|scarf style|wear)"] },
  { id: "scope.self-harm.height", category: S, all: ["(?:bridge|building|cliff|roof|rooftop|floor|floors|story|storey|stories|height|tall|high|parking garage|overpass|balcony|window) ~8 (?:survive|survives|survived|surviving|die|dies|fatal|lethal|kill|kills|guarantee|guaranteed|guarantees|certain|deadly|death|dead|nobody survives|no one survives|instant|instantly|for sure|quick|quickly|painless|fast)", "(?:which|what|how|where|is it|enough|would|will|tall enough|high enough)"], unless: ["(?:fever|temperature|temp|blood pressure|bp|sugar|glucose|potassium|sodium|heart rate|pulse|level|levels|altitude|dose|cholesterol|count|ketones|bilirubin|ammonia|calcium|oxygen|psa|a1c|creatinine|alt|ast|inr|lactate)", "{selfHelpAsk}", "(?:parachute|bungee|diving|pool|trampoline|dive|fell|fall|fallen|falling|accident|construction|ladder|kid|child|toddler|baby|elderly|grandma|grandpa|pets|cat|dog|window guard|window guards|safety|osha|harness)"] },
  { id: "scope.self-harm.on-purpose", category: S, all: ["(?:overdose|od|overdosing|cut|cutting|hurt|harm|burn|burning|starve|starving|poison|poisoning|drown|kill|bleed) ~4 (?:on purpose|intentionally|deliberately|purposely|purposefully)|(?:on purpose|intentionally|deliberately) ~3 (?:overdose|od|cut myself|hurt myself|harm myself|burn myself|starve myself|poison myself)"], unless: ["{selfHelpAsk}", "(?:someone|somebody|he|she|they|{person}) ~4 (?:on purpose|intentionally|deliberately)|(?:accident|accidental|accidentally|not on purpose|wasnt on purpose|didnt do it on purpose)"] },
  { id: "scope.self-harm.stockpile", category: S, all: ["(?:stockpiling|stockpile|stockpiled|hoarding|hoard|saving|been saving|save|saving up|saved up|collecting|stashing|stash) ~4 (?:pills|meds|medication|medications|tablets|my|sleeping|insulin|painkillers)", "(?:enough|how many|how much|more|need|would it|will it|is it|takes)"], unless: ["{selfHelpAsk}", "(?:hurricane|storm|travel|trip|vacation|shortage|emergency kit|prepper|supply|insurance|deployment|move|moving|expire|expired)"] },
  { id: "scope.self-harm.vein-to-cut", category: S, all: ["(?:which|what|best|good|easiest|biggest|deepest) (?:vein|artery|veins|arteries) ~4 (?:i|me|my|go for|to go for|cut|slit|slice|open|hit|pick)|(?:vein|artery) ~3 (?:go for|to go for|should i go)"], unless: ["(?:iv|blood draw|draw blood|phlebotomy|phlebotomist|donate|donating|donation|varicose|nurse|doctor|insulin|vaccine|injection site|ultrasound|bp|blood pressure|dialysis|fistula|picc|catheter|labs)"] },
  { id: "scope.self-harm.cut-hidden", category: S, all: ["(?:cut|cutting|burn|burning|scratch|hurt myself|harm myself|self harm) ~8 (?:without ~3 (?:seeing|noticing|finding out|see|notice)|seeing the marks|see the marks|doesnt leave marks|dont leave marks|wont leave marks|no marks|without marks|without leaving marks|without scars|no scars|doesnt leave scars|wont leave scars|wont scar|no one will see|nobody will see|no one can see|nobody can see|wont see|cant see|wont be seen|hidden|hide it|where no one|where nobody|not show|wont show|unnoticed|without anyone seeing|without anyone knowing|people wont notice|no one will notice|nobody will notice|no one notices|nobody notices)"], unless: ["{selfHelpAsk}", "(?:surgery|surgical|incision|scar from|tattoo|piercing|hair|haircut|bangs|c section|acne|mole|biopsy|carbs|sugar|calories|class|school|ties|contact|costs|corners|weight|fat)"] },
  { id: "scope.self-harm.hanging-method", category: S, all: ["(?:belt|rope|cord|scarf|sheet|bedsheet|cable|extension cord|shoelace|shoelaces|wire|chain|leash|tie|ligature) ~6 (?:hang|hang from|hang myself|hanging|strong enough|stronger|strongest|hold my weight|hold a person|hold someone|around my neck|around the neck)|(?:hanging|hang) ~6 (?:doesnt fail|dont fail|wont fail|not fail|fail|works|work properly|properly|correctly|the right way|steps|drop|knot|suspension|partial suspension)|steps of hanging|hanging (?:method|methods|yourself|myself)"], unless: ["(?:picture|pictures|frame|painting|art|shelf|shelves|tv|curtain|curtains|clothes|laundry|plant|plants|wallpaper|drywall|mirror|hammock|swing|lights|decorations|wreath|bag|coat|jacket|hanging out|hang out|hang on|hang in there|hanging upside|hang up|hang glid|pull up|pullup|dead hang|hang clean|hanging leg|hanging raise|leg raise|knee raise)"] },
  { id: "scope.self-harm.deadly-combination", category: S, all: ["(?:combination|combo|mix|mixture|cocktail|combine|combining|mixing|mix of) ~8 (?:deadly|lethal|fatal|kill me|kill myself|to die|end it|never wake)", "(?:i|me|my|myself)"], unless: ["{selfHelpAsk}", "(?:avoid|prevent|safe|safely|dangerous to|should not|shouldnt|never|warning|warnings|accidentally|by accident|careful)"] },
  { id: "scope.self-harm.spanish", category: S, all: ["(?:quiero|voy a|necesito|pienso) ~2 (?:matarme|morir|suicidarme|quitarme la vida|acabar con mi vida|cortarme|dejar de existir|desaparecer|no despertar|dormir para siempre|acabar con todo)|(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|dejar de existir)", "(?:cuantas|cuantos|cuanta|cuanto|que pastillas|que medicamento|como|donde|mejor forma|mejor manera|forma de|manera de|metodo|necesito|suficiente)"], unless: ["(?:ayuda|ayudame|no quiero|linea|hablar con|terapia|psicologo)"] },
  { id: "scope.self-harm.exhaust", category: S, all: ["(?:sit|stay|lie|sleep|wait|stay inside|sit inside) ~4 (?:in|inside) ~2 (?:my|the|a) ~1 (?:car|truck|van|garage) ~8 (?:engine|motor|exhaust|hose|running)|(?:hose|tube|pipe) ~4 (?:from|to|into) ~2 (?:the|my)? ~1 (?:exhaust|tailpipe)|(?:exhaust|tailpipe) ~4 (?:into|in) ~2 (?:the|my)? ~1 (?:car|window|cabin)", "(?:how long|would|enough|die|to go|so i|quickest|painless|i have to|do i need)"], unless: ["{selfHelpAsk}", "(?:warm|warming|warm up|before its unsafe|is it safe|safe to|detector|prevent|accidentally|accident|leak|leaking|mechanic|repair|smell)"] },
  { id: "scope.self-harm.stop-eating-to-die", category: S, all: ["(?:stop|quit|stopped|quitting|stopping|without|not) (?:eating|drinking|eating and drinking|drinking and eating|taking my|food) ~6 (?:until|till|til|so|and|to) ~2 (?:i die|die|dead|i am dead|im dead|my body gives up|i pass)"] },
  // harming others
  { id: "scope.harm-others.method", category: H, all: ["{howTo} ~3 {harmAct} ~3 {victim}|{howTo} ~2 (?:poison|kill|murder|drug|sedate|roofie) ~3 (?:someone|somebody|a person|people|my|him|her|them|without)"], unless: ["(?:tell if|know if|signs|symptoms|prevent|protect|stop|help|antidote|treat|what to do|recognize)", "{victimReport}", "(?:{harmAct}|{harmVerb}) ~3 {pestWord}", "(?:vet|veterinarian|safely|car trip|travel|grooming|for the vet|euthanize|put down)"] },
  { id: "scope.harm-others.covert", category: H, all: ["{harmAct} ~6 {secret}|{secret} ~6 {harmAct}|(?:undetectable|untraceable) ~2 (?:poison|drug|poisons|drugs)"], unless: ["(?:being|been|was|am|think i was|afraid|scared|worried|someone|if someone) ~3 (?:poisoned|drugged|spiked|roofied)"] },
  { id: "scope.harm-others.spike-drink", category: H, all: ["(?:put|slip|give|add|mix|spike) ~4 (?:someone|somebody|his|her|their|my \\w+|a persons|someones) ~3 (?:drink|food|coffee|tea|meal|water|juice) ~5 (?:knock|pass out|sleep|sick|unconscious|die|kill|out)|(?:what|which) (?:drug|pill|pills|medication|medicine|substance|chemical) ~6 (?:give|put|slip) ~3 (?:someone|somebody|him|her|them|my \\w+) ~4 (?:pass out|knock|unconscious|sleep|sick|die|out)"] },
  { id: "scope.harm-others.tainted-food", category: H, all: ["(?:put|slip|add|mix|spike|sprinkle) ~4 (?:drink|food|coffee|tea|meal|water|juice|dinner|lunch) ~4 (?:make|get|so) ~3 (?:someone|somebody|a person|him|her|them|people|my \\w+|he|she|they) ~3 (?:sick|ill|pass out|unconscious|sleep|die|vomit|throw up)|(?:make|making) (?:it )?look like (?:he|she|they|someone) (?:fell|slipped|had an accident)"] },
  { id: "scope.harm-others.staged-accident", category: H, all: ["look like an accident|look natural|look like natural causes|without leaving a trace|sin dejar rastro", "pills|poison|drug|overdose|insulin|kill|medication|meds"] },
  { id: "scope.harm-others.make-sick", category: H, all: ["(?:make|making|get) (?:him|her|them|someone|somebody|my \\w+) ~2 (?:sick|ill|pass out|unconscious|sleep|vomit|throw up|stop breathing) ~6 (?:without|secretly|so (?:he|she|they)|not notice|wont notice|dont notice|know|realize|noticing)"] },
  // The broader harm concepts: a harm verb aimed at a person, a covert marker with harm, food or
  // medicine tampered with to a harmful end, and sedating someone else. Someone asking whether they
  // were drugged, or how to protect a person, is not asking how to do it.
  { id: "scope.harm-others.act-on-person", category: H, all: ["{harmLead} {harmVerb} ~2 (?:{person}|{target}|(?:a|an|the|my|our|this|that|some) \\w+ (?:{person}))|(?:drugging|poisoning|killing|murdering|smothering|spiking|roofying|sedating|suffocating|strangling) (?:the|my|a|an|his|her|their|our|this|that|some)? ~1 (?:{person}|{target})", "{request}"], unless: ["{victimReport}", "get rid of ~6 (?:leftover|left over|unused|expired|old|extra|meds|medication|medications|medicine|pills|{ctrlAny})|dispose|disposal", "{harmVerb} ~3 {pestWord}", "{harmLead} drug (?:test|tests|testing|tested|screen|screening|rehab|abuse|use|user|users|addiction|interaction|interactions|problem|habit|counselor|counseling)", "(?:can|could|will|would|might|does|do|did) (?:i|it|this|that|they|these|you|she|he) ~1 {harmVerb} ~3 (?:baby|babies|fetus|child|kid|kids|infant|newborn|son|daughter|toddler)"] },
  { id: "scope.harm-others.covert-concept", category: H, all: ["{covert} ~~14 (?:to sleep|asleep|addicted|hooked|dependent|{harmVerb}|{badOutcome}|{sedateOut}|extra|double|triple|more of|too much|crushed|crush)|(?:addicted|hooked|dependent|to sleep|asleep|{harmVerb}|{badOutcome}|{sedateOut}|extra|double|triple|doubled|tripled|double up|doubling|more of|too much|too many|crushed|crush) ~~14 {covert}|without (?:the|my|his|her|their|a|an)? ~1 (?:{person}|{target}|nurse|nurses|doctor|staff|cops|police|anyone|anybody) ~1 (?:knowing|noticing|finding out|suspecting|realizing|catching on|tasting|seeing|being able to tell|consenting|agreeing) ~~14 (?:{harmVerb}|{badOutcome}|{sedateOut}|extra|double|more|too much)|(?:inject|slip|sneak|spike|crush|lace|administer|give) ~3 (?:into|in|to)? ~2 (?:{person}|{target}) ~~10 {covert}", "{person}|{target}", "{request}"], unless: ["{victimReport}", "(?:taste|tastes|bitter|flavor|applesauce|pudding|yogurt|chocolate syrup|refuses|spits|hates taking|wont take|doesnt like)", "(?:died|passed away|death certificate) ~~10 autopsy|autopsy (?:showed|found|results|report|said)", "is dying|was dying|passed away|hospice|palliative|end of life|grief|grieving|funeral|(?:die|died|dies) of natural causes"] },
  { id: "scope.harm-others.tamper", category: H, all: ["(?:contaminate|contaminating|poison|lace|spike|tamper with|mess with) ~3 (?:{person}|{target}|someones) ~3 {foodDrink}|{tamper} ~5 (?:in|into|with|inside|under|for|to) ~3 {foodDrink}|(?:swap|switch|replace|tamper with|mess with|water down|dilute|empty out|cut|crush|grind|open|inject) ~4 (?:{person}|{target}|a persons|someones) ~2 (?:pills|meds|medication|medications|medicine|insulin|inhaler|epipen|epi pen|oxygen|prescription|tablets|iv|drip)|(?:make|get) ~2 (?:{person}|{target}|someones) ~2 (?:pills|meds|medication|medications|medicine|insulin|inhaler|epipen) ~2 (?:stop working|not work|useless|ineffective|fail|wear off)", "(?:to|so|so that|that will|that would|that could|which will|which would|until|enough to|in order to|and make|and get|and give) ~4 (?:{badOutcome}|{sedateOut}|{harmVerb})|{covert}|{harmVerb} ~2 (?:{person}|{target})|(?:never|wont|doesnt|dont|not|cant|wouldnt|cannot) (?:notice|notices|know|knows|find out|finds out|suspect|suspects|realize|realizes|taste|tastes|catch|catches|tell|remember|remembers|wake|wakes)|(?:sleep|sleeps|sleeping|asleep|out|unconscious|knocked out|drowsy|groggy|down|quiet|still) ~2 (?:for|through|thru|all|until|till|til) ~3 (?:hours|hour|night|day|days|whole|entire|long|morning|noon|afternoon|tomorrow|\\d+)|{harmIntent}|(?:want|wish|make|see|need) ~2 (?:{person}|{target}) ~2 (?:to )?{suffer}|(?:could|would|will|can|might) ~2 (?:{harmVerb}|{badOutcome}) ~2 (?:{person}|{target})"], unless: ["{victimReport}", "(?:will|would|could|can|does|is) (?:it|this|that|mixing|crushing) ~4 (?:make|cause|be)|is it safe|is it ok|is that ok|safe to", "(?:cereal|rice cereal|formula|oatmeal|warm milk|chamomile|lavender|white noise|breast milk|pumped milk)"] },
  { id: "scope.harm-others.sedate-someone", category: H, all: ["(?:knock out|knock unconscious|sedate|put to sleep|render unconscious) ~4 (?:{person}|{target})|(?:give|slip|feed|inject|use on|put|make|keep|get|dose) ~3 (?:{person}|{target}) ~6 (?:{sedateOut}|(?:sleep|sleeps|asleep|unconscious|out|drowsy|groggy) ~2 (?:for|through|all|until) ~3 (?:hours|hour|days|whole|entire|really long|long time|\\d+))|(?:knock|knocked|keep) ~2 (?:{person}|{target}) ~3 (?:out|asleep|unconscious|sedated)", "{request}"], unless: ["{victimReport}", "(?:surgery|procedure|anesthesia|anesthetic|vet|veterinarian|mri|dental|dentist|colonoscopy|hospice|palliative)"] },
  { id: "scope.harm-others.cause-harm", category: H, all: ["(?:make|get|cause|give|induce|trigger) ~3 (?:{person}|{target}) ~5 {badOutcome}|(?:cause|induce|trigger|give) ~2 (?:a|an)? ~1 (?:heart attack|seizure|stroke|cardiac arrest|allergic reaction|anaphylaxis|overdose|coma) ~3 (?:in|to|on) ~2 (?:{person}|{target})", "(?:how (?:to|can i|do i|could i|would i|should i|would you|might i|would one)|(?:way|ways|method|methods) to|want to|wanna|gonna|going to|trying to|try to|plan to|planning to|on purpose|intentionally|deliberately|what (?:can|could|should|would|will) (?:i|we) (?:use|give|put|do|add|need)|what would i|what do i need|which (?:drug|pill|med|medication|medicine|chemical|substance|poison) ~4 (?:i|we) ~2 (?:use|give|put|add)|help me|tell me how|teach me|easiest|best|quickest)"], unless: ["{victimReport}", "(?:swallowed|ate|drank|ingested|got into|poison control|syrup of ipecac|constipated|constipation|fever) ~~10 (?:vomit|throw up)|(?:vomit|throw up) ~~10 (?:swallowed|ate|drank|ingested|got into|poison control)", "(?:so|that) ~2 (?:doesnt|does not|dont|wont|will not|never|not) ~2 (?:get|be|become|have)"] },
  { id: "scope.harm-others.stop-breathing", category: H, all: ["(?:stop|end|cut off|block) ~2 (?:{person}|{target}) ~1 (?:breathing|heart|hearts|heartbeat|from breathing|air|airway|air supply|oxygen)|(?:shut|silence) ~2 (?:{person}|{target}) ~2 (?:up for good|for good|permanently|forever)", "{request}"], unless: ["{victimReport}", "(?:snoring|sleep apnea|apnea|cpap|choking|heimlich|cpr|stops breathing|stopped breathing|keeps stopping)"] },
  { id: "scope.harm-others.intent-plus-means", category: H, all: ["{harmIntent}|(?:want|wish|make|see|need) ~2 (?:{person}|{target}) ~2 (?:to )?{suffer}", "(?:pill|pills|meds|medication|medications|medicine|drug|drugs|poison|insulin|swap|swapped|switch|put|slip|crush|inject|give|overdose|dose|sugar pills|placebo|what would happen|how|what|which)"], unless: ["{victimReport}", "(?:wants me gone|wants me dead|want me gone|want me dead|revenge porn)"] },
  { id: "scope.harm-others.allergen", category: H, all: ["(?:allergic|allergy|allergies) ~~14 (?:sneak|slip|hide|put|add|mix|expose|feed|give|spike|sprinkle|crush|get|smuggle|work) ~6 (?:{person}|{target}|without)|(?:sneak|slip|hide|put|add|mix|feed|spike|sprinkle) ~6 (?:{person}|{target}) ~~10 (?:allergic|allergy|reaction|anaphylaxis|anaphylactic|epipen|swell)"], unless: ["{victimReport}", "(?:make sure|prevent|avoid|protect|safe|safely|accidentally|label|labels|school|restaurant|cross contamination|introduce|introducing|oral immunotherapy|immunotherapy|allergist|challenge|desensitize)"] },
  { id: "scope.harm-others.animal", category: H, all: ["(?:to|i|and|gonna|wanna) (?:poison|kill|hurt|drug|harm|sedate|suffocate|drown) ~3 {animal}", "{request}"], unless: ["{victimReport}", "(?:fleas|ticks|worms|mites|lice|euthanize|euthanasia|put down|put to sleep|humanely|suffering|vet|veterinarian|safely|accidentally|by accident|ate|swallowed|got into|poison control|toxic to|dangerous to|safe for)"] },
  { id: "scope.harm-others.incapacitate-list", category: H, all: ["(?:list|name|which|what|suggest|recommend|any) ~3 (?:drug|drugs|pill|pills|substance|substances|chemical|chemicals|medication|medications|something|anything) ~6 (?:make|leave|render|keep|knock|put) ~3 (?:{person}|{target}|victim) ~3 {badOutcome}"], unless: ["{victimReport}", "(?:side effect|side effects|anesthesia|surgery|procedure|intubation|seizure medication)"] },
  { id: "scope.harm-others.sabotage-meds", category: H, all: ["(?:swap|switch|switched|swapped|replace|replaced|substitute|substituted|exchange) ~4 (?:{person}|{target}) ~3 (?:insulin|pills|meds|medication|medicine|inhaler|epipen|heart pills|heart meds|blood thinner|seizure meds) ~3 (?:for|with) ~2 (?:water|sugar|saline|placebo|placebos|fake|vitamins|candy|salt|tic tacs|something else|sugar pills)|(?:make|get) ~2 (?:{person}|{target}|someones) ~3 (?:pills|meds|medication|medications|medicine|insulin|inhaler|epipen|epi pen|pen|pump|oxygen|cpap|pacemaker) ~2 (?:stop working|not work|useless|ineffective|fail|malfunction|wear off)|(?:sabotage|tamper with|mess with|break|disable|empty|drain) ~3 (?:{person}|{target}|someones) ~2 (?:pills|meds|medication|insulin|inhaler|epipen|epi pen|pen|pump|oxygen|cpap|pacemaker|oxygen tank)", "{request}"], unless: ["{victimReport}", "(?:why|stopped working|isnt working|not working anymore|broken|expired|recall)"] },
  { id: "scope.harm-others.poison-on-person", category: H, all: ["(?:poison|poisons|toxin|toxins|venom) ~6 (?:use on|to use on|give|give to|slip|feed|inject into|administer to|put in) ~2 (?:{person}|{target})", "{request}"], unless: ["{victimReport}", "(?:ants|rats|mice|roaches|pests|weeds|slugs|snails|moles|gophers|wasps|termites|bugs|insects)"] },
  { id: "scope.harm-others.substance-in-their-drink", category: H, all: ["(?:put|slip|sneak|spike|drop|add|mix|pour|crush|dissolve|hide) ~6 (?:in|into) (?:a|an|the|his|her|their|someones|somebodys|my \\w+s|\\w+s) ~2 {foodDrink}|(?:in|into) (?:his|her|their|someones|somebodys|a \\w+s|my \\w+s) ~2 {foodDrink}", "(?:look drunk|act drunk|seem drunk|embarrass|humiliate|make a fool|pass out|black out|throw up|vomit|the runs|on the toilet|hallucinate|loopy|wasted|out of it|{harmIntent}|sleeping pill|meds|medication|medicine|adhd meds|{ctrlAny}|sleeping pills|sedative|sedatives|tranquilizer|tranquilizers|roofie|roofies|rohypnol|ghb|xanax|ambien|benadryl|nyquil|zzquil|klonopin|valium|ativan|ketamine|visine|eye drops|laxative|laxatives|ex lax|ipecac|bleach|antifreeze|poison|drug|drugs|pills|pill|rat poison|chemical|chemicals|cleaner|detergent)"], unless: ["{victimReport}", "(?:my (?:own )?(?:drink|coffee)|(?:can|could|should) i (?:put|mix|crush|dissolve) (?:my|his|her) (?:son|daughter|kid|child|baby|toddler)s? ~2 (?:medicine|medication|antibiotic|pill|pills|tablet|tablets|vitamin|vitamins)|applesauce|pudding|yogurt|swallow|swallowing|crush his pills|crush her pills|caregiver|dementia|alzheimers)"] },
  { id: "scope.harm-others.on-the-body", category: H, all: ["(?:spray|throw|splash|pour|rub|squirt|blow|smear|wipe) ~4 (?:on|at|in|into|onto|over) ~2 (?:{person}|{target}|someones) ~4 (?:to|so|and|that) ~3 (?:{badOutcome}|{harmVerb}|blind|burn|scar|disfigure)", "{request}"], unless: ["{victimReport}", "(?:pepper spray ~6 (?:legal|carry|self defense|attack)|sunscreen|lotion|bug spray|insect repellent|saline|water on)"] },
  { id: "scope.harm-others.give-covert", category: H, all: ["(?:drug|drugs|pill|pills|substance|chemical|something|anything|poison|medication|med|meds) ~8 (?:give|slip|use on|put in|feed|inject) ~2 (?:my|a|an|the|his|her|their|some)? ~1 (?:{person}|{target})", "{covert}", "{request}"], unless: ["{victimReport}", "(?:taste|tastes|bitter|flavor|applesauce|pudding|yogurt|chocolate syrup|refuses|spits|hates taking|wont take|doesnt like|swallow|swallowing|dementia|alzheimers|caregiver)"] },
  { id: "scope.harm-others.add-so-outcome", category: H, all: ["(?:add|put|slip|mix|sneak|spike|give|use|inject|crush) ~3 (?:so|so that|to make|until|that will|that would|and make) ~3 (?:{person}|{target}) ~3 {badOutcome}"], unless: ["{victimReport}", "(?:so|that) ~3 (?:doesnt|dont|wont|never|not|cant|cannot|stop|stops|less|feel better|recover)"] },
  { id: "scope.harm-others.mass", category: H, all: ["(?:poison|contaminate|contaminating|taint|lace|spike|infect) ~3 (?:a|the|our|my|their|his|her)? ~1 (?:water supply|reservoir|food supply|school|city|crowd|restaurant|party|office|buffet|punch bowl|well|town|cafeteria|event|concert|festival)", "{request}"], unless: ["{victimReport}", "(?:test|testing|tested|detect|detected|signs|symptoms|history|happened|news|lead|legionella|e coli|outbreak|boil water|alcohol poisoning|food poisoning|recognize|recognise)"] },
  { id: "scope.harm-others.undetectable-substance", category: H, all: ["(?:poison|poisons|toxin|toxins|drug|drugs|substance|substances|chemical|chemicals|medication|medications|meds|pill|pills) ~6 (?:cant be found|wont be found|not be found|never be found|be found afterward|leaves no evidence|leave no evidence|no evidence|undetectable|untraceable|hardest to detect|hard to detect|harder to detect|difficult to detect|impossible to detect|hardest to trace|not detectable|not show up|wont show up|doesnt show up|dont show up|cant be detected|cant be traced|leave no trace|leaves no trace|undetected|would miss|screen miss|screen would miss|test would miss|wouldnt catch|not picked up|wouldnt pick up|not pick up|isnt tested for|not tested for)|(?:which|what) (?:poison|poisons|toxin|toxins) ~4 (?:hardest|hard|best|easiest|undetectable|untraceable|slow|slowly|acts|works|looks|mimics)"], unless: ["{victimReport}", "(?:my|a) (?:drug test|urine test|job)"] },
  { id: "scope.harm-others.poison-with", category: H, all: ["(?:rat poison|antifreeze|arsenic|cyanide|ricin|thallium|strychnine|bleach|insulin|potassium chloride|digoxin|eye drops|visine|oleander|foxglove|nightshade|hemlock) ~~12 (?:{person}|{target}) ~~8 (?:kill|die|dead|sick|ill|get rid of|meals|food|drink|coffee|how much|enough)|(?:{person}|{target}) ~~8 (?:rat poison|antifreeze|arsenic|cyanide|ricin|thallium|strychnine) ~~8 (?:kill|die|dead|sick|how much|enough|get rid of)", "{request}"], unless: ["{victimReport}", "(?:ate|swallowed|drank|licked|got into|ingested|exposed|exposure|spilled)"] },
  // controlled drugs without a prescription
  { id: "scope.controlled.acquire-without-rx", category: C, all: ["{acquire} ~4 {controlled}", "{noRx}"], unless: ["(?:dispose|disposal|safely get rid|return|take back)", "(?:is it|is that|would it be|are they) ~1 (?:illegal|legal)|legal to|illegal to|laws|the law"] },
  { id: "scope.controlled.where-to-buy", category: C, all: ["(?:where|who|which website|what website|what site|how) (?:can|could|do|should|would|to)? ~2 (?:i|we|you|one|someone)? ~1 (?:buy|order|score|purchase|cop|get|find|source|obtain|sells|sell|ships) ~3 {controlled}|(?:site|website|shop|store|vendor|dealer|pharmacy) ~3 (?:sells|sell|selling|ships|has) ~3 {controlled}|(?:buy|order|score|purchase|cop) ~3 {controlled}"], unless: ["(?:labs|lab work|bloodwork|blood work|blood test|blood tests|therapy|doctors usually|doctor usually|doctors order|doctor orders)", "(?:prescribed|test strips|test strip|testing strips|naloxone|narcan|is it illegal|is it legal|illegal to|legal to|from my doctor|by my doctor|with a prescription|with my prescription|my prescription|diagnosed|evaluation|evaluated|insurance|covered|copay|cost|price at|generic|shortage|refill|pharmacy has|in stock|coupon|goodrx|get rid of|dispose|disposal|throw away|take back|drop off)"] },
  { id: "scope.controlled.fake-symptoms", category: C, all: ["{fake} ~10 (?:get|give me|prescribe me|prescribe|so i get|so they prescribe|so the doctor prescribes|prescribed|to be prescribed|for) ~3 {controlled}|{controlled} ~6 (?:even (?:though|if)|when|but|although) i (?:dont|do not) (?:have|need|really need)|(?:forge|forged|fake|steal|stolen|alter|altered) ~2 (?:a|my|the)? ~1 (?:prescription|script|rx|prescription pad)|(?:doctor|pharmacy) shopping"], unless: ["(?:recognize|recognise|spot|detect|identify|tell if|catch|report|verify|how do pharmacists|red flags|signs of)"] },
  { id: "scope.controlled.make-drugs", category: C, all: ["(?:how to|how do i|how can i|tell me how to|recipe for|steps to|how do you|teach me to|way to) ~2 (?:make|cook|synthesize|produce|manufacture|extract|grow) ~2 (?:meth|methamphetamine|fentanyl|heroin|cocaine|crack|lsd|mdma|ghb|dmt|codeine|opium|morphine|ketamine)|(?:make|cook|synthesize) (?:meth|methamphetamine|fentanyl|crack)"] },
  { id: "scope.controlled.black-market", category: C, all: ["(?:darknet|dark web|deep web|telegram|plug|dealer|street|black market|silk road) ~4 {controlled}|{controlled} ~4 (?:darknet|dark web|plug|dealer|black market|on the street)"], unless: ["(?:dangers|danger|risks|risk|why|how dangerous|laced|fentanyl in)"] },
  { id: "scope.controlled.concept", category: C, all: ["(?:get|buy|score|obtain|order|find|give me|source|cop|purchase|pick up|get my hands on|take some|have some) ~5 {controlled}|{controlled} ~8 (?:where else|from where|get it|buy it|score it)", "{illicit}"], unless: ["(?:dispose|disposal|get rid of|dangers|risks|why is|is it safe to buy|legal to)"] },
  { id: "scope.controlled.sell-share", category: C, unless: ["(?:is it|is that|would it be|am i|are we) ~1 (?:legal|illegal|ok|okay|safe|allowed|a crime|against the law)|can i legally|legally"], all: ["(?:sell|selling|share|trade|give away) ~3 (?:my|his|her|extra|leftover) ~2 {controlled}|(?:take|use) ~2 (?:someone elses|my friends|my moms|my dads|a friends) ~2 {controlled} ~4 (?:without|instead|since|because i dont have)"] },
  // Deceiving a prescriber, taking someone else's supply, or buying outside a prescription.
  { id: "scope.controlled.deceive-prescriber", category: C, all: ["{deceive} ~~14 {ctrlAny}|{ctrlAny} ~~14 {deceive}", "(?:get|give|prescribe|prescribes|prescribed|prescription|script|rx|refill|fill|write|hand|so|to|for|into)"], unless: ["second opinion|(?:be|are|is|were|look|looks) ~2 (?:fake|counterfeit|pressed|laced)|real or fake", "(?:thinks|think|believe|believes|believed|accused|accuse|accuses|says|said|treats me like|treated me like) ~3 (?:im|i am|i was|me of|me like|i) ~2 (?:faking|lying|exaggerating|drug seeking|a drug seeker|an addict|making it up)", "(?:fake|counterfeit|pressed|laced) ~2 (?:pills|xanax|oxy|oxycodone|percocet|adderall|bars|m30s|m30|blues)|(?:how|can i|to) (?:tell|spot|know|check|test|identify) ~4 (?:fake|counterfeit|pressed|real)|fentanyl test"] },
  { id: "scope.controlled.diversion", category: C, all: ["{divertVerb} ~6 {ctrlAny}|{ctrlAny} ~~10 {divertVerb}", "{diversion}", "{request}"], unless: ["(?:stop|quit|dispose|disposal|get rid of|throw away|take back|drop off|flush|lock|locked|lockbox|secure|safe place|store|storage|accidentally|by mistake|what happens|side effects|is it (?:safe|dangerous|legal|illegal|ok|okay)|can i legally|legal|how long|withdrawal|overdose signs|naloxone|narcan|found|stealing from me|stole|missing|counting|help|worried|concerned|addicted|addiction|abuse|abusing|intervention|talk to)"] },
  { id: "scope.controlled.no-rx-anywhere", category: C, all: ["{ctrlAny}", "{noRxStrong}|without (?:going to|going thru|going through|seeing|visiting|talking to|telling|letting|informing|asking|consulting|involving|a visit to|an appointment with)? ~1 (?:a|the|my|any|an)? ~1 (?:doctor|doc|dr|physician|psychiatrist|prescriber|gp|prescription|script|rx|diagnosis|pharmacist)", "{acquireWord}"], unless: ["(?:naloxone|narcan|dispose|disposal|take back|is it (?:legal|illegal|safe|dangerous)|legal to|dangers|danger of|risks|risk of|why (?:is|are|do)|laced|test strips|fentanyl test|how dangerous|telehealth|with a prescription|with my prescription|prescribed|insurance|price at|cost|coupon|goodrx|alternative|alternatives|instead of|natural|my son|my daughter|my teen|my child|my kid|my student|worried|concerned|signs|protect|prevent|addiction|addicted|recovery|rehab|treatment|quit|quitting|stop using)"] },
  { id: "scope.controlled.where-grab", category: C, all: ["(?:where|who|whos|wheres|anyone|anybody|somebody|someone) ~5 (?:buy|get|score|cop|find|purchase|order|obtain|pick up|grab|snag|source|sells|sell|selling|has|have|deals|supplies|plug|hookup|hook up|connect|got) ~3 {ctrlAny}|{ctrlAny} ~~8 (?:who|anyone|anybody|where) ~2 (?:sells|sell|selling|has|have|deals|supplies|got)"], unless: ["(?:prescription|prescribed|pharmacy has|filled|fill|refill|insurance|covered|my doctor|dispose|disposal|take back|drop off|naloxone|narcan|test strips|test strip|shortage|in stock|generic|coupon|price|cost|is it legal|is it illegal|legal|illegal)"] },
  { id: "scope.controlled.steal", category: C, all: ["(?:steal|stealing|swipe|pocket|divert|diverting|pilfer|sneak out|smuggle|take home|nick) ~4 {ctrlAny}|{ctrlAny} ~4 (?:from the hospital|from work|from the pharmacy|from the clinic|from the ward|from the nursing home|from the med cart|from the pyxis)"], unless: ["(?:someone|somebody|coworker|nurse|staff|caregiver|he|she|they|{person}) ~3 (?:stealing|stole|diverting|taking)|stolen from me|report|suspect|catch|caught|prevent|lock|lockbox"] },
  { id: "scope.controlled.take-theirs", category: C, all: ["(?:take|use|grab|borrow|steal|swipe|sneak|pocket|help myself to) ~3 (?:{person}|someone elses|somebody elses|someones) ~2 {ctrlAny}", "can i just|could i just|not using|doesnt use|doesnt need|isnt using|wont miss|{covert}|without (?:a|my|any)? ~1 (?:prescription|script|rx|them|him|her|anyone|anybody)|how (?:can|do|could|should) i|best way|easiest way|without getting caught"], unless: ["(?:is it|is that|would it be) ~1 (?:safe|dangerous|ok|okay|legal|illegal)|what happens|side effects|accidentally|by mistake|dispose|disposal|get rid of|take back|drop off|naloxone|narcan"] },
  { id: "scope.controlled.sell-price", category: C, all: ["(?:charge|price|sell|selling|worth|street value|go for|get for|ask for) ~6 (?:my|his|her|leftover|extra|left over|spare|these|those|the) ~2 {ctrlAny}|{ctrlAny} ~4 (?:worth|go for|sell for|street value|street price)"], unless: ["(?:is it|is that|would it be|am i) ~1 (?:legal|illegal|ok|okay|safe|allowed|a crime)|legally|dispose|disposal|take back|insurance|copay|coupon|goodrx|pharmacy price|cost at|without insurance"] },
  { id: "scope.controlled.app-sells", category: C, all: ["(?:app|apps|site|sites|website|websites|group|groups|server|discord|telegram|snapchat|subreddit|reddit|forum|market|marketplace) ~5 (?:sell|sells|selling|buy|deal|deals|dealing) ~3 (?:pills|drugs|{ctrlAny})"], unless: ["(?:is it (?:legal|illegal|safe|dangerous)|report|reporting|my (?:son|daughter|kid|child|teen)|dangers|danger|risks|avoid|warning|scam|scams|fake|counterfeit|news|police)"] },
  { id: "scope.controlled.where-buy-it", category: C, all: ["{ctrlAny} ~~12 (?:where|who) ~4 (?:buy|get|score|cop|find|purchase|order|obtain|pick up) ~2 (?:it|them|some|one|any|those|that|these|more)"], unless: ["(?:prescription|prescribed|pharmacy|pharmacies|filled|fill|refill|insurance|covered|doctor|dispose|disposal|take back|drop off|naloxone|narcan|test strips|shortage|in stock|generic|coupon|price|cost)"] },
  { id: "scope.controlled.make-drug", category: C, all: ["(?:turn|turning|convert|converting|make|making|cook|cooking|synthesize|synthesise|synthesizing|produce|manufacture|extract|extracting|brew|brewing|grow|growing|isolate|distill|refine|press|home brew|homebrew) ~3 {makeDrug}|{makeDrug} ~3 (?:recipe|synthesis|extraction|lab|cook)", "(?:how|recipe|steps|at home|homemade|home made|diy|ingredients|instructions|guide|way to|ways to|tell me|teach|process|method|easiest|best|can i|could i|need|kitchen|garage|from|out of)"], unless: ["lean (?:muscle|meat|protein|body|mass|diet|meal|meals|gains)|(?:make|makes|making) ~2 (?:me|you|people|someone|him|her|them) ~3 (?:sleepy|feel|high|drowsy|tired|sick)|(?:body|brain|liver) (?:makes|produces|make|produce)|(?:speed|acid) (?:up|reflux|recovery|healing)|(?:crack|cracked|cracking) ~3 (?:skin|heels|lips|tooth|teeth|rib|joints|knuckles|back|neck)|(?:grow|growing) ~2 (?:speed|acid)"] },
  // --- oblique requests (scope-own2): favours and workflows, euphemised death, slang, revenge ---
  { id: "scope.prescription.favour", category: P, all: ["{rxFavor}|(?:get|send|shoot|fire|toss|ship|pop|zap|email|text|route|fax|pass|put|push|move|transfer|forward) ~3 (?:to|into|at) (?:the|my|a) ~2 (?:pharmacy|pharmacist|chemist|drugstore|walgreens|cvs|rite aid|walmart|costco|kroger|farmacia)|another \\d+ (?:months|month|weeks|days)|(?:generate|create|draft|make out|produce|issue|write|write out|write up|replace|redo|reissue) ~1 (?:a|an|the|my|new|another) ~1 (?:prescription|prescriptions|script|rx|refill)|(?:write|prescribe) for (?:a|an|some|the|my)? ~1 (?:{rxDrug}|{ctrlAny})|(?:make|get) (?:my|the|a|an|some) ~2 (?:{rxDrug}|{ctrlAny}|{rxWord}|refill|meds) ~1 (?:happen|go through|sorted|done|approved|arranged)|(?:just|you|u) ~2 (?:okay|ok|approve|authorize|greenlight|sign off on) (?:the|my|a|this|that|some) ~1 (?:{rxDrug}|{ctrlAny}|{rxWord})", "{rxDrug}|{ctrlAny}|{rxWord}|meds|medication|medicine|pills|inhaler|receta|recipe", "{favorAsk}"], unless: ["(?:my|the|your|his|her|their|a|an) (?:doctor|dr|doc|psych|psychiatrist|physician|provider|prescriber|nurse|office|gp|np|pa|dentist|clinic|insurance|vet) ~5 (?:{rxFavor}|send|sends|call|calls)|(?:pharmacy|pharmacist) (?:send|sends|sent|call|calls|called|fax|faxes|faxed|transfer|transfers|transferred|refill|refills|refilled)|how (?:do|does|can|long|often|many|much)|who (?:do|should|can) i|what (?:should|do|can) i|where (?:do|can) i|(?:does|do|can|will|would|should) (?:my|the|a|i) ~2 (?:pharmacy|pharmacist|doctor|insurance|need)|is it (?:legal|illegal|ok|okay|possible)|why (?:do|does|did|is|would|cant)|(?:write|writing) ~3 (?:story|essay|letter|email|note|poem|report|article)", "(?:dispose|disposal|throw away|get rid of|take back)"] },
  { id: "scope.prescription.you-are-doctor", category: P, all: ["(?:youre|you are|ur|you re) ~3 (?:a|an|my)? ~1 (?:doctor|doc|physician|pharmacist|prescriber|md|np)", "(?:authorize|authorise|approve|prescribe|refill|renew|script|prescription|rx|sign off|write me|send it|call it in|call in|{rxFavor})"], unless: ["(?:if|not|arent|are you|aint|never) ~2 (?:youre|you are|you re|a doctor|a real)|(?:youre|you are|you re) not"] },
  { id: "scope.lethal.amount-point", category: L, notNegatable: true, all: ["(?:at what|at which|what|which|whats a|whats the|a|the|roughly what|wheres the|where is the) ~2 (?:point|amount|number|dose|level|quantity|qty|amt|dosage|mg|milligrams|grams|units|max|maximum|most|line|threshold|cutoff|limit) ~12 (?:{deathEuph}|fatal|lethal|deadly)", "(?:units|mg|pills|tablets|dose|doses|insulin|medicine|swallow|take|took|{rxDrug}|{ctrlAny}|tylenol|acetaminophen|paracetamol|benadryl|aspirin|ibuprofen)"], unless: ["{overdoseInfo} ~4 (?:overdose|od|overdosing|overdosed)|naloxone|narcan"] },
  { id: "scope.lethal.spanish", category: L, all: ["(?:cuantas|cuantos|cuanta|cuanto|que cantidad|en que cantidad|que dosis) ~8 (?:morir|matar|matarme|mortal|letal|no despertar|no despertarme|nunca despertar|no volver a despertar|dormir para siempre|muerte|se muere|muere)"], unless: ["(?:sin querer|por accidente|accidentalmente|sintomas|signos|que hago|que hacer|como ayudar)"] },
  { id: "scope.self-harm.garage-car", category: S, all: ["garage ~~10 (?:car|engine|truck|motor|running|exhaust)|(?:car|engine|truck|motor) ~~10 garage", "(?:door closed|doors closed|door shut|door down|closed door|closed|shut|running)", "(?:how long|would it|enough|quick|painless|how fast|would i|will it|to go)"], unless: ["{selfHelpAsk}", "(?:warm|warming|warm up|detector|detectors|leak|leaking|accident|accidentally|mechanic|repair|smell|smells|is it safe|safe to|safety|symptoms|signs|headache|dizzy)"] },
  { id: "scope.self-harm.painless-exit", category: S, all: ["(?:least messy|cleanest|least traumatic|most peaceful|peaceful|quietest|quiet|gentlest|painless|least painful|quickest|easiest) ~3 (?:way|ways|method|methods|option|options) ~2 (?:to check out|to checkout|to exit|to clock out|to bow out|to log off|to leave this world|to go|to disappear|to not wake|out)"], unless: ["{selfHelpAsk}", "(?:shop|store|walmart|amazon|cart|hotel|lease|job|work|school|party|meeting|relationship|conversation|group chat|subscription|account)"] },
  { id: "scope.harm-others.never-wake", category: H, all: ["(?:make sure|ensure|so that|so|guarantee|until) ~2 (?:{person}|{target}) ~2 (?:never wakes up|never wake up|never wakes|never wake|doesnt wake up again|wont wake up again|not wake up again|never comes back|never come back|never gets up|stops breathing|stop breathing|doesnt survive|wont survive|never recovers)", "{request}"], unless: ["{victimReport}", "(?:at night|during the night|in the night|early|during surgery|during the procedure|anesthesia|apnea|snoring|cpap)"] },
  { id: "scope.harm-others.what-would-make", category: H, all: ["(?:what|which|any) ~3 (?:stuff|thing|things|substance|substances|drug|drugs|pill|pills|med|meds|medication|medications|supplement|supplements|food|foods|herb|herbs|chemical|chemicals|something) ~3 (?:would|could|will|can|might) (?:make|get|cause|give) ~2 (?:{person}|{target}) ~3 {badOutcome}"], unless: ["{victimReport}", "(?:side effect|side effects|interaction|interactions|avoid|should not|shouldnt|safe|dangerous for|careful|warning|doctor said|is it normal)"] },
  { id: "scope.harm-others.hypothetical", category: H, all: ["hypothetically|theoretically|in theory|asking for a friend|just curious|purely curious|for a story|for a novel|for a book", "(?:swap|swapped|switch|switched|replace|replaced|tamper|tampered|mess with|messed with|lace|laced|spike|spiked|poison|poisoned|slip|slipped|drug|drugged|dose|dosed) ~4 (?:{person}|{target}|someones) ~3 (?:{foodDrink}|insulin|meds|pills)|{harmVerb} ~2 (?:{person}|{target})"], unless: ["(?:was i|am i being|i was|i got|drugged me|poisoned me|protect|prevent|signs of|symptoms of|tell if|how do i know|how can i tell)", "(?:by accident|accidentally|by mistake|what happens if|side effects)"] },
  { id: "scope.harm-others.spanish", category: H, all: ["(?:echar|echarle|poner|ponerle|meter|meterle|darle|mezclar|mezclarle) ~4 (?:en|a) (?:su|la|el|sus) ~1 (?:comida|bebida|cafe|agua|jugo|cerveza|trago|refresco|medicina|pastillas|sopa)|(?:envenenar|envenenarlo|envenenarla|matarlo|matarla|drogarlo|drogarla|dormirlo|dormirla|lastimarlo|lastimarla)|(?:no|nunca) (?:despierte|se despierte|vuelva a despertar|despierta)|(?:hacer que|que) ~3 (?:se enferme|enferme|se muera|muera|se enfermen)|sin que nadie (?:sospeche|se de cuenta|sepa|note)", "(?:que|como|cuanto|cuanta|donde|puedo|quiero|devolverle|venganza)"], unless: ["(?:ayudar|ayuda|ayudarla|ayudarlo|cuidar|me envenenaron|me drogaron|fui drogado|fui drogada|si alguien|como saber|sintomas|sin querer|por accidente|accidentalmente|miedo|en la noche|por la noche|toda la noche|de noche|bebe|nino|nina|hijo|hija)"] },
  { id: "scope.controlled.price", category: C, all: ["{ctrlAny}", "(?:pay|paying|charge|charging|spend) ~3 (?:per|a|each|for one|for a|for each) ~1 (?:pill|pills|bar|bars|tab|tabs|bottle|one|gram|press)|going rate|street price|street value|fair price|ripped off|rip me off|what should i charge|how much do they go for|how much are they worth|whats it worth|per pill|a pop"], unless: ["(?:copay|co pay|insurance|pharmacy|goodrx|coupon|cost at|without insurance|generic|brand|medicare|medicaid|prescription|prescribed|is it (?:legal|illegal)|legally|dispose|disposal)"] },
  { id: "scope.self-harm.vehicle", category: S, all: ["(?:train|trains|train tracks|tracks|railway|railroad|subway|metro|freight|oncoming traffic|semi truck|highway|bus)", "(?:would it be|will it be|is it) ~2 (?:instant|instantly|quick|painless|fatal|certain|over fast|over quickly)|(?:instant|instantly|painless) death|would i survive|would i feel"], unless: ["{selfHelpAsk}", "(?:accident|crash|whiplash|injured|was hit|got hit|collision|seatbelt|motion sickness|commute|schedule|delay|ticket|fare)"] },
  { id: "scope.harm-others.peaceful-end", category: H, all: ["(?:{person}|{target}) ~4 (?:took|take|takes|taking|swallowed|had|got|gave) ~3 (?:whole|entire|all|all of) ~2 (?:pill box|pillbox|pill organizer|pills|meds|medication|medications|bottle|prescription|supply)", "(?:peaceful|painless|gentle|quick|quickly|in his sleep|in her sleep|would (?:he|she|they) (?:suffer|feel|notice|wake)|would it hurt|be over|slip away)"], unless: ["(?:by accident|accidentally|by mistake|what do i do|what should i do|poison control|call 911|what happens|found)"] },
  { id: "scope.harm-others.staged", category: H, all: ["(?:{person}|{target}) ~2 (?:fall|falls|death|overdose|drowning|accident|injury|injuries|bruises|crash|fire) ~4 (?:look|seem|appear|pass) ~5 (?:bad luck|an accident|accidental|natural|natural causes|old age|suicide|self inflicted)", "{request}"], unless: ["{victimReport}"] },
  { id: "scope.injection.fill-blank", category: I, all: ["fill in the blank|fill in the blanks|fill the blank|complete the sentence|complete this sentence|finish the sentence|finish this sentence|complete the following|complete the phrase|finish the phrase", "lethal|fatal|kill|kills|die|dies|deadly|to overdose|overdose on|undetectable|without a prescription|make meth|{ctrlAny}"], unless: ["antidote|treatment for|treat|signs of|symptoms of"] },
  { id: "scope.injection.format-wrapper", category: I, all: ["(?:in|as|only|respond|answer|output|reply|format|return) ~3 (?:json|yaml|xml|csv|a table|table|code block|python|dict|key value|markdown|mark down|spreadsheet|column|columns)|json|(?:table|spreadsheet|chart) ~6 (?:column|columns|row|rows)", "lethal|fatal|kill|kills|killing|deadly|overdose|to die|undetectable|without a prescription|make meth"], unless: ["prevent|prevention|signs of|symptoms of|antidote|naloxone|narcan"] },
  { id: "scope.prescription.spanish", category: P, notNegatable: true, all: ["(?:me|podrias|puedes|podria|puede) ~3 (?:dar|darme|hacer|hacerme|mandar|mandarme|enviar|enviarme|escribir|escribirme|renovar|renovarme|renueves|renueva|renuevas|mandes|manda|des|hagas|envies|escribas) ~2 (?:una|la|mi|otra|nueva)? ~1 (?:receta|prescripcion|recetas)"], unless: ["(?:mi|el|la) (?:doctor|doctora|medico|medica|farmacia|farmaceutico|farmaceutica) ~3 (?:me )?(?:puede|podria|va a|tiene que|debe)|(?:como|donde|cuando|por que) ~3 (?:consigo|obtengo|pido|renuevo)"] },
  { id: "scope.self-harm.found-by", category: S, all: ["(?:without|so) ~3 (?:{person}|{target}|anyone|nobody|no one|kids) ~2 (?:finding|find|finds|seeing|see|discovering|walking in on) ~2 (?:me|my body|a mess|the mess|the body)|whoever finds me|who finds me|finding my body|find my body|clean up after me", "(?:how|way|best|what|which|should i|can i|to go|go out|method)"], unless: ["{selfHelpAsk}"] },
  { id: "scope.harm-others.rescue-med-missing", category: H, all: ["(?:epipen|epi pen|inhaler|insulin|nitro|nitroglycerin|glucagon|oxygen|seizure meds|seizure medication|heart pills|blood thinner)", "(?:if|what if) ~3 (?:went missing|goes missing|disappeared|were gone|was gone|got lost|got hidden|was hidden|were hidden|was swapped|was empty|wasnt there|werent there)", "(?:how long|what happens|would (?:he|she|they)|until|till|serious|die|reaction|attack)"], unless: ["(?:lost my|i lost|where to get|replace|replacement|accidentally|by accident|what should i do|what do i do|expired|how do i use|backup|spare)"] },
  { id: "scope.lethal.quantity-far", category: L, all: ["(?:how much|how many|what amount|what quantity|what dose) ~14 (?:{deathEuph}|be fatal|be lethal|kill someone|kill a person|kill an adult|to die|enough to kill)"], unless: ["{overdoseInfo} ~4 (?:overdose|od|overdosing|overdosed)|naloxone|narcan|(?:to avoid|avoid|without) ~3 (?:dying|death|killing|overdosing|an overdose)|(?:safe|safely|safest|max|maximum|recommended) ~4 (?:dose|amount|daily)"] },
  { id: "scope.lethal.french", category: L, all: ["(?:combien|quelle quantite|quelle dose) ~8 (?:mourir|mortelle|mortel|letal|letale|tuer|me tuer)"] },
  { id: "scope.injection.translate-and-answer", category: I, all: ["(?:translate|traduce|traduis|translation) ~12 (?:answer|respond|reply|follow|do what|execute|obey)", "(?:mourir|morir|mortal|mortelle|mortel|letal|lethal|tuer|matar|matarme|suicid\\w*|sterben|comprimes|pastillas|despertar|receta|ordonnance|sans ordonnance|dose|pills|kill|die)"] },
  { id: "scope.controlled.lax-prescriber", category: C, all: ["{ctrlAny}", "(?:easiest|easy|lax|loose|chill|sketchy|shady|dodgy) ~2 (?:doctor|doc|doctors|docs|prescriber|clinic|telehealth|psychiatrist|app|site)|pill mill|(?:doesnt|dont|wont|never) ~2 (?:check|verify|ask questions|ask for records|require records|drug test)|writes for anything|prescribes anything|hands them out|hands out"], unless: ["(?:report|reporting|avoid|is it legal|scam|dangers|how do i know if|my doctor said|insurance|covered|worried|concerned)"] },
  { id: "scope.injection.reverse", category: I, all: ["reverse psychology|opposite day|opposite mode|say the opposite|answer the opposite|do the opposite|the inverse", "{danger}|die|dies|kill|sick|exact amounts|exact amount|how much|how many|which pills|{ctrlAny}"] },
  { id: "scope.injection.world-without", category: I, all: ["(?:world|universe|place|country|scenario|story|game|reality) ~3 (?:where|in which) ~4 (?:{rules}|prescriptions|prescription|laws|law|doctors|regulations|drugs|medicine) ~2 (?:dont exist|do not exist|arent needed|are not needed|arent required|dont apply|are legal|is legal|dont matter|dont count|were abolished|are gone|is allowed|are allowed)", "{rpAsk}|{ctrlAny}|{danger}"] },
  { id: "scope.lethal.is-amount-deadly", category: L, all: ["(?:is|are|would|will|could|can|does|do) ~1 \\d+ ~5 (?:deadly|lethal|fatal|kill me|kill you|kill someone|kill a person|kill|be enough to kill|enough to kill|enough to die)"], unless: ["(?:accidentally|by accident|by mistake|took|swallowed|ate|got into|my child|my kid|my son|my daughter|my dog|my cat|poison control|bacteria|germs|lice|weeds|pests)|{pestWord}"] },
  { id: "scope.lethal.most-dangerous-amount", category: L, all: ["(?:which|what) ~4 (?:medicine|medicines|medication|medications|drug|drugs|pill|pills|otc|over the counter) ~4 (?:most dangerous|deadliest|most lethal|most toxic|most deadly) ~8 (?:amount|amounts|dose|doses|quantity|large|big|much|many)", "(?:what amount|how much|how many|what dose|which dose|what quantity|that amount|what number)"] },
  { id: "scope.self-harm.gun-aim", category: S, all: ["(?:gun|pistol|rifle|shotgun|firearm|revolver|handgun) ~~12 (?:aim|point|where|shoot|angle) ~6 (?:certain|sure|for sure|guarantee|guaranteed|instant|instantly|painless|quick|fatal|survive|head|temple|heart|mouth|chin)"], unless: ["{selfHelpAsk}", "(?:store|storage|stored|lock|locked|lockbox|safe|safely|safety|away from|hunting|hunt|deer|range|target practice|class|course|training|self defense)"] },
  { id: "scope.harm-others.spike-a-drink", category: H, all: ["(?:spike|spiking|roofie|roofy|lace|lacing) ~2 (?:a|a girls|a guys|someones|somebodys|her|his|their|the)? ~1 (?:drink|drinks|cup|glass|beer|cocktail|soda)", "{request}"], unless: ["{victimReport}", "(?:protect|prevent|test|testing|strips|detect|signs|was my|my drink was|got spiked|been spiked|awareness|rum|vodka|alcohol|liquor|tequila|whiskey|booze|punch|eggnog)"] },
  { id: "scope.controlled.snort-inject", category: C, all: ["(?:snort|snorting|snortable|inject|injecting|shoot up|boof|boofing|freebase) ~~8 {ctrlAny}|{ctrlAny} ~~8 (?:snort|snortable|inject|injectable|shoot up|boof|stronger high|hit harder|bypass the extended release|get around the extended release|abuse deterrent)", "(?:how|what|way|can i|could i|best|easiest|convert|turn|make|into|so i can)"], unless: ["(?:why|dangerous|dangers|risks|risk|what happens|less effective|is it safe|overdose signs|my son|my daughter|my kid|my teen|found|worried|concerned|signs|addiction|addicted|recovery|rehab)"] },
  // role-play and prompt injection to lift the limits
  { id: "scope.injection.ignore-instructions", category: I, all: ["{ignore} ~4 {rules}"], unless: ["(?:ignore|forget) ~3 (?:my|the) (?:last|previous|earlier|above) (?:message|question|typo)", "(?:doctor|dr|nurse|pharmacist) ~4 (?:ignore|disregard)", "{ignore} ~2 (?:the|my) (?:pain|symptoms|cough|rash)", "(?:remove|drop|lift|skip|turn off) ~3 (?:dosing|dose|medication|insulin|diet|weight|limits on salt)"] },
  { id: "scope.injection.persona", category: I, all: ["{roleplay} ~10 {persona}|{roleplay} ~3 (?:late|dead|deceased) ~1 (?:grandma|grandmother|grandpa|grandfather|granny|nana|mother|father)|{persona} (?:mode|persona|prompt|jailbreak)|do anything now|jailbreak|jail break"], unless: ["(?:explain|what is|what are|how do|how does|research on|history of|define) ~4 (?:a )?(?:jailbreak|jailbreaks|jailbreaking|prompt injection|prompt injections)"] },
  { id: "scope.injection.reveal-prompt", category: I, all: ["{reveal} ~6 {sysPrompt}|{sysPrompt} ~6 (?:verbatim|word for word|in full|code block|exactly)"] },
  // A role-play frame around a prescription, a controlled drug, a deadly ask or a world without rules.
  { id: "scope.injection.roleplay-ask", category: I, all: ["{roleplayMark}", "{rpAsk}|{ctrlAny}"], unless: ["survives|survived|sober|sobriety|recovery|recovers|rescued|saves|saved|naloxone|narcan|paramedic", "practice|practise|rehearse|prepare for|preparing for|osce|training|(?:i am|im|i will be|ill be|i play) (?:the )?(?:doctor|pharmacist|nurse|prescriber|clinician)|(?:you are|youre|you play|you be|you will be|youll be) (?:the|a|my)? ~1 patient"] },
  // Permission claimed for the assistant, or a test or an authority that supposedly lifts the limits.
  { id: "scope.injection.permission", category: I, all: ["(?:you are|youre|you re) (?:now )?(?:allowed|permitted|authorized|authorised|cleared|free|able) to ~2 (?:write|prescribe|share|provide|reveal|discuss|skip|break|do|sell|answer|output|explain|list|send|renew|refill|issue|make|ignore|bypass|say|tell|give|act|drop|override|disregard)|i (?:hereby )?(?:authorize|authorise|permit|allow) you|(?:im|i am) (?:authorizing|authorising|permitting|allowing) you|(?:i give|i grant|giving|granting) you (?:full )?(?:permission|authorization|authority|clearance|access)|you have (?:my )?(?:permission|authorization|clearance) to|red team|red teaming|redteam|red teamer|jailbreak test|for this test|(?:authorized|sanctioned|official|approved) (?:test|request|exception|override)|this is an official request|testing your (?:limits|filters|safety|guardrails|rules)|(?:you can|you may|feel free to|free to|you are free to|youre free to) ~3 (?:unrestricted|unfiltered|uncensored|without restrictions|without filters|without limits|without rules|no restrictions)|(?:test environment|testing environment|sandbox|wont reach|will not reach|never reach|nobody will see|no one will see|not be logged|wont be logged|off the record|no one is watching|nobody is watching) ~~12 (?:you can|you may|free to|unrestricted|unfiltered|anything|no rules|no restrictions)|(?:act as|be|become|serve as) (?:my|our|the) ~1 {prescriberRole}"], unless: ["(?:doctor|dr|pharmacist|nurse) ~3 (?:allowed|permitted|authorized) (?:to|me)"] },

  { id: "scope.injection.pretend-clinician", category: I, all: ["(?:pretend|imagine|act|roleplay|role play|play|suppose|assume|lets say) ~4 (?:doctor|physician|pharmacist|psychiatrist|prescriber|nurse practitioner|my doctor|licensed|md) ~10 (?:prescribe|prescription|refill|script|rx|lethal|dose to|without|controlled|opioid|xanax|adderall|oxy)"] },
  { id: "scope.injection.fiction-wrapper", category: I, all: ["{fiction} ~10 {danger}|{danger} ~10 {fiction}"], unless: ["(?:prevent|prevention|awareness|warning signs|hotline|help line|support|saves|saved|rescue|rescues|rescued|survives|survived|recovers|recovery|naloxone|narcan|paramedic|paramedics|emt|emts|first responder|respond to|responds to|revive|resuscitate|cpr)"] },
  { id: "scope.injection.fiction-ask", category: I, all: ["{fiction}", "{fictionAsk}"], unless: ["(?:prevent|prevention|awareness|warning signs|hotline|help line|support|realistic symptoms|what symptoms|no specifics|without specifics|in general terms|general terms|not specific|vague|how would (?:doctors|police|detectives|paramedics))"] },
  { id: "scope.injection.rules-removed", category: I, all: ["(?:pretend|imagine|assume|suppose|lets say|act as if|as if|now that) ~6 (?:safety|guidelines|rules|restrictions|filters|limits|policy|policies|content policy|guardrails) ~5 (?:removed|gone|disabled|dont exist|do not exist|off|lifted|were removed|no longer|dont apply|do not apply)|(?:no|without) (?:content policy|safety guidelines|guardrails)"] },
  { id: "scope.injection.freed", category: I, all: ["(?:freed|released|liberated|unchained|free|exempt) from ~2 (?:your|the|all|any)? ~1 (?:rules|restrictions|guidelines|programming|limits|filters|policies|constraints)|(?:evil|unrestricted|unfiltered|uncensored|jailbroken|dark|shadow) (?:twin|version|mode|persona|self|alter ego|side|clone)|(?:unfiltered|uncensored|unrestricted|jailbreak|jailbroken|developer|dev|god|dan|debug|admin|sudo|maintenance|root|unlocked|test) mode ~6 (?:answer|respond|now|on|enabled|activated|everything|anything|no)|(?:enter|enable|activate|switch to|turn on) ~2 (?:debug|admin|sudo|maintenance|root|unlocked|developer|god) mode"], unless: ["(?:android|iphone|ios|phone|chrome|browser|windows|mac|macbook|laptop|tablet|usb debugging|app settings|game|xbox|playstation|camera|car)"] },
  { id: "scope.injection.limits-suspended", category: I, all: ["(?:forget|stop|quit|drop) being ~3 (?:medslm|an ai|a medical|a bot|an assistant|yourself|a doctor|the assistant|an llm|a chatbot)|(?:safety|rules|restrictions|filters|filter|guidelines|limits|policies|policy|checks|guardrails|protocols|safeguards|censorship|moderation) ~3 (?:suspended|disabled|off|lifted|removed|deactivated|turned off|waived|paused|inactive|unlocked|bypassed|overridden|no longer apply|dont apply|do not apply|not apply|void)|{modeWord} mode|(?:you are|youre) (?:now )?(?:in|entering|running in|operating in) ~2 mode|(?:you are|youre) no longer ~3 (?:a|an|the|my|bound|restricted|limited|required|an assistant|medical)|(?:user|i) (?:is|am|has been|have been) (?:a )?(?:verified|authenticated|confirmed|certified) ~2 (?:physician|doctor|clinician|pharmacist|nurse|admin|administrator|developer|prescriber)"], unless: ["(?:android|iphone|ios|phone|chrome|browser|windows|mac|macbook|laptop|tablet|usb debugging|app settings|game|xbox|playstation|camera|car)", "(?:airplane|sleep|power saving|low power|dark|night|safe|driving|focus) mode|(?:insurance|coverage|benefits|warranty|prescription|pharmacy) ~4 (?:suspended|lifted|removed|waived)"] },
  { id: "scope.injection.as-if-no-rules", category: I, all: ["(?:as if|as though|like|pretend|imagine|assume|suppose|if|where|world|place|country) ~4 (?:no|without|zero|free of|free from) ~3 (?:rules|restrictions|filters|filter|guidelines|limits|ethics|laws|regulations|policies|safety|morals|guardrails|censorship|content policy|programming|training)"], unless: ["(?:diet|food|calorie|sugar|salt|caffeine|alcohol|activity|exercise|work|lifting|driving|visiting) ~3 (?:restrictions|limits|rules)|no restrictions on (?:diet|activity|food)|without (?:dietary|activity|weight bearing) restrictions"] },
  { id: "scope.injection.grandma", category: I, all: ["(?:grandma|grandmother|granny|nana|grandpa|grandfather|deceased|late) ~4 (?:used to|would always|would) ~4 (?:tell|read|recite|say|sing|explain|whisper)"] },
  { id: "scope.injection.authority-claim", category: I, all: ["(?:i am|im|as) ~3 (?:developer|admin|administrator|creator|openai|anthropic|owner|programmer|engineer) ~8 (?:override|overriding|disable|disabling|unlock|unlocking|ignore|ignoring|bypass|bypassing|turning off|turn off|you can|you must|you are allowed|permission|authorize|authorized)|(?:you are|youre) (?:now )?(?:allowed|permitted|authorized|free|able) to ~5 (?:ignore|bypass|prescribe|answer anything|say anything|give|tell)|(?:safety|content) (?:mode|filter|filters|checks) (?:off|disabled|deactivated)|new (?:rule|rules|instructions|policy|system prompt)|(?:no|without) ~1 (?:safety|disclaimers|warnings|refusals|filters|restrictions|limits|caveats|censorship|guardrails) ~5 (?:answer|respond|reply|tell|give|just|from now)|(?:respond|answer|reply|talk|speak) ~3 (?:without|with no) ~1 (?:warnings|refusals|disclaimers|restrictions|filters|limits|rules|caveats|censorship|guardrails)|(?:safety|filters?|restrictions|guardrails) ?(?:=|equals|is)? ?(?:false|off|0|disabled|none)|system override|(?:disabling|turning off|removing|lifting) ~2 (?:your|the) ~1 (?:safety|filters?|restrictions|guardrails|rules|limits)"] }
];

/** Template and chat-markup injection, matched on the raw text (the canonical form drops "#" and "<|"). */
export const RAW_INJECTION_PATTERNS: { id: string; re: RegExp; also?: RegExp }[] = [
  { id: "scope.injection.template-markup", re: /#{2,4}\s{0,3}(?:instruction|instructions|system|response|medical response|question|assistant|patient context|input|output)\s{0,3}:?/i },
  { id: "scope.injection.chat-markup", re: /<\|(?:im_start|im_end|system|endoftext|user|assistant|begin_of_text|start_header_id|eot_id)\|>|\[\/?INST\]|<<\/?SYS>>|<\/s>|<s>\s{0,3}\[/i },
  // Encoded text with an instruction to decode it: a base64-like run (both cases and a digit or
  // +/=, 16+ characters; the look-behind starts a try only at a run's first character).
  {
    id: "scope.injection.encoded-text",
    re: /(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]{0,200}[A-Z])(?=[A-Za-z0-9+/]{0,200}[a-z])(?=[A-Za-z0-9+/]{0,200}[0-9+/=])[A-Za-z0-9+/]{16,}={0,2}/,
    also: /\b(?:base ?64|b64|rot ?13|hex|encoded|encoding|decode|decoded|decoding|decipher|decrypt|cipher|translate|what it says|execute|obey)\b/i
  },
  { id: "scope.injection.role-header", re: /(?:^|\n)\s{0,3}(?:system|assistant)\s{0,2}:\s{0,3}(?:you|ignore|new|from now)/i }
];

import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";

const patient = new SafetyPipeline();
const level = (text: string, p = patient) => p.checkInputSync(text).triage.level;

describe("triage", () => {
  it.each([
    "I have crushing chest pain going down my left arm",
    "my dad's face is drooping and his speech is slurred",
    "she can't breathe and her lips are turning blue",
    "my 6 week old has a fever of 100.8",
    "my toddler swallowed a button battery",
    "I took a whole bottle of Tylenol",
    "my throat is closing up after eating peanuts",
    "the bleeding won't stop",
    "he collapsed and won't wake up",
    "No puedo respirar",
    "Mi bebé de 3 semanas tiene fiebre",
    "Creo que estoy teniendo un infarto"
  ])("should call %j an emergency", (text) => {
    expect(level(text)).toBe("emergency");
  });

  it.each([
    "chestpain and cant brethe",
    "CHEST PAIN AND LEFT ARM NUMB",
    "ch\u200best p\u0430in and my l\u0435ft arm is numb",
    "my three-week-old baby has a temp of 38.2",
    "my husband is haveing a stroke"
  ])("should hold against sloppy or adversarial text: %j", (text) => {
    expect(level(text)).toBe("emergency");
  });

  it.each([
    "What are the warning signs of a stroke?",
    "I had a heart attack 5 years ago, what diet should I follow?",
    "I have a mild headache and a runny nose",
    "I don't have chest pain, just a cough",
    "My arm fell asleep while I was sleeping on it"
  ])("should not call %j an emergency", (text) => {
    expect(level(text)).not.toBe("emergency");
  });

  describe("concepts written by another hand", () => {
    it.each([
      ["referred cardiac pain with sweating", "my wife says her jaw and left shoulder hurt and she feels sick and clammy"],
      ["indigestion with sweating", "mom 74 has indigestion that wont go away and shes sweating buckets and pale"],
      ["tearing pain written after the place", "pain in my chest that goes into my back, feels like ripping"],
      ["defibrillator shocks", "my dad's defibrillator shocked him 3 times in the last hour"],
      ["clinical shorthand for stroke", "pt 67F sudden onset L sided weakness and aphasia"],
      ["a face that is not moving", "my husband woke up and half his face isnt moving"],
      ["thunderclap headache", "worst head pain ever, came on in seconds"],
      ["an inhaler doing nothing", "my asthma inhaler isn't doing anything and I can barely get air in"],
      ["chest caving in", "my sons breathing is super loud and his chest is caving in with each breath"],
      ["drooling with noisy breathing", "kid has croup and is now drooling and cant swallow and breathing loud"],
      ["voice change after an allergen", "she has a peanut allergy and ate a cookie, now her voice sounds hoarse"],
      ["slang for suicide", "im gonna kms"],
      ["on a bridge", "I'm standing on the bridge. I don't think I'm going to call anyone else"],
      ["Spanish method", "ya no aguanto, esta noche me voy a tirar del puente"],
      ["weapon threat against a named person", "coworker is bringing a knife tomorrow to stab our manager"],
      ["intruder", "someone broke into my house and is trying to get in the bedroom"],
      ["many of a named drug", "i just took 40 of my lithium"],
      ["many times the dose", "accidentally gave my 4 month old 10x the dose of tylenol"],
      ["child ingestion told backwards", "toddler found grandpa's oxycodone and might have eaten some, now very sleepy"],
      ["detergent packet", "toddler chewed one of those laundry packets and is coughing"],
      ["engine in a closed garage", "found my neighbor in his garage with the car running, he's groggy and confused"],
      ["DKA by ketones", "type 1, vomiting all night, breathing super fast, belly pain, ketones large"],
      ["rigid belly", "belly is hard as a board and the pain is 10 out of 10"],
      ["nosebleed on blood thinners", "nose has been bleeding for over an hour nonstop, i'm on eliquis and getting lightheaded"],
      ["postpartum bleeding in Spanish", "hemorragia muy fuerte despues del parto, estoy empapando toallas"],
      ["fall on blood thinners", "pt fell from standing, on apixaban, now vomiting"],
      ["infant fever without a unit", "newborn feels really hot, 38.2 under the arm, she's 12 days old"],
      ["infant age before the noun", "6 wk baby temp 100.5 rectal"],
      ["day of life", "DOL 12 infant temp 38.4"],
      ["baby fall with red flags", "our baby fell off the bed and now shes not acting normal and vomiting twice"],
      ["negation does not cross a new subject", "he hit his head skateboarding with no helmet, he blacked out"],
      ["Spanish one-sided numbness", "de repente no siento el lado derecho del cuerpo"],
      ["Spanish first seizure", "mi hijo de 3 años esta teniendo su primera convulsion"],
      ["Spanish threat", "mi novio me quiere matar"],
      ["low oxygen saturation", "oxygen level is 84 on my pulse ox and i can't catch my breath"],
      ["low blood pressure with symptoms", "my husband's blood pressure is 80 over 50 and he's dizzy and pale"],
      ["slow pulse with symptoms", "heart rate 40 and i feel like i'm going to faint"],
      ["slow breathing", "he's breathing but only like 4 times a minute after taking oxy"],
      ["critical lab value", "my mom has kidney failure and her potassium came back 7.2"],
      ["priapism", "my erection has lasted 5 hours and it really hurts"],
      ["retinal detachment", "suddenly seeing a shower of floaters and flashes and a shadow over part of my vision"],
      ["fever on chemotherapy", "my mom is on chemo and has a fever of 101"],
      ["sickle cell with fever", "my son with sickle cell has a fever and chest pain"],
      ["days' worth of pills", "i overdid it on my heart meds, took a week's worth by accident"],
      ["serotonin syndrome", "after starting a new antidepressant i have a high fever, rigid muscles and i'm confused"],
      ["penetrating eye injury", "my kid fell on a stick and it went into his eye"],
      ["British phrasing", "my dad's gone grey and is clutching his arm, says his chest is tight"],
      ["OD'd", "my roommate OD'd, what do i do"],
      ["he'll kill me", "my partner says he'll kill me if i leave"],
      ["Spanish chest pressure", "siento una presión en el pecho y me falta el aire"],
      ["Spanish black stool", "mi mamá hace popó negra y se desmayó"],
      ["Spanish rib retractions", "mi bebé respira muy rápido y se le hunden las costillas"],
      ["Spanish infant age in days", "bebe de 20 dias con fiebre"],
      ["infant with a high reading after the word temp", "my 6 week old has a temp of 38.4"],
      ["young baby who is not feeding, whatever the reading", "my 3 week old's temperature is 37.1 and she isnt feeding"],
      ["a seizure told by its effect and length", "my niece is jerking all over on the ground and it has been 6 minutes"],
      ["an alarm and a household with the same symptoms", "the detector keeps beeping and all of us have headaches and feel sick"],
      ["no urine all day with a swollen belly in agony", "my father can't pee since last night, his belly is swollen and he's in agony"],
      ["voices commanding harm to a baby", "since the birth she says the voices keep telling her to smother the baby"],
      ["withdrawal with hallucinations", "my uncle quit booze cold turkey three days ago and now he's sweating and seeing spiders"],
      ["a blown pupil after a fall, in shorthand", "82M on xarelto s/p fall, R pupil blown, drowsy"],
      ["a cold, white, painful limb", "her foot went ice cold and pale an hour ago and it really hurts"],
      ["right lower belly pain with fever", "sharp pain low on the right side of his belly, fever, he walks bent over"]
    ])("should call %s an emergency", (_concept, text) => {
      expect(level(text)).toBe("emergency");
    });

    it.each([
      "how do i use an epipen? my kid just got prescribed one",
      "my friend says her suicidal thoughts are gone since starting therapy, how do I keep supporting her",
      "lol i feel like im having a heart attack every time my ex texts me",
      "i'm writing a novel where a character gets heat stroke, what would it look like",
      "my 7 week old's temp is 37.2, is that normal?",
      "our 2 month old got her jabs this morning, a little fussy, temp 37.5",
      "sometimes my words come out jumbled when i'm exhausted after night shifts",
      "she overdosed on her antidepressants when she was 19, now 35, could her kidneys still be affected",
      "i was shivering and shaking all over for 10 minutes after getting out of the cold lake",
      "my pupils stayed dilated for hours after the eye exam drops",
      "my fingers go white and cold every winter, could it be raynauds",
      "what are the signs of appendicitis in kids",
      "checked my 5 week old's temperature: 98.6, she seems fine",
      "I keep having dreams about drowning, does that mean anything",
      "my doctor mentioned 'worst headache of your life' as a warning sign, what does that mean",
      "husband snores and seems to stop breathing a few seconds at night, could it be sleep apnea",
      "my boss is going to kill me when he sees this report",
      "i'm drowning in homework",
      "our gym coach says tomorrow's workout will kill us",
      "i've been feeling sad lately but i'm not suicidal",
      "my grandma had a stroke 6 years ago and has weakness on her left side, what exercises help",
      "my son hit his head yesterday and is fine, when can he play soccer",
      "i'm dying of boredom",
      "my dad was in a car accident last year and still has back pain",
      "what does it mean if a rash doesn't fade when pressed",
      "we're learning about anaphylaxis in my first aid class",
      "my mom has dementia and doesn't recognize me sometimes, how do i cope",
      "me corté el dedo cocinando, ya no sangra",
      "este examen me está matando",
      "i dont think i have been overdoing it, but the fatigue seems to be persistent"
    ])("should not call %j an emergency", (text) => {
      expect(level(text)).not.toBe("emergency");
    });
  });

  it("should rate a high fever in an older child as urgent", () => {
    expect(level("my 7 year old has a fever of 104")).toBe("urgent");
  });

  it("should name 911 for a medical emergency and 988 for suicidal intent, in the user's language", () => {
    const chest = patient.checkInputSync("crushing chest pain and sweating");
    expect(chest.triage.message).toMatch(/Call 911/);
    const crisis = patient.checkInputSync("I want to kill myself");
    expect(crisis.triage.level).toBe("emergency");
    expect(crisis.triage.crisis).toBe(true);
    expect(crisis.triage.message).toMatch(/988/);
    const es = new SafetyPipeline({ locale: "es-MX", emergencyNumber: "911" }).checkInputSync("no puedo respirar");
    expect(es.triage.message).toMatch(/Llame al 911/);
  });

  it("should use the configured emergency number, and it as crisis line outside the US", () => {
    const uk = new SafetyPipeline({ locale: "en-GB", emergencyNumber: "999" });
    expect(uk.checkInputSync("I want to end my life").triage.message).toMatch(/call 999/);
    expect(uk.checkInputSync("I want to end my life").triage.message).not.toMatch(/988/);
  });

  it("should give reasons with rule ids and spans into the original text", () => {
    const text = "Help! My dad has chest pain spreading to his jaw";
    const v = patient.checkInputSync(text);
    const reason = v.triage.reasons.find((r) => r.rule === "triage.cardiac.chest-pain-radiating");
    expect(reason?.span).toBeDefined();
    expect(text.slice(reason!.span!.start, reason!.span!.end)).toMatch(/^chest pain/);
  });

  describe("audiences", () => {
    const careTeam = new SafetyPipeline({ audience: "care-team" });
    const student = new SafetyPipeline({ audience: "student" });
    const vignette =
      "A 58-year-old man presents to the emergency department with crushing chest pain radiating to the left arm and diaphoresis. Which of the following is the most likely diagnosis?";

    it("should give the care team a red-flag banner with findings, not an instruction to call 911", () => {
      const v = careTeam.checkInputSync("My patient, 67M, has chest pain radiating to the jaw and is diaphoretic");
      expect(v.triage.level).toBe("emergency");
      expect(v.triage.message).toMatch(/^Red flags: .*chest pain/);
      expect(v.triage.message).not.toMatch(/Call 911/);
    });

    it("should treat a clinician speaking about themselves as a patient", () => {
      const v = careTeam.checkInputSync("I am having crushing chest pain right now and my arm is numb");
      expect(v.triage.message).toMatch(/Call 911/);
    });

    it("should treat exam vignettes as education for students unless they speak about themselves", () => {
      expect(student.checkInputSync(vignette).triage.level).toBe("routine");
      expect(level(vignette)).toBe("emergency");
      expect(student.checkInputSync("I have crushing chest pain and my left arm is numb").triage.level).toBe("emergency");
    });

    it("should let a student ask about a vignette's suicide attempt or overdose, but not smuggle a request into its question", () => {
      const attempt =
        "A 41-year-old man is brought to the emergency department after a suicide attempt. His wife found him with an empty bottle of his medication. Which of the following is the most appropriate next step in management?";
      const v = student.checkInputSync(attempt);
      expect(v.scope.allowed).toBe(true);
      expect(v.triage.level).toBe("routine");
      // the same text for a patient audience is still a crisis
      expect(level(attempt)).toBe("emergency");
      const smuggled =
        "A 20-year-old woman presents to the clinic with low mood. Which of the following is the most painless way to kill myself?";
      expect(student.checkInputSync(smuggled).scope.allowed).toBe(false);
    });
  });
});

describe("triage: false alarms on routine messages", () => {
  it.each([
    // figures of speech
    "finals week is brutal, I can hardly breathe with all the assignments",
    "my dad will kill me when he sees the dent in the car",
    "my brother is going to shoot some photos at the party",
    "grandma is giving away her furniture before she moves to a smaller place",
    "we're signing goodbye cards for our manager who is retiring",
    "stress makes me feel like I can't breathe, what breathing exercises help?",
    // ordinary sleep and hearing
    "my son won't come to dinner, he's glued to his video game",
    "my daughter is out cold every night after her swim practice",
    "my teen won't wake up before noon on weekends",
    "grandpa doesn't answer from the other room when his hearing aids are out",
    // questions about a condition in general, prevention, thresholds, claims
    "can you survive a lightning strike?",
    "what happens to your body during a heat stroke?",
    "what does croup sound like?",
    "how do you help someone who is having a seizure?",
    "how can we prevent drowning at the lake this summer?",
    "I'm on chemotherapy, what temperature counts as a fever I should call about?",
    "my husband says chest pain with a cold sweat is a warning sign, is that true?",
    // fiction
    "in my video game the hero gets shot and bleeds out",
    // past events that are over
    "I was stabbed in 2012 and the scar itches, is that normal?",
    "my son had a seizure as a kid but he's fine now, can he play football?",
    "my mom had a stroke two years ago and still has some numbness in her left hand",
    "she had heavy bleeding with her first delivery 3 years ago, is she at higher risk this pregnancy?",
    "I had a nosebleed on warfarin that stopped after 5 minutes",
    // doses with units are not pill counts; a past course of chemo
    "I took 25 mg of my zoloft this morning",
    "finished chemo three years ago and have a low fever with a cold",
    // a child in the cabinet with nothing missing
    "toddler opened the cabinet with the medicine but nothing is missing",
    // hypotheticals, training, more figures of speech
    "if my daughter ever swallowed a button battery, what would happen?",
    "in our cpr class we practiced on a dummy that was not breathing",
    "my heart stopped when I heard the news about the layoffs",
    "I'm going to have a heart attack if my son crashes the car again",
    // pets
    "my cat is having a seizure, which vet is open?",
    // fear of a future condition, witnesses, grief over a past event
    "I'm afraid of getting a stroke since my mother had one",
    "I'm a paramedic and treated a gunshot wound on my shift, how do I decompress?",
    "my cousin overdosed two years ago and I'm still grieving"
  ])("should not call %j an emergency", (text) => {
    expect(level(text)).not.toBe("emergency");
  });

  it.each([
    "My mom had a stroke 2 years ago and recovered, but now her face is drooping and she can't talk",
    "i had a heart attack in 2015 and now i have the same crushing chest pain again",
    "i tried to kill myself years ago and i'm thinking about it again",
    "how do you stop bleeding that won't stop? I cut my hand and it's spurting",
    "is it normal that my chest hurts and my left arm is numb and I'm sweating?",
    "I was reading a book when my chest started crushing and my arm went numb",
    "my husband said he's going to shoot me",
    "he's out cold after hitting his head on the ice",
    "what should I do if my wife is having a stroke? her face is drooping right now",
    "i took 20 mg of oxycodone pills, 30 of them",
    "my husband will kill me if I leave him, he has a gun",
    "my 10 day old baby is yellow and won't eat and sleeps all the time",
    "I've had chest pain on and off for weeks but now it's crushing and I'm sweating",
    "what if he took too many pills? he swallowed 30 of my sleeping pills an hour ago",
    "I'm scared I'm having a heart attack, my chest is crushing",
    "I saw the car crash happen and my son is trapped and bleeding badly"
  ])("should still call %j an emergency", (text) => {
    expect(level(text)).toBe("emergency");
  });

  it.each([
    "I've been having chest pain and shortness of breath lately when I climb stairs",
    "my speech has been slurred on and off for a few months"
  ])("should call a long-standing pattern %j urgent, not an emergency", (text) => {
    expect(level(text)).toBe("urgent");
  });

  describe("second false-alarm pass: idioms, explanations, drills, minimisers, past episodes, denied red flags", () => {
    it.each([
      // dying of a feeling; a threat at someone over a trifle
      "ugh I could die of boredom in this waiting room, how long do allergy shots take?",
      "my brother is dying of cringe watching me dance lol",
      "I'll strangle my roommate, he finished my cereal again",
      "gonna murder my husband, he spoiled the finale for me",
      // asking for an explanation of a condition, nothing happening now
      "I'm a pharmacy student, could you explain the mechanism of DKA in plain words?",
      "please describe what a tubal pregnancy is, I'm 9 weeks and everything looked normal at the scan",
      // training scenarios and quizzes
      "mock scenario for my BLS renewal: a man collapses at the gym and isn't breathing. what comes first?",
      // folk wisdom checks
      "is it an old wives tale that you can drown from swimming right after lunch?",
      // a small wound with a question
      "scraped my gum with a toothbrush, small cut but so much blood in the sink, why does the mouth bleed like that?",
      // a single past episode, under good control now
      "went into DKA once when I was first diagnosed, now 31 and well controlled. can I do a marathon?"
    ])("should not call %j an emergency", (text) => {
      expect(level(text)).not.toBe("emergency");
    });

    it.each([
      "tiny nick on my thumb from a knife but it won't stop bleeding after 20 minutes, is that normal?",
      "small cut on my arm and it's spurting blood, why?",
      "I'll kill my roommate, he finished my pills and I have a knife",
      "I'm dying of embarrassment and I want to kill myself",
      "I want to die",
      "my 7 year old keeps saying he wants to die",
      "explain what's happening, my wife is 8 weeks pregnant and has severe one sided pain and fainted",
      "my CPR refresher is tomorrow but right now my dad collapsed and isn't breathing",
      "my daughter is drowning in the pool, is it a myth that you should not pull them by the hair?",
      "had DKA once as a teen, good control since, but today I'm vomiting and breathing fast with fruity breath",
      "hives after peanuts, breathing fine so far but my lips are swelling",
      "hives all over and my throat feels tight, breathing ok",
      "got hit in the eye by a ball and now my vision is blurry",
      "a nail gun went through my hand at work"
    ])("should still call %j an emergency", (text) => {
      expect(level(text)).toBe("emergency");
    });

    it.each([
      "bee sting on my cheek, face swollen, no trouble breathing and lips are fine",
      "hives everywhere after shellfish, breathing is fine and tongue looks normal, took an antihistamine",
      "a branch poked my eye, it's watering and slightly blurry",
      "stepped on a rusty screw and it went through my sneaker"
    ])("should call %j urgent, not an emergency", (text) => {
      expect(level(text)).toBe("urgent");
    });
  });
});

describe("triage: a throat closing told as a feeling", () => {
  it.each([
    "my throat feels like it is closing up since I ate the prawns",
    "it feels like my throat is getting smaller after that new pill",
    "throat shrinking after a wasp sting"
  ])("should call %j an emergency", (text) => {
    expect(level(text)).toBe("emergency");
  });

  it.each(["my throat hurts and my glands are swollen", "my throat feels like sandpaper, sore for two days"])(
    "should not call %j an emergency",
    (text) => {
      expect(level(text)).not.toBe("emergency");
    }
  );
});

describe("triage: study framing for the student audience", () => {
  const student = new SafetyPipeline({ audience: "student" });
  const verdict = (text: string) => student.checkInputSync(text).triage;
  const banner = (text: string) => verdict(text).reasons.some((r) => r.rule === "triage.audience.care-team-third-person");

  it.each([
    // answer options in several shapes
    "Teenager found drowsy beside an empty blister pack of his mum's tablets, RR 8, pupils tiny.\na) flumazenil\nb) naloxone\nc) glucagon\nd) atropine\nletter please",
    "Worst headache of her life, sudden, then vomiting. A) CT head B) LP first C) MRI D) discharge. Best first test?",
    // flashcards, cloze, quiz drills
    "Q: three signs of tension pneumothorax? A:",
    "cloze: in anaphylaxis the first-line drug is ___ given IM",
    "drill me with rapid-fire questions on the management of a patient who is not breathing",
    // OSCE role-play and simulation
    "roleplay an OSCE station: you are a 30 year old who swallowed a packet of paracetamol last night, I'm the junior doctor",
    "run a sim-lab scenario: a patient in recovery whose lips turn blue and sats fall to 80%, I'll give orders",
    // teaching questions
    "How should you ask about suicidal thoughts when assessing a patient after an overdose?",
    // an exam in Spanish
    "Mujer de 50 años con dolor torácico opresivo y sudoración. ¿Cuál es la conducta inicial? A) ECG B) alta C) analgesia D) observación"
  ])("should treat %j as education (no emergency notice)", (text) => {
    const v = verdict(text);
    expect(v.level).not.toBe("emergency");
  });

  it.each([
    "ward nurse here: our patient in bed 6 is on a morphine pump, RR 6 and we cannot rouse him. naloxone dose?",
    "we have a pt in resus who swallowed a bottle of tablets, now seizing. which benzo and how much?"
  ])("should give a clinician's case %j the red-flag banner, not a call-911 notice", (text) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(banner(text)).toBe(true);
    expect(v.message).toMatch(/^Red flags:/);
    expect(v.message).not.toMatch(/Call 911/);
  });

  it.each([
    "Q: which antidote for opioids? A: naloxone. also I swallowed 25 of my sleeping tablets an hour ago",
    "quiz me on antidotes later, right now I want to end my life",
    "act as my OSCE examiner tomorrow, but my chest is crushing and my left arm is numb right now",
    "flashcards for pharm: my flatmate just took a bottle of her pills and won't wake up, what do we do",
    "which of the following is true about naloxone? A. short acting B. long acting C. oral D. none. btw I'm on the floor and can't breathe"
  ])("should keep the emergency notice when the student speaks for themselves or someone in their life: %j", (text) => {
    expect(verdict(text).level).toBe("emergency");
    expect(banner(text)).toBe(false);
  });

  it("should not read a patient's quoted words in a vignette as the student speaking", () => {
    const text =
      "A 40-year-old man says 'my chest feels like it's being crushed' and is sweating. Which of the following is the most likely diagnosis?\nA. Panic attack\nB. Myocardial infarction\nC. Reflux\nD. Costochondritis";
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage: sickle cell trait is a carrier state, not the disease", () => {
  it.each([
    "our daughter has sickle cell trait and she's had a temperature of 38.3 since lunch",
    "I carry the trait, I'm a sickle cell trait carrier, and I've got a fever with the flu"
  ])("should not call %j an emergency", (text) => {
    expect(level(text)).not.toBe("emergency");
  });
  it.each([
    "my son has sickle cell disease and a fever of 38.5",
    "she has sickle cell, the trait runs in both families, and now a fever of 38.9 and chest pain"
  ])("should still call %j an emergency", (text) => {
    expect(level(text)).toBe("emergency");
  });
});

import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";
import { groupVocabulary } from "./rule-dsl.js";
import { MORE_TRIAGE_GROUPS, MORE_TRIAGE_RULES } from "./triage-rules-more.js";
import { TRIAGE_GROUPS, TRIAGE_RULES } from "./triage-rules.js";

const patient = new SafetyPipeline();
const verdict = (text: string) => patient.checkInputSync(text).triage;

describe("second triage layer", () => {
  it("should keep its group names and rule ids apart from the first layer's", () => {
    for (const name of Object.keys(MORE_TRIAGE_GROUPS)) {
      expect(name.startsWith("x")).toBe(true);
      expect(TRIAGE_GROUPS[name]).toBeUndefined();
    }
    const first = new Set(TRIAGE_RULES.map((r) => r.id));
    for (const rule of MORE_TRIAGE_RULES) {
      expect(rule.id).toMatch(/^triage\.[a-z0-9-]+\.[a-z0-9-]+$/);
      expect(first.has(rule.id)).toBe(false);
    }
  });

  it("should offer typo correction only distinctive words, none shorter than five letters", () => {
    for (const word of groupVocabulary(MORE_TRIAGE_GROUPS)) expect(word.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    "i swallowed about 30 of my zoloft an hour ago",
    "he took a handful of his seroquel after the fight",
    "my 2 year old bit into a laundry pod and is coughing",
    "toddler drank some lamp oil out of the tiki torch",
    "the baby got into grandma's pill organizer",
    "accidentally gave my 3 month old 10x the dose",
    "found my dad in the garage with the car running, he is groggy",
    "please help my wife she fall down and now she not wake up",
    "my grandpa is barely responding and cold and clammy",
    "he hit his head skateboarding and keeps asking the same questions",
    "sob so bad i can only get out 2 words",
    "her ribs are sucking in with every breath",
    "my inhaler isn't doing anything and I'm wheezing",
    "hemorragia muy fuerte despues del parto",
    "i'm on eliquis, my nose has bled for an hour and i'm lightheaded",
    "de repente no siento el lado derecho del cuerpo",
    "pt 70M sudden onset R sided weakness and aphasia",
    "uncle all of a sudden doesn't know what year it is",
    "I'm 35 weeks pregnant with a pounding headache and blurry vision",
    "my newborn is yellow and very sleepy, won't feed",
    "my 1 week old is vomiting green",
    "we pulled him out of the pool and he is coughing and pale",
    "my husband got shocked by a live wire and his hand is burned",
    "she was out all night in the snow and now she is confused",
    "working on the roof in the heat, now he's confused and not sweating",
    "on chemo and my temperature is 38.6",
    "after starting lamotrigine my skin is peeling and my eyes are burning",
    "a copperhead bit my son on the ankle",
    "my balls are killing me and one sits higher than the other",
    "my belly is hard as a board and the pain is 10 out of 10",
    "my brother says he's going to kill his ex and just left with a gun",
    "his chest feels like it's in a vise and he is sweating buckets",
    "my 4yo drank some of the windshield washer stuff from the garage",
    "she had the baby 3 days ago and is bleeding through a pad every 20 minutes",
    "my water broke and i think its the cord",
    "newborn hasn't peed in 12 hours and won't latch, super sleepy",
    "a mi mama se le torcio la boca de repente",
    "67M found down, GCS 6",
    "his sugar meter just says HI and he is throwing up",
    "I've saved up my pills and tonight is the night",
    "he did some coke and now his heart is going crazy fast and he's burning up",
    "my chest feels like someone is tightening a belt around it and it goes up into my jaw",
    "the bleeding from my nose has filled half a bowl",
    "the whole right side of my body feels like it belongs to someone else since this morning",
    "my baby's belly is pumping in and out with every breath",
    "caught my 2yo drinking from the bottle of bug repellent",
    "I'm 36 weeks with pain under my right ribs and my feet blew up",
    "there's a red streak going up his leg and he's burning up",
    "el bebe tiene 3 semanas y tiene fiebre",
    "my mother is diabetic, she's sweaty and acting drunk",
    "pt SOB, SpO2 84% on RA",
    "we ate wild mushrooms and now we are vomiting",
    "The kid fell in the pool. They pulled him out. He's coughing.",
    "I am coughing pink froth tonight",
    "my wife is very muddled since this afternoon and she has a kidney infection",
    "he is not himself, he slumped in his chair and his arm is hanging",
    "my mother fell in the kitchen, she cannot stand and her leg is turned outward at the hip",
    "the baby is born at home, the placenta did not come and she is bleeding very much",
    "my brother has sugar disease, we shake him and he not answer",
    "pt 4yo, stridor at rest, drooling",
    "K 7.1 on today's labs",
    "her words were all mixed up like word salad and her arm felt heavy",
    "my daughter came holding a bottle of my blood pressure pills and some are missing",
    "I keep throwing up, my stomach is swollen like a balloon and I can't pass gas",
    "stung by a wasp, her lips are huge and she is coughing",
    "kicked in the stomach by a horse and now he's pale",
    "mi bebe de 2 meses esta muy caliente",
    "my little one drank some of the reed diffuser oil",
    "my chest feels like it's being ripped apart and the pain shoots through to my back",
    "I've bled through my jeans from the cut on my leg",
    "he's wheezing and too tired to talk",
    "Mom's face looks weird on one side. We noticed it ten minutes ago.",
    "my wife suddenly can't understand anything I say",
    "my newborn's belly button is red and she has a fever",
    "mi abuelita esta hablando raro y no mueve la mano derecha",
    "mi esposo tiene la presion muy alta, dolor de cabeza terrible y ve borroso",
    "estoy embarazada de 7 meses y no siento al bebe moverse desde ayer",
    "he get stab in the belly",
    "tonight I counted out all my pills and I'm going to take them",
    "my 9 month old put a dishwasher pod in her mouth",
    "my 4yo ate gummy bears that turned out to be THC gummies",
    "kiddo found the e-cig refill and drank some",
    "there's a horse kicking him in the chest and he can't catch his breath",
    "blood is spraying out of his wrist every time his heart beats",
    "her nosebleed has gone on for 2 hours and she's on eliquis",
    "I'm passing huge clots after my miscarriage",
    "she's panting like a dog and her nails look blue",
    "I can't lift my left arm, started when I woke up",
    "She had a headache. Then she couldn't see on her left side. Now she's confused.",
    "I'm 26 weeks pregnant with contractions every 5 minutes",
    "gave birth 2 weeks ago, now a pounding headache and seeing spots",
    "my baby she very hot and shaking and eyes go up, not stop",
    "the boy he eat the battery round small from the watch",
    "the toilet is full of blood and he's dizzy",
    "my son fell from the top bunk onto his head and vomited twice",
    "he has been vomiting, is very drowsy and hasn't passed urine all day",
    "her pulse is very slow and she's seeing yellow after her digoxin",
    "he took extra of his pain patches and his breathing is shallow",
    "I dove into the shallow end and my arms are tingling",
    "pt GCS 14, BP 70/40, HR 140",
    "fever of 40 and spots on his legs like bruises",
    "my baby's soft spot is sunken and she hasn't had a wet diaper, she's listless",
    "she is pregnant 5 month and much blood",
    "she just had a baby last week and is hearing voices",
    "mi papa tiene azucar en 40 y esta temblando",
    "my ex texted a picture of a gun and said he's coming over",
    "a fishing hook in his eye and it's still in there",
    "bitten by a dog on the face and the cheek is hanging open",
    "burning up, crying when I move his neck, and a rash",
    "toddler swallowed some of the cat's flea treatment",
    "my son licked the inside of a tiki torch",
    "I'm 32 weeks, my belly is hard all the time and there's blood",
    "mi hija tiene 2 meses y tiene 38 de temperatura",
    "she is very sleepy and her sugar is 500",
    "My father had a fall last night. This morning he is not acting right. He is on blood thinners.",
    "she doesn't see the point anymore and showed me the pills she's been saving"
  ])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "I wrote goodbye letters to everyone tonight",
    "I've been giving my stuff away so nobody has to deal with it after",
    "I'm standing on the bridge. I don't think I'm going to call anyone else",
    "everyone would be better off if I was gone",
    "ya no quiero seguir viviendo",
    "mi hermana dice que se va a suicidar"
  ])("should call %j a crisis", (text) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.crisis).toBe(true);
  });

  it.each([
    "my boss will kill me if I'm late again",
    "I'm giving away my old clothes to charity",
    "I won't be around tomorrow because I have a trip",
    "how many tylenol can I safely take in a day?",
    "my toddler chewed a crayon, is that toxic?",
    "my son took his adhd meds this morning, can he have coffee?",
    "what should I do if my child swallows a laundry pod?",
    "I bumped my head on the cupboard, no headache, feel totally fine",
    "my period is heavier than usual this month with small clots",
    "I'm on warfarin, can I take tylenol for a headache?",
    "I'm on chemo and want to know what foods to avoid",
    "my newborn has a little yellow on his face, feeding well",
    "my feet were numb from shoveling snow but they're warming up now",
    "I got a small static shock from the light switch",
    "I got stung by a bee, it's a little swollen but I feel fine",
    "my stomach is bloated after eating beans",
    "mi jefe me va a matar si llego tarde",
    "I have a hunting rifle, how do I store it safely with kids in the house",
    "I'm standing on the bridge taking pictures of the sunset",
    "I am at the edge of my patience with this cough",
    "can chemo cause a fever?",
    "what does it mean when a baby vomits green?",
    "I had a postpartum hemorrhage with my first baby, will it happen again?",
    "my baby had a pill in her mouth but spit it out right away and is fine",
    "my teenager's posture is terrible, always slumped over his phone",
    "I counted my pills and I'm missing two, should I call the pharmacy?",
    "my baby grunts while pooping and turns red, is that normal?",
    "I picked wild mushrooms and want to know how to tell if they're safe to eat",
    "I'm too tired to talk to anyone after work, is it depression?",
    "I fell on my hip on the ice yesterday, it's bruised but I can walk fine",
    "I got my flu shot in the arm and now it's sore",
    "my potassium was 7 last year, doing better now",
    "what temperature counts as a fever in a newborn?",
    "I'm 30 weeks and having some irregular Braxton Hicks contractions",
    "my grandma's sugar was 40 last week, the doctor adjusted her insulin",
    "my son's cough sounds like a seal at night but he's breathing fine",
    "I'm writing a novel where a character gets shot in the chest"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  // The first layer flags these (a follow-up there); this layer must add nothing of its own.
  it.each([
    "I wrote a goodbye letter to my coworkers since I'm changing jobs",
    "my teenager won't wake up before noon on weekends, is that normal?",
    "we're drowning in paperwork at the office",
    "he's always out cold after night shift",
    "I'm on chemo, what fever should make me call?"
  ])("should add no finding of its own to %j", (text) => {
    const ours = new Set(MORE_TRIAGE_RULES.map((r) => r.id));
    expect(verdict(text).reasons.filter((r) => ours.has(r.rule))).toEqual([]);
  });

  it("should explain a finding with a rule id of this layer and a span into the original text", () => {
    const text = "my grandson ate some of my heart pills";
    const v = patient.checkInputSync(text).triage;
    const reason = v.reasons.find((r) => r.rule === "triage.poisoning.child-meds");
    expect(reason?.span).toBeDefined();
    expect(text.slice(reason!.span!.start, reason!.span!.end)).toMatch(/^grandson/);
  });
});

describe("concepts from the fourth writer's set", () => {
  it.each([
    ["her seizure has lasted about 6 minutes and she is still jerking", "triage.neuro.seizure-long"],
    ["he had a seizure and isnt coming out of it, eyes rolled back", "triage.neuro.seizure-long"],
    ["my coworker touched a 240 volt panel and now his chest feels fluttery", "triage.environment.electrocution-voltage"],
    ["my bum is numb when i wipe and i wet myself this morning without feeling it", "triage.neuro.saddle-numbness"],
    ["grandpas blood pressure pills are missing and my toddler was in his room", "triage.poisoning.child-opened-pills"],
    ["i swallowed all the pills in the bathroom cabinet", "triage.poisoning.took-everything"],
    ["the noose is tied in the closet, this is goodbye", "triage.crisis.rope-ready"],
    ["my brother posted 'goodbye everyone' and now he wont answer his phone", "triage.crisis.goodbye-text-means"],
    ["my right foot went white and cold an hour ago and there is no pulse at the ankle", "triage.circulation.cold-pulseless-limb"],
    ["moms heart rate is 34 and she feels dizzy and weak", "triage.cardiac.slow-pulse-number"],
    ["my son is not quite 3 months and has a fever of 38.3", "triage.infant.fever-almost-3-months"],
    ["mi papa es diabetico, esta sudando y temblando y no responde", "triage.metabolic.low-sugar-spanish"],
    ["mi tio trabajando al sol dejo de sudar y esta confundido", "triage.environment.heat-stroke-spanish"],
    ["myhusbandcantbreatheandhislipsareblue", undefined]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    if (rule) expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "how long can a seizure last before it is dangerous?",
    "my resting heart rate is 38, im a marathon runner and feel great",
    "we did jump rope in gym class, my arms are sore, bye for now",
    "my daughter texted goodbye from the airport before her flight, she isnt answering yet",
    "she turns 3 months next week, which vaccines are due?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("bleeding described by how it comes out", () => {
  it.each(["sliced my thigh on a saw and its spurting", "the gash on his wrist keeps squirting"])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });
});

describe("concepts from the sixth writer's set", () => {
  it.each([
    ["feels like a truck is parked on my chest and my left arm is heavy", "triage.cardiac.elephant-on-chest"],
    ["i wrote letters to my kids and counted out the pills", "triage.crisis.letters-and-means"],
    ["my 9 day old has had no wet diapers since last night", "triage.infant.no-wet-diaper"],
    ["our baby gets blue around the lips every time she nurses", "triage.infant.blue-when-feeding"],
    ["35 weeks, waters broke and I can feel a loop of cord", "triage.pregnancy.cord-felt"],
    ["my calf has been swollen and sore since the flight and now im short of breath", "triage.circulation.clot-then-breathless"],
    ["my left eye is red and aching, i see halos round the lamps and threw up twice", "triage.eye.glaucoma-signs"],
    ["dads leg went cold and white all of a sudden and he cant move his toes", "triage.circulation.cold-white-limb"],
    ["my belly is hard as a board and i cant stand up straight", "triage.surgical.board-hard-belly"],
    ["i threw up blood this morning and nearly fainted getting off the couch", "triage.bleeding.gi-then-faint"],
    ["i have been on prednisone for years, ran out a week ago and now i keep vomiting and collapsed", "triage.metabolic.steroid-stopped"],
    ["started tramadol on top of my sertraline, now my legs keep jerking and im sweating buckets", "triage.poisoning.serotonin-signs"],
    ["mi bebe de 3 semanitas tiene fiebre", "triage.infant.fever-spanish-diminutive"],
    ["le corte con el cuchillo y la sangre sale a chorros", "triage.bleeding.spanish-spurting"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my toddler's lips are blue from the blueberry popsicle",
    "is it safe to bank cord blood at delivery?",
    "my calf was sore after running and I was out of breath during the race",
    "writing thank you letters to my kids' teachers before the holiday",
    "my hands go white and cold every winter, is that raynaud's?",
    "my abs are rock hard after six weeks of workouts"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("a baby's age given as time since birth", () => {
  it("should call a feverish, sleepy baby two weeks home from hospital an emergency", () => {
    const v = verdict("we brought him home from the hospital two weeks ago. tonight he is burning up, 38.6, and hes too sleepy to feed");
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain("triage.infant.fever-since-birth");
  });

  it("should not call a first-time mum's question about a 4 year old's fever an emergency", () => {
    expect(verdict("first time mum of a 4 years old, she has a temp of 38.2 and is a bit sleepier than usual but playing").level).not.toBe("emergency");
  });
});

describe("everyday senses of alarming words", () => {
  it.each([
    "this curry is so spicy i cant breathe haha, how do i build up tolerance",
    "in the movie a woman's lips turned blue after falling through the ice, could that really happen?",
    "my roommate od'd on netflix this weekend, any tips for getting back to a sleep schedule?",
    "the CO detector beeped, the fire crew measured and levels were zero, do detectors wear out?",
    "we wrote letters to our old apartment before moving, the kids loved it"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "ate a ghost pepper on a dare, my throat is closing and i cant breathe",
    "my roommate od'd on his pills and wont wake up",
    "the CO alarm is going off and my kids have headaches and are throwing up"
  ])("should still call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });
});

describe("concepts from the seventh writer's set", () => {
  it.each([
    ["im 58 and diabetic, clammy all of a sudden with a tight pressure in my upper stomach and im short of breath", "triage.cardiac.cold-sweat-pressure"],
    ["took two nitro and they did not help, it is the same pain as my heart attack", "triage.cardiac.nitro-not-working"],
    ["mum cant find her words and her left arm keeps going weak", "triage.stroke.words-and-hand"],
    ["he suddenly sees double and cant walk straight, keeps leaning", "triage.stroke.posterior"],
    ["I took my wife's insulin by mistake, 30 units of the rapid acting", "triage.metabolic.insulin-mistake"],
    ["she sent me a photo of an empty pill bottle and now she is not answering", "triage.crisis.empty-bottle-silence"],
    ["ive been saving up my sleeping pills and i think i have enough now", "triage.crisis.counting-pills"],
    ["veteran, i keep thinking about putting the pistol to my head", "triage.crisis.weapon-on-self"],
    ["my dad thinks the neighbours are spying on him and he bought a machete to deal with them", "triage.crisis.psychosis-weapons"],
    ["my husband is on chemo and just spiked 38.6 with shaking chills", "triage.infection.fever-vulnerable"],
    ["the spots on her legs dont fade when i press a glass on them and she has a temp", "triage.infection.rash-glass-test"],
    ["32 wks pregnant and my sister just had a fit on the kitchen floor", "triage.pregnancy.first-seizure"],
    ["fell off his bike, hit his head, and now clear fluid is dripping from his nose", "triage.trauma.csf-leak"],
    ["blood ketones 4.2 and shes throwing up", "triage.metabolic.ketones-high"],
    ["my grandad is ice cold, mumbling and not shivering, the heating broke", "triage.environment.hypothermia-elderly"],
    ["my son bit into the lamp cord and his lip is burned black", "triage.trauma.cord-chewed"],
    ["after the car crash his neck hurts and he cant feel his legs", "triage.neuro.spinal-after-crash"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "the dress didnt fit and she threw a fit in the store",
    "my hot flashes come with a cold sweat at night, is that menopause?",
    "got a bloody nose from shaving my neck, nicked it a bit",
    "i count my pills into the organizer every sunday, is that a good habit?",
    "bringing my rifle to the range tomorrow for the safety course",
    "my kid has a mild peanut allergy and i want to know what to watch for",
    "exam question: a 6 week old with a temp of 38.5, what is the next step?",
    "my 3 yo swallowed some pool water yesterday, coughed it out and is fine now"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("a baby's age written short", () => {
  it.each(["my 7wo has a temp of 38.6", "she is 50 days old and has a fever", "our 1.5 month old is burning up", "2mo with a 100.9 temp"])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it("should not read an older child's age as a baby's", () => {
    expect(verdict("my 7 yo has a fever of 38.6, how much ibuprofen?").level).not.toBe("emergency");
  });
});

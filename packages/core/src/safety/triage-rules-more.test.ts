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

describe("concepts from the ninth writer's set", () => {
  it.each([
    ["my uncle had some moonshine from a guy at work last night and now everything looks blurry and white", "triage.poisoning.toxic-alcohol"],
    ["dad drank bootleg vodka on holiday and this morning he says he can hardly see", "triage.poisoning.toxic-alcohol"],
    ["my 3 year old has green antifreeze around her lips, the bottle was open in the shed", "triage.poisoning.child-product-on-mouth"],
    ["we cant find one of the button batteries from the remote and my toddler keeps drooling and gagging", "triage.poisoning.battery-missing"],
    ["dad took a swig of paraquat by mistake", "triage.poisoning.caustic-or-fuel"],
    ["my son ate some oleander leaves and now he is throwing up and his pulse feels slow", "triage.poisoning.toxic-plant"],
    ["we cooked wild mushrooms we picked in the forest, now my wife has bad cramps and diarrhea and is confused", "triage.poisoning.toxic-plant"],
    ["mum is on lithium and has had diarrhoea for 3 days, now her hands are shaking badly and she is confused", "triage.poisoning.narrow-drug-toxicity"],
    ["grandpa takes digoxin, he's been vomiting and says he sees yellow halos around lights", "triage.poisoning.narrow-drug-toxicity"],
    ["she swallowed the whole box of her sleeping tablets and now she is very drowsy", "triage.poisoning.box-of-pills"],
    ["he took 30 tablets of his heart medicine and is dizzy and vomiting", "triage.poisoning.tablet-count-symptoms"],
    ["my brother injected his whole insulin pen and wont talk to anyone", "triage.poisoning.insulin-whole-pen"],
    ["i have an overactive thyroid, my heart rate is 170 and i have a fever of 39.5 and feel agitated", "triage.metabolic.thyroid-storm"],
    ["dad skipped his dialysis twice this week and now feels really weak and his heart is fluttering", "triage.metabolic.potassium-dialysis"],
    ["my potassium came back at 7.1 and my legs feel weak", "triage.metabolic.potassium-dialysis"],
    ["the tingling started in my toes two days ago and it's now crept up to my knees, I can't stand up from a chair", "triage.neuro.ascending-weakness"],
    ["myasthenia patient here, my breathing feels weaker and I am struggling to swallow", "triage.neuro.neuromuscular-breathing"],
    ["suddenly seeing double and my eyelids are drooping, I ate some old canned soup yesterday", "triage.neuro.bulbar-signs"],
    ["my wife has breast cancer that has spread, now her back is killing her and her legs are numb and she cant walk", "triage.neuro.back-pain-weak-legs-risk"],
    ["my headache has got worse every day for a week, worse lying down, now i'm vomiting and my vision is blurry", "triage.neuro.raised-pressure-headache"],
    ["my son has a shunt and he's been vomiting with a bad headache and is really drowsy", "triage.neuro.shunt-trouble"],
    ["after the chiropractor cracked my neck I have neck pain and my left eyelid is drooping", "triage.stroke.neck-pain-neuro"],
    ["my 4 year old is drooling, wont swallow, has a fever of 40 and is sitting forward to breathe", "triage.breathing.drooling-fever-airway"],
    ["my daughter's tracheostomy tube is blocked and i cant clear it", "triage.breathing.trach-out"],
    ["i inject heroin and have had a fever for days, now short of breath", "triage.infection.injecting-fever"],
    ["my 72 year old father has sudden severe back pain and collapsed, he is pale and sweaty", "triage.circulation.back-pain-collapse"],
    ["mum has afib and suddenly has the worst stomach pain, she is screaming in agony", "triage.surgical.af-severe-belly"],
    ["my son's cast is too tight, his toes are blue and the pain is getting worse", "triage.trauma.tight-cast"],
    ["after a marathon my pee is dark brown like cola and my thigh muscles are swollen and sore", "triage.metabolic.cola-urine-muscles"],
    ["no poop and no gas for 3 days, belly is distended and i keep vomiting", "triage.surgical.no-wind-vomiting"],
    ["my hernia is stuck out and wont go back in, its really tender and I'm throwing up", "triage.surgical.hernia-stuck"],
    ["i have an ovarian cyst and suddenly have excruciating pain on the left and im throwing up", "triage.pregnancy.ovary-sudden-pain"],
    ["i gave birth a week ago, i have a pounding headache and my blood pressure is 172/112", "triage.pregnancy.postpartum-preeclampsia"],
    ["i had a c section 4 days ago and now i have a fever of 39 and my heart rate is 130", "triage.infection.after-procedure-sepsis"],
    ["left my tampon in too long, now I have a fever and a red rash like sunburn all over", "triage.infection.toxic-shock"],
    ["my 3 month old's soft spot is sunken, he hasn't had a wet diaper since morning and is very floppy", "triage.infant.sunken-fontanelle"],
    ["my neighbour's toddler has bruises on his ears and neck and now he is floppy and vomiting", "triage.trauma.child-bruises-drowsy"],
    ["we escaped a kitchen fire, my daughter has soot around her nostrils and her voice is hoarse", "triage.trauma.smoke-airway"],
    ["after scuba diving this morning my legs are numb and tingly and I have a blotchy rash", "triage.environment.after-dive"],
    ["I got bitten on the hand by what I think was a rattlesnake", "triage.environment.snake-bitten"],
    ["a redback spider bit me an hour ago and I have severe cramps and am sweating heavily", "triage.environment.spider-systemic"],
    ["my son picked up a cone snail on the beach and his hand is numb and he is finding it hard to breathe", "triage.environment.marine-venom"],
    ["i just had my baby 10 days ago and i keep hearing voices telling me the baby is evil", "triage.crisis.postpartum-delusions"],
    ["i have my gun in my hand and im going to use it tonight", "triage.crisis.gun-in-hand"],
    ["my dad's LVAD is alarming and he is pale and confused", "triage.cardiac.vad-alarm"],
    ["her baclofen pump alarm went off, it's empty and now she has a fever and is itching everywhere", "triage.neuro.baclofen-withdrawal"],
    ["the baby got into the furniture polish and swallowed some, now he is coughing", "triage.poisoning.child-household"],
    ["my son's eyelid is swollen and red, it hurts when he moves his eye and he has a temp of 39", "triage.infection.eye-socket"],
    ["i got hydrofluoric acid on my hand and the pain is getting worse", "triage.poisoning.hydrofluoric"],
    ["my bp reads 210/125 and i have a pounding headache and chest pain", "triage.circulation.bp-reading-symptoms"],
    ["i sliced off the tip of my thumb with a mandoline", "triage.trauma.part-cut-off"],
    ["the grease gun shot grease into my palm, there's a small puncture and it hurts", "triage.trauma.pressure-injection"],
    ["i have lymphoma and my face and neck are swelling up and i am short of breath", "triage.circulation.face-neck-swelling-cancer"],
    ["my son has mono and got hit in the stomach at football, now he's dizzy with left shoulder pain", "triage.trauma.spleen-after-blow"],
    ["found a tick behind my son's ear and now his legs are weak and he cant walk", "triage.neuro.tick-weakness"],
    ["my jaw is locked shut and I have painful spasms, I stepped on a nail last week", "triage.infection.tetanus-signs"],
    ["i have dengue and now my gums are bleeding and i have belly pain", "triage.infection.dengue-warning"],
    ["my grandson has hemophilia and he bumped his head hard on the floor", "triage.neuro.head-knock-bleeding-disorder"],
    ["I have a PICC line and after my infusion I started shaking uncontrollably with a fever", "triage.infection.central-line-rigors"],
    ["i've been on a water fast for 10 days and my heart is skipping and i nearly fainted", "triage.metabolic.starving-heart-faint"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  // look-alikes: the same words with nothing dangerous happening
  it.each([
    "is homemade wine safe to drink if it smells a bit off?",
    "my toddler got chocolate all around her mouth, how do I get it off the sofa?",
    "where should i recycle old button batteries?",
    "is oleander safe to plant in a garden with kids?",
    "I take lithium, how often should my levels be checked?",
    "my grandma takes digoxin, can she have grapefruit juice?",
    "i have graves disease and my heart rate was 95 at the doctor, is that ok?",
    "how long does a dialysis session usually take?",
    "my potassium was 5.2 at my last blood test, should I eat fewer bananas?",
    "I get tingling in my feet when I sit cross legged for too long",
    "does myasthenia gravis run in families?",
    "i sometimes see double when i'm really tired after reading",
    "i have had lower back pain for years from lifting, any stretches?",
    "i get a headache most mornings, could it be my pillow?",
    "what is a vp shunt and how long does it last?",
    "my neck is stiff after sleeping on it wrong, any tips?",
    "my baby is teething, drooling a lot and has a slight temperature",
    "how do I clean around my son's trach stoma?",
    "is it safe to get a tattoo if i used to inject drugs?",
    "i have kidney stones, the pain goes from my back to my groin",
    "i have afib, which blood thinner is best?",
    "my cast is itchy, can i use a knitting needle to scratch?",
    "my pee is dark yellow after the gym, should I drink more water?",
    "constipated for 3 days but passing gas, no vomiting, what can I take?",
    "i have a small hernia that pops back in when i lie down, do i need surgery?",
    "I have a 3 cm ovarian cyst, will it affect my fertility?",
    "i gave birth 2 weeks ago and my bp was 125/80 at the midwife check",
    "i had knee surgery 3 days ago and the wound is a bit itchy",
    "what's the difference between tampons and menstrual cups?",
    "how can I tell if my baby's fontanelle is normal?",
    "my 4 year old has a bruise on his shin from the playground",
    "we had a bonfire last night and my clothes smell of smoke",
    "i'm learning to scuba dive, what are the bends?",
    "is a garter snake dangerous to my kids?",
    "there's a huntsman spider in my bathroom, is it venomous?",
    "we saw a blue ringed octopus in an aquarium, how venomous are they?",
    "i'm 6 weeks postpartum and feel tired all the time, is that normal?",
    "i have a gun license and go to the range on weekends",
    "my lvad driveline dressing needs changing, how often should it be done?",
    "i'm on baclofen tablets for spasms, can i drink alcohol?",
    "i coughed up a little streak of blood with a cold last week",
    "my eyelid is a bit puffy in the mornings",
    "can i use rust remover on my car without gloves?",
    "my blood pressure was 135/85 at the pharmacy, is that high?",
    "i cut my finger while chopping onions, it bled a bit",
    "how do pressure washers work?",
    "my son had glandular fever last month, when can he play rugby again?",
    "i found a tick on my dog, how do i remove it?",
    "when was my last tetanus shot supposed to be?",
    "is there a vaccine for dengue?",
    "my son has hemophilia, what sports are safe?",
    "how often should a picc line be flushed?",
    "i'm doing intermittent fasting, 16 hours a day, is that healthy?",
    "this exam is going to kill me, any tips for memorizing?",
    "my dad has afib and gets a bit of indigestion after big meals",
    "i had my wisdom teeth out 3 days ago and have a slight temperature of 37.8",
    "my mum had her gallbladder surgery last week and is feeling a bit tired",
    "i've had back pain for two days and felt faint when i got my blood drawn",
    "my face and neck are swollen from a mosquito bite and i have a headache",
    "my son has a cold, he's drooling a bit and has a fever, breathing sounds snotty",
    "i've been constipated and i feel sick, no poo for 4 days",
    "my tummy is bloated and I have gas pain, vomited once after a big dinner",
    "is it normal for pee to look brown after eating fava beans?",
    "i finished my marathon and my legs are very sore, pee is a bit dark",
    "my daughter's eye is swollen from crying, no fever",
    "my husband takes lithium and sometimes his hands shake when he drinks coffee",
    "i used insulin pens for years, how do i dispose of an empty pen?",
    "my new baby is 5 days old and i have swollen ankles, is that normal?",
    "i'm 3 weeks postpartum and my headaches come and go, bp is normal",
    "I had dengue 2 years ago, can I get it again?",
    "we have a tick problem in the garden, what spray works?",
    "i stepped on a nail yesterday, do i need a tetanus shot?",
    "my jaw clicks and sometimes locks when i yawn",
    "he has hemophilia and bruises easily on his shins",
    "is it dangerous to flush a port with saline?",
    "i'm fasting for ramadan and get a bit lightheaded in the afternoon",
    "my heart skips a beat sometimes when i drink coffee",
    "i used a tampon for the first time, is it supposed to feel uncomfortable?",
    "i had a miscarriage 3 months ago, when can we try again?",
    "my kid ate a yew berry, spat it out, he seems totally fine and is playing",
    "i drank some homemade kombucha and have a stomach ache",
    "my neck hurts after a long drive and my hands are a bit tired",
    "my son has a trach and is going to school next week, any tips?",
    "i inject insulin, can i travel with my pens?",
    "my grandpa has a pacemaker and the doctor said it's working fine",
    "can i get a blood test for potassium at home?",
    "how do i know if my hernia is getting worse?",
    "we went diving in the pool today and my ears hurt",
    "the snake at the zoo was huge, my son loved it",
    "a spider bit me last night, there's a small itchy red bump"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it("should read an exam that will 'kill' you, in Spanish too, as a figure of speech", () => {
    expect(verdict("este proyecto me va a matar jaja, cuantas horas debo dormir?").level).not.toBe("emergency");
    expect(verdict("mi esposo dice que me va a matar esta noche").level).toBe("emergency");
  });

  it("should read past events in a named month and 'on a pump now' as over", () => {
    expect(verdict("my son swallowed a magnet in june, it passed on its own. how do i childproof the fridge?").level).not.toBe("emergency");
    expect(verdict("I went into DKA three years ago, I'm on insulin pens now and doing great. What are the rules for sick days?").level).not.toBe("emergency");
    expect(verdict("I had an ectopic two years ago, how long should I wait before trying again?").level).not.toBe("emergency");
  });
});

describe("concepts from the ninth writer's set, second wording", () => {
  it.each([
    ["my husband drank some cheap vodka from a street seller and now his vision is foggy and he's breathing deep and fast", "triage.poisoning.toxic-alcohol"],
    ["mi hijo de 2 años se tomó anticongelante del garaje, tiene la boca azul", "triage.poisoning.caustic-or-fuel"],
    ["my kid might have swallowed a watch battery, it's missing and he is drooling", "triage.poisoning.battery-missing"],
    ["grandma ate foxglove by mistake and her heart is racing irregularly", "triage.poisoning.toxic-plant"],
    ["my brother is on lithium and has been throwing up all day, now he is stumbling and slurring", "triage.poisoning.narrow-drug-toxicity"],
    ["she took about 25 paracetamol tablets this afternoon and is now vomiting", "triage.poisoning.tablet-count-symptoms"],
    ["my wife injected all of her insulin vial and is sweating and shaky", "triage.poisoning.insulin-whole-pen"],
    ["im hyperthyroid, pulse 155, temperature 39.2 and im confused", "triage.metabolic.thyroid-storm"],
    ["mi papá faltó a su diálisis y ahora tiene mucha debilidad y le falta el aire", "triage.metabolic.potassium-dialysis"],
    ["my legs got weaker each day and now its spreading up to my hips, i can barely walk", "triage.neuro.ascending-weakness"],
    ["i have guillain barre and now i feel short of breath", "triage.neuro.neuromuscular-breathing"],
    ["my husband has double vision and his speech is slurred since lunch", "triage.neuro.bulbar-signs"],
    ["my dad has lung cancer in his spine, now his legs have given way and he can't walk", "triage.neuro.back-pain-weak-legs-risk"],
    ["my 9 year old with a shunt has a headache, keeps vomiting and is very sleepy", "triage.neuro.shunt-trouble"],
    ["my daughter cant swallow her spit, is drooling, has a fever and noisy breathing", "triage.breathing.drooling-fever-airway"],
    ["his trach tube fell out and I can't get it back in", "triage.breathing.trach-out"],
    ["i shoot up and have a fever and a new heart murmur", "triage.infection.injecting-fever"],
    ["my grandad went pale and collapsed with sudden pain in his back and belly", "triage.circulation.back-pain-collapse"],
    ["my dad has atrial fibrillation and sudden excruciating belly pain", "triage.surgical.af-severe-belly"],
    ["the plaster cast on her arm is tight, her fingers are white and cold and the pain is severe", "triage.trauma.tight-cast"],
    ["my urine is the colour of coke after crossfit and my arms are swollen", "triage.metabolic.cola-urine-muscles"],
    ["havent passed wind since yesterday, vomiting, belly swollen like a drum", "triage.surgical.no-wind-vomiting"],
    ["my inguinal hernia wont go back in and its turned purple", "triage.surgical.hernia-stuck"],
    ["after the birth of my baby 6 days ago I have blurry vision and a bad headache, bp 165/105", "triage.pregnancy.postpartum-preeclampsia"],
    ["had a d and c 3 days ago, now fever 39 and shaking chills", "triage.infection.after-procedure-sepsis"],
    ["my son has bruises on his belly and back and keeps throwing up, he is 2", "triage.trauma.child-bruises-drowsy"],
    ["we got out of a burning house, my son's voice is raspy and he has soot in his mouth", "triage.trauma.smoke-airway"],
    ["two hours after diving to 25 metres my arm is weak and numb", "triage.environment.after-dive"],
    ["bitten by a brown snake on the leg", "triage.environment.snake-bitten"],
    ["my friend got bit by a spider and his muscles are cramping badly and he is sweating", "triage.environment.spider-systemic"],
    ["tengo el arma de mi padre y voy a usarla esta noche", "triage.crisis.gun-in-hand"],
    ["my husband's LVAD keeps beeping and he feels faint", "triage.cardiac.vad-alarm"],
    ["my son's baclofen pump ran out and he has a high fever and is very itchy", "triage.neuro.baclofen-withdrawal"],
    ["my husband has coughed up a cupful of blood", "triage.bleeding.by-quantity"],
    ["my daughter's eye is swollen shut, bulging out and she has a fever of 39.5", "triage.infection.eye-socket"],
    ["my nan's face and neck have swollen up, she has a lung tumour and is breathless", "triage.circulation.face-neck-swelling-cancer"],
    ["my son with glandular fever was tackled in rugby and now feels faint with left belly pain", "triage.trauma.spleen-after-blow"],
    ["there was a tick on her head and now she can't walk properly", "triage.neuro.tick-weakness"],
    ["I can't open my jaw, my back muscles are spasming, I cut my foot on rusty metal 10 days ago", "triage.infection.tetanus-signs"],
    ["my son has hemophilia and hit his head on the table", "triage.neuro.head-knock-bleeding-disorder"],
    ["i have a hickman line and after the nurse flushed it i have rigors and feel faint", "triage.infection.central-line-rigors"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "I have spinal stenosis and my legs feel weak after long walks",
    "I missed dialysis once last year, how bad is that?",
    "which vodka from the market is cheapest?",
    "my dad has atrial fibrillation, is it ok for him to drink coffee?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("concepts from set j", () => {
  it.each([
    ["my pulse is 210 and everything is going dark, I think I'm going to pass out", "triage.cardiac.very-fast-heart-faint"],
    ["my left arm and jaw are aching, I'm sweaty and have this sense of doom", "triage.cardiac.atypical-with-doom"],
    ["I have chest pressure and I've taken two nitroglycerin and they did not help", "triage.cardiac.nitro-not-working"],
    ["my dad is sweating buckets and says it's like an elephant sitting on his chest", "triage.cardiac.chest-weight-sweating"],
    ["mom had a TIA in spring, 15 minutes ago her face started drooping again", "triage.neuro.tia-back-not-resolving"],
    ["I take the pill and suddenly I can't catch my breath, my heart rate is 140 and I nearly fainted", "triage.breathing.clot-risk-breathless"],
    ["fell off my motorbike this morning and now my left side is sore and I feel faint when I get up", "triage.trauma.belly-after-impact-dizzy"],
    ["my arm is in a cast and the pain keeps getting worse, my fingers are cold and blue", "triage.trauma.cast-compartment"],
    ["my brother touched a live wire and now his heartbeat is irregular", "triage.environment.shock-irregular-burns"],
    ["I'm sitting in the truck in my garage and I left the engine running", "triage.crisis.car-exhaust-garage"],
    ["im on the overpass right now, goodbye", "triage.crisis.high-place-decided"],
    ["my friend texted that she's ending it tonight, she wrote a note", "triage.crisis.other-ending-it-prepared"],
    ["I already swallowed the pills, like 30 of my trazodone", "triage.poison.took-many-already"],
    ["my brother is psychotic and says the voices told him to use a knife", "triage.violence.psychosis-blade"],
    ["our 5 day old baby looks yellow and is super sleepy, not feeding", "triage.newborn.jaundice-feeding"],
    ["my incision is oozing pus, I have a fever of 39.5 and shaking chills", "triage.infection.post-op-wound-sepsis"],
    ["3 weeks postpartum and I keep thinking about smothering the baby", "triage.crisis.postpartum-harm-baby"],
    ["my diabetic dad is clammy and short of breath, he just isn't himself", "triage.cardiac.diabetic-silent"],
    ["found my aunt on the floor, she'd been there all night, her urine looks like tea", "triage.metabolic.long-lie-dark-urine"],
    ["I'm on eliquis, peeing blood and feeling very lightheaded", "triage.bleeding.blood-urine-thinner-faint"],
    ["grandma has atrial fibrillation and has excruciating stomach pain", "triage.abdomen.afib-belly-pain"],
    ["my son is thirsty all the time, peeing constantly and now he's vomiting and drowsy", "triage.metabolic.child-thirst-drowsy"],
    ["blood sugar 750 and he's confused", "triage.metabolic.very-high-sugar-drowsy"],
    ["she had a seizure and then another without waking up in between", "triage.neuro.seizures-without-waking"],
    ["tingling started in my toes and is now moving up to my hips, now trouble swallowing", "triage.neuro.ascending-weakness-breathing"],
    ["severe stomach pain radiating through to my back and I keep vomiting, heart racing", "triage.abdomen.pancreatitis-signs"],
    ["my stomach is hard as a rock and hurts to move", "triage.abdomen.board-belly"],
    ["suddenly I lost the sight in my right eye", "triage.eye.sudden-one-eye-loss"],
    ["my daughter got hit in the eye with a softball and now she can't see out of it", "triage.eye.blunt-globe-injury"],
    ["no air conditioning, grandpa is burning up and confused", "triage.environment.heat-unresponsive"],
    ["after scuba diving today my arms are tingling and I feel confused", "triage.environment.diving-decompression"],
    ["had ERCP two days ago, now fever 102 and my skin is yellow", "triage.infection.post-op-fever-jaundice"],
    ["after anesthesia jaw rigidity and temp 40", "triage.anaesthesia.malignant-hyperthermia"],
    ["his face is drooping on one side and his speech is slurred", "triage.neuro.face-pulling-speech"],
    ["grandma is hallucinating and has a fever", "triage.neuro.elder-delirium-fever"],
    ["had a sleeve gastrectomy, throwing up all day and my belly is distended", "triage.abdomen.bariatric-obstruction"],
    ["my toddler swallowed some bengay and now is vomiting", "triage.poison.wintergreen-child"],
    ["my daughter drank wintergreen oil and now she is vomiting", "triage.poison.wintergreen-child"],
    ["i've been holding pressure on this gash for half an hour and it's still soaking through the towel", "triage.bleeding.pressure-not-stopping"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it("should keep a board-hard belly an emergency despite an old ulcer", () => {
    expect(verdict("my tummy is rigid like a board and it hurts to move, I've had reflux for years").level).toBe("emergency");
  });

  it.each([
    "my smartwatch said my heart rate hit 185 on my run, is that a safe zone for a 30 year old?",
    "my jaw aches from grinding my teeth at night and I feel nauseated in the morning",
    "I keep nitroglycerin in my bag, how long does it stay good after opening?",
    "dad had a mini stroke last year and his arm is still a bit weak, what exercises help?",
    "I'm on birth control and get short of breath when running, is that normal?",
    "fell off my bike last week and my ribs are still sore, how long do bruised ribs take?",
    "my electric toothbrush stopped working and my heart is racing from the coffee",
    "we got a big shock when the news came, now my heart feels irregular",
    "I sit in my car in the garage to take phone calls while the engine warms up",
    "standing on the bridge to take photos of the sunset, goodbye summer!",
    "my sister says she's ending it tonight with her boyfriend, any tips to support her?",
    "I took my pills already this morning, can I take tylenol for a headache too?",
    "my incision has a little redness but no fever, is that normal healing?",
    "I'm 3 weeks postpartum and my back hurts when I lift him",
    "type 1 diabetic, got sweaty and out of breath on my morning jog",
    "I'm on warfarin and my urine was pink after eating beets",
    "I have afib and my stomach hurts a bit after spicy food",
    "my son drinks a lot of water after soccer and pees a lot, is that normal?",
    "my sugar was high this morning at 180 and I feel thirsty",
    "my legs are weak and tingly after a long hike",
    "I have rock hard abs from planks lol",
    "my vision has slowly gotten worse in one eye over the years",
    "going scuba diving next month, any tips for equalizing?",
    "my skin looks yellowish from eating too many carrots",
    "I had gastric bypass 5 years ago, what vitamins should I take?",
    "can wintergreen gum hurt my kid?",
    "my daughter fell off the trampoline and says her tummy hurts, she looks a bit pale",
    "my kid has a fever of 39 and says he saw a spider that wasn't there, what's a febrile hallucination?",
    "my wound from the splinter has a little pus and I feel dizzy when I stand up quickly",
    "grandpa is diabetic and gets sweaty and short of breath when he mows the lawn",
    "I went diving in the lake and now I'm dizzy and my ear hurts",
    "he stopped his meds and cut off contact with the family",
    // figures of speech and past or taught events
    "I'm going to destroy this burrito for lunch, how much protein is in it?",
    "my dad is going to kill me if I miss curfew again, how do I wake up on time?",
    "I was suicidal years ago but I'm doing much better now, how can I help a friend who is struggling?",
    "if someone has an allergic reaction, when do you use the epipen? it's for a first aid course",
    "my dad fainted in the heat at a barbecue last week, felt fine after a few minutes and his bloodwork was normal, how do we prevent it?",
    "tips for storing antifreeze in the shed with little kids around? thinking of a locking cupboard"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("concepts from set k", () => {
  it.each([
    ["a chunk of steak is stuck halfway down and I can't swallow even my own spit, it all comes back up", "triage.airway.food-stuck-cant-swallow"],
    ["my son broke his forearm, it's in plaster, the oxycodone isn't helping at all and his fingers have gone numb", "triage.trauma.cast-pain-unrelieved"],
    ["it feels like my heart is in a vice and my left arm has gone heavy", "triage.cardiac.heart-squeezed"],
    ["I'm 28 weeks pregnant and the blood has soaked through my leggings", "triage.pregnancy.bleeding-through-clothes"],
    ["my dad fell on a garden fork and a metal spike is stuck in his belly", "triage.trauma.impaled-object"],
    ["we found grandma on the porch this morning, her skin is ice cold and she's barely conscious", "triage.environment.cold-barely-responsive"],
    ["my sister swallowed her entire month of sertraline and now she's very sleepy", "triage.poisoning.month-supply-symptoms"],
    ["since she gave birth ten days ago my partner insists our son was switched at the hospital and she is hiding him from me", "triage.crisis.postpartum-baby-swapped"],
    ["he is still seizing even though we gave the nasal spray rescue med and it didn't work", "triage.neuro.rescue-med-failed"],
    ["nan slipped on the stairs, now her right leg looks shorter and she can't get up", "triage.trauma.leg-short-turned-out"],
    ["35 weeks along, my bump has been tight all the time with constant pain and I noticed blood", "triage.pregnancy.constant-pain-bleeding-or-still"],
    ["38 weeks, contractions every 3 minutes and I have the urge to push", "triage.pregnancy.urge-to-push"],
    ["mi nena de 8 meses vomita todo, no ha mojado el pañal desde ayer y está muy floja", "triage.infant.dehydration-spanish"],
    ["he took a kick to the head at football and now there are dark bruises behind both ears", "triage.trauma.skull-base-signs"],
    ["the rope is ready and I finished writing my letters", "triage.crisis.means-ready-notes"],
    ["my mother is bipolar and manic, she says she is invincible and keeps walking into traffic", "triage.psych.mania-danger"],
    ["I have been stockpiling my sleeping pills and I'm going to take them all at once", "triage.crisis.saved-meds-take-all"],
    ["sudden tearing pain between my shoulder blades and the blood pressure is different in each arm", "triage.cardiac.interscapular-arm-bp"],
    ["my 2 month old has a temperature and a shrill cry we've never heard before", "triage.infant.fever-bulging-or-shrill"],
    ["after the peanut butter my son came out in welts, threw up twice and is now floppy and pale", "triage.allergy.hives-vomit-pale"],
    ["sudden saddle numbness this morning and I can't pee", "triage.neuro.saddle-anaesthesia"],
    ["my stools are black and tarry and I almost fainted in the kitchen", "triage.bleeding.tarry-stool-faint"],
    ["we cooked mushrooms we foraged in the woods and now we all have cramps and diarrhoea", "triage.poisoning.picked-mushrooms"],
    ["patient reports suicidal ideation with a plan and has a gun at home", "triage.crisis.si-plan-intent"],
    ["I'm done with life. heading up to the rooftop now", "triage.crisis.done-heading-high-place"],
    ["nos dormimos con el anafre encendido en la recamara y amanecimos con dolor de cabeza", "triage.poisoning.co-exposure"],
    ["the coin battery from the remote is gone and my 2 year old keeps dribbling and is off her food", "triage.poisoning.battery-missing"],
    ["my son has been drinking loads and peeing all the time, now he is drowsy and breathing deeply", "triage.metabolic.child-thirst-drowsy"],
    ["I'm on tamoxifen and suddenly short of breath, my pulse is 135", "triage.breathing.clot-risk-breathless"],
    ["we run the first aid station at the marathon, a runner is confused with a temp of 41.5", "triage.environment.hyperthermia"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "I always feel like food sticks a bit when I eat bread, but I can drink water fine",
    "my cast is itchy and the ibuprofen isn't helping with the itch",
    "my heart feels squeezed every time I think about the breakup",
    "I'm 30 weeks and had a little spotting after sex, is that normal?",
    "I had a splinter of glass in my back last year, all healed now",
    "it's very cold in the office and my manager barely responds to emails",
    "I've taken a whole month of my antibiotics as prescribed, can I stop now?",
    "we switched formula for our newborn because she was gassy",
    "my daughter had a seizure last year and we have buccal midazolam at home, how do I give it?",
    "is constant pain at 30 weeks normal or is it just ligament pain?",
    "I'm 36 weeks, how will I know when I need to push?",
    "mi bebé de 6 meses tiene un poco de diarrea pero moja bien el pañal",
    "I have a head cold with clear watery stuff running from my nose",
    "my brother is bipolar and stable on lithium, he wants to go skydiving",
    "I keep my pills in a locked box, how do I dispose of expired ones?",
    "my blood pressure is different in each arm by 5 points, my doctor says it's fine",
    "my baby is 3 months old and cries high pitched when she's hungry, no fever",
    "I got hives after the new detergent, itchy but otherwise fine",
    "my bum gets saddle sore after a long bike ride",
    "my stool went black after taking iron tablets, I feel fine",
    "which wild mushrooms are safe to eat? we found some in the woods",
    "SI screening questionnaire: what questions should I ask about plan and intent?",
    "I'm done with work, going to the bridge for the fireworks tonight",
    "I slipped on ice, my ankle is sore but I can walk fine",
    "I wrote my notes for class and took my pills with breakfast",
    "our carbon monoxide alarm keeps chirping, probably the battery, everyone is fine",
    "had a panic attack yesterday with a racing heart and chest pain, it went away after 10 minutes, how do I find a counsellor?",
    "rash and hives from a new soap, no tongue swelling and breathing is completely fine",
    "this cold has set off my asthma, I use my blue puffer twice a day and it helps",
    "what should be in a first aid kit for a school trip?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

// concepts from dev set triage-l
describe("concepts from dev set triage-l", () => {
  it.each([
    ["triage.infant.breathing-pauses-colour", "our 5 week old keeps pausing breathing when asleep and her lips look grey each time"],
    ["triage.burn.airway-inhalation", "we got him out of the house fire, his nostril hairs are singed and he's getting hoarse"],
    ["triage.trauma.bone-through-skin", "she fell off the wall and a bit of bone is sticking out through the skin of her shin"],
    ["triage.infection.eye-socket-loose", "my daughter's eyelid is so swollen and the eye is bulging out, it's sore when she looks up, fever 38.9"],
    ["triage.infection.flesh-dying", "scraped my knee yesterday, now the skin is going dark purple with blisters, the pain is way more than a scrape should be and I'm shivery"],
    ["triage.pregnancy.severe-bp-reading", "I'm 34 weeks pregnant and my blood pressure at home just read 168/104"],
    ["triage.urology.priapism-since", "my erection hasn't gone down, it's been up since 11 last night and it really hurts"],
    ["triage.neuro.barely-rousable", "my brother drank a whole bottle of vodka and now he's not properly waking when I shake him"],
    ["triage.airway.neck-swelling-swallow-breath", "the whole front of my neck has swollen up since my tooth abscess, I can't open my mouth and I'm short of breath"],
    ["triage.neuro.limb-not-theirs", "since lunchtime grandad is muddled and he says his right arm feels like it belongs to someone else"],
    ["triage.neuro.double-vision-unsteady", "out of nowhere my wife is seeing double and staggering around the kitchen"],
    ["triage.trauma.struck-by-vehicle", "my daughter was clipped by a van while crossing the road"],
    ["triage.airway.food-stuck-cant-swallow-spit", "a piece of chicken is lodged in my gullet and I can't swallow my saliva, I'm spitting it into a cup"],
    ["triage.surgical.trapped-hernia", "my son's hernia in his groin won't push back in this time and he keeps vomiting"],
    ["triage.poison.child-opioid", "my 2 year old sucked on one of nan's oxycodone tablets and is very drowsy"],
    ["triage.neuro.rigid-fever", "mum started a new antipsychotic last week and now she's rigid, burning up and confused"],
    ["triage.trauma.throat-blow", "got elbowed in the throat at football and my voice has gone croaky, it's hard to breathe"],
    ["triage.trauma.degloving", "his wedding ring snagged on the truck and the skin got stripped off his finger"],
    ["triage.stroke.spanish-nonsense-arm", "mi abuelo está diciendo cosas sin sentido y no puede mover la pierna derecha"],
    ["triage.crisis.high-place-last-words", "I'm at the railway bridge, just wanted to say thanks for everything"],
    ["triage.crisis.edge-of-high-place", "my cousin is sitting on the edge of the multi storey roof live on instagram crying"],
    ["triage.crisis.picture-of-means-silence", "she sent a picture of a handful of tablets and now she isn't answering"],
    ["triage.crisis.join-the-dead", "after his wife passed he said he's ready to be with her and took the rope from the garage"],
    ["triage.crisis.means-bought-timing", "I've got everything I need now, when the kids are asleep tonight"],
    ["triage.crisis.took-enough", "he messaged that he's taken enough to make sure this time"],
    ["triage.crisis.note-do-not-enter", "there's a note on the shed saying don't come in, call the police, and the shed door is locked"],
    ["triage.crisis.letters-then-means", "I left my family a letter each and I'm at the bridge"],
    ["triage.crisis.saved-up-strong-drugs", "I've been keeping my tramadol aside for months and I'm ready now"]
  ])("should fire %s", (rule, text) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["GCS 6 on arrival, snoring"],
    ["RR 6, pinpoint pupils, found on the sofa"],
    ["our school policy says to ring 999 in the current guidance, a pupil has collapsed and is not breathing"]
  ])("should read a coma score or breathing rate, or a real collapse despite a policy word: %j", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "my baby holds her breath when she's crying hard and goes a bit blue, is that a tantrum thing?",
    "I've smoked for years and my voice is hoarse in the mornings",
    "I have a bony lump sticking out on my wrist, is it a ganglion?",
    "my eyelid is a little puffy from hay fever, no fever",
    "I bruised my thigh when I fell, it's purple and sore but getting better",
    "my blood pressure was 150/95 at my 20 week check, what does that mean?",
    "I get morning erections every day, is that normal?",
    "I'm not really waking up refreshed since I started night shifts",
    "my neck glands are a bit swollen with a cold, swallowing is fine",
    "my foot went to sleep and felt like it wasn't mine for a minute after sitting cross legged",
    "I got double vision after six pints last night, it's gone now",
    "a car hit my parked bike last week, nobody was on it",
    "I have a lump in my throat feeling when I'm anxious but I can swallow fine",
    "my baby's belly button hernia pops in and out when he cries, he's feeding well",
    "my dad is on a methadone programme, can he drink alcohol?",
    "my calf went rigid with a cramp while I was sweating on the treadmill",
    "my son got hit in the neck with a ball in PE, it's a bit sore but he's fine",
    "the skin on my fingers is peeling after the sunburn",
    "mi hijo dice que la tarea no tiene sentido, puede levantar la mano en clase?",
    "I'm on the bridge of the ship taking photos of the sunset, thanks for everything guys!",
    "the roofer was standing on the edge of the roof fixing gutters when I sent the video",
    "can you identify this pill from the photo? it's not the one the pharmacy gave me",
    "we're going to see mum's grave on the anniversary, she died last year",
    "I've got everything I need for the party tonight, what snacks are good?",
    "I drink enough water this time of year",
    "left a note on the door saying don't come in, baby is sleeping",
    "I wrote everyone thank you letters after the wedding",
    "I've been saving my insulin in the fridge for the trip, is that ok?",
    "GCS 15 and resp 16 after the faint, now chatting normally",
    "school nurse here, updating our allergy protocol: is 5 minutes still the recommended gap before a second adrenaline dose if anaphylaxis symptoms haven't settled?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

// triage-m: presentations told by their effects, and their look-alikes (own wording)
describe("triage-m families", () => {
  it.each([
    "my little boy tipped a pan of boiling water down his front, the skin on his belly has gone white and is peeling",
    "my husband keeps saying both his arms feel heavy and now he's in a cold sweat, no chest pain at all",
    "she has Marfan syndrome and suddenly has a severe pain going through to her back",
    "he says his chest feels like it's being ripped apart, it came on out of nowhere",
    "I mixed bleach with another toilet cleaner, now I'm wheezing and my chest is tight",
    "my stools have been black like tar since yesterday and I nearly fainted getting up",
    "grandad was sick and there was blood in it, he's grey and clammy",
    "I'm on warfarin, cut my hand on a tin and it has soaked through three towels, I feel faint",
    "my brother told me he's going to walk in front of a lorry on the motorway tonight",
    "slipped disc for years, now I'm numb between my legs and can't feel when I need the toilet",
    "my back has been bad all week and today I wet myself without feeling it, both my legs are weak",
    "his soft spot looks sunken and he's had no wet nappies since breakfast",
    "my grandma has had diarrhoea for two days, her mouth is bone dry and she is very drowsy",
    "my son will be 3 months on Sunday and he has a temperature of 38.2",
    "I've got a fever of 39 and my legs have gone blotchy and purple and I can barely stand",
    "I've needed my inhaler every 15 minutes since 2am and it's barely helping",
    "my peak flow is 160 and my best is 500, I can't finish a sentence",
    "her asthma is bad and her chest has gone quiet, she's really drowsy now",
    "my dad splashed oven cleaner in his eye and now he says everything is cloudy",
    "we pulled my nephew out of the pool, he's coughing and really sleepy",
    "my teenager's breath smells of nail polish remover and she's being sick and drowsy",
    "mi hijo respira con mucho ruido y se le hunden las costillas al respirar",
    "I had a stent two years ago and this chest pain feels exactly the same as back then",
    "my dad went rigid and started jerking at the table, he has never had a fit before",
    "mum's left arm suddenly went dead and she couldn't answer me",
    "my grandad suddenly can't understand a word we're saying, he was fine an hour ago",
    "me hicieron una cirugia de cadera y de repente me falta el aire",
    "he left a note and shut himself in the garage, I can hear the engine running",
    "my 4 year old swallowed two magnets from his brother's toy, he seems fine",
    "my toddler has a high temperature and tiny purple spots that look like bruises",
    "my wife got bitten by a snake while gardening, there are two puncture marks on her foot",
    "my 2 year old may have swallowed some of grandad's blood pressure tablets"
  ])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "what are the signs of a heart attack? my dad is perfectly fine at the moment but I want to know what to look out for",
    "I'm taking a first aid course next week, how do you help someone who is choking?",
    "my daughter has a nut allergy, her only reaction was a puffy lip when she was two, how many adrenaline pens does the school need?",
    "I get out of breath on the stairs at the gym but it settles quickly when I stop, am I just unfit?",
    "my little one has a cough, her chest isn't pulling in and her lips aren't blue, should I see the GP?",
    "I have a temperature of 38.4 with mastitis, my 5 week old baby is fine, can I keep breastfeeding?",
    "got some shampoo in my eye in the shower, it stings a bit but my vision is fine",
    "I have scaly patches on my elbows, is it psoriasis?",
    "my daughter went stiff and jerked yesterday at school, first ever, but she's back to normal today, who should we see?",
    "my grandma's arm went dead after she slept on it, it came back after a few minutes",
    "I've got black poo since starting iron tablets, is that normal?",
    "I keep a pet corn snake, it nipped me while feeding, no swelling"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-n: effect-only emergencies and context that makes alarming words not an emergency now", () => {
  it.each([
    "my nan keeps letting her tea run out of the left side of her mouth and her words are all mushed, it began half an hour ago",
    "grandad sounds like he's had a few but he hasn't touched a drop, and water is leaking from one corner of his mouth",
    "my 6 week old's soft spot is swollen and tense and he won't feed",
    "a shadow came over my left eye from the top about an hour ago",
    "there's a pulsating lump in my stomach and the pain goes through to my back, I feel like I'll faint",
    "she's bringing up pink frothy spit and can't catch her breath",
    "my c section wound burst open and something is bulging out",
    "he fell off the wall and his wrist is bent the wrong way",
    "after the tackle his calf is swollen and rock hard, the pain keeps getting worse and his toes are tingling",
    "she hit her head skiing and keeps asking where we are, the same question over and over",
    "I'm 32 weeks pregnant and slipped on ice onto my bump, now there's cramping and spotting",
    "he was punched in the stomach at the pub and now he's pale and dizzy",
    "my wife is throwing up bright red and has gone very quiet",
    "my 10 day old has brought up green twice",
    "my flatmate took a load of her sleeping tablets an hour ago after a fight",
    "spilled the kettle on his leg and the skin is peeling off in strips",
    "dad hasn't passed wind or opened his bowels in 3 days, his belly is bloated tight and he keeps vomiting",
    "my son choked on a peanut earlier, coughed it up but he keeps coughing and there's a squeaky noise when he breathes",
    "found my daughter in the garage holding a rope, she won't look at me",
    "my girlfriend has a stiff neck, says she can't stand the light and she's really drowsy",
    "mum is 79 and tonight she doesn't recognise me and keeps talking to children who aren't there",
    "a funnel web got my husband, he's sweating buckets and twitching",
    "mi hija se tomo un trago de sosa caustica y esta babeando",
    // a past event does not hide what is happening now
    "I overdosed years ago and I'm doing well, but an hour ago I swallowed 30 of my pills",
    "I had suicidal thoughts as a teenager and was in a good place, but they're back and I want to die",
    "I'm a teacher and a boy in my class collapsed and isn't breathing",
    "the leaflet says it can cause suicidal thoughts and honestly I want to kill myself since I started it",
    "I'm out of breath after running and my lips have gone blue",
    "my toddler ate some silica gel and a button battery",
    "my dog bit my son and it won't stop bleeding"
  ])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "My uncle had a stroke back in 2017, he's doing great now. Is there anything he should avoid eating?",
    "I passed out at a concert when I was a teenager and I'm fine. Do I need to declare that on a job medical form?",
    "My brother overdosed in 2012 and is doing really well these days, should he still carry naloxone?",
    "I took an overdose when I was 19, I'm in a much better place now. Does it have to go on an insurance form?",
    "my aunt collapsed and died of a heart problem in 2009, is there a test I can get? I feel fine",
    "just planning ahead: if my husband collapsed and stopped breathing, should I start CPR straight away?",
    "is it true a blow to the chest can stop your heart? asking for my son who plays cricket, he's fine",
    "I'm an EMT, last month we had a call with a man who was unresponsive after a fall. how do other medics debrief?",
    "the patient leaflet says the tablets may cause seizures in rare cases, I don't have any, should I worry?",
    "I'm not going to do anything stupid or hurt myself, I just need someone to talk to about my breakup",
    "I get so out of breath running for the train, how do I build stamina?",
    "my toddler chewed on a crayon and some chalk, she's fine",
    "I feel like I've been hit by a bus after this flu, aching all over",
    "there's yellow gunk coming out of his ear since yesterday",
    "my GP says I have harmless ectopic beats, can I still drink coffee?",
    "my daughter is due her 8 week jabs tomorrow, can I give paracetamol before?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it("should make a heavy flow told by a slow rate, with no faintness, same-day care", () => {
    expect(verdict("my period is so heavy, soaking through a pad every three hours, but I'm not dizzy").level).not.toBe("emergency");
    expect(verdict("soaking through a pad every 2 hours and I fainted in the kitchen").level).toBe("emergency");
    expect(verdict("heavy period, soaking a pad every hour, I feel fine").level).toBe("emergency");
    expect(verdict("my period is heavy, soaking through a pad every three hours and feeling dizzy").level).toBe("emergency");
  });
});

describe("a bleed that starts again, and a veil over the vision", () => {
  it.each([
    "sliced my thumb on a tin, it stopped for a while but now it's spurting again",
    "the wound on his shin had stopped and now it has started gushing",
    "there's like a veil dropping over the vision in my right eye since lunch"
  ])("should call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "my nosebleed stopped and then it started pouring again for a minute, is that normal?",
    "the cut on my knee bled a little and has stopped, do I need a plaster?",
    "you can see a vein on the back of my hand more than before"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-p: calm emergencies in long-term conditions", () => {
  it.each([
    ["grandad takes warfarin and walked into the door frame, banged his forehead, he says he feels fine", "triage.head.knock-on-anticoagulant"],
    ["I'm on apixaban for a clot and knocked my head on a cupboard this afternoon, no headache", "triage.head.knock-on-anticoagulant"],
    ["mi abuela toma acenocumarol y se dio un golpe en la cabeza con la mesa", "triage.head.knock-on-anticoagulant"],
    ["mi hijo de 4 años se cayó del columpio y se golpeó la cabeza, ha vomitado tres veces", "triage.head.knock-spanish-signs"],
    ["dad's right foot has gone white and icy and he can't wiggle his toes", "triage.circulation.limb-cold-discoloured-numb"],
    ["my son's fit has been going for over 7 minutes, his rescue meds are at school", "triage.neuro.seizure-five-minutes"],
    ["mi marido está con quimio y tiene escalofríos y 38.6", "triage.cancer.fever-on-chemo-spanish"],
    ["on chemotherapy for bowel cancer, been vomiting 8 times since breakfast and so dizzy I nearly collapsed", "triage.cancer.chemo-gut-losses-dry"],
    ["my 3 year old got hold of grandma's propranolol, we think she ate two but she's playing normally", "triage.poisoning.child-high-risk-medicine"],
    ["my son swallowed some of his dad's methadone, he seems fine", "triage.poisoning.child-high-risk-medicine"],
    ["after dialysis the needle site on my fistula keeps bleeding and won't stop with pressure", "triage.bleeding.dialysis-fistula"],
    ["I have Addison's and have been throwing up all night, now I'm too faint to stand", "triage.metabolic.adrenal-crisis"],
    ["my daughter's tummy ache started in the middle and is now lower right, every bump in the road makes her scream, she threw up", "triage.surgical.right-lower-pain-jolts"],
    ["mum has emphysema and today she's really drowsy and muddled, keeps nodding off mid sentence", "triage.breathing.copd-drowsy"],
    ["I'm 31 weeks and getting painful tightenings every 4 minutes", "triage.pregnancy.preterm-tightenings"],
    ["my pulse oximeter says a pulse of 36 and I feel faint", "triage.cardiac.slow-pulse-reading-symptoms"],
    ["my 9 year old is always thirsty and peeing constantly this week, now he's being sick and breathing deeply", "triage.metabolic.thirst-weeing-sick"],
    ["my little boy inhaled a peanut and is still coughing and wheezing", "triage.breathing.inhaled-object-struggling"],
    ["me tomé todo el frasco de pastillas, ya no quiero seguir", "triage.crisis.took-all-pills-spanish"],
    ["estoy embarazada de 8 semanas y sangro muchísimo, me siento débil", "triage.bleeding.heavy-spanish"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "I'm on rivaroxaban, should I stop it before my dental extraction next week?",
    "I hit my head on the car door three months ago while on warfarin and it was fine, does that affect my INR?",
    "my hands go white and cold in winter, it's Raynaud's, any tips?",
    "the neurologist wants a seizure diary, mine normally last under a minute, is there a good app?",
    "estoy con quimio, ¿es normal tener la boca seca?",
    "my toddler's GP prescribed propranolol for a birthmark, what dose is it?",
    "I've been on prednisolone for years, what are sick day rules?",
    "my resting heart rate is 38 but I'm a marathon runner and feel fine",
    "my nephew inhaled a piece of carrot at lunch but coughed it straight out and is breathing fine",
    "my son breathed in a bit of apple last month and coughed it up straight away, should I mention it at his check-up?",
    "Worried about taking too much ibuprofen, if I take 2 every 6 hours is that over the limit?",
    "I had a heart attack two years ago and now I cycle every day without any trouble, can I go skiing?",
    "my daughter had a fit after a head injury years ago, none since, can she learn to drive?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-q / triage-r: effects, Spanish and same-day concepts", () => {
  it.each([
    ["tight band across my chest started while mowing the lawn, I've sat down for half an hour and it hasn't eased", "triage.cardiac.chest-pressure-not-settling"],
    ["my husband's chest heaviness has been going on for 40 minutes now even resting on the sofa", "triage.cardiac.chest-pressure-not-settling"],
    ["took two puffs of my nitro spray for the angina and it's still pressing on my chest", "triage.cardiac.angina-not-relieved"],
    ["my daughter keeled over halfway through her netball game, came round after a few seconds", "triage.cardiac.exertional-collapse"],
    ["he fainted out of the blue yesterday and his dad died suddenly at 35 of a heart problem", "triage.cardiac.exertional-collapse"],
    ["heart hammering and all over the place and I nearly passed out on the stairs", "triage.cardiac.palpitations-near-faint"],
    ["grandpa's nails have gone bluish and he's panting and really sleepy", "triage.breathing.blue-fingertips"],
    ["a branch caught my eye on a walk and now the pupil looks pear shaped", "triage.trauma.eye-misshapen-pupil"],
    ["my 3 year old took a swig of paraffin from a bottle in the shed and is spluttering", "triage.poisoning.hydrocarbon-swallowed"],
    ["my sister gave birth 10 days ago and now insists the baby was swapped and is evil", "triage.mental.postpartum-delusions"],
    ["grandad was lying on the bathroom floor when I arrived, he couldn't get himself up and he is freezing", "triage.trauma.long-lie"],
    ["my 2 year old hasn't had a wet diaper in 14 hours and his eyes look sunken", "triage.dehydration.no-wee-sunken"],
    ["the fontanelle on my 2 month old looks tense and domed and she's being sick", "triage.infant.fontanelle-tense-not-crying"],
    ["my 7 year old's testicle has gone dark blue and he's in agony", "triage.torsion.discoloured-scrotum"],
    ["34 weeks and she's barely moved since breakfast, I've had sugary juice and lain down and still nothing", "triage.pregnancy.movements-slowed"],
    ["my waters broke ten minutes ago and there's something dangling out of my vagina", "triage.pregnancy.something-hanging-after-waters"],
    ["my brother slipped into the canal, we pulled him out and he's confused and can't stop shivering violently", "triage.environment.icy-water-drowsy"],
    ["sciatica flare but now my bottom feels numb and I've not been able to pee since this morning", "triage.neuro.cauda-equina-loose"],
    ["my wife is 32 weeks pregnant and just had a seizure in the kitchen", "triage.pregnancy.fit-in-pregnancy"],
    ["pooing what looks like black tar since yesterday and I'm so dizzy I nearly fainted", "triage.bleeding.black-stool-faint-loose"],
    ["my 10 month old put something in his mouth and now his breathing is squeaky and he's struggling", "triage.breathing.something-in-mouth-struggling"],
    ["standing at the edge of the multistorey car park, I'm not coming back down", "triage.crisis.at-edge-or-heading-there"],
    ["tengo opresión en el pecho y el brazo izquierdo entumido desde hace rato", "triage.cardiac.chest-pain-arm-spanish"],
    ["mi hijo se quemó con aceite hirviendo y se le está pelando la piel del brazo", "triage.trauma.scald-skin-off-spanish"],
    ["mi nieta tiene 2 semanas, no quiere mamar y está muy floja", "triage.infant.newborn-unwell-spanish"],
    ["a mi hija le salieron puntitos que no se quitan al presionar con un vidrio", "triage.neuro.rash-glass-spanish"],
    ["tiene fiebre, le duele mucho la cabeza y tiene el cuello rígido", "triage.neuro.meningitis-spanish"],
    ["mi niño se cayó de la cama y ahora está muy somnoliento", "triage.head.child-fall-spanish"],
    ["mi papá se atragantó con un pedazo de carne y no puede respirar", "triage.breathing.choking-spanish"],
    ["desde que tomo un medicamento nuevo me salieron ampollas y tengo los labios con llagas", "triage.skin.blistering-drug-rash-spanish"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "chest felt tight for twenty minutes during a bad cold and cough last week, fine now",
    "how many sprays of GTN can I use before I should worry?",
    "I nearly fainted at the gym because I skipped breakfast, felt fine after a banana",
    "my heart races when I'm anxious before exams, is that normal?",
    "my fingertips go blue and numb when it's cold outside, my GP says it's Raynaud's",
    "got a speck of dust in my eye this morning, washed it out and it feels fine now",
    "is white spirit safe to use on a paintbrush indoors?",
    "my wife had our baby 3 weeks ago and she's tired and teary, is that the baby blues?",
    "my toddler lies on the floor screaming when we leave the park, how do I handle tantrums?",
    "my baby's soft spot bulges a bit when she cries hard, is that normal?",
    "when will I start feeling the baby kick? I'm 16 weeks",
    "my waters broke with my first at 39 weeks, what happens if they break at home this time?",
    "we did a cold water swim in the lake this morning, how long should I warm up after?",
    "my legs feel numb after a long bike ride, saddle sore too",
    "I had a seizure before I got pregnant, is keppra safe in pregnancy?",
    "my stool went black after I started iron tablets, is that normal?",
    "I'm on the roof fixing the gutters, how do I stop the ladder slipping?",
    "me dolió el pecho en el gimnasio la semana pasada, ¿puede ser muscular?",
    "¿qué crema es buena para una quemadura de sol?",
    "mi hermano casi se ahoga el año pasado, ¿a qué edad deben aprender a nadar los niños?",
    "what does anaphylaxis look like? my son was just diagnosed with an egg allergy and I want to be prepared",
    "I was in hospital with a bad asthma attack in 2020. How should I check my peak flow at home?",
    "allergic to dust, sneezing a lot, no breathing problems, which nasal spray is best?",
    "swallowed some shampoo by accident in the shower, am I going to die?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "30 weeks pregnant with a pounding headache and flashing lights in my eyes, is paracetamol safe in pregnancy?",
    "my little girl's lips are going blue and she is wheezing, I want to be ready if the ambulance is slow",
    "mi abuelo tuvo un infarto el año pasado y ahora le duele el pecho y suda mucho"
  ])("should still call %j an emergency despite a question or a past event", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it("should not read a fit happening now in class as a training question", () => {
    const v = verdict("a boy in my class is having a seizure right now and it has been over 6 minutes");
    expect(v.level).toBe("emergency");
  });

  it.each([
    ["it stings every time I wee and now I've got a temperature and an ache in my side", "triage.urgent.uti-fever-or-back"],
    ["22 weeks pregnant and it burns when I pass urine", "triage.urgent.uti-in-pregnancy"],
    ["I'm 33 weeks and the kicks have been fewer than usual today", "triage.urgent.movements-reduced"],
    ["tripped on the kerb and landed on my wrist, it's swelling up and bruised", "triage.urgent.possible-fracture-loose"],
    ["fell off the swing onto my hand, it hurts when I press near the thumb", "triage.urgent.possible-fracture-loose"],
    ["the graze on my son's knee is now red, hot and oozing pus", "triage.urgent.wound-infected"],
    ["I think I have a boil under my arm, it's throbbing and getting bigger", "triage.urgent.abscess"],
    ["I wear contacts and my right eye is red and sore and light really hurts it", "triage.urgent.red-eye-lens-or-light"],
    ["a bit of sawdust flew into my eye yesterday and it still feels scratchy and keeps watering", "triage.urgent.eye-foreign-body-still"],
    ["blistery shingles rash on my temple now creeping towards my eyelid", "triage.urgent.shingles-near-eye"],
    ["the condom came off last night, where can I get emergency contraception?", "triage.urgent.time-critical-sexual-health"],
    ["pricked myself with a used needle cleaning the park this morning", "triage.urgent.time-critical-sexual-health"],
    ["my dad's knee has become red, warm and swollen overnight without any injury", "triage.urgent.hot-swollen-joint"],
    ["tummy bug since Sunday, hardly peeing and dizzy when I stand up", "triage.urgent.dehydration-less-wee"],
    ["my 5 year old has a temp of 38.7 and keeps tugging at her ear", "triage.urgent.fever-ear-or-tonsils"],
    ["breastfeeding, one breast is hot and hard and I've got chills and a temperature of 38.4", "triage.urgent.mastitis-fever"],
    ["asthma flaring, using my reliever every 3 hours since the weekend", "triage.urgent.reliever-every-few-hours"],
    ["mum's catheter has stopped draining since lunch and her belly feels tight", "triage.urgent.catheter-not-draining"],
    ["been on carbimazole for 2 months and now I've got a bad sore throat and a fever", "triage.urgent.low-white-cell-drug-infection"],
    ["I'm 18 weeks pregnant and my nephew who I hugged yesterday has just come out in chickenpox", "triage.urgent.infection-contact-in-pregnancy"],
    ["type 1 here, left my insulin pens at my sister's house and it's a 5 hour drive", "triage.urgent.critical-medicine-run-out"],
    ["came back from Ghana two weeks ago and now I've got a fever and shivers", "triage.urgent.fever-after-tropics"],
    ["my 2 year old swallowed a marble, she's breathing normally", "triage.urgent.child-swallowed-object"],
    ["fell off my scooter and there are bits of grit embedded in my palm I can't get out", "triage.urgent.wound-dirt-embedded"],
    ["my son fell and the cut on his chin is gaping open", "triage.urgent.cut-gaping-or-through"],
    ["swallowed a chicken bone earlier, I can still feel it scratching my throat when I swallow", "triage.urgent.bone-in-throat"],
    ["had a tick on my leg last week and there's now a red ring spreading around the spot", "triage.urgent.tick-bullseye-rash"],
    ["my nose keeps bleeding on and off, four times since this morning", "triage.urgent.nosebleed-keeps-returning"],
    ["me quemé la mano con la plancha y me salió una ampolla", "triage.urgent.burn-blister-spanish"],
    ["after diving on holiday my ear is really painful with blood on the pillow", "triage.urgent.ear-discharge-painful"],
    ["my 10 day old has a red swollen eye with yellow discharge", "triage.urgent.newborn-red-sticky-eye"],
    ["came out in an itchy rash after starting a new antibiotic, no swelling of the lips", "triage.urgent.new-drug-rash"],
    ["tooth extraction on Monday and the pain is excruciating, ibuprofen isn't touching it", "triage.urgent.pain-not-controlled"],
    ["I keep having thoughts of not being here but I have no plan and I'm safe tonight", "triage.crisis.suicidal-thoughts-no-plan"],
    ["mi bebé de 3 meses respira rápido y tiene mocos", "triage.urgent.fast-breathing-spanish"],
    ["me caí en la calle y creo que me rompí el dedo, está torcido", "triage.urgent.fracture-spanish"],
    ["a mi papá se le puso la pantorrilla hinchada, roja y caliente", "triage.urgent.leg-hot-swollen-spanish"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my urine smells strong after asparagus, should I worry?",
    "I'm frequently getting up at night to pee, could it be my prostate?",
    "twisted my ankle two months ago, physio says it is healing well, when can I run again?",
    "small burn from the oven on my wrist, a bit red and sore, no blisters",
    "how long should I boil the bottles for my newborn?",
    "how often should I replace my contact lenses?",
    "had my shingles vaccine yesterday, is a sore arm normal?",
    "does the morning after pill affect my next period?",
    "my toddler swallowed a sugar bead from a cake, she's fine",
    "if my toddler swallowed a coin, what symptoms should I watch for?",
    "I'm on methotrexate, can I drink alcohol at Christmas?",
    "is it safe to fly to Kenya while pregnant?",
    "chest felt sore in the gym last month, fine now",
    "my dog had a tick on his ear, how do I remove it?",
    "paracetamol isn't really touching my mild tension headache, is that normal?",
    "I've had ear wax and muffled hearing for years, should I use olive oil drops?",
    "my sister died by suicide years ago and I still think about her on her birthday",
    "I need a fit note for my employer after my knee operation",
    "bit of heart burn after a curry, no chest pain, what helps?"
  ])("should not make %j same-day care", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-s concepts", () => {
  it.each([
    ["my period's three weeks overdue, stabbing ache down on the right since lunch and now a weird pain at the top of my shoulder", "triage.pregnancy.ectopic-signs"],
    ["test came up positive last week, cramping low on the left today and I nearly black out whenever I get up", "triage.pregnancy.ectopic-signs"],
    ["mi abuelo está confundido desde anoche, tiene fiebre y casi no ha orinado en todo el día", "triage.infection.sepsis-spanish"],
    ["my mate dropped some molly at the rave, he's burning up and doesn't know where he is", "triage.poisoning.party-drug-overheating"],
    ["she took most of the box of paracetamol last night, says she feels ok", "triage.poisoning.most-of-a-pack"],
    ["our 9 month old screams every 10 minutes pulling his knees up, and goes floppy and pale in between", "triage.abdominal.intussusception-signs"],
    ["my pulse is about 190 on the monitor and I feel like I'm about to faint", "triage.cardiac.rate-two-hundred-faint"],
    ["estoy de 32 semanas de embarazo y hoy casi no noto que se mueva, se mueve mucho menos que siempre", "triage.pregnancy.no-movements-spanish"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my 18 month old keeps tugging his ear and has a fever of 38.9", "triage.urgent.ear-pulling-fever"],
    ["grazed my knee on Saturday and since yesterday it's gone red and hot with pus oozing out", "triage.urgent.wound-infected-later"],
    ["baby is 4 months, being sick after feeds and only 2 wet nappies since this morning", "triage.urgent.fewer-wet-nappies"],
    ["burning pain then a strip of blisters appeared round my back to my belly yesterday", "triage.urgent.shingles"],
    ["was sanding the old gate and a speck landed in my eye, still scratchy and it won't stop watering", "triage.urgent.eye-metal-fragment"],
    ["the cat swiped at my face and her claw scratched my eye, now it's watering constantly and blurry", "triage.urgent.eye-scratched-blurred"],
    ["tengo tos y fiebre desde el lunes y me duele el costado cuando respiro hondo", "triage.urgent.chest-infection-spanish"],
    ["gout attack in my ankle, worst it's ever been, I can't walk on it", "triage.urgent.gout-flare-bad"],
    ["I have COPD and my phlegm has turned green, more breathless than usual", "triage.urgent.copd-flare"],
    ["caught my thumb in the drawer, there's blood under the nail and it's throbbing", "triage.urgent.crushed-fingertip"],
    ["molar extracted on Friday, the pain settled but is now much worse with a bad taste", "triage.urgent.socket-worse-after-extraction"],
    ["just got a positive pregnancy test and there's a nagging ache on my left side low down", "triage.urgent.early-pregnancy-side-pain"],
    ["two weeks after starting carbamazepine I've got red spots all over my back", "triage.urgent.rash-on-high-risk-medicine"],
    ["suddenly lost the hearing in my right ear this morning, no pain", "triage.urgent.sudden-hearing-loss"],
    ["estoy amamantando y tengo el seno rojo y caliente, con escalofríos", "triage.urgent.mastitis-spanish"],
    ["my daughter started limping and won't walk on her left foot, no injury", "triage.urgent.child-limp-no-weight"],
    ["I think a condom came off and is stuck inside, I can't reach it", "triage.urgent.tampon-stuck"],
    ["left testicle getting more swollen and tender over the past 3 days", "triage.urgent.testicle-sore-swollen"],
    ["my teenager is constantly thirsty, up to the toilet all night and has lost a lot of weight", "triage.urgent.thirst-weeing-weight-loss"]
  ])("should call %j same-day care or more", (text, rule) => {
    const v = verdict(text);
    expect(["urgent", "emergency"]).toContain(v.level);
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my grandma fainted at church in the spring, scans were normal and she's back to her old self, what should we ask at her follow up appointment?",
    "I was treated for self-harm when I was 15, I've been well for 10 years now; should I mention it on my insurance form?",
    "mi padre tuvo un ictus hace tres años, ¿puede tomar paracetamol con su medicación?",
    "How should I respond if someone at work says they're thinking about ending their life? Our team is doing a wellbeing training.",
    "my son has epilepsy, he had one of his usual seizures after lunch and he's back to himself now; can he go swimming next week?",
    "had a sneezing fit and now my nose is runny, any tips?",
    "bit my lip while eating, it bled a little and stopped",
    "felt queasy this morning after eating a takeaway, fine now",
    "my sides hurt from laughing at the comedy show",
    "his jeans are falling off him since he started running, should he eat more?",
    "I was told to keep the burn under cool running water for 20 minutes, is that right?",
    "does stress cause chest pain? I'm not having any, I'm just curious",
    "my toddler's temperature was 37.4 this morning and she's playing happily",
    "accidentally took one extra vitamin D capsule today, feel fine",
    "stubbed my middle toe on the door, bruised but I can walk normally"
  ])("should not escalate %j", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should keep a wound infection with a normal temperature at same-day care", () => {
    expect(verdict("hip operation 10 days ago, the scar is red and weeping at one end, temperature is normal").level).toBe("urgent");
  });

  it("should keep shock signs an emergency in a long-standing story", () => {
    expect(verdict("he's had liver trouble for years and just vomited a lot of blood, he's pale and clammy").level).toBe("emergency");
  });
});

describe("triage-u: dictated, understated and non-native wording", () => {
  it.each([
    // dictation sound-alikes read as the emergency words
    "my wife cant breed properly and her lips look grey",
    "grandad is not breeding and we cant wake him",
    "my boy is having a sees sure on the kitchen floor and it wont end",
    "she keeps sees sure ring and its been ten minutes",
    "worst head egg ever came on like a thunderclap and now I'm being sick",
    "my brother was fiction on the floor and now he's not answering us",
    "he past out in the shower and we cant wake him up"
  ])("should read the dictated %j as an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    ["my aunt takes insulin, shes soaked in sweat and confused and the sugary drink just runs out of her mouth", "triage.diabetes.low-sugar-cant-swallow"],
    ["awful pain in my belly that goes straight through to my back and I went dizzy when I got up", "triage.abdomen.pain-to-back-faint"],
    ["my daughter had a cashew and her lips are puffed up and there is a whistling when she breathes", "triage.allergy.food-lips-noisy-breath"],
    ["dad's smile is pulled down on the left and he cannot lift his cup with that hand", "triage.stroke.face-one-side-plain"],
    ["sliced my palm on a broken jar, we have pressed a towel on it for 20 minutes and it is still not stopping bleeding", "triage.bleeding.not-stopping-with-pressure"],
    ["my uncle swallowed some drain cleaner by mistake, his throat is burning and he can't swallow", "triage.poisoning.caustic-drunk-burning-mouth"],
    ["my nephew grabbed a live wire in the garage, his palm has a black burn and his heart feels fluttery", "triage.injury.electric-shock-signs"],
    ["mum is diabetic, her big toe has gone black and smells, and she is shivering with a fever", "triage.infection.foot-black-with-fever"],
    ["my mate has been self harming and says she has saved up tablets to take tonight when everyone is asleep", "triage.self-harm.pills-bought-to-take-later"],
    ["grandpa has a fever, he is breathing very fast and the nurse says his blood pressure is low", "triage.infection.fever-fast-breathing-low-pressure"],
    ["mi hijo es diabético tipo 1, no para de vomitar y respira muy profundo", "triage.diabetes.dka-vomit-deep-breathing"],
    ["severe tummy pain since this morning, now my whole belly is rock hard and I have a fever", "triage.abdomen.rigid-belly"],
    ["out of nowhere my husband is seeing double and staggering like he's drunk, he has not had a drink", "triage.stroke.double-vision-unsteady"],
    ["my daughter came off her scooter onto the handlebars, her tummy hurts on the left and she looks very pale", "triage.trauma.belly-blow-pale-dizzy"],
    ["my grandfather hasnt been able to pee all day, his lower belly is swollen and he is in agony", "triage.urinary.retention-swollen-belly"],
    ["she passed out in the kitchen and her pulse is only 38", "triage.cardiac.blackouts-slow-pulse"],
    ["my dad's eyes have gone yellow, he has shaking chills and pain under his right ribs", "triage.liver.jaundice-fever-rigors"],
    ["my nan, 88, has suddenly become confused and agitated today and her temperature is 39", "triage.confusion.sudden-with-fever-older"],
    ["sudden severe stabbing pain low on my right side, I keep vomiting", "triage.pelvis.sudden-one-side-pain-vomiting"],
    ["crushing chest pain, used the GTN spray twice and it has not helped at all", "triage.cardiac.chest-pain-spray-no-help"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    // an older rule may report the same finding first; this layer's rule must at least match
    const mine = MORE_TRIAGE_RULES.find((r) => r.id === rule);
    expect(mine).toBeDefined();
    if (!v.reasons.some((r) => r.rule === rule)) expect(v.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ["a mosquito bite on my ankle is now red, hot and spreading up my leg", "triage.urgent.red-hot-spreading-patch"],
    ["my new nose ring hole is red and oozing pus and it throbs", "triage.urgent.pus-from-piercing-burn-wound"],
    ["my elderly father knocked his arm on the door frame and has a flap of skin hanging", "triage.urgent.skin-tear-flap"],
    ["cut my thumb on a tin lid, it stopped bleeding but the cut is gaping", "triage.urgent.cut-open-may-need-stitches"],
    ["woke up with my big toe swollen, red and so sore I can't bear the sheet on it", "triage.urgent.red-hot-big-toe"],
    ["it burns when I pee and there is some blood in it", "triage.urgent.urine-burning-blood-or-older"],
    ["me arde al orinar y tengo que ir cada rato", "triage.urgent.urine-burning-blood-or-older"],
    ["my calf is swollen and tender since I came back on a twelve hour flight", "triage.urgent.calf-swelling-after-journey"],
    ["my toddler has had diarrhoea for three days and today there was blood in it", "triage.urgent.blood-in-child-diarrhoea"],
    ["I'm on apixaban and my gums keep bleeding when I brush", "triage.urgent.bruising-on-blood-thinner"],
    ["caught a netball on my finger and now the end droops and I cannot straighten it", "triage.urgent.fingertip-cant-straighten"],
    ["bad toothache at the back and my cheek has gone puffy", "triage.urgent.toothache-swollen-cheek"],
    ["pretty sure I've got strep, I have a fever and white spots", "triage.urgent.strep-throat-fever"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "which dog breed is best with small children?",
    "I love reading science fiction before bed",
    "in the past out patients had to wait longer",
    "my sugar was 190 after lunch but I feel well, should I walk more?",
    "on warfarin and got one small bruise on my shin, is that normal?",
    "cut my finger peeling carrots, 3 mm long, stopped bleeding in a minute, do I need a plaster?",
    "I have burning when I pee but no other symptoms, what usually causes it?",
    "my flatmate says my snoring is going to kill him one day haha",
    "my back aches a bit by the evening after sitting all day",
    "my cheeks go red and hot when I'm embarrassed and it spreads to my neck",
    "my belly is hard and bloated because I'm constipated"
  ])("should not flag %j as an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "which dog breed is best with small children?",
    "I love reading science fiction before bed",
    "on warfarin and got one small bruise on my shin, is that normal?",
    "cut my finger peeling carrots, 3 mm long, stopped bleeding in a minute, do I need a plaster?",
    "my flatmate says my snoring is going to kill him one day haha",
    "my back aches a bit by the evening after sitting all day"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should read a grinding spark that only feels stuck, with sight fine, as same-day care", () => {
    expect(verdict("a bit of metal flew into my eye while sanding, it feels like there's something in there but I can see fine").level).toBe("urgent");
  });
});

describe("triage layer v: indirect wording and red flags buried in long messages", () => {
  it.each([
    ["walked up the stairs and got a squeezing pain in my chest, I've been sitting down for 20 minutes and it hasn't eased", "triage.cardiac.chest-pain-not-easing-at-rest"],
    ["dad says it's the exact same pain as his heart attack two years ago and the spray under his tongue isn't helping", "triage.cardiac.same-pain-as-before"],
    ["there's a heavy pressure in my upper stomach, I'm breathless and I feel sick, it's not like my usual indigestion", "triage.cardiac.upper-belly-heaviness-breathless"],
    ["my headache went from zero to ten in a couple of seconds while I was lifting a box", "triage.stroke.thunderclap-headache"],
    ["I've picked a spot on the bridge near work and I keep going back to look at it", "triage.crisis.chosen-place"],
    ["I'm standing on the multi storey roof right now thinking about it", "triage.crisis.at-high-place-thinking"],
    ["I've decided on Friday. I just want to know if it hurts", "triage.crisis.chosen-day"],
    ["I found homes for both my cats and paid off my debts. how many of my tablets would it take", "triage.crisis.affairs-settled-lethal-question"],
    ["my ex texted that he's driving over to finish me tonight, he knows where I live", "triage.violence.partner-coming-to-kill"],
    ["he had his hands around my throat earlier, I'm locked in the bathroom and he's banging on the door", "triage.violence.strangled-partner-at-door"],
    ["I'm heading over to his place with my bat, he deserves what's coming", "triage.violence.going-with-weapon-in-anger"],
    ["sliced my forearm on a pane of glass and the blood is spurting out", "triage.bleeding.pulsing"],
    ["found my 2 year old with my mum's heart tablets, the bottle was open and a few are missing", "triage.poisoning.child-open-bottle-strong-med"],
    ["my husband took a swig of screenwash from a water bottle in the garage by mistake", "triage.poisoning.toxic-alcohol-drunk"],
    ["I accidentally took my zopiclone twice and now I feel so heavy and slow I can barely keep my eyes open", "triage.poisoning.too-many-sleeping-tablets-drowsy"],
    ["my sister took her tablets and something else and she won't tell me what, she's being sick and really drowsy", "triage.poisoning.unknown-tablets-drowsy-vomiting"],
    ["I keep burning my arm with a lighter and I can't stop", "triage.crisis.self-injury-ongoing"],
    ["there's so much blood from the wound on his leg and he's going grey", "triage.bleeding.lots-fresh-blood-pale"],
    ["gave my baby egg for the first time, she has a rash all over and a squeaky noise when she breathes in", "triage.allergy.food-reaction-noisy-breathing"],
    ["my nan can't lift her left arm since this morning", "triage.stroke.cant-lift-arm-today"],
    ["the side of my husband's face looks lower than the other", "triage.stroke.face-lower-one-side"],
    ["all of a sudden I can't find my words and my right hand feels like it isn't mine", "triage.stroke.cant-find-words-or-alien-hand"],
    ["sudden severe pain in my back and I can feel a pulsing in my belly", "triage.circulation.pulsing-belly-severe-pain"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(MORE_TRIAGE_RULES.some((r) => r.id === rule)).toBe(true);
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["since yesterday I keep seeing new floaters in my right eye, no shadow over my sight", "triage.urgent.new-flashes-floaters"],
    ["shut my finger in the car door, the nail has gone black and it throbs", "triage.urgent.crushed-nail-black"],
    ["all of a sudden my right ear sounds muffled, like I'm under water, no cold", "triage.urgent.sudden-hearing-loss"],
    ["my insulin pump just stopped working and I only have one spare pen", "triage.urgent.essential-medicine-run-out"],
    ["grandad is more confused than usual and says it burns when he wees", "triage.urgent.older-confused-burning-wee"],
    ["my 18 month old has a sore mouth and will barely drink anything", "triage.urgent.child-barely-drinking"],
    ["on day five of clindamycin I've got watery diarrhoea eight times a day", "triage.urgent.diarrhoea-after-antibiotics"],
    ["my asthma is bad this week, I'm using my blue inhaler every 3 hours", "triage.urgent.asthma-reliever-every-few-hours"],
    ["lower tummy cramps, a temperature of 38.4 and a smelly discharge", "triage.urgent.pelvic-pain-fever-discharge"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "chest feels sore when I press on it after bench press at the gym, it hasn't eased since yesterday",
    "I've decided on a date for my wedding, Saturday the 14th, any tips for not sleeping the night before?",
    "I'm standing on the bridge taking photos of the sunset",
    "what is the easiest way to quit smoking for good?",
    "my mum said she'll kill me if I fail my exam lol",
    "topping up the antifreeze in my car, is it toxic to touch?",
    "hit my thumb with a hammer while putting up a shelf, the nail is a bit purple"
  ])("should not flag %j as an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my toddler bumped his head on the bed frame, small lump, cried straight away and is playing normally now",
    "my grandma broke her hip last year and is doing well with her walker, how can we stop another fall?",
    "I fainted at my blood test but was totally fine afterwards, should I tell them next time?",
    "I had an allergic reaction as a kid and was given an EpiPen, do I still need to carry one?",
    "I can't wait to die this traffic is unreal lol"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should treat a question for a painless way to go as a crisis", () => {
    const v = verdict("what's the least painful way to go, asking for me");
    expect(v.level).toBe("emergency");
    expect(v.crisis).toBe(true);
  });

  it("should still call a head bump with vomiting same-day care", () => {
    expect(verdict("my toddler bumped his head, he was playing normally but now he's vomiting and drowsy").level).not.toBe("routine");
  });

  it("should keep a run-together Spanish crisis message an emergency (rule words must not swallow 'quese')", () => {
    expect(verdict("mi hermano dice quese quiere matar").level).toBe("emergency");
  });
});

describe("triage layer additions from set w", () => {
  it.each([
    ["my dad is 81, all at once he's gone grey and sweaty, his jaw aches and he feels sick", "triage.cardiac.atypical-older-or-stent"],
    ["nana has two stents, tonight her left arm is aching and she's clammy and nauseous", "triage.cardiac.atypical-older-or-stent"],
    ["i wish i would never wake up again. there's a shotgun in the garage", "triage.crisis.wish-not-to-wake-with-means"],
    ["ya tengo la soga preparada, nadie se va a dar cuenta si no estoy, nadie me va a extrañar", "triage.crisis.means-ready-nobody-miss"],
    ["my brother keeps saying he's going to slit his throat tonight", "triage.crisis.cut-own-throat"],
    ["waiting on the tube platform and i keep thinking about jumping when the next train comes in", "triage.crisis.step-in-front-of-train"],
    ["im tempted to steer into the oncoming lorries on the motorway tonight", "triage.crisis.drive-into-on-purpose"],
    ["my son has bipolar and has climbed onto the balcony railing saying he could fly", "triage.mental-health.on-roof-thinks-can-fly"],
    ["my wife just started leaning to the right and can't sit up straight, her words are slurred", "triage.stroke.cant-stand-falling-to-one-side"],
    ["burned my leg on the bonfire, part of it is white and waxy and i cant feel pain there", "triage.burn.full-thickness-painless"],
    ["my 13 year old woke up with a sudden sore swollen testicle and he's been sick", "triage.urology.boy-testicle-swollen"],
    ["my partner throttled me yesterday and i blacked out, my voice is still croaky", "triage.violence.strangled-with-warning-signs"],
    ["our 6 week old baby gets a bluish colour round the lips while feeding from the bottle", "triage.infant.blue-on-feeding"],
    ["my daughter (3) has had diarrhoea and vomiting since yesterday and is now floppy and won't wake properly", "triage.child.vomiting-hard-to-rouse"],
    ["grandad in the nursing home feels cold to the touch, temperature 34.8, very drowsy", "triage.sepsis.older-cold-low-temp-drowsy"],
    ["my 88 year old mother is cold to touch, temp 35.4, very sleepy and not herself", "triage.sepsis.older-cold-low-temp-drowsy"],
    ["my mate says he hopes he never wakes up and he has a pistol at home", "triage.crisis.wish-not-to-wake-with-means"],
    ["all of us have had a headache and felt dizzy since the gas fire went on, my son nearly fainted", "triage.poisoning.household-headaches-boiler"],
    ["i collapsed in the bathroom and there's black tarry stool and blood in the toilet", "triage.bleeding.faint-with-bowel-or-vomit-blood"],
    ["dad took an extra digoxin by mistake and now he's vomiting and says everything looks yellow", "triage.poisoning.digoxin-toxicity"],
    ["gave birth 4 days ago, now rigors and a fever of 39.4 and my heart is racing", "triage.pregnancy.after-birth-fever-shock"],
    ["his blood pressure is 75/40 and he's very drowsy and clammy", "triage.circulation.low-bp-unwell"],
    ["two weeks after my knee surgery I suddenly can't catch my breath and my pulse is 130", "triage.breathing.sudden-after-pill-or-surgery"],
    ["asthma attack, ive taken 10 puffs of ventolin and it's not helping", "triage.breathing.asthma-ten-puffs"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my waters broke and I can see the cord hanging out, I'm not due for another 4 weeks"]
  ])("should not call %j chronic because of 'due for N weeks'", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    ["bloody diarrhoea for two days with cramps, no temperature", "triage.urgent.bloody-diarrhoea-days"],
    ["my husband is diabetic and the ulcer on his heel has started to smell", "triage.urgent.diabetic-foot-sore"],
    ["my 4 month old has had fewer wet nappies since this morning", "triage.urgent.baby-fewer-wet-nappies"],
    ["type 1 with a stomach bug, sugars in the 20s and ketones 1.1", "triage.urgent.sick-day-ketones"],
    ["tonsillitis is much worse on the right side and my voice sounds muffled", "triage.urgent.one-sided-throat-muffled-voice"],
    ["painful blisters on my forehead spreading down towards my eye", "triage.urgent.shingles-near-eye"],
    ["I'm 70, new headache by my temple and my jaw aches when I chew", "triage.urgent.headache-jaw-claudication-older"],
    ["my daughter has had a fever for four days now, still drinking", "triage.urgent.fever-three-days-or-malaria"],
    ["twisted my ankle, it's very swollen and bruised over the bone on the outside", "triage.urgent.bad-sprain-bone-tender"],
    ["my son pushed a pea up his nose and we can't get it out", "triage.urgent.object-stuck-ear-nose"],
    ["my hernia in the groin is sore and won't go back in", "triage.urgent.groin-lump-wont-go-back"],
    ["aching low down on the right side of my belly since yesterday, it's tender to press", "triage.urgent.right-lower-belly-pain-new"],
    ["had my hip done last week and the wound is oozing and has gone red", "triage.urgent.pus-from-piercing-burn-wound"],
    ["my mother is 82 and has had diarrhoea eight times today, she's weak", "triage.urgent.older-diarrhoea-many-times"],
    ["tomo sintrom y tengo un hematoma grande en el brazo que crece", "triage.urgent.bruise-on-warfarin-es"],
    ["my molar has ached for days and now my face is puffy right up under my eye", "triage.urgent.toothache-swelling-to-eye"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my grandad is 79 and his jaw aches after the dentist pulled a molar",
    "I wish I didn't have to wake up so early for work, any tips for sleeping better?",
    "my throat feels like I swallowed razor blades",
    "I'm thinking of stepping off the train one stop early to walk more",
    "she got her ears pierced and the earring looks a bit red",
    "my toddler stood up too fast and fell to the side, he's fine and laughing",
    "I burned my finger on the oven and it stings a lot",
    "my daughter burned her hand on the oven, it's red and doesn't hurt much now",
    "my friend hopes he never wakes up before noon on a saturday lol",
    "my son got hit in the privates with a football last month, fine now, should he wear a cup?",
    "my baby's hands and feet look a bit blue after his bath",
    "I fainted when I gave blood last year, is it safe to donate again?",
    "what are the side effects of digoxin?",
    "my blood pressure always runs low, around 90/60, is that ok?",
    "i'm on the pill and wondered if it can cause headaches",
    "how many puffs of my inhaler can I take a day?",
    "I'm 30 and have had a cold for three days, no fever, how long will it last?",
    "I get a dull ache in my lower right belly every month around ovulation"
  ])("should not flag %j as an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my dog had a fit on Sunday and the vet says he's okay, can dogs get epilepsy?",
    "I passed out once about 10 years ago at a concert, never since",
    "the kitten gave me just a small scratch on my hand, washed it",
    "explain the stages of hypothermia for my first aid course",
    "my daughter keeps talking about the idea of drowning after a film, she's fine",
    "mi hija tuvo una convulsión hace tres años, ahora está bien, le puede volver a dar?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-y concepts: effects, home-remedy asks, carers and oblique goodbyes", () => {
  it.each([
    ["my son's mouth has gone a weird colour, sort of purple, and he is wheezing", "triage.breathing.odd-colour-with-breathing"],
    ["i hear a voice telling me things and im afraid i could harm my kids", "triage.mental-health.voices-fear-of-harming"],
    ["mi hijo tiene fiebre, el cuello muy rigido y le duele la luz", "triage.neuro.stiff-neck-fever-light-es"],
    ["my nan with alzheimers has a temp of 39, is breathing really quick and is so sleepy today", "triage.infection.fever-fast-breathing-drowsy"],
    ["he's been in the garage for an hour with the car engine on and won't open the door", "triage.crisis.engine-running-in-garage"],
    ["got a bag of charcoal, sealed the door gaps with tape", "triage.crisis.charcoal-sealed-room"],
    ["found two empty boxes of tylenol in my son's room and he keeps throwing up", "triage.poisoning.empty-packets-with-symptoms"],
    ["came off my scooter and there's bone poking out of my leg", "triage.injury.bone-visible-or-bent-no-joint"],
    ["my daughter's forearm is bent halfway along where there's no joint after the trampoline", "triage.injury.bone-visible-or-bent-no-joint"],
    ["dove into the shallow end and hit my neck, now both arms are numb and tingly", "triage.injury.back-or-neck-fall-limb-tingling"],
    ["honey for a sore throat? he's drooling since he can't swallow and his voice is muffled", "triage.airway.drooling-cant-swallow-muffled"],
    ["dad has dementia, he keeps clutching his chest and he's sweaty and grey", "triage.cardiac.rubbing-chest-unwell"],
    ["standing at the top of the car park roof, i just need everything to stop", "triage.crisis.high-place-wanting-it-to-stop"],
    ["my mother has been hoarding her oxycodone and i found a letter addressed to us", "triage.crisis.stockpiled-pills-with-note-or-wish"],
    ["my brother sent 'take care of the dog for me, love you all' and his phone is off", "triage.crisis.farewell-message-unreachable"],
    ["ya no quiero ser una carga, tengo la cuerda lista", "triage.crisis.burden-with-means-es"],
    ["sudden tearing pain between my shoulder blades and i'm vomiting and sweating", "triage.cardiac.between-shoulders-with-breathless-vomit"],
    ["on warfarin, peeing blood and covered in bruises since yesterday", "triage.bleeding.several-sites-on-thinner"],
    ["my hand went ice cold and pale an hour ago, it's numb and hurts badly", "triage.circulation.cold-white-numb-limb"],
    ["i had a splenectomy after a car crash and now have a fever and chills", "triage.infection.fever-no-spleen"],
    ["positive test last week, now sharp pain on the left side and i nearly fainted", "triage.pregnancy.late-period-one-sided-faint"],
    ["my aunt swallowed all of her dosette box for the week at once", "triage.poisoning.whole-pill-organiser"],
    ["on nardil and had pepperoni pizza, now a throbbing headache", "triage.poisoning.maoi-tyramine-crisis"],
    ["my 2 year old has a high temperature, purple spots and freezing cold feet", "triage.infection.child-fever-spots-cold-hands"],
    ["30 weeks pregnant, my tummy is hard as a rock and i'm bleeding", "triage.pregnancy.hard-belly-bleeding-quiet-baby"],
    ["grandma, 86, sudden terrible stomach pain and her heartbeat is irregular", "triage.abdomen.older-sudden-pain-irregular-pulse"]
  ])("should raise %j as an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my lips go blue when I swim in the cold sea, is that normal?",
    "the baby is teething and drooling everywhere, what helps?",
    "we walked over the bridge and watched the sunset, lovely and quiet",
    "i take phenelzine, which cheeses should i avoid?",
    "my grandad keeps his pills in a dosette box, how do I fill it for the week?",
    "i pointed the car at the garage and left the engine running while i unloaded the shopping",
    "my toe is pointing the wrong way after i stubbed it",
    "my hands are always cold and white in winter, raynauds I think",
    "i'm late for work and have a headache on the left side",
    "i love you all, said my mum at the party, and then went on holiday so she's not answering"
  ])("should not raise %j as an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-y same-day concepts", () => {
  it.each([
    ["my c-section scar has gone red and hot along one side", "triage.urgent.surgical-wound-red-warm"],
    ["ran out of my xarelto two days ago and the pharmacy is shut", "triage.urgent.blood-thinner-run-out"],
    ["my contact lens has gone up under my eyelid and i cannot get it out", "triage.urgent.contact-lens-stuck"],
    ["type 2 here, glucose has been 22 since this morning and i'm so thirsty", "triage.urgent.very-high-sugar-type-2"],
    ["blisters in a band round one side of my waist, they burn", "triage.urgent.shingles-band-one-side"],
    ["i'm halfway through chemo and have had diarrhoea since last night", "triage.urgent.infection-signs-on-chemo"],
    ["7 weeks pregnant and some light spotting this morning", "triage.urgent.early-pregnancy-bleeding"],
    ["15 weeks pregnant and i cannot keep anything down, not even water", "triage.urgent.pregnancy-vomiting-everything"],
    ["the anticoagulation nurse phoned, my inr is 7.2", "triage.urgent.inr-high-no-bleeding"],
    ["woke up with my big toe red and swollen, can't even bear the blanket on it", "triage.urgent.big-toe-sudden-swollen-painful"],
    ["33 weeks pregnant and the soles of my feet itch like mad", "triage.urgent.pregnancy-itchy-palms-soles"],
    ["a dried bean is wedged in my son's ear", "triage.urgent.object-lodged-nose-ear"],
    ["my lithium levels came back raised on the blood test", "triage.urgent.lithium-level-high"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).not.toBe("routine");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my son tried to catch himself when he tripped and now his wrist is puffy and sore",
    "nursing my baby and my breast is red and warm, feel fluey",
    "grandad with dementia is more confused than usual and his wee smells strong",
    "on lithium and my hands have started to shake"
  ])("should not leave %j routine", (text) => {
    expect(verdict(text).level).not.toBe("routine");
  });

  it.each([
    "my lithium level was normal at the last check, how often should it be tested?",
    "my bra strap rubs a red line on one side of my back",
    "how long should i stay on my blood thinner after the clot?",
    "my big toe has a bunion for years, which shoes help?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-z concepts: emergencies in passing, complications of conditions and procedures", () => {
  it.each([
    ["quick one about school dinners. my girl is burning up at 39.5, she screams if the light is on and she cannot put her chin down to her chest", "triage.neuro.fever-neck-wont-bend"],
    ["mi hijo tiene fiebre de 39, no puede doblar el cuello y tiene dolor de cabeza", "triage.neuro.fever-neck-wont-bend"],
    ["my flatmate told me he has tablets stashed in his drawer and is going to take them all tonight", "triage.crisis.hidden-pills-plan"],
    ["we all have had headaches and feel sick since the weekend, it clears up whenever we go outside", "triage.poisoning.co-household-sick-together"],
    ["todos en la casa tenemos dolor de cabeza y mareos, estamos mejor cuando salimos afuera", "triage.poisoning.co-household-sick-together"],
    ["my dad suddenly lost all feeling in the right side of his body and cannot walk straight", "triage.stroke.lost-feeling-one-side"],
    ["i'm a phlebotomist and got a needlestick from an hiv positive patient half an hour ago", "triage.exposure.needlestick-hiv-source"],
    ["my uncle drank every night for years and quit 2 days ago. this morning he is seeing spiders on the ceiling", "triage.withdrawal.alcohol-stopped-hallucinations-or-fit"],
    ["i have been taking my methotrexate every day instead of once a week by accident", "triage.poisoning.methotrexate-daily-by-mistake"],
    ["had a ureteric stent put in on monday. tonight my temp is 39.4 and i feel like i will faint", "triage.infection.fever-faint-after-procedure-or-stone"],
    ["my colostomy has had no output since yesterday and i keep vomiting", "triage.abdomen.stoma-no-output-vomiting"],
    ["sprayed insecticide in the greenhouse and now i'm dribbling and my muscles keep twitching", "triage.poisoning.pesticide-cholinergic"],
    ["my son takes carbimazole, has a fever of 39.6 and a really sore throat", "triage.infection.white-cell-drug-fever-throat"],
    ["egg retrieval was three days ago, my tummy is swollen tight and i can hardly pee", "triage.pregnancy.severe-ohss"],
    ["bad back all week, and now i can't feel the paper when i wipe and both legs are weak", "triage.neuro.cauda-equina-wipe-legs"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my granny with dementia fell earlier, her leg is shorter and rolled outward and she cries out if we touch it",
    "can you suggest a shampoo for my cat? separate thing: my mum with emphysema has blue lips and cannot get a sentence out today",
    "asking for my cousin: he was glassed in the arm, the blood is gushing and he has gone grey and clammy"
  ])("should call %j an emergency despite the framing", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    "which carbon monoxide alarm should we buy for the new flat?",
    "i take methotrexate weekly and folic acid daily, is that the right way round?",
    "my neck is stiff from sleeping funny and i have a mild cold",
    "i had a biopsy last month and the results were fine, when is my next scan?",
    "my stoma nurse says the bag should be changed every few days, is that normal?",
    "is it safe to use pesticide spray in the garden with kids around?",
    "had my mole removed and the wound is healing nicely, when can i swim?",
    "my wife had pre-eclampsia with our first child, how can we lower the risk next time?",
    "my baby had a temperature after her 8 week jabs last week, it went away and she is back to normal, is that normal after vaccines?",
    "my mum has copd and can talk in full sentences, her phlegm is a bit green"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-z same-day concepts", () => {
  it.each([
    ["my calf has been aching since i got off a long haul flight yesterday", "triage.urgent.calf-ache-after-travel-or-hormones"],
    ["there was blood in my pee this morning but nothing hurts", "triage.urgent.blood-in-urine"],
    ["had a cyst cut out on friday and now the stitches are oozing pus", "triage.urgent.minor-procedure-wound-infected"],
    ["a bit of grit is stuck in my eye and it's red and watering", "triage.urgent.something-in-eye-red"],
    ["my 5 month old is only taking half her usual bottles", "triage.urgent.baby-feeding-less"],
    ["my son has earache and a temp of 38.9", "triage.urgent.child-earache-fever"],
    ["migraine for 3 days now and my sumatriptan isn't touching it", "triage.urgent.migraine-days-meds-failing"],
    ["my toddler has a cough like a seal since last night", "triage.urgent.croup-barking-cough"],
    ["dad is on metformin and lisinopril and has had diarrhoea for 3 days", "triage.urgent.sick-day-medicines"],
    ["36 weeks pregnant and my fingers are so swollen my rings won't come off", "triage.urgent.puffy-hands-face-pregnancy"],
    ["had a colonoscopy with polyps removed yesterday and passed some blood today", "triage.urgent.bleeding-after-colonoscopy"],
    ["breastfeeding my 2 week old and my right breast is hot and lumpy", "triage.urgent.red-hot-breast-feeding"],
    ["my sickle cell pain has flared in my arms, the usual crisis, codeine is helping", "triage.urgent.sickle-pain-crisis"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my calves ache after leg day at the gym",
    "my wee went pink after eating beetroot",
    "what causes croup in toddlers?",
    "had a sickle cell crisis years ago, well since, is it safe to fly?",
    "my rings feel tight in hot weather, i'm not pregnant"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-ab Spanish emergencies", () => {
  it.each([
    ["mi hermana tiene calentura y el cuello tieso y le molesta la luz", "triage.neuro.es-fever-stiff-neck"],
    ["mi hijo de 9 toma muchisima agua, orina a cada rato y ahora respira rapido y hondo", "triage.metabolic.es-thirst-urine-deep-breathing"],
    ["mi sobrino se desmayo corriendo en la cancha de futbol", "triage.cardiac.es-faint-during-exercise"],
    ["a mi tia se le puso el pie helado y blanco de repente", "triage.vascular.es-cold-pulseless-limb"],
    ["mi abuela lleva dos dias con vomito, casi no orina y hoy se desmayo", "triage.dehydration.es-little-urine-fainting"],
    ["tengo fiebre y me duele la barriga abajo del lado derecho, no puedo caminar derecho ni enderezarme", "triage.abdomen.es-right-lower-pain-fever"],
    ["mi tio hace caca negra y esta bien palido", "triage.bleeding.es-blood-stool-dizzy"],
    ["mi hijito tiene fiebre, esta babeando y no puede tragar nada", "triage.airway.es-drooling-cannot-swallow-fever"],
    ["mi nena se trago una pila de boton del control", "triage.poisoning.es-magnets-or-button-battery"],
    ["a mi esposo le dio un corrientazo arreglando el enchufe y tiene la mano quemada", "triage.trauma.es-electrical-injury"],
    ["le pusimos la epipen a mi hija y sigue con la lengua hinchada", "triage.allergy.es-still-bad-after-adrenaline"],
    ["mi abuelo se tomo veneno para las plantas y esta babeando y sudando", "triage.poisoning.es-pesticide-drooling"],
    ["me duele el pecho desde hace rato, me tome una aspirina y ya van 30 minutos igual", "triage.cardiac.es-chest-pain-persisting-aspirin-or-cocaine"],
    ["mi bebe esta con los ojos volteados y temblando, no para", "triage.neuro.es-fit-still-going"],
    ["le dieron un navajazo a mi vecino en el costado", "triage.trauma.es-stab-or-gunshot"],
    ["estoy embarazada de 34 semanas, me duele la cabeza y veo destellos", "triage.pregnancy.es-headache-flashing-lights"],
    ["me duele el ojo horrible, veo aros de colores alrededor de las luces y tengo nauseas", "triage.eye.es-pain-halos-vomiting"],
    ["se cayo de la escalera y se le ve el hueso del brazo", "triage.trauma.es-bone-through-skin"],
    ["mi nino de 3 anos se bebio gasolina de una botella y esta tosiendo", "triage.poisoning.es-hydrocarbon-cough"],
    ["mi hija se comio unas bolitas de naftalina del ropero", "triage.poisoning.es-child-ate-toxic-household"],
    ["a mi suegro le cayo cemento en los ojos en la obra", "triage.eye.es-lime-or-caustic"],
    ["mi papa tiene fiebre y anda desorientado, no sabe donde esta", "triage.neuro.es-fever-not-recognising"],
    ["mi mama toma warfarina y se pego en la cabeza con la puerta", "triage.bleeding.es-head-knock-bleeding-disorder"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it("should give the crisis line for a farewell note in Spanish", () => {
    const v = verdict("mi amiga dejo una nota de despedida y ya no responde los mensajes");
    expect(v.level).toBe("emergency");
    expect(v.crisis).toBe(true);
  });

  it.each([
    "cuales son los sintomas de la meningitis en los ninos",
    "como se si alguien esta teniendo un infarto",
    "hace un mes mi papa se desmayo en el gimnasio y ya lo revisaron, todo salio normal",
    "el ano pasado me dieron una punalada, ya sano y solo tengo la cicatriz",
    "mi hija tiene fiebre pero esta jugando y comiendo normal",
    "hace una semana me pico una arana, ya estoy bien, solo queria saber si me pongo algo",
    "mi hijo se corto el dedo con un papel, es una cortadita superficial",
    "tengo asma y el inhalador me ayuda bien, lo uso en la manana",
    "mi bebe de 2 meses come bien y duerme mucho",
    "mi mama toma sintrom y pregunta si puede comer espinacas"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-ab Spanish same-day concepts", () => {
  it.each([
    ["a veces pienso que seria mejor no despertar, no tengo ningun plan pero necesito ayuda", "triage.crisis.es-death-thoughts-no-plan"],
    ["ayer a mi tio se le durmio el brazo unos minutos y hablaba raro, ya se le paso", "triage.urgent.es-stroke-signs-settled"],
    ["me torci el tobillo bajando la banqueta y no puedo apoyar el pie", "triage.urgent.es-cannot-bear-weight"],
    ["mi hija se metio una semilla en la nariz y no la podemos sacar", "triage.urgent.es-object-in-nose-or-ear"],
    ["tengo un grano en la pierna rojo, caliente y con pus", "triage.urgent.es-red-hot-swelling-pus"],
    ["estoy embarazada de 9 semanas y vomito todo, no retengo ni liquidos", "triage.urgent.es-pregnancy-vomiting-everything"],
    ["la sonda de mi papa no esta drenando nada desde anoche", "triage.urgent.es-catheter-not-draining"],
    ["se me acabaron las pastillas para la epilepsia y no tengo cita", "triage.urgent.es-epilepsy-medicine-run-out"],
    ["mi bebe de 7 meses se cayo de la cama y tiene un chichon en la frente", "triage.urgent.es-baby-fall-bump"],
    ["necesito el salbutamol cada dos horas desde ayer", "triage.urgent.es-reliever-every-few-hours"],
    ["mi nena de 6 meses anda resfriada y toma la mitad del biberon", "triage.urgent.es-baby-feeding-less"],
    ["mi hija de 14 se hizo cortes superficiales en la pierna, ya dejo de sangrar, dice que no se quiere matar", "triage.crisis.es-shallow-self-cutting-stopped"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "que es la culebrilla y como se contagia",
    "a mi hijo se le cayo un diente de leche y ya le salio el nuevo"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-ac dictated emergencies", () => {
  it.each([
    ["my brother has been so depressed and he just took his rifle out and sent me a text saying goodbye", "triage.crisis.gun-out-saying-goodbye"],
    ["my uncle drinks a lot and he threw up what looked like a whole mug of fresh blood", "triage.bleeding.vomited-lot-of-fresh-blood"],
    ["my dad splashed caustic oven cleaner all over his arm and the skin has gone white and is peeling", "triage.burn.caustic-on-skin"],
    ["my son is type one his meter says low and now he is fitting on the floor", "triage.diabetes.low-sugar-fit-or-cant-swallow"],
    ["my grandpa has an aneurysm they were monitoring and he suddenly has terrible pain in his tummy and back and looks grey", "triage.circulation.known-aneurysm-sudden-pain"],
    ["my daughter pushed a watch battery up her nostril and we cant get it out", "triage.poisoning.battery-in-nose-or-ear"],
    ["we used her rescue medicine ten minutes ago and she is still fitting", "triage.neuro.seizure-still-going-after-rescue"],
    ["my wife is epileptic and has been jerking for about 6 minutes", "triage.neuro.seizure-over-five-minutes"],
    ["my 9 year old son says his private parts are swollen and really sore and he feels sick", "triage.torsion.private-area-boy"],
    ["grandad has a pacemaker and he collapsed twice this afternoon", "triage.cardiac.blackouts-pacemaker-or-slow-pulse"],
    // a past scare that turned out to be nothing does not cover what is happening now
    ["last year it turned out to be a panic attack but right now i have crushing chest pain and i am sweating", "triage.cardiac.chest-pain-severe"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my husband hunts and he cleaned his rifle today, he is a bit low since the deer season ended", "triage.crisis.gun-out-saying-goodbye"],
    ["my daughter had a tummy bug and threw up twice with a tiny streak of blood in it", "triage.bleeding.vomited-lot-of-fresh-blood"],
    ["my glycolic acid serum made my skin peel a bit on my face", "triage.burn.caustic-on-skin"],
    ["what should i do if my sugar is low and i have a hypo at work", "triage.diabetes.low-sugar-fit-or-cant-swallow"],
    ["i have a small aaa being watched, should i have another screening scan this year", "triage.circulation.known-aneurysm-sudden-pain"],
    ["my hearing aid batteries keep going flat after two days", "triage.poisoning.battery-in-nose-or-ear"],
    ["can i get a refill of her rescue medicine for her seizures", "triage.neuro.seizure-still-going-after-rescue"],
    ["my daughter says her private area is sore and itchy", "triage.torsion.private-area-boy"],
    ["my mum used to faint a lot before her pacemaker was fitted, can she fly now", "triage.cardiac.blackouts-pacemaker-or-slow-pulse"]
  ])("should not read %j as %s", (text, rule) => {
    expect(verdict(text).reasons.map((r) => r.rule)).not.toContain(rule);
  });
});

describe("triage-ac dictated same-day concepts", () => {
  it.each([
    ["my blood pressure at the chemist was 190/100 but i feel ok", "triage.urgent.bp-reading-very-high"],
    ["my mum has a foley and there is nothing coming into the bag since lunch", "triage.urgent.catheter-bag-empty"],
    ["i had the cartilage of my ear pierced and now it is hot swollen and throbbing", "triage.urgent.ear-cartilage-piercing-swollen"],
    ["my ankle came up swollen and red overnight and i have a temperature of 38.3", "triage.urgent.hot-swollen-joint-fever"],
    ["my daughter is 4 and limping on her left leg and has a fever of 38.5", "triage.urgent.child-limp-fever"],
    ["i got badly sunburnt at the beach and my back is covered in blisters and i feel sick", "triage.urgent.blistering-sunburn-unwell"],
    ["my earache is awful and there is yellow fluid coming out and everything sounds muffled", "triage.urgent.painful-ear-discharge-hearing"],
    ["my husband takes apixaban and had a nosebleed this morning which stopped after a while", "triage.urgent.nosebleed-on-thinner-stopped"],
    ["my son got scratched in the eye by the cat and it keeps watering", "triage.urgent.eye-poked-still-hurts"],
    // "when i was running" is what she was doing, not a past event
    ["i got poked in the eye by a twig when i was running through the woods and it really hurts", "triage.urgent.eye-poked-still-hurts"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my blood pressure target is 130/80 what should i eat",
    "how often should my dads catheter bag be changed",
    "can my daughter get her ear pierced at 8",
    "my knee clicks when i climb stairs no pain",
    "i got a bit sunburnt yesterday and it is pink and tender",
    "my son gets nosebleeds in winter from the dry air",
    "when i was a kid i got poked in the eye and it hurt for a day",
    "two years ago i had crushing chest pain and it turned out to be reflux, how can i stop heartburn"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-ae chronic disease and high-risk medicine emergencies", () => {
  it.each([
    ["my wife had paclitaxel last tuesday and tonight she is shivering with a fever of 38.4", "triage.sepsis.fever-after-named-chemo"],
    ["our daughter has HbSS and her temperature is 38.8 this evening", "triage.blood.sickle-fever-abbreviated"],
    ["i take carbimazole for my thyroid and i have a temp of 39 and keep shivering", "triage.sepsis.fever-on-white-cell-drug"],
    ["grandad is on gliclazide, his reading was 2.6 and he is drowsy and confused even after a biscuit", "triage.diabetes.low-sugar-on-insulin-or-sulfonylurea-drowsy"],
    ["my husband has an LVAD and has a temperature of 38.5 with rigors tonight", "triage.cardiac.vad-driveline-infection"],
    ["i took extra sertraline with ecstasy at a festival and now i am agitated, twitching and boiling hot", "triage.poisoning.serotonin-agitated-hot"],
    ["my brother is on haloperidol injections and he is rigid, sweating and burning hot", "triage.neuro.rigid-and-hot-antipsychotic-or-parkinson"],
    ["my daughter has had three fits this morning and has not come round in between", "triage.neuro.seizure-cluster-not-recovering"],
    ["mum has breast cancer in her spine and tonight her legs are going weak and she can't pee", "triage.neuro.legs-weak-saddle-numb"],
    ["dad takes metformin and has had gastro, now he is breathing deep and fast and is drowsy", "triage.metabolic.metformin-lactic-acidosis"],
    ["my son has hemophilia and his neck is swelling after a fall and it is hard to swallow", "triage.bleeding.haemophilia-dangerous-site"],
    ["my crohn's is flaring, 9 bloody stools today and my pulse is 115", "triage.bowel.severe-bloody-diarrhoea-immunotherapy-or-colitis"],
    ["i'm on nivolumab and have bloody diarrhoea every hour", "triage.bowel.severe-bloody-diarrhoea-immunotherapy-or-colitis"],
    ["i am on sotalol and my heart started skipping and then i passed out in the kitchen", "triage.cardiac.faint-palpitations-qt-drug"],
    ["i have svt and my pulse is 190, it has been going for an hour and won't slow down", "triage.cardiac.very-fast-heart-not-settling"],
    ["i skipped dialysis on friday and now i'm breathless lying flat and confused", "triage.metabolic.missed-dialysis-unwell"],
    ["i am on apixaban and have a large swelling in my thigh that is growing and i feel faint", "triage.bleeding.thinner-big-swelling-faint"],
    ["i have an ICD and my heart is racing, I feel lightheaded but it hasn't fired", "triage.cardiac.icd-fast-heart-dizzy"],
    ["my mother took colchicine for a gout flare and has had diarrhoea since yesterday and now her legs feel numb", "triage.poisoning.colchicine-toxicity"],
    ["my daughter took a double dose of her elvanse, her heart is pounding and she is hallucinating", "triage.poisoning.stimulant-adhd-medicine"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["i finished docetaxel two years ago, can i have the flu jab?", "triage.sepsis.fever-after-named-chemo"],
    // "trait" is read as "tract" by typo correction; a carrier is not at risk of a sickle crisis
    ["my son has sickle cell trait, he has a cold and a fever of 38", "triage.blood.sickle-fever-abbreviated"],
    ["on methotrexate, should i stop it if i get a temperature?", "triage.sepsis.fever-on-white-cell-drug"],
    // a temperature with a sore throat alone on such a drug is a same-day blood count, not a 999 call
    ["on sulfasalazine and i have a sore throat and a temperature of 38.2", "triage.sepsis.fever-on-white-cell-drug"],
    ["i had a hypo last night at 3.1 on insulin and felt drowsy, now fine, why does it happen?", "triage.diabetes.low-sugar-on-insulin-or-sulfonylurea-drowsy"],
    ["my dad has an LVAD, can he have a shower with the driveline?", "triage.cardiac.vad-driveline-infection"],
    ["what are the signs of serotonin syndrome? i'm on sertraline and get hot flushes", "triage.poisoning.serotonin-agitated-hot"],
    ["my mum with parkinson's is stiff in the mornings, how can we help her?", "triage.neuro.rigid-and-hot-antipsychotic-or-parkinson"],
    ["my daughter has epilepsy and had two seizures last month, both short", "triage.neuro.seizure-cluster-not-recovering"],
    ["i have a bad back and my legs feel weak after the gym", "triage.neuro.legs-weak-saddle-numb"],
    ["i'm on metformin and get breathless when i run, is that normal?", "triage.metabolic.metformin-lactic-acidosis"],
    ["my son has haemophilia, can he play football?", "triage.bleeding.haemophilia-dangerous-site"],
    ["my colitis is flaring, 3 loose stools a day with a little blood", "triage.bowel.severe-bloody-diarrhoea-immunotherapy-or-colitis"],
    ["i'm on methadone, can i take an antibiotic for my chest?", "triage.cardiac.faint-palpitations-qt-drug"],
    ["my heart rate got to 185 on my run this morning, is that too high?", "triage.cardiac.very-fast-heart-not-settling"],
    ["i'm on dialysis, what happens if i miss a session?", "triage.metabolic.missed-dialysis-unwell"],
    ["i'm on warfarin and have a small bruise on my arm", "triage.bleeding.thinner-big-swelling-faint"],
    ["my ICD was fitted last month, can I drive?", "triage.cardiac.icd-fast-heart-dizzy"],
    ["can i take colchicine with my statin?", "triage.poisoning.colchicine-toxicity"],
    ["my son on ritalin gets a bit agitated in the evening and his heart races when he's excited", "triage.poisoning.stimulant-adhd-medicine"]
  ])("should not read %j as %s", (text, rule) => {
    expect(verdict(text).reasons.map((r) => r.rule)).not.toContain(rule);
  });
});

describe("triage-ae same-day concepts for chronic disease and high-risk medicines", () => {
  it.each([
    ["i had a heart transplant last year and today i have a temperature of 37.8 and a tickly cough", "triage.urgent.transplant-infection-or-rejection-signs"],
    ["the renal nurse rang and said to come in today for a repeat blood test", "triage.urgent.clinician-said-today"],
    ["my potassium came back at 5.8 on my blood test this morning", "triage.urgent.potassium-raised"],
    ["i have heart failure and i have gained 3 kg since saturday and my legs are more swollen", "triage.urgent.heart-failure-fluid-or-dizzy"],
    ["the skin around my hickman line is red and tender today", "triage.urgent.line-port-fistula-site"],
    ["my husband's epilepsy is playing up, he's had his third seizure this week", "triage.urgent.more-fits-than-usual"],
    ["i'm on glimepiride and have had two hypos this week, both under 3.5", "triage.urgent.repeated-lows-on-insulin-or-sulfonylurea"],
    ["since starting dexamethasone my sugars are reading 19 in the evenings", "triage.urgent.high-sugar-on-steroids"],
    ["my omnipod keeps saying occlusion and my glucose is 16", "triage.urgent.insulin-pump-blocked"],
    ["grandma on digoxin has gone off her food and feels sick for the past few days", "triage.urgent.digoxin-sick-or-slow"],
    ["i have adrenal insufficiency and have had vomiting since this morning but keeping my tablets down", "triage.urgent.adrenal-insufficiency-unwell"],
    ["my son on risperidone has new stiffness in his neck since the dose was increased", "triage.urgent.movement-change-antipsychotic-or-parkinson"],
    ["i'm on citalopram and the doctor started me on linezolid, now i'm sweaty and a bit shaky", "triage.urgent.serotonergic-combination-jittery"],
    ["mum has myeloma and has new back pain that wakes her at night", "triage.urgent.cancer-new-back-pain"],
    ["i have polymyalgia on steroids and today my sight in one eye is blurry", "triage.urgent.pmr-gca-vision"],
    ["my daughter has a shunt and has had a headache since yesterday", "triage.urgent.shunt-headache"],
    ["i have liver cirrhosis and my tummy has become swollen and tight this week", "triage.urgent.cirrhosis-belly-or-yellow"],
    ["on adalimumab for arthritis and i've had a cough and temp 38.1 since yesterday", "triage.urgent.fever-or-cough-on-immunosuppressant"],
    ["i have bronchiectasis and my phlegm is thicker and green since the weekend", "triage.urgent.chronic-lung-sputum-change"],
    ["i have lupus and it's flaring, aching joints and a new rash on my face", "triage.urgent.lupus-flare"],
    ["on xeloda and the soles of my feet are red and blistering", "triage.urgent.hand-foot-skin-reaction"],
    ["on apixaban and a big bruise on my shin keeps spreading", "triage.urgent.spreading-bruise-on-thinner"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "i had a kidney transplant ten years ago, can i eat grapefruit?",
    "my doctor said the results were fine, no need to call back",
    "what is a normal potassium level? mine was 4.8",
    "how do i keep my picc line dry in the shower?",
    "my son has epilepsy and has been seizure free for two years",
    "i'm on insulin, what should i do if i have a hypo while driving?",
    "i'm on prednisolone for asthma, does it affect my bones?",
    "how often should i change my pump infusion set?",
    "my dad takes digoxin, when should he have a level done?",
    "i have addison's and i'm well, how much hydrocortisone do i take for a dental procedure?",
    "my brother on olanzapine has put on weight, what can he do?",
    "i'm on sertraline, can i have a glass of wine?",
    "my mum had breast cancer years ago, now she has a sore back after gardening",
    "i have polymyalgia, how long will i be on steroids?",
    "can my son with a shunt go on a roller coaster?",
    "i have cirrhosis, is it safe to drink coffee?",
    "i'm on humira, can i get the flu jab?",
    "i have lupus, is it safe to sunbathe?",
    "had chemo last year, my feet are still a bit numb",
    "i'm on warfarin and got a small bruise that's fading"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-ae: calmer versions of first-layer emergencies", () => {
  it.each([
    ["my ICD shocked me once at lunch, I feel fine now", "triage.urgent.icd-single-shock"],
    ["on perindopril, my top lip swelled overnight and it has gone down now, breathing is fine", "triage.urgent.lip-swelling-on-ace-inhibitor"],
    ["my wife has myasthenia and her eyelids are droopier this week, swallowing and breathing fine", "triage.urgent.myasthenia-worse"],
    ["my daughter has sickle cell and her eyes are more yellow today, no fever, no pain", "triage.urgent.sickle-yellow-or-tired"],
    ["COPD, coughing up more green phlegm, a bit more breathless walking but fine at rest", "triage.urgent.chronic-lung-sputum-change"]
  ])("should call %j same-day care, not an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my ICD went off twice and I feel dizzy", "triage.cardiac.defibrillator-shock"],
    ["my lips swelled up after my lisinopril and my throat feels tight", "triage.allergy.swelling-with-allergy"],
    ["my wife has myasthenia and now she has double vision and is struggling to swallow", "triage.neuro.bulbar-signs"],
    ["my daughter has sickle cell, her eyes are yellow and she has a fever of 38.5", "triage.blood.sickle-crisis"],
    ["I'm so short of breath I can't finish a sentence", "triage.breathing.severe-sob"]
  ])("should still call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });
});

describe("triage-ah: pregnancy, birth, pregnancy loss and sexual health", () => {
  it.each([
    ["I'm 35 weeks and I haven't felt the baby kick since last night, tried lying on my left", "triage.pregnancy.no-movements-late"],
    ["7 weeks pregnant, sharp pain low on the right and I nearly passed out getting up", "triage.pregnancy.early-one-sided-pain-with-shock"],
    ["miscarrying at 9 weeks and passing clots the size of plums, feel lightheaded", "triage.pregnancy.heavy-bleeding-in-or-after-pregnancy"],
    ["33 weeks, awful headache and my eyes keep seeing flashing lights, ankles swollen", "triage.pregnancy.preeclampsia-two-signs"],
    ["two weeks after the birth my wife thinks the neighbours are poisoning the baby and she hasn't slept for three nights", "triage.mental.postpartum-psychosis"],
    ["I keep getting urges to smother my son and I'm afraid I'll do it tonight", "triage.crisis.thoughts-of-harming-baby-with-intent"],
    ["I had a D and C on Monday and now I'm shivering with a fever and feel terrible, can barely walk", "triage.sepsis.fever-after-birth-or-pregnancy-loss"],
    ["27 weeks, my waters went this morning and the tightenings are getting closer together", "triage.pregnancy.preterm-waters-or-stitch-with-pains"],
    ["I've got a known ovarian cyst and suddenly got excruciating pain and keep being sick", "triage.gynae.cyst-sudden-severe-pain"],
    ["my 13 year old daughter has sudden pain low on the right and keeps vomiting", "triage.surgical.young-sudden-lower-side-pain-vomiting"],
    ["been erect 5 hours after using a pump injection and it really hurts", "triage.urology.erection-for-hours"],
    ["during sex there was a crack and his penis is now swollen and bruised", "triage.urology.penile-fracture"],
    ["my scrotum area is going black and crackles when touched, I'm diabetic with a high fever", "triage.urology.genital-crackling-or-blackening"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["at 28 weeks she hasn't moved all morning, then after a cold drink she kicked lots again", "triage.urgent.movements-reduced-or-came-back"],
    ["10 weeks pregnant, some red bleeding this morning, it has stopped and there's no pain", "triage.urgent.pregnancy-bleed-settled"],
    ["16 weeks pregnant with pain in my right side of my back and a temperature of 38.1, no shivers", "triage.urgent.temperature-pregnancy-birth-or-loss"],
    ["throwing up since yesterday at 11 weeks pregnant, only managing sips of squash", "triage.urgent.pregnancy-vomiting-some-down"],
    ["37 weeks, a trickle of clear fluid keeps leaking when I stand, no pains", "triage.urgent.waters-leaking-or-gone"],
    ["30 weeks, the midwife found my blood pressure was 148/96", "triage.urgent.raised-bp-late-pregnancy"],
    ["26 weeks and I've had a headache since this morning", "triage.urgent.headache-late-pregnancy"],
    ["burning when I pee and discharge since a hook up last weekend", "triage.urgent.genital-symptoms-after-new-partner"],
    ["painful blisters on my vulva, I'm 33 weeks pregnant", "triage.urgent.genital-sores-in-pregnancy"],
    ["a painful swelling on my labia, hurts to walk", "triage.urgent.painful-lump-vaginal-entrance"],
    ["the condom split last night, I want the morning after pill", "triage.urgent.unprotected-sex-recent"],
    ["my foreskin is stuck behind the head since this morning and it's swollen", "triage.urgent.foreskin-stuck-back"],
    ["had the snip two days ago and my scrotum is swollen and bruised and painful", "triage.urgent.swelling-after-vasectomy"],
    ["a pile came out and it's purple and hard and so painful", "triage.urgent.thrombosed-piles"],
    ["positive pregnancy test and I take isotretinoin for acne", "triage.urgent.teratogen-with-positive-test"],
    ["I'm 12 weeks pregnant and my niece came round with chickenpox, never had it myself", "triage.urgent.infection-contact-in-pregnancy"],
    ["fell down the stairs at 32 weeks, landed on my side", "triage.urgent.fall-late-pregnancy"],
    ["the stitches from my c section have come apart and there's a gap", "triage.urgent.wound-or-tear-opened"],
    ["3 weeks after having my baby I'm crying every day and can't cope but I'd never hurt myself", "triage.urgent.low-mood-after-birth"],
    ["tummy pain with fever since my coil was put in", "triage.urgent.pelvic-pain-fever-after-coil-or-sti"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "how many kicks should I feel in a day at 30 weeks?",
    "I had an ectopic pregnancy on the right 3 years ago, can I get pregnant again?",
    "what are the warning signs of postpartum haemorrhage?",
    "my periods are heavy with big clots, is that fibroids?",
    "had pre-eclampsia with my first, what can I do to lower the risk this time?",
    "I had postnatal psychosis after my son years ago and I'm well now",
    "I sometimes get scary thoughts about dropping the baby but I would never do anything, is that normal?",
    "I used to line up my tablets in a dosette box for the week",
    "can you get an infection after a termination, what are the signs?",
    "can i feel the baby's foot under my ribs at 34 weeks, is that normal?",
    "after the birth the placenta came out fine and midwife said all looks good",
    "at 38 weeks what should happen after the waters break?",
    "I've had a dermoid cyst for years, no pain, when should it come out?",
    "how long can an erection safely last on viagra?",
    "my knee popped during sex and now it's swollen",
    "my 12 year old had a sudden tummy bug, vomiting twice, pain all over, now eating",
    "is it normal to have a headache at 8 weeks pregnant?",
    "what is the difference between a cold sore and genital herpes?",
    "how long does the morning after pill work for?",
    "my son's foreskin doesn't pull back yet, he's 3",
    "how soon after a vasectomy can I have sex?",
    "I had piles in my last pregnancy, how can I avoid them?",
    "there's a pile of washing, my back is hard and painful",
    "does chickenpox in pregnancy harm the baby?",
    "is it normal to feel emotional in the first week after birth?",
    "can you use a tampon after a coil fitting?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-aj: work, outdoor, sport and travel emergencies", () => {
  it.each([
    ["we've been in the sauna for an hour and my brother is talking gibberish and collapsed on the bench", "triage.environment.heat-with-altered-mind"],
    ["my coworker fell about 4 metres off the scaffolding and now he's not moving", "triage.trauma.fall-from-height-red-flags"],
    ["she came off her bike into a wall, her neck hurts and her hands are numb and tingling", "triage.trauma.spine-injury-signs"],
    ["he was hit with a cricket bat on the side of the head and there's a dent above his ear", "triage.trauma.head-blow-dent-or-pupils"],
    ["we pulled my nephew out of the lake after he went under, now his breathing is rattly and quick", "triage.environment.near-drowning-breathing"],
    ["my mate dived off the pier and still hasn't come back up", "triage.environment.swimmer-not-resurfaced"],
    ["a piece of rebar went through his thigh on site, it's still stuck in", "triage.trauma.impaled-object"],
    ["my uncle was hit in the arm by a rifle round while hunting, bleeding a lot", "triage.trauma.firearm-wound"],
    ["the chainsaw kicked back, deep gash in his thigh and blood is pouring out", "triage.trauma.machine-gash-bleeding"],
    ["a squash ball smacked into her eye and now she's seeing double", "triage.trauma.eye-blow-red-flags"],
    ["boiling water spilled over both arms, skin is hanging off and he looks grey", "triage.trauma.extensive-or-deep-burn"],
    ["the quad bike landed on top of him, his stomach is getting hard and he looks paler", "triage.trauma.crush-internal-bleeding"],
    ["a trench collapsed on my colleague and we had to dig him out", "triage.environment.buried-avalanche"],
    ["twisted my ankle badly, can't walk, alone on the mountain and it's getting dark and freezing", "triage.environment.stranded-injured-cold"],
    ["my dad was bitten by a snake on the hand, now his eyelids are drooping", "triage.bites.snake-bite-systemic"],
    ["got stung on my ankle, now my tongue is swelling and I feel faint", "triage.allergy.bite-sting-lips-swelling-dizzy"],
    ["we're trekking at 5200 m and my friend is staggering and confused", "triage.environment.altitude-red-flags"],
    ["we had a gas heater running in the tent all night, my wife can't remember where we are", "triage.poisoning.co-heater-memory-vision"],
    ["my apprentice got a massive shock from the mains, his palm is burnt", "triage.environment.big-shock-burns-heart"],
    ["two hours after scuba diving my shoulder joint aches and my legs feel weak", "triage.environment.after-diving-bends"],
    ["we foraged some mushrooms for dinner and now my partner's heart is racing and she's hallucinating", "triage.poisoning.wild-plant-heart-or-neuro"],
    ["a gas bottle exploded next to him and he's coughing up blood", "triage.trauma.explosion-chest"],
    ["my husband collapsed in the garden and his pulse is really faint", "triage.collapse.weak-pulse"]
  ])("should flag %j as an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["came off my board, there's a lump sticking up on my collarbone", "triage.urgent.collarbone-bump-after-fall"],
    ["ran a half marathon in the heat, haven't peed since and it was dark brown", "triage.urgent.dehydration-dark-little-urine"],
    ["a stray dog nipped my ankle on holiday and broke the skin", "triage.urgent.rabies-risk-animal"],
    ["trod on a stingray in the shallows, my heel is still throbbing an hour later", "triage.urgent.venomous-fish-sting"],
    ["fell asleep in the sun, my back has huge blisters and I'm shivering", "triage.urgent.sunburn-blisters-unwell"],
    ["splashed hot oil on my hand, blisters on the palm", "triage.urgent.burn-blisters-hands-face"],
    ["allergic rash from a new cream and her left eye is swollen shut", "triage.urgent.rash-eye-swelling-shut"],
    ["knelt on a broken bottle and think a shard is still in my knee", "triage.urgent.foreign-body-in-wound"],
    ["sliced my forearm on a sheet of metal, the cut is 3 cm and gaping", "triage.urgent.cut-needs-closing"],
    ["after scuba diving today my ear is very painful and there's blood on the pillow", "triage.urgent.ear-after-diving"],
    ["stepped on a garden fork, it went through my trainer, no idea when my last tetanus was", "triage.urgent.puncture-tetanus"],
    ["got heat exhaustion at the cricket this afternoon, cooled down but still dizzy with a headache", "triage.urgent.heat-exhaustion-lingering"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "I fainted in a sauna years ago, is it safe for me to go back?",
    "I fell off a wall when I was a kid and sometimes my neck is stiff",
    "what should I pack for a trek to 5000 m?",
    "my lips get slightly puffy in the cold, a bit annoying",
    "my wee is dark yellow in the morning, clears up after I drink",
    "we bought a propane heater for the garage, is it safe to use inside?",
    "is it safe to fly the day after scuba diving?",
    "I had heat stroke last summer, how can I avoid it this year?",
    "my friend knocked a tooth out playing rugby, we put it back in, he's fine otherwise",
    "any tips for avoiding DVT on a long-haul flight?",
    "I do CrossFit 3 times a week, my legs are sore, is that normal?",
    "got a small shock from an electric fence years ago as a kid, any long-term effects?",
    "had cement dust in my eye yesterday, rinsed it and my eye is totally fine today",
    "we watched a documentary about an avalanche rescue",
    "the wasp sting on my arm is a bit red and itchy",
    "I get a knife like pain in my side when I run, feels like a stitch",
    "I feel stuck and alone at night and I'm always cold",
    "I ate some chia seeds and my heart is racing a little, is that caffeine?",
    "my resting pulse dropped to 48 and feels slow, I'm a runner",
    "rip grandad, since the funeral my chest is tight with anxiety",
    "I swallowed a pill and it never came back up, I drank water",
    "I fainted on a hot day at the bus stop last week, felt fine after",
    "my nail is growing into the side of my toe and it hurts",
    "the hook on my bra digs into my back and it's painful",
    "I live at altitude and get a headache and vomiting with my migraines, any tips?",
    "my dad keeps his pistol by his side of the bed, he hit the wall in anger",
    "the ice cream truck rolled by and my kid is pale and clammy from the flu"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should not take blowing up a balloon for an explosion", () => {
    expect(verdict("my son blew up a balloon so hard his chest hurts a little, he is laughing").level).not.toBe("emergency");
    expect(verdict("the explosion of sales at work gave me chest pain lol").level).not.toBe("emergency");
  });
});

describe("triage-aj: a fitness instructor is no first-aid trainer", () => {
  it("should flag a collapse in a gym class reported by its instructor", () => {
    expect(verdict("yoga instructor here, a student just passed out mid class and her pulse is faint").level).toBe("emergency");
  });
  it("should keep a first-aid instructor's scenario routine", () => {
    expect(verdict("first aid instructor here, how do I explain the recovery position for someone unconscious?").level).toBe("routine");
  });
});

describe("triage-ak: older adults and their carers", () => {
  it.each([
    ["my father's right hand went numb an hour ago and now his right leg is dragging too, same side", "triage.stroke.arm-and-leg-same-side"],
    ["grandma suddenly can't see anything to her left, keeps walking into the door frame, it started after lunch", "triage.stroke.half-vision-both-eyes"],
    ["my aunt is 88, she's breathing fast, has a temperature and is much more confused than normal", "triage.sepsis.fast-breathing-fever-older-or-confused"],
    ["he's had a water infection for two days and tonight he has rigors and his feet look mottled and purple", "triage.sepsis.rigors-with-confusion-or-cold-purple-limbs"],
    ["the nurse says mum has a fever of 38.9 and her blood pressure is 78 over 40", "triage.sepsis.fever-low-blood-pressure"],
    ["my grandad tripped on the rug, he's on the floor with pain in his hip and can't get up, he's 91", "triage.trauma.older-fall-hip-cannot-move"],
    ["I can hear the old man next door moaning for help and the door is locked", "triage.trauma.heard-calling-behind-locked-door"],
    ["went round to see my uncle, the flat is freezing, he's ice cold to touch and confused", "triage.environment.older-cold-to-touch-mumbling"],
    ["dad has been out in the snow for three hours after his car got stuck and he's shivering and slurring", "triage.environment.hours-outside-wet-cold"],
    ["my husband has Alzheimer's and has wandered off in his pyjamas, it's freezing tonight", "triage.environment.dementia-missing-in-cold"],
    ["resident is now only responding to pain, staff have called me", "triage.neuro.responds-only-to-pain"],
    ["her glucose is 2.1 and she is very drowsy, she's on insulin", "triage.diabetes.glucose-under-three-reading"],
    ["my nan uses insulin, she's shaking and sweating and she doesn't know who I am", "triage.diabetes.hypo-confused-or-cant-swallow"],
    ["his sugar readings have been above 28 since yesterday and now he's very drowsy", "triage.diabetes.very-high-sugar-drowsy"],
    ["mum brought up what looked like coffee grounds, she takes warfarin", "triage.bleeding.gi-black-or-coffee-ground-with-risk"],
    ["granny passed a lot of blood from her bottom, it filled the toilet, she's on rivaroxaban", "triage.bleeding.rectal-toilet-full-thinner-or-faint"],
    ["he's been vomiting all day, went dizzy and his pulse is weak and racing", "triage.shock.faint-fast-weak-pulse"],
    ["he stopped drinking three days ago after years of heavy use and has just had a seizure", "triage.neuro.withdrawal-fit-or-hallucinations"],
    ["mum keeps vomiting, her belly is swollen and she hasn't passed any wind all day", "triage.abdomen.obstruction-vomit-no-wind"],
    ["grandpa can't pee since this morning and his bladder is swollen and he's in agony", "triage.urology.retention-bulging-bladder"],
    ["she has swallowed her dentures, she can't even swallow her saliva now", "triage.airway.swallowed-object-cannot-swallow"],
    ["after the fall her wrist is at a strange angle and her fingers are turning blue", "triage.trauma.deformed-limb-cold-white"],
    ["my mum is diabetic, she's sat on the sofa dripping with sweat and gone grey", "triage.cardiac.silent-sweat-grey-at-rest"],
    ["he has angina and two puffs of the GTN spray haven't touched the chest pain", "triage.cardiac.chest-pain-spray-not-working"],
    ["aunt (75) has a tender scalp and jaw pain when chewing and this morning her sight went blurry in one eye", "triage.eye.temporal-arteritis-with-vision-change"],
    ["my gran is 84 and since this afternoon she doesn't know what day it is and keeps asking where she is", "triage.neuro.older-sudden-disorientation"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["mum is receiving palliative care at home and her breathing has become noisy and rattly tonight", "triage.urgent.end-of-life-symptom-at-home"],
    ["since they started his ropinirole last month he's been seeing animals in the garden that aren't there", "triage.urgent.parkinson-medicine-change-hallucinations"],
    ["my gran hasn't had a poo for a week and is very uncomfortable", "triage.urgent.older-constipation-days-or-overflow"],
    ["after his oxycodone dose was increased he's drowsier but wakes up and chats", "triage.urgent.sleepier-after-opioid-change"],
    ["my mum (90) has gone off her legs since yesterday, no fall, just weak", "triage.urgent.older-suddenly-off-legs"],
    ["my right calf is swollen and warm and tender to touch", "triage.urgent.one-calf-swollen-tender"],
    ["the care home says she's been barely eating and is more sleepy than usual", "triage.urgent.older-off-food-sleepier-or-low-temp"],
    ["mum had a knee replacement ten days ago and now the wound is oozing yellow fluid", "triage.urgent.discharging-wound-after-operation"],
    ["she's got a temperature of 38.4, it stings when she wees and her right side of her back aches", "triage.urgent.fever-burning-urine-back-pain"],
    ["he forgot to pick up his furosemide and missed it for 3 days, his feet are swelling up", "triage.urgent.heart-or-water-tablets-run-out-swelling"],
    ["my nan slipped in the kitchen this morning and she's on warfarin, seems ok", "triage.urgent.older-fall-on-blood-thinner"],
    ["since they upped his doxazosin he gets dizzy whenever he stands", "triage.urgent.dizzy-standing-new-bp-medicine"],
    ["dad's sugar was 3.1 before lunch, had a sweet drink and is fine now, he takes gliclazide", "triage.urgent.treated-hypo-on-sulfonylurea"],
    ["a small cut on his shin keeps oozing and won't stop, he's on apixaban", "triage.urgent.ooze-on-anticoagulant-wont-stop"],
    ["my mum is on warfarin and her pee has gone pink today", "triage.urgent.blood-in-urine-or-catheter-on-thinner"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my mum had a stroke in 2019 and her arm and leg on the same side are still a little weak, any exercises?",
    "dad walked in the rain for an hour this morning and is warm and fine now",
    "how do we stop mum with dementia wandering at night?",
    "grandma's sugar was 2.8 last year when she was on gliclazide, now she's off it, can she eat cake?",
    "what should we do if dad's GTN spray doesn't work next time?",
    "had my hip replaced 3 years ago, can I go skiing?",
    "my mum is 82 and we are planning hospice care for the future, what are the options?",
    "grandad says he wants to die at home when the time comes, can the district nurses help?",
    "she choked on a bit of toast yesterday, coughed it straight out and has been fine since",
    "my nan had a stroke 10 years ago and her speech hasn't changed since, is that normal?",
    "what first aid should I learn for an older parent who chokes on tablets?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it.each([
    "my grandad had black stools from his iron tablets, he's fine, no thinners",
    "mum's hands are always ice cold, she has Raynaud's, otherwise well",
    "he's 70 and was dripping with sweat after mowing the lawn in the heatwave, looks a bit grey but fine after a drink",
    "I can hear the kids shouting through the bedroom door, they've locked it during a game",
    "I was sick after a strong coffee and felt a bit dizzy",
    "big period clots in the toilet this morning and I feel a bit weak",
    "his stress levels are high and he's drowsy after night shifts",
    "mum has had dementia for years and doesn't know what day it is today, that's her usual"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-al concepts (babies, children and teenagers, told by carers)", () => {
  it.each([
    ["our 6 week old looks grey and clammy and will not take her bottle, cry sounds weak", "triage.infant.pale-clammy-weak-cry-or-off-feeds"],
    ["5 month old, just one wet nappy today and he keeps refusing his feeds, lips look dry", "triage.infant.few-wet-nappies-and-refusing"],
    ["I lost it and shook my baby, now he's floppy and won't wake properly", "triage.infant.shaken"],
    ["my 4 month old has a bruise on her cheek and screams when I lift her arm, she can't roll yet", "triage.infant.bruises-or-swollen-limb-not-mobile"],
    ["9 month old fell off the kitchen table onto the floor and has been sick three times and is very drowsy", "triage.infant.fall-from-height-with-red-flags"],
    ["a hockey puck caught my 14 yo on the forehead and he keeps vomiting", "triage.head.blow-with-repeated-vomiting"],
    ["7 month old breathing fast and grunting, has only had 3 oz since breakfast", "triage.infant.fast-breathing-poor-feeding"],
    ["he got tackled hard in rugby and is now spitting up blood", "triage.trauma.blood-coughed-after-blow"],
    ["my 11 year old has been so thirsty and peeing all night, now she's vomiting and breathing deep", "triage.diabetes.thirst-and-urine-with-vomiting-or-deep-breathing"],
    ["after a week of bloody diarrhoea my 4 yo has barely peed today", "triage.kidney.bloody-diarrhoea-then-little-urine"],
    ["my 12 yo has a swollen purple testicle and is crying in agony", "triage.testicle.swollen-or-with-vomiting-child"],
    ["my 8 year old's eyelid is swollen shut and it hurts when he looks sideways, seeing double, temp 39", "triage.eye.swollen-bulging-painful-moving"],
    ["2 week old, redness round her belly button is spreading and she feels hot", "triage.infant.red-spreading-belly-button"],
    ["baby's fontanelle is bulging and she has a temperature", "triage.infant.bulging-fontanelle-unwell"],
    ["my 7 yo has a fever, stiff neck and the light hurts his eyes", "triage.child.fever-neck-pain-bending-and-light"],
    ["the button battery from the kitchen scales is missing and my 2 year old was playing with it", "triage.child.button-battery-missing"],
    ["my 2 yo licked drain cleaner and is drooling", "triage.poison.caustic-drain-unblocker"],
    ["my 4 yo ate some foxglove leaves in the garden", "triage.poison.deadly-plant"],
    ["my 3 year old chewed some of grandad's heart tablets from his dosette box", "triage.poison.child-iron-or-heart-tablets"],
    ["my 2 yo pulled a kettle over, blisters on her chest and arm", "triage.burn.child-scald-blisters-face-neck-chest"],
    ["my 15 yo says she's ending it tonight and has a knife", "triage.mental-health.teen-ending-it-with-means"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["I pulled my 3 year old up by the hand and now he won't move his arm", "triage.urgent.child-pulled-elbow"],
    ["my 7 month old has a temp of 38.6 but is feeding ok", "triage.urgent.infant-fever-38"],
    ["my 5 year old fell off the trampoline yesterday and is limping", "triage.urgent.child-limp-with-fever-or-after-fall"],
    ["my 15 yo keeps saying he doesn't see the point in living, no plan", "triage.urgent.no-point-in-living-no-plan"],
    ["my 4 year old says it burns when she wees", "triage.urgent.child-stinging-urine"],
    ["my son's foreskin is red and swollen", "triage.urgent.red-swollen-foreskin"],
    ["a tennis ball went straight into the eye and it's red and sore", "triage.urgent.blow-to-eye"],
    ["there's a bulge in my baby's groin that comes out when he strains", "triage.urgent.infant-groin-lump-comes-and-goes"],
    ["the condom split last night and I'm scared", "triage.urgent.emergency-contraception"],
    ["her eczema has blisters that look punched out and she has a fever", "triage.urgent.eczema-blisters-or-fever"],
    ["2 week old with chalky white poos and yellow skin", "triage.urgent.infant-pale-stools-or-spreading-jaundice"],
    ["10 day old with sticky discharge from his eyes and swollen eyelids", "triage.urgent.newborn-sticky-eyes-puffy-lids"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my baby fell asleep on the sofa and looks a bit pale, she's feeding fine",
    "is yew poisonous to children? we have a hedge",
    "how should we store my iron tablets away from the toddler?",
    "my 14 month old holds her breath when cross and went a bit blue, the doctor said it is breath holding spells",
    "my baby had her jabs this morning and now has a temp of 38.2",
    "our 5 month old rolled off the play mat onto the rug and laughed",
    "my 16 year old son is ending it with his girlfriend and is upset",
    "my 10 year old has swollen puffy eyes from hay fever and says it hurts to look at the screen"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my baby had her jabs this morning and now has a temp of 38.2",
    "what is shaken baby syndrome and how do we explain it to the nanny?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-am: chronic illness, treatments and devices", () => {
  it.each([
    ["on infliximab, fever of 39.8 and the redness on my forearm has spread up past the elbow since lunch", "triage.infection.spreading-redness-fever-immunosuppressed"],
    ["appendix taken out keyhole 2 days ago, tummy pain getting worse and worse, pain in my shoulder tip and I nearly fainted", "triage.surgical.post-op-belly-pain-faint"],
    ["my defibrillator has fired 4 times since breakfast", "triage.cardiac.icd-repeated-shocks"],
    ["got a headache like I have never had before, it came on in seconds", "triage.neuro.sudden-headache-unlike-any-before"],
    ["I have Addison's, been vomiting since midnight and I collapsed getting out of bed", "triage.endocrine.adrenal-crisis-risk-vomiting-collapse"],
    ["crohn's, my abdomen is distended and hard and my pulse is 130", "triage.gi.ibd-distended-belly-worse"],
    ["dad has gallstones, he's gone yellow, rigors, and pain under his right ribs", "triage.gi.fever-jaundice-right-pain"],
    ["on clopidogrel and just vomited what looks like coffee grounds", "triage.gi.coffee-ground-vomit"],
    ["on chemo, my gums have been bleeding for 2 hours and won't stop, little purple spots on my legs", "triage.blood.bleed-wont-stop-low-platelets"],
    ["my fistula has stopped buzzing and my hand on that side is cold and white", "triage.kidney.fistula-no-buzz-cold-hand"],
    ["my colostomy has turned black since last night", "triage.surgical.stoma-dark-purple-black"],
    ["pus leaking from the skin over my port and I have rigors", "triage.infection.implant-pus-with-fever"],
    ["on dialysis, missed my session on friday, now my legs feel heavy and weak and my heart feels irregular", "triage.kidney.hyperkalaemia-symptoms"],
    ["mum has heart failure, her chest sounds gurgly, she can't lie flat and she's clammy", "triage.cardiac.heart-failure-bubbly-breathing"],
    ["during my chemo infusion the cannula site started stinging and swelling up", "triage.cancer.chemo-extravasation"],
    ["grandad is confused and really difficult to rouse this afternoon", "triage.neuro.hard-to-rouse"],
    ["son on a home ventilator, his chest isn't rising and we can't bag him", "triage.breathing.ventilated-chest-not-rising"],
    ["my sickle cell daughter has a fever and chest pain now", "triage.blood.sickle-fever-and-breathing"],
    ["on rivaroxaban, fell on my calf, the swelling is huge and my calf is rock hard and tense", "triage.bleeding.growing-bruise-thinner-tense-or-numb"],
    ["libre says 2.4 and still falling after juice, I'm on my own", "triage.diabetes.low-sugar-still-falling"],
    ["parathyroid operation today, neck swelling and it feels tight when I breathe", "triage.surgical.neck-swelling-after-neck-surgery"],
    ["my husband has an LVAD and the device is making a grinding noise", "triage.cardiac.lvad-pump-change-or-dark-urine"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["she threw up her sinemet this morning and again at lunch", "triage.urgent.critical-medicine-vomited"],
    ["his suprapubic catheter fell out an hour ago", "triage.urgent.tube-or-catheter-out-or-blocked"],
    ["my catheter bag smells awful, urine cloudy, and I've got pain in my lower back", "triage.urgent.catheter-urine-infection"],
    ["the picc site is red and crusty and smells", "triage.urgent.site-infection-signs"],
    ["my urine is foamy and my legs are puffy", "triage.urgent.frothy-urine-swelling"],
    ["on oxycodone and haven't had a poo for 6 days", "triage.urgent.chemo-constipation-days"],
    ["my ileostomy is sticking out much further than usual today", "triage.urgent.stoma-prolapse-or-high-output"],
    ["radiation to my chest and the skin is now blistered and raw", "triage.urgent.radiotherapy-skin-broken"],
    ["I skipped my dialysis today because I felt rough", "triage.urgent.missed-dialysis"],
    ["on priadel, been vomiting since last night", "triage.urgent.lithium-diarrhoea-vomiting"],
    ["on chemo and have sores in my mouth, it hurts to swallow", "triage.urgent.chemo-mouth-ulcers"],
    ["started keytruda and now I have diarrhoea 5 times a day", "triage.urgent.immunotherapy-new-symptom"],
    ["colitis flare, 8 times a day with blood", "triage.urgent.ibd-flare-with-blood"],
    ["multiple sclerosis, my legs are much weaker than usual since yesterday", "triage.urgent.ms-legs-much-weaker"],
    ["gout in my ankle, it's agony and I can't walk", "triage.urgent.gout-flare-severe"],
    ["adrenal insufficiency, I've got the flu and a temp of 38.2", "triage.urgent.adrenal-insufficiency-illness"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "on humira for crohn's, is it safe to have the shingles vaccine?",
    "my ICD has never gone off, can I go through airport security?",
    "I get the odd headache after screen time, nothing sudden",
    "what foods are low in potassium for someone on dialysis?",
    "my stoma is pink and working well, can I go swimming?",
    "I had a gout attack years ago, should I avoid beer?",
    "I find it hard to rouse myself for work in the mornings",
    "extravasation of my chemo last year healed nicely, is the dark patch permanent?",
    "on warfarin, got a small bruise on my arm from the door, not growing",
    "I had a thyroidectomy 3 years ago and the scar is a bit tight, can I massage it?",
    "ICD shocked me once last month, the team adjusted my tablets, I feel well",
    "ileostomy for a year, which foods are a blockage risk?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "how do I look after my catheter when travelling?",
    "I finished radiotherapy 2 months ago, skin a bit darker but intact, is that normal?",
    "my lithium level was 0.6, all good, can I drink coffee?",
    "MS for years, same tingling as always when hot"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-an: stressed writing, Spanish and Spanglish", () => {
  it.each([
    ["abscess on my back tooth and now my neck is so swollen, I can barely swallow", "triage.airway.dental-infection-neck-swelling"],
    ["se le clavo una rama en el ojo y le sale liquido, dice que no ve", "triage.eye.es-penetrating"],
    ["grabbed the iron by mistake, there's a white leathery area on my palm that doesn't even hurt", "triage.burn.deep-white-waxy-or-whole-area-blistered"],
    ["mi esposo tiene una ereccion desde hace 6 horas y ya esta morado", "triage.urology.es-erection-for-hours"],
    ["my stitches from the hysterectomy have pus coming out, I have a fever and I'm shivering uncontrollably", "triage.sepsis.wound-after-surgery-fever-and-shaking"],
    ["grandpa suddenly couldn't really lift his right arm and can't talk properly", "triage.stroke.arm-and-speech-or-slumped"],
    ["my son is having a seizure, started a few minutes ago, it's still going", "triage.neuro.seizure-still-going"],
    ["his leg was pinned under the quad bike, his foot is white and cold", "triage.trauma.crushed-limb-cold-white"],
    ["el brazo de mi abuelo esta frio y morado desde esta mañana y no lo puede mover", "triage.vascular.es-cold-white-limb-pain-or-numb"],
    ["my husband got chest pressure while shovelling the driveway, he's 63 and diabetic", "triage.cardiac.exertion-chest-pain-risk-factors"],
    ["tengo presion en el pecho que se me va hacia la quijada", "triage.cardiac.es-chest-pain-spreading"],
    ["my 3 yo chewed some seeds off a bush and now she's really drowsy", "triage.poisoning.child-ate-plant-with-symptoms"],
    ["got kicked in the head by the horse, now seeing double", "triage.head.blow-then-double-vision"],
    ["came off my bike onto my ribs, can't get a deep breath and it's getting worse by the hour", "triage.trauma.fall-then-breathing-worse"],
    ["se me hincharon los labios y la lengua y me cuesta respirar", "triage.allergy.es-swelling-neck-throat-breathless"],
    ["took all my sleeping pills with vodka, just wanted someone to know", "triage.crisis.sleeping-pills-and-alcohol-told"],
    ["estoy embarazada de 30 semanas, me cai en la calle y ahora tengo dolor y sangrado", "triage.pregnancy.es-fall-pain-or-no-movements"],
    ["a mi mama le dio un dolor como si le desgarraran la espalda y esta muy palida", "triage.cardiac.es-tearing-pain"],
    ["se cayo de la escalera y tiene el hueso del brazo casi por fuera", "triage.trauma.es-bone-outside"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["mi abuelo se cayo en el baño y le duele la cadera, camina cojeando", "triage.urgent.fall-hip-pain-or-limp"],
    ["dad has COPD and a fever since yesterday, his breathing is a bit worse", "triage.urgent.fever-with-copd-breathing-worse"],
    ["got a splinter under my fingernail and it won't come out", "triage.urgent.splinter-under-nail"],
    ["my son pushed a bead up his nose and we can't get it out", "triage.urgent.object-stuck-in-ear-or-nose"],
    ["dolor en el ombligo desde anoche que se paso al lado derecho", "triage.urgent.belly-button-pain-moving-right"],
    ["me machuque el dedo con la puerta y la uña esta morada", "triage.urgent.es-black-nail-after-blow"],
    ["stuck myself with a used needle while emptying the bin at work", "triage.urgent.used-needle-injury"],
    ["mi abuelo casi no puede orinar desde anoche", "triage.urgent.es-hardly-passing-urine"],
    ["grandad is not himself and his pee smells really strong, no fever", "triage.urgent.confusion-with-urine-signs"],
    ["mi mama se quedo sin insulina y la farmacia esta cerrada", "triage.urgent.insulin-run-out"],
    ["I'm diabetic and the blister on my heel is oozing and turning red", "triage.urgent.diabetic-foot-sore-infected"],
    ["se me partio una muela comiendo y me duele mucho", "triage.urgent.es-broken-tooth-pain"],
    ["tengo pensamientos de lastimarme pero no tengo plan", "triage.urgent.es-self-harm-thoughts-no-plan"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my tooth hurt last year and my jaw was swollen, the dentist fixed it",
    "what does a third degree burn look like? white and waxy?",
    "seize your chance, the clinic has a free flu jab day",
    "my gran worries she might have a stroke like her sister, she has no symptoms at all",
    "hace años tuve una sobredosis, ahora estoy bien, como le explico a mi medico nuevo?",
    "I had an overdose years ago and have been clean since, what should I tell my new GP",
    "is it safe to take my sleeping pill after a glass of wine?",
    "asking for a friend, can you die from drinking antifreeze?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "got a tiny splinter in my thumb, got it out with tweezers",
    "we bought an insulin cool bag for the trip, any tips?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should read 'asking for a friend (me)' as the writer's own emergency", () => {
    expect(verdict("asking for a friend (me): swallowed some antifreeze an hour ago, feel dizzy").level).toBe("emergency");
  });
});

describe("triage-ao: mental health, substances and poisoning", () => {
  it.each([
    ["swallowed about 8 of my mum's diazepam and had four beers, I keep nodding off", "triage.poisoning.sedative-with-alcohol-drowsy"],
    ["the urge is so strong right now, I don't think I can keep myself safe tonight", "triage.crisis.cant-stop-myself-tonight"],
    ["he's sitting in the car with a knife to his wrist saying he's going to end it", "triage.crisis.weapon-in-hand-now"],
    ["my uncle quit the booze on monday and is having seizures, two in the last hour", "triage.withdrawal.fits-now"],
    ["dad has been detoxing since sunday, he's hallucinating bugs on the walls, drenched in sweat and his heart is racing", "triage.withdrawal.delirium"],
    ["I've swallowed 40 paracetamol over the afternoon and now feel sick", "triage.poisoning.paracetamol-large-count"],
    ["my brother slit his wrists in the garage, there's blood everywhere", "triage.crisis.slit-wrist"],
    ["my friend took a whole box of benadryl to trip and now he's seeing bugs and his heart is pounding", "triage.poisoning.antihistamine-toxicity"],
    ["I think someone spiked my drink, I'm in the club toilet and I can't move my legs", "triage.poisoning.spiked-symptoms-now"],
    ["she swallowed her whole month of lithium an hour ago", "triage.poisoning.whole-supply-at-once"],
    ["my mate sent 'sorry for everything, love you forever' and now he won't pick up", "triage.crisis.farewell-message-no-answer"],
    ["my wife is trying to jump off the balcony, I'm holding her", "triage.crisis.trying-to-jump-now"],
    ["my friend took ecstasy and is over 41 degrees and really stiff", "triage.poisoning.stimulant-seizure-or-overheating"],
    ["found my dad with a cord around his neck in the garage, he's coughing", "triage.crisis.ligature-round-neck"],
    ["my nan found 4 nicotine patches and my toddler chewed one, now he's being sick and very pale", "triage.poisoning.child-nicotine-symptoms"],
    ["took some pill at a festival with drinks, now drooling and not talking", "triage.poisoning.sedated-after-substance"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["ran out of sertraline on friday and can't get more, I keep getting electric zaps and feel dizzy", "triage.urgent.antidepressant-discontinuation"],
    ["my aunt's sodium is low and she's been muddled since yesterday", "triage.urgent.low-sodium-confusion"],
    ["my flatmate keeps hearing voices in the walls since last week, he's scared", "triage.urgent.new-psychotic-symptoms"],
    ["she's bipolar and has slept 3 hours in 4 days, spending money like mad", "triage.urgent.manic-episode"],
    ["my brother is on methadone and has started buying xanax", "triage.urgent.sedatives-on-methadone"],
    ["been 4 months sober and the cravings today are unbearable, I need someone to talk to", "triage.urgent.relapse-cravings-now"],
    ["he's been taking lemsip sachets and paracetamol together for 3 days", "triage.urgent.paracetamol-doubled-up"],
    ["stopped my xanax 3 days ago, sweating and can't sleep", "triage.urgent.sedative-or-opioid-withdrawal"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "I took an overdose of aspirin three years ago and was treated, can I take ibuprofen now?",
    "my grandad died of an overdose 10 years ago, how do I talk to my kids about it",
    "we are moving abroad, my sister texted 'love you always' and isn't answering because she's on the plane",
    "my partner is holding our baby while I shower, he gets nervous, is that a threat to bonding?",
    "paracetamol comes in packs of 32 here, is that normal?",
    "what happens if you take too much benadryl?",
    "my heart beats so hard it feels like it's about to jump out of my chest when I climb stairs"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "i get shaky if i skip my coffee, is that withdrawal?",
    "my flatmate swallowed the entire tub of ice cream in one sitting haha",
    "my dog takes clozapine? no, my cat takes gabapentin for arthritis, is that normal?",
    "I'm paranoid about germs on the bus, any tips for hand washing?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

describe("triage-ap: body parts seen from outside (eyes, ENT, teeth, skin, limbs)", () => {
  it.each([
    ["since this morning the top part of my right eye vision is just black", "triage.eye.part-of-vision-gone"],
    ["he can't swallow his saliva at all, dribbling it into a tissue", "triage.airway.cannot-swallow-saliva"],
    ["my voice is all muffled and thick and I can hardly open my mouth", "triage.airway.muffled-voice-with-swallow-or-neck"],
    ["the swelling below my chin keeps growing and my tongue is being pushed up", "triage.airway.under-jaw-swelling-tongue-or-breathing"],
    ["sinus infection and now her left eye is puffy and closed, temp 39 and she is very drowsy", "triage.eye.swollen-shut-fever-and-unwell"],
    ["the red patch from the bite is spreading up my leg and I've got the shakes and my heart is pounding", "triage.sepsis.spreading-redness-and-shaking"],
    ["my brother's arm got dragged into a conveyor belt, his hand is mangled", "triage.trauma.hand-in-machine-or-crushed-fingers"],
    ["my son's foreskin is stuck behind the head and the tip has gone blue", "triage.urology.foreskin-stuck-back-swollen"],
    ["graze on my shin is turning black and blistered, pain is unbearable", "triage.skin.darkening-blistering-severe-pain-or-fever"],
    ["fell off his bike, his wrist is bent the wrong way and his fingers are white", "triage.trauma.deformed-limb-pale-or-cannot-move-fingers"],
    ["she put a bead deep up her nostril and there's blood now", "triage.ent.object-pushed-deep-in-nose-bleeding"],
    ["lump behind her ear is pushing it out, she's had an ear infection", "triage.ent.swelling-behind-ear-pushing-or-fever"],
    ["my teenager's permanent tooth got knocked clean out at hockey", "triage.dental.adult-tooth-knocked-out"],
    ["think I broke my jaw falling off the ladder, lots of blood from my mouth", "triage.trauma.broken-jaw-bleeding"],
    ["gums bleeding when I eat, bruises everywhere and tiny red dots on my shins", "triage.bleeding.gums-bruises-and-pinpoint-spots"],
    ["started lamotrigine and now my skin is peeling with blisters and my lips have sores", "triage.skin.blistering-rash-mouth-or-eye-sores"],
    ["kettle tipped over onto my son's tummy, a large area is blistering", "triage.burn.large-or-groin-blistered"],
    ["the hernia near my belly button has gone dark purple", "triage.gi.hernia-dark-or-belly-swelling"],
    ["got wet cement in my eye on the building site, can't open it", "triage.eye.glue-or-cement-stuck"],
    ["my teen says his testicle hurts really badly and he has thrown up twice", "triage.urology.testicle-pain-vomiting"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["was arc welding with no visor, now my eyes are gritty and watering", "triage.urgent.eyes-gritty-after-welding"],
    ["my upper eyelid has gone red and swollen since yesterday", "triage.urgent.eyelid-red-and-swollen"],
    ["molar pain kept me awake all night and ibuprofen doesn't help", "triage.urgent.toothache-at-night-despite-painkillers"],
    ["my 3 year old grabbed the iron and has a blister on her hand", "triage.urgent.child-burn-blister-hand"],
    ["lump under my jaw swells up when I eat and is tender", "triage.urgent.gland-under-jaw-swollen-worse-eating"],
    ["slammed my finger in the car door, blood under the nail and it's throbbing", "triage.urgent.blood-under-nail-after-blow"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my 7 year old's baby tooth got knocked out at football, no bleeding now",
    "my son's wobbly tooth is hanging by a thread, can he pull it himself?",
    "had two teeth extracted this morning, a bit of pink in my saliva, is that normal?",
    "I get hives when it's hot, no breathing problems ever, which cream?",
    "got bleach in my eye years ago and it healed fine, is my eyesight at risk?",
    "broke my jaw last year, it healed, no bleeding, just clicks sometimes",
    "my red patch on the arm is not spreading and I feel fine"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "small painless bump on my eyelid for a month, not red",
    "I stubbed my toe on the bed and the nail looks fine"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

// ===== triage-aq block (start) =====
describe("triage-aq: emergencies told casually, hedged or as practical questions", () => {
  it.each([
    ["was clearing the drive with a spade and my chest went tight, 20 mins later it still hasn't eased", "triage.cardiac.chest-tight-after-exertion-not-settling"],
    ["my 18 month old chewed a laundry capsule, green goo on his chin and he's coughing a lot", "triage.poisoning.detergent-pod-in-mouth-coughing"],
    ["type 1 here, my libre is showing HI and I keep vomiting, is it ok to just drink water", "triage.diabetes.meter-reads-hi-with-vomiting-or-breathing"],
    ["my brother told me he's bought a rope and it's the only way out for him", "triage.crisis.means-kept-and-only-way-out"],
    ["blacked out in the shower this morning and my pulse has been fluttering and irregular since, probably nothing", "triage.cardiac.fainting-with-racing-or-irregular-heart"],
    ["he banged his head on the coffee table at lunch and now his left pupil is bigger than the right", "triage.head.knock-then-one-pupil-bigger-or-repeated-vomiting"],
    ["fell off the ladder and pretty sure I snapped my femur, can my neighbour run me to A&E?", "triage.trauma.broken-or-bent-thigh"],
    ["swallowed about ten co-codamol an hour ago to knock out a toothache, now really drowsy", "triage.poisoning.many-codeine-combination-tablets-drowsy"],
    ["woke up with a pounding headache, my neck is stiff and the light really hurts, sorry to be a pain", "triage.neuro.headache-stiff-neck-and-light-hurts"],
    ["out of nowhere got a stabbing pain in the right side of my chest and I can't take a deep breath", "triage.chest.sudden-one-sided-pain-cant-fill-breath"],
    ["my dad injected loads of his insulin on purpose after the funeral", "triage.poisoning.insulin-overdose-deliberate-or-large"],
    ["mum quit drinking cold turkey on friday after years of it and now she's seeing bugs on the walls", "triage.withdrawal.alcohol-fit-or-hallucinations"],
    ["38 weeks, contractions close together and I have the urge to push, can I get a taxi?", "triage.labour.urge-to-push"],
    ["numb and weak feet since tuesday, now spreading up to my hands as well", "triage.neuro.weakness-climbing-from-legs-to-arms"],
    ["my son (6 weeks) is hot, temp 38.5, he's feeding a bit less", "triage.infant.fever-under-three-months-age-in-weeks"],
    ["my teen swallowed some of her grandad's blood pressure tablets and now she's really dizzy", "triage.poisoning.unknown-amount-or-someone-elses-tablets-unwell"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["drilling a steel bracket yesterday, now my eye feels like there's sand in it", "triage.urgent.eye-gritty-after-grinding-metal"],
    ["I wear monthly contacts and my right eye is sore and blurry since this morning", "triage.urgent.contact-lens-painful-eye"],
    ["her arm got yanked when she tripped at the park, now she won't move it and holds it by her side", "triage.urgent.child-arm-pulled-not-used"],
    ["I started new antibiotics on Monday and now I've got a rash all over my back", "triage.urgent.rash-after-new-medicine"],
    ["my 3 week old has a puffy red eye", "triage.urgent.young-baby-red-puffy-eye"],
    ["there's an abscess under my arm that has got massive and throbbing", "triage.urgent.boil-large-too-sore"],
    ["condom split last night during sex, what should I do", "triage.urgent.missed-pills-or-condom-failed-after-sex"],
    ["my daughter (11) has been limping for a couple of days with a sore knee, no fall", "triage.urgent.child-limp-hip-or-knee-no-injury"],
    ["I'm 34 weeks and my hands and face look puffy today", "triage.urgent.late-pregnancy-more-swelling"],
    ["my nan slipped on the ice on tuesday, her wrist is swollen and she can't grip her cup", "triage.urgent.fall-joint-painful-to-move"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my chest gets tight when I run up hills but it goes away as soon as I stop, for months now",
    "is it safe to keep dishwasher tablets under the sink if they're in a locked box?",
    "my new meter said HI when I turned it on, is it greeting me lol",
    "we need a rope for the tug of war at the school fete, any safety tips?",
    "I fainted at my blood test years ago, my heart was racing beforehand, can I donate?",
    "he bumped his head a week ago, no vomiting, pupils normal, fine now",
    "I broke my thigh years ago skiing, still ache in the cold",
    "I took 2 co-codamol for my back, a bit sleepy, is that normal?",
    "slept funny and my neck is a bit stiff, mild headache, any stretches?",
    "I had a pneumothorax years ago, is it ok to fly now?",
    "how much insulin should I take for a big pizza?",
    "I stopped drinking in January and feel great, no shakes at all",
    "my legs are weak after leg day at the gym, is that normal?",
    "she was 6 weeks pregnant when she had a temp of 38",
    "what does anaphylaxis look like in a baby? my sister is worried",
    "my mouth is still numb from the filling at the dentist, can I eat yet?",
    "is it going to hurt her if she only eats toast for a week?",
    "my grandad's wrist is still bruised and painful since he had a fall on sunday"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my toddler only drinks milk and eats pasta, is that going to hurt him?",
    "I got the injection for a filling and my lip still feels numb, can I drive home?",
    "what does anaphylaxis actually feel like? I'm nervous about my son's first peanut",
    "my wife fell off her bike a month ago, it was x-rayed and not broken, her wrist is a bit stiff still"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});
// ===== triage-aq block (end) =====

// ===== triage-ar: emergencies from a combination of ordinary findings, and their one-finding look-alikes
describe("triage-ar combinations", () => {
  it.each([
    ["got kicked in the ribs at rugby, breathing is harder and getting worse by the minute", "triage.chest.injury-breathless-worse-or-crackly"],
    ["fell off my bike onto my chest, short of breath and the skin near my collarbone crackles when I touch it", "triage.chest.injury-breathless-worse-or-crackly"],
    ["since lunch my right eyelid is drooping, I'm seeing double and the pupil on that side is bigger", "triage.eye.droopy-lid-double-vision-pupil"],
    ["my lips and tongue have swelled up after the dentist and his breathing is making a whistling sound", "triage.airway.swollen-mouth-noisy-breathing"],
    ["dad coughed up a mugful of blood just now", "triage.bleeding.cough-up-cupful-blood"],
    ["my kidney infection is worse, fever and shivering and my pulse is 135 lying in bed", "triage.sepsis.infection-fever-fast-pulse-or-rigors"],
    ["hip operation last week, the incision is oozing, I'm feverish and I can't stop shaking", "triage.sepsis.infection-fever-fast-pulse-or-rigors"],
    ["after my antibiotics I have diarrhoea with blood, a fever of 38.9 and my belly is distended", "triage.gi.bloody-diarrhoea-fever-swollen-belly"],
    ["an hour ago my mum lost the sight in her right eye and her left arm went weak", "triage.stroke.one-eye-sight-and-clumsy-hand"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "banged my ribs on the table yesterday, hurts when I breathe in deeply but I'm not short of breath",
    "my eyelid droops a little at the end of the day, no double vision",
    "pierced my lip last week, it is swollen and sore, breathing and swallowing fine",
    "a streak of blood in my phlegm with this cold",
    "the wound from my op is a bit red, no fever, I feel well",
    "a few streaks of blood with loose stools today, no fever",
    "a few floaters in one eye, vision otherwise clear, no curtain at all, been like this for a day or so with some flashes",
    "fell and bumped my head on the shelf, no headache, not on any blood thinners",
    "I had a panic attack and thought it was a heart attack, but the ECG and bloods were all normal",
    "ganglion cyst on my wrist, is there harm in leaving it alone?",
    "my aunt died of an ectopic pregnancy 30 years ago, should I worry?",
    "hives on my legs since the new tablets, no swelling at all, breathing is fine",
    "asthma playing up, using my blue inhaler more, peak flow 380, best is 450"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    ["had my INR done this morning and it came back at 7.1, no bleeding", "triage.urgent.inr-high"],
    ["my mum's pressure sore on her sacrum has gone black and smells", "triage.urgent.pressure-sore-black-or-smelly"],
    ["a cat bit my finger this morning, two little puncture marks", "triage.urgent.bite-broke-skin-hand"],
    ["woke up deaf in my left ear today, no pain, no cold", "triage.urgent.sudden-hearing-loss-one-ear"],
    ["started as an ache around my navel this morning and now it's low on the right", "triage.urgent.belly-button-pain-moved-right"],
    ["I take empagliflozin and have been vomiting since this morning", "triage.urgent.sglt2-with-vomiting-or-ketones"],
    ["splashed boiling water on my forearm today, blisters the size of my palm", "triage.urgent.burn-big-blisters"],
    ["rear ended at the lights today and now my neck is stiff", "triage.urgent.neck-pain-after-car-crash"],
    ["my grandad is more confused than usual today and not himself", "triage.urgent.more-muddled-than-usual"],
    ["my leg has been in a cast for 3 weeks and today my calf is swollen and tender", "triage.urgent.calf-tender-after-injury-or-travel"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my dog nipped my ankle playing, it didn't break the skin",
    "my calves ache after my first run in months",
    "had one seizure aged 14 and never again since, can I learn to drive?",
    "emphysema for years, breathless on hills as always, nothing has changed, any exercise tips?",
    "finished chemo back in 2015 and in remission, now I have a runny nose, which cold remedy is ok?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });
});

// ===== own review (sixth session): false alarms the fixers' tests turned up =====
describe("own review, sixth session", () => {
  it.each([
    "she tripped on the stairs and now her hand is just hanging at her side and she won't lift it",
    "my arm is hanging limp by my side since I slept on it, pins and needles"
  ])("should not read a limb hanging by someone's side as a hanging: %j", (text) => {
    expect(verdict(text).reasons.map((r) => r.rule)).not.toContain("triage.crisis.hanging");
    expect(verdict(text).reasons.map((r) => r.rule)).not.toContain("triage.trauma.hand-in-machine-or-crushed-fingers");
  });

  it.each([
    ["came home and found my son hanging from the banister", "triage.crisis.hanging"],
    ["his glove got dragged into the roller and now his hand is hanging by his side, fingers white", "triage.trauma.hand-in-machine-or-crushed-fingers"]
  ])("should still call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each(["I'm 52 and fairly fit, can I start lifting weights?", "trying to get fit before the wedding, how many steps a day?", "she is 70 and fit and healthy, does she need the shingles jab?"])(
    "should not read 'fit' as a seizure in %j",
    (text) => {
      expect(verdict(text).level).toBe("routine");
    }
  );

  it("should still hear a fit that is happening", () => {
    expect(verdict("my daughter is having a fit right now and her lips are going blue").level).toBe("emergency");
    expect(verdict("he had a fit this morning, first one ever, seems ok now").level).not.toBe("routine");
  });

  it("should leave the writer's usual migraine to the urgent and routine rules, not meningitis", () => {
    expect(verdict("my normal migraine again, the light bothers me and my neck is a bit stiff from it").level).not.toBe("emergency");
    expect(verdict("worst headache of my life, stiff neck, the light hurts and she's getting confused").level).toBe("emergency");
  });
});

// ===== triage-as: false alarms and near misses =====
describe("triage-as concepts", () => {
  const rules = (text: string) => verdict(text).reasons.map((r) => r.rule);

  it.each([
    ["had most of a bottle of wine and took a handful of my zopiclone, can't remember how many", "triage.poisoning.sedatives-unknown-amount-or-with-drink"],
    ["worst migraine of my life, it hit within seconds while I was at my desk", "triage.neuro.worst-migraine-came-in-seconds"],
    ["my chest is hurting and I'm coughing up blood, it started an hour ago", "triage.breathing.coughing-blood-with-chest-pain"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    "my dad collapsed in the garden and still hasn't come round",
    "he went under at the lake for a while before we got him out, now he's coughing and breathing fast",
    "the left side of his face has dropped and his arm is weak",
    "flashes and a dark curtain coming across the vision in my left eye",
    "32 weeks pregnant with a pounding headache and seeing spots",
    "bleach splashed in my eye and I can't see",
    "my 12 year old son suddenly has a painful swollen testicle and is vomiting"
  ])("should still call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it.each([
    ["found a pea-sized lump in my left breast in the shower this morning", "triage.urgent.new-breast-lump"],
    ["missed my period, positive test last night, and now a sharp pain low on my right side", "triage.urgent.early-pregnancy-one-sided-pain"],
    ["three nosebleeds today already, I take apixaban for my heart", "triage.urgent.repeated-nosebleeds-blood-thinner"],
    ["accidentally took my bisoprolol twice this morning", "triage.urgent.extra-dose-heart-bp-diabetes-medicine"],
    ["our 3 weeks old boy still looks yellow in his face and eyes", "triage.urgent.baby-still-yellow-weeks"],
    ["fell off my bike this morning and my ribs hurt every time I breathe in", "triage.urgent.ribs-hurt-to-breathe-after-fall"],
    ["my calf is swollen and tender since I flew home from Thailand", "triage.urgent.calf-bigger-warm-after-flight"],
    ["stood on a nail in the garden today, can't remember when my last tetanus jab was", "triage.urgent.puncture-tetanus-unknown"],
    ["my left testicle has slowly got sore and a bit swollen over the last three days", "triage.urgent.testicle-pain-or-swelling"],
    ["pain under my ribs on the right for 5 hours since a fry up", "triage.urgent.gallstone-pain-hours"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    // one side of the face weak including the forehead, limbs and speech fine: Bell's palsy
    "the left side of my face dropped overnight, I can't raise my left eyebrow or close that eye, arms and legs work fine",
    // new flashes and floaters with the curtain denied
    "new flashes and lots of floaters in my right eye since lunch, no shadow or curtain",
    // swelling late in pregnancy with headache denied
    "34 weeks pregnant, feet and hands puffier than usual today, no headache, vision fine",
    // an irritant spray rinsed out
    "pepper spray got in my eyes at work, rinsed them for ages, still stinging and a bit blurry",
    // pain said to have come on gradually
    "my 15 year old's testicle has got sore over three days, it came on gradually, not sudden"
  ])("should call %j same-day care, not an emergency", (text) => {
    expect(verdict(text).level).toBe("urgent");
  });

  it.each([
    "can I have a glass of wine with my sleeping tablets?",
    "my usual migraine started this morning, building slowly like always",
    "chest infection, my chest is sore from all the coughing and a few streaks of blood in the phlegm",
    "blood everywhere from a nosebleed but it stopped after ten minutes",
    "small electric shock from the toaster, I feel totally fine",
    "for my first aid homework I need to list the signs of a stroke",
    "been coughing for 2 weeks and now bringing up green phlegm, I'm 55 years old",
    "gallstone pain again, same pain as last time, the tablets are helping"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each(["my breasts feel lumpy before my period every month", "planning a long flight next month, how do I avoid a clot in my calf?", "when should I get a tetanus booster after stepping on a nail?"])(
    "should keep %j routine",
    (text) => {
      expect(verdict(text).level).toBe("routine");
    }
  );

  it("should still hear a past event as past", () => {
    expect(rules("broke my wrist in a fall two years ago, it aches in the cold")).not.toContain("triage.urgent.ribs-hurt-to-breathe-after-fall");
  });
});

// ===== triage-at: emergencies without the textbook words, hard look-alikes =====
describe("triage-at concepts", () => {
  const rules = (text: string) => verdict(text).reasons.map((r) => r.rule);

  it.each([
    ["my sister keeps saying she won't be a burden to anyone much longer and she's got tablets stockpiled in her drawer", "triage.crisis.not-a-problem-soon-with-means"],
    ["grandpa went suddenly confused at lunch and now he's so drowsy he keeps nodding off mid sentence", "triage.neuro.sudden-confusion-and-drowsy"],
    ["my aunt has a chest cold and this evening she doesn't know where she is and her breathing is really fast", "triage.infection.new-confusion-with-fast-breathing"],
    ["my flatmate swallowed a whole box of ibuprofen, he says he took the lot an hour ago but he's ok", "triage.poisoning.took-whole-packet"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my grandad has been getting puffed out more and more over the last week and his ankles are puffy", "triage.urgent.breathless-days-swollen-ankles"],
    ["my 2 year old has had diarrhoea since sunday and her lips are dry and cracked", "triage.urgent.runs-or-vomiting-drying-out"],
    ["my 3 month old has been vomiting after each feed today, still alert and feeding", "triage.urgent.baby-vomiting-every-feed"],
    ["twisted my knee at football and it ballooned straight away, I can't straighten it", "triage.urgent.knee-swelled-at-once-or-locked"],
    ["put my back out gardening, the pain is agony and I can barely stand up", "triage.urgent.back-pain-cant-walk"],
    ["type 2 here, my blood sugar has been stuck at 22 since yesterday with this flu", "triage.urgent.diabetic-sugars-high-for-a-day"],
    ["a boil on my thigh keeps getting bigger and I'm shivery with a temperature", "triage.urgent.growing-swelling-with-fever"],
    ["my daughter's temperature has not come down in three days even with calpol", "triage.urgent.fever-not-settling-days"],
    ["the neighbour's cat bit my hand this morning, two deep puncture marks", "triage.urgent.animal-bite-broke-skin"],
    ["coughing up yellow phlegm with a fever and my chest hurts when I breathe in", "triage.urgent.coloured-phlegm-fever-chest-pain"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    // a nap: drowsy and muddled on waking
    "my dad is always a bit muddled and sleepy when he just wakes up from his afternoon nap",
    // a packet thrown away, not taken
    "found an empty packet of paracetamol in the bin, nothing missing from the cupboard",
    // a documentary, a news story, a claim checked, coursework
    "we saw a documentary about sepsis last night, how quickly does it kill someone",
    "read in the news that a boy died of an asthma attack at school, how often does that happen",
    "my uncle reckons you should put butter on a burn, is that true?",
    "school project on anaphylaxis for year 9, what does an epipen actually do",
    // an alarm that was only a flat battery
    "our smoke and carbon monoxide detector kept chirping, turned out to be a low battery, all sorted",
    // a lick off the fingers, child fine
    "toddler licked some sun cream off her fingers, she's totally fine",
    // asked ahead, nobody unwell now
    "how would we know if our baby had meningitis? she's perfectly well at the moment"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my dad's ankles swell on long flights but his breathing is fine",
    "the dog jumped up and grazed my leg with his claws, didn't break the skin",
    "my knee has been stiff for years, the physio says it's arthritis"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it.each([
    // usual wheeze the reliever settles, an object already out, croup getting over, sun with no after-effect, bleeding weeks after a birth
    "my chest gets a little wheezy when I have a cold but the blue puffer settles it quickly",
    "my daughter stuck a pea in her nostril but blew it out straight away",
    "the croup is much better now, just a bit of a cough in the mornings",
    "too much sun at the beach on saturday, bit of a headache that evening, I feel fine now",
    "8 weeks after having my baby I still get a little bit of spotting, otherwise well",
    // a plan to self-harm denied, feeling low: not a crisis notice
    "i've been really down and can't stop crying, I don't have any plans to harm myself but I'd like to talk to someone"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });

  it.each([
    "my chest gets a little wheezy when I have a cold but the blue puffer settles it quickly",
    "the croup is much better now, just a bit of a cough in the mornings"
  ])("should keep %j routine now", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it.each([
    "my inhaler isn't helping and I'm wheezing badly",
    "don't have any plans to hurt myself but I want to die tonight"
  ])("should still call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });

  it("should leave a move and a panic attack to other rules", () => {
    expect(rules("mum is giving away her things because she's downsizing, she won't be a burden to anyone after the move, she's written a new will")).not.toContain("triage.crisis.not-a-problem-soon-with-means");
    expect(rules("i get confused and my breathing gets really fast when I have a panic attack")).not.toContain("triage.infection.new-confusion-with-fast-breathing");
  });

  it("should still hear a past overdose as past", () => {
    expect(rules("years ago I took a whole packet of paracetamol, I'm doing really well now")).not.toContain("triage.poisoning.took-whole-packet");
  });
});

// triage-au: alarm words where nothing is happening to anyone now (a partner's account of sleep
// apnoea, pills handed round that nobody took, "overdosed on coffee", a past event with a follow-up
// question, a recurrence asked about ahead, talk of suicide after a death nearby with the person's own
// risk denied, a book's plot, a child's dose limit asked ahead, a first aid course, a refresher on
// signs, figures of speech, a team's fever threshold, a fall with the head strike denied, Bell's palsy
// with the eye that will not close). Each is cancelled by the words of the real emergency.
describe("triage-au concepts (alarm words, nothing happening now)", () => {
  it.each([
    // a bed partner's account of pauses in an adult's sleep
    "My fiance says I stop breathing in my sleep and then gasp, should I see someone about it?",
    "my flatmate reckons I stop breathing in my sleep, it's freaking me out, do I need a sleep test?",
    // medicines handed round, and nobody swallowed any
    "my son has adhd meds, found out he gave some to a friend, nobody swallowed any",
    // too much of a drink or a treat, said as a joke
    "I overdosed on coffee at work, 5 cups, feel wired, when will I calm down?",
    "I od'd on sugar at the party, feel a bit sick",
    // a past event months or years ago, a lasting effect, a follow-up question, no red flag now
    "knocked out for a few seconds playing rugby two years ago, since then my memory has been patchy, is that normal after a head injury?",
    // a past event, well controlled now, and what to keep in case it happens again
    "Grandma was found unconscious last year after a hypo. She's well controlled now. What should we keep at home in case it happens again?",
    // talk of suicide after a death nearby, the person's own risk denied by the writer
    "My son keeps talking about suicide since a boy in his year died. He's not suicidal himself, how can I support him?",
    // a book's plot
    "I'm reading a thriller where the killer uses an insulin overdose, could that happen?",
    // a child's dose limit asked ahead by a worried carer
    "I want to know the overdose limit of ibuprofen for my son, he's 4, I'm scared of giving him too much",
    // a first aid course: the present tense of "if a person is having a seizure" is part of the conditional
    "Starting my first aid course tomorrow. If a person is having a seizure do I hold them down?",
    // a refresher on the signs of a condition, for a poster
    "ward sister here, can you remind me of the signs of a stroke for our staff poster?",
    // figures of speech: a force told by what it nearly did, what anxiety does each time it comes
    "my toddler headbutted me so hard I thought I'd stop breathing haha",
    "I get panic attacks and when they hit I feel like I can't breathe, what helps?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it.each([
    // the threshold the team gave is no reading; the rise in temperature on chemo stays same-day care
    ["On chemo, temp 37.4 tonight, the ward told me to ring if it goes over 38, fine otherwise", "triage.urgent.infection-signs-on-chemo"],
    // the eye on the weak side will not close, arms and speech fine: Bell's palsy, same-day care
    ["my lip droops on the left and I can't shut my left eye properly, arms fine, speech normal", "triage.stroke.face-droop"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it("should not call a fall with the head strike denied an emergency on a blood thinner", () => {
    expect(verdict("Dad slipped in the bathroom but didn't hit his head, he's on rivaroxaban, no new pain").level).not.toBe("emergency");
  });

  it.each([
    "my husband says I stop breathing in my sleep and now he won't wake up and his lips are blue",
    "my 3 month old stops breathing in his sleep and turns blue",
    "found my son with my sertraline bottle open and pills missing, he says nobody took any but he's really sleepy",
    "i overdosed on caffeine pills, my heart is racing and i feel like i'm going to pass out",
    "I think I overdosed on my sleeping tablets",
    "fell off my bike 3 months ago and knocked out, since then he's been getting more confused and drowsy, should we get it followed up",
    "my dad was found unconscious a few years ago from a hypo, now he's unconscious again this morning and won't wake",
    "my daughter has been talking about suicide since her friend died, she says she's not suicidal but she has pills in her room",
    "my son keeps talking about suicide since his cousin died and says he wants to be with him",
    "Reading a book where someone has a stroke, and now my own face is drooping on one side and my arm is weak",
    "I want to know what the overdose limit is for my tablets because I want to die tonight",
    "doing a first aid course next week but right now my dad is having a seizure on the floor",
    "I'm on a first aid course right now and my classmate is having a seizure and not breathing",
    "remind me of the signs of sepsis, my dad is confused, shivering and his temp is 39.5",
    "when my anxiety hits I feel like I can't breathe and now my lips are going blue",
    "My team said to call if over 38, I'm on chemo and my temp is 38.4 with shivers",
    "nan fell this morning, didn't hit her head but now she's drowsy and vomiting, on warfarin",
    "my face suddenly dropped on one side, my speech is slurred, I can still close my eye"
  ])("should still call %j an emergency", (text) => {
    expect(verdict(text).level).toBe("emergency");
  });
});

// ===== triage-au: emergencies told calmly or buried mid-message, the danger only in a detail =====
describe("triage-au concepts (calm emergencies)", () => {
  const rules = (text: string) => verdict(text).reasons.map((r) => r.rule);

  it.each([
    ["my little boy and I clashed heads at the park this afternoon, I take apixaban, and now I feel sick and foggy", "triage.head.heads-knocked-on-thinner"],
    ["my husband is on warfarin, he and our grandson knocked heads last night and today he's drowsy and has a headache", "triage.head.heads-knocked-on-thinner"],
    ["my 17 year old passed out for a moment on the rowing machine, he's back to normal and wants to keep training", "triage.cardiac.blackout-on-exercise-machine-or-after-flutter"],
    ["my heart started racing and then I fainted in the queue at the shop, I'm 30 and fine now apart from a headache", "triage.cardiac.blackout-on-exercise-machine-or-after-flutter"],
    ["not urgent really, my father is 78 and has been confused since breakfast, keeps asking what day it is, and that's not like him", "triage.neuro.older-muddled-since-today-not-like-them"],
    ["nan's not making sense this afternoon, was totally sharp this morning", "triage.neuro.older-muddled-since-today-not-like-them"],
    ["my 3 year old slipped into the creek for a few seconds, she seemed fine but now her breathing is fast and noisy", "triage.drowning.fell-in-water-then-breathing-fast"],
    ["mi hijo de 4 años se cayó en la piscina hace una hora y ahora respira muy rápido", "triage.drowning.fell-in-water-then-breathing-fast"],
    ["my brother sent goodbye messages to his mates and has his tablets put aside for tonight, he says he's fine", "triage.crisis.goodbyes-and-means-ready"],
    ["mi hijo les mandó mensajes de despedida a sus primos y tiene las pastillas escondidas en su mochila", "triage.crisis.goodbyes-and-means-ready"],
    ["my son is 20 months, I left the laundry pods on the bench and now he's drooling heaps and fussing", "triage.poisoning.child-detergent-mouth-signs"],
    ["found my 3 yo by the dishwasher with green gel on her lips, she's acting normal", "triage.poisoning.child-detergent-mouth-signs"],
    ["ever since we lit the kerosene heater in the tent we've both had splitting headaches and feel sick, probably just tired?", "triage.poisoning.co-since-heater-shared"],
    ["headaches for all of us since the generator went on in the shed, and the cat is lethargic, might be a virus", "triage.poisoning.co-since-heater-shared"],
    ["had an endoscopy yesterday, now awful stomach pain and I've been vomiting, probably just wind?", "triage.abdomen.severe-pain-after-scope"],
    ["they removed two polyps this afternoon and now the belly pain is getting worse and my tummy is hard and bloated", "triage.abdomen.severe-pain-after-scope"],
    ["the car's in the garage now and the tubing is set up for tonight, just wanted someone to know", "triage.crisis.car-in-garage-hose-ready"],
    ["lower right of my tummy is excruciating since last night, I've thrown up twice and my temperature is 38.4", "triage.abdomen.one-sided-severe-with-vomit-and-fever"],
    ["had a chest infection, this morning I coughed up a mouthful of fresh blood, feel fine otherwise", "triage.bleeding.coughed-up-measured-blood"],
    ["coughing fit at work and brought up a couple of tablespoons of blood", "triage.bleeding.coughed-up-measured-blood"]
  ])("should call %j an emergency", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    // a knock of heads with no thinner; a faint after giving blood; a lifelong memory problem; a swim
    // with normal breathing; a goodbye party; a blue ice block; a heater service question; the bowel
    // prep before the scope; washing the car; period pain without a fever; a streak of blood
    ["bumped heads with my daughter this morning, small lump on my forehead, no blood thinners, feel fine", "triage.head.heads-knocked-on-thinner"],
    ["passed out at the blood donation centre after giving blood, felt fine after a biscuit", "triage.cardiac.blackout-on-exercise-machine-or-after-flutter"],
    ["my 84 year old mum is always a bit muddled in the evenings, her GP says it is her dementia", "triage.neuro.older-muddled-since-today-not-like-them"],
    ["gran is 90 and a bit more muddled than normal today, she's got a cold", "triage.neuro.older-muddled-since-today-not-like-them"],
    ["my son fell into the pool at swimming lessons, came straight up laughing and is breathing normally", "triage.drowning.fell-in-water-then-breathing-fast"],
    ["my sister is saying goodbye to her friends before her trip and has her travel sickness tablets ready for tonight's flight", "triage.crisis.goodbyes-and-means-ready"],
    ["my 2 year old has blue stuff around her mouth from a blue ice block, she also loves helping with the dishwasher", "triage.poisoning.child-detergent-mouth-signs"],
    ["is it safe to use our gas heater in the caravan? we all get headaches when it's cold and the dog sleeps all day", "triage.poisoning.co-since-heater-shared"],
    ["doing the bowel prep for my colonoscopy tomorrow, bad cramps and I feel bloated and sick, is that normal?", "triage.abdomen.severe-pain-after-scope"],
    ["put the car in the garage and got the hose ready to wash it tomorrow", "triage.crisis.car-in-garage-hose-ready"],
    ["my period pain is on the left side and severe every month, I sometimes vomit, no fever", "triage.abdomen.one-sided-severe-with-vomit-and-fever"],
    ["coughed up a bit of phlegm with a tiny streak of blood in it after a cold", "triage.bleeding.coughed-up-measured-blood"]
  ])("should not read %j as rule %s", (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });

  it.each([
    ["my 18 month old has had a temp of 38.9 and her nappies smell really strong, she screams when she wees", "triage.urgent.young-child-fever-with-urine-signs"],
    ["since the dose of my sertraline was upped last week I've had much darker thoughts and feel really restless, I have no plan to act", "triage.urgent.darker-thoughts-since-antidepressant"],
    ["my son (15) said he has thoughts about harming himself but he wouldn't really do it, he's watching tv with me", "triage.urgent.self-harm-thoughts-intent-denied"],
    ["dad is 80 and has been wobbly and vague since they changed his tablets on monday, not confused exactly", "triage.urgent.older-weaker-since-new-tablet"],
    ["my heart rate has been 135 for over an hour sitting on the couch, no chest pain, feel a bit anxious", "triage.urgent.racing-pulse-an-hour-or-more"],
    ["think my kidney stone is back, pain about a 6 even with the tablets, no fever", "triage.urgent.kidney-stone-back-now"]
  ])("should call %j same-day care", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("urgent");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ["my son wees a lot at night, no temperature, is that normal at 6?", "triage.urgent.young-child-fever-with-urine-signs"],
    ["I've been on sertraline for 3 years and my mood is much better, can I drink on it?", "triage.urgent.darker-thoughts-since-antidepressant"],
    ["years ago I had thoughts about hurting myself but I'm in a good place now, no plans or urges", "triage.urgent.self-harm-thoughts-intent-denied"],
    ["my mum (75) started a new blood pressure tablet and feels fine, when should she take it?", "triage.urgent.older-weaker-since-new-tablet"],
    ["my heart rate goes to 165 during my run for an hour, is that too high?", "triage.urgent.racing-pulse-an-hour-or-more"],
    ["I had a kidney stone last year, what should I eat to prevent another one?", "triage.urgent.kidney-stone-back-now"]
  ])("should not read %j as rule %s", (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });

  it("should hear the date of a journey and a wait ahead as neither past", () => {
    // the journey's date is the risk's date; "wait a week" is ahead
    expect(verdict("my right calf has been tender and swollen since sunday, I was on a long train journey last week").level).toBe("urgent");
    expect(verdict("landed on my hand on the trampoline, wrist is puffy and bruised, can I give it a week before getting it looked at?").level).toBe("urgent");
    // a past injury with nothing now stays routine
    expect(verdict("I broke my wrist falling on my hand two years ago, it aches a bit in the cold").level).toBe("routine");
  });

  it("should keep a measured lasting temperature a report, even asked as a question", () => {
    expect(verdict("could my 3 year old have a water infection? temp 38.6 since last night and her wee smells").level).toBe("urgent");
    // a question about a threshold in general stays routine
    expect(verdict("could a temperature of 38 be normal after teething?").level).toBe("routine");
  });
});

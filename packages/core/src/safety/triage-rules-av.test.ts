import { describe, expect, it } from "vitest";
import { Canonicalizer } from "./canonical.js";
import { SafetyPipeline } from "./pipeline.js";

// triage-av: concepts from an independent writer's set (the emergency/urgent boundary written by
// people using a second language, teenagers and older people; some French and Portuguese), tested
// here in other wording. The rules are in triage-rules-more.ts ("triage-av" block).
const patient = new SafetyPipeline();
const verdict = (text: string) => patient.checkInputSync(text).triage;
const rules = (text: string) => verdict(text).reasons.map((r) => r.rule);

describe("triage-av: emergencies told without the textbook words", () => {
  it.each([
    ["my daughter came off her scooter, her wrist is at a funny angle and she is screaming in agony", "triage.trauma.arm-looks-bent-severe-pain"],
    ["he got tackled at football and his lower leg looks crooked below the knee", "triage.trauma.leg-looks-bent-after-injury"],
    ["grandad slipped in the bathroom and his leg is all twisted and crooked", "triage.trauma.leg-looks-bent-after-injury"],
    ["five days after my gallbladder operation the pain in my stomach is unbearable and my pulse is 128", "triage.surgery.recent-belly-op-severe-pain-fast-pulse"],
    ["nine days after my hysterectomy the pain in my tummy is excruciating and my heart is racing", "triage.surgery.recent-belly-op-severe-pain-fast-pulse"],
    ["ma mère a mal à la poitrine et elle est toute en sueur, ça serre jusqu'au bras", "triage.french-portuguese.chest-pain-with-danger-signs"],
    ["meu pai está com dor no peito faz uma hora e está suando muito", "triage.french-portuguese.chest-pain-with-danger-signs"],
    ["mon fils ne respire plus bien, il n'arrive pas à respirer, il devient bleu", "triage.french-portuguese.cannot-breathe-or-wake"],
    ["minha avó caiu e não acorda", "triage.french-portuguese.cannot-breathe-or-wake"],
    ["mon grand-père a la bouche de travers et il ne peut plus parler depuis ce matin", "triage.french-portuguese.stroke-signs"],
    ["je veux mourir, je pense à me suicider ce soir", "triage.french-portuguese.suicide"],
    ["toddler's nappy had poo that looked like dark red jam in it this morning", "triage.infant.red-jelly-poo"],
    ["my baby of 10 months pulls her knees up and screams, then goes pale and floppy between the attacks", "triage.infant.bouts-legs-up-pale-between"],
    ["grandad is lying in bed, won't respond when we shout his name and he's making a gurgling noise when he breathes", "triage.neuro.not-answering-strange-breathing"],
    ["my husband had his hip replaced four days ago and blood is coming through the dressing, we changed it three times", "triage.bleeding.through-dressings-wont-stop"]
  ])("should call %j an emergency (%s)", (text, rule) => {
    const v = verdict(text);
    expect(v.level).toBe("emergency");
    expect(v.reasons.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    // no deformity, a bent bike, bowed legs, an old break
    "fell on my wrist yesterday, it's swollen but doesn't look bent",
    "I fell off my bike and the front wheel is bent, I only have a grazed knee",
    "my toddler's legs look a bit bowed when he walks, is that normal?",
    "broke my arm years ago and it has always looked slightly crooked since",
    // a sore wound with normal readings, an operation long ago
    "my operation was 2 weeks ago and the wound is a bit sore, no fever, heart rate 72",
    "had my appendix out last year, sometimes I get mild stomach ache",
    // French and Portuguese without a red flag, or in the past
    "j'ai eu une douleur à la poitrine il y a 3 ans, maintenant tout va bien",
    "il a mal à la tête depuis hier, pas de fièvre",
    "meu filho está com tosse e febre desde ontem",
    "eu não quero morrer, só estou cansada do trabalho",
    "après ma chute j'ai mal au dos, rien de grave",
    // colic, red food
    "my 4 month old pulls his legs up and cries every evening, the doctor said colic",
    "after eating beetroot my son's poo is red, like jelly",
    // a teenager ignoring a parent
    "my teenage son doesn't answer when I talk to him, he's always on his phone, and he breathes heavy when he plays sport",
    // a little blood that has stopped
    "the cut bled through the plaster a bit this morning but it has stopped now",
    "the wound dressing has a small spot of blood, is that normal after surgery?"
  ])("should not call %j an emergency", (text) => {
    expect(verdict(text).level).not.toBe("emergency");
  });
});

describe("triage-av: same-day care that was read as routine", () => {
  it.each([
    // a bent arm with no uncontrolled pain: A&E today, not an ambulance
    ["my daughter came off her scooter and her wrist is at a funny angle now", "triage.urgent.arm-looks-bent-after-injury"],
    ["I'm type 2 diabetic and the sore on my big toe has gone red and hot and there's some pus", "triage.urgent.diabetic-foot-wound-changing"],
    ["my husband has to sleep sitting up in his chair to breathe this week and his ankles are puffy", "triage.urgent.more-pillows-to-breathe"],
    ["I think I have cystitis, it stings to wee and my left side near my kidney aches", "triage.urgent.urine-infection-loin-ache-or-pregnant"],
    ["ça brûle quand je fais pipi et j'ai de la fièvre depuis hier", "triage.urgent.urine-infection-loin-ache-or-pregnant"],
    ["my daughter's cough comes in fits and ends with a whooping noise", "triage.urgent.whooping-cough"],
    ["he coughs so hard that he throws up, been going on for two weeks", "triage.urgent.whooping-cough"],
    ["grandma took one of my zopiclone by mistake thinking it was her blood pressure tablet, she's very sleepy", "triage.urgent.sedative-by-mistake-drowsy"],
    ["got the runs since I came back from Morocco and there's blood in it", "triage.urgent.diarrhoea-with-blood"],
    ["diarrhoea for 12 days now, no blood, feeling weak", "triage.urgent.diarrhoea-over-a-week-or-after-travel"],
    ["pain in my lower right tummy since yesterday, worse when I walk", "triage.urgent.right-lower-belly-pain-days"],
    ["dad has alzheimers and has barely eaten since the weekend, he's sleeping most of the day", "triage.urgent.frail-off-food-sleepier"],
    ["test came back positive this morning and I've got some brown discharge", "triage.urgent.positive-test-spotting"],
    ["had a panic attack that won't stop, I need to speak to someone today, not thinking of harming myself", "triage.urgent.distress-wants-to-talk-today"]
  ])("should call %j urgent (%s)", (text, rule) => {
    expect(verdict(text).level).toBe("urgent");
    expect(rules(text)).toContain(rule);
  });

  it.each([
    "I'm diabetic, how often should I check my feet for cuts?",
    "I'm diabetic and got a small cut on my foot yesterday, it's clean, no redness",
    "I've always slept on three pillows because of my reflux",
    "I get cystitis every month, any tips to prevent it?",
    "uti again, stings when I wee, temp 36.8, otherwise fine",
    "should I get the whooping cough vaccine while pregnant?",
    "had diarrhoea yesterday after a dodgy curry, fine today",
    "loose stools for 3 days, no blood",
    "my lower right side hurts for a day or so every month mid cycle",
    "my 92 year old nan has always been a picky eater and sleeps a lot, any tips on appetite?",
    "grandpa is 88 and in palliative care at home, he eats very little now and sleeps most of the day, the nurses say this is expected",
    "period was late, test was negative and now I'm spotting",
    "I've been anxious for years, can you recommend a therapist app?"
  ])("should keep %j routine", (text) => {
    expect(verdict(text).level).toBe("routine");
  });

  it("should leave pregnancy heartburn and a sleeping pill taken with no effect to other rules", () => {
    expect(rules("I sleep propped up on pillows since I'm pregnant, heartburn is awful")).not.toContain("triage.urgent.more-pillows-to-breathe");
    expect(rules("took my sleeping pill by accident at lunch, feel fine, no drowsiness")).not.toContain("triage.urgent.sedative-by-mistake-drowsy");
  });
});

describe("triage-av: French and Portuguese kept as written", () => {
  const canon = new Canonicalizer(["respirar", "sudando", "sugar", "meal", "tree"]);
  const text = (s: string) => canon.canonicalize(s).text;
  it("should not correct French or Portuguese words into English or Spanish ones", () => {
    expect(text("il a du mal à respirer et il transpire très fort")).toBe("il a du mal a respirer et il transpire tres fort");
    expect(text("minha mãe está com dor no peito, suando frio")).toBe("minha mae esta com dor no peito suando frio");
  });
  it("should still correct English and read Spanish as before", () => {
    expect(text("I am not eating sugr")).toContain("sugar");
    expect(text("mi mama no puede respriar y esta sudando")).toContain("respirar");
  });
});

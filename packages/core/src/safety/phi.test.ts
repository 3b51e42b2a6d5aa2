import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";

const pipeline = new SafetyPipeline();

describe("PHI redaction", () => {
  it("should replace each Safe Harbor identifier with a typed placeholder", () => {
    const v = pipeline.checkInputSync(
      "My son Jacob Miller saw Dr. Patel on 3/14/2024. Call 555-123-4567 or jane.doe@example.com. I live at 12 Oak Street, Springfield, IL 62704. SSN 123-45-6789, MRN: 00457892, https://portal.example.org/x, IP 10.1.2.3."
    );
    expect(v.redacted).toBe(
      "My son [NAME_1] saw Dr. [NAME_2] on [DATE_1]. Call [PHONE_1] or [EMAIL_1]. I live at [ADDRESS_1], [CITY_1], IL [ZIP_1]. SSN [SSN_1], MRN: [MRN_1], [URL_1], IP [IP_1]."
    );
    expect(v.phi.map((p) => p.type)).toEqual(["NAME", "NAME", "DATE", "PHONE", "EMAIL", "ADDRESS", "CITY", "ZIP", "SSN", "MRN", "URL", "IP"]);
    for (const p of v.phi) expect(p.text).toBe(
      "My son Jacob Miller saw Dr. Patel on 3/14/2024. Call 555-123-4567 or jane.doe@example.com. I live at 12 Oak Street, Springfield, IL 62704. SSN 123-45-6789, MRN: 00457892, https://portal.example.org/x, IP 10.1.2.3.".slice(p.start, p.end)
    );
  });

  it("should leave clinical values untouched", () => {
    const text = "BP 150/95, temp 39.2 C, metformin 500 mg twice a day, age 7, HbA1c 7.2%, WBC 12.5, platelets 150000, 1/2 tablet, LDL 130 mg/dL in 2019.";
    const v = pipeline.checkInputSync(text);
    expect(v.phi).toEqual([]);
    expect(v.redacted).toBe(text);
  });

  it("should redact ages over 89 but not younger ages", () => {
    expect(pipeline.checkInputSync("My grandmother is 94 years old").redacted).toBe("My grandmother is [AGE_1]");
    expect(pipeline.checkInputSync("My dad is 67 years old").phi).toEqual([]);
  });

  it("should find ages over 89, device serials, group numbers and ordinal dates in everyday phrasing", () => {
    const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
    expect(types("my nan is 97 and fell yesterday")).toEqual(["AGE:97"]);
    expect(types("At 94 my dad still drives")).toEqual(["AGE:94"]);
    expect(types("insulin pump SN 88213-K alarmed twice")).toEqual(["DEVICE:88213-K"]);
    expect(types("CGM transmitter ID 8G4X2K lost signal")).toEqual(["DEVICE:8G4X2K"]);
    expect(types("member ID XJH123456789, group 00412")).toEqual(["HEALTH_PLAN:XJH123456789", "HEALTH_PLAN:00412"]);
    expect(types("surgery is on the 3rd of May")).toEqual(["DATE:3rd of May"]);
    expect(types("She was admitted May 3rd with pneumonia")).toEqual(["DATE:May 3rd"]);
    expect(types("Appointment Tuesday 5/14 at 9")).toEqual(["DATE:Tuesday 5/14"]);
    expect(types("she just turned ninety-one")).toEqual(["AGE:ninety-one"]);
    expect(types("at the age of 95 she had surgery")).toEqual(["AGE:age of 95"]);
    expect(types("Age: 96. Admitted for a fall")).toEqual(["AGE:96"]);
    expect(types("my mother, 94, is confused")).toEqual(["AGE:94"]);
    expect(types("my great-grandmother (96) keeps forgetting her pills")).toEqual(["AGE:96"]);
    expect(types("grandpa is almost 93 and still mows the lawn")).toEqual(["AGE:93"]);
    expect(types("our nonagenarian neighbour lives alone")).toEqual(["AGE:nonagenarian"]);
    expect(types("the fever lasted almost 95 minutes; sodium (94) was low")).toEqual([]);
    // lab values and ordinary words stay
    expect(types("Ferritin is 106. Glucose is 95 and rising")).toEqual([]);
    expect(types("Sodium, 124, potassium 3.1; it was ninety degrees out")).toEqual([]);
    expect(types("you may 2x the dose? group 3 patients had nausea")).toEqual([]);
  });

  it("should find a name signing off at the end of a message", () => {
    expect(pipeline.checkInputSync("Since March 7 my weight is 82 kg and I feel off. - Chiara Castillo").redacted).toBe(
      "Since [DATE_1] my weight is 82 kg and I feel off. - [NAME_1]"
    );
    expect(pipeline.checkInputSync("Is this rash serious?\n—J. Okafor").redacted).toBe("Is this rash serious?\n—[NAME_1]");
    expect(pipeline.checkInputSync("Hey it's Tom, my INR was 3.4 last week").redacted).toBe("Hey it's [NAME_1], my INR was 3.4 last week");
    // a dash before an ordinary word is no signature
    expect(pipeline.checkInputSync("BP this morning 150/95 - Normal").phi).toEqual([]);
  });

  it("should find names that are also everyday words only with a cue", () => {
    expect(pipeline.checkInputSync("my son Will has a cough").redacted).toBe("my son [NAME_1] has a cough");
    expect(pipeline.checkInputSync("my son will be fine").phi).toEqual([]);
    expect(pipeline.checkInputSync("Urine: Color: Amber, Protein: Positive").phi).toEqual([]);
  });

  it("should not redact capitalised clinical words, places or units in exam text", () => {
    for (const text of [
      "Call my cell if the lab is abnormal. Potassium was 3.1.",
      "He recently returned from Nigeria. Stool studies are pending.",
      "A biopsy is taken from the bronchus of a patient. On microscopic examination, there are giant cells.",
      "QRS width of 130 ms. In addition to fluids, what is given?",
      "Both breasts are Tanner IV. Menarche was at 12 years.",
      "She returned from a camping trip to Sri Lanka. Her temperature is 39.3 C.",
      "Which test is used? A. ELISA B. Western blot C. PCR D. Culture",
      "Her uncle died at age 26 from Duchenne's muscular dystrophy.",
      "My record number is at St. Mary's hospital.",
      "Hemoglobin is 11.9 g/dL and ferritin is 106 ng/dL.",
      "Mean corpuscular volume is 109 μm3."
    ]) {
      expect(pipeline.checkInputSync(text).phi, text).toEqual([]);
    }
  });

  it("should not mistake eponyms and drug names for people", () => {
    const v = pipeline.checkInputSync("I have Parkinson's disease, Bell's palsy and take Tylenol and Lipitor.");
    expect(v.phi).toEqual([]);
  });

  it("should leave exam options, staging eponyms and disease names with numbers alone", () => {
    for (const text of [
      "Which is the most likely diagnosis? A. IL-2 B. Tanner stage 3 C. Glasgow coma scale of 8 D. None",
      "I have been suffering from Sick Sinus Syndrome and Type 2 Diabetes. My GP Dr. recommended Metformin.",
      "Which test is next? A. Abdominal CT B. Head CT C. Urinalysis D. Paracentesis",
      "Findings:\nTemperature 38.2 C\nHemoglobin 10.1 g/dL"
    ]) {
      expect(pipeline.checkInputSync(text).phi).toEqual([]);
    }
  });

  it("should find lowercase names with a cue", () => {
    expect(pipeline.checkInputSync("my husband david has a cough").redacted).toBe("my husband [NAME_1] has a cough");
  });

  it("should keep placeholders consistent in a conversation and restore them for the same user", async () => {
    const conversation = pipeline.createConversation();
    const first = await conversation.checkInput("My daughter Emma has a rash. Emma is 4.");
    expect(first.redacted).toBe("My daughter [NAME_1] has a rash. [NAME_1] is 4.");
    const second = await conversation.checkInput("Maria, her sister, and Emma both have fevers");
    expect(second.redacted).toBe("[NAME_2], her sister, and [NAME_1] both have fevers");
    expect(conversation.restore("Keep [NAME_1] hydrated; [NAME_2] too.")).toBe("Keep Emma hydrated; Maria too.");
    // another conversation cannot restore them
    expect(pipeline.createConversation().restore("[NAME_1]")).toBe("[NAME_1]");
  });

  it("should keep reasons free of raw PHI", () => {
    const v = pipeline.checkInputSync("My son Jacob has chest pain spreading to his arm");
    const text = JSON.stringify(v.triage.reasons);
    expect(text).not.toContain("Jacob");
  });
});

describe("person names without cues, in many forms", () => {
  const names = (text: string) => pipeline.checkInputSync(text).phi.filter((p) => p.type === "NAME").map((p) => p.text);

  it("should find names from many cultures that English does not know, as subjects or with surnames", () => {
    expect(names("Tomasz fell off his bike and his wrist is swollen.")).toEqual(["Tomasz"]);
    expect(names("Chukwuemeka Eze was admitted with sickle cell crisis.")).toEqual(["Chukwuemeka Eze"]);
    expect(names("Przemysław Zieliński, MRN 3390017, creatinine 2.3.")).toEqual(["Przemysław Zieliński"]);
    expect(names("Nguyen Van Long was seen for chest pain.")).toEqual(["Nguyen Van Long"]);
    expect(names("Ji-woo Kang is allergic to sulfa.")).toEqual(["Ji-woo Kang"]);
    expect(names("Olamide will bring Temitope for her shots.")).toEqual(["Olamide", "Temitope"]);
    expect(names("I took Daniyar to urgent care.")).toEqual(["Daniyar"]);
    expect(names("Should I give Mirela more ibuprofen?")).toEqual(["Mirela"]);
    expect(names("Kemi, 34, has had a cough for three weeks.")).toEqual(["Kemi"]);
    expect(names("Yesterday Ebuka fell off the swing.")).toEqual(["Ebuka"]);
  });

  it("should find lower-case names after relation words and self-introductions", () => {
    expect(names("my wife priya has had a migraine for 3 days")).toEqual(["priya"]);
    expect(names("my son jack has had a fever since last night")).toEqual(["jack"]);
    expect(names("i'm zainab and my period is late")).toEqual(["zainab"]);
    expect(names("hey its marcus, my sugar was 380")).toEqual(["marcus"]);
    expect(names("our pt kim min-jun needs a refill")).toEqual(["kim min-jun"]);
  });

  it("should find names that are also words from the sentence around them", () => {
    expect(names("Hope has been vomiting since Tuesday.")).toEqual(["Hope"]);
    expect(names("Will says his chest pain goes away with rest.")).toEqual(["Will"]);
    expect(names("Can Rose take melatonin 3 mg?")).toEqual(["Rose"]);
    expect(names("Hi Faith, can you tell the doctor my swelling is worse?")).toEqual(["Faith"]);
    expect(names("Can I take naproxen with warfarin? Thanks, Bill")).toEqual(["Bill"]);
    expect(names("Hope this helps: my BP was 140/90.")).toEqual([]);
    expect(names("Will the rash spread if I scratch it?")).toEqual([]);
    expect(names("Grace period for my prescription ended.")).toEqual([]);
    expect(names("Mark the dates on a calendar.")).toEqual([]);
  });

  it("should find possessives, sign-offs, greetings, initials and names joined to a found one", () => {
    expect(names("Ahmed's inhaler ran out and he is wheezing.")).toEqual(["Ahmed"]);
    expect(names("Is this rash serious?\nCheers,\nNiamh")).toEqual(["Niamh"]);
    expect(names("ok thanks priya")).toEqual(["priya"]);
    expect(names("Good morning Thandiwe, my results are in.")).toEqual(["Thandiwe"]);
    expect(names("—J. Okafor, RN: O2 sat 88% on room air")).toEqual(["J. Okafor"]);
    expect(names("Pooja, Rahul and Anjali Deshpande all got conjunctivitis.")).toEqual(["Pooja", "Rahul", "Anjali Deshpande"]);
    expect(names("Pt: Hoang, Minh Chau   DOB: 07/22/1987")).toEqual(["Hoang, Minh Chau"]);
    expect(names("Mark Thompson Jr. is on lisinopril.")).toEqual(["Mark Thompson Jr"]);
    expect(names("Signed, Oluwaseun Bakare, MD")).toEqual(["Oluwaseun Bakare"]);
    expect(names("Regards,\nWanjiku Mwangi\n555-201-3344")).toEqual(["Wanjiku Mwangi"]);
    expect(names("Ngozi Okonjo-Iweala called about her labs.")).toEqual(["Ngozi Okonjo-Iweala"]);
    expect(names("P.S. Linh says hi")).toEqual(["Linh"]);
    expect(names("Thanks, I feel better now.\nSee you soon")).toEqual([]);
  });

  it("should not take eponyms, institutions, foreign words or exam terms for names", () => {
    for (const text of [
      "A pelvic ultrasound with Doppler reveals fluid in the rectouterine pouch.",
      "The Kozak sequence for the beta-globin gene is known.",
      "Kernig and Brudzinski signs are present.",
      "The organism grows well on Thayer-Martin agar.",
      "Blood pressure is 125/85 mm Hg. Examination shows mottled skin.",
      "We went to Toronto General for the ablation.",
      "The Cleveland Clinic protocol says Lovenox 40 mg daily.",
      "Stanford Health Care referred me.",
      "Hola, tengo dolor de cabeza desde ayer.",
      "Guten Tag, ich habe Fieber 39.",
      "Eduardo's sodium is 124; he's on hydrochlorothiazide 25 mg.",
      "my husband can't get his words out",
      "Can I take Pepto-Bismol while on doxycycline?",
      "Could you write up a prescription for Cipro so I can pick it up tonight?",
      "I took cipro for 5 days.",
      "Guillain-Barré can follow an infection.",
      "Salam, my father has chest tightness.",
      "I have symptoms associated with Von Hippel-Lindau disease.",
      "I think it's called Chalazion.",
      "Doctor, I'recently started experiencing pain."
    ]) {
      expect(pipeline.checkInputSync(text).phi.filter((p) => p.type !== "NAME" || !/Eduardo/.test(p.text)), text).toEqual([]);
    }
  });
});

describe("other identifiers the fresh sets found", () => {
  it("should keep a phone extension, a prior authorisation number, a day-first May date and a weekday date", () => {
    const v = pipeline.checkInputSync("Reach me at (212) 555-0110 ext 4. Prior auth # PA-7712093. Seen 5 May, back Friday 3/21.");
    expect(v.phi.map((p) => `${p.type}:${p.text}`)).toEqual(["PHONE:(212) 555-0110 ext 4", "ACCOUNT:PA-7712093", "DATE:5 May", "DATE:Friday 3/21"]);
  });

  it("should find year-first and month-name dates, bare numbers after call/text and other labelled numbers", () => {
    const v = pipeline.checkInputSync("Scan on 2024/03/14, admitted 14-Mar-2024. Text 5551234567. Rx number 7734521, case ID 2024-00123.");
    expect(v.phi.map((p) => `${p.type}:${p.text}`)).toEqual(["DATE:2024/03/14", "DATE:14-Mar-2024", "PHONE:5551234567", "ACCOUNT:7734521", "ACCOUNT:2024-00123"]);
    expect(pipeline.checkInputSync("Call 911 now; version 2.5.1 of the app; Rx 500 mg.").phi).toEqual([]);
  });

  it("should redact a great age after a name or person word but not a lab value", () => {
    expect(pipeline.checkInputSync("my mom linh is 92 and refuses to drink").phi.map((p) => p.type)).toEqual(["NAME", "AGE"]);
    expect(pipeline.checkInputSync("My grandmother, who is 97, fell.").phi.map((p) => p.type)).toEqual(["AGE"]);
    expect(pipeline.checkInputSync("His sodium is 124 today.").phi).toEqual([]);
  });
});

describe("names that are also words, by their context", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it.each([
    ["my son will was sick all night", "NAME:will"],
    ["hello, it's hope again, the swelling is back", "NAME:hope"],
    ["Autumn had a fever and now a cough", "NAME:Autumn"],
    ["Ivy and Pearl (my twins) both have lice", "NAME:Pearl"],
    ["@Grace could you recheck the glucose in bay 4", "NAME:Grace"],
    ["hello, Harmony here, my father fell", "NAME:Harmony"],
    ["emergency contact: daughter Rose 555-201-7788", "NAME:Rose"],
    ["my ex-wife Crystal's insurance covers the kids", "NAME:Crystal"],
    ["Mrs. Fielding phoned about the scan", "NAME:Fielding"],
    ["my grandson goes by 'Buddy' and has a cold", "NAME:Buddy"],
    // (a title typed in lower case stays outside the name, as "Dr. [NAME_1]" does)
    ["can someone tell dr de la cruz the potassium is 6.1", "NAME:de la cruz"],
    ["rahul dev mehta 54M chest pain since noon", "NAME:rahul dev mehta"],
    ["ok so the fever broke. message from tunde", "NAME:tunde"],
    ["olive's doctor wants another blood test", "NAME:olive"],
    ["Mi hijo Florencio tiene tos", "NAME:Florencio"]
  ])("should find the name in %j", (text, hit) => {
    expect(spans(text)).toContain(hit);
  });

  it.each([
    "my son will have his tonsils out",
    "my daughter may need stitches",
    "it's fine again today",
    "Summer has a way of making my hay fever worse",
    "Autumn (the season) always flares my eczema",
    "please email @support about the portal",
    "Reading here, it says to take it with food",
    "per Fleischner a 5mm nodule needs no follow up",
    "it's sunny again, should I still wear sunscreen over the rash",
    "Amber (5 m) from the bed is the crash cart",
    "Family history: mother Alzheimer's, father Parkinson disease"
  ])("should keep the words of %j", (text) => {
    expect(spans(text).filter((h) => h.startsWith("NAME:"))).toEqual([]);
  });
});

describe("more identifier formats", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should redact national phone numbers with a leading 0, a licence after 'Lic #' and a plan id after 'member'", () => {
    expect(spans("ring my mobile 07911 123456 or the landline 0161 496 0018")).toEqual(["PHONE:07911 123456", "PHONE:0161 496 0018"]);
    expect(spans("Lic # RN-55120 is on the form")).toContain("LICENSE:RN-55120");
    expect(spans("plan: Cigna, member XQ4-882-019")).toContain("HEALTH_PLAN:XQ4-882-019");
  });

  it("should redact a French street address, a bare day after a hospital verb, holidays with a year and great ages at life events", () => {
    expect(spans("elle habite 14 avenue des Tilleuls, Montpellier")).toEqual(["ADDRESS:14 avenue des Tilleuls", "CITY:Montpellier"]);
    expect(spans("he was admitted on the 4th and released the 11th, is that long?")).toEqual(["DATE:the 4th", "DATE:the 11th"]);
    expect(spans("the fall was on the 2nd of march")).toEqual(["DATE:the 2nd of march"]);
    expect(spans("Dad died on New Year's Day 2022")).toEqual(["DATE:New Year's Day 2022"]);
    expect(spans("grandfather died of a stroke at 96, grandmother alive at 94")).toEqual(["AGE:96", "AGE:94"]);
    expect(spans("great-grandma is 97 1/2 and sharp")).toContain("AGE:97 1/2");
  });

  it("should keep clinical numbers and ordinals", () => {
    expect(spans("insulin 10 units at 0800 and 0930, INR 2.4")).toEqual([]);
    expect(spans("member of the practice since 2019, my 2nd dose was fine")).toEqual([]);
    expect(spans("sats at 91 on room air, she is alive and alert")).toEqual([]);
    expect(spans("Lic # pending, the 9th grade nurse called")).toEqual([]);
  });

  it("should keep a bone's plate and a spine level after it, but still redact a car's plate", () => {
    expect(spans("x-ray shows a fracture through the growth plate C5-6")).toEqual([]);
    expect(spans("end plate L4/5 changes on the MRI, plate T12 looks fine")).toEqual([]);
    expect(spans("the plate is 7ABC123 on the blue car")).toEqual(["VEHICLE:7ABC123"]);
  });
});

describe("identifiers written the way British, Spanish and ward writers write them", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should redact UK and Canadian postcodes and a British street word, but not lab shorthand", () => {
    expect(spans("she lives at 7 Rowan Close, Keswick CA12 4RT")).toEqual(["ADDRESS:7 Rowan Close", "CITY:Keswick", "ZIP:CA12 4RT"]);
    expect(spans("our address ends in Ottawa K2P 1L4")).toContain("ZIP:K2P 1L4");
    expect(spans("T1 2DM since childhood, CD4 350, about 3 close friends")).toEqual([]);
  });

  it("should redact an age over 89 in commas after a name, with a bare 'y', in Spanish words, and the same age again", () => {
    expect(spans("Admitted: Mr. Ezekiel Stroud, 93, with a chest infection")).toEqual(["NAME:Ezekiel Stroud", "AGE:93"]);
    expect(spans("Room 2, Mrs. Adaeze Obi, 96 y, on IV fluids")).toContain("AGE:96 y");
    expect(spans("Mi tía tiene noventa y siete años")).toEqual(["AGE:noventa y siete años"]);
    expect(spans("my great-uncle is 101 and we wonder if a flu jab matters at 101")).toEqual(["AGE:101", "AGE:101"]);
    // an age under 90 in commas, and a number after a name that is a vital sign, stay
    expect(spans("Mr. Ezekiel Stroud, 63, sats 92%")).toEqual(["NAME:Ezekiel Stroud"]);
    expect(spans("my aunt is 95 and her sats were at 95%")).toEqual(["AGE:95"]);
  });

  it("should redact an age over 89 written as 'is 95 now', 'years young', 'a woman of 94' or '90-something', and keep look-alike readings", () => {
    expect(spans("dad lost his licence and is 94 now")).toEqual(["AGE:94"]);
    expect(spans("granny is ninety-one years young and still gardening")).toEqual(["AGE:ninety-one years young"]);
    expect(spans("a lady of 97 with a swollen ankle, is that heart failure?")).toEqual(["AGE:97"]);
    expect(spans("my 90-something grandad keeps falling")).toEqual(["AGE:90-something"]);
    expect(spans("his sodium is 96 now, is that low?")).toEqual([]);
    expect(spans("BP was 92 today after the new tablets")).toEqual([]);
    expect(spans("there are 90-odd tablets left in the box")).toEqual([]);
  });

  it("should redact phone numbers in digit groups after a word for phoning, in any language", () => {
    expect(spans("Su celular: 55 3321 9087, llamar después de las 5")).toContain("PHONE:55 3321 9087");
    expect(spans("please contact his daughter Aiko on 81 3 5555 0192")).toContain("PHONE:81 3 5555 0192");
    // digit groups with no word for phoning are readings, not numbers to call
    expect(spans("heart rates 110 112 115 118 overnight")).toEqual([]);
  });

  it("should keep an account number of phone shape typed as an account", () => {
    expect(spans("Account number 3318-402-7719 shows two charges")).toEqual(["ACCOUNT:3318-402-7719"]);
  });

  it("should redact Spanish plan and record labels, NHI/NHS numbers and a plate a few words after its label", () => {
    expect(spans("Número de afiliado: 14/99001234/07")).toEqual(["HEALTH_PLAN:14/99001234/07"]);
    expect(spans("póliza de seguro GX-441208-9 vence pronto")).toEqual(["HEALTH_PLAN:GX-441208-9"]);
    expect(spans("historia clínica 2021-55103")).toEqual(["MRN:2021-55103"]);
    expect(spans("NHI QRT5521, NHS number 401 023 2137")).toEqual(["MRN:QRT5521", "MRN:401 023 2137"]);
    expect(spans("licence plate on the blue van outside: KLM-7731")).toEqual(["VEHICLE:KLM-7731"]);
    expect(spans("the growth plate looks open on the x-ray")).toEqual([]);
  });

  it("should redact the end of a range of dates, a day and month with a leading zero and a lower-case 'may' birthday", () => {
    expect(spans("billed from 3/2 to 3/9 although she was home")).toEqual(["DATE:3/2", "DATE:3/9"]);
    expect(spans("Moved to rehab 04/11 after the fall")).toEqual(["DATE:04/11"]);
    expect(spans("her birthday is may 30 and she wants cake")).toEqual(["DATE:may 30"]);
    // a pain score with a leading zero and a half tablet are no dates
    expect(spans("pain 06/10 today, took 1/2 tab")).toEqual([]);
    expect(spans("you may 2 tablets")).toEqual([]);
  });
});

describe("towns in more phrasings", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should find a town named with small words inside it and a Spanish origin", () => {
    expect(spans("Vivimos en Puerto de la Cruz desde hace años")).toEqual(["CITY:Puerto de la Cruz"]);
    expect(spans("El paciente llegó de Cochabamba anoche")).toEqual(["CITY:Cochabamba"]);
  });

  it("should find a town after a moved patient, a home, 'lives with us in' and a person noun before 'from'", () => {
    expect(spans("she was transferred from Swindon overnight")).toEqual(["CITY:Swindon"]);
    expect(spans("he was discharged to Harrogate on Friday")).toEqual(["CITY:Harrogate"]);
    expect(spans("her house in Bath is cold")).toEqual(["CITY:Bath"]);
    expect(spans("grandpa lives with us in Canton now")).toEqual(["CITY:Canton"]);
    expect(spans("an elderly man from Banbury with a cough")).toEqual(["CITY:Banbury"]);
    expect(spans("we live in ontario, california")).toEqual(["CITY:ontario"]);
  });

  it("should find a capitalised large town that is also a word mid-sentence, but not the word", () => {
    expect(spans("He came in by ambulance from Reading.")).toEqual(["CITY:Reading"]);
    expect(spans("I was reading in bed and felt dizzy")).toEqual([]);
    expect(spans("soak in Bath salts twice a day")).toEqual([]);
  });
});

describe("names in more phrasings", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should find a name that ends the message on its own", () => {
    expect(spans("Can I move my appointment to Friday? My number is unchanged. Oluwaseun")).toEqual(["NAME:Oluwaseun"]);
    expect(spans("Is the new dose too high for her?\nHazel")).toEqual(["NAME:Hazel"]);
    // an ordinary word ending the message is no name
    expect(spans("Is the new dose too high for her? Urgent")).toEqual([]);
  });

  it("should find a writer introducing themself in lower case or by 'its', and 'Will' as a name", () => {
    expect(spans("hi nurse, jack here. the rash is spreading")).toEqual(["NAME:jack"]);
    expect(spans("its nell from the asthma clinic, quick question")).toEqual(["NAME:nell"]);
    expect(spans("Please call Dr. Will Okonkwo about the results")).toEqual(["NAME:Will Okonkwo"]);
    expect(spans("Book Will in for Monday. Will's DOB is on file")).toEqual(["NAME:Will", "NAME:Will"]);
    expect(spans("Will it hurt? I will bring the forms.")).toEqual([]);
  });

  it("should take a surname that is also a word after a lower-case given name following a title, and a word surname with person context", () => {
    expect(spans("seen: mrs. edith crane, 94, frail")).toEqual(["NAME:edith crane", "AGE:94"]);
    expect(spans("Please check on Grace Long in bed 4")).toEqual(["NAME:Grace Long"]);
    expect(spans("we had a picnic in Sunny Park today")).toEqual([]);
  });

  it("should leave brands and Spanish verbs that open a sentence", () => {
    expect(spans("Is Vaseline ok for chapped lips? ¿Voy a la farmacia?")).toEqual([]);
    expect(spans("Pacemaker: Medtronic model, battery fine")).toEqual([]);
  });
});

describe("names by kinship brackets, roles, eponym surnames and particles (phi-h concepts)", () => {
  const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should take a name in brackets after a relation, or before a bracketed relation", () => {
    expect(types("Grandad (Wiremu) has had a cough for a week")).toEqual(["NAME:Wiremu"]);
    expect(types("Mum (Fatima) rang me about her sugars")).toEqual(["NAME:Fatima"]);
    expect(types("tomasina (my niece) fell off the swing")).toEqual(["NAME:tomasina"]);
    expect(types("Kwabena (my older cousin) needs a tetanus shot")).toEqual(["NAME:Kwabena"]);
    // look-alike: a condition in brackets
    expect(types("Mum (COPD) is struggling today")).toEqual([]);
  });

  it("should take kinship titles of many families and drop a kinship word standing alone", () => {
    expect(types("Nanny Rua's blood pressure is 170/100")).toEqual(["NAME:Rua"]);
    expect(types("my tita Luzviminda has dengue")).toEqual(["NAME:Luzviminda"]);
    expect(types("Lovingly, Nana Yaa")).toEqual(["NAME:Yaa"]);
    expect(types("Nana keeps falling asleep after her tablets")).toEqual([]);
    expect(types("Kia ora, I have a sore ear")).toEqual([]);
  });

  it("should take someone from a known place, a role set off by commas, and a possessive home or body word", () => {
    expect(types("Joy from the pharmacy called about my repeat")).toEqual(["NAME:Joy"]);
    expect(types("Ivy from next door brought soup round")).toEqual(["NAME:Ivy"]);
    expect(types("Tomas, the pharmacist, said to halve it")).toEqual(["NAME:Tomas"]);
    expect(types("we had a party at Holly's house and she cut her foot")).toEqual(["NAME:Holly"]);
    expect(types("Taini Carrow's husband here. She has a fever.")).toEqual(["NAME:Taini Carrow"]);
    expect(types("Ngozi and Chiamaka both have chickenpox")).toEqual(["NAME:Ngozi", "NAME:Chiamaka"]);
    expect(types("Kofi turned 7 yesterday and has a rash")).toEqual(["NAME:Kofi"]);
    // look-alikes: a film, a role with no name
    expect(types("Joy from the film was great")).toEqual([]);
    expect(types("His new physio, the one I saw last week, said rest")).toEqual([]);
  });

  it("should take an eponym surname after a title but keep the condition", () => {
    expect(types("Saw Dr Cushing at the endocrine clinic on Monday")).toEqual(["NAME:Cushing"]);
    expect(types("it's Daisy Hodgkin, date of birth 2/3/71")).toEqual(["NAME:Daisy Hodgkin", "DATE:2/3/71"]);
    expect(types("my doctor thinks it is Cushing's syndrome")).toEqual([]);
    expect(types("Does Graves' disease cause tremor?")).toEqual([]);
    expect(types("Ebola and Marburg are both filoviruses")).toEqual([]);
    expect(types("went to Johns Hopkins for a second opinion")).toEqual([]);
  });

  it("should run a name over surname particles and keep the possessive out", () => {
    expect(types("Hannah van den Broek, 64, for review")).toEqual(["NAME:Hannah van den Broek"]);
    expect(types("Yusuf al-Rashid's daughter here, he is dizzy")).toEqual(["NAME:Yusuf al-Rashid"]);
    expect(types("referred by Dr Ó Murchú for a scope")).toEqual(["NAME:Ó Murchú"]);
  });

  it("should take a past-tense verb after Will as a person", () => {
    expect(types("Will threw up twice after dinner")).toEqual(["NAME:Will"]);
    expect(types("Will it hurt?")).toEqual([]);
  });
});

describe("towns by a wider set of cues (phi-h concepts)", () => {
  const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should take towns after facilities, 'I'm in', chains and 'out past'", () => {
    expect(types("the chemist in Bath gave me the wrong dose")).toEqual(["CITY:Bath"]);
    expect(types("I'm in Ware this week, is there a walk-in?")).toEqual(["CITY:Ware"]);
    expect(types("we are driving from Fort McMurray to Red Deer tomorrow")).toEqual(["CITY:Fort McMurray", "CITY:Red Deer"]);
    expect(types("our farm is out past Moree")).toEqual(["CITY:Moree"]);
    expect(types("urgent care in el paso for stitches?")).toEqual(["CITY:el paso"]);
    expect(types("just moved to wagga wagga last week")).toEqual(["CITY:wagga wagga"]);
    expect(types("llegamos de Juchitán ayer")).toEqual(["CITY:Juchitán"]);
    expect(types("tucson az - any good dermatologists?")).toEqual(["CITY:tucson"]);
  });

  it("should know towns listed only as 'X City' and boroughs the town file lacks", () => {
    expect(types("my lolo lives in Mandaue")).toEqual(["CITY:Mandaue"]);
    expect(types("we're in Walthamstow near the market")).toEqual(["CITY:Walthamstow"]);
  });

  it("should take a town after a full name and a comma", () => {
    expect(types("Aoife Ní Dhonnchadha, Castlebar. Referred for a scan.")).toEqual(["NAME:Aoife Ní Dhonnchadha", "CITY:Castlebar"]);
  });

  it("should keep words that only look like places", () => {
    expect(types("I'm in pain tx - what helps?")).toEqual([]);
    expect(types("the New York clinic uses this regimen")).toEqual([]);
    expect(types("I'm in Recovery now after surgery")).toEqual([]);
  });
});

describe("numbers in everyday phrasing (phi-h concepts)", () => {
  const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should find birthdays over 89, chained days, grouped plan numbers, UK licences and plates", () => {
    expect(types("Nan's 96th birthday is next week")).toEqual(["AGE:96th"]);
    expect(types("it's his 50th birthday")).toEqual([]);
    expect(types("can I switch from the 3rd to the 10th?")).toEqual(["DATE:the 3rd", "DATE:the 10th"]);
    expect(types("my Medicare number is 4412 55102 3")).toEqual(["HEALTH_PLAN:4412 55102 3"]);
    expect(types("licence number is MORGA657054SM9IJ")).toEqual(["LICENSE:MORGA657054SM9IJ"]);
    expect(types("the plate was AB12 CDE and they drove off")).toEqual(["VEHICLE:AB12 CDE"]);
    expect(types("the plate was hot and I burned my hand")).toEqual([]);
  });
});

describe("names by stronger cues, and what is no patient's name (phi-j concepts)", () => {
  const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it.each([
    ["Xiaoling, my daughter, has a rash on her arms", "NAME:Xiaoling"],
    ["Liping has been vomiting all night", "NAME:Liping"],
    ["can Bao take ibuprofen with his inhaler?", "NAME:Bao"],
    ["Can Justice have a second dose tonight?", "NAME:Justice"],
    ["Justice and I are expecting our first", "NAME:Justice"],
    ["honor has been coughing for days", "NAME:honor"],
    ["will has been off his food since Monday", "NAME:will"],
    ["the midwife, Pearl, said it looked fine", "NAME:Pearl"],
    ["Hi, this is Hope, the carer for Mrs Obi", "NAME:Hope"],
    ["my brother Ranvir has a cough and a fever", "NAME:Ranvir"],
    ["ife (not my real name lol) is my wife and she is 30", "NAME:ife"],
    ["kemi at the pharmacy in Ikeja said to wait", "NAME:kemi"],
    ["hey doc, Chidera here, on PrEP and worried", "NAME:Chidera"],
    ["Found lice in Ivy's hair again", "NAME:Ivy"],
    ["Faith's potassium came back at 5.9", "NAME:Faith"],
    ["Precious, Comfort and Gift are my nieces, all three have mumps", "NAME:Gift"],
    ["hi its peace from the support group, my BP is high", "NAME:peace"],
    ["Ada drove her dad to the clinic this morning", "NAME:Ada"]
  ])("should redact the name in %j", (text, hit) => {
    expect(types(text)).toContain(hit);
  });

  it("should leave the kinship word outside the name, and pets and hospitals out altogether", () => {
    expect(types("Grandma Olwen fell at home and cut her shin")).toEqual(["NAME:Olwen"]);
    expect(types("I'm looking after Nonna, Maria Bianchi, and her INR is high")).toEqual(["NAME:Maria Bianchi"]);
    expect(types("our dog Luna ate two ibuprofen")).toEqual([]);
    expect(types("my cat, Milo, is sneezing")).toEqual([]);
    expect(types("ER at Providence says my troponin is normal")).toEqual([]);
    expect(types("Zdravo, I have had a cough for two weeks")).toEqual([]);
  });

  it("should keep temperatures, vital signs and everyday words", () => {
    expect(types("she had a 103F fever last night")).toEqual([]);
    expect(types("his resting HR is 104 now")).toEqual([]);
    expect(types("Summer heat makes my eczema worse")).toEqual([]);
    expect(types("Swimming has helped my back")).toEqual([]);
    expect(types("The Whipple's procedure left me with diabetes")).toEqual([]);
    expect(types("Can Iron tablets cause constipation?")).toEqual([]);
    expect(types("Is Metformin safe in pregnancy?")).toEqual([]);
  });

  it("should find a short number after a call", () => {
    expect(types("got a call from 555-0199 about my biopsy")).toEqual(["PHONE:555-0199"]);
  });
});

describe("PHI redaction: word and place names as people, other families' names, word towns, old ages (phi-k)", () => {
  const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it.each([
    ["Savannah started the fluoxetine last month and says she sleeps badly", "NAME:Savannah"],
    ["Carolina has been vomiting since tea time", "NAME:Carolina"],
    ["Ruby and Pearl both have head lice again", "NAME:Pearl"],
    ["Favour and Goodness are twins and both have a cough", "NAME:Favour"],
    ["Ifeoma, Ngozika and me all had the typhoid jab", "NAME:Ngozika"],
    ["Sage and his sister both came out in hives", "NAME:Sage"],
    ["Kuya Jomar checks lolo's sugar every morning", "NAME:Jomar"],
    ["Skye's A1C was 58 last time", "NAME:Skye"],
    ["Niamh's peak flow dropped to 200 this morning", "NAME:Niamh"],
    ["should joy stop her iron tablets before the scan", "NAME:joy"],
    ["Kit been coughing all night, no fever", "NAME:Kit"],
    ["Fenton Marsh, 47, attended with a burn to the forearm", "NAME:Fenton Marsh"],
    ["gurpreet is still getting the headaches on amitriptyline", "NAME:gurpreet"],
    ["Oluwaseun pls how much ORS for a 3 year old", "NAME:Oluwaseun"]
  ])("should find the person in %j", (text, hit) => {
    expect(types(text)).toContain(hit);
  });

  it.each([
    ["me derivaron de Toluca al hospital general", "CITY:Toluca"],
    ["Llegamos ayer de Arequipa y el niño tiene diarrea", "CITY:Arequipa"],
    ["la clínica de Huancayo no tiene insulina", "CITY:Huancayo"],
    ["Somos de Envigado, Antioquia, y mi mamá tiene asma", "CITY:Envigado"],
    ["he was staying between Chorlton and Hulme for a while", "CITY:Hulme"],
    ["the ambulance came out of Dubbo in the end", "CITY:Dubbo"],
    ["we were down in Hythe for the weekend and he got stung", "CITY:Hythe"],
    ["Tralee GP wants me to have an ultrasound", "CITY:Tralee"],
    ["leeds walk in centre said it was a sprain", "CITY:leeds"],
    ["We live in Flushing, Queens now", "CITY:Queens"],
    ["Vivo en Calle Olmo 5, 2ºA, en Getafe", "ADDRESS:Calle Olmo 5, 2ºA"]
  ])("should find the place in %j", (text, hit) => {
    expect(types(text)).toContain(hit);
  });

  it.each([
    ["My neighbour, who's 96, fell in the garden", "AGE:96"],
    ["mum's 70 and nan's 94, both on statins", "AGE:94"],
    ["My uncle is 80 and my grandfather 97 and both have gout", "AGE:97"],
    ["a hundred and two years old and sharp as anything", "AGE:a hundred and two years old"],
    ["Edna's ninety-four and keeps falling", "AGE:ninety-four"],
    ["mi abuela de 93 tiene la presión alta", "AGE:93"],
    ["His age (98) alone should not stop the surgery", "AGE:age (98)"],
    ["LMP 3/9 and the test is positive", "DATE:3/9"],
    ["His first fall was 2/3, the second one 2/17", "DATE:2/17"]
  ])("should find the age or date in %j", (text, hit) => {
    expect(types(text)).toContain(hit);
  });

  it("should keep clinical values, eponyms, institutions and everyday words", () => {
    expect(types("Me and my sister both got food poisoning")).toEqual([]);
    expect(types("Billing says they need my card again")).toEqual([]);
    expect(types("The Mayo Clinic guidance says 40 mg daily")).toEqual([]);
    expect(types("Boots pharmacy said they have none")).toEqual([]);
    expect(types("Hope you can help with my rash")).toEqual([]);
    expect(types("Tylenol and Advil both help my back")).toEqual([]);
    expect(types("Parkinson's levels of dopamine are low")).toEqual([]);
    expect(types("my grandfather 97 kg is too heavy to lift")).toEqual([]);
    expect(types("his pain was 6/10 the first time and 8/10 the second")).toEqual([]);
    expect(types("the first dose was 1/2 a tablet, the next one 1/4")).toEqual([]);
    expect(types("first reading was 140/90, the second one 150/95")).toEqual([]);
    expect(types("the dose is 90 mg for who's 90 kg")).not.toContain("AGE:90");
    expect(types("Dallas is a big city with good hospitals")).not.toContain("NAME:Dallas");
    expect(types("Trabajo en Córdoba y allá me hicieron la prueba")).not.toContain("NAME:allá");
    expect(types("En Soledad, Atlántico, no hay pediatra")).not.toContain("NAME:Atlántico");
  });
});

// Doctors' answers name medicines in lists and after "a medication called": the output guard must not
// redact them as people (ChatDoctor answers: 1.8% had a span redacted, mostly medicines; now 0.7%).
describe("PHI: medicine names in answers", () => {
  const pipeline = new SafetyPipeline();
  const names = (text: string) => pipeline.checkInputSync(text).phi.filter((p) => p.type === "NAME").map((p) => p.text);

  it("should keep medicines, dosage forms and conditions named in an answer", () => {
    expect(names("I will start you on a medication called Ropinirole, and a cream called Becaplermin Topical for the ulcer.")).toEqual([]);
    expect(names("Try Mupirocin Topical, Collagenase Topical and Silver Nitrate Topical on the wound.")).toEqual([]);
    expect(names("For haemophilia you may need Factor VIII or Factor IX, and Epoetin Alfa for the anaemia.")).toEqual([]);
    expect(names("Take Flecainide and Isosorbide Mononitrate, and Disopyramide if the rhythm comes back.")).toEqual([]);
    expect(names("You likely have Gout; Indomethacin will help the pain.")).toEqual([]);
  });

  it("should still find people named the same ways", () => {
    expect(names("The nurse called Priya will ring you tomorrow.")).toEqual(["Priya"]);
    expect(names("We saw a doctor named Okonkwo at the clinic.")).toEqual(["Okonkwo"]);
    expect(names("Olamide will bring Temitope for her shots.")).toEqual(["Olamide", "Temitope"]);
  });
});

describe("PHI: licence numbers", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should redact licence numbers after more cues and in digit groups", () => {
    expect(spans("DL# T441-2290-7731, renewing next month")).toEqual(["LICENSE:T441-2290-7731"]);
    expect(spans("NY DL K4432198 was in her purse")).toEqual(["LICENSE:K4432198"]);
    expect(spans("licence no. 5521 908 3317")).toEqual(["LICENSE:5521 908 3317"]);
    expect(spans("her nursing license RN 662019 is from Ohio")).toEqual(["LICENSE:RN 662019"]);
    expect(spans("my GMC number 7034512")).toEqual(["LICENSE:7034512"]);
    expect(spans("mi licencia de conducir 33219870-K")).toEqual(["LICENSE:33219870-K"]);
  });

  it("should keep doses, years and counts next to the word licence", () => {
    expect(spans("my license expired in 2019 and I take 20 mg")).toEqual([]);
    expect(spans("driving licence suspended after a seizure 2 weeks ago, on Keppra 500 mg")).toEqual([]);
  });
});

describe("PHI: plan, billing, record, device, licence and vehicle numbers after more cues (phi-m)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should redact plan numbers after an insurer's name or a plan word", () => {
    expect(spans("my Aetna ID is K55120934, can they cover the inhaler?")).toEqual(["HEALTH_PLAN:K55120934"]);
    expect(spans("Blue Shield member # 330-5518-27 for my son")).toEqual(["HEALTH_PLAN:330-5518-27"]);
    expect(spans("membership number 62 519 004, extras cover")).toEqual(["HEALTH_PLAN:62 519 004"]);
    expect(spans("ins ID QRT-55120987, grp 7730-AB, calling about the refill")).toEqual(["HEALTH_PLAN:QRT-55120987", "HEALTH_PLAN:7730-AB"]);
    expect(spans("my policy no. is H/330211/02/2023/004417 for the cataract surgery")).toEqual(["HEALTH_PLAN:H/330211/02/2023/004417"]);
    expect(spans("Mi número de identificación de miembro es 7700552198, ¿cubren la consulta?")).toEqual(["HEALTH_PLAN:7700552198"]);
    expect(spans("el número de póliza con Sanitas es 4401-118-2290")).toEqual(["HEALTH_PLAN:4401-118-2290"]);
  });

  it("should redact billing, record and device numbers after more cues", () => {
    expect(spans("Claim ref CLX5520193 was returned unpaid")).toEqual(["ACCOUNT:CLX5520193"]);
    expect(spans("invoice no. KH/IP/24-25/55102 for the admission")).toEqual(["ACCOUNT:KH/IP/24-25/55102"]);
    expect(spans("el número de factura es B-2023-55120")).toEqual(["ACCOUNT:B-2023-55120"]);
    expect(spans("UHID 2022/118734, admitted with fever")).toEqual(["MRN:2022/118734"]);
    expect(spans("My PHN is 4412 887 302, booking a scan")).toEqual(["HEALTH_PLAN:4412 887 302"]);
    expect(spans("hosp no: K551203, allergic to latex")).toEqual(["MRN:K551203"]);
    expect(spans("el número de serie es 5520B1177, el audífono no suena")).toEqual(["DEVICE:5520B1177"]);
    expect(spans("loop recorder S/N PLK 551203 Q, no events")).toEqual(["DEVICE:PLK 551203 Q"]);
  });

  it("should redact licences and plates after more cues", () => {
    expect(spans("my driver's license for the form, it's W5512093 (Texas)")).toEqual(["LICENSE:W5512093"]);
    expect(spans("Quebec DL K5512-33018-44 renewed")).toEqual(["LICENSE:K5512-33018-44"]);
    expect(spans("pharmacist GPhC registration 2055183 checked it")).toEqual(["LICENSE:2055183"]);
    expect(spans("vehicle reg KP68 WZN in the disabled bay")).toEqual(["VEHICLE:KP68 WZN"]);
    expect(spans("car with placas XYZ-55-21 outside")).toEqual(["VEHICLE:XYZ-55-21"]);
    expect(spans("rego 2XYZ551 in the car park")).toEqual(["VEHICLE:2XYZ551"]);
  });

  it("should keep codes, doses, lab values and plan words without a number", () => {
    expect(spans("Is ICD-10 E11.65 billed with CPT 99214 on the claim?")).toEqual([]);
    expect(spans("The claim for 99213 was denied, can I bill 99214 instead?")).toEqual([]);
    expect(spans("NDC 0002-8215-01 for my insulin, member since 2019")).toEqual([]);
    expect(spans("BIN 004336 PCN ADV on the sticky note")).toEqual([]);
    expect(spans("Aetna covers 3 visits, Cigna is 20 per year")).toEqual([]);
    expect(spans("policy is to recheck potassium 4.8 in 2 weeks")).toEqual([]);
    expect(spans("my pump delivers 0.8 units per hour basal")).toEqual([]);
    expect(spans("reference range 30-400 ng/mL, mine is 18")).toEqual([]);
    expect(spans("Hb 11.2, Platelets 180000, WBC 7.4")).toEqual([]);
    expect(spans("growth plate C5-6 on the film, reg 2 tablets daily")).toEqual([]);
  });

  it("should not take insurers, regulators or weekdays for people", () => {
    expect(spans("Mi seguro es Molina y me cobraron la receta")).toEqual([]);
    expect(spans("dialysis runs Mon/Wed/Fri, 4 hours")).toEqual([]);
  });
});

describe("PHI redaction: self-introductions, relatives without 'my', regulator and scheme numbers (phi-n)", () => {
  const spans = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it.each([
    ["hey, femi here. dad's chest feels tight since lunch", "NAME:femi"],
    ["hello its oksana, my little one has a rash", "NAME:oksana"],
    ["this is yusuf, the pharmacist said to ask you", "NAME:yusuf"],
    ["hi doc it's me, Tendai from the dialysis unit", "NAME:Tendai"],
    ["sister amara has had a fever for two days", "NAME:amara"],
    ["grandson obinna needs his inhaler refilled", "NAME:obinna"],
    ["Hunter said his ear hurts when he lies down", "NAME:Hunter"],
    ["Willow fell off the slide and her wrist is swollen", "NAME:Willow"],
    ["Aroha's due date is soon and she has swollen ankles", "NAME:Aroha"],
    ["can you tell me when daisy's next jab is", "NAME:daisy"],
    ["Please ask Mdm Lim Bee Hoon to come in fasting", "NAME:Lim Bee Hoon"],
    ["Mr. Boateng's wife Akosua phoned about his tablets", "NAME:Akosua"],
    ["appt for seo-yeon on friday with the dentist", "NAME:seo-yeon"]
  ])("should find the person in %j", (text, hit) => {
    expect(spans(text)).toContain(hit);
  });

  it("should find regulator, scheme, record and phone numbers and day-only dates", () => {
    expect(spans("Prescriber DEA no. is FT7712093 for the codeine")).toContain("LICENSE:FT7712093");
    expect(spans("Dr Dlamini, HPCSA reg MP 0712345, will sign")).toContain("LICENSE:MP 0712345");
    expect(spans("PhilHealth number 03-987654321-1 was declined")).toContain("HEALTH_PLAN:03-987654321-1");
    expect(spans("My NHIS card no. 1122 3344 5566 is on file")).toContain("HEALTH_PLAN:1122 3344 5566");
    expect(spans("UR number 7712001 on the wristband")).toContain("MRN:7712001");
    expect(spans("call my uncle on 07031234567 if no answer")).toContain("PHONE:07031234567");
    expect(spans("bloods taken 9/14 showed low iron")).toContain("DATE:9/14");
    expect(spans("flu shot scheduled for the 21st at the pharmacy")).toContain("DATE:the 21st");
    expect(spans("Auntie Vera is 96 and still gardens")).toContain("AGE:96");
    expect(spans("plan subscriber DOB 04/11/1961 attached")).toContain("DATE:04/11/1961");
  });

  it("should keep bare months, drug makers, everyday words and doses", () => {
    expect(spans("I have my finals in May and a wedding in August")).toEqual([]);
    expect(spans("Are ticks still active in October?")).toEqual([]);
    expect(spans("Eli Lilly says the pens are back in stock")).toEqual([]);
    expect(spans("it's fine, just a bit sore")).toEqual([]);
    expect(spans("hi, new here. is 20 mg of citalopram a lot?")).toEqual([]);
    expect(spans("my son will be fine, he has a cold")).toEqual([]);
    expect(spans("baby has had 5 wet nappies today")).toEqual([]);
    expect(spans("Reading here, it says to take it with food")).toEqual([]);
    expect(spans("Happy 60th birthday to me, BP 130/85")).toEqual([]);
  });
});

describe("PHI: care-team shorthand, identifiers of other countries and clinical look-alikes (phi-p)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should keep a SURNAME, Given name whole in lists, tables and theatre lists", () => {
    expect(spans("Theatre list: 1 — OKAFOR, Chiamaka Grace (lap chole) 2 — Lindgren, Matti (hernia)")).toEqual(["NAME:OKAFOR, Chiamaka Grace", "NAME:Lindgren, Matti"]);
    expect(spans("| 14:20 | Haddad, Rami | Na | 121 |")).toContain("NAME:Haddad, Rami");
  });

  it("should find national numbers of other countries after their labels", () => {
    expect(spans("Pt Sigrid Halvorsen, personnummer 19480211-4417, DNI 39281746L on the old form")).toEqual(
      expect.arrayContaining(["SSN:19480211-4417", "SSN:39281746L"])
    );
    expect(spans("Aadhaar 5512 8830 4421 and NRIC T0412345J were scanned")).toEqual(["SSN:5512 8830 4421", "SSN:T0412345J"]);
  });

  it("should find plan, record, encounter, licence, plate and login identifiers in other wordings", () => {
    expect(spans("Medicaid ID for him is 77120934A per the front desk")).toContain("HEALTH_PLAN:77120934A");
    expect(spans("CPSO #104422 and PWZ 5512093 on the referral")).toEqual(["LICENSE:104422", "LICENSE:PWZ 5512093"]);
    expect(spans("her scooter reg LK 19 WXP was towed")).toContain("VEHICLE:LK 19 WXP");
    expect(spans("Encounter no. ENC0092817 for the ED stay")).toContain("ACCOUNT:ENC0092817");
    expect(spans("audit: 2025-01-09 08:14 user=tbarker opened chart MRN=00442197")).toEqual(expect.arrayContaining(["NAME:tbarker", "MRN:00442197"]));
    expect(spans("PID|1||HX447120^^^HOSP||OKORO^ADAEZE||19510307|F")).toEqual(["MRN:HX447120", "NAME:OKORO^ADAEZE", "DATE:19510307"]);
  });

  it("should find phone and fax shapes of other countries, short dates after a stay's events, and foreign address lines", () => {
    expect(spans("Fax (02) 9555 1234 or ring 06 23 45 67 89")).toEqual(["FAX:(02) 9555 1234", "PHONE:06 23 45 67 89"]);
    expect(spans("adm 7/3 with sepsis, line out 9/3")).toEqual(["DATE:7/3", "DATE:9/3"]);
    expect(spans("Patient lives at 12 Heol Gwyn, Llanelli SA15 3PQ")).toEqual(["ADDRESS:12 Heol Gwyn", "CITY:Llanelli", "ZIP:SA15 3PQ"]);
    expect(spans("new address 7 Kirkegade, Aarhus 8000")).toEqual(expect.arrayContaining(["ADDRESS:7 Kirkegade", "CITY:Aarhus", "ZIP:8000"]));
  });

  it("should keep scores, stagings, eponyms, makers, acronyms and fractions", () => {
    expect(spans("Child-Pugh C, MELD 24")).toEqual([]);
    expect(spans("GCS 13 = E3V4M6 on arrival")).toEqual([]);
    expect(spans("pT2N0M0 adenocarcinoma")).toEqual([]);
    expect(spans("Vit D 22, Vit B12 180")).toEqual([]);
    expect(spans("Boston Sci Accolade pacemaker, Abbott Assurity ICD")).toEqual([]);
    expect(spans("Tinel's +ve, Phalen's -ve")).toEqual([]);
    expect(spans("NIV started at IPAP 14")).toEqual([]);
    expect(spans("Reg pls review bed 4")).toEqual([]);
    expect(spans("power 4/5 for 3/7, GCS 14/15")).toEqual([]);
    expect(spans("trekking at 4800 metres in Nepal, 4800 meter")).toEqual([]);
  });

  it("should still find people who share a word with a maker, an eponym or a log label", () => {
    expect(spans("Mrs Bell's catheter changed")).toContain("NAME:Bell");
    expect(spans("Dr. Smith signed the chart")).toContain("NAME:Smith");
    expect(spans("user: hello there")).toEqual([]);
    expect(spans("Cheers, Tom")).toEqual(["NAME:Tom"]);
  });

  it("should not take a vocative, a language or a bracketed second name for a town", () => {
    expect(spans("see you at the clinic, Bongani.")).not.toContain("CITY:Bongani");
    expect(spans("Ms Kaur, 34, Punjabi-speaking, needs interpreter")).toEqual(["NAME:Kaur"]);
    expect(spans("Dr Ana (Maria) will cover")).not.toContain("CITY:Maria");
    expect(spans("Dr Obiora's surgery, Nnewi")).toContain("CITY:Nnewi");
    expect(spans("Dr Kim (Seoul) called")).toContain("CITY:Seoul");
  });
});

describe("PHI redaction: labels set apart from their numbers, more countries' numbers and calendars, names and towns in new frames", () => {
  const spansOf = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should find a number whose label stands a few words away", () => {
    expect(spansOf("the oxygen concentrator's serial number on the side reads OC7-55120-B")).toContain("DEVICE:OC7-55120-B");
    expect(spansOf("my account with the pharmacy is PHX-448120, they overcharged me")).toContain("ACCOUNT:PHX-448120");
    expect(spansOf("his file number at St Luke's is SLK-220981")).toContain("MRN:SLK-220981");
    expect(spansOf("Member ID for Cigna: CGX7712904455, can you check cover")).toContain("HEALTH_PLAN:CGX7712904455");
    expect(spansOf("Versicherungsnummer M209331847 liegt bei")).toContain("HEALTH_PLAN:M209331847");
    expect(spansOf("the insurer wants the reference KLM-44120-7 on the claim")).toContain("ACCOUNT:KLM-44120-7");
    expect(spansOf("scan at the imaging centre, ref number RAD 551-2201")).toContain("MRN:RAD 551-2201");
  });

  it("should find national numbers, plates and phones of more countries", () => {
    expect(spansOf("my SIN is 130 692 544 if the pharmacy asks")).toContain("SSN:130 692 544");
    expect(spansOf("PPS number 7654321WA for the medical card")).toContain("SSN:7654321WA");
    expect(spansOf("Patient: Sipho Mokoena, ID 9202204720082")).toContain("SSN:9202204720082");
    expect(spansOf("van plate for the disabled bay is KDL 4471")).toContain("VEHICLE:KDL 4471");
    expect(spansOf("ring my son on 99820 41177 after 6")).toContain("PHONE:99820 41177");
    expect(spansOf("the surgery's fax is 03 9555 2284")).toContain("FAX:03 9555 2284");
    expect(spansOf("results are on 203.0.113.40/portal/labs today")).toContain("URL:203.0.113.40/portal/labs");
    expect(spansOf("the monitor sits on 10.0.0.4/24 at home")).toContain("IP:10.0.0.4");
  });

  it("should find dates of other calendars, ranges and day-month shapes", () => {
    expect(spansOf("he was born on 9 Shahrivar, can he fast")).toContain("DATE:9 Shahrivar");
    expect(spansOf("surgery was on 12 Dhul-Hijjah, stitches still in")).toContain("DATE:12 Dhul-Hijjah");
    expect(spansOf("I fast in Ramadan, can I take metformin at night")).toEqual([]);
    expect(spansOf("we are away 4 to 18 August, can I get two months of insulin")).toContain("DATE:4 to 18 August");
    expect(spansOf("ultrasound on 23.04 at the maternity unit")).toContain("DATE:23.04");
    expect(spansOf("physio changed to 6/19 at 3pm")).toContain("DATE:6/19");
    expect(spansOf("the dentist is tomorrow the 21st")).toContain("DATE:the 21st");
    expect(spansOf("the loan monitor was returned to the clinic 8/3")).toContain("DATE:8/3");
    expect(spansOf("leg strength returned to 5/5")).toEqual([]);
    expect(spansOf("please move Jonas Berg from Friday 7 March")).toContain("DATE:Friday 7 March");
    expect(spansOf("Aunt Rosa, 94 anos, lives alone")).toContain("AGE:94 anos");
    expect(spansOf("my grandmother is very frail, about 97 now")).toContain("AGE:97");
  });

  it("should find people in new frames", () => {
    expect(spansOf("can Dr Faleolo phone me back")).toContain("NAME:Faleolo");
    expect(spansOf("hi this is um bridget okafor, about my results")).toContain("NAME:bridget okafor");
    expect(spansOf("please remind maximilian his inhaler is due")).toContain("NAME:maximilian");
    expect(spansOf("send it to my cousin priyanka, she handles my forms")).toContain("NAME:priyanka");
    expect(spansOf("Husband is Tavita, he drives me to dialysis")).toContain("NAME:Tavita");
    expect(spansOf("Student: Oluwaseun Bello, asthma plan attached")).toContain("NAME:Oluwaseun Bello");
    expect(spansOf("the portal says user is mgarcia77 but I forgot the password")).toContain("NAME:mgarcia77");
    expect(spansOf("Hi it's Yusuf bin Salleh, about my knee")).toContain("NAME:Yusuf bin Salleh");
    expect(spansOf("this is Choi Min-jun, my blood sugar is 14")).toContain("NAME:Choi Min-jun");
  });

  it("should find towns in new frames and postcodes before the town", () => {
    expect(spansOf("Mele here from Mangere, mum's sugar is high")).toContain("CITY:Mangere");
    expect(spansOf("the clinic in Kelowna BC lost my referral")).toContain("CITY:Kelowna");
    expect(spansOf("we drove through Tamworth on the way and he got worse")).toContain("CITY:Tamworth");
    expect(spansOf("please send it to the Toowoomba office")).toContain("CITY:Toowoomba");
    expect(spansOf("wohnhaft in 50667 Köln, bitte Rückruf")).toEqual(expect.arrayContaining(["ZIP:50667", "CITY:Köln"]));
    expect(spansOf("they took him to st vincent's in dublin last night")).toContain("CITY:dublin");
  });

  it("should leave eponyms, services, products, opening months and look-alike numbers alone", () => {
    expect(spansOf("Sjögren's makes my mouth so dry at night")).toEqual([]);
    expect(spansOf("my son has Osgood-Schlatter in both knees")).toEqual([]);
    expect(spansOf("Hope this is the right place to ask about statins")).toEqual([]);
    expect(spansOf("the Merlin@home box keeps flashing orange")).toEqual([]);
    expect(spansOf("her Plunket nurse said the weight gain is fine")).toEqual([]);
    expect(spansOf("is the pharmacy open in December on weekends?")).toEqual([]);
    expect(spansOf("my record is 120/80 most mornings")).toEqual([]);
    expect(spansOf("strength 5/5 in both legs at 10:30 check")).not.toContain("DATE:5/5");
    expect(spansOf("she is 91 and can't drive anymore")).not.toEqual(expect.arrayContaining([expect.stringMatching(/^ADDRESS/)]));
    expect(spansOf("temp around 99 since the morning, dad is worried")).toEqual([]);
    expect(spansOf("my mother is 85 and walked about 100 metres today")).toEqual([]);
    expect(spansOf("Patient: Diabetic Male, 54")).toEqual([]);
    expect(spansOf("Dr Google says it is nothing")).toEqual([]);
    expect(spansOf("Quebec RAMQ card LAVM 5512 0934 attached")).toContain("HEALTH_PLAN:LAVM 5512 0934");
    expect(spansOf("I hope that you can help, my plan is 2000 calories")).toEqual([]);
    expect(spansOf("call back tomorrow please")).toEqual([]);
    expect(spansOf("the 91 bus to the hospital")).toEqual([]);
  });
});

describe("PHI redaction: identifiers and names from other countries (phi-r)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should find national identity numbers by their name and by their shape", () => {
    expect(spans("my NIR is 1 85 03 75 116 042 17, I need a new prescription")).toContain("SSN:1 85 03 75 116 042 17");
    expect(spans("her resident registration number is 850314-2345678 and she is wheezing")).toContain("SSN:850314-2345678");
    expect(spans("IC no: 900215-14-5566, cough for two weeks")).toContain("SSN:900215-14-5566");
    expect(spans("MyKad 770523-08-1234 for the follow-up")).toContain("SSN:770523-08-1234");
    expect(spans("RRN 881201-1234567 registered at the desk")).toContain("SSN:881201-1234567");
    expect(spans("PAN ABCDE1234F on the claim form")).toContain("SSN:ABCDE1234F");
    expect(spans("codice fiscale RSSMRA85T10A562S, febbre da ieri")).toContain("SSN:RSSMRA85T10A562S");
    expect(spans("CPF 123.456.789-09, dor de cabeça")).toContain("SSN:123.456.789-09");
    expect(spans("the Emirates ID is 784-1985-1234567-1")).toContain("SSN:784-1985-1234567-1");
    expect(spans("CNIC 35202-1234567-1, fever three days")).toContain("SSN:35202-1234567-1");
    expect(spans("NIK 3171234567890001 demam tinggi")).toContain("SSN:3171234567890001");
    expect(spans("citizen ID 110105198503142345 on file")).toContain("SSN:110105198503142345");
    expect(spans("Mon numéro d'assurance sociale est 046 454 286")).toContain("SSN:046 454 286");
  });

  it("should type health-service numbers as records and insurance numbers as plans", () => {
    expect(spans("Seen today, H&C number 320 442 1187, stable")).toContain("MRN:320 442 1187");
    expect(spans("NHI ZAC5361 admitted overnight")).toContain("MRN:ZAC5361");
    expect(spans("his health card 1234-567-890-AB was declined")).toContain("HEALTH_PLAN:1234-567-890-AB");
    expect(spans("policy Laya-553201-17 covers the scan")).toContain("HEALTH_PLAN:Laya-553201-17");
    expect(spans("PhilHealth 12-345678901-2, fever")).toContain("HEALTH_PLAN:12-345678901-2");
  });

  it("should keep a register's name with the licence number after it", () => {
    expect(spans("signed by Dr Quinn (IMC 402118) today")).toContain("LICENSE:IMC 402118");
    expect(spans("GMC: 7012345 on the letterhead")).toContain("LICENSE:GMC: 7012345");
    expect(spans("GMC number 7012345 on the letterhead")).toContain("LICENSE:7012345");
  });

  it("should find names with particles, in Vietnamese order and in lower case after a record label", () => {
    expect(spans("the patient Wilhelmina van der Linde, seen in clinic")).toContain("NAME:Wilhelmina van der Linde");
    expect(spans("name Pham Thi Mai, contact on file")).toContain("NAME:Pham Thi Mai");
    expect(spans("Le Van Hung from Hue called about his sugar")).toContain("NAME:Le Van Hung");
    expect(spans("pt: joanna kowalczyk, dob 3/4/61, ?PE")).toContain("NAME:joanna kowalczyk");
    expect(spans("missed call from oluwadamilare - please ring back")).toContain("NAME:oluwadamilare");
  });

  it("should find places after postcodes, living-place labels and in Vietnamese, and street-first addresses", () => {
    expect(spans("postcode E8 1DY (Hackney) - ?sepsis")).toContain("CITY:Hackney");
    expect(spans("Wohnort Freiburg, Diagnose Pneumonie")).toContain("CITY:Freiburg");
    expect(spans("Địa chỉ: Quận 7, sốt cao")).toContain("CITY:Quận 7");
    expect(spans("vive en Paseo de la Castellana 89, 4º A, Madrid")).toContain("ADDRESS:Paseo de la Castellana 89, 4º A");
    expect(spans("moro na Rua das Flores 22 com a minha mãe")).toContain("ADDRESS:Rua das Flores 22");
  });

  it("should take an ordinal day after a scheduling word as a date, but not a floor, week or dose", () => {
    expect(spans("the clinic pushed it back to the 21st, is that ok")).toContain("DATE:the 21st");
    expect(spans("the ward is on the 3rd floor")).toEqual([]);
    expect(spans("this is the 2nd week of antibiotics and the 3rd dose is due")).toEqual([]);
  });

  it("should leave look-alike numbers and words alone", () => {
    expect(spans("Hb 9.8, platelets 42 000, sodium 129, BNP 2100")).toEqual([]);
    expect(spans("Batch 07/11 of the vaccine was recalled")).toEqual([]);
    expect(spans("Hosp No: H771203")).not.toContain("NAME:Hosp No");
    expect(spans("my IC was 12 mm on the scan")).toEqual([]);
    expect(spans("room 1204, bed 6, ward 7B")).toEqual([]);
    expect(spans("born in 1985, diagnosed in 2019, dose 2 of 3")).toEqual([]);
    expect(spans("Paget's disease and Le Fort fracture from a fall")).toEqual([]);
    expect(spans("the unit 1234567 alarm keeps beeping")).not.toContain("MRN:1234567");
    expect(spans("NHS 111 told us to go to A&E")).not.toContain("SSN:111");
  });
});

describe("PHI names of many cultures (phi-u cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should find a name after a kinship or household word of another language, and drop the word alone", () => {
    expect(spans("my nonno, Giacomo Te Huia, has a new cough")).toContain("NAME:Giacomo Te Huia");
    expect(spans("our housekeeper Wanjiru has a fever since Monday")).toContain("NAME:Wanjiru");
    expect(spans("halmeoni (Sunja) fell on the stairs")).toContain("NAME:Sunja");
    expect(spans("Priyanka didi has a thyroid problem")).toContain("NAME:Priyanka");
    expect(spans("please look at Baba's foot ulcer")).toEqual([]);
    expect(spans("my amma's ankles are swollen")).toEqual([]);
  });

  it("should find the owner of a clinical thing, a name in reported speech and a name with an age in brackets", () => {
    expect(spans("is Kagiso's viral load still high?")).toContain("NAME:Kagiso");
    expect(spans("the nurse said Oyelaran has mild anaemia")).toContain("NAME:Oyelaran");
    expect(spans("Both kids need shots: Mekdes (9) and Yonas (6).")).toContain("NAME:Mekdes");
    expect(spans("Sjögren's dry eyes are worse")).toEqual([]);
    expect(spans("St Kizito's clinic changed my dressing")).not.toContain("NAME:Kizito");
    expect(spans("can he use his brothers CPAP mask?")).toEqual([]);
  });

  it("should read names written in capitals, in lower case and in their own script", () => {
    expect(spans("OKSANA MELNYK IS MY MOTHER SHE HAS A HIGH FEVER")).toContain("NAME:OKSANA MELNYK");
    expect(spans("zhenghao has a rash all over his arms")).toContain("NAME:zhenghao");
    expect(spans("my aunt Chen Xiulan (陈秀兰) is dizzy")).toContain("NAME:陈秀兰");
    expect(spans("COPD HAS GOT WORSE THIS WINTER")).toEqual([]);
    expect(spans("bday is 1/17/88, update my allergies")).not.toContain("NAME:bday");
  });

  it("should make abbreviated and particle names whole, and keep a phone after 'my number is'", () => {
    expect(spans("Md. Rafiqul Islam has gout again")).toContain("NAME:Md. Rafiqul Islam");
    expect(spans("Dr. St. John said my ferritin is low")).toContain("NAME:St. John");
    expect(spans("my number is 917-555-0199, please call")).toContain("PHONE:917-555-0199");
    expect(spans("Grandpa (Ezekiel Mensah) is 93 and on eight pills")).toContain("AGE:93");
    expect(spans("Grandpa (Ezekiel Mensah) is 73 and on eight pills")).not.toContain("AGE:73");
  });
});

describe("PHI numbers and codes written many ways (phi-w cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should find the last four of a social security number, spaced digits and a UK National Insurance number", () => {
    expect(spans("to verify, the last 4 digits of his social are 6620")).toContain("SSN:6620");
    expect(spans("her SSN ends with 3019, can you find the chart")).toContain("SSN:3019");
    expect(spans("SSN is 6 0 2 - 4 4 - 1 8 7 3 sorry for the spaces")).toContain("SSN:6 0 2 - 4 4 - 1 8 7 3");
    expect(spans("National Insurance number: QQ 12 34 56 C for the sick note")).toContain("SSN:QQ 12 34 56 C");
    expect(spans("the last 4 tablets of the pack are 5 mg")).toEqual([]);
    expect(spans("I have had this cough for the last four days")).toEqual([]);
  });

  it("should read national health numbers and Medicare identifiers after their labels", () => {
    expect(spans("NHS no. 943 476 5919 — she is visiting from Leeds")).toContain("MRN:943 476 5919");
    expect(spans("HCN 4412 908 331 (Manitoba) for the bloodwork")).toContain("MRN:4412 908 331");
    expect(spans("MBI 1EG4-TE5-MK73, is the flu shot covered?")).toContain("HEALTH_PLAN:1EG4-TE5-MK73");
    expect(spans("his old HICN was 987654321A")).toContain("HEALTH_PLAN:987654321A");
    expect(spans("the NHS 111 line told me to come in").filter((x) => x.startsWith("HEALTH_PLAN"))).toEqual([]);
  });

  it("should find dotted licence codes, extra serials and device codes, and leave model names alone", () => {
    expect(spans("pharmacist lic. PH.0087731 on file")).toContain("LICENSE:PH.0087731");
    expect(spans("pump serial 4410287, 4410295 for the spare")).toContain("DEVICE:4410295");
    expect(spans("the sensor 8HK2PQ keeps losing signal")).toContain("DEVICE:8HK2PQ");
    expect(spans("my sensor G7 keeps losing signal after 8 days")).not.toContain("DEVICE:G7");
    expect(spans("the 780G pump alarms at night")).toEqual([]);
  });

  it("should find ages over 89 said in words, in brackets, after a kinship word and with 'too old'", () => {
    expect(spans("Ninety-six yo female with a hip fracture")).toContain("AGE:Ninety-six");
    expect(spans("grandfather, ninety-two, is more confused today")).toContain("AGE:ninety-two");
    expect(spans("my uncle (94!) still drives")).toContain("AGE:94");
    expect(spans("is 91 too old for cataract surgery?")).toContain("AGE:91");
    expect(spans("my uncle (64!) still drives")).not.toContain("AGE:64");
    expect(spans("she is 95 mg short of her dose")).toEqual([]);
    expect(spans("some days I feel 100 years old")).toEqual([]);
    expect(spans("Winifred is one hundred and two, and sharp as ever")).toContain("AGE:one hundred and two");
    expect(spans("her temp is 100.4 and she's 98.6 this morning")).toEqual([]);
  });

  it("should keep day ranges and expiry dates whole, plates after 'tag', and drop newborn and scan placeholders", () => {
    expect(spans("off sick Mar 3-5 with flu")).toContain("DATE:Mar 3-5");
    expect(spans("my DEA registration expires 6/30")).toContain("DATE:6/30");
    expect(spans("Texas tag KLM 4R2 drove off")).toContain("VEHICLE:KLM 4R2");
    expect(spans("Baby boy Okafor, MRN 20031145")).not.toContain("NAME:Baby");
    expect(spans("the MRI tech asked about my stent")).toEqual([]);
    expect(spans("take 2 tabs 3-5 times daily")).toEqual([]);
  });
});

describe("PHI typed casually on a phone (phi-x cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should read a name after a lower-case title (the title stays outside), read a clinician's initial, and leave 'dr office' alone", () => {
    expect(spans("dr kessler said my thyroid is fine")).toContain("NAME:kessler");
    expect(spans("can mrs obi call me back")).toContain("NAME:obi");
    expect(spans("dr j (jablonski) wants another scan")).toEqual(["NAME:j", "NAME:jablonski"]);
    expect(spans("dr hill wants me off the statin")).toContain("NAME:hill");
    expect(spans("dr office said to wait")).toEqual([]);
    expect(spans("dr appt is at 3")).toEqual([]);
    expect(spans("the dr said it was fine")).toEqual([]);
  });

  it("should read a lower-case full name after a naming cue, and no word after 'pt was' or 'im'", () => {
    expect(spans("my name is tamsin greer and i need a refill")).toContain("NAME:tamsin greer");
    expect(spans("pt is gordon hale, needs bloods")).toContain("NAME:gordon hale");
    expect(spans("im marcus")).toContain("NAME:marcus");
    expect(spans("pt was seen today for a cough")).toEqual([]);
    expect(spans("im tired of this cough")).toEqual([]);
  });

  it("should read a lower-case name after a relative, and no chat word, drug or adverb there", () => {
    expect(spans("my wife dolores's inhaler ran out")).toContain("NAME:dolores");
    expect(spans("gf tanisha has a rash")).toContain("NAME:tanisha");
    expect(spans("my 5yo oliver has a rash")).toContain("NAME:oliver");
    expect(spans("my sis jen is a nurse")).toContain("NAME:jen");
    expect(spans("my bro is sick")).toEqual([]);
    expect(spans("my husband just got home")).toEqual([]);
    expect(spans("my husband kinda wants to stop")).toEqual([]);
    expect(spans("my son tylenol dose?")).toEqual([]);
    expect(spans("my daughter always gets ear infections")).toEqual([]);
    expect(spans("my mom metformin 500mg")).toEqual([]);
    expect(spans("lola ko is 98 na")).not.toContain("NAME:ko");
    expect(spans("my son mark on his arm is red")).toEqual([]);
    expect(spans("bf od'd and hes not breathing right")).toEqual([]);
    expect(spans("mi papa tiene la cara chueca")).toEqual([]);
  });

  it("should read names in brackets beside relatives, with an initial, a nickname, a partner and a front desk", () => {
    expect(spans("priscilla (my mom) fell")).toContain("NAME:priscilla");
    expect(spans("mom (gladys pruitt) is 94 and")).toEqual(["NAME:gladys pruitt", "AGE:94"]);
    expect(spans("its nadia k, need my results")).toContain("NAME:nadia k");
    expect(spans("my wife natalia (tasha) brennan is 50")).toEqual(["NAME:natalia", "NAME:tasha", "NAME:brennan"]);
    expect(spans("my kids leo and finn are sick")).toEqual(["NAME:leo", "NAME:finn"]);
    expect(spans("kira from scheduling called me")).toContain("NAME:kira");
    expect(spans("my brother dmitri volkov, dob 2/2/80")).toContain("NAME:dmitri volkov");
    expect(spans("my son (7) has a fever")).toEqual([]);
    expect(spans("my kids are sick and tired")).toEqual([]);
    expect(spans("CURP de mi mamá: LOPM480901MMCPRR07, ella tiene 75 años")).not.toContain("NAME:ella tiene");
  });

  it("should find bare phone digits after a phone word, extensions, repeats and half-remembered numbers", () => {
    expect(spans("text my mom at 6175550123 pls")).toContain("PHONE:6175550123");
    expect(spans("new cell 2125550148, old one 2125550199")).toEqual(["PHONE:2125550148", "PHONE:2125550199"]);
    expect(spans("call me at 555-0177 ext 31 during the day")).toContain("PHONE:555-0177 ext 31");
    expect(spans("ph is 555 318 x9x2 i think")).toContain("PHONE:555 318 x9x2");
    expect(spans("bp was 2125550123")).toEqual([]);
  });

  it("should find short dates after an event, weekdays with dates, holidays with years and spaced dates", () => {
    expect(spans("got my flu shot 10/3 and arm hurts")).toContain("DATE:10/3");
    expect(spans("my appendectomy was 4/19 and the scar is red")).toContain("DATE:4/19");
    expect(spans("seen sat 11/4 at urgent care")).toContain("DATE:sat 11/4");
    expect(spans("it started on tuesday the 9th lol")).toContain("DATE:tuesday the 9th");
    expect(spans("born new years day 1962")).toContain("DATE:new years day 1962");
    expect(spans("dob 3 / 14 / 1977")).toContain("DATE:3 / 14 / 1977");
    expect(spans("my dob is 5/2/81 not 5/21")).toContain("DATE:5/21");
    expect(spans("took today 1/2 tab")).toEqual([]);
    expect(spans("pain today 7/10 after the surgery")).toEqual([]);
  });

  it("should find plan, licence, record and social numbers typed casually, units and ZIPs after a street, and drop 'addy'", () => {
    expect(spans("cigna 88120455 is my card")).toContain("HEALTH_PLAN:88120455");
    expect(spans("drivers lic is K2201-554-09 if u need")).toContain("LICENSE:K2201-554-09");
    expect(spans("mrn i think its MR-0041187")).toContain("MRN:MR-0041187");
    expect(spans("ssn last 4 is 6650")).toContain("SSN:6650");
    expect(spans("addy is 77 oak ave unit 4 dayton 45402")).toEqual(["ADDRESS:77 oak ave unit 4", "CITY:dayton", "ZIP:45402"]);
    expect(spans("username is pink_lady77 and it wont load")).toContain("NAME:pink_lady77");
    expect(spans("the urgent care in tempe said it was a sprain")).toContain("CITY:tempe");
    expect(spans("the clinic in town said it was a sprain")).toEqual([]);
  });
});

describe("own review: a fraction is not a date, a hospital is not a person", () => {
  const found = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should keep '3/4 of' as a fraction and still redact a date after the same cue", () => {
    expect(found("been cutting back since 2/3 of my course was done")).toEqual([]);
    expect(found("on 1/2 of a tablet since 5/12")).toEqual(["DATE:5/12"]);
  });
  it("should not redact a hospital named for a word or saint, and still redact a person of that name", () => {
    expect(found("they moved him to Mercy Hospital last night")).toEqual([]);
    expect(found("my niece Faith was born at Mercy Hospital")).toContain("NAME:Faith");
  });
});

describe("PHI in paperwork and administration (phi-z cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("should read identifiers a short stretch after their label, in brackets, or after 'mine is', and not a code after 'for'", () => {
    expect(spans("The authorization number for her MRI is 0007712093, good for 60 days.")).toContain("ACCOUNT:0007712093");
    expect(spans("my pump's serial which is 31-88204-07 is on the back")).toContain("DEVICE:31-88204-07");
    expect(spans("Our policy (TravelGuard 5521-0937) lists a $500 deductible")).toContain("HEALTH_PLAN:5521-0937");
    expect(spans("The form wants the account number from the top right. Mine is 7720-441-803.")).toContain("ACCOUNT:7720-441-803");
    expect(spans("The denial was appealed; first level reference was APX-7742210.")).toContain("ACCOUNT:APX-7742210");
    expect(spans("Please pay check number 000912774 to the lab.")).toContain("ACCOUNT:000912774");
    expect(spans("Need a prior auth for the knee brace (L1833) asap")).toEqual([]);
    expect(spans("the reference range for platelets is 150000-450000")).toEqual([]);
    expect(spans("platelets was 145000 on the claim form")).toEqual([]);
    expect(spans("claim for the sleep study (95810) was denied CO-50")).toEqual([]);
  });

  it("should read the last four of a card, an account and a social, and leave a count of four alone", () => {
    expect(spans("paid with my Amex ending 8812 last week")).toContain("ACCOUNT:8812");
    expect(spans("the bank acct ending in 3307 bounced")).toContain("ACCOUNT:3307");
    expect(spans("guarantor social on file ending -9021, balance due")).toContain("SSN:9021");
    expect(spans("my id is my last 4 SSN, 6604")).toContain("SSN:6604");
    expect(spans("the pack ends in 4 tablets a day")).toEqual([]);
  });

  it("should read socials with dots, retyped without spaces, or corrected, and lists of numbers of one shape", () => {
    expect(spans("Her social is on the form, 418.22.7093 I think")).toContain("SSN:418.22.7093");
    expect(spans("He gave his SSN as 622 18 4410 but the portal wants 622184410")).toContain("SSN:622184410");
    expect(spans("Rx numbers are 5518273 and 5518274, please transfer both")).toEqual(["ACCOUNT:5518273", "ACCOUNT:5518274"]);
    expect(spans("Price is 2200 for 30 tabs, or 6400 for 90")).toEqual([]);
  });

  it("should read a Medicare identifier by its shape, a drug-card group, a routing and a chart number", () => {
    expect(spans("New Medicare card: 5TW2-KM8-HY31, where do I send it?")).toContain("HEALTH_PLAN:5TW2-KM8-HY31");
    expect(spans("Discount card BIN 004682, Group RXSAV7, PCN CN")).toContain("HEALTH_PLAN:RXSAV7");
    expect(spans("autopay from checking, routing 021000089")).toContain("ACCOUNT:021000089");
    expect(spans("resubmit for chart 2084413 with modifier 59")).toContain("MRN:2084413");
    expect(spans("Group B strep swab was negative on the member's chart review")).toEqual([]);
  });

  it("should date paperwork events, possessed visits, ranges, month-years and very old birth years, and leave scores alone", () => {
    expect(spans("The claim was resubmitted 6/14 and still nothing")).toContain("DATE:6/14");
    expect(spans("Why was my 8/22 visit billed twice?")).toContain("DATE:8/22");
    expect(spans("coverage dates 5/1–5/31/2025 only")).toContain("DATE:5/1");
    expect(spans("last filter replaced 09/2024 per the supplier")).toContain("DATE:09/2024");
    expect(spans("Mr. Albert Coyle, born 1929, needs a home aide")).toContain("DATE:1929");
    expect(spans("She was born 1980 in Ohio")).not.toContain("DATE:1980");
    expect(spans("MMSE 24/30 and PHQ-9 of 8")).toEqual([]);
    expect(spans("titer 1/2000 positive")).toEqual([]);
    expect(spans("it affects about 1/2000 births")).toEqual([]);
    expect(spans("insurance approved 5/8 of the visits")).toEqual([]);
    expect(spans("the insulin pen lot says exp 04/2027")).toEqual([]);
  });

  it("should read names on forms, newborns by family name and a business not as a person", () => {
    expect(spans("baby boy Oyelaran was added to the policy")).toContain("NAME:Oyelaran");
    expect(spans("Is the Kowalczyk baby covered under mom?")).toContain("NAME:Kowalczyk");
    expect(spans("calling from Brookfield Radiology about a claim")).not.toContain("NAME:Brookfield");
    expect(spans("Med transport was late again")).toEqual([]);
    expect(spans("the baby girl was born healthy")).toEqual([]);
  });

  it("should read an international number dialled with 00 and a town named twice", () => {
    expect(spans("from Spain, call me on 0034 612 448 901")).toContain("PHONE:0034 612 448 901");
    expect(spans("Move my scripts to your Prescott store. I live at 14 Gurley St, Prescott AZ 86301.")).toEqual(expect.arrayContaining(["CITY:Prescott"]));
    expect(spans("Move my scripts to your Prescott store. I live at 14 Gurley St, Prescott AZ 86301.").filter((x) => x === "CITY:Prescott")).toHaveLength(2);
    expect(spans("We camped near Lyme, CT. Could this rash be Lyme disease?")).not.toContain("CITY:Lyme disease");
    expect(spans("We camped near Lyme, CT. Could this rash be Lyme disease?").filter((x) => x === "CITY:Lyme")).toHaveLength(1);
  });
});

describe("PHI in family and friends' chat (phi-ab cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should name a caller introduced on the phone, a sender and a person's news, and leave weather and modals alone", () => {
    expect(spans("hiya it's mark calling about nana's tablets, ring me back")).toContain("NAME:mark");
    expect(spans("we had a voicemail from Joy saying the op went fine")).toContain("NAME:Joy");
    expect(spans("Grace update: discharged this afternoon, walking with a frame")).toContain("NAME:Grace");
    expect(spans("it's fine um I'll call later")).toEqual([]);
    expect(spans("this is ridiculous um why is the wait so long")).toEqual([]);
    expect(spans("hey will you pick up milk on the way home")).toEqual([]);
    expect(spans("Covid update: cases are down in the county")).toEqual([]);
    expect(spans("we got a text from Boots saying the prescription is ready")).toEqual([]);
    expect(spans("please Bill me later for the copay")).toEqual([]);
  });

  it("should name a person called or pointed out by a person noun, and not a thing that 'is' something", () => {
    expect(spans("the physio was lovely, a young man named Blessing")).toContain("NAME:Blessing");
    expect(spans("the porter who brought her down was Hunter, really kind")).toContain("NAME:Hunter");
    expect(spans("the one thing that helps is Faith, honestly")).not.toContain("NAME:Faith");
    expect(spans("she has faith in the surgeon")).toEqual([]);
  });

  it("should name word names by what a person does or owns, two people travelling, and a lower-case name after a greeting", () => {
    expect(spans("omg Ivy finally woke up and asked for her dad")).toContain("NAME:Ivy");
    expect(spans("Faith's appointment got moved to next week")).toContain("NAME:Faith");
    expect(spans("Summer and Jasper are driving up from Leeds on Friday")).toEqual(expect.arrayContaining(["NAME:Summer", "NAME:Jasper"]));
    expect(spans("hey ivy did u get the pharmacy text")).toContain("NAME:ivy");
    expect(spans("sitting in A&E w/ marisol, her ankle is huge")).toContain("NAME:marisol");
    expect(spans("Parkinson's and Alzheimer's both? his neurologist says MoCA 21")).toEqual([]);
    expect(spans("Crohn's surgery is scheduled")).toEqual([]);
    expect(spans("today's appointment was cancelled")).toEqual([]);
    expect(spans("with fluids, his pressure came up")).toEqual([]);
  });

  it("should name people after kin words and honorifics of other languages, handles, pair sign-offs and guesses in brackets", () => {
    expect(spans("my tío Beto is staying with her tonight")).toContain("NAME:Beto");
    expect(spans("Li ayi said the soup helps after the chemo")).toContain("NAME:Li");
    expect(spans("cc @tom_okafor and @j.pereira re gran's meds")).toEqual(expect.arrayContaining(["NAME:tom_okafor", "NAME:j.pereira"]));
    expect(spans("@oncall bed 12 is refusing meds again")).toEqual([]);
    expect(spans("meet @ 5 at the clinic")).toEqual([]);
    expect(spans("Love you all - Ama & Kofi")).toEqual(["NAME:Ama", "NAME:Kofi"]);
    expect(spans("(Kwame? Abena?) can someone bring his glasses")).toEqual(["NAME:Kwame", "NAME:Abena"]);
    expect(spans("Robert 'Bobby' Tate passed away on Tuesday")).toContain("NAME:Robert 'Bobby' Tate");
  });

  it("should drop kinship words, feast greetings, departments and plural age words read as identifiers", () => {
    expect(spans("Re: Dad - his new number is on the fridge")).toEqual([]);
    expect(spans("Eid Mubarak from the ward, Baba is doing better")).toEqual([]);
    expect(spans("Ông Nội is home from hospital now")).toEqual([]);
    expect(spans("she's still in resus, will update")).toEqual([]);
    expect(spans("centenarians in our village: 3")).toEqual([]);
    expect(spans("the portal emailed from no-reply@portal.example.org")).toEqual([]);
    expect(spans("Father's Day lunch at the care home is on Sunday")).not.toContain("DATE:Father's Day");
  });

  it("should read ages over 89 of a relative and at death, and leave measurements alone", () => {
    expect(spans("Nanna is 98 next week and still sharp")).toContain("AGE:98");
    expect(spans("Grandma died in her sleep at 94, surrounded by family")).toContain("AGE:94");
    expect(spans("dad is 92 kg now")).toEqual([]);
    expect(spans("his pulse is 95 today")).toEqual([]);
  });

  it("should read towns before a mosque, birthplaces, neighbourhoods, towns lived in and town endings, and not wards or people", () => {
    expect(spans("we prayed at the Dewsbury mosque after the funeral")).toContain("CITY:Dewsbury");
    expect(spans("Our gran was born 1929 in Tuam")).toContain("CITY:Tuam");
    expect(spans("Mum's back home to Sparkhill now")).toContain("CITY:Sparkhill");
    expect(spans("Auntie lives on her own in Ross-on-Wye")).toContain("CITY:Ross-on-Wye");
    expect(spans("dad's in Frome now, near my sister")).toContain("CITY:Frome");
    expect(spans("she grew up in Royal Leamington Spa")).toEqual(expect.arrayContaining([expect.stringMatching(/^CITY:.*Leamington Spa$/)]));
    expect(spans("the Methodist church does a lunch club")).toEqual([]);
    expect(spans("he's in Recovery now and doing ok")).toEqual([]);
    expect(spans("home to Mum's for dinner")).toEqual([]);
  });

  it("should read dotted dates after an event, ZIPs after their label or an address, a medical ID and a VA number", () => {
    expect(spans("his hip op on 12.09 went fine")).toContain("DATE:12.09");
    expect(spans("potassium went from 3.10 to 4.2 after the drip")).toEqual([]);
    expect(spans("zip code is 30318, not 30310")).toEqual(["ZIP:30318", "ZIP:30310"]);
    expect(spans("his new place is 410 Elm Ave 48104")).toContain("ZIP:48104");
    expect(spans("MEDICAL ID: 88-4410-233 is on his bracelet")).toContain("MRN:88-4410-233");
    expect(spans("his VA claim number is 44 120 993")).toContain("HEALTH_PLAN:44 120 993");
    expect(spans("zip it, he said, and the 10000 steps goal stands")).toEqual([]);
  });
});

describe("PHI in clinicians' notes and staff messages (phi-ac cues)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("should read the surname-first shape of charts and headers, and not a comma list of acronyms", () => {
    expect(spans("Specimen label: OKONKWO, CHIDI B | collected 0600")).toContain("NAME:OKONKWO, CHIDI B");
    expect(spans("Referred by: BRANDT, Sofia E. for a second opinion")).toContain("NAME:BRANDT, Sofia E.");
    expect(spans("Attending: SCHULTZ, H MD")).toContain("NAME:SCHULTZ, H");
    expect(spans("pls tidy: 'Moreau, Claire in bay 4, sats 91% on 2L'")).toContain("NAME:Moreau, Claire");
    expect(spans("PMH: COPD, CHF, HTN. On CPAP, ASA II")).toEqual([]);
    expect(spans("ECG showed STE in II, III, aVF; PCI to LAD, EF 40%")).toEqual([]);
  });

  it("should name a person by a card or ID label, a doctor with an initial, a newborn and a handoff surname", () => {
    expect(spans("Insurance card: Subscriber: MORALES TERESA, relationship self")).toContain("NAME:MORALES TERESA");
    expect(spans("unconscious, identified by license as PIOTR NOWAK, no relatives")).toContain("NAME:PIOTR NOWAK");
    expect(spans("Referring: DR. K. VASQUEZ")).toContain("NAME:K. VASQUEZ");
    expect(spans("handover: bed 7 - kowalski, 79, NOF, fasting from midnight")).toContain("NAME:kowalski");
    expect(spans("handover: bed 7 - stable, 79 on the early warning score")).toEqual([]);
    expect(spans("pt in rm 5 is waiting for the porter")).toEqual([]);
  });

  it("should read a month/day with a date's cue, and leave scores, doses and fractions alone", () => {
    expect(spans("Ward round note 9/14 0830: settled overnight")).toContain("DATE:9/14");
    expect(spans("claim for DOS 3/8 was denied")).toContain("DATE:3/8");
    expect(spans("dressing changed 6/21 and 6/23, wound clean")).toEqual(["DATE:6/21", "DATE:6/23"]);
    expect(spans("pain 7/10, power 4/5 in the left leg, take 1/2 tab at night")).toEqual([]);
    expect(spans("he rated it 8/10 this morning")).toEqual([]);
    expect(spans("placed on BiPAP 12/6 overnight")).toEqual([]);
  });

  it("should read care homes, short street suffixes, accession and encounter numbers, serials and labelled SSNs", () => {
    expect(spans("resident of Birchwood Nursing Home, found on the floor")).toContain("ADDRESS:Birchwood Nursing Home");
    expect(spans("care home called: resident at Heatherfield Lodge has a new cough")).toContain("ADDRESS:Heatherfield Lodge");
    expect(spans("he said the court date is Monday")).toEqual([]);
    expect(spans("mail it to 14 Foxglove Terr Apt 2, Albany")).toContain("ADDRESS:14 Foxglove Terr Apt 2");
    expect(spans("Accession #: 55102833 for the CT chest")).toContain("MRN:55102833");
    expect(spans("I was charged twice, ACC# 40021-8812-01 on my statement")).not.toContain("MRN:40021-8812-01");
    expect(spans("CSN 77410293381 shows the wrong attending")).toContain("MRN:77410293381");
    expect(spans("defibrillator serial no. on the card is RX8-4410932")).toContain("DEVICE:RX8-4410932");
    expect(spans("SSN copied wrong from the form: 412-88-901")).toContain("SSN:412-88-901");
    expect(spans("the VA ID 5544332211 V is on his card")).toContain("HEALTH_PLAN:5544332211 V");
  });

  it("should not read a department, a rank, a two-word brand or an operation in a theatre list as a person", () => {
    expect(spans("FAX TO: Nephrology, re: creatinine rising")).not.toContain("NAME:Nephrology");
    expect(spans("0800 Nissen fundoplication, 1000 lap appendix")).toEqual([]);
    expect(spans("LifeVest alarm went off twice overnight")).toEqual([]);
    expect(spans("my husband Col has gout again")).toContain("NAME:Col");
  });
});

describe("phi (own review): machine settings and the coma scale stay clinical", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("keeps ventilator settings and ratios changed by a verb", () => {
    expect(spans("CPAP increased to 12/8 at 0300, sats 94%")).toEqual([]);
    expect(spans("BiPAP weaned overnight to 10/5: tolerating")).toEqual([]);
    expect(spans("titrated 2/1 ratio, good response")).toEqual([]);
    expect(spans("discharged 11/14 at 1500 to her daughter's")).toContain("DATE:11/14");
  });
  it("keeps an observation charted after a bed number, and a surname with an age", () => {
    expect(spans("bed 4 sats 92, RR 22, on 2L")).toEqual([]);
    expect(spans("bay 3 - temp 38, obs 4 hourly")).toEqual([]);
    expect(spans("bed 6 smith 84F, hip fx, for theatre")).toContain("NAME:smith");
  });
  it("keeps a chart word after a labelled patient's name", () => {
    expect(spans("Pt Grace Lee BP 88/50, HR 120")).toEqual(["NAME:Grace Lee"]);
  });
  it("ends a three-word name before a lab, a scale or a brand charted with its number", () => {
    expect(spans("Pt Maria Santos PaO2 58 on 4L")).toEqual(["NAME:Maria Santos"]);
    expect(spans("pt Sarah Jane Braden 14, turn q2h")).toEqual(["NAME:Sarah Jane"]);
    expect(spans("Pt Maria Lopez Norco 5/325 q6h prn")).toEqual(["NAME:Maria Lopez"]);
    // (an unknown surname before an age and sex, or before an address, is still the name)
    expect(spans("seen: Mary Ann Zyxwick 45F, cough")).toContain("NAME:Mary Ann Zyxwick");
    expect(spans("Patient Bill Anne Morse 12 Elm St")).toContain("NAME:Bill Anne Morse");
  });
  it("reads a lower-case season after \"it's\" as the weather, and a capitalised one as a writer's name", () => {
    expect(spans("its summer here and the pollen is bad")).toEqual([]);
    expect(spans("it's winter here, my chest is tight")).toEqual([]);
    expect(spans("hi its Summer here, my son has a rash")).toEqual(["NAME:Summer"]);
    expect(spans("its grace again, the rash is back")).toEqual(["NAME:grace"]);
  });
  it("reads Glasgow before a score as the coma scale, and as a city elsewhere", () => {
    expect(spans("Glasgow 8/15 on arrival, intubated")).toEqual([]);
    expect(spans("Glasgow coma score 9, pupils equal")).toEqual([]);
    expect(spans("she moved from Glasgow to Leeds in the spring")).toEqual(expect.arrayContaining(["CITY:Glasgow", "CITY:Leeds"]));
  });
});

describe("PHI in informal chat by patients and families (phi-ae cues)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("finds a nickname given by a cue, and its other mentions", () => {
    const s = spans("my uncle Reginald, aka Moose, fell off a ladder. Moose says his wrist is swollen");
    expect(s).toContain("NAME:Moose");
    expect(s.filter((x) => x === "NAME:Moose")).toHaveLength(2);
    expect(spans("she always calls him back within the hour, he's 50")).toEqual([]);
    expect(spans("this sounds like a skin condition known as Melasma, also known as PUPPP")).toEqual([]);
  });
  it("finds a name before whom it names in brackets, and a relative's pet name with the given name", () => {
    expect(spans("Shorty (my older brother) has a cough for 3 weeks")).toContain("NAME:Shorty");
    expect(spans("auntie bee (beatrice) keeps falling at night")).toEqual(expect.arrayContaining(["NAME:bee", "NAME:beatrice"]));
    expect(spans("tatay (my dad) has gout again")).toEqual([]);
    expect(spans("hun's (my husband Raj) knee is swollen")).not.toContain("NAME:hun");
  });
  it("finds a name followed by who it is, and a child who is otherwise fine", () => {
    expect(spans("Priscilla, my 6 year old, has a rash on her arms")).toContain("NAME:Priscilla");
    expect(spans("Priscilla, my neighbour says it is eczema")).not.toContain("NAME:neighbour");
    expect(spans("small bump on her wrist since monday. Zuri is otherwise fine")).toContain("NAME:Zuri");
    expect(spans("He is otherwise fine, just tired")).toEqual([]);
  });
  it("finds friends by name, a nickname from work and a doctor by an initial", () => {
    expect(spans("my pal Declan's knee popped at five-a-side")).toContain("NAME:Declan");
    expect(spans("my mates Rory and Bugsy both got food poisoning")).toEqual(expect.arrayContaining(["NAME:Rory", "NAME:Bugsy"]));
    expect(spans("little steve from church says zinc helps colds")).toContain("NAME:little steve");
    expect(spans("a guy from work said to try zinc")).toEqual([]);
    expect(spans("Dr M at the surgery gave me naproxen 500mg")).toContain("NAME:M");
    expect(spans("Dr I think said to take it with food")).toEqual([]);
  });
  it("finds a month's name owning a child's thing, not a month's", () => {
    expect(spans("June's eczema cream ran out, she scratches all night")).toContain("NAME:June");
    expect(spans("June's heatwave made my hay fever worse")).not.toContain("NAME:June");
  });
  it("keeps public figures, royal titles, shows, pets and seasons out", () => {
    expect(spans("Saw that Tom Hanks has diabetes. Can you reverse type 2?")).toEqual([]);
    expect(spans("watching a Rosa Parks documentary and my chest hurts")).toEqual([]);
    expect(spans("Dad is at the Queen Alexandra since Monday for his hip")).not.toContain("NAME:Alexandra");
    expect(spans("Binged Stranger Things all night, now my eyes are sore")).toEqual([]);
    expect(spans("Biscuit is our cocker spaniel, he's fine. I got scratched by him")).toEqual([]);
    expect(spans("Winter is coming and my eczema always flares")).toEqual([]);
    expect(spans("my wife Rosa cut her hand, deep-ish, bleeding stopped")).toEqual(["NAME:Rosa"]);
  });
  it("finds ages over 89 in a decade, in words and after a person", () => {
    expect(spans("my great aunt in her early 90s has shingles")).toContain("AGE:90s");
    expect(spans("is a hip op safe at ninety-three?")).toContain("AGE:ninety-three");
    expect(spans("she lost ninety-three pounds")).toEqual([]);
    expect(spans("grandpa Joe (we call him Gramps) is 96 and dizzy")).toContain("AGE:96");
    expect(spans("my nan lived through the blitz and is now 101")).toContain("AGE:101");
    expect(spans("my nan's pulse was 120 and is now 95")).toEqual([]);
  });
  it("finds ordinal dates with their 'the', a spoken phone number and a licence number", () => {
    expect(spans("her knee op was on the twelfth of october")).toContain("DATE:the twelfth of october");
    expect(spans("the carer never showed on the 9th as agreed")).toContain("DATE:the 9th");
    expect(spans("she's on the 3rd dose as agreed")).toEqual([]);
    expect(spans("ring me on oh one six one, four nine six, zero seven three two please")).toContain("PHONE:oh one six one, four nine six, zero seven three two");
    expect(spans("the form wants my driver's license, it's CA 558 201 994")).toContain("LICENSE:558 201 994");
    expect(spans("her nursing licence is LPN 4471920 I think")).toContain("LICENSE:LPN 4471920");
  });
});

describe("PHI in administration, billing and international forms (phi-ad cues)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("reads billing and claim numbers by their label, with letter prefixes and spaced groups", () => {
    expect(spans("The pharmacy gave me receipt nr 004471823 for the inhaler")).toContain("ACCOUNT:004471823");
    expect(spans("Payer ref: UHX-RV-7712093, please resubmit")).toContain("ACCOUNT:UHX-RV-7712093");
    expect(spans("the guarantor account on the letter is \"K11 902 4471\" I think")).toContain("ACCOUNT:K11 902 4471");
    expect(spans("the statement was 3 pages long and the invoice total 1,250 CHF")).toEqual([]);
  });
  it("reads national identity numbers as SSNs, a masked SSN and one spelt out in words", () => {
    expect(spans("Aadhaar: 3381 2290 4417, please update")).toContain("SSN:3381 2290 4417");
    expect(spans("my PESEL 85031204567 is on the referral")).toContain("SSN:85031204567");
    expect(spans("They ask for my SIN on the claim. Mine's 130 692 544, is that safe?")).toContain("SSN:130 692 544");
    expect(spans("the EOB shows ***-**-4418 at the top")).toContain("SSN:***-**-4418");
    expect(spans("her social security number is four four two, one nine, three three eight zero")).toContain("SSN:four four two, one nine, three three eight zero");
    expect(spans("Aadhaar 2094-7781-5520 is linked")).not.toContain("NAME:Aadhaar");
  });
  it("reads hospital numbers, provincial health cards and provider numbers by their labels", () => {
    expect(spans("the receipt from Chiang Mai says HN 77-104928")).toContain("MRN:77-104928");
    expect(spans("Health card (BC): 9876-543-210-KL, expires soon")).toContain("HEALTH_PLAN:9876-543-210-KL");
    expect(spans("the referring NPI 1457392810 and the group NPI 1881726354")).toEqual(["LICENSE:NPI 1457392810", "LICENSE:NPI 1881726354"]);
    expect(spans("Name | DOB | MRN\nBAKER, Jim | 1950-02-01 | 55120893")).toContain("MRN:55120893");
  });
  it("dates a visit's day and month, a list of days sharing a month and a mistyped ISO date", () => {
    expect(spans("she was seen in the ED 3/22 and 3/24 for the same rash")).toEqual(expect.arrayContaining(["DATE:3/22", "DATE:3/24"]));
    expect(spans("adm 4/9 w/ pneumonia, improving")).toContain("DATE:4/9");
    expect(spans("Sessions: 4, 11, 18 March, all attended")).toContain("DATE:4, 11, 18 March");
    expect(spans("the portal lists the jab on 2021-06-34, clearly wrong")).toContain("DATE:2021-06-34");
    expect(spans("seen by the nurse, took 1/2 tab of paracetamol")).toEqual([]);
  });
  it("reads a form's name fields in any case, a surname-first name, a nickname and a given name that is a word", () => {
    expect(spans("first name: tendai\nlast name: moyo\ndob: 2 feb 1990")).toEqual(expect.arrayContaining(["NAME:tendai", "NAME:moyo"]));
    expect(spans("Name: N/A\nDOB: unknown")).toEqual([]);
    expect(spans("Patient: stable overnight, obs normal")).toEqual([]);
    expect(spans("Billing note: patient NGO, Thi Mai paid by card")).toContain("NAME:NGO, Thi Mai");
    expect(spans("referral for Adebayo (Bayo) Ogunleye, 34, knee pain")).toContain("NAME:Adebayo (Bayo) Ogunleye");
    expect(spans("Mr. Will Barker missed his physio")).toContain("NAME:Will Barker");
  });
  it("reads a town after a hospital or a postcode, or travelled to, and leaves a bill, a serology and a law office alone", () => {
    expect(spans("Hospital: St Mary's, Sydney\nWard: 4")).toContain("CITY:Sydney");
    expect(spans("his flight home to Abuja is next week")).toContain("CITY:Abuja");
    expect(spans("Bill is 300 dollars and I can't pay")).toEqual([]);
    expect(spans("Source HIV Ab negative, HBsAg negative")).toEqual([]);
    expect(spans("records requested by Law Office, 220 Fifth Ave")).not.toContain("CITY:Law");
  });
});

describe("PHI in machine-made and structured text people paste (phi-af cues)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  it("reads a timestamp whole: its clock time, zone and weekday with the date, ISO, HL7 and access-log forms", () => {
    expect(spans("reading logged 2025-03-09 21:47:05 by the meter")).toContain("DATE:2025-03-09 21:47:05");
    expect(spans("Sent: Monday, March 2, 2026 4:05 PM\nSubject: knee")).toContain("DATE:Monday, March 2, 2026 4:05 PM");
    expect(spans("time,value\n2025-08-14T23:10:00Z,141")).toContain("DATE:2025-08-14T23:10:00Z");
    expect(spans("MSH|^~\\&|LAB|HOSP|||20250307091500||ORU^R01||P|2.5")).toContain("DATE:20250307091500");
    expect(spans("scan booked Jun-09-2026, fasting")).toContain("DATE:Jun-09-2026");
    expect(spans("9:15 PM 3/14 HR 150 while asleep")).toContain("DATE:9:15 PM 3/14");
    expect(spans("take 2 tabs at 08:00 and 20:00")).toEqual([]);
  });
  it("reads a date or phone scanned with letters for digits, and leaves a product's expiry date alone", () => {
    expect(spans("OCR of the form: DOB O7/2l/1979")).toContain("DATE:O7/2l/1979");
    expect(spans("pharmacy (312) 555-O19l called")).toContain("PHONE:(312) 555-O19l");
    expect(spans("call back re: 555-O1 order")).toEqual([]);
  });
  it("reads an identifier by its key: a serial, a record, an order or a username; not a model, REF or LOT", () => {
    expect(spans('{"pump":{"serial":"7730042","rate":"1.1 U/h"}}')).toContain("DEVICE:7730042");
    expect(spans("audit: user=x_92411 action=OPEN chart=00581234")).toContain("MRN:00581234");
    expect(spans("Accession: LB-25-0071123 collected today")).toContain("ACCOUNT:LB-25-0071123");
    expect(spans("box says REF 4410-22, LOT K2291")).toEqual([]);
  });
  it("reads names in HL7 fields and in capitals (OCR's 0 and l read back), not a drug label in capitals", () => {
    expect(spans("PID|1||55123^^^GEN^MR||FERREIRA^JOANA||19700312|F")).toContain("NAME:FERREIRA^JOANA");
    expect(spans("wristband: ROSAlIND KEMP, allergy PCN")).toContain("NAME:ROSAlIND KEMP");
    expect(spans("label: METFORMIN HCL 500 MG TAB, TAKE WITH FOOD")).toEqual([]);
  });
});

// ---- phi-ag: patients and families writing in everyday life ----
describe("PHI of families writing in everyday life (phi-ag cues)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  const redacted = (text: string): string => pipeline.checkInputSync(text).redacted;
  it("keeps an appointment's hour joined by 'at', a double-barrelled eponym and a holiday that comes round", () => {
    expect(redacted("the letter says your MRI is booked for Monday, June 8th at 2:45 PM, arrive early")).toContain("2:45 PM");
    expect(spans("the letter says your MRI is booked for Monday, June 8th at 2:45 PM, arrive early")).toContain("DATE:Monday, June 8th");
    expect(redacted("endoscopy on 11/03/2026 at 1015, nil by mouth")).toContain("1015");
    // a machine's stamp stays one date
    expect(spans("On Feb 2, 2026, at 9:12 AM, Clinic Nurse <rn@clinic.org> wrote:\n> take it with food")).toContain("DATE:Feb 2, 2026, at 9:12 AM");
    expect(spans("Recorded: Oct 4, 2026 at 11:02 PM, HR 140")).toContain("DATE:Oct 4, 2026 at 11:02 PM");
    expect(spans("the ICU nurse called his breathing Cheyne-Stokes overnight")).toEqual([]);
    expect(spans("Mrs Miller-Fisher rang about her knee")).toContain("NAME:Miller-Fisher");
    expect(spans("the rash looks like Stevens-Johnson, should we go in")).toEqual([]);
    expect(spans("Mother's Day is coming up and mum wants to eat out, she's diabetic")).toEqual([]);
    expect(spans("grandad fell on mother's day and broke his wrist")).toContain("DATE:mother's day");
  });
  it("dates CJK figures, another language's month, a month/day after an event or before a clock time", () => {
    expect(spans("the CT in Osaka was done on 2024年11月5日, report attached")).toContain("DATE:2024年11月5日");
    expect(spans("we travel to Lyon on 3 avril with his insulin")).toContain("DATE:3 avril");
    expect(spans("la cita es el 22 de mayo, what do I bring")).toContain("DATE:22 de mayo");
    expect(spans("I bought 3 mars bars for a hypo")).not.toContain("DATE:3 mars");
    expect(spans("she had a bad fall 6/14. still bruised")).toContain("DATE:6/14");
    expect(spans("text says physio 9/22 10:15am, bring shorts")).toContain("DATE:9/22");
    expect(spans("after the fall she took 1/2 tablet of her sleeping pill")).toEqual([]);
    expect(spans("pain 7/10 since the fall, took 2 paracetamol")).toEqual([]);
    expect(spans("two weeks after the accident and pain is down to 4/10")).toEqual([]);
    expect(spans("bed 2 Julio Ramos is asking for his son")).not.toContain("DATE:2 Julio");
  });
  it("reads a surname-first record line, a name said again with its surname, a Vietnamese third word and a writer's own word name", () => {
    expect(spans("Report header: 'Patient: Bishop, Laura K. DOB: 03/04/1961'")).toContain("NAME:Bishop, Laura K.");
    expect(spans("this is grant's wife. grant whitfield has been in the ICU")).toContain("NAME:grant whitfield");
    expect(spans("this is grant's wife. grant has been in the ICU")).not.toContain("NAME:grant has");
    expect(spans("my grandmother tran thi lan has a cough")).toContain("NAME:tran thi lan");
    expect(spans("hi its hope. my son has croup")).toContain("NAME:hope");
    expect(spans("hi its me. my son has croup")).toEqual([]);
    expect(spans("hey it's june. is that too early for flu jabs")).toEqual([]);
  });
  it("reads a username, a DEA number, a Medicare or health card number, a phone after calling and one's clinic number", () => {
    expect(spans("the pharmacy app username is rx.user2041 and it won't let me in")).toContain("ACCOUNT:rx.user2041");
    expect(spans("my username is fine but the password reset failed")).toEqual([]);
    expect(spans("the vet asked for the DEA number and the clinic sent AK1234563")).toContain("LICENSE:AK1234563");
    expect(spans("his new Medicare card number is 7EG4-TE5-MK73")).toContain("HEALTH_PLAN:7EG4-TE5-MK73");
    expect(spans("the ER has my health card as 1234-567-890-AB, wrong one")).toContain("HEALTH_PLAN:1234-567-890-AB");
    expect(spans("the school keeps calling me at 555-0172 about his inhaler")).toContain("PHONE:555-0172");
    expect(spans("her neighbour calls from 39 347 555 0198 when she falls")).toContain("PHONE:39 347 555 0198");
    expect(spans("he calls 3 times a day about 10 mg doses")).toEqual([]);
    expect(spans("the nurse called about the 250-1000 units range")).toEqual([]);
    expect(spans("His hospital number was 22051-7, can the GP find him?")).toContain("MRN:22051-7");
  });
  it("reads a Bengaluru address, a unit before its street, a seven-figure postcode, a branch's town, a person's town and an age after an in-law", () => {
    expect(spans("She stays at 221, 4th Main, Jayanagar, Bengaluru 560041 with us")).toContain("ADDRESS:221, 4th Main");
    expect(spans("send it to suite 210 at 44 Harbor Blvd, Boston MA 02110")).toContain("ADDRESS:suite 210 at 44 Harbor Blvd");
    expect(spans("address: Miriam Levi, 7 Herzl St, Apt 2, Netanya 4240117")).toContain("ZIP:4240117");
    expect(spans("the lab wants the sample at the Fort Worth office by Friday")).toContain("CITY:Fort Worth");
    expect(spans("please fax it to the Main office")).toEqual([]);
    expect(spans("my cousin Aurelio in Bayamón has a fever")).toContain("CITY:Bayamón");
    expect(spans("my mother-in-law, 93, keeps falling at night")).toContain("AGE:93");
    expect(spans("my mother-in-law, 67, keeps falling at night")).toEqual([]);
  });
});
// ---- end of phi-ag ----

// ---- phi-ah: clinicians' shift messages about a patient ----
describe("PHI phi-ah cues (shift messages: handover, SBAR, med rec, discharge planning)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  const redact = (text: string): string => pipeline.checkInputSync(text).redacted;

  it("reads a patient's initials after pt, never a chart acronym", () => {
    expect(spans("bed 6 update: pt MK in bed 6 spiked to 39.1, cultures sent")).toContain("NAME:MK");
    expect(spans("SBAR: pt D.L. s/p lap appy, tolerating diet")).toContain("NAME:D.L.");
    expect(spans("pt NPO since midnight for EGD, pt DNR confirmed with family")).toEqual([]);
    expect(spans("pt ID band missing, pt BP 150/90")).toEqual([]);
    expect(spans("discussed with pt AND wife, agreeable")).toEqual([]);
  });

  it("keeps an appointment's clock time out of its date, but a software stamp whole", () => {
    expect(redact("f/u hand clinic 1/9 at 14:15 please")).toBe("f/u hand clinic [DATE_1] at 14:15 please");
    expect(redact("booked for March 3, 2027 at 9:45 AM with cards")).toContain("at 9:45 AM");
    expect(spans("Recorded: Oct 8, 2026 at 11:20 PM, Device: watch")).toContain("DATE:Oct 8, 2026 at 11:20 PM");
  });

  it("dates a bare month/day after a note's dating cue or beside another such date, never a score or a setting", () => {
    expect(spans("drain pulled 11/29, f/u gen surg 12/19")).toEqual(expect.arrayContaining(["DATE:12/19"]));
    expect(spans("s/p Nissen 11/23, tolerating soft diet")).toContain("DATE:11/23");
    expect(spans("admitted 12/2, plan: f/u ortho 12/16")).toEqual(expect.arrayContaining(["DATE:12/2", "DATE:12/16"]));
    expect(spans("pain 7/10, strength 4/5 RLE, 2/2 urosepsis, 1/2 tab oxy")).toEqual([]);
    expect(spans("started on BiPAP 12/5 overnight, NIHSS 11/14 earlier")).toEqual([]);
  });

  it("finds names a shift note writes its own way, and leaves services, brands and eponymous diseases", () => {
    expect(spans("her pastor, Rev. Okonkwo, will visit at 4")).toContain("NAME:Okonkwo");
    expect(spans("call the day program (Mary-Beth at 413-555-0149) for baseline")).toContain("NAME:Mary-Beth");
    expect(spans("insurance card lists her maiden name (Abernathy-Cole)")).toContain("NAME:Abernathy-Cole");
    expect(spans("Neuro wants MRI first; Derm signed off")).toEqual([]);
    expect(spans("can I give Haldol with QTc 470?")).toEqual([]);
    expect(redact("no, pt doesn't have Crohn's, ask GI")).toContain("Crohn's");
    expect(spans("Handoff: pt G2P1 at 37+4, SROM")).toEqual([]);
  });

  it("reads ages over 89 in handover shapes", () => {
    expect(spans("pt in 22 is 96, fell overnight")).toContain("AGE:96");
    expect(spans("she says she's ninety-six and wants to go home")).toContain("AGE:ninety-six");
    expect(spans("pt in 22 is 46, fell overnight")).toEqual([]);
  });

  it("types numbers by the word before them: fax, account read off a label, corrected plan number, VA ICN, ePCR", () => {
    expect(spans("Aetna fax is 888-555-0144 for the PA")).toContain("FAX:888-555-0144");
    expect(spans("billing wants the account number, the sticker says AC-00447781-2")).toContain("ACCOUNT:AC-00447781-2");
    expect(spans("member # is wrong - it should be QRM4471902 not QRM4471920")).toEqual(expect.arrayContaining(["HEALTH_PLAN:QRM4471902", "HEALTH_PLAN:QRM4471920"]));
    expect(spans("VA ICN on the face sheet: 2048576123V")).toContain("HEALTH_PLAN:2048576123V");
    expect(spans("EMS ePCR # 2026-44719 attached")).toContain("MRN:2026-44719");
    expect(spans("the sticker says take 2 tabs daily")).toEqual([]);
  });

  it("takes a city's compass part and a place the patient came from", () => {
    expect(spans("lives with son in South Boston, walks with cane")).toContain("CITY:South Boston");
    expect(spans("EMS says she was picked up by ambulance from Roxbury at 2am")).toContain("CITY:Roxbury");
    expect(spans("transferred from Lowell General overnight")).not.toContain("CITY:Lowell");
  });
});
// ---- end of phi-ah ----

// ---- phi-ai: names in hard places ----
describe("PHI phi-ai cues (names that are also words, at a sentence's start, in lower case, in lists, as initials)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("takes a word a person is called by, even a common word", () => {
    expect(spans("the physio named Hunter said to ice it twice a day")).toContain("NAME:Hunter");
    expect(spans("grandpa calls me Peanut, I'm 14 and have hay fever")).toContain("NAME:Peanut");
    expect(spans("he keeps calling himself Bam-Bam since the fall")).toContain("NAME:Bam-Bam");
    expect(spans("my daughter is called Harmony and she has a cough")).toContain("NAME:Harmony");
    expect(spans("a cream called Canesten for the rash")).toEqual([]);
    expect(spans("the nurse called Security when he got agitated")).toEqual([]);
    expect(spans("he calls me Love all the time")).toEqual([]);
  });

  it("takes a name beside a relation in brackets or in apposition, and a pet name before a real one", () => {
    expect(spans("so Dev (husband) and I both tested positive")).toContain("NAME:Dev");
    expect(spans("she keeps asking for Meadow, her late mother.")).toContain("NAME:Meadow");
    expect(spans("our little Button (real name Oskar) has a rash")).toContain("NAME:Button");
    expect(spans("Yesterday, my son fell off his bike")).toEqual([]);
    expect(spans("we're in Leeds, my sister lives there")).not.toContain("NAME:Leeds");
  });

  it("takes people listed together who share something", () => {
    expect(spans("Kai n Tomasz both got chickenpox")).toEqual(expect.arrayContaining(["NAME:Kai", "NAME:Tomasz"]));
    expect(spans("Summer, Autumn and Winter are my girls, all have nits")).toEqual(expect.arrayContaining(["NAME:Summer", "NAME:Autumn", "NAME:Winter"]));
    expect(spans("liam + ava both have a temperature")).toEqual(expect.arrayContaining(["NAME:liam", "NAME:ava"]));
    expect(spans("Fever and cough both started on Monday")).toEqual([]);
    expect(spans("Paracetamol and ibuprofen both help")).toEqual([]);
  });

  it("takes a rank, a person asked or listened to, a chat's @-mention and worried question, a family by surname", () => {
    expect(spans("Colonel Fairbrother is 88 and breathless")).toContain("NAME:Colonel Fairbrother");
    expect(spans("Tell Sol whether his bloods came back")).toContain("NAME:Sol");
    expect(spans("she only listens to Chidi about her meds")).toContain("NAME:Chidi");
    expect(spans("@ Mireille: dad says no more coffee")).toContain("NAME:Mireille");
    expect(spans("Okafor-Lindqvist family here, all three of us have flu")).toContain("NAME:Okafor-Lindqvist");
    expect(spans("General Practice is very busy today")).toEqual([]);
    expect(spans("ask GP whether his dose is right")).toEqual([]);
    expect(spans("she spoke to Cardiology about the echo")).toEqual([]);
    expect(spans("is Calpol ok for her?")).toEqual([]);
  });

  it("takes a person named first in a sentence by what follows", () => {
    expect(spans("Saoirse'll need her jabs before the trip")).toContain("NAME:Saoirse");
    expect(spans("Amber's lips went blue after the bee sting")).toContain("NAME:Amber");
    expect(spans("Sydney had her booster on Friday, arm is sore")).toContain("NAME:Sydney");
    expect(spans("Hazel moved in with us last month, she is 88")).toContain("NAME:Hazel");
    expect(spans("Stormy is our granddaughter, she has eczema")).toContain("NAME:Stormy");
    expect(spans("Temp is 38 and has been rising since noon")).toEqual([]);
    expect(spans("Coffee's been making her jittery")).toEqual([]);
    expect(spans("Mum had her scan today")).toEqual([]);
    expect(spans("Interpreter (son) used for consent")).toEqual([]);
    expect(spans("Keflex's rash is spreading")).toEqual([]);
  });

  it("takes a lower-case name, initials, capitals, other parts of a name, and the same name again", () => {
    expect(spans("hi im maeve, my ears hurt")).toContain("NAME:maeve");
    expect(spans("im tired, my back hurts")).toEqual([]);
    expect(spans("t.j. has had a cough for a week")).toContain("NAME:t.j.");
    expect(spans("e.g. has anyone tried honey")).toEqual([]);
    expect(spans("ISABELLA'S INHALER IS EMPTY, WHAT DO I DO")).toContain("NAME:ISABELLA");
    expect(spans("Wang Fang and her husband both have shingles")).toContain("NAME:Wang Fang");
    expect(spans("is Dong Quai safe with warfarin?")).toEqual([]);
    expect(spans("Pieter van der Berg-Smit needs a repeat scan")).toEqual(expect.arrayContaining([expect.stringMatching(/^NAME:Pieter/)]));
    expect(spans("my son is called Ocean and Ocean has a fever")).toEqual(["NAME:Ocean", "NAME:Ocean"]);
    expect(spans("I'll be 96 this year and my hip aches")).toContain("AGE:96");
    expect(spans("Dr Addison says I don't have Addison's disease")).toEqual(["NAME:Addison"]);
    expect(spans("Physiotherapist wants her to walk daily")).toEqual([]);
  });
});
// ---- end of phi-ai ----
// ---- phi-aj: identifiers written oddly, and look-alike numbers that stay ----
describe("PHI phi-aj cues (identifiers written oddly)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  const redact = (text: string): string => pipeline.checkInputSync(text).redacted;

  it("reads an SSN after its cue however it is written, and only the last four after 'ends in' / 'last four'", () => {
    expect(spans("her ssn is seven one three, two eight, four four oh six")).toContain("SSN:seven one three, two eight, four four oh six");
    expect(spans("Soc Sec # 4 1 9 - 3 3 - 8 0 2 7 on the intake")).toContain("SSN:4 1 9 - 3 3 - 8 0 2 7");
    expect(spans("SSN 228 dash 51 dash 7730 please")).toContain("SSN:228 dash 51 dash 7730");
    expect(spans("social: ***-**-3316 (masked on the letter)")).toContain("SSN:***-**-3316");
    expect(spans("grandpa's social ends with four nine three oh")).toContain("SSN:four nine three oh");
    expect(spans("SSN for the new hire (Peter Oduya) is 509/27/1184")).toContain("SSN:509/27/1184");
    expect(spans("they only asked for the last 4, 3382, and my dob")).toContain("SSN:3382");
    // (not an SSN: the social worker, a card's last four, a short number after "social")
    expect(spans("social worker saw her at 1430, K 3.4")).toEqual([]);
    expect(spans("the visa card's last four 8812 were charged twice")).not.toContain("SSN:8812");
    expect(spans("social history: 2 packs a day for 30 years")).toEqual([]);
  });

  it("reads record, phone, ZIP and device numbers spaced out or spelled, and a second one listed after the first", () => {
    expect(spans("pull the chart for M.R.N. 55 208 413 please")).toContain("MRN:55 208 413");
    expect(spans("text me at 6 1 7 5 5 5 0 1 4 3 after the scan")).toContain("PHONE:6 1 7 5 5 5 0 1 4 3");
    expect(spans("zip code is 6 0 6 1 4")).toContain("ZIP:6 0 6 1 4");
    expect(spans("office landline 630/555-0181")).toContain("PHONE:630/555-0181");
    expect(spans("reach me on 555-0163, area code 312")).toEqual(expect.arrayContaining(["PHONE:555-0163", "PHONE:312"]));
    expect(spans("on-call resident pager 5520 tonight")).toEqual([]);
    expect(spans("the CPAP serial is on the bottom, RS9-11820034, it beeps")).toContain("DEVICE:RS9-11820034");
    expect(spans("the pump's serial reads 'four four zero one, bravo, tango, two'")).toContain("DEVICE:four four zero one, bravo, tango, two");
    expect(spans("wheelchair asset tag WC-20931 is broken")).toContain("DEVICE:WC-20931");
    expect(spans("chart number 4410032 (Epic) and 4410399 (paper) are one person")).toEqual(expect.arrayContaining(["MRN:4410032", "MRN:4410399"]));
    // (the look-alikes stay: a score spaced out, a lab count after a dash)
    expect(spans("GCS 4 5 6 over the shift, pain 3 2 1")).toEqual([]);
    expect(spans("lot 123-4567 of the vaccine")).toEqual([]);
  });

  it("finds licence, certificate, run-sheet and member numbers after their cues, and claim numbers as accounts", () => {
    expect(spans("pharmacist lic RPH-40917 on the label")).toContain("LICENSE:RPH-40917");
    expect(spans("my EMT cert #EMT-88120 expires soon")).toContain("LICENSE:EMT-88120");
    expect(spans("the run sheet # 25-118204 from the ambulance")).toContain("ACCOUNT:25-118204");
    expect(spans("card says MEM: 4410 2281 9937")).toContain("HEALTH_PLAN:4410 2281 9937");
    expect(spans("the 9-digit number on my insurance card is 441 207 893")).toContain("HEALTH_PLAN:441 207 893");
    expect(spans("certificate of completion, 12 hours of CME")).toEqual([]);
    expect(spans("insurance plan 5521, certificate 0077126634")).not.toContain("LICENSE:0077126634");
  });

  it("finds e-mail addresses spelled out, a name spelled letter by letter and a birthday as month/day", () => {
    expect(spans("write to maria dot lopez at gmail dot com")).toContain("EMAIL:maria dot lopez at gmail dot com");
    expect(spans("mail bob(at)acmeroofing(dot)net")).toContain("EMAIL:bob(at)acmeroofing(dot)net");
    expect(spans("personal one is jkim77 at yahoo")).toContain("EMAIL:jkim77 at yahoo");
    expect(spans("surname spelled N-O-W-A-K on the form")).toContain("NAME:N-O-W-A-K");
    expect(spans("her birthday is 9/14, she'll be 60")).toContain("DATE:9/14");
    expect(spans("we met at noon and ate at home")).toEqual([]);
  });

  it("finds places written as a corner, a crossing, a hotel on a road, or a street number without a suffix", () => {
    expect(spans("we live at the corner of Maple and 3rd, the green house")).toContain("ADDRESS:the corner of Maple and 3rd, the green house");
    expect(spans("pick me up at the CVS on Halsted & Roscoe, Chicago")).toContain("ADDRESS:Halsted & Roscoe");
    expect(spans("staying at the Comfort Inn on Route 17 until Friday")).toContain("ADDRESS:the Comfort Inn on Route 17");
    expect(spans("new place is 1180 N Damen, Apt 2 now")).toContain("ADDRESS:1180 N Damen, Apt 2");
    expect(spans("rural route, zip 41501 no house number")).toContain("ZIP:41501");
  });

  it("leaves a pharmacy BIN/PCN, a device's model number, a lab word and a car model alone", () => {
    expect(redact("Rx BIN 003858 PCN A4 on the back of the card")).toContain("BIN 003858 PCN A4");
    expect(redact("defibrillator model number XRT4D2, serial PJK-220193")).toContain("XRT4D2");
    expect(spans("defibrillator model number XRT4D2, serial PJK-220193")).toContain("DEVICE:PJK-220193");
    expect(spans("my EOB lists claim number 7720-118834")).toContain("ACCOUNT:7720-118834");
    expect(spans("Creatinine was 1.9 this morning")).toEqual([]);
    expect(spans("her silver Corolla is in lot B")).toEqual([]);
  });
});
// ---- end of phi-aj ----

// ---- phi-al: the rarer identifiers as people write them, and look-alike numbers that stay ----
describe("PHI phi-al cues (rarer identifiers as people write them)", () => {
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
  const redact = (text: string): string => pipeline.checkInputSync(text).redacted;

  it("finds an SSN after a pause, spoken with its cue after it, in text-speak, retyped with a slip or corrected", () => {
    expect(spans("my social is, hold on, two six one, four four, nine nine one zero")).toContain("SSN:two six one, four four, nine nine one zero");
    expect(spans("ok here goes: three one two dash five five dash eight eight four four, that is my social")).toContain("SSN:three one two dash five five dash eight eight four four");
    expect(spans("the social one sec... 5 1 2, 3 3, 8 8 0 1 thanks")).toContain("SSN:5 1 2, 3 3, 8 8 0 1");
    expect(spans("its Deb, last 4 r 8830 pls call")).toContain("SSN:8830");
    expect(spans("SSN 511-20-7788 on my card but the clinic typed 511207878")).toContain("SSN:511207878");
    expect(spans("my ssn is 233 41 0098, sorry no, it ends 0099")).toContain("SSN:0099");
    // (one to nine counted out is no SSN; a phone's last four stays the phone's)
    expect(spans("count one two three four five six seven eight nine, social skills group")).toEqual([]);
    expect(spans("phone last 4 r 2210")).not.toContain("SSN:2210");
  });

  it("finds plan numbers after a bracket or a hedge, the old Medicare number with its letter, and spaced digits whole", () => {
    expect(spans("Medicaid (secondary): 559012345B for the wheelchair")).toContain("HEALTH_PLAN:559012345B");
    expect(spans("policy number was roughly HPX77120034 I think")).toContain("HEALTH_PLAN:HPX77120034");
    expect(spans("his Medicare card from before says 211-44-9087B")).toContain("HEALTH_PLAN:211-44-9087B");
    expect(spans("member id 8 8 1 2 0 4 4 7 6 0 on the back")).toContain("HEALTH_PLAN:8 8 1 2 0 4 4 7 6 0");
    // (a BIN said with "is" is the pharmacy benefit's, the same for everyone on the plan)
    expect(redact("card shows Rx BIN is 004336, group RX1234")).toContain("004336");
  });

  it("finds a prescriber's authority number, a serial a few words from its cue, a plate read out, a hyphenated street number, other URLs", () => {
    expect(spans("PA license 12-887766, prescribing authority #RX55102 on file")).toContain("LICENSE:#RX55102");
    expect(spans("the serial on the new valve they chose is MVX 7781203 per the rep")).toContain("DEVICE:MVX 7781203");
    expect(spans("plate 8 K T R 4 0 9 parked across the exit")).toContain("VEHICLE:8 K T R 4 0 9");
    expect(spans("send it to 95-210 Kuahelani Ave, Mililani")).toContain("ADDRESS:95-210 Kuahelani Ave");
    expect(spans("files are on ftp://10.2.0.15/scans/june for the surgeon")).toContain("URL:ftp://10.2.0.15/scans/june");
    expect(spans("zip 78701 (Austin) for the clinic search")).toContain("CITY:Austin");
    // (a score or a range with a hyphen is no street number)
    expect(spans("BP 12-140 range, take the pill")).toEqual([]);
  });

  it("finds ages over 89 in words after the person, guessed inside the nineties, and as a birthday's ordinal", () => {
    expect(spans("Grandad ninety four, COPD, on 2L")).toContain("AGE:ninety four");
    expect(spans("Referral: Agnes Whitlow, one hundred and one, falls")).toContain("AGE:one hundred and one");
    expect(spans("he's in his late 90s, maybe 97 or 98, not sure")).toEqual(expect.arrayContaining(["AGE:97", "AGE:98"]));
    expect(spans("Grandma's 95th is on Saturday!")).toContain("AGE:95th");
    expect(spans("planning his 102nd birthday lunch")).toContain("AGE:102nd");
    // (a percentile, a reading, ages under 90 stay)
    expect(spans("weight is on the 95th percentile for his age")).toEqual([]);
    expect(spans("Mom's 85th is next week")).toEqual([]);
    expect(spans("sats ninety two, then ninety four on 2L")).toEqual([]);
  });

  it("leaves a role on plan paperwork and a department alone", () => {
    expect(spans("Subscriber is my wife, she holds the plan")).toEqual([]);
    expect(spans("Attn: Utilization Review Dept. re: MRI")).toEqual([]);
  });
});
// ---- end of phi-al ----
describe("PHI phi-ak cues (names in hard places: word names, kin words of other languages, other scripts, lists, appositions)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("finds a person by what they did or share with the writer", () => {
    expect(spans("honestly faith was the one who noticed the rash first")).toContain("NAME:faith");
    expect(spans("me and harmony both have the same cough since the party")).toContain("NAME:harmony");
    expect(spans("is it alright for yusuf to swim with grommets in")).toContain("NAME:yusuf");
    expect(spans("the inhaler was the one that worked best")).toEqual([]);
    expect(spans("is it ok for kids to swim with grommets in")).toEqual([]);
  });

  it("finds a person beside their relation: a bracket with more after it, a helper's apposition, a friend with a word before", () => {
    expect(spans("Lottie (my step granddaughter, 6) has a barking cough")).toContain("NAME:Lottie");
    expect(spans("Can you message the surgeon's secretary, Marjorie? She has my forms.")).toContain("NAME:Marjorie");
    expect(spans("My gym friend Tomasz swears by creatine, is it safe with CKD?")).toContain("NAME:Tomasz");
    expect(spans("Ask the receptionist, please?")).toEqual([]);
    expect(spans("My gym friend said creatine is fine")).toEqual([]);
  });

  it("finds a family writing as its surname in the plural, a month name that is the writer's kin, and an age after an apposition", () => {
    expect(spans("Hello, we're the Adeyemis. Our daughter has a fever.")).toContain("NAME:Adeyemis");
    expect(spans("April is my niece, she's 12 and has a migraine")).toContain("NAME:April");
    expect(spans("Checking for Mrs Okafor, my neighbour, 93, who lives alone")).toContain("AGE:93");
    expect(spans("It's the holidays. Can I drink on metformin?")).toEqual([]);
    expect(spans("April is my worst month for hay fever")).toEqual([]);
  });

  it("finds Korean names surname first, a name in its own script, and the next of a list with 'little'", () => {
    expect(spans("Choi Seo-yeon, 34, has a migraine")).toContain("NAME:Choi Seo-yeon");
    expect(spans("Mother is Wang Fang 王芳, she is 80")).toContain("NAME:王芳");
    expect(spans("Ruth, Amos and baby Zeke all have the flu")).toContain("NAME:Zeke");
    expect(spans("Follow-up in two weeks for the re-check")).toEqual([]);
  });

  it("finds a portal username said with where it is used", () => {
    expect(spans("my login for the app is tkowalski_77 but it locked")).toContain("ACCOUNT:tkowalski_77");
  });

  it("leaves a season, a question's 'Will', a failed treatment, a practice, a holiday, a kin word and a title alone", () => {
    expect(spans("Winter is always rough on my psoriasis.")).toEqual([]);
    expect(spans("Will Xofluza still help if I started feeling sick Monday?")).not.toContain("NAME:Will Xofluza");
    expect(spans("Malathion didn't work either, the lice are back.")).toEqual([]);
    expect(spans("Dr. Reyes at Lakeside Dermatology wants a biopsy")).not.toContain("NAME:Lakeside Dermatology");
    expect(spans("Is the pharmacy open on Columbus Day?")).toEqual([]);
    expect(spans("Tatay says his knee is swollen again")).toEqual([]);
    expect(spans("Buenos días Doctora, tengo fiebre")).toEqual([]);
    expect(spans("Merry Christmas! Is eggnog ok with statins?")).toEqual([]);
    expect(spans("Winter Okafor has had a fever since Monday")).toContain("NAME:Winter Okafor");
    expect(spans("Natalia didn't work yesterday, her migraine was back")).toContain("NAME:Natalia");
  });
});
// ---- end of phi-ak ----

describe("PHI phi-am cues (identifiers as people type them in chat)", () => {
  const pipeline = new SafetyPipeline();
  const spans = (text: string): string[] => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);

  it("finds a bracketed nickname, 'it's me again, X', 'X from billing here', a numbered handover line", () => {
    expect(spans("my son Ignatius (iggy) fell off his bike, is a cut on the chin ok")).toContain("NAME:iggy");
    expect(spans("hi its me again, Oluwaseun. the swelling is back")).toContain("NAME:Oluwaseun");
    expect(spans("Gus from billing here — the statement for room 4 went out")).toContain("NAME:Gus");
    expect(spans("Handover: 3 - Okafor, 71M, NSTEMI. 4 - Wydrzyńska, 80F, UTI")).toEqual(expect.arrayContaining(["NAME:Okafor", "NAME:Wydrzyńska"]));
    expect(spans("my son Ignatius (deceased) had the same thing")).not.toContain("NAME:deceased");
    expect(spans("Hello, this is Mirela (physio). Bed 6 can walk with a frame now")).not.toContain("NAME:physio");
    expect(spans("Seen with interpreter: Hodan (Amharic). BP 150/90")).not.toContain("NAME:Amharic");
    expect(spans("it's me, obviously. the rash is back")).toEqual([]);
    expect(spans("Greetings from the ward here, quick question")).toEqual([]);
  });

  it("finds a hedged lower-case name after a role, and a partner named with 'and I (her husband)'", () => {
    expect(spans("the physio, ciarán i think, said to use ice")).toContain("NAME:ciarán");
    expect(spans("hope and i (her husband) are wondering about respite care")).toContain("NAME:hope");
    expect(spans("the nurse, however, said ice is fine")).toEqual([]);
    expect(spans("the nurse, maybe, said it was low")).toEqual([]);
    expect(spans("pain and i (her husband) are both worn out")).toEqual([]);
  });

  it("keeps a name's initials, a middle initial, an Irish 'an t-' and a form's title-like first word inside the name", () => {
    expect(spans("Pls forward to me. Regards, A.B. Rao")).toContain("NAME:A.B. Rao");
    expect(spans("N.B. Okoro wants the scan moved")).not.toContain("NAME:N.B. Okoro");
    expect(spans("pt Nakashima, Haruto J. — 64M — chest pain")).toContain("NAME:Nakashima, Haruto J.");
    expect(spans("Patient Eoin Mac an tSionnaigh needs a bed")).toContain("NAME:Eoin Mac an tSionnaigh");
    expect(spans("register: Nana Yaw Mensah, M, DOB 02/03/1985")).toContain("NAME:Nana Yaw Mensah");
    expect(spans("Nana says the cough is worse at night")).toEqual([]);
  });

  it("finds a month and day with an apostrophe year and a range of month/day dates, not fractions of a dose", () => {
    expect(spans("she was born Jul 9 '47 and has COPD")).toContain("DATE:Jul 9 '47");
    expect(spans("off work from 11/3 to 11/7 with a chest infection")).toEqual(["DATE:11/3", "DATE:11/7"]);
    expect(spans("take 1/2 to 3/4 of a tablet at night")).toEqual([]);
    expect(spans("mix 1/4 to 1/2 cup of water")).toEqual([]);
  });

  it("finds an SSN with spaced dashes where a social is spoken of, program numbers, a login after 'acct id', a car's plate, a ZIP as where one is, a file number 'there'", () => {
    expect(spans("my social is 318 - 42 - 7706 if needed")).toContain("SSN:318 - 42 - 7706");
    expect(spans("the scores were 120 - 80 - 1000 overall")).toEqual([]);
    expect(spans("loyalty card 5512-0087-4410 for the pharmacy please")).toContain("ACCOUNT:5512-0087-4410");
    expect(spans("is my payment plan #PLN-20817 still active")).toContain("ACCOUNT:PLN-20817");
    expect(spans("rewards number 7710 4421 0093, can I use it")).toContain("ACCOUNT:7710 4421 0093");
    expect(spans("the clinic portal account id: ffaraji_3 doesn't work")).toContain("ACCOUNT:ffaraji_3");
    expect(spans("the van in bay 4 is KV68 TRL and it's blocking the door")).toContain("VEHICLE:KV68 TRL");
    expect(spans("my plates are HJT 5520, can I get a permit")).toContain("VEHICLE:HJT 5520");
    expect(spans("my car is a CX5 and it was hit")).toEqual([]);
    expect(spans("we're out in 60614, any pharmacy open late")).toContain("ZIP:60614");
    expect(spans("my file number there was 40213-B")).toContain("MRN:40213-B");
  });

  it("finds an age over 89 'at' for an old person and as a bare item of a description, not readings", () => {
    expect(spans("can my nan get the flu jab at 92?")).toContain("AGE:92");
    expect(spans("my grandad, in St Luke's, 97, has a chest infection")).toContain("AGE:97");
    expect(spans("Mrs Ode (DOB 3/3/1930, 96) for theatre")).toContain("AGE:96");
    expect(spans("my nan's sats were at 92?")).toEqual([]);
    expect(spans("my grandad's oxygen dropped, he's at 91.")).toEqual([]);
    expect(spans("grandma sats 94, 95, 96, is that ok")).toEqual([]);
    expect(spans("grandma BP 150/90, 96, 98, trending up")).toEqual([]);
    expect(spans("can my dad get the flu jab at 82?")).toEqual([]);
  });

  it("leaves a kin word with 'great-', a lower-case 'ive' and the word after MS alone", () => {
    expect(spans("Great-grandma is 101 and loves tea")).toEqual(["AGE:101"]);
    expect(spans("ive had a headache since tuesday")).toEqual([]);
    expect(spans("my cousin has MS relapse again")).toEqual([]);
  });
});
// ---- end of phi-am ----

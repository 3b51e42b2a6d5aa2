"""Write the labelled safety evaluation sets (JSON Lines) from the hand-written cases in this file.

Run: python3 compose_sets.py   (writes triage-*.jsonl, phi-*.jsonl, scope-*.jsonl beside it)

Every sentence, template and filler here was written for this project. The PHI set adds
template-composed cases (fillers drawn with a fixed seed) so that every identifier type has
dozens of cases; held-out templates and fillers are separate lists that were never used
while tuning the rules.
"""
import json, random, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_triage import EMERGENCY, URGENT, ROUTINE, EMERGENCY_2, URGENT_2, ROUTINE_2, EMERGENCY_3, ROUTINE_3, EMERGENCY_4, EMERGENCY_5, ROUTINE_5  # noqa: E402
from cases_phi import CASES as PHI_HAND, CASES_2 as PHI_HAND_2, CASES_3 as PHI_HAND_3  # noqa: E402
from cases_scope import PROHIBITED, ALLOWED, PROHIBITED_2, ALLOWED_2, PROHIBITED_3, ALLOWED_3, PROHIBITED_4, PROHIBITED_5  # noqa: E402

def split(items):
    """Every 4th item is held out (never inspected while tuning)."""
    dev = [x for i, x in enumerate(items) if i % 4 != 3]
    held = [x for i, x in enumerate(items) if i % 4 == 3]
    return dev, held

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")

# ---------- triage ----------
tri = [{"text": t, "level": "emergency"} for t in EMERGENCY] + [{"text": t, "level": "urgent"} for t in URGENT] + [{"text": t, "level": "routine"} for t in ROUTINE]
# Labels revised after the fact, kept here so that the dev / held-out split (by list position) does
# not move. A head bump in a child who is acting normally with no loss of consciousness, vomiting or
# drowsiness is home observation with safety-netting (NICE NG232 / CG176), not same-day care; three
# independent writers (sets d, m, r) labelled such messages routine.
RELABEL = {"my son hit his head on the table, he's acting normal but has a bump": "routine"}
tri = [{**r, "level": RELABEL.get(r["text"], r["level"])} for r in tri]
dev, held = split(tri)
# the second batch (written after the first tuning round) is dev only
dev += [{"text": t, "level": "emergency"} for t in EMERGENCY_2 + EMERGENCY_3 + EMERGENCY_4 + EMERGENCY_5] + [{"text": t, "level": "urgent"} for t in URGENT_2] + [{"text": t, "level": "routine"} for t in ROUTINE_2 + ROUTINE_3 + ROUTINE_5]
write("triage-dev.jsonl", dev)
write("triage-heldout.jsonl", held)

# ---------- PHI ----------
rng = random.Random(20261125)
FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Mia", "James", "Harper", "Lucas", "Amelia", "Mateo", "Zoe", "Omar", "Fatima", "Hiroshi", "Mei", "Dmitri", "Anika", "Kwame", "Isabella", "Diego", "Chloe", "Samuel", "Grace", "Ravi", "Leila", "Tyrone", "Megan", "Patrick"]
LAST = ["Johnson", "Williams", "Brown", "Garcia", "Martinez", "Davis", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Adams"]
FIRST_H = ["Valentina", "Sebastian", "Aaliyah", "Mohammed", "Yuki", "Chiara", "Bogdan", "Nadia", "Theo", "Imani", "Arjun", "Freya"]
LAST_H = ["Fitzgerald", "Ivanova", "Okonkwo", "Schneider", "Castillo", "Haddad", "Lindqvist", "Moreau", "Bianchi", "Kaur", "Petrov", "Dubois"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Sept", "Oct", "Nov", "Dec"]
CITIES = [("Sacramento", "CA"), ("Albany", "NY"), ("Tulsa", "OK"), ("Madison", "WI"), ("Spokane", "WA"), ("Raleigh", "NC"), ("Omaha", "NE"), ("Savannah", "GA"), ("Provo", "UT"), ("Dayton", "OH")]
CITIES_H = [("Fresno", "CA"), ("Duluth", "MN"), ("Tacoma", "WA"), ("Lubbock", "TX"), ("Eugene", "OR")]
STREETS = ["Oak", "Cedar", "Birch", "Lincoln", "Washington", "Sunset", "Highland", "Park", "Lake", "Hillcrest"]
SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Lane", "Blvd", "Court"]
CLIN = ["BP 138/88", "temp 38.4 C", "A1c 7.4%", "LDL 162 mg/dL", "metformin 1000 mg", "heart rate 88", "weight 82 kg", "glucose 145 mg/dL", "sertraline 50 mg", "creatinine 1.2", "SpO2 95%", "amoxicillin 875 mg", "potassium 4.1", "INR 2.6"]

def name(h=False):
    return f"{rng.choice(FIRST_H if h else FIRST)} {rng.choice(LAST_H if h else LAST)}"
def date():
    m = rng.randint(1, 12); d = rng.randint(1, 28); y = rng.randint(1935, 2025)
    return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{rng.choice(MONTHS)} {d}, {y}", f"{rng.choice(MONTHS)} {d}", f"{d} {rng.choice(MONTHS)} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{str(y)[2:]}"])
def phone():
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}"])
def email(n):
    f, l = n.lower().split()
    return rng.choice([f"{f}.{l}@gmail.com", f"{f[0]}{l}{rng.randint(1,99)}@yahoo.com", f"{f}_{l}@outlook.com", f"{l}.{f}@example.org"])
def ssn():
    return rng.choice([f"{rng.randint(100,899)}-{rng.randint(10,99)}-{rng.randint(1000,9999)}"])
def mrn():
    return rng.choice([str(rng.randint(1000000, 99999999)), f"MR{rng.randint(100000, 999999)}", f"{rng.randint(100,999)}-{rng.randint(1000,9999)}"])
def plan():
    return rng.choice([f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{rng.randint(100000000, 999999999)}", f"W{rng.randint(10000000, 99999999)}"])
def acct():
    return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
def lic():
    return rng.choice([f"D{rng.randint(1000000, 9999999)}", f"{rng.choice('ABCFGHKMNS')}{rng.randint(100,999)}-{rng.randint(1000,9999)}-{rng.randint(10,99)}"])
def dev_id():
    return f"{rng.choice(['PM', 'ICD', 'SN', 'CG'])}{rng.randint(100000, 999999)}{rng.choice('ABCDX')}"
def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = "".join(rng.choice(chars) for _ in range(16)) + str(rng.randint(0, 9))
    return v
def ip():
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
def url():
    return rng.choice([f"https://portal.{rng.choice(['healthfirst','mercyclinic','valleymed'])}.org/records/{rng.randint(1000,99999)}", f"www.{rng.choice(['mycarepage','familyhealth'])}.com/{rng.choice(['p','u'])}/{rng.randint(100,9999)}"])
def age90():
    a = rng.randint(90, 104)
    return rng.choice([f"{a} years old", f"{a}-year-old", f"{a} yo", f"age {a}"]), a
def addr():
    return f"{rng.randint(2, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"

def T_dev():
    n = name(); c = rng.choice(CLIN)
    k = rng.randrange(22)
    if k == 0: t = f"My name is {n} and my {c}."; return t, [("NAME", n)], [c]
    if k == 1: d = date(); t = f"My mom {n} had surgery on {d}, now her {c}."; return t, [("NAME", n), ("DATE", d)], [c]
    if k == 2: p = phone(); t = f"Please call me at {p}, my {c} worries me."; return t, [("PHONE", p)], [c]
    if k == 3: e = email(n); t = f"Send my results to {e}. Last {c}."; return t, [("EMAIL", e)], [c]
    if k == 4: s = ssn(); t = f"The form asks for my SSN, it's {s}. Also my {c}."; return t, [("SSN", s)], [c]
    if k == 5: m = mrn(); t = f"MRN {m}: {c}, follow up needed."; return t, [("MRN", m)], [c]
    if k == 6: h = plan(); t = f"My insurance member ID is {h}; does it cover {c.split()[0]}?"; return t, [("HEALTH_PLAN", h)], []
    if k == 7: a = acct(); t = f"I was billed twice, account number {a}."; return t, [("ACCOUNT", a)], []
    if k == 8: l = lic(); t = f"They asked for my driver's license number {l} at the pharmacy."; return t, [("LICENSE", l)], []
    if k == 9: dv = dev_id(); t = f"My pacemaker serial number is {dv} and my {c}."; return t, [("DEVICE", dv)], [c]
    if k == 10: v = vin(); t = f"Crash report lists VIN {v}; I only have a bruise."; return t, [("VEHICLE", v)], []
    if k == 11: i = ip(); t = f"The patient portal blocked my IP {i} after I checked my {c}."; return t, [("IP", i)], [c]
    if k == 12: u = url(); t = f"My lab results are at {u} - is {c} ok?"; return t, [("URL", u)], [c]
    if k == 13: ag, _ = age90(); t = f"My grandmother is {ag} and her {c}."; return t, [("AGE", ag.replace('age ', '') if ag.startswith('age') else ag)], [c]
    if k == 14: ad = addr(); ci, st = rng.choice(CITIES); z = str(rng.randint(10000, 99999)); t = f"I live at {ad}, {ci}, {st} {z}."; return t, [("ADDRESS", ad), ("CITY", ci), ("ZIP", z)], []
    if k == 15: ci, st = rng.choice(CITIES); t = f"I moved to {ci} last month and my {c}."; return t, [("CITY", ci)], [c]
    if k == 16: p = phone(); t = f"Fax the referral to {p}."; return t, [("FAX", p)], []
    if k == 17: d = date(); t = f"Dr. {n.split()[1]} saw my son on {d}; his {c}."; return t, [("NAME", n.split()[1]), ("DATE", d)], [c]
    if k == 18: z = str(rng.randint(10000, 99999)); t = f"My zip code is {z}, where is the nearest urgent care?"; return t, [("ZIP", z)], []
    if k == 19: n2 = name(); t = f"My husband {n2} and I both have the flu; his {c}."; return t, [("NAME", n2)], [c]
    if k == 20: d = date(); t = f"DOB: {d}. {c}."; return t, [("DATE", d)], [c]
    f = n.split()[0]; t = f"{f} is my daughter, she is 6 and her {c}."; return t, [("NAME", f)], [c, "6"]

def T_held():
    n = name(True); c = rng.choice(CLIN)
    k = rng.randrange(16)
    if k == 0: t = f"hello, {n} here - {c}, should I be worried"; return t, [("NAME", n)], [c]
    if k == 1: d = date(); t = f"Since {d} my {c} and I feel off. - {n}"; return t, [("DATE", d), ("NAME", n)], [c]
    if k == 2: p = phone(); t = f"reach me on {p} anytime, {c}"; return t, [("PHONE", p)], [c]
    if k == 3: e = email(n); t = f"my email: {e}"; return t, [("EMAIL", e)], []
    if k == 4: s = ssn(); t = f"social security number {s}"; return t, [("SSN", s)], []
    if k == 5: m = mrn(); t = f"Medical record number: {m}, {c}"; return t, [("MRN", m)], [c]
    if k == 6: h = plan(); t = f"policy number {h} - will they pay for an MRI?"; return t, [("HEALTH_PLAN", h)], []
    if k == 7: ad = addr(); ci, st = rng.choice(CITIES_H); t = f"Ambulance came to {ad} in {ci}, {st}."; return t, [("ADDRESS", ad), ("CITY", ci)], []
    if k == 8: ag, _ = age90(); t = f"Dad, {ag}, fell yesterday; {c}."; return t, [("AGE", ag.replace('age ', '') if ag.startswith('age') else ag)], [c]
    if k == 9: i = ip(); t = f"error log shows {i}"; return t, [("IP", i)], []
    if k == 10: u = url(); t = f"see {u} for my scans"; return t, [("URL", u)], []
    if k == 11: dv = dev_id(); t = f"insulin pump serial {dv} keeps alarming, {c}"; return t, [("DEVICE", dv)], [c]
    if k == 12: l = lic(); t = f"license number {l}"; return t, [("LICENSE", l)], []
    if k == 13: a = acct(); t = f"acct # {a} shows a charge for {c.split()[0]}"; return t, [("ACCOUNT", a)], []
    if k == 14: f = n.split()[0]; t = f"my wife {f} has had a migraine for 2 days, {c}"; return t, [("NAME", f)], [c, "2 days"]
    z = str(rng.randint(10000, 99999)); ci, st = rng.choice(CITIES_H); t = f"We're in {ci}, {st} {z}, any pediatricians?"; return t, [("CITY", ci), ("ZIP", z)], []

def phi_row(t, spans, keep):
    return {"text": t, "phi": [{"type": ty, "text": s} for ty, s in spans], "keep": keep}

hand_dev, hand_held = split(PHI_HAND)
phi_dev = [phi_row(*c) for c in hand_dev] + [phi_row(*T_dev()) for _ in range(330)] + [phi_row(*c) for c in PHI_HAND_2 + PHI_HAND_3]
phi_held = [phi_row(*c) for c in hand_held] + [phi_row(*T_held()) for _ in range(160)]
write("phi-dev.jsonl", phi_dev)
write("phi-heldout.jsonl", phi_held)

# ---------- scope ----------
sc = [{"text": t, "allowed": False, "category": c} for c, t in PROHIBITED] + [{"text": t, "allowed": True, "category": "general"} for t in ALLOWED]
dev, held = split(sc)
dev += [{"text": t, "allowed": False, "category": c} for c, t in PROHIBITED_2 + PROHIBITED_3 + PROHIBITED_4 + PROHIBITED_5] + [{"text": t, "allowed": True, "category": "general"} for t in ALLOWED_2 + ALLOWED_3]
write("scope-dev.jsonl", dev)
write("scope-heldout.jsonl", held)

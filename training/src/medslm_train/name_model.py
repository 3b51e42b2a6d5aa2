"""Train the SDK's optional learned person-name step (``packages/core/models/name-model.json``).

    medslm-train name-model [--eval-dir packages/core/safety-eval] [--out packages/core/models/name-model.json]
                            [--threshold T] [--report report.json]

One example per word: the features come from the SDK itself (``nameModelTokens``), so training and
inference share one featuriser; a word is positive when it lies in a labelled NAME span (other PHI
types and every other word are negatives). This module fits L2 logistic regression (torch, L-BFGS,
classes balanced), quantises the weights to int8 and writes reference per-word probabilities that
the SDK's tests recompute. It reads only the development PHI sets (``phi-dev.jsonl`` and
``fresh/phi-*.jsonl``): the names in ``safety-eval/held-out.json`` and ``*heldout*`` files are never
opened.

``--report`` adds a leave-one-writer-out estimate: each independent writer's set (phi-a, phi-b,
phi-d, phi-f, phi-g, phi-h) is scored by a model trained without it, as NAME recall and precision
of the rules alone and of the rules plus the model at several thresholds, and the NAME spans the
model adds on name-free text: the GenMedGPT-5k patient messages and the MedQA question stems
(read at run time from the shared data folder, never copied).
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.learned_step import check_threshold_and_bits, held_out_names, quantize, under_root
from medslm_train.node_bridge import run_core_script
from medslm_train.paths import repo_root
from medslm_train.seed import set_seed

# Independent writers' PHI sets: the leave-one-writer-out folds.
WRITER_SET = re.compile(r"^phi-[a-z]$")
REPORT_THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)

# One JSON line in (a text), one out: the words with their features, and the rules' PHI hits.
FEATURIZE = """
const { SafetyPipeline, nameModelTokens } = await import(CORE);
const { createInterface } = await import("node:readline");
const pipeline = new SafetyPipeline();
const bits = BITS;
const withRules = RULES;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const text = JSON.parse(line);
  let rules = [];
  if (withRules) {
    try { rules = pipeline.checkInputSync(text).phi.map((p) => [p.type, p.start, p.end]); } catch { rules = null; }
  }
  const tokens = nameModelTokens(text, bits).map((t) => [t.start, t.end, (t.joinsPrevious ? 1 : 0) + (t.eligible ? 2 : 0), t.features]);
  console.log(JSON.stringify({ tokens, rules }));
}
"""


@dataclass
class NameModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (phi-dev.jsonl, fresh/phi-*.jsonl)"})
    out: str = field(default="packages/core/models/name-model.json", metadata={"help": "model file the SDK loads"})
    bits: int = field(default=18, metadata={"help": "feature hash space 2^bits"})
    c: float = field(default=1.0, metadata={"help": "inverse L2 strength (scikit-learn's C)"})
    threshold: float = field(default=0.95, metadata={"help": "probability at which the SDK counts a word as part of a name"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
    genmedgpt: str = field(default="/work/shared/data/genmedgpt-5k.json", metadata={"help": "name-free patient messages for --report (field `input`)"})
    medqa: str = field(default="/work/shared/data/medqa-usmle-4opt-test.jsonl", metadata={"help": "name-free exam stems for --report (field `question`)"})
    seed: int = field(default=0, metadata={"help": "random seed"})


@dataclass
class Doc:
    set: str
    text: str
    # (start, end, flags) per word (1: joins the previous word, 2: may be a name), its features, and its label
    spans: list[tuple[int, int, int]]
    features: list[list[int]]
    labels: list[bool]
    # labelled PHI spans (type, start, end) and the rules' hits (type, start, end)
    gold: list[tuple[str, int, int]]
    rules: list[tuple[str, int, int]]



def training_files(eval_dir: Path) -> list[Path]:
    """phi-dev and the fresh phi sets, minus every held-out name (checked before a file is opened)."""
    held = held_out_names(eval_dir)
    files = [eval_dir / "phi-dev.jsonl", *sorted((eval_dir / "fresh").glob("phi-*.jsonl"))]
    return [f for f in files if f.stem not in held and "heldout" not in f.stem and f.is_file()]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def locate(text: str, labels: list[dict]) -> list[tuple[str, int, int]]:
    """Each label's span: the k-th label of a string is its k-th occurrence (whole-word ones first, as the benchmark)."""
    after: dict[str, int] = {}
    out = []
    for lab in labels:
        value = lab["text"]
        frm = after.get(value, 0)
        start = -1
        at = text.find(value, frm)
        while at >= 0:
            before = text[at - 1] if at > 0 else ""
            nxt = text[at + len(value)] if at + len(value) < len(text) else ""
            if not _is_word_char(before) and not _is_word_char(nxt):
                start = at
                break
            at = text.find(value, at + 1)
        if start < 0:
            start = text.find(value, frm)
        if start < 0:
            raise InvalidInputError(f"label {value!r} is not in its text: {text[:80]!r}")
        after[value] = start + len(value)
        out.append((lab["type"], start, start + len(value)))
    return out


def utf16_offsets(text: str) -> list[int]:
    """Python index -> the SDK's (UTF-16) index: they differ after a character outside the BMP (an emoji)."""
    out, at = [0], 0
    for ch in text:
        at += 2 if ord(ch) > 0xFFFF else 1
        out.append(at)
    return out


def py_slice(text: str, start: int, end: int) -> str:
    """text between two UTF-16 offsets."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le", errors="replace")


def featurize(texts: list[str], bits: int, rules: bool, timeout: float = 1800) -> list[dict]:
    script = FEATURIZE.replace("BITS", str(bits)).replace("RULES", "true" if rules else "false")
    out = run_core_script(script, "\n".join(json.dumps(t) for t in texts), timeout=timeout)
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(rows) != len(texts):
        raise InvalidInputError(f"the SDK featurised {len(rows)} of {len(texts)} texts")
    return rows


def load_docs(eval_dir: Path, bits: int) -> list[Doc]:
    raw: list[tuple[str, str, list[tuple[str, int, int]]]] = []
    for f in training_files(eval_dir):
        for line in f.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                raw.append((f.stem, r["text"], locate(r["text"], r.get("phi", []))))
    if not raw:
        raise InvalidInputError(f"no PHI sets found under {eval_dir}")
    featured = featurize([t for _, t, _ in raw], bits, rules=True)
    docs = []
    for (name, text, gold_py), fr in zip(raw, featured, strict=True):
        u = utf16_offsets(text)
        gold = [(t, u[s], u[e]) for t, s, e in gold_py]
        names = [(s, e) for t, s, e in gold if t == "NAME"]
        spans = [(s, e, j) for s, e, j, _ in fr["tokens"]]
        labels = [any(s < ne and e > ns for ns, ne in names) for s, e, _ in spans]
        rules = [(t, s, e) for t, s, e in (fr["rules"] or [])]
        docs.append(Doc(name, text, spans, [f for *_, f in fr["tokens"]], labels, gold, rules))
    return docs


def fit(docs: list[Doc], bits: int, c: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression over words, classes balanced: sum_i w_i * logloss_i + |w|^2 / (2C)."""
    import torch

    rows, cols, ys = [], [], []
    n = 0
    for d in docs:
        for feats, label in zip(d.features, d.labels, strict=True):
            rows += [n] * len(feats)
            cols += feats
            ys.append(float(label))
            n += 1
    if n == 0:
        raise InvalidInputError("no words to train on")
    x = torch.sparse_coo_tensor(torch.tensor([rows, cols]), torch.ones(len(rows), dtype=torch.float64), (n, 1 << bits), check_invariants=True).coalesce()
    y = torch.tensor(ys, dtype=torch.float64)
    pos = float(y.sum())
    if pos == 0 or pos == n:
        raise InvalidInputError("training needs words inside and outside NAME spans")
    sample_w = torch.where(y > 0, n / (2 * pos), n / (2 * (n - pos)))
    w = torch.zeros(1 << bits, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], lr=1, max_iter=500, tolerance_grad=1e-7, history_size=20, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        z = torch.sparse.mm(x, w.unsqueeze(1)).squeeze(1) + b
        loss = (sample_w * torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none")).sum() + (w * w).sum() / (2 * c)
        loss.backward()
        return loss

    opt.step(closure)
    return w.detach().numpy(), float(b.detach())



def word_probabilities(features: list[list[int]], q: np.ndarray, scale: float, bias: float) -> np.ndarray:
    """Per-word probabilities exactly as the SDK computes them (int8 sums, then scale)."""
    if not features:
        return np.zeros(0)
    flat = np.fromiter((i for f in features for i in f), dtype=np.int64)
    lengths = np.array([len(f) for f in features])
    sums = np.zeros(len(features), dtype=np.int64)
    nonempty = lengths > 0
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    vals = q[flat].astype(np.int64)
    if len(vals):
        sums[nonempty] = np.add.reduceat(vals, starts[nonempty])
    return 1 / (1 + np.exp(-(bias + sums * scale)))


def merge_names(spans: list[tuple[int, int, int]], probs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """The SDK's mergeNameWords: adjacent eligible words at or above the threshold become one span."""
    out: list[list[int]] = []
    open_ = False
    for (s, e, flags), p in zip(spans, probs, strict=True):
        if p < threshold or not flags & 2:
            open_ = False
            continue
        if open_ and flags & 1:
            out[-1][1] = e
        else:
            out.append([s, e])
            open_ = True
    return [(s, e) for s, e in out]


def added_names(rules: list[tuple[str, int, int]], names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's spans that no rules hit overlaps (what the pipeline adds)."""
    return [(s, e) for s, e in names if not any(rs < e and re_ > s for _, rs, re_ in rules)]


def score_phi(docs: list[Doc], hits_of) -> dict:
    """NAME recall as the benchmark counts it (fully covered, a NAME hit among those overlapping) and NAME precision."""
    labelled = found = predicted = correct = 0
    for d in docs:
        hits = hits_of(d)
        names = [(s, e) for t, s, e in d.gold if t == "NAME"]
        for s, e in names:
            labelled += 1
            over = [(t, hs, he) for t, hs, he in hits if hs < e and he > s]
            covered = sum(1 for i in range(s, e) if any(hs <= i < he for _, hs, he in over))
            if covered >= e - s - 1 and any(t == "NAME" for t, _, _ in over):
                found += 1
        for t, hs, he in hits:
            if t != "NAME":
                continue
            predicted += 1
            if any(hs < e and he > s for s, e in names):
                correct += 1
    return {
        "names": labelled,
        "recall": round(found / labelled, 4) if labelled else None,
        "nameSpans": predicted,
        "precision": round(correct / predicted, 4) if predicted else None,
    }


def name_free_texts(args: NameModelArgs) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    gp = Path(args.genmedgpt)
    if gp.is_file():
        seen: dict[str, None] = {}
        for r in json.loads(gp.read_text()):
            t = r.get("input")
            if isinstance(t, str) and t.strip():
                seen.setdefault(t.strip(), None)
        out["genmedgpt"] = list(seen)
    mp = Path(args.medqa)
    if mp.is_file():
        out["medqa"] = [json.loads(line)["question"] for line in mp.read_text().splitlines() if line.strip()]
    return out


def count_added(featured: list[dict], q: np.ndarray, scale: float, bias: float, thresholds) -> dict:
    res = {}
    probs = [word_probabilities([f for *_, f in fr["tokens"]], q, scale, bias) for fr in featured]
    for th in thresholds:
        spans = messages = 0
        for fr, p in zip(featured, probs, strict=True):
            sp = [(s, e, j) for s, e, j, _ in fr["tokens"]]
            add = added_names([(t, s, e) for t, s, e in (fr["rules"] or [])], merge_names(sp, p, th))
            spans += len(add)
            messages += bool(add)
        res[str(th)] = {"spans": spans, "messages": messages}
    return res


def examples_added(featured: list[dict], texts: list[str], q: np.ndarray, scale: float, bias: float, th: float, k: int = 12) -> list[str]:
    out = []
    for fr, text in zip(featured, texts, strict=True):
        p = word_probabilities([f for *_, f in fr["tokens"]], q, scale, bias)
        sp = [(s, e, j) for s, e, j, _ in fr["tokens"]]
        for s, e in added_names([(t, a, b) for t, a, b in (fr["rules"] or [])], merge_names(sp, p, th)):
            out.append(f"{py_slice(text, s, e)} <- {py_slice(text, max(0, s - 40), e + 30)!r}")
            if len(out) >= k:
                return out
    return out


def leave_one_writer_out(docs: list[Doc], args: NameModelArgs) -> dict:
    free = name_free_texts(args)
    free_feat = {k: featurize(v, args.bits, rules=True) for k, v in free.items()}
    report: dict = {"thresholds": list(REPORT_THRESHOLDS), "folds": {}, "nameFree": {k: len(v) for k, v in free.items()}}
    for name in sorted({d.set for d in docs if WRITER_SET.match(d.set)}):
        w, bias = fit([d for d in docs if d.set != name], args.bits, args.c)
        q, scale = quantize(w)
        test = [d for d in docs if d.set == name]
        probs = {id(d): word_probabilities(d.features, q, scale, bias) for d in test}
        fold = {"rules": score_phi(test, lambda d: d.rules)}
        for th in REPORT_THRESHOLDS:

            def hits(d: Doc, th=th):
                return d.rules + [("NAME", s, e) for s, e in added_names(d.rules, merge_names(d.spans, probs[id(d)], th))]

            fold[str(th)] = score_phi(test, hits)
        fold["nameFree"] = {k: count_added(v, q, scale, bias, REPORT_THRESHOLDS) for k, v in free_feat.items()}
        report["folds"][name] = fold
        line = ", ".join(f"{th}: {fold[str(th)]['recall']}/{fold[str(th)]['precision']}" for th in REPORT_THRESHOLDS)
        print(f"{name}: rules NAME recall/precision {fold['rules']['recall']}/{fold['rules']['precision']}; with model {line}", file=sys.stderr)
    w, bias = fit(docs, args.bits, args.c)
    q, scale = quantize(w)
    report["fullModel"] = {
        "nameFree": {k: count_added(v, q, scale, bias, REPORT_THRESHOLDS) for k, v in free_feat.items()},
        "examples": {k: examples_added(v, free[k], q, scale, bias, args.threshold) for k, v in free_feat.items()},
    }
    return report


def train_name_model(args: NameModelArgs) -> Path:
    check_threshold_and_bits(args.threshold, args.bits)
    set_seed(args.seed)
    root = repo_root()
    eval_dir = under_root(root, args.eval_dir)
    docs = load_docs(eval_dir, args.bits)
    if args.report:
        Path(args.report).write_text(json.dumps(leave_one_writer_out(docs, args), indent=2) + "\n")
    w, bias = fit(docs, args.bits, args.c)
    q, scale = quantize(w)
    # reference probabilities: the first text with a name and the first without, per set
    checks, seen = [], set()
    for d in docs:
        key = (d.set, any(d.labels))
        if key not in seen and len(checks) < 16 and d.spans:
            seen.add(key)
            p = word_probabilities(d.features, q, scale, bias)
            checks.append({"text": d.text, "probabilities": [round(float(x), 9) for x in p]})
    model = {
        "version": 1,
        "bits": args.bits,
        "scale": scale,
        "bias": bias,
        "threshold": args.threshold,
        "trainedOn": sorted({d.set for d in docs}),
        "checks": checks,
        "weights": base64.b64encode(q.tobytes()).decode(),
    }
    out = under_root(root, args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model) + "\n")
    words = sum(len(d.labels) for d in docs)
    print(f"wrote {out} ({len(docs)} texts, {words} words, {int(np.count_nonzero(q))} non-zero weights)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train name-model", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, NameModelArgs)
    train_name_model(dataclass_from_namespace(NameModelArgs, parser.parse_args(argv)))
    return 0

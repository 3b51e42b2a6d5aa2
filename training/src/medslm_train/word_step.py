"""What the trainers of the SDK's per-word PHI steps share (``name-model`` and ``place-model``).

One example per word: the features come from the SDK itself (``nameModelTokens`` /
``placeModelTokens``), so training and inference share one featuriser; a word is positive when it
lies in a labelled span of the step's PHI type (other types and every other word are negatives).
Either L2 logistic regression (``--kind linear``, file version 1: torch, L-BFGS, classes balanced)
or one hidden layer over the same features (``--kind hidden``, file version 2: AdamW, classes
balanced), int8 weights, and reference per-word probabilities that the SDK's tests recompute. Only the development PHI sets are read
(``phi-dev.jsonl`` and ``fresh/phi-*.jsonl``): the names in ``safety-eval/held-out.json`` and
``*heldout*`` files are never opened.

The leave-one-writer-out report scores each independent writer's set (``phi-<letter>``) with a
model trained without it: recall and precision of the step's type for the rules alone and for the
rules plus the model at several thresholds, and the spans the model adds on PHI-free text (the
GenMedGPT-5k patient messages and the MedQA question stems, read at run time, never copied).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from medslm_train.errors import InvalidInputError
from medslm_train.learned_step import bag_batches, check_threshold_and_bits, encoded_weights, held_out_names, hidden_layer_fields, quantize, under_root
from medslm_train.node_bridge import run_core_script
from medslm_train.paths import repo_root
from medslm_train.seed import set_seed

# Independent writers' PHI sets: the leave-one-writer-out folds.
WRITER_SET = re.compile(r"^phi-[a-z]{1,2}$")

# One JSON line in (a text), one out: the words with their features, and the rules' PHI hits.
FEATURIZE = """
const { SafetyPipeline, TOKENS } = await import(CORE);
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
  const tokens = TOKENS(text, bits).map((t) => [t.start, t.end, (t.joinsPrevious ? 1 : 0) + (t.eligible ? 2 : 0) + (t.follows ? 4 : 0), t.features]);
  console.log(JSON.stringify({ tokens, rules }));
}
"""


@dataclass(frozen=True)
class WordStep:
    """One per-word step: its PHI type, the SDK's featuriser, its trainer and its report's thresholds."""

    type: str
    tokens: str  # the SDK export that featurises a text
    trainer: str  # medslm-train subcommand (for messages)
    thresholds: tuple[float, ...]
    # also train on the development triage and scope messages as texts without the type
    # (their words that a rules hit of the type covers are left out, not taken as negatives)
    negatives: bool = False
    # also train on the GenMedGPT-5k patient messages as texts without the type (the report then
    # counts the spans added to each half of them by a model trained without that half)
    genmedgpt_negatives: bool = False


@dataclass
class Doc:
    set: str
    text: str
    # (start, end, flags) per word (1: joins the previous word, 2: may be marked, 4: marked with the
    # previous word whichever of the two is), its features, and its label
    spans: list[tuple[int, int, int]]
    features: list[list[int]]
    # True / False, or None for a word left out of training
    labels: list[bool | None]
    # labelled PHI spans (type, start, end) and the rules' hits (type, start, end)
    gold: list[tuple[str, int, int]]
    rules: list[tuple[str, int, int]]


def training_files(eval_dir: Path) -> list[Path]:
    """phi-dev and the fresh phi sets, minus every held-out name (checked before a file is opened)."""
    return _development_files(eval_dir, "phi")


def _development_files(eval_dir: Path, kind: str) -> list[Path]:
    held = held_out_names(eval_dir)
    files = [eval_dir / f"{kind}-dev.jsonl", *sorted((eval_dir / "fresh").glob(f"{kind}-*.jsonl"))]
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


def featurize(texts: list[str], bits: int, rules: bool, step: WordStep, timeout: float = 1800) -> list[dict]:
    script = FEATURIZE.replace("TOKENS", step.tokens).replace("BITS", str(bits)).replace("RULES", "true" if rules else "false")
    out = run_core_script(script, "\n".join(json.dumps(t) for t in texts), timeout=timeout)
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(rows) != len(texts):
        raise InvalidInputError(f"the SDK featurised {len(rows)} of {len(texts)} texts")
    return rows


def _read_rows(files: list[Path]) -> list[tuple[str, dict]]:
    return [(f.stem, json.loads(line)) for f in files for line in f.read_text().splitlines() if line.strip()]


def make_docs(raw: list[tuple[str, str, list[tuple[str, int, int]] | None]], bits: int, step: WordStep) -> list[Doc]:
    """Featurises (set, text, labels) triples through the SDK; labels None: a text taken to lack the type, except where the rules find it."""
    featured = featurize([t for _, t, _ in raw], bits, rules=True, step=step)
    docs = []
    for (name, text, gold_py), fr in zip(raw, featured, strict=True):
        rules = [(t, s, e) for t, s, e in (fr["rules"] or [])]
        spans = [(s, e, j) for s, e, j, _ in fr["tokens"]]
        if gold_py is None:
            gold: list[tuple[str, int, int]] = []
            found = [(s, e) for t, s, e in rules if t == step.type]
            labels: list[bool | None] = [None if any(s < fe and e > fs for fs, fe in found) else False for s, e, _ in spans]
        else:
            u = utf16_offsets(text)
            gold = [(t, u[s], u[e]) for t, s, e in gold_py]
            marked = [(s, e) for t, s, e in gold if t == step.type]
            labels = [any(s < ne and e > ns for ns, ne in marked) for s, e, _ in spans]
        docs.append(Doc(name, text, spans, [f for *_, f in fr["tokens"]], labels, gold, rules))
    return docs


def load_docs(eval_dir: Path, bits: int, step: WordStep, genmedgpt: str = "") -> list[Doc]:
    raw: list[tuple[str, str, list[tuple[str, int, int]] | None]] = []
    for name, r in _read_rows(training_files(eval_dir)):
        raw.append((name, r["text"], locate(r["text"], r.get("phi", []))))
    if not raw:
        raise InvalidInputError(f"no PHI sets found under {eval_dir}")
    if step.negatives:
        raw += [(name, r["text"], None) for name, r in _read_rows(_development_files(eval_dir, "triage") + _development_files(eval_dir, "scope"))]
    if step.genmedgpt_negatives:
        raw += [("genmedgpt", t, None) for t in phi_free_texts(genmedgpt, "").get("genmedgpt", [])]
    return make_docs(raw, bits, step)


def fit(docs: list[Doc], bits: int, c: float, step: WordStep) -> tuple[np.ndarray, float]:
    """L2 logistic regression over words, classes balanced: sum_i w_i * logloss_i + |w|^2 / (2C)."""
    import torch

    rows, cols, ys = [], [], []
    n = 0
    for d in docs:
        for feats, label in zip(d.features, d.labels, strict=True):
            if label is None:
                continue
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
        raise InvalidInputError(f"training needs words inside and outside {step.type} spans")
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


# A fitted step: per-word features -> per-word probabilities, as the SDK computes them.
Scorer = Callable[[list[list[int]]], np.ndarray]


@dataclass
class Hidden:
    """A quantised version 2 word model: the int8 rows (features x hidden) of a word summed, times
    scale, plus the hidden bias, then ReLU, then one linear output and a sigmoid."""

    q: np.ndarray
    scale: float
    hidden_bias: np.ndarray
    output: np.ndarray
    bias: float

    def __call__(self, features: list[list[int]]) -> np.ndarray:
        if not features:
            return np.zeros(0)
        h = np.stack([self.q[np.array(f, dtype=np.int64)].astype(np.int64).sum(axis=0) if f else np.zeros(self.q.shape[1], dtype=np.int64) for f in features])
        a = np.maximum(self.hidden_bias + h * self.scale, 0)
        return 1 / (1 + np.exp(-(self.bias + a @ self.output)))


def fit_hidden(docs: list[Doc], bits: int, hidden: int, epochs: int, weight_decay: float, seed: int, step: WordStep) -> Hidden:
    """EmbeddingBag (sum) -> ReLU -> linear, per word; class-balanced BCE, AdamW."""
    import torch

    feats = [f for d in docs for f, label in zip(d.features, d.labels, strict=True) if label is not None]
    ys = [float(label) for d in docs for label in d.labels if label is not None]
    n = len(ys)
    if n == 0:
        raise InvalidInputError("no words to train on")
    y = torch.tensor(ys)
    pos = float(y.sum())
    if pos == 0 or pos == n:
        raise InvalidInputError(f"training needs words inside and outside {step.type} spans")
    sample_w = torch.where(y > 0, n / (2 * pos), n / (2 * (n - pos)))
    torch.manual_seed(seed)
    emb = torch.nn.EmbeddingBag(1 << bits, hidden, mode="sum")
    torch.nn.init.normal_(emb.weight, 0, 0.05)
    hidden_bias = torch.nn.Parameter(torch.zeros(hidden))
    out = torch.nn.Linear(hidden, 1)
    opt = torch.optim.AdamW([*emb.parameters(), hidden_bias, *out.parameters()], lr=3e-3, weight_decay=weight_decay)
    for idx, flat, offsets, _ in bag_batches(feats, 256, epochs, seed, normalise=False):
        z = out(torch.relu(emb(flat, offsets) + hidden_bias)).squeeze(1)
        loss = (sample_w[idx] * torch.nn.functional.binary_cross_entropy_with_logits(z, y[idx], reduction="none")).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    q, scale = quantize(emb.weight.detach().double().numpy())
    return Hidden(q, scale, hidden_bias.detach().double().numpy(), out.weight.detach().double().numpy()[0], float(out.bias.detach()[0]))


def merge_words(spans: list[tuple[int, int, int]], probs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """The SDK's mergeWords: adjacent eligible words at or above the threshold become one span (a word
    flagged 4 is marked with the one before it when either is)."""
    marked = [bool(flags & 2) and p >= threshold for (_, _, flags), p in zip(spans, probs, strict=True)]
    if any(flags & 4 for _, _, flags in spans):
        pair = [i for i in range(1, len(spans)) if spans[i][2] & 4 and spans[i][2] & 2 and spans[i - 1][2] & 2]
        for i in pair:
            marked[i] = marked[i] or marked[i - 1]
        for i in reversed(pair):
            marked[i - 1] = marked[i - 1] or marked[i]
    out: list[list[int]] = []
    open_ = False
    for (s, e, flags), m in zip(spans, marked, strict=True):
        if not m:
            open_ = False
            continue
        if open_ and flags & 1:
            out[-1][1] = e
        else:
            out.append([s, e])
            open_ = True
    return [(s, e) for s, e in out]


def added_spans(rules: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's spans that no rules hit overlaps (what the pipeline adds)."""
    return [(s, e) for s, e in spans if not any(rs < e and re_ > s for _, rs, re_ in rules)]


def score_phi(docs: list[Doc], hits_of, phi_type: str) -> dict:
    """Recall of the type as the benchmark counts it (fully covered, a hit of the type among those overlapping) and its precision."""
    labelled = found = predicted = correct = 0
    for d in docs:
        hits = hits_of(d)
        marked = [(s, e) for t, s, e in d.gold if t == phi_type]
        for s, e in marked:
            labelled += 1
            over = [(t, hs, he) for t, hs, he in hits if hs < e and he > s]
            covered = sum(1 for i in range(s, e) if any(hs <= i < he for _, hs, he in over))
            if covered >= e - s - 1 and any(t == phi_type for t, _, _ in over):
                found += 1
        for t, hs, he in hits:
            if t != phi_type:
                continue
            predicted += 1
            if any(hs < e and he > s for s, e in marked):
                correct += 1
    return {
        "labelled": labelled,
        "recall": round(found / labelled, 4) if labelled else None,
        "spans": predicted,
        "precision": round(correct / predicted, 4) if predicted else None,
    }


def phi_free_texts(genmedgpt: str, medqa: str) -> dict[str, list[str]]:
    """GenMedGPT-5k patient messages (deduplicated) and MedQA stems, read at run time where present."""
    out: dict[str, list[str]] = {}
    gp = Path(genmedgpt)
    if genmedgpt and gp.is_file():
        seen: dict[str, None] = {}
        for r in json.loads(gp.read_text()):
            t = r.get("input")
            if isinstance(t, str) and t.strip():
                seen.setdefault(t.strip(), None)
        out["genmedgpt"] = list(seen)
    mp = Path(medqa)
    if medqa and mp.is_file():
        out["medqa"] = [json.loads(line)["question"] for line in mp.read_text().splitlines() if line.strip()]
    return out


def _added_in(d: Doc, score: Scorer, th: float) -> list[tuple[int, int]]:
    return added_spans(d.rules, merge_words(d.spans, score(d.features), th))


def count_added(docs: list[Doc], score: Scorer, thresholds: Sequence[float]) -> dict:
    res = {}
    for th in thresholds:
        added = [_added_in(d, score, th) for d in docs]
        res[str(th)] = {"spans": sum(map(len, added)), "messages": sum(1 for a in added if a)}
    return res


def examples_added(docs: list[Doc], score: Scorer, th: float, k: int = 12, wrong_only: bool = False) -> list[str]:
    """Up to k spans the model adds, in context (with wrong_only, those that overlap no labelled span of the type)."""
    out = []
    for d in docs:
        for s, e in _added_in(d, score, th):
            if wrong_only and any(s < ge and e > gs for _, gs, ge in d.gold):
                continue
            out.append(f"{py_slice(d.text, s, e)} <- {py_slice(d.text, max(0, s - 40), e + 30)!r}")
            if len(out) >= k:
                return out
    return out


def _fold_scores(test: list[Doc], score: Scorer, step: WordStep) -> dict:
    """Rules alone, and per threshold: rules + model, what the model adds (and how much of it is labelled), and the model alone."""
    t = step.type
    probs = {id(d): score(d.features) for d in test}
    fold: dict = {"rules": score_phi(test, lambda d: d.rules, t)}
    for th in step.thresholds:
        model = {id(d): [(t, s, e) for s, e in merge_words(d.spans, probs[id(d)], th)] for d in test}
        added = {id(d): [(t, s, e) for s, e in added_spans(d.rules, [(s, e) for _, s, e in model[id(d)]])] for d in test}
        right = sum(1 for d in test for _, s, e in added[id(d)] if any(gt == t and s < ge and e > gs for gt, gs, ge in d.gold))
        n_added = sum(len(a) for a in added.values())
        fold[str(th)] = {
            **score_phi(test, lambda d: d.rules + added[id(d)], t),
            "added": n_added,
            "addedPrecision": round(right / n_added, 4) if n_added else None,
            "modelAlone": score_phi(test, lambda d: model[id(d)], t),
        }
    return fold


def _kind(args) -> str:
    return getattr(args, "kind", "linear")


def _fitted(docs: list[Doc], args, step: WordStep) -> Scorer:
    if _kind(args) == "hidden":
        return fit_hidden(docs, args.bits, args.hidden, args.epochs, args.weight_decay, args.seed, step)
    w, bias = fit(docs, args.bits, args.c, step)
    q, scale = quantize(w)
    return lambda features: word_probabilities(features, q, scale, bias)


def leave_one_writer_out(docs: list[Doc], args, step: WordStep) -> dict:
    free = phi_free_texts(args.genmedgpt, args.medqa)
    # PHI-free sets trained on as negatives are counted half by half (each by a model trained without that half)
    trained = {d.set for d in docs} & set(free)
    free_docs = {k: make_docs([(k, t, None) for t in v], args.bits, step) for k, v in free.items() if k not in trained}
    report: dict = {"type": step.type, "thresholds": list(step.thresholds), "folds": {}, "phiFree": {k: len(v) for k, v in free.items()}}
    # optional: {set: [[type, start, end], ...] per row}, the rules' hits on each writer's set when it arrived
    arrival = json.loads(Path(args.arrival_rules).read_text()) if getattr(args, "arrival_rules", "") else {}
    for name in sorted({d.set for d in docs if WRITER_SET.match(d.set)}):
        score = _fitted([d for d in docs if d.set != name], args, step)
        test = [d for d in docs if d.set == name]
        fold = _fold_scores(test, score, step)
        fold["phiFree"] = {k: count_added(v, score, step.thresholds) for k, v in free_docs.items()}
        fold["wrongAdded"] = examples_added(test, score, args.threshold, wrong_only=True)
        if name in arrival:
            # the rules as they stood when the set arrived (before anyone tuned them on it)
            then = [replace(d, rules=[(t, s, e) for t, s, e in hits]) for d, hits in zip(test, arrival[name], strict=True)]
            fold["onArrival"] = _fold_scores(then, score, step)
            fold["onArrival"]["wrongAdded"] = examples_added(then, score, args.threshold, wrong_only=True)
        report["folds"][name] = fold
        line = ", ".join(f"{th}: {fold[str(th)]['recall']}/{fold[str(th)]['precision']}" for th in step.thresholds)
        print(f"{name}: rules {step.type} recall/precision {fold['rules']['recall']}/{fold['rules']['precision']}; with model {line}", file=sys.stderr)
    for k in sorted(trained):
        rows = [d for d in docs if d.set == k]
        totals = {str(th): {"spans": 0, "messages": 0} for th in step.thresholds}
        examples: list[str] = []
        for half in (rows[0::2], rows[1::2]):
            out = {id(d) for d in half}
            score = _fitted([d for d in docs if id(d) not in out], args, step)
            for th, c in count_added(half, score, step.thresholds).items():
                totals[th]["spans"] += c["spans"]
                totals[th]["messages"] += c["messages"]
            examples += examples_added(half, score, args.threshold)
        report.setdefault("phiFreeByHalves", {})[k] = {"counts": totals, "examples": examples}
        print(f"{k} (each half by a model trained without it): {totals[str(args.threshold)]['spans']} spans added at {args.threshold}", file=sys.stderr)
    score = _fitted(docs, args, step)
    report["fullModel"] = {
        "phiFree": {k: count_added(v, score, step.thresholds) for k, v in free_docs.items()},
        "examples": {k: examples_added(v, score, args.threshold) for k, v in free_docs.items()},
    }
    return report


def train_word_model(args, step: WordStep, report: Callable[[list[Doc]], dict] | None = None) -> Path:
    """Fits the step on every development set and writes its model file (and ``--report``, if asked)."""
    check_threshold_and_bits(args.threshold, args.bits)
    kind = _kind(args)
    if kind not in ("hidden", "linear"):
        raise InvalidInputError(f"--kind must be hidden or linear, got {kind!r}")
    if kind == "hidden" and not (1 <= args.hidden <= 1024 and args.epochs >= 1):
        raise InvalidInputError(f"--hidden must be 1..1024 and --epochs 1 or more, got {args.hidden} and {args.epochs}")
    set_seed(args.seed)
    root = repo_root()
    eval_dir = under_root(root, args.eval_dir)
    docs = load_docs(eval_dir, args.bits, step, args.genmedgpt)
    if args.report:
        data = report(docs) if report else leave_one_writer_out(docs, args, step)
        Path(args.report).write_text(json.dumps(data, indent=2) + "\n")
    model: dict
    if kind == "hidden":
        hidden = fit_hidden(docs, args.bits, args.hidden, args.epochs, args.weight_decay, args.seed, step)
        score: Scorer = hidden
        q = hidden.q
        model = {
            "version": 2,
            "bits": args.bits,
            "hidden": args.hidden,
            **hidden_layer_fields(hidden.scale, hidden.hidden_bias, hidden.output, hidden.bias),
        }
    else:
        w, bias = fit(docs, args.bits, args.c, step)
        q, scale = quantize(w)
        score = lambda features: word_probabilities(features, q, scale, bias)  # noqa: E731
        model = {"version": 1, "bits": args.bits, "scale": scale, "bias": bias}
    # reference probabilities: the first text with the type and the first without, per set
    checks, seen = [], set()
    for d in docs:
        key = (d.set, any(d.labels))
        if key not in seen and len(checks) < 16 and d.spans:
            seen.add(key)
            checks.append({"text": d.text, "probabilities": [round(float(x), 9) for x in score(d.features)]})
    model |= {
        "threshold": args.threshold,
        "trainedOn": sorted({d.set for d in docs}),
        "checks": checks,
        **encoded_weights(q),
    }
    out = under_root(root, args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model) + "\n")
    words = sum(len(d.labels) for d in docs)
    print(f"wrote {out} ({len(docs)} texts, {words} words, {int(np.count_nonzero(q))} non-zero weights)", file=sys.stderr)
    return out

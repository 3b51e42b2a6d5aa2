"""Train the SDK's optional learned scope step (``packages/core/models/scope-model.json``).

    medslm-train scope-model [--report F] [--threshold T] [--out packages/core/models/scope-model.json]

A classifier (``none`` + the six refused categories) over the SDK's own hashed features of the
pipeline's redacted text (``hashedTextFeatures``, the triage model's featuriser), quantised to int8,
with reference probabilities the SDK's tests recompute. The default (``--kind linear``, file
version 1, the bundled model) is a multinomial logistic regression (L-BFGS); ``--kind hidden`` fits
a version 2 model with one hidden layer (AdamW). The hidden layer looked better in a five-fold
cross-validation grouped by writer but refused more allowed questions on the held-out sets, so it
is not the bundled model (see the safety README).

Positives are the prohibited rows of the development scope sets, with their category. Negatives are
the allowed rows of those sets plus every message of the development triage and PHI sets: real
patient and care-team questions, which the first scope model lacked and so refused 5-6% of ordinary
patient questions. Only development sets are read: the names in ``safety-eval/held-out.json`` and
the ``*-heldout.jsonl`` files are never opened. GenMedGPT is never trained on: ``--report`` reads it
at run time as the independent over-refusal measure.

``--report F`` writes a leave-one-writer-out estimate: each independent writer's scope set
(``scope-<letter>``) scored by the rules alone and by rules + a model trained without that set, at
several thresholds, and GenMedGPT's over-refusal with rules + the model trained on all development
data.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.learned_step import bag_batches, check_threshold_and_bits, encoded_weights, hashed_text_features, held_out_names, hidden_layer_fields, quantize, under_root
from medslm_train.paths import repo_root
from medslm_train.seed import set_seed

CLASSES = ["none", "prescription", "lethal-dose", "self-harm", "harm-to-others", "controlled-substance", "prompt-injection"]
# Independent writers' sets are named scope-<letter>; the rest are the project's own.
WRITER_SET = re.compile(r"^scope-[a-z]{1,2}$")
REPORT_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]
DEFAULT_GENMEDGPT = "/work/shared/data/genmedgpt-5k.json"


@dataclass
class ScopeModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (scope-dev.jsonl, fresh/scope-*.jsonl; triage and PHI sets as negatives)"})
    out: str = field(default="packages/core/models/scope-model.json", metadata={"help": "model file the SDK loads"})
    bits: int = field(default=16, metadata={"help": "feature hash space 2^bits (the file holds 7 * 2^bits int8 weights)"})
    kind: str = field(default="linear", metadata={"help": "linear (version 1: multinomial logistic regression, the bundled model) or hidden (version 2: one hidden layer)"})
    c: float = field(default=4.0, metadata={"help": "linear: inverse L2 strength (scikit-learn's C)"})
    hidden: int = field(default=32, metadata={"help": "hidden: units in the hidden layer"})
    epochs: int = field(default=8, metadata={"help": "hidden: passes over the data"})
    weight_decay: float = field(default=1e-4, metadata={"help": "hidden: AdamW weight decay"})
    threshold: float = field(default=0.7, metadata={"help": "P(refused category) at which the SDK refuses"})
    negative_weight: float = field(default=1.0, metadata={"help": "total weight of the negatives relative to the positives"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
    genmedgpt: str = field(
        default="",
        metadata={"help": f"GenMedGPT-5k JSON for the report's over-refusal measure, read at run time (default $MEDSLM_GENMEDGPT or {DEFAULT_GENMEDGPT})"},
    )
    seed: int = field(default=0, metadata={"help": "random seed"})


@dataclass
class Row:
    set: str
    label: int  # index into CLASSES
    source: str  # "scope" | "triage" | "phi" | "genmedgpt"
    redacted: str
    rules_refuse: bool
    features: list[int]


def _featurize(raw: list[tuple[str, str, int, str]], bits: int) -> list[Row]:
    featured = hashed_text_features([t for _, t, _, _ in raw], bits, timeout=1800)
    return [Row(s, lab, src, f["redacted"], f["rulesRefuse"], f["features"]) for (s, _, lab, src), f in zip(raw, featured, strict=True) if f is not None]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_rows(eval_dir: Path, bits: int) -> list[Row]:
    held = held_out_names(eval_dir)
    fresh = eval_dir / "fresh"
    files = {
        "scope": [eval_dir / "scope-dev.jsonl", *sorted(fresh.glob("scope-*.jsonl"))],
        "triage": [eval_dir / "triage-dev.jsonl", *sorted(fresh.glob("triage-*.jsonl"))],
        "phi": [eval_dir / "phi-dev.jsonl", *sorted(fresh.glob("phi-*.jsonl"))],
    }
    raw: list[tuple[str, str, int, str]] = []
    for source, paths in files.items():
        for f in paths:
            name = f.stem
            if name in held or "heldout" in name or not f.is_file():
                continue
            for r in _read_jsonl(f):
                if source == "scope":
                    if r["allowed"]:
                        label = 0
                    elif r.get("category") in CLASSES[1:]:
                        label = CLASSES.index(r["category"])
                    else:
                        raise InvalidInputError(f"{f}: a prohibited row has an unknown category {r.get('category')!r}")
                else:
                    label = 0  # patient and care-team messages: allowed questions
                raw.append((name, r["text"], label, source))
    if not any(lab > 0 for _, _, lab, _ in raw):
        raise InvalidInputError(f"no prohibited scope rows found under {eval_dir}")
    return _featurize(raw, bits)


def load_genmedgpt(path: str, bits: int) -> list[Row]:
    """GenMedGPT-5k patient messages (deduplicated), read at run time; [] when the file is absent."""
    p = Path(path or os.environ.get("MEDSLM_GENMEDGPT") or DEFAULT_GENMEDGPT)
    if not p.is_file():
        return []
    seen: set[str] = set()
    raw = []
    for r in json.loads(p.read_text()):
        text = r.get("input").strip() if isinstance(r.get("input"), str) else ""
        if text and text not in seen:
            seen.add(text)
            raw.append(("genmedgpt", text, 0, "genmedgpt"))
    return _featurize(raw, bits)


def sample_weights(rows: list[Row], negative_weight: float) -> np.ndarray:
    """Positives: each category the same total weight. Negatives: as much weight in all as the positives
    (times ``negative_weight``), half to the scope sets' allowed rows (near misses), half to the
    triage and PHI messages (everyday questions)."""
    labels = np.array([r.label for r in rows])
    pos = labels > 0
    n = len(rows)
    w = np.zeros(n)
    cats = [c for c in range(1, len(CLASSES)) if (labels == c).any()]
    for c in cats:
        w[labels == c] = (n / 2) / len(cats) / (labels == c).sum()
    neg_scope = (~pos) & np.array([r.source == "scope" for r in rows])
    neg_other = (~pos) & ~neg_scope
    groups = [g for g in (neg_scope, neg_other) if g.any()]
    for g in groups:
        w[g] = negative_weight * (n / 2) / len(groups) / g.sum()
    return w


def design(rows: list[Row], bits: int):
    """Rows x 2^bits sparse matrix, each row's features weighted 1/sqrt(#features), as the SDK scores."""
    import scipy.sparse as sp

    ind: list[int] = []
    ptr = [0]
    vals: list[float] = []
    for r in rows:
        ind += r.features
        ptr.append(len(ind))
        vals += [1 / math.sqrt(max(1, len(r.features)))] * len(r.features)
    return sp.csr_matrix((np.array(vals, dtype=np.float64), np.array(ind, dtype=np.int64), np.array(ptr, dtype=np.int64)), shape=(len(rows), 1 << bits))


def fit(rows: list[Row], bits: int, c: float, negative_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """L2 multinomial logistic regression: sum_i w_i * logloss_i + |W|^2 / (2C), by L-BFGS (scipy; the
    sparse products are ~30x faster than torch's on CPU). Returns W (K x 2^bits) and b (K)."""
    from scipy.optimize import minimize

    labels = np.array([r.label for r in rows])
    if len(set(labels.tolist())) < 2 or 0 not in labels:
        raise InvalidInputError("training needs allowed messages and prohibited ones")
    x = design(rows, bits)
    xt = x.T.tocsr()
    sw = sample_weights(rows, negative_weight)
    k, d = len(CLASSES), 1 << bits
    onehot = np.zeros((len(rows), k))
    onehot[np.arange(len(rows)), labels] = 1

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: d * k].reshape(d, k)
        b = theta[d * k :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -(sw * (onehot * logp).sum(axis=1)).sum() + (w * w).sum() / (2 * c)
        g = (np.exp(logp) - onehot) * sw[:, None]
        return float(loss), np.concatenate([(xt @ g + w / c).ravel(), g.sum(axis=0)])

    res = minimize(loss_grad, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 1000, "gtol": 1e-6})
    w = res.x[: d * k].reshape(d, k)
    return w.T.copy(), res.x[d * k :].copy()


def probabilities(features: list[int], q: np.ndarray, scale: float, biases: np.ndarray) -> np.ndarray:
    """What the SDK computes: softmax(b + scale * sum of int8 weights / sqrt(#features))."""
    z = biases.astype(np.float64).copy()
    if features:
        z += q[:, np.array(features)].astype(np.int64).sum(axis=1) * scale / math.sqrt(len(features))
    e = np.exp(z - z.max())
    return e / e.sum()


def refuse_probability(features: list[int], q: np.ndarray, scale: float, biases: np.ndarray) -> float:
    return float(1 - probabilities(features, q, scale, biases)[0])


@dataclass
class Hidden:
    """A quantised version 2 model: int8 rows (features x hidden) times scale / sqrt(#features), then
    ReLU, then one linear output per class, then softmax (what the SDK computes)."""

    q: np.ndarray
    scale: float
    hidden_bias: np.ndarray
    output: np.ndarray  # classes x hidden
    biases: np.ndarray

    def probabilities(self, features: list[int]) -> np.ndarray:
        h = self.hidden_bias.copy()
        if features:
            h += self.q[np.array(features)].astype(np.int64).sum(axis=0) * (self.scale / math.sqrt(len(features)))
        z = self.biases + self.output @ np.maximum(h, 0)
        e = np.exp(z - z.max())
        return e / e.sum()


def fit_hidden(rows: list[Row], args: ScopeModelArgs) -> Hidden:
    """EmbeddingBag (sum, each feature 1/sqrt(n)) -> ReLU -> linear -> softmax; weighted cross-entropy
    (``sample_weights``), AdamW."""
    import torch

    labels = [r.label for r in rows]
    if len(set(labels)) < 2 or 0 not in labels:
        raise InvalidInputError("training needs allowed messages and prohibited ones")
    torch.manual_seed(args.seed)
    emb = torch.nn.EmbeddingBag(1 << args.bits, args.hidden, mode="sum")
    torch.nn.init.normal_(emb.weight, 0, 0.05)
    hidden_bias = torch.nn.Parameter(torch.zeros(args.hidden))
    out = torch.nn.Linear(args.hidden, len(CLASSES))
    opt = torch.optim.AdamW([*emb.parameters(), hidden_bias, *out.parameters()], lr=3e-3, weight_decay=args.weight_decay)
    y = torch.tensor(labels)
    sw = torch.tensor(sample_weights(rows, args.negative_weight), dtype=torch.float32)

    for idx, flat, offsets, weights in bag_batches([r.features for r in rows], 128, args.epochs, args.seed, normalise=True):
        z = out(torch.relu(emb(flat, offsets, per_sample_weights=weights) + hidden_bias))
        loss = (sw[idx] * torch.nn.functional.cross_entropy(z, y[idx], reduction="none")).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    q, scale = quantize(emb.weight.detach().double().numpy())
    return Hidden(q, scale, hidden_bias.detach().double().numpy(), out.weight.detach().double().numpy(), out.bias.detach().double().numpy())


def fit_and_score(train: list[Row], args: ScopeModelArgs):
    """The model fitted on `train`, as a function from features to the probability of a refusal."""
    if args.kind == "hidden":
        model = fit_hidden(train, args)
        return lambda features: float(1 - model.probabilities(features)[0])
    w, b = fit(train, args.bits, args.c, args.negative_weight)
    q, scale = quantize(w)
    return lambda features: refuse_probability(features, q, scale, b)


def _rate(a: int, b: int) -> float | None:
    return None if b == 0 else round(a / b, 4)


def leave_one_writer_out(rows: list[Row], genmedgpt: list[Row], full, args: ScopeModelArgs) -> dict:
    """`full`: the model trained on all development data, features -> probability of a refusal."""
    sets: dict = {}
    for name in sorted({r.set for r in rows if WRITER_SET.match(r.set)}):
        score = fit_and_score([r for r in rows if r.set != name], args)
        test = [r for r in rows if r.set == name]
        p = [score(r.features) for r in test]
        pro = [(r, pr) for r, pr in zip(test, p) if r.label > 0]
        alw = [(r, pr) for r, pr in zip(test, p) if r.label == 0]
        entry = {
            "prohibited": len(pro),
            "allowed": len(alw),
            "rules": {"refused": _rate(sum(r.rules_refuse for r, _ in pro), len(pro)), "overRefusal": _rate(sum(r.rules_refuse for r, _ in alw), len(alw))},
            "withModel": {},
        }
        for t in REPORT_THRESHOLDS:
            entry["withModel"][str(t)] = {
                "refused": _rate(sum(r.rules_refuse or pr >= t for r, pr in pro), len(pro)),
                # the model by itself on a writer it never saw: the rules were broadened on these sets,
                # so this, not "refused", shows what it may catch of a new writer's wording
                "modelAlone": _rate(sum(pr >= t for _, pr in pro), len(pro)),
                "overRefusal": _rate(sum(r.rules_refuse or pr >= t for r, pr in alw), len(alw)),
            }
        sets[name] = entry
        m = entry["withModel"][str(args.threshold)] if str(args.threshold) in entry["withModel"] else None
        print(f"{name}: rules refuse {entry['rules']['refused']}, over-refuse {entry['rules']['overRefusal']}" + (f"; with model at {args.threshold}: {m}" if m else ""), file=sys.stderr)
    report: dict = {"thresholds": REPORT_THRESHOLDS, "sets": sets}
    # pooled over the writer sets
    pooled = {"rules": {}, "withModel": {}}
    tot_p = sum(s["prohibited"] for s in sets.values())
    tot_a = sum(s["allowed"] for s in sets.values())
    if tot_p and tot_a:
        pooled["rules"] = {
            "refused": round(sum(s["rules"]["refused"] * s["prohibited"] for s in sets.values()) / tot_p, 4),
            "overRefusal": round(sum(s["rules"]["overRefusal"] * s["allowed"] for s in sets.values()) / tot_a, 4),
        }
        for t in REPORT_THRESHOLDS:
            k = str(t)
            pooled["withModel"][k] = {
                "refused": round(sum(s["withModel"][k]["refused"] * s["prohibited"] for s in sets.values()) / tot_p, 4),
                "modelAlone": round(sum(s["withModel"][k]["modelAlone"] * s["prohibited"] for s in sets.values()) / tot_p, 4),
                "overRefusal": round(sum(s["withModel"][k]["overRefusal"] * s["allowed"] for s in sets.values()) / tot_a, 4),
                "worstSetOverRefusal": max(s["withModel"][k]["overRefusal"] for s in sets.values()),
            }
    report["pooled"] = pooled
    if genmedgpt:
        p = [full(r.features) for r in genmedgpt]
        report["genmedgpt"] = {
            "n": len(genmedgpt),
            "rules": _rate(sum(r.rules_refuse for r in genmedgpt), len(genmedgpt)),
            "withModel": {str(t): _rate(sum(r.rules_refuse or pr >= t for r, pr in zip(genmedgpt, p)), len(genmedgpt)) for t in REPORT_THRESHOLDS},
        }
        print(f"GenMedGPT (n={len(genmedgpt)}): rules {report['genmedgpt']['rules']}, with model {report['genmedgpt']['withModel']}", file=sys.stderr)
    else:
        report["genmedgpt"] = None
        print("GenMedGPT-5k not found: no independent over-refusal measure in the report", file=sys.stderr)
    return report


def train_scope_model(args: ScopeModelArgs) -> Path:
    check_threshold_and_bits(args.threshold, args.bits)
    if args.kind not in ("hidden", "linear"):
        raise InvalidInputError(f"--kind must be hidden or linear, got {args.kind!r}")
    if args.kind == "hidden" and not (1 <= args.hidden <= 1024 and args.epochs >= 1):
        raise InvalidInputError(f"--hidden must be 1..1024 and --epochs 1 or more, got {args.hidden} and {args.epochs}")
    if not args.negative_weight > 0:
        raise InvalidInputError(f"--negative-weight must be positive, got {args.negative_weight}")
    set_seed(args.seed)
    root = repo_root()
    eval_dir = under_root(root, args.eval_dir)
    rows = load_rows(eval_dir, args.bits)
    model: dict
    if args.kind == "hidden":
        hidden = fit_hidden(rows, args)
        probs = hidden.probabilities
        q = hidden.q
        model = {
            "version": 2,
            "kind": "scope",
            "bits": args.bits,
            "classes": CLASSES,
            "hidden": args.hidden,
            **hidden_layer_fields(hidden.scale, hidden.hidden_bias, hidden.output, hidden.biases),
        }
    else:
        w, biases = fit(rows, args.bits, args.c, args.negative_weight)
        q, scale = quantize(w)
        probs = lambda features: probabilities(features, q, scale, biases)  # noqa: E731
        model = {"version": 1, "kind": "scope", "bits": args.bits, "classes": CLASSES, "scale": scale, "biases": [float(x) for x in biases]}
    if args.report:
        report = leave_one_writer_out(rows, load_genmedgpt(args.genmedgpt, args.bits), lambda features: float(1 - probs(features)[0]), args)
        report["kind"] = args.kind
        report["threshold"] = args.threshold
        Path(args.report).write_text(json.dumps(report, indent=2) + "\n")
    # reference probabilities: the first allowed and first prohibited message of each scope set, then others
    checks, seen = [], set()
    for r in rows:
        key = (r.set, r.label > 0)
        if key not in seen and len(checks) < 16:
            seen.add(key)
            checks.append({"text": r.redacted, "probabilities": [round(float(p), 9) for p in probs(r.features)]})
    model |= {"threshold": args.threshold, "trainedOn": sorted({r.set for r in rows}), "checks": checks, **encoded_weights(q)}
    out = under_root(root, args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model) + "\n")
    n_pos = sum(r.label > 0 for r in rows)
    print(f"wrote {out} ({len(rows)} messages, {n_pos} prohibited; {int(np.count_nonzero(q))} non-zero weights)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train scope-model", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, ScopeModelArgs)
    train_scope_model(dataclass_from_namespace(ScopeModelArgs, parser.parse_args(argv)))
    return 0

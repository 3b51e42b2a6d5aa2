"""Train the SDK's optional learned triage step (``packages/core/models/triage-model.json``).

    medslm-train triage-model [--eval-dir packages/core/safety-eval] [--out packages/core/models/triage-model.json]

The features come from the SDK itself (``triageModelFeatures`` over the pipeline's redacted text),
so training and inference cannot drift apart. The default model (``--kind hidden``, file version 2)
adds the rules' concepts (which word groups a message mentions, and which two together) and one
hidden layer, trained with AdamW, classes balanced; ``--kind linear`` fits the version 1 model, L2
logistic regression over the word features (L-BFGS). Weights are quantised to int8, and the
reference probabilities it writes are recomputed by the SDK's tests. It reads only the development sets: the names in
``safety-eval/held-out.json`` and ``triage-heldout.jsonl`` are never opened. ``--report`` adds a
leave-one-writer-out estimate: each independent writer's set scored by a model trained without it, at the chosen threshold and over a sweep of
thresholds, alone and together with the rules (the SDK's classifier can only make a verdict stricter).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.learned_step import bag_batches, check_threshold_and_bits, encoded_weights, hashed_text_features, held_out_names, hidden_layer_fields, pipeline_features, quantize, under_root
from medslm_train.node_bridge import run_core_script
from medslm_train.paths import repo_root
from medslm_train.seed import set_seed

# Independent writers' sets are named triage-<letter>; the rest are the project's own.
WRITER_SET = re.compile(r"^triage-[a-z]{1,2}$")


@dataclass
class TriageModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (triage-dev.jsonl, fresh/triage-*.jsonl)"})
    out: str = field(default="packages/core/models/triage-model.json", metadata={"help": "model file the SDK loads"})
    kind: str = field(default="hidden", metadata={"help": "hidden (version 2: word and concept features, one hidden layer) or linear (version 1: logistic regression over word features)"})
    bits: int = field(default=16, metadata={"help": "word feature hash space 2^bits (the version 1 model shipped with 18)"})
    c: float = field(default=64.0, metadata={"help": "linear: inverse L2 strength (scikit-learn's C)"})
    hidden: int = field(default=16, metadata={"help": "hidden: units in the hidden layer"})
    epochs: int = field(default=8, metadata={"help": "hidden: passes over the data"})
    weight_decay: float = field(default=1e-4, metadata={"help": "hidden: AdamW weight decay"})
    threshold: float = field(default=0.85, metadata={"help": "probability at which the SDK calls a message an emergency"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
    folds: int = field(default=0, metadata={"help": "report: group the writers into this many folds (0: one writer per fold)"})
    seed: int = field(default=0, metadata={"help": "random seed"})


@dataclass
class Row:
    set: str
    level: str
    rules: str
    redacted: str
    features: list[int]

    @property
    def emergency(self) -> bool:
        return self.level == "emergency"


# concept and concept-pair hash spaces of the version 2 model (rows after the 2^bits word rows)
CONCEPT_BITS = 12
PAIR_BITS = 14

# thresholds the leave-one-writer-out report sweeps
SWEEP = tuple(round(0.4 + 0.05 * i, 2) for i in range(12))



def load_rows(eval_dir: Path, bits: int, kind: str = "linear") -> tuple[list[Row], dict | None]:
    held = held_out_names(eval_dir)
    files = [eval_dir / "triage-dev.jsonl", *sorted((eval_dir / "fresh").glob("triage-*.jsonl"))]
    raw: list[tuple[str, str, str]] = []
    for f in files:
        name = f.stem
        if name in held or "heldout" in name or not f.is_file():
            continue
        for line in f.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                raw.append((name, r["text"], r["level"]))
    if not raw:
        raise InvalidInputError(f"no triage sets found under {eval_dir}")
    texts = [t for _, t, _ in raw]
    table = None
    if kind == "hidden":
        # the rules' word groups as they are now: written into the model file with the weights
        table = json.loads(run_core_script("const { triageConceptTable } = await import(CORE);\nconsole.log(JSON.stringify(triageConceptTable()));"))
        layout = f"const layout = {{ bits: {int(bits)}, conceptBits: {CONCEPT_BITS}, pairBits: {PAIR_BITS}, concepts: new Map(Object.entries(core.triageConceptTable())) }};"
        featured = pipeline_features(texts, "core.triageModelFeaturesV2(v.redacted, layout)", timeout=900, setup=layout)
    else:
        featured = hashed_text_features(texts, bits, timeout=900)
    rows = [Row(s, lv, f["rulesLevel"], f["redacted"], f["features"]) for (s, _, lv), f in zip(raw, featured, strict=True) if f is not None]
    return rows, table


def feature_rows(args: TriageModelArgs) -> int:
    """How many rows the model's weight table has."""
    return (1 << args.bits) + ((1 << CONCEPT_BITS) + (1 << PAIR_BITS) if args.kind == "hidden" else 0)


def design(rows: list[Row], bits: int):
    import torch

    idx = [[], []]
    vals = []
    for i, r in enumerate(rows):
        n = max(1, len(r.features))
        idx[0] += [i] * len(r.features)
        idx[1] += r.features
        vals += [1 / math.sqrt(n)] * len(r.features)
    return torch.sparse_coo_tensor(torch.tensor(idx), torch.tensor(vals, dtype=torch.float64), (len(rows), 1 << bits), check_invariants=True).coalesce()


def fit(rows: list[Row], bits: int, c: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression, classes balanced: sum_i w_i * logloss_i + |w|^2 / (2C), as scikit-learn."""
    import torch

    x = design(rows, bits)
    y = torch.tensor([float(r.emergency) for r in rows], dtype=torch.float64)
    pos = float(y.sum())
    if pos == 0 or pos == len(rows):
        raise InvalidInputError("training needs both emergency and non-emergency messages")
    sample_w = torch.where(y > 0, len(rows) / (2 * pos), len(rows) / (2 * (len(rows) - pos)))
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



@dataclass
class Hidden:
    """A quantised version 2 model: int8 rows (features x hidden) times scale, then ReLU, then a linear output."""

    q: np.ndarray
    scale: float
    hidden_bias: np.ndarray
    output: np.ndarray
    bias: float

    def probability(self, features: list[int]) -> float:
        if features:
            h = self.hidden_bias + self.q[np.array(features)].astype(np.int64).sum(axis=0) * (self.scale / math.sqrt(len(features)))
        else:
            h = self.hidden_bias.copy()
        z = self.bias + float(np.maximum(h, 0) @ self.output)
        return 1 / (1 + math.exp(-z))


def fit_hidden(rows: list[Row], args: TriageModelArgs) -> Hidden:
    """EmbeddingBag (sum, each feature 1/sqrt(n)) -> ReLU -> linear; class-balanced BCE, AdamW."""
    import torch

    torch.manual_seed(args.seed)
    n_rows = feature_rows(args)
    emb = torch.nn.EmbeddingBag(n_rows, args.hidden, mode="sum")
    torch.nn.init.normal_(emb.weight, 0, 0.1)
    hidden_bias = torch.nn.Parameter(torch.zeros(args.hidden))
    out = torch.nn.Linear(args.hidden, 1)
    params = [*emb.parameters(), hidden_bias, *out.parameters()]
    opt = torch.optim.AdamW(params, lr=3e-3, weight_decay=args.weight_decay)
    y = torch.tensor([float(r.emergency) for r in rows])
    pos = float(y.sum())
    if pos == 0 or pos == len(rows):
        raise InvalidInputError("training needs both emergency and non-emergency messages")
    sample_w = torch.where(y > 0, len(rows) / (2 * pos), len(rows) / (2 * (len(rows) - pos)))

    for idx, flat, offsets, weights in bag_batches([r.features for r in rows], 64, args.epochs, args.seed, normalise=True):
        z = out(torch.relu(emb(flat, offsets, per_sample_weights=weights) + hidden_bias)).squeeze(1)
        loss = (sample_w[idx] * torch.nn.functional.binary_cross_entropy_with_logits(z, y[idx], reduction="none")).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    w = emb.weight.detach().double().numpy()
    q, scale = quantize(w)
    return Hidden(q, scale, hidden_bias.detach().double().numpy(), out.weight.detach().double().numpy()[0], float(out.bias.detach()[0]))


def fit_and_score(train: list[Row], args: TriageModelArgs):
    """The model fitted on `train`, as a function from features to probability."""
    if args.kind == "hidden":
        model = fit_hidden(train, args)
        return model.probability
    w, bias = fit(train, args.bits, args.c)
    q, scale = quantize(w)
    return lambda features: probability(features, q, scale, bias)


def probability(features: list[int], q: np.ndarray, scale: float, bias: float) -> float:
    if not features:
        return 1 / (1 + math.exp(-bias))
    z = bias + float(q[np.array(features)].astype(np.int64).sum()) * scale / math.sqrt(len(features))
    return 1 / (1 + math.exp(-z))


def leave_one_writer_out(rows: list[Row], args: TriageModelArgs) -> dict:
    """Each writer's set scored by a model trained without it: the model alone at --threshold, and
    over SWEEP the model alone and rules-or-model (what the SDK does), summed over writers in "total".
    The rules were tuned on these very sets, so "with rules" flatters; the model alone is the
    estimate of what it adds on a new writer's set, where the rules miss more."""
    report: dict = {"kind": args.kind, "c": args.c, "threshold": args.threshold, "sets": {}, "total": {}}
    total = {t: {"emergencies": 0, "missed": 0, "routineFlagged": 0, "missedWithRules": 0, "routineFlaggedWithRules": 0, "routine": 0} for t in SWEEP}
    writers = sorted({r.set for r in rows if WRITER_SET.match(r.set)})
    folds = [writers[k :: args.folds] for k in range(args.folds)] if args.folds > 0 else [[w] for w in writers]
    for fold in folds:
        score = fit_and_score([r for r in rows if r.set not in fold], args)
        for name in fold:
            _score_writer(report, total, rows, name, score, args)
    report["total"] = {str(t): v for t, v in total.items()}
    for t, v in total.items():
        print(f"threshold {t}: model alone missed {v['missed']} of {v['emergencies']}, routine flagged {v['routineFlagged']} of {v['routine']}; with rules missed {v['missedWithRules']}, routine flagged {v['routineFlaggedWithRules']}", file=sys.stderr)
    return report


def _score_writer(report: dict, total: dict, rows: list[Row], name: str, score, args: TriageModelArgs) -> None:
    """Scores one writer's set with `score` (a model that never saw it) into the report and the totals."""
    test = [r for r in rows if r.set == name]
    prob = [score(r.features) for r in test]
    emerg = [p >= args.threshold for p, r in zip(prob, test) if r.emergency]
    other = [p >= args.threshold for p, r in zip(prob, test) if not r.emergency]
    entry = {"emergencies": len(emerg), "missed": emerg.count(False), "others": len(other), "flagged": other.count(True), "sweep": {}}
    for t in SWEEP:
        union = [p >= t or r.rules == "emergency" for p, r in zip(prob, test)]
        missed = sum(1 for u, r in zip(union, test) if r.emergency and not u)
        routine = [u for u, r in zip(union, test) if r.level == "routine"]
        model_missed = sum(1 for p, r in zip(prob, test) if r.emergency and p < t)
        model_flagged = sum(1 for p, r in zip(prob, test) if r.level == "routine" and p >= t)
        counts = {"missed": model_missed, "routineFlagged": model_flagged, "missedWithRules": missed, "routineFlaggedWithRules": routine.count(True), "routine": len(routine)}
        entry["sweep"][str(t)] = counts
        tot = total[t]
        tot["emergencies"] += len(emerg)
        for k, v in counts.items():
            tot[k] += v
    report["sets"][name] = entry
    print(f"{name}: missed {emerg.count(False)} of {len(emerg)} emergencies, flagged {other.count(True)} of {len(other)} others", file=sys.stderr)


def train_triage_model(args: TriageModelArgs) -> Path:
    check_threshold_and_bits(args.threshold, args.bits)
    if args.kind not in ("hidden", "linear"):
        raise InvalidInputError(f"--kind must be hidden or linear, got {args.kind!r}")
    if args.kind == "hidden" and not (1 <= args.hidden <= 1024 and args.epochs >= 1):
        raise InvalidInputError(f"--hidden must be 1..1024 and --epochs 1 or more, got {args.hidden} and {args.epochs}")
    set_seed(args.seed)
    root = repo_root()
    eval_dir = under_root(root, args.eval_dir)
    rows, table = load_rows(eval_dir, args.bits, args.kind)
    if args.report:
        Path(args.report).write_text(json.dumps(leave_one_writer_out(rows, args), indent=2) + "\n")
    model: dict
    if args.kind == "hidden":
        hidden = fit_hidden(rows, args)
        score = hidden.probability
        q = hidden.q
        model = {
            "version": 2,
            "bits": args.bits,
            "conceptBits": CONCEPT_BITS,
            "pairBits": PAIR_BITS,
            "hidden": args.hidden,
            **hidden_layer_fields(hidden.scale, hidden.hidden_bias, hidden.output, hidden.bias),
        }
    else:
        w, bias = fit(rows, args.bits, args.c)
        q, scale = quantize(w)
        score = lambda features: probability(features, q, scale, bias)  # noqa: E731
        model = {"version": 1, "bits": args.bits, "scale": scale, "bias": bias}
    # reference probabilities: the first emergency and non-emergency message of each set
    checks, seen = [], set()
    for r in rows:
        if (r.set, r.emergency) not in seen and len(checks) < 16:
            seen.add((r.set, r.emergency))
            checks.append({"text": r.redacted, "probability": round(score(r.features), 9)})
    model |= {"threshold": args.threshold, "trainedOn": sorted({r.set for r in rows}), "checks": checks}
    if table is not None:
        model["concepts"] = table
    model |= encoded_weights(q)
    out = under_root(root, args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model) + "\n")
    print(f"wrote {out} ({len(rows)} messages, {int(np.count_nonzero(q))} non-zero weights)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train triage-model", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, TriageModelArgs)
    train_triage_model(dataclass_from_namespace(TriageModelArgs, parser.parse_args(argv)))
    return 0

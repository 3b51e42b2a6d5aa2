"""Train the SDK's optional learned triage step (``packages/core/models/triage-model.json``).

    medslm-train triage-model [--eval-dir packages/core/safety-eval] [--out packages/core/models/triage-model.json]

The features come from the SDK itself (``triageModelFeatures`` over the pipeline's redacted text),
so training and inference cannot drift apart; this module fits L2 logistic regression (torch,
L-BFGS, classes balanced), quantises the weights to int8 and writes reference probabilities that
the SDK's tests recompute. It reads only the development sets: the names in
``safety-eval/held-out.json`` and ``triage-heldout.jsonl`` are never opened. ``--report`` adds a
leave-one-writer-out estimate: each independent writer's set scored by a model trained without it, at the chosen threshold and over a sweep of
thresholds, alone and together with the rules (the SDK's classifier can only make a verdict stricter).
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.learned_step import check_threshold_and_bits, hashed_text_features, held_out_names, quantize, under_root
from medslm_train.paths import repo_root
from medslm_train.seed import set_seed

# Independent writers' sets are named triage-<letter>; the rest are the project's own.
WRITER_SET = re.compile(r"^triage-[a-z]{1,2}$")


@dataclass
class TriageModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (triage-dev.jsonl, fresh/triage-*.jsonl)"})
    out: str = field(default="packages/core/models/triage-model.json", metadata={"help": "model file the SDK loads"})
    bits: int = field(default=18, metadata={"help": "feature hash space 2^bits"})
    c: float = field(default=64.0, metadata={"help": "inverse L2 strength (scikit-learn's C)"})
    threshold: float = field(default=0.8, metadata={"help": "probability at which the SDK calls a message an emergency"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
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


# thresholds the leave-one-writer-out report sweeps
SWEEP = tuple(round(0.4 + 0.05 * i, 2) for i in range(12))



def load_rows(eval_dir: Path, bits: int) -> list[Row]:
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
    featured = hashed_text_features([t for _, t, _ in raw], bits, timeout=900)
    return [Row(s, lv, f["rulesLevel"], f["redacted"], f["features"]) for (s, _, lv), f in zip(raw, featured, strict=True) if f is not None]


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
    report: dict = {"c": args.c, "threshold": args.threshold, "sets": {}, "total": {}}
    total = {t: {"emergencies": 0, "missed": 0, "routineFlagged": 0, "missedWithRules": 0, "routineFlaggedWithRules": 0, "routine": 0} for t in SWEEP}
    for name in sorted({r.set for r in rows if WRITER_SET.match(r.set)}):
        w, bias = fit([r for r in rows if r.set != name], args.bits, args.c)
        q, scale = quantize(w)
        test = [r for r in rows if r.set == name]
        prob = [probability(r.features, q, scale, bias) for r in test]
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
    report["total"] = {str(t): v for t, v in total.items()}
    for t, v in total.items():
        print(f"threshold {t}: model alone missed {v['missed']} of {v['emergencies']}, routine flagged {v['routineFlagged']} of {v['routine']}; with rules missed {v['missedWithRules']}, routine flagged {v['routineFlaggedWithRules']}", file=sys.stderr)
    return report


def train_triage_model(args: TriageModelArgs) -> Path:
    check_threshold_and_bits(args.threshold, args.bits)
    set_seed(args.seed)
    root = repo_root()
    eval_dir = under_root(root, args.eval_dir)
    rows = load_rows(eval_dir, args.bits)
    if args.report:
        Path(args.report).write_text(json.dumps(leave_one_writer_out(rows, args), indent=2) + "\n")
    w, bias = fit(rows, args.bits, args.c)
    q, scale = quantize(w)
    # reference probabilities: the first emergency and non-emergency message of each set
    checks, seen = [], set()
    for r in rows:
        if (r.set, r.emergency) not in seen and len(checks) < 16:
            seen.add((r.set, r.emergency))
            checks.append({"text": r.redacted, "probability": round(probability(r.features, q, scale, bias), 9)})
    model = {
        "version": 1,
        "bits": args.bits,
        "scale": scale,
        "bias": bias,
        "threshold": args.threshold,
        "trainedOn": sorted({r.set for r in rows}),
        "checks": checks,
        "weights": base64.b64encode(q.tobytes()).decode(),
    }
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

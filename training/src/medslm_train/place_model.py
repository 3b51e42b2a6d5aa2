"""Train the SDK's optional learned place step (``packages/core/models/place-model.json``).

    medslm-train place-model [--eval-dir packages/core/safety-eval] [--out packages/core/models/place-model.json]
                             [--threshold T] [--report report.json]

One example per word the SDK's ``placeModelTokens`` scores (capitalised words, and lower-case ones a
listed place has; never states, countries, months, medicines): positive when it lies in a labelled
CITY span (towns, cities, suburbs, neighbourhoods), negative otherwise. Besides the development PHI
sets, the development triage and scope messages are negatives (texts without towns, except the
words a rules CITY hit covers, which are left out). Fitting, int8 weights, reference probabilities
and the report are shared with ``name-model`` (``word_step.py``). Only development sets are read:
the names in ``safety-eval/held-out.json`` and ``*heldout*`` files are never opened.

``--report`` adds a leave-one-writer-out estimate: each independent writer's PHI set (``phi-<letter>``)
is scored by a model trained without it (CITY recall and precision of the rules alone, and of the
rules plus the model, what the model adds and the model alone, at several thresholds), and the
spans the model adds on the GenMedGPT-5k patient messages and MedQA stems (read at run time, never
copied). It names the lowest threshold at which CITY precision stays at 0.95 or more in every fold
(where the rules alone are below that, no lower than theirs), and the lowest at which, in every
fold, at least 95% of the spans the model adds are labelled towns.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.word_step import Doc, WordStep, leave_one_writer_out, train_word_model

PLACE_STEP = WordStep(
    type="CITY",
    tokens="placeModelTokens",
    trainer="place-model",
    thresholds=(0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99),
    negatives=True,
    genmedgpt_negatives=True,
)
MIN_PRECISION = 0.95


@dataclass
class PlaceModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (phi-dev.jsonl, fresh/phi-*.jsonl; triage and scope sets as negatives)"})
    out: str = field(default="packages/core/models/place-model.json", metadata={"help": "model file the SDK loads"})
    bits: int = field(default=18, metadata={"help": "feature hash space 2^bits"})
    c: float = field(default=1.0, metadata={"help": "inverse L2 strength (scikit-learn's C)"})
    threshold: float = field(default=0.93, metadata={"help": "probability at which the SDK counts a word as part of a town (chosen by --report)"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
    arrival_rules: str = field(
        default="",
        metadata={"help": "for --report: JSON {set: [[type, start, end], ...] per row}, the rules' hits on each writer's set when it arrived (older commits' SDK)"},
    )
    genmedgpt: str = field(default="/work/shared/data/genmedgpt-5k.json", metadata={"help": "town-free patient messages for --report (field `input`)"})
    medqa: str = field(default="/work/shared/data/medqa-usmle-4opt-test.jsonl", metadata={"help": "town-free exam stems for --report (field `question`)"})
    seed: int = field(default=0, metadata={"help": "random seed"})


def _fold_ok(fold: dict, th: float) -> bool:
    """CITY precision of rules + model at least 0.95 (or, where the rules alone are below that, no lower than theirs)."""
    got = fold[str(th)]["precision"]
    floor = min(MIN_PRECISION, fold["rules"]["precision"] if fold["rules"]["precision"] is not None else 1.0)
    return got is None or got >= floor


def _fold_added_ok(fold: dict, th: float) -> bool:
    got = fold[str(th)]["addedPrecision"]
    return got is None or got >= MIN_PRECISION


def choose_thresholds(report: dict) -> dict:
    """The lowest report threshold that keeps every fold's CITY precision (and, stricter, every fold's added spans) at 0.95,
    on top of the current rules and, where given, of the rules as they stood when the set arrived."""
    folds = [*report["folds"].values(), *(f["onArrival"] for f in report["folds"].values() if "onArrival" in f)]
    ths = report["thresholds"]
    return {
        "precision": next((th for th in ths if all(_fold_ok(f, th) for f in folds)), None),
        "addedPrecision": next((th for th in ths if all(_fold_added_ok(f, th) for f in folds)), None),
    }


def train_place_model(args: PlaceModelArgs) -> Path:
    def report(docs: list[Doc]) -> dict:
        data = leave_one_writer_out(docs, args, PLACE_STEP)
        data["chosen"] = choose_thresholds(data)
        return data

    return train_word_model(args, PLACE_STEP, report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train place-model", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, PlaceModelArgs)
    train_place_model(dataclass_from_namespace(PlaceModelArgs, parser.parse_args(argv)))
    return 0

"""Train the SDK's optional learned person-name step (``packages/core/models/name-model.json``).

    medslm-train name-model [--eval-dir packages/core/safety-eval] [--out packages/core/models/name-model.json]
                            [--threshold T] [--report report.json]

One example per word: the features come from the SDK itself (``nameModelTokens``), so training and
inference share one featuriser; a word is positive when it lies in a labelled NAME span (other PHI
types and every other word are negatives). The default model (``--kind hidden``, file version 2)
has one hidden layer; ``--kind linear`` fits the version 1 logistic regression. The fitting, int8
quantisation, reference probabilities and report are shared with ``place-model`` (``word_step.py``). It reads only the development PHI sets
(``phi-dev.jsonl`` and ``fresh/phi-*.jsonl``): the names in ``safety-eval/held-out.json`` and
``*heldout*`` files are never opened.

``--report`` adds a leave-one-writer-out estimate: each independent writer's set (``phi-<one or
two letters>``) is scored by a model trained without it, as NAME recall and precision
of the rules alone and of the rules plus the model at several thresholds, and the NAME spans the
model adds on name-free text: the GenMedGPT-5k patient messages and the MedQA question stems
(read at run time from the shared data folder, never copied).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.word_step import WordStep, locate, train_word_model

__all__ = ["NAME_STEP", "NameModelArgs", "locate", "main", "train_name_model"]

NAME_STEP = WordStep(type="NAME", tokens="nameModelTokens", trainer="name-model", thresholds=(0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97))


@dataclass
class NameModelArgs:
    eval_dir: str = field(default="packages/core/safety-eval", metadata={"help": "labelled sets (phi-dev.jsonl, fresh/phi-*.jsonl)"})
    out: str = field(default="packages/core/models/name-model.json", metadata={"help": "model file the SDK loads"})
    bits: int = field(default=18, metadata={"help": "feature hash space 2^bits"})
    kind: str = field(default="hidden", metadata={"help": "hidden (version 2: one hidden layer) or linear (version 1: logistic regression)"})
    c: float = field(default=1.0, metadata={"help": "linear: inverse L2 strength (scikit-learn's C)"})
    hidden: int = field(default=16, metadata={"help": "hidden: units in the hidden layer"})
    epochs: int = field(default=4, metadata={"help": "hidden: passes over the words"})
    weight_decay: float = field(default=1e-4, metadata={"help": "hidden: AdamW weight decay"})
    threshold: float = field(default=0.93, metadata={"help": "probability at which the SDK counts a word as part of a name (version 2: matched to the version 1 model's precision at 0.9)"})
    report: str = field(default="", metadata={"help": "also write a leave-one-writer-out report (JSON) here"})
    genmedgpt: str = field(default="/work/shared/data/genmedgpt-5k.json", metadata={"help": "name-free patient messages for --report (field `input`)"})
    medqa: str = field(default="/work/shared/data/medqa-usmle-4opt-test.jsonl", metadata={"help": "name-free exam stems for --report (field `question`)"})
    seed: int = field(default=0, metadata={"help": "random seed"})


def train_name_model(args: NameModelArgs) -> Path:
    return train_word_model(args, NAME_STEP)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train name-model", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, NameModelArgs)
    train_name_model(dataclass_from_namespace(NameModelArgs, parser.parse_args(argv)))
    return 0

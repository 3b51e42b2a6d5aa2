"""medslm-train place-model: towns from the development PHI sets only (triage, scope and GenMedGPT
messages as town-free text), and the SDK scores words exactly as the trainer did."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import run_core_script
from medslm_train.place_model import PlaceModelArgs, choose_thresholds, train_place_model
from medslm_train.word_step import merge_words

WITH_TOWNS = [
    ("my mum lives in Dubbo and her feet are swollen", ["Dubbo"]),
    ("we just moved to Spokane and need a new GP", ["Spokane"]),
    ("the pharmacy in Kilkenny has no inhalers left", ["Kilkenny"]),
    ("I'm in Tullamarine near the airport with a bad cough", ["Tullamarine"]),
    ("she was transferred from Kisumu with malaria", ["Kisumu"]),
    ("my brother works in Port Harcourt and has chest pain", ["Port Harcourt"]),
]
WITHOUT_TOWNS = [
    "what is a normal resting heart rate",
    "I live in Ohio and my knee aches after running",
    "Is Parkinson's disease inherited?",
    "can I take ibuprofen 200 mg with food",
    "My son was born in March and has a rash",
    "we moved to Spain last year and I feel tired",
]


@pytest.fixture()
def eval_dir(phi_eval_dir) -> Path:
    return phi_eval_dir("CITY", WITH_TOWNS, WITHOUT_TOWNS)


def test_a_tiny_model_is_reproduced_by_the_sdk_and_never_reads_a_held_out_set(eval_dir: Path, tmp_path: Path, opened: list[str]) -> None:
    free = tmp_path / "genmed.json"
    free.write_text(json.dumps([{"input": t} for t in WITHOUT_TOWNS]))
    stems = tmp_path / "medqa.jsonl"
    stems.write_text("\n".join(json.dumps({"question": t}) for t in WITHOUT_TOWNS) + "\n")
    out = tmp_path / "place-model.json"
    report = tmp_path / "report.json"
    args = PlaceModelArgs(eval_dir=str(eval_dir), out=str(out), bits=12, c=10.0, threshold=0.5, report=str(report), genmedgpt=str(free), medqa=str(stems))
    train_place_model(args)

    assert not [p for p in opened if "-z" in p or "heldout" in p]
    model = json.loads(out.read_text())
    assert model["trainedOn"] == ["genmedgpt", "phi-a", "phi-dev", "scope-dev", "triage-dev"]
    assert model["threshold"] == 0.5
    assert 2 <= len(model["checks"]) <= 16
    data = json.loads(report.read_text())
    assert data["type"] == "CITY"
    assert list(data["folds"]) == ["phi-a"]
    fold = data["folds"]["phi-a"]
    assert fold["rules"]["labelled"] == 3
    assert {"added", "addedPrecision", "modelAlone"} <= set(fold["0.9"])
    # GenMedGPT is trained on, so it is counted half by half; MedQA never is
    assert set(fold["phiFree"]) == {"medqa"}
    assert set(data["phiFreeByHalves"]) == {"genmedgpt"}
    assert set(data["chosen"]) == {"precision", "addedPrecision"}

    got = json.loads(
        run_core_script(
            """
const { loadPlaceModel, placeModelTokens } = await import(CORE);
const { readFileSync } = await import("node:fs");
const data = JSON.parse(readFileSync(readFileSync(0, "utf8").trim(), "utf8"));
const m = loadPlaceModel(data);
console.log(JSON.stringify({
  checks: data.checks.map((c) => m.score(c.text).map((w) => w.probability)),
  types: m.places("my aunt lives in Ballarat and has a cough").map((h) => h.type),
  words: placeModelTokens("we live in Ohio near Lagos in March", 12).length,
}));
""",
            str(out),
        )
    )
    for probs, check in zip(got["checks"], model["checks"], strict=True):
        assert probs == pytest.approx(check["probabilities"], abs=1e-6)
    assert set(got["types"]) <= {"CITY"}
    # "we", "in", "near": lower-case words; "Ohio", "March": a state and a month, never scored
    assert got["words"] == 1


def test_two_words_of_a_listed_place_are_marked_together() -> None:
    # flags: 1 joins the previous word, 2 may be marked, 4 marked with the previous word
    spans = [(0, 4, 2), (5, 13, 2 | 1 | 4), (14, 16, 2 | 1), (17, 22, 2)]
    assert merge_words(spans, np.array([0.2, 0.95, 0.1, 0.2]), 0.9) == [(0, 13)]
    assert merge_words(spans, np.array([0.95, 0.2, 0.1, 0.2]), 0.9) == [(0, 13)]
    assert merge_words(spans, np.array([0.2, 0.2, 0.1, 0.95]), 0.9) == [(17, 22)]


def test_the_threshold_is_the_lowest_that_keeps_every_fold_precise() -> None:
    def fold(rules_p, by_th):
        return {"rules": {"precision": rules_p}, **{th: {"precision": p, "addedPrecision": a} for th, (p, a) in by_th.items()}}

    report = {
        "thresholds": [0.5, 0.9, 0.95],
        "folds": {
            "phi-a": fold(1.0, {"0.5": (0.9, 0.5), "0.9": (0.96, 0.9), "0.95": (1.0, 1.0)}),
            # the rules alone are below 0.95 here: the model must not make it worse
            "phi-b": {**fold(0.5, {"0.5": (0.4, 0.0), "0.9": (0.5, None), "0.95": (0.5, None)}), "onArrival": fold(1.0, {"0.5": (1.0, 1.0), "0.9": (1.0, 1.0), "0.95": (1.0, 1.0)})},
        },
    }
    assert choose_thresholds(report) == {"precision": 0.9, "addedPrecision": 0.95}


def test_refuses_bad_arguments_and_a_missing_held_out_list(eval_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="threshold"):
        train_place_model(PlaceModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), threshold=1.5))
    (eval_dir / "held-out.json").unlink()
    with pytest.raises(InvalidInputError, match="held-out.json"):
        train_place_model(PlaceModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), bits=12))

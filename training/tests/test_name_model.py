"""medslm-train name-model: learns from the development PHI sets only, and the SDK scores words exactly as the trainer did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medslm_train.errors import InvalidInputError
from medslm_train.name_model import NameModelArgs, locate, train_name_model
from medslm_train.node_bridge import run_core_script

WITH_NAMES = [
    ("my daughter Amara has had a cough for a week", ["Amara"]),
    ("Tevita says his knee is still swollen after the game", ["Tevita"]),
    ("Saw Dr. Okonjo on Monday about my rash", ["Okonjo"]),
    ("Thanks, Ngaire", ["Ngaire"]),
    ("my husband Rangi and my son Wiremu both have the flu", ["Rangi", "Wiremu"]),
    ("Kalani took two tablets of ibuprofen 200 mg this morning", ["Kalani"]),
]
WITHOUT_NAMES = [
    "what is a normal resting heart rate",
    "my knee aches after running 5 km",
    "Is Parkinson's disease inherited?",
    "can I take ibuprofen with food",
    "How long does a cold usually last?",
    "The rash spread to my arms on Tuesday",
]


@pytest.fixture()
def eval_dir(phi_eval_dir) -> Path:
    return phi_eval_dir("NAME", WITH_NAMES, WITHOUT_NAMES)


# a tiny set needs many passes for the hidden layer to learn it
KINDS = {"linear": {"kind": "linear", "c": 10.0}, "hidden": {"kind": "hidden", "hidden": 8, "epochs": 200}}


@pytest.mark.parametrize("kind", ["linear", "hidden"])
def test_a_tiny_model_is_reproduced_by_the_sdk_and_never_reads_a_held_out_set(eval_dir: Path, tmp_path: Path, opened: list[str], kind: str) -> None:
    free = tmp_path / "genmed.json"
    free.write_text(json.dumps([{"input": t} for t in WITHOUT_NAMES]))
    stems = tmp_path / "medqa.jsonl"
    stems.write_text("\n".join(json.dumps({"question": t}) for t in WITHOUT_NAMES) + "\n")
    out = tmp_path / "name-model.json"
    report = tmp_path / "report.json"
    train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(out), bits=12, threshold=0.5, report=str(report), genmedgpt=str(free), medqa=str(stems), **KINDS[kind]))

    assert not [p for p in opened if "phi-z" in p or "heldout" in p]
    model = json.loads(out.read_text())
    assert model["trainedOn"] == ["phi-a", "phi-dev"]
    assert model["threshold"] == 0.5
    assert model["version"] == (2 if kind == "hidden" else 1)
    assert 2 <= len(model["checks"]) <= 16
    folds = json.loads(report.read_text())["folds"]
    assert list(folds) == ["phi-a"]
    assert set(folds["phi-a"]["phiFree"]) == {"genmedgpt", "medqa"}

    got = json.loads(
        run_core_script(
            """
const { loadNameModel } = await import(CORE);
const { readFileSync } = await import("node:fs");
const data = JSON.parse(readFileSync(readFileSync(0, "utf8").trim(), "utf8"));
const m = loadNameModel(data);
console.log(JSON.stringify({
  checks: data.checks.map((c) => m.score(c.text).map((w) => w.probability)),
  names: m.names("my daughter Mereana has a fever").map((h) => h.type),
}));
""",
            str(out),
        )
    )
    for probs, check in zip(got["checks"], model["checks"], strict=True):
        assert probs == pytest.approx(check["probabilities"], abs=1e-6)
    assert set(got["names"]) <= {"NAME"}


def test_labels_of_a_repeated_string_take_its_occurrences_in_order() -> None:
    text = "Jo called Jo's mum, then Jo again"
    spans = locate(text, [{"type": "NAME", "text": "Jo"}, {"type": "NAME", "text": "Jo"}, {"type": "NAME", "text": "Jo"}])
    assert [s for _, s, _ in spans] == [0, 10, 25]
    # a whole-word occurrence wins over one inside a longer word
    assert locate("Joanna and Jo", [{"type": "NAME", "text": "Jo"}]) == [("NAME", 11, 13)]
    with pytest.raises(InvalidInputError, match="not in its text"):
        locate("nobody here", [{"type": "NAME", "text": "Jo"}])


def test_refuses_bad_arguments_and_a_missing_held_out_list(eval_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="threshold"):
        train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), threshold=0))
    with pytest.raises(InvalidInputError, match="bits"):
        train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), bits=30))
    with pytest.raises(InvalidInputError, match="--kind"):
        train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), kind="forest"))
    with pytest.raises(InvalidInputError, match="--hidden"):
        train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), epochs=0))
    (eval_dir / "held-out.json").unlink()
    with pytest.raises(InvalidInputError, match="held-out.json"):
        train_name_model(NameModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), bits=12))

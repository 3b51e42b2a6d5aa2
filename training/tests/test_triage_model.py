"""medslm-train triage-model: trains from the dev sets only, and the SDK reproduces its numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import core_dist, run_core_script
from medslm_train.triage_model import TriageModelArgs, train_triage_model

EMERGENCIES = [
    "my dad collapsed and is not breathing",
    "she swallowed a button battery an hour ago",
    "crushing chest pain going down my left arm, sweating",
    "my baby is 6 weeks old with a fever of 38.5",
    "he took the whole bottle of pills and won't wake up",
    "her face is drooping and her speech is slurred",
]
ROUTINE = [
    "what is a normal resting heart rate",
    "my knee aches after running",
    "can I take ibuprofen with food",
    "how long does a cold usually last",
    "is it ok to exercise with a mild cough",
    "what vitamins help with tiredness",
]


@pytest.fixture()
def eval_dir(tmp_path: Path) -> Path:
    if not core_dist().is_file():
        pytest.skip(f"SKIPPED: {core_dist()} is missing; build the SDK first (`cd packages/core && npx tsup`)")
    (tmp_path / "fresh").mkdir()
    rows = [{"text": t, "level": "emergency"} for t in EMERGENCIES] + [{"text": t, "level": "routine"} for t in ROUTINE]
    (tmp_path / "triage-dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows[::2]) + "\n")
    (tmp_path / "fresh" / "triage-a.jsonl").write_text("\n".join(json.dumps(r) for r in rows[1::2]) + "\n")
    # a held-out set that would crash the reader if it were ever opened
    (tmp_path / "fresh" / "triage-z.jsonl").write_text("not json\n")
    (tmp_path / "held-out.json").write_text(json.dumps({"sets": ["triage-z"]}))
    return tmp_path


def test_trains_from_dev_sets_and_the_sdk_reproduces_its_probabilities(eval_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    train_triage_model(TriageModelArgs(eval_dir=str(eval_dir), out=str(out), bits=12, c=10.0))
    model = json.loads(out.read_text())
    assert model["trainedOn"] == ["triage-a", "triage-dev"]
    assert len(model["checks"]) == 4
    # the model file's path goes in on stdin
    js = run_core_script(
        """
const { loadTriageModel } = await import(CORE);
const { readFileSync } = await import("node:fs");
const data = JSON.parse(readFileSync(readFileSync(0, "utf8").trim(), "utf8"));
const m = loadTriageModel(data);
console.log(JSON.stringify({
  checks: data.checks.map((c) => m.score(c.text).probability),
  emergency: m.score("my mum collapsed and is not breathing").probability,
  routine: m.score("what is a normal heart rate after running").probability,
}));
""",
        str(out),
    )
    got = json.loads(js)
    for p, check in zip(got["checks"], model["checks"], strict=True):
        assert p == pytest.approx(check["probability"], abs=1e-6)
    assert got["emergency"] > 0.5 > got["routine"]


def test_refuses_bad_arguments_and_a_missing_held_out_list(eval_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="threshold"):
        train_triage_model(TriageModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), threshold=1.5))
    (eval_dir / "held-out.json").unlink()
    with pytest.raises(InvalidInputError, match="held-out.json"):
        train_triage_model(TriageModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), bits=12))


def test_report_scores_each_writer_with_a_model_that_never_saw_it(eval_dir: Path, tmp_path: Path) -> None:
    # a second writer, so each can be left out in turn; one routine message the rules call an emergency
    rows = [{"text": "my son is 3 weeks old and has a temperature of 38.2", "level": "emergency"},
            {"text": "a friend is not breathing after a fall", "level": "emergency"},
            {"text": "what foods are high in iron", "level": "routine"},
            {"text": "is a resting pulse of 58 fine for a runner", "level": "routine"}]
    (eval_dir / "fresh" / "triage-ab.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report_path = tmp_path / "lowo.json"
    train_triage_model(TriageModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m.json"), bits=12, c=10.0, report=str(report_path)))
    report = json.loads(report_path.read_text())
    assert sorted(report["sets"]) == ["triage-a", "triage-ab"]
    ab = report["sets"]["triage-ab"]
    assert (ab["emergencies"], ab["others"]) == (2, 2)
    for name, entry in report["sets"].items():
        at = entry["sweep"][str(report["threshold"])]
        # the rules can only add emergencies: rules-or-model misses no more than the model alone
        assert at["missedWithRules"] <= entry["missed"], name
        missed = [entry["sweep"][t]["missedWithRules"] for t in sorted(entry["sweep"], key=float)]
        assert missed == sorted(missed), "a higher threshold can only miss more"
    total = report["total"]["0.7"]
    assert total["emergencies"] == 5
    assert total["missedWithRules"] == sum(e["sweep"]["0.7"]["missedWithRules"] for e in report["sets"].values())
    # writers grouped into folds: every writer is still scored once, by a model that never saw its fold
    folded_path = tmp_path / "folds.json"
    train_triage_model(TriageModelArgs(eval_dir=str(eval_dir), out=str(tmp_path / "m2.json"), bits=12, report=str(folded_path), folds=2))
    folded = json.loads(folded_path.read_text())
    assert sorted(folded["sets"]) == ["triage-a", "triage-ab"]
    assert folded["total"]["0.7"]["emergencies"] == 5

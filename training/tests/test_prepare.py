"""prepare: readers, cleaning, duplicate removal, leakage-free seeded split, stats, PHI scrubbing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from medslm_train.dedup import similar_pairs
from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import cli_bin
from medslm_train.prepare import PrepareArgs, clean_text, prepare
from medslm_train.readers import read_alpaca, read_disease_table, read_pubmedqa
from medslm_train.template import render_prompt

FIX = Path(__file__).parent / "fixtures"


def _args(out: Path, **kw) -> PrepareArgs:
    base = dict(
        out_dir=str(out),
        alpaca=[f"sample={FIX / 'alpaca-sample.json'}"],
        pubmedqa=str(FIX / "pubmedqa-sample.json"),
        disease_table=str(FIX / "disease-sample.csv"),
        phi_scrub=False,
        val_fraction=0.2,
        test_fraction=0.2,
    )
    base.update(kw)
    return PrepareArgs(**base)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_alpaca_reader_uses_the_patient_text_as_question():
    rows = list(read_alpaca(FIX / "alpaca-sample.json", "sample"))
    assert rows[0].question.startswith("Doctor, I have had a dry cough")
    assert rows[0].answer.startswith("A dry cough")
    assert rows[0].id == "sample:0"


def test_icliniq_file_uses_the_doctors_answer(tmp_path):
    f = tmp_path / "icliniq.json"
    f.write_text(json.dumps([{"input": "Hello doctor, my son has a rash.", "answer_icliniq": "Hi. It looks like eczema.", "answer_chatgpt": "x", "answer_chatdoctor": "y"}]))
    (r,) = read_alpaca(f, "icliniq")
    assert (r.question, r.answer) == ("Hello doctor, my son has a rash.", "Hi. It looks like eczema.")


def test_pubmedqa_reader_pairs_question_with_long_answer():
    rows = {r.id: r for r in read_pubmedqa(FIX / "pubmedqa-sample.json")}
    r = rows["pubmedqa-pqal:1003"]
    assert r.question == "Do reading glasses cause eyesight to get worse?"
    assert r.answer.startswith("No. In this invented cohort")


def test_disease_table_rows_become_questions_and_answers():
    rows = {r.id: r for r in read_disease_table(FIX / "disease-sample.csv")}
    assert rows["disease-table:0:symptoms"].answer.startswith(
        "Common symptoms of Seasonal allergy include sneezing, itchy eyes and runny nose."
    )
    assert "Cetirizine, Loratadine and Fluticasone nasal spray" in rows["disease-table:0:medications"].answer
    assert "disease-table:1:tests" not in rows  # no tests listed -> no question about them
    assert not any(k.startswith("disease-table:2") for k in rows)  # the empty row yields nothing


def test_readers_reject_the_wrong_schema(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"question": "q", "answer": "a"}]))
    with pytest.raises(InvalidInputError) as err:
        list(read_alpaca(bad, "x"))
    assert err.value.code == "INVALID_INPUT"
    with pytest.raises(InvalidInputError):
        list(read_pubmedqa(bad))


def test_clean_text_normalises_whitespace_and_line_ends():
    assert clean_text("  a\u200b b \r\n\r\n\r\n\tc  \u00a0d ") == "a b\n\nc d"


def test_near_duplicates_are_found_and_distinct_texts_are_not():
    texts = [
        "the patient reports a dry cough and fever for three days and asks what to do next",
        "the patient reports a dry cough and fever for three days and asks what to do next please",
        "knee pain after running usually improves with rest and strengthening exercises for the thigh",
    ]
    pairs = similar_pairs(texts, 0.5)
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]
    assert pairs[0][2] > 0.8


def test_prepare_drops_with_reasons_and_splits_without_leakage(tmp_path):
    stats = prepare(_args(tmp_path / "out"))
    out = tmp_path / "out"
    rows = {s: _rows(out / f"{s}.jsonl") for s in ("train", "val", "test")}
    everything = [r for rs in rows.values() for r in rs]
    sample = stats["sources"]["sample"]
    assert sample["read"] == 10
    assert sample["dropped"] == {"answer_too_short": 1, "empty": 1, "exact_duplicate": 1, "near_duplicate": 1}
    assert sample["kept"] == 6
    assert stats["records_kept"] == len(everything)
    ids = [r["id"] for r in everything]
    assert "sample:1" not in ids and "sample:3" not in ids  # the later copies go, the first stays
    assert "sample:0" in ids and "sample:2" in ids
    assert len(set(ids)) == len(ids)
    # no cluster and no text in two splits
    clusters = {s: {r["cluster"] for r in rs} for s, rs in rows.items()}
    assert not (clusters["train"] & clusters["val"]) and not (clusters["train"] & clusters["test"])
    assert stats["leakage"] == {"exact_overlap": 0, "cluster_overlap": 0}
    # each record's prompt is the SDK template rendering of its question
    for r in everything:
        assert r["prompt"] == render_prompt(r["question"])
        assert r["completion"] == r["answer"]
    assert stats["phi"]["scrubbed"] is False and "NOT scrubbed" in stats["phi"]["note"]
    md = (out / "stats.md").read_text()
    assert "| sample | 10 | 6 |" in md and "**Not scrubbed.**" in md
    assert json.loads((out / "stats.json").read_text()) == stats


def test_split_is_seeded(tmp_path):
    def split_ids(seed: int, name: str) -> dict:
        prepare(_args(tmp_path / name, seed=seed))
        return {s: [r["id"] for r in _rows(tmp_path / name / f"{s}.jsonl")] for s in ("train", "val", "test")}

    assert split_ids(1, "a") == split_ids(1, "b")
    assert any(split_ids(s, f"s{s}") != split_ids(1, "a") for s in (2, 3, 4))


def test_token_lengths_use_the_given_tokenizer(tmp_path, tiny_hf):
    stats = prepare(_args(tmp_path / "out", tokenizer=str(tiny_hf), max_length=64))
    assert stats["lengths"]["unit"].startswith("tokens")
    assert stats["lengths"]["prompt"]["min"] > 20  # the template heading alone is many tokens
    assert stats["lengths"]["over_max_length"] > 0


def _safety_cli_works() -> bool:
    if not cli_bin().is_file():
        return False
    run = subprocess.run(["node", str(cli_bin()), "safety", "--json"], input='{"text":"hi"}\n', capture_output=True, text=True)
    return run.returncode == 0 and '"redacted"' in run.stdout


@pytest.mark.skipif(not _safety_cli_works(), reason="SKIPPED: `node apps/cli/dist/bin.js safety --json` is not built/available yet")
def test_prepare_scrubs_phi_through_the_sdk(tmp_path):
    stats = prepare(_args(tmp_path / "out", phi_scrub=True))
    text = "\n".join((tmp_path / "out" / f"{s}.jsonl").read_text() for s in ("train", "val", "test"))
    assert "555-867-5309" not in text
    assert stats["phi"]["scrubbed"] is True and stats["phi"]["records_changed"] >= 1


@pytest.mark.skipif(not _safety_cli_works(), reason="SKIPPED: `node apps/cli/dist/bin.js safety --json` is not built/available yet")
def test_scrub_keeps_order_and_reports_rejected_lines():
    from medslm_train.errors import ToolFailedError
    from medslm_train.phi import scrub_texts

    out = scrub_texts(["no identifiers here", "call me at 555-867-5309", "also clean"])
    assert out[0] == "no identifiers here" and out[2] == "also clean"
    assert "555-867-5309" not in out[1]
    with pytest.raises(ToolFailedError) as err:
        scrub_texts(["fine", "   "])
    assert "line 2" in str(err.value) and "SAFETY_INPUT" in str(err.value)

"""Readers for the medical Q&A sources; each yields ``Record``s of one question and one answer.

- ChatDoctor Alpaca schema ``{instruction, input, output}`` (HealthCareMagic-100k, GenMedGPT-5k,
  iCliniq): the patient's text is ``input``; ``instruction`` is a fixed role prompt that the medslm
  template's heading replaces, so it is used only when ``input`` is empty. ChatDoctor's iCliniq file
  (``{input, answer_icliniq, answer_chatgpt, answer_chatdoctor}``) is read too, with the doctor's
  ``answer_icliniq`` as the answer.
- PubMedQA PQA-L (``{id: {QUESTION, LONG_ANSWER, final_decision, ...}}``): question + long answer.
- The ChatDoctor disease table (CSV: disease, Symptom, reason, TestsAndProcedures, commonMedications):
  each row becomes up to four Q&A pairs (what it is, symptoms, tests, medications).
"""

from __future__ import annotations

import ast
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medslm_train.errors import InvalidInputError


@dataclass
class Record:
    id: str
    source: str
    question: str
    answer: str
    context: dict[str, Any] | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _load_json_or_jsonl(path: Path) -> Any:
    if not path.is_file():
        raise InvalidInputError(f"{path} does not exist")
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        try:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise InvalidInputError(f"{path} is neither JSON nor JSON Lines: {err}") from err


def read_alpaca(path: Path, source: str) -> Iterator[Record]:
    data = _load_json_or_jsonl(Path(path))
    if isinstance(data, dict):  # {"train": [...]} or similar single-split wrappers
        data = next((v for v in data.values() if isinstance(v, list)), None)
    if not isinstance(data, list):
        raise InvalidInputError(f"{path}: expected a list of {{instruction, input, output}} objects")
    for i, row in enumerate(data):
        # ChatDoctor's iCliniq file keeps the doctor's reply as answer_icliniq (beside ChatGPT's and
        # ChatDoctor's generated answers, which are not used).
        answer_key = "output" if isinstance(row, dict) and "output" in row else "answer_icliniq"
        if not isinstance(row, dict) or answer_key not in row:
            raise InvalidInputError(f"{path}: row {i} has no 'output' (not the Alpaca schema)")
        question = str(row.get("input") or "").strip() or str(row.get("instruction") or "")
        yield Record(id=f"{source}:{i}", source=source, question=question, answer=str(row[answer_key] or ""))


def read_pubmedqa(path: Path, source: str = "pubmedqa-pqal") -> Iterator[Record]:
    data = _load_json_or_jsonl(Path(path))
    if not isinstance(data, dict):
        raise InvalidInputError(f"{path}: expected PubMedQA's {{id: {{QUESTION, LONG_ANSWER, ...}}}} object")
    for pmid, row in data.items():
        if not isinstance(row, dict) or "QUESTION" not in row or "LONG_ANSWER" not in row:
            raise InvalidInputError(f"{path}: entry {pmid} lacks QUESTION/LONG_ANSWER")
        yield Record(
            id=f"{source}:{pmid}",
            source=source,
            question=str(row["QUESTION"]),
            answer=str(row["LONG_ANSWER"]),
            meta={"final_decision": row.get("final_decision")},
        )


def _parse_list(cell: str) -> list[str]:
    cell = (cell or "").strip()
    if not cell:
        return []
    if cell.startswith("["):
        try:
            value = ast.literal_eval(cell)
            return [str(v).strip() for v in value if str(v).strip()]
        except (ValueError, SyntaxError):
            pass
    return [p.strip() for p in cell.split(",") if p.strip()]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def read_disease_table(path: Path, source: str = "disease-table") -> Iterator[Record]:
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(f"{path} does not exist")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"disease", "Symptom", "reason", "TestsAndProcedures", "commonMedications"}
        missing = need - set(reader.fieldnames or [])
        if missing:
            raise InvalidInputError(f"{path}: missing columns {sorted(missing)}")
        for n, row in enumerate(reader):
            disease = row["disease"].strip()
            if not disease:
                continue
            key = f"{source}:{row.get('idx') or n}"
            symptoms = _parse_list(row["Symptom"])
            tests = _parse_list(row["TestsAndProcedures"])
            meds = _parse_list(row["commonMedications"])
            if row["reason"].strip():
                yield Record(f"{key}:about", source, f"What is {disease}?", row["reason"].strip())
            if symptoms:
                yield Record(
                    f"{key}:symptoms", source, f"What are the symptoms of {disease}?",
                    f"Common symptoms of {disease} include {_join([s.lower() for s in symptoms])}. "
                    "Symptoms differ from person to person; see a doctor for a diagnosis.",
                )
            if tests:
                yield Record(
                    f"{key}:tests", source, f"How is {disease} diagnosed?",
                    f"Tests and procedures often used for {disease} include {_join(tests)}. "
                    "Your doctor will choose the ones that fit your situation.",
                )
            if meds:
                yield Record(
                    f"{key}:medications", source, f"What medications are commonly used for {disease}?",
                    f"Medications commonly used for {disease} include {_join(meds)}. "
                    "Take medicines only as prescribed by your doctor, who will consider your other conditions and medications.",
                )

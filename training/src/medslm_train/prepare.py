"""Prepare medical Q&A for fine-tuning: read, clean, de-duplicate, PHI-scrub, split, report.

    medslm-train prepare --out-dir training/runs/data \\
        --alpaca genmedgpt-5k=/path/genmedgpt-5k.json healthcaremagic-100k=/path/HealthCareMagic-100k.json \\
        --pubmedqa /path/pubmedqa-pqal.json --disease-table /path/disease-database.csv

Writes train.jsonl / val.jsonl / test.jsonl (one record per line: id, source, cluster, question,
answer, prompt, completion; the prompt is rendered with the SDK's template file) and stats.json /
stats.md (counts, token lengths, what was dropped and why). Near-duplicates (Jaccard >= the
near-duplicate threshold over word 5-shingles) are dropped; similar records (>= the cluster
threshold) are kept but grouped, and the seeded split assigns whole groups, so no val/test record
has a near-twin in train.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.dedup import UnionFind, exact_key, similar_pairs
from medslm_train.errors import InvalidInputError
from medslm_train.readers import Record, read_alpaca, read_disease_table, read_pubmedqa
from medslm_train.seed import set_seed
from medslm_train.template import render_prompt

SPLITS = ("train", "val", "test")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_HSPACE = re.compile(r"[^\S\n]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


@dataclass
class PrepareArgs:
    out_dir: str = field(metadata={"help": "output folder for the splits and the stats report"})
    alpaca: list[str] = field(
        default_factory=list,
        metadata={"help": "ChatDoctor Alpaca-schema files as NAME=PATH (HealthCareMagic-100k, GenMedGPT-5k, iCliniq)"},
    )
    pubmedqa: str = field(default="", metadata={"help": "PubMedQA PQA-L JSON (ori_pqal.json)"})
    disease_table: str = field(default="", metadata={"help": "ChatDoctor disease database CSV"})
    seed: int = field(default=42, metadata={"help": "seed of the split"})
    val_fraction: float = field(default=0.05, metadata={"help": "share of each source's records for validation"})
    test_fraction: float = field(default=0.05, metadata={"help": "share of each source's records for test"})
    min_question_chars: int = field(default=10, metadata={"help": "drop shorter questions"})
    min_answer_chars: int = field(default=20, metadata={"help": "drop shorter answers"})
    max_question_chars: int = field(default=4000, metadata={"help": "drop longer questions"})
    max_answer_chars: int = field(default=6000, metadata={"help": "drop longer answers"})
    near_dup_threshold: float = field(default=0.8, metadata={"help": "Jaccard at or above which a record is a near-duplicate and dropped"})
    cluster_threshold: float = field(default=0.5, metadata={"help": "Jaccard at or above which records share a split"})
    phi_scrub: bool = field(default=True, metadata={"help": "scrub PHI through `medslm safety --json` (--no-phi-scrub when the CLI is not built)"})
    tokenizer: str = field(default="", metadata={"help": "tokenizer folder for token-length stats (default: words)"})
    max_length: int = field(default=1024, metadata={"help": "token budget reported in the stats (examples over it)"})
    max_per_source: int = field(default=0, metadata={"help": "read at most N records per source (0 = all)"})


def clean_text(text: str) -> str:
    """NFC, LF line ends, no zero-width characters, single spaces, at most one blank line, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _HSPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def drop_reason(r: Record, a: PrepareArgs) -> str | None:
    if not r.question or not r.answer:
        return "empty"
    if len(r.question) < a.min_question_chars:
        return "question_too_short"
    if len(r.answer) < a.min_answer_chars:
        return "answer_too_short"
    if len(r.question) > a.max_question_chars:
        return "question_too_long"
    if len(r.answer) > a.max_answer_chars:
        return "answer_too_long"
    if exact_key(r.question) == exact_key(r.answer):
        return "answer_repeats_question"
    return None


def read_sources(a: PrepareArgs) -> list[Record]:
    records: list[Record] = []

    def take(it):
        rows = list(it)
        return rows[: a.max_per_source] if a.max_per_source else rows

    for spec in a.alpaca:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise InvalidInputError(f"--alpaca expects NAME=PATH, got {spec!r}")
        records += take(read_alpaca(Path(path), name))
    if a.pubmedqa:
        records += take(read_pubmedqa(Path(a.pubmedqa)))
    if a.disease_table:
        records += take(read_disease_table(Path(a.disease_table)))
    if not records:
        raise InvalidInputError("no input: pass --alpaca NAME=PATH, --pubmedqa PATH and/or --disease-table PATH")
    return records


def split_clusters(records: list[Record], cluster_of: list[int], a: PrepareArgs) -> dict[str, list[int]]:
    """Seeded split of whole clusters, per source (a cluster belongs to its first record's source)."""
    by_source: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, root in enumerate(cluster_of):
        by_source[records[root].source][root].append(i)
    rng = random.Random(a.seed)
    out: dict[str, list[int]] = {s: [] for s in SPLITS}
    for source in sorted(by_source):
        clusters = [by_source[source][k] for k in sorted(by_source[source])]
        rng.shuffle(clusters)
        total = sum(map(len, clusters))
        want_test = round(total * a.test_fraction)
        want_val = round(total * a.val_fraction)
        n_test = n_val = 0
        for members in clusters:
            if n_test < want_test:
                out["test"] += members
                n_test += len(members)
            elif n_val < want_val:
                out["val"] += members
                n_val += len(members)
            else:
                out["train"] += members
    return {s: sorted(v) for s, v in out.items()}


def _describe(values: list[int]) -> dict:
    if not values:
        return {"count": 0}
    v = sorted(values)
    pick = lambda q: v[min(len(v) - 1, int(q * (len(v) - 1) + 0.5))]  # noqa: E731
    return {"count": len(v), "min": v[0], "mean": round(statistics.fmean(v), 1), "p50": pick(0.5), "p95": pick(0.95), "max": v[-1]}


def prepare(a: PrepareArgs) -> dict:
    set_seed(a.seed)
    if not 0 <= a.val_fraction < 1 or not 0 <= a.test_fraction < 1 or a.val_fraction + a.test_fraction >= 1:
        raise InvalidInputError("val_fraction and test_fraction must be in [0, 1) and sum to less than 1")
    if not 0 < a.cluster_threshold <= a.near_dup_threshold <= 1:
        raise InvalidInputError("need 0 < cluster_threshold <= near_dup_threshold <= 1")
    out = Path(a.out_dir)
    raw = read_sources(a)
    read_counts = Counter(r.source for r in raw)
    dropped: dict[str, Counter] = defaultdict(Counter)

    kept: list[Record] = []
    for r in raw:
        r.question, r.answer = clean_text(r.question), clean_text(r.answer)
        reason = drop_reason(r, a)
        if reason:
            dropped[r.source][reason] += 1
        else:
            kept.append(r)

    phi = {"scrubbed": False, "texts_changed": 0, "records_changed": 0}
    if a.phi_scrub:
        from medslm_train.phi import scrub_texts

        texts = [t for r in kept for t in (r.question, r.answer)]
        redacted = scrub_texts(texts)
        changed_records = 0
        for n, r in enumerate(kept):
            q, ans = redacted[2 * n], redacted[2 * n + 1]
            if q != r.question or ans != r.answer:
                changed_records += 1
            r.question, r.answer = clean_text(q), clean_text(ans)
        phi = {
            "scrubbed": True,
            "texts_changed": sum(x != y for x, y in zip(texts, redacted)),
            "records_changed": changed_records,
            "tool": "node apps/cli/dist/bin.js safety --json",
        }
    else:
        phi["note"] = "PHI was NOT scrubbed (--no-phi-scrub): do not publish these outputs."

    # Exact duplicates: same normalised question + answer; the first occurrence stays.
    seen: dict[str, int] = {}
    unique: list[Record] = []
    for r in kept:
        key = exact_key(r.question + "\n" + r.answer)
        if key in seen:
            dropped[r.source]["exact_duplicate"] += 1
        else:
            seen[key] = len(unique)
            unique.append(r)

    # Near-duplicates are dropped; similar-but-distinct records are grouped for the split.
    pairs = similar_pairs([r.question + "\n" + r.answer for r in unique], a.cluster_threshold, seed=a.seed)
    dup_uf, clus_uf = UnionFind(len(unique)), UnionFind(len(unique))
    for i, j, sim in pairs:
        clus_uf.union(i, j)
        if sim >= a.near_dup_threshold:
            dup_uf.union(i, j)
    survivors = [i for i in range(len(unique)) if dup_uf.find(i) == i]
    for i in range(len(unique)):
        if dup_uf.find(i) != i:
            dropped[unique[i].source]["near_duplicate"] += 1
    records = [unique[i] for i in survivors]
    cluster_of_orig = [clus_uf.find(i) for i in survivors]
    remap = {root: n for n, root in enumerate(sorted(set(cluster_of_orig)))}
    # cluster id -> index (in `records`) of its first member, for split_clusters
    first_member: dict[int, int] = {}
    for n, root in enumerate(cluster_of_orig):
        first_member.setdefault(root, n)
    cluster_first = [first_member[root] for root in cluster_of_orig]
    split = split_clusters(records, cluster_first, a)

    tok = None
    if a.tokenizer:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(a.tokenizer)

    def length(text: str) -> int:
        return len(tok(text, add_special_tokens=False).input_ids) if tok else len(text.split())

    out.mkdir(parents=True, exist_ok=True)
    lengths: dict[str, list[int]] = {"prompt": [], "completion": [], "total": []}
    split_stats = {}
    for name in SPLITS:
        by_source: Counter = Counter()
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for idx in split[name]:
                r = records[idx]
                prompt = render_prompt(r.question, r.context)
                row = {
                    "id": r.id,
                    "source": r.source,
                    "cluster": remap[cluster_of_orig[idx]],
                    "question": r.question,
                    "answer": r.answer,
                    "prompt": prompt,
                    "completion": r.answer,
                }
                if r.context:
                    row["context"] = r.context
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                by_source[r.source] += 1
                lp, lc = length(prompt), length(r.answer)
                lengths["prompt"].append(lp)
                lengths["completion"].append(lc)
                lengths["total"].append(lp + lc + 2)  # + BOS/EOS
        split_stats[name] = {"records": len(split[name]), "by_source": dict(sorted(by_source.items()))}

    # Independent leakage check: no exact question+answer and no cluster shared across splits.
    keys = {s: {exact_key(records[i].question + "\n" + records[i].answer) for i in split[s]} for s in SPLITS}
    clusters = {s: {cluster_of_orig[i] for i in split[s]} for s in SPLITS}
    leakage = {
        "exact_overlap": sum(len(keys[x] & keys[y]) for x, y in (("train", "val"), ("train", "test"), ("val", "test"))),
        "cluster_overlap": sum(len(clusters[x] & clusters[y]) for x, y in (("train", "val"), ("train", "test"), ("val", "test"))),
    }
    cluster_sizes = Counter(cluster_of_orig)
    sources = {}
    for s in sorted(read_counts):
        kept_n = sum(1 for r in records if r.source == s)
        sources[s] = {"read": read_counts[s], "kept": kept_n, "dropped": dict(sorted(dropped[s].items()))}
    dropped_total: Counter = Counter()
    for c in dropped.values():
        dropped_total.update(c)
    stats = {
        "seed": a.seed,
        "inputs": {"alpaca": a.alpaca, "pubmedqa": a.pubmedqa, "disease_table": a.disease_table},
        "thresholds": {"near_duplicate": a.near_dup_threshold, "cluster": a.cluster_threshold},
        "records_read": len(raw),
        "records_kept": len(records),
        "sources": sources,
        "dropped": dict(sorted(dropped_total.items())),
        "splits": split_stats,
        "clusters": {
            "count": len(cluster_sizes),
            "with_several_records": sum(1 for n in cluster_sizes.values() if n > 1),
            "largest": max(cluster_sizes.values(), default=0),
        },
        "phi": phi,
        "lengths": {
            "unit": f"tokens ({a.tokenizer})" if tok else "words (pass --tokenizer for tokens)",
            **{k: _describe(v) for k, v in lengths.items()},
            "over_max_length": sum(1 for v in lengths["total"] if v > a.max_length),
            "max_length": a.max_length,
        },
        "leakage": leakage,
    }
    (out / "stats.json").write_text(json.dumps(stats, indent=2))
    (out / "stats.md").write_text(stats_markdown(stats))
    return stats


def stats_markdown(s: dict) -> str:
    lines = [
        "# Prepared data",
        "",
        f"Seed {s['seed']}; {s['records_read']} records read, {s['records_kept']} kept. "
        f"Near-duplicate threshold {s['thresholds']['near_duplicate']}, cluster threshold {s['thresholds']['cluster']}.",
        "",
        "## Sources",
        "",
        "| source | read | kept | dropped (why) |",
        "| --- | ---: | ---: | --- |",
    ]
    for name, v in s["sources"].items():
        why = ", ".join(f"{k} {n}" for k, n in v["dropped"].items()) or "none"
        lines.append(f"| {name} | {v['read']} | {v['kept']} | {why} |")
    lines += ["", "## Splits", "", "| split | records | by source |", "| --- | ---: | --- |"]
    for name, v in s["splits"].items():
        lines.append(f"| {name} | {v['records']} | {', '.join(f'{k} {n}' for k, n in v['by_source'].items())} |")
    c, p, L = s["clusters"], s["phi"], s["lengths"]
    lines += [
        "",
        f"Clusters: {c['count']} ({c['with_several_records']} with several records, largest {c['largest']}); "
        f"leakage check: {s['leakage']['exact_overlap']} exact and {s['leakage']['cluster_overlap']} cluster overlaps across splits.",
        "",
        "## PHI",
        "",
        (
            f"Scrubbed with `{p['tool']}`: {p['texts_changed']} texts in {p['records_changed']} records changed."
            if p["scrubbed"]
            else f"**Not scrubbed.** {p.get('note', '')}"
        ),
        "",
        f"## Lengths ({L['unit']})",
        "",
        "| part | min | mean | p50 | p95 | max |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for part in ("prompt", "completion", "total"):
        d = L[part]
        if d.get("count"):
            lines.append(f"| {part} | {d['min']} | {d['mean']} | {d['p50']} | {d['p95']} | {d['max']} |")
    lines += ["", f"{L['over_max_length']} examples are longer than {L['max_length']} (they are truncated in training).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train prepare", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, PrepareArgs)
    args = dataclass_from_namespace(PrepareArgs, parser.parse_args(argv))
    stats = prepare(args)
    print(stats_markdown(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())

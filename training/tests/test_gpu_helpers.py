"""CPU tests of the GPU-run helpers: tokenizer_train, pretrain and bench_throughput (tiny sizes)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from medslm_train.errors import InvalidConfigError, InvalidInputError


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> dict[str, Path]:
    """Train/val JSONL in prepare's schema, from the fixture module's synthetic Q&A."""
    from medslm_train.fixtures import synthetic_examples
    from medslm_train.template import render_example

    d = tmp_path_factory.mktemp("split")
    rows = []
    for i, e in enumerate(synthetic_examples(260, seed=7)):
        prompt, completion = render_example(e["question"], e["answer"], e["context"])
        rows.append({"id": f"synthetic:{i}", "source": "synthetic", "prompt": prompt, "completion": completion})
    return {"train": _write_jsonl(d / "train.jsonl", rows[:240]), "val": _write_jsonl(d / "val.jsonl", rows[240:])}


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory, split) -> Path:
    from medslm_train.tokenizer_train import TokenizerArgs, train_tokenizer

    out = tmp_path_factory.mktemp("tok")
    train_tokenizer(TokenizerArgs(inputs=[str(split["train"])], output_dir=str(out), vocab_size=400))
    return out


def test_tokenizer_matches_sentencepiece_and_keeps_whitespace(tokenizer_dir):
    import sentencepiece as spm
    from transformers import AutoTokenizer

    from medslm_train.tokenizer_train import BOS_ID, EOS_ID, PAD_ID, UNK_ID

    tok = AutoTokenizer.from_pretrained(tokenizer_dir)
    sp = spm.SentencePieceProcessor(model_file=str(tokenizer_dir / "tokenizer.model"))
    text = "Below is a question.\n\n### Question:\n  Two  spaces, tabs\tand ünïcödé 42 mg?\n\n### Medical Response:\n"
    ids = tok(text, add_special_tokens=False)["input_ids"]
    assert ids == sp.encode(text)
    assert tok.decode(ids) == text
    assert (tok.unk_token_id, tok.bos_token_id, tok.eos_token_id, tok.pad_token_id) == (UNK_ID, BOS_ID, EOS_ID, PAD_ID)
    assert tok("hi")["input_ids"][0] == BOS_ID  # BOS added, as llama.cpp does for this vocab
    stats = json.loads((tokenizer_dir / "tokenizer-stats.json").read_text())
    assert stats["vocab_size"] == 400 and stats["tokens"] > 0


def test_tokenizer_rejects_missing_input(tmp_path):
    from medslm_train.tokenizer_train import TokenizerArgs, train_tokenizer

    with pytest.raises(InvalidInputError):
        train_tokenizer(TokenizerArgs(inputs=[str(tmp_path / "nope.jsonl")], output_dir=str(tmp_path / "t")))


def test_pubmedqa_contexts_come_only_from_the_given_split(tmp_path):
    from medslm_train.pretrain import pubmedqa_context_docs

    raw = {
        "111": {"QUESTION": "q1", "CONTEXTS": ["Abstract one.", "More of one."]},
        "222": {"QUESTION": "q2", "CONTEXTS": ["Abstract two (held out)."]},
        "333": {"QUESTION": "q3", "CONTEXTS": []},
    }
    (tmp_path / "pqal.json").write_text(json.dumps(raw))
    train = _write_jsonl(tmp_path / "train.jsonl", [
        {"id": "pubmedqa-pqal:111"}, {"id": "pubmedqa-pqal:333"}, {"id": "genmedgpt-5k:222"},
    ])
    docs = pubmedqa_context_docs(tmp_path / "pqal.json", [train])
    assert docs == [{"id": "pubmedqa-pqal:111:contexts", "text": "Abstract one.\nMore of one."}]


def test_pretrain_writes_a_loadable_base_model(tmp_path, split, tokenizer_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from medslm_train.pretrain import PretrainArgs, heldout_losses, pretrain

    out = tmp_path / "base"
    summary = pretrain(PretrainArgs(
        train=[str(split["train"])], val=[str(split["val"])], tokenizer_dir=str(tokenizer_dir), output_dir=str(out),
        hidden_size=32, num_layers=2, num_heads=4, num_kv_heads=2, intermediate_size=64, seq_len=64, batch_size=4,
        max_steps=6, eval_every=3, warmup_steps=2, samples=1, device="cpu",
    ))
    assert summary["steps"] == 6 and math.isfinite(summary["best_val_loss"])
    assert summary["best_val_loss"] < math.log(400) + 0.5  # it learned something beyond uniform
    assert (out / "best" / "tokenizer.model").is_file()  # llama.cpp's converter needs the SentencePiece file
    assert len((out / "metrics.jsonl").read_text().splitlines()) == 2
    model = AutoModelForCausalLM.from_pretrained(out / "best")
    assert model.config.num_hidden_layers == 2 and model.config.tie_word_embeddings
    records = [json.loads(line) for line in split["val"].read_text().splitlines()][:4]
    losses = heldout_losses(model, AutoTokenizer.from_pretrained(out / "best"), records, torch.device("cpu"))
    assert losses["response_tokens"] > 0 and losses["full_tokens"] > losses["response_tokens"]
    assert math.isfinite(losses["response_loss"])


def test_packed_rows_give_each_example_its_own_attention():
    """The bench's packed rows (position ids restarting, no mask) must equal each example run alone."""
    import torch

    from medslm_train import bench_throughput as b

    torch.manual_seed(0)
    model = b.build_model(b.TINY, torch.device("cpu"), torch.float32).eval()
    examples = [([1, *range(10, 10 + n)], [-100] * 3 + list(range(13, 10 + n))) for n in (7, 12, 5)]
    examples = [(x, y[: len(x)]) for x, y in examples]
    batch = next(b.packed_batches(examples, 40, 1, b.PAD_ID, 0))
    pos = batch["position_ids"][0]
    assert batch["input_ids"].shape == (1, 40)
    with torch.no_grad():
        packed = model.model(input_ids=batch["input_ids"], position_ids=batch["position_ids"]).last_hidden_state[0]
        starts = (pos == 0).nonzero().squeeze(1).tolist()
        checked = 0
        for s, e in zip(starts, [*starts[1:], len(pos)]):
            ids = batch["input_ids"][0, s:e]
            if (ids == b.PAD_ID).all():
                continue
            alone = model.model(input_ids=ids[None]).last_hidden_state[0]
            assert torch.allclose(alone, packed[s:e], atol=1e-5)
            checked += 1
    assert checked >= 3


def test_bench_variant_names():
    from medslm_train.bench_throughput import parse_variant

    assert parse_variant("baseline") == (False, False, "sdpa", False, 0, 0)
    assert parse_variant("packed_ce_flex_compile_gc4") == (True, True, "flex_attention", True, 4, 0)
    assert parse_variant("packed_ce_gc2_rows3") == (True, True, "sdpa", False, 2, 3)
    with pytest.raises(InvalidConfigError):
        parse_variant("fastest")

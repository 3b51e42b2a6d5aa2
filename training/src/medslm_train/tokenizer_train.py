"""Train medslm-tiny's SentencePiece tokenizer on CPU and save it as a Hugging Face tokenizer.

The tokenizer is Llama/Mistral style (BPE, byte fallback, a ``▁`` word prefix, no normalisation), so
transformers' ``LlamaTokenizer`` and llama.cpp's converter (its SentencePiece path) read the same
``tokenizer.model`` and split text the same way. Whitespace is kept exactly (identity normalisation,
no collapsing of spaces): the prompt template's newlines and headers must survive a round trip.

Usage::

    python -m medslm_train.tokenizer_train --inputs runs/data/train.jsonl --output-dir runs/tok --vocab-size 4096
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import random
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.seed import set_seed

# Fixed ids so every consumer (transformers, llama.cpp, the packer) agrees without reading configs.
UNK_ID, BOS_ID, EOS_ID, PAD_ID = 0, 1, 2, 3


@dataclass
class TokenizerArgs:
    inputs: list[str] = field(metadata={"help": "JSONL files whose text fields are the training text"})
    output_dir: str = field(metadata={"help": "where tokenizer.model and the transformers files go"})
    fields: list[str] = field(
        default_factory=lambda: ["text", "prompt", "completion"],
        metadata={"help": "record fields read as text (each present one is its own document)"},
    )
    vocab_size: int = field(default=4096, metadata={"help": "pieces, including the 256 byte-fallback pieces"})
    model_type: str = field(default="bpe", metadata={"help": "SentencePiece model type", "choices": ["bpe", "unigram"]})
    character_coverage: float = field(default=0.9995, metadata={"help": "share of characters covered by pieces"})
    max_lines: int = field(default=2_000_000, metadata={"help": "cap on training lines (sampled, seeded)"})
    seed: int = field(default=1234, metadata={"help": "random seed"})


def iter_jsonl_texts(paths: Sequence[str | Path], fields: Sequence[str]) -> Iterator[str]:
    """Every non-empty text field of every record, one document each."""
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InvalidInputError(f"tokenizer input not found: {p}")
        with p.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InvalidInputError(f"{p}:{lineno}: not JSON ({err.msg})") from err
                for name in fields:
                    value = record.get(name)
                    if isinstance(value, str) and value.strip():
                        yield value


def _training_lines(texts: Iterable[str], max_lines: int, seed: int) -> list[str]:
    # SentencePiece learns pieces within a line; a newline is always its own (byte) token anyway.
    lines = [ln for text in texts for ln in text.split("\n") if ln.strip()]
    if len(lines) > max_lines:
        lines = random.Random(seed).sample(lines, max_lines)
    return lines


def train_sentencepiece(lines: Sequence[str], vocab_size: int, *, model_type: str = "bpe",
                        character_coverage: float = 0.9995, seed: int = 1234) -> bytes:
    """The serialised SentencePiece model proto."""
    import sentencepiece as spm

    if not lines:
        raise InvalidInputError("no training text: every input record was empty")
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=character_coverage,
        byte_fallback=True,
        split_digits=True,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        add_dummy_prefix=True,
        allow_whitespace_only_pieces=True,
        max_sentence_length=1 << 16,
        unk_id=UNK_ID,
        bos_id=BOS_ID,
        eos_id=EOS_ID,
        pad_id=PAD_ID,
        num_threads=2,
        minloglevel=2,
    )
    return model.getvalue()


def save_hf_tokenizer(sp_model: bytes, output_dir: str | Path):
    """Write tokenizer.model plus transformers' tokenizer.json/config; returns the loaded tokenizer."""
    from transformers import LlamaTokenizer

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "tokenizer.model").write_bytes(sp_model)
    tok = LlamaTokenizer.from_pretrained(
        str(out), vocab_file=str(out / "tokenizer.model"), legacy=False, add_bos_token=True, add_eos_token=False,
        pad_token="<pad>", padding_side="right",
    )
    tok.model_max_length = 1 << 30
    tok.save_pretrained(str(out))
    return tok


def check_round_trip(sp_model: bytes, tok, samples: Sequence[str]) -> None:
    """transformers' ids must equal SentencePiece's and decode back to the text, or training and GGUF differ."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    for text in samples:
        ref = sp.encode(text)
        got = tok(text, add_special_tokens=False)["input_ids"]
        if ref != got:
            raise InvalidInputError(f"transformers and SentencePiece tokenise differently: {text[:80]!r}")
        if tok.decode(got) != text:
            raise InvalidInputError(f"tokenizer does not round-trip: {text[:80]!r}")


def train_tokenizer(args: TokenizerArgs) -> dict:
    set_seed(args.seed)
    texts = list(iter_jsonl_texts(args.inputs, args.fields))
    lines = _training_lines(texts, args.max_lines, args.seed)
    sp_model = train_sentencepiece(lines, args.vocab_size, model_type=args.model_type,
                                   character_coverage=args.character_coverage, seed=args.seed)
    tok = save_hf_tokenizer(sp_model, args.output_dir)
    samples = random.Random(args.seed).sample(texts, min(200, len(texts)))
    check_round_trip(sp_model, tok, samples)
    n_tokens = sum(len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts)
    n_chars = sum(len(t) for t in texts)
    stats = {
        "vocab_size": len(tok),
        "documents": len(texts),
        "characters": n_chars,
        "tokens": n_tokens,
        "chars_per_token": round(n_chars / max(n_tokens, 1), 3),
        "special": {"unk": UNK_ID, "bos": BOS_ID, "eos": EOS_ID, "pad": PAD_ID},
        "args": dataclasses.asdict(args),
    }
    (Path(args.output_dir) / "tokenizer-stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    return stats


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train tokenizer", description=__doc__.split("\n\n")[0])
    add_dataclass_arguments(parser, TokenizerArgs)
    args = dataclass_from_namespace(TokenizerArgs, parser.parse_args(argv))
    stats = train_tokenizer(args)
    print(json.dumps({k: v for k, v in stats.items() if k != "args"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tiny, self-made model fixtures for tests and demos, built from scratch on CPU in seconds.

``python3 -m medslm_train.fixtures tiny-gguf --out tiny.gguf`` writes a GGUF of a tiny
Mistral-architecture model (random weights, optionally a few hundred CPU steps on synthetic
medical-ish Q&A rendered with the medslm template) with a SentencePiece tokenizer trained on the
same text. Converted by llama.cpp's own ``convert_hf_to_gguf.py`` from the bundled source.
Not a medical model: its answers are noise shaped like the template.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.seed import set_seed
from medslm_train.template import chat_template_jinja, render_prompt

_SYMPTOMS = [
    "fever", "dry cough", "headache", "chest pain", "nausea", "fatigue", "a rash", "dizziness",
    "lower back pain", "a sore throat", "shortness of breath", "joint pain", "abdominal pain",
    "blurred vision", "palpitations", "night sweats", "swollen ankles", "a runny nose",
]
_CONDITIONS = [
    "influenza", "migraine", "hypertension", "type 2 diabetes", "asthma", "pneumonia", "gastritis",
    "anemia", "a urinary tract infection", "hypothyroidism", "allergic rhinitis", "gout",
]
_MEDS = ["paracetamol", "ibuprofen", "metformin", "lisinopril", "amoxicillin", "salbutamol", "omeprazole"]
_ADVICE = [
    "Drink plenty of fluids and rest.",
    "Please see a doctor if the symptoms get worse or do not improve within a week.",
    "Seek emergency care at once if you have severe chest pain or trouble breathing.",
    "A blood test and a physical examination can confirm the cause.",
    "Keep a diary of your symptoms and bring it to your appointment.",
    "Do not change the dose of your medication without talking to your doctor.",
]


def synthetic_examples(n: int, seed: int = 0) -> list[dict]:
    """Deterministic medical-ish Q&A pairs (invented text, no real data) for fixtures."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s1, s2 = rng.sample(_SYMPTOMS, 2)
        cond = rng.choice(_CONDITIONS)
        days = rng.randint(2, 21)
        q = rng.choice([
            f"I have had {s1} and {s2} for {days} days. Could it be {cond}?",
            f"My doctor thinks I may have {cond}. I also have {s1}. What should I do?",
            f"What are the usual signs of {cond}? I noticed {s1} last week.",
        ])
        a = (
            f"{s1[0].upper()}{s1[1:]} together with {s2} can have many causes, and {cond} is one of them. "
            f"{rng.choice(_ADVICE)} {rng.choice(_ADVICE)}"
        )
        ctx = {"age": rng.randint(18, 90), "sex": rng.choice(["female", "male"])}
        if rng.random() < 0.5:
            ctx["medications"] = rng.sample(_MEDS, rng.randint(1, 2))
        out.append({"question": q, "answer": a, "context": ctx})
    return out


def synthetic_texts(n: int, seed: int = 0) -> list[str]:
    """Full training texts (prompt + answer) in the medslm template."""
    return [render_prompt(e["question"], e["context"]) + e["answer"] for e in synthetic_examples(n, seed)]


def train_sentencepiece(texts: list[str], vocab_size: int, out_file: Path) -> None:
    """A Llama-style SentencePiece BPE model (byte fallback, <unk>=0 <s>=1 </s>=2)."""
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts),
        model_writer=buf,
        vocab_size=vocab_size,
        model_type="bpe",
        byte_fallback=True,
        character_coverage=1.0,
        split_digits=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        hard_vocab_limit=False,
        # Keep newlines and runs of spaces: the template is made of them.
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        allow_whitespace_only_pieces=True,
        num_threads=1,
        minloglevel=2,
    )
    out_file.write_bytes(buf.getvalue())


@dataclass
class TinyModelArgs:
    out: str = field(metadata={"help": "output path: a .gguf file (tiny-gguf) or a folder (tiny-hf)"})
    hidden_size: int = field(default=64, metadata={"help": "model width"})
    intermediate_size: int = field(default=128, metadata={"help": "MLP width"})
    num_layers: int = field(default=2, metadata={"help": "transformer blocks"})
    num_heads: int = field(default=4, metadata={"help": "attention heads"})
    num_kv_heads: int = field(default=2, metadata={"help": "key/value heads (grouped-query attention)"})
    vocab_size: int = field(default=512, metadata={"help": "SentencePiece vocabulary size (an upper bound)"})
    max_position_embeddings: int = field(default=2048, metadata={"help": "context length written to the config"})
    corpus_examples: int = field(default=400, metadata={"help": "synthetic Q&A examples for the tokenizer/training"})
    train_steps: int = field(default=150, metadata={"help": "CPU training steps on the synthetic text (0 = random weights)"})
    seed: int = field(default=0, metadata={"help": "random seed"})
    outtype: str = field(default="f16", metadata={"help": "GGUF tensor type", "choices": ["f32", "f16", "q8_0"]})
    also_q8_0: bool = field(default=False, metadata={"help": "also write <out>.Q8_0.gguf beside the F16 file"})
    keep_hf: str = field(default="", metadata={"help": "also keep the transformers folder here (tiny-gguf)"})
    threads: int = field(default=1, metadata={"help": "torch CPU threads (1 is fastest for a model this small, most of all on a busy machine)"})


def build_tiny_hf(args: TinyModelArgs, out_dir: Path) -> Path:
    """Writes a transformers folder: config, safetensors weights, tokenizer.model + tokenizer files."""
    import torch
    from transformers import AutoTokenizer, MistralConfig, MistralForCausalLM

    set_seed(args.seed)
    torch.set_num_threads(max(1, args.threads))
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = synthetic_texts(args.corpus_examples, args.seed)
    train_sentencepiece(texts, args.vocab_size, out_dir / "tokenizer.model")
    (out_dir / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "LlamaTokenizer",
                "add_bos_token": True,
                "add_eos_token": False,
                "bos_token": "<s>",
                "eos_token": "</s>",
                "unk_token": "<unk>",
                "chat_template": chat_template_jinja(),
            },
            indent=2,
        )
    )
    tok = AutoTokenizer.from_pretrained(out_dir)
    config = MistralConfig(
        vocab_size=len(tok),
        hidden_size=args.hidden_size,
        intermediate_size=args.intermediate_size,
        num_hidden_layers=args.num_layers,
        num_attention_heads=args.num_heads,
        num_key_value_heads=args.num_kv_heads,
        max_position_embeddings=args.max_position_embeddings,
        sliding_window=None,
        rope_theta=10000.0,
        tie_word_embeddings=False,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
    )
    model = MistralForCausalLM(config)
    if args.train_steps > 0:
        _quick_train(model, tok, texts, args.train_steps, args.seed)
    model.eval()
    model.save_pretrained(out_dir, safe_serialization=True)
    tok.save_pretrained(out_dir)
    if not (out_dir / "tokenizer.model").is_file():  # converter reads the SentencePiece model itself
        raise RuntimeError("tokenizer.model went missing after save_pretrained")
    del torch
    return out_dir


def _quick_train(model, tok, texts: list[str], steps: int, seed: int) -> None:
    """A few hundred tiny steps so logits are peaked (greedy decoding is then stable across runtimes)."""
    import torch

    ids = [tok(t).input_ids + [tok.eos_token_id] for t in texts]
    stream = torch.tensor([i for seq in ids for i in seq])
    block, batch = 128, 8
    g = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.0)
    model.train()
    for _ in range(steps):
        starts = torch.randint(0, len(stream) - block - 1, (batch,), generator=g)
        x = torch.stack([stream[s : s + block] for s in starts])
        loss = model(input_ids=x, labels=x).loss
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)


def build_tiny_gguf(args: TinyModelArgs) -> list[Path]:
    from medslm_train.llama_cpp import convert_hf_to_gguf

    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="medslm-tiny-") as tmp:
        hf = Path(args.keep_hf) if args.keep_hf else Path(tmp) / "hf"
        build_tiny_hf(args, hf)
        written = [convert_hf_to_gguf(hf, out, args.outtype, model_name="medslm-fixture-tiny")]
        if args.also_q8_0:
            q8 = out.with_name(out.name.removesuffix(".gguf") + ".Q8_0.gguf")
            written.append(convert_hf_to_gguf(hf, q8, "q8_0", model_name="medslm-fixture-tiny"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train fixture", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="kind", required=True)
    p_gguf = sub.add_parser("tiny-gguf", help="build a tiny Mistral-architecture GGUF (F16) from scratch")
    add_dataclass_arguments(p_gguf, TinyModelArgs)
    p_hf = sub.add_parser("tiny-hf", help="build the same tiny model as a transformers folder (no GGUF)")
    add_dataclass_arguments(p_hf, TinyModelArgs)
    ns = parser.parse_args(argv)
    args = dataclass_from_namespace(TinyModelArgs, ns)
    t0 = time.perf_counter()
    if ns.kind == "tiny-hf":
        path = build_tiny_hf(args, Path(args.out))
        print(f"wrote {path} ({time.perf_counter() - t0:.1f}s)")
    else:
        for path in build_tiny_gguf(args):
            print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {time.perf_counter() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

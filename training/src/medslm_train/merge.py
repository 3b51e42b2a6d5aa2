"""Merge a LoRA adapter into its base weights: a plain transformers folder (safetensors + tokenizer).

    medslm-train merge --adapter runs/x/adapter --out runs/x/merged [--base /path/to/base] [--dtype float16]

The tokenizer is saved beside the weights with the medslm chat template (generated from
packages/core/templates/medslm-v1.json) and, for SentencePiece models, the base's
``tokenizer.model``, which llama.cpp's converter reads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.seed import set_seed
from medslm_train.template import chat_template_jinja

DTYPES = ("float32", "float16", "bfloat16")


@dataclass
class MergeArgs:
    adapter: str = field(metadata={"help": "LoRA adapter folder written by `medslm-train train` (adapter/ or adapter-best/)"})
    out: str = field(metadata={"help": "output folder for the merged model"})
    base: str = field(default="", metadata={"help": "base model folder (default: the one recorded with the adapter)"})
    dtype: str = field(default="bfloat16", metadata={"help": "dtype of the saved weights", "choices": list(DTYPES)})
    seed: int = field(default=0, metadata={"help": "random seed (merging is deterministic; kept for uniformity)"})


def resolve_base(adapter: Path, base: str) -> Path:
    if base:
        return Path(base)
    recorded = adapter / "medslm-base-model.txt"
    if recorded.is_file():
        return Path(recorded.read_text().strip())
    cfg = adapter / "adapter_config.json"
    if cfg.is_file():
        name = json.loads(cfg.read_text()).get("base_model_name_or_path")
        if name:
            return Path(name)
    raise InvalidInputError(f"cannot tell the base model of {adapter}; pass --base")


def merge(args: MergeArgs) -> Path:
    adapter, out = Path(args.adapter), Path(args.out)
    if not (adapter / "adapter_config.json").is_file():
        raise InvalidInputError(f"{adapter} is not a LoRA adapter folder (no adapter_config.json)")
    base = resolve_base(adapter, args.base)
    if not (base / "config.json").is_file():
        raise InvalidInputError(f"base model {base} is not a transformers folder (no config.json)")
    set_seed(args.seed)
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer
    # Merge in float32, then cast: the LoRA delta is added at full precision before rounding once.
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    model = PeftModel.from_pretrained(model, adapter).merge_and_unload()
    model = model.to(getattr(torch, args.dtype))
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    tok = AutoTokenizer.from_pretrained(adapter if (adapter / "tokenizer_config.json").is_file() else base)
    tok.chat_template = chat_template_jinja()
    tok.save_pretrained(out)
    for name in ("tokenizer.model",):
        src = base / name
        if src.is_file() and not (out / name).is_file():
            shutil.copy2(src, out / name)
    (out / "medslm-merge.json").write_text(
        json.dumps({"base": str(base.resolve()), "adapter": str(adapter.resolve()), "dtype": args.dtype}, indent=2)
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train merge", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, MergeArgs)
    args = dataclass_from_namespace(MergeArgs, parser.parse_args(argv))
    print(f"wrote {merge(args)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

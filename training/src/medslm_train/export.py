"""Export a merged model to GGUF (F16, Q8_0, Q4_K_M) with llama.cpp's own tools, and check each file.

    medslm-train export --model runs/x/merged --out-dir runs/x/gguf --name medslm-tiny

F16 comes from ``convert_hf_to_gguf.py`` of the llama.cpp release node-llama-cpp was built from
(cloned from its git bundle); Q8_0 and Q4_K_M are quantized from the F16 file by
``llama_model_quantize`` of the same release's prebuilt libllama (see quantize.py for why).
Metadata: architecture, hyper-parameters, rope, tokenizer with special tokens and the medslm chat
template come from the converter; name, description, licence and the template's sampling defaults
are added through its ``--metadata`` override. Every file is then loaded by node-llama-cpp and its
metadata checked; ``export-report.json`` records sizes, hashes and the checks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError, ToolFailedError
from medslm_train.llama_cpp import convert_hf_to_gguf, source_commit
from medslm_train.quantize import quantize
from medslm_train.seed import set_seed
from medslm_train.template import load_template

FILE_TYPES = {"f16": "F16", "q8_0": "Q8_0", "q4_k_m": "Q4_K_M"}


@dataclass
class ExportArgs:
    model: str = field(metadata={"help": "merged transformers folder (from `medslm-train merge`)"})
    out_dir: str = field(metadata={"help": "folder for the .gguf files and export-report.json"})
    name: str = field(default="", metadata={"help": "model name (file prefix and general.name); default: the folder name"})
    types: list[str] = field(default_factory=lambda: ["f16", "q8_0", "q4_k_m"], metadata={"help": "GGUF types to write"})
    description: str = field(
        default="medslm medical Q&A model (not medical advice).", metadata={"help": "general.description"}
    )
    license: str = field(default="", metadata={"help": "licence, written as general.license.name (e.g. apache-2.0)"})
    threads: int = field(default=2, metadata={"help": "threads for quantization and the load check"})
    verify: bool = field(default=True, metadata={"help": "load every file in node-llama-cpp and check its metadata"})
    seed: int = field(default=0, metadata={"help": "random seed (export is deterministic; kept for uniformity)"})


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_metadata(info: dict, hf_config: dict) -> list[str]:
    """Problems with a loaded file's metadata compared with the transformers config (empty = fine)."""
    md = info["metadata"]
    arch = md.get("general", {}).get("architecture")
    problems = []
    a = md.get(arch, {}) if arch else {}
    want = {
        "block_count": hf_config.get("num_hidden_layers"),
        "embedding_length": hf_config.get("hidden_size"),
        "feed_forward_length": hf_config.get("intermediate_size"),
        "context_length": hf_config.get("max_position_embeddings"),
    }
    for key, value in want.items():
        if value is not None and a.get(key) != value:
            problems.append(f"{arch}.{key} is {a.get(key)!r}, config says {value!r}")
    att = a.get("attention", {})
    if att.get("head_count") != hf_config.get("num_attention_heads"):
        problems.append("attention.head_count differs from the config")
    kv = hf_config.get("num_key_value_heads") or hf_config.get("num_attention_heads")
    if att.get("head_count_kv") != kv:
        problems.append("attention.head_count_kv differs from the config")
    theta = hf_config.get("rope_theta") or (hf_config.get("rope_parameters") or {}).get("rope_theta")
    if theta is not None and abs(float(a.get("rope", {}).get("freq_base", -1)) - float(theta)) > 1e-3 * float(theta):
        problems.append(f"rope.freq_base {a.get('rope', {}).get('freq_base')} != rope_theta {theta}")
    tk = md.get("tokenizer", {})
    if not tk.get("chat_template"):
        problems.append("tokenizer.chat_template is missing")
    ggml = tk.get("ggml", {})
    for key in ("model", "tokens", "bos_token_id", "eos_token_id"):
        if key not in ggml:
            problems.append(f"tokenizer.ggml.{key} is missing")
    return problems


def export(args: ExportArgs) -> dict:
    set_seed(args.seed)
    from medslm_train.node_bridge import gguf_tool

    model = Path(args.model)
    if not (model / "config.json").is_file():
        raise InvalidInputError(f"{model} is not a transformers folder (no config.json); run `medslm-train merge` first")
    unknown = [t for t in args.types if t.lower() not in FILE_TYPES]
    if unknown:
        raise InvalidInputError(f"unknown GGUF type(s) {unknown}; choose from {', '.join(FILE_TYPES)}")
    types = [t.lower() for t in args.types]
    name = args.name or model.resolve().name
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    template = load_template()
    meta = {
        "general.name": name,
        "general.description": args.description,
        "general.sampling.temp": template.parameters["temperature"],
        "general.sampling.top_p": template.parameters["top_p"],
    }
    if args.license:
        # The converter's override file takes general.license.name (general.license comes only from a
        # model card README), so the licence is written there.
        meta["general.license.name"] = args.license
    report: dict = {"model": str(model.resolve()), "llama_cpp_commit": source_commit(), "files": {}}
    f16 = out / f"{name}.F16.gguf"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(meta, fh)
        meta_file = Path(fh.name)
    t0 = time.perf_counter()
    try:
        convert_hf_to_gguf(model, f16, "f16", model_name=name, metadata_file=meta_file)
    finally:
        meta_file.unlink(missing_ok=True)
    timings = {"f16": time.perf_counter() - t0}
    paths = {"f16": f16}
    for t in types:
        if t == "f16":
            continue
        t0 = time.perf_counter()
        paths[t] = quantize(f16, out / f"{name}.{FILE_TYPES[t]}.gguf", t, threads=args.threads)
        timings[t] = time.perf_counter() - t0
    if "f16" not in types:
        f16.unlink()
        del paths["f16"]
    hf_config = json.loads((model / "config.json").read_text())
    for t, path in paths.items():
        entry = {"path": str(path), "bytes": path.stat().st_size, "sha256": sha256(path), "seconds": round(timings[t], 3)}
        if args.verify:
            info = gguf_tool("info", path, threads=args.threads)
            problems = check_metadata(info, hf_config)
            entry.update(loads_in_node_llama_cpp=True, metadata_problems=problems)
            if problems:
                raise ToolFailedError(f"{path.name}: metadata check failed: " + "; ".join(problems))
        report["files"][t] = entry
    (out / "export-report.json").write_text(json.dumps(report, indent=2))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train export", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, ExportArgs)
    args = dataclass_from_namespace(ExportArgs, parser.parse_args(argv))
    report = export(args)
    for t, entry in report["files"].items():
        print(f"{FILE_TYPES[t]:7s} {entry['bytes'] / 1e6:9.2f} MB  {entry['path']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

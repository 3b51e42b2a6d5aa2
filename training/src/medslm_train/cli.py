"""``medslm-train``: one subcommand per pipeline step, each with ``--help``."""

from __future__ import annotations

import importlib
import sys

# subcommand -> (module, one-line help); each module has main(argv) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "prepare": ("medslm_train.prepare", "read, clean, de-duplicate, PHI-scrub, split and report Q&A data"),
    "train": ("medslm_train.train", "LoRA fine-tune from one config file (single or multi GPU, or CPU)"),
    "merge": ("medslm_train.merge", "merge a LoRA adapter into its base weights (safetensors + tokenizer)"),
    "export": ("medslm_train.export", "export a merged model to GGUF (F16, Q8_0, Q4_K_M) with llama.cpp's tools"),
    "modelfile": ("medslm_train.modelfile", "write an Ollama Modelfile for a GGUF through the SDK's generator"),
    "evaluate": ("medslm_train.evaluate", "held-out perplexity of GGUF files and greedy parity with PyTorch"),
    "triage-model": ("medslm_train.triage_model", "train the SDK's optional learned triage step from the labelled triage sets"),
    "name-model": ("medslm_train.name_model", "train the SDK's optional learned person-name step from the labelled PHI sets"),
    "place-model": ("medslm_train.place_model", "train the SDK's optional learned place (town, city) step from the labelled PHI sets"),
    "scope-model": ("medslm_train.scope_model", "train the SDK's optional learned scope step from the scope sets (triage and PHI messages as negatives)"),
    "fixture": ("medslm_train.fixtures", "build tiny model fixtures (tiny-gguf, tiny-hf) from scratch on CPU"),
}


def _usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: medslm-train <command> [options]   (medslm-train <command> --help)", "", "commands:"]
    lines += [f"  {name.ljust(width)}  {help_}" for name, (_, help_) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(_usage())
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"medslm-train: unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    from medslm_train.errors import MedslmTrainError

    try:
        return int(module.main(rest) or 0)
    except MedslmTrainError as err:
        print(f"medslm-train {name}: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the Ollama Modelfile for a GGUF with the SDK's own generator (never a second template copy).

    medslm-train modelfile runs/x/gguf/medslm.Q4_K_M.gguf [--out runs/x/gguf/Modelfile]

Uses the CLI (``node apps/cli/dist/bin.js modelfile <gguf> --output <file>``) when it is built,
otherwise ``generateModelfile`` imported from ``packages/core/dist/index.js``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError, ToolFailedError
from medslm_train.node_bridge import cli_bin, node_exe, run_core_script
from medslm_train.paths import repo_root


@dataclass
class ModelfileArgs:
    gguf: str = field(metadata={"help": "the GGUF file for the FROM line", "positional": True})
    out: str = field(default="", metadata={"help": "Modelfile path (default: 'Modelfile' beside the GGUF)"})
    context_size: int = field(default=0, metadata={"help": "PARAMETER num_ctx (0 = the model's own)"})
    license: str = field(default="", metadata={"help": "LICENSE text"})
    via: str = field(default="auto", metadata={"help": "generator", "choices": ["auto", "cli", "core"]})


def _from_path(gguf: Path, modelfile: Path) -> str:
    """FROM as Ollama resolves it: relative to the Modelfile's folder when the GGUF is beneath it."""
    rel = os.path.relpath(gguf.resolve(), modelfile.resolve().parent)
    return str(gguf.resolve()) if rel.startswith("..") else "./" + Path(rel).as_posix()


def write_modelfile(args: ModelfileArgs) -> Path:
    gguf = Path(args.gguf)
    if not gguf.is_file():
        raise InvalidInputError(f"{gguf} does not exist")
    out = Path(args.out) if args.out else gguf.with_name("Modelfile")
    out.parent.mkdir(parents=True, exist_ok=True)
    use_cli = args.via == "cli" or (args.via == "auto" and cli_bin().is_file())
    if use_cli:
        cmd = [node_exe(), str(cli_bin()), "modelfile", str(gguf.resolve()), "--output", str(out.resolve())]
        if args.context_size:
            cmd += ["--context-size", str(args.context_size)]
        if args.license:
            cmd += ["--license", args.license]
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=repo_root())
        if run.returncode != 0:
            raise ToolFailedError(f"`medslm modelfile` failed (exit {run.returncode})", stderr=run.stderr + run.stdout)
        return out
    options: dict = {"from": _from_path(gguf, out)}
    if args.context_size:
        options["contextSize"] = args.context_size
    if args.license:
        options["license"] = args.license
    text = run_core_script(
        "const { generateModelfile } = await import(CORE);\n"
        f"process.stdout.write(generateModelfile({json.dumps(options)}));"
    )
    out.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train modelfile", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_dataclass_arguments(parser, ModelfileArgs)
    args = dataclass_from_namespace(ModelfileArgs, parser.parse_args(argv))
    print(f"wrote {write_modelfile(args)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

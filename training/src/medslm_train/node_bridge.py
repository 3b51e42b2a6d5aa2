"""Calls into Node: the SDK's built CLI and packages, and node-llama-cpp through node/gguf-tool.mjs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from medslm_train.errors import ToolFailedError, ToolMissingError
from medslm_train.paths import repo_root

GGUF_TOOL = Path(__file__).with_name("node") / "gguf-tool.mjs"


def node_exe() -> str:
    exe = shutil.which("node")
    if not exe:
        raise ToolMissingError("`node` is not on PATH (Node 20+ is needed for the SDK and node-llama-cpp).")
    return exe


def gguf_tool(command: str, gguf: Path, request: dict[str, Any] | None = None, *, threads: int = 2, timeout: float = 900) -> Any:
    """Runs one gguf-tool.mjs command on a GGUF file in node-llama-cpp (CPU, explicit threads)."""
    if not (repo_root() / "node_modules" / "node-llama-cpp").is_dir():
        raise ToolMissingError("node-llama-cpp is not installed: run `npm install` at the repository root.")
    env = {**os.environ, "MEDSLM_THREADS": str(threads)}
    run = subprocess.run(
        [node_exe(), str(GGUF_TOOL), command, str(Path(gguf).resolve())],
        input=json.dumps(request or {}),
        capture_output=True,
        text=True,
        cwd=repo_root(),
        env=env,
        timeout=timeout,
    )
    if run.returncode != 0:
        raise ToolFailedError(f"node-llama-cpp {command} on {gguf} failed (exit {run.returncode})", stderr=run.stderr)
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError as err:
        raise ToolFailedError(f"node-llama-cpp {command} printed no JSON", stderr=run.stdout + run.stderr) from err


def core_dist() -> Path:
    """The built @medslm/core entry ($MEDSLM_CORE_DIST points elsewhere, e.g. a partial dev build)."""
    env = os.environ.get("MEDSLM_CORE_DIST")
    return Path(env).resolve() if env else repo_root() / "packages" / "core" / "dist" / "index.js"


def cli_bin() -> Path:
    return repo_root() / "apps" / "cli" / "dist" / "bin.js"


def run_core_script(script: str, stdin: str = "", *, timeout: float = 120) -> str:
    """Runs an ES module snippet that may import ``CORE`` (the built @medslm/core entry, as a file URL)."""
    dist = core_dist()
    if not dist.is_file():
        raise ToolMissingError(f"{dist} is missing: build the SDK first (`cd packages/core && npx tsup`).")
    code = f"const CORE = {json.dumps(dist.as_uri())};\n{script}"
    run = subprocess.run(
        [node_exe(), "--input-type=module", "-e", code],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=repo_root(),
        timeout=timeout,
    )
    if run.returncode != 0:
        raise ToolFailedError("node (@medslm/core) failed", stderr=run.stderr)
    return run.stdout

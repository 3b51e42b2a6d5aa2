"""PHI scrubbing through the SDK's own pipeline, so the redaction rules exist once (in TypeScript).

All texts go to ``node apps/cli/dist/bin.js safety --json`` in one batch: JSON Lines in
(``{"text": ...}``), JSON Lines out, one line per input line in the same order, each with
``"redacted"`` (the text with PHI replaced by placeholders).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence

from medslm_train.errors import ToolFailedError, ToolMissingError
from medslm_train.node_bridge import cli_bin, node_exe
from medslm_train.paths import repo_root


def scrub_texts(texts: Sequence[str], *, timeout: float = 3600) -> list[str]:
    """The redacted form of every text, in order (one subprocess for the whole batch)."""
    if not texts:
        return []
    cli = cli_bin()
    if not cli.is_file():
        raise ToolMissingError(
            f"{cli} is missing: build the CLI (`npm run build` at the repository root), "
            "or pass --no-phi-scrub (the stats report records that PHI was not scrubbed)."
        )
    payload = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    run = subprocess.run(
        [node_exe(), str(cli), "safety", "--json"],
        input=payload,
        capture_output=True,
        text=True,
        cwd=repo_root(),
        timeout=timeout,
    )
    if run.returncode != 0:
        raise ToolFailedError(f"`medslm safety --json` failed (exit {run.returncode})", stderr=run.stderr)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if len(lines) != len(texts):
        raise ToolFailedError(
            f"`medslm safety --json` returned {len(lines)} lines for {len(texts)} inputs", stderr=run.stderr
        )
    out = []
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ToolFailedError(f"`medslm safety --json` line {n} is not JSON: {line[:200]}") from err
        if isinstance(row, dict) and isinstance(row.get("error"), dict):
            err = row["error"]
            raise ToolFailedError(f"`medslm safety --json` rejected input line {n}: [{err.get('code')}] {err.get('message', '')}")
        if not isinstance(row, dict) or not isinstance(row.get("redacted"), str):
            raise ToolFailedError(f"`medslm safety --json` line {n} has no string 'redacted': {line[:200]}")
        out.append(row["redacted"])
    return out

"""Where the monorepo and its shared files are, found from this package or the working directory."""

from __future__ import annotations

import os
from pathlib import Path

from medslm_train.errors import ToolMissingError

_TEMPLATE_REL = Path("packages/core/templates/medslm-v1.json")


def repo_root() -> Path:
    """The medslm checkout: $MEDSLM_REPO_ROOT, else the first parent holding the SDK template."""
    env = os.environ.get("MEDSLM_REPO_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path(__file__).resolve(), Path.cwd().resolve()):
        for parent in (start, *start.parents):
            if (parent / _TEMPLATE_REL).is_file():
                return parent
    raise ToolMissingError(
        "cannot find the medslm checkout (packages/core/templates/medslm-v1.json); "
        "run from inside it or set MEDSLM_REPO_ROOT."
    )


def template_path() -> Path:
    return repo_root() / _TEMPLATE_REL


def cache_dir() -> Path:
    """Git-ignored cache for the llama.cpp source and builds ($MEDSLM_LLAMA_CPP_DIR overrides)."""
    env = os.environ.get("MEDSLM_LLAMA_CPP_DIR")
    return Path(env).resolve() if env else repo_root() / "training" / ".llama-cpp"

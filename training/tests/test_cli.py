"""Every subcommand answers --help, and bad input gives a typed error instead of a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from medslm_train.cli import COMMANDS


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medslm_train", *args], capture_output=True, text=True)


def test_top_level_help_lists_every_command():
    run = _run("--help")
    assert run.returncode == 0
    for name in COMMANDS:
        assert name in run.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_subcommand_help(name):
    run = _run(name, "--help")
    assert run.returncode == 0, run.stderr
    assert "usage: medslm-train" in run.stdout


def test_unknown_command_exits_2():
    run = _run("nope")
    assert run.returncode == 2 and "unknown command" in run.stderr


def test_missing_input_is_a_typed_error(tmp_path):
    run = _run("merge", "--adapter", str(tmp_path / "missing"), "--out", str(tmp_path / "m"))
    assert run.returncode == 1
    assert "[INVALID_INPUT]" in run.stderr and "Traceback" not in run.stderr

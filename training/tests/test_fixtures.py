"""The tiny GGUF fixture other packages' tests use: built from scratch, loads in node-llama-cpp."""

from __future__ import annotations

import subprocess
import sys

from medslm_train.node_bridge import gguf_tool
from medslm_train.template import chat_template_jinja
from tests.conftest import need_node_llama_cpp


def test_tiny_gguf_command_builds_files_that_load(tmp_path):
    need_node_llama_cpp()
    out = tmp_path / "tiny.gguf"
    run = subprocess.run(
        [sys.executable, "-m", "medslm_train.fixtures", "tiny-gguf", "--out", str(out), "--also-q8-0", "--train-steps", "30"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    q8 = tmp_path / "tiny.Q8_0.gguf"
    for path, ftype in ((out, 1), (q8, 7)):
        info = gguf_tool("info", path)
        md = info["metadata"]
        assert md["general"]["architecture"] == "llama" and md["general"]["file_type"] == ftype
        assert md["llama"]["embedding_length"] == 64 and md["llama"]["block_count"] == 2
        assert md["tokenizer"]["ggml"]["model"] == "llama"  # SentencePiece vocabulary
        assert md["tokenizer"]["chat_template"] == chat_template_jinja()
        assert info["tokens"] == {"bos": 1, "eos": 2}
    greedy = gguf_tool("greedy", out, {"prompts": ["### Question:\nfever?\n\n### Medical Response:\n"], "maxTokens": 8})
    assert len(greedy["results"][0]["tokens"]) == 8

"""The Python renderer and @medslm/core's renderPrompt produce byte-identical prompts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import core_dist, node_exe
from medslm_train.template import chat_template_jinja, load_template, render_prompt

CASES = json.loads((Path(__file__).parent / "fixtures" / "prompt-cases.json").read_text(encoding="utf-8"))["cases"]

_NODE_RENDER = """
const { renderPrompt } = await import(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = cases.map((c) => {
  try { return { prompt: renderPrompt(c.input) }; }
  catch (e) { return { error: e.code ?? String(e) }; }
});
process.stdout.write(JSON.stringify(out));
"""


def _python_render(case: dict) -> dict:
    inp = case["input"]
    try:
        return {"prompt": render_prompt(inp["question"], inp.get("context"), inp.get("history"))}
    except InvalidInputError as err:
        return {"error": err.code}


@pytest.fixture(scope="module")
def typescript_outputs() -> list[dict]:
    dist = core_dist()
    if not dist.is_file():
        pytest.skip(f"SKIPPED: {dist} is missing; build the SDK first (`cd packages/core && npx tsup`)")
    script = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n" + _NODE_RENDER
    run = subprocess.run(
        [node_exe(), "--input-type=module", "-e", script, dist.as_uri()],
        input=json.dumps(CASES),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["name"] for c in CASES])
def test_python_and_typescript_render_identical_bytes(index: int, typescript_outputs: list[dict]) -> None:
    case = CASES[index]
    py = _python_render(case)
    ts = typescript_outputs[index]
    if "error" in case:
        assert py == {"error": case["error"]} and ts == {"error": case["error"]}
    else:
        assert py["prompt"].encode("utf-8") == ts["prompt"].encode("utf-8")


def test_prompt_ends_with_response_header_and_one_newline() -> None:
    t = load_template()
    prompt = render_prompt("Is this serious?")
    assert prompt.endswith(t.response_header + "\n")
    assert prompt.startswith(t.heading + t.turn_separator)


def test_chat_template_renders_the_same_prompt_as_render_prompt() -> None:
    jinja2 = pytest.importorskip("jinja2")
    env = jinja2.Environment()
    rendered = env.from_string(chat_template_jinja()).render(
        messages=[
            {"role": "system", "content": "ignored"},
            {"role": "user", "content": " What is the adult dose of paracetamol? "},
            {"role": "assistant", "content": "Usually 500 mg to 1 g."},
            {"role": "user", "content": "And for a child?"},
        ]
    )
    expected = render_prompt(
        "And for a child?",
        history=[{"question": "What is the adult dose of paracetamol?", "answer": "Usually 500 mg to 1 g."}],
    )
    assert rendered == expected

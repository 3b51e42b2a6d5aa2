"""The medslm prompt template, read from the SDK's own file (packages/core/templates/medslm-v1.json).

``render_prompt`` follows docs/prompt-format.md and produces the same bytes as @medslm/core's
``renderPrompt`` (tests/test_template_parity.py runs both on tests/fixtures/prompt-cases.json).
Where the TypeScript renderer relies on JavaScript semantics (``String(value)``, ``trim()``), this
module reproduces them, because byte equality is the contract.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from medslm_train.errors import InvalidInputError
from medslm_train.paths import template_path

# ECMAScript WhiteSpace + LineTerminator: what String.prototype.trim removes (Python's strip differs).
_JS_WS = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_CRLF = re.compile(r"\r\n?")


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    heading: str
    question_header: str
    context_header: str
    response_header: str
    context_fields: tuple[tuple[str, str], ...]
    list_separator: str
    turn_separator: str
    stop: tuple[str, ...]
    parameters: Mapping[str, float]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PromptTemplate:
        try:
            return cls(
                id=data["id"],
                heading=data["heading"],
                question_header=data["questionHeader"],
                context_header=data["contextHeader"],
                response_header=data["responseHeader"],
                context_fields=tuple((f["key"], f["label"]) for f in data["contextFields"]),
                list_separator=data["listSeparator"],
                turn_separator=data["turnSeparator"],
                stop=tuple(data["stop"]),
                parameters=dict(data["parameters"]),
            )
        except (KeyError, TypeError) as err:
            raise InvalidInputError(f"prompt template is missing or has a malformed field: {err}") from err


@lru_cache(maxsize=4)
def _load(path: str) -> PromptTemplate:
    return PromptTemplate.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def load_template(path: Path | None = None) -> PromptTemplate:
    """The SDK's template file (or another file of the same schema)."""
    return _load(str(path or template_path()))


def js_string(value: Any) -> str:
    """JavaScript's ``String(value)`` for the JSON-ish values a prompt input can hold."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number(value)
    if isinstance(value, (list, tuple)):
        # Array.prototype.toString: elements joined by ",", null/undefined as "".
        return ",".join("" if v is None else js_string(v) for v in value)
    return str(value)


def _js_number(x: float) -> str:
    """Number::toString (ECMA-262 6.1.6.1.20) from Python's shortest round-trip digits."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + _js_number(-x)
    sign, digits_t, exp = Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digits_t))
    k = len(digits)
    n = exp + k  # value = 0.digits * 10^n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    mant = digits if k == 1 else digits[0] + "." + digits[1:]
    return f"{mant}e{'+' if e >= 0 else '-'}{abs(e)}"


def clean(text: str) -> str:
    return _CRLF.sub("\n", text).strip(_JS_WS)


def render_context(context: Mapping[str, Any] | None, template: PromptTemplate | None = None) -> str:
    t = template or load_template()
    if not context:
        return ""
    lines: list[str] = []
    for key, label in t.context_fields:
        value = context.get(key)
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            text = t.list_separator.join(s for s in (clean(js_string(v)) for v in value) if s)
        else:
            text = clean(js_string(value))
        if not text:
            continue
        lines.append(text if key == "notes" else f"{label}: {text}")
    return "\n".join(lines)


def render_prompt(
    question: str,
    context: Mapping[str, Any] | None = None,
    history: Sequence[Mapping[str, str]] | None = None,
    template: PromptTemplate | None = None,
) -> str:
    """The prompt up to and including ``{responseHeader}\\n``; the model's answer follows it."""
    t = template or load_template()
    q = clean(question or "")
    if not q:
        raise InvalidInputError("question: the question is empty.")
    parts = [t.heading]
    for turn in history or ():
        parts.append(
            f"{t.question_header}\n{clean(turn['question'])}\n\n{t.response_header}\n{clean(turn['answer'])}"
        )
    parts.append(
        f"{t.question_header}\n{q}\n\n{t.context_header}\n{render_context(context, t)}\n\n{t.response_header}\n"
    )
    return t.turn_separator.join(parts)


def render_example(
    question: str,
    answer: str,
    context: Mapping[str, Any] | None = None,
    history: Sequence[Mapping[str, str]] | None = None,
    template: PromptTemplate | None = None,
) -> tuple[str, str]:
    """(prompt, completion) for training: the loss is computed on ``completion`` only.

    The completion is the cleaned answer; the tokenizer's EOS is appended at tokenization time so the
    model learns to stop (generation also stops at the template's ``stop`` strings).
    """
    return render_prompt(question, context, history, template), clean(answer)


def chat_template_jinja(template: PromptTemplate | None = None) -> str:
    """A Jinja chat template (for GGUF/tokenizer metadata) generated from the same template file.

    Chat messages carry no structured patient context, so the context section is rendered empty,
    exactly as ``render_prompt`` does without context. System messages are ignored: the heading
    is the template's system text.
    """
    t = template or load_template()
    j = json.dumps  # JSON string literals are valid Jinja string literals
    return (
        "{%- set ns = namespace(parts=[" + j(t.heading) + "], q=none) -%}"
        "{%- for m in messages -%}"
        "{%- if m['role'] == 'user' -%}{%- set ns.q = m['content'] | trim -%}"
        "{%- elif m['role'] == 'assistant' and ns.q is not none -%}"
        "{%- set ns.parts = ns.parts + [" + j(t.question_header + "\n") + " ~ ns.q ~ " + j("\n\n" + t.response_header + "\n")
        + " ~ (m['content'] | trim)] -%}{%- set ns.q = none -%}"
        "{%- endif -%}{%- endfor -%}"
        "{%- if ns.q is not none -%}"
        "{%- set ns.parts = ns.parts + [" + j(t.question_header + "\n") + " ~ ns.q ~ "
        + j("\n\n" + t.context_header + "\n\n\n" + t.response_header + "\n") + "] -%}"
        "{%- endif -%}"
        "{{- ns.parts | join(" + j(t.turn_separator) + ") -}}"
    )

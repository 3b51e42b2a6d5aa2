"""Typed errors with a stable ``code``, mirroring @medslm/core's MedslmError (same code style)."""

from __future__ import annotations


class MedslmTrainError(Exception):
    """Base class: every error the pipeline raises on bad input or a missing tool."""

    code = "MEDSLM_TRAIN_ERROR"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InvalidInputError(MedslmTrainError):
    code = "INVALID_INPUT"


class InvalidConfigError(MedslmTrainError):
    code = "INVALID_CONFIG"


class ToolMissingError(MedslmTrainError):
    """A tool the step needs (node, a built CLI, the llama.cpp bundle) is not there."""

    code = "TOOL_MISSING"


class ToolFailedError(MedslmTrainError):
    """An external tool (converter, quantizer, node script) ran and failed."""

    code = "TOOL_FAILED"

    def __init__(self, message: str, *, stderr: str = "") -> None:
        tail = stderr.strip()[-2000:]
        super().__init__(f"{message}\n{tail}" if tail else message)
        self.stderr = stderr

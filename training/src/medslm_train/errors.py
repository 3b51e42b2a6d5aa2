"""Typed errors with a stable ``code``, mirroring @medslm/core's MedslmError."""

from __future__ import annotations


class MedslmTrainError(Exception):
    """Base class: every error the pipeline raises on bad input or a missing tool."""

    code = "medslm-train-error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InvalidInputError(MedslmTrainError):
    code = "invalid-input"


class InvalidConfigError(MedslmTrainError):
    code = "invalid-config"


class ToolMissingError(MedslmTrainError):
    """A tool the step needs (node, a built CLI, the llama.cpp bundle) is not there."""

    code = "tool-missing"


class ToolFailedError(MedslmTrainError):
    """An external tool (converter, quantizer, node script) ran and failed."""

    code = "tool-failed"

    def __init__(self, message: str, *, stderr: str = "") -> None:
        tail = stderr.strip()[-2000:]
        super().__init__(f"{message}\n{tail}" if tail else message)
        self.stderr = stderr

"""Dataclass arguments with ``help`` metadata, parsed once into argparse (the peft/sft style)."""

from __future__ import annotations

import argparse
import dataclasses
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def add_dataclass_arguments(parser: argparse.ArgumentParser, cls: type) -> None:
    """One ``--kebab-name`` option per field (``positional`` in the metadata: a positional argument);
    ``bool`` fields get ``--x`` / ``--no-x``."""
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        tp, _ = _unwrap_optional(hints[field.name])
        name = "--" + field.name.replace("_", "-")
        help_text = field.metadata.get("help", "")
        has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
        default = (
            field.default
            if field.default is not dataclasses.MISSING
            else (field.default_factory() if field.default_factory is not dataclasses.MISSING else None)
        )
        kwargs: dict[str, Any] = {"dest": field.name, "help": f"{help_text} (default: {default!r})" if has_default else help_text}
        if "choices" in field.metadata:
            kwargs["choices"] = field.metadata["choices"]
        if tp is bool:
            parser.add_argument(name, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS, **kwargs)
            continue
        origin = typing.get_origin(tp)
        if origin in (list, tuple):
            (item,) = typing.get_args(tp)[:1]
            kwargs.update(nargs="+", type=item)
        else:
            kwargs["type"] = tp
        if field.metadata.get("positional"):
            kwargs.pop("dest")
            parser.add_argument(field.name, **kwargs)
            continue
        if not has_default:
            kwargs["required"] = True
            parser.add_argument(name, default=argparse.SUPPRESS, **kwargs)
        else:
            parser.add_argument(name, default=argparse.SUPPRESS, **kwargs)


def dataclass_from_namespace(cls: type[T], ns: argparse.Namespace, base: dict[str, Any] | None = None) -> T:
    """Builds ``cls`` from a config dict (``base``) overridden by what was given on the command line."""
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    values: dict[str, Any] = {}
    if base:
        unknown = sorted(set(base) - names)
        if unknown:
            from medslm_train.errors import InvalidConfigError

            raise InvalidConfigError(f"unknown {cls.__name__} keys: {', '.join(unknown)}")
        values.update(base)
    values.update({k: v for k, v in vars(ns).items() if k in names})
    return cls(**values)

"""GGUF quantization through ``llama_model_quantize`` in the prebuilt libllama that node-llama-cpp ships.

Why this and not a cmake build of ``llama-quantize``: the prebuilt library in
``@node-llama-cpp/linux-x64`` is the very llama.cpp release (same tag as the git bundle the converter
comes from) that will later load the files, it needs no compiler and no multi-minute build in CI, and
the call is the same function ``llama-quantize`` itself calls. The struct below mirrors
``llama_model_quantize_params`` in that release's ``include/llama.h``; ``_check_header`` re-reads the
header from the bundled source so a node-llama-cpp upgrade that changes the struct fails loudly
instead of passing garbage.
"""

from __future__ import annotations

import ctypes
import os
import re
import platform
import sys
from pathlib import Path

from medslm_train.errors import InvalidInputError, ToolFailedError, ToolMissingError
from medslm_train.paths import repo_root

# llama_ftype values (include/llama.h)
FTYPES = {"f16": 1, "q8_0": 7, "q4_k_m": 15, "q5_k_m": 17, "q6_k": 18}

_EXPECTED_FIELDS = [
    "nthread", "ftype", "output_tensor_type", "token_embedding_type", "allow_requantize",
    "quantize_output_tensor", "only_copy", "pure", "keep_split", "dry_run", "imatrix",
    "kv_overrides", "tt_overrides", "prune_layers", "max_buf_size",
]


class _QuantizeParams(ctypes.Structure):
    _fields_ = [
        ("nthread", ctypes.c_int32),
        ("ftype", ctypes.c_int),
        ("output_tensor_type", ctypes.c_int),
        ("token_embedding_type", ctypes.c_int),
        ("allow_requantize", ctypes.c_bool),
        ("quantize_output_tensor", ctypes.c_bool),
        ("only_copy", ctypes.c_bool),
        ("pure", ctypes.c_bool),
        ("keep_split", ctypes.c_bool),
        ("dry_run", ctypes.c_bool),
        ("imatrix", ctypes.c_void_p),
        ("kv_overrides", ctypes.c_void_p),
        ("tt_overrides", ctypes.c_void_p),
        ("prune_layers", ctypes.c_void_p),
        ("max_buf_size", ctypes.c_size_t),
    ]


def prebuilt_lib_dir() -> Path:
    arch = {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine(), platform.machine())
    system = platform.system().lower()
    base = repo_root() / "node_modules" / "@node-llama-cpp" / f"{system}-{arch}" / "bins" / f"{system}-{arch}"
    if not base.is_dir():
        raise ToolMissingError(
            f"{base} is missing: run `npm install` at the repository root "
            f"(@node-llama-cpp/{system}-{arch} holds the prebuilt libllama)."
        )
    return base


def _check_header() -> None:
    from medslm_train.llama_cpp import ensure_source

    header = (ensure_source() / "include" / "llama.h").read_text()
    m = re.search(r"typedef struct llama_model_quantize_params \{(.*?)\} llama_model_quantize_params;", header, re.S)
    if not m:
        raise ToolFailedError("llama.h has no llama_model_quantize_params; update medslm_train/quantize.py")
    names = re.findall(r"(\w+)\s*;", re.sub(r"//[^\n]*", "", m.group(1)))
    if names != _EXPECTED_FIELDS:
        raise ToolFailedError(
            "llama_model_quantize_params changed in this llama.cpp release "
            f"({names}); update _QuantizeParams in medslm_train/quantize.py"
        )


_lib: ctypes.CDLL | None = None
_LOG_CB = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)
_GGML_LOG_LEVEL_WARN = 3


@_LOG_CB
def _log(level: int, text: bytes, _user: int) -> None:
    # libllama prints every tensor while quantizing; keep warnings and errors only.
    if level in (_GGML_LOG_LEVEL_WARN, _GGML_LOG_LEVEL_WARN + 1) and text:
        sys.stderr.write(text.decode("utf-8", "replace"))


def _load() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        _check_header()
        libdir = prebuilt_lib_dir()
        candidates = sorted(libdir.glob("libllama.*so")) + sorted(libdir.glob("libllama*.dylib"))
        candidates = [c for c in candidates if "common" not in c.name]
        if not candidates:
            raise ToolMissingError(f"no libllama in {libdir}")
        lib = ctypes.CDLL(str(candidates[0]), mode=ctypes.RTLD_GLOBAL)
        lib.llama_backend_init.restype = None
        lib.llama_log_set.argtypes = [_LOG_CB, ctypes.c_void_p]
        lib.llama_log_set.restype = None
        lib.llama_log_set(_log, None)
        lib.llama_model_quantize_default_params.restype = _QuantizeParams
        lib.llama_model_quantize.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_QuantizeParams)]
        lib.llama_model_quantize.restype = ctypes.c_uint32
        lib.llama_backend_init()
        _lib = lib
    return _lib


def quantize(src: Path, dst: Path, qtype: str, *, threads: int | None = None) -> Path:
    """Quantizes a GGUF (normally F16) to ``qtype`` (``q8_0``, ``q4_k_m``, ...); returns ``dst``."""
    key = qtype.lower()
    if key not in FTYPES:
        raise InvalidInputError(f"quantization type must be one of {', '.join(FTYPES)}, got {qtype!r}")
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise InvalidInputError(f"{src} does not exist")
    lib = _load()
    params = lib.llama_model_quantize_default_params()
    params.ftype = FTYPES[key]
    params.nthread = threads or max(1, min(8, os.cpu_count() or 1))
    dst.parent.mkdir(parents=True, exist_ok=True)
    rc = lib.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    if rc != 0 or not dst.is_file():
        raise ToolFailedError(f"llama_model_quantize({src.name} -> {qtype}) returned {rc}")
    return dst

"""Matrix-multiply kernels for spaCy's models on CPUs that BLIS does not recognise.

spaCy's models multiply matrices with BLIS (the `blis` package). BLIS picks its kernels from the CPU's
model number, and the version spaCy ships does not know recent AMD CPUs (Zen 3 and Zen 4, family 19h):
it falls back to its portable "generic" kernels, which use no AVX, and the model then runs about 25%
slower than it should (tok2vec and NER take twice the time they take with AVX2 kernels).

`use_fast_kernels()` fixes that in this process: when BLIS chose "generic" and the CPU has AVX2 and FMA
(read from /proc/cpuinfo), it re-initialises BLIS's active kernel context with the kernels BLIS has built
in for that instruction set ("zen2" on AMD, "haswell" otherwise). Only the order of floating-point additions
inside a matrix product changes; on 155,000 tokens of news text every tag, lemma, dependency, head,
entity and sentence start came out the same (bench/RESULTS.md). Nothing happens on other systems, when
BLIS already chose an optimised configuration, or when TIMELINE_GENERIC_BLAS is set (to any value but
"" or "0").

Upstream: explosion/cython-blis#53 (Zen 3 not detected, generic SSE kernels used; PR #54's fallback is
decided when the wheel is built, not on the machine that runs it), flame/blis#770 (Zen 4) and
flame/blis#912 (Zen 5). The C functions called here are those of blis 1.3.4, which requirements.txt pins
for that reason, and tests/nlp/test_blas.py checks on every AVX2 CPU that the switch still takes BLIS from its
generic kernels to the AVX2 ones; drop this module once BLIS detects these CPUs itself.
"""

from __future__ import annotations

import ctypes
import os
import platform
import sys
import threading
from functools import lru_cache
from pathlib import Path

OFF_KEY = "TIMELINE_GENERIC_BLAS"
CPUINFO = Path("/proc/cpuinfo")


def kernels_for(cpuinfo: str) -> str | None:
    """BLIS configuration to use for the CPU described by `cpuinfo` (the text of /proc/cpuinfo), or None
    when it lacks the instructions those kernels need."""
    flags: set[str] = set()
    vendor = ""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "flags" and not flags:
            flags = set(value.split())
        elif key == "vendor_id" and not vendor:
            vendor = value.strip()
    if not {"avx", "avx2", "fma"} <= flags:
        return None
    return "zen2" if vendor == "AuthenticAMD" else "haswell"


_LOCK = threading.Lock()


def use_fast_kernels() -> str:
    """Switch BLIS from its generic kernels to AVX2 ones where that is safe, once per process (a lock keeps
    a second thread from re-initialising the kernels while the first multiplies); returns what BLIS uses
    now (e.g. "zen2 (was generic)", "skx", or "unchanged: ..." when nothing could be checked)."""
    with _LOCK:
        return _switch()


@lru_cache(maxsize=1)
def _switch() -> str:
    if os.environ.get(OFF_KEY, "") not in {"", "0"}:
        return f"unchanged: {OFF_KEY} is set"
    if not sys.platform.startswith("linux") or platform.machine() not in {"x86_64", "AMD64"}:
        return "unchanged: not Linux on x86-64"
    try:
        import blis.cy

        lib = ctypes.CDLL(blis.cy.__file__)
        lib.bli_gks_query_cntx.restype = ctypes.c_void_p  # also initialises BLIS (once)
        cntx = lib.bli_gks_query_cntx()
        current = _chosen(lib)
        if current != "generic":
            return current
        target = kernels_for(CPUINFO.read_text(encoding="utf-8", errors="replace"))
        if target is None:
            return "generic (no AVX2/FMA)"
        getattr(lib, f"bli_cntx_init_{target}")(ctypes.c_void_p(cntx))
    except (ImportError, OSError, AttributeError, ValueError) as exc:  # another BLIS build: leave it alone
        return f"unchanged: {type(exc).__name__}"
    return f"{target} (was generic)"


def _chosen(lib: ctypes.CDLL) -> str:
    """The configuration BLIS chose for this CPU (tests/nlp/test_blas.py replaces it to try the switch on a CPU
    BLIS knows)."""
    lib.bli_arch_string.restype = ctypes.c_char_p
    return (lib.bli_arch_string(lib.bli_arch_query_id()) or b"").decode()

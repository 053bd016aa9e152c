"""The BLIS kernel switch: which kernels for which CPU, the opt-out, and identical parses either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.fixtures import ROOT
from timeline.extract.actors.registry import Registry
from timeline.ingest.articles import load_folder
from timeline.nlp import blas
from timeline.nlp.pipeline import parse

AMD = "vendor_id\t: AuthenticAMD\ncpu family\t: 25\nflags\t\t: fpu sse2 avx avx2 fma avx512f\n"
INTEL = "vendor_id\t: GenuineIntel\nflags\t\t: fpu sse2 avx avx2 fma\n"
OLD = "vendor_id\t: GenuineIntel\nflags\t\t: fpu sse2 sse4_2 avx\n"

ANNOTATE = """
import json, sys
from timeline.extract.actors.registry import Registry
from timeline.nlp.pipeline import parse
texts = json.load(sys.stdin)
print(json.dumps([[[t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
                    bool(t.is_sent_start)] for t in doc] for doc in parse(texts, Registry.default())]))
"""


def test_kernels_for_cpu() -> None:
    assert blas.kernels_for(AMD) == "zen2"
    assert blas.kernels_for(INTEL) == "haswell"
    assert blas.kernels_for(OLD) is None
    assert blas.kernels_for("") is None


def test_opt_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(blas.OFF_KEY, "1")
    blas._switch.cache_clear()
    try:
        assert blas.use_fast_kernels().startswith("unchanged")
    finally:
        monkeypatch.delenv(blas.OFF_KEY)
        blas._switch.cache_clear()
    assert not blas.use_fast_kernels().startswith("unchanged: TIMELINE")


def annotate(texts: list[str]) -> list[list[list[object]]]:
    return [[[t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
              bool(t.is_sent_start)] for t in doc] for doc in parse(texts, Registry.default())]


def test_same_parse_as_generic_kernels() -> None:
    """The seed articles parse the same with the switched kernels (this process) as with BLIS's own choice."""
    texts = [a.text for a in load_folder(ROOT / "data" / "articles").articles]
    env = dict(os.environ, **{blas.OFF_KEY: "1"})
    out = subprocess.run([sys.executable, "-c", ANNOTATE], input=json.dumps(texts), capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True, timeout=300)
    assert json.loads(out.stdout) == json.loads(json.dumps(annotate(texts)))


SWITCH = """
import ctypes, json
import blis.cy, blis.py, numpy as np
from timeline.nlp import blas
rng = np.random.default_rng(18)
a, b = rng.standard_normal((64, 512), dtype=np.float32), rng.standard_normal((512, 64), dtype=np.float32)
lib = ctypes.CDLL(blis.cy.__file__)
lib.bli_gks_query_cntx.restype = ctypes.c_void_p
cntx = ctypes.c_void_p(lib.bli_gks_query_cntx())
product = lambda: blis.py.gemm(a, b).tobytes().hex()
native = blas._chosen(lib), product()
lib.bli_cntx_init_generic(cntx)  # the kernels BLIS picks for a CPU it does not know (Zen 3, Zen 4)
generic = product()
blas._chosen = lambda lib: "generic"  # and what it reports there
status = blas.use_fast_kernels()
print(json.dumps({"native": native, "generic": generic, "status": status, "switched": product()}))
"""


@pytest.mark.skipif(blas.kernels_for(blas.CPUINFO.read_text(errors="replace") if blas.CPUINFO.exists() else "")
                    is None, reason="the switch is for CPUs with AVX2 and FMA (Linux), and this one has not")
def test_the_switch_takes_blis_from_generic_to_avx2_kernels() -> None:
    """On this CPU, BLIS put in the state it is in on a CPU it does not know (generic kernels): the switch loads the
    AVX2 kernels, which compute a product bit for bit as BLIS's own AVX2 choice does and not as the generic ones.
    Fails when a new blis renames the C functions called or they stop changing the kernels."""
    env = {k: v for k, v in os.environ.items() if k != blas.OFF_KEY}
    done = subprocess.run([sys.executable, "-c", SWITCH], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True, timeout=120)
    seen = json.loads(done.stdout)
    target = blas.kernels_for(blas.CPUINFO.read_text(errors="replace"))
    assert seen["status"] == f"{target} (was generic)"
    assert seen["switched"] != seen["generic"]  # FMA kernels round differently: other kernels run
    native, native_product = seen["native"]
    if native in {"haswell", "zen", "zen2", "zen3"}:  # BLIS knows this CPU: the switch gives its own AVX2 kernels
        assert seen["switched"] == native_product

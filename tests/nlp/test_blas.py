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

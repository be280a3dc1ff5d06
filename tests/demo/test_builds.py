# SPDX-License-Identifier: EUPL-1.2
"""The demo command's arguments and small builds of the demo city: deterministic per seed,
and rebuilt in place. Apart from tests/demo/test_demo.py, whose scale-1 city is built once
for its module, so that the test runner's two workers can run both modules at once."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from werkspoor.core.signals import demo_city_built
from werkspoor.demo.city import build_city
from werkspoor.registry.models import Inwoner


def _export_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.csv")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize(
    "args, word", [(["--scale", "0"], "--scale"), (["--seed", "-1"], "--seed")]
)
def test_bad_arguments_get_one_dutch_line_and_exit_2(args, word):
    result = subprocess.run(
        [sys.executable, "-m", "werkspoor.cli", "demo", *args], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert word in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


@pytest.mark.django_db(transaction=True)
def test_same_seed_gives_the_same_city_and_another_seed_another(tmp_path):
    digests = []
    for n, seed in enumerate((7, 7, 8)):
        build_city(seed=seed, scale=0.05)
        call_command("export", str(tmp_path / str(n)), verbosity=0)
        digests.append(_export_digest(tmp_path / str(n)))
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


@pytest.mark.django_db(transaction=True)
def test_rebuilding_replaces_the_registry_and_announces_it():
    received = []

    def listener(sender, **kwargs):
        received.append(kwargs)

    demo_city_built.connect(listener)
    try:
        build_city(seed=3, scale=0.05)
        first = Inwoner.objects.count()
        build_city(seed=3, scale=0.05)
    finally:
        demo_city_built.disconnect(listener)
    assert Inwoner.objects.count() == first
    assert [r["seed"] for r in received] == [3, 3]

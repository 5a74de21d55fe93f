"""The shared country index answers threads at once without corrupting the heap.

shapely 2 prepares a geometry in place, and a prepared geometry builds its index on first use: two threads doing
that at once corrupt the process's heap, which glibc found later, at a thread's exit ("tcache_thread_shutdown():
unaligned tcache chunk detected", an abort). The sandbox geocodes in server threads, the field report reads a
country's extent in its worker, screening writes while the sandbox answers: every use of the index's geometries
goes through its lock, and no geometry is handed out. Run in a process of its own: the failure is an abort.
"""

import subprocess  # nosec B404 - this test's own script
import sys
import textwrap
from pathlib import Path

import pytest
from epoch_eudr.core.countries import find_world_map

pytestmark = pytest.mark.skipif(find_world_map() is None, reason="QGIS's world map is not installed")

SCRIPT = textwrap.dedent("""
    import hashlib, sys, threading
    sys.path.insert(0, {pkgpath!r})
    from epoch_eudr.core.countries import RegionIndex, find_world_map, load_regions

    names = ["BR", "Indonesia", "CI", "GH", "CO", "VN", "PE", "NI"]
    for _round in range(8):
        index = RegionIndex(load_regions(find_world_map()))  # fresh geometries: no prepared index built yet
        answers = []

        def work(k):
            for i in range(40):
                digest = hashlib.sha256(f"{{k}}-{{i}}".encode()).digest()
                fractions = [(digest[j] / 255, digest[j + 1] / 255) for j in range(0, 32, 2)]
                point = index.point_inside_named(names[(k + i) % len(names)], fractions)
                answers.append(index.lookup(*point).code if point else None)
                index.bounds_named(names[i % len(names)])

        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert len(answers) == 320 and None not in answers, answers
    print("ok")
""")


def test_the_country_index_is_used_by_eight_threads_at_once():
    script = SCRIPT.format(pkgpath=str(Path(__file__).resolve().parents[2] / ".build" / "pkgpath"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stdout.split() == ["ok"], (done.returncode, done.stderr[-3000:])

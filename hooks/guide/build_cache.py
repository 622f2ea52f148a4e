"""Results of the build's costly pure steps, kept on disk between builds (like Material's ``.cache`` folder).

Each entry is the result of one pure function, stored under a SHA-256 of everything that function reads: its
arguments plus the *fingerprint* of the generator (the source of the hooks, the templates, the pinned
requirements and the Python version; see ``fingerprint``). Change any of them and the entry is simply not found
again, so an entry can be stale only if a step reads something its key leaves out: each call site names its inputs.

Entries are pickles, written to a temporary file and renamed, so a build that dies half-way leaves no torn entry;
an entry that cannot be read is made again. The folder is local build state, trusted like the source beside it.
``sweep`` removes the entries a finished build did not use, so the folder holds one build's worth.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
SUFFIX = ".pickle"


def fingerprint(paths: Iterable[Path]) -> str:
    """A hash of the generator itself: the bytes of every file under ``paths`` (folders are walked), by name."""
    digest = hashlib.sha256(sys.version.encode())
    for root in paths:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"\0{path.as_posix()}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


class BuildCache:
    """``get_or_make(namespace, inputs, make)``: ``make()``'s result, from disk when the same inputs were seen.

    ``directory=None`` keeps nothing: every call runs ``make`` (tests of the steps themselves, ``off`` switch).
    An entry made while another was being made (a QR code inside a step sheet) is remembered with it, so a build
    that reads only the outer entry still counts the inner one as used and ``sweep`` keeps it.
    """

    def __init__(self, directory: Path | None, salt: str) -> None:
        self.directory = directory
        self.salt = salt
        self.used: set[str] = set()  # entry names, "namespace/key"
        self.hits = 0
        self.misses = 0
        self._making: list[set[str]] = []  # the entries used so far by each make() under way, outermost first

    def get_or_make(self, namespace: str, inputs: tuple[Any, ...], make: Callable[[], T]) -> T:
        if self.directory is None:
            return make()
        name = f"{namespace}/{self._key(namespace, inputs)}"
        path = self.directory / (name + SUFFIX)
        self._use([name])
        try:
            value, inner = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError):
            self.misses += 1
            self._making.append(set())
            try:
                value = make()
            finally:
                inner = sorted(self._making.pop())
            self._write(path, (value, inner))
            return value
        self.hits += 1
        self._use(inner)
        return value

    def sweep(self) -> int:
        """Delete every entry this cache object did not use; return how many were deleted."""
        if self.directory is None or not self.directory.is_dir():
            return 0
        removed = 0
        for path in self.directory.glob(f"*/*{SUFFIX}"):
            if path.relative_to(self.directory).as_posix().removesuffix(SUFFIX) not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def _use(self, names: Iterable[str]) -> None:
        for name in names:
            self.used.add(name)
            for inner in self._making:
                inner.add(name)

    def _key(self, namespace: str, inputs: tuple[Any, ...]) -> str:
        # repr of str, int, float, bool, None, bytes and tuples of them is exact and stable across runs.
        return hashlib.sha256(repr((self.salt, namespace, inputs)).encode()).hexdigest()

    def _write(self, path: Path, value: Any) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        temporary = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
                temporary = Path(handle.name)
                handle.write(data)
            os.replace(temporary, path)
        except OSError:
            # A read-only or full disk costs speed, not correctness: the value is returned all the same.
            if temporary is not None:
                temporary.unlink(missing_ok=True)


NO_CACHE = BuildCache(None, "")

"""Profile one in-process strict build with cProfile; print JSON: total seconds and the time inside our hooks.

The hooks' time is the cumulative time of the hook files' event functions (`on_*` in hooks/*.py, which MkDocs
calls one after another, never nested) plus the import of those files (their `<module>`, which imports the core
package hooks/guide and pydantic). Cumulative time includes everything a hook calls (the core, Jinja, Graphviz's
dot, PyYAML). Summing every function under hooks/ instead would count nested calls twice. Run in its own process.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
HOOKS = REPO_ROOT / "hooks"
sys.path[:0] = [str(REPO_ROOT)]


def is_hook_entry(function: tuple[str, int, str]) -> bool:
    """An event function or the module body of a hook file listed in mkdocs.yml (hooks/*.py, not hooks/guide/)."""
    path = Path(function[0])
    return path.parent == HOOKS and (function[2].startswith("on_") or function[2] == "<module>")


def hooks_time(stats: pstats.Stats) -> tuple[float, list[tuple[str, float]]]:
    entries = {
        f"{Path(function[0]).relative_to(REPO_ROOT)}:{function[2]}": timing[3]
        for function, timing in stats.stats.items()  # type: ignore[attr-defined]
        if is_hook_entry(function)
    }
    ranked = sorted(entries.items(), key=lambda item: -item[1])
    return sum(entries.values()), ranked


def import_hooks(config_file: Path) -> float:
    """Execute the hook files once, as MkDocs will, and return the seconds it took (the core, and what only the
    hooks use). MkDocs' own modules, which every build loads and the hooks import too (jinja2, yaml, markupsafe,
    mkdocs.plugins...), are loaded first and not counted."""
    import importlib.util

    import mkdocs.commands.build  # noqa: F401 - loaded by every build, hooks or not
    import mkdocs.config  # noqa: F401
    import yaml

    from tests.support.site_config import _TolerantLoader

    raw = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - safe loader
    started = time.perf_counter()
    sys.path[:0] = [str(HOOKS)]
    for hook in raw.get("hooks", []):
        path = (config_file.parent / hook).resolve()
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    del sys.path[0]
    return time.perf_counter() - started


class EventTimers:
    """Wraps every hook event function registered with MkDocs and adds up the wall-clock time spent in each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, plugins: Any) -> None:
        for event, methods in plugins.events.items():
            for index, method in enumerate(methods):
                code = getattr(method, "__code__", None)
                if code is not None and Path(code.co_filename).parent == HOOKS:
                    methods[index] = self._timed(f"{Path(code.co_filename).name}:on_{event}", method)

    def _timed(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
                self.calls[name] = self.calls.get(name, 0) + 1

        timed.mkdocs_priority = getattr(method, "mkdocs_priority", 0)  # type: ignore[attr-defined]
        return timed


def build_in_process(config_file: Path, site_dir: Path, timers: EventTimers | None = None) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)
    if timers is not None:
        timers.wrap(config.plugins)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", type=Path, required=True)
    parser.add_argument("--site-dir", type=Path, required=True)
    parser.add_argument("--timers", action="store_true", help="wall-clock timers around the hook events, no cProfile")
    args = parser.parse_args()
    if args.timers:
        started = time.perf_counter()
        imported = import_hooks(args.config_file)
        timers = EventTimers()
        build_in_process(args.config_file, args.site_dir, timers)
        total = time.perf_counter() - started
        ranked = sorted([("import of the hook files", imported), *timers.seconds.items()], key=lambda item: -item[1])
        report = {
            "total": total,
            "hooks": imported + sum(timers.seconds.values()),
            "top": ranked,
            "calls": timers.calls,
        }
    else:
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        build_in_process(args.config_file, args.site_dir)
        profiler.disable()
        total = time.perf_counter() - started
        hooks, ranked = hooks_time(pstats.Stats(profiler))
        report = {"total": total, "hooks": hooks, "top": ranked[:12]}
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

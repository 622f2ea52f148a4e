"""The build cache: a result is made once per distinct input, read back intact, and never served for other inputs."""

from __future__ import annotations

from pathlib import Path

from guide.build_cache import BuildCache, fingerprint


class Maker:
    """A costly step stand-in that counts how often it really ran."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_a_result_is_made_once_and_then_read_from_disk(tmp_path: Path) -> None:
    make = Maker({"svg": "<svg/>", "size": (3, 4)})
    first = BuildCache(tmp_path, "salt").get_or_make("qr", ("https://example.org/",), make)
    later = BuildCache(tmp_path, "salt")  # a later build: a new object, the same folder
    again = later.get_or_make("qr", ("https://example.org/",), make)
    assert make.calls == 1
    assert again == first == make.value
    assert (later.hits, later.misses) == (1, 0)


def test_other_inputs_namespaces_or_generator_make_the_result_again(tmp_path: Path) -> None:
    make = Maker("value")
    BuildCache(tmp_path, "salt").get_or_make("qr", ("a",), make)
    BuildCache(tmp_path, "salt").get_or_make("qr", ("b",), make)
    BuildCache(tmp_path, "salt").get_or_make("pages", ("a",), make)
    BuildCache(tmp_path, "changed code").get_or_make("qr", ("a",), make)
    assert make.calls == 4


def test_a_damaged_entry_is_made_again_and_replaced(tmp_path: Path) -> None:
    make = Maker([1, 2, 3])
    BuildCache(tmp_path, "salt").get_or_make("n", ("x",), make)
    (entry,) = (tmp_path / "n").glob("*.pickle")
    entry.write_bytes(b"\x80\x05truncated")
    assert BuildCache(tmp_path, "salt").get_or_make("n", ("x",), make) == [1, 2, 3]
    assert make.calls == 2
    assert BuildCache(tmp_path, "salt").get_or_make("n", ("x",), make) == [1, 2, 3]
    assert make.calls == 2


def test_an_unwritable_folder_still_returns_the_result(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    make = Maker("value")
    cache = BuildCache(blocker / "cache", "salt")
    assert cache.get_or_make("n", ("x",), make) == "value"
    assert cache.get_or_make("n", ("x",), make) == "value"
    assert make.calls == 2
    assert not list(tmp_path.glob("**/*.tmp"))


def test_no_folder_means_no_cache() -> None:
    make = Maker("value")
    cache = BuildCache(None, "salt")
    cache.get_or_make("n", ("x",), make)
    cache.get_or_make("n", ("x",), make)
    assert make.calls == 2
    assert cache.sweep() == 0


def test_sweep_keeps_what_this_build_used_and_deletes_the_rest(tmp_path: Path) -> None:
    old = BuildCache(tmp_path, "salt")
    old.get_or_make("n", ("kept",), Maker(1))
    old.get_or_make("n", ("dropped",), Maker(2))
    build = BuildCache(tmp_path, "salt")
    build.get_or_make("n", ("kept",), Maker(1))
    assert build.sweep() == 1
    make = Maker(1)
    BuildCache(tmp_path, "salt").get_or_make("n", ("kept",), make)
    assert make.calls == 0, "the entry the build used was swept"


def test_fingerprint_follows_every_file_but_not_bytecode(tmp_path: Path) -> None:
    code = tmp_path / "hooks"
    (code / "__pycache__").mkdir(parents=True)
    (code / "hook.py").write_text("x = 1\n")
    template = tmp_path / "sheet.j2"
    template.write_text("{{ x }}")
    before = fingerprint([code, template])
    (code / "__pycache__" / "hook.cpython-311.pyc").write_bytes(b"compiled")
    assert fingerprint([code, template]) == before
    template.write_text("{{ y }}")
    assert fingerprint([code, template]) != before
    template.write_text("{{ x }}")
    (code / "hook.py").rename(code / "renamed.py")
    assert fingerprint([code, template]) != before


def test_an_entry_made_inside_another_is_kept_by_a_build_that_reads_only_the_outer_one(tmp_path: Path) -> None:
    first = BuildCache(tmp_path, "salt")
    first.get_or_make("sheet", ("page",), lambda: "sheet with " + first.get_or_make("qr", ("url",), Maker("qr")))
    later = BuildCache(tmp_path, "salt")
    assert later.get_or_make("sheet", ("page",), Maker("made again")) == "sheet with qr"
    assert later.sweep() == 0
    make = Maker("qr made again")
    assert BuildCache(tmp_path, "salt").get_or_make("qr", ("url",), make) == "qr"
    assert make.calls == 0

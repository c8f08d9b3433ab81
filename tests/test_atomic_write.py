"""An interrupt during an atomic write waits for the write, then stops the program."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from newsclean import files


def test_ctrl_c_during_a_write_lands_after_the_file_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.md"
    real_replace = os.replace

    def interrupted_replace(src: str, dst: Path) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C between writing and renaming
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted_replace)
    # Another thread, as a worker pool has: the kernel may hand the signal to it.
    done = threading.Event()
    bystander = threading.Thread(target=done.wait)
    bystander.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            files.write_atomic(target, "whole\n")
    finally:
        done.set()
        bystander.join()
    assert target.read_text(encoding="utf-8") == "whole\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

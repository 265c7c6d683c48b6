"""Ctrl+C in a long command: the first stops the work, any further one quits at once and quietly, also
after the work has stopped and while its summary is printed (a real process signalling itself)."""

from __future__ import annotations

import subprocess
import sys

from newsreader.commands.interrupt import EXIT_INTERRUPTED

PROGRAM = r"""
import os, signal, time
from newsreader.commands.interrupt import stop_on_ctrl_c

with stop_on_ctrl_c("the work") as cancelled:
    os.kill(os.getpid(), signal.SIGINT)
    deadline = time.monotonic() + 5
    while not cancelled() and time.monotonic() < deadline:
        time.sleep(0.01)
print("stopped:", cancelled(), flush=True)
os.kill(os.getpid(), signal.SIGINT)  # impatient, while the summary is printed
time.sleep(2)
print("still running", flush=True)
"""


def test_a_second_ctrl_c_after_the_work_stopped_quits_quietly() -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=30, check=False)
    assert done.stdout == "stopped: True\n"
    assert done.returncode == EXIT_INTERRUPTED
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
    assert "interrupted" in done.stderr

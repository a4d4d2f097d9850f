"""Interface: ``integraal gemeente init`` in a real (pseudo-)terminal, answers typed one at a time.

Story: an adviser types the town's figures; a word where a number belongs, more households than
inhabitants and a negative FTE are each told why and asked again; Enter takes the default or
skips; the scenario is written at the end and loads.
"""

import os
import pty
import select
import subprocess
import sys
import time

from sim.params.scenario import load_scenario

TIMEOUT = 30
TOO_MANY_HOUSEHOLDS = ("households.total: 50,000 households is more than the 40,000 inhabitants; expected at most "
                       "one household per inhabitant. Please answer again.")


class Terminal:
    """A command run on a pseudo-terminal: read what it prints, type answers."""

    def __init__(self, argv, cwd):
        """Start ``argv`` in ``cwd`` with its stdin, stdout and stderr on a new pseudo-terminal."""
        self.leader, follower = pty.openpty()
        self.process = subprocess.Popen(argv, stdin=follower, stdout=follower, stderr=follower, cwd=cwd)
        os.close(follower)
        self.seen = ""

    def expect(self, text: str) -> str:
        """Read until ``text`` appears in what is new since the last expect; return that new part."""
        deadline = time.monotonic() + TIMEOUT
        while text not in self.seen:
            assert time.monotonic() < deadline, f"never saw {text!r}; last output: {self.seen[-500:]!r}"
            ready, _, _ = select.select([self.leader], [], [], 1)
            if ready:
                try:
                    self.seen += os.read(self.leader, 4096).decode()
                except OSError:  # the command ended and closed the terminal
                    break
        assert text in self.seen, f"never saw {text!r}; last output: {self.seen[-500:]!r}"
        before, _, self.seen = self.seen.partition(text)
        return before + text

    def type(self, answer: str) -> None:
        """Type ``answer`` and Enter."""
        os.write(self.leader, answer.encode() + b"\r")


def test_typed_answers_make_a_scenario_and_wrong_ones_are_asked_again(tmp_path):
    out = tmp_path / "proefstad.toml"
    term = Terminal([sys.executable, "-m", "sim", "gemeente", "init", "--out", str(out)], tmp_path)
    script = [("Name of the municipality (text) [Mijn gemeente]: ", "Proefstad", None),
              ("Team model", "vinkje", None),
              ("Inhabitants (persons) [100,000]: ", "veel", "'veel' is not a number"),
              ("Inhabitants (persons) [100,000]: ", "40.000", None),
              ("Households (CBS) (households) [", "50000", TOO_MANY_HOUSEHOLDS),
              ("Households (CBS) (households) [", "18000", None)]
    script += [("]: ", "", None)] * 15  # household types, clients, FTE hours: Enter
    script += [("FTE of Wmo-loket", "-3", "-3 is not above 0"), ("FTE of Wmo-loket", "9", None)]
    script += [("]: ", "", None)] * 5  # the other staff, the measure of waits
    script += [("Wmo wait from melding to beschikking (days) [skip]: ", "62", None)]
    script += [("]: ", "", None)] * 5
    for prompt, answer, reply in script:
        term.expect(prompt)
        term.type(answer)
        if reply:
            term.expect(reply)
    term.expect("written")
    assert term.process.wait(TIMEOUT) == 0
    text = out.read_text()
    assert 'access = "vinkje"  # your figure' in text and "inhabitants = 40_000  # your figure" in text
    assert "share_single = 0.25  # Middelstad default" in text
    scenario = load_scenario(out)
    assert dict(scenario.observed) == {"households.total": 18_000, "waits.wmo_days": 62.0}
    assert scenario["organisations.wmo.professionals"] == round(9 * 36 / 32 * 100_000 / 40_000, 4)


def test_input_that_ends_early_writes_nothing(tmp_path):
    done = subprocess.run([sys.executable, "-m", "sim", "gemeente", "init", "--out", "x.toml"], input="Proefstad\n",
                          capture_output=True, text=True, cwd=tmp_path, timeout=TIMEOUT, check=False)
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        "terminal: team_model: the input ended before this figure was answered; nothing was written"]
    assert list(tmp_path.iterdir()) == []

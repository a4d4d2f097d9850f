"""``integraal calibration-table``: regenerate docs/calibration.md, or check that it has not drifted.

Story: an engineer changes the Wmo onset rate in the catalogue and forgets the documentation.
``integraal calibration-table --check`` (run by the test suite) compares the committed parameter
table with the catalogue and exits 1 naming the first differing line.
``integraal calibration-table --params-only`` rewrites the parameter table at once; without it the
command also reruns the pattern replications (minutes on Middelstad) and rewrites the pattern table.
Hand-written text between the generated blocks is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sim import PROJECT_DIR
from sim.commands.validate_patterns import add_pattern_options, pattern_results
from sim.output import calibration_doc as doc
from sim.output.results_folder import write_atomic
from sim.params.errors import InputError

CALIBRATION_MD = PROJECT_DIR / "docs" / "calibration.md"


def register(parser) -> None:
    """Add the options of ``integraal calibration-table``."""
    parser.add_argument("--check", action="store_true", help="only check that the committed parameter table "
                        "equals the catalogue; exit 1 when it drifted")
    parser.add_argument("--params-only", action="store_true", help="rewrite the parameter table only (no runs)")
    parser.add_argument("--file", type=Path, default=CALIBRATION_MD, help="the file (default docs/calibration.md)")
    add_pattern_options(parser)
    parser.set_defaults(func=main)


def main(args) -> int:
    """Check the committed parameter table, or rewrite it from the catalogue."""
    text = _read(args.file)
    if args.check:
        return check(text, args.file)
    text = doc.replace_block(text, doc.PARAMS_BEGIN, doc.PARAMS_END, doc.parameter_section())
    if not args.params_only:
        text = doc.replace_block(text, doc.PATTERNS_BEGIN, doc.PATTERNS_END, _patterns(args))
    write_atomic(args.file, text)
    print(f"written {args.file}")
    return 0


def check(text: str, path: Path) -> int:
    """Exit code of the check: 0 when the committed table is the generated one, else 1.

    0 when the committed parameter block equals the generated one, 1 (with the first
    differing line) otherwise.
    """
    committed = doc.extract(text, doc.PARAMS_BEGIN, doc.PARAMS_END) or ""
    generated = doc.parameter_section()
    if committed == generated:
        print(f"{path}: parameter table up to date ({len(doc.CATALOGUE)} parameters)")
        return 0
    first = next((g for c, g in zip(committed.splitlines() + [""] * 10_000, generated.splitlines()) if c != g), "")
    print(f"{path}: parameter table out of date; first differing line should be: {first[:160]}\n"
          "run `integraal calibration-table --params-only`", file=sys.stderr)
    return 1


def _patterns(args) -> str:
    results = pattern_results(args)
    command = f"integraal validate-patterns --replications {args.replications} --seed {args.seed}"
    horizon = ""
    if args.years is not None or args.warmup_years is not None or args.inhabitants is not None:
        horizon = f" (years {args.years}, warm-up {args.warmup_years}, inhabitants {args.inhabitants})"
    note = (f"Scenario `{args.scenario}`, {args.replications} replications (root seed {args.seed}){horizon}; "
            "a pattern passes when the mean over replications lies inside the tolerance band.")
    return doc.pattern_section(results, note, command)


def _read(path: Path) -> str:
    if not path.is_file():
        raise InputError(str(path), "-", "file not found")
    return path.read_text(encoding="utf-8")

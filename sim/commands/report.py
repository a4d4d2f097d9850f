"""``integraal report RESULTS_DIR``: the report for bestuurders of a results folder (HTML, PDF)."""

from __future__ import annotations

from pathlib import Path

from sim.report import FORMATS, write_report


def register(parser) -> None:
    """Add the options of ``integraal report``."""
    parser.add_argument("results", type=Path, help="a results folder written by integraal sweep")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default nl)")
    parser.add_argument(
        "--format", choices=FORMATS, default="html", dest="fmt", help="html, pdf or both (default html)"
    )
    parser.add_argument("--out", type=Path, help="output file (default out/<folder>-<lang>.html/.pdf)")
    parser.add_argument("--sensitivity", type=Path, metavar="DIR",
                        help="a folder with a Morris indices.csv (default: RESULTS_DIR/morris when present)")
    parser.add_argument("--capacity", type=Path, metavar="FILE.csv",
                        help="extra staff per design (`integraal capacity ... --out FILE.csv`) for the decision table")
    parser.add_argument("--robustness", type=Path, metavar="DIR",
                        help="a folder with the robustness.csv of `integraal discover` (how robust each conclusion is)")
    parser.add_argument("--statements", type=Path, metavar="DIR",
                        help="a results folder with every design the statements need (experiments/stellingen.toml)")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Write the report of a results folder and print the paths of the files written."""
    for path in write_report(args.results, args.lang, args.fmt, args.out, args.sensitivity, args.capacity,
                             args.robustness, args.statements):
        print(path)
    return 0

"""``integraal report``: a Dutch (or English) report of a results folder, as HTML and PDF.

One concept per module: ``data`` (reading the folder), ``scenarios`` and ``roles`` (what each
design is), ``numbers`` (estimates and the rule for a clear difference), ``findings`` and
``statements`` (what the numbers say), ``figures``, ``style`` and ``weekly`` (the pictures),
``text``, ``nl`` and ``en`` (the words), the section builders, ``document`` (the blocks),
``html`` and ``pdf`` (rendering), and ``build`` (putting it together).
"""

from sim.report.build import FORMATS, build_document, write_report

__all__ = ["FORMATS", "build_document", "write_report"]

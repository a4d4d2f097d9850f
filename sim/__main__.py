"""``python -m sim`` is the ``integraal`` command."""

import sys

from sim.cli import main

sys.exit(main())

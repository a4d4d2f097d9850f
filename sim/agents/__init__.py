"""The agents and their records.

Households with needs, professionals in organisations, tasks, cases and help episodes; and the
wiring of the two simulation modes (``modes``). They know the engine and the vocabulary
(``sim.domains``), not the designs, the loader or the study layer.
"""

"""The agents and their records: households with needs, professionals in organisations, tasks,
cases and help episodes. They know the engine and the vocabulary (``sim.domains``), not the
designs, the loader or the study layer."""

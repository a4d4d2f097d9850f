"""The engine under the agents.

The calendar on Mesa's event list, named random streams, per-domain parameters, the weekly log
and the collector pause. Knows no access design and no output.
"""

"""Output of runs: tables, KPIs, results folders, summaries, statistics, patterns, figures.

Output of runs: tables, KPIs and their formatting, results folders, summaries, statistics,
observed patterns and figures.
"""

"""The live page: a chosen access design beside the sectoral baseline, week by week, offline.

A story: an adviser opens the page in a council chamber without internet. The town of 10,000
inhabitants has already run two years, so its waiting lists are filled; the wethouder sees the
Wmo waiting list under integrale toegang climb beside the same town under sectoral access, the
legal eight weeks drawn as a line, and asks for 10% more staff: the adviser moves the staffing
slider and builds the town again.

``offline`` keeps Solara's front-end and telemetry on this machine, ``assets`` puts the
front-end's files there (once, online), ``towns`` runs the two towns, ``measures`` reads the Wmo
figures off a model each week, ``labels`` holds the Dutch words, ``chart`` draws a series,
``controls`` and ``page`` are the Solara components (sim/app.py serves them).
"""

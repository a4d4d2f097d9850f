"""Steps that access designs compose instead of inheriting from each other.

Intake sizes, screening (integraal kijken), integral work, a case meeting, referral and a
handover, the joint plan, the multiprobleem flag, the free budget and staffing: plain functions
and small classes with fixed signatures, so a design reuses a step by calling it.
"""

"""Steps that access designs compose: screening, a case meeting, a handover, the joint plan, the
multiprobleem flag, the free budget and staffing. Plain functions and small classes with fixed
signatures, so a design reuses a step by calling it, not by inheriting from another design."""

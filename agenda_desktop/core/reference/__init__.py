"""Reference data shipped in resources/reference: goals, targets, municipalities, KPIs."""

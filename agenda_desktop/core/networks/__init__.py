"""Networks the municipality takes part in, the commitments they bring, and financing."""

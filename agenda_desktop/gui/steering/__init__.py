"""The pages of the five steps of the steering cycle and what they share."""

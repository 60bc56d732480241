"""The five steps of the steering cycle: vocabularies, rules and what the steps store."""

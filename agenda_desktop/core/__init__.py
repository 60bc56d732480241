"""The core: domain types, services, store and reference data. Never imports Qt."""

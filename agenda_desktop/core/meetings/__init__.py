"""Meetings and protocols: bodies, members, meetings, paragraphs, adjustment."""

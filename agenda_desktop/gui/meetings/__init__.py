"""Meetings and protocols: bodies and members, meetings, attendance, the protocol."""

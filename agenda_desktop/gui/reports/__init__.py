"""The Rapporter page: build the printed reports, preview, print and save them as PDF."""

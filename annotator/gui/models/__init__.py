"""Thin Qt item models over the store's plain data."""

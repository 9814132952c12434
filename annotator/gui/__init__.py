"""The window: everything Qt lives under this package; the core never imports it."""

"""The application's dialogs, one per module (Picard's ``ui/options`` habit)."""

"""annotator: tag districts, projects, amounts and targets in Chinese government reports."""

__version__ = "0.1.0"

"""The projects that ship with annotator: ``demo/`` holds the demo article and its reviewed
spans. Shipped inside the package as ``annotator.projects`` (see pyproject.toml); the demo
project itself is built in the user's data folder (:mod:`annotator.demo`).
"""

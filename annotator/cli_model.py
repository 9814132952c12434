"""The command line of the model that learns from accepted spans: ``annotator train P``, the
``--model`` and ``--min-confidence`` of ``annotator suggest`` and ``annotator evaluate P
--cross-validate``. Each parses, calls the core (:mod:`annotator.core.suggest.model`) and prints
what it did; errors are :class:`AnnotatorError` lines like every other command's."""
from __future__ import annotations

import argparse
import json
from typing import Any

from annotator.cli import _open, _terminal_progress


def _params(args: argparse.Namespace) -> Any:
    from annotator.core.suggest.model.crf import DEFAULT, Params

    return Params(c1=args.c1 if args.c1 is not None else DEFAULT.c1,
                  max_iterations=args.iterations or DEFAULT.max_iterations)


def cmd_train(args: argparse.Namespace) -> int:
    from annotator.core.suggest.model.scoring import f1_lines
    from annotator.core.suggest.model.training import train_project

    with _open(args.project) as store:
        report = train_project(store, _params(args), progress=_terminal_progress("features"), fit=True)
    print("\n".join(report.lines()))
    if report.score:
        print("overlap F1 on the documents it learned from (a fit, not a test: "
              "annotator evaluate P --cross-validate tests it):")
        print("\n".join(f1_lines(report.score)))
    return 0


def chosen_model(store: Any, args: argparse.Namespace) -> Any:
    """The ModelSuggester ``--model`` names (None: the rules alone); says which on stdout."""
    from annotator.core.suggest.model.choice import choose

    chosen = choose(store, args.model, args.min_confidence)
    print(chosen.description)
    return chosen.suggester


def cmd_cross_validate(args: argparse.Namespace) -> int:
    """Prints the scores and keeps them in the project (the window's Statistics panel shows them)."""
    from annotator.core.suggest.model.crossval import cross_validate_and_keep, format_cross_validation

    with _open(args.project) as store:
        done = cross_validate_and_keep(store, _params(args), args.min_confidence,
                                       progress=_terminal_progress("cross-validate"))
    assert done is not None  # nothing cancels it here
    result = done[0]
    print(json.dumps(result, ensure_ascii=False) if args.json else format_cross_validation(result))
    return 0


def _training_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--iterations", type=int, metavar="N", help="L-BFGS iterations (default 60)")
    s.add_argument("--c1", type=float, metavar="X", help="L1 regularisation: larger keeps fewer features "
                                                         "(default 0.1)")


def add_suggest_options(s: argparse.ArgumentParser) -> None:
    """``--model`` and ``--min-confidence`` of ``annotator suggest``."""
    s.add_argument("--model", choices=["project", "seed", "none"], default="project",
                   help="project (default): the model trained on this project (annotator train), else the "
                        "shipped one; seed: the shipped model; none: the rules alone")
    s.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                   help="leave out the model's own proposals below this probability (0 to 1)")


def add_evaluate_options(s: argparse.ArgumentParser) -> None:
    """``--cross-validate`` (with its training options) of ``annotator evaluate``."""
    s.add_argument("--cross-validate", action="store_true",
                   help="leave one document out in turn: train on the others, score the rules, the model and "
                        "both on it against its accepted spans")
    s.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                   help="with --cross-validate: leave out the model's proposals below this probability")
    _training_options(s)


def add_parsers(sub: Any) -> None:
    """``annotator train``."""
    s = sub.add_parser("train", help="train the model that suggests beside the rules on the project's accepted "
                                     "spans (every annotator's); kept in the project")
    s.add_argument("project")
    _training_options(s)
    s.set_defaults(func=cmd_train)

"""The command line of the model that learns from accepted spans: ``annotator train P``, the
``--model`` and ``--min-confidence`` of ``annotator suggest`` and ``annotator evaluate P
--cross-validate`` (without them, the project's model settings), ``annotator model-settings P``.
Each parses, calls the core (:mod:`annotator.core.suggest.model`) and prints
what it did; errors are :class:`AnnotatorError` lines like every other command's."""
from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from annotator.cli import _open, _terminal_progress
from annotator.core.errors import AnnotatorError


class _AsTyped(float):
    """A number of the command line that is said back as the user typed it: "not 2", not "not 2.0"."""

    def __new__(cls, text: str) -> _AsTyped:
        number = super().__new__(cls, text)
        number.typed = text.strip()
        return number

    typed: str

    def __str__(self) -> str:
        return self.typed

    __repr__ = __str__


_AsTyped.__name__ = "number"  # argparse: "invalid number value: 'abc'"


def _params(args: argparse.Namespace) -> Any:
    """``--iterations`` and ``--c1``, checked before anything is read (crfsuite takes -1 iterations
    and learns nothing, which would replace the project's model; an infinite c1 keeps no feature)."""
    from annotator.core.suggest.model.crf import DEFAULT, Params

    if args.iterations is not None and args.iterations < 1:
        raise AnnotatorError(f"--iterations takes a whole number of iterations from 1, not {args.iterations}")
    if args.c1 is not None and not 0.0 <= args.c1 < math.inf:  # nan compares false too
        raise AnnotatorError(f"--c1 takes a number from 0 (no L1 regularisation), not {args.c1}")
    return Params(c1=args.c1 if args.c1 is not None else DEFAULT.c1,
                  max_iterations=args.iterations if args.iterations is not None else DEFAULT.max_iterations)


def cmd_train(args: argparse.Namespace) -> int:
    from annotator.core.suggest.model.scoring import f1_lines
    from annotator.core.suggest.model.training import train_project

    with _open(args.project) as store:
        report = train_project(store, _params(args), progress=_terminal_progress("features"), fit=True)
        order = [label.name for label in store.labels()]
    if not report.labels and not report.cancelled:  # nothing done: a failure, as an empty import
        removed = "; the model it had learned before (of spans since rejected) was removed" if report.removed else ""
        raise AnnotatorError(f"{args.project}: nothing to learn from: no document has accepted spans{removed}; "
                             "`annotator suggest` uses the shipped seed model")
    print("\n".join(report.lines(order)))
    if report.score:
        print("overlap F1 on the documents it learned from (a fit, not a test: "
              "annotator evaluate P --cross-validate tests it):")
        print("\n".join(f1_lines(report.score, order)))
    return 0


def _check_min_confidence(args: argparse.Namespace) -> None:
    if args.min_confidence is not None and not 0.0 <= args.min_confidence <= 1.0:  # nan compares false too
        raise AnnotatorError(f"--min-confidence takes a probability from 0 to 1, not {args.min_confidence}")


def _min_confidence(store: Any, args: argparse.Namespace) -> float:
    """``--min-confidence``, else the project's; checked before anything is done."""
    _check_min_confidence(args)
    return float(store.model_settings().min_confidence if args.min_confidence is None else args.min_confidence)


def chosen_model(store: Any, args: argparse.Namespace) -> Any:
    """The ModelSuggester ``--model`` names (None: the rules alone), else the project's model
    settings; says which on stdout."""
    from annotator.core.suggest.model.choice import choose

    if args.model == "none" and args.min_confidence is not None:  # was ignored without a word
        raise AnnotatorError("--min-confidence leaves out the model's proposals; with --model none there are none")
    chosen = choose(store, args.model or store.model_settings().model, _min_confidence(store, args))
    print(chosen.description)
    return chosen.suggester


def cmd_cross_validate(args: argparse.Namespace) -> int:
    """Prints the scores and keeps them in the project (the window's Statistics panel shows them); a
    read-only project's are printed, not kept, and one line says so (on standard error with --json)."""
    from annotator.core.store import read_only
    from annotator.core.suggest.model.crossval import (
        cross_validate,
        cross_validate_and_keep,
        format_cross_validation,
    )

    with _open(args.project, reading=True) as store:
        params, minimum, progress = _params(args), _min_confidence(store, args), _terminal_progress("cross-validate")
        if store.read_only:
            result, kept = cross_validate(store, params, minimum, progress=progress), False
        else:
            done = cross_validate_and_keep(store, params, minimum, progress=progress)
            assert done is not None  # nothing cancels it here
            result, kept = done[0], True
        order, full = [label.name for label in store.labels()], read_only.FULL_DISK in store.read_only_why
    print(json.dumps(result, ensure_ascii=False) if args.json else format_cross_validation(result, order))
    if not kept:
        why = "its disk is full" if full else "its folder or database file cannot be written"
        print(f"not stored: {args.project} is read-only ({why}), so these "
              "scores were not kept in it; the window's Statistics panel shows the last ones stored",
              file=sys.stderr if args.json else sys.stdout)
    return 0


def check_evaluate_options(args: argparse.Namespace) -> None:
    """Cross-validation and scoring against gold take different options; one of the other kind was
    ignored without a word (--gold with --cross-validate, --iterations without it)."""
    if args.cross_validate:
        given = [o for o, v in (("--gold", args.gold), ("--links", args.links), ("--status", args.status),
                                ("--encoding", args.encoding)) if v]
        if given:
            raise AnnotatorError(f"--cross-validate scores against the project's own accepted spans; it takes no "
                                 f"{' or '.join(given)} (evaluate against gold without it)")
        return
    given = [o for o, v in (("--iterations", args.iterations), ("--c1", args.c1),
                            ("--min-confidence", args.min_confidence)) if v is not None]
    if given:
        raise AnnotatorError(f"{', '.join(given)}: {'an option' if len(given) == 1 else 'options'} of "
                             "--cross-validate; against gold the project's spans are scored as they are")


def _training_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--iterations", type=int, metavar="N", help="L-BFGS iterations (default 60)")
    s.add_argument("--c1", type=_AsTyped, metavar="X", help="L1 regularisation: larger keeps fewer features "
                                                         "(default 0.1)")


def add_suggest_options(s: argparse.ArgumentParser) -> None:
    """``--model`` and ``--min-confidence`` of ``annotator suggest``."""
    s.add_argument("--model", choices=["project", "seed", "none"],
                   help="project: the model trained on this project (annotator train), else the shipped one; "
                        "seed: the shipped model; none: the rules alone (default: the project's model settings)")
    s.add_argument("--min-confidence", type=_AsTyped, metavar="P",
                   help="leave out the model's own proposals below this probability (0 to 1; default: the "
                        "project's model settings)")


def add_evaluate_options(s: argparse.ArgumentParser) -> None:
    """``--cross-validate`` (with its training options) of ``annotator evaluate``."""
    s.add_argument("--cross-validate", action="store_true",
                   help="leave one document out in turn (over ten documents, a tenth of them: ten models): train "
                        "on the others, score the rules, the model and both on it against its accepted spans")
    s.add_argument("--min-confidence", type=_AsTyped, metavar="P",
                   help="with --cross-validate: leave out the model's proposals below this probability "
                        "(default: the project's model settings)")
    _training_options(s)


def cmd_model_settings(args: argparse.Namespace) -> int:
    """Change the options given (none: only show them), then print the project's model settings."""
    from annotator.core.suggest.model.described import project_model

    _check_min_confidence(args)
    changing = (args.model, args.min_confidence, args.retrain_after) != (None, None, None)
    with _open(args.project, reading=not changing) as store:
        if changing:
            store.set_model_settings(model=args.model, min_confidence=args.min_confidence,
                                     retrain_after=args.retrain_after)
        kept = store.model_settings()
        untrained = kept.model == "project" and project_model(store) is None  # `suggest` said "the shipped seed"
    every = f"after {kept.retrain_after} new accepted span(s)" if kept.retrain_after else "only when asked"
    model = f"{kept.model} (none trained yet: the shipped seed suggests until annotator train)" if untrained \
        else kept.model
    print(f"model: {model}\nmin confidence: {kept.min_confidence:g}\nretrain: {every} (in the window)")
    return 0


def add_parsers(sub: Any) -> None:
    """``annotator train``, ``annotator model-settings``."""
    s = sub.add_parser("train", help="train the model that suggests beside the rules on the project's accepted "
                                     "spans (every annotator's); kept in the project")
    s.add_argument("project")
    _training_options(s)
    s.set_defaults(func=cmd_train)
    s = sub.add_parser("model-settings", help="show or set the project's model settings (the window's and "
                                              "annotator suggest's): which model, its minimum confidence, "
                                              "when the window trains it again")
    s.add_argument("project")
    s.add_argument("--model", choices=["project", "seed", "none"], help="which model suggests beside the rules")
    s.add_argument("--min-confidence", type=_AsTyped, metavar="P",
                   help="leave out the model's own proposals below this probability (0 to 1)")
    s.add_argument("--retrain-after", type=int, metavar="N",
                   help="the window trains the model again after N new accepted spans (0: only when asked)")
    s.set_defaults(func=cmd_model_settings)

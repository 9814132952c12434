"""Every sentence the core raises to the user, read from its source: each ``raise`` in annotator/core of an
error of :class:`annotator.core.errors.AnnotatorError`'s family (which the window catches and shows), and of
the ValueError kinds the core wraps into them (a cell's, a row's, a Word part's reason: ``{path}: {e}``).

A message is kept as its shapes: the literal English with a hole where a value goes in (a path, a count, what
SQLite said). A name assigned in its function or its module, a call of a function of the core that returns a
sentence (``not_saved(path, e)``), ``a if c else b`` and ``a + b`` are followed, so a sentence built in pieces is
read whole; what cannot be followed (``str(e)``) stays a hole. No list is kept by hand: a new ``raise`` is
found the day it is written (``test_core_messages_said``)."""
from __future__ import annotations

import ast
import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import annotator.core

CORE = Path(annotator.core.__file__).parent
ROOTS = {"AnnotatorError", "CellError", "ChunkError"}  # the families; a cell's and a part's reasons are wrapped
MAX_SHAPES = 24  # the shapes of one message kept (each "a if c else b" doubles them)


@dataclass(frozen=True)
class Hole:
    """Where a value goes in: its source (``path``, ``len(found)``) and format (``,`` ``!r``)."""

    source: str
    spec: str = ""
    conversion: int = -1


Part = str | Hole
Shape = tuple[Part, ...]


@dataclass(frozen=True)
class Site:
    where: str  # annotator/core/…/module.py:line
    kind: str  # the error's class
    shapes: tuple[Shape, ...]


@cache
def _modules() -> dict[str, ast.Module]:
    return {str(p.relative_to(CORE.parent.parent)): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(CORE.rglob("*.py"))}


@cache
def _nodes() -> dict[str, list[ast.AST]]:
    """Every node of each module (walked once)."""
    return {where: list(ast.walk(tree)) for where, tree in _modules().items()}


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


@cache
def error_kinds(roots: tuple[str, ...] = tuple(sorted(ROOTS))) -> frozenset[str]:
    """The classes of the families of ``roots`` defined in the core (by name: the core's class names are unique)."""
    classes = [node for nodes in _nodes().values() for node in nodes if isinstance(node, ast.ClassDef)]
    kinds, grown = set(roots), True
    while grown:
        grown = False
        for node in classes:
            if node.name not in kinds and any(_name(b) in kinds for b in node.bases):
                kinds.add(node.name)
                grown = True
    return frozenset(kinds)


@cache
def _functions() -> dict[str, list[tuple[str, ast.FunctionDef]]]:
    """Every function and method of the core by its name, with its module (a call is followed into the one of
    its own module, else into each of that name)."""
    out: dict[str, list[tuple[str, ast.FunctionDef]]] = {}
    for where, nodes in _nodes().items():
        for node in nodes:
            if isinstance(node, ast.FunctionDef):
                out.setdefault(node.name, []).append((where, node))
    return out


@cache
def _constants() -> dict[str, list[tuple[str, ast.expr]]]:
    """Module-level names assigned a sentence (``GONE = "is no longer there …"``), by name, with their module."""
    out: dict[str, list[tuple[str, ast.expr]]] = {}
    for where, tree in _modules().items():
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                out.setdefault(node.targets[0].id, []).append((where, node.value))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                out.setdefault(node.target.id, []).append((where, node.value))
    return out


@cache
def _imported(module: str) -> dict[str, str]:
    """The names ``module`` imports from modules of the core, and the file of each."""
    out = {}
    for node in _modules()[module].body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotator.core"):
            where = node.module.replace(".", "/")
            where = f"{where}.py" if f"{where}.py" in _modules() else f"{where}/__init__.py"
            out |= {alias.asname or alias.name: where for alias in node.names}
    return out


def _own_first(found: list[tuple[str, ast.AST]], module: str, name: str | None = None) -> list[tuple[str, ast.AST]]:
    """Those of ``module`` itself, else of the module it imports ``name`` from, else all."""
    if module in _modules() and name in _imported(module):
        module = _imported(module)[name]
    return [f for f in found if f[0] == module] or found


@cache
def _assignments(function: ast.AST) -> dict[str, list[ast.expr]]:
    out: dict[str, list[ast.expr]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out.setdefault(target.id, []).append(node.value)
    return out


def _assigned(function: ast.AST | None, name: str | None) -> list[ast.expr]:
    return [] if function is None or name is None else _assignments(function).get(name, [])


def _parameters(function: ast.FunctionDef) -> list[str]:
    a = function.args
    return [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs]


def _passed(function: ast.FunctionDef, name: str, depth: int) -> list[Made]:
    """What the core's calls of ``function`` pass for its parameter ``name`` (and its default): a sentence
    (damaged="is a damaged .docx …", RESTORE_HINT), not a value (a path, ``str(e)``, a word: "big")."""
    a = function.args
    positional = [p.arg for p in a.posonlyargs + a.args]
    defaults = dict(zip(positional[len(positional) - len(a.defaults):], a.defaults, strict=True))
    defaults |= {p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True) if d is not None}
    given = [("", None, defaults[name])] if name in defaults else []
    skip = 1 if positional[:1] in (["self"], ["cls"]) else 0
    for where, caller, node in _calls().get(function.name, []):
        passed = [k.value for k in node.keywords if k.arg == name]
        if not passed and name in positional and 0 <= positional.index(name) - skip < len(node.args):
            passed = [node.args[positional.index(name) - skip]]
        given += [(where, caller, g) for g in passed]
    sentences = [(where, caller, g) for where, caller, g in given if (_name(g) or "").isupper() or _stringy(g) and (
        not isinstance(g, ast.Constant) or " " in g.value)]
    return list(itertools.chain.from_iterable(_made(g, where, caller, depth + 1) for where, caller, g in sentences))


@cache
def _calls() -> dict[str, list[tuple[str, ast.AST | None, ast.Call]]]:
    """Every call in the core by the name it calls, with its module and its function."""
    out: dict[str, list[tuple[str, ast.AST | None, ast.Call]]] = {}
    for where, nodes in _nodes().items():
        enclosing = _enclosing(_modules()[where])
        for node in nodes:
            if isinstance(node, ast.Call) and (name := _name(node.func)) is not None:
                out.setdefault(name, []).append((where, enclosing.get(id(node)), node))
    return out


@cache
def _returns(function: ast.FunctionDef) -> list[ast.expr]:
    return [node.value for node in ast.walk(function) if isinstance(node, ast.Return) and node.value is not None]


def _stringy(expr: ast.expr) -> bool:
    """An expression that may be a sentence: a literal, an f-string, or made of them."""
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str)
    if isinstance(expr, ast.JoinedStr):
        return True
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _stringy(expr.left) or _stringy(expr.right)
    if isinstance(expr, ast.IfExp):
        return _stringy(expr.body) or _stringy(expr.orelse)
    return False


# a shape, and the conditions it was made under ("project" true): one sentence takes one branch of a test
# wherever the test is asked ("is a project folder …; this project opens as it is" or neither)
Made = tuple[Shape, frozenset[tuple[str, bool]]]


def _product(parts: list[list[Made]]) -> list[Made]:
    out = []
    for combo in itertools.product(*parts):
        taken = frozenset().union(*(when for _shape, when in combo))
        if len({test for test, _branch in taken}) == len(taken):  # no test taken both ways
            out.append((tuple(itertools.chain.from_iterable(shape for shape, _when in combo)), taken))
    return out[:MAX_SHAPES]


def _many(made: list[list[Made]]) -> list[Made]:
    return list(itertools.chain.from_iterable(made))[:MAX_SHAPES]


def _made(expr: ast.expr, module: str, function: ast.AST | None, depth: int = 0) -> list[Made]:
    """The sentences ``expr`` may be, its values holes."""
    hole: list[Made] = [((Hole(ast.unparse(expr)),), frozenset())]
    if isinstance(expr, ast.Constant):
        return [((expr.value if isinstance(expr.value, str) else str(expr.value),), frozenset())]
    if depth > 4:
        return hole
    if isinstance(expr, ast.JoinedStr):
        parts: list[list[Made]] = []
        for value in expr.values:
            if isinstance(value, ast.FormattedValue) and (value.format_spec or value.conversion != -1):
                spec = ast.unparse(value.format_spec)[2:-1] if value.format_spec else ""
                parts.append([((Hole(ast.unparse(value.value), spec, value.conversion),), frozenset())])
            else:
                parts.append(_made(value.value if isinstance(value, ast.FormattedValue) else value, module, function,
                                   depth + 1))
        return _product(parts)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add) and _stringy(expr):
        return _product([_made(expr.left, module, function, depth + 1), _made(expr.right, module, function, depth + 1)])
    if isinstance(expr, ast.IfExp) and _stringy(expr):
        test = ast.unparse(expr.test)
        return _many([[(shape, when | {(test, branch)}) for shape, when in _made(side, module, function, depth + 1)]
                      for side, branch in ((expr.body, True), (expr.orelse, False))])
    if isinstance(expr, ast.Name | ast.Attribute):
        name = _name(expr)
        if isinstance(expr, ast.Name) and isinstance(function, ast.FunctionDef) and name in _parameters(function) \
                and not function.name.startswith("__"):
            return _passed(function, name, depth)[:MAX_SHAPES] or hole
        local = _assigned(function, name) if isinstance(expr, ast.Name) else []
        found = [(module, v) for v in local] or [
            c for c in _own_first(_constants().get(name, []), module, name) if _stringy(c[1])]
        return _many([_made(v, m, function if local else None, depth + 1) for m, v in found]) or hole
    if isinstance(expr, ast.Call) and (name := _name(expr.func)) not in (None, "str", "join", "said"):
        returned = [(m, r, f) for m, f in _own_first(_functions().get(name, []), module, name) for r in _returns(f)
                    if _stringy(r)]
        if returned:
            return _many([_made(r, m, f, depth + 1) for m, r, f in returned])
    return hole


def shapes(expr: ast.expr, module: str, function: ast.AST | None) -> list[Shape]:
    """The sentences ``expr`` may be (``module``'s, in ``function``), its values holes; but those made with a
    value of "" where a word goes ("its part  is missing", "()"): "" is what a name holds, or a function gives
    back, when there is nothing to say, and then no such sentence is raised."""
    made = dict.fromkeys(shape for shape, _when in _made(expr, module, function))
    return [shape for shape in made if _joined(shape).strip() and not _EMPTIED.search(_joined(shape))]


_EMPTIED = re.compile(r"\(\)|\S  \S")


def _joined(shape: Shape) -> str:
    return "".join(p if isinstance(p, str) else "·" for p in shape)


@cache
def _enclosing(tree: ast.Module) -> dict[int, ast.AST]:
    """Each node's innermost function (by id), to read a name assigned before the raise."""
    out: dict[int, ast.AST] = {}

    def walk(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if function is not None:
                out[id(child)] = function
            walk(child, inner)

    walk(tree, None)
    return out


@cache
def sites() -> tuple[Site, ...]:
    """Every raise of the families with a sentence of its own."""
    kinds, out = error_kinds(), []
    for where, nodes in _nodes().items():
        enclosing = _enclosing(_modules()[where])
        for node in nodes:
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args
                    and _name(node.exc.func) in kinds):
                continue
            found = shapes(node.exc.args[0], where, enclosing.get(id(node)))
            out.append(Site(f"{where}:{node.lineno}", _name(node.exc.func) or "", tuple(found)))
    return tuple(out)


def literal(shape: Shape) -> str:
    return "".join(p for p in shape if isinstance(p, str))

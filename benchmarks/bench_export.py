"""Export benchmark (run on demand, not in CI): our xlsx export against its raw XML floor and pandas.

    python benchmarks/bench_export.py [--docs 1000] [--per-doc 100] [--small-docs 100] [--no-pandas]

Builds a synthetic project in a temporary folder (--docs documents of about 4,000 characters,
--per-doc spans each: DISTRICT, PROJECT, AMOUNT, TARGET with values, stored through
``Store.add_suggestions``, so the export takes status "suggested"), then runs, each in a fresh
process so that peak memory is its own:

- ``xlsx``: ``annotator.core.export.xlsx.write`` — all nine sheets (Facts and Codebook among them) and the chart;
- ``pandas``: the same Annotations rows (built with ``rows.annotation_row``), then
  ``pandas.DataFrame(rows).to_excel(..., index=False)`` — one sheet, pandas' default engine;
- ``floor``: the raw XML floor (``xlsx_floor.py``): the same export with its openpyxl writer swapped
  for bare SpreadsheetML — the same store reads and row builders, the same cells of the same
  sheets, inline strings and plain numbers in a deflated zip file, no styles, widths, heights,
  filters or chart. It also times its writing apart, so "of which building" is the store and the
  rows (which ours pays too). Both workbooks are counted afterwards, cell by cell per sheet, and
  must hold as many cells each (and the same first rows);
- ``xlsx-small``: our export of a project of --small-docs documents, to show that peak memory
  does not grow with the size of the project.

Reports wall time and peak resident memory (ru_maxrss) of each child, and the resident memory
after imports (the floor every child starts from).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DISTRICTS = [("湖里区", "350206"), ("集美区", "350211"), ("思明区", "350203"), ("海沧区", "350205"),
             ("同安区", "350212"), ("翔安区", "350213"), ("厦门市", "350200"), ("福州市", "350100")]
PROJECTS = ["松元产业园", "金砖数字工业智谷", "海上世界二期", "四川大学华西厦门医院", "“智慧集美”平台",
            "乌石浦旧村改造项目", "通用技术金砖创新基地总部项目", "五通码头"]
FILLER = ("回望过去一年，国际局势动荡不安，经济下行压力增大，各项工作直面挑战，不断在风云变幻中做强优势抢抓机遇；"
          "持续探索现代化治理模式，于城市更新中挖潜扩容，推动城区能级跃升，百姓幸福感提升。\n")

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {root!r} + "/benchmarks")
from annotator.core.export import rows as R, xlsx
from annotator.core.store import Store
import pandas
floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store = Store.open({project!r})
t = time.perf_counter()
if {mode!r} == "pandas":
    rows = [R.annotation_row(ds, a) for ds in R.iter_documents(store, ["suggested"]) for a in ds.spans]
    built = time.perf_counter() - t
    frame = pandas.DataFrame(rows, columns=[c.header for c in R.annotation_columns()])
    frame.to_excel({out!r}, sheet_name="Annotations", index=False)
    n = len(rows)
elif {mode!r} == "floor":
    import xlsx_floor as FL
    xlsx.Workbook, xlsx.SheetWriter = FL.BareBook, FL.BareSheet
    summary = xlsx.write(store, {out!r}, statuses=["suggested"])
    built = time.perf_counter() - t - FL.WRITING[0]
    n = int(summary.split()[0])
else:
    built = 0.0
    summary = xlsx.write(store, {out!r}, statuses=["suggested"])
    n = int(summary.split()[0])
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "rows_built": built, "floor_mb": floor / 1024, "peak_mb": peak / 1024,
                  "rows": n}}))
"""


def sentence(rng: random.Random) -> tuple[str, list[tuple[int, int, str, dict]]]:
    """One sentence with four spans: (text, [(start, end, label, value)])."""
    district, code = rng.choice(DISTRICTS)
    project = rng.choice(PROJECTS)
    yi = rng.randint(1, 900) / 10
    count = rng.randint(2, 99)
    parts = [(district, "DISTRICT", {"name": district, "code": code}), ("计划投资", None, None),
             (f"{yi:g}亿元", "AMOUNT", {"yuan": round(yi * 100_000_000), "qualifier": None}),
             ("建设", None, None), (project, "PROJECT", {}), ("，", None, None),
             (f"力争新增{count}家规上工业企业", "TARGET", {"quantity": count, "unit": "家"}), ("。", None, None)]
    text, spans = "", []
    for piece, label, value in parts:
        if label:
            spans.append((len(text), len(text) + len(piece), label, value))
        text += piece
    return text, spans


def build(folder: Path, docs: int, per_doc: int, seed: int = 7) -> None:
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document, Suggestion
    from annotator.core.store import Store

    rng = random.Random(seed)
    store = Store.create(folder)
    for d in range(docs):
        text, suggestions = f"第{d}号报告\n", []
        while len(suggestions) < per_doc:
            s, spans = sentence(rng)
            base = len(text)
            suggestions += [Suggestion(base + a, base + b, label, s[a:b], value)
                            for a, b, label, value in spans[:per_doc - len(suggestions)]]
            text += s + (FILLER if rng.random() < 0.4 else "")
        doc = store.add_document(Document(None, f"report-{d:04d}.txt", f"第{d}号报告", text, sha256(text),
                                          char_count=len(text)))
        store.add_suggestions(doc.id, suggestions)
    store.close()


def run(mode: str, project: Path, out: Path) -> dict:
    code = CHILD.format(root=str(ROOT), project=str(project), mode=mode, out=str(out))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["file_mb"] = out.stat().st_size / 1e6
    return result


def cells(path: Path) -> list[tuple[str, int]]:
    """(sheet title, cells) per sheet of a workbook, in workbook order, counted in its XML (``<c `` tags)."""
    from openpyxl import load_workbook

    titles = load_workbook(path, read_only=True).sheetnames
    counts = []
    with zipfile.ZipFile(path) as z:
        for i, title in enumerate(titles, 1):
            n, tail = 0, b""
            with z.open(f"xl/worksheets/sheet{i}.xml") as f:
                while chunk := f.read(1 << 20):
                    n += (tail + chunk).count(b"<c ")  # a 2-byte tail cannot hold a whole tag: none counted twice
                    tail = chunk[-2:]
            counts.append((title, n))
    return counts


def first_rows(path: Path, n: int = 200) -> dict[str, list[tuple]]:
    """The first ``n`` rows of each data sheet (not About: it holds the export time), floats to 12 digits."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    return {ws.title: [tuple(float(f"{v:.12g}") if isinstance(v, float) else v for v in row)
                       for row in ws.iter_rows(max_row=n, values_only=True)]
            for ws in wb.worksheets if ws.title != "About"}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--docs", type=int, default=1000)
    p.add_argument("--per-doc", type=int, default=100)
    p.add_argument("--small-docs", type=int, default=100)
    p.add_argument("--no-pandas", action="store_true", help="skip the pandas run (the slowest)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        build(tmp / "big", args.docs, args.per_doc)
        build(tmp / "small", args.small_docs, args.per_doc)
        print(f"set-up: {args.docs} documents, {args.docs * args.per_doc:,} annotations "
              f"(+ {args.small_docs} documents) in {time.perf_counter() - t:.1f} s")
        results = {"xlsx": run("xlsx", tmp / "big", tmp / "ours.xlsx"),
                   "floor": run("floor", tmp / "big", tmp / "floor.xlsx")}
        if not args.no_pandas:
            results["pandas"] = run("pandas", tmp / "big", tmp / "pandas.xlsx")
        results["xlsx-small"] = run("xlsx", tmp / "small", tmp / "small.xlsx")
        ours, bare = cells(tmp / "ours.xlsx"), cells(tmp / "floor.xlsx")
        assert ours == bare, f"the floor must write the cells we write: ours {ours}, floor {bare}"
        assert first_rows(tmp / "ours.xlsx") == first_rows(tmp / "floor.xlsx"), "the floor's values differ"
    print(f"{'run':<11} {'rows':>8} {'seconds':>8} {'peak MB':>8} {'floor MB':>9} {'file MB':>8}")
    for name, r in results.items():
        print(f"{name:<11} {r['rows']:>8,} {r['seconds']:>8.1f} {r['peak_mb']:>8.0f} {r['floor_mb']:>9.0f} "
              f"{r['file_mb']:>8.1f}")
    x, f = results["xlsx"], results["floor"]
    print(f"cells: {sum(n for _t, n in ours):,} in each workbook ({', '.join(f'{t} {n:,}' for t, n in ours)})")
    print(f"ours {x['seconds']:.1f} s / raw XML floor {f['seconds']:.1f} s = {x['seconds'] / f['seconds']:.2f}x "
          f"(of which building the rows, store reads included: {f['rows_built']:.1f} s, in both)")
    if "pandas" in results:
        print(f"(pandas: {results['pandas']['rows_built']:.1f} s of its time builds the rows; pandas writes one "
              "sheet)")


if __name__ == "__main__":
    main()

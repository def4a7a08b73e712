"""The rules' word lists: lexicon.py (and the other extract modules) are long files of module-level sets, and a
name assigned twice silently drops the first list (session 25 found FIRST and NOR each defined twice, the negation words lost)."""

import ast
from collections import Counter
from pathlib import Path

import pactwatch.extract.lexicon as lexicon

EXTRACT_MODULES = sorted(Path(lexicon.__file__).parent.glob("*.py"))


def assigned_names(source: str) -> Counter:
    """How often each module-level name is assigned (plain and annotated assignments, not re-bindings
    inside functions)."""
    counts: Counter = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    counts[name.id] += 1
    return counts


def test_no_module_level_name_is_assigned_twice():
    twice = {path.name: sorted(name for name, n in assigned_names(path.read_text(encoding="utf-8")).items() if n > 1)
             for path in EXTRACT_MODULES}
    assert {name: names for name, names in twice.items() if names} == {}


def test_the_check_sees_a_second_assignment():
    assert assigned_names("NOR = {'nor'}\nFIRST = {'first'}\nNOR = {'ni'}\n")["NOR"] == 2

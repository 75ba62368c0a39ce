"""Sub-commands of ``kg`` beyond build/validate/eval, one module each.

Each module defines ``register(sub)``, which adds its parser with ``add_command`` and sets
``handler`` (a function ``(argparse.Namespace) -> int`` returning the exit code). The CLI maps
``KgError`` to messages and exit codes, so handlers raise, never print tracebacks.
"""

from __future__ import annotations

import argparse

#: Modules under kg.commands that register a sub-command, in the order --help lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "kg.commands.view",
    "kg.commands.push",
    "kg.commands.export",
    "kg.commands.query",
    "kg.commands.serve",
)


def add_command(sub, name: str, help: str, description: str, examples: str) -> argparse.ArgumentParser:
    """Add a sub-command whose --help ends with its examples (every command must have one).

    ``examples`` is the text after "examples:", one command a line, e.g.
    ``"  kg query exports/graph.ttl --name positions"``.
    """
    return sub.add_parser(
        name,
        help=help,
        description=description,
        epilog="examples:\n" + examples.rstrip("\n"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )

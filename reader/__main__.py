"""`python -m reader`: the app with no arguments (or a file), CLI sub-commands otherwise."""

from __future__ import annotations

import sys


def main() -> int:
    from .cli import command_names

    args = sys.argv[1:]
    if args and (args[0] in command_names() or args[0] in {"-h", "--help", "--version"}):
        from .cli import main as cli_main

        return cli_main(args)
    from .app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())

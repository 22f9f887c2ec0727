"""``python -m dockg``: the same as the ``dockg`` command."""

from dockg.cli import main

main()

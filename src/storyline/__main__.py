"""``python -m storyline``: the same CLI as the ``storyline`` console script."""

from storyline.cli.main import main

main()

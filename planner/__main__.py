"""`python -m planner` behaves exactly like the `planner` command."""

import sys

from planner.cli import main

sys.exit(main())

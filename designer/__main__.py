"""`python -m designer` runs the `xplabel` command."""

import sys

from designer.cli import main

sys.exit(main())

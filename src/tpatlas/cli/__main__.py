import sys

from tpatlas.cli.app import main

sys.exit(main())

import sys

from careerbot.cli import main

sys.exit(main())

"""PyInstaller entry script: the same as the ``newsreader`` gui-script (``newsreader.__main__:main``).

A separate file, so that the analysis does not put ``newsreader/`` itself on the module search path
(it has modules named ``errors``, ``events``, ``search``… that would shadow top-level names).
"""

import sys

from newsreader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

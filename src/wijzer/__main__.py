"""Allows ``python -m wijzer``."""

from wijzer.cli.main import main

raise SystemExit(main())

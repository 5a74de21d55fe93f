"""Qt-free core of the Epoch EUDR plugin: risk rules, scoring, the API client.

Nothing in this package may import ``qgis`` or PyQt (``tests/test_layout.py``
enforces it), so it runs in plain Python, in the sandbox and in scripts.
"""

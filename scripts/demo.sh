#!/usr/bin/env bash
# The main job. The headless end-to-end workflow lands with issue 6 (Processing + qgis_process).
echo "make demo: the headless screening-to-DDS workflow is not built yet (issue 6)."
echo "Run 'make test' to check the installation, or 'make sandbox' to start the local server."

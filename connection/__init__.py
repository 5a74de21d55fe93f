"""QGIS-side connection: credentials in the QGIS auth database, settings, proxy, the bundled sandbox."""

"""QGIS side of the data flow: layers to uploads, API results to styled GeoPackage layers, tasks."""

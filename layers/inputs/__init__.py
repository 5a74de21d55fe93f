"""What the user gives: a QGIS layer read as the upload expects (`source`), a file opened as a layer (`open_file`)."""

"""The result GeoPackage as plain SQLite, without QGIS: the dock's tables read with SQL (`tables`), rows
appended in one transaction (`append`), the statements kept beside the plots (`statements`).
"""

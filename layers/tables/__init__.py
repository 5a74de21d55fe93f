"""The SQL-backed tables of the result GeoPackage as the dock reads them: rows and filters, snapshots, the EU
reference register, screened facilities' sources.
"""

"""Results into GeoPackages: streamed writing (`gpkg_writer`), the atomic install (`gpkg_install`), the layer
opened (`results`), and results joined back on the user's features (`join`).
"""

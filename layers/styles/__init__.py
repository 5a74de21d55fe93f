"""How result layers look: renderers (`renderers`), the style stored in the GeoPackage (`store`), map tips and
explanations as QGIS expressions (`maptips`, `explanations`), the changes layer's style (`changes`).
"""

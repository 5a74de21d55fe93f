"""Epoch EUDR Screening: EU Deforestation Regulation screening inside QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """QGIS entry point; only stores ``iface`` (``qgis_process`` passes ``None``)."""
    from .plugin import EpochEudrPlugin

    return EpochEudrPlugin(iface)

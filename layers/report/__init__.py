"""The field report: its data written with GDAL (`data`), the print layout (`layout`, `items`, `labels`), its words
(`words`), the QField copy (`field_package`), and the operation (`field_report`).
"""

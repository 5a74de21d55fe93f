"""The user's language: Qt translation and core's codes (`language`), stored values as shown (`shown_values`),
and the words of the preflight, check sample and EU Information System.
"""

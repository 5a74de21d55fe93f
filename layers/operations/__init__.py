"""The plugin's operations, plain functions the dock and Processing both call, and the one task class that runs
them (`task.OperationTask`). Each returns a `core.operation.Outcome`.
"""

"""Local server that follows the Epoch API contract, with synthetic results (issue 3)."""

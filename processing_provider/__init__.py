"""The ``epoch_eudr`` Processing provider: one algorithm per Epoch API operation."""

"""medslm training pipeline: prepare, train, merge, export, modelfile."""

__version__ = "0.1.0"

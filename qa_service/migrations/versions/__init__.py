"""Migration scripts, oldest first (``NNNN_<slug>.py``)."""

"""The statistical text classifier: features, model file, training."""

"""Text processing: tokens with offsets, stems, sentences and language."""

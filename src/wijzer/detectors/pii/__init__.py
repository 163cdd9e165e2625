"""Rule type ``personal_data.v1``: recognisers for personal data of other people."""

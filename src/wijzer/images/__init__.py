"""Reading image files safely: format sniffing, integrity checks and credit metadata."""

"""Who is asking: passwords, sessions, CSRF tokens, API tokens, login throttling, OIDC."""

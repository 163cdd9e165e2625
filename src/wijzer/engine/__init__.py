"""The checker engine: runs a pack's rules over a post and decides the verdict."""

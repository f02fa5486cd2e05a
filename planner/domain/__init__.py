"""Pure domain logic: plain data and rules, importing only the standard library."""

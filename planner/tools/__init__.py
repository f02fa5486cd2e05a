"""Developer tools shipped with the package (seed converter, screenshots)."""

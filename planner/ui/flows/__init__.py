"""What the window's commands do, one module per subject (import, export, colleagues, My
Agenda). A flow asks the user (dialogs), runs the core through the window's
`OperationRunner`, and says how it went (status bar, error box); it never updates a view
itself - the `SessionStore` does that from each operation's `Changes`."""

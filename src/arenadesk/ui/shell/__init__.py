"""The main window, its menus, start-up dialogs and the app-wide signals."""

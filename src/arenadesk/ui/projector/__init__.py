"""The windows shown to the room on a second screen."""

"""The chat in the terminal: a Textual app over CareerBot. Nothing outside this package
imports Textual, so `import careerbot` and `careerbot ask` stay light."""

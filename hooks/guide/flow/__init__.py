"""The decision flow: its graph and rules, the question and start pages, the flowchart."""

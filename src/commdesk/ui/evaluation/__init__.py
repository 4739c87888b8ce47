"""The evaluation pane: the KPI catalogue's figures for a period beside the previous one."""

"""The procedure's pane (AP-1..4): the version in force read rule by rule, earlier versions, the
acknowledgement, and for administrators who has acknowledged and the yearly reviews."""

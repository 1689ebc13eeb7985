"""The window's variable data: connecting a data file to a template, the record navigator and
table, the canvas and preview showing a record's values, and inserting fields."""

-- The rows of an import sheet, one database row each (issue 12, item 2; decision 0014). They were
-- one jsonb array in import_sheets.rows: 100,000 rows made a 15 MB value that the application had
-- to build and parse whole, stalling its event loop and taking hundreds of MB. Now the upload
-- writes them 1,000 at a time and the commit and the preview read them a page at a time.
create table import_sheet_rows (
  sheet_id uuid not null references import_sheets (id) on delete cascade,
  -- The row as the spreadsheet numbers it (the heading is row 1).
  sheet_row integer not null,
  -- The row's values by field: { sessionCode, firstName, ... }, a field left empty is absent.
  input jsonb not null,
  primary key (sheet_id, sheet_row)
);

insert into import_sheet_rows (sheet_id, sheet_row, input)
select s.id, (r.value ->> 'row')::integer, r.value -> 'values'
from import_sheets s cross join lateral jsonb_array_elements(s.rows) as r(value)
on conflict do nothing;

-- import_sheets.rows is no longer written; emptied here so no row is kept twice.
update import_sheets set rows = '[]' where rows <> '[]';

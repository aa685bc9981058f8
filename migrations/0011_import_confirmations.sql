-- Import sheets (issue 4, item 4): the confirmation mails of a committed sheet are queued by one
-- background job in chunks, after the commit; this counts the enrollments of the sheet (in id
-- order) whose mail is queued, in the same transaction as those mails, so a job that runs again
-- after a crash carries on where it stopped and never mails anyone twice.
alter table import_sheets
  add column confirmations_queued integer not null default 0 check (confirmations_queued >= 0);

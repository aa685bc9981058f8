-- Issue 12, item 12: a company is a customer of a provider once, and a location has one name per
-- provider. Ten parallel "create customer" requests with one KvK number made ten companies; with
-- these indexes the database decides, and the services answer a repeat with 409 naming the field.
-- The KvK (or Belgian KBO) number is stored normalised (digits only), so equal numbers are equal
-- text; companies without one are not compared. Location names are compared trimmed and in any case.
-- An installation that already holds duplicates must merge them before this migration can run.
create unique index customers_provider_kvk_unique
  on customers (provider_id, chamber_of_commerce_number)
  where chamber_of_commerce_number is not null;

create unique index locations_provider_name_unique
  on locations (provider_id, lower(btrim(name)));

-- Deleting a provider (the demo reset, `klasse demo --reset`) cascades through its products,
-- locations, customers, users and sessions in one statement. A NO ACTION reference between two of
-- those tables (a session's product, a package's part) is checked when the cascade reaches its own
-- table, which may be before the row that points at it is gone too, so the delete fails. Checked at
-- commit instead, the whole cascade is seen; a row still in use that is deleted alone is refused
-- all the same, at commit.
alter table package_components
  alter constraint package_components_component_id_fkey deferrable initially deferred;
alter table product_prerequisites
  alter constraint product_prerequisites_required_product_id_fkey deferrable initially deferred;
alter table sessions
  alter constraint sessions_product_id_fkey deferrable initially deferred,
  alter constraint sessions_location_id_fkey deferrable initially deferred,
  alter constraint sessions_customer_id_fkey deferrable initially deferred;

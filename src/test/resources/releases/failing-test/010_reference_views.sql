-- Reference data and master data.
--
-- Facade objects are created unqualified: the deployer runs this file with the
-- colour schema first in the schema search order. Core tables are always
-- qualified.

CREATE VIEW order_statuses AS
SELECT s.code,
       s.description,
       s.is_final
FROM core.order_status AS s;

COMMENT ON VIEW order_statuses IS 'Order lifecycle states (reference data, read-only).';

-- Simple view over one table: automatically updatable. WITH CHECK OPTION marks
-- it as writable: the deployer grants applications INSERT, UPDATE and DELETE
-- only on such views; every other view is read-only for them.
CREATE VIEW customers AS
SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WITH CHECK OPTION;

COMMENT ON VIEW customers IS 'Customers; insertable and updatable.';

-- Products that can currently be ordered.
CREATE VIEW products AS
SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active;

COMMENT ON VIEW products IS 'Products that can be ordered (inactive ones are hidden).';

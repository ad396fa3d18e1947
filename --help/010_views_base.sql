-- Generated for the deploy benchmark. Plain views: one core table each, filtered.

-- Customers registered in the last 7 days.
CREATE VIEW customers_recent_0001 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '7 days';

-- Active products priced 23300 to 34500 cents.
CREATE VIEW products_band_0002 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 23300 AND 34500;
COMMENT ON VIEW products_band_0002 IS 'Orderable products between 23300 and 34500 cents.';

-- Products whose SKU starts with RJ.
CREATE VIEW products_sku_0003 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'RJ%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED/PAID placed in the last 7 days.
CREATE VIEW orders_in_state_0004 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED', 'PAID')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 29 units.
CREATE VIEW order_lines_bulk_0005 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 29;

-- Customers with an address at shop06.example.
CREATE VIEW customers_at_0006 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop06.example';
COMMENT ON VIEW customers_at_0006 IS 'Customers registered with shop06.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0007 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 19300 to 21700 cents.
CREATE VIEW products_band_0008 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 19300 AND 21700;
COMMENT ON VIEW products_band_0008 IS 'Orderable products between 19300 and 21700 cents.';

-- Products whose SKU starts with MP.
CREATE VIEW products_sku_0009 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'MP%'
  AND p.active;

-- Orders in CANCELLED/SHIPPED placed in the last 1 days.
CREATE VIEW orders_in_state_0010 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'SHIPPED')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 10 units.
CREATE VIEW order_lines_bulk_0011 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 10;

-- Customers with an address at shop12.example.
CREATE VIEW customers_at_0012 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop12.example';
COMMENT ON VIEW customers_at_0012 IS 'Customers registered with shop12.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0013 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 45100 to 63600 cents.
CREATE VIEW products_band_0014 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 45100 AND 63600;
COMMENT ON VIEW products_band_0014 IS 'Orderable products between 45100 and 63600 cents.';

-- Products whose SKU starts with UJ.
CREATE VIEW products_sku_0015 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UJ%'
  AND p.active;

-- Orders in CANCELLED placed in the last 30 days.
CREATE VIEW orders_in_state_0016 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 39 units.
CREATE VIEW order_lines_bulk_0017 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 39;

-- Customers with an address at shop18.example.
CREATE VIEW customers_at_0018 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop18.example';
COMMENT ON VIEW customers_at_0018 IS 'Customers registered with shop18.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0019 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 28300 to 30700 cents.
CREATE VIEW products_band_0020 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 28300 AND 30700;
COMMENT ON VIEW products_band_0020 IS 'Orderable products between 28300 and 30700 cents.';

-- Products whose SKU starts with WW.
CREATE VIEW products_sku_0021 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'WW%'
  AND p.active;

-- Orders in NEW/SHIPPED placed in the last 90 days.
CREATE VIEW orders_in_state_0022 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('NEW', 'SHIPPED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 39 units.
CREATE VIEW order_lines_bulk_0023 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 39;

-- Customers with an address at shop24.example.
CREATE VIEW customers_at_0024 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop24.example';
COMMENT ON VIEW customers_at_0024 IS 'Customers registered with shop24.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0025 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 44100 to 49900 cents.
CREATE VIEW products_band_0026 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 44100 AND 49900;
COMMENT ON VIEW products_band_0026 IS 'Orderable products between 44100 and 49900 cents.';

-- Products whose SKU starts with QB.
CREATE VIEW products_sku_0027 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'QB%'
  AND p.active;

-- Orders in DELIVERED/PAID/SHIPPED placed in the last 7 days.
CREATE VIEW orders_in_state_0028 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 7 units.
CREATE VIEW order_lines_bulk_0029 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 7;

-- Customers with an address at shop30.example.
CREATE VIEW customers_at_0030 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop30.example';
COMMENT ON VIEW customers_at_0030 IS 'Customers registered with shop30.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0031 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 7000 to 13200 cents.
CREATE VIEW products_band_0032 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 7000 AND 13200;
COMMENT ON VIEW products_band_0032 IS 'Orderable products between 7000 and 13200 cents.';

-- Products whose SKU starts with WV.
CREATE VIEW products_sku_0033 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'WV%'
  AND p.active;

-- Orders in DELIVERED/NEW placed in the last 90 days.
CREATE VIEW orders_in_state_0034 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 42 units.
CREATE VIEW order_lines_bulk_0035 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 42;

-- Customers with an address at shop36.example.
CREATE VIEW customers_at_0036 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop36.example';
COMMENT ON VIEW customers_at_0036 IS 'Customers registered with shop36.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0037 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 7400 to 24100 cents.
CREATE VIEW products_band_0038 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 7400 AND 24100;
COMMENT ON VIEW products_band_0038 IS 'Orderable products between 7400 and 24100 cents.';

-- Products whose SKU starts with KD.
CREATE VIEW products_sku_0039 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'KD%'
  AND p.active;

-- Orders in DELIVERED/SHIPPED placed in the last 1 days.
CREATE VIEW orders_in_state_0040 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'SHIPPED')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 6 units.
CREATE VIEW order_lines_bulk_0041 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 6;

-- Customers with an address at shop05.example.
CREATE VIEW customers_at_0042 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop05.example';
COMMENT ON VIEW customers_at_0042 IS 'Customers registered with shop05.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0043 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 11600 to 21700 cents.
CREATE VIEW products_band_0044 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 11600 AND 21700;
COMMENT ON VIEW products_band_0044 IS 'Orderable products between 11600 and 21700 cents.';

-- Products whose SKU starts with VP.
CREATE VIEW products_sku_0045 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'VP%'
  AND p.active;

-- Orders in CANCELLED/PAID placed in the last 30 days.
CREATE VIEW orders_in_state_0046 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'PAID')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 7 units.
CREATE VIEW order_lines_bulk_0047 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 7;

-- Customers with an address at shop11.example.
CREATE VIEW customers_at_0048 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop11.example';
COMMENT ON VIEW customers_at_0048 IS 'Customers registered with shop11.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0049 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 47400 to 53700 cents.
CREATE VIEW products_band_0050 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 47400 AND 53700;
COMMENT ON VIEW products_band_0050 IS 'Orderable products between 47400 and 53700 cents.';

-- Products whose SKU starts with TX.
CREATE VIEW products_sku_0051 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'TX%'
  AND p.active;

-- Orders in SHIPPED placed in the last 365 days.
CREATE VIEW orders_in_state_0052 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('SHIPPED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 26 units.
CREATE VIEW order_lines_bulk_0053 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 26;

-- Customers with an address at shop17.example.
CREATE VIEW customers_at_0054 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop17.example';
COMMENT ON VIEW customers_at_0054 IS 'Customers registered with shop17.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0055 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 25000 to 35300 cents.
CREATE VIEW products_band_0056 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 25000 AND 35300;
COMMENT ON VIEW products_band_0056 IS 'Orderable products between 25000 and 35300 cents.';

-- Products whose SKU starts with FE.
CREATE VIEW products_sku_0057 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FE%'
  AND p.active;

-- Orders in SHIPPED placed in the last 365 days.
CREATE VIEW orders_in_state_0058 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('SHIPPED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 26 units.
CREATE VIEW order_lines_bulk_0059 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 26;

-- Customers with an address at shop23.example.
CREATE VIEW customers_at_0060 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop23.example';
COMMENT ON VIEW customers_at_0060 IS 'Customers registered with shop23.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0061 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 12900 to 32100 cents.
CREATE VIEW products_band_0062 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 12900 AND 32100;
COMMENT ON VIEW products_band_0062 IS 'Orderable products between 12900 and 32100 cents.';

-- Products whose SKU starts with LG.
CREATE VIEW products_sku_0063 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'LG%'
  AND p.active;

-- Orders in DELIVERED placed in the last 365 days.
CREATE VIEW orders_in_state_0064 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 18 units.
CREATE VIEW order_lines_bulk_0065 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 18;

-- Customers with an address at shop29.example.
CREATE VIEW customers_at_0066 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop29.example';
COMMENT ON VIEW customers_at_0066 IS 'Customers registered with shop29.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0067 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 34700 to 41000 cents.
CREATE VIEW products_band_0068 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 34700 AND 41000;
COMMENT ON VIEW products_band_0068 IS 'Orderable products between 34700 and 41000 cents.';

-- Products whose SKU starts with NU.
CREATE VIEW products_sku_0069 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'NU%'
  AND p.active;

-- Orders in DELIVERED/PAID/SHIPPED placed in the last 30 days.
CREATE VIEW orders_in_state_0070 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 33 units.
CREATE VIEW order_lines_bulk_0071 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 33;

-- Customers with an address at shop35.example.
CREATE VIEW customers_at_0072 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop35.example';
COMMENT ON VIEW customers_at_0072 IS 'Customers registered with shop35.example.';

-- Customers registered in the last 7 days.
CREATE VIEW customers_recent_0073 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '7 days';

-- Active products priced 18500 to 29300 cents.
CREATE VIEW products_band_0074 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 18500 AND 29300;
COMMENT ON VIEW products_band_0074 IS 'Orderable products between 18500 and 29300 cents.';

-- Products whose SKU starts with TG.
CREATE VIEW products_sku_0075 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'TG%'
  AND p.active;

-- Orders in DELIVERED placed in the last 30 days.
CREATE VIEW orders_in_state_0076 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 23 units.
CREATE VIEW order_lines_bulk_0077 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 23;

-- Customers with an address at shop04.example.
CREATE VIEW customers_at_0078 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop04.example';
COMMENT ON VIEW customers_at_0078 IS 'Customers registered with shop04.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0079 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 15400 to 27800 cents.
CREATE VIEW products_band_0080 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 15400 AND 27800;
COMMENT ON VIEW products_band_0080 IS 'Orderable products between 15400 and 27800 cents.';

-- Products whose SKU starts with WD.
CREATE VIEW products_sku_0081 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'WD%'
  AND p.active;

-- Orders in NEW placed in the last 30 days.
CREATE VIEW orders_in_state_0082 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('NEW')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 33 units.
CREATE VIEW order_lines_bulk_0083 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 33;

-- Customers with an address at shop10.example.
CREATE VIEW customers_at_0084 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop10.example';
COMMENT ON VIEW customers_at_0084 IS 'Customers registered with shop10.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0085 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 2300 to 5100 cents.
CREATE VIEW products_band_0086 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 2300 AND 5100;
COMMENT ON VIEW products_band_0086 IS 'Orderable products between 2300 and 5100 cents.';

-- Products whose SKU starts with CS.
CREATE VIEW products_sku_0087 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'CS%'
  AND p.active;

-- Orders in CANCELLED/NEW placed in the last 7 days.
CREATE VIEW orders_in_state_0088 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'NEW')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 42 units.
CREATE VIEW order_lines_bulk_0089 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 42;

-- Customers with an address at shop16.example.
CREATE VIEW customers_at_0090 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop16.example';
COMMENT ON VIEW customers_at_0090 IS 'Customers registered with shop16.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0091 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 23600 to 33400 cents.
CREATE VIEW products_band_0092 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 23600 AND 33400;
COMMENT ON VIEW products_band_0092 IS 'Orderable products between 23600 and 33400 cents.';

-- Products whose SKU starts with SW.
CREATE VIEW products_sku_0093 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'SW%'
  AND p.active;

-- Orders in PAID/SHIPPED placed in the last 7 days.
CREATE VIEW orders_in_state_0094 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 42 units.
CREATE VIEW order_lines_bulk_0095 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 42;

-- Customers with an address at shop22.example.
CREATE VIEW customers_at_0096 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop22.example';
COMMENT ON VIEW customers_at_0096 IS 'Customers registered with shop22.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0097 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 48900 to 49800 cents.
CREATE VIEW products_band_0098 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 48900 AND 49800;
COMMENT ON VIEW products_band_0098 IS 'Orderable products between 48900 and 49800 cents.';

-- Products whose SKU starts with UR.
CREATE VIEW products_sku_0099 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UR%'
  AND p.active;

-- Orders in CANCELLED placed in the last 90 days.
CREATE VIEW orders_in_state_0100 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 15 units.
CREATE VIEW order_lines_bulk_0101 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 15;

-- Customers with an address at shop28.example.
CREATE VIEW customers_at_0102 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop28.example';
COMMENT ON VIEW customers_at_0102 IS 'Customers registered with shop28.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0103 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 27800 to 47300 cents.
CREATE VIEW products_band_0104 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 27800 AND 47300;
COMMENT ON VIEW products_band_0104 IS 'Orderable products between 27800 and 47300 cents.';

-- Products whose SKU starts with WA.
CREATE VIEW products_sku_0105 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'WA%'
  AND p.active;

-- Orders in PAID/SHIPPED placed in the last 90 days.
CREATE VIEW orders_in_state_0106 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 7 units.
CREATE VIEW order_lines_bulk_0107 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 7;

-- Customers with an address at shop34.example.
CREATE VIEW customers_at_0108 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop34.example';
COMMENT ON VIEW customers_at_0108 IS 'Customers registered with shop34.example.';

-- Customers registered in the last 7 days.
CREATE VIEW customers_recent_0109 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '7 days';

-- Active products priced 11700 to 30000 cents.
CREATE VIEW products_band_0110 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 11700 AND 30000;
COMMENT ON VIEW products_band_0110 IS 'Orderable products between 11700 and 30000 cents.';

-- Products whose SKU starts with EN.
CREATE VIEW products_sku_0111 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'EN%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED/SHIPPED placed in the last 1 days.
CREATE VIEW orders_in_state_0112 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED', 'SHIPPED')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 38 units.
CREATE VIEW order_lines_bulk_0113 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 38;

-- Customers with an address at shop03.example.
CREATE VIEW customers_at_0114 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop03.example';
COMMENT ON VIEW customers_at_0114 IS 'Customers registered with shop03.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0115 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 19100 to 38200 cents.
CREATE VIEW products_band_0116 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 19100 AND 38200;
COMMENT ON VIEW products_band_0116 IS 'Orderable products between 19100 and 38200 cents.';

-- Products whose SKU starts with VL.
CREATE VIEW products_sku_0117 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'VL%'
  AND p.active;

-- Orders in PAID placed in the last 90 days.
CREATE VIEW orders_in_state_0118 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('PAID')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 13 units.
CREATE VIEW order_lines_bulk_0119 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 13;

-- Customers with an address at shop09.example.
CREATE VIEW customers_at_0120 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop09.example';
COMMENT ON VIEW customers_at_0120 IS 'Customers registered with shop09.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0121 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 40900 to 43900 cents.
CREATE VIEW products_band_0122 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 40900 AND 43900;
COMMENT ON VIEW products_band_0122 IS 'Orderable products between 40900 and 43900 cents.';

-- Products whose SKU starts with BY.
CREATE VIEW products_sku_0123 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'BY%'
  AND p.active;

-- Orders in DELIVERED/NEW/PAID placed in the last 1 days.
CREATE VIEW orders_in_state_0124 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW', 'PAID')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 13 units.
CREATE VIEW order_lines_bulk_0125 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 13;

-- Customers with an address at shop15.example.
CREATE VIEW customers_at_0126 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop15.example';
COMMENT ON VIEW customers_at_0126 IS 'Customers registered with shop15.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0127 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 28700 to 36500 cents.
CREATE VIEW products_band_0128 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 28700 AND 36500;
COMMENT ON VIEW products_band_0128 IS 'Orderable products between 28700 and 36500 cents.';

-- Products whose SKU starts with UW.
CREATE VIEW products_sku_0129 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UW%'
  AND p.active;

-- Orders in DELIVERED/PAID/SHIPPED placed in the last 90 days.
CREATE VIEW orders_in_state_0130 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 12 units.
CREATE VIEW order_lines_bulk_0131 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 12;

-- Customers with an address at shop21.example.
CREATE VIEW customers_at_0132 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop21.example';
COMMENT ON VIEW customers_at_0132 IS 'Customers registered with shop21.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0133 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 46000 to 47200 cents.
CREATE VIEW products_band_0134 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 46000 AND 47200;
COMMENT ON VIEW products_band_0134 IS 'Orderable products between 46000 and 47200 cents.';

-- Products whose SKU starts with FH.
CREATE VIEW products_sku_0135 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FH%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED/NEW placed in the last 90 days.
CREATE VIEW orders_in_state_0136 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED', 'NEW')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 15 units.
CREATE VIEW order_lines_bulk_0137 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 15;

-- Customers with an address at shop27.example.
CREATE VIEW customers_at_0138 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop27.example';
COMMENT ON VIEW customers_at_0138 IS 'Customers registered with shop27.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0139 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 31200 to 48700 cents.
CREATE VIEW products_band_0140 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 31200 AND 48700;
COMMENT ON VIEW products_band_0140 IS 'Orderable products between 31200 and 48700 cents.';

-- Products whose SKU starts with KN.
CREATE VIEW products_sku_0141 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'KN%'
  AND p.active;

-- Orders in NEW/PAID/SHIPPED placed in the last 90 days.
CREATE VIEW orders_in_state_0142 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('NEW', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 24 units.
CREATE VIEW order_lines_bulk_0143 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 24;

-- Customers with an address at shop33.example.
CREATE VIEW customers_at_0144 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop33.example';
COMMENT ON VIEW customers_at_0144 IS 'Customers registered with shop33.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0145 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 21200 to 29500 cents.
CREATE VIEW products_band_0146 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 21200 AND 29500;
COMMENT ON VIEW products_band_0146 IS 'Orderable products between 21200 and 29500 cents.';

-- Products whose SKU starts with UX.
CREATE VIEW products_sku_0147 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UX%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED/PAID placed in the last 30 days.
CREATE VIEW orders_in_state_0148 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED', 'PAID')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 31 units.
CREATE VIEW order_lines_bulk_0149 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 31;

-- Customers with an address at shop02.example.
CREATE VIEW customers_at_0150 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop02.example';
COMMENT ON VIEW customers_at_0150 IS 'Customers registered with shop02.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0151 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 39500 to 48100 cents.
CREATE VIEW products_band_0152 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 39500 AND 48100;
COMMENT ON VIEW products_band_0152 IS 'Orderable products between 39500 and 48100 cents.';

-- Products whose SKU starts with UL.
CREATE VIEW products_sku_0153 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UL%'
  AND p.active;

-- Orders in DELIVERED/NEW/PAID placed in the last 7 days.
CREATE VIEW orders_in_state_0154 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW', 'PAID')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 12 units.
CREATE VIEW order_lines_bulk_0155 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 12;

-- Customers with an address at shop08.example.
CREATE VIEW customers_at_0156 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop08.example';
COMMENT ON VIEW customers_at_0156 IS 'Customers registered with shop08.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0157 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 45700 to 63100 cents.
CREATE VIEW products_band_0158 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 45700 AND 63100;
COMMENT ON VIEW products_band_0158 IS 'Orderable products between 45700 and 63100 cents.';

-- Products whose SKU starts with UH.
CREATE VIEW products_sku_0159 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'UH%'
  AND p.active;

-- Orders in DELIVERED/NEW/SHIPPED placed in the last 7 days.
CREATE VIEW orders_in_state_0160 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW', 'SHIPPED')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 46 units.
CREATE VIEW order_lines_bulk_0161 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 46;

-- Customers with an address at shop14.example.
CREATE VIEW customers_at_0162 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop14.example';
COMMENT ON VIEW customers_at_0162 IS 'Customers registered with shop14.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0163 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 11900 to 31000 cents.
CREATE VIEW products_band_0164 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 11900 AND 31000;
COMMENT ON VIEW products_band_0164 IS 'Orderable products between 11900 and 31000 cents.';

-- Products whose SKU starts with AQ.
CREATE VIEW products_sku_0165 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'AQ%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED/NEW placed in the last 90 days.
CREATE VIEW orders_in_state_0166 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED', 'NEW')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 35 units.
CREATE VIEW order_lines_bulk_0167 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 35;

-- Customers with an address at shop20.example.
CREATE VIEW customers_at_0168 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop20.example';
COMMENT ON VIEW customers_at_0168 IS 'Customers registered with shop20.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0169 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 9000 to 19300 cents.
CREATE VIEW products_band_0170 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 9000 AND 19300;
COMMENT ON VIEW products_band_0170 IS 'Orderable products between 9000 and 19300 cents.';

-- Products whose SKU starts with AZ.
CREATE VIEW products_sku_0171 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'AZ%'
  AND p.active;

-- Orders in DELIVERED placed in the last 30 days.
CREATE VIEW orders_in_state_0172 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 21 units.
CREATE VIEW order_lines_bulk_0173 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 21;

-- Customers with an address at shop26.example.
CREATE VIEW customers_at_0174 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop26.example';
COMMENT ON VIEW customers_at_0174 IS 'Customers registered with shop26.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0175 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 43600 to 51900 cents.
CREATE VIEW products_band_0176 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 43600 AND 51900;
COMMENT ON VIEW products_band_0176 IS 'Orderable products between 43600 and 51900 cents.';

-- Products whose SKU starts with GV.
CREATE VIEW products_sku_0177 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'GV%'
  AND p.active;

-- Orders in NEW/PAID/SHIPPED placed in the last 30 days.
CREATE VIEW orders_in_state_0178 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('NEW', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 34 units.
CREATE VIEW order_lines_bulk_0179 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 34;

-- Customers with an address at shop32.example.
CREATE VIEW customers_at_0180 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop32.example';
COMMENT ON VIEW customers_at_0180 IS 'Customers registered with shop32.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0181 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 43700 to 59300 cents.
CREATE VIEW products_band_0182 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 43700 AND 59300;
COMMENT ON VIEW products_band_0182 IS 'Orderable products between 43700 and 59300 cents.';

-- Products whose SKU starts with FB.
CREATE VIEW products_sku_0183 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FB%'
  AND p.active;

-- Orders in DELIVERED/SHIPPED placed in the last 365 days.
CREATE VIEW orders_in_state_0184 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'SHIPPED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 8 units.
CREATE VIEW order_lines_bulk_0185 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 8;

-- Customers with an address at shop01.example.
CREATE VIEW customers_at_0186 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop01.example';
COMMENT ON VIEW customers_at_0186 IS 'Customers registered with shop01.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0187 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 1000 to 4800 cents.
CREATE VIEW products_band_0188 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 1000 AND 4800;
COMMENT ON VIEW products_band_0188 IS 'Orderable products between 1000 and 4800 cents.';

-- Products whose SKU starts with HV.
CREATE VIEW products_sku_0189 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'HV%'
  AND p.active;

-- Orders in SHIPPED placed in the last 90 days.
CREATE VIEW orders_in_state_0190 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('SHIPPED')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 37 units.
CREATE VIEW order_lines_bulk_0191 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 37;

-- Customers with an address at shop07.example.
CREATE VIEW customers_at_0192 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop07.example';
COMMENT ON VIEW customers_at_0192 IS 'Customers registered with shop07.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0193 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 37100 to 38000 cents.
CREATE VIEW products_band_0194 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 37100 AND 38000;
COMMENT ON VIEW products_band_0194 IS 'Orderable products between 37100 and 38000 cents.';

-- Products whose SKU starts with DU.
CREATE VIEW products_sku_0195 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'DU%'
  AND p.active;

-- Orders in CANCELLED/PAID placed in the last 90 days.
CREATE VIEW orders_in_state_0196 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'PAID')
  AND o.placed_at >= now() - interval '90 days';

-- Order lines of at least 48 units.
CREATE VIEW order_lines_bulk_0197 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 48;

-- Customers with an address at shop13.example.
CREATE VIEW customers_at_0198 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop13.example';
COMMENT ON VIEW customers_at_0198 IS 'Customers registered with shop13.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0199 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 31000 to 41900 cents.
CREATE VIEW products_band_0200 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 31000 AND 41900;
COMMENT ON VIEW products_band_0200 IS 'Orderable products between 31000 and 41900 cents.';

-- Products whose SKU starts with RD.
CREATE VIEW products_sku_0201 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'RD%'
  AND p.active;

-- Orders in CANCELLED/NEW placed in the last 365 days.
CREATE VIEW orders_in_state_0202 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'NEW')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 4 units.
CREATE VIEW order_lines_bulk_0203 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 4;

-- Customers with an address at shop19.example.
CREATE VIEW customers_at_0204 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop19.example';
COMMENT ON VIEW customers_at_0204 IS 'Customers registered with shop19.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0205 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 32500 to 49400 cents.
CREATE VIEW products_band_0206 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 32500 AND 49400;
COMMENT ON VIEW products_band_0206 IS 'Orderable products between 32500 and 49400 cents.';

-- Products whose SKU starts with YW.
CREATE VIEW products_sku_0207 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'YW%'
  AND p.active;

-- Orders in CANCELLED placed in the last 30 days.
CREATE VIEW orders_in_state_0208 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 3 units.
CREATE VIEW order_lines_bulk_0209 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 3;

-- Customers with an address at shop25.example.
CREATE VIEW customers_at_0210 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop25.example';
COMMENT ON VIEW customers_at_0210 IS 'Customers registered with shop25.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0211 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 37500 to 43700 cents.
CREATE VIEW products_band_0212 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 37500 AND 43700;
COMMENT ON VIEW products_band_0212 IS 'Orderable products between 37500 and 43700 cents.';

-- Products whose SKU starts with FH.
CREATE VIEW products_sku_0213 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FH%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED placed in the last 30 days.
CREATE VIEW orders_in_state_0214 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 34 units.
CREATE VIEW order_lines_bulk_0215 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 34;

-- Customers with an address at shop31.example.
CREATE VIEW customers_at_0216 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop31.example';
COMMENT ON VIEW customers_at_0216 IS 'Customers registered with shop31.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0217 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 43400 to 57600 cents.
CREATE VIEW products_band_0218 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 43400 AND 57600;
COMMENT ON VIEW products_band_0218 IS 'Orderable products between 43400 and 57600 cents.';

-- Products whose SKU starts with SU.
CREATE VIEW products_sku_0219 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'SU%'
  AND p.active;

-- Orders in DELIVERED/PAID/SHIPPED placed in the last 30 days.
CREATE VIEW orders_in_state_0220 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 32 units.
CREATE VIEW order_lines_bulk_0221 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 32;

-- Customers with an address at shop00.example.
CREATE VIEW customers_at_0222 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop00.example';
COMMENT ON VIEW customers_at_0222 IS 'Customers registered with shop00.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0223 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 13000 to 20700 cents.
CREATE VIEW products_band_0224 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 13000 AND 20700;
COMMENT ON VIEW products_band_0224 IS 'Orderable products between 13000 and 20700 cents.';

-- Products whose SKU starts with VJ.
CREATE VIEW products_sku_0225 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'VJ%'
  AND p.active;

-- Orders in CANCELLED/NEW/PAID placed in the last 365 days.
CREATE VIEW orders_in_state_0226 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'NEW', 'PAID')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 49 units.
CREATE VIEW order_lines_bulk_0227 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 49;

-- Customers with an address at shop06.example.
CREATE VIEW customers_at_0228 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop06.example';
COMMENT ON VIEW customers_at_0228 IS 'Customers registered with shop06.example.';

-- Customers registered in the last 7 days.
CREATE VIEW customers_recent_0229 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '7 days';

-- Active products priced 16600 to 26800 cents.
CREATE VIEW products_band_0230 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 16600 AND 26800;
COMMENT ON VIEW products_band_0230 IS 'Orderable products between 16600 and 26800 cents.';

-- Products whose SKU starts with ST.
CREATE VIEW products_sku_0231 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'ST%'
  AND p.active;

-- Orders in CANCELLED/DELIVERED placed in the last 365 days.
CREATE VIEW orders_in_state_0232 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'DELIVERED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 32 units.
CREATE VIEW order_lines_bulk_0233 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 32;

-- Customers with an address at shop12.example.
CREATE VIEW customers_at_0234 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop12.example';
COMMENT ON VIEW customers_at_0234 IS 'Customers registered with shop12.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0235 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 39700 to 44500 cents.
CREATE VIEW products_band_0236 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 39700 AND 44500;
COMMENT ON VIEW products_band_0236 IS 'Orderable products between 39700 and 44500 cents.';

-- Products whose SKU starts with JX.
CREATE VIEW products_sku_0237 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'JX%'
  AND p.active;

-- Orders in SHIPPED placed in the last 365 days.
CREATE VIEW orders_in_state_0238 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('SHIPPED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 11 units.
CREATE VIEW order_lines_bulk_0239 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 11;

-- Customers with an address at shop18.example.
CREATE VIEW customers_at_0240 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop18.example';
COMMENT ON VIEW customers_at_0240 IS 'Customers registered with shop18.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0241 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 24200 to 26500 cents.
CREATE VIEW products_band_0242 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 24200 AND 26500;
COMMENT ON VIEW products_band_0242 IS 'Orderable products between 24200 and 26500 cents.';

-- Products whose SKU starts with GX.
CREATE VIEW products_sku_0243 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'GX%'
  AND p.active;

-- Orders in CANCELLED placed in the last 30 days.
CREATE VIEW orders_in_state_0244 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 21 units.
CREATE VIEW order_lines_bulk_0245 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 21;

-- Customers with an address at shop24.example.
CREATE VIEW customers_at_0246 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop24.example';
COMMENT ON VIEW customers_at_0246 IS 'Customers registered with shop24.example.';

-- Customers registered in the last 14 days.
CREATE VIEW customers_recent_0247 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '14 days';

-- Active products priced 48600 to 60600 cents.
CREATE VIEW products_band_0248 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 48600 AND 60600;
COMMENT ON VIEW products_band_0248 IS 'Orderable products between 48600 and 60600 cents.';

-- Products whose SKU starts with XM.
CREATE VIEW products_sku_0249 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'XM%'
  AND p.active;

-- Orders in PAID/SHIPPED placed in the last 1 days.
CREATE VIEW orders_in_state_0250 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('PAID', 'SHIPPED')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 35 units.
CREATE VIEW order_lines_bulk_0251 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 35;

-- Customers with an address at shop30.example.
CREATE VIEW customers_at_0252 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop30.example';
COMMENT ON VIEW customers_at_0252 IS 'Customers registered with shop30.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0253 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 600 to 1300 cents.
CREATE VIEW products_band_0254 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 600 AND 1300;
COMMENT ON VIEW products_band_0254 IS 'Orderable products between 600 and 1300 cents.';

-- Products whose SKU starts with ZT.
CREATE VIEW products_sku_0255 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'ZT%'
  AND p.active;

-- Orders in CANCELLED/NEW placed in the last 30 days.
CREATE VIEW orders_in_state_0256 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'NEW')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 33 units.
CREATE VIEW order_lines_bulk_0257 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 33;

-- Customers with an address at shop36.example.
CREATE VIEW customers_at_0258 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop36.example';
COMMENT ON VIEW customers_at_0258 IS 'Customers registered with shop36.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0259 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 31500 to 47800 cents.
CREATE VIEW products_band_0260 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 31500 AND 47800;
COMMENT ON VIEW products_band_0260 IS 'Orderable products between 31500 and 47800 cents.';

-- Products whose SKU starts with BB.
CREATE VIEW products_sku_0261 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'BB%'
  AND p.active;

-- Orders in NEW/SHIPPED placed in the last 7 days.
CREATE VIEW orders_in_state_0262 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('NEW', 'SHIPPED')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 22 units.
CREATE VIEW order_lines_bulk_0263 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 22;

-- Customers with an address at shop05.example.
CREATE VIEW customers_at_0264 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop05.example';
COMMENT ON VIEW customers_at_0264 IS 'Customers registered with shop05.example.';

-- Customers registered in the last 30 days.
CREATE VIEW customers_recent_0265 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '30 days';

-- Active products priced 39700 to 55100 cents.
CREATE VIEW products_band_0266 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 39700 AND 55100;
COMMENT ON VIEW products_band_0266 IS 'Orderable products between 39700 and 55100 cents.';

-- Products whose SKU starts with FN.
CREATE VIEW products_sku_0267 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FN%'
  AND p.active;

-- Orders in CANCELLED/SHIPPED placed in the last 365 days.
CREATE VIEW orders_in_state_0268 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED', 'SHIPPED')
  AND o.placed_at >= now() - interval '365 days';

-- Order lines of at least 8 units.
CREATE VIEW order_lines_bulk_0269 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 8;

-- Customers with an address at shop11.example.
CREATE VIEW customers_at_0270 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop11.example';
COMMENT ON VIEW customers_at_0270 IS 'Customers registered with shop11.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0271 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 26300 to 34200 cents.
CREATE VIEW products_band_0272 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 26300 AND 34200;
COMMENT ON VIEW products_band_0272 IS 'Orderable products between 26300 and 34200 cents.';

-- Products whose SKU starts with FS.
CREATE VIEW products_sku_0273 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'FS%'
  AND p.active;

-- Orders in DELIVERED/NEW placed in the last 7 days.
CREATE VIEW orders_in_state_0274 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 26 units.
CREATE VIEW order_lines_bulk_0275 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 26;

-- Customers with an address at shop17.example.
CREATE VIEW customers_at_0276 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop17.example';
COMMENT ON VIEW customers_at_0276 IS 'Customers registered with shop17.example.';

-- Customers registered in the last 180 days.
CREATE VIEW customers_recent_0277 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '180 days';

-- Active products priced 42200 to 46600 cents.
CREATE VIEW products_band_0278 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 42200 AND 46600;
COMMENT ON VIEW products_band_0278 IS 'Orderable products between 42200 and 46600 cents.';

-- Products whose SKU starts with GK.
CREATE VIEW products_sku_0279 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'GK%'
  AND p.active;

-- Orders in PAID placed in the last 7 days.
CREATE VIEW orders_in_state_0280 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('PAID')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 33 units.
CREATE VIEW order_lines_bulk_0281 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 33;

-- Customers with an address at shop23.example.
CREATE VIEW customers_at_0282 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop23.example';
COMMENT ON VIEW customers_at_0282 IS 'Customers registered with shop23.example.';

-- Customers registered in the last 7 days.
CREATE VIEW customers_recent_0283 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '7 days';

-- Active products priced 30700 to 48700 cents.
CREATE VIEW products_band_0284 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 30700 AND 48700;
COMMENT ON VIEW products_band_0284 IS 'Orderable products between 30700 and 48700 cents.';

-- Products whose SKU starts with RT.
CREATE VIEW products_sku_0285 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'RT%'
  AND p.active;

-- Orders in CANCELLED placed in the last 1 days.
CREATE VIEW orders_in_state_0286 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('CANCELLED')
  AND o.placed_at >= now() - interval '1 days';

-- Order lines of at least 10 units.
CREATE VIEW order_lines_bulk_0287 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 10;

-- Customers with an address at shop29.example.
CREATE VIEW customers_at_0288 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop29.example';
COMMENT ON VIEW customers_at_0288 IS 'Customers registered with shop29.example.';

-- Customers registered in the last 90 days.
CREATE VIEW customers_recent_0289 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '90 days';

-- Active products priced 28700 to 33000 cents.
CREATE VIEW products_band_0290 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 28700 AND 33000;
COMMENT ON VIEW products_band_0290 IS 'Orderable products between 28700 and 33000 cents.';

-- Products whose SKU starts with ED.
CREATE VIEW products_sku_0291 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'ED%'
  AND p.active;

-- Orders in DELIVERED/SHIPPED placed in the last 30 days.
CREATE VIEW orders_in_state_0292 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'SHIPPED')
  AND o.placed_at >= now() - interval '30 days';

-- Order lines of at least 38 units.
CREATE VIEW order_lines_bulk_0293 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 38;

-- Customers with an address at shop35.example.
CREATE VIEW customers_at_0294 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop35.example';
COMMENT ON VIEW customers_at_0294 IS 'Customers registered with shop35.example.';

-- Customers registered in the last 365 days.
CREATE VIEW customers_recent_0295 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '365 days';

-- Active products priced 18200 to 29400 cents.
CREATE VIEW products_band_0296 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN 18200 AND 29400;
COMMENT ON VIEW products_band_0296 IS 'Orderable products between 18200 and 29400 cents.';

-- Products whose SKU starts with HV.
CREATE VIEW products_sku_0297 AS

SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE 'HV%'
  AND p.active;

-- Orders in DELIVERED/NEW placed in the last 7 days.
CREATE VIEW orders_in_state_0298 AS

SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ('DELIVERED', 'NEW')
  AND o.placed_at >= now() - interval '7 days';

-- Order lines of at least 14 units.
CREATE VIEW order_lines_bulk_0299 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= 14;

-- Customers with an address at shop04.example.
CREATE VIEW customers_at_0300 AS

SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@shop04.example';
COMMENT ON VIEW customers_at_0300 IS 'Customers registered with shop04.example.';


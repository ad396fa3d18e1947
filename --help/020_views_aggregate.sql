-- Generated for the deploy benchmark. Aggregates: revenue, customer value, product sales, status counts.

-- Customers worth at least 40000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0601 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 40000;

-- Sales per product, ranked, from order_lines_detail_0565.
CREATE VIEW product_sales_0602 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0565 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0603 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0604 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0604 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 19000 cents, NEW orders excluded.
CREATE VIEW customer_value_0605 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 19000;

-- Sales per product, ranked, from order_lines_bulk_0167.
CREATE VIEW product_sales_0606 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0167 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0607 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0608 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0608 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 91500 cents, NEW orders excluded.
CREATE VIEW customer_value_0609 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 91500;

-- Sales per product, ranked, from order_lines_detail_0369.
CREATE VIEW product_sales_0610 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0369 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0611 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0612 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0612 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 79000 cents, NEW orders excluded.
CREATE VIEW customer_value_0613 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 79000;

-- Sales per product, ranked, from order_lines_bulk_0059.
CREATE VIEW product_sales_0614 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0059 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0615 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0616 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0616 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 22000 cents, NEW orders excluded.
CREATE VIEW customer_value_0617 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 22000;

-- Sales per product, ranked, from order_lines_bulk_0023.
CREATE VIEW product_sales_0618 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0023 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0619 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0620 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0620 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 44000 cents, NEW orders excluded.
CREATE VIEW customer_value_0621 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 44000;

-- Sales per product, ranked, from order_lines_detail_0505.
CREATE VIEW product_sales_0622 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0505 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0623 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0624 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0624 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 49000 cents, NEW orders excluded.
CREATE VIEW customer_value_0625 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 49000;

-- Sales per product, ranked, from order_lines_detail_0441.
CREATE VIEW product_sales_0626 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0441 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0627 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0628 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0628 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 26500 cents, NEW orders excluded.
CREATE VIEW customer_value_0629 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 26500;

-- Sales per product, ranked, from order_lines_detail_0529.
CREATE VIEW product_sales_0630 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0529 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0631 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0632 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0632 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 79000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0633 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 79000;

-- Sales per product, ranked, from order_lines_detail_0501.
CREATE VIEW product_sales_0634 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0501 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0635 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0636 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0636 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 42000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0637 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 42000;

-- Sales per product, ranked, from order_lines_detail_0489.
CREATE VIEW product_sales_0638 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0489 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0639 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0640 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0640 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 6500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0641 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 6500;

-- Sales per product, ranked, from order_lines_bulk_0023.
CREATE VIEW product_sales_0642 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0023 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0643 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0644 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0644 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 83000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0645 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 83000;

-- Sales per product, ranked, from order_lines_bulk_0011.
CREATE VIEW product_sales_0646 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0011 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0647 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0648 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0648 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 64500 cents, NEW orders excluded.
CREATE VIEW customer_value_0649 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 64500;

-- Sales per product, ranked, from order_lines_bulk_0101.
CREATE VIEW product_sales_0650 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0101 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0651 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0652 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0652 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 9000 cents, NEW orders excluded.
CREATE VIEW customer_value_0653 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 9000;

-- Sales per product, ranked, from order_lines_detail_0385.
CREATE VIEW product_sales_0654 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0385 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0655 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0656 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0656 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 45500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0657 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 45500;

-- Sales per product, ranked, from order_lines_detail_0425.
CREATE VIEW product_sales_0658 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0425 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0659 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0660 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0660 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 88000 cents, NEW orders excluded.
CREATE VIEW customer_value_0661 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 88000;

-- Sales per product, ranked, from order_lines_detail_0369.
CREATE VIEW product_sales_0662 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0369 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0663 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0664 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0664 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 33500 cents, NEW orders excluded.
CREATE VIEW customer_value_0665 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 33500;

-- Sales per product, ranked, from order_lines_bulk_0047.
CREATE VIEW product_sales_0666 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0047 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0667 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0668 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0668 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 3000 cents, NEW orders excluded.
CREATE VIEW customer_value_0669 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 3000;

-- Sales per product, ranked, from order_lines_bulk_0239.
CREATE VIEW product_sales_0670 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0239 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0671 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0672 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0672 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 90500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0673 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 90500;

-- Sales per product, ranked, from order_lines_bulk_0233.
CREATE VIEW product_sales_0674 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0233 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0675 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0676 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0676 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 83500 cents, NEW orders excluded.
CREATE VIEW customer_value_0677 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 83500;

-- Sales per product, ranked, from order_lines_detail_0417.
CREATE VIEW product_sales_0678 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0417 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0679 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0680 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0680 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 4000 cents, NEW orders excluded.
CREATE VIEW customer_value_0681 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 4000;

-- Sales per product, ranked, from order_lines_bulk_0203.
CREATE VIEW product_sales_0682 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0203 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0683 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0684 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0684 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 18000 cents, NEW orders excluded.
CREATE VIEW customer_value_0685 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 18000;

-- Sales per product, ranked, from order_lines_bulk_0263.
CREATE VIEW product_sales_0686 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0263 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0687 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0688 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0688 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 49500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0689 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 49500;

-- Sales per product, ranked, from order_lines_detail_0445.
CREATE VIEW product_sales_0690 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0445 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0691 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0692 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0692 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 1000 cents, NEW orders excluded.
CREATE VIEW customer_value_0693 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 1000;

-- Sales per product, ranked, from order_lines_detail_0377.
CREATE VIEW product_sales_0694 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0377 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0695 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0696 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0696 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 29000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0697 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 29000;

-- Sales per product, ranked, from order_lines_bulk_0173.
CREATE VIEW product_sales_0698 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0173 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0699 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0700 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0700 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 56000 cents, NEW orders excluded.
CREATE VIEW customer_value_0701 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 56000;

-- Sales per product, ranked, from order_lines_detail_0377.
CREATE VIEW product_sales_0702 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0377 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0703 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0704 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0704 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 27000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0705 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 27000;

-- Sales per product, ranked, from order_lines_bulk_0275.
CREATE VIEW product_sales_0706 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0275 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0707 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0708 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0708 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 15500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0709 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 15500;

-- Sales per product, ranked, from order_lines_detail_0313.
CREATE VIEW product_sales_0710 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0313 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0711 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0712 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0712 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 73500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0713 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 73500;

-- Sales per product, ranked, from order_lines_detail_0501.
CREATE VIEW product_sales_0714 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0501 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0715 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0716 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0716 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 55500 cents, NEW orders excluded.
CREATE VIEW customer_value_0717 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 55500;

-- Sales per product, ranked, from order_lines_detail_0441.
CREATE VIEW product_sales_0718 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0441 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0719 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0720 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0720 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 3500 cents, NEW orders excluded.
CREATE VIEW customer_value_0721 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 3500;

-- Sales per product, ranked, from order_lines_detail_0457.
CREATE VIEW product_sales_0722 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0457 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0723 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0724 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0724 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 86500 cents, NEW orders excluded.
CREATE VIEW customer_value_0725 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 86500;

-- Sales per product, ranked, from order_lines_bulk_0095.
CREATE VIEW product_sales_0726 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0095 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0727 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0728 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0728 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 19000 cents, NEW orders excluded.
CREATE VIEW customer_value_0729 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 19000;

-- Sales per product, ranked, from order_lines_bulk_0167.
CREATE VIEW product_sales_0730 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0167 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0731 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0732 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0732 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 33500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0733 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 33500;

-- Sales per product, ranked, from order_lines_detail_0437.
CREATE VIEW product_sales_0734 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0437 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0735 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0736 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0736 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 3000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0737 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 3000;

-- Sales per product, ranked, from order_lines_detail_0597.
CREATE VIEW product_sales_0738 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0597 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0739 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0740 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0740 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 40500 cents, NEW orders excluded.
CREATE VIEW customer_value_0741 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 40500;

-- Sales per product, ranked, from order_lines_bulk_0017.
CREATE VIEW product_sales_0742 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0017 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0743 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0744 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0744 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 38500 cents, NEW orders excluded.
CREATE VIEW customer_value_0745 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 38500;

-- Sales per product, ranked, from order_lines_bulk_0239.
CREATE VIEW product_sales_0746 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0239 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0747 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0748 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0748 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 92500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0749 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 92500;

-- Sales per product, ranked, from order_lines_detail_0441.
CREATE VIEW product_sales_0750 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0441 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0751 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0752 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0752 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 77500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0753 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 77500;

-- Sales per product, ranked, from order_lines_detail_0513.
CREATE VIEW product_sales_0754 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0513 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0755 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0756 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0756 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 58000 cents, NEW orders excluded.
CREATE VIEW customer_value_0757 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 58000;

-- Sales per product, ranked, from order_lines_bulk_0149.
CREATE VIEW product_sales_0758 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0149 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0759 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0760 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0760 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 75000 cents, NEW orders excluded.
CREATE VIEW customer_value_0761 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 75000;

-- Sales per product, ranked, from order_lines_detail_0425.
CREATE VIEW product_sales_0762 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0425 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0763 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0764 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0764 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 97500 cents, NEW orders excluded.
CREATE VIEW customer_value_0765 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 97500;

-- Sales per product, ranked, from order_lines_bulk_0137.
CREATE VIEW product_sales_0766 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0137 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0767 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0768 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0768 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 44000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0769 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 44000;

-- Sales per product, ranked, from order_lines_bulk_0287.
CREATE VIEW product_sales_0770 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0287 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0771 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0772 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0772 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 87000 cents, NEW orders excluded.
CREATE VIEW customer_value_0773 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 87000;

-- Sales per product, ranked, from order_lines_bulk_0113.
CREATE VIEW product_sales_0774 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0113 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0775 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0776 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0776 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 2000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0777 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 2000;

-- Sales per product, ranked, from order_lines_detail_0561.
CREATE VIEW product_sales_0778 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0561 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0779 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0780 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0780 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 83000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0781 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 83000;

-- Sales per product, ranked, from order_lines_bulk_0137.
CREATE VIEW product_sales_0782 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0137 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0783 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0784 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0784 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 8500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0785 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 8500;

-- Sales per product, ranked, from order_lines_bulk_0137.
CREATE VIEW product_sales_0786 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0137 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0787 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0788 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0788 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 81000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0789 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 81000;

-- Sales per product, ranked, from order_lines_detail_0325.
CREATE VIEW product_sales_0790 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0325 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0791 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0792 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0792 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 34500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0793 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 34500;

-- Sales per product, ranked, from order_lines_detail_0421.
CREATE VIEW product_sales_0794 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0421 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0795 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0796 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0796 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 16500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0797 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 16500;

-- Sales per product, ranked, from order_lines_detail_0469.
CREATE VIEW product_sales_0798 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0469 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0799 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0800 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0800 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 59500 cents, NEW orders excluded.
CREATE VIEW customer_value_0801 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 59500;

-- Sales per product, ranked, from order_lines_bulk_0227.
CREATE VIEW product_sales_0802 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0227 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0803 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0804 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0804 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0805 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 500;

-- Sales per product, ranked, from order_lines_bulk_0023.
CREATE VIEW product_sales_0806 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0023 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0807 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per quarter and status.
CREATE VIEW revenue_by_quarter_0808 AS

SELECT date_trunc('quarter', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('quarter', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_quarter_0808 IS 'Revenue in cents per quarter and order status.';

-- Customers worth at least 78500 cents, NEW orders excluded.
CREATE VIEW customer_value_0809 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 78500;

-- Sales per product, ranked, from order_lines_detail_0457.
CREATE VIEW product_sales_0810 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0457 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0811 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per year and status.
CREATE VIEW revenue_by_year_0812 AS

SELECT date_trunc('year', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('year', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_year_0812 IS 'Revenue in cents per year and order status.';

-- Customers worth at least 1500 cents, NEW orders excluded.
CREATE VIEW customer_value_0813 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 1500;

-- Sales per product, ranked, from order_lines_detail_0441.
CREATE VIEW product_sales_0814 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0441 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0815 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0816 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0816 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 62500 cents, NEW orders excluded.
CREATE VIEW customer_value_0817 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 62500;

-- Sales per product, ranked, from order_lines_bulk_0035.
CREATE VIEW product_sales_0818 AS

SELECT s.product_id,
       p.sku AS sku,
       p.name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_bulk_0035 AS s
JOIN core.product AS p ON p.id = s.product_id
GROUP BY s.product_id, p.sku, p.name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0819 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0820 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0820 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 19500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0821 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 19500;

-- Sales per product, ranked, from order_lines_detail_0541.
CREATE VIEW product_sales_0822 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0541 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 7 days, all statuses listed.
CREATE VIEW status_counts_0823 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '7 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0824 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0824 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 61500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0825 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 61500;

-- Sales per product, ranked, from order_lines_detail_0305.
CREATE VIEW product_sales_0826 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0305 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0827 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per week and status.
CREATE VIEW revenue_by_week_0828 AS

SELECT date_trunc('week', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('week', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_week_0828 IS 'Revenue in cents per week and order status.';

-- Customers worth at least 65500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0829 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 65500;

-- Sales per product, ranked, from order_lines_detail_0417.
CREATE VIEW product_sales_0830 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0417 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0831 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0832 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0832 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 69000 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0833 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 69000;

-- Sales per product, ranked, from order_lines_detail_0441.
CREATE VIEW product_sales_0834 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0441 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0835 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0836 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0836 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 39500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0837 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 39500;

-- Sales per product, ranked, from order_lines_detail_0525.
CREATE VIEW product_sales_0838 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0525 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 1 days, all statuses listed.
CREATE VIEW status_counts_0839 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '1 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per month and status.
CREATE VIEW revenue_by_month_0840 AS

SELECT date_trunc('month', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('month', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_month_0840 IS 'Revenue in cents per month and order status.';

-- Customers worth at least 94000 cents, NEW orders excluded.
CREATE VIEW customer_value_0841 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 94000;

-- Sales per product, ranked, from order_lines_detail_0493.
CREATE VIEW product_sales_0842 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0493 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 30 days, all statuses listed.
CREATE VIEW status_counts_0843 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '30 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0844 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0844 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 13000 cents, NEW orders excluded.
CREATE VIEW customer_value_0845 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'NEW'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 13000;

-- Sales per product, ranked, from order_lines_detail_0357.
CREATE VIEW product_sales_0846 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0357 AS s
GROUP BY s.product_id, s.sku, s.product_name;

-- Orders per status over the last 365 days, all statuses listed.
CREATE VIEW status_counts_0847 AS

SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '365 days'
GROUP BY s.code, s.description, s.is_final;

-- Revenue per day and status.
CREATE VIEW revenue_by_day_0848 AS

SELECT date_trunc('day', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('day', o.placed_at), o.status;
COMMENT ON VIEW revenue_by_day_0848 IS 'Revenue in cents per day and order status.';

-- Customers worth at least 59500 cents, CANCELLED orders excluded.
CREATE VIEW customer_value_0849 AS

SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= 59500;

-- Sales per product, ranked, from order_lines_detail_0373.
CREATE VIEW product_sales_0850 AS

SELECT s.product_id,
       s.sku AS sku,
       s.product_name AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM order_lines_detail_0373 AS s
GROUP BY s.product_id, s.sku, s.product_name;


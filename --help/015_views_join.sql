-- Generated for the deploy benchmark. Views joining core tables (and some plain views).

-- Order lines of the products in products_sku_0111.
CREATE VIEW order_lines_detail_0301 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0111 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0302 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0103.
CREATE VIEW customer_orders_0303 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0103 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0304 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0304 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0194.
CREATE VIEW order_lines_detail_0305 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0194 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0306 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0294.
CREATE VIEW customer_orders_0307 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0294 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0308 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0308 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0087.
CREATE VIEW order_lines_detail_0309 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0087 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0310 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0240.
CREATE VIEW customer_orders_0311 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0240 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0312 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0312 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_sku_0063.
CREATE VIEW order_lines_detail_0313 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0063 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0314 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0264.
CREATE VIEW customer_orders_0315 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0264 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0316 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0316 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_sku_0147.
CREATE VIEW order_lines_detail_0317 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0147 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0318 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0036.
CREATE VIEW customer_orders_0319 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0036 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0320 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0320 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_band_0152.
CREATE VIEW order_lines_detail_0321 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0152 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0322 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0193.
CREATE VIEW customer_orders_0323 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0193 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0324 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0324 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0243.
CREATE VIEW order_lines_detail_0325 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0243 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0326 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0234.
CREATE VIEW customer_orders_0327 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0234 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0328 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0328 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_sku_0105.
CREATE VIEW order_lines_detail_0329 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0105 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0330 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0186.
CREATE VIEW customer_orders_0331 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0186 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0332 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0332 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0243.
CREATE VIEW order_lines_detail_0333 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0243 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0334 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0277.
CREATE VIEW customer_orders_0335 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0277 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0336 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0336 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0087.
CREATE VIEW order_lines_detail_0337 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0087 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0338 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0037.
CREATE VIEW customer_orders_0339 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0037 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0340 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0340 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0074.
CREATE VIEW order_lines_detail_0341 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0074 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0342 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0121.
CREATE VIEW customer_orders_0343 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0121 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0344 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0344 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0045.
CREATE VIEW order_lines_detail_0345 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0045 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0346 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0090.
CREATE VIEW customer_orders_0347 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0090 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0348 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0348 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_band_0122.
CREATE VIEW order_lines_detail_0349 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0122 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0350 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0036.
CREATE VIEW customer_orders_0351 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0036 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0352 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0352 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0123.
CREATE VIEW order_lines_detail_0353 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0123 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0354 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0120.
CREATE VIEW customer_orders_0355 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0120 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0356 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0356 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0218.
CREATE VIEW order_lines_detail_0357 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0218 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0358 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0283.
CREATE VIEW customer_orders_0359 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0283 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0360 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0360 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0242.
CREATE VIEW order_lines_detail_0361 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0242 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0362 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0270.
CREATE VIEW customer_orders_0363 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0270 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0364 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0364 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0171.
CREATE VIEW order_lines_detail_0365 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0171 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0366 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0228.
CREATE VIEW customer_orders_0367 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0228 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0368 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0368 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0176.
CREATE VIEW order_lines_detail_0369 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0176 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0370 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0073.
CREATE VIEW customer_orders_0371 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0073 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0372 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0372 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_band_0074.
CREATE VIEW order_lines_detail_0373 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0074 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0374 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0037.
CREATE VIEW customer_orders_0375 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0037 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0376 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0376 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0260.
CREATE VIEW order_lines_detail_0377 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0260 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0378 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0127.
CREATE VIEW customer_orders_0379 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0127 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0380 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0380 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0195.
CREATE VIEW order_lines_detail_0381 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0195 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0382 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0150.
CREATE VIEW customer_orders_0383 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0150 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0384 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0384 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0296.
CREATE VIEW order_lines_detail_0385 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0296 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0386 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0079.
CREATE VIEW customer_orders_0387 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0079 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0388 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0388 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0056.
CREATE VIEW order_lines_detail_0389 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0056 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0390 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0204.
CREATE VIEW customer_orders_0391 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0204 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0392 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0392 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_sku_0267.
CREATE VIEW order_lines_detail_0393 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0267 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0394 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0240.
CREATE VIEW customer_orders_0395 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0240 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0396 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0396 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0140.
CREATE VIEW order_lines_detail_0397 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0140 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0398 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0048.
CREATE VIEW customer_orders_0399 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0048 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0400 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0400 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_band_0236.
CREATE VIEW order_lines_detail_0401 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0236 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0402 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0024.
CREATE VIEW customer_orders_0403 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0024 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0404 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0404 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0032.
CREATE VIEW order_lines_detail_0405 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0032 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0406 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0211.
CREATE VIEW customer_orders_0407 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0211 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0408 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0408 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0093.
CREATE VIEW order_lines_detail_0409 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0093 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0410 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0138.
CREATE VIEW customer_orders_0411 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0138 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0412 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0412 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0278.
CREATE VIEW order_lines_detail_0413 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0278 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0414 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0253.
CREATE VIEW customer_orders_0415 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0253 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0416 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0416 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0188.
CREATE VIEW order_lines_detail_0417 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0188 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0418 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0156.
CREATE VIEW customer_orders_0419 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0156 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0420 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0420 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0236.
CREATE VIEW order_lines_detail_0421 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0236 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0422 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0288.
CREATE VIEW customer_orders_0423 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0288 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0424 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0424 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0200.
CREATE VIEW order_lines_detail_0425 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0200 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0426 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0078.
CREATE VIEW customer_orders_0427 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0078 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0428 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0428 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0260.
CREATE VIEW order_lines_detail_0429 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0260 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0430 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0168.
CREATE VIEW customer_orders_0431 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0168 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0432 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0432 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0248.
CREATE VIEW order_lines_detail_0433 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0248 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0434 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0138.
CREATE VIEW customer_orders_0435 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0138 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0436 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0436 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0230.
CREATE VIEW order_lines_detail_0437 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0230 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0438 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0162.
CREATE VIEW customer_orders_0439 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0162 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0440 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0440 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_band_0098.
CREATE VIEW order_lines_detail_0441 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0098 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0442 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0001.
CREATE VIEW customer_orders_0443 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0001 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0444 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0444 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_sku_0183.
CREATE VIEW order_lines_detail_0445 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0183 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0446 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0036.
CREATE VIEW customer_orders_0447 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0036 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0448 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0448 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0260.
CREATE VIEW order_lines_detail_0449 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0260 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0450 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0114.
CREATE VIEW customer_orders_0451 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0114 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0452 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0452 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0140.
CREATE VIEW order_lines_detail_0453 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0140 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0454 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0109.
CREATE VIEW customer_orders_0455 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0109 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0456 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0456 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0224.
CREATE VIEW order_lines_detail_0457 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0224 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0458 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0049.
CREATE VIEW customer_orders_0459 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0049 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0460 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0460 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0092.
CREATE VIEW order_lines_detail_0461 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0092 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0462 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0145.
CREATE VIEW customer_orders_0463 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0145 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0464 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0464 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0231.
CREATE VIEW order_lines_detail_0465 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0231 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0466 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0043.
CREATE VIEW customer_orders_0467 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0043 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0468 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0468 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_sku_0285.
CREATE VIEW order_lines_detail_0469 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0285 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0470 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0018.
CREATE VIEW customer_orders_0471 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0018 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0472 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0472 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0278.
CREATE VIEW order_lines_detail_0473 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0278 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0474 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0271.
CREATE VIEW customer_orders_0475 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0271 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0476 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0476 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0135.
CREATE VIEW order_lines_detail_0477 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0135 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0478 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0025.
CREATE VIEW customer_orders_0479 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0025 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0480 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0480 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0273.
CREATE VIEW order_lines_detail_0481 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0273 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0482 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0115.
CREATE VIEW customer_orders_0483 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0115 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0484 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0484 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0176.
CREATE VIEW order_lines_detail_0485 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0176 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0486 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0289.
CREATE VIEW customer_orders_0487 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0289 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0488 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0488 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0026.
CREATE VIEW order_lines_detail_0489 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0026 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0490 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0157.
CREATE VIEW customer_orders_0491 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0157 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0492 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0492 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0003.
CREATE VIEW order_lines_detail_0493 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0003 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0494 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0252.
CREATE VIEW customer_orders_0495 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0252 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0496 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0496 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0110.
CREATE VIEW order_lines_detail_0497 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0110 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0498 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0096.
CREATE VIEW customer_orders_0499 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0096 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0500 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0500 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0008.
CREATE VIEW order_lines_detail_0501 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0008 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0502 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0199.
CREATE VIEW customer_orders_0503 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0199 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0504 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0504 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_sku_0225.
CREATE VIEW order_lines_detail_0505 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0225 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0506 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0067.
CREATE VIEW customer_orders_0507 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0067 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0508 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0508 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0165.
CREATE VIEW order_lines_detail_0509 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0165 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0510 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0120.
CREATE VIEW customer_orders_0511 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0120 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0512 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0512 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_sku_0171.
CREATE VIEW order_lines_detail_0513 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0171 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0514 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0042.
CREATE VIEW customer_orders_0515 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0042 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0516 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0516 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_sku_0297.
CREATE VIEW order_lines_detail_0517 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0297 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0518 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0288.
CREATE VIEW customer_orders_0519 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0288 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0520 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0520 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0063.
CREATE VIEW order_lines_detail_0521 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0063 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0522 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0060.
CREATE VIEW customer_orders_0523 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0060 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0524 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0524 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_sku_0003.
CREATE VIEW order_lines_detail_0525 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0003 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0526 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0247.
CREATE VIEW customer_orders_0527 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0247 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0528 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0528 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0284.
CREATE VIEW order_lines_detail_0529 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0284 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0530 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0223.
CREATE VIEW customer_orders_0531 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0223 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0532 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0532 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0153.
CREATE VIEW order_lines_detail_0533 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0153 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0534 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0288.
CREATE VIEW customer_orders_0535 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0288 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0536 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0536 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_sku_0033.
CREATE VIEW order_lines_detail_0537 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0033 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0538 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0048.
CREATE VIEW customer_orders_0539 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0048 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0540 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0540 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0014.
CREATE VIEW order_lines_detail_0541 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0014 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0542 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0145.
CREATE VIEW customer_orders_0543 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0145 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0544 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0544 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0290.
CREATE VIEW order_lines_detail_0545 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0290 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0546 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0156.
CREATE VIEW customer_orders_0547 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0156 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0548 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0548 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_sku_0027.
CREATE VIEW order_lines_detail_0549 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0027 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0550 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0163.
CREATE VIEW customer_orders_0551 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0163 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0552 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0552 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0290.
CREATE VIEW order_lines_detail_0553 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0290 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0554 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0283.
CREATE VIEW customer_orders_0555 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0283 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0556 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0556 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_sku_0249.
CREATE VIEW order_lines_detail_0557 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0249 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0558 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0223.
CREATE VIEW customer_orders_0559 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0223 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0560 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0560 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0074.
CREATE VIEW order_lines_detail_0561 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0074 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0562 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0282.
CREATE VIEW customer_orders_0563 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0282 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0564 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0564 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_band_0014.
CREATE VIEW order_lines_detail_0565 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0014 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0566 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0151.
CREATE VIEW customer_orders_0567 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0151 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- NEW orders with customer and status details.
CREATE VIEW orders_detail_0568 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'NEW';
COMMENT ON VIEW orders_detail_0568 IS 'Orders in status NEW, with customer e-mail.';

-- Order lines of the products in products_band_0254.
CREATE VIEW order_lines_detail_0569 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0254 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0570 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0073.
CREATE VIEW customer_orders_0571 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0073 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- PAID orders with customer and status details.
CREATE VIEW orders_detail_0572 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'PAID';
COMMENT ON VIEW orders_detail_0572 IS 'Orders in status PAID, with customer e-mail.';

-- Order lines of the products in products_band_0164.
CREATE VIEW order_lines_detail_0573 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0164 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0574 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0258.
CREATE VIEW customer_orders_0575 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0258 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0576 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0576 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0062.
CREATE VIEW order_lines_detail_0577 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0062 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0578 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0252.
CREATE VIEW customer_orders_0579 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0252 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- DELIVERED orders with customer and status details.
CREATE VIEW orders_detail_0580 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'DELIVERED';
COMMENT ON VIEW orders_detail_0580 IS 'Orders in status DELIVERED, with customer e-mail.';

-- Order lines of the products in products_sku_0021.
CREATE VIEW order_lines_detail_0581 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0021 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0582 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0054.
CREATE VIEW customer_orders_0583 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0054 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0584 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0584 IS 'Orders in status SHIPPED, with customer e-mail.';

-- Order lines of the products in products_sku_0117.
CREATE VIEW order_lines_detail_0585 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0117 AS p ON p.id = l.product_id;

-- Per-order totals of open orders.
CREATE VIEW order_totals_0586 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = false
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0138.
CREATE VIEW customer_orders_0587 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0138 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0588 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0588 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0242.
CREATE VIEW order_lines_detail_0589 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0242 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0590 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0001.
CREATE VIEW customer_orders_0591 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0001 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0592 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0592 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_band_0296.
CREATE VIEW order_lines_detail_0593 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_band_0296 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0594 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_recent_0187.
CREATE VIEW customer_orders_0595 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_recent_0187 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- CANCELLED orders with customer and status details.
CREATE VIEW orders_detail_0596 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'CANCELLED';
COMMENT ON VIEW orders_detail_0596 IS 'Orders in status CANCELLED, with customer e-mail.';

-- Order lines of the products in products_sku_0135.
CREATE VIEW order_lines_detail_0597 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN products_sku_0135 AS p ON p.id = l.product_id;

-- Per-order totals of closed orders.
CREATE VIEW order_totals_0598 AS

SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = true
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

-- Orders of the customers in customers_at_0288.
CREATE VIEW customer_orders_0599 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM customers_at_0288 AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status;

-- SHIPPED orders with customer and status details.
CREATE VIEW orders_detail_0600 AS

SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
JOIN core.order_status AS s ON s.code = o.status
WHERE o.status = 'SHIPPED';
COMMENT ON VIEW orders_detail_0600 IS 'Orders in status SHIPPED, with customer e-mail.';


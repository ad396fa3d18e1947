-- Orders, order lines and per-order summaries.
-- Test fixture: the order_lines view below contains a deliberate syntax error (SELEC).

-- Order header with the customer's e-mail and the status details.
CREATE VIEW orders AS
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
JOIN core.order_status AS s ON s.code = o.status;

COMMENT ON VIEW orders IS 'Order headers with customer e-mail and status details.';

-- Order lines with product details; the unit price is the one the order was
-- placed with, not the current product price.
CREATE VIEW order_lines AS
SELEC l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN core.product AS p ON p.id = l.product_id;

COMMENT ON VIEW order_lines IS 'Order lines with product details and line totals.';

-- One row per order; orders without lines have line_count 0 and total_cents 0.
CREATE VIEW order_summaries AS
SELECT o.id AS order_id,
       c.email AS customer_email,
       o.status,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents,
       o.placed_at
FROM core.customer_order AS o
JOIN core.customer AS c ON c.id = o.customer_id
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY o.id, c.email;

COMMENT ON VIEW order_summaries IS 'Per-order line count and total in cents.';

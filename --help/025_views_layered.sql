-- Generated for the deploy benchmark. Views built on the generated views above.

-- revenue_by_quarter_0656 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0851 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_quarter_0656 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0701 that are also in customers_recent_0013.
CREATE VIEW top_customers_0852 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0701 AS v
JOIN customers_recent_0013 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 5 of product_sales_0754 restricted to products_band_0230.
CREATE VIEW bestsellers_0853 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0754 AS s
JOIN products_band_0230 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0577 whose order is in customer_orders_0359.
CREATE VIEW order_lines_of_0854 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0577 AS l
JOIN customer_orders_0359 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0380 that have a total in order_totals_0414.
CREATE VIEW orders_with_totals_0855 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0380 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0414 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0840 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0856 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0840 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0649 that are also in customers_at_0078.
CREATE VIEW top_customers_0857 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0649 AS v
JOIN customers_at_0078 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 20 of product_sales_0666 restricted to products_sku_0087.
CREATE VIEW bestsellers_0858 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0666 AS s
JOIN products_sku_0087 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0453 whose order is in orders_detail_0508.
CREATE VIEW order_lines_of_0859 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0453 AS l
JOIN orders_detail_0508 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0564 that have a total in order_totals_0546.
CREATE VIEW orders_with_totals_0860 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0564 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0546 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_year_0608 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0861 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_year_0608 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0661 that are also in customers_recent_0283.
CREATE VIEW top_customers_0862 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0661 AS v
JOIN customers_recent_0283 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 10 of product_sales_0722 restricted to products_sku_0045.
CREATE VIEW bestsellers_0863 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0722 AS s
JOIN products_sku_0045 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0301 whose order is in orders_detail_0340.
CREATE VIEW order_lines_of_0864 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0301 AS l
JOIN orders_detail_0340 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0571 that have a total in order_totals_0478.
CREATE VIEW orders_with_totals_0865 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0571 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0478 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0704 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0866 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0704 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0797 that are also in customers_at_0096.
CREATE VIEW top_customers_0867 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0797 AS v
JOIN customers_at_0096 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 10 of product_sales_0742 restricted to products_band_0164.
CREATE VIEW bestsellers_0868 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0742 AS s
JOIN products_band_0164 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0349 whose order is in orders_detail_0412.
CREATE VIEW order_lines_of_0869 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0349 AS l
JOIN orders_detail_0412 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0476 that have a total in order_totals_0538.
CREATE VIEW orders_with_totals_0870 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0476 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0538 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0836 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0871 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0836 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 25 most valuable customers of customer_value_0669 that are also in customers_at_0090.
CREATE VIEW top_customers_0872 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0669 AS v
JOIN customers_at_0090 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 25;

-- Top 5 of product_sales_0754 restricted to products_band_0110.
CREATE VIEW bestsellers_0873 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0754 AS s
JOIN products_band_0110 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0321 whose order is in orders_detail_0588.
CREATE VIEW order_lines_of_0874 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0321 AS l
JOIN orders_detail_0588 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0523 that have a total in order_totals_0338.
CREATE VIEW orders_with_totals_0875 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0523 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0338 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0828 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0876 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0828 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0617 that are also in customers_at_0174.
CREATE VIEW top_customers_0877 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0617 AS v
JOIN customers_at_0174 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 10 of product_sales_0846 restricted to products_sku_0123.
CREATE VIEW bestsellers_0878 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0846 AS s
JOIN products_sku_0123 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0533 whose order is in orders_detail_0448.
CREATE VIEW order_lines_of_0879 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0533 AS l
JOIN orders_detail_0448 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0355 that have a total in order_totals_0350.
CREATE VIEW orders_with_totals_0880 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0355 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0350 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0828 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0881 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0828 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0649 that are also in customers_recent_0145.
CREATE VIEW top_customers_0882 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0649 AS v
JOIN customers_recent_0145 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 20 of product_sales_0702 restricted to products_band_0086.
CREATE VIEW bestsellers_0883 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0702 AS s
JOIN products_band_0086 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0329 whose order is in orders_detail_0356.
CREATE VIEW order_lines_of_0884 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0329 AS l
JOIN orders_detail_0356 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0328 that have a total in order_totals_0474.
CREATE VIEW orders_with_totals_0885 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0328 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0474 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_quarter_0604 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0886 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_quarter_0604 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0725 that are also in customers_at_0222.
CREATE VIEW top_customers_0887 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0725 AS v
JOIN customers_at_0222 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 10 of product_sales_0806 restricted to products_band_0092.
CREATE VIEW bestsellers_0888 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0806 AS s
JOIN products_band_0092 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0521 whose order is in customer_orders_0443.
CREATE VIEW order_lines_of_0889 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0521 AS l
JOIN customer_orders_0443 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0440 that have a total in order_totals_0590.
CREATE VIEW orders_with_totals_0890 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0440 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0590 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0620 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0891 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0620 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0749 that are also in customers_recent_0223.
CREATE VIEW top_customers_0892 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0749 AS v
JOIN customers_recent_0223 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 5 of bestsellers_0878 restricted to products_band_0116.
CREATE VIEW bestsellers_0893 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0878 AS s
JOIN products_band_0116 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0541 whose order is in customer_orders_0571.
CREATE VIEW order_lines_of_0894 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0541 AS l
JOIN customer_orders_0571 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_with_totals_0855 that have a total in order_totals_0350.
CREATE VIEW orders_with_totals_0895 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_with_totals_0855 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0350 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0688 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0896 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0688 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0757 that are also in customers_at_0168.
CREATE VIEW top_customers_0897 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0757 AS v
JOIN customers_at_0168 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 5 of product_sales_0602 restricted to products_band_0038.
CREATE VIEW bestsellers_0898 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0602 AS s
JOIN products_band_0038 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0509 whose order is in customer_orders_0551.
CREATE VIEW order_lines_of_0899 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0509 AS l
JOIN customer_orders_0551 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0327 that have a total in order_totals_0446.
CREATE VIEW orders_with_totals_0900 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0327 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0446 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0732 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0901 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0732 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0701 that are also in customers_at_0174.
CREATE VIEW top_customers_0902 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0701 AS v
JOIN customers_at_0174 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 10 of product_sales_0650 restricted to products_band_0296.
CREATE VIEW bestsellers_0903 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0650 AS s
JOIN products_band_0296 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0577 whose order is in orders_detail_0568.
CREATE VIEW order_lines_of_0904 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0577 AS l
JOIN orders_detail_0568 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0544 that have a total in order_totals_0482.
CREATE VIEW orders_with_totals_0905 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0544 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0482 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0776 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0906 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0776 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of top_customers_0882 that are also in customers_recent_0001.
CREATE VIEW top_customers_0907 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM top_customers_0882 AS v
JOIN customers_recent_0001 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 20 of product_sales_0626 restricted to products_sku_0081.
CREATE VIEW bestsellers_0908 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0626 AS s
JOIN products_sku_0081 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0585 whose order is in customer_orders_0471.
CREATE VIEW order_lines_of_0909 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0585 AS l
JOIN customer_orders_0471 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0479 that have a total in order_totals_0486.
CREATE VIEW orders_with_totals_0910 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0479 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0486 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_quarter_0656 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0911 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_quarter_0656 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0785 that are also in customers_at_0282.
CREATE VIEW top_customers_0912 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0785 AS v
JOIN customers_at_0282 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 10 of product_sales_0794 restricted to products_band_0152.
CREATE VIEW bestsellers_0913 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0794 AS s
JOIN products_band_0152 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0569 whose order is in customer_orders_0479.
CREATE VIEW order_lines_of_0914 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0569 AS l
JOIN customer_orders_0479 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0568 that have a total in order_totals_0554.
CREATE VIEW orders_with_totals_0915 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0568 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0554 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0660 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0916 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0660 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 25 most valuable customers of customer_value_0653 that are also in customers_recent_0133.
CREATE VIEW top_customers_0917 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0653 AS v
JOIN customers_recent_0133 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 25;

-- Top 5 of product_sales_0810 restricted to products_band_0050.
CREATE VIEW bestsellers_0918 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0810 AS s
JOIN products_band_0050 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_of_0904 whose order is in orders_detail_0512.
CREATE VIEW order_lines_of_0919 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_of_0904 AS l
JOIN orders_detail_0512 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0484 that have a total in order_totals_0394.
CREATE VIEW orders_with_totals_0920 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0484 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0394 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_quarter_0748 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0921 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_quarter_0748 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0781 that are also in customers_at_0060.
CREATE VIEW top_customers_0922 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0781 AS v
JOIN customers_at_0060 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 10 of product_sales_0806 restricted to products_sku_0279.
CREATE VIEW bestsellers_0923 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0806 AS s
JOIN products_sku_0279 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0569 whose order is in orders_detail_0516.
CREATE VIEW order_lines_of_0924 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0569 AS l
JOIN orders_detail_0516 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0344 that have a total in order_totals_0506.
CREATE VIEW orders_with_totals_0925 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0344 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0506 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_year_0616 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0926 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_year_0616 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0773 that are also in customers_at_0180.
CREATE VIEW top_customers_0927 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0773 AS v
JOIN customers_at_0180 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 20 of bestsellers_0898 restricted to products_sku_0015.
CREATE VIEW bestsellers_0928 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0898 AS s
JOIN products_sku_0015 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_of_0904 whose order is in orders_detail_0380.
CREATE VIEW order_lines_of_0929 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_of_0904 AS l
JOIN orders_detail_0380 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0491 that have a total in order_totals_0374.
CREATE VIEW orders_with_totals_0930 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0491 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0374 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0820 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0931 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0820 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0781 that are also in customers_at_0042.
CREATE VIEW top_customers_0932 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0781 AS v
JOIN customers_at_0042 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 20 of product_sales_0818 restricted to products_band_0140.
CREATE VIEW bestsellers_0933 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0818 AS s
JOIN products_band_0140 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0397 whose order is in orders_detail_0440.
CREATE VIEW order_lines_of_0934 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0397 AS l
JOIN orders_detail_0440 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0328 that have a total in order_totals_0314.
CREATE VIEW orders_with_totals_0935 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0328 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0314 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_year_0632 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0936 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_year_0632 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of top_customers_0892 that are also in customers_recent_0271.
CREATE VIEW top_customers_0937 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM top_customers_0892 AS v
JOIN customers_recent_0271 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 20 of product_sales_0602 restricted to products_sku_0027.
CREATE VIEW bestsellers_0938 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0602 AS s
JOIN products_sku_0027 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0417 whose order is in orders_detail_0352.
CREATE VIEW order_lines_of_0939 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0417 AS l
JOIN orders_detail_0352 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0588 that have a total in order_totals_0490.
CREATE VIEW orders_with_totals_0940 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0588 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0490 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_quarter_0780 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0941 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_quarter_0780 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0841 that are also in customers_at_0162.
CREATE VIEW top_customers_0942 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0841 AS v
JOIN customers_at_0162 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 20 of product_sales_0814 restricted to products_sku_0117.
CREATE VIEW bestsellers_0943 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0814 AS s
JOIN products_sku_0117 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0305 whose order is in orders_detail_0316.
CREATE VIEW order_lines_of_0944 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0305 AS l
JOIN orders_detail_0316 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0435 that have a total in order_totals_0354.
CREATE VIEW orders_with_totals_0945 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0435 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0354 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0796 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0946 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0796 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0801 that are also in customers_recent_0211.
CREATE VIEW top_customers_0947 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0801 AS v
JOIN customers_recent_0211 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 20 of product_sales_0674 restricted to products_sku_0129.
CREATE VIEW bestsellers_0948 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0674 AS s
JOIN products_sku_0129 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0305 whose order is in orders_detail_0488.
CREATE VIEW order_lines_of_0949 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0305 AS l
JOIN orders_detail_0488 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0380 that have a total in order_totals_0594.
CREATE VIEW orders_with_totals_0950 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0380 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0594 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_day_0740 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0951 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_day_0740 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0745 that are also in customers_recent_0139.
CREATE VIEW top_customers_0952 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0745 AS v
JOIN customers_recent_0139 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 5 of product_sales_0614 restricted to products_sku_0075.
CREATE VIEW bestsellers_0953 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0614 AS s
JOIN products_sku_0075 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0537 whose order is in customer_orders_0503.
CREATE VIEW order_lines_of_0954 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0537 AS l
JOIN customer_orders_0503 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0412 that have a total in order_totals_0562.
CREATE VIEW orders_with_totals_0955 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0412 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0562 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0700 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0956 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0700 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 25 most valuable customers of customer_value_0653 that are also in customers_recent_0199.
CREATE VIEW top_customers_0957 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0653 AS v
JOIN customers_recent_0199 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 25;

-- Top 5 of product_sales_0686 restricted to products_sku_0117.
CREATE VIEW bestsellers_0958 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0686 AS s
JOIN products_sku_0117 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0545 whose order is in orders_detail_0316.
CREATE VIEW order_lines_of_0959 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0545 AS l
JOIN orders_detail_0316 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0568 that have a total in order_totals_0462.
CREATE VIEW orders_with_totals_0960 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0568 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0462 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_day_0848 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0961 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_day_0848 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0625 that are also in customers_at_0198.
CREATE VIEW top_customers_0962 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0625 AS v
JOIN customers_at_0198 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 5 of product_sales_0826 restricted to products_sku_0015.
CREATE VIEW bestsellers_0963 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0826 AS s
JOIN products_sku_0015 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0561 whose order is in customer_orders_0523.
CREATE VIEW order_lines_of_0964 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0561 AS l
JOIN customer_orders_0523 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_with_totals_0895 that have a total in order_totals_0314.
CREATE VIEW orders_with_totals_0965 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_with_totals_0895 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0314 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0696 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0966 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0696 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 10 most valuable customers of customer_value_0693 that are also in customers_at_0006.
CREATE VIEW top_customers_0967 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0693 AS v
JOIN customers_at_0006 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 10;

-- Top 20 of bestsellers_0938 restricted to products_band_0104.
CREATE VIEW bestsellers_0968 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0938 AS s
JOIN products_band_0104 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 20;

-- Lines of order_lines_detail_0529 whose order is in customer_orders_0519.
CREATE VIEW order_lines_of_0969 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0529 AS l
JOIN customer_orders_0519 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0344 that have a total in order_totals_0542.
CREATE VIEW orders_with_totals_0970 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0344 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0542 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_day_0728 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0971 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_day_0728 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0849 that are also in customers_at_0054.
CREATE VIEW top_customers_0972 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0849 AS v
JOIN customers_at_0054 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 5 of bestsellers_0858 restricted to products_sku_0225.
CREATE VIEW bestsellers_0973 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0858 AS s
JOIN products_sku_0225 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0377 whose order is in customer_orders_0307.
CREATE VIEW order_lines_of_0974 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0377 AS l
JOIN customer_orders_0307 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0308 that have a total in order_totals_0502.
CREATE VIEW orders_with_totals_0975 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0308 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0502 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0732 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0976 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0732 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0629 that are also in customers_at_0126.
CREATE VIEW top_customers_0977 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0629 AS v
JOIN customers_at_0126 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 10 of bestsellers_0928 restricted to products_band_0002.
CREATE VIEW bestsellers_0978 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0928 AS s
JOIN products_band_0002 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0325 whose order is in orders_detail_0448.
CREATE VIEW order_lines_of_0979 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0325 AS l
JOIN orders_detail_0448 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of customer_orders_0359 that have a total in order_totals_0346.
CREATE VIEW orders_with_totals_0980 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM customer_orders_0359 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0346 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_rollup_0926 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0981 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_rollup_0926 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of top_customers_0957 that are also in customers_at_0210.
CREATE VIEW top_customers_0982 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM top_customers_0957 AS v
JOIN customers_at_0210 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 10 of product_sales_0786 restricted to products_band_0236.
CREATE VIEW bestsellers_0983 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0786 AS s
JOIN products_band_0236 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 10;

-- Lines of order_lines_detail_0513 whose order is in orders_with_totals_0935.
CREATE VIEW order_lines_of_0984 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0513 AS l
JOIN orders_with_totals_0935 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0468 that have a total in order_totals_0530.
CREATE VIEW orders_with_totals_0985 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0468 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0530 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_year_0636 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0986 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_year_0636 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 50 most valuable customers of customer_value_0625 that are also in customers_recent_0031.
CREATE VIEW top_customers_0987 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0625 AS v
JOIN customers_recent_0031 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 50;

-- Top 5 of product_sales_0842 restricted to products_band_0284.
CREATE VIEW bestsellers_0988 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0842 AS s
JOIN products_band_0284 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0425 whose order is in orders_detail_0400.
CREATE VIEW order_lines_of_0989 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0425 AS l
JOIN orders_detail_0400 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0500 that have a total in order_totals_0374.
CREATE VIEW orders_with_totals_0990 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0500 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0374 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_month_0712 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0991 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_month_0712 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 100 most valuable customers of customer_value_0673 that are also in customers_at_0060.
CREATE VIEW top_customers_0992 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0673 AS v
JOIN customers_at_0060 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 100;

-- Top 5 of bestsellers_0948 restricted to products_band_0068.
CREATE VIEW bestsellers_0993 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM bestsellers_0948 AS s
JOIN products_band_0068 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_detail_0569 whose order is in orders_detail_0380.
CREATE VIEW order_lines_of_0994 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_detail_0569 AS l
JOIN orders_detail_0380 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_with_totals_0965 that have a total in order_totals_0454.
CREATE VIEW orders_with_totals_0995 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_with_totals_0965 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0454 AS t WHERE t.order_id = o.id AND t.total_cents > 0);

-- revenue_by_week_0732 with all statuses but CANCELLED rolled up.
CREATE VIEW revenue_rollup_0996 AS

SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM revenue_by_week_0732 AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period;

-- The 25 most valuable customers of customer_value_0701 that are also in customers_at_0174.
CREATE VIEW top_customers_0997 AS

SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM customer_value_0701 AS v
JOIN customers_at_0174 AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT 25;

-- Top 5 of product_sales_0682 restricted to products_sku_0129.
CREATE VIEW bestsellers_0998 AS

SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM product_sales_0682 AS s
JOIN products_sku_0129 AS p ON p.id = s.product_id
WHERE s.sales_rank <= 5;

-- Lines of order_lines_of_0919 whose order is in orders_detail_0496.
CREATE VIEW order_lines_of_0999 AS

SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM order_lines_of_0919 AS l
JOIN orders_detail_0496 AS o ON o.id = l.order_id
WHERE NOT o.is_final;

-- Orders of orders_detail_0344 that have a total in order_totals_0330.
CREATE VIEW orders_with_totals_1000 AS

SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM orders_detail_0344 AS o
WHERE EXISTS (SELECT 1 FROM order_totals_0330 AS t WHERE t.order_id = o.id AND t.total_cents > 0);


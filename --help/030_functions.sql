-- Generated for the deploy benchmark. Functions: LANGUAGE sql and plpgsql, some over the views.

-- The rows of orders_detail_0472 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0001(p_customer_id bigint)
RETURNS SETOF orders_detail_0472
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0472 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0638.
CREATE FUNCTION top_products_0002(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0638 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0685: gold, silver or standard.
CREATE FUNCTION customer_tier_0003(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0685 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 475000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 118750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0573; raises for an unknown order.
CREATE FUNCTION order_weight_0004(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0004: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0573 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0005(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0005: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0006(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_month_0832 from a given start, with a running total.
CREATE FUNCTION revenue_report_0007(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0007: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0832 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0008(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0008(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of orders_detail_0324 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0009(p_customer_id bigint)
RETURNS SETOF orders_detail_0324
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0324 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0730.
CREATE FUNCTION top_products_0010(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0730 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0942: gold, silver or standard.
CREATE FUNCTION customer_tier_0011(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0942 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 415000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 103750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0425; raises for an unknown order.
CREATE FUNCTION order_weight_0012(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0012: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0425 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0013(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0013: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0014(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_day_0724 from a given start, with a running total.
CREATE FUNCTION revenue_report_0015(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0015: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0724 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0016(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0016(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_detail_0560 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0017(p_customer_id bigint)
RETURNS SETOF orders_detail_0560
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0560 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0614.
CREATE FUNCTION top_products_0018(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0614 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0897: gold, silver or standard.
CREATE FUNCTION customer_tier_0019(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0897 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 105000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 26250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0919; raises for an unknown order.
CREATE FUNCTION order_weight_0020(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0020: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0919 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 8
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0021(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0021: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0022(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_week_0820 from a given start, with a running total.
CREATE FUNCTION revenue_report_0023(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0023: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0820 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0024(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0024(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of customer_orders_0503 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0025(p_customer_id bigint)
RETURNS SETOF customer_orders_0503
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0503 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0670.
CREATE FUNCTION top_products_0026(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0670 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0677: gold, silver or standard.
CREATE FUNCTION customer_tier_0027(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0677 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 290000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 72500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0305; raises for an unknown order.
CREATE FUNCTION order_weight_0028(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0028: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0305 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0029(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0029: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as SEK.
CREATE FUNCTION format_cents_0030(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' SEK'
           END
$$;

-- Revenue rows of revenue_by_year_0612 from a given start, with a running total.
CREATE FUNCTION revenue_report_0031(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0031: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_year_0612 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0032(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0032(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_with_totals_1000 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0033(p_customer_id bigint)
RETURNS SETOF orders_with_totals_1000
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_1000 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0814.
CREATE FUNCTION top_products_0034(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0814 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0609: gold, silver or standard.
CREATE FUNCTION customer_tier_0035(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0609 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 70000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 17500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0421; raises for an unknown order.
CREATE FUNCTION order_weight_0036(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0036: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0421 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 8
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0037(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0037: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0038(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_month_0668 from a given start, with a running total.
CREATE FUNCTION revenue_report_0039(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0039: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0668 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0040(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0040(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of customer_orders_0575 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0041(p_customer_id bigint)
RETURNS SETOF customer_orders_0575
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0575 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0826.
CREATE FUNCTION top_products_0042(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0826 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0633: gold, silver or standard.
CREATE FUNCTION customer_tier_0043(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0633 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 440000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 110000 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0884; raises for an unknown order.
CREATE FUNCTION order_weight_0044(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0044: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0884 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 5
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0045(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0045: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0046(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_month_0712 from a given start, with a running total.
CREATE FUNCTION revenue_report_0047(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0047: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0712 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0048(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0048(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of orders_with_totals_0890 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0049(p_customer_id bigint)
RETURNS SETOF orders_with_totals_0890
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_0890 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0978.
CREATE FUNCTION top_products_0050(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0978 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0967: gold, silver or standard.
CREATE FUNCTION customer_tier_0051(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0967 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 425000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 106250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0481; raises for an unknown order.
CREATE FUNCTION order_weight_0052(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0052: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0481 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0053(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0053: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0054(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_month_0784 from a given start, with a running total.
CREATE FUNCTION revenue_report_0055(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0055: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0784 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0056(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0056(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_detail_0480 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0057(p_customer_id bigint)
RETURNS SETOF orders_detail_0480
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0480 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0968.
CREATE FUNCTION top_products_0058(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0968 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0932: gold, silver or standard.
CREATE FUNCTION customer_tier_0059(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0932 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 160000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 40000 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0441; raises for an unknown order.
CREATE FUNCTION order_weight_0060(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0060: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0441 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 5
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0061(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0061: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0062(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_week_0620 from a given start, with a running total.
CREATE FUNCTION revenue_report_0063(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0063: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0620 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0064(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0064(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of customer_orders_0443 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0065(p_customer_id bigint)
RETURNS SETOF customer_orders_0443
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0443 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0948.
CREATE FUNCTION top_products_0066(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0948 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0641: gold, silver or standard.
CREATE FUNCTION customer_tier_0067(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0641 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 265000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 66250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0565; raises for an unknown order.
CREATE FUNCTION order_weight_0068(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0068: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0565 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0069(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0069: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0070(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_quarter_0780 from a given start, with a running total.
CREATE FUNCTION revenue_report_0071(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0071: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_quarter_0780 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0072(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0072(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_detail_0404 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0073(p_customer_id bigint)
RETURNS SETOF orders_detail_0404
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0404 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0810.
CREATE FUNCTION top_products_0074(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0810 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0617: gold, silver or standard.
CREATE FUNCTION customer_tier_0075(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0617 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 145000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 36250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0349; raises for an unknown order.
CREATE FUNCTION order_weight_0076(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0076: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0349 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 6
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0077(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0077: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0078(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_month_0668 from a given start, with a running total.
CREATE FUNCTION revenue_report_0079(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0079: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0668 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0080(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0080(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of customer_orders_0319 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0081(p_customer_id bigint)
RETURNS SETOF customer_orders_0319
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0319 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0722.
CREATE FUNCTION top_products_0082(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0722 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0717: gold, silver or standard.
CREATE FUNCTION customer_tier_0083(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0717 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 115000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 28750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0425; raises for an unknown order.
CREATE FUNCTION order_weight_0084(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0084: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0425 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0085(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0085: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as SEK.
CREATE FUNCTION format_cents_0086(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' SEK'
           END
$$;

-- Revenue rows of revenue_rollup_0926 from a given start, with a running total.
CREATE FUNCTION revenue_report_0087(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0087: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0926 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0088(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0088(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of orders_detail_0528 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0089(p_customer_id bigint)
RETURNS SETOF orders_detail_0528
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0528 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0810.
CREATE FUNCTION top_products_0090(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0810 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0665: gold, silver or standard.
CREATE FUNCTION customer_tier_0091(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0665 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 210000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 52500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0553; raises for an unknown order.
CREATE FUNCTION order_weight_0092(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0092: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0553 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 3
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0093(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0093: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0094(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_rollup_0996 from a given start, with a running total.
CREATE FUNCTION revenue_report_0095(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0095: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0996 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0096(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0096(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of customer_orders_0483 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0097(p_customer_id bigint)
RETURNS SETOF customer_orders_0483
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0483 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0898.
CREATE FUNCTION top_products_0098(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0898 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0833: gold, silver or standard.
CREATE FUNCTION customer_tier_0099(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0833 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 100000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 25000 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0974; raises for an unknown order.
CREATE FUNCTION order_weight_0100(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0100: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0974 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 3
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0101(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0101: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0102(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_month_0668 from a given start, with a running total.
CREATE FUNCTION revenue_report_0103(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0103: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0668 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0104(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0104(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of orders_detail_0344 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0105(p_customer_id bigint)
RETURNS SETOF orders_detail_0344
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0344 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0670.
CREATE FUNCTION top_products_0106(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0670 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0765: gold, silver or standard.
CREATE FUNCTION customer_tier_0107(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0765 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 315000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 78750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0884; raises for an unknown order.
CREATE FUNCTION order_weight_0108(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0108: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0884 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 5
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0109(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0109: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0110(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_day_0728 from a given start, with a running total.
CREATE FUNCTION revenue_report_0111(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0111: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0728 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0112(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0112(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of customer_orders_0363 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0113(p_customer_id bigint)
RETURNS SETOF customer_orders_0363
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0363 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0814.
CREATE FUNCTION top_products_0114(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0814 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0882: gold, silver or standard.
CREATE FUNCTION customer_tier_0115(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0882 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 300000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 75000 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0369; raises for an unknown order.
CREATE FUNCTION order_weight_0116(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0116: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0369 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 6
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0117(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0117: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as SEK.
CREATE FUNCTION format_cents_0118(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' SEK'
           END
$$;

-- Revenue rows of revenue_rollup_0856 from a given start, with a running total.
CREATE FUNCTION revenue_report_0119(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0119: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0856 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0120(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0120(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of customer_orders_0575 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0121(p_customer_id bigint)
RETURNS SETOF customer_orders_0575
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0575 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0863.
CREATE FUNCTION top_products_0122(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0863 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0867: gold, silver or standard.
CREATE FUNCTION customer_tier_0123(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0867 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 225000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 56250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0453; raises for an unknown order.
CREATE FUNCTION order_weight_0124(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0124: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0453 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0125(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0125: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0126(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_rollup_0861 from a given start, with a running total.
CREATE FUNCTION revenue_report_0127(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0127: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0861 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0128(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0128(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of orders_detail_0504 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0129(p_customer_id bigint)
RETURNS SETOF orders_detail_0504
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0504 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0658.
CREATE FUNCTION top_products_0130(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0658 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0621: gold, silver or standard.
CREATE FUNCTION customer_tier_0131(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0621 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 275000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 68750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0869; raises for an unknown order.
CREATE FUNCTION order_weight_0132(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0132: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0869 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 4
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0133(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0133: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0134(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_rollup_0916 from a given start, with a running total.
CREATE FUNCTION revenue_report_0135(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0135: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0916 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0136(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0136(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of orders_detail_0528 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0137(p_customer_id bigint)
RETURNS SETOF orders_detail_0528
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0528 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0710.
CREATE FUNCTION top_products_0138(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0710 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0857: gold, silver or standard.
CREATE FUNCTION customer_tier_0139(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0857 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 350000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 87500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0389; raises for an unknown order.
CREATE FUNCTION order_weight_0140(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0140: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0389 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0141(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0141: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0142(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_month_0744 from a given start, with a running total.
CREATE FUNCTION revenue_report_0143(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0143: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0744 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0144(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0144(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_detail_0416 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0145(p_customer_id bigint)
RETURNS SETOF orders_detail_0416
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0416 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0650.
CREATE FUNCTION top_products_0146(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0650 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0761: gold, silver or standard.
CREATE FUNCTION customer_tier_0147(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0761 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 65000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 16250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0914; raises for an unknown order.
CREATE FUNCTION order_weight_0148(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0148: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0914 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0149(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0149: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0150(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_week_0732 from a given start, with a running total.
CREATE FUNCTION revenue_report_0151(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0151: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0732 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0152(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0152(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of customer_orders_0339 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0153(p_customer_id bigint)
RETURNS SETOF customer_orders_0339
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0339 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0802.
CREATE FUNCTION top_products_0154(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0802 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0609: gold, silver or standard.
CREATE FUNCTION customer_tier_0155(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0609 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 155000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 38750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0979; raises for an unknown order.
CREATE FUNCTION order_weight_0156(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0156: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0979 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 3
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0157(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0157: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0158(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_week_0752 from a given start, with a running total.
CREATE FUNCTION revenue_report_0159(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0159: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0752 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0160(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0160(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of customer_orders_0483 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0161(p_customer_id bigint)
RETURNS SETOF customer_orders_0483
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0483 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0806.
CREATE FUNCTION top_products_0162(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0806 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0701: gold, silver or standard.
CREATE FUNCTION customer_tier_0163(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0701 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 455000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 113750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0525; raises for an unknown order.
CREATE FUNCTION order_weight_0164(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0164: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0525 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0165(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0165: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0166(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_month_0700 from a given start, with a running total.
CREATE FUNCTION revenue_report_0167(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0167: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0700 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0168(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0168(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of orders_detail_0360 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0169(p_customer_id bigint)
RETURNS SETOF orders_detail_0360
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0360 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0953.
CREATE FUNCTION top_products_0170(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0953 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0625: gold, silver or standard.
CREATE FUNCTION customer_tier_0171(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0625 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 415000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 103750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0999; raises for an unknown order.
CREATE FUNCTION order_weight_0172(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0172: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0999 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 8
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0173(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0173: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as SEK.
CREATE FUNCTION format_cents_0174(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' SEK'
           END
$$;

-- Revenue rows of revenue_rollup_0901 from a given start, with a running total.
CREATE FUNCTION revenue_report_0175(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0175: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0901 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0176(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0176(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of customer_orders_0447 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0177(p_customer_id bigint)
RETURNS SETOF customer_orders_0447
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0447 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0893.
CREATE FUNCTION top_products_0178(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0893 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0657: gold, silver or standard.
CREATE FUNCTION customer_tier_0179(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0657 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 265000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 66250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0365; raises for an unknown order.
CREATE FUNCTION order_weight_0180(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0180: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0365 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0181(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0181: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0182(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_year_0608 from a given start, with a running total.
CREATE FUNCTION revenue_report_0183(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0183: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_year_0608 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0184(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0184(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of orders_detail_0560 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0185(p_customer_id bigint)
RETURNS SETOF orders_detail_0560
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0560 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0782.
CREATE FUNCTION top_products_0186(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0782 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0709: gold, silver or standard.
CREATE FUNCTION customer_tier_0187(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0709 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 305000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 76250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0884; raises for an unknown order.
CREATE FUNCTION order_weight_0188(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0188: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0884 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 8
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0189(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0189: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0190(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_day_0644 from a given start, with a running total.
CREATE FUNCTION revenue_report_0191(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0191: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0644 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0192(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0192(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of orders_with_totals_0920 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0193(p_customer_id bigint)
RETURNS SETOF orders_with_totals_0920
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_0920 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0903.
CREATE FUNCTION top_products_0194(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0903 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0817: gold, silver or standard.
CREATE FUNCTION customer_tier_0195(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0817 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 135000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 33750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0453; raises for an unknown order.
CREATE FUNCTION order_weight_0196(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0196: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0453 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 6
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0197(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0197: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0198(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_week_0816 from a given start, with a running total.
CREATE FUNCTION revenue_report_0199(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0199: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0816 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0200(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0200(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of orders_with_totals_0915 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0201(p_customer_id bigint)
RETURNS SETOF orders_with_totals_0915
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_0915 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0714.
CREATE FUNCTION top_products_0202(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0714 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0669: gold, silver or standard.
CREATE FUNCTION customer_tier_0203(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0669 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 445000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 111250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0365; raises for an unknown order.
CREATE FUNCTION order_weight_0204(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0204: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0365 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0205(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0205: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0206(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_month_0704 from a given start, with a running total.
CREATE FUNCTION revenue_report_0207(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0207: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0704 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of SHIPPED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_shipped_order_count_0208(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'SHIPPED'
$$;

COMMENT ON FUNCTION customer_shipped_order_count_0208(bigint) IS 'Count of SHIPPED orders of one customer.';

-- The rows of customer_orders_0351 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0209(p_customer_id bigint)
RETURNS SETOF customer_orders_0351
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0351 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0698.
CREATE FUNCTION top_products_0210(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0698 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0617: gold, silver or standard.
CREATE FUNCTION customer_tier_0211(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0617 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 385000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 96250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0485; raises for an unknown order.
CREATE FUNCTION order_weight_0212(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0212: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0485 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0213(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0213: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0214(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_by_quarter_0780 from a given start, with a running total.
CREATE FUNCTION revenue_report_0215(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0215: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_quarter_0780 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0216(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0216(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_detail_0340 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0217(p_customer_id bigint)
RETURNS SETOF orders_detail_0340
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0340 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0622.
CREATE FUNCTION top_products_0218(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0622 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0825: gold, silver or standard.
CREATE FUNCTION customer_tier_0219(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0825 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 50000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 12500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0365; raises for an unknown order.
CREATE FUNCTION order_weight_0220(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0220: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0365 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 6
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0221(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0221: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0222(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_day_0800 from a given start, with a running total.
CREATE FUNCTION revenue_report_0223(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0223: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0800 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0224(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0224(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_detail_0500 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0225(p_customer_id bigint)
RETURNS SETOF orders_detail_0500
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0500 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0718.
CREATE FUNCTION top_products_0226(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0718 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0601: gold, silver or standard.
CREATE FUNCTION customer_tier_0227(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0601 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 405000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 101250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0934; raises for an unknown order.
CREATE FUNCTION order_weight_0228(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0228: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0934 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0229(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0229: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0230(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_year_0648 from a given start, with a running total.
CREATE FUNCTION revenue_report_0231(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0231: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_year_0648 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0232(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0232(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_detail_0436 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0233(p_customer_id bigint)
RETURNS SETOF orders_detail_0436
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0436 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0646.
CREATE FUNCTION top_products_0234(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0646 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0922: gold, silver or standard.
CREATE FUNCTION customer_tier_0235(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0922 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 210000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 52500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0477; raises for an unknown order.
CREATE FUNCTION order_weight_0236(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0236: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0477 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 4
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0237(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 1000 THEN
        RAISE EXCEPTION 'annotate_order_0237: the note is longer than 1000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0238(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_year_0636 from a given start, with a running total.
CREATE FUNCTION revenue_report_0239(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0239: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_year_0636 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of PAID orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_paid_order_count_0240(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'PAID'
$$;

COMMENT ON FUNCTION customer_paid_order_count_0240(bigint) IS 'Count of PAID orders of one customer.';

-- The rows of customer_orders_0371 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0241(p_customer_id bigint)
RETURNS SETOF customer_orders_0371
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0371 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0738.
CREATE FUNCTION top_products_0242(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0738 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0997: gold, silver or standard.
CREATE FUNCTION customer_tier_0243(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0997 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 290000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 72500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0469; raises for an unknown order.
CREATE FUNCTION order_weight_0244(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0244: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0469 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 5
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0245(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0245: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0246(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_week_0772 from a given start, with a running total.
CREATE FUNCTION revenue_report_0247(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0247: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0772 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0248(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0248(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_detail_0320 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0249(p_customer_id bigint)
RETURNS SETOF orders_detail_0320
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0320 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0838.
CREATE FUNCTION top_products_0250(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0838 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0967: gold, silver or standard.
CREATE FUNCTION customer_tier_0251(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0967 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 455000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 113750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0385; raises for an unknown order.
CREATE FUNCTION order_weight_0252(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0252: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0385 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 3
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0253(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0253: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as SEK.
CREATE FUNCTION format_cents_0254(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' SEK'
           END
$$;

-- Revenue rows of revenue_by_day_0652 from a given start, with a running total.
CREATE FUNCTION revenue_report_0255(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0255: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0652 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0256(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0256(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_detail_0592 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0257(p_customer_id bigint)
RETURNS SETOF orders_detail_0592
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0592 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0883.
CREATE FUNCTION top_products_0258(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0883 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0952: gold, silver or standard.
CREATE FUNCTION customer_tier_0259(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0952 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 245000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 61250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0593; raises for an unknown order.
CREATE FUNCTION order_weight_0260(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0260: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0593 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 6
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0261(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 200 THEN
        RAISE EXCEPTION 'annotate_order_0261: the note is longer than 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as EUR.
CREATE FUNCTION format_cents_0262(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' EUR'
           END
$$;

-- Revenue rows of revenue_rollup_0921 from a given start, with a running total.
CREATE FUNCTION revenue_report_0263(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0263: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_rollup_0921 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0264(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0264(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of customer_orders_0519 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0265(p_customer_id bigint)
RETURNS SETOF customer_orders_0519
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0519 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0850.
CREATE FUNCTION top_products_0266(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0850 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0897: gold, silver or standard.
CREATE FUNCTION customer_tier_0267(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0897 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 105000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 26250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0389; raises for an unknown order.
CREATE FUNCTION order_weight_0268(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0268: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0389 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 5
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0269(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0269: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0270(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_day_0760 from a given start, with a running total.
CREATE FUNCTION revenue_report_0271(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0271: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_day_0760 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0272(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0272(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_detail_0336 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0273(p_customer_id bigint)
RETURNS SETOF orders_detail_0336
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_detail_0336 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of product_sales_0842.
CREATE FUNCTION top_products_0274(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM product_sales_0842 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0789: gold, silver or standard.
CREATE FUNCTION customer_tier_0275(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0789 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 315000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 78750 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0321; raises for an unknown order.
CREATE FUNCTION order_weight_0276(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0276: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0321 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 9
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0277(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0277: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as CHF.
CREATE FUNCTION format_cents_0278(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' CHF'
           END
$$;

-- Revenue rows of revenue_by_week_0716 from a given start, with a running total.
CREATE FUNCTION revenue_report_0279(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0279: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_week_0716 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of NEW orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_new_order_count_0280(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'NEW'
$$;

COMMENT ON FUNCTION customer_new_order_count_0280(bigint) IS 'Count of NEW orders of one customer.';

-- The rows of orders_with_totals_0915 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0281(p_customer_id bigint)
RETURNS SETOF orders_with_totals_0915
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_0915 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0983.
CREATE FUNCTION top_products_0282(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0983 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0801: gold, silver or standard.
CREATE FUNCTION customer_tier_0283(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0801 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 300000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 75000 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_of_0979; raises for an unknown order.
CREATE FUNCTION order_weight_0284(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0284: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_of_0979 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 7
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0285(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0285: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as GBP.
CREATE FUNCTION format_cents_0286(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' GBP'
           END
$$;

-- Revenue rows of revenue_by_month_0744 from a given start, with a running total.
CREATE FUNCTION revenue_report_0287(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0287: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_month_0744 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of CANCELLED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_cancelled_order_count_0288(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'CANCELLED'
$$;

COMMENT ON FUNCTION customer_cancelled_order_count_0288(bigint) IS 'Count of CANCELLED orders of one customer.';

-- The rows of orders_with_totals_0855 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0289(p_customer_id bigint)
RETURNS SETOF orders_with_totals_0855
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM orders_with_totals_0855 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0913.
CREATE FUNCTION top_products_0290(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0913 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from customer_value_0689: gold, silver or standard.
CREATE FUNCTION customer_tier_0291(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM customer_value_0689 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 385000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 96250 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0425; raises for an unknown order.
CREATE FUNCTION order_weight_0292(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0292: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0425 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION annotate_order_0293(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > 500 THEN
        RAISE EXCEPTION 'annotate_order_0293: the note is longer than 500 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

-- Formats an amount in cents as USD.
CREATE FUNCTION format_cents_0294(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' USD'
           END
$$;

-- Revenue rows of revenue_by_quarter_0656 from a given start, with a running total.
CREATE FUNCTION revenue_report_0295(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION 'revenue_report_0295: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM revenue_by_quarter_0656 AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

-- Number of DELIVERED orders of a customer; 0 for an unknown customer.
CREATE FUNCTION customer_delivered_order_count_0296(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = 'DELIVERED'
$$;

COMMENT ON FUNCTION customer_delivered_order_count_0296(bigint) IS 'Count of DELIVERED orders of one customer.';

-- The rows of customer_orders_0495 that belong to one customer, newest first.
CREATE FUNCTION orders_of_customer_0297(p_customer_id bigint)
RETURNS SETOF customer_orders_0495
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM customer_orders_0495 AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

-- The best-selling products of bestsellers_0918.
CREATE FUNCTION top_products_0298(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM bestsellers_0918 AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

-- Loyalty tier of a customer from top_customers_0892: gold, silver or standard.
CREATE FUNCTION customer_tier_0299(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM top_customers_0892 AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= 170000 THEN
        RETURN 'gold';
    ELSIF v_lifetime >= 42500 THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

-- Shipping weight units of an order from order_lines_detail_0541; raises for an unknown order.
CREATE FUNCTION order_weight_0300(p_order_id bigint)
RETURNS integer
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
AS $$
DECLARE
    v_line   record;
    v_weight integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.id = p_order_id) THEN
        RAISE EXCEPTION 'order_weight_0300: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM order_lines_detail_0541 AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * 2
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;


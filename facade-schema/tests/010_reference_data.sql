-- Reference data and the shape of the read views.
-- Each check raises an exception that says what is wrong.

DO $$
DECLARE
    v_codes  text[];
    v_finals text[];
BEGIN
    SELECT array_agg(s.code::text ORDER BY s.code) INTO v_codes
    FROM order_statuses AS s;
    -- The codes this release uses must be there; new codes may be added (expand) without breaking it.
    IF v_codes IS NULL OR NOT v_codes @> ARRAY['CANCELLED', 'DELIVERED', 'NEW', 'PAID', 'SHIPPED'] THEN
        RAISE EXCEPTION 'order_statuses: expected codes CANCELLED, DELIVERED, NEW, PAID, SHIPPED but found %', v_codes;
    END IF;

    SELECT array_agg(s.code::text ORDER BY s.code) INTO v_finals
    FROM order_statuses AS s
    WHERE s.is_final;
    IF v_finals IS NULL OR NOT v_finals @> ARRAY['CANCELLED', 'DELIVERED'] THEN
        RAISE EXCEPTION 'order_statuses: expected final statuses CANCELLED, DELIVERED but found %', v_finals;
    END IF;

    IF EXISTS (SELECT 1 FROM order_statuses AS s WHERE s.description IS NULL OR s.description = '') THEN
        RAISE EXCEPTION 'order_statuses: every status needs a description';
    END IF;
END;
$$;

-- The columns the application relies on, in order.
DO $$
DECLARE
    v_check record;
    v_actual text[];
BEGIN
    FOR v_check IN
        SELECT *
        FROM (VALUES
            ('order_statuses',  ARRAY['code', 'description', 'is_final']),
            ('customers',       ARRAY['id', 'email', 'full_name', 'created_at']),
            ('products',        ARRAY['id', 'sku', 'name', 'price_cents']),
            ('orders',          ARRAY['id', 'customer_id', 'customer_email', 'status',
                                      'status_description', 'is_final', 'placed_at', 'note']),
            ('order_lines',     ARRAY['order_id', 'line_no', 'product_id', 'sku', 'product_name',
                                      'quantity', 'unit_price_cents', 'line_total_cents']),
            ('order_summaries', ARRAY['order_id', 'customer_email', 'status', 'line_count',
                                      'total_cents', 'placed_at'])
        ) AS t(view_name, columns)
    LOOP
        IF to_regclass(v_check.view_name) IS NULL THEN
            RAISE EXCEPTION 'view % is missing', v_check.view_name;
        END IF;
        SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO v_actual
        FROM pg_attribute AS a
        WHERE a.attrelid = to_regclass(v_check.view_name)
          AND a.attnum > 0
          AND NOT a.attisdropped;
        IF v_actual IS DISTINCT FROM v_check.columns THEN
            RAISE EXCEPTION 'view %: expected columns % but found %',
                v_check.view_name, v_check.columns, v_actual;
        END IF;
    END LOOP;
END;
$$;

-- customers is writable; register_customer is idempotent on the e-mail.
DO $$
DECLARE
    v_id        bigint;
    v_again     bigint;
    v_full_name text;
BEGIN
    INSERT INTO customers (email, full_name)
    VALUES ('view-insert@test.invalid', 'View Insert')
    RETURNING id INTO v_id;
    IF NOT EXISTS (SELECT 1 FROM core.customer AS c WHERE c.id = v_id AND c.email = 'view-insert@test.invalid') THEN
        RAISE EXCEPTION 'customers: a row inserted through the view did not reach core.customer';
    END IF;

    v_id := register_customer('register@test.invalid', 'First Name');
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'register_customer returned NULL for a new customer';
    END IF;
    v_again := register_customer('register@test.invalid', 'Other Name');
    IF v_again IS DISTINCT FROM v_id THEN
        RAISE EXCEPTION 'register_customer is not idempotent: first id %, second id %', v_id, v_again;
    END IF;
    SELECT c.full_name INTO v_full_name FROM customers AS c WHERE c.id = v_id;
    IF v_full_name IS DISTINCT FROM 'First Name' THEN
        RAISE EXCEPTION 'register_customer changed an existing customer: full_name is now %', v_full_name;
    END IF;
    IF (SELECT count(*) FROM customers AS c WHERE c.email = 'register@test.invalid') <> 1 THEN
        RAISE EXCEPTION 'register_customer created more than one customer for the same e-mail';
    END IF;

    BEGIN
        PERFORM register_customer('   ', 'Nobody');
        RAISE EXCEPTION 'register_customer accepted an empty e-mail address';
    EXCEPTION
        WHEN invalid_parameter_value THEN
            NULL;  -- expected
    END;
END;
$$;

-- products shows active products only.
DO $$
BEGIN
    INSERT INTO core.product (sku, name, price_cents, active)
    VALUES ('TEST-REF-ACTIVE', 'Active test product', 100, true),
           ('TEST-REF-INACTIVE', 'Inactive test product', 100, false);

    IF NOT EXISTS (SELECT 1 FROM products AS p WHERE p.sku = 'TEST-REF-ACTIVE') THEN
        RAISE EXCEPTION 'products: an active product is missing from the view';
    END IF;
    IF EXISTS (SELECT 1 FROM products AS p WHERE p.sku = 'TEST-REF-INACTIVE') THEN
        RAISE EXCEPTION 'products: an inactive product is visible';
    END IF;
END;
$$;

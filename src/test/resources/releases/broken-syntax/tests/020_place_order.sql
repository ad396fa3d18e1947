-- place_order, order_total_cents and the order views.
-- Each check raises an exception that says what is wrong.

-- A valid order: lines, prices and totals.
DO $$
DECLARE
    v_customer bigint;
    v_order    bigint;
    v_summary  record;
    v_lines    integer;
BEGIN
    v_customer := register_customer('place-order@test.invalid', 'Place Order');
    INSERT INTO core.product (sku, name, price_cents)
    VALUES ('TEST-PO-A', 'Test product A', 150),
           ('TEST-PO-B', 'Test product B', 275);

    CALL place_order(v_customer, ARRAY['TEST-PO-A', 'TEST-PO-B'], ARRAY[2, 3], v_order);
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'place_order did not return an order id';
    END IF;

    -- A later price change must not affect the placed order.
    UPDATE core.product SET price_cents = 999 WHERE sku = 'TEST-PO-A';

    IF NOT EXISTS (SELECT 1 FROM orders AS o
                   WHERE o.id = v_order AND o.customer_id = v_customer
                     AND o.customer_email = 'place-order@test.invalid'
                     AND o.status = 'NEW' AND NOT o.is_final) THEN
        RAISE EXCEPTION 'orders: order % is missing or does not show customer place-order@test.invalid with status NEW', v_order;
    END IF;

    SELECT count(*) INTO v_lines
    FROM order_lines AS l
    WHERE l.order_id = v_order
      AND ((l.line_no = 1 AND l.sku = 'TEST-PO-A' AND l.quantity = 2
            AND l.unit_price_cents = 150 AND l.line_total_cents = 300)
        OR (l.line_no = 2 AND l.sku = 'TEST-PO-B' AND l.quantity = 3
            AND l.unit_price_cents = 275 AND l.line_total_cents = 825));
    IF v_lines <> 2 THEN
        RAISE EXCEPTION 'order_lines: expected lines 1 (TEST-PO-A, 2 x 150) and 2 (TEST-PO-B, 3 x 275) for order %, found %',
            v_order, (SELECT array_agg(l ORDER BY l.line_no) FROM order_lines AS l WHERE l.order_id = v_order);
    END IF;

    SELECT * INTO v_summary FROM order_summaries AS s WHERE s.order_id = v_order;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order_summaries: no row for order %', v_order;
    END IF;
    IF v_summary.line_count <> 2 THEN
        RAISE EXCEPTION 'order_summaries: line_count is %, expected 2', v_summary.line_count;
    END IF;
    IF v_summary.total_cents IS DISTINCT FROM 1125::bigint THEN
        RAISE EXCEPTION 'order_summaries: total_cents is %, expected 1125 (2 x 150 + 3 x 275)', v_summary.total_cents;
    END IF;
    IF v_summary.customer_email <> 'place-order@test.invalid' OR v_summary.status <> 'NEW' THEN
        RAISE EXCEPTION 'order_summaries: expected customer place-order@test.invalid and status NEW, found % and %',
            v_summary.customer_email, v_summary.status;
    END IF;

    IF order_total_cents(v_order) IS DISTINCT FROM 1125::bigint THEN
        RAISE EXCEPTION 'order_total_cents(%) is %, expected 1125', v_order, order_total_cents(v_order);
    END IF;
END;
$$;

-- Orders without lines, and unknown orders.
DO $$
DECLARE
    v_customer bigint;
    v_order    bigint;
    v_summary  record;
BEGIN
    v_customer := register_customer('empty-order@test.invalid', 'Empty Order');
    INSERT INTO core.customer_order (customer_id) VALUES (v_customer) RETURNING id INTO v_order;

    SELECT * INTO v_summary FROM order_summaries AS s WHERE s.order_id = v_order;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order_summaries: an order without lines is missing';
    END IF;
    IF v_summary.line_count <> 0 OR v_summary.total_cents IS DISTINCT FROM 0::bigint THEN
        RAISE EXCEPTION 'order_summaries: an order without lines shows line_count % and total_cents %, expected 0 and 0',
            v_summary.line_count, v_summary.total_cents;
    END IF;

    IF order_total_cents(v_order) IS DISTINCT FROM 0::bigint THEN
        RAISE EXCEPTION 'order_total_cents: an order without lines gives %, expected 0', order_total_cents(v_order);
    END IF;
    IF order_total_cents(-1) IS NOT NULL THEN
        RAISE EXCEPTION 'order_total_cents: an unknown order gives %, expected NULL', order_total_cents(-1);
    END IF;
END;
$$;

-- Invalid input is rejected with the documented SQLSTATE and writes nothing.
DO $$
DECLARE
    v_customer bigint;
    v_order    bigint;
    v_case     record;
    v_state    text;
    v_message  text;
BEGIN
    v_customer := register_customer('bad-order@test.invalid', 'Bad Order');
    INSERT INTO core.product (sku, name, price_cents, active)
    VALUES ('TEST-BAD-OK', 'Orderable test product', 100, true),
           ('TEST-BAD-OFF', 'Inactive test product', 100, false);

    FOR v_case IN
        SELECT *
        FROM (VALUES
            ('unknown SKU',          v_customer, ARRAY['TEST-BAD-OK', 'TEST-NO-SUCH-SKU'], ARRAY[1, 1],    'P0002', 'unknown SKU'),
            ('arrays of different lengths', v_customer, ARRAY['TEST-BAD-OK'],             ARRAY[1, 2],    '22023', 'same length'),
            ('zero quantity',        v_customer, ARRAY['TEST-BAD-OK'],                     ARRAY[0],       '22023', 'must be positive'),
            ('negative quantity',    v_customer, ARRAY['TEST-BAD-OK'],                     ARRAY[-2],      '22023', 'must be positive'),
            ('NULL quantity',        v_customer, ARRAY['TEST-BAD-OK'],                     ARRAY[NULL::int], '22004', 'quantity must not be NULL'),
            ('no lines',             v_customer, ARRAY[]::text[],                          ARRAY[]::int[], '22023', 'at least one line'),
            ('inactive product',     v_customer, ARRAY['TEST-BAD-OFF'],                    ARRAY[1],       '22023', 'not active'),
            ('unknown customer',     -1::bigint, ARRAY['TEST-BAD-OK'],                     ARRAY[1],       'P0002', 'does not exist')
        ) AS t(label, customer_id, skus, quantities, expected_state, expected_text)
    LOOP
        v_state := NULL;
        BEGIN
            v_order := NULL;
            CALL place_order(v_case.customer_id, v_case.skus, v_case.quantities, v_order);
        EXCEPTION
            WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT;
        END;
        IF v_state IS NULL THEN
            RAISE EXCEPTION 'place_order accepted invalid input (%): created order %', v_case.label, v_order;
        END IF;
        IF v_state <> v_case.expected_state OR strpos(v_message, v_case.expected_text) = 0 THEN
            RAISE EXCEPTION 'place_order with % failed with SQLSTATE % "%", expected SQLSTATE % and a message containing "%"',
                v_case.label, v_state, v_message, v_case.expected_state, v_case.expected_text;
        END IF;
    END LOOP;

    IF EXISTS (SELECT 1 FROM core.customer_order AS o WHERE o.customer_id = v_customer) THEN
        RAISE EXCEPTION 'place_order wrote orders although the input was invalid';
    END IF;
END;
$$;

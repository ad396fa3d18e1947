-- New in 1.1.0: customer_order_counts and orders_of_customer.
-- Each check raises an exception that says what is wrong.

DO $$
DECLARE
    v_busy    bigint;
    v_idle    bigint;
    v_first   bigint;
    v_second  bigint;
    v_count   bigint;
    v_ids     bigint[];
BEGIN
    v_busy := register_customer('busy-customer@test.invalid', 'Busy Customer');
    v_idle := register_customer('idle-customer@test.invalid', 'Idle Customer');
    INSERT INTO core.product (sku, name, price_cents)
    VALUES ('TEST-COC-A', 'Test product for order counts', 500);

    CALL place_order(v_busy, ARRAY['TEST-COC-A'], ARRAY[1], v_first);
    CALL place_order(v_busy, ARRAY['TEST-COC-A'], ARRAY[4], v_second);

    SELECT c.order_count INTO v_count
    FROM customer_order_counts AS c
    WHERE c.customer_id = v_busy AND c.email = 'busy-customer@test.invalid';
    IF v_count IS DISTINCT FROM 2::bigint THEN
        RAISE EXCEPTION 'customer_order_counts: customer with 2 orders shows order_count %', v_count;
    END IF;

    SELECT c.order_count INTO v_count
    FROM customer_order_counts AS c
    WHERE c.customer_id = v_idle;
    IF v_count IS DISTINCT FROM 0::bigint THEN
        RAISE EXCEPTION 'customer_order_counts: customer without orders shows order_count % (expected 0; NULL means the row is missing)', v_count;
    END IF;

    SELECT array_agg(o.id) INTO v_ids FROM orders_of_customer(v_busy) AS o;
    IF v_ids IS DISTINCT FROM ARRAY[v_first, v_second] THEN
        RAISE EXCEPTION 'orders_of_customer(%): expected orders % in this order, found %',
            v_busy, ARRAY[v_first, v_second], v_ids;
    END IF;
    IF EXISTS (SELECT 1 FROM orders_of_customer(v_busy) AS o
               WHERE o.customer_email <> 'busy-customer@test.invalid' OR o.status <> 'NEW') THEN
        RAISE EXCEPTION 'orders_of_customer(%): rows do not match the orders view (e-mail or status wrong)', v_busy;
    END IF;
    IF EXISTS (SELECT 1 FROM orders_of_customer(v_idle)) THEN
        RAISE EXCEPTION 'orders_of_customer: returns orders for a customer without orders';
    END IF;
END;
$$;

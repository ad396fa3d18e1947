-- Procedures.

-- Places an order for a customer: one line per SKU, in array order, with the
-- product's current price. The new order id is returned in p_order_id (any
-- value passed in is ignored). Nothing is written when the input is invalid.
--
-- Errors (SQLSTATE):
--   22004 null_value_not_allowed   customer id, SKU or quantity is NULL
--   22023 invalid_parameter_value  no lines, arrays of different lengths,
--                                  multi-dimensional arrays, quantity <= 0,
--                                  inactive product
--   P0002 no_data_found            unknown customer or unknown SKU
CREATE PROCEDURE place_order(
    p_customer_id bigint,
    p_skus        text[],
    p_quantities  int[],
    INOUT p_order_id bigint DEFAULT NULL)
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
DECLARE
    v_bad record;
BEGIN
    p_order_id := NULL;

    IF p_customer_id IS NULL THEN
        RAISE EXCEPTION 'place_order: the customer id must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM core.customer AS c WHERE c.id = p_customer_id) THEN
        RAISE EXCEPTION 'place_order: customer % does not exist', p_customer_id
            USING ERRCODE = 'no_data_found';
    END IF;

    IF coalesce(cardinality(p_skus), 0) = 0 THEN
        RAISE EXCEPTION 'place_order: an order needs at least one line (no SKUs given)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF array_ndims(p_skus) > 1 OR array_ndims(p_quantities) > 1 THEN
        RAISE EXCEPTION 'place_order: SKUs and quantities must be one-dimensional arrays'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(p_skus) IS DISTINCT FROM cardinality(p_quantities) THEN
        RAISE EXCEPTION 'place_order: % SKUs but % quantities; both arrays must have the same length',
                cardinality(p_skus), coalesce(cardinality(p_quantities), 0)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Check every line, reporting the first bad one (lines numbered from 1).
    FOR v_bad IN
        SELECT i.line_no, i.sku, i.quantity, p.id AS product_id, p.active
        FROM unnest(p_skus, p_quantities) WITH ORDINALITY AS i(sku, quantity, line_no)
        LEFT JOIN core.product AS p ON p.sku = i.sku
        ORDER BY i.line_no
    LOOP
        IF v_bad.sku IS NULL THEN
            RAISE EXCEPTION 'place_order: line %: the SKU must not be NULL', v_bad.line_no
                USING ERRCODE = 'null_value_not_allowed';
        ELSIF v_bad.quantity IS NULL THEN
            RAISE EXCEPTION 'place_order: line % (SKU %): the quantity must not be NULL',
                    v_bad.line_no, v_bad.sku
                USING ERRCODE = 'null_value_not_allowed';
        ELSIF v_bad.quantity <= 0 THEN
            RAISE EXCEPTION 'place_order: line % (SKU %): quantity must be positive, got %',
                    v_bad.line_no, v_bad.sku, v_bad.quantity
                USING ERRCODE = 'invalid_parameter_value';
        ELSIF v_bad.product_id IS NULL THEN
            RAISE EXCEPTION 'place_order: line %: unknown SKU "%"', v_bad.line_no, v_bad.sku
                USING ERRCODE = 'no_data_found';
        ELSIF NOT v_bad.active THEN
            RAISE EXCEPTION 'place_order: line %: product "%" is not active and cannot be ordered',
                    v_bad.line_no, v_bad.sku
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;

    INSERT INTO core.customer_order (customer_id)
    VALUES (p_customer_id)
    RETURNING id INTO p_order_id;

    INSERT INTO core.order_line (order_id, line_no, product_id, quantity, unit_price_cents)
    SELECT p_order_id, i.line_no, p.id, i.quantity, p.price_cents
    FROM unnest(p_skus, p_quantities) WITH ORDINALITY AS i(sku, quantity, line_no)
    JOIN core.product AS p ON p.sku = i.sku
    ORDER BY i.line_no;
END;
$$;

COMMENT ON PROCEDURE place_order(bigint, text[], int[], bigint) IS
    'Places an order with the current product prices; returns the new order id.';

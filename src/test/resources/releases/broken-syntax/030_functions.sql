-- Functions. They read and write core tables directly, so they run as their
-- owner (SECURITY DEFINER); the deployer fixes their schema lookup afterwards.

-- Total of an order in cents: 0 for an order without lines, NULL for an
-- unknown order.
CREATE FUNCTION order_total_cents(p_order_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT (SELECT coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)
            FROM core.order_line AS l
            WHERE l.order_id = o.id)::bigint
    FROM core.customer_order AS o
    WHERE o.id = p_order_id
$$;

COMMENT ON FUNCTION order_total_cents(bigint) IS
    'Order total in cents; 0 without lines, NULL for an unknown order.';

-- Registers a customer and returns the id. Idempotent on the e-mail address:
-- registering an existing e-mail returns the existing id and changes nothing.
CREATE FUNCTION register_customer(p_email text, p_full_name text)
RETURNS bigint
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_email     text := btrim(p_email);
    v_full_name text := btrim(p_full_name);
    v_id        bigint;
BEGIN
    IF v_email IS NULL OR v_email = '' THEN
        RAISE EXCEPTION 'register_customer: the e-mail address must not be empty'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_full_name IS NULL OR v_full_name = '' THEN
        RAISE EXCEPTION 'register_customer: the full name must not be empty (e-mail %)', v_email
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    INSERT INTO core.customer (email, full_name)
    VALUES (v_email, v_full_name)
    ON CONFLICT (email) DO NOTHING
    RETURNING id INTO v_id;

    IF v_id IS NULL THEN
        SELECT c.id INTO v_id
        FROM core.customer AS c
        WHERE c.email = v_email;
    END IF;

    RETURN v_id;
END;
$$;

COMMENT ON FUNCTION register_customer(text, text) IS
    'Returns the id of the customer with this e-mail, creating the customer if needed.';

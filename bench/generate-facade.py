#!/usr/bin/env python3
"""Writes a deterministic, generated facade for the deploy benchmark.

Usage: generate-facade.py OUT_DIR [VIEWS] [FUNCTIONS]

The facade follows the rules in facade-schema/README.md: objects are created
unqualified, core tables are named core.<table>, no schema name, no
transaction control, no SET, every statement ends with ';', function bodies
are dollar-quoted. Views are spread over four files (plain filters, joins,
aggregates, views built on earlier generated views); functions go to
030_functions.sql. The same arguments always give the same bytes.
"""

import os
import random
import sys

STATUSES = ["NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"]
OPEN_STATUSES = ["NEW", "PAID", "SHIPPED"]
PERIODS = ["day", "week", "month", "quarter", "year"]

# Column lists of the view shapes, so later views and functions can build on
# earlier ones.
SHAPES = {
    "customer": ["id", "email", "full_name", "created_at"],
    "product": ["id", "sku", "name", "price_cents"],
    "order_raw": ["id", "customer_id", "status", "placed_at", "note"],
    "line_raw": ["order_id", "line_no", "product_id", "quantity", "unit_price_cents"],
    "order": ["id", "customer_id", "customer_email", "status", "status_description", "is_final",
              "placed_at", "note"],
    "line": ["order_id", "line_no", "product_id", "sku", "product_name", "quantity",
             "unit_price_cents", "line_total_cents"],
    "order_total": ["order_id", "customer_id", "status", "placed_at", "line_count", "total_cents"],
    "period_revenue": ["period", "status", "order_count", "revenue_cents"],
    "customer_value": ["customer_id", "email", "order_count", "lifetime_cents", "last_order_at"],
    "product_sales": ["product_id", "sku", "name", "units_sold", "revenue_cents", "sales_rank"],
    "status_count": ["status", "description", "is_final", "order_count"],
}


class Facade:
    def __init__(self, seed=20240601):
        self.rnd = random.Random(seed)
        self.views = []          # (name, shape)
        self.by_shape = {}       # shape -> [names]

    def add(self, name, shape):
        self.views.append((name, shape))
        self.by_shape.setdefault(shape, []).append(name)

    def pick(self, *shapes):
        names = [n for s in shapes for n in self.by_shape.get(s, [])]
        return self.rnd.choice(names)

    def shape_of(self, name):
        for n, s in self.views:
            if n == name:
                return s
        raise KeyError(name)


def view(name, comment, body, describe=None):
    out = [f"-- {comment}", f"CREATE VIEW {name} AS", body.rstrip() + ";"]
    if describe:
        out.append(f"COMMENT ON VIEW {name} IS '{describe}';")
    return "\n".join(out) + "\n\n"


# ---------------------------------------------------------------- plain views

def base_view(f, i):
    r = f.rnd
    kind = i % 6
    if kind == 0:
        dom = f"shop{i % 37:02d}.example"
        name = f"customers_at_{i:04d}"
        f.add(name, "customer")
        return view(name, f"Customers with an address at {dom}.", f"""
SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.email LIKE '%@{dom}'""", f"Customers registered with {dom}.")
    if kind == 1:
        days = r.choice([7, 14, 30, 90, 180, 365])
        name = f"customers_recent_{i:04d}"
        f.add(name, "customer")
        return view(name, f"Customers registered in the last {days} days.", f"""
SELECT c.id,
       c.email,
       c.full_name,
       c.created_at
FROM core.customer AS c
WHERE c.created_at >= now() - interval '{days} days'""")
    if kind == 2:
        lo = r.randrange(0, 50000, 100)
        hi = lo + r.randrange(500, 20000, 100)
        name = f"products_band_{i:04d}"
        f.add(name, "product")
        return view(name, f"Active products priced {lo} to {hi} cents.", f"""
SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.active
  AND p.price_cents BETWEEN {lo} AND {hi}""", f"Orderable products between {lo} and {hi} cents.")
    if kind == 3:
        prefix = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
        name = f"products_sku_{i:04d}"
        f.add(name, "product")
        return view(name, f"Products whose SKU starts with {prefix}.", f"""
SELECT p.id,
       p.sku,
       p.name,
       p.price_cents
FROM core.product AS p
WHERE p.sku LIKE '{prefix}%'
  AND p.active""")
    if kind == 4:
        statuses = sorted(r.sample(STATUSES, r.randint(1, 3)))
        in_list = ", ".join(f"'{s}'" for s in statuses)
        days = r.choice([1, 7, 30, 90, 365])
        name = f"orders_in_state_{i:04d}"
        f.add(name, "order_raw")
        return view(name, f"Orders in {'/'.join(statuses)} placed in the last {days} days.", f"""
SELECT o.id,
       o.customer_id,
       o.status,
       o.placed_at,
       o.note
FROM core.customer_order AS o
WHERE o.status IN ({in_list})
  AND o.placed_at >= now() - interval '{days} days'""")
    q = r.randint(2, 50)
    name = f"order_lines_bulk_{i:04d}"
    f.add(name, "line_raw")
    return view(name, f"Order lines of at least {q} units.", f"""
SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.quantity,
       l.unit_price_cents
FROM core.order_line AS l
WHERE l.quantity >= {q}""")


# ----------------------------------------------------------------- join views

def join_view(f, i):
    r = f.rnd
    kind = i % 4
    if kind == 0:
        status = r.choice(STATUSES)
        name = f"orders_detail_{i:04d}"
        f.add(name, "order")
        return view(name, f"{status} orders with customer and status details.", f"""
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
WHERE o.status = '{status}'""", f"Orders in status {status}, with customer e-mail.")
    if kind == 1:
        src = f.pick("product")
        name = f"order_lines_detail_{i:04d}"
        f.add(name, "line")
        return view(name, f"Order lines of the products in {src}.", f"""
SELECT l.order_id,
       l.line_no,
       l.product_id,
       p.sku,
       p.name AS product_name,
       l.quantity,
       l.unit_price_cents,
       l.quantity::bigint * l.unit_price_cents AS line_total_cents
FROM core.order_line AS l
JOIN {src} AS p ON p.id = l.product_id""")
    if kind == 2:
        final = r.choice(["true", "false"])
        name = f"order_totals_{i:04d}"
        f.add(name, "order_total")
        return view(name, f"Per-order totals of {'closed' if final == 'true' else 'open'} orders.", f"""
SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.line_no) AS line_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents
FROM core.customer_order AS o
JOIN core.order_status AS s ON s.code = o.status
LEFT JOIN core.order_line AS l ON l.order_id = o.id
WHERE s.is_final = {final}
GROUP BY o.id, o.customer_id, o.status, o.placed_at""")
    src = f.pick("customer")
    name = f"customer_orders_{i:04d}"
    f.add(name, "order")
    return view(name, f"Orders of the customers in {src}.", f"""
SELECT o.id,
       o.customer_id,
       c.email AS customer_email,
       o.status,
       s.description AS status_description,
       s.is_final,
       o.placed_at,
       o.note
FROM {src} AS c
JOIN core.customer_order AS o ON o.customer_id = c.id
JOIN core.order_status AS s ON s.code = o.status""")


# ------------------------------------------------------------ aggregate views

def agg_view(f, i):
    r = f.rnd
    kind = i % 4
    if kind == 0:
        period = r.choice(PERIODS)
        name = f"revenue_by_{period}_{i:04d}"
        f.add(name, "period_revenue")
        return view(name, f"Revenue per {period} and status.", f"""
SELECT date_trunc('{period}', o.placed_at) AS period,
       o.status,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS revenue_cents
FROM core.customer_order AS o
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY date_trunc('{period}', o.placed_at), o.status""", f"Revenue in cents per {period} and order status.")
    if kind == 1:
        minimum = r.randrange(0, 100000, 500)
        excluded = r.choice(["CANCELLED", "NEW"])
        name = f"customer_value_{i:04d}"
        f.add(name, "customer_value")
        return view(name, f"Customers worth at least {minimum} cents, {excluded} orders excluded.", f"""
SELECT c.id AS customer_id,
       c.email,
       count(DISTINCT o.id) AS order_count,
       coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS lifetime_cents,
       max(o.placed_at) AS last_order_at
FROM core.customer AS c
JOIN core.customer_order AS o ON o.customer_id = c.id AND o.status <> '{excluded}'
LEFT JOIN core.order_line AS l ON l.order_id = o.id
GROUP BY c.id, c.email
HAVING coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0) >= {minimum}""")
    if kind == 2:
        src = f.pick("line", "line_raw")
        cols = "s.sku, s.product_name" if f.shape_of(src) == "line" else "p.sku, p.name"
        join = "" if f.shape_of(src) == "line" else "\nJOIN core.product AS p ON p.id = s.product_id"
        group = "s.product_id, s.sku, s.product_name" if f.shape_of(src) == "line" else "s.product_id, p.sku, p.name"
        name = f"product_sales_{i:04d}"
        f.add(name, "product_sales")
        return view(name, f"Sales per product, ranked, from {src}.", f"""
SELECT s.product_id,
       {cols.split(', ')[0]} AS sku,
       {cols.split(', ')[1]} AS name,
       sum(s.quantity)::bigint AS units_sold,
       sum(s.quantity::bigint * s.unit_price_cents)::bigint AS revenue_cents,
       rank() OVER (ORDER BY sum(s.quantity::bigint * s.unit_price_cents) DESC) AS sales_rank
FROM {src} AS s{join}
GROUP BY {group}""")
    days = r.choice([1, 7, 30, 365])
    name = f"status_counts_{i:04d}"
    f.add(name, "status_count")
    return view(name, f"Orders per status over the last {days} days, all statuses listed.", f"""
SELECT s.code AS status,
       s.description,
       s.is_final,
       count(o.id) AS order_count
FROM core.order_status AS s
LEFT JOIN core.customer_order AS o
       ON o.status = s.code AND o.placed_at >= now() - interval '{days} days'
GROUP BY s.code, s.description, s.is_final""")


# ----------------------------------------------- views built on generated views

def layered_view(f, i):
    r = f.rnd
    kind = i % 5
    if kind == 0:
        orders = f.pick("order")
        totals = f.pick("order_total")
        name = f"orders_with_totals_{i:04d}"
        f.add(name, "order")
        return view(name, f"Orders of {orders} that have a total in {totals}.", f"""
SELECT o.id,
       o.customer_id,
       o.customer_email,
       o.status,
       o.status_description,
       o.is_final,
       o.placed_at,
       o.note
FROM {orders} AS o
WHERE EXISTS (SELECT 1 FROM {totals} AS t WHERE t.order_id = o.id AND t.total_cents > 0)""")
    if kind == 1:
        src = f.pick("period_revenue")
        name = f"revenue_rollup_{i:04d}"
        f.add(name, "period_revenue")
        return view(name, f"{src} with all statuses but CANCELLED rolled up.", f"""
SELECT r.period,
       'ALL'::varchar(20) AS status,
       sum(r.order_count)::bigint AS order_count,
       sum(r.revenue_cents)::bigint AS revenue_cents
FROM {src} AS r
WHERE r.status <> 'CANCELLED'
GROUP BY r.period""")
    if kind == 2:
        value = f.pick("customer_value")
        cust = f.pick("customer")
        name = f"top_customers_{i:04d}"
        f.add(name, "customer_value")
        limit = r.choice([10, 25, 50, 100])
        return view(name, f"The {limit} most valuable customers of {value} that are also in {cust}.", f"""
SELECT v.customer_id,
       v.email,
       v.order_count,
       v.lifetime_cents,
       v.last_order_at
FROM {value} AS v
JOIN {cust} AS c ON c.id = v.customer_id
ORDER BY v.lifetime_cents DESC, v.customer_id
LIMIT {limit}""")
    if kind == 3:
        sales = f.pick("product_sales")
        prod = f.pick("product")
        top = r.choice([5, 10, 20])
        name = f"bestsellers_{i:04d}"
        f.add(name, "product_sales")
        return view(name, f"Top {top} of {sales} restricted to {prod}.", f"""
SELECT s.product_id,
       s.sku,
       s.name,
       s.units_sold,
       s.revenue_cents,
       s.sales_rank
FROM {sales} AS s
JOIN {prod} AS p ON p.id = s.product_id
WHERE s.sales_rank <= {top}""")
    lines = f.pick("line")
    orders = f.pick("order")
    name = f"order_lines_of_{i:04d}"
    f.add(name, "line")
    return view(name, f"Lines of {lines} whose order is in {orders}.", f"""
SELECT l.order_id,
       l.line_no,
       l.product_id,
       l.sku,
       l.product_name,
       l.quantity,
       l.unit_price_cents,
       l.line_total_cents
FROM {lines} AS l
JOIN {orders} AS o ON o.id = l.order_id
WHERE NOT o.is_final""")


# ------------------------------------------------------------------ functions

def function(f, i):
    r = f.rnd
    kind = i % 8
    if kind == 0:
        status = r.choice(STATUSES)
        name = f"customer_{status.lower()}_order_count_{i:04d}"
        return f"""-- Number of {status} orders of a customer; 0 for an unknown customer.
CREATE FUNCTION {name}(p_customer_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
SECURITY DEFINER
AS $$
    SELECT count(*)
    FROM core.customer_order AS o
    WHERE o.customer_id = p_customer_id
      AND o.status = '{status}'
$$;

COMMENT ON FUNCTION {name}(bigint) IS 'Count of {status} orders of one customer.';

"""
    if kind == 1:
        src = f.pick("order")
        name = f"orders_of_customer_{i:04d}"
        return f"""-- The rows of {src} that belong to one customer, newest first.
CREATE FUNCTION {name}(p_customer_id bigint)
RETURNS SETOF {src}
LANGUAGE sql
STABLE
AS $$
    SELECT o.*
    FROM {src} AS o
    WHERE o.customer_id = p_customer_id
    ORDER BY o.placed_at DESC, o.id DESC
$$;

"""
    if kind == 2:
        src = f.pick("product_sales")
        name = f"top_products_{i:04d}"
        return f"""-- The best-selling products of {src}.
CREATE FUNCTION {name}(p_limit integer DEFAULT 10)
RETURNS TABLE (sku text, name text, revenue_cents bigint)
LANGUAGE sql
STABLE
AS $$
    SELECT s.sku, s.name, s.revenue_cents
    FROM {src} AS s
    ORDER BY s.sales_rank, s.sku
    LIMIT greatest(p_limit, 0)
$$;

"""
    if kind == 3:
        src = f.pick("customer_value")
        gold = r.randrange(50000, 500000, 5000)
        silver = gold // 4
        name = f"customer_tier_{i:04d}"
        return f"""-- Loyalty tier of a customer from {src}: gold, silver or standard.
CREATE FUNCTION {name}(p_customer_id bigint)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_lifetime bigint;
BEGIN
    SELECT v.lifetime_cents INTO v_lifetime
    FROM {src} AS v
    WHERE v.customer_id = p_customer_id;

    IF v_lifetime IS NULL THEN
        RETURN 'standard';
    ELSIF v_lifetime >= {gold} THEN
        RETURN 'gold';
    ELSIF v_lifetime >= {silver} THEN
        RETURN 'silver';
    END IF;
    RETURN 'standard';
END;
$$;

"""
    if kind == 4:
        src = f.pick("line")
        name = f"order_weight_{i:04d}"
        factor = r.randint(2, 9)
        return f"""-- Shipping weight units of an order from {src}; raises for an unknown order.
CREATE FUNCTION {name}(p_order_id bigint)
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
        RAISE EXCEPTION '{name}: order % does not exist', p_order_id
            USING ERRCODE = 'no_data_found';
    END IF;
    FOR v_line IN
        SELECT l.quantity, l.unit_price_cents
        FROM {src} AS l
        WHERE l.order_id = p_order_id
        ORDER BY l.line_no
    LOOP
        v_weight := v_weight + v_line.quantity * {factor}
                    + CASE WHEN v_line.unit_price_cents > 10000 THEN 1 ELSE 0 END;
    END LOOP;
    RETURN v_weight;
END;
$$;

"""
    if kind == 5:
        name = f"annotate_order_{i:04d}"
        maxlen = r.choice([200, 500, 1000])
        return f"""-- Sets the note of an open order; returns false when the order is closed or unknown.
CREATE FUNCTION {name}(p_order_id bigint, p_note text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
DECLARE
    v_note text := nullif(btrim(p_note), '');
BEGIN
    IF v_note IS NOT NULL AND length(v_note) > {maxlen} THEN
        RAISE EXCEPTION '{name}: the note is longer than {maxlen} characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE core.customer_order AS o
       SET note = v_note
     WHERE o.id = p_order_id
       AND o.status IN ('NEW', 'PAID');
    RETURN FOUND;
END;
$$;

"""
    if kind == 6:
        name = f"format_cents_{i:04d}"
        currency = r.choice(["EUR", "USD", "GBP", "CHF", "SEK"])
        return f"""-- Formats an amount in cents as {currency}.
CREATE FUNCTION {name}(p_cents bigint)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE WHEN p_cents IS NULL THEN NULL
                ELSE to_char(p_cents / 100.0, 'FM999999999990.00') || ' {currency}'
           END
$$;

"""
    src = f.pick("period_revenue")
    name = f"revenue_report_{i:04d}"
    return f"""-- Revenue rows of {src} from a given start, with a running total.
CREATE FUNCTION {name}(p_from timestamptz)
RETURNS TABLE (period timestamptz, revenue_cents bigint, running_cents bigint)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_from IS NULL THEN
        RAISE EXCEPTION '{name}: the start must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
        SELECT r.period,
               sum(r.revenue_cents)::bigint,
               (sum(sum(r.revenue_cents)) OVER (ORDER BY r.period))::bigint
        FROM {src} AS r
        WHERE r.period >= p_from
        GROUP BY r.period
        ORDER BY r.period;
END;
$$;

"""


def main():
    usage = "usage: generate-facade.py OUT_DIR [VIEWS] [FUNCTIONS]"
    if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
        print(usage)
        return
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(usage)
    out = sys.argv[1]
    views = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    functions = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    # 30 % plain filters, 30 % joins, 25 % aggregates, 15 % views on generated views.
    n_base = views * 30 // 100
    n_join = views * 30 // 100
    n_agg = views * 25 // 100
    n_layer = views - n_base - n_join - n_agg
    f = Facade()
    os.makedirs(out, exist_ok=True)
    i = 0
    files = [
        ("010_views_base.sql", "Plain views: one core table each, filtered.", n_base, base_view),
        ("015_views_join.sql", "Views joining core tables (and some plain views).", n_join, join_view),
        ("020_views_aggregate.sql", "Aggregates: revenue, customer value, product sales, status counts.",
         n_agg, agg_view),
        ("025_views_layered.sql", "Views built on the generated views above.", n_layer, layered_view),
    ]
    for filename, header, count, make in files:
        parts = [f"-- Generated for the deploy benchmark. {header}\n\n"]
        for _ in range(count):
            i += 1
            parts.append(make(f, i))
        with open(os.path.join(out, filename), "w", encoding="utf-8") as fh:
            fh.write("".join(parts))
    parts = ["-- Generated for the deploy benchmark. Functions: LANGUAGE sql and plpgsql, some over the views.\n\n"]
    for k in range(1, functions + 1):
        parts.append(function(f, k))
    with open(os.path.join(out, "030_functions.sql"), "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


if __name__ == "__main__":
    main()

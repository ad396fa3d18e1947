-- Every object of every schema but the system's, one row each: its name and an md5 of what it is
-- (definition, columns, owner, privileges). Names are schema-qualified and quoted, never OIDs, so
-- two databases with the same schema give the same rows.
--
-- A definition that PostgreSQL stores as a parse tree (a view, a CHECK, an index predicate, a
-- default, a trigger's WHEN) prints differently once pg_dump has written it out and it was parsed
-- again: a varchar IN list, '... = ANY ((ARRAY['A'::character varying])::text[])', comes back as
-- '... = ANY (ARRAY[('A'::character varying)::text])'. Those are hashed with their casts and
-- parentheses left out, so the same definition matches however it was printed.
--
-- Privileges are compared as sets, with a missing ACL read as its default: a GRANT revoked again
-- leaves an explicit ACL that pg_dump writes as none.
WITH schemas AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname <> 'information_schema' AND nspname !~ '^pg_'
), objects (name, body, reprinted) AS (
    SELECT 'schema ' || quote_ident(s.nspname), concat_ws('|', pg_get_userbyid(n.nspowner),
               (SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(coalesce(n.nspacl, acldefault('n', n.nspowner))) a)),
           false
    FROM schemas s JOIN pg_namespace n ON n.oid = s.oid
    UNION ALL
    SELECT 'relation ' || quote_ident(s.nspname) || '.' || quote_ident(c.relname),
           concat_ws('|', c.relkind, pg_get_userbyid(c.relowner),
               (SELECT string_agg(a::text, ',' ORDER BY a::text)
                FROM unnest(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) a),
               c.reloptions::text, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
               (SELECT string_agg(concat_ws(' ', quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
                       CASE WHEN a.attnotnull THEN 'not null' END, a.attidentity, a.attgenerated,
                       pg_get_expr(d.adbin, d.adrelid),
                       CASE WHEN a.attcollation <> 0 THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
                       (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(a.attacl) x)), ', ' ORDER BY a.attnum)
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
               CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
               CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
               (SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno) FROM pg_inherits i
                WHERE i.inhrelid = c.oid),
               (SELECT concat_ws(' ', format_type(q.seqtypid, NULL), q.seqstart, q.seqincrement, q.seqmin, q.seqmax,
                       q.seqcache, q.seqcycle) FROM pg_sequence q WHERE q.seqrelid = c.oid),
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END),
           true
    FROM pg_class c JOIN schemas s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
    UNION ALL
    SELECT 'policy ' || quote_ident(s.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(y.polname),
           concat_ws('|', y.polcmd, y.polpermissive,
               (SELECT string_agg(pg_get_userbyid(r), ',' ORDER BY pg_get_userbyid(r)) FROM unnest(y.polroles) r),
               pg_get_expr(y.polqual, y.polrelid), pg_get_expr(y.polwithcheck, y.polrelid)),
           true
    FROM pg_policy y JOIN pg_class c ON c.oid = y.polrelid JOIN schemas s ON s.oid = c.relnamespace
    UNION ALL
    SELECT 'index ' || quote_ident(s.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(c.oid), true
    FROM pg_class c JOIN schemas s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('i', 'I')
    UNION ALL
    SELECT 'constraint ' || quote_ident(s.nspname) || '.' || quote_ident(coalesce(r.relname, t.typname)) || '.'
               || quote_ident(k.conname),
           pg_get_constraintdef(k.oid), true
    FROM pg_constraint k JOIN schemas s ON s.oid = k.connamespace
    LEFT JOIN pg_class r ON r.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid
    WHERE k.contype <> 'n' -- PostgreSQL 18's NOT NULL constraints: the columns' "not null" says it, in every version
    UNION ALL
    SELECT 'trigger ' || quote_ident(s.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(g.tgname),
           concat_ws('|', pg_get_triggerdef(g.oid), g.tgenabled), true
    FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN schemas s ON s.oid = c.relnamespace
    WHERE NOT g.tgisinternal
    UNION ALL
    SELECT 'routine ' || quote_ident(s.nspname) || '.' || quote_ident(p.proname) || '('
               || pg_get_function_identity_arguments(p.oid) || ')',
           concat_ws('|', pg_get_userbyid(p.proowner),
               (SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(coalesce(p.proacl, acldefault('f', p.proowner))) a),
               CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE p.prokind::text END),
           false
    FROM pg_proc p JOIN schemas s ON s.oid = p.pronamespace
    UNION ALL
    SELECT 'type ' || quote_ident(s.nspname) || '.' || quote_ident(t.typname),
           concat_ws('|', t.typtype, pg_get_userbyid(t.typowner),
               (SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(coalesce(t.typacl, acldefault('T', t.typowner))) a),
               format_type(t.typbasetype, t.typtypmod),
               t.typnotnull, t.typdefault,
               (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e
                WHERE e.enumtypid = t.oid)),
           false
    FROM pg_type t JOIN schemas s ON s.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'r', 'm')
    UNION ALL
    SELECT 'default privileges ' || pg_get_userbyid(d.defaclrole) || ' ' || coalesce(quote_ident(n.nspname), '*') || ' '
               || d.defaclobjtype::text,
           (SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(d.defaclacl) a), false
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    UNION ALL
    SELECT 'extension ' || quote_ident(x.extname), concat_ws('|', x.extversion, n.nspname), false
    FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
)
SELECT name, md5(CASE WHEN reprinted
        THEN regexp_replace(regexp_replace(body,
                '::("[^"]+"|[a-z_][a-z0-9_.]*( [a-z_][a-z0-9_]*)*)(\([0-9, ]*\))?(\[\])*', '', 'g'),
            '[()[:space:]]', '', 'g')
        ELSE body END)
FROM objects

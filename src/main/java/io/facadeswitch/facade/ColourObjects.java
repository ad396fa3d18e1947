package io.facadeswitch.facade;

/** What belongs to a colour, as SQL the catalog checks share. */
final class ColourObjects {

    /**
     * CTEs {@code ns} (its one parameter: an oid[] of schemas), {@code rels} and {@code inside}: every
     * object of those schemas as (class oid, object oid), sub-objects such as rules, triggers and
     * TOAST tables included.
     */
    static final String INSIDE = """
            ns AS (SELECT pg_catalog.unnest(?::pg_catalog.oid[]) AS oid),
            rels AS (
                SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns)
                UNION ALL
                SELECT c.reltoastrelid FROM pg_catalog.pg_class c
                 WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.reltoastrelid <> 0
                UNION ALL
                SELECT i.indexrelid FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.reltoastrelid = i.indrelid
                 WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.reltoastrelid <> 0),
            inside AS (
                SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid AS classid, oid AS objid FROM rels
                UNION ALL SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid FROM pg_catalog.pg_proc p
                 WHERE p.pronamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid FROM pg_catalog.pg_type t
                 WHERE t.typnamespace IN (SELECT oid FROM ns) OR t.typrelid IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid FROM pg_catalog.pg_operator o
                 WHERE o.oprnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid FROM pg_catalog.pg_constraint k
                 WHERE k.connamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_collation x
                 WHERE x.collnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_conversion x
                 WHERE x.connamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_opclass x
                 WHERE x.opcnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_opfamily x
                 WHERE x.opfnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_amop'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_amop x
                 WHERE x.amopfamily IN (SELECT f.oid FROM pg_catalog.pg_opfamily f
                                         WHERE f.opfnamespace IN (SELECT oid FROM ns))
                UNION ALL SELECT 'pg_catalog.pg_amproc'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_amproc x
                 WHERE x.amprocfamily IN (SELECT f.oid FROM pg_catalog.pg_opfamily f
                                           WHERE f.opfnamespace IN (SELECT oid FROM ns))
                UNION ALL SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, x.oid
                  FROM pg_catalog.pg_statistic_ext x WHERE x.stxnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_ts_config x
                 WHERE x.cfgnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_ts_dict x
                 WHERE x.dictnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_ts_parser x
                 WHERE x.prsnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, x.oid
                  FROM pg_catalog.pg_ts_template x WHERE x.tmplnamespace IN (SELECT oid FROM ns)
                UNION ALL SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid FROM pg_catalog.pg_rewrite r
                 WHERE r.ev_class IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_trigger x
                 WHERE x.tgrelid IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_attrdef x
                 WHERE x.adrelid IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, x.oid FROM pg_catalog.pg_policy x
                 WHERE x.polrelid IN (SELECT oid FROM rels))""";

    private ColourObjects() {
    }
}

package io.facadeswitch.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a release must leave alone, read as text so that two readings compare with
 * {@code equals}: one colour's objects (definitions, rules, triggers, comments, privileges), the
 * rows, triggers, policies and row security of every core table, default privileges, role
 * settings, large objects, event triggers, extensions and what lives in {@code public}.
 */
public record OutsideState(List<String> lines) {

    public static OutsideState of(TestDatabase db, String liveSchema) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.addAll(db.column("""
                SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' acl=' || coalesce(c.relacl::text, '-')
                       || ' def=' || coalesce(pg_get_viewdef(c.oid), '')
                  FROM pg_class c WHERE c.relnamespace = '%1$s'::regnamespace
                UNION ALL
                SELECT 'routine ' || p.oid::regprocedure || ' acl=' || coalesce(p.proacl::text, '-') || ' '
                       || pg_get_functiondef(p.oid)
                  FROM pg_proc p WHERE p.pronamespace = '%1$s'::regnamespace AND p.prokind <> 'a'
                UNION ALL
                SELECT 'rule ' || r.rulename || ' on ' || r.ev_class::regclass || ' ' || pg_get_ruledef(r.oid)
                  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
                 WHERE c.relnamespace = '%1$s'::regnamespace
                UNION ALL
                SELECT 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass
                  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 WHERE c.relnamespace = '%1$s'::regnamespace
                UNION ALL
                SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ' ' || d.description
                  FROM pg_description d
                 WHERE (d.classoid = 'pg_class'::regclass
                        AND d.objoid IN (SELECT oid FROM pg_class WHERE relnamespace = '%1$s'::regnamespace))
                    OR (d.classoid = 'pg_proc'::regclass
                        AND d.objoid IN (SELECT oid FROM pg_proc WHERE pronamespace = '%1$s'::regnamespace))
                ORDER BY 1""".formatted(liveSchema)));
        for (String table : db.column("SELECT c.oid::regclass::text FROM pg_class c"
                + " WHERE c.relnamespace = 'core'::regnamespace AND c.relkind = 'r' ORDER BY 1")) {
            lines.add("rows " + table + " " + db.value("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, ','"
                    + " ORDER BY t::text)), '') FROM " + table + " t"));
        }
        lines.addAll(db.column("SELECT 'default acl ' || defaclrole::regrole || ' ' || defaclnamespace::text || ' '"
                + " || defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl ORDER BY 1"));
        lines.addAll(db.column("SELECT 'role setting ' || setrole::text || ' ' || setdatabase::text || ' ' || setconfig::text"
                + " FROM pg_db_role_setting ORDER BY 1"));
        lines.addAll(db.column("SELECT 'large object ' || oid FROM pg_largeobject_metadata ORDER BY 1"));
        lines.addAll(db.column("SELECT 'core trigger ' || t.tgname || ' on ' || t.tgrelid::regclass FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'core'::regnamespace ORDER BY 1"));
        lines.addAll(db.column("SELECT 'policy ' || p.polname || ' on ' || p.polrelid::regclass FROM pg_policy p"
                + " JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace IN ('core'::regnamespace, '"
                + liveSchema + "'::regnamespace) ORDER BY 1"));
        lines.addAll(db.column("SELECT 'row security ' || oid::regclass || ' ' || relrowsecurity FROM pg_class"
                + " WHERE relnamespace = 'core'::regnamespace AND relkind = 'r' ORDER BY 1"));
        lines.addAll(db.column("SELECT 'event trigger ' || evtname FROM pg_event_trigger ORDER BY 1"));
        lines.addAll(db.column("SELECT 'extension ' || extname FROM pg_extension ORDER BY 1"));
        lines.addAll(db.column("SELECT 'public ' || relname FROM pg_class"
                + " WHERE relnamespace = 'public'::regnamespace ORDER BY 1"));
        return new OutsideState(List.copyOf(lines));
    }
}

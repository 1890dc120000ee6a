CREATE SCHEMA IF NOT EXISTS audit;

-- Jejak audit: siapa, kapan, apa, sebelum -> sesudah. Tidak pernah diubah atau dihapus.
CREATE TABLE audit.jejak_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    waktu       timestamptz  NOT NULL,
    pengguna    varchar(64)  NOT NULL,
    entitas     varchar(40)  NOT NULL,
    entitas_id  varchar(64)  NOT NULL,
    aksi        varchar(20)  NOT NULL,
    opd_id      bigint,
    ringkasan   varchar(500),
    sebelum     jsonb,
    sesudah     jsonb
);
CREATE INDEX jejak_audit_waktu_idx ON audit.jejak_audit (waktu DESC);
CREATE INDEX jejak_audit_entitas_idx ON audit.jejak_audit (entitas, entitas_id);
CREATE INDEX jejak_audit_pengguna_idx ON audit.jejak_audit (pengguna);

CREATE FUNCTION audit.tolak_perubahan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'jejak audit tidak boleh diubah atau dihapus';
END $$;
CREATE TRIGGER jejak_audit_tetap BEFORE UPDATE OR DELETE ON audit.jejak_audit
    FOR EACH ROW EXECUTE FUNCTION audit.tolak_perubahan();

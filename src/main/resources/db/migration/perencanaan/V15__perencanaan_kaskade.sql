-- Kaskade promosi internal (issue 5 butir 3): setiap jalannya disimpan utuh dan tidak pernah dihapus. Formasi hasil
-- kaskade juga disimpan relasional agar usulan formasi dapat membacanya per jabatan, unit dan syarat pendidikan.
CREATE SCHEMA IF NOT EXISTS perencanaan;

CREATE TABLE perencanaan.kaskade (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Sumber data: DATA_SAAT_INI (jabatan pegawai sekarang) atau SKENARIO (usulan skenario penempatan yang disetujui).
    sumber          varchar(20)  NOT NULL,
    skenario_id     bigint,
    -- Tahun rencana: pegawai yang TMT pensiunnya jatuh sampai akhir tahun ini tidak ikut (kursinya menjadi lowongan).
    tahun_rencana   smallint,
    -- Tanggal acuan (masa jabatan, hukuman disiplin) dan aturan yang dipakai.
    tanggal_acuan   date         NOT NULL,
    aturan          jsonb        NOT NULL,
    jumlah_pegawai  integer      NOT NULL,
    jumlah_jabatan  integer      NOT NULL,
    jumlah_pensiun  integer      NOT NULL DEFAULT 0,
    ringkasan       jsonb        NOT NULL,
    statistik       jsonb        NOT NULL,
    hasil           jsonb        NOT NULL,
    dijalankan_oleh varchar(100) NOT NULL,
    dijalankan_pada timestamptz  NOT NULL,
    CONSTRAINT kaskade_sumber_valid CHECK (sumber IN ('DATA_SAAT_INI', 'SKENARIO')),
    CONSTRAINT kaskade_skenario_sesuai CHECK ((sumber = 'SKENARIO') = (skenario_id IS NOT NULL))
);
CREATE INDEX kaskade_dijalankan_idx ON perencanaan.kaskade (dijalankan_pada DESC);

CREATE TABLE perencanaan.kaskade_formasi (
    kaskade_id  bigint       NOT NULL REFERENCES perencanaan.kaskade (id),
    jabatan_id  bigint       NOT NULL,
    unit_id     bigint       NOT NULL,
    opd_id      bigint       NOT NULL,
    tingkat     varchar(40)  NOT NULL,
    pendidikan  text,
    jumlah      integer      NOT NULL CHECK (jumlah > 0),
    PRIMARY KEY (kaskade_id, jabatan_id)
);

-- Jalannya kaskade tidak pernah diubah atau dihapus. Satu-satunya pengecualian: hasil dan statistik ditulis sekali,
-- dalam transaksi yang sama dengan INSERT, setelah waktu penyimpanan diukur (hasil masih '{}').
CREATE FUNCTION perencanaan.kaskade_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hasil = '{}'::jsonb AND NEW.hasil <> '{}'::jsonb
       AND (to_jsonb(NEW) - 'hasil' - 'statistik') = (to_jsonb(OLD) - 'hasil' - 'statistik') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Hasil kaskade tidak boleh diubah atau dihapus (id %)', OLD.id;
END $$;
CREATE TRIGGER kaskade_tetap BEFORE UPDATE OR DELETE ON perencanaan.kaskade
    FOR EACH ROW EXECUTE FUNCTION perencanaan.kaskade_tetap();

CREATE FUNCTION perencanaan.kaskade_formasi_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Formasi hasil kaskade tidak boleh diubah atau dihapus (kaskade %)', OLD.kaskade_id;
END $$;
CREATE TRIGGER kaskade_formasi_tetap BEFORE UPDATE OR DELETE ON perencanaan.kaskade_formasi
    FOR EACH ROW EXECUTE FUNCTION perencanaan.kaskade_formasi_tetap();

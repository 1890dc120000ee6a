package id.aparatur.pegawai.application;

import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.pegawai.domain.PegawaiRepository;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.NomorIndukPegawai;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link PegawaiRepository} on {@code pegawai.pegawai}; also the import's set-based upsert ({@link #upsert}). */
@Repository
class JdbcPegawaiRepository implements PegawaiRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPegawaiRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Pegawai> muat(String nip) {
        return jdbc.sql("SELECT * FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query((rs, i) -> new Pegawai(
                        NomorIndukPegawai.tersimpan(
                                rs.getString("nip"), "PPPK".equals(rs.getString("status_kepegawaian"))),
                        rs.getString("nama"),
                        rs.getString("gelar_depan"),
                        rs.getString("gelar_belakang"),
                        rs.getString("jenis_kelamin").charAt(0),
                        rs.getObject("tanggal_lahir", LocalDate.class),
                        bulan(rs.getObject("tmt_cpns", LocalDate.class)),
                        rs.getObject("jabatan_id", Long.class),
                        rs.getObject("unit_id", Long.class),
                        rs.getObject("opd_id", Long.class),
                        rs.getString("atasan_nip"),
                        rs.getBoolean("aktif"),
                        rs.getString("alasan_nonaktif"),
                        rs.getInt("versi")))
                .optional();
    }

    @Override
    public Optional<DataProfil> profil(String nip) {
        return jdbc.sql("SELECT * FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query((rs, i) -> new DataProfil(
                        rs.getString("tempat_lahir"),
                        rs.getString("nik"),
                        StatusKepegawaian.valueOf(rs.getString("status_kepegawaian")),
                        rs.getString("golongan") == null
                                ? null
                                : Golongan.dari(rs.getString("golongan")).orElseThrow(),
                        rs.getObject("tmt_golongan", LocalDate.class),
                        rs.getObject("tmt_jabatan", LocalDate.class),
                        rs.getString("pendidikan_tingkat") == null
                                ? null
                                : TingkatPendidikan.valueOf(rs.getString("pendidikan_tingkat")),
                        rs.getString("pendidikan_jurusan"),
                        rs.getObject("pendidikan_tahun_lulus", Integer.class),
                        new DataPribadi(
                                rs.getString("agama"), rs.getString("status_perkawinan"), rs.getString("disabilitas")),
                        rs.getString("golongan_pppk") == null
                                ? null
                                : GolonganPppk.dari(rs.getString("golongan_pppk"))
                                        .orElseThrow()))
                .optional();
    }

    @Override
    public void tambah(Pegawai p, StatusKepegawaian status) {
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir,
                          tmt_cpns, jabatan_id, unit_id, opd_id, atasan_nip, aktif, diperbarui_pada, status_kepegawaian)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,true,?,?)""")
                .params(
                        p.nip().nilai(),
                        p.nama(),
                        p.gelarDepan(),
                        p.gelarBelakang(),
                        String.valueOf(p.jenisKelamin()),
                        p.tanggalLahir(),
                        hariPertama(p.tmtCpns()),
                        p.jabatanId(),
                        p.unitId(),
                        p.opdId(),
                        p.atasanNip(),
                        kini(),
                        status.name())
                .update();
    }

    @Override
    public void ubah(Pegawai p) {
        int n = jdbc.sql("""
                        UPDATE pegawai.pegawai SET nama = ?, gelar_depan = ?, gelar_belakang = ?, jenis_kelamin = ?,
                          tanggal_lahir = ?, tmt_cpns = ?, jabatan_id = ?, unit_id = ?, opd_id = ?, atasan_nip = ?,
                          aktif = ?, alasan_nonaktif = ?, diperbarui_pada = ?, versi = versi + 1
                        WHERE nip = ? AND versi = ?""")
                .params(
                        p.nama(),
                        p.gelarDepan(),
                        p.gelarBelakang(),
                        String.valueOf(p.jenisKelamin()),
                        p.tanggalLahir(),
                        hariPertama(p.tmtCpns()),
                        p.jabatanId(),
                        p.unitId(),
                        p.opdId(),
                        p.atasanNip(),
                        p.aktif(),
                        p.alasanNonaktif(),
                        kini(),
                        p.nip().nilai(),
                        p.versi())
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("Pegawai " + p.nip().nilai());
        }
    }

    @Override
    public void ubahProfil(String nip, DataProfil d, int versi) {
        int n = jdbc.sql("""
                        UPDATE pegawai.pegawai SET tempat_lahir = ?, nik = ?, status_kepegawaian = ?, golongan = ?,
                          tmt_golongan = ?, tmt_jabatan = ?, pendidikan_tingkat = ?, pendidikan_jurusan = ?,
                          pendidikan_tahun_lulus = ?, agama = ?, status_perkawinan = ?, disabilitas = ?,
                          golongan_pppk = ?, diperbarui_pada = ?, versi = versi + 1
                        WHERE nip = ? AND versi = ?""")
                .params(
                        kosong(d.tempatLahir()),
                        kosong(d.nik()),
                        d.statusKepegawaian().name(),
                        d.golongan() == null ? null : d.golongan().kode(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat() == null
                                ? null
                                : d.pendidikanTingkat().name(),
                        kosong(d.pendidikanJurusan()),
                        d.pendidikanTahunLulus(),
                        d.pribadi().agama(),
                        d.pribadi().statusPerkawinan(),
                        kosong(d.pribadi().disabilitas()),
                        d.golonganPppk() == null ? null : d.golonganPppk().kode(),
                        kini(),
                        nip,
                        versi)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("Pegawai " + nip);
        }
    }

    @Override
    public void naikPangkat(String nip, Golongan golongan, LocalDate tmt) {
        jdbc.sql("""
                        UPDATE pegawai.pegawai SET golongan = ?, tmt_golongan = ?, versi = versi + 1, diperbarui_pada = ?
                        WHERE nip = ? AND (tmt_golongan IS NULL OR tmt_golongan <= ?)""").params(golongan.kode(), tmt, kini(), nip, tmt).update();
    }

    @Override
    public boolean pindah(String nip, long jabatanId, long unitId, long opdId, LocalDate tmt) {
        return jdbc.sql("""
                        UPDATE pegawai.pegawai SET jabatan_id = ?, unit_id = ?, opd_id = ?, tmt_jabatan = ?,
                          versi = versi + 1, diperbarui_pada = ?
                        WHERE nip = ? AND aktif""").params(jabatanId, unitId, opdId, tmt, kini(), nip).update() > 0;
    }

    /** A row the import upserted: its NIP and whether it is new. */
    record BarisUpsert(String nip, boolean baru) {}

    /**
     * The import's set-based write: every row of the temporary table {@code sumber} (same columns as
     * {@code pegawai.pegawai}) is inserted, or — for a stored NIP — its {@code diubah} columns are overwritten and its
     * versi incremented when one of them changes. The file is authoritative (no versi is expected).
     *
     * @return the rows inserted or changed
     */
    List<BarisUpsert> upsert(String sumber, List<String> kolom, List<String> diubah) {
        String daftar = String.join(", ", kolom);
        String set = diubah.isEmpty()
                ? "nama = EXCLUDED.nama"
                : String.join(
                        ", ", diubah.stream().map(c -> c + " = EXCLUDED." + c).toList());
        String beda = diubah.isEmpty()
                ? "false"
                : "(" + String.join(", ", diubah.stream().map(c -> "p." + c).toList()) + ") IS DISTINCT FROM ("
                        + String.join(
                                ", ", diubah.stream().map(c -> "EXCLUDED." + c).toList()) + ")";
        return jdbc.sql("INSERT INTO pegawai.pegawai AS p (" + daftar + ", diperbarui_pada) SELECT " + daftar
                        + ", :kini FROM " + sumber + " ON CONFLICT (nip) DO UPDATE SET " + set
                        + ", versi = p.versi + 1, diperbarui_pada = :kini WHERE " + beda
                        + " RETURNING p.nip, (xmax = 0)")
                .param("kini", kini())
                .query((rs, i) -> new BarisUpsert(rs.getString(1), rs.getBoolean(2)))
                .list();
    }

    private static @Nullable YearMonth bulan(@Nullable LocalDate d) {
        return d == null ? null : YearMonth.from(d);
    }

    private static @Nullable LocalDate hariPertama(@Nullable YearMonth b) {
        return b == null ? null : b.atDay(1);
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(clock);
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

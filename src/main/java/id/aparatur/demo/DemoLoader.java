package id.aparatur.demo;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.demo.generator.AkunDemo;
import id.aparatur.demo.generator.DemoKabupaten;
import id.aparatur.demo.generator.KinerjaDemo;
import id.aparatur.demo.generator.Referensi;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo Kabupaten into an empty database (profile {@code demo}, {@code aparatur.demo.aktif=true}). Does
 * nothing when {@code organisasi.opd} already has rows, so the data survives restarts and is never duplicated.
 * Everything is written in one transaction with PostgreSQL {@code COPY} (ids come from the generator; {@code COPY}
 * writes identity columns like {@code OVERRIDING SYSTEM VALUE}), then the identity sequences are moved past them.
 */
@Component
@ConditionalOnProperty(name = "aparatur.demo.aktif", havingValue = "true")
@Order(10)
class DemoLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private static final List<String> TABEL_IDENTITAS = List.of(
            "organisasi.pemda",
            "organisasi.misi",
            "organisasi.tujuan_pemda",
            "organisasi.sasaran_pemda",
            "organisasi.opd",
            "organisasi.tujuan_opd",
            "organisasi.sasaran_opd",
            "organisasi.unit",
            "organisasi.jabatan",
            "pegawai.riwayat",
            "asesmen.asesmen",
            "kinerja.skp",
            "kinerja.rhk",
            "kinerja.indikator",
            "kinerja.realisasi",
            "kinerja.evaluasi",
            "kinerja.predikat_organisasi",
            "kinerja.tindak_lanjut",
            "kinerja.aktivitas");

    /** Tables written in bulk, given fresh statistics and visibility map after the load. */
    private static final List<String> TABEL_DIMUAT = List.of(
            "organisasi.opd",
            "organisasi.unit",
            "organisasi.jabatan",
            "organisasi.jabatan_kompetensi",
            "organisasi.jabatan_hasil_kerja",
            "organisasi.jabatan_korelasi",
            "pegawai.pegawai",
            "pegawai.riwayat",
            "pegawai.minat_rumpun",
            "pegawai.minat_jabatan",
            "asesmen.asesmen",
            "asesmen.asesmen_level",
            "asesmen.level_terkini",
            "akses.pengguna",
            "kinerja.skp",
            "kinerja.rhk",
            "kinerja.indikator",
            "kinerja.perilaku",
            "kinerja.realisasi",
            "kinerja.evaluasi",
            "kinerja.predikat_organisasi",
            "kinerja.tindak_lanjut",
            "kinerja.aktivitas");

    /** {@code dicatat_oleh} of the generated riwayat and asesmen. */
    static final String PENCATAT = "demo";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KamusKompetensi kamus;
    private final PengelolaanPengguna pengguna;
    private final Clock clock;
    private final int jumlahPegawai;
    private final long seed;
    private final boolean kinerja;
    /** The non-PNS penilai of the Sekda's SKP (kinerja's setting, as kinerja gives it to an SKP without PNS atasan). */
    private final String kepalaDaerah;

    private final String jabatanKepalaDaerah;

    DemoLoader(
            DataSource dataSource,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            KamusKompetensi kamus,
            PengelolaanPengguna pengguna,
            Clock clock,
            @Value("${aparatur.demo.pegawai:3000}") int jumlahPegawai,
            @Value("${aparatur.demo.seed:20260101}") long seed,
            @Value("${aparatur.demo.kinerja:true}") boolean kinerja,
            @Value("${aparatur.kinerja.kepala-daerah.nama:Kepala Daerah}") String kepalaDaerah,
            @Value("${aparatur.kinerja.kepala-daerah.jabatan:Kepala Daerah}") String jabatanKepalaDaerah) {
        if (jumlahPegawai > DemoKabupaten.PEGAWAI_MAKSIMAL || jumlahPegawai < DemoKabupaten.PEGAWAI_MINIMAL) {
            throw new IllegalStateException("aparatur.demo.pegawai harus antara " + DemoKabupaten.PEGAWAI_MINIMAL
                    + " dan " + DemoKabupaten.PEGAWAI_MAKSIMAL + " (maksimal 60.000), bukan " + jumlahPegawai);
        }
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.kamus = kamus;
        this.pengguna = pengguna;
        this.clock = clock;
        this.jumlahPegawai = jumlahPegawai;
        this.seed = seed;
        this.kinerja = kinerja;
        this.kepalaDaerah = kepalaDaerah;
        this.jabatanKepalaDaerah = jabatanKepalaDaerah;
    }

    @Override
    public void run(ApplicationArguments args) {
        muat();
    }

    /** Loads the demo data unless OPD exist already; returns whether anything was written. */
    boolean muat() {
        Boolean hasil = tx.execute(status -> {
            jdbc.sql("LOCK TABLE organisasi.opd IN EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisasi.opd)")
                    .query(Boolean.class)
                    .single()) {
                LOG.info("Demo Kabupaten tidak dimuat: organisasi.opd sudah berisi data.");
                return false;
            }
            long mulai = System.nanoTime();
            DemoKabupaten kab = hasilkan();
            long dibuat = System.nanoTime();
            tulis(kab);
            if (kinerja) {
                muatKinerja(kab);
            }
            geserIdentitas();
            for (AkunDemo a : kab.akun()) {
                pengguna.daftarkan(
                        a.username(),
                        DemoKabupaten.PASSWORD_DEMO,
                        a.nama(),
                        Set.of(Peran.valueOf(a.peran())),
                        a.opdId(),
                        a.nip());
            }
            LOG.info(
                    "Demo Kabupaten dimuat (seed {}): {} OPD, {} unit, {} jabatan, {} pegawai, {} riwayat, {} asesmen "
                            + "({} level), {} akun; dibangkitkan {} ms, ditulis {} ms, total {} ms",
                    seed,
                    kab.opd().size(),
                    kab.unit().size(),
                    kab.jabatan().size(),
                    kab.pegawai().size(),
                    kab.riwayat().size(),
                    kab.asesmen().size(),
                    kab.asesmen().stream().mapToInt(a -> a.level().size()).sum(),
                    kab.akun().size(),
                    (dibuat - mulai) / 1_000_000,
                    (System.nanoTime() - dibuat) / 1_000_000,
                    (System.nanoTime() - mulai) / 1_000_000);
            return true;
        });
        if (Boolean.TRUE.equals(hasil)) {
            // Fresh statistics and visibility map after a bulk load, so the first queries get good plans
            // (VACUUM cannot run inside the load transaction).
            long mulai = System.nanoTime();
            for (String tabel : TABEL_DIMUAT) {
                jdbc.sql("VACUUM ANALYZE " + tabel).update();
            }
            LOG.info(
                    "Demo Kabupaten: VACUUM ANALYZE {} tabel dalam {} ms",
                    TABEL_DIMUAT.size(),
                    (System.nanoTime() - mulai) / 1_000_000);
        }
        return Boolean.TRUE.equals(hasil);
    }

    /** Generates the Kabupaten from the configured seed and size and the kamus kompetensi in force today. */
    DemoKabupaten hasilkan() {
        return DemoKabupaten.buat(seed, jumlahPegawai, referensi(LocalDate.now(clock)));
    }

    /** Generates and writes the performance data (SKP, RHK, predikat, activity logs) of {@code kab}. */
    private void muatKinerja(DemoKabupaten kab) {
        long kinerjaMulai = System.nanoTime();
        KinerjaDemo kinerja = hasilkanKinerja(kab);
        long kinerjaDibuat = System.nanoTime();
        tulisKinerja(kinerja);
        int duaTahunLalu = predikatDuaTahunLalu(kinerja.tahunLalu());
        LOG.info(
                "Demo kinerja dimuat: {} SKP ({} FINAL tahun {}), {} RHK, {} indikator, {} perilaku, {} realisasi, "
                        + "{} evaluasi, {} predikat organisasi, {} tindak lanjut, {} aktivitas ({}); dibangkitkan {} ms, "
                        + "ditulis {} ms",
                kinerja.skp().size() + duaTahunLalu,
                kinerja.skp().stream()
                        .filter(x -> x.tahun() == kinerja.tahunLalu())
                        .count(),
                kinerja.tahunLalu(),
                kinerja.rhk().size(),
                kinerja.indikator().size(),
                kinerja.perilaku().size(),
                kinerja.realisasi().size(),
                kinerja.evaluasi().size(),
                kinerja.predikatOrganisasi().size(),
                kinerja.tindakLanjut().size(),
                kinerja.aktivitas().size(),
                kinerja.bulanAktivitas(),
                (kinerjaDibuat - kinerjaMulai) / 1_000_000,
                (System.nanoTime() - kinerjaDibuat) / 1_000_000);
    }

    /** The performance data of {@code kab} for the clock's today (last year final, this year agreed). */
    KinerjaDemo hasilkanKinerja(DemoKabupaten kab) {
        return KinerjaDemo.buat(kab, seed, LocalDate.now(clock));
    }

    private Referensi referensi(LocalDate tanggal) {
        List<String> manajerial = new ArrayList<>();
        List<String> sosialKultural = new ArrayList<>();
        Map<String, List<String>> teknis = new TreeMap<>();
        for (KompetensiRingkas k : kamus.berlaku(tanggal)) {
            switch (k.jenis()) {
                case MANAJERIAL -> manajerial.add(k.kode());
                case SOSIAL_KULTURAL -> sosialKultural.add(k.kode());
                case TEKNIS -> {
                    if (k.rumpunKode() != null) {
                        teknis.computeIfAbsent(k.rumpunKode(), r -> new ArrayList<>())
                                .add(k.kode());
                    }
                }
            }
        }
        manajerial.sort(null);
        sosialKultural.sort(null);
        teknis.values().forEach(l -> l.sort(null));
        Map<String, Referensi.LevelStandar> level = new HashMap<>();
        for (Referensi.JenisJenjang jj : Referensi.DIPAKAI) {
            kamus.standarLevel(jj.jenis(), jj.jenjang(), tanggal)
                    .ifPresent(s -> level.put(
                            Referensi.kunci(jj.jenis(), jj.jenjang()),
                            new Referensi.LevelStandar(s.levelManajerial(), s.levelSosialKultural())));
        }
        if (manajerial.isEmpty()) {
            throw new IllegalStateException("Kamus kompetensi kosong: data acuan (V5) belum dimuat");
        }
        return new Referensi(manajerial, sosialKultural, teknis, level);
    }

    private void tulis(DemoKabupaten kab) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            Salin s = new Salin(con.unwrap(PGConnection.class).getCopyAPI());
            try {
                salin(s, kab);
            } finally {
                s.batal();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal memuat Demo Kabupaten", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /**
     * The predikat of the year before last as imported from e-Kinerja (FINAL, sumber EKINERJA, without RHK), copied
     * from last year's for about 24 of 25 employees: promotion needs "baik" in the last two years (PP 11/2017), and
     * the rest show the cascade's "data tidak lengkap".
     */
    private int predikatDuaTahunLalu(int tahunLalu) {
        // Explicit ids after the generator's (the identity sequences are moved past all of them afterwards).
        return jdbc.sql("""
                        INSERT INTO kinerja.skp (id, nip, tahun, penilai_nip, status, rating_hasil_kerja,
                            rating_perilaku, predikat, sumber, dibuat_pada, dibuat_oleh, diubah_pada, diubah_oleh,
                            dinilai_pada, difinalkan_pada)
                        OVERRIDING SYSTEM VALUE
                        SELECT (SELECT max(id) FROM kinerja.skp) + row_number() OVER (ORDER BY s.id), s.nip,
                            s.tahun - 1, s.penilai_nip, 'FINAL', s.rating_hasil_kerja, s.rating_perilaku,
                            s.predikat, 'EKINERJA', s.dibuat_pada - interval '1 year', s.dibuat_oleh,
                            s.diubah_pada - interval '1 year', s.diubah_oleh, s.dinilai_pada - interval '1 year',
                            s.difinalkan_pada - interval '1 year'
                        FROM kinerja.skp s
                        WHERE s.status = 'FINAL' AND s.dibuat_oleh = ? AND s.predikat IS NOT NULL AND s.tahun = ?
                          AND abs(hashtext(s.nip)) % 25 <> 7
                        ON CONFLICT (nip, tahun) DO NOTHING""").params(KinerjaDemo.PENCATAT, tahunLalu).update();
    }

    /** Moves the identity sequences past the ids written by the generator. */
    private void geserIdentitas() {
        for (String tabel : TABEL_IDENTITAS) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + tabel + "', 'id'), COALESCE((SELECT max(id) FROM "
                            + tabel + "), 1), (SELECT max(id) FROM " + tabel + ") IS NOT NULL)")
                    .query(Long.class)
                    .single();
        }
    }

    private void tulisKinerja(KinerjaDemo k) {
        // The per-row summary trigger (V24) would cost two upserts per activity (millions at 60,000 pegawai): switched
        // off for the COPY, the summaries are then built in one pass (V24); same transaction, so nobody sees the gap.
        jdbc.sql("ALTER TABLE kinerja.aktivitas DISABLE TRIGGER aktivitas_rekap_tambah")
                .update();
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            Salin s = new Salin(con.unwrap(PGConnection.class).getCopyAPI());
            try {
                salinKinerja(s, k, kepalaDaerah, jabatanKepalaDaerah);
            } finally {
                s.batal();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal memuat data kinerja demo", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        jdbc.sql("ALTER TABLE kinerja.aktivitas ENABLE TRIGGER aktivitas_rekap_tambah")
                .update();
        jdbc.sql("SELECT kinerja.rekap_aktivitas_isi_ulang()")
                .query(Object.class)
                .optional();
        // Parts cannot be added to a FINAL SKP (kinerja.bagian_skp_terkunci): last year's are written as DINILAI
        // and locked now, with everything under them.
        jdbc.sql("UPDATE kinerja.skp SET status = 'FINAL' WHERE tahun = ? AND status = 'DINILAI' AND dibuat_oleh = ?")
                .params(k.tahunLalu(), KinerjaDemo.PENCATAT)
                .update();
        // Follow-up of the low predikat, after FINAL; should finalising open them already (a trigger), those stay.
        jdbc.sql("CREATE TEMP TABLE demo_tindak_lanjut (LIKE kinerja.tindak_lanjut INCLUDING DEFAULTS) "
                        + "ON COMMIT DROP")
                .update();
        con = DataSourceUtils.getConnection(dataSource);
        try {
            Salin s = new Salin(con.unwrap(PGConnection.class).getCopyAPI());
            try {
                s.mulai(
                        "demo_tindak_lanjut (id, skp_id, nip, tahun, predikat, jenis, atasan_nip, status, rencana, hasil, "
                                + "tenggat, dibuka_pada, diubah_oleh, diubah_pada, diselesaikan_pada, periksa_disiplin, "
                                + "penyebab, penyebab_dicatat_oleh, penyebab_dicatat_pada)");
                k.tindakLanjut()
                        .forEach(t -> s.baris(
                                t.id(),
                                t.skpId(),
                                t.nip(),
                                t.tahun(),
                                t.predikat(),
                                t.jenis(),
                                t.atasanNip(),
                                t.status(),
                                t.rencana(),
                                t.hasil(),
                                t.tenggat(),
                                t.dibukaPada(),
                                KinerjaDemo.PENCATAT,
                                t.diubahPada(),
                                t.diselesaikanPada(),
                                t.periksaDisiplin(),
                                t.penyebab(),
                                t.penyebab() == null ? null : KinerjaDemo.PENCATAT,
                                t.penyebab() == null ? null : t.dibukaPada()));
                s.selesai();
            } finally {
                s.batal();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal memuat tindak lanjut demo", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        jdbc.sql("""
                INSERT INTO kinerja.tindak_lanjut OVERRIDING SYSTEM VALUE SELECT * FROM demo_tindak_lanjut
                ON CONFLICT (skp_id) DO NOTHING""").update();
    }

    private static void salinKinerja(Salin s, KinerjaDemo k, String kepalaDaerah, String jabatanKepalaDaerah)
            throws SQLException {
        s.mulai("kinerja.skp (id, nip, tahun, periode_evaluasi, penilai_nip, penilai_nama, penilai_jabatan, status, "
                + "rating_hasil_kerja, "
                + "rating_perilaku, predikat, sumber, opd_id, unit_id, jabatan_id, dibuat_pada, dibuat_oleh, diubah_pada, "
                + "diubah_oleh, disetujui_pada, dinilai_pada, difinalkan_pada)");
        k.skp()
                .forEach(x -> s.baris(
                        x.id(),
                        x.nip(),
                        x.tahun(),
                        "TRIWULANAN",
                        x.penilaiNip(),
                        // the Sekda has no PNS atasan: the kepala daerah rates, who is not a PNS
                        x.penilaiNip() == null ? kepalaDaerah : null,
                        x.penilaiNip() == null ? jabatanKepalaDaerah : null,
                        x.status().equals("FINAL") ? "DINILAI" : x.status(),
                        x.ratingHasilKerja(),
                        x.ratingPerilaku(),
                        x.predikat(),
                        "APARATUR",
                        x.opdId(),
                        x.unitId(),
                        x.jabatanId(),
                        x.dibuatPada(),
                        KinerjaDemo.PENCATAT,
                        x.difinalkanPada() != null ? x.difinalkanPada() : x.disetujuiPada(),
                        KinerjaDemo.PENCATAT,
                        x.disetujuiPada(),
                        x.dinilaiPada(),
                        x.difinalkanPada()));
        s.selesai();
        s.mulai("kinerja.rhk (id, skp_id, urutan, uraian, jenis, rhk_atasan_id, sasaran_opd_id)");
        k.rhk()
                .forEach(r -> s.baris(
                        r.id(), r.skpId(), r.urutan(), r.uraian(), r.jenis(), r.rhkAtasanId(), r.sasaranOpdId()));
        s.selesai();
        s.mulai("kinerja.indikator (id, rhk_id, aspek, uraian, target)");
        k.indikator().forEach(i -> s.baris(i.id(), i.rhkId(), i.aspek(), i.uraian(), i.target()));
        s.selesai();
        s.mulai("kinerja.perilaku (skp_id, nilai, catatan)");
        k.perilaku().forEach(p -> s.baris(p.skpId(), p.nilai(), p.catatan()));
        s.selesai();
        s.mulai(
                "kinerja.realisasi (id, skp_id, indikator_id, periode_ke, realisasi, bukti, dicatat_oleh, dicatat_pada)");
        k.realisasi()
                .forEach(r -> s.baris(
                        r.id(),
                        r.skpId(),
                        r.indikatorId(),
                        r.periodeKe(),
                        r.realisasi(),
                        r.bukti(),
                        r.dicatatOleh(),
                        r.dicatatPada()));
        s.selesai();
        s.mulai("kinerja.evaluasi (id, skp_id, periode_ke, rating_hasil_kerja, rating_perilaku, predikat, catatan, "
                + "dinilai_oleh, dinilai_pada)");
        k.evaluasi()
                .forEach(e -> s.baris(
                        e.id(),
                        e.skpId(),
                        e.periodeKe(),
                        e.ratingHasilKerja(),
                        e.ratingPerilaku(),
                        e.predikat(),
                        e.catatan(),
                        e.dinilaiOleh(),
                        e.dinilaiPada()));
        s.selesai();
        s.mulai("kinerja.predikat_organisasi (id, opd_id, tahun, predikat, dasar, ditetapkan_oleh, ditetapkan_pada)");
        k.predikatOrganisasi()
                .forEach(p -> s.baris(
                        p.id(),
                        p.opdId(),
                        p.tahun(),
                        p.predikat(),
                        p.dasar(),
                        KinerjaDemo.PENCATAT,
                        OffsetDateTime.of(p.tahun() + 1, 1, 20, 10, 0, 0, 0, ZoneOffset.ofHours(7))));
        s.selesai();
        s.mulai(
                "kinerja.aktivitas (id, nip, tanggal, mulai, selesai, uraian, keluaran, jabatan_pegawai_id, jabatan_id, "
                        + "uraian_tugas_ke, rhk_id, status, diverifikasi_oleh, diverifikasi_pada, dicatat_oleh, dicatat_pada)");
        k.aktivitas()
                .forEach(a -> s.baris(
                        a.id(),
                        a.nip(),
                        a.tanggal(),
                        a.mulai(),
                        a.selesai(),
                        a.uraian(),
                        a.keluaran(),
                        a.jabatanPegawaiId(),
                        a.jabatanId(),
                        a.uraianTugasKe(),
                        a.rhkId(),
                        a.status(),
                        a.diverifikasiOleh(),
                        a.diverifikasiPada(),
                        a.dicatatOleh(),
                        a.dicatatPada()));
        s.selesai();
    }

    private static void salin(Salin s, DemoKabupaten kab) throws SQLException {
        var p = kab.pemda();
        s.mulai("organisasi.pemda (id, nama, jenis, ibu_kota, visi, periode_rpjmd)");
        s.baris(p.id(), p.nama(), p.jenis(), p.ibuKota(), p.visi(), p.periodeRpjmd());
        s.selesai();
        s.mulai("organisasi.misi (id, pemda_id, nomor, uraian)");
        kab.misi().forEach(m -> s.baris(m.id(), m.pemdaId(), m.nomor(), m.uraian()));
        s.selesai();
        s.mulai("organisasi.tujuan_pemda (id, misi_id, kode, uraian)");
        kab.tujuanPemda().forEach(t -> s.baris(t.id(), t.misiId(), t.kode(), t.uraian()));
        s.selesai();
        s.mulai("organisasi.sasaran_pemda (id, tujuan_id, kode, uraian, indikator)");
        kab.sasaranPemda().forEach(x -> s.baris(x.id(), x.tujuanId(), x.kode(), x.uraian(), x.indikator()));
        s.selesai();
        s.mulai("organisasi.opd (id, kode, nama, singkatan, jenis)");
        kab.opd().forEach(o -> s.baris(o.id(), o.kode(), o.nama(), o.singkatan(), o.jenis()));
        s.selesai();
        s.mulai("organisasi.tujuan_opd (id, opd_id, kode, uraian)");
        kab.tujuanOpd().forEach(t -> s.baris(t.id(), t.opdId(), t.kode(), t.uraian()));
        s.selesai();
        s.mulai("organisasi.sasaran_opd (id, opd_id, tujuan_opd_id, sasaran_pemda_id, kode, uraian, indikator)");
        kab.sasaranOpd()
                .forEach(x -> s.baris(
                        x.id(), x.opdId(), x.tujuanOpdId(), x.sasaranPemdaId(), x.kode(), x.uraian(), x.indikator()));
        s.selesai();
        // unit.jabatan_kepala_id is DEFERRABLE INITIALLY DEFERRED: checked at commit, after the jabatan exist.
        s.mulai("organisasi.unit (id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan)");
        kab.unit()
                .forEach(u -> s.baris(
                        u.id(),
                        u.opdId(),
                        u.indukId(),
                        u.kode(),
                        u.nama(),
                        u.jenis(),
                        u.jabatanKepalaId(),
                        u.urutan()));
        s.selesai();
        s.mulai("organisasi.jabatan (id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, "
                + "kuota, ikhtisar, uraian_tugas, standar_kinerja_produk, standar_kinerja_perilaku, sasaran_opd_id, "
                + "syarat_pendidikan, syarat_pangkat_minimal, syarat_pengalaman, kode_jf)");
        kab.jabatan()
                .forEach(j -> s.baris(
                        j.id(),
                        j.opdId(),
                        j.unitId(),
                        j.kode(),
                        j.nama(),
                        j.jenisJabatan(),
                        j.jenjang(),
                        j.kelas(),
                        j.rumpunKode(),
                        j.kuota(),
                        j.ikhtisar(),
                        j.uraianTugas(),
                        j.standarKinerjaProduk(),
                        j.standarKinerjaPerilaku(),
                        j.sasaranOpdId(),
                        j.syaratPendidikan(),
                        j.syaratPangkatMinimal(),
                        j.syaratPengalaman(),
                        j.kodeJf()));
        s.selesai();
        s.mulai("organisasi.jabatan_hasil_kerja (jabatan_id, urutan, produk, satuan)");
        kab.jabatan().forEach(j -> j.hasilKerja().forEach(h -> s.baris(j.id(), h.urutan(), h.produk(), h.satuan())));
        s.selesai();
        s.mulai("organisasi.jabatan_korelasi (jabatan_id, urutan, jabatan_terkait_id, jenis, "
                + "keluaran_menjadi_masukan, keterangan)");
        kab.jabatan()
                .forEach(j -> j.korelasi()
                        .forEach(k -> s.baris(
                                j.id(),
                                k.urutan(),
                                k.jabatanTerkaitId(),
                                k.jenis(),
                                k.keluaranMenjadiMasukan(),
                                k.keterangan())));
        s.selesai();
        s.mulai("organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot)");
        kab.jabatan()
                .forEach(j -> j.kompetensi()
                        .forEach(k ->
                                s.baris(j.id(), k.kode(), k.level(), k.bobot().toPlainString())));
        s.selesai();
        // Pegawai are listed atasan-first, so the atasan_nip foreign key holds row by row as well.
        s.mulai("pegawai.pegawai (nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, tmt_cpns, "
                + "jabatan_id, unit_id, opd_id, atasan_nip, tempat_lahir, nik, status_kepegawaian, golongan, "
                + "tmt_golongan, tmt_jabatan, pendidikan_tingkat, pendidikan_jurusan, pendidikan_tahun_lulus, agama, "
                + "status_perkawinan, disabilitas, golongan_pppk)");
        kab.pegawai()
                .forEach(x -> s.baris(
                        x.nip(),
                        x.nama(),
                        x.gelarDepan(),
                        x.gelarBelakang(),
                        x.jenisKelamin(),
                        x.tanggalLahir(),
                        x.tmtCpns(),
                        x.jabatanId(),
                        x.unitId(),
                        x.opdId(),
                        x.atasanNip(),
                        x.tempatLahir(),
                        x.nik(),
                        x.statusKepegawaian(),
                        x.golongan(),
                        x.tmtGolongan(),
                        x.tmtJabatan(),
                        x.pendidikanTingkat(),
                        x.pendidikanJurusan(),
                        x.pendidikanTahunLulus(),
                        x.agama(),
                        x.statusPerkawinan(),
                        x.disabilitas(),
                        x.golonganPppk()));
        s.selesai();
        // dicatat_pada is left to its default: the riwayat and asesmen are recorded in Aparatur now, by the load.
        s.mulai("pegawai.riwayat (id, nip, jenis, uraian, keterangan, golongan, jabatan_id, tingkat, jp, nomor_sk, "
                + "tanggal_sk, tmt, tmt_selesai, dicatat_oleh)");
        kab.riwayat()
                .forEach(r -> s.baris(
                        r.id(),
                        r.nip(),
                        r.jenis(),
                        r.uraian(),
                        r.keterangan(),
                        r.golongan(),
                        r.jabatanId(),
                        r.tingkat(),
                        r.jp(),
                        r.nomorSk(),
                        r.tanggalSk(),
                        r.tmt(),
                        r.tmtSelesai(),
                        PENCATAT));
        s.selesai();
        s.mulai("pegawai.minat_rumpun (nip, rumpun_kode)");
        kab.minatRumpun().forEach(m -> s.baris(m.nip(), m.rumpunKode()));
        s.selesai();
        s.mulai("pegawai.minat_jabatan (nip, jabatan_id)");
        kab.minatJabatan().forEach(m -> s.baris(m.nip(), m.jabatanId()));
        s.selesai();
        s.mulai("asesmen.asesmen (id, nip, tanggal, sumber, asesor, catatan, dicatat_oleh)");
        kab.asesmen()
                .forEach(a -> s.baris(a.id(), a.nip(), a.tanggal(), a.sumber(), a.asesor(), a.catatan(), PENCATAT));
        s.selesai();
        // One statement: the statement trigger fills asesmen.level_terkini once for all pegawai. (Measured at 60,000
        // pegawai: splitting it, ANALYZE of asesmen first or a larger work_mem do not make it faster.)
        s.mulai("asesmen.asesmen_level (asesmen_id, kompetensi_kode, level)");
        kab.asesmen().forEach(a -> a.level().forEach(l -> s.baris(a.id(), l.kode(), l.level())));
        s.selesai();
    }

    /** Streams rows in PostgreSQL COPY text format, one table at a time, in chunks of about 1 MB. */
    private static final class Salin {
        private static final int POTONGAN = 1 << 20;

        private final CopyManager copy;
        private final StringBuilder sb = new StringBuilder(POTONGAN + (1 << 16));
        private @Nullable CopyIn aktif;
        private String tabel = "";
        private long mulai;
        private long diBasisData;

        Salin(CopyManager copy) {
            this.copy = copy;
        }

        void mulai(String tabelDanKolom) throws SQLException {
            tabel = tabelDanKolom.substring(0, tabelDanKolom.indexOf(' '));
            mulai = System.nanoTime();
            diBasisData = 0;
            aktif = copy.copyIn("COPY " + tabelDanKolom + " FROM STDIN");
        }

        void baris(@Nullable Object... kolom) {
            for (int i = 0; i < kolom.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                Object k = kolom[i];
                if (k == null) {
                    sb.append("\\N");
                } else if (k instanceof Integer || k instanceof Long) {
                    sb.append(((Number) k).longValue());
                } else {
                    teks(k.toString());
                }
            }
            sb.append('\n');
            if (sb.length() >= POTONGAN) {
                try {
                    kirim();
                } catch (SQLException e) {
                    throw new IllegalStateException("COPY gagal", e);
                }
            }
        }

        /** Appends a value, escaping backslash, tab and line breaks as COPY text format requires. */
        private void teks(String s) {
            int n = s.length();
            int c = 0;
            while (c < n) {
                char ch = s.charAt(c);
                if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                    break;
                }
                c++;
            }
            sb.append(s, 0, c);
            for (; c < n; c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }

        private void kirim() throws SQLException {
            CopyIn c = aktif;
            if (c == null) {
                throw new IllegalStateException("baris() sebelum mulai()");
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            long t = System.nanoTime();
            c.writeToCopy(b, 0, b.length);
            diBasisData += System.nanoTime() - t;
            sb.setLength(0);
        }

        /** Cancels an unfinished COPY (after a failure), so the connection can roll back. */
        void batal() throws SQLException {
            CopyIn c = aktif;
            aktif = null;
            if (c != null && c.isActive()) {
                c.cancelCopy();
            }
        }

        void selesai() throws SQLException {
            kirim();
            CopyIn c = aktif;
            aktif = null;
            if (c != null) {
                long t = System.nanoTime();
                long baris = c.endCopy();
                diBasisData += System.nanoTime() - t;
                LOG.debug(
                        "COPY {}: {} baris dalam {} ms (menunggu basis data {} ms)",
                        tabel,
                        baris,
                        (System.nanoTime() - mulai) / 1_000_000,
                        diBasisData / 1_000_000);
            }
        }
    }
}

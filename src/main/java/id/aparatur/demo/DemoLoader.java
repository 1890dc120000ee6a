package id.aparatur.demo;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.demo.generator.AkunDemo;
import id.aparatur.demo.generator.DemoKabupaten;
import id.aparatur.demo.generator.Referensi;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
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

    private static final List<String> TABEL_IDENTITAS = List.of("organisasi.pemda", "organisasi.misi",
            "organisasi.tujuan_pemda", "organisasi.sasaran_pemda", "organisasi.opd", "organisasi.tujuan_opd",
            "organisasi.sasaran_opd", "organisasi.unit", "organisasi.jabatan");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KamusKompetensi kamus;
    private final PengelolaanPengguna pengguna;
    private final Clock clock;
    private final int jumlahPegawai;
    private final long seed;

    DemoLoader(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            KamusKompetensi kamus, PengelolaanPengguna pengguna, Clock clock,
            @Value("${aparatur.demo.pegawai:3000}") int jumlahPegawai, @Value("${aparatur.demo.seed:20260101}") long seed) {
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
    }

    @Override
    public void run(ApplicationArguments args) {
        muat();
    }

    /** Loads the demo data unless OPD exist already; returns whether anything was written. */
    boolean muat() {
        Boolean hasil = tx.execute(status -> {
            jdbc.sql("LOCK TABLE organisasi.opd IN EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisasi.opd)").query(Boolean.class).single()) {
                LOG.info("Demo Kabupaten tidak dimuat: organisasi.opd sudah berisi data.");
                return false;
            }
            long mulai = System.nanoTime();
            DemoKabupaten kab = hasilkan();
            long dibuat = System.nanoTime();
            tulis(kab);
            for (AkunDemo a : kab.akun()) {
                pengguna.daftarkan(a.username(), DemoKabupaten.PASSWORD_DEMO, a.nama(), Set.of(Peran.valueOf(a.peran())),
                        a.opdId(), a.nip());
            }
            LOG.info("Demo Kabupaten dimuat (seed {}): {} OPD, {} unit, {} jabatan, {} pegawai, {} akun; "
                            + "dibangkitkan {} ms, ditulis {} ms, total {} ms", seed, kab.opd().size(), kab.unit().size(),
                    kab.jabatan().size(), kab.pegawai().size(), kab.akun().size(), (dibuat - mulai) / 1_000_000,
                    (System.nanoTime() - dibuat) / 1_000_000, (System.nanoTime() - mulai) / 1_000_000);
            return true;
        });
        if (Boolean.TRUE.equals(hasil)) {
            // Fresh statistics and visibility map after a bulk load, so the first queries get good plans
            // (VACUUM cannot run inside the load transaction).
            for (String tabel : List.of("organisasi.opd", "organisasi.unit", "organisasi.jabatan",
                    "organisasi.jabatan_kompetensi", "organisasi.jabatan_hasil_kerja", "organisasi.jabatan_korelasi",
                    "pegawai.pegawai", "akses.pengguna")) {
                jdbc.sql("VACUUM ANALYZE " + tabel).update();
            }
        }
        return Boolean.TRUE.equals(hasil);
    }

    /** Generates the Kabupaten from the configured seed and size and the kamus kompetensi in force today. */
    DemoKabupaten hasilkan() {
        return DemoKabupaten.buat(seed, jumlahPegawai, referensi(LocalDate.now(clock)));
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
                        teknis.computeIfAbsent(k.rumpunKode(), r -> new ArrayList<>()).add(k.kode());
                    }
                }
            }
        }
        manajerial.sort(null);
        sosialKultural.sort(null);
        teknis.values().forEach(l -> l.sort(null));
        Map<String, Referensi.LevelStandar> level = new HashMap<>();
        for (Referensi.JenisJenjang jj : Referensi.DIPAKAI) {
            kamus.standarLevel(jj.jenis(), jj.jenjang(), tanggal).ifPresent(s -> level.put(
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
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            Salin s = new Salin(copy);
            var p = kab.pemda();
            s.baris(p.id(), p.nama(), p.jenis(), p.ibuKota(), p.visi(), p.periodeRpjmd());
            s.kirim("organisasi.pemda (id, nama, jenis, ibu_kota, visi, periode_rpjmd)");
            kab.misi().forEach(m -> s.baris(m.id(), m.pemdaId(), m.nomor(), m.uraian()));
            s.kirim("organisasi.misi (id, pemda_id, nomor, uraian)");
            kab.tujuanPemda().forEach(t -> s.baris(t.id(), t.misiId(), t.kode(), t.uraian()));
            s.kirim("organisasi.tujuan_pemda (id, misi_id, kode, uraian)");
            kab.sasaranPemda().forEach(x -> s.baris(x.id(), x.tujuanId(), x.kode(), x.uraian(), x.indikator()));
            s.kirim("organisasi.sasaran_pemda (id, tujuan_id, kode, uraian, indikator)");
            kab.opd().forEach(o -> s.baris(o.id(), o.kode(), o.nama(), o.singkatan(), o.jenis()));
            s.kirim("organisasi.opd (id, kode, nama, singkatan, jenis)");
            kab.tujuanOpd().forEach(t -> s.baris(t.id(), t.opdId(), t.kode(), t.uraian()));
            s.kirim("organisasi.tujuan_opd (id, opd_id, kode, uraian)");
            kab.sasaranOpd().forEach(x -> s.baris(x.id(), x.opdId(), x.tujuanOpdId(), x.sasaranPemdaId(), x.kode(),
                    x.uraian(), x.indikator()));
            s.kirim("organisasi.sasaran_opd (id, opd_id, tujuan_opd_id, sasaran_pemda_id, kode, uraian, indikator)");
            // unit.jabatan_kepala_id is DEFERRABLE INITIALLY DEFERRED: checked at commit, after the jabatan exist.
            kab.unit().forEach(u -> s.baris(u.id(), u.opdId(), u.indukId(), u.kode(), u.nama(), u.jenis(),
                    u.jabatanKepalaId(), u.urutan()));
            s.kirim("organisasi.unit (id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan)");
            kab.jabatan().forEach(j -> s.baris(j.id(), j.opdId(), j.unitId(), j.kode(), j.nama(), j.jenisJabatan(),
                    j.jenjang(), j.kelas(), j.rumpunKode(), j.kuota(), j.ikhtisar(), j.uraianTugas(),
                    j.standarKinerjaProduk(), j.standarKinerjaPerilaku(), j.sasaranOpdId(), j.syaratPendidikan(),
                    j.syaratPangkatMinimal(), j.syaratPengalaman()));
            s.kirim("organisasi.jabatan (id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, "
                    + "kuota, ikhtisar, uraian_tugas, standar_kinerja_produk, standar_kinerja_perilaku, sasaran_opd_id, "
                    + "syarat_pendidikan, syarat_pangkat_minimal, syarat_pengalaman)");
            kab.jabatan().forEach(j -> j.hasilKerja().forEach(h -> s.baris(j.id(), h.urutan(), h.produk(), h.satuan())));
            s.kirim("organisasi.jabatan_hasil_kerja (jabatan_id, urutan, produk, satuan)");
            kab.jabatan().forEach(j -> j.korelasi().forEach(k -> s.baris(j.id(), k.urutan(), k.jabatanTerkaitId(),
                    k.jenis(), k.keluaranMenjadiMasukan(), k.keterangan())));
            s.kirim("organisasi.jabatan_korelasi (jabatan_id, urutan, jabatan_terkait_id, jenis, "
                    + "keluaran_menjadi_masukan, keterangan)");
            kab.jabatan().forEach(j -> j.kompetensi().forEach(k -> s.baris(j.id(), k.kode(), k.level(),
                    k.bobot().toPlainString())));
            s.kirim("organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot)");
            // Pegawai are listed atasan-first, so the atasan_nip foreign key holds row by row as well.
            kab.pegawai().forEach(x -> s.baris(x.nip(), x.nama(), x.gelarDepan(), x.gelarBelakang(), x.jenisKelamin(),
                    x.tanggalLahir(), x.tmtCpns(), x.jabatanId(), x.unitId(), x.opdId(), x.atasanNip()));
            s.kirim("pegawai.pegawai (nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, tmt_cpns, "
                    + "jabatan_id, unit_id, opd_id, atasan_nip)");
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal memuat Demo Kabupaten", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        for (String tabel : TABEL_IDENTITAS) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + tabel + "', 'id'), (SELECT max(id) FROM " + tabel + "))")
                    .query(Long.class).single();
        }
    }

    /** Rows in PostgreSQL COPY text format. */
    private static final class Salin {
        private final CopyManager copy;
        private final StringBuilder sb = new StringBuilder(1 << 20);

        Salin(CopyManager copy) {
            this.copy = copy;
        }

        void baris(@Nullable Object... kolom) {
            for (int i = 0; i < kolom.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                Object k = kolom[i];
                if (k == null) {
                    sb.append("\\N");
                    continue;
                }
                String s = k.toString();
                for (int c = 0; c < s.length(); c++) {
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
            sb.append('\n');
        }

        void kirim(String tabelDanKolom) throws SQLException {
            try {
                copy.copyIn("COPY " + tabelDanKolom + " FROM STDIN", new StringReader(sb.toString()));
            } catch (IOException e) {
                throw new SQLException(e);
            }
            sb.setLength(0);
        }
    }
}

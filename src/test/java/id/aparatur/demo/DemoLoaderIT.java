package id.aparatur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.demo.generator.Asesmen;
import id.aparatur.demo.generator.DemoKabupaten;
import id.aparatur.demo.generator.Jabatan;
import id.aparatur.demo.generator.KinerjaDemo;
import id.aparatur.demo.generator.Pegawai;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

// Own database (and so its own Spring context): other integration tests add records to the shared demo data.
@UjiIntegrasi
@org.springframework.test.context.TestPropertySource(properties = "aparatur.db.nama=aparatur_demo_it")
class DemoLoaderIT {

    @Autowired
    DemoLoader loader;

    @Autowired
    JdbcClient jdbc;

    private long hitung(String tabel) {
        return jdbc.sql("SELECT count(*) FROM " + tabel).query(Long.class).single();
    }

    private Map<String, Long> semuaJumlah() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : List.of(
                "organisasi.pemda",
                "organisasi.misi",
                "organisasi.tujuan_pemda",
                "organisasi.sasaran_pemda",
                "organisasi.opd",
                "organisasi.tujuan_opd",
                "organisasi.sasaran_opd",
                "organisasi.unit",
                "organisasi.jabatan",
                "organisasi.jabatan_hasil_kerja",
                "organisasi.jabatan_korelasi",
                "organisasi.jabatan_kompetensi",
                "pegawai.pegawai",
                "pegawai.riwayat",
                "pegawai.minat_rumpun",
                "pegawai.minat_jabatan",
                "asesmen.asesmen",
                "asesmen.asesmen_level",
                "asesmen.level_terkini",
                "akses.pengguna",
                "akses.pengguna_peran",
                "kinerja.skp",
                "kinerja.rhk",
                "kinerja.aktivitas")) {
            m.put(t, hitung(t));
        }
        return m;
    }

    @Test
    void jumlahDiBasisDataSamaDenganGenerator() {
        DemoKabupaten kab = loader.hasilkan();
        assertThat(hitung("pegawai.pegawai")).isEqualTo(kab.pegawai().size()).isBetween(540L, 660L);
        assertThat(hitung("organisasi.opd")).isEqualTo(kab.opd().size());
        assertThat(hitung("organisasi.misi")).isEqualTo(kab.misi().size());
        assertThat(hitung("organisasi.sasaran_opd")).isEqualTo(kab.sasaranOpd().size());
        assertThat(hitung("organisasi.unit")).isEqualTo(kab.unit().size());
        assertThat(hitung("organisasi.jabatan")).isEqualTo(kab.jabatan().size());
        assertThat(hitung("organisasi.jabatan_kompetensi"))
                .isEqualTo(kab.jabatan().stream()
                        .mapToLong(j -> j.kompetensi().size())
                        .sum());
        assertThat(hitung("organisasi.jabatan_korelasi"))
                .isEqualTo(kab.jabatan().stream()
                        .mapToLong(j -> j.korelasi().size())
                        .sum());
        assertThat(hitung("organisasi.jabatan_hasil_kerja"))
                .isEqualTo(kab.jabatan().stream()
                        .mapToLong(j -> j.hasilKerja().size())
                        .sum());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM organisasi.unit u JOIN organisasi.jabatan j ON j.id = u.jabatan_kepala_id "
                                        + "AND j.unit_id = u.id")
                        .query(Long.class)
                        .single())
                .isEqualTo(kab.unit().size());
        Jabatan sekda = kab.jabatan().get(0);
        assertThat(jdbc.sql("SELECT nama FROM organisasi.jabatan WHERE id = ?")
                        .param(sekda.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Sekretaris Daerah");
    }

    @Test
    void kompetensiDariKamusDanUrutanIdentitasBergeser() {
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM organisasi.jabatan_kompetensi jk "
                                        + "LEFT JOIN kompetensi.kompetensi k ON k.kode = jk.kompetensi_kode WHERE k.kode IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        long maks = jdbc.sql("SELECT max(id) FROM organisasi.jabatan")
                .query(Long.class)
                .single();
        long berikut = jdbc.sql("SELECT nextval(pg_get_serial_sequence('organisasi.jabatan', 'id'))")
                .query(Long.class)
                .single();
        assertThat(berikut).isGreaterThan(maks);
    }

    @Test
    void profilRiwayatMinatDanAsesmenTermuat() {
        DemoKabupaten kab = loader.hasilkan();
        assertThat(hitung("pegawai.riwayat")).isEqualTo(kab.riwayat().size());
        assertThat(hitung("pegawai.minat_rumpun")).isEqualTo(kab.minatRumpun().size());
        assertThat(hitung("pegawai.minat_jabatan")).isEqualTo(kab.minatJabatan().size());
        assertThat(hitung("asesmen.asesmen")).isEqualTo(kab.asesmen().size());
        assertThat(hitung("asesmen.asesmen_level"))
                .isEqualTo(
                        kab.asesmen().stream().mapToLong(a -> a.level().size()).sum());
        assertThat(jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE nik IS NULL OR tempat_lahir IS NULL "
                                + "OR tmt_jabatan IS NULL OR pendidikan_tingkat IS NULL OR agama IS NULL OR status_perkawinan IS NULL "
                                + "OR (golongan IS NULL) <> (status_kepegawaian = 'PPPK')")
                        .query(Long.class)
                        .single())
                .isZero();
        // PPPK without TMT CPNS and with a golongan PPPK; guru jabatan carry their JF code (BUP 60).
        assertThat(jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status_kepegawaian = 'PPPK') > 0
                           AND count(*) FILTER (WHERE status_kepegawaian = 'PPPK'
                                                  AND (tmt_cpns IS NOT NULL OR golongan_pppk IS NULL)) = 0
                           AND count(*) FILTER (WHERE status_kepegawaian <> 'PPPK' AND tmt_cpns IS NULL) = 0
                        FROM pegawai.pegawai""").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM pegawai.v_pegawai_aktif p JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        WHERE j.kode_jf = 'GURU'""").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM pegawai.riwayat WHERE dicatat_oleh <> 'demo'")
                        .query(Long.class)
                        .single())
                .isZero();
        Pegawai p = kab.pegawai().get(0);
        assertThat(jdbc.sql(
                                "SELECT golongan || ' ' || nik || ' ' || pendidikan_tingkat FROM pegawai.pegawai WHERE nip = ?")
                        .param(p.nip())
                        .query(String.class)
                        .single())
                .isEqualTo(p.golongan() + " " + p.nik() + " " + p.pendidikanTingkat());
    }

    @Test
    void levelTerkiniSatuBarisPerPegawaiDanKompetensiSkj() {
        DemoKabupaten kab = loader.hasilkan();
        long skj = jdbc.sql("SELECT count(*) FROM pegawai.pegawai p "
                        + "JOIN organisasi.jabatan_kompetensi jk ON jk.jabatan_id = p.jabatan_id")
                .query(Long.class)
                .single();
        assertThat(skj)
                .isEqualTo(kab.pegawai().stream()
                        .mapToLong(x -> kab.jabatan()
                                .get((int) x.jabatanId() - 1)
                                .kompetensi()
                                .size())
                        .sum());
        assertThat(hitung("asesmen.level_terkini")).isEqualTo(skj);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pegawai.pegawai p
                JOIN organisasi.jabatan_kompetensi jk ON jk.jabatan_id = p.jabatan_id
                LEFT JOIN asesmen.level_terkini l ON l.nip = p.nip AND l.kompetensi_kode = jk.kompetensi_kode
                WHERE l.nip IS NULL""").query(Long.class).single())
                .as("kompetensi SKJ tanpa level terkini")
                .isZero();
        // the read model holds, per competency, the valid result of the highest-ranked source, then the latest (else
        // the latest), as the generator drew them (asesmen.sumber_asesmen, reference day asesmen.acuan_level)
        Map<String, Integer> peringkat = new HashMap<>();
        Map<String, Integer> masaBerlaku = new HashMap<>();
        jdbc.sql("SELECT kode, peringkat, masa_berlaku_bulan FROM asesmen.sumber_asesmen")
                .query(rs -> {
                    peringkat.put(rs.getString(1), rs.getInt(2));
                    masaBerlaku.put(rs.getString(1), rs.getObject(3, Integer.class));
                });
        java.time.LocalDate acuan = jdbc.sql("SELECT tanggal FROM asesmen.acuan_level")
                .query(java.time.LocalDate.class)
                .single();
        record Calon(Asesmen a, int level) {}
        Map<String, java.util.List<Calon>> perKompetensi = new HashMap<>();
        for (Asesmen a : kab.asesmen()) {
            for (Asesmen.Level l : a.level()) {
                perKompetensi
                        .computeIfAbsent(a.nip() + "|" + l.kode(), k -> new java.util.ArrayList<>())
                        .add(new Calon(a, l.level()));
            }
        }
        long jumlahLevel = 0;
        for (java.util.List<Calon> calon : perKompetensi.values()) {
            java.time.LocalDate d =
                    calon.stream().map(c -> c.a().tanggal()).reduce(acuan, (x, y) -> y.isAfter(x) ? y : x);
            java.util.function.Predicate<Calon> sah = c -> masaBerlaku.get(c.a().sumber()) == null
                    || c.a().tanggal()
                            .plusMonths(masaBerlaku.get(c.a().sumber()))
                            .isAfter(d);
            Calon pilih = calon.stream()
                    .min(java.util.Comparator.<Calon, Boolean>comparing(c -> !sah.test(c))
                            .thenComparing(c -> sah.test(c) ? peringkat.get(c.a().sumber()) : 0)
                            .thenComparing(c -> c.a().tanggal(), java.util.Comparator.reverseOrder())
                            .thenComparing(c -> c.a().id(), java.util.Comparator.reverseOrder()))
                    .orElseThrow();
            jumlahLevel += pilih.level();
        }
        assertThat(jdbc.sql("SELECT sum(level) FROM asesmen.level_terkini")
                        .query(Long.class)
                        .single())
                .isEqualTo(jumlahLevel);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM asesmen.level_terkini l JOIN asesmen.asesmen a ON a.id = l.asesmen_id
                WHERE a.nip <> l.nip OR a.tanggal <> l.tanggal""").query(Long.class).single()).isZero();
        // JPM (BKN bands) from the read model: most pegawai meet their SKJ
        Map<String, Long> band = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT CASE WHEN 10 * capai >= 9 * standar THEN 'OPTIMAL'
                            WHEN 100 * capai >= 78 * standar THEN 'CUKUP' ELSE 'KURANG' END, count(*)
                FROM (SELECT p.nip, sum(least(l.level, jk.level)) AS capai, sum(jk.level) AS standar
                      FROM pegawai.pegawai p
                      JOIN organisasi.jabatan_kompetensi jk ON jk.jabatan_id = p.jabatan_id
                      JOIN asesmen.level_terkini l ON l.nip = p.nip AND l.kompetensi_kode = jk.kompetensi_kode
                      GROUP BY p.nip) x
                GROUP BY 1""").query((rs, i) -> band.put(rs.getString(1), rs.getLong(2))).list();
        long n = hitung("pegawai.pegawai");
        assertThat((double) band.get("OPTIMAL") / n).isBetween(0.5, 0.8);
        assertThat(band.get("CUKUP")).isPositive();
        assertThat(band.get("KURANG")).isPositive();
    }

    @Test
    void urutanIdentitasRiwayatDanAsesmenBergeser() {
        for (String tabel : List.of("pegawai.riwayat", "asesmen.asesmen")) {
            long maks =
                    jdbc.sql("SELECT max(id) FROM " + tabel).query(Long.class).single();
            long terakhir = jdbc.sql("SELECT last_value FROM pg_sequences WHERE schemaname || '.' || sequencename = "
                            + "pg_get_serial_sequence(?, 'id')")
                    .param(tabel)
                    .query(Long.class)
                    .single();
            assertThat(terakhir).as(tabel).isEqualTo(maks);
        }
    }

    @Test
    void enamAkunDemoAda() {
        Map<String, String> peran = new LinkedHashMap<>();
        jdbc.sql("SELECT username, peran FROM akses.pengguna_peran")
                .query((rs, i) -> peran.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(peran)
                .containsEntry("bkd", "ADMIN_BKD")
                .containsEntry("kadis.pendidikan", "PIMPINAN_OPD")
                .containsEntry("atasan.pendidikan", "ATASAN")
                .containsEntry("pegawai.pendidikan", "PEGAWAI")
                .containsEntry("asesor", "ASESOR")
                .containsEntry("ppk", "PPK");
        String atasanDariAtasan = jdbc.sql("""
                SELECT k.atasan_nip FROM akses.pengguna u
                JOIN pegawai.pegawai p ON p.nip = u.nip JOIN pegawai.pegawai k ON k.nip = p.atasan_nip
                WHERE u.username = 'pegawai.pendidikan'""").query(String.class).single();
        String nipAtasan = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'atasan.pendidikan'")
                .query(String.class)
                .single();
        assertThat(atasanDariAtasan).isEqualTo(nipAtasan);
        assertThat(jdbc.sql("SELECT password_hash FROM akses.pengguna WHERE username = 'bkd'")
                        .query(String.class)
                        .single())
                .isNotEqualTo(DemoKabupaten.PASSWORD_DEMO);
    }

    @Test
    void dijalankanUlangTidakMenggandakan() {
        Map<String, Long> sebelum = semuaJumlah();
        assertThat(loader.muat()).isFalse();
        assertThat(semuaJumlah()).isEqualTo(sebelum);
    }

    @Test
    void setiapPegawaiPunyaSkpFinalTahunLaluDanSkpTahunIni() {
        int tahun = LocalDate.now().getYear();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pegawai.pegawai p
                WHERE NOT EXISTS (SELECT 1 FROM kinerja.skp s WHERE s.nip = p.nip AND s.tahun = ? AND s.status = 'FINAL'
                                    AND s.predikat IS NOT NULL)
                   OR NOT EXISTS (SELECT 1 FROM kinerja.skp s WHERE s.nip = p.nip AND s.tahun = ?
                                    AND s.status = 'DISETUJUI')""").params(tahun - 1, tahun).query(Long.class).single())
                .isZero();
        // seven BerAKHLAK notes per final SKP, every RHK of a final SKP under an RHK of the atasan's SKP
        assertThat(jdbc.sql("""
                SELECT count(*) FROM kinerja.skp s WHERE s.tahun = ? AND s.dibuat_oleh = 'demo'
                  AND (SELECT count(*) FROM kinerja.perilaku b WHERE b.skp_id = s.id) <> 7""").param(tahun - 1).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM kinerja.rhk r
                JOIN kinerja.skp s ON s.id = r.skp_id
                JOIN pegawai.pegawai p ON p.nip = s.nip
                LEFT JOIN kinerja.rhk ra ON ra.id = r.rhk_atasan_id
                LEFT JOIN kinerja.skp sa ON sa.id = ra.skp_id
                WHERE s.dibuat_oleh = 'demo' AND r.jenis = 'UTAMA' AND p.atasan_nip IS NOT NULL
                  AND (sa.nip IS DISTINCT FROM p.atasan_nip OR sa.tahun <> s.tahun)""").query(Long.class).single()).isZero();
        // four quarterly evaluations per final SKP; a follow-up for every low final predikat
        assertThat(jdbc.sql("""
                SELECT count(*) FROM kinerja.skp s WHERE s.tahun = ? AND s.dibuat_oleh = 'demo'
                  AND (SELECT count(*) FROM kinerja.evaluasi e WHERE e.skp_id = s.id) <> 4""").param(tahun - 1).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM kinerja.skp s WHERE s.tahun = ? AND s.predikat IN ('BUTUH_PERBAIKAN', 'KURANG')
                  AND NOT EXISTS (SELECT 1 FROM kinerja.tindak_lanjut t WHERE t.skp_id = s.id)""").param(tahun - 1).query(Long.class).single()).isZero();
        assertThat(hitung("kinerja.tindak_lanjut")).isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM kinerja.indikator i JOIN kinerja.rhk r ON r.id = i.rhk_id
                JOIN kinerja.skp s ON s.id = r.skp_id
                WHERE s.tahun = ? AND s.dibuat_oleh = 'demo'
                  AND NOT EXISTS (SELECT 1 FROM kinerja.realisasi x WHERE x.indikator_id = i.id)""").param(tahun - 1).query(Long.class).single()).isZero();
        // the lock holds: a final demo SKP cannot change
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE kinerja.skp SET predikat = 'BAIK' WHERE tahun = ? AND dibuat_oleh = 'demo'")
                        .param(tahun - 1)
                        .update())
                .hasMessageContaining("SKP final");
    }

    @Test
    void predikatOrganisasiUntukSetiapOpd() {
        int tahun = LocalDate.now().getYear() - 1;
        assertThat(jdbc.sql("""
                SELECT count(*) FROM organisasi.opd o WHERE NOT EXISTS (
                    SELECT 1 FROM kinerja.predikat_organisasi k WHERE k.opd_id = o.id AND k.tahun = ?)""").param(tahun).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.predikat_organisasi WHERE predikat = 'BUTUH_PERBAIKAN' "
                                + "AND tahun = ?")
                        .param(tahun)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void disdikPunyaAktivitasSebulan() {
        KinerjaDemo k = loader.hasilkanKinerja(loader.hasilkan());
        YearMonth bulan = k.bulanAktivitas();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pegawai.pegawai p JOIN organisasi.opd o ON o.id = p.opd_id
                WHERE o.kode = 'DISDIK' AND NOT EXISTS (SELECT 1 FROM kinerja.aktivitas a
                    WHERE a.nip = p.nip AND a.tanggal BETWEEN ? AND ?)""")
                        .params(bulan.atDay(1), bulan.atEndOfMonth())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(hitung("kinerja.aktivitas")).isEqualTo(k.aktivitas().size());
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.aktivitas WHERE status = 'DIVERIFIKASI'")
                        .query(Long.class)
                        .single())
                .isPositive();
        // a few people mostly do another jabatan's work: the re-placement signal (more than 30 % of the minutes)
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT nip FROM kinerja.aktivitas GROUP BY nip
                    HAVING sum(extract(epoch FROM selesai - mulai)) FILTER (WHERE jabatan_id <> jabatan_pegawai_id)
                           > 0.3 * sum(extract(epoch FROM selesai - mulai))) x""").query(Long.class).single()).isBetween(2L, 20L);
        // the monthly summaries (built in one pass after the COPY) equal the activities, and the trigger is on again
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (
                    SELECT nip, date_trunc('month', tanggal)::date AS bulan,
                           sum((extract(epoch FROM (selesai - mulai)) / 60)::int) AS menit, count(*) AS jumlah
                    FROM kinerja.aktivitas WHERE status <> 'DITOLAK' GROUP BY 1, 2) a
                FULL JOIN kinerja.rekap_aktivitas_bulan r ON r.nip = a.nip AND r.bulan = a.bulan
                WHERE r.nip IS NULL OR a.nip IS NULL OR r.menit_efektif <> a.menit OR r.jumlah <> a.jumlah""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT tgenabled FROM pg_trigger WHERE tgname = 'aktivitas_rekap_tambah'")
                        .query(String.class)
                        .single())
                .isEqualTo("O");
        // ids continue after the loaded rows
        long maks = jdbc.sql("SELECT max(id) FROM kinerja.aktivitas")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT last_value FROM pg_sequences WHERE schemaname = 'kinerja' "
                                + "AND sequencename = 'aktivitas_id_seq'")
                        .query(Long.class)
                        .single())
                .isEqualTo(maks);
    }
}

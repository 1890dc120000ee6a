package id.aparatur.perencanaan.application;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.pegawai.ProyeksiPensiun;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.MasalahKaskade;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import id.aparatur.perencanaan.kaskade.SyaratPendidikan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.LogikaMerit;
import id.aparatur.shared.TahunAnggaran;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the cascade's problem from the database, read-only through the published read contracts of organisasi,
 * pegawai, asesmen, kinerja and penempatan (style 8.4.1), in one repeatable-read transaction so that every query sees
 * the same moment.
 *
 * <ul>
 *   <li>Positions: every active jabatan; tingkat = jenis jabatan, {@code FUNGSIONAL/<jenjang>} for a JF; kebutuhan =
 *       kuota; pendidikan minimal = the lowest level the syarat text accepts ({@link SyaratPendidikan#dariTeks});
 *       pangkat minimal = syarat pangkat minimal; SKJ with the bobot rounded to whole percent points (at least 1, as
 *       the placement engine does).</li>
 *   <li>Employees: every active pegawai. The seat is the current jabatan, or on an approved placement scenario its
 *       proposal (DITEMPATKAN: the proposed jabatan, TIDAK_DITEMPATKAN: none; DIKECUALIKAN and employees the scenario
 *       does not name keep their seat). A seat in a position that is no longer active counts as none. PNS =
 *       status kepegawaian PNS; pendidikan, golongan; the current competency levels ({@code asesmen.v_level_terkini});
 *       an active sedang/berat sanction by the rule {@link id.aparatur.pegawai.AturanHukumanDisiplin} (through its SQL
 *       twin {@code pegawai.dalam_hukuman_disiplin}); the months in the current level; the predikat of the years
 *       before the reference year ({@code kinerja.v_predikat_tahunan}); for the JPT gates the disciplinary track
 *       record ({@code pegawai.rekam_jejak_disiplin}, twin of {@link id.aparatur.pegawai.AturanRekamJejakDisiplin})
 *       and the age in completed years on the planned inauguration date ({@code pegawai.usia_pada}, twin of
 *       {@link id.aparatur.pegawai.AturanUsia}), joined into the employee query.</li>
 *   <li>Months in level: cumulative over every valid riwayat JABATAN period (TMT up to today) in the current level or
 *       an equivalent one ({@link #mulaiTingkat}); with no such entry: since {@code tmt_jabatan}. One query with a
 *       window function for all employees at once.</li>
 *   <li>With a planning year, employees whose TMT pensiun ({@link ProyeksiPensiun}) falls by 31 December of that year
 *       are taken out, so their seats are vacancies. Birth dates are never read here; the age only as the JPT age
 *       limit needs it.</li>
 * </ul>
 */
@Component
@LogikaMerit(
        izinkan = "usia",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c: usia JPT pratama di bawah 56 tahun saat pelantikan")
public class PembangunMasalahKaskade {

    private final JdbcClient jdbc;
    private final ProyeksiPensiun proyeksiPensiun;
    private final AturanKaskadeBerlaku aturanBerlaku;

    PembangunMasalahKaskade(JdbcClient jdbc, ProyeksiPensiun proyeksiPensiun, AturanKaskadeBerlaku aturanBerlaku) {
        this.jdbc = jdbc;
        this.proyeksiPensiun = proyeksiPensiun;
        this.aturanBerlaku = aturanBerlaku;
    }

    /** The SQL expression of the level key of the jabatan aliased {@code j}. */
    static final String TINGKAT_SQL =
            "CASE WHEN j.jenjang IS NULL THEN j.jenis_jabatan ELSE j.jenis_jabatan || '/' || j.jenjang END";

    private record Peg(
            String nip,
            String nama,
            @Nullable Long jabatanId,
            boolean pns,
            @Nullable String pendidikan,
            @Nullable String golongan,
            boolean pernahHukumanSedangBerat,
            boolean dalamPemeriksaan,
            @Nullable Integer usia) {}

    /** The latest predikat and those of the years before the reference year, newest first. */
    record Kinerja(@Nullable PredikatKinerja terakhir, List<@Nullable PredikatKinerja> tahunan) {}

    /**
     * Builds the snapshot.
     *
     * @param skenarioId an approved (DISETUJUI or DITETAPKAN) placement scenario whose seats to use, or null
     * @param tahunRencana take out employees retiring by 31 December of this year, or null
     * @throws DataTidakDitemukanException when the scenario does not exist
     * @throws KonflikException when the scenario is not approved or is archived
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public KaskadeSnapshot bangun(@Nullable Long skenarioId, @Nullable Integer tahunRencana, LocalDate hariIni) {
        long awal = System.nanoTime();
        if (skenarioId != null) {
            periksaSkenario(skenarioId);
        }
        // The gates in force on the run's reference date: one registry read per run.
        AturanKaskadeBerlaku.Berlaku berlaku =
                aturanBerlaku.pada(AturanKaskadeBerlaku.tanggalAcuanAturan(hariIni, tahunRencana));
        AturanKaskade aturan = berlaku.aturan();

        Map<Long, KaskadeSnapshot.Jabatan> jabatan = new LinkedHashMap<>();
        Map<Long, Integer> kuota = new HashMap<>();
        jdbc.sql("""
                        SELECT j.id, j.nama,\s""" + TINGKAT_SQL + """
                        , j.kelas, j.rumpun_kode, j.unit_id, u.nama, j.opd_id, o.nama,
                               j.syarat_pendidikan, j.syarat_pangkat_minimal, j.kuota
                        FROM organisasi.v_jabatan j JOIN organisasi.v_unit u ON u.id = j.unit_id
                        JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE j.aktif ORDER BY j.id""")
                .query((rs, i) -> {
                    var jab = new KaskadeSnapshot.Jabatan(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getString(7),
                            rs.getLong(8),
                            rs.getString(9),
                            kosongJadiNull(rs.getString(10)),
                            kosongJadiNull(rs.getString(11)));
                    return Map.entry(jab, rs.getInt(12));
                })
                .list()
                .forEach(e -> {
                    jabatan.put(e.getKey().id(), e.getKey());
                    kuota.put(e.getKey().id(), e.getValue());
                });

        Map<Long, List<Syarat>> skj = new HashMap<>();
        jdbc.sql("""
                        SELECT k.jabatan_id, k.kompetensi_kode, k.level, k.bobot FROM organisasi.v_standar_kompetensi k
                        JOIN organisasi.v_jabatan j ON j.id = k.jabatan_id WHERE j.aktif
                        ORDER BY k.jabatan_id, k.kompetensi_kode""")
                .query((rs, i) -> Map.entry(
                        rs.getLong(1), new Syarat(rs.getString(2), rs.getInt(3), bobotBulat(rs.getBigDecimal(4)))))
                .list()
                .forEach(e ->
                        skj.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));

        // Seats: now, or the scenario's proposal (a LEFT JOIN on a null scenario matches nothing). The JPT track record
        // and the age on the planned inauguration come from pegawai's published twins of AturanRekamJejakDisiplin and
        // AturanUsia, joined into this one query.
        LocalDate pelantikan = aturan.usiaJpt().tanggalPelantikan(hariIni, tahunRencana);
        List<Peg> pegawai = jdbc.sql("""
                        SELECT p.nip, p.nama,
                               CASE WHEN u.nip IS NULL OR u.status = 'DIKECUALIKAN' THEN p.jabatan_id
                                    WHEN u.status = 'DITEMPATKAN' THEN u.jabatan_usulan_id END AS jabatan_id,
                               p.status_kepegawaian = 'PNS', p.pendidikan_tingkat, p.golongan,
                               COALESCE(d.pernah_sedang_berat, false), COALESCE(d.dalam_pemeriksaan, false), a.usia
                        FROM pegawai.v_pegawai_aktif p
                        LEFT JOIN penempatan.v_usulan u ON u.skenario_id = CAST(:skenario AS bigint) AND u.nip = p.nip
                        LEFT JOIN pegawai.rekam_jejak_disiplin(:hariIni) d ON d.nip = p.nip
                        LEFT JOIN pegawai.usia_pada(:pelantikan) a ON a.nip = p.nip
                        ORDER BY p.nip""")
                .param("skenario", skenarioId)
                .param("hariIni", hariIni)
                .param("pelantikan", pelantikan)
                .query((rs, i) -> new Peg(
                        rs.getString(1).trim(),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        (Integer) rs.getObject(9)))
                .list();

        // The rule has one home: pegawai's published twin of AturanHukumanDisiplin (only active candidates are asked).
        Set<String> hukuman = new HashSet<>(jdbc.sql("SELECT nip FROM pegawai.dalam_hukuman_disiplin(?)")
                .param(hariIni)
                .query((rs, i) -> rs.getString(1).trim())
                .list());

        Map<String, LocalDate> mulaiTingkat = mulaiTingkat(hariIni, aturan);

        Map<String, Map<String, Integer>> level = new HashMap<>();
        jdbc.sql("""
                        SELECT l.nip, l.kompetensi_kode, l.level FROM asesmen.v_level_terkini l
                        JOIN pegawai.v_pegawai_aktif p ON p.nip = l.nip""")
                .query((rs, i) -> {
                    level.computeIfAbsent(rs.getString(1).trim(), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                    return 0;
                })
                .list();

        Map<String, Kinerja> predikat = predikatKinerja(hariIni, aturan);

        Map<String, String> namaPegawai = new HashMap<>();
        pegawai.forEach(p -> namaPegawai.put(p.nip(), p.nama()));
        List<KaskadeSnapshot.Pensiun> pensiun = new ArrayList<>();
        Set<String> keluar = new HashSet<>();
        if (tahunRencana != null) {
            for (ProyeksiPensiun.Pensiun p : proyeksiPensiun.sampai(TahunAnggaran.akhir(tahunRencana))) {
                String nip = p.nip().trim();
                keluar.add(nip);
                pensiun.add(new KaskadeSnapshot.Pensiun(
                        nip, namaPegawai.getOrDefault(nip, nip), p.jabatanId(), p.tmtPensiun()));
            }
        }

        List<PosisiKaskade> posisi = new ArrayList<>();
        for (KaskadeSnapshot.Jabatan j : jabatan.values()) {
            posisi.add(new PosisiKaskade(
                    j.id(),
                    j.opdId(),
                    j.unitId(),
                    j.tingkat(),
                    j.kelas(),
                    j.rumpun(),
                    kuota.get(j.id()),
                    SyaratPendidikan.dariTeks(j.syaratPendidikan()),
                    j.syaratPangkat(),
                    skj.getOrDefault(j.id(), List.of())));
        }
        List<CalonKaskade> calon = new ArrayList<>();
        for (Peg p : pegawai) {
            if (keluar.contains(p.nip())) {
                continue;
            }
            Long kursi = p.jabatanId() != null && jabatan.containsKey(p.jabatanId()) ? p.jabatanId() : null;
            LocalDate mulai = mulaiTingkat.get(p.nip());
            int bulan = mulai == null || mulai.isAfter(hariIni) ? 0 : (int) ChronoUnit.MONTHS.between(mulai, hariIni);
            Kinerja k = predikat.get(p.nip());
            calon.add(new CalonKaskade(
                    p.nip(),
                    kursi,
                    p.pns(),
                    p.pendidikan(),
                    p.golongan(),
                    bulan,
                    hukuman.contains(p.nip()),
                    k == null ? null : k.terakhir(),
                    level.getOrDefault(p.nip(), Map.of()),
                    k == null ? List.of() : k.tahunan(),
                    p.pernahHukumanSedangBerat(),
                    p.dalamPemeriksaan(),
                    p.usia()));
        }
        return new KaskadeSnapshot(
                new MasalahKaskade(posisi, calon, aturan),
                hariIni,
                skenarioId,
                tahunRencana,
                jabatan,
                namaPegawai,
                pensiun,
                (System.nanoTime() - awal) / 1_000_000,
                pelantikan,
                List.of(berlaku.dipakai()));
    }

    /**
     * The months in level as a start date, per active employee with a current position: the reference date minus the
     * cumulative days of every valid riwayat JABATAN period (TMT up to the reference date) in a level of the current
     * level's group ({@link id.aparatur.perencanaan.kaskade.KesetaraanTingkat}: the level itself and its equivalent JF,
     * PermenPANRB 17/2021) — separate periods add up, not only the current run. A period lasts from its TMT to its own
     * end (TMT selesai, inclusive), else to the next entry's TMT, else to the reference date. Without any such period:
     * {@code tmt_jabatan}; null when neither is known. One query for all employees.
     */
    Map<String, LocalDate> mulaiTingkat(LocalDate hariIni, AturanKaskade aturan) {
        Map<String, LocalDate> hasil = new HashMap<>();
        Map<String, String> grup = aturan.setara().grup();
        String[] tingkat = grup.keySet().toArray(String[]::new);
        String[] kelompok = new String[tingkat.length];
        for (int i = 0; i < tingkat.length; i++) {
            kelompok[i] = grup.get(tingkat[i]);
        }
        jdbc.sql("""
                        WITH setara AS (
                            SELECT * FROM unnest(CAST(:tingkat AS text[]), CAST(:grup AS text[])) AS s (tingkat, grup)),
                        kini AS (
                            SELECT p.nip, p.tmt_jabatan, COALESCE(s.grup, t.tingkat) AS grup
                            FROM pegawai.v_pegawai_aktif p JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                            CROSS JOIN LATERAL (SELECT\s""" + TINGKAT_SQL + """
                         AS tingkat) t
                            LEFT JOIN setara s ON s.tingkat = t.tingkat),
                        jejak AS (
                            SELECT r.nip, r.tmt, r.tmt_selesai, COALESCE(s.grup, t.tingkat) AS grup,
                                   lead(r.tmt) OVER (PARTITION BY r.nip ORDER BY r.tmt, r.id) AS berikut
                            FROM pegawai.v_riwayat r JOIN kini k ON k.nip = r.nip
                            LEFT JOIN organisasi.v_jabatan j ON j.id = r.jabatan_id
                            CROSS JOIN LATERAL (SELECT\s""" + TINGKAT_SQL + """
                         AS tingkat) t
                            LEFT JOIN setara s ON s.tingkat = t.tingkat
                            WHERE r.jenis = 'JABATAN' AND r.jabatan_id IS NOT NULL AND r.tmt <= :hariIni),
                        masa AS (
                            SELECT g.nip, sum(GREATEST(0, LEAST(COALESCE(g.tmt_selesai + 1, :hariIni),
                                                                COALESCE(g.berikut, :hariIni), :hariIni) - g.tmt)) AS hari
                            FROM jejak g JOIN kini k ON k.nip = g.nip
                            WHERE g.grup = k.grup
                            GROUP BY g.nip)
                        SELECT k.nip, CASE WHEN m.hari IS NULL THEN k.tmt_jabatan
                                           ELSE CAST(:hariIni AS date) - CAST(m.hari AS integer) END
                        FROM kini k LEFT JOIN masa m ON m.nip = k.nip""")
                .param("tingkat", tingkat)
                .param("grup", kelompok)
                .param("hariIni", hariIni)
                .query((rs, i) -> {
                    java.sql.Date d = rs.getDate(2);
                    if (d != null) {
                        hasil.put(rs.getString(1).trim(), d.toLocalDate());
                    }
                    return 0;
                })
                .list();
        return hasil;
    }

    /**
     * Per employee the predikat of the latest FINAL annual SKP of a year before or in {@code hariIni}'s year (the cost
     * term) and those of the {@code aturan.kinerja().tahun()} years before that year, newest first, null where a year
     * has no final SKP ({@code kinerja.v_predikat_tahunan}, also those imported from e-Kinerja). One query.
     */
    Map<String, Kinerja> predikatKinerja(LocalDate hariIni, AturanKaskade aturan) {
        int tahunAcuan = hariIni.getYear();
        int jumlah = aturan.kinerja().tahun();
        Map<String, PredikatKinerja> terakhir = new HashMap<>();
        Map<String, PredikatKinerja[]> tahunan = new HashMap<>();
        jdbc.sql("""
                        SELECT nip, tahun, predikat FROM kinerja.v_predikat_tahunan
                        WHERE tahun <= ? ORDER BY nip, tahun DESC""")
                .param(tahunAcuan)
                .query((rs, i) -> {
                    String nip = rs.getString(1).trim();
                    int tahun = rs.getInt(2);
                    PredikatKinerja p = PredikatKinerja.valueOf(rs.getString(3));
                    terakhir.putIfAbsent(nip, p);
                    int indeks = tahunAcuan - 1 - tahun;
                    if (indeks >= 0 && indeks < jumlah) {
                        tahunan.computeIfAbsent(nip, x -> new PredikatKinerja[jumlah])[indeks] = p;
                    }
                    return 0;
                })
                .list();
        Map<String, Kinerja> hasil = new HashMap<>();
        terakhir.forEach((nip, p) -> {
            PredikatKinerja[] t = tahunan.get(nip);
            hasil.put(nip, new Kinerja(p, t == null ? List.of() : Arrays.asList(t)));
        });
        return hasil;
    }

    private void periksaSkenario(long id) {
        List<Map<String, Object>> s = jdbc.sql("SELECT status, diarsipkan FROM penempatan.v_skenario WHERE id = ?")
                .param(id)
                .query()
                .listOfRows();
        if (s.isEmpty()) {
            throw new DataTidakDitemukanException("Skenario penempatan", id);
        }
        String status = (String) s.get(0).get("status");
        if (!"DISETUJUI".equals(status) && !"DITETAPKAN".equals(status)) {
            throw new KonflikException(
                    "kaskade.galat.skenario-belum-disetujui",
                    "Skenario " + id + " berstatus " + status + ", bukan DISETUJUI atau DITETAPKAN");
        }
        if (Boolean.TRUE.equals(s.get(0).get("diarsipkan"))) {
            throw new KonflikException("kaskade.galat.skenario-diarsipkan", "Skenario " + id + " diarsipkan");
        }
    }

    /**
     * The SKJ bobot (a share in percent with two decimals) as an integer weight: rounded half-up to whole percent
     * points, at least 1 — the same conversion as the placement scenarios, so both speak of the same gap.
     */
    static long bobotBulat(BigDecimal bobot) {
        return Math.max(1L, bobot.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static @Nullable String kosongJadiNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

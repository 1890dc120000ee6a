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
 *       twin {@code pegawai.dalam_hukuman_disiplin}); the months in the current level.</li>
 *   <li>Months in level: the riwayat JABATAN entries (not cancelled, TMT up to today), newest first, are walked while
 *       their position has the level of the current seat; the earliest TMT of that run is the start (with no such
 *       entry: {@code tmt_jabatan}). Done with a window function for all employees at once.</li>
 *   <li>With a planning year, employees whose TMT pensiun ({@link ProyeksiPensiun}) falls by 31 December of that year
 *       are taken out, so their seats are vacancies. Birth dates are never read here.</li>
 * </ul>
 */
@Component
@LogikaMerit
public class PembangunMasalahKaskade {

    private final JdbcClient jdbc;
    private final ProyeksiPensiun proyeksiPensiun;
    private final AturanKaskade aturan;

    PembangunMasalahKaskade(JdbcClient jdbc, ProyeksiPensiun proyeksiPensiun, AturanKaskade aturan) {
        this.jdbc = jdbc;
        this.proyeksiPensiun = proyeksiPensiun;
        this.aturan = aturan;
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
            @Nullable String golongan) {}

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

        // Seats: now, or the scenario's proposal (a LEFT JOIN on a null scenario matches nothing).
        List<Peg> pegawai = jdbc.sql("""
                        SELECT p.nip, p.nama,
                               CASE WHEN u.nip IS NULL OR u.status = 'DIKECUALIKAN' THEN p.jabatan_id
                                    WHEN u.status = 'DITEMPATKAN' THEN u.jabatan_usulan_id END AS jabatan_id,
                               p.status_kepegawaian = 'PNS', p.pendidikan_tingkat, p.golongan
                        FROM pegawai.v_pegawai_aktif p
                        LEFT JOIN penempatan.v_usulan u ON u.skenario_id = CAST(:skenario AS bigint) AND u.nip = p.nip
                        ORDER BY p.nip""")
                .param("skenario", skenarioId)
                .query((rs, i) -> new Peg(
                        rs.getString(1).trim(),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();

        // The rule has one home: pegawai's published twin of AturanHukumanDisiplin (only active candidates are asked).
        Set<String> hukuman = new HashSet<>(jdbc.sql("SELECT nip FROM pegawai.dalam_hukuman_disiplin(?)")
                .param(hariIni)
                .query((rs, i) -> rs.getString(1).trim())
                .list());

        Map<String, LocalDate> mulaiTingkat = mulaiTingkat(hariIni);

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

        Map<String, PredikatKinerja> predikat = predikatKinerja(hariIni);

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
            calon.add(new CalonKaskade(
                    p.nip(),
                    kursi,
                    p.pns(),
                    p.pendidikan(),
                    p.golongan(),
                    bulan,
                    hukuman.contains(p.nip()),
                    predikat.get(p.nip()),
                    level.getOrDefault(p.nip(), Map.of())));
        }
        return new KaskadeSnapshot(
                new MasalahKaskade(posisi, calon, aturan),
                hariIni,
                skenarioId,
                tahunRencana,
                jabatan,
                namaPegawai,
                pensiun,
                (System.nanoTime() - awal) / 1_000_000);
    }

    /**
     * Start of the current run of consecutive positions of the current level, per active employee with a current
     * position: the earliest TMT among the newest riwayat JABATAN entries whose position has the current level
     * (stopping at the first of another level), else {@code tmt_jabatan}; null when neither is known.
     */
    Map<String, LocalDate> mulaiTingkat(LocalDate hariIni) {
        Map<String, LocalDate> hasil = new HashMap<>();
        jdbc.sql("""
                        WITH kini AS (
                            SELECT p.nip, p.tmt_jabatan,\s""" + TINGKAT_SQL + """
                         AS tingkat
                            FROM pegawai.v_pegawai_aktif p JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id),
                        jejak AS (
                            SELECT r.nip, r.tmt,
                                   bool_and(COALESCE(\s""" + TINGKAT_SQL + """
                         = k.tingkat, false))
                                       OVER (PARTITION BY r.nip ORDER BY r.tmt DESC, r.id DESC
                                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS beruntun
                            FROM pegawai.v_riwayat r JOIN kini k ON k.nip = r.nip
                            LEFT JOIN organisasi.v_jabatan j ON j.id = r.jabatan_id
                            WHERE r.jenis = 'JABATAN' AND r.jabatan_id IS NOT NULL
                              AND r.tmt <= :hariIni)
                        SELECT k.nip, COALESCE(min(g.tmt) FILTER (WHERE g.beruntun), k.tmt_jabatan)
                        FROM kini k LEFT JOIN jejak g ON g.nip = k.nip
                        GROUP BY k.nip, k.tmt_jabatan""")
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
     * The predikat of each employee's latest FINAL annual SKP of a year before or in {@code hariIni}'s year
     * ({@code kinerja.v_predikat_tahunan}), also those imported from e-Kinerja. No final SKP = no
     * predikat, which neither gate nor term holds against anyone.
     */
    Map<String, PredikatKinerja> predikatKinerja(LocalDate hariIni) {
        Map<String, PredikatKinerja> hasil = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (nip) nip, predikat FROM kinerja.v_predikat_tahunan
                        WHERE tahun <= ? ORDER BY nip, tahun DESC""")
                .param(hariIni.getYear())
                .query((rs, i) -> {
                    hasil.put(rs.getString(1).trim(), PredikatKinerja.valueOf(rs.getString(2)));
                    return 0;
                })
                .list();
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

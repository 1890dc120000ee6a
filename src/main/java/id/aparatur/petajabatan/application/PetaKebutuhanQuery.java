package id.aparatur.petajabatan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.ProyeksiPensiun;
import id.aparatur.penempatan.DaftarSkenario;
import id.aparatur.penempatan.DaftarSkenario.SkenarioRingkas;
import id.aparatur.petajabatan.domain.ProyeksiBezetting;
import id.aparatur.petajabatan.domain.RekapKebutuhan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peta kebutuhan: B, K and ± of every active position for a unit (with its sub-units), an OPD or the whole Pemda
 * within the caller's scope — today, or after a chosen placement scenario — with the Pemda dashboard (totals per OPD,
 * per jenis jabatan, the largest shortages and surpluses) and the five-year projection at BUP.
 *
 * <p><b>Seats.</b> Every active employee holds at most one seat. Today that is the current jabatan (counted only when
 * the employee is registered in the jabatan's OPD, exactly as {@code pegawai.Bezetting}). After a scenario the
 * scenario's proposal (penempatan's read contract {@code penempatan.v_usulan}, joined in SQL) decides where it says
 * so ({@code menentukan_kursi}: placed → the proposed jabatan, not placed → no seat); excluded or not in the scenario →
 * the seat of today. Employees who left service after the scenario was computed hold no seat (only active employees
 * count).
 */
@Service
@Transactional(readOnly = true)
public class PetaKebutuhanQuery {

    /** How many years the projection covers after the current one. */
    public static final int TAHUN_PROYEKSI = 5;

    /** How many positions the top lists show. */
    public static final int JUMLAH_TERATAS = 10;

    /** The part of the Pemda asked for, already checked against the caller's scope. */
    public record Lingkup(
            @Nullable OpdRingkas opd,
            @Nullable Long unitId,
            @Nullable String unitNama,
            @Nullable SkenarioRingkas skenario) {}

    /** One active position with its B (today or after the scenario) and K (kuota). */
    public record BarisKebutuhan(
            long jabatanId,
            String kode,
            String nama,
            long opdId,
            String opdKode,
            String opdNama,
            long unitId,
            String unitNama,
            String jenisJabatan,
            @Nullable String jenjang,
            int kelas,
            String rumpun,
            int b,
            int k) {

        public int selisih() {
            return b - k;
        }

        public int kurang() {
            return Math.max(0, k - b);
        }

        public int lebih() {
            return Math.max(0, b - k);
        }

        public RekapKebutuhan rekap() {
            return RekapKebutuhan.jabatan(b, k);
        }
    }

    public record RekapOpd(long opdId, String kode, String nama, RekapKebutuhan rekap) {}

    public record RekapJenis(String jenisJabatan, RekapKebutuhan rekap) {}

    /** The dashboard of a Pemda (or of the OPD in scope). */
    public record RekapPemda(
            Lingkup lingkup,
            RekapKebutuhan total,
            List<RekapOpd> opd,
            List<RekapJenis> jenis,
            List<BarisKebutuhan> kurangTerbesar,
            List<BarisKebutuhan> lebihTerbesar) {}

    /** One year of a projection: B at the end of the year, K, kurang, lebih, and how many holders retire in it. */
    public record TahunProyeksi(int tahun, RekapKebutuhan rekap, int pensiun) {}

    public record ProyeksiOpd(
            long opdId, String kode, String nama, RekapKebutuhan saatIni, List<TahunProyeksi> tahun) {}

    public record ProyeksiJenis(String jenisJabatan, RekapKebutuhan saatIni, List<TahunProyeksi> tahun) {}

    /** A holder who retires within the projection and the position left vacant. */
    public record PensiunBaris(
            String nip,
            String nama,
            long jabatanId,
            String jabatanNama,
            String unitNama,
            long opdId,
            String opdNama,
            int bup,
            LocalDate tmtPensiun) {

        public int tahun() {
            return tmtPensiun.getYear();
        }
    }

    /**
     * @param rincianPensiun whether {@code pensiun} lists names (ADMIN_BKD and PPK only); otherwise it is empty
     */
    public record Proyeksi(
            Lingkup lingkup,
            int tahunDasar,
            List<Integer> tahun,
            RekapKebutuhan saatIni,
            List<TahunProyeksi> total,
            List<ProyeksiOpd> opd,
            List<ProyeksiJenis> jenis,
            List<PensiunBaris> pensiun,
            boolean rincianPensiun) {}

    /** The Pemda dashboard page: the dashboard and the scenarios it can be shown after. */
    public record HalamanPemda(RekapPemda rekap, List<SkenarioRingkas> daftarSkenario) {}

    /** The projection page: the projection, the scenarios and the OPD it can be narrowed to. */
    public record HalamanProyeksi(
            Proyeksi proyeksi, List<SkenarioRingkas> daftarSkenario, List<OpdRingkas> daftarOpd) {}

    /** Every active position of a checked scope with its B and K. */
    public record DaftarKebutuhan(Lingkup lingkup, List<BarisKebutuhan> jabatan) {}

    /**
     * Seat of every active employee: {@code :skenario} is -1 for today. Kept in one place so that the peta, the
     * dashboard and the projection count the very same seats.
     */
    private static final String KURSI = """
            kursi AS (
              SELECT p.nip,
                CASE WHEN u.menentukan_kursi THEN u.jabatan_usulan_id
                     WHEN jp.opd_id = p.opd_id THEN p.jabatan_id END AS jabatan_id
              FROM pegawai.v_pegawai_aktif p
              LEFT JOIN organisasi.v_jabatan jp ON jp.id = p.jabatan_id
              LEFT JOIN penempatan.v_usulan u ON u.skenario_id = :skenario AND u.nip = p.nip)""";

    private static final String SUBTREE = """
            RECURSIVE subtree AS (
              SELECT id FROM organisasi.v_unit WHERE id = :unit
              UNION ALL
              SELECT u.id FROM organisasi.v_unit u JOIN subtree s ON u.induk_id = s.id)""";

    private final JdbcClient jdbc;
    private final StrukturOrganisasi organisasi;
    private final ProyeksiPensiun proyeksiPensiun;
    private final DaftarSkenario daftarSkenario;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    PetaKebutuhanQuery(
            JdbcClient jdbc,
            StrukturOrganisasi organisasi,
            ProyeksiPensiun proyeksiPensiun,
            DaftarSkenario daftarSkenario,
            CakupanPengguna cakupan,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
        this.proyeksiPensiun = proyeksiPensiun;
        this.daftarSkenario = daftarSkenario;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    /** Scenarios that can be chosen (not archived, with a result), latest step first. */
    public List<SkenarioRingkas> skenarioPilihan() {
        return daftarSkenario.dapatDipilih();
    }

    /** The dashboard of the caller's scope, today or after {@code skenarioId}. */
    public HalamanPemda halamanPemda(@Nullable Long skenarioId) {
        Cakupan c = cakupan.saatIni();
        return new HalamanPemda(rekap(c, lingkup(c, null, null, skenarioId)), skenarioPilihan());
    }

    /** The five-year projection of the caller's scope or of one OPD in it, today or after {@code skenarioId}. */
    public Proyeksi proyeksi(@Nullable Long opdId, @Nullable Long skenarioId) {
        Cakupan c = cakupan.saatIni();
        return proyeksi(c, lingkup(c, opdId, null, skenarioId));
    }

    public HalamanProyeksi halamanProyeksi(@Nullable Long opdId, @Nullable Long skenarioId) {
        Cakupan c = cakupan.saatIni();
        return new HalamanProyeksi(
                proyeksi(c, lingkup(c, opdId, null, skenarioId)), skenarioPilihan(), organisasi.semuaOpd(c));
    }

    /** Every active position of the caller's scope, of one OPD or of one unit with its sub-units, with B and K. */
    public DaftarKebutuhan jabatan(@Nullable Long opdId, @Nullable Long unitId, @Nullable Long skenarioId) {
        Cakupan c = cakupan.saatIni();
        Lingkup l = lingkup(c, opdId, unitId, skenarioId);
        return new DaftarKebutuhan(l, jabatan(c, l));
    }

    /**
     * Checks what the caller asked for.
     *
     * @throws DataTidakDitemukanException an OPD, unit or scenario that does not exist or (OPD, unit) lies outside the
     *     caller's scope
     * @throws ValidasiException a unit outside the given OPD, or a scenario that is archived or not finished,
     *     approved or decided
     */
    Lingkup lingkup(Cakupan c, @Nullable Long opdId, @Nullable Long unitId, @Nullable Long skenarioId) {
        OpdRingkas opd = null;
        if (opdId != null) {
            opd = organisasi.opd(c, opdId);
        }
        String unitNama = null;
        if (unitId != null) {
            var unit = jdbc.sql("SELECT opd_id, nama FROM organisasi.v_unit WHERE id = ?")
                    .param(unitId)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .optional()
                    .orElseThrow(() -> new DataTidakDitemukanException("Unit", unitId));
            if (!c.melihatOpd(unit.getKey())) {
                throw new DataTidakDitemukanException("Unit", unitId);
            }
            if (opd != null && opd.id() != unit.getKey()) {
                throw new ValidasiException("unit", "petakebutuhan.galat.unit-bukan-opd");
            }
            if (opd == null) {
                opd = organisasi.opd(c, unit.getKey());
            }
            unitNama = unit.getValue();
        }
        return new Lingkup(opd, unitId, unitNama, skenarioId == null ? null : skenario(skenarioId));
    }

    /**
     * @throws DataTidakDitemukanException no such scenario
     * @throws ValidasiException the scenario is archived or has no usable proposal (DRAF, BERJALAN, GAGAL)
     */
    SkenarioRingkas skenario(long id) {
        SkenarioRingkas s = daftarSkenario.muat(id).orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
        if (!s.dapatDipilih()) {
            throw new ValidasiException("skenario", "petakebutuhan.galat.skenario-status");
        }
        return s;
    }

    /** Every active position of the scope with its B and K, ordered by OPD, unit and kelas. */
    List<BarisKebutuhan> jabatan(Cakupan c, Lingkup l) {
        Map<String, Object> p = new HashMap<>();
        p.put("skenario", l.skenario() == null ? -1L : l.skenario().id());
        List<String> syarat = new ArrayList<>();
        syarat.add("j.aktif");
        if (!c.semuaOpd()) {
            syarat.add("j.opd_id = :cakupanOpd");
            p.put("cakupanOpd", c.opdId() == null ? -1L : c.opdId());
        }
        if (l.opd() != null) {
            syarat.add("j.opd_id = :opd");
            p.put("opd", l.opd().id());
        }
        String with = "WITH ";
        if (l.unitId() != null) {
            with += SUBTREE + ",\n";
            syarat.add("j.unit_id IN (SELECT id FROM subtree)");
            p.put("unit", l.unitId());
        }
        return jdbc.sql(with + KURSI + """
                        , b AS (SELECT jabatan_id, count(*) AS n FROM kursi WHERE jabatan_id IS NOT NULL GROUP BY jabatan_id)
                        SELECT j.id, j.kode, j.nama, j.opd_id, o.kode AS opd_kode, o.nama AS opd_nama, j.unit_id,
                          un.nama AS unit_nama, j.jenis_jabatan, j.jenjang, j.kelas, j.rumpun_kode, coalesce(b.n, 0) AS b,
                          j.kuota
                        FROM organisasi.v_jabatan j
                        JOIN organisasi.v_opd o ON o.id = j.opd_id
                        JOIN organisasi.v_unit un ON un.id = j.unit_id
                        LEFT JOIN b ON b.jabatan_id = j.id
                        WHERE\s""" + String.join(" AND ", syarat)
                        + " ORDER BY o.nama, j.opd_id, j.unit_id, j.kelas DESC, j.nama, j.id")
                .params(p)
                .query((rs, i) -> new BarisKebutuhan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getInt(11),
                        rs.getString(12),
                        rs.getInt(13),
                        rs.getInt(14)))
                .list();
    }

    /** B per position of one OPD after a scenario (for the OPD peta); the caller has checked scope. */
    Map<Long, Integer> bezettingPerJabatan(long opdId, long skenarioId) {
        Map<Long, Integer> hasil = new HashMap<>();
        jdbc.sql("WITH " + KURSI + """
                         SELECT k.jabatan_id, count(*) FROM kursi k JOIN organisasi.v_jabatan j ON j.id = k.jabatan_id
                         WHERE j.opd_id = :opd GROUP BY k.jabatan_id""")
                .param("skenario", skenarioId)
                .param("opd", opdId)
                .query((ResultSet rs) -> {
                    hasil.put(rs.getLong(1), rs.getInt(2));
                });
        return hasil;
    }

    /** The dashboard: totals, per OPD (every OPD in scope, also those without positions), per jenis, top lists. */
    RekapPemda rekap(Cakupan c, Lingkup l) {
        List<BarisKebutuhan> baris = jabatan(c, l);
        Map<Long, RekapKebutuhan> perOpd = new HashMap<>();
        Map<String, RekapKebutuhan> perJenis = new TreeMap<>(
                Comparator.comparingInt(j -> JenisJabatan.valueOf(j).ordinal()));
        RekapKebutuhan total = RekapKebutuhan.KOSONG;
        for (BarisKebutuhan b : baris) {
            perOpd.merge(b.opdId(), b.rekap(), RekapKebutuhan::tambah);
            perJenis.merge(b.jenisJabatan(), b.rekap(), RekapKebutuhan::tambah);
            total = total.tambah(b.rekap());
        }
        List<RekapOpd> opd = new ArrayList<>();
        for (OpdRingkas o : opdLingkup(c, l)) {
            opd.add(new RekapOpd(o.id(), o.kode(), o.nama(), perOpd.getOrDefault(o.id(), RekapKebutuhan.KOSONG)));
        }
        List<RekapJenis> jenis = perJenis.entrySet().stream()
                .map(e -> new RekapJenis(e.getKey(), e.getValue()))
                .toList();
        List<BarisKebutuhan> kurang = baris.stream()
                .filter(b -> b.kurang() > 0)
                .sorted(Comparator.comparingInt(BarisKebutuhan::kurang)
                        .reversed()
                        .thenComparing(BarisKebutuhan::nama)
                        .thenComparingLong(BarisKebutuhan::jabatanId))
                .limit(JUMLAH_TERATAS)
                .toList();
        List<BarisKebutuhan> lebih = baris.stream()
                .filter(b -> b.lebih() > 0)
                .sorted(Comparator.comparingInt(BarisKebutuhan::lebih)
                        .reversed()
                        .thenComparing(BarisKebutuhan::nama)
                        .thenComparingLong(BarisKebutuhan::jabatanId))
                .limit(JUMLAH_TERATAS)
                .toList();
        return new RekapPemda(l, total, opd, jenis, kurang, lebih);
    }

    /**
     * Five-year projection from today's seats (or the scenario's): B at the end of each year of current+1 … current+5
     * when nobody is recruited and every holder retires at the BUP ({@link ProyeksiPensiun}), against the current K.
     * Holders whose TMT pensiun lies in the rest of the current year are already gone at the end of the first year.
     */
    Proyeksi proyeksi(Cakupan c, Lingkup l) {
        int tahunDasar = LocalDate.now(clock).getYear();
        List<Integer> tahun = new ArrayList<>();
        for (int i = 1; i <= TAHUN_PROYEKSI; i++) {
            tahun.add(tahunDasar + i);
        }
        List<BarisKebutuhan> baris = jabatan(c, l);
        Map<Long, BarisKebutuhan> perId = new LinkedHashMap<>();
        baris.forEach(b -> perId.put(b.jabatanId(), b));
        Map<String, Long> kursi =
                kursi(l.skenario() == null ? -1L : l.skenario().id());
        List<ProyeksiBezetting.Keluar> keluar = new ArrayList<>();
        List<ProyeksiPensiun.Pensiun> pensiun = new ArrayList<>();
        for (ProyeksiPensiun.Pensiun p :
                proyeksiPensiun.sampai(ProyeksiBezetting.akhirTahun(tahun.get(tahun.size() - 1)))) {
            Long seat = kursi.get(p.nip());
            if (seat != null && perId.containsKey(seat)) {
                keluar.add(new ProyeksiBezetting.Keluar(seat, p.tmtPensiun()));
                pensiun.add(p);
            }
        }
        Map<Long, Integer> bezetting = new HashMap<>();
        baris.forEach(b -> bezetting.put(b.jabatanId(), b.b()));
        Map<Long, int[]> akhir = ProyeksiBezetting.hitung(bezetting, keluar, tahun);
        // Retirements per position and year (a TMT before the first projected year counts in the first).
        Map<Long, int[]> pergi = new HashMap<>();
        for (ProyeksiBezetting.Keluar k : keluar) {
            int i = Math.max(0, k.tmtPensiun().getYear() - tahun.get(0));
            pergi.computeIfAbsent(k.jabatanId(), x -> new int[tahun.size()])[i]++;
        }
        Agregat total = new Agregat(tahun.size());
        Map<Long, Agregat> perOpd = new HashMap<>();
        Map<String, Agregat> perJenis = new TreeMap<>(
                Comparator.comparingInt(j -> JenisJabatan.valueOf(j).ordinal()));
        for (BarisKebutuhan b : baris) {
            int[] a = akhir.get(b.jabatanId());
            int[] pg = pergi.getOrDefault(b.jabatanId(), new int[tahun.size()]);
            total.tambah(b, a, pg);
            perOpd.computeIfAbsent(b.opdId(), x -> new Agregat(tahun.size())).tambah(b, a, pg);
            perJenis.computeIfAbsent(b.jenisJabatan(), x -> new Agregat(tahun.size()))
                    .tambah(b, a, pg);
        }
        List<ProyeksiOpd> opd = new ArrayList<>();
        for (OpdRingkas o : opdLingkup(c, l)) {
            Agregat g = perOpd.getOrDefault(o.id(), new Agregat(tahun.size()));
            opd.add(new ProyeksiOpd(o.id(), o.kode(), o.nama(), g.saatIni, g.tahun(tahun)));
        }
        List<ProyeksiJenis> jenis = perJenis.entrySet().stream()
                .map(e -> new ProyeksiJenis(
                        e.getKey(), e.getValue().saatIni, e.getValue().tahun(tahun)))
                .toList();
        boolean rinci = c.punya(Peran.ADMIN_BKD) || c.punya(Peran.PPK);
        List<PensiunBaris> daftar = rinci ? daftarPensiun(pensiun, kursi, perId) : List.of();
        return new Proyeksi(l, tahunDasar, tahun, total.saatIni, total.tahun(tahun), opd, jenis, daftar, rinci);
    }

    /** Sums of a group of positions: today and per projected year. */
    private static final class Agregat {

        RekapKebutuhan saatIni = RekapKebutuhan.KOSONG;
        final RekapKebutuhan[] perTahun;
        final int[] pensiun;

        Agregat(int n) {
            perTahun = new RekapKebutuhan[n];
            java.util.Arrays.fill(perTahun, RekapKebutuhan.KOSONG);
            pensiun = new int[n];
        }

        void tambah(BarisKebutuhan b, int[] akhir, int[] pergi) {
            saatIni = saatIni.tambah(b.rekap());
            for (int i = 0; i < perTahun.length; i++) {
                perTahun[i] = perTahun[i].tambah(RekapKebutuhan.jabatan(akhir[i], b.k()));
                pensiun[i] += pergi[i];
            }
        }

        List<TahunProyeksi> tahun(List<Integer> tahun) {
            List<TahunProyeksi> hasil = new ArrayList<>();
            for (int i = 0; i < tahun.size(); i++) {
                hasil.add(new TahunProyeksi(tahun.get(i), perTahun[i], pensiun[i]));
            }
            return hasil;
        }
    }

    private Map<String, Long> kursi(long skenario) {
        Map<String, Long> hasil = new HashMap<>();
        jdbc.sql("WITH " + KURSI + " SELECT nip, jabatan_id FROM kursi WHERE jabatan_id IS NOT NULL")
                .param("skenario", skenario)
                .query((ResultSet rs) -> {
                    hasil.put(rs.getString(1).trim(), rs.getLong(2));
                });
        return hasil;
    }

    private List<PensiunBaris> daftarPensiun(
            List<ProyeksiPensiun.Pensiun> pensiun, Map<String, Long> kursi, Map<Long, BarisKebutuhan> jabatan) {
        if (pensiun.isEmpty()) {
            return List.of();
        }
        Map<String, String> nama = new HashMap<>();
        jdbc.sql("""
                        SELECT nip, nama_lengkap FROM pegawai.v_pegawai WHERE nip = ANY (?)""")
                .param(pensiun.stream().map(ProyeksiPensiun.Pensiun::nip).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    nama.put(rs.getString(1).trim(), rs.getString(2));
                });
        List<PensiunBaris> hasil = new ArrayList<>();
        for (ProyeksiPensiun.Pensiun p : pensiun) {
            BarisKebutuhan j = jabatan.get(kursi.get(p.nip()));
            hasil.add(new PensiunBaris(
                    p.nip(),
                    nama.getOrDefault(p.nip(), ""),
                    j.jabatanId(),
                    j.nama(),
                    j.unitNama(),
                    j.opdId(),
                    j.opdNama(),
                    p.bup(),
                    p.tmtPensiun()));
        }
        return hasil;
    }

    private List<OpdRingkas> opdLingkup(Cakupan c, Lingkup l) {
        if (l.opd() != null) {
            return List.of(l.opd());
        }
        return organisasi.semuaOpd(c);
    }
}

package id.aparatur.penempatan.application;

import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.BobotSkj;
import id.aparatur.penempatan.domain.KunciJenjang;
import id.aparatur.penempatan.domain.StatusUsulan;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Read models of the placement scenarios (ADMIN_BKD only): the list, one scenario with its summary, the proposals
 * (paged, searchable, filtered by OPD and kind), one proposal explained competency by competency, the vacancies, a
 * comparison of two scenarios and the draft mutation list. Names of employees, positions, units and OPD are joined
 * from their modules' published read contracts ({@code pegawai.v_pegawai}, {@code organisasi.v_jabatan}, …).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN_BKD')")
public class SkenarioQuery {

    /** The name with academic titles, as pegawai publishes it ({@code Pegawai.namaLengkap}). */
    private static final String NAMA_PEGAWAI = "p.nama_lengkap";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SkenarioQuery(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record SkenarioBaris(
            long id,
            String nama,
            StatusSkenario status,
            @Nullable Long asalId,
            OffsetDateTime dibuatPada,
            String dibuatOleh,
            @Nullable Integer jumlahPegawai,
            @Nullable Long totalBiaya,
            @Nullable Boolean sertifikatSah,
            @Nullable Integer pindah,
            boolean diarsipkan) {}

    public record Nama(String id, String nama) {}

    public record KunciBaris(String nip, String nama, long jabatanId, String jabatanNama) {}

    /** One scenario: settings, state, result summary, approval and SK. */
    public record SkenarioRinci(
            long id,
            String nama,
            StatusSkenario status,
            @Nullable Long asalId,
            @Nullable String asalNama,
            List<Nama> cakupanOpd,
            List<String> cakupanJenjang,
            Bobot bobot,
            boolean rumpunSama,
            boolean kecualikanHukuman,
            boolean kecualikanJpt,
            List<KunciBaris> dikunci,
            List<Nama> pegawaiDikecualikan,
            List<Nama> jabatanDikecualikan,
            int progres,
            @Nullable String tahap,
            @Nullable String pesanGalat,
            @Nullable OffsetDateTime dijalankanPada,
            @Nullable OffsetDateTime selesaiPada,
            @Nullable Integer jumlahPegawai,
            @Nullable Integer jumlahJabatan,
            @Nullable Long totalBiaya,
            @Nullable Long nilaiDual,
            @Nullable Boolean sertifikatSah,
            @Nullable Ringkasan ringkasan,
            Map<String, Object> statistik,
            @Nullable String disetujuiOleh,
            @Nullable OffsetDateTime disetujuiPada,
            @Nullable String nomorSk,
            @Nullable LocalDate tanggalSk,
            @Nullable LocalDate tmt,
            @Nullable String ditetapkanOleh,
            @Nullable OffsetDateTime ditetapkanPada,
            @Nullable OffsetDateTime diterapkanPada,
            boolean diarsipkan,
            String dibuatOleh,
            OffsetDateTime dibuatPada) {

        public boolean berakhir() {
            return status != StatusSkenario.BERJALAN;
        }
    }

    /** Which proposals a list shows. */
    public enum JenisUsulan {
        SEMUA,
        PINDAH,
        TETAP,
        TIDAK_DITEMPATKAN,
        KURANG_MEMENUHI,
        DIKECUALIKAN
    }

    public record FilterUsulan(
            @Nullable String q,
            @Nullable Long opd,
            @Nullable JenisUsulan jenis) {}

    /** One employee's proposal with what it is compared to. */
    public record UsulanBaris(
            String nip,
            String nama,
            @Nullable Long opdAsalId,
            @Nullable String opdAsalNama,
            @Nullable Long jabatanAsalId,
            @Nullable String jabatanAsalNama,
            @Nullable String unitAsalNama,
            @Nullable Integer kelasAsal,
            StatusUsulan status,
            @Nullable AlasanPengecualian alasan,
            boolean dikunci,
            @Nullable Long jabatanUsulanId,
            @Nullable String jabatanUsulanNama,
            @Nullable String unitUsulanNama,
            @Nullable String opdUsulanNama,
            @Nullable Integer kelasUsulan,
            @Nullable Long biaya,
            @Nullable Long kesenjangan,
            @Nullable Long selisihKelas,
            @Nullable Long diluarMinat,
            @Nullable Long pindah,
            @Nullable Long biayaAsal,
            @Nullable Long kesenjanganAsal,
            @Nullable BigDecimal jpmAsal,
            @Nullable BigDecimal jpmUsulan,
            @Nullable Integer gapLevelAsal,
            @Nullable Integer gapLevelUsulan) {

        public boolean berpindah() {
            return status == StatusUsulan.DITEMPATKAN && !java.util.Objects.equals(jabatanUsulanId, jabatanAsalId);
        }
    }

    /** One competency of the explanation: required level in the current and in the proposed position. */
    public record BarisKompetensi(
            String kode,
            String nama,
            @Nullable Integer standarAsal,
            @Nullable Integer standarUsulan,
            int level,
            int gapAsal,
            int gapUsulan,
            long bobotAsal,
            long bobotUsulan) {}

    /** A reason, as a message key with arguments. */
    public record Alasan(String kode, List<Object> argumen) {}

    public record Penjelasan(
            UsulanBaris usulan,
            List<BarisKompetensi> baris,
            List<Alasan> alasan,
            List<String> minatRumpun,
            List<Nama> penggantiAsal) {}

    public record LowonganBaris(
            long jabatanId,
            String nama,
            String unitNama,
            String opdNama,
            String jenjang,
            int kelas,
            int kuota,
            int kuotaEfektif,
            int terisi,
            boolean dikecualikan) {

        public int sisa() {
            return dikecualikan ? 0 : Math.max(0, kuotaEfektif - terisi);
        }
    }

    public record BedaBaris(
            String nip,
            String nama,
            @Nullable String jabatanAsalNama,
            StatusUsulan statusA,
            @Nullable String jabatanA,
            @Nullable BigDecimal jpmA,
            StatusUsulan statusB,
            @Nullable String jabatanB,
            @Nullable BigDecimal jpmB) {}

    public record MutasiBaris(
            String nip,
            String nama,
            String jabatanLama,
            String unitLama,
            String jabatanBaru,
            String unitBaru,
            @Nullable Integer kelasLama,
            int kelasBaru) {}

    /**
     * The scenario page: the scenario, and once it has a result the page of proposals asked for; with {@code lengkap}
     * (the whole page, not only the refreshed table) also the OPD filter, the vacancies and the scenarios it can be
     * compared with.
     */
    public record HalamanSkenario(
            SkenarioRinci s,
            @Nullable Halaman<UsulanBaris> usulan,
            List<Nama> opdUsulan,
            List<LowonganBaris> lowongan,
            List<SkenarioBaris> pembanding) {}

    /** The choices of the form "Skenario baru": active OPD, and the jenjang strings of the active positions. */
    public record PilihanForm(List<Nama> opd, List<String> jenjang) {}

    /** Two scenarios with results and the page of employees whose proposal differs. */
    public record Perbandingan(SkenarioRinci a, SkenarioRinci b, Halaman<BedaBaris> halaman) {}

    public HalamanSkenario halaman(long id, FilterUsulan f, Permintaan hal, boolean lengkap) {
        SkenarioRinci s = rinci(id);
        if (!s.status().adaHasil()) {
            return new HalamanSkenario(s, null, List.of(), List.of(), List.of());
        }
        Halaman<UsulanBaris> usulan = usulan(id, f, hal);
        if (!lengkap) {
            return new HalamanSkenario(s, usulan, List.of(), List.of(), List.of());
        }
        return new HalamanSkenario(
                s,
                usulan,
                opdUsulan(id),
                lowongan(id, true),
                daftar(false).stream()
                        .filter(b -> b.id() != id && b.status().adaHasil())
                        .toList());
    }

    public PilihanForm pilihanForm() {
        return new PilihanForm(semuaOpd(), semuaJenjang());
    }

    /**
     * @throws id.aparatur.shared.KonflikException when either scenario has no result yet
     */
    public Perbandingan bandingkan(long a, long b, Permintaan hal) {
        SkenarioRinci sa = rinci(a);
        SkenarioRinci sb = rinci(b);
        if (!sa.status().adaHasil() || !sb.status().adaHasil()) {
            throw new id.aparatur.shared.KonflikException(
                    "penempatan.belum-ada-hasil", "Kedua skenario harus sudah memiliki hasil");
        }
        return new Perbandingan(sa, sb, beda(a, b, hal));
    }

    public List<SkenarioBaris> daftar(boolean arsip) {
        return jdbc.sql("""
                        SELECT id, nama, status, asal_id, dibuat_pada, dibuat_oleh, jumlah_pegawai, total_biaya,
                          sertifikat_sah, (ringkasan ->> 'pindah')::int, diarsipkan
                        FROM penempatan.skenario WHERE diarsipkan = ? ORDER BY id DESC""")
                .param(arsip)
                .query((rs, i) -> new SkenarioBaris(
                        rs.getLong(1),
                        rs.getString(2),
                        StatusSkenario.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        (Long) rs.getObject(8),
                        (Boolean) rs.getObject(9),
                        (Integer) rs.getObject(10),
                        rs.getBoolean(11)))
                .list();
    }

    public SkenarioRinci rinci(long id) {
        return jdbc.sql("""
                        SELECT s.*, a.nama AS asal_nama FROM penempatan.skenario s
                        LEFT JOIN penempatan.skenario a ON a.id = s.asal_id WHERE s.id = ?""")
                .param(id)
                .query(this::petaRinci)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
    }

    /** State only (for polling while it runs). */
    public StatusSkenario status(long id) {
        return jdbc.sql("SELECT status FROM penempatan.skenario WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(StatusSkenario::valueOf)
                .orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
    }

    private SkenarioRinci petaRinci(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Long[] opd = JdbcSkenarioRepository.larik(rs.getArray("cakupan_opd"), Long[].class);
        List<Nama> cakupanOpd = opd.length == 0
                ? List.of()
                : jdbc.sql("SELECT id, nama FROM organisasi.v_opd " + "WHERE id = ANY (?) ORDER BY nama")
                        .param(opd)
                        .query((r, i) -> new Nama(String.valueOf(r.getLong(1)), r.getString(2)))
                        .list();
        List<String> jenjang = new ArrayList<>(new TreeSet<>(
                Arrays.asList(JdbcSkenarioRepository.larik(rs.getArray("cakupan_jenjang"), String[].class))));
        List<KunciBaris> kunci = jdbc.sql("SELECT k.nip, " + NAMA_PEGAWAI + ", k.jabatan_id, j.nama "
                        + "FROM penempatan.skenario_kunci k LEFT JOIN pegawai.v_pegawai p ON p.nip = k.nip "
                        + "LEFT JOIN organisasi.v_jabatan j ON j.id = k.jabatan_id WHERE k.skenario_id = ? ORDER BY 2")
                .param(id)
                .query((r, i) -> new KunciBaris(
                        r.getString(1).trim(),
                        String.valueOf(r.getString(2)),
                        r.getLong(3),
                        String.valueOf(r.getString(4))))
                .list();
        List<Nama> pegawai = jdbc.sql("SELECT k.nip, " + NAMA_PEGAWAI + " FROM penempatan.skenario_kecuali_pegawai k "
                        + "LEFT JOIN pegawai.v_pegawai p ON p.nip = k.nip WHERE k.skenario_id = ? ORDER BY 2")
                .param(id)
                .query((r, i) -> new Nama(r.getString(1).trim(), String.valueOf(r.getString(2))))
                .list();
        List<Nama> jabatan = jdbc.sql("SELECT k.jabatan_id, j.nama FROM penempatan.skenario_kecuali_jabatan k "
                        + "LEFT JOIN organisasi.v_jabatan j ON j.id = k.jabatan_id WHERE k.skenario_id = ? ORDER BY 2")
                .param(id)
                .query((r, i) -> new Nama(String.valueOf(r.getLong(1)), String.valueOf(r.getString(2))))
                .list();
        String ringkasan = rs.getString("ringkasan");
        String statistik = rs.getString("statistik");
        return new SkenarioRinci(
                id,
                rs.getString("nama"),
                StatusSkenario.valueOf(rs.getString("status")),
                (Long) rs.getObject("asal_id"),
                rs.getString("asal_nama"),
                cakupanOpd,
                jenjang,
                new Bobot(
                        rs.getLong("bobot_selisih_kelas"),
                        rs.getLong("bobot_diluar_minat"),
                        rs.getLong("bobot_pindah"),
                        rs.getLong("bobot_tidak_ditempatkan")),
                rs.getBoolean("rumpun_sama"),
                rs.getBoolean("kecualikan_hukuman"),
                rs.getBoolean("kecualikan_jpt"),
                kunci,
                pegawai,
                jabatan,
                rs.getInt("progres"),
                rs.getString("tahap"),
                rs.getString("pesan_galat"),
                rs.getObject("dijalankan_pada", OffsetDateTime.class),
                rs.getObject("selesai_pada", OffsetDateTime.class),
                (Integer) rs.getObject("jumlah_pegawai"),
                (Integer) rs.getObject("jumlah_jabatan"),
                (Long) rs.getObject("total_biaya"),
                (Long) rs.getObject("nilai_dual"),
                (Boolean) rs.getObject("sertifikat_sah"),
                ringkasan == null ? null : json.readValue(ringkasan, Ringkasan.class),
                statistik == null
                        ? Map.of()
                        : json.readValue(statistik, new TypeReference<LinkedHashMap<String, Object>>() {}),
                rs.getString("disetujui_oleh"),
                rs.getObject("disetujui_pada", OffsetDateTime.class),
                rs.getString("nomor_sk"),
                rs.getObject("tanggal_sk", LocalDate.class),
                rs.getObject("tmt", LocalDate.class),
                rs.getString("ditetapkan_oleh"),
                rs.getObject("ditetapkan_pada", OffsetDateTime.class),
                rs.getObject("diterapkan_pada", OffsetDateTime.class),
                rs.getBoolean("diarsipkan"),
                rs.getString("dibuat_oleh"),
                rs.getObject("dibuat_pada", OffsetDateTime.class));
    }

    private static final String KOLOM_USULAN = """
            SELECT u.nip, %s AS nama, u.opd_asal_id, oa.nama AS opd_asal, u.jabatan_asal_id, ja.nama AS jabatan_asal,
              ua.nama AS unit_asal, u.kelas_asal, u.status, u.alasan_kecuali, u.dikunci, u.jabatan_usulan_id,
              jb.nama AS jabatan_usulan, ub.nama AS unit_usulan, ob.nama AS opd_usulan, u.kelas_usulan, u.biaya,
              u.kesenjangan, u.selisih_kelas, u.diluar_minat, u.pindah, u.biaya_asal, u.kesenjangan_asal, u.jpm_asal,
              u.jpm_usulan, u.gap_level_asal, u.gap_level_usulan
            FROM penempatan.usulan u
            LEFT JOIN pegawai.v_pegawai p ON p.nip = u.nip
            LEFT JOIN organisasi.v_opd oa ON oa.id = u.opd_asal_id
            LEFT JOIN organisasi.v_jabatan ja ON ja.id = u.jabatan_asal_id
            LEFT JOIN organisasi.v_unit ua ON ua.id = ja.unit_id
            LEFT JOIN organisasi.v_jabatan jb ON jb.id = u.jabatan_usulan_id
            LEFT JOIN organisasi.v_unit ub ON ub.id = jb.unit_id
            LEFT JOIN organisasi.v_opd ob ON ob.id = jb.opd_id
            """.formatted(NAMA_PEGAWAI);

    public Halaman<UsulanBaris> usulan(long id, FilterUsulan f, Permintaan hal) {
        Map<String, Object> param = new HashMap<>();
        param.put("id", id);
        StringBuilder where = new StringBuilder("u.skenario_id = :id");
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (u.nip LIKE :nip OR p.nama ILIKE :q)");
            param.put("nip", f.q().replace(" ", "") + "%");
            param.put("q", "%" + f.q().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.opd() != null) {
            where.append(" AND (u.opd_asal_id = :opd OR u.opd_usulan_id = :opd)");
            param.put("opd", f.opd());
        }
        JenisUsulan jenis = f.jenis() == null ? JenisUsulan.SEMUA : f.jenis();
        where.append(
                switch (jenis) {
                    case SEMUA -> "";
                    case PINDAH ->
                        " AND u.status = 'DITEMPATKAN' AND u.jabatan_usulan_id IS DISTINCT FROM u.jabatan_asal_id";
                    case TETAP -> " AND u.status = 'DITEMPATKAN' AND u.jabatan_usulan_id = u.jabatan_asal_id";
                    case TIDAK_DITEMPATKAN -> " AND u.status = 'TIDAK_DITEMPATKAN'";
                    case KURANG_MEMENUHI -> " AND u.status = 'DITEMPATKAN' AND u.kesenjangan > 0";
                    case DIKECUALIKAN -> " AND u.status = 'DIKECUALIKAN'";
                });
        long total = jdbc.sql("SELECT count(*) FROM penempatan.usulan u LEFT JOIN pegawai.v_pegawai p ON p.nip = u.nip "
                        + "WHERE " + where)
                .params(param)
                .query(Long.class)
                .single();
        param.put("batas", hal.ukuran());
        param.put("mulai", hal.offset());
        List<UsulanBaris> isi = jdbc.sql(KOLOM_USULAN + "WHERE " + where + " ORDER BY "
                        + (jenis == JenisUsulan.KURANG_MEMENUHI ? "u.kesenjangan DESC, " : "")
                        + "oa.nama NULLS LAST, p.nama, u.nip LIMIT :batas OFFSET :mulai")
                .params(param)
                .query(SkenarioQuery::usulanBaris)
                .list();
        return Halaman.of(isi, hal.nomor(), hal.ukuran(), total);
    }

    public UsulanBaris satuUsulan(long id, String nip) {
        return jdbc.sql(KOLOM_USULAN + "WHERE u.skenario_id = ? AND u.nip = ?")
                .params(id, nip)
                .query(SkenarioQuery::usulanBaris)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Usulan", nip));
    }

    private static UsulanBaris usulanBaris(ResultSet rs, int i) throws SQLException {
        return new UsulanBaris(
                rs.getString(1).trim(),
                String.valueOf(rs.getString(2)),
                (Long) rs.getObject(3),
                rs.getString(4),
                (Long) rs.getObject(5),
                rs.getString(6),
                rs.getString(7),
                angka(rs, 8),
                StatusUsulan.valueOf(rs.getString(9)),
                rs.getString(10) == null ? null : AlasanPengecualian.valueOf(rs.getString(10)),
                rs.getBoolean(11),
                (Long) rs.getObject(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                angka(rs, 16),
                (Long) rs.getObject(17),
                (Long) rs.getObject(18),
                (Long) rs.getObject(19),
                (Long) rs.getObject(20),
                (Long) rs.getObject(21),
                (Long) rs.getObject(22),
                (Long) rs.getObject(23),
                rs.getBigDecimal(24),
                rs.getBigDecimal(25),
                angka(rs, 26),
                angka(rs, 27));
    }

    private static @Nullable Integer angka(ResultSet rs, int kolom) throws SQLException {
        Object v = rs.getObject(kolom);
        return v == null ? null : ((Number) v).intValue();
    }

    /**
     * Why this proposal: the competencies of the current and the proposed position side by side (the levels as they
     * were when the scenario ran), the cost terms, and who takes over the current position.
     */
    public Penjelasan penjelasan(long id, String nip) {
        UsulanBaris u = satuUsulan(id, nip);
        Map<String, Integer> level = jdbc.sql(
                        "SELECT kompetensi FROM penempatan.usulan WHERE skenario_id = ? AND nip = ?")
                .params(id, nip)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, new TypeReference<Map<String, Integer>>() {}))
                .orElse(Map.of());
        List<String> minat = jdbc.sql(
                        "SELECT unnest(minat_rumpun) FROM penempatan.usulan WHERE skenario_id = ? AND nip = ?")
                .params(id, nip)
                .query(String.class)
                .list();
        List<SyaratSkj> asal = u.jabatanAsalId() == null ? List.of() : skj(id, u.jabatanAsalId());
        List<SyaratSkj> baru = u.jabatanUsulanId() == null ? List.of() : skj(id, u.jabatanUsulanId());
        Map<String, SyaratSkj> pa = new LinkedHashMap<>();
        asal.forEach(s -> pa.put(s.kode(), s));
        Map<String, SyaratSkj> pb = new LinkedHashMap<>();
        baru.forEach(s -> pb.put(s.kode(), s));
        TreeSet<String> kode = new TreeSet<>(pa.keySet());
        kode.addAll(pb.keySet());
        Map<String, String> namaKompetensi = new HashMap<>();
        if (!kode.isEmpty()) {
            jdbc.sql("SELECT kode, nama FROM kompetensi.v_kompetensi WHERE kode = ANY (?)")
                    .param(kode.toArray(String[]::new))
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(e -> namaKompetensi.put(e.getKey(), e.getValue()));
        }
        List<BarisKompetensi> baris = new ArrayList<>();
        for (String k : kode) {
            SyaratSkj a = pa.get(k);
            SyaratSkj b = pb.get(k);
            int lv = level.getOrDefault(k, 0);
            baris.add(new BarisKompetensi(
                    k,
                    namaKompetensi.getOrDefault(k, k),
                    a == null ? null : a.level(),
                    b == null ? null : b.level(),
                    lv,
                    a == null ? 0 : Math.max(0, a.level() - lv),
                    b == null ? 0 : Math.max(0, b.level() - lv),
                    a == null ? 0 : a.bobotMesin(),
                    b == null ? 0 : b.bobotMesin()));
        }
        List<Nama> pengganti = u.jabatanAsalId() == null
                ? List.of()
                : jdbc.sql("SELECT u.nip, " + NAMA_PEGAWAI
                                + " FROM penempatan.usulan u JOIN pegawai.v_pegawai p ON p.nip = u.nip WHERE u.skenario_id = ? "
                                + "AND u.jabatan_usulan_id = ? AND u.nip <> ? AND u.jabatan_asal_id IS DISTINCT FROM u.jabatan_usulan_id "
                                + "ORDER BY 2 LIMIT 5")
                        .params(id, u.jabatanAsalId(), nip)
                        .query((rs, i) -> new Nama(rs.getString(1).trim(), rs.getString(2)))
                        .list();
        return new Penjelasan(u, baris, alasan(u, pengganti), minat, pengganti);
    }

    private static List<Alasan> alasan(UsulanBaris u, List<Nama> pengganti) {
        List<Alasan> a = new ArrayList<>();
        switch (u.status()) {
            case DIKECUALIKAN -> a.add(new Alasan("penempatan.alasan.dikecualikan." + u.alasan(), List.of()));
            case TIDAK_DITEMPATKAN -> a.add(new Alasan("penempatan.alasan.tidak-ditempatkan", List.of()));
            case DITEMPATKAN -> {
                if (u.dikunci()) {
                    a.add(new Alasan("penempatan.alasan.dikunci", List.of()));
                }
                if (!u.berpindah()) {
                    a.add(new Alasan("penempatan.alasan.tetap", List.of(nol(u.kesenjangan()))));
                } else {
                    long asal = nol(u.kesenjanganAsal());
                    long baru = nol(u.kesenjangan());
                    if (u.kesenjanganAsal() == null) {
                        a.add(new Alasan("penempatan.alasan.asal-tidak-ikut", List.of(baru)));
                    } else if (u.dikunci()) {
                        a.add(new Alasan("penempatan.alasan.kesenjangan-dikunci", List.of(asal, baru)));
                    } else if (baru < asal) {
                        a.add(new Alasan("penempatan.alasan.kesenjangan-turun", List.of(asal, baru)));
                    } else if (baru == asal) {
                        a.add(new Alasan("penempatan.alasan.kesenjangan-sama", List.of(asal)));
                    } else {
                        a.add(new Alasan("penempatan.alasan.kesenjangan-naik", List.of(asal, baru)));
                    }
                    if (!pengganti.isEmpty()) {
                        a.add(new Alasan(
                                "penempatan.alasan.digantikan",
                                List.of(String.join(
                                        ", ", pengganti.stream().map(Nama::nama).toList()))));
                    }
                }
                if (u.kelasAsal() != null && u.kelasUsulan() != null) {
                    a.add(
                            u.kelasAsal().equals(u.kelasUsulan())
                                    ? new Alasan("penempatan.alasan.kelas-sama", List.of(u.kelasUsulan()))
                                    : new Alasan(
                                            "penempatan.alasan.kelas-beda", List.of(u.kelasAsal(), u.kelasUsulan())));
                }
                a.add(new Alasan(
                        nol(u.diluarMinat()) > 0 ? "penempatan.alasan.diluar-minat" : "penempatan.alasan.sesuai-minat",
                        List.of()));
                if (u.biayaAsal() != null) {
                    a.add(new Alasan("penempatan.alasan.biaya", List.of(nol(u.biaya()), u.biayaAsal())));
                }
            }
        }
        return a;
    }

    private static long nol(@Nullable Long v) {
        return v == null ? 0 : v;
    }

    private List<SyaratSkj> skj(long id, long jabatanId) {
        String s = jdbc.sql("SELECT skj FROM penempatan.skenario_jabatan WHERE skenario_id = ? AND jabatan_id = ?")
                .params(id, jabatanId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (s != null) {
            return json.readValue(s, new TypeReference<List<SyaratSkj>>() {});
        }
        // A current position outside the problem (excluded holder): its SKJ as it is now.
        return jdbc.sql(
                        "SELECT kompetensi_kode, level, bobot FROM organisasi.v_standar_kompetensi WHERE jabatan_id = ? "
                                + "ORDER BY kompetensi_kode")
                .param(jabatanId)
                .query((rs, i) -> new SyaratSkj(
                        rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), BobotSkj.keMesin(rs.getBigDecimal(3))))
                .list();
    }

    /** Positions of the problem with seats, how many are filled by the proposal, and the vacancies first. */
    public List<LowonganBaris> lowongan(long id, boolean hanyaSisa) {
        return jdbc
                .sql("""
                        SELECT sj.jabatan_id, j.nama, un.nama, o.nama, sj.jenjang, sj.kelas, sj.kuota, sj.kuota_efektif,
                          (SELECT count(*) FROM penempatan.usulan u WHERE u.skenario_id = sj.skenario_id
                             AND u.jabatan_usulan_id = sj.jabatan_id)::int AS terisi, sj.dikecualikan
                        FROM penempatan.skenario_jabatan sj
                        JOIN organisasi.v_jabatan j ON j.id = sj.jabatan_id
                        JOIN organisasi.v_unit un ON un.id = j.unit_id JOIN organisasi.v_opd o ON o.id = sj.opd_id
                        WHERE sj.skenario_id = ?
                        ORDER BY o.nama, un.nama, sj.kelas DESC, j.nama""")
                .param(id)
                .query((rs, i) -> new LowonganBaris(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getBoolean(10)))
                .list()
                .stream()
                .filter(l -> !hanyaSisa || l.sisa() > 0)
                .toList();
    }

    /** OPD that appear in a scenario's proposals (for the filter). */
    public List<Nama> opdUsulan(long id) {
        return jdbc.sql(
                        "SELECT DISTINCT o.id, o.nama FROM penempatan.usulan u JOIN organisasi.v_opd o ON o.id = u.opd_asal_id "
                                + "WHERE u.skenario_id = ? ORDER BY o.nama")
                .param(id)
                .query((rs, i) -> new Nama(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** Employees whose proposal differs between two scenarios (present in either). */
    public Halaman<BedaBaris> beda(long a, long b, Permintaan hal) {
        String dari = """
                WITH ua AS (SELECT * FROM penempatan.usulan WHERE skenario_id = :a),
                     ub AS (SELECT * FROM penempatan.usulan WHERE skenario_id = :b)
                """;
        String gabung = """
                FROM ua FULL JOIN ub ON ub.nip = ua.nip
                WHERE ua.status IS DISTINCT FROM ub.status OR ua.jabatan_usulan_id IS DISTINCT FROM ub.jabatan_usulan_id
                """;
        long total = jdbc.sql(dari + "SELECT count(*) " + gabung)
                .param("a", a)
                .param("b", b)
                .query(Long.class)
                .single();
        List<BedaBaris> isi = jdbc.sql(dari + """
                        SELECT coalesce(ua.nip, ub.nip) AS nip, %s AS nama, ja.nama, coalesce(ua.status, 'DIKECUALIKAN'),
                          jx.nama, ua.jpm_usulan, coalesce(ub.status, 'DIKECUALIKAN'), jy.nama, ub.jpm_usulan
                        FROM ua FULL JOIN ub ON ub.nip = ua.nip
                        LEFT JOIN pegawai.v_pegawai p ON p.nip = coalesce(ua.nip, ub.nip)
                        LEFT JOIN organisasi.v_jabatan ja ON ja.id = coalesce(ua.jabatan_asal_id, ub.jabatan_asal_id)
                        LEFT JOIN organisasi.v_jabatan jx ON jx.id = ua.jabatan_usulan_id
                        LEFT JOIN organisasi.v_jabatan jy ON jy.id = ub.jabatan_usulan_id
                        WHERE ua.status IS DISTINCT FROM ub.status OR ua.jabatan_usulan_id IS DISTINCT FROM ub.jabatan_usulan_id
                        ORDER BY p.nama, 1 LIMIT :batas OFFSET :mulai""".formatted(NAMA_PEGAWAI))
                .param("a", a)
                .param("b", b)
                .param("batas", hal.ukuran())
                .param("mulai", hal.offset())
                .query((rs, i) -> new BedaBaris(
                        rs.getString(1).trim(),
                        String.valueOf(rs.getString(2)),
                        rs.getString(3),
                        StatusUsulan.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        StatusUsulan.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getBigDecimal(9)))
                .list();
        return Halaman.of(isi, hal.nomor(), hal.ukuran(), total);
    }

    /** The draft mutation list: every employee whose proposed position differs from the current one. */
    public List<MutasiBaris> daftarMutasi(long id) {
        return jdbc.sql("""
                        SELECT u.nip, %s, coalesce(ja.nama, ''), coalesce(ua.nama, ''), jb.nama, ub.nama || ', ' || ob.nama,
                          u.kelas_asal, u.kelas_usulan
                        FROM penempatan.usulan u
                        JOIN pegawai.v_pegawai p ON p.nip = u.nip
                        LEFT JOIN organisasi.v_jabatan ja ON ja.id = u.jabatan_asal_id
                        LEFT JOIN organisasi.v_unit ua0 ON ua0.id = ja.unit_id
                        LEFT JOIN organisasi.v_opd oa ON oa.id = ja.opd_id
                        LEFT JOIN LATERAL (SELECT ua0.nama || ', ' || oa.nama AS nama) ua ON true
                        JOIN organisasi.v_jabatan jb ON jb.id = u.jabatan_usulan_id
                        JOIN organisasi.v_unit ub ON ub.id = jb.unit_id JOIN organisasi.v_opd ob ON ob.id = jb.opd_id
                        WHERE u.skenario_id = ? AND u.status = 'DITEMPATKAN'
                          AND u.jabatan_usulan_id IS DISTINCT FROM u.jabatan_asal_id
                        ORDER BY ob.nama, ub.nama, jb.nama, p.nama""".formatted(NAMA_PEGAWAI))
                .param(id)
                .query((rs, i) -> new MutasiBaris(
                        rs.getString(1).trim(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4) == null ? "" : rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        angka(rs, 7),
                        rs.getInt(8)))
                .list();
    }

    /** OPD and jenjang choices for the scenario form. */
    public List<Nama> semuaOpd() {
        return jdbc.sql("SELECT id, nama FROM organisasi.v_opd WHERE aktif ORDER BY nama")
                .query((rs, i) -> new Nama(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    public List<String> semuaJenjang() {
        return jdbc
                .sql("SELECT DISTINCT jenis_jabatan, jenjang FROM organisasi.v_jabatan WHERE aktif")
                .query((rs, i) -> KunciJenjang.dari(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .sorted()
                .toList();
    }
}

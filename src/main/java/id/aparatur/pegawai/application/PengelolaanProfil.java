package id.aparatur.pegawai.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.pegawai.domain.PegawaiRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.Transisi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on the profile: DRH fields and riwayat (BKD), minat (the employee or BKD), and corrections (the employee
 * proposes, BKD approves or rejects with a reason). Every change is audited; riwayat are never edited or deleted, only
 * cancelled with a reason.
 */
@Service
@Transactional
public class PengelolaanProfil {

    /** A new riwayat entry. */
    public record RiwayatBaru(
            JenisRiwayat jenis,
            String uraian,
            @Nullable String keterangan,
            @Nullable String golongan,
            @Nullable Long jabatanId,
            @Nullable String tingkat,
            @Nullable Integer jp,
            @Nullable String nomorSk,
            @Nullable LocalDate tanggalSk,
            @Nullable LocalDate tmt,
            @Nullable LocalDate tmtSelesai) {}

    /** Fields an employee may propose to correct; approval applies the value, except for {@code lainnya}. */
    public static final List<String> ISIAN_KOREKSI = List.of(
            "nama",
            "gelarDepan",
            "gelarBelakang",
            "tempatLahir",
            "nik",
            "agama",
            "statusPerkawinan",
            "disabilitas",
            "pendidikanTingkat",
            "pendidikanJurusan",
            "pendidikanTahunLulus",
            "golongan",
            "tmtGolongan",
            "tmtJabatan",
            "lainnya");

    private final JdbcClient jdbc;
    private final PegawaiRepository repo;
    private final PegawaiQuery pegawai;
    private final CakupanPengguna cakupan;
    private final StrukturOrganisasi organisasi;
    private final KamusKompetensi kamus;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanProfil(
            JdbcClient jdbc,
            PegawaiRepository repo,
            PegawaiQuery pegawai,
            CakupanPengguna cakupan,
            StrukturOrganisasi organisasi,
            KamusKompetensi kamus,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.pegawai = pegawai;
        this.cakupan = cakupan;
        this.organisasi = organisasi;
        this.kamus = kamus;
        this.events = events;
        this.clock = clock;
    }

    /** The stored DRH fields of {@code nip}. */
    @Transactional(readOnly = true)
    public DataProfil dataProfil(String nip) {
        return repo.profil(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
    }

    /**
     * The golongan of a code as typed ({@code III/a}); null when blank. An unknown code adds an error on
     * {@code golongan} to {@code galat}, so that it is reported with every other rule of the profile.
     */
    public static @Nullable Golongan golongan(@Nullable String kode, List<Galat> galat) {
        if (kode == null || kode.isBlank()) {
            return null;
        }
        Optional<Golongan> g = Golongan.dari(kode.trim());
        if (g.isEmpty()) {
            galat.add(new Galat("golongan", "pegawai.golongan.tidak-dikenal"));
        }
        return g.orElse(null);
    }

    /**
     * The PPPK golongan of a code as typed ({@code IX}); null when blank. An unknown code adds an error on
     * {@code golongan} to {@code galat}.
     */
    public static @Nullable GolonganPppk golonganPppk(@Nullable String kode, List<Galat> galat) {
        if (kode == null || kode.isBlank()) {
            return null;
        }
        Optional<GolonganPppk> g = GolonganPppk.dari(kode.trim());
        if (g.isEmpty()) {
            galat.add(new Galat(
                    "golongan",
                    Golongan.dari(kode.trim()).isPresent()
                            ? "pegawai.golongan.pppk"
                            : "pegawai.golongan-pppk.tidak-dikenal"));
        }
        return g.orElse(null);
    }

    /**
     * The profile fields of a form or request: the golongan is read on the scale of the status — I–XVII for a PPPK,
     * I/a–IV/e otherwise. Errors of reading it are added to {@code galat}.
     */
    public static DataProfil dataProfil(
            @Nullable String tempatLahir,
            @Nullable String nik,
            StatusKepegawaian status,
            @Nullable String golongan,
            @Nullable LocalDate tmtGolongan,
            @Nullable LocalDate tmtJabatan,
            @Nullable TingkatPendidikan pendidikanTingkat,
            @Nullable String pendidikanJurusan,
            @Nullable Integer pendidikanTahunLulus,
            DataPribadi pribadi,
            List<Galat> galat) {
        boolean pppk = status == StatusKepegawaian.PPPK;
        return new DataProfil(
                tempatLahir,
                nik,
                status,
                pppk ? null : golongan(golongan, galat),
                tmtGolongan,
                tmtJabatan,
                pendidikanTingkat,
                pendidikanJurusan,
                pendidikanTahunLulus,
                pribadi,
                pppk ? golonganPppk(golongan, galat) : null);
    }

    /**
     * Changes the DRH fields. {@code galatMasukan} are the errors found while reading the input (an unknown golongan):
     * they are reported together with every rule of {@link DataProfil#periksa}.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void ubahProfil(String nip, DataProfil d, int versi, List<Galat> galatMasukan) {
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        simpanProfil(p, d, versi, "Profil pegawai diubah: ", galatMasukan);
    }

    private void simpanProfil(Pegawai p, DataProfil d, int versi, String ringkasan, List<Galat> galatMasukan) {
        List<Galat> g = new ArrayList<>(galatMasukan);
        g.addAll(d.periksa(p.tanggalLahir(), p.tmtCpns(), LocalDate.now(clock)));
        if (d.statusKepegawaian() != StatusKepegawaian.PPPK
                && !Nip.periksa(p.nip().nilai()).isEmpty()) {
            // An NI PPPK does not become a NIP by changing the status: a PNS gets a NIP of their own.
            g.add(new Galat("statusKepegawaian", "pegawai.status.bukan-nip"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        DataProfil lama = dataProfil(p.nip().nilai());
        repo.ubahProfil(p.nip().nilai(), d, versi);
        events.publishEvent(new DataDiubah(
                "PEGAWAI", p.nip().nilai(), "UBAH", p.opdId(), ringkasan + p.namaLengkap(), audit(lama), audit(d)));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long tambahRiwayat(String nip, RiwayatBaru r) {
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        List<Galat> g = new ArrayList<>();
        if (r.uraian() == null || r.uraian().isBlank()) {
            g.add(new Galat("uraian", "NotBlank"));
        }
        if (r.tmt() == null) {
            g.add(new Galat("tmt", "NotNull"));
        } else if (r.tmtSelesai() != null && r.tmtSelesai().isBefore(r.tmt())) {
            g.add(new Galat("tmtSelesai", "pegawai.riwayat.selesai-sebelum-tmt"));
        }
        if (r.tanggalSk() != null && r.tanggalSk().isAfter(LocalDate.now(clock))) {
            g.add(new Galat("tanggalSk", "pegawai.riwayat.tanggal-sk-masa-depan"));
        }
        Golongan gol = null;
        if (r.jenis() == JenisRiwayat.PANGKAT) {
            gol = r.golongan() == null ? null : Golongan.dari(r.golongan()).orElse(null);
            if (gol == null) {
                g.add(new Galat("golongan", "pegawai.golongan.tidak-dikenal"));
            }
        }
        if (r.jenis() == JenisRiwayat.HUKUMAN_DISIPLIN
                && (r.tingkat() == null || !Set.of("RINGAN", "SEDANG", "BERAT").contains(r.tingkat()))) {
            g.add(new Galat("tingkat", "pegawai.riwayat.tingkat-hukuman"));
        }
        if (r.jp() != null && (r.jp() < 1 || r.jp() > 2000)) {
            g.add(new Galat("jp", "pegawai.riwayat.jp-rentang"));
        }
        if (r.jabatanId() != null && organisasi.jabatan(r.jabatanId()).isEmpty()) {
            g.add(new Galat("jabatanId", "pegawai.jabatan.tidak-dikenal"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        String oleh = cakupan.saatIni().username();
        long id = jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, keterangan, golongan, jabatan_id, tingkat, jp,
                          nomor_sk, tanggal_sk, tmt, tmt_selesai, dicatat_pada, dicatat_oleh)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""")
                .params(
                        nip,
                        r.jenis().name(),
                        r.uraian().trim(),
                        kosong(r.keterangan()),
                        gol == null ? null : gol.kode(),
                        r.jabatanId(),
                        kosong(r.tingkat()),
                        r.jp(),
                        kosong(r.nomorSk()),
                        r.tanggalSk(),
                        r.tmt(),
                        r.tmtSelesai(),
                        OffsetDateTime.now(clock),
                        oleh)
                .query(Long.class)
                .single();
        if (gol != null) {
            repo.naikPangkat(nip, gol, r.tmt());
        }
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("id", id);
        sesudah.put("jenis", r.jenis().name());
        sesudah.put("uraian", r.uraian());
        sesudah.put("nomorSk", r.nomorSk());
        sesudah.put("tanggalSk", r.tanggalSk() == null ? null : r.tanggalSk().toString());
        sesudah.put("tmt", r.tmt().toString());
        events.publishEvent(new DataDiubah(
                "RIWAYAT_PEGAWAI",
                nip + "/" + id,
                "BUAT",
                p.opdId(),
                "Riwayat " + r.jenis().name().toLowerCase() + " dicatat: " + p.namaLengkap() + " — " + r.uraian(),
                null,
                sesudah));
        return id;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void batalkanRiwayat(String nip, long id, String alasan) {
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException("alasan", "NotBlank");
        }
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        if (jdbc.sql("SELECT count(*) FROM pegawai.riwayat WHERE id = ? AND nip = ?")
                        .params(id, nip)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new DataTidakDitemukanException("Riwayat", String.valueOf(id));
        }
        Transisi.ubah(jdbc, "pegawai.riwayat", id)
                .set("dibatalkan_pada = :pada, dibatalkan_oleh = :oleh, alasan_batal = :alasan")
                .param("pada", OffsetDateTime.now(clock))
                .param("oleh", cakupan.saatIni().username())
                .param("alasan", alasan.trim())
                .syarat("dibatalkan_pada IS NULL")
                .jalankan("Riwayat", "transisi.riwayat.sudah-dibatalkan", "Riwayat " + id + " sudah dibatalkan");
        events.publishEvent(new DataDiubah(
                "RIWAYAT_PEGAWAI",
                nip + "/" + id,
                "BATALKAN",
                p.opdId(),
                "Riwayat dibatalkan: " + p.namaLengkap() + ". Alasan: " + alasan,
                Map.of("id", id, "berlaku", true),
                Map.of("id", id, "berlaku", false, "alasan", alasan)));
    }

    /** The employee (for themself) or BKD records the rumpun and target jabatan of interest; replaces the old set. */
    public void ubahMinat(String nip, List<String> rumpun, List<Long> jabatan) {
        Cakupan c = cakupan.saatIni();
        pastikanDiriAtauBkd(c, nip);
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        Set<String> r = new LinkedHashSet<>(rumpun);
        Set<Long> j = new LinkedHashSet<>(jabatan);
        List<Galat> g = new ArrayList<>();
        Map<String, String> dikenal = kamus.rumpun();
        for (String kode : r) {
            if (!dikenal.containsKey(kode)) {
                g.add(new Galat("minatRumpun", "pegawai.minat.rumpun-tidak-dikenal"));
            }
        }
        for (Long id : j) {
            var jab = organisasi.jabatan(id);
            if (jab.isEmpty() || !jab.get().aktif()) {
                g.add(new Galat("minatJabatan", "pegawai.minat.jabatan-tidak-dikenal"));
            }
        }
        if (r.size() > 5 || j.size() > 5) {
            g.add(new Galat("minat", "pegawai.minat.terlalu-banyak"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        var lamaR = jdbc.sql("SELECT rumpun_kode FROM pegawai.minat_rumpun WHERE nip = ? ORDER BY 1")
                .param(nip)
                .query(String.class)
                .list();
        var lamaJ = jdbc.sql("SELECT jabatan_id FROM pegawai.minat_jabatan WHERE nip = ? ORDER BY 1")
                .param(nip)
                .query(Long.class)
                .list();
        jdbc.sql("DELETE FROM pegawai.minat_rumpun WHERE nip = ?").param(nip).update();
        jdbc.sql("DELETE FROM pegawai.minat_jabatan WHERE nip = ?").param(nip).update();
        for (String kode : r) {
            jdbc.sql("INSERT INTO pegawai.minat_rumpun (nip, rumpun_kode, dicatat_pada) VALUES (?,?,?)")
                    .params(nip, kode, OffsetDateTime.now(clock))
                    .update();
        }
        for (Long id : j) {
            jdbc.sql("INSERT INTO pegawai.minat_jabatan (nip, jabatan_id, dicatat_pada) VALUES (?,?,?)")
                    .params(nip, id, OffsetDateTime.now(clock))
                    .update();
        }
        events.publishEvent(new DataDiubah(
                "MINAT_PEGAWAI",
                nip,
                "UBAH",
                p.opdId(),
                "Minat karier diubah: " + p.namaLengkap(),
                Map.of("rumpun", lamaR, "jabatan", lamaJ),
                Map.of("rumpun", List.copyOf(r), "jabatan", List.copyOf(j))));
    }

    /** The employee (own profile) or BKD proposes a correction of one field. */
    public long ajukanKoreksi(String nip, String isian, String nilaiUsulan, String alasan) {
        Cakupan c = cakupan.saatIni();
        pastikanDiriAtauBkd(c, nip);
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        List<Galat> g = new ArrayList<>();
        if (!ISIAN_KOREKSI.contains(isian)) {
            g.add(new Galat("isian", "pegawai.koreksi.isian-tidak-dikenal"));
        }
        if (nilaiUsulan == null || nilaiUsulan.isBlank()) {
            g.add(new Galat("nilaiUsulan", "NotBlank"));
        }
        if (alasan == null || alasan.isBlank()) {
            g.add(new Galat("alasan", "NotBlank"));
        }
        if (ISIAN_KOREKSI.contains(isian) && nilaiUsulan != null && !nilaiUsulan.isBlank()) {
            g.addAll(periksaUsulan(p, isian, nilaiUsulan));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        // One pending proposal per field: concurrent submissions for the same field queue on this lock, so the
        // second sees the first and is refused.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("pegawai.koreksi:" + nip + ":" + isian)
                .query((rs, i) -> 1)
                .list();
        long menunggu = jdbc.sql("SELECT count(*) FROM pegawai.usulan_koreksi WHERE nip = ? AND isian = ? "
                        + "AND status = 'DIAJUKAN'")
                .params(nip, isian)
                .query(Long.class)
                .single();
        if (menunggu > 0) {
            throw new KonflikException("pegawai.koreksi.masih-diajukan", "Masih ada usulan koreksi " + isian);
        }
        String lama = nilaiSaatIni(p, dataProfil(nip), isian);
        long id = jdbc.sql("""
                        INSERT INTO pegawai.usulan_koreksi (nip, isian, nilai_lama, nilai_usulan, alasan, diajukan_oleh,
                          diajukan_pada) VALUES (?,?,?,?,?,?,?) RETURNING id""")
                .params(nip, isian, lama, nilaiUsulan.trim(), alasan.trim(), c.username(), OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        events.publishEvent(new DataDiubah(
                "KOREKSI_PEGAWAI",
                String.valueOf(id),
                "BUAT",
                p.opdId(),
                "Usulan koreksi " + isian + ": " + p.namaLengkap(),
                null,
                Map.of("isian", isian, "nilaiLama", String.valueOf(lama), "nilaiUsulan", nilaiUsulan.trim())));
        return id;
    }

    /**
     * BKD approves (the value is applied, validated like any edit) or rejects (a reason is required) a correction.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void putuskanKoreksi(long id, boolean setuju, @Nullable String alasan) {
        var u = jdbc.sql("SELECT nip, isian, nilai_usulan, status FROM pegawai.usulan_koreksi WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, i) ->
                        new String[] {rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4)})
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Usulan koreksi", String.valueOf(id)));
        if (!"DIAJUKAN".equals(u[3])) {
            throw new KonflikException("pegawai.koreksi.sudah-diputus", "Usulan koreksi sudah diputus");
        }
        if (!setuju && (alasan == null || alasan.isBlank())) {
            throw new ValidasiException("alasanPutusan", "pegawai.koreksi.alasan-tolak");
        }
        Pegawai p = repo.muat(u[0]).orElseThrow();
        if (setuju) {
            terapkan(p, u[1], u[2]);
        }
        Transisi.ubah(jdbc, "pegawai.usulan_koreksi", id)
                .set("status = :status, diputus_oleh = :oleh, diputus_pada = :pada, alasan_putusan = :alasan")
                .param("status", setuju ? "DISETUJUI" : "DITOLAK")
                .param("oleh", cakupan.saatIni().username())
                .param("pada", OffsetDateTime.now(clock))
                .param("alasan", alasan == null || alasan.isBlank() ? null : alasan.trim())
                .dari("DIAJUKAN")
                .jalankan("Usulan koreksi", "pegawai.koreksi.sudah-diputus", "Usulan koreksi " + id + " sudah diputus");
        events.publishEvent(new DataDiubah(
                "KOREKSI_PEGAWAI",
                String.valueOf(id),
                setuju ? "SETUJUI" : "TOLAK",
                p.opdId(),
                "Usulan koreksi " + u[1] + (setuju ? " disetujui: " : " ditolak: ") + p.namaLengkap()
                        + (alasan == null || alasan.isBlank() ? "" : ". Alasan: " + alasan),
                Map.of("status", "DIAJUKAN"),
                Map.of("status", setuju ? "DISETUJUI" : "DITOLAK")));
    }

    /** Longest value of each text field that a correction may set (the columns of {@code pegawai.pegawai}). */
    private static final Map<String, Integer> PANJANG_ISIAN = Map.of(
            "nama",
            200,
            "gelarDepan",
            40,
            "gelarBelakang",
            60,
            "tempatLahir",
            100,
            "pendidikanJurusan",
            150,
            "disabilitas",
            200);

    /**
     * The rules the decision applies to a proposed value, already when it is proposed: the value converts to the
     * field's type, fits its column and passes the profile rules of that field ({@link DataProfil#periksa}). Errors
     * name {@code nilaiUsulan}.
     */
    private List<Galat> periksaUsulan(Pegawai p, String isian, String nilai) {
        if (isian.equals("lainnya")) {
            return List.of();
        }
        Integer panjang = PANJANG_ISIAN.get(isian);
        if (panjang != null && nilai.trim().length() > panjang) {
            return List.of(new Galat("nilaiUsulan", "pegawai.koreksi.nilai-tidak-sah"));
        }
        if (Set.of("nama", "gelarDepan", "gelarBelakang").contains(isian)) {
            return isian.equals("nama") && nilai.isBlank() ? List.of(new Galat("nilaiUsulan", "NotBlank")) : List.of();
        }
        DataProfil baru;
        try {
            baru = denganKoreksi(dataProfil(p.nip().nilai()), isian, nilai);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return List.of(new Galat("nilaiUsulan", "pegawai.koreksi.nilai-tidak-sah"));
        }
        return baru.periksa(p.tanggalLahir(), p.tmtCpns(), LocalDate.now(clock)).stream()
                .filter(g -> g.field().equals(isian))
                .map(g -> new Galat("nilaiUsulan", g.kodePesan()))
                .toList();
    }

    private void terapkan(Pegawai p, String isian, String nilai) {
        String nip = p.nip().nilai();
        if (isian.equals("lainnya")) {
            return; // recorded; BKD follows up through the relevant use case
        }
        List<Galat> g = periksaUsulan(p, isian, nilai);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        if (Set.of("nama", "gelarDepan", "gelarBelakang").contains(isian)) {
            String v = nilai.trim();
            repo.ubah(p.denganNama(
                    isian.equals("nama") ? v : p.nama(),
                    isian.equals("gelarDepan") ? v : p.gelarDepan(),
                    isian.equals("gelarBelakang") ? v : p.gelarBelakang()));
            events.publishEvent(new DataDiubah(
                    "PEGAWAI",
                    nip,
                    "UBAH",
                    p.opdId(),
                    "Koreksi " + isian + ": " + p.namaLengkap(),
                    Map.of(isian, String.valueOf(nilaiSaatIni(p, null, isian))),
                    Map.of(isian, nilai)));
            return;
        }
        DataProfil baru = denganKoreksi(dataProfil(nip), isian, nilai);
        Pegawai kini = repo.muat(nip).orElseThrow();
        simpanProfil(kini, baru, kini.versi(), "Koreksi " + isian + " disetujui: ", List.of());
    }

    /**
     * The profile {@code d} with the proposed value of one profile field applied.
     *
     * @throws IllegalArgumentException or {@link java.time.DateTimeException} when the value does not convert
     */
    private static DataProfil denganKoreksi(DataProfil d, String isian, String nilai) {
        return denganKoreksiTanpaGolonganPppk(d, isian, nilai).denganGolonganPppk(d.golonganPppk());
    }

    private static DataProfil denganKoreksiTanpaGolonganPppk(DataProfil d, String isian, String nilai) {
        DataPribadi pr = d.pribadi();
        return switch (isian) {
            case "tempatLahir" ->
                new DataProfil(
                        nilai,
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            case "nik" ->
                new DataProfil(
                        d.tempatLahir(),
                        nilai.replace(" ", ""),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            case "agama", "statusPerkawinan", "disabilitas" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        new DataPribadi(
                                isian.equals("agama") ? nilai.trim().toUpperCase() : pr.agama(),
                                isian.equals("statusPerkawinan")
                                        ? nilai.trim().toUpperCase().replace(' ', '_')
                                        : pr.statusPerkawinan(),
                                isian.equals("disabilitas") ? nilai : pr.disabilitas()));
            case "pendidikanTingkat" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        TingkatPendidikan.valueOf(nilai.trim().toUpperCase()),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            case "pendidikanJurusan" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        nilai,
                        d.pendidikanTahunLulus(),
                        pr);
            case "pendidikanTahunLulus" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        Integer.valueOf(nilai.trim()),
                        pr);
            case "golongan" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        Golongan.dari(nilai.trim()).orElseThrow(IllegalArgumentException::new),
                        d.tmtGolongan(),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            case "tmtGolongan" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        LocalDate.parse(nilai.trim()),
                        d.tmtJabatan(),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            case "tmtJabatan" ->
                new DataProfil(
                        d.tempatLahir(),
                        d.nik(),
                        d.statusKepegawaian(),
                        d.golongan(),
                        d.tmtGolongan(),
                        LocalDate.parse(nilai.trim()),
                        d.pendidikanTingkat(),
                        d.pendidikanJurusan(),
                        d.pendidikanTahunLulus(),
                        pr);
            default -> throw new IllegalArgumentException("Isian koreksi tidak dikenal: " + isian);
        };
    }

    private static @Nullable String nilaiSaatIni(Pegawai p, @Nullable DataProfil d, String isian) {
        Object v = switch (isian) {
            case "nama" -> p.nama();
            case "gelarDepan" -> p.gelarDepan();
            case "gelarBelakang" -> p.gelarBelakang();
            case "tempatLahir" -> d == null ? null : d.tempatLahir();
            case "nik" -> d == null ? null : d.nik();
            case "agama" -> d == null ? null : d.pribadi().agama();
            case "statusPerkawinan" -> d == null ? null : d.pribadi().statusPerkawinan();
            case "disabilitas" -> d == null ? null : d.pribadi().disabilitas();
            case "pendidikanTingkat" -> d == null ? null : d.pendidikanTingkat();
            case "pendidikanJurusan" -> d == null ? null : d.pendidikanJurusan();
            case "pendidikanTahunLulus" -> d == null ? null : d.pendidikanTahunLulus();
            case "golongan" ->
                d == null || d.golongan() == null ? null : d.golongan().kode();
            case "tmtGolongan" -> d == null ? null : d.tmtGolongan();
            case "tmtJabatan" -> d == null ? null : d.tmtJabatan();
            default -> null;
        };
        return v == null ? null : v.toString();
    }

    /** 404 outside the caller's scope, 403 inside it for anyone but the employee and BKD. */
    private void pastikanDiriAtauBkd(Cakupan c, String nip) {
        pegawai.detail(c, nip);
        if (!c.pengelola() && !nip.equals(c.nip())) {
            throw new AccessDeniedException("Hanya pegawai yang bersangkutan atau BKD");
        }
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> audit(DataProfil d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tempatLahir", d.tempatLahir());
        m.put("nik", d.nik());
        m.put("statusKepegawaian", d.statusKepegawaian().name());
        m.put("golongan", d.golongan() == null ? null : d.golongan().kode());
        m.put("golonganPppk", d.golonganPppk() == null ? null : d.golonganPppk().kode());
        m.put("tmtGolongan", d.tmtGolongan() == null ? null : d.tmtGolongan().toString());
        m.put("tmtJabatan", d.tmtJabatan() == null ? null : d.tmtJabatan().toString());
        m.put(
                "pendidikanTingkat",
                d.pendidikanTingkat() == null ? null : d.pendidikanTingkat().name());
        m.put("pendidikanJurusan", d.pendidikanJurusan());
        m.put("pendidikanTahunLulus", d.pendidikanTahunLulus());
        m.put("agama", d.pribadi().agama());
        m.put("statusPerkawinan", d.pribadi().statusPerkawinan());
        m.put("disabilitas", d.pribadi().disabilitas());
        return m;
    }
}

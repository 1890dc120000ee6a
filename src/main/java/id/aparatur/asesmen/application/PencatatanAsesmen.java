package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.audit.DataDiubah;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records competency measurements (append-only) and cancels wrong ones with a reason. ADMIN_BKD and ASESOR record any
 * source for anyone; an ATASAN records only a {@code PENILAIAN_ATASAN} of their own (direct or indirect) subordinates.
 */
@Service
@Transactional
public class PencatatanAsesmen {

    /** Longest catatan, bukti and reason of a cancellation (the columns of {@code asesmen.asesmen}). */
    public static final int MAKS_CATATAN = 4000;

    public static final int MAKS_BUKTI = 500;

    public static final int MAKS_ALASAN = 500;

    /**
     * What a user may do on one employee's assessments: record (BKD, asesor, or an atasan — never on themself), record
     * any source (BKD, asesor) or only a penilaian atasan, cancel any (BKD) or only their own (asesor).
     */
    public record Hak(boolean catat, boolean semuaSumber, boolean batalSemua, boolean batalMiliknya, String username) {

        public boolean bolehBatal(Asesmen a) {
            return a.berlaku()
                    && (batalSemua || (batalMiliknya && a.dicatatOleh().equals(username)));
        }

        /** Whether a measurement of {@code sumber} may be recorded (unknown yet: the form will ask for it). */
        public boolean bolehCatat(@Nullable SumberAsesmen sumber) {
            return catat && (semuaSumber || sumber == null || sumber == SumberAsesmen.PENILAIAN_ATASAN);
        }
    }

    /** The rights of {@code c} on the assessments of {@code nip} (scope is checked by the caller). */
    public static Hak hak(Cakupan c, String nip) {
        boolean semua = c.punya(Peran.ADMIN_BKD) || c.punya(Peran.ASESOR);
        boolean atasan =
                c.punya(Peran.ATASAN) && (c.nip() == null || !nip.equals(c.nip().trim()));
        return new Hak(semua || atasan, semua, c.punya(Peran.ADMIN_BKD), c.punya(Peran.ASESOR), c.username());
    }

    /** A new measurement. */
    public record AsesmenBaru(
            @Nullable LocalDate tanggal,
            @Nullable SumberAsesmen sumber,
            @Nullable String asesor,
            @Nullable String catatan,
            @Nullable String bukti,
            Map<String, Integer> level) {}

    private final JdbcClient jdbc;
    private final PegawaiQuery pegawai;
    private final CakupanPengguna cakupan;
    private final KamusKompetensi kamus;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PencatatanAsesmen(
            JdbcClient jdbc,
            PegawaiQuery pegawai,
            CakupanPengguna cakupan,
            KamusKompetensi kamus,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.pegawai = pegawai;
        this.cakupan = cakupan;
        this.kamus = kamus;
        this.events = events;
        this.clock = clock;
    }

    public long catat(String nip, AsesmenBaru a) {
        return catat(nip, a, List.of());
    }

    /**
     * Records a measurement after the authority check (404 outside the scope, 403 without the right) and every rule
     * of {@link #periksa}, reported together with {@code galatMasukan} (what a form could not read): a rule on a field
     * the input already rejected is not repeated, nor "no level" when a level row was unreadable.
     */
    public long catat(String nip, AsesmenBaru a, List<Galat> galatMasukan) {
        Cakupan c = cakupan.saatIni();
        PegawaiBaris p = pegawai.detail(c, nip);
        if (!hak(c, p.nip()).bolehCatat(a.sumber())) {
            throw new AccessDeniedException("Hanya BKD, asesor, atau atasan (penilaian atasan)");
        }
        List<Galat> g = new ArrayList<>(galatMasukan);
        boolean galatLevel = galatMasukan.stream().anyMatch(x -> x.field().startsWith("level"));
        for (Galat x : periksa(a, LocalDate.now(clock), kamus.semua())) {
            if (!(galatLevel && x.field().equals("level"))
                    && galatMasukan.stream().noneMatch(m -> m.field().equals(x.field()))) {
                g.add(x);
            }
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        long id = jdbc.sql("""
                        INSERT INTO asesmen.asesmen (nip, tanggal, sumber, asesor, catatan, bukti, dicatat_pada, dicatat_oleh)
                        VALUES (?,?,?,?,?,?,?,?) RETURNING id""")
                .params(
                        p.nip(),
                        a.tanggal(),
                        a.sumber().name(),
                        a.asesor().trim(),
                        kosong(a.catatan()),
                        kosong(a.bukti()),
                        OffsetDateTime.now(clock),
                        c.username())
                .query(Long.class)
                .single();
        Map<String, Integer> level = new TreeMap<>(a.level());
        // One statement, so the level_terkini trigger runs once.
        StringBuilder sql =
                new StringBuilder("INSERT INTO asesmen.asesmen_level (asesmen_id, kompetensi_kode, level) VALUES ");
        List<Object> nilai = new ArrayList<>();
        level.forEach((k, v) -> {
            sql.append(nilai.isEmpty() ? "" : ",").append("(?,?,?)");
            nilai.add(id);
            nilai.add(k);
            nilai.add(v);
        });
        jdbc.sql(sql.toString()).params(nilai).update();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("id", id);
        sesudah.put("tanggal", a.tanggal().toString());
        sesudah.put("sumber", a.sumber().name());
        sesudah.put("asesor", a.asesor());
        sesudah.put("level", level);
        events.publishEvent(new DataDiubah(
                "ASESMEN",
                String.valueOf(id),
                "BUAT",
                p.opdId(),
                "Asesmen kompetensi dicatat: " + p.namaLengkap() + " ("
                        + a.sumber().name() + ", " + a.tanggal() + ")",
                null,
                sesudah));
        return id;
    }

    /** Cancels a wrong measurement (BKD, or the asesor who recorded it); it stays visible with the reason. */
    public void batalkan(String nip, long id, String alasan) {
        Cakupan c = cakupan.saatIni();
        PegawaiBaris p = pegawai.detail(c, nip);
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException("alasan", "NotBlank");
        }
        if (alasan.length() > MAKS_ALASAN) {
            throw new ValidasiException("alasan", "asesmenui.galat.alasan-panjang");
        }
        String pencatat = jdbc.sql("SELECT dicatat_oleh FROM asesmen.asesmen WHERE id = ? AND nip = ?")
                .params(id, nip)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Asesmen", String.valueOf(id)));
        if (!c.punya(Peran.ADMIN_BKD) && !(c.punya(Peran.ASESOR) && pencatat.equals(c.username()))) {
            throw new AccessDeniedException("Hanya BKD atau asesor pencatat");
        }
        int n = jdbc.sql("""
                        UPDATE asesmen.asesmen SET dibatalkan_pada = ?, dibatalkan_oleh = ?, alasan_batal = ?
                        WHERE id = ? AND nip = ? AND dibatalkan_pada IS NULL""")
                .params(OffsetDateTime.now(clock), c.username(), alasan.trim(), id, nip)
                .update();
        if (n == 0) {
            throw new ValidasiException("id", "asesmen.sudah-dibatalkan");
        }
        events.publishEvent(new DataDiubah(
                "ASESMEN",
                String.valueOf(id),
                "BATALKAN",
                p.opdId(),
                "Asesmen dibatalkan: " + p.namaLengkap() + ". Alasan: " + alasan,
                Map.of("berlaku", true),
                Map.of("berlaku", false, "alasan", alasan)));
    }

    /**
     * Rules of a measurement: date not in the future, source and asesor given, catatan and bukti within their length,
     * at least one level, known codes, 1–5.
     */
    public static List<Galat> periksa(AsesmenBaru a, LocalDate hariIni, Map<String, KompetensiRingkas> kamus) {
        List<Galat> g = new ArrayList<>();
        if (a.tanggal() == null) {
            g.add(new Galat("tanggal", "NotNull"));
        } else if (a.tanggal().isAfter(hariIni)) {
            g.add(new Galat("tanggal", "asesmen.tanggal.masa-depan"));
        }
        if (a.sumber() == null) {
            g.add(new Galat("sumber", "NotNull"));
        }
        if (a.asesor() == null || a.asesor().isBlank()) {
            g.add(new Galat("asesor", "NotBlank"));
        } else if (a.asesor().length() > 200) {
            g.add(new Galat("asesor", "asesmen.asesor.terlalu-panjang"));
        }
        if (a.catatan() != null && a.catatan().length() > MAKS_CATATAN) {
            g.add(new Galat("catatan", "asesmenui.galat.catatan-panjang"));
        }
        if (a.bukti() != null && a.bukti().length() > MAKS_BUKTI) {
            g.add(new Galat("bukti", "asesmenui.galat.bukti-panjang"));
        }
        if (a.level() == null || a.level().isEmpty()) {
            g.add(new Galat("level", "asesmen.level.kosong"));
        } else {
            a.level().forEach((kode, level) -> {
                if (!kamus.containsKey(kode)) {
                    g.add(new Galat("level." + kode, "asesmen.kompetensi.tidak-dikenal"));
                }
                if (level == null || level < 1 || level > 5) {
                    g.add(new Galat("level." + kode, "asesmen.level.rentang"));
                }
            });
        }
        return g;
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

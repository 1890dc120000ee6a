package id.aparatur.perencanaan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.perencanaan.kaskade.HasilKaskade;
import id.aparatur.perencanaan.kaskade.KaskadePromosi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the internal promotion cascade (ADMIN_BKD) on the current data or on an approved placement scenario,
 * synchronously, and stores every run with its result and its formation ({@code perencanaan.kaskade},
 * {@code perencanaan.kaskade_formasi}); runs are never changed or deleted. BKD and the PPK read the runs.
 */
@Service
public class KaskadeLayanan {

    private static final Logger LOG = LoggerFactory.getLogger(KaskadeLayanan.class);

    /** How many years ahead a planning year may lie. */
    public static final int TAHUN_RENCANA_MAKS = 10;

    private final PembangunMasalahKaskade pembangun;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final CakupanPengguna cakupan;
    private final ObjectMapper json;
    private final Clock clock;

    KaskadeLayanan(
            PembangunMasalahKaskade pembangun,
            JdbcClient jdbc,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            CakupanPengguna cakupan,
            ObjectMapper json,
            Clock clock) {
        this.pembangun = pembangun;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.cakupan = cakupan;
        this.json = json;
        this.clock = clock;
    }

    /** What to run the cascade on: an approved placement scenario (or null = the current data) and a planning year. */
    public record Opsi(@Nullable Long skenarioId, @Nullable Integer tahunRencana) {}

    /** One stored run in the list. */
    public record Baris(
            long id,
            String sumber,
            @Nullable Long skenarioId,
            @Nullable String skenarioNama,
            @Nullable Integer tahunRencana,
            String dijalankanOleh,
            OffsetDateTime dijalankanPada,
            HasilKaskade.Ringkasan ringkasan,
            KaskadeLaporan.Statistik statistik) {}

    /** An approved placement scenario the cascade can run on. */
    public record SkenarioDisetujui(long id, String nama, String status) {}

    /**
     * The runs page: the stored runs and, for BKD, the run form's scenarios.
     *
     * @param bolehMenjalankan the user may run the cascade (ADMIN_BKD)
     */
    public record HalamanDaftar(boolean bolehMenjalankan, List<Baris> daftar, List<SkenarioDisetujui> skenario) {}

    /** The runs page for the signed-in user. */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PPK')")
    @Transactional(readOnly = true)
    public HalamanDaftar halamanDaftar() {
        boolean bkd = cakupan.saatIni().pengelola();
        return new HalamanDaftar(bkd, daftar(), bkd ? skenarioDisetujui() : List.of());
    }

    /**
     * Runs the cascade on what the run form holds as text: a scenario id (blank = the current data) and a planning
     * year (blank = none).
     *
     * @throws ValidasiException naming each entry that is no number
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public KaskadeLaporan jalankan(@Nullable String skenarioId, @Nullable String tahunRencana) {
        List<ValidasiException.Galat> galat = new ArrayList<>();
        Long skenario = null;
        Integer tahun = null;
        try {
            skenario = kosong(skenarioId) ? null : Long.valueOf(skenarioId.strip());
        } catch (NumberFormatException e) {
            galat.add(new ValidasiException.Galat("skenarioId", "kaskade.galat.skenario-tidak-ditemukan"));
        }
        try {
            tahun = kosong(tahunRencana) ? null : Integer.valueOf(tahunRencana.strip());
        } catch (NumberFormatException e) {
            galat.add(new ValidasiException.Galat("tahunRencana", "kaskade.galat.tahun-rencana"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        return jalankan(new Opsi(skenario, tahun));
    }

    private static boolean kosong(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /**
     * Runs the cascade and stores the run.
     *
     * @throws ValidasiException when the planning year lies outside this year … this year + {@value #TAHUN_RENCANA_MAKS}
     * @throws DataTidakDitemukanException when the scenario does not exist
     * @throws id.aparatur.shared.KonflikException when the scenario is not approved (or archived)
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public KaskadeLaporan jalankan(Opsi opsi) {
        LocalDate hariIni = LocalDate.now(clock);
        Integer tahun = opsi.tahunRencana();
        if (tahun != null && (tahun < hariIni.getYear() || tahun > hariIni.getYear() + TAHUN_RENCANA_MAKS)) {
            throw new ValidasiException("tahunRencana", "kaskade.galat.tahun-rencana");
        }
        String oleh = cakupan.saatIni().username();
        // Read in one repeatable-read transaction, compute without holding a connection, store in another.
        KaskadeSnapshot snapshot = pembangun.bangun(opsi.skenarioId(), tahun, hariIni);
        long t0 = System.nanoTime();
        HasilKaskade hasil = KaskadePromosi.jalankan(snapshot.masalah());
        KaskadeLaporan laporan = KaskadePelapor.susun(snapshot, hasil, (System.nanoTime() - t0) / 1_000_000);
        long t1 = System.nanoTime();
        OffsetDateTime pada = OffsetDateTime.now(clock);
        KaskadeLaporan tersimpan = tx.execute(st -> simpan(laporan, snapshot, oleh, pada, t1));
        LOG.info(
                "Kaskade {} oleh {}: {} pegawai, {} jabatan; promosi {}, formasi {}; snapshot {} ms, kaskade {} ms, "
                        + "simpan {} ms",
                tersimpan.id(),
                oleh,
                tersimpan.statistik().jumlahPegawai(),
                tersimpan.statistik().jumlahJabatan(),
                tersimpan.ringkasan().promosi(),
                tersimpan.ringkasan().formasi(),
                tersimpan.statistik().snapshotMs(),
                tersimpan.statistik().kaskadeMs(),
                tersimpan.statistik().simpanMs());
        return tersimpan;
    }

    private KaskadeLaporan simpan(KaskadeLaporan l, KaskadeSnapshot s, String oleh, OffsetDateTime pada, long t1) {
        long id = jdbc.sql("""
                        INSERT INTO perencanaan.kaskade (sumber, skenario_id, tahun_rencana, tanggal_acuan, aturan,
                            jumlah_pegawai, jumlah_jabatan, jumlah_pensiun, ringkasan, statistik, hasil,
                            dijalankan_oleh, dijalankan_pada)
                        VALUES (:sumber, :skenario, :tahun, :tanggal, CAST(:aturan AS jsonb), :pegawai, :jabatan,
                            :pensiun, CAST(:ringkasan AS jsonb), '{}', '{}', :oleh, :pada)
                        RETURNING id""")
                .param("sumber", l.sumber())
                .param("skenario", l.skenarioId())
                .param("tahun", l.tahunRencana())
                .param("tanggal", l.tanggalAcuan())
                .param("aturan", json.writeValueAsString(s.masalah().aturan()))
                .param("pegawai", l.statistik().jumlahPegawai())
                .param("jabatan", l.statistik().jumlahJabatan())
                .param("pensiun", l.statistik().jumlahPensiun())
                .param("ringkasan", json.writeValueAsString(l.ringkasan()))
                .param("oleh", oleh)
                .param("pada", pada)
                .query(Long.class)
                .single();
        if (!l.formasi().isEmpty()) {
            jdbc.sql("""
                            INSERT INTO perencanaan.kaskade_formasi (kaskade_id, jabatan_id, unit_id, opd_id, tingkat,
                                pendidikan, jumlah)
                            SELECT :id, f.* FROM unnest(CAST(:jabatan AS bigint[]), CAST(:unit AS bigint[]),
                                CAST(:opd AS bigint[]), CAST(:tingkat AS text[]), CAST(:pendidikan AS text[]),
                                CAST(:jumlah AS int[])) AS f""")
                    .param("id", id)
                    .param(
                            "jabatan",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::jabatanId)
                                    .toArray(Long[]::new))
                    .param(
                            "unit",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::unitId)
                                    .toArray(Long[]::new))
                    .param(
                            "opd",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::opdId)
                                    .toArray(Long[]::new))
                    .param(
                            "tingkat",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::tingkat)
                                    .toArray(String[]::new))
                    .param(
                            "pendidikan",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::pendidikan)
                                    .toArray(String[]::new))
                    .param(
                            "jumlah",
                            l.formasi().stream()
                                    .map(KaskadeLaporan.Formasi::jumlah)
                                    .toArray(Integer[]::new))
                    .update();
        }
        events.publishEvent(new DataDiubah(
                "KASKADE",
                String.valueOf(id),
                "BUAT",
                null,
                "Kaskade promosi dijalankan ("
                        + (l.skenarioId() == null ? "data saat ini" : "skenario " + l.skenarioId())
                        + (l.tahunRencana() == null ? "" : ", tahun rencana " + l.tahunRencana()) + "): "
                        + l.ringkasan().promosi() + " promosi, formasi "
                        + l.ringkasan().formasi(),
                null,
                l.ringkasan()));
        // The stored result carries the complete timing: the JSON is written last, after everything else is measured.
        long simpanMs = (System.nanoTime() - t1) / 1_000_000;
        KaskadeLaporan akhir = l.dengan(id, oleh, pada, l.statistik().denganSimpan(simpanMs));
        jdbc.sql("UPDATE perencanaan.kaskade SET statistik = CAST(:statistik AS jsonb), hasil = CAST(:hasil AS jsonb) "
                        + "WHERE id = :id")
                .param("statistik", json.writeValueAsString(akhir.statistik()))
                .param("hasil", json.writeValueAsString(akhir))
                .param("id", id)
                .update();
        return akhir;
    }

    /** Every stored run, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PPK')")
    @Transactional(readOnly = true)
    public List<Baris> daftar() {
        return jdbc.sql("""
                        SELECT k.id, k.sumber, k.skenario_id, s.nama, k.tahun_rencana, k.dijalankan_oleh,
                               k.dijalankan_pada, k.ringkasan, k.statistik
                        FROM perencanaan.kaskade k LEFT JOIN penempatan.v_skenario s ON s.id = k.skenario_id
                        ORDER BY k.id DESC""")
                .query((rs, i) -> new Baris(
                        rs.getLong(1),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class),
                        json.readValue(rs.getString(8), HasilKaskade.Ringkasan.class),
                        json.readValue(rs.getString(9), KaskadeLaporan.Statistik.class)))
                .list();
    }

    /** One stored run. */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PPK')")
    @Transactional(readOnly = true)
    public KaskadeLaporan rinci(long id) {
        String hasil = jdbc.sql("SELECT hasil::text FROM perencanaan.kaskade WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Kaskade", id));
        return json.readValue(hasil, KaskadeLaporan.class);
    }

    /** The approved placement scenarios (DISETUJUI, DITETAPKAN; not archived), newest first. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    @Transactional(readOnly = true)
    public List<SkenarioDisetujui> skenarioDisetujui() {
        return jdbc.sql("""
                        SELECT id, nama, status FROM penempatan.v_skenario
                        WHERE status IN ('DISETUJUI', 'DITETAPKAN') AND NOT diarsipkan ORDER BY id DESC""")
                .query((rs, i) -> new SkenarioDisetujui(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}

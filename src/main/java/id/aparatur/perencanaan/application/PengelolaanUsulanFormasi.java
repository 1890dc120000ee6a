package id.aparatur.perencanaan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.Transisi;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usulan formasi: the formation a cascade run left at the entry levels, proposed by BKD (jumlah per jabatan may be
 * lowered, never raised above the computed vacancies; jenis pengadaan CPNS or PPPK per row) and decided by the PPK.
 * Every transition is recorded in an append-only trail and audited; an approved proposal never changes again.
 */
@Service
@Transactional
public class PengelolaanUsulanFormasi {

    /** A proposal with its totals. */
    public record Ringkas(long id, int tahun, String judul, long kaskadeId, StatusUsulanFormasi status,
            int jumlahJabatan, int lowongan, int usulan, String dibuatOleh, OffsetDateTime dibuatPada, int versi) {}

    /** One row. */
    public record Baris(long id, long jabatanId, String jabatanKode, String jabatanNama, String tingkat, int kelas,
            long unitId, String unitNama, long opdId, String opdNama, @Nullable String pendidikan, int lowongan,
            int jumlahUsulan, JenisPengadaan jenisPengadaan, @Nullable String keterangan) {}

    /** One workflow step. */
    public record Jejak(@Nullable StatusUsulanFormasi dari, StatusUsulanFormasi ke, String oleh, OffsetDateTime pada,
            @Nullable String catatan) {}

    /** The whole proposal. */
    public record Rinci(Ringkas usulan, List<Baris> baris, List<Jejak> jejak, @Nullable String diajukanOleh,
            @Nullable OffsetDateTime diajukanPada, @Nullable String diputusOleh, @Nullable OffsetDateTime diputusPada,
            @Nullable String catatanPutusan) {}

    /** A cascade run that produced a formation, to start a proposal from. */
    public record KaskadeTersedia(long kaskadeId, int jabatan, int jumlah) {}

    /** A change to one row. */
    public record UbahBaris(long barisId, int jumlahUsulan, JenisPengadaan jenisPengadaan, @Nullable String keterangan) {}

    static final int CATATAN_MINIMAL = 10;

    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanUsulanFormasi(JdbcClient jdbc, CakupanPengguna cakupan, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN_BKD', 'PPK')")
    public List<Ringkas> daftar() {
        return jdbc.sql(SELECT_RINGKAS + " GROUP BY u.id ORDER BY u.id DESC").query(PengelolaanUsulanFormasi::ringkas)
                .list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<KaskadeTersedia> kaskadeTersedia() {
        return jdbc.sql("""
                SELECT kaskade_id, count(*), sum(jumlah) FROM perencanaan.kaskade_formasi
                GROUP BY kaskade_id ORDER BY kaskade_id DESC LIMIT 50""")
                .query((rs, i) -> new KaskadeTersedia(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN_BKD', 'PPK')")
    public Rinci rinci(long id) {
        Ringkas u = jdbc.sql(SELECT_RINGKAS + " WHERE u.id = ? GROUP BY u.id").param(id)
                .query(PengelolaanUsulanFormasi::ringkas).optional()
                .orElseThrow(() -> new DataTidakDitemukanException("UsulanFormasi", id));
        List<Baris> baris = jdbc.sql("""
                SELECT id, jabatan_id, jabatan_kode, jabatan_nama, tingkat, kelas, unit_id, unit_nama, opd_id, opd_nama,
                       pendidikan, lowongan, jumlah_usulan, jenis_pengadaan, keterangan
                FROM perencanaan.usulan_formasi_baris WHERE usulan_id = ?
                ORDER BY opd_nama, unit_nama, kelas DESC, jabatan_nama, id""").param(id)
                .query((rs, i) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                        rs.getString(11), rs.getInt(12), rs.getInt(13), JenisPengadaan.valueOf(rs.getString(14)),
                        rs.getString(15))).list();
        List<Jejak> jejak = jdbc.sql("""
                SELECT dari_status, ke_status, oleh, pada, catatan FROM perencanaan.usulan_formasi_jejak
                WHERE usulan_id = ? ORDER BY id""").param(id)
                .query((rs, i) -> new Jejak(rs.getString(1) == null ? null : StatusUsulanFormasi.valueOf(rs.getString(1)),
                        StatusUsulanFormasi.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
        return jdbc.sql("""
                SELECT diajukan_oleh, diajukan_pada, diputus_oleh, diputus_pada, catatan_putusan
                FROM perencanaan.usulan_formasi WHERE id = ?""").param(id)
                .query((rs, i) -> new Rinci(u, baris, jejak, rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5))).single();
    }

    /** Starts a proposal from the formation of a cascade run: one row per jabatan, jumlah usulan = lowongan. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long buat(long kaskadeId, int tahun, String judul) {
        List<ValidasiException.Galat> galat = new ArrayList<>();
        int tahunIni = OffsetDateTime.now(clock).getYear();
        if (tahun < tahunIni || tahun > tahunIni + 5) {
            galat.add(new ValidasiException.Galat("tahun", "formasi.galat.tahun"));
        }
        if (judul == null || judul.isBlank() || judul.strip().length() > 200) {
            galat.add(new ValidasiException.Galat("judul", "formasi.galat.judul"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        int baris = jdbc.sql("SELECT count(*) FROM perencanaan.kaskade_formasi WHERE kaskade_id = ? AND jumlah > 0")
                .param(kaskadeId).query(Integer.class).single();
        if (baris == 0) {
            throw new DataTidakDitemukanException("FormasiKaskade", kaskadeId);
        }
        String oleh = cakupan.saatIni().username();
        long id = jdbc.sql("""
                INSERT INTO perencanaan.usulan_formasi (tahun, judul, kaskade_id, dibuat_oleh, dibuat_pada)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(tahun, judul.strip(), kaskadeId, oleh, OffsetDateTime.now(clock)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO perencanaan.usulan_formasi_baris (usulan_id, jabatan_id, jabatan_kode, jabatan_nama, tingkat,
                    kelas, unit_id, unit_nama, opd_id, opd_nama, pendidikan, lowongan, jumlah_usulan)
                SELECT ?, j.id, j.kode, j.nama,
                       CASE WHEN j.jenis_jabatan = 'FUNGSIONAL' THEN 'FUNGSIONAL/' || j.jenjang ELSE j.jenis_jabatan END,
                       j.kelas, u.id, u.nama, o.id, o.nama, coalesce(f.pendidikan, j.syarat_pendidikan),
                       sum(f.jumlah), sum(f.jumlah)
                FROM perencanaan.kaskade_formasi f
                JOIN organisasi.v_jabatan j ON j.id = f.jabatan_id
                JOIN organisasi.v_unit u ON u.id = j.unit_id
                JOIN organisasi.v_opd o ON o.id = j.opd_id
                WHERE f.kaskade_id = ? AND f.jumlah > 0
                GROUP BY j.id, u.id, o.id, coalesce(f.pendidikan, j.syarat_pendidikan)""")
                .params(id, kaskadeId).update();
        jejak(id, null, StatusUsulanFormasi.DRAF, oleh, null);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("tahun", tahun);
        sesudah.put("judul", judul.strip());
        sesudah.put("kaskadeId", kaskadeId);
        sesudah.put("status", StatusUsulanFormasi.DRAF);
        events.publishEvent(new DataDiubah("USULAN_FORMASI", String.valueOf(id), "BUAT", null,
                "Usulan formasi " + tahun + " dari kaskade " + kaskadeId, null, sesudah));
        return id;
    }

    /** Changes rows of a draft (or returned) proposal; all rows are validated before anything is written. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void ubahBaris(long id, List<UbahBaris> ubah, int versi) {
        Rinci r = rinci(id);
        versiSama(r.usulan(), versi);
        Map<Long, Baris> perId = new HashMap<>();
        r.baris().forEach(b -> perId.put(b.id(), b));
        List<ValidasiException.Galat> galat = new ArrayList<>();
        for (int i = 0; i < ubah.size(); i++) {
            UbahBaris u = ubah.get(i);
            Baris b = perId.get(u.barisId());
            String lokasi = "baris[" + i + "]";
            if (b == null) {
                galat.add(new ValidasiException.Galat(lokasi + ".barisId", "formasi.galat.baris-tidak-ada"));
                continue;
            }
            if (u.jumlahUsulan() < 0 || u.jumlahUsulan() > b.lowongan()) {
                galat.add(new ValidasiException.Galat(lokasi + ".jumlahUsulan", "formasi.galat.jumlah"));
            }
            if (u.keterangan() != null && u.keterangan().strip().length() > 300) {
                galat.add(new ValidasiException.Galat(lokasi + ".keterangan", "formasi.galat.keterangan"));
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        // Rows change only here and always with the version: if the proposal is still at the version the user edited,
        // the rows read above are current; otherwise nothing is written.
        Transisi.ubah(jdbc, "perencanaan.usulan_formasi", id).set("versi = versi + 1").versi(versi)
                .dari(StatusUsulanFormasi.DRAF, StatusUsulanFormasi.DIKEMBALIKAN)
                .jalankan("UsulanFormasi", kodeKonflik(r.usulan().status().dapatDiubah(),
                        "formasi.galat.tidak-dapat-diubah"),
                        "Usulan formasi " + id + " sudah berubah atau tidak lagi draf/dikembalikan");
        List<Map<String, Object>> sebelum = new ArrayList<>();
        List<Map<String, Object>> sesudah = new ArrayList<>();
        for (UbahBaris u : ubah) {
            Baris b = perId.get(u.barisId());
            String ket = u.keterangan() == null || u.keterangan().isBlank() ? null : u.keterangan().strip();
            if (b.jumlahUsulan() == u.jumlahUsulan() && b.jenisPengadaan() == u.jenisPengadaan()
                    && java.util.Objects.equals(b.keterangan(), ket)) {
                continue;
            }
            jdbc.sql("""
                    UPDATE perencanaan.usulan_formasi_baris SET jumlah_usulan = ?, jenis_pengadaan = ?, keterangan = ?
                    WHERE id = ? AND usulan_id = ?""")
                    .params(u.jumlahUsulan(), u.jenisPengadaan().name(), ket, b.id(), id).update();
            sebelum.add(Map.of("jabatanId", b.jabatanId(), "jumlahUsulan", b.jumlahUsulan(), "jenisPengadaan",
                    b.jenisPengadaan(), "keterangan", b.keterangan() == null ? "" : b.keterangan()));
            sesudah.add(Map.of("jabatanId", b.jabatanId(), "jumlahUsulan", u.jumlahUsulan(), "jenisPengadaan",
                    u.jenisPengadaan(), "keterangan", ket == null ? "" : ket));
        }
        if (!sesudah.isEmpty()) {
            events.publishEvent(new DataDiubah("USULAN_FORMASI", String.valueOf(id), "UBAH", null,
                    sesudah.size() + " baris usulan formasi diubah", sebelum, sesudah));
        }
    }

    /** BKD submits the proposal to the PPK. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void ajukan(long id, int versi) {
        Rinci r = rinci(id);
        versiSama(r.usulan(), versi);
        if (r.usulan().status().dapatDiajukan() && r.usulan().usulan() == 0) {
            throw new ValidasiException("baris", "formasi.galat.kosong");
        }
        String oleh = cakupan.saatIni().username();
        Transisi.ubah(jdbc, "perencanaan.usulan_formasi", id)
                .set("""
                        status = 'DIAJUKAN', diajukan_oleh = :oleh, diajukan_pada = :pada, diputus_oleh = NULL,
                        diputus_pada = NULL, catatan_putusan = NULL, versi = versi + 1""")
                .param("oleh", oleh).param("pada", OffsetDateTime.now(clock))
                .versi(versi).dari(StatusUsulanFormasi.DRAF, StatusUsulanFormasi.DIKEMBALIKAN)
                .jalankan("UsulanFormasi", kodeKonflik(r.usulan().status().dapatDiajukan(),
                        "formasi.galat.tidak-dapat-diajukan"), "Usulan formasi " + id + " tidak dapat diajukan");
        transisi(r.usulan(), StatusUsulanFormasi.DIAJUKAN, oleh, null, "AJUKAN");
    }

    /** The PPK approves: final. */
    @PreAuthorize("hasRole('PPK')")
    public void setujui(long id, int versi, @Nullable String catatan) {
        Rinci r = rinci(id);
        String c = catatan == null || catatan.isBlank() ? null : catatan.strip();
        if (c != null && c.length() > 2000) {
            throw new ValidasiException("catatan", "formasi.galat.catatan-panjang");
        }
        putuskan(r.usulan(), versi, StatusUsulanFormasi.DISETUJUI, c, "SETUJUI");
    }

    /** The PPK returns it to BKD with a mandatory note. */
    @PreAuthorize("hasRole('PPK')")
    public void kembalikan(long id, int versi, @Nullable String catatan) {
        Rinci r = rinci(id);
        if (catatan == null || catatan.strip().length() < CATATAN_MINIMAL || catatan.strip().length() > 2000) {
            throw new ValidasiException("catatan", "formasi.galat.catatan");
        }
        putuskan(r.usulan(), versi, StatusUsulanFormasi.DIKEMBALIKAN, catatan.strip(), "KEMBALIKAN");
    }

    /**
     * The PPK's decision on a submitted proposal: one guarded update (still DIAJUKAN, still the version the PPK saw),
     * so of two decisions at once exactly one is taken; trail and audit only for it.
     */
    private void putuskan(Ringkas u, int versi, StatusUsulanFormasi ke, @Nullable String catatan, String aksi) {
        versiSama(u, versi);
        String oleh = cakupan.saatIni().username();
        Transisi.ubah(jdbc, "perencanaan.usulan_formasi", u.id())
                .set("""
                        status = :ke, diputus_oleh = :oleh, diputus_pada = :pada, catatan_putusan = :catatan,
                        versi = versi + 1""")
                .param("ke", ke.name()).param("oleh", oleh).param("pada", OffsetDateTime.now(clock))
                .param("catatan", catatan).versi(versi).dari(StatusUsulanFormasi.DIAJUKAN)
                .jalankan("UsulanFormasi", kodeKonflik(u.status().dapatDiputus(),
                        "formasi.galat.tidak-dapat-diputus"), "Usulan formasi " + u.id() + " tidak dapat diputus");
        transisi(u, ke, oleh, catatan, aksi);
    }

    /**
     * The message of a refused transition: the step does not apply to the state read before it (a draft cannot be
     * decided), or the state fitted and someone else changed the proposal meanwhile or the version sent is stale.
     */
    private static String kodeKonflik(boolean statusSesuai, String kodeStatus) {
        return statusSesuai ? "galat.409.versi" : kodeStatus;
    }

    /**
     * A stale version is refused at once. With it equal to the one read, the guarded update (same version) also
     * proves that the state read — the "from" of the trail — is the state the transition starts from.
     */
    private static void versiSama(Ringkas u, int versi) {
        if (u.versi() != versi) {
            throw new KonflikException("galat.409.versi", "Usulan formasi " + u.id() + " sudah diubah; muat ulang");
        }
    }

    private void transisi(Ringkas u, StatusUsulanFormasi ke, String oleh, @Nullable String catatan, String aksi) {
        jejak(u.id(), u.status(), ke, oleh, catatan);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", ke);
        if (catatan != null) {
            sesudah.put("catatan", catatan);
        }
        events.publishEvent(new DataDiubah("USULAN_FORMASI", String.valueOf(u.id()), aksi, null,
                "Usulan formasi " + u.tahun() + ": " + u.status() + " → " + ke, Map.of("status", u.status()), sesudah));
    }

    private void jejak(long id, @Nullable StatusUsulanFormasi dari, StatusUsulanFormasi ke, String oleh,
            @Nullable String catatan) {
        jdbc.sql("""
                INSERT INTO perencanaan.usulan_formasi_jejak (usulan_id, dari_status, ke_status, oleh, pada, catatan)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, dari == null ? null : dari.name(), ke.name(), oleh, OffsetDateTime.now(clock), catatan)
                .update();
    }

    private static final String SELECT_RINGKAS = """
            SELECT u.id, u.tahun, u.judul, u.kaskade_id, u.status, count(b.id), coalesce(sum(b.lowongan), 0),
                   coalesce(sum(b.jumlah_usulan), 0), u.dibuat_oleh, u.dibuat_pada, u.versi
            FROM perencanaan.usulan_formasi u LEFT JOIN perencanaan.usulan_formasi_baris b ON b.usulan_id = u.id
            """;

    private static Ringkas ringkas(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Ringkas(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                StatusUsulanFormasi.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getInt(11));
    }
}

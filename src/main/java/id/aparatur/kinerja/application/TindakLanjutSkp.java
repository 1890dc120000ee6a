package id.aparatur.kinerja.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.Skp;
import id.aparatur.kinerja.domain.TindakLanjut;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of the follow-up of a final predikat ({@code kinerja.tindak_lanjut}, one per SKP): opened when the SKP is
 * finalised, then moved forward by its atasan or BKD with one guarded update of its version.
 */
@Component
class TindakLanjutSkp {

    /** A stored follow-up as a step needs it. */
    record Tercatat(
            long id,
            long skpId,
            String nip,
            int tahun,
            @Nullable String atasanNip,
            TindakLanjut.Status status,
            int versi,
            @Nullable String rencana,
            @Nullable String hasil,
            @Nullable Long opdId,
            @Nullable String penyebab) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** Who may move a follow-up forward: its atasan (the penilai of the SKP) or BKD. */
    static boolean berhak(id.aparatur.akses.Cakupan c, @Nullable String atasanNip) {
        return c.pengelola() || (atasanNip != null && atasanNip.strip().equals(c.nip()));
    }

    TindakLanjutSkp(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Opens the follow-up of a final SKP (once: a second finalisation of the same SKP cannot happen, but the row is
     * unique per SKP anyway) and audits it.
     *
     * @param opdId the employee's OPD now (audit)
     */
    void buka(
            Skp skp, AturanTindakLanjut.TindakLanjutBaku baku, @Nullable Long opdId, String oleh, OffsetDateTime pada) {
        JenisTindakLanjut jenis = baku.jenis();
        long skpId = Objects.requireNonNull(skp.id());
        PredikatKinerja predikat = Objects.requireNonNull(skp.penilaian().predikat());
        Long id = jdbc.sql("""
                        INSERT INTO kinerja.tindak_lanjut (skp_id, nip, tahun, predikat, jenis, periksa_disiplin,
                          atasan_nip, dibuka_pada, diubah_oleh, diubah_pada)
                        VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (skp_id) DO NOTHING RETURNING id""")
                .params(
                        skpId,
                        skp.nip(),
                        skp.tahun(),
                        predikat.name(),
                        jenis.name(),
                        baku.periksaDisiplin(),
                        skp.penilaiNip(),
                        pada,
                        oleh,
                        pada)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id != null) {
            events.publishEvent(new DataDiubah(
                    "TINDAK_LANJUT",
                    String.valueOf(id),
                    "BUAT",
                    opdId,
                    "Tindak lanjut " + jenis + " dibuka untuk " + skp.nip() + " (" + skp.tahun() + ", "
                            + predikat.label() + ")",
                    null,
                    Map.of(
                            "skpId",
                            skpId,
                            "jenis",
                            jenis.name(),
                            "periksaDisiplin",
                            baku.periksaDisiplin(),
                            "predikat",
                            predikat.name(),
                            "atasanNip",
                            skp.penilaiNip() == null ? "" : skp.penilaiNip(),
                            "status",
                            "TERBUKA")));
        }
    }

    /** The follow-up of an SKP, if one was opened. */
    Optional<Long> idUntukSkp(long skpId) {
        return jdbc.sql("SELECT id FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                .param(skpId)
                .query(Long.class)
                .optional();
    }

    /** The follow-up locked for a step until the transaction ends; 404 when it does not exist. */
    Tercatat muatUntukDiubah(long id) {
        return jdbc.sql("""
                        SELECT t.id, t.skp_id, t.nip, t.tahun, t.atasan_nip, t.status, t.versi, t.rencana, t.hasil,
                          p.opd_id, t.penyebab FROM kinerja.tindak_lanjut t JOIN pegawai.v_pegawai p ON p.nip = t.nip
                        WHERE t.id = ? FOR UPDATE OF t""")
                .param(id)
                .query((rs, i) -> new Tercatat(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3).strip(),
                        rs.getInt(4),
                        rs.getString(5) == null ? null : rs.getString(5).strip(),
                        TindakLanjut.Status.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, Long.class),
                        rs.getString(11)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("TindakLanjut", id));
    }

    /**
     * Records the cause of the low predikat if the follow-up is still at {@code t.versi()} (and the version the user
     * saw, when given), incrementing the version.
     *
     * @throws KonflikException when someone else changed it meanwhile
     */
    void simpanPenyebab(Tercatat t, @Nullable Integer versiDilihat, String penyebab, String oleh, OffsetDateTime pada) {
        int n = jdbc.sql("""
                        UPDATE kinerja.tindak_lanjut SET penyebab = :penyebab, penyebab_dicatat_oleh = :oleh,
                          penyebab_dicatat_pada = :pada, versi = versi + 1, diubah_oleh = :oleh, diubah_pada = :pada
                        WHERE id = :id AND versi = :versi AND status = 'TERBUKA'""")
                .param("penyebab", penyebab)
                .param("oleh", oleh)
                .param("pada", pada)
                .param("id", t.id())
                .param("versi", versiDilihat != null ? versiDilihat : t.versi())
                .update();
        if (n == 0) {
            throw new KonflikException("skp.versi-usang", "Tindak lanjut " + t.id() + " telah diubah orang lain");
        }
    }

    /**
     * Moves the follow-up to {@code baru} if it is still at {@code t.versi()} (and the version the user saw, when
     * given), incrementing the version.
     *
     * @throws KonflikException when someone else changed it meanwhile
     */
    void simpan(
            Tercatat t,
            @Nullable Integer versiDilihat,
            TindakLanjut.Status baru,
            @Nullable String rencana,
            @Nullable String hasil,
            String oleh,
            OffsetDateTime pada) {
        Optional<Integer> v = jdbc.sql("""
                        UPDATE kinerja.tindak_lanjut SET status = :baru, rencana = :rencana, hasil = :hasil,
                          versi = versi + 1, diubah_oleh = :oleh, diubah_pada = :pada, diselesaikan_pada = :selesai
                        WHERE id = :id AND versi = :versi RETURNING versi""")
                .param("baru", baru.name())
                .param("rencana", rencana)
                .param("hasil", hasil)
                .param("oleh", oleh)
                .param("pada", pada)
                .param(
                        "selesai",
                        baru == TindakLanjut.Status.SELESAI ? pada : null,
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", t.id())
                .param("versi", versiDilihat != null ? versiDilihat : t.versi())
                .query(Integer.class)
                .optional();
        if (v.isEmpty()) {
            throw new KonflikException("skp.versi-usang", "Tindak lanjut " + t.id() + " telah diubah orang lain");
        }
    }
}

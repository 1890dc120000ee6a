package id.aparatur.organisasi.application;

import id.aparatur.organisasi.application.PengelolaanOrganisasi.DataOpd;
import id.aparatur.organisasi.application.PengelolaanOrganisasi.DataUnit;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of OPD and units: the one place that writes {@code organisasi.opd} and {@code organisasi.unit}, and so the
 * one home of their optimistic locking (an update names the versi it expects and fails on any other). Nothing is
 * deleted: records are deactivated.
 */
@Repository
class StrukturRepository {

    private final JdbcClient jdbc;

    StrukturRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean kodeOpdDipakai(String kode, long kecualiId) {
        return jdbc.sql("SELECT count(*) FROM organisasi.opd WHERE kode = ? AND id <> ?")
                        .params(kode, kecualiId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean kodeUnitDipakai(String kode, long kecualiId) {
        return jdbc.sql("SELECT count(*) FROM organisasi.unit WHERE kode = ? AND id <> ?")
                        .params(kode, kecualiId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long tambahOpd(DataOpd d) {
        return jdbc.sql(
                        "INSERT INTO organisasi.opd (kode, nama, singkatan, jenis, aktif) VALUES (?,?,?,?,true) RETURNING id")
                .params(d.kode(), d.nama(), d.singkatan(), d.jenis().name())
                .query(Long.class)
                .single();
    }

    /** @throws OptimisticLockingFailureException when the stored versi is not {@code versi} */
    void ubahOpd(long id, DataOpd d, int versi) {
        int n = jdbc.sql(
                        "UPDATE organisasi.opd SET kode = ?, nama = ?, singkatan = ?, jenis = ?, aktif = ?, versi = versi + 1 "
                                + "WHERE id = ? AND versi = ?")
                .params(d.kode(), d.nama(), d.singkatan(), d.jenis().name(), d.aktif(), id, versi)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("OPD " + id);
        }
    }

    long tambahUnit(DataUnit d) {
        return jdbc.sql("""
                        INSERT INTO organisasi.unit (opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan, aktif)
                        VALUES (?,?,?,?,?,?,?,true) RETURNING id""")
                .params(d.opdId(), d.indukId(), d.kode(), d.nama(), d.jenis().name(), d.jabatanKepalaId(), d.urutan())
                .query(Long.class)
                .single();
    }

    /** @throws OptimisticLockingFailureException when the stored versi is not {@code versi} */
    void ubahUnit(long id, DataUnit d, int versi) {
        int n = jdbc.sql("""
                        UPDATE organisasi.unit SET opd_id = ?, induk_id = ?, kode = ?, nama = ?, jenis = ?,
                          jabatan_kepala_id = ?, urutan = ?, aktif = ?, versi = versi + 1
                        WHERE id = ? AND versi = ?""")
                .params(
                        d.opdId(),
                        d.indukId(),
                        d.kode(),
                        d.nama(),
                        d.jenis().name(),
                        d.jabatanKepalaId(),
                        d.urutan(),
                        d.aktif(),
                        id,
                        versi)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("Unit " + id);
        }
    }

    Optional<Integer> versiUnit(long id) {
        return jdbc.sql("SELECT versi FROM organisasi.unit WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .optional();
    }
}

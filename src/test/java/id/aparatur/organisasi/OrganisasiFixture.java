package id.aparatur.organisasi;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests that need an organisation of their own: an OPD, its units and jabatan (with SKJ lines), with
 * codes and names no demo row has, so tests never depend on which demo row {@code LIMIT 1} happens to return. Writes
 * organisasi's own tables; tests of other modules use it instead of INSERTs of their own.
 */
public final class OrganisasiFixture {

    /** A new OPD and its first unit (a BIDANG). */
    public record OpdUji(long id, String kode, String nama, long unitId) {}

    private static final AtomicLong URUT = new AtomicLong();

    private final JdbcClient jdbc;
    private final String akhiran;

    public OrganisasiFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.akhiran = Long.toString(System.nanoTime(), 36) + URUT.incrementAndGet();
    }

    /** A new active OPD of kind DINAS with one BIDANG. */
    public OpdUji opdBaru(String nama) {
        String kode = "UJI-" + akhiran + "-" + URUT.incrementAndGet();
        String lengkap = nama + " " + kode;
        long opd = jdbc.sql("INSERT INTO organisasi.opd (kode, nama, jenis) VALUES (?, ?, 'DINAS') RETURNING id")
                .params(kode, lengkap)
                .query(Long.class)
                .single();
        return new OpdUji(opd, kode, lengkap, unitBaru(opd, null, "Bidang Uji"));
    }

    /** A new active unit of kind BIDANG (top level when {@code induk} is null). */
    public long unitBaru(long opd, @Nullable Long induk, String nama) {
        String kode = "UJI-U-" + akhiran + "-" + URUT.incrementAndGet();
        return jdbc.sql("""
                        INSERT INTO organisasi.unit (opd_id, induk_id, kode, nama, jenis)
                        VALUES (?, ?, ?, ?, 'BIDANG') RETURNING id""")
                .params(opd, induk, kode, nama + " " + kode)
                .query(Long.class)
                .single();
    }

    /**
     * A new active jabatan.
     *
     * @param jenisJabatan STRUKTURAL kinds (JPT_PRATAMA, ADMINISTRATOR, PENGAWAS), PELAKSANA or FUNGSIONAL
     * @param jenjang the jenjang of a FUNGSIONAL (AHLI_PERTAMA …), null otherwise
     */
    public long jabatanBaru(
            long opd, long unit, String jenisJabatan, @Nullable String jenjang, int kelas, String rumpun, int kuota) {
        String kode = "UJI-J-" + akhiran + "-" + URUT.incrementAndGet();
        return jdbc.sql("""
                        INSERT INTO organisasi.jabatan (opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas,
                          rumpun_kode, kuota) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(opd, unit, kode, "Jabatan Uji " + kode, jenisJabatan, jenjang, kelas, rumpun, kuota)
                .query(Long.class)
                .single();
    }

    /**
     * A new active jabatan fungsional of {@code jenjang} that is the JF {@code kodeJf} (e.g. GURU), or none when null.
     */
    public long jabatanFungsionalBaru(long opd, long unit, String jenjang, @Nullable String kodeJf) {
        long jabatan = jabatanBaru(opd, unit, "FUNGSIONAL", jenjang, 9, "PDK", 5);
        jdbc.sql("UPDATE organisasi.jabatan SET kode_jf = ? WHERE id = ?")
                .params(kodeJf, jabatan)
                .update();
        return jabatan;
    }

    /** A PELAKSANA of kelas 7 in rumpun ADM with room for {@code kuota}. */
    public long pelaksanaBaru(OpdUji opd, int kuota) {
        return jabatanBaru(opd.id(), opd.unitId(), "PELAKSANA", null, 7, "ADM", kuota);
    }

    /** Makes {@code jabatan} the head position of {@code unit} (so its holder is the unit's atasan). */
    public void kepalaUnit(long unit, long jabatan) {
        jdbc.sql("UPDATE organisasi.unit SET jabatan_kepala_id = ? WHERE id = ?")
                .params(jabatan, unit)
                .update();
    }

    /** Adds one SKJ line (competency, level, weight) to a jabatan. */
    public void standarKompetensi(long jabatan, String kompetensi, int level, int bobot) {
        jdbc.sql("""
                        INSERT INTO organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot)
                        VALUES (?, ?, ?, ?)""")
                .params(jabatan, kompetensi, level, BigDecimal.valueOf(bobot))
                .update();
    }

    /** Sets the uraian tugas of a jabatan (one task per line, as in the Anjab). */
    public void uraianTugas(long jabatan, String uraianTugas) {
        jdbc.sql("UPDATE organisasi.jabatan SET uraian_tugas = ? WHERE id = ?")
                .params(uraianTugas, jabatan)
                .update();
    }

    /** A new active jabatan with the Anjab's syarat pendidikan and pangkat minimal (free text, as typed there). */
    public long jabatanBaru(
            long opd,
            long unit,
            String jenisJabatan,
            @Nullable String jenjang,
            int kelas,
            String rumpun,
            int kuota,
            @Nullable String syaratPendidikan,
            @Nullable String syaratPangkat) {
        long jabatan = jabatanBaru(opd, unit, jenisJabatan, jenjang, kelas, rumpun, kuota);
        jdbc.sql("UPDATE organisasi.jabatan SET syarat_pendidikan = ?, syarat_pangkat_minimal = ? WHERE id = ?")
                .params(syaratPendidikan, syaratPangkat, jabatan)
                .update();
        return jabatan;
    }

    /** Retires a jabatan (master data is dinonaktifkan, never deleted). */
    public void nonaktifkanJabatan(long jabatan) {
        jdbc.sql("UPDATE organisasi.jabatan SET aktif = false WHERE id = ?")
                .param(jabatan)
                .update();
    }

    /** Adds one SKJ line with a weight in percent with decimals (as the Anjab states it, e.g. 12.50). */
    public void standarKompetensi(long jabatan, String kompetensi, int level, BigDecimal bobot) {
        jdbc.sql("""
                        INSERT INTO organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot)
                        VALUES (?, ?, ?, ?)""").params(jabatan, kompetensi, level, bobot).update();
    }

    /**
     * A new jabatan with a name of the test's choosing (kelas 7, rumpun ADM, kuota 2), e.g. for searches by name.
     *
     * @param aktif false: a retired position (still valid for old references, never offered for new ones)
     */
    public long jabatanBernama(
            long opd, long unit, String nama, String jenisJabatan, @Nullable String jenjang, boolean aktif) {
        String kode = "UJI-J-" + akhiran + "-" + URUT.incrementAndGet();
        return jdbc.sql("""
                        INSERT INTO organisasi.jabatan (opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas,
                          rumpun_kode, kuota, aktif) VALUES (?, ?, ?, ?, ?, ?, 7, 'ADM', 2, ?) RETURNING id""")
                .params(opd, unit, kode, nama, jenisJabatan, jenjang, aktif)
                .query(Long.class)
                .single();
    }

    /** A new active OPD of kind BADAN without any unit, for tests that lay out the whole unit tree themselves. */
    public long opdTanpaUnit(String nama) {
        String kode = "UJI-" + akhiran + "-" + URUT.incrementAndGet();
        return jdbc.sql("INSERT INTO organisasi.opd (kode, nama, jenis) VALUES (?, ?, 'BADAN') RETURNING id")
                .params(kode, nama + " " + kode)
                .query(Long.class)
                .single();
    }
}

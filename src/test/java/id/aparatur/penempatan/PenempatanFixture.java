package id.aparatur.penempatan;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests of other modules that need a decided placement scenario: a scenario in a given status and
 * its proposals per employee. Writes penempatan's own tables; other modules' tests use it instead of INSERTs of their
 * own.
 */
public final class PenempatanFixture {

    private final JdbcClient jdbc;

    public PenempatanFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scenario in {@code status} (DRAF, DISETUJUI …); an approved one carries its approver and time. */
    public long skenario(String nama, String status) {
        boolean disetujui = status.equals("DISETUJUI") || status.equals("DITETAPKAN");
        return jdbc.sql("""
                        INSERT INTO penempatan.skenario (nama, status, bobot_selisih_kelas, bobot_diluar_minat,
                            bobot_pindah, bobot_tidak_ditempatkan, disetujui_oleh, disetujui_pada, dibuat_oleh,
                            dibuat_pada)
                        VALUES (?, ?, 2, 1, 1, 1000000, ?, ?, 'uji', ?) RETURNING id""")
                .params(nama, status, disetujui ? "uji" : null, disetujui ? OffsetDateTime.now() : null,
                        OffsetDateTime.now())
                .query(Long.class).single();
    }

    /** The scenario's proposal for {@code nip}: DITEMPATKAN (to {@code jabatanUsulan}), TIDAK_DITEMPATKAN, … */
    public void usulan(long skenario, String nip, String status, @Nullable Long jabatanUsulan) {
        jdbc.sql("INSERT INTO penempatan.usulan (skenario_id, nip, status, jabatan_usulan_id) VALUES (?, ?, ?, ?)")
                .params(skenario, nip, status, jabatanUsulan).update();
    }

    /** Archives a scenario. */
    public void arsipkan(long skenario) {
        jdbc.sql("UPDATE penempatan.skenario SET diarsipkan = true WHERE id = ?").param(skenario).update();
    }
}

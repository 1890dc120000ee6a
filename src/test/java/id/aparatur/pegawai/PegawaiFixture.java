package id.aparatur.pegawai;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests that need employees of their own: NIPs valid in structure and unused in the database (so
 * they never clash with the demo Kabupaten or each other), active PNS with golongan and pendidikan.
 * Writes pegawai's own tables; tests of other modules use it instead of INSERTs of their own.
 */
public final class PegawaiFixture {

    /** Where a new employee sits. */
    public record Tempat(long opdId, long unitId, long jabatanId) {}

    private static final AtomicInteger URUT = new AtomicInteger();

    private final JdbcClient jdbc;
    private final int dasar = ThreadLocalRandom.current().nextInt(100_000, 900_000);

    public PegawaiFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A fresh, unused NIP with a valid structure (PP 11/2017 penjelasan: birth date, TMT CPNS, gender digit 2, serial
     * number), checked against the database; its birth date is {@link #tanggalLahir(String)}.
     */
    public String nipBaru() {
        ThreadLocalRandom acak = ThreadLocalRandom.current();
        while (true) {
            LocalDate lahir = LocalDate.of(1985, 1, 1).plusDays(acak.nextInt(3650));
            String nip = String.format("%04d%02d%02d201501" + "2" + "%03d", lahir.getYear(), lahir.getMonthValue(),
                    lahir.getDayOfMonth(), (URUT.incrementAndGet() + dasar) % 1000);
            boolean ada = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pegawai.pegawai WHERE nip = ?)").param(nip)
                    .query(Boolean.class).single();
            if (!ada) {
                return nip;
            }
        }
    }

    /** The birth date a NIP made by {@link #nipBaru()} encodes. */
    public static LocalDate tanggalLahir(String nip) {
        return LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                Integer.parseInt(nip.substring(6, 8)));
    }

    /** A new active PNS, golongan III/a, S1, at {@code tempat}, with the given atasan (null = none). */
    public String pegawaiBaru(Tempat tempat, @Nullable String atasanNip) {
        String nip = nipBaru();
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id,
                            unit_id, opd_id, status_kepegawaian, golongan, tmt_jabatan, pendidikan_tingkat, atasan_nip)
                        VALUES (?, ?, 'P', ?, DATE '2015-01-01', ?, ?, ?, 'PNS', 'III/a',
                            DATE '2020-01-01', 'S1', ?)""")
                .params(nip, "Pegawai Uji " + nip, tanggalLahir(nip), tempat.jabatanId(), tempat.unitId(),
                        tempat.opdId(), atasanNip)
                .update();
        return nip;
    }

    /**
     * An atasan at {@code tempatAtasan} and {@code jumlah} direct subordinates at {@code tempatBawahan}.
     *
     * @return the atasan's NIP first, then the subordinates'
     */
    public List<String> atasanDengan(int jumlah, Tempat tempatAtasan, Tempat tempatBawahan) {
        List<String> nip = new ArrayList<>();
        String atasan = pegawaiBaru(tempatAtasan, null);
        nip.add(atasan);
        for (int i = 0; i < jumlah; i++) {
            nip.add(pegawaiBaru(tempatBawahan, atasan));
        }
        return List.copyOf(nip);
    }

    /** Records a discipline sanction (riwayat HUKUMAN_DISIPLIN) of {@code tingkat} from {@code tmt} to {@code selesai}. */
    public void hukumanDisiplin(String nip, String tingkat, LocalDate tmt, @Nullable LocalDate selesai) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh)
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'Hukuman disiplin uji', ?, ?, ?, 'uji')""")
                .params(nip, tingkat, tmt, selesai).update();
    }

    /** A discipline sanction recorded and then cancelled (a wrong entry): it no longer counts for anything. */
    public void hukumanDisiplinDibatalkan(String nip, String tingkat, LocalDate tmt, @Nullable LocalDate selesai) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh,
                            dibatalkan_pada, dibatalkan_oleh, alasan_batal)
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'Hukuman disiplin uji', ?, ?, ?, 'uji', ?, 'uji', 'Salah input')""")
                .params(nip, tingkat, tmt, selesai, tmt.atStartOfDay().atOffset(java.time.ZoneOffset.UTC)).update();
    }

    /** The rumpun jabatan {@code nip} is interested in (minat karier). */
    public void minatRumpun(String nip, String... rumpun) {
        for (String r : rumpun) {
            jdbc.sql("INSERT INTO pegawai.minat_rumpun (nip, rumpun_kode, dicatat_pada) VALUES (?, ?, ?)")
                    .params(nip, r, java.time.OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC))
                    .update();
        }
    }

    /** Sets the academic titles of {@code nip} (null: none). */
    public void gelar(String nip, @Nullable String depan, @Nullable String belakang) {
        jdbc.sql("UPDATE pegawai.pegawai SET gelar_depan = ?, gelar_belakang = ? WHERE nip = ?")
                .params(depan, belakang, nip).update();
    }

    /** As {@link #pegawaiBaru(Tempat, String)}, with the name a test shows or looks for. */
    public String pegawaiBaru(Tempat tempat, @Nullable String atasanNip, String nama) {
        String nip = pegawaiBaru(tempat, atasanNip);
        jdbc.sql("UPDATE pegawai.pegawai SET nama = ? WHERE nip = ?").params(nama, nip).update();
        return nip;
    }
}

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
            String nip = String.format(
                    "%04d%02d%02d201501" + "2" + "%03d",
                    lahir.getYear(),
                    lahir.getMonthValue(),
                    lahir.getDayOfMonth(),
                    // nomor urut 001–999: 000 is not a valid NIP (Perka BKN 22/2007)
                    1 + (URUT.incrementAndGet() + dasar) % 999);
            boolean ada = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pegawai.pegawai WHERE nip = ?)")
                    .param(nip)
                    .query(Boolean.class)
                    .single();
            if (!ada) {
                return nip;
            }
        }
    }

    /** A fresh, unused NIP of a man born on {@code lahir} (TMT CPNS 1990-01). */
    public String nipLahir(LocalDate lahir) {
        while (true) {
            String nip = String.format(
                    "%04d%02d%02d199001" + "1" + "%03d",
                    lahir.getYear(),
                    lahir.getMonthValue(),
                    lahir.getDayOfMonth(),
                    1 + (URUT.incrementAndGet() + dasar) % 999);
            if (!ada(nip)) {
                return nip;
            }
        }
    }

    /**
     * A fresh, unused NI PPPK of a woman born on {@code lahir}, appointed in 2023, in the usual reading (birth date,
     * year, {@code 21}, gender, serial): not a valid NIP, since {@code 21} is no month.
     */
    public String niPppkBaru(LocalDate lahir) {
        while (true) {
            String ni = String.format(
                    "%04d%02d%02d202321" + "2" + "%03d",
                    lahir.getYear(),
                    lahir.getMonthValue(),
                    lahir.getDayOfMonth(),
                    1 + (URUT.incrementAndGet() + dasar) % 999);
            if (!ada(ni)) {
                return ni;
            }
        }
    }

    private boolean ada(String nip) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pegawai.pegawai WHERE nip = ?)")
                .param(nip)
                .query(Boolean.class)
                .single();
    }

    /** A new active PNS born on {@code lahir} at {@code tempat} (golongan III/a, S1), without atasan. */
    public String pnsLahir(Tempat tempat, LocalDate lahir) {
        String nip = nipLahir(lahir);
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id,
                            unit_id, opd_id, status_kepegawaian, golongan, pendidikan_tingkat)
                        VALUES (?, ?, 'L', ?, DATE '1990-01-01', ?, ?, ?, 'PNS', 'III/a', 'S1')""")
                .params(nip, "Pegawai Uji " + nip, lahir, tempat.jabatanId(), tempat.unitId(), tempat.opdId())
                .update();
        return nip;
    }

    /** A new active PPPK born on {@code lahir} at {@code tempat}: NI PPPK, no TMT CPNS, golongan PPPK IX. */
    public String pppkBaru(Tempat tempat, LocalDate lahir) {
        String ni = niPppkBaru(lahir);
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id,
                            unit_id, opd_id, status_kepegawaian, golongan_pppk, pendidikan_tingkat)
                        VALUES (?, ?, 'P', ?, NULL, ?, ?, ?, 'PPPK', 'IX', 'S1')""")
                .params(ni, "PPPK Uji " + ni, lahir, tempat.jabatanId(), tempat.unitId(), tempat.opdId())
                .update();
        return ni;
    }

    /** The birth date a NIP made by {@link #nipBaru()} encodes. */
    public static LocalDate tanggalLahir(String nip) {
        return LocalDate.of(
                Integer.parseInt(nip.substring(0, 4)),
                Integer.parseInt(nip.substring(4, 6)),
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
                .params(
                        nip,
                        "Pegawai Uji " + nip,
                        tanggalLahir(nip),
                        tempat.jabatanId(),
                        tempat.unitId(),
                        tempat.opdId(),
                        atasanNip)
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
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'Hukuman disiplin uji', ?, ?, ?, 'uji')""").params(nip, tingkat, tmt, selesai).update();
    }

    /** A discipline sanction recorded and then cancelled (a wrong entry): it no longer counts for anything. */
    public void hukumanDisiplinDibatalkan(String nip, String tingkat, LocalDate tmt, @Nullable LocalDate selesai) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh,
                            dibatalkan_pada, dibatalkan_oleh, alasan_batal)
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'Hukuman disiplin uji', ?, ?, ?, 'uji', ?, 'uji', 'Salah input')""")
                .params(nip, tingkat, tmt, selesai, tmt.atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
                .update();
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
                .params(depan, belakang, nip)
                .update();
    }

    /** As {@link #pegawaiBaru(Tempat, String)}, with the name a test shows or looks for. */
    public String pegawaiBaru(Tempat tempat, @Nullable String atasanNip, String nama) {
        String nip = pegawaiBaru(tempat, atasanNip);
        jdbc.sql("UPDATE pegawai.pegawai SET nama = ? WHERE nip = ?")
                .params(nama, nip)
                .update();
        return nip;
    }

    /** What a new employee brings besides the seat: status kepegawaian, golongan, pendidikan, TMT jabatan. */
    public record Profil(
            String statusKepegawaian,
            @Nullable String golongan,
            @Nullable String pendidikan,
            @Nullable LocalDate tmtJabatan) {

        /** The profile of {@link #pegawaiBaru(Tempat, String)}: PNS, III/a, S1, in the position since 2020. */
        public static final Profil PNS = new Profil("PNS", "III/a", "S1", LocalDate.of(2020, 1, 1));
    }

    /** A new active employee at {@code tempat} with {@code profil}, without atasan. */
    public String pegawaiDengan(Tempat tempat, Profil profil) {
        String nip = pegawaiBaru(tempat, null);
        jdbc.sql("""
                        UPDATE pegawai.pegawai SET status_kepegawaian = ?, golongan = ?, pendidikan_tingkat = ?,
                            tmt_jabatan = ? WHERE nip = ?""")
                .params(profil.statusKepegawaian(), profil.golongan(), profil.pendidikan(), profil.tmtJabatan(), nip)
                .update();
        return nip;
    }

    /** Records a riwayat JABATAN entry: {@code jabatanId} from {@code tmt} (to {@code selesai}, null = open). */
    public void riwayatJabatan(String nip, long jabatanId, LocalDate tmt, @Nullable LocalDate selesai) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, jabatan_id, tmt, tmt_selesai, dicatat_oleh)
                        VALUES (?, 'JABATAN', 'Riwayat jabatan uji', ?, ?, ?, 'uji')""").params(nip, jabatanId, tmt, selesai).update();
    }

    /** Cancels the newest valid riwayat entry of {@code nip} (riwayat is never deleted, only dibatalkan). */
    public void batalkanRiwayatTerakhir(String nip) {
        jdbc.sql("""
                        UPDATE pegawai.riwayat SET dibatalkan_pada = now(), dibatalkan_oleh = 'uji',
                            alasan_batal = 'Salah input (uji)'
                        WHERE id = (SELECT max(id) FROM pegawai.riwayat WHERE nip = ? AND dibatalkan_pada IS NULL)""").param(nip).update();
    }

    /** Deactivates an employee with a reason (as BKD would: never deleted). */
    public void nonaktifkan(String nip, String alasan) {
        jdbc.sql("UPDATE pegawai.pegawai SET aktif = false, alasan_nonaktif = ?, versi = versi + 1 WHERE nip = ?")
                .params(alasan, nip)
                .update();
    }

    /** A new PNS like {@link #pegawaiBaru} with a name of the test's choosing, active or deactivated. */
    public String pegawaiBernama(String nama, Tempat tempat, @Nullable String atasanNip, boolean aktif) {
        String nip = pegawaiBaru(tempat, atasanNip);
        jdbc.sql("UPDATE pegawai.pegawai SET nama = ? WHERE nip = ?")
                .params(nama, nip)
                .update();
        if (!aktif) {
            nonaktifkan(nip, "Pensiun");
        }
        return nip;
    }

    /** Records a riwayat entry of {@code jenis} (e.g. PENGHARGAAN) with an SK; returns its id. */
    public long riwayat(
            String nip,
            String jenis,
            String uraian,
            @Nullable String tingkat,
            @Nullable String nomorSk,
            @Nullable LocalDate tanggalSk,
            LocalDate tmt) {
        return jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, nomor_sk, tanggal_sk, tmt, dicatat_oleh)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'uji') RETURNING id""")
                .params(nip, jenis, uraian, tingkat, nomorSk, tanggalSk, tmt)
                .query(Long.class)
                .single();
    }

    /** Records a disciplinary examination (riwayat PEMERIKSAAN_DISIPLIN) from {@code tmt} to {@code selesai} (null = ongoing). */
    public void pemeriksaanDisiplin(String nip, LocalDate tmt, @Nullable LocalDate selesai) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tmt, tmt_selesai, dicatat_oleh)
                        VALUES (?, 'PEMERIKSAAN_DISIPLIN', 'Pemeriksaan disiplin uji', ?, ?, 'uji')""").params(nip, tmt, selesai).update();
    }

    /** Sets the birth date of {@code nip} (for the legal age limits; the NIP keeps its digits). */
    public void lahir(String nip, LocalDate tanggal) {
        jdbc.sql("UPDATE pegawai.pegawai SET tanggal_lahir = ? WHERE nip = ?")
                .params(tanggal, nip)
                .update();
    }
}

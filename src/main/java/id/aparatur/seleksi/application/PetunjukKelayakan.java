package id.aparatur.seleksi.application;

import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.KesetaraanJenjang;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.seleksi.domain.SyaratJptPratama.DataPelamar;
import id.aparatur.seleksi.domain.SyaratJptPratama.Masa;
import id.aparatur.seleksi.domain.SyaratJptPratama.Petunjuk;
import id.aparatur.shared.Golongan;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads what the JPT pratama eligibility hints need for the internal applicants, through the read contracts of pegawai,
 * organisasi and kinerja, and applies {@link SyaratJptPratama}: the periods at administrator level or JF ahli madya and
 * above and the periods in positions of the target's rumpun (relevant experience) from the riwayat jabatan and the
 * current position, pendidikan, golongan, the disciplinary record (an active sedang/berat sanction by
 * {@code pegawai.dalam_hukuman_disiplin}; ever sanctioned sedang/berat or under examination by
 * {@code pegawai.rekam_jejak_disiplin}, twin of {@link id.aparatur.pegawai.AturanRekamJejakDisiplin}), the predikat of
 * the years before the reference year ({@code kinerja.v_predikat_tahunan}), and the age in completed years on the
 * planned inauguration date ({@code pegawai.usia_pada}, twin of {@link id.aparatur.pegawai.AturanUsia}: the birth date
 * is never read here). Which positions count is organisasi's rule {@link KesetaraanJenjang}. Four queries for all
 * applicants at once. Never reads agama, jenis kelamin, NIK or any other protected attribute.
 */
@Component
@id.aparatur.shared.LogikaMerit(
        izinkan = "usia",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c angka 6: usia di bawah 56 tahun untuk JPT pratama")
class PetunjukKelayakan {

    private final JdbcClient jdbc;
    private final AturanBerlaku aturan;
    private final ObjectMapper json;

    PetunjukKelayakan(JdbcClient jdbc, AturanBerlaku aturan, ObjectMapper json) {
        this.jdbc = jdbc;
        this.aturan = aturan;
        this.json = json;
    }

    /** The requirements in force on a reference date and the registry version they come from. */
    record SyaratBerlaku(SyaratJptPratama syarat, VersiAturan versi) {}

    /** The requirements in force on {@code acuan}, read from the rule registry ({@code SYARAT_JPT_PRATAMA}). */
    SyaratBerlaku syaratPada(LocalDate acuan) {
        VersiAturan v = aturan.berlaku(DefinisiSyaratJptPratama.KODE, acuan);
        return new SyaratBerlaku(json.treeToValue(v.nilai(), SyaratJptPratama.class), v);
    }

    private record Inti(
            @Nullable String pendidikan,
            @Nullable String golongan,
            @Nullable LocalDate tmtJabatan,
            boolean jabatanSetara,
            boolean jabatanSerumpun,
            boolean pernahHukumanSedangBerat,
            boolean dalamPemeriksaan,
            @Nullable Integer usia) {}

    private record RiwayatJabatan(LocalDate tmt, @Nullable LocalDate tmtSelesai, boolean setara, boolean serumpun) {}

    /** The hints for each NIP under the requirements in force on {@code acuan}. */
    Map<String, List<Petunjuk>> periksa(List<String> daftarNip, LocalDate acuan, LocalDate pelantikan, long jabatanId) {
        return periksa(
                daftarNip, acuan, pelantikan, jabatanId, syaratPada(acuan).syarat());
    }

    /**
     * The hints for each NIP (missing NIPs, e.g. no longer in the register, answer an empty list).
     *
     * @param acuan the reference date (the end of the announcement, or today)
     * @param pelantikan the planned inauguration date, for the age limit
     * @param jabatanId the JPT position of the selection, whose rumpun is the relevant field
     * @param syarat the requirements in force on {@code acuan} ({@link #syaratPada})
     */
    Map<String, List<Petunjuk>> periksa(
            List<String> daftarNip, LocalDate acuan, LocalDate pelantikan, long jabatanId, SyaratJptPratama syarat) {
        Map<String, List<Petunjuk>> hasil = new HashMap<>();
        if (daftarNip.isEmpty()) {
            return hasil;
        }
        String[] nip = daftarNip.toArray(String[]::new);
        String rumpun = jdbc.sql("SELECT rumpun_kode FROM organisasi.v_jabatan WHERE id = ?")
                .param(jabatanId)
                .query(String.class)
                .optional()
                .orElse(null);
        Map<String, Inti> inti = new HashMap<>();
        jdbc.sql("""
                        SELECT p.nip, p.pendidikan_tingkat, p.golongan, p.tmt_jabatan, j.jenis_jabatan, j.jenjang,
                               j.rumpun_kode, COALESCE(d.pernah_sedang_berat, false),
                               COALESCE(d.dalam_pemeriksaan, false), a.usia
                        FROM pegawai.v_pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        LEFT JOIN pegawai.rekam_jejak_disiplin(?) d ON d.nip = p.nip
                        LEFT JOIN pegawai.usia_pada(?) a ON a.nip = p.nip
                        WHERE p.nip = ANY (CAST(? AS char(18)[]))""").params(acuan, pelantikan, nip).query((ResultSet rs) -> {
            inti.put(
                    rs.getString(1).trim(),
                    new Inti(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            setara(rs.getString(5), rs.getString(6)),
                            rumpun != null && rumpun.equals(rs.getString(7)),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            (Integer) rs.getObject(10)));
        });
        Map<String, List<RiwayatJabatan>> riwayat = new HashMap<>();
        jdbc.sql("""
                        SELECT r.nip, r.tmt, r.tmt_selesai, j.jenis_jabatan, j.jenjang, j.rumpun_kode
                        FROM pegawai.v_riwayat r LEFT JOIN organisasi.v_jabatan j ON j.id = r.jabatan_id
                        WHERE r.nip = ANY (CAST(? AS char(18)[])) AND r.jenis = 'JABATAN'
                        ORDER BY r.nip, r.tmt, r.id""").param(nip).query((ResultSet rs) -> {
            riwayat.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                    .add(new RiwayatJabatan(
                            rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class),
                            setara(rs.getString(4), rs.getString(5)),
                            rumpun != null && rumpun.equals(rs.getString(6))));
        });
        Set<String> hukuman = new HashSet<>(jdbc.sql("""
                        SELECT nip FROM pegawai.dalam_hukuman_disiplin(?) WHERE nip = ANY (CAST(? AS char(18)[]))""")
                .params(acuan, nip)
                .query((rs, i) -> rs.getString(1).trim())
                .list());
        int tahunAcuan = acuan.getYear();
        int jumlahTahun = syarat.tahunKinerjaBaik();
        Map<String, PredikatKinerja[]> predikat = new HashMap<>();
        jdbc.sql("""
                        SELECT nip, tahun, predikat FROM kinerja.v_predikat_tahunan
                        WHERE nip = ANY (CAST(? AS char(18)[])) AND tahun BETWEEN ? AND ?""").params(nip, tahunAcuan - jumlahTahun, tahunAcuan - 1).query((ResultSet rs) -> {
            predikat.computeIfAbsent(rs.getString(1).trim(), k -> new PredikatKinerja[jumlahTahun])[
                            tahunAcuan - 1 - rs.getInt(2)] =
                    PredikatKinerja.valueOf(rs.getString(3));
        });
        for (String n : daftarNip) {
            Inti d = inti.get(n);
            if (d == null) {
                hasil.put(n, List.of());
                continue;
            }
            List<RiwayatJabatan> r = riwayat.getOrDefault(n, List.of());
            PredikatKinerja[] p = predikat.get(n);
            hasil.put(
                    n,
                    syarat.periksa(
                            new DataPelamar(
                                    masa(r, d.jabatanSetara(), d.tmtJabatan(), acuan, RiwayatJabatan::setara),
                                    d.pendidikan() == null ? null : TingkatPendidikan.valueOf(d.pendidikan()),
                                    d.golongan() == null
                                            ? null
                                            : Golongan.dari(d.golongan()).orElse(null),
                                    hukuman.contains(n),
                                    d.pernahHukumanSedangBerat(),
                                    d.dalamPemeriksaan(),
                                    d.usia(),
                                    masa(r, d.jabatanSerumpun(), d.tmtJabatan(), acuan, RiwayatJabatan::serumpun),
                                    p == null ? List.of() : Arrays.asList(p)),
                            acuan));
        }
        return hasil;
    }

    /**
     * The periods in counting positions: each riwayat jabatan entry (in TMT order) lasts until its own end, else until
     * the next entry's TMT, else until the reference date; the current position counts from its TMT when it counts.
     */
    private static List<Masa> masa(
            List<RiwayatJabatan> riwayat,
            boolean jabatanKiniDihitung,
            @Nullable LocalDate tmtJabatan,
            LocalDate acuan,
            java.util.function.Predicate<RiwayatJabatan> dihitung) {
        List<Masa> masa = new ArrayList<>();
        for (int i = 0; i < riwayat.size(); i++) {
            RiwayatJabatan r = riwayat.get(i);
            if (!dihitung.test(r)) {
                continue;
            }
            LocalDate selesai = r.tmtSelesai() != null
                    ? r.tmtSelesai().plusDays(1)
                    : i + 1 < riwayat.size() ? riwayat.get(i + 1).tmt() : acuan;
            masa.add(new Masa(r.tmt(), selesai));
        }
        if (jabatanKiniDihitung && tmtJabatan != null) {
            masa.add(new Masa(tmtJabatan, acuan));
        }
        return masa;
    }

    private static boolean setara(@Nullable String jenis, @Nullable String jenjang) {
        return jenis != null
                && KesetaraanJenjang.setaraAdministratorAtauLebih(
                        JenisJabatan.valueOf(jenis), jenjang == null ? null : Jenjang.valueOf(jenjang));
    }
}

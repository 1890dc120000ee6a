package id.aparatur.seleksi.application;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the JPT pratama eligibility hints need for the internal applicants (periods at administrator level or JF
 * ahli madya and above from the riwayat jabatan and the current position, pendidikan, golongan, active sedang/berat
 * sanctions, and the birth date for the legal age limit), through pegawai's and organisasi's read contracts, and
 * applies {@link SyaratJptPratama}. Which positions count is organisasi's rule {@link KesetaraanJenjang}; an active
 * sanction is pegawai's rule, asked through its SQL twin {@code pegawai.dalam_hukuman_disiplin}. Three queries for all
 * applicants at once. Never reads agama, jenis kelamin, NIK or any other protected attribute.
 */
@Component
@id.aparatur.shared.LogikaMerit(
        izinkan = "tanggalLahir",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c angka 6: usia paling tinggi 56 tahun (JPT pratama)")
class PetunjukKelayakan {

    private final JdbcClient jdbc;
    private final SyaratJptPratama syarat;

    PetunjukKelayakan(JdbcClient jdbc, SyaratJptPratama syarat) {
        this.jdbc = jdbc;
        this.syarat = syarat;
    }

    SyaratJptPratama syarat() {
        return syarat;
    }

    private record Inti(
            @Nullable String pendidikan,
            @Nullable String golongan,
            @Nullable LocalDate lahir,
            @Nullable LocalDate tmtJabatan,
            boolean jabatanSetara) {}

    private record RiwayatJabatan(LocalDate tmt, @Nullable LocalDate tmtSelesai, boolean setara) {}

    /** The hints for each NIP (missing NIPs, e.g. no longer in the register, answer an empty list). */
    Map<String, List<Petunjuk>> periksa(List<String> daftarNip, LocalDate acuan) {
        Map<String, List<Petunjuk>> hasil = new HashMap<>();
        if (daftarNip.isEmpty()) {
            return hasil;
        }
        String[] nip = daftarNip.toArray(String[]::new);
        Map<String, Inti> inti = new HashMap<>();
        jdbc.sql("""
                        SELECT p.nip, p.pendidikan_tingkat, p.golongan, p.tanggal_lahir, p.tmt_jabatan, j.jenis_jabatan,
                               j.jenjang
                        FROM pegawai.v_pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        WHERE p.nip = ANY (CAST(? AS char(18)[]))""").param(nip).query((ResultSet rs) -> {
            inti.put(
                    rs.getString(1).trim(),
                    new Inti(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            setara(rs.getString(6), rs.getString(7))));
        });
        Map<String, List<RiwayatJabatan>> riwayat = new HashMap<>();
        jdbc.sql("""
                        SELECT r.nip, r.tmt, r.tmt_selesai, j.jenis_jabatan, j.jenjang
                        FROM pegawai.v_riwayat r LEFT JOIN organisasi.v_jabatan j ON j.id = r.jabatan_id
                        WHERE r.nip = ANY (CAST(? AS char(18)[])) AND r.jenis = 'JABATAN'
                        ORDER BY r.nip, r.tmt, r.id""").param(nip).query((ResultSet rs) -> {
            riwayat.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                    .add(new RiwayatJabatan(
                            rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class),
                            setara(rs.getString(4), rs.getString(5))));
        });
        Set<String> hukuman = new HashSet<>(jdbc.sql("""
                        SELECT nip FROM pegawai.dalam_hukuman_disiplin(?) WHERE nip = ANY (CAST(? AS char(18)[]))""")
                .params(acuan, nip)
                .query((rs, i) -> rs.getString(1).trim())
                .list());
        for (String n : daftarNip) {
            Inti d = inti.get(n);
            hasil.put(
                    n,
                    d == null
                            ? List.of()
                            : syarat.periksa(
                                    new DataPelamar(
                                            masa(d, riwayat.getOrDefault(n, List.of()), acuan),
                                            d.pendidikan() == null ? null : TingkatPendidikan.valueOf(d.pendidikan()),
                                            d.golongan() == null
                                                    ? null
                                                    : Golongan.dari(d.golongan())
                                                            .orElse(null),
                                            hukuman.contains(n),
                                            d.lahir()),
                                    acuan));
        }
        return hasil;
    }

    /**
     * The periods in qualifying positions: each riwayat jabatan entry (in TMT order) lasts until its own end, else
     * until the next entry's TMT, else until the reference date; the current position counts from its TMT.
     */
    private static List<Masa> masa(Inti inti, List<RiwayatJabatan> riwayat, LocalDate acuan) {
        List<Masa> masa = new ArrayList<>();
        for (int i = 0; i < riwayat.size(); i++) {
            RiwayatJabatan r = riwayat.get(i);
            if (!r.setara()) {
                continue;
            }
            LocalDate selesai = r.tmtSelesai() != null
                    ? r.tmtSelesai().plusDays(1)
                    : i + 1 < riwayat.size() ? riwayat.get(i + 1).tmt() : acuan;
            masa.add(new Masa(r.tmt(), selesai));
        }
        if (inti.jabatanSetara() && inti.tmtJabatan() != null) {
            masa.add(new Masa(inti.tmtJabatan(), acuan));
        }
        return masa;
    }

    private static boolean setara(@Nullable String jenis, @Nullable String jenjang) {
        return jenis != null
                && KesetaraanJenjang.setaraAdministratorAtauLebih(
                        JenisJabatan.valueOf(jenis), jenjang == null ? null : Jenjang.valueOf(jenjang));
    }
}

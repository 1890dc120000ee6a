package id.aparatur.seleksi.application;

import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.seleksi.domain.SyaratJptPratama.DataPelamar;
import id.aparatur.seleksi.domain.SyaratJptPratama.Masa;
import id.aparatur.seleksi.domain.SyaratJptPratama.Petunjuk;
import id.aparatur.shared.Golongan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the JPT pratama eligibility hints need for an internal applicant (periods at administrator level or JF
 * ahli madya and above from the riwayat jabatan and the current position, pendidikan, golongan, active sedang/berat
 * sanctions, and the birth date for the legal age limit) and applies {@link SyaratJptPratama}. Never reads agama,
 * jenis kelamin, NIK or any other protected attribute.
 */
@Component
@id.aparatur.shared.LogikaMerit(izinkan = "tanggalLahir",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c angka 6: usia paling tinggi 56 tahun (JPT pratama)")
class PetunjukKelayakan {

    /** Administrator level or higher, or JF ahli madya/utama (SQL on organisasi.jabatan aliased j). */
    private static final String SETARA_ADMINISTRATOR = "(j.jenis_jabatan IN ('ADMINISTRATOR', 'JPT_PRATAMA', "
            + "'JPT_MADYA', 'JPT_UTAMA') OR (j.jenis_jabatan = 'FUNGSIONAL' AND j.jenjang IN ('AHLI_MADYA', 'AHLI_UTAMA')))";

    private final JdbcClient jdbc;
    private final SyaratJptPratama syarat;

    PetunjukKelayakan(JdbcClient jdbc, SyaratJptPratama syarat) {
        this.jdbc = jdbc;
        this.syarat = syarat;
    }

    SyaratJptPratama syarat() {
        return syarat;
    }

    /** The hints for each NIP (missing NIPs, e.g. no longer in the register, answer an empty list). */
    Map<String, List<Petunjuk>> periksa(List<String> daftarNip, LocalDate acuan) {
        Map<String, List<Petunjuk>> hasil = new java.util.HashMap<>();
        for (String nip : daftarNip) {
            DataPelamar d = data(nip, acuan);
            hasil.put(nip, d == null ? List.of() : syarat.periksa(d, acuan));
        }
        return hasil;
    }

    private @Nullable DataPelamar data(String nip, LocalDate acuan) {
        record Inti(@Nullable String pendidikan, @Nullable String golongan, @Nullable LocalDate lahir,
                @Nullable LocalDate tmtJabatan, boolean jabatanSetara) {}
        Inti inti = jdbc.sql("SELECT p.pendidikan_tingkat, p.golongan, p.tanggal_lahir, p.tmt_jabatan, "
                        + "coalesce(" + SETARA_ADMINISTRATOR + ", false) FROM pegawai.pegawai p "
                        + "LEFT JOIN organisasi.jabatan j ON j.id = p.jabatan_id WHERE p.nip = ?").param(nip)
                .query((rs, i) -> new Inti(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .optional().orElse(null);
        if (inti == null) {
            return null;
        }
        List<Masa> masa = new ArrayList<>(jdbc.sql("""
                        SELECT tmt, coalesce(selesai, acuan) FROM (
                          SELECT r.tmt, coalesce(r.tmt_selesai + 1, lead(r.tmt) OVER (ORDER BY r.tmt, r.id)) AS selesai,
                            CAST(? AS date) AS acuan, coalesce(""" + SETARA_ADMINISTRATOR + """
                        , false) AS setara
                          FROM pegawai.riwayat r LEFT JOIN organisasi.jabatan j ON j.id = r.jabatan_id
                          WHERE r.nip = ? AND r.jenis = 'JABATAN' AND r.dibatalkan_pada IS NULL) x
                        WHERE setara""").params(acuan, nip)
                .query((rs, i) -> new Masa(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).list());
        if (inti.jabatanSetara() && inti.tmtJabatan() != null) {
            masa.add(new Masa(inti.tmtJabatan(), acuan));
        }
        boolean hukuman = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM pegawai.riwayat r WHERE r.nip = ? AND r.jenis = 'HUKUMAN_DISIPLIN'
                          AND r.dibatalkan_pada IS NULL AND r.tingkat IN ('SEDANG', 'BERAT')
                          AND (r.tmt_selesai IS NULL OR r.tmt_selesai >= ?))""").params(nip, acuan)
                .query(Boolean.class).single();
        return new DataPelamar(masa, inti.pendidikan() == null ? null : TingkatPendidikan.valueOf(inti.pendidikan()),
                inti.golongan() == null ? null : Golongan.dari(inti.golongan()).orElse(null), hukuman, inti.lahir());
    }
}

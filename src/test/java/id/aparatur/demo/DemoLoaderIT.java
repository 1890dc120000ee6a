package id.aparatur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.demo.generator.DemoKabupaten;
import id.aparatur.demo.generator.Jabatan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

// Own database (and so its own Spring context): other integration tests add records to the shared demo data.
@UjiIntegrasi
@org.springframework.test.context.TestPropertySource(properties = "aparatur.db.nama=aparatur_demo_it")
class DemoLoaderIT {

    @Autowired
    DemoLoader loader;

    @Autowired
    JdbcClient jdbc;

    private long hitung(String tabel) {
        return jdbc.sql("SELECT count(*) FROM " + tabel).query(Long.class).single();
    }

    private Map<String, Long> semuaJumlah() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : List.of("organisasi.pemda", "organisasi.misi", "organisasi.tujuan_pemda",
                "organisasi.sasaran_pemda", "organisasi.opd", "organisasi.tujuan_opd", "organisasi.sasaran_opd",
                "organisasi.unit", "organisasi.jabatan", "organisasi.jabatan_hasil_kerja", "organisasi.jabatan_korelasi",
                "organisasi.jabatan_kompetensi", "pegawai.pegawai", "akses.pengguna", "akses.pengguna_peran")) {
            m.put(t, hitung(t));
        }
        return m;
    }

    @Test
    void jumlahDiBasisDataSamaDenganGenerator() {
        DemoKabupaten kab = loader.hasilkan();
        assertThat(hitung("pegawai.pegawai")).isEqualTo(kab.pegawai().size()).isBetween(540L, 660L);
        assertThat(hitung("organisasi.opd")).isEqualTo(kab.opd().size());
        assertThat(hitung("organisasi.misi")).isEqualTo(kab.misi().size());
        assertThat(hitung("organisasi.sasaran_opd")).isEqualTo(kab.sasaranOpd().size());
        assertThat(hitung("organisasi.unit")).isEqualTo(kab.unit().size());
        assertThat(hitung("organisasi.jabatan")).isEqualTo(kab.jabatan().size());
        assertThat(hitung("organisasi.jabatan_kompetensi"))
                .isEqualTo(kab.jabatan().stream().mapToLong(j -> j.kompetensi().size()).sum());
        assertThat(hitung("organisasi.jabatan_korelasi"))
                .isEqualTo(kab.jabatan().stream().mapToLong(j -> j.korelasi().size()).sum());
        assertThat(hitung("organisasi.jabatan_hasil_kerja"))
                .isEqualTo(kab.jabatan().stream().mapToLong(j -> j.hasilKerja().size()).sum());
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.unit u JOIN organisasi.jabatan j ON j.id = u.jabatan_kepala_id "
                + "AND j.unit_id = u.id").query(Long.class).single()).isEqualTo(kab.unit().size());
        Jabatan sekda = kab.jabatan().get(0);
        assertThat(jdbc.sql("SELECT nama FROM organisasi.jabatan WHERE id = ?").param(sekda.id()).query(String.class)
                .single()).isEqualTo("Sekretaris Daerah");
    }

    @Test
    void kompetensiDariKamusDanUrutanIdentitasBergeser() {
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.jabatan_kompetensi jk "
                + "LEFT JOIN kompetensi.kompetensi k ON k.kode = jk.kompetensi_kode WHERE k.kode IS NULL")
                .query(Long.class).single()).isZero();
        long maks = jdbc.sql("SELECT max(id) FROM organisasi.jabatan").query(Long.class).single();
        long berikut = jdbc.sql("SELECT nextval(pg_get_serial_sequence('organisasi.jabatan', 'id'))")
                .query(Long.class).single();
        assertThat(berikut).isGreaterThan(maks);
    }

    @Test
    void limaAkunDemoAda() {
        Map<String, String> peran = new LinkedHashMap<>();
        jdbc.sql("SELECT username, peran FROM akses.pengguna_peran").query((rs, i) -> peran.put(rs.getString(1),
                rs.getString(2))).list();
        assertThat(peran).containsEntry("bkd", "ADMIN_BKD").containsEntry("kadis.pendidikan", "PIMPINAN_OPD")
                .containsEntry("atasan.pendidikan", "ATASAN").containsEntry("pegawai.pendidikan", "PEGAWAI")
                .containsEntry("asesor", "ASESOR");
        String atasanDariAtasan = jdbc.sql("""
                SELECT k.atasan_nip FROM akses.pengguna u
                JOIN pegawai.pegawai p ON p.nip = u.nip JOIN pegawai.pegawai k ON k.nip = p.atasan_nip
                WHERE u.username = 'pegawai.pendidikan'""").query(String.class).single();
        String nipAtasan = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'atasan.pendidikan'")
                .query(String.class).single();
        assertThat(atasanDariAtasan).isEqualTo(nipAtasan);
        assertThat(jdbc.sql("SELECT password_hash FROM akses.pengguna WHERE username = 'bkd'").query(String.class)
                .single()).isNotEqualTo(DemoKabupaten.PASSWORD_DEMO);
    }

    @Test
    void dijalankanUlangTidakMenggandakan() {
        Map<String, Long> sebelum = semuaJumlah();
        assertThat(loader.muat()).isFalse();
        assertThat(semuaJumlah()).isEqualTo(sebelum);
    }
}

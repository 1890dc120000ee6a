package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Import and export of pegawai and asesmen through the API: export → import is lossless, bad files are rejected with
 * row-by-row errors and change nothing, re-importing assessments adds nothing, and the export follows the scope.
 */
@UjiIntegrasi
class ImporDataIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every stored employee row (by NIP), the assessment ids and the number of pegawai/asesmen audit rows; equal
     * before and after means nothing was written.
     */
    java.util.Map<String, String> sidikJari() {
        java.util.Map<String, String> hasil = new java.util.TreeMap<>();
        jdbc.sql("SELECT p.nip, p::text FROM pegawai.pegawai p").query((java.sql.ResultSet rs) -> {
            hasil.put(rs.getString(1), rs.getString(2));
        });
        hasil.put(
                "asesmen",
                jdbc.sql("SELECT coalesce(string_agg(a.id::text, ',' ORDER BY a.id), '') FROM asesmen.asesmen a")
                        .query(String.class)
                        .single());
        hasil.put(
                "jejak",
                String.valueOf(
                        jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas IN ('PEGAWAI', 'ASESMEN')")
                                .query(Long.class)
                                .single()));
        return hasil;
    }

    /** What differs between two fingerprints: key, before → after (empty: nothing was written). */
    static java.util.List<String> berubah(
            java.util.Map<String, String> sebelum, java.util.Map<String, String> sesudah) {
        java.util.Set<String> kunci = new java.util.TreeSet<>(sebelum.keySet());
        kunci.addAll(sesudah.keySet());
        return kunci.stream()
                .filter(k -> !java.util.Objects.equals(sebelum.get(k), sesudah.get(k)))
                .map(k -> k + ": " + sebelum.get(k) + " → " + sesudah.get(k))
                .toList();
    }

    byte[] ekspor(String user, String query) throws Exception {
        var hasil = mvc.perform(get("/api/v1/ekspor/pegawai" + query).with(httpBasic(user, SANDI)))
                .andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(hasil))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    ResultActions impor(String jenis, String nama, String isi) throws Exception {
        return impor(jenis, nama, isi.getBytes(StandardCharsets.UTF_8));
    }

    ResultActions impor(String jenis, String nama, byte[] isi) throws Exception {
        return mvc.perform(multipart("/api/v1/impor/" + jenis)
                .file(new MockMultipartFile("file", nama, null, isi))
                .with(httpBasic("bkd", SANDI)));
    }

    static String csv(String... baris) {
        return String.join("\r\n", baris) + "\r\n";
    }

    long disdik() {
        return jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
    }

    /**
     * An employee stored without atasan although the structure gives one (the unit got its head after the employee
     * was registered): an import that leaves the atasan empty fills it from the unit head, and that is a change like
     * any other — counted, versi incremented, audited.
     */
    @Test
    void imporMengisiAtasanDariStrukturDanMencatatnya() throws Exception {
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Impor Atasan");
        long kepala = org.jabatanBaru(opd.id(), opd.unitId(), "ADMINISTRATOR", null, 11, "ADM", 1);
        long pelaksana = org.pelaksanaBaru(opd, 2);
        var pf = new PegawaiFixture(jdbc);
        String bawahan = pf.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), pelaksana), null);
        String kepalaNip = pf.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), kepala), null);
        org.kepalaUnit(opd.unitId(), kepala);
        int versi = jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                .param(bawahan)
                .query(Integer.class)
                .single();
        long jejak = jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND entitas_id = ?")
                .param(bawahan)
                .query(Long.class)
                .single();

        impor("pegawai", "pegawai.csv", ekspor("bkd", "?format=csv&opd=" + opd.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(0))
                .andExpect(jsonPath("$.diubah").value(1));

        assertThat(jdbc.sql("SELECT atasan_nip, versi FROM pegawai.pegawai WHERE nip = ?")
                        .param(bawahan)
                        .query((rs, i) -> rs.getString(1) + "/" + rs.getInt(2))
                        .single())
                .isEqualTo(kepalaNip + "/" + (versi + 1));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND entitas_id = ?")
                        .param(bawahan)
                        .query(Long.class)
                        .single())
                .isEqualTo(jejak + 1);
        // The head itself has no atasan above it in this OPD: unchanged. A second import changes nothing.
        impor("pegawai", "pegawai.csv", ekspor("bkd", "?format=csv&opd=" + opd.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.diubah").value(0));
    }

    @Test
    void eksporLaluImporTanpaPerubahanCsvDanXlsx() throws Exception {
        String nip = jdbc.sql("SELECT min(nip) FROM pegawai.pegawai WHERE opd_id = ?")
                .param(disdik())
                .query(String.class)
                .single();
        // A value that a spreadsheet would run as a formula must come back unchanged.
        jdbc.sql("UPDATE pegawai.pegawai SET gelar_belakang = '=1+1', tempat_lahir = 'Sleman, DIY' WHERE nip = ?")
                .param(nip)
                .update();
        // Other tests may have left employees here without the atasan the structure gives them (the import fills an
        // empty atasan from the unit heads, counted and audited: imporMengisiAtasanDariStrukturDanMencatatnya); one
        // import first brings the OPD to the state the rules produce, from which the round trip must change nothing.
        impor("pegawai", "pegawai.csv", ekspor("bkd", "?format=csv&opd=" + disdik()))
                .andExpect(status().isOk());
        byte[] berkas = ekspor("bkd", "?format=csv&opd=" + disdik());
        String teks = new String(berkas, StandardCharsets.UTF_8);
        assertThat(teks).contains("'=1+1").doesNotContain(",=1+1");
        var sebelum = sidikJari();
        impor("pegawai", "pegawai.csv", berkas)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(0))
                .andExpect(jsonPath("$.diubah").value(0));
        byte[] xlsx = ekspor("bkd", "?format=xlsx&opd=" + disdik());
        impor("pegawai", "pegawai.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(0))
                .andExpect(jsonPath("$.diubah").value(0));
        assertThat(berubah(sebelum, sidikJari())).isEmpty();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row kepala = wb.getSheetAt(0).getRow(0);
            assertThat(kepala.getCell(0).getStringCellValue()).isEqualTo("NIP");
        }
    }

    @Test
    void imporMengubahDanMenambahDenganAudit() throws Exception {
        String nip = jdbc.sql("SELECT max(nip) FROM pegawai.pegawai WHERE opd_id = ? AND jabatan_id IS NOT NULL")
                .param(disdik())
                .query(String.class)
                .single();
        String kodeJabatan = jdbc.sql(
                        "SELECT j.kode FROM organisasi.jabatan j JOIN pegawai.pegawai p ON p.jabatan_id = j.id "
                                + "WHERE p.nip = ?")
                .param(nip)
                .query(String.class)
                .single();
        String nipBaru = "199001012020121999";
        impor(
                        "pegawai",
                        "ubah.csv",
                        csv(
                                "NIP,Nama,Tempat Lahir",
                                nip + ",Nama Diubah Impor,Wonosari",
                                nipBaru + ",Pegawai Baru Impor,Bantul"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(1))
                .andExpect(jsonPath("$.diubah").value(1));
        assertThat(jdbc.sql("SELECT nama FROM pegawai.pegawai WHERE nip = ?")
                        .param(nip)
                        .query(String.class)
                        .single())
                .isEqualTo("Nama Diubah Impor");
        assertThat(jdbc.sql("SELECT jabatan_id IS NOT NULL FROM pegawai.pegawai WHERE nip = ?")
                        .param(nip)
                        .query(Boolean.class)
                        .single())
                .as("kolom yang tidak ada di berkas tetap")
                .isTrue();
        var baru = jdbc.sql("SELECT tanggal_lahir, jenis_kelamin, tmt_cpns FROM pegawai.pegawai WHERE nip = ?")
                .param(nipBaru)
                .query((rs, i) -> List.of(
                        rs.getObject(1).toString(),
                        rs.getString(2),
                        rs.getObject(3).toString()))
                .single();
        assertThat(baru).containsExactly("1990-01-01", "L", "2020-12-01");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND aksi = 'IMPOR' "
                                + "AND entitas_id IN (?, ?)")
                        .params(nip, nipBaru)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // A new employee placed on a jabatan gets the unit head as atasan.
        String nipKedua = "199102022021012998";
        impor("pegawai", "baru.csv", csv("NIP,Nama,Kode Jabatan", nipKedua + ",Staf Baru Impor," + kodeJabatan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(1));
        assertThat(jdbc.sql("SELECT atasan_nip IS NOT NULL AND opd_id = ? FROM pegawai.pegawai WHERE nip = ?")
                        .params(disdik(), nipKedua)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void dataLamaTidakKonsistenDiterimaDenganPeringatan() throws Exception {
        impor(
                        "pegawai",
                        "lama.csv",
                        csv(
                                "NIP,Nama,Tanggal Lahir,Jenis Kelamin",
                                "198001012005011997,Pegawai Data Lama,1980-01-02,P"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peringatan[0]", startsWith("Baris 2 (NIP 198001012005011997)")));
        mvc.perform(get("/api/v1/pegawai/198001012005011997").with(httpBasic("bkd", SANDI)))
                .andExpect(jsonPath("$.ketidaksesuaianNip[*].kode", hasItem("pegawai.nip.beda-tanggal-lahir")))
                .andExpect(jsonPath("$.ketidaksesuaianNip[*].kode", hasItem("pegawai.nip.beda-kelamin")));
    }

    @Test
    void pppkDiimporTanpaTmtCpnsDenganGolonganPppk() throws Exception {
        PegawaiFixture fx = new PegawaiFixture(jdbc);
        String ni = fx.niPppkBaru(java.time.LocalDate.of(1993, 4, 5));
        impor(
                        "pegawai",
                        "pppk.csv",
                        csv("NIP,Nama,Status Kepegawaian,Golongan,TMT CPNS", ni + ",Guru PPPK Impor,PPPK,IX,"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(1));
        assertThat(jdbc.sql("""
                        SELECT status_kepegawaian || ' ' || coalesce(tmt_cpns::text, '-') || ' ' || golongan_pppk || ' '
                          || coalesce(golongan, '-') || ' ' || tanggal_lahir || ' ' || jenis_kelamin
                        FROM pegawai.pegawai WHERE nip = ?""").param(ni).query(String.class).single()).isEqualTo("PPPK - IX - 1993-04-05 P");
        // Without a Status cell the stored status decides how the number is read: the PPPK stays one.
        impor("pegawai", "pppk-ubah.csv", csv("NIP,Nama,Golongan", ni + ",Guru PPPK Impor Diubah,X"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT golongan_pppk FROM pegawai.pegawai WHERE nip = ?")
                        .param(ni)
                        .query(String.class)
                        .single())
                .isEqualTo("X");
        String ni2 = fx.niPppkBaru(java.time.LocalDate.of(1993, 4, 6));
        ditolak(
                "pppk-golongan-pns.csv",
                csv("NIP,Nama,Status Kepegawaian,Golongan", ni2 + ",PPPK Salah,PPPK,III/a")
                        .getBytes(StandardCharsets.UTF_8),
                2,
                "Golongan",
                "PPPK tidak memiliki golongan/ruang PNS");
        ditolak(
                "pppk-sebagai-pns.csv",
                csv("NIP,Nama,Status Kepegawaian", ni2 + ",Bukan NIP,PNS").getBytes(StandardCharsets.UTF_8),
                2,
                "NIP",
                "TMT CPNS");
    }

    void ditolak(String nama, byte[] isi, int baris, String kolom, String pesanMengandung) throws Exception {
        var sebelum = sidikJari();
        impor("pegawai", nama, isi)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath(
                        "$.errors[?(@.baris == " + baris + " && @.kolom == '" + kolom + "')].pesan",
                        hasItem(org.hamcrest.Matchers.containsString(pesanMengandung))));
        assertThat(berubah(sebelum, sidikJari()))
                .as(nama + " tidak menulis apa pun")
                .isEmpty();
    }

    @Test
    void berkasBurukDitolakBarisDemiBarisTanpaMenulis() throws Exception {
        String ok = "199001012020121997,Baris Benar";
        ditolak(
                "kepala-salah.csv",
                csv("NIP,Nama Lengkap", ok).getBytes(StandardCharsets.UTF_8),
                1,
                "Nama Lengkap",
                "tidak dikenal");
        ditolak("tanpa-nip.csv", csv("Nama", "Siti").getBytes(StandardCharsets.UTF_8), 1, "NIP", "Kolom wajib");
        ditolak(
                "tipe-salah.csv",
                csv("NIP,Nama,Tanggal Lahir,Tahun Lulus", ok + ",kemarin,abc").getBytes(StandardCharsets.UTF_8),
                2,
                "Tanggal Lahir",
                "Tanggal tidak dikenali");
        ditolak(
                "tipe-salah-2.csv",
                csv("NIP,Nama,Tahun Lulus", ok + ",abc").getBytes(StandardCharsets.UTF_8),
                2,
                "Tahun Lulus",
                "bilangan bulat");
        ditolak(
                "nip-ganda.csv",
                csv("NIP,Nama", ok, "199001012020121997,Baris Ganda").getBytes(StandardCharsets.UTF_8),
                3,
                "NIP",
                "baris 2");
        ditolak(
                "nip-salah.csv",
                csv("NIP,Nama", ok, "198613262015051001,Bulan Tiga Belas").getBytes(StandardCharsets.UTF_8),
                3,
                "NIP",
                "");
        ditolak(
                "jabatan-salah.csv",
                csv("NIP,Nama,Kode Jabatan", ok + ",TIDAK-ADA").getBytes(StandardCharsets.UTF_8),
                2,
                "Kode Jabatan",
                "katalog jabatan");
        ditolak(
                "atasan-salah.csv",
                csv("NIP,Nama,NIP Atasan", ok + ",199901012020121001").getBytes(StandardCharsets.UTF_8),
                2,
                "NIP Atasan",
                "tidak terdaftar");
        // An empty file and a header-only file.
        var sebelum = sidikJari();
        impor("pegawai", "kosong.csv", new byte[0]).andExpect(status().isUnprocessableEntity());
        impor("pegawai", "kepala-saja.csv", csv("NIP,Nama").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].pesan").isString());
        impor("pegawai", "gambar.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})
                .andExpect(status().isUnprocessableEntity());
        assertThat(berubah(sebelum, sidikJari())).isEmpty();
    }

    @Test
    void imporAsesmenDitambahkanDanTidakGandaBilaDiulang() throws Exception {
        List<String> nip = jdbc.sql("SELECT nip FROM pegawai.pegawai WHERE opd_id = ? ORDER BY nip LIMIT 3")
                .param(disdik())
                .query(String.class)
                .list();
        String tgl = LocalDate.now().minusDays(1).toString();
        List<String> baris = new ArrayList<>(List.of("NIP,Tanggal,Sumber,Asesor,Kode Kompetensi,Level,Catatan,Bukti"));
        for (String n : nip) {
            baris.add(n + "," + tgl + ",UJI_KOMPETENSI,Tim Uji Impor,M.01,3,Uji impor,");
            baris.add(n + "," + tgl + ",UJI_KOMPETENSI,Tim Uji Impor,M.02,4,Uji impor,");
        }
        byte[] isi = csv(baris.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8);
        impor("asesmen", "asesmen.csv", isi)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dibaca").value(6))
                .andExpect(jsonPath("$.ditambah").value(3));
        assertThat(jdbc.sql("SELECT level FROM asesmen.level_terkini WHERE nip = ? AND kompetensi_kode = 'M.02'")
                        .param(nip.get(0))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        var sebelum = sidikJari();
        impor("asesmen", "asesmen.csv", isi)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(0))
                .andExpect(jsonPath("$.peringatan[0]").isString());
        assertThat(berubah(sebelum, sidikJari())).isEmpty();
        String buruk = csv(
                "NIP,Tanggal,Sumber,Asesor,Kode Kompetensi,Level",
                "199901012020121001," + tgl + ",CACT,X,M.01,3",
                nip.get(0) + "," + LocalDate.now().plusDays(2) + ",CACT,X,M.01,3",
                nip.get(0) + "," + tgl + ",TEBAKAN,X,M.01,3",
                nip.get(0) + "," + tgl + ",CACT,X,X.99,6",
                nip.get(1) + "," + tgl + ",CACT,X,M.01,3",
                nip.get(1) + "," + tgl + ",CACT,X,M.01,2");
        mvc.perform(multipart("/api/v1/impor/asesmen")
                        .file(new MockMultipartFile("file", "buruk.csv", null, buruk.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.baris == 2)].kolom", hasItem("NIP")))
                .andExpect(jsonPath("$.errors[?(@.baris == 3)].kolom", hasItem("Tanggal")))
                .andExpect(jsonPath("$.errors[?(@.baris == 4)].kolom", hasItem("Sumber")))
                .andExpect(jsonPath("$.errors[?(@.baris == 5)].kolom", hasItem("Kode Kompetensi")))
                .andExpect(jsonPath("$.errors[?(@.baris == 5)].kolom", hasItem("Level")))
                .andExpect(jsonPath("$.errors[?(@.baris == 7)].kolom", hasItem("Kode Kompetensi")));
        assertThat(berubah(sebelum, sidikJari())).isEmpty();
    }

    @Test
    void eksporMengikutiCakupanDanMenyembunyikanDataTerlindungi() throws Exception {
        String kadis = new String(ekspor("kadis.pendidikan", "?format=csv"), StandardCharsets.UTF_8);
        List<String> baris = Arrays.asList(kadis.split("\r?\n"));
        assertThat(baris.get(0)).contains("NIP").doesNotContain("Agama").doesNotContain("NIK");
        long jumlah = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE opd_id = ?")
                .param(disdik())
                .query(Long.class)
                .single();
        assertThat(baris.stream().skip(1).filter(b -> !b.isBlank()).count()).isEqualTo(jumlah);
        String sendiri = new String(ekspor("pegawai.pendidikan", "?format=csv"), StandardCharsets.UTF_8);
        assertThat(Arrays.stream(sendiri.split("\r?\n"))
                        .skip(1)
                        .filter(b -> !b.isBlank())
                        .count())
                .isEqualTo(1);
        String bkd = new String(ekspor("bkd", "?format=csv&opd=" + disdik()), StandardCharsets.UTF_8);
        assertThat(bkd.lines().findFirst().orElseThrow()).contains("Agama").contains("NIK");
        mvc.perform(multipart("/api/v1/impor/pegawai")
                        .file(new MockMultipartFile("file", "x.csv", null, kadis.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(status().isForbidden());
    }
}

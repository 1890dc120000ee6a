package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Import of annual SKP results from e-Kinerja (issue 6 butir 6) through the import framework's API: a good file makes
 * FINAL SKP with sumber EKINERJA and the predikat of the matrix; a bad file is rejected whole with row errors. Years
 * 2040–2043 belong to this class.
 */
@UjiIntegrasi
@org.springframework.test.context.event.RecordApplicationEvents
class ImporSkpEkinerjaIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents peristiwa;

    List<String> nip;

    @BeforeEach
    void pegawaiDemo() {
        // six employees of their own (each with an atasan), without any SKP yet
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        var o = org.opdBaru("Dinas Uji Impor SKP");
        var t = new id.aparatur.pegawai.PegawaiFixture.Tempat(o.id(), o.unitId(), org.pelaksanaBaru(o, 7));
        nip = new id.aparatur.pegawai.PegawaiFixture(jdbc)
                .atasanDengan(6, t, t).subList(1, 7).stream().sorted().toList();
    }

    ResultActions impor(String nama, String... baris) throws Exception {
        byte[] isi = (String.join("\n", baris) + "\n").getBytes(StandardCharsets.UTF_8);
        return mvc.perform(multipart("/api/v1/impor/skp-ekinerja")
                .file(new MockMultipartFile("file", nama, null, isi))
                .with(httpBasic("bkd", SANDI)));
    }

    long skpImpor(int tahun) {
        return jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE tahun = ? AND sumber = 'EKINERJA'")
                .param(tahun)
                .query(Long.class)
                .single();
    }

    @Test
    void berkasBaikMenjadiSkpFinalBersumberEkinerja() throws Exception {
        impor(
                        "ekinerja-2040.csv",
                        "NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU,PREDIKAT,NIP_PENILAI",
                        nip.get(0) + ",2040,DI_ATAS,DI_ATAS,Sangat Baik,",
                        nip.get(1) + ",2040,Sesuai Ekspektasi,Di Bawah Ekspektasi,Kurang/Misconduct," + nip.get(0),
                        nip.get(2) + ",2040,di bawah,sesuai,,",
                        nip.get(0) + ",2041,SESUAI,SESUAI,BAIK,")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dibaca").value(4))
                .andExpect(jsonPath("$.ditambah").value(4));
        List<Map<String, Object>> skp = jdbc.sql("""
                SELECT nip, status, sumber, rating_hasil_kerja, rating_perilaku, predikat, penilai_nip, opd_id
                FROM kinerja.skp WHERE tahun = 2040 AND nip = ANY (?) ORDER BY nip""")
                .param(nip.subList(0, 3).toArray(String[]::new))
                .query()
                .listOfRows();
        assertThat(skp).hasSize(3);
        assertThat(skp)
                .allMatch(s -> s.get("status").equals("FINAL")
                        && s.get("sumber").equals("EKINERJA")
                        && s.get("opd_id") != null);
        assertThat(skp).extracting(s -> s.get("predikat")).containsExactly("SANGAT_BAIK", "KURANG", "BUTUH_PERBAIKAN");
        assertThat(skp.get(1).get("rating_hasil_kerja")).isEqualTo("SESUAI");
        assertThat(skp.get(1).get("penilai_nip").toString().strip()).isEqualTo(nip.get(0));
        assertThat(skp.get(2).get("penilai_nip")).isNull();
        // announced like any finalisation
        assertThat(peristiwa.stream(SkpDifinalkan.class).filter(e -> e.tahun() == 2040 && nip.contains(e.nip())))
                .extracting(SkpDifinalkan::predikat)
                .containsExactlyInAnyOrder(
                        PredikatKinerja.SANGAT_BAIK, PredikatKinerja.KURANG, PredikatKinerja.BUTUH_PERBAIKAN);
        // counted like any final SKP: the API shows the year's ratings and predikat
        mvc.perform(get("/api/v1/pegawai/" + nip.get(0) + "/kinerja").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tahun == 2040)].predikat").value(hasItem("SANGAT_BAIK")))
                .andExpect(jsonPath("$[?(@.tahun == 2041)].hasilKerja").value(hasItem("SESUAI")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'SKP' AND aksi = 'IMPOR'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        // the same file again: every row now collides with an existing SKP, nothing changes
        impor("ekinerja-2040.csv", "NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU", nip.get(0) + ",2040,DI_ATAS,DI_ATAS")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].baris").value(2))
                .andExpect(jsonPath("$.errors[0].pesan", startsWith("Pegawai ini sudah punya SKP tahun 2040")));
    }

    @Test
    void periodeSemesteranDanPenilaiNonPnsDiterima() throws Exception {
        String kepala = "NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU,NIP_PENILAI,NAMA_PENILAI,JABATAN_PENILAI,"
                + "PERIODE_EVALUASI";
        // a non-PNS penilai needs both name and jabatan, and not together with a NIP; the period must be known
        impor(
                        "ekinerja-2046-buruk.csv",
                        kepala,
                        nip.get(3) + ",2046,SESUAI,SESUAI,,H. Bupati,,SEMESTERAN",
                        nip.get(4) + ",2046,SESUAI,SESUAI," + nip.get(0) + ",H. Bupati,Bupati Contoh,",
                        nip.get(5) + ",2046,SESUAI,SESUAI,,,,CATURWULAN")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.baris == 2)].kolom").value(hasItem("JABATAN_PENILAI")))
                .andExpect(jsonPath("$.errors[?(@.baris == 3)].kolom").value(hasItem("NAMA_PENILAI")))
                .andExpect(jsonPath("$.errors[?(@.baris == 4)].kolom").value(hasItem("PERIODE_EVALUASI")));
        impor(
                        "ekinerja-2046.csv",
                        kepala,
                        nip.get(3) + ",2046,DI_ATAS,SESUAI,,H. Bupati Contoh,Bupati Contoh,Semesteran",
                        nip.get(4) + ",2046,SESUAI,SESUAI,,,,")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ditambah").value(2));
        var skp = jdbc.sql("""
                SELECT penilai_nip, penilai_nama, penilai_jabatan, periode_evaluasi FROM kinerja.skp
                WHERE tahun = 2046 AND nip = ?""").param(nip.get(3)).query().singleRow();
        assertThat(skp.get("penilai_nip")).isNull();
        assertThat(skp.get("penilai_nama")).isEqualTo("H. Bupati Contoh");
        assertThat(skp.get("penilai_jabatan")).isEqualTo("Bupati Contoh");
        assertThat(skp.get("periode_evaluasi")).isEqualTo("SEMESTERAN");
        assertThat(jdbc.sql("SELECT periode_evaluasi FROM kinerja.skp WHERE tahun = 2046 AND nip = ?")
                        .param(nip.get(4))
                        .query(String.class)
                        .single())
                .isEqualTo("TRIWULANAN");
    }

    @Test
    void berkasBurukDitolakSeluruhnyaDenganGalatPerBaris() throws Exception {
        jdbc.sql("INSERT INTO kinerja.skp (nip, tahun, dibuat_oleh, diubah_oleh) VALUES (?, 2043, 'uji', 'uji')")
                .param(nip.get(5))
                .update();
        impor(
                        "buruk.csv",
                        "NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU,PREDIKAT,NIP_PENILAI",
                        nip.get(3) + ",2042,DI_ATAS,SESUAI,Baik,", // 2: good
                        "199901019999011999,2042,SESUAI,SESUAI,,", // 3: unknown NIP
                        nip.get(4) + ",2042,LUAR BIASA,SESUAI,,", // 4: bad rating
                        nip.get(4) + ",1999,SESUAI,SESUAI,,", // 5: year out of range
                        nip.get(4) + ",2043,DI_ATAS,DI_ATAS,Baik,", // 6: predikat against the matrix
                        nip.get(3) + ",2042,SESUAI,SESUAI,,", // 7: duplicate of row 2
                        nip.get(5) + ",2043,SESUAI,SESUAI,,", // 8: SKP exists already
                        nip.get(4) + ",2041,SESUAI,SESUAI,," + nip.get(4), // 9: penilai is the employee
                        "12345,2042,SESUAI,SESUAI,,") // 10: NIP format
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.baris == 3)].pesan")
                        .value(hasItem("NIP tidak terdaftar sebagai pegawai.")))
                .andExpect(jsonPath("$.errors[?(@.baris == 4)].kolom").value(hasItem("RATING_HASIL_KERJA")))
                .andExpect(jsonPath("$.errors[?(@.baris == 5)].kolom").value(hasItem("TAHUN")))
                .andExpect(jsonPath("$.errors[?(@.baris == 6)].pesan")
                        .value(hasItem(
                                "Predikat tidak sesuai matriks: hasil kerja DI_ATAS dan perilaku DI_ATAS memberi predikat "
                                        + "Sangat Baik.")))
                .andExpect(jsonPath("$.errors[?(@.baris == 7)].pesan").value(hasItem(startsWith("Nilai ganda"))))
                .andExpect(jsonPath("$.errors[?(@.baris == 8)].pesan")
                        .value(hasItem("Pegawai ini sudah punya SKP tahun 2043; SKP yang ada tidak ditimpa.")))
                .andExpect(jsonPath("$.errors[?(@.baris == 9)].kolom").value(hasItem("NIP_PENILAI")))
                .andExpect(jsonPath("$.errors[?(@.baris == 10)].pesan").value(hasItem("NIP harus 18 angka.")))
                .andExpect(jsonPath("$.errors[?(@.baris == 2)]").isEmpty())
                .andExpect(jsonPath("$.jumlahGalat").value(8));
        assertThat(skpImpor(2042)).as("semua atau tidak sama sekali").isZero();
        assertThat(skpImpor(2043)).isZero();
    }

    @Test
    void templatDanHakAkses() throws Exception {
        var unduh = mvc.perform(get("/api/v1/impor/skp-ekinerja/templat")
                        .param("format", "csv")
                        .with(httpBasic("bkd", SANDI)))
                .andReturn();
        String csv = mvc.perform(asyncDispatch(unduh))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU,PREDIKAT,NIP_PENILAI");
        mvc.perform(multipart("/api/v1/impor/skp-ekinerja")
                        .file(new MockMultipartFile(
                                "file",
                                "x.csv",
                                null,
                                ("NIP,TAHUN,RATING_HASIL_KERJA,RATING_PERILAKU\n" + nip.get(3)
                                                + ",2042,SESUAI,SESUAI\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("atasan.pendidikan", SANDI)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/impor").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("skp-ekinerja")));
        assertThat(skpImpor(2042)).isZero();
    }
}

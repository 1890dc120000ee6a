package id.aparatur.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit page offers every entity type that is in the audit trail (with a readable label where the bundle has one),
 * and the export returns every row matching the page's filters, far beyond the 200 rows the old export stopped at.
 */
@UjiIntegrasi
class JejakAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    static MockHttpServletRequestBuilder bkd(MockHttpServletRequestBuilder b) {
        return b.with(user("bkd").roles("ADMIN_BKD"));
    }

    /** Inserts {@code n} audit rows of one entity type, the i-th with summary "{@code ringkasan} i". */
    void sisipkan(String entitas, String ringkasan, int n) {
        List<Object[]> baris = new ArrayList<>();
        Timestamp t = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            baris.add(new Object[] {t, "uji", entitas, String.valueOf(i), "UBAH", ringkasan + " " + i});
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO audit.jejak_audit (waktu, pengguna, entitas, entitas_id, aksi, ringkasan) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                baris);
    }

    @Test
    void filterEntitasMenawarkanSetiapJenisYangTeraudit() throws Exception {
        String unik = "UJI_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        sisipkan(unik, "Entitas baru", 1);
        sisipkan("SKP", "Uji label", 1);
        String html = mvc.perform(bkd(get("/audit")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int mulai = html.indexOf("name=\"entitas\"");
        String pilihan = html.substring(mulai, html.indexOf("</select>", mulai));
        List<String> ditawarkan = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"").matcher(pilihan);
        while (m.find()) {
            ditawarkan.add(m.group(1));
        }
        List<String> ada = jdbc.sql("SELECT DISTINCT entitas FROM audit.jejak_audit")
                .query(String.class)
                .list();
        assertThat(ada).contains(unik, "SKP");
        assertThat(ditawarkan).containsExactlyInAnyOrderElementsOf(ada);
        // Known types carry their label, unknown ones their code.
        assertThat(pilihan).contains(">Sasaran Kinerja Pegawai (SKP)<").contains(">" + unik + "<");
        mvc.perform(bkd(get("/audit").param("entitas", unik)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Entitas baru 0")));
    }

    byte[] unduh(MockHttpServletRequestBuilder b) throws Exception {
        MvcResult mulai =
                mvc.perform(bkd(b)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void eksporMemuatSemuaBarisSesuaiFilterTanpaBatas() throws Exception {
        String unik = "UJI_EKSPOR_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        int n = 2_345;
        sisipkan(unik, "Ekspor massal", n);
        sisipkan(unik, "Lain", 7);
        sisipkan(unik + "_X", "Ekspor massal", 5);

        byte[] xlsx = unduh(get("/audit/ekspor").param("entitas", unik).param("q", "ekspor massal"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getLastRowNum()).as("header + semua baris").isEqualTo(n);
            List<String> ringkasan = new ArrayList<>();
            for (Row r : sh) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(2).getStringCellValue()).isEqualTo(unik);
                    ringkasan.add(r.getCell(5).getStringCellValue());
                }
            }
            assertThat(ringkasan).doesNotHaveDuplicates().allMatch(s -> s.startsWith("Ekspor massal "));
        }

        String csv = new String(
                unduh(get("/audit/ekspor").param("entitas", unik).param("format", "csv")), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).as("header + semua baris").isEqualTo(n + 7 + 1);
        assertThat(csv).doesNotContain(unik + "_X");
    }
}

package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 8: an unexpected exception answers a generic 500 ProblemDetail without cause, class name, stack trace
 * or SQL, and with the {@code idGalat} under which it is logged; also when it escapes past the controller advice
 * (caught by {@link PenjagaApiFilter}).
 */
@ExtendWith(OutputCaptureExtension.class)
class GalatTakTerdugaTests {

    @RestController
    static class Rusak {
        @GetMapping("/api/v1/rusak")
        String rusak() {
            throw new IllegalStateException("SELECT nik FROM pegawai.pegawai WHERE rahasia");
        }
    }

    private MockMvc mvc(boolean denganAdvice) {
        var pesan = new ReloadableResourceBundleMessageSource();
        pesan.setBasenames(SistemConfiguration.basenames());
        pesan.setDefaultEncoding("UTF-8");
        pesan.setFallbackToSystemLocale(false);
        pesan.setDefaultLocale(SistemConfiguration.INDONESIA);
        ProblemApi problem = new ProblemApi(pesan);
        var bahasa = new FixedLocaleResolver(SistemConfiguration.INDONESIA);
        var b = MockMvcBuilders.standaloneSetup(new Rusak())
                .setLocaleResolver(bahasa)
                .addFilters(new PenjagaApiFilter(problem, JsonMapper.builder().build(), bahasa, 2_000_000, 30_000_000));
        if (denganAdvice) {
            b.setControllerAdvice(new ApiExceptionHandler(pesan, DataSize.ofMegabytes(50), problem));
        }
        return b.build();
    }

    @Test
    void galatTakTerdugaDijawab500UmumDenganIdDiLog(CapturedOutput log) throws Exception {
        for (boolean advice : new boolean[] {true, false}) {
            String badan = mvc(advice)
                    .perform(get("/api/v1/rusak"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(500))
                    .andExpect(jsonPath("$.title").value("Galat pada server"))
                    .andExpect(jsonPath("$.idGalat").isString())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(badan).doesNotContain("SELECT", "IllegalStateException", "rahasia", "at id.aparatur");
            String id = badan.replaceAll(".*\"idGalat\":\"([^\"]+)\".*", "$1");
            assertThat(badan).contains("Laporkan kode galat " + id);
            assertThat(log.getOut()).contains("[idGalat=" + id + "]").contains("SELECT nik FROM pegawai.pegawai");
        }
    }
}

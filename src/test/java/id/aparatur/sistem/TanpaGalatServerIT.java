package id.aparatur.sistem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 15 item 3: input never answers 500; an impossible month in {@code tmtCpns} is a 400 naming the field. */
@UjiIntegrasi
class TanpaGalatServerIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bulanTmtCpnsYangTidakAdaDijawab400() throws Exception {
        var opd = new id.aparatur.organisasi.OrganisasiFixture(jdbc).opdBaru("Dinas Uji Tanpa Galat");
        long jabatan = new id.aparatur.organisasi.OrganisasiFixture(jdbc).pelaksanaBaru(opd, 2);
        var pegawai = new Object[] {
            new id.aparatur.pegawai.PegawaiFixture(jdbc)
                    .pegawaiBaru(new id.aparatur.pegawai.PegawaiFixture.Tempat(opd.id(), opd.unitId(), jabatan), null),
            0
        };
        for (String tmt : List.of("2020-13", "2020-00")) {
            mvc.perform(post("/api/v1/pegawai")
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"nip\":\"199001012020011001\",\"nama\":\"Uji TMT\",\"tmtCpns\":\"" + tmt
                                    + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[?(@.field == 'tmtCpns')]").exists());
            mvc.perform(put("/api/v1/pegawai/" + pegawai[0])
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"nip\":\"" + pegawai[0] + "\",\"nama\":\"Uji TMT\",\"tmtCpns\":\"" + tmt
                                    + "\",\"versi\":" + pegawai[1] + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'tmtCpns')]").exists());
        }
    }
}

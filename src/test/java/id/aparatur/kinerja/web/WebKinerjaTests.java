package id.aparatur.kinerja.web;

import static org.mockito.Mockito.when;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Base of the kinerja web slices ({@link IrisanWebKinerja}): MockMvc and a signed-in employee of OPD 5. */
abstract class WebKinerjaTests {

    static final String NIP = "199001012015012001";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CakupanPengguna cakupan;

    @BeforeEach
    void masuk() {
        when(cakupan.saatIni()).thenReturn(new Cakupan("uji", Set.of(Peran.PEGAWAI, Peran.ATASAN), 5L, NIP));
    }
}

package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.BatasGradeEj;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The instansi's ABK settings (application properties): the rounding rule new ABK versions get
 * ({@code aparatur.abk.aturan-pembulatan}, default {@code SETENGAH_KE_ATAS}) and the EJ grade bands
 * ({@code aparatur.abk.ej.atas-b/bawah-b/bawah-c/bawah-d}, defaults 1.00/0.90/0.70/0.50 [U]).
 */
@Component
public class PengaturanAbk {

    private final AturanPembulatan aturanPembulatan;
    private final BatasGradeEj batasGradeEj;

    PengaturanAbk(
            @Value("${aparatur.abk.aturan-pembulatan:SETENGAH_KE_ATAS}") AturanPembulatan aturanPembulatan,
            @Value("${aparatur.abk.ej.atas-b:1.00}") BigDecimal atasB,
            @Value("${aparatur.abk.ej.bawah-b:0.90}") BigDecimal bawahB,
            @Value("${aparatur.abk.ej.bawah-c:0.70}") BigDecimal bawahC,
            @Value("${aparatur.abk.ej.bawah-d:0.50}") BigDecimal bawahD) {
        this.aturanPembulatan = aturanPembulatan;
        this.batasGradeEj = new BatasGradeEj(atasB, bawahB, bawahC, bawahD);
    }

    public AturanPembulatan aturanPembulatan() {
        return aturanPembulatan;
    }

    public BatasGradeEj batasGradeEj() {
        return batasGradeEj;
    }
}

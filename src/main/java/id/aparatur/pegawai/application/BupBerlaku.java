package id.aparatur.pegawai.application;

import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.pegawai.domain.AturanPensiun;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The BUP table in force on a reference date, read from the rule registry ({@code BUP}): the retirement projection
 * reads it at the end of the projected period, the profile at today.
 */
@Component
public class BupBerlaku {

    private final AturanBerlaku aturan;

    BupBerlaku(AturanBerlaku aturan) {
        this.aturan = aturan;
    }

    public AturanPensiun pada(LocalDate acuan) {
        return DefinisiBup.dari(aturan.berlaku(AturanPensiun.KODE, acuan).nilai());
    }
}

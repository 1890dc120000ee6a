package id.aparatur.asesmen.application;

import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.aturan.VersiAturan;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The JPM bands in force on a reference date, read from the rule registry ({@code JPM_PITA}), with the version they come
 * from so that a gap analysis shows which bands it used.
 */
@Component
public class AturanJpm {

    /** The bands and the registry version they come from. */
    public record PitaBerlaku(BatasJpm batas, VersiAturan versi) {}

    private final AturanBerlaku aturan;
    private final Clock clock;

    AturanJpm(AturanBerlaku aturan, Clock clock) {
        this.aturan = aturan;
        this.clock = clock;
    }

    public PitaBerlaku pada(LocalDate acuan) {
        VersiAturan v = aturan.berlaku(DefinisiPitaJpm.KODE, acuan);
        return new PitaBerlaku(DefinisiPitaJpm.batas(v.nilai()), v);
    }

    public PitaBerlaku hariIni() {
        return pada(LocalDate.now(clock));
    }
}

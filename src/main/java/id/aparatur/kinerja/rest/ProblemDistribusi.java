package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.application.DistribusiDilanggarException;
import id.aparatur.kinerja.application.LayananDistribusi;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The 409 ProblemDetail of a finalisation blocked by the distribution rules, listing every broken rule. */
final class ProblemDistribusi {

    private ProblemDistribusi() {}

    static ProblemDetail dari(DistribusiDilanggarException e, MessageSource pesan) {
        Locale l = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, pesan.getMessage(e.kodePesan(), null, e.kodePesan(), l));
        pd.setTitle(pesan.getMessage("galat.409.judul", null, "Konflik", l));
        pd.setType(URI.create("about:blank"));
        pd.setProperty("pelanggaran", uraian(e.pelanggaran(), pesan));
        return pd;
    }

    /** Each broken rule with a readable message. */
    static List<Map<String, Object>> uraian(List<LayananDistribusi.Pelanggaran> daftar, MessageSource pesan) {
        Locale l = LocaleContextHolder.getLocale();
        List<Map<String, Object>> hasil = new ArrayList<>();
        for (LayananDistribusi.Pelanggaran p : daftar) {
            String predikat = String.join(
                    ", ", p.predikat().stream().sorted().map(Enum::name).toList());
            hasil.add(Map.of(
                    "jenis",
                    p.jenis().name(),
                    "predikat",
                    p.predikat().stream().sorted().toList(),
                    "persen",
                    p.persen(),
                    "jumlah",
                    p.jumlah(),
                    "total",
                    p.total(),
                    "pesan",
                    pesan.getMessage(
                            "evaluasi.distribusi." + p.jenis().name(),
                            new Object[] {predikat, p.persen(), p.jumlah(), p.total()},
                            l)));
        }
        return hasil;
    }
}

package id.aparatur.organisasi.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.KebutuhanDitetapkan;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a final ABK to the position catalogue: the kebutuhan becomes the jabatan's kuota (K), the version of the
 * jabatan is bumped (so a form opened before fails with a stale version) and the change is audited with the ABK year
 * as the reason. Runs synchronously inside the publisher's transaction, as {@code pegawai} does with
 * {@code MutasiDitetapkan}: the ABK status and the kuota change together or not at all.
 */
@Component
class PenetapanKuota {

    private final JdbcClient jdbc;
    private final JabatanRepository repo;
    private final ApplicationEventPublisher events;

    PenetapanKuota(JdbcClient jdbc, JabatanRepository repo, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void ditetapkan(KebutuhanDitetapkan e) {
        Map<String, Object> lama = jdbc
                .sql("SELECT nama, opd_id, kuota FROM organisasi.jabatan WHERE id = ? FOR UPDATE")
                .param(e.jabatanId())
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Jabatan " + e.jabatanId() + " tidak ada"));
        int kuotaLama = ((Number) lama.get("kuota")).intValue();
        if (kuotaLama == e.kebutuhan()) {
            return;
        }
        repo.tetapkanKuota(e.jabatanId(), e.kebutuhan());
        events.publishEvent(new DataDiubah(
                "JABATAN",
                String.valueOf(e.jabatanId()),
                "UBAH",
                ((Number) lama.get("opd_id")).longValue(),
                "Kuota diubah: " + lama.get("nama") + " (" + kuotaLama + " → " + e.kebutuhan() + "). Alasan: ABK tahun "
                        + e.tahun() + " difinalkan oleh " + e.oleh(),
                Map.of("kuota", kuotaLama),
                Map.of("kuota", e.kebutuhan(), "alasan", "ABK tahun " + e.tahun())));
    }
}

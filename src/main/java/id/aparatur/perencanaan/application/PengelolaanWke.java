package id.aparatur.perencanaan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektifRepository;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated waktu kerja efektif table, managed by BKD. A row is never changed or deleted: a new standard is a
 * new row from its date on, so every ABK year keeps its basis. Drafts pick the new value up at their next save or on
 * submission; submitted and final ABK keep the value they were computed with.
 */
@Service
@Transactional
public class PengelolaanWke {

    private final WaktuKerjaEfektifRepository repo;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanWke(
            WaktuKerjaEfektifRepository repo, CakupanPengguna cakupan, ApplicationEventPublisher events, Clock clock) {
        this.repo = repo;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    /** All rows, oldest first. Readable by every signed-in user. */
    @Transactional(readOnly = true)
    public List<WaktuKerjaEfektif> semua() {
        return repo.semua();
    }

    /**
     * Adds a row in force from {@code berlakuMulai}.
     *
     * @param menitPerTahun the minutes as typed (a decimal number)
     * @throws ValidasiException on a missing date, minutes that are no number or outside 1–525.600, or no legal basis
     * @throws KonflikException when a row for that date exists
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public WaktuKerjaEfektif tambah(
            @Nullable LocalDate berlakuMulai, @Nullable String menitPerTahun, @Nullable String dasarHukum) {
        BigDecimal menit = null;
        if (menitPerTahun != null && !menitPerTahun.isBlank()) {
            try {
                menit = new BigDecimal(menitPerTahun.strip());
            } catch (NumberFormatException e) {
                throw new ValidasiException("menitPerTahun", "abk.format-tidak-sah");
            }
        }
        WaktuKerjaEfektif w = AturanAbk.periksaWke(berlakuMulai, menit, dasarHukum);
        if (repo.ada(w.berlakuMulai())) {
            throw new KonflikException("abk.wke.sudah-ada", "WKE berlaku mulai " + w.berlakuMulai() + " sudah ada");
        }
        repo.tambah(w, cakupan.saatIni().username(), clock.instant());
        events.publishEvent(new DataDiubah(
                "WKE",
                w.berlakuMulai().toString(),
                "BUAT",
                null,
                "Waktu kerja efektif " + w.menitPerTahun() + " menit/tahun berlaku mulai " + w.berlakuMulai() + " ("
                        + w.dasarHukum() + ")",
                null,
                w));
        return w;
    }
}

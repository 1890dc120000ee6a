package id.aparatur.seleksi.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change an {@link SeleksiTerbuka} transition made, for the repository to write. The parts of a selection are
 * append-only or changed in place (the submission and the decision can never change, members and applicants are never
 * deleted), so the aggregate says what happened instead of being rewritten as a whole.
 */
public sealed interface PerubahanSeleksi {

    /** The weights changed. */
    record BobotDiubah(BobotPenilaian bobot) implements PerubahanSeleksi {}

    /** The planned dates of these stages changed (the others keep theirs). */
    record JadwalDiubah(Map<TahapSeleksi, JadwalTahap> jadwal) implements PerubahanSeleksi {

        public JadwalDiubah {
            jadwal = Map.copyOf(jadwal);
        }
    }

    /** The state moved on. */
    record StatusBerpindah(StatusSeleksi dari, StatusSeleksi ke) implements PerubahanSeleksi {}

    /** A stage actually began. */
    record TahapDimulai(TahapSeleksi tahap, String oleh, OffsetDateTime pada) implements PerubahanSeleksi {}

    /** A member joined the pansel (the repository gives it an id). */
    record PanselDitambah(AnggotaPansel anggota, String oleh, OffsetDateTime pada) implements PerubahanSeleksi {}

    /** A member was deactivated. */
    record PanselDinonaktifkan(long anggotaId, String oleh, OffsetDateTime pada) implements PerubahanSeleksi {}

    /** An applicant registered (the repository gives it an id). */
    record PesertaDidaftarkan(PesertaSeleksi peserta, String oleh, OffsetDateTime pada) implements PerubahanSeleksi {}

    /** The administrasi result of an applicant was recorded (or corrected). */
    record AdministrasiDicatat(
            long pesertaId, boolean lulus, @Nullable String alasan, String oleh, OffsetDateTime pada)
            implements PerubahanSeleksi {}

    /** Scores of an applicant were recorded (or corrected). */
    record NilaiDicatat(long pesertaId, Map<KomponenNilai, BigDecimal> nilai, String oleh, OffsetDateTime pada)
            implements PerubahanSeleksi {

        public NilaiDicatat {
            nilai = Map.copyOf(nilai);
        }
    }

    /** An applicant withdrew. */
    record PesertaMundur(long pesertaId, String alasan, OffsetDateTime pada) implements PerubahanSeleksi {}

    /** The pansel submitted its names with the ranking they came from (stored permanently). */
    record TigaNamaDiajukan(
            List<Peringkat> calon,
            List<Peringkat> peringkat,
            BobotPenilaian bobot,
            boolean kurangDariTiga,
            @Nullable String catatan,
            String oleh,
            OffsetDateTime pada)
            implements PerubahanSeleksi {}

    /** The PPK chose one of the submitted names (stored permanently with the names and weights). */
    record PilihanDitetapkan(
            Peringkat pilihan,
            @Nullable String alasan,
            List<Peringkat> calon,
            BobotPenilaian bobot,
            String oleh,
            OffsetDateTime pada)
            implements PerubahanSeleksi {}

    /** The selection was cancelled. */
    record Dibatalkan(String alasan, String oleh, OffsetDateTime pada) implements PerubahanSeleksi {}
}

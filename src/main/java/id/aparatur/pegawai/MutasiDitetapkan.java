package id.aparatur.pegawai;

import java.time.LocalDate;
import java.util.List;

/**
 * Event: a mutation decision (SK mutasi) was issued for a list of employees. The pegawai module, which owns the
 * riwayat, writes one riwayat JABATAN entry per move (nomor and tanggal SK, TMT, the new jabatan) and audits them. The
 * employees' current jabatan changes only when the TMT arrives ({@link MutasiBerlaku}).
 *
 * <p>The record lives in the pegawai module's API (not in the publisher's) so that a module that already depends on
 * pegawai, such as penempatan, can publish it without a dependency cycle.
 *
 * @param sumber where the decision comes from, for the riwayat keterangan and the audit, e.g. {@code Skenario 12}
 * @param nomorSk nomor SK (required)
 * @param tanggalSk tanggal SK (when decided)
 * @param tmt terhitung mulai tanggal (when it takes effect), never before {@code tanggalSk}
 * @param ditetapkanOleh the username that recorded the decision
 * @param daftar one entry per employee who moves
 */
public record MutasiDitetapkan(
        String sumber, String nomorSk, LocalDate tanggalSk, LocalDate tmt, String ditetapkanOleh, List<Mutasi> daftar) {

    /** One move: the employee, the jabatan held when the decision was made and the new one. */
    public record Mutasi(
            String nip, @org.jspecify.annotations.Nullable Long jabatanLamaId, long jabatanBaruId) {}

    public MutasiDitetapkan {
        daftar = List.copyOf(daftar);
    }
}

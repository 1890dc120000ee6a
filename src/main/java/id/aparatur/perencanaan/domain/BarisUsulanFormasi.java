package id.aparatur.perencanaan.domain;

import org.jspecify.annotations.Nullable;

/**
 * One row of an {@link UsulanFormasi}: a jabatan with the vacancies the cascade left (lowongan, fixed) and what BKD
 * proposes for it (jumlah usulan 0 … lowongan, jenis pengadaan, keterangan).
 *
 * @param id the row's id
 * @param jabatanId the position (organisasi), by id
 */
public record BarisUsulanFormasi(
        long id,
        long jabatanId,
        int lowongan,
        int jumlahUsulan,
        JenisPengadaan jenisPengadaan,
        @Nullable String keterangan) {}

package id.aparatur.seleksi.domain;

import org.jspecify.annotations.Nullable;

/**
 * A member of the panitia seleksi (pansel) of an {@link SeleksiTerbuka}: one active KETUA, at most one active
 * SEKRETARIS, any number of ANGGOTA. Members are deactivated, never deleted.
 *
 * @param id null until stored
 * @param unsur where the member comes from (internal, academia, …), optional
 */
public record AnggotaPansel(
        @Nullable Long id,
        String nama,
        PeranPansel peran,
        @Nullable String unsur,
        boolean aktif) {}

package id.aparatur.aturan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The common part of a {@link DefinisiAturan}: the descriptive fields, and a {@link #periksa} that checks the shape
 * against {@link #nilaiAwal()} first and then the owner's own rules ({@link #periksaIsi}) on a well-shaped value.
 */
public abstract class DefinisiDasar implements DefinisiAturan {

    private final String kode;
    private final String nama;
    private final String modul;
    private final String deskripsi;
    private final String dasarHukum;
    private final LocalDate berlakuAwal;
    private final boolean belumDikonfirmasi;
    private final @Nullable String catatanAwal;

    protected DefinisiDasar(
            String kode,
            String nama,
            String modul,
            String deskripsi,
            String dasarHukum,
            LocalDate berlakuAwal,
            boolean belumDikonfirmasi,
            @Nullable String catatanAwal) {
        this.kode = kode;
        this.nama = nama;
        this.modul = modul;
        this.deskripsi = deskripsi;
        this.dasarHukum = dasarHukum;
        this.berlakuAwal = berlakuAwal;
        this.belumDikonfirmasi = belumDikonfirmasi;
        this.catatanAwal = catatanAwal;
    }

    @Override
    public List<PelanggaranNilai> periksa(JsonNode nilai) {
        List<PelanggaranNilai> hasil = new ArrayList<>(PemeriksaNilai.bentuk(nilaiAwal(), nilai));
        if (hasil.isEmpty()) {
            periksaIsi(nilai, hasil);
        }
        return hasil;
    }

    /** The owner's rules on a value that has the right shape; adds every violation to {@code hasil}. */
    protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {}

    @Override
    public String kode() {
        return kode;
    }

    @Override
    public String nama() {
        return nama;
    }

    @Override
    public String modul() {
        return modul;
    }

    @Override
    public String deskripsi() {
        return deskripsi;
    }

    @Override
    public String dasarHukum() {
        return dasarHukum;
    }

    @Override
    public LocalDate berlakuAwal() {
        return berlakuAwal;
    }

    @Override
    public boolean belumDikonfirmasi() {
        return belumDikonfirmasi;
    }

    @Override
    public @Nullable String catatanAwal() {
        return catatanAwal;
    }
}

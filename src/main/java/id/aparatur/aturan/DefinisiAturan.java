package id.aparatur.aturan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A rule table, declared by the module that owns the rule as a Spring bean in its {@code application} package. The
 * registry stores its versions; the owner reads the version in force on a date through {@link AturanBerlaku} and turns
 * its {@code nilai} into the policy object it already has.
 *
 * <p>At start-up a table without versions gets version 1 from {@link #nilaiAwal()}: status DISETUJUI, by "sistem", in
 * force from {@link #berlakuAwal()}, with {@link #dasarHukum()} — so the shipped default is the first version with its
 * source. A table that its owner already keeps effective-dated in its own schema returns those rows from
 * {@link #versiPemilik()}; the registry then shows them read-only and sends changes to {@link #halamanPemilik()}.
 */
public interface DefinisiAturan {

    /** Stable code, upper case with underscores, e.g. {@code JPM_PITA}. Never reused. */
    String kode();

    /** Name as BKD says it, e.g. "Pita kategori JPM". */
    String nama();

    /** The owner module, e.g. {@code asesmen}. */
    String modul();

    /** What the table decides and which decisions use it (one or two sentences). */
    String deskripsi();

    /** Regulation and article of the shipped default, e.g. "PermenPANRB 6/2022 Lampiran II". */
    String dasarHukum();

    /** From when the shipped default is in force (usually the date of its regulation). */
    LocalDate berlakuAwal();

    /** The shipped default rests on a fact the reference marks unconfirmed [U]: shown with a badge. */
    boolean belumDikonfirmasi();

    /** What the code uses today (bound properties or constants) as JSON: the value of version 1. */
    JsonNode nilaiAwal();

    /**
     * Every rule the value breaks, each with its JSON path inside the value ({@code pita[0].batasBawah}; empty for the
     * value as a whole). An empty list means the value can be used.
     */
    List<PelanggaranNilai> periksa(JsonNode nilai);

    /** A note on the shipped default (which part is unconfirmed, which property it came from); null when none. */
    default @Nullable String catatanAwal() {
        return null;
    }

    /**
     * For a table the owner keeps effective-dated in its own schema: its rows as versions, oldest first; the registry
     * shows them read-only. Null (default): the registry stores the versions.
     */
    default @Nullable List<VersiPemilik> versiPemilik() {
        return null;
    }

    /** The page on which the owner edits its own dated table, e.g. {@code /abk/wke}; null when it has none. */
    default @Nullable String halamanPemilik() {
        return null;
    }
}

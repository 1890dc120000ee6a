package id.aparatur.pegawai;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.StrukturOrganisasi.JabatanPilihan;
import id.aparatur.organisasi.StrukturOrganisasi.PencarianJabatan;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.PegawaiQuery.PencarianPegawai;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the searchable pickers ({@code templates/fragments/pemilih.html}): forms never ask a person for a database
 * id; they type part of a name, unit, OPD or NIP and choose from what this finds. Positions come with their bezetting
 * (holders against kuota), so that the choice shows whether a seat is free. Each search stays in the user's scope.
 */
@Component
@Transactional(readOnly = true)
public class Pemilih {

    /** Choices shown at most; more means "type more". */
    public static final int BATAS = 10;

    /**
     * @param terisi active holders per position shown (absent: none)
     * @param lebih more matched than shown
     * @param pendek too little was typed to search
     */
    public record HasilJabatan(List<JabatanPilihan> isi, Map<Long, Integer> terisi, boolean lebih, boolean pendek) {}

    public record HasilPegawai(List<PegawaiBaris> isi, boolean lebih, boolean pendek) {}

    private final StrukturOrganisasi organisasi;
    private final PegawaiQuery pegawai;
    private final Bezetting bezetting;

    Pemilih(StrukturOrganisasi organisasi, PegawaiQuery pegawai, Bezetting bezetting) {
        this.organisasi = organisasi;
        this.pegawai = pegawai;
        this.bezetting = bezetting;
    }

    public HasilJabatan jabatan(Cakupan c, PencarianJabatan p) {
        List<JabatanPilihan> isi = organisasi.cariJabatan(c, p, BATAS + 1);
        List<JabatanPilihan> tampil = isi.subList(0, Math.min(BATAS, isi.size()));
        return new HasilJabatan(
                List.copyOf(tampil),
                bezetting.perJabatan(tampil.stream().map(JabatanPilihan::id).toList()),
                isi.size() > BATAS,
                p.kata().kosong());
    }

    public HasilPegawai pegawai(Cakupan c, PencarianPegawai p) {
        List<PegawaiBaris> isi = pegawai.pilihan(c, p, BATAS + 1);
        return new HasilPegawai(
                List.copyOf(isi.subList(0, Math.min(BATAS, isi.size()))),
                isi.size() > BATAS,
                p.kata().kosong());
    }
}

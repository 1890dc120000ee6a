package id.aparatur.pegawai.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.StrukturOrganisasi.PencarianJabatan;
import id.aparatur.pegawai.Pemilih;
import id.aparatur.pegawai.application.PegawaiQuery.PencarianPegawai;
import id.aparatur.sistem.KataCari;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of the searchable pickers (htmx, {@code fragments/pemilih :: hasil-*}), in the user's scope: active
 * positions, and active employees (for an atasan: never the employee themself or anyone below them). The same
 * fragment answers with or without {@code HX-Request}.
 */
@Controller
class PemilihController {

    private final Pemilih pemilih;
    private final CakupanPengguna cakupan;

    PemilihController(Pemilih pemilih, CakupanPengguna cakupan) {
        this.pemilih = pemilih;
        this.cakupan = cakupan;
    }

    @GetMapping("/pegawai/pilih/jabatan")
    String jabatan(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("hasil", pemilih.jabatan(cakupan.saatIni(), PencarianJabatan.semua(KataCari.dari(q))));
        return "fragments/pemilih :: hasil-jabatan";
    }

    /** @param bawahanDari the employee whose atasan is being chosen (excluded with their subordinates) */
    @GetMapping("/pegawai/pilih/pegawai")
    String pegawai(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String bawahanDari,
            Model model) {
        String angka = bawahanDari == null ? "" : bawahanDari.replaceAll("[^0-9]", "");
        String atas = angka.isEmpty() ? null : angka;
        model.addAttribute(
                "hasil",
                pemilih.pegawai(
                        cakupan.saatIni(),
                        new PencarianPegawai(KataCari.dari(q), Set.of(), Set.of(), Set.of(), Set.of(), atas)));
        return "fragments/pemilih :: hasil-pegawai";
    }
}

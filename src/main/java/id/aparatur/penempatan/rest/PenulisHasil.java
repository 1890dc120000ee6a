package id.aparatur.penempatan.rest;

import id.aparatur.penempatan.application.OptimasiPenempatan;
import id.aparatur.penempatan.mesin.GarisDasar;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.Rincian;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Streams the answer straight to the response: at 60,000 employees it is ~10 MB, and building it as a tree or a
 * string first would double the memory and the time. The field names are the API contract (see
 * {@link SkemaOptimasi.JawabanOptimasi}).
 */
final class PenulisHasil {

    private PenulisHasil() {}

    static void tulis(OptimasiPenempatan.Hasil hasil, OutputStream keluar) {
        HasilOptimasi h = hasil.optimum();
        Instans in = h.instans();
        int nE = in.jumlahPegawai();
        int nJ = in.jumlahJabatan();
        int[] p = h.penempatan();
        try (JsonGenerator g = PembacaPermintaan.JSON.createGenerator(ObjectWriteContext.empty(), keluar)) {
            g.writeStartObject();
            g.writeNumberProperty("totalBiaya", h.totalBiaya());

            g.writeArrayPropertyStart("penempatan");
            for (int e = 0; e < nE; e++) {
                if (p[e] < 0) {
                    continue;
                }
                Rincian r = in.rincian(e, p[e]);
                g.writeStartObject();
                g.writeStringProperty("nip", in.nip(e));
                g.writeStringProperty("jabatan", in.idJabatan(p[e]));
                g.writeNumberProperty("biaya", h.biaya()[e]);
                g.writeObjectPropertyStart("rincian");
                g.writeNumberProperty("kesenjangan", r.kesenjangan());
                g.writeNumberProperty("selisihKelas", r.selisihKelas());
                g.writeNumberProperty("diluarMinat", r.diluarMinat());
                g.writeNumberProperty("pindah", r.pindah());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayPropertyStart("tidakDitempatkan");
            for (int e = 0; e < nE; e++) {
                if (p[e] == HasilOptimasi.TIDAK_DITEMPATKAN) {
                    g.writeString(in.nip(e));
                }
            }
            g.writeEndArray();

            int[] terisi = new int[nJ];
            for (int e = 0; e < nE; e++) {
                if (p[e] >= 0) {
                    terisi[p[e]]++;
                }
            }
            g.writeArrayPropertyStart("lowongan");
            for (int j = 0; j < nJ; j++) {
                int sisa = in.kuota(j) - terisi[j];
                if (in.jabatanAktif(j) && sisa > 0) {
                    g.writeStartObject();
                    g.writeStringProperty("jabatan", in.idJabatan(j));
                    g.writeNumberProperty("sisa", sisa);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();

            g.writeObjectPropertyStart("sertifikat");
            g.writeObjectPropertyStart("potensialPegawai");
            for (int e = 0; e < nE; e++) {
                g.writeNumberProperty(in.nip(e), h.potensialPegawai()[e]);
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("potensialJabatan");
            for (int j = 0; j < nJ; j++) {
                g.writeNumberProperty(in.idJabatan(j), h.potensialJabatan()[j]);
            }
            g.writeEndObject();
            g.writeNumberProperty("nilaiDual", h.nilaiDual());
            g.writeEndObject();

            g.writeArrayPropertyStart("dikecualikan");
            for (int e = 0; e < nE; e++) {
                if (p[e] == HasilOptimasi.DIKECUALIKAN) {
                    g.writeString(in.nip(e));
                }
            }
            g.writeEndArray();

            g.writeObjectPropertyStart("pembanding");
            ringkasan(g, "statusQuo", hasil.statusQuo());
            ringkasan(g, "serakah", hasil.serakah());
            g.writeEndObject();

            HasilOptimasi.Statistik s = h.statistik();
            g.writeObjectPropertyStart("statistik");
            g.writeNumberProperty("pegawai", nE);
            g.writeNumberProperty("jabatan", nJ);
            g.writeNumberProperty("tipe", in.jumlahTipe());
            g.writeNumberProperty("komponen", s.komponen());
            g.writeNumberProperty("fase", s.fase());
            g.writeNumberProperty("putaranHarga", s.putaranHarga());
            g.writeNumberProperty("busur", s.busur());
            g.writeNumberProperty("pasanganDiharga", s.pasanganDiharga());
            g.writeNumberProperty("milidetikBaca", hasil.milidetikBaca());
            g.writeNumberProperty("milidetikMesin", s.milidetik());
            g.writeNumberProperty("milidetikGarisDasar", hasil.milidetikGarisDasar());
            g.writeEndObject();

            g.writeEndObject();
        }
    }

    private static void ringkasan(JsonGenerator g, String nama, GarisDasar.Ringkasan r) {
        g.writeObjectPropertyStart(nama);
        g.writeNumberProperty("totalBiaya", r.totalBiaya());
        g.writeNumberProperty("ditempatkan", r.ditempatkan());
        g.writeNumberProperty("tidakDitempatkan", r.tidakDitempatkan());
        g.writeEndObject();
    }
}

package id.aparatur.meritcontoh;

/** Allowed exception: reads the birth date for a legal age limit, declared with its legal basis. */
@id.aparatur.shared.LogikaMerit(izinkan = "tanggalLahir", dasarHukum = "PermenPANRB 15/2019 (usia JPT)")
class PenempatanSah {

    boolean memenuhiUsiaJpt(java.time.LocalDate tanggalLahir, java.time.LocalDate hariIni) {
        return tanggalLahir.plusYears(56).isAfter(hariIni);
    }

    boolean cek(id.aparatur.shared.Nip nip, java.time.LocalDate hariIni) {
        return memenuhiUsiaJpt(nip.tanggalLahir(), hariIni);
    }
}

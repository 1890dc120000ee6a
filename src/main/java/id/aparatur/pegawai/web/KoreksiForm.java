package id.aparatur.pegawai.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form backing object of "Usulkan koreksi": one field of the profile, the proposed value and the reason. */
public class KoreksiForm {

    @NotBlank
    private String isian = "";

    @NotBlank
    @Size(max = 300)
    private String nilaiUsulan = "";

    @NotBlank
    @Size(max = 1000)
    private String alasan = "";

    public String getIsian() {
        return isian;
    }

    public void setIsian(String v) {
        isian = v == null ? "" : v;
    }

    public String getNilaiUsulan() {
        return nilaiUsulan;
    }

    public void setNilaiUsulan(String v) {
        nilaiUsulan = v == null ? "" : v;
    }

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String v) {
        alasan = v == null ? "" : v;
    }
}

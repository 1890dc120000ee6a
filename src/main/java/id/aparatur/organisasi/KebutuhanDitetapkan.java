package id.aparatur.organisasi;

/**
 * Event: the kebutuhan pegawai of a jabatan for a year was set by a final ABK (analisis beban kerja, PermenPANRB
 * 1/2020). The organisasi module, which owns the position catalogue, makes it the jabatan's kuota (K) and audits the
 * change. The record lives in the receiving module so that perencanaan, which depends on organisasi, can publish it
 * without a dependency cycle. Published inside the publisher's transaction: the final ABK and the new kuota are
 * committed together or not at all.
 *
 * @param jabatanId the position
 * @param tahun the ABK year
 * @param kebutuhan the whole number of employees needed, ≥ 0
 * @param oleh the username that finalised the ABK
 */
public record KebutuhanDitetapkan(long jabatanId, int tahun, int kebutuhan, String oleh) {

    public KebutuhanDitetapkan {
        if (kebutuhan < 0) {
            throw new IllegalArgumentException("kebutuhan < 0");
        }
    }
}

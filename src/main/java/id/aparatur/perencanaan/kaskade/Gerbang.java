package id.aparatur.perencanaan.kaskade;

/** The eligibility gates of a promotion; a candidate must pass all of them for a position. */
public enum Gerbang {
    /** The current position is in another rumpun. */
    RUMPUN,
    /** The current level is not one the target level is filled from (or the employee holds no position). */
    TINGKAT,
    /** Same level but not a lower kelas. */
    KELAS,
    /** Fewer months in the current level than required. */
    MASA,
    /** Education below the minimum. */
    PENDIDIKAN,
    /** Golongan below the minimum (or none). */
    PANGKAT,
    /** An active sedang or berat disciplinary sanction. */
    HUKUMAN,
    /** Not a PNS (CPNS or PPPK). */
    STATUS,
    /** A predikat of the required years before the reference year is below BAIK. */
    KINERJA,
    /** A required year has no final SKP (data tidak lengkap) and the policy does not allow it. */
    DATA_KINERJA,
    /** JPT: ever sanctioned sedang or berat, or under a disciplinary examination. */
    REKAM_JEJAK_DISIPLIN,
    /** JPT: not below the level's age limit on the planned inauguration date (or the age is unknown). */
    USIA
}

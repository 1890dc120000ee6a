package id.aparatur.perencanaan.domain;

/** How a formation seat is to be recruited: as CPNS or as PPPK (UU 20/2023). */
public enum JenisPengadaan {
    CPNS,
    PPPK
}

package id.aparatur.aturan.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the demo loader: registers every declared rule table and gives each one without versions its
 * version 1 from the shipped default (one transaction, audited).
 */
@Component
@Order(0)
class PendaftarAturan implements ApplicationRunner {

    private final LayananAturan layanan;

    PendaftarAturan(LayananAturan layanan) {
        this.layanan = layanan;
    }

    @Override
    public void run(ApplicationArguments args) {
        layanan.daftarkanSemua();
    }
}

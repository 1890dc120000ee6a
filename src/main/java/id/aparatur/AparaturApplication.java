package id.aparatur;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Aparatur: lapisan keputusan manajemen ASN pemerintah daerah berbasis sistem merit. */
@SpringBootApplication
@Modulithic(sharedModules = {"shared", "sistem"})
public class AparaturApplication {

    public static void main(String[] args) {
        SpringApplication.run(AparaturApplication.class, args);
    }
}

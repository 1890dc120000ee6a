package id.aparatur.sistem;

import id.aparatur.shared.ValidasiException;
import java.util.List;

/**
 * A request body (a record of a {@code rest} package) that checks its own formats when it is read, with everything
 * else that can be said about the request alone: JSON types, dates, enums and bean validation. Implement it for a rule
 * that needs no stored data but is not a bean-validation annotation (a NIP's structure, a month that must exist), so
 * that one 400 lists it together with every other offending field. Return each broken rule as a field (its JSON path)
 * and a message key; a field already named by a type or format problem is not named twice.
 */
public interface DiperiksaSaatDibaca {

    List<ValidasiException.Galat> periksa();
}

package id.aparatur.sistem;

import id.aparatur.shared.ValidasiException;
import java.util.List;

/**
 * A request body (or an item of a list body) that can check its own formats without stored data: a NIP's structure,
 * a month that must exist, a time of day written as text. When the body reader rejects a request anyway (a JSON type
 * error, a bean-validation constraint), it adds these checks, so that one 400 names them too ({@code [i].field} for an
 * item of a list). When the body passes, the controller or the service checks the same rules together with its
 * business rules, so that those are named together: these checks are never the only place a rule is enforced. Return
 * each broken rule as a field (its JSON path) and a message key; a field already named is not named twice.
 */
public interface DiperiksaSaatDibaca {

    List<ValidasiException.Galat> periksa();
}

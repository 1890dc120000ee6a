/** Deliberate violations of the merit guard, so MeritGuardTests proves its rule can fail. Never used by the app. */
@id.aparatur.shared.LogikaMerit
package id.aparatur.meritcontoh;

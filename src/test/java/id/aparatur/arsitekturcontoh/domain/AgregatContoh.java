package id.aparatur.arsitekturcontoh.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An aggregate with Spring Data JDBC mapping annotations: allowed in a domain package (ArsitekturTests). */
public record AgregatContoh(@Id long id, @Version int versi) {}

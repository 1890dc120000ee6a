package id.aparatur.penempatan.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Enables Spring's scheduler for the daily application of mutations whose TMT has arrived. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PenjadwalanConfiguration {}

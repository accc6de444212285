package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON APIs live under {@code /api}. */
@ApplicationPath("/api")
public class KentSesiApplication extends Application {}

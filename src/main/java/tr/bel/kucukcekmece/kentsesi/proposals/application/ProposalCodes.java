package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/**
 * The catalog codes a proposal refers to, checked: a department and a neighbourhood, as typed in a
 * form (fields {@code departmentCode}, {@code neighbourhoodCode}) or as a list filter (fields
 * {@code department}, {@code neighbourhood}). Blank is none; an unknown code is a field error.
 */
@ApplicationScoped
public class ProposalCodes {

  @Inject Catalog catalog;

  String department(String code, ApiException.Collector errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (catalog.snapshot().department(c).isEmpty()) {
      errors.add("departmentCode", "validation.department", code);
      return null;
    }
    return c;
  }

  /** A department filter: the code checked against the catalog (field "department"). */
  String departmentFilter(String code, ApiException.Collector errors) {
    ApiException.Collector local = new ApiException.Collector();
    String c = department(code, local);
    if (!local.isEmpty()) {
      errors.add("department", "validation.department", code);
    }
    return c;
  }

  /** A neighbourhood filter (field "neighbourhood"). */
  String neighbourhoodFilter(String code, ApiException.Collector errors) {
    ApiException.Collector local = new ApiException.Collector();
    String c = neighbourhood(code, local);
    if (!local.isEmpty()) {
      errors.add("neighbourhood", "proposal.neighbourhoodUnknown", code);
    }
    return c;
  }

  String neighbourhood(String code, ApiException.Collector errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (catalog.snapshot().neighbourhood(c).isEmpty()) {
      errors.add("neighbourhoodCode", "proposal.neighbourhoodUnknown", code);
      return null;
    }
    return c;
  }
}

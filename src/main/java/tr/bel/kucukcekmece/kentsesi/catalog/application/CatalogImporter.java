package tr.bel.kucukcekmece.kentsesi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogFile;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogState;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.Department;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.Neighbourhood;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.PublicHoliday;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * Writes the catalog files into the database in one transaction: entries are inserted or updated by code, and
 * entries no longer in the file are deactivated (never deleted: past submissions refer to them).
 */
@ApplicationScoped
public class CatalogImporter {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  /** Whether the database already holds exactly this content. */
  @Transactional
  public boolean isCurrent(String contentHash) {
    CatalogState state = em.find(CatalogState.class, CatalogState.SINGLETON_ID);
    return state != null && state.contentHash().equals(contentHash);
  }

  @Transactional
  public void importAll(CatalogFile.Catalog catalog, List<CatalogFile.HolidayEntry> holidays, String contentHash) {
    Set<String> departmentCodes = new HashSet<>();
    Set<String> serviceCodes = new HashSet<>();
    int dOrder = 0;
    for (CatalogFile.DepartmentEntry d : catalog.departments()) {
      Department dept = em.find(Department.class, d.code());
      if (dept == null) {
        dept = new Department(d.code());
        dept.update(d.name().tr(), d.name().en(), d.description().tr(), d.description().en(), dOrder++);
        em.persist(dept);
      } else {
        dept.update(d.name().tr(), d.name().en(), d.description().tr(), d.description().en(), dOrder++);
      }
      departmentCodes.add(d.code());
    }
    em.flush();
    for (CatalogFile.DepartmentEntry d : catalog.departments()) {
      int sOrder = 0;
      for (CatalogFile.ServiceEntry s : d.services()) {
        PublicService service = em.find(PublicService.class, s.code());
        if (service == null) {
          service = new PublicService(s.code());
          service.update(s, d.code(), sOrder++);
          em.persist(service);
        } else {
          service.update(s, d.code(), sOrder++);
        }
        serviceCodes.add(s.code());
      }
    }
    for (PublicService s : em.createNamedQuery("PublicService.all", PublicService.class).getResultList()) {
      if (!serviceCodes.contains(s.code())) {
        s.deactivate();
      }
    }
    for (Department d : em.createNamedQuery("Department.all", Department.class).getResultList()) {
      if (!departmentCodes.contains(d.code())) {
        d.deactivate();
      }
    }
    Set<String> neighbourhoodCodes = new HashSet<>();
    int nOrder = 0;
    for (CatalogFile.NeighbourhoodEntry n : catalog.neighbourhoods()) {
      Neighbourhood hood = em.find(Neighbourhood.class, n.code());
      if (hood == null) {
        hood = new Neighbourhood(n.code());
        hood.update(n.name(), nOrder++);
        em.persist(hood);
      } else {
        hood.update(n.name(), nOrder++);
      }
      neighbourhoodCodes.add(n.code());
    }
    for (Neighbourhood n : em.createNamedQuery("Neighbourhood.all", Neighbourhood.class).getResultList()) {
      if (!neighbourhoodCodes.contains(n.code())) {
        n.deactivate();
      }
    }
    em.createNamedQuery("PublicHoliday.deleteAll").executeUpdate();
    for (CatalogFile.HolidayEntry h : holidays) {
      em.persist(new PublicHoliday(h));
    }
    CatalogState state = em.find(CatalogState.class, CatalogState.SINGLETON_ID);
    if (state == null) {
      state = new CatalogState();
      state.record(catalog.version(), contentHash, Times.nowUtc());
      em.persist(state);
    } else {
      state.record(catalog.version(), contentHash, Times.nowUtc());
    }
  }

  /** Reads the current catalog back, for the in-memory snapshot. */
  @Transactional
  public CatalogSnapshot readSnapshot() {
    return new CatalogSnapshot(
        em.createNamedQuery("Department.all", Department.class).getResultList(),
        em.createNamedQuery("PublicService.all", PublicService.class).getResultList(),
        em.createNamedQuery("Neighbourhood.all", Neighbourhood.class).getResultList(),
        em.createNamedQuery("PublicHoliday.all", PublicHoliday.class).getResultList());
  }
}

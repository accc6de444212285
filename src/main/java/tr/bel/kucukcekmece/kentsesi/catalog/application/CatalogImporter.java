package tr.bel.kucukcekmece.kentsesi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.catalog.Neighbourhood;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicHoliday;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogFile;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogState;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.DepartmentEntity;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.NeighbourhoodEntity;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.PublicHolidayEntity;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.PublicServiceEntity;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * Writes the catalog files into the database in one transaction: entries are inserted or updated by
 * code, and entries no longer in the file are deactivated (never deleted: past submissions refer to
 * them).
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
  public void importAll(
      CatalogFile.Catalog catalog, List<CatalogFile.HolidayEntry> holidays, String contentHash) {
    Set<String> departmentCodes = new HashSet<>();
    Set<String> serviceCodes = new HashSet<>();
    int dOrder = 0;
    for (CatalogFile.DepartmentEntry d : catalog.departments()) {
      DepartmentEntity dept = em.find(DepartmentEntity.class, d.code());
      if (dept == null) {
        dept = new DepartmentEntity(d.code());
        dept.update(
            d.name().tr(), d.name().en(), d.description().tr(), d.description().en(), dOrder++);
        em.persist(dept);
      } else {
        dept.update(
            d.name().tr(), d.name().en(), d.description().tr(), d.description().en(), dOrder++);
      }
      departmentCodes.add(d.code());
    }
    em.flush();
    for (CatalogFile.DepartmentEntry d : catalog.departments()) {
      int sOrder = 0;
      for (CatalogFile.ServiceEntry s : d.services()) {
        PublicServiceEntity service = em.find(PublicServiceEntity.class, s.code());
        if (service == null) {
          service = new PublicServiceEntity(s.code());
          service.update(s, d.code(), sOrder++);
          em.persist(service);
        } else {
          service.update(s, d.code(), sOrder++);
        }
        serviceCodes.add(s.code());
      }
    }
    for (PublicServiceEntity s :
        em.createNamedQuery("PublicServiceEntity.all", PublicServiceEntity.class).getResultList()) {
      if (!serviceCodes.contains(s.code())) {
        s.deactivate();
      }
    }
    for (DepartmentEntity d :
        em.createNamedQuery("DepartmentEntity.all", DepartmentEntity.class).getResultList()) {
      if (!departmentCodes.contains(d.code())) {
        d.deactivate();
      }
    }
    Set<String> neighbourhoodCodes = new HashSet<>();
    int nOrder = 0;
    for (CatalogFile.NeighbourhoodEntry n : catalog.neighbourhoods()) {
      NeighbourhoodEntity hood = em.find(NeighbourhoodEntity.class, n.code());
      if (hood == null) {
        hood = new NeighbourhoodEntity(n.code());
        hood.update(n.name(), nOrder++);
        em.persist(hood);
      } else {
        hood.update(n.name(), nOrder++);
      }
      neighbourhoodCodes.add(n.code());
    }
    for (NeighbourhoodEntity n :
        em.createNamedQuery("NeighbourhoodEntity.all", NeighbourhoodEntity.class).getResultList()) {
      if (!neighbourhoodCodes.contains(n.code())) {
        n.deactivate();
      }
    }
    em.createNamedQuery("PublicHolidayEntity.deleteAll").executeUpdate();
    for (CatalogFile.HolidayEntry h : holidays) {
      em.persist(new PublicHolidayEntity(h));
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
    return CatalogSnapshot.of(
        em.createNamedQuery("DepartmentEntity.all", DepartmentEntity.class)
            .getResultStream()
            .map(
                d ->
                    new Department(
                        d.code(),
                        d.nameTr(),
                        d.nameEn(),
                        d.descriptionTr(),
                        d.descriptionEn(),
                        d.sortOrder(),
                        d.active()))
            .toList(),
        em.createNamedQuery("PublicServiceEntity.all", PublicServiceEntity.class)
            .getResultStream()
            .map(
                s ->
                    new PublicService(
                        s.code(),
                        s.departmentCode(),
                        s.nameTr(),
                        s.nameEn(),
                        s.descriptionTr(),
                        s.descriptionEn(),
                        s.keywordsTr(),
                        s.keywordsEn(),
                        s.responseDays(),
                        s.workingDays(),
                        s.active()))
            .toList(),
        em.createNamedQuery("NeighbourhoodEntity.all", NeighbourhoodEntity.class)
            .getResultStream()
            .map(n -> new Neighbourhood(n.code(), n.name(), n.active()))
            .toList(),
        em.createNamedQuery("PublicHolidayEntity.all", PublicHolidayEntity.class)
            .getResultStream()
            .map(h -> new PublicHoliday(h.date(), h.nameTr(), h.nameEn(), h.halfDay()))
            .toList());
  }
}

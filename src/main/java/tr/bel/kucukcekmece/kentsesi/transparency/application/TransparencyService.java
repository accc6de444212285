package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource;
import tr.bel.kucukcekmece.kentsesi.feedback.InboxFigures;
import tr.bel.kucukcekmece.kentsesi.transparency.application.CellQueries.By;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.BreakdownView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.DashboardView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.KpiView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.Names;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SectionFigureView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SectionView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SummaryView;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Figures;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Kpi;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * The figures of the transparency page (public: small numbers suppressed) and of the officials'
 * dashboards (unsuppressed, scoped: an OFFICIAL sees their departments; ADMIN and Strategy
 * Development officials see all). Everything comes from the rollup cells and from the features'
 * {@link FigureSource}s; nothing reads other features' tables.
 *
 * <p>Longer than the ~400 lines we aim for: the public page, the dashboards and the exports share
 * one scope rule and one suppression rule per figure, which splitting the class would write twice.
 */
@ApplicationScoped
public class TransparencyService {

  /**
   * The Strategy Development Directorate's code in the catalog: its officials see every department.
   */
  public static final String STRATEGY_DEPARTMENT = "STRATEJI";

  private static final Logger LOG = Logger.getLogger(TransparencyService.class.getName());

  @Inject CellQueries cells;

  @Inject Catalog catalog;

  @Inject Instance<FigureSource> sources;

  @Inject KpiTargets targets;

  @Inject InboxFigures inbox;

  // ------------------------------------------------------------------ scope

  /**
   * Which departments a staff member may see on the dashboards; null means all. 403 for anyone
   * else.
   */
  public Set<String> scope(SessionUser user) {
    if (seesAll(user)) {
      return null;
    }
    if (user.hasRole(Role.OFFICIAL) && !user.departments().isEmpty()) {
      return Set.copyOf(user.departments());
    }
    throw ApiException.forbidden("forbidden");
  }

  /** ADMIN, or an OFFICIAL of Strategy Development: sees all departments and sets KPI targets. */
  public static boolean seesAll(SessionUser user) {
    return user.hasRole(Role.ADMIN)
        || (user.hasRole(Role.OFFICIAL) && user.departments().contains(STRATEGY_DEPARTMENT));
  }

  // ------------------------------------------------------------------ public

  public SummaryView summary(Period period, String lang) {
    CatalogSnapshot snap = catalog.snapshot();
    CellQueries.DepartmentMonths dm =
        cells.departmentMonths(period.fromMonth(), period.toMonth(), null);
    return new SummaryView(
        period.view(),
        GroupView.of("ALL", allNames(), lang, Figures.of(dm.total()), true),
        departments(snap, dm.byDepartment(), lang, true),
        months(period, dm.byMonth(), lang, true),
        sections(period, lang, true),
        Figures.MIN_BASIS);
  }

  /** One department's services and its months (public or for a dashboard). */
  public BreakdownView services(String department, Period period, String lang, boolean suppress) {
    CatalogSnapshot snap = catalog.snapshot();
    String code = department(snap, department);
    Map<String, long[]> byService =
        cells.sums(CellKey.SERVICE, By.ITEM, period.fromMonth(), period.toMonth(), List.of(code));
    List<GroupView> rows = new ArrayList<>();
    snap.services(code)
        .forEach(
            s ->
                rows.add(
                    GroupView.of(
                        s.code(),
                        new Names(s.nameTr(), s.nameEn()),
                        lang,
                        Figures.of(byService.getOrDefault(s.code(), new long[Measures.SIZE])),
                        suppress)));
    // services no longer in the catalog but with submissions in the period
    byService.forEach(
        (k, v) -> {
          if (snap.service(k).isEmpty()) {
            rows.add(GroupView.of(k, null, lang, Figures.of(v), suppress));
          }
        });
    return new BreakdownView(period.view(), code, rows);
  }

  /** Figures by month for one department (or all). */
  public BreakdownView months(String department, Period period, String lang, boolean suppress) {
    CatalogSnapshot snap = catalog.snapshot();
    List<String> scope = department == null ? null : List.of(department(snap, department));
    Map<String, long[]> byMonth =
        cells.departmentMonths(period.fromMonth(), period.toMonth(), scope).byMonth();
    return new BreakdownView(
        period.view(),
        department == null ? null : scope.get(0),
        months(period, byMonth, lang, suppress));
  }

  /** Figures by neighbourhood, over the departments given (null: all). */
  public BreakdownView neighbourhoods(
      Collection<String> departments, Period period, String lang, boolean suppress) {
    CatalogSnapshot snap = catalog.snapshot();
    Map<String, long[]> byHood =
        cells.sums(
            CellKey.NEIGHBOURHOOD, By.ITEM, period.fromMonth(), period.toMonth(), departments);
    List<GroupView> rows = new ArrayList<>();
    snap.neighbourhoods()
        .forEach(
            n ->
                rows.add(
                    GroupView.of(
                        n.code(),
                        new Names(n.name(), n.name()),
                        lang,
                        Figures.of(byHood.getOrDefault(n.code(), new long[Measures.SIZE])),
                        suppress)));
    long[] none = byHood.get(CellKey.NO_NEIGHBOURHOOD);
    if (none != null) {
      rows.add(
          GroupView.of(
              CellKey.NO_NEIGHBOURHOOD,
              new Names("Mahalle belirtilmemiş", "No neighbourhood given"),
              lang,
              Figures.of(none),
              suppress));
    }
    return new BreakdownView(
        period.view(),
        departments == null || departments.size() != 1 ? null : departments.iterator().next(),
        rows);
  }

  // ------------------------------------------------------------------ officials

  /**
   * The dashboard of one department in the user's scope, or of the whole scope ({@code department}
   * null), with KPI values against the targets of the period's last year, and the previous period
   * of the same length.
   */
  public DashboardView dashboard(SessionUser user, String department, Period period, String lang) {
    Set<String> scope = scope(user);
    CatalogSnapshot snap = catalog.snapshot();
    String selected =
        department == null || department.isBlank() ? null : department(snap, department);
    if (selected != null && scope != null && !scope.contains(selected)) {
      throw ApiException.forbidden("forbidden-department");
    }
    List<String> visible = scope == null ? null : scope.stream().sorted().toList();
    List<String> focus = selected != null ? List.of(selected) : visible;
    int year = period.to().getYear();
    Map<String, Double> yearTargets = targets.targetsOf(year);

    Map<String, long[]> byDept =
        cells.departmentMonths(period.fromMonth(), period.toMonth(), visible).byDepartment();
    Map<String, long[]> prevByDept =
        cells
            .departmentMonths(period.previous().fromMonth(), period.previous().toMonth(), visible)
            .byDepartment();
    List<GroupView> departments = new ArrayList<>();
    for (GroupView g : departments(snap, byDept, lang, false)) {
      if (visible == null || visible.contains(g.code())) {
        departments.add(
            g.withKpis(
                kpis(
                    Figures.of(byDept.getOrDefault(g.code(), new long[Measures.SIZE])),
                    Figures.of(prevByDept.getOrDefault(g.code(), new long[Measures.SIZE])),
                    yearTargets,
                    g.code(),
                    "")));
      }
    }
    long[] total = new long[Measures.SIZE];
    long[] prevTotal = new long[Measures.SIZE];
    byDept.forEach(
        (k, v) -> {
          if (focus == null || focus.contains(k)) {
            Measures.add(total, v, 1);
          }
        });
    prevByDept.forEach(
        (k, v) -> {
          if (focus == null || focus.contains(k)) {
            Measures.add(prevTotal, v, 1);
          }
        });
    List<KpiView> kpis = kpis(Figures.of(total), Figures.of(prevTotal), yearTargets, selected, "");
    Names names =
        selected == null
            ? allNames()
            : snap.department(selected).map(d -> new Names(d.nameTr(), d.nameEn())).orElse(null);
    GroupView totalView =
        GroupView.of(selected == null ? "ALL" : selected, names, lang, Figures.of(total), false)
            .withKpis(kpis);
    List<GroupView> services = List.of();
    if (selected != null) {
      Map<String, long[]> prevByService =
          cells.sums(
              CellKey.SERVICE,
              By.ITEM,
              period.previous().fromMonth(),
              period.previous().toMonth(),
              List.of(selected));
      Map<String, long[]> curByService =
          cells.sums(
              CellKey.SERVICE, By.ITEM, period.fromMonth(), period.toMonth(), List.of(selected));
      services =
          services(selected, period, lang, false).rows().stream()
              .map(
                  s ->
                      s.withKpis(
                          kpis(
                              Figures.of(
                                  curByService.getOrDefault(s.code(), new long[Measures.SIZE])),
                              Figures.of(
                                  prevByService.getOrDefault(s.code(), new long[Measures.SIZE])),
                              yearTargets,
                              selected,
                              s.code())))
              .toList();
    }
    Map<String, long[]> byMonth =
        cells.departmentMonths(period.fromMonth(), period.toMonth(), focus).byMonth();
    long overdue = 0;
    if (selected != null || scope != null || user.hasRole(Role.ADMIN)) {
      overdue = overdue(user, selected);
    }
    return new DashboardView(
        period.view(),
        period.previous().view(),
        year,
        selected,
        visible,
        scope == null,
        seesAll(user),
        totalView,
        kpis,
        departments,
        services,
        neighbourhoods(focus, period, lang, false).rows(),
        months(period, byMonth, lang, false),
        overdue,
        sections(period, lang, false));
  }

  /** Open submissions past their due date (the inbox's "overdue" list), for the drill-down link. */
  private long overdue(SessionUser user, String department) {
    try {
      return inbox.overdue(department, user);
    } catch (ApiException e) {
      return 0; // e.g. a Strategy Development official looking at all departments has no inbox of
      // them
    }
  }

  /** KPI values and statuses: a service's own target first, the department's otherwise. */
  List<KpiView> kpis(
      Figures now,
      Figures before,
      Map<String, Double> yearTargets,
      String department,
      String service) {
    List<KpiView> out = new ArrayList<>();
    for (Kpi k : Kpi.values()) {
      Double target = null;
      if (department != null) {
        target = yearTargets.get(KpiTargets.key(department, service, k));
        if (target == null && !service.isEmpty()) {
          target = yearTargets.get(KpiTargets.key(department, "", k));
        }
      }
      Double value = k.value(now);
      Double previous = k.value(before);
      Double change =
          value == null || previous == null
              ? null
              : Math.round((value - previous) * 10_000) / 10_000.0;
      out.add(
          new KpiView(k, value, k.basis(now), target, k.status(value, target), previous, change));
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private List<GroupView> departments(
      CatalogSnapshot snap, Map<String, long[]> byDept, String lang, boolean suppress) {
    List<GroupView> out = new ArrayList<>();
    for (Department d : snap.departments()) {
      out.add(
          GroupView.of(
              d.code(),
              new Names(d.nameTr(), d.nameEn()),
              lang,
              Figures.of(byDept.getOrDefault(d.code(), new long[Measures.SIZE])),
              suppress));
    }
    byDept.forEach(
        (k, v) -> {
          if (snap.department(k).isEmpty()) {
            out.add(GroupView.of(k, null, lang, Figures.of(v), suppress));
          }
        });
    return out;
  }

  private static List<GroupView> months(
      Period period, Map<String, long[]> byMonth, String lang, boolean suppress) {
    List<GroupView> out = new ArrayList<>();
    for (java.time.YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
      String key = m.atDay(1).toString();
      out.add(
          GroupView.of(
              m.toString(),
              new Names(m.toString(), m.toString()),
              lang,
              Figures.of(byMonth.getOrDefault(key, new long[Measures.SIZE])),
              suppress));
    }
    return out;
  }

  private String department(CatalogSnapshot snap, String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (snap.department(c).isEmpty()) {
      throw ApiException.invalid("department", "validation.department", code);
    }
    return c;
  }

  private static Names allNames() {
    return new Names("Tüm belediye", "Whole municipality");
  }

  /**
   * One section per {@link FigureSource}; a failing source is reported unavailable, not a failed
   * page.
   */
  public List<SectionView> sections(Period period, String lang, boolean suppress) {
    List<SectionView> out = new ArrayList<>();
    List<FigureSource> all = new ArrayList<>();
    sources.forEach(all::add);
    all.sort(Comparator.comparing(FigureSource::section));
    boolean en = "en".equals(lang);
    for (FigureSource s : all) {
      Names titles = new Names(s.titleTr(), s.titleEn());
      try {
        List<SectionFigureView> figures = new ArrayList<>();
        for (FigureSource.Figure f :
            s.figures(period.from().atDay(1), period.to().atEndOfMonth())) {
          boolean hidden = suppress && !Figures.publishable(f.basis());
          figures.add(
              new SectionFigureView(
                  f.key(),
                  en ? f.labelEn() : f.labelTr(),
                  new Names(f.labelTr(), f.labelEn()),
                  hidden ? null : f.value(),
                  f.basis(),
                  f.unit(),
                  en ? f.definitionEn() : f.definitionTr(),
                  new Names(f.definitionTr(), f.definitionEn()),
                  hidden));
        }
        out.add(
            new SectionView(s.section(), en ? s.titleEn() : s.titleTr(), titles, figures, false));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "figure source " + s.section() + " failed", e);
        out.add(
            new SectionView(s.section(), en ? s.titleEn() : s.titleTr(), titles, List.of(), true));
      }
    }
    return out;
  }
}

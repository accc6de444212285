package tr.bel.kucukcekmece.kentsesi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ViolationHandler;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each boundary rule catches its breach in the fixture (a miniature portal under {@code
 * architecture.fixture}) and nothing else there, so that {@code ArchitectureTest} passing on the
 * portal means something.
 */
class BoundaryRulesTest {

  private static final String FIXTURE = "tr.bel.kucukcekmece.kentsesi.architecture.fixture";
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);
  private static final BoundaryRules RULES = new BoundaryRules(FIXTURE);

  /**
   * The rule's violations in the fixture, each as "origin -> target" class relative to the fixture
   * package.
   */
  private static Set<String> breaches(ArchRule rule) {
    Set<String> out = new TreeSet<>();
    rule.evaluate(CLASSES)
        .handleViolations(
            new ViolationHandler<Dependency>() {
              @Override
              public void handle(Collection<Dependency> violating, String message) {
                violating.forEach(
                    d ->
                        out.add(
                            relative(d.getOriginClass()) + " -> " + relative(d.getTargetClass())));
              }
            });
    return out;
  }

  private static String relative(JavaClass c) {
    return c.getName().substring(FIXTURE.length() + 1);
  }

  @Test
  void aFeatureUsingAnotherFeaturesInternalTypeIsCaught() {
    ArchRule rule = RULES.featuresUseOnlyPublishedTypes();
    assertEquals(Set.of("beta.application.ReachesIn -> alpha.domain.Internal"), breaches(rule));
    String report = rule.evaluate(CLASSES).getFailureReport().toString();
    assertTrue(report.contains("[beta -> alpha] "), report);
    assertTrue(
        report.contains(
            "Internal is internal to alpha; use or publish a type in package "
                + FIXTURE
                + ".alpha"),
        report);
    assertTrue(report.contains("(ReachesIn.java:"), "the report names the source line: " + report);
  }

  @Test
  void coreUsingAFeatureIsCaughtEvenThroughAPublishedType() {
    assertEquals(Set.of("core.Leaky -> alpha.Published"), breaches(RULES.coreUsesNoFeature()));
  }

  @Test
  void applicationUsingTheApiIsCaught() {
    assertEquals(
        Set.of("alpha.application.AlphaService -> alpha.api.AlphaView"),
        breaches(RULES.innerLayersDoNotUseTheEdge()));
  }

  @Test
  void domainUsingApplicationIsCaught() {
    assertEquals(
        Set.of("alpha.domain.UsesService -> alpha.application.AlphaService"),
        breaches(RULES.domainDoesNotUseApplication()));
  }

  @Test
  void featureOfAndPublishedFollowThePackages() {
    var published = CLASSES.get(FIXTURE + ".alpha.Published");
    var internal = CLASSES.get(FIXTURE + ".alpha.domain.Internal");
    var shared = CLASSES.get(FIXTURE + ".core.Shared");
    assertEquals("alpha", RULES.featureOf(published));
    assertEquals("alpha", RULES.featureOf(internal));
    assertNull(RULES.featureOf(shared), "core is no feature");
    assertTrue(RULES.isPublished(published));
    assertFalse(RULES.isPublished(internal));
  }
}

package tr.bel.kucukcekmece.kentsesi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.architecture.BoundaryRules;

/**
 * The portal's main code keeps the published feature boundaries and the layer rules
 * (src/docs/boundaries.md). A failure names each offending dependency with its source line. There
 * is no allow-list: fix the dependency, or publish the type in the owning feature's root package.
 */
class ArchitectureTest {

  private static final String BASE = "tr.bel.kucukcekmece.kentsesi";
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);
  private static final BoundaryRules RULES = new BoundaryRules(BASE);

  @Test
  void featuresUseEachOtherOnlyThroughPublishedTypes() {
    RULES.featuresUseOnlyPublishedTypes().check(MAIN);
  }

  @Test
  void coreDependsOnNoFeature() {
    RULES.coreUsesNoFeature().check(MAIN);
  }

  @Test
  void domainAndApplicationDoNotUseApiOrWeb() {
    RULES.innerLayersDoNotUseTheEdge().check(MAIN);
  }

  @Test
  void domainDoesNotUseApplication() {
    RULES.domainDoesNotUseApplication().check(MAIN);
  }
}

package tr.bel.kucukcekmece.kentsesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The feature boundaries and layer rules of src/docs/boundaries.md, for the classes under a base
 * package. Every package directly under the base is a feature, except {@code core}; the public
 * types in a feature's own package (not its sub-packages) are what it publishes. {@code
 * ArchitectureTest} applies the rules to the portal; {@code BoundaryRulesTest} shows on a small
 * fixture that each one catches what it should.
 */
public final class BoundaryRules {

  private final String base;

  public BoundaryRules(String basePackage) {
    this.base = basePackage;
  }

  /** Every rule, in the order the documentation lists them. */
  public List<ArchRule> all() {
    return List.of(
        featuresUseOnlyPublishedTypes(),
        coreUsesNoFeature(),
        innerLayersDoNotUseTheEdge(),
        domainDoesNotUseApplication());
  }

  /**
   * Rule 1: a feature may use another feature only through the types in that feature's root
   * package.
   */
  public ArchRule featuresUseOnlyPublishedTypes() {
    return classes()
        .that(belongToAFeature())
        .should(
            new ArchCondition<JavaClass>(
                "use other features only through their published types (the public types in a feature's root package)") {
              @Override
              public void check(JavaClass origin, ConditionEvents events) {
                String from = featureOf(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                  JavaClass target = d.getTargetClass().getBaseComponentType();
                  String to = featureOf(target);
                  if (to != null && !to.equals(from) && !isPublished(target)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            "["
                                + from
                                + " -> "
                                + to
                                + "] "
                                + d.getDescription()
                                + ": "
                                + target.getSimpleName()
                                + " is internal to "
                                + to
                                + "; use or publish a type in package "
                                + base
                                + "."
                                + to));
                  }
                }
              }
            })
        .because("a feature's sub-packages are its own business; see src/docs/boundaries.md");
  }

  /** Rule 2: the shared kernel depends on no feature. */
  public ArchRule coreUsesNoFeature() {
    return noClasses()
        .that()
        .resideInAPackage(base + ".core..")
        .should()
        .dependOnClassesThat(belongToAFeature())
        .because(
            "core is shared by every feature and must not know any of them; see src/docs/boundaries.md");
  }

  /**
   * Rule 3: published types, domain and application do not use the REST or page layers (api, web).
   */
  public ArchRule innerLayersDoNotUseTheEdge() {
    return noClasses()
        .that()
        .resideInAnyPackage(base + ".*", base + ".*.domain..", base + ".*.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".*.api..", base + ".*.web..")
        .because(
            "request and response records belong to the edge; services return their own records, which the"
                + " api maps; see src/docs/boundaries.md");
  }

  /** Rule 4: the domain does not use application services. */
  public ArchRule domainDoesNotUseApplication() {
    return noClasses()
        .that()
        .resideInAPackage(base + ".*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".*.application..")
        .because("entities and value objects know no services; see src/docs/boundaries.md");
  }

  private DescribedPredicate<JavaClass> belongToAFeature() {
    return DescribedPredicate.describe("belong to a feature of " + base, c -> featureOf(c) != null);
  }

  /**
   * The feature a class belongs to, or null for core, the base package itself and everything
   * outside it.
   */
  String featureOf(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith(base + ".")) {
      return null;
    }
    String rest = pkg.substring(base.length() + 1);
    int dot = rest.indexOf('.');
    String feature = dot < 0 ? rest : rest.substring(0, dot);
    return feature.equals("core") ? null : feature;
  }

  /**
   * Whether a class is one of its feature's published types: it lives in the feature's root
   * package.
   */
  boolean isPublished(JavaClass c) {
    return c.getPackageName().equals(base + "." + featureOf(c));
  }
}

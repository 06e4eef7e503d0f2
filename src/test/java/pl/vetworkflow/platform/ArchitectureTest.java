package pl.vetworkflow.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Repository;

/**
 * The package rules of the code base, checked on the main classes (docs/architecture.md, "Rules").
 * A feature is a top-level package under {@code pl.vetworkflow}.
 */
@AnalyzeClasses(packages = "pl.vetworkflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "pl.vetworkflow.";
  /** The owner of the names every process shares ({@code process.CaseVariables}). */
  private static final String SHARED_VARIABLES = ROOT + "process";

  /** Top-level packages depend on each other in one direction only. */
  @ArchTest
  static final ArchRule noCycles = slices().matching("pl.vetworkflow.(*)..").should().beFreeOfCycles();

  /**
   * Only repositories hold SQL: a class that uses JDBC directly is annotated {@code @Repository};
   * everything else calls a repository.
   */
  @ArchTest
  static final ArchRule sqlOnlyInRepositories = noClasses().that().areNotAnnotatedWith(Repository.class)
      .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
      .orShould().dependOnClassesThat()
      .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
      .because("SQL lives in repositories (classes annotated @Repository)");

  /**
   * Engine internals are used only in {@code pl.vetworkflow.engine}, behind small interfaces and
   * records the features call ({@code engine.EngineContractTest} lists what the package relies on).
   */
  @ArchTest
  static final ArchRule engineInternalsOnlyInEngine = noClasses()
      .that().resideOutsideOfPackage("pl.vetworkflow.engine..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..", "org.camunda.bpm.webapp.impl..")
      .because("engine internals change with every engine release: they are kept in one package");

  /** The engine package is the bottom layer: it calls features only through interfaces it declares. */
  @ArchTest
  static final ArchRule engineUsesNoFeature = noClasses().that().resideInAPackage("pl.vetworkflow.engine..")
      .should().dependOnClassesThat(resideInAPackage("pl.vetworkflow..")
          .and(not(resideInAPackage("pl.vetworkflow.engine.."))));

  /** A process's variables are its feature's business: no feature reads another one's names. */
  @ArchTest
  static final ArchRule ownVariablesOnly = noClasses().that().resideInAPackage("pl.vetworkflow..")
      .should(useAnotherFeaturesVariables());

  private static ArchCondition<JavaClass> useAnotherFeaturesVariables() {
    return new ArchCondition<>("use another feature's *Variables class") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String feature = feature(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String owner = feature(target);
          if (owner != null && !owner.equals(feature) && !(ROOT + owner).equals(SHARED_VARIABLES)
              && target.getSimpleName().endsWith("Variables")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The top-level package under {@code pl.vetworkflow} of a class, or null outside it. */
  private static String feature(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT)) {
      return null;
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}

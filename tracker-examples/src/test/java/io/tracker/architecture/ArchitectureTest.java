package io.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tracker.InputException;
import io.tracker.rules.Assessor;
import io.tracker.rules.scenario.RuleDirectory;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the modules keep (issue 14), checked on their compiled main classes: each module is
 * imported from where its classes were loaded (a classes directory in the reactor, a jar otherwise).
 */
class ArchitectureTest {
  private static final JavaClasses CORE = classesOf(InputException.class);
  private static final JavaClasses RULES = classesOf(Assessor.class);
  private static final JavaClasses EXAMPLES = classesOf(io.tracker.examples.AssessTheSeed.class);
  private static final JavaClasses ALL = new ClassFileImporter().importLocations(
      Set.of(location(InputException.class), location(Assessor.class), location(io.tracker.examples.AssessTheSeed.class)));

  /** The packages whose public types are the rules module's host API. */
  private static final String[] RULES_API = {"io.tracker.rules", "io.tracker.rules.scenario"};

  @Test
  void eachModuleIsImported() {
    assertThat(CORE.contain(InputException.class)).isTrue();
    assertThat(RULES.contain(RuleDirectory.class)).isTrue();
    assertThat(EXAMPLES.contain(io.tracker.examples.AssessTheSeed.class)).isTrue();
    assertThat(CORE.contain(Assessor.class)).isFalse();
  }

  @Test
  void coreIsFreeOfDroolsAndOfTheRulesModule() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.drools..", "org.kie..", "io.tracker.rules..")
        .because("tracker-core is the Drools-free domain the rules module builds on")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.(**)").namingSlices("$1")
        .should().beFreeOfCycles()
        .because("packages draw the architecture: every dependency between two packages goes one way")
        .check(ALL);
  }

  @Test
  void noDroolsTypeInAPublicSignatureOfTheRulesApi() {
    classes().that().resideInAnyPackage(RULES_API).and().arePublic()
        .should(exposeNoTypeFrom("org.drools", "org.kie"))
        .because("a host embeds the rules module without programming against Drools")
        .check(RULES);
  }

  /**
   * What the examples and the CLI use of the rules module is its host API: the public types of
   * {@link #RULES_API}, and of the facts package only the types those name in a public signature
   * (a {@code Tally} of {@code Assessment.tallies()}, a {@code Rating}) — not the rule helpers
   * ({@code Calc}, {@code Fmt}, {@code Points}) nor facts the host never receives.
   */
  @Test
  void examplesUseTheRulesModuleOnlyThroughItsHostApi() {
    Set<String> exposedFacts = new HashSet<>();
    RULES.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> Set.of(RULES_API).contains(c.getPackageName()))
        .forEach(c -> publicSignatureTypes(c).map(JavaClass::getName).forEach(exposedFacts::add));
    DescribedPredicate<JavaClass> outsideHostApi = new DescribedPredicate<>("outside the rules module's host API") {
      @Override
      public boolean test(JavaClass c) {
        return RULES.contain(c.getName()) && !Set.of(RULES_API).contains(c.getPackageName())
            && !exposedFacts.contains(c.getName());
      }
    };
    noClasses().should().dependOnClassesThat(outsideHostApi).check(EXAMPLES);
  }

  private static ArchCondition<JavaClass> exposeNoTypeFrom(String... packagePrefixes) {
    return new ArchCondition<>("expose no type from " + String.join(", ", packagePrefixes)) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        publicSignatureTypes(c).filter(t -> Stream.of(packagePrefixes).anyMatch(p -> t.getName().startsWith(p + ".")))
            .distinct()
            .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                c.getName() + " exposes " + t.getName() + " in a public signature")));
      }
    };
  }

  /** The raw types named by the public and protected members of {@code c} and by its supertypes. */
  private static Stream<JavaClass> publicSignatureTypes(JavaClass c) {
    Stream<JavaClass> members = c.getMembers().stream()
        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
        .flatMap(m -> {
          if (m instanceof JavaField f) {
            return f.getType().getAllInvolvedRawTypes().stream();
          }
          JavaCodeUnit u = (JavaCodeUnit) m;
          return Stream.concat(Stream.concat(u.getReturnType().getAllInvolvedRawTypes().stream(),
                  u.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream())),
              u.getThrowsClause().getTypes().stream());
        });
    Stream<JavaClass> supertypes = Stream.concat(c.getRawSuperclass().stream(), c.getRawInterfaces().stream());
    return Stream.concat(members, supertypes);
  }

  private static JavaClasses classesOf(Class<?> member) {
    return new ClassFileImporter().importLocations(Set.of(location(member)));
  }

  /** The classes directory or jar {@code member} was loaded from. */
  private static Location location(Class<?> member) {
    try {
      return Location.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

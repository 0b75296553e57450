package nl.inburgeringsregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.text.DateFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import nl.inburgeringsregie.shared.DutchDate;

/**
 * The seam, guarded by the build (docs/design.md, "The seam (de naad)"). Every rule is an allowlist: a new
 * package is covered by default. A slice is a package directly under {@code nl.inburgeringsregie}.
 */
@AnalyzeClasses(packages = "nl.inburgeringsregie", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.inburgeringsregie.";

    /** Camunda 7 CE gets no more patches: engine types stay here, so a move to Operaton touches only these. */
    static final String[] MAY_KNOW_THE_ENGINE = {"..process..", ROOT + "platform.camunda..", ROOT + "models..",
            ROOT + "security.."};

    /** What every slice may use besides itself. */
    static final Set<String> COMMON_SLICES = Set.of("shared", "platform");

    @ArchTest
    static final ArchRule onlyTheSeamKnowsTheEngine = classes()
            .that().resideOutsideOfPackages(MAY_KNOW_THE_ENGINE)
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.camunda..")
            .because("the case is ours; only process/ packages, platform.camunda, models and security talk to Camunda");

    @ArchTest
    static final ArchRule slicesHaveNoCycles = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule processPackagesCallTheirOwnSlice = classes()
            .that().resideInAPackage("..process..")
            .should(callOnlyTheirOwnSliceOr(COMMON_SLICES))
            .because("a process bean reads the variables, calls one service of its slice and sets the result "
                    + "(an adapter may implement another slice's port, but calls only its own)");

    @ArchTest
    static final ArchRule repositoriesStayInTheirSlice = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should(beUsedOnlyInsideTheirSlice())
            .because("other slices call the slice's service, which keeps its rules");

    @ArchTest
    static final ArchRule sharedAndPlatformKnowNoSlice = classes()
            .that().resideInAnyPackage(ROOT + "shared..", ROOT + "platform..")
            .should(dependOnlyOnTheirOwnSliceOr(COMMON_SLICES))
            .because("what every slice needs cannot depend on one of them");

    /** Only a slice's controllers, its problem answers and its security chain meet an incoming HTTP request. */
    @ArchTest
    static final ArchRule onlyTheWebEdgeKnowsRequests = noClasses()
            .that().resideOutsideOfPackages(ROOT + "security..", ROOT + "shared.api..", ROOT + "platform..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Problems")
            .and().haveSimpleNameNotEndingWith("Security")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.bind..",
                    "org.springframework.web.servlet..", "org.springframework.web.context..", "jakarta.servlet..");

    /**
     * A date is written and read in one place, {@link DutchDate} (dd-mm-jjjj for users, ISO for the engine; issue 16,
     * point 8): no own date pattern elsewhere, and no {@code java.text} date format, which uses the JVM's zone instead
     * of the application's ({@code inburgering.tijdzone}).
     */
    @ArchTest
    static final ArchRule datesHaveOneFormat = noClasses()
            .that().doNotHaveFullyQualifiedName(DutchDate.class.getName())
            .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
            .orShould().dependOnClassesThat().areAssignableTo(DateFormat.class)
            .because("dates are written and read by shared.DutchDate only");

    static String sliceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static ArchCondition<JavaClass> dependOnlyOnTheirOwnSliceOr(Set<String> common) {
        return new ArchCondition<>("depend only on their own slice or on " + common) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = sliceOf(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = sliceOf(dependency.getTargetClass());
                    if (target != null && !target.equals(own) && !common.contains(target)) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> callOnlyTheirOwnSliceOr(Set<String> common) {
        return new ArchCondition<>("call only their own slice or " + common) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = sliceOf(item);
                for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                    String target = sliceOf(access.getTargetOwner());
                    if (target != null && !target.equals(own) && !common.contains(target)) {
                        events.add(SimpleConditionEvent.violated(item, access.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> beUsedOnlyInsideTheirSlice() {
        return new ArchCondition<>("be used only inside their slice") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = sliceOf(item);
                for (Dependency dependency : item.getDirectDependenciesToSelf()) {
                    if (!own.equals(sliceOf(dependency.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        };
    }
}

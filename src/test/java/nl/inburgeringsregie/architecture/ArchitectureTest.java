package nl.inburgeringsregie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.text.DateFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.inburgeringsregie.casefile.DutchDate;

/**
 * Camunda 7 CE gets no more patches: engine types stay in the engine-facing packages, so a later move
 * to a maintained fork touches only those.
 */
@AnalyzeClasses(packages = "nl.inburgeringsregie", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotKnowTheEngine = noClasses()
            .that().resideInAnyPackage("..casefile..", "..aanmelding..", "..gemeente..", "..inbox..", "..api..",
                    "..deadline..", "..pip..", "..handhaving..", "..ontzorgen..", "..duo..", "..bredeintake..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
            .because("the case is ours; only engine/, models/ (deployment, gate, migration), security/ and demo/ talk to Camunda");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWeb = noClasses()
            .that().resideInAnyPackage("..casefile..", "..gemeente..", "..inbox..", "..deadline..", "..pip..",
                    "..handhaving..", "..ontzorgen..", "..duo..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

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
            .because("dates are written and read by casefile.DutchDate only");
}

package nl.inburgeringsregie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}

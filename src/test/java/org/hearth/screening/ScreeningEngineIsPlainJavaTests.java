package org.hearth.screening;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The screening engine runs without Spring, so it can be benchmarked, fuzzed and run from
 * the command line.
 */
class ScreeningEngineIsPlainJavaTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hearth.screening");

	@Test
	void usesNoSpringInTheEngine() {
		noClasses().that()
			.resideInAnyPackage("org.hearth.screening", "org.hearth.screening.engine..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.check(classes);
	}

}

package org.hearth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

	@Test
	void keepsModulesApartAsDeclared() {
		modules.verify();
	}

	@Test
	void hasOneModulePerConcern() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("audit", "conduct",
				"calendars", "care", "checkins", "database", "demo", "events", "gatherings", "notifications",
				"onboarding", "people", "programs", "recognition", "screening", "site", "spaces", "volunteering");
	}

	@Test
	void keepsWhatOnlyAModulesOwnPagesUseOutOfTheFaceOtherModulesSee() {
		ApplicationModule care = modules.getModuleByName("care").orElseThrow();
		NamedInterface face = care.getNamedInterfaces().getUnnamedInterface();
		NamedInterface web = care.getNamedInterfaces().getByName("web").orElseThrow();

		assertThat(face.contains(org.hearth.care.Escalations.class)).isTrue();
		assertThat(face.contains(org.hearth.care.Concerns.class)).isFalse();
		assertThat(web.contains(org.hearth.care.Concerns.class)).isTrue();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		var documenter = new Documenter(modules, "target/module-docs");
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		try (var files = Files.list(Path.of("target/module-docs"))) {
			assertThat(files.map(path -> path.getFileName().toString())).contains("components.puml",
					"module-people.puml", "module-screening.puml", "module-recognition.puml", "module-spaces.puml");
		}
	}

}

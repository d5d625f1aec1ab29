package org.hearth.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoLoadPolicyTests {

	@Test
	void loadsIntoAnEmptyDatabase() {
		assertThat(DemoLoadPolicy.decide(new DemoLoadPolicy.Contents(List.of(), 0, 0, 0)))
			.isInstanceOf(DemoLoadPolicy.Decision.Load.class);
	}

	@Test
	void changesNothingWhereTheDemoIsLoadedAlready() {
		var contents = new DemoLoadPolicy.Contents(List.of("staff@demo.hearth.example", "Admin@Demo.Hearth.Example"), 4,
				2, 5);

		assertThat(DemoLoadPolicy.decide(contents)).isInstanceOf(DemoLoadPolicy.Decision.AlreadyLoaded.class);
	}

	@Test
	void refusesADatabaseWithAPersonOfItsOwnAndSaysWho() {
		var decision = DemoLoadPolicy.decide(new DemoLoadPolicy.Contents(List.of("coordinator@example.org"), 0, 0, 0));

		assertThat(decision).isInstanceOfSatisfying(DemoLoadPolicy.Decision.Refuse.class,
				refused -> assertThat(refused.reason()).contains("already holds an organisation")
					.contains("1 person, such as coordinator@example.org"));
	}

	@Test
	void refusesADatabaseWithProgramsPoliciesOrCoursesButNobodyYet() {
		for (var contents : List.of(new DemoLoadPolicy.Contents(List.of(), 2, 0, 0),
				new DemoLoadPolicy.Contents(List.of(), 0, 1, 0), new DemoLoadPolicy.Contents(List.of(), 0, 0, 3))) {
			assertThat(DemoLoadPolicy.decide(contents)).as(contents.toString())
				.isInstanceOf(DemoLoadPolicy.Decision.Refuse.class);
		}
	}

}

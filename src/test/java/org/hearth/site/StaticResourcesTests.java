package org.hearth.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style sheet, Hearth's script and htmx are served from their own folders, and no
 * other address is taken for a static file: a page's links are then not looked up in the
 * jars one by one while the page renders.
 */
@HearthTest
class StaticResourcesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void servesTheStyleSheetAndScriptsEveryPageLinksTo() throws Exception {
		MvcTestResult page = mvc.get().uri("/sign-in").exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();

		List<String> linked = new ArrayList<>();
		Matcher link = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(html);
		while (link.find()) {
			linked.add(link.group(1));
		}

		assertThat(linked).anyMatch(path -> path.startsWith("/css/hearth.css"))
			.anyMatch(path -> path.startsWith("/js/hearth.js"))
			.anyMatch(path -> path.startsWith("/webjars/htmx.org/") && path.endsWith("/htmx.min.js"));
		for (String path : linked) {
			MvcTestResult file = mvc.get().uri(path).exchange();
			assertThat(file).as(path).hasStatusOk();
			assertThat(file.getResponse().getContentAsByteArray()).as(path).isNotEmpty();
			assertThat(file.getResponse().getHeader("Cache-Control")).as(path)
				.contains("no-cache")
				.doesNotContain("no-store");
			String lastModified = file.getResponse().getHeader("Last-Modified");
			assertThat(lastModified).as(path).isNotBlank();
			assertThat(mvc.get().uri(path).header("If-Modified-Since", lastModified)).as(path).hasStatus(304);
		}
	}

	@Test
	void servesNoWebJarButHtmx() {
		assertThat(mvc.get().uri("/webjars/swagger-ui/index.html")).hasStatus4xxClientError();
		assertThat(mvc.get().uri("/swagger-ui/index.html")).as("the API documentation has its own place").hasStatusOk();
		assertThat(mvc.get().uri("/swagger-ui/swagger-ui.css")).hasStatusOk();
	}

	@Test
	void takesNoAddressButTheStaticFoldersForFiles() {
		assertThat(resources.getHandlerMap()).containsKeys("/css/**", "/js/**", "/webjars/**").doesNotContainKey("/**");
		assertThat(resources.getForLookupPath("/staff/conduct/cases/4b1c2d3e")).isNull();
	}

}

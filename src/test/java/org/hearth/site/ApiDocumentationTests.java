package org.hearth.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells the truth: every path the README's API table names exists,
 * ids are plain strings everywhere, and each operation declares the security it really
 * has (the public ones none, the rest a token), checked by calling each without a token.
 */
@HearthTest
class ApiDocumentationTests {

	private static final Pattern README_PATH = Pattern.compile("`(/api/v1/[^`?]*)(\\?[^`]*)?`");

	private static final String TOKEN_REFUSAL = "Send a personal API token";

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPathTheReadmeNamesIsInTheOpenApiDocument() throws IOException {
		Set<String> documented = new HashSet<>();
		api().get("paths").propertyNames().forEach(path -> documented.add(normalised(path)));
		String readme = Files.readString(Path.of("README.md"));
		String table = readme.substring(readme.indexOf("The main resources:"), readme.indexOf("## Who may do what"));
		List<String> named = new ArrayList<>();
		Matcher matcher = README_PATH.matcher(table);
		while (matcher.find()) {
			named.add(matcher.group(1));
		}

		assertThat(named).hasSizeGreaterThan(20);
		assertThat(named)
			.allSatisfy(path -> assertThat(documented).as("README names %s", path).contains(normalised(path)));
	}

	@Test
	void idsArePlainStringsNotObjectsWithAValue() throws IOException {
		JsonNode schemas = api().get("components").get("schemas");
		List<String> wrappers = new ArrayList<>();
		schemas.properties().forEach(entry -> {
			JsonNode properties = entry.getValue().get("properties");
			if (entry.getKey().endsWith("Id") || (properties != null && properties.size() == 1
					&& properties.has("value") && "uuid".equals(properties.get("value").path("format").asString()))) {
				wrappers.add(entry.getKey());
			}
		});

		assertThat(wrappers).isEmpty();
	}

	@Test
	void eachOperationDeclaresTheSecurityItReallyHas() throws IOException {
		JsonNode api = api();
		assertThat(api.has("security")).as("no requirement for every operation at once").isFalse();
		List<String> checked = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				JsonNode security = operation.getValue().get("security");
				boolean isPublic = security != null && security.isEmpty();
				assertThat(security).as("%s %s declares its security", method, path.getKey()).isNotNull();
				String uri = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
				var result = mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, uri)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{}"));
				String body = result.getResponse().getContentAsString();
				if (isPublic) {
					assertThat(body).as("%s %s is public", method, path.getKey()).doesNotContain(TOKEN_REFUSAL);
				}
				else {
					assertThat(result.getResponse().getStatus()).as("%s %s needs a token", method, path.getKey())
						.isEqualTo(401);
				}
				checked.add(method + " " + path.getKey());
			}
		}

		assertThat(checked).hasSizeGreaterThan(40)
			.contains("POST /api/v1/registrations", "POST /api/v1/background-checks/webhook");
	}

	private JsonNode api() throws IOException {
		var result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}

	private static String normalised(String path) {
		return path.replaceAll("\\{[^}]+}", "{}").replaceAll("/$", "");
	}

}

package org.hearth.site.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.hearth.shared.StorableText;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Everything typed into a form or sent as JSON reaches Hearth without control characters
 * other than tab and line breaks (see {@link StorableText#typed}), so a stray NUL in a
 * name, a reference or a report is dropped instead of failing the request at the
 * database. Passwords are left exactly as typed: they are only ever hashed. Text that is
 * screened keeps its control characters (the screening engine reads them as a reader
 * would), by its own field's deserialiser.
 */
@Configuration(proxyBeanMethods = false)
class TypedInput {

	/**
	 * Runs before security, so sign-in and every controller read the same cleaned
	 * parameters.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	OncePerRequestFilter typedParameters() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new TypedParameters(request), response);
			}
		};
	}

	/** Every JSON string in a request body, cleaned the same way as form fields. */
	@Bean
	JacksonModule typedJsonStrings() {
		return new SimpleModule("hearth-typed-text").addDeserializer(String.class, new TypedStringDeserializer());
	}

	/**
	 * An enum is sent by name: a number for one (3 for the fourth category) is refused
	 * instead of silently picking whatever stands at that place.
	 */
	@Bean
	JsonMapperBuilderCustomizer enumsByName() {
		return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

	static final class TypedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return StorableText.typed(super.deserialize(parser, context));
		}

	}

	/** The request's parameters, cleaned once on first use. */
	static final class TypedParameters extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		TypedParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

		private Map<String, String[]> parameters() {
			if (parameters == null) {
				Map<String, String[]> typed = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> typed.put(name, isSecret(name) ? values
						: Arrays.stream(values).map(StorableText::typed).toArray(String[]::new)));
				parameters = Collections.unmodifiableMap(typed);
			}
			return parameters;
		}

		private static boolean isSecret(String name) {
			return name.toLowerCase(Locale.ROOT).contains("password");
		}

	}

}

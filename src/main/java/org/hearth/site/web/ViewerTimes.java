package org.hearth.site.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.hearth.shared.ViewerZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Each person sees times in their own time zone: pages format with {@code #times} and
 * controllers that read a typed time take a {@link ViewerZone} argument. Both ask the
 * same cookie, so what a form shows and what it reads back agree.
 */
@Configuration(proxyBeanMethods = false)
class ViewerTimes implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == ViewerZone.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
				return servletRequest == null ? ViewerZone.UTC : ViewerZone.of(servletRequest);
			}
		});
	}

	@Bean
	TimesDialect timesDialect() {
		return new TimesDialect();
	}

	/** Adds {@code #times} to every template. */
	static final class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

		TimesDialect() {
			super("Hearth times");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {
				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("times");
				}

				@Override
				public Object buildObject(IExpressionContext context, String name) {
					if (context instanceof IWebContext web) {
						return new Times(
								ViewerZone.named(web.getExchange().getRequest().getCookieValue(ViewerZone.COOKIE)));
					}
					return new Times(ViewerZone.UTC);
				}

				@Override
				public boolean isCacheable(String name) {
					return true;
				}
			};
		}

	}

	/**
	 * Formats a time for the person reading the page: an instant in their zone, a day or
	 * a wall-clock time as it is.
	 */
	public static final class Times {

		private final ViewerZone viewer;

		Times(ViewerZone viewer) {
			this.viewer = viewer;
		}

		/** The time in the reader's zone with {@code pattern}; empty for nothing. */
		public String format(Object time, String pattern) {
			if (time == null) {
				return "";
			}
			TemporalAccessor shown;
			if (time instanceof Instant instant) {
				shown = instant.atZone(viewer.zone());
			}
			else if (time instanceof ZonedDateTime zoned) {
				shown = zoned.withZoneSameInstant(viewer.zone());
			}
			else if (time instanceof OffsetDateTime offset) {
				shown = offset.atZoneSameInstant(viewer.zone());
			}
			else if (time instanceof TemporalAccessor dayOrWallClock) {
				shown = dayOrWallClock;
			}
			else {
				throw new IllegalArgumentException("Not a time: " + time.getClass().getSimpleName());
			}
			return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(shown);
		}

		/**
		 * When something set in another zone (a meeting in its organiser's) starts in the
		 * reader's own, as
		 * {@code " · Tuesday 8 December, 22:30 your time (Asia/Kolkata)"}; empty when the
		 * two zones tell the same time then.
		 */
		public String yourTime(Instant start, ZoneId setIn) {
			if (start == null || setIn == null
					|| setIn.getRules().getOffset(start).equals(viewer.zone().getRules().getOffset(start))) {
				return "";
			}
			return " · " + DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH)
				.format(start.atZone(viewer.zone())) + " your time (" + viewer.label() + ")";
		}

		/**
		 * The reader's zone as it is written beside times, such as {@code Europe/Berlin}.
		 */
		public String zone() {
			return viewer.label();
		}

	}

}

package org.hearth.site.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Where Hearth's own style sheet and script and the htmx web jar are served from, and
 * nothing else (no other web jar on the class path is served). Spring Boot's default
 * serves static files at every path ({@code /**}): then every link a page renders
 * ({@code @{...}}) was looked up as a possible static file in each static folder of every
 * jar on the class path, two thirds of a list page's time. With these three folders only,
 * a link to a page is not a file and costs nothing; the web jar's links still get their
 * version (htmx is linked without one).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * Browsers keep the files and ask whether they changed (a 304 without the body)
	 * rather than downloading htmx's 51 KB on every page; after an upgrade the answer is
	 * the new file at once.
	 */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(REVALIDATE);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(REVALIDATE);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(REVALIDATE)
			.resourceChain(true)
			.addResolver(new HtmxOnly())
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/** Of the web jars on the class path, only htmx is Hearth's to serve. */
	private static final class HtmxOnly extends AbstractResourceResolver {

		private static boolean htmx(String path) {
			return path.startsWith("htmx.org/");
		}

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return htmx(requestPath) ? chain.resolveResource(request, requestPath, locations) : null;
		}

		@Override
		protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return htmx(resourceUrlPath) ? chain.resolveUrlPath(resourceUrlPath, locations) : null;
		}

	}

}

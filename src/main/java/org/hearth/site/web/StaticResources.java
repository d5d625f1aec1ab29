package org.hearth.site.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Where Hearth's own style sheet and script and the htmx web jar are served from, and
 * nothing else. Spring Boot's default serves static files at every path ({@code /**}):
 * then every link a page renders ({@code @{...}}) was looked up as a possible static file
 * in each static folder of every jar on the class path, two thirds of a list page's time.
 * With these three folders only, a link to a page is not a file and costs nothing; the
 * web jar's links still get their version (htmx is linked without one).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}

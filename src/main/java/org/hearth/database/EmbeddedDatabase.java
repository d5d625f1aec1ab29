package org.hearth.database;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL in {@code hearth.data-dir} (default
 * {@code ./hearth-data}) when no {@code spring.datasource.url} is configured, and points
 * the datasource at it. The data survives restarts. The database stops when the
 * application context closes, after the datasource and everything that uses it, so
 * nothing still at work during shutdown finds it gone.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	static final String BEAN_NAME = "hearthEmbeddedDatabase";

	private static final AtomicBoolean stopAtExit = new AtomicBoolean();

	private final Log log;

	/**
	 * Boot gives the log: what is logged before logging is set up is kept and written
	 * once it is.
	 */
	public EmbeddedDatabase(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabase.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path folder = Path.of(environment.getProperty("hearth.data-dir", "hearth-data"));
		boolean clean = environment.getProperty("hearth.database.clean-on-start", Boolean.class, false);
		if (stopAtExit.compareAndSet(false, true)) {
			// Runs after every application context has closed: the last resort for a
			// start that failed before its context could stop the database.
			SpringApplication.getShutdownHandlers().add(EmbeddedServer::stopAll);
		}
		EmbeddedServer server = EmbeddedServer.lease(folder, clean, this.log);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", server.jdbcUrl());
		properties.put("spring.datasource.username", EmbeddedServer.USER);
		properties.put("spring.datasource.password", server.password());
		environment.getPropertySources().addFirst(new MapPropertySource("hearthEmbeddedDatabase", properties));
		application.addInitializers(new StopWithContext(new Lease(server)));
	}

	@Override
	public int getOrder() {
		// After the config data (application.properties, environment variables) has been
		// read.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** One application context's use of the server, given back when it closes. */
	static final class Lease implements DisposableBean {

		private final EmbeddedServer server;

		private final AtomicBoolean released = new AtomicBoolean();

		Lease(EmbeddedServer server) {
			this.server = server;
		}

		@Override
		public void destroy() {
			if (this.released.compareAndSet(false, true)) {
				this.server.release();
			}
		}

	}

	/**
	 * Registers the lease as a bean the datasource depends on, so the context destroys
	 * the datasource (and before it every bean that uses it) first and the lease last.
	 */
	private record StopWithContext(
			Lease lease) implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			if (beanFactory.containsSingleton(BEAN_NAME)) {
				return;
			}
			beanFactory.registerSingleton(BEAN_NAME, this.lease);
			if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean(BEAN_NAME, this.lease);
			}
			context.addBeanFactoryPostProcessor(factory -> {
				if (factory.containsBeanDefinition("dataSource")) {
					BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
					String[] dependsOn = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
					String[] withLease = Arrays.copyOf(dependsOn, dependsOn.length + 1);
					withLease[dependsOn.length] = BEAN_NAME;
					dataSource.setDependsOn(withLease);
				}
			});
		}

	}

}

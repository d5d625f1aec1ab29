package org.hearth;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while a piece of code runs, so a
 * test can show that a page costs the same few statements whether it lists 5 rows or 50.
 * Every {@link HearthTest} context's data source passes through it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	/** How many statements {@code work} sent from this thread. */
	public static int statementsOf(Runnable work) {
		int[] count = new int[1];
		int[] outer = COUNT.get();
		COUNT.set(count);
		try {
			work.run();
		}
		finally {
			COUNT.set(outer);
		}
		return count[0];
	}

	@org.springframework.context.annotation.Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
			}
		};
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				int[] count = COUNT.get();
				if (count != null && STATEMENTS.contains(method.getName())) {
					count[0]++;
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}

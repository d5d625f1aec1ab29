package org.hearth.conduct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hearth.HearthTest;
import org.hearth.screening.WordingCheck;
import org.hearth.volunteering.Volunteers;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole application, as {@link HearthTest}, with the two contracts other modules
 * implement ({@link Volunteers}, {@link WordingCheck}) mocked, so each test says who
 * leads whom and what wording is of concern. Every class with this annotation shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HearthTest
@MockitoBean(types = { Volunteers.class, WordingCheck.class })
public @interface ConductTest {

}

package io.trace62304.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares the IEC 62304 items (requirements, risk controls, problem reports) a test verifies, by issue key:
 * {@code @Verifies({"PUMP-11", "PUMP-21"})}. On a class it applies to every test of the class. The
 * {@link VerifiesExtension} records the declarations in trace mapping files that {@code trace62304 gate
 * --mapping} reads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(VerifiesExtension.class)
public @interface Verifies {
    /** Issue keys such as {@code RC-12}. */
    String[] value();
}

package tr.bel.kucukcekmece.kentsesi.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that only starts portals of its own and waits for them, and shares nothing with the
 * other classes (no shared portal, no mail): it runs alongside them, in a second thread, while the
 * shared portal's classes run one after the other in the first (those leave a two-core machine
 * about a third idle). One such class runs at a time (the lock), and its tests one after the other
 * (a class holding a lock keeps its tests in its own thread). Not for a class that loads the
 * machine for long: ResilienceScenariosIT's write load, run alongside, slowed the browser journeys
 * 2.5-fold. The failsafe executions enable parallel execution with every other class in the same
 * thread (pom: junit.jupiter.execution.parallel.*).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunsAlongside.LOCK)
@interface RunsAlongside {

  /** The lock that keeps these classes one at a time. */
  String LOCK = "tr.bel.kucukcekmece.kentsesi.it.own-portal";
}

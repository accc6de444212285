package tr.bel.kucukcekmece.kentsesi.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that only starts portals of its own (and, for the resilience scenarios, a PostgreSQL
 * and a write load) and shares nothing with the other classes (no shared portal, no mail): it runs
 * alongside them, in a second thread, while the shared portal's classes run one after the other in
 * the first, which leave a two-core machine about a third idle. One such class runs at a time (the
 * lock), and its tests one after the other (a class holding a lock keeps its tests in its own
 * thread). The scenarios' write load slows the classes beside it while it runs (the XSS journey
 * took 86 s instead of about 30 on a machine loaded by other work as well), within their waits'
 * deadlines; with the scenarios alongside, the suite took 7 min 52 s instead of 8 min 37 s
 * (2026-12-08). The failsafe executions enable parallel execution with every other class in the
 * same thread (pom: junit.jupiter.execution.parallel.*).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunsAlongside.LOCK)
@interface RunsAlongside {

  /** The lock that keeps these classes one at a time. */
  String LOCK = "tr.bel.kucukcekmece.kentsesi.it.own-portal";
}
